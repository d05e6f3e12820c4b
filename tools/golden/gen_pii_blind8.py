# ruff: noqa: E501
"""Generate the blind PII golden set, session 7c (assets_config/golden_pii/blind).

Run: /work/main/.venv/bin/python tools/golden/gen_pii_blind8.py
Standard library only, imports nothing from the project, fixed seeds (one random.Random per table),
byte-identical output on every run. All values are synthetic; checksummed ids pass their real
checksums (Uruguayan cédula, Danish/Greenlandic CPR modulus 11, GL IBAN mod 97, Luhn card
numbers, EAN-13) but are random and fictitious.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import string
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"  # blind until measured (session 7)

D = dt.date
T = dt.datetime


def yq(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_csv(path: Path, headers: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(headers)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_text(buf.getvalue(), encoding="utf-8")


class Table:
    def __init__(self, name: str, description: str):
        self.name = name
        self.description = description
        self.cols: list[tuple[str, bool, str]] = []
        self.rows: list[list] = []

    def col(self, header: str, pii: bool, kind: str) -> None:
        self.cols.append((header, pii, kind))

    def add(self, values: list) -> None:
        assert len(values) == len(self.cols), (self.name, len(values), len(self.cols))
        self.rows.append(values)

    def write(self) -> None:
        headers = [c[0] for c in self.cols]
        assert len(set(headers)) == len(headers), self.name
        assert 15 <= len(headers) <= 28 and 200 <= len(self.rows) <= 420, (self.name, len(headers), len(self.rows))
        write_csv(OUT / f"{self.name}.csv", headers, self.rows)
        lines = [f"table: {self.name}", f"description: {yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (OUT / f"{self.name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def maybe(rng: random.Random, p: float, value, empty=""):
    return value if rng.random() < p else empty


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rand_ts(rng: random.Random, a: dt.datetime, b: dt.datetime) -> dt.datetime:
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


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


def ean13(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def iban(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def spaced(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dec_comma(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}".replace(".", ",")


def ascii_fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_of(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("’", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("’", "")
    style = rng.randrange(5)
    if style == 0:
        u = f"{f}.{la}"
    elif style == 1:
        u = f"{f[0]}{la}{rng.randint(1, 99)}"
    elif style == 2:
        u = f"{la}{f}{rng.randint(60, 2005)}"
    elif style == 3:
        u = f"{f}_{la[:4]}"
    else:
        u = f"{f}{rng.randint(1, 999)}"
    return f"{u}@{rng.choice(domains)}"


def rid(rng: random.Random, prefix: str, n: int = 14) -> str:
    return prefix + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


# =============================================================================================
# 1. Samoa: church youth / disaster-relief volunteer roster in Airtable, field-id headers
# =============================================================================================
WS_GIVEN = ["Tavita", "Losaline", "Faleolo", "Sefo", "Mele", "Tuilagi", "Fetū", "Leota", "Sina", "Malia", "Iosefa",
            "Lagi", "Talalelei", "Fa'afetai", "Manaia", "Alofa", "Ioane", "Pesamino", "Sieni", "Tasi", "Mafutaga",
            "Seumanu", "Lupe", "Faleupolu", "Tupe", "Vaifale", "Peleiupu", "Aperaamo", "Lemalu", "Fiaui", "Ta'ita'i",
            "Eseta", "Sāmoa", "Tu'ilaepa", "Vaelua", "Ofisa", "Lealaiauloto", "Tapu", "Loimata", "Fuimaono"]
WS_FAMILY = ["Tuiasosopo", "Fa'amausili", "Leiataua", "Toleafoa", "Aiono", "Tuimavave", "Sapolu", "Lauina",
             "Mulitalo", "Fa'alogo", "Tuala", "Afamasaga", "Masoe", "Vaai", "Leavasa", "Su'a", "Taulealo", "Amituanai",
             "Peseta", "Faleafaga", "Sapatu", "Matagi", "Ulugia", "Tuifa'asisina", "Lemisio", "Pouono", "Stehlin",
             "Schwenke", "Ah Chong", "Meredith", "Fonoti", "Ieremia", "Saleaumua", "Soliai"]
WS_MATAI = ["Tuiasosopo", "Leiataua", "Aiono", "Fuimaono", "Lealaiauloto", "Tofilau", "Seiuli", "Toala", "Afioga"]
WS_VILLAGES = [("Lotofaga", "Atua"), ("Falealupo", "Vaisigano"), ("Saleimoa", "Gaga'emauga"), ("Vaitele", "Tuamasaga"),
               ("Leulumoega", "A'ana"), ("Apia - Vaiala", "Tuamasaga"), ("Faleasi'u", "A'ana"), ("Safotu", "Gaga'emauga"),
               ("Sapapali'i", "Fa'asaleleaga"), ("Salelologa", "Fa'asaleleaga"), ("Poutasi", "Atua"), ("Lalomanu", "Atua"),
               ("Siumu", "Tuamasaga"), ("Manono-uta", "Aiga-i-le-Tai"), ("Satupa'itea", "Satupa'itea"), ("Moata'a", "Tuamasaga")]


def ws_phone(rng: random.Random) -> str:
    n = f"{rng.choice(['72', '75', '76', '77', '84'])}{rng.randint(0, 99999):05d}"
    s = rng.randrange(5)
    if s == 0:
        return f"+685 {n}"
    if s == 1:
        return f"685{n}"
    if s == 2:
        return f"{n[:2]} {n[2:]}"
    if s == 3:
        return f"(0685) {n}"
    return n


def t_airtable_volunteers_ws() -> Table:
    rng = random.Random(70301)
    t = Table("airtable_volunteers_ws",
              "Samoan church youth / cyclone-relief volunteer roster exported from Airtable; English and Samoan values; headers are Airtable field ids (say nothing)")
    spec = [("recordId", False, "record_id"), ("full_name", True, "full_name"), ("matai_title", True, "chiefly_title_name"),
            ("preferred_name", True, "given_name"), ("dob", True, "birth_date"), ("gender", False, "gender"),
            ("mobile", True, "phone"), ("email", True, "email"), ("village", True, "village_of_residence"),
            ("district", False, "political_district"), ("passport", True, "passport_number"),
            ("emergency_name", True, "emergency_contact_name"), ("emergency_phone", True, "phone"),
            ("team", False, "team_enum"), ("skills", False, "category"), ("hours", False, "duration_hours"),
            ("tshirt", False, "size_enum"), ("police_check", False, "boolean"), ("notes", True, "free_text_with_names"),
            ("created", False, "created_at_timestamp"), ("created_by", True, "username"), ("photo", True, "attachment_url_with_name")]
    for _key, p, k in spec:
        t.col(rid(rng, "fld", 14), p, k)
    teams = ["Logistics", "Kitchen / Umukuka", "Tent build", "First aid", "Children's program", "Translation", "Driving"]
    skills = ["cooking", "carpentry", "Samoan-English translation", "nursing", "driving (heavy)", "music", "first aid", "IT"]
    clerks = ["mtoleafoa", "s.aiono", "admin.ekalesia", "vol-coord-apia"]
    for _i in range(264):
        g = rng.choice(WS_GIVEN)
        g2 = maybe(rng, 0.35, rng.choice(WS_GIVEN))
        fam = rng.choice(WS_FAMILY)
        full = f"{g} {g2 + ' ' if g2 else ''}{fam}"
        if rng.random() < 0.1:
            full = full.upper()
        matai = maybe(rng, 0.22, rng.choice(WS_MATAI) + " " + g)
        vil, dist = rng.choice(WS_VILLAGES)
        dob = rand_date(rng, D(1952, 1, 1), D(2008, 12, 31))
        dob_s = dob.strftime(rng.choice(["%Y-%m-%d", "%d/%m/%Y", "%-d/%-m/%Y"]))
        eg = rng.choice(WS_GIVEN) + " " + rng.choice(WS_FAMILY)
        note = rng.choice(["", "", "", f"Lives with aunt {rng.choice(WS_GIVEN)} {fam}", "Allergic to shellfish",
                           f"Pick up from {vil} with {rng.choice(WS_GIVEN)}", "Can drive church van",
                           f"Sister of {rng.choice(WS_GIVEN)} {fam} (Kitchen)", "Only Saturdays"])
        created = rand_ts(rng, T(2023, 1, 10), T(2025, 3, 1))
        fn = ascii_fold(g).replace("'", "")
        t.add([rid(rng, "rec", 14), full, matai, maybe(rng, 0.4, g.split("'")[0][:4]), dob_s,
               rng.choice(["Female", "Male", "F", "M", ""]), maybe(rng, 0.93, ws_phone(rng)),
               maybe(rng, 0.6, email_of(rng, g, fam, ["gmail.com", "yahoo.com", "lesamoa.net", "outlook.com", "hotmail.co.nz"])),
               vil, dist, maybe(rng, 0.45, f"{rng.choice(['P', 'PA'])}{rng.randint(100000, 999999)}"), eg, ws_phone(rng),
               rng.choice(teams), ", ".join(sorted(rng.sample(skills, rng.randint(1, 3)))),
               maybe(rng, 0.9, str(rng.randint(0, 320) / 2).rstrip("0").rstrip(".")), rng.choice(["S", "M", "L", "XL", "2XL", "3XL"]),
               rng.choice(["checked", ""]), note, created.strftime("%Y-%m-%dT%H:%M:%S.000Z"), rng.choice(clerks),
               maybe(rng, 0.5, f"{fn}_{ascii_fold(fam).replace(chr(39), '')}_id.jpg (https://dl.airtable.com/.attachments/{rng.getrandbits(64):016x}/{rng.getrandbits(32):08x}/{fn}_{ascii_fold(fam).replace(chr(39), '')}_id.jpg)")])
    return t


# =============================================================================================
# 2. Bhutan: mobile-banking KYC from a BigQuery query with unnamed expressions (f0_..)
# =============================================================================================
BT_NAMES = [("Tshering", "Wangmo", "ཚེ་རིང་དབང་མོ།"), ("Sonam", "Dorji", "བསོད་ནམས་རྡོ་རྗེ།"), ("Karma", "Yangzom", "ཀརྨ་དབྱངས་འཛོམས།"),
            ("Dechen", "Pelden", "བདེ་ཆེན་དཔལ་ལྡན།"), ("Ugyen", "Tenzin", "ཨོ་རྒྱན་བསྟན་འཛིན།"), ("Pema", "Choden", "པདྨ་ཆོས་སྒྲོན།"),
            ("Kinley", "Dem", "ཀུན་ལེགས་སྒྲོན།"), ("Jigme", "Namgyel", "འཇིགས་མེད་རྣམ་རྒྱལ།"), ("Yeshey", "Lhamo", "ཡེ་ཤེས་ལྷ་མོ།"),
            ("Sangay", "Tashi", "སངས་རྒྱས་བཀྲ་ཤིས།"), ("Phub", "Gyeltshen", "ཕུབ་རྒྱལ་མཚན།"), ("Nidup", "Zangmo", "དངོས་གྲུབ་བཟང་མོ།"),
            ("Rinchen", "Wangdi", "རིན་ཆེན་དབང་འདུས།"), ("Dawa", "Penjor", "ཟླ་བ་དཔལ་འབྱོར།"), ("Chimi", "Dema", "འཆི་མེད་སྒྲོལ་མ།"),
            ("Tandin", "Bidha", ""), ("Kezang", "Choki", ""), ("Thinley", "Norbu", ""), ("Yangchen", "Lham", ""), ("Ap", "Dophu", "")]
BT_LHOTSHAMPA = ["Bishnu Maya Gurung", "Dil Kumar Rai", "Chandra Bdr. Chhetri", "Ganga Ram Sharma", "Santa Maya Tamang",
                 "Hem Lal Ghalley", "Til Kumari Subba", "Purna Bahadur Limbu", "Man Maya Mongar", "Dhan Kumar Biswa"]
BT_SHARCHOP = ["Jamtsho", "Sherab Jamtsho", "Tshewang Rinzin", "Ngawang Lhendup", "Dorji Tshomo", "Kuenzang Lhadon", "Minjur Dorji"]
BT_PLACES = [("Thimphu", "Chang", "Babesa"), ("Paro", "Lungnyi", "Bonday"), ("Punakha", "Toewang", "Tshochasa"),
             ("Trashigang", "Kanglung", "Yonphula"), ("Samtse", "Tashicholing", "Sipsu"), ("Bumthang", "Chhoekhor", "Jakar"),
             ("Sarpang", "Gelephu", "Jigmeling"), ("Mongar", "Drametse", "Baging"), ("Haa", "Katsho", "Dumcho"),
             ("Lhuentse", "Kurtoe", "Dungkar"), ("Zhemgang", "Bardo", "Langdurbi"), ("Trongsa", "Nubi", "Tangsibji")]


def t_bq_f0_kyc_bt() -> Table:
    rng = random.Random(70302)
    t = Table("bq_f0_kyc_bt",
              "Bhutanese bank mobile-banking KYC and account extract from BigQuery (unnamed expressions); names in Latin and Dzongkha script, Lhotshampa and Sharchop names; headers f0_..f22_ (say nothing)")
    spec = [(False, "customer_id"), (True, "full_name"), (True, "full_name_native_script"), (True, "national_id_bt_cid"),
            (True, "birth_date"), (False, "gender"), (True, "phone"), (True, "email"), (False, "district_dzongkhag"),
            (True, "gewog_of_residence"), (True, "village_of_residence"), (True, "household_registry_thram_number"),
            (True, "house_number"), (True, "bank_account_number"), (False, "account_type"), (False, "account_balance"),
            (False, "amount"), (True, "mpin_hash"), (True, "device_id"), (True, "ipv4"), (False, "created_at_timestamp"),
            (False, "status"), (True, "parent_name")]
    for i, (p, k) in enumerate(spec):
        t.col(f"f{i}_", p, k)
    for i in range(318):
        r = rng.random()
        if r < 0.6:
            g, s, dz = rng.choice(BT_NAMES)
            name = f"{g} {s}"
            native = maybe(rng, 0.75, dz)
        elif r < 0.82:
            name, native = rng.choice(BT_LHOTSHAMPA), ""
        else:
            name, native = rng.choice(BT_SHARCHOP), ""
        if rng.random() < 0.15:
            name = name.upper()
        dzong, gewog, vil = rng.choice(BT_PLACES)
        cid = f"1{rng.randint(0, 1)}{rng.randint(0, 999999999):09d}"
        dob = rand_date(rng, D(1945, 1, 1), D(2006, 12, 31))
        ph = f"{rng.choice(['17', '77'])}{rng.randint(0, 999999):06d}"
        ph = rng.choice([ph, f"+975 {ph}", f"975{ph}", f"{ph[:2]}-{ph[2:5]}-{ph[5:]}"])
        acct = f"{rng.choice(['1', '2'])}{rng.randint(0, 99999999):08d}"
        if rng.random() < 0.12:
            acct = f"{int(acct) / 10 ** 8:.5f}E+08"
        g0 = name.split()[0].capitalize()
        parent = rng.choice(BT_NAMES)
        t.add([100000 + i * 3 + rng.randint(0, 2), name, native, cid, dob.isoformat(), rng.choice(["MALE", "FEMALE"]), ph,
               maybe(rng, 0.45, email_of(rng, g0, name.split()[-1].capitalize(), ["gmail.com", "druknet.bt", "yahoo.com", "gov.bt"])),
               dzong, gewog, vil, f"{rng.choice(['', 'T-'])}{rng.randint(1, 999)}", maybe(rng, 0.6, f"{rng.randint(1, 80)}-{rng.choice('ABCD')}"),
               acct, rng.choice(["SAVINGS", "CURRENT", "RD"]), f"{rng.uniform(0, 450000):.2f}", f"{rng.uniform(0, 60000):.2f}",
               f"{rng.getrandbits(256):064x}", f"{rng.getrandbits(64):016x}", f"{rng.choice([103, 202, 119])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
               rand_ts(rng, T(2019, 1, 1), T(2025, 6, 1)).strftime("%Y-%m-%d %H:%M:%S UTC"), rng.choice(["ACTIVE", "DORMANT", "BLOCKED"]),
               maybe(rng, 0.7, f"{parent[0]} {parent[1]}")])
    return t


# =============================================================================================
# 3. Mozambique: pay-as-you-go solar home systems, duplicated headers mangled by pandas
# =============================================================================================
MZ_GIVEN = ["Ercília", "Anchieta", "Felizarda", "Zacarias", "Momade", "Atija", "Rosalina", "Tomásia", "Lourenço", "Assane",
            "Celeste", "Januário", "Fátima", "Ossufo", "Benvinda", "Crimildo", "Esperança", "Arlindo", "Nhamussua", "Chiquinho"]
MZ_SUR = ["Macuácua", "Nhantumbo", "Chissano", "Muianga", "Cossa", "Mussa", "Namashulua", "Tembe", "Sitoe", "Mondlane",
          "Machava", "Bulande", "Ussene", "Mucavele", "Chaúque", "Nhaca", "Sumbane", "Ngovene", "Amisse", "Cuamba", "Mabunda"]
MZ_PLACES = [("Nampula", "Muahivire"), ("Nampula", "Namicopo"), ("Zambézia", "Mocuba - Bairro 1º de Maio"),
             ("Sofala", "Nhamatanda-sede"), ("Gaza", "Chókwè - Bairro 3"), ("Cabo Delgado", "Metuge - Nangua"),
             ("Tete", "Moatize - Chipanga"), ("Inhambane", "Maxixe - Chambone 4"), ("Manica", "Sussundenga - Rotanda")]


def t_campo_payg_solar_mz() -> Table:
    rng = random.Random(70303)
    t = Table("campo_payg_solar_mz",
              "Mozambican pay-as-you-go solar home-system accounts (IoT + mobile-money); Portuguese values; every header was `campo`, mangled by pandas to campo, campo.1.. (say nothing)")
    spec = [(False, "account_id"), (True, "full_name"), (True, "national_id_mz_bi"), (True, "tax_id_mz_nuit"), (True, "phone"),
            (True, "mobile_money_number"), (False, "province"), (True, "neighbourhood_of_residence"), (True, "geo_latitude"),
            (True, "geo_longitude"), (True, "device_serial_household"), (False, "product_code"), (False, "amount"),
            (False, "amount"), (False, "account_balance"), (False, "energy_kwh"), (False, "battery_percentage"),
            (False, "timestamp"), (False, "agent_code"), (True, "free_text_with_names"), (True, "birth_date"), (False, "status")]
    for i, (p, k) in enumerate(spec):
        t.col("campo" if i == 0 else f"campo.{i}", p, k)
    for i in range(296):
        g, s = rng.choice(MZ_GIVEN), rng.choice(MZ_SUR)
        name = f"{g} {rng.choice(MZ_SUR) + ' ' if rng.random() < 0.4 else ''}{s}"
        if rng.random() < 0.2:
            name = name.upper()
        prov, bairro = rng.choice(MZ_PLACES)
        bi = f"{rng.randint(1, 11):02d}{rng.randint(0, 9999999999):010d}{rng.choice('ABCDFMNPQS')}"
        if rng.random() < 0.3:
            bi = bi.lstrip("0")
        ph = f"8{rng.choice('2345467')}{rng.randint(0, 9999999):07d}"
        phs = rng.choice([ph, f"+258 {ph[:2]} {ph[2:5]} {ph[5:]}", f"258{ph}", f"{ph[:2]}-{ph[2:]}"])
        lat = -rng.uniform(11.0, 25.5)
        lon = rng.uniform(32.5, 40.5)
        note = rng.choice(["", "", "", f"Painel instalado em casa do cunhado {rng.choice(MZ_GIVEN)} {s}", "Cliente pede prorrogação",
                           f"Contactar vizinha {rng.choice(MZ_GIVEN)} se não atender", "Bateria trocada", "Kit roubado, ver BO esquadra"])
        t.add([f"SHS-{i * 7 + 10031:06d}", name, bi, maybe(rng, 0.5, f"1{rng.randint(0, 99999999):08d}"), phs,
               rng.choice([ph, "", f"+258{ph}"]), prov, bairro, dec_comma(lat, 5), dec_comma(lon, 5),
               f"SN{rng.choice(['SK', 'BX'])}{rng.randint(10000000, 99999999)}", rng.choice(["KIT-S10", "KIT-M40-TV", "KIT-L80-RAD", "LAMP-3"]),
               dec_comma(rng.choice([25, 50, 100, 150, 300, 500]) * 1.0), dec_comma(rng.uniform(0, 250)),
               dec_comma(rng.uniform(-3000, 9000)), dec_comma(rng.uniform(0, 180), 3), rng.randint(5, 100),
               rand_ts(rng, T(2024, 1, 1), T(2025, 5, 31)).strftime("%d/%m/%Y %H:%M"), f"AG{rng.randint(100, 999)}",
               note, maybe(rng, 0.6, rand_date(rng, D(1950, 1, 1), D(2005, 12, 31)).strftime("%d/%m/%Y")),
               rng.choice(["Activo", "Bloqueado", "Pago total", "Suspenso"])])
    return t


# =============================================================================================
# 4. Tunisia: Odoo sale-order-line export, mostly business data
# =============================================================================================
TN_PEOPLE = [("Mohamed Amine", "Ben Salah", "محمد أمين بن صالح"), ("Ons", "Trabelsi", "أنس الطرابلسي"), ("Yosra", "Jaziri", "يسرى الجزيري"),
             ("Hedi", "Ben Ammar", "الهادي بن عمار"), ("Nour El Houda", "Gharbi", "نور الهدى الغربي"), ("Fethi", "Mabrouk", ""),
             ("Khaoula", "Ayari", "خولة العياري"), ("Slim", "Chebbi", ""), ("Emna", "Ben Youssef", ""), ("Wissem", "Kchaou", ""),
             ("Zeineb", "Haddad", ""), ("Rached", "Bouazizi", ""), ("Aïcha", "Msaddek", ""), ("Jaouhar", "Baccouche", ""),
             ("Malek", "Ferchichi", "مالك الفرشيشي"), ("Rihab", "Jendoubi", ""), ("Chokri", "Ouerghemmi", ""), ("Sarra", "Zouari", "")]
TN_COMPANIES = ["STE EL AMEN DISTRIBUTION SARL", "Pharmacie Ben Arous", "Hôtel Dar Jerba SA", "Clinique Les Oliviers", "SOTUDIS"]
TN_CITIES = [("Tunis", "La Marsa", "2070"), ("Sfax", "Sakiet Ezzit", "3021"), ("Sousse", "Hammam Sousse", "4011"),
             ("Ariana", "Ennasr II", "2037"), ("Nabeul", "Hammamet", "8050"), ("Médenine", "Houmt Souk", "4180"),
             ("Gafsa", "El Ksar", "2111"), ("Bizerte", "Menzel Bourguiba", "7050"), ("Kairouan", "Sbikha", "3110")]
TN_PRODUCTS = [("HUI-OLV-1L", "Huile d'olive extra vierge 1L", 24.5), ("HAR-CAP-380", "Harissa Cap Bon 380g", 3.9),
               ("DAT-DEG-1KG", "Dattes Deglet Nour 1kg", 14.0), ("CHE-FEZ-M", "Chéchia rouge taille M", 45.0),
               ("SAV-ALEP-200", "Savon d'Alep 200g", 8.5), ("THE-VER-250", "Thé vert Gunpowder 250g", 9.75),
               ("POT-NAB-20", "Poterie Nabeul 20cm", 38.0), ("TAP-KAI-S", "Tapis Kairouan petit", 320.0)]


def t_odoo_sale_lines_tn() -> Table:
    rng = random.Random(70304)
    t = Table("odoo_sale_lines_tn",
              "Tunisian e-shop sale order lines exported from Odoo (mostly order/product/business data); French and Arabic values; Odoo export paths as headers")
    for h, p, k in [("id", False, "record_xml_id"), ("order_id/name", False, "order_number"), ("order_id/date_order", False, "order_datetime"),
                    ("order_id/partner_id/name", True, "customer_name_mixed_people_companies"), ("order_id/partner_id/x_studio_cin", True, "national_id_tn_cin"),
                    ("order_id/partner_id/mobile", True, "phone"), ("order_id/partner_id/email", True, "email"),
                    ("order_id/partner_shipping_id/street", True, "street_address"), ("order_id/partner_shipping_id/city", True, "city"),
                    ("order_id/partner_shipping_id/zip", True, "postal_code"), ("order_id/partner_shipping_id/state_id", False, "governorate"),
                    ("order_id/user_id/login", True, "username"), ("order_id/team_id", False, "sales_team"),
                    ("product_id/default_code", False, "sku"), ("product_id/barcode", False, "ean"), ("name", False, "product_name"),
                    ("product_uom_qty", False, "quantity"), ("price_unit", False, "unit_price"), ("discount", False, "percentage"),
                    ("tax_id", False, "tax_code"), ("price_subtotal", False, "amount"), ("currency_id", False, "currency_code"),
                    ("order_id/warehouse_id", False, "warehouse"), ("order_id/carrier_id", False, "carrier"), ("state", False, "status")]:
        t.col(h, p, k)
    users = ["hela.b@souk-tn.com", "k.maaloul", "admin", "sami.ecom"]
    so = 4100
    i = 0
    while len(t.rows) < 402:
        so += rng.randint(1, 4)
        gov, city, zp = rng.choice(TN_CITIES)
        if rng.random() < 0.12:
            name, cin, mob, mail = rng.choice(TN_COMPANIES), "", f"+216 7{rng.randint(1000000, 9999999)}", f"achats@{rng.choice(['elamen', 'darjerba', 'sotudis'])}.com.tn"
        else:
            g, s, ar = rng.choice(TN_PEOPLE)
            name = ar if ar and rng.random() < 0.3 else f"{g} {s}"
            cin = f"{rng.randint(0, 19999999):08d}"
            if rng.random() < 0.2:
                cin = cin.lstrip("0")
            m = f"{rng.choice(['2', '5', '9', '4'])}{rng.randint(0, 9999999):07d}"
            mob = rng.choice([m, f"+216 {m[:2]} {m[2:5]} {m[5:]}", f"00216{m}", f"{m[:2]}.{m[2:5]}.{m[5:]}"])
            mail = maybe(rng, 0.8, email_of(rng, g, s, ["gmail.com", "yahoo.fr", "topnet.tn", "planet.tn", "hotmail.com"]))
        street = rng.choice([f"{rng.randint(1, 120)} Rue {rng.choice(['Ibn Khaldoun', 'de Marseille', 'Habib Thameur', 'El Jazira', 'Farhat Hached'])}",
                             f"Résidence {rng.choice(['Les Jasmins', 'El Manar', 'Yasmine'])} Bloc {rng.choice('ABC')} App {rng.randint(1, 40)}",
                             f"Cité {rng.choice(['Ennour', 'El Khadra', 'Ettahrir'])} {rng.randint(1, 300)}"])
        d = rand_ts(rng, T(2024, 2, 1), T(2025, 5, 31))
        user = rng.choice(users)
        state = rng.choice(["sale", "sale", "done", "cancel", "draft"])
        wh = rng.choice(["WH-Tunis", "WH-Sfax"])
        car = rng.choice(["Aramex TN", "Rapid-Poste", "Livraison interne", "First Delivery"])
        for _ in range(rng.randint(1, 3)):
            if len(t.rows) >= 402:
                break
            code, pname, pu = rng.choice(TN_PRODUCTS)
            qty = rng.randint(1, 6)
            disc = rng.choice([0, 0, 5, 10])
            sub = qty * pu * (1 - disc / 100)
            i += 1
            t.add([f"__export__.sale_order_line_{9000 + i}_{rng.getrandbits(24):06x}", f"S{so:05d}", d.strftime("%Y-%m-%d %H:%M:%S"), name, cin, mob, mail,
                   street, city, zp, f"{gov} (TN)", user, "Website", code, ean13("619" + f"{TN_PRODUCTS.index((code, pname, pu)) * 7919 + 120345:09d}"), pname,
                   f"{qty:.3f}", f"{pu:.3f}", f"{disc:.2f}", "TVA 19%", f"{sub:.3f}", "TND", wh, car, state])
    return t


# =============================================================================================
# 5. Jamaica: motor-insurance claims, Tableau crosstab export headers
# =============================================================================================
JM_GIVEN = ["Delroy", "Tashana", "Kemar", "Shericka", "Oneil", "Nordia", "Dwayne", "Kerry-Ann", "Odane", "Latoya", "Rushane",
            "Shanique", "Garfield", "Yanique", "Cleon", "Monique", "Fitzroy", "Sashagaye", "Devon", "Annakay", "Lascelles", "Ackeem"]
JM_SUR = ["Brown", "Campbell", "Williams", "McKenzie", "Thompson", "Grant", "Gayle", "Fong-Yee", "Chin", "Mahfood", "Issa",
          "Ramdass", "Lindo", "Henriques", "Samuda", "Powell", "Bogle", "Whyte", "Nembhard", "Facey", "Wong Sam", "Hew"]
JM_PARISH = [("Kingston", "Kingston 10"), ("St. Andrew", "Half Way Tree"), ("St. Catherine", "Portmore"), ("St. Catherine", "Spanish Town"),
             ("St. James", "Montego Bay"), ("Manchester", "Mandeville"), ("Clarendon", "May Pen"), ("St. Ann", "Ocho Rios"),
             ("Westmoreland", "Savanna-la-Mar"), ("Portland", "Port Antonio"), ("St. Elizabeth", "Black River"), ("Trelawny", "Falmouth")]
JM_CARS = [("Toyota", "Axio"), ("Honda", "Fit"), ("Nissan", "AD Wagon"), ("Toyota", "Voxy"), ("Suzuki", "Swift"), ("Mitsubishi", "Lancer"), ("Toyota", "Hiace")]


def jm_phone(rng: random.Random) -> str:
    a = rng.choice(["876", "658"])
    n = f"{rng.choice(['3', '4', '5', '8', '9'])}{rng.randint(0, 999999):06d}"
    s = rng.randrange(5)
    return [f"({a}) {n[:3]}-{n[3:]}", f"1-{a}-{n[:3]}-{n[3:]}", f"{a}{n}", f"{n[:3]}-{n[3:]}", f"+1 {a} {n}"][s]


def t_tableau_motor_claims_jm() -> Table:
    rng = random.Random(70305)
    t = Table("tableau_motor_claims_jm",
              "Jamaican motor-insurance claims crosstab downloaded from Tableau Server; English values; Tableau aggregation headers (ATTR(..), SUM(..), MIN(..), YEAR(..))")
    for h, p, k in [("Claim No", False, "claim_number"), ("ATTR(Policy No)", False, "policy_number"), ("ATTR(Insured Name)", True, "full_name"),
                    ("ATTR(TRN)", True, "tax_id_jm_trn"), ("MIN(Insured DOB)", True, "birth_date"), ("ATTR(Insured Phone)", True, "phone"),
                    ("ATTR(Insured Email)", True, "email"), ("ATTR(Mailing Address)", True, "street_address"), ("ATTR(Town)", True, "city"),
                    ("Parish", False, "parish"), ("ATTR(Reg Plate)", True, "license_plate"), ("ATTR(Chassis No)", True, "vin"),
                    ("ATTR(Make Model)", False, "vehicle_model"), ("YEAR(Policy Start)", False, "year"), ("MIN(Loss Date)", False, "event_date"),
                    ("ATTR(Loss Location)", False, "loss_location_road"), ("ATTR(Third Party Name)", True, "full_name"),
                    ("ATTR(Adjuster)", True, "employee_full_name"), ("SUM(Reserve JMD)", False, "amount"), ("SUM(Paid JMD)", False, "amount"),
                    ("AGG(Excess %)", False, "percentage"), ("ATTR(Premium Card)", True, "credit_card_number"),
                    ("ATTR(Status)", False, "status"), ("CNT(Claim Lines)", False, "count")]:
        t.col(h, p, k)
    adjusters = ["Marcia Ebanks", "Peter-Jon Reid", "Sanjay Persaud", "Claudette Morrison"]
    roads = ["Mandela Highway", "Spanish Town Rd", "Hope Rd", "Washington Blvd", "Hwy 2000 toll plaza", "Barnett St", "Main St, Ocho Rios", "Constant Spring Rd"]
    for i in range(344):
        g, s = rng.choice(JM_GIVEN), rng.choice(JM_SUR)
        name = rng.choice([f"{g} {s}", f"{s.upper()}, {g.upper()}", f"{g} {rng.choice(JM_GIVEN)[0]}. {s}"])
        parish, town = rng.choice(JM_PARISH)
        trn = f"{rng.choice('10')}{rng.randint(0, 99999999):08d}"
        trn = rng.choice([trn, f"{trn[:3]}-{trn[3:6]}-{trn[6:]}", trn.lstrip("0")])
        make, model = rng.choice(JM_CARS)
        plate = rng.choice([f"{rng.randint(1000, 9999)} {rng.choice(['HW', 'GB', 'JK', 'FQ', 'PB', 'KE'])}", f"PP {rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}{rng.choice(['HW', 'JN'])}"])
        vin = f"{rng.choice(['NZE', 'GK3', 'KCH', 'ZC8'])}{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
        pan = luhn_complete(rng.choice(["4", "5"]) + "".join(str(rng.randint(0, 9)) for _ in range(14)))
        r = rng.random()
        pan = "" if r < 0.35 else (f"{int(pan) / 10 ** 15:.5f}E+15" if r < 0.5 else pan)
        start = rand_date(rng, D(2019, 1, 1), D(2024, 12, 31))
        loss = start + dt.timedelta(days=rng.randint(5, 360))
        reserve = rng.uniform(40000, 2500000)
        street = rng.choice([f"Lot {rng.randint(1, 900)} {rng.choice(['Greater Portmore', 'Independence City', 'Ensom City'])}",
                             f"{rng.randint(1, 99)} {rng.choice(['Hope Rd', 'Red Hills Rd', 'Barbican Rd', 'Queens Dr'])}",
                             f"PO Box {rng.randint(10, 999)}", f"{rng.choice(['Apt', 'Unit'])} {rng.randint(1, 30)}, {rng.choice(['Seaview Gardens', 'Norbrook Mews', 'Westgate Hills'])}"])
        t.add([f"MC-{start.year}-{10000 + i * 13 + rng.randint(0, 12)}", f"PV{rng.randint(1000000, 9999999)}", name, trn,
               rand_date(rng, D(1950, 1, 1), D(2004, 12, 31)).strftime("%m/%d/%Y"), jm_phone(rng),
               maybe(rng, 0.7, email_of(rng, g, s, ["gmail.com", "yahoo.com", "hotmail.com", "flowja.com", "cwjamaica.com"])),
               street, town, parish, plate, vin, f"{make} {model}", start.year, loss.strftime("%m/%d/%Y"), rng.choice(roads),
               maybe(rng, 0.5, f"{rng.choice(JM_GIVEN)} {rng.choice(JM_SUR)}"), rng.choice(adjusters), f"{reserve:,.2f}",
               f"{reserve * rng.uniform(0, 1):,.2f}", f"{rng.choice([5, 10, 15])}.0%", pan,
               rng.choice(["Open", "Closed - Paid", "Declined", "Subrogation", "Open - Investigation"]), rng.randint(1, 7)])
    return t


# =============================================================================================
# 6. Uruguay: reefer-truck cold-chain telemetry from InfluxDB (Flux CSV), mostly IoT data
# =============================================================================================
UY_DRIVERS = [("Washington", "Pereyra Olivera"), ("Nelson", "Techera"), ("Walter", "Cabrera Ferreira"), ("Ruben Darío", "Silvera"),
              ("Sergio", "Bentancor"), ("Yamandú", "Rodríguez"), ("Wilson", "Acosta y Lara"), ("Gonzalo", "Pintos"),
              ("Maximiliano", "De los Santos"), ("Jhonatan", "Sosa Píriz"), ("Eber", "Correa"), ("Ignacio", "Lemes"),
              ("Marcelo", "Núñez"), ("Julio César", "Mesa"), ("Andrés", "Bonomi"), ("Álvaro", "Giménez"),
              ("Sabrina", "Olivera"), ("Heber", "Cardozo"), ("Wáshington", "Machín")]


def uy_ci(rng: random.Random) -> str:
    body = f"{rng.randint(1000000, 6999999):07d}"
    s = sum(int(d) * w for d, w in zip(body, [2, 9, 8, 7, 6, 3, 4], strict=True))
    chk = (10 - s % 10) % 10
    st = rng.randrange(4)
    if st == 0:
        return f"{body[0]}.{body[1:4]}.{body[4:]}-{chk}"
    if st == 1:
        return f"{body}{chk}"
    if st == 2:
        return f"{body}-{chk}"
    return f"{body[0]}.{body[1:4]}.{body[4:]}{chk}"


def t_influx_reefer_uy() -> Table:
    rng = random.Random(70306)
    t = Table("influx_reefer_uy",
              "Uruguayan cold-chain reefer-truck telemetry exported from InfluxDB (Flux CSV, pivoted): mostly sensor/fleet data, with the driver's name, cédula and phone and the delivery receiver; Spanish values")
    for h, p, k in [("result", False, "constant"), ("table", False, "record_id"), ("_start", False, "timestamp"), ("_stop", False, "timestamp"),
                    ("_time", False, "timestamp"), ("_measurement", False, "category"), ("truck", False, "company_vehicle_plate"),
                    ("gateway", False, "device_serial_company"), ("route", False, "route_code"), ("driver", True, "employee_full_name"),
                    ("driver_ci", True, "national_id_uy_ci"), ("driver_cel", True, "phone"), ("temp_z1", False, "temperature"),
                    ("temp_z2", False, "temperature"), ("setpoint", False, "temperature"), ("door_open", False, "boolean"),
                    ("humidity", False, "percentage"), ("fuel_pct", False, "percentage"), ("lat", False, "company_vehicle_latitude"),
                    ("lon", False, "company_vehicle_longitude"), ("speed_kmh", False, "speed"), ("alarm", False, "alarm_code"),
                    ("pod_receiver", True, "full_name"), ("pod_store", False, "store_name")]:
        t.col(h, p, k)
    trucks = [(f"S{rng.choice('ABCDT')}{rng.choice('ABCDEFGHJ')} {rng.randint(1000, 9999)}", f"GW-{rng.getrandbits(24):06X}") for _ in range(9)]
    drivers = [(f"{g} {s}", uy_ci(rng), rng.choice([f"09{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}", f"+598 9{rng.randint(1000000, 9999999)}", f"9{rng.randint(1000000, 9999999)}"])) for g, s in UY_DRIVERS]
    stores = ["Tienda Inglesa Carrasco", "Disco Pocitos", "Devoto Punta Carretas", "Ta-Ta Paysandú", "El Dorado Tacuarembó", "Macromercado Colón", "Farmashop 18 de Julio"]
    start = T(2025, 3, 3, 0, 0, 0)
    for i in range(400):
        tr, gw = trucks[i % 9]
        dn, dci, dcel = drivers[(i // 3 + i % 9) % len(drivers)]
        ts = start + dt.timedelta(minutes=i * 7 + rng.randint(0, 5))
        sp = rng.choice([-18.0, 2.0, 4.0])
        z1 = sp + rng.gauss(0, 1.2)
        alarm = rng.choice(["", "", "", "", "DOOR_OPEN_LONG", "TEMP_HIGH", "GPS_LOST", "LOW_FUEL"])
        pod = rng.random() < 0.18
        t.add(["_result", i // 40, "2025-03-03T00:00:00Z", "2025-03-06T00:00:00Z", ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
               "reefer", tr, gw, rng.choice(["MVD-NORTE-1", "MVD-ESTE-2", "PAY-01", "TBO-03"]), dn if rng.random() < 0.95 else dn.upper(),
               dci, dcel, f"{z1:.2f}", f"{z1 + rng.gauss(0, 0.6):.2f}", f"{sp:.1f}", rng.choice(["false"] * 6 + ["true"]),
               f"{rng.uniform(55, 95):.1f}", f"{rng.uniform(8, 100):.1f}", f"{-rng.uniform(30.9, 34.9):.6f}", f"{-rng.uniform(53.5, 58.3):.6f}",
               f"{rng.choice([0, 0, rng.uniform(10, 95)]):.1f}", alarm,
               f"{rng.choice(UY_DRIVERS[::-1])[0].split()[0]} {rng.choice(['Fagúndez', 'Ibarburu', 'Arocena', 'Lussich', 'Zeballos', 'Urruty'])}" if pod else "",
               rng.choice(stores) if pod else ""])
    return t


# =============================================================================================
# 7. Senegal: social-registry household survey (RNU) exported from Stata with variable labels as headers
# =============================================================================================
SN_F = ["Ndèye Fatou", "Mame Diarra", "Aïssatou", "Khady", "Coumba", "Sokhna", "Yacine", "Bineta", "Adja Awa", "Ngoné",
        "Fatimata", "Oumou Kalsoum", "Seynabou", "Mbène", "Diariétou"]
SN_M = ["Mamadou Lamine", "Serigne Saliou", "Cheikh Tidiane", "Ousmane", "Babacar", "Modou", "Abdoulaye", "El Hadji Malick",
        "Pape Samba", "Ibrahima", "Malang", "Souleymane", "Boubacar", "Assane", "Lat Dior", "Sidy", "Mactar"]
SN_SUR = ["Diop", "Ndiaye", "Fall", "Sarr", "Faye", "Diouf", "Sène", "Thiaw", "Mbaye", "Gueye", "Bâ", "Sow", "Diallo", "Kane",
          "Baldé", "Diatta", "Sagna", "Badji", "Manga", "Coly", "Tendeng", "Ndour", "Dieng", "Wade", "Seck", "Cissokho", "Mendy"]
SN_PLACES = [("Kolda", "Vélingara", "Kounkané", "Sare Yoba"), ("Ziguinchor", "Bignona", "Tenghory", "Diatock"),
             ("Louga", "Linguère", "Dahra", "Quartier Escale"), ("Thiès", "Mbour", "Joal-Fadiouth", "Ngazobil"),
             ("Matam", "Kanel", "Orkadiéré", "Dembancané"), ("Kaffrine", "Koungheul", "Ida Mouride", "Keur Serigne"),
             ("Fatick", "Foundiougne", "Djirnda", "Bassoul"), ("Kédougou", "Salémata", "Dar Salam", "Ethiolo"),
             ("Dakar", "Pikine", "Thiaroye sur Mer", "Quartier Darou Salam 2"), ("Saint-Louis", "Podor", "Guédé Village", "Diatar")]


def sn_name(rng: random.Random, female: bool | None = None) -> tuple[str, str]:
    if female is None:
        female = rng.random() < 0.5
    return rng.choice(SN_F if female else SN_M), rng.choice(SN_SUR)


def sn_phone(rng: random.Random) -> str:
    n = f"7{rng.choice('05678')}{rng.randint(0, 9999999):07d}"
    return rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+221{n}", f"00221 {n}", f"{n[:2]}-{n[2:5]}-{n[5:]}"])


def t_stata_rnu_menages_sn() -> Table:
    rng = random.Random(70307)
    t = Table("stata_rnu_menages_sn",
              "Senegalese unified social registry (RNU) household questionnaire exported from Stata with variable labels as headers; French labels, Wolof/Serer/Pulaar/Diola/Mandinka names")
    for h, p, k in [("Identifiant unique du ménage", False, "household_id"), ("Région", False, "region"), ("Département", False, "department"),
                    ("Commune", True, "commune_of_residence"), ("Village / quartier de résidence", True, "village_of_residence"),
                    ("Prénom(s) du chef de ménage", True, "given_name"), ("Nom du chef de ménage", True, "surname"),
                    ("Sexe du CM", False, "gender"), ("Date ou année de naissance du CM", True, "birth_date"), ("Âge du CM (années révolues)", False, "age"),
                    ("N° carte d'identité CEDEAO / NIN", True, "national_id_sn_nin"), ("Téléphone du ménage", True, "phone"),
                    ("Nom de l'épouse ou du conjoint principal", True, "spouse_name"), ("Nombre de membres du ménage", False, "count"),
                    ("Score PMT (proxy means test)", False, "score"), ("Quintile de pauvreté", False, "category"),
                    ("Latitude GPS du ménage", True, "geo_latitude"), ("Longitude GPS du ménage", True, "geo_longitude"),
                    ("Bénéficiaire bourse de sécurité familiale (0/1)", False, "flag_boolean"), ("N° Wave / Orange Money pour paiement", True, "mobile_money_number"),
                    ("Nom de l'enquêteur", True, "employee_full_name"), ("Date de l'entretien", False, "event_date"), ("Observations de l'enquêteur", True, "free_text_with_names")]:
        t.col(h, p, k)
    enq = [f"{g} {s}" for g, s in (sn_name(rng) for _ in range(8))]
    for i in range(362):
        reg, dep, com, vil = rng.choice(SN_PLACES)
        fem = rng.random() < 0.3
        g, s = sn_name(rng, fem)
        if rng.random() < 0.15:
            g, s = g.upper(), s.upper()
        by = rng.randint(1938, 2002)
        dob = rand_date(rng, D(by, 1, 1), D(by, 12, 28))
        r = rng.random()
        dob_s = str(by) if r < 0.25 else (f"vers {by}" if r < 0.32 else dob.strftime("%d/%m/%Y"))
        nin = f"{2 if fem else 1}{rng.randint(0, 999999999999):012d}"
        if rng.random() < 0.1:
            nin = f"{int(nin) / 10 ** 12:.5f}E+12".replace(".", ",")
        sg, _ = sn_name(rng, not fem)
        spouse = maybe(rng, 0.75, f"{sg} {rng.choice(SN_SUR)}")
        lat = rng.uniform(12.4, 16.6)
        lon = -rng.uniform(11.5, 17.4)
        obs = rng.choice(["", "", "", f"CM absent, réponses données par son fils {sn_name(rng, False)[0]}", "Ménage polygame (2 épouses)",
                          f"Voisin {sn_name(rng)[0]} {rng.choice(SN_SUR)} a servi d'interprète en pulaar", "Toit en paille, pas d'électricité",
                          "Refus de donner le numéro de téléphone"])
        t.add([f"SN{ascii_fold(reg)[:3].upper()}{i * 11 + 100003:07d}", reg, dep, com, vil, g, s, "Féminin" if fem else "Masculin", dob_s,
               2025 - by, maybe(rng, 0.85, nin), maybe(rng, 0.88, sn_phone(rng)), spouse, rng.randint(1, 24),
               dec_comma(rng.uniform(18, 72), 3), f"Q{rng.randint(1, 5)}", dec_comma(lat, 6), dec_comma(lon, 6), rng.choice([0, 1]),
               maybe(rng, 0.6, sn_phone(rng)), rng.choice(enq), rand_date(rng, D(2024, 10, 1), D(2025, 2, 28)).strftime("%d%b%Y").lower(), obs])
    return t


# =============================================================================================
# 8. Cyprus: company annual financial statements tagged in XBRL, flattened; mostly business data
# =============================================================================================
CY_PEOPLE = [("Andreas", "Charalambous", "Ανδρέας Χαραλάμπους"), ("Eleni", "Georgiou", "Ελένη Γεωργίου"), ("Panayiotis", "Hadjipetrou", "Παναγιώτης Χατζηπέτρου"),
             ("Stavroula", "Kyriakidou", "Σταυρούλα Κυριακίδου"), ("Christodoulos", "Papaphotis", "Χριστόδουλος Παπαφώτης"),
             ("Mehmet", "Özkaraman", ""), ("Ayşe", "Tahsin", ""), ("Dmitriy", "Voloshin", ""), ("Ekaterina", "Sokolova", ""),
             ("Nicolas", "Ioannou-Demetriou", ""), ("Marios", "Kouloumbis", "Μάριος Κουλουμπής"), ("Loukia", "Pavlidou", ""),
             ("Hovsep", "Kalaydjian", ""), ("Rita", "Sfeir", ""), ("James", "Pittakas", ""), ("Despo", "Mavrommati", "Δέσπω Μαυρομμάτη")]
CY_SECRETARIES = ["Cosec Nominees Ltd", "Fidelitas Secretarial Services Ltd", "Amathus Corporate Services Ltd"]
CY_CITIES = [("Limassol", "3036"), ("Nicosia", "1065"), ("Larnaca", "6023"), ("Paphos", "8046"), ("Strovolos", "2064"), ("Germasogeia", "4044")]
CY_STREETS = ["Arch. Makariou III", "Spyrou Kyprianou", "Gladstonos", "Themistokli Dervi", "Agiou Andreou", "Omonoias", "Griva Digeni"]


def t_xbrl_fs_cy() -> Table:
    rng = random.Random(70308)
    t = Table("xbrl_fs_cy",
              "Cyprus limited companies' annual financial statements (iXBRL facts flattened, one filing per row): mostly financial/business data, with directors and the company secretary; Greek, Latin, Turkish and Russian names")
    for h, p, k in [("dei:EntityRegistrationNumber", False, "company_registration_number"), ("dei:EntityName", False, "company_name"),
                    ("dei:EntityAddressStreet", False, "company_street_address"), ("dei:EntityAddressCity", False, "company_city"),
                    ("dei:EntityAddressPostalCode", False, "company_postal_code"), ("dei:EntityTaxIdentificationNumber", False, "company_tax_id"),
                    ("dei:ReportingPeriodEnd@contextRef", False, "period_end_date"), ("ifrs-full:Revenue", False, "amount"),
                    ("ifrs-full:ProfitLoss", False, "amount"), ("ifrs-full:Assets", False, "amount"), ("ifrs-full:Equity", False, "amount"),
                    ("ifrs-full:AverageNumberOfEmployees", False, "count"), ("ifrs-full:NameOfAuditor", False, "company_name"),
                    ("cy:NameOfDirector[1]", True, "full_name"), ("cy:DirectorIdentityDocument[1]", True, "identity_document_number"),
                    ("cy:DirectorDateOfBirth[1]", True, "birth_date"), ("cy:DirectorNationality[1]", False, "nationality"),
                    ("cy:DirectorResidentialAddress[1]", True, "full_address"), ("cy:NameOfDirector[2]", True, "full_name"),
                    ("cy:NameOfCompanySecretary", True, "name_mixed_people_companies"), ("ifrs-full:KeyManagementPersonnelCompensation", False, "amount"),
                    ("cy:DateOfApprovalOfFinancialStatements", False, "event_date"), ("cy:SignatoryEmail", True, "email"),
                    ("dei:EntityPrimaryContactEmail", False, "functional_mailbox"), ("dei:EntityPhoneNumber", False, "company_phone")]:
        t.col(h, p, k)
    audit = ["KPMG Limited", "PricewaterhouseCoopers Limited", "Grant Thornton (Cyprus) Ltd", "Baker Tilly South East Europe Ltd", "A. Neophytou & Co Audit Ltd"]
    for _i in range(238):
        city, pc = rng.choice(CY_CITIES)
        base = rng.choice(["Aphrodite", "Kition", "Troodos", "Akamas", "Salamis", "Olympus", "Meridian", "Blue Lagoon", "Polis"])
        cname = f"{base} {rng.choice(['Holdings', 'Trading', 'Shipping', 'Investments', 'Estates', 'Software'])} Ltd"
        g, s, gr = rng.choice(CY_PEOPLE)
        dname = gr if gr and rng.random() < 0.3 else rng.choice([f"{g} {s}", f"{s.upper()} {g}"])
        if s in ("Voloshin", "Sokolova"):
            doc, natn = f"7{rng.randint(10000000, 99999999)}", "Russian"
        elif s in ("Sfeir", "Kalaydjian"):
            doc, natn = f"LR{rng.randint(1000000, 9999999)}", rng.choice(["Lebanese", "Cypriot"])
        else:
            doc, natn = f"{rng.randint(100000, 1999999):07d}".lstrip("0") if rng.random() < 0.2 else f"{rng.randint(100000, 1999999):07d}", "Cypriot"
        d2 = rng.choice(CY_PEOPLE)
        sec = rng.choice(CY_SECRETARIES) if rng.random() < 0.6 else f"{d2[0]} {d2[1]}"
        rev = rng.uniform(50000, 40000000)
        ye = D(rng.choice([2022, 2023, 2024]), 12, 31)
        home_city, home_pc = rng.choice(CY_CITIES)
        t.add([f"HE{rng.randint(100000, 459999)}", cname, f"{rng.randint(1, 250)} {rng.choice(CY_STREETS)}, {rng.choice(['Office 201', 'Floor 3', 'Block B'])}",
               city, pc, f"1{rng.randint(1000000, 2999999)}{rng.choice('ABCDEFGHKLMNQRSTXY')}", f"FY{ye.year}_I{ye.isoformat()}",
               f"{rev:.0f}", f"{rev * rng.uniform(-0.2, 0.25):.0f}", f"{rev * rng.uniform(0.5, 4):.0f}", f"{rev * rng.uniform(-0.3, 2):.0f}",
               rng.randint(0, 180), rng.choice(audit), dname, doc, rand_date(rng, D(1948, 1, 1), D(1995, 12, 31)).isoformat(), natn,
               f"{rng.randint(1, 60)} {rng.choice(CY_STREETS)}, {rng.choice(['Apt ', 'Flat '])}{rng.randint(1, 40)}, {home_pc} {home_city}",
               maybe(rng, 0.6, f"{d2[0]} {d2[1]}"), sec, f"{rng.uniform(0, 600000):.0f}",
               (ye + dt.timedelta(days=rng.randint(60, 300))).isoformat(),
               maybe(rng, 0.7, email_of(rng, g, s, [f"{base.lower().replace(' ', '')}.com.cy", "cytanet.com.cy", "gmail.com"])),
               f"{rng.choice(['info', 'accounts', 'office'])}@{base.lower().replace(' ', '')}.com.cy", f"+357 2{rng.randint(2, 6)} {rng.randint(100000, 999999)}"])
    return t


# =============================================================================================
# 9. Greenland: fish-processing plant staff, JSON Pointer (RFC 6901) headers
# =============================================================================================
GL_F = ["Aviaja", "Nivi", "Paninnguaq", "Naja", "Arnaq", "Pipaluk", "Ivalo", "Nukaaka", "Maannguaq", "Ane Sofie", "Kista", "Tupaarnaq", "Najaaraq"]
GL_M = ["Malik", "Inuk", "Aputsiaq", "Hans Enoksen", "Kunuk", "Nukannguaq", "Jens-Frederik", "Minik", "Qillaq", "Angunnguaq", "Ujarneq", "Pavia", "Kaalikki"]
GL_SUR = ["Kleist", "Lynge", "Olsen", "Petersen", "Heilmann", "Kristiansen", "Motzfeldt", "Berthelsen", "Kreutzmann", "Rosing",
          "Fleischer", "Frederiksen", "Nathanielsen", "Egede", "Kuitse", "Zeeb", "Mølgaard", "Thorleifsen", "Inusugtoq", "Qujaukitsoq"]
GL_TOWNS = [("3900", "Nuuk", "Qernertunnguit 12"), ("3911", "Sisimiut", "Aqqaluartaap Aqqusernga 8"), ("3952", "Ilulissat", "Jørgen Sverdrupip Aqq. 3"),
            ("3920", "Qaqortoq", "Anders Olsenip Aqq. 21"), ("3950", "Aasiaat", "Qalorsuaq B-614"), ("3962", "Upernavik", "B-1127"),
            ("3955", "Kangaatsiaq", "B-88"), ("3930", "Narsaq", "Ilaasaq 5, lejl. 2"), ("3961", "Uummannaq", "B-402"), ("3985", "Tasiilaq", "B-207")]


def gl_cpr(rng: random.Random) -> str:
    while True:
        b = rand_date(rng, D(1955, 1, 1), D(2006, 12, 31))
        body = b.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
        s = sum(int(d) * w for d, w in zip(body, [4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
        chk = (11 - s % 11) % 11
        if chk < 10:
            full = body + str(chk)
            return rng.choice([f"{full[:6]}-{full[6:]}", full, f"{full[:6]} {full[6:]}"])


def t_jsonptr_fabrik_gl() -> Table:
    rng = random.Random(70309)
    t = Table("jsonptr_fabrik_gl",
              "Greenlandic fish-processing plant staff list (HR app JSON flattened with JSON Pointer paths); Danish and Kalaallisut values, Greenlandic names")
    for h, p, k in [("/id", True, "employee_id"), ("/person/navn/fornavn", True, "given_name"), ("/person/navn/efternavn", True, "surname"),
                    ("/person/cpr", True, "national_id_dk_cpr"), ("/person/foedselsdato", True, "birth_date"), ("/person/koen", False, "gender"),
                    ("/kontakt/0/vaerdi", True, "phone"), ("/kontakt/1/vaerdi", True, "email"), ("/adresse/vej", True, "street_address"),
                    ("/adresse/postnr", True, "postal_code"), ("/adresse/by", True, "city"), ("/adresse/land", False, "country_code"),
                    ("/ansaettelse/afdeling", False, "department"), ("/ansaettelse/stilling", False, "job_title"),
                    ("/ansaettelse/startdato", False, "hire_date"), ("/loen/timeloen~1DKK", False, "salary"), ("/loen/konto", True, "bank_account_number"),
                    ("/sprog", False, "language_code"), ("/paaroerende/navn", True, "emergency_contact_name"), ("/paaroerende/tlf", True, "phone"),
                    ("/adgang/brik_uid", True, "rfid_badge_uid"), ("/noter", True, "free_text_with_names"), ("/meta/oprettet_af", True, "username")]:
        t.col(h, p, k)
    depts = ["Rejefabrik", "Hellefisk", "Fryselager", "Kvalitet", "Værksted", "Administration"]
    jobs = ["Pakker", "Skærer", "Truckfører", "Maskinmester", "Kvalitetskontrollant", "Sæsonarbejder", "Bogholder"]
    for i in range(226):
        fem = rng.random() < 0.45
        g = rng.choice(GL_F if fem else GL_M)
        s = rng.choice(GL_SUR)
        if rng.random() < 0.25:
            s = f"{rng.choice(GL_SUR)} {s}"
        cpr = gl_cpr(rng)
        dig = cpr.replace("-", "").replace(" ", "")
        yy = int(dig[4:6])
        dob = D(1900 + yy if yy > 25 else 2000 + yy, int(dig[2:4]), int(dig[:2]))
        pc, town, street = rng.choice(GL_TOWNS)
        ph = f"{rng.choice(['2', '4', '5'])}{rng.randint(0, 99999):05d}"
        ph = rng.choice([ph, f"+299 {ph[:2]} {ph[2:4]} {ph[4:]}", f"00299{ph}", f"{ph[:3]} {ph[3:]}"])
        kin = f"{rng.choice(GL_F + GL_M)} {rng.choice(GL_SUR)}"
        note = rng.choice(["", "", "", f"Bor hos svigerforældre ({kin})", "Sæson jun-sep", f"Kører sammen med {rng.choice(GL_M)} {s.split()[-1]}",
                           "Taler kun kalaallisut", "Ikke raskmeldt", f"Angajoqqaava {rng.choice(GL_F)} {rng.choice(GL_SUR)} paarisaa"])
        t.add([f"EMP-{3100 + i * 3}", g, s, cpr, dob.strftime("%d-%m-%Y"), "K" if fem else "M", ph,
               maybe(rng, 0.55, email_of(rng, g, s.split()[-1], ["gmail.com", "greennet.gl", "hotmail.com", "outlook.dk"])),
               street, pc if rng.random() < 0.9 else f"DK-{pc}", town, "GL", rng.choice(depts), rng.choice(jobs),
               rand_date(rng, D(2008, 1, 1), D(2025, 4, 30)).isoformat(), dec_comma(rng.uniform(148, 260)),
               f"6471 {rng.randint(1000000, 9999999):010d}" if rng.random() < 0.8 else spaced(iban("GL", f"6471{rng.randint(1000000, 9999999):010d}")),
               rng.choice(["kl", "da", "kl", "en"]), kin, f"+299 {rng.randint(200000, 599999)}", f"{rng.getrandbits(32):08X}", note,
               rng.choice(["hr.nuuk", "m.lynge", "admin", "n.egede"])])
    return t


# =============================================================================================
# 10. Azerbaijan: Siemens S7 PLC data-block dump of a compressor station, badge log included
# =============================================================================================
AZ_NAMES = [("Elvin", "Məmmədov"), ("Rəşad", "Əliyev"), ("Aytən", "Hüseynova"), ("Nigar", "Quliyeva"), ("Tural", "Həsənli"), ("Orxan", "Cəfərov"),
            ("Ülviyyə", "Nəsirova"), ("Fərid", "Abbasov"), ("Səbinə", "İsmayılova"), ("Kamran", "Talışinski"), ("Zaur", "Lezgiyev"),
            ("Şahin", "Bağırov"), ("Gülnar", "Rüstəmova"), ("Elşən", "Qarayev"), ("Vüqar", "Zeynalov"), ("Ramil", "Ağayev")]


def az_fin(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(rng.choice(chars) for _ in range(7))


def t_s7_compressor_az() -> Table:
    rng = random.Random(70310)
    t = Table("s7_compressor_az",
              "Azerbaijani gas compressor station: Siemens S7 PLC data blocks logged by a historian, mostly process measurements, with the operator panel login and turnstile badge reads; headers are S7 absolute addresses (say nothing)")
    for h, p, k in [("DB1.DBD0", False, "epoch_seconds"), ("DB1.DBW4", False, "sequence_number"), ("DB10.DBD0", False, "pressure"),
                    ("DB10.DBD4", False, "pressure"), ("DB10.DBD8", False, "temperature"), ("DB10.DBD12", False, "flow_rate"),
                    ("DB10.DBD16", False, "rotational_speed"), ("DB10.DBD20", False, "vibration"), ("DB10.DBX24.0", False, "boolean"),
                    ("DB10.DBX24.1", False, "boolean"), ("DB11.DBW0", False, "alarm_code"), ("DB20.DBB0..15", True, "username"),
                    ("DB20.DBB16..47", True, "employee_full_name"), ("DB20.DBB48..55", True, "national_id_az_fin"),
                    ("DB21.DBD0", True, "rfid_badge_uid"), ("DB21.DBB4..35", True, "employee_full_name"), ("DB21.DBW36", False, "gate_id"),
                    ("DB30.DBD0", False, "energy_kwh"), ("DB30.DBD4", False, "percentage"), ("DB40.DBB0..31", True, "free_text_with_names"),
                    ("%IW64", False, "raw_analog_value"), ("%QW80", False, "raw_analog_value")]:
        t.col(h, p, k)
    ops = [(f"{g} {s}", f"{ascii_fold(g[0]).lower()}.{ascii_fold(s).lower().replace('ə', 'e')}", az_fin(rng)) for g, s in AZ_NAMES[:8]]
    badges = [(f"{g} {s}".upper() if rng.random() < 0.4 else f"{s} {g}", f"{rng.getrandbits(32):08X}") for g, s in AZ_NAMES]
    base = 1740787200
    for i in range(410):
        op = ops[(i // 40) % len(ops)]
        read = rng.random() < 0.3
        b = rng.choice(badges)
        alarm = rng.choice([0, 0, 0, 0, 0, 101, 214, 330])
        note = ""
        if alarm and rng.random() < 0.5:
            note = rng.choice([f"Ack by {op[0]}", f"Növbə: {rng.choice(AZ_NAMES)[0]} çağırıldı", "Filter DP high", f"Call {rng.choice(AZ_NAMES)[1]} +994 50 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"])
        login = op[1] if rng.random() < 0.9 else ""
        t.add([base + i * 60 + rng.randint(0, 3), i % 65536, f"{rng.uniform(38, 55):.3f}", f"{rng.uniform(70, 96):.3f}", f"{rng.uniform(35, 88):.2f}",
               f"{rng.uniform(1200, 4100):.1f}", f"{rng.uniform(8900, 11200):.0f}", f"{rng.uniform(0.5, 7.5):.2f}", rng.choice(["TRUE", "TRUE", "FALSE"]),
               rng.choice(["FALSE"] * 5 + ["TRUE"]), alarm, login, op[0] if login and rng.random() < 0.7 else "", op[2] if login else "",
               f"16#{b[1]}" if read else "", b[0] if read else "", rng.choice([1, 2, 3]) if read else "",
               dec_comma(rng.uniform(1000, 99000), 1), f"{rng.uniform(40, 100):.1f}", note, rng.randint(0, 27648), rng.randint(0, 27648)])
    return t


TABLES = [t_airtable_volunteers_ws, t_bq_f0_kyc_bt, t_campo_payg_solar_mz, t_odoo_sale_lines_tn, t_tableau_motor_claims_jm,
          t_influx_reefer_uy, t_stata_rnu_menages_sn, t_xbrl_fs_cy, t_jsonptr_fabrik_gl, t_s7_compressor_az]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in TABLES:
        t = fn()
        t.write()
        print(f"{t.name}: {len(t.rows)} x {len(t.cols)}, pii columns {sum(1 for c in t.cols if c[1])}")


if __name__ == "__main__":
    main()
