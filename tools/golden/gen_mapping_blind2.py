# ruff: noqa: E501
# (long data rows of a blind-written generator, kept as its author wrote them)
"""Blind mapping golden set, session 6: 8 new source/target pairs under golden_mapping/blind/.

Written blind (only the README of the mapping golden set, the target-schema example, the list of
domain ids and the two framework modules were read). Standard library only, fixed seeds:

    cd <repo> && python tools/golden/gen_mapping_blind2.py

Each source row and its expected target row are rendered from the same canonical record.
"""

from __future__ import annotations

import datetime as dt
import string
from decimal import ROUND_HALF_UP, Decimal

import golden_common as gc
import mapping_common as mc
from mapping_common import C, Pair

SPLIT = "dev"
D = Decimal


def q(x, places: int = 2) -> str:
    return mc.q(x, places)


def half_up_int(x) -> int:
    return int(D(str(x)).quantize(D(1), rounding=ROUND_HALF_UP))


def pick(rng, d: dict, key):
    return rng.choice(d[key])


def add_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + 1, day=28)


def luhn_full(body: str) -> str:
    return body + gc.luhn_digit(body)


def gtin13(rng, prefix: str) -> str:
    body = prefix + gc.digits(rng, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng) -> str:
    wmi = rng.choice(["WVW", "WBA", "VF1", "SAL", "TMB", "YV1", "WF0", "VNK", "WDB", "NMT"])
    body = wmi + "".join(rng.choice(VIN_ALPHA) for _ in range(14))
    s = sum(VIN_TR[c] * w for c, w in zip(body, VIN_W, strict=True))
    chk = "X" if s % 11 == 10 else str(s % 11)
    return body[:8] + chk + body[9:]


def uk_plate(rng) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = rng.choice(["15", "65", "16", "66", "17", "67", "18", "68", "19", "69", "20", "70", "21", "71", "22",
                      "72", "23", "73"])
    return f"{rng.choice(letters)}{rng.choice(letters)}{age} {''.join(rng.choice(letters) for _ in range(3))}"


def money_word(x: Decimal) -> bool:
    return x == x.to_integral_value()


# =============================================================================================
# 1. Swedish insurance policies
# =============================================================================================
SV_MONTH = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december"]
SV_CITIES = [("Stockholm", "11"), ("Stockholm", "12"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"),
             ("Västerås", "72"), ("Örebro", "70"), ("Linköping", "58"), ("Umeå", "90"), ("Lund", "22"),
             ("Jönköping", "55"), ("Norrköping", "60"), ("Sundsvall", "85"), ("Gävle", "80"), ("Luleå", "97")]


def sv_date(rng, d: dt.date) -> str:
    s = rng.random()
    if s < 0.55:
        return d.isoformat()
    if s < 0.7:
        return d.strftime("%y%m%d")
    if s < 0.85:
        return f"{d.day} {SV_MONTH[d.month - 1]} {d.year}"
    return d.strftime("%Y%m%d")


def sv_money(rng, x: Decimal) -> str:
    sep = rng.choice([" ", "\u00a0"])
    s = rng.random()
    if money_word(x) and s < 0.3:
        return f"{mc.eu(x, 0, sep)}:-"
    if s < 0.6:
        return f"{mc.eu(x, 2, sep)} kr"
    if s < 0.8:
        return f"{mc.eu(x, 2, '')} SEK"
    return mc.eu(x, 2, "")


def sv_mobile(rng) -> tuple[str, str]:
    n = "7" + rng.choice("0236") + gc.digits(rng, 7)
    disp = rng.choice([f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", f"0{n}", f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                       f"+46{n}", f"0{n[:2]}-{n[2:]}"])
    return disp, f"+46{n}"


def pair_forsakring() -> Pair:
    p = Pair(SPLIT, "forsakring_se_to_insurance_policy",
             "Swedish insurance policy register (home, house, motor, accident, boat, pet) exported from a broker "
             "system with Swedish headers: personnummer in three spellings -> normalised id + birth date; "
             "'Efternamn, Förnamn' or 'Förnamn Efternamn'; Swedish dates incl. YYMMDD and month names, "
             "'tills vidare' = open-ended; '4 812:-' / '4 812,00 kr' with no-break spaces; payment periods and "
             "statuses in Swedish; postal codes '114 55'; Swedish mobiles -> E.164.",
             "insurance_policy", 196, 60601)
    p.src_cols = ["Försäkringsnummer", "Försäkringstagare", "Personnummer", "Produkt", "Startdatum", "Slutdatum",
                  "Årspremie", "Betalningsperiod", "Självrisk", "Status", "Autogiro", "Postnr", "Ort", "Mobil",
                  "E-post", "Handläggare", "Ombud", "Anteckning"]
    prod = {"HOME": ["Hemförsäkring", "Hem", "HEM", "Hemförs."], "HOUSE": ["Villahemförsäkring", "Villa",
                                                                         "Villaförsäkring"],
            "MOTOR": ["Bilförsäkring", "Bil", "Bil (helförsäkring)", "Bil halv"],
            "ACCIDENT": ["Olycksfall", "Olycksfallsförsäkring"], "BOAT": ["Båt", "Båtförsäkring"],
            "PET": ["Djurförsäkring", "Hund & katt", "Djur"]}
    freq = {"MONTHLY": ["Månad", "mån", "Månadsvis", "12 ggr/år"], "QUARTERLY": ["Kvartal", "kvartalsvis", "4 ggr/år"],
            "SEMIANNUAL": ["Halvår", "2 ggr/år"], "ANNUAL": ["År", "Helår", "årsvis", "1 ggr/år"]}
    stat = {"ACTIVE": ["Aktiv", "Gällande", "AKTIV"], "CANCELLED": ["Uppsagd", "Annullerad"],
            "EXPIRED": ["Avslutad", "Upphörd", "Utgången"], "SUSPENDED": ["Vilande", "Vilar"]}
    p.tgt_cols = [
        C("policy_number", "string", "id.record_id", key=True, nullable=False, regex=r"^1\d{9}$",
          description="10-digit policy number without spaces or dashes"),
        C("holder_first_name", "string", "person.first_name", nullable=False),
        C("holder_last_name", "string", "person.last_name", nullable=False),
        C("national_id", "string", "id.national_id", nullable=False, regex=r"^\d{8}-\d{4}$",
          description="Swedish personnummer, normalised to YYYYMMDD-NNNN (12 digits, century included; "
                      "all holders born 1940-2005)"),
        C("birth_date", "date", "person.date_of_birth", description="taken from the personnummer"),
        C("product", "string", "text.category", nullable=False, allowed_values=list(prod)),
        C("start_date", "date", "datetime.date", nullable=False),
        C("end_date", "date", "datetime.date", description="null when the policy runs until further notice"),
        C("annual_premium", "decimal", "money.amount", description="SEK per year, 2 places"),
        C("payment_frequency", "string", allowed_values=list(freq)),
        C("deductible", "decimal", "money.amount", description="excess in SEK, 2 places"),
        C("status", "string", "status.record_status", allowed_values=list(stat)),
        C("direct_debit", "bool", "flag.boolean", description="pays by autogiro"),
        C("postal_code", "string", "address.postal_code", regex=r"^\d{5}$", description="5 digits, no space"),
        C("city", "string", "address.city", description="normal case (Göteborg, not GÖTEBORG)"),
        C("mobile_phone", "string", "contact.mobile_phone", description="E.164"),
        C("email", "string", "contact.email"),
        C("currency", "string", "iso.currency_code"),
        C("risk_class", "int"),
        C("broker_id", "string"),
    ]
    p.m("policy_number", "Försäkringsnummer", "reformat")
    p.m("holder_first_name", "Försäkringstagare", "decompose")
    p.m("holder_last_name", "Försäkringstagare", "decompose")
    p.m("national_id", "Personnummer", "decompose")
    p.m("birth_date", "Personnummer", "decompose")
    p.m("product", "Produkt", "value_map")
    p.m("start_date", "Startdatum", "date_format")
    p.m("end_date", "Slutdatum", "date_format")
    p.m("annual_premium", "Årspremie", "reformat")
    p.m("payment_frequency", "Betalningsperiod", "value_map")
    p.m("deductible", "Självrisk", "reformat")
    p.m("status", "Status", "value_map")
    p.m("direct_debit", "Autogiro", "value_map")
    p.m("postal_code", "Postnr", "reformat")
    p.m("city", "Ort", "reformat")
    p.m("mobile_phone", "Mobil", "reformat")
    p.m("email", "E-post", "atomic")
    for t in ("currency", "risk_class", "broker_id"):
        p.m(t, [], "unmapped")
    p.key_src, p.key_tgt = ["Försäkringsnummer"], ["policy_number"]
    notes = ["", "", "", "Kund ringde ang. faktura", "Flyttat 2023", "Rabatt 10% samlingsrabatt", "Se ärende 4471",
             "Ny adress", "Skadefri 5 år"]

    def row(rng, i):
        per = gc.person(rng, "sv_SE")
        first, last = per["first"], per["last"]
        birth = gc.rand_date(rng, dt.date(1940, 1, 1), dt.date(2005, 12, 31))
        pnr = gc.se_personnummer(rng, per["sex"], birth, century=True)
        r = rng.random()
        if r < 0.45:
            pnr_s = pnr
        elif r < 0.8:
            pnr_s = pnr[2:]
        else:
            pnr_s = pnr.replace("-", "")
        polno = f"1{(i * 7919 + 123457) % 10**9:09d}"
        r = rng.random()
        pol_s = polno if r < 0.4 else (f"{polno[:3]} {polno[3:6]} {polno[6:]}" if r < 0.7
                                       else f"{polno[:4]}-{polno[4:8]}-{polno[8:]}")
        product = rng.choice(list(prod))
        start = gc.rand_date(rng, dt.date(2019, 1, 1), dt.date(2025, 6, 30))
        status = rng.choices(list(stat), [60, 15, 15, 10])[0]
        open_ended = status == "ACTIVE" and rng.random() < 0.4
        end = None if open_ended else add_year(start) - dt.timedelta(days=1)
        prem = D(rng.randint(900, 15000)) + (D(0) if rng.random() < 0.7 else D(rng.randint(1, 99)) / 100)
        f = rng.choices(list(freq), [50, 15, 5, 30])[0]
        ded = rng.choice([None, 1000, 1500, 1500, 2000, 3000, 5000, 10000])
        if ded is None:
            ded_s = ""
        else:
            ded_s = rng.choice([f"{mc.eu(ded, 0, ' ')} kr", str(ded), f"{mc.eu(ded, 0, ' ')}:-"])
        dd = rng.choice([True, True, False, None])
        dd_s = "" if dd is None else rng.choice(["Ja", "J", "x", "1"] if dd else ["Nej", "N", "0"])
        city, pre = rng.choice(SV_CITIES)
        pc = pre + gc.digits(rng, 3)
        r = rng.random()
        pc_s = f"{pc[:3]} {pc[3:]}" if r < 0.6 else (pc if r < 0.85 else f"SE-{pc[:3]} {pc[3:]}")
        mob, mob164 = sv_mobile(rng) if rng.random() < 0.88 else ("", None)
        email = gc.email_for(rng, first, last, ["telia.com", "gmail.com", "hotmail.se", "outlook.com",
                                                 "bredband.net", "spray.se"])
        s = {
            "Försäkringsnummer": pol_s,
            "Försäkringstagare": f"{last}, {first}" if rng.random() < 0.5 else f"{first} {last}",
            "Personnummer": pnr_s, "Produkt": pick(rng, prod, product), "Startdatum": sv_date(rng, start),
            "Slutdatum": rng.choice(["tills vidare", "Tills vidare", "löpande"]) if end is None else sv_date(rng, end),
            "Årspremie": sv_money(rng, prem), "Betalningsperiod": pick(rng, freq, f), "Självrisk": ded_s,
            "Status": pick(rng, stat, status), "Autogiro": dd_s, "Postnr": pc_s,
            "Ort": city.upper() if rng.random() < 0.35 else city, "Mobil": mob, "E-post": email,
            "Handläggare": "".join(rng.choice(string.ascii_uppercase) for _ in range(3)),
            "Ombud": rng.choice(["", "", f"OMB{rng.randint(100, 999)}"]), "Anteckning": rng.choice(notes),
        }
        t = {"policy_number": polno, "holder_first_name": first, "holder_last_name": last, "national_id": pnr,
             "birth_date": birth.isoformat(), "product": product, "start_date": start.isoformat(),
             "end_date": end.isoformat() if end else None, "annual_premium": q(prem), "payment_frequency": f,
             "deductible": q(ded) if ded is not None else None, "status": status, "direct_debit": dd,
             "postal_code": pc, "city": city, "mobile_phone": mob164, "email": email}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 2. Telecom subscribers, SCREAMING_SNAKE legacy export -> wide subscriber 360
# =============================================================================================
UK_OUT = [("SW1A", "LONDON"), ("E14", "LONDON"), ("M1", "MANCHESTER"), ("B33", "BIRMINGHAM"), ("LS6", "LEEDS"),
          ("EH8", "EDINBURGH"), ("CF10", "CARDIFF"), ("BS1", "BRISTOL"), ("NE1", "NEWCASTLE UPON TYNE"),
          ("G2", "GLASGOW"), ("L1", "LIVERPOOL"), ("NG7", "NOTTINGHAM"), ("BT9", "BELFAST")]
STREETS_UK = ["HIGH STREET", "STATION ROAD", "CHURCH LANE", "VICTORIA ROAD", "MILL LANE", "PARK AVENUE",
              "KINGS ROAD", "QUEENS DRIVE", "THE GREEN", "ALBERT TERRACE"]

WIDE_UNMAPPED = [
    ("account_id", "string", None), ("billing_account_id", "string", None), ("household_id", "string", None),
    ("customer_segment", "string", "text.category"), ("preferred_language", "string", "iso.language_code"),
    ("salutation", "string", "person.salutation"), ("gender", "string", "person.gender"),
    ("middle_name", "string", "person.middle_name"), ("company_name", "string", "org.company_name"),
    ("vat_number", "string", "id.vat_number"), ("address_line2", "string", "address.address_line2"),
    ("county", "string", "address.state_province"), ("country_code", "string", "iso.country_alpha2"),
    ("landline_phone", "string", "contact.phone"), ("secondary_email", "string", "contact.email"),
    ("credit_class", "string", None), ("credit_limit", "decimal", "money.amount"),
    ("payment_method", "string", None), ("iban", "string", "id.iban"),
    ("bank_account_holder", "string", "person.full_name"), ("last_payment_date", "date", "datetime.date"),
    ("last_payment_amount", "decimal", "money.amount"), ("outstanding_balance", "decimal", "money.account_balance"),
    ("arpu_3m", "decimal", "money.amount"), ("arpu_12m", "decimal", "money.amount"),
    ("clv_estimate", "decimal", "money.amount"), ("churn_score", "decimal", "qty.percentage"),
    ("churn_reason", "string", "text.description"), ("nps_score", "int", None),
    ("last_nps_date", "date", "datetime.date"), ("complaints_12m", "int", "qty.count"),
    ("last_contact_date", "date", "datetime.date"), ("last_contact_channel", "string", None),
    ("store_id", "string", None), ("sales_agent_id", "string", "id.employee_id"),
    ("acquisition_channel", "string", None), ("campaign_code", "string", None), ("referral_code", "string", None),
    ("loyalty_points", "int", "qty.count"), ("loyalty_tier", "string", None), ("family_plan_id", "string", None),
    ("is_esim", "bool", "flag.boolean"), ("volte_enabled", "bool", "flag.boolean"),
    ("wifi_calling_enabled", "bool", "flag.boolean"), ("voicemail_enabled", "bool", "flag.boolean"),
    ("intl_calls_barred", "bool", "flag.boolean"), ("premium_sms_barred", "bool", "flag.boolean"),
    ("parental_control", "bool", "flag.boolean"), ("fraud_flag", "bool", "flag.boolean"),
    ("kyc_verified", "bool", "flag.verified"), ("kyc_document_type", "string", None),
    ("kyc_document_number", "string", "id.passport_number"), ("roaming_data_cap_gb", "decimal", None),
    ("voice_minutes_allowance", "int", "qty.count"), ("sms_allowance", "int", "qty.count"),
    ("voice_minutes_used", "int", "qty.count"), ("sms_used", "int", "qty.count"),
    ("handset_financed", "bool", "flag.boolean"), ("handset_balance", "decimal", "money.account_balance"),
    ("device_purchase_date", "date", "datetime.date"), ("sim_swap_count", "int", "qty.count"),
    ("last_sim_swap_date", "date", "datetime.date"), ("ported_out_to", "string", "org.company_name"),
    ("upgrade_eligible_date", "date", "datetime.date"), ("data_rollover_gb", "decimal", None),
    ("spend_cap", "decimal", "money.amount"),
]


def pair_telco_wide() -> Pair:
    p = Pair(SPLIT, "subs_legacy_to_subscriber360_wide",
             "**wide**: 34 SCREAMING_SNAKE abbreviated columns of a legacy mobile-billing export (SUB_ID, "
             "CUST_FRST_NM, DATA_ALWNC_MB, MKT_OPT_OUT ...) -> 96-column subscriber 360 (66 unmapped). "
             "Sentinels (DEACT_DT 00000000, DATA_ALWNC_MB 999999 = unlimited), MB/KB -> GB, pence -> pounds, "
             "Oracle dates 31-MAR-2025 and timestamps with microseconds, negated opt-out, plan codes -> plan type, "
             "status letters, LTE/NR -> 4G/5G, upper-case names -> title case, MSISDN -> E.164.",
             "subscriber_360", 150, 60602)
    p.src_cols = ["SUB_ID", "MSISDN", "IMSI", "ICCID", "CUST_FRST_NM", "CUST_LST_NM", "CUST_DOB", "EMAIL_ADDR",
                  "ADDR_LN1", "POST_TWN", "PSTCD", "ACT_DT", "DEACT_DT", "STAT_CD", "PLAN_CD", "MRC_PNC",
                  "PREPD_BAL", "DATA_ALWNC_MB", "DATA_USED_KB", "CNTRCT_END_DT", "PORT_IN_FLG", "MKT_OPT_OUT",
                  "DEV_IMEI", "HNDST_MDL", "ROAM_ENBL", "LAST_TOPUP_TS", "BILL_CYC_DAY", "NTWK_TECH",
                  "CELL_ID_LAST", "CRTD_BY", "UPD_TS", "REC_VER", "SRC_SYS", "CHK_SUM"]
    stat = {"ACTIVE": "A", "SUSPENDED": "S", "TERMINATED": "T", "PENDING": "P"}
    # plan code -> (type, allowance MB or None=unlimited, contract months or None)
    plans = {"PAYM_UNL_5G": ("POSTPAID", None, 24), "PAYM_30GB_4G": ("POSTPAID", 30720, 24),
             "PAYM_100GB_5G": ("POSTPAID", 102400, 24), "PAYM_5GB_4G": ("POSTPAID", 5120, 12),
             "PAYG_10": ("PREPAID", 500, None), "PAYG_20_BNDL": ("PREPAID", 10240, None),
             "SIMO_12M_50GB": ("SIM_ONLY", 51200, 12), "SIMO_30D_UNL": ("SIM_ONLY", None, None)}
    tech = {"3G": ["3G", "UMTS"], "4G": ["4G", "LTE", "LTE-A"], "5G": ["5G", "5G NSA", "NR", "5G SA"]}
    models = ["IPHONE 13", "IPHONE 15 PRO", "SM-S911B", "SM-A546B", "PIXEL 7A", "MOTO G54", "XPERIA 10 V",
              "NOKIA 105", "A2403", "REDMI NOTE 12"]
    cols = [
        C("subscriber_id", "int", "id.customer_id", key=True, nullable=False),
        C("msisdn_e164", "string", "contact.mobile_phone", nullable=False, description="E.164, e.g. +447700900123"),
        C("imsi", "string", None, max_length=15), C("iccid", "string", None, max_length=20),
        C("first_name", "string", "person.first_name", description="title case (JONES -> Jones)"),
        C("last_name", "string", "person.last_name", description="title case, capital after space, hyphen, "
                                                                 "apostrophe (O'SULLIVAN -> O'Sullivan)"),
        C("full_name", "string", "person.full_name", description="first_name + ' ' + last_name, title case"),
        C("date_of_birth", "date", "person.date_of_birth"),
        C("email", "string", "contact.email", description="lower case"),
        C("address_line1", "string", "address.street_address", description="as given"),
        C("city", "string", "address.city", description="as given"),
        C("postcode", "string", "address.postal_code", description="UK postcode, upper case, one space before the "
                                                                   "last 3 characters"),
        C("activation_date", "date", "datetime.date"),
        C("deactivation_date", "date", "datetime.date", description="null while the line is not terminated"),
        C("status", "string", "status.record_status", allowed_values=list(stat)),
        C("plan_type", "string", "text.category", allowed_values=["POSTPAID", "PREPAID", "SIM_ONLY"]),
        C("monthly_fee", "decimal", "money.amount", description="GBP, 2 places"),
        C("prepaid_balance", "decimal", "money.account_balance", description="GBP, 2 places; null for non-prepaid"),
        C("data_allowance_gb", "decimal", None, description="GiB (1 GB = 1024 MB), 2 places; null if unlimited"),
        C("unlimited_data", "bool", "flag.boolean"),
        C("data_used_gb", "decimal", None, description="last bill period, GiB (1 GB = 1048576 KB), 2 places"),
        C("contract_end_date", "date", "datetime.date"),
        C("ported_in", "bool", "flag.boolean"),
        C("marketing_consent", "bool", "flag.consent"),
        C("imei", "string", None, max_length=15), C("device_model", "string", "text.product_name"),
        C("roaming_enabled", "bool", "flag.boolean"),
        C("last_topup_at", "datetime", "datetime.timestamp", description="local time, seconds"),
        C("billing_cycle_day", "int", None),
        C("network_generation", "string", None, allowed_values=list(tech)),
    ]
    mapped = [c["name"] for c in cols]
    for name, typ, dom in WIDE_UNMAPPED:
        cols.append(C(name, typ, dom))
    # interleave unmapped columns between the mapped ones, deterministic
    order = __import__("random").Random(99).sample(range(len(cols)), len(cols))
    key = cols[0]
    rest = [cols[k] for k in order if cols[k] is not key]
    p.tgt_cols = [key] + rest
    kinds = {"subscriber_id": ("SUB_ID", "type_cast"), "msisdn_e164": ("MSISDN", "reformat"),
             "imsi": ("IMSI", "atomic"), "iccid": ("ICCID", "atomic"), "first_name": ("CUST_FRST_NM", "reformat"),
             "last_name": ("CUST_LST_NM", "reformat"), "full_name": (["CUST_FRST_NM", "CUST_LST_NM"], "compose"),
             "date_of_birth": ("CUST_DOB", "date_format"), "email": ("EMAIL_ADDR", "reformat"),
             "address_line1": ("ADDR_LN1", "atomic"), "city": ("POST_TWN", "atomic"), "postcode": ("PSTCD", "reformat"),
             "activation_date": ("ACT_DT", "date_format"), "deactivation_date": ("DEACT_DT", "date_format"),
             "status": ("STAT_CD", "value_map"), "plan_type": ("PLAN_CD", "value_map"), "monthly_fee": ("MRC_PNC", "unit"),
             "prepaid_balance": ("PREPD_BAL", "type_cast"), "data_allowance_gb": ("DATA_ALWNC_MB", "unit"),
             "unlimited_data": ("DATA_ALWNC_MB", "value_map"), "data_used_gb": ("DATA_USED_KB", "unit"),
             "contract_end_date": ("CNTRCT_END_DT", "date_format"), "ported_in": ("PORT_IN_FLG", "value_map"),
             "marketing_consent": ("MKT_OPT_OUT", "value_map"), "imei": ("DEV_IMEI", "atomic"),
             "device_model": ("HNDST_MDL", "atomic"), "roaming_enabled": ("ROAM_ENBL", "value_map"),
             "last_topup_at": ("LAST_TOPUP_TS", "date_format"), "billing_cycle_day": ("BILL_CYC_DAY", "type_cast"),
             "network_generation": ("NTWK_TECH", "value_map")}
    assert set(kinds) == set(mapped)
    for t, (src, kind) in kinds.items():
        p.m(t, src, kind)
    for name, _, _ in WIDE_UNMAPPED:
        p.m(name, [], "unmapped")
    p.key_src, p.key_tgt = ["SUB_ID"], ["subscriber_id"]

    def row(rng, i):
        loc = rng.choice(["en_GB", "en_GB", "en_GB", "en_US"])
        per = gc.person(rng, loc)
        fu, lu = per["first"].upper(), per["last"].upper()
        first, last = mc.title_name(fu), mc.title_name(lu)
        sub_id = 100000 + i * 13 + rng.randint(0, 9)
        n = "7" + rng.choice(["4", "5", "7", "8", "9"]) + gc.digits(rng, 8)
        msisdn = rng.choice([f"44{n}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"0044{n}", f"44{n}"])
        dob = gc.rand_date(rng, dt.date(1945, 1, 1), dt.date(2007, 12, 31))
        email = gc.email_for(rng, per["first"], per["last"], ["btinternet.com", "gmail.com", "yahoo.co.uk",
                                                               "outlook.com", "sky.com"])
        outc, town = rng.choice(UK_OUT)
        pc = f"{outc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        r = rng.random()
        pc_s = pc if r < 0.4 else (pc.replace(" ", "") if r < 0.7 else pc.lower().replace(" ", ""))
        plan = rng.choice(list(plans))
        ptype, allow, months = plans[plan]
        status = rng.choices(list(stat), [70, 8, 12, 10])[0]
        act = gc.rand_date(rng, dt.date(2015, 1, 1), dt.date(2024, 10, 31))
        deact = gc.rand_date(rng, act + dt.timedelta(days=30), dt.date(2024, 12, 31)) if status == "TERMINATED" \
            else None
        fee_p = 0 if ptype == "PREPAID" else rng.choice([1000, 1250, 1500, 1800, 2250, 2999, 3500, 4200])
        bal = D(rng.randint(0, 4000)) / 100 if ptype == "PREPAID" else None
        bal_s = "" if bal is None else rng.choice([str(bal.normalize()) if bal else "0", f"{bal:.2f}"])
        used_kb = rng.randint(0, (allow or 80000) * 1024)
        cend = None
        if months:
            renew = gc.rand_date(rng, max(act, dt.date(2022, 1, 1)), dt.date(2024, 10, 31))
            cend = (add_year(renew) if months == 12 else add_year(add_year(renew))) - dt.timedelta(days=1)
        mkt = rng.choice([True, False, None])
        topup = gc.rand_ts(rng, dt.datetime(2024, 1, 1), dt.datetime(2024, 12, 31)) if ptype == "PREPAID" and \
            rng.random() < 0.85 else None
        tacs = ["35332211", "35291011", "35864512", "86769803", "35489310", "01234856"]
        imei = luhn_full(rng.choice(tacs) + gc.digits(rng, 6))
        t_gen = rng.choices(list(tech), [8, 52, 40])[0]
        s = {
            "SUB_ID": f"{sub_id:010d}", "MSISDN": msisdn, "IMSI": "23415" + gc.digits(rng, 10),
            "ICCID": luhn_full("8944" + gc.digits(rng, 15)), "CUST_FRST_NM": fu, "CUST_LST_NM": lu,
            "CUST_DOB": dob.strftime("%Y%m%d"), "EMAIL_ADDR": email.upper() if rng.random() < 0.7 else email,
            "ADDR_LN1": f"{rng.randint(1, 240)} {rng.choice(STREETS_UK)}", "POST_TWN": town, "PSTCD": pc_s,
            "ACT_DT": act.strftime("%Y%m%d"), "DEACT_DT": deact.strftime("%Y%m%d") if deact else "00000000",
            "STAT_CD": stat[status], "PLAN_CD": plan, "MRC_PNC": str(fee_p), "PREPD_BAL": bal_s,
            "DATA_ALWNC_MB": "999999" if allow is None else str(allow), "DATA_USED_KB": str(used_kb),
            "CNTRCT_END_DT": f"{cend.day:02d}-{mc.EN_MON[cend.month - 1].upper()}-{cend.year}" if cend else "",
            "PORT_IN_FLG": rng.choice("YNNN"), "MKT_OPT_OUT": "" if mkt is None else ("N" if mkt else "Y"),
            "DEV_IMEI": imei, "HNDST_MDL": rng.choice(models), "ROAM_ENBL": rng.choice("1100"),
            "LAST_TOPUP_TS": topup.strftime("%Y-%m-%d %H:%M:%S.000000") if topup else "",
            "BILL_CYC_DAY": f"{rng.randint(1, 28):02d}", "NTWK_TECH": pick(rng, tech, t_gen),
            "CELL_ID_LAST": f"{rng.randint(10000, 65535)}-{rng.randint(1, 255)}",
            "CRTD_BY": rng.choice(["MIGR_2019", "BATCH01", "CRM_API", "POS"]),
            "UPD_TS": gc.rand_ts(rng, dt.datetime(2024, 11, 1), dt.datetime(2024, 12, 31)).strftime(
                "%Y-%m-%d %H:%M:%S.000000"),
            "REC_VER": str(rng.randint(1, 40)), "SRC_SYS": rng.choice(["BSCS", "AMD", "BSCS", "GENEVA"]),
            "CHK_SUM": gc.hexstr(rng, 8).upper(),
        }
        t = {"subscriber_id": sub_id, "msisdn_e164": f"+44{n}", "imsi": s["IMSI"], "iccid": s["ICCID"],
             "first_name": first, "last_name": last, "full_name": f"{first} {last}", "date_of_birth": dob.isoformat(),
             "email": email.lower(), "address_line1": s["ADDR_LN1"], "city": town, "postcode": pc,
             "activation_date": act.isoformat(), "deactivation_date": deact.isoformat() if deact else None,
             "status": status, "plan_type": ptype, "monthly_fee": q(D(fee_p) / 100),
             "prepaid_balance": q(bal) if bal is not None else None,
             "data_allowance_gb": q(D(allow) / 1024) if allow else None, "unlimited_data": allow is None,
             "data_used_gb": q(D(used_kb) / 1048576), "contract_end_date": cend.isoformat() if cend else None,
             "ported_in": s["PORT_IN_FLG"] == "Y", "marketing_consent": mkt, "imei": imei,
             "device_model": s["HNDST_MDL"], "roaming_enabled": s["ROAM_ENBL"] == "1",
             "last_topup_at": topup.isoformat() if topup else None, "billing_cycle_day": int(s["BILL_CYC_DAY"]),
             "network_generation": t_gen}
        return s, t

    p.row = row
    p.n_examples = 2
    return p


# =============================================================================================
# 3. Turkish pharmacy dispensing (e-reçete lines)
# =============================================================================================
TR_MONTH = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
            "Aralık"]


def tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


# invented products: (name on the box, strength in mg, box price TRY)
TR_DRUGS = [("NEVRALİN 500 MG 20 TABLET", 500, "38.90"), ("KLAVUMEK 1000 MG 14 FİLM TABLET", 1000, "112.45"),
            ("DEKSOFEN 25 MG 20 FİLM TABLET", 25, "64.30"), ("KARDİYASPİN 100 MG 30 TABLET", 100, "27.15"),
            ("GLİMETRİN 850 MG 100 FİLM TABLET", 850, "96.80"), ("PANTOZEK 40 MG 28 TABLET", 40, "143.60"),
            ("NAPROMAKS 550 MG 20 TABLET", 550, "71.25"), ("ALERJİNOL 5 MG 20 TABLET", 5, "58.40"),
            ("METOKLOR 10 MG 30 TABLET", 10, "22.75"), ("AMLOTEN 5 MG 30 TABLET", 5, "49.95"),
            ("SEFUROK 500 MG 10 TABLET", 500, "131.20"), ("İBUPROMAKS 400 MG 20 TABLET", 400, "41.60"),
            ("LEVOTİR 0,1 MG 50 TABLET", D("0.1"), "35.10"), ("ATORVEN 20 MG 30 TABLET", 20, "187.35"),
            ("PARASET 1000 MG 10 EFERVESAN", 1000, "44.00")]


def pair_recete() -> Pair:
    p = Pair(SPLIT, "recete_tr_to_pharmacy_dispensing",
             "Turkish pharmacy dispensing lines (e-reçete): two-column key (Reçete No, Sıra); 'AYŞE YILMAZ' / "
             "'İBRAHİM ÖZTÜRK' in Turkish capitals -> given/family name with Turkish casing (İ/ı); Cinsiyet "
             "E/K/Erkek/Kadın while SGK uses E/H for Evet/Hayır; strengths '500 mg', '0,5 g', '100 mcg' -> mg; "
             "'2 kutu' / 'iki' -> 2; '₺1.245,50' / '45,60 TL'; Turkish month names; prescription colours.",
             "pharmacy_dispensing", 232, 60603)
    p.src_cols = ["Reçete No", "Sıra", "Hasta Adı Soyadı", "TC Kimlik No", "Doğum Tarihi", "Cinsiyet",
                  "İlaç Barkodu", "İlaç Adı", "Etken Madde Miktarı", "Adet", "Birim Fiyat", "Toplam Tutar",
                  "Katılım Payı", "SGK Karşılıyor", "Rapor", "Reçete Türü", "İşlem Tarihi", "Doktor", "Diploma No",
                  "Açıklama"]
    sex_v = {"M": ["E", "Erkek", "ERKEK", "Bay"], "F": ["K", "Kadın", "KADIN", "Bayan"]}
    color = {"NORMAL": ["Normal", "Beyaz", "NORMAL"], "RED": ["Kırmızı", "KIRMIZI"], "GREEN": ["Yeşil", "YEŞİL"],
             "PURPLE": ["Mor"], "ORANGE": ["Turuncu"]}
    p.tgt_cols = [
        C("prescription_id", "string", "id.record_id", key=True, nullable=False, regex=r"^[0-9A-Z]{7}$"),
        C("line_no", "int", key=True, nullable=False),
        C("patient_first_name", "string", "person.first_name", nullable=False,
          description="Turkish title case: İBRAHİM -> İbrahim, IŞIK -> Işık (dotted İ/i and dotless I/ı kept)"),
        C("patient_last_name", "string", "person.last_name", nullable=False, description="Turkish title case"),
        C("national_id", "string", "id.national_id", regex=r"^\d{11}$", description="T.C. kimlik no, 11 digits"),
        C("birth_date", "date", "person.date_of_birth"),
        C("gender", "string", "person.gender", allowed_values=["F", "M"]),
        C("gtin", "string", "id.ean", regex=r"^\d{13}$"),
        C("product_name", "string", "text.product_name"),
        C("strength_mg", "decimal", "qty.mass", description="active ingredient per unit in mg, 3 places"),
        C("quantity_boxes", "int", "qty.count"),
        C("unit_price", "decimal", "money.unit_price", description="TRY per box, 2 places"),
        C("line_total", "decimal", "money.amount", description="TRY, 2 places"),
        C("patient_copay", "decimal", "money.amount", description="TRY, 2 places"),
        C("reimbursed", "bool", "flag.boolean", description="paid by SGK (social security)"),
        C("requires_report", "bool", "flag.boolean", description="dispensed against a medical report"),
        C("prescription_color", "string", "text.category", allowed_values=list(color)),
        C("dispensed_at", "datetime", "datetime.timestamp", description="local time"),
        C("pharmacy_gln", "string"),
        C("icd10_code", "string"),
    ]
    pairs = [("prescription_id", "Reçete No", "atomic"), ("line_no", "Sıra", "atomic"),
             ("patient_first_name", "Hasta Adı Soyadı", "decompose"),
             ("patient_last_name", "Hasta Adı Soyadı", "decompose"), ("national_id", "TC Kimlik No", "reformat"),
             ("birth_date", "Doğum Tarihi", "date_format"), ("gender", "Cinsiyet", "value_map"),
             ("gtin", "İlaç Barkodu", "atomic"), ("product_name", "İlaç Adı", "atomic"),
             ("strength_mg", "Etken Madde Miktarı", "unit"), ("quantity_boxes", "Adet", "type_cast"),
             ("unit_price", "Birim Fiyat", "reformat"), ("line_total", "Toplam Tutar", "reformat"),
             ("patient_copay", "Katılım Payı", "reformat"), ("reimbursed", "SGK Karşılıyor", "value_map"),
             ("requires_report", "Rapor", "value_map"), ("prescription_color", "Reçete Türü", "value_map"),
             ("dispensed_at", "İşlem Tarihi", "date_format")]
    for t, s_, k in pairs:
        p.m(t, s_, k)
    p.m("pharmacy_gln", [], "unmapped")
    p.m("icd10_code", [], "unmapped")
    p.key_src, p.key_tgt = ["Reçete No", "Sıra"], ["prescription_id", "line_no"]
    rx_alpha = string.ascii_uppercase + string.digits
    barcodes = {}
    state: dict = {"left": 0}
    words = {1: "bir", 2: "iki", 3: "üç"}

    def money(rng, x: Decimal) -> str:
        r = rng.random()
        if r < 0.35:
            return f"₺{mc.eu(x)}"
        if r < 0.75:
            return f"{mc.eu(x)} TL"
        if r < 0.9:
            return mc.eu(x)
        return f"{mc.eu(x, 2, '')} TRY"

    def strength(rng, mg) -> str:
        mg = D(str(mg))
        r = rng.random()
        if mg < 1:
            return rng.choice([f"{mc.eu(mg * 1000, 0, '')} mcg", f"{mc.eu(mg * 1000, 0, '')} µg",
                               f"{str(mg).replace('.', ',')} mg"])
        if mg >= 100 and r < 0.35:
            g = (mg / 1000).normalize()
            return f"{str(g).replace('.', ',')} g"
        return rng.choice([f"{mg} mg", f"{mg}mg", f"{mg} MG"])

    def new_rx(rng, i):
        per = gc.person(rng, "tr_TR")
        state.update(
            rx="".join(rng.choice(rx_alpha) for _ in range(7)), line=0, left=rng.choices([1, 2, 3], [45, 35, 20])[0],
            first=per["first"], last=per["last"], sex=per["sex"], tckn=gc.tr_tckn(rng),
            birth=gc.rand_date(rng, dt.date(1935, 1, 1), dt.date(2020, 12, 31)),
            color=rng.choices(list(color), [82, 6, 6, 3, 3])[0], reimb=rng.random() < 0.85,
            at=dt.datetime.combine(gc.rand_date(rng, dt.date(2024, 1, 2), dt.date(2024, 12, 30)),
                                   dt.time(rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59))),
            doctor=f"Dr. {gc.person(rng, 'tr_TR')['first']} {gc.person(rng, 'tr_TR')['last']}",
            dipl=str(rng.randint(10000, 99999)), upper=rng.random() < 0.65, used=set())

    def row(rng, i):
        if state["left"] == 0 or i >= p.n:
            new_rx(rng, i)
        state["left"] -= 1
        state["line"] += 1
        st = state
        while True:
            name, mg, price = rng.choice(TR_DRUGS)
            if name not in st["used"]:
                break
        st["used"].add(name)
        if name not in barcodes:
            barcodes[name] = gtin13(rng, "869")
        qty = rng.choices([1, 2, 3], [70, 22, 8])[0]
        price = D(price)
        total = price * qty
        report = rng.choice([True, False, False, None])
        copay = (total * D("0.20")).quantize(D("0.01"), rounding=ROUND_HALF_UP) if st["reimb"] else total
        full = f"{st['first']} {st['last']}"
        tck = st["tckn"]
        r = rng.random()
        tck_s = tck if r < 0.75 else (f"{tck[:3]} {tck[3:6]} {tck[6:9]} {tck[9:]}" if r < 0.9 else f"TC{tck}")
        b = st["birth"]
        b_s = rng.choice([f"{b.day:02d}.{b.month:02d}.{b.year}", f"{b.day:02d}.{b.month:02d}.{b.year}",
                          f"{b.day} {TR_MONTH[b.month - 1]} {b.year}", b.isoformat()])
        a = st["at"] + dt.timedelta(seconds=st["line"] * 7)
        a_s = rng.choice([a.strftime("%d.%m.%Y %H:%M:%S"), a.strftime("%d.%m.%Y %H:%M:%S"),
                          f"{a.day} {TR_MONTH[a.month - 1]} {a.year} {a:%H:%M:%S}", a.strftime("%Y-%m-%d %H:%M:%S")])
        qr = rng.random()
        qty_s = str(qty) if qr < 0.5 else (f"{qty} kutu" if qr < 0.75 else (f"{qty} Kutu" if qr < 0.87 else words[qty]))
        s = {"Reçete No": st["rx"], "Sıra": str(st["line"]),
             "Hasta Adı Soyadı": tr_upper(full) if st["upper"] else full, "TC Kimlik No": tck_s,
             "Doğum Tarihi": b_s, "Cinsiyet": pick(rng, sex_v, st["sex"]), "İlaç Barkodu": barcodes[name],
             "İlaç Adı": name, "Etken Madde Miktarı": strength(rng, mg), "Adet": qty_s,
             "Birim Fiyat": money(rng, price), "Toplam Tutar": money(rng, total), "Katılım Payı": money(rng, copay),
             "SGK Karşılıyor": rng.choice(["Evet", "E", "evet", "1"] if st["reimb"] else ["Hayır", "H", "hayır", "0"]),
             "Rapor": "" if report is None else rng.choice(["Var", "Raporlu", "VAR"] if report else
                                                           ["Yok", "Raporsuz", "YOK"]),
             "Reçete Türü": pick(rng, color, st["color"]), "İşlem Tarihi": a_s, "Doktor": st["doctor"],
             "Diploma No": st["dipl"], "Açıklama": rng.choice(["", "", "", "eşdeğer verildi", "hasta yakınına teslim",
                                                               "kısmi teslim", "soğuk zincir"])}
        t = {"prescription_id": st["rx"], "line_no": st["line"], "patient_first_name": st["first"],
             "patient_last_name": st["last"], "national_id": tck, "birth_date": b.isoformat(), "gender": st["sex"],
             "gtin": barcodes[name], "product_name": name, "strength_mg": q(mg, 3), "quantity_boxes": qty,
             "unit_price": q(price), "line_total": q(total), "patient_copay": q(copay), "reimbursed": st["reimb"],
             "requires_report": report, "prescription_color": st["color"], "dispensed_at": a.isoformat()}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 4. Portuguese (PT) school enrolment
# =============================================================================================
PT_M = ["João", "Tiago", "Rodrigo", "Afonso", "Duarte", "Martim", "Tomás", "Gonçalo", "Santiago", "Lourenço",
        "Salvador", "Vasco", "Dinis", "Gaspar", "Simão", "Rafael", "Diogo", "Henrique", "Nuno", "Rúben"]
PT_F = ["Beatriz", "Leonor", "Matilde", "Inês", "Carolina", "Mariana", "Francisca", "Margarida", "Constança",
        "Benedita", "Madalena", "Carlota", "Rita", "Joana", "Teresa", "Lara", "Íris", "Clara", "Mafalda", "Sofia"]
PT_ADULT_M = ["José", "António", "Manuel", "Paulo", "Rui", "Luís", "Jorge", "Pedro", "Carlos", "Fernando"]
PT_ADULT_F = ["Maria", "Ana", "Sandra", "Cláudia", "Patrícia", "Sónia", "Susana", "Cristina", "Helena", "Paula"]
PT_SUR = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
          "Gonçalves", "Lopes", "Marques", "Carvalho", "Almeida", "Ribeiro", "Pinto", "Fonseca", "Teixeira",
          "Magalhães", "Azevedo", "Vieira", "Correia", "Mendes", "Nunes", "Sequeira", "Barbosa"]
PT_CITIES = [("Lisboa", "1"), ("Porto", "40"), ("Vila Nova de Gaia", "44"), ("Braga", "47"), ("Coimbra", "30"),
             ("Faro", "80"), ("Setúbal", "29"), ("Aveiro", "38"), ("Póvoa de Varzim", "449"), ("Funchal", "90"),
             ("Viana do Castelo", "49"), ("Amadora", "27"), ("Ponta Delgada", "95"), ("Évora", "70")]
PT_MONTH = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"]
PT_ORD = ["primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "sétimo", "oitavo", "nono", "décimo",
          "décimo primeiro", "décimo segundo"]


def pt_nif(rng) -> str:
    d = [rng.choice([1, 2, 2, 3])] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(v * (9 - k) for k, v in enumerate(d))
    r = s % 11
    return "".join(map(str, d)) + str(0 if r < 2 else 11 - r)


def pt_date(rng, d: dt.date, long_ok: bool = True) -> str:
    r = rng.random()
    if r < 0.5:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if r < 0.7:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if r < 0.85 or not long_ok:
        return d.isoformat()
    return f"{d.day} de {PT_MONTH[d.month - 1]} de {d.year}"


def pair_matriculas() -> Pair:
    p = Pair(SPLIT, "matriculas_pt_to_enrolment",
             "Portuguese (PT) school enrolment forms: 'Nome Próprio' + 'Apelidos' -> full name; '5.º ano' / "
             "'quinto' / '10º' -> grade; grade + 'Turma' -> class code '05A'; ano letivo '2024/25' -> start year; "
             "NIF with 'PT' prefix/spaces; '4400-123 VILA NOVA DE GAIA' -> postal code + city; telemóvel -> E.164; "
             "escalão ASE A/B/C/1/2/3/'Sem escalão'; Sim/Não; 'Mãe/Pai/Avó' -> relation; a distractor date "
             "(Cartão de Cidadão validity) and a distractor S/N (photo).",
             "student_enrolment", 184, 60604)
    p.src_cols = ["N.º Processo", "Nome Próprio", "Apelidos", "Data de Nascimento", "Sexo", "NIF", "Ano Letivo",
                  "Ano de Escolaridade", "Turma", "Encarregado de Educação", "Parentesco", "Telemóvel EE",
                  "Cód. Postal / Localidade", "Escalão ASE", "NEE", "Transporte Escolar", "Data da Matrícula",
                  "Validade CC", "Foto", "Observações"]
    rel = {"MOTHER": ["Mãe", "mãe", "MÃE", "Mae"], "FATHER": ["Pai", "PAI"], "GRANDPARENT": ["Avó", "Avô", "avó"],
           "OTHER": ["Tio", "Tia", "Outro", "Tutor"]}
    ase = {"A": ["A", "Escalão A", "1"], "B": ["B", "Escalão B", "2"], "C": ["C", "Escalão C", "3"],
           "NONE": ["Sem escalão", "Não tem", "-", "s/ escalão"]}
    p.tgt_cols = [
        C("student_number", "int", "id.record_id", key=True, nullable=False),
        C("first_name", "string", "person.first_name", nullable=False),
        C("last_name", "string", "person.last_name", nullable=False, description="all family names as given"),
        C("full_name", "string", "person.full_name", description="first_name + ' ' + last_name"),
        C("birth_date", "date", "person.date_of_birth"),
        C("gender", "string", "person.gender", allowed_values=["F", "M"]),
        C("tax_id", "string", "id.national_id", regex=r"^\d{9}$", description="Portuguese NIF, 9 digits"),
        C("school_year_start", "int", "datetime.year", description="2024 for school year 2024/2025"),
        C("grade", "int", None, description="1-12"),
        C("class_code", "string", None, regex=r"^\d{2}[A-Z]$", description="two-digit grade + class letter, '05A'"),
        C("guardian_name", "string", "person.full_name"),
        C("guardian_relation", "string", None, allowed_values=list(rel)),
        C("guardian_phone", "string", "contact.mobile_phone", description="E.164"),
        C("postal_code", "string", "address.postal_code", regex=r"^\d{4}-\d{3}$"),
        C("city", "string", "address.city", description="normal case with lower-case particles (Vila Nova de Gaia)"),
        C("social_support_tier", "string", None, allowed_values=list(ase),
          description="ASE escalão; escalão 1/2/3 = A/B/C"),
        C("special_needs", "bool", "flag.boolean"),
        C("school_transport", "bool", "flag.boolean"),
        C("enrolment_date", "date", "datetime.date"),
        C("email", "string", "contact.email"),
        C("previous_school", "string", "org.company_name"),
    ]
    for t, s_, k in [("student_number", "N.º Processo", "type_cast"), ("first_name", "Nome Próprio", "atomic"),
                     ("last_name", "Apelidos", "atomic"), ("full_name", ["Nome Próprio", "Apelidos"], "compose"),
                     ("birth_date", "Data de Nascimento", "date_format"), ("gender", "Sexo", "value_map"),
                     ("tax_id", "NIF", "reformat"), ("school_year_start", "Ano Letivo", "type_cast"),
                     ("grade", "Ano de Escolaridade", "value_map"),
                     ("class_code", ["Ano de Escolaridade", "Turma"], "compose"),
                     ("guardian_name", "Encarregado de Educação", "atomic"),
                     ("guardian_relation", "Parentesco", "value_map"), ("guardian_phone", "Telemóvel EE", "reformat"),
                     ("postal_code", "Cód. Postal / Localidade", "decompose"),
                     ("city", "Cód. Postal / Localidade", "decompose"), ("social_support_tier", "Escalão ASE", "value_map"),
                     ("special_needs", "NEE", "value_map"), ("school_transport", "Transporte Escolar", "value_map"),
                     ("enrolment_date", "Data da Matrícula", "date_format"), ("email", [], "unmapped"),
                     ("previous_school", [], "unmapped")]:
        p.m(t, s_, k)
    p.key_src, p.key_tgt = ["N.º Processo"], ["student_number"]

    def row(rng, i):
        sex = rng.choice("MF")
        first = rng.choice(PT_M if sex == "M" else PT_F)
        mother_sur, father_sur = rng.sample(PT_SUR, 2)
        last = f"{mother_sur} {father_sur}" if rng.random() < 0.8 else father_sur
        grade = rng.randint(1, 12)
        year = rng.choice([2023, 2024, 2024, 2025])
        birth = gc.rand_date(rng, dt.date(year - grade - 6, 1, 1), dt.date(year - grade - 6, 12, 31))
        nif = pt_nif(rng)
        relation = rng.choices(list(rel), [55, 30, 8, 7])[0]
        rel_s = pick(rng, rel, relation)
        if relation == "MOTHER" or rel_s in ("Avó", "avó", "Tia"):
            g_first = rng.choice(PT_ADULT_F)
        else:
            g_first = rng.choice(PT_ADULT_M)
        g_last = {"MOTHER": f"{rng.choice(PT_SUR)} {mother_sur}", "FATHER": f"{rng.choice(PT_SUR)} {father_sur}"}.get(
            relation, rng.choice(PT_SUR))
        n = "9" + rng.choice("1236") + gc.digits(rng, 7)
        ph = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"00351{n}", n,
                         f"(+351) {n}"])
        city, pre = rng.choice(PT_CITIES)
        pc4 = pre + gc.digits(rng, 4 - len(pre))
        pc = f"{pc4}-{gc.digits(rng, 3)}"
        c_s = city.upper() if rng.random() < 0.5 else city
        loc = rng.choice([f"{pc} {c_s}", f"{pc} {c_s}", f"{pc}, {c_s}", f"{pc} - {c_s}"])
        letter = rng.choice("ABCDEF")
        g_s = rng.choice([f"{grade}.º ano", f"{grade}.º", f"{grade}º", f"{grade}º ano", PT_ORD[grade - 1],
                          f"{grade}.º Ano"])
        ly = rng.choice([f"{year}/{year + 1}", f"{year}/{(year + 1) % 100}", f"{year % 100}/{(year + 1) % 100}",
                         f"{year}-{year + 1}"])
        tier = rng.choices(list(ase), [15, 15, 5, 65])[0]
        nee = rng.random() < 0.08
        tr = rng.choice([True, False, False, None])
        enr = gc.rand_date(rng, dt.date(year, 5, 2), dt.date(year, 9, 15))
        r = rng.random()
        nif_s = nif if r < 0.5 else (f"PT{nif}" if r < 0.7 else (f"PT {nif}" if r < 0.8 else
                                                                 f"{nif[:3]} {nif[3:6]} {nif[6:]}"))
        pn = 1000 + i * 3 + rng.randint(0, 2)
        s = {"N.º Processo": rng.choice([str(pn), f"{pn:06d}", f"P-{pn}"]), "Nome Próprio": first, "Apelidos": last,
             "Data de Nascimento": pt_date(rng, birth), "Sexo": rng.choice([sex, "Masculino" if sex == "M"
                                                                            else "Feminino", sex.lower()]),
             "NIF": nif_s, "Ano Letivo": ly, "Ano de Escolaridade": g_s, "Turma": letter,
             "Encarregado de Educação": f"{g_first} {g_last}", "Parentesco": rel_s,
             "Telemóvel EE": ph, "Cód. Postal / Localidade": loc, "Escalão ASE": pick(rng, ase, tier),
             "NEE": rng.choice(["Sim", "S", "sim"] if nee else ["Não", "N", "não", "Nao"]),
             "Transporte Escolar": "" if tr is None else rng.choice(["Sim", "S"] if tr else ["Não", "N"]),
             "Data da Matrícula": pt_date(rng, enr, long_ok=False),
             "Validade CC": pt_date(rng, gc.rand_date(rng, dt.date(2025, 1, 1), dt.date(2031, 12, 31)), False),
             "Foto": rng.choice(["S", "N", "S", "S"]),
             "Observações": rng.choice(["", "", "", "Transferido de outra escola", "Alergia a frutos secos",
                                        "Irmão na turma 7.ºB", "Pais separados - ver processo", "Aulas de Apoio"])}
        t = {"student_number": pn, "first_name": first, "last_name": last, "full_name": f"{first} {last}",
             "birth_date": birth.isoformat(), "gender": sex, "tax_id": nif, "school_year_start": year, "grade": grade,
             "class_code": f"{grade:02d}{letter}", "guardian_name": f"{g_first} {g_last}",
             "guardian_relation": relation, "guardian_phone": f"+351{n}", "postal_code": pc, "city": city,
             "social_support_tier": tier, "special_needs": nee, "school_transport": tr,
             "enrolment_date": enr.isoformat()}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 5. E-commerce returns (RMA) from an Access/VB application with Hungarian-notation columns
# =============================================================================================
def pair_rma() -> Pair:
    p = Pair(SPLIT, "rma_hungarian_to_return_case",
             "E-commerce returns from an Access/VB back office with Hungarian-notation headers (lngRMAID, "
             "strCustName, dtmRequested, curRefundAmt, ysnRestocked): 'Mrs. Jane Doe' -> salutation/first/last; "
             "Access booleans -1/0/True/False; day-first 'dd/mm/yyyy hh:nn:ss'; '£25.98' / '25,98 €' / 'USD 25.98' "
             "-> amount + currency; free-text return reasons -> reason codes; carrier synonyms (Hermes = Evri); "
             "lb -> kg; SKU case/spaces; a distractor creation timestamp next to the request time.",
             "return_case", 204, 60605)
    p.src_cols = ["lngRMAID", "strOrderNo", "strCustName", "strCustEmail", "dtmRequested", "dtmCreated",
                  "dtmReceived", "strSKU", "intQty", "curUnitPrice", "curRefundAmt", "strReason", "bytCondition",
                  "ysnRestocked", "strCarrier", "strTrackNo", "dblWeightLb", "strAgent", "lngOldRMA", "memNotes"]
    sal = {"MR": ["Mr", "Mr.", "MR"], "MRS": ["Mrs", "Mrs."], "MS": ["Ms", "Ms."], "MISS": ["Miss"],
           "DR": ["Dr", "Dr."]}
    reason = {"SIZE": ["Too small", "too big", "Wrong size", "doesn't fit", "size 10 too tight"],
              "DAMAGED": ["Arrived damaged", "box crushed", "Broken on arrival", "smashed in transit"],
              "FAULTY": ["Faulty", "stopped working after 2 days", "Defective", "won't switch on"],
              "WRONG_ITEM": ["Wrong item sent", "received wrong colour", "not what I ordered"],
              "NOT_AS_DESCRIBED": ["Not as described", "colour differs from photo", "material not as advertised"],
              "CHANGED_MIND": ["Changed my mind", "no longer needed", "ordered by mistake", "found it cheaper"],
              "LATE": ["Arrived too late", "late delivery - gift missed"]}
    cond = {1: "NEW", 2: "LIKE_NEW", 3: "USED", 4: "DAMAGED"}
    carrier = {"ROYAL_MAIL": ["Royal Mail", "RM", "royalmail", "Royal Mail Tracked 48"],
               "DPD": ["DPD", "dpd local", "DPD Pickup"], "EVRI": ["Evri", "Hermes", "Hermes UK", "EVRI"],
               "UPS": ["UPS", "ups"], "INPOST": ["InPost", "Inpost locker"]}
    p.tgt_cols = [
        C("return_id", "int", "id.record_id", key=True, nullable=False),
        C("order_number", "string", "id.order_number", nullable=False),
        C("salutation", "string", "person.salutation", allowed_values=list(sal)),
        C("first_name", "string", "person.first_name"),
        C("last_name", "string", "person.last_name"),
        C("email", "string", "contact.email", description="lower case"),
        C("requested_at", "datetime", "datetime.timestamp",
          description="when the customer raised the return (local UK time)"),
        C("received_date", "date", "datetime.date", description="parcel received at the warehouse"),
        C("sku", "string", "id.sku", regex=r"^[A-Z]{2}-\d{4}-[A-Z0-9]{1,3}$", description="upper case, no spaces"),
        C("quantity", "int", "qty.count"),
        C("unit_price", "decimal", "money.unit_price", description="in the refund currency, 2 places"),
        C("refund_amount", "decimal", "money.amount", description="2 places"),
        C("refund_currency", "string", "iso.currency_code", allowed_values=["GBP", "EUR", "USD"]),
        C("reason_code", "string", "text.category", allowed_values=list(reason)),
        C("item_condition", "string", None, allowed_values=list(cond.values()),
          description="1 = unopened, 2 = opened but like new, 3 = used, 4 = damaged"),
        C("restocked", "bool", "flag.boolean"),
        C("carrier", "string", "org.company_name", allowed_values=list(carrier)),
        C("tracking_number", "string", "id.tracking_number"),
        C("parcel_weight_kg", "decimal", "qty.mass", description="kg, 3 places"),
        C("refund_method", "string"),
        C("label_url", "string", "web.url"),
    ]
    for t, s_, k in [("return_id", "lngRMAID", "atomic"), ("order_number", "strOrderNo", "atomic"),
                     ("salutation", "strCustName", "decompose"), ("first_name", "strCustName", "decompose"),
                     ("last_name", "strCustName", "decompose"), ("email", "strCustEmail", "reformat"),
                     ("requested_at", "dtmRequested", "date_format"), ("received_date", "dtmReceived", "date_format"),
                     ("sku", "strSKU", "reformat"), ("quantity", "intQty", "atomic"),
                     ("unit_price", "curUnitPrice", "type_cast"), ("refund_amount", "curRefundAmt", "decompose"),
                     ("refund_currency", "curRefundAmt", "decompose"), ("reason_code", "strReason", "value_map"),
                     ("item_condition", "bytCondition", "value_map"), ("restocked", "ysnRestocked", "value_map"),
                     ("carrier", "strCarrier", "value_map"), ("tracking_number", "strTrackNo", "atomic"),
                     ("parcel_weight_kg", "dblWeightLb", "unit"), ("refund_method", [], "unmapped"),
                     ("label_url", [], "unmapped")]:
        p.m(t, s_, k)
    p.key_src, p.key_tgt = ["lngRMAID"], ["return_id"]

    def track(rng, c: str) -> str:
        if c == "ROYAL_MAIL":
            return f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(2))}{gc.digits(rng, 9)}GB"
        if c == "DPD":
            return gc.digits(rng, 14)
        if c == "EVRI":
            return "H" + gc.token(rng, 15, string.ascii_uppercase + string.digits)
        if c == "UPS":
            return "1Z" + gc.token(rng, 16, string.ascii_uppercase + string.digits)
        return gc.digits(rng, 24)

    def row(rng, i):
        per = gc.person(rng, rng.choice(["en_GB", "en_GB", "en_US"]))
        first, last = per["first"], per["last"]
        salut = None if rng.random() < 0.2 else (
            "DR" if rng.random() < 0.08 else ("MR" if per["sex"] == "M" else rng.choice(["MRS", "MS", "MS", "MISS"])))
        name = f"{pick(rng, sal, salut)} {first} {last}" if salut else f"{first} {last}"
        email = gc.email_for(rng, first, last, ["gmail.com", "hotmail.co.uk", "icloud.com", "btinternet.com",
                                                 "yahoo.com"])
        req = gc.rand_ts(rng, dt.datetime(2024, 1, 3, 7, 0), dt.datetime(2024, 12, 20, 23, 0))
        created = req + dt.timedelta(seconds=rng.randint(5, 86400 * 2))
        rcv = (req + dt.timedelta(days=rng.randint(2, 12))).date() if rng.random() < 0.8 else None
        size = rng.choice(["XS", "S", "M", "L", "XL", "XXL", "8", "10", "12", "42", "OS"])
        sku = f"{rng.choice(['AB', 'KT', 'SH', 'DR', 'JK', 'HM', 'TL'])}-{rng.randint(1000, 9999)}-{size}"
        r = rng.random()
        sku_s = sku if r < 0.5 else (sku.lower() if r < 0.75 else (f" {sku} " if r < 0.85 else sku.replace("-", " - ")))
        qty = rng.choices([1, 2, 3], [80, 15, 5])[0]
        cur = rng.choices(["GBP", "EUR", "USD"], [60, 30, 10])[0]
        price = D(rng.randint(399, 18999)) / 100
        rc = rng.choice(list(reason))
        refund = price * qty
        if rc == "CHANGED_MIND":
            refund = (refund * D("0.9")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        ref = f"{refund:.2f}"
        ref_s = {"GBP": [f"£{ref}", f"{ref} GBP", f"GBP {ref}", f"£{mc.us(refund)}"],
                 "EUR": [f"€{ref}", f"{mc.eu(refund)} €", f"EUR {ref}"],
                 "USD": [f"${ref}", f"USD {ref}", f"US$ {mc.us(refund)}"]}[cur]
        c = rng.choice([1, 1, 2, 2, 3, 4])
        restock = c <= 2 if rng.random() < 0.9 else None
        rs = "" if restock is None else (rng.choice(["-1", "True", "-1"]) if restock else rng.choice(["0", "False"]))
        carr = rng.choice(list(carrier))
        lb = D(rng.randint(2, 180)) / 10
        s = {"lngRMAID": str(50000 + i), "strOrderNo": f"{req:%y%m}-{rng.randint(10000, 99999)}",
             "strCustName": name, "strCustEmail": email.upper() if rng.random() < 0.25 else email,
             "dtmRequested": rng.choice([req.strftime("%d/%m/%Y %H:%M:%S"), req.strftime("%d/%m/%Y %H:%M:%S"),
                                         req.strftime("%Y-%m-%d %H:%M:%S")]),
             "dtmCreated": created.strftime("%d/%m/%Y %H:%M:%S"),
             "dtmReceived": "" if rcv is None else rng.choice([rcv.strftime("%d/%m/%Y"), rcv.isoformat()]),
             "strSKU": sku_s, "intQty": str(qty), "curUnitPrice": rng.choice([f"{price:.2f}", f"{price:.4f}"]),
             "curRefundAmt": rng.choice(ref_s), "strReason": pick(rng, reason, rc), "bytCondition": str(c),
             "ysnRestocked": rs, "strCarrier": pick(rng, carrier, carr), "strTrackNo": track(rng, carr),
             "dblWeightLb": str(lb), "strAgent": rng.choice(["jdoe", "asingh", "mkowalski", "system", "tbrown"]),
             "lngOldRMA": rng.choice(["0", "0", "0", str(rng.randint(40000, 49999))]),
             "memNotes": rng.choice(["", "", "", "Customer called twice", "Refund to gift card?", "Label reissued",
                                     "Partial refund agreed", "Photo evidence received"])}
        t = {"return_id": 50000 + i, "order_number": s["strOrderNo"], "salutation": salut, "first_name": first,
             "last_name": last, "email": email.lower(), "requested_at": req.isoformat(),
             "received_date": rcv.isoformat() if rcv else None, "sku": sku, "quantity": qty, "unit_price": q(price),
             "refund_amount": q(refund), "refund_currency": cur, "reason_code": rc, "item_condition": cond[c],
             "restocked": restock, "carrier": carr, "tracking_number": s["strTrackNo"],
             "parcel_weight_kg": q(lb * D("0.45359237"), 3)}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 6. Fleet maintenance with misleading headers
# =============================================================================================
def pair_fleet() -> Pair:
    p = Pair(SPLIT, "fleet_misleading_to_service_event",
             "misleading headers in a UK fleet-maintenance sheet: `vin` holds the work-order number, `plate` the "
             "VIN, `driver` the registration, `cost` the odometer ('48,213 mi' / '77 592 km'), `mileage` the "
             "invoice total, `status` the service type, `type` the job status, `email` the garage, `phone` the "
             "driver's e-mail, `km` the labour hours, `notes` the fuel type, `name` the cost centre; "
             "'Mar 2025' -> '2025-03'; genuine free-text `remarks` is a distractor.",
             "fleet_service_event", 163, 60606)
    p.src_cols = ["vin", "plate", "driver", "created", "status", "type", "cost", "mileage", "km", "email", "owner",
                  "phone", "notes", "name", "updated", "remarks", "tmp"]
    stype = {"FULL_SERVICE": ["Full service", "FULL SVC", "Major service"], "INTERIM": ["Interim", "Interim service",
                                                                                      "Minor service"],
             "MOT": ["MOT", "MOT test", "M.O.T."], "TYRES": ["Tyres x2", "Tyres x4", "Tyre replacement"],
             "BRAKES": ["Brake pads", "Brakes front", "Discs & pads"],
             "REPAIR": ["Repair", "Bodywork repair", "Windscreen", "Clutch replacement"]}
    jstat = {"COMPLETED": ["Done", "Completed", "Closed", "complete"], "OPEN": ["Open", "Booked"],
             "IN_PROGRESS": ["WIP", "In progress"], "WAITING_PARTS": ["Awaiting parts", "Parts on order"]}
    fuel = {"DIESEL": ["Diesel", "D", "DSL"], "PETROL": ["Petrol", "P", "Unleaded"],
            "ELECTRIC": ["EV", "BEV", "Electric"], "HYBRID": ["Hybrid", "PHEV", "HEV"]}
    garages = ["Hartley & Sons Motors Ltd", "Northgate Autocentre", "Pennine Commercials Ltd", "Bridge Street Garage",
               "Severnside Van Services", "Thistle Fleet Care Ltd", "A1 Tyre & Exhaust"]
    p.tgt_cols = [
        C("work_order_id", "int", "id.record_id", key=True, nullable=False, description="numeric part of WO-nnnnnn"),
        C("vin", "string", "id.vin", nullable=False, regex=r"^[A-HJ-NPR-Z0-9]{17}$"),
        C("registration", "string", "id.license_plate", regex=r"^[A-Z]{2}\d{2}[A-Z]{3}$",
          description="UK registration, upper case, no space"),
        C("service_date", "date", "datetime.date"),
        C("service_type", "string", "text.category", allowed_values=list(stype)),
        C("job_status", "string", "status.record_status", allowed_values=list(jstat)),
        C("odometer_km", "int", "qty.length", description="km, rounded half-up (1 mi = 1.609344 km)"),
        C("total_cost", "decimal", "money.amount", description="GBP incl. VAT, 2 places"),
        C("labour_hours", "decimal", "qty.duration", description="2 places"),
        C("workshop_name", "string", "org.company_name"),
        C("driver_name", "string", "person.full_name"),
        C("driver_email", "string", "contact.email"),
        C("fuel_type", "string", None, allowed_values=list(fuel)),
        C("cost_center", "string", "org.cost_center"),
        C("next_service_month", "string", "datetime.month", regex=r"^\d{4}-\d{2}$", description="YYYY-MM"),
        C("warranty_claim", "bool", "flag.boolean"),
        C("invoice_number", "string", "id.invoice_number"),
        C("co2_g_per_km", "int"),
    ]
    for t, s_, k in [("work_order_id", "vin", "type_cast"), ("vin", "plate", "atomic"),
                     ("registration", "driver", "reformat"), ("service_date", "created", "date_format"),
                     ("service_type", "status", "value_map"), ("job_status", "type", "value_map"),
                     ("odometer_km", "cost", "unit"), ("total_cost", "mileage", "reformat"),
                     ("labour_hours", "km", "type_cast"), ("workshop_name", "email", "atomic"),
                     ("driver_name", "owner", "atomic"), ("driver_email", "phone", "atomic"),
                     ("fuel_type", "notes", "value_map"), ("cost_center", "name", "atomic"),
                     ("next_service_month", "updated", "date_format"), ("warranty_claim", [], "unmapped"),
                     ("invoice_number", [], "unmapped"), ("co2_g_per_km", [], "unmapped")]:
        p.m(t, s_, k)
    p.key_src, p.key_tgt = ["vin"], ["work_order_id"]
    fleet: list[dict] = []

    def vehicle(rng):
        per = gc.person(rng, "en_GB")
        return {"vin": vin(rng), "plate": uk_plate(rng), "fuel": rng.choices(list(fuel), [50, 20, 18, 12])[0],
                "driver": f"{per['first']} {per['last']}",
                "email": gc.email_for(rng, per["first"], per["last"], ["fleet.example.co.uk", "northwindlogistics.co.uk"]),
                "cc": f"CC-{rng.choice([4410, 4420, 4500, 5120, 6030])}", "miles": rng.random() < 0.7,
                "odo": rng.randint(3000, 60000),
                "last": gc.rand_date(rng, dt.date(2022, 6, 1), dt.date(2023, 6, 30))}

    def row(rng, i):
        if i >= p.n:
            v = vehicle(rng)
        else:
            if len(fleet) < 45:
                fleet.append(vehicle(rng))
            v = rng.choice(fleet)
        v["odo"] += rng.randint(800, 9000)
        wo = 18000 + i * 7 + rng.randint(0, 6)
        sdate = v["last"] + dt.timedelta(days=rng.randint(14, 120))
        v["last"] = sdate
        st = rng.choice(list(stype))
        js = rng.choices(list(jstat), [70, 10, 10, 10])[0]
        if v["miles"]:
            odo_s = rng.choice([f"{v['odo']:,} mi", f"{v['odo']} miles", f"{v['odo']:,}mi"])
            km = half_up_int(D(v["odo"]) * D("1.609344"))
        else:
            odo_s = rng.choice([f"{v['odo']:,} km".replace(",", " "), f"{v['odo']} km", f"{v['odo']}km"])
            km = v["odo"]
        cost = D(rng.randint(4500, 250000)) / 100
        hrs = D(rng.randint(2, 32)) / 4
        nm = (sdate.replace(day=1) + dt.timedelta(days=rng.choice([180, 365, 365, 400]))).replace(day=1)
        plate = v["plate"]
        r = rng.random()
        plate_s = plate if r < 0.5 else (plate.replace(" ", "") if r < 0.8 else plate.lower())
        s = {"vin": rng.choice([f"WO-{wo:06d}", f"WO{wo}", f"wo-{wo:06d}"]), "plate": v["vin"], "driver": plate_s,
             "created": sdate.strftime("%d/%m/%Y"), "status": pick(rng, stype, st), "type": pick(rng, jstat, js),
             "cost": odo_s, "mileage": rng.choice([f"£{mc.us(cost)}", f"{cost:.2f}", f"GBP {mc.us(cost)}"]),
             "km": rng.choice([f"{hrs:.2f}", str(hrs.normalize()) if hrs == hrs.to_integral_value() else f"{hrs}"]),
             "email": rng.choice(garages), "owner": v["driver"], "phone": v["email"], "notes": pick(rng, fuel, v["fuel"]),
             "name": v["cc"], "updated": rng.choice([f"{mc.EN_MON[nm.month - 1]} {nm.year}", f"{nm.month:02d}/{nm.year}",
                                                     f"{mc.EN_MONTH[nm.month - 1]} {nm.year}"]),
             "remarks": rng.choice(["", "", "", "Courtesy car supplied", "Advisory: rear tyres 3mm",
                                    "Driver reported noise from nearside", "Recall work done", "Wiper blades replaced"]),
             "tmp": rng.choice(["", "", "x", "1", "chk", "#N/A"])}
        t = {"work_order_id": wo, "vin": v["vin"], "registration": plate.replace(" ", ""),
             "service_date": sdate.isoformat(), "service_type": st, "job_status": js, "odometer_km": km,
             "total_cost": q(cost), "labour_hours": q(hrs), "workshop_name": s["email"], "driver_name": v["driver"],
             "driver_email": v["email"], "fuel_type": v["fuel"], "cost_center": v["cc"],
             "next_service_month": f"{nm.year}-{nm.month:02d}"}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 7. Event ticketing export whose headers say nothing (col_01 .. col_17)
# =============================================================================================
# (code, name, local start, currency, seated, base price)
EVENTS = [("LKS24-D1", "Lakeside Sound Festival - Day 1", dt.datetime(2024, 8, 23, 14, 0), "EUR", False, 69),
          ("LKS24-D2", "Lakeside Sound Festival - Day 2", dt.datetime(2024, 8, 24, 13, 30), "EUR", False, 69),
          ("JZC-0915", "Blue Cellar Jazz Night", dt.datetime(2024, 9, 15, 20, 0), "GBP", True, 28),
          ("OPR-1102", "Die Zauberharfe (Premiere)", dt.datetime(2024, 11, 2, 19, 30), "CHF", True, 95),
          ("KMD-1019", "Stand-up: Late & Loud", dt.datetime(2024, 10, 19, 21, 15), "EUR", True, 32),
          ("HBL-1207", "Handball Cup Final", dt.datetime(2024, 12, 7, 18, 0), "EUR", True, 45),
          ("SYM-0321", "Spring Symphony No. 4", dt.datetime(2025, 3, 21, 19, 0), "GBP", True, 55)]
EN_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def pair_tickets() -> Pair:
    p = Pair(SPLIT, "export_colnn_to_ticket_sale",
             "headers that say nothing (col_01 .. col_17, in no meaningful order) on an event-ticketing export: "
             "'LKS24-D2 | Lakeside Sound Festival - Day 2' -> code + name; seats 'Block B / Row 12 / Seat 7', "
             "'B-12-7', 'Sektion B, Reihe 12, Platz 7', standing 'GA'/'Stehplatz' -> nulls; price with currency in "
             "EUR/GBP/CHF ('45.– CHF'); epoch seconds -> UTC; scan time-of-day + event date -> check-in datetime; "
             "tier and channel synonyms in English/German/Dutch; three distractor columns (hash, batch, gate).",
             "ticket_sale", 246, 60607)
    # semantic -> column name (fixed shuffle)
    sem = ["barcode", "event", "starts", "seat", "price", "fee", "email", "purchased", "tier", "scanned", "scan_time",
           "buyer", "channel", "promo", "hash", "batch", "gate"]
    perm = [9, 3, 14, 6, 1, 12, 16, 4, 10, 7, 2, 15, 8, 13, 5, 11, 17]
    col = {s_: f"col_{n:02d}" for s_, n in zip(sem, perm, strict=True)}
    p.src_cols = [f"col_{n:02d}" for n in range(1, 18)]
    tier = {"VIP": ["VIP", "V.I.P.", "Gold"], "EARLY_BIRD": ["Early Bird", "EB", "Frühbucher", "Vroegboek"],
            "STANDARD": ["Standard", "Regular", "Normal", "Regulier"],
            "CONCESSION": ["Concession", "Student", "Ermäßigt", "Senior", "Korting"]}
    chan = {"WEB": ["web", "online", "Webshop"], "APP": ["app", "iOS", "Android"],
            "BOX_OFFICE": ["box office", "Kasse", "Abendkasse", "Kassa"], "RESELLER": ["reseller", "partner",
                                                                                     "VVK-Stelle"]}
    p.tgt_cols = [
        C("ticket_barcode", "string", "id.record_id", key=True, nullable=False, regex=r"^\d{13}$"),
        C("event_code", "string", None, nullable=False),
        C("event_name", "string", "text.title"),
        C("event_starts_at", "datetime", "datetime.timestamp", description="local time of the venue"),
        C("section", "string", None, description="block letter for seated tickets; null for standing"),
        C("row_number", "int", None), C("seat_number", "int", None),
        C("price", "decimal", "money.amount", description="face value, 2 places"),
        C("currency", "string", "iso.currency_code", allowed_values=["EUR", "GBP", "CHF"]),
        C("booking_fee", "decimal", "money.amount", description="same currency, 2 places"),
        C("buyer_email", "string", "contact.email"),
        C("buyer_name", "string", "person.full_name"),
        C("purchased_at", "datetime", "datetime.timestamp", description="UTC"),
        C("ticket_tier", "string", "text.category", allowed_values=list(tier)),
        C("checked_in", "bool", "flag.boolean"),
        C("checked_in_at", "datetime", "datetime.timestamp", description="local time of the venue"),
        C("sales_channel", "string", None, allowed_values=list(chan)),
        C("promo_code", "string", None),
        C("venue_name", "string", "org.company_name"),
        C("order_id", "string", "id.order_number"),
    ]
    for t, s_, k in [("ticket_barcode", "barcode", "atomic"), ("event_code", "event", "decompose"),
                     ("event_name", "event", "decompose"), ("event_starts_at", "starts", "date_format"),
                     ("section", "seat", "decompose"), ("row_number", "seat", "decompose"),
                     ("seat_number", "seat", "decompose"), ("price", "price", "decompose"),
                     ("currency", "price", "decompose"), ("booking_fee", "fee", "reformat"),
                     ("buyer_email", "email", "atomic"), ("buyer_name", "buyer", "atomic"),
                     ("purchased_at", "purchased", "date_format"), ("ticket_tier", "tier", "value_map"),
                     ("checked_in", "scanned", "value_map"), ("checked_in_at", ["starts", "scan_time"], "compose"),
                     ("sales_channel", "channel", "value_map"), ("promo_code", "promo", "atomic")]:
        p.m(t, [col[x] for x in ([s_] if isinstance(s_, str) else s_)], k)
    p.m("venue_name", [], "unmapped")
    p.m("order_id", [], "unmapped")
    p.key_src, p.key_tgt = [col["barcode"]], ["ticket_barcode"]
    locs = ["de_DE", "nl_NL", "en_GB", "fr_FR", "de_DE", "en_GB"]

    def row(rng, i):
        code, ename, start, cur, seated, base = rng.choice(EVENTS)
        per = gc.person(rng, rng.choice(locs))
        buyer = f"{per['first']} {per['last']}"
        email = gc.email_for(rng, per["first"], per["last"], ["gmail.com", "web.de", "gmx.net", "outlook.com",
                                                               "ziggo.nl", "bluewin.ch"])
        barcode = gtin13(rng, "2" + f"{(i * 7 + 3) % 100000:05d}")
        t_ = rng.choices(list(tier), [10, 20, 55, 15])[0]
        price = D(base) * {"VIP": D("2.5"), "EARLY_BIRD": D("0.8"), "STANDARD": D(1), "CONCESSION": D("0.6")}[t_]
        price = price.quantize(D("0.01"))
        if rng.random() < 0.3:
            price = price.to_integral_value(rounding=ROUND_HALF_UP)
        fee = D(rng.choice([150, 250, 350, 390, 450])) / 100
        ps = f"{price:.2f}"
        if cur == "EUR":
            price_s = rng.choice([f"€{mc.eu(price)}", f"{mc.eu(price)} EUR", f"EUR {ps}", f"{mc.eu(price)} €"])
            fee_s = rng.choice([mc.eu(fee), f"{fee:.2f}"])
        elif cur == "GBP":
            price_s = rng.choice([f"£{ps}", f"GBP {ps}", f"{ps} GBP"])
            fee_s = f"{fee:.2f}"
        else:
            whole = price == price.to_integral_value()
            price_s = rng.choice([f"CHF {ps}", f"{ps} CHF"] + ([f"{int(price)}.– CHF", f"CHF {int(price)}.–"]
                                                               if whole else []))
            fee_s = f"{fee:.2f}"
        if seated:
            blk, rw, st = rng.choice("ABCDEFGH"), rng.randint(1, 32), rng.randint(1, 40)
            seat_s = rng.choice([f"Block {blk} / Row {rw} / Seat {st}", f"{blk}-{rw}-{st}", f"Blk {blk} R{rw} S{st}",
                                 f"Sektion {blk}, Reihe {rw}, Platz {st}"])
        else:
            blk = rw = st = None
            seat_s = rng.choice(["GA", "Stehplatz", "General Admission", "Staanplaats"])
        bought = gc.rand_ts(rng, start - dt.timedelta(days=150), start - dt.timedelta(hours=2))
        epoch = int(bought.replace(tzinfo=dt.UTC).timestamp())  # buyer clock stored as UTC
        scanned = None if rng.random() < 0.05 else rng.random() < 0.78
        scan_at = start - dt.timedelta(seconds=rng.randint(-75 * 60, 120 * 60)) if scanned else None
        promo = rng.choice(["", "", "", "", "EARLY10", "STUDENT", "FRIENDS5", "NEWSLETTER"])
        sr = rng.random()
        start_s = (f"{EN_DOW[start.weekday()]} {start.day} {mc.EN_MON[start.month - 1]} {start.year} {start:%H:%M}"
                   if sr < 0.4 else (start.strftime("%d.%m.%Y %H:%M") if sr < 0.75 else start.strftime("%Y-%m-%dT%H:%M")))
        s = {col["barcode"]: barcode,
             col["event"]: rng.choice([f"{code} | {ename}", f"{code} - {ename}", f"[{code}] {ename}"]),
             col["starts"]: start_s, col["seat"]: seat_s, col["price"]: price_s, col["fee"]: fee_s,
             col["email"]: email, col["purchased"]: str(epoch), col["tier"]: pick(rng, tier, t_),
             col["scanned"]: "" if scanned is None else ("1" if scanned else "0"),
             col["scan_time"]: scan_at.strftime("%H:%M:%S") if scan_at else "", col["buyer"]: buyer,
             col["channel"]: pick(rng, chan, c_ := rng.choices(list(chan), [50, 25, 10, 15])[0]),
             col["promo"]: promo, col["hash"]: gc.hexstr(rng, 32),
             col["batch"]: f"B{rng.randint(1, 60):04d}", col["gate"]: rng.choice(["Gate 1", "Gate 2", "Nord", "Süd",
                                                                                  "Main", ""])}
        t = {"ticket_barcode": barcode, "event_code": code, "event_name": ename, "event_starts_at": start.isoformat(),
             "section": blk, "row_number": rw, "seat_number": st, "price": q(price), "currency": cur,
             "booking_fee": q(fee), "buyer_email": email, "buyer_name": buyer, "purchased_at": bought.isoformat(),
             "ticket_tier": t_, "checked_in": scanned, "checked_in_at": scan_at.isoformat() if scan_at else None,
             "sales_channel": c_, "promo_code": promo or None}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 8. Korean hotel stays / folios
# =============================================================================================
KR_FAM = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
          "송", "류", "홍"]
KR_FAM2 = ["남궁", "제갈", "선우", "황보", "독고"]
KR_GIVEN = ["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "서연", "서윤", "지우", "하은", "민서", "지민",
            "수빈", "영수", "영희", "정호", "미경", "은지", "현우", "성민", "혜진", "동현", "유나"]
JP_GIVEN = ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Misaki"]
JP_FAM = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi"]
CN_GIVEN = ["Wei", "Fang", "Jing", "Lei", "Yan", "Hao", "Xiaoming", "Meiling"]
CN_FAM = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao"]


def kr_ampm(t: dt.datetime) -> str:
    h = t.hour
    ap = "오전" if h < 12 else "오후"
    h12 = h % 12 or 12
    return f"{ap} {h12}:{t.minute:02d}"


def pair_hotel() -> Pair:
    p = Pair(SPLIT, "hotel_kr_to_stay_folio",
             "Korean hotel front-office export with Korean headers: 투숙객명 '김민준' / '남궁 민서' / 'Haruto Sato' -> "
             "family/given name (one- and two-syllable Korean family names, Latin names given-first); "
             "'2024.03.05' / '2024년 3월 5일' / '24.03.05'; '오후 3:20' + check-in date -> datetime; '2박' -> 2; "
             "'₩185,000' / '185,000원' / '18.5만원' -> 185000.00; '1207호' -> 1207; nationality in Korean/English "
             "-> alpha-2; room types, payment and booking channels in Korean; 010 mobiles -> E.164.",
             "stay_folio", 172, 60608)
    p.src_cols = ["예약번호", "투숙객명", "국적", "연락처", "체크인", "체크아웃", "박수", "입실시각", "객실번호",
                  "객실유형", "인원", "조식", "객실요금", "합계금액", "결제수단", "예약경로", "차량번호", "담당자", "비고"]
    nat = {"KR": ["대한민국", "한국", "KOR", "KR", "Korea"], "JP": ["일본", "Japan", "JPN"], "US": ["미국", "USA", "U.S."],
           "CN": ["중국", "China", "CHN"]}
    room = {"STANDARD": ["스탠다드", "Standard", "STD"], "DELUXE_DOUBLE": ["디럭스 더블", "Deluxe Double", "DLX DBL"],
            "DELUXE_TWIN": ["디럭스 트윈", "Deluxe Twin", "DLX TWN"], "FAMILY": ["패밀리", "패밀리 트윈", "Family"],
            "ONDOL": ["온돌", "온돌방", "Ondol"], "SUITE": ["스위트", "주니어 스위트", "Suite"]}
    rate_base = {"STANDARD": 110000, "DELUXE_DOUBLE": 165000, "DELUXE_TWIN": 170000, "FAMILY": 230000,
                 "ONDOL": 150000, "SUITE": 420000}
    pay = {"CARD": ["카드", "신용카드", "체크카드", "VISA"], "CASH": ["현금"], "BANK_TRANSFER": ["계좌이체", "무통장입금"],
           "MOBILE_WALLET": ["카카오페이", "네이버페이", "삼성페이"]}
    chan = {"DIRECT": ["직접", "전화", "홈페이지", "워크인"], "AGODA": ["아고다", "Agoda"], "BOOKING": ["부킹닷컴", "Booking.com"],
            "YANOLJA": ["야놀자"], "YEOGI": ["여기어때"], "EXPEDIA": ["익스피디아", "Expedia"]}
    p.tgt_cols = [
        C("reservation_id", "string", "id.record_id", key=True, nullable=False, regex=r"^R\d{6}-\d{4}$"),
        C("family_name", "string", "person.last_name",
          description="Korean names are written family name first (one syllable, or two: 남궁, 제갈, 선우, 황보, "
                      "독고); Latin-script names are written given name first"),
        C("given_name", "string", "person.first_name"),
        C("nationality", "string", "iso.country_alpha2", allowed_values=list(nat)),
        C("phone", "string", "contact.mobile_phone", description="E.164"),
        C("check_in_date", "date", "datetime.date"),
        C("check_out_date", "date", "datetime.date"),
        C("nights", "int", "qty.count"),
        C("checked_in_at", "datetime", "datetime.timestamp", description="local time (KST), null if not arrived"),
        C("room_number", "int"),
        C("room_type", "string", "text.category", allowed_values=list(room)),
        C("guest_count", "int", "qty.count"),
        C("breakfast_included", "bool", "flag.boolean"),
        C("nightly_rate", "decimal", "money.unit_price", description="KRW, 2 places"),
        C("total_amount", "decimal", "money.amount", description="KRW, 2 places"),
        C("payment_method", "string", None, allowed_values=list(pay)),
        C("booking_channel", "string", None, allowed_values=list(chan)),
        C("email", "string", "contact.email"),
        C("loyalty_tier", "string"),
    ]
    for t, s_, k in [("reservation_id", "예약번호", "atomic"), ("family_name", "투숙객명", "decompose"),
                     ("given_name", "투숙객명", "decompose"), ("nationality", "국적", "value_map"),
                     ("phone", "연락처", "reformat"), ("check_in_date", "체크인", "date_format"),
                     ("check_out_date", "체크아웃", "date_format"), ("nights", "박수", "type_cast"),
                     ("checked_in_at", ["체크인", "입실시각"], "compose"), ("room_number", "객실번호", "type_cast"),
                     ("room_type", "객실유형", "value_map"), ("guest_count", "인원", "type_cast"),
                     ("breakfast_included", "조식", "value_map"), ("nightly_rate", "객실요금", "reformat"),
                     ("total_amount", "합계금액", "reformat"), ("payment_method", "결제수단", "value_map"),
                     ("booking_channel", "예약경로", "value_map"), ("email", [], "unmapped"),
                     ("loyalty_tier", [], "unmapped")]:
        p.m(t, s_, k)
    p.key_src, p.key_tgt = ["예약번호"], ["reservation_id"]

    def kr_date(rng, d: dt.date) -> str:
        return rng.choice([f"{d.year}.{d.month:02d}.{d.day:02d}", d.isoformat(), f"{d.year}년 {d.month}월 {d.day}일",
                           f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}", f"{d.year}.{d.month:02d}.{d.day:02d}"])

    def won(rng, x: int) -> str:
        opts = [f"₩{x:,}", f"{x:,}원", f"{x}", f"{x:,}"]
        if x % 1000 == 0:
            man = D(x) / 10000
            opts.append(f"{man.normalize():f}만원")
        return rng.choice(opts)

    def row(rng, i):
        n_ = rng.choices(list(nat), [74, 12, 8, 6])[0]
        if n_ == "KR":
            fam = rng.choice(KR_FAM2) if rng.random() < 0.12 else rng.choice(KR_FAM)
            giv = rng.choice(KR_GIVEN)
            name_s = rng.choice([f"{fam}{giv}", f"{fam}{giv}", f"{fam} {giv}"])
            m = "10" + gc.digits(rng, 8)
            ph_s = rng.choice([f"0{m[:2]}-{m[2:6]}-{m[6:]}", f"0{m}", f"+82 {m[:2]}-{m[2:6]}-{m[6:]}",
                               f"0{m[:2]} {m[2:6]} {m[6:]}"])
            ph = f"+82{m}"
        else:
            if n_ == "JP":
                giv, fam = rng.choice(JP_GIVEN), rng.choice(JP_FAM)
                ph_s, ph = mc.phone(rng, "JP", mobile=True)
            elif n_ == "US":
                per = gc.person(rng, "en_US")
                giv, fam = per["first"], per["last"]
                ph_s, ph = mc.phone(rng, "US")
            else:
                giv, fam = rng.choice(CN_GIVEN), rng.choice(CN_FAM)
                ph_s, ph = "", None
            name_s = f"{giv} {fam}"
        cin = gc.rand_date(rng, dt.date(2024, 1, 5), dt.date(2024, 12, 27))
        nights = rng.choices([1, 2, 3, 4, 5, 7], [35, 30, 15, 8, 7, 5])[0]
        cout = cin + dt.timedelta(days=nights)
        arrived = rng.random() < 0.92
        t_in = dt.datetime.combine(cin, dt.time(rng.choice([11, 13, 14, 15, 15, 16, 17, 18, 19, 20, 21, 22, 23]),
                                               rng.randint(0, 59))) if arrived else None
        rt = rng.choice(list(room))
        rate = rate_base[rt] + rng.choice([-20000, -10000, 0, 0, 15000, 30000, 5500])
        guests = rng.randint(1, 4 if rt in ("FAMILY", "ONDOL", "SUITE") else 2)
        bf = rng.random() < 0.4
        total = rate * nights + (25000 * guests * nights if bf else 0)
        rid = f"R{cin:%y%m%d}-{i + 1:04d}"
        in_s = "" if t_in is None else rng.choice([kr_ampm(t_in), kr_ampm(t_in), t_in.strftime("%H:%M")])
        s = {"예약번호": rid, "투숙객명": name_s, "국적": pick(rng, nat, n_), "연락처": ph_s,
             "체크인": kr_date(rng, cin), "체크아웃": kr_date(rng, cout),
             "박수": rng.choice([f"{nights}박", str(nights), f"{nights}박{nights + 1}일"]), "입실시각": in_s,
             "객실번호": rng.choice(["{}호", "{}", "{}호"]).format(rng.randint(2, 18) * 100 + rng.randint(1, 24)),
             "객실유형": pick(rng, room, rt), "인원": rng.choice([f"{guests}명", str(guests), f"성인 {guests}"]),
             "조식": rng.choice(["포함", "O", "Y", "조식포함"] if bf else ["불포함", "X", "N", "미포함"]),
             "객실요금": won(rng, rate), "합계금액": won(rng, total), "결제수단": pick(rng, pay, pm := rng.choices(
                 list(pay), [60, 8, 12, 20])[0]),
             "예약경로": pick(rng, chan, ch := rng.choices(list(chan), [30, 20, 15, 15, 10, 10])[0]),
             "차량번호": "" if rng.random() < 0.6 else f"{rng.randint(10, 399)}{rng.choice('가나다라마거너더러버')} "
                                                     f"{rng.randint(1000, 9999)}",
             "담당자": rng.choice(["이지은", "박서준", "최유리", "김태호", "프런트"]),
             "비고": rng.choice(["", "", "", "늦은 체크인", "고층 요청", "금연", "생일 케이크", "엑스트라 베드"])}
        t = {"reservation_id": rid, "family_name": fam, "given_name": giv, "nationality": n_, "phone": ph,
             "check_in_date": cin.isoformat(), "check_out_date": cout.isoformat(), "nights": nights,
             "checked_in_at": t_in.isoformat() if t_in else None, "room_number": int(s["객실번호"].rstrip("호")),
             "room_type": rt, "guest_count": guests, "breakfast_included": bf, "nightly_rate": q(rate),
             "total_amount": q(total), "payment_method": pm, "booking_channel": ch}
        return s, t

    p.row = row
    return p


def main() -> None:
    pairs = [pair_forsakring(), pair_telco_wide(), pair_recete(), pair_matriculas(), pair_rma(), pair_fleet(),
             pair_tickets(), pair_hotel()]
    for p in pairs:
        n, ns, nt = p.write()
        n_unm = sum(1 for c in p.corr if c[2] == "unmapped")
        print(f"{p.split}/{p.name}: {n} rows, {ns} source cols, {nt} target cols ({n_unm} unmapped)")


if __name__ == "__main__":
    main()
