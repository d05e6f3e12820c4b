"""Generate the PII golden tables written blind in session 5 (now dev: assets_config/golden_pii/dev).

They were the blind set of session 5; after one measurement they moved to dev in session 5, round 2 (see
assets_config/golden_pii/README.md, "dev, formerly blind (session 5)").

Run: /work/main/.venv/bin/python tools/golden/gen_pii_blind3.py
Standard library only, imports nothing from the project, fixed seeds: the output is byte-identical on
every run. All values are synthetic; national IDs, IBANs and card numbers pass their real checksums
but are random and fictitious. Written blind (see assets_config/golden_pii/README.md,
"dev, formerly blind (session 5)").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets_config" / "golden_pii"

D = dt.date
T = dt.datetime


# =============================================================================================
# helpers
# =============================================================================================
def yq(s: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


class Table:
    def __init__(self, split: str, name: str, description: str):
        self.split = split
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
            missing = set(headers) - set(r)
            extra = set(r) - set(headers)
            assert not missing and not extra, (self.name, missing, extra)
        assert 200 <= len(self.rows) <= 400 and 15 <= len(headers) <= 28, (self.name, len(self.rows), len(headers))
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(headers)
        for r in self.rows:
            w.writerow(["" if r[h] is None else str(r[h]) for h in headers])
        d = OUT / self.split
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{self.name}.csv").write_text(buf.getvalue(), encoding="utf-8")
        lines = [f"table: {self.name}", f"description: {yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (d / f"{self.name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def maybe(rng: random.Random, p: float, value: Any, empty: Any = "") -> Any:
    return value if rng.random() < p else empty


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rand_ts(rng: random.Random, a: dt.datetime, b: dt.datetime) -> dt.datetime:
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def hexs(rng: random.Random, n: int, upper: bool = False) -> str:
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def strip_accents(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_complete(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return payload + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_complete(num[:-1]) == num


def card_pan(rng: random.Random, prefix: str, length: int) -> str:
    return luhn_complete(prefix + digits(rng, length - len(prefix) - 1))


def excel_exp(num: str, comma: bool = False) -> str:
    s = f"{int(num):.5E}".replace("E+0", "E+")
    return s.replace(".", ",") if comma else s


def iban(cc: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(conv) % 97
    return f"{cc}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    conv = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(conv) % 97 == 1


def spaced4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


_VH_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VH_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_complete(payload: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VH_D[c][_VH_P[(i + 1) % 8][int(ch)]]
    return payload + str(_VH_INV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VH_D[c][_VH_P[i % 8][int(ch)]]
    return c == 0


def ipv4(rng: random.Random) -> str:
    first = rng.choice([5, 31, 37, 41, 46, 49, 59, 77, 83, 95, 102, 105, 109, 113, 117, 122, 176, 178, 188, 197, 212])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return f"{rng.choice(['2401', '2405', '2409', '2a00', '2a02', '2c0f', '2001'])}:" + ":".join(
        hexs(rng, 4).lstrip("0") or "0" for _ in range(7)
    )


# =============================================================================================
# 1. Québec credit-union member master, COBOL copybook names, upper-case values without accents
# =============================================================================================
QC_SURNAMES = [
    "TREMBLAY",
    "GAGNON",
    "ROY",
    "COTE",
    "BOUCHARD",
    "GAUTHIER",
    "MORIN",
    "LAVOIE",
    "FORTIN",
    "GAGNE",
    "OUELLET",
    "PELLETIER",
    "BELANGER",
    "LEVESQUE",
    "BERGERON",
    "PAQUETTE",
    "GIRARD",
    "SIMARD",
    "D'AMOURS",
    "ST-PIERRE",
    "DESROSIERS-LAFLAMME",
    "BEAUSOLEIL",
    "THIBODEAU",
    "MALENFANT",
    "DUSABLON",
    "VAILLANCOURT",
    "JOLICOEUR",
    "PINSONNEAULT",
    "JEAN-BAPTISTE",
    "PIERRE-LOUIS",
    "DORVILUS",
    "NGUYEN",
    "BENSALEM",
    "HADDAD",
    "KOSTOPOULOS",
    "NIQUAY",
    "PAPATIE",
    "MOAR",
    "O'SULLIVAN",
    "MCKENZIE",
    "LAFRENIERE",
    "BLAIS-DESCHENES",
    "TRUDEL",
    "DESCHAMPS",
    "GIGUERE",
    "LAPOINTE",
    "ZAWADZKI",
]
QC_GIVEN_M = [
    "JEAN-GUY",
    "REJEAN",
    "GAETAN",
    "OVIDE",
    "DIEUDONNE",
    "LAURENT",
    "FELIX",
    "MAXIME",
    "YVON",
    "NORMAND",
    "FRITZNEL",
    "JHONNY",
    "MOHAMED-AMINE",
    "SIPI",
    "ALPHEE",
    "ROMEO",
    "WILFRID",
    "THANH TUNG",
    "LOUIS-PHILIPPE",
    "MATHIS",
    "ELZEAR",
    "KARIM",
    "BENOIT",
    "STEEVE",
]
QC_GIVEN_F = [
    "MARIE-EVE",
    "GINETTE",
    "GHISLAINE",
    "FERNANDE",
    "PHILOMENE",
    "ALPHONSINE",
    "CHLOE",
    "ELOISE",
    "FRANCINE",
    "WIDELINE",
    "MIREILLE",
    "THI HONG",
    "SOUAD",
    "MARIE-SOLEIL",
    "THERESE",
    "LAURIANNE",
    "ROSE-MERLANDE",
    "NOELLA",
    "JOSEE",
    "KATIA",
    "ANNE-FREDERIQUE",
    "SAKINA",
    "GERMAINE",
    "LISON",
]
QC_PLACES = [
    ("MONTREAL", "H2X", "514"),
    ("MONTREAL", "H1W", "438"),
    ("QUEBEC", "G1R", "418"),
    ("LAVAL", "H7N", "450"),
    ("GATINEAU", "J8Y", "819"),
    ("SHERBROOKE", "J1H", "819"),
    ("TROIS-RIVIERES", "G8T", "819"),
    ("SAGUENAY", "G7H", "418"),
    ("RIMOUSKI", "G5L", "418"),
    ("LEVIS", "G6V", "581"),
    ("ROUYN-NORANDA", "J9X", "819"),
    ("WENDAKE", "G0A", "418"),
    ("GASPE", "G4X", "418"),
    ("ST-JEAN-SUR-RICHELIEU", "J3B", "450"),
    ("MANAWAN", "J0K", "819"),
    ("STE-ANNE-DES-MONTS", "G4V", "418"),
    ("LONGUEUIL", "J4K", "450"),
    ("VAL-D'OR", "J9P", "819"),
]
QC_STREETS = [
    "RUE STE-CATHERINE E",
    "BOUL RENE-LEVESQUE O",
    "CH STE-FOY",
    "AV DU PARC",
    "RANG ST-JOSEPH",
    "RUE PRINCIPALE",
    "MONTEE DU MOULIN",
    "BOUL TASCHEREAU",
    "RUE DES ERABLES",
    "AV PAPINEAU",
    "RUE DE LA FABRIQUE",
    "CH DU ROY",
    "RUE NOTRE-DAME O",
    "BOUL DES FORGES",
    "3E AVENUE",
    "RUE KAPATAKAN",
]


def qc_phone(rng: random.Random, area: str, cell: bool) -> str:
    if cell and rng.random() < 0.4:
        area = rng.choice(["514", "438", "581", "873", "367"])
    ex, ln = rng.randint(200, 989), rng.randint(0, 9999)
    style = rng.randrange(5)
    if style == 0:
        return f"({area}) {ex}-{ln:04d}"
    if style == 1:
        return f"{area}{ex}{ln:04d}"
    if style == 2:
        return f"{area}-{ex}-{ln:04d}"
    if style == 3:
        return f"1{area}{ex}{ln:04d}"
    return f"{area} {ex}-{ln:04d}"


def qc_postal(rng: random.Random, fsa: str) -> str:
    ldu = f"{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    return f"{fsa} {ldu}" if rng.random() < 0.5 else f"{fsa}{ldu}"


def t_caisse_membres_qc() -> Table:
    rng = random.Random(50101)
    t = Table(
        "dev",
        "caisse_membres_qc",
        "Quebec credit-union (caisse populaire) member master from a COBOL mainframe; French; copybook "
        "field names (MBR-NOM-FAM); upper-case values without accents, zoned numbers",
    )
    for h, p, k in [
        ("MBR-NO-MEMBRE", False, "member_id"),
        ("MBR-TRANSIT", False, "bank_branch_transit"),
        ("MBR-INST", False, "bank_institution_code"),
        ("MBR-FOLIO", True, "bank_account_number"),
        ("MBR-NOM-FAM", True, "surname"),
        ("MBR-PRENOM", True, "given_name"),
        ("MBR-INIT", True, "middle_initial"),
        ("MBR-NOM-JF-MERE", True, "mothers_maiden_name"),
        ("MBR-DT-NAIS", True, "birth_date"),
        ("MBR-SEXE", False, "gender"),
        ("MBR-LANGUE", False, "language"),
        ("MBR-NAS", True, "national_id_ca_sin"),
        ("MBR-NAM-RAMQ", True, "health_insurance_number"),
        ("MBR-ADR-L1", True, "street_address"),
        ("MBR-ADR-L2", True, "address_line2"),
        ("MBR-VILLE", True, "city"),
        ("MBR-PROV", False, "province_code"),
        ("MBR-CP", True, "postal_code"),
        ("MBR-TEL-RES", True, "phone"),
        ("MBR-TEL-CELL", True, "phone"),
        ("MBR-NIP", True, "pin"),
        ("MBR-SOLDE-EOP", False, "amount"),
        ("MBR-CD-STATUT", False, "status_code"),
        ("MBR-DT-OUVERT", False, "event_date"),
        ("MBR-NOTE-CONS", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    transits = ["30012", "30145", "81520", "20007", "70093", "40266"]
    for i in range(340):
        fem = rng.random() < 0.52
        given = rng.choice(QC_GIVEN_F if fem else QC_GIVEN_M)
        sur = rng.choice(QC_SURNAMES)
        if fem and rng.random() < 0.1:
            sur = f"{sur}-{rng.choice(QC_SURNAMES)}"
        city, fsa, area = rng.choice(QC_PLACES)
        dob = rand_date(rng, D(1931, 1, 1), D(2008, 12, 31))
        sin = luhn_complete(rng.choice("1234579") + digits(rng, 7))
        if rng.random() < 0.2:
            sin = f"{sin[:3]} {sin[3:6]} {sin[6:]}"
        nam = (
            f"{sur.replace('-', '').replace(chr(39), '')[:3]}{given[0]} {dob.year % 100:02d}"
            f"{dob.month + (50 if fem else 0):02d} {dob.day:02d}{rng.randint(10, 99)}"
        )
        opened = rand_date(rng, max(dob + dt.timedelta(days=365 * 16), D(1975, 1, 1)), D(2026, 10, 31))
        bal = rng.choice([rng.uniform(-2500, 0), rng.uniform(0, 8000), rng.uniform(0, 150000)])
        sign = "-" if bal < 0 else "+"
        pin = rng.randint(0, 9999)
        pin_s = str(pin) if rng.random() < 0.25 else f"{pin:04d}"  # leading zeros lost in some rows
        note = rng.choice(
            [
                "",
                "",
                "",
                "",
                "RAS",
                "CARTE REMPLACEE - VOL",
                "CHANGEMENT ADRESSE CONFIRME PAR TEL",
                f"PROCURATION A SA FILLE {rng.choice(QC_GIVEN_F)} {sur}",
                f"APPEL DE {rng.choice(QC_GIVEN_M)} {rng.choice(QC_SURNAMES)} (CONJOINT) RE HYPOTHEQUE",
                f"DECEDE - SUCCESSION GEREE PAR ME {rng.choice(QC_SURNAMES)}, NOTAIRE",
                "REER A RENOUVELER",
                f"VU PAR CONSEILLER {rng.choice(QC_GIVEN_F)} {rng.choice(QC_SURNAMES)[0]}.",
                "MEMBRE A CONTACTER POUR MISE A JOUR KYC",
            ]
        )
        t.rows.append(
            {
                "MBR-NO-MEMBRE": f"{10000000 + i * 37 + rng.randint(0, 36):010d}",
                "MBR-TRANSIT": rng.choice(transits),
                "MBR-INST": "815",
                "MBR-FOLIO": str(rng.randint(100000, 9999999)),
                "MBR-NOM-FAM": sur,
                "MBR-PRENOM": given,
                "MBR-INIT": maybe(rng, 0.35, rng.choice("ABCDEFGJLMPRS"), " "),
                "MBR-NOM-JF-MERE": maybe(rng, 0.85, rng.choice(QC_SURNAMES)),
                "MBR-DT-NAIS": dob.strftime("%Y%m%d"),
                "MBR-SEXE": "F" if fem else "M",
                "MBR-LANGUE": rng.choices(["F", "A", "F"], [8, 2, 1])[0],
                "MBR-NAS": maybe(rng, 0.93, sin, "000000000"),
                "MBR-NAM-RAMQ": maybe(rng, 0.7, nam),
                "MBR-ADR-L1": f"{rng.randint(1, 9999)} {rng.choice(QC_STREETS)}",
                "MBR-ADR-L2": maybe(
                    rng, 0.3, rng.choice(["APP ", "APP. ", "BUREAU ", "C.P. "]) + str(rng.randint(1, 820))
                ),
                "MBR-VILLE": city,
                "MBR-PROV": "QC" if rng.random() < 0.97 else rng.choice(["ON", "NB"]),
                "MBR-CP": qc_postal(rng, fsa),
                "MBR-TEL-RES": maybe(rng, 0.7, qc_phone(rng, area, False), "0000000000"),
                "MBR-TEL-CELL": maybe(rng, 0.75, qc_phone(rng, area, True)),
                "MBR-NIP": pin_s,
                "MBR-SOLDE-EOP": f"{sign}{abs(bal):010.2f}",
                "MBR-CD-STATUT": rng.choices(["A", "I", "F", "D"], [80, 10, 6, 4])[0],
                "MBR-DT-OUVERT": opened.strftime("%Y%m%d"),
                "MBR-NOTE-CONS": note,
            }
        )
    return t


# =============================================================================================
# 2. Russian microfinance loan applications, 1C:Enterprise CamelCase Cyrillic attribute names
# =============================================================================================
RU_SURNAMES = [
    ("Иванов", "Иванова"),
    ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"),
    ("Лебедев", "Лебедева"),
    ("Хабибуллин", "Хабибуллина"),
    ("Гарипов", "Гарипова"),
    ("Шамсутдинов", "Шамсутдинова"),
    ("Магомедов", "Магомедова"),
    ("Абдуллаев", "Абдуллаева"),
    ("Оюн", "Оюн"),
    ("Монгуш", "Монгуш"),
    ("Ким", "Ким"),
    ("Цой", "Цой"),
    ("Шевчук", "Шевчук"),
    ("Бондаренко", "Бондаренко"),
    ("Преображенский", "Преображенская"),
    ("Нургалиев", "Нургалиева"),
    ("Саввинов", "Саввинова"),
    ("Ёлкин", "Ёлкина"),
    ("Тхагалегов", "Тхагалегова"),
    ("Бичурин", "Бичурина"),
    ("Попов", "Попова"),
    ("Христорождественский", "Христорождественская"),
    ("Дамдинов", "Дамдинова"),
]
RU_GIVEN_M = [
    ("Александр", "Александрович"),
    ("Дмитрий", "Дмитриевич"),
    ("Евлампий", "Евлампиевич"),
    ("Акакий", "Акакиевич"),
    ("Рамзан", "Рамзанович"),
    ("Ильдар", "Ильдарович"),
    ("Айдар", "Айдарович"),
    ("Тимур", "Тимурович"),
    ("Чингис", "Чингисович"),
    ("Аяс", "Аясович"),
    ("Ермолай", "Ермолаевич"),
    ("Сергей", "Сергеевич"),
    ("Николай", "Николаевич"),
    ("Баир", "Баирович"),
    ("Мурат", "Муратович"),
]
RU_GIVEN_F = [
    "Анна",
    "Ольга",
    "Евдокия",
    "Гульназ",
    "Айгуль",
    "Сардаана",
    "Саргылана",
    "Фёкла",
    "Земфира",
    "Милана",
    "Елена",
    "Татьяна",
    "Чечек",
    "Туяна",
    "Патимат",
    "Василиса",
]
RU_REGIONS = [
    ("02", "Республика Башкортостан", ["г. Уфа", "г. Стерлитамак", "с. Аскарово"], "450"),
    ("77", "г. Москва", ["г. Москва"], "1"),
    ("78", "г. Санкт-Петербург", ["г. Санкт-Петербург"], "19"),
    ("16", "Республика Татарстан", ["г. Казань", "г. Набережные Челны", "с. Верхний Услон"], "42"),
    ("14", "Республика Саха (Якутия)", ["г. Якутск", "пгт Чернышевский", "с. Намцы"], "67"),
    ("05", "Республика Дагестан", ["г. Махачкала", "г. Дербент"], "36"),
    ("17", "Республика Тыва", ["г. Кызыл", "с. Кызыл-Мажалык"], "66"),
    ("54", "Новосибирская обл.", ["г. Новосибирск", "г. Бердск"], "63"),
    ("03", "Республика Бурятия", ["г. Улан-Удэ", "с. Агинское"], "67"),
    ("07", "Кабардино-Балкарская Респ.", ["г. Нальчик"], "36"),
]
RU_STREETS = [
    "ул. Ленина",
    "пр-кт Мира",
    "ул. Советская",
    "ул. Мусы Джалиля",
    "ул. Орджоникидзе",
    "пер. Торговый",
    "ул. Кирова",
    "мкр. Южный",
    "ул. Чочана-Дуржу",
    "ул. Аммосова",
    "Ленинградское ш.",
]


def ru_inn(rng: random.Random, region: str) -> str:
    d = [int(c) for c in region + digits(rng, 8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w1, d, strict=True)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w2, d, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def ru_snils(rng: random.Random) -> str:
    base = f"{rng.randint(2000000, 999999999):09d}"
    s = sum(int(c) * (9 - i) for i, c in enumerate(base))
    if s < 100:
        cs = s
    elif s in (100, 101):
        cs = 0
    else:
        cs = s % 101
        cs = 0 if cs == 100 else cs
    return f"{base[:3]}-{base[3:6]}-{base[6:]} {cs:02d}"


def ru_phone(rng: random.Random) -> str:
    op = rng.choice(["900", "903", "912", "917", "923", "937", "950", "961", "977", "985", "999"])
    n = digits(rng, 7)
    style = rng.randrange(5)
    if style == 0:
        return f"+7 ({op}) {n[:3]}-{n[3:5]}-{n[5:]}"
    if style == 1:
        return f"8{op}{n}"
    if style == 2:
        return f"8-{op}-{n[:3]}-{n[3:5]}-{n[5:]}"
    if style == 3:
        return f"7{op}{n}"
    return f"+7{op}{n}"


def ru_fem_pat(pat_m: str) -> str:
    return pat_m[:-4] + ("овна" if pat_m.endswith("ович") else "евна")


def t_zayavki_mfo_ru() -> Table:
    rng = random.Random(50202)
    t = Table(
        "dev",
        "zayavki_mfo_ru",
        "Russian microfinance (MFO) online loan applications exported from 1C; Russian Cyrillic values; "
        "1C CamelCase attribute names (ДатаРождения, КартаДляЗачисления)",
    )
    for h, p, k in [
        ("НомерЗаявки", False, "application_id"),
        ("ДатаЗаявки", False, "created_at_timestamp"),
        ("Фамилия", True, "surname"),
        ("Имя", True, "given_name"),
        ("Отчество", True, "patronymic"),
        ("ДатаРождения", True, "birth_date"),
        ("МестоРождения", True, "place_of_birth"),
        ("СерияПаспорта", True, "document_number"),
        ("НомерПаспорта", True, "document_number"),
        ("КодПодразделения", False, "document_issuer_code"),
        ("ИНН", True, "tax_id_ru_inn"),
        ("СНИЛС", True, "national_id_ru_snils"),
        ("ТелефонМобильный", True, "phone"),
        ("ЭлПочта", True, "email"),
        ("АдресРегистрации", True, "full_address"),
        ("Регион", False, "region"),
        ("ЕжемесячныйДоход", False, "salary"),
        ("СуммаЗайма", False, "amount"),
        ("СрокДней", False, "quantity"),
        ("СтавкаВДень", False, "interest_rate"),
        ("КартаДляЗачисления", True, "card_number"),
        ("КодовоеСлово", True, "security_code_word"),
        ("Логин", True, "username"),
        ("ХэшПароля", True, "password_hash"),
        ("IPАдрес", True, "ip_address"),
        ("ОтпечатокУстройства", True, "device_id"),
        ("СтатусЗаявки", False, "status"),
        ("КомментарийАндеррайтера", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    translit = str.maketrans(
        {
            "а": "a",
            "б": "b",
            "в": "v",
            "г": "g",
            "д": "d",
            "е": "e",
            "ё": "e",
            "ж": "zh",
            "з": "z",
            "и": "i",
            "й": "y",
            "к": "k",
            "л": "l",
            "м": "m",
            "н": "n",
            "о": "o",
            "п": "p",
            "р": "r",
            "с": "s",
            "т": "t",
            "у": "u",
            "ф": "f",
            "х": "kh",
            "ц": "ts",
            "ч": "ch",
            "ш": "sh",
            "щ": "sch",
            "ъ": "",
            "ы": "y",
            "ь": "",
            "э": "e",
            "ю": "yu",
            "я": "ya",
        }
    )
    words = ["ромашка", "байкал", "синичка", "пельмень", "тайга", "кызыл", "мама1965", "барсик", "урал", "чак-чак"]
    for i in range(300):
        fem = rng.random() < 0.5
        sm, sf = rng.choice(RU_SURNAMES)
        sur = sf if fem else sm
        father, pat_m = rng.choice(RU_GIVEN_M)
        given = rng.choice(RU_GIVEN_F) if fem else rng.choice(RU_GIVEN_M)[0]
        pat = ru_fem_pat(pat_m) if fem else pat_m
        if sur in ("Оюн", "Монгуш") and rng.random() < 0.5:
            pat = ""
        code, region, towns, zip_prefix = rng.choice(RU_REGIONS)
        town = rng.choice(towns)
        born = rand_date(rng, D(1956, 1, 1), D(2006, 6, 30))
        created = rand_ts(rng, T(2026, 6, 1), T(2026, 11, 30))
        zp = zip_prefix + digits(rng, 6 - len(zip_prefix))
        addr = (
            f"{zp}, {region}, "
            + ("" if town == region else f"{town}, ")
            + f"{rng.choice(RU_STREETS)}, д. {rng.randint(1, 180)}"
            + maybe(rng, 0.7, f", кв. {rng.randint(1, 320)}")
        )
        lat = (sur + given[0]).lower().translate(translit)
        login = rng.choice(
            [
                f"{lat}{born.year % 100}",
                f"{given.lower().translate(translit)}_{rng.randint(1, 999)}",
                f"user{rng.randint(100000, 999999)}",
                ru_phone(rng).replace("+", "").replace(" ", ""),
            ]
        )
        ph = rng.randrange(3)
        if ph == 0:
            pw = hexs(rng, 32)
        elif ph == 1:
            pw = f"$argon2id$v=19$m=65536,t=3,p=4${hexs(rng, 22)}${hexs(rng, 43)}"
        else:
            pw = f"sha1${hexs(rng, 8)}${hexs(rng, 40)}"
        pan = card_pan(rng, rng.choice(["2200", "2202", "2204", "4276", "5469"]) + digits(rng, 2), 16)
        pan_s = rng.choice([pan, pan, f"{pan[:4]} {pan[4:8]} {pan[8:12]} {pan[12:]}", excel_exp(pan, comma=True)])
        status = rng.choices(["Одобрена", "Отказ", "Выдан", "На проверке", "Закрыт"], [3, 4, 5, 2, 3])[0]
        comment = rng.choice(
            [
                "",
                "",
                "",
                "Стоп-лист",
                "Паспорт недействителен (МВД)",
                f"Звонок работодателю: подтвердила бухгалтер {rng.choice(RU_GIVEN_F)}",
                f"Контактное лицо — мать, {rng.choice(RU_GIVEN_F)} {ru_fem_pat(rng.choice(RU_GIVEN_M)[1])}",
                "Фото с паспортом нечёткое, запрос повторно",
                f"Поручитель {rng.choice(RU_SURNAMES)[0]} А.В.",
                "Повторный клиент, просрочек нет",
                f"Клиентка просит звонить после 18:00, муж {rng.choice(RU_GIVEN_M)[0]}",
            ]
        )
        t.rows.append(
            {
                "НомерЗаявки": f"МФ-{i * 13 + 40211:07d}",
                "ДатаЗаявки": created.strftime("%d.%m.%Y %H:%M:%S"),
                "Фамилия": sur,
                "Имя": given,
                "Отчество": pat,
                "ДатаРождения": born.strftime("%d.%m.%Y"),
                "МестоРождения": rng.choice(towns) if rng.random() < 0.7 else rng.choice(rng.choice(RU_REGIONS)[2]),
                "СерияПаспорта": f"{code}{digits(rng, 2)}" if rng.random() < 0.6 else f"{code} {digits(rng, 2)}",
                "НомерПаспорта": digits(rng, 6),
                "КодПодразделения": f"{rng.randint(100, 999)}-{rng.randint(1, 99):03d}",
                "ИНН": maybe(rng, 0.8, ru_inn(rng, code)),
                "СНИЛС": maybe(rng, 0.75, ru_snils(rng)),
                "ТелефонМобильный": ru_phone(rng),
                "ЭлПочта": maybe(
                    rng,
                    0.85,
                    f"{lat}{rng.choice(['', str(born.year), '_' + str(rng.randint(1, 99))])}@"
                    f"{rng.choice(['mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com', 'inbox.ru', 'list.ru'])}",
                ),
                "АдресРегистрации": addr,
                "Регион": region,
                "ЕжемесячныйДоход": rng.choice(
                    [str(rng.randint(18, 180) * 1000), f"{rng.randint(18, 180) * 1000:,}".replace(",", " ")]
                ),
                "СуммаЗайма": f"{rng.choice([3, 5, 7, 10, 15, 20, 30]) * 1000:.2f}".replace(".", ","),
                "СрокДней": rng.choice([7, 14, 21, 30]),
                "СтавкаВДень": rng.choice(["0,8", "0,8", "0,5", "0,0"]),
                "КартаДляЗачисления": pan_s,
                "КодовоеСлово": maybe(rng, 0.8, rng.choice(words)),
                "Логин": login,
                "ХэшПароля": pw,
                "IPАдрес": ipv4(rng),
                "ОтпечатокУстройства": hexs(rng, 32),
                "СтатусЗаявки": status,
                "КомментарийАндеррайтера": comment,
            }
        )
    return t


# =============================================================================================
# 3. Saudi WPS payroll file, bilingual "Arabic / English" headers, Arabic and Latin names
# =============================================================================================
SA_GIVEN = [
    ("محمد", "MOHAMMED"),
    ("عبدالله", "ABDULLAH"),
    ("فهد", "FAHAD"),
    ("سلطان", "SULTAN"),
    ("عبدالرحمن", "ABDULRAHMAN"),
    ("بندر", "BANDAR"),
    ("مشعل", "MESHAL"),
    ("تركي", "TURKI"),
]
SA_GIVEN_F = [
    ("نورة", "NOURA"),
    ("ريم", "REEM"),
    ("هيفاء", "HAIFA"),
    ("لولوة", "LULWAH"),
    ("مشاعل", "MASHAEL"),
    ("غادة", "GHADA"),
    ("الجوهرة", "ALJOHARA"),
    ("أثير", "ATHEER"),
]
SA_FATHER = [
    ("عبدالعزيز", "ABDULAZIZ"),
    ("سعد", "SAAD"),
    ("ناصر", "NASSER"),
    ("إبراهيم", "IBRAHIM"),
    ("حمد", "HAMAD"),
    ("مطلق", "MUTLAQ"),
]
SA_FAMILY = [
    ("العتيبي", "ALOTAIBI"),
    ("القحطاني", "ALQAHTANI"),
    ("الشمري", "ALSHAMMARI"),
    ("الدوسري", "ALDOSARI"),
    ("الغامدي", "ALGHAMDI"),
    ("الزهراني", "AL-ZAHRANI"),
    ("المطيري", "ALMUTAIRI"),
    ("الحربي", "ALHARBI"),
    ("آل مسعود", "AL MASOUD"),
    ("باعشن", "BAASHEN"),
    ("الجفري", "ALJEFRI"),
    ("أبا الخيل", "ABALKHAIL"),
]
SA_EXPAT = {
    "IND": (
        [
            ("راجيش", "RAJESH"),
            ("أنوب", "ANOOP"),
            ("شهاب الدين", "SHIHABUDHEEN"),
            ("فينكاتيش", "VENKATESH"),
            ("جومون", "JOMON"),
            ("سونيل", "SUNIL"),
        ],
        [
            ("كومار", "KUMAR"),
            ("بوثيابورايل", "PUTHIYAPURAYIL"),
            ("ثيكيكارا", "THEKKEKARA"),
            ("ناير", "NAIR"),
            ("فارغيز", "VARGHESE"),
            ("باتيل", "PATIL"),
        ],
        "هندي",
    ),
    "PAK": (
        [("محمد وقاص", "MUHAMMAD WAQAS"), ("ذيشان", "ZEESHAN"), ("عمران", "IMRAN"), ("نسرين", "NASREEN")],
        [("بت", "BUTT"), ("خان", "KHAN"), ("شودري", "CHAUDHRY"), ("اعوان", "AWAN")],
        "باكستاني",
    ),
    "BGD": (
        [("محمد رفيق", "MD RAFIQUL"), ("شهيد", "SHAHIDUL"), ("روبل", "RUBEL"), ("مسماة فرزانة", "MOSAMMAT FARZANA")],
        [("الإسلام", "ISLAM"), ("حسين", "HOSSAIN"), ("ميا", "MIAH"), ("ساركر", "SARKER")],
        "بنغلاديشي",
    ),
    "PHL": (
        [("ماريا كريستينا", "MARIA CRISTINA"), ("جوفلين", "JOVELYN"), ("روينا", "ROWENA"), ("جيريكو", "JERICHO")],
        [("ديلا كروز", "DELA CRUZ"), ("بانتيلان", "BANTILAN"), ("ماكاباجال", "MACAPAGAL"), ("سانتوس", "SANTOS")],
        "فلبيني",
    ),
    "EGY": (
        [("أحمد محمود", "AHMED MAHMOUD"), ("مصطفى", "MOSTAFA"), ("هبة", "HEBA"), ("مينا", "MINA")],
        [("عبدالفتاح", "ABDELFATTAH"), ("السيد", "ELSAYED"), ("شنودة", "SHENOUDA"), ("الشربيني", "ELSHERBINY")],
        "مصري",
    ),
    "SDN": (
        [("محمد عثمان", "MOHAMED OSMAN"), ("عوضية", "AWADIA")],
        [("الطيب", "ELTAYEB"), ("عبدالرحيم", "ABDELRAHIM")],
        "سوداني",
    ),
    "ETH": (
        [("ورقنش", "WORKNESH"), ("تسهاي", "TSEHAY")],
        [("تاديسي", "TADESSE"), ("جبرمدهن", "GEBREMEDHIN")],
        "إثيوبي",
    ),
}
SA_BANKS = [
    ("RJHI", "80"),
    ("NCBK", "10"),
    ("RIBL", "20"),
    ("SABB", "45"),
    ("ALBI", "15"),
    ("INMA", "05"),
    ("ARNB", "30"),
    ("BSFR", "55"),
]


def sa_phone(rng: random.Random) -> str:
    n = rng.choice(["50", "53", "54", "55", "56", "58", "59"]) + digits(rng, 7)
    style = rng.randrange(5)
    if style == 0:
        return "0" + n
    if style == 1:
        return f"+966 {n[:2]} {n[2:5]} {n[5:]}"
    if style == 2:
        return "966" + n
    if style == 3:
        return "00966" + n
    return n


def sa_passport(rng: random.Random, nat: str) -> str:
    if nat == "IND":
        return rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7)
    if nat == "PAK":
        return rng.choice(["AB", "BN", "CK", "DX"]) + digits(rng, 7)
    if nat == "BGD":
        return rng.choice(["EB", "EE", "A"]) + digits(rng, 7)
    if nat == "PHL":
        return "P" + digits(rng, 7) + rng.choice("ABC")
    if nat == "ETH":
        return "EP" + digits(rng, 7)
    return rng.choice("AP") + digits(rng, 8)


def t_wps_payroll_sa() -> Table:
    rng = random.Random(50303)
    t = Table(
        "dev",
        "wps_payroll_sa",
        "Saudi Wage Protection System (WPS) payroll file of a contracting company; Arabic and English values, "
        "Saudi staff and expatriates; bilingual headers 'Arabic / English'",
    )
    for h, p, k in [
        ("رقم الموظف / Emp No", True, "employee_id"),
        ("الاسم بالعربي / Name (AR)", True, "full_name"),
        ("الاسم بالإنجليزي / Name (EN)", True, "full_name"),
        ("رقم الهوية أو الإقامة / ID-Iqama No", True, "national_id_sa"),
        ("تاريخ انتهاء الهوية / ID Expiry", True, "document_expiry_date"),
        ("الجنسية / Nationality", False, "nationality"),
        ("رقم الجواز / Passport No", True, "passport_number"),
        ("تاريخ الميلاد / DOB", True, "birth_date"),
        ("الجوال / Mobile", True, "phone"),
        ("البنك / Bank", False, "bank_code"),
        ("الآيبان / IBAN", True, "iban"),
        ("المهنة / Occupation", False, "job_title"),
        ("الراتب الأساسي / Basic", False, "salary"),
        ("بدل السكن / Housing", False, "amount"),
        ("بدل النقل / Transport", False, "amount"),
        ("الاستقطاعات / Deductions", False, "amount"),
        ("صافي الراتب / Net Pay", False, "salary"),
        ("رقم المنشأة / Establishment No", False, "company_registration_number"),
        ("فترة الرواتب / Pay Period", False, "period"),
        ("جهة اتصال للطوارئ / Emergency Contact", True, "emergency_contact"),
        ("ملاحظات / Remarks", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    jobs = [
        "محاسب",
        "عامل",
        "سائق خفيف",
        "مهندس مدني",
        "ممرضة",
        "Sales Supervisor",
        "فني كهرباء",
        "HR Officer",
        "مشرف موقع",
        "Civil Engineer",
        "سباك",
    ]
    estabs = ["7-1004512", "7-1004512", "1-2211873", "13-448210"]
    for i in range(260):
        saudi = rng.random() < 0.4
        fem = rng.random() < 0.25
        if saudi:
            nat = rng.choice(["SAU", "سعودي", "Saudi"])
            g = rng.choice(SA_GIVEN_F if fem else SA_GIVEN)
            f = rng.choice(SA_FATHER)
            fam = rng.choice(SA_FAMILY)
            ar = (
                f"{g[0]} {f[0]} {fam[0]}"
                if rng.random() < 0.7
                else f"{g[0]} بن {f[0]} {fam[0]}".replace(" بن ", " بنت " if fem else " بن ")
            )
            en = f"{g[1]} {f[1]} {fam[1]}"
            nid = luhn_complete("1" + digits(rng, 8))
            passport = maybe(rng, 0.2, rng.choice("ABX") + digits(rng, 6))
        else:
            code = rng.choices(list(SA_EXPAT), [30, 15, 15, 12, 12, 5, 4])[0]
            gs, fs, ar_nat = SA_EXPAT[code]
            g, fam = rng.choice(gs), rng.choice(fs)
            ar = maybe(rng, 0.65, f"{g[0]} {fam[0]}")
            en = f"{g[1]} {fam[1]}"
            nat = rng.choice([code, ar_nat, code.title()])
            nid = luhn_complete("2" + digits(rng, 8))
            passport = sa_passport(rng, code)
        if rng.random() < 0.2:
            en = en.title()
        dob = rand_date(rng, D(1962, 1, 1), D(2004, 12, 31))
        exp = rng.choice(["greg", "greg", "hijri"])
        if exp == "hijri":
            id_exp = f"{rng.randint(1447, 1451)}/{rng.randint(1, 12):02d}/{rng.randint(1, 29):02d}"
        else:
            e = rand_date(rng, D(2026, 12, 1), D(2031, 12, 31))
            id_exp = e.strftime(rng.choice(["%Y-%m-%d", "%d/%m/%Y"]))
        bank, bcode = rng.choice(SA_BANKS)
        ib = iban("SA", bcode + digits(rng, 18))
        basic = rng.choice([1500, 1800, 2200, 3000, 4500, 6000, 8500, 12000, 16500])
        housing = round(basic * 0.25)
        transport = rng.choice([300, 400, 500, 800])
        ded = rng.choice([0, 0, 0, 150, 500, round(basic * 0.0975)])
        remark = rng.choice(
            [
                "",
                "",
                "",
                "",
                "إجازة سنوية",
                "خصم غياب 2 يوم",
                "final settlement",
                f"سلفة 1500 - موافقة المدير {rng.choice(SA_GIVEN)[0]} {rng.choice(SA_FAMILY)[0]}",
                f"On vacation - salary hold per Mr. {rng.choice(SA_EXPAT['IND'][0])[1].title()}",
                f"تحويل الراتب لحساب زوجها {rng.choice(SA_GIVEN)[0]} حسب طلبها",
                "new joiner - prorated",
                "GOSI adjusted",
            ]
        )
        rel = rng.choice(["أخوه", "Wife", "زوجته", "Brother", "والده", "Father"])
        emerg_name = rng.choice([x[1].title() for x in SA_GIVEN] + ["Jincy", "Shabnam", "Rowena", "Babu"])
        emerg = maybe(
            rng,
            0.6,
            f"{rel} {emerg_name} {rng.choice([sa_phone(rng), '0091' + digits(rng, 10), '+63 9' + digits(rng, 9)])}",
        )
        t.rows.append(
            {
                "رقم الموظف / Emp No": f"E{1200 + i * 3 + rng.randint(0, 2):05d}",
                "الاسم بالعربي / Name (AR)": ar,
                "الاسم بالإنجليزي / Name (EN)": en,
                "رقم الهوية أو الإقامة / ID-Iqama No": nid,
                "تاريخ انتهاء الهوية / ID Expiry": id_exp,
                "الجنسية / Nationality": nat,
                "رقم الجواز / Passport No": passport,
                "تاريخ الميلاد / DOB": dob.strftime(rng.choice(["%Y-%m-%d", "%d/%m/%Y", "%d-%b-%Y"])),
                "الجوال / Mobile": sa_phone(rng),
                "البنك / Bank": bank,
                "الآيبان / IBAN": ib if rng.random() < 0.7 else spaced4(ib),
                "المهنة / Occupation": rng.choice(jobs),
                "الراتب الأساسي / Basic": f"{basic:.2f}",
                "بدل السكن / Housing": f"{housing:.2f}",
                "بدل النقل / Transport": f"{transport:.2f}",
                "الاستقطاعات / Deductions": f"{ded:.2f}",
                "صافي الراتب / Net Pay": f"{basic + housing + transport - ded:.2f}",
                "رقم المنشأة / Establishment No": rng.choice(estabs),
                "فترة الرواتب / Pay Period": "2026-11",
                "جهة اتصال للطوارئ / Emergency Contact": emerg,
                "ملاحظات / Remarks": remark,
            }
        )
    return t


# =============================================================================================
# 4. Indian wallet KYC export, headers are spreadsheet column letters A..X
# =============================================================================================
IN_LANGS = {
    "hi": (
        [
            ("Ramesh", "रमेश"),
            ("Sunita", "सुनीता"),
            ("Priyanka", "प्रियंका"),
            ("Vikas", "विकास"),
            ("Anjali", "अंजलि"),
            ("Rajendra", "राजेन्द्र"),
            ("Kusum", "कुसुम"),
            ("Bhagwati", "भगवती"),
            ("Shatrughan", "शत्रुघ्न"),
        ],
        [
            ("Sharma", "शर्मा"),
            ("Yadav", "यादव"),
            ("Verma", "वर्मा"),
            ("Chaurasia", "चौरसिया"),
            ("Kushwaha", "कुशवाहा"),
            ("Tripathi", "त्रिपाठी"),
        ],
        [
            ("Lucknow", "Uttar Pradesh", "226"),
            ("Varanasi", "Uttar Pradesh", "221"),
            ("Gorakhpur", "Uttar Pradesh", "273"),
            ("Patna", "Bihar", "800"),
            ("Bhopal", "Madhya Pradesh", "462"),
            ("Jaipur", "Rajasthan", "302"),
        ],
    ),
    "ta": (
        [
            ("Karthikeyan", "கார்த்திகேயன்"),
            ("Meenakshi", "மீனாட்சி"),
            ("Senthil", "செந்தில்"),
            ("Thamizhselvi", "தமிழ்செல்வி"),
            ("Muthulakshmi", "முத்துலட்சுமி"),
            ("Ilango", "இளங்கோ"),
        ],
        [("S", "எஸ்"), ("R", "ஆர்"), ("K", "கே"), ("Ramasubramanian", "ராமசுப்பிரமணியன்"), ("Pandian", "பாண்டியன்")],
        [
            ("Chennai", "Tamil Nadu", "600"),
            ("Madurai", "Tamil Nadu", "625"),
            ("Coimbatore", "Tamil Nadu", "641"),
            ("Tirunelveli", "Tamil Nadu", "627"),
        ],
    ),
    "bn": (
        [("Sourav", "সৌরভ"), ("Mousumi", "মৌসুমী"), ("Debashish", "দেবাশিস"), ("Rupsha", "রূপসা"), ("Anirban", "অনির্বাণ")],
        [("Chattopadhyay", "চট্টোপাধ্যায়"), ("Mukherjee", "মুখার্জি"), ("Das", "দাস"), ("Bhattacharjee", "ভট্টাচার্য")],
        [("Kolkata", "West Bengal", "700"), ("Siliguri", "West Bengal", "734"), ("Howrah", "West Bengal", "711")],
    ),
    "pa": (
        [("Gurpreet", "ਗੁਰਪ੍ਰੀਤ"), ("Harjinder", "ਹਰਜਿੰਦਰ"), ("Simranjeet", "ਸਿਮਰਨਜੀਤ"), ("Navjot", "ਨਵਜੋਤ")],
        [("Kaur Sandhu", "ਕੌਰ ਸੰਧੂ"), ("Singh Dhillon", "ਸਿੰਘ ਢਿੱਲੋਂ"), ("Grewal", "ਗਰੇਵਾਲ")],
        [("Ludhiana", "Punjab", "141"), ("Amritsar", "Punjab", "143")],
    ),
    "te": (
        [
            ("Venkata Lakshmi", "వెంకట లక్ష్మి"),
            ("Srinivas", "శ్రీనివాస్"),
            ("Padmavathi", "పద్మావతి"),
            ("Narasimha Rao", "నరసింహారావు"),
        ],
        [("Kotipalli", "కోటిపల్లి"), ("Reddy", "రెడ్డి"), ("Naidu", "నాయుడు"), ("Yarlagadda", "యార్లగడ్డ")],
        [("Hyderabad", "Telangana", "500"), ("Vijayawada", "Andhra Pradesh", "520")],
    ),
    "ne": (
        [("Lalrinpuii", ""), ("Thounaojam Bijoy", ""), ("Khrievituo", ""), ("Dorjee", "")],
        [("", ""), ("Singh", ""), ("Angami", ""), ("Bhutia", "")],
        [
            ("Aizawl", "Mizoram", "796"),
            ("Imphal", "Manipur", "795"),
            ("Kohima", "Nagaland", "797"),
            ("Gangtok", "Sikkim", "737"),
        ],
    ),
}
IN_FATHERS = ["RAMESH", "MOHAN LAL", "SUBRAMANIAM", "GOPAL", "HARBANS", "LALDUHAWMA"]
IN_MAIL = ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]
IN_BANKS = ["SBIN0", "HDFC0", "ICIC0", "UTIB0", "PUNB0", "CNRB0", "IDIB0", "KKBK0"]
IN_UPI = ["okaxis", "oksbi", "ybl", "paytm", "okhdfcbank", "upi", "ibl", "axl"]


def in_phone(rng: random.Random) -> str:
    n = rng.choice("6789") + digits(rng, 9)
    style = rng.randrange(5)
    if style == 0:
        return f"+91 {n[:5]} {n[5:]}"
    if style == 1:
        return "0" + n
    if style == 2:
        return n
    if style == 3:
        return "91" + n
    return f"+91-{n}"


def in_pan(rng: random.Random, surname: str) -> str:
    first = (surname or "X")[0].upper()
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(3)) + "P" + first + digits(rng, 4) + rng.choice(letters)


def t_wallet_kyc_in() -> Table:
    rng = random.Random(50404)
    t = Table(
        "dev",
        "wallet_kyc_in",
        "Indian mobile-wallet KYC export pasted into a spreadsheet; English values with names in native "
        "scripts (Devanagari, Tamil, Bengali, Gurmukhi, Telugu); headers are only column letters A..X",
    )
    spec = [
        (False, "customer_id"),
        (True, "full_name"),
        (True, "full_name"),
        (True, "parent_name"),
        (True, "birth_date"),
        (False, "gender"),
        (True, "national_id_in_aadhaar"),
        (True, "tax_id_in_pan"),
        (True, "phone"),
        (True, "email"),
        (True, "street_address"),
        (True, "city"),
        (False, "state"),
        (True, "postal_code"),
        (True, "upi_vpa"),
        (True, "bank_account_number"),
        (False, "bank_ifsc"),
        (True, "pin"),
        (True, "device_id"),
        (True, "ip_address"),
        (False, "kyc_status"),
        (False, "amount"),
        (False, "created_at_timestamp"),
        (False, "score"),
    ]
    letters = [chr(ord("A") + i) for i in range(len(spec))]
    for L, (p, k) in zip(letters, spec, strict=True):
        t.col(L, p, k)
    localities = [
        "Gandhi Nagar",
        "Shastri Nagar",
        "Anna Nagar West",
        "Salt Lake Sector V",
        "Model Town",
        "Banjara Hills Road No 12",
        "Civil Lines",
        "Dharavi Cross Lane 4",
        "Zarkawt",
        "Tadong",
    ]
    for i in range(380):
        lang = rng.choices(list(IN_LANGS), [35, 20, 15, 10, 12, 8])[0]
        gs, ss, places = IN_LANGS[lang]
        (g, gn), (s, sn) = rng.choice(gs), rng.choice(ss)
        fem = g in (
            "Sunita",
            "Priyanka",
            "Anjali",
            "Kusum",
            "Bhagwati",
            "Meenakshi",
            "Thamizhselvi",
            "Muthulakshmi",
            "Mousumi",
            "Rupsha",
            "Simranjeet",
            "Venkata Lakshmi",
            "Padmavathi",
            "Lalrinpuii",
            "Khrievituo",
        )
        if lang == "ta" and len(s) == 1:
            latin = f"{s}. {g}" if rng.random() < 0.5 else f"{g} {s}"
        else:
            latin = f"{g} {s}".strip()
        native = f"{gn} {sn}".strip() if gn else ""
        if rng.random() < 0.3:
            latin = latin.upper()
        city, state, pin3 = rng.choice(places)
        fg, fs = rng.choice([x for x in gs]), s
        rel = "W/O" if fem and rng.random() < 0.4 else ("D/O" if fem else "S/O")
        parent = f"{rel} {rng.choice(IN_FATHERS + [fg[0].upper()])} {fs.upper()}".strip()
        dob = rand_date(rng, D(1955, 1, 1), D(2007, 1, 1))
        aad = verhoeff_complete(rng.choice("23456789") + digits(rng, 10))
        aad_s = rng.choice([aad, f"{aad[:4]} {aad[4:8]} {aad[8:]}", f"{aad[:4]}-{aad[4:8]}-{aad[8:]}"])
        user = (g.split()[0] + (s.split()[0] if s else "")).lower()
        mpin = digits(rng, rng.choice([4, 6]))
        created = rand_ts(rng, T(2019, 1, 1), T(2026, 11, 30))
        kyc = rng.choices(["MIN_KYC", "FULL_KYC", "REJECTED", "PENDING_VKYC"], [40, 45, 5, 10])[0]
        t.rows.append(
            {
                "A": f"WLT{70000000 + i * 311:09d}",
                "B": latin,
                "C": maybe(rng, 0.7, native),
                "D": maybe(rng, 0.8, parent),
                "E": dob.strftime(rng.choice(["%d-%m-%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y"])),
                "F": rng.choice(["F", "Female"]) if fem else rng.choices(["M", "Male", "T"], [10, 4, 1])[0],
                "G": maybe(rng, 0.85, aad_s),
                "H": maybe(rng, 0.6, in_pan(rng, s)),
                "I": in_phone(rng),
                "J": maybe(
                    rng,
                    0.75,
                    f"{user}{rng.randint(1, 9999)}@{rng.choice(IN_MAIL)}",
                ),
                "K": f"{rng.choice(['H.No ', 'Flat ', 'Plot ', 'Door No '])}{rng.randint(1, 99)}-{rng.randint(1, 9)}-"
                f"{rng.randint(1, 999)}, {rng.choice(localities)}",
                "L": city,
                "M": state,
                "N": f"{pin3}{rng.randint(1, 999):03d}" if len(pin3) == 3 else pin3,
                "O": maybe(
                    rng,
                    0.8,
                    rng.choice(
                        [
                            f"{user}@{rng.choice(IN_UPI)}",
                            f"{''.join(c for c in in_phone(rng) if c.isdigit())[-10:]}@{rng.choice(IN_UPI)}",
                        ]
                    ),
                ),
                "P": maybe(rng, 0.7, digits(rng, rng.choice([11, 12, 14, 16]))),
                "Q": rng.choice(IN_BANKS) + digits(rng, 6),
                "R": mpin,
                "S": hexs(rng, 16),
                "T": ipv6(rng) if rng.random() < 0.25 else ipv4(rng),
                "U": kyc,
                "V": f"{rng.choice([0, rng.uniform(0, 500), rng.uniform(0, 20000)]):.2f}",
                "W": created.strftime("%Y-%m-%d %H:%M:%S"),
                "X": rng.randint(0, 1000),
            }
        )
    return t


# =============================================================================================
# 5. Chinese cross-border e-commerce shipment lines, pinyin-initialism headers (SHRXM, SFZH)
# =============================================================================================
CN_SURNAMES = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "黄",
    "赵",
    "周",
    "吴",
    "徐",
    "孙",
    "欧阳",
    "诸葛",
    "司马",
    "上官",
    "皇甫",
    "闾丘",
    "仉",
    "亓",
    "禚",
    "铁",
    "么",
]
CN_GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "子涵",
    "梓萱",
    "浩然",
    "一诺",
    "欣怡",
    "宇轩",
    "昱辰",
    "婧琪",
    "蕊",
    "淼",
    "犇",
    "桂兰",
    "建国",
    "红梅",
    "思彤",
    "雨泽",
]
CN_MINORITY = [
    "阿依古丽·买买提",
    "买买提江·吐尔逊",
    "古丽娜扎尔·艾力",
    "扎西顿珠",
    "卓玛",
    "次仁拉姆",
    "巴特尔",
    "乌云其木格",
    "阿卜杜拉·艾山",
]
CN_PLACES = [
    ("北京市", "北京市", "朝阳区", "110105"),
    ("上海市", "上海市", "浦东新区", "310115"),
    ("广东省", "深圳市", "南山区", "440305"),
    ("四川省", "成都市", "武侯区", "510107"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102"),
    ("浙江省", "杭州市", "西湖区", "330106"),
    ("湖北省", "武汉市", "武昌区", "420106"),
    ("西藏自治区", "拉萨市", "城关区", "540102"),
    ("内蒙古自治区", "呼和浩特市", "赛罕区", "150105"),
    ("广东省", "广州市", "天河区", "440106"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103"),
]
CN_ROADS = ["科苑路", "建国路", "人民南路", "解放大道", "文三路", "北京路", "友好南路", "世纪大道", "中山路", "新华路"]
CN_PRODUCTS = [
    ("SKU-NF-0031", "澳洲进口奶粉 3段 900g"),
    ("SKU-VT-1182", "复合维生素 120粒"),
    ("SKU-SK-2207", "日本进口面膜 30片装"),
    ("SKU-HB-0045", "新西兰麦卢卡蜂蜜 UMF10+ 250g"),
    ("SKU-EL-5501", "电动牙刷 替换刷头 4支"),
    ("SKU-FD-3390", "韩国海苔 10包"),
    ("SKU-BG-7712", "意大利真皮手提包 黑色"),
    ("SKU-WN-8820", "法国红葡萄酒 750ml"),
]
CN_ESTATE_A = ["阳光", "锦绣", "翠苑", "金色"]
CN_ESTATE_B = ["花园", "家园", "小区"]
CN_SHOPS = ["山野海淘旗舰店", "蓝鲸全球购专营店", "悦享跨境母婴店", "环球优品直营店"]
CN_CARRIERS = [
    ("顺丰速运", "SF", 12),
    ("中通快递", "78", 12),
    ("圆通速递", "YT", 13),
    ("京东物流", "JDV", 12),
    ("EMS", "E", 9),
]


def cn_id(rng: random.Random, region: str) -> str:
    born = rand_date(rng, D(1958, 1, 1), D(2006, 12, 31))
    body = region + born.strftime("%Y%m%d") + f"{rng.randint(1, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11]


def cn_phone(rng: random.Random) -> str:
    n = rng.choice(["133", "135", "138", "139", "150", "158", "177", "181", "186", "189", "199"]) + digits(rng, 8)
    style = rng.randrange(5)
    if style == 0:
        return n
    if style == 1:
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == 2:
        return f"86-{n}"
    if style == 3:
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    return f"+86{n}"


def t_dingdan_fahuo_cn() -> Table:
    rng = random.Random(50505)
    t = Table(
        "dev",
        "dingdan_fahuo_cn",
        "Chinese cross-border e-commerce shipment lines (order, payment, logistics) with the consignee's "
        "customs data; mostly business data; Chinese values; pinyin-initialism headers (SHRXM = 收货人姓名)",
    )
    for h, p, k in [
        ("DDBH", False, "order_id"),
        ("XDSJ", False, "order_timestamp"),
        ("SPBM", False, "product_code"),
        ("SPMC", False, "product_name"),
        ("SL", False, "quantity"),
        ("DJ", False, "unit_price"),
        ("YHJE", False, "amount"),
        ("SFJE", False, "amount"),
        ("ZFFS", False, "payment_method"),
        ("ZFLSH", False, "payment_transaction_id"),
        ("MJNC", True, "username"),
        ("SHRXM", True, "full_name"),
        ("SJHM", True, "phone"),
        ("SFZH", True, "national_id_cn"),
        ("SHSF", False, "province"),
        ("SHCS", True, "city"),
        ("SHQX", True, "district"),
        ("XXDZ", True, "street_address"),
        ("KDGS", False, "carrier"),
        ("YDH", False, "shipment_tracking_number"),
        ("MJLY", True, "free_text_with_names"),
        ("DPMC", False, "shop_name"),
        ("FPTT", True, "invoice_title_person_or_company"),
    ]:
        t.col(h, p, k)
    nicks = ["小猪佩奇爱吃肉", "快乐的小鱼", "Lynn_1994", "王大锤", "阿狸", "momo酱", "夜空中最亮的星", "老王头"]
    companies = ["深圳市蓝海科技有限公司", "成都锦程贸易有限公司", "杭州云栖网络科技有限公司"]
    order_no = 0
    rows = 0
    while rows < 400:
        order_no += 1
        nlines = min(rng.choice([1, 1, 1, 2, 3]), 400 - rows)
        prov, city, dist, region = rng.choice(CN_PLACES)
        name = rng.choice(CN_MINORITY) if rng.random() < 0.1 else rng.choice(CN_SURNAMES) + rng.choice(CN_GIVEN)
        nick = rng.choice(
            [
                rng.choice(nicks) + str(rng.randint(1, 999)),
                f"tb_{digits(rng, 8)}",
                f"jd_{hexs(rng, 6)}",
                rng.choice(nicks),
            ]
        )
        ts = rand_ts(rng, T(2026, 9, 1), T(2026, 11, 30))
        carrier, cpre, clen = rng.choice(CN_CARRIERS)
        track = cpre + digits(rng, clen) + ("CN" if carrier == "EMS" else "")
        pay = rng.choice(["微信支付", "支付宝", "银联"])
        txn = f"4200{digits(rng, 24)}" if pay == "微信支付" else f"2026{digits(rng, 24)}"
        addr = f"{rng.choice(CN_ROADS)}{rng.randint(1, 999)}号" + rng.choice(
            [
                "",
                f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}{rng.randint(1, 8):02d}室",
                f"{rng.choice(CN_ESTATE_A)}{rng.choice(CN_ESTATE_B)}{rng.randint(1, 20)}-{rng.randint(101, 2802)}",
            ]
        )
        phone = cn_phone(rng)
        idn = cn_id(rng, rng.choice(CN_PLACES)[3] if rng.random() < 0.4 else region)
        msg = rng.choice(
            [
                "",
                "",
                "",
                "请放快递柜，谢谢",
                "周末送货",
                "发顺丰",
                "尽快发货",
                f"送给{rng.choice(CN_SURNAMES)}老师的生日礼物，请不要放发票",
                f"收件人是我妈妈{rng.choice(CN_SURNAMES)}{rng.choice(CN_GIVEN)}，电话打不通请联系我",
                f"代{rng.choice(CN_SURNAMES)}{rng.choice(CN_GIVEN)}下单，清关身份证用她的",
                "包装好一点",
            ]
        )
        invoice = rng.choice(["", "", "个人", name, rng.choice(companies)])
        shop = rng.choice(CN_SHOPS)
        for ln in range(nlines):
            sku, pname = rng.choice(CN_PRODUCTS)
            qty = rng.choice([1, 1, 2, 3, 6])
            price = rng.choice([59.0, 89.9, 128.0, 199.0, 268.0, 1380.0])
            disc = rng.choice([0, 0, 5, 10, 20])
            t.rows.append(
                {
                    "DDBH": f"{ts.strftime('%y%m%d')}{order_no:07d}",
                    "XDSJ": ts.strftime("%Y-%m-%d %H:%M:%S"),
                    "SPBM": sku,
                    "SPMC": pname,
                    "SL": qty,
                    "DJ": f"{price:.2f}",
                    "YHJE": f"{disc:.2f}",
                    "SFJE": f"{qty * price - disc:.2f}",
                    "ZFFS": pay,
                    "ZFLSH": txn,
                    "MJNC": nick,
                    "SHRXM": name,
                    "SJHM": phone,
                    "SFZH": idn,
                    "SHSF": prov,
                    "SHCS": city,
                    "SHQX": dist,
                    "XXDZ": addr,
                    "KDGS": carrier,
                    "YDH": track,
                    "MJLY": msg if ln == 0 else "",
                    "DPMC": shop,
                    "FPTT": invoice,
                }
            )
            rows += 1
    return t


# =============================================================================================
# 6. Israeli HMO clinic appointments; legacy headers that lie about their content
# =============================================================================================
IL_GIVEN_M = [
    "משה",
    "יוסף",
    "אברהם",
    "דוד",
    "איתי",
    "ולדימיר",
    "טספאיה",
    "ורקו",
    "אבבה",
    "מוחמד",
    "עלי",
    "ח'אלד",
    "שלום",
    "יחזקאל",
    "גאורגי",
    "עדי",
]
IL_GIVEN_F = [
    "מרים",
    "שרה",
    "רחל",
    "נועה",
    "תמר",
    "אביגיל",
    "יעל",
    "סבטלנה",
    "יבגניה",
    "צגה",
    "פאטמה",
    "רנא",
    "נגה",
    "אלישבע",
    "זהבה",
    "מנוחה",
]
IL_GIVEN = IL_GIVEN_M + IL_GIVEN_F
IL_SURNAMES = [
    "כהן",
    "לוי",
    "מזרחי",
    "פרץ",
    "ביטון",
    "דהן",
    "אברהם",
    "פרידמן",
    "אזולאי",
    "מלכה",
    "שפירא",
    "רבינוביץ",
    "טקה",
    "מקונן",
    "אדמסו",
    "סעאידה",
    "ח'טיב",
    "עבאסי",
    "ברקוביץ'",
    "גבאי",
    "קוזלובסקי",
    "אבו ריא",
    "בן חמו",
    "פיכמן-ליבוביץ",
]
IL_DOCTORS = [
    ("Dr. Tamar Ben-David", "1-23456"),
    ("Dr. Yousef Nassar", "1-31877"),
    ("Dr. Elena Kogan", "MR 40219"),
    ("Dr. Avraham Weiss", "1-18420"),
    ("Dr. Hana Abu Hussein", "1-52210"),
    ("Dr. Getachew Alemu", "MR 47731"),
    ("Dr. Rivka Sasson-Gold", "1-29944"),
    ("Dr. Igor Shvartsman", "MR 38100"),
]
IL_CITIES = [
    ("ירושלים", "9"),
    ("תל אביב-יפו", "6"),
    ("חיפה", "3"),
    ("באר שבע", "8"),
    ("נתניה", "42"),
    ("אשדוד", "77"),
    ("נצרת", "16"),
    ("אום אל-פחם", "30"),
    ("קריית שמונה", "11"),
    ("דימונה", "86"),
    ("רהט", "85"),
    ("בית שאן", "10"),
    ("עפולה", "18"),
]
IL_MAIL = ["gmail.com", "walla.co.il", "bezeqint.net", "yahoo.com"]
IL_STREETS = [
    "רחוב הרצל",
    "שדרות רוטשילד",
    "רח' יפו",
    "דרך בגין",
    "רחוב הנביאים",
    "רחוב ז'בוטינסקי",
    "שכונת אל-ג'בל",
    "רחוב החשמונאים",
    "רחוב מבצע שלמה",
]


def il_phone(rng: random.Random) -> str:
    pre = rng.choice(["050", "052", "053", "054", "055", "058"])
    n = digits(rng, 7)
    style = rng.randrange(5)
    if style == 0:
        return f"{pre}-{n}"
    if style == 1:
        return f"{pre}-{n[:3]}-{n[3:]}"
    if style == 2:
        return f"+972-{pre[1:]}-{n}"
    if style == 3:
        return f"972{pre[1:]}{n}"
    return pre + n


def t_kupat_holim_tor_il() -> Table:
    rng = random.Random(50606)
    t = Table(
        "dev",
        "kupat_holim_tor_il",
        "Israeli HMO clinic appointment log from a legacy system whose columns were re-used; Hebrew values; "
        "English headers that do not match their content (fax holds e-mails, pin_code holds postal codes, "
        "email holds clinic mailboxes, last_name/first_name are swapped)",
    )
    for h, p, k in [
        ("appt_id", False, "appointment_id"),
        ("clinic_code", False, "clinic_code"),
        ("id_check_digit", True, "national_id_il"),
        ("hmo", False, "hmo_name"),
        ("last_name", True, "given_name"),
        ("first_name", True, "surname"),
        ("father_name", True, "parent_name"),
        ("birth_year", True, "birth_date"),
        ("gender", False, "gender"),
        ("lang", False, "language"),
        ("ref_no", True, "phone"),
        ("fax", True, "email"),
        ("email", False, "business_email"),
        ("phone", False, "business_phone"),
        ("address", True, "street_address"),
        ("city", True, "city"),
        ("pin_code", True, "postal_code"),
        ("visit_date", True, "appointment_datetime_hipaa_date"),
        ("doctor_name", True, "physician_licence_number"),
        ("name_en", True, "physician_name"),
        ("notes", False, "diagnosis_code"),
        ("account", False, "amount"),
        ("ip", False, "boolean"),
        ("user", True, "username"),
        ("sms_text", True, "free_text_with_names"),
        ("created", False, "created_at_timestamp"),
    ]:
        t.col(h, p, k)
    clinics = [(f"{rng.randint(100, 999)}", f"0{rng.choice('23489')}-{digits(rng, 7)}") for _ in range(12)]
    clerks = ["rachelb", "m.levi", "CLINIC\\yossi.a", "nadia_k", "svetlana.p", "admin2"]
    icd = ["J06.9", "E11.9", "I10", "Z00.0", "M54.5", "K21.9", "F41.1", "O80", "Z34.0", "L20.9", "H10.3", ""]
    hmos = ["כללית", "מכבי", "מאוחדת", "לאומית"]
    for i in range(280):
        fem = rng.random() < 0.5
        given, sur = rng.choice(IL_GIVEN_F if fem else IL_GIVEN_M), rng.choice(IL_SURNAMES)
        city, zp = rng.choice(IL_CITIES)
        tz = luhn_complete(f"{rng.randint(1, 34999999):08d}")
        if rng.random() < 0.15:
            tz = tz.lstrip("0")
        dob = rand_date(rng, D(1935, 1, 1), D(2025, 6, 1))
        visit = T.combine(
            rand_date(rng, D(2026, 11, 1), D(2026, 12, 31)),
            dt.time(rng.randint(7, 19), rng.choice([0, 10, 20, 30, 40, 50])),
        )
        created = visit - dt.timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 900))
        code, cphone = rng.choice(clinics)
        doc, lic = rng.choice(IL_DOCTORS)
        lat = rng.choice(["noa", "tamar", "moshe.k", "svetik", "worku", "rana", "dudi", "ela"])
        doc_he = doc.replace("Dr. ", 'ד"ר ')
        sms = rng.choice(
            [
                f"שלום {given}, תזכורת לתור אצל {doc_he} ב-{visit.strftime('%d/%m %H:%M')}. לביטול השב 0",
                f"שלום {given}, תזכורת לתור ב-{visit.strftime('%d/%m %H:%M')}",
                "תזכורת לתור במרפאה. לביטול השב 0",
                "",
                "",
                f"Hello {given}, reminder: appointment {visit.strftime('%d/%m %H:%M')}",
            ]
        )
        t.rows.append(
            {
                "appt_id": 5500000 + i * 17 + rng.randint(0, 16),
                "clinic_code": code,
                "id_check_digit": tz,
                "hmo": rng.choice(hmos),
                "last_name": given,
                "first_name": sur,
                "father_name": maybe(rng, 0.6, rng.choice(IL_GIVEN_M)),
                "birth_year": dob.strftime(rng.choice(["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"])),
                "gender": rng.choice(["נ", "F"]) if fem else rng.choice(["ז", "M"]),
                "lang": rng.choice(["he", "he", "ar", "ru", "am", "en"]),
                "ref_no": il_phone(rng),
                "fax": maybe(
                    rng,
                    0.55,
                    f"{lat}{rng.randint(1, 999)}@{rng.choice(IL_MAIL)}",
                ),
                "email": f"clinic{code}@hmo-example.org.il",
                "phone": cphone,
                "address": f"{rng.choice(IL_STREETS)} {rng.randint(1, 140)}"
                + maybe(rng, 0.4, f" דירה {rng.randint(1, 40)}"),
                "city": city,
                "pin_code": zp + digits(rng, 7 - len(zp)),
                "visit_date": visit.strftime("%d/%m/%Y %H:%M"),
                "doctor_name": lic,
                "name_en": doc,
                "notes": rng.choice(icd),
                "account": rng.choice(["0", "0", "29.00", "37.5", "72.50", "120"]),
                "ip": rng.choices(["N", "Y"], [9, 1])[0],
                "user": rng.choice(clerks),
                "sms_text": sms,
                "created": created.strftime("%Y-%m-%d %H:%M:%S"),
            }
        )
    return t


# =============================================================================================
# 7. Vietnamese city-marathon registration, Google Forms responses: headers are the questions
# =============================================================================================
VN_SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Khúc",
    "Ông",
    "Kha",
    "Lã",
    "Mạc",
    "Tôn Nữ",
]
VN_MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Thanh", "Bảo", "Gia", "Quốc"]
VN_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo", "Diệu"]
VN_GIVEN_M = [
    "Anh",
    "Bình",
    "Dũng",
    "Hải",
    "Hiếu",
    "Hùng",
    "Khoa",
    "Nam",
    "Phong",
    "Phúc",
    "Quân",
    "Sơn",
    "Tuấn",
    "Tú",
    "Khải",
    "Lộc",
]
VN_GIVEN_F = [
    "Chi",
    "Giang",
    "Hà",
    "Hạnh",
    "Hoa",
    "Lan",
    "Linh",
    "Mai",
    "Ngân",
    "Quỳnh",
    "Tâm",
    "Thảo",
    "Trang",
    "Vy",
    "Yến",
    "Nhung",
]
VN_MINORITY = [
    ("H'Hen Niê", "F"),
    ("Ksor H'Bơ Khăp", "F"),
    ("Y Bih Mlô", "M"),
    ("Rơ Châm Tuyết", "F"),
    ("Lò Văn Páo", "M"),
    ("Hà Thị Ún", "F"),
    ("Sùng A Dế", "M"),
    ("Giàng Thị Mỷ", "F"),
    ("Vàng A Chứ", "M"),
]
VN_FOREIGN = [
    ("Kim Min-jun", "KOR", "M"),
    ("Tanaka Haruto", "JPN", "M"),
    ("Siobhan O'Brien", "IRL", "F"),
    ("Pieter van der Merwe", "ZAF", "M"),
    ("Aurélie Nguyen-Duval", "FRA", "F"),
    ("Somchai Wongsawat", "THA", "M"),
]
VN_PROVINCES = [
    ("Hà Nội", "001"),
    ("TP. Hồ Chí Minh", "079"),
    ("Đà Nẵng", "048"),
    ("Hải Phòng", "031"),
    ("Cần Thơ", "092"),
    ("Đắk Lắk", "066"),
    ("Lào Cai", "010"),
    ("Khánh Hòa", "056"),
    ("Thừa Thiên Huế", "046"),
    ("Quảng Ninh", "022"),
]
VN_STREETS = [
    "Chùa Láng",
    "Nguyễn Văn Cừ",
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Bạch Đằng",
    "Hùng Vương",
    "Y Jút",
    "Nguyễn Trãi",
    "Phan Đình Phùng",
    "Điện Biên Phủ",
]
VN_WARDS = [
    "phường Láng Thượng, quận Đống Đa",
    "Phường 4, Quận 5",
    "phường Hải Châu 1",
    "phường Tân Lợi",
    "phường Vĩnh Hải",
    "xã Tả Van, thị xã Sa Pa",
    "phường Bến Nghé, Quận 1",
    "phường Hồng Gai",
]


def vn_phone(rng: random.Random) -> str:
    n = rng.choice(["91", "98", "90", "33", "35", "37", "70", "77", "86", "88", "96"]) + digits(rng, 7)
    style = rng.randrange(6)
    if style == 0:
        return f"0{n[:3]} {n[3:6]} {n[6:]}"
    if style == 1:
        return "0" + n
    if style == 2:
        return f"+84 {n[:2]} {n[2:5]} {n[5:]}"
    if style == 3:
        return "84" + n
    if style == 4:
        return n  # leading zero lost in the sheet
    return f"0{n[:3]}.{n[3:6]}.{n[6:]}"


def vn_address(rng: random.Random) -> str:
    house = f"{rng.choice(['Số ', '', ''])}{rng.randint(1, 300)}{rng.choice(['', '/' + str(rng.randint(1, 60))])}"
    lane = rng.choice(["ngõ " + str(rng.randint(2, 200)) + " ", ""])
    return f"{house} {lane}{rng.choice(VN_STREETS)}, {rng.choice(VN_WARDS)}"


def t_dang_ky_giai_chay_vn() -> Table:
    rng = random.Random(50707)
    t = Table(
        "dev",
        "dang_ky_giai_chay_vn",
        "Vietnamese city-marathon registrations exported from Google Forms responses; Vietnamese values "
        "with and without diacritics, ethnic-minority and foreign runners; headers are the form's questions",
    )
    q_name = "Họ và tên (viết hoa, có dấu)"
    for h, p, k in [
        ("Dấu thời gian", False, "created_at_timestamp"),
        ("Địa chỉ email", True, "email"),
        (q_name, True, "full_name"),
        ("Bạn sinh ngày nào?", True, "birth_date"),
        ("Giới tính của bạn", False, "gender"),
        ("Số CCCD / Hộ chiếu", True, "national_id_vn_or_passport"),
        ("Quốc tịch", False, "nationality"),
        ("Số điện thoại liên lạc (có Zalo)", True, "phone"),
        ("Bạn đang sống ở tỉnh/thành phố nào?", False, "province"),
        ("Địa chỉ nhận BIB (số nhà, đường, phường/xã)", True, "street_address"),
        ("Bạn đăng ký cự ly nào?", False, "race_distance"),
        ("Size áo", False, "tshirt_size"),
        ("Thời gian dự kiến hoàn thành", False, "duration"),
        ("Tên CLB chạy bộ (nếu có)", False, "club_name"),
        ("Họ tên người liên hệ khẩn cấp", True, "emergency_contact_name"),
        ("SĐT người liên hệ khẩn cấp", True, "phone"),
        ("Người đó là gì của bạn?", False, "relationship"),
        ("Nhóm máu", False, "blood_group"),
        ("Bạn có bệnh lý / dị ứng nào không?", False, "medical_condition"),
        ("Mã giao dịch chuyển khoản", False, "payment_reference"),
        ("Số tiền đã chuyển", False, "amount"),
        ("Bạn biết đến giải qua kênh nào?", False, "marketing_channel"),
        ("Bạn có muốn nhắn gì cho BTC không?", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    fees = {"5km": 350000, "10km": 450000, "21km": 650000, "42km": 850000}
    for _i in range(320):
        kind = rng.choices(["kinh", "minority", "foreign"], [85, 8, 7])[0]
        prov, pcode = rng.choice(VN_PROVINCES)
        born = rand_date(rng, D(1956, 1, 1), D(2010, 12, 31))
        if kind == "foreign":
            name, nat, g = rng.choice(VN_FOREIGN)
            idn = rng.choice("MPKE") + digits(rng, 8)
            nat_s = nat
        else:
            if kind == "minority":
                name, g = rng.choice(VN_MINORITY)
            else:
                g = rng.choice("MF")
                name = (
                    f"{rng.choice(VN_SURNAMES)} {rng.choice(VN_MIDDLE_F if g == 'F' else VN_MIDDLE_M)} "
                    f"{rng.choice(VN_GIVEN_F if g == 'F' else VN_GIVEN_M)}"
                )
            cent = (0 if born.year < 2000 else 2) + (1 if g == "F" else 0)
            idn = f"{pcode}{cent}{born.year % 100:02d}{digits(rng, 6)}"
            if rng.random() < 0.2:
                idn = idn.lstrip("0")  # the sheet ate the leading zeros
            nat_s = rng.choice(["Việt Nam", "Việt Nam", "VN", "Vietnamese"])
        style = rng.random()
        shown = name.upper() if style < 0.45 else (strip_accents(name) if style < 0.65 else name)
        mail_user = strip_accents(name).lower().replace(" ", rng.choice(["", ".", "_"])).replace("'", "")
        dist = rng.choices(list(fees), [25, 35, 28, 12])[0]
        fee = fees[dist]
        ts = rand_ts(rng, T(2026, 8, 1), T(2026, 11, 15))
        ec_f = rng.random() < 0.5
        ec_name = (
            f"{rng.choice(VN_SURNAMES[:-1])} {rng.choice(VN_MIDDLE_F if ec_f else VN_MIDDLE_M)} "
            f"{rng.choice(VN_GIVEN_F if ec_f else VN_GIVEN_M)}"
        )
        msg = rng.choice(
            [
                "",
                "",
                "",
                "",
                "Cho mình đổi size áo sang M nhé",
                "Cảm ơn BTC!",
                f"Đăng ký hộ em gái {rng.choice(VN_SURNAMES)} Thị {rng.choice(VN_GIVEN_F)}, em ấy không có email",
                f"Nhận BIB hộ bạn {rng.choice(VN_SURNAMES)} Văn {rng.choice(VN_GIVEN_M)} được không ạ?",
                "Mình chuyển khoản 2 lần, nhờ BTC kiểm tra",
                "Xin chạy cùng nhóm Hanoi Runners",
            ]
        )
        dob_fmt = rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y", "%d.%m.%Y"])
        dob = born.strftime(dob_fmt) if rng.random() < 0.9 else f"{born.day} tháng {born.month}, {born.year}"
        t.rows.append(
            {
                "Dấu thời gian": f"{ts.day}/{ts.month}/{ts.year} {ts.hour}:{ts.minute:02d}:{ts.second:02d}",
                "Địa chỉ email": f"{mail_user}{rng.choice(['', str(born.year % 100), str(rng.randint(1, 999))])}@"
                f"{rng.choice(['gmail.com', 'gmail.com', 'yahoo.com.vn', 'outlook.com', 'fpt.edu.vn'])}",
                q_name: shown,
                "Bạn sinh ngày nào?": dob,
                "Giới tính của bạn": {"M": rng.choice(["Nam", "Male"]), "F": rng.choice(["Nữ", "Female"])}[g],
                "Số CCCD / Hộ chiếu": idn,
                "Quốc tịch": nat_s,
                "Số điện thoại liên lạc (có Zalo)": vn_phone(rng),
                "Bạn đang sống ở tỉnh/thành phố nào?": prov if kind != "foreign" or rng.random() < 0.7 else "Other",
                "Địa chỉ nhận BIB (số nhà, đường, phường/xã)": vn_address(rng),
                "Bạn đăng ký cự ly nào?": dist,
                "Size áo": rng.choice(["XS", "S", "M", "L", "XL", "XXL"]),
                "Thời gian dự kiến hoàn thành": f"{rng.randint(0, 5)}:{rng.randint(0, 59):02d}:00",
                "Tên CLB chạy bộ (nếu có)": rng.choice(
                    [
                        "",
                        "",
                        "Không",
                        "Hanoi Runners",
                        "Saigon Runners Club",
                        "Long Biên Runners",
                        "Đà Nẵng Trail Club",
                        "FPT Running",
                    ]
                ),
                "Họ tên người liên hệ khẩn cấp": ec_name if rng.random() < 0.6 else ec_name.upper(),
                "SĐT người liên hệ khẩn cấp": vn_phone(rng),
                "Người đó là gì của bạn?": rng.choice(
                    ["Bố", "Mẹ", "Vợ", "Chồng", "Anh trai", "Chị gái", "Bạn", "Friend"]
                ),
                "Nhóm máu": rng.choice(["O", "A", "B", "AB", "O+", "Không rõ", ""]),
                "Bạn có bệnh lý / dị ứng nào không?": rng.choice(
                    [
                        "Không",
                        "Không",
                        "không có",
                        "",
                        "Hen suyễn nhẹ",
                        "Dị ứng hải sản",
                        "Huyết áp cao",
                        "Dị ứng penicillin",
                    ]
                ),
                "Mã giao dịch chuyển khoản": f"FT{ts.strftime('%y%j')}{digits(rng, 8)}",
                "Số tiền đã chuyển": rng.choice([str(fee), f"{fee:,}".replace(",", "."), f"{fee:,}đ"]),
                "Bạn biết đến giải qua kênh nào?": rng.choice(
                    ["Facebook", "Bạn bè giới thiệu", "Zalo", "TikTok", "Báo chí"]
                ),
                "Bạn có muốn nhắn gì cho BTC không?": msg,
            }
        )
    return t


# =============================================================================================
# 8. Nigerian card-acquirer switch log, ISO 8583 data-element headers (DE2_PAN, DE35_TRK2)
# =============================================================================================
NG_HOLDERS = [
    "OKONKWO/CHUKWUEMEKA",
    "NWACHUKWU/ADAEZE",
    "OBI/CHUKWUEMEKAOLUWASEUN",
    "ADEYEMI/OLUWADAMILARE",
    "OGUNLEYE/TEMITOPE",
    "BABATUNDE/ADEBOLA",
    "ADEBAYO-WILLIAMS/FOLASADE",
    "ABUBAKAR/HADIZA",
    "BELLO/MUHAMMAD SANI",
    "DANJUMA/ZAINAB",
    "YAKUBU/AISHATU",
    "EBIKEME/TAMARAUKURO",
    "IKPEME/EKAETTE",
    "AKPAN/UDUAK",
    "EZE/IFEANYICHUKWU",
    "OKORIE/NNEOMA",
    "ETIM/ITORO",
    "OYENUGA/OLUWATOBILOBA",
    "GBADAMOSI/ABIODUN",
    "ALAO/OMOLARA",
    "TARFA/NGUHEMEN",
    "DIKKO/FATIMA Z",
    "ZHANG/WEI",
    "PATEL/NIRAV",
    "ODUYA/KEHINDE",
    "AGBOOLA/MOJISOLA",
]
NG_MAIL = ["gmail.com", "yahoo.com", "yahoo.co.uk", "outlook.com"]
NG_POS = [
    ("SHOPRITE LEKKI", "LAGOS", "LA", "5411"),
    ("CHICKEN REPUBLIC IKEJA", "LAGOS", "LA", "5812"),
    ("TOTAL ENERGIES WUSE", "ABUJA", "FC", "5541"),
    ("SPAR KANO", "KANO", "KN", "5411"),
    ("MEDPLUS PHARMACY VI", "LAGOS", "LA", "5912"),
    ("GTB ATM ALLEN AVE", "LAGOS", "LA", "6011"),
    ("JABI LAKE MALL", "ABUJA", "FC", "5311"),
    ("GENESIS CINEMAS PH", "PORT HARCOUR", "RI", "7832"),
]
NG_ECOM = [
    ("JUMIA ONLINE", "LAGOS", "LA", "5399", "sk_live_"),
    ("BOLT NG", "LAGOS", "LA", "4121", "FLWSECK-"),
    ("DSTV PAYMENT", "LAGOS", "LA", "4899", "sk_live_"),
    ("IKEDC PREPAID", "LAGOS", "LA", "4900", "FLWSECK-"),
    ("AIR PEACE WEB", "LAGOS", "LA", "3000", "sk_live_"),
]


def ng_phone(rng: random.Random) -> str:
    n = rng.choice(
        ["803", "806", "813", "816", "703", "706", "805", "807", "815", "905", "802", "808", "901"]
    ) + digits(rng, 7)
    style = rng.randrange(5)
    if style == 0:
        return f"+234 {n[:3]} {n[3:6]} {n[6:]}"
    if style == 1:
        return "0" + n
    if style == 2:
        return "234" + n
    if style == 3:
        return f"0{n[:3]}-{n[3:6]}-{n[6:]}"
    return "+234" + n


def t_acq_iso8583_log_ng() -> Table:
    rng = random.Random(50808)
    t = Table(
        "dev",
        "acq_iso8583_log_ng",
        "Nigerian card-acquirer switch log (POS and e-commerce, naira); mostly transaction and merchant data; "
        "ISO 8583 data-element headers (DE2_PAN, DE14_EXP, DE35_TRK2, DE52_PINBLK) plus e-commerce extras",
    )
    for h, p, k in [
        ("MTI", False, "message_type"),
        ("DE2_PAN", True, "card_number"),
        ("DE3_PROC", False, "processing_code"),
        ("DE4_AMT", False, "amount"),
        ("DE7_TXDT", False, "event_timestamp"),
        ("DE11_STAN", False, "trace_number"),
        ("DE12_LTIME", False, "event_time"),
        ("DE14_EXP", True, "card_expiry"),
        ("DE18_MCC", False, "merchant_category_code"),
        ("DE22_POSEM", False, "pos_entry_mode"),
        ("DE35_TRK2", True, "card_track_data"),
        ("DE37_RRN", False, "retrieval_reference_number"),
        ("DE38_AUTH", False, "authorization_code"),
        ("DE39_RC", False, "response_code"),
        ("DE41_TID", False, "terminal_id"),
        ("DE42_MID", False, "merchant_id"),
        ("DE43_NAMELOC", False, "merchant_name_location"),
        ("DE45_TRK1_NAME", True, "cardholder_name"),
        ("DE49_CUR", False, "currency_code"),
        ("DE52_PINBLK", True, "pin_block"),
        ("CVV2", True, "card_security_code"),
        ("CH_EMAIL", True, "email"),
        ("CH_IP", True, "ip_address"),
        ("CH_PHONE", True, "phone"),
        ("MERCH_API_KEY", True, "api_key"),
    ]:
        t.col(h, p, k)
    pos_m = [
        (
            n,
            c,
            s,
            mcc,
            f"2{rng.choice('0123456789')}{rng.randint(10, 99)}{rng.choice(['LX', 'GT', 'ZB', 'FB'])}"
            f"{rng.randint(10, 99)}",
            f"2{digits(rng, 3)}LA{digits(rng, 10)}",
        )
        for n, c, s, mcc in NG_POS
    ]
    ecom_m = [
        (
            n,
            c,
            s,
            mcc,
            f"3{digits(rng, 3)}WEB{digits(rng, 1)}",
            f"2{digits(rng, 3)}WB{digits(rng, 10)}",
            pre + (hexs(rng, 40) if pre == "sk_live_" else hexs(rng, 32) + "-X"),
        )
        for n, c, s, mcc, pre in NG_ECOM
    ]
    cards = []
    for _ in range(150):
        kind = rng.choices(["verve", "mc", "visa"], [4, 4, 3])[0]
        pan = (
            card_pan(rng, "506099", 19)
            if kind == "verve"
            else (
                card_pan(rng, rng.choice(["539983", "519911", "512345"]), 16)
                if kind == "mc"
                else card_pan(rng, rng.choice(["418745", "427876", "408408"]), 16)
            )
        )
        exp = f"{rng.randint(26, 31)}{rng.randint(1, 12):02d}"
        holder = rng.choice(NG_HOLDERS)
        g = holder.split("/")[1].split()[0].lower()
        cards.append(
            (
                pan,
                exp,
                holder,
                f"{g}{rng.choice(['', '.', '_'])}{holder.split('/')[0].lower()}"
                f"{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(NG_MAIL)}",
                ng_phone(rng),
            )
        )
    for _i in range(400):
        pan, exp, holder, email, phone = rng.choice(cards)
        ecom = rng.random() < 0.4
        ts = rand_ts(rng, T(2026, 12, 1), T(2026, 12, 5, 23, 59))
        rc = rng.choices(["00", "51", "55", "05", "91", "61"], [80, 8, 5, 3, 2, 2])[0]
        mti = rng.choices(["0200", "0100", "0420"], [80, 12, 8])[0]
        amt = rng.choice([1500, 2500, 4750, 12000, 20000, 35500, 150000, 7450]) * 100
        pan_s = pan if rng.random() < 0.8 else excel_exp(pan)
        if ecom:
            n, c, s, mcc, tid, mid, key = rng.choice(ecom_m)
            posem, trk2, pinblk = "812", "", ""
            cvv = str(rng.randint(0, 999))
            cvv = cvv if rng.random() < 0.3 else cvv.zfill(3)
            c_email, c_ip, c_phone = email, ipv4(rng) if rng.random() < 0.85 else ipv6(rng), phone
        else:
            n, c, s, mcc, tid, mid = rng.choice(pos_m)
            key = ""
            posem = rng.choice(["051", "071", "021"])
            trk2 = f"{pan}D{exp}{rng.choice(['101', '201', '221'])}{digits(rng, 12)}" if posem != "071" else ""
            pinblk = hexs(rng, 16, upper=True) if posem == "051" else ""
            cvv, c_email, c_ip, c_phone = "", "", "", ""
        proc = "010000" if mcc == "6011" else rng.choices(["000000", "310000"], [19, 1])[0]
        t.rows.append(
            {
                "MTI": mti,
                "DE2_PAN": pan_s,
                "DE3_PROC": proc,
                "DE4_AMT": f"{amt:012d}",
                "DE7_TXDT": ts.strftime("%m%d%H%M%S"),
                "DE11_STAN": f"{rng.randint(0, 999999):06d}",
                "DE12_LTIME": (ts + dt.timedelta(hours=1)).strftime("%H%M%S"),
                "DE14_EXP": exp,
                "DE18_MCC": mcc,
                "DE22_POSEM": posem,
                "DE35_TRK2": trk2,
                "DE37_RRN": f"{ts.strftime('%y%j')}{digits(rng, 7)}",
                "DE38_AUTH": f"{rng.randint(0, 999999):06d}" if rc == "00" else "",
                "DE39_RC": rc,
                "DE41_TID": tid,
                "DE42_MID": mid,
                "DE43_NAMELOC": f"{n[:22]:<22} {c[:13]:<13}{s}NG",
                "DE45_TRK1_NAME": holder if not ecom or rng.random() < 0.5 else "",
                "DE49_CUR": "566",
                "DE52_PINBLK": pinblk,
                "CVV2": cvv,
                "CH_EMAIL": c_email,
                "CH_IP": c_ip,
                "CH_PHONE": c_phone,
                "MERCH_API_KEY": key,
            }
        )
    return t


# =============================================================================================
# 9. Belgian HR list from SharePoint, internal field names (_x0020_ escapes), Dutch and French
# =============================================================================================
BE_SURNAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Van den Broeck",
    "Vandevelde",
    "Verhaegen",
    "Declercq",
    "Van Hoorebeke",
    "Vanderstraeten",
    "D'Hondt",
    "Dubois",
    "Lambert",
    "Dupont",
    "Leclercq",
    "Lejeune",
    "Renard",
    "Wathelet",
    "Gilson",
    "Pirotte",
    "El Amrani",
    "Benali",
    "Yılmaz",
    "Kabongo",
    "Mbuyi",
    "Tshibangu",
    "Kowalczyk",
    "Di Lorenzo",
    "Nkurunziza",
    "Habimana",
    "Vanhoutteghem",
    "Ghysbrecht",
]
BE_GIVEN_F = [
    "An",
    "Els",
    "Griet",
    "Lieve",
    "Lotte",
    "Fien",
    "Marie-Claire",
    "Godelieve",
    "Hadewych",
    "Fatima-Zahra",
    "Ayşe",
    "Amandine",
    "Océane",
    "Nathalie",
    "Scholastique",
    "Mireille",
]
BE_GIVEN_M = [
    "Jef",
    "Wout",
    "Stijn",
    "Seppe",
    "Jean-Pierre",
    "Ghislain",
    "Amaury",
    "Corentin",
    "Dieudonné",
    "Youssef",
    "Emre",
    "Kobe",
    "Remco",
    "Thibault",
    "Bavo",
    "Achiel",
]
BE_COMMUNES = [
    ("1000", "Brussel"),
    ("1000", "Bruxelles"),
    ("2000", "Antwerpen"),
    ("9000", "Gent"),
    ("3000", "Leuven"),
    ("8000", "Brugge"),
    ("4000", "Liège"),
    ("5000", "Namur"),
    ("6000", "Charleroi"),
    ("1080", "Sint-Jans-Molenbeek"),
    ("3500", "Hasselt"),
    ("7000", "Mons"),
    ("2800", "Mechelen"),
    ("8500", "Kortrijk"),
    ("4700", "Eupen"),
    ("6700", "Arlon"),
    ("9990", "Maldegem"),
]
BE_STREETS = [
    "Kerkstraat",
    "Stationsstraat",
    "Rue de la Loi",
    "Chaussée de Waterloo",
    "Dorpsstraat",
    "Rue Haute",
    "Veldstraat",
    "Kapelstraat",
    "Avenue Louise",
    "Grote Markt",
    "Rue des Wallons",
    "Brugsesteenweg",
]


def be_nn(rng: random.Random, born: dt.date, fem: bool) -> str:
    seq = rng.randrange(2 if fem else 1, 998, 2)
    base = f"{born:%y%m%d}{seq:03d}"
    n = int(("2" + base) if born.year >= 2000 else base)
    cc = 97 - n % 97
    return f"{base}{cc:02d}"


def be_iban(rng: random.Random) -> str:
    acct = rng.choice(["001", "063", "068", "310", "363", "734", "737", "973", "979"]) + digits(rng, 7)
    chk = int(acct) % 97 or 97
    return iban("BE", f"{acct}{chk:02d}")


def be_phone(rng: random.Random) -> str:
    n = rng.choice(
        [
            "470",
            "471",
            "472",
            "475",
            "476",
            "477",
            "478",
            "479",
            "484",
            "485",
            "486",
            "487",
            "488",
            "489",
            "490",
            "491",
            "492",
            "493",
            "494",
            "495",
            "496",
            "497",
            "498",
            "499",
        ]
    ) + digits(rng, 6)
    style = rng.randrange(5)
    if style == 0:
        return f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if style == 1:
        return f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"
    if style == 2:
        return f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if style == 3:
        return "0032" + n
    return n  # leading zero lost


def t_hr_sharepoint_be() -> Table:
    rng = random.Random(50909)
    t = Table(
        "dev",
        "hr_sharepoint_be",
        "Belgian HR personnel list exported from SharePoint; Dutch and French values; SharePoint internal "
        "field names with _x0020_ escapes, and the default 'Title' field re-used for the employee's name",
    )
    for h, p, k in [
        ("ID", False, "row_id"),
        ("Title", True, "full_name"),
        ("Personeelsnummer", True, "employee_id"),
        ("Voornaam_x0020__x002f__x0020_Pr", True, "given_name"),
        ("Geboortedatum", True, "birth_date"),
        ("Rijksregisternummer_x0020__x002", True, "national_id_be"),
        ("Geslacht", False, "gender"),
        ("Nationaliteit", False, "nationality"),
        ("Adres_x0020_domicilie", True, "street_address"),
        ("Postcode", True, "postal_code"),
        ("Gemeente_x0020__x002f__x0020_Co", True, "city"),
        ("GSM_x0020_priv_x00e9_", True, "phone"),
        ("E_x002d_mail_x0020_priv_x00e9_", True, "email"),
        ("IBAN_x0020_loon", True, "iban"),
        ("Brutoloon_x0020__x0028_EUR_x002", False, "salary"),
        ("Paritair_x0020_comit_x00e9_", False, "joint_committee_code"),
        ("Functie", False, "job_title"),
        ("Afdeling", False, "department"),
        ("Datum_x0020_in_x0020_dienst", False, "event_date"),
        ("Badge_x0020_RFID", True, "device_id"),
        ("Noodcontact", True, "emergency_contact"),
        ("Laptop_x0020_asset_x0020_tag", False, "asset_tag"),
        ("Author", True, "username"),
        ("Modified", False, "updated_at_timestamp"),
        ("Opmerkingen", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    clerks = [
        "i:0#.f|membership|an.peeters@hrfirma.be",
        "i:0#.f|membership|jp.dupont@hrfirma.be",
        "i:0#.f|membership|f.benali@hrfirma.be",
        "HRFIRMA\\lwouters",
        "i:0#.w|hrfirma\\svc_sync",
    ]
    jobs = [
        ("Boekhouder", "Finance", "PC 200"),
        ("Magazijnier", "Logistiek", "PC 226"),
        ("Verpleegkundige", "Zorg", "PC 330"),
        ("Comptable", "Finances", "PC 200"),
        ("Chauffeur C+E", "Transport", "PC 140"),
        ("Developer", "IT", "PC 200"),
        ("Onthaalmedewerker", "Facility", "PC 200"),
        ("Ouvrier de production", "Production", "PC 111"),
        ("Aide-soignante", "Soins", "PC 330"),
    ]
    for i in range(240):
        fem = rng.random() < 0.5
        given = rng.choice(BE_GIVEN_F if fem else BE_GIVEN_M)
        sur = rng.choice(BE_SURNAMES)
        born = rand_date(rng, D(1960, 1, 1), D(2006, 8, 31))
        nn = be_nn(rng, born, fem)
        nn_s = rng.choice([nn, f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}", f"{nn[:6]} {nn[6:9]} {nn[9:]}"])
        if nn_s.startswith("0") and rng.random() < 0.3:
            nn_s = nn.lstrip("0")  # Excel turned it into a number once
        zp, commune = rng.choice(BE_COMMUNES)
        job, dept, pc = rng.choice(jobs)
        hired = rand_date(rng, max(D(born.year + 18, 1, 1), D(1990, 1, 1)), D(2026, 11, 1))
        ib = be_iban(rng)
        sal = rng.uniform(2100, 6800)
        mod = rand_ts(rng, T(2024, 1, 1), T(2026, 12, 5, 17))
        email_user = strip_accents(f"{given}.{sur}").lower().replace(" ", "").replace("'", "")
        partner = rng.choice(BE_GIVEN_M + BE_GIVEN_F)
        emerg = rng.choice(
            [
                "",
                f"Partner: {partner} {rng.choice(BE_SURNAMES)} {be_phone(rng)}",
                f"moeder {rng.choice(BE_GIVEN_F)} ({be_phone(rng)})",
                f"époux {partner} - {be_phone(rng)}",
                be_phone(rng),
            ]
        )
        note = rng.choice(
            [
                "",
                "",
                "",
                "",
                "Ouderschapsverlof vanaf 01/03",
                "Halftijds (4/5) sinds 2025",
                f"Bedrijfswagen 1-{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"
                f"{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}-{rng.randint(100, 999)} (leasing)",
                f"Adreswijziging doorgegeven door {rng.choice(BE_GIVEN_F)}",
                f"Remplace {rng.choice(BE_GIVEN_F + BE_GIVEN_M)} {rng.choice(BE_SURNAMES)} pendant son congé",
                "Medisch attest tot 15/12",
                "Fietsvergoeding aangevraagd",
            ]
        )
        t.rows.append(
            {
                "ID": i + 1 + (i // 40) * 3,
                "Title": rng.choice([f"{sur.upper()}, {given}", f"{given} {sur}", f"{sur} {given}"]),
                "Personeelsnummer": f"{rng.choice(['P', 'P', 'W'])}{10400 + i * 7:06d}",
                "Voornaam_x0020__x002f__x0020_Pr": given,
                "Geboortedatum": born.strftime(rng.choice(["%d/%m/%Y", "%Y-%m-%dT00:00:00Z", "%d-%m-%Y"])),
                "Rijksregisternummer_x0020__x002": nn_s,
                "Geslacht": rng.choice(["V", "F"]) if fem else "M",
                "Nationaliteit": rng.choice(["BE", "BE", "BE", "Belg", "MA", "TR", "CD", "PL", "IT", "NL", "RW"]),
                "Adres_x0020_domicilie": f"{rng.choice(BE_STREETS)} {rng.randint(1, 220)}"
                + rng.choice(
                    ["", "", f" bus {rng.randint(1, 30)}", f"/B{rng.randint(1, 9)}", f" boîte {rng.randint(1, 12)}"]
                ),
                "Postcode": zp,
                "Gemeente_x0020__x002f__x0020_Co": commune,
                "GSM_x0020_priv_x00e9_": maybe(rng, 0.9, be_phone(rng)),
                "E_x002d_mail_x0020_priv_x00e9_": maybe(
                    rng,
                    0.8,
                    f"{email_user}{rng.choice(['', str(born.year)])}@"
                    f"{rng.choice(['telenet.be', 'skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be'])}",
                ),
                "IBAN_x0020_loon": ib if rng.random() < 0.5 else spaced4(ib),
                "Brutoloon_x0020__x0028_EUR_x002": f"{sal:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."),
                "Paritair_x0020_comit_x00e9_": pc,
                "Functie": job,
                "Afdeling": dept,
                "Datum_x0020_in_x0020_dienst": hired.strftime("%d/%m/%Y"),
                "Badge_x0020_RFID": hexs(rng, rng.choice([8, 14]), upper=True),
                "Noodcontact": emerg,
                "Laptop_x0020_asset_x0020_tag": maybe(
                    rng, 0.6, f"LT-{rng.randint(2019, 2026)}-{rng.randint(1, 999):04d}"
                ),
                "Author": rng.choice(clerks),
                "Modified": mod.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "Opmerkingen": note,
            }
        )
    return t


# =============================================================================================
# 10. Kenyan dairy co-operative milk-collection ledger, DBF headers truncated to 10 characters
# =============================================================================================
KE_FARMERS = [
    "Kiprotich arap Chepkwony",
    "Jepchirchir Kosgei",
    "Wanjiku Kamau",
    "Otieno Ochieng'",
    "Wafula Barasa",
    "Chebet Jeptoo",
    "Kipchumba Kibet Rotich",
    "Nyokabi Wambui Mwangi",
    "Achieng' Akinyi Odhiambo",
    "Mama Chebet",
    "Jerotich Tanui",
    "Njeri wa Kinyua",
    "Cherono Sigei",
    "Nafula Wekesa",
    "Kemunto Nyaboke",
    "Mutua Musyoka",
    "Tabitha Jebet Kirui",
    "Philemon Kipkorir Biwott",
    "Benedetta Nasimiyu",
    "Gathoni Kariuki",
    "Lokwang Ekai",
    "Sironka ole Nkaissery",
    "Zipporah Wangari",
    "Evans Kiplagat",
    "Mary Goretti Atieno",
    "Kibiwott Kandie",
    "Esther Chelangat Langat",
    "John Kamau Njoroge",
    "Fatuma Hassan",
    "Jelagat Kipsang",
]
KE_CENTRES = [
    ("CC014", "Kipkaren CC", "R07", "Nandi", ["Kipkaren", "Kapsabet Sokoni", "Chepterit"]),
    ("CC022", "Kaptumo CC", "R03", "Nandi", ["Kaptumo", "Kapkolei", "Koibem"]),
    ("CC031", "Ol Kalou Cooling", "R11", "Nyandarua", ["Gichungo", "Kanjuiri", "Rurii"]),
    ("CC045", "Kabiyet CC", "R05", "Nandi", ["Kabiyet", "Sangalo", "Mosop"]),
    ("CC052", "Kimilili Plant", "R09", "Bungoma", ["Kamukuywa", "Chebukaka", "Kibingei"]),
]


def ke_phone(rng: random.Random) -> str:
    n = rng.choice(["70", "71", "72", "74", "79", "11", "10"]) + digits(rng, 7)
    style = rng.randrange(5)
    if style == 0:
        return "0" + n
    if style == 1:
        return "254" + n
    if style == 2:
        return f"+254 {n[:3]} {n[3:6]} {n[6:]}"
    if style == 3:
        return n  # leading zero lost
    return f"0{n[:3]}-{n[3:]}"


def t_maziwa_collection_ke() -> Table:
    rng = random.Random(51010)
    t = Table(
        "dev",
        "maziwa_collection_ke",
        "Kenyan dairy co-operative milk-collection ledger (per delivery: litres, butterfat, density, payout) "
        "with the farmer's identity and M-Pesa number; mostly business data; English and Swahili values; "
        "dBase (DBF) field names truncated to 10 characters (NATIONAL_I, NEXT_OF_KI)",
    )
    for h, p, k in [
        ("REC_ID", False, "record_id"),
        ("COLL_DATE", False, "event_date"),
        ("SHIFT", False, "shift_enum"),
        ("CENTRE_COD", False, "collection_centre_code"),
        ("CENTRE_NAM", False, "collection_centre_name"),
        ("ROUTE_NO", False, "route_code"),
        ("MEMBER_NO", False, "member_id"),
        ("FARMER_NAM", True, "full_name"),
        ("NATIONAL_I", True, "national_id_ke"),
        ("KRA_PIN", True, "tax_id_ke"),
        ("MPESA_NUMB", True, "phone"),
        ("VILLAGE", True, "village"),
        ("COUNTY", False, "region"),
        ("FARM_GPS", True, "geo_coordinates"),
        ("LITRES", False, "quantity"),
        ("BUTTERFAT", False, "measurement"),
        ("DENSITY", False, "measurement"),
        ("REJECTED", False, "boolean"),
        ("RATE_KES", False, "unit_price"),
        ("AMOUNT_KES", False, "amount"),
        ("SACCO_ACC", True, "bank_account_number"),
        ("NEXT_OF_KI", True, "emergency_contact"),
        ("GRADER_ID", True, "username"),
        ("REMARKS", True, "free_text_with_names"),
    ]:
        t.col(h, p, k)
    farmers = []
    for j in range(70):
        name = rng.choice(KE_FARMERS)
        cc = rng.choice(KE_CENTRES)
        lat = {"Nandi": 0.2, "Nyandarua": -0.2, "Bungoma": 0.8}[cc[3]] + rng.uniform(-0.15, 0.15)
        lon = {"Nandi": 35.1, "Nyandarua": 36.4, "Bungoma": 34.7}[cc[3]] + rng.uniform(-0.15, 0.15)
        kin = (
            rng.choice(["Wife", "Husband", "Son", "Daughter", "Mke", "Mtoto"]) + " " + rng.choice(KE_FARMERS).split()[0]
        )
        farmers.append(
            (
                f"M{2000 + j * 13:05d}",
                name.upper() if rng.random() < 0.4 else name,
                str(rng.randint(1200000, 39999999)),
                "A" + digits(rng, 9) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"),
                ke_phone(rng),
                cc,
                rng.choice(cc[4]),
                f"{lat:.5f},{lon:.5f}",
                maybe(rng, 0.7, "FOSA " + digits(rng, 10)),
                maybe(rng, 0.7, f"{kin} {ke_phone(rng)}"),
                maybe(rng, 0.75, "1"),
            )
        )
    graders = ["grader.kiptoo", "GKIPROP", "m.wanjiru", "sigei_j", "Otieno.P"]
    for i in range(360):
        mno, name, nid, kra, ph, cc, village, gps, sacco, kin, has_kra = rng.choice(farmers)
        day = rand_date(rng, D(2026, 10, 1), D(2026, 11, 30))
        litres = round(rng.uniform(2, 48), 1)
        rej = rng.random() < 0.04
        rate = rng.choice([45, 46, 48, 50])
        remark = rng.choice(
            [
                "",
                "",
                "",
                "",
                "",
                "Adulteration suspected - water (lactometer)",
                "Delivered late",
                f"Milk brought by son {rng.choice(['Kevin', 'Brian', 'Kipngeno', 'Ouma'])}",
                f"Payment to be sent to {rng.choice(KE_FARMERS)} (wife) this month",
                "Maziwa machafu",
                "Cooler breakdown - no deduction",
                f"Loan deduction approved by {rng.choice(KE_FARMERS)}",
            ]
        )
        t.rows.append(
            {
                "REC_ID": 880000 + i * 3 + rng.randint(0, 2),
                "COLL_DATE": day.strftime("%Y%m%d"),
                "SHIFT": rng.choice(["AM", "AM", "PM"]),
                "CENTRE_COD": cc[0],
                "CENTRE_NAM": cc[1],
                "ROUTE_NO": cc[2],
                "MEMBER_NO": mno,
                "FARMER_NAM": name,
                "NATIONAL_I": nid,
                "KRA_PIN": kra if has_kra else "",
                "MPESA_NUMB": ph,
                "VILLAGE": village,
                "COUNTY": cc[3],
                "FARM_GPS": gps,
                "LITRES": f"{litres:.1f}",
                "BUTTERFAT": f"{rng.uniform(3.2, 4.9):.2f}",
                "DENSITY": f"{rng.uniform(1.026, 1.032):.3f}",
                "REJECTED": "T" if rej else "F",
                "RATE_KES": f"{rate:.2f}",
                "AMOUNT_KES": "0.00" if rej else f"{litres * rate:.2f}",
                "SACCO_ACC": sacco,
                "NEXT_OF_KI": kin,
                "GRADER_ID": rng.choice(graders),
                "REMARKS": remark,
            }
        )
    return t


# =============================================================================================
TABLES = [
    t_caisse_membres_qc,
    t_zayavki_mfo_ru,
    t_wps_payroll_sa,
    t_wallet_kyc_in,
    t_dingdan_fahuo_cn,
    t_kupat_holim_tor_il,
    t_dang_ky_giai_chay_vn,
    t_acq_iso8583_log_ng,
    t_hr_sharepoint_be,
    t_maziwa_collection_ke,
]


def main() -> None:
    for fn in TABLES:
        t = fn()
        t.write()
        print(f"{t.split}/{t.name}: {len(t.rows)} x {len(t.cols)}")


if __name__ == "__main__":
    main()
