# ruff: noqa
"""Eleventh blind transformation-by-example golden set (60 tasks, split "blind").
(a blind-written generator, kept as its author wrote it; its output path is synth_common.OUT, which is the repo's folder in tools/golden/)

Reshapings a data engineer meets when moving a column between two real systems, from families, countries and
systems not covered by the earlier sets: Estonian, Croatian, Mexican, Indian, Czech, Finnish, Chinese, Brazilian ids;
Moroccan, Vietnamese and Bangladeshi phones; Mongolian, Georgian and Burmese names; Ethiopian, Polish, Turkish,
Vietnamese dates; GPS time, Excel 1904 serials; Korean, Swiss and Indic/Thai numbers; East Asian and RF units;
old Indonesian spelling, dotted Irish type, punycode; X.509, user agents, Go durations, Maidenhead, Swiss LV95;
dental, optometry, LOINC, ATC; LTE cell ids, SIM EF_ICCID, UUIDv1, ObjectId; drop-frame timecode, METAR wind.
Standard library only, one random.Random(11000 + n) per task, deterministic output.
"""

import datetime as dt
import random
import string
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

import synth_common
from synth_common import Task, write, dec
from golden_common import luhn_digit

OUT = synth_common.OUT

D = string.digits


def rdig(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


def rdate(rng, a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def held(rng, maker, n, train):
    """n unique held inputs from maker(rng, i) not among train inputs."""
    seen = set(train)
    out = []
    i = 0
    while len(out) < n:
        x = maker(rng, i)
        i += 1
        if x in seen:
            continue
        seen.add(x)
        out.append(x)
    return out


def half_up(x: Fraction | Decimal, places: int) -> str:
    if isinstance(x, Fraction):
        q = Fraction(1, 10 ** places)
        n = (abs(x) / q)
        r = int(n)
        if n - r >= Fraction(1, 2):
            r += 1
        s = -1 if x < 0 else 1
        d = Decimal(s * r).scaleb(-places)
        return f"{d:.{places}f}"
    return dec(x, places)


TASKS = []


def task(fn):
    TASKS.append(fn)
    return fn


# ------------------------------------------------------------------------------------------------ code
def ee_check(s10):
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(c) * w for c, w in zip(s10, w1)) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(s10, w2)) % 11
        if r == 10:
            r = 0
    return str(r)


def ee_code(rng, first, d):
    s = f"{first}{d:%y%m%d}{rdig(rng, 3)}"
    return s + ee_check(s)


@task
def t_ee(rng):
    def fn(s):
        c = "".join(ch for ch in s if ch.isdigit())
        cent = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}[c[0]]
        return f"{cent + int(c[1:3]):04d}-{c[3:5]}-{c[5:7]}"

    def mk(rng, first, fmt):
        d = rdate(rng, "1950-01-01", "1999-12-31") if first in "34" else rdate(rng, "2000-01-01", "2011-12-31")
        c = ee_code(rng, first, d)
        return {"plain": c, "ik": f"IK {c}", "ee": f"EE{c}"}[fmt]

    train = [mk(rng, "3", "plain"), mk(rng, "4", "ik"), mk(rng, "5", "ee")]
    h = held(rng, lambda r, i: mk(r, r.choice("345"), r.choice(["plain", "ik", "ee"])), 6, train)
    return Task("code_ee_isikukood_birth", "code",
                "Estonian personal code (isikukood; plain, `IK ` or `EE` prefixed) -> birth date; first digit 3/4 = 1900s, 5/6 = 2000s",
                ["isikukood"], train + h, fn=fn)


def oib_check(s10):
    a = 10
    for c in s10:
        a = (a + int(c)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    k = 11 - a
    return "0" if k == 10 else str(k)


@task
def t_oib(rng):
    fn = lambda s: s + oib_check(s)
    train = held(rng, lambda r, i: r.choice("123456789") + rdig(r, 9), 3, [])
    h = held(rng, lambda r, i: r.choice("123456789") + rdig(r, 9), 6, train)
    return Task("code_hr_oib_check_digit", "code",
                "Croatian OIB truncated to 10 digits by a legacy field -> full 11-digit OIB (ISO 7064 MOD 11,10 check digit)",
                ["oib_10"], train + h, fn=fn)


def clabe_check(s17):
    w = [3, 7, 1] * 6
    return str((10 - sum((int(c) * w[i]) % 10 for i, c in enumerate(s17)) % 10) % 10)


@task
def t_clabe(rng):
    banks = ["002", "012", "014", "021", "030", "036", "044", "058", "072", "127", "137"]

    def mk(rng, fmt):
        b, p, a = rng.choice(banks), rdig(rng, 3), rdig(rng, 11)
        c = clabe_check(b + p + a)
        return {"compact": b + p + a + c, "dash": f"{b}-{p}-{a}-{c}", "label": f"CLABE {b}{p}{a}{c}",
                "space": f"{b} {p} {a} {c}"}[fmt]

    def fn(s):
        d = "".join(ch for ch in s if ch.isdigit())
        assert clabe_check(d[:17]) == d[17]
        return d[6:17]

    train = [mk(rng, "compact"), mk(rng, "dash"), mk(rng, "label")]
    h = held(rng, lambda r, i: mk(r, r.choice(["compact", "dash", "label"])), 5, train)
    return Task("code_mx_clabe_account", "code",
                "Mexican CLABE (compact, dashed or `CLABE ` prefixed; bank 3 + plaza 3 + account 11 + check) -> the 11-digit account number",
                ["clabe"], train + h, fn=fn)


@task
def t_ifsc(rng):
    banks = ["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "BARB", "CNRB", "KKBK", "IDIB", "UBIN", "YESB", "IOBA"]

    def mk(rng, fmt):
        b, br = rng.choice(banks), rdig(rng, 6)
        return {"plain": f"{b}0{br}", "lower": f"{b}0{br}".lower(), "label": f"IFSC: {b}0{br}",
                "space": f"{b} 0{br}"}[fmt]

    fn = lambda s: s.replace(" ", "")[-6:]
    train = [mk(rng, "plain"), mk(rng, "lower"), mk(rng, "label")]
    h = held(rng, lambda r, i: mk(r, r.choice(["plain", "lower", "label"])), 5, train)
    return Task("code_in_ifsc_branch", "code",
                "Indian IFSC (upper, lower or `IFSC: ` prefixed; 4-letter bank + `0` + 6-char branch) -> branch code",
                ["ifsc"], train + h, fn=fn)


VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_YEARS = "ABCDEFGHJKLMNPRS"  # 2010 .. 2025


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


@task
def t_vin(rng):
    wmis = ["WVW", "WBA", "JTD", "1HG", "VF1", "KMH", "TMB", "ZFA", "SAL", "YV1", "WDD", "3VW", "5YJ", "VSS"]
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

    def mk(rng, yi):
        v = rng.choice(wmis) + "".join(rng.choice(alnum) for _ in range(5)) + "0" + VIN_YEARS[yi] + \
            rng.choice(alnum) + rdig(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        assert vin_check(v) == v[8]
        return v

    fn = lambda v: str(2010 + VIN_YEARS.index(v[9]))
    train = [mk(rng, 2), mk(rng, 9), mk(rng, 13)]
    h = held(rng, lambda r, i: mk(r, r.randrange(0, 15)), 6, train)
    return Task("code_vin_model_year", "code",
                "17-character VIN -> model year from position 10 (2010 cycle: A=2010 ... skipping I O Q U Z; check digit valid)",
                ["vin"], train + h, fn=fn)


def issn_check(s7):
    r = (11 - sum(int(c) * w for c, w in zip(s7, range(8, 1, -1))) % 11) % 11
    return "X" if r == 10 else str(r)


def ean_check(s12):
    return str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s12)) % 10) % 10)


@task
def t_issn(rng):
    def mk(rng, fmt, want_x=None):
        while True:
            b = rdig(rng, 7)
            if want_x is None or (issn_check(b) == "X") == want_x:
                break
        ean12 = "977" + b + rng.choice(["00", "01", "02", "05"])
        e = ean12 + ean_check(ean12)
        return e if fmt == "compact" else f"{e[:3]} {e[3:7]} {e[7:12]} {e[12]}"

    def fn(s):
        e = s.replace(" ", "")
        assert ean_check(e[:12]) == e[12]
        b = e[3:10]
        return f"{b[:4]}-{b[4:]}{issn_check(b)}"

    train = [mk(rng, "compact", True), mk(rng, "space", False), mk(rng, "compact", False)]
    h = held(rng, lambda r, i: mk(r, r.choice(["compact", "space"]), True if i == 1 else None), 6, train)
    return Task("code_issn_from_ean13", "code",
                "Periodical EAN-13 barcode `977` + ISSN without check + 2-digit variant + EAN check -> ISSN `NNNN-NNNC` (mod-11 check recomputed, 10 = X)",
                ["barcode"], train + h, fn=fn)


def imo_check(s6):
    return str(sum(int(c) * w for c, w in zip(s6, range(7, 1, -1))) % 10)


@task
def t_imo(rng):
    def mk(rng, fmt):
        b = rng.choice("9") + rdig(rng, 5)
        n = b + imo_check(b)
        return {"imo": f"IMO{n}", "no": f"imo no. {n}", "bare": n, "colon": f"IMO: {n}"}[fmt]

    fn = lambda s: "IMO " + "".join(c for c in s if c.isdigit())
    train = [mk(rng, "imo"), mk(rng, "no"), mk(rng, "bare")]
    h = held(rng, lambda r, i: mk(r, r.choice(["imo", "no", "bare"])), 5, train)
    return Task("code_imo_ship_number", "code",
                "IMO ship number in AIS / port-call exports (`IMO9074729`, `imo no. ...`, bare) -> `IMO 9074729`",
                ["imo"], train + h, fn=fn)


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, CN_W)) % 11]


@task
def t_cnid(rng):
    areas = ["110105", "310104", "440106", "510107", "330106", "420111", "320102", "370202", "210102", "610113"]

    def mk(rng, kind, want_x=None):
        while True:
            d = rdate(rng, "1940-01-01", "1999-12-31")
            a, seq = rng.choice(areas), rdig(rng, 3)
            s17 = f"{a}{d:%Y%m%d}{seq}"
            if want_x is None or (cn_check(s17) == "X") == want_x:
                break
        return f"{a}{d:%y%m%d}{seq}" if kind == 15 else s17 + cn_check(s17)

    def fn(s):
        if len(s) == 18:
            return s
        s17 = s[:6] + "19" + s[6:]
        return s17 + cn_check(s17)

    train = [mk(rng, 15, True), mk(rng, 15, False), mk(rng, 18)]
    h = held(rng, lambda r, i: mk(r, r.choice([15, 15, 18])), 6, train)
    return Task("code_cn_id_15_to_18", "code",
                "Chinese resident id: old 15-digit number -> 18 digits (insert `19` before YYMMDD, ISO 7064 MOD 11-2 check, 10 = X); 18-digit ids unchanged",
                ["shenfenzheng"], train + h, fn=fn)


@task
def t_locode(rng):
    codes = ["DEHAM", "NLRTM", "BEANR", "CNSHA", "SGSIN", "USLAX", "JPTYO", "ESALG", "ITGOA", "KRPUS", "BRSSZ",
             "ZADUR", "PLGDN", "GRPIR", "TRIST", "AEJEA", "MAPTM", "FRLEH", "GBFXT", "SEGOT", "PECLL", "VNSGN"]

    def mk(rng, fmt):
        c = rng.choice(codes)
        return {"space": f"{c[:2]} {c[2:]}", "dashlow": f"{c[:2]}-{c[2:]}".lower(), "compact": c}[fmt]

    fn = lambda s: s.replace(" ", "").replace("-", "").upper()
    train = [mk(rng, "space"), mk(rng, "dashlow"), mk(rng, "compact")]
    h = held(rng, lambda r, i: mk(r, r.choice(["space", "dashlow", "compact"])), 5, train)
    return Task("code_un_locode_compact", "code",
                "UN/LOCODE from booking systems (`DE HAM`, `nl-rtm`, `CNSHA`) -> compact upper case `DEHAM`",
                ["port_of_loading"], train + h, fn=fn)


@task
def t_iccid(rng):
    def mk(rng, n):
        body = "89" + rng.choice(["49", "44", "33", "34", "39", "31", "46"]) + rdig(rng, n - 5)
        ic = body + luhn_digit(body)
        raw = ic + ("F" if len(ic) % 2 else "")
        return "".join(raw[i + 1] + raw[i] for i in range(0, len(raw), 2))

    def fn(h):
        sw = "".join(h[i + 1] + h[i] for i in range(0, len(h), 2))
        return sw.rstrip("F")

    train = [mk(rng, 19), mk(rng, 20), mk(rng, 19)]
    h = held(rng, lambda r, i: mk(r, r.choice([19, 20])), 6, train)
    return Task("code_iccid_from_ef", "code",
                "SIM EF_ICCID raw BCD hex (nibbles swapped per byte, `F` filler for 19 digits) -> printed ICCID",
                ["ef_iccid_hex"], train + h, fn=fn)


@task
def t_plate(rng):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def mk(rng, fmt):
        l3, d4 = "".join(rng.choice(L) for _ in range(3)), rdig(rng, 4)
        if fmt == "merc":
            return f"{l3}{d4[0]}{rng.choice(L)}{d4[2:]}"
        return {"dash": f"{l3}-{d4}", "low": f"{l3}{d4}".lower()}[fmt]

    def fn(s):
        c = s.replace("-", "").upper()
        if c[4].isalpha():
            return c
        return c[:4] + "ABCDEFGHIJ"[int(c[4])] + c[5:]

    train = [mk(rng, "dash"), mk(rng, "low"), mk(rng, "merc")]
    h = held(rng, lambda r, i: mk(r, r.choice(["dash", "dash", "low", "merc"])), 6, train)
    return Task("code_br_plate_mercosul", "code",
                "Brazilian plate: old `ABC-1234` (or lower case compact) -> Mercosul `ABC1C34` (second digit 0-9 -> A-J); Mercosul plates unchanged",
                ["placa"], train + h, fn=fn)


def fi_check(base):
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return str((10 - s % 10) % 10)


@task
def t_fiviite(rng):
    fn = lambda s: s + fi_check(s)
    mk = lambda r, i: r.choice("123456789") + rdig(r, r.randrange(3, 9))
    train = held(rng, mk, 3, [])
    h = held(rng, mk, 6, train)
    return Task("code_fi_reference_check", "code",
                "Finnish bank reference (viitenumero) base -> base + check digit (weights 7-3-1 from the right)",
                ["viite_base"], train + h, fn=fn)


CZ_W = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]


def cz_ok(num10):
    return sum(int(c) * w for c, w in zip(num10, CZ_W)) % 11 == 0


def iban_cz(bank, prefix, number):
    bban = bank + prefix.zfill(6) + number.zfill(10)
    chk = 98 - int(bban + "123500") % 97
    return f"CZ{chk:02d}{bban}"


@task
def t_cziban(rng):
    banks = ["0100", "0300", "0600", "0710", "0800", "2010", "2700", "3030", "5500", "6100"]

    def valid(rng, n):
        while True:
            s = rng.choice("123456789") + rdig(rng, n - 1)
            if cz_ok(s.zfill(10)):
                return s

    def mk(rng, fmt):
        b = rng.choice(banks)
        num = valid(rng, rng.choice([6, 8, 10]))
        if fmt == "prefix":
            return f"{valid(rng, rng.choice([2, 3, 6]))}-{num}/{b}"
        return f"{num}/{b}"

    def fn(s):
        acc, bank = s.split("/")
        pre, num = acc.split("-") if "-" in acc else ("", acc)
        return iban_cz(bank, pre, num)

    train = [mk(rng, "prefix"), mk(rng, "plain"), mk(rng, "plain")]
    h = held(rng, lambda r, i: mk(r, r.choice(["prefix", "plain"])), 6, train)
    return Task("code_cz_account_to_iban", "code",
                "Czech account `předčíslí-číslo/kód banky` (prefix optional) -> compact IBAN `CZkk` + bank 4 + prefix 6 + number 10",
                ["cislo_uctu"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ phone
@task
def t_ma(rng):
    def mk(rng, fmt):
        p = rng.choice("67") + rdig(rng, 8) if rng.random() < 0.8 else "5" + rng.choice("23") + rdig(rng, 7)
        g = [p[1:3], p[3:5], p[5:7], p[7:9]]
        return {"nat": f"0{p[0]} " + " ".join(g),
                "intl": f"+212 {p[0]} " + " ".join(g), "00": f"00212{p}"}[fmt]

    fn = lambda s: "+212" + "".join(c for c in s if c.isdigit()).removeprefix("00212").removeprefix("212").removeprefix("0")
    train = [mk(rng, "nat"), mk(rng, "intl"), mk(rng, "00")]
    h = held(rng, lambda r, i: mk(r, r.choice(["nat", "intl", "00"])), 6, train)
    return Task("phone_ma_e164", "phone",
                "Moroccan numbers (`06 12 34 56 78`, `+212 6 12 34 56 78`, `00212...`) -> E.164 `+212612345678`",
                ["telephone"], train + h, fn=fn)


VN_OLD = "23456789"


@task
def t_vn(rng):
    def mk(rng, fmt):
        if fmt == "new":
            return rng.choice(["091", "098", "090", "097", "035", "086"]) + rdig(rng, 7)
        x, rest = rng.choice(VN_OLD), rdig(rng, 7)
        s = f"016{x}{rest}"
        return s if fmt == "old" else f"016{x} {rest[:3]} {rest[3:]}"

    def fn(s):
        c = s.replace(" ", "")
        if len(c) == 11 and c.startswith("016"):
            return "03" + c[3:]
        return c

    train = [mk(rng, "old"), mk(rng, "oldsp"), mk(rng, "new")]
    h = held(rng, lambda r, i: mk(r, ["old", "oldsp", "new"][i % 3]), 6, train)
    return Task("phone_vn_2018_renumbering", "phone",
                "Vietnamese Viettel numbers from before the 2018 renumbering: 11-digit `016x...` -> 10-digit `03x...` (compact); 10-digit numbers unchanged",
                ["so_dien_thoai"], train + h, fn=fn)


@task
def t_bd(rng):
    def mk(rng, fmt):
        p = "1" + rng.choice("3456789") + rdig(rng, 8)
        return {"nat": f"0{p[:4]}-{p[4:]}", "intl": f"+880 {p[:4]}-{p[4:]}", "bare": f"880{p}"}[fmt]

    fn = lambda s: "+880" + "".join(c for c in s if c.isdigit()).removeprefix("880").removeprefix("0")
    train = [mk(rng, "nat"), mk(rng, "intl"), mk(rng, "bare")]
    h = held(rng, lambda r, i: mk(r, r.choice(["nat", "intl", "bare"])), 5, train)
    return Task("phone_bd_e164", "phone",
                "Bangladeshi mobiles (`01712-345678`, `+880 1712-345678`, `8801712345678`) -> E.164",
                ["mobile_no"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ name
@task
def t_mn(rng):
    fathers = ["Батболдын", "Цэрэнгийн", "Ганзоригийн", "Өлзийбаярын", "Сүхбаатарын", "Нямдоржийн", "Эрдэнэбилэгийн",
               "Мөнхбатын", "Түмэнжаргалын", "Ганбатын", "Отгонбаярын", "Пүрэвдоржийн", "Дашдоржийн", "Хүрэлбаатарын"]
    givens = ["Ганбаатар", "Сарангэрэл", "Оюунчимэг", "Тэмүүлэн", "Мөнхзул", "Энхжаргал", "Болормаа", "Анхбаяр",
              "Золбоо", "Ариунаа", "Бат-Эрдэнэ", "Хулан", "Учрал", "Номин"]

    def mk(rng, up):
        f = rng.choice(fathers)
        return f"{f.upper() if up else f} {rng.choice(givens)}"

    fn = lambda s: f"{s[0]}. {s.split(' ', 1)[1]}"
    train = [mk(rng, False), mk(rng, True), mk(rng, False)]
    h = held(rng, lambda r, i: mk(r, i % 3 == 0), 6, train)
    return Task("name_mn_father_initial", "name",
                "Mongolian `Овог Нэр` (father's name in the genitive, sometimes in capitals, + given name) -> short form `Б. Ганбаатар`",
                ["ovog_ner"], train + h, fn=fn)


KA = {"ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k", "ლ": "l",
      "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k",
      "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j",
      "ჰ": "h"}


@task
def t_ka(rng):
    given = ["გიორგი", "ნინო", "დავით", "თამარ", "ლევან", "ეკა", "ზურაბ", "მარიამ", "ირაკლი", "სოფო", "ხატია", "ლაშა",
             "ქეთევან", "შოთა", "ნათია", "ვახტანგ"]
    sur = ["ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ხარაიშვილი", "წიკლაური", "ჯაფარიძე", "ნოზაძე",
           "ქავთარაძე", "ღლონტი", "შენგელია", "ჩხეიძე", "ცერცვაძე", "ჭანტურია", "ძნელაძე", "ყიფიანი", "ჟღენტი"]

    def tr(w):
        s = "".join(KA[c] for c in w)
        return s[0].upper() + s[1:]

    fn = lambda s: " ".join(tr(w) for w in s.split())
    train = ["გიორგი ბერიძე", "ნათია ხარაიშვილი", "შოთა ჭანტურია"]
    h = held(rng, lambda r, i: f"{r.choice(given)} {r.choice(sur)}", 7, train)
    return Task("name_ka_to_latin", "name",
                "Georgian Mkhedruli name -> passport-style Latin (national 2002 system without ejective apostrophes: ჭ ch, წ ts, ყ q, ღ gh, ხ kh)",
                ["saxeli_gvari"], train + h, fn=fn)


@task
def t_mm(rng):
    male = ["Kyaw Zin Htet", "Aung Min Thu", "Nyi Nyi Lwin", "Zaw Lin Oo", "Htet Naing Soe", "Thiha Tun",
            "Min Khant Kyaw", "Soe Moe Aung"]
    female = ["Khin Myat Noe", "Thandar Win", "Hnin Wai Phyo", "Su Myat Mon", "Ei Thinzar Kyaw", "Yamin Aye",
              "Nwe Nwe Oo", "Phyu Sin Thant"]
    fn = lambda s: s.split(" ", 1)[1]
    train = ["U Zaw Lin Oo", "Daw Su Myat Mon", "Ko Thiha Tun"]
    h = held(rng, lambda r, i: f"Daw {r.choice(female)}" if i % 3 == 1 else f"{['U', 'Daw', 'Ko'][i % 3]} {r.choice(male)}",
             6, train)
    return Task("name_mm_honorific", "name",
                "Burmese names with the honorific `U` / `Daw` / `Ko` in front -> name without the honorific",
                ["name_with_title"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ date
def eth_to_greg(y, m, d):
    jdn = 1724220 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + d
    return dt.date.fromordinal(jdn - 1721425)


@task
def t_eth(rng):
    def mk(rng, fmt):
        y, m = rng.randrange(2008, 2018), rng.randrange(1, 14)
        d = rng.randrange(1, 6 if m == 13 else 31)
        if m == 13 and d > 5:
            d = 5
        s = f"{d:02d}/{m:02d}/{y}"
        return s + " ዓ.ም." if fmt == "am" else s

    def fn(s):
        d, m, y = map(int, s.split()[0].split("/"))
        return eth_to_greg(y, m, d).isoformat()

    train = ["01/01/2016 ዓ.ም.", "29/04/2016", "19/07/2014 ዓ.ም."]
    h = held(rng, lambda r, i: mk(r, r.choice(["am", "plain"])), 6, train)
    return Task("date_ethiopian_to_gregorian", "date",
                "Ethiopian calendar `DD/MM/YYYY` (optionally ` ዓ.ም.`; 12 months of 30 days + Pagume) -> Gregorian ISO date",
                ["ken"], train + h, fn=fn)


PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia"]
ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@task
def t_pl(rng):
    def mk(rng, fmt):
        d = rdate(rng, "2015-01-01", "2025-12-31")
        return {"word": f"{d.day} {PL_M[d.month - 1]} {d.year}", "dot": f"{d.day}.{ROM[d.month - 1]}.{d.year}",
                "space": f"{d.day} {ROM[d.month - 1]} {d.year}"}[fmt]

    def fn(s):
        p = s.replace(".", " ").split()
        m = PL_M.index(p[1]) + 1 if p[1] in PL_M else ROM.index(p[1]) + 1
        return f"{int(p[2]):04d}-{m:02d}-{int(p[0]):02d}"

    train = ["7 marca 2024", "15.IX.2023", "28 XII 2022"]
    h = held(rng, lambda r, i: mk(r, ["word", "dot", "space"][i % 3]), 7, train)
    return Task("date_pl_month_names_roman", "date",
                "Polish dates with genitive month names or Roman-numeral months (`7 marca 2024`, `15.IX.2023`, `28 XII 2022`) -> ISO",
                ["data"], train + h, fn=fn)


TR_M = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
TR_D = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]


@task
def t_tr(rng):
    def mk(rng, fmt):
        d = rdate(rng, "2016-01-01", "2025-12-31")
        s = f"{d.day} {TR_M[d.month - 1]} {d.year}"
        return {"plain": s, "wd": f"{s} {TR_D[d.weekday()]}", "dot": f"{d:%d.%m.%Y}"}[fmt]

    def fn(s):
        if "." in s:
            d, m, y = s.split(".")
            return f"{y}-{m}-{d}"
        p = s.split()
        return f"{p[2]}-{TR_M.index(p[1]) + 1:02d}-{int(p[0]):02d}"

    train = ["15 Mart 2024 Cuma", "3 Ağustos 2021", "09.11.2022"]
    h = held(rng, lambda r, i: mk(r, ["plain", "wd", "dot"][i % 3]), 7, train)
    return Task("date_tr_month_names", "date",
                "Turkish dates (`15 Mart 2024 Cuma` with weekday, without, or `DD.MM.YYYY`) -> ISO",
                ["tarih"], train + h, fn=fn)


@task
def t_vi(rng):
    places = ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"]

    def mk(rng, fmt):
        d = rdate(rng, "2015-01-01", "2025-12-31")
        return {"word": f"ngày {d.day} tháng {d.month} năm {d.year}", "slash": f"{d:%d/%m/%Y}",
                "place": f"{rng.choice(places)}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"}[fmt]

    def fn(s):
        if "/" in s:
            d, m, y = s.split("/")
            return f"{y}-{m}-{d}"
        p = s.split("ngày ")[1].split()
        return f"{p[4]}-{int(p[2]):02d}-{int(p[0]):02d}"

    train = ["ngày 5 tháng 3 năm 2024", "17/10/2023", "Hà Nội, ngày 02 tháng 09 năm 2022"]
    h = held(rng, lambda r, i: mk(r, ["word", "slash", "place"][i % 3]), 6, train)
    return Task("date_vi_ngay_thang_nam", "date",
                "Vietnamese dates (`ngày 5 tháng 3 năm 2024`, `DD/MM/YYYY`, letterhead `Hà Nội, ngày 02 tháng 09 năm 2022`) -> ISO",
                ["ngay"], train + h, fn=fn)


@task
def t_uktax(rng):
    def fn(s):
        d = dt.datetime.strptime(s, "%d/%m/%Y").date()
        y = d.year if (d.month, d.day) >= (4, 6) else d.year - 1
        return f"{y}/{(y + 1) % 100:02d}"

    def mk(rng, i):
        if i % 3 == 0:
            y = rng.randrange(2016, 2026)
            return f"{rng.choice(['05', '06'])}/04/{y}"
        return f"{rdate(rng, '2016-01-01', '2025-12-31'):%d/%m/%Y}"

    train = ["05/04/2024", "06/04/2024", "31/12/2022"]
    h = held(rng, mk, 7, train)
    return Task("date_uk_tax_year", "date",
                "UK date `DD/MM/YYYY` -> UK tax year `2023/24` (the tax year starts on 6 April)",
                ["payment_date"], train + h, fn=fn)


@task
def t_x1904(rng):
    base = dt.date(1904, 1, 1)

    def mk(rng, i):
        n = (rdate(rng, "2012-01-01", "2025-12-31") - base).days
        return f"{n}.{rng.randrange(1, 99999):05d}".rstrip("0") if i % 3 == 1 else str(n)

    fn = lambda s: (base + dt.timedelta(days=int(s.split(".")[0]))).isoformat()
    train = [str((dt.date(2024, 3, 15) - base).days), f"{(dt.date(2019, 11, 2) - base).days}.75",
             str((dt.date(2016, 2, 29) - base).days)]
    h = held(rng, mk, 6, train)
    return Task("date_excel_1904_serial", "date",
                "Serial dates from an Excel for Mac workbook in the 1904 date system (fractions are the time of day) -> ISO date",
                ["date_serial"], train + h, fn=fn)


@task
def t_gps(rng):
    ep = dt.datetime(1980, 1, 6)

    def fn(w, t):
        u = ep + dt.timedelta(weeks=int(w), seconds=int(t) - 18)
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")

    def mk(rng, i):
        return (str(rng.randrange(2200, 2390)), str(rng.randrange(0, 604800)))

    train = [("2305", "399600"), ("2296", "7"), ("2250", "86418")]
    h = held(rng, mk, 6, train)
    return Task("date_gps_week_tow", "date",
                "GNSS receiver log: GPS week + seconds of week (2 columns) -> UTC timestamp (GPS epoch 1980-01-06, minus 18 leap seconds)",
                ["gps_week", "tow_s"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ number
@task
def t_digits(rng):
    scripts = {"deva": 0x966, "thai": 0xE50, "beng": 0x9E6}

    def conv(s, sc):
        return "".join(chr(scripts[sc] + int(c)) if c.isdigit() else c for c in s)

    def mk(rng, sc):
        k = rng.randrange(3)
        if k == 0:
            s = f"{rdate(rng, '2018-01-01', '2025-12-31'):%d/%m/%Y}"
        elif k == 1:
            s = f"{rng.randrange(1, 999)},{rdig(rng, 3)}"
        else:
            s = rdig(rng, rng.randrange(4, 9))
        return conv(s, sc)

    fn = lambda s: "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in s)
    train = [conv("2024-03-15", "deva"), conv("1,250", "thai"), conv("01712345678", "beng")]
    h = held(rng, lambda r, i: mk(r, ["deva", "thai", "beng"][i % 3]), 6, train)
    return Task("num_indic_thai_digits", "number",
                "Devanagari, Thai and Bengali digits -> ASCII digits, other characters kept",
                ["value_native"], train + h, fn=fn)


@task
def t_ko(rng):
    def grp(n):
        return f"{n:,}"

    def render(v, sp):
        eok, r = divmod(v, 10 ** 8)
        man, rest = divmod(r, 10 ** 4)
        parts = []
        if eok:
            parts.append(f"{grp(eok)}억")
        if man:
            parts.append(f"{grp(man)}만")
        if rest:
            parts.append(grp(rest))
        return " ".join(parts) + (" 원" if sp else "원")

    def mk(rng, i):
        k = i % 3
        if k == 0:
            v = rng.randrange(1, 40) * 10 ** 8 + rng.randrange(0, 10000) * 10 ** 4
        elif k == 1:
            v = rng.randrange(100, 9999) * 10 ** 4
        else:
            v = rng.randrange(1, 9999) * 10 ** 4 + rng.randrange(1, 9999)
        return render(v, rng.random() < 0.5)

    def fn(s):
        t = s.replace("원", "").replace(",", "").replace(" ", "")
        v = 0
        if "억" in t:
            a, t = t.split("억")
            v += int(a) * 10 ** 8
        if "만" in t:
            a, t = t.split("만")
            v += int(a) * 10 ** 4
        if t:
            v += int(t)
        return str(v)

    train = ["1억 2,345만 6,789 원", "3,500만원", "12억 800만원"]
    h = held(rng, mk, 6, train)
    return Task("num_ko_man_eok", "number",
                "Korean amounts with 억 (10^8) and 만 (10^4) units, comma groups and `원` -> integer won",
                ["geumaek"], train + h, fn=fn)


@task
def t_chf(rng):
    def g(n):
        return f"{n:,}".replace(",", "'")

    def mk(rng, i):
        n = rng.randrange(1, 25000)
        k = i % 3
        if k == 0:
            return f"Fr. {g(n)}.–"
        if k == 1:
            return f"CHF {g(n)}.–"
        return f"CHF {g(n)}.{rng.randrange(5, 95, 5):02d}"

    def fn(s):
        t = s.replace("Fr.", "").replace("CHF", "").replace("'", "").strip()
        return t.replace(".–", ".00")

    train = ["Fr. 12.–", "CHF 1'250.–", "CHF 3'480.75"]
    h = held(rng, mk, 6, train)
    return Task("num_chf_dash_zero", "number",
                "Swiss price notation (`Fr. 12.–`, `CHF 1'250.–` where `.–` means no Rappen, or `CHF 3'480.75`) -> plain decimal",
                ["preis"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ unit
TSUBO = Fraction(400, 121)


@task
def t_tsubo(rng):
    def ok(x):
        e = half_up(x * TSUBO, 2)
        return all(half_up(x * Fraction(a), 2) == e for a in ("3.30579", "3.305785"))

    def mk(rng, i):
        while True:
            q = rng.choice([1, 2, 4])
            x = Fraction(rng.randrange(8 * q, 120 * q), q)
            if ok(x):
                break
        s = str(int(x)) if x.denominator == 1 else f"{float(x):g}"
        return s + ("坪" if i % 2 else " 坪")

    def fn(s):
        return half_up(Fraction(s.replace("坪", "").strip()) * TSUBO, 2)

    train = ["25坪", "32.5 坪", "18.75坪"]
    for t in train:
        assert ok(Fraction(t.replace("坪", "").strip()))
    h = held(rng, mk, 6, train)
    return Task("unit_tsubo_to_m2", "unit",
                "Japanese floor area in 坪 (tsubo = 400/121 ≈ 3.30579 m²) -> m², 2 decimals half-up",
                ["menseki"], train + h, fn=fn)


@task
def t_jin(rng):
    def mk(rng, i):
        k = i % 3
        if k == 0:
            return f"{rng.randrange(1, 20)}斤{rng.randrange(1, 10)}两"
        if k == 1:
            return f"{rng.randrange(1, 10)}两"
        return f"{rng.randrange(1, 20)}.5斤"

    def fn(s):
        g = Fraction(0)
        if "斤" in s:
            a, s = s.split("斤")
            g += Fraction(a) * 500
        if "两" in s:
            g += Fraction(s.replace("两", "")) * 50
        return str(int(g))

    train = ["2斤3两", "8两", "1.5斤"]
    h = held(rng, mk, 6, train)
    return Task("unit_jin_liang_grams", "unit",
                "Chinese market weights (mainland 斤 = 500 g, 两 = 50 g) as `2斤3两`, `8两`, `1.5斤` -> grams",
                ["zhongliang"], train + h, fn=fn)


BF = [(1, 0), (4, 1), (7, 2), (11, 3), (17, 4), (22, 5), (28, 6), (34, 7), (41, 8), (48, 9), (56, 10), (64, 11)]


@task
def t_bft(rng):
    def fn(s):
        k = int("".join(c for c in s if c.isdigit()))
        for lim, b in BF:
            if k < lim:
                return str(b)
        return "12"

    def mk(rng, i):
        return rng.choice(["{} kt", "{} kn", "{}KT"]).format(rng.randrange(0, 70))

    train = ["23 kt", "8 kn", "45KT"]
    h = held(rng, mk, 7, train)
    return Task("unit_knots_to_beaufort", "unit",
                "Wind speed in knots (`23 kt`, `8 kn`, `45KT`) -> Beaufort force (WMO scale: 1-3 kt = 1, 4-6 = 2, ..., 64+ = 12)",
                ["wind"], train + h, fn=fn)


@task
def t_dbm(rng):
    fn = lambda s: half_up(Decimal(10) ** (Decimal(s.split()[0]) / 10), 2)

    def mk(rng, i):
        v = rng.randrange(-10, 61) / 2
        return f"{v:g} dBm"

    train = ["0 dBm", "20 dBm", "3 dBm"]
    h = held(rng, mk, 6, train)
    return Task("unit_dbm_to_mw", "unit",
                "RF power in dBm -> milliwatts (10^(dBm/10)), 2 decimals",
                ["tx_power"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ text
def old_id(s):
    out, i = [], 0
    while i < len(s):
        two = s[i:i + 2]
        low = two.lower()
        rep = {"oe": "u", "dj": "j", "tj": "c"}.get(low)
        if rep:
            out.append(rep.upper() if two[0].isupper() else rep)
            i += 2
            continue
        c = s[i]
        if c == "j":
            out.append("y")
        elif c == "J":
            out.append("Y")
        else:
            out.append(c)
        i += 1
    return "".join(out)


@task
def t_oldid(rng):
    train = ["Djalan Tjempaka Poetih", "Soerabaja", "Kebon Djeroek"]
    pool = ["Tjikini Raja", "Goenoeng Sahari", "Pasar Baroe", "Kampoeng Melajoe", "Djatinegara", "Tjideng Timoer",
            "Djembatan Doea", "Kali Besar Timoer", "Tjilatjap", "Kramat Djati", "Kebon Sirih"]
    h = held(rng, lambda r, i: pool[r.randrange(len(pool))], 7, train)
    return Task("text_id_old_spelling", "text",
                "Indonesian place names in the pre-1972 (Van Ophuijsen / Soewandi) spelling -> EYD spelling (oe -> u, dj -> j, tj -> c, j -> y)",
                ["nama_tempat"], train + h, fn=old_id)


GA_DOT = {"b": "ḃ", "c": "ċ", "d": "ḋ", "f": "ḟ", "g": "ġ", "m": "ṁ", "p": "ṗ", "s": "ṡ", "t": "ṫ"}


def ga_dotted(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.lower() in GA_DOT and s[i + 1:i + 2] == "h":
            d = GA_DOT[c.lower()]
            out.append(d.upper() if c.isupper() else d)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


@task
def t_ga(rng):
    modern = ["Baile Átha Cliath", "Sráid an Mhuilinn", "Tír Chonaill", "Gaoth Dobhair", "Baile an Fheirtéaraigh",
              "Páirc an Phiarsaigh", "Cill Mhantáin", "Bóthar na Trá Thiar", "Contae Chorcaí", "Ráth Bhoth",
              "Cnoc an tSheoigh", "Loch Garman Theas", "Béal Átha na Sluaighe"]
    pairs = {ga_dotted(m): m for m in modern}
    for k, v in pairs.items():
        assert ga_dotted(v) == k and k != v
    train = [ga_dotted("Baile Átha Cliath"), ga_dotted("Sráid an Mhuilinn"), ga_dotted("Tír Chonaill")]
    keys = [ga_dotted(m) for m in modern]
    h = held(rng, lambda r, i: keys[r.randrange(len(keys))], 7, train)
    return Task("text_ga_dotted_lenition", "text",
                "Irish text in the old Gaelic type with dotted consonants (ḃ ċ ḋ ḟ ġ ṁ ṗ ṡ ṫ) -> modern spelling with `h` (`Áṫa` -> `Átha`)",
                ["ainm_aite"], train + h, fn=lambda s: pairs[s])


def puny(dom):
    labels = []
    for lab in dom.split("."):
        if all(ord(c) < 128 for c in lab):
            labels.append(lab)
        else:
            labels.append("xn--" + lab.encode("punycode").decode("ascii"))
    return ".".join(labels)


@task
def t_puny(rng):
    uni = ["münchen.de", "www.bücher-stube.example", "пример.рф", "日本語.jp", "shop.øl-huset.dk", "ελληνικά.gr",
           "çiçekçi.com.tr", "www.straße-und-platz.de", "mail.zürich-reisen.ch", "кафе.москва", "café-crème.fr",
           "スシ.jp", "smörgås.se"]
    pairs = {puny(u): u for u in uni}
    for p, u in pairs.items():
        back = ".".join(l[4:].encode("ascii").decode("punycode") if l.startswith("xn--") else l for l in p.split("."))
        assert back == u
    train = [puny("münchen.de"), puny("пример.рф"), puny("日本語.jp")]
    keys = [puny(u) for u in uni]
    h = held(rng, lambda r, i: keys[r.randrange(len(keys))], 7, train)
    return Task("text_punycode_to_unicode", "text",
                "Internationalised domain names stored as ACE / punycode (`xn--mnchen-3ya.de`) -> Unicode (`münchen.de`)",
                ["domain_ace"], train + h, fn=lambda s: pairs[s])


# ------------------------------------------------------------------------------------------------ parts
@task
def t_x509(rng):
    cns = ["shop.acme-handel.de", "vpn.kanzlei-weber.at", "api.sakura-soft.co.jp", "mail.rio-logistica.com.br",
           "portal.nordlys-energi.no", "*.kiwi-freight.co.nz", "intranet.cordoba-salud.gob.ar", "sso.vistula-bank.pl",
           "www.tienda-luna.mx", "edge01.oceanic-telco.com.au"]
    orgs = ["Acme Handel GmbH", "Weber & Partner", "Sakura Soft KK", "Rio Logistica Ltda", "Nordlys Energi AS",
            "Kiwi Freight Ltd", "Cordoba Salud", "Vistula Bank SA", "Tienda Luna SA de CV", "Oceanic Telco Pty Ltd"]
    cc = ["DE", "AT", "JP", "BR", "NO", "NZ", "AR", "PL", "MX", "AU"]

    def mk(rng, k):
        i = rng.randrange(len(cns))
        cn, o, c = cns[i], orgs[i], cc[i]
        if k == 0:
            return f"/C={c}/O={o}/CN={cn}"
        if k == 1:
            return f"CN={cn}, OU=IT, O={o}, C={c}"
        return f"subject=C = {c}, O = {o}, CN = {cn}"

    def fn(s):
        if s.startswith("/"):
            return [p[3:] for p in s.split("/") if p.startswith("CN=")][0]
        for p in s.removeprefix("subject=").split(", "):
            k, v = p.split("=", 1)
            if k.strip() == "CN":
                return v.strip()

    train = [mk(rng, 0), mk(rng, 1), mk(rng, 2)]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("parts_x509_subject_cn", "parts",
                "Certificate subject in OpenSSL slash form, RFC 2253 form or OpenSSL 1.1 `subject=C = ..` form -> the CN",
                ["subject"], train + h, fn=fn)


@task
def t_ua(rng):
    def mk(rng, k):
        plat = rng.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"])
        cv = rng.randrange(100, 131)
        if k == 0:
            return f"Mozilla/5.0 ({plat}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.{rng.randrange(5000, 6800)}.{rng.randrange(10, 200)} Safari/537.36"
        if k == 1:
            return f"Mozilla/5.0 ({plat}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36 Edg/{cv}.0.{rng.randrange(1500, 2600)}.{rng.randrange(10, 99)}"
        fv = rng.randrange(100, 131)
        return f"Mozilla/5.0 ({plat}; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0"

    def fn(s):
        for tok, name in (("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome")):
            if tok in s:
                return f"{name} {s.split(tok)[1].split('.')[0]}"

    train = [mk(rng, 0), mk(rng, 1), mk(rng, 2)]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("parts_user_agent_browser", "parts",
                "HTTP User-Agent -> browser family and major version (`Chrome 122`, `Edge 121` from `Edg/`, `Firefox 123`)",
                ["user_agent"], train + h, fn=fn)


@task
def t_godur(rng):
    def fn(s):
        tot, num = Decimal(0), ""
        i = 0
        while i < len(s):
            c = s[i]
            if c.isdigit() or c == ".":
                num += c
                i += 1
                continue
            if s[i:i + 2] == "ms":
                tot += Decimal(num) / 1000
                i += 2
            else:
                tot += Decimal(num) * {"h": 3600, "m": 60, "s": 1}[c]
                i += 1
            num = ""
        return dec(tot, 3)

    def mk(rng, k):
        if k == 0:
            return f"{rng.randrange(1, 30)}h{rng.randrange(0, 60)}m{rng.randrange(0, 60)}s"
        if k == 1:
            return f"{rng.randrange(1, 60)}m{rng.randrange(0, 60)}.{rng.randrange(1, 1000):03d}".rstrip("0") + "s"
        return f"{rng.randrange(1, 1000)}ms"

    train = ["1h30m0s", "2m30.5s", "250ms"]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("duration_go_to_seconds", "duration",
                "Go `time.Duration` strings (`1h30m0s`, `2m30.5s`, `250ms`) -> seconds with 3 decimals",
                ["timeout"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ geo
@task
def t_maiden(rng):
    def fn(s):
        s = s.upper()
        lon = Fraction((ord(s[0]) - 65) * 20 - 180 + int(s[2]) * 2) + Fraction(ord(s[4]) - 65, 12) + Fraction(1, 24)
        lat = Fraction((ord(s[1]) - 65) * 10 - 90 + int(s[3])) + Fraction(ord(s[5]) - 65, 24) + Fraction(1, 48)
        return f"{half_up(lat, 4)}, {half_up(lon, 4)}"

    def mk(rng, k):
        s = rng.choice(["JO", "JN", "IO", "IN", "FN", "EM", "DM", "CM", "PM", "QF", "OL", "KP", "GG", "FF", "KF", "LK",
                        "OM", "PL", "RF", "KM"]) + rdig(rng, 2) + \
            chr(97 + rng.randrange(24)) + chr(97 + rng.randrange(24))
        return s if k else s[:4] + s[4:].upper()

    train = ["JO62qm", "FN31PR", "QF56od"]
    h = held(rng, lambda r, i: mk(r, i % 2), 6, train)
    return Task("geo_maidenhead_center", "geo",
                "Maidenhead grid locator (6 characters, ham radio logs) -> centre of the subsquare `lat, lon`, 4 decimals",
                ["gridsquare"], train + h, fn=fn)


@task
def t_lv95(rng):
    def g(n):
        return f"{n:,}".replace(",", "'")

    def mk(rng, k):
        e, n = rng.randrange(2490000, 2830000), rng.randrange(1100000, 1290000)
        return [f"{e} / {n}", f"E {g(e)}, N {g(n)}", f"{e},{n}"][k]

    def fn(s):
        nums = [int(x.replace("'", "")) for x in s.replace("E ", "").replace("N ", "").replace("/", ",").split(",")]
        return f"{nums[0] - 2000000} / {nums[1] - 1000000}"

    train = ["2683256 / 1247912", "E 2'600'000, N 1'200'000", "2538412,1152640"]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("geo_ch_lv95_to_lv03", "geo",
                "Swiss LV95 coordinates (E/N, apostrophe groups or comma pair) -> LV03 `Y / X` (subtract 2'000'000 / 1'000'000)",
                ["koordinaten"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ enum
ISO4217 = {"978": "EUR", "840": "USD", "036": "AUD", "826": "GBP", "392": "JPY", "756": "CHF", "124": "CAD",
           "752": "SEK", "985": "PLN", "208": "DKK", "578": "NOK", "156": "CNY", "356": "INR", "710": "ZAR",
           "484": "MXN", "949": "TRY"}


@task
def t_4217(rng):
    fn = lambda s: ISO4217[s.zfill(3)]
    train = ["978", "840", "36"]
    pool = ["826", "392", "756", "124", "752", "985", "208", "578", "156", "356", "710", "484", "949"]
    h = held(rng, lambda r, i: r.choice(pool), 6, train)
    return Task("enum_iso4217_numeric", "enum",
                "ISO 8583 field 49 numeric currency code (leading zero sometimes lost) -> ISO 4217 alphabetic code",
                ["currency_num"], train + h, fn=fn)


@task
def t_grade(rng):
    def fn(s):
        v = Decimal(s.replace(",", "."))
        if v <= Decimal("1.5"):
            return "sehr gut"
        if v <= Decimal("2.5"):
            return "gut"
        if v <= Decimal("3.5"):
            return "befriedigend"
        if v <= Decimal("4.0"):
            return "ausreichend"
        return "nicht ausreichend"

    pool = ["1,0", "1,3", "1,7", "2,0", "2,3", "2,7", "3,0", "3,3", "3,7", "4,0", "5,0", "1,4", "2,1", "2,6", "3,2",
            "3,8", "4,3"]
    train = ["1,3", "2,7", "3,8"]
    h = held(rng, lambda r, i: r.choice(pool), 7, train)
    return Task("enum_de_university_grade", "enum",
                "German university grade (decimal comma) -> verbal grade (≤1,5 sehr gut, ≤2,5 gut, ≤3,5 befriedigend, ≤4,0 ausreichend, else nicht ausreichend)",
                ["note"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ compose
TZ = {"Asia/Kolkata": (5, 30), "Asia/Kathmandu": (5, 45), "America/Bogota": (-5, 0), "Asia/Tokyo": (9, 0),
      "Asia/Shanghai": (8, 0), "Africa/Nairobi": (3, 0), "Asia/Dubai": (4, 0), "America/Lima": (-5, 0)}


@task
def t_tz(rng):
    def fn(ts, z):
        h, m = TZ[z]
        off = dt.timedelta(hours=h, minutes=m if h >= 0 else -m)
        return (dt.datetime.strptime(ts, "%Y-%m-%d %H:%M") - off).strftime("%Y-%m-%dT%H:%MZ")

    def mk(rng, i):
        t = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 4) * 15)
        return (t.strftime("%Y-%m-%d %H:%M"), rng.choice(sorted(TZ)))

    train = [("2024-03-15 14:30", "Asia/Kolkata"), ("2024-07-01 03:15", "Asia/Kathmandu"),
             ("2023-12-31 21:00", "America/Bogota")]
    h = held(rng, mk, 6, train)
    return Task("compose_local_zone_to_utc", "compose",
                "Local wall-clock time + IANA zone without daylight saving (2 columns) -> UTC `YYYY-MM-DDTHH:MMZ`",
                ["local_time", "tz"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ health
@task
def t_atc(rng):
    codes = ["N02BE01", "A10BA02", "C09AA05", "J01CA04", "C10AA05", "R03AC02", "N06AB06", "M01AE01", "B01AC06",
             "A02BC01", "H03AA01", "C07AB07", "C08CA01", "N05BA01"]
    names = {"N02BE01": "Paracetamol", "A10BA02": "Metformin", "C09AA05": "Ramipril", "J01CA04": "Amoxicillin",
             "C10AA05": "Atorvastatin", "R03AC02": "Salbutamol", "N06AB06": "Sertraline", "M01AE01": "Ibuprofen",
             "B01AC06": "Acetylsalicylic acid", "A02BC01": "Omeprazole", "H03AA01": "Levothyroxine",
             "C07AB07": "Bisoprolol", "C08CA01": "Amlodipine", "N05BA01": "Diazepam"}

    def mk(rng, k):
        c = rng.choice(codes)
        return [c, c.lower(), f"{c[:4]} {c[4:]}", f"{c} ({names[c]})"][k]

    fn = lambda s: s.split("(")[0].replace(" ", "").upper()[:5]
    train = [mk(rng, 0), mk(rng, 2), mk(rng, 3)]
    h = held(rng, lambda r, i: mk(r, [0, 2, 3][i % 3]), 6, train)
    return Task("health_atc_level4", "health",
                "WHO ATC code (compact, split `N02B E01`, or with the substance in brackets) -> 4th level chemical subgroup `N02BE`",
                ["atc"], train + h, fn=fn)


@task
def t_loinc(rng):
    known = {"2345": "7", "718": "7", "2160": "0", "2951": "2", "4548": "4", "6690": "2", "777": "3", "2093": "3",
             "1742": "6", "3016": "3", "14749": "6", "2823": "3", "1920": "8"}
    for k, v in known.items():
        assert luhn_digit(k) == v, k
    fn = lambda s: f"{s}-{luhn_digit(s)}"
    train = ["2345", "718", "2160"]
    h = held(rng, lambda r, i: r.choice(sorted(known)), 7, train)
    return Task("health_loinc_check_digit", "health",
                "LOINC code number stored without its check digit -> `NNNN-C` (mod-10 check digit)",
                ["loinc_num"], train + h, fn=fn)


@task
def t_fdi(rng):
    def fn(s):
        q, t = int(s[0]), int(s[1])
        return str({1: 9 - t, 2: 8 + t, 3: 25 - t, 4: 24 + t}[q])

    train = ["18", "21", "36"]
    h = held(rng, lambda r, i: f"{(i % 4) + 1}{r.randrange(1, 9)}", 7, train)
    return Task("health_fdi_to_universal", "health",
                "Permanent tooth in FDI two-digit notation (European dental software) -> US Universal number 1-32",
                ["zahn_fdi"], train + h, fn=fn)


@task
def t_rx(rng):
    def s2(v):
        return f"{v:+.2f}"

    def fn(s):
        p = s.split()
        sph, cyl, ax = Decimal(p[0]), Decimal(p[1]), int(p[3])
        nax = ax + 90 if ax <= 90 else ax - 90
        return f"{s2(sph + cyl)} {s2(-cyl)} x {nax}"

    def mk(rng, i):
        while True:
            sph = Decimal(rng.randrange(-24, 17)) / 4
            cyl = Decimal(rng.randrange(1, 13)) / 4
            if sph != 0 and sph + cyl != 0:
                break
        return f"{s2(sph)} {s2(cyl)} x {rng.randrange(1, 181)}"

    train = ["+1.00 +0.50 x 90", "-2.25 +0.75 x 135", "+0.50 +1.25 x 20"]
    h = held(rng, mk, 6, train)
    return Task("health_rx_plus_to_minus_cyl", "health",
                "Spectacle prescription in plus-cylinder form -> minus-cylinder form (sphere + cyl, cyl sign flipped, axis ±90)",
                ["rx_od"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ other
@task
def t_jptax(rng):
    def g(n):
        return f"{n:,}"

    def mk(rng, i):
        p = rng.randrange(2, 400) * 50
        if i % 3 == 1:
            return f"{g(p * 108 // 100)}円（税込・軽減税率）"
        return f"{g(p * 110 // 100)}円（税込）"

    def fn(s):
        v = int(s.split("円")[0].replace(",", ""))
        r = 108 if "軽減" in s else 110
        assert v * 100 % r == 0
        return str(v * 100 // r)

    train = ["1,078円（税込）", "864円（税込・軽減税率）", "2,200円（税込）"]
    h = held(rng, mk, 6, train)
    return Task("retail_jp_tax_excluded", "retail",
                "Japanese tax-inclusive price (`税込` 10 %, `軽減税率` 8 %) -> tax-exclusive yen",
                ["kakaku"], train + h, fn=fn)


@task
def t_dot(rng):
    A = "ABCDEFHJKLMNPRTUVWXY0123456789"

    def mk(rng, k):
        code = f"{rng.randrange(1, 53):02d}{rng.randrange(15, 26)}"
        p1 = "".join(rng.choice(A) for _ in range(4))
        p2 = "".join(rng.choice(A) for _ in range(4))
        return [f"DOT {p1} {p2} {code}", f"dot {p1[:3]}{p1[3]} {code}", f"DOT {p1}{p2}{code}"][k]

    fn = lambda s: f"20{s[-2:]}-W{s[-4:-2]}"
    train = ["DOT U2LL LMLR 5123", "dot 3DJ9 0822", "DOT EX9R2H4X2719"]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("auto_tyre_dot_week", "auto",
                "Tyre DOT code (last four digits = week + year of manufacture) -> ISO-like `2023-W51`",
                ["dot_code"], train + h, fn=fn)


@task
def t_eci(rng):
    def mk(rng, k):
        enb, cell = rng.randrange(1000, 1 << 20), rng.choice([1, 2, 3, 11, 12, 13, 21, 22, 23, 131])
        v = enb * 256 + cell
        return str(v) if k != 1 else f"0x{v:07X}"

    def fn(s):
        v = int(s, 16) if s.startswith("0x") else int(s)
        return f"{v >> 8}-{v & 255}"

    train = [str(102006 * 256 + 1), f"0x{(512345 * 256 + 13):07X}", str(88210 * 256 + 131)]
    h = held(rng, lambda r, i: mk(r, i % 2), 6, train)
    return Task("telecom_eci_to_enb_cell", "telecom",
                "LTE E-UTRAN cell id (28-bit ECI, decimal or `0x` hex) -> `eNB-cell` (eNB id = ECI / 256, cell = ECI mod 256)",
                ["eci"], train + h, fn=fn)


@task
def t_ipint(rng):
    def fn(s):
        v = int(s) % (1 << 32)
        return ".".join(str((v >> sh) & 255) for sh in (24, 16, 8, 0))

    def mk(rng, i):
        v = rng.randrange(1 << 24, 1 << 32)
        return str(v - (1 << 32) if v >= 1 << 31 and i % 2 else v)

    train = ["3232235786", "-1062731510", "167772161"]
    h = held(rng, mk, 6, train)
    return Task("net_int_to_ipv4", "network",
                "IPv4 address stored as an integer (unsigned INET_ATON value or signed 32-bit Java int) -> dotted quad",
                ["ip_num"], train + h, fn=fn)


@task
def t_uuid1(rng):
    G = 0x01B21DD213814000

    def mk(rng, up):
        t = dt.datetime(2015, 1, 1) + dt.timedelta(seconds=rng.randrange(0, 11 * 365 * 86400))
        ticks = int((t - dt.datetime(1970, 1, 1)).total_seconds()) * 10 ** 7 + rng.randrange(0, 10 ** 7) + G
        tl, tm, th = ticks & 0xFFFFFFFF, (ticks >> 32) & 0xFFFF, (ticks >> 48) & 0x0FFF
        cs = 0x8000 | rng.randrange(0, 0x4000)
        node = rng.randrange(0, 1 << 48)
        s = f"{tl:08x}-{tm:04x}-{0x1000 | th:04x}-{cs:04x}-{node:012x}"
        return s.upper() if up else s

    def fn(s):
        p = s.lower().split("-")
        ticks = (int(p[2], 16) & 0x0FFF) << 48 | int(p[1], 16) << 32 | int(p[0], 16)
        sec = (ticks - G) // 10 ** 7
        return (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")

    train = [mk(rng, False), mk(rng, True), mk(rng, False)]
    h = held(rng, lambda r, i: mk(r, i % 3 == 1), 6, train)
    return Task("it_uuid_v1_timestamp", "it",
                "Cassandra timeuuid / UUID version 1 (lower or upper case) -> creation time UTC, truncated to seconds",
                ["event_id"], train + h, fn=fn)


@task
def t_oid(rng):
    def mk(rng, k):
        t = int((dt.datetime(2014, 1, 1) + dt.timedelta(seconds=rng.randrange(0, 12 * 365 * 86400)) -
                 dt.datetime(1970, 1, 1)).total_seconds())
        o = f"{t:08x}" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
        return [o, f'ObjectId("{o}")', f'{{"$oid": "{o}"}}'][k]

    def fn(s):
        h = [t for t in s.replace('"', " ").replace("(", " ").replace(")", " ").split() if len(t) == 24][0]
        return (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=int(h[:8], 16))).strftime("%Y-%m-%dT%H:%M:%SZ")

    train = [mk(rng, 0), mk(rng, 1), mk(rng, 2)]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("it_objectid_timestamp", "it",
                "MongoDB ObjectId (bare, `ObjectId(\"...\")` or `{\"$oid\": ...}`) -> creation time UTC from the first 4 bytes",
                ["_id"], train + h, fn=fn)


@task
def t_cgpa(rng):
    fn = lambda s: dec(Decimal(s.split()[0]) * Decimal("9.5"), 2)
    train = ["8.4 CGPA", "9.2 CGPA", "6.8 CGPA"]
    h = held(rng, lambda r, i: f"{r.randrange(45, 101) / 10:.1f} CGPA", 6, train)
    return Task("edu_cgpa_to_percentage", "education",
                "Indian CBSE CGPA on the 10-point scale -> percentage (CGPA x 9.5), 2 decimals",
                ["cgpa"], train + h, fn=fn)


@task
def t_df(rng):
    def fn(s):
        h, m, sec, f = map(int, s.replace(";", ":").split(":"))
        tm = 60 * h + m
        return str((h * 3600 + m * 60 + sec) * 30 + f - 2 * (tm - tm // 10))

    def mk(rng, i):
        while True:
            h, m, s, f = rng.randrange(0, 3), rng.randrange(0, 60), rng.randrange(0, 60), rng.randrange(0, 30)
            if not (s == 0 and f < 2 and m % 10):
                return f"{h:02d}:{m:02d}:{s:02d};{f:02d}"

    train = ["01:00:00;00", "00:01:00;02", "00:10:00;00"]
    h = held(rng, mk, 6, train)
    return Task("media_dropframe_to_frames", "media",
                "NTSC 29.97 fps drop-frame timecode `HH:MM:SS;FF` -> frame count (frames 0 and 1 dropped each minute except every 10th)",
                ["tc_in"], train + h, fn=fn)


@task
def t_metar(rng):
    def fn(s):
        core = s[3:]
        sp = core.split("G")[0].replace("KT", "").replace("MPS", "")
        v = Decimal(int(sp))
        if s.endswith("MPS"):
            v = v * Decimal("1.943844")
        return dec(v, 0)

    def mk(rng, k):
        d = rng.choice(["VRB"] + [f"{x:03d}" for x in range(10, 361, 10)]) if k != 2 else "VRB"
        if k == 0:
            sp = rng.randrange(8, 35)
            return f"{d}{sp:02d}G{sp + rng.randrange(8, 20):02d}KT"
        if k == 1:
            while True:
                sp = rng.randrange(1, 20)
                x = sp * 1.943844
                if abs(x - int(x) - 0.5) > 0.05:
                    return f"{d}{sp:02d}MPS"
        return f"VRB{rng.randrange(1, 7):02d}KT"

    train = ["24015G25KT", "18008MPS", "VRB03KT"]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("weather_metar_wind_knots", "weather",
                "METAR wind group (`24015G25KT`, `18008MPS`, `VRB03KT`) -> mean wind speed in whole knots (m/s x 1.943844, half-up)",
                ["wind_group"], train + h, fn=fn)


@task
def t_cpa(rng):
    provs = "ABCDEFGHJKLMNPQRSTUVWXYZ"

    def mk(rng, k):
        c = f"{rng.choice(provs)}{rng.randrange(1000, 9500)}{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}"
        return [c, c.lower(), f"CP {c[1:5]}", f"CPA: {c}"][k]

    fn = lambda s: "".join(c for c in s if c.isdigit())
    train = [mk(rng, 0), mk(rng, 1), mk(rng, 2)]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("addr_ar_cpa_to_cp", "address",
                "Argentine postcode: CPA `C1425DKA` (any case) or old `CP 1425` -> the 4-digit old postal code",
                ["codigo_postal"], train + h, fn=fn)


@task
def t_ptcp(rng):
    cities = ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro", "Setúbal", "Funchal"]

    def mk(rng, k):
        a, b = rng.randrange(1000, 9999), rng.randrange(0, 1000)
        return [f"{a} {b:03d}", f"{a}{b:03d}", f"CP {a}-{b:03d} {rng.choice(cities)}"][k]

    def fn(s):
        d = "".join(c for c in s if c.isdigit())
        return f"{d[:4]}-{d[4:]}"

    train = [mk(rng, 0), mk(rng, 1), mk(rng, 2)]
    h = held(rng, lambda r, i: mk(r, i % 3), 5, train)
    return Task("addr_pt_codigo_postal", "address",
                "Portuguese postcode (`1000 001`, `1000001`, `CP 4050-345 Porto`) -> `NNNN-NNN`",
                ["cod_postal"], train + h, fn=fn)


@task
def t_col(rng):
    recs = [("Av. Insurgentes Sur 1602", "Crédito Constructor", "03940 Ciudad de México, CDMX"),
            ("Calle Durango 245", "Roma Norte", "06700 Ciudad de México, CDMX"),
            ("Av. Vallarta 3233", "Vallarta Poniente", "44110 Guadalajara, Jal."),
            ("Calz. de Tlalpan 1924", "Country Club", "04220 Ciudad de México, CDMX"),
            ("Av. Constitución 410 Pte.", "Centro", "64000 Monterrey, N.L."),
            ("Calle 60 No. 491", "Centro", "97000 Mérida, Yuc."),
            ("Av. Patriotismo 229", "San Pedro de los Pinos", "03800 Ciudad de México, CDMX"),
            ("Calle Morelos 1180", "Americana", "44160 Guadalajara, Jal."),
            ("Blvd. Díaz Ordaz 130", "Santa María", "64650 Monterrey, N.L.")]

    def mk(rng, k):
        st, co, ci = rng.choice(recs)
        if k == 2:
            return f"{st}, {ci}"
        return f"{st}, {'Col.' if k == 0 else 'Colonia'} {co}, {ci}"

    def fn(s):
        for p in s.split(", "):
            if p.startswith("Col. "):
                return p[5:]
            if p.startswith("Colonia "):
                return p[8:]
        return ""

    train = [mk(rng, 0), mk(rng, 1), mk(rng, 2)]
    h = held(rng, lambda r, i: mk(r, i % 3), 6, train)
    return Task("addr_mx_colonia", "address",
                "Mexican address line -> the colonia after `Col.` / `Colonia` (empty when none)",
                ["domicilio"], train + h, fn=fn)


# ------------------------------------------------------------------------------------------------ main
def build():
    out = []
    for n, f in enumerate(TASKS, start=1):
        t = f(random.Random(11000 + n))
        for p in t.train + t.test:
            assert all(isinstance(x, str) for x in p["in"]) and isinstance(p["out"], str), t.id
        assert len(t.train) == 3 and 4 <= len(t.test) <= 8, t.id
        out.append(t)
    assert len(out) == 60, len(out)
    return out


if __name__ == "__main__":
    write("blind", build())
