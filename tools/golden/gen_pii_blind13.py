# ruff: noqa
"""Blind PII golden set, 13th author: 10 tables, labels computed from the column specs.

Standard library + golden_common only; fixed seeds 13001-13010 (one random.Random per table);
no time-dependent values, so every run writes the same bytes.
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
"""

from __future__ import annotations

import csv
import datetime as dt
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from golden_common import (  # noqa: E402
    NAMES,
    ascii_fold,
    digits,
    email_for,
    hexstr,
    ipv4,
    luhn_digit,
    rand_date,
    rand_ts,
    spreadsheet_number,
    token,
    yq,
)

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"

# (header, pii, kind)
Col = tuple[str, bool, str]


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------
def write_table(name: str, description: str, cols: list[Col], rows: list[list], header: bool = True) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    for r in rows:
        assert len(r) == len(cols), (name, len(r), len(cols))
    if header:
        keys = [c[0] for c in cols]
        body = rows
        lines = [keys] + body
    else:
        # exported without a header row: the first record's values become the headers of a reader
        # that expects one. Put first a record whose values are all non-empty and distinct.
        idx = next(i for i, r in enumerate(rows) if all(r) and len(set(r)) == len(r))
        rows = [rows[idx]] + rows[:idx] + rows[idx + 1:]
        keys = rows[0]
        lines = rows
    assert len(set(keys)) == len(keys), name
    with (OUT / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        for r in lines:
            w.writerow(r)
    out = [f"table: {yq(name)}", f"description: {yq(description)}", "columns:"]
    for key, (_h, pii, kind) in zip(keys, cols, strict=True):
        out.append(f"  {yq(key)}:")
        out.append(f"    pii: {'true' if pii else 'false'}")
        out.append(f"    kind: {yq(kind)}")
    (OUT / f"{name}.labels.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
BO_DIGITS = str.maketrans("0123456789", "༠༡༢༣༤༥༦༧༨༩")


def fa(s: str) -> str:
    return str(s).translate(FA_DIGITS)


def g2j(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """Gregorian -> Solar Hijri (the usual arithmetic algorithm)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar(rng) -> str:
    body = str(rng.randint(2, 9)) + digits(rng, 10)
    return body + verhoeff_digit(body)


def luhn_full(rng, prefix: str, total_len: int) -> str:
    body = prefix + digits(rng, total_len - 1 - len(prefix))
    return body + luhn_digit(body)


def imei(rng) -> str:
    tac = rng.choice(["35328708", "86769204", "35947911", "86001503", "35209010", "86453105", "35671510"])
    return luhn_full(rng, tac, 15)


def pick(rng, seq, p_empty: float = 0.0):
    if p_empty and rng.random() < p_empty:
        return ""
    return rng.choice(seq)


def pdate(rng, a: str, b: str) -> dt.date:
    return rand_date(rng, dt.date.fromisoformat(a), dt.date.fromisoformat(b))


def pts(rng, a: str, b: str) -> dt.datetime:
    return rand_ts(rng, dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b))


def money(v: float, dec: str = ".", thou: str = "") -> str:
    s = f"{v:,.2f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)


# =============================================================================================
# 1. Afghan mobile operator SIM registrations (Dari headers, Perso-Arabic script)
# =============================================================================================
AF_M = [("احمد", "Ahmad"), ("محمد", "Mohammad"), ("عبدالله", "Abdullah"), ("نجیب‌الله", "Najibullah"),
        ("زلمی", "Zalmai"), ("وحید", "Wahid"), ("شیرآقا", "Sher Agha"), ("روح‌الله", "Rohullah"),
        ("اجمل", "Ajmal"), ("نورالحق", "Noorulhaq"), ("علی", "Ali"), ("حسین", "Hussain"), ("رضا", "Reza"),
        ("قربان", "Qurban"), ("چنگیز", "Changiz"), ("ګل محمد", "Gul Mohammad"), ("ایرگش", "Ergash"),
        ("قربان‌محمد", "Qurbanmuhammad"), ("فرید", "Farid"), ("جاوید", "Jawid"), ("سمیع‌الله", "Samiullah"),
        ("حبیب", "Habib"), ("میرویس", "Mirwais"), ("اسدالله", "Asadullah"), ("خان‌آقا", "Khan Agha"),
        ("ذبیح‌الله", "Zabihullah"), ("بصیر", "Basir"), ("عبدالرحیم", "Abdul Rahim"), ("نادر", "Nader"),
        ("انورالدین", "Anwaruddin")]
AF_F = [("فرشته", "Freshta"), ("مریم", "Maryam"), ("زرغونه", "Zarghona"), ("ملالی", "Malalai"),
        ("ګلالۍ", "Gulalai"), ("شکریه", "Shukria"), ("نرگس", "Nargis"), ("فاطمه", "Fatima"),
        ("زهرا", "Zahra"), ("رویا", "Roya"), ("صدیقه", "Sediqa"), ("تمنا", "Tamana"), ("پلوشه", "Palwasha"),
        ("سیما", "Sima"), ("بی‌بی گل", "Bibi Gul"), ("مرسل", "Mursal"), ("حمیرا", "Humaira"),
        ("ستوری", "Storai"), ("لیلما", "Lailuma"), ("سکینه", "Sakina"), ("آمنه", "Amena"), ("شبنم", "Shabnam")]
AF_SUR = [("احمدزی", "Ahmadzai"), ("پوپلزی", "Popalzai"), ("محمدی", "Mohammadi"), ("حسینی", "Hussaini"),
          ("رحیمی", "Rahimi"), ("صافی", "Safi"), ("نورزی", "Noorzai"), ("وردک", "Wardak"), ("کاکړ", "Kakar"),
          ("سلطانی", "Sultani"), ("یوسفی", "Yousufi"), ("ترکمن", "Turkmen"), ("نورستانی", "Nuristani"),
          ("شینواری", "Shinwari"), ("اندړ", "Andar"), ("جاغوری", "Jaghori"), ("قزلباش", "Qizilbash"),
          ("ازبک", "Uzbek"), ("هزاره", "Hazara"), ("سادات", "Sadat"), ("امیری", "Amiri"), ("کریمی", "Karimi")]
AF_PROV = {
    "کابل": ("KBL", ["ناحیه ۵", "ناحیه ۱۳", "ناحیه ۱۱", "پغمان", "ده‌سبز", "شکردره"]),
    "هرات": ("HRT", ["ناحیه ۸", "انجیل", "گذره", "کهسان"]),
    "بلخ": ("BLK", ["مزار شریف", "دهدادی", "چهاربولک", "نهر شاهی"]),
    "ننگرهار": ("NGR", ["جلال‌آباد", "بهسود", "سرخرود", "شینوار"]),
    "قندهار": ("KDR", ["ناحیه ۶", "ارغنداب", "دند", "پنجوایی"]),
    "بامیان": ("BMN", ["یکاولنگ", "پنجاب", "شیبر", "مرکز بامیان"]),
    "غزنی": ("GZN", ["جاغوری", "مالستان", "اندړ", "ناهور"]),
    "کندز": ("KDZ", ["امام صاحب", "چهاردره", "خان‌آباد"]),
    "بدخشان": ("BDK", ["فیض‌آباد", "واخان", "اشکاشم"]),
    "جوزجان": ("JWZ", ["شبرغان", "آقچه", "فیض‌آباد"]),
    "دایکندی": ("DYK", ["نیلی", "شهرستان", "کجران"]),
}
AF_VILL = ["قلعه‌نو", "ده‌میرداد", "سنگ‌تخت", "خواجه‌بغرا", "قلعه‌فتح‌الله", "کارته سه", "کارته نو", "شهرک امید سبز",
           "ده‌بوری", "چهلستون", "سرخ‌آباد", "قریه سیاه‌سنگ", "تپه مرنجان", "گذر سبزی‌فروشی", "علاءالدین"]
AF_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
AF_OPS = [("AWCC", "01", ["70", "71"]), ("Roshan", "20", ["79", "72"]), ("MTN", "40", ["77", "76"]),
          ("Etisalat", "50", ["78", "73"]), ("Salaam", "88", ["74"])]


def af_msisdn(rng, prefixes: list[str]) -> tuple[str, str]:
    nat = rng.choice(prefixes) + digits(rng, 7)  # 9 digits without trunk 0
    r = rng.random()
    if r < 0.35:
        s = "0" + nat
    elif r < 0.55:
        s = f"+93 {nat[:2]} {nat[2:5]} {nat[5:]}"
    elif r < 0.72:
        s = "93" + nat
    elif r < 0.85:
        s = nat
    else:
        s = fa("0" + nat)
    return nat, s


def t_af(rng) -> None:
    cols: list[Col] = [
        ("شماره ثبت", False, "record_id"),
        ("تاریخ ثبت", False, "registration_timestamp"),
        ("نام", True, "first_name"),
        ("تخلص", True, "last_name"),
        ("نام پدر", True, "father_name"),
        ("نام پدرکلان", True, "grandfather_name"),
        ("نام به لاتین", True, "full_name"),
        ("جنسیت", False, "gender"),
        ("تاریخ تولد", True, "date_of_birth"),
        ("نوع سند", False, "document_type"),
        ("شماره سند", True, "national_id_or_passport"),
        ("ولایت", False, "state_province"),
        ("ولسوالی / ناحیه", True, "district"),
        ("قریه / گذر", True, "village_neighbourhood"),
        ("آدرس", True, "street_address"),
        ("شماره موبایل", True, "mobile_phone"),
        ("ICCID", True, "sim_iccid"),
        ("IMSI", True, "imsi"),
        ("IMEI", True, "imei"),
        ("شماره تماس اقارب", True, "relative_phone"),
        ("کد نماینده", False, "dealer_code"),
        ("کاربر سیستم", True, "username"),
        ("بسته", False, "tariff_plan"),
        ("بیلانس اولیه", False, "amount"),
        ("وضعیت تصدیق", False, "status"),
        ("ملاحظات", True, "free_text_with_names"),
    ]
    rows = []
    provs = list(AF_PROV)
    for i in range(310):
        sex = rng.choice("MMMF")
        g = rng.choice(AF_M if sex == "M" else AF_F)
        sur = rng.choice(AF_SUR) if rng.random() < 0.7 else None
        fat = rng.choice(AF_M)
        gf = rng.choice(AF_M)
        latin = g[1] + (" " + sur[1] if sur else "")
        if rng.random() < 0.3:
            latin = latin.upper()
        elif not sur and rng.random() < 0.5:
            latin = f"{g[1]} {'s/o' if sex == 'M' else 'd/o'} {fat[1]}"
        birth = pdate(rng, "1955-01-01", "2006-12-31")
        jy, jm, jd = g2j(birth.year, birth.month, birth.day)
        r = rng.random()
        if r < 0.38:
            dob = fa(f"{jy}/{jm:02d}/{jd:02d}")
        elif r < 0.58:
            dob = fa(f"{jd} {AF_MONTHS[jm - 1]} {jy}")
        elif r < 0.72:
            dob = fa(str(jy))
        elif r < 0.88:
            dob = birth.isoformat()
        else:
            dob = f"{jy}/{jm}/{jd}"
        prov = rng.choice(provs)
        pcode, dists = AF_PROV[prov]
        dist = rng.choice(dists)
        vill = rng.choice(AF_VILL)
        r = rng.random()
        if r < 0.62:
            doctype = "تذکره الکترونیکی"
            docno = f"{rng.randint(1398, 1403)}-{digits(rng, 4)}-{digits(rng, 5)}"
            if rng.random() < 0.2:
                docno = docno.replace("-", "")
        elif r < 0.9:
            doctype = "تذکره کاغذی"
            docno = fa(f"جلد {rng.randint(1, 480)} صفحه {rng.randint(1, 300)} ثبت {rng.randint(100, 99999)}")
        else:
            doctype = "پاسپورت"
            docno = "P" + digits(rng, 8) if rng.random() < 0.6 else "OA" + digits(rng, 7)
        if dist.startswith("ناحیه"):
            addr = fa(f"{dist}، {vill}، سرک {rng.randint(1, 12)}، کوچه {rng.randint(1, 30)}، خانه {rng.randint(1, 240)}")
        else:
            addr = f"{vill}، ولسوالی {dist}" + (fa(f"، نزدیک مسجد جامع، خانه {rng.randint(1, 90)}") if rng.random() < 0.4 else "")
        op, mnc, pfx = rng.choice(AF_OPS)
        _nat, msisdn = af_msisdn(rng, pfx)
        iccid = luhn_full(rng, "8993" + mnc, 19)
        imsi = "412" + mnc + digits(rng, 10)
        alt = af_msisdn(rng, ["70", "79", "77", "78", "72", "73"])[1] if rng.random() < 0.75 else ""
        reg_ts = pts(rng, "2023-03-21 07:00:00", "2025-03-20 18:00:00")
        dealer_no = rng.randint(1, 140)
        user = rng.choice([f"{pcode.lower()}_dlr{dealer_no:03d}", f"{pcode.lower()}.sales{rng.randint(1, 40)}",
                           f"agent{dealer_no}{pcode.lower()}"])
        note = ""
        rr = rng.random()
        other = rng.choice(AF_M)
        if rr < 0.12:
            note = f"سیم به نام {rng.choice(['برادرش', 'پدرش', 'کاکایش'])} {other[0]} ثبت شد"
        elif rr < 0.22:
            note = f"Customer came with cousin {other[1]} {rng.choice(AF_SUR)[1]}, biometrics retaken"
        elif rr < 0.30:
            note = fa(f"مشترک قبلی این شماره: {other[0]} {rng.choice(AF_SUR)[0]}")
        elif rr < 0.40:
            note = rng.choice(["بیومتریک دوباره گرفته شد", "عکس تذکره واضح نیست", "duplicate IMSI check OK"])
        rows.append([
            f"SR{reg_ts:%y}{pcode}{rng.randint(0, 999999):06d}",
            reg_ts.strftime("%Y-%m-%d %H:%M:%S"),
            g[0], sur[0] if sur else rng.choice(["", "-", ""]), fat[0], gf[0] if rng.random() < 0.9 else "",
            latin, "مرد" if sex == "M" else "زن", dob, doctype, docno, prov, dist, vill, addr, msisdn,
            iccid, imsi, imei(rng), alt, f"DLR-{pcode}-{dealer_no:04d}", user,
            rng.choice(["سیم عادی", "Super 100", "4G Data 10GB", "پکیج ۱۰۰", "Haftagi"]),
            rng.choice(["0", "50", "100", "100", "25"]),
            rng.choice(["تصدیق شده", "تصدیق شده", "تصدیق شده", "در انتظار", "رد شد"]), note,
        ])
    write_table("sim_rajistar_af",
                "Afghan mobile operator SIM registrations (dealer app export): Dari/Pashto names in Perso-Arabic "
                "script with father and grandfather, e-tazkira / paper tazkira / passport, Solar Hijri birth dates "
                "with Persian digits, MSISDN, ICCID, IMSI, IMEI.", cols, rows)


# =============================================================================================
# 2. Nunavut health centre visits (terse coded headers c01..c25), Inuktitut syllabics
# =============================================================================================
_SYL_ROWS = {
    "": "ᐃᐅᐊ", "p": "ᐱᐳᐸ", "t": "ᑎᑐᑕ", "k": "ᑭᑯᑲ", "g": "ᒋᒍᒐ", "m": "ᒥᒧᒪ", "n": "ᓂᓄᓇ",
    "s": "ᓯᓱᓴ", "l": "ᓕᓗᓚ", "j": "ᔨᔪᔭ", "v": "ᕕᕗᕙ", "r": "ᕆᕈᕋ", "q": "ᕿᖁᖃ", "ng": "ᖏᖑᖓ",
}
_SYL_LONG = {
    "": "ᐄᐆᐋ", "p": "ᐲᐴᐹ", "t": "ᑏᑑᑖ", "k": "ᑮᑰᑳ", "g": "ᒌᒎᒑ", "m": "ᒦᒨᒫ", "n": "ᓃᓅᓈ",
    "s": "ᓰᓲᓵ", "l": "ᓖᓘᓛ", "j": "ᔩᔫᔮ", "v": "ᕖᕘᕚ", "r": "ᕇᕉᕌ", "q": "ᖀᖂᖄ", "ng": "ᖐᖒᖔ",
}
_SYL_FINAL = {"p": "ᑉ", "t": "ᑦ", "k": "ᒃ", "g": "ᒡ", "m": "ᒻ", "n": "ᓐ", "s": "ᔅ", "l": "ᓪ", "j": "ᔾ",
              "v": "ᕝ", "r": "ᕐ", "q": "ᖅ", "ng": "ᖕ"}


def syllabics(ici: str) -> str:
    s, out, i = ici.lower(), [], 0
    while i < len(s):
        cons = ""
        if s.startswith("ng", i):
            cons, i = "ng", i + 2
        elif s[i] not in "iua":
            cons, i = s[i], i + 1
        if i < len(s) and s[i] in "iua":
            v = "iua".index(s[i])
            if i + 1 < len(s) and s[i + 1] == s[i]:
                out.append(_SYL_LONG[cons][v])
                i += 2
            else:
                out.append(_SYL_ROWS[cons][v])
                i += 1
        else:
            out.append(_SYL_FINAL[cons])
    return "".join(out)


NU_GIVEN_M = [("Pauloosie", "paaluusi"), ("Ipeelee", "ipiili"), ("Joanasie", "juanasi"), ("Jaypeetee", "jiipiti"),
              ("Qajaaq", "qajaaq"), ("Tagak", "tagak"), ("Iqaluk", "iqaluk"), ("Pitseolak", "pitsiulaaq"),
              ("Simeonie", "simiuni"), ("Jaco", "jaaku"), ("Mosesee", "musisi"), ("Inuusiq", "inuusiq"),
              ("Nuna", "nuna"), ("Akulukjuk", "akulukjuk"), ("Sakiasie", "sakiasi"), ("Levi", "liivai")]
NU_GIVEN_F = [("Annie", "aani"), ("Elisapee", "ilisapi"), ("Leetia", "liitia"), ("Ooloota", "uluuta"),
              ("Geela", "giila"), ("Oopik", "uupik"), ("Meeka", "miika"), ("Nuvalinga", "nuvalinga"),
              ("Arnaq", "arnaq"), ("Siila", "siila"), ("Ulaayu", "ulaaju"), ("Kowna", "kauna"),
              ("Malaya", "malaja"), ("Atsainak", "atsainaq"), ("Qilak", "qilak"), ("Maatalii", "maatalii")]
NU_SUR = [("Kilabuk", "kilapuk"), ("Akeeagok", "akiiaguk"), ("Nakashuk", "nakasuk"), ("Ootoova", "uutuuva"),
          ("Alainga", "alainga"), ("Qaqqasiq", "qaqqasiq"), ("Kunuk", "kunuk"), ("Pitsiulak", "pitsiulaaq"),
          ("Arnatsiaq", "arnatsiaq"), ("Ishulutak", "isulutaq"), ("Maniapik", "maniapik"), ("Nashalik", "nasalik"),
          ("Veevee", "viivii"), ("Kootoo", "kuutuu"), ("Mike", "maik"), ("Arreak", "ariaq"),
          ("Qumuatuq", "qumuatuq"), ("Enuaraq", "inuaraq"), ("Tootoo", "tuutuu"), ("Papatsie", "papatsi"),
          ("Angnatok", "angnatuq"), ("Kalluk", "kalluk"), ("Amarualik", "amarualik"), ("Inuksuk", "inuksuk")]
NU_COMM = [("Iqaluit", "X0A 0H0", ["979", "975"]), ("Pangnirtung", "X0A 0R0", ["473"]),
           ("Igloolik", "X0A 0L0", ["934"]), ("Pond Inlet", "X0A 0S0", ["899"]), ("Clyde River", "X0A 0E0", ["924"]),
           ("Arctic Bay", "X0A 0A0", ["439"]), ("Kimmirut", "X0A 0N0", ["939"]), ("Kinngait", "X0A 0C0", ["897"]),
           ("Rankin Inlet", "X0C 0G0", ["645"]), ("Arviat", "X0C 0E0", ["857"]), ("Baker Lake", "X0C 0A0", ["793"]),
           ("Cambridge Bay", "X0B 0C0", ["983"]), ("Kugluktuk", "X0B 0E0", ["982"]), ("Gjoa Haven", "X0B 1J0", ["360"])]
NU_COMPLAINT = ["cough x 3 days", "otitis media R ear", "prenatal check 28/40", "laceration L hand, sutured",
                "TB contact screening", "med refill - metformin", "fever, sore throat", "chest pain r/o ACS",
                "well child 18 mo, immunizations", "dental pain, abscess", "rash on trunk", "SOB, hx asthma",
                "STI screening", "BP check", "frostbite R toes", "sprained ankle (hunting)"]


def nu_phone(rng, exch: str) -> str:
    n = digits(rng, 4)
    return rng.choice([f"867-{exch}-{n}", f"(867) {exch}-{n}", f"{exch}-{n}", f"1867{exch}{n}", f"+1 867 {exch} {n}"])


def t_nu(rng) -> None:
    spec = [
        (False, "visit_id"), (False, "facility_name"), (True, "visit_datetime_hipaa_date"),
        (True, "health_card_number"), (True, "last_name"), (True, "first_name"), (True, "full_name_syllabics"),
        (True, "date_of_birth"), (False, "gender"), (True, "city"), (True, "street_address"),
        (True, "postal_code"), (True, "phone"), (False, "language"), (False, "flag"), (False, "chief_complaint"),
        (False, "triage_level"), (True, "clinician_name"), (True, "escort_name"), (False, "medevac_destination"),
        (False, "weight_kg"), (False, "temperature_c"), (True, "username"), (True, "free_text_with_names"),
        (False, "created_at"),
    ]
    cols = [(f"c{i + 1:02d}", p, k) for i, (p, k) in enumerate(spec)]
    staff = []
    for _ in range(18):
        loc = rng.choice(["en_GB", "fr_FR", "en_AU"])
        male, female, sur = NAMES[loc]
        f, last = rng.choice(male + female), rng.choice(sur)
        staff.append((f, last, rng.choice(["RN", "NP", "CHR", "Dr.", "RN"])))
    rows = []
    for i in range(296):
        comm, pc, exch = rng.choice(NU_COMM)
        inuk = rng.random() < 0.85
        sex = rng.choice("MF")
        if inuk:
            g = rng.choice(NU_GIVEN_M if sex == "M" else NU_GIVEN_F)
            s = rng.choice(NU_SUR)
            first, last = g[0], s[0]
            syl = syllabics(g[1]) + " " + syllabics(s[1])
            if rng.random() < 0.15:
                syl = ""
        else:
            loc = rng.choice(["en_GB", "fr_FR", "en_AU"])
            male, female, sur = NAMES[loc]
            first, last, syl = rng.choice(male if sex == "M" else female), rng.choice(sur), ""
        if rng.random() < 0.25:
            last = last.upper()
        birth = pdate(rng, "1940-01-01", "2024-06-30")
        dob = birth.strftime(rng.choice(["%Y-%m-%d", "%Y-%m-%d", "%d/%m/%Y", "%d-%b-%Y"])).upper() \
            if rng.random() < 0.2 else birth.strftime("%Y-%m-%d")
        visit = pts(rng, "2024-01-02 08:00:00", "2025-05-30 20:00:00")
        st = rng.choice(staff)
        seen = rng.choice([f"{st[2]} {st[0][0]}. {st[1]}", f"{st[1]}, {st[0]} ({st[2]})", f"{st[0]} {st[1]}"])
        esc = ""
        if rng.random() < 0.35:
            eg = rng.choice(NU_GIVEN_F + NU_GIVEN_M)[0]
            es = rng.choice(NU_SUR)[0]
            esc = rng.choice([f"{eg} {es}", f"{eg} {es} (mother)", f"{es}, {eg}", f"{eg} {es} - grandmother"])
        addr = rng.choice([f"Box {rng.randint(1, 2999)}", f"House {rng.randint(100, 2400)}",
                           f"Unit {rng.randint(1, 40)}, Bldg {rng.randint(100, 1500)}",
                           f"PO Box {rng.randint(1, 999)}, House {rng.randint(100, 900)}"])
        note = ""
        r = rng.random()
        ng = rng.choice(NU_GIVEN_F + NU_GIVEN_M)[0]
        ns = rng.choice(NU_SUR)[0]
        if r < 0.14:
            note = f"Accompanied by {rng.choice(['grandmother', 'aunt', 'father', 'anaana'])} {ng} {ns}; interpreter not needed"
        elif r < 0.24:
            note = f"Call back at cousin's house ({ng} {ns}) {nu_phone(rng, exch[0])}"
        elif r < 0.32:
            note = f"Seen with sibling {ng}. Follow up with {st[2]} {st[1]} next week"
        elif r < 0.5:
            note = rng.choice(["f/u 2/52", "reassess in 48h", "referred to physician clinic", "meds dispensed", ""])
        dest = rng.choice(["", "", "", "", "Iqaluit (QGH)", "Ottawa", "Winnipeg", "Yellowknife"]) if comm != "Iqaluit" \
            else rng.choice(["", "", "", "Ottawa"])
        created = visit - dt.timedelta(minutes=rng.randint(2, 50))
        rows.append([
            f"NU-{comm[:3].upper()}-{visit:%y}-{i + 4100:06d}", f"{comm} Health Centre",
            visit.strftime("%Y-%m-%d %H:%M"), f"{rng.randint(1, 2)}{digits(rng, 8)}", last, first, syl, dob,
            rng.choice(["M", "F"]) if rng.random() < 0.02 else sex, comm, addr, pc, nu_phone(rng, rng.choice(exch)),
            rng.choice(["Inuktitut", "Inuktitut", "Inuinnaqtun", "English", "French"]) if inuk else "English",
            rng.choice(["Y", "N", "N"]), rng.choice(NU_COMPLAINT), str(rng.choice([2, 3, 3, 4, 4, 4, 5, 1])),
            seen, esc, dest,
            f"{(rng.uniform(3.5, 12) if visit.year - birth.year < 2 else rng.uniform(12, 40) if visit.year - birth.year < 12 else rng.uniform(45, 112)):.1f}",
            f"{rng.uniform(35.8, 39.6):.1f}",
            (st[0][0] + st[1]).lower().replace(" ", "").replace("'", ""), note,
            created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        ])
        rows[-1][22] = ascii_fold(rows[-1][22])
    write_table("c01_healthctr_visits_nu",
                "Nunavut community health centre visit log: Inuit names in Roman orthography and Inuktitut "
                "syllabics, southern staff without syllabics, health card numbers, box addresses, X0A/X0B/X0C "
                "postcodes, 867 phones, clinicians, escorts; coded headers c01..c25.", cols, rows)


# =============================================================================================
# 3. Angolan voter-registration update forms (Portuguese headers)
# =============================================================================================
AO_M = ["Manuel", "João", "António", "Domingos", "Adão", "Paulo", "Francisco", "Mateus", "Agostinho", "Edmilson",
        "Osvaldo", "Kiluanje", "Ngola", "Nzuzi", "Mbiavanga", "Kalunga", "Bartolomeu", "Florindo", "Custódio",
        "Silvestre", "Délcio", "Joelson", "Hélder", "Yuri", "Lukeny", "Sebastião", "Belarmino", "Afonso"]
AO_F = ["Maria", "Ana", "Teresa", "Domingas", "Esperança", "Luzia", "Conceição", "Isabel", "Nzinga", "Nsimba",
        "Tchissola", "Madalena", "Rosária", "Joaquina", "Filomena", "Eufrásia", "Nadir", "Wandi", "Ngueza",
        "Mariana", "Engrácia", "Celestina", "Lurdes", "Kiesse", "Djamila", "Aurora"]
AO_SUR = ["dos Santos", "da Silva", "Neto", "Sebastião", "Francisco", "Domingos", "Cassoma", "Kiala", "Nzau",
          "Mbala", "Tchipilica", "Sapalo", "Kambuta", "Capitango", "Chilombo", "Tchiwale", "Ngunza", "Muacasso",
          "Ndala", "Quissanga", "Lutonadio", "Massala", "Vunge", "da Costa", "Van-Dúnem", "Mingas", "Cangombe",
          "Manuel", "Bento", "Kapinga", "Chivukuvuku", "Samakuva"]
AO_GEO = {
    "Luanda": ("LA", {"Cazenga": ["Hoji-ya-Henda", "Cazenga Popular", "Tala Hady"],
                      "Viana": ["Zango 3", "Estalagem", "Vila Flor"],
                      "Belas": ["Golfe 2", "Camama", "Benfica"], "Cacuaco": ["Kifangondo", "Sequele", "Mulenvos"],
                      "Luanda": ["Rangel", "Sambizanga", "Maianga", "Prenda", "Marçal"],
                      "Talatona": ["Camama", "Lar do Patriota"]}),
    "Benguela": ("BG", {"Lobito": ["Compão", "Alto Liro", "Restinga"], "Benguela": ["Zona Comercial", "Calomanga"],
                        "Catumbela": ["Praia Bebé", "Luongo"], "Cubal": ["Tchiolo"]}),
    "Huambo": ("HO", {"Huambo": ["São Pedro", "Benfica", "Cacilhas", "Kapango"], "Caála": ["Sede"],
                      "Bailundo": ["Luvemba"]}),
    "Huíla": ("HL", {"Lubango": ["Mitcha", "Lalula", "Tchioco", "Comercial"], "Chibia": ["Sede"],
                     "Matala": ["Mulondo"]}),
    "Uíge": ("UE", {"Uíge": ["Kandombe Velho", "Popular", "Dunga"], "Negage": ["Sede"], "Sanza Pombo": ["Sede"]}),
    "Cabinda": ("CA", {"Cabinda": ["Chiweca", "Lombo-Lombo", "1º de Maio"], "Buco-Zau": ["Sede"]}),
    "Malanje": ("ME", {"Malanje": ["Maxinde", "Canâmbua"], "Cacuso": ["Sede"]}),
    "Bié": ("BE", {"Cuíto": ["Kaluapanda", "Sede"], "Andulo": ["Sede"]}),
}
AO_JOBS = ["Estudante", "Camponesa", "Zungueira", "Professor", "Motorista", "Enfermeira", "Pedreiro", "Funcionário Público",
           "Comerciante", "Mototaxista", "Doméstica", "Desempregado", "Técnico de Saúde", "Pescador"]


def ao_name(rng, sex: str) -> tuple[str, str]:
    g = rng.choice(AO_M if sex == "M" else AO_F)
    if rng.random() < 0.35:
        g += " " + rng.choice(AO_M if sex == "M" else AO_F)
    s1, s2 = rng.choice(AO_SUR), rng.choice(AO_SUR)
    return g, s1 + (" " + s2 if rng.random() < 0.55 and s2 != s1 else "")


def ao_phone(rng) -> str:
    n = rng.choice(["92", "93", "94", "91", "99", "95"]) + digits(rng, 7)
    return rng.choice([f"+244 {n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]} {n[3:6]} {n[6:]}", f"00244{n}",
                       f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n} / {rng.choice(['92', '93'])}{digits(rng, 7)}"])


def t_ao(rng) -> None:
    cols: list[Col] = [
        ("Nº Ficha", False, "form_number"), ("Data de Registo", False, "business_date"),
        ("Nome Completo", True, "full_name"), ("Nº do BI", True, "national_id"),
        ("BI Válido até", True, "document_expiry_date"), ("Data de Nascimento", True, "date_of_birth"),
        ("Sexo", False, "gender"), ("Naturalidade", True, "place_of_birth"),
        ("Província de Nascimento", False, "state_province"), ("Nome do Pai", True, "father_name"),
        ("Nome da Mãe", True, "mother_name"), ("Província", False, "state_province"),
        ("Município", True, "city"), ("Comuna / Distrito Urbano", True, "district"), ("Bairro", True, "neighbourhood"),
        ("Rua / Casa Nº", True, "street_address"), ("Telemóvel", True, "mobile_phone"), ("E-mail", True, "email"),
        ("Profissão", False, "job_title"), ("Assembleia de Voto", False, "polling_station"),
        ("Código Assembleia", False, "polling_station_code"), ("Nº Cartão Eleitor", True, "voter_card_number"),
        ("Brigada / Registador", True, "staff_number"), ("Estado", False, "status"),
        ("Observações", True, "free_text_with_names"),
    ]
    provs = list(AO_GEO)
    rows = []
    for i in range(300):
        sex = rng.choice("MF")
        g, s = ao_name(rng, sex)
        full = f"{g} {s}"
        if rng.random() < 0.3:
            full = full.upper()
        birth = pdate(rng, "1950-01-01", "2007-05-31")
        prov = rng.choice(provs)
        code, munis = AO_GEO[prov]
        muni = rng.choice(list(munis))
        bairro = rng.choice(munis[muni])
        bprov = prov if rng.random() < 0.6 else rng.choice(provs)
        bcode, bmunis = AO_GEO[bprov]
        nat = rng.choice(list(bmunis))
        bi = f"{rng.randint(0, 99999999):09d}{bcode}{rng.randint(10, 99):03d}"
        if rng.random() < 0.12:
            bi = bi.lower()
        reg = pdate(rng, "2024-09-02", "2025-04-30")
        exp = pdate(rng, "2024-01-01", "2034-12-31")
        fg, fs = ao_name(rng, "M")
        mg, ms = ao_name(rng, "F")
        father = f"{fg} {fs}" if rng.random() < 0.9 else rng.choice(["Incógnito", "Desconhecido"])
        mother = f"{mg} {ms}"
        if prov == "Luanda":
            comuna = rng.choice(["Distrito Urbano da Maianga", "Distrito Urbano do Rangel", "Distrito Urbano do Sambizanga",
                                 f"Comuna de {bairro}", "Distrito Urbano da Ingombota"])
        else:
            comuna = rng.choice(["Comuna Sede", f"Comuna de {bairro}" if bairro != "Sede" else "Comuna Sede"])
        street = rng.choice([f"Rua {rng.randint(1, 40)}, Casa Nº {rng.randint(1, 300)}",
                             f"Travessa dos Coqueiros, casa {rng.randint(1, 40)}{rng.choice(['', 'A', 'B'])}",
                             f"Quarteirão {rng.randint(1, 30)}, Casa {rng.randint(1, 90)}",
                             f"Prédio {rng.randint(1, 60)}, {rng.randint(1, 12)}º andar, Apt. {rng.randint(1, 8)}",
                             f"Rua Direita {'da Sede' if bairro == 'Sede' else 'do bairro ' + bairro}, s/n",
                             f"Casa {rng.randint(1, 999)}, próximo da Igreja Tocoísta"])
        email = ""
        if rng.random() < 0.25:
            email = email_for(rng, g.split()[0], s.split()[-1], ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.pt"])
        brig = f"BR-{code}-{rng.randint(1, 220):04d}"
        obs = ""
        r = rng.random()
        if r < 0.12:
            rel = rng.choice(["tio", "irmã", "avó", "soba", "irmão", "tia"])
            og, os_ = ao_name(rng, "F" if rel in ("irmã", "avó", "tia") else "M")
            obs = f"Declarante: {rel} {og} {os_}"
        elif r < 0.2:
            obs = f"Registo feito com testemunha {ao_name(rng, 'M')[0]} {ao_name(rng, 'M')[1]} (BI extraviado)"
        elif r < 0.3:
            obs = rng.choice(["Foto recapturada", "Impressão digital ilegível", "Transferência de assembleia", "Actualização de morada"])
        dob = birth.strftime(rng.choice(["%d/%m/%Y", "%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y"]))
        rows.append([
            f"{code}{reg:%y}{i + 10521:07d}", reg.strftime("%d/%m/%Y"), full, bi, exp.strftime("%d/%m/%Y"), dob,
            "Masculino" if sex == "M" else "Feminino", nat, bprov, father, mother, prov, muni, comuna, bairro,
            street, ao_phone(rng) if rng.random() < 0.93 else "", email, rng.choice(AO_JOBS),
            f"Escola Primária Nº {rng.randint(1, 900)} - {bairro}", f"{code}{rng.randint(100, 9999):05d}",
            digits(rng, 10), brig, rng.choice(["Validado", "Validado", "Pendente", "Duplicado"]), obs,
        ])
    write_table("ficha_registo_eleitoral_ao",
                "Angolan voter-registration update forms: Portuguese and Kimbundu/Umbundu/Kikongo names, BI "
                "numbers with province letters, filiation (father/mother), naturalidade, município/bairro, "
                "house descriptions, +244 phones, registration brigade agent codes.", cols, rows)


# =============================================================================================
# 4. Namibian mining contractor payroll, exported without a header row
# =============================================================================================
NA_M = ["Petrus", "Tuhafeni", "Nangolo", "Festus", "Johannes", "Shikongo", "Uerikua", "Vemuna", "Tjeripo",
        "Hendrik", "Jacobus", "Salomon", "Dieter", "Uwe", "Simasiku", "Lukas", "Ndeshihafela", "Immanuel",
        "Hafeni", "Mbahupu", "Kaveri", "Gideon", "Absalom", "Matheus", "Elifas"]
NA_F = ["Ndapewa", "Ndeshipanda", "Tangeni", "Selma", "Hilma", "Frieda", "Loide", "Aina", "Ndinelao", "Magano",
        "Kaera", "Uatjiua", "Elfriede", "Anke", "Mutaleni", "Ndahafa", "Justina", "Martha", "Saima", "Rauha",
        "Nangula", "Foibe", "Beata", "Victoria"]
NA_SUR = ["Shikongo", "Nghipondoka", "Amadhila", "Haufiku", "Kambonde", "Iipumbu", "Shivute", "Nakale", "Hamutenya",
          "Kazondunge", "Tjiriange", "Kaputu", "Hengari", "Katjivena", "ǃNaruseb", "Gariseb", "Hoëbeb", "Goagoseb",
          "Khoeseb", "van Wyk", "Beukes", "Coetzee", "Swartbooi", "Schneider", "Mwilima", "Sinvula", "Mafwila",
          "Haingura", "Shikerete", "Mukuve", "Nekongo", "Ya Toivo-Amupolo"]
NA_TOWNS = [("Katutura", "Windhoek"), ("Wanaheda", "Windhoek"), ("Okuryangava", "Windhoek"), ("Khomasdal", "Windhoek"),
            ("Mondesa", "Swakopmund"), ("Kuisebmond", "Walvis Bay"), ("Narraville", "Walvis Bay"),
            ("Oshakati East", "Oshakati"), ("Ongwediva", "Ongwediva"), ("Tsumeb Ext 8", "Tsumeb"),
            ("DRC", "Swakopmund"), ("Arandis", "Arandis"), ("Ondangwa", "Ondangwa"), ("Rundu Kehemu", "Rundu")]
NA_JOBS = [("Haul Truck Operator", "MIN-OPS", 14200), ("Drill Rig Assistant", "MIN-DRL", 9800),
           ("Diesel Mechanic", "ENG-MOB", 18900), ("Fitter", "ENG-PLT", 17400), ("Security Officer", "SEC", 7200),
           ("Payroll Clerk", "FIN", 12100), ("Shift Supervisor", "MIN-OPS", 26500), ("Plant Operator", "PLT", 13300),
           ("Sampler", "GEO", 10100), ("Cook", "CAMP", 6400)]
NA_BANKS = [("First National Bank Namibia", "28", "62", 11), ("Bank Windhoek", "48", "80", 10),
            ("Standard Bank Namibia", "08", "6", 11), ("Nedbank Namibia", "46", "11", 11)]


def na_phone(rng) -> str:
    n = rng.choice(["81", "85", "81", "81"]) + digits(rng, 7)
    return rng.choice([f"0{n[:2]} {n[2:5]} {n[5:]}", f"+264 {n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"264{n}",
                       f"0{n[:2]}-{n[2:]}"])


def t_na(rng) -> None:
    cols: list[Col] = [
        (None, False, "pay_period"), (None, False, "company_code"), (None, True, "staff_number"),
        (None, True, "last_name"), (None, True, "first_name"), (None, True, "national_id"),
        (None, True, "social_security_number"), (None, True, "date_of_birth"), (None, False, "gender"),
        (None, False, "job_title"), (None, False, "cost_center"), (None, False, "hire_date"),
        (None, False, "salary"), (None, False, "overtime_hours"), (None, False, "gross_pay"),
        (None, False, "tax_amount"), (None, False, "social_security_contribution"), (None, False, "net_pay"),
        (None, False, "bank_name"), (None, False, "bank_branch_code"), (None, True, "bank_account_number"),
        (None, True, "mobile_phone"), (None, True, "street_address"), (None, True, "next_of_kin_name_phone"),
    ]
    rows = []
    emps = []
    for i in range(145):
        sex = rng.choice("MMMF")
        first = rng.choice(NA_M if sex == "M" else NA_F)
        if rng.random() < 0.4:
            first += " " + rng.choice(NA_M if sex == "M" else NA_F)
        last = rng.choice(NA_SUR)
        birth = pdate(rng, "1964-01-01", "2005-06-30")
        nid = f"{birth:%y%m%d}{digits(rng, 5)}"
        if birth.year >= 2000 and rng.random() < 0.5:
            nid = nid.lstrip("0")
        job = rng.choice(NA_JOBS)
        hire = pdate(rng, "2008-01-01", "2025-03-31")
        bank = rng.choice(NA_BANKS)
        acct = bank[2] + digits(rng, bank[3] - len(bank[2]))
        sub, town = rng.choice(NA_TOWNS)
        addr = rng.choice([f"Erf {rng.randint(100, 9999)}, {sub}, {town}", f"{rng.randint(1, 80)} {rng.choice(['Omuthiya', 'Shanghai', 'Hereford', 'Eveline', 'Independence Ave'])} Street, {sub}",
                           f"House No. {rng.randint(1, 999)}, {sub}", f"P.O. Box {rng.randint(1, 9999)}, {town}"])
        kin_sex = rng.choice("MF")
        kin = f"{rng.choice(NA_M if kin_sex == 'M' else NA_F)} {rng.choice([last, rng.choice(NA_SUR)])}"
        kin = rng.choice([f"{kin} {na_phone(rng)}", f"{kin} ({rng.choice(['wife', 'mother', 'brother', 'husband', 'uncle'])}) {na_phone(rng)}",
                          f"{kin.upper()} - {na_phone(rng)}"])
        emps.append((f"E{rng.randint(1000, 9999)}" if rng.random() < 0.8 else f"C-{rng.randint(100, 999)}", last, first,
                     nid, digits(rng, 8), birth, sex, job, hire, bank, acct, na_phone(rng), addr, kin))
    for period in ["2025-05", "2025-06"]:
        for e in emps:
            (eno, last, first, nid, ssc, birth, sex, job, hire, bank, acct, ph, addr, kin) = e
            base = job[2] + rng.randint(-6, 12) * 100
            ot = rng.choice([0, 0, 4, 8, 12, 16.5, 22])
            gross = base + ot * base / 173 * 1.5
            paye = max(0.0, (gross * 12 - 100000) * 0.18 / 12) if gross * 12 > 100000 else 0.0
            sscc = min(99.0, round(gross * 0.009, 2))
            net = gross - paye - sscc
            rows.append([
                period, rng.choice(["NMC01", "NMC01", "NMC02"]), eno, last if rng.random() > 0.15 else last.upper(),
                first, nid, ssc, birth.strftime("%Y/%m/%d"), sex, job[0], job[1], hire.strftime("%Y/%m/%d"),
                f"{base:.2f}", f"{ot}", f"{gross:.2f}", f"{paye:.2f}", f"{sscc:.2f}", f"{net:.2f}", bank[0],
                {"28": "282172", "48": "483872", "08": "087373", "46": "461038"}[bank[1]],
                acct if rng.random() > 0.1 else spreadsheet_number(acct, rng, 1.0), ph, addr, kin,
            ])
    write_table("payroll_noheader_na",
                "Namibian mine contractor payroll (two months), exported without a header row: Oshiwambo, "
                "Otjiherero, Nama/Damara (click letters), Afrikaans, German-Namibian, Zambezi and Kavango names, "
                "11-digit ID numbers (leading zero lost for 2000s births), SSC numbers, account numbers, next of "
                "kin; hire date in the same format as the birth date.", cols, rows, header=False)


# =============================================================================================
# 5. Somali mobile-money transfers (terse coded headers F1..F24): mostly transaction data
# =============================================================================================
SO_M = [("Maxamed", "Mohamed"), ("Cabdi", "Abdi"), ("Axmed", "Ahmed"), ("Cali", "Ali"), ("Xasan", "Hassan"),
        ("Xuseen", "Hussein"), ("Cabdiraxmaan", "Abdirahman"), ("Cabdullaahi", "Abdullahi"), ("Yuusuf", "Yusuf"),
        ("Ismaaciil", "Ismail"), ("Faarax", "Farah"), ("Guuleed", "Guled"), ("Warsame", "Warsame"),
        ("Jaamac", "Jama"), ("Nuur", "Nur"), ("Aadan", "Adan"), ("Ibraahim", "Ibrahim"), ("Mahad", "Mahad"),
        ("Liibaan", "Liban"), ("Abshir", "Abshir"), ("Sahal", "Sahal"), ("Bashiir", "Bashir"), ("Cismaan", "Osman"),
        ("Xirsi", "Hirsi"), ("Siyaad", "Siad"), ("Dahir", "Dahir"), ("Shariif", "Sharif")]
SO_F = [("Faadumo", "Fadumo"), ("Xaliimo", "Halimo"), ("Hodan", "Hodan"), ("Sahra", "Sahra"), ("Ayaan", "Ayan"),
        ("Maryan", "Maryan"), ("Nimco", "Nimco"), ("Ubax", "Ubah"), ("Fartuun", "Fartun"), ("Hibaaq", "Hibaq"),
        ("Deeqa", "Deka"), ("Sagal", "Sagal"), ("Idil", "Idil"), ("Khadra", "Khadra"), ("Ilhaan", "Ilhan"),
        ("Shukri", "Shukri"), ("Ifrah", "Ifrah"), ("Caasho", "Asho")]
SO_MERCH = ["Bakaaraha Electronics", "Xamar Jajab Pharmacy", "Hodan Supermarket", "Waaberi Water Supply",
            "Jazeera Restaurant", "Boorama Fresh Milk", "Kaah Express Cargo", "Dalsan School Fees",
            "Gaalkacyo Petrol", "Taleex Hardware", "Sahan Clinic", "Ocean Fish Market"]


def so_name(rng, anglicise: bool, upper: bool) -> str:
    sex = rng.choice("MMF")
    g = rng.choice(SO_M if sex == "M" else SO_F)
    parts = [g, rng.choice(SO_M), rng.choice(SO_M)]
    s = " ".join(p[1] if anglicise else p[0] for p in parts[: rng.choice([2, 3, 3])])
    return s.upper() if upper else s


def so_msisdn(rng, country: str = "SO") -> str:
    if country == "SL":
        n = "63" + digits(rng, 7)
    else:
        n = rng.choice(["61", "61", "77", "62", "90"]) + digits(rng, 7)
    return rng.choice([f"252{n}", f"252{n}", f"+252 {n[:2]} {n[2:]}", f"0{n}", n])


def t_so(rng) -> None:
    spec = [
        (False, "transaction_id"), (False, "timestamp"), (False, "transaction_type"), (True, "mobile_phone"),
        (True, "full_name"), (True, "counterparty_phone_or_merchant_code"), (True, "counterparty_name_mixed"),
        (False, "amount"), (False, "currency_code"), (False, "fee"), (False, "account_balance"),
        (False, "channel"), (False, "merchant_code"), (False, "state_province"), (False, "cell_id"),
        (False, "status"), (True, "free_text_with_names"), (True, "passport_or_id_number"), (False, "batch_id"),
        (False, "tariff_code"), (False, "exchange_rate"), (False, "sequence_number"), (False, "settlement_date"),
        (False, "reversal_of_transaction_id"),
    ]
    cols = [(f"F{i + 1}", p, k) for i, (p, k) in enumerate(spec)]
    customers = []
    for _ in range(160):
        sl = rng.random() < 0.25
        customers.append((so_msisdn(rng, "SL" if sl else "SO"), so_name(rng, rng.random() < 0.2, rng.random() < 0.6),
                          rng.choice(["Woqooyi Galbeed", "Togdheer", "Sanaag"]) if sl else
                          rng.choice(["Banaadir", "Banaadir", "Bari", "Mudug", "Shabeellaha Hoose", "Bay", "Hiiraan"]),
                          rng.choice([f"P{rng.choice('ABC')}{digits(rng, 7)}", f"SL{digits(rng, 9)}", digits(rng, 12), ""]),
                          "SLSH" if sl else "USD", rng.uniform(5, 900)))
    merchants = [(f"{rng.randint(4000, 9999)}", m, f"M-{rng.randint(10000, 99999)}") for m in SO_MERCH]
    rows = []
    prev_ids = []
    ts = dt.datetime(2025, 6, 1, 0, 3, 11)
    for i in range(400):
        ts += dt.timedelta(seconds=rng.randint(20, 1300))
        c = rng.choice(customers)
        typ = rng.choice(["P2P", "P2P", "P2P", "MERCHANT", "MERCHANT", "BILLPAY", "AIRTIME", "CASHOUT", "REVERSAL"])
        memo = ""
        if typ in ("MERCHANT", "BILLPAY"):
            m = rng.choice(merchants)
            cp_no, cp_name, mcode = m[0], m[1], m[2]
        elif typ == "AIRTIME":
            cp_no, cp_name, mcode = "*712#", "Airtime Top-up", ""
        elif typ == "CASHOUT":
            cp_no, cp_name, mcode = f"{rng.randint(100, 999)}", f"Agent {rng.choice(['Bakaaro', 'KM4', 'Hamarweyne', 'Shaab', 'Jigjiga Yar'])} {rng.randint(1, 40)}", f"A-{rng.randint(1000, 9999)}"
        else:
            o = rng.choice(customers)
            cp_no, cp_name, mcode = o[0], o[1], ""
        r = rng.random()
        if typ == "P2P" and r < 0.35:
            who = so_name(rng, False, False).split()[0]
            memo = rng.choice([f"lacagta ardayga {who}", f"kirada guriga - {who}", f"for Hooyo {who}", f"qaraan {who} aroos",
                               f"dawada aabo {who}", f"school fees {who} {rng.choice(SO_M)[0]}"])
        elif r < 0.5:
            memo = rng.choice(["kirada", "bill June", "", "ref inv 2231", "biyaha"])
        amt = round(rng.choice([rng.uniform(0.5, 30), rng.uniform(20, 400)]), 2)
        if c[4] == "SLSH":
            amt = float(rng.randint(5, 900) * 1000)
        fee = 0.0 if typ in ("P2P", "AIRTIME") else round(amt * 0.01, 2)
        tid = f"TX{ts:%y%m%d%H%M%S}{rng.randint(10, 99)}"
        rev = ""
        if typ == "REVERSAL" and prev_ids:
            rev = rng.choice(prev_ids[-40:])
        prev_ids.append(tid)
        rows.append([
            tid, ts.strftime("%Y-%m-%d %H:%M:%S"), typ, c[0], c[1], cp_no, cp_name,
            f"{amt:.2f}" if c[4] == "USD" else f"{int(amt)}", c[4], f"{fee:.2f}", f"{max(0.0, c[5] - amt):.2f}",
            rng.choice(["USSD", "USSD", "APP", "API"]), mcode, c[2], f"{rng.randint(1000, 1999)}-{rng.randint(10000, 65535)}",
            rng.choice(["SUCCESS"] * 8 + ["FAILED", "PENDING"]), memo, c[3], f"B{ts:%Y%m%d}{rng.randint(1, 6):02d}",
            rng.choice(["T01", "T01", "T02", "T05"]), "1" if c[4] == "USD" else rng.choice(["8650", "8700", "8725"]),
            str(7700000 + i * rng.randint(1, 3)), (ts + dt.timedelta(days=1)).strftime("%Y%m%d"), rev,
        ])
    write_table("evc_f_transfers_so",
                "Somali / Somaliland mobile-money transaction log: mostly transaction data (ids, amounts, fees, "
                "balances, channels, merchant codes, cell ids, settlement); sender MSISDN and Somali three-part "
                "name, counterparty number/name mixing people, merchants and agents, memo text naming people, "
                "sender ID document; terse coded headers F1..F24.", cols, rows)


# =============================================================================================
# 6. Cuban diaspora grocery-delivery orders (snake_case): mostly order data
# =============================================================================================
CU_M = ["Yoandry", "Yasiel", "Yusniel", "Yordanis", "Osmany", "Reinier", "Dairon", "Yunior", "Alexis", "Ernesto",
        "Maikel", "Yoel", "Lázaro", "Orestes", "Yasmany", "Pavel", "Vladimir", "Yuniesky", "Rolando", "Ariel"]
CU_F = ["Yanelis", "Yudelkis", "Yaquelín", "Dayamí", "Odalys", "Mirta", "Migdalia", "Yuleidys", "Arianna",
        "Daylin", "Yaneisy", "Marielena", "Yamilé", "Idania", "Caridad", "Mercedes", "Anisleidy", "Yusimí"]
CU_SUR = ["Pérez", "González", "Rodríguez", "Hernández", "Fernández", "Díaz", "Valdés", "Cabrera", "Sosa",
          "Betancourt", "Despaigne", "Echevarría", "Mesa", "Lorenzo", "Armenteros", "Chiong", "Fong", "Lam",
          "Alfonso", "Ramos", "Leyva", "Castellanos", "Estévez", "Quintana", "Milián", "Boza", "Garbey", "Cutiño"]
CU_GEO = [("La Habana", "Plaza de la Revolución", ["Vedado", "Nuevo Vedado", "Plaza"]),
          ("La Habana", "Centro Habana", ["Cayo Hueso", "Los Sitios", "Colón"]),
          ("La Habana", "Diez de Octubre", ["Santos Suárez", "Lawton", "Luyanó"]),
          ("La Habana", "Habana del Este", ["Alamar", "Cojímar", "Guanabo"]),
          ("La Habana", "Marianao", ["Pogolotti", "Los Quemados"]), ("La Habana", "Playa", ["Miramar", "Buenavista"]),
          ("Santiago de Cuba", "Santiago de Cuba", ["Reparto Sueño", "Vista Alegre", "Los Olmos"]),
          ("Camagüey", "Camagüey", ["La Vigía", "Garrido"]), ("Holguín", "Holguín", ["Pueblo Nuevo", "Alcides Pino"]),
          ("Matanzas", "Cárdenas", ["Reparto Fundora"]), ("Villa Clara", "Santa Clara", ["Reparto Escambray", "Capiro"]),
          ("Cienfuegos", "Cienfuegos", ["Punta Gorda", "Pueblo Griffo"])]
CU_COMBOS = [("Combo Pollo 10 lb + Aceite 1 L", 34.90), ("Cárnico Familiar (picadillo, salchichas, pollo)", 59.00),
             ("Módulo de Aseo", 22.50), ("Arroz 10 kg + Frijoles 2 kg", 27.80), ("Leche en polvo 1 kg x2", 24.00),
             ("Cake de cumpleaños 2 lb", 31.00), ("Paquete de Viandas", 18.40), ("Medicamentos básicos (kit)", 29.99),
             ("Cerveza Cristal caja 24", 32.00), ("Panel solar portátil 100W", 189.00)]


def cu_ci(rng, birth: dt.date, sex: str) -> str:
    cent = rng.randint(0, 5) if birth.year < 2000 else rng.randint(6, 8)
    sexd = rng.choice("02468" if sex == "M" else "13579")
    return f"{birth:%y%m%d}{cent}{digits(rng, 2)}{sexd}{digits(rng, 1)}"


def cu_phone(rng) -> str:
    if rng.random() < 0.8:
        n = "5" + digits(rng, 7)
        return rng.choice([n, f"+53 {n}", f"+53 {n[:2]} {n[2:5]} {n[5:]}", f"53{n}", f"(+53) {n}"])
    n = "7" + rng.choice(["8", "2", "6"]) + digits(rng, 6)
    return rng.choice([f"7 {n[1:4]} {n[4:]}", f"+53 {n}"])


def t_cu(rng) -> None:
    cols: list[Col] = [
        ("order_id", False, "order_number"), ("created_at", False, "created_at"), ("status", False, "status"),
        ("buyer_email", True, "email"), ("buyer_name", True, "full_name"), ("buyer_country", False, "country_alpha2"),
        ("buyer_phone", True, "phone"), ("card_brand", False, "card_brand"), ("card_last4", False, "card_last4"),
        ("payment_ref", False, "payment_transaction_id"), ("recipient_name", True, "full_name"),
        ("recipient_ci", True, "national_id"), ("recipient_phone", True, "phone"),
        ("recipient_address", True, "street_address"), ("recipient_reparto", True, "neighbourhood"),
        ("recipient_municipio", True, "city"), ("recipient_provincia", False, "state_province"),
        ("delivery_notes", True, "free_text_with_names"), ("product_bundle", False, "product_name"),
        ("items_count", False, "count"), ("subtotal_usd", False, "amount"), ("delivery_fee_usd", False, "amount"),
        ("total_usd", False, "amount"), ("courier_zone", False, "delivery_zone"), ("courier_code", True, "staff_number"),
        ("delivered_at", False, "timestamp"),
    ]
    couriers = [f"MSJ-{rng.randint(10, 250):03d}" for _ in range(30)]
    rows = []
    for i in range(320):
        bsex, rsex = rng.choice("MF"), rng.choice("MF")
        bf = rng.choice(CU_M + ["Jorge Luis", "Daniel", "Michael"] if bsex == "M" else CU_F + ["Jessica", "Ashley"])
        bl = rng.choice(CU_SUR)
        bcountry = rng.choice(["US", "US", "US", "US", "ES", "CA", "MX"])
        buyer = f"{bf} {bl}" + (f" {rng.choice(CU_SUR)}" if rng.random() < 0.4 else "")
        if bcountry == "US":
            bphone = rng.choice([f"+1 (305) {digits(rng, 3)}-{digits(rng, 4)}", f"786{digits(rng, 7)}", f"(813) {digits(rng, 3)}-{digits(rng, 4)}"])
        elif bcountry == "ES":
            bphone = f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
        elif bcountry == "CA":
            bphone = f"+1 514 {digits(rng, 3)} {digits(rng, 4)}"
        else:
            bphone = f"+52 55 {digits(rng, 4)} {digits(rng, 4)}"
        rf = rng.choice(CU_M if rsex == "M" else CU_F)
        rl1, rl2 = rng.choice(CU_SUR), rng.choice(CU_SUR)
        rname = rng.choice([f"{rf} {rl1} {rl2}", f"{rf} {rl1}", f"{rf.upper()} {rl1.upper()} {rl2.upper()}"])
        birth = pdate(rng, "1935-01-01", "2006-12-31")
        prov, muni, reps = rng.choice(CU_GEO)
        rep = rng.choice(reps)
        a, b = rng.choice([("L", "M"), ("23", "25"), ("Infanta", "Basarrate"), ("124", "126"), ("Calzada", "Línea"), ("B", "C")])
        addr = rng.choice([f"Calle {rng.randint(1, 300)} No. {rng.randint(1, 2000)} e/ {a} y {b}",
                           f"Calle {rng.randint(1, 300)} No. {rng.randint(1, 2000)} Apto {rng.randint(1, 30)} e/ {a} y {b}",
                           f"Edif. {rng.randint(1, 90)}, Apto {rng.randint(1, 24)}, Zona {rng.randint(1, 12)}",
                           f"Ave. {rng.randint(1, 100)} No. {rng.randint(1000, 15000)} e/ {a} y {b}",
                           f"San Lázaro No. {rng.randint(1, 1200)} Apto {rng.randint(1, 8)} e/ {a} y {b}"])
        created = pts(rng, "2025-01-05 00:00:00", "2025-06-28 23:00:00")
        combo = rng.choice(CU_COMBOS)
        n = rng.randint(1, 4)
        sub = round(combo[1] * n, 2)
        fee = rng.choice([0.0, 3.5, 5.0, 7.5])
        status = rng.choice(["delivered"] * 6 + ["in_transit", "cancelled", "pending_contact"])
        delivered = "" if status != "delivered" else (created + dt.timedelta(hours=rng.randint(20, 140))).strftime("%Y-%m-%d %H:%M")
        notes = ""
        r = rng.random()
        nb = rng.choice(CU_M + CU_F)
        if r < 0.18:
            notes = f"Si no está, entregar a la vecina {rng.choice(CU_F)} del apto {rng.randint(1, 20)}"
        elif r < 0.3:
            notes = f"Llamar a {nb} antes de llegar, el timbre no sirve"
        elif r < 0.38:
            notes = f"Es para mi mamá {rf}, cumpleaños el {birth.day} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][birth.month - 1]}"
        elif r < 0.5:
            notes = rng.choice(["Casa de portal verde", "Tocar fuerte", "Entregar en la mañana", "Segundo piso al fondo"])
        rows.append([
            f"CU-{created:%y%m%d}-{rng.randint(0, 99999):05d}", created.strftime("%Y-%m-%dT%H:%M:%S-04:00"), status,
            email_for(rng, bf, bl, ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.es"]), buyer,
            bcountry, bphone, rng.choice(["visa", "mastercard", "amex", "discover"]), digits(rng, 4),
            f"ch_{token(rng, 24)}", rname, cu_ci(rng, birth, rsex), cu_phone(rng), addr, rep, muni, prov, notes,
            combo[0], str(n), f"{sub:.2f}", f"{fee:.2f}", f"{sub + fee:.2f}",
            f"{''.join(w[0] for w in prov.split()).upper()}-{rng.randint(1, 12):02d}", rng.choice(couriers), delivered,
        ])
    write_table("pedidos_familia_cu",
                "Online grocery/combo orders paid abroad (US, ES, CA, MX) for relatives in Cuba: mostly order "
                "data (ids, status, card brand and last 4, bundles, amounts, zones, timestamps); buyer and "
                "recipient names, 11-digit carnet de identidad, Cuban phones, addresses with 'e/ ... y ...', "
                "reparto and municipio, delivery notes naming neighbours, courier staff codes.", cols, rows)


# =============================================================================================
# 7. Tibetan exile school students in India / Nepal (Tibetan-script headers)
# =============================================================================================
BO_NEUTRAL = [("Tenzin", "བསྟན་འཛིན"), ("Tashi", "བཀྲ་ཤིས"), ("Pema", "པདྨ"), ("Sonam", "བསོད་ནམས"),
              ("Dawa", "ཟླ་བ"), ("Nyima", "ཉི་མ"), ("Kalsang", "སྐལ་བཟང"), ("Lobsang", "བློ་བཟང"),
              ("Tsering", "ཚེ་རིང"), ("Kunga", "ཀུན་དགའ"), ("Rinchen", "རིན་ཆེན"), ("Yeshi", "ཡེ་ཤེས"),
              ("Jigme", "འཇིགས་མེད"), ("Karma", "ཀརྨ"), ("Tsewang", "ཚེ་དབང"), ("Pasang", "པ་སངས"),
              ("Migmar", "མིག་དམར"), ("Penpa", "སྤེན་པ"), ("Lhakpa", "ལྷག་པ"), ("Phurbu", "ཕུར་བུ"), ("Chime", "འཆི་མེད")]
BO_F2 = [("Dolma", "སྒྲོལ་མ"), ("Lhamo", "ལྷ་མོ"), ("Yangchen", "དབྱངས་ཅན"), ("Choedon", "ཆོས་སྒྲོན"),
         ("Wangmo", "དབང་མོ"), ("Youdon", "གཡུ་སྒྲོན"), ("Dechen", "བདེ་ཆེན"), ("Dolkar", "སྒྲོལ་དཀར"),
         ("Palmo", "དཔལ་མོ"), ("Kyizom", "སྐྱིད་འཛོམས")]
BO_M2 = [("Norbu", "ནོར་བུ"), ("Dorjee", "རྡོ་རྗེ"), ("Dhondup", "དོན་གྲུབ"), ("Phuntsok", "ཕུན་ཚོགས"),
         ("Namgyal", "རྣམ་རྒྱལ"), ("Gyaltsen", "རྒྱལ་མཚན"), ("Thinley", "ཕྲིན་ལས"), ("Samten", "བསམ་གཏན"),
         ("Wangdu", "དབང་འདུས"), ("Topgyal", "སྟོབས་རྒྱལ")]
BO_SETTLE = ["Lugsung Samdupling, Camp No. {n}, Bylakuppe, Karnataka", "Doeguling Settlement, Camp {n}, Mundgod",
             "Norgyeling Settlement, Bhandara, Maharashtra", "Dhondupling, Clement Town, Dehradun",
             "Tibetan Colony, Majnu-ka-tilla, New Delhi - 110054", "Jampaling, Herbertpur, Dehradun",
             "Gangchen Kyishong, Dharamsala - 176215", "Jawalakhel Camp, Lalitpur, Nepal",
             "Tashi Palkhiel, Pokhara, Nepal", "House No. {n}, Jogiwara Road, McLeod Ganj",
             "Rabgayling, Camp {n}, Hunsur", "Sonamling, Choglamsar, Leh-Ladakh"]
BO_BIRTHPLACE = ["Bylakuppe", "Dharamsala", "Mundgod", "Kathmandu", "Pokhara", "Lhasa", "Shigatse", "Kollegal",
                 "Dehradun", "Delhi", "Leh", "Chamdo", "Kalimpong", "Darjeeling"]
BO_MED = ["", "", "", "asthma (inhaler)", "TB treated 2022", "hepatitis B carrier", "spectacles -2.5",
          "allergic to penicillin", "epilepsy, on medication", "anaemia"]


def bo_name(rng, sex: str) -> tuple[str, str]:
    a = rng.choice(BO_NEUTRAL)
    b = rng.choice(BO_F2 if sex == "F" else BO_M2) if rng.random() < 0.8 else rng.choice(BO_NEUTRAL)
    while b == a:
        b = rng.choice(BO_NEUTRAL)
    return f"{a[0]} {b[0]}", f"{a[1]}་{b[1]}"


def in_phone(rng) -> str:
    n = rng.choice(["98", "94", "70", "88", "96", "63"]) + digits(rng, 8)
    if rng.random() < 0.12:
        m = "98" + rng.choice(["41", "51", "01"]) + digits(rng, 6)
        return rng.choice([f"+977 {m}", f"+977-{m[:3]}-{m[3:]}"])
    return rng.choice([f"+91 {n[:5]} {n[5:]}", f"0{n}", n, f"91{n}", f"+91-{n}", f"{n[:5]}-{n[5:]}"])


def t_bo(rng) -> None:
    cols: list[Col] = [
        ("སློབ་ཕྲུག་ཨང་།", False, "student_number"), ("མིང་།", True, "full_name_tibetan_script"),
        ("དབྱིན་ཡིག་མིང་།", True, "full_name"), ("ཕོ་མོ།", False, "gender"), ("སྐྱེས་ཚེས།", True, "date_of_birth"),
        ("སྐྱེས་ཡུལ།", True, "place_of_birth"), ("RC ཨང་།", True, "residence_permit_number"),
        ("ཤོག་དེབ་ལྗང་ཁུ།", True, "green_book_number"), ("Aadhaar ཨང་།", True, "national_id"),
        ("ཕ་མིང་།", True, "father_name"), ("མ་མིང་།", True, "mother_name"), ("འགན་འཁུར་བ།", True, "guardian_or_sponsor_name"),
        ("ཁ་པར།", True, "phone"), ("གློག་ཡིག", True, "email"), ("སྡོད་གནས།", True, "street_address"),
        ("ཁྱིམ་ཚང་།", False, "hostel_home"), ("འཛིན་གྲྭ།", False, "class"), ("ཨང་རིམ།", False, "roll_number"),
        ("སྐར་ཚད། %", False, "percentage"), ("ཞལ་འདེབས། ₹", False, "amount"), ("འཕྲོད་བསྟེན།", False, "medical_note"),
        ("དྲན་ཐོ།", True, "free_text_with_names"), ("ཐོ་འགོད་མཁན།", True, "username"),
        ("བསྐྱར་བཅོས་དུས་ཚོད།", False, "updated_at"),
    ]
    clerks = ["tcv.office3", "admin_suja", "lhamo.registrar", "tcvschool2", "ngawang.k", "office.selakui"]
    sponsors = []
    for loc in ["de_DE", "en_GB", "en_US", "fr_FR", "nl_NL", "it_IT", "sv_SE"]:
        male, female, sur = NAMES[loc]
        for _ in range(3):
            if rng.random() < 0.5:
                sal, gn = rng.choice(["Mr.", "Dr.", "Herr" if loc == "de_DE" else "Mr."]), rng.choice(male)
            else:
                sal, gn = rng.choice(["Mrs.", "Ms.", "Dr.", "Frau" if loc == "de_DE" else "Mme" if loc == "fr_FR" else "Ms."]), rng.choice(female)
            sponsors.append(f"{sal} {gn} {rng.choice(sur)} ({loc[-2:]})")
    rows = []
    for i in range(280):
        sex = rng.choice("MF")
        en, bo = bo_name(rng, sex)
        if rng.random() < 0.08:
            en += f" ({rng.choice('ABC')})"
        elif rng.random() < 0.2:
            en = en.upper()
        birth = pdate(rng, "2006-04-01", "2019-03-31")
        r = rng.random()
        if r < 0.45:
            dob = birth.strftime("%d-%m-%Y")
        elif r < 0.7:
            dob = birth.strftime("%d/%m/%Y")
        elif r < 0.85:
            dob = birth.strftime("%d-%m-%Y").translate(BO_DIGITS)
        else:
            dob = birth.strftime("%d %b %Y")
        born_in_india = rng.random() < 0.7
        bp = rng.choice(BO_BIRTHPLACE[:5] + BO_BIRTHPLACE[8:]) if born_in_india else rng.choice(BO_BIRTHPLACE)
        rc = f"{rng.choice(['DHA', 'KAR', 'DDN', 'DEL', 'LEH'])}/RC/{rng.randint(10000, 99999)}" if rng.random() < 0.75 else ""
        gb = f"{rng.choice(['DH', 'BY', 'MG', 'KT', 'DL'])}-{rng.randint(0, 999999):06d}" if rng.random() < 0.85 else ""
        ad = ""
        if born_in_india and rng.random() < 0.55:
            ad = aadhaar(rng)
            ad = rng.choice([f"{ad[:4]} {ad[4:8]} {ad[8:]}", ad, f"{ad[:4]}-{ad[4:8]}-{ad[8:]}"])
        fen, fbo = bo_name(rng, "M")
        men, mbo = bo_name(rng, "F")
        father = rng.choice([fen, fbo, fen.upper(), "Late " + fen]) if rng.random() < 0.93 else ""
        mother = rng.choice([men, mbo, men.upper()])
        guardian = rng.choice(sponsors) if rng.random() < 0.4 else rng.choice([f"{fen} (father)", f"{bo_name(rng, 'F')[0]} (aunt)", f"{bo_name(rng, 'M')[0]} (uncle)", mother])
        email = ""
        if rng.random() < 0.45:
            gf, gl = fen.split()[0], fen.split()[-1]
            email = email_for(rng, gf, gl, ["gmail.com", "yahoo.co.in", "rediffmail.com", "tibet.net"])
        addr = rng.choice(BO_SETTLE).format(n=rng.randint(1, 16))
        grades = ["Pre-Primary", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        cls = grades[max(0, min(12, 2024 - birth.year - 5 - (1 if birth.month > 3 else 0)))]
        if cls in ("XI", "XII"):
            cls += " " + rng.choice(["Sci", "Arts", "Com"])
        note = ""
        r = rng.random()
        if r < 0.18:
            sib = rng.choice("MF")
            note = f"elder {'brother' if sib == 'M' else 'sister'} {bo_name(rng, sib)[0]} in Class {rng.choice(['X', 'XI', 'XII'])}"
        elif r < 0.28:
            note = f"ཨ་མ་ {rng.choice(BO_NEUTRAL)[1]}་ལགས་ཀྱིས་ཞལ་འདེབས་འབུལ།"
        elif r < 0.36:
            note = f"Sponsor changed 2024: {rng.choice(sponsors)}"
        elif r < 0.45:
            note = rng.choice(["new arrival from Tibet 2019", "transferred from TCV Suja", "fee waiver", "hostel leave approved"])
        upd = pts(rng, "2024-04-01 09:00:00", "2025-03-28 17:00:00")
        rows.append([
            f"TCV-{birth.year + 5}-{i + 101:04d}", bo, en, "ཕོ" if sex == "M" else "མོ", dob, bp, rc, gb, ad, father,
            mother, guardian, in_phone(rng), email, addr, f"Home {rng.randint(1, 48)}", cls, str(rng.randint(1, 42)),
            f"{rng.uniform(38, 98):.1f}", str(rng.choice([0, 0, 1500, 2500, 3000, 4500, 6000])), rng.choice(BO_MED),
            note, rng.choice(clerks), upd.strftime("%d/%m/%Y %H:%M"),
        ])
    write_table("slobgrwa_students_in",
                "Tibetan exile school (India, Nepal) student register: names in Tibetan script and Latin "
                "(no surnames, A/B suffixes), birth dates partly in Tibetan digits, birthplace, Indian "
                "registration certificate, Green Book number, Aadhaar (Verhoeff), parents, foreign sponsors, "
                "Indian/Nepali phones, settlement/camp addresses; Tibetan-script headers.", cols, rows)


# =============================================================================================
# 8. Bolivian intercity bus ticket sales (Spanish abbreviated headers): mostly business data
# =============================================================================================
BO_GIVEN_M = ["Juan Carlos", "Freddy", "Wilfredo", "Edwin", "Nelson", "Rolando", "Limbert", "Gróver", "Willy",
              "Marcelo", "Jhonny", "Richard", "Amaru", "Inti", "Rubén", "Teodoro", "Fermín", "Jhery", "Eynar"]
BO_GIVEN_F = ["Alison", "Jhenny", "Roxana", "Wara", "Nayra", "Sdenka", "Gladys", "Marlene", "Nely", "Eulogia",
              "Justina", "Graciela", "Mirtha", "Paola", "Shirley", "Mayerli", "Yola", "Kantuta", "Sisa"]
BOL_SUR = ["Mamani", "Quispe", "Condori", "Choque", "Flores", "Gutiérrez", "Vargas", "Apaza", "Limachi", "Huanca",
           "Ticona", "Callisaya", "Cusi", "Colque", "Yujra", "Chambi", "Mendoza", "Rojas", "Vaca", "Suárez",
           "Justiniano", "Áñez", "Roca", "Saavedra", "Villarroel", "Zeballos", "Kreidler", "Dueri", "Hurtado", "Tarqui"]
BOL_ROUTES = [("La Paz", "Oruro", 35), ("La Paz", "Cochabamba", 70), ("La Paz", "Copacabana", 30),
              ("Cochabamba", "Santa Cruz", 110), ("La Paz", "Uyuni", 120), ("Sucre", "Potosí", 30),
              ("Santa Cruz", "Trinidad", 100), ("Oruro", "Uyuni", 60), ("Tarija", "Villazón", 45),
              ("La Paz", "Rurrenabaque", 150)]
BOL_CO = ["Trans Illimani Bus", "Flota Cóndor Andino", "Trans Chiquitano", "Flota Sajama Tours", "Trans Totora Express"]
BOL_EXT = ["LP", "LP", "LP", "CB", "SC", "OR", "PT", "CH", "TJ", "BE", "PD"]


def bol_ci(rng) -> str:
    n = str(rng.randint(1000000, 14999999))
    r = rng.random()
    if r < 0.45:
        return f"{n} {rng.choice(BOL_EXT)}"
    if r < 0.6:
        return f"{n}-{rng.randint(1, 3)}{rng.choice('ABCDEFGHJKLMNPQ')} {rng.choice(BOL_EXT)}"
    if r < 0.72:
        return f"{n}{rng.choice(BOL_EXT)}"
    return n


def t_bol(rng) -> None:
    cols: list[Col] = [
        ("Nro. Boleto", False, "ticket_number"), ("Fecha Venta", False, "timestamp"), ("Empresa", False, "company_name"),
        ("Ruta", False, "route"), ("Salida", False, "departure_datetime"), ("Bus (Placa)", False, "fleet_vehicle_plate"),
        ("Chofer", True, "driver_name"), ("Asiento", False, "seat"), ("Piso", False, "deck"),
        ("Pasajero", True, "full_name"), ("C.I.", True, "national_id_or_passport"), ("Nacionalidad", False, "nationality"),
        ("Edad", False, "age"), ("Celular", True, "mobile_phone"), ("Tarifa Bs", False, "amount"),
        ("Descuento", False, "discount_type"), ("Forma Pago", False, "payment_method"), ("Boletería", False, "sales_counter"),
        ("Vendedor", True, "username"), ("Equipaje (kg)", False, "weight_kg"), ("Nro. Ticket Equipaje", False, "baggage_tag"),
        ("Factura NIT/CI", True, "tax_id_mixed"), ("Razón Social", True, "invoice_name_mixed"), ("Estado", False, "status"),
        ("Tasa Terminal Bs", False, "amount"),
    ]
    buses = []
    for _ in range(22):
        d = f"{rng.randint(1000, 5999)}-{''.join(rng.choice('BCDFGHKLNPRSTVXYZ') for _ in range(3))}"
        buses.append((d, rng.choice(BOL_CO), f"{rng.choice(BO_GIVEN_M)} {rng.choice(BOL_SUR)}"))
    sellers = [f"vnd.{c}{rng.randint(1, 20):02d}" for c in ["lpz", "lpz", "cbba", "scz", "oru", "sre"]]
    rows = []
    trip = None
    for i in range(340):
        if trip is None or rng.random() < 0.12:
            route = rng.choice(BOL_ROUTES)
            bus = rng.choice(buses)
            dep = pts(rng, "2025-03-01 06:00:00", "2025-05-31 22:00:00").replace(minute=rng.choice([0, 15, 30, 45]), second=0)
            trip = (route, bus, dep)
        route, bus, dep = trip
        sold = dep - dt.timedelta(minutes=rng.randint(20, 60 * 72))
        sex = rng.choice("MF")
        foreign = rng.random() < 0.12
        if foreign:
            loc = rng.choice(["fr_FR", "de_DE", "en_GB", "it_IT", "nl_NL", "es_ES"])
            male, female, sur = NAMES[loc]
            g, s = rng.choice(male if sex == "M" else female), rng.choice(sur)
            pas = rng.choice([f"{s.upper()} {g.upper()}", f"{g} {s}"])
            ci = rng.choice(["", "PAS "]) + token(rng, 2, string.ascii_uppercase) + digits(rng, 7)
            nat = {"fr_FR": "FRANCIA", "de_DE": "ALEMANIA", "en_GB": "REINO UNIDO", "it_IT": "ITALIA", "nl_NL": "PAISES BAJOS", "es_ES": "ESPAÑA"}[loc]
            if rng.random() < 0.3:
                pas, ci, nat = f"{rng.choice(BOL_SUR)} {rng.choice(BO_GIVEN_M)}", f"{rng.randint(10000000, 49999999)}", "PERU"
        else:
            g = rng.choice(BO_GIVEN_M if sex == "M" else BO_GIVEN_F)
            s1, s2 = rng.choice(BOL_SUR), rng.choice(BOL_SUR)
            pas = rng.choice([f"{s1.upper()} {s2.upper()}, {g.upper()}", f"{g} {s1} {s2}", f"{s1} {g}", f"{g.upper()} {s1.upper()}"])
            ci, nat = bol_ci(rng), "BOLIVIANA"
        cel = ""
        if rng.random() < 0.8:
            n = rng.choice(["6", "7"]) + digits(rng, 7)
            cel = rng.choice([n, f"+591 {n}", f"591-{n}", f"{n[:4]}-{n[4:]}"])
        fare = route[2] + rng.choice([0, 0, 10, 20, -5])
        desc = rng.choice(["NINGUNO"] * 6 + ["TERCERA EDAD", "ESTUDIANTE", "NIÑO"])
        if desc != "NINGUNO":
            fare = round(fare * 0.8, 2)
        inv = rng.random()
        if inv < 0.55:
            nit, rs = "0", "S/N"
        elif inv < 0.8:
            nit, rs = ci.split()[0] if ci else "0", pas.split(",")[0].upper()
        else:
            nit = str(rng.randint(1000000, 9999999)) + rng.choice(["011", "017", "026"])
            rs = rng.choice(["IMPORTADORA EL ALTO SRL", "AGENCIA TURISMO SALAR LTDA", "COOPERATIVA MINERA ESPERANZA", "ONG PACHAMAMA VIVA"])
        bag = rng.choice([0, 0, 5, 10, 15, 20, 25])
        rows.append([
            f"00{rng.randint(1, 3)}-{i * 7 + 1045:07d}", sold.strftime("%d/%m/%Y %H:%M"), bus[1], f"{route[0]} - {route[1]}",
            dep.strftime("%d/%m/%Y %H:%M"), bus[0], bus[2] if rng.random() > 0.1 else bus[2].upper(),
            str(rng.randint(1, 60)), rng.choice(["1", "2", "2"]), pas, ci, nat, str(rng.randint(3, 82)), cel,
            f"{fare:.2f}".replace(".", ","), desc, rng.choice(["EFECTIVO", "EFECTIVO", "QR", "TARJETA"]),
            f"Terminal {route[0]} - Box {rng.randint(1, 40)}", rng.choice(sellers), str(bag),
            f"EQ{rng.randint(100000, 999999)}" if bag else "", nit, rs,
            rng.choice(["EMITIDO"] * 8 + ["ANULADO", "CAMBIO FECHA"]), "2,50" if route[0] != "Sucre" else "2,00",
        ])
    write_table("boletos_terminal_bo",
                "Bolivian intercity bus terminal ticket sales: mostly trip/fare data (ticket numbers, routes, "
                "departures, company buses and plates, seats, fares with decimal commas, baggage tags, "
                "counters); passenger names (Aymara, Quechua, camba, foreign tourists), CI with department "
                "extension or complement, passports, mobiles, driver name, seller login, invoice NIT/CI and "
                "name mixing people and companies.", cols, rows)


# =============================================================================================
# 9. Trinidad & Tobago credit-union members in a legacy system (misleading headers)
# =============================================================================================
TT_M = ["Marcus", "Kwesi", "Jabari", "Keston", "Akil", "Shervon", "Kerron", "Ramesh", "Rajendra", "Vishnu", "Deoraj",
        "Sookdeo", "Anil", "Ravindra", "Haniff", "Rasheed", "Fareed", "Jean-Marc", "Kenwyn", "Dexter", "Lyndon", "Darryl"]
TT_F = ["Keisha", "Shernelle", "Nneka", "Abiona", "Kernisha", "Savitri", "Indra", "Sharda", "Parbatee", "Kamini",
        "Sunita", "Rookmin", "Ameena", "Nafeesa", "Giselle", "Ling", "Chantal", "Jenelle", "Afiya", "Candice"]
TT_SUR = ["Persad", "Ramdeen", "Maharaj", "Ramkissoon", "Boodram", "Seepersad", "Rampersad", "Mohammed", "Ali", "Khan",
          "Baksh", "Joseph", "Charles", "Alexander", "Baptiste", "Phillip", "Noel", "St. Hill", "de Freitas", "Gomes",
          "Achong", "Chin", "Ho-Sing", "Aboud", "Hadeed", "Mitchell", "Lezama", "Granger", "Sooknanan", "Ragoonanan"]
TT_TOWNS = ["Chaguanas", "Couva", "Penal", "San Fernando", "Arima", "Sangre Grande", "Point Fortin", "Princes Town",
            "Tunapuna", "Diego Martin", "Morvant", "Siparia", "Scarborough", "Roxborough", "Debe", "Fyzabad"]
TT_BRANCH = [("Couva Branch", "couva.branch@tecu-coop.tt", "868-636-2210"),
             ("Chaguanas Branch", "chag.branch@tecu-coop.tt", "868-665-4100"),
             ("San Fernando Branch", "sando.branch@tecu-coop.tt", "868-652-8813"),
             ("Arima Branch", "arima.branch@tecu-coop.tt", "868-667-1190"),
             ("Tobago Branch", "tobago.branch@tecu-coop.tt", "868-639-2077")]


def tt_phone(rng) -> str:
    n = rng.choice(["7", "3", "4", "6", "2"]) + digits(rng, 6)
    return rng.choice([f"1-868-{n[:3]}-{n[3:]}", f"(868) {n[:3]}-{n[3:]}", f"{n[:3]}-{n[3:]}", f"868{n}", f"+1 868 {n}"])


def t_tt(rng) -> None:
    cols: list[Col] = [
        ("member_no", False, "customer_id"), ("product_code", True, "national_id"), ("description", True, "full_name"),
        ("branch_name", True, "city"), ("branch_phone", True, "mobile_phone"), ("email", False, "functional_mailbox"),
        ("customer_name", False, "branch_name"), ("ref_date", True, "date_of_birth"), ("open_date", False, "account_open_date"),
        ("notes", True, "next_of_kin_name_phone"), ("promo_code", True, "credit_card"), ("expiry", True, "card_expiry"),
        ("share_balance", False, "account_balance"), ("loan_balance", False, "account_balance"),
        ("officer", True, "staff_number"), ("address_line", True, "street_address"), ("last_login_ip", True, "ipv4"),
        ("tax_id", False, "company_registration_number"), ("dept", False, "company_name"), ("status_flag", False, "status"),
        ("mobile", False, "business_phone"), ("question_id", True, "mothers_maiden_name"), ("gender", False, "gender"),
        ("nis_no", True, "social_security_number"), ("username", False, "terminal_id"), ("last_txn_amt", False, "amount"),
    ]
    officers = [f"LO-{rng.randint(100, 199)}" for _ in range(12)]
    employers = ["Ministry of Education", "Petrotrin (retired)", "NGC", "T&TEC", "Massy Stores", "Self-employed",
                 "Regional Health Authority", "WASA", "Caribbean Airlines", "Atlantic LNG", "TSTT", ""]
    rows = []
    for i in range(300):
        sex = rng.choice("MF")
        g = rng.choice(TT_M if sex == "M" else TT_F)
        s = rng.choice(TT_SUR)
        full = rng.choice([f"{g} {s}", f"{s.upper()}, {g.upper()}", f"{g} {rng.choice(TT_M + TT_F)[0]}. {s}", f"{s} {g}"])
        birth = pdate(rng, "1945-01-01", "2006-12-31")
        nid = f"{birth:%Y%m%d}{rng.randint(1, 999):03d}"
        opened = pdate(rng, "1988-01-01", "2025-02-28")
        br = rng.choice(TT_BRANCH)
        town = rng.choice(TT_TOWNS)
        road = rng.choice(["Mohammed Trace", "Coconut Drive", "Sumadh Gardens", "Rochard Douglas Rd", "Cipero Rd",
                           "Old Southern Main Rd", "Eastern Main Rd", "Pasea Extension", "Cunupia Junction Rd", "Hill View Ave"])
        addr = rng.choice([f"LP {rng.randint(1, 180)} {road}, {town}", f"#{rng.randint(1, 99)} {road}, {town}",
                           f"Lot {rng.randint(1, 60)} {road}", f"Cor. {road} & Lalbeharry St., {town}",
                           f"{rng.randint(1, 120)} {road}"])
        kin_g = rng.choice(TT_M + TT_F)
        notes = rng.choice([f"NOK: {kin_g} {rng.choice([s, rng.choice(TT_SUR)])} ({rng.choice(['mother', 'husband', 'wife', 'son', 'sister'])}) {tt_phone(rng)}",
                            f"Next of kin {kin_g.upper()} {s.upper()} tel {tt_phone(rng)}",
                            f"Beneficiary: {kin_g} {rng.choice(TT_SUR)}", ""])
        pan, exp = "", ""
        if rng.random() < 0.7:
            pan = luhn_full(rng, rng.choice(["455612", "522198", "410234"]), 16)
            pan = spreadsheet_number(pan, rng, 0.25)
            exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
        mmn = rng.choice(TT_SUR) if rng.random() < 0.85 else ""
        if mmn and rng.random() < 0.3:
            mmn = mmn.upper()
        rows.append([
            f"{rng.randint(10000, 99999):06d}", nid if rng.random() > 0.15 else f"{nid[:8]}-{nid[8:]}", full,
            town, tt_phone(rng), br[1], br[0], birth.strftime("%d/%m/%Y"), opened.strftime("%d/%m/%Y"), notes, pan, exp,
            money(rng.uniform(50, 85000), ".", ","), money(rng.choice([0.0, 0.0, rng.uniform(1000, 250000)]), ".", ","),
            rng.choice(officers), addr, ipv4(rng) if rng.random() < 0.6 else "", "CU-1987-0042",
            rng.choice(employers), rng.choice(["A", "A", "A", "D", "C"]), br[2] + rng.choice(["", " ext 0", " ext 201"]),
            mmn, sex, f"{rng.randint(1000000, 9999999):08d}" if rng.random() < 0.9 else "",
            f"TLR-{br[0][:3].upper()}-{rng.randint(1, 6):02d}", money(rng.uniform(10, 5000)),
        ])
    write_table("cu_members_legacy_tt",
                "Trinidad & Tobago credit-union members from a legacy system whose fields were re-used: "
                "misleading headers (product_code holds national ids, description names, branch_name the town "
                "of residence, promo_code card numbers, question_id the mother's maiden name; email, mobile and "
                "customer_name hold the branch's mailbox, switchboard and name; username a teller terminal).",
                cols, rows)


# =============================================================================================
# 10. Turkmen housing-office resident register (Turkmen snake_case, ASCII-folded headers)
# =============================================================================================
TM_M = ["Merdan", "Serdar", "Döwlet", "Myrat", "Batyr", "Aman", "Kakajan", "Mämmet", "Berdi", "Ata", "Orazgeldi",
        "Rahman", "Şamyrat", "Nurmuhammet", "Ýazmyrat", "Begenç", "Arslan", "Maksat", "Täçmyrat", "Welmyrat", "Ilýas"]
TM_F = ["Ogulgerek", "Gülälek", "Maýsa", "Aýna", "Bahar", "Enejan", "Ogulbibi", "Jeren", "Gözel", "Aýgül", "Şirin",
        "Mähri", "Aýjemal", "Bägül", "Selbi", "Ogulnabat", "Näzik", "Lala", "Sona", "Ýazgül"]
TM_SUR = ["Annaýew", "Orazow", "Durdyýew", "Gurbanow", "Berdiýew", "Atajanow", "Hojamuradow", "Çaryýew", "Saparow",
          "Nurýagdyýew", "Meredow", "Rejepow", "Öwezow", "Baýramow", "Garajaýew", "Kurbanmämmedow", "Ylýasow",
          "Tagandurdyýew", "Pirliýew", "Soltanow"]
TM_ADDR = [("Aşgabat ş.", ["Bitarap Türkmenistan şaýoly", "Görogly köçesi", "Magtymguly şaýoly", "Atatürk köçesi",
                           "1972-nji köçe (Gagarin)", "Parahat 7 ýaşaýyş toplumy"]),
           ("Mary ş.", ["Gurbansoltan eje köçesi", "Ruhnama köçesi"]), ("Türkmenabat ş.", ["Puşkin köçesi", "Seýdi köçesi"]),
           ("Daşoguz ş.", ["S. A. Nyýazow köçesi", "Görogly köçesi"]), ("Balkanabat ş.", ["Nebitçiler köçesi"])]
TM_BIRTH = ["Aşgabat ş.", "Mary welaýaty, Baýramaly ş.", "Ahal welaýaty, Tejen ş.", "Lebap welaýaty, Kerki etr.",
            "Daşoguz welaýaty, Köneürgenç ş.", "Balkan welaýaty, Türkmenbaşy ş.", "Ahal welaýaty, Bäherden etr.",
            "Mary welaýaty, Ýolöten ş.", "Moskwa ş. (RF)", "Daşkent ş. (Özbegistan)"]
TM_PASS = ["I-AŞ", "I-AH", "I-MR", "I-LB", "I-BN", "I-DZ"]


def tm_fem(s: str) -> str:
    return s + "a"


def tm_patr(father: str, sex: str) -> str:
    stem = father
    if stem[-1] in "aeiouäöüy":
        stem += "ýew"
    else:
        stem += "ow"
    return stem + ("iç" if sex == "M" else "na")


def tm_mobile(rng) -> str:
    n = rng.choice(["61", "62", "63", "64", "65", "71"]) + digits(rng, 6)
    return rng.choice([f"+993 {n[:2]} {n[2:]}", f"8 {n[:2]} {n[2:4]}-{n[4:6]}-{n[6:]}", f"+993{n}", f"8{n}",
                       f"({n[:2]}) {n[2:4]}-{n[4:6]}-{n[6:]}"])


def t_tm(rng) -> None:
    cols: list[Col] = [
        ("yazgy_id", False, "record_id"), ("oy_kitaby_belgisi", True, "household_register_number"),
        ("familiyasy", True, "last_name"), ("ady", True, "first_name"), ("atasynyn_ady", True, "patronymic"),
        ("jynsy", False, "gender"), ("doglan_senesi", True, "date_of_birth"), ("doglan_yeri", True, "place_of_birth"),
        ("pasport_belgisi", True, "passport_number"), ("welayat", False, "state_province"),
        ("salgysy", True, "street_address"), ("telefon", True, "mobile_phone"), ("oy_telefony", True, "phone"),
        ("is_yeri", False, "company_name"), ("wezipesi", False, "job_title"),
        ("hasaba_alnan_senesi", False, "registration_date"), ("masgala_gatnasygy", False, "relationship"),
        ("oy_eyesi", True, "full_name"), ("meydany_m2", False, "area_m2"), ("yasayjy_sany", False, "count"),
        ("gaz_sanagyc_belgisi", True, "meter_serial"), ("bellik", True, "free_text_with_names"),
        ("girizen", True, "username"), ("uytgedilen_wagty", False, "updated_at"),
    ]
    jobs = [("Türkmengaz DK", "inžener"), ("Aşgabat şäher häkimligi", "hünärmen"), ("Orta mekdep № 45", "mugallym"),
            ("Türkmenhowaýollary", "uçarman"), ("Hususy telekeçi", "telekeçi"), ("Saglygy goraýyş merkezi", "şepagat uýasy"),
            ("", "pensioner"), ("", "talyp"), ("", "işsiz"), ("Türkmen demir ýollary", "maşinist")]
    rows = []
    welayat_of = {"Aşgabat ş.": "Aşgabat", "Mary ş.": "Mary welaýaty", "Türkmenabat ş.": "Lebap welaýaty",
                  "Daşoguz ş.": "Daşoguz welaýaty", "Balkanabat ş.": "Balkan welaýaty"}
    i = 0
    while len(rows) < 290:
        city, streets = rng.choice(TM_ADDR)
        street = rng.choice(streets)
        addr = f"{city}, {street}, {rng.randint(1, 120)}-nji jaý, {rng.randint(1, 96)}-nji öý"
        book = f"{rng.choice(['AŞ', 'MR', 'LB', 'DZ', 'BN'])}-{rng.randint(10000, 99999)}"
        head_sur = rng.choice(TM_SUR)
        head_first = rng.choice(TM_M)
        head_full = f"{head_sur} {head_first}"
        code = {"Aşgabat ş.": "12", "Mary ş.": "522", "Türkmenabat ş.": "422", "Daşoguz ş.": "322", "Balkanabat ş.": "222"}[city]
        land = code + digits(rng, 8 - len(code))
        if code == "12":
            landline = rng.choice([f"12 {land[2:4]}-{land[4:6]}-{land[6:]}", f"+993 12 {land[2:]}", f"{land[2:4]}-{land[4:6]}-{land[6:]}"])
        else:
            landline = rng.choice([f"{code} {land[3]}-{land[4:6]}-{land[6:]}", f"+993 {code} {land[3:]}", f"8 {code} {land[3:]}"])
        if rng.random() < 0.4:
            landline = ""
        area = rng.choice([48.5, 62.0, 74.3, 86.1, 104.0])
        meter = f"{rng.choice(['BK-G4', 'SGB-6', 'G-2.5'])} {digits(rng, 8)}"
        members = rng.randint(1, 5)
        reg = pdate(rng, "1995-01-01", "2024-12-31")
        father_of_children = head_first
        for m in range(members):
            i += 1
            if m == 0:
                sex, rel, first, sur, patr_src = "M", "öý eýesi", head_first, head_sur, rng.choice(TM_M)
            elif m == 1:
                sex, rel, first, sur, patr_src = "F", "aýaly", rng.choice(TM_F), tm_fem(head_sur), rng.choice(TM_M)
            else:
                sex = rng.choice("MF")
                rel = "ogly" if sex == "M" else "gyzy"
                first, sur, patr_src = rng.choice(TM_M if sex == "M" else TM_F), head_sur if sex == "M" else tm_fem(head_sur), father_of_children
            if m == 0:
                birth = pdate(rng, "1950-01-01", "1990-12-31")
            elif m == 1:
                birth = pdate(rng, "1955-01-01", "1995-12-31")
            else:
                birth = pdate(rng, "1985-01-01", "2023-12-31")
            patr = tm_patr(patr_src, sex) if rng.random() < 0.6 else patr_src
            job = rng.choice(jobs[:7] + jobs[8:] if birth.year < 1998 else jobs) if birth.year <= 2005 else ("", "okuwçy" if birth.year <= 2018 else "çaga")
            passport = "" if birth.year > 2008 else f"{rng.choice(TM_PASS)} {rng.randint(100000, 999999)}"
            note = ""
            r = rng.random()
            if r < 0.1:
                note = f"Ogly {rng.choice(TM_M)} harby gullukda"
            elif r < 0.18:
                note = f"Kireýine ýaşaýar, eýesi {rng.choice(TM_SUR)} {rng.choice(TM_M)} ({tm_mobile(rng)})"
            elif r < 0.25:
                note = f"Daşary ýurtda, kakasy {patr_src} bilen habarlaşmaly"
            elif r < 0.32:
                note = rng.choice(["Ýaşaýyş ýerinden çykaryldy", "Wagtlaýyn bellige alnan", "Maglumat täzelendi"])
            upd = pts(rng, "2024-06-01 08:00:00", "2025-05-30 18:00:00")
            rows.append([
                str(100000 + i * 3), book, sur if rng.random() > 0.15 else sur.upper(), first, patr,
                "erkek" if sex == "M" else "aýal", birth.strftime("%d.%m.%Y"), rng.choice(TM_BIRTH), passport,
                welayat_of[city], addr, tm_mobile(rng) if rng.random() < 0.85 and birth.year <= 2010 else "", landline, job[0], job[1],
                reg.strftime("%d.%m.%Y"), rel, head_full, f"{area:.1f}".replace(".", ","), str(members), meter, note,
                rng.choice(["jk_ahmedowa", "operator2", "g.orazowa", "jemagat_hojalyk3"]), upd.strftime("%Y-%m-%d %H:%M:%S"),
            ])
            if len(rows) >= 290:
                break
    write_table("oy_kitaby_yasayjylar_tm",
                "Turkmen housing-office resident register (house books): Turkmen names with ä, ç, ň, ş, ü, ý, "
                "feminine surname forms, patronymics, birth dates dd.mm.yyyy next to a registration date in the "
                "same format, passports with region series, flat addresses, +993 / 8 phones, gas-meter serials, "
                "notes naming relatives and landlords.", cols, rows)


def main() -> None:
    import random

    tables = [t_af, t_nu, t_ao, t_na, t_so, t_cu, t_bo, t_bol, t_tt, t_tm]
    for seed, fn in zip(range(13001, 13011), tables, strict=True):
        fn(random.Random(seed))


if __name__ == "__main__":
    main()
