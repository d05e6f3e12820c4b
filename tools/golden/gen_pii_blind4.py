"""Generate the session-5b blind PII golden set (assets_config/golden_pii/blind).

Run: /work/main/.venv/bin/python tools/golden/gen_pii_blind4.py
Standard library only, imports nothing from the project, fixed seeds: the output is byte-identical on
every run. All values are synthetic; checksummed ids pass their checksums but are random and fictitious.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import pathlib
import random
import string

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "assets_config" / "golden_pii" / "dev"
D = dt.date
T = dt.datetime


def yq(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


class Table:
    def __init__(self, name: str, description: str):
        self.name = name
        self.description = description
        self.cols: list[tuple[str, bool, str]] = []
        self.rows: list[dict] = []

    def col(self, header: str, pii: bool, kind: str) -> None:
        assert header not in [c[0] for c in self.cols], header
        self.cols.append((header, pii, kind))

    def write(self) -> None:
        headers = [c[0] for c in self.cols]
        for r in self.rows:
            assert set(r) == set(headers), (self.name, set(headers) ^ set(r))
        assert 200 <= len(self.rows) <= 400 and 15 <= len(headers) <= 28, (self.name, len(self.rows), len(headers))
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(headers)
        for r in self.rows:
            w.writerow(["" if r[h] is None else str(r[h]) for h in headers])
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"{self.name}.csv").write_text(buf.getvalue(), encoding="utf-8")
        lines = [f"table: {self.name}", f"description: {yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (OUT / f"{self.name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def maybe(rng: random.Random, p: float, value, empty=""):
    return value if rng.random() < p else empty


def rdate(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rts(rng: random.Random, a: dt.datetime, b: dt.datetime) -> dt.datetime:
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        return luhn_complete("4" + digits(rng, 14))
    if kind < 0.8:
        return luhn_complete(str(rng.randint(51, 55)) + digits(rng, 13))
    if kind < 0.9:
        return luhn_complete("3" + rng.choice("47") + digits(rng, 12))
    return luhn_complete("35" + str(rng.randint(28, 89)) + digits(rng, 11))


def excel_num(s: str) -> str:
    return f"{int(s):.5E}"


def iban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(conv) % 97:02d}{bban}"


def spaced(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice([1, 27, 49, 58, 85, 110, 124, 171, 182, 203])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return "2001:" + ":".join(hexs(rng, 4).lstrip("0") or "0" for _ in range(7))


def ascii_fold(s: str) -> str:
    import unicodedata

    rep = {"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ø": "o", "đ": "d", "Đ": "D", "ß": "ss"}
    s = "".join(rep.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_for(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    style = rng.randrange(5)
    local = [f"{f}.{la}", f"{f[0]}{la}", f"{f}{rng.randint(1, 99)}", f"{la}.{f}{rng.randint(70, 99)}", f"{f}_{la[:4]}"][
        style
    ]
    return f"{local}@{rng.choice(domains)}"


# =============================================================================================
# 1. Chilean hospital HL7 v2 ADT feed, flattened: headers are HL7 field ids
# =============================================================================================
CL_GIVEN_M = [
    "José Miguel",
    "Juan Pablo",
    "Benjamín",
    "Agustín",
    "Nahuel",
    "Lautaro",
    "Caupolicán",
    "Ñancupil",
    "Teodoro",
    "Segundo",
    "Florentino",
    "Matías",
    "Arturo",
    "Ariki",
    "Rigoberto",
    "Yerko",
    "Brayan",
    "Pedro Pablo",
    "Wilfredo",
    "Jean Carlos",
]
CL_GIVEN_F = [
    "María José",
    "Francisca",
    "Javiera",
    "Ayelén",
    "Rayén",
    "Millaray",
    "Anahí",
    "Uberlinda",
    "Clorinda",
    "Marisol",
    "Valentina",
    "Yesenia",
    "Hinariru",
    "Sor María",
    "Dayana",
    "Catalina",
    "Nicole Andrea",
    "Rosa Ester",
    "Lissette",
    "Wendolyne",
]
CL_SUR = [
    "González",
    "Muñoz",
    "Rojas",
    "Díaz",
    "Soto",
    "Contreras",
    "Huenchumilla",
    "Quilapán",
    "Ancatripai",
    "Millalonco",
    "Catrileo",
    "Pakarati",
    "Tuki",
    "Hotus",
    "Mamani",
    "Condori",
    "Choque",
    "Yáñez",
    "Fuenzalida",
    "Errázuriz",
    "Undurraga",
    "Zañartu",
    "Kusanović",
    "Matulić",
    "Yarur",
    "Saieh",
    "Peñailillo",
    "Aravena",
    "Painequeo",
    "Lincopi",
    "Jara",
    "Pérez de Arce",
    "Vergara",
    "Cárcamo",
]
CL_COMUNAS = [
    ("Puente Alto", "RM", "815"),
    ("Maipú", "RM", "925"),
    ("La Florida", "RM", "824"),
    ("Temuco", "IX", "478"),
    ("Padre Las Casas", "IX", "485"),
    ("Valparaíso", "V", "236"),
    ("Viña del Mar", "V", "252"),
    ("Hanga Roa", "V", "277"),
    ("Antofagasta", "II", "124"),
    ("Calama", "II", "139"),
    ("Arica", "XV", "100"),
    ("Concepción", "VIII", "403"),
    ("Punta Arenas", "XII", "620"),
    ("Coyhaique", "XI", "585"),
    ("Ñuñoa", "RM", "775"),
    ("Estación Central", "RM", "916"),
]
CL_STREETS = [
    "Av. Pedro de Valdivia",
    "Pasaje Los Copihues",
    "Calle Lautaro",
    "Av. Alemania",
    "Villa Los Aromos, Pje. 4",
    "Av. Grecia",
    "Población La Victoria, calle 30 de Octubre",
    "Camino a Cajón",
    "Av. Brasil",
    "Calle Te Pito o te Henua",
    "Los Boldos",
    "Av. Vicuña Mackenna",
]


def rut_dv(num: int) -> str:
    s, m = 0, 2
    for ch in reversed(str(num)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)


def rut_fmt(rng: random.Random, num: int) -> str:
    dv = rut_dv(num)
    style = rng.randrange(4)
    if style == 0:
        return f"{num:,}".replace(",", ".") + f"-{dv}"
    if style == 1:
        return f"{num}-{dv}"
    if style == 2:
        return f"{num}{dv}"
    return f"{num:,}".replace(",", ".") + f"-{dv.lower()}"


def cl_phone(rng: random.Random) -> str:
    n = digits(rng, 8)
    return rng.choice(
        [f"+56 9 {n[:4]} {n[4:]}", f"9{n}", f"56 9 {n}", f"(2) 2{n[:3]} {n[3:7]}", f"+56-9-{n[:4]}-{n[4:]}", f"09-{n}"]
    )


def t_hl7_adt_pid_cl() -> Table:
    rng = random.Random(5101)
    t = Table(
        "hl7_adt_pid_cl",
        "Chilean public-hospital HL7 v2 ADT feed (A01/A03/A08) flattened to one row per "
        "message; Spanish values; headers are HL7 field ids (PID-5.1, PV1-44)",
    )
    for h, p, k in [
        ("MSH-7", False, "message_timestamp"),
        ("MSH-9", False, "message_type"),
        ("MSH-10", False, "message_control_id"),
        ("PID-2", True, "medical_record_number"),
        ("PID-3.1", True, "national_id_cl_rut"),
        ("PID-3.4", False, "assigning_authority"),
        ("PID-5.1", True, "surname"),
        ("PID-5.2", True, "given_name"),
        ("PID-6.1", True, "mothers_maiden_name"),
        ("PID-7", True, "birth_date"),
        ("PID-8", False, "gender"),
        ("PID-10", False, "ethnic_group"),
        ("PID-11.1", True, "street_address"),
        ("PID-11.3", True, "city"),
        ("PID-11.4", False, "region_code"),
        ("PID-11.5", True, "postal_code"),
        ("PID-13.1", True, "phone"),
        ("PID-13.4", True, "email"),
        ("PV1-2", False, "patient_class"),
        ("PV1-3.1", False, "ward_code"),
        ("PV1-7", True, "physician_name_and_license"),
        ("PV1-19", False, "encounter_id"),
        ("PV1-44", True, "admission_datetime_hipaa_date"),
        ("PV1-45", True, "discharge_datetime_hipaa_date"),
        ("DG1-3.1", False, "diagnosis_code_icd10"),
        ("NK1-2", True, "emergency_contact_name"),
        ("NK1-5", True, "phone"),
        ("IN1-4", False, "insurer_name"),
    ]:
        t.col(h, p, k)
    doctors = [(digits(rng, 6), rng.choice(CL_SUR), rng.choice(CL_GIVEN_M + CL_GIVEN_F)) for _ in range(18)]
    wards = ["MED-3", "CIR-2", "UPC", "PED-1", "MAT", "URG", "OBS-2", "UCI"]
    icd = ["J18.9", "K35.8", "O80", "I21.4", "E11.9", "S72.0", "N39.0", "A09", "J45.9", "C50.9", "U07.1", "F32.2"]
    ins = ["FONASA A", "FONASA B", "FONASA C", "FONASA D", "ISAPRE COLMENA", "ISAPRE CRUZ BLANCA", "PRAIS", "CAPREDENA"]
    ethn = ["Ninguno", "Ninguno", "Ninguno", "Mapuche", "Aymara", "Rapa Nui", "Diaguita", "Quechua", ""]
    doms = ["gmail.com", "hotmail.com", "yahoo.es", "live.cl", "vtr.net", "outlook.cl", "uc.cl"]
    for _i in range(300):
        female = rng.random() < 0.55
        given = rng.choice(CL_GIVEN_F if female else CL_GIVEN_M)
        pat, mat = rng.choice(CL_SUR), rng.choice(CL_SUR)
        comuna, reg, cp = rng.choice(CL_COMUNAS)
        if comuna == "Hanga Roa" and rng.random() < 0.7:
            pat = rng.choice(["Pakarati", "Tuki", "Hotus", "Atan", "Haoa"])
            given = rng.choice(["Ariki", "Hinariru", "Tiare", "Uri", "Vaitiare"])
        dob = rdate(rng, D(1931, 1, 1), D(2024, 10, 1))
        mt = rng.choice(["ADT^A01", "ADT^A03", "ADT^A08"])
        adm = rts(rng, T(2024, 1, 1), T(2024, 11, 30))
        dis = adm + dt.timedelta(hours=rng.randint(6, 400))
        doc = rng.choice(doctors)
        upper = rng.random() < 0.3
        nk_given = rng.choice(CL_GIVEN_F + CL_GIVEN_M)
        t.rows.append(
            {
                "MSH-7": (adm + dt.timedelta(minutes=rng.randint(0, 30))).strftime("%Y%m%d%H%M%S"),
                "MSH-9": mt,
                "MSH-10": f"HSJD{rng.randint(10**9, 10**10 - 1)}",
                "PID-2": rng.choice([f"FC-{rng.randint(1, 999999):07d}", str(rng.randint(100000, 2999999))]),
                "PID-3.1": rut_fmt(rng, rng.randint(3_000_000, 26_999_999)),
                "PID-3.4": rng.choice(["REGCIVIL", "SRCeI", "CL-RUN"]),
                "PID-5.1": pat.upper() if upper else pat,
                "PID-5.2": given.upper() if upper else given,
                "PID-6.1": mat.upper() if upper else mat,
                "PID-7": dob.strftime("%Y%m%d"),
                "PID-8": "F" if female else rng.choice(["M", "M", "M", "U"]),
                "PID-10": rng.choice(ethn),
                "PID-11.1": f"{rng.choice(CL_STREETS)} {rng.randint(10, 9999)}"
                + maybe(rng, 0.3, f" Depto {rng.randint(101, 1805)}"),
                "PID-11.3": comuna.upper() if upper else comuna,
                "PID-11.4": reg,
                "PID-11.5": maybe(rng, 0.7, f"{cp}{rng.randint(0, 9999):04d}"),
                "PID-13.1": maybe(rng, 0.93, cl_phone(rng)),
                "PID-13.4": maybe(rng, 0.55, email_for(rng, given.split()[0], pat, doms)),
                "PV1-2": rng.choice(["I", "I", "E", "O"]),
                "PV1-3.1": rng.choice(wards),
                "PV1-7": f"{doc[0]}^{doc[1]}^{doc[2]}^^^Dr.",
                "PV1-19": f"V{adm:%y}{rng.randint(1, 999999):06d}",
                "PV1-44": adm.strftime("%Y%m%d%H%M"),
                "PV1-45": dis.strftime("%Y%m%d%H%M") if mt == "ADT^A03" else "",
                "DG1-3.1": rng.choice(icd),
                "NK1-2": maybe(rng, 0.8, f"{rng.choice(CL_SUR).upper() if upper else rng.choice(CL_SUR)}^{nk_given}"),
                "NK1-5": maybe(rng, 0.75, cl_phone(rng)),
                "IN1-4": rng.choice(ins),
            }
        )
    return t


# =============================================================================================
# 2. Estonian logistics company Active Directory user export: LDAP attribute names
# =============================================================================================
EE_PEOPLE = {
    "et": (
        ["Priit", "Tõnu", "Heiki", "Jaanus", "Märt", "Kaupo", "Ülo", "Tiit", "Rasmus", "Kalev", "Villu", "Aadu"],
        ["Ülle", "Kärt", "Mirjam", "Jaanika", "Piret", "Triin", "Merike", "Liivi", "Õie", "Reet", "Helje", "Maarja"],
        [
            "Tõnisson",
            "Mäeots",
            "Õunapuu",
            "Kõiv",
            "Jõgi",
            "Tamm",
            "Saar",
            "Kask",
            "Pärn",
            "Rebane",
            "Ilves",
            "Lepik",
            "Kuusk",
            "Sepp",
            "Vähi",
            "Põldroos",
            "Kõrvits",
            "Rüütel",
        ],
    ),
    "ru": (
        ["Sergei", "Aleksandr", "Dmitri", "Vjatšeslav", "Igor", "Jevgeni"],
        ["Svetlana", "Jelena", "Natalja", "Tatjana", "Olga", "Ljudmila"],
        ["Kuznetsov", "Ivanov", "Smirnov", "Štšerbakov", "Žukov", "Vassiljev", "Golubev"],
    ),
    "fi_ua_lv": (
        ["Ilkka", "Taras", "Bohdan", "Jānis", "Aivars", "Mykola"],
        ["Aino", "Oksana", "Solomiia", "Inese", "Liga", "Kateryna"],
        ["Virtanen", "Koskinen", "Shevchenko", "Kovalenko", "Bērziņš", "Ozoliņa", "Hrytsenko"],
    ),
}
EE_CYR = {
    "Sergei": "Сергей",
    "Svetlana": "Светлана",
    "Kuznetsov": "Кузнецов",
    "Ivanov": "Иванов",
    "Jelena": "Елена",
    "Natalja": "Наталья",
    "Igor": "Игорь",
    "Smirnov": "Смирнов",
    "Olga": "Ольга",
    "Dmitri": "Дмитрий",
    "Golubev": "Голубев",
    "Tatjana": "Татьяна",
}


def isikukood(rng: random.Random, birth: dt.date, female: bool) -> str:
    g = (3 if birth.year < 2000 else 5) + (1 if female else 0)
    body = f"{g}{birth:%y%m%d}{rng.randint(0, 999):03d}"
    w1, w2 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(a) * b for a, b in zip(body, w1, strict=True)) % 11
    if r == 10:
        r = sum(int(a) * b for a, b in zip(body, w2, strict=True)) % 11
        if r == 10:
            r = 0
    return body + str(r)


def filetime(ts: dt.datetime) -> int:
    return int((ts - T(1601, 1, 1)).total_seconds()) * 10_000_000 + 1234567 % 10_000_000


def t_ad_users_export_ee() -> Table:
    rng = random.Random(5202)
    t = Table(
        "ad_users_export_ee",
        "Estonian logistics company: Active Directory user export (csvde/PowerShell); "
        "Estonian, Russian-speaking, Finnish, Ukrainian and Latvian staff; headers are LDAP attribute names",
    )
    for h, p, k in [
        ("distinguishedName", True, "ldap_dn_with_name"),
        ("cn", True, "full_name"),
        ("givenName", True, "given_name"),
        ("sn", True, "surname"),
        ("displayName", True, "full_name"),
        ("sAMAccountName", True, "username"),
        ("userPrincipalName", True, "username"),
        ("mail", True, "email"),
        ("mobile", True, "phone"),
        ("telephoneNumber", True, "phone"),
        ("employeeNumber", True, "national_id_ee_isikukood"),
        ("employeeID", True, "employee_id"),
        ("title", False, "job_title"),
        ("department", False, "department"),
        ("company", False, "company_name"),
        ("physicalDeliveryOfficeName", False, "office_name"),
        ("l", False, "office_city"),
        ("manager", True, "ldap_dn_with_name"),
        ("whenCreated", False, "created_at_timestamp"),
        ("lastLogonTimestamp", False, "windows_filetime"),
        ("pwdLastSet", False, "windows_filetime"),
        ("userAccountControl", False, "flags_int"),
        ("objectGUID", False, "guid_base64"),
        ("extensionAttribute7", True, "password"),
        ("info", True, "free_text_with_names"),
        ("homeDirectory", True, "file_path_with_username"),
    ]:
        t.col(h, p, k)
    offices = [
        ("Tallinn", "Tallinn, Peterburi tee 46 / B-korpus"),
        ("Tartu", "Tartu, Riia mnt 142, 3. korrus"),
        ("Narva", "Narva, Kreenholmi 7 ladu"),
        ("Pärnu", "Pärnu, Suur-Jõe 61"),
        ("Muuga", "Muuga sadam, terminal 2"),
    ]
    depts = [
        ("Ladu", "Laotöötaja"),
        ("Ladu", "Laojuhataja"),
        ("IT", "Süsteemiadministraator"),
        ("Raamatupidamine", "Pearaamatupidaja"),
        ("Transport", "Dispetšer"),
        ("Müük", "Müügijuht"),
        ("Personal", "Personalispetsialist"),
        ("Transport", "Autojuht C/E"),
    ]
    users: list[tuple[str, str, str]] = []
    for i in range(260):
        grp = rng.choices(["et", "ru", "fi_ua_lv"], [0.6, 0.3, 0.1])[0]
        female = rng.random() < 0.45
        gm, gf, sur = EE_PEOPLE[grp]
        given = rng.choice(gf if female else gm)
        sn = rng.choice(sur)
        if female and grp == "ru" and not sn.endswith("a"):
            sn += "a"
        if female and grp == "et" and rng.random() < 0.1:
            sn = f"{sn}-{rng.choice(sur)}"
        if rng.random() < 0.05:
            given = given + "-" + rng.choice(gf if female else gm)
        login = ascii_fold(given.split("-")[0]).lower()[0] + ascii_fold(sn).lower().replace("-", "")[:10]
        if rng.random() < 0.3:
            login = ascii_fold(given).lower().replace("-", "") + "." + ascii_fold(sn).lower().replace("-", "")
        office, office_name = rng.choice(offices)
        dept, title = rng.choice(depts)
        cn = f"{sn}, {given}"
        dn = f"CN={sn}\\, {given},OU=Kasutajad,OU={ascii_fold(office)},DC=corp,DC=balttrans,DC=ee"
        display = f"{given} {sn}"
        if grp == "ru" and given in EE_CYR and sn.rstrip("a") in EE_CYR and rng.random() < 0.5:
            display = f"{EE_CYR[given]} {EE_CYR[sn.rstrip('a')]}" + ("а" if sn.endswith("a") else "")
        elif rng.random() < 0.2:
            display += f" ({dept})"
        birth = rdate(rng, D(1958, 1, 1), D(2005, 6, 30))
        created = rts(rng, T(2012, 1, 1), T(2024, 9, 1))
        last = rts(rng, T(2024, 9, 1), T(2024, 11, 30))
        mgr = rng.choice(users) if users else None
        mob = digits(rng, 7)
        note = rng.choice(
            [
                "",
                "",
                "",
                "",
                f"Asendab kolleegi {rng.choice(EE_PEOPLE['et'][1])} "
                f"{rng.choice(EE_PEOPLE['et'][2])} lapsehoolduspuhkuse ajal",
                f"Tööleping kuni {rdate(rng, D(2025, 1, 1), D(2026, 1, 1))}",
                "Ligipääs SAP-ile kinnitatud",
                f"Вход с ноутбука HP-{rng.randint(100, 999)}, ключ у {rng.choice(['Сергея', 'Ольги', 'Игоря'])}",
                f"Abikaasa {rng.choice(EE_PEOPLE['et'][0])} töötab samuti Narva laos",
                "Konto lukus – pikk haigusleht",
            ]
        )
        t.rows.append(
            {
                "distinguishedName": dn,
                "cn": cn,
                "givenName": given,
                "sn": sn,
                "displayName": display,
                "sAMAccountName": login,
                "userPrincipalName": f"{login}@corp.balttrans.ee",
                "mail": maybe(rng, 0.9, f"{ascii_fold(given).lower()}.{ascii_fold(sn).lower()}@balttrans.ee"),
                "mobile": maybe(
                    rng,
                    0.8,
                    rng.choice(
                        [f"+372 5{mob[:3]} {mob[3:]}", f"5{mob}", f"372 5{mob}", f"+3725{mob}", f"+358 40 {mob}"]
                    ),
                ),
                "telephoneNumber": maybe(
                    rng, 0.5, f"+372 {rng.choice(['6', '7', '35'])}{digits(rng, 2)} {digits(rng, 4)}"
                ),
                "employeeNumber": maybe(rng, 0.92, isikukood(rng, birth, female)),
                "employeeID": f"BT{i * 3 + 1000:05d}",
                "title": title,
                "department": dept,
                "company": "Balttrans Logistika AS",
                "physicalDeliveryOfficeName": office_name,
                "l": office,
                "manager": "" if mgr is None else mgr[0],
                "whenCreated": created.strftime("%Y%m%d%H%M%S.0Z"),
                "lastLogonTimestamp": filetime(last) if rng.random() < 0.9 else 0,
                "pwdLastSet": filetime(last - dt.timedelta(days=rng.randint(0, 200))),
                "userAccountControl": rng.choice([512, 512, 512, 66048, 514, 544]),
                "objectGUID": base64.b64encode(bytes(rng.randrange(256) for _ in range(16))).decode(),
                "extensionAttribute7": maybe(
                    rng,
                    0.35,
                    rng.choice(["Tere", "Kevad", "Suvi", "Sygis", "Talv", "Parool", "Balt"])
                    + f"{rng.randint(2019, 2024)}"
                    + rng.choice("!#%?")
                    + digits(rng, 2),
                ),
                "info": note,
                "homeDirectory": f"\\\\fs01.corp.balttrans.ee\\home$\\{login}",
            }
        )
        users.append((dn, given, sn))
    return t


# =============================================================================================
# 3. Pakistani microfinance bank: MS Access query export, every column an unnamed expression
# =============================================================================================
PK_GIVEN_M = [
    ("Muhammad Asif", "محمد آصف"),
    ("Mirwais", "میرویس"),
    ("Sher Khan", "شیر خان"),
    ("Hammal", "حمل"),
    ("Mahtab", "مہتاب"),
    ("Ghulam Rasool", "غلام رسول"),
    ("Noor Ahmed", "نور احمد"),
    ("Allah Ditta", "اللہ دتہ"),
    ("Zarak", "زرک"),
    ("Yousaf Masih", "یوسف مسیح"),
    ("Changez", "چنگیز"),
    ("Wazir Zada", "وزیر زادہ"),
    ("Bashir Ahmed", "بشیر احمد"),
    ("Imdad Ali", "امداد علی"),
]
PK_GIVEN_F = [
    ("Zarmina", "زرمینہ"),
    ("Gulalai", "گلالئی"),
    ("Spogmai", "سپوگمئی"),
    ("Bibi Hajira", "بی بی ہاجرہ"),
    ("Mai Jindan", "مائی جنداں"),
    ("Naseem Akhtar", "نسیم اختر"),
    ("Shazia", "شازیہ"),
    ("Mehrunnisa", "مہرالنساء"),
    ("Sassi", "سسی"),
    ("Parveen Masih", "پروین مسیح"),
    ("Gul Meena", "گل مینا"),
    ("Roshan Bibi", "روشن بی بی"),
]
PK_SUR = [
    ("Baloch", "بلوچ"),
    ("Marri", "مری"),
    ("Bugti", "بگٹی"),
    ("Mengal", "مینگل"),
    ("Soomro", "سومرو"),
    ("Jatoi", "جتوئی"),
    ("Memon", "میمن"),
    ("Afridi", "آفریدی"),
    ("Yousafzai", "یوسفزئی"),
    ("Changezi", "چنگیزی"),
    ("Bhatti", "بھٹی"),
    ("Khokhar", "کھوکھر"),
    ("Gill", "گل"),
    ("Awan", "اعوان"),
    ("Kalhoro", "کلہوڑو"),
    ("", ""),
]
PK_PLACES = [
    ("Lahore", "Punjab", "35202"),
    ("Multan", "Punjab", "36302"),
    ("Dera Ghazi Khan", "Punjab", "32102"),
    ("Hyderabad", "Sindh", "41303"),
    ("Larkana", "Sindh", "43203"),
    ("Tharparkar (Mithi)", "Sindh", "44403"),
    ("Quetta", "Balochistan", "54400"),
    ("Turbat", "Balochistan", "52201"),
    ("Swat", "Khyber Pakhtunkhwa", "15602"),
    ("Chitral", "Khyber Pakhtunkhwa", "15201"),
    ("Gilgit", "Gilgit-Baltistan", "71501"),
    ("Muzaffarabad", "AJK", "82203"),
]

PK_VILLAGES = ["Dhok Sayedan", "Goth Allah Bux", "Killi Shabo", "Kot Addu Khurd", "Bumburet"]


def pk_phone(rng: random.Random) -> str:
    n = f"3{rng.choice(['00', '01', '11', '21', '33', '45', '47'])}{digits(rng, 7)}"
    return rng.choice([f"0{n[:3]}-{n[3:]}", f"+92 {n[:3]} {n[3:]}", f"92{n}", n, f"0{n}", f"0{n[:3]} {n[3:]}"])


def t_expr_query_loans_pk() -> Table:
    rng = random.Random(5303)
    t = Table(
        "expr_query_loans_pk",
        "Pakistani microfinance bank borrowers: MS Access query result exported to CSV "
        "with every column an unnamed expression (Expr1000..); Urdu and Latin names",
    )
    spec = [
        (False, "loan_account_id"),
        (True, "full_name"),
        (True, "full_name"),
        (True, "parent_name"),
        (True, "national_id_pk_cnic"),
        (True, "document_expiry_date"),
        (True, "birth_date"),
        (True, "phone"),
        (True, "street_address"),
        (True, "city"),
        (False, "province"),
        (True, "iban"),
        (False, "branch_code"),
        (False, "amount"),
        (False, "event_date"),
        (False, "product_code"),
        (True, "mothers_maiden_name"),
        (True, "pin"),
        (True, "username"),
        (False, "quantity"),
        (False, "status"),
        (True, "guarantor_name_and_id"),
        (True, "free_text_with_names"),
        (False, "verification_id"),
    ]
    heads = [f"Expr{1000 + i}" for i in range(len(spec))]
    for h, (p, k) in zip(heads, spec, strict=True):
        t.col(h, p, k)
    banks = ["MEZN", "HABB", "UNIL", "KHYB", "BKIP", "FMFB"]
    officers = ["lo.faisal.k", "lo_shabnam", "NAZIRA.B", "ahsan.mithi", "lo.qta.07", "sadia.gill"]
    for i in range(340):
        female = rng.random() < 0.55
        g = rng.choice(PK_GIVEN_F if female else PK_GIVEN_M)
        s = rng.choice(PK_SUR)
        city, prov, cnic_pre = rng.choice(PK_PLACES)
        fg, fs = rng.choice(PK_GIVEN_M), rng.choice(PK_SUR)
        rel = rng.choice(["W/O", "D/O"]) if female else "S/O"
        dob = rdate(rng, D(1955, 1, 1), D(2004, 12, 31))
        cnic = f"{cnic_pre}{digits(rng, 7)}{rng.choice('02468' if female else '13579')}"
        cnic_f = rng.choice([f"{cnic[:5]}-{cnic[5:12]}-{cnic[12]}", cnic, f"{cnic[:5]}-{cnic[5:12]}-{cnic[12]}"])
        acct = iban("PK", rng.choice(banks) + digits(rng, 16))
        gn = rng.choice(PK_GIVEN_M)[0] + " " + rng.choice(PK_SUR)[0]
        gcnic = f"{rng.choice(PK_PLACES)[2]}-{digits(rng, 7)}-{rng.randint(1, 9)}"
        disb = rdate(rng, D(2021, 1, 1), D(2024, 10, 31))
        mother = rng.choice(PK_SUR)[0] or rng.choice(["Begum", "Bibi", "Khatoon"])
        t.rows.append(
            {
                heads[0]: f"LN-{disb.year}-{i * 13 + 4511:06d}",
                heads[1]: (g[0] + (" " + s[0] if s[0] else "")).upper()
                if rng.random() < 0.4
                else g[0] + (" " + s[0] if s[0] else ""),
                heads[2]: maybe(rng, 0.6, g[1] + (" " + s[1] if s[1] else "")),
                heads[3]: f"{rel} {fg[0]}" + (f" {fs[0]}" if fs[0] else ""),
                heads[4]: cnic_f,
                heads[5]: maybe(
                    rng,
                    0.85,
                    (dob + dt.timedelta(days=365 * rng.randint(30, 60))).strftime("%d/%m/%Y")
                    if rng.random() < 0.2
                    else rdate(rng, D(2025, 1, 1), D(2033, 12, 31)).strftime("%d/%m/%Y"),
                ),
                heads[6]: dob.strftime(rng.choice(["%d/%m/%Y", "%d-%b-%y", "%d/%m/%Y"])),
                heads[7]: pk_phone(rng),
                heads[8]: rng.choice(
                    [
                        f"House {rng.randint(1, 900)}, Street {rng.randint(1, 40)}, Mohalla "
                        f"{rng.choice(['Qazi Abad', 'Islampura', 'Sadiqabad', 'Christian Colony'])}",
                        f"Village {rng.choice(PK_VILLAGES)}, P.O. Khas",
                        f"Flat {rng.randint(1, 30)}, Block {rng.choice('ABCDEF')}, "
                        f"{rng.choice(['Gulshan-e-Iqbal', 'Model Town', 'Hayatabad Phase 3'])}",
                        f"مکان نمبر {rng.randint(1, 500)}، گلی نمبر {rng.randint(1, 20)}",
                    ]
                ),
                heads[9]: city,
                heads[10]: prov,
                heads[11]: spaced(acct) if rng.random() < 0.4 else acct,
                heads[12]: f"{rng.randint(1, 450):04d}",
                heads[13]: f"{rng.choice([25, 40, 50, 75, 100, 150, 250, 500])},000",
                heads[14]: disb.strftime("%d/%m/%Y"),
                heads[15]: rng.choice(
                    ["Kisan Qarza", "Karobar", "Ghar Sanwaro", "Livestock-2", "Solar Tubewell", "Zewar (gold)"]
                ),
                heads[16]: maybe(rng, 0.7, mother.upper() if rng.random() < 0.5 else mother),
                heads[17]: maybe(
                    rng, 0.6, str(rng.randint(0, 9999)) if rng.random() < 0.3 else f"{rng.randint(0, 9999):04d}"
                ),
                heads[18]: rng.choice(officers),
                heads[19]: rng.choice([0, 0, 0, 0, 1, 2, 3, 6]),
                heads[20]: rng.choice(["Active", "Active", "Closed", "Overdue", "Written-off", "Rescheduled"]),
                heads[21]: maybe(rng, 0.7, f"{gn} ({gcnic})"),
                heads[22]: rng.choice(
                    [
                        "",
                        "",
                        "",
                        f"Husband {fg[0]} works in Dubai, call brother {rng.choice(PK_GIVEN_M)[0]} for recovery",
                        "Flood affected 2022, reschedule approved",
                        f"Verified by {rng.choice(['Shabnam', 'Faisal', 'Nazira'])} BM",
                        "Customer prefers Sindhi, meet at BHU",
                        f"Guarantor {gn} also borrower",
                    ]
                ),
                heads[23]: f"VS{rng.randint(10**11, 10**12 - 1)}",
            }
        )
    return t


# =============================================================================================
# 4. Thai e-commerce card payments: pandas dump whose header row was lost (Unnamed: 0..)
# =============================================================================================
TH_GIVEN = [
    ("Somchai", "สมชาย"),
    ("Siriporn", "ศิริพร"),
    ("Nattapong", "ณัฐพงษ์"),
    ("Kanokwan", "กนกวรรณ"),
    ("Pimchanok", "พิมพ์ชนก"),
    ("Thanawat", "ธนวัฒน์"),
    ("Arunee", "อรุณี"),
    ("Boonmee", "บุญมี"),
    ("Chalermchai", "เฉลิมชัย"),
    ("Duangjai", "ดวงใจ"),
    ("Mahama", "มะหามะ"),
    ("Aisoh", "ไอซะห์"),
    ("Naw Paw", "นอพอ"),
    ("Ayee", "อาอี"),
    ("Jiraporn", "จิราพร"),
    ("Wuttichai", "วุฒิชัย"),
    ("Phraewa", "แพรวา"),
    ("Kittisak", "กิตติศักดิ์"),
]
TH_SUR = [
    ("Jaidee", "ใจดี"),
    ("Srisawat", "ศรีสวัสดิ์"),
    ("Wongsuwan", "วงศ์สุวรรณ"),
    ("Saetang", "แซ่ตั้ง"),
    ("Saelim", "แซ่ลิ้ม"),
    ("Chaiyaporn", "ชัยพร"),
    ("Phromma", "พรหมมา"),
    ("Kaewmanee", "แก้วมณี"),
    ("Yusoh", "ยูโซะ"),
    ("Sama-ae", "สาและ"),
    ("Chermue", "เชอมื่อ"),
    ("Lungsakul", "ลุงสกุล"),
    ("Thongprasertkul", "ทองประเสริฐกุล"),
    ("Na Ayutthaya", "ณ อยุธยา"),
    ("Pholsena", "พลเสนา"),
]
TH_PROV = [
    ("กรุงเทพมหานคร", "10"),
    ("เชียงใหม่", "50"),
    ("ขอนแก่น", "40"),
    ("ภูเก็ต", "83"),
    ("ปัตตานี", "94"),
    ("นครราชสีมา", "30"),
    ("แม่ฮ่องสอน", "58"),
    ("นนทบุรี", "11"),
    ("ชลบุรี", "20"),
]


def thai_id(rng: random.Random) -> str:
    body = str(rng.choice([1, 1, 1, 3, 5, 8])) + digits(rng, 11)
    c = (11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10
    return body + str(c)


def th_phone(rng: random.Random) -> str:
    n = rng.choice(["8", "9", "6"]) + digits(rng, 8)
    return rng.choice([f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"+66 {n[:2]} {n[2:5]} {n[5:]}", f"66{n}", n, f"0{n}"])


def t_unnamed_cardpay_th() -> Table:
    rng = random.Random(5404)
    t = Table(
        "unnamed_cardpay_th",
        "Thai e-commerce card payments: a pandas dump whose header row was lost "
        "(every header is 'Unnamed: n'); Thai and Latin values",
    )
    spec = [
        (False, "row_index"),
        (False, "order_id"),
        (False, "event_timestamp"),
        (False, "amount"),
        (False, "currency"),
        (True, "card_number"),
        (True, "card_expiry"),
        (True, "card_cvv"),
        (True, "cardholder_name"),
        (True, "full_name"),
        (True, "national_id_th"),
        (True, "phone"),
        (True, "email"),
        (True, "promptpay_id"),
        (True, "ip_address"),
        (True, "device_id"),
        (True, "street_address"),
        (True, "postal_code"),
        (False, "province"),
        (False, "authorisation_code"),
        (False, "eci_code"),
        (False, "merchant_name"),
        (False, "status"),
    ]
    heads = [f"Unnamed: {i}" for i in range(len(spec))]
    for h, (p, k) in zip(heads, spec, strict=True):
        t.col(h, p, k)
    doms = ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th", "icloud.com"]
    merchants = [
        "ShopThai Co., Ltd.",
        "Baan Siam Mall",
        "Lanna Crafts Online",
        "Phuket Dive Store",
        "Isaan Rice Direct",
    ]
    for i in range(380):
        g, s = rng.choice(TH_GIVEN), rng.choice(TH_SUR)
        pan = card(rng)
        r = rng.random()
        pan_f = excel_num(pan) if r < 0.2 and len(pan) == 16 else spaced(pan) if r < 0.4 else pan
        prov, pc = rng.choice(TH_PROV)
        nid = thai_id(rng)
        phone = th_phone(rng)
        ts = rts(rng, T(2024, 6, 1), T(2024, 11, 30))
        status = rng.choice(["captured", "captured", "captured", "declined", "refunded", "3ds_failed"])
        t.rows.append(
            {
                heads[0]: i,
                heads[1]: f"TH{ts:%y%m}{rng.randint(10**7, 10**8 - 1)}",
                heads[2]: ts.strftime("%Y-%m-%d %H:%M:%S"),
                heads[3]: f"{rng.randint(99, 48000):,}.{rng.choice(['00', '00', '50', '99'])}",
                heads[4]: "THB",
                heads[5]: pan_f,
                heads[6]: f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}",
                heads[7]: str(rng.randint(0, 9999 if pan.startswith("3") and pan[1] in "47" else 999)),
                heads[8]: f"{g[0]} {s[0]}".upper(),
                heads[9]: rng.choice([f"{g[1]} {s[1]}", f"{g[1]} {s[1]}", f"{g[0]} {s[0]}", f"คุณ{g[1]} {s[1]}"]),
                heads[10]: maybe(
                    rng, 0.6, rng.choice([nid, f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"])
                ),
                heads[11]: phone,
                heads[12]: email_for(rng, g[0], s[0], doms),
                heads[13]: maybe(rng, 0.4, rng.choice([phone, nid])),
                heads[14]: ipv6(rng) if rng.random() < 0.2 else ipv4(rng),
                heads[15]: maybe(rng, 0.8, hexs(rng, 16) if rng.random() < 0.6 else uuid(rng).upper()),
                heads[16]: rng.choice(
                    [
                        f"{rng.randint(1, 300)}/{rng.randint(1, 99)} หมู่ {rng.randint(1, 12)} ต."
                        f"{rng.choice(['สุเทพ', 'ในเมือง', 'บ้านเป็ด', 'ตะลุโบะ'])}",
                        f"{rng.randint(1, 999)} ซอยสุขุมวิท {rng.randint(1, 103)} แขวงพระโขนง",
                        f"Condo {rng.choice(['Lumpini Ville', 'Supalai Park', 'Life Asoke'])} Rm "
                        f"{rng.randint(101, 3520)}",
                    ]
                ),
                heads[17]: f"{pc}{rng.randint(0, 2)}{rng.randint(0, 9)}0",
                heads[18]: prov,
                heads[19]: maybe(rng, 0.8, f"{rng.randint(0, 999999):06d}") if status != "declined" else "",
                heads[20]: rng.choice(["05", "02", "06", "07", "01"]),
                heads[21]: rng.choice(merchants),
                heads[22]: status,
            }
        )
    return t


# =============================================================================================
# 5. Philippine life-insurance CRM: Salesforce Contact export with API names (__c custom fields)
# =============================================================================================
PH_GIVEN_M = [
    "Juan Miguel",
    "Jose Rizal",
    "Rodrigo",
    "Bienvenido",
    "Jun-Jun",
    "Pacquito",
    "Datu Ali",
    "Sultan Abdul",
    "Kristoffer",
    "Jayson",
    "Ferdinand",
    "Eleuterio",
    "Kulas",
    "Macario",
    "Ramil",
    "Chino",
]
PH_GIVEN_F = [
    "Maria Cristina",
    "Ma. Luisa",
    "Rowena",
    "Lovely Joy",
    "Princess",
    "Babylyn",
    "Jhonalyn",
    "Bae Fatima",
    "Hadja Sittie",
    "Marilou",
    "Ligaya",
    "Dalisay",
    "Precious",
    "Rosalinda",
    "Mylene",
    "Analyn",
]
PH_SUR = [
    "Dela Cruz",
    "Santos",
    "Reyes",
    "Bautista",
    "Macaraeg",
    "Dimaculangan",
    "Pangandaman",
    "Macarambon",
    "Tan",
    "Sy",
    "Uy",
    "Co",
    "Gokongwei",
    "Bumanglag",
    "Dulnuan",
    "Lumbatan",
    "Hataman",
    "Tuazon",
    "Villanueva",
    "Pagdanganan",
    "Magsaysay",
    "Sinsuat",
    "Ongpauco",
    "De los Santos",
    "Banaag",
]
PH_CITIES = [
    ("Quezon City", "Metro Manila", "11"),
    ("Makati", "Metro Manila", "12"),
    ("Cebu City", "Cebu", "60"),
    ("Davao City", "Davao del Sur", "80"),
    ("Marawi City", "Lanao del Sur", "97"),
    ("Baguio", "Benguet", "26"),
    ("Banaue", "Ifugao", "36"),
    ("Jolo", "Sulu", "74"),
    ("Iloilo City", "Iloilo", "50"),
    ("Vigan", "Ilocos Sur", "27"),
]


def ph_phone(rng: random.Random) -> str:
    n = f"9{rng.choice(['17', '18', '27', '45', '56', '66', '98'])}{digits(rng, 7)}"
    return rng.choice(
        [
            f"+63 {n[:3]} {n[3:6]} {n[6:]}",
            f"0{n[:3]}-{n[3:6]}-{n[6:]}",
            f"63{n}",
            f"0{n}",
            n,
            f"(02) 8{digits(rng, 3)}-{digits(rng, 4)}",
        ]
    )


def sf_id(rng: random.Random, prefix: str) -> str:
    return prefix + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(15))


def t_salesforce_contacts_ph() -> Table:
    rng = random.Random(5505)
    t = Table(
        "salesforce_contacts_ph",
        "Philippine life insurer: Salesforce Contact export (Data Loader) with API "
        "field names; Filipino, Chinese-Filipino, Maranao, Tausug and Igorot names; portal credentials",
    )
    for h, p, k in [
        ("Id", False, "record_id"),
        ("Salutation", False, "salutation"),
        ("FirstName", True, "given_name"),
        ("MiddleName", True, "middle_name_mothers_surname"),
        ("LastName", True, "surname"),
        ("Suffix", False, "name_suffix"),
        ("Birthdate", True, "birth_date"),
        ("MobilePhone", True, "phone"),
        ("HomePhone", True, "phone"),
        ("Email", True, "email"),
        ("MailingStreet", True, "street_address"),
        ("MailingCity", True, "city"),
        ("MailingState", False, "province"),
        ("MailingPostalCode", True, "postal_code"),
        ("TIN__c", True, "tax_id_ph_tin"),
        ("SSS_No__c", True, "social_security_number_ph"),
        ("Mothers_Maiden_Name__c", True, "mothers_maiden_name"),
        ("Policy_No__c", False, "policy_id"),
        ("Annual_Premium__c", False, "amount"),
        ("Beneficiary__c", True, "beneficiary_name"),
        ("Portal_Username__c", True, "username"),
        ("Portal_Password_Hash__c", True, "password_hash"),
        ("Last_Login_IP__c", True, "ip_address"),
        ("OwnerId", False, "record_owner_id"),
        ("CreatedDate", False, "created_at_timestamp"),
        ("Description", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    owners = [sf_id(rng, "005") for _ in range(7)]
    doms = ["gmail.com", "yahoo.com", "yahoo.com.ph", "ymail.com", "outlook.ph", "hotmail.com"]
    for _i in range(300):
        female = rng.random() < 0.52
        first = rng.choice(PH_GIVEN_F if female else PH_GIVEN_M)
        last, middle = rng.choice(PH_SUR), rng.choice(PH_SUR)
        city, prov, zp = rng.choice(PH_CITIES)
        user = (
            ascii_fold(first).lower().replace(" ", "").replace(".", "").replace("-", "")[:8]
            + rng.choice(["", "_", "."])
            + ascii_fold(last).lower().replace(" ", "")[:6]
            + rng.choice(["", str(rng.randint(1, 99))])
        )
        pw = f"{user}:{rng.randint(0, 10**6)}".encode()
        roll = rng.random()
        phash = (
            "$2a$10$" + base64.b64encode(hashlib.sha512(pw).digest()).decode()[:53].replace("+", ".").replace("=", "")
            if roll < 0.6
            else hashlib.sha256(pw).hexdigest()
            if roll < 0.85
            else hashlib.md5(pw).hexdigest().upper()
        )
        upper = rng.random() < 0.15
        t.rows.append(
            {
                "Id": sf_id(rng, "003"),
                "Salutation": rng.choice(["Ms.", "Mrs.", ""] if female else ["Mr.", "Engr.", "Atty.", ""]),
                "FirstName": first.upper() if upper else first,
                "MiddleName": maybe(
                    rng, 0.85, middle.upper() if upper else middle if rng.random() < 0.8 else middle[0] + "."
                ),
                "LastName": last.upper() if upper else last,
                "Suffix": "" if female else rng.choice(["", "", "", "", "Jr.", "III", "Sr."]),
                "Birthdate": rdate(rng, D(1950, 1, 1), D(2003, 12, 31)).isoformat(),
                "MobilePhone": ph_phone(rng),
                "HomePhone": maybe(rng, 0.3, ph_phone(rng)),
                "Email": maybe(rng, 0.85, email_for(rng, first.split()[0], last, doms)),
                "MailingStreet": rng.choice(
                    [
                        f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)}, "
                        f"{rng.choice(['Camella Homes', 'Phase 2 Greenville', 'Villa Verde'])}",
                        f"{rng.randint(1, 2000)} "
                        f"{rng.choice(['Rizal Ave.', 'Mabini St.', 'Gen. Luna St.', 'Session Rd.'])}",
                        f"Purok {rng.randint(1, 7)}, Brgy. "
                        f"{rng.choice(['San Isidro', 'Poblacion', 'Bangon', 'Dansalan'])}",
                    ]
                ),
                "MailingCity": city.upper() if upper else city,
                "MailingState": prov,
                "MailingPostalCode": f"{zp}{rng.randint(0, 99):02d}",
                "TIN__c": maybe(
                    rng,
                    0.7,
                    rng.choice(["{}-{}-{}-000", "{}{}{}000", "{}-{}-{}"]).format(
                        digits(rng, 3), digits(rng, 3), digits(rng, 3)
                    ),
                ),
                "SSS_No__c": maybe(
                    rng, 0.6, rng.choice(["{}-{}-{}", "{}{}{}"]).format(digits(rng, 2), digits(rng, 7), digits(rng, 1))
                ),
                "Mothers_Maiden_Name__c": maybe(
                    rng, 0.75, middle.upper() if rng.random() < 0.5 else f"{rng.choice(PH_GIVEN_F)} {middle}"
                ),
                "Policy_No__c": f"VUL-{rng.randint(10**7, 10**8 - 1)}",
                "Annual_Premium__c": f"{rng.randint(12, 480) * 1000 + rng.choice([0, 500])}.00",
                "Beneficiary__c": maybe(
                    rng,
                    0.8,
                    f"{rng.choice(PH_GIVEN_F + PH_GIVEN_M)} {last} ("
                    f"{rng.choice(['spouse', 'child', 'parent', 'sibling'])})",
                ),
                "Portal_Username__c": maybe(rng, 0.7, user),
                "Portal_Password_Hash__c": maybe(rng, 0.7, phash),
                "Last_Login_IP__c": maybe(rng, 0.65, ipv4(rng) if rng.random() < 0.8 else ipv6(rng)),
                "OwnerId": rng.choice(owners),
                "CreatedDate": rts(rng, T(2016, 1, 1), T(2024, 11, 1)).strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                "Description": rng.choice(
                    [
                        "",
                        "",
                        "",
                        f"Referred by {rng.choice(PH_GIVEN_F)} {rng.choice(PH_SUR)} (agent's cousin)",
                        "OFW in Riyadh, pays via remittance",
                        "Prefers Tagalog / Taglish",
                        f"Spouse {rng.choice(PH_GIVEN_M)} {last} declined rider",
                        "Lapsed 2020, reinstated",
                        "Call after 6pm, works night shift BPO",
                    ]
                ),
            }
        )
    return t


# =============================================================================================
# 6. Egyptian household survey microdata: Stata-style variable codes (v001, q101)
# =============================================================================================
EG_GIVEN_M = [
    "محمد",
    "أحمد",
    "بيشوي",
    "أبانوب",
    "مينا",
    "عبد الرحمن",
    "سليمان",
    "حسونة",
    "إدريس",
    "جرجس",
    "عيد",
    "فكري",
]
EG_GIVEN_F = [
    "فاطمة",
    "منة الله",
    "يوستينا",
    "مارينا",
    "شيماء",
    "هند",
    "زينب",
    "نعمات",
    "دميانة",
    "أم هاشم",
    "سلمى",
    "تفيدة",
]
EG_FAM = [
    "عبد الله",
    "عبد الملاك",
    "السيد",
    "الطرابين",
    "السواركة",
    "حسن",
    "بشارة",
    "الدسوقي",
    "سيوي",
    "دهب",
    "عبد النور",
    "الصعيدي",
    "النوبي",
    "شنودة",
]
EG_GOV = [
    ("01", "القاهرة"),
    ("02", "الإسكندرية"),
    ("13", "الشرقية"),
    ("24", "المنيا"),
    ("26", "سوهاج"),
    ("29", "أسوان"),
    ("34", "شمال سيناء"),
    ("33", "مطروح"),
    ("28", "قنا"),
]
EG_VILLAGES = [
    "عزبة الهجانة",
    "قرية غرب سهيل",
    "نجع حمادي",
    "شياخة السيدة زينب",
    "واحة سيوة - أغورمي",
    "قرية دابود",
    "الشيخ زويد",
    "دير مواس",
    "منشية ناصر",
]


def eg_national_id(rng: random.Random, birth: dt.date, gov: str, female: bool) -> str:
    cent = "2" if birth.year < 2000 else "3"
    seq = digits(rng, 3) + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return f"{cent}{birth:%y%m%d}{gov}{seq}{rng.randint(1, 9)}"


def t_survey_microdata_eg() -> Table:
    rng = random.Random(5606)
    t = Table(
        "survey_microdata_eg",
        "Egyptian household survey microdata before anonymisation (Stata export): "
        "Arabic names and addresses, national ID partly in exponent notation; headers are survey variable codes",
    )
    for h, p, k in [
        ("v001", False, "cluster_id"),
        ("v002", False, "household_id"),
        ("v003", False, "line_number"),
        ("v004", False, "region_code"),
        ("v005", False, "sample_weight"),
        ("v008", False, "event_date"),
        ("v010", True, "birth_date"),
        ("v012", False, "age"),
        ("q101", True, "full_name"),
        ("q102", True, "national_id_eg"),
        ("q103", True, "phone"),
        ("q104", True, "street_address"),
        ("q105", True, "city"),
        ("q106", True, "gps_latitude"),
        ("q107", True, "gps_longitude"),
        ("q108", True, "full_name"),
        ("q110", False, "quantity"),
        ("q111", False, "amount"),
        ("q112", False, "coded_answer"),
        ("q113", True, "interviewer_id"),
        ("q114", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    clusters = [
        (c, rng.choice(EG_GOV), rng.choice(EG_VILLAGES), 24 + rng.random() * 7, 25 + rng.random() * 7)
        for c in range(101, 131)
    ]
    hh = 0
    rows: list[dict] = []
    while len(rows) < 310:
        cl, (gcode, _gname), vill, lat0, lon0 = rng.choice(clusters)
        hh += 1
        head_f = rng.random() < 0.2
        fam = rng.choice(EG_FAM)
        head = f"{rng.choice(EG_GIVEN_F if head_f else EG_GIVEN_M)} {rng.choice(EG_GIVEN_M)} {fam}"
        lat, lon = lat0 + rng.uniform(-0.02, 0.02), lon0 + rng.uniform(-0.02, 0.02)
        date = rdate(rng, D(2024, 3, 1), D(2024, 6, 30))
        members = rng.randint(2, 9)
        for line in range(1, rng.randint(1, 3) + 1):
            female = rng.random() < 0.55
            birth = rdate(rng, D(1950, 1, 1), D(2009, 1, 1))
            nid = eg_national_id(rng, birth, gcode, female)
            ph = f"1{rng.choice('0125')}{digits(rng, 8)}"
            rows.append(
                {
                    "v001": cl,
                    "v002": hh,
                    "v003": line,
                    "v004": int(gcode),
                    "v005": rng.randint(400000, 2600000),
                    "v008": date.strftime("%d%b%Y").lower(),
                    "v010": birth.strftime("%d%b%Y").lower() if rng.random() < 0.8 else birth.year,
                    "v012": (date - birth).days // 365,
                    "q101": f"{rng.choice(EG_GIVEN_F if female else EG_GIVEN_M)} {rng.choice(EG_GIVEN_M)} {fam}",
                    "q102": maybe(rng, 0.85, excel_num(nid) if rng.random() < 0.3 else nid),
                    "q103": maybe(
                        rng, 0.8, rng.choice([f"0{ph}", ph, f"+20 {ph[:3]} {ph[3:6]} {ph[6:]}", f"0020{ph}"])
                    ),
                    "q104": rng.choice(
                        [
                            f"{rng.randint(1, 120)} شارع {rng.choice(['الجمهورية', 'السوق', 'الترعة', 'البحر'])}",
                            f"منزل {fam} بجوار المسجد",
                            f"عمارة {rng.randint(1, 60)} الدور {rng.randint(1, 9)}",
                            f"بيت الحاج {rng.choice(EG_GIVEN_M)} خلف المدرسة",
                        ]
                    ),
                    "q105": vill,
                    "q106": f"{lat:.5f}",
                    "q107": f"{lon:.5f}",
                    "q108": head,
                    "q110": members,
                    "q111": rng.choice([1500, 2500, 3200, 4000, 6000, 9000, 15000, 98, 99]),
                    "q112": rng.choice([1, 1, 2, 2, 8, 9]),
                    "q113": f"INT{rng.randint(1, 24):02d}",
                    "q114": rng.choice(
                        [
                            "",
                            "",
                            "",
                            "",
                            f"رفض الزوج {rng.choice(EG_GIVEN_M)} إعطاء رقم الهاتف",
                            "المقابلة مع الجارة أم كريم",
                            f"respondent's son {rng.choice(['Mina', 'Eid', 'Abanoub'])} translated (Nubian)",
                            "callback requested",
                            "الأسرة انتقلت إلى الإسكندرية",
                        ]
                    ),
                }
            )
    t.rows = rows[:310]
    return t


# =============================================================================================
# 7. Croatian payroll export whose header row slipped one column to the left (misleading headers)
# =============================================================================================
HR_GIVEN_M = [
    "Ivan",
    "Tomislav",
    "Krešimir",
    "Zvonimir",
    "Dražen",
    "Edin",
    "Mirsad",
    "Dragan",
    "Bekim",
    "Šandor",
    "Nikola",
    "Jakov",
    "Ljubomir",
    "Senad",
]
HR_GIVEN_F = [
    "Ana",
    "Marija",
    "Ivana",
    "Mirjana",
    "Snježana",
    "Dubravka",
    "Lejla",
    "Emina",
    "Jasmina",
    "Vesna",
    "Đurđica",
    "Ljiljana",
    "Arta",
    "Rahela",
]
HR_SUR = [
    "Horvat",
    "Kovačević",
    "Babić",
    "Marić",
    "Jurić",
    "Novak",
    "Knežević",
    "Vuković",
    "Perković",
    "Đurđević",
    "Hadžić",
    "Mujkić",
    "Berisha",
    "Oršuš",
    "Šarić",
    "Tadić",
    "Grgić",
    "Pavlović",
    "Bašić",
    "Žagar",
    "Kralj",
]
HR_PLACES = [
    ("10000", "Zagreb", "Grad Zagreb"),
    ("21000", "Split", "Splitsko-dalmatinska"),
    ("51000", "Rijeka", "Primorsko-goranska"),
    ("31000", "Osijek", "Osječko-baranjska"),
    ("40000", "Čakovec", "Međimurska"),
    ("20000", "Dubrovnik", "Dubrovačko-neretvanska"),
    ("23000", "Zadar", "Zadarska"),
    ("35000", "Slavonski Brod", "Brodsko-posavska"),
]
HR_STREETS = [
    "Ulica kralja Zvonimira",
    "Vukovarska",
    "Ilica",
    "Put Brodarice",
    "Trg bana Jelačića",
    "Ulica Matije Gupca",
    "Šetalište Ivana Meštrovića",
    "Zagrebačka cesta",
]


def oib(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 9)
    a = 10
    for ch in body:
        a = (a + int(ch)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    c = 11 - a
    return body + str(0 if c == 10 else c)


def t_isplata_place_hr() -> Table:
    rng = random.Random(5707)
    t = Table(
        "isplata_place_hr",
        "Croatian payroll export (Excel) whose header row slipped one column to the left "
        "when the first header cell (Rbr.) was deleted: every header names the NEXT column's content",
    )
    content = [
        (True, "employee_id"),
        (True, "given_name"),
        (True, "surname"),
        (True, "national_id_hr_oib"),
        (True, "birth_date"),
        (True, "street_address"),
        (True, "postal_code"),
        (True, "city"),
        (False, "county"),
        (True, "phone"),
        (True, "email"),
        (True, "iban"),
        (False, "salary"),
        (False, "department"),
        (False, "job_title"),
        (False, "hire_date"),
        (False, "contract_type"),
        (True, "health_insurance_number"),
        (True, "dependants_names"),
        (False, "cost_center"),
        (True, "free_text_with_names"),
        (True, "username"),
    ]
    heads = [
        "Ime",
        "Prezime",
        "OIB",
        "Datum rođenja",
        "Adresa",
        "Poštanski broj",
        "Mjesto",
        "Županija",
        "Mobitel",
        "E-mail (privatni)",
        "IBAN",
        "Bruto plaća (EUR)",
        "Odjel",
        "Radno mjesto",
        "Datum zaposlenja",
        "Vrsta ugovora",
        "MBO",
        "Uzdržavani članovi",
        "Mjesto troška",
        "Napomena",
        "Izmijenio",
        "Stupac1",
    ]
    for h, (p, k) in zip(heads, content, strict=True):
        t.col(h, p, k)
    depts = [
        ("Proizvodnja", "Operater CNC stroja"),
        ("Skladište", "Skladištar"),
        ("Financije", "Referent obračuna plaća"),
        ("Prodaja", "Voditelj prodaje"),
        ("IT", "Programer"),
        ("Uprava", "Direktor"),
        ("Održavanje", "Električar"),
    ]
    clerks = ["mhorvat", "ivana.babic", "PLACE01", "d.tadic"]
    doms = ["gmail.com", "net.hr", "t-com.hr", "yahoo.com", "hotmail.com", "inet.hr"]
    for i in range(262):
        female = rng.random() < 0.48
        first, last = rng.choice(HR_GIVEN_F if female else HR_GIVEN_M), rng.choice(HR_SUR)
        zp, city, county = rng.choice(HR_PLACES)
        n = f"9{rng.choice('125789')}{digits(rng, 7)}"
        acct = iban("HR", rng.choice(["2360000", "2484008", "2340009", "2402006"]) + digits(rng, 10))
        kids = ", ".join(
            f"{rng.choice(HR_GIVEN_F + HR_GIVEN_M)} ({rng.randint(2006, 2023)})" for _ in range(rng.randint(1, 3))
        )
        vals = [
            f"{i + 1:04d}",
            first,
            last,
            oib(rng),
            rdate(rng, D(1960, 1, 1), D(2005, 12, 31)).strftime("%d.%m.%Y."),
            f"{rng.choice(HR_STREETS)} {rng.randint(1, 180)}{rng.choice(['', '', 'a', 'b'])}",
            zp,
            city.upper() if rng.random() < 0.2 else city,
            county,
            rng.choice(
                [
                    f"0{n[:2]} {n[2:5]} {n[5:]}",
                    f"+385 {n[:2]} {n[2:6]} {n[6:]}",
                    f"385{n}",
                    f"0{n}",
                    f"+387 6{digits(rng, 7)}",
                ]
            ),
            maybe(rng, 0.8, email_for(rng, first, last, doms)),
            spaced(acct) if rng.random() < 0.5 else acct,
            f"{rng.randint(950, 5200):,}".replace(",", ".") + f",{rng.randint(0, 99):02d}",
            *rng.choice(depts),
            rdate(rng, D(2001, 1, 1), D(2024, 10, 1)).strftime("%d.%m.%Y."),
            rng.choice(["neodređeno", "neodređeno", "određeno", "student", "ugovor o djelu"]),
            maybe(rng, 0.9, digits(rng, 9)),
            maybe(rng, 0.35, kids),
            f"MT-{rng.choice([110, 120, 210, 300, 410])}",
            rng.choice(
                [
                    "",
                    "",
                    "",
                    "",
                    "Ovrha FINA – zaplijena 1/3 plaće",
                    f"Porodiljni do {rdate(rng, D(2025, 1, 1), D(2025, 12, 1)):%d.%m.%Y.}",
                    f"Zamjena za kolegicu {rng.choice(HR_GIVEN_F)} {rng.choice(HR_SUR)}",
                    "Bolovanje od 3.10.",
                    f"Supruga {rng.choice(HR_GIVEN_F)} radi u istoj firmi (skladište)",
                ]
            ),
            rng.choice(clerks),
        ]
        t.rows.append(dict(zip(heads, vals, strict=True)))
    return t


# =============================================================================================
# 8. Icelandic fuel-station/grocery POS receipt lines: SQL alias.column headers, mostly business data
# =============================================================================================
IS_GIVEN_M = [
    "Jón",
    "Guðmundur",
    "Hrafnkell",
    "Þórður",
    "Sigurður",
    "Egill",
    "Ragnar",
    "Bjarnþór",
    "Ólafur",
    "Kári",
    "Ljótur",
    "Dagbjartur",
]
IS_GIVEN_F = [
    "Guðrún",
    "Sigrún",
    "Þorgerður",
    "Ísold",
    "Ljósbrá",
    "Hólmfríður",
    "Bryndís",
    "Eyrún",
    "Vigdís",
    "Snæfríður",
    "Ásdís",
    "Kolbrún",
]
IS_FATHERS = ["Jóns", "Guðmundar", "Sigurðar", "Ólafs", "Einars", "Þórðar", "Kára", "Ragnars", "Magnúsar", "Hjálmars"]
IS_COMPANIES = [
    "Hraðfrystihúsið Gunnvör hf.",
    "Verktakar Suðurlands ehf.",
    "Bílaleiga Akureyrar ehf.",
    "Ferðaþjónustan Hellu slf.",
]


def kennitala(rng: random.Random, birth: dt.date, company: bool = False) -> str:
    while True:
        day = birth.day + (40 if company else 0)
        body = f"{day:02d}{birth:%m%y}{rng.randint(20, 99):02d}"
        s = sum(int(a) * b for a, b in zip(body, [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        c = 0 if s == 0 else 11 - s
        if c != 10:
            return f"{body}{c}{'9' if birth.year < 2000 else '0'}"


def ean13(body12: str) -> str:
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def t_pos_kvittanir_is() -> Table:
    rng = random.Random(5808)
    t = Table(
        "pos_kvittanir_is",
        "Icelandic fuel-station and grocery POS receipt lines from a SQL query: mostly "
        "business data with the loyalty member (people and companies), cashier login and a car plate; "
        "headers are SQL alias.column names in Icelandic abbreviations",
    )
    for h, p, k in [
        ("k.kvittun_nr", False, "receipt_id"),
        ("k.timi", False, "event_timestamp"),
        ("k.verslun", False, "store_name"),
        ("k.kassi", False, "till_id"),
        ("k.afgr_notandi", True, "username"),
        ("v.vorunr", False, "product_barcode_ean"),
        ("v.heiti", False, "product_name"),
        ("l.magn", False, "quantity"),
        ("l.einingaverd", False, "amount"),
        ("l.vsk", False, "tax_rate"),
        ("l.samtals", False, "amount"),
        ("g.greidslumati", False, "payment_method"),
        ("g.kort_4", False, "card_last4"),
        ("m.felaganr", False, "member_id"),
        ("m.kennitala", True, "national_id_is_kennitala"),
        ("m.nafn", True, "full_name"),
        ("m.simi", True, "phone"),
        ("m.netfang", True, "email"),
        ("m.postnr", True, "postal_code"),
        ("k.bilnr", True, "licence_plate"),
        ("k.athugasemd", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    stores = [
        "Orkan Hellu",
        "Olís Borgarnesi",
        "N1 Egilsstöðum",
        "Krambúðin Ísafirði",
        "Orkan Hvolsvelli",
        "N1 Ártúnshöfða",
    ]
    cashiers = ["sigrun.h", "kari99", "afgr03", "ljosbra.e", "TOMASZ.W", "ana.lucia"]
    prods = [
        ("Bensín 95 (l)", "5690001", 24, 312.4),
        ("Dísil (l)", "5690002", 24, 318.9),
        ("Pylsa með öllu", "5690537", 11, 690),
        ("Kókómjólk 250 ml", "5690519", 11, 259),
        ("Harðfiskur 100 g", "5690781", 11, 1490),
        ("Rúðuvökvi 4 l", "5701234", 24, 1890),
        ("Prince Polo", "5900552", 11, 179),
        ("Skyr hreint 500 g", "5690527", 11, 549),
    ]
    members = []
    for m in range(70):
        comp = rng.random() < 0.15
        birth = rdate(rng, D(1945, 1, 1), D(2006, 12, 31))
        female = rng.random() < 0.5
        if comp:
            name = rng.choice(IS_COMPANIES)
        else:
            first = rng.choice(IS_GIVEN_F if female else IS_GIVEN_M)
            name = f"{first} {rng.choice(IS_FATHERS)}{'dóttir' if female else 'son'}"
            if rng.random() < 0.1:
                name = f"{first} {rng.choice(['Thoroddsen', 'Blöndal', 'Kowalski', 'Nguyen'])}"
        kt = kennitala(rng, birth, comp)
        ph = f"{rng.choice('678')}{digits(rng, 6)}"
        em = (
            ""
            if comp
            else ascii_fold(name.split()[0]).lower()
            + "@"
            + rng.choice(["simnet.is", "gmail.com", "internet.is", "visir.is"])
        )
        members.append(
            (
                f"{100000 + m * 37}",
                kt,
                name,
                ph,
                em,
                rng.choice(["101", "105", "200", "220", "310", "400", "600", "700", "850", "860"]),
            )
        )
    receipt = 880000
    rows: list[dict] = []
    while len(rows) < 356:
        receipt += rng.randint(1, 40)
        ts = rts(rng, T(2024, 9, 1), T(2024, 11, 30))
        store = rng.choice(stores)
        mem = rng.choice(members) if rng.random() < 0.55 else None
        plate = maybe(
            rng,
            0.4,
            f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{rng.choice(['-', ' ', ''])}"
            f"{rng.choice(string.ascii_uppercase + string.digits)}{rng.randint(10, 99)}",
        )
        pay = rng.choice(["Kort", "Kort", "Kort", "Reikningur", "Peningar", "Apple Pay"])
        last4 = f"{rng.randint(0, 9999):04d}" if pay in ("Kort", "Apple Pay") else ""
        note = rng.choice(
            [
                "",
                "",
                "",
                "",
                "",
                "",
                f"{rng.choice(IS_GIVEN_F)} tók vöruna til baka",
                "Dæla 4 – ógreitt, hringt í eiganda",
                f"Afsláttur samþ. af {rng.choice(IS_GIVEN_M)} vaktstjóra",
                "Reikningur á fyrirtæki",
            ]
        )
        for _ in range(rng.randint(1, 4)):
            name, code, vat, price = rng.choice(prods)
            qty = round(rng.uniform(5, 70), 2) if "(l)" in name else rng.randint(1, 3)
            rows.append(
                {
                    "k.kvittun_nr": receipt,
                    "k.timi": ts.strftime("%d.%m.%Y %H:%M"),
                    "k.verslun": store,
                    "k.kassi": rng.randint(1, 4),
                    "k.afgr_notandi": rng.choice(cashiers),
                    "v.vorunr": ean13(code + digits(rng, 5)),
                    "v.heiti": name,
                    "l.magn": str(qty).replace(".", ","),
                    "l.einingaverd": str(price).replace(".", ","),
                    "l.vsk": vat,
                    "l.samtals": f"{qty * price:.0f}",
                    "g.greidslumati": pay,
                    "g.kort_4": last4,
                    "m.felaganr": mem[0] if mem else "",
                    "m.kennitala": (mem[1] if rng.random() < 0.6 else f"{mem[1][:6]}-{mem[1][6:]}") if mem else "",
                    "m.nafn": mem[2] if mem else "",
                    "m.simi": (rng.choice([mem[3], f"+354 {mem[3]}", f"{mem[3][:3]} {mem[3][3:]}"]) if mem else ""),
                    "m.netfang": mem[4] if mem else "",
                    "m.postnr": mem[5] if mem else "",
                    "k.bilnr": plate,
                    "k.athugasemd": note,
                }
            )
    t.rows = rows[:356]
    return t


# =============================================================================================
# 9. Ukrainian home-internet provider subscribers: Excel headers with line breaks, credentials
# =============================================================================================
UA_PEOPLE = [  # (given Cyrillic, given Latin, female)
    ("Олександр", "oleksandr", False),
    ("Тарас", "taras", False),
    ("Богдан", "bohdan", False),
    ("Юрій", "yurii", False),
    ("Остап", "ostap", False),
    ("Мустафа", "mustafa", False),
    ("Рефат", "refat", False),
    ("Іон", "ion", False),
    ("Золтан", "zoltan", False),
    ("Василь", "vasyl", False),
    ("Соломія", "solomiia", True),
    ("Оксана", "oksana", True),
    ("Ганна", "hanna", True),
    ("Ярина", "yaryna", True),
    ("Еміне", "emine", True),
    ("Айше", "aishe", True),
    ("Єлизавета", "yelyzaveta", True),
    ("Ержебет", "erzhebet", True),
    ("Параска", "paraska", True),
    ("Мирослава", "myroslava", True),
]
UA_SUR = [
    ("Шевченко", "shevchenko"),
    ("Коваленко", "kovalenko"),
    ("Бондаренко", "bondarenko"),
    ("Ткачук", "tkachuk"),
    ("Гуцуляк", "hutsuliak"),
    ("Сеїтумеров", "seitumerov"),
    ("Аблаєв", "ablaiev"),
    ("Морару", "moraru"),
    ("Сабо", "sabo"),
    ("Гаврилюк", "havryliuk"),
    ("Їжакевич", "yizhakevych"),
    ("Ґудзь", "gudz"),
    ("Пʼятничук", "piatnychuk"),
    ("Рябошапка", "riaboshapka"),
    ("Дзюба", "dziuba"),
]
UA_PATR = ["Іванович", "Петрович", "Миколайович", "Ібраїмович", "Степанович"]
UA_PATR_F = ["Іванівна", "Петрівна", "Миколаївна", "Решатівна", "Степанівна"]
UA_PLACES = [
    ("Київ", "м. Київ", "02"),
    ("Львів", "Львівська", "79"),
    ("Ужгород", "Закарпатська", "88"),
    ("Чернівці", "Чернівецька", "58"),
    ("Коломия", "Івано-Франківська", "78"),
    ("Харків", "Харківська", "61"),
    ("Дніпро", "Дніпропетровська", "49"),
    ("Берегове", "Закарпатська", "90"),
]
UA_STREETS = [
    "вул. Шевченка",
    "просп. Свободи",
    "вул. Героїв УПА",
    "вул. Січових Стрільців",
    "пров. Тихий",
    "вул. Грушевського",
    "вул. Кобилянської",
    "вул. Петефі",
]


def rnokpp(rng: random.Random, birth: dt.date, female: bool) -> str:
    days = (birth - D(1899, 12, 31)).days
    body = f"{days:05d}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
    c = sum(int(a) * w for a, w in zip(body, [-1, 5, 7, 9, 4, 6, 10, 5, 7], strict=True)) % 11 % 10
    return body + str(c)


def t_abonenty_isp_ua() -> Table:
    rng = random.Random(5909)
    t = Table(
        "abonenty_isp_ua",
        "Ukrainian home-internet provider subscriber base kept in Excel: Ukrainian, "
        "Crimean Tatar, Hungarian, Romanian and Hutsul names in Cyrillic; PPPoE and Wi-Fi passwords, router MAC, "
        "static IPs; headers are Ukrainian with line breaks and units",
    )
    for h, p, k in [
        ("№ дог.", False, "contract_id"),
        ("ПІБ\nабонента", True, "full_name"),
        ("Дата\nнародження", True, "birth_date"),
        ("РНОКПП\n(ІПН)", True, "tax_id_ua_rnokpp"),
        ("Паспорт\n(серія, №)", True, "passport_number"),
        ("Телефон\nмоб.", True, "phone"),
        ("E-mail", True, "email"),
        ("Населений\nпункт", True, "city"),
        ("Область", False, "region"),
        ("Адреса\n(вул., буд., кв.)", True, "street_address"),
        ("Індекс", True, "postal_code"),
        ("Тариф", False, "tariff"),
        ("Абон. плата,\nгрн", False, "amount"),
        ("Баланс,\nгрн", False, "amount"),
        ("Дата\nпідключення", False, "event_date"),
        ("Логін\nPPPoE", True, "username"),
        ("Пароль\nPPPoE", True, "password"),
        ("Ключ\nWi-Fi", True, "password"),
        ("MAC\nроутера", True, "device_id_mac"),
        ("Статичний\nIP", True, "ip_address"),
        ("Серійний №\nONU", True, "device_serial"),
        ("Хеш пароля\nкабінету", True, "password_hash"),
        ("Кодове\nслово", True, "security_answer"),
        ("Примітка", True, "free_text_with_names"),
        ("Статус", False, "status"),
    ]:
        t.col(h, p, k)
    tariffs = [
        ("Домашній 100", 200),
        ("Оптика 500", 300),
        ("Оптика 1000", 400),
        ("Соціальний", 120),
        ("Бізнес-Дім", 650),
    ]
    for i in range(312):
        g_cyr, g_lat, female = rng.choice(UA_PEOPLE)
        s_cyr, s_lat = rng.choice(UA_SUR)
        if female and s_cyr.endswith(("ов", "ев", "єв")):
            s_cyr += "а"
            s_lat += "a"
        patr = rng.choice(UA_PATR_F if female else UA_PATR)
        city, obl, zp = rng.choice(UA_PLACES)
        birth = rdate(rng, D(1940, 1, 1), D(2005, 12, 31))
        n = f"{rng.choice(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'])}{digits(rng, 7)}"
        tariff, fee = rng.choice(tariffs)
        login = f"{s_lat[:8]}{rng.randint(1, 999)}" if rng.random() < 0.5 else f"ab{10000 + i}"
        mac = ":".join(f"{rng.randrange(256):02X}" for _ in range(6))
        t.rows.append(
            {
                "№ дог.": f"{rng.choice(['КВ', 'ЛВ', 'УЖ', 'ЧН', 'ХК'])}-{20000 + i * 11}",
                "ПІБ\nабонента": rng.choice(
                    [
                        f"{s_cyr} {g_cyr} {patr}",
                        f"{s_cyr} {g_cyr[0]}.{patr[0]}.",
                        f"{s_cyr.upper()} {g_cyr.upper()} {patr.upper()}",
                    ]
                ),
                "Дата\nнародження": maybe(rng, 0.8, birth.strftime("%d.%m.%Y")),
                "РНОКПП\n(ІПН)": maybe(rng, 0.75, rnokpp(rng, birth, female)),
                "Паспорт\n(серія, №)": maybe(
                    rng,
                    0.7,
                    rng.choice([f"{rng.choice(['КВ', 'ВС', 'СН', 'КС', 'ЕА'])} {digits(rng, 6)}", digits(rng, 9)]),
                ),
                "Телефон\nмоб.": rng.choice(
                    [
                        f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                        f"0{n}",
                        f"380{n}",
                        f"({'0' + n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
                        n,
                    ]
                ),
                "E-mail": maybe(
                    rng,
                    0.6,
                    f"{g_lat}.{s_lat}{rng.choice(['', str(rng.randint(1, 99))])}@"
                    f"{rng.choice(['ukr.net', 'gmail.com', 'i.ua', 'meta.ua'])}",
                ),
                "Населений\nпункт": city,
                "Область": obl,
                "Адреса\n(вул., буд., кв.)": f"{rng.choice(UA_STREETS)}, {rng.randint(1, 140)}"
                + maybe(rng, 0.6, f", кв. {rng.randint(1, 220)}"),
                "Індекс": f"{zp}{rng.randint(0, 999):03d}",
                "Тариф": tariff,
                "Абон. плата,\nгрн": fee,
                "Баланс,\nгрн": f"{rng.uniform(-400, 1200):.2f}".replace(".", ","),
                "Дата\nпідключення": rdate(rng, D(2012, 1, 1), D(2024, 10, 31)).strftime("%d.%m.%Y"),
                "Логін\nPPPoE": login,
                "Пароль\nPPPoE": "".join(
                    rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(6, 10))
                ),
                "Ключ\nWi-Fi": maybe(
                    rng,
                    0.7,
                    rng.choice(
                        [
                            f"{s_lat}{birth.year}",
                            digits(rng, 8),
                            f"{g_lat.capitalize()}_{rng.randint(10, 99)}!",
                            "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(12)),
                        ]
                    ),
                ),
                "MAC\nроутера": maybe(rng, 0.85, mac if rng.random() < 0.7 else mac.replace(":", "-").lower()),
                "Статичний\nIP": maybe(
                    rng,
                    0.3,
                    f"{rng.choice(['91.202', '176.37', '46.219', '193.93'])}.{rng.randint(0, 255)}."
                    f"{rng.randint(2, 254)}",
                ),
                "Серійний №\nONU": maybe(rng, 0.6, rng.choice(["ZTEG", "HWTC", "GPON"]) + hexs(rng, 8).upper()),
                "Хеш пароля\nкабінету": maybe(rng, 0.8, hashlib.sha1(f"{login}{i}".encode()).hexdigest()),
                "Кодове\nслово": maybe(
                    rng, 0.5, rng.choice(["Мурчик", "Карпати", "Бровари", s_cyr, "Лелека", "Сабо", "Чорнобривці"])
                ),
                "Примітка": rng.choice(
                    [
                        "",
                        "",
                        "",
                        "",
                        f"Дзвонити дружині {rng.choice(['Оксані', 'Ганні', 'Еміне'])}, він на фронті",
                        "ВПО з Маріуполя, пільга 50%",
                        f"Ключ від щитової у сусіда {rng.choice(['Петра', 'Рефата', 'Золтана'])} (кв. 12)",
                        "Роутер клієнта, не наш",
                        "Не розмовляє українською, спілкуватися угорською",
                    ]
                ),
                "Статус": rng.choice(["активний", "активний", "активний", "призупинено", "відключено", "борг"]),
            }
        )
    return t


TABLES = [
    t_hl7_adt_pid_cl,
    t_ad_users_export_ee,
    t_expr_query_loans_pk,
    t_unnamed_cardpay_th,
    t_salesforce_contacts_ph,
    t_survey_microdata_eg,
    t_isplata_place_hr,
    t_pos_kvittanir_is,
    t_abonenty_isp_ua,
]


def main() -> None:
    for make in TABLES:
        t = make()
        t.write()
        print(f"{t.name}: {len(t.rows)} x {len(t.cols)}")


if __name__ == "__main__":
    main()
