# ruff: noqa: E501, B905, B007, UP017
# (a blind-written generator, kept as its author wrote it)
"""Generate blind PII golden tables, session 7d (gen_pii_blind9.py).

Standard library only, imports nothing from the project, fixed seeds (one random.Random per table),
byte-identical output on every run. Writes assets_config/golden_pii/blind/<table>.csv and .labels.yaml.
All values are synthetic and fictitious.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"
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
        self.cols.append((header, pii, kind))

    def write(self) -> None:
        headers = [c[0] for c in self.cols]
        assert len(set(headers)) == len(headers), self.name
        for r in self.rows:
            missing = set(headers) - set(r)
            extra = set(r) - set(headers)
            assert not missing and not extra, (self.name, missing, extra)
        OUT.mkdir(parents=True, exist_ok=True)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(headers)
        for r in self.rows:
            w.writerow([r[h] for h in headers])
        (OUT / f"{self.name}.csv").write_bytes(buf.getvalue().encode("utf-8"))
        lines = [f"table: {self.name}", f"description: {yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (OUT / f"{self.name}.labels.yaml").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def maybe(rng: random.Random, p: float, value, empty=""):
    return value if rng.random() < p else empty


def rdate(rng: random.Random, a: D, b: D) -> D:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rts(rng: random.Random, a: T, b: T) -> T:
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


def luhn_complete(partial: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)


def iban(cc: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    return f"{cc}{chk:02d}{bban}"


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def dec_comma(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------------------------------------
# 1. Rwanda: household social registry in SPSS with default variable names VAR00001..
# ---------------------------------------------------------------------------------------------
RW_GIVEN_M = ["Jean de Dieu", "Emmanuel", "Théoneste", "Innocent", "Jean Bosco", "Faustin", "Célestin", "Anastase", "Gaspard", "Straton", "Evariste", "Olivier", "Fidèle", "Narcisse"]
RW_GIVEN_F = ["Jeanne", "Claudine", "Vestine", "Immaculée", "Donatille", "Speciose", "Goretti", "Consolata", "Josiane", "Béatha", "Epiphanie", "Pascasie", "Drocella"]
RW_SUR = ["Niyonzima", "Mukamana", "Habimana", "Uwimana", "Nyirahabimana", "Twagirayezu", "Munyaneza", "Ingabire", "Uwase", "Hakizimana", "Nshimiyimana", "Mukeshimana", "Nsengiyumva", "Nyiransabimana", "Bizimungu", "Ntirenganya", "Mukandayisenga", "Sebahire", "Nyiramana", "Uwamahoro", "Kanyamibwa", "Semivumbi", "Nzabonimpa", "Mbarushimana", "Ntakirutimana", "Nyirabukara", "Gakwerere", "Rwabukamba", "Sekamana", "Nyirakanyana"]
RW_PLACES = [("Amajyepfo", "Huye", ["Tumba", "Ngoma", "Mbazi", "Rusatira"]), ("Amajyepfo", "Nyamagabe", ["Kitabi", "Gasaka", "Tare"]),
             ("Iburengerazuba", "Rusizi", ["Kamembe", "Nyakabuye", "Bugarama"]), ("Iburengerazuba", "Nyabihu", ["Mukamira", "Jomba"]),
             ("Amajyaruguru", "Musanze", ["Kinigi", "Muhoza", "Cyuve"]), ("Iburasirazuba", "Nyagatare", ["Karangazi", "Rwimiyaga", "Matimba"]),
             ("Umujyi wa Kigali", "Gasabo", ["Remera", "Kimironko", "Jali"]), ("Iburasirazuba", "Kirehe", ["Mahama", "Nyamugali"])]
RW_CELLS = ["Cyarwa", "Matyazo", "Gitwa", "Rango", "Kabuga", "Nyarurama", "Buhoro", "Karama", "Rugarama", "Bukinanyana"]
RW_VILLAGES = ["Agatare", "Amahoro", "Ubumwe", "Kabeza", "Nyabisindu", "Rwinzovu", "Gisenyi", "Karambi", "Isangano", "Murambi", "Kagarama"]


def rw_phone(rng: random.Random) -> str:
    p = rng.choice(["78", "79", "72", "73"]) + f"{rng.randint(0, 9999999):07d}"
    s = rng.randrange(5)
    return ["0" + p, "+250 " + p[:3] + " " + p[3:6] + " " + p[6:], "250" + p, p, "0" + p[:3] + "-" + p[3:6] + "-" + p[6:]][s]


def t_rw() -> Table:
    rng = random.Random(9101)
    t = Table("spss_var_ubudehe_rw", "Rwandan household social-registry (Ubudehe) survey saved from SPSS without variable names: Kinyarwanda names, 16-digit national ID, phones, MoMo, umurenge/akagari/umudugudu, GPS; headers say nothing (VAR00001..)")
    spec = [(False, "household_id"), (True, "full_name"), (True, "national_id_rw"), (False, "gender"), (True, "birth_date"),
            (False, "state_province"), (True, "district_of_residence"), (True, "sector_of_residence"), (True, "cell_of_residence"),
            (True, "village_of_residence"), (True, "phone"), (False, "ubudehe_category"), (False, "count"), (False, "amount"),
            (True, "mobile_money_account"), (True, "spouse_name"), (True, "enumerator_code"), (False, "interview_date"),
            (True, "geo_latitude"), (True, "geo_longitude"), (True, "free_text_with_names"), (False, "roof_material_enum")]
    hs = [f"VAR{i:05d}" for i in range(1, len(spec) + 1)]
    for h, (p, k) in zip(hs, spec):
        t.col(h, p, k)
    for i in range(318):
        female = rng.random() < 0.52
        g = rng.choice(RW_GIVEN_F if female else RW_GIVEN_M)
        s = rng.choice([x for x in RW_SUR if female or not x.startswith(("Nyira", "Muka"))])
        st = rng.randrange(4)
        name = [f"{s} {g}", f"{s.upper()} {g}", f"{g} {s}", s][st]
        dob = rdate(rng, D(1940, 1, 1), D(2004, 12, 31))
        nid = f"1{dob.year}{'7' if female else '8'}{rng.randint(0, 9999999):07d}{rng.randint(0, 1)}{rng.randint(0, 99):02d}"
        nid_out = rng.choice([nid, nid, f"{nid[0]} {nid[1:5]} {nid[5]} {nid[6:13]} {nid[13]} {nid[14:]}"])
        prov, dist, sectors = rng.choice(RW_PLACES)
        sp_f = not female
        spouse = maybe(rng, 0.6, f"{rng.choice(RW_SUR)} {rng.choice(RW_GIVEN_F if sp_f else RW_GIVEN_M)}")
        ph = maybe(rng, 0.85, rw_phone(rng))
        momo = maybe(rng, 0.6, ph if ph and rng.random() < 0.6 else rw_phone(rng))
        note = rng.choice(["", "", "", f"Umugore we ni {spouse or rng.choice(RW_SUR)}", f"Head absent, interviewed {rng.choice(RW_GIVEN_F)} {rng.choice(RW_SUR)} (daughter)",
                           "Inzu yangiritse", "roof repaired 2023", f"Yaje kwa {rng.choice(RW_SUR)} {rng.choice(RW_GIVEN_M)} umuturanyi", "phone shared with neighbour"])
        t.rows.append({hs[0]: 2400000 + i * 13 + rng.randint(0, 12), hs[1]: name, hs[2]: nid_out, hs[3]: 2 if female else 1,
                       hs[4]: rng.choice([dob.strftime("%d/%m/%Y"), dob.strftime("%d/%m/%Y"), str(dob.year), dob.strftime("%d-%b-%Y").upper()]),
                       hs[5]: prov, hs[6]: dist, hs[7]: rng.choice(sectors), hs[8]: rng.choice(RW_CELLS), hs[9]: rng.choice(RW_VILLAGES),
                       hs[10]: ph, hs[11]: rng.choice(["1", "2", "3", "4", "A", "B", "C", "D"]), hs[12]: rng.randint(1, 11),
                       hs[13]: rng.choice([0, 3000, 3000, 7000, 8000]), hs[14]: momo, hs[15]: spouse, hs[16]: f"ENUM-{rng.randint(1, 48):03d}",
                       hs[17]: rdate(rng, D(2024, 2, 1), D(2024, 6, 30)).strftime("%d-%b-%Y"),
                       hs[18]: f"{rng.uniform(-2.75, -1.10):.6f}", hs[19]: f"{rng.uniform(28.90, 30.85):.6f}", hs[20]: note,
                       hs[21]: rng.choice(["Amabati", "Amategura", "Ibyatsi", "Amabati", "Other"])})
    return t


# ---------------------------------------------------------------------------------------------
# 2. Papua New Guinea: mine haul-truck PLC log, Modbus register addresses as headers
# ---------------------------------------------------------------------------------------------
PG_GIVEN = ["Kila", "Mek", "Yawa", "Naime", "Bomai", "Kewa", "Tumun", "Waim", "Kopi", "Tamsen", "Ruth", "Dilu", "Moses", "Joycelyn", "Kaupa", "Peniel", "Ambai", "Lakani", "Wanpis"]
PG_SUR = ["Wari", "Kaupa", "Tumbe", "Kuri", "Piok", "Ipu", "Yakali", "Mondo", "Pundia", "Kilapat", "Waiembi", "Toroha", "Ambrose", "Oiyo", "Kambao", "Pokawin", "Yandit", "Tapus", "Gaigo"]


def t_pg() -> Table:
    rng = random.Random(9102)
    t = Table("modbus_haultruck_pg", "Papua New Guinea open-pit mine haul-truck telemetry/dispatch log: mostly machine data; operator badge, name, mobile, dispatcher login, notes; headers are Modbus register addresses")
    spec = [("400001", False, "epoch"), ("400003", False, "asset_id"), ("400004", False, "mass"), ("400006", False, "volume"),
            ("400008", False, "duration"), ("400010", False, "speed"), ("400011", False, "pressure"), ("400012", False, "temperature"),
            ("400013", False, "geo_latitude_asset"), ("400015", False, "geo_longitude_asset"), ("300001", True, "rfid_badge_uid"),
            ("300003", True, "full_name"), ("300005", True, "employee_id"), ("300006", True, "username"), ("000017", False, "boolean"),
            ("000018", False, "boolean"), ("300007", False, "shift_enum"), ("300008", False, "status_enum"), ("300009", True, "mobile_phone"),
            ("300010", True, "free_text_with_names"), ("400020", False, "count"), ("400021", False, "material_code")]
    for h, p, k in spec:
        t.col(h, p, k)
    ops = []
    for _ in range(34):
        g, s = rng.choice(PG_GIVEN), rng.choice(PG_SUR)
        ops.append((f"{rng.getrandbits(32):08X}", rng.choice([f"{g} {s}", f"{s.upper()}, {g}", f"{g[0]}. {s}"]), f"E{rng.randint(10000, 39999)}",
                    maybe(rng, 0.8, rng.choice([f"+675 7{rng.randint(0, 9999999):07d}", f"7{rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"675-7{rng.randint(0, 9999999):07d}"]))))
    disp = ["jkaupa", "mwari", "dispatch01", "rpokawin", "tgaigo", "sup_pit2"]
    ts = T(2024, 8, 12, 6, 0, 0)
    for i in range(400):
        ts += dt.timedelta(seconds=rng.randint(40, 400))
        uid, nm, emp, mob = rng.choice(ops)
        note = rng.choice(["", "", "", "", f"Swap with {rng.choice(PG_GIVEN)} {rng.choice(PG_SUR)} at crib", "tyre 3 low", f"{nm} reported dust", "Wait shovel SH02", f"Call {mob or '7' + str(rng.randint(1000000, 9999999))} re leave"])
        t.rows.append({"400001": int(ts.replace(tzinfo=dt.timezone.utc).timestamp()), "400003": f"HT{rng.randint(1, 24):02d}", "400004": round(rng.uniform(0, 232), 1),
                       "400006": rng.randint(120, 4500), "400008": rng.randint(8000, 41000), "400010": round(rng.uniform(0, 52), 1),
                       "400011": rng.randint(610, 720), "400012": rng.randint(72, 104), "400013": f"{rng.uniform(-5.47, -5.44):.5f}",
                       "400015": f"{rng.uniform(143.11, 143.16):.5f}", "300001": uid, "300003": nm, "300005": emp, "300006": rng.choice(disp),
                       "000017": rng.choice([0, 0, 0, 1]), "000018": rng.choice([1, 1, 1, 0]), "300007": rng.choice(["D", "N"]),
                       "300008": rng.choice(["HAULING", "QUEUE", "LOADING", "DUMPING", "DELAY", "STANDBY"]), "300009": mob, "300010": note,
                       "400020": rng.randint(0, 38), "400021": rng.choice(["ORE-HG", "ORE-LG", "WASTE", "LIME", "CLAY"])})
    return t


# ---------------------------------------------------------------------------------------------
# 3. Honduras: NGO donor / beneficiary newsletter list exported from Mailchimp (MMERGE fields)
# ---------------------------------------------------------------------------------------------
HN_GIVEN = ["Tiburcio", "Fermina", "Sabas", "Zoila", "Lempira", "Wilfredo", "Dilcia", "Nolberto", "Yesenia", "Marcial", "Eufemia", "Kenia", "Santos", "Crisanto", "Bertha", "Isabela", "Osmín", "Leyda", "Reina", "Onán", "Juan Ramón", "Olvin"]
HN_SUR = ["Arzú", "Bernárdez", "Güity", "Lalín", "Sambulá", "Cacho", "Nolasco", "Baltazar", "Suazo", "Castillo", "Bendles", "Haylock", "Kittle", "Kingsman", "Wood", "Zelaya", "Lenca", "Vásquez", "Hernández", "Pineda", "Maradiaga", "Caballero", "Ulloa", "Sevilla"]
HN_DEP = [("Atlántida", "0101", ["La Ceiba", "Tela", "El Porvenir"]), ("Colón", "0201", ["Trujillo", "Santa Fe", "Limón"]), ("Gracias a Dios", "0901", ["Puerto Lempira", "Brus Laguna"]),
          ("Intibucá", "1001", ["La Esperanza", "Yamaranguila"]), ("Lempira", "1301", ["Gracias", "Erandique"]), ("Francisco Morazán", "0801", ["Tegucigalpa", "Valle de Ángeles"])]
HN_ALDEA = ["Sambo Creek", "Corozal", "Cristales", "Río Esteban", "Barrio Abajo", "Col. Kennedy", "Aldea Mocorón", "Kaukira", "Col. 21 de Octubre", "Aldea San José", "Triunfo de la Cruz", "Barrio El Centro"]


def t_hn() -> Table:
    rng = random.Random(9103)
    t = Table("mmerge_donantes_hn", "Honduran NGO donors and beneficiaries exported from Mailchimp: Garífuna, Miskito and Lenca names, DNI, phones, municipio/aldea; custom fields are generic MMERGEn headers")
    spec = [("Email Address", True, "email"), ("MMERGE1", True, "first_name"), ("MMERGE2", True, "last_name"), ("MMERGE3", True, "national_id_hn_dni"),
            ("MMERGE4", True, "phone"), ("MMERGE5", False, "state_province"), ("MMERGE6", True, "city"), ("MMERGE7", True, "neighbourhood"),
            ("MMERGE8", True, "birth_date"), ("MMERGE9", False, "amount"), ("MMERGE10", False, "program_enum"), ("MMERGE11", False, "ethnic_group"),
            ("MEMBER_RATING", False, "score"), ("OPTIN_TIME", False, "timestamp"), ("OPTIN_IP", True, "ipv4"), ("CONFIRM_TIME", False, "timestamp"),
            ("LATITUDE", True, "geo_latitude_ip_derived"), ("LONGITUDE", True, "geo_longitude_ip_derived"), ("GMTOFF", False, "utc_offset"), ("TIMEZONE", False, "timezone"),
            ("CC", False, "country_code"), ("REGION", False, "state_province"), ("LEID", False, "record_id"), ("EUID", False, "record_id"), ("NOTES", True, "free_text_with_names"), ("TAGS", False, "tags")]
    for h, p, k in spec:
        t.col(h, p, k)
    for i in range(286):
        g = rng.choice(HN_GIVEN)
        s1, s2 = rng.choice(HN_SUR), rng.choice(HN_SUR)
        last = rng.choice([f"{s1} {s2}", s1, f"{s1.upper()} {s2.upper()}"])
        dep, code, munis = rng.choice(HN_DEP)
        dob = rdate(rng, D(1948, 1, 1), D(2006, 12, 31))
        dni = f"{code}{dob.year}{rng.randint(0, 99999):05d}"
        dni = rng.choice([dni, f"{dni[:4]}-{dni[4:8]}-{dni[8:]}", dni.lstrip("0")])
        ascii_s = s1.lower().replace("ú", "u").replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o")
        ascii_g = g.split()[0].lower().replace("í", "i").replace("ó", "o").replace("á", "a")
        mail = f"{rng.choice([ascii_g + '.' + ascii_s, ascii_g + ascii_s + str(rng.randint(1, 99)), ascii_s + ascii_g[0]])}@{rng.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'hondutel.hn', 'outlook.es'])}"
        num = f"{rng.choice(['3', '8', '9', '2'])}{rng.randint(0, 9999999):07d}"
        ph = rng.choice([num, f"{num[:4]}-{num[4:]}", f"+504 {num[:4]}-{num[4:]}", f"(504) {num}", f"504{num}"])
        opt = rts(rng, T(2019, 1, 1), T(2024, 5, 1))
        conf = opt + dt.timedelta(minutes=rng.randint(1, 3000))
        ip = maybe(rng, 0.7, f"{rng.choice([181, 190, 200, 201])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        t.rows.append({"Email Address": mail, "MMERGE1": g, "MMERGE2": last, "MMERGE3": maybe(rng, 0.8, dni), "MMERGE4": maybe(rng, 0.9, ph),
                       "MMERGE5": dep, "MMERGE6": rng.choice(munis), "MMERGE7": maybe(rng, 0.7, rng.choice(HN_ALDEA)),
                       "MMERGE8": maybe(rng, 0.75, rng.choice([dob.strftime("%m/%d/%Y"), dob.strftime("%d/%m/%Y"), dob.isoformat()])),
                       "MMERGE9": rng.choice(["", "250", "500.00", "L 1,000.00", "1500", "75 USD"]), "MMERGE10": rng.choice(["Becas", "Agua Segura", "Donante", "Pesca Artesanal", "Salud Materna"]),
                       "MMERGE11": rng.choice(["Garífuna", "Miskito", "Lenca", "Mestizo", "Pech", "Tawahka", ""]), "MEMBER_RATING": rng.randint(1, 5),
                       "OPTIN_TIME": opt.strftime("%Y-%m-%d %H:%M:%S"), "OPTIN_IP": ip, "CONFIRM_TIME": conf.strftime("%Y-%m-%d %H:%M:%S"),
                       "LATITUDE": f"{rng.uniform(13.3, 15.9):.7f}" if ip else "", "LONGITUDE": f"{rng.uniform(-89.2, -83.2):.7f}" if ip else "",
                       "GMTOFF": -6 if ip else "", "TIMEZONE": "America/Tegucigalpa" if ip else "", "CC": "HN" if ip else "", "REGION": rng.choice(["AT", "CL", "FM", "IN", "GD"]) if ip else "",
                       "LEID": 10000 + i * 7, "EUID": "".join(rng.choice("0123456789abcdef") for _ in range(10)),
                       "NOTES": rng.choice(["", "", "", f"Hija de {rng.choice(HN_GIVEN)} {rng.choice(HN_SUR)}", "Becado 2023", f"Contacto: {rng.choice(HN_GIVEN)} (esposo) {ph}", "Vive frente a la iglesia morava"]),
                       "TAGS": rng.choice(["", '"Donante"', '"Beneficiario","Becas"', '"Voluntario"'])})
    return t


# ---------------------------------------------------------------------------------------------
# 4. Kyrgyzstan: pharmacy reimbursed prescriptions, Excel structured references Рецепты[...]
# ---------------------------------------------------------------------------------------------
KG_M = ["Бакыт", "Нурлан", "Эрлан", "Азамат", "Мирлан", "Талант", "Улан", "Чынгыз", "Дастан", "Жылдызбек", "Мелис", "Алишер", "Тынчтык"]
KG_F = ["Айпери", "Жылдыз", "Гулнара", "Бермет", "Чолпон", "Нургуль", "Айгерим", "Бурул", "Калыйман", "Асел", "Динара", "Зуура"]
KG_SUR = ["Асанов", "Токтогулов", "Жумабеков", "Осмонов", "Абдылдаев", "Садыков", "Турдубаев", "Мамытов", "Бообеков", "Эшимкулов", "Кожомбердиев", "Усупов", "Ким", "Юлдашев"]
KG_OBL = [("Чуйская", ["с. Кара-Балта", "г. Токмок", "с. Беловодское"]), ("Ошская", ["г. Ош", "с. Кара-Суу", "с. Ноокат"]), ("Нарынская", ["г. Нарын", "с. Ат-Башы"]),
          ("Иссык-Кульская", ["г. Каракол", "с. Тюп", "г. Балыкчы"]), ("г. Бишкек", ["г. Бишкек"]), ("Джалал-Абадская", ["г. Джалал-Абад", "с. Базар-Коргон"])]
KG_DRUG = [("Эналаприл", "10 мг", "I10"), ("Метформин", "850 мг", "E11.9"), ("Амлодипин", "5 мг", "I10"), ("Сальбутамол", "100 мкг/доза", "J45.9"), ("Бисопролол", "5 мг", "I25.1"), ("Глибенкламид", "5 мг", "E11.9"), ("Карбамазепин", "200 мг", "G40.9")]


def t_kg() -> Table:
    rng = random.Random(9104)
    t = Table("tabla_retsepty_kg", "Kyrgyz pharmacy reimbursed-prescription register (Additional Drug Package) from an Excel table: Kyrgyz and Russian names with patronymic or uulu/kyzy, 14-digit PIN, +996 phones, addresses, physician, pharmacist login; Excel structured-reference headers")
    spec = [("№ рецепта", False, "record_id"), ("Дата выписки", True, "prescription_date_hipaa_date"), ("ПИН пациента", True, "national_id_kg_pin"),
            ("ФИО пациента", True, "full_name"), ("Дата рождения", True, "birth_date"), ("Телефон", True, "phone"), ("Адрес проживания", True, "street_address"),
            ("Населенный пункт", True, "city"), ("Область", False, "state_province"), ("Врач", True, "physician_name"), ("Код МКБ-10", False, "icd10_code"),
            ("МНН", False, "drug_name"), ("Дозировка", False, "dosage"), ("Кол-во уп.", False, "quantity"), ("Сумма, сом", False, "amount"),
            ("Доплата пациента, сом", False, "amount"), ("Аптека", False, "company_name"), ("Провизор (логин)", True, "username"),
            ("№ полиса ОМС", True, "health_insurance_member_number"), ("Категория льготы", False, "benefit_category_enum")]
    for h, p, k in spec:
        t.col(f"Рецепты[{h}]", p, k)
    docs = [f"{rng.choice(KG_SUR)}{rng.choice(['', 'а'])} {rng.choice('АБГДЖКМНСТ')}.{rng.choice('АБКМНСТЭ')}." for _ in range(18)]
    for i in range(352):
        female = rng.random() < 0.55
        g = rng.choice(KG_F if female else KG_M)
        s = rng.choice(KG_SUR)
        father = rng.choice(KG_M)
        if rng.random() < 0.25:
            fio = f"{father} {'кызы' if female else 'уулу'} {g}"
        else:
            pat = father + ("овна" if female else "ович") if not father.endswith("бек") else father + ("овна" if female else "ович")
            fio = f"{s}{'а' if female and s != 'Ким' else ''} {g} {pat}"
            if rng.random() < 0.15:
                fio = fio.upper()
        dob = rdate(rng, D(1936, 1, 1), D(2022, 12, 31))
        pin = f"{2 if female else 1}{dob.strftime('%d%m%Y')}{rng.randint(0, 99999):05d}"
        obl, towns = rng.choice(KG_OBL)
        town = rng.choice(towns)
        num = f"{rng.choice(['555', '700', '770', '505', '999', '312'])}{rng.randint(0, 999999):06d}"
        ph = rng.choice([f"+996 {num[:3]} {num[3:]}", f"0{num}", f"996{num}", f"0 ({num[:3]}) {num[3:5]}-{num[5:7]}-{num[7:]}"])
        drug, dose, icd = rng.choice(KG_DRUG)
        q = rng.randint(1, 3)
        tot = q * rng.uniform(60, 480)
        t.rows.append({"Рецепты[№ рецепта]": f"ДЛО-{2024}-{100000 + i * 3 + rng.randint(0, 2)}", "Рецепты[Дата выписки]": rdate(rng, D(2024, 1, 1), D(2024, 9, 30)).strftime("%d.%m.%Y"),
                       "Рецепты[ПИН пациента]": pin if rng.random() < 0.85 else f"{float(pin):.5E}".replace(".", ","), "Рецепты[ФИО пациента]": fio,
                       "Рецепты[Дата рождения]": dob.strftime("%d.%m.%Y"), "Рецепты[Телефон]": maybe(rng, 0.85, ph),
                       "Рецепты[Адрес проживания]": f"{rng.choice(['ул.', 'мкр.', 'пер.'])} {rng.choice(['Чуй', 'Манаса', 'Ленина', 'Токтогула', 'Ахунбаева', 'Джал', 'Асанбай'])}, {rng.randint(1, 140)}" + maybe(rng, 0.4, f", кв. {rng.randint(1, 96)}"),
                       "Рецепты[Населенный пункт]": town, "Рецепты[Область]": obl, "Рецепты[Врач]": rng.choice(docs), "Рецепты[Код МКБ-10]": icd,
                       "Рецепты[МНН]": drug, "Рецепты[Дозировка]": dose, "Рецепты[Кол-во уп.]": q, "Рецепты[Сумма, сом]": dec_comma(tot),
                       "Рецепты[Доплата пациента, сом]": dec_comma(tot * rng.choice([0, 0.1, 0.3, 0.5])), "Рецепты[Аптека]": rng.choice(["Неман", "Бимед", "Аптека №14", "Зеленая аптека", "Фармамир"]),
                       "Рецепты[Провизор (логин)]": rng.choice(["a.osmonova", "provizor3", "b.kim", "zh.sadykova", "t.usupov"]),
                       "Рецепты[№ полиса ОМС]": maybe(rng, 0.7, f"{rng.randint(10, 99)}{rng.randint(0, 9999999):07d}"),
                       "Рецепты[Категория льготы]": ("Ребенок до 5 лет" if dob.year > 2019 else rng.choice(["", "Пенсионер", "Ветеран труда"]) if dob.year < 1964 else rng.choice(["", "", "Инвалид 2 гр.", "Инвалид 3 гр."]))})
    return t


# ---------------------------------------------------------------------------------------------
# 5. Botswana: livestock traceability (BAITS-like) events, MQTT topic paths as headers
# ---------------------------------------------------------------------------------------------
BW_GIVEN = ["Kgosietsile", "Onalenna", "Boitumelo", "Tshepiso", "Kelebogile", "Mpho", "Goitseone", "Oratile", "Keabetswe", "Xade", "Qoma", "Nǀhaisa", "Tumelo", "Dikeledi", "Gaolatlhe", "Bakang"]
BW_SUR = ["Mmolawa", "Seretse", "Molefhe", "Kgosidintsi", "Ramotswe", "Masire", "Ntshekisang", "Dube", "Moyo", "Kgao", "ǂToma", "Sebele", "Tlhomelang", "Motswagole", "Ndzinge", "Mokgethi"]
BW_POSTS = ["Mabutsane", "Khakhea", "Lephepe", "Dibete", "Mmashoro", "Kang lands", "Makalamabedi", "Sehithwa", "Ngwaketse cattlepost 14", "Tsabong", "Moiyabana"]


def t_bw() -> Table:
    rng = random.Random(9105)
    t = Table("mqtt_baits_cattle_bw", "Botswana livestock identification and traceability events from an MQTT bridge: mostly animal/reader data; owner name, Omang, cell, cattle post, vet officer login, notes; headers are MQTT topic paths")
    spec = [("event/ts", False, "timestamp"), ("event/type", False, "event_type_enum"), ("bolus/rfid", False, "animal_rfid"), ("animal/brand", True, "livestock_brand_registered_to_owner"),
            ("animal/sex", False, "animal_sex"), ("animal/breed", False, "category"), ("animal/weight_kg", False, "mass"), ("reader/serial", False, "device_serial_business"),
            ("reader/lat", False, "geo_latitude_facility"), ("reader/lon", False, "geo_longitude_facility"), ("owner/name", True, "full_name"), ("owner/omang", True, "national_id_bw_omang"),
            ("owner/cell", True, "mobile_phone"), ("owner/cattle_post", True, "place_of_residence"), ("district", False, "state_province"), ("zone", False, "disease_control_zone"),
            ("vet_officer/login", True, "username"), ("event/note", True, "free_text_with_names"), ("permit/no", False, "permit_number"), ("price_bwp", False, "amount"), ("bmc/lot", False, "lot_number")]
    for h, p, k in spec:
        t.col(f"bw/baits/v2/{h}", p, k)
    owners = []
    for _ in range(60):
        female = rng.random() < 0.3
        g, s = rng.choice(BW_GIVEN), rng.choice(BW_SUR)
        om = f"{rng.randint(1000, 9999)}{2 if female else 1}{rng.randint(0, 9999):04d}"
        owners.append((rng.choice([f"{g} {s}", f"{s.upper()} {g}", f"{g[0]}. {s}"]), rng.choice([om, om, om.lstrip("0")]),
                       maybe(rng, 0.85, rng.choice([f"+267 7{rng.randint(1, 7)} {rng.randint(100, 999)} {rng.randint(100, 999)}", f"7{rng.randint(1000000, 7999999)}", f"267-7{rng.randint(1000000, 7999999)}"])),
                       rng.choice(BW_POSTS), rng.choice(["Kgalagadi", "Ghanzi", "Central", "Southern", "Kweneng", "North-West"]), f"{rng.randint(1000, 9999)}"))
    ts = T(2024, 3, 4, 7, 0, 0)
    for i in range(380):
        ts += dt.timedelta(seconds=rng.randint(20, 2400))
        nm, om, cell, post, dist, brand = rng.choice(owners)
        et = rng.choice(["TAG", "MOVE", "WEIGH", "SLAUGHTER", "VACC_FMD", "MOVE"])
        t.rows.append({"bw/baits/v2/event/ts": ts.strftime("%Y-%m-%dT%H:%M:%S+02:00"), "bw/baits/v2/event/type": et,
                       "bw/baits/v2/bolus/rfid": f"072 000{rng.randint(0, 999999999):09d}", "bw/baits/v2/animal/brand": f"BR-{brand}",
                       "bw/baits/v2/animal/sex": rng.choice(["M", "F", "OX"]), "bw/baits/v2/animal/breed": rng.choice(["Tswana", "Brahman x", "Tuli", "Simmentaler x", "Bonsmara"]),
                       "bw/baits/v2/animal/weight_kg": maybe(rng, 0.6, round(rng.uniform(180, 560), 1)), "bw/baits/v2/reader/serial": f"RDR-{rng.randint(100, 180)}",
                       "bw/baits/v2/reader/lat": f"{rng.uniform(-26.5, -19.0):.4f}", "bw/baits/v2/reader/lon": f"{rng.uniform(20.5, 27.5):.4f}",
                       "bw/baits/v2/owner/name": nm, "bw/baits/v2/owner/omang": om, "bw/baits/v2/owner/cell": cell, "bw/baits/v2/owner/cattle_post": post,
                       "bw/baits/v2/district": dist, "bw/baits/v2/zone": rng.choice(["6b", "7", "8", "12", "3c"]),
                       "bw/baits/v2/vet_officer/login": rng.choice(["dvs.kmolefhe", "dvs.tsebele", "vo_ghanzi2", "lmoyo"]),
                       "bw/baits/v2/event/note": rng.choice(["", "", "", "", f"Cattle herded by {rng.choice(BW_GIVEN)} (son of owner)", "bolus re-read", f"Owner rep {rng.choice(BW_GIVEN)} {rng.choice(BW_SUR)} signed", "lame left fore"]),
                       "bw/baits/v2/permit/no": maybe(rng, 0.5, f"MP/{rng.randint(2024000, 2024999)}"), "bw/baits/v2/price_bwp": dec_comma(rng.uniform(3500, 9800)) if et == "SLAUGHTER" else "",
                       "bw/baits/v2/bmc/lot": f"L{rng.randint(4000, 4999)}" if et == "SLAUGHTER" else ""})
    return t


# ---------------------------------------------------------------------------------------------
# 6. Laos: village microfinance loans, Lao-script headers
# ---------------------------------------------------------------------------------------------
LA_NAMES = [("ສົມພອນ", "Somphone"), ("ບຸນມີ", "Bounmy"), ("ຄຳແພງ", "Khamphaeng"), ("ນ້ອຍ", "Noy"), ("ແສງເດືອນ", "Sengdeuane"), ("ວັນນະ", "Vanna"), ("ພອນສະຫວັນ", "Phonesavanh"), ("ບົວລະພາ", "Bualapha")]
LA_SUR = [("ພົມມະຈັນ", "Phommachanh"), ("ສີສຸວົງ", "Sisouvong"), ("ວົງສະຫວັດ", "Vongsavath"), ("ແກ້ວມະນີ", "Keomany"), ("ສຸລິຍະ", "Souliya"), ("ອິນທະວົງ", "Inthavong")]
LA_HMONG = ["Vang Tou", "Lee Ya", "Xiong Pa", "Yang Mai", "Thao Chue", "Moua Nou", "Her Xai"]
LA_KHMU = ["Thit Kham", "Ay Lue", "Ee Sone", "Thao Keo"]
LA_PLACE = [("ຫຼວງພະບາງ", ["ນານ", "ຊຽງເງິນ", "ພູຄູນ"]), ("ຊຽງຂວາງ", ["ແປກ", "ຄູນ", "ໜອງແຮດ"]), ("ສາລະວັນ", ["ລະຄອນເພັງ", "ວາປີ"]), ("ວຽງຈັນ", ["ວັງວຽງ", "ກາສີ"]), ("ອຸດົມໄຊ", ["ໄຊ", "ນາໝໍ້"])]
LA_VIL = ["ບ້ານ ນາຄູນ", "ບ້ານ ຫ້ວຍຫົກ", "Ban Phonxay", "ບ້ານ ໂພນສະຫວ່າງ", "Ban Nongtang", "ບ້ານ ລອງລານ", "ບ້ານ ນາເດື່ອ", "Ban Houaykhing"]


def t_la() -> Table:
    rng = random.Random(9106)
    t = Table("sinsuea_ban_la", "Lao village microfinance loan book: names in Lao script or Latin, Hmong and Khmu names, ID card and family-book numbers, Buddhist-era birth dates, phones, village/district, BCEL account, guarantor, loan officer; headers in Lao script")
    spec = [("ລະຫັດເງິນກູ້", False, "loan_id"), ("ຊື່ ແລະ ນາມສະກຸນ", True, "full_name"), ("ເພດ", False, "gender"), ("ເລກບັດປະຈຳຕົວ", True, "national_id_la"),
            ("ເລກປື້ມສຳມະໂນຄົວ", True, "family_book_number"), ("ວັນເດືອນປີເກີດ", True, "birth_date_buddhist_era"), ("ເບີໂທ", True, "phone"), ("ບ້ານ", True, "village_of_residence"),
            ("ເມືອງ", True, "district_of_residence"), ("ແຂວງ", False, "state_province"), ("ອາຊີບ", False, "occupation"), ("ຈຳນວນເງິນກູ້ (ກີບ)", False, "amount"),
            ("ອັດຕາດອກເບ້ຍ (%)", False, "percentage"), ("ວັນທີປ່ອຍກູ້", False, "disbursement_date"), ("ສະຖານະ", False, "status_enum"), ("ເລກບັນຊີ BCEL", True, "bank_account_number"),
            ("ຜູ້ຄ້ຳປະກັນ", True, "guarantor_name"), ("ພະນັກງານສິນເຊື່ອ", True, "loan_officer_name"), ("ໝາຍເຫດ", True, "free_text_with_names")]
    for h, p, k in spec:
        t.col(h, p, k)
    officers = ["ທ. ສົມສັກ", "ນ. ມະນີວອນ", "Mr. Khamla S.", "ທ. ບຸນທັນ ພົມມະວົງ"]
    for i in range(300):
        r = rng.random()
        if r < 0.45:
            gl, gL = rng.choice(LA_NAMES)
            sl, sL = rng.choice(LA_SUR)
            name = rng.choice([f"{gl} {sl}", f"{gl} {sl}", f"{gL} {sL}", f"{gL.upper()} {sL.upper()}"])
        elif r < 0.75:
            name = rng.choice(LA_HMONG)
            name = rng.choice([name, f"ທ. {name}", name.upper()])
        else:
            name = rng.choice(LA_KHMU) + " " + rng.choice(["Phommachanh", "Keomany", ""]).strip()
        dob = rdate(rng, D(1950, 1, 1), D(2003, 12, 31))
        be = dob.year + 543
        dob_s = rng.choice([f"{dob.day:02d}/{dob.month:02d}/{be}", f"{dob.day:02d}/{dob.month:02d}/{dob.year}", f"{be}"])
        prov, dists = rng.choice(LA_PLACE)
        num = f"{rng.choice(['2055', '2022', '2099', '2077', '2029'])}{rng.randint(0, 999999):06d}"
        ph = rng.choice([f"020 {num[2:4]} {num[4:7]} {num[7:]}", f"+856 20 {num[2:]}", f"{num}", f"8562{num[1:]}", f"030 {rng.randint(2000000, 9999999)}"])
        amt = rng.choice([3, 5, 8, 10, 15, 20, 30]) * 1000000
        t.rows.append({"ລະຫັດເງິນກູ້": f"VB-{rng.randint(1, 9)}-{2000 + i}", "ຊື່ ແລະ ນາມສະກຸນ": name, "ເພດ": rng.choice(["ຍ", "ຊ", "F", "M"]),
                       "ເລກບັດປະຈຳຕົວ": maybe(rng, 0.7, f"{rng.randint(1, 18):02d}{rng.randint(0, 9999999):07d}".lstrip("0") if rng.random() < 0.3 else f"{rng.randint(1, 18):02d}-{rng.randint(0, 9999999):07d}"),
                       "ເລກປື້ມສຳມະໂນຄົວ": maybe(rng, 0.8, f"{rng.randint(100, 9999)}/{rng.randint(1, 99):02d}"), "ວັນເດືອນປີເກີດ": dob_s, "ເບີໂທ": maybe(rng, 0.88, ph),
                       "ບ້ານ": rng.choice(LA_VIL), "ເມືອງ": rng.choice(dists), "ແຂວງ": prov, "ອາຊີບ": rng.choice(["ຊາວນາ", "ຄ້າຂາຍ", "ລ້ຽງສັດ", "ທໍຜ້າ", "farmer"]),
                       "ຈຳນວນເງິນກູ້ (ກີບ)": f"{amt:,}".replace(",", "."), "ອັດຕາດອກເບ້ຍ (%)": dec_comma(rng.choice([1.2, 1.5, 2.0, 2.5]), 1),
                       "ວັນທີປ່ອຍກູ້": rdate(rng, D(2023, 1, 1), D(2024, 8, 31)).strftime("%d/%m/%Y"), "ສະຖານະ": rng.choice(["ປົກກະຕິ", "ຄ້າງຊຳລະ", "ປິດ", "ປົກກະຕິ"]),
                       "ເລກບັນຊີ BCEL": maybe(rng, 0.5, rng.choice([f"{rng.randint(100, 199)}12{rng.randint(0, 99999999999):011d}00{rng.randint(1, 9)}", f"{rng.randint(10, 99)}0{rng.randint(10**11, 10**12 - 1)}"])),
                       "ຜູ້ຄ້ຳປະກັນ": maybe(rng, 0.7, rng.choice([f"{rng.choice(LA_NAMES)[0]} {rng.choice(LA_SUR)[0]}", rng.choice(LA_HMONG), f"ນາຍບ້ານ {rng.choice(LA_NAMES)[0]}"])),
                       "ພະນັກງານສິນເຊື່ອ": rng.choice(officers), "ໝາຍເຫດ": rng.choice(["", "", "", f"ເມຍ {rng.choice(LA_NAMES)[0]} ເຊັນແທນ", "late 2 months", f"paid by son {rng.choice(LA_HMONG)}", "ຍ້າຍໄປວຽງຈັນ"])})
    return t


# ---------------------------------------------------------------------------------------------
# 7. Albania: electricity billing from SAP BW (IS-U InfoObjects)
# ---------------------------------------------------------------------------------------------
AL_GIVEN = ["Arbën", "Dritan", "Ermal", "Fatmir", "Gëzim", "Ilir", "Kujtim", "Luan", "Shpëtim", "Besnik", "Teuta", "Drita", "Mimoza", "Lindita", "Rozafa", "Fatbardha", "Xhenet", "Vangjel", "Thanas", "Sotiraq", "Stavri", "Eleni", "Flutura", "Bajram", "Qemal"]
AL_SUR = ["Hoxha", "Çela", "Kola", "Gjoka", "Dervishi", "Leka", "Marku", "Prendi", "Shehu", "Tafaj", "Xhafa", "Zeneli", "Papadhopulli", "Nikolla", "Gjergji", "Bitri", "Kokalari", "Çuçi", "Duka", "Qëndro", "Brahimaj"]
AL_CITIES = [("Tiranë", "1001", "TR"), ("Durrës", "2001", "DR"), ("Shkodër", "4001", "SH"), ("Korçë", "7001", "KO"), ("Gjirokastër", "6001", "GJ"), ("Vlorë", "9401", "VL"), ("Elbasan", "3001", "EL"), ("Berat", "5001", "BR"), ("Sarandë", "9701", "VL")]
AL_STREETS = ["Rr. Myslym Shyri", "Rr. e Durrësit", "Bulevardi Zogu I", "Lagjja 5 Maji", "Rr. Qemal Stafa", "Rr. Ismail Qemali", "Lagjja Kala", "Rr. Don Bosko", "Fshati Dardhë"]


def al_nid(rng: random.Random, dob: D, female: bool) -> str:
    dec = "ABCDEFGHIJKLMNOPQRSTUVW"[(dob.year - 1900) // 10]
    mm = dob.month + (50 if female else 0)
    return f"{dec}{dob.year % 10}{mm:02d}{dob.day:02d}{rng.randint(0, 999):03d}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVW')}"


def t_al() -> Table:
    rng = random.Random(9107)
    t = Table("sapbw_isu_fatura_al", "Albanian electricity distributor billing cube from SAP BW (IS-U): mostly consumption/billing data; customer names (Albanian, Greek-minority, Aromanian), NID, phone, address, postcode, point of delivery, meter, direct-debit IBAN, clerk login; SAP BW InfoObject names")
    spec = [("0CALMONTH", False, "month"), ("0BPARTNER", False, "customer_id"), ("0BPARTNER__0FIRSTNAME", True, "first_name"), ("0BPARTNER__0LASTNAME", True, "last_name"),
            ("0BPARTNER__0ID_NUMBER", True, "national_id_al"), ("0BPARTNER__0TEL_NUMBER", True, "phone"), ("0BPARTNER__0STREET", True, "street_address"),
            ("0BPARTNER__0POSTAL_CD", True, "postal_code"), ("0BPARTNER__0CITY", True, "city"), ("0UC_POD", True, "meter_connection_ean"), ("0UCDEVICE", True, "meter_serial"),
            ("0UCRATECAT", False, "tariff_code"), ("0UC_CONSPT", False, "energy_kwh"), ("0UC_AMOUNT", False, "amount"), ("0CURRENCY", False, "currency_code"),
            ("0FC_ACCNTBP", False, "contract_account"), ("0UCMRREASN", False, "reading_reason_code"), ("0REGION", False, "state_province"), ("0UCSALES", False, "business_area"),
            ("0UC_VATAMT", False, "tax_amount"), ("0FC_DUNNLEV", False, "dunning_level"), ("0DD_IBAN", True, "iban"), ("0CREATEDBY", True, "username"), ("0UCPREMTYP", False, "premise_type_enum")]
    for h, p, k in spec:
        t.col(h, p, k)
    for i in range(360):
        female = rng.random() < 0.4
        g = rng.choice(AL_GIVEN[10:17] + AL_GIVEN[21:23] if female else AL_GIVEN[:10] + AL_GIVEN[17:21] + AL_GIVEN[23:])
        s = rng.choice(AL_SUR)
        if rng.random() < 0.2:
            g, s = g.upper().replace("Ë", "E").replace("Ç", "C"), s.upper().replace("Ë", "E").replace("Ç", "C")
        dob = rdate(rng, D(1935, 1, 1), D(2002, 12, 31))
        city, pc, reg = rng.choice(AL_CITIES)
        kwh = rng.uniform(40, 1400)
        amt = kwh * rng.choice([9.5, 14.0, 11.0])
        acc = f"{rng.randint(0, 10**16 - 1):016d}"
        ib = iban("AL", f"{rng.choice(['202', '212', '205', '208'])}{rng.randint(0, 99999):05d}" + acc)
        t.rows.append({"0CALMONTH": f"2024{rng.randint(1, 9):02d}", "0BPARTNER": f"{rng.randint(0, 999999):010d}" if rng.random() < 0.5 else str(rng.randint(1, 9999999)),
                       "0BPARTNER__0FIRSTNAME": g, "0BPARTNER__0LASTNAME": s, "0BPARTNER__0ID_NUMBER": maybe(rng, 0.85, al_nid(rng, dob, female)),
                       "0BPARTNER__0TEL_NUMBER": maybe(rng, 0.8, rng.choice([f"+355 6{rng.choice('789')} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"06{rng.choice('789')}{rng.randint(1000000, 9999999)}", f"6{rng.choice('789')}{rng.randint(1000000, 9999999)}", f"0{rng.choice(['4', '52', '22', '82'])} {rng.randint(200000, 299999)}"])),
                       "0BPARTNER__0STREET": f"{rng.choice(AL_STREETS)}" + rng.choice([f", Nr. {rng.randint(1, 180)}", f" {rng.randint(1, 90)}, Pall. {rng.randint(1, 40)}, Ap. {rng.randint(1, 30)}", ""]),
                       "0BPARTNER__0POSTAL_CD": str(int(pc) + rng.randint(0, 28)), "0BPARTNER__0CITY": city,
                       "0UC_POD": f"AL{rng.randint(0, 99):02d}{reg}{rng.randint(0, 10**10 - 1):010d}", "0UCDEVICE": f"{rng.choice(['ZMD', 'LGZ', 'ISK'])}{rng.randint(10**7, 10**8 - 1)}",
                       "0UCRATECAT": rng.choice(["FAMILJAR_T1", "FAMILJAR_T2", "JO_FAM_BT"]), "0UC_CONSPT": dec_comma(kwh, 3), "0UC_AMOUNT": dec_comma(amt),
                       "0CURRENCY": "ALL", "0FC_ACCNTBP": f"{rng.randint(10**11, 10**12 - 1)}", "0UCMRREASN": rng.choice(["01", "06", "21", "22"]),
                       "0REGION": reg, "0UCSALES": f"A{rng.randint(100, 199)}", "0UC_VATAMT": dec_comma(amt * 0.2 / 1.2), "0FC_DUNNLEV": rng.choice([0, 0, 0, 1, 2, 3]),
                       "0DD_IBAN": maybe(rng, 0.3, rng.choice([ib, spaced(ib)])), "0CREATEDBY": rng.choice(["OSHEE_MIGR", "EKOLA", "BPRENDI", "RFC_BATCH", "AHOXHA"]),
                       "0UCPREMTYP": rng.choice(["BANESE", "APARTAMENT", "VILE"])})
    return t


# ---------------------------------------------------------------------------------------------
# 8. Guatemala: rural health-post consultations, Spark backtick-quoted struct paths
# ---------------------------------------------------------------------------------------------
GT_GIVEN_F = ["Juana", "Candelaria", "Jerónima", "Ixchel", "Micaela", "Rosalía", "Petrona", "Ixmucané", "Sebastiana", "Dominga", "Tomasa", "Yolanda"]
GT_GIVEN_M = ["Diego", "Tomás", "Baltazar", "Gaspar", "Pascual", "Francisco", "Nicolás", "Tecún", "Sebastián", "Cruz", "Andrés", "Feliciano"]
GT_SUR = ["Xuc", "Tzoc", "Cux", "Ixcoy", "Coc", "Caal", "Choc", "Tuyuc", "Quiej", "Sicajau", "Pop", "Tzul", "Ajpop", "Chiquín", "Batz", "Mejía", "López", "Tuj", "Sacbajá", "Cuc", "Martínez Arzú"]
GT_MUN = [("Quiché", "14", ["Chichicastenango", "Nebaj", "Chajul"]), ("Alta Verapaz", "16", ["Cobán", "San Pedro Carchá", "Chisec"]),
          ("Huehuetenango", "13", ["Todos Santos Cuchumatán", "San Juan Atitán"]), ("Sololá", "07", ["Santiago Atitlán", "Nahualá"]),
          ("Izabal", "18", ["Livingston", "Puerto Barrios"]), ("Totonicapán", "08", ["Momostenango", "San Cristóbal Totonicapán"])]
GT_ALDEA = ["Aldea Xejuyup", "Caserío Chuicac", "Aldea Salacuim", "Cantón Xecaracoj", "Aldea Pocolá", "Barrio Paris", "Caserío Tzanjuyú", "Aldea Sepamac"]


GT_LANG = {"Quiché": ["K'iche'", "Ixil", "Español"], "Alta Verapaz": ["Q'eqchi'", "Poqomchi'", "Español"], "Huehuetenango": ["Mam", "Akateko", "Español"],
           "Sololá": ["Tz'utujil", "K'iche'", "Kaqchikel"], "Izabal": ["Garífuna", "Q'eqchi'", "Español"], "Totonicapán": ["K'iche'", "Español"]}


def gt_cui(rng: random.Random, dc: str, mi: int) -> str:
    while True:
        base = f"{rng.randint(10000000, 39999999)}"
        chk = sum(int(d) * (i + 2) for i, d in enumerate(base)) % 11
        if chk < 10:
            return f"{base}{chk}{dc}{mi:02d}"


def bt(*parts: str) -> str:
    return ".".join(f"`{p}`" for p in parts)


def t_gt() -> Table:
    rng = random.Random(9108)
    t = Table("spark_consultas_gt", "Guatemalan rural health-post consultations flattened in Spark: K'iche', Q'eqchi', Mam, Kaqchikel, Tz'utujil and Garífuna patients, DPI/CUI, phones, aldea/municipio, visit date, physician, midwife/guardian, medical record number; headers are backtick-quoted struct paths")
    spec = [(("registro", "id"), False, "record_id"), (("paciente", "nombres"), True, "first_name"), (("paciente", "apellidos"), True, "last_name"),
            (("paciente", "cui"), True, "national_id_gt_dpi"), (("paciente", "fecha_nac"), True, "birth_date"), (("paciente", "sexo"), False, "gender"),
            (("paciente", "idioma"), False, "language"), (("paciente", "pueblo"), False, "ethnic_group"), (("domicilio", "aldea"), True, "village_of_residence"),
            (("domicilio", "municipio"), True, "city"), (("domicilio", "departamento"), False, "state_province"), (("contacto", "telefono"), True, "phone"),
            (("consulta", "fecha"), True, "visit_date_hipaa_date"), (("consulta", "cie10"), False, "icd10_code"), (("consulta", "peso_lb"), False, "mass"),
            (("consulta", "talla_cm"), False, "length"), (("consulta", "medico"), True, "physician_name"), (("consulta", "puesto_salud"), False, "facility_name"),
            (("responsable", "nombre"), True, "guardian_name"), (("expediente", "numero"), True, "medical_record_number"), (("consulta", "observaciones"), True, "free_text_with_names"),
            (("registro", "ingresado_por"), True, "username")]
    for parts, p, k in spec:
        t.col(bt(*parts), p, k)
    H = {parts: bt(*parts) for parts, _, _ in spec}
    for i in range(334):
        female = rng.random() < 0.6
        g = rng.choice(GT_GIVEN_F if female else GT_GIVEN_M)
        if rng.random() < 0.3:
            g += " " + rng.choice(GT_GIVEN_F if female else GT_GIVEN_M)
        last = f"{rng.choice(GT_SUR)} {rng.choice(GT_SUR)}"
        if rng.random() < 0.2:
            g, last = g.upper(), last.upper()
        dep, dc, muns = rng.choice(GT_MUN)
        mi = muns.index(m := rng.choice(muns)) + 1
        dob = rdate(rng, D(1945, 1, 1), D(2024, 1, 31))
        cui = gt_cui(rng, dc, mi)
        cui = rng.choice([cui, f"{cui[:4]} {cui[4:9]} {cui[9:]}", f"{float(cui):.5E}" if rng.random() < 0.3 else cui])
        num = f"{rng.choice(['3', '4', '5', '7'])}{rng.randint(0, 9999999):07d}"
        ph = rng.choice([num, f"{num[:4]}-{num[4:]}", f"+502 {num[:4]} {num[4:]}", f"502{num}"])
        minor = dob.year > 2008
        resp = f"{rng.choice(GT_GIVEN_F)} {rng.choice(GT_SUR)}" if minor or rng.random() < 0.2 else ""
        t.rows.append({H[("registro", "id")]: f"{rng.getrandbits(64):016x}", H[("paciente", "nombres")]: g, H[("paciente", "apellidos")]: last,
                       H[("paciente", "cui")]: maybe(rng, 0.75, cui), H[("paciente", "fecha_nac")]: rng.choice([dob.strftime("%d/%m/%Y"), dob.isoformat()]),
                       H[("paciente", "sexo")]: "F" if female else "M", H[("paciente", "idioma")]: (lang := rng.choice(GT_LANG[dep])),
                       H[("paciente", "pueblo")]: "Garífuna" if lang == "Garífuna" else rng.choice(["Ladino", "Maya"]) if lang == "Español" else "Maya", H[("domicilio", "aldea")]: maybe(rng, 0.85, rng.choice(GT_ALDEA)),
                       H[("domicilio", "municipio")]: m, H[("domicilio", "departamento")]: dep, H[("contacto", "telefono")]: maybe(rng, 0.7, ph),
                       H[("consulta", "fecha")]: rdate(rng, D(2024, 2, 1), D(2024, 8, 31)).isoformat(), H[("consulta", "cie10")]: rng.choice(["A09", "J06.9", "E44.0", "O26.9", "Z34.9", "B82.9"]),
                       H[("consulta", "peso_lb")]: round(rng.uniform(8, 190), 1), H[("consulta", "talla_cm")]: rng.randint(48, 178),
                       H[("consulta", "medico")]: rng.choice(["Dra. Ana Tzul", "Dr. M. Coc", "Enf. Rosa Batz", "Dr. Oswaldo Mejía"]),
                       H[("consulta", "puesto_salud")]: rng.choice(["PS Xejuyup", "CAP Nebaj", "PS Salacuim", "CS Livingston"]), H[("responsable", "nombre")]: resp,
                       H[("expediente", "numero")]: f"{dc}-{rng.randint(1000, 99999)}", H[("consulta", "observaciones")]: rng.choice(["", "", "", f"{'Acompañada' if female else 'Acompañado'} por {'comadrona' if female else 'su madre'} {rng.choice(GT_GIVEN_F)} {rng.choice(GT_SUR)}", "control prenatal", f"Referida a CAP por Dr. {rng.choice(GT_SUR)}", "desnutrición moderada"]),
                       H[("registro", "ingresado_por")]: rng.choice(["sigsa.atzul", "sigsa.mcoc", "digitador3", "rbatz"])})
    return t


# ---------------------------------------------------------------------------------------------
# 9. Zambia: MSC voice/SMS CDRs with 3GPP TS 32.298 ASN.1 field names, KYC-enriched
# ---------------------------------------------------------------------------------------------
ZM_GIVEN = ["Mwansa", "Chilufya", "Mutale", "Bwalya", "Chanda", "Mulenga", "Inonge", "Namukolo", "Lubinda", "Mubita", "Sitali", "Kapembwa", "Chisenga", "Mwaba", "Nkandu", "Kalaba", "Hachipuka", "Precious", "Given", "Memory", "Lushomo", "Kondwani", "Mapalo"]
ZM_SUR = ["Mulenga", "Bwalya", "Banda", "Phiri", "Tembo", "Mwale", "Hachipuka", "Muleya", "Mubita", "Sitali", "Lubinda", "Kaonga", "Chileshe", "Musonda", "Siame", "Kasonde", "Mutinta", "Hamoonga", "Simwinga", "Nalumino"]


def zm_msisdn(rng: random.Random) -> str:
    return f"{rng.choice(['97', '96', '95', '77', '76'])}{rng.randint(0, 9999999):07d}"


def zm_fmt(rng: random.Random, n: str) -> str:
    return rng.choice([f"260{n}", f"260{n}", f"0{n}", f"+260 {n[:2]} {n[2:5]} {n[5:]}", n])


def t_zm() -> Table:
    rng = random.Random(9109)
    t = Table("asn1_msc_cdr_zm", "Zambian mobile operator MSC call/SMS detail records decoded from ASN.1 (3GPP TS 32.298 names), enriched with KYC: mostly network/charging data; MSISDNs, IMSI, IMEI, subscriber name and NRC")
    spec = [("recordType", False, "record_type_enum"), ("recordSequenceNumber", False, "record_id"), ("servedIMSI", True, "imsi"), ("servedIMEI", True, "imei"),
            ("servedMSISDN", True, "phone"), ("callingNumber", True, "phone"), ("calledNumber", True, "phone"), ("recordingEntity", False, "network_element_id"),
            ("mscIncomingROUTE", False, "trunk_route"), ("locationAreaCode", False, "cell_lac"), ("cellIdentifier", False, "cell_id"), ("seizureTime", False, "timestamp"),
            ("answerTime", False, "timestamp"), ("callDuration", False, "duration"), ("causeForTerm", False, "cause_code"), ("basicService", False, "service_code"),
            ("chargedParty", False, "enum"), ("systemType", False, "rat_enum"), ("x-kycSubscriberName", True, "full_name"), ("x-kycNRC", True, "national_id_zm_nrc"),
            ("x-tariffPlan", False, "tariff_code"), ("x-chargeAmountZMW", False, "amount"), ("x-siteName", False, "site_name")]
    for h, p, k in spec:
        t.col(h, p, k)
    subs = []
    for _ in range(90):
        imei = luhn_complete(f"{rng.choice(['35', '86', '01', '35'])}{rng.randint(0, 10**12 - 1):012d}")
        nrc = f"{rng.randint(100000, 999999)}/{rng.randint(10, 99)}/1"
        g, s_ = rng.choice(ZM_GIVEN), rng.choice(ZM_SUR)
        subs.append((f"64501{rng.randint(0, 10**10 - 1):010d}", imei, zm_msisdn(rng), rng.choice([f"{g} {s_}", f"{s_.upper()} {g.upper()}", f"{g} {rng.choice(ZM_GIVEN)} {s_}", ""]), maybe(rng, 0.85, rng.choice([nrc, nrc.replace("/", ""), nrc]))))
    sites = ["LSK_Kabulonga_3", "NDL_Chifubu", "KTW_Parklands", "LVS_Maramba", "MNG_Mongu_Central", "CHP_Chipata_Boma", "KAB_Kasama_2"]
    ts = T(2024, 7, 1, 0, 0, 0)
    for i in range(420):
        ts += dt.timedelta(seconds=rng.randint(1, 300))
        imsi, imei, msisdn, nm, nrc = rng.choice(subs)
        rt = rng.choice(["moCallRecord", "moCallRecord", "mtCallRecord", "moSMSRecord", "mtSMSRecord"])
        other = rng.choice([zm_msisdn(rng), zm_msisdn(rng), rng.choice(["111", "303", "5050"]), f"27{rng.randint(600000000, 849999999)}", f"211{rng.randint(200000, 299999)}"])
        mo = rt.startswith("mo")
        served = zm_fmt(rng, msisdn)
        dur = 0 if "SMS" in rt else rng.randint(0, 1800)
        ans = "" if "SMS" in rt or dur == 0 else (ts + dt.timedelta(seconds=rng.randint(2, 25))).strftime("%y%m%d%H%M%S") + "+0200"
        t.rows.append({"recordType": rt, "recordSequenceNumber": 880000000 + i * 3 + rng.randint(0, 2), "servedIMSI": imsi, "servedIMEI": imei,
                       "servedMSISDN": served, "callingNumber": served if mo else (other if other.isdigit() else other), "calledNumber": other if mo else served,
                       "recordingEntity": rng.choice(["260970000101", "260970000102", "260960000201"]), "mscIncomingROUTE": rng.choice(["LSKBSC1I", "NDLBSC2I", "IGW01I", ""]),
                       "locationAreaCode": rng.choice([1101, 1102, 2201, 3301]), "cellIdentifier": rng.randint(10000, 65000), "seizureTime": ts.strftime("%y%m%d%H%M%S") + "+0200",
                       "answerTime": ans, "callDuration": dur, "causeForTerm": rng.choice([0, 0, 0, 1, 3, 4, 16]), "basicService": "TS21" if "SMS" in rt else "TS11",
                       "chargedParty": "A" if mo else "B", "systemType": rng.choice(["gERAN", "uTRAN", "uTRAN", "iuUTRAN"]), "x-kycSubscriberName": nm, "x-kycNRC": nrc,
                       "x-tariffPlan": rng.choice(["PREPAID_KAPENTA", "POSTPAID_BIZ", "PREPAID_YOUTH"]), "x-chargeAmountZMW": f"{rng.uniform(0, 45):.2f}" if mo else "0.00",
                       "x-siteName": rng.choice(sites)})
    return t


# ---------------------------------------------------------------------------------------------
# 10. Mauritius: hotel folio card payments, French form labels with mandatory-field asterisks
# ---------------------------------------------------------------------------------------------
MU_GIVEN = ["Devanand", "Kreshna", "Oumeshwaree", "Jean-Noël", "Marie-Josée", "Ah-Kine", "Li Wen", "Nadeem", "Bibi Fatema", "Rajesh", "Sooriyakumari", "Gérard", "Dorine", "Yashvin", "Priscilla", "Navin", "Beverly", "Zaynah"]
MU_SUR = ["Ramgoolam", "Jugnauth", "Boolell", "Lam Po Tang", "Ah-Chuen", "Lutchmun", "Seegoolam", "Labonne", "L'Étang", "Goorah", "Peerbux", "Moutou", "Sookun", "Dookhy", "Permal", "Appadoo", "Sauzier", "Veerasamy"]
MU_TOWNS = ["Curepipe", "Quatre Bornes", "Rose-Hill", "Vacoas", "Mahébourg", "Flacq", "Triolet", "Grand Baie", "Port Louis", "Rivière du Rempart", "Souillac"]
FOREIGN = [("Dupont", "Hélène", "FR", "12 rue des Lilas, 69003 Lyon"), ("Naidoo", "Thabo", "ZA", "8 Umhlanga Rocks Dr, Durban 4320"), ("Schmitt", "Jörg", "DE", "Lindenstr. 4, 79098 Freiburg"),
           ("Patel", "Ananya", "IN", "B-204 Sai Krupa, Andheri E, Mumbai 400069"), ("Rakotobe", "Fanja", "MG", "Lot IVG 12 Antanimena, Antananarivo"), ("Hoareau", "Cédric", "RE", "5 chemin Piton, 97410 Saint-Pierre")]


def t_mu() -> Table:
    rng = random.Random(9110)
    t = Table("folio_cartes_hotel_mu", "Mauritian resort hotel folio card payments: Mauritian guests (Indo-, Franco-, Sino-Mauritian, Creole and Muslim names) with NIC, foreign guests with passports, card PAN (plain, spaced or exponent), expiry and CVV stored with it; French form labels with mandatory-field asterisks")
    spec = [("N° réservation *", False, "booking_reference"), ("Nom *", True, "last_name"), ("Prénom(s) *", True, "first_name"), ("NIC / Passeport *", True, "national_id_or_passport"),
            ("Date de naissance", True, "birth_date"), ("Nationalité", False, "nationality"), ("Adresse", True, "street_address"), ("Ville / Village", True, "city"),
            ("Téléphone *", True, "phone"), ("Courriel", True, "email"), ("Arrivée *", False, "stay_start_date"), ("Départ *", False, "stay_end_date"), ("Chambre", False, "room_number"),
            ("Tarif nuit (MUR)", False, "unit_price"), ("Type de carte", False, "card_brand"), ("N° de carte *", True, "credit_card"), ("Expiration (MM/AA)", True, "card_expiry"),
            ("CVV", True, "card_security_code"), ("Code autorisation", False, "authorization_code"), ("Montant débité", False, "amount"), ("Devise", False, "currency_code"),
            ("Caissier", True, "username"), ("Remarques", True, "free_text_with_names")]
    for h, p, k in spec:
        t.col(h, p, k)
    for i in range(296):
        local = rng.random() < 0.55
        if local:
            last, first = rng.choice(MU_SUR), rng.choice(MU_GIVEN)
            dob = rdate(rng, D(1945, 1, 1), D(2004, 12, 31))
            doc = f"{last[0].upper()}{dob.strftime('%d%m%y')}{rng.randint(0, 999999):06d}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
            doc = rng.choice([doc, doc, doc.lower(), doc[:1] + " " + doc[1:7] + " " + doc[7:]])
            nat, addr, town = "Mauricienne", rng.choice(["Royal Road", "Avenue des Flamboyants", "Morcellement Raffray", "Rue Sir Seewoosagur", "Cité La Cure", "Impasse Bois Noir"]), rng.choice(MU_TOWNS)
            addr = f"{rng.randint(1, 120)} {addr}" if rng.random() < 0.7 else addr
            n = f"5{rng.randint(0, 9999999):07d}" if rng.random() < 0.8 else f"{rng.choice(['4', '6'])}{rng.randint(0, 999999):06d}"
            ph = rng.choice([n, f"+230 {n[:4]} {n[4:]}", f"230{n}", f"{n[:4]}-{n[4:]}"])
        else:
            last, first, cc, full = rng.choice(FOREIGN)
            dob = rdate(rng, D(1945, 1, 1), D(2004, 12, 31))
            doc = f"{rng.choice(['', 'P'])}{rng.choice('ABCEMNX')}{rng.randint(1000000, 9999999)}"
            nat = cc
            addr, town = full.split(", ", 1)
            ph = {"FR": f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", "ZA": f"+27 82 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                  "DE": f"+49 151 {rng.randint(1000000, 9999999)}", "IN": f"+91 98{rng.randint(10000000, 99999999)}", "MG": f"+261 34 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)}",
                  "RE": f"+262 692 {rng.randint(100000, 999999)}"}[cc]
        if rng.random() < 0.15:
            last = last.upper()
        mail = maybe(rng, 0.75, f"{ascii_fold(first.split()[0].lower()).replace('-', '')}.{ascii_fold(last.lower()).replace(' ', '').replace(chr(39), '')}@{rng.choice(['gmail.com', 'orange.mu', 'intnet.mu', 'yahoo.fr', 'hotmail.com', 'web.de'])}")
        brand, pre = rng.choice([("VISA", "4"), ("VISA", "45"), ("MASTERCARD", "5"), ("MASTERCARD", "22"), ("AMEX", "37")])
        ln = 15 if brand == "AMEX" else 16
        pan = luhn_complete(pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - 1 - len(pre))))
        pan_out = rng.choice([pan, pan, spaced(pan), f"{int(pan):.5E}".replace("E+", "E+") if rng.random() < 0.7 else pan])
        cvv = rng.randint(0, 9999 if brand == "AMEX" else 999)
        arr = rdate(rng, D(2024, 1, 5), D(2024, 10, 20))
        nights = rng.randint(1, 14)
        rate = rng.choice([6500, 8900, 12400, 18750, 32000])
        t.rows.append({"N° réservation *": f"BK{rng.randint(240000, 249999)}", "Nom *": last, "Prénom(s) *": first, "NIC / Passeport *": doc,
                       "Date de naissance": maybe(rng, 0.7, dob.strftime("%d/%m/%Y")), "Nationalité": nat, "Adresse": addr, "Ville / Village": town, "Téléphone *": ph, "Courriel": mail,
                       "Arrivée *": arr.strftime("%d/%m/%Y"), "Départ *": (arr + dt.timedelta(days=nights)).strftime("%d/%m/%Y"), "Chambre": f"{rng.randint(1, 3)}{rng.randint(1, 40):02d}",
                       "Tarif nuit (MUR)": f"{rate:,}".replace(",", " "), "Type de carte": brand, "N° de carte *": pan_out, "Expiration (MM/AA)": f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}",
                       "CVV": cvv, "Code autorisation": f"{rng.randint(0, 999999):06d}", "Montant débité": f"{rate * nights:.2f}", "Devise": "MUR",
                       "Caissier": rng.choice(["fo.dorine", "nightaudit", "k.permal", "fo_agent3"]),
                       "Remarques": rng.choice(["", "", "", f"Accompagné de {rng.choice(MU_GIVEN)} (épouse)", "late check-out", f"Carte au nom de {rng.choice(MU_GIVEN)} {rng.choice(MU_SUR)}", "honeymoon"])})
    return t


def main() -> None:
    for f in (t_rw, t_pg, t_hn, t_kg, t_bw, t_la, t_al, t_gt, t_zm, t_mu):
        f().write()


if __name__ == "__main__":
    main()
