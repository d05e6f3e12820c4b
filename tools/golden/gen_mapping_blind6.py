# ruff: noqa
"""Blind mapping golden set, seventh author (8 pairs, fixed seeds 11101-11108).

Standard library plus golden_common / mapping_common only. Every source row and its expected target
row are rendered from the same canonical record. Output root: mapping_common.OUT (the one output
constant), split "blind".
(a blind-written generator, kept as its author wrote it; only its output path was repointed: mapping_common.OUT is the repo's)

    python3 gen_mapping_blind6.py
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import golden_common as gc
import mapping_common as mc
from mapping_common import C, Pair, q

SPLIT = "dev"

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"      # Persian (extended Arabic-Indic) digits
DEVA_DIGITS = "०१२३४५६७८९"    # Devanagari digits


def digits_to(s: str, table: str) -> str:
    return s.translate(str.maketrans("0123456789", table))


def fa(s) -> str:
    return digits_to(str(s), FA_DIGITS)


def deva(s) -> str:
    return digits_to(str(s), DEVA_DIGITS)


def pick(rng: random.Random, weighted: list[tuple[float, object]]):
    r = rng.random() * sum(w for w, _ in weighted)
    for w, v in weighted:
        r -= w
        if r < 0:
            return v
    return weighted[-1][1]


def g2j(d: dt.date) -> tuple[int, int, int]:
    """Gregorian -> Solar Hijri (Jalali) date."""
    gy, gm, gd = d.year, d.month, d.day
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


def thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def interleave(rng: random.Random, mapped: list[dict], unmapped: list[dict], head: int = 1) -> list[dict]:
    """Wide targets: keep the first `head` mapped columns first, scatter the rest among the unmapped ones."""
    rest = mapped[head:] + unmapped
    rng.shuffle(rest)
    return mapped[:head] + rest


# =============================================================================================
# 1. Persian: Tehran vehicle technical inspection centre
# =============================================================================================
JAL_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
              "اسفند"]
FA_FIRST = ["محمد", "علی", "حسین", "رضا", "مهدی", "زهرا", "فاطمه", "مریم", "سارا", "امیرحسین", "محمدرضا",
            "نرگس", "پریسا", "کوروش", "آرش", "یاسمن", "کیانوش", "سکینه", "ابوالفضل", "نیلوفر", "بهاره",
            "یوسف", "کامران", "شیرین"]
FA_LAST = ["رضایی", "محمدی", "حسینی", "احمدی", "کریمی", "موسوی", "جعفری", "صادقی", "عبدالله‌زاده", "قاسمی",
           "نوروزی", "تهرانی", "کاظمی", "یزدانی", "کیانی", "شریفی", "میرزایی", "ملکی", "اکبری", "طاهرخانی",
           "نیک‌پور", "باقری"]
PLATE_LETTERS = ["ب", "ج", "د", "س", "ص", "ط", "ق", "ل", "م", "ن", "و", "ه", "ی"]
TEHRAN_REGIONS = ["10", "11", "20", "21", "22", "30", "33", "40", "44", "55", "66", "77", "88", "99"]
VEH_CLASS = {
    "passenger_car": ["سواری", "سواری شخصی", "سواری"],
    "taxi": ["تاکسی", "سواری تاکسی"],
    "pickup": ["وانت", "وانت بار"],
    "minibus": ["مینی بوس", "مینی‌بوس"],
    "truck": ["کامیون", "کامیونت"],
    "motorcycle": ["موتورسیکلت", "موتور سیکلت"],
}
VEH_MODELS = {
    "passenger_car": [("Peugeot", "پژو ۲۰۶"), ("Peugeot", "پژو پارس"), ("IKCO", "ایران خودرو سمند"),
                      ("IKCO", "ایران‌خودرو دنا"), ("Saipa", "سایپا ۱۳۱"), ("Saipa", "سایپا تیبا ۲"),
                      ("Renault", "رنو تندر ۹۰"), ("Kia", "کیا سراتو"), ("Hyundai", "هیوندای النترا"),
                      ("Toyota", "تویوتا کرولا")],
    "taxi": [("Saipa", "سایپا ۱۳۲"), ("IKCO", "ایران خودرو سمند سورن"), ("Peugeot", "پژو ۴۰۵")],
    "pickup": [("Saipa", "سایپا ۱۵۱"), ("IKCO", "ایران خودرو آریسان"), ("Toyota", "تویوتا هایلوکس")],
    "minibus": [("Hyundai", "هیوندای کانتی"), ("IKCO", "ایران خودرو مینی‌بوس")],
    "truck": [("Volvo", "ولوو FH"), ("Mercedes-Benz", "بنز ۱۹۲۴"), ("Hyundai", "هیوندای HD65")],
    "motorcycle": [("Honda", "هوندا ۱۲۵"), ("Honda", "هوندا CG 125")],
}
FUEL = {
    "petrol": ["بنزین", "بنزینی", "بنزين"],
    "bi_fuel": ["دوگانه سوز", "دوگانه‌سوز", "دوگانه"],
    "cng": ["گازسوز", "CNG", "تک سوز گاز"],
    "diesel": ["گازوئیل", "دیزل", "گازوييل"],
    "hybrid": ["هیبرید", "هیبریدی"],
}
BASE_FEE = {"passenger_car": 850000, "taxi": 600000, "pickup": 950000, "minibus": 1200000, "truck": 1650000,
            "motorcycle": 400000}
FA_NOTES = ["", "", "", "نیاز به تنظیم موتور", "لاستیک فرسوده", "چراغ جلو تنظیم شود", "مراجعه مجدد",
            "ترمز دستی ضعیف"]
INSPECTORS = ["مهندس کریمی", "مهندس طاهری", "آقای صفری", "خانم رحیمی", "مهندس امینی"]


def arabicize(s: str) -> str:
    """Text typed on an Arabic keyboard layout: Persian yeh/kaf become Arabic yeh/kaf."""
    return s.replace("ی", "ي").replace("ک", "ك")


def ir_national_code(rng: random.Random) -> str:
    body = ("00" + gc.digits(rng, 7)) if rng.random() < 0.5 else (str(rng.randint(1, 9)) + gc.digits(rng, 8))
    s = sum(int(c) * (10 - k) for k, c in enumerate(body))
    r = s % 11
    return body + str(r if r < 2 else 11 - r)


def jalali_render(d: dt.date, style: str) -> str:
    jy, jm, jd = g2j(d)
    if style == "fa_slash":
        return fa(f"{jy}/{jm:02d}/{jd:02d}")
    if style == "ascii_slash":
        return f"{jy}/{jm:02d}/{jd:02d}"
    if style == "ascii_short":
        return f"{jy}/{jm}/{jd}"
    if style == "fa_long":
        return f"{fa(jd)} {JAL_MONTHS[jm - 1]} {fa(jy)}"
    if style == "dash":
        return f"{jy}-{jm:02d}-{jd:02d}"
    raise ValueError(style)


def pair_inspection() -> Pair:
    p = Pair(SPLIT, "moayene_fani_fa_to_vehicle_inspection",
             "Persian export of a Tehran vehicle technical-inspection centre (Solar Hijri dates, Persian digits) "
             "-> English inspection records",
             "vehicle_inspection", 170, 11101)
    S = ["ردیف", "شماره پذیرش", "تاریخ معاینه", "ساعت", "پلاک", "نوع خودرو", "سیستم / تیپ", "سوخت",
         "سال ساخت", "نام", "نام خانوادگی", "کد ملی مالک", "تلفن همراه", "CO (%)", "HC (ppm)", "نتیجه",
         "مبلغ", "اعتبار تا", "کارشناس", "شماره خط", "توضیحات"]
    p.src_cols = S
    fuels = list(FUEL)
    p.tgt_cols = [
        C("inspection_no", "int", "id.record_id", key=True, nullable=False,
          description="reception number of the inspection (digits only)"),
        C("inspected_at", "datetime", "datetime.timestamp", nullable=False,
          description="date and time of the inspection, Gregorian calendar, local Tehran time"),
        C("plate_digits", "string", "id.license_plate", regex=r"^\d{5}$",
          description="the five digits of the Iranian plate (two before the letter, three after), ASCII"),
        C("plate_letter", "string", allowed_values=PLATE_LETTERS + ["ت"],
          description="the Persian letter of the plate"),
        C("plate_region", "string", regex=r"^\d{2}$", description="the two-digit region code of the plate (after ایران)"),
        C("vehicle_class", "string", "text.category", allowed_values=list(VEH_CLASS)),
        C("make", "string", "text.category",
          allowed_values=["Peugeot", "IKCO", "Saipa", "Renault", "Kia", "Hyundai", "Toyota", "Volvo",
                          "Mercedes-Benz", "Honda"], description="manufacturer in English"),
        C("fuel_type", "string", "text.category", allowed_values=fuels),
        C("model_year_sh", "int", "datetime.year", description="model year as on the registration card (Solar Hijri)"),
        C("owner_full_name", "string", "person.full_name",
          description="given name + space + family name; Arabic yeh/kaf (ي/ك) written as Persian ی/ک"),
        C("owner_national_id", "string", "id.national_id", regex=r"^\d{10}$",
          description="Iranian national code (کد ملی), 10 ASCII digits with leading zeros"),
        C("owner_mobile", "string", "contact.mobile_phone", description="E.164"),
        C("co_percent", "decimal", "qty.percentage", description="carbon monoxide in percent by volume, 2 places"),
        C("hc_ppm", "int", "qty.count", description="hydrocarbons in ppm"),
        C("result", "string", "status.record_status", nullable=False, allowed_values=["pass", "fail", "conditional"]),
        C("fee_irr", "int", "money.amount", description="fee paid in Iranian rials (1 toman = 10 rials)"),
        C("valid_until", "date", "datetime.date", description="certificate valid until (Gregorian); null if not passed"),
        C("center_code", "string", "id.record_id"),
        C("odometer_km", "int", "qty.length"),
        C("vin", "string", "id.vin"),
    ]
    p.key_src, p.key_tgt = ["شماره پذیرش"], ["inspection_no"]
    p.m("inspection_no", "شماره پذیرش", "type_cast")
    p.m("inspected_at", ["تاریخ معاینه", "ساعت"], "compose")
    for t in ("plate_digits", "plate_letter", "plate_region"):
        p.m(t, "پلاک", "decompose")
    p.m("vehicle_class", "نوع خودرو", "value_map")
    p.m("make", "سیستم / تیپ", "value_map")
    p.m("fuel_type", "سوخت", "value_map")
    p.m("model_year_sh", "سال ساخت", "type_cast")
    p.m("owner_full_name", ["نام", "نام خانوادگی"], "compose")
    p.m("owner_national_id", "کد ملی مالک", "reformat")
    p.m("owner_mobile", "تلفن همراه", "reformat")
    p.m("co_percent", "CO (%)", "reformat")
    p.m("hc_ppm", "HC (ppm)", "type_cast")
    p.m("result", "نتیجه", "value_map")
    p.m("fee_irr", "مبلغ", "unit")
    p.m("valid_until", "اعتبار تا", "date_format")
    for t in ("center_code", "odometer_km", "vin"):
        p.m(t, [], "unmapped")

    def row(rng: random.Random, i: int):
        no = 40512 + i * 7 + rng.randint(0, 5)
        day = gc.rand_date(rng, dt.date(2024, 1, 6), dt.date(2024, 6, 20))
        hh, mm = rng.randint(7, 18), rng.choice(range(0, 60, 1))
        vclass = pick(rng, [(55, "passenger_car"), (12, "taxi"), (12, "pickup"), (5, "minibus"), (6, "truck"),
                            (10, "motorcycle")])
        make, model = rng.choice(VEH_MODELS[vclass])
        if vclass == "motorcycle":
            fuel = "petrol"
        elif vclass in ("truck", "minibus"):
            fuel = "diesel" if rng.random() < 0.8 else "cng"
        elif vclass == "taxi":
            fuel = rng.choice(["bi_fuel", "bi_fuel", "cng", "petrol"])
        else:
            fuel = pick(rng, [(60, "petrol"), (25, "bi_fuel"), (6, "cng"), (4, "hybrid"), (5, "diesel")])
        letter = "ت" if vclass == "taxi" else rng.choice(PLATE_LETTERS)
        d2, d3, reg = f"{rng.randint(11, 99)}", f"{rng.randint(111, 999)}", rng.choice(TEHRAN_REGIONS)
        ps = rng.randrange(5)
        plate = [f"{fa(d2)} {letter} {fa(d3)} ایران {fa(reg)}", f"{d2}{letter}{d3}-{reg}",
                 f"{fa(d2)} {letter} {fa(d3)} - {fa(reg)}", f"ایران {fa(reg)} | {fa(d2)}{letter}{fa(d3)}",
                 f"{d2} {letter} {d3} ایران {reg}"][ps]
        year_sh = rng.randint(1380, 1402)
        first, last = rng.choice(FA_FIRST), rng.choice(FA_LAST)
        r_first, r_last = (arabicize(first), arabicize(last)) if rng.random() < 0.2 else (first, last)
        code = ir_national_code(rng)
        cs = rng.randrange(5)
        code_disp = [code, fa(code), f"{code[:3]}-{code[3:9]}-{code[9]}", code.lstrip("0"), code][cs]
        mob = rng.choice(["912", "935", "919", "901", "990", "921", "936"]) + gc.digits(rng, 7)
        ms = rng.randrange(6)
        mob_disp = [f"0{mob}", fa(f"0{mob}"), f"0{mob[:3]} {mob[3:6]} {mob[6:]}", f"+98 {mob[:3]} {mob[3:6]} {mob[6:]}",
                    mob, ""][ms]
        age = 1403 - year_sh
        co = Decimal(rng.randint(3, 60 + age * 8)) / 100
        hc = rng.randint(15, 120 + age * 25)
        if vclass == "motorcycle":
            hc += 150
        if co > Decimal("2.0") or hc > 550:
            result = "fail"
        elif co > Decimal("1.5") or hc > 450:
            result = "conditional"
        else:
            result = "fail" if rng.random() < 0.05 else "pass"
        co_s = f"{co:.2f}"
        cos = rng.randrange(4)
        co_disp = [co_s, fa(co_s).replace(".", "٫"), co_s.replace(".", "/"), fa(co_s.replace(".", "/"))][cos]
        hc_disp = fa(hc) if rng.random() < 0.4 else str(hc)
        res_disp = {"pass": ["قبول", "قبول شد", "قبول"], "fail": ["مردود", "رد", "مردود شد"],
                    "conditional": ["مشروط", "قبول مشروط"]}[result]
        fee = BASE_FEE[vclass]
        if rng.random() < 0.12:
            fee //= 2  # re-inspection
        fs = rng.randrange(5)
        if fs == 0:
            fee_disp = f"{fa(thousands(fee, '٬'))} ریال"
        elif fs == 1:
            fee_disp = f"{thousands(fee // 10, ',')} تومان"
        elif fs == 2 and fee % 10000 == 0:
            fee_disp = f"{fa(fee // 10000)} هزار تومان"
        elif fs == 3:
            fee_disp = str(fee)
        else:
            fee_disp = f"{thousands(fee, ',')} ریال"
        valid = day + dt.timedelta(days=365 if vclass in ("passenger_car", "motorcycle") else 182) \
            if result != "fail" else None
        ds = rng.choice(["fa_slash", "fa_slash", "ascii_slash", "ascii_short", "fa_long", "dash"])
        vs = rng.choice(["fa_slash", "ascii_slash", "fa_long"])
        tsty = rng.randrange(3)
        time_disp = [fa(f"{hh:02d}:{mm:02d}"), f"{hh:02d}:{mm:02d}", f"{hh}:{mm:02d}"][tsty]
        no_disp = [str(no), fa(no), f"پ-{no}", fa(no)][rng.randrange(4)]
        s = {
            "ردیف": fa(i + 1), "شماره پذیرش": no_disp, "تاریخ معاینه": jalali_render(day, ds), "ساعت": time_disp,
            "پلاک": plate, "نوع خودرو": rng.choice(VEH_CLASS[vclass]), "سیستم / تیپ": model,
            "سوخت": rng.choice(FUEL[fuel]), "سال ساخت": fa(year_sh) if rng.random() < 0.6 else str(year_sh),
            "نام": r_first, "نام خانوادگی": r_last, "کد ملی مالک": code_disp, "تلفن همراه": mob_disp,
            "CO (%)": co_disp, "HC (ppm)": hc_disp, "نتیجه": rng.choice(res_disp), "مبلغ": fee_disp,
            "اعتبار تا": jalali_render(valid, vs) if valid else "", "کارشناس": rng.choice(INSPECTORS),
            "شماره خط": fa(rng.randint(1, 6)), "توضیحات": rng.choice(FA_NOTES),
        }
        t = {
            "inspection_no": no, "inspected_at": dt.datetime(day.year, day.month, day.day, hh, mm).isoformat(),
            "plate_digits": d2 + d3, "plate_letter": letter, "plate_region": reg, "vehicle_class": vclass,
            "make": make, "fuel_type": fuel, "model_year_sh": year_sh, "owner_full_name": f"{first} {last}",
            "owner_national_id": code, "owner_mobile": f"+98{mob}" if mob_disp else None, "co_percent": co_s,
            "hc_ppm": hc, "result": result, "fee_irr": fee, "valid_until": valid.isoformat() if valid else None,
        }
        return s, t

    p.row = row
    return p


# =============================================================================================
# 2. Hindi: Uttar Pradesh fair-price-shop (PDS) ePoS distribution register
# =============================================================================================
HI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
             "दिसंबर"]
HI_MALE = ["राम प्रसाद", "श्याम लाल", "मोहन", "राजेश कुमार", "अनिल", "शिव कुमार", "रमेश चंद्र", "सुरेश",
           "जगदीश", "बृजेश", "दिनेश", "रामनरेश", "कल्लू"]
HI_FEMALE = ["सुनीता देवी", "गीता", "सरिता", "कमला देवी", "पूजा", "रामवती", "मुन्नी देवी", "उर्मिला",
             "सावित्री देवी", "रीना", "फूलमती"]
HI_MUSLIM = ["मोहम्मद इरफ़ान", "अब्दुल रहीम", "शबाना", "नसीम", "रुख़साना", "मोहम्मद असलम"]
HI_MUSLIM_LAST = ["अंसारी", "कुरैशी", "ख़ान", "सिद्दीकी"]
HI_LAST = ["यादव", "वर्मा", "सिंह", "गुप्ता", "मौर्य", "पाल", "कुशवाहा", "निषाद", "प्रजापति", "चौहान",
           "राजभर", "सोनकर", "पासवान", "तिवारी"]
HI_VILLAGES = ["रामपुर", "सेमरा", "बरौली", "मधुपुर", "खजुरी", "वार्ड नं. 12", "वार्ड नं. 7", "चकिया", "भटौली"]
CARD_TYPE = {"AAY": ["अंत्योदय", "AAY", "अन्त्योदय", "अंत्योदय अन्न योजना"],
             "PHH": ["पात्र गृहस्थी", "PHH", "पात्र गृहस्थ", "पात्र परिवार"]}
AUTH = {"biometric": ["बायोमेट्रिक", "Bio", "BIO", "फिंगरप्रिंट"], "iris": ["आइरिस", "IRIS"],
        "otp": ["OTP", "ओटीपी", "मोबाइल ओटीपी"], "manual": ["मैनुअल", "Manual"]}
EPOS = ["MANTRA MFS100 / VISIONTEK GL11", "Evolute Falcon", "VISIONTEK GL11", "Analogics AMD-1"]
HI_REMARKS = ["", "", "", "पोर्टेबिलिटी", "नॉमिनी द्वारा प्राप्त", "नेटवर्क समस्या", "सत्यापित"]


def pair_pds() -> Pair:
    p = Pair(SPLIT, "rashan_hi_to_pds_distribution",
             "Hindi ePoS register of Uttar Pradesh fair-price shops (monthly ration drawal per card) -> English PDS "
             "distribution records", "pds_distribution", 180, 11102)
    S = ["क्रम सं.", "दुकान कोड", "राशन कार्ड संख्या", "कार्ड का प्रकार", "कार्डधारक का नाम", "यूनिट",
         "गेहूं (कि.ग्रा.)", "चावल (कि.ग्रा.)", "चीनी", "राशि (₹)", "दिनांक", "समय", "प्रमाणीकरण",
         "आधार (अंतिम 4)", "मोबाइल नं.", "गाँव/वार्ड", "पोर्टेबिलिटी", "ePoS डिवाइस", "टिप्पणी"]
    p.src_cols = S
    p.tgt_cols = [
        C("ration_card_no", "string", "id.customer_id", key=True, nullable=False, regex=r"^\d{12}$",
          description="12-digit ration card number, ASCII digits"),
        C("fps_code", "string", "id.record_id", regex=r"^\d{12}$", description="fair price shop id, 12 digits"),
        C("card_type", "string", "text.category", allowed_values=["AAY", "PHH"],
          description="AAY = Antyodaya Anna Yojana, PHH = priority household"),
        C("cardholder_name", "string", "person.full_name", description="head of household as written (Devanagari)"),
        C("household_units", "int", "qty.count", description="number of members (units) on the card"),
        C("wheat_kg", "decimal", "qty.mass", description="wheat drawn in kg, 3 places"),
        C("rice_kg", "decimal", "qty.mass", description="rice drawn in kg, 3 places"),
        C("sugar_kg", "decimal", "qty.mass", description="sugar drawn in kg, 3 places; null if none recorded"),
        C("total_grain_kg", "decimal", "qty.mass", description="wheat + rice in kg, 3 places"),
        C("amount_inr", "decimal", "money.amount", description="amount paid in rupees, 2 places (free = 0.00)"),
        C("distributed_at", "datetime", "datetime.timestamp", nullable=False, description="local time (IST)"),
        C("auth_method", "string", "text.category", allowed_values=list(AUTH)),
        C("aadhaar_last4", "string", regex=r"^\d{4}$", description="last four digits of the Aadhaar number"),
        C("mobile", "string", "contact.mobile_phone", description="E.164"),
        C("village", "string", "address.city", description="village or ward as written"),
        C("is_portability", "bool", "flag.boolean", description="ration drawn at a shop other than the home shop"),
        C("district_code", "string"),
        C("cardholder_name_latin", "string", "person.full_name"),
        C("dealer_name", "string", "person.full_name"),
    ]
    p.key_src, p.key_tgt = ["राशन कार्ड संख्या"], ["ration_card_no"]
    p.m("ration_card_no", "राशन कार्ड संख्या", "reformat")
    p.m("fps_code", "दुकान कोड", "reformat")
    p.m("card_type", "कार्ड का प्रकार", "value_map")
    p.m("cardholder_name", "कार्डधारक का नाम", "atomic")
    p.m("household_units", "यूनिट", "type_cast")
    p.m("wheat_kg", "गेहूं (कि.ग्रा.)", "reformat")
    p.m("rice_kg", "चावल (कि.ग्रा.)", "reformat")
    p.m("sugar_kg", "चीनी", "unit")
    p.m("total_grain_kg", ["गेहूं (कि.ग्रा.)", "चावल (कि.ग्रा.)"], "compose")
    p.m("amount_inr", "राशि (₹)", "reformat")
    p.m("distributed_at", ["दिनांक", "समय"], "compose")
    p.m("auth_method", "प्रमाणीकरण", "value_map")
    p.m("aadhaar_last4", "आधार (अंतिम 4)", "reformat")
    p.m("mobile", "मोबाइल नं.", "reformat")
    p.m("village", "गाँव/वार्ड", "atomic")
    p.m("is_portability", "पोर्टेबिलिटी", "value_map")
    for t in ("district_code", "cardholder_name_latin", "dealer_name"):
        p.m(t, [], "unmapped")
    shops = ["2112701001" + f"{k:02d}" for k in (45, 12, 77)]

    def qty(rng: random.Random, kg: Decimal) -> str:
        s = rng.randrange(5)
        plain = f"{kg.normalize():f}" if kg == kg.to_integral() else f"{kg}"
        return [plain, f"{kg:.3f}", deva(plain), f"{plain} कि.ग्रा.", plain][s]

    def row(rng: random.Random, i: int):
        shop = rng.choice(shops)
        card = "2182" + f"{70000000 + i * 37 + rng.randint(0, 30):08d}"
        ctype = "AAY" if rng.random() < 0.25 else "PHH"
        units = rng.randint(1, 9)
        if ctype == "AAY":
            wheat, rice = Decimal(14), Decimal(21)
        else:
            wheat, rice = Decimal(2 * units), Decimal(3 * units)
        if rng.random() < 0.08:
            wheat = wheat - Decimal(rng.choice(["1", "2", "0.5"]))
        sugar = None
        amount = Decimal("0")
        sugar_disp = rng.choice(["", "0", "-"]) if ctype == "PHH" else ""
        if ctype == "PHH" and sugar_disp == "0":
            sugar = Decimal("0")
        if ctype == "AAY":
            if rng.random() < 0.85:
                sugar = Decimal("1")
                amount = Decimal("18")
                sugar_disp = rng.choice(["1", "1.000", "1000 ग्राम", "१ किलो", "1 कि.ग्रा."])
            else:
                sugar = Decimal("0")
                sugar_disp = "0"
        elif sugar_disp == "-":
            sugar = None
        if amount:
            amount_disp = rng.choice(["₹18.00", "18/-", "18", "१८.००", "18.00"])
        else:
            amount_disp = rng.choice(["0", "0.00", "निःशुल्क", "०", "₹0.00"])
        if rng.random() < 0.15:
            name = f"{rng.choice(HI_MUSLIM)} {rng.choice(HI_MUSLIM_LAST)}" if rng.random() < 0.8 else "शबाना बानो"
        else:
            name = rng.choice(HI_MALE if rng.random() < 0.6 else HI_FEMALE)
            if not name.endswith("देवी") and rng.random() < 0.8:
                name = f"{name} {rng.choice(HI_LAST)}"
        day = gc.rand_date(rng, dt.date(2024, 3, 4), dt.date(2024, 3, 28))
        ts = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        dsty = rng.randrange(5)
        d_disp = [f"{day:%d/%m/%Y}", deva(f"{day:%d/%m/%Y}"), f"{day.day} {HI_MONTHS[day.month - 1]} {day.year}",
                  f"{day:%d-%m-%Y}", f"{day:%d/%m/%Y}"][dsty]
        tsty = rng.randrange(4)
        h12 = ts.hour % 12 or 12
        t_disp = [f"{ts:%H:%M:%S}", f"{h12}:{ts:%M:%S} {'AM' if ts.hour < 12 else 'PM'}", deva(f"{ts:%H:%M:%S}"),
                  f"{ts:%H:%M:%S}"][tsty]
        auth = pick(rng, [(70, "biometric"), (8, "iris"), (17, "otp"), (5, "manual")])
        a4 = gc.digits(rng, 4)
        aas = rng.randrange(4)
        a_disp = [f"XXXX XXXX {a4}", f"********{a4}", f"xxxx-xxxx-{a4}", f"XXXX XXXX {deva(a4)}"][aas]
        mob = rng.choice("6789") + gc.digits(rng, 9)
        mst = rng.randrange(6)
        m_disp = [mob, f"+91-{mob}", deva(mob), f"0{mob[:5]} {mob[5:]}", "", mob][mst]
        port = rng.random() < 0.1
        port_disp = rng.choice(["हाँ", "हां", "Y"]) if port else rng.choice(["नहीं", "N", "नहीं"])
        card_disp = [card, f"{card[:4]} {card[4:8]} {card[8:]}", deva(card), card][rng.randrange(4)]
        shop_disp = [shop, f"FPS-{shop}", shop][rng.randrange(3)]
        units_disp = [str(units), deva(units), f"{units} यूनिट"][rng.randrange(3)]
        s = {
            "क्रम सं.": str(i + 1), "दुकान कोड": shop_disp, "राशन कार्ड संख्या": card_disp,
            "कार्ड का प्रकार": rng.choice(CARD_TYPE[ctype]), "कार्डधारक का नाम": name, "यूनिट": units_disp,
            "गेहूं (कि.ग्रा.)": qty(rng, wheat), "चावल (कि.ग्रा.)": qty(rng, rice), "चीनी": sugar_disp,
            "राशि (₹)": amount_disp, "दिनांक": d_disp, "समय": t_disp, "प्रमाणीकरण": rng.choice(AUTH[auth]),
            "आधार (अंतिम 4)": a_disp, "मोबाइल नं.": m_disp, "गाँव/वार्ड": rng.choice(HI_VILLAGES),
            "पोर्टेबिलिटी": port_disp, "ePoS डिवाइस": rng.choice(EPOS), "टिप्पणी": rng.choice(HI_REMARKS),
        }
        t = {
            "ration_card_no": card, "fps_code": shop, "card_type": ctype, "cardholder_name": name,
            "household_units": units, "wheat_kg": q(wheat, 3), "rice_kg": q(rice, 3),
            "sugar_kg": q(sugar, 3) if sugar is not None else None, "total_grain_kg": q(wheat + rice, 3),
            "amount_inr": q(amount, 2), "distributed_at": ts.isoformat(), "auth_method": auth, "aadhaar_last4": a4,
            "mobile": f"+91{mob}" if m_disp else None, "village": s["गाँव/वार्ड"], "is_portability": port,
        }
        return s, t

    p.row = row
    return p


# =============================================================================================
# 3. Icelandic: horse studbook (WorldFeng-style) -> wide equine passport schema
# =============================================================================================
IS_MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
             "nóvember", "desember"]
IS_FARMS = ["Hólum", "Þúfu í Landeyjum", "Kirkjubæ", "Stóra-Hofi", "Auðsholtshjáleigu", "Skipaskaga",
            "Efri-Rauðalæk", "Litlu-Sandvík", "Ketilsstöðum", "Hofi", "Lundum", "Feti", "Árbæ", "Sauðárkróki",
            "Hvolsvelli", "Syðri-Gegnishólum", "Kvistum", "Akureyri"]
IS_STALLION = ["Sleipnir", "Orri", "Glóðafeykir", "Spuni", "Þokki", "Ljúfur", "Gáski", "Hrímnir", "Eldur", "Blesi",
               "Kolskeggur", "Ísak", "Jarl", "Hróður", "Vökull"]
IS_MARE = ["Kolfinna", "Hrafnhildur", "Stjarna", "Skvísa", "Brúnka", "Perla", "Sól", "Vaka", "Dimma", "Fála",
           "Gletta", "Hekla", "Drífa", "Embla", "Snælda"]
IS_GELDING = ["Blær", "Funi", "Geisli", "Klængur", "Mósi", "Prins", "Skuggi", "Tígull", "Vinur", "Þytur"]
IS_PEOPLE_M = ["Jón", "Gunnar", "Ólafur", "Sigurður", "Guðmundur", "Einar", "Helgi", "Björn", "Þórður", "Kristján"]
IS_PEOPLE_F = ["Guðrún", "Sigríður", "Helga", "Anna", "Kristín", "Margrét", "Þórunn", "Ragnheiður", "Elín", "Hildur"]
IS_FATHERS = [("Jón", "Jóns"), ("Gunnar", "Gunnars"), ("Ólafur", "Ólafs"), ("Sigurður", "Sigurðar"),
              ("Helgi", "Helga"), ("Björn", "Björns"), ("Þórður", "Þórðar"), ("Einar", "Einars"),
              ("Magnús", "Magnús"), ("Páll", "Páls")]
IS_COLOURS = [("chestnut", "Rauður", "Rauð"), ("black", "Brúnn", "Brún"), ("bay", "Jarpur", "Jarp"),
              ("grey", "Grár", None), ("dun", "Bleikur", "Bleik"), ("mouse_dun", "Moldóttur", None),
              ("silver_dapple", "Vindóttur", None), ("palomino", "Leirljós", None)]
IS_SEX = {"stallion": ["Stóðhestur", "Hestur", "stóðh."], "mare": ["Hryssa", "hryssa", "Hr."],
          "gelding": ["Geldingur", "Gelding", "Geld."]}
IS_EXPORT = [("DE", ["Þýskaland", "Þýskal."]), ("SE", ["Svíþjóð"]), ("DK", ["Danmörk"]), ("NO", ["Noregur"]),
             ("AT", ["Austurríki"]), ("US", ["Bandaríkin", "USA"]), ("CH", ["Sviss"]), ("NL", ["Holland"])]


def is_person(rng: random.Random) -> str:
    fem = rng.random() < 0.5
    father = rng.choice(IS_FATHERS)[1]
    if fem:
        return f"{rng.choice(IS_PEOPLE_F)} {father}dóttir"
    return f"{rng.choice(IS_PEOPLE_M)} {father}son"


def kennitala(rng: random.Random, birth: dt.date) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        head = f"{birth:%d%m}{birth.year % 100:02d}{rng.randint(20, 99):02d}"
        r = 11 - sum(int(c) * k for c, k in zip(head, w)) % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return head + str(r) + ("9" if birth.year < 2000 else "0")


def pair_horses() -> Pair:
    p = Pair(SPLIT, "hrossaskra_is_to_equine_passport_wide",
             "Icelandic horse-studbook export (breeding records, owners, assessments) -> wide English equine "
             "passport / registry schema", "equine_passport", 150, 11103)
    S = ["Fæðingarnúmer", "Nafn", "Kyn", "Litur", "Örmerki", "Faðir", "Móðir", "Ræktandi", "Eigandi",
         "Kennitala eiganda", "Sími", "Stangarmál", "Aðaleinkunn", "Sköpulag", "Hæfileikar", "Dómsdagur", "Staða",
         "Útflutningsland", "Skráð af", "Uppfært", "Athugasemd"]
    p.src_cols = S
    mapped = [
        C("feif_id", "string", "id.record_id", key=True, nullable=False, regex=r"^[A-Z]{2}\d{10}$",
          description="FEIF / WorldFeng birth number, e.g. IS2015125432 (upper case, no separators)"),
        C("birth_year", "int", "datetime.year", description="year of birth (digits 3-6 of the FEIF id)"),
        C("horse_name", "string", "text.title", description="the horse's name without 'frá <farm>'; null if unnamed"),
        C("origin_farm", "string", "address.city", description="farm of origin as written after 'frá'"),
        C("sex", "string", "person.gender", allowed_values=["stallion", "mare", "gelding"]),
        C("coat_colour", "string", "text.category",
          allowed_values=[c[0] for c in IS_COLOURS], description="base colour in English"),
        C("is_pinto", "bool", "flag.boolean", description="skjóttur (pinto / skewbald) pattern"),
        C("microchip", "string", regex=r"^\d{15}$", description="15-digit ISO microchip"),
        C("sire", "string", "text.title", description="sire as 'Name frá Farm'"),
        C("dam", "string", "text.title", description="dam as 'Name frá Farm'"),
        C("breeder_name", "string", "person.full_name"),
        C("owner_name", "string", "person.full_name"),
        C("owner_kennitala", "string", "id.national_id", regex=r"^\d{10}$", description="10 digits, no hyphen"),
        C("owner_birth_date", "date", "person.date_of_birth", description="from the kennitala (last digit = century)"),
        C("owner_phone", "string", "contact.phone", description="E.164"),
        C("height_withers_cm", "int", "qty.length", description="stick measure at the withers in cm"),
        C("total_score", "decimal", "qty.count", description="breeding assessment total score, 2 places"),
        C("conformation_score", "decimal", "qty.count", description="2 places"),
        C("ridden_abilities_score", "decimal", "qty.count", description="2 places"),
        C("assessment_date", "date", "datetime.date"),
        C("status", "string", "status.record_status", nullable=False, allowed_values=["alive", "dead", "exported"]),
        C("export_country", "string", "iso.country_alpha2"),
    ]
    unmapped_names = [
        ("ueln", "string", "id.record_id"), ("passport_number", "string", "id.passport_number"),
        ("passport_issued_on", "date", "datetime.date"), ("breed_code", "string", "text.category"),
        ("studbook_section", "string", "text.category"), ("date_of_birth", "date", "datetime.date"),
        ("markings_description", "string", "text.description"), ("dna_verified", "bool", "flag.verified"),
        ("dna_sample_date", "date", "datetime.date"), ("blood_type", "string", "text.category"),
        ("sire_feif_id", "string", "id.record_id"), ("dam_feif_id", "string", "id.record_id"),
        ("breeder_kennitala", "string", "id.national_id"), ("owner_street", "string", "address.street_address"),
        ("owner_postal_code", "string", "address.postal_code"), ("owner_city", "string", "address.city"),
        ("owner_email", "string", "contact.email"), ("keeper_name", "string", "person.full_name"),
        ("insurance_company", "string", "org.company_name"), ("insured_value_isk", "decimal", "money.amount"),
        ("vet_name", "string", "person.full_name"), ("last_vaccination_date", "date", "datetime.date"),
        ("flu_vaccinated", "bool", "flag.boolean"), ("excluded_from_food_chain", "bool", "flag.boolean"),
        ("castration_date", "date", "datetime.date"), ("death_date", "date", "datetime.date"),
        ("death_cause", "string", "text.description"), ("import_date", "date", "datetime.date"),
        ("blup_total", "decimal", "qty.count"), ("gait_count", "int", "qty.count"),
        ("tolt_score", "decimal", "qty.count"), ("pace_score", "decimal", "qty.count"),
        ("trot_score", "decimal", "qty.count"), ("canter_score", "decimal", "qty.count"),
        ("photo_url", "string", "web.url"), ("stable_name", "string", "org.company_name"),
    ]
    unmapped = [C(n, t, d) for n, t, d in unmapped_names]
    p.tgt_cols = interleave(random.Random(11103 * 7), mapped, unmapped)
    p.key_src, p.key_tgt = ["Fæðingarnúmer"], ["feif_id"]
    p.m("feif_id", "Fæðingarnúmer", "reformat")
    p.m("birth_year", "Fæðingarnúmer", "decompose")
    p.m("horse_name", "Nafn", "decompose")
    p.m("origin_farm", "Nafn", "decompose")
    p.m("sex", "Kyn", "value_map")
    p.m("coat_colour", "Litur", "decompose")
    p.m("is_pinto", "Litur", "decompose")
    p.m("microchip", "Örmerki", "reformat")
    p.m("sire", "Faðir", "atomic")
    p.m("dam", "Móðir", "atomic")
    p.m("breeder_name", "Ræktandi", "atomic")
    p.m("owner_name", "Eigandi", "atomic")
    p.m("owner_kennitala", "Kennitala eiganda", "reformat")
    p.m("owner_birth_date", "Kennitala eiganda", "decompose")
    p.m("owner_phone", "Sími", "reformat")
    p.m("height_withers_cm", "Stangarmál", "unit")
    p.m("total_score", "Aðaleinkunn", "reformat")
    p.m("conformation_score", "Sköpulag", "reformat")
    p.m("ridden_abilities_score", "Hæfileikar", "reformat")
    p.m("assessment_date", "Dómsdagur", "date_format")
    p.m("status", "Staða", "value_map")
    p.m("export_country", "Útflutningsland", "value_map")
    for n, _, _ in unmapped_names:
        p.m(n, [], "unmapped")

    def horse_ref(rng: random.Random, names: list[str]) -> str:
        return f"{rng.choice(names)} frá {rng.choice(IS_FARMS)}"

    def score_disp(rng: random.Random, v: Decimal) -> str:
        return f"{v:.2f}".replace(".", ",") if rng.random() < 0.75 else f"{v:.2f}"

    def row(rng: random.Random, i: int):
        sex = pick(rng, [(30, "stallion"), (45, "mare"), (25, "gelding")])
        year = rng.randint(2003, 2021)
        region = rng.choice(["01", "25", "35", "37", "56", "65", "76", "86"])
        feif = f"IS{year}{'2' if sex == 'mare' else '1'}{region}{(i * 13 + 101) % 1000:03d}"
        fs = rng.randrange(4)
        feif_disp = [feif, f"IS {year} {feif[6]} {region} {feif[9:]}", feif.lower(), f"IS-{year}.{feif[6]}.{region}-{feif[9:]}"][fs]
        farm = rng.choice(IS_FARMS)
        pool = {"stallion": IS_STALLION, "mare": IS_MARE, "gelding": IS_GELDING}[sex]
        unnamed = rng.random() < 0.07
        name = None if unnamed else rng.choice(pool)
        shown = ("Ónefnd" if sex == "mare" else "Ónefndur") if unnamed else name
        nst = rng.randrange(4)
        name_disp = f"{shown} ({'frá ' + farm})" if nst == 3 else f"{shown} frá {farm}"
        colour, base, prefix = rng.choice(IS_COLOURS)
        pinto = prefix is not None and rng.random() < 0.2
        col_disp = f"{prefix}skjóttur" if pinto else base
        if rng.random() < 0.3:
            col_disp += rng.choice(["/milli-", "/dökk-", "/ljós-", " einlitt", "/stjörnótt"])
        chip = "352098100" + gc.digits(rng, 6)
        cs = rng.randrange(5)
        chip_disp = [chip, f"{chip[:3]} {chip[3:6]} {chip[6:9]} {chip[9:]}", chip, f"{chip[:3]}-{chip[3:]}", ""][cs]
        owner = is_person(rng)
        ob = gc.rand_date(rng, dt.date(1948, 1, 1), dt.date(2004, 12, 31))
        kt = kennitala(rng, ob)
        ks = rng.randrange(3)
        kt_disp = [f"{kt[:6]}-{kt[6:]}", kt, f"{kt[:6]} {kt[6:]}"][ks]
        ph = rng.choice("678") + gc.digits(rng, 6)
        pst = rng.randrange(5)
        ph_disp = [f"{ph[:3]} {ph[3:]}", f"{ph[:3]}-{ph[3:]}", f"+354 {ph[:3]} {ph[3:]}", f"00354 {ph}", ""][pst]
        height = rng.randint(131, 149)
        hs = rng.randrange(4)
        h_disp = [str(height), f"{height} cm", f"1,{height - 100} m", f"{height}sm"][hs]
        assessed = sex != "gelding" and year <= 2019 and rng.random() < 0.55
        tot = conf = ab = adate = None
        if assessed:
            conf = Decimal(rng.randint(760, 880)) / 100
            ab = Decimal(rng.randint(720, 905)) / 100
            tot = Decimal(q(conf * Decimal("0.35") + ab * Decimal("0.65"), 2))
            adate = dt.date(rng.randint(year + 4, 2024), rng.choice([5, 6, 6, 8]), rng.randint(1, 28))
        ds = rng.randrange(4)
        a_disp = "" if not adate else [f"{adate.day}.{adate.month}.{adate.year}",
                                       f"{adate.day}. {IS_MONTHS[adate.month - 1]} {adate.year}",
                                       adate.isoformat(), f"{adate:%d.%m.%Y}"][ds]
        status = pick(rng, [(78, "alive"), (10, "dead"), (12, "exported")])
        exp_code, exp_disp = None, ""
        if status == "exported":
            exp_code, names = rng.choice(IS_EXPORT)
            exp_disp = rng.choice(names)
        st_disp = {"alive": ["Lifandi", "Á lífi", "lifandi"], "dead": ["Dauður", "Felldur", "Fallin", "Dautt"],
                   "exported": ["Útflutt", "Útfl.", "Útfluttur"]}[status]
        upd = gc.rand_date(rng, dt.date(2019, 1, 1), dt.date(2024, 11, 30))
        s = {
            "Fæðingarnúmer": feif_disp, "Nafn": name_disp, "Kyn": rng.choice(IS_SEX[sex]), "Litur": col_disp,
            "Örmerki": chip_disp, "Faðir": horse_ref(rng, IS_STALLION), "Móðir": horse_ref(rng, IS_MARE),
            "Ræktandi": is_person(rng), "Eigandi": owner, "Kennitala eiganda": kt_disp, "Sími": ph_disp,
            "Stangarmál": h_disp, "Aðaleinkunn": score_disp(rng, tot) if tot else "",
            "Sköpulag": score_disp(rng, conf) if conf else "", "Hæfileikar": score_disp(rng, ab) if ab else "",
            "Dómsdagur": a_disp, "Staða": rng.choice(st_disp), "Útflutningsland": exp_disp,
            "Skráð af": rng.choice(["BÍ", "HS", "gþ", "Ræktunarfélag", "WF-import"]),
            "Uppfært": f"{upd:%d.%m.%Y}", "Athugasemd": rng.choice(["", "", "", "Týnt vegabréf", "Sjá DNA",
                                                                     "Keppnishestur", "Í hagagöngu"]),
        }
        t = {
            "feif_id": feif, "birth_year": year, "horse_name": name, "origin_farm": farm, "sex": sex,
            "coat_colour": colour, "is_pinto": pinto, "microchip": chip if chip_disp else None,
            "sire": s["Faðir"], "dam": s["Móðir"], "breeder_name": s["Ræktandi"], "owner_name": owner,
            "owner_kennitala": kt, "owner_birth_date": ob.isoformat(), "owner_phone": f"+354{ph}" if ph_disp else None,
            "height_withers_cm": height, "total_score": f"{tot:.2f}" if tot else None,
            "conformation_score": f"{conf:.2f}" if conf else None, "ridden_abilities_score": f"{ab:.2f}" if ab else None,
            "assessment_date": adate.isoformat() if adate else None, "status": status, "export_country": exp_code,
        }
        return s, t

    p.row = row
    return p


# =============================================================================================
# 4. Latvian: building energy performance certificates -> wide English EPC schema
# =============================================================================================
LV_LOC_MONTHS = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
                 "oktobrī", "novembrī", "decembrī"]
LV_CITIES = [("Rīga", ["LV-1010", "LV-1011", "LV-1050", "LV-1001", "LV-1082"]), ("Jelgava", ["LV-3001"]),
             ("Liepāja", ["LV-3401"]), ("Daugavpils", ["LV-5401"]), ("Ventspils", ["LV-3601"]),
             ("Valmiera", ["LV-4201"]), ("Jūrmala", ["LV-2015", "LV-2010"]), ("Ogre", ["LV-5001"]),
             ("Cēsis", ["LV-4101"])]
LV_STREETS = ["Brīvības iela", "Krišjāņa Valdemāra iela", "Ganību dambis", "Maskavas iela", "Lielā iela",
              "Rīgas iela", "Skolas iela", "Dzirnavu iela", "Raiņa bulvāris", "Zemgales prospekts", "Jomas iela",
              "Kalnciema iela"]
LV_EXPERTS = [("Jānis", "Bērziņš", "EA-0123"), ("Andris", "Kalniņš", "EA-0457"), ("Ilze", "Ozola", "EA2-0088"),
              ("Līga", "Liepiņa", "EA-0311"), ("Mārtiņš", "Krūmiņš", "EA-0502"), ("Inese", "Jansone", "EA2-0140"),
              ("Edgars", "Vītols", "EA-0219"), ("Zane", "Zariņa", "EA-0675")]
LV_BTYPE = {"apartment_building": ["Daudzdzīvokļu māja", "daudzdzīv. māja", "Daudzdzīvokļu dzīvojamā māja"],
            "single_family": ["Vienģimenes māja", "Privātmāja", "vienģimenes dzīvojamā māja"],
            "office": ["Biroja ēka", "Birojs"], "school": ["Izglītības iestāde", "Skola"],
            "retail": ["Tirdzniecības ēka", "Veikals"]}
LV_HEAT = {"district_heating": ["CSA", "Centralizētā siltumapgāde", "centralizētā"],
           "gas": ["Gāzes katls", "dabasgāze", "Gāze"], "firewood": ["Malka", "malkas krāsns"],
           "pellets": ["Granulas", "granulu katls"], "heat_pump": ["Siltumsūknis", "gaiss-ūdens siltumsūknis"],
           "electric": ["Elektrība", "elektriskā apkure"]}
LV_CLIENTS = ["SIA \"Rīgas namu pārvaldnieks\"", "DzĪB \"Ozols\"", "Rīgas valstspilsētas pašvaldība",
              "SIA \"Latvijas Energoaudits\"", "privātpersona", "SIA \"Jelgavas nekustamā īpašuma pārvalde\""]


def lv_class(h: Decimal) -> str:
    for lim, c in ((Decimal(20), "A+"), (Decimal(40), "A"), (Decimal(60), "B"), (Decimal(80), "C"),
                   (Decimal(100), "D"), (Decimal(150), "E")):
        if h <= lim:
            return c
    return "F"


def pair_epc() -> Pair:
    p = Pair(SPLIT, "energosertifikati_lv_to_energy_certificate_wide",
             "Latvian register of building energy performance certificates -> wide English EPC schema",
             "energy_certificate", 140, 11104)
    S = ["Sertifikāta Nr.", "Izsniegšanas datums", "Derīgs līdz", "Adrese", "Kadastra apzīmējums", "Ēkas tips",
         "Ekspluatācijā nodošanas gads", "Apkurināmā platība", "Stāvu skaits", "Energoefektivitātes klase",
         "Apkures patēriņš", "Kopējais patēriņš", "Siltumapgāde", "CO2 emisijas (t/gadā)", "Neatkarīgais eksperts",
         "Statuss", "Renovēta", "Pasūtītājs", "Ievadīts", "Piezīmes"]
    p.src_cols = S
    classes = ["A+", "A", "B", "C", "D", "E", "F"]
    mapped = [
        C("certificate_no", "string", "id.record_id", key=True, nullable=False),
        C("issued_on", "date", "datetime.date", nullable=False),
        C("valid_until", "date", "datetime.date"),
        C("street_address", "string", "address.street_address", description="street, house number and korpuss"),
        C("city", "string", "address.city"),
        C("postal_code", "string", "address.postal_code", regex=r"^LV-\d{4}$", description="LV-NNNN"),
        C("cadastral_designation", "string", regex=r"^\d{14}$",
          description="building cadastral designation, 14 digits without separators"),
        C("building_type", "string", "text.category", allowed_values=list(LV_BTYPE)),
        C("year_built", "int", "datetime.year", description="year put into service"),
        C("heated_area_m2", "decimal", "qty.area", description="heated floor area in m2, 1 place"),
        C("floors", "int", "qty.count"),
        C("energy_class", "string", "text.category", allowed_values=classes),
        C("heating_kwh_m2_year", "decimal", "qty.count", description="heating demand in kWh per m2 per year, 1 place"),
        C("total_energy_kwh_year", "int", "qty.count", description="total delivered energy in kWh per year"),
        C("heat_source", "string", "text.category", allowed_values=list(LV_HEAT)),
        C("co2_t_year", "decimal", "qty.mass", description="CO2 emissions in tonnes per year, 2 places"),
        C("expert_name", "string", "person.full_name", description="independent expert, 'Given Family'"),
        C("expert_cert_no", "string", "id.record_id", description="expert certificate number, e.g. EA-0123"),
        C("status", "string", "status.record_status", allowed_values=["valid", "expired", "annulled"]),
        C("is_renovated", "bool", "flag.boolean"),
    ]
    unmapped_names = [
        ("primary_energy_kwh_m2_year", "decimal", "qty.count"), ("nonrenewable_primary_energy", "decimal", "qty.count"),
        ("renewable_share", "decimal", "qty.percentage"), ("cooling_kwh_m2_year", "decimal", "qty.count"),
        ("hot_water_kwh_m2_year", "decimal", "qty.count"), ("lighting_kwh_m2_year", "decimal", "qty.count"),
        ("ventilation_type", "string", "text.category"), ("ventilation_kwh_m2_year", "decimal", "qty.count"),
        ("wall_u_value", "decimal", None), ("roof_u_value", "decimal", None), ("window_u_value", "decimal", None),
        ("floor_u_value", "decimal", None), ("airtightness_n50", "decimal", None),
        ("reference_class", "string", "text.category"), ("previous_certificate_no", "string", "id.record_id"),
        ("municipality_code", "string", None), ("latitude", "decimal", "geo.latitude"),
        ("longitude", "decimal", "geo.longitude"), ("apartment_count", "int", "qty.count"),
        ("nonresidential_area_m2", "decimal", "qty.area"), ("gross_area_m2", "decimal", "qty.area"),
        ("building_height_m", "decimal", "qty.length"), ("wall_material", "string", "text.category"),
        ("roof_type", "string", "text.category"), ("has_solar_pv", "bool", "flag.boolean"),
        ("pv_capacity_kwp", "decimal", None), ("has_heat_recovery", "bool", "flag.boolean"),
        ("heat_recovery_efficiency", "decimal", "qty.percentage"), ("recommended_measures", "string", "text.description"),
        ("estimated_savings_kwh", "int", "qty.count"), ("estimated_investment_eur", "decimal", "money.amount"),
        ("payback_years", "decimal", "qty.duration"), ("assessment_method", "string", "text.category"),
        ("calculation_software", "string", None), ("building_use_code", "string", "text.category"),
        ("annulment_reason", "string", "text.description"), ("expert_company", "string", "org.company_name"),
        ("country_code", "string", "iso.country_alpha2"),
    ]
    unmapped = [C(n, t, d) for n, t, d in unmapped_names]
    p.tgt_cols = interleave(random.Random(11104 * 7), mapped, unmapped)
    p.key_src, p.key_tgt = ["Sertifikāta Nr."], ["certificate_no"]
    p.m("certificate_no", "Sertifikāta Nr.", "atomic")
    p.m("issued_on", "Izsniegšanas datums", "date_format")
    p.m("valid_until", "Derīgs līdz", "date_format")
    for t in ("street_address", "city", "postal_code"):
        p.m(t, "Adrese", "decompose")
    p.m("cadastral_designation", "Kadastra apzīmējums", "reformat")
    p.m("building_type", "Ēkas tips", "value_map")
    p.m("year_built", "Ekspluatācijā nodošanas gads", "type_cast")
    p.m("heated_area_m2", "Apkurināmā platība", "reformat")
    p.m("floors", "Stāvu skaits", "type_cast")
    p.m("energy_class", "Energoefektivitātes klase", "value_map")
    p.m("heating_kwh_m2_year", "Apkures patēriņš", "unit")
    p.m("total_energy_kwh_year", "Kopējais patēriņš", "unit")
    p.m("heat_source", "Siltumapgāde", "value_map")
    p.m("co2_t_year", "CO2 emisijas (t/gadā)", "reformat")
    p.m("expert_name", "Neatkarīgais eksperts", "decompose")
    p.m("expert_cert_no", "Neatkarīgais eksperts", "decompose")
    p.m("status", "Statuss", "value_map")
    p.m("is_renovated", "Renovēta", "value_map")
    for n, _, _ in unmapped_names:
        p.m(n, [], "unmapped")
    ref = dt.date(2024, 12, 1)

    def lv_date(rng: random.Random, d: dt.date) -> str:
        return [f"{d:%d.%m.%Y}", f"{d.year}. gada {d.day}. {LV_LOC_MONTHS[d.month - 1]}", d.isoformat(),
                f"{d:%d.%m.%Y}."][rng.randrange(4)]

    def row(rng: random.Random, i: int):
        issued = gc.rand_date(rng, dt.date(2014, 1, 10), dt.date(2024, 11, 20))
        cert = f"EP-{issued.year}-{(i * 29 + 17) % 100000:05d}"
        try:
            valid = issued.replace(year=issued.year + 10) - dt.timedelta(days=1)
        except ValueError:
            valid = dt.date(issued.year + 10, 2, 28)
        btype = pick(rng, [(50, "apartment_building"), (20, "single_family"), (12, "office"), (8, "school"),
                           (10, "retail")])
        city, pcs = pick(rng, [(40, LV_CITIES[0])] + [(7, c) for c in LV_CITIES[1:]])
        pc = rng.choice(pcs)
        house = str(rng.randint(1, 140))
        if rng.random() < 0.15:
            house += rng.choice("ABC")
        if rng.random() < 0.15:
            house += f" k-{rng.randint(1, 4)}"
        street = f"{rng.choice(LV_STREETS)} {house}"
        ast = rng.randrange(5)
        no_pc = ast == 4
        addr = [f"{street}, {city}, {pc}", f"{city}, {street}, {pc}", f"{street}, {city}, {pc.replace('-', '')}",
                f"{street}, {city}, {pc}", f"{street}, {city}"][ast]
        cad = f"{rng.choice(['0100', '0900', '1700', '2700', '0500', '1300'])}{gc.digits(rng, 3)}{gc.digits(rng, 4)}" \
              f"{rng.randint(1, 9):03d}"
        cst = rng.randrange(4)
        cad_disp = [f"{cad[:4]} {cad[4:7]} {cad[7:11]} {cad[11:]}", cad, cad.lstrip("0"),
                    f"{cad[:4]}-{cad[4:7]}-{cad[7:11]}-{cad[11:]}"][cst]
        year_built = rng.randint(1900, issued.year - 1)
        yb_disp = [str(year_built), f"{year_built}. g.", f"ap. {year_built}", str(year_built)][rng.randrange(4)]
        if btype == "single_family":
            area = Decimal(rng.randint(800, 3200)) / 10
            floors = rng.randint(1, 2)
        else:
            area = Decimal(rng.randint(4000, 98000)) / 10
            floors = rng.randint(2, 12)
        a_s = f"{area:.1f}"
        ars = rng.randrange(4)
        area_disp = [f"{eu_space(area, 1)} m²", eu_space(area, 2).replace("\u00a0", ""), f"{a_s} m2",
                     eu_space(area, 1)][ars]
        heat = Decimal(rng.randint(150, 2400)) / 10 if year_built < 2010 else Decimal(rng.randint(120, 750)) / 10
        renovated = year_built < 2005 and rng.random() < 0.3
        if renovated:
            heat = (heat * Decimal("0.45")).quantize(Decimal("0.1"))
        cls = lv_class(heat)
        hst = rng.randrange(4)
        h_disp = [f"{heat:.1f}".replace(".", ",") + " kWh/m2 gadā", f"{heat:.1f}".replace(".", ","),
                  f"{heat / 1000:.4f}".replace(".", ",") + " MWh/m² gadā", f"{heat:.1f} kWh/m²"][hst]
        total = int(heat * area) + rng.randint(500, 30000)
        tst = rng.randrange(3)
        t_disp = [f"{thousands(total, ' ')} kWh", f"{Decimal(total) / 1000:.3f}".replace(".", ",") + " MWh",
                  str(total)][tst]
        hsrc = "district_heating" if btype in ("apartment_building", "school") and rng.random() < 0.8 else \
            rng.choice(list(LV_HEAT))
        co2 = Decimal(total) * Decimal(rng.choice(["0.000180", "0.000202", "0.000109", "0.000030"]))
        co2 = co2.quantize(Decimal("0.01"))
        first, last, eno = rng.choice(LV_EXPERTS)
        est = rng.randrange(4)
        ex_disp = [f"{first} {last} ({eno})", f"{last} {first}, sert. Nr. {eno}", f"{eno} / {first} {last}",
                   f"{first} {last} ({eno})"][est]
        if rng.random() < 0.05:
            status = "annulled"
        else:
            status = "expired" if valid < ref else "valid"
        st_disp = {"valid": ["Derīgs", "derīgs", "Spēkā"], "expired": ["Beidzies", "Nederīgs (beidzies termiņš)"],
                   "annulled": ["Anulēts", "anulēts"]}[status]
        cl_disp = [cls, cls.lower(), f"{cls} klase", f"Klase {cls}"][rng.randrange(4)]
        if cls == "A+" and rng.random() < 0.5:
            cl_disp = "A plus"
        entered = dt.datetime.combine(issued, dt.time(rng.randint(8, 17), rng.randint(0, 59))) + \
            dt.timedelta(days=rng.randint(0, 6))
        s = {
            "Sertifikāta Nr.": cert, "Izsniegšanas datums": lv_date(rng, issued), "Derīgs līdz": lv_date(rng, valid),
            "Adrese": addr, "Kadastra apzīmējums": cad_disp, "Ēkas tips": rng.choice(LV_BTYPE[btype]),
            "Ekspluatācijā nodošanas gads": yb_disp, "Apkurināmā platība": area_disp,
            "Stāvu skaits": str(floors) if rng.random() < 0.7 else f"{floors} stāvi", "Energoefektivitātes klase": cl_disp,
            "Apkures patēriņš": h_disp, "Kopējais patēriņš": t_disp, "Siltumapgāde": rng.choice(LV_HEAT[hsrc]),
            "CO2 emisijas (t/gadā)": f"{co2}".replace(".", ","), "Neatkarīgais eksperts": ex_disp,
            "Statuss": rng.choice(st_disp),
            "Renovēta": rng.choice(["Jā", "jā", "ir"]) if renovated else rng.choice(["Nē", "nē", "nav"]),
            "Pasūtītājs": rng.choice(LV_CLIENTS), "Ievadīts": f"{entered:%d.%m.%Y %H:%M}",
            "Piezīmes": rng.choice(["", "", "", "Pagaidu sertifikāts", "Bēniņi nav apsildāmi"]
                                   + (["Pēc renovācijas"] if renovated else [])),
        }
        t = {
            "certificate_no": cert, "issued_on": issued.isoformat(), "valid_until": valid.isoformat(),
            "street_address": street, "city": city, "postal_code": None if no_pc else pc, "cadastral_designation": cad,
            "building_type": btype, "year_built": year_built, "heated_area_m2": a_s, "floors": floors,
            "energy_class": cls, "heating_kwh_m2_year": f"{heat:.1f}", "total_energy_kwh_year": total,
            "heat_source": hsrc, "co2_t_year": f"{co2:.2f}", "expert_name": f"{first} {last}", "expert_cert_no": eno,
            "status": status, "is_renovated": renovated,
        }
        return s, t

    p.row = row
    return p


def eu_space(x: Decimal, places: int) -> str:
    """Latvian number: no-break space thousands separator (sometimes 2 places), decimal comma."""
    return mc.eu(x, places, thousands="\u00a0")


# =============================================================================================
# 5. HL7 v2 ORU^R01 lab results (South Africa), headers are HL7 field positions
# =============================================================================================
ZA_FIRST_M = ["Thabo", "Sipho", "Themba", "Bongani", "Kagiso", "Pieter", "Johan", "Riaan", "Ayanda", "Lwazi",
              "Mohammed", "Deon", "Tshepo", "Vusi"]
ZA_FIRST_F = ["Lerato", "Nomvula", "Zanele", "Lindiwe", "Naledi", "Anika", "Priya", "Charlene", "Fatima",
              "Thandeka", "Refilwe", "Marietjie", "Nokuthula"]
ZA_LAST = ["Mokoena", "Nkosi", "Dlamini", "Ndlovu", "Khumalo", "Naidoo", "Pillay", "van der Merwe", "Botha",
           "Pretorius", "Mahlangu", "Sithole", "Mthembu", "Govender", "Jacobs", "Petersen", "Molefe", "Du Plessis",
           "Le Roux", "Maharaj", "Zulu", "Nel"]
ZA_DOCTORS = [("0123456", "NAIDOO", "PRIYA"), ("0457821", "BOTHA", "JOHAN"), ("0781234", "DLAMINI", "SIPHO"),
              ("0998877", "VAN WYK", "ELSABE"), ("0345678", "MOOSA", "ZAHEER"), ("0661122", "MOKOENA", "LERATO")]
# test code -> (target unit, renderings [(OBX-3, source unit, factor to target unit)], value range in target unit,
#               reference range in target unit, decimals in source)
LAB_TESTS = {
    "GLU": ("mmol/L", [("GLUF^Glucose fasting^L", "mmol/L", None),
                       ("14749-6^Glucose [Moles/volume] in Serum or Plasma^LN", "mmol/L", None),
                       ("2345-7^Glucose SerPl-mCnc^LN", "mg/dL", Decimal(18))],
            (30, 250), (Decimal("3.9"), Decimal("5.8")), 1),
    "CHOL": ("mmol/L", [("CHOL^Cholesterol total^L", "mmol/L", None),
                        ("14647-2^Cholesterol [Moles/volume] in Serum or Plasma^LN", "mmol/L", None),
                        ("2093-3^Cholesterol SerPl-mCnc^LN", "mg/dL", Decimal("38.67"))],
             (28, 85), (Decimal("0.0"), Decimal("5.0")), 1),
    "CREA": ("umol/L", [("CREA^Creatinine^L", "umol/L", None),
                        ("14682-9^Creatinine [Moles/volume] in Serum or Plasma^LN", "µmol/L", None),
                        ("2160-0^Creatinine SerPl-mCnc^LN", "mg/dL", Decimal("0.01131"))],
             (45, 420), (Decimal("64"), Decimal("104")), 0),
    "HB": ("g/dL", [("HB^Haemoglobin^L", "g/dL", None), ("718-7^Hemoglobin [Mass/volume] in Blood^LN", "g/dL", None),
                    ("718-7^Hemoglobin [Mass/volume] in Blood^LN", "g/L", Decimal(10))],
           (70, 175), (Decimal("12.0"), Decimal("16.0")), 1),
    "K": ("mmol/L", [("K^Potassium^L", "mmol/L", None), ("2823-3^Potassium SerPl-sCnc^LN", "mmol/L", None)],
          (28, 62), (Decimal("3.5"), Decimal("5.1")), 1),
    "HBA1C": ("%", [("HBA1C^HbA1c^L", "%", None), ("4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN", "%", None)],
              (45, 140), (Decimal("4.0"), Decimal("6.0")), 1),
    "ALT": ("U/L", [("ALT^Alanine aminotransferase^L", "U/L", None), ("1742-6^ALT SerPl-cCnc^LN", "IU/L", None)],
            (5, 180), (Decimal("0"), Decimal("40")), 0),
}


def za_id(rng: random.Random, sex: str, birth: dt.date) -> str:
    seq = rng.randint(5000, 9999) if sex == "M" else rng.randint(0, 4999)
    body = f"{birth.year % 100:02d}{birth:%m%d}{seq:04d}{0 if rng.random() < 0.93 else 1}8"
    return body + gc.luhn_digit(body)


def pair_hl7() -> Pair:
    p = Pair(SPLIT, "hl7_oru_za_to_lab_result",
             "HL7 v2 ORU^R01 lab results flattened one OBX per row by a South African pathology interface; headers "
             "are HL7 field positions (PID-5, OBX-5 ...)", "lab_result", 190, 11105)
    S = ["MSH-7", "MSH-10", "PID-3", "PID-5", "PID-7", "PID-8", "PV1-3", "OBR-2", "OBR-3", "OBR-7", "OBR-16",
         "OBX-3", "OBX-5", "OBX-6", "OBX-7", "OBX-8", "OBX-11"]
    p.src_cols = S
    p.tgt_cols = [
        C("accession_no", "string", "id.order_number", key=True, nullable=False,
          description="filler order number (OBR-3 first component)"),
        C("test_code", "string", "text.category", key=True, nullable=False, allowed_values=list(LAB_TESTS),
          description="local test code; LOINC mass and mole codes of the same analyte map to the same test"),
        C("patient_mrn", "string", "id.customer_id", description="medical record number (identifier type MR)"),
        C("sa_id_number", "string", "id.national_id", regex=r"^\d{13}$",
          description="South African ID number (identifier type NI); null when the patient has none"),
        C("last_name", "string", "person.last_name", description="title case (capitals title-cased, particles not restored)"),
        C("first_name", "string", "person.first_name", description="title case"),
        C("middle_initial", "string", "person.middle_name", max_length=1),
        C("birth_date", "date", "person.date_of_birth"),
        C("sex", "string", "person.gender", allowed_values=["male", "female", "unknown"]),
        C("collected_at", "datetime", "datetime.timestamp", description="specimen collection time, local SAST"),
        C("ordering_practice_no", "string", "id.record_id", regex=r"^\d{7}$", description="7-digit practice number"),
        C("ordering_doctor", "string", "person.full_name", description="'Given Family', title case, no title"),
        C("result_qualifier", "string", allowed_values=["<", ">"], description="set when the result is censored"),
        C("result_value", "decimal", "qty.count",
          description="numeric result in the target unit, 2 places; mg/dL glucose / 18, cholesterol / 38.67, "
                      "creatinine mg/dL / 0.01131, haemoglobin g/L / 10"),
        C("result_unit", "string", allowed_values=["mmol/L", "umol/L", "g/dL", "%", "U/L"]),
        C("ref_low", "decimal", description="lower reference limit in the target unit, 2 places"),
        C("ref_high", "decimal", description="upper reference limit in the target unit, 2 places"),
        C("abnormal_flag", "string", allowed_values=["normal", "low", "high", "critical_low", "critical_high"]),
        C("result_status", "string", "status.record_status", allowed_values=["final", "preliminary", "corrected"]),
        C("specimen_type", "string", "text.category"),
        C("performing_lab", "string", "org.company_name"),
        C("reported_at", "datetime", "datetime.timestamp"),
        C("interpretation_comment", "string", "text.notes"),
    ]
    p.key_src, p.key_tgt = ["OBR-3", "OBX-3"], ["accession_no", "test_code"]
    p.m("accession_no", "OBR-3", "reformat")
    p.m("test_code", "OBX-3", "value_map")
    p.m("patient_mrn", "PID-3", "decompose")
    p.m("sa_id_number", "PID-3", "decompose")
    p.m("last_name", "PID-5", "decompose")
    p.m("first_name", "PID-5", "decompose")
    p.m("middle_initial", "PID-5", "decompose")
    p.m("birth_date", "PID-7", "date_format")
    p.m("sex", "PID-8", "value_map")
    p.m("collected_at", "OBR-7", "date_format")
    p.m("ordering_practice_no", "OBR-16", "decompose")
    p.m("ordering_doctor", "OBR-16", "decompose")
    p.m("result_qualifier", "OBX-5", "decompose")
    p.m("result_value", ["OBX-5", "OBX-6"], "unit")
    p.m("result_unit", "OBX-6", "value_map")
    p.m("ref_low", ["OBX-7", "OBX-6"], "decompose")
    p.m("ref_high", ["OBX-7", "OBX-6"], "decompose")
    p.m("abnormal_flag", "OBX-8", "value_map")
    p.m("result_status", "OBX-11", "value_map")
    for t in ("specimen_type", "performing_lab", "reported_at", "interpretation_comment"):
        p.m(t, [], "unmapped")

    def new_order(rng: random.Random, k: int, ntests: int | None = None) -> list[dict]:
        sex = rng.choice("MF")
        first = rng.choice(ZA_FIRST_M if sex == "M" else ZA_FIRST_F)
        last = rng.choice(ZA_LAST)
        mid = rng.choice("ABCDEJKLMNPST") if rng.random() < 0.4 else None
        birth = gc.rand_date(rng, dt.date(1938, 1, 1), dt.date(2012, 12, 31))
        mrn = f"{rng.randint(100000, 9999999)}"
        said = za_id(rng, sex, birth) if rng.random() < 0.85 else None
        coll = dt.datetime(2024, 3, 1, 6, 0) + dt.timedelta(minutes=rng.randrange(60 * 24 * 25))
        secs = rng.random() < 0.4
        if not secs:
            coll = coll.replace(second=0)
        else:
            coll = coll.replace(second=rng.randint(0, 59))
        acc = f"24{rng.choice('ABCDK')}{1000000 + k * 53:07d}"
        doc = rng.choice(ZA_DOCTORS)
        sex_code = sex if rng.random() < 0.95 else "U"
        panel = ["GLU", "CHOL", "CREA", "HB", "K", "HBA1C", "ALT"]
        rng.shuffle(panel)
        n = ntests or rng.choice([1, 1, 2, 3, 4])
        base = {"sex": sex_code, "first": first, "last": last, "mid": mid, "birth": birth, "mrn": mrn, "said": said,
                "coll": coll, "secs": secs, "acc": acc, "doc": doc, "msgid": gc.token(rng, 12).upper(),
                "ward": rng.choice(["MED2^^^CHB", "OPD^^^TBH", "ICU1^^^GSH", "MAT^^^KEH", ""]),
                "placer": f"ORD{rng.randint(100000, 999999)}", "zone": rng.random() < 0.3,
                "ns": rng.choice(["NHLS", "LANCET", "AMPATH"])}
        return [dict(base, test=t) for t in panel[:n]]

    pre: list[dict] = []
    k = 0
    while len(pre) < p.n:
        pre.extend(new_order(p.rng, k))
        k += 1
    pre = pre[:p.n]

    flag_txt = {"normal": ["N", ""], "low": ["L"], "high": ["H"], "critical_low": ["LL"], "critical_high": ["HH"]}
    status_txt = {"final": ["F"], "preliminary": ["P"], "corrected": ["C"]}

    def row(rng: random.Random, i: int):
        rec = pre[i] if i < len(pre) else new_order(rng, 5000 + i, 1)[0]
        code = rec["test"]
        tunit, renders, (lo_i, hi_i), (rlo, rhi), dec = LAB_TESTS[code]
        obx3, sunit, factor = rng.choice(renders)
        scale = Decimal(10) ** -dec
        # canonical value in target unit (as integer steps), rendered in source unit
        if code == "CREA":
            tval = Decimal(rng.randint(lo_i, hi_i))
        elif code == "ALT":
            tval = Decimal(rng.randint(lo_i, hi_i))
        else:
            tval = Decimal(rng.randint(lo_i, hi_i)) / 10
        qual = None
        if factor is None:
            sval = tval.quantize(scale)
            s_lo, s_hi = rlo, rhi
            expected = q(sval, 2)
            e_lo, e_hi = q(rlo, 2), q(rhi, 2)
        else:
            sdec = 2 if code == "CREA" else (0 if code in ("GLU", "CHOL", "HB") else 1)
            sval = (tval * factor).quantize(Decimal(10) ** -sdec) if code != "CREA" else \
                (tval * factor).quantize(Decimal("0.01"))
            expected = q(sval / factor, 2)
            s_lo = (rlo * factor).quantize(Decimal(10) ** -sdec)
            s_hi = (rhi * factor).quantize(Decimal(10) ** -sdec)
            e_lo, e_hi = q(s_lo / factor, 2), q(s_hi / factor, 2)
        v_disp = f"{sval}"
        if code == "ALT" and tval <= 6 and factor is None:
            qual, v_disp, expected = "<", "<7", q(7, 2)
        if code == "HBA1C" and tval >= Decimal("13.5"):
            qual, v_disp, expected = ">", ">14.0", q(14, 2)
        val_for_flag = Decimal(expected)
        if val_for_flag < rlo * Decimal("0.6"):
            flag = "critical_low"
        elif val_for_flag < rlo:
            flag = "low"
        elif val_for_flag > rhi * Decimal("2.5") and code in ("GLU", "K", "CREA"):
            flag = "critical_high"
        elif val_for_flag > rhi:
            flag = "high"
        else:
            flag = "normal"
        ftxt = rng.choice(flag_txt[flag])
        status = pick(rng, [(85, "final"), (10, "preliminary"), (5, "corrected")])
        ref_disp = f"{s_lo}-{s_hi}" if code not in ("CHOL", "ALT") or rng.random() < 0.5 else f"<{s_hi}"
        if ref_disp.startswith("<"):
            e_lo = None
        unit_disp = f"{sunit}^^UCUM" if rng.random() < 0.3 else sunit
        c = rec["coll"]
        coll_disp = c.strftime("%Y%m%d%H%M%S") if rec["secs"] else c.strftime("%Y%m%d%H%M")
        if rec["zone"]:
            coll_disp = c.strftime("%Y%m%d%H%M%S") + "+0200"
        pid3 = f"{rec['mrn']}^^^{rec['ns']}^MR"
        if rec["said"]:
            pid3 += f"~{rec['said']}^^^ZAF^NI"
        elif i % 3 == 0:
            pid3 += f"~{rng.choice(['FN', 'ZE', 'AB'])}{gc.digits(rng, 7)}^^^{rng.choice(['ZWE', 'MOZ', 'NGA'])}^PPN"
        pid5 = f"{rec['last'].upper()}^{rec['first'].upper()}" + (f"^{rec['mid']}" if rec["mid"] else "")
        if rng.random() < 0.2:
            pid5 += "^^" + ("MR" if rec["sex"] == "M" else "MS")
        b = rec["birth"]
        doc = rec["doc"]
        s = {
            "MSH-7": (c + dt.timedelta(hours=rng.randint(2, 30))).strftime("%Y%m%d%H%M%S"),
            "MSH-10": f"{rec['msgid']}{i % 10}", "PID-3": pid3, "PID-5": pid5,
            "PID-7": b.strftime("%Y%m%d") if rng.random() < 0.7 else b.strftime("%Y%m%d") + "0000",
            "PID-8": rec["sex"], "PV1-3": rec["ward"], "OBR-2": rec["placer"],
            "OBR-3": f"{rec['acc']}^{rec['ns']}" if rng.random() < 0.6 else rec["acc"], "OBR-7": coll_disp,
            "OBR-16": f"{doc[0]}^{doc[1]}^{doc[2]}^^^DR", "OBX-3": obx3, "OBX-5": v_disp, "OBX-6": unit_disp,
            "OBX-7": ref_disp, "OBX-8": ftxt, "OBX-11": rng.choice(status_txt[status]),
        }
        t = {
            "accession_no": rec["acc"], "test_code": code, "patient_mrn": rec["mrn"], "sa_id_number": rec["said"],
            "last_name": mc.title_name(rec["last"].upper()), "first_name": rec["first"], "middle_initial": rec["mid"],
            "birth_date": b.isoformat(), "sex": {"M": "male", "F": "female", "U": "unknown"}[rec["sex"]],
            "collected_at": c.isoformat(), "ordering_practice_no": doc[0],
            "ordering_doctor": f"{mc.title_name(doc[2])} {mc.title_name(doc[1])}", "result_qualifier": qual,
            "result_value": expected, "result_unit": tunit, "ref_low": e_lo, "ref_high": e_hi,
            "abnormal_flag": flag if ftxt else None, "result_status": status,
        }
        return s, t

    p.row = row
    return p


# =============================================================================================
# 6. Malaysia: toll transaction statement without a header row (col_NN by position)
# =============================================================================================
MY_PLAZAS = {
    "Jalan Duta": ("E1", ["Jalan Duta", "PLAZA TOL JALAN DUTA", "JLN DUTA", "Jln. Duta"]),
    "Sungai Buloh": ("E1", ["Sungai Buloh", "SG BULOH", "Sg. Buloh", "Plaza Tol Sungai Buloh"]),
    "Rawang": ("E1", ["Rawang", "RAWANG", "Plaza Tol Rawang"]),
    "Ipoh Utara": ("E1", ["Ipoh Utara", "IPOH UTARA", "Ipoh U."]),
    "Juru": ("E1", ["Juru", "JURU", "Plaza Tol Juru"]),
    "Sungai Besi": ("E2", ["Sungai Besi", "SG BESI", "Sg. Besi", "PLAZA TOL SUNGAI BESI"]),
    "Nilai": ("E2", ["Nilai", "NILAI", "Plaza Tol Nilai"]),
    "Seremban": ("E2", ["Seremban", "SEREMBAN", "Plaza Tol Seremban"]),
    "Ayer Keroh": ("E2", ["Ayer Keroh", "AYER KEROH", "Air Keroh"]),
    "Skudai": ("E2", ["Skudai", "SKUDAI", "Plaza Tol Skudai"]),
    "PJS 2": ("E11", ["PJS 2", "PJS2", "Plaza Tol PJS 2"]),
    "Sunway": ("E11", ["Sunway", "SUNWAY", "Plaza Tol Sunway"]),
    "Puchong Barat": ("E11", ["Puchong Barat", "PUCHONG BARAT", "Puchong B."]),
}
MY_HIGHWAY = {"E1": ["E1", "PLUS Utara", "Lebuhraya Utara-Selatan (Utara)", "NSE North"],
              "E2": ["E2", "PLUS Selatan", "Lebuhraya Utara-Selatan (Selatan)", "NSE South"],
              "E11": ["E11", "LDP", "Lebuhraya Damansara-Puchong"]}
MY_CLASS_MULT = {1: Decimal("1"), 2: Decimal("1.9"), 3: Decimal("2.55"), 4: Decimal("0.5"), 5: Decimal("1.45")}
MY_PAY = {"card": ["TNG", "Touch 'n Go", "Kad TNG"], "smarttag": ["SmartTAG", "SMARTTAG"],
          "rfid": ["RFID", "MyRFID", "PLUS RFID"]}
MY_STATUS = {"success": ["Berjaya", "SUCCESS", "OK"], "failed": ["Gagal", "FAILED", "Ditolak"],
             "refunded": ["Bayaran Balik", "REFUND", "Dikembalikan"]}
MY_PLATE_PREFIX = ["WXY", "VBA", "JHB", "PJK", "BMW", "WA", "VEF", "NBD", "AKB", "BPG", "MCS", "JSR", "W", "KV"]


def pair_toll() -> Pair:
    p = Pair(SPLIT, "tol_my_noheader_to_toll_transaction",
             "Malaysian toll-card / RFID transaction statement exported without a header row (columns named col_01.. "
             "by position); Malay values -> English toll transactions", "toll_transaction", 200, 11106)
    # logical names -> position in the file
    logical = ["txn_id", "date", "time", "entry", "exit", "class", "amount", "balance", "card", "pay", "plate",
               "highway", "status", "lane"]
    order = ["date", "time", "txn_id", "card", "plate", "highway", "entry", "exit", "class", "lane", "pay", "amount",
             "balance", "status"]
    assert sorted(order) == sorted(logical)
    col = {name: f"col_{k + 1:02d}" for k, name in enumerate(order)}
    p.src_cols = [col[n] for n in order]
    plazas = list(MY_PLAZAS)
    p.tgt_cols = [
        C("transaction_id", "string", "id.record_id", key=True, nullable=False),
        C("transaction_at", "datetime", "datetime.timestamp", nullable=False, description="local time (MYT)"),
        C("entry_plaza", "string", "address.city", allowed_values=plazas),
        C("exit_plaza", "string", "address.city", allowed_values=plazas,
          description="null on open-system highways (one plaza only)"),
        C("highway_code", "string", "text.category", allowed_values=list(MY_HIGHWAY)),
        C("vehicle_class", "int", "text.category", allowed_values=[1, 2, 3, 4, 5]),
        C("toll_amount_myr", "decimal", "money.amount", description="toll charged in MYR, positive, 2 places"),
        C("card_no", "string", "id.record_id", regex=r"^\d{10}$",
          description="10-digit card number with leading zeros; null for tag/RFID payments"),
        C("payment_channel", "string", "text.category", allowed_values=list(MY_PAY)),
        C("plate_no", "string", "id.license_plate", description="upper case, no spaces"),
        C("status", "string", "status.record_status", allowed_values=list(MY_STATUS)),
        C("operator_name", "string", "org.company_name"),
        C("distance_km", "decimal", "qty.length"),
    ]
    p.key_src, p.key_tgt = [col["txn_id"]], ["transaction_id"]
    p.m("transaction_id", col["txn_id"], "atomic")
    p.m("transaction_at", [col["date"], col["time"]], "compose")
    p.m("entry_plaza", col["entry"], "value_map")
    p.m("exit_plaza", col["exit"], "value_map")
    p.m("highway_code", col["highway"], "value_map")
    p.m("vehicle_class", col["class"], "type_cast")
    p.m("toll_amount_myr", col["amount"], "reformat")
    p.m("card_no", col["card"], "reformat")
    p.m("payment_channel", col["pay"], "value_map")
    p.m("plate_no", col["plate"], "reformat")
    p.m("status", col["status"], "value_map")
    p.m("operator_name", [], "unmapped")
    p.m("distance_km", [], "unmapped")
    cards = [f"{rng_i:010d}" for rng_i in (12345678, 3004567123, 45120981, 987650, 1200456789, 6011223344,
                                            70041122, 9912345)]

    def row(rng: random.Random, i: int):
        ts = dt.datetime(2024, 3, 1) + dt.timedelta(seconds=rng.randrange(86400 * 30))
        tstyle = rng.randrange(4)
        if tstyle == 3:
            ts = ts.replace(second=0)
        entry = rng.choice(plazas)
        hw = MY_PLAZAS[entry][0]
        exitp = None
        if hw != "E11":
            exitp = rng.choice([x for x in plazas if MY_PLAZAS[x][0] == hw and x != entry])
        vclass = pick(rng, [(80, 1), (8, 2), (5, 3), (4, 4), (3, 5)])
        base = Decimal(rng.randint(11, 250)) / 10 if hw != "E11" else Decimal(rng.choice(["1.60", "2.10", "1.20"]))
        amount = Decimal(q(base * MY_CLASS_MULT[vclass], 1))
        pay = pick(rng, [(55, "card"), (25, "smarttag"), (20, "rfid")])
        card = rng.choice(cards) if pay != "rfid" else None
        status = pick(rng, [(90, "success"), (6, "failed"), (4, "refunded")])
        a_s = f"{amount:.2f}"
        ast = rng.randrange(4)
        if status == "refunded":
            amt_disp = [f"+RM{a_s}", f"RM {a_s}", a_s, f"+{a_s}"][ast]
        else:
            amt_disp = [f"-RM{a_s}", f"RM{a_s}", a_s, f"RM {a_s}"][ast]
        bal = Decimal(rng.randint(50, 30000)) / 100
        pref = rng.choice(MY_PLATE_PREFIX)
        num = str(rng.randint(1, 9999))
        plate = pref + num
        pst = rng.randrange(4)
        plate_disp = [f"{pref} {num}", plate, f"{pref} {num}".lower(), f"{pref}{num}".lower()][pst]
        dst = rng.randrange(3)
        d = ts.date()
        d_disp = [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", d.isoformat()][dst]
        h12 = ts.hour % 12 or 12
        ampm = "AM" if ts.hour < 12 else "PM"
        t_disp = [f"{ts:%H:%M:%S}", f"{h12:02d}:{ts:%M:%S} {ampm}", f"{ts:%H:%M:%S}", f"{h12}:{ts:%M} {ampm}"][tstyle]
        if card and rng.random() < 0.35:
            card_disp = card.lstrip("0")
        elif card and rng.random() < 0.3:
            card_disp = f"{card[:4]} {card[4:7]} {card[7:]}"
        else:
            card_disp = card or ""
        txn = f"T{d:%y%m%d}{(i * 7919 + 1000) % 1000000:06d}{rng.choice('ABCDEFGH')}"
        vals = {
            "txn_id": txn, "date": d_disp, "time": t_disp, "entry": rng.choice(MY_PLAZAS[entry][1]),
            "exit": rng.choice(MY_PLAZAS[exitp][1]) if exitp else "",
            "class": rng.choice([f"Kelas {vclass}", f"K{vclass}", str(vclass), f"KELAS {vclass}", f"Kls {vclass}"]),
            "amount": amt_disp, "balance": f"RM{bal:.2f}" if rng.random() < 0.6 else f"{bal:.2f}", "card": card_disp,
            "pay": rng.choice(MY_PAY[pay]), "plate": plate_disp, "highway": rng.choice(MY_HIGHWAY[hw]),
            "status": rng.choice(MY_STATUS[status]),
            "lane": rng.choice([f"L{rng.randint(1, 14):02d}", f"Lorong {rng.randint(1, 14)}"]),
        }
        s = {col[k]: v for k, v in vals.items()}
        t = {
            "transaction_id": txn, "transaction_at": ts.isoformat(), "entry_plaza": entry, "exit_plaza": exitp,
            "highway_code": hw, "vehicle_class": vclass, "toll_amount_myr": a_s, "card_no": card,
            "payment_channel": pay, "plate_no": plate, "status": status,
        }
        return s, t

    p.row = row
    return p


# =============================================================================================
# 7. Armenian: Yerevan taxi-dispatch trips in an old courier template (misleading headers)
# =============================================================================================
HY_FIRST = ["Արամ", "Տիգրան", "Դավիթ", "Հայկ", "Գոռ", "Նարեկ", "Արմեն", "Սամվել", "Վահե", "Կարեն", "Աշոտ",
            "Գագիկ", "Անի", "Լուսինե", "Մհեր", "Ռուբեն", "Սուրեն", "Արթուր"]
HY_LAST = ["Պետրոսյան", "Հովհաննիսյան", "Սարգսյան", "Գրիգորյան", "Հարությունյան", "Խաչատրյան", "Վարդանյան",
           "Ղազարյան", "Մկրտչյան", "Ավետիսյան", "Մելքոնյան", "Բաղդասարյան", "Սահակյան", "Կարապետյան", "Մանուկյան"]
HY_DISTRICTS = {
    "Kentron": ["Կենտրոն", "Kentron", "Կենտրոն վարչ. շրջան"], "Arabkir": ["Արաբկիր", "Arabkir"],
    "Ajapnyak": ["Աջափնյակ", "Ajapnyak"], "Avan": ["Ավան", "Avan"], "Davtashen": ["Դավթաշեն", "Davtashen"],
    "Erebuni": ["Էրեբունի", "Erebuni"], "Kanaker-Zeytun": ["Քանաքեռ-Զեյթուն", "Kanaker-Zeytun", "Զեյթուն"],
    "Malatia-Sebastia": ["Մալաթիա-Սեբաստիա", "Malatia-Sebastia", "Մալաթիա"], "Nor Nork": ["Նոր Նորք", "Nor Nork"],
    "Nork-Marash": ["Նորք-Մարաշ", "Nork-Marash"], "Nubarashen": ["Նուբարաշեն", "Nubarashen"],
    "Shengavit": ["Շենգավիթ", "Shengavit"],
}
HY_TARIFF = {"economy": ["Էկոնոմ", "Econom", "ԷԿՈՆՈՄ"], "comfort": ["Կոմֆորտ", "Comfort"],
             "business": ["Բիզնես", "Business"], "minivan": ["Մինիվեն", "Minivan"]}
HY_PAY = {"cash": ["Կանխիկ", "կանխիկ", "Cash"], "card": ["Քարտ", "Բանկային քարտ", "Card"],
          "idram": ["Idram", "Իդրամ"], "corporate": ["Կորպորատիվ", "Corp."]}
HY_STATUS = {"completed": ["Ավարտված", "ավարտված", "Ավարտ"],
             "cancelled_by_passenger": ["Չեղարկված հաճախորդի կողմից", "Չեղարկ. (հաճ.)"],
             "cancelled_by_driver": ["Չեղարկված վարորդի կողմից", "Չեղարկ. (վար.)"],
             "no_show": ["Հաճախորդը չի եկել", "No-show"]}
HY_TARIFF_RATE = {"economy": (600, 100), "comfort": (800, 150), "business": (1500, 250), "minivan": (1000, 180)}


def pair_taxi() -> Pair:
    p = Pair(SPLIT, "taksi_hy_misleading_to_taxi_trip",
             "Armenian taxi-dispatch trip export written into an old courier-delivery template: most headers name "
             "what the column held for the courier business (customer, phone, weight, price, discount, courier, car, "
             "status, comment), not the taxi data now in it", "taxi_trip", 170, 11107)
    S = ["Պատվեր №", "Ամսաթիվ", "Հաճախորդ", "Հեռախոս", "Հասցե", "Քաշ (կգ)", "Գին", "Զեղչ", "Առաքիչ", "Մեքենա",
         "Վճարում", "Կարգավիճակ", "Մեկնաբանություն", "Էլ. փոստ", "Ստեղծված"]
    p.src_cols = S
    p.tgt_cols = [
        C("trip_id", "int", "id.order_number", key=True, nullable=False),
        C("pickup_at", "datetime", "datetime.timestamp", nullable=False, description="local Yerevan time"),
        C("passenger_phone", "string", "contact.mobile_phone", description="E.164"),
        C("vehicle_plate", "string", "id.license_plate", regex=r"^\d{2}[A-Z]{2}\d{3}$",
          description="Armenian plate, upper case without spaces or dashes (35OS123)"),
        C("pickup_district", "string", "address.city", allowed_values=list(HY_DISTRICTS),
          description="Yerevan administrative district (English transliteration)"),
        C("distance_km", "decimal", "qty.length", description="trip distance in km, 2 places"),
        C("duration_min", "int", "qty.duration", description="trip duration in whole minutes"),
        C("fare_amd", "int", "money.amount", description="fare in Armenian dram"),
        C("driver_last_name", "string", "person.last_name", description="Armenian script, title case"),
        C("driver_first_name", "string", "person.first_name", description="Armenian script"),
        C("tariff", "string", "text.category", allowed_values=list(HY_TARIFF)),
        C("payment_method", "string", "text.category", allowed_values=list(HY_PAY)),
        C("passenger_rating", "int", "qty.count", description="1-5 stars given by the passenger"),
        C("trip_status", "string", "status.record_status", nullable=False, allowed_values=list(HY_STATUS)),
        C("dropoff_district", "string", "address.city"),
        C("tip_amd", "int", "money.amount"),
        C("surge_multiplier", "decimal"),
    ]
    p.key_src, p.key_tgt = ["Պատվեր №"], ["trip_id"]
    p.m("trip_id", "Պատվեր №", "type_cast")
    p.m("pickup_at", "Ամսաթիվ", "date_format")
    p.m("passenger_phone", "Հաճախորդ", "reformat")
    p.m("vehicle_plate", "Հեռախոս", "reformat")
    p.m("pickup_district", "Հասցե", "value_map")
    p.m("distance_km", "Քաշ (կգ)", "unit")
    p.m("duration_min", "Գին", "type_cast")
    p.m("fare_amd", "Զեղչ", "reformat")
    p.m("driver_last_name", "Առաքիչ", "decompose")
    p.m("driver_first_name", "Առաքիչ", "decompose")
    p.m("tariff", "Մեքենա", "value_map")
    p.m("payment_method", "Վճարում", "value_map")
    p.m("passenger_rating", "Կարգավիճակ", "type_cast")
    p.m("trip_status", "Մեկնաբանություն", "value_map")
    for t in ("dropoff_district", "tip_amd", "surge_multiplier"):
        p.m(t, [], "unmapped")
    plate_letters = "ABCEHKMOPSTXYZ"
    drivers = []
    for _ in range(28):
        drivers.append((p.rng.choice(HY_FIRST), p.rng.choice(HY_LAST),
                        f"{p.rng.randint(1, 99):02d}{p.rng.choice(plate_letters)}{p.rng.choice(plate_letters)}"
                        f"{p.rng.randint(1, 999):03d}"))

    def row(rng: random.Random, i: int):
        trip = 104512 + i * 3 + rng.randint(0, 2)
        pickup = dt.datetime(2024, 4, 1) + dt.timedelta(minutes=rng.randrange(60 * 24 * 28))
        first, last, plate = rng.choice(drivers)
        status = pick(rng, [(84, "completed"), (8, "cancelled_by_passenger"), (4, "cancelled_by_driver"),
                            (4, "no_show")])
        tariff = pick(rng, [(60, "economy"), (25, "comfort"), (8, "business"), (7, "minivan")])
        pay = pick(rng, [(50, "cash"), (30, "card"), (12, "idram"), (8, "corporate")])
        district = rng.choice(list(HY_DISTRICTS))
        mob = rng.choice(["91", "93", "94", "77", "98", "99", "55", "95", "96", "41", "43"]) + gc.digits(rng, 6)
        mst = rng.randrange(5)
        phone_disp = [f"0{mob[:2]} {mob[2:4]} {mob[4:6]} {mob[6:]}", f"+374 {mob[:2]} {mob[2:]}",
                      f"(0{mob[:2]}) {mob[2:5]}-{mob[5:]}", f"374{mob}", f"0{mob}"][mst]
        pls = rng.randrange(4)
        plate_disp = [f"{plate[:2]} {plate[2:4]} {plate[4:]}", plate, f"{plate[:2]}-{plate[2:4]}-{plate[4:]}",
                      f"{plate[:2]} {plate[2:4].lower()} {plate[4:]}"][pls]
        dist = dur = fare = rating = None
        dist_disp = dur_disp = fare_disp = rating_disp = ""
        if status == "completed":
            dist = Decimal(rng.randint(12, 260)) / 10
            dur = max(4, int(dist * Decimal(rng.choice(["2.2", "2.8", "3.5"]))) + rng.randint(0, 6))
            base, per_km = HY_TARIFF_RATE[tariff]
            fare = int((base + dist * per_km) / 10) * 10
            ds = rng.randrange(4)
            dist_disp = [f"{dist}".replace(".", ",") + " կմ", f"{dist}", f"{int(dist * 1000)} մ",
                         f"{dist}".replace(".", ",")][ds]
            dur_disp = [f"{dur} ր", str(dur), f"{dur // 60:02d}:{dur % 60:02d}", f"{dur} րոպե"][rng.randrange(4)]
            fare_disp = [f"{thousands(fare, ' ')} ֏", f"{fare} դր.", f"AMD {thousands(fare, ',')}", str(fare)][
                rng.randrange(4)]
            if rng.random() < 0.7:
                rating = pick(rng, [(60, 5), (25, 4), (8, 3), (4, 2), (3, 1)])
                rating_disp = [str(rating), f"{rating}/5", "★" * rating + "☆" * (5 - rating)][rng.randrange(3)]
        elif status == "cancelled_by_driver" and rng.random() < 0.5:
            pass
        dn = rng.randrange(4)
        driver_disp = [f"{last} {first}", f"{first} {last}", f"{last.upper()} {first}", f"{last} {first}"][dn]
        pst = rng.randrange(3)
        pickup_disp = [f"{pickup:%d.%m.%Y %H:%M}", f"{pickup:%d.%m.%y %H:%M}", f"{pickup:%Y-%m-%d %H:%M}"][pst]
        created = pickup - dt.timedelta(minutes=rng.randint(2, 25), seconds=rng.randint(0, 59))
        s = {
            "Պատվեր №": rng.choice([f"YR-{trip:06d}", str(trip), f"№{trip}"]), "Ամսաթիվ": pickup_disp,
            "Հաճախորդ": phone_disp, "Հեռախոս": plate_disp, "Հասցե": rng.choice(HY_DISTRICTS[district]),
            "Քաշ (կգ)": dist_disp, "Գին": dur_disp, "Զեղչ": fare_disp, "Առաքիչ": driver_disp,
            "Մեքենա": rng.choice(HY_TARIFF[tariff]), "Վճարում": rng.choice(HY_PAY[pay]), "Կարգավիճակ": rating_disp,
            "Մեկնաբանություն": rng.choice(HY_STATUS[status]), "Էլ. փոստ": gc.hexstr(rng, 10),
            "Ստեղծված": f"{created:%d.%m.%Y %H:%M:%S}",
        }
        t = {
            "trip_id": trip, "pickup_at": pickup.isoformat(), "passenger_phone": f"+374{mob}", "vehicle_plate": plate,
            "pickup_district": district, "distance_km": q(dist, 2) if dist is not None else None,
            "duration_min": dur, "fare_amd": fare, "driver_last_name": last, "driver_first_name": first,
            "tariff": tariff, "payment_method": pay, "passenger_rating": rating, "trip_status": status,
        }
        return s, t

    p.row = row
    return p


# =============================================================================================
# 8. Mongolian: livestock census (mal toollogo) household sheet
# =============================================================================================
MN_AIMAGS = {
    "Tuv": (["Төв", "Төв аймаг", "ТӨВ", "Tuv"], ["Эрдэнэ", "Баянцагаан", "Лүн"], False),
    "Arkhangai": (["Архангай", "Архангай аймаг", "Arkhangai"], ["Цэцэрлэг", "Өлзийт", "Тариат"], False),
    "Uvurkhangai": (["Өвөрхангай", "Өвөрхангай аймаг", "Uvurkhangai"], ["Хархорин", "Бат-Өлзий"], False),
    "Bayankhongor": (["Баянхонгор", "Баянхонгор аймаг", "Bayankhongor"], ["Эрдэнэцогт", "Галуут"], True),
    "Khovd": (["Ховд", "Ховд аймаг", "Khovd"], ["Мянгад", "Булган"], True),
    "Uvs": (["Увс", "Увс аймаг", "Uvs"], ["Түргэн", "Тэс"], False),
    "Sukhbaatar": (["Сүхбаатар", "Сүхбаатар аймаг", "Sukhbaatar"], ["Баруун-Урт", "Онгон"], False),
    "Dornod": (["Дорнод", "Дорнод аймаг", "Dornod"], ["Хэрлэн", "Матад"], False),
    "Khentii": (["Хэнтий", "Хэнтий аймаг", "Khentii"], ["Өмнөдэлгэр", "Дадал"], False),
    "Zavkhan": (["Завхан", "Завхан аймаг", "Zavkhan"], ["Тэлмэн", "Идэр"], False),
    "Dundgovi": (["Дундговь", "Дундговь аймаг", "Dundgovi"], ["Сайхан-Овоо", "Гурвансайхан"], True),
    "Umnugovi": (["Өмнөговь", "Өмнөговь аймаг", "Umnugovi"], ["Ханбогд", "Гурвантэс"], True),
}
MN_FATHERS = [("Дорж", "Доржийн"), ("Бат", "Батын"), ("Гомбо", "Гомбын"), ("Цэрэн", "Цэрэнгийн"),
              ("Лхагва", "Лхагвын"), ("Батбаяр", "Батбаярын"), ("Пүрэв", "Пүрэвийн"), ("Отгон", "Отгоны"),
              ("Нямдорж", "Нямдоржийн"), ("Сүхбаатар", "Сүхбаатарын"), ("Энхтайван", "Энхтайваны"),
              ("Мөнх", "Мөнхийн"), ("Ганбат", "Ганбатын"), ("Жамъян", "Жамъяны")]
MN_GIVEN_M = ["Ганбаатар", "Батбаяр", "Мөнхбат", "Тэмүүлэн", "Төмөрбаатар", "Отгонбаяр", "Ганзориг", "Баттулга",
              "Эрдэнэбат", "Сүхбат"]
MN_GIVEN_F = ["Болормаа", "Оюунчимэг", "Энхжаргал", "Сарангэрэл", "Ариунаа", "Хонгорзул", "Баярмаа", "Нарантуяа",
              "Цэцэгмаа", "Урангоо"]
MN_CAMP = {"winter": ["Өвөлжөө", "өвөлжөө", "Өвөлжөөнд"], "spring": ["Хаваржаа", "хаваржаа"],
           "summer": ["Зуслан", "зуслан"], "autumn": ["Намаржаа", "намаржаа"]}
MN_RD_LETTERS = "АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЭЮЯ"
MN_ENUMERATORS = ["Б.Сарантуяа", "Д.Энхбаяр", "Ц.Мөнхзул", "Г.Батсайхан"]


def pair_livestock() -> Pair:
    p = Pair(SPLIT, "malchid_mn_to_livestock_census",
             "Mongolian year-end livestock census household sheet (Cyrillic) -> English herder-household records",
             "livestock_census", 160, 11108)
    S = ["Д/д", "Аймаг", "Сум", "Баг", "Малчны нэр", "Регистрийн дугаар", "Утас", "Өрхийн гишүүд",
         "Малчин өрх эсэх", "Тооллогын огноо", "Адуу", "Үхэр", "Тэмээ", "Хонь", "Ямаа", "Ноолуур", "Бууц",
         "Тоологч", "Тэмдэглэл"]
    p.src_cols = S
    p.tgt_cols = [
        C("register_no", "string", "id.national_id", key=True, nullable=False, regex=r"^[А-ЯӨҮ]{2}\d{8}$",
          description="civil register number: two Cyrillic capitals + 8 digits, no spaces"),
        C("birth_date", "date", "person.date_of_birth",
          description="from the register number (YYMMDD; month + 20 for births from 2000)"),
        C("given_name", "string", "person.first_name", description="Cyrillic, title case"),
        C("patronymic_initial", "string", "person.middle_name", max_length=1,
          description="first letter of the father's name (овог), Cyrillic capital"),
        C("aimag", "string", "address.state_province", allowed_values=list(MN_AIMAGS),
          description="province, English transliteration"),
        C("soum", "string", "address.city", description="district (сум) as written, Cyrillic"),
        C("phone", "string", "contact.mobile_phone", description="E.164"),
        C("household_size", "int", "qty.count"),
        C("is_herder_household", "bool", "flag.boolean"),
        C("census_date", "date", "datetime.date", nullable=False),
        C("horses", "int", "qty.count", description="head count; a dash means none (0)"),
        C("cattle", "int", "qty.count"),
        C("camels", "int", "qty.count"),
        C("sheep", "int", "qty.count"),
        C("goats", "int", "qty.count"),
        C("sheep_units", "decimal", "qty.count",
          description="total in sheep units (хонин толгой): horse 7, cattle 6, camel 5, sheep 1, goat 0.9; 1 place"),
        C("cashmere_kg", "decimal", "qty.mass", description="cashmere combed this year in kg, 2 places"),
        C("camp_season", "string", "text.category", allowed_values=list(MN_CAMP),
          description="seasonal camp where the household was counted"),
        C("yaks", "int", "qty.count"),
        C("gps_latitude", "decimal", "geo.latitude"),
        C("gps_longitude", "decimal", "geo.longitude"),
        C("winter_shelter_m2", "decimal", "qty.area"),
    ]
    p.key_src, p.key_tgt = ["Регистрийн дугаар"], ["register_no"]
    p.m("register_no", "Регистрийн дугаар", "reformat")
    p.m("birth_date", "Регистрийн дугаар", "decompose")
    p.m("given_name", "Малчны нэр", "decompose")
    p.m("patronymic_initial", "Малчны нэр", "decompose")
    p.m("aimag", "Аймаг", "value_map")
    p.m("soum", "Сум", "atomic")
    p.m("phone", "Утас", "reformat")
    p.m("household_size", "Өрхийн гишүүд", "type_cast")
    p.m("is_herder_household", "Малчин өрх эсэх", "value_map")
    p.m("census_date", "Тооллогын огноо", "date_format")
    for t, s_ in (("horses", "Адуу"), ("cattle", "Үхэр"), ("camels", "Тэмээ"), ("sheep", "Хонь"), ("goats", "Ямаа")):
        p.m(t, s_, "type_cast")
    p.m("sheep_units", ["Адуу", "Үхэр", "Тэмээ", "Хонь", "Ямаа"], "compose")
    p.m("cashmere_kg", "Ноолуур", "unit")
    p.m("camp_season", "Бууц", "value_map")
    for t in ("yaks", "gps_latitude", "gps_longitude", "winter_shelter_m2"):
        p.m(t, [], "unmapped")
    weights = {"Адуу": Decimal(7), "Үхэр": Decimal(6), "Тэмээ": Decimal(5), "Хонь": Decimal(1), "Ямаа": Decimal("0.9")}

    def count_disp(rng: random.Random, n: int) -> str:
        if n == 0:
            return rng.choice(["0", "-", "0"])
        if n >= 1000 and rng.random() < 0.6:
            return thousands(n, " ")
        return str(n)

    def row(rng: random.Random, i: int):
        aimag = rng.choice(list(MN_AIMAGS))
        names, soums, gobi = MN_AIMAGS[aimag]
        sex = rng.choice("MF")
        given = rng.choice(MN_GIVEN_M if sex == "M" else MN_GIVEN_F)
        father, father_gen = rng.choice(MN_FATHERS)
        ini = father[0]
        ns = rng.randrange(5)
        name_disp = [f"{ini}.{given}", f"{ini}. {given}", f"{father_gen} {given}", f"{given} {ini}.",
                     f"{ini}.{given.upper()}"][ns]
        birth = gc.rand_date(rng, dt.date(1950, 1, 1), dt.date(2003, 12, 31))
        mm = birth.month + (20 if birth.year >= 2000 else 0)
        l1 = MN_RD_LETTERS[(i * 7) % len(MN_RD_LETTERS)]
        l2 = MN_RD_LETTERS[(i * 11 + 3) % len(MN_RD_LETTERS)]
        g = rng.choice("13579" if sex == "M" else "02468")
        rd = f"{l1}{l2}{birth.year % 100:02d}{mm:02d}{birth.day:02d}{g}{rng.randint(0, 9)}"
        rst = rng.randrange(4)
        rd_disp = [rd, rd[:2].lower() + rd[2:], f"{rd[:2]} {rd[2:]}", rd][rst]
        herder = rng.random() < 0.88
        horses = rng.choice([0, rng.randint(2, 40), rng.randint(20, 250)])
        cattle = rng.choice([0, rng.randint(2, 30), rng.randint(15, 150)])
        camels = rng.randint(0, 120) if gobi and rng.random() < 0.7 else 0
        sheep = rng.choice([0, rng.randint(20, 400), rng.randint(300, 1800)])
        goats = rng.choice([0, rng.randint(20, 400), rng.randint(300, 1500)]) if not gobi else rng.randint(100, 1400)
        if not herder:
            horses, cattle, camels, sheep, goats = (min(x, 15) for x in (horses, cattle, camels, sheep, goats))
        counts = {"Адуу": horses, "Үхэр": cattle, "Тэмээ": camels, "Хонь": sheep, "Ямаа": goats}
        su = sum(weights[k] * v for k, v in counts.items())
        cash = None
        cash_disp = ""
        if goats:
            grams = goats * rng.randint(180, 320)
            cash = Decimal(grams) / 1000
            cs = rng.randrange(4)
            cash_disp = [f"{cash:.2f}".replace(".", ",") + " кг", f"{cash:.2f}", f"{grams} гр",
                         f"{cash:.2f}".replace(".", ",")][cs]
        cd = gc.rand_date(rng, dt.date(2023, 12, 15), dt.date(2023, 12, 31))
        cds = rng.randrange(4)
        cd_disp = [f"{cd:%Y.%m.%d}", cd.isoformat(), f"{cd.year} оны {cd.month} сарын {cd.day}", f"{cd:%Y.%m.%d}"][cds]
        camp = pick(rng, [(75, "winter"), (10, "autumn"), (8, "spring"), (7, "summer")])
        ph = rng.choice(["99", "95", "88", "89", "91", "80", "86", "94"]) + gc.digits(rng, 6)
        pst = rng.randrange(5)
        ph_disp = [ph, f"{ph[:4]}-{ph[4:]}", f"+976 {ph[:4]} {ph[4:]}", f"(976) {ph}", ""][pst]
        hh = rng.randint(1, 9)
        s = {
            "Д/д": str(i + 1), "Аймаг": rng.choice(names), "Сум": rng.choice(soums),
            "Баг": f"{rng.randint(1, 6)}-р баг" if rng.random() < 0.7 else f"{rng.randint(1, 6)}-р багт",
            "Малчны нэр": name_disp, "Регистрийн дугаар": rd_disp, "Утас": ph_disp,
            "Өрхийн гишүүд": str(hh) if rng.random() < 0.8 else f"{hh} хүн",
            "Малчин өрх эсэх": rng.choice(["Тийм", "тийм", "Т"]) if herder else rng.choice(["Үгүй", "үгүй", "Ү"]),
            "Тооллогын огноо": cd_disp, "Ноолуур": cash_disp, "Бууц": rng.choice(MN_CAMP[camp]),
            "Тоологч": rng.choice(MN_ENUMERATORS),
            "Тэмдэглэл": rng.choice(["", "", "", "Зудын эрсдэлтэй", "Отор нүүдэлд", "Худаг эвдэрсэн", "Шинэ өрх"]),
        }
        for k, v in counts.items():
            s[k] = count_disp(rng, v)
        t = {
            "register_no": rd, "birth_date": birth.isoformat(), "given_name": given, "patronymic_initial": ini,
            "aimag": aimag, "soum": s["Сум"], "phone": f"+976{ph}" if ph_disp else None, "household_size": hh,
            "is_herder_household": herder, "census_date": cd.isoformat(), "horses": horses, "cattle": cattle,
            "camels": camels, "sheep": sheep, "goats": goats, "sheep_units": q(su, 1),
            "cashmere_kg": q(cash, 2) if cash is not None else None, "camp_season": camp,
        }
        return s, t

    p.row = row
    return p


# =============================================================================================
def main() -> None:
    builders = [pair_inspection, pair_pds, pair_horses, pair_epc, pair_hl7, pair_toll, pair_taxi, pair_livestock]
    for b in builders:
        pr = b()
        rows, ns, nt = pr.write()
        unm = sum(1 for c in pr.corr if c[2] == "unmapped")
        print(f"{pr.name}: {rows} rows, {ns} source cols, {nt} target cols ({unm} unmapped)")


if __name__ == "__main__":
    main()
