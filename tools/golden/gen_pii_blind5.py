# ruff: noqa: E501, B905, B007, E731
# (a blind-written generator, kept as its author wrote it)
"""Generate the session-6 blind PII golden set (assets_config/golden_pii/blind, 10 tables).

Run: cd /work/blind_pii/tree && /work/main/.venv/bin/python tools/golden/gen_pii_blind5.py
Standalone: standard library only, imports nothing from the project, fixed seeds (byte-identical runs).
Written blind (README, domain id list and the Table helper conventions only). All values are synthetic;
checksummed identifiers pass their real checksums but are random and fictitious.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import json
import random
import string
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets_config" / "golden_pii"

D = dt.date
T = dt.datetime
KIND_PII: dict[str, bool] = {}


def yq(s: str) -> str:
    return json.dumps(str(s), ensure_ascii=False)


def write_csv(path: Path, headers: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(headers)
        w.writerows(rows)


class Table:
    def __init__(self, split: str, name: str, description: str):
        self.split = split
        self.name = name
        self.description = description
        self.cols: list[tuple[str, bool, str]] = []
        self.rows: list[dict] = []

    def col(self, header: str, pii: bool, kind: str) -> None:
        assert header not in [c[0] for c in self.cols], (self.name, header)
        prev = KIND_PII.setdefault(kind, pii)
        assert prev == pii, ("inconsistent kind", self.name, header, kind)
        self.cols.append((header, pii, kind))

    def write(self) -> None:
        headers = [c[0] for c in self.cols]
        for r in self.rows:
            missing = set(headers) - set(r)
            extra = set(r) - set(headers)
            assert not missing and not extra, (self.name, missing, extra)
        assert 200 <= len(self.rows) <= 450 and 14 <= len(headers) <= 26, (self.name, len(self.rows), len(headers))
        write_csv(OUT / self.split / f"{self.name}.csv", headers, [[r[h] for h in headers] for r in self.rows])
        lines = [f"table: {self.name}", f"description: {yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (OUT / self.split / f"{self.name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def maybe(rng: random.Random, p: float, value, empty=""):
    return value if rng.random() < p else empty


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rand_ts(rng: random.Random, a: dt.datetime, b: dt.datetime) -> dt.datetime:
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64url(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))


def excel_e(num: str) -> str:
    """What a spreadsheet shows for a long digit string it read as a number (6 significant digits)."""
    return f"{int(num):.5E}"


# ---------------------------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------------------------
def luhn_card(rng: random.Random, prefix: str, length: int = 16) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + digits(rng, 12 - len(prefix))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ec_cedula(rng: random.Random, prov: int) -> str:
    d = [prov // 10, prov % 10, rng.randint(0, 5)] + [rng.randint(0, 9) for _ in range(6)]
    s = 0
    for i, x in enumerate(d):
        p = x * (2 if i % 2 == 0 else 1)
        s += p - 9 if p > 9 else p
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def sg_nric(rng: random.Random, prefix: str) -> str:
    d = [rng.randint(0, 9) for _ in range(7)]
    s = sum(a * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    tbl = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + "".join(map(str, d)) + tbl[s % 11]


TW_LETTERS = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35,
                  P=23, Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id(rng: random.Random, second: int) -> str:
    letter = rng.choice("AAAABFFFHEDJKLMNPQRTUVXYZ")
    n = TW_LETTERS[letter]
    d = [second] + [rng.randint(0, 9) for _ in range(7)]
    s = n // 10 + (n % 10) * 9 + sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + "".join(map(str, d)) + str((10 - s % 10) % 10)


def tw_ubn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        if d[6] == 7:
            continue
        for c in range(10):
            dd = d + [c]
            s = sum((x * w) // 10 + (x * w) % 10 for x, w in zip(dd, [1, 2, 1, 2, 1, 2, 4, 1]))
            if s % 10 == 0:
                return "".join(map(str, dd))


def lt_asmens_kodas(rng: random.Random, born: dt.date, female: bool) -> str:
    g = (3 if born.year < 2000 else 5) + (1 if female else 0)
    base = f"{g}{born:%y%m%d}{rng.randint(0, 999):03d}"
    d = list(map(int, base))
    s = sum(x * w for x, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if s == 10:
        s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        if s == 10:
            s = 0
    return base + str(s)


def ir_melli(rng: random.Random) -> str:
    while True:
        head = rng.choice(["00", "00", "0", "1", "2", "3", "4", "5", "6"])
        d = [int(c) for c in head + digits(rng, 9 - len(head))]
        if len(set(d)) == 1:
            continue
        r = sum(x * (10 - i) for i, x in enumerate(d)) % 11
        return "".join(map(str, d)) + str(r if r < 2 else 11 - r)


def kz_iin(rng: random.Random, born: dt.date, female: bool) -> str:
    c = (3 if born.year < 2000 else 5) + (1 if female else 0)
    while True:
        base = f"{born:%y%m%d}{c}{rng.randint(0, 9999):04d}"
        d = list(map(int, base))
        s = sum(x * w for x, w in zip(d, range(1, 12))) % 11
        if s == 10:
            s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if s == 10:
                continue
        return base + str(s)


def bg_egn(rng: random.Random, born: dt.date, female: bool) -> str:
    m = born.month + (40 if born.year >= 2000 else 0)
    reg = rng.randint(0, 498) * 2 + (1 if female else 0)
    base = f"{born.year % 100:02d}{m:02d}{born.day:02d}{reg:03d}"
    s = sum(int(x) * w for x, w in zip(base, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return base + str(0 if s == 10 else s)


def bg_eik(rng: random.Random) -> str:
    d = [rng.choice([1, 2, 2, 2])] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(1, 9))) % 11
    if s == 10:
        s = sum(x * w for x, w in zip(d, range(3, 11))) % 11
        if s == 10:
            s = 0
    return "".join(map(str, d)) + str(s)


FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(s) -> str:
    return str(s).translate(FA_DIGITS)


def phone_noise(rng: random.Random, national: str, cc: str, groups: list[int]) -> str:
    """national: e.g. '0912345678' (with trunk 0); cc: '886'. Several formats in one column."""
    core = national[1:] if national.startswith("0") else national
    style = rng.randrange(6)
    if style == 0:
        return national
    if style == 1:
        parts, i = [], 0
        for g in groups:
            parts.append(national[i:i + g])
            i += g
        return "-".join(p for p in parts if p)
    if style == 2:
        return f"+{cc} {spaced(core, 3)}"
    if style == 3:
        return core  # read as a number: trunk zero lost
    if style == 4:
        return f"{cc}{core}"
    return f"+{cc}{core}"


# =============================================================================================
# 1. Ecuador: FHIR R4 Patient resources flattened with array indices
# =============================================================================================
EC_GIVEN_F = ["María José", "Sisa", "Nina", "Killa", "Dayana", "Mishel", "Estefanía", "Rosa Elvira", "Tamia",
              "Nantu", "Yolanda", "Lucía", "Jessenia", "Zoila", "Piedad", "Anahí", "Wayra", "Tsamaraint"]
EC_GIVEN_M = ["Inti", "Amaru", "Yupanqui", "Wilmer", "Segundo", "Jhonny", "Byron", "Jefferson", "Ayrton",
              "Nelson", "Saant", "Yampik", "Tiwi", "Luis Alfredo", "Washington", "Galo", "Rumiñahui", "Holger"]
EC_SUR = ["Quishpe", "Guamán", "Chimbo", "Pilataxi", "Tipán", "Cuichán", "Lema", "Yumbo", "Morocho", "Caiza",
          "Túquerres", "Andrango", "Maldonado", "Cevallos", "Zambrano", "Mendoza", "Vera", "Intriago",
          "Arboleda", "Quiñónez", "Cortez", "Bone", "Caicedo", "Ayoví", "Nankamai", "Tsenkush", "Jintiach",
          "Pandam", "Naranjo", "Chalá", "Yépez", "Sarango", "Lligalo", "Chuquimarca", "Ortiz de Zárate"]
EC_PLACES = [  # city, province, cedula province code, postal prefix
    ("Quito", "Pichincha", 17, "1701"), ("Cayambe", "Pichincha", 17, "1702"),
    ("Otavalo", "Imbabura", 10, "1002"), ("Cotacachi", "Imbabura", 10, "1003"),
    ("Ibarra", "Imbabura", 10, "1001"), ("Guamote", "Chimborazo", 6, "0603"),
    ("Riobamba", "Chimborazo", 6, "0601"), ("Esmeraldas", "Esmeraldas", 8, "0801"),
    ("San Lorenzo", "Esmeraldas", 8, "0804"), ("Guayaquil", "Guayas", 9, "0901"),
    ("Saraguro", "Loja", 11, "1106"), ("Macas", "Morona Santiago", 14, "1401"),
    ("Sucúa", "Morona Santiago", 14, "1405"), ("Puyo", "Pastaza", 16, "1601"),
    ("Cuenca", "Azuay", 1, "0101"), ("Latacunga", "Cotopaxi", 5, "0501")]
EC_STREETS = ["Av. 10 de Agosto N24-{n} y Colón", "Calle Sucre {n}-{m}", "Av. Amazonas N{n}-{m}",
              "Barrio San Roque, calle Bolívar {n}", "Comunidad Peguche, sector {m}", "Calle Olmedo y Morales {n}",
              "Cdla. La Florida Mz {m} V {n}", "Av. de los Shyris E{m}-{n}", "Recinto La Tola, casa {n}",
              "Calle Gran Colombia {n}-{m}, dpto {m}"]
EC_HOSP = ["Hospital San Vicente de Paúl - Ibarra", "Hospital Pablo Arturo Suárez", "Hospital General Docente de Riobamba",
           "Centro de Salud Tipo C Otavalo", "Hospital Delfina Torres de Concha", "Hospital Vicente Corral Moscoso"]


def ec_phone(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"(0{rng.choice('2367')}) {rng.randint(200, 399)}-{digits(rng, 4)}"
    nat = "09" + str(rng.randint(5, 9)) + digits(rng, 7)
    return phone_noise(rng, nat, "593", [3, 3, 4])


def t_pacientes_fhir_ec() -> Table:
    rng = random.Random(60101)
    t = Table("dev", "pacientes_fhir_ec",
              "Ecuadorian public-hospital FHIR R4 Patient resources flattened to CSV; Spanish values, Kichwa, "
              "Shuar and Afro-Ecuadorian names; headers are FHIR element paths with array indices")
    for h, p, k in [
        ("id", False, "record_uuid"), ("meta.versionId", False, "version"),
        ("meta.lastUpdated", False, "updated_at_timestamp"), ("identifier[0].system", False, "identifier_system_uri"),
        ("identifier[0].value", True, "medical_record_number"), ("identifier[1].value", True, "national_id_ec_cedula"),
        ("active", False, "boolean"), ("name[0].family", True, "surname"), ("name[0].given[0]", True, "given_name"),
        ("name[0].given[1]", True, "middle_name"), ("telecom[0].value", True, "phone"),
        ("telecom[1].value", True, "email"), ("gender", False, "gender"), ("birthDate", True, "birth_date"),
        ("address[0].line[0]", True, "street_address"), ("address[0].city", True, "city"),
        ("address[0].state", False, "state"), ("address[0].postalCode", True, "postal_code"),
        ("maritalStatus.coding[0].code", False, "marital_status"),
        ("extension[0].valueCodeableConcept.text", False, "ethnic_group"),
        ("communication[0].language.coding[0].code", False, "language_code"),
        ("contact[0].name.text", True, "emergency_contact_name"), ("contact[0].telecom[0].value", True, "phone"),
        ("generalPractitioner[0].display", True, "physician_name"),
        ("managingOrganization.display", False, "organization_name"), ("text.div", True, "free_text_with_names")]:
        t.col(h, p, k)
    for i in range(300):
        female = rng.random() < 0.54
        g1 = rng.choice(EC_GIVEN_F if female else EC_GIVEN_M)
        g2 = maybe(rng, 0.7, rng.choice(EC_GIVEN_F if female else EC_GIVEN_M))
        if g2 == g1 or " " in g1:
            g2 = ""
        fam = f"{rng.choice(EC_SUR)} {rng.choice(EC_SUR)}" if rng.random() < 0.85 else rng.choice(EC_SUR)
        if rng.random() < 0.12:
            fam, g1, g2 = fam.upper(), g1.upper(), g2.upper()
        city, prov, pcode, zp = rng.choice(EC_PLACES)
        ced = ec_cedula(rng, pcode if rng.random() < 0.8 else rng.randint(1, 24))
        if ced.startswith("0") and rng.random() < 0.35:
            ced = ced.lstrip("0")  # spreadsheet ate the leading zero
        elif rng.random() < 0.1:
            ced = ced[:9] + "-" + ced[9]
        born = rand_date(rng, D(1932, 1, 1), D(2023, 12, 31))
        bd = born.isoformat()
        r = rng.random()
        if r < 0.05:
            bd = str(born.year)
        elif r < 0.08:
            bd = born.strftime("%Y-%m")
        eth = rng.choices(["Mestizo/a", "Indígena", "Afroecuatoriano/a", "Montubio/a", "Blanco/a", ""],
                          [50, 20, 12, 8, 5, 5])[0]
        lang = "qu" if eth == "Indígena" and rng.random() < 0.6 else rng.choice(["es", "es", "es", "es", "en"])
        if eth == "Indígena" and rng.random() < 0.2:
            lang = "jiv"  # Shuar
        cname = f"{rng.choice(EC_GIVEN_F + EC_GIVEN_M)} {rng.choice(EC_SUR)}"
        doc_f = rng.random() < 0.5
        doc = f"{'Dra.' if doc_f else 'Dr.'} {rng.choice(EC_GIVEN_F if doc_f else EC_GIVEN_M)} {rng.choice(EC_SUR)}"
        hcu = rng.choice([f"HCU-{rng.randint(10000, 999999):07d}", str(rng.randint(100000, 2999999))])
        email_user = (g1.split()[0] + "." + fam.split()[0]).lower()
        for a, b in zip("áéíóúñü ", "aeiounu_"):
            email_user = email_user.replace(a, b)
        email = f"{email_user}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com'])}"
        div = ""
        if rng.random() < 0.7:
            div = (f'<div xmlns="http://www.w3.org/1999/xhtml"><b>{fam.upper()}, {g1}</b> {bd} — HCU {hcu}</div>')
        street = rng.choice(EC_STREETS).format(n=rng.randint(1, 980), m=rng.randint(1, 60))
        t.rows.append({
            "id": uuid4(rng) if rng.random() < 0.7 else f"pt-{b64url(rng, 12)}",
            "meta.versionId": rng.choice([1, 1, 1, 2, 2, 3, 4, 7, 12]),
            "meta.lastUpdated": rand_ts(rng, T(2022, 1, 1), T(2024, 9, 30)).strftime("%Y-%m-%dT%H:%M:%S.") +
            f"{rng.randint(0, 999):03d}-05:00",
            "identifier[0].system": rng.choice(["https://hcu.msp.gob.ec/hcu", "urn:oid:2.16.218.1.1.1"]),
            "identifier[0].value": hcu,
            "identifier[1].value": ced,
            "active": rng.choice(["true", "true", "true", "false"]),
            "name[0].family": fam, "name[0].given[0]": g1, "name[0].given[1]": g2,
            "telecom[0].value": maybe(rng, 0.9, ec_phone(rng)),
            "telecom[1].value": maybe(rng, 0.55, email),
            "gender": rng.choices(["female" if female else "male", "unknown", "other"], [95, 4, 1])[0],
            "birthDate": bd,
            "address[0].line[0]": maybe(rng, 0.93, street),
            "address[0].city": city, "address[0].state": prov,
            "address[0].postalCode": maybe(rng, 0.6, zp + f"{rng.randint(1, 99):02d}"),
            "maritalStatus.coding[0].code": rng.choice(["S", "M", "M", "D", "W", "T", "U"]),
            "extension[0].valueCodeableConcept.text": eth,
            "communication[0].language.coding[0].code": lang,
            "contact[0].name.text": maybe(rng, 0.75, cname),
            "contact[0].telecom[0].value": maybe(rng, 0.7, ec_phone(rng)),
            "generalPractitioner[0].display": maybe(rng, 0.85, doc),
            "managingOrganization.display": rng.choice(EC_HOSP),
            "text.div": div,
        })
    return t


# =============================================================================================
# 2. Singapore: insurer API gateway access log, HTTP header names as columns
# =============================================================================================
SG_FIRST = ["Wei Ming", "Hui Min", "Siti", "Nurul", "Priya", "Arjun", "Jun Jie", "Xin Yi", "Farhan", "Aloysius",
            "Kavitha", "Zhi Hao", "Shu Fen", "Haziq", "Dinesh", "Mei Ling", "Ravindran", "Ah Kow"]
SG_LAST = ["Tan", "Lim", "Ng", "Ong", "Goh", "Teo", "bte Rahman", "bin Ismail", "Pillai", "Rajaratnam", "Koh",
           "Chua", "Sim", "Wee", "Fernandez", "D'Souza", "Low", "Yeo"]
SG_AGENTS = ["AGT-00812", "AGT-04417", "AGT-01236", "BRK-0091", "BRK-0144"]
SG_UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
         "okhttp/4.12.0", "SGInsure/5.12.3 (Android 14; SM-S918B)", "SGInsure/5.12.1 (iOS 17.4.1; iPhone15,3)",
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
         "python-requests/2.31.0", "PostmanRuntime/7.37.3", "Apache-HttpClient/4.5.14 (Java/17.0.10)",
         "kube-probe/1.29"]


def t_api_gateway_log_sg() -> Table:
    rng = random.Random(60202)
    t = Table("dev", "api_gateway_log_sg",
              "Singapore insurer API gateway (Kong) access log: mostly request metadata; client IPs, bearer/basic "
              "credentials, API keys, session cookies, device ids, NRIC/FIN in a custom header and in query strings, "
              "staff/customer e-mails from the auth proxy; headers are HTTP header names incl. HTTP/2 pseudo-headers")
    for h, p, k in [
        ("Date", False, "event_timestamp"), (":method", False, "http_method"),
        (":path", True, "url_with_personal_data"), (":status", False, "http_status"), ("Host", False, "domain_name"),
        ("X-Request-ID", False, "request_id"), ("X-Forwarded-For", True, "ip_address"),
        ("User-Agent", False, "user_agent"), ("Authorization", True, "access_token"), ("X-Api-Key", True, "api_key"),
        ("Cookie", True, "session_token"), ("X-Device-Id", True, "device_id"),
        ("X-Client-Ref", True, "national_id_sg_nric"), ("Accept-Language", False, "locale"),
        ("Content-Length", False, "byte_count"), ("X-Kong-Upstream-Latency", False, "duration_ms"),
        ("X-Kong-Proxy-Latency", False, "duration_ms"), ("X-Consumer-Username", False, "service_account_name"),
        ("X-Auth-Request-Email", True, "email"), ("X-Amzn-Trace-Id", False, "trace_id"),
        ("Via", False, "proxy_version"), ("Referer", False, "url"), ("X-Geo-Country", False, "country_code")]:
        t.col(h, p, k)
    ts = T(2024, 5, 14, 0, 3, 11)
    consumers = ["mobile-app-ios", "mobile-app-android", "web-portal", "partner-bancassurance-01",
                 "partner-aggregator-moneysmart", "ops-dashboard", "batch-renewals"]
    api_keys = {c: "sk_live_" + b64url(rng, 32) for c in consumers}
    for i in range(420):
        ts += dt.timedelta(seconds=rng.randint(0, 240), milliseconds=rng.randint(0, 999))
        cons = rng.choices(consumers, [30, 30, 18, 6, 6, 6, 4])[0]
        pref = rng.choices("STFG", [55, 20, 15, 10])[0]
        nric = sg_nric(rng, pref)
        fn, ln = rng.choice(SG_FIRST), rng.choice(SG_LAST)
        em = f"{fn.split()[0].lower()}.{ln.split()[-1].lower().replace(chr(39), '')}{rng.randint(1, 99)}@" \
             f"{rng.choice(['gmail.com', 'yahoo.com.sg', 'hotmail.com', 'singnet.com.sg'])}"
        staff_em = f"{fn.split()[0].lower()}_{ln.split()[-1].lower().replace(chr(39), '')}@sginsure-example.com.sg"
        kind = rng.choices(["health", "claim", "otp", "lookup", "pay", "products", "agent", "policy"],
                           [8, 16, 12, 8, 14, 18, 8, 16])[0]
        if kind == "health":
            path, meth = "/healthz", "GET"
        elif kind == "claim":
            path, meth = f"/v2/policies/P{rng.randint(10, 99)}-{digits(rng, 7)}/claims?nric={nric}", "GET"
        elif kind == "otp":
            path, meth = "/v1/otp/send?mobile=" + urllib.parse.quote(f"+65{rng.choice('89')}{digits(rng, 7)}"), "POST"
        elif kind == "lookup":
            path, meth = "/v2/customers/lookup?email=" + urllib.parse.quote(em), "GET"
        elif kind == "pay":
            path, meth = f"/v1/payments/{uuid4(rng)}/status", "GET"
        elif kind == "products":
            path, meth = f"/v2/products?category={rng.choice(['travel', 'motor', 'home', 'term-life'])}&page={rng.randint(1, 9)}", "GET"
        elif kind == "agent":
            path, meth = f"/v2/agents/{rng.choice(SG_AGENTS)}/leads?since=2024-05-0{rng.randint(1, 9)}", "GET"
        else:
            path, meth = f"/v2/policies/P{rng.randint(10, 99)}-{digits(rng, 7)}", rng.choice(["GET", "PATCH"])
        if cons.startswith("partner") or cons == "batch-renewals":
            auth = "Basic " + base64.b64encode(f"{cons}:{b64url(rng, 18)}".encode()).decode()
        elif kind == "health":
            auth = ""
        else:
            payload = base64.urlsafe_b64encode(json.dumps(
                {"sub": uuid4(rng), "iat": int(ts.timestamp()), "scope": "policy:read"}).encode()).decode().rstrip("=")
            auth = f"Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.{payload}.{b64url(rng, 43)}"
        mobile = cons.startswith("mobile")
        if cons == "mobile-app-android":
            dev = hexs(rng, 16)
        elif cons == "mobile-app-ios":
            dev = uuid4(rng).upper()
        else:
            dev = ""
        ip = rng.choice([f"{rng.choice([116, 118, 175, 182, 203, 220])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"2406:3003:{hexs(rng, 4)}:{hexs(rng, 4)}::{hexs(rng, 3)}"])
        if rng.random() < 0.5:
            ip += f", 10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        status = rng.choices([200, 201, 204, 304, 400, 401, 403, 404, 429, 500, 502], [60, 6, 3, 4, 5, 6, 2, 6, 3, 2, 3])[0]
        t.rows.append({
            "Date": ts.strftime("%a, %d %b %Y %H:%M:%S GMT"), ":method": meth, ":path": path, ":status": status,
            "Host": rng.choice(["api.sginsure-example.com.sg", "partner-api.sginsure-example.com.sg"]),
            "X-Request-ID": uuid4(rng), "X-Forwarded-For": "" if kind == "health" else ip,
            "User-Agent": "kube-probe/1.29" if kind == "health" else rng.choice(SG_UA[:-1]),
            "Authorization": auth,
            "X-Api-Key": api_keys[cons] if cons.startswith("partner") or rng.random() < 0.15 and kind != "health" else "",
            "Cookie": f"SESSION={b64url(rng, 40)}; _ga=GA1.1.{rng.randint(10**8, 10**9)}.{int(ts.timestamp())}"
            if cons == "web-portal" or cons == "ops-dashboard" else "",
            "X-Device-Id": dev if mobile else "",
            "X-Client-Ref": nric if kind in ("claim", "policy", "lookup") and rng.random() < 0.7 else "",
            "Accept-Language": rng.choice(["en-SG,en;q=0.9", "en-GB,en;q=0.8,zh-CN;q=0.6", "zh-SG", "ms-MY,ms;q=0.9",
                                           "ta-IN,ta;q=0.9,en;q=0.8", "en", "*"]),
            "Content-Length": 0 if meth == "GET" else rng.randint(48, 8192),
            "X-Kong-Upstream-Latency": rng.randint(3, 2400), "X-Kong-Proxy-Latency": rng.randint(0, 18),
            "X-Consumer-Username": "" if kind == "health" else cons,
            "X-Auth-Request-Email": staff_em if cons == "ops-dashboard" else (em if cons == "web-portal" and rng.random() < 0.6 else ""),
            "X-Amzn-Trace-Id": f"Root=1-{int(ts.timestamp()):x}-{hexs(rng, 24)}",
            "Via": rng.choice(["1.1 kong/3.4.2", "1.1 kong/3.4.2", "1.1 kong/3.6.1", "2 cloudfront.net (CloudFront)"]),
            "Referer": "https://www.sginsure-example.com.sg/" + rng.choice(["", "claims/new", "my-policies", "travel/quote"])
            if cons == "web-portal" else "",
            "X-Geo-Country": rng.choices(["SG", "MY", "ID", "IN", "AU"], [80, 8, 4, 4, 4])[0],
        })
    return t


# =============================================================================================
# 3. Taiwan: Jira Service Management tickets, REST field ids (customfield_NNNNN)
# =============================================================================================
TW_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂") + ["歐陽", "張簡", "范姜", "司馬"]
TW_GIVEN = ["淑芬", "美玲", "怡君", "志明", "俊傑", "家豪", "雅婷", "宗翰", "詩涵", "冠宇", "佩君", "承恩", "麗華",
            "秀英", "建宏", "子晴", "品妍", "柏翰", "阿嬌", "金水"]
TW_OTHER = ["瓦歷斯·諾幹", "Sakinu Yalonglong", "Ljavakaw Mavaliw", "阮氏秋", "Siti Rahayu", "Nguyễn Thị Hoa",
            "Maria Santos", "Tanapima Langus", "巴奈·庫穗"]
TW_CITIES = [("台北市", ["大安區", "信義區", "中山區", "萬華區", "士林區"]), ("新北市", ["板橋區", "三重區", "中和區", "新店區"]),
             ("桃園市", ["中壢區", "龜山區", "復興區"]), ("台中市", ["西屯區", "北屯區", "豐原區"]),
             ("台南市", ["東區", "永康區"]), ("高雄市", ["苓雅區", "鳳山區", "茂林區"]), ("花蓮縣", ["秀林鄉", "吉安鄉"]),
             ("台東縣", ["蘭嶼鄉", "台東市"]), ("新竹縣", ["竹北市", "尖石鄉"])]
TW_ROADS = ["忠孝東路四段", "中山北路二段", "民生路", "文心路三段", "中華路一段", "復興路", "仁愛路", "光復北路", "自由路"]
TW_MODELS = ["ASUS ZenBook 14 UX3405MA", "iPhone 15 Pro 256GB", "Dyson V12 Detect Slim", "Panasonic NA-V130NM 洗脫烘滾筒",
             "象印 NP-ZAF10 電子鍋", "Switch OLED 主機", "Garmin Forerunner 265", "小米掃地機器人 S10+", "LG 65吋 OLED evo C4"]


def tw_name(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(TW_OTHER)
    return rng.choice(TW_SUR) + rng.choice(TW_GIVEN)


def tw_phone(rng: random.Random) -> str:
    nat = "09" + digits(rng, 8)
    return phone_noise(rng, nat, "886", [4, 3, 3])


def tw_roc_date(rng: random.Random, d: dt.date) -> str:
    y = d.year - 1911
    s = rng.randrange(4)
    if s == 0:
        return f"民國{y}年{d.month}月{d.day}日"
    if s == 1:
        return f"{y:03d}/{d.month:02d}/{d.day:02d}"
    if s == 2:
        return f"{y}.{d.month:02d}.{d.day:02d}"
    return f"{y:03d}{d.month:02d}{d.day:02d}"


def t_jira_tickets_tw() -> Table:
    rng = random.Random(60303)
    t = Table("dev", "jira_tickets_tw",
              "Taiwanese electronics retailer Jira Service Management tickets: mostly ticket/product/store data with "
              "the customer's name, phone, 身分證字號 (also new-style UI numbers), ROC-calendar birth date, address "
              "and free text; Traditional Chinese values; headers are Jira REST field ids (customfield_NNNNN)")
    for h, p, k in [
        ("key", False, "ticket_key"), ("id", False, "record_id"), ("summary", True, "free_text_with_names"),
        ("issuetype", False, "category"), ("status", False, "status"), ("priority", False, "priority"),
        ("created", False, "created_at_timestamp"), ("resolutiondate", False, "event_timestamp"),
        ("assignee", True, "employee_name"), ("reporter", True, "full_name"), ("labels", False, "tag_list"),
        ("components", False, "category"), ("description", True, "free_text_with_names"),
        ("customfield_10042", True, "phone"), ("customfield_10057", True, "national_id_tw"),
        ("customfield_10061", True, "birth_date"), ("customfield_10044", True, "street_address"),
        ("customfield_10070", False, "duration_ms"), ("customfield_10080", False, "product_name"),
        ("customfield_10033", False, "invoice_number"), ("customfield_10050", False, "business_registration_number"),
        ("customfield_10090", False, "store_code"), ("customfield_10099", False, "score"),
        ("customfield_10101", False, "order_number")]:
        t.col(h, p, k)
    agents = [tw_name(rng) for _ in range(9)]
    issue_id = 10480
    for i in range(280):
        issue_id += rng.randint(1, 9)
        name = tw_name(rng)
        sur = name[0] if name[0] in TW_SUR else name
        hon = rng.choice(["小姐", "先生"])
        phone = tw_phone(rng)
        itype = rng.choice(["退換貨", "帳務問題", "產品故障", "配送查詢", "發票問題", "保固維修"])
        model = rng.choice(TW_MODELS)
        created = rand_ts(rng, T(2024, 1, 2, 8), T(2024, 9, 30, 21))
        st = rng.choices(["待處理", "處理中", "等待客戶回覆", "已解決", "已關閉"], [10, 20, 15, 30, 25])[0]
        resolved = created + dt.timedelta(minutes=rng.randint(20, 9000)) if st in ("已解決", "已關閉") else None
        summ = rng.choice([f"{itype} - {sur}{hon}", f"{model} {itype}", f"【急】{name} {itype}", f"{itype}：訂單延遲",
                           f"客戶來電 {phone} {itype}", f"{itype}"])
        desc = rng.choice([
            f"客戶{name}來電表示{model}無法開機，請回電 {phone}。",
            f"收件人改為其{rng.choice(['先生', '太太', '母親', '女兒'])} {tw_name(rng)}，地址不變。",
            "產品外觀刮傷，已請物流重新取件。", "客戶要求開立三聯式發票。", "",
            f"{sur}{hon}表示已匯款，末五碼 {digits(rng, 5)}，請財務確認。",
            f"門市同仁{rng.choice(agents)}已協助檢測，建議送原廠。", "系統自動建立：退貨申請 RMA-" + digits(rng, 6)])
        born = rand_date(rng, D(1945, 1, 1), D(2006, 12, 31))
        city, dists = rng.choice(TW_CITIES)
        addr = f"{city}{rng.choice(dists)}{rng.choice(TW_ROADS)}{rng.randint(1, 380)}號" + \
            maybe(rng, 0.6, f"{rng.randint(2, 24)}樓") + maybe(rng, 0.2, f"之{rng.randint(1, 5)}")
        b2b = rng.random() < 0.18
        twid = tw_id(rng, rng.choice([1, 2])) if rng.random() < 0.9 else tw_id(rng, rng.choice([8, 9]))
        rep = name if rng.random() < 0.7 else f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(6))}{rng.randint(1, 999)}@gmail.com"
        t.rows.append({
            "key": f"CS-{issue_id - 9000}", "id": issue_id, "summary": summ, "issuetype": itype, "status": st,
            "priority": rng.choice(["Highest", "High", "Medium", "Medium", "Low"]),
            "created": created.strftime("%Y-%m-%dT%H:%M:%S.000+0800"),
            "resolutiondate": resolved.strftime("%Y-%m-%dT%H:%M:%S.000+0800") if resolved else "",
            "assignee": maybe(rng, 0.85, rng.choice(agents)), "reporter": rep,
            "labels": ";".join(rng.sample(["VIP", "退款", "iPhone", "門市", "電商", "重複進線", "客訴"], rng.randint(0, 3))),
            "components": rng.choice(["3C", "家電", "門市服務", "網購平台", "物流"]),
            "description": desc, "customfield_10042": maybe(rng, 0.9, phone),
            "customfield_10057": maybe(rng, 0.55, twid),
            "customfield_10061": maybe(rng, 0.45, tw_roc_date(rng, born)),
            "customfield_10044": maybe(rng, 0.7, addr),
            "customfield_10070": rng.randint(-86400000, 172800000),
            "customfield_10080": model,
            "customfield_10033": f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{digits(rng, 8)}",
            "customfield_10050": tw_ubn(rng) if b2b else "",
            "customfield_10090": f"{rng.choice(['TPE', 'NTP', 'TYN', 'TXG', 'KHH'])}-{rng.choice(['XY', 'ZS', 'GF'])}-{rng.randint(1, 60):03d}",
            "customfield_10099": maybe(rng, 0.4, rng.randint(1, 5)),
            "customfield_10101": f"TW{created:%y%m%d}{rng.randint(0, 99999):05d}",
        })
    return t


# =============================================================================================
# 4. Slovenia: stamping-press historian export, OPC UA NodeIds as headers
# =============================================================================================
SI_GIVEN = ["Janez", "Marko", "Luka", "Matej", "Anže", "Rok", "Žiga", "Primož", "Boštjan", "Mojca", "Nina", "Špela",
            "Tjaša", "Urška", "Maja", "Katja", "Admir", "Senad", "Nermin", "Dragan", "Goran", "Jasmina", "Amra",
            "Arben", "Besnik", "Ferenc", "Slavko"]
SI_SUR = ["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kos", "Vidmar", "Golob", "Mlakar",
          "Hadžić", "Mehmedović", "Jovanović", "Krasniqi", "Berisha", "Žagar", "Kralj", "Bizjak", "Šuštaršič",
          "Kovács", "Pečnik", "Štrukelj"]
SI_ALARMS = [("E-4102", "Prekoračena sila na postaji 3"), ("E-2210", "Varnostna vrata odprta"),
             ("W-1007", "Nizek nivo olja v hidravliki"), ("E-3301", "Napaka podajalnika traku"),
             ("W-0420", "Temperatura olja nad 55 °C"), ("E-5120", "Zasilni izklop aktiviran"),
             ("I-0001", "Menjava orodja zaključena")]


def ascii_fold(s: str) -> str:
    tbl = str.maketrans("čćžšđČĆŽŠĐáéíóúüöőäàèñçÁÉÍÓÚ", "cczsdCCZSDaeiouuooaaencAEIOU")
    return s.translate(tbl)


def si_mobile(rng: random.Random) -> str:
    nat = "0" + rng.choice(["31", "40", "41", "51", "64", "68", "70"]) + digits(rng, 6)
    s = rng.randrange(5)
    if s == 0:
        return f"{nat[:3]} {nat[3:6]} {nat[6:]}"
    if s == 1:
        return f"+386 {nat[1:3]} {nat[3:6]} {nat[6:]}"
    if s == 2:
        return "386" + nat[1:]
    if s == 3:
        return nat[1:]
    return nat


def t_opc_press_log_si() -> Table:
    rng = random.Random(60404)
    t = Table("dev", "opc_press_log_si",
              "Slovenian automotive-supplier stamping press: OPC UA historian export of one press, mostly process "
              "measurements, tool/part/lot codes, alarms and versions, with the HMI login, RFID badge UID, the named "
              "on-call maintenance technician and his/her mobile, and operator comments; Slovenian values; headers "
              "are OPC UA NodeIds (ns=..;s=.. / ns=0;i=2258)")
    p = "ns=3;s=L2_STISK07."
    for h, pi, k in [
        ("ns=0;i=2258", False, "event_timestamp"), ("ns=2;s=MES.DelovniNalog", False, "work_order_number"),
        (p + "StevecCiklov", False, "counter"), (p + "Sila_kN", False, "measurement"),
        (p + "TempOlja_C", False, "measurement"), (p + "Tlak_bar", False, "measurement"),
        (p + "Hod_mm", False, "measurement"), (p + "Energija_kWh", False, "measurement"),
        (p + "OEE_pct", False, "percentage"), (p + "Orodje.ID", False, "tool_id"),
        (p + "Izdelek.Sifra", False, "product_code"), (p + "Lot", False, "batch_number"),
        (p + "Recept.Verzija", False, "version"), (p + "Status", False, "status"), (p + "Izmena", False, "shift"),
        (p + "Alarm.Koda", False, "error_code"), (p + "Alarm.Besedilo", False, "system_message"),
        (p + "HMI.Uporabnik", True, "username"), (p + "HMI.RFID", True, "rfid_badge_uid"),
        (p + "Vzdrzevalec.Ime", True, "person_name"), (p + "Vzdrzevalec.Tel", True, "phone"),
        (p + "Opomba", True, "free_text_with_names")]:
        t.col(h, pi, k)
    staff = []
    for _ in range(14):
        g, s = rng.choice(SI_GIVEN), rng.choice(SI_SUR)
        login = rng.choice([ascii_fold(g[0] + s).lower(), ascii_fold(g + "." + s).lower(), ascii_fold(s).upper()[:8]])
        uid = rng.choice([":".join(f"{rng.randint(0, 255):02X}" for _ in range(7)), str(rng.randint(10**9, 4 * 10**9))])
        staff.append((f"{g} {s}", login, uid))
    techs = [(f"{rng.choice(SI_GIVEN)} {rng.choice(SI_SUR)}", si_mobile(rng)) for _ in range(5)]
    ts = T(2024, 4, 8, 5, 58, 0)
    cyc = 18_442_310
    tools = ["ORD-4471-B", "ORD-4471-C", "ORD-5120-A", "ORD-0388-D"]
    parts = {"ORD-4471-B": "5Q0 823 301 C", "ORD-4471-C": "5Q0 823 302 C", "ORD-5120-A": "A 205 610 03 14",
             "ORD-0388-D": "31 41 6 862 117"}
    tool = tools[0]
    lot = f"L24-{rng.randint(90, 120)}-{rng.randint(1, 999):04d}"
    wo = f"DN-2024-{rng.randint(4000, 4999):06d}"
    for i in range(400):
        ts += dt.timedelta(seconds=rng.randint(20, 240))
        cyc += rng.randint(3, 40)
        shift = "A" if 6 <= ts.hour < 14 else ("B" if 14 <= ts.hour < 22 else "C")
        op = staff[(ts.toordinal() * 3 + "ABC".index(shift) * 5) % len(staff)]
        if rng.random() < 0.03:
            op = staff[rng.randrange(len(staff))]
        if rng.random() < 0.02:
            tool = rng.choice(tools)
            lot = f"L24-{rng.randint(90, 120)}-{rng.randint(1, 999):04d}"
            wo = f"DN-2024-{rng.randint(4000, 4999):06d}"
        alarm = rng.choices([None] + SI_ALARMS, [88] + [2] * len(SI_ALARMS))[0]
        tech_name, tech_tel = rng.choice(techs)
        note = ""
        if alarm or rng.random() < 0.08:
            note = rng.choice([
                f"Menjava orodja, klical {tech_name} (vzdrževanje) {tech_tel}", "OK", "Poskusni kosi 5x, izmet",
                f"Izmena predana: {rng.choice(staff)[0]}", f"{rng.choice(staff)[0].split()[0]} bolniška, nadomešča "
                f"{rng.choice(staff)[0]}", "Kontrola 1. kosa OK, merilni protokol MP-118", "Čiščenje matrice",
                f"Poklican {tech_name}, ni dosegljiv, SMS poslan"])
        status = "STOP" if alarm and alarm[0].startswith("E") else rng.choices(["AVTO", "ROČNO", "NASTAVITEV"], [90, 6, 4])[0]
        t.rows.append({
            "ns=0;i=2258": ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z",
            "ns=2;s=MES.DelovniNalog": wo, p + "StevecCiklov": cyc,
            p + "Sila_kN": f"{rng.gauss(812, 25):.1f}".replace(".", ","),
            p + "TempOlja_C": f"{rng.gauss(44, 4):.1f}".replace(".", ","),
            p + "Tlak_bar": f"{rng.gauss(210, 6):.2f}".replace(".", ","),
            p + "Hod_mm": rng.choice([180, 180, 200, 220]),
            p + "Energija_kWh": f"{rng.uniform(0.8, 3.4):.3f}".replace(".", ","),
            p + "OEE_pct": f"{rng.uniform(55, 93):.1f}",
            p + "Orodje.ID": tool, p + "Izdelek.Sifra": parts[tool], p + "Lot": lot,
            p + "Recept.Verzija": rng.choice(["3.2.17", "3.2.17", "3.2.18", "3.3.0-rc1"]), p + "Status": status,
            p + "Izmena": shift, p + "Alarm.Koda": alarm[0] if alarm else "",
            p + "Alarm.Besedilo": alarm[1] if alarm else "",
            p + "HMI.Uporabnik": op[1] if rng.random() < 0.95 else "operater", p + "HMI.RFID": op[2],
            p + "Vzdrzevalec.Ime": tech_name if alarm else maybe(rng, 0.1, tech_name),
            p + "Vzdrzevalec.Tel": tech_tel if alarm else "", p + "Opomba": note,
        })
    return t


# =============================================================================================
# 5. Lithuania: university students, Neo4j admin-import typed headers
# =============================================================================================
LT_GIVEN_M = ["Jonas", "Mantas", "Žygimantas", "Vytautas", "Gintaras", "Dovydas", "Kęstutis", "Ignas", "Aurimas",
              "Lukas", "Rokas", "Vilius", "Tadeuš", "Eimantas"]
LT_GIVEN_F = ["Rūta", "Eglė", "Gabija", "Ugnė", "Austėja", "Kotryna", "Danutė", "Jūratė", "Milda", "Živilė",
              "Skaistė", "Jadvyga", "Goda", "Saulė"]
LT_SUR_M = ["Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Butkus", "Vaitkus", "Paulauskas", "Grigas",
            "Mockus", "Stankevičius", "Šimkus", "Balčiūnas", "Gudelis", "Urbonas"]
LT_OTHER = [("Tadeuš", "Sinkevič", False), ("Jadvyga", "Sinkevič", True), ("Olena", "Kovalenko", True),
            ("Anastasija", "Ivanova", True), ("Aliaksandr", "Lukašenko", False), ("Szymon", "Firkovičius", False),
            ("Aarav", "Sharma", False), ("Uljana", "Kobeckaitė", True), ("Mykola", "Bondarenko", False)]
LT_CITIES = ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Utena",
             "Visaginas", "Šalčininkai", "Nida", "Anykščiai"]
LT_STREETS = ["Saulėtekio al.", "Didlaukio g.", "Gedimino pr.", "Laisvės al.", "Taikos pr.", "Savanorių pr.",
              "Žirmūnų g.", "Antakalnio g.", "Kalvarijų g."]


def lt_female_surname(m: str, married: bool) -> str:
    for suf, wife, girl in [("as", "ienė", "aitė"), ("ius", "ienė", "iūtė"), ("us", "ienė", "utė"), ("is", "ienė", "ytė"),
                            ("ys", "ienė", "ytė")]:
        if m.endswith(suf):
            return m[:-len(suf)] + (wife if married else girl)
    return m


def t_studentai_neo4j_lt() -> Table:
    rng = random.Random(60505)
    t = Table("dev", "studentai_neo4j_lt",
              "Lithuanian university student nodes prepared for a Neo4j admin import: asmens kodas as a long, "
              "feminine surname forms (-ienė/-aitė/-ytė), Polish-Lithuanian, Karaim, Ukrainian and Indian students, "
              "scholarship IBAN, ISIC card number, portal password hashes, tutor name; headers are Neo4j import "
              "headers with types (`asmensKodas:long`, `:ID(Studentas)`, `:LABEL`)")
    for h, p, k in [
        (":ID(Studentas)", False, "student_number"), (":LABEL", False, "node_label"), ("vardas", True, "given_name"),
        ("pavarde", True, "surname"), ("asmensKodas:long", True, "national_id_lt"),
        ("gimimoData:date", True, "birth_date"), ("lytis", False, "gender"), ("elPastas", True, "email"),
        ("telefonas", True, "phone"), ("gyvenamojiVieta", True, "city"), ("adresas", True, "street_address"),
        ("pilietybe", False, "nationality"), ("studijuProgramosKodas", False, "programme_code"),
        ("kursas:int", False, "quantity"), ("vidurkis:float", False, "score"), ("kreditai:int", False, "quantity"),
        ("stipendijosIban", True, "iban"), ("isicNr", True, "document_number"),
        ("slaptazodzioMaisa", True, "password_hash"), ("kuratorius", True, "person_name"),
        ("senasId:long", False, "legacy_record_id"), ("sukurta:datetime", False, "created_at_timestamp")]:
        t.col(h, p, k)
    sid = 20190000
    progs = ["6121BX002", "6121AX011", "6211JX034", "6531BX028", "6140NX015", "6213KX009"]
    tutors = []
    for k in range(10):
        title = rng.choice(['doc. dr.', 'prof. dr.', 'lekt.', 'dr.'])
        if k % 2:
            tutors.append(f"{title} {rng.choice(LT_GIVEN_F)} {lt_female_surname(rng.choice(LT_SUR_M), rng.random() < 0.7)}")
        else:
            tutors.append(f"{title} {rng.choice(LT_GIVEN_M)} {rng.choice(LT_SUR_M)}")
    for i in range(350):
        sid += rng.randint(3, 60)
        female = rng.random() < 0.55
        nat = "LT"
        if rng.random() < 0.12:
            g, s, female = rng.choice(LT_OTHER)
            nat = {"Kovalenko": "UA", "Bondarenko": "UA", "Ivanova": "LT", "Lukašenko": "BY", "Sharma": "IN"}.get(s, "LT")
        elif female:
            g, s = rng.choice(LT_GIVEN_F), lt_female_surname(rng.choice(LT_SUR_M), rng.random() < 0.25)
        else:
            g, s = rng.choice(LT_GIVEN_M), rng.choice(LT_SUR_M)
        born = rand_date(rng, D(1975, 1, 1), D(2006, 8, 31)) if rng.random() < 0.15 else rand_date(rng, D(1996, 1, 1), D(2006, 8, 31))
        code = lt_asmens_kodas(rng, born, female) if nat == "LT" or rng.random() < 0.4 else ""
        login = ascii_fold(f"{g}.{s}".lower()).replace("ė", "e").replace("ū", "u").replace("ų", "u").replace("į", "i").replace("ą", "a").replace("ę", "e")
        mail = rng.choice([f"{login}@stud.vu.lt", f"{login}@mif.stud.vu.lt", f"{login}{rng.randint(1, 99)}@gmail.com",
                           f"{login.split('.')[0]}{born:%y}@inbox.lt"])
        nat_phone = "86" + digits(rng, 7)
        phone = rng.choice([f"+370 6{nat_phone[2:4]} {nat_phone[4:]}", nat_phone, "3706" + nat_phone[2:],
                            f"8 6{nat_phone[2:4]} {nat_phone[4:]}"])
        ib = iban("LT", rng.choice(["73000", "70440", "40100", "71800", "72900"]) + digits(rng, 11))
        city = rng.choice(LT_CITIES)
        addr = rng.choice([f"{rng.choice(LT_STREETS)} {rng.randint(1, 120)}-{rng.randint(1, 90)}",
                           f"Bendrabutis Nr. {rng.randint(1, 12)}, {rng.choice(LT_STREETS)} {rng.randint(1, 60)}, kamb. {rng.randint(101, 540)}"])
        ph = rng.choice([f"$2y$10${b64url(rng, 53)}".replace("-", ".").replace("_", "/"),
                         hashlib.sha256(f"{login}{i}".encode()).hexdigest(),
                         f"$argon2id$v=19$m=65536,t=3,p=4${b64url(rng, 22)}${b64url(rng, 43)}"])
        lvl = rng.choice(["Bakalaurantas", "Bakalaurantas", "Magistrantas", "Doktorantas"])
        t.rows.append({
            ":ID(Studentas)": sid, ":LABEL": f"Studentas;{lvl}", "vardas": g, "pavarde": s,
            "asmensKodas:long": code, "gimimoData:date": born.isoformat(), "lytis": "M" if female else "V",
            "elPastas": mail, "telefonas": maybe(rng, 0.85, phone), "gyvenamojiVieta": city, "adresas": maybe(rng, 0.9, addr),
            "pilietybe": nat, "studijuProgramosKodas": rng.choice(progs), "kursas:int": rng.randint(1, 4),
            "vidurkis:float": f"{rng.uniform(5.2, 10):.2f}", "kreditai:int": rng.choice([30, 60, 90, 120, 150, 180, 210, 240]),
            "stipendijosIban": maybe(rng, 0.6, ib if rng.random() < 0.6 else spaced(ib)),
            "isicNr": maybe(rng, 0.5, f"S 440 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {rng.choice(string.ascii_uppercase)}"),
            "slaptazodzioMaisa": ph, "kuratorius": maybe(rng, 0.8, rng.choice(tutors)),
            "senasId:long": maybe(rng, 0.7, rng.randint(100_000_000, 999_999_999)),
            "sukurta:datetime": rand_ts(rng, T(2019, 8, 20), T(2024, 9, 15)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        })
    return t


# =============================================================================================
# 6. Iran: residential rental contracts (tenants), Persian-script headers
# =============================================================================================
IR_GIVEN_M = ["محمد", "علی", "رضا", "آرش", "کوروش", "مهدی", "حسین", "آیدین", "یاشار", "هیوا", "دادشاه", "آرمن",
              "محمدعلی", "سامان", "بهروز"]
IR_GIVEN_F = ["زهرا", "فاطمه", "مریم", "نگار", "بهاره", "سپیده", "شیرین", "سوگند", "ژیلا", "آناهیت", "مهسا", "پریسا",
              "گلاره", "نسرین"]
IR_SUR = ["محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "قاسمی", "طباطبایی", "نجفی", "کاظمی", "ریگی",
          "شه‌بخش", "بختیاری", "هاروتونیان", "سرکیسیان", "آذرگون", "امیرخانی", "قره‌باغی", "میرزایی‌نژاد", "بلوچ‌زهی"]
IR_CITIES = [("تهران", "تهران", "1"), ("کرج", "البرز", "3"), ("اصفهان", "اصفهان", "8"), ("تبریز", "آذربایجان شرقی", "5"),
             ("شیراز", "فارس", "7"), ("مشهد", "خراسان رضوی", "9"), ("سنندج", "کردستان", "6"), ("زاهدان", "سیستان و بلوچستان", "9"),
             ("رشت", "گیلان", "4"), ("اهواز", "خوزستان", "6")]
IR_STREETS = ["خیابان ولیعصر", "خیابان شریعتی", "بلوار کشاورز", "خیابان آزادی", "کوچه گلستان", "بلوار فردوس",
              "خیابان امام خمینی", "خیابان چهارباغ", "بلوار وکیل‌آباد"]
IR_AGENCIES = ["املاک آرمان", "مشاور املاک پارسیان", "املاک نگین شمال", "مسکن گستر", "املاک صدف"]


def ir_mobile(rng: random.Random) -> str:
    nat = "09" + rng.choice(["12", "19", "35", "36", "01", "02", "30", "90", "91"]) + digits(rng, 7)
    s = rng.randrange(6)
    if s == 0:
        return nat
    if s == 1:
        return nat[1:]
    if s == 2:
        return f"+98 {nat[1:4]} {nat[4:7]} {nat[7:]}"
    if s == 3:
        return fa(nat)
    if s == 4:
        return f"{nat[:4]}-{nat[4:7]}-{nat[7:]}"
    return "98" + nat[1:]


def jalali(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 31 if m <= 6 else (30 if m < 12 else 29))
    return y, m, d


def fmt_jalali(rng: random.Random, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    s = rng.randrange(4)
    if s == 0:
        return fa(f"{y}/{m:02d}/{d:02d}")
    if s == 1:
        return f"{y}/{m}/{d}"
    if s == 2:
        return f"{y}-{m:02d}-{d:02d}"
    return fa(f"{y}/{m}/{d}")


def t_ejare_mostajer_ir() -> Table:
    rng = random.Random(60606)
    t = Table("dev", "ejare_mostajer_ir",
              "Iranian real-estate agency rental contracts (tenants): code melli (10 digits, leading zeros partly lost, "
              "partly Persian digits), father's name, shenasnameh number, Solar Hijri birth dates, Sheba of the "
              "landlord; Persian, Kurdish, Azeri, Baloch and Armenian-Iranian names; deposits and rents are business "
              "data; headers in Persian script with ZWNJ")
    for h, p, k in [
        ("ردیف", False, "row_number"), ("شماره قرارداد", False, "contract_number"), ("کد رهگیری", False, "tracking_code"),
        ("نام", True, "given_name"), ("نام‌خانوادگی", True, "surname"), ("نام پدر", True, "father_name"),
        ("کد ملی", True, "national_id_ir"), ("شماره شناسنامه", True, "document_number"),
        ("تاریخ تولد", True, "birth_date"), ("محل تولد", True, "place_of_birth"), ("تلفن همراه", True, "phone"),
        ("نشانی ملک", True, "street_address"), ("کد پستی", True, "postal_code"), ("شهر", True, "city"),
        ("استان", False, "state"), ("مبلغ رهن (تومان)", False, "amount"), ("اجاره ماهانه (ریال)", False, "amount"),
        ("متراژ (متر مربع)", False, "measurement"), ("نوع ملک", False, "property_type"),
        ("تاریخ شروع", False, "event_date"), ("نام موجر", True, "person_name"), ("شبا موجر", True, "iban"),
        ("مشاور املاک", False, "company_name"), ("تلفن مشاور", False, "business_phone"),
        ("توضیحات", True, "free_text_with_names")]:
        t.col(h, p, k)
    agency_tel = {a: f"0{rng.choice(['21', '26', '31'])}-{digits(rng, 8)}" for a in IR_AGENCIES}
    for i in range(260):
        female = rng.random() < 0.4
        g = rng.choice(IR_GIVEN_F if female else IR_GIVEN_M)
        s = rng.choice(IR_SUR)
        father = rng.choice(IR_GIVEN_M)
        melli = ir_melli(rng)
        mv = rng.random()
        if mv < 0.3:
            melli_out = str(int(melli))  # number-typed: leading zeros lost
        elif mv < 0.45:
            melli_out = fa(melli)
        elif mv < 0.55:
            melli_out = f"{melli[:3]}-{melli[3:9]}-{melli[9]}"
        else:
            melli_out = melli
        by, bm, bd = jalali(rng, 1325, 1383)
        sh = melli if by >= 1368 and rng.random() < 0.7 else str(rng.randint(1, 99999))
        city, prov, zp = rng.choice(IR_CITIES)
        birth_city = city if rng.random() < 0.6 else rng.choice(IR_CITIES)[0]
        addr = f"{city}، {rng.choice(IR_STREETS)}، کوچه {rng.randint(1, 40)}، پلاک {rng.randint(1, 220)}، واحد {rng.randint(1, 24)}"
        if rng.random() < 0.4:
            addr = fa(addr)
        post = zp + digits(rng, 9)
        post_out = rng.choice([post, f"{post[:5]}-{post[5:]}", fa(post)])
        deposit = rng.choice([50, 100, 150, 200, 300, 500, 800, 1200]) * 1_000_000
        rent = rng.choice([0, 2, 5, 8, 12, 18, 25, 40]) * 10_000_000
        landlord = f"{rng.choice(IR_GIVEN_M + IR_GIVEN_F)} {rng.choice(IR_SUR)}"
        sheba = iban("IR", rng.choice(["017", "012", "019", "016", "054", "056", "055", "018", "062"]) + "0" + digits(rng, 18))
        agency = rng.choice(IR_AGENCIES)
        sy, sm, sd = jalali(rng, 1401, 1403)
        note = rng.choice(["", "", f"ضامن: آقای {rng.choice(IR_GIVEN_M)} {rng.choice(IR_SUR)}", "سه نفر ساکن",
                           "پارکینگ و انباری دارد", f"همسر مستأجر: {rng.choice(IR_GIVEN_F)} {s}",
                           f"تماس در صورت عدم حضور با برادر ایشان {rng.choice(IR_GIVEN_M)} {ir_mobile(rng)}",
                           "تمدید قرارداد قبلی", "حیوان خانگی ممنوع"])
        t.rows.append({
            "ردیف": i + 1, "شماره قرارداد": fa(f"{sy}-ت-{rng.randint(100, 99999):05d}") if rng.random() < 0.5 else f"{sy}-{rng.randint(100, 99999):05d}",
            "کد رهگیری": rng.randint(10_000_000, 99_999_999), "نام": g, "نام‌خانوادگی": s, "نام پدر": father,
            "کد ملی": melli_out, "شماره شناسنامه": sh if rng.random() < 0.6 else fa(sh),
            "تاریخ تولد": fmt_jalali(rng, (by, bm, bd)), "محل تولد": birth_city, "تلفن همراه": ir_mobile(rng),
            "نشانی ملک": addr, "کد پستی": post_out, "شهر": city, "استان": prov,
            "مبلغ رهن (تومان)": rng.choice([deposit, f"{deposit:,}".replace(",", "٬"), fa(f"{deposit:,}".replace(",", "٬"))]),
            "اجاره ماهانه (ریال)": rent, "متراژ (متر مربع)": rng.choice([45, 52, 60, 75, 85, 90, 110, 135, 180]),
            "نوع ملک": rng.choice(["آپارتمان", "آپارتمان", "ویلایی", "سوئیت", "تجاری", "کلنگی"]),
            "تاریخ شروع": fmt_jalali(rng, (sy, sm, sd)), "نام موجر": landlord, "شبا موجر": rng.choice([sheba, spaced(sheba)]),
            "مشاور املاک": agency, "تلفن مشاور": agency_tel[agency], "توضیحات": note,
        })
    return t


# =============================================================================================
# 7. Kazakhstan: rail passenger manifest, pandas MultiIndex headers flattened to tuples
# =============================================================================================
KZ_M = [("Арман", "Жұмабаев"), ("Нұрсұлтан", "Сейітқали"), ("Ерлан", "Нұрланов"), ("Данияр", "Әбенов"),
        ("Бауыржан", "Қасымов"), ("Асхат", "Төлеуов"), ("Ержан", "Оспанов"), ("Серік", "Мұқанов"),
        ("Қайрат", "Ахметов"), ("Ілияс", "Серікбай"), ("Сергей", "Ковалёв"), ("Дмитрий", "Смирнов"),
        ("Виктор", "Ким"), ("Абдурахман", "Нурахунов"), ("Андреас", "Шмидт"), ("Хусей", "Сушанло"),
        ("Ғалымжан", "Құдайберген"), ("Әлихан", "Бөкейханов")]
KZ_F = [("Айгерім", "Жұмабаева"), ("Жансая", "Нұрланова"), ("Гүлназ", "Қасымова"), ("Динара", "Оспанова"),
        ("Әсел", "Төлеуова"), ("Мөлдір", "Ахметова"), ("Ақерке", "Серікбай"), ("Сәуле", "Мұқанова"),
        ("Айжан", "Әбенова"), ("Наталья", "Ковалёва"), ("Ольга", "Смирнова"), ("Ирина", "Пак"),
        ("Гульнара", "Нурахунова"), ("Эльвира", "Шмидт"), ("Ұлжан", "Құдайберген")]
KZ_FATHERS = ["Қайрат", "Серік", "Болат", "Мұрат", "Ерлан", "Нұрлан", "Жақсылық", "Сергей", "Виктор", "Абдулла"]
CYR_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                   ["A", "B", "V", "G", "D", "E", "E", "ZH", "Z", "I", "I", "K", "L", "M", "N", "O", "P", "R", "S",
                    "T", "U", "F", "KH", "TS", "CH", "SH", "SHCH", "", "Y", "", "E", "IU", "IA", "A", "G", "K", "N",
                    "O", "U", "U", "H", "I"]))
KZ_STATIONS = ["Астана-1", "Нұрлы Жол", "Алматы-1", "Алматы-2", "Шымкент", "Түркістан", "Қарағанды-Жолаушы",
               "Ақтөбе", "Атырау", "Павлодар", "Семей", "Қызылорда", "Маңғыстау"]


def translit(s: str) -> str:
    return "".join(CYR_LAT.get(c.lower(), c.upper()) for c in s)


def kz_phone(rng: random.Random) -> str:
    core = rng.choice(["701", "702", "705", "707", "747", "771", "775", "778"]) + digits(rng, 7)
    return rng.choice([f"+7 {core[:3]} {core[3:6]} {core[6:8]} {core[8:]}", "8" + core, core, "7" + core,
                       f"8 ({core[:3]}) {core[3:6]}-{core[6:8]}-{core[8:]}"])


def t_poezd_manifest_kz() -> Table:
    rng = random.Random(60707)
    t = Table("dev", "poezd_manifest_kz",
              "Kazakhstan rail passenger manifest (ticket sales report): mostly ticket/train/seat/fare data with "
              "passengers in Kazakh and Russian Cyrillic plus the passport Latin form, patronymics in -ұлы/-қызы "
              "and -ович/-овна, ИИН (partly `9.00512E+11`, partly without the leading zero), ID-card/passport "
              "numbers, DD.MM.YYYY birth dates, phones, full card number with expiry; Korean-Kazakh, Uyghur, German "
              "and Dungan names; headers are a pandas MultiIndex flattened to tuple strings")
    for h, p, k in [
        ("('Билет', 'Номер')", False, "ticket_number"), ("('Билет', 'Дата продажи')", False, "event_timestamp"),
        ("('Поезд', 'Номер')", False, "train_number"), ("('Поезд', 'Отправление')", False, "event_timestamp"),
        ("('Поезд', 'Станция отпр.')", False, "station_name"), ("('Поезд', 'Станция назн.')", False, "station_name"),
        ("('Место', 'Вагон')", False, "seat"), ("('Место', 'Место')", False, "seat"),
        ("('Место', 'Класс')", False, "service_class"), ("('Пассажир', 'Фамилия')", True, "surname"),
        ("('Пассажир', 'Имя')", True, "given_name"), ("('Пассажир', 'Отчество')", True, "patronymic"),
        ("('Пассажир', 'ФИО (лат.)')", True, "full_name"), ("('Пассажир', 'Дата рождения')", True, "birth_date"),
        ("('Пассажир', 'ИИН')", True, "national_id_kz_iin"), ("('Документ', 'Тип')", False, "document_type"),
        ("('Документ', 'Номер')", True, "document_number"), ("('Контакт', 'Телефон')", True, "phone"),
        ("('Контакт', 'E-mail')", True, "email"), ("('Оплата', 'Сумма, ₸')", False, "amount"),
        ("('Оплата', 'Карта')", True, "card_number"), ("('Оплата', 'Срок')", True, "card_expiry"),
        ("('Оплата', 'Льгота')", False, "discount_category")]:
        t.col(h, p, k)
    trains = [("002Ц", "Алматы-2", "Астана-1"), ("081Т", "Шымкент", "Нұрлы Жол"), ("010Х", "Атырау", "Алматы-1"),
              ("7Х", "Алматы-2", "Түркістан"), ("354Ц", "Павлодар", "Қарағанды-Жолаушы"), ("130Т", "Маңғыстау", "Ақтөбе")]
    for i in range(380):
        female = rng.random() < 0.5
        g, s = rng.choice(KZ_F if female else KZ_M)
        fth = rng.choice(KZ_FATHERS)
        russian_style = s[-2:] in ("ёв", "ов", "ва") and rng.random() < 0.4 or g in ("Сергей", "Дмитрий", "Наталья", "Ольга", "Виктор", "Ирина")
        if russian_style:
            pat = fth + ("овна" if female else "ович") if fth[-1] not in "йя" else fth[:-1] + ("евна" if female else "евич")
        else:
            pat = fth + ("қызы" if female else "ұлы")
        pat = maybe(rng, 0.85, pat)
        child = rng.random() < 0.1
        born = rand_date(rng, D(2012, 1, 1), D(2020, 12, 31)) if child else rand_date(rng, D(1940, 1, 1), D(2005, 12, 31))
        foreign = rng.random() < 0.06
        iin = "" if foreign else kz_iin(rng, born, female)
        r = rng.random()
        if iin and r < 0.2:
            iin_out = excel_e(iin)
        elif iin and iin.startswith("0"):
            iin_out = str(int(iin)) if r < 0.6 else iin
        else:
            iin_out = iin
        if foreign:
            dtype, dnum = "Паспорт иностр.", rng.choice(["UZ", "KG", "RU", "DE"]) + digits(rng, 7)
        elif child:
            dtype, dnum = "Свидетельство о рождении", f"{digits(rng, 7)}"
        elif rng.random() < 0.7:
            dtype, dnum = "Удостоверение личности", "0" + digits(rng, 8)
        else:
            dtype, dnum = "Паспорт РК", "N" + digits(rng, 8)
        bd = born.strftime("%d.%m.%Y")
        if rng.random() < 0.1:
            bd = f"{born.day}.{born.month:02d}.{born.year}"
        tr, a, b = rng.choice(trains)
        sold = rand_ts(rng, T(2024, 6, 1), T(2024, 8, 25))
        dep = T.combine(sold.date() + dt.timedelta(days=rng.randint(0, 30)), dt.time(rng.choice([6, 9, 14, 17, 21, 23]), rng.choice([0, 15, 42])))
        cls = rng.choice(["Купе", "Плацкарт", "СВ", "Тальго Бизнес", "Сидячий"])
        fare = rng.randint(3500, 48000) + rng.choice([0, 0.5])
        card = ""
        exp = ""
        if rng.random() < 0.7:
            card = luhn_card(rng, rng.choice(["440043", "400303", "517792", "539545", "4"]))
            if rng.random() < 0.2:
                card = excel_e(card)
            elif rng.random() < 0.2:
                card = spaced(card)
            e = rand_date(rng, D(2024, 9, 1), D(2029, 12, 1))
            exp = e.strftime("%m/%y")
        lat = translit(s) + " " + translit(g)
        mail_user = translit(g).lower() + "." + translit(s).lower()
        t.rows.append({
            "('Билет', 'Номер')": f"7{digits(rng, 13)}", "('Билет', 'Дата продажи')": sold.strftime("%d.%m.%Y %H:%M"),
            "('Поезд', 'Номер')": tr, "('Поезд', 'Отправление')": dep.strftime("%d.%m.%Y %H:%M"),
            "('Поезд', 'Станция отпр.')": a, "('Поезд', 'Станция назн.')": b,
            "('Место', 'Вагон')": rng.randint(1, 18), "('Место', 'Место')": rng.randint(1, 54),
            "('Место', 'Класс')": cls, "('Пассажир', 'Фамилия')": s if rng.random() < 0.85 else s.upper(),
            "('Пассажир', 'Имя')": g, "('Пассажир', 'Отчество')": pat, "('Пассажир', 'ФИО (лат.)')": lat,
            "('Пассажир', 'Дата рождения')": bd, "('Пассажир', 'ИИН')": iin_out, "('Документ', 'Тип')": dtype,
            "('Документ', 'Номер')": dnum, "('Контакт', 'Телефон')": maybe(rng, 0.8, kz_phone(rng)),
            "('Контакт', 'E-mail')": maybe(rng, 0.5, f"{mail_user}{rng.randint(1, 99)}@{rng.choice(['mail.ru', 'gmail.com', 'inbox.kz', 'yandex.kz'])}"),
            "('Оплата', 'Сумма, ₸')": f"{fare:,.2f}".replace(",", " ").replace(".", ","),
            "('Оплата', 'Карта')": card, "('Оплата', 'Срок')": exp,
            "('Оплата', 'Льгота')": "Ребёнок до 10 лет" if child and rng.random() < 0.5 else rng.choice(["—", "—", "—", "Студент", "Пенсионер", "Инвалид I гр."]),
        })
    return t


# =============================================================================================
# 8. Bulgaria: Oracle EBS receivables interface lines with descriptive flexfields ATTRIBUTE1..8
# =============================================================================================
BG_M = ["Иван", "Георги", "Димитър", "Петър", "Христо", "Стоян", "Тодор", "Любомир", "Мехмед", "Хасан", "Асен",
        "Агоп", "Веселин"]
BG_F = ["Мария", "Йорданка", "Цветелина", "Радостина", "Десислава", "Гергана", "Велислава", "Пенка", "Айше", "Фатме",
        "Сийка", "Дарина"]
BG_SUR = ["Петров", "Иванов", "Димитров", "Георгиев", "Стоянов", "Тодоров", "Христов", "Николов", "Колев",
          "Вълчев", "Шишманов", "Мехмедов", "Хасанов", "Мелконян", "Бояджиев", "Кръстев"]
BG_COMPANIES = ["Техномаркет ЕООД", "Стройинвест 2007 ООД", "Агро Тракия АД", "Фикс Сервиз ЕООД", "Зора Дизайн ООД",
                "Медика Плюс ЕООД"]
BG_PRODUCTS = [("Кафемашина DeLonghi Magnifica S ECAM22.110.B, 15 бара", "бр.", 699.0),
               ("Прахосмукачка Rowenta X-Force Flex 12.60, 100 W", "бр.", 549.0),
               ("Кабел СВТ 3x2,5 мм², 100 м", "м", 2.85), ("Боя латекс Витекс Витолор 15 л, бяла", "бр.", 64.9),
               ("Ламинат 8 мм AC4, дъб натурал", "м²", 18.4), ("Олио слънчогледово 1 л", "л", 3.79),
               ("Цимент Титан 25 кг", "бр.", 12.5), ("Телевизор Samsung UE55CU7172, 55\"", "бр.", 899.0),
               ("Доставка до адрес", "бр.", 6.99), ("Гаранция +2 години", "бр.", 79.0)]
BG_CITIES = ["гр. София", "гр. Пловдив", "гр. Варна", "гр. Бургас", "гр. Русе", "гр. Кърджали", "с. Ковачевица",
             "гр. Габрово", "с. Бели Извор", "гр. Смолян", "гр. Велико Търново"]
BG_STREETS = ["ж.к. Младост 1, бл. {a}, вх. Б, ет. {b}, ап. {c}", "ул. Граф Игнатиев {a}", "бул. България {a}, ет. {b}",
              "ул. Христо Ботев {a}, ап. {c}", "ж.к. Тракия, бл. {a}, вх. А, ап. {c}", "ул. Васил Левски {a}"]


def bg_phone(rng: random.Random) -> str:
    nat = "0" + rng.choice(["87", "88", "89", "98"]) + digits(rng, 7)
    return rng.choice([nat, f"{nat[:4]} {nat[4:7]} {nat[7:]}", f"+359 {nat[1:3]} {nat[3:6]} {nat[6:]}", nat[1:], "359" + nat[1:]])


def t_ar_invoice_lines_bg() -> Table:
    rng = random.Random(60808)
    t = Table("dev", "ar_invoice_lines_bg",
              "Bulgarian retailer's Oracle E-Business Suite receivables interface lines: mostly invoice/product/"
              "amount data with 10-digit zero-padded invoice numbers; bill-to customers mix people, sole traders and "
              "companies; flexfields ATTRIBUTE1..8 hold ЕГН or ЕИК, VAT number, the company's МОЛ, delivery phone, "
              "address and town, waybill and masked card; headers are EBS interface-table column names")
    for h, p, k in [
        ("INTERFACE_LINE_ID", False, "record_id"), ("TRX_NUMBER", False, "invoice_number"),
        ("TRX_DATE", False, "event_date"), ("ORIG_SYSTEM_BILL_CUSTOMER_REF", False, "customer_id"),
        ("BILL_TO_CUSTOMER_NAME", True, "full_name"), ("ITEM_NUMBER", False, "ean"),
        ("DESCRIPTION", False, "product_description"), ("QUANTITY", False, "quantity"), ("UOM_CODE", False, "unit"),
        ("UNIT_SELLING_PRICE", False, "unit_price"), ("AMOUNT", False, "amount"), ("TAX_CODE", False, "tax_code"),
        ("CURRENCY_CODE", False, "currency_code"), ("RECEIPT_METHOD_NAME", False, "payment_method"),
        ("ATTRIBUTE_CATEGORY", False, "flexfield_context"), ("ATTRIBUTE1", True, "national_id_bg_egn_mixed_eik"),
        ("ATTRIBUTE2", False, "vat_number"), ("ATTRIBUTE3", True, "person_name"), ("ATTRIBUTE4", True, "phone"),
        ("ATTRIBUTE5", True, "street_address"), ("ATTRIBUTE6", True, "city"), ("ATTRIBUTE7", False, "tracking_number"),
        ("ATTRIBUTE8", False, "card_masked_pan"), ("CREATION_DATE", False, "created_at_timestamp"),
        ("CREATED_BY", False, "user_id"), ("COMMENTS", True, "free_text_with_names")]:
        t.col(h, p, k)
    eans = {p[0]: ean13(rng, "380") for p in BG_PRODUCTS}
    line_id = 48_213_307
    trx = 4127
    rows_left = 360
    while rows_left > 0:
        trx += rng.randint(1, 4)
        n_lines = min(rows_left, rng.choice([1, 1, 1, 2, 2, 3, 4]))
        rows_left -= n_lines
        d = rand_date(rng, D(2024, 1, 2), D(2024, 9, 30))
        kind = rng.choices(["b2c", "et", "b2b"], [65, 10, 25])[0]
        female = rng.random() < 0.5
        first = rng.choice(BG_F if female else BG_M)
        mid = rng.choice(BG_SUR)  # patronymic-style middle name
        fam = rng.choice(BG_SUR)
        if female:
            mid, fam = mid + ("" if mid.endswith("ян") else "а"), fam + ("" if fam.endswith("ян") else "а")
        person = f"{first} {mid} {fam}"
        born = rand_date(rng, D(1945, 1, 1), D(2005, 12, 31))
        mol = f"{rng.choice(BG_M)} {rng.choice(BG_SUR)} {rng.choice(BG_SUR)}"
        if kind == "b2c":
            cust, a1, a2, a3 = person, bg_egn(rng, born, female), "", ""
        elif kind == "et":
            eik = bg_eik(rng)
            cust, a1, a2, a3 = f"ЕТ \"{fam}-{first} {fam}\"", eik, maybe(rng, 0.5, "BG" + eik), person
        else:
            eik = bg_eik(rng)
            cust, a1, a2, a3 = rng.choice(BG_COMPANIES), eik, "BG" + eik, mol
        cref = f"BGC-{rng.randint(1, 99999):06d}"
        addr = rng.choice(BG_STREETS).format(a=rng.randint(1, 320), b=rng.randint(1, 12), c=rng.randint(1, 90))
        city = rng.choice(BG_CITIES)
        pay = rng.choice(["Наложен платеж", "Банков превод", "Карта", "Карта", "Лизинг ТБИ"])
        masked = ""
        if pay == "Карта":
            c = luhn_card(rng, rng.choice(["516780", "409375", "535113", "4"]))
            masked = f"{c[:4]} {c[4:6]}** **** {c[12:]}"
        waybill = maybe(rng, 0.8, rng.choice(["105" + digits(rng, 10), digits(rng, 11)]))
        created = T.combine(d, dt.time(rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59)))
        comment = rng.choice(["", "", "", f"Доставка до офис на Еконт, обадете се на {first} {bg_phone(rng)}",
                              "Фактура по заявка", f"Получател: {rng.choice(BG_F)} {fam}а (съпруга)" if not female else "Да се звъни преди доставка",
                              "Рекламация по фактура 0000003991", "Клиентът ще вземе от магазина"])
        tel = bg_phone(rng)
        for ln in range(n_lines):
            line_id += rng.randint(1, 7)
            prod, uom, price = rng.choice(BG_PRODUCTS)
            qty = rng.choice([1, 1, 1, 2, 3]) if uom == "бр." else round(rng.uniform(1, 60), 2)
            amt = round(qty * price, 2)
            t.rows.append({
                "INTERFACE_LINE_ID": line_id, "TRX_NUMBER": f"{trx:010d}", "TRX_DATE": d.strftime("%d-%b-%Y").upper(),
                "ORIG_SYSTEM_BILL_CUSTOMER_REF": cref, "BILL_TO_CUSTOMER_NAME": cust if rng.random() < 0.9 else cust.upper(),
                "ITEM_NUMBER": eans[prod], "DESCRIPTION": prod, "QUANTITY": str(qty).replace(".", ","), "UOM_CODE": uom,
                "UNIT_SELLING_PRICE": f"{price:.2f}", "AMOUNT": f"{amt:.2f}",
                "TAX_CODE": rng.choice(["ДДС 20%", "ДДС 20%", "ДДС 9%"]) if prod != "Гаранция +2 години" else "ЧЛ.46 ЗДДС",
                "CURRENCY_CODE": "BGN", "RECEIPT_METHOD_NAME": pay,
                "ATTRIBUTE_CATEGORY": {"b2c": "BG_B2C", "et": "BG_ET", "b2b": "BG_B2B"}[kind],
                "ATTRIBUTE1": a1, "ATTRIBUTE2": a2, "ATTRIBUTE3": a3, "ATTRIBUTE4": tel,
                "ATTRIBUTE5": addr, "ATTRIBUTE6": city, "ATTRIBUTE7": waybill, "ATTRIBUTE8": masked,
                "CREATION_DATE": created.strftime("%Y-%m-%d %H:%M:%S"), "CREATED_BY": rng.choice([1013, 1013, 2241, 1188, -1]),
                "COMMENTS": comment if ln == 0 else "",
            })
    return t


# =============================================================================================
# 9. Malaysia: hiking-club members, Notion database export with emoji headers
# =============================================================================================
MY_MALAY_M = ["Muhammad Hafiz", "Ahmad Faizal", "Mohd Ikhwan", "Amirul Hakim", "Wan Azlan", "Nik Syahmi", "Haziq"]
MY_MALAY_F = ["Nur Aisyah", "Siti Khadijah", "Nurul Izzah", "Farah Wahida", "Aina Sofea", "Wan Nur Amani"]
MY_FATHERS = ["Abdullah", "Rahman", "Ismail", "Yusof", "Hamzah", "Zakaria", "Osman", "Mat Isa"]
MY_CHINESE = ["Tan Wei Ming", "Lim Mei Ling", "Ng Kok Leong", "Wong Siew Lan", "Chong Ah Kow", "Lee Jia Hui",
              "Yap Boon Hock", "Ooi Pei Shan"]
MY_INDIAN = [("Muthusamy", "Ramasamy", False), ("Kavitha", "Subramaniam", True), ("Rajesh", "Krishnan", False),
             ("Thivya", "Raman", True), ("Harjit Singh", "Gurdev Singh", False)]
MY_BORNEO = ["Jelani anak Ngumbang", "Linda anak Jugah", "Jouis Gumpil", "Florina Majinun", "Alang anak Bah Tekong",
             "Marcus de Costa", "Dayang Nurfaizah binti Awang Tengah"]
MY_STATES = [("Selangor", 10, ["47300 Petaling Jaya", "40150 Shah Alam", "43000 Kajang"]),
             ("W.P. Kuala Lumpur", 14, ["50450 Kuala Lumpur", "53300 Setapak", "59200 Bangsar"]),
             ("Pulau Pinang", 7, ["10450 George Town", "11900 Bayan Lepas"]), ("Johor", 1, ["81300 Skudai", "80100 Johor Bahru"]),
             ("Sarawak", 13, ["93350 Kuching", "98000 Miri"]), ("Sabah", 12, ["88300 Kota Kinabalu", "89300 Ranau"]),
             ("Perak", 8, ["31400 Ipoh", "35900 Tanjung Malim"]), ("Pahang", 6, ["39000 Tanah Rata", "25200 Kuantan"])]
MY_STREETS = ["No. {n}, Jalan SS 2/{m}", "{n}, Jalan Bukit Bintang", "Lot {n}, Kampung Baru Sg. {m}",
              "B-{m}-{n}, Pangsapuri Seri Mutiara, Jalan Kenari", "No. {n}, Lorong Hijau {m}, Taman Desa",
              "{n}A, Jalan Datuk Wong Yiik Nang"]
MY_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"]


def my_phone(rng: random.Random) -> str:
    pre = rng.choice(["012", "013", "014", "016", "017", "019", "011"])
    rest = digits(rng, 8 if pre == "011" else 7)
    nat = pre + rest
    return rng.choice([f"{pre}-{rest[:-4]} {rest[-4:]}", f"+60 {pre[1:]}-{rest[:-4]} {rest[-4:]}", "60" + nat[1:], nat[1:], nat])


def t_kelab_ahli_notion_my() -> Table:
    rng = random.Random(60909)
    t = Table("dev", "kelab_ahli_notion_my",
              "Malaysian hiking-club member database exported from Notion: Malay (bin/binti), Chinese, Indian (a/l, "
              "a/p), Iban, Kadazan, Orang Asli and Eurasian members; MyKad numbers (partly without dashes or the "
              "leading zero), Notion-format and Malay birth dates, locker codes, refund bank accounts, Instagram "
              "handles, next of kin; Malay values; headers are Notion property names with emoji prefixes")
    for h, p, k in [
        ("👤 Nama", True, "full_name"), ("🆔 No. Ahli", False, "member_number"), ("🪪 No. IC", True, "national_id_my_mykad"),
        ("🎂 Tarikh Lahir", True, "birth_date"), ("📱 Telefon", True, "phone"), ("📧 Emel", True, "email"),
        ("🏠 Alamat", True, "street_address"), ("📍 Negeri", False, "state"), ("🧗 Tahap", False, "skill_level"),
        ("🏷️ Tags", False, "tag_list"), ("💳 Yuran (RM)", False, "amount"), ("✅ Aktif", False, "boolean"),
        ("📅 Tarikh Sertai", False, "event_date"), ("🩸 Jenis Darah", False, "blood_group"),
        ("🚨 Waris", True, "emergency_contact"), ("🔑 Kod Loker", True, "pin"), ("🏦 Akaun Bank", True, "bank_account_number"),
        ("🔗 Instagram", True, "social_handle"), ("📝 Nota", True, "free_text_with_names"),
        ("Created time", False, "created_at_timestamp"), ("Created by", True, "person_name")]:
        t.col(h, p, k)
    committee = ["Farah Wahida", "Tan Wei Ming", "Jouis Gumpil", "Kavitha Subramaniam"]
    used = set()
    for i in range(240):
        r = rng.random()
        if r < 0.45:
            female = rng.random() < 0.5
            given = rng.choice(MY_MALAY_F if female else MY_MALAY_M)
            name = f"{given} {'binti' if female else 'bin'} {rng.choice(MY_FATHERS)}"
        elif r < 0.7:
            name = rng.choice(MY_CHINESE)
            female = name.split()[-1] in ("Ling", "Lan", "Hui", "Shan")
        elif r < 0.85:
            g, f, female = rng.choice(MY_INDIAN)
            name = f"{g} {'a/p' if female else 'a/l'} {f}"
        else:
            name = rng.choice(MY_BORNEO)
            female = name.startswith(("Linda", "Florina", "Dayang"))
        if rng.random() < 0.1:
            name = name.upper()
        born = rand_date(rng, D(1958, 1, 1), D(2008, 12, 31))
        state, pb, towns = rng.choice(MY_STATES)
        last = rng.randint(0, 999) * 10 + rng.choice([1, 3, 5, 7, 9] if not female else [0, 2, 4, 6, 8])
        ic = f"{born:%y%m%d}-{pb:02d}-{last % 10000:04d}"
        s = rng.random()
        if s < 0.25:
            ic = ic.replace("-", "")
            if ic.startswith("0") and rng.random() < 0.6:
                ic = str(int(ic))
        bds = rng.randrange(3)
        bd = born.strftime("%B %-d, %Y") if bds == 0 else (f"{born.day} {MY_MONTHS[born.month - 1]} {born.year}" if bds == 1 else born.strftime("%d/%m/%Y"))
        mid = f"KMS-{rng.randint(100, 9999):04d}"
        while mid in used:
            mid = f"KMS-{rng.randint(100, 9999):04d}"
        used.add(mid)
        handle_base = "".join(c for c in name.lower().split(" bin")[0].split(" a/")[0].replace(" ", ".") if c.isalnum() or c == ".")
        joined = rand_date(rng, D(2019, 3, 1), D(2024, 8, 31))
        created = T.combine(joined, dt.time(rng.randint(7, 23), rng.randint(0, 59)))
        kin = rng.choice([f"Puan {rng.choice(['Salmah', 'Rosnah', 'Lim Siew Kim', 'Letchumi'])} (ibu) {my_phone(rng)}",
                          f"{rng.choice(MY_CHINESE)} - suami/isteri - {my_phone(rng)}", f"Abang: {rng.choice(MY_MALAY_M)} {my_phone(rng)}",
                          my_phone(rng)])
        note = rng.choice(["", "", "", "Alahan kacang", f"Kawan kepada {rng.choice(MY_CHINESE + MY_MALAY_F)}, dijemput masa trip Gunung Datuk",
                           "Belum bayar yuran 2024", f"Ambil alih loker dari {rng.choice(MY_BORNEO)}", "Asma ringan - bawa inhaler",
                           "Jurupandu gunung bertauliah (Perhilitan)"])
        bank = rng.choice([digits(rng, 12), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", digits(rng, 14), digits(rng, 10)])
        lock = f"{rng.randint(0, 9999):04d}"
        t.rows.append({
            "👤 Nama": name, "🆔 No. Ahli": mid, "🪪 No. IC": maybe(rng, 0.9, ic), "🎂 Tarikh Lahir": maybe(rng, 0.85, bd),
            "📱 Telefon": my_phone(rng),
            "📧 Emel": maybe(rng, 0.8, f"{handle_base.replace('.', '')[:14]}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com.my', 'hotmail.my', 'outlook.com'])}"),
            "🏠 Alamat": maybe(rng, 0.75, rng.choice(MY_STREETS).format(n=rng.randint(1, 88), m=rng.randint(1, 30)) + f", {rng.choice(towns)}, {state}"),
            "📍 Negeri": state, "🧗 Tahap": rng.choice(["Pemula", "Pemula", "Sederhana", "Mahir", "Jurulatih"]),
            "🏷️ Tags": ", ".join(rng.sample(["Gunung", "Hutan", "Denai", "Air Terjun", "Berkhemah", "Malam"], rng.randint(1, 3))),
            "💳 Yuran (RM)": f"RM{rng.choice([60, 120, 120, 180, 250])}.00", "✅ Aktif": rng.choice(["Yes", "Yes", "No"]),
            "📅 Tarikh Sertai": joined.strftime("%B %-d, %Y"),
            "🩸 Jenis Darah": rng.choice(["A+", "B+", "O+", "O+", "AB+", "A-", "O-", ""]), "🚨 Waris": maybe(rng, 0.8, kin),
            "🔑 Kod Loker": maybe(rng, 0.4, lock if rng.random() < 0.6 else str(int(lock))), "🏦 Akaun Bank": maybe(rng, 0.45, bank),
            "🔗 Instagram": maybe(rng, 0.4, "@" + handle_base[:16] + rng.choice(["", "_hikes", ".mendaki", "88"])), "📝 Nota": note,
            "Created time": created.strftime("%B %-d, %Y %-I:%M %p"), "Created by": rng.choice(committee),
        })
    return t


# =============================================================================================
# 10. Georgia: courier shipments in Dataverse (Power Apps), logical names with publisher prefix
# =============================================================================================
GE_GIVEN_M = ["გიორგი", "დავით", "ლევან", "ზურაბ", "ირაკლი", "ლაშა", "გურამ", "არმენ", "ელნურ", "ბესიკ"]
GE_GIVEN_F = ["ნინო", "თამარ", "მარიამ", "ნატო", "ეკა", "ანა", "ქეთევან", "ლია", "გულნარა", "მზია"]
GE_SUR = ["ბერიძე", "მაისურაძე", "კაპანაძე", "გელაშვილი", "ჯაფარიძე", "ლომიძე", "ჩიქოვანი", "ჟვანია", "შენგელია",
          "კვარაცხელია", "გაბლიანი", "ფილფანი", "ჭკადუა", "პეტროსიანი", "მამედოვი", "ალიევი", "ხარაბაძე", "ნიჟარაძე"]
GE_LAT = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                  ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k'", "l", "m", "n", "o", "p'", "zh", "r", "s", "t'", "u",
                   "p", "k", "gh", "q'", "sh", "ch", "ts", "dz", "ts'", "ch'", "kh", "j", "h"]))
GE_CITIES = [("თბილისი", "თბილისი", 41.71, 44.78), ("ქუთაისი", "იმერეთი", 42.27, 42.70), ("ბათუმი", "აჭარა", 41.64, 41.63),
             ("რუსთავი", "ქვემო ქართლი", 41.55, 45.00), ("თელავი", "კახეთი", 41.92, 45.47), ("ზუგდიდი", "სამეგრელო-ზემო სვანეთი", 42.51, 41.87),
             ("მესტია", "სამეგრელო-ზემო სვანეთი", 43.05, 42.73), ("ახალციხე", "სამცხე-ჯავახეთი", 41.64, 42.98),
             ("მარნეული", "ქვემო ქართლი", 41.48, 44.81), ("გორი", "შიდა ქართლი", 41.98, 44.11)]
GE_STREETS = ["ვაჟა-ფშაველას გამზ. {n}", "ჭავჭავაძის გამზ. {n}, ბ. {m}", "რუსთაველის ქ. {n}", "აღმაშენებლის გამზ. {n}",
              "Chavchavadze Ave {n}, apt {m}", "Tsereteli St {n}", "ნინოშვილის ქ. {n}, სართ. {m}", "{m} მიკრორაიონი, კორპ. {n}"]
GE_SENDERS = ["შპს ტექნოსტორი", "Extra.ge", "Zoommer", "Vendoo", "შპს მეგა ტოისი", "Alta", "შპს ბუკინისტი"]
GE_CONTENTS = ["iPhone 13 128GB, შავი", "ბავშვის ფეხსაცმელი, ზომა 28", "წიგნები (3 ც.)", "Xiaomi Redmi Note 13, 256GB",
               "ყავის აპარატი Philips EP2220", "ტანსაცმელი", "სათამაშო ლეგო 42151", "ლეპტოპის დამტენი 65W"]
GE_HS = {"iPhone 13 128GB, შავი": "8517.13.00", "ბავშვის ფეხსაცმელი, ზომა 28": "6404.19.90", "წიგნები (3 ც.)": "4901.99.00",
         "Xiaomi Redmi Note 13, 256GB": "8517.13.00", "ყავის აპარატი Philips EP2220": "8516.71.00", "ტანსაცმელი": "6109.10.00",
         "სათამაშო ლეგო 42151": "9503.00.70", "ლეპტოპის დამტენი 65W": "8504.40.83"}


def ge_lat(s: str) -> str:
    out = "".join(GE_LAT.get(c, c) for c in s).replace("'", "")
    return " ".join(w.capitalize() for w in out.split())


def ge_phone(rng: random.Random) -> str:
    core = "5" + rng.choice(["55", "57", "58", "68", "77", "91", "93", "99"]) + digits(rng, 6)
    return rng.choice([core, f"{core[:3]} {core[3:5]} {core[5:7]} {core[7:]}", f"+995 {core[:3]} {core[3:6]} {core[6:]}",
                       "995" + core, f"({core[:3]}) {core[3:]}"])


def t_kurieri_dataverse_ge() -> Table:
    rng = random.Random(61010)
    t = Table("dev", "kurieri_dataverse_ge",
              "Georgian courier company's shipment table in Dataverse (Power Apps): mostly shipment/merchant/parcel "
              "data with the recipient's name (Georgian script or Latin), personal number (11 digits, partly without "
              "the leading zero) in a column called customerid, phones (one column called faxnumber), address, city, "
              "delivery GPS, who signed, the courier's name and notes; the emailaddress column holds branch mailboxes; "
              "headers are Dataverse logical names with a publisher prefix and OData annotations")
    for h, p, k in [
        ("cr4f2_shipmentid", False, "record_uuid"), ("cr4f2_name", False, "tracking_number"),
        ("createdon", False, "created_at_timestamp"), ("modifiedon", False, "updated_at_timestamp"),
        ("statuscode", False, "status"), ("versionnumber", False, "version"), ("cr4f2_sendername", False, "company_name"),
        ("cr4f2_recipientname", True, "full_name"), ("cr4f2_customerid", True, "national_id_ge"),
        ("cr4f2_recipientphone", True, "phone"), ("cr4f2_faxnumber", True, "phone"),
        ("cr4f2_emailaddress", False, "functional_email"), ("cr4f2_deliveryaddress", True, "street_address"),
        ("cr4f2_city", True, "city"), ("cr4f2_region", False, "state"), ("cr4f2_deliverylat", True, "geo_latitude"),
        ("cr4f2_deliverylon", True, "geo_longitude"), ("cr4f2_pickuppoint", False, "place_of_business"),
        ("cr4f2_weightkg", False, "measurement"), ("cr4f2_contents", False, "product_description"),
        ("cr4f2_hscode", False, "hs_code"), ("cr4f2_codamount", False, "amount"),
        ("cr4f2_podsignedby", True, "full_name"),
        ("_ownerid_value@OData.Community.Display.V1.FormattedValue", True, "employee_name"),
        ("cr4f2_couriernote", True, "free_text_with_names")]:
        t.col(h, p, k)
    couriers = [f"{rng.choice(GE_GIVEN_M)} {rng.choice(GE_SUR)}" for _ in range(8)]
    branches = [("ვაკე", "vake.branch@courier-example.ge"), ("საბურთალო", "saburtalo@courier-example.ge"),
                ("ბათუმი ცენტრი", "batumi.ops@courier-example.ge"), ("ქუთაისი", "kutaisi@courier-example.ge")]
    version = 4_718_223
    for i in range(400):
        version += rng.randint(1, 400)
        female = rng.random() < 0.5
        g = rng.choice(GE_GIVEN_F if female else GE_GIVEN_M)
        s = rng.choice(GE_SUR)
        name = f"{g} {s}"
        if rng.random() < 0.25:
            name = ge_lat(name)
        pn = rng.choice(["01", "01", "01", "57", "59", "61", "35", "18"]) + digits(rng, 9)
        pn_out = str(int(pn)) if pn.startswith("0") and rng.random() < 0.4 else pn
        city, region, la, lo = rng.choices(GE_CITIES, [40, 10, 12, 6, 5, 5, 3, 4, 4, 4])[0]
        if city == "თბილისი" or city == "რუსთავი":
            branch, mailbox = rng.choice(branches[:2])
        elif city == "ბათუმი":
            branch, mailbox = branches[2]
        else:
            branch, mailbox = rng.choice(branches[2:])
        created = rand_ts(rng, T(2024, 3, 1, 8), T(2024, 6, 30, 20))
        mod = created + dt.timedelta(minutes=rng.randint(5, 4000))
        content = rng.choice(GE_CONTENTS)
        st = rng.choices([1, 2, 100000000, 100000001, 100000002], [15, 45, 20, 10, 10])[0]
        delivered = st == 2
        signer = ""
        if delivered:
            signer = rng.choice([name, name, f"{rng.choice(GE_GIVEN_F + GE_GIVEN_M)} {s}", "მეზობელი", "დაცვა", "Neighbour"])
        note = rng.choice(["", "", "", f"ზარი {g}ს, კარი მარცხნივ", f"Left with neighbour {ge_lat(rng.choice(GE_GIVEN_F))}",
                           "მიმღები არ პასუხობს", f"დარეკეთ დედამისს {rng.choice(GE_GIVEN_F)} {ge_phone(rng)}",
                           "ამანათი დაზიანებულია", "მიტანა მეორე სართულზე"])
        jitter = lambda: rng.uniform(-0.04, 0.04)
        t.rows.append({
            "cr4f2_shipmentid": uuid4(rng), "cr4f2_name": f"GE{created:%y%m%d}-{rng.randint(10000, 99999)}-{rng.choice(['TB', 'BT', 'KT', 'RG'])}",
            "createdon": created.strftime("%-m/%-d/%Y %-I:%M %p"), "modifiedon": mod.strftime("%-m/%-d/%Y %-I:%M %p"),
            "statuscode": st, "versionnumber": version, "cr4f2_sendername": rng.choice(GE_SENDERS),
            "cr4f2_recipientname": name, "cr4f2_customerid": maybe(rng, 0.6, pn_out), "cr4f2_recipientphone": ge_phone(rng),
            "cr4f2_faxnumber": maybe(rng, 0.3, ge_phone(rng)), "cr4f2_emailaddress": mailbox,
            "cr4f2_deliveryaddress": rng.choice(GE_STREETS).format(n=rng.randint(1, 180), m=rng.randint(1, 40)),
            "cr4f2_city": city, "cr4f2_region": region,
            "cr4f2_deliverylat": f"{la + jitter():.6f}" if delivered else "", "cr4f2_deliverylon": f"{lo + jitter():.6f}" if delivered else "",
            "cr4f2_pickuppoint": f"ფილიალი {branch}", "cr4f2_weightkg": f"{rng.uniform(0.1, 12):.2f}".replace(".", ","),
            "cr4f2_contents": content, "cr4f2_hscode": GE_HS[content],
            "cr4f2_codamount": maybe(rng, 0.5, f"{rng.choice([19.9, 49, 149, 329, 1249]):.2f} ₾"),
            "cr4f2_podsignedby": signer, "_ownerid_value@OData.Community.Display.V1.FormattedValue": rng.choice(couriers),
            "cr4f2_couriernote": note,
        })
    return t


def main() -> None:
    tables = [t_pacientes_fhir_ec(), t_api_gateway_log_sg(), t_jira_tickets_tw(), t_opc_press_log_si(),
              t_studentai_neo4j_lt(), t_ejare_mostajer_ir(), t_poezd_manifest_kz(), t_ar_invoice_lines_bg(),
              t_kelab_ahli_notion_my(), t_kurieri_dataverse_ge()]
    for t in tables:
        t.write()
        print(f"{t.split}/{t.name}: {len(t.rows)} x {len(t.cols)} "
              f"({sum(1 for c in t.cols if c[1])} pii columns)")


if __name__ == "__main__":
    main()
