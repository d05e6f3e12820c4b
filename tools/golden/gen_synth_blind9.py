# ruff: noqa
"""Ninth blind transformation-by-example golden set (60 tasks; split `dev_b9`, formerly `blind`).
(a blind-written generator, kept as its author wrote it; only its output path was repointed: synth_common.OUT is the repo's)

Standard library + the helper modules in this folder only. One random.Random(9000 + n) per task
(n = 1..60, the task's position). Each task lists its three training variants explicitly (every
input layout, the empty case, the rounding a held row needs) and draws 5-7 held rows from a pool
of variants that the training rows show. Every expected output is computed from a canonical value
by the reference code next to the rows; check digits (Belgian national number, Colombian NIT,
LEI, RF creditor reference, GTIN, UIC wagon number) are real.

Output: synth_common.OUT / "blind" / "tasks.jsonl" (change OUT in synth_common or below).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

sys.dont_write_bytecode = True  # keep the folder free of __pycache__

import synth_common  # noqa: E402
from golden_common import luhn_digit
from synth_common import Task, dec, fold, write

OUT = synth_common.OUT  # the single output constant; repoint here if needed
synth_common.OUT = OUT

TASKS: list[Task] = []


def task(n: int, id_: str, category: str, description: str, inputs: list[str], make, train, pool):
    """make(rng, variant) -> (tuple_of_inputs | str, out). train: 3 variants; pool: held variants."""
    rng = random.Random(9000 + n)
    k = rng.randint(5, 7)
    variants = list(train) + [pool[rng.randrange(len(pool))] for _ in range(k)]
    rows, seen = [], set()
    for v in variants:
        for _ in range(500):
            ins, out = make(rng, v)
            ins = ins if isinstance(ins, tuple) else (ins,)
            if ins not in seen:
                break
        else:
            raise AssertionError((id_, v))
        seen.add(ins)
        assert isinstance(out, str) and all(isinstance(x, str) for x in ins), (id_, ins, out)
        rows.append((ins, out))
    assert len(TASKS) == n - 1, (n, id_)
    TASKS.append(Task(id_, category, description, inputs, rows))


def D(x) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def rdigits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def rdate(rng, y0, y1):
    a, b = dt.date(y0, 1, 1), dt.date(y1, 12, 31)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rts(rng, y0, y1):
    d = rdate(rng, y0, y1)
    return dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def group_thousands(n: int, sep: str) -> str:
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def mod97_str(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


# =============================================================================================
# phone (4)
# =============================================================================================
def _il(rng, v):
    fmt, kind = v
    if kind == "mob":
        area = rng.choice(["50", "52", "53", "54", "55", "58"])
    else:
        area = rng.choice(["2", "3", "4", "8", "9"])
    sub = rdigits(rng, 7, "23456789")
    if fmt == "nat":
        s = f"0{area}-{sub[:3]}-{sub[3:]}"
    elif fmt == "plus":
        s = f"+972-{area}-{sub[:3]}-{sub[3:]}"
    else:
        s = f"00972 {area} {sub}"
    return s, f"+972{area}{sub}"


task(1, "phone_il_e164", "phone", "Israeli mobile or landline number in national, +972 or 00972 layout -> E.164",
     ["phone"], _il, [("nat", "mob"), ("plus", "land"), ("00", "mob")],
     [(f, k) for f in ("nat", "plus", "00") for k in ("mob", "land")])


def _ke(rng, v):
    fmt, kind = v
    nsn = ("7" + rdigits(rng, 8)) if kind == "7" else ("1" + rng.choice("01") + rdigits(rng, 7))
    if fmt == "loc":
        s = f"0{nsn[:3]} {nsn[3:]}"
    elif fmt == "plus":
        s = f"+254 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    else:
        s = nsn
    return s, "254" + nsn


task(2, "phone_ke_mpesa_msisdn", "phone", "Kenyan mobile number (07xx / 01xx) in local, +254 or bare layout -> "
     "M-Pesa MSISDN 254XXXXXXXXX", ["msisdn_raw"], _ke, [("loc", "7"), ("plus", "1"), ("bare", "7")],
     [(f, k) for f in ("loc", "plus", "bare") for k in ("7", "1")])


def _cz_phone(rng, v):
    nsn = rng.choice(["60", "72", "73", "77", "79", "2", "3", "4", "5"])
    nsn = nsn + rdigits(rng, 9 - len(nsn))
    if v == "plus":
        s = f"+420 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    elif v == "00":
        s = "00420" + nsn
    else:
        s = f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    return s, f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"


task(3, "phone_cz_national", "phone", "Czech number in +420 / 00420 / dashed layout -> national display `603 123 456`",
     ["telefon"], _cz_phone, ["plus", "00", "dash"], ["plus", "00", "dash"])


def _nz(rng, v):
    fmt, kind = v
    area = rng.choice(["21", "22", "27"]) if kind == "mob" else rng.choice(["3", "4", "6", "7", "9"])
    sub = rdigits(rng, 7, "23456789")
    if fmt == "nat":
        s = f"0{area} {sub[:3]} {sub[3:]}" if kind == "mob" else f"(0{area}) {sub[:3]} {sub[3:]}"
    else:
        s = f"+64{area}{sub}"
    return s, f"+64 {area} {sub[:3]} {sub[3:]}"


task(4, "phone_nz_intl", "phone", "New Zealand mobile (021/022/027) or landline `(09) 123 4567`, national or compact "
     "+64 -> `+64 21 123 4567`", ["phone"], _nz, [("nat", "mob"), ("nat", "land"), ("intl", "land")],
     [(f, k) for f in ("nat", "intl") for k in ("mob", "land")])

# =============================================================================================
# name (3)
# =============================================================================================
IS_M = ["Jón", "Ólafur", "Einar", "Þorsteinn", "Ægir", "Hörður", "Bjarni", "Arnór", "Eyþór", "Gunnar", "Kári",
        "Sigurður"]
IS_F = ["Guðrún", "Þórunn", "Sigríður", "Björk", "Kristín", "Ásdís", "Sæunn", "Hafdís", "Ragnheiður", "Auður",
        "Þóra", "Hrefna"]
IS_STEM = ["Guðmunds", "Ólafs", "Einars", "Jóns", "Hauks", "Ægis", "Björns", "Magnús", "Kristjáns", "Þorsteins",
           "Sigurðar", "Jörundar", "Arnar", "Pálma"]
IS_MID_M = ["Þór", "Már", "Örn", "Freyr"]
IS_MID_F = ["Ósk", "Rún", "Björg", "Sif"]


def is_login(first, last):
    s = f"{first}.{last}".lower()
    for a, b in (("þ", "th"), ("ð", "d"), ("æ", "ae"), ("ö", "o")):
        s = s.replace(a, b)
    return fold(s)


def _is(rng, v):
    if isinstance(v, tuple):
        first, mid, last = v
    else:
        female = rng.random() < 0.5
        first = rng.choice(IS_F if female else IS_M)
        mid = rng.choice(IS_MID_F if female else IS_MID_M) if rng.random() < 0.35 else ""
        last = rng.choice(IS_STEM) + ("dóttir" if female else "son")
    full = " ".join(x for x in (first, mid, last) if x)
    return full, is_login(first, last)


task(5, "name_is_login", "name", "Icelandic full name -> login `first.patronymic` in ASCII (þ -> th, ð -> d, "
     "æ -> ae, ö -> o, accents dropped, middle name dropped)", ["full_name"], _is,
     [("Þórunn", "Ósk", "Guðmundsdóttir"), ("Ægir", "", "Jörundarson"), ("Ásdís", "", "Hauksdóttir")], ["r"])

GULF_M = ["Khalid", "Saeed", "Ahmed", "Rashid", "Hamad", "Sultan", "Majid", "Omar", "Faisal", "Abdullah", "Mohammed",
          "Obaid", "Hamdan", "Yousef"]
GULF_F = ["Fatima", "Maryam", "Noura", "Aisha", "Hessa", "Latifa", "Shamma", "Mouza", "Alia", "Reem"]
GULF_FAM = ["Mansoori", "Nuaimi", "Shamsi", "Ketbi", "Dhaheri", "Suwaidi", "Mazrouei", "Falasi", "Hashemi",
            "Marri", "Qubaisi", "Muhairi"]


def _gulf(rng, v):
    sex, chain, al = v
    given = rng.choice(GULF_F if sex == "f" else GULF_M)
    fathers = rng.sample(GULF_M, chain)
    fam = al + rng.choice(GULF_FAM)
    parts = [given, "bint" if sex == "f" else "bin", fathers[0]]
    if chain == 2:
        parts += ["bin", fathers[1]]
    parts.append(fam)
    return " ".join(parts), f"{given} {fam}"


task(6, "name_gulf_short_form", "name", "Emirati full name with `bin` / `bint` chain -> short form given name + "
     "family name (`Al ` or `Al-` kept as written)", ["full_name_en"], _gulf,
     [("m", 2, "Al "), ("f", 2, "Al-"), ("m", 1, "Al-")],
     [(s, c, a) for s in "mf" for c in (1, 2) for a in ("Al ", "Al-")])

CZ_M = ["Jan", "Petr", "Tomáš", "Jiří", "Martin", "Lukáš", "Ondřej", "Vojtěch", "Radek", "Zdeněk"]
CZ_F = ["Jana", "Eva", "Lucie", "Petra", "Kateřina", "Veronika", "Markéta", "Zuzana", "Hana", "Libuše"]
CZ_LAST = [("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"),
           ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Pokorný", "Pokorná"),
           ("Marek", "Marková"), ("Růžička", "Růžičková")]
CZ_PRE1 = ["Ing.", "Mgr.", "MUDr.", "JUDr.", "Bc.", "RNDr.", "PhDr.", "MVDr."]
CZ_PRE2 = ["doc. Ing.", "prof. MUDr.", "Ing. Mgr.", "doc. RNDr.", "Bc. Ing."]
CZ_SUF = ["Ph.D.", "CSc.", "MBA", "DiS.", "Ph.D., MBA", "LL.M."]


def _cz_titles(rng, v):
    female = rng.random() < 0.5
    first = rng.choice(CZ_F if female else CZ_M)
    last = rng.choice(CZ_LAST)[1 if female else 0]
    name = f"{first} {last}"
    pre = {"pre1": rng.choice(CZ_PRE1), "pre2_suf": rng.choice(CZ_PRE2), "pre1_suf": rng.choice(CZ_PRE1),
           "none": "", "suf": ""}[v]
    suf = rng.choice(CZ_SUF) if v.endswith("suf") else ""
    s = (pre + " " if pre else "") + name + (", " + suf if suf else "")
    return s, name


task(7, "name_cz_strip_titles", "name", "Czech name with academic titles before (`Ing.`, `doc. Ing.`) and after "
     "(`, Ph.D.`) -> plain `First Last`", ["jmeno"], _cz_titles, ["pre2_suf", "pre1", "none"],
     ["pre1", "pre2_suf", "none", "suf", "pre1_suf"])

# =============================================================================================
# code (9)
# =============================================================================================


def _be_rrn(rng, v):
    b = rdate(rng, 1940, 1999)
    seq = rng.randint(1, 997)
    base = f"{b:%y%m%d}{seq:03d}"
    chk = 97 - int(base) % 97
    full = base + f"{chk:02d}"
    out = f"{full[0:2]}.{full[2:4]}.{full[4:6]}-{full[6:9]}.{full[9:11]}"
    if v == "compact":
        s = full
    elif v == "dash":
        s = f"{full[:6]}-{full[6:9]}-{full[9:]}"
    else:
        s = " ".join([full[0:2], full[2:4], full[4:6], full[6:9], full[9:]])
    return s, out


task(8, "code_be_rrn_print", "code", "Belgian national register number (compact / `YYMMDD-SSS-CC` / spaced) -> "
     "`YY.MM.DD-SSS.CC`", ["rijksregisternummer"], _be_rrn, ["compact", "dash", "spaced"],
     ["compact", "dash", "spaced"])


def nit_dv(nit: str) -> str:
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    s = sum(int(d) * w[i] for i, d in enumerate(reversed(nit)))
    r = s % 11
    return str(r if r in (0, 1) else 11 - r)


def _co_nit(rng, v):
    nit = rng.choice(["800", "830", "860", "890", "900", "901"]) + rdigits(rng, 6)
    dv = nit_dv(nit)
    dotted = f"{nit[:3]}.{nit[3:6]}.{nit[6:]}"
    s = {"glued": nit + dv, "dash": f"{nit}-{dv}", "prefix": f"NIT {dotted} - {dv}"}[v]
    return s, f"{dotted}-{dv}"


task(9, "code_co_nit_print", "code", "Colombian NIT with its verification digit (glued, `-DV`, `NIT ... - DV`) -> "
     "`900.123.456-7`", ["nit"], _co_nit, ["glued", "dash", "prefix"], ["glued", "dash", "prefix"])


def _pk_cnic(rng, v):
    d = rdigits(rng, 13, "1234567")
    s = {"compact": d, "spaced": f"{d[:5]} {d[5:12]} {d[12]}", "dash": f"{d[:5]}-{d[5:12]}-{d[12]}"}[v]
    return s, f"{d[:5]}-{d[5:12]}-{d[12]}"


task(10, "code_pk_cnic", "code", "Pakistani CNIC compact / spaced / dashed -> `35202-1234567-1`", ["cnic"], _pk_cnic,
     ["compact", "spaced", "dash"], ["compact", "spaced", "dash"])


def _gh_card(rng, v):
    d = rdigits(rng, 10, "123456789")
    s = {"compact": f"GHA{d}", "lower": f"gha-{d[:9]}-{d[9]}", "spaced": f"GHA {d[:9]} {d[9]}"}[v]
    return s, f"GHA-{d[:9]}-{d[9]}"


task(11, "code_gh_card", "code", "Ghana Card PIN compact / lower-case / spaced -> `GHA-123456789-0`", ["ghana_card"],
     _gh_card, ["compact", "lower", "spaced"], ["compact", "lower", "spaced"])

EG_GOV = ["01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25",
          "26", "27", "28", "29", "31", "32", "33", "34", "35", "88"]


def _eg_nid(rng, v):
    b = rdate(rng, 1950, 1999) if v == "19" else rdate(rng, 2000, 2008)
    c = "2" if b.year < 2000 else "3"
    s = f"{c}{b:%y%m%d}{rng.choice(EG_GOV)}{rdigits(rng, 4)}{rng.randint(1, 9)}"
    return s, b.isoformat()


task(12, "code_eg_nid_birth", "code", "Egyptian 14-digit national ID -> birth date (first digit 2 = 19xx, 3 = 20xx, "
     "then YYMMDD)", ["national_id"], _eg_nid, ["19", "20", "19"], ["19", "19", "20"])

LEI_LOU = ["5493", "2138", "9695", "8156", "5299", "3912", "7245", "2594"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _lei(rng, v):
    base = rng.choice(LEI_LOU) + "00" + "".join(rng.choice(ALNUM) for _ in range(12))
    chk = 98 - mod97_str(base + "00")
    lei = base + f"{chk:02d}"
    assert mod97_str(lei) == 1
    s = {"lower": lei.lower(), "spaced": " ".join(lei[i:i + 4] for i in range(0, 20, 4)), "prefix": f"LEI: {lei}"}[v]
    return s, lei


task(13, "code_lei_compact", "code", "Legal Entity Identifier in lower case, spaced in fours or after `LEI:` -> "
     "20-character upper-case LEI", ["lei"], _lei, ["lower", "spaced", "prefix"], ["lower", "spaced", "prefix"])


def _rf(rng, v):
    n = rng.randint(6, 15)
    body = rdigits(rng, n, "123456789") if rng.random() < 0.7 else "".join(rng.choice(ALNUM) for _ in range(n))
    chk = 98 - mod97_str(body + "RF00")
    ref = f"RF{chk:02d}{body}"
    assert mod97_str(ref[4:] + ref[:4]) == 1
    out = " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))
    if v == "compact":
        s = ref
    elif v == "lower":
        s = ref.lower()
    else:
        cut = sorted(rng.sample(range(4, len(ref) - 1), 2))
        s = f"{ref[:cut[0]]} {ref[cut[0]:cut[1]]} {ref[cut[1]:]}"
    return s, out


task(14, "code_rf_reference_print", "code", "ISO 11649 RF creditor reference compact, lower-case or irregularly "
     "spaced -> print form in groups of four", ["payment_reference"], _rf, ["compact", "irregular", "lower"],
     ["compact", "irregular", "lower"])


def gs1_check(payload: str) -> str:
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return str((10 - s % 10) % 10)


def _gtin(rng, v):
    if v == "upc":
        p = rdigits(rng, 11, "0123678")
        code = p + gs1_check(p)
        s = f"{code[0]} {code[1:6]} {code[6:11]} {code[11]}"
    elif v == "ean":
        p = rng.choice(["40", "42", "50", "54", "57", "76", "80", "84", "87", "90", "94"]) + rdigits(rng, 10)
        code = p + gs1_check(p)
        s = code
    else:
        p = rng.choice("12345678") + rng.choice(["40", "54", "87", "0", "76"])
        p = p + rdigits(rng, 13 - len(p))
        code = p + gs1_check(p)
        s = f"(01){code}"
    return s, code.zfill(14)


task(15, "code_gtin14", "code", "UPC-A (printed with spaces), EAN-13 or `(01)` GTIN-14 -> 14-digit GTIN with leading "
     "zeros", ["barcode"], _gtin, ["upc", "ean", "ai01"], ["upc", "ean", "ai01"])

UIC_TYPE = ["31", "33", "21", "23", "37", "81", "83", "84", "85", "87"]
UIC_CC = ["80", "81", "85", "87", "83", "84", "88", "51", "54", "56", "55", "74", "86"]


def _uic(rng, v):
    p = rng.choice(UIC_TYPE) + rng.choice(UIC_CC) + rdigits(rng, 7)
    c = luhn_digit(p)
    full = p + c
    out = f"{full[:2]} {full[2:4]} {full[4:8]} {full[8:11]}-{full[11]}"
    s = {"compact": full, "spaced": f"{full[:2]} {full[2:4]} {full[4:8]} {full[8:11]} {full[11]}",
         "dash": f"{full[:2]}-{full[2:4]}-{full[4:8]}-{full[8:11]}-{full[11]}"}[v]
    return s, out


task(16, "code_uic_wagon_number", "code", "12-digit UIC railway wagon number compact / spaced / dashed -> "
     "`31 80 4551 234-5` (check digit after the hyphen)", ["wagon_no"], _uic, ["compact", "spaced", "dash"],
     ["compact", "spaced", "dash"])

# =============================================================================================
# address (5)
# =============================================================================================
CO_ABBR = {"Cll": "Calle", "Calle": "Calle", "Cra": "Carrera", "Kr": "Carrera", "Carrera": "Carrera"}


def _co_addr(rng, v):
    abbr, marker, attached, letter = v
    n1 = str(rng.randint(1, 150)) + (rng.choice("ABC") if letter else "")
    n2, n3 = rng.randint(1, 150), rng.randint(1, 99)
    tail = f"{n2}-{n3:02d}" if rng.random() < 0.5 else f"{n2}-{n3}"
    s = f"{abbr} {n1} {marker}{'' if attached else ' '}{tail}"
    return s, f"{CO_ABBR[abbr]} {n1} # {tail}"


task(17, "addr_co_via_normalize", "address", "Colombian street address `Cll 45A #12-34` / `Cra 7 No. 71-21` / "
     "`Kr 15 N° 88-09` -> `Calle 45A # 12-34` (via type spelled out, `#` as number sign)", ["direccion"], _co_addr,
     [("Cll", "#", True, True), ("Cra", "No.", False, False), ("Kr", "N°", False, False)],
     [(a, m, at, le) for a in CO_ABBR for (m, at) in (("#", True), ("No.", False), ("N°", False))
      for le in (True, False)])

KE_TOWNS = [("Nairobi", "00100"), ("Nairobi", "00200"), ("Nairobi", "00800"), ("Nairobi", "00600"),
            ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100"),
            ("Thika", "01000"), ("Nyeri", "10100"), ("Machakos", "90100"), ("Meru", "60200")]


def _ke_box(rng, v):
    town, pc = rng.choice(KE_TOWNS)
    box = rng.randint(10, 99999)
    s = {"a": f"P.O. Box {box}-{pc}, {town}", "b": f"P.O BOX {box} - {pc} {town.upper()}",
         "c": f"Box {box}-{pc} {town}"}[v]
    return s, pc


task(18, "addr_ke_pobox_postcode", "address", "Kenyan postal address `P.O. Box 12345-00100, Nairobi` (three "
     "spellings) -> postal code `00100`", ["postal_address"], _ke_box, ["a", "b", "c"], ["a", "b", "c"])

CA_STREETS = ["Harbour St", "Bloor St E", "Jasper Ave NW", "Granville St", "Portage Ave", "Barrington St",
              "Kent St", "Queen St W", "Yonge St", "Robson St", "Elgin St", "Spring Garden Rd"]


def _ca_unit(rng, v):
    civic = rng.randint(10, 2999)
    street = rng.choice(CA_STREETS)
    if v == "none":
        s = f"{civic} {street}"
        return s, s
    unit = str(rng.randint(101, 2705)) if v == "num" else str(rng.randint(1, 9)) + rng.choice("ABCD")
    return f"{unit}-{civic} {street}", f"{civic} {street}, Unit {unit}"


task(19, "addr_ca_unit_civic", "address", "Canadian `unit-civic` street line `1205-88 Harbour St` -> "
     "`88 Harbour St, Unit 1205`; lines without a unit unchanged", ["address_line1"], _ca_unit,
     ["num", "none", "alnum"], ["num", "none", "alnum"])

CZ_STREETS = ["Vinohradská", "Korunní", "Náměstí Míru", "Husova", "Palackého", "Nádražní", "Masarykova", "Lidická",
              "U Průhonu", "Na Příkopě", "Kpt. Jaroše", "Třída Svornosti"]


def _cz_addr(rng, v):
    street = rng.choice(CZ_STREETS)
    cp = str(rng.randint(1, 3999))
    if v == "none":
        co = ""
    elif v == "num":
        co = str(rng.randint(1, 120))
    else:
        co = str(rng.randint(1, 60)) + rng.choice("abc")
    return (street, cp, co), f"{street} {cp}/{co}" if co else f"{street} {cp}"


task(20, "addr_cz_house_numbers", "address", "Czech street + číslo popisné + číslo orientační (may be empty or carry "
     "a letter) -> `Vinohradská 1234/56`", ["ulice", "cislo_popisne", "cislo_orientacni"], _cz_addr,
     ["num", "none", "letter"], ["num", "none", "letter"])


def _cz_psc(rng, v):
    p = rdigits(rng, 3, "1234567") + rng.choice(["00", "01", "02", "11", "21", "31", "41", "51", "61"])
    s = {"compact": p, "spaced": f"{p[:3]} {p[3:]}", "cz": f"CZ-{p[:3]} {p[3:]}"}[v]
    return s, f"{p[:3]} {p[3:]}"


task(21, "addr_cz_psc", "address", "Czech postcode (PSČ) compact / spaced / `CZ-` prefixed -> `120 00`", ["psc"],
     _cz_psc, ["compact", "cz", "spaced"], ["compact", "cz", "spaced"])

# =============================================================================================
# date / time (10)
# =============================================================================================
# Gregorian date of 1 Farvardin (Nowruz) for the Solar Hijri years used.
NOWRUZ = {1396: dt.date(2017, 3, 21), 1397: dt.date(2018, 3, 21), 1398: dt.date(2019, 3, 21),
          1399: dt.date(2020, 3, 20), 1400: dt.date(2021, 3, 21), 1401: dt.date(2022, 3, 21),
          1402: dt.date(2023, 3, 21), 1403: dt.date(2024, 3, 20)}


def jalali_to_greg(y, m, d):
    before = 31 * (m - 1) if m <= 7 else 186 + 30 * (m - 7)
    return NOWRUZ[y] + dt.timedelta(days=before + d - 1)


def _jalali(rng, v):
    y = rng.choice(sorted(NOWRUZ))
    m = rng.randint(1, 12)
    d = rng.randint(1, 31 if m <= 6 else 30 if m <= 11 else 29)
    if v == "pad":
        s = f"{y}/{m:02d}/{d:02d}"
    elif v == "nopad":
        s = f"{y}/{m}/{d}"
    else:
        s = f"{y}-{m:02d}-{d:02d}"
    return s, jalali_to_greg(y, m, d).isoformat()


task(22, "date_ir_jalali_to_iso", "date", "Iranian Solar Hijri (Jalali) date `1403/01/15`, unpadded or dashed -> "
     "Gregorian ISO date", ["tarikh"], _jalali, ["pad", "nopad", "dash"], ["pad", "nopad", "dash"])

CZ_MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
             "listopadu", "prosince"]


def _cz_date(rng, v):
    d = rdate(rng, 2019, 2025)
    s = {"word": f"{d.day}. {CZ_MONTHS[d.month - 1]} {d.year}", "num_sp": f"{d.day}. {d.month}. {d.year}",
         "num": f"{d.day}.{d.month}.{d.year}"}[v]
    return s, d.isoformat()


task(23, "date_cz_mixed", "date", "Czech dates `15. března 2024` (genitive month names), `15. 3. 2024` and "
     "`15.3.2024` in one column -> ISO", ["datum"], _cz_date, ["word", "num_sp", "num"], ["word", "word", "num_sp",
                                                                                          "num"])

MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _dtg(rng, v):
    t = rts(rng, 2019, 2026)
    m = MON3[t.month - 1]
    s = {"compact": f"{t:%d%H%M}Z{m}{t:%y}", "spaced": f"{t:%d} {t:%H%M}Z {m} {t:%y}",
         "lower": f"{t:%d%H%M}Z{m.lower()}{t:%y}"}[v]
    return s, f"{t:%Y-%m-%dT%H:%M}:00Z"


task(24, "date_military_dtg", "date", "Military date-time group `151430ZMAR24` (also spaced or with a lower-case "
     "month) -> `2024-03-15T14:30:00Z`", ["dtg"], _dtg, ["compact", "spaced", "lower"],
     ["compact", "spaced", "lower"])


EPOCH = dt.datetime(1970, 1, 1)


def _mongo(rng, v):
    t = rts(rng, 2018, 2025)
    ms = rng.randint(0, 999)
    iso = f"{t:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z"
    if v == "date":
        s = '{"$date": "' + iso + '"}'
    elif v == "long":
        e = int((t - EPOCH).total_seconds()) * 1000 + ms
        s = '{"$date": {"$numberLong": "' + str(e) + '"}}'
    else:
        s = f'ISODate("{iso}")'
    return s, f"{t:%Y-%m-%d %H:%M:%S}"


task(25, "date_mongo_extended_json", "date", "MongoDB date as `{\"$date\": \"...Z\"}`, `{\"$date\": {\"$numberLong\": "
     "...}}` (epoch ms) or `ISODate(...)` -> `YYYY-MM-DD HH:MM:SS` UTC, milliseconds dropped", ["created_at"], _mongo,
     ["date", "long", "iso"], ["date", "long", "iso"])

FT_EPOCH = dt.datetime(1601, 1, 1)


def _filetime(rng, v):
    if v == "never":
        return "9223372036854775807", ""
    t = rts(rng, 2019, 2025)
    ft = int((t - FT_EPOCH).total_seconds()) * 10 ** 7 + rng.randint(0, 9999999)
    return str(ft), f"{t:%Y-%m-%d %H:%M:%S}"


task(26, "date_ad_filetime", "date", "Active Directory `lastLogonTimestamp` / `accountExpires` (Windows FILETIME, "
     "100 ns ticks since 1601-01-01 UTC) -> `YYYY-MM-DD HH:MM:SS`; `9223372036854775807` (never) -> empty",
     ["lastLogonTimestamp"], _filetime, ["t", "never", "t"], ["t"])


def _pyrepr(rng, v):
    t = rts(rng, 2019, 2025)
    if v == 5:
        t = t.replace(second=0)
        s = f"datetime.datetime({t.year}, {t.month}, {t.day}, {t.hour}, {t.minute})"
    elif v == 6:
        t = t.replace(second=rng.randint(1, 59))
        s = f"datetime.datetime({t.year}, {t.month}, {t.day}, {t.hour}, {t.minute}, {t.second})"
    else:
        s = f"datetime.datetime({t.year}, {t.month}, {t.day}, {t.hour}, {t.minute}, {t.second}, " \
            f"{rng.randint(1, 999999)})"
    return s, f"{t:%Y-%m-%d %H:%M:%S}"


task(27, "date_python_repr", "date", "Python `datetime.datetime(2024, 3, 15, 14, 30[, s[, us]])` repr found in a "
     "log dump -> `YYYY-MM-DD HH:MM:SS` (microseconds dropped)", ["value"], _pyrepr, [5, 7, 6], [5, 6, 7])


def _pg_interval(rng, v):
    h, m = rng.randint(0, 23), rng.choice(range(0, 60, 5))
    if v == "dt":
        d = rng.randint(2, 9)
        s = f"{d} days {h:02d}:{m:02d}:00"
    elif v == "d1t":
        d = 1
        s = f"1 day {h:02d}:{m:02d}:00"
    else:
        d = 0
        s = f"{h:02d}:{m:02d}:00"
    return s, str(d * 1440 + h * 60 + m)


task(28, "duration_pg_interval_minutes", "duration", "PostgreSQL interval output `2 days 03:15:00` / `1 day "
     "00:45:00` / `03:15:00` -> total minutes", ["downtime"], _pg_interval, ["dt", "t", "d1t"], ["dt", "t", "d1t"])


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, d.day)


def _contract(rng, v):
    day, months = v
    d = rdate(rng, 2023, 2025)
    d = d.replace(day=1 if day == "first" else rng.randint(2, 28))
    end = add_months(d, months) - dt.timedelta(days=1)
    return (d.isoformat(), str(months)), end.isoformat()


task(29, "date_contract_end", "date", "Contract start date + term in months -> last day of the term (start + "
     "N months - 1 day)", ["start_date", "term_months"], _contract, [("first", 12), ("mid", 6), ("first", 3)],
     [(d, m) for d in ("first", "mid") for m in (1, 3, 6, 12, 24, 36)])


def _ago(rng, v):
    snap = rdate(rng, 2024, 2025)
    if v == "yesterday":
        s, back = "yesterday", 1
    elif v == "days":
        n = rng.randint(2, 30)
        s, back = f"{n} days ago", n
    else:
        n = rng.randint(2, 8)
        s, back = f"{n} weeks ago", 7 * n
    return (snap.isoformat(), s), (snap - dt.timedelta(days=back)).isoformat()


task(30, "date_relative_ago", "date", "Scrape date + relative text `3 days ago` / `yesterday` / `2 weeks ago` -> "
     "absolute ISO date", ["scraped_on", "posted"], _ago, ["days", "yesterday", "weeks"],
     ["days", "yesterday", "weeks"])


def _msjson(rng, v):
    t = rts(rng, 2012, 2024)
    e = int((t - EPOCH).total_seconds()) * 1000
    if v == "z":
        return f"/Date({e})/", f"{t:%Y-%m-%dT%H:%M:%S}Z"
    off = v
    sign = 1 if off[0] == "+" else -1
    mins = sign * (int(off[1:3]) * 60 + int(off[3:5]))
    local = t + dt.timedelta(minutes=mins)
    return f"/Date({e}{off})/", f"{local:%Y-%m-%dT%H:%M:%S}{off[:3]}:{off[3:]}"


task(31, "date_msjson_date", "date", "ASP.NET JSON date `/Date(1710513000000+0100)/` (epoch ms UTC, optional local "
     "offset) -> ISO 8601 local time with offset, or `Z` when no offset", ["OrderDate"], _msjson,
     ["+0100", "z", "-0500"], ["+0100", "+0200", "z", "-0500", "+0530", "-0300"])

# =============================================================================================
# number (5)
# =============================================================================================


def _kes(rng, v):
    if v == "kes":
        cents = rng.choice([0, rng.randint(1, 99)])
        amt = D(rng.randint(50, 250000)) + D(cents) / 100
        s = f"KES {amt:.2f}"
    else:
        amt = D(rng.randint(5, 25000) * 10)
        g = group_thousands(int(amt), ",")
        s = f"KSh {g}/=" if v == "eq" else f"Kshs. {g}/-"
    return s, f"{amt:.2f}"


task(32, "num_kes_amount", "number", "Kenyan shilling amounts `KSh 1,500/=`, `Kshs. 2,500/-`, `KES 2500.50` -> "
     "plain decimal with 2 places", ["amount"], _kes, ["eq", "dash", "kes"], ["eq", "dash", "kes"])


def _cop(rng, v):
    amt = rng.randint(10, 900000) * 100
    g = group_thousands(amt, ".")
    s = {"sym": f"$ {g}", "cop": f"COP {amt}", "dec": f"${g},00"}[v]
    return s, str(amt)


task(33, "num_cop_amount", "number", "Colombian peso amounts `$ 1.234.567`, `COP 1234567`, `$1.234.567,00` -> "
     "integer pesos", ["valor"], _cop, ["sym", "cop", "dec"], ["sym", "cop", "dec"])


def _ils(rng, v):
    amt = D(rng.randint(1, 60000)) + D(rng.randint(0, 99)) / 100
    if v == "ils":
        amt = D(rng.randint(1, 60000)) + D(rng.randint(1, 9)) / 10
        s = f"ILS {amt.normalize():f}"
    elif v == "pre":
        s = f"₪{group_thousands(int(amt), ',')}.{int(amt * 100) % 100:02d}"
    else:
        s = f"{group_thousands(int(amt), ',')}.{int(amt * 100) % 100:02d} ש\"ח"
    return s, f"{amt:.2f}"


task(34, "num_ils_amount", "number", "Israeli shekel amounts `₪1,234.50`, `1,234.50 ש\"ח`, `ILS 1234.5` -> plain "
     "decimal with 2 places", ["amount"], _ils, ["pre", "post", "ils"], ["pre", "post", "ils"])


def _wei(rng, v):
    if v == "int":
        eth = D(rng.randint(1, 40))
    elif v == "frac":
        eth = D(rng.randint(1, 999999)) / D(10 ** rng.randint(3, 6))
    else:
        eth = D(rng.randint(1, 60)) + D(rng.randint(1, 9999)) / D(10 ** rng.randint(1, 4))
    wei = int(eth * 10 ** 18)
    out = f"{eth.normalize():f}"
    return str(wei), out


task(35, "num_wei_to_eth", "number", "Ether amount in wei (integer string) -> ETH without trailing zeros",
     ["value_wei"], _wei, ["frac", "int", "mixed"], ["frac", "int", "mixed", "mixed"])

ONES = ("Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen "
        "Seventeen Eighteen Nineteen").split()
TENS = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()


def words(n: int) -> str:
    parts = []
    if n >= 1000:
        parts.append(words(n // 1000) + " Thousand")
        n %= 1000
    if n >= 100:
        parts.append(ONES[n // 100] + " Hundred")
        n %= 100
    if n >= 20:
        parts.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n > 0:
        parts.append(ONES[n])
    return " ".join(parts)


def _cheque(rng, v):
    dollars = rng.choice([rng.randint(1, 999), rng.randint(1000, 99999)])
    cents = 0 if v == "no" else rng.randint(1, 99)
    w = words(dollars)
    if v == "title":
        s = f"{w} and {cents:02d}/100"
    elif v == "upper":
        s = f"{w.upper()} AND {cents:02d}/100 DOLLARS"
    else:
        s = f"{w} and No/100"
    return s, f"{dollars}.{cents:02d}"


task(36, "num_cheque_words", "number", "Cheque amount in words `Two Thousand Forty-Five and 07/100` (also upper "
     "case with DOLLARS, or `and No/100`) -> decimal amount", ["amount_words"], _cheque, ["title", "upper", "no"],
     ["title", "upper", "no"])

# =============================================================================================
# unit (5)
# =============================================================================================


def _dims(rng, v):
    a, b, c = (rng.randint(1, 60) for _ in range(3))
    s = {"in": f"{a} x {b} x {c} in", "quote": f'{a}"x{b}"x{c}"', "inches": f"{a} × {b} × {c} inches"}[v]
    return s, " x ".join(dec(D(x) * D("2.54"), 1) for x in (a, b, c))


task(37, "unit_dims_in_to_cm", "unit", "Package dimensions `12 x 8 x 4 in` / `12\"x8\"x4\"` / `12 × 8 × 4 inches` -> "
     "cm with 1 decimal `30.5 x 20.3 x 10.2`", ["dimensions"], _dims, ["in", "quote", "inches"],
     ["in", "quote", "inches"])

BBL = D("0.158987294928")


def _bbl(rng, v):
    while True:
        n = rng.randint(10, 5000)
        out = dec(D(n) * BBL, 1)
        if out == dec(D(n) * D("0.158987"), 1):
            break
    g = group_thousands(n, ",")
    s = {"bbl": f"{g} bbl", "BBL": f"{n} BBL", "barrels": f"{g} barrels"}[v]
    return s, out


task(38, "unit_barrels_to_m3", "unit", "Oil volume in US barrels (`1,250 bbl`, `840 BBL`, `2,500 barrels`) -> m³ "
     "with 1 decimal (1 bbl = 0.158987 m³)", ["volume"], _bbl, ["bbl", "BBL", "barrels"], ["bbl", "BBL", "barrels"])


def _glucose(rng, v):
    if v == "mmol":
        x = D(rng.randint(30, 200)) / 10
        return f"{x:.1f}".replace(".", ",") + " mmol/l", f"{x:.1f}"
    while True:
        mg = rng.randint(54, 350)
        outs = {dec(D(mg) / D(f), 1) for f in ("18", "18.016", "18.0182")} | {dec(D(mg) * D("0.0555"), 1)}
        if len(outs) == 1:
            break
    return (f"{mg} mg/dL" if v == "mgdL" else f"{mg} mg/dl"), outs.pop()


task(39, "unit_glucose_mmol", "unit", "Blood glucose `126 mg/dL` / `98 mg/dl` / `5,6 mmol/l` -> mmol/L with 1 "
     "decimal", ["glucose"], _glucose, ["mgdL", "mmol", "mgdl"], ["mgdL", "mmol", "mgdl"])

US_DEN = [15, 20, 25, 30, 40, 50, 60, 70, 80, 100, 200, 400]
METRIC_DEN = ["4.5", "6", "7.5", "9", "12", "18", "24", "36", "60"]


def _acuity(rng, v):
    if v == "metric":
        d = rng.choice(METRIC_DEN)
        return f"6/{d}", f"6/{d}"
    d = rng.choice(US_DEN) if v == "us" else v
    m = (D(d) * D("0.3")).normalize()
    return f"20/{d}", f"6/{m:f}"


task(40, "unit_visual_acuity_metric", "unit", "Snellen visual acuity in feet `20/40` -> metres `6/12` (`20/25` -> "
     "`6/7.5`); metric values unchanged", ["visus"], _acuity, [40, 25, "metric"], ["us", "us", "metric"])


def _abv(rng, v):
    if v == "proof":
        p = rng.randint(60, 130)
        if p % 2 == 0:
            p += 1
        return f"{p} proof", dec(D(p) / 2, 1)
    if v == "proof_any":
        p = rng.randint(60, 130)
        return f"{p} proof", dec(D(p) / 2, 1)
    x = D(rng.randint(80, 600)) / 10
    if v == "vol":
        return f"{x:.1f}% vol", f"{x:.1f}"
    return f"{x:.1f}".replace(".", ",") + " % ABV", f"{x:.1f}"


task(41, "unit_proof_to_abv", "unit", "Spirit strength `87 proof` (US proof = 2 x ABV), `41.5% vol`, `37,5 % ABV` -> "
     "ABV percent with 1 decimal", ["strength"], _abv, ["proof", "vol", "abv"], ["proof_any", "vol", "abv"])

# =============================================================================================
# enum (4)
# =============================================================================================
LOG_FORMS = {"DEBUG": ["DEBUG", "debug", "D", "dbg", "Debug"],
             "INFO": ["INFO", "info", "I", "Information", "inf"],
             "WARNING": ["WARN", "warning", "W", "Warn", "WARNING"],
             "ERROR": ["ERR", "error", "E", "Error", "ERROR"]}


def _enum(forms):
    def make(rng, v):
        if v != "r":
            return v, next(k for k, fs in forms.items() if v in fs)
        k = rng.choice(sorted(forms))
        return rng.choice(forms[k]), k
    return make


task(42, "enum_log_level", "enum", "Log level spellings from several loggers (`Warn`, `E`, `Information`, `dbg`, ...) "
     "-> `DEBUG` / `INFO` / `WARNING` / `ERROR`", ["level"], _enum(LOG_FORMS), ["Warn", "E", "Information"], ["r"])

RAG_FORMS = {"RED": ["R", "Red", "red", "RED", "🔴"],
             "AMBER": ["A", "Amber", "amber", "AMBER", "Yellow", "yellow", "🟡", "🟠"],
             "GREEN": ["G", "g", "Green", "green", "GREEN", "🟢"]}
task(43, "enum_rag_status", "enum", "Project RAG status as letter, word (`Yellow` = amber) or emoji -> `RED` / "
     "`AMBER` / `GREEN`", ["status"], _enum(RAG_FORMS), ["🔴", "Yellow", "g"], ["r"])

GEAR_FORMS = {"automatic": ["Automatic", "AT", "A/T", "auto", "AUTO", "8-Speed Automatic", "automatic 6-spd"],
              "manual": ["Manual", "MT", "M/T", "6-speed manual", "5-Spd Manual", "MANUAL", "manual"]}
task(44, "enum_transmission", "enum", "Vehicle transmission spellings from listing feeds -> `automatic` / `manual`",
     ["gearbox"], _enum(GEAR_FORMS), ["A/T", "6-speed manual", "AUTO"], ["r"])

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _weekday(rng, v):
    if isinstance(v, tuple):
        i, form = v
    else:
        i, form = rng.randrange(7), rng.choice(["abbr", "lower", "upper", "full"])
    d = DAYS[i]
    s = {"abbr": d[:3], "lower": d.lower(), "upper": d[:3].upper(), "full": d}[form]
    return s, str(i + 1)


task(45, "enum_weekday_iso", "enum", "Weekday name or abbreviation (`Sun`, `tuesday`, `FRI`) -> ISO day number "
     "(Monday = 1, Sunday = 7)", ["day_of_week"], _weekday, [(6, "abbr"), (1, "lower"), (4, "upper")], ["r"])

# =============================================================================================
# text (6)
# =============================================================================================
SR = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z", "И": "I", "Ј": "J",
      "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T",
      "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š"}
SR.update({k.lower(): v.lower() for k, v in list(SR.items())})
SR_FIRST = ["Милош", "Јелена", "Никола", "Марија", "Душан", "Љиљана", "Ђорђе", "Драган", "Ивана", "Жељко",
            "Снежана", "Горан", "Бранка", "Владимир", "Тијана", "Немања", "Катарина", "Филип", "Вукашин", "Зорица"]
SR_LAST = ["Јовановић", "Петровић", "Ђорђевић", "Љубичић", "Ћирић", "Николић", "Станковић", "Џаковић", "Савић",
           "Живковић", "Чолић", "Његован", "Шушњар", "Цветковић", "Филиповић", "Хаџић", "Марковић", "Бошњак"]


def sr_lat(s):
    return "".join(SR.get(c, c) for c in s)


def _sr(rng, v):
    s = v if v != "r" else f"{rng.choice(SR_FIRST)} {rng.choice(SR_LAST)}"
    return s, sr_lat(s)


task(46, "text_sr_cyrillic_to_latin", "text", "Serbian name in Cyrillic -> Serbian Latin script (Ђ -> Đ, Љ -> Lj, "
     "Џ -> Dž, Ћ -> Ć ...)", ["ime_prezime"], _sr, ["Ђорђе Љубичић", "Жељко Џаковић", "Снежана Шушњар"], ["r"])

HE_FIRST = ["דָּוִד", "מֹשֶׁה", "שָׂרָה", "רִבְקָה", "יַעֲקֹב", "רָחֵל", "לֵאָה", "יוֹסֵף", "מִרְיָם", "אֶסְתֵּר",
            "בִּנְיָמִין", "תָּמָר", "נָתָן", "שִׁמְעוֹן", "אֲבִיגַיִל"]
HE_LAST = ["כֹּהֵן", "לֵוִי", "מִזְרָחִי", "פֶּרֶץ", "בִּיטוֹן", "אַזוּלַאי", "פְרִידְמַן", "שָׁפִירָא", "דָּהָן",
           "חַדָּד", "בֶּן־דָּוִד", "בֶּן־חַיִּים", "אוֹחַיוֹן"]


def strip_niqqud(s):
    return "".join(c for c in s if not (0x0591 <= ord(c) <= 0x05C7 and unicodedata.category(c) == "Mn"))


def _he(rng, v):
    s = v if v != "r" else f"{rng.choice(HE_FIRST)} {rng.choice(HE_LAST)}"
    return s, strip_niqqud(s)


task(47, "text_he_strip_niqqud", "text", "Hebrew name written with vowel points (niqqud) -> plain consonantal "
     "spelling (maqaf kept)", ["shem"], _he, ["מֹשֶׁה בֶּן־דָּוִד", "רִבְקָה שָׁפִירָא", "יוֹסֵף כֹּהֵן"], ["r"])

CA_TEMPLATES = ["Col·legi {saint}", "Escola d'Il·lustració de {town}", "Institut d'Intel·ligència Aplicada {town}",
                "Cel·lers {surname}", "Novel·les {surname} SL", "Av. del Paral·lel, {n}", "Col·lecció {surname}",
                "Instal·lacions {surname} i Fills", "Il·luminació {town}", "Col·lecció d'Il·lustració {town}",
                "Instal·lacions Paral·lel {n}"]
CA_SAINT = ["Sant Jordi", "Montserrat", "Santa Anna", "Sant Josep", "La Salle", "Pureza de Maria"]
CA_TOWN = ["Girona", "Lleida", "Reus", "Manresa", "Vic", "Olot", "Figueres", "Igualada", "Tarragona", "Sabadell"]
CA_SUR = ["Puig", "Vilaró", "Casals", "Ferrer", "Soler", "Roca", "Pujol", "Batlle", "Serrat", "Bosch"]


def _ca(rng, v):
    t = v[0] if v != "r" else rng.choice(CA_TEMPLATES)
    kind = v[1] if v != "r" else rng.choice([".", "•", "ŀ", "upper", "mixed"])
    seq = list(kind) if isinstance(kind, tuple) else None
    good = t.format(saint=rng.choice(CA_SAINT), town=rng.choice(CA_TOWN), surname=rng.choice(CA_SUR),
                    n=rng.randint(1, 180))
    parts = good.split("l·l")
    out_parts = [parts[0]]
    for p in parts[1:]:
        if seq:
            k = seq.pop(0)
        else:
            k = kind if kind not in ("mixed", "upper") else (rng.choice([".", "•", "ŀ"]) if kind == "mixed" else ".")
        out_parts.append({".": "l.l", "•": "l•l", "ŀ": "ŀl"}[k])
        out_parts.append(p)
    bad = "".join(out_parts)
    if kind == "upper":
        return bad.upper(), good.upper()
    return bad, good


task(48, "text_ca_punt_volat", "text", "Catalan `l·l` typed as `l.l`, `l•l` or `ŀl` (also in upper case) -> "
     "`l·l` with the middle dot", ["nom_entitat"], _ca,
     [(CA_TEMPLATES[0], "."), (CA_TEMPLATES[9], ("•", "ŀ")), (CA_TEMPLATES[2], "upper")], ["r"])

MD_TEMPLATES = ["Run {x} before the nightly export.", "See {x} for the rollback steps.",
                "Set {x} to {y} in the loader config.", "Use {x} instead of {y}.", "{x} replaces {y} from Q3 on.",
                "Contact {x} if the import fails twice.", "The {x} column is {y} for archived rows."]
MD_FILL = {"bold": ["customer_no", "Finance Ops", "all rows", "the old export", "region_code"],
           "italic": ["staging", "legacy", "optional", "read-only", "manual"],
           "code": ["dry_run", "batch_size", "NULL", "load_ts", "--full-refresh"],
           "link": ["migration guide", "runbook", "Data Desk", "change log", "ticket DE-1182"]}
MD_SLUG = {"migration guide": "migration-guide", "runbook": "runbook", "Data Desk": "teams/data-desk",
           "change log": "changelog", "ticket DE-1182": "browse/DE-1182"}


def md_token(style, w):
    if style == "bold":
        return f"**{w}**"
    if style == "italic":
        return f"*{w}*"
    if style == "code":
        return f"`{w}`"
    return f"[{w}](https://wiki.halden-data.example/{MD_SLUG[w]})"


def _md(rng, v):
    if v == "r":
        t = rng.choice(MD_TEMPLATES)
        sx, sy = rng.choice(sorted(MD_FILL)), rng.choice(sorted(MD_FILL))
    else:
        t, sx, sy = v
    x, y = rng.choice(MD_FILL[sx]), rng.choice(MD_FILL[sy])
    s = t.format(x=md_token(sx, x), y=md_token(sy, y))
    out = t.format(x=x, y=y)
    return s, out


task(49, "text_markdown_to_plain", "text", "Markdown in a description field (`**bold**`, `*italic*`, `` `code` ``, "
     "`[text](url)`) -> plain text", ["description_md"], _md,
     [(MD_TEMPLATES[2], "bold", "link"), (MD_TEMPLATES[3], "code", "italic"), (MD_TEMPLATES[1], "link", "bold")],
     ["r"])

OKINA = "\u02bb"
HAW_STREETS = ["Kaʻahumanu St", "Nuʻuanu Ave", "Kapiʻolani Blvd", "Waiʻalae Ave", "Keʻeaumoku St", "Piʻikoi St",
               "Kāneʻohe Bay Dr", "Kuhiʻo Hwy", "Haleʻakala Hwy", "Kalanianaʻole Hwy", "Mōʻiliʻili Rd", "Pāʻia Rd"]


def _okina(rng, v):
    st = rng.choice(HAW_STREETS)
    num = str(rng.randint(10, 3999)) if rng.random() < 0.5 else f"{rng.randint(41, 99)}-{rng.randint(100, 999)}"
    good = f"{num} {st}"
    return good.replace(OKINA, v), good


task(50, "text_haw_okina", "text", "Hawaiian street address with the ʻokina typed as `'`, `’` or `‘` -> the "
     "ʻokina letter U+02BB", ["street_address"], _okina, ["'", "’", "‘"], ["'", "’", "‘"])

FILE_BASES = ["Q3 Forecast v2", "Angebot_Kovac", "invoice-2024-0117", "Team Offsite Agenda", "Lieferantenliste",
              "scan0042", "IMG_2231", "budget FY25 draft", "Zapis z porady", "Prezentace klient", "site survey Nakuru"]
FILE_EXT = ["xlsx", "docx", "pdf", "pptx", "csv", "jpg"]


def _copy(rng, v):
    b, e = rng.choice(FILE_BASES), rng.choice(FILE_EXT)
    if v == "win":
        s = f"{b} - Copy ({rng.randint(2, 5)}).{e}"
    elif v == "dl":
        s = f"{b} ({rng.randint(1, 4)}).{e}"
    else:
        s = f"{b} copy {rng.randint(2, 5)}.{e}"
    return s, f"{b}.{e}"


task(51, "text_file_copy_suffix", "text", "File name with a duplicate marker (`- Copy (2)`, `(1)`, ` copy 2`) -> "
     "original file name", ["file_name"], _copy, ["win", "dl", "mac"], ["win", "dl", "mac"])

# =============================================================================================
# parts (6)
# =============================================================================================
JP_KEYS = [["customer", "address", "city"], ["order", "total_amount"], ["billing", "postal_code"],
           ["payment", "method"], ["meta", "created_at"], ["customer", "email"], ["shipment", "carrier", "scac"]]
JP_ARR = [["items", 0, "sku"], ["lines", 2, "qty"], ["items", 1, "unit_price"], ["contacts", 0, "phone"],
          ["order", "lines", 3, "sku"]]


def _jsonpath(rng, v):
    notation, arr = v
    keys = rng.choice(JP_ARR if arr else JP_KEYS)
    if notation == "dot":
        s = "$" + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys)
    else:
        s = "$" + "".join(f"[{k}]" if isinstance(k, int) else f"['{k}']" for k in keys)
    return s, "_".join(str(k) for k in keys)


task(52, "parts_jsonpath_to_column", "parts", "JSONPath in dot or bracket notation (`$.items[0].sku`, "
     "`$['order']['total_amount']`) -> flat column name joined with `_`", ["json_path"], _jsonpath,
     [("dot", False), ("bracket", False), ("dot", True)],
     [("dot", False), ("bracket", False), ("dot", True), ("bracket", True)])

TF_TYPES = ["aws_instance", "aws_s3_bucket", "aws_subnet", "aws_iam_role", "google_compute_instance",
            "google_storage_bucket", "azurerm_resource_group", "kubernetes_namespace", "aws_ami", "aws_vpc"]
TF_MODS = ["vpc", "network", "app", "db", "eks", "logging"]
TF_NAMES = ["web", "private", "logs", "main", "this", "ubuntu", "primary", "backup"]


def _tf(rng, v):
    mods, data, idx = v
    parts = []
    for m in rng.sample(TF_MODS, mods):
        parts.append(f"module.{m}")
    t = rng.choice(TF_TYPES)
    if data:
        parts.append("data")
    parts.append(f"{t}.{rng.choice(TF_NAMES)}")
    s = ".".join(parts)
    if idx == "num":
        s += f"[{rng.randint(0, 3)}]"
    elif idx == "str":
        s += f'["{rng.choice(["eu-west-1", "prod", "blue", "a"])}"]'
    return s, t


task(53, "parts_terraform_resource_type", "parts", "Terraform resource address (`module.vpc.aws_subnet.private[0]`, "
     "`data.aws_ami.ubuntu`, nested modules, string keys) -> resource type", ["address"], _tf,
     [(1, False, "num"), (0, True, ""), (2, False, "str")],
     [(m, d, i) for m in (0, 1, 2) for d in (False, True) for i in ("", "num", "str")])

CHARSETS = ["UTF-8", "utf-8", "ISO-8859-1", "ISO-8859-15", "windows-1252", "Shift_JIS", "windows-1250", "KOI8-R"]
MIMES = ["text/html", "text/plain", "text/csv", "application/xml", "text/xml", "application/json"]


def _ctype(rng, v):
    mime, cs = rng.choice(MIMES), rng.choice(CHARSETS)
    if v == "none":
        return mime, ""
    if v == "q":
        s = f'{mime};charset="{cs}"'
    elif v == "multi":
        s = f"text/csv; header=present; charset={cs}"
    else:
        s = f"{mime}; charset={cs}"
    return s, cs.lower()


task(54, "parts_content_type_charset", "parts", "HTTP Content-Type value -> charset in lower case (quoted or not, "
     "after other parameters); empty when no charset", ["content_type"], _ctype, ["q", "none", "multi"],
     ["q", "none", "multi", "simple"])


def _ecli_value(rng, c, c_ctx=""):
    y = rng.randint(2005, 2024)
    if c == "NL":
        court = rng.choice(["RBAMS", "GHDHA", "RVS", "CRVB", "RBROT"]) if c_ctx != "hr" else "HR"
        return f"ECLI:NL:{court}:{y}:{rng.randint(100, 9999)}", court
    if c == "DE":
        court = rng.choice(["BGH", "BAG"])
        d = rdate(rng, y, y)
        if court == "BGH":
            return f"ECLI:DE:BGH:{y}:{d:%d%m%y}U{rng.choice(['VIII', 'II', 'IX', 'V'])}ZR" \
                   f"{rng.randint(10, 400)}.{y % 100 - 1:02d}.0", court
        return f"ECLI:DE:BAG:{y}:{d:%d%m%y}.U.{rng.randint(1, 10)}AZR{rng.randint(10, 999)}.{y % 100 - 1:02d}.0", court
    if c == "EU":
        court = rng.choice(["C", "T"])
        return f"ECLI:EU:{court}:{y}:{rng.randint(10, 999)}", court
    if c == "FR":
        court = rng.choice(["CCASS", "CETAT"])
        return f"ECLI:FR:{court}:{y}:{'C' if court == 'CCASS' else ''}{rdigits(rng, 6, '1234')}", court
    court = rng.choice(["CASS", "GHCC"])
    d = rdate(rng, y, y)
    return f"ECLI:BE:{court}:{y}:ARR.{d:%Y%m%d}.{rng.randint(1, 9)}", court


ECLI_CTX = ["Vgl. {e}.", "{e} (Rn. 23)", "zie {e}", "cf. {e}", "{e}", "see {e}, para. 41"]


def _ecli(rng, v):
    c, ctx = v
    e, court = _ecli_value(rng, c, "hr" if ctx.startswith("Hoge Raad") or rng.random() < 0.4 else "")
    ctx = rng.choice(ECLI_CTX) if ctx == "r" else ctx
    return ctx.format(e=e), court


task(55, "parts_ecli_court", "parts", "European Case Law Identifier inside a citation -> court code (third "
     "ECLI field)", ["citation"], _ecli, [("NL", "Hoge Raad, {e}"), ("DE", "Vgl. {e}."), ("EU", "{e}")],
     [(c, "r") for c in ("NL", "DE", "EU", "FR", "BE")])


def _sid(rng, v):
    dom = f"S-1-5-21-{rng.randint(10 ** 9, 4 * 10 ** 9)}-{rng.randint(10 ** 9, 4 * 10 ** 9)}-" \
          f"{rng.randint(10 ** 7, 4 * 10 ** 9)}"
    user = rng.choice(["jmwangi", "a.novak", "svc_backup", "Administrator", "hcohen", "lpuig", "otieno.k"])
    rid = "500" if user == "Administrator" else str(rng.randint(1100, 30000))
    sid = f"{dom}-{rid}"
    s = {"bare": sid, "paren": f"HALDEN\\{user} ({sid})", "label": f"Security ID:\t{sid}"}[v]
    return s, rid


task(56, "parts_windows_sid_rid", "parts", "Windows account SID (bare, after `DOMAIN\\user`, or in an event-log "
     "`Security ID:` line) -> relative identifier (last part)", ["sid"], _sid, ["bare", "paren", "label"],
     ["bare", "paren", "label"])


def _sha(rng, v):
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    s = {"log": f"commit {sha}", "url": f"https://git.halden-data.example/{rng.choice(['etl', 'platform', 'dwh'])}/"
         f"{rng.choice(['loader', 'models', 'infra'])}/commit/{sha}", "bare": sha,
         "deco": f"commit {sha} (HEAD -> {rng.choice(['main', 'develop', 'release/2.4'])})"}[v]
    return s, sha[:7]


task(57, "parts_git_short_sha", "parts", "Git commit hash from a `git log` line, a web commit URL or bare -> "
     "7-character short hash", ["commit"], _sha, ["log", "url", "deco"], ["log", "url", "deco", "bare"])

# =============================================================================================
# compose / geo (3)
# =============================================================================================


def _hm(rng, v):
    h = rng.randint(0, 12)
    m = v if isinstance(v, int) else rng.randint(0, 59)
    return (str(h), str(m)), dec(D(h) + D(m) / D(60), 2)


task(58, "compose_hours_minutes_decimal", "compose", "Hours column + minutes column -> decimal hours with 2 "
     "places", ["hours", "minutes"], _hm, [45, 10, 20], ["r"])


def _dms(rng, v):
    axis, sign = v
    lim = 70 if axis == "lat" else 179
    while True:
        x = D(rng.randint(0, lim * 10 ** 5)) / D(10 ** 5)
        deg = int(x)
        rem = (x - deg) * 60
        mins = int(rem)
        sec = q((rem - mins) * 60, 1)
        if mins >= 10 and D(10) <= sec < D(60) and deg >= 1:
            break
    val = -x if sign < 0 else x
    hemi = ("N" if sign > 0 else "S") if axis == "lat" else ("E" if sign > 0 else "W")
    return (f"{val:.5f}", axis), f"{deg}°{mins}'{sec}\"{hemi}"


task(59, "geo_decimal_to_dms", "geo", "Decimal degrees + axis (`lat`/`lon`) -> DMS `48°51'30.1\"N` with the "
     "hemisphere letter, seconds to 1 decimal", ["value", "axis"], _dms, [("lat", 1), ("lon", -1), ("lat", -1)],
     [(a, s) for a in ("lat", "lon") for s in (1, -1)])


def _czk(rng, v):
    while True:
        amt = D(rng.randint(5000, 25000000)) / 100 if v != "small" else D(rng.randint(1000, 99999)) / 100
        rate = D(rng.randint(24000, 26500)) / 1000
        exact = amt / rate
        r = q(exact, 2)
        if abs((exact * 100) % 1 - D("0.5")) > D("1e-9"):
            break
    whole, frac = divmod(int(amt * 100), 100)
    s = f"{group_thousands(whole, ' ')},{frac:02d} Kč"
    return (s, f"{rate:.3f}".replace(".", ",")), f"{r:.2f}"


task(60, "compose_czk_to_eur", "compose", "Czech koruna amount `12 345,50 Kč` + CZK-per-EUR rate `25,310` -> EUR "
     "amount with 2 decimals", ["castka", "kurz_eur"], _czk, ["big", "small", "big"], ["big", "small"])

# =============================================================================================
assert len(TASKS) == 60
for t in TASKS:
    assert len(t.train) == 3 and 5 <= len(t.test) <= 7, t.id
    for p in t.train + t.test:
        assert all(isinstance(x, str) for x in p["in"]) and isinstance(p["out"], str)
write("dev_b9", TASKS)
print(len(TASKS), "tasks,", sum(len(t.test) for t in TASKS), "held rows,",
      sum(len(t.train) for t in TASKS), "train rows")
