# ruff: noqa: E501, B905, B007, UP017, UP030
# (a blind-written generator, kept as its author wrote it)
"""Generate the blind PII golden set of session 7b (assets_config/golden_pii/blind).

Written blind: the author saw only the golden set's README, the list of domain ids and the `Table`
helper conventions. Standard library only, imports nothing from the project, fixed seeds (one
`random.Random` per table), byte-identical output on every run:

    /work/main/.venv/bin/python tools/golden/gen_pii_blind7.py

All values are synthetic. Checksummed ids (Luxembourg matricule with Luhn + Verhoeff, LU/DE IBANs
mod 97, Dominican cedula with Luhn, Paraguayan RUC check digit, card numbers, IMEIs and ICCIDs with
Luhn) pass their real checksums but are random and fictitious.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
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
    path.write_bytes(buf.getvalue().encode("utf-8"))


class Table:
    def __init__(self, split: str, name: str, description: str):
        self.split = split
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
        write_csv(OUT / f"{self.name}.csv", headers, [[r[h] for h in headers] for r in self.rows])
        lines = [f"table: {self.name}", f"description: {yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (OUT / f"{self.name}.labels.yaml").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def maybe(rng: random.Random, p: float, value, empty=""):
    return value if rng.random() < p else empty


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rand_ts(rng: random.Random, a: dt.datetime, b: dt.datetime) -> dt.datetime:
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(payload: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def iban(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def spaced4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def card_pan(rng: random.Random) -> str:
    prefix = rng.choice(["4", "4", "51", "52", "55", "2221", "37", "6011"])
    length = 15 if prefix == "37" else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_digit(body)


def excel_exp(num: str) -> str:
    """What a spreadsheet shows for a long number: 4.53201E+15."""
    mant = f"{int(num[:6]) / 100000:.5f}".rstrip("0").rstrip(".")
    return f"{mant}E+{len(num) - 1}"


def email_of(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    tr = str.maketrans("áéíóúñçàèìòùâêîôûäëïöüõãåøæ'ʻ-", "aeiouncaeiouaeiouaeiouoaaoe___")
    f = first.lower().translate(tr).replace(" ", "").replace("_", "")
    ln = last.lower().translate(tr).replace(" ", "").replace("_", "")
    style = rng.randrange(5)
    if style == 0:
        u = f"{f}.{ln}"
    elif style == 1:
        u = f"{f[0]}{ln}{rng.randint(1, 99)}"
    elif style == 2:
        u = f"{ln}{f}{rng.randint(70, 2005)}"
    elif style == 3:
        u = f"{f}_{ln[:4]}"
    else:
        u = f"{f}{rng.randint(100, 9999)}"
    return f"{u}@{rng.choice(domains)}"


# =============================================================================================
# 1. Tanzania: KoBoToolbox household survey export (Swahili, group/question paths)
# =============================================================================================
TZ_GIVEN_M = ["Juma", "Baraka", "Kulwa", "Doto", "Shija", "Masanja", "Lemomo", "Loishiye", "Gidabuday", "Hhando",
              "Onawasi", "Mussa", "Khamis", "Emmanuel", "Elirehema", "Ng'wandu", "Nangale", "Mtumwa", "Saning'o",
              "Tluway", "Faustine", "Zakaria", "Kisiri", "Lugembe", "Mbwambo"]
TZ_GIVEN_F = ["Neema", "Rehema", "Faraja", "Zawadi", "Mwanaisha", "Mwajuma", "Nyamizi", "Naserian", "Ng'wana",
              "Qamara", "Shani", "Tumaini", "Anyesi", "Maulidi", "Esupat", "Nembris", "Kurwa", "Veronika",
              "Happiness", "Gaudensia", "Nasimiyu", "Mwanahawa", "Sabulana"]
TZ_SURN = ["Mushi", "Lyimo", "Massawe", "Urio", "Kimaro", "Temba", "Swai", "Maduhu", "Masanja", "Lugembe", "Ole Sendeka",
           "Laizer", "Mollel", "Lukumay", "Hhayuma", "Akonaay", "Slaa", "Qorro", "Nangale", "Mtumwa", "Khamis",
           "Bakari", "Mwakyusa", "Kapinga", "Ng'wandu", "Mdoe", "Njau", "Sanga", "Mwakalinga", "Shauri"]
TZ_PLACES = [("Shinyanga", "Kishapu", ["Mwakipoya", "Ngofila", "Talaga"]), ("Arusha", "Karatu", ["Mang'ola", "Endabash", "Qurus"]),
             ("Kilimanjaro", "Moshi Vijijini", ["Uru Kusini", "Kibosho Kati", "Mbokomu"]), ("Mtwara", "Newala", ["Makote", "Mchemo", "Nanguruwe"]),
             ("Manyara", "Mbulu", ["Dongobesh", "Haydom", "Tlawi"]), ("Mwanza", "Magu", ["Kisesa", "Bujashi", "Lubugu"]),
             ("Mbeya", "Rungwe", ["Kiwira", "Ilima", "Masoko"]), ("Kusini Unguja", "Kati", ["Dunga", "Uzini", "Bambi"])]
TZ_VILLAGES = ["Kijiji cha Mwamashele", "Endamarariek", "Kitongoji Mlimani", "Mtaa wa Sokoni", "Ng'wamanota", "Kwa Sadala",
               "Gidamilanda", "Majengo", "Mbuyuni", "Mkwajuni", "Darajani", "Isanzu"]


def tz_phone(rng: random.Random) -> str:
    pre = rng.choice(["754", "755", "713", "715", "784", "788", "765", "621", "683", "656"])
    n = digits(rng, 6)
    s = rng.randrange(6)
    return [f"0{pre}{n}", f"+255 {pre} {n[:3]} {n[3:]}", f"255{pre}{n}", f"{pre}{n}", f"0{pre} {n[:3]} {n[3:]}", f"+255{pre}{n}"][s]


def t_kobo_kaya_tz() -> Table:
    rng = random.Random(70101)
    t = Table("dev", "kobo_kaya_tz",
              "Tanzanian household baseline survey exported from KoBoToolbox; Swahili; group/question paths and Kobo meta columns")
    for h, p, k in [("start", False, "form_start_timestamp"), ("end", False, "form_end_timestamp"),
                    ("today", False, "survey_date"), ("deviceid", True, "device_id_enumerator_phone"),
                    ("utambulisho/jina_la_mdadisi", True, "username_enumerator"),
                    ("utambulisho/mkoa", False, "region"), ("utambulisho/wilaya", True, "district_of_residence"),
                    ("utambulisho/kata", True, "ward_of_residence"), ("utambulisho/kijiji", True, "village_of_residence"),
                    ("mkuu_wa_kaya/jina_kamili", True, "full_name"), ("mkuu_wa_kaya/jinsia", False, "gender"),
                    ("mkuu_wa_kaya/tarehe_ya_kuzaliwa", True, "birth_date"), ("mkuu_wa_kaya/umri", False, "age_years"),
                    ("mkuu_wa_kaya/namba_ya_nida", True, "national_id_tz_nida"), ("mkuu_wa_kaya/simu", True, "phone"),
                    ("mkuu_wa_kaya/jina_la_mwenza", True, "spouse_name"),
                    ("kaya/idadi_ya_wanakaya", False, "household_size"), ("kaya/chanzo_cha_maji", False, "water_source_enum"),
                    ("kaya/aina_ya_paa", False, "roof_type_enum"), ("kaya/kipato_cha_mwezi_tsh", False, "amount"),
                    ("_mahali_latitude", True, "household_gps_latitude"), ("_mahali_longitude", True, "household_gps_longitude"),
                    ("_mahali_altitude", False, "altitude_m"), ("_mahali_precision", False, "gps_precision_m"),
                    ("maoni/maelezo_ya_mdadisi", True, "free_text_with_names"),
                    ("meta/instanceID", False, "record_uuid"), ("_id", False, "record_id"),
                    ("_submission_time", False, "created_at_timestamp")]:
        t.col(h, p, k)
    enumerators = ["enum_tz_amina", "mdadisi07", "jmsuya", "neema.k", "field_team3_baraka", "ekimaro"]
    devices = ["collect:" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(16)) for _ in range(5)] + \
              ["imei:35" + digits(rng, 12) for _ in range(2)]
    water = ["bomba_nyumbani", "bomba_la_umma", "kisima_kirefu", "kisima_wazi", "mto", "maji_ya_mvua", "gari_la_maji"]
    roof = ["bati", "nyasi", "vigae", "udongo", "nyingine"]
    notes = ["", "", "", "Mkuu wa kaya hakuwepo, amejibu mke wake {sp}.", "Jirani {n} alisaidia kutafsiri kwa Kisukuma.",
             "Kaya ina mtoto mwenye ulemavu.", "Namba ya simu ni ya kaka yake, {n}.", "Hakuna maoni", "Respondent asked to call back on {ph}",
             "Aliomba fomu irudiwe kesho.", "{n} ni mjane, anaishi na wajukuu."]
    for i in range(318):
        female = rng.random() < 0.45
        g = rng.choice(TZ_GIVEN_F if female else TZ_GIVEN_M)
        father = rng.choice(TZ_GIVEN_M)
        sur = rng.choice(TZ_SURN)
        full = rng.choice([f"{g} {father} {sur}", f"{g} {sur}", f"{g.upper()} {sur.upper()}", f"{g} {father[0]}. {sur}"])
        sp_g = rng.choice(TZ_GIVEN_M if female else TZ_GIVEN_F)
        reg, dist, kata_list = rng.choice(TZ_PLACES)
        dob = rand_date(rng, D(1938, 1, 1), D(2003, 12, 31))
        st = rand_ts(rng, T(2024, 7, 1, 7), T(2024, 9, 30, 17))
        en = st + dt.timedelta(minutes=rng.randint(18, 95))
        nida = dob.strftime("%Y%m%d") + digits(rng, 12)
        nida_s = rng.choice([nida, f"{nida[:8]}-{nida[8:13]}-{nida[13:18]}-{nida[18:]}", f"{nida[:8]}-{nida[8:13]}-{nida[13:18]}-{nida[18:]}"])
        lat = {"Shinyanga": -3.6, "Arusha": -3.4, "Kilimanjaro": -3.3, "Mtwara": -10.9, "Manyara": -3.8, "Mwanza": -2.6,
               "Mbeya": -9.2, "Kusini Unguja": -6.2}[reg] + rng.uniform(-0.25, 0.25)
        lon = {"Shinyanga": 33.4, "Arusha": 35.6, "Kilimanjaro": 37.4, "Mtwara": 39.3, "Manyara": 35.5, "Mwanza": 33.3,
               "Mbeya": 33.6, "Kusini Unguja": 39.4}[reg] + rng.uniform(-0.25, 0.25)
        note = rng.choice(notes).format(sp=sp_g, n=f"{rng.choice(TZ_GIVEN_M + TZ_GIVEN_F)} {rng.choice(TZ_SURN)}", ph=tz_phone(rng))
        dob_s = rng.choice([dob.isoformat(), dob.isoformat(), f"{dob.year}-01-01", dob.strftime("%d/%m/%Y")])
        t.rows.append({
            "start": st.strftime("%Y-%m-%dT%H:%M:%S.000+03:00"),
            "end": en.strftime("%Y-%m-%dT%H:%M:%S.000+03:00"),
            "today": st.date().isoformat(),
            "deviceid": rng.choice(devices),
            "utambulisho/jina_la_mdadisi": rng.choice(enumerators),
            "utambulisho/mkoa": reg,
            "utambulisho/wilaya": dist,
            "utambulisho/kata": rng.choice(kata_list),
            "utambulisho/kijiji": rng.choice(TZ_VILLAGES),
            "mkuu_wa_kaya/jina_kamili": full,
            "mkuu_wa_kaya/jinsia": "mke" if female else "mme",
            "mkuu_wa_kaya/tarehe_ya_kuzaliwa": dob_s,
            "mkuu_wa_kaya/umri": (st.date() - dob).days // 365,
            "mkuu_wa_kaya/namba_ya_nida": maybe(rng, 0.8, nida_s),
            "mkuu_wa_kaya/simu": maybe(rng, 0.85, tz_phone(rng)),
            "mkuu_wa_kaya/jina_la_mwenza": maybe(rng, 0.6, f"{sp_g} {rng.choice(TZ_SURN)}"),
            "kaya/idadi_ya_wanakaya": rng.randint(1, 14),
            "kaya/chanzo_cha_maji": rng.choice(water),
            "kaya/aina_ya_paa": rng.choice(roof),
            "kaya/kipato_cha_mwezi_tsh": rng.choice([rng.randrange(20000, 900000, 5000), 0, ""]),
            "_mahali_latitude": f"{lat:.6f}",
            "_mahali_longitude": f"{lon:.6f}",
            "_mahali_altitude": f"{rng.uniform(5, 1900):.1f}",
            "_mahali_precision": f"{rng.choice([3.9, 4.8, 5.0, 6.2, 10.0, 15.5, 32.0])}",
            "maoni/maelezo_ya_mdadisi": note,
            "meta/instanceID": "uuid:{0}-{1}-4{2}-{3}-{4}".format(f"{rng.getrandbits(32):08x}", f"{rng.getrandbits(16):04x}", f"{rng.getrandbits(12):03x}", f"{rng.getrandbits(16):04x}", f"{rng.getrandbits(48):012x}"),
            "_id": 218930000 + i * 3 + rng.randint(0, 2),
            "_submission_time": (en + dt.timedelta(hours=rng.randint(1, 70))).strftime("%Y-%m-%dT%H:%M:%S"),
        })
    return t


# =============================================================================================
# 2. Paraguay: school enrolment, R data.frame export (make.names headers)
# =============================================================================================
PY_GIVEN = ["Arasy", "Yvoty", "Mainumby", "Kuarahy", "Jasy", "Ñasaindy", "Tupã", "Araceli", "Derlis", "Nilda", "Ever",
            "Liz Fátima", "Rossana", "Blas", "Sindulfo", "Eulogio", "Fidelina", "Heinrich", "Aganetha", "Katharina", "Jakob",
            "Isaak", "Susanna", "Cutaide", "Ibore", "Posiji", "Chicorai", "Hiroshi", "Jae-won", "Gessica", "Wiliam Rodrigo",
            "Ña Ramona", "Porã", "Karaí", "Yanina", "Osmar"]
PY_SURN = ["Benítez", "Ayala", "Giménez", "Villalba", "Caballero", "Cáceres", "Ortiz", "Núñez", "Aquino", "Duarte",
           "Insfrán", "Aveiro", "Friesen", "Penner", "Wiebe", "Dueck", "Fehr", "Giesbrecht", "Klassen", "Thiessen",
           "Etacori", "Picanerai", "Chiquenoi", "Dosapei", "Takahashi", "Schneider", "da Silva", "Ñamandú", "Arévalos", "Cantero"]
PY_PLACES = [("Asunción", "Capital", ["Sajonia", "Barrio Obrero", "Tembetary", "Loma Pytã"]),
             ("Filadelfia", "Boquerón", ["Kolonie Fernheim", "Barrio Los Ayoreos", "Campo Loro"]),
             ("Loma Plata", "Boquerón", ["Kolonie Menno", "Barrio Nivaclé"]),
             ("Caaguazú", "Caaguazú", ["Compañía Tuyutí", "Barrio San Blas", "Colonia Yvypytã"]),
             ("Ciudad del Este", "Alto Paraná", ["Área 1", "Barrio Boquerón", "Km 7 Monday"]),
             ("Capiatá", "Central", ["Compañía Toledo Cañada", "Aldana Cañada"]),
             ("Villarrica", "Guairá", ["Barrio Ybaroty", "Compañía Potrero Tuyú"]),
             ("La Colmena", "Paraguarí", ["Colonia Japonesa", "Barrio Centro"])]


def py_ruc(ci: str) -> str:
    total = sum(int(d) * w for d, w in zip(reversed(ci), range(2, 2 + len(ci))))
    r = total % 11
    dv = 11 - r if r > 1 else 0
    return f"{ci}-{dv}"


def py_phone(rng: random.Random) -> str:
    pre = rng.choice(["981", "982", "983", "971", "972", "975", "991", "961", "985"])
    n = digits(rng, 6)
    return rng.choice([f"0{pre}{n}", f"0{pre} {n[:3]} {n[3:]}", f"+595 {pre} {n}", f"595{pre}{n}", f"{pre}{n}",
                       f"(0{pre}) {n[:3]}-{n[3:]}", f"021 {digits(rng, 3)} {digits(rng, 3)}"])


def t_rmake_escuela_py() -> Table:
    rng = random.Random(70202)
    t = Table("dev", "rmake_escuela_py",
              "Paraguayan school enrolment list written by R write.csv after read.csv (make.names headers); Spanish/Guaraní values")
    for h, p, k in [("X", False, "row_number"), ("Nro.Matricula", False, "student_record_id"), ("Apellidos", True, "surname"),
                    ("Nombres", True, "given_name"), ("C.I.N.", True, "national_id_py_cedula"),
                    ("Fecha.de.Nacimiento", True, "birth_date"), ("Lugar.de.Nacimiento", True, "place_of_birth"),
                    ("Sexo", False, "gender"), ("Grado", False, "school_grade"), ("Seccion", False, "class_section"),
                    ("Turno", False, "school_shift_enum"), ("Lengua.materna", False, "language"),
                    ("Nombre.del.Encargado", True, "guardian_name"), ("C.I..Encargado", True, "guardian_national_id"),
                    ("RUC.Encargado", True, "tax_id_py_ruc"), ("Tel..Encargado", True, "phone"),
                    ("Correo.electronico", True, "email"), ("Direccion", True, "street_address"),
                    ("Barrio.Compania", True, "neighbourhood_of_residence"), ("Distrito", True, "city_of_residence"),
                    ("Departamento", False, "department_region"), ("Promedio.Final", False, "grade_average"),
                    ("Asistencia..", False, "percentage"), ("Beca.Tekopora.", False, "boolean"),
                    ("Observaciones", True, "free_text_with_names")]:
        t.col(h, p, k)
    dom = ["gmail.com", "hotmail.com", "yahoo.com.ar", "tigo.com.py", "outlook.es", "personal.com.py"]
    streets = ["Mcal. López", "Tte. Fariña", "Avda. Hindenburg", "Calle Ayoreo", "Ruta PY09 km 415", "Avda. Artigas",
               "Gral. Aquino c/ Yegros", "Calle Sin Nombre", "Avda. Mcal. Estigarribia", "Tacuary", "Calle 1ro de Marzo"]
    obs = ["", "", "", "", "Retira el hermano {n}", "Alergia a la penicilina", "Vive con la abuela {n}",
           "Trasladado desde Esc. Básica N° 1234", "Padre en Argentina; firma la tía {n}", "Repitente", "Necesita apoyo en lectura",
           "Tekoporã: titular {n}"]
    for i in range(296):
        g = rng.choice(PY_GIVEN)
        s1, s2 = rng.choice(PY_SURN), rng.choice(PY_SURN)
        city, dep, barrios = rng.choice(PY_PLACES)
        dob = rand_date(rng, D(2008, 1, 1), D(2018, 12, 31))
        ci = str(rng.randint(4200000, 8900000))
        gci = str(rng.randint(800000, 6500000))
        gname = f"{rng.choice(PY_GIVEN)} {rng.choice([s1, rng.choice(PY_SURN)])}"
        fmt = rng.randrange(4)
        dob_s = [dob.strftime("%d/%m/%Y"), dob.strftime("%d/%m/%y"), dob.isoformat(), f"{dob.day}/{dob.month}/{dob.year}"][fmt]
        t.rows.append({
            "X": i + 1,
            "Nro.Matricula": f"{rng.randint(2019, 2024)}{rng.randint(1, 9999):04d}",
            "Apellidos": rng.choice([f"{s1} {s2}", s1, f"{s1.upper()} {s2.upper()}"]),
            "Nombres": g,
            "C.I.N.": rng.choice([ci, f"{int(ci):,}".replace(",", "."), ci, "", "en trámite"]),
            "Fecha.de.Nacimiento": dob_s,
            "Lugar.de.Nacimiento": rng.choice([city, city, "Asunción", "Buenos Aires", "Foz do Iguaçu", "Filadelfia", "Encarnación"]),
            "Sexo": rng.choice(["M", "F", "Masculino", "Femenino"]),
            "Grado": rng.choice(["1°", "2°", "3°", "4°", "5°", "6°", "7°", "8°", "9°"]),
            "Seccion": rng.choice(["A", "B", "C", "Única"]),
            "Turno": rng.choice(["Mañana", "Tarde", "Noche"]),
            "Lengua.materna": rng.choice(["Guaraní", "Castellano", "Guaraní y castellano", "Plautdietsch", "Ayoreo", "Nivaclé", "Portugués"]),
            "Nombre.del.Encargado": gname,
            "C.I..Encargado": maybe(rng, 0.9, gci),
            "RUC.Encargado": maybe(rng, 0.35, py_ruc(gci)),
            "Tel..Encargado": maybe(rng, 0.9, py_phone(rng)),
            "Correo.electronico": maybe(rng, 0.45, email_of(rng, gname.split()[0], gname.split()[-1], dom)),
            "Direccion": f"{rng.choice(streets)} {maybe(rng, 0.7, str(rng.randint(12, 3999)), 'c/ ' + rng.choice(streets))}",
            "Barrio.Compania": rng.choice(barrios),
            "Distrito": city,
            "Departamento": dep,
            "Promedio.Final": f"{rng.randint(10, 50) / 10:.1f}".replace(".", ","),
            "Asistencia..": f"{rng.uniform(55, 100):.1f}".replace(".", ","),
            "Beca.Tekopora.": rng.choice(["TRUE", "FALSE", "FALSE", "NA"]),
            "Observaciones": rng.choice(obs).format(n=f"{rng.choice(PY_GIVEN)} {rng.choice(PY_SURN)}"),
        })
    return t


# =============================================================================================
# 3. Cambodia: prepaid SIM registration (Khmer headers, Khmer/Latin values, Buddhist-era dates)
# =============================================================================================
KH_SURN = [("Sok", "សុខ"), ("Chan", "ចាន់"), ("Kim", "គីម"), ("Heng", "ហេង"), ("Meas", "មាស"), ("Chea", "ជា"), ("Ouk", "អ៊ុក"),
           ("Prak", "ប្រាក់"), ("Yim", "យឹម"), ("Nget", "ង៉ែត"), ("Keo", "កែវ"), ("Seng", "សេង"), ("Ly", "លី"), ("Chhim", "ឈឹម"),
           ("Pich", "ពេជ្រ"), ("Mao", "ម៉ៅ"), ("Touch", "ទូច")]
KH_GIVEN = [("Dara", "ដារ៉ា"), ("Sophea", "សុភា"), ("Sreyleak", "ស្រីល័ក្ខ"), ("Sovannarith", "សុវណ្ណរិទ្ធ"), ("Bopha", "បុប្ផា"),
            ("Vuthy", "វុទ្ធី"), ("Chanthy", "ចាន់ធី"), ("Sreymom", "ស្រីមុំ"), ("Sokha", "សុខា"), ("Rathana", "រតនា"), ("Pisey", "ពិសី"),
            ("Vannak", "វណ្ណៈ"), ("Sothea", "សុធា"), ("Kunthea", "គន្ធា"), ("Piseth", "ពិសិដ្ឋ"), ("Monyrath", "មុនីរ័ត្ន"),
            ("Chenda", "ចិន្តា"), ("Vichet", "វិចិត្រ"), ("Sopheap", "សុភាព"), ("Rachana", "រចនា")]
KH_OTHER = ["Math Ly Kamaruddin", "Sos Fatimah", "Nguyen Thi Lan", "Tran Van Hung", "Kroeung Tola", "Sev Chhouk", "Blang Nhoem",
            "Romam Sreun", "Ysa Osman", "Li Meiling"]
KH_PLACES = [("ភ្នំពេញ", "Phnom Penh", "ខណ្ឌចំការមន", "សង្កាត់ទួលទំពូង", "Phum 4"), ("សៀមរាប", "Siem Reap", "ក្រុងសៀមរាប", "សង្កាត់ស្វាយដង្គំ", "Phum Trapeang Ses"),
             ("បាត់ដំបង", "Battambang", "ស្រុកសង្កែ", "ឃុំអណ្តូងត្របែក", "Phum Anlong Vil"), ("កំពង់ចាម", "Kampong Cham", "ស្រុកកងមាស", "ឃុំពាមជីកង", "Phum Svay Tabien"),
             ("រតនគិរី", "Ratanakiri", "ស្រុកអូរជុំ", "ឃុំលំផាត់", "Phum La'En Kraen"), ("មណ្ឌលគិរី", "Mondulkiri", "ស្រុកពេជ្រាដា", "ឃុំស្រែអំពូម", "Phum Pu Trom"),
             ("កំពត", "Kampot", "ស្រុកទឹកឈូ", "ឃុំកោះតូច", "Phum Trapeang Thum"), ("តាកែវ", "Takeo", "ស្រុកបាទី", "ឃុំត្រពាំងសាប", "Phum Kok Trab")]
KH_DIG = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def kh_phone(rng: random.Random) -> str:
    pre = rng.choice(["12", "11", "77", "85", "97", "88", "16", "10", "15", "70"])
    n = digits(rng, rng.choice([6, 7]))
    return rng.choice([f"0{pre} {n[:3]} {n[3:]}", f"+855 {pre} {n}", f"855{pre}{n}", f"{pre}{n}", f"0{pre}{n}", f"0{pre}-{n[:3]}-{n[3:]}"])


def t_khmer_sim_kyc_kh() -> Table:
    rng = random.Random(70303)
    t = Table("dev", "khmer_sim_kyc_kh",
              "Cambodian mobile operator prepaid SIM registration (KYC) export; Khmer-script headers, Khmer and Latin values, Khmer digits and Buddhist-era dates")
    for h, p, k in [("លេខរៀង", False, "record_id"), ("ឈ្មោះ (ខ្មែរ)", True, "full_name_native_script"),
                    ("ឈ្មោះ (ឡាតាំង)", True, "full_name_latin"), ("ភេទ", False, "gender"),
                    ("ថ្ងៃខែឆ្នាំកំណើត", True, "birth_date"), ("ទីកន្លែងកំណើត", True, "place_of_birth"),
                    ("ប្រភេទឯកសារ", False, "document_type_enum"), ("លេខឯកសារ", True, "national_id_or_passport"),
                    ("សញ្ជាតិ", False, "nationality"), ("លេខទូរស័ព្ទ", True, "phone_msisdn"),
                    ("ICCID", True, "sim_iccid"), ("IMSI", True, "imsi"), ("IMEI", True, "imei"),
                    ("ភូមិ", True, "village_of_residence"), ("ឃុំ/សង្កាត់", True, "commune_of_residence"),
                    ("ស្រុក/ខណ្ឌ", True, "district_of_residence"), ("ខេត្ត/រាជធានី", False, "province"),
                    ("កញ្ចប់", False, "tariff_plan"), ("ស្ថានភាព", False, "status_enum"),
                    ("កាលបរិច្ឆេទចុះឈ្មោះ", False, "registration_timestamp"), ("លេខភ្នាក់ងារ", False, "dealer_code"),
                    ("អ្នកប្រើប្រព័ន្ធ", True, "username_clerk"), ("សមតុល្យ ($)", False, "account_balance")]:
        t.col(h, p, k)
    clerks = ["dealer_pp_sokun", "kc_agent_vannda", "sr_shop02", "btb.chenda", "rtk_nary", "kampot.sales1"]
    plans = ["Smart@ Home", "Starter $1", "Unlimited 5G", "Data 30 ថ្ងៃ", "Student Plan", "Tourist SIM 7D"]
    for i in range(342):
        place = rng.choice(KH_PLACES)
        dob = rand_date(rng, D(1950, 1, 1), D(2007, 12, 31))
        if rng.random() < 0.12:
            latin = rng.choice(KH_OTHER)
            native = latin if rng.random() < 0.6 else ""
        else:
            (sl, sn), (gl, gn) = rng.choice(KH_SURN), rng.choice(KH_GIVEN)
            native = f"{sn} {gn}"
            latin = rng.choice([f"{sl} {gl}", f"{sl.upper()} {gl.upper()}", f"{gl} {sl}", f"{sl} {gl}"])
        d = rng.randrange(5)
        if d == 0:
            dob_s = dob.strftime("%d/%m/%Y")
        elif d == 1:
            dob_s = dob.strftime("%d/%m/%Y").translate(KH_DIG)
        elif d == 2:
            dob_s = f"{dob.day:02d}-{dob.month:02d}-{dob.year + 544} ព.ស."
        elif d == 3:
            dob_s = dob.isoformat()
        else:
            dob_s = f"{dob.day}/{dob.month}/{dob.year + 544}".translate(KH_DIG)
        foreign = rng.random() < 0.08
        if foreign:
            doc_type, doc = "លិខិតឆ្លងដែន", rng.choice(["N", "E", "C", "P"]) + digits(rng, 7)
            nat = rng.choice(["VN", "CN", "TH", "FR", "KR"])
        else:
            doc_type = "អត្តសញ្ញាណប័ណ្ណ"
            doc = "0" + digits(rng, 8) if rng.random() < 0.5 else str(rng.randint(10000000, 199999999))
            doc = rng.choice([doc, doc.lstrip("0"), doc.translate(KH_DIG), doc])
            nat = "KH"
        icc = "8985506" + digits(rng, 12)
        imei = rng.choice(["35", "86", "01", "35"]) + digits(rng, 12)
        reg = rand_ts(rng, T(2019, 1, 1), T(2024, 11, 30))
        t.rows.append({
            "លេខរៀង": 500000 + i,
            "ឈ្មោះ (ខ្មែរ)": native,
            "ឈ្មោះ (ឡាតាំង)": latin,
            "ភេទ": rng.choice(["ប្រុស", "ស្រី", "M", "F"]),
            "ថ្ងៃខែឆ្នាំកំណើត": dob_s,
            "ទីកន្លែងកំណើត": rng.choice([place[0], place[1], "ខេត្តព្រៃវែង", "Svay Rieng", "ស្រុកកៀនស្វាយ"]),
            "ប្រភេទឯកសារ": doc_type,
            "លេខឯកសារ": doc,
            "សញ្ជាតិ": nat,
            "លេខទូរស័ព្ទ": kh_phone(rng),
            "ICCID": icc + luhn_digit(icc),
            "IMSI": "45606" + digits(rng, 10),
            "IMEI": maybe(rng, 0.85, imei + luhn_digit(imei)),
            "ភូមិ": rng.choice([place[4], "ភូមិ" + str(rng.randint(1, 12)).translate(KH_DIG), "ភូមិត្រពាំងឈូក"]),
            "ឃុំ/សង្កាត់": place[3],
            "ស្រុក/ខណ្ឌ": place[2],
            "ខេត្ត/រាជធានី": rng.choice([place[0], place[1]]),
            "កញ្ចប់": rng.choice(plans),
            "ស្ថានភាព": rng.choice(["សកម្ម", "ផ្អាក", "Active", "Barred", "Terminated"]),
            "កាលបរិច្ឆេទចុះឈ្មោះ": reg.strftime("%Y-%m-%d %H:%M:%S"),
            "លេខភ្នាក់ងារ": f"DLR-{rng.choice(['PP', 'SR', 'BB', 'KC', 'RK', 'KP'])}-{rng.randint(1, 480):04d}",
            "អ្នកប្រើប្រព័ន្ធ": rng.choice(clerks),
            "សមតុល្យ ($)": f"{rng.uniform(0, 25):.2f}",
        })
    return t


# =============================================================================================
# 4. Ghana: mobile-money agent transactions, fixed-width extract (byte-position headers)
# =============================================================================================
GH_GIVEN = ["KWAME", "AKOSUA", "YAW", "ABENA", "KOFI", "AMA", "KWABENA", "ADWOA", "KOJO", "EFUA", "KWAKU", "AFUA", "KWESI",
            "ESI", "SENYO", "ELIKEM", "DZIFA", "SELASI", "EDEM", "MAWULI", "NII ODARTEI", "NAA DEDEI", "ABDULAI", "MAHAMUDU",
            "FUSEINI", "ZENABU", "WUMBEI", "ATINGA", "AKOLGO", "AYINGA", "ABAGRE", "NANA YAA", "PAA KWESI"]
GH_SURN = ["MENSAH", "OWUSU", "BOATENG", "ASANTE", "ADJEI", "OSEI", "AGYEMAN", "DARKO", "AMPONSAH", "QUARTEY", "TETTEH",
           "ODOI", "LAMPTEY", "AHIABLE", "AGBEKO", "DZOKOTO", "KPODO", "ALHASSAN", "IDDRISU", "YAKUBU", "AKANBONGO", "ATIGA",
           "ANABA", "NYAABA", "OFORI-ATTA", "ANSAH-ASARE", "BAWUMIA-ISSAH", "GYAN-APENTENG"]


def gh_msisdn(rng: random.Random) -> str:
    pre = rng.choice(["24", "54", "55", "59", "20", "50", "27", "57", "26", "56"])
    n = digits(rng, 7)
    return rng.choice([f"233{pre}{n}", f"0{pre}{n}", f"{pre}{n}", f"233{pre}{n}", f"+233 {pre} {n[:3]} {n[3:]}"])


def t_fixedpos_momo_gh() -> Table:
    rng = random.Random(70404)
    t = Table("dev", "fixedpos_momo_gh",
              "Ghanaian mobile-money agent transaction extract, fixed-width file parsed by byte positions (headers say nothing); mostly transaction data; upper-case values")
    spec = [(12, False, "transaction_id"), (14, False, "transaction_timestamp"), (8, False, "transaction_type_enum"),
            (10, False, "agent_code"), (30, False, "agent_business_name"), (12, False, "region"),
            (12, True, "phone_msisdn"), (35, True, "full_name"), (15, True, "national_id_gh_ghana_card"),
            (8, True, "birth_date"), (12, True, "counterparty_phone_msisdn"), (35, True, "counterparty_full_name"),
            (12, False, "amount"), (8, False, "fee_amount"), (8, False, "tax_amount_e_levy"), (14, False, "account_balance"),
            (14, False, "agent_float_balance"), (6, False, "channel_enum"), (10, False, "cell_id"), (3, False, "status_code"),
            (20, False, "external_reference"), (40, True, "free_text_with_names")]
    pos = 1
    heads = []
    for w, p, k in spec:
        h = f"POS{pos:03d}_{pos + w - 1:03d}"
        heads.append(h)
        t.col(h, p, k)
        pos += w
    shops = ["GOD IS GREAT VENTURES", "NYAME NTI ENTERPRISE", "ABOFRA MOMO SPOT", "BLESSED HANDS TELECOM", "SUNYANI LORRY PARK MOMO",
             "ADOM MOBILE MONEY", "TAMALE CENTRAL MOMO", "NKABOM COSMETICS & MOMO", "JESUS DEY TELECOM", "ANOINTED ONES MM"]
    regions = ["GREATER ACCRA", "ASHANTI", "NORTHERN", "VOLTA", "UPPER EAST", "BONO", "CENTRAL", "WESTERN", "OTI"]
    notes = ["", "", "", "", "SCH FEES {g}", "RENT FOR MR {s}", "CHOP MONEY", "FOR MAAME {g} FUNERAL", "TRANSPORT", "ZONGO SUSU",
             "PAYMENT TO {g} {s} CEMENT", "ECG PREPAID", "HOSPITAL BILL {g}", "DSTV"]
    agents = [(f"AG{rng.randint(100000, 999999)}", rng.choice(shops), rng.choice(regions)) for _ in range(28)]
    types = ["CASHIN", "CASHOUT", "P2P", "BILLPAY", "AIRTIME", "CASHOUT", "CASHIN"]
    for i in range(404):
        ag = rng.choice(agents)
        ts = rand_ts(rng, T(2024, 3, 1), T(2024, 3, 31, 23, 59))
        ty = rng.choice(types)
        amt = rng.choice([rng.randint(5, 300), rng.randint(50, 5000), rng.randint(1, 50)]) + rng.choice([0, 0, 0.5, 0.2])
        fee = round(amt * rng.choice([0.0, 0.005, 0.01, 0.0075]), 2)
        lev = round(amt * 0.01, 2) if ty == "P2P" and amt > 100 else 0.0
        dob = rand_date(rng, D(1950, 1, 1), D(2006, 1, 1))
        card = f"GHA-{rng.randint(700000000, 729999999)}-{rng.randint(0, 9)}"
        cp = ty in ("P2P", "CASHIN") and rng.random() < 0.7
        t.rows.append(dict(zip(heads, [
            f"{rng.randint(10**11, 10**12 - 1)}",
            ts.strftime("%Y%m%d%H%M%S"),
            ty,
            ag[0],
            ag[1],
            ag[2],
            gh_msisdn(rng),
            f"{rng.choice(GH_GIVEN)} {maybe(rng, 0.3, rng.choice(GH_GIVEN) + ' ')}{rng.choice(GH_SURN)}",
            maybe(rng, 0.75, rng.choice([card, card.replace("-", ""), card])),
            maybe(rng, 0.7, dob.strftime("%Y%m%d"), "00000000"),
            gh_msisdn(rng) if cp else "",
            f"{rng.choice(GH_GIVEN)} {rng.choice(GH_SURN)}" if cp else "",
            f"{amt:.2f}",
            f"{fee:.2f}",
            f"{lev:.2f}",
            f"{rng.uniform(0, 8000):.2f}",
            f"{rng.uniform(200, 60000):.2f}",
            rng.choice(["USSD", "APP", "USSD", "AGENT"]),
            f"{rng.choice(['620', '621'])}{rng.randint(10000, 99999)}",
            rng.choice(["000", "000", "000", "051", "091", "005"]),
            maybe(rng, 0.5, f"MP{ts.strftime('%y%m%d')}.{rng.randint(1000, 9999)}.{rng.choice(string.ascii_uppercase)}{rng.randint(10000, 99999)}"),
            rng.choice(notes).format(g=rng.choice(GH_GIVEN), s=rng.choice(GH_SURN)),
        ])))
    return t


# =============================================================================================
# 5. Madagascar: vanilla purchase ledger, data-lake export with hashed column names
# =============================================================================================
MG_SURN = ["RAKOTONDRAZAFY", "ANDRIANANTENAINA", "RAZAFINDRAKOTO", "RANDRIANARISOA", "RASOANIRINA", "RAVELOJAONA",
           "RABEMANANJARA", "ANDRIAMAHEFA", "RAZANAMPARANY", "RAKOTOARIMANANA", "RAMANANTSOA", "RANDRIAMAMPIONONA",
           "TSIRESY", "SOJA", "VELOMANANA", "RASOLOFONIAINA", "BEMANANJARA", "TOTOZAFY", "ZAFINDRABE", "MONJA"]
MG_GIVEN = ["Hery", "Fara", "Voahangy", "Lalao", "Mamy", "Nirina", "Tahina", "Haingo", "Fanja", "Rivo", "Tsiky", "Zo",
            "Miora", "Toky", "Ando", "Jean Claude", "Marie Odette", "Fidèle", "Bodo", "Tsimihety", "Velontsoa", "Nomenjanahary"]
MG_PLACES = [("Sambava", ["Ambodivohitra", "Antsahabe", "Farahalana"]), ("Antalaha", ["Ampahana", "Ambohitralanana", "Lanjarivo"]),
             ("Andapa", ["Marojala", "Anjangoveratra", "Ankiakabe"]), ("Vohemar", ["Ampanefena", "Andrahanjo", "Nosibe"]),
             ("Maroantsetra", ["Ambinanitelo", "Andranofotsy"])]


def mg_phone(rng: random.Random) -> str:
    pre = rng.choice(["34", "32", "33", "38"])
    n = digits(rng, 7)
    return rng.choice([f"0{pre} {n[:2]} {n[2:5]} {n[5:]}", f"+261 {pre} {n[:2]} {n[2:5]} {n[5:]}", f"0{pre}{n}", f"261{pre}{n}", f"{pre} {n[:2]} {n[2:5]} {n[5:]}"])


def t_hashcol_vanille_mg() -> Table:
    rng = random.Random(70505)
    t = Table("dev", "hashcol_vanille_mg",
              "Malagasy vanilla exporter's green-vanilla purchase ledger from a data lake whose column names are hashed (headers say nothing); mostly purchase/lot data; French/Malagasy values with decimal commas")
    semantic = [("achat_no", False, "purchase_number"), ("date_achat", False, "event_date"), ("collecteur", False, "collector_code"),
                ("planteur_nom", True, "full_name"), ("planteur_cin", True, "national_id_mg_cin"), ("planteur_tel", True, "phone_mobile_money"),
                ("fokontany", True, "village_of_residence"), ("commune", True, "commune_of_residence"), ("region", False, "region"),
                ("parcelle_lat", True, "plot_gps_latitude"), ("parcelle_lon", True, "plot_gps_longitude"),
                ("poids_kg", False, "mass_kg"), ("qualite", False, "grade_enum"), ("humidite_pct", False, "percentage"),
                ("longueur_cm", False, "length_cm"), ("prix_ar_kg", False, "unit_price"), ("montant_ar", False, "amount"),
                ("mode_paiement", False, "payment_method_enum"), ("ref_mvola", False, "payment_transaction_id"),
                ("lot_no", False, "lot_number"), ("conteneur", False, "container_number"), ("prix_fob_usd_kg", False, "unit_price"),
                ("remarque", True, "free_text_with_names"), ("saisi_par", True, "username_clerk")]
    heads = []
    for name, p, k in semantic:
        h = "c_" + hashlib.sha1(("vanille:" + name).encode()).hexdigest()[:10]
        heads.append(h)
        t.col(h, p, k)
    clerks = ["hrasoamanana", "saisie.sambava", "t.andriamanga", "lot_antalaha2"]
    remarks = ["", "", "", "", "Payé à sa femme {g} {s}", "Vanille verte pas mûre, 3 kg refusés", "Avance déjà reçue par {g}",
               "Nahazo vola mialoha i {g} {s}", "Gousses fendues", "Lanitra ratsy, tara ny fanaterana", "Contrôle: {g} {s} (chef fokontany)"]
    lots = [f"LOT-{rng.choice(['SAM', 'ANT', 'AND', 'VOH'])}-24-{n:03d}" for n in range(1, 30)]
    for i in range(366):
        comm, fks = rng.choice(MG_PLACES)
        sur, g = rng.choice(MG_SURN), rng.choice(MG_GIVEN)
        name = rng.choice([f"{sur} {g}", f"{sur} {g} {rng.choice(MG_GIVEN)}", f"{sur.title()} {g}", f"{g} {sur[:1]}."])
        cin = str(rng.choice([7, 7, 2, 5])) + digits(rng, 11)
        kg = rng.uniform(2, 280)
        price = rng.choice([75000, 80000, 85000, 90000, 100000, 120000])
        d = rand_date(rng, D(2024, 5, 2), D(2024, 8, 30))
        pay = rng.choice(["ESPÈCES", "MVOLA", "MVOLA", "ORANGE MONEY", "CHÈQUE"])
        t.rows.append(dict(zip(heads, [
            f"A{d.strftime('%y')}-{i + 1:05d}",
            d.strftime("%d/%m/%Y"),
            f"COL-{rng.randint(1, 60):03d}",
            name,
            maybe(rng, 0.85, rng.choice([cin, f"{cin[:3]} {cin[3:6]} {cin[6:9]} {cin[9:]}", cin])),
            maybe(rng, 0.7, mg_phone(rng)),
            rng.choice(fks),
            comm,
            "SAVA" if comm != "Maroantsetra" else "Analanjirofo",
            f"{-14.3 + rng.uniform(-1.2, 0.9):.5f}".replace(".", ","),
            f"{49.9 + rng.uniform(-0.4, 0.5):.5f}".replace(".", ","),
            f"{kg:.1f}".replace(".", ","),
            rng.choice(["Vert A", "Vert B", "Vert C", "Rejet"]),
            f"{rng.uniform(60, 85):.1f}".replace(".", ","),
            rng.choice(["14-16", "16+", "12-14", "<12"]),
            f"{price:,}".replace(",", " "),
            f"{round(kg * price):,}".replace(",", " "),
            pay,
            f"MP{d.strftime('%y%m%d')}.{rng.randint(1000, 9999)}.B{rng.randint(10000, 99999)}" if pay == "MVOLA" else "",
            rng.choice(lots),
            rng.choice(["MSKU", "TGHU", "CMAU"]) + digits(rng, 7),
            f"{rng.uniform(180, 260):.2f}".replace(".", ","),
            rng.choice(remarks).format(g=rng.choice(MG_GIVEN), s=rng.choice(MG_SURN)),
            rng.choice(clerks),
        ])))
    return t


# =============================================================================================
# 6. Fiji: bus e-ticket validator taps decoded with protoc --decode_raw (field-number headers)
# =============================================================================================
FJ_NAMES = ["Sevanaia Vuniwaqa", "Litia Nabou", "Mereoni Tuilevuka", "Jone Ravuvu", "Josaia Naivalu", "Akanisi Rokotuiwai",
            "Salote Delai", "Vilimone Tabuakoro", "Timoci Waqanivalu", "Losana Ratumaitavuki", "Unaisi Cakau", "Waisale Nayacakalou",
            "Makereta Vakalalabure", "Epeli Ravulolo", "Asenaca Drauna", "Shalendra Prasad", "Anjani Devi", "Mohammed Shareef Khan",
            "Kamlesh Narayan", "Shivneel Chand", "Ronita Lata", "Praneel Kumar", "Sashi Kiran Goundar", "Jione Atalifo",
            "Aisea Rigamoto", "Fesaitu Managreve", "Leung Wai Ming", "Teresia Kaiuea", "Ratu Peceli Naulumatua", "Adi Ema Tagicakibau"]
FJ_STOPS = [("Suva Bus Stand", -18.1376, 178.4253), ("Nausori Town", -18.0316, 178.5325), ("USP Laucala", -18.1485, 178.4456),
            ("Nadi Bus Stand", -17.8047, 177.4165), ("Lautoka Market", -17.6099, 177.4465), ("Nasinu Valelevu", -18.0887, 178.4901),
            ("Sigatoka", -18.1417, 177.5077), ("Ba Town", -17.5347, 177.6760), ("Labasa Bus Stand", -16.4330, 179.3640)]


def fj_phone(rng: random.Random) -> str:
    pre = rng.choice(["7", "8", "9", "2"])
    n = digits(rng, 6)
    return rng.choice([f"{pre}{n}", f"+679 {pre}{n[:2]} {n[2:]}", f"679{pre}{n}", f"{pre}{n[:2]} {n[2:]}"])


def t_rawproto_bus_fj() -> Table:
    rng = random.Random(70606)
    t = Table("dev", "rawproto_bus_fj",
              "Fijian bus e-ticketing validator taps decoded with protoc --decode_raw and flattened (protobuf field numbers as headers, say nothing); mostly fare/route/device data")
    for h, p, k in [("1", False, "event_uuid"), ("2", False, "epoch_seconds"), ("3.1", True, "card_uid_device_id"),
                    ("3.2", False, "fare_product_enum"), ("3.3", True, "full_name"), ("3.4", True, "birth_date"),
                    ("3.5", True, "phone"), ("3.6", False, "school_name"), ("4.1", False, "route_number"),
                    ("4.2", False, "fleet_number"), ("4.3", False, "company_vehicle_plate"), ("4.4", True, "employee_id"),
                    ("4.5", True, "full_name_driver"), ("5.1", False, "stop_id"), ("5.2", False, "stop_name"),
                    ("5.3", False, "stop_latitude"), ("5.4", False, "stop_longitude"), ("6.1", False, "amount"),
                    ("6.2", False, "account_balance"), ("6.3", False, "boolean"), ("7", False, "device_serial_validator"),
                    ("8", False, "firmware_version")]:
        t.col(h, p, k)
    operators = ["VTL", "SNB", "PBS", "NBC", "TBL"]
    buses = [(f"{rng.choice(operators)}{rng.randint(10, 299)}", rng.choice(["LT", "LU", "LV", "BUS"]) + f" {rng.randint(100, 999)}",
              f"DRV{rng.randint(1000, 9999)}", rng.choice(FJ_NAMES), f"VAL-{rng.getrandbits(32):08X}") for _ in range(24)]
    cards = []
    for _ in range(150):
        kind = rng.choice(["ADULT", "ADULT", "ADULT", "STUDENT", "STUDENT", "SENIOR", "DISABILITY"])
        reg = kind != "ADULT" or rng.random() < 0.25
        dob = rand_date(rng, D(1940, 1, 1), D(1965, 1, 1)) if kind == "SENIOR" else (
            rand_date(rng, D(2005, 1, 1), D(2016, 12, 31)) if kind == "STUDENT" else rand_date(rng, D(1960, 1, 1), D(2004, 1, 1)))
        cards.append((f"04{rng.getrandbits(48):012X}", kind, rng.choice(FJ_NAMES) if reg else "", dob.isoformat() if reg else "",
                      fj_phone(rng) if reg and rng.random() < 0.8 else "",
                      rng.choice(["Suva Grammar School", "Lelean Memorial School", "Nadi College", "Marist Brothers High School",
                                  "Jasper Williams High School", "Labasa Muslim College"]) if kind == "STUDENT" else ""))
    ts0 = int(T(2024, 6, 3, 5, 30, tzinfo=dt.timezone.utc).timestamp())
    for i in range(412):
        c = rng.choice(cards)
        b = rng.choice(buses)
        s = rng.choice(FJ_STOPS)
        fare = {"ADULT": rng.choice([0.7, 1.0, 1.35, 2.15, 3.4]), "STUDENT": 0.0, "SENIOR": rng.choice([0.0, 0.5]), "DISABILITY": 0.0}[c[1]]
        t.rows.append({
            "1": f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}",
            "2": ts0 + i * rng.randint(30, 420),
            "3.1": c[0], "3.2": c[1], "3.3": c[2], "3.4": c[3], "3.5": c[4], "3.6": c[5],
            "4.1": rng.choice(["1", "2A", "13", "7", "20", "S3", "45"]),
            "4.2": b[0], "4.3": b[1], "4.4": b[2], "4.5": b[3],
            "5.1": 1000 + FJ_STOPS.index(s) * 17, "5.2": s[0], "5.3": f"{s[1]:.4f}", "5.4": f"{s[2]:.4f}",
            "6.1": f"{fare:.2f}", "6.2": f"{rng.uniform(0, 40):.2f}", "6.3": rng.choice(["true", "false", "false"]),
            "7": b[4], "8": rng.choice(["2.4.1", "2.4.1", "2.5.0-rc2", "2.3.9"]),
        })
    return t


# =============================================================================================
# 7. Luxembourg: HR master data from SQL Server, bracket-quoted identifiers
# =============================================================================================
LU_SURN = ["Weber", "Schmit", "Muller", "Wagner", "Hoffmann", "Thill", "Kremer", "Reuter", "Schroeder", "Wirtz", "Majerus",
           "Feltgen", "Goedert", "Kieffer", "Hansen", "da Silva Ferreira", "Gonçalves Pereira", "Rodrigues", "Tavares Semedo",
           "Lefèvre", "Marchal", "Dubois", "Lambert", "Schäfer", "Pizzaferri", "Kalač", "Muratović", "Ries-Bausch", "Ney"]
LU_GIVEN = ["Gilles", "Laurent", "Mett", "Fernand", "Marie-Josée", "Nathalie", "Tun", "Fränz", "Misch", "Carine", "Joëlle",
            "Romain", "João Paulo", "Maria de Fátima", "Djenifer", "Adilson", "Jhemp", "Mireille", "Sevdija", "Aurélien", "Jil", "Lenny"]
LU_RES = [("L-4", "Esch-sur-Alzette", "LU"), ("L-45", "Differdange", "LU"), ("L-34", "Dudelange", "LU"), ("L-90", "Ettelbruck", "LU"),
          ("L-95", "Wiltz", "LU"), ("L-1", "Luxembourg", "LU"), ("L-2", "Luxembourg", "LU"), ("L-97", "Clervaux", "LU"),
          ("F-57100", "Thionville", "FR"), ("F-54400", "Longwy", "FR"), ("B-6700", "Arlon", "BE"), ("D-54290", "Trier", "DE"),
          ("D-66706", "Perl", "DE")]
LU_BANKS = [("001", "BCEELULL"), ("002", "BILLLULL"), ("003", "BGLLLULL"), ("014", "CELLLULL"), ("009", "CCRALULL")]


def lu_matricule(rng: random.Random, dob: dt.date) -> str:
    base = dob.strftime("%Y%m%d") + digits(rng, 3)
    return base + luhn_digit(base) + verhoeff_digit(base)


def work_mail(first: str, last: str) -> str:
    tr = str.maketrans("éèëäöüçãáâ", "eeeaoucaaa", "")
    f = first.lower().translate(tr).replace(" ", "-")
    ln = last.lower().translate(tr).replace(" ", "").replace("č", "c").replace("ć", "c").replace("ß", "ss")
    return f"{f}.{ln}@logistique-bettembourg.lu"


def t_sqlsrv_personal_lu() -> Table:
    rng = random.Random(70707)
    t = Table("dev", "sqlsrv_personal_lu",
              "Luxembourg logistics company HR master (residents and cross-border workers) from SQL Server Management Studio; bracket-quoted [schema].[column] headers; French/German/Luxembourgish/Portuguese values, decimal commas")
    for h, p, k in [("[Personal].[PersNr]", True, "employee_id"), ("[Personal].[Matricule]", True, "national_id_lu_matricule"),
                    ("[Personal].[Nom]", True, "surname"), ("[Personal].[NomNaissance]", True, "birth_name"),
                    ("[Personal].[Prenom]", True, "given_name"), ("[Personal].[Sexe]", False, "gender"),
                    ("[Personal].[DateNaissance]", True, "birth_date"), ("[Personal].[Nationalite]", False, "nationality"),
                    ("[Adresse].[Rue]", True, "street_address"), ("[Adresse].[CodePostal]", True, "postal_code"),
                    ("[Adresse].[Localite]", True, "city_of_residence"), ("[Adresse].[Pays]", False, "country_code"),
                    ("[Contact].[TelPrive]", True, "phone"), ("[Contact].[EmailPrive]", True, "email"),
                    ("[Contact].[EmailPro]", True, "email_work_personal"), ("[Banque].[IBAN]", True, "iban"),
                    ("[Banque].[BIC]", False, "bic"), ("[Contrat].[Fonction]", False, "job_title"),
                    ("[Contrat].[Service]", False, "department"), ("[Contrat].[DateEntree]", False, "hire_date"),
                    ("[Contrat].[SalaireBrut]", False, "salary"), ("[Impot].[Classe]", False, "tax_class"),
                    ("[Impot].[Enfants]", False, "count"), ("[Personal].[Remarque]", True, "free_text_with_names"),
                    ("[Audit].[ModifiePar]", True, "username_clerk")]:
        t.col(h, p, k)
    streets = ["rue de l'Alzette", "Grand-Rue", "route d'Arlon", "rue du Fossé", "Kirchestrooss", "avenue de la Gare", "um Bierg",
               "rue Principale", "Hauptstraße", "rue Émile Mayrisch", "Duerfstrooss", "boulevard Royal"]
    jobs = ["Chauffeur PL", "Magasinier", "Cariste", "Dispatcher", "Comptable", "Responsable RH", "Mécanicien", "Agent de quai", "Planificateur"]
    deps = ["Transport", "Entrepôt Bettembourg", "Finance", "RH", "Atelier", "Douane"]
    clerks = ["LOGI\\mthill", "LOGI\\hr_admin2", "LOGI\\cweber", "LOGI\\svc_payroll"]
    notes = ["", "", "", "", "Saisie sur salaire (huissier Me {n})", "Congé parental jusqu'au 31/03", "Personne de contact: {n}, épouse",
             "Frontalier, A1 à renouveler", "Ex-conjoint {n} – ne pas communiquer l'adresse", "Permis C+E valable"]
    for i in range(248):
        female = rng.random() < 0.35
        sur = rng.choice(LU_SURN)
        dob = rand_date(rng, D(1960, 1, 1), D(2004, 12, 31))
        pref, city, ctry = rng.choice(LU_RES)
        if ctry == "LU":
            pc = pref + "".join(digits(rng, 4 - (len(pref) - 2)))
        else:
            pc = pref
        pc = rng.choice([pc, pc, pc.split("-", 1)[1]])
        if rng.random() < 0.8:
            bc, bic = rng.choice(LU_BANKS)
            ib = iban("LU", bc + digits(rng, 13))
        else:
            bic = rng.choice(["COBADEFFXXX", "TRISDE55", "DEUTDEDB"])
            ib = iban("DE", digits(rng, 18))
        g = rng.choice(LU_GIVEN)
        mat = lu_matricule(rng, dob)
        tel = rng.choice([f"+352 621 {digits(rng, 3)} {digits(rng, 3)}", f"691{digits(rng, 6)}", f"00352 661 {digits(rng, 6)}",
                          f"+33 6 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"+49 151 {digits(rng, 8)}",
                          f"0032 4{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"])
        t.rows.append({
            "[Personal].[PersNr]": f"{10000 + i * 3:06d}",
            "[Personal].[Matricule]": rng.choice([mat, mat, mat, f"{mat[:4]} {mat[4:8]} {mat[8:]}"]),
            "[Personal].[Nom]": sur,
            "[Personal].[NomNaissance]": maybe(rng, 0.3 if female else 0.03, rng.choice(LU_SURN)),
            "[Personal].[Prenom]": g,
            "[Personal].[Sexe]": "F" if female else "M",
            "[Personal].[DateNaissance]": rng.choice([dob.strftime("%Y-%m-%d 00:00:00.000"), dob.strftime("%Y-%m-%d 00:00:00.000"), dob.strftime("%d.%m.%Y")]),
            "[Personal].[Nationalite]": rng.choice(["LU", "PT", "FR", "BE", "DE", "CV", "IT", "ME"]),
            "[Adresse].[Rue]": f"{rng.randint(1, 180)}{maybe(rng, 0.1, rng.choice(['A', 'B']))}, {rng.choice(streets)}",
            "[Adresse].[CodePostal]": pc,
            "[Adresse].[Localite]": city,
            "[Adresse].[Pays]": ctry,
            "[Contact].[TelPrive]": maybe(rng, 0.9, tel, "NULL"),
            "[Contact].[EmailPrive]": maybe(rng, 0.6, email_of(rng, g, sur, ["pt.lu", "gmail.com", "orange.fr", "web.de", "skynet.be", "internet.lu"]), "NULL"),
            "[Contact].[EmailPro]": work_mail(g, sur),
            "[Banque].[IBAN]": rng.choice([ib, spaced4(ib)]),
            "[Banque].[BIC]": bic,
            "[Contrat].[Fonction]": rng.choice(jobs),
            "[Contrat].[Service]": rng.choice(deps),
            "[Contrat].[DateEntree]": rand_date(rng, D(1995, 1, 1), D(2024, 10, 1)).strftime("%Y-%m-%d 00:00:00.000"),
            "[Contrat].[SalaireBrut]": f"{rng.uniform(2570, 9800):.2f}".replace(".", ","),
            "[Impot].[Classe]": rng.choice(["1", "1a", "2", "2", "1"]),
            "[Impot].[Enfants]": rng.choice([0, 0, 1, 2, 3]),
            "[Personal].[Remarque]": rng.choice(notes).format(n=f"{rng.choice(LU_GIVEN)} {rng.choice(LU_SURN)}") or "NULL",
            "[Audit].[ModifiePar]": rng.choice(clerks),
        })
    return t


# =============================================================================================
# 8. Dominican Republic: parcel-forwarding (casillero) shipments, DynamoDB JSON flattened
# =============================================================================================
DO_GIVEN = ["Yunior", "Yokasta", "Wendy", "Anyelo", "Franchesca", "Yohanny", "Deivi", "Yajaira", "Raysa", "Radhamés", "Yuberkis",
            "Maireni", "Rosanna", "Wascar", "Odalis", "Nelsy", "Yeudy", "Juan Pablo", "Altagracia", "Ramona", "Fausto", "Yulissa"]
DO_SURN = ["Peña", "Almonte", "De los Santos", "Taveras", "Rosario", "Polanco", "Mejía", "Then", "Jiménez", "Encarnación",
           "Féliz", "Batista", "Núñez", "Báez", "Minaya", "Lantigua", "Santana", "Jean-Baptiste", "Pierre", "Hazim", "Wong", "Bonetti"]
DO_PLACES = [("Santo Domingo de Guzmán", "Distrito Nacional", ["Naco", "Piantini", "Gazcue", "Villa Juana", "Cristo Rey"]),
             ("Santo Domingo Este", "Santo Domingo", ["Los Mina", "Ensanche Ozama", "Villa Faro"]),
             ("Santiago de los Caballeros", "Santiago", ["Los Jardines", "Cienfuegos", "Pueblo Nuevo"]),
             ("San Pedro de Macorís", "San Pedro de Macorís", ["Villa Velásquez", "Barrio México"]),
             ("Higüey", "La Altagracia", ["La Otra Banda", "San Martín"]), ("Moca", "Espaillat", ["Los Cocos"])]


def do_cedula(rng: random.Random) -> str:
    body = rng.choice(["001", "402", "031", "223", "026", "054", "028"]) + digits(rng, 7)
    return body + luhn_digit(body)


def do_phone(rng: random.Random) -> str:
    a = rng.choice(["809", "829", "849"])
    e, n = digits(rng, 3), digits(rng, 4)
    return rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"1{a}{e}{n}", f"+1 {a} {e} {n}", f"{a}{e}{n}", f"{a}.{e}.{n}"])


def t_dynamodb_casillero_do() -> Table:
    rng = random.Random(70808)
    t = Table("dev", "dynamodb_casillero_do",
              "Dominican parcel-forwarding (Miami locker to Santo Domingo) shipments from a DynamoDB export flattened with type descriptors; mostly shipment data; Spanish values")
    for h, p, k in [("Item.pk.S", False, "locker_id"), ("Item.sk.S", False, "shipment_key"),
                    ("Item.consignee.M.fullName.S", True, "full_name"), ("Item.consignee.M.cedula.S", True, "national_id_do_cedula"),
                    ("Item.consignee.M.phone.S", True, "phone"), ("Item.consignee.M.email.S", True, "email"),
                    ("Item.consignee.M.address.M.line1.S", True, "street_address"),
                    ("Item.consignee.M.address.M.sector.S", True, "neighbourhood_of_residence"),
                    ("Item.consignee.M.address.M.municipio.S", True, "city_of_residence"),
                    ("Item.consignee.M.address.M.provincia.S", False, "province"),
                    ("Item.pickupAuth.M.name.S", True, "authorised_person_name"), ("Item.pickupAuth.M.cedula.S", True, "authorised_person_national_id"),
                    ("Item.trackingUS.S", False, "tracking_number"), ("Item.carrier.S", False, "carrier_enum"),
                    ("Item.weightLb.N", False, "mass_lb"), ("Item.declaredValueUsd.N", False, "amount"),
                    ("Item.hsCode.S", False, "hs_code"), ("Item.description.S", False, "product_description"),
                    ("Item.flight.S", False, "flight_number"), ("Item.manifestDate.S", False, "event_date"),
                    ("Item.status.S", False, "status_enum"), ("Item.dutyDop.N", False, "tax_amount"),
                    ("Item.payment.M.cardPan.S", True, "card_number"), ("Item.payment.M.cardExp.S", True, "card_expiry"),
                    ("Item.createdAt.N", False, "epoch_ms"), ("Item.ttl.N", False, "epoch_seconds")]:
        t.col(h, p, k)
    goods = [("Celular Samsung A15", "8517.13"), ("Tenis Nike", "6404.11"), ("Vitaminas", "2106.90"), ("Piezas de carro", "8708.99"),
             ("Ropa de niño", "6111.20"), ("Laptop HP", "8471.30"), ("Perfume", "3303.00"), ("Libros", "4901.99"), ("Juguetes", "9503.00"),
             ("Audífonos", "8518.30")]
    lockers = [(f"SDQ-{rng.randint(10000, 99999)}", rng.choice(DO_GIVEN), rng.choice(DO_SURN), rng.choice(DO_SURN), rng.choice(DO_PLACES),
                do_cedula(rng), do_phone(rng)) for _ in range(140)]
    streets = ["C/ Duarte", "Av. Winston Churchill", "C/ Respaldo 5", "Av. 27 de Febrero", "C/ Padre Billini", "Av. Las Américas",
               "C/ Primera", "Av. Estrella Sadhalá", "Manzana 14"]
    for i in range(388):
        lk = rng.choice(lockers)
        muni, prov, sectors = lk[4]
        name = rng.choice([f"{lk[1]} {lk[2]} {lk[3]}", f"{lk[1]} {lk[2]}", f"{lk[1].upper()} {lk[2].upper()}"])
        ced = lk[5]
        item, hs = rng.choice(goods)
        val = rng.uniform(8, 900)
        created = rand_ts(rng, T(2024, 1, 2), T(2024, 11, 20))
        pan = card_pan(rng) if rng.random() < 0.55 else ""
        t.rows.append({
            "Item.pk.S": f"LOCKER#{lk[0]}",
            "Item.sk.S": f"SHIP#{created.strftime('%Y%m%d')}#{rng.getrandbits(32):08X}",
            "Item.consignee.M.fullName.S": name,
            "Item.consignee.M.cedula.S": rng.choice([ced, f"{ced[:3]}-{ced[3:10]}-{ced[10]}", ced]),
            "Item.consignee.M.phone.S": lk[6],
            "Item.consignee.M.email.S": maybe(rng, 0.8, email_of(rng, lk[1], lk[2], ["gmail.com", "hotmail.com", "claro.net.do", "yahoo.com"])),
            "Item.consignee.M.address.M.line1.S": f"{rng.choice(streets)} #{rng.randint(1, 250)}{maybe(rng, 0.3, ', Apto. ' + str(rng.randint(1, 12)) + rng.choice('ABCD'))}",
            "Item.consignee.M.address.M.sector.S": rng.choice(sectors),
            "Item.consignee.M.address.M.municipio.S": muni,
            "Item.consignee.M.address.M.provincia.S": prov,
            "Item.pickupAuth.M.name.S": maybe(rng, 0.3, f"{rng.choice(DO_GIVEN)} {rng.choice(DO_SURN)}"),
            "Item.pickupAuth.M.cedula.S": maybe(rng, 0.25, do_cedula(rng)),
            "Item.trackingUS.S": rng.choice(["1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                                             "TBA" + digits(rng, 12), "9400" + digits(rng, 18)]),
            "Item.carrier.S": rng.choice(["UPS", "AMAZON", "USPS", "FEDEX"]),
            "Item.weightLb.N": f"{rng.uniform(0.2, 45):.2f}",
            "Item.declaredValueUsd.N": f"{val:.2f}",
            "Item.hsCode.S": hs,
            "Item.description.S": item,
            "Item.flight.S": rng.choice(["B6 1509", "AA 2157", "AV 0231", "DM 4402"]),
            "Item.manifestDate.S": (created + dt.timedelta(days=rng.randint(1, 6))).date().isoformat(),
            "Item.status.S": rng.choice(["EN_MIAMI", "EN_TRANSITO", "EN_ADUANA", "DISPONIBLE", "ENTREGADO", "ENTREGADO"]),
            "Item.dutyDop.N": f"{val * 58.9 * rng.choice([0, 0, 0.18, 0.28]):.2f}",
            "Item.payment.M.cardPan.S": rng.choice([pan, pan, excel_exp(pan) if pan else "", " ".join([pan[:4], pan[4:8], pan[8:12], pan[12:]]) if pan else ""]),
            "Item.payment.M.cardExp.S": f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}" if pan else "",
            "Item.createdAt.N": int(created.replace(tzinfo=dt.timezone.utc).timestamp() * 1000) + rng.randint(0, 999),
            "Item.ttl.N": int(created.replace(tzinfo=dt.timezone.utc).timestamp()) + 3 * 365 * 86400,
        })
    return t


# =============================================================================================
# 9. Armenia: polyclinic patient register in Snowflake, quoted identifiers kept in the header
# =============================================================================================
AM_SURN = [("Hovhannisyan", "Հովհաննիսյան"), ("Harutyunyan", "Հարությունյան"), ("Sargsyan", "Սարգսյան"), ("Khachatryan", "Խաչատրյան"),
           ("Grigoryan", "Գրիգորյան"), ("Petrosyan", "Պետրոսյան"), ("Vardanyan", "Վարդանյան"), ("Karapetyan", "Կարապետյան"),
           ("Ghazaryan", "Ղազարյան"), ("Avetisyan", "Ավետիսյան"), ("Mkrtchyan", "Մկրտչյան"), ("Stepanyan", "Ստեփանյան"),
           ("Tamoyan", "Թամոյան"), ("Avdalyan", "Ավդալյան"), ("Ter-Petrosyan", "Տեր-Պետրոսյան"), ("Shahinyan", "Շահինյան")]
AM_GIVEN = [("Aram", "Արամ"), ("Hovhannes", "Հովհաննես"), ("Gevorg", "Գևորգ"), ("Tigran", "Տիգրան"), ("Vardan", "Վարդան"),
            ("Ashot", "Աշոտ"), ("Narek", "Նարեկ"), ("Hrant", "Հրանտ"), ("Khachik", "Խաչիկ"), ("Mher", "Մհեր"), ("Vahagn", "Վահագն"),
            ("Anahit", "Անահիտ"), ("Lusine", "Լուսինե"), ("Siranush", "Սիրանուշ"), ("Gayane", "Գայանե"), ("Nune", "Նունե"),
            ("Armine", "Արմինե"), ("Hasmik", "Հասմիկ"), ("Mariam", "Մարիամ"), ("Astghik", "Աստղիկ"), ("Shushanik", "Շուշանիկ"),
            ("Zaruhi", "Զարուհի"), ("Rustam", "Ռուստամ"), ("Zina", "Զինա")]
AM_PLACES = [("Yerevan", "Երևան", ["Արաբկիր", "Նոր Նորք", "Մալաթիա-Սեբաստիա", "Շենգավիթ"]), ("Shirak", "Gyumri", ["Գյումրի", "Արթիկ"]),
             ("Lori", "Vanadzor", ["Վանաձոր", "Ֆիոլետովո", "Ալավերդի"]), ("Armavir", "Armavir", ["Ֆերիկ", "Էջմիածին"]),
             ("Syunik", "Goris", ["Գորիս", "Կապան", "Մեղրի"]), ("Aragatsotn", "Ashtarak", ["Ալագյազ", "Ռյա Թազա"])]


def t_snowflake_patients_am() -> Table:
    rng = random.Random(70909)
    t = Table("dev", "snowflake_patients_am",
              "Armenian polyclinic patient register loaded into Snowflake; quoted identifiers kept with their double quotes and case; Armenian-script and Latin values")
    for h, p, k in [('"PATIENT_ID"', False, "record_id"), ('"AMB_CARD_NO"', True, "medical_record_number"),
                    ('"Patient Name (hy)"', True, "full_name_native_script"), ('"PATIENT_NAME_LAT"', True, "full_name_latin"),
                    ('"PATRONYMIC"', True, "patronymic"), ('"BIRTH_DATE"', True, "birth_date"), ('"SEX"', False, "gender"),
                    ('"SOC_CARD_NO"', True, "national_id_am_public_service_number"), ('"PASSPORT_NO"', True, "passport_number"),
                    ('"PHONE_MOBILE"', True, "phone"), ('"ADDRESS_HY"', True, "street_address"), ('"MARZ"', False, "province"),
                    ('"COMMUNITY"', True, "city_of_residence"), ('"POLYCLINIC"', False, "clinic_name"),
                    ('"FAMILY_DOCTOR"', True, "physician_name"), ('"VISIT_DATE"', True, "visit_date_hipaa_date"),
                    ('"ICD10"', False, "icd10_code"), ('"BLOOD_GROUP"', False, "blood_group"), ('"WEIGHT_KG"', False, "mass_kg"),
                    ('"Referral Note"', True, "free_text_with_names"), ('"_LOADED_AT"', False, "load_timestamp"),
                    ('"_SRC_FILE"', False, "source_file_name")]:
        t.col(h, p, k)
    clinics = ["Arabkir Polyclinic N12", "Gyumri Polyclinic N3", "Vanadzor Health Centre", "Goris Medical Centre", "Ashtarak Ambulatory"]
    doctors = ["Dr. Anna Melkonyan", "Բժ. Արմեն Սիմոնյան", "Dr. Karine Babayan", "Dr. Levon Hakobyan", "Dr. Ruzanna Galstyan"]
    streets = ["Կոմիտասի պող.", "Բաղրամյան փ.", "Տիգրան Մեծի փ.", "Abovyan st.", "Մաշտոցի պող.", "Gai ave.", "Շահումյան փ."]
    icd = ["I10", "E11.9", "J06.9", "M54.5", "K29.7", "Z00.0", "N39.0", "J45.9", "I25.1"]
    notes = ["", "", "", "", "Ուղեգրված է սրտաբանի մոտ", "Referred to Dr. {d} (cardiology)", "Accompanied by son {g} {s}",
             "Հիվանդի դուստրը՝ {g} {s}, կզանգի", "Allergy: penicillin", "Repeat ECG in 3 months"]
    for i in range(274):
        (sl, sh), (gl, gh) = rng.choice(AM_SURN), rng.choice(AM_GIVEN)
        fl, fh = rng.choice(AM_GIVEN[:11])
        marz, mlat, comms = rng.choice(AM_PLACES)
        dob = rand_date(rng, D(1932, 1, 1), D(2023, 12, 31))
        soc = digits(rng, 10)
        visit = rand_date(rng, D(2024, 1, 8), D(2024, 11, 29))
        t.rows.append({
            '"PATIENT_ID"': 3000000 + i * 11,
            '"AMB_CARD_NO"': f"{rng.randint(1, 9999)}/{rng.choice(['A', 'Բ', 'B'])}",
            '"Patient Name (hy)"': maybe(rng, 0.9, f"{sh} {gh}"),
            '"PATIENT_NAME_LAT"': rng.choice([f"{sl.upper()} {gl.upper()}", f"{gl} {sl}", f"{sl} {gl}"]),
            '"PATRONYMIC"': maybe(rng, 0.8, rng.choice([fh + "ի", fl + "i", fl + "ovich" if gl in dict(AM_GIVEN[:11]) else fl + "ovna"])),
            '"BIRTH_DATE"': rng.choice([dob.isoformat(), dob.strftime("%d.%m.%Y"), dob.isoformat()]),
            '"SEX"': rng.choice(["M", "F", "Ա", "Ի"]),
            '"SOC_CARD_NO"': maybe(rng, 0.8, soc),
            '"PASSPORT_NO"': maybe(rng, 0.6, rng.choice(["AN", "AM", "AR", "AT"]) + digits(rng, 7)) if dob.year < 2008 else "",
            '"PHONE_MOBILE"': maybe(rng, 0.85, rng.choice([f"+374 {rng.choice(['91', '93', '94', '77', '98', '55'])} {digits(rng, 6)}",
                                                          f"0{rng.choice(['91', '93', '99', '77'])}{digits(rng, 6)}",
                                                          f"374{rng.choice(['94', '55'])}{digits(rng, 6)}", f"({rng.choice(['091', '077'])}) {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"])),
            '"ADDRESS_HY"': f"{rng.choice(streets)} {rng.randint(1, 120)}{maybe(rng, 0.5, ', բն. ' + str(rng.randint(1, 90)))}",
            '"MARZ"': marz,
            '"COMMUNITY"': rng.choice(comms),
            '"POLYCLINIC"': rng.choice(clinics),
            '"FAMILY_DOCTOR"': rng.choice(doctors),
            '"VISIT_DATE"': visit.isoformat(),
            '"ICD10"': rng.choice(icd),
            '"BLOOD_GROUP"': rng.choice(["O(I) Rh+", "A(II) Rh+", "B(III) Rh-", "AB(IV) Rh+", ""]),
            '"WEIGHT_KG"': f"{rng.uniform(3, 120):.1f}",
            '"Referral Note"': rng.choice(notes).format(d=rng.choice(["Melkonyan", "Babayan"]), g=rng.choice(AM_GIVEN)[1], s=rng.choice(AM_SURN)[1]),
            '"_LOADED_AT"': f"{visit.isoformat()} 02:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d} +0400",
            '"_SRC_FILE"': f"s3://mz-ehr-landing/patients/{visit.strftime('%Y/%m/%d')}/part-{rng.randint(0, 7):05d}.csv.gz",
        })
    return t


# =============================================================================================
# 10. Haiti: remittance payouts, Spanish headers (vendor software) over Haitian/French values
# =============================================================================================
HT_GIVEN = ["Jean-Robert", "Marie-Carmel", "Wilnès", "Fritznel", "Ketly", "Dieudonné", "Rose-Merline", "Jocelyne", "Wideline",
            "Mackenson", "Stevenson", "Widlyne", "Guerline", "Nesly", "Roodly", "Mirlande", "Jhonson", "Lovely", "Fabiola", "Exilien"]
HT_SURN = ["Jean-Louis", "Pierre-Louis", "Célestin", "Désir", "Joseph", "Saint-Fleur", "Dorvil", "Mésidor", "Exantus", "Fils-Aimé",
           "Toussaint", "Bien-Aimé", "Charles", "Dorsainvil", "Lafontant", "Thélusma", "Noël", "Augustin", "Saintil", "Mérisier"]
HT_COMMUNES = [("Pétion-Ville", "Ouest"), ("Croix-des-Bouquets", "Ouest"), ("Jacmel", "Sud-Est"), ("Les Cayes", "Sud"),
               ("Hinche", "Centre"), ("Jérémie", "Grand'Anse"), ("Cap-Haïtien", "Nord"), ("Gonaïves", "Artibonite"),
               ("Mirebalais", "Centre"), ("Saint-Marc", "Artibonite"), ("Ouanaminthe", "Nord-Est")]


def t_pagos_remesas_ht() -> Table:
    rng = random.Random(71010)
    t = Table("dev", "pagos_remesas_ht",
              "Haitian remittance payouts from a Spanish-language money-transfer platform (headers in Spanish, values in Haitian Creole/French); payments with sender and beneficiary data")
    for h, p, k in [("Código Envío", False, "transfer_reference"), ("Fecha Pago", False, "payout_timestamp"),
                    ("Remitente", True, "sender_full_name"), ("Tel. Remitente", True, "sender_phone"),
                    ("País Origen", False, "country_code"), ("Beneficiario", True, "full_name"),
                    ("Documento", False, "document_type_enum"), ("Nº Documento", True, "national_id_ht_nif_or_cin"),
                    ("Fecha Nac. Benef.", True, "birth_date"), ("Teléfono", True, "phone"), ("Dirección", True, "street_address"),
                    ("Comuna", True, "city_of_residence"), ("Departamento", False, "department_region"),
                    ("Parentesco", False, "relationship_enum"), ("Pregunta Secreta", False, "security_question_text"),
                    ("Respuesta", True, "security_answer"), ("Monto USD", False, "amount"), ("Tasa", False, "exchange_rate"),
                    ("Monto HTG", False, "amount"), ("Agencia", False, "branch_name"), ("Cajero", True, "username_clerk"),
                    ("Motivo", False, "purpose_enum"), ("Estado", False, "status_enum")]:
        t.col(h, p, k)
    senders = ["US", "US", "CA", "CL", "DO", "FR", "BR", "BS"]
    rel = ["manman", "papa", "frè", "sè", "madanm", "pitit", "kouzen", "zanmi", "tonton"]
    questions = ["Ki non manman w?", "Non premye lekòl ou?", "Quel est le nom de votre ville natale?", "Ki non chen ou?", "Mot de passe convenu"]
    agencies = ["Agence Delmas 33", "Pétion-Ville Place Boyer", "Jacmel Centre-Ville", "Cayes Rue Geffrard", "Cap-Haïtien Rue 14",
                "Hinche Marché", "Gonaïves Avenue des Dattes"]
    clerks = ["caissier.delmas1", "pv_ketly", "jcm-cashier2", "cayes.wilner", "cap_guichet3", "hinche_op"]
    streets = ["Rue Lamarre", "Ruelle Nazon", "Delmas 31, Impasse Dorcély", "Route de Frères", "Rue Capois", "Lakou Dorvil, Kafou Fèy",
               "Rue Grégoire", "Avenue Christophe", "Bwa Mapou", "Impasse Lavaud"]
    for i in range(326):
        comm, dep = rng.choice(HT_COMMUNES)
        s_ctry = rng.choice(senders)
        ben_g, ben_s = rng.choice(HT_GIVEN), rng.choice(HT_SURN)
        sphone = {"US": f"+1 ({rng.choice(['305', '786', '718', '617', '954'])}) {digits(rng, 3)}-{digits(rng, 4)}",
                  "CA": f"+1 514 {digits(rng, 3)} {digits(rng, 4)}", "CL": f"+56 9 {digits(rng, 4)} {digits(rng, 4)}",
                  "DO": f"809-{digits(rng, 3)}-{digits(rng, 4)}", "FR": f"+33 6 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                  "BR": f"+55 11 9{digits(rng, 4)}-{digits(rng, 4)}", "BS": f"1-242-{digits(rng, 3)}-{digits(rng, 4)}"}[s_ctry]
        doc = rng.choice(["NIF", "CIN", "CIN", "Pasaporte"])
        if doc == "NIF":
            n = digits(rng, 10)
            num = rng.choice([f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9]}", n])
        elif doc == "CIN":
            num = rng.choice(["0", "1"]) + digits(rng, 9)
            num = rng.choice([num, f"{num[:2]}-{num[2:4]}-{num[4:6]}-{num[6:]}", num.lstrip("0")])
        else:
            num = rng.choice(["RD", "PP", "HA"]) + digits(rng, 7)
        usd = rng.choice([50, 100, 150, 200, 250, 300, 500, 75, 1000]) + rng.choice([0, 0, 0.5])
        rate = rng.uniform(128.5, 133.9)
        ts = rand_ts(rng, T(2024, 4, 1, 8), T(2024, 10, 31, 17))
        q = rng.randrange(len(questions))
        ans = [rng.choice(HT_GIVEN), rng.choice(["Lycée Pétion", "Ecole Nationale de Jacmel", "Collège Saint-Pierre"]), rng.choice([c[0] for c in HT_COMMUNES]),
               rng.choice(["Bobi", "Tiga", "Rex", "Lion"]), rng.choice(["bonmanje77", "soley2024", "Lakay-Se-Lakay", "fanmi"])][q]
        t.rows.append({
            "Código Envío": f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            "Fecha Pago": ts.strftime("%d/%m/%Y %H:%M"),
            "Remitente": f"{rng.choice(HT_GIVEN)} {rng.choice(HT_SURN)}",
            "Tel. Remitente": maybe(rng, 0.9, sphone),
            "País Origen": s_ctry,
            "Beneficiario": rng.choice([f"{ben_g} {ben_s}", f"{ben_s.upper()} {ben_g}", f"{ben_g} {rng.choice(HT_GIVEN)} {ben_s}"]),
            "Documento": doc,
            "Nº Documento": num,
            "Fecha Nac. Benef.": maybe(rng, 0.7, rand_date(rng, D(1940, 1, 1), D(2006, 6, 1)).strftime("%d/%m/%Y")),
            "Teléfono": rng.choice([f"+509 {rng.choice(['3', '4', '3'])}{digits(rng, 3)}-{digits(rng, 4)}", f"509{rng.choice(['3', '4'])}{digits(rng, 7)}",
                                    f"{rng.choice(['3', '4'])}{digits(rng, 3)} {digits(rng, 4)}", f"(509) {rng.choice(['3', '4'])}{digits(rng, 7)}"]),
            "Dirección": maybe(rng, 0.8, f"{rng.choice(streets)} #{rng.randint(1, 99)}"),
            "Comuna": comm,
            "Departamento": dep,
            "Parentesco": rng.choice(rel),
            "Pregunta Secreta": questions[q],
            "Respuesta": ans,
            "Monto USD": f"{usd:.2f}",
            "Tasa": f"{rate:.4f}",
            "Monto HTG": f"{usd * rate:.2f}",
            "Agencia": rng.choice(agencies),
            "Cajero": rng.choice(clerks),
            "Motivo": rng.choice(["Manteniment familial", "Lekòl", "Sante", "Konstriksyon", "Biznis", "Fineray"]),
            "Estado": rng.choice(["PAGADO", "PAGADO", "PAGADO", "ANULADO", "RETENIDO"]),
        })
    return t


def selfcheck() -> None:
    assert luhn_ok("79927398713")
    assert verhoeff_digit("236") == "3" and verhoeff_ok("2363")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")


def main() -> None:
    selfcheck()
    tables = [t_kobo_kaya_tz(), t_rmake_escuela_py(), t_khmer_sim_kyc_kh(), t_fixedpos_momo_gh(), t_hashcol_vanille_mg(),
              t_rawproto_bus_fj(), t_sqlsrv_personal_lu(), t_dynamodb_casillero_do(), t_snowflake_patients_am(), t_pagos_remesas_ht()]
    for t in tables:
        assert 200 <= len(t.rows) <= 420 and 15 <= len(t.cols) <= 28, (t.name, len(t.rows), len(t.cols))
        t.write()
        print(f"{t.name}: {len(t.rows)} x {len(t.cols)}, pii columns {sum(1 for c in t.cols if c[1])}")


if __name__ == "__main__":
    main()
