# ruff: noqa
"""Tenth blind transformation-by-example set (60 tasks, written blind; split `dev_b10`, formerly `blind`).
(a blind-written generator, kept as its author wrote it; its output path is synth_common.OUT, which is the repo's folder in tools/golden/)

Reshaping tasks met when moving tables between systems, chosen outside the families of the earlier sets:
Irish / Saudi / Indonesian / US vanity phone numbers; Ukrainian passport transliteration, hiragana furigana ->
katakana, Japanese honorifics, vCard N -> display name; identifiers of many countries and industries (ABN, NHS
number, Medicare MBI, Companies House number, Handelsregister, ISWC, air waybill, Canadian EFT routing, US MICR
routing, SIRET -> SIREN, aircraft registration, CELEX, tyre sizes, futures symbols, Steuer-ID); Greek and Hungarian
dates, iCalendar DTSTART, seconds after midnight, opening hours -> weekly hours, working days between two dates;
pre-decimal pounds, pre-euro currencies, betting odds, percentage change, discounted line totals, act/360 interest,
Chinese financial numerals, credit ratings, FX quote inversion; torque, HbA1c, flow rate, weight-based dose; MIME
encoded words, RTF hex escapes, pinyin tone numbers; IPv6 compression, netmask -> prefix, registry hives, Azure
resource groups; bounding-box centres, playlist totals, German statute citations, salutation -> gender, French CEDEX
lines, Japanese chome addresses, Polish flat numbers, abbreviated page ranges, US grade points, billable tenths and
football results.

Each task: 3 training rows showing every input layout the held rows use, 5-7 held rows; one
random.Random(10000 + n) per task (n = 1..60); every output computed from a canonical value by the reference
code next to the rows. Standard library + synth_common / golden_common only.
"""

import datetime as dt
import random
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import synth_common
from golden_common import luhn_digit
from synth_common import Task, write

OUT = synth_common.OUT  # the only output location: OUT / "dev_b10" / "tasks.jsonl" (formerly "blind")
synth_common.OUT = OUT

TASKS: list[Task] = []
_N = [0]


def vt(id_, cat, desc, inputs, canon, render, ref, train, held_v=None, ok=None):
    """train: list of 3 (variant, canonical-or-None). Held rows draw a variant from the training variants
    (or held_v) and a fresh canonical value; inputs must be unique."""
    _N[0] += 1
    n = _N[0]
    rng = random.Random(10000 + n)
    k = 5 + n % 3
    rows, seen = [], set()

    def make(v, c):
        ins = render(c, v)
        ins = ins if isinstance(ins, tuple) else (ins,)
        return ins, ref(c, v)

    for v, c in train:
        if c is not None and ok is not None:
            assert ok(c, v), (id_, c)
        if c is None:
            while True:
                c = canon(rng, v)
                if ok is None or ok(c, v):
                    break
        ins, out = make(v, c)
        assert ins not in seen
        seen.add(ins)
        rows.append((ins, out))
    pool = held_v if held_v is not None else [v for v, _ in train]
    tries = 0
    while len(rows) < 3 + k:
        tries += 1
        assert tries < 5000, id_
        v = rng.choice(pool)
        c = canon(rng, v)
        if ok is not None and not ok(c, v):
            continue
        ins, out = make(v, c)
        if ins in seen:
            continue
        seen.add(ins)
        rows.append((ins, out))
    for ins, out in rows:
        assert all(isinstance(x, str) for x in ins) and isinstance(out, str), id_
    TASKS.append(Task(id_, cat, desc, inputs, rows))


def D(x) -> Decimal:
    return Decimal(str(x))


def q(x, places: int) -> str:
    d = Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{d:.{places}f}"


def no_tie(fr: Fraction, places: int, margin=Fraction(0)) -> bool:
    """True if fr is not (within margin) a half-way case at the given number of decimals."""
    x = fr * 10 ** places
    frac = x - (x.numerator // x.denominator)
    return abs(frac - Fraction(1, 2)) > margin


def fmt_num(x: Decimal, places: int, th: str, dp: str) -> str:
    s = f"{x:,.{places}f}"
    return s.replace(",", "\x00").replace(".", dp).replace("\x00", th)


def pick(rng, pool):
    return rng.choice(pool)


# =============================================================================================
# phone (4)
# =============================================================================================
# 1 Irish mobiles -> international display
vt("phone_ie_mobile_intl", "phone",
   "Irish mobile number in national, +353 (0) or 00353 layout -> international display `+353 87 123 4567`",
   ["mobile"],
   lambda r, v: (pick(r, ["83", "85", "86", "87", "89"]), f"{r.randrange(10**7):07d}"),
   lambda c, v: [f"0{c[0]} {c[1][:3]} {c[1][3:]}", f"+353 (0){c[0]} {c[1][:3]} {c[1][3:]}", f"00353{c[0]}{c[1]}"][v],
   lambda c, v: f"+353 {c[0]} {c[1][:3]} {c[1][3:]}",
   [(0, ("87", "4129630")), (1, ("85", "7703318")), (2, ("83", "0612294"))])

# 2 Saudi mobiles -> E.164
vt("phone_sa_mobile_e164", "phone",
   "Saudi mobile in national `05x`, `+966 5x` or `00966-5x` layout -> E.164 `+9665xxxxxxxx`",
   ["jawal"],
   lambda r, v: (pick(r, ["50", "53", "54", "55", "56", "58", "59"]), f"{r.randrange(10**7):07d}"),
   lambda c, v: [f"0{c[0]}{c[1]}", f"+966 {c[0]} {c[1][:3]} {c[1][3:]}", f"00966-{c[0]}-{c[1][:3]}-{c[1][3:]}"][v],
   lambda c, v: f"+966{c[0]}{c[1]}",
   [(0, ("55", "3184207")), (1, ("50", "9921463")), (2, ("54", "0278815"))])


# 3 Indonesian mobiles -> WhatsApp API format (no plus)
def _id_canon(r, v):
    return pick(r, ["11", "12", "13", "21", "22", "52", "53", "57", "77", "78", "81", "95", "96", "99"]), \
        "".join(str(r.randrange(10)) for _ in range(r.choice([7, 8])))


def _id_render(c, v):
    p, s = c
    nat = "08" + p + s
    if v == 0:
        return f"{nat[:4]}-{nat[4:8]}-{nat[8:]}"
    if v == 1:
        return f"+62 8{p} {s[:4]} {s[4:]}"
    return "628" + p + s


vt("phone_id_whatsapp", "phone",
   "Indonesian mobile `0812-3456-7890`, `+62 812 3456 7890` or `62812...` -> WhatsApp id digits `62812...`",
   ["no_hp"], _id_canon, _id_render, lambda c, v: "628" + c[0] + c[1],
   [(0, ("12", "34567890")), (1, ("57", "2210934")), (2, ("81", "90051276"))])

# 4 US vanity numbers
KEYPAD = {c: str(d) for d, letters in {2: "ABC", 3: "DEF", 4: "GHI", 5: "JKL", 6: "MNO", 7: "PQRS", 8: "TUV",
                                        9: "WXYZ"}.items() for c in letters}
VANITY = ["PLUMBER", "LAWYERS", "DENTIST", "GETCASH", "CARWASH", "FLOWERS", "ROOFING", "TAXICAB", "PARKING",
          "CALLNOW", "BOOKNOW", "MYHOMES", "NEWROOF", "GETWELL", "HOTTUBS", "TOWTRUK"]
vt("phone_us_vanity_digits", "phone",
   "US toll-free vanity number with letters -> digits on the phone keypad, `+1-800-758-6237` *(keypad convention)*",
   ["toll_free"],
   lambda r, v: (pick(r, ["800", "888", "877", "866", "855"]), pick(r, VANITY)),
   lambda c, v: [f"1-{c[0]}-{c[1]}", f"({c[0]}) {c[1][:3]}-{c[1][3:]}", f"{c[0]}-{c[1]}"][v],
   lambda c, v: (lambda d: f"+1-{c[0]}-{d[:3]}-{d[3:]}")("".join(KEYPAD[x] for x in c[1])),
   [(0, ("800", "PLUMBER")), (1, ("888", "GETCASH")), (2, ("877", "DENTIST"))])

# =============================================================================================
# name (4)
# =============================================================================================
UA = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
      "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
      "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
      "ь": "", "ю": "iu", "я": "ia", "'": "", "’": ""}
UA_INIT = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ua_word(w: str) -> str:
    w = w.lower()
    out = []
    for i, ch in enumerate(w):
        if ch == "г" and i > 0 and w[i - 1] == "з":
            out.append("gh")
        elif i == 0 and ch in UA_INIT:
            out.append(UA_INIT[ch])
        else:
            out.append(UA[ch])
    s = "".join(out)
    return s[:1].upper() + s[1:]


def ua_name(s: str) -> str:
    return " ".join(ua_word(w) for w in s.split())


assert ua_name("Олександр Шевченко") == "Oleksandr Shevchenko"
assert ua_name("Сергій Олійник") == "Serhii Oliinyk"
assert ua_name("Юлія Ковальчук") == "Yuliia Kovalchuk"
assert ua_name("Костянтин Захарченко") == "Kostiantyn Zakharchenko"
UA_POOL = ["Олександр Шевченко", "Андрій Мельник", "Наталія Бондаренко", "Дмитро Ткаченко", "Ірина Кравченко",
           "Сергій Олійник", "Костянтин Захарченко", "Ярослава Кузьменко", "Тетяна Марченко", "Богдан Савченко",
           "Оксана Руденко", "Віталій Лисенко", "Людмила Гончаренко", "Максим Павленко", "Микола Гнатюк",
           "Юрій Шевчук", "Ганна Бойко"]
vt("name_ua_passport_latin", "name",
   "Ukrainian name in Cyrillic -> Latin as in passports (KMU 2010: г -> h, и -> y, ий -> ii, я/ю/є initial Ya/Yu/Ye, "
   "inside ia/iu/ie, ь dropped) *(transliteration table)*",
   ["pib"],
   lambda r, v: pick(r, UA_POOL), lambda c, v: c, lambda c, v: ua_name(c),
   [(0, "Юлія Ковальчук"), (0, "Григорій Яковенко"), (0, "Євген Поліщук")])


def kata(s: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in s)


HIRA = ["やまだ たろう", "さとう はなこ", "たなか ゆうき", "いとう さくら", "こばやし みき", "かとう けんじ",
        "きむら りょう", "よしだ なつみ", "やまもと だいすけ", "まつもと じゅん", "いのうえ しょうこ", "はやし ちひろ",
        "しみず げんき", "もり きょうこ", "あべ ひろし", "いしかわ えりか"]
vt("name_furigana_katakana", "name",
   "furigana reading typed in hiragana -> full-width katakana as the target's フリガナ column requires",
   ["furigana"],
   lambda r, v: pick(r, HIRA), lambda c, v: c, lambda c, v: kata(c),
   [(0, "わたなべ しょうた"), (0, "はっとり まさと"), (0, "すずき いちろう")])

JP_PERSONS = ["山田太郎", "鈴木花子", "高橋健一", "伊藤美咲", "渡辺翔太", "中村由美", "小林 誠", "加藤 恵子",
              "吉田 大輔", "松本 彩"]
JP_COMPANIES = ["株式会社みらい商事", "有限会社タカハシ工務店", "東和電機株式会社", "合同会社ノース", "株式会社青葉システム",
                "医療法人さくら会"]


def _jp_canon(r, v):
    if r.random() < 0.35:
        return pick(r, JP_COMPANIES), "御中"
    return pick(r, JP_PERSONS), pick(r, ["様", "様", "殿"])


vt("name_ja_strip_honorific", "name",
   "Japanese addressee with honorific `様` / `殿` (persons) or `御中` (companies), with or without a space -> name only",
   ["atena"], _jp_canon,
   lambda c, v: c[0] + (" " if v else "") + c[1], lambda c, v: c[0],
   [(0, ("山田太郎", "様")), (1, ("株式会社みらい商事", "御中")), (1, ("佐藤 一郎", "殿"))])

VC_FAM = ["Okafor", "Müller", "Dupont", "Lindqvist", "García Márquez", "O'Brien", "Nakamura", "Kowalczyk",
          "van Dijk", "Haddad", "Fischer", "Rossi", "Andersen", "Moreau"]
VC_GIV = ["Chinedu", "Anna", "Marie", "Sven", "Lucía", "Siobhan", "Kenji", "Agnieszka", "Pieter", "Rania", "Jonas",
          "Giulia", "Mette", "Hugo"]


def _vc_canon(r, v):
    prefix = pick(r, ["", "", "Dr.", "Prof.", "Mme", "Mr."])
    suffix = "" if prefix == "Mme" else pick(r, ["", "", "", "Jr.", "PhD", "III"])
    return (pick(r, VC_FAM), pick(r, VC_GIV), pick(r, ["", "", "Maria", "J.", "Emeka", "Louise"]), prefix, suffix)


def _vc_render(c, v):
    body = ";".join(c)
    return ("N:" if v == 0 else "N;CHARSET=UTF-8:") + body


vt("name_vcard_n_display", "name",
   "vCard structured name `N:Family;Given;Additional;Prefix;Suffix` (empty parts, optional parameters) -> "
   "`Prefix Given Additional Family Suffix`",
   ["vcard_n"], _vc_canon, _vc_render,
   lambda c, v: " ".join(x for x in (c[3], c[1], c[2], c[0], c[4]) if x),
   [(0, ("Okafor", "Chinedu", "Emeka", "Dr.", "Jr.")), (0, ("Müller", "Anna", "", "", "")),
    (1, ("Dupont", "Marie", "", "Mme", ""))])


# =============================================================================================
# code: company / tax / personal identifiers (5)
# =============================================================================================
def abn_valid(s: str) -> bool:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    d = [int(ch) for ch in s]
    d[0] -= 1
    return sum(a * b for a, b in zip(w, d)) % 89 == 0


assert abn_valid("51824753556")


def _abn(r, v):
    while True:
        rest = f"{r.randrange(10**9):09d}"
        c = [f"{p}{rest}" for p in range(10, 100) if abn_valid(f"{p}{rest}")]
        if c:
            return r.choice(c)


vt("code_au_abn_print", "code",
   "Australian Business Number compact, with `ABN:` or dashed -> print format `51 824 753 556` (valid mod-89 check)",
   ["abn"], _abn,
   lambda c, v: [c, f"ABN: {c}", f"{c[:2]}-{c[2:5]}-{c[5:8]}-{c[8:]}"][v],
   lambda c, v: f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:]}",
   [(0, "51824753556"), (1, None), (2, None)])

UK_ALNUM = "0123456789"


def _ukcn(r, v):
    kind = r.choice(["", "", "SC", "OC"])
    if kind == "":
        return "", str(r.randint(10**3, 10**7 - 1))
    return kind, str(r.randint(10**3, 10**6 - 1))


def _ukcn_render(c, v):
    k, num = c
    if not k:
        return num
    return [f"{k}{num}", f"{k} {num}", f"{k.lower()}{num}"][v]


vt("code_uk_company_number", "code",
   "UK Companies House number with lost leading zeros, optional `SC`/`OC` prefix, spaced or lower case -> 8 "
   "characters (`00123456`, `SC012345`)",
   ["company_no"], _ukcn, _ukcn_render,
   lambda c, v: c[1].zfill(8) if not c[0] else c[0] + c[1].zfill(6),
   [(0, ("", "1234567")), (1, ("SC", "98765")), (2, ("OC", "301234"))])

HR_COURTS = ["München", "Köln", "Hamburg", "Düsseldorf", "Frankfurt am Main", "Stuttgart", "Hannover", "Mannheim",
             "Nürnberg", "Essen", "Bremen", "Leipzig"]


def _hr_canon(r, v):
    return r.choice(["HRB", "HRB", "HRA"]), str(r.randint(100, 299999)), pick(r, HR_COURTS)


def _hr_render(c, v):
    t, num, court = c
    if v == 0:
        return f"Amtsgericht {court}, {t} {num}"
    if v == 1:
        return f"{t} {num} (AG {court})"
    return f"Handelsregister: {t[:2]} {t[2]} {num}, Amtsgericht {court}"


vt("code_de_handelsregister", "code",
   "German commercial register entry from an imprint text (court before or after, `HR B` spaced) -> `HRB 86786`",
   ["registereintrag"], _hr_canon, _hr_render, lambda c, v: f"{c[0]} {c[1]}",
   [(0, ("HRB", "86786", "München")), (1, ("HRA", "4711", "Köln")), (2, ("HRB", "12345", "Hamburg"))])


def _siret(r, v):
    siren8 = str(r.randint(1, 9)) + f"{r.randrange(10**7):07d}"
    siren = siren8 + luhn_digit(siren8)
    nic4 = f"{r.randint(1, 399):04d}"
    return siren + nic4 + luhn_digit(siren + nic4)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


vt("code_fr_siret_to_siren", "code",
   "French SIRET (grouped, compact or after `SIRET :`) -> the SIREN, first 9 digits grouped `732 829 320`",
   ["siret"], _siret,
   lambda c, v: [f"{c[:3]} {c[3:6]} {c[6:9]} {c[9:]}", c, f"SIRET : {c}"][v],
   lambda c, v: f"{c[:3]} {c[3:6]} {c[6:9]}",
   [(0, "73282932000074"), (1, None), (2, None)])
assert luhn_ok("73282932000074") and luhn_ok("732829320")


def steuer_id(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
        counts = sorted((d.count(x) for x in set(d)), reverse=True)
        if counts[0] == 2 and counts[1] == 1:
            break
    product = 10
    for v in d:
        total = (v + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return "".join(map(str, d)) + str(check)


vt("code_de_steuer_id_print", "code",
   "German tax identification number (compact, after `Steuer-ID:` or `IdNr.`) -> print grouping `12 345 678 901`",
   ["steuer_id"], lambda r, v: steuer_id(r),
   lambda c, v: [c, f"Steuer-ID: {c}", f"IdNr. {c[:2]} {c[2:5]} {c[5:8]} {c[8:]}"][v],
   lambda c, v: f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:]}",
   [(0, None), (1, None), (2, None)])


# =============================================================================================
# health (4)
# =============================================================================================
def _nhs(r, v):
    while True:
        b = [r.randint(4, 7)] + [r.randint(0, 9) for _ in range(8)]
        s = sum(d * (10 - i) for i, d in enumerate(b))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, b)) + str(c)


vt("health_nhs_number_print", "health",
   "NHS number compact, dashed or after `NHS No.` -> `943 476 5919` (3-3-4, valid mod-11 check)",
   ["nhs_no"], _nhs,
   lambda c, v: [c, f"{c[:3]}-{c[3:6]}-{c[6:]}", f"NHS No. {c}"][v],
   lambda c, v: f"{c[:3]} {c[3:6]} {c[6:]}",
   [(0, None), (1, None), (2, None)])

MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = "0123456789" + MBI_A


def _mbi(r, v):
    spec = ["1-9", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = []
    for t in spec:
        out.append(r.choice({"1-9": "123456789", "A": MBI_A, "AN": MBI_AN, "N": "0123456789"}[t]))
    return "".join(out)


vt("health_us_mbi_print", "health",
   "US Medicare Beneficiary Identifier lower/upper/spaced -> `1EG4-TE5-MK73` (upper case, dashes after 4 and 7)",
   ["mbi"], _mbi,
   lambda c, v: [c.lower(), c, f"{c[:4]} {c[4:7]} {c[7:]}"][v],
   lambda c, v: f"{c[:4]}-{c[4:7]}-{c[7:]}",
   [(0, None), (1, None), (2, None)])


def hba1c(p: Decimal) -> Fraction:
    return (Fraction(p) - Fraction(43, 20)) * Fraction(10929, 1000)


def _hb_canon(r, v):
    if v == 2:
        return D(r.randint(31, 97))
    return D(r.randint(50, 115)) / 10


def _hb_ok(c, v):
    if v == 2:
        return True
    a, b = hba1c(c), (Fraction(c) - Fraction(43, 20)) * Fraction(1093, 100)
    return no_tie(a, 0, Fraction(1, 10)) and round(a) == round(b)


def _hb_render(c, v):
    if v == 0:
        return f"{c:.1f} %"
    if v == 1:
        return f"{c:.1f}%".replace(".", ",")
    return f"{c} mmol/mol"


def _hb_ref(c, v):
    if v == 2:
        return str(c)
    return q(Decimal(hba1c(c).numerator) / Decimal(hba1c(c).denominator), 0)


vt("health_hba1c_ifcc", "health",
   "HbA1c in NGSP percent (`7.0 %`, `8,2%`) -> IFCC mmol/mol = (% - 2.15) x 10.929, integer; mmol/mol passes through "
   "*(conversion formula)*",
   ["hba1c"], _hb_canon, _hb_render, _hb_ref,
   [(0, D("7.0")), (1, D("8.2")), (2, D(64))], ok=_hb_ok)


def _dose_canon(r, v):
    return r.choice([5, 7, 10, 12, 15, 20, 25]), D(r.randint(35, 650)) / 10


def _dose_render(c, v):
    w = c[1]
    ws = [f"{w:.1f} kg".replace(".", ","), f"{w:.1f}", f"{int(w * 1000)} g"][v]
    return f"{c[0]} mg/kg", ws


vt("health_weight_based_dose", "health",
   "dose in mg/kg and body weight (`23,5 kg`, bare kg, or grams) -> dose in mg with 1 decimal",
   ["dosis", "gewicht"], _dose_canon, _dose_render, lambda c, v: f"{c[0] * c[1]:.1f}",
   [(0, (15, D("23.5"))), (1, (10, D("8.2"))), (2, (20, D("4.3")))])


# =============================================================================================
# bank / finance (9)
# =============================================================================================
def _eft(r, v):
    return f"{r.randrange(10**5):05d}", pick(r, ["001", "002", "003", "004", "006", "010", "016", "039", "815"])


vt("bank_ca_micr_to_eft", "bank",
   "Canadian cheque transit `TTTTT-III` (dash, MICR symbols or space) -> EFT routing `0IIITTTTT`",
   ["transit"], _eft,
   lambda c, v: [f"{c[0]}-{c[1]}", f"⑆{c[0]}⑉{c[1]}⑆", f"{c[0]} {c[1]}"][v],
   lambda c, v: f"0{c[1]}{c[0]}",
   [(0, ("12345", "003")), (1, ("00011", "001")), (2, ("04782", "815"))])


def aba_check(d8: str) -> str:
    d = [int(x) for x in d8]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return str((10 - s % 10) % 10)


assert aba_check("02100002") == "1"


def _micr(r, v):
    first = r.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))])
    r8 = first + f"{r.randrange(10**6):06d}"
    acct = str(r.randint(10**7, 10**12 - 1))
    chk = str(r.randint(100, 9999))
    return r8 + aba_check(r8), acct, chk


def _micr_render(c, v):
    rt, acct, chk = c
    if v == 0:
        return f"⑆{rt}⑆ {acct}⑈ {chk}"
    if v == 1:
        return f"T{rt}T {acct}U {chk}"
    return f"⑈{chk.zfill(6)}⑈ ⑆{rt}⑆ {acct}⑈"


vt("bank_us_micr_routing", "bank",
   "US cheque MICR line (E-13B symbols, `T`/`U` reader text, business layout with serial first) -> 9-digit ABA "
   "routing number between the transit symbols",
   ["micr_line"], _micr, _micr_render, lambda c, v: c[0],
   [(0, None), (1, None), (2, None)])


def _fut(r, v):
    return pick(r, ["ES", "NQ", "CL", "GC", "ZN", "NG"]), r.choice("HMZ"), r.randint(2024, 2029)


FUT_M = {"H": 3, "M": 6, "Z": 12}


def _fut_render(c, v):
    root, L, y = c
    if v == 0:
        return f"{root}{L}{y % 100:02d}"
    if v == 1:
        return f"{root}{L}{y % 10}"
    return f"{root}{L}{y % 10} " + ("Index" if root in ("ES", "NQ") else "Comdty")


vt("fin_futures_expiry_month", "finance",
   "futures contract symbol (2-digit year, 1-digit year, Bloomberg `... Index`/`Comdty`) -> expiry month `2024-12` "
   "(H = March, M = June, Z = December)",
   ["contract"], _fut, _fut_render, lambda c, v: f"{c[2]}-{FUT_M[c[1]]:02d}",
   [(0, ("ES", "H", 2025)), (1, ("CL", "M", 2024)), (2, ("GC", "Z", 2026))])

RATINGS = [("AA+", "Aa1"), ("AA", "Aa2"), ("AA-", "Aa3"), ("A+", "A1"), ("A", "A2"), ("A-", "A3"), ("BBB+", "Baa1"),
           ("BBB", "Baa2"), ("BBB-", "Baa3"), ("BB+", "Ba1"), ("BB", "Ba2"), ("BB-", "Ba3"), ("B+", "B1"),
           ("B", "B2"), ("B-", "B3"), ("CCC+", "Caa1")]
vt("fin_rating_sp_to_moodys", "finance",
   "S&P / Fitch long-term rating -> Moody's equivalent (`BBB+` -> `Baa1`, `AA-` -> `Aa3`, `B` -> `B2`) "
   "*(rating-scale convention)*",
   ["rating_sp"], lambda r, v: pick(r, RATINGS), lambda c, v: c[0], lambda c, v: c[1],
   [(0, ("AA-", "Aa3")), (0, ("BBB+", "Baa1")), (0, ("B", "B2"))])

FX = [("EUR", "USD", 1.04, 1.12), ("GBP", "USD", 1.20, 1.32), ("EUR", "CHF", 0.92, 0.98), ("USD", "CHF", 0.84, 0.92),
      ("EUR", "GBP", 0.83, 0.88), ("AUD", "USD", 0.63, 0.69), ("USD", "CAD", 1.33, 1.40), ("EUR", "SEK", 10.9, 11.6),
      ("EUR", "PLN", 4.25, 4.40)]


def _fx(r, v):
    b, qt, lo, hi = pick(r, FX)
    return b, qt, D(r.randint(int(lo * 10000), int(hi * 10000))) / 10000


def _fx_render(c, v):
    return f"{c[0]}{c[1]} {c[2]:.4f}" if v == 0 else f"{c[0]}/{c[1]} {c[2]:.4f}"


def _fx_ref(c, v):
    inv = 1 / Fraction(c[2])
    val = q(Decimal(inv.numerator) / Decimal(inv.denominator), 4)
    return f"{c[1]}{c[0]} {val}" if v == 0 else f"{c[1]}/{c[0]} {val}"


vt("fin_fx_quote_invert", "finance",
   "FX quote `EURUSD 1.0850` or `EUR/USD 1.0850` -> inverse quote `USDEUR 0.9217` (4 decimals, separator kept)",
   ["quote"], _fx, _fx_render, _fx_ref,
   [(0, ("EUR", "USD", D("1.0850"))), (1, ("EUR", "CHF", D("0.9612"))), (0, ("EUR", "SEK", D("11.2435")))],
   ok=lambda c, v: no_tie(1 / Fraction(c[2]), 4, Fraction(1, 100)))

ODDS_F = [(5, 2), (4, 6), (7, 4), (9, 1), (1, 3), (6, 5), (2, 5), (10, 11), (3, 1), (8, 13), (4, 9), (11, 4), (5, 6),
          (20, 1), (7, 2)]


def _odds(r, v):
    if v == 0:
        return pick(r, ODDS_F)
    if v == 1:
        return pick(r, [120, 140, 150, 175, 200, 225, 260, 300, 333, 450, 600, 800])
    return pick(r, [105, 110, 115, 120, 130, 135, 140, 145, 150, 180, 220, 250, 300, 400])


def _odds_val(c, v) -> Fraction:
    if v == 0:
        return 1 + Fraction(c[0], c[1])
    if v == 1:
        return 1 + Fraction(c, 100)
    return 1 + Fraction(100, c)


vt("fin_odds_to_decimal", "finance",
   "betting odds fractional `5/2`, American `+175` / `-110` -> decimal odds with 2 decimals",
   ["odds"], _odds,
   lambda c, v: f"{c[0]}/{c[1]}" if v == 0 else (f"+{c}" if v == 1 else f"-{c}"),
   lambda c, v: q(Decimal(_odds_val(c, v).numerator) / Decimal(_odds_val(c, v).denominator), 2),
   [(0, (5, 2)), (1, 175), (2, 110)],
   ok=lambda c, v: no_tie(_odds_val(c, v), 2, Fraction(1, 1000)))


def _pct(r, v):
    a = D(r.randint(2000, 500000)) / 100
    f = D(r.choice([r.randint(6000, 9950), r.randint(10050, 16000)])) / 10000
    b = (a * f).quantize(D("0.01"))
    return a, b


def _pct_ref(c, v):
    fr = (Fraction(c[1]) - Fraction(c[0])) / Fraction(c[0]) * 100
    s = q(Decimal(fr.numerator) / Decimal(fr.denominator), 1)
    return ("+" + s if fr > 0 else s) + "%"


vt("num_percent_change", "number",
   "previous and current value -> percentage change with sign and 1 decimal, `+12.5%` / `-5.0%`",
   ["umsatz_vj", "umsatz"], _pct, lambda c, v: (f"{c[0]:.2f}", f"{c[1]:.2f}"), _pct_ref,
   [(0, (D("1250.00"), D("1406.25"))), (0, (D("980.00"), D("931.00"))), (0, (D("312.40"), D("327.85")))],
   ok=lambda c, v: c[0] != c[1] and no_tie((Fraction(c[1]) - Fraction(c[0])) / Fraction(c[0]) * 100, 1,
                                           Fraction(1, 100)) and abs(c[1] - c[0]) / c[0] > D("0.001"))

DISCOUNTS = ["", "5 %", "10 %", "12,5 %", "2 %", "15 %", "3 %"]


def _line(r, v):
    return r.randint(1, 48), D(r.randint(50, 19999)) / 100, r.choice(DISCOUNTS)


def _line_val(c) -> Fraction:
    disc = Fraction(D(c[2].replace(" %", "").replace(",", "."))) if c[2] else Fraction(0)
    return c[0] * Fraction(c[1]) * (1 - disc / 100)


vt("num_line_net_total", "number",
   "quantity, unit price with decimal comma and discount (`10 %`, `12,5 %`, empty = none) -> net line total, "
   "2 decimals",
   ["menge", "einzelpreis", "rabatt"], _line,
   lambda c, v: (str(c[0]), f"{c[1]:.2f}".replace(".", ","), c[2]),
   lambda c, v: q(Decimal(_line_val(c).numerator) / Decimal(_line_val(c).denominator), 2),
   [(0, (12, D("4.95"), "")), (0, (3, D("129.00"), "10 %")), (0, (24, D("1.89"), "12,5 %"))],
   ok=lambda c, v: no_tie(_line_val(c), 2, Fraction(1, 10**6)))


def _int(r, v):
    return D(r.randint(10, 1000) * 1000), D(r.choice([2000, 2250, 2750, 3125, 3250, 3600, 4000, 4375, 4500, 5100])) / 1000, \
        r.choice([14, 30, 31, 45, 60, 61, 90, 91, 92, 120, 181, 182, 183, 270, 365])


def _int_val(c) -> Fraction:
    return Fraction(c[0]) * Fraction(c[1]) / 100 * c[2] / 360


vt("fin_interest_act360", "finance",
   "principal, annual rate in percent and days -> simple interest on an actual/360 basis, 2 decimals",
   ["principal", "rate_pct", "days"], _int,
   lambda c, v: (f"{c[0]:.2f}", f"{c[1].normalize():f}", str(c[2])),
   lambda c, v: q(Decimal(_int_val(c).numerator) / Decimal(_int_val(c).denominator), 2),
   [(0, (D("100000"), D("3.6"), 30)), (0, (D("250000"), D("4.5"), 91)), (0, (D("48000"), D("3.125"), 183))],
   ok=lambda c, v: no_tie(_int_val(c), 2, Fraction(1, 10**6)))

DX = "零壹贰叁肆伍陆柒捌玖"


def _sec4(n: int) -> str:
    out, zero, started = "", False, False
    for d, u in zip(f"{n:04d}", ["仟", "佰", "拾", ""]):
        if d == "0":
            if started:
                zero = True
        else:
            if zero:
                out += "零"
                zero = False
            out += DX[int(d)] + u
            started = True
    return out


def daxie(fen: int) -> str:
    yuan, rest = divmod(fen, 100)
    jiao, f = divmod(rest, 10)
    assert 1 <= yuan < 10**8
    hi, lo = divmod(yuan, 10000)
    s = ""
    if hi:
        s += _sec4(hi) + "万"
    if lo:
        if hi and lo < 1000:
            s += "零"
        s += _sec4(lo)
    s += "元"
    if jiao == 0 and f == 0:
        s += "整"
    elif f == 0:
        s += DX[jiao] + "角"
    elif jiao == 0:
        s += "零" + DX[f] + "分"
    else:
        s += DX[jiao] + "角" + DX[f] + "分"
    return s


assert daxie(123456) == "壹仟贰佰叁拾肆元伍角陆分"
assert daxie(1050000) == "壹万零伍佰元整"
assert daxie(3008) == "叁拾元零捌分"
assert daxie(100500000) == "壹佰万伍仟元整"
assert daxie(100050000) == "壹佰万零伍佰元整"


def _dx(r, v):
    y = r.choice([r.randint(11, 999), r.randint(1000, 9999), r.randint(10000, 999999), r.randint(1, 99) * 1000,
                  r.randint(1, 300) * 10000 + r.randint(0, 9) * 100])
    cents = r.choice([0, 0, r.randint(1, 9) * 10, r.randint(1, 99)])
    return y * 100 + cents


vt("num_zh_financial_numerals", "number",
   "Chinese financial (大写) amount on an invoice or cheque, with or without `人民币` -> decimal `1234.56` "
   "*(numeral knowledge)*",
   ["jine_daxie"], _dx,
   lambda c, v: ("人民币" if v == 0 else "") + daxie(c), lambda c, v: f"{c // 100}.{c % 100:02d}",
   [(0, 123456), (1, 1050000), (0, 3008)],
   ok=lambda c, v: not (c // 100 >= 10000 and (c // 1000000) % 10 == 0 and (c // 100) % 10000 >= 1000))


# =============================================================================================
# codes of other industries (aviation / logistics / media / legal / auto) (7)
# =============================================================================================
def _reg(r, v):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    p = r.choice(["D", "G", "OE"])
    if p == "D":
        return p, r.choice("AEIC") + "".join(r.choice(L) for _ in range(3))
    if p == "G":
        return p, "".join(r.choice(L) for _ in range(4))
    return p, r.choice("LKDFH") + "".join(r.choice(L) for _ in range(2))


vt("aviation_registration_hyphen", "aviation",
   "aircraft registration compact, lower case or spaced -> nationality prefix + hyphen, upper case "
   "(`D-AIMA`, `G-EUPT`, `OE-LBA`)",
   ["reg"], _reg,
   lambda c, v: [c[0] + c[1], (c[0] + c[1]).lower(), f"{c[0]} {c[1]}"][v], lambda c, v: f"{c[0]}-{c[1]}",
   [(0, ("D", "AIMA")), (1, ("G", "EUPT")), (2, ("OE", "LBA"))])


def _awb(r, v):
    p = pick(r, ["020", "176", "057", "125", "618", "074", "160", "001", "235", "157"])
    s7 = f"{r.randrange(10**7):07d}"
    return p, s7 + str(int(s7) % 7)


vt("logistics_awb_print", "logistics",
   "air waybill number compact, spaced or after `AWB` -> `020-12345675` (prefix, 8-digit serial whose last digit is "
   "the mod-7 check)",
   ["awb"], _awb,
   lambda c, v: [c[0] + c[1], f"{c[0]} {c[1][:4]} {c[1][4:]}", f"AWB {c[0]}-{c[1]}"][v],
   lambda c, v: f"{c[0]}-{c[1]}",
   [(0, ("020", "12345675")), (1, None), (2, None)])
assert int("1234567") % 7 == 5


def iswc_check(d9: str) -> str:
    s = 1 + sum((i + 1) * int(ch) for i, ch in enumerate(d9))
    return str((10 - s % 10) % 10)


assert iswc_check("034524680") == "1"


def _iswc(r, v):
    d = f"{r.randrange(10**9):09d}"
    return d, iswc_check(d)


vt("media_iswc_print", "media",
   "ISWC musical-work code compact, dashed or lower case dotted -> `T-034.524.680-1`",
   ["iswc"], _iswc,
   lambda c, v: [f"T{c[0]}{c[1]}", f"T-{c[0]}-{c[1]}", f"t{c[0][:3]}.{c[0][3:6]}.{c[0][6:]}-{c[1]}"][v],
   lambda c, v: f"T-{c[0][:3]}.{c[0][3:6]}.{c[0][6:]}-{c[1]}",
   [(0, ("034524680", "1")), (1, None), (2, None)])

CELEX_T = {"R": "Regulation", "L": "Directive", "D": "Decision"}


def _celex(r, v):
    return r.randint(2015, 2024), r.choice("RLD"), r.randint(1, 2600)


vt("legal_celex_to_title", "legal",
   "EU CELEX number (plain, `CELEX:` or `celex ` prefix) of a regulation `R`, directive `L` or decision `D` -> "
   "`Regulation (EU) 2016/679`",
   ["celex"], _celex,
   lambda c, v: ["", "CELEX:", "celex "][v] + f"3{c[0]}{c[1]}{c[2]:04d}",
   lambda c, v: f"{CELEX_T[c[1]]} (EU) {c[0]}/{c[2]}",
   [(0, (2016, "R", 679)), (1, (2019, "L", 1937)), (2, (2022, "D", 2481))])

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
LAWS = [("BGB", 2385), ("StGB", 358), ("HGB", 905), ("ZPO", 1110), ("AO", 415), ("UStG", 29)]


def _para(r, v):
    law, mx = pick(r, LAWS)
    return law, r.randint(1, mx), r.randint(1, 4)


def _para_render(c, v):
    law, p, a = c
    if v == 0:
        return f"§{p} Abs.{a} {law}"
    if v == 1:
        return f"§ {p} {ROMAN[a]} {law}"
    return f"{law} § {p} Absatz {a}"


vt("legal_de_norm_citation", "legal",
   "German statute citation `§823 Abs.1 BGB`, `§ 433 II BGB` (Roman paragraph) or `HGB § 377 Absatz 1` -> "
   "`§ 823 Abs. 1 BGB`",
   ["norm"], _para, _para_render, lambda c, v: f"§ {c[1]} Abs. {c[2]} {c[0]}",
   [(0, ("BGB", 823, 1)), (1, ("BGB", 433, 2)), (2, ("HGB", 377, 1))])


def _tyre(r, v):
    rim = r.randint(14, 21)
    aspect = r.choice(range(55, 81, 5)) if rim <= 15 else (r.choice(range(45, 66, 5)) if rim <= 17 else
                                                              r.choice(range(30, 51, 5)))
    width = r.choice(range(165, 236, 10)) if rim <= 16 else r.choice(range(215, 316, 10))
    return width, aspect, rim, r.randint(82, 105), r.choice("HVWTY")


vt("auto_tyre_size", "auto",
   "tyre size `205/55R16`, `205/55 R 16 91V` (load/speed index dropped) or `205 55 16` -> `205/55 R16`",
   ["reifen"], _tyre,
   lambda c, v: [f"{c[0]}/{c[1]}R{c[2]}", f"{c[0]}/{c[1]} R {c[2]} {c[3]}{c[4]}", f"{c[0]} {c[1]} {c[2]}"][v],
   lambda c, v: f"{c[0]}/{c[1]} R{c[2]}",
   [(0, (205, 55, 16, 91, "V")), (1, (225, 45, 18, 95, "W")), (2, (175, 65, 14, 82, "T"))])


# =============================================================================================
# date / time (6)
# =============================================================================================
EL_M = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
        "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
EL_D = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]


def _rdate(r, a=dt.date(2019, 1, 1), b=dt.date(2027, 12, 31)):
    return a + dt.timedelta(days=r.randrange((b - a).days + 1))


def _el_render(c, v):
    if v == 0:
        return f"{c.day} {EL_M[c.month - 1]} {c.year}"
    if v == 1:
        return f"{EL_D[c.weekday()]}, {c.day} {EL_M[c.month - 1]} {c.year}"
    return f"{c.day}/{c.month}/{c.year}"


vt("date_el_genitive_month", "date",
   "Greek date with genitive month name (optionally after the weekday) or `D/M/YYYY` -> ISO date "
   "*(Greek month names)*",
   ["imerominia"], lambda r, v: _rdate(r), _el_render, lambda c, v: c.isoformat(),
   [(0, dt.date(2024, 3, 15)), (1, dt.date(2023, 8, 4)), (2, dt.date(2025, 11, 27))], held_v=[0, 1, 0, 1, 2])

HU_M = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
        "október", "november", "december"]
HU_A = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]
vt("date_hu_year_first", "date",
   "Hungarian date `2024. március 15.`, abbreviated `2024. márc. 15.` or `2024.03.15.` -> ISO date "
   "*(Hungarian month names)*",
   ["datum"], lambda r, v: _rdate(r),
   lambda c, v: [f"{c.year}. {HU_M[c.month - 1]} {c.day}.", f"{c.year}. {HU_A[c.month - 1]} {c.day}.",
                 f"{c.year}.{c.month:02d}.{c.day:02d}."][v],
   lambda c, v: c.isoformat(),
   [(0, dt.date(2024, 3, 15)), (1, dt.date(2022, 10, 3)), (2, dt.date(2025, 6, 30))], held_v=[0, 1, 0, 1, 2])

TZS = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "Australia/Sydney", "America/Sao_Paulo"]


def _ics(r, v):
    d = _rdate(r, dt.date(2023, 1, 1), dt.date(2026, 12, 31))
    return dt.datetime(d.year, d.month, d.day, r.randint(6, 20), r.choice([0, 0, 15, 30, 45]), 0), pick(r, TZS)


def _ics_render(c, v):
    t, tz = c
    if v == 0:
        return f"DTSTART:{t:%Y%m%dT%H%M%S}Z"
    if v == 1:
        return f"DTSTART;TZID={tz}:{t:%Y%m%dT%H%M%S}"
    return f"DTSTART;VALUE=DATE:{t:%Y%m%d}"


def _ics_ref(c, v):
    t = c[0]
    return [f"{t:%Y-%m-%dT%H:%M:%S}Z", f"{t:%Y-%m-%dT%H:%M:%S}", f"{t:%Y-%m-%d}"][v]


vt("date_ics_dtstart", "date",
   "iCalendar DTSTART line (UTC `Z`, local with `TZID=`, all-day `VALUE=DATE`) -> ISO 8601 as written "
   "(`Z` kept, local time without offset, date only)",
   ["dtstart"], _ics, _ics_render, _ics_ref,
   [(0, (dt.datetime(2024, 3, 15, 13, 30), "")), (1, (dt.datetime(2024, 3, 15, 14, 30), "Europe/Berlin")),
    (2, (dt.datetime(2024, 12, 24, 0, 0), ""))])

vt("time_seconds_after_midnight", "time",
   "legacy time of day stored as seconds after midnight -> `HH:MM:SS`",
   ["zeit_sek"], lambda r, v: r.randrange(86400), lambda c, v: str(c),
   lambda c, v: f"{c // 3600:02d}:{c % 3600 // 60:02d}:{c % 60:02d}",
   [(0, 3725), (0, 52200), (0, 86399)])

OH_COMBOS = [(("Mo-Fr", 5),), (("Mo-Sa", 6),), (("Mo-Fr", 5), ("Sa", 1)), (("Mo-Th", 4), ("Fr", 1)),
             (("Mo,We,Fr", 3), ("Tu,Th", 2)), (("Tu-Sa", 5),), (("Mo-Fr", 5), ("Sa", 1), ("Su", 1))]


def _hm(m: int) -> str:
    return f"{m // 60:02d}:{m % 60:02d}"


def _oh(r, v):
    rules = []
    for days, nd in pick(r, OH_COMBOS):
        start = r.choice(range(6 * 60, 11 * 60 + 1, 30))
        if r.random() < 0.4:
            end1 = start + r.choice(range(150, 301, 30))
            s2 = end1 + r.choice([30, 60, 90])
            end2 = s2 + r.choice(range(120, 301, 30))
            ranges = [(start, end1), (s2, end2)]
        else:
            ranges = [(start, start + r.choice(range(180, 601, 30)))]
        rules.append((days, nd, tuple(ranges)))
    return tuple(rules)


def _oh_render(c, v):
    return "; ".join(f"{d} " + ",".join(f"{_hm(a)}-{_hm(b)}" for a, b in rg) for d, _, rg in c)


def _oh_ref(c, v):
    mins = sum(nd * sum(b - a for a, b in rg) for _, nd, rg in c)
    h = Fraction(mins, 60)
    return str(h.numerator) if h.denominator == 1 else f"{float(h):.1f}"


vt("time_opening_hours_weekly", "time",
   "opening hours in OSM syntax (day ranges and lists, split shifts, several rules) -> total open hours per week",
   ["opening_hours"], _oh, _oh_render, _oh_ref,
   [(0, ((("Mo-Fr", 5, ((540, 1080),)),))),
    (0, (("Mo-Fr", 5, ((510, 720), (780, 1020))), ("Sa", 1, ((540, 780),)))),
    (0, (("Mo,We,Fr", 3, ((600, 870),)),))])
assert _oh_ref((("Mo-Fr", 5, ((510, 720), (780, 1020))), ("Sa", 1, ((540, 780),))), 0) == "41.5"


def _wd(r, v):
    while True:
        s = _rdate(r, dt.date(2023, 1, 2), dt.date(2026, 11, 30))
        e = s + dt.timedelta(days=r.randint(0, 25))
        if s.weekday() < 5 and e.weekday() < 5:
            return s, e


def _wd_ref(c, v):
    s, e = c
    return str(sum(1 for i in range((e - s).days + 1) if (s + dt.timedelta(days=i)).weekday() < 5))


vt("hr_leave_working_days", "hr",
   "leave from / to (inclusive, ISO dates) -> number of working days Monday-Friday (no holidays)",
   ["von", "bis"], _wd, lambda c, v: (c[0].isoformat(), c[1].isoformat()), _wd_ref,
   [(0, (dt.date(2024, 3, 11), dt.date(2024, 3, 13))), (0, (dt.date(2024, 5, 16), dt.date(2024, 5, 21))),
    (0, (dt.date(2024, 7, 1), dt.date(2024, 7, 19)))])


def _bill(r, v):
    return r.randint(1, 540)


vt("time_billable_tenths", "time",
   "time entry `h:mm` -> billable hours in tenths, always rounded up to the next 6 minutes",
   ["dauer"], _bill, lambda c, v: f"{c // 60}:{c % 60:02d}",
   lambda c, v: f"{-(-c // 6) // 10}.{-(-c // 6) % 10}",
   [(0, 13), (0, 66), (0, 151)])


# =============================================================================================
# number: legacy money (2)
# =============================================================================================
def _lsd(r, v):
    if v == 0:
        return r.randint(1, 40), r.randint(0, 19), r.randint(0, 11)
    if v == 1:
        return 0, r.randint(1, 19), r.randint(1, 11)
    return 0, r.randint(1, 19), 0


def _lsd_render(c, v):
    L, s, d = c
    if v == 0:
        return f"£{L} {s}s {d}d"
    if v == 1:
        return f"{s}/{d}"
    return f"{s}/-"


vt("num_lsd_to_old_pence", "number",
   "pre-decimal British money `£2 10s 6d`, `12/6` (shillings/pence) or `15/-` -> total in old pence "
   "(12d = 1s, 20s = £1)",
   ["betrag_lsd"], _lsd, _lsd_render, lambda c, v: str(c[0] * 240 + c[1] * 12 + c[2]),
   [(0, (2, 10, 6)), (1, (0, 12, 6)), (2, (0, 15, 0))])

PRE_EURO = {0: D("1.95583"), 1: D("6.55957"), 2: D("13.7603")}


def _pe(r, v):
    if v == 2:
        return D(r.randint(50, 250000))
    return D(r.randint(1000, 5000000)) / 100


def _pe_val(c, v) -> Fraction:
    return Fraction(c) / Fraction(PRE_EURO[v])


def _pe_render(c, v):
    if v == 0:
        return "DM " + fmt_num(c, 2, ".", ",")
    if v == 1:
        return fmt_num(c, 2, " ", ",") + " FF"
    return "öS " + fmt_num(c, 0, ".", ",") + ",-"


vt("num_pre_euro_to_eur", "number",
   "historic amount in Deutsche Mark, French francs or Austrian schillings -> euros at the fixed conversion rates "
   "(1.95583, 6.55957, 13.7603), 2 decimals *(official rates)*",
   ["betrag_alt"], _pe, _pe_render,
   lambda c, v: q(Decimal(_pe_val(c, v).numerator) / Decimal(_pe_val(c, v).denominator), 2),
   [(0, D("1000.00")), (1, D("12345.50")), (2, D("25000"))],
   ok=lambda c, v: no_tie(_pe_val(c, v), 2, Fraction(1, 20)))


# =============================================================================================
# unit (2)
# =============================================================================================
LBFT = Fraction("1.3558179483314004")


def _tq(r, v):
    return r.randint(40, 900) if v != 1 else r.randint(80, 1200)


def _tq_val(c, v, f=LBFT) -> Fraction:
    return Fraction(c) * (f if v != 1 else 1)


def _tq_ok(c, v):
    a = q(Decimal(float(_tq_val(c, v))), 1)
    return all(q(Decimal(float(_tq_val(c, v, Fraction(x)))), 1) == a for x in ("1.3558", "1.35582"))


vt("unit_torque_nm", "unit",
   "torque in `lb-ft`, `ft·lbf` or `Nm` -> newton metres with 1 decimal (1 lbf·ft = 1.35582 Nm)",
   ["drehmoment"], _tq, lambda c, v: [f"{c} lb-ft", f"{c} Nm", f"{c} ft·lbf"][v],
   lambda c, v: q(Decimal(float(_tq_val(c, v))), 1),
   [(0, 260), (1, 400), (2, 73)], ok=_tq_ok)


def _flow(r, v):
    if v == 0:
        return D(r.randint(5, 900))
    if v == 1:
        return D(r.randint(3, 150)) / 10
    return D(r.randint(5, 900)) / 10


def _flow_val(c, v) -> Decimal:
    return [c * D("0.06"), c * D("3.6"), c][v]


vt("unit_flow_m3h", "unit",
   "flow rate in `l/min`, `l/s` (decimal comma) or `m³/h` -> m³/h with 1 decimal",
   ["durchfluss"], _flow,
   lambda c, v: [f"{c} l/min", f"{c:.1f} l/s".replace(".", ","), f"{c:.1f} m³/h".replace(".", ",")][v],
   lambda c, v: q(_flow_val(c, v), 1),
   [(0, D(108)), (1, D("2.5")), (2, D("15.0"))])


# =============================================================================================
# text / encoding (3)
# =============================================================================================
PHRASES = ["Müller GmbH", "Café Crème", "Rechnung März 2024", "Grüße aus Köln", "Señora Núñez", "Garçon à la plage",
           "Bestätigung Ihrer Bestellung", "Überweisung fällig", "Prêt à porter", "Jörg Weißenböck", "Année fiscale",
           "Straße & Hausnr.", "Ærø Færgen", "Crédit agricole", "Kündigung zum 31.12."]


def q_encode(s: str, cs: str) -> str:
    out = []
    for b in s.encode(cs):
        if b == 0x20:
            out.append("_")
        elif 33 <= b <= 126 and chr(b) not in "=?_":
            out.append(chr(b))
        else:
            out.append(f"={b:02X}")
    return f"=?{cs.upper()}?Q?{''.join(out)}?="


vt("text_mime_q_encoded_word", "text",
   "e-mail header value as MIME encoded word `=?UTF-8?Q?...?=` or `=?ISO-8859-1?Q?...?=` (`_` = space) or plain -> "
   "decoded text",
   ["subject_raw"], lambda r, v: pick(r, PHRASES),
   lambda c, v: [q_encode(c, "utf-8"), q_encode(c, "iso-8859-1"), c][v], lambda c, v: c,
   [(0, "Müller GmbH"), (1, "Café Crème"), (2, "Rechnung März 2024")])


def rtf_escape(s: str) -> str:
    return "".join(f"\\'{ch.encode('cp1252')[0]:02x}" if ord(ch) > 127 else ch for ch in s)


RTF_PH = ["Grüße aus Köln", "Señora Núñez", "Prêt à porter", "Jörg Weißenböck", "Année fiscale", "Preis 9,90 €",
          "Ærø Færgen", "Crédit agricole", "Kündigung zum 31.12.", "Überweisung fällig", "Smørrebrød", "São Tomé",
          "Größe L – Farbe Blau"]
vt("text_rtf_hex_escapes", "text",
   "text exported from RTF with Windows-1252 hex escapes `\\'fc` -> Unicode text",
   ["notiz_rtf"], lambda r, v: pick(r, RTF_PH), lambda c, v: rtf_escape(c), lambda c, v: c,
   [(0, "Müller & Söhne"), (0, "Café Crème"), (0, "Summe 12 €")])

TONE = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ", "A": "ĀÁǍÀ", "E": "ĒÉĚÈ",
        "O": "ŌÓǑÒ"}


def pinyin_marks(s: str) -> str:
    out = []
    for syl, t in re.findall(r"([A-Za-zü]+)(\d)", s):
        t = int(t)
        if t in (0, 5):
            out.append(syl)
            continue
        low = syl.lower()
        if "a" in low:
            i = low.index("a")
        elif "e" in low:
            i = low.index("e")
        elif "ou" in low:
            i = low.index("o")
        else:
            i = max(j for j, ch in enumerate(low) if ch in "aeiouü")
        out.append(syl[:i] + TONE[syl[i]][t - 1] + syl[i + 1:])
    return "".join(out)


assert pinyin_marks("Gui4yang2") == "Guìyáng" and pinyin_marks("Liu3zhou1") == "Liǔzhōu"
PY = ["Shang4hai3", "Cheng2du1", "Tian1jin1", "Nan2jing1", "Hang2zhou1", "Wu3han4", "Kun1ming2", "Xia4men2",
      "Qing1dao3", "Liu3zhou1", "Shen1zhen4", "Chong2qing4", "Xi1ning2", "Lan2zhou1", "Tai4yuan2", "Zheng4zhou1",
      "Fu2zhou1", "Chang2sha1", "Shen3yang2", "Da4lian2", "Hai3kou3", "Gui4lin2", "Luo4yang2", "Su1zhou1"]
vt("text_pinyin_tone_marks", "text",
   "place name in pinyin with tone numbers -> tone marks (a/e first, `ou` on o, else last vowel)",
   ["ort_pinyin"], lambda r, v: pick(r, PY), lambda c, v: c, lambda c, v: pinyin_marks(c),
   [(0, "Bei3jing1"), (0, "Guang3zhou1"), (0, "Gui4yang2")])


# =============================================================================================
# network / IT / cloud (4)
# =============================================================================================
def _v6(r, v):
    while True:
        g = [r.choice([r.randint(1, 0xF), r.randint(0x10, 0xFF), r.randint(0x100, 0xFFF), r.randint(0x1000, 0xFFFF)])
             for _ in range(8)]
        g[0] = r.choice([0x2001, 0x2a00, 0x2a02, 0x2600, 0xfe80, 0x2406, 0x2c0f])
        if g[0] == 0x2001:
            g[1] = 0xdb8
        L = r.randint(2, 5)
        s = r.randint(1, 8 - L)
        for i in range(s, s + L):
            g[i] = 0
        if r.random() < 0.4:
            j = r.randrange(1, 8)
            if g[j] and (j < s - 1 or j > s + L):
                g[j] = 0
        return tuple(g)


def _v6_render(c, v):
    full = ":".join(f"{x:04x}" for x in c)
    if v == 0:
        return full
    if v == 1:
        return full.upper()
    # longest zero run replaced by ::, leading zeros of the other groups kept
    best, bl, i = -1, 0, 0
    while i < 8:
        if c[i] == 0:
            j = i
            while j < 8 and c[j] == 0:
                j += 1
            if j - i > bl:
                best, bl = i, j - i
            i = j
        else:
            i += 1
    left = ":".join(f"{x:04x}" for x in c[:best])
    right = ":".join(f"{x:04x}" for x in c[best + bl:])
    return f"{left}::{right}"


def _v6_ref(c, v):
    import ipaddress
    return ipaddress.IPv6Address(":".join(f"{x:x}" for x in c)).compressed


vt("net_ipv6_canonical", "network",
   "IPv6 address fully written out (lower or upper case) or half-compressed with leading zeros -> RFC 5952 "
   "canonical text (lower case, no leading zeros, longest zero run as `::`)",
   ["ipv6"], _v6, _v6_render, _v6_ref,
   [(0, (0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329)), (1, (0xfe80, 0, 0, 0, 0x2a0, 0xc9ff, 0xfe1e, 0x5d)),
    (2, (0x2a02, 0x8108, 0x1a40, 0, 0, 0x1, 0, 0x10))])


def _mask(p: int) -> int:
    return (0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF


def _dotted(x: int) -> str:
    return ".".join(str((x >> s) & 255) for s in (24, 16, 8, 0))


vt("net_netmask_prefix", "network",
   "netmask as dotted mask, Cisco wildcard mask or hex (`0xffffffc0`) -> prefix length `/26`",
   ["netmask"], lambda r, v: r.randint(8, 30),
   lambda c, v: [_dotted(_mask(c)), _dotted(~_mask(c) & 0xFFFFFFFF), f"0x{_mask(c):08x}"][v],
   lambda c, v: f"/{c}",
   [(0, 26), (1, 22), (2, 24)])

HIVES = {"HKLM": "HKEY_LOCAL_MACHINE", "HKCU": "HKEY_CURRENT_USER", "HKCR": "HKEY_CLASSES_ROOT"}
REG_PATHS = {
    "HKLM": [r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run", r"SYSTEM\CurrentControlSet\Services\Tcpip\Parameters",
             r"SOFTWARE\WOW6432Node\Adobe\Acrobat Reader\DC\Installer", r"SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU",
             r"SYSTEM\CurrentControlSet\Control\Session Manager\Environment"],
    "HKCU": [r"Software\Microsoft\Office\16.0\Outlook\Profiles", r"Control Panel\Desktop", r"Environment",
             r"Software\Microsoft\Windows\CurrentVersion\Explorer\Advanced", r"Software\SAP\SAPGUI Front\SAP Frontend Server"],
    "HKCR": [r".pdf", r"Excel.Sheet.12\shell\Open\command", r"CLSID\{20D04FE0-3AEA-1069-A2D8-08002B30309D}",
             r"mailto\shell\open\command", r".csv\OpenWithProgids"]}


def _reg_canon(r, v):
    h = r.choice(list(HIVES))
    return h, pick(r, REG_PATHS[h])


vt("it_registry_hive_expand", "it",
   "Windows registry path with an abbreviated hive (`HKLM\\`, PowerShell drive `HKCU:\\`) -> full hive name "
   "`HKEY_LOCAL_MACHINE\\...`",
   ["reg_key"], _reg_canon,
   lambda c, v: f"{c[0]}{':' if v == 1 else ''}\\{c[1]}", lambda c, v: f"{HIVES[c[0]]}\\{c[1]}",
   [(0, ("HKLM", r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run")), (1, ("HKCU", r"Control Panel\Desktop")),
    (0, ("HKCR", r".pdf"))])

RG = ["rg-prod-weu", "RG-Finance", "rg-shared-network", "MC_aks-prod_aks-cluster01_westeurope",
      "DefaultResourceGroup-WEU", "rg-dev-sql-01", "NetworkWatcherRG", "rg-data-lake-neu", "cloud-shell-storage-westeurope",
      "Prod_ERP_Migration"]
AZ_RES = ["providers/Microsoft.Compute/virtualMachines/vm-app-01", "providers/Microsoft.Storage/storageAccounts/stlogs042",
          "providers/Microsoft.Sql/servers/sql-erp/databases/erpdb", "providers/Microsoft.Network/virtualNetworks/vnet-hub",
          "providers/Microsoft.Web/sites/app-portal-prod"]


def _az(r, v):
    sub = "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                          0x8000 | r.getrandbits(14), r.getrandbits(48))
    return sub, pick(r, RG), pick(r, AZ_RES)


def _az_render(c, v):
    sub, rg, res = c
    if v == 0:
        return f"/subscriptions/{sub}/resourceGroups/{rg}/{res}"
    if v == 1:
        return f"/subscriptions/{sub}/resourcegroups/{rg}/{res}"
    return f"/subscriptions/{sub}/resourceGroups/{rg}"


vt("cloud_azure_resource_group", "cloud",
   "Azure resource id (`resourceGroups` or lower-case `resourcegroups`, or the group's own id) -> resource group name",
   ["resource_id"], _az, _az_render, lambda c, v: c[1],
   [(0, None), (1, None), (2, None)])


# =============================================================================================
# geo / media / sports / education (4)
# =============================================================================================
CITIES = [(47.37, 8.54), (38.72, -9.14), (-34.60, -58.38), (-33.87, 151.21), (59.91, 10.75), (-1.29, 36.82),
          (43.65, -79.38), (-12.05, -77.04), (37.57, 126.98), (64.14, -21.94), (52.23, 21.01), (19.43, -99.13)]


def _bbox(r, v):
    lat, lon = pick(r, CITIES)
    dlat, dlon = D(r.randint(200, 2500)) / 10000, D(r.randint(200, 3500)) / 10000
    la, lo = D(str(lat)) + D(r.randint(-300, 300)) / 10000, D(str(lon)) + D(r.randint(-300, 300)) / 10000
    return lo - dlon, la - dlat, lo + dlon + D(r.randint(0, 9)) / 10000, la + dlat + D(r.randint(0, 9)) / 10000


def _bbox_ref(c, v):
    lat = (c[1] + c[3]) / 2
    lon = (c[0] + c[2]) / 2
    return f"{lat:.5f}, {lon:.5f}"


vt("geo_bbox_center", "geo",
   "bounding box `minLon,minLat,maxLon,maxLat` (with or without spaces) -> centre `lat, lon` with 5 decimals",
   ["bbox"], _bbox,
   lambda c, v: (", " if v else ",").join(f"{x:.4f}" for x in c), _bbox_ref,
   [(0, (D("8.4471"), D("47.3202"), D("8.6254"), D("47.4346"))),
    (1, (D("-58.5315"), D("-34.7056"), D("-58.3351"), D("-34.5265"))),
    (0, (D("150.9957"), D("-33.9786"), D("151.3429"), D("-33.7483")))])


def _pl(r, v):
    while True:
        n = r.randint(3, 6) if v == 0 else r.randint(13, 17)
        t = tuple(r.randint(95, 430) for _ in range(n))
        if (sum(t) >= 3600) == (v == 1):
            return t


def _pl_ref(c, v):
    s = sum(c)
    return f"{s // 60}:{s % 60:02d}" if s < 3600 else f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


vt("media_playlist_total", "media",
   "comma-separated track lengths `m:ss` -> total length, `m:ss` under an hour, `h:mm:ss` from one hour",
   ["track_lengths"], _pl, lambda c, v: ", ".join(f"{x // 60}:{x % 60:02d}" for x in c), _pl_ref,
   [(0, (225, 252, 178)), (1, None), (0, None)])


def _fb(r, v):
    h, a = r.randint(0, 5), r.randint(0, 4)
    return h, a, r.randint(0, h), r.randint(0, a)


def _fb_ref(c, v):
    return "H" if c[0] > c[1] else ("A" if c[0] < c[1] else "D")


vt("sports_football_result", "sports",
   "football score `2:1 (1:0)` with half-time in brackets, or `3-1` -> result H / D / A from the full-time score",
   ["ergebnis"], _fb,
   lambda c, v: f"{c[0]}:{c[1]} ({c[2]}:{c[3]})" if v == 0 else f"{c[0]}-{c[1]}", _fb_ref,
   [(0, (1, 2, 1, 0)), (1, (3, 1, 0, 0)), (0, (2, 2, 0, 1))])

GPA = [("A", "4.0"), ("B", "3.0"), ("B-", "2.7"), ("C+", "2.3"), ("C-", "1.7"), ("D+", "1.3"), ("D", "1.0"),
       ("F", "0.0")]
vt("edu_letter_grade_points", "education",
   "US letter grade -> grade points on the 4.0 scale (`A-` 3.7, `B+` 3.3, `C` 2.0; +/- = ±0.3) *(grading convention)*",
   ["grade"], lambda r, v: pick(r, GPA), lambda c, v: c[0], lambda c, v: c[1],
   [(0, ("A-", "3.7")), (0, ("B+", "3.3")), (0, ("C", "2.0"))])

# =============================================================================================
# enum / address (5)
# =============================================================================================
SAL = [("Frau", "F"), ("Mr", "M"), ("Ms.", "F"), ("Madame", "F"), ("Monsieur", "M"), ("Señora", "F"), ("Herrn", "M"),
       ("Fa.", ""), ("Mr.", "M"), ("Miss", "F"), ("Señor", "M"), ("Company", "")]
vt("enum_salutation_gender", "enum",
   "salutation in German, English, French or Spanish -> gender code `M` / `F`, empty for companies "
   "*(salutation vocabulary)*",
   ["anrede"], lambda r, v: pick(r, SAL), lambda c, v: c[0], lambda c, v: c[1],
   [(0, ("Herr", "M")), (0, ("Mrs.", "F")), (0, ("Firma", ""))])

FR_CITIES = [("69002", "Lyon"), ("13001", "Marseille"), ("92100", "Boulogne-Billancourt"), ("31000", "Toulouse"),
             ("33000", "Bordeaux"), ("67000", "Strasbourg"), ("44000", "Nantes"), ("59000", "Lille"), ("35000", "Rennes"),
             ("21000", "Dijon"), ("76000", "Rouen"), ("34000", "Montpellier"), ("06000", "Nice"), ("75008", "Paris"),
             ("92400", "Courbevoie"), ("94200", "Ivry-sur-Seine"), ("37000", "Tours"), ("78000", "Versailles")]


def _fr(r, v):
    cp, city = pick(r, FR_CITIES)
    if v == 0:
        return cp, city, 0
    return cp[:2] + str(r.randint(700, 999)), city, r.randint(1, 20)


def _fr_render(c, v):
    cp, city, n = c
    if v == 0:
        return f"{cp} {city}"
    if v == 1:
        return f"{cp} {city.upper()} CEDEX {n:02d}"
    return f"{cp} {city.upper()} CEDEX"


vt("addr_fr_cedex_city", "address",
   "French last address line (`69002 Lyon`, `69289 LYON CEDEX 02`, `92513 BOULOGNE-BILLANCOURT CEDEX`) -> city in "
   "capitals without postcode and CEDEX",
   ["ligne6"], _fr, _fr_render, lambda c, v: c[1].upper(),
   [(0, ("13001", "Marseille", 0)), (1, ("69289", "Lyon", 2)), (2, ("92513", "Boulogne-Billancourt", 0))])

JP_TOWNS = ["東京都千代田区丸の内", "東京都港区六本木", "大阪府大阪市北区梅田", "愛知県名古屋市中区栄", "福岡県福岡市博多区博多駅前",
            "神奈川県横浜市西区みなとみらい", "宮城県仙台市青葉区中央", "広島県広島市中区紙屋町", "東京都渋谷区道玄坂",
            "京都府京都市下京区東塩小路町"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _jp(r, v):
    return pick(r, JP_TOWNS), r.randint(1, 9), r.randint(1, 30), r.randint(1, 25)


def _jp_render(c, v):
    t, a, b, g = c
    if v == 0:
        return f"{t}{a}丁目{b}番{g}号"
    if v == 1:
        return f"{t}{a}丁目{b}番{g}号".translate(FW)
    return f"{t}{a}丁目{b}-{g}"


vt("addr_ja_chome_hyphen", "address",
   "Japanese address with `丁目 番 号` (ASCII or full-width digits, or `丁目` + hyphen) -> hyphenated block form "
   "`丸の内1-2-3` with ASCII digits",
   ["jusho"], _jp, _jp_render, lambda c, v: f"{c[0]}{c[1]}-{c[2]}-{c[3]}",
   [(0, ("東京都千代田区丸の内", 1, 2, 3)), (1, ("大阪府大阪市北区梅田", 2, 4, 9)), (2, ("愛知県名古屋市中区栄", 3, 5, 12))])

PL_STREETS = [("ul.", "Marszałkowska"), ("ul.", "Długa"), ("al.", "Jerozolimskie"), ("ul.", "Piotrkowska"),
              ("ul.", "Świętokrzyska"), ("al.", "Niepodległości"), ("pl.", "Grunwaldzki"), ("ul.", "Jana Pawła II"),
              ("os.", "Tysiąclecia"), ("ul.", "Krakowskie Przedmieście"), ("ul.", "Wojska Polskiego")]


def _plf(r, v):
    p, s = pick(r, PL_STREETS)
    b = str(r.randint(1, 180)) + (r.choice("ABC") if r.random() < 0.2 else "")
    return p, s, b, ("" if v == 2 else str(r.randint(1, 140)))


def _plf_render(c, v):
    p, s, b, f = c
    if v == 0:
        return f"{p} {s} {b}/{f}"
    if v == 1:
        return f"{p} {s} {b} m. {f}"
    return f"{p} {s} {b}"


vt("addr_pl_flat_number", "address",
   "Polish street line (`ul. Długa 5/12`, `al. Jerozolimskie 44A m. 7`, no flat) -> flat number, empty when none",
   ["adres"], _plf, _plf_render, lambda c, v: c[3],
   [(0, ("ul.", "Długa", "5", "12")), (1, ("al.", "Jerozolimskie", "44A", "7")), (2, ("ul.", "Jana Pawła II", "27", ""))])


def _abbr_end(s: int, e: int) -> str:
    a, b = str(s), str(e)
    if len(a) != len(b):
        return b
    i = 0
    while i < len(a) - 1 and a[i] == b[i]:
        i += 1
    return b[i:]


def _pg(r, v):
    while True:
        s = r.randint(10, 1500)
        e = s + r.randint(1, 45)
        if v == 2 or _abbr_end(s, e) != str(e):
            return s, e


def _pg_render(c, v):
    s, e = c
    if v == 0:
        return f"pp. {s}-{_abbr_end(s, e)}"
    if v == 1:
        return f"{s}–{_abbr_end(s, e)}"
    return f"pp. {s}-{e}"


vt("library_page_range_expand", "library",
   "page range with abbreviated end page (`pp. 123-45`, `1021–8`) or in full -> full range `123-145`",
   ["seiten"], _pg, _pg_render, lambda c, v: f"{c[0]}-{c[1]}",
   [(0, (123, 145)), (1, (1021, 1028)), (2, (87, 112))])


# =============================================================================================
# self-checks
# =============================================================================================
assert len(TASKS) == 60, len(TASKS)
ids = [t.id for t in TASKS]
assert len(set(ids)) == 60
for t in TASKS:
    assert len(t.train) == 3 and 5 <= len(t.test) <= 7, t.id
    assert 1 <= len(t.inputs) <= 3
    for row in t.train + t.test:
        assert len(row["in"]) == len(t.inputs)
        assert all(isinstance(x, str) for x in row["in"]) and isinstance(row["out"], str)

write("dev_b10", TASKS)  # formerly "blind"
