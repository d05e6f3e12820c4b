"""Generate the PII golden tables written blind in session 4 (now dev: assets_config/golden_pii/dev).

They were the blind set of session 4; after three measurements they moved to dev in session 5 (see
assets_config/golden_pii/README.md, History), so this script now writes them into dev/.

Run: /work/main/.venv/bin/python tools/golden/gen_pii_blind2.py
Deterministic (fixed seeds), standard library only, imports nothing from the project.
Written blind: the author saw only assets_config/golden_pii/README.md and the Table helper
conventions of gen_pii.py. All values are synthetic; national IDs, IBANs, account numbers and card
numbers pass their real checksums but are random and fictitious.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import random
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets_config" / "golden_pii" / "dev"

D = dt.date
T = dt.datetime


# =============================================================================================
# helpers
# =============================================================================================
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

    def cols_from(self, spec) -> None:
        for h, p, k in spec:
            self.col(h, p, k)

    def write(self) -> None:
        headers = [c[0] for c in self.cols]
        assert 14 <= len(headers) <= 26, (self.name, len(headers))
        assert 200 <= len(self.rows) <= 400, (self.name, len(self.rows))
        for r in self.rows:
            missing = set(headers) - set(r)
            extra = set(r) - set(headers)
            assert not missing and not extra, (self.name, missing, extra)
        OUT.mkdir(parents=True, exist_ok=True)
        with open(OUT / f"{self.name}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(headers)
            for r in self.rows:
                w.writerow(["" if r[h] is None else r[h] for h in headers])
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


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


def iban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(conv) % 97
    return f"{country}{check:02d}{bban}"


def iban_spaced(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def card_pan(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        body = "4" + digits(rng, 14)
    elif kind < 0.85:
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    return body + luhn_digit(body)


def float_pan(pan: str) -> str:
    return f"{int(pan):.5E}".replace("E+0", "E+")


def email(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f = "".join(c for c in first.lower() if c.isalnum())
    lname = "".join(c for c in last.lower() if c.isalnum())
    style = rng.randrange(6)
    if style == 0:
        local = f"{f}.{lname}"
    elif style == 1:
        local = f"{f[:1]}{lname}"
    elif style == 2:
        local = f"{f}{rng.randint(1, 99)}"
    elif style == 3:
        local = f"{lname}.{f}{rng.randint(60, 99)}"
    elif style == 4:
        local = f"{f}_{lname[:4]}"
    else:
        local = f"{lname}{f[:1]}{rng.randint(1, 9)}"
    return f"{local}@{rng.choice(domains)}"


HEX = "0123456789abcdef"


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def uuid4(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


B64 = string.ascii_letters + string.digits


def bcrypt_like(rng: random.Random) -> str:
    return "$2b$12$" + "".join(rng.choice(B64 + "./") for _ in range(53))


def ipv4(rng: random.Random) -> str:
    first = rng.choice([31, 37, 46, 62, 77, 79, 81, 85, 89, 91, 94, 109, 151, 176, 186, 190, 200, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return "2a02:" + ":".join(hexs(rng, 4).lstrip("0") or "0" for _ in range(7))


# =============================================================================================
# 1. Greek pharmacy loyalty scheme, Greek headers
# =============================================================================================
GR_MALE = [
    "Γεώργιος",
    "Ιωάννης",
    "Κωνσταντίνος",
    "Δημήτριος",
    "Νικόλαος",
    "Παναγιώτης",
    "Βασίλειος",
    "Χαράλαμπος",
    "Ευάγγελος",
    "Σπυρίδων",
    "Αθανάσιος",
    "Στυλιανός",
    "Παντελεήμων",
    "Ηρακλής",
    "Αριστοτέλης",
    "Θεμιστοκλής",
    "Ζήσης",
    "Λεωνίδας",
    "Ξενοφών",
    "Μιλτιάδης",
]
GR_FEMALE = [
    "Μαρία",
    "Ελένη",
    "Αικατερίνη",
    "Βασιλική",
    "Σοφία",
    "Αγγελική",
    "Ευτυχία",
    "Καλλιόπη",
    "Πηνελόπη",
    "Ουρανία",
    "Χρυσούλα",
    "Παρασκευή",
    "Ξανθίππη",
    "Σταυρούλα",
    "Αφροδίτη",
    "Φωτεινή",
    "Ευανθία",
    "Δέσποινα",
    "Κυριακή",
    "Ιφιγένεια",
]
GR_SURN = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Οικονόμου", "Οικονόμου"),
    ("Γεωργίου", "Γεωργίου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Νικολαΐδης", "Νικολαΐδου"),
    ("Βλάχος", "Βλάχου"),
    ("Μαυρομμάτης", "Μαυρομμάτη"),
    ("Τσακαλώτος", "Τσακαλώτου"),
    ("Χατζηδάκης", "Χατζηδάκη"),
    ("Αναστασόπουλος", "Αναστασοπούλου"),
    ("Κουτσογιαννόπουλος", "Κουτσογιαννοπούλου"),
    ("Ζαφειρίου", "Ζαφειρίου"),
    ("Μπακογιάννης", "Μπακογιάννη"),
    ("Ψαρρός", "Ψαρρού"),
    ("Ξυδάκης", "Ξυδάκη"),
    ("Χότζα", "Χότζα"),
    ("Σαρρής", "Σαρρή"),
    ("Θεοδωρόπουλος", "Θεοδωροπούλου"),
    ("Κεφαλογιάννης", "Κεφαλογιάννη"),
    ("Δρακόπουλος", "Δρακοπούλου"),
]
GR_CITIES = [
    ("Αθήνα", "Αττικής", ["104", "105", "112", "113", "115", "117"], "210"),
    ("Πειραιάς", "Αττικής", ["185"], "210"),
    ("Θεσσαλονίκη", "Θεσσαλονίκης", ["546", "551", "562"], "2310"),
    ("Πάτρα", "Αχαΐας", ["262", "263"], "2610"),
    ("Ηράκλειο", "Ηρακλείου", ["712", "713"], "2810"),
    ("Λάρισα", "Λαρίσης", ["412", "413"], "2410"),
    ("Ιωάννινα", "Ιωαννίνων", ["452", "453"], "26510"),
    ("Βόλος", "Μαγνησίας", ["382", "383"], "24210"),
    ("Καλαμάτα", "Μεσσηνίας", ["241"], "27210"),
    ("Κομοτηνή", "Ροδόπης", ["691"], "25310"),
]
GR_STREETS = [
    "Λεωφ. Συγγρού",
    "Ερμού",
    "Πατησίων",
    "Αγίου Δημητρίου",
    "Εγνατίας",
    "Τσιμισκή",
    "Κολοκοτρώνη",
    "Λεωφ. Κηφισίας",
    "Μαιζώνος",
    "Αγ. Νικολάου",
    "28ης Οκτωβρίου",
    "Ελευθερίου Βενιζέλου",
    "Καραϊσκάκη",
    "Ανδρέα Παπανδρέου",
    "Ιπποκράτους",
    "Δωδεκανήσου",
]
GR_TRANS = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
    "ά": "a",
    "έ": "e",
    "ή": "i",
    "ί": "i",
    "ό": "o",
    "ύ": "y",
    "ώ": "o",
    "ϊ": "i",
    "ΐ": "i",
    "ϋ": "y",
}


def greeklish(s: str) -> str:
    s = s.lower()
    for a, b in [("ου", "ou"), ("ού", "ou"), ("αυ", "av"), ("αύ", "av"), ("ευ", "ev"), ("εύ", "ev"), ("μπ", "b")]:
        s = s.replace(a, b)
    return "".join(GR_TRANS.get(c, c) for c in s if c.isalpha())


def gr_upper(s: str) -> str:
    """Greek capitals are written without accents (ΠΑΠΑΔΟΠΟΥΛΟΥ), keeping the diaeresis."""
    return s.upper().translate(str.maketrans("ΆΈΉΊΌΎΏ", "ΑΕΗΙΟΥΩ"))


def gr_afm(rng: random.Random) -> str:
    body = str(rng.randint(0, 1)) + digits(rng, 7) if rng.random() < 0.8 else "1" + digits(rng, 7)
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body))
    return body + str(total % 11 % 10)


def gr_amka(rng: random.Random, dob: dt.date) -> str:
    body = dob.strftime("%d%m%y") + digits(rng, 4)
    return body + luhn_digit(body)


def gr_iban(rng: random.Random) -> str:
    bank = rng.choice(["011", "014", "017", "026"])
    ib = iban("GR", bank + digits(rng, 4) + digits(rng, 16))
    return iban_spaced(ib) if rng.random() < 0.5 else ib


def t_greek_pharmacy() -> Table:
    rng = random.Random(2401)
    t = Table(
        "farmakeio_pistotita_gr",
        "Greek pharmacy-chain loyalty scheme members; Greek values; native-script Greek headers with "
        "abbreviations (Ημ/νία, Τ.Κ.); the loyalty card barcode is a system-assigned member number",
    )
    t.cols_from(
        [
            ("Κωδ. Μέλους", False, "member_id"),
            ("Αρ. Κάρτας", False, "loyalty_card_barcode"),
            ("Επώνυμο", True, "surname"),
            ("Όνομα", True, "given_name"),
            ("Πατρώνυμο", True, "parent_name"),
            ("Ημ/νία Γέννησης", True, "birth_date"),
            ("Φύλο", False, "gender"),
            ("ΑΜΚΑ", True, "national_id_gr_amka"),
            ("ΑΦΜ", True, "tax_id_gr_afm"),
            ("Κινητό", True, "phone"),
            ("Σταθερό", True, "phone"),
            ("E-mail", True, "email"),
            ("Διεύθυνση", True, "street_address"),
            ("Τ.Κ.", True, "postal_code"),
            ("Πόλη", True, "city"),
            ("Νομός", False, "region"),
            ("PIN Κάρτας", True, "pin"),
            ("IBAN Επιστροφών", True, "iban"),
            ("Φαρμακείο Εγγραφής", False, "branch_code"),
            ("Τηλ. Φαρμακείου", False, "business_phone"),
            ("Πόντοι", False, "points_balance"),
            ("Αξία Αγορών 12μ (€)", False, "amount"),
            ("Ημ/νία Εγγραφής", False, "created_date"),
            ("Συναίνεση SMS", False, "boolean"),
            ("Σημειώσεις", True, "free_text_with_names"),
        ]
    )
    domains = ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com", "outlook.com.gr", "in.gr"]
    branches = [
        (f"ΦΚ-{n:03d}", f"210 {rng.randint(300, 999)} {rng.randint(1000, 9999)}")
        for n in [3, 7, 12, 14, 21, 28, 33, 41, 52, 60]
    ]
    for i in range(264):
        female = rng.random() < 0.58
        given = rng.choice(GR_FEMALE if female else GR_MALE)
        sm, sf = rng.choice(GR_SURN)
        surname = sf if female else sm
        if rng.random() < 0.05:
            surname = f"{surname}-{rng.choice(GR_SURN)[1 if female else 0]}"
        father = rng.choice(GR_MALE)
        dob = rand_date(rng, D(1932, 1, 1), D(2006, 12, 31))
        city, nomos, tks, area = rng.choice(GR_CITIES)
        tk = f"{rng.choice(tks)}{rng.randint(0, 99):02d}"
        if rng.random() < 0.4:
            tk = f"{tk[:3]} {tk[3:]}"
        mob = f"69{rng.choice('3456789')}{digits(rng, 7)}"
        style = rng.randrange(4)
        if style == 1:
            mob = f"{mob[:3]} {mob[3:6]} {mob[6:]}"
        elif style == 2:
            mob = f"+30 {mob}"
        elif style == 3:
            mob = f"0030{mob}"
        land = area + digits(rng, 10 - len(area))
        if rng.random() < 0.5:
            land = f"{land[: len(area)]} {land[len(area) :]}"
        br = rng.choice(branches)
        notes = rng.choice(
            [
                "",
                "",
                "",
                "",
                "",
                "Διαβητικός - ενημέρωση για νέα σκευάσματα",
                f"Παραλαβή φαρμάκων από τη σύζυγο {rng.choice(GR_FEMALE)}",
                f"Συνταγές από Δρ. {rng.choice(GR_SURN)[0]}, παθολόγο",
                "Προτιμά επικοινωνία μετά τις 17:00",
                f"Κάρτα μεταφέρθηκε από τον γιο {rng.choice(GR_MALE)} {sm}",
                "Επιστροφή κουπονιού 5€",
                "Διπλή εγγραφή - συγχωνεύθηκε",
                f"Κηδεμόνας: {rng.choice(GR_MALE)} {rng.choice(GR_SURN)[0]}",
            ]
        )
        ean_body = "52" + digits(rng, 10)
        # EAN-13 check digit
        s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(ean_body))
        ean = ean_body + str((10 - s % 10) % 10)
        t.rows.append(
            {
                "Κωδ. Μέλους": 40000 + i * 3 + rng.randint(0, 2),
                "Αρ. Κάρτας": ean,
                "Επώνυμο": surname if rng.random() < 0.8 else gr_upper(surname),
                "Όνομα": given,
                "Πατρώνυμο": maybe(rng, 0.85, father),
                "Ημ/νία Γέννησης": dob.strftime("%d/%m/%Y"),
                "Φύλο": "Γ" if female else "Α",
                "ΑΜΚΑ": gr_amka(rng, dob),
                "ΑΦΜ": maybe(rng, 0.7, gr_afm(rng)),
                "Κινητό": maybe(rng, 0.93, mob),
                "Σταθερό": maybe(rng, 0.45, land),
                "E-mail": maybe(rng, 0.75, email(rng, greeklish(given), greeklish(sm), domains)),
                "Διεύθυνση": f"{rng.choice(GR_STREETS)} {rng.randint(1, 220)}"
                + maybe(rng, 0.1, rng.choice(["Α", "Β", "-4"])),
                "Τ.Κ.": tk,
                "Πόλη": city if rng.random() < 0.85 else gr_upper(city),
                "Νομός": nomos,
                "PIN Κάρτας": f"{rng.randint(0, 9999):04d}",
                "IBAN Επιστροφών": maybe(rng, 0.3, gr_iban(rng)),
                "Φαρμακείο Εγγραφής": br[0],
                "Τηλ. Φαρμακείου": br[1],
                "Πόντοι": rng.randint(0, 4800),
                "Αξία Αγορών 12μ (€)": f"{rng.uniform(0, 2400):.2f}".replace(".", ","),
                "Ημ/νία Εγγραφής": rand_date(rng, D(2014, 3, 1), D(2024, 11, 30)).strftime("%d/%m/%Y"),
                "Συναίνεση SMS": rng.choice(["Ναι", "Ναι", "Όχι"]),
                "Σημειώσεις": notes,
            }
        )
    return t


# =============================================================================================
# 2. Korean food-delivery rider roster, coded headers FLD_01..FLD_22
# =============================================================================================
KR_SURN = [
    ("김", "kim"),
    ("이", "lee"),
    ("박", "park"),
    ("최", "choi"),
    ("정", "jung"),
    ("강", "kang"),
    ("조", "cho"),
    ("윤", "yoon"),
    ("장", "jang"),
    ("임", "lim"),
    ("황보", "hwangbo"),
    ("남궁", "namgung"),
    ("제갈", "jegal"),
    ("선우", "sunwoo"),
    ("탁", "tak"),
    ("어", "eo"),
    ("편", "pyeon"),
    ("빈", "bin"),
]
KR_GIVEN = [
    ("민준", "minjun"),
    ("서연", "seoyeon"),
    ("도윤", "doyun"),
    ("지우", "jiwoo"),
    ("하은", "haeun"),
    ("예준", "yejun"),
    ("순자", "sunja"),
    ("말순", "malsun"),
    ("영철", "youngchul"),
    ("판석", "panseok"),
    ("끝순", "kkeutsun"),
    ("보람", "boram"),
    ("한별", "hanbyeol"),
    ("슬기", "seulgi"),
    ("재혁", "jaehyuk"),
    ("동훈", "donghoon"),
    ("은비", "eunbi"),
    ("상철", "sangcheol"),
    ("우진", "woojin"),
    ("가람", "garam"),
]
KR_FOREIGN = [
    ("응우옌 반 안", "nguyenvanan"),
    ("TURSUNOV BAKHODIR", "bakhodir"),
    ("보르바트 간바타르", "ganbaatar"),
    ("SAIDOV JAMSHID", "jsaidov"),
    ("쩐 티 흐엉", "tranhuong"),
]
KR_ADDR = [
    ("서울특별시 강남구", ["테헤란로", "역삼로", "논현로", "봉은사로"], "06"),
    ("서울특별시 관악구", ["관악로", "봉천로", "남부순환로"], "08"),
    ("서울특별시 마포구", ["월드컵로", "양화로", "독막로"], "04"),
    ("경기도 성남시 분당구", ["판교역로", "정자일로", "불정로"], "13"),
    ("부산광역시 해운대구", ["해운대로", "센텀중앙로", "좌동순환로"], "48"),
    ("인천광역시 연수구", ["송도과학로", "컨벤시아대로"], "21"),
    ("대구광역시 수성구", ["달구벌대로", "동대구로"], "42"),
]
KR_BANKS = [
    ("국민은행", "{3}-{2}-{4}-{3}", 14),
    ("신한은행", "{3}-{3}-{6}", 12),
    ("우리은행", "{4}-{3}-{6}", 13),
    ("카카오뱅크", "{4}-{2}-{7}", 13),
    ("농협", "{3}-{4}-{4}-{2}", 13),
    ("토스뱅크", "{4}-{4}-{4}", 12),
]


def kr_rrn(rng: random.Random, dob: dt.date, female: bool, foreign: bool) -> str:
    if dob.year >= 2000:
        g = (8 if female else 7) if foreign else (4 if female else 3)
    else:
        g = (6 if female else 5) if foreign else (2 if female else 1)
    body = dob.strftime("%y%m%d") + str(g) + digits(rng, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(d) * k for d, k in zip(body, w, strict=False)) % 11) % 10
    full = body + str(c)
    return f"{full[:6]}-{full[6:]}"


def fmt_groups(rng: random.Random, pattern: str) -> str:
    out = pattern
    while "{" in out:
        a = out.index("{")
        b = out.index("}", a)
        out = out[:a] + digits(rng, int(out[a + 1 : b])) + out[b + 1 :]
    return out


def t_korean_riders() -> Table:
    rng = random.Random(2402)
    t = Table(
        "rider_roster_kr",
        "Korean food-delivery platform rider roster; Korean values; terse coded headers FLD_01..FLD_23 "
        "(field meaning only in the vendor's data dictionary)",
    )
    spec = [
        (False, "rider_id"),
        (True, "full_name"),
        (True, "username"),
        (True, "national_id_kr_rrn"),
        (True, "phone"),
        (True, "email"),
        (True, "street_address"),
        (True, "postal_code"),
        (False, "bank_name"),
        (True, "bank_account_number"),
        (False, "vehicle_type_enum"),
        (True, "licence_plate"),
        (True, "driver_licence_number"),
        (False, "delivery_zone"),
        (True, "device_id"),
        (True, "push_token"),
        (False, "app_version"),
        (False, "event_timestamp"),
        (False, "quantity"),
        (False, "score"),
        (False, "status_enum"),
        (False, "amount"),
        (True, "free_text_with_names"),
    ]
    for n, (p, k) in enumerate(spec, 1):
        t.col(f"FLD_{n:02d}", p, k)
    h = [f"FLD_{n:02d}" for n in range(1, len(spec) + 1)]
    domains = ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net", "nate.com"]
    hangul_plate = "가나다라마바사아자거너더러머버서어저고노도로모보소오조구누두루무부수우주"
    for i in range(312):
        female = rng.random() < 0.14
        foreign = rng.random() < 0.08
        if foreign:
            name, rom = rng.choice(KR_FOREIGN)
        else:
            (sn, sr), (gn, gr) = rng.choice(KR_SURN), rng.choice(KR_GIVEN)
            name, rom = sn + gn, f"{gr}.{sr}"
        dob = rand_date(rng, D(1962, 1, 1), D(2005, 6, 30))
        mob = f"010{digits(rng, 8)}"
        st = rng.randrange(4)
        mob = [f"010-{mob[3:7]}-{mob[7:]}", mob, f"+82 10-{mob[3:7]}-{mob[7:]}", f"010 {mob[3:7]} {mob[7:]}"][st]
        region, roads, zp = rng.choice(KR_ADDR)
        addr = f"{region} {rng.choice(roads)} {rng.randint(1, 420)}"
        if rng.random() < 0.6:
            addr += f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 8):02d}호"
        bank, pat, _ = rng.choice(KR_BANKS)
        vt = rng.choice(["오토바이", "오토바이", "오토바이", "전기자전거", "자전거", "도보", "승용차"])
        if vt == "오토바이":
            parts = region.split()
            plate = f"{parts[0][:2]} {parts[1][:-1]} {rng.choice(hangul_plate)} {rng.randint(1000, 9999)}"
        elif vt == "승용차":
            plate = f"{rng.randint(10, 399)}{rng.choice(hangul_plate)}{rng.randint(1000, 9999)}"
        else:
            plate = ""
        lic = (
            ""
            if vt in ("자전거", "도보", "전기자전거")
            else f"{rng.choice(['11', '12', '13', '21', '28'])}-{rng.randint(0, 24):02d}-{digits(rng, 6)}-{digits(rng, 2)}"  # noqa: E501
        )
        dev = hexs(rng, 16) if rng.random() < 0.75 else uuid4(rng).upper()
        push = hexs(rng, 11) + ":APA91b" + "".join(rng.choice(B64 + "-_") for _ in range(120))
        status = rng.choice(["활동중", "활동중", "활동중", "휴면", "정지", "탈퇴예정"])
        memo = rng.choice(
            [
                "",
                "",
                "",
                "",
                "헬멧 지급 완료",
                "배달통 교체 요청",
                f"고객 {rng.choice(KR_SURN)[0]}{rng.choice(KR_GIVEN)[0]}님 민원 접수 - 음식 파손",
                f"사고 처리 중, 상대 운전자 {rng.choice(KR_SURN)[0]}{rng.choice(KR_GIVEN)[0]} 010-{digits(rng, 4)}-{digits(rng, 4)}",  # noqa: E501
                f"비상연락처: 배우자 {rng.choice(KR_SURN)[0]}{rng.choice(KR_GIVEN)[0]}",
                "보험 갱신 필요",
                "야간 배달 선호",
                "정산 계좌 변경 (본인 확인 완료)",
            ]
        )
        vals = [
            f"RD{rng.randint(2019, 2024)}{i * 37 + rng.randint(0, 36):06d}",
            name,
            rom.replace(".", "_") + str(rng.randint(1, 999)) if rng.random() < 0.7 else rom.replace(".", "") + "rider",
            kr_rrn(rng, dob, female, foreign),
            mob,
            email(rng, rom.split(".")[0], rom.split(".")[-1], domains),
            addr,
            f"{zp}{rng.randint(0, 999):03d}",
            bank,
            fmt_groups(rng, pat) if rng.random() < 0.7 else fmt_groups(rng, pat).replace("-", ""),
            vt,
            plate,
            lic,
            rng.choice(
                ["강남1권역", "강남2권역", "관악권역", "마포권역", "분당권역", "해운대권역", "송도권역", "수성권역"]
            ),
            dev,
            push,
            f"{rng.randint(4, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}",
            rand_ts(rng, T(2024, 10, 1), T(2024, 12, 5, 23, 59)).strftime("%Y-%m-%d %H:%M:%S"),
            rng.randint(0, 9400),
            f"{rng.uniform(3.6, 5.0):.2f}",
            status,
            rng.randint(0, 2800) * 1000 + rng.choice([0, 500]),
            memo,
        ]
        t.rows.append(dict(zip(h, vals, strict=False)))
    return t


# =============================================================================================
# 3. South African municipal rates roll, meaningless headers column_1..column_22, upper case
# =============================================================================================
ZA_PEOPLE_GIVEN = [
    "THABO",
    "NOMVULA",
    "SIPHO",
    "PIETER",
    "JOHANNES",
    "AYANDA",
    "LINDIWE",
    "RIAAN",
    "FATIMA",
    "YUSUF",
    "ZANELE",
    "MPHO",
    "THEMBA",
    "HENDRIK",
    "NOKUTHULA",
    "TSHEPISO",
    "GERT",
    "XOLISWA",
    "BONGANI",
    "ANNELIE",
    "KAGISO",
    "DIMAKATSO",
    "RAJESH",
    "MOEGAMAT",
    "LERATO",
    "SIBUSISO",
    "ELSABÉ",
    "TSAKANI",
    "NKHENSANI",
    "VUSUMUZI",
]
ZA_SURN = [
    "MOKOENA",
    "DLAMINI",
    "NKOSI",
    "VAN DER MERWE",
    "BOTHA",
    "ZULU",
    "NDLOVU",
    "COETZEE",
    "ESSOP",
    "PATEL",
    "KHUMALO",
    "MOLEFE",
    "MAHLANGU",
    "PRETORIUS",
    "SITHOLE",
    "MATHEBULA",
    "OOSTHUIZEN",
    "MBEKI",
    "NAIDOO",
    "JANSE VAN RENSBURG",
    "BARNARD",
    "MASHABA",
    "HENDRICKS",
    "NGCOBO",
    "MAKHUBELE",
    "DE KLERK",
    "GOVENDER",
    "RAMAPHOSA",
    "DU PLESSIS",
    "CHAUKE",
]
ZA_COMPANIES = [
    "UMHLANGA PROPERTY HOLDINGS (PTY) LTD",
    "SUNNYSIDE FLATS CC",
    "HIGHVELD INDUSTRIAL PARK (PTY) LTD",
    "NEW APOSTOLIC CHURCH",
    "BODY CORPORATE ARCADIA MANSIONS",
    "TSHWANE LOGISTICS HUB (PTY) LTD",
    "MAMELODI RETAIL CENTRE (PTY) LTD",
    "ACE HARDWARE PROPERTIES CC",
    "SOUTH AFRICAN POST OFFICE SOC LTD",
    "GREENSIDE COURT HOA NPC",
]
ZA_SUBURBS = [
    ("ARCADIA", "0083"),
    ("HATFIELD", "0083"),
    ("MAMELODI EAST", "0122"),
    ("SUNNYSIDE", "0002"),
    ("WATERKLOOF", "0181"),
    ("SOSHANGUVE", "0152"),
    ("CENTURION", "0157"),
    ("ATTERIDGEVILLE", "0008"),
    ("PRETORIA NORTH", "0182"),
    ("GARSFONTEIN", "0081"),
    ("SILVERTON", "0184"),
    ("LAUDIUM", "0037"),
]
ZA_STREETS = [
    "CHURCH ST",
    "STANZA BOPAPE ST",
    "SOLOMON MAHLANGU DR",
    "LYNNWOOD RD",
    "DUNCAN ST",
    "BEATRIX ST",
    "JAN SHOBA ST",
    "FRANCIS BAARD ST",
    "MOSES KOTANE ST",
    "TSAMAYA AVE",
    "KOEDOESPOORT RD",
]


def za_id(rng: random.Random, dob: dt.date, female: bool) -> str:
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = dob.strftime("%y%m%d") + f"{seq:04d}" + rng.choice("0001") + "8"
    return body + luhn_digit(body)


def t_za_rates_roll() -> Table:
    rng = random.Random(2403)
    t = Table(
        "rates_roll_za",
        "South African metropolitan municipality rates roll / billing extract; English/Afrikaans upper-case "
        "values; meaningless headers column_1..column_22. Owners are people, trusts and companies in the "
        "same columns (so owner columns are labelled as personal data)",
    )
    spec = [
        (False, "account_number"),
        (True, "full_name"),
        (True, "national_id_za_or_company_reg"),
        (True, "street_address"),
        (True, "district"),
        (True, "postal_code"),
        (True, "postal_address"),
        (True, "phone"),
        (True, "email"),
        (False, "ward_number"),
        (False, "land_use_category"),
        (False, "amount"),
        (False, "valuation_date"),
        (False, "area_m2"),
        (False, "tariff_code"),
        (False, "amount"),
        (False, "amount"),
        (False, "rebate_category"),
        (True, "bank_account_number"),
        (False, "bank_branch_code"),
        (False, "municipality_name"),
        (False, "event_date"),
    ]
    for n, (p, k) in enumerate(spec, 1):
        t.col(f"column_{n}", p, k)
    h = [f"column_{n}" for n in range(1, len(spec) + 1)]
    domains = ["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za", "yahoo.com", "icloud.com"]
    for i in range(338):
        kind = rng.random()
        dob = rand_date(rng, D(1938, 1, 1), D(1999, 12, 31))
        female = rng.random() < 0.5
        g, s = rng.choice(ZA_PEOPLE_GIVEN), rng.choice(ZA_SURN)
        if kind < 0.78:
            inits = g[0] + maybe(rng, 0.5, " " + rng.choice(string.ascii_uppercase))
            owner = rng.choice([f"{s} {inits}", f"{s} {g}", f"{g} {s}", f"{s} {g} & {rng.choice(ZA_PEOPLE_GIVEN)}"])
            idno = za_id(rng, dob, female)
            if rng.random() < 0.1:
                idno = f"{idno[:6]} {idno[6:10]} {idno[10:]}"
            rebate = (
                "PENSIONER"
                if dob.year < 1960 and rng.random() < 0.6
                else rng.choice(["NONE", "NONE", "NONE", "INDIGENT", "DISABILITY GRANT"])
            )
        elif kind < 0.88:
            owner = f"{s} FAMILY TRUST" if rng.random() < 0.6 else f"{g} {s} TESTAMENTARY TRUST"
            idno = f"IT{rng.randint(100, 9999)}/{rng.randint(1995, 2020)}"
            rebate = "NONE"
        else:
            owner = rng.choice(ZA_COMPANIES)
            idno = f"{rng.randint(1970, 2021)}/{rng.randint(0, 999999):06d}/{rng.choice(['07', '23', '08', '06'])}"
            rebate = "NONE"
        sub, pc = rng.choice(ZA_SUBURBS)
        street = f"{rng.randint(1, 1450)} {rng.choice(ZA_STREETS)}"
        if rng.random() < 0.15:
            street = f"UNIT {rng.randint(1, 60)} {rng.choice(['ARCADIA MANSIONS', 'SUNBIRD COURT', 'LA PROVENCE'])}, {street}"  # noqa: E501
        if rng.random() < 0.35:
            post = f"PO BOX {rng.randint(1, 39999)}, {rng.choice(['HATFIELD', 'LYNNWOODRIF', 'MENLOPARK', 'ARCADIA'])}, {rng.choice(['0028', '0040', '0102', '0007'])}"  # noqa: E501
        else:
            post = f"{street}, {sub}, {pc}"
        cell = f"0{rng.choice(['82', '83', '71', '72', '73', '76', '79', '60', '61'])}{digits(rng, 7)}"
        cell = [f"{cell[:3]} {cell[3:6]} {cell[6:]}", cell, f"+27{cell[1:]}", f"27 {cell[1:3]} {cell[3:]}"][
            rng.randrange(4)
        ]
        land_use = (
            "RESIDENTIAL"
            if kind < 0.88
            else rng.choice(
                [
                    "BUSINESS AND COMMERCIAL",
                    "INDUSTRIAL",
                    "PUBLIC SERVICE INFRASTRUCTURE",
                    "PLACE OF WORSHIP",
                    "MULTIPURPOSE",
                ]
            )
        )
        val = rng.randint(18, 900) * 10000 if land_use == "RESIDENTIAL" else rng.randint(120, 9000) * 10000
        tariff = {
            "RESIDENTIAL": "R-RES01",
            "BUSINESS AND COMMERCIAL": "R-BUS02",
            "INDUSTRIAL": "R-IND03",
            "PUBLIC SERVICE INFRASTRUCTURE": "R-PSI07",
            "PLACE OF WORSHIP": "R-PW09",
            "MULTIPURPOSE": "R-MUL04",
        }[land_use]
        levy = val * 0.010268 / 12
        bank = rng.choice([("250655", 10), ("632005", 9), ("470010", 10), ("198765", 10), ("051001", 9)])
        t.rows.append(
            dict(
                zip(
                    h,
                    [
                        f"{rng.choice(['30', '31', '50'])}{i * 2917 + rng.randint(0, 2900):08d}",
                        owner,
                        idno,
                        street,
                        sub,
                        pc if rng.random() < 0.85 else pc.lstrip("0"),
                        post,
                        maybe(rng, 0.85, cell),
                        maybe(rng, 0.6, email(rng, g, s, domains)),
                        rng.randint(1, 107),
                        land_use,
                        f"{val:.2f}",
                        "2022-07-01",
                        rng.randint(180, 2500) if land_use == "RESIDENTIAL" else rng.randint(900, 42000),
                        tariff,
                        f"{levy:.2f}",
                        maybe(rng, 0.3, f"{rng.uniform(50, 48000):.2f}", "0.00"),
                        rebate,
                        maybe(rng, 0.55, digits(rng, bank[1]).lstrip("0").rjust(bank[1], "1")),
                        bank[0],
                        "CITY OF TSHWANE METROPOLITAN MUNICIPALITY",
                        rand_date(rng, D(2024, 9, 1), D(2024, 11, 28)).strftime("%Y/%m/%d"),
                    ],
                    strict=False,
                )
            )
        )
    return t


# =============================================================================================
# 4. Irish school enrolment export, Title_Case_With_Underscores
# =============================================================================================
IE_GIVEN_F = [
    ("Saoirse", "Saoirse"),
    ("Caoimhe", "Caoimhe"),
    ("Niamh", "Niamh"),
    ("Aoife", "Aoife"),
    ("Róisín", "Róisín"),
    ("Siobhán", "Siobhán"),
    ("Fionnuala", "Fionnuala"),
    ("Grace", "Gráinne"),
    ("Emily", "Eimíle"),
    ("Wiktoria", ""),
    ("Oluwadamilola", ""),
    ("Ioana", ""),
    ("Ailbhe", "Ailbhe"),
    ("Clodagh", "Clodagh"),
    ("Muireann", "Muireann"),
    ("Sadhbh", "Sadhbh"),
    ("Ayesha", ""),
]
IE_GIVEN_M = [
    ("Oisín", "Oisín"),
    ("Tadhg", "Tadhg"),
    ("Ciarán", "Ciarán"),
    ("Darragh", "Dara"),
    ("Pádraig", "Pádraig"),
    ("Eoghan", "Eoghan"),
    ("Donnchadh", "Donnchadh"),
    ("Cillian", "Cillian"),
    ("Jack", "Seán"),
    ("Conor", "Conchúr"),
    ("Mihai", ""),
    ("Jakub", ""),
    ("Chidubem", ""),
    ("Fiachra", "Fiachra"),
    ("Ruairí", "Ruairí"),
    ("Muhammad", ""),
    ("Tiarnán", "Tiarnán"),
]
IE_SURN = [
    ("Murphy", "Ó Murchú", "Ní Mhurchú"),
    ("Kelly", "Ó Ceallaigh", "Ní Cheallaigh"),
    ("O'Sullivan", "Ó Súilleabháin", "Ní Shúilleabháin"),
    ("Fitzpatrick", "Mac Giolla Phádraig", "Nic Giolla Phádraig"),
    ("O'Brien", "Ó Briain", "Ní Bhriain"),
    ("Walsh", "Breathnach", "Breathnach"),
    ("Byrne", "Ó Broin", "Ní Bhroin"),
    ("McCarthy", "Mac Cárthaigh", "Nic Cárthaigh"),
    ("Ó Flannagáin", "Ó Flannagáin", "Ní Fhlannagáin"),
    ("Nowak", "", ""),
    ("Kowalczyk", "", ""),
    ("Adeyemi", "", ""),
    ("Popescu", "", ""),
    ("Khan", "", ""),
    ("Mac an tSaoi", "Mac an tSaoi", "Nic an tSaoi"),
    ("Doherty", "Ó Dochartaigh", "Ní Dhochartaigh"),
]
IE_PLACES = [
    ("Dublin 6W", "Dublin", "D6W"),
    ("Rathmines", "Dublin", "D06"),
    ("Tallaght", "Dublin", "D24"),
    ("Swords", "Dublin", "K67"),
    ("Ballincollig", "Cork", "P31"),
    ("Douglas", "Cork", "T12"),
    ("Salthill", "Galway", "H91"),
    ("Ennis", "Clare", "V95"),
    ("Castlebar", "Mayo", "F23"),
    ("Dingle", "Kerry", "V92"),
    ("Letterkenny", "Donegal", "F92"),
    ("Navan", "Meath", "C15"),
]
IE_STREETS = [
    "Main Street",
    "Church Road",
    "Ard na Gréine",
    "Bóthar na Trá",
    "Rathgar Avenue",
    "The Crescent",
    "Cois Abhann",
    "Old Youghal Road",
    "Seafield Park",
    "Páirc an Chaisleáin",
    "Woodlawn Grove",
]
IE_TOWNLANDS = [
    "",
    "",
    "",
    "Knocknacarra",
    "Gortnamona",
    "Ballyboden",
    "Cloonagh",
    "Drumcondra",
    "Lisnagry",
    "Carrowmore",
    "Ballinahown",
]


def ie_ppsn(rng: random.Random) -> str:
    d = digits(rng, 7)
    second = rng.choice(["", "", "", "A", "W"])
    total = sum(int(c) * (8 - k) for k, c in enumerate(d))
    if second == "A":
        total += 1 * 9
    check = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    return d + check + second


EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"


def t_irish_school() -> Table:
    rng = random.Random(2404)
    t = Table(
        "pupil_enrolment_ie",
        "Irish primary/post-primary school pupil enrolment export from a school MIS; English and Irish "
        "values; Title_Case_With_Underscores headers. The school's roll number and phone are business data",
    )
    t.cols_from(
        [
            ("Pupil_ID", False, "student_id"),
            ("PPSN", True, "national_id_ie_ppsn"),
            ("Forename", True, "given_name"),
            ("Surname", True, "surname"),
            ("Irish_Forename", True, "given_name_irish_form"),
            ("Irish_Surname", True, "surname_irish_form"),
            ("Date_Of_Birth", True, "birth_date"),
            ("Gender", False, "gender"),
            ("Nationality", False, "nationality"),
            ("Address_Line_1", True, "street_address"),
            ("Address_Line_2", True, "address_line2"),
            ("Town", True, "city"),
            ("County", False, "region"),
            ("Eircode", True, "postal_code"),
            ("Guardian1_Name", True, "full_name"),
            ("Guardian1_Mobile", True, "phone"),
            ("Guardian1_Email", True, "email"),
            ("Guardian2_Name", True, "full_name"),
            ("Guardian2_Mobile", True, "phone"),
            ("Medical_Notes", True, "free_text_with_names"),
            ("Class_Group", False, "class_group"),
            ("Enrolment_Date", False, "event_date"),
            ("Roll_Number", False, "school_roll_number"),
            ("School_Phone", False, "business_phone"),
            ("Irish_Exemption", False, "boolean"),
            ("Entered_By", True, "username"),
        ]
    )
    schools = [
        ("19374K", "(01) 283 4567"),
        ("20118P", "(021) 487 1120"),
        ("18902F", "(091) 52 4408"),
        ("61130W", "(066) 915 1377"),
    ]
    staff = ["mnifhloinn", "sec.obrien", "p.kowalska", "admin", "dmaccarthy", "office2"]
    domains = ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com", "outlook.ie"]
    for i in range(288):
        female = rng.random() < 0.5
        fn, ifn = rng.choice(IE_GIVEN_F if female else IE_GIVEN_M)
        sn, isn_m, isn_f = rng.choice(IE_SURN)
        isn = isn_f if female else isn_m
        dob = rand_date(rng, D(2006, 9, 1), D(2020, 4, 30))
        town, county, rk = rng.choice(IE_PLACES)
        eir = f"{rk} {''.join(rng.choice(EIR_CHARS) for _ in range(4))}"
        if rng.random() < 0.2:
            eir = eir.replace(" ", "")
        g1f = rng.choice([g for g, _ in IE_GIVEN_F] + ["Mary", "Bríd", "Agnieszka", "Ngozi"])
        g2m = rng.choice([g for g, _ in IE_GIVEN_M] + ["Michael", "Dónal", "Tomasz"])
        g1 = f"{g1f} {sn}" if rng.random() < 0.7 else f"{g1f} {rng.choice(IE_SURN)[0]}"

        def mob() -> str:
            m = f"08{rng.choice('35679')}{digits(rng, 7)}"
            return [f"{m[:3]} {m[3:6]} {m[6:]}", m, f"+353 {m[1:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:]}"][
                rng.randrange(4)
            ]

        sch = rng.choice(schools)
        notes = rng.choice(
            [
                "",
                "",
                "",
                "",
                "",
                "Asthma – inhaler kept in office",
                "Coeliac",
                f"Anaphylaxis (peanut). Epipen. GP: Dr. {rng.choice(['Máire Ní Fhloinn', 'Rory Tuohy', 'Adaeze Okafor'])}",  # noqa: E501
                f"Collected on Wednesdays by grandmother {rng.choice(['Nora', 'Peig', 'Bridie'])} {sn}",
                f"Court order – {g2m} {sn} not to collect",
                "Glasses; sits at front",
                "SNA support 10h/wk",
                "EAL – Polish at home",
                "Type 1 diabetes, pump",
            ]
        )
        t.rows.append(
            {
                "Pupil_ID": 30000 + i * 4 + rng.randint(0, 3),
                "PPSN": ie_ppsn(rng),
                "Forename": fn,
                "Surname": sn,
                "Irish_Forename": ifn,
                "Irish_Surname": isn,
                "Date_Of_Birth": dob.strftime("%d/%m/%Y"),
                "Gender": "F" if female else "M",
                "Nationality": rng.choice(
                    [
                        "Irish",
                        "Irish",
                        "Irish",
                        "Irish",
                        "Polish",
                        "Nigerian",
                        "Romanian",
                        "Pakistani",
                        "British",
                        "Brazilian",
                    ]
                ),
                "Address_Line_1": f"{rng.randint(1, 140)} {rng.choice(IE_STREETS)}",
                "Address_Line_2": rng.choice(IE_TOWNLANDS),
                "Town": town,
                "County": f"Co. {county}" if rng.random() < 0.5 else county,
                "Eircode": maybe(rng, 0.9, eir),
                "Guardian1_Name": g1,
                "Guardian1_Mobile": mob(),
                "Guardian1_Email": email(rng, g1f, sn, domains),
                "Guardian2_Name": maybe(rng, 0.7, f"{g2m} {sn}"),
                "Guardian2_Mobile": maybe(rng, 0.6, mob()),
                "Medical_Notes": notes,
                "Class_Group": rng.choice(
                    [
                        "Junior Infants",
                        "Senior Infants",
                        "1st Class",
                        "2nd Class B",
                        "4th Class",
                        "6th Class",
                        "1st Year 1A",
                        "2nd Year",
                        "TY",
                        "5th Year",
                        "6th Year",
                    ]
                ),
                "Enrolment_Date": rand_date(rng, D(2012, 8, 25), D(2024, 9, 5)).strftime("%d/%m/%Y"),
                "Roll_Number": sch[0],
                "School_Phone": sch[1],
                "Irish_Exemption": rng.choice(["N", "N", "N", "N", "Y"]),
                "Entered_By": rng.choice(staff),
            }
        )
    return t


# =============================================================================================
# 5. Argentinian telemedicine booking log, Django double-underscore headers
# =============================================================================================
AR_GIVEN_F = [
    "Lucía",
    "Micaela",
    "Florencia",
    "María de los Ángeles",
    "Agustina",
    "Milagros",
    "Yanina",
    "Nahiara",
    "Ayelén",
    "Rocío",
    "Brisa",
    "Graciela",
    "Norma Beatriz",
    "Itatí",
    "Azul",
]
AR_GIVEN_M = [
    "Santiago",
    "Facundo",
    "Juan Cruz",
    "Thiago",
    "Lautaro",
    "Nahuel",
    "Ezequiel",
    "Gastón",
    "Rubén Darío",
    "Ceferino",
    "Benjamín",
    "Ulises",
    "Maximiliano",
    "Horacio",
    "Yamil",
]
AR_SURN = [
    "González",
    "Rodríguez",
    "Fernández",
    "Benítez",
    "Sosa",
    "Acosta",
    "Romero",
    "Villalba",
    "Giménez",
    "Cardozo",
    "Paz",
    "Quispe",
    "Mamani",
    "Kirchner",
    "Sabattini",
    "Pérez Companc",
    "Di Stéfano",
    "Aguirre",
    "Ñancucheo",
    "Yupanqui",
    "Lombardi",
    "Kowalczuk",
    "Haddad",
]


def ar_cuil(rng: random.Random, dni: int, female: bool) -> str:
    for pref in (("27" if female else "20"), "23"):
        body = f"{pref}{dni:08d}"
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(c) * k for c, k in zip(body, w, strict=False)) % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return f"{body[:2]}-{body[2:]}-{r}"
    return ""


def t_ar_telemed() -> Table:
    rng = random.Random(2405)
    t = Table(
        "turnos_telemedicina_ar",
        "Argentinian telemedicine booking log exported from a Django admin; Spanish (rioplatense) values; "
        "Django ORM double-underscore headers (paciente__dni). Appointment start is a date of service "
        "(HIPAA-style identifier); the booking creation time is a business timestamp",
    )
    t.cols_from(
        [
            ("id", False, "booking_id"),
            ("creado", False, "created_at_timestamp"),
            ("paciente__id", False, "patient_id"),
            ("paciente__nombre", True, "given_name"),
            ("paciente__apellido", True, "surname"),
            ("paciente__dni", True, "national_id_ar_dni"),
            ("paciente__cuil", True, "tax_id_ar_cuil"),
            ("paciente__fecha_nacimiento", True, "birth_date"),
            ("paciente__telefono", True, "phone"),
            ("paciente__email", True, "email"),
            ("paciente__obra_social", False, "insurer_name"),
            ("paciente__nro_afiliado", True, "health_insurance_member_number"),
            ("paciente__provincia", False, "region"),
            ("profesional__nombre_completo", True, "full_name"),
            ("profesional__matricula", True, "professional_licence_number"),
            ("profesional__especialidad", False, "specialty_enum"),
            ("turno__inicio", True, "appointment_datetime_hipaa_date"),
            ("turno__duracion_min", False, "duration"),
            ("turno__estado", False, "status_enum"),
            ("sala__url", True, "meeting_url_with_token"),
            ("ip_paciente", True, "ip_address"),
            ("monto_copago", False, "amount"),
            ("motivo_consulta", True, "free_text_with_names"),
        ]
    )
    domains = ["gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com", "fibertel.com.ar", "live.com.ar"]
    docs = []
    for _ in range(14):
        f = rng.random() < 0.55
        docs.append(
            (
                f"{'Dra.' if f else 'Dr.'} {rng.choice(AR_GIVEN_F if f else AR_GIVEN_M)} {rng.choice(AR_SURN)}",
                f"{rng.choice(['MN', 'MP'])} {rng.randint(20000, 160000)}",
                rng.choice(
                    [
                        "Clínica médica",
                        "Pediatría",
                        "Dermatología",
                        "Psiquiatría",
                        "Cardiología",
                        "Ginecología",
                        "Nutrición",
                        "Medicina familiar",
                    ]
                ),
            )
        )
    provs = ["CABA", "Buenos Aires", "Córdoba", "Santa Fe", "Mendoza", "Tucumán", "Neuquén", "Misiones", "Salta"]
    osocial = [
        ("OSDE", lambda: f"{digits(rng, 8)} {digits(rng, 2)}"),
        ("Swiss Medical", lambda: digits(rng, 11)),
        ("PAMI", lambda: f"{digits(rng, 12)}-{digits(rng, 2)}"),
        ("IOMA", lambda: f"{digits(rng, 10)}/{rng.randint(0, 9)}"),
        ("Galeno", lambda: digits(rng, 9)),
        ("Particular", lambda: ""),
    ]
    for i in range(356):
        female = rng.random() < 0.6
        nom = rng.choice(AR_GIVEN_F if female else AR_GIVEN_M)
        ape = rng.choice(AR_SURN)
        if rng.random() < 0.12:
            ape = f"{ape} {rng.choice(AR_SURN)}"
        dob = rand_date(rng, D(1935, 1, 1), D(2023, 12, 31))
        dni = rng.randint(12_000_000, 46_000_000) if dob.year < 2004 else rng.randint(46_000_000, 59_000_000)
        dni_s = [f"{dni:,}".replace(",", "."), str(dni), f"{dni:08d}"][rng.randrange(3)]
        tel_area = rng.choice(["11", "351", "341", "261", "381", "299"])
        ln = digits(rng, 10 - len(tel_area))
        tel = [
            f"+54 9 {tel_area} {ln[:-4]}-{ln[-4:]}",
            f"0{tel_area} 15-{ln[:-4]}-{ln[-4:]}",
            f"549{tel_area}{ln}",
            f"({tel_area}) {ln[:-4]}-{ln[-4:]}",
        ][rng.randrange(4)]
        os_name, os_num = rng.choice(osocial)
        doc = rng.choice(docs)
        created = rand_ts(rng, T(2024, 6, 1), T(2024, 11, 25))
        start = (created + dt.timedelta(days=rng.randint(0, 12))).replace(minute=rng.choice([0, 15, 30, 45]), second=0)
        start = start.replace(hour=rng.randint(8, 20))
        companion = rng.choice(AR_GIVEN_F + AR_GIVEN_M)
        motivo = rng.choice(
            [
                "Dolor de garganta y fiebre",
                "Control de presión",
                "Renovación de receta",
                "",
                "",
                f"Consulta por su hijo {rng.choice(AR_GIVEN_M)}, 4 años, tos persistente",
                f"Acompaña su hija {companion} (celular {tel_area} 15-{digits(rng, 4)}-{digits(rng, 4)})",
                "Control post operatorio",
                "Ansiedad, seguimiento",
                "Lectura de análisis",
                f"Derivado por Dr. {rng.choice(AR_SURN)}",
                "Erupción en brazos",
            ]
        )
        t.rows.append(
            {
                "id": 880000 + i * 5 + rng.randint(0, 4),
                "creado": created.strftime("%Y-%m-%d %H:%M:%S") + f".{rng.randint(0, 999):03d}-03:00",
                "paciente__id": rng.randint(10000, 99999),
                "paciente__nombre": nom,
                "paciente__apellido": ape,
                "paciente__dni": dni_s,
                "paciente__cuil": maybe(rng, 0.8, ar_cuil(rng, dni, female)),
                "paciente__fecha_nacimiento": dob.isoformat(),
                "paciente__telefono": tel,
                "paciente__email": email(
                    rng,
                    nom.split()[0].replace("í", "i").replace("á", "a").replace("é", "e"),
                    ape.split()[0]
                    .replace("á", "a")
                    .replace("é", "e")
                    .replace("í", "i")
                    .replace("ñ", "n")
                    .replace("Ñ", "n"),
                    domains,
                ),
                "paciente__obra_social": os_name,
                "paciente__nro_afiliado": os_num(),
                "paciente__provincia": rng.choice(provs),
                "profesional__nombre_completo": doc[0],
                "profesional__matricula": doc[1],
                "profesional__especialidad": doc[2],
                "turno__inicio": start.strftime("%Y-%m-%d %H:%M"),
                "turno__duracion_min": rng.choice([15, 20, 20, 30, 45]),
                "turno__estado": rng.choice(
                    ["confirmado", "atendido", "atendido", "cancelado", "ausente", "reprogramado"]
                ),
                "sala__url": f"https://sala.telesalud-ar.example/r/{''.join(rng.choice(B64) for _ in range(22))}",
                "ip_paciente": ipv4(rng) if rng.random() < 0.85 else ipv6(rng),
                "monto_copago": maybe(rng, 0.6, f"{rng.randint(0, 180) * 50:,}".replace(",", ".") + ",00", "0,00"),
                "motivo_consulta": motivo,
            }
        )
    return t


# =============================================================================================
# 6. Mexican CFDI invoices with receptor data, XML path headers
# =============================================================================================
RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
MX_GIVEN_F = ["Guadalupe", "María José", "Ximena", "Itzel", "Citlali", "Xóchitl", "Rosalba", "Yareli", "Nayeli"]
MX_GIVEN_M = ["José Luis", "Cuauhtémoc", "Jesús", "Tenoch", "Eleuterio", "Juan Pablo", "Uriel", "Moisés", "Rigoberto"]
MX_SURN = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "Xicoténcatl",
    "Cuevas",
    "Zúñiga",
    "Ordóñez",
    "Tzab",
    "Chan",
    "Pech",
    "Ibarra",
    "Villaseñor",
    "Olvera",
    "Nájera",
    "Quintero",
    "Bautista",
    "Uc",
]
MX_COMPANIES = [
    ("Abarrotes La Esperanza", "SA de CV"),
    ("Transportes Refrigerados del Bajío", "SA de CV"),
    ("Grupo Constructor Tizimín", "S de RL de CV"),
    ("Farmacias Nájera", "SA de CV"),
    ("Consultoría Fiscal Olvera y Asociados", "SC"),
    ("Distribuidora Ferretera Zúñiga", "SA de CV"),
    ("Hotel Playa Xcacel", "SAPI de CV"),
    ("Cooperativa Pesquera Bahía de Kino", "SC de RL"),
    ("Instituto Educativo Tenochtitlan", "AC"),
    ("Tortillería El Comal Dorado", "SA de CV"),
]
MX_PLACES = [
    ("Ciudad de México", "CMX", "Cuauhtémoc", "06"),
    ("Guadalajara", "JAL", "Guadalajara", "44"),
    ("Monterrey", "NLE", "Monterrey", "64"),
    ("Mérida", "YUC", "Mérida", "97"),
    ("Puebla", "PUE", "Puebla", "72"),
    ("Querétaro", "QUE", "Querétaro", "76"),
    ("Hermosillo", "SON", "Hermosillo", "83"),
    ("Oaxaca de Juárez", "OAX", "Oaxaca de Juárez", "68"),
]
MX_STATE_CURP = {"CMX": "DF", "JAL": "JC", "NLE": "NL", "YUC": "YN", "PUE": "PL", "QUE": "QT", "SON": "SR", "OAX": "OC"}


def strip_accents(s: str) -> str:
    tr = str.maketrans("ÁÉÍÓÚÜáéíóúü", "AEIOUUaeiouu")
    return s.translate(tr)


def rfc_check(base12: str) -> str:
    base = base12.rjust(12, " ")
    total = sum(RFC_CHARS.index(c) * (13 - k) for k, c in enumerate(base))
    m = total % 11
    if m == 0:
        return "0"
    d = 11 - m
    return "A" if d == 10 else str(d)


def first_vowel(s: str) -> str:
    for c in s[1:]:
        if c in "AEIOU":
            return c
    return "X"


def first_inner_cons(s: str) -> str:
    for c in s[1:]:
        if c.isalpha() and c not in "AEIOU":
            return "X" if c == "Ñ" else c
    return "X"


def mx_rfc_pf(rng: random.Random, given: str, pat: str, mat: str, dob: dt.date) -> str:
    g = strip_accents(given.upper()).split()
    g1 = g[1] if g[0] in ("JOSE", "MARIA") and len(g) > 1 else g[0]
    p = strip_accents(pat.upper()).replace(" ", "")
    m = strip_accents(mat.upper()).replace(" ", "")
    base = p[0] + first_vowel(p) + m[0] + g1[0] + dob.strftime("%y%m%d")
    homo = "".join(rng.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(2))
    b12 = base + homo
    return b12 + rfc_check(b12)


def mx_rfc_pm(rng: random.Random, name: str, founded: dt.date) -> str:
    words = [w for w in strip_accents(name.upper()).split() if w not in ("LA", "EL", "DEL", "DE", "Y", "LOS")]
    letters = "".join(w[0] for w in words)[:3].ljust(3, "X")
    b11 = (
        letters + founded.strftime("%y%m%d") + "".join(rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    )
    return b11 + rfc_check(b11)


def mx_curp(rng: random.Random, given: str, pat: str, mat: str, dob: dt.date, female: bool, state: str) -> str:
    g = strip_accents(given.upper()).split()
    g1 = g[1] if g[0] in ("JOSE", "MARIA") and len(g) > 1 else g[0]
    p = strip_accents(pat.upper()).replace(" ", "")
    m = strip_accents(mat.upper()).replace(" ", "")
    s = (
        p[0]
        + first_vowel(p)
        + m[0]
        + g1[0]
        + dob.strftime("%y%m%d")
        + ("M" if female else "H")
        + MX_STATE_CURP[state]
        + first_inner_cons(p)
        + first_inner_cons(m)
        + first_inner_cons(g1)
        + (str(rng.randint(0, 9)) if dob.year < 2000 else rng.choice("ABCDEF"))
    )
    s = s.replace("Ñ", "X")
    total = sum(CURP_CHARS.index(c) * (18 - k) for k, c in enumerate(s))
    return s + str((10 - total % 10) % 10)


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "030", "036", "072", "127", "137"]) + digits(rng, 14)
    w = [3, 7, 1] * 6
    total = sum((int(c) * w[k]) % 10 for k, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def t_mx_cfdi() -> Table:
    rng = random.Random(2406)
    t = Table(
        "cfdi_receptores_mx",
        "Mexican CFDI 4.0 electronic invoices of a distributor, flattened with the receptor (customer) "
        "data; Spanish values; XML attribute-path headers (cfdi:Receptor/@Rfc). Receptors mix personas "
        "físicas and companies in the same columns (labelled personal data); the issuer (Emisor), "
        "its expedition postal code, folios, the SAT stamp UUID and certificate numbers are business data",
    )
    t.cols_from(
        [
            ("cfdi:Comprobante/@Serie", False, "invoice_series"),
            ("cfdi:Comprobante/@Folio", False, "invoice_number"),
            ("cfdi:Comprobante/@Fecha", False, "invoice_datetime"),
            ("cfdi:Comprobante/@SubTotal", False, "amount"),
            ("cfdi:Comprobante/@Total", False, "amount"),
            ("cfdi:Comprobante/@Moneda", False, "currency"),
            ("cfdi:Comprobante/@FormaPago", False, "payment_form_code"),
            ("cfdi:Comprobante/@MetodoPago", False, "payment_method_code"),
            ("cfdi:Comprobante/@LugarExpedicion", False, "business_postal_code"),
            ("cfdi:Emisor/@Rfc", False, "company_tax_id"),
            ("cfdi:Emisor/@Nombre", False, "company_name"),
            ("cfdi:Receptor/@Rfc", True, "tax_id_mx_rfc_person_or_company"),
            ("cfdi:Receptor/@Nombre", True, "full_name_or_company_name"),
            ("cfdi:Receptor/@DomicilioFiscalReceptor", True, "postal_code"),
            ("cfdi:Receptor/@RegimenFiscalReceptor", False, "tax_regime_code"),
            ("cfdi:Receptor/@UsoCFDI", False, "cfdi_use_code"),
            ("tfd:TimbreFiscalDigital/@UUID", False, "document_uuid"),
            ("tfd:TimbreFiscalDigital/@NoCertificadoSAT", False, "certificate_number"),
            ("Addenda/Cliente/@CURP", True, "national_id_mx_curp"),
            ("Addenda/Cliente/@Correo", True, "email"),
            ("Addenda/Cliente/@Telefono", True, "phone"),
            ("Addenda/Cliente/@Calle", True, "street_address"),
            ("Addenda/Cliente/@Colonia", True, "neighbourhood"),
            ("Addenda/Cliente/@Estado", False, "state_code"),
            ("Addenda/Cliente/@CLABE", True, "bank_account_clabe"),
            ("Addenda/Cliente/@Observaciones", True, "free_text_with_names"),
        ]
    )
    emisores = [
        ("DNO0503147K2", "DISTRIBUIDORA NORTEÑA DE OCCIDENTE", "44940", "A"),
        ("DNO0503147K2", "DISTRIBUIDORA NORTEÑA DE OCCIDENTE", "64000", "MTY"),
        ("DNO0503147K2", "DISTRIBUIDORA NORTEÑA DE OCCIDENTE", "97000", "MID"),
    ]
    # fix the issuer's RFC check digit
    emisores = [(e[0][:11] + rfc_check(e[0][:11]), *e[1:]) for e in emisores]
    cert_sat = ["00001000000509846663", "00001000000505211329", "00001000000706258813"]
    colonias = [
        "Centro",
        "Roma Norte",
        "Del Valle",
        "Providencia",
        "Chapultepec",
        "Obrera",
        "San Benito",
        "García Ginerés",
        "Jardines del Moral",
        "La Paz",
        "Mitras Centro",
        "Reforma",
    ]
    folio = {e[3]: rng.randint(1000, 9000) for e in emisores}
    company_rfc = {c: mx_rfc_pm(rng, c, rand_date(rng, D(1975, 1, 1), D(2020, 12, 31))) for c, _ in MX_COMPANIES}
    for _i in range(318):
        em = rng.choice(emisores)
        folio[em[3]] += rng.randint(1, 4)
        city, st, mun, cp2 = rng.choice(MX_PLACES)
        r = rng.random()
        curp = ""
        if r < 0.55:
            female = rng.random() < 0.5
            given = rng.choice(MX_GIVEN_F if female else MX_GIVEN_M)
            pat, mat = rng.choice(MX_SURN), rng.choice(MX_SURN)
            dob = rand_date(rng, D(1950, 1, 1), D(2003, 12, 31))
            rfc = mx_rfc_pf(rng, given, pat, mat, dob)
            nombre = (
                strip_accents(f"{given} {pat} {mat}".upper()) if rng.random() < 0.7 else f"{given} {pat} {mat}".upper()
            )
            regimen = rng.choice(["605", "612", "626", "616"])
            uso = rng.choice(["G03", "D01", "S01", "G01", "CP01"])
            curp = maybe(rng, 0.7, mx_curp(rng, given, pat, mat, dob, female, st))
            correo = email(
                rng,
                strip_accents(given.split()[0]),
                strip_accents(pat),
                ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"],
            )
            calle = (
                f"{rng.choice(['Av. Juárez', 'Calle 60', 'Insurgentes Sur', 'Calle Hidalgo', 'Privada de los Pinos', 'Andador 5 de Mayo'])} {rng.randint(1, 3999)}"  # noqa: E501
                + maybe(rng, 0.3, f" Int. {rng.randint(1, 30)}")
            )
            obs = rng.choice(
                [
                    "",
                    "",
                    "",
                    f"Entregar a su esposa {rng.choice(MX_GIVEN_F)}",
                    "Factura global sustituida",
                    f"Cliente referido por {rng.choice(MX_GIVEN_M)} {rng.choice(MX_SURN)}",
                    "Reenviar PDF por WhatsApp",
                ]
            )
        elif r < 0.93:
            cname, ctype = rng.choice(MX_COMPANIES)
            rfc = company_rfc[cname]
            nombre = strip_accents(cname.upper())  # CFDI 4.0: name without the regime suffix
            regimen = rng.choice(["601", "603", "622", "624"])
            uso = rng.choice(["G01", "G03", "I04", "I08"])
            correo = (
                rng.choice(["facturacion", "cxp", "compras", "contabilidad", "pagos"])
                + "@"
                + "".join(w[:4] for w in strip_accents(cname.lower()).split()[:2])
                + ".com.mx"
            )
            calle = f"{rng.choice(['Blvd. Manuel Ávila Camacho', 'Periférico Sur', 'Carretera Federal 57 km', 'Parque Industrial Lote'])} {rng.randint(1, 900)}"  # noqa: E501
            cg, cp_ = rng.choice(MX_GIVEN_F + MX_GIVEN_M), rng.choice(MX_SURN)
            obs = rng.choice(
                [
                    "",
                    "",
                    f"Orden de compra OC-{rng.randint(10000, 99999)}",
                    f"Atención: Lic. {cg} {cp_}, cuentas por pagar",
                    "Crédito 30 días",
                    f"Contacto cobranza {cg} {cp_} ext. {rng.randint(100, 400)}",
                ]
            )
        else:
            rfc = "XAXX010101000"
            nombre = "PUBLICO EN GENERAL"
            regimen, uso, correo, calle, obs = "616", "S01", "", "", "Factura global mostrador"
        cp = f"{cp2}{rng.randint(0, 999):03d}"
        sub = round(rng.uniform(150, 480000), 2)
        tel_area = {"CMX": "55", "JAL": "33", "NLE": "81"}.get(st, rng.choice(["999", "222", "442", "662", "951"]))
        tel = tel_area + digits(rng, 10 - len(tel_area))
        tel = [
            f"{tel[: len(tel_area)]} {tel[len(tel_area) : -4]} {tel[-4:]}",
            tel,
            f"+52 {tel}",
            f"({tel_area}) {tel[len(tel_area) :]}",
        ][rng.randrange(4)]
        t.rows.append(
            {
                "cfdi:Comprobante/@Serie": em[3],
                "cfdi:Comprobante/@Folio": folio[em[3]],
                "cfdi:Comprobante/@Fecha": rand_ts(rng, T(2024, 1, 2), T(2024, 11, 30)).strftime("%Y-%m-%dT%H:%M:%S"),
                "cfdi:Comprobante/@SubTotal": f"{sub:.2f}",
                "cfdi:Comprobante/@Total": f"{sub * 1.16:.2f}",
                "cfdi:Comprobante/@Moneda": "MXN" if rng.random() < 0.92 else "USD",
                "cfdi:Comprobante/@FormaPago": rng.choice(["01", "03", "03", "04", "28", "99"]),
                "cfdi:Comprobante/@MetodoPago": rng.choice(["PUE", "PUE", "PPD"]),
                "cfdi:Comprobante/@LugarExpedicion": em[2],
                "cfdi:Emisor/@Rfc": em[0],
                "cfdi:Emisor/@Nombre": em[1],
                "cfdi:Receptor/@Rfc": rfc,
                "cfdi:Receptor/@Nombre": nombre,
                "cfdi:Receptor/@DomicilioFiscalReceptor": cp if rfc != "XAXX010101000" else em[2],
                "cfdi:Receptor/@RegimenFiscalReceptor": regimen,
                "cfdi:Receptor/@UsoCFDI": uso,
                "tfd:TimbreFiscalDigital/@UUID": uuid4(rng).upper(),
                "tfd:TimbreFiscalDigital/@NoCertificadoSAT": rng.choice(cert_sat),
                "Addenda/Cliente/@CURP": curp,
                "Addenda/Cliente/@Correo": correo,
                "Addenda/Cliente/@Telefono": maybe(rng, 0.7, tel) if calle else "",
                "Addenda/Cliente/@Calle": calle,
                "Addenda/Cliente/@Colonia": maybe(rng, 0.9, rng.choice(colonias)) if calle else "",
                "Addenda/Cliente/@Estado": st,
                "Addenda/Cliente/@CLABE": maybe(rng, 0.35, clabe(rng)) if calle else "",
                "Addenda/Cliente/@Observaciones": obs,
            }
        )
    return t


# =============================================================================================
# 7. Norwegian fishing-licence register, coded headers FELT01..FELT22
# =============================================================================================
NO_GIVEN_M = [
    "Kjell",
    "Arnfinn",
    "Torbjørn",
    "Sigvald",
    "Åsmund",
    "Oddvar",
    "Håkon",
    "Ivar",
    "Jørund",
    "Aslak",
    "Nils Henrik",
    "Bjarne",
    "Gunnleiv",
    "Eirik",
    "Trygve",
    "Ole-Martin",
    "Truls",
]
NO_GIVEN_F = ["Eldbjørg", "Ragnhild", "Inger-Lise", "Bjørg", "Sølvi", "Máret", "Kari", "Torunn", "Ingvild"]
NO_SURN = [
    "Johansen",
    "Hansen",
    "Pedersen",
    "Kristiansen",
    "Strøm",
    "Bakkevig",
    "Sandvær",
    "Hætta",
    "Eira",
    "Nilsen",
    "Karlsen",
    "Skjæveland",
    "Vassdal",
    "Myrvoll",
    "Nguyen",
    "Kowalski",
    "Ødegård",
    "Hjelmeland",
    "Sørbøe",
    "Aas",
    "Berg-Olsen",
]
NO_PLACES = [
    ("8300", "SVOLVÆR", "Nordland"),
    ("8310", "KABELVÅG", "Nordland"),
    ("8390", "REINE", "Nordland"),
    ("9900", "KIRKENES", "Finnmark"),
    ("9750", "HONNINGSVÅG", "Finnmark"),
    ("9600", "HAMMERFEST", "Finnmark"),
    ("9008", "TROMSØ", "Troms"),
    ("6005", "ÅLESUND", "Møre og Romsdal"),
    ("6091", "FOSNAVÅG", "Møre og Romsdal"),
    ("0150", "OSLO", "Oslo"),
    ("5892", "BERGEN", "Vestland"),
    ("4380", "HAUGE I DALANE", "Rogaland"),
    ("8340", "STAMSUND", "Nordland"),
    ("8370", "LEKNES", "Nordland"),
    ("8480", "ANDENES", "Nordland"),
    ("9980", "BERLEVÅG", "Finnmark"),
    ("9990", "BÅTSFJORD", "Finnmark"),
    ("9136", "VANNAREID", "Troms"),
    ("9180", "SKJERVØY", "Troms"),
    ("6090", "FOSNAVÅG", "Møre og Romsdal"),
    ("6475", "MIDSUND", "Møre og Romsdal"),
    ("5378", "KLOKKARVIK", "Vestland"),
    ("7770", "FLATANGER", "Trøndelag"),
    ("7900", "RØRVIK", "Trøndelag"),
    ("4370", "EGERSUND", "Rogaland"),
    ("8290", "SKUTVIK", "Nordland"),
]
NO_STREETS = [
    "Storgata",
    "Havnegata",
    "Fiskeværsveien",
    "Nordre Kaivei",
    "Strandvegen",
    "Skipperveien",
    "Sjøgata",
    "Øvre Bakkevei",
    "Lofotveien",
]
NO_BUYERS = [
    ("Lofothaav AS", "76 06 12 00"),
    ("Norway Seafoods Kirkenes AS", "78 99 11 40"),
    ("Brødrene Karlsen Fiskemottak", "78 47 33 00"),
    ("Ålesund Fiskeindustri AS", "70 10 45 90"),
    ("Reine Sjømat AS", "76 09 21 10"),
]


def no_mod11(body: str, weights: list[int]) -> int | None:
    r = 11 - sum(int(c) * w for c, w in zip(body, weights, strict=False)) % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def no_fnr(rng: random.Random, dob: dt.date, female: bool) -> str:
    while True:
        ind = rng.randint(0, 499) if dob.year < 2000 else rng.randint(500, 999)
        if (ind % 2 == 0) != female:
            continue
        body = dob.strftime("%d%m%y") + f"{ind:03d}"
        k1 = no_mod11(body, [3, 7, 6, 1, 8, 9, 4, 5, 2])
        if k1 is None:
            continue
        k2 = no_mod11(body + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k2 is None:
            continue
        return body + str(k1) + str(k2)


def no_orgnr(rng: random.Random) -> str:
    while True:
        body = rng.choice("89") + digits(rng, 7)
        k = no_mod11(body, [3, 2, 7, 6, 5, 4, 3, 2])
        if k is not None:
            return body + str(k)


def no_account(rng: random.Random) -> str:
    while True:
        body = rng.choice(["1503", "1506", "3000", "4500", "9710", "1254", "4730"]) + digits(rng, 6)
        k = no_mod11(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k is not None:
            return body + str(k)


def t_no_fishing() -> Table:
    rng = random.Random(2407)
    t = Table(
        "fiskelisens_register_no",
        "Norwegian coastal-fishing licence / quota register; Norwegian values; terse coded headers "
        "FELT01..FELT22. Fish buyers (mottak) and the licence holder's organisation number are business data",
    )
    spec = [
        (False, "licence_record_id"),
        (False, "created_date"),
        (True, "full_name"),
        (True, "national_id_no_fnr"),
        (False, "company_registration_number"),
        (True, "street_address"),
        (True, "postal_code"),
        (True, "city"),
        (False, "region"),
        (True, "phone"),
        (True, "email"),
        (True, "bank_account_number"),
        (False, "vessel_length_m"),
        (False, "gear_type_enum"),
        (False, "quota_group_code"),
        (False, "quantity_kg"),
        (False, "quantity_kg"),
        (False, "company_name"),
        (False, "business_phone"),
        (False, "status_enum"),
        (False, "amount"),
        (True, "free_text_with_names"),
    ]
    for n, (p, k) in enumerate(spec, 1):
        t.col(f"FELT{n:02d}", p, k)
    h = [f"FELT{n:02d}" for n in range(1, len(spec) + 1)]
    domains = ["online.no", "gmail.com", "hotmail.com", "lyse.net", "broadpark.no", "icloud.com"]
    for i in range(246):
        female = rng.random() < 0.12
        g = rng.choice(NO_GIVEN_F if female else NO_GIVEN_M)
        s = rng.choice(NO_SURN)
        dob = rand_date(rng, D(1944, 1, 1), D(2005, 12, 31))
        pc, city, fylke = rng.choice(NO_PLACES)
        mob = f"{rng.choice('49')}{digits(rng, 7)}"
        mob = [f"{mob[:3]} {mob[3:5]} {mob[5:]}", mob, f"+47 {mob[:3]} {mob[3:5]} {mob[5:]}", f"0047{mob}"][
            rng.randrange(4)
        ]
        acct = no_account(rng)
        r_ac = rng.random()
        if r_ac < 0.4:
            acct = f"{acct[:4]}.{acct[4:6]}.{acct[6:]}"
        elif r_ac < 0.6:
            acct = iban_spaced(iban("NO", acct))
        quota = rng.randint(8, 90) * 1000
        buyer = rng.choice(NO_BUYERS)
        other = f"{rng.choice(NO_GIVEN_M + NO_GIVEN_F)} {rng.choice(NO_SURN)}"
        note = rng.choice(
            [
                "",
                "",
                "",
                "",
                "Ny søknad",
                "Kvote overført fra avdøde far " + f"{rng.choice(NO_GIVEN_M)} {s}",
                f"Mannskap: {other}",
                "Purring sendt",
                f"Fullmakt til {other}",
                "Deltakeradgang gruppe I",
                "Fartøy solgt, venter på ny eier",
            ]
        )
        t.rows.append(
            dict(
                zip(
                    h,
                    [
                        100000 + i * 11 + rng.randint(0, 10),
                        rand_date(rng, D(2010, 1, 1), D(2024, 10, 31)).strftime("%d.%m.%Y"),
                        f"{s}, {g}" if rng.random() < 0.4 else f"{g} {s}",
                        no_fnr(rng, dob, female),
                        maybe(rng, 0.55, no_orgnr(rng)),
                        f"{rng.choice(NO_STREETS)} {rng.randint(1, 88)}{maybe(rng, 0.15, rng.choice('ABC'))}",
                        pc if rng.random() < 0.9 else pc.lstrip("0"),
                        city,
                        fylke,
                        mob,
                        maybe(
                            rng,
                            0.7,
                            email(
                                rng,
                                g.lower().replace("ø", "o").replace("å", "a").replace("æ", "ae").replace(" ", ""),
                                s.lower().replace("ø", "o").replace("æ", "ae").replace("å", "a"),
                                domains,
                            ),
                        ),
                        acct,
                        f"{rng.uniform(6.5, 14.99):.2f}".replace(".", ","),
                        rng.choice(["Garn", "Line", "Jukse", "Snurrevad", "Teine", "Not"]),
                        rng.choice(
                            ["KYST-TORSK-N62-I", "KYST-TORSK-N62-II", "KYST-SEI", "KONGEKRABBE-A", "MAKRELL-HJ"]
                        ),
                        quota,
                        rng.randint(0, quota),
                        buyer[0],
                        buyer[1],
                        rng.choice(["AKTIV", "AKTIV", "AKTIV", "SUSPENDERT", "UTLØPT", "SØKNAD"]),
                        rng.choice(["0", "1200", "2400", "5350"]),
                        note,
                    ],
                    strict=False,
                )
            )
        )
    return t


# =============================================================================================
# 8. Airline frequent-flyer activity extract, squashed lower-case abbreviations
# =============================================================================================
FF_PAX = [
    ("SIGURDARDOTTIR", "GUDRUN", "MS", "ISL"),
    ("NGUYEN", "THITHU", "MRS", "VNM"),
    ("OWUSUANSAH", "KWABENA", "MR", "GHA"),
    ("TEAWA", "WIREMU", "MR", "NZL"),
    ("VENKATASUBRAMANIAN", "ANANTHAKRISHNAN", "MR", "IND"),
    ("MUELLER", "HANSJOERG", "MR", "DEU"),
    ("OKONKWO", "CHIAMAKA", "MS", "NGA"),
    ("ALMANSOORI", "HESSA", "MRS", "ARE"),
    ("TANAKA", "HARUTO", "MR", "JPN"),
    ("KOWALCZYK", "AGNIESZKA", "MRS", "POL"),
    ("DASILVA", "JOAOPEDRO", "MR", "BRA"),
    ("SMITH", "JOHN", "MR", "GBR"),
    ("OYELARAN", "OLUWASEYI", "DR", "NGA"),
    ("BJORNSDOTTIR", "ASDIS", "MS", "ISL"),
    ("HAKOBYAN", "NAREK", "MR", "ARM"),
    ("TSERING", "PEMA", "MS", "NPL"),
    ("ABDULLAHI", "FATUMA", "MRS", "KEN"),
    ("KAHANANUI", "LEILANI", "MS", "USA"),
    ("VANDENBROECK", "PIETERJAN", "MR", "BEL"),
    ("CHEN", "YUTING", "MS", "TWN"),
    ("MAKAROVA", "YEKATERINA", "MS", "RUS"),
    ("ZUBIZARRETA", "IKER", "MR", "ESP"),
    ("LINDQVIST", "BIRGITTA", "MRS", "FIN"),
]
FF_EXTRA_GIVEN = {
    True: ["ADAEZE", "SIGRUN", "MALAKAI", "THANDEKA", "ZHAZIRA", "AROHA", "MERETE", "NGOZI", "IOLANTHE"],
    False: ["TAMATI", "BOLAT", "EINAR", "OLUFEMI", "RADOSLAW", "TEODORO", "KHALID", "DAISUKE", "ARAM"],
}
AIRPORTS = [
    "LHR",
    "CDG",
    "FRA",
    "AMS",
    "DXB",
    "SIN",
    "JFK",
    "LAX",
    "NRT",
    "KEF",
    "LOS",
    "ACC",
    "AKL",
    "DEL",
    "BOM",
    "GRU",
    "NBO",
    "EVN",
    "KTM",
    "HNL",
    "BRU",
    "TPE",
    "IST",
    "MAD",
    "HEL",
    "WAW",
    "SGN",
]


def t_ffp() -> Table:
    rng = random.Random(2408)
    t = Table(
        "ffp_activity_extract",
        "Airline frequent-flyer programme activity extract (one row per credited flight segment); "
        "English upper-case IATA-style values (SURNAME/GIVEN TITLE, airport and booking-class codes); "
        "squashed lower-case abbreviated headers (mbrno, paxnm, ppno). Member numbers, PNR record locators "
        "and ticket numbers are system references; the SSR column carries APIS DOCS strings with names",
    )
    t.cols_from(
        [
            ("actid", False, "activity_id"),
            ("mbrno", False, "member_number"),
            ("tier", False, "loyalty_tier"),
            ("paxnm", True, "full_name"),
            ("dob", True, "birth_date"),
            ("ppno", True, "passport_number"),
            ("ppiss", False, "country_code"),
            ("ppexp", True, "document_expiry_date"),
            ("nat", False, "nationality"),
            ("mob", True, "phone"),
            ("eml", True, "email"),
            ("homeapt", False, "airport_code"),
            ("pnr", False, "booking_reference"),
            ("tktno", False, "ticket_number"),
            ("fltdt", False, "event_date"),
            ("fltno", False, "flight_number"),
            ("orig", False, "airport_code"),
            ("dest", False, "airport_code"),
            ("rbd", False, "booking_class_code"),
            ("seat", False, "seat_number"),
            ("miles", False, "quantity"),
            ("ccnum", True, "card_number"),
            ("ccexp", True, "card_expiry"),
            ("lastip", True, "ip_address"),
            ("pwdhash", True, "password_hash"),
            ("ssr", True, "free_text_with_names"),
        ]
    )
    members = []
    for m in range(150):
        sn, gn, title, nat = rng.choice(FF_PAX)
        if rng.random() < 0.6:
            # same nationality/title, another given name of the same sex from the pool
            female = title in ("MS", "MRS")
            gn = rng.choice([p[1] for p in FF_PAX if (p[2] in ("MS", "MRS")) == female] + FF_EXTRA_GIVEN[female])
        dob = rand_date(rng, D(1945, 1, 1), D(2008, 12, 31))
        pan = card_pan(rng)
        exp = rand_date(rng, D(2025, 1, 1), D(2030, 12, 31))
        mob_cc = {
            "ISL": "354",
            "VNM": "84",
            "GHA": "233",
            "NZL": "64",
            "IND": "91",
            "DEU": "49",
            "NGA": "234",
            "ARE": "971",
            "JPN": "81",
            "POL": "48",
            "BRA": "55",
            "GBR": "44",
            "ARM": "374",
            "NPL": "977",
            "KEN": "254",
            "USA": "1",
            "BEL": "32",
            "TWN": "886",
            "RUS": "7",
            "ESP": "34",
            "FIN": "358",
        }[nat]
        pp = (
            rng.choice(string.ascii_uppercase) + digits(rng, 8)
            if rng.random() < 0.6
            else "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))
        )
        members.append(
            {
                "mbrno": f"{rng.randint(100, 999)}{digits(rng, 6)}",
                "tier": rng.choice(["BLUE", "BLUE", "SILVER", "GOLD", "PLATINUM"]),
                "sn": sn,
                "gn": gn,
                "title": title,
                "nat": nat,
                "dob": dob,
                "ppno": pp,
                "ppexp": rand_date(rng, D(2025, 3, 1), D(2034, 12, 31)),
                "mob": f"+{mob_cc}{digits(rng, 9)}",
                "eml": email(
                    rng,
                    gn.lower(),
                    sn.lower(),
                    ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "web.de", "mail.ru"],
                ),
                "homeapt": rng.choice(AIRPORTS),
                "pan": pan,
                "exp": exp,
                "ip": ipv4(rng) if rng.random() < 0.8 else ipv6(rng),
                "pwd": bcrypt_like(rng) if rng.random() < 0.8 else hashlib.sha1(f"pw{m}".encode()).hexdigest(),
            }
        )
    for i in range(372):
        m = rng.choice(members)
        o, d = rng.sample(AIRPORTS, 2)
        fdate = rand_date(rng, D(2024, 1, 1), D(2024, 11, 30))
        pan = m["pan"]
        ccnum = "" if rng.random() < 0.25 else (float_pan(pan) if rng.random() < 0.3 else pan)
        ssr = rng.choice(
            ["", "", "", "VGML", "WCHR", "CHML", "MAAS", "AVIH PETC 1 DOG", "DOCS", "DOCS", "FQTV", "INFT"]
        )
        if ssr == "DOCS":
            ssr = (
                f"DOCS HK1/P/{m['nat']}/{m['ppno']}/{m['nat']}/{m['dob'].strftime('%d%b%y').upper()}/"
                f"{'F' if m['title'] in ('MS', 'MRS') else 'M'}/{m['ppexp'].strftime('%d%b%y').upper()}/{m['sn']}/{m['gn']}"  # noqa: E501
            )
        elif ssr == "FQTV":
            ssr = f"FQTV XQ {m['mbrno']}"
        elif ssr == "INFT":
            ssr = f"INFT HK1 {m['sn']}/{rng.choice(['AMARA', 'LIAM', 'SORA', 'TANE'])} {rand_date(rng, D(2023, 1, 1), D(2024, 6, 1)).strftime('%d%b%y').upper()}"  # noqa: E501
        cls = rng.choice("YBMHKLQVNSOGFJCDI")
        t.rows.append(
            {
                "actid": 7000000 + i * 13 + rng.randint(0, 12),
                "mbrno": m["mbrno"],
                "tier": m["tier"],
                "paxnm": f"{m['sn']}/{m['gn']} {m['title']}",
                "dob": m["dob"].strftime("%d%b%Y").upper(),
                "ppno": m["ppno"],
                "ppiss": m["nat"],
                "ppexp": m["ppexp"].strftime("%Y-%m-%d"),
                "nat": m["nat"],
                "mob": maybe(rng, 0.9, m["mob"]),
                "eml": m["eml"].upper() if rng.random() < 0.3 else m["eml"],
                "homeapt": m["homeapt"],
                "pnr": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                "tktno": f"{rng.choice(['176', '618', '157', '125'])}{digits(rng, 10)}",
                "fltdt": fdate.strftime("%d%b%y").upper(),
                "fltno": f"XQ{rng.randint(1, 2999):04d}",
                "orig": o,
                "dest": d,
                "rbd": cls,
                "seat": f"{rng.randint(1, 62)}{rng.choice('ABCDEFGHJK')}",
                "miles": rng.randint(250, 14000) * (2 if cls in "FJCDI" else 1),
                "ccnum": ccnum,
                "ccexp": m["exp"].strftime("%m%y") if ccnum else "",
                "lastip": m["ip"],
                "pwdhash": m["pwd"],
                "ssr": ssr,
            }
        )
    return t


# =============================================================================================
def main() -> None:
    for fn in [
        t_greek_pharmacy,
        t_korean_riders,
        t_za_rates_roll,
        t_irish_school,
        t_ar_telemed,
        t_mx_cfdi,
        t_no_fishing,
        t_ffp,
    ]:
        tb = fn()
        tb.write()
        print(f"{tb.name}: {len(tb.rows)} x {len(tb.cols)}")


if __name__ == "__main__":
    main()
