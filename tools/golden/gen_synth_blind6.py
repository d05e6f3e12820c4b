# ruff: noqa
"""Sixth blind transformation-by-example set (session 10), written blind.

Standard library plus the helper modules next to this file. Deterministic: no randomness at all (the
check-digit identifiers are computed from fixed numbers). Every output is computed by the reference
function written next to the rows; the only world-knowledge tables (Bloomberg exchange codes, public
suffixes, compass points, Oracle->PostgreSQL types) are written out here.

Run:  /work/main/.venv/bin/python tools/golden/gen_synth_blind6.py -> assets_config/golden_synth/dev_b6/tasks.jsonl
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
"""

from __future__ import annotations

import re
import sys
import unicodedata
import urllib.parse
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_common  # noqa: E402
from synth_common import Task, dec, digits  # noqa: E402

# ---- the ONE output-path constant (the lead can repoint it) --------------------------------------
synth_common.OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_synth"
SPLIT = "dev_b6"

def q(x, places: int) -> Decimal:
    return Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def dnum(s: str) -> Decimal:
    """Decimal from a number written with a decimal comma or point (no thousands separators)."""
    return Decimal(s.replace(",", "."))


def robust(fn_list, rows, label):
    """Assert that alternative (approximate) conversion factors give the same rounded outputs."""
    for r in rows:
        r = r if isinstance(r, tuple) else (r,)
        outs = {f(*r) for f in fn_list}
        assert len(outs) == 1, (label, r, outs)


TASKS: list[Task] = []


def add(*args, **kw):
    TASKS.append(Task(*args, **kw))


# =================================================================================================
# CORE RESHAPING KINDS (30)
# =================================================================================================

# ---- parts --------------------------------------------------------------------------------------
GST_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin(state: str, pan: str, entity: str = "1") -> str:
    body = state + pan + entity + "Z"
    total = 0
    for i, c in enumerate(body):
        v = GST_CHARS.index(c) * (2 if i % 2 else 1)
        total += v // 36 + v % 36
    return body + GST_CHARS[(36 - total % 36) % 36]


def pan_from_gstin(s: str) -> str:
    m = re.search(r"\b(\d{2})([A-Z]{5}\d{4}[A-Z])[0-9A-Z]Z[0-9A-Z]\b", s)
    return m.group(2)


add("parts_in_gstin_pan", "parts",
    "Indian GSTIN (bare or after a label) -> the embedded 10-character PAN (characters 3-12)",
    ["gst_number"],
    [gstin("27", "AAPFU0939F"), "GSTIN: " + gstin("29", "AABCT3518Q"), "GST No. " + gstin("07", "AAACR5055K", "2"),
     gstin("33", "AAGCS1234M"), "GSTIN: " + gstin("24", "AACFD4821R", "3"), gstin("09", "BQZPK7741H"),
     "GST No. " + gstin("19", "AAICM0062E"), "GSTIN: " + gstin("36", "ABDCS9910L")],
    pan_from_gstin)


def au_unit(s: str) -> str:
    m = re.match(r"Unit\s+(\w+),", s)
    if m:
        return m.group(1)
    m = re.match(r"(\w+)/\d", s)
    return m.group(1) if m else ""


add("parts_au_unit_number", "parts",
    "Australian address line -> unit number (`Unit 3B, 45 ...` or the `5/12 ...` slash form); empty when none",
    ["address_line"],
    ["5/12 Smith Street, Parramatta NSW 2150", "Unit 3B, 45 George St, Brisbane QLD 4000",
     "27 Collins St, Melbourne VIC 3000",
     "14/220 Pacific Hwy, North Sydney NSW 2060", "Unit 9, 3 Ocean Pde, Coolangatta QLD 4225",
     "88 King William St, Adelaide SA 5000", "2/7-9 Albert Rd, Strathfield NSW 2135",
     "Unit 101, 1 Marina Dr, Docklands VIC 3008", "12A/45 Beach Rd, Hampton VIC 3188"],
    au_unit)

# ---- phone --------------------------------------------------------------------------------------


def es_e164(s: str) -> str:
    d = digits(s)
    if d.startswith("0034"):
        d = d[4:]
    elif len(d) == 11 and d.startswith("34"):
        d = d[2:]
    assert len(d) == 9, s
    return "+34" + d


add("phone_es_e164", "phone",
    "Spanish phone number in national, +34 or 0034 form -> E.164 (Spain has no trunk 0)",
    ["telefono"],
    ["91 234 56 78", "+34 612 34 56 78", "0034 954 123 456",
     "633 12 34 56", "+34 985 12 34 56", "0034 722 456 789", "96 352 18 40", "+34 871 23 45 67"],
    es_e164)


def mx_e164(s: str) -> str:
    d = digits(s)
    if d.startswith("044"):
        d = d[3:]
    elif d.startswith("521") and len(d) == 13:
        d = d[3:]
    elif d.startswith("52") and len(d) == 12:
        d = d[2:]
    assert len(d) == 10, s
    return "+52" + d


add("phone_mx_e164", "phone",
    "Mexican phone number -> E.164 +52 + 10 digits; drops the old mobile prefixes `044` and `+52 1`",
    ["telefono"],
    ["044 55 1234 5678", "+52 1 33 3615 2200", "(81) 8342-1234",
     "+52 1 81 1234 5678", "044 33 3877 1100", "(55) 5555-0123", "+52 55 4170 2000", "(222) 246-1010",
     "044 999 123 4567"],
    mx_e164)


def kr_intl(s: str) -> str:
    parts = re.split(r"[-.]", s)
    assert parts[0].startswith("0")
    return "+82 " + "-".join([parts[0][1:]] + parts[1:])


add("phone_kr_intl", "phone",
    "South Korean number (dashes or dots) -> international `+82 10-1234-5678` (trunk 0 dropped, dashes)",
    ["phone"],
    ["010-2345-6789", "02-312-3456", "031.776.1234",
     "010.9876.5432", "051-440-1234", "02-2123-4567", "010-5555-0192", "064.720.8000"],
    kr_intl)


def dk_intl(s: str) -> str:
    d = digits(s)
    if d.startswith("0045"):
        d = d[4:]
    elif len(d) == 10 and d.startswith("45"):
        d = d[2:]
    assert len(d) == 8
    return "+45 " + " ".join(d[i:i + 2] for i in range(0, 8, 2))


add("phone_dk_intl", "phone",
    "Danish 8-digit number in any grouping, with or without +45 / 0045 -> `+45 12 34 56 78`",
    ["telefon"],
    ["33123456", "+45 2012 3456", "0045 40-11-22-33",
     "70 10 20 30", "+45 3525 2525", "0045 86 12 34 56", "22334455", "+45 60-70-80-90"],
    dk_intl)

# ---- names --------------------------------------------------------------------------------------
PT_SUFFIX = {"Filho", "Neto", "Júnior", "Sobrinho"}


def abnt(s: str) -> str:
    toks = s.split()
    n = 2 if toks[-1] in PT_SUFFIX else 1
    return " ".join(toks[-n:]).upper() + ", " + " ".join(toks[:-n])


add("name_pt_abnt_citation", "name",
    "Brazilian full name -> ABNT citation form `SOBRENOME, Prenomes` (last surname in capitals; `Filho` stays "
    "with it; particles stay with the given names)",
    ["nome_completo"],
    ["Manuel Antônio de Almeida", "José Ribeiro Filho", "Ana Paula de Oliveira Santos",
     "Carlos Drummond de Andrade", "Luiz Inácio Lula da Silva", "Paulo Freire Filho", "Cecília Meireles",
     "João Guimarães Rosa", "Maria das Graças Souza", "Maria da Conceição Tavares"],
    abnt)


def pl_fem(surname: str, sex: str) -> str:
    if sex == "K" and surname.endswith("ki"):
        return surname[:-1] + "a"
    return surname


add("name_pl_surname_by_sex", "name",
    "Polish surname stored in the masculine form + sex (K = kobieta, M) -> form for the person "
    "(-ski/-cki/-dzki -> -ska/-cka/-dzka for women; other surnames do not change)",
    ["nazwisko", "plec"],
    [("Kowalski", "K"), ("Nowak", "K"), ("Zieliński", "M"),
     ("Wiśniewski", "K"), ("Wysocki", "K"), ("Lewandowski", "M"), ("Wójcik", "K"), ("Kamiński", "K"),
     ("Zawadzki", "K"), ("Mazur", "M")],
    pl_fem)


def ja_passport(s: str) -> str:
    fam, given = s.split()
    fold = lambda x: "".join(c for c in unicodedata.normalize("NFKD", x) if not unicodedata.combining(c))  # noqa
    return fold(fam).upper() + " " + fold(given)


add("name_ja_passport_romaji", "name",
    "Japanese name in Hepburn with macrons, family name first -> passport style `SATO Ichiro` "
    "(macrons dropped, family name in capitals)",
    ["name_romaji"],
    ["Satō Ichirō", "Yamada Hanako", "Ōno Yūko",
     "Itō Shōta", "Kobayashi Kenta", "Saitō Mayu", "Gotō Ryūnosuke", "Katō Kōji", "Nakamura Yūki"],
    ja_passport)


def tilltal(s: str) -> str:
    for t in s.split():
        if t.endswith("*"):
            return t[:-1]
    return s.split()[0]


add("name_se_tilltalsnamn", "name",
    "Swedish given names with the calling name (tilltalsnamn) marked by `*` -> the calling name; the first "
    "given name when nothing is marked",
    ["fornamn"],
    ["Anna Maria* Elisabet", "Karl Johan", "Lars-Erik* Gustav",
     "Eva Karin* Margareta", "Per Olof", "Sven* Erik", "Ingrid Anna-Lena*", "Björn", "Nils Gustav Åke*"],
    tilltal)

# ---- codes --------------------------------------------------------------------------------------


def cpf_check(base9: str) -> str:
    d = [int(c) for c in base9]
    s1 = sum(v * w for v, w in zip(d, range(10, 1, -1)))
    c1 = (s1 * 10) % 11 % 10
    d.append(c1)
    s2 = sum(v * w for v, w in zip(d, range(11, 1, -1)))
    c2 = (s2 * 10) % 11 % 10
    return base9 + f"{c1}{c2}"


CPFS = [cpf_check(b) for b in ["529982247", "111444777", "043125864", "390533447", "071828915", "862145330",
                               "036547118", "745120398"]]


def cpf_fmt(s: str) -> str:
    d = digits(s).zfill(11)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def cpf_in(i: int, style: str) -> str:
    c = CPFS[i]
    if style == "raw":
        return c
    if style == "fmt":
        return cpf_fmt(c)
    assert c.startswith("0")
    return c.lstrip("0")


add("code_br_cpf_format", "code",
    "Brazilian CPF (raw digits, already formatted, or with the leading zero lost in a numeric column) -> "
    "`000.000.000-00`",
    ["cpf"],
    [cpf_in(0, "raw"), cpf_in(3, "fmt"), cpf_in(2, "lost"),
     cpf_in(1, "raw"), cpf_in(4, "lost"), cpf_in(5, "fmt"), cpf_in(6, "lost"), cpf_in(7, "raw")],
    cpf_fmt)


def rut_dv(body: str) -> str:
    s, f = 0, 2
    for c in reversed(body):
        s += int(c) * f
        f = 2 if f == 7 else f + 1
    r = 11 - s % 11
    return {11: "0", 10: "K"}.get(r, str(r))


def rut_fmt(s: str) -> str:
    core = re.sub(r"[^0-9kK]", "", s).upper()
    body, dv = core[:-1], core[-1]
    assert rut_dv(body) == dv, s
    return f"{int(body):,}".replace(",", ".") + "-" + dv


def rut_bodies_with(dv_wanted, start, n):
    out, b = [], start
    while len(out) < n:
        if (rut_dv(str(b)) == "K") == dv_wanted:
            out.append(str(b))
        b += 7919
    return out


RK = rut_bodies_with(True, 7654321, 3)       # bodies whose check digit is K
RN = rut_bodies_with(False, 12345678, 5)


def rut_in(body: str, style: str) -> str:
    dv = rut_dv(body)
    if style == "bare":
        return body + dv
    if style == "dash_lower":
        return body + "-" + dv.lower()
    return f"{int(body):,}".replace(",", ".") + "-" + dv


add("code_cl_rut_format", "code",
    "Chilean RUT in any layout (bare, dash with lower-case k, dotted) -> `12.345.678-5` with capital K",
    ["rut"],
    [rut_in(RN[0], "bare"), rut_in(RK[0], "dash_lower"), rut_in("9876543", "dots"),
     rut_in(RN[1], "dash_lower"), rut_in(RK[1], "bare"), rut_in(RN[2], "dots"), rut_in("15001287", "bare"),
     rut_in(RK[2], "dots"), rut_in("6432109", "dash_lower")],
    rut_fmt)


def se_postnr(s: str) -> str:
    d = digits(s)
    assert len(d) == 5
    return d[:3] + " " + d[3:]


add("code_se_postnummer", "code",
    "Swedish postcode with or without `S-`/`SE-` prefix -> `123 45`",
    ["postnummer"],
    ["11455", "SE-413 19", "S-22100",
     "SE-75310", "S-114 28", "90187", "SE-211 20", "972 31"],
    se_postnr)

NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif_norm(s: str) -> str:
    c = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if c[0] in "XYZ":
        num, letter = c[1:-1].zfill(7), c[-1]
        assert NIF_LETTERS[int(str("XYZ".index(c[0])) + num) % 23] == letter, s
        return c[0] + num + letter
    num, letter = c[:-1].zfill(8), c[-1]
    assert NIF_LETTERS[int(num) % 23] == letter, s
    return num + letter


def dni(n: int, style: str) -> str:
    letter = NIF_LETTERS[n % 23]
    if style == "dots":
        return f"{n:,}".replace(",", ".") + "-" + letter
    if style == "lower":
        return f"{n}{letter.lower()}"
    return f"{n}{letter}"


def nie(p: str, n: int, style: str) -> str:
    letter = NIF_LETTERS[int(str("XYZ".index(p)) + f"{n:07d}") % 23]
    if style == "lower":
        return f"{p.lower()}-{n:07d}-{letter.lower()}"
    return f"{p}{n:07d}{letter}"


add("code_es_nif_normalise", "code",
    "Spanish DNI/NIE in any layout -> compact upper case; DNI numbers padded to 8 digits",
    ["nif"],
    [nie("X", 1234567, "lower"), dni(1234567, "plain"), dni(12345678, "dots"),
     dni(7654321, "lower"), nie("Y", 2345678, "plain"), dni(45678901, "dots"), nie("Z", 8765432, "lower"),
     dni(987654, "plain"), dni(50123456, "lower")],
    nif_norm)

# ---- dates --------------------------------------------------------------------------------------
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
             "ottobre", "novembre", "dicembre"]


def it_date(s: str) -> str:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        d, mo, y = int(m[1]), int(m[2]), m[3]
    else:
        m = re.fullmatch(r"(\d{1,2})°? (\w+) (\d{4})", s)
        d, mo, y = int(m[1]), IT_MONTHS.index(m[2]) + 1, m[3]
    return f"{y}-{mo:02d}-{d:02d}"


add("date_it_mixed", "date",
    "Italian date column mixing `15/03/2024`, `28 febbraio 2022` and `1° giugno 2023` -> ISO",
    ["data"],
    ["1° giugno 2023", "15/03/2024", "28 febbraio 2022",
     "1° marzo 2024", "7 luglio 2023", "30/11/2021", "12 dicembre 2020", "9 settembre 2024", "05/01/2022"],
    it_date)


def fi_dt(s: str) -> str:
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?: klo (\d{1,2})\.(\d{2}))?", s)
    hh, mm = (int(m[4]), m[5]) if m[4] else (0, "00")
    return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d} {hh:02d}:{mm}"


add("date_fi_klo", "date",
    "Finnish `15.3.2024 klo 14.05` or date only -> `YYYY-MM-DD HH:MM` (midnight when no time)",
    ["aika"],
    ["15.3.2024 klo 14.05", "1.12.2023", "7.6.2024 klo 9.30",
     "31.1.2024 klo 23.59", "2.2.2022", "10.10.2023 klo 0.15", "29.2.2024 klo 12.00", "5.11.2021"],
    fi_dt)


def roc(s: str) -> str:
    m = re.fullmatch(r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", s) or re.fullmatch(r"(\d{2,3})/(\d{2})/(\d{2})", s)
    return f"{int(m[1]) + 1911}-{int(m[2]):02d}-{int(m[3]):02d}"


add("date_tw_roc", "date",
    "Taiwanese Republic-of-China (Minguo) dates `民國113年3月15日`, `112/12/01`, `99年7月4日` -> ISO (year + 1911)",
    ["日期"],
    ["民國113年3月15日", "112/12/01", "99年7月4日",
     "113/02/29", "民國100年1月1日", "88/09/21", "110年10月10日", "民國112年6月30日"],
    roc)


def de_range(s: str) -> str:
    a, b = s.split("–")
    e = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", b)
    parts = [p for p in a.split(".") if p]
    sd = parts[0]
    sm = parts[1] if len(parts) > 1 else e[2]
    sy = parts[2] if len(parts) > 2 else e[3]
    return f"{sy}-{sm}-{sd}/{e[3]}-{e[2]}-{e[1]}"


add("date_de_range_interval", "date",
    "German date range `15.–17.03.2024`, `28.02.–03.03.2024`, `30.12.2023–02.01.2024` -> ISO 8601 interval "
    "`start/end`",
    ["zeitraum"],
    ["15.–17.03.2024", "28.02.–03.03.2024", "30.12.2023–02.01.2024",
     "01.–05.07.2024", "29.04.–02.05.2024", "27.12.2024–03.01.2025", "10.–12.10.2023", "31.03.–01.04.2024"],
    de_range)

# ---- numbers ------------------------------------------------------------------------------------


def jp_yen(s: str) -> str:
    return digits(unicodedata.normalize("NFKC", s))


add("number_jp_yen", "number",
    "Japanese yen price (`¥`, `円`, full-width digits, `（税込）` note) -> integer yen",
    ["価格"],
    ["¥1,234", "12,800円（税込）", "１２，３４５円",
     "¥98,000", "３，９８０円", "540円（税込）", "￥1,500", "１，０００，０００円"],
    jp_yen)


def rupiah(s: str) -> str:
    m = re.fullmatch(r"Rp ?([\d.,]+) (jt|rb)", s)
    if m:
        return str(int(dnum(m[1]) * (1_000_000 if m[2] == "jt" else 1000)))
    return digits(s)


add("number_id_rupiah", "number",
    "Indonesian rupiah `Rp 1.250.000`, `Rp1,25 jt` (juta = million), `Rp 750 rb` (ribu = thousand) -> integer",
    ["harga"],
    ["Rp 1.250.000", "Rp1,25 jt", "Rp 750 rb",
     "Rp 3.499.000", "Rp2,5 jt", "Rp 15 jt", "Rp 99 rb", "Rp 1.050.000", "Rp12,75 jt"],
    rupiah)

AR_DIGITS = {**{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6F0 + i): str(i) for i in range(10)}}


def ar_num(s: str) -> str:
    out = "".join(AR_DIGITS.get(c, c) for c in s)
    return out.replace("\u066c", "").replace("\u066b", ".")


add("number_arabic_indic_digits", "number",
    "Amount in Arabic-Indic or Persian digits with `٬` thousands and `٫` decimal separators -> plain number",
    ["المبلغ"],
    ["١٢٣٫٤٥", "۱۲۳٬۴۵۶", "٢٬٥٠٠٫٧٥",
     "٧٥٠", "۱٬۲۰۰٬۰۰۰", "٠٫٠٥", "۹۸٫۶", "١٬٠٠٠٬٠٠٠٫٥٠", "۳۴۵٬۶۷۸٫۹"],
    ar_num)


def dk_round(s: str) -> str:
    v = Decimal(s.replace("kr. ", "").replace(".", "").replace(",", "."))
    r = (v * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2
    txt = f"{r:,.2f}"
    return txt.replace(",", "X").replace(".", ",").replace("X", ".")


add("number_dk_cash_rounding", "number",
    "Danish cash rounding (afrunding) of a kroner amount to the nearest 0,50 (25 øre rounds up), Danish notation",
    ["beloeb"],
    ["kr. 12,24", "kr. 1.247,80", "kr. 3,25",
     "kr. 99,74", "kr. 99,75", "kr. 1.999,80", "kr. 45,00", "kr. 7,49", "kr. 18,12"],
    dk_round)

# ---- text ---------------------------------------------------------------------------------------
NL_LOWER = {"aan", "den", "'s"}


def nl_place(s: str) -> str:
    def cap(w: str) -> str:
        if w.startswith("ij"):
            return "IJ" + w[2:]
        return w[:1].upper() + w[1:]

    words = s.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        parts = w.split("-")
        np = []
        for j, p in enumerate(parts):
            np.append(p if (p in NL_LOWER and (i > 0 or p == "'s")) else cap(p))
        out.append("-".join(np))
    return " ".join(out)


add("text_nl_place_names", "text",
    "Dutch place names from an all-caps register -> normal spelling (`IJ` stays together, `'s` and `aan den` "
    "lower case, capital after a hyphen)",
    ["plaats"],
    ["IJMUIDEN", "'S-HERTOGENBOSCH", "CAPELLE AAN DEN IJSSEL",
     "ALPHEN AAN DEN RIJN", "'S-GRAVENHAGE", "IJSSELSTEIN", "DEN HELDER", "OUD-BEIJERLAND",
     "KRIMPEN AAN DEN IJSSEL"],
    nl_place)


def el_upper(s: str) -> str:
    u = s.upper()
    return "".join(c for c in unicodedata.normalize("NFD", u) if not unicodedata.combining(c))


add("text_el_upper_no_accents", "text",
    "Greek place names -> capitals without the tonos accent (as on signs and labels), final ς -> Σ",
    ["πόλη"],
    ["Αθήνα", "Πειραιάς", "Θεσσαλονίκη",
     "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Ιωάννινα", "Χανιά", "Καλαμάτα"],
    el_upper)
assert el_upper("Βόλος") == "ΒΟΛΟΣ"


def hankaku(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


add("text_ja_halfwidth_kana", "text",
    "Half-width katakana from a legacy system -> full-width katakana (voicing marks combined)",
    ["カナ"],
    ["ｶﾞｽ料金", "ﾄｳｷｮｳ ﾀﾛｳ", "ﾊﾟｿｺﾝ",
     "ﾃﾞｰﾀﾍﾞｰｽ", "ﾔﾏﾀﾞ ﾊﾅｺ", "ｼｮｳﾋｾﾞｲ", "ﾎﾟｲﾝﾄ", "ｶﾌﾞｼｷｶﾞｲｼｬ"],
    hankaku)


def mojibake_in(s: str) -> str:
    return s.encode("utf-8").decode("cp1252")


def mojibake_fix(s: str) -> str:
    return s.encode("cp1252").decode("utf-8")


MOJI = ["Müller", "François Lefèvre", "São João",
        "Björk", "Café crème", "Straße", "Muñoz", "Søren", "Käse"]
for _w in MOJI:
    _m = mojibake_in(_w)
    assert all(unicodedata.category(c)[0] != "C" for c in _m), _w  # no invisible characters
add("text_mojibake_repair", "text",
    "Repair UTF-8 text that was read as Windows-1252 (`MÃ¼ller` -> `Müller`)",
    ["name"],
    [mojibake_in(w) for w in MOJI],
    mojibake_fix)

# ---- units --------------------------------------------------------------------------------------


def fuel(s: str, k: Decimal = Decimal("235.214583")) -> str:
    m = re.match(r"([\d.,]+)\s*(mpg|l/100 ?km)", s, re.I)
    v = dnum(m[1])
    if m[2].lower() == "mpg":
        v = k / v
    return dec(v, 1)


FUEL = ["30 mpg", "6,2 l/100 km", "42 mpg (US)",
        "25 mpg", "8,4 l/100km", "18 mpg (US)", "50 mpg", "5,0 l/100 km", "36 mpg"]
robust([fuel, lambda s: fuel(s, Decimal("235.2")), lambda s: fuel(s, Decimal("235.21"))], FUEL, "fuel")
add("unit_fuel_economy", "unit",
    "Fuel consumption in US mpg or l/100 km -> l/100 km with 1 decimal (l/100 km = 235.215 / mpg)",
    ["verbrauch"], FUEL, fuel)

ACRE_HA = Decimal("0.40468564224")


def area_ha(s: str, k: Decimal = ACRE_HA) -> str:
    m = re.fullmatch(r"([\d.,]+) (acres?|ha|m²)", s)
    v = dnum(m[1])
    v = v * k if m[2].startswith("acre") else v / 10000 if m[2] == "m²" else v
    return dec(v, 2)


AREA = ["12.5 acres", "3,5 ha", "8200 m²",
        "40 acres", "0,75 ha", "25000 m²", "160 acres", "1 acre", "12 ha", "4300 m²"]
robust([area_ha, lambda s: area_ha(s, Decimal("0.4047")), lambda s: area_ha(s, Decimal("0.40469"))], AREA, "area")
add("unit_land_area_ha", "unit",
    "Land area in acres, hectares (decimal comma) or m² -> hectares with 2 decimals",
    ["flaeche"], AREA, area_ha)


def press(s: str, kin: Decimal = Decimal("33.8638866667"), kmm: Decimal = Decimal("1.33322387415")) -> str:
    m = re.fullmatch(r"([\d.]+) (inHg|mmHg|hPa)", s)
    v = Decimal(m[1])
    v = v * kin if m[2] == "inHg" else v * kmm if m[2] == "mmHg" else v
    return dec(v, 1)


PRESS = ["29.92 inHg", "755 mmHg", "1008 hPa",
         "30.12 inHg", "741 mmHg", "1021.5 hPa", "29.53 inHg", "768 mmHg", "992 hPa"]
robust([press, lambda s: press(s, Decimal("33.864"), Decimal("1.3332")),
        lambda s: press(s, Decimal("33.8639"), Decimal("1.33322"))], PRESS, "pressure")
add("unit_air_pressure_hpa", "unit",
    "Barometric pressure in inHg, mmHg or hPa -> hPa with 1 decimal",
    ["pressure"], PRESS, press)


def kcal(s: str, k: Decimal = Decimal("4.184")) -> str:
    m = re.search(r"(\d+) kcal", s)
    if m:
        return m[1]
    m = re.search(r"(\d+) kJ", s)
    return dec(Decimal(m[1]) / k, 0)


KCAL = ["Energie 1046 kJ / 250 kcal", "2092 kJ", "380 kcal",
        "1255 kJ", "Brennwert 1569 kJ / 375 kcal", "95 kcal", "420 kJ", "1380 kJ", "Energie 2510 kJ / 600 kcal"]
robust([kcal, lambda s: kcal(s, Decimal("4.1868")), lambda s: kcal(s, Decimal("4.18"))], KCAL, "kcal")
add("unit_energy_kcal", "unit",
    "Energy from a nutrition label -> kcal (the kcal figure when given, else kJ / 4.184 rounded to an integer)",
    ["energie"], KCAL, kcal)

# =================================================================================================
# OTHER FAMILIES (30)
# =================================================================================================

# ---- devops -------------------------------------------------------------------------------------


def docker_tag(s: str) -> str:
    s = s.split("@")[0]
    last = s.rsplit("/", 1)[-1]
    return last.split(":", 1)[1] if ":" in last else "latest"


add("devops_docker_image_tag", "devops",
    "Container image reference -> its tag (`latest` when none; registry port and digest are not the tag)",
    ["image"],
    ["nginx", "registry.example.com:5000/team/api:1.4.2",
     "ghcr.io/acme/app:v2.0.1@sha256:3f1c9a7e0b4d2c6e8f1a5b7c9d0e2f4a6b8c0d1e3f5a7b9c1d3e5f7a9b1c3d5e",
     "postgres:16-alpine", "localhost:5000/tools/builder", "docker.io/library/redis:7.2",
     "quay.io/prometheus/node-exporter:v1.7.0@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
     "myregistry:443/data/etl-job", "mcr.microsoft.com/dotnet/aspnet:8.0"],
    docker_tag)


def cc_scope(s: str) -> str:
    m = re.match(r"\w+(?:\(([^)]*)\))?!?:", s)
    return m[1] or ""


add("devops_commit_scope", "devops",
    "Conventional-commit subject -> the scope in parentheses; empty when there is none",
    ["subject"],
    ["feat(api): add pagination to /orders", "fix: handle empty CSV upload", "refactor(core)!: drop Python 3.8",
     "docs(readme): fix install command", "chore: bump deps", "fix(auth): refresh token race (#412)",
     "perf(db)!: switch to keyset pagination", "test: cover leap years", "build(docker): use slim base image"],
    cc_scope)


def pep503(s: str) -> str:
    m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", s)
    return re.sub(r"[-_.]+", "-", m[1]).lower()


add("devops_pip_project_name", "devops",
    "Python requirement line -> normalised project name (lower case, runs of `.`/`_`/`-` -> `-`; extras, "
    "version and markers dropped)",
    ["requirement"],
    ["requests[socks]>=2.31,<3", "typing_extensions>=4.8", 'Zope.Interface ; python_version < "3.12"',
     "Django==4.2.7", "ruamel.yaml.clib~=0.2", "Flask_SQLAlchemy", "PyYAML>=6.0",
     'backports.zoneinfo[tzdata]; python_version<"3.9"', "pydantic-core==2.14.5"],
    pep503)

# ---- database -----------------------------------------------------------------------------------


def jdbc_db(s: str) -> str:
    m = re.search(r"databaseName=([^;]+)", s)
    if m:
        return m[1]
    m = re.match(r"jdbc:\w+://[^/]+/([^?;]+)", s)
    return m[1]


add("db_jdbc_database", "database",
    "JDBC URL (PostgreSQL, MySQL, SQL Server) -> database name",
    ["jdbc_url"],
    ["jdbc:postgresql://db1.internal:5432/sales?ssl=true", "jdbc:mysql://10.0.0.12/crm",
     "jdbc:sqlserver://sqlprod:1433;databaseName=ERP;encrypt=true",
     "jdbc:postgresql://localhost/inventory", "jdbc:sqlserver://10.1.2.3\\SQLEXPRESS;databaseName=Payroll",
     "jdbc:mysql://mysql-ro:3306/web_shop?useSSL=false&serverTimezone=UTC",
     "jdbc:sqlserver://dwh:1433;encrypt=true;databaseName=DWH_STAGE",
     "jdbc:postgresql://pg-a:5432,pg-b:5432/billing?targetServerType=primary"],
    jdbc_db)


def ora2pg(s: str) -> str:
    col, typ = s.split(" ", 1)
    m = re.fullmatch(r"VARCHAR2\((\d+)(?: (?:BYTE|CHAR))?\)", typ)
    if m:
        t = f"varchar({m[1]})"
    elif typ.startswith("NUMBER("):
        t = "numeric" + typ[6:]
    else:
        assert typ == "DATE"
        t = "timestamp(0)"
    return f"{col.lower()} {t}"


add("db_oracle_column_to_pg", "database",
    "Oracle column definition -> PostgreSQL (`VARCHAR2(n BYTE|CHAR)` -> `varchar(n)`, `NUMBER(p,s)` -> "
    "`numeric(p,s)`, `DATE` keeps its time part -> `timestamp(0)`, names lower case)",
    ["oracle_column"],
    ["CUSTOMER_NAME VARCHAR2(50 BYTE)", "AMOUNT NUMBER(12,2)", "CREATED DATE",
     "CITY VARCHAR2(80 CHAR)", "QTY NUMBER(10,0)", "VALID_FROM DATE", "IBAN VARCHAR2(34 BYTE)",
     "RATE NUMBER(7,4)", "DELETED_AT DATE"],
    ora2pg)

# ---- nav ----------------------------------------------------------------------------------------
COMPASS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]


def compass(s: str) -> str:
    deg = Decimal(s.rstrip("°"))
    x = (deg + Decimal("11.25")) / Decimal("22.5")
    assert x != int(x)
    return COMPASS[int(x) % 16]


add("nav_compass_16", "nav",
    "Wind direction in degrees -> 16-point compass abbreviation (N, NNE, NE, ...; English letters)",
    ["wind_dir"],
    ["225°", "22°", "350°",
     "90°", "135°", "200°", "292°", "67°", "180°", "315°"],
    compass)


def nmea(v: str, hemi: str) -> str:
    dot = v.index(".")
    deg, minutes = int(v[:dot - 2]), Decimal(v[dot - 2:])
    r = q(deg + minutes / 60, 5)
    return f"{-r if hemi in 'SW' else r}"


add("nav_nmea_to_decimal", "nav",
    "NMEA 0183 coordinate `ddmm.mmmm` / `dddmm.mmmm` + hemisphere -> signed decimal degrees, 5 decimals",
    ["value", "hemisphere"],
    [("4807.038", "N"), ("3352.1234", "S"), ("01131.000", "E"),
     ("07400.600", "W"), ("5130.3000", "N"), ("2235.5124", "S"), ("11342.120", "E"), ("12225.4500", "W"),
     ("0004.500", "N")],
    nmea)

# ---- i18n ---------------------------------------------------------------------------------------
SCRIPTS = {"latin": "Latn", "cyrillic": "Cyrl"}


def posix_bcp(s: str) -> str:
    mod = None
    if "@" in s:
        s, mod = s.split("@")
    s = s.split(".")[0]
    lang, region = s.split("_")
    return "-".join([lang] + ([SCRIPTS[mod]] if mod else []) + [region])


add("i18n_posix_locale_bcp47", "i18n",
    "POSIX locale (`en_US.UTF-8`, `sr_RS.UTF-8@latin`) -> BCP 47 tag (`en-US`, `sr-Latn-RS`)",
    ["lc_all"],
    ["en_US.UTF-8", "de_CH", "sr_RS.UTF-8@latin",
     "pt_BR.utf8", "fr_CA.ISO-8859-1", "sr_RS.UTF-8@cyrillic", "nb_NO.UTF-8", "ja_JP.eucJP"],
    posix_bcp)


def accept_lang(s: str) -> str:
    best, bq = None, Decimal(-1)
    for part in s.split(","):
        bits = [b.strip() for b in part.split(";")]
        tag = bits[0]
        qv = Decimal("1")
        for b in bits[1:]:
            if b.startswith("q="):
                qv = Decimal(b[2:])
        if tag != "*" and qv > bq:
            best, bq = tag, qv
    return best


add("i18n_accept_language_top", "i18n",
    "HTTP Accept-Language header -> the preferred language (highest q, no q means 1; first one on a tie)",
    ["accept_language"],
    ["de-CH,de;q=0.9,en;q=0.8", "en;q=0.5, fr-CA", "*;q=0.1, nl-BE;q=0.8, nl;q=0.8",
     "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "es;q=0.7, pt-BR;q=0.9, en", "ja,en-US;q=0.9",
     "it-IT;q=0.3, de-AT;q=0.6", "en-GB;q=0.8, en-US;q=0.8, *;q=0.5"],
    accept_lang)

# ---- security -----------------------------------------------------------------------------------


def cve(s: str) -> str:
    m = re.search(r"cve[-_ ](\d{4})[-_ ](\d{4,})", s, re.I)
    return f"CVE-{m[1]}-{m[2]}"


add("security_cve_id", "security",
    "CVE identifier written in any style, possibly inside a note -> `CVE-YYYY-NNNN`",
    ["advisory"],
    ["cve-2021-44228", "CVE 2014 0160", "Fix for CVE_2023_4863 (libwebp)",
     "See cve-2017-5638", "CVE 2024 3094", "patched CVE_2019_0708 today", "CVE-2022-22965", "cve 2020 1472"],
    cve)


def cvss_sev(s: str) -> str:
    v = Decimal(s)
    if v == 0:
        return "None"
    return "Low" if v < 4 else "Medium" if v < 7 else "High" if v < 9 else "Critical"


add("security_cvss_severity", "security",
    "CVSS v3 base score -> qualitative severity (Low < 4.0 <= Medium < 7.0 <= High < 9.0 <= Critical)",
    ["cvss_score"],
    ["9.8", "7.5", "5.3",
     "4.3", "8.8", "10.0", "6.1", "7.0", "9.1"],
    cvss_sev)

# ---- escape -------------------------------------------------------------------------------------
add("escape_form_urldecode", "escape",
    "Form/query-string value -> decoded text (`+` is a space, `%XX` are UTF-8 bytes)",
    ["raw_value"],
    ["Hello+World%21", "M%C3%BCller+%26+S%C3%B6hne", "50%25+off",
     "Caf%C3%A9+au+lait", "a%2Fb%3Fc%3Dd", "S%C3%A3o+Paulo%2C+BR", "100%25+%2B+tax", "%C3%85rhus+%C3%98st"],
    urllib.parse.unquote_plus)


def csv_unquote(s: str) -> str:
    if s.startswith('"') and s.endswith('"') and len(s) >= 2:
        return s[1:-1].replace('""', '"')
    return s


add("escape_csv_field", "escape",
    "Raw CSV field as stored in a staging column -> its value (outer quotes removed, doubled quotes undone)",
    ["raw_field"],
    ['"Smith, John"', '"He said ""hi"""', "plain",
     '"12"" pipe"', '"Acme, Inc."', "Berlin", '""""', '"a ""b"", c"'],
    csv_unquote)

# ---- bio ----------------------------------------------------------------------------------------
COMP = str.maketrans("ACGT", "TGCA")


def revcomp(s: str) -> str:
    return s.translate(COMP)[::-1]


add("bio_reverse_complement", "bio",
    "DNA primer 5'->3' -> reverse complement",
    ["sequence"],
    ["ATGGCCTTAG", "GATTACA", "CCGTAAGT",
     "AGAGTTTGATCCTGGCTCAG", "GGACTACHVGGGTWTCTAAT".replace("H", "A").replace("V", "C").replace("W", "T"),
     "TTGACGGCCAGT", "ACGTACGTTT", "GCATCGATTAACGG"],
    revcomp)


def gc(s: str) -> str:
    v = Decimal(100 * sum(c in "GC" for c in s)) / len(s)
    assert (v * 100) % 10 != 5 or v * 10 == int(v * 10)
    return dec(v, 1)


add("bio_gc_content", "bio",
    "DNA sequence -> GC content in percent with 1 decimal",
    ["sequence"],
    ["GCGCAT", "ATATGC", "ATGCATGCAT",
     "GGGCCCATA", "ATGCGTACGTTAGC", "AAAAAAAGC", "GCGCGCGCGCAT", "ATGACCGTTAGCAAT"],
    gc)

# ---- markets ------------------------------------------------------------------------------------
BBG_RIC = {"LN": "L", "GY": "DE", "JT": "T"}


def bbg_ric(s: str) -> str:
    tick, exch, _ = s.split()
    return f"{tick}.{BBG_RIC[exch]}"


add("markets_bloomberg_to_ric", "markets",
    "Bloomberg ticker `VOD LN Equity` -> Reuters RIC `VOD.L` (LN -> .L, GY -> .DE, JT -> .T)",
    ["bbg_ticker"],
    ["VOD LN Equity", "SAP GY Equity", "7203 JT Equity",
     "HSBA LN Equity", "BMW GY Equity", "6758 JT Equity", "ALV GY Equity", "9984 JT Equity", "AZN LN Equity"],
    bbg_ric)


def occ(s: str) -> str:
    root, ymd, cp, strike = s[:6].strip(), s[6:12], s[12], s[13:]
    return f"{root} 20{ymd[:2]}-{ymd[2:4]}-{ymd[4:]} {cp} {Decimal(strike) / 1000:.2f}"


OCC = ["AAPL  240315C00170000", "SPY   241220P00450500", "TSLA  250117C00012500",
       "MSFT  240621P00400000", "F     240517C00012000", "NVDA  250620C01200000", "QQQ   240328P00437500",
       "BRKB  240920C00410000"]
assert all(len(x) == 21 for x in OCC)
add("markets_occ_option_symbol", "markets",
    "OCC option symbol (root padded to 6, YYMMDD, C/P, strike x 1000 in 8 digits) -> `ROOT YYYY-MM-DD C 170.00`",
    ["osi_symbol"], OCC, occ)


def sats(s: str) -> str:
    return f"{Decimal(s) / Decimal(100_000_000):.8f}"


add("markets_satoshi_to_btc", "markets",
    "Bitcoin amount in satoshi -> BTC with 8 decimals (1 BTC = 100,000,000 sat)",
    ["amount_sat"],
    ["150000000", "2500", "100000000",
     "1", "21000000", "123456789", "99999999", "5000000000"],
    sats)

# ---- imaging ------------------------------------------------------------------------------------


def exif_dt(d: str, off: str) -> str:
    date, time = d.split(" ")
    return date.replace(":", "-") + "T" + time + off


add("imaging_exif_datetime", "imaging",
    "EXIF DateTimeOriginal `2024:03:15 14:30:45` + OffsetTimeOriginal (may be empty) -> ISO 8601",
    ["DateTimeOriginal", "OffsetTimeOriginal"],
    [("2024:03:15 14:30:45", "+01:00"), ("2023:08:02 07:05:10", ""), ("2022:12:31 23:59:59", "-05:00"),
     ("2024:06:21 21:12:00", "+02:00"), ("2019:01:01 00:00:03", ""), ("2023:11:05 16:48:27", "+09:00"),
     ("2021:07:14 12:00:00", "-07:00"), ("2020:02:29 08:15:44", "")],
    exif_dt)


def fnum(s: str) -> str:
    n, d = s.split("/")
    v = Decimal(n) / Decimal(d)
    return f"f/{v.normalize():f}"


add("imaging_exif_fnumber", "imaging",
    "EXIF FNumber rational -> aperture `f/2.8` (no trailing `.0`)",
    ["FNumber"],
    ["28/10", "80/10", "11/1",
     "56/10", "4/1", "160/10", "35/10", "14/10", "22/1", "63/10"],
    fnum)


def px_mm(px: str, dpi: str) -> str:
    v = Decimal(px) * Decimal("25.4") / Decimal(dpi)
    assert (v * 100) % 10 != 5, (px, dpi)
    return dec(v, 1)


add("imaging_pixels_to_mm", "imaging",
    "Pixel width + resolution in dpi -> printed width in mm with 1 decimal (1 inch = 25.4 mm)",
    ["width_px", "dpi"],
    [("2480", "300"), ("1200", "72"), ("3508", "300"),
     ("1920", "96"), ("600", "150"), ("5000", "300"), ("1748", "300"), ("800", "72"), ("4961", "600")],
    px_mm)

# ---- archive ------------------------------------------------------------------------------------


def year_range(s: str) -> str:
    m = re.fullmatch(r"(\d{3})0s", s)
    if m:
        return f"{m[1]}0/{m[1]}9"
    m = re.fullmatch(r"(\d{4})-(\d{2})", s)
    if m:
        return f"{m[1]}/{m[1][:2]}{m[2]}"
    assert re.fullmatch(r"\d{4}", s)
    return f"{s}/{s}"


add("archive_year_range", "archive",
    "Approximate dates in a finding aid (`1850s`, `1920-25`, `1789`) -> first/last year `1850/1859`",
    ["date_expression"],
    ["1850s", "1920-25", "1789",
     "1960s", "1914-18", "1648", "1980s", "1939-45", "1870s", "2001-09"],
    year_range)

# ---- dns ----------------------------------------------------------------------------------------


def ptr_ip(s: str) -> str:
    octets = s.rstrip(".").replace(".in-addr.arpa", "").split(".")
    return ".".join(reversed(octets))


add("dns_ptr_to_ipv4", "dns",
    "Reverse-DNS PTR name (`...in-addr.arpa`, optional trailing dot) -> IPv4 address",
    ["ptr_name"],
    ["34.216.184.93.in-addr.arpa.", "1.0.168.192.in-addr.arpa", "10.12.0.10.in-addr.arpa",
     "8.8.8.8.in-addr.arpa.", "254.1.16.172.in-addr.arpa", "77.101.51.198.in-addr.arpa.",
     "3.2.0.100.in-addr.arpa", "200.113.0.203.in-addr.arpa"],
    ptr_ip)

PUBLIC_SUFFIXES = {"co.uk", "com.au", "net.au", "co.jp", "com", "org", "de"}


def registrable(s: str) -> str:
    labels = s.split(".")
    for i in range(len(labels)):
        if ".".join(labels[i:]) in PUBLIC_SUFFIXES:
            return ".".join(labels[i - 1:])
    raise ValueError(s)


add("dns_registrable_domain", "dns",
    "Host name -> registrable domain (one label below the public suffix; `co.uk`, `com.au` count as suffixes)",
    ["hostname"],
    ["www.shop.example.co.uk", "mail.google.com", "api.v2.service.com.au",
     "blog.example.org", "static.cdn.bbc.co.uk", "www.abc.net.au", "shop.beispiel.de", "a.b.c.example.com",
     "www.tokyo.example.co.jp"],
    registrable)

# ---- iot ----------------------------------------------------------------------------------------


def int16_tenths(s: str) -> str:
    v = int(s, 16)
    if v >= 0x8000:
        v -= 0x10000
    return dec(Decimal(v) / 10, 1)


add("iot_int16_tenths", "iot",
    "Sensor register as 4 hex digits (signed 16-bit, tenths of a degree) -> temperature with 1 decimal",
    ["raw_hex"],
    ["00EB", "FF9C", "0190",
     "FFFF", "012C", "FE0C", "0064", "FFF6", "0000"],
    int16_tenths)


def le_uint(s: str) -> str:
    return str(int("".join(reversed(s.split())), 16))


add("iot_little_endian_uint", "iot",
    "Payload bytes in little-endian order (hex, space-separated) -> unsigned integer",
    ["payload"],
    ["E8 03", "10 27 00 00", "01 00",
     "FF FF", "40 E2 01 00", "00 01", "A0 86 01 00", "2C 01"],
    le_uint)

# ---- single-task families -----------------------------------------------------------------------


def seat(s: str) -> str:
    m = (re.fullmatch(r"Block (\w+), Reihe (\w+), Platz (\w+)", s)
         or re.fullmatch(r"Sec (\w+) Row (\w+) Seat (\w+)", s)
         or re.fullmatch(r"Sektor (\w+) / Reihe (\w+) / Sitz (\w+)", s))
    return "-".join(m.groups())


add("ticketing_seat_code", "ticketing",
    "Seat description (German or US layouts) -> `block-row-seat` code",
    ["seat"],
    ["Block C, Reihe 12, Platz 7", "Sec 112 Row F Seat 9", "Sektor A / Reihe 3 / Sitz 15",
     "Block 5, Reihe 20, Platz 101", "Sec 204 Row AA Seat 1", "Sektor D / Reihe 14 / Sitz 2",
     "Block K, Reihe 1, Platz 33", "Sec 3 Row 12 Seat 18"],
    seat)


def salary_mid(s: str) -> str:
    m = re.search(r"(\d+)k–(\d+)k", s)
    if m:
        lo, hi = int(m[1]) * 1000, int(m[2]) * 1000
    else:
        nums = [int(re.sub(r"[.,]", "", x)) for x in re.findall(r"\d{1,3}(?:[.,]\d{3})+", s)]
        lo, hi = nums
    assert (lo + hi) % 2 == 0
    return str((lo + hi) // 2)


add("jobs_salary_midpoint", "jobs",
    "Advertised annual salary range -> midpoint as an integer",
    ["salary_range"],
    ["€45k–55k", "$80,000 - $95,000 a year", "40.000 - 48.000 € brutto/Jahr",
     "€60k–70k", "$120,000 - $150,000 a year", "52.000 - 58.000 € brutto/Jahr", "£35k–42k",
     "$65,500 - $70,000 a year"],
    salary_mid)


def tolerance(s: str) -> str:
    m = re.fullmatch(r"(?:Ø)?([\d,]+) ±([\d,]+)", s)
    if m:
        n, up, lo = dnum(m[1]), dnum(m[2]), dnum(m[2])
    else:
        m = re.fullmatch(r"Ø([\d,]+) \+([\d,]+)/-([\d,]+)", s)
        n, up, lo = dnum(m[1]), dnum(m[2]), dnum(m[3])
    a, b = n - lo, n + up
    assert -a.as_tuple().exponent == -b.as_tuple().exponent, s
    return f"{a};{b}"


add("engineering_tolerance_limits", "engineering",
    "Drawing dimension with tolerance (decimal comma, `±` or `+a/-b`) -> `min;max` in mm",
    ["masz"],
    ["25 ±0,1", "Ø12 +0,2/-0,1", "8,5 ±0,05",
     "100 ±0,2", "Ø20 +0,3/-0,1", "3,2 ±0,05", "Ø50 +0,15/-0,05", "60 ±0,5"],
    tolerance)


def bmi(kg: str, cm: str) -> str:
    m = Decimal(cm) / 100
    v = dnum(kg) / (m * m)
    assert abs((v * 100) % 10 - 5) > Decimal("0.01"), (kg, cm)
    return dec(v, 1)


add("fitness_bmi", "fitness",
    "Body-mass index from weight in kg (decimal comma possible) and height in cm -> 1 decimal",
    ["gewicht_kg", "groesse_cm"],
    [("70", "175"), ("82,5", "180"), ("58", "162"),
     ("95", "188"), ("64,3", "170"), ("110", "176"), ("49,8", "158"), ("77", "169")],
    bmi)

# =================================================================================================
assert len(TASKS) == 60, len(TASKS)
for t in TASKS:
    assert len(t.train) == 3 and 4 <= len(t.test) <= 8, t.id
    for p in t.train + t.test:
        assert all(isinstance(x, str) for x in p["in"]) and isinstance(p["out"], str), t.id
synth_common.write(SPLIT, TASKS)
print(f"{len(TASKS)} tasks, {sum(len(t.test) for t in TASKS)} test rows -> {synth_common.OUT / SPLIT}")
