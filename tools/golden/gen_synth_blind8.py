# ruff: noqa
"""Eighth blind transformation-by-example set (split `dev_b8`, formerly `blind`).

Standard library only, deterministic: one random.Random(seed) per task (seed = 8000 + task number).
Every row is rendered from a canonical value; every expected output is computed from that canonical
value by the reference function next to the task.  Output path: synth_common.OUT (the one constant).
Run: python3 gen_synth_blind8.py
(a blind-written generator, kept as its author wrote it; only its output path was repointed: synth_common.OUT is the repo's)
"""
from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from synth_common import Task, dec, write

TASKS: list[Task] = []
_N = [0]
D = Decimal


def task(id_, cat, desc, inputs, gen, render, ref, train_fmts=(0, 1, 2), nfmt=3, held=None):
    """gen(rng, i) -> canonical value; render(canon, fmt, rng) -> str or tuple; ref(canon) -> str."""
    _N[0] += 1
    seed = 8000 + _N[0]
    rng = random.Random(seed)
    n_held = held if held is not None else rng.randint(5, 7)
    rows, seen = [], set()
    i = 0
    while len(rows) < 3 + n_held:
        for _attempt in range(200):
            c = gen(rng, i)
            fmt = train_fmts[i] if i < len(train_fmts) else rng.randrange(nfmt)
            ins = render(c, fmt, rng)
            key = ins if isinstance(ins, tuple) else (ins,)
            if key not in seen:
                break
        else:
            raise AssertionError((id_, "no unique row"))
        seen.add(key)
        out = ref(c)
        assert isinstance(out, str)
        rows.append((ins, out))
        i += 1
    TASKS.append(Task(id_, cat, desc, inputs, rows))


def dg(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def half_up(x: Decimal, places: int) -> Decimal:
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def is_tie(x: Decimal, places: int) -> bool:
    """True when x is exactly (or almost) half-way at `places` decimals."""
    s = (x * D(10) ** places) % 1
    return abs(s - D("0.5")) < D("0.02")


NBSP = "\u00a0"

# ============================================================================ phone
# 1 Poland -> E.164
def _pl_gen(rng, i):
    return rng.choice(["50", "51", "53", "60", "66", "69", "72", "79", "88"]) + dg(rng, 7) if i != 1 else "22" + dg(rng, 7)


def _pl_render(c, f, rng):
    if f == 0:
        return f"{c[:3]} {c[3:6]} {c[6:]}"
    if f == 1:
        return f"+48 {c[:3]}-{c[3:6]}-{c[6:]}"
    return f"0048{c}"


task("phone_pl_e164", "phone", "Polish phone numbers in three layouts -> E.164", ["telefon"],
     _pl_gen, _pl_render, lambda c: "+48" + c)


# 2 Austria mobile -> international display
def _at_gen(rng, i):
    return (rng.choice(["650", "660", "664", "676", "680", "681", "688", "699"]), dg(rng, 7))


def _at_render(c, f, rng):
    p, s = c
    if f == 0:
        return f"0{p} {s}"
    if f == 1:
        return f"0{p}/{s[:3]} {s[3:5]} {s[5:]}"
    return f"+43 (0){p} {s}"


task("phone_at_mobile_intl", "phone", "Austrian mobile numbers -> +43 prefix subscriber", ["Mobil"],
     _at_gen, _at_render, lambda c: f"+43 {c[0]} {c[1]}")


# 3 Turkey mobile
def _tr_gen(rng, i):
    return rng.choice(["530", "532", "533", "535", "542", "505", "555", "544"]) + dg(rng, 7)


def _tr_render(c, f, rng):
    if f == 0:
        return f"0{c[:3]} {c[3:6]} {c[6:8]} {c[8:]}"
    if f == 1:
        return c
    return f"+90 ({c[:3]}) {c[3:6]}-{c[6:8]}-{c[8:]}"


task("phone_tr_mobile", "phone", "Turkish mobile numbers -> +90 5XX XXX XX XX", ["cep_tel"],
     _tr_gen, _tr_render, lambda c: f"+90 {c[:3]} {c[3:6]} {c[6:8]} {c[8:]}")


# 4 Portugal
def _pt_gen(rng, i):
    return rng.choice(["91", "92", "93", "96", "21", "22"]) + dg(rng, 7)


def _pt_render(c, f, rng):
    if f == 0:
        return c
    if f == 1:
        return f"00351 {c[:3]} {c[3:6]} {c[6:]}"
    return f"(+351) {c[:3]}-{c[3:6]}-{c[6:]}"


task("phone_pt_intl", "phone", "Portuguese numbers -> +351 XXX XXX XXX", ["telemovel"],
     _pt_gen, _pt_render, lambda c: f"+351 {c[:3]} {c[3:6]} {c[6:]}")


# 5 Singapore
def _sg_gen(rng, i):
    return rng.choice("8966") + dg(rng, 7)


def _sg_render(c, f, rng):
    if f == 0:
        return c
    if f == 1:
        return f"+65-{c[:4]}-{c[4:]}"
    return f"(65) {c[:4]} {c[4:]}"


task("phone_sg_intl", "phone", "Singapore numbers -> +65 XXXX XXXX", ["Contact No."],
     _sg_gen, _sg_render, lambda c: f"+65 {c[:4]} {c[4:]}")

# ============================================================================ name
HK_SUR = ["Chan", "Wong", "Lee", "Cheung", "Lau", "Leung", "Ng", "Ho", "Tsang", "Yeung", "Kwok", "Fung", "Tam", "Lam"]
HK_SYL = ["Tai", "Man", "Ka", "Ming", "Wing", "Yan", "Siu", "Chi", "Kin", "Hoi", "Wai", "Mei", "Sze", "Pui", "Fai"]


def _hk_gen(rng, i):
    a, b = rng.sample(HK_SYL, 2)
    return (rng.choice(HK_SUR), a, b)


def _hk_render(c, f, rng):
    s, a, b = c
    if f == 0:
        return f"{s.upper()} {a} {b}"
    if f == 1:
        return f"{s.upper()}, {a.upper()} {b.upper()}"
    return f"{s} {a} {b}"


task("name_hk_given_first", "name", "Hong Kong romanised name (surname first) -> `Tai-man Chan`", ["name_en"],
     _hk_gen, _hk_render, lambda c: f"{c[1]}-{c[2].lower()} {c[0]}")

MY_GIVEN_M = ["Ahmad", "Muhammad Faiz", "Hafiz", "Azman", "Khairul Anuar", "Ridzuan", "Syafiq"]
MY_GIVEN_F = ["Siti Aishah", "Nurul Huda", "Farah", "Aminah", "Noor Azlina", "Zarina"]
MY_FATHER = ["Ismail", "Abdullah", "Hassan", "Osman", "Yusof", "Rahman", "Ibrahim", "Kamaruddin", "Zakaria"]
MY_CHINESE = ["Lim Wei Jie", "Tan Mei Ling", "Wong Kah Seng", "Ong Siew Lan", "Chong Kok Wai", "Lee Hui Min"]


def _my_gen(rng, i):
    kind = i if i < 3 else rng.choice([0, 0, 1, 1, 2])
    if kind == 0:
        return (rng.choice(MY_GIVEN_M), "bin", rng.choice(MY_FATHER), i == 0 or (i >= 3 and rng.random() < 0.3))
    if kind == 1:
        return (rng.choice(MY_GIVEN_F), "binti", rng.choice(MY_FATHER), i >= 3 and rng.random() < 0.3)
    return (rng.choice(MY_CHINESE), "", "", i >= 3 and rng.random() < 0.3)


def _my_render(c, f, rng):
    g, conn, fa, up = c
    s = f"{g} {conn} {fa}" if conn else g
    return s.upper() if up else s


task("name_my_father_name", "name", "Malaysian name: father's name after bin/binti (empty when none)", ["nama"],
     _my_gen, _my_render, lambda c: c[2].title() if c[2] else "", train_fmts=(0, 0, 0), nfmt=1)

PNR_SUR = ["MUELLER", "OKAFOR", "SCHMIDT-WEBER", "NAKAMURA", "FERREIRA", "LINDQVIST", "HADDAD", "DE SOUZA",
           "BERGER", "MORENO", "KOVACS", "ANDERSEN"]
PNR_GIVEN_M = ["HANS", "JOAO PEDRO", "ERIK", "PIETER", "LUIS", "KENJI", "OMAR"]
PNR_GIVEN_F = ["NGOZI", "ANNA LENA", "YUKI", "MARTA", "SIOBHAN", "RANIA", "CLAUDIA"]


def _pnr_gen(rng, i):
    if i == 1:
        return ("SCHMIDT-WEBER", "ANNA LENA", "MRS")
    t = ["MR", "MRS", "MS"][i] if i < 3 else rng.choice(["MR", "MRS", "MS"])
    return (rng.choice(PNR_SUR), rng.choice(PNR_GIVEN_M if t == "MR" else PNR_GIVEN_F), t)


def _cap(w):
    return "-".join(p.capitalize() for p in w.split("-"))


task("name_pnr_to_display", "name", "Airline PNR name `SURNAME/GIVEN TITLE` -> `Given Surname`", ["pax_name"],
     _pnr_gen, lambda c, f, r: f"{c[0]}/{c[1]} {c[2]}",
     lambda c: " ".join(_cap(w) for w in c[1].split()) + " " + " ".join(_cap(w) for w in c[0].split()),
     train_fmts=(0, 0, 0), nfmt=1)

US_FIRST = ["Robert", "Tyrone", "Ezekiel", "Bao", "Cormac", "Lemuel", "Dmitri", "Santiago", "Augustus", "Kwame"]
US_LAST = ["Washington", "Tran", "Abernathy", "Quintanilla", "McAllister", "Okafor", "Szymanski", "Yazzie", "Cohen"]


def _suf_gen(rng, i):
    suf = ["Jr.", "III", ""][i] if i < 3 else rng.choice(["Jr.", "III", ""])
    return (rng.choice(US_FIRST), rng.choice("ABCDEFGHJKLMRSTW"), rng.choice(US_LAST), suf)


def _suf_render(c, f, rng):
    fi, m, la, s = c
    if f == 0:
        return f"{fi} {m}. {la} {s}".rstrip()
    if f == 1:
        return f"{la.upper()}, {fi.upper()} {m} {s.replace('.', '').upper()}".rstrip()
    return f"{la}, {fi} {m}." + (f", {s}" if s else "")


task("name_generational_suffix", "name", "generational suffix (Jr./III) from a name in three layouts, or empty",
     ["customer_name"], _suf_gen, _suf_render, lambda c: c[3], train_fmts=(1, 0, 2))

# ============================================================================ code
def cnpj_full(base12: str) -> str:
    def dv(s, w):
        r = sum(int(a) * b for a, b in zip(s, w)) % 11
        return "0" if r < 2 else str(11 - r)
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    d1 = dv(base12, w1)
    d2 = dv(base12 + d1, [6] + w1)
    return base12 + d1 + d2


def _cnpj_gen(rng, i):
    return cnpj_full(dg(rng, 8) + rng.choice(["0001", "0001", "0002", "0003"]))


def _cnpj_render(c, f, rng):
    if f == 0:
        return c
    if f == 1:
        return f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:12]} {c[12:]}"
    return f"{c[:2]}.{c[2:5]}.{c[5:8]}.{c[8:12]}-{c[12:]}"


task("code_br_cnpj_format", "code", "Brazilian CNPJ -> `11.222.333/0001-81`", ["cnpj"],
     _cnpj_gen, _cnpj_render, lambda c: f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}")


def _nino_gen(rng, i):
    p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return (p, dg(rng, 6), rng.choice("ABCD"))


def _nino_render(c, f, rng):
    p, d, s = c
    if f == 0:
        return f"{p}{d}{s}".lower()
    if f == 1:
        return f"{p}{d}{s}"
    return f"{p.lower()} {d} {s.lower()}"


task("code_uk_nino_print", "code", "UK National Insurance number -> `AB 12 34 56 C`", ["NI Number"],
     _nino_gen, _nino_render, lambda c: f"{c[0]} {c[1][:2]} {c[1][2:4]} {c[1][4:]} {c[2]}")


def _nir_gen(rng, i):
    base = rng.choice("12") + f"{rng.randint(50, 99):02d}" + f"{rng.randint(1, 12):02d}" + \
        rng.choice(["75", "69", "13", "33", "59", "44", "67", "31", "06", "35"]) + f"{rng.randint(1, 400):03d}" + \
        f"{rng.randint(1, 999):03d}"
    return base + f"{97 - int(base) % 97:02d}"


def _nir_render(c, f, rng):
    if f == 0:
        return c
    if f == 1:
        return f"{c[:13]} {c[13:]}"
    return ".".join([c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:]])


task("code_fr_nir_print", "code", "French NIR (numéro de sécurité sociale) -> printed grouping", ["num_secu"],
     _nir_gen, _nir_render, lambda c: " ".join([c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:]]))


def s10_check(d8: str) -> str:
    s = sum(int(a) * b for a, b in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    r = 11 - s % 11
    return "0" if r == 10 else "5" if r == 11 else str(r)


def _s10_gen(rng, i):
    d = dg(rng, 8)
    return (rng.choice(["RR", "RX", "CP", "EE", "LX", "LY", "UA"]), d + s10_check(d),
            rng.choice(["DE", "GB", "FR", "NL", "PL", "CH", "AT", "SE"]))


def _s10_render(c, f, rng):
    s, d, cc = c
    if f == 0:
        return f"{s} {d[:3]} {d[3:6]} {d[6:]} {cc}".lower()
    if f == 1:
        return f"{s} {d[:4]} {d[4:8]} {d[8]} {cc}"
    return f"{s}{d}{cc}".lower()


task("code_upu_s10_compact", "code", "UPU S10 postal item id (registered mail) -> compact upper case", ["sendungsnr"],
     _s10_gen, _s10_render, lambda c: f"{c[0]}{c[1]}{c[2]}")

NL_LET = "BDFGHJKLNPRSTVXZ"


def _nlp_gen(rng, i):
    side = rng.randrange(5)
    L = lambda n: "".join(rng.choice(NL_LET) for _ in range(n))  # noqa: E731
    N = lambda n: str(rng.randint(1, 9)) + dg(rng, n - 1)  # noqa: E731
    return [(N(2), L(3), N(1)), (N(1), L(3), N(2)), (L(2), N(3), L(1)), (L(1), N(3), L(2)), (L(3), N(2), L(1))][side]


def _nlp_render(c, f, rng):
    s = "".join(c)
    if f == 0:
        return s.lower()
    if f == 1:
        return s
    return " ".join(c)


task("code_nl_kenteken", "code", "Dutch licence plate (sidecodes 7-11) -> dashes between letter/digit groups",
     ["kenteken"], _nlp_gen, _nlp_render, lambda c: "-".join(c))


def orcid_check(d15: str) -> str:
    t = 0
    for ch in d15:
        t = (t + int(ch)) * 2
    r = (12 - t % 11) % 11
    return "X" if r == 10 else str(r)


def _orcid_gen(rng, i):
    while True:
        d = "0000000" + str(rng.randint(1, 3)) + dg(rng, 7)
        c = d + orcid_check(d)
        if (i == 0) == (c[-1] == "X"):
            return c


def _orcid_render(c, f, rng):
    g = "-".join(c[k:k + 4] for k in range(0, 16, 4))
    if f == 0:
        return c
    if f == 1:
        return "https://orcid.org/" + g
    return " ".join(c[k:k + 4] for k in range(0, 16, 4))


task("code_orcid_hyphenate", "code", "ORCID iD from compact / URL / spaced form -> `0000-0002-1825-0097`", ["orcid"],
     _orcid_gen, _orcid_render, lambda c: "-".join(c[k:k + 4] for k in range(0, 16, 4)))


def _bg_gen(rng, i):
    n = [8, 7, 8][i] if i < 3 else rng.choice([7, 8])
    return str(rng.randint(1, 9)) + dg(rng, n - 1)


def _bg_render(c, f, rng):
    if f == 0:
        return c
    if f == 1:
        return f"Bankgiro {c[:-4]} {c[-4:]}"
    return f"BG {c}"


task("code_se_bankgiro", "code", "Swedish bankgiro number (7 or 8 digits) -> hyphen before the last four", ["bankgiro"],
     _bg_gen, _bg_render, lambda c: f"{c[:-4]}-{c[-4:]}")


def _pat_gen(rng, i):
    kind = i if i < 3 else rng.randrange(3)
    if kind == 0:
        return ("EP", str(rng.randint(1000000, 3999999)), rng.choice(["A1", "B1", "A2"]))
    if kind == 1:
        return ("US", str(rng.randint(9000000, 11999999)), rng.choice(["B1", "B2", "B2"]))
    return ("WO", f"20{rng.randint(15, 24)}" + f"{rng.randint(1, 250000):06d}", rng.choice(["A1", "A2"]))


def _pat_render(c, f, rng):
    o, n, k = c
    if o == "EP":
        return f"{o} {n[0]} {n[1:4]} {n[4:]} {k}"
    if o == "US":
        return f"{o} {int(n):,} {k}"
    return f"{o} {n[:4]}/{n[4:]} {k}"


task("code_patent_compact", "code", "patent publication number (EP / US / WO layouts) -> compact with kind code",
     ["publication_no"], _pat_gen, _pat_render, lambda c: "".join(c), train_fmts=(0, 0, 0), nfmt=1)


def luhn(partial: str) -> str:
    t = 0
    for k, ch in enumerate(reversed(partial)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return str((10 - t % 10) % 10)


def _imei_gen(rng, i):
    d = rng.choice(["35", "86", "01", "99"]) + dg(rng, 12)
    return d + luhn(d)


def _imei_render(c, f, rng):
    if f == 0:
        return f"{c[:2]}-{c[2:8]}-{c[8:14]}-{c[14]}"
    if f == 1:
        return f"IMEI: {c}"
    return f"{c[:2]} {c[2:8]} {c[8:14]} {c[14]}"


task("code_imei_tac", "code", "Type Allocation Code (first 8 digits) of an IMEI in three layouts", ["imei"],
     _imei_gen, _imei_render, lambda c: c[:8])


def _no_gen(rng, i):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = rng.choice("89") + dg(rng, 7)
        r = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if r == 10:
            continue
        return b + ("0" if r == 11 else str(r))


def _no_render(c, f, rng):
    if f == 0:
        return f"NO {c[:3]} {c[3:6]} {c[6:]} MVA"
    if f == 1:
        return f"{c}MVA"
    return f"{c[:3]} {c[3:6]} {c[6:]}"


task("code_no_orgnr", "code", "Norwegian organisation number from `NO ... MVA` / spaced forms -> 9 digits",
     ["org_nr"], _no_gen, _no_render, lambda c: c)

IT_FIRST_M = ["Marco", "Giuseppe", "Luca", "Alessandro", "Davide", "Matteo", "Salvatore"]
IT_FIRST_F = ["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Martina", "Rosaria"]
IT_LAST = ["Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"]
IT_MONTHS = "ABCDEHLMPRST"


def cf_code(first, last, sex, birth, bel):
    vowels = "AEIOU"

    def part(s, is_name):
        s = "".join(ch for ch in s.upper() if ch.isalpha())
        cons = [ch for ch in s if ch not in vowels]
        vows = [ch for ch in s if ch in vowels]
        if is_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]
    day = birth.day + (40 if sex == "F" else 0)
    code = f"{part(last, False)}{part(first, True)}{birth.year % 100:02d}{IT_MONTHS[birth.month - 1]}{day:02d}{bel}"
    odd = dict(zip(string.digits + string.ascii_uppercase,
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
    t = 0
    for k, ch in enumerate(code):
        t += odd[ch] if k % 2 == 0 else (int(ch) if ch.isdigit() else string.ascii_uppercase.index(ch))
    return code + string.ascii_uppercase[t % 26]


def _cf_gen(rng, i):
    sex = ["F", "M", "F"][i] if i < 3 else rng.choice("MF")
    first = rng.choice(IT_FIRST_M if sex == "M" else IT_FIRST_F)
    b = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(18000))
    return (cf_code(first, rng.choice(IT_LAST), sex, b, rng.choice(["H501", "F205", "F839", "L219", "A662", "G273"])),
            sex)


def _cf_render(c, f, rng):
    if f == 0:
        return c[0]
    if f == 1:
        return c[0].lower()
    return f"C.F. {c[0]}"


task("code_it_cf_sex", "code", "sex from an Italian codice fiscale (day of birth + 40 for women)", ["codice_fiscale"],
     _cf_gen, _cf_render, lambda c: c[1])

# ============================================================================ parts


DOI_SUFFIX = {
    "10.1038": lambda r: f"s{r.randint(41000, 41599)}-0{r.randint(19, 24)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}",
    "10.1016": lambda r: f"j.jbi.20{r.randint(15, 24)}.{r.randint(100000, 104999)}",
    "10.1371": lambda r: f"journal.pone.0{r.randint(200000, 299999)}",
    "10.3390": lambda r: f"ijerph{r.randint(16, 21)}{r.randint(100000, 249999)}",
    "10.48550": lambda r: f"arXiv.{r.randint(20, 24)}{r.randint(1, 12):02d}.{r.randint(10000, 19999)}",
    "10.1186": lambda r: f"s{r.randint(12874, 13059)}-0{r.randint(19, 24)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}",
}


def _doi_gen(rng, i):
    p = rng.choice(sorted(DOI_SUFFIX))
    return f"{p}/{DOI_SUFFIX[p](rng)}"


def _doi_render(c, f, rng):
    if f == 0:
        return f"https://doi.org/{c}"
    if f == 1:
        return f"doi:{c}"
    yr = rng.randint(2015, 2024)
    return f"Müller A, Rossi G ({yr}). Title of the study. J Example {rng.randint(1, 40)}:{rng.randint(1, 900)}. DOI: {c}"


task("parts_doi", "parts", "DOI from a resolver URL, `doi:` prefix or a reference string", ["reference"],
     _doi_gen, _doi_render, lambda c: c)

MVN = [("org.apache.commons", "commons-lang3", "3.12.0"), ("com.fasterxml.jackson.core", "jackson-databind", "2.15.2"),
       ("io.netty", "netty-handler", "4.1.100.Final"), ("org.slf4j", "slf4j-api", "2.0.9"),
       ("com.google.guava", "guava", "32.1.3-jre"), ("org.postgresql", "postgresql", "42.7.1"),
       ("de.example.billing", "invoice-core", "1.4.2"), ("org.junit.jupiter", "junit-jupiter-api", "5.10.1"),
       ("com.h2database", "h2", "2.2.224"), ("nl.acme.geo", "pdok-client", "0.9.1")]


def _mvn_render(c, f, rng):
    g, a, v = c
    if f == 0:
        return f"{g}:{a}:{v}"
    if f == 1:
        return f"implementation '{g}:{a}:{v}'"
    return f"{g}:{a}:jar:{v}"


task("parts_maven_repo_path", "parts", "Maven coordinates (plain, Gradle line, with packaging) -> repository path",
     ["dependency"], lambda rng, i: rng.choice(MVN), _mvn_render,
     lambda c: c[0].replace(".", "/") + f"/{c[1]}/{c[2]}")

NPM = [("@babel/core", "7.24.0"), ("lodash", "4.17.21"), ("@types/node", "20.11.5"), ("react-dom", "18.2.0"),
       ("@angular/common", "17.1.0"), ("express", "4.18.2"), ("@aws-sdk/client-s3", "3.490.0"), ("date-fns", "3.3.1"),
       ("typescript", "5.3.3"), ("@nestjs/core", "10.3.0")]


def _npm_gen(rng, i):
    if i == 0:
        return NPM[0]
    return rng.choice(NPM)


def _npm_render(c, f, rng):
    n, v = c
    if f == 0:
        return f"{n}@{v}"
    if f == 1:
        return f"{n}@^{v}"
    return f'"{n}": "~{v}"'


task("parts_npm_package_name", "parts", "npm package name (scoped or not) from a spec or a package.json line",
     ["dep"], _npm_gen, _npm_render, lambda c: c[0])

BUCKETS = ["acme-invoices-prod", "data.lake.raw", "eu-backups-2023", "kunden-export", "ml-artifacts-dev",
           "media.example.org", "logs-archive-fra", "tmp-upload-7f3a"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-2", "ap-southeast-1"]
KEYS = ["2024/03/15/part-0000.parquet", "exports/customers.csv", "img/logo.png", "backup/db.dump.gz",
        "models/v3/model.bin", "reports/q1.pdf"]


def _s3_gen(rng, i):
    b = "data.lake.raw" if i == 1 else rng.choice(BUCKETS)
    return (b, rng.choice(KEYS), rng.choice(REGIONS))


def _s3_render(c, f, rng):
    b, k, r = c
    if f == 0:
        return f"s3://{b}/{k}"
    if f == 1:
        return f"https://{b}.s3.{r}.amazonaws.com/{k}"
    return f"https://s3.{r}.amazonaws.com/{b}/{k}"


task("parts_s3_bucket", "parts", "S3 bucket from s3:// URI, virtual-hosted or path-style URL", ["object_url"],
     _s3_gen, _s3_render, lambda c: c[0])

MAILS = ["info@bäckerei-huber.de", "kontakt@stadtwerke-ulm.de", "sales@nordlicht.no", "contact@atelier-roux.fr",
         "support@kasa.pl", "hello@tiendaluna.es", "office@weingut-gruber.at", "vendas@cafe-mineiro.com.br"]
MAILS = [m.replace("ä", "ae") for m in MAILS]


def _mailto_render(c, f, rng):
    if f == 0:
        return f"mailto:{c}?subject=Anfrage%20{rng.randint(100, 999)}"
    if f == 1:
        return f'<a href="mailto:{c}">{rng.choice(["Kontakt", "E-Mail", "Write us"])}</a>'
    return f"mailto:{c}"


task("parts_mailto_address", "parts", "e-mail address from a mailto: link or HTML anchor", ["link"],
     lambda rng, i: rng.choice(MAILS), _mailto_render, lambda c: c)

HANDLES = ["anna_k", "HolzbauMeyer", "cafe_lisboa", "nordic_dev", "TokyoRamen88", "la_petite_ecole", "jkowalski",
           "SeoulBites", "berlin_bikes", "mx_tacos_cdmx"]


def _sh_render(c, f, rng):
    if f == 0:
        return f"https://x.com/{c}?lang=de"
    if f == 1:
        return f"https://twitter.com/{c}/status/17{dg(rng, 17)}"
    return f"@{c}"


task("parts_social_handle", "parts", "@handle from an X/Twitter profile or status URL", ["twitter"],
     lambda rng, i: rng.choice(HANDLES), _sh_render, lambda c: "@" + c)


def _gj_gen(rng, i):
    lat = D(rng.randint(-450000, 650000)) / D(10000)
    lon = D(rng.randint(-1200000, 1500000)) / D(10000)
    return (f"{lat:.4f}", f"{lon:.4f}")


def _gj_render(c, f, rng):
    la, lo = c
    if f == 0:
        return f"[{lo}, {la}]"
    if f == 1:
        return '{"type":"Point","coordinates":[' + f"{lo},{la}" + "]}"
    return f"POINT ({lo} {la})"


task("parts_lonlat_to_latlon", "parts", "GeoJSON / WKT point (lon first) -> `lat, lon`", ["geom"],
     _gj_gen, _gj_render, lambda c: f"{c[0]}, {c[1]}")

# ============================================================================ date / time
def _sap_gen(rng, i):
    d = dt.datetime(2019, 1, 1) + dt.timedelta(seconds=rng.randrange(6 * 365 * 86400))
    if i == 1:
        d = d.replace(hour=rng.randint(1, 9))
    if i == 2:
        return None
    if i >= 3 and rng.random() < 0.4:
        d = d.replace(hour=rng.randint(1, 9))
    if i >= 3 and rng.random() < 0.12:
        return None
    return d


def _sap_render(c, f, rng):
    if c is None:
        return ("00000000", str(rng.choice([0, 120000, 83000])) if rng.random() < 0.5 else "000000")
    return (c.strftime("%Y%m%d"), str(int(c.strftime("%H%M%S"))))


task("date_sap_dats_tims", "date", "SAP DATS + TIMS (time lost its leading zero; initial date 00000000 -> empty)",
     ["ERDAT", "ERZET"], _sap_gen, _sap_render,
     lambda c: "" if c is None else c.strftime("%Y-%m-%dT%H:%M:%S"), train_fmts=(0, 0, 0), nfmt=1)


def _ora_gen(rng, i):
    d = dt.datetime(2020, 1, 1) + dt.timedelta(seconds=rng.randrange(5 * 365 * 86400))
    if i == 0:
        d = d.replace(hour=rng.randint(13, 23))
    elif i == 1:
        d = d.replace(hour=rng.randint(1, 11))
    elif i == 2:
        d = d.replace(hour=12)
    elif d.hour == 0:
        d = d.replace(hour=rng.randint(1, 23))
    return d


def _ora_render(c, f, rng):
    h12 = c.hour % 12 or 12
    return f"{c.day:02d}-{c.strftime('%b').upper()}-{c.year % 100:02d} {h12:02d}.{c.minute:02d}.{c.second:02d}.{rng.randint(0, 999999):06d} " + ("PM" if c.hour >= 12 else "AM")


task("date_oracle_timestamp", "date", "Oracle default TIMESTAMP display -> `YYYY-MM-DD HH:MM:SS`", ["CREATED_TS"],
     _ora_gen, _ora_render, lambda c: c.strftime("%Y-%m-%d %H:%M:%S"), train_fmts=(0, 0, 0), nfmt=1)


def _mss_gen(rng, i):
    d = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    if i == 0:
        d = d.replace(day=rng.randint(1, 9))
    return (d, rng.randint(0, 23), rng.randint(0, 59))


def _mss_render(c, f, rng):
    d, h, m = c
    if f == 0:
        h12 = h % 12 or 12
        return f"{d.strftime('%b')} {d.day:>2} {d.year} {h12:>2}:{m:02d}{'PM' if h >= 12 else 'AM'}"
    if f == 1:
        return d.strftime("%d/%m/%Y")
    return d.strftime("%Y%m%d")


task("date_mssql_mixed_styles", "date", "SQL Server CONVERT styles 100 / 103 / 112 in one column -> ISO date",
     ["OrderDate"], _mss_gen, _mss_render, lambda c: c[0].isoformat())


def _ux_gen(rng, i):
    d = dt.datetime(2021, 1, 1) + dt.timedelta(seconds=rng.randrange(4 * 365 * 86400))
    if i == 2:
        d = d.replace(day=rng.randint(1, 9))
    return d


def _ux_render(c, f, rng):
    if f in (0, 2):
        return f"{c.strftime('%a %b')} {c.day:>2} {c.strftime('%H:%M:%S')} UTC {c.year}"
    return c.strftime("%a %b ") + f"{c.day:>2} " + c.strftime("%H:%M:%S %Y")


task("date_unix_date_output", "date", "`date` / ctime() output (UTC) -> ISO 8601 with Z", ["build_time"],
     _ux_gen, _ux_render, lambda c: c.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _pn_gen(rng, i):
    b = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(21900))
    serial = dg(rng, 3)
    core = b.strftime("%y%m%d") + serial
    return (b, core + luhn_se(core))


def luhn_se(nine: str) -> str:
    t = 0
    for k, ch in enumerate(nine):
        d = int(ch) * (2 if k % 2 == 0 else 1)
        t += d - 9 if d > 9 else d
    return str((10 - t % 10) % 10)


def _pn_render(c, f, rng):
    b, ten = c
    if f == 0:
        return f"{b.year // 100}{ten[:6]}-{ten[6:]}"
    if f == 1:
        return f"{ten[:6]}-{ten[6:]}"
    return ten


task("date_se_personnummer_birth", "date", "birth date from a Swedish personnummer (12 or 10 digits, all 19xx)",
     ["personnr"], _pn_gen, _pn_render, lambda c: c[0].isoformat())

TERMS = [("Net {n}", None), ("{n} Tage netto", None), ("sofort fällig", 0), ("{n} days net", None),
         ("zahlbar innerhalb {n} Tagen", None)]


def _due_gen(rng, i):
    d = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    kind = [0, 1, 2][i] if i < 3 else rng.choice([0, 0, 1, 1, 2])
    n = 0 if kind == 2 else rng.choice([10, 14, 30, 45, 60, 90])
    return (d, kind, n)


def _due_render(c, f, rng):
    d, kind, n = c
    return (d.strftime("%d.%m.%Y"), TERMS[kind][0].format(n=n))


task("date_due_from_terms", "date", "due date = invoice date (DD.MM.YYYY) + payment term days -> ISO",
     ["Rechnungsdatum", "Zahlungsbedingung"], _due_gen, _due_render,
     lambda c: (c[0] + dt.timedelta(days=c[2])).isoformat(), train_fmts=(0, 0, 0), nfmt=1)


def _ja_time_gen(rng, i):
    h = [rng.randint(13, 23), rng.randint(1, 11), rng.randint(1, 11)][i] if i < 3 else rng.choice(
        list(range(1, 12)) + list(range(13, 24)))
    m = 0 if i == 2 else rng.randint(1, 59)
    if i >= 3 and rng.random() < 0.25:
        m = 0
    return (h, m)


def _ja_time_render(c, f, rng):
    h, m = c
    ap = "午後" if h >= 12 else "午前"
    return f"{ap}{h % 12}時" + (f"{m}分" if m else "")


task("time_ja_gozen_gogo", "time", "Japanese 午前/午後 clock time -> 24-hour `HH:MM`", ["受付時刻"],
     _ja_time_gen, _ja_time_render, lambda c: f"{c[0]:02d}:{c[1]:02d}", train_fmts=(0, 0, 0), nfmt=1)

# ============================================================================ number
def _amt_gen(lo, hi, places=2):
    def g(rng, i):
        return D(rng.randint(lo, hi)) / D(10 ** places)
    return g


def grp(int_str: str, sep: str) -> str:
    out = []
    while len(int_str) > 3:
        out.insert(0, int_str[-3:])
        int_str = int_str[:-3]
    out.insert(0, int_str)
    return sep.join(out)


def _zar_render(c, f, rng):
    ip, fp = f"{c:.2f}".split(".")
    if f == 0:
        return f"R {grp(ip, NBSP)},{fp}"
    if f == 1:
        return f"R{grp(ip, ',')}.{fp}"
    return f"ZAR {ip}.{fp}"


task("num_zar_amount", "number", "South African rand amounts (space/comma and US styles) -> plain decimal",
     ["Bedrag"], _amt_gen(100000, 9999999), _zar_render, lambda c: f"{c:.2f}")


def _vnd_render(c, f, rng):
    s = str(c)
    if f == 0:
        return grp(s, ".") + "₫"
    if f == 1:
        return grp(s, ",") + " VND"
    return grp(s, ".") + " đ"


task("num_vnd_amount", "number", "Vietnamese đồng with dot or comma grouping -> integer", ["gia_tien"],
     lambda rng, i: rng.randint(15, 99999) * 1000, _vnd_render, lambda c: str(c))


def _tri_gen(rng, i):
    v = rng.randint(1200, 9999999)
    sign = [-1, -1, 1][i] if i < 3 else rng.choice([-1, 1])
    return v * sign


def _tri_render(c, f, rng):
    s = f"{abs(c):,}"
    if c > 0:
        return s
    return ("△" if f == 0 else "▲") + s


task("num_ja_triangle_negative", "number", "Japanese statements: △ / ▲ mark negatives -> signed integer",
     ["当期純利益"], _tri_gen, _tri_render, lambda c: str(c), train_fmts=(0, 1, 0), nfmt=2)


def _gbx_gen(rng, i):
    while True:
        p = D(rng.randint(1000, 999999)) / 10 if i != 2 else D(rng.randint(1000, 99999))
        if i == 0:
            p = D(rng.randint(1000, 99999)) + D("0.5")
        if i >= 3 and is_tie(p / 100, 2) and p % 1 != D("0.5"):
            continue
        return p


def _gbx_render(c, f, rng):
    if f == 0:
        return f"{c:,}p"
    if f == 1:
        return f"GBX {c}"
    return f"£{c / 100:,.2f}"


task("num_gbx_pence_to_gbp", "number", "share price in pence (`p` / GBX) or pounds -> GBP, 2 decimals half-up",
     ["Price"], _gbx_gen, _gbx_render, lambda c: dec(c / 100, 2))


def _mb_gen(rng, i):
    while True:
        n = rng.choice([2, 3, 4, 5, 6])
        cents = rng.choice([300, 400, 500, 600, 700, 800, 900, 1000, 1200, 1500, 199, 299, 499, 999])
        u = D(cents) / 100 / n
        if i == 0 and (u * 100) % 1 == 0:
            continue
        if is_tie(u, 2):
            continue
        return (n, D(cents) / 100)


def _mb_render(c, f, rng):
    n, p = c
    if f == 0:
        return f"{n} for ${p:.2f}"
    if f == 1:
        return f"{n} für {p:.2f} €".replace(".", ",")
    return f"{n}/${p:.2f}"


task("num_multibuy_unit_price", "number", "multi-buy offer -> price per item, 2 decimals", ["promo"],
     _mb_gen, _mb_render, lambda c: dec(c[1] / c[0], 2))


def _uah_render(c, f, rng):
    ip, fp = f"{c:.2f}".split(".")
    if f == 0:
        return f"{grp(ip, NBSP)},{fp} грн"
    if f == 1:
        return f"₴{grp(ip, ',')}.{fp}"
    return f"UAH {ip}.{fp}"


task("num_uah_amount", "number", "Ukrainian hryvnia amounts in three notations -> plain decimal", ["сума"],
     _amt_gen(1000, 49999999), _uah_render, lambda c: f"{c:.2f}")

# ============================================================================ text
DE_UP = ["Großbeerenstraße", "Weißenfels", "Gießener Straße 12", "Süßwarenfabrik Roß", "Meißen", "Straße des 17. Juni",
         "Fußgängerzone", "Schloßallee 3", "Grüne Soße GmbH", "Außenlager Nord", "Maßwerk Büro", "Preußenring 44"]

task("text_de_uppercase_eszett", "text", "German label text to upper case (ß -> SS, umlauts kept)", ["ort"],
     lambda rng, i: DE_UP[i] if i < 3 else rng.choice(DE_UP[3:]), lambda c, f, r: c, lambda c: c.upper(),
     train_fmts=(0, 0, 0), nfmt=1)

PT_TRAIN = ["São José dos Campos", "Santa Maria da Boa Vista", "Vila Nova de Gaia"]
PT_HELD = ["Rio de Janeiro", "Ponte da Barca", "Angra dos Reis", "Vitória da Conquista", "Bom Jesus da Lapa",
           "Feira de Santana", "Póvoa de Varzim",
           "Juiz de Fora", "Campos dos Goytacazes", "Barra da Tijuca"]


def _pt_place_render(c, f, rng):
    if f == 0:
        return c.upper()
    if f == 1:
        return c.lower()
    return " ".join(w.capitalize() for w in c.split())


task("text_pt_place_case", "text", "Portuguese / Brazilian place names -> proper case with lower de/da/dos",
     ["municipio"], lambda rng, i: PT_TRAIN[i] if i < 3 else rng.choice(PT_HELD), _pt_place_render, lambda c: c)

MATH_PHRASES = ["Summer Sale", "New Drop 2024", "Free Shipping", "Limited Edition", "Only 3 Left", "Back in Stock",
                "Handmade in Berlin", "Vintage Style", "Gift Idea", "Best Seller"]


def mathify(s: str, style: int) -> str:
    base = {0: (0x1D400, 0x1D41A, 0x1D7CE), 1: (0x1D434, 0x1D44E, None), 2: (0x1D5D4, 0x1D5EE, 0x1D7EC)}[style]
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(base[0] + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append("\u210e" if style == 1 and ch == "h" else chr(base[1] + ord(ch) - 97))
        elif ch.isdigit() and base[2]:
            out.append(chr(base[2] + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def _math_ref(c):
    return c


for _st in range(3):
    for _ph in MATH_PHRASES:
        assert unicodedata.normalize("NFKC", mathify(_ph, _st)) == _ph


task("text_math_alphanumerics", "text", "bold / italic / sans-bold Unicode letters from social posts -> plain text",
     ["listing_title"], lambda rng, i: rng.choice(MATH_PHRASES), lambda c, f, r: mathify(c, f), _math_ref)

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"}
HOMO_WORDS = ["Apple Store", "Acme Corp", "Paypal", "Coca Cola", "Spotify", "Copenhagen", "Deepcom", "Sport Express",
              "Open Space", "Pace Capital", "Escape Room", "Pepco"]


def _homo_gen(rng, i):
    forced = [("a", "e"), ("o", "p"), ("c",)][i] if i < 3 else ()
    while True:
        w = rng.choice(HOMO_WORDS)
        if all(x in w for x in forced):
            break
    letters = [k for k in HOMO if k in w]
    pick = set(forced) | {k for k in letters if rng.random() < 0.5}
    if not pick:
        pick = {letters[0]}
    return (w, "".join(sorted(pick)))


def _homo_render(c, f, rng):
    w, pick = c
    return "".join(HOMO[ch] if ch in pick else ch for ch in w)


task("text_cyrillic_lookalikes", "text", "Cyrillic look-alike letters (а е о р с) in Latin names -> Latin",
     ["vendor_name"], _homo_gen, _homo_render, lambda c: c[0], train_fmts=(0, 0, 0), nfmt=1)

# ============================================================================ unit
CUP, TBSP, TSP = D("236.5882365"), D("14.78676478125"), D("4.92892159375")


def _cook_gen(rng, i):
    u = [0, 1, 2][i] if i < 3 else rng.randrange(3)
    q = rng.choice([D("0.5"), D(1), D("1.5"), D(2), D(3)]) if u == 0 else D(rng.randint(1, 6))
    if i == 0:
        q = D("1.5")
    return (q, u)


def _cook_render(c, f, rng):
    q, u = c
    qs = {D("0.5"): "½", D("1.5"): "1½"}.get(q, str(q))
    if u == 0:
        return f"{qs} cup" + ("s" if q > 1 else "")
    return f"{qs} " + ["", "tbsp", "tsp"][u]


task("unit_us_cooking_ml", "unit", "US recipe measures (cup / tbsp / tsp) -> millilitres, whole numbers",
     ["menge"], _cook_gen, _cook_render, lambda c: dec(c[0] * [CUP, TBSP, TSP][c[1]], 0), train_fmts=(0, 0, 0),
     nfmt=1)


def _btu_gen(rng, i):
    while True:
        b = rng.choice([5000, 7000, 9000, 12000, 14000, 18000, 22000, 24000, 30000, 36000])
        if not is_tie(D(b) * D("0.29307107") / 1000, 1):
            return b


def _btu_render(c, f, rng):
    if f == 0:
        return f"{c} BTU/h"
    if f == 1:
        return f"{grp(str(c), '.')} BTU"
    return f"{c:,} Btu/hr"


task("unit_btu_to_kw", "unit", "air-conditioner capacity in BTU/h -> kW, 1 decimal", ["Kühlleistung"],
     _btu_gen, _btu_render, lambda c: dec(D(c) * D("0.29307107") / 1000, 1))

TROY = D("31.1034768")


def _troy_render(c, f, rng):
    s = str(c)
    if f == 0:
        return f"{s} oz t"
    if f == 1:
        return f"{s} ozt"
    return f"{s} troy oz"


task("unit_troy_ounce_grams", "unit", "precious-metal weight in troy ounces -> grams, 2 decimals", ["weight"],
     lambda rng, i: rng.choice([D("0.1"), D("0.25"), D("0.5"), D(1), D(2), D(5), D(10), D("1.5"), D(100)]),
     _troy_render, lambda c: dec(c * TROY, 2))


def _kel_gen(rng, i):
    u = [0, 1, 0][i] if i < 3 else rng.randrange(2)
    if i == 1:
        return (D(rng.randint(-300, -11)) / 10, u)
    return (D(rng.randint(-300, 1200)) / 10, u)


def _kel_render(c, f, rng):
    t, u = c
    if u == 0:
        k = t + D("273.15")
        return f"{k} K"
    return f"{t} °C".replace(".", ",")


task("unit_kelvin_celsius_mixed", "unit", "temperatures in K or °C (decimal comma) -> °C, 1 decimal", ["temp"],
     _kel_gen, _kel_render, lambda c: f"{c[0]:.1f}", train_fmts=(0, 0, 0), nfmt=1)


def _css_gen(rng, i):
    u = [0, 1, 2][i] if i < 3 else rng.randrange(3)
    if u == 0:
        return (D(rng.choice([6, 9, 12, 15, 18, 24, 27, 30, 36])), u)
    if u == 1:
        return (rng.choice([D("0.75"), D("1.5"), D(2), D("1.25"), D("0.875"), D(3), D("2.5")]), u)
    return (D(rng.randint(8, 64)), u)


def _css_px(c):
    v, u = c
    return v * [D(4) / 3, D(16), D(1)][u]


task("unit_css_length_px", "unit", "CSS font sizes in pt / em / px -> px (1pt = 4/3 px, 1em = 16px)", ["font_size"],
     _css_gen, lambda c, f, r: f"{c[0]}{['pt', 'em', 'px'][c[1]]}", lambda c: dec(_css_px(c), 0),
     train_fmts=(0, 0, 0), nfmt=1)


def _eng_gen(rng, i):
    while True:
        cc = rng.choice([998, 1199, 1395, 1498, 1598, 1968, 1984, 2143, 2487, 2993, 3996, 4395, 1332, 1798, 875])
        if not is_tie(D(cc) / 1000, 1):
            return (cc, [0, 1, 2][i] if i < 3 else rng.randrange(3))


def _eng_render(c, f, rng):
    cc, u = c
    if u == 0:
        return f"{cc} cm³"
    if u == 1:
        return f"{grp(str(cc), '.')} ccm"
    return f"{dec(D(cc) / 1000, 1)}L"


task("unit_engine_displacement_l", "unit", "engine displacement in cm³ / ccm / L -> litres, 1 decimal", ["Hubraum"],
     _eng_gen, _eng_render, lambda c: dec(D(c[0]) / 1000, 1), train_fmts=(0, 0, 0), nfmt=1)

# ============================================================================ enum
def _blood_gen(rng, i):
    return [("O", "+"), ("AB", "-"), ("B", "+")][i] if i < 3 else (rng.choice(["A", "B", "AB", "O"]), rng.choice("+-"))


def _blood_render(c, f, rng):
    g, r = c
    if f == 0:
        return f"{g} {'pos' if r == '+' else 'neg'}"
    if f == 1:
        return f"{'0' if g == 'O' else g} Rh{r}"
    w = "positive" if r == "+" else "negative"
    return f"{g} {w.upper() if rng.random() < 0.5 else w.capitalize()}"


task("enum_blood_type", "enum", "blood group in several spellings (German 0 = O) -> `A+` / `O-`", ["Blutgruppe"],
     _blood_gen, _blood_render, lambda c: c[0] + c[1], train_fmts=(1, 0, 2))

FUEL = {"petrol": ["Benzin", "Petrol", "GASOLINE", "Super E10", "benzine"],
        "diesel": ["Diesel", "DIESEL", "gazole", "diesel "],
        "electric": ["Elektro", "Electric", "BEV", "électrique", "EV"]}


def _fuel_gen(rng, i):
    k = ["petrol", "diesel", "electric"][i] if i < 3 else rng.choice(list(FUEL))
    return (k, FUEL[k][0] if i < 3 else rng.choice(FUEL[k][1:]))


task("enum_fuel_type", "enum", "fuel type spelled many ways (DE/EN/FR) -> petrol / diesel / electric",
     ["Kraftstoff"], _fuel_gen, lambda c, f, r: c[1], lambda c: c[0], train_fmts=(0, 0, 0), nfmt=1)

BOARD = {"BB": ["Bed & Breakfast", "B&B", "Übernachtung mit Frühstück", "bed and breakfast", "BB"],
         "HB": ["Halbpension", "Half Board", "HP", "half-board", "HB"],
         "AI": ["All inclusive", "All-Inclusive", "AI", "ALL INCL.", "all inclusive"]}


def _board_gen(rng, i):
    k = ["BB", "HB", "AI"][i] if i < 3 else rng.choice(list(BOARD))
    return (k, BOARD[k][0] if i < 3 else rng.choice(BOARD[k][1:]))


task("enum_board_basis", "enum", "hotel board basis in German/English spellings -> BB / HB / AI", ["Verpflegung"],
     _board_gen, lambda c, f, r: c[1], lambda c: c[0], train_fmts=(0, 0, 0), nfmt=1)

CARD = {"visa": ["VISA", "Visa Debit", "visa", "Visa Electron", "VISA CREDIT"],
        "mastercard": ["MasterCard", "MC", "Mastercard Debit", "MASTERCARD", "mastercard"],
        "amex": ["American Express", "AMEX", "Amex", "AMERICAN EXPRESS"]}


def _card_gen(rng, i):
    k = ["visa", "mastercard", "amex"][i] if i < 3 else rng.choice(list(CARD))
    return (k, CARD[k][0] if i < 3 else rng.choice(CARD[k][1:]))


task("enum_card_brand", "enum", "payment card brand as exported by PSPs / POS -> visa / mastercard / amex",
     ["card_type"], _card_gen, lambda c, f, r: c[1], lambda c: c[0], train_fmts=(0, 0, 0), nfmt=1)

# ============================================================================ address
JP_TRAIN = [("東京都", "渋谷区渋谷2-21-1"), ("神奈川県", "横浜市西区みなとみらい3-6-1"), ("京都府", "京都市下京区烏丸通七条下ル")]
JP_HELD = [("大阪府", "大阪市北区梅田3-1-3"), ("北海道", "札幌市中央区北5条西4-7"), ("和歌山県", "和歌山市一番丁1"),
           ("福岡県", "福岡市博多区博多駅中央街1-1"), ("鹿児島県", "鹿児島市山下町11-1"), ("愛知県", "名古屋市中村区名駅1-1-4"),
           ("宮城県", "仙台市青葉区中央1-1-1"), ("広島県", "広島市中区基町10-52")]


def _jp_gen(rng, i):
    p, rest = JP_TRAIN[i] if i < 3 else rng.choice(JP_HELD)
    return (p, rest, f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}")


def _jp_render(c, f, rng):
    p, rest, z = c
    return f"〒{z} {p}{rest}" if rng.random() < 0.6 else f"{p}{rest}"


task("addr_jp_prefecture", "address", "prefecture (都道府県) from a Japanese address line", ["住所"],
     _jp_gen, _jp_render, lambda c: c[0], train_fmts=(0, 0, 0), nfmt=1)


def _cep_gen(rng, i):
    if i == 1 or (i >= 3 and rng.random() < 0.3):
        return ("0" + dg(rng, 7), True)
    return (f"{rng.randint(1, 99):02d}" + dg(rng, 6), False)


def _cep_render(c, f, rng):
    c, lost = c
    if lost:
        return str(int(c))
    if f == 0:
        return c
    if f == 1:
        return f"CEP {c[:5]}-{c[5:]}"
    return f"{c[:2]}.{c[2:5]}-{c[5:]}"


task("addr_br_cep", "address", "Brazilian CEP (lost leading zero, `CEP`, dotted) -> `01310-100`", ["cep"],
     _cep_gen, _cep_render, lambda c: f"{c[0][:5]}-{c[0][5:]}", train_fmts=(1, 0, 2))


def _pob_render(c, f, rng):
    return [f"P.O. Box {c}", f"PO BOX {c}", f"Post Office Box {c}"][f]


task("addr_us_po_box", "address", "US PO box spellings -> `PO Box 123`", ["address1"],
     lambda rng, i: str(rng.randint(1, 99999)), _pob_render, lambda c: f"PO Box {c}")

DE_STR = [("Haupt", "str."), ("Konrad-Adenauer-", "Str."), ("Am Stadtgarten", ""), ("Bahnhof", "str."),
          ("Goethe-", "Str."), ("Lange ", "Str."), ("Im Winkel", ""), ("Friedrich-Ebert-", "Str."), ("Linden", "str."),
          ("An der Alster", ""), ("Kirch", "str.")]


def _destr_gen(rng, i):
    s = DE_STR[i] if i < 3 else rng.choice(DE_STR[3:])
    return (s, str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b"]))


task("addr_de_strasse_expand", "address", "German `str.` / `Str.` abbreviations expanded to `straße` / `Straße`",
     ["strasse"], _destr_gen, lambda c, f, r: f"{c[0][0]}{c[0][1]} {c[1]}",
     lambda c: c[0][0] + {"str.": "straße", "Str.": "Straße", "": ""}[c[0][1]] + " " + c[1],
     train_fmts=(0, 0, 0), nfmt=1)

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsplein", "Oude Gracht",
              "Van Goghlaan", "Nieuwe Binnenweg"]


def _nlst_gen(rng, i):
    kind = [0, 1, 2][i] if i < 3 else rng.choice([0, 1, 2, 2])
    tv = ["", rng.choice("abcd"), str(rng.randint(1, 3))][kind]
    return (rng.choice(NL_STREETS), str(rng.randint(1, 350)), tv)


task("addr_nl_toevoeging", "address", "street + huisnummer + toevoeging (may be empty) -> `Kerkstraat 12-A`",
     ["straat", "huisnummer", "toevoeging"], _nlst_gen, lambda c, f, r: c,
     lambda c: f"{c[0]} {c[1]}" + (f"-{c[2].upper()}" if c[2] else ""), train_fmts=(0, 0, 0), nfmt=1)

# ============================================================================ compose
COLOURS = ["Navy Blue", "Red", "Forest Green", "Black", "Off White", "Sand", "Burgundy", "Sky Blue"]


def _sku_gen(rng, i):
    parent = rng.choice(["tsh", "HOD", "jkt", "Pol"]) + "-" + str(rng.randint(100, 9999))
    col = "Navy Blue" if i == 0 else rng.choice(COLOURS)
    return (parent, col, rng.choice(["xs", "s", "m", "l", "xl", "XXL", "M", "L"]))


task("compose_variant_sku", "compose", "parent SKU + colour + size -> upper-case variant SKU", ["parent_sku", "colour", "size"],
     _sku_gen, lambda c, f, r: c, lambda c: f"{c[0].upper()}-{c[1].replace(' ', '').upper()}-{c[2].upper()}",
     train_fmts=(0, 0, 0), nfmt=1)


if __name__ == "__main__":
    assert len(TASKS) == 60, len(TASKS)
    for t in TASKS:
        assert len(t.train) == 3 and 5 <= len(t.test) <= 7, t.id
        for p in t.train + t.test:
            assert all(isinstance(x, str) for x in p["in"]) and isinstance(p["out"], str), t.id
    write("dev_b8", TASKS)
    print(len(TASKS), "tasks", sum(len(t.test) for t in TASKS), "held rows")
