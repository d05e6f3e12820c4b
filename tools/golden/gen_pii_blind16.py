# ruff: noqa
"""Sixteenth blind PII golden set: 10 tables, written blind (seeds 16001-16010, one random.Random per table).
(a blind-written generator, kept as its author wrote it; only its output path was repointed)

Each table is written as ``<table>.csv`` plus ``<table>.labels.yaml`` (``{table, description, columns: {<header>:
{pii, kind}}}``) into ``OUT``. Labels follow the README's labelling policy and the column's *content*, never its header.

| seed  | table                              | what                                                                 | header style |
|-------|------------------------------------|----------------------------------------------------------------------|--------------|
| 16001 | redcap_donneurs_sang_jo            | Jordanian blood-bank donor registry kept in REDCap (longitudinal)    | REDCap raw variable names, checkbox `___n` columns |
| 16002 | banner_spriden_students_ls         | Lesotho university student records from Ellucian Banner             | Banner `TABLE_COLUMN` names (`SPBPERS_SSN` holds national ids) |
| 16003 | sakan_ummal_qa                     | Qatari contractor's labour-accommodation register (expatriate workers) | Arabic-script headers |
| 16004 | asterisk_master_cdr_cv_noheader    | Cabo Verde inter-island ferry call centre, Asterisk Master.csv       | **no header row** (first record = label keys) |
| 16005 | woo_orders_export_dz               | Algerian cash-on-delivery WooCommerce shop, one row per order line    | **misleading** WooCommerce headers (re-used checkout fields) |
| 16006 | pain001_zahlungen_li               | Liechtenstein fiduciary's outgoing ISO 20022 pain.001 payments       | terse ISO 20022 XML paths (`CdtTrfTxInf/Cdtr/PstlAdr/TwnNm`) |
| 16007 | bsm_baggage_sez                    | Seychelles airport baggage source messages (IATA BSM) flattened      | terse BSM element ids (`.F`, `.N`, `.P`, `.R`) |
| 16008 | subsurface_divelog_ck              | Rarotonga (Cook Islands) dive centre log from Subsurface             | Subsurface CSV export headers with units |
| 16009 | workday_workers_ly                 | Libyan oil-services company workers from a Workday custom report     | Workday report column labels |
| 16010 | licences_joueurs_bf                | Burkina Faso football federation player licences                     | terse French UPPER_SNAKE codes (`DT_NAISS`, `TEL_TUT`) |

Standard library + golden_common only; deterministic (byte-identical on every run).
"""

from __future__ import annotations

import datetime as dt
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from golden_common import NAMES, ascii_fold, digits, hexstr, luhn_digit, rand_date, rand_ts, write_csv, yq  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"  # the one output constant (formerly "blind")

DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
def iban_make(cc: str, bban: str) -> str:
    rearranged = bban + cc + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    return f"{cc}{check:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i: i + 4] for i in range(0, len(s), 4))


def ean13(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def qr_reference(body26: str) -> str:
    """Swiss QR reference: 26 digits + mod-10 recursive check digit."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for c in body26:
        carry = table[(carry + int(c)) % 10]
    return body26 + str((10 - carry) % 10)


def rf_reference(ref: str) -> str:
    """ISO 11649 creditor reference."""
    numeric = "".join(str(int(c, 36)) for c in ref + "RF00")
    check = 98 - int(numeric) % 97
    return f"RF{check:02d}{ref}"


def che_uid(rng: random.Random) -> str:
    """Swiss enterprise UID CHE-123.456.789 with its mod-11 check digit."""
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        s = sum(v * w for v, w in zip(d, [5, 4, 3, 2, 7, 6, 5, 4]))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}"


ISBT_ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def isbt_check(din13: str) -> str:
    """ISO 7064 MOD 37-2 check character of an ISBT 128 donation identification number."""
    s = 0
    for c in din13:
        s = ((s + ISBT_ALPHA.index(c)) * 2) % 37
    return ISBT_ALPHA[(38 - s) % 37]


def za_id(rng: random.Random, sex: str, birth: dt.date) -> str:
    seq = rng.randint(5000, 9999) if sex == "M" else rng.randint(0, 4999)
    body = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{seq:04d}08"
    return body + luhn_digit(body)


def phone(rng: random.Random, cc: str, nsn: str, trunk: str, styles: list[str]) -> str:
    """Format a national significant number in one of several styles."""
    st = rng.choice(styles)
    n = nsn
    if st == "trunk":
        return trunk + n
    if st == "intl":
        return f"+{cc}{n}"
    if st == "intl_sp":
        return f"+{cc} {n[:2]} {n[2:5]} {n[5:]}"
    if st == "cc":
        return f"{cc}{n}"
    if st == "00":
        return f"00{cc}{n}"
    if st == "00_sp":
        return f"00{cc} {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    if st == "bare":
        return n
    if st == "pairs":
        return " ".join(n[i: i + 2] for i in range(0, len(n), 2))
    if st == "trunk_dash":
        return f"{trunk}{n[:2]}-{n[2:5]}-{n[5:]}"
    if st == "trunk_sp":
        return f"{trunk}{n[:3]} {n[3:6]} {n[6:]}"
    if st == "trunk_pairs":
        t = trunk + n
        return t[:2] + " " + " ".join(t[i: i + 2] for i in range(2, len(t), 2))
    if st == "intl_dash":
        return f"+{cc}-{n[:2]}-{n[2:]}"
    if st == "half":
        h = len(n) // 2
        return f"{n[:h]} {n[h:]}"
    if st == "half_dash":
        h = len(n) // 2
        return f"{n[:h]}-{n[h:]}"
    if st == "cc_sp":
        return f"{cc} {n[:3]} {n[3:]}"
    raise ValueError(st)


def emit(table: str, description: str, spec: list[tuple[str, bool, str]], rows: list[dict],
         noheader: bool = False) -> tuple[int, int, int]:
    headers = [h for h, _, _ in spec]
    assert len(set(headers)) == len(headers), table
    data = []
    for r in rows:
        assert set(r) == set(headers), (table, set(r) ^ set(headers))
        data.append(["" if r[h] is None else r[h] for h in headers])
    if noheader:
        first = [str(v) for v in data[0]]
        assert len(set(first)) == len(first) and all(v.strip() for v in first), (table, first)
        write_csv(OUT / f"{table}.csv", first, data[1:])
        keys = first
    else:
        write_csv(OUT / f"{table}.csv", headers, data)
        keys = headers
    lines = [f"table: {yq(table)}", f"description: {yq(description)}", "columns:"]
    for key, (_, pii, kind) in zip(keys, spec):
        lines.append(f"  {yq(key)}:")
        lines.append(f"    pii: {'true' if pii else 'false'}")
        lines.append(f"    kind: {yq(kind)}")
    (OUT / f"{table}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(data), len(spec), sum(1 for _, p, _ in spec if p)


def wchoice(rng: random.Random, pairs: list[tuple[object, float]]):
    r = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


# =============================================================================================
# 16001 Jordan: blood-bank donor registry in REDCap
# =============================================================================================
JO_M = [("Mohammad", "محمد"), ("Ahmad", "أحمد"), ("Omar", "عمر"), ("Khaled", "خالد"), ("Yazan", "يزن"),
        ("Zaid", "زيد"), ("Laith", "ليث"), ("Hamzeh", "حمزة"), ("Odai", "عدي"), ("Mutasem", "معتصم"),
        ("Saif", "سيف"), ("Qusai", "قصي"), ("Bashar", "بشار"), ("Anas", "أنس"), ("Moath", "معاذ"),
        ("Tareq", "طارق"), ("Firas", "فراس"), ("Raed", "رائد"), ("Issa", "عيسى"), ("Elias", "إلياس"),
        ("Jiries", "جريس"), ("Fadi", "فادي"), ("Rami", "رامي"), ("Nabil", "نبيل"), ("Anzor", "أنزور"),
        ("Jambulat", "جمبولات"), ("Salem", "سالم"), ("Suleiman", "سليمان"), ("Awad", "عواد"),
        ("Mahmoud", "محمود"), ("Ibrahim", "إبراهيم"), ("Yousef", "يوسف"), ("Hussein", "حسين"), ("Ali", "علي"),
        ("Abdullah", "عبدالله"), ("Fawaz", "فواز"), ("Mithqal", "مثقال"), ("Hani", "هاني"), ("Nasser", "ناصر"),
        ("Ayman", "أيمن")]
JO_F = [("Rania", "رانيا"), ("Dana", "دانا"), ("Lina", "لينا"), ("Hala", "هالة"), ("Sawsan", "سوسن"),
        ("Ruba", "ربى"), ("Haneen", "حنين"), ("Bayan", "بيان"), ("Areej", "أريج"), ("Nour", "نور"),
        ("Shereen", "شيرين"), ("Raghad", "رغد"), ("Rahaf", "رهف"), ("Lujain", "لجين"), ("Aseel", "أسيل"),
        ("Mais", "ميس"), ("Tamara", "تمارا"), ("Rula", "رلى"), ("Nisreen", "نسرين"), ("Zarema", "زاريما"),
        ("Fatima", "فاطمة"), ("Samar", "سمر"), ("Hiba", "هبة"), ("Wafa", "وفاء"), ("Reem", "ريم"),
        ("Ghadeer", "غدير")]
JO_FAM = [("Al-Abbadi", "العبادي"), ("Al-Majali", "المجالي"), ("Al-Fayez", "الفايز"), ("Al-Zoubi", "الزعبي"),
          ("Al-Khasawneh", "الخصاونة"), ("Obeidat", "عبيدات"), ("Bani Hani", "بني هاني"), ("Al-Momani", "المومني"),
          ("Al-Tarawneh", "الطراونة"), ("Al-Khawaldeh", "الخوالدة"), ("Haddad", "حداد"), ("Al-Twal", "الطوال"),
          ("Halasa", "هلسة"), ("Al-Rawashdeh", "الرواشدة"), ("Al-Shishani", "الشيشاني"), ("Haghandoqa", "حاغندوقة"),
          ("Abaza", "أباظة"), ("Kalousdian", "كالوستيان"), ("Abu Ghazaleh", "أبو غزالة"), ("Hijazi", "حجازي"),
          ("Al-Masri", "المصري"), ("Bisharat", "بشارات"), ("Al-Qudah", "القضاة"), ("Al-Omari", "العمري"),
          ("Al-Azzam", "العزام"), ("Al-Btoush", "البطوش"), ("Al-Khatib", "الخطيب"), ("Nuseirat", "نصيرات"),
          ("Abu Rumman", "أبو رمان"), ("Al-Dababneh", "الدبابنة")]
SY_FAM = [("Al-Hariri", "الحريري"), ("Al-Masalmeh", "المسالمة"), ("Al-Zoubi", "الزعبي"), ("Al-Homsi", "الحمصي"),
          ("Al-Halabi", "الحلبي")]
IQ_FAM = [("Al-Jubouri", "الجبوري"), ("Al-Obeidi", "العبيدي"), ("Al-Dulaimi", "الدليمي")]
EG_FAM = [("El-Sayed", "السيد"), ("Abdel Fattah", "عبدالفتاح"), ("Ragab", "رجب"), ("Soliman", "سليمان")]

JO_GOV = [("Amman", 1, ["Tla' Al-Ali", "Khalda", "Marka", "Sweileh", "Jabal Al-Hussein", "Al-Hashmi Al-Shamali",
                         "Abu Nseir", "Jabal Amman", "Al-Jubeiha", "Sahab", "Wadi Al-Seer", "Shmeisani"]),
          ("Irbid", 2, ["Al-Husn", "Ramtha", "Bushra", "Aydoun", "Hakama"]),
          ("Zarqa", 3, ["Ruseifa", "Al-Hashemiya", "Zarqa Al-Jadeeda", "Awajan"]),
          ("Balqa", 4, ["Salt", "Fuheis", "Mahis", "Ain Al-Basha"]),
          ("Mafraq", 5, ["Mafraq city", "Al-Khaldiya", "Sabha"]),
          ("Karak", 6, ["Al-Karak", "Mutah", "Al-Mazar Al-Janoubi", "Ghor Al-Safi"]),
          ("Madaba", 7, ["Madaba", "Dhiban", "Main"]),
          ("Jerash", 8, ["Jerash", "Souf", "Sakib"]),
          ("Ajloun", 9, ["Ajloun", "Anjara", "Kufranjah"]),
          ("Aqaba", 10, ["Aqaba", "Al-Quweira"]),
          ("Ma'an", 11, ["Ma'an", "Wadi Musa"]),
          ("Tafilah", 12, ["Tafilah", "Busaira"])]
JO_STREETS = [("Wasfi Al-Tal St.", "شارع وصفي التل"), ("Mecca St.", "شارع مكة"), ("Al-Madina Al-Munawwara St.", "شارع المدينة المنورة"),
              ("Zahran St.", "شارع زهران"), ("Al-Jaish St.", "شارع الجيش"), ("King Abdullah II St.", "شارع الملك عبدالله الثاني"),
              ("Al-Quds St.", "شارع القدس"), ("Palestine St.", "شارع فلسطين"), ("Prince Hassan St.", "شارع الأمير حسن"),
              ("Al-Hashmi St.", "شارع الهاشمي")]


def jo_translit_variant(rng: random.Random, s: str) -> str:
    r = rng.random()
    if s.startswith("Al-"):
        if r < 0.2:
            return "Al " + s[3:]
        if r < 0.3:
            return "El-" + s[3:]
        if r < 0.42:
            return s[3:]
        if r < 0.5:
            return "Al" + s[3:].lower()
    if s == "Mohammad":
        return rng.choice(["Mohammad", "Mohammed", "Muhammad", "Mohamad"])
    if s == "Ahmad":
        return rng.choice(["Ahmad", "Ahmed"])
    if s == "Hamzeh":
        return rng.choice(["Hamzeh", "Hamza"])
    if s == "Yousef":
        return rng.choice(["Yousef", "Yousuf", "Yusuf"])
    return s


def t_redcap_jo() -> tuple:
    rng = random.Random(16001)
    table = "redcap_donneurs_sang_jo"
    spec = [
        ("record_id", False, "record_id"),
        ("redcap_event_name", False, "event_name"),
        ("redcap_data_access_group", False, "site_code"),
        ("don_name_ar", True, "full_name_arabic_script"),
        ("don_name_en", True, "full_name"),
        ("id_type", False, "document_type_code"),
        ("id_no", True, "national_id_or_passport"),
        ("dob", True, "date_of_birth"),
        ("sex", False, "gender_code"),
        ("nationality", False, "nationality_code"),
        ("mobile", True, "mobile_phone"),
        ("email", True, "email"),
        ("gov", False, "governorate_code"),
        ("area", True, "neighbourhood_of_residence"),
        ("address", True, "street_address"),
        ("don_date", True, "donation_visit_hipaa_date"),
        ("din", False, "isbt128_donation_identification_number"),
        ("abo_rh", False, "blood_group"),
        ("weight_kg", False, "body_weight"),
        ("hb_gdl", False, "lab_value"),
        ("bp", False, "blood_pressure"),
        ("deferral___1", False, "checkbox_flag"),
        ("deferral___2", False, "checkbox_flag"),
        ("deferral___3", False, "checkbox_flag"),
        ("replacement", False, "boolean_flag"),
        ("patient_name", True, "full_name_of_other_person"),
        ("patient_mrn", True, "medical_record_number"),
        ("phleb", True, "staff_name_or_code"),
        ("notes", True, "free_text_with_names"),
        ("sms_consent", False, "consent_flag"),
        ("donor_form_complete", False, "form_status"),
    ]
    dags = [("amman_central", 1), ("irbid_bb", 2), ("zarqa_hosp", 3), ("karak_hosp", 4), ("aqaba_hosp", 5)]
    fins = {"amman_central": "W0531", "irbid_bb": "W0532", "zarqa_hosp": "W0533", "karak_hosp": "W0534",
            "aqaba_hosp": "W0535"}
    staff = [f"{rng.choice(['RN', 'Nurse', ''])} {f[0]} {rng.choice(JO_FAM)[0]}".strip() for f in
             (JO_F[:12] + JO_M[:6])][:14] + [f"PHL-{i:02d}" for i in range(3, 19, 3)]
    hospitals = ["Al-Bashir", "Prince Hamza", "Jordan University Hosp.", "Princess Basma", "Al-Karak Gov. Hosp.",
                 "Prince Hashem (Aqaba)", "Zarqa Gov. Hosp."]
    wards = ["surgery", "oncology", "ICU", "thalassemia unit", "obstetrics", "dialysis", "paediatrics"]
    rows = []
    seq = {d: rng.randint(100, 400) for d, _ in dags}
    din_seq = {d: rng.randint(10000, 30000) for d, _ in dags}
    n_target = 318
    while len(rows) < n_target:
        dag, dag_id = rng.choice(dags)
        seq[dag] += 1
        rid = f"{dag_id}-{seq[dag]}"
        nat = wchoice(rng, [(1, 0.82), (2, 0.08), (3, 0.04), (4, 0.04), (5, 0.02)])  # JOR SYR IRQ EGY PSE(temp. passport)
        sex = "M" if rng.random() < 0.72 else "F"
        birth = rand_date(rng, dt.date(1962, 1, 1), dt.date(2006, 3, 1))
        fam_pool = {1: JO_FAM, 2: SY_FAM, 3: IQ_FAM, 4: EG_FAM, 5: JO_FAM}[nat]
        first = rng.choice(JO_M if sex == "M" else JO_F)
        father, grand = rng.choice(JO_M), rng.choice(JO_M)
        fam = rng.choice(fam_pool)
        ar = f"{first[1]} {father[1]} {grand[1]} {fam[1]}" if rng.random() < 0.8 else f"{first[1]} {father[1]} {fam[1]}"
        en_parts = [jo_translit_variant(rng, first[0]), jo_translit_variant(rng, father[0])]
        if rng.random() < 0.45:
            en_parts.append(jo_translit_variant(rng, grand[0]))
        en_parts.append(jo_translit_variant(rng, fam[0]))
        en = " ".join(en_parts)
        if rng.random() < 0.2:
            en = en.upper()
        if rng.random() < 0.08:
            ar = ""  # entered only in Latin
        if nat == 1:
            id_type = 1
            if birth.year < 2000:
                idn = f"{'9' if sex == 'M' else '2'}{birth.year % 100:02d}{digits(rng, 7)}"
            else:
                idn = f"{'2000' if sex == 'M' else '2001'}{digits(rng, 6)}"
        elif nat == 2:
            id_type = rng.choice([3, 3, 2])
            idn = f"0{rng.randint(1, 14):02d}{digits(rng, 8)}" if id_type == 3 else f"N0{digits(rng, 8)}"
        elif nat == 5:
            id_type = 2
            idn = f"T{digits(rng, 6)}"
        else:
            id_type = 2
            idn = rng.choice("AB") + digits(rng, 8)
        gov_name, gov_code, areas = rng.choice(JO_GOV[:4] * 3 + JO_GOV)
        area = rng.choice(areas)
        if rng.random() < 0.15:
            area = {"Tla' Al-Ali": "تلاع العلي", "Khalda": "خلدا", "Marka": "ماركا", "Sweileh": "صويلح",
                    "Ruseifa": "الرصيفة", "Salt": "السلط", "Ramtha": "الرمثا"}.get(area, area)
        st = rng.choice(JO_STREETS)
        bldg = rng.randint(1, 140)
        flr = rng.randint(0, 6)
        addr = rng.choice([
            f"{st[0]}, Bldg {bldg}, floor {flr}",
            f"{st[1]}، عمارة {bldg}، الطابق {flr}",
            f"{area}, near {rng.choice(['Safeway', 'Sameh Mall', 'the mosque', 'Al-Khalidi hospital', 'the girls school', 'Carrefour'])}, bldg {bldg}",
            f"{st[1]} - بناية رقم {bldg}",
            "",
        ])
        nsn = "7" + rng.choice("789") + digits(rng, 7)
        mob = phone(rng, "962", nsn, "0", ["trunk", "trunk", "intl", "intl_sp", "cc", "trunk_dash", "trunk_sp"])
        email = ""
        if rng.random() < 0.45:
            base = ascii_fold(first[0]).lower()
            fam_ascii = ascii_fold(fam[0]).lower().replace("al-", "").replace(" ", "").replace("-", "")
            email = rng.choice([f"{base}.{fam_ascii}", f"{base}{rng.randint(80, 2005)}", f"{base[0]}{fam_ascii}",
                                f"{base}_{fam_ascii}{rng.randint(1, 99)}"]) + "@" + rng.choice(
                ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ju.edu.jo", "orange.jo"])
        consent = rng.choice([0, 1, 1])
        n_events = wchoice(rng, [(1, 0.62), (2, 0.25), (3, 0.13)])
        d0 = rand_date(rng, dt.date(2022, 1, 10), dt.date(2024, 9, 30))
        adult = birth + dt.timedelta(days=18 * 365 + 5)
        if d0 < adult:
            d0 = adult + dt.timedelta(days=rng.randint(1, 120))
        abo = wchoice(rng, [("O+", 36), ("A+", 32), ("B+", 14), ("AB+", 5), ("O-", 5), ("A-", 4), ("B-", 2), ("AB-", 1)])
        weight = rng.randint(52, 118) if sex == "M" else rng.randint(50, 95)
        for ev in range(n_events):
            if len(rows) >= n_target:
                break
            ddate = d0 + dt.timedelta(days=ev * rng.randint(95, 200))
            if ddate > dt.date(2024, 11, 30):
                break
            din_seq[dag] += rng.randint(1, 40)
            din13 = f"{fins[dag]}{ddate.year % 100:02d}{din_seq[dag]:06d}"
            din = rng.choice([f"{din13}{isbt_check(din13)}", f"{din13[:5]} {din13[5:7]} {din13[7:]} {isbt_check(din13)}"])
            hb = round(rng.uniform(12.6 if sex == "M" else 11.8, 17.6 if sex == "M" else 15.4), 1)
            low_hb = hb < (13.0 if sex == "M" else 12.5)
            travel = int(rng.random() < 0.04)
            meds = int(rng.random() < 0.05)
            repl = int(rng.random() < 0.55)
            if low_hb or travel or meds:
                din = ""
            pname = pmrn = ""
            if repl:
                pf = rng.choice(JO_M + JO_F)
                pfam = fam if rng.random() < 0.6 else rng.choice(JO_FAM)
                pname = rng.choice([f"{pf[0]} {pfam[0]}", f"{pf[1]} {rng.choice(JO_M)[1]} {pfam[1]}",
                                    f"{pf[0]} {rng.choice(JO_M)[0]} {pfam[0]}".upper()])
                pmrn = rng.choice([f"{rng.randint(100000, 2999999):07d}", f"MRN{rng.randint(10000000, 99999999)}",
                                   f"{rng.randint(2018, 2024)}/{rng.randint(1, 99999):05d}"])
            note = ""
            r = rng.random()
            if repl and r < 0.3:
                note = rng.choice([
                    f"replacement donation for patient {pname}, {rng.choice(wards)} - {rng.choice(hospitals)}",
                    f"متبرع بديل للمريض {pname} - قسم {rng.choice(['الجراحة', 'الأورام', 'العناية المركزة', 'الولادة'])}",
                    f"donor is {rng.choice(['brother', 'cousin', 'son', 'husband', 'neighbour', 'colleague'])} of the patient; {pname} in bed {rng.randint(1, 40)}",
                ])
            elif r < 0.38:
                note = rng.choice([
                    "Donor felt dizzy after donation, observed 20 min, OK",
                    f"came with {rng.choice(['brother', 'friend', 'wife', 'father'])} {rng.choice(JO_M + JO_F)[0]} {fam[0]} (also donated)",
                    "hematoma at puncture site, cold pack given",
                    "deferred 6 months - tattoo",
                    "تم تأجيل التبرع بسبب انخفاض الهيموغلوبين",
                    f"Called on {mob} to remind of next donation",
                    "platelet apheresis candidate",
                ])
            rows.append({
                "record_id": rid,
                "redcap_event_name": "registration_arm_1" if ev == 0 else f"donation_{ev + 1}_arm_1",
                "redcap_data_access_group": dag,
                "don_name_ar": ar if ev == 0 else "",
                "don_name_en": en if ev == 0 else "",
                "id_type": id_type if ev == 0 else "",
                "id_no": idn if ev == 0 else "",
                "dob": birth.isoformat() if ev == 0 else "",
                "sex": (1 if sex == "M" else 2) if ev == 0 else "",
                "nationality": nat if ev == 0 else "",
                "mobile": mob if ev == 0 else "",
                "email": email if ev == 0 else "",
                "gov": gov_code if ev == 0 else "",
                "area": area if ev == 0 else "",
                "address": addr if ev == 0 else "",
                "don_date": ddate.isoformat(),
                "din": din,
                "abo_rh": abo,
                "weight_kg": weight + rng.randint(-2, 2),
                "hb_gdl": hb,
                "bp": f"{rng.randint(100, 145)}/{rng.randint(60, 92)}",
                "deferral___1": int(low_hb),
                "deferral___2": travel,
                "deferral___3": meds,
                "replacement": repl,
                "patient_name": pname,
                "patient_mrn": pmrn,
                "phleb": rng.choice(staff),
                "notes": note,
                "sms_consent": consent if ev == 0 else "",
                "donor_form_complete": rng.choice([2, 2, 2, 1, 0]),
            })
    desc = ("Jordanian hospital blood-bank donor registry exported from REDCap (raw values, longitudinal: demographics "
            "only on the registration event row, later donation events leave them empty). Four-part Arabic names in "
            "Arabic script and varying Latin transliterations (Bedouin, Circassian, Chechen, Christian, Armenian, "
            "Palestinian-Jordanian, Syrian, Iraqi, Egyptian donors); national number, Syrian id or passport; replacement "
            "donations name the patient and quote the hospital file number. ISBT 128 donation numbers (with MOD 37-2 "
            "check character) identify blood units (false); donation date is a date of care (true).")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16002 Lesotho: Ellucian Banner student records
# =============================================================================================
LS_M = ["Thabo", "Teboho", "Tšepo", "Katleho", "Lehlohonolo", "Tumelo", "Thato", "Bokang", "Kamohelo", "Motlatsi",
        "Lefa", "Tlotliso", "Tšeliso", "Neo", "Molefi", "Mohau", "Sello", "Lebohang", "Khotso", "Pheello", "Tebello",
        "Rorisang", "Mpho", "Puseletso", "Mathias", "Retšelisitsoe", "Moeketsi", "Thabang", "Paballo", "Tankiso"]
LS_F = ["Lerato", "Rethabile", "Relebohile", "Palesa", "Nthabiseng", "Limpho", "Mosa", "Lineo", "Ntšebo", "Puleng",
        "Mamello", "Refiloe", "Keketso", "Mpho", "Lintle", "Masechaba", "Boitumelo", "Lisebo", "Karabo", "Hlompho",
        "Reitumetse", "Nteboheleng", "Tšepang", "Mathabo", "Itumeleng", "Lieketseng"]
LS_SUR = ["Mokoena", "Mofokeng", "Molapo", "Letsie", "Moshoeshoe", "Mohapi", "Ramakau", "Sekhesa", "Lerotholi",
          "Thamae", "Mothibeli", "Nthako", "Makhetha", "Lebona", "Mphutlane", "Mokhothu", "Ntsekhe", "Majara",
          "Ramoholi", "Khoeli", "Tau", "Sehloho", "Makara", "Seeiso", "Ralitapole", "Chaka", "Phakoe", "Rantšo",
          "Pitso", "Mahase", "Motsamai", "Hlalele", "Nkuebe", "Posholi", "Sebatane", "Rapapa", "Tšoeu", "Lepheana"]
LS_MOTHER_PREFIX = ["'Mamosa", "'Malineo", "'Mathabo", "'Mamello", "'Makatleho", "'Matšepo", "'Mampho", "'Mapalesa",
                    "'Mateboho", "'Mankhebe", "'Masello"]
FOREIGN_STU = {  # citizenship -> (male given, female given, surnames)
    "ZA": (["Sipho", "Kagiso", "Lwazi", "Pieter", "Tshepo", "Bongani", "Jaco", "Mandla"],
           ["Thandiwe", "Ayanda", "Naledi", "Zanele", "Lindiwe", "Annelie", "Palesa"],
           ["Dlamini", "Nkosi", "Molefe", "Mthembu", "van der Merwe", "Khumalo", "Mokoena", "Radebe", "Botha", "Ndlovu"]),
    "ZW": (["Tatenda", "Tinashe", "Farai", "Kudzai", "Tafadzwa", "Blessing"], ["Rufaro", "Nyasha", "Chipo", "Tendai", "Rumbidzai"],
           ["Moyo", "Ncube", "Dube", "Sibanda", "Chikore", "Mutasa", "Chiwara", "Mhlanga"]),
    "SZ": (["Sibusiso", "Mandla", "Musa"], ["Nomcebo", "Thembi", "Lindiwe"], ["Dlamini", "Simelane", "Mamba", "Shongwe"]),
    "BW": (["Kabelo", "Tebogo", "Kagiso"], ["Onalenna", "Boitumelo", "Kelebogile"], ["Kgosi", "Seretse", "Mogapi", "Mosweu"]),
}
LS_PLACES = [  # city, district ISO letter, postcode (3-digit, plausible), villages
    ("Maseru", "A", "100", ["Ha Thetsane", "Ha Abia", "Lithabaneng", "Ha Tšosane", "Upper Thamae", "Khubetsoana",
                            "Ha Matala", "Qoaling", "Motimposo", "Ha Mabote", "Sekamaneng", "Ha Leqele", "Masianokeng"]),
    ("Roma", "A", "180", ["Ha Nkoko", "Ha Mafefooane", "Ha Sekolopata"]),
    ("Morija", "A", "190", ["Ha Matsieng", "Ha Makhalanyane"]),
    ("Semonkong", "A", "120", ["Ha Ramakoro"]),
    ("Teyateyaneng", "D", "200", ["Ha Foso", "Ha Khabo", "Sefikeng"]),
    ("Hlotse", "C", "300", ["Ha Ratjomose", "Tsikoane", "Ha Mositi"]),
    ("Maputsoe", "C", "350", ["Ha Nyenye", "Ha Sebatli"]),
    ("Butha-Buthe", "B", "400", ["Ha Sechele", "Likileng"]),
    ("Mokhotlong", "J", "500", ["Ha Lejone", "Ha Tlhaku"]),
    ("Thaba-Tseka", "K", "550", ["Ha Mphatšoane"]),
    ("Qacha's Nek", "H", "600", ["Ha Makhakhe"]),
    ("Quthing", "G", "700", ["Ha Mphaki", "Ha Sekake"]),
    ("Mohale's Hoek", "F", "800", ["Ha Mohalenyane", "Ha Taoana"]),
    ("Mafeteng", "E", "900", ["Ha Ramokoatsi", "Ha Mafa", "Ha Khoarai"]),
]
LS_LANDMARK = ["St James church", "Lesotho High School", "the LEC church", "Pioneer Mall", "the clinic", "the chief's place",
               "Ha Thetsane industrial area", "Maseru Bridge filling station", "the primary school", "Sefika High School"]


def banner_date(d: dt.date) -> str:
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"


def t_banner_ls() -> tuple:
    rng = random.Random(16002)
    table = "banner_spriden_students_ls"
    spec = [
        ("SPRIDEN_PIDM", False, "record_id"),
        ("SPRIDEN_ID", False, "student_number"),
        ("SPRIDEN_LAST_NAME", True, "last_name"),
        ("SPRIDEN_FIRST_NAME", True, "first_name"),
        ("SPRIDEN_MI", True, "middle_name"),
        ("SPBPERS_PREF_FIRST_NAME", True, "preferred_name"),
        ("SPBPERS_NAME_PREFIX", False, "salutation"),
        ("SPBPERS_SEX", False, "gender"),
        ("SPBPERS_BIRTH_DATE", True, "date_of_birth"),
        ("SPBPERS_SSN", True, "national_id_or_passport"),
        ("SPBPERS_MRTL_CODE", True, "marital_status"),
        ("SPBPERS_RELG_CODE", False, "religion_code"),
        ("SPBPERS_CITZ_CODE", False, "citizenship_country_code"),
        ("SPRADDR_ATYP_CODE", False, "address_type_code"),
        ("SPRADDR_STREET_LINE1", True, "street_address"),
        ("SPRADDR_STREET_LINE2", True, "address_line2"),
        ("SPRADDR_CITY", True, "city"),
        ("SPRADDR_CNTY_CODE", False, "district_code"),
        ("SPRADDR_ZIP", True, "postal_code"),
        ("SPRADDR_NATN_CODE", False, "country_code"),
        ("SPRTELE_PHONE_AREA", False, "phone_country_code"),
        ("SPRTELE_PHONE_NUMBER", True, "mobile_phone"),
        ("GOREMAL_EMAIL_ADDRESS", True, "email"),
        ("SGBSTDN_TERM_CODE_EFF", False, "term_code"),
        ("SGBSTDN_COLL_CODE_1", False, "faculty_code"),
        ("SGBSTDN_MAJR_CODE_1", False, "programme_code"),
        ("SHRLGPA_GPA", False, "score"),
        ("SPREMRG_FIRST_NAME", True, "emergency_contact_first_name"),
        ("SPREMRG_LAST_NAME", True, "emergency_contact_last_name"),
        ("SPREMRG_RELT_CODE", False, "relationship_code"),
        ("SPREMRG_PHONE_NUMBER", True, "phone"),
        ("TBRACCD_BALANCE", False, "account_balance"),
        ("SPRIDEN_CREATE_USER", True, "username"),
        ("SPRIDEN_ACTIVITY_DATE", False, "updated_at"),
    ]
    colleges = {"FS": ["BSCCS", "BSCCHEM", "BSCPHY", "BSCMATH", "BSCENV"], "FE": ["BEDSCI", "BEDLANG", "BEDPRI"],
                "FH": ["BAHIST", "BAENG", "BATHEO", "BASESO"], "FL": ["LLB"], "FHS": ["BSCN", "BPHARM", "BSCNUT"],
                "FSS": ["BAECON", "BAPOL", "BSW"], "FA": ["BSCAGRI", "BSCANIM"]}
    users = ["MLETSIE", "TMOKOENA", "PSEKHESA", "RNTSEKHE", "KMAJARA", "WWW_USER", "BANSECR", "ADMISSIONS_LOAD",
             "LTHAMAE"]
    rows = []
    pidm = rng.randint(180000, 240000)
    used_ids = set()
    for _ in range(300):
        pidm += rng.randint(1, 60)
        entry_year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
        while True:
            sid = f"{entry_year}{rng.randint(0, 99999):05d}"
            if sid not in used_ids:
                used_ids.add(sid)
                break
        nat = wchoice(rng, [("LS", 0.82), ("ZA", 0.08), ("ZW", 0.06), ("SZ", 0.02), ("BW", 0.02)])
        sex = rng.choice("MF")
        birth = rand_date(rng, dt.date(entry_year - 26, 1, 1), dt.date(entry_year - 17, 12, 31))
        if nat == "LS":
            first = rng.choice(LS_M if sex == "M" else LS_F)
            last = rng.choice(LS_SUR)
            mi = rng.choice(["", "", rng.choice(LS_M + LS_F)[0], rng.choice(LS_M + LS_F)])
            ssn = rng.choice([f"{rng.randint(1, 9)}{digits(rng, 11)}", f"0{digits(rng, 11)}"])
        else:
            fm, ff, fs = FOREIGN_STU[nat]
            first, last = rng.choice(fm if sex == "M" else ff), rng.choice(fs)
            mi = rng.choice(["", "", rng.choice("TRMB")])
            if nat == "ZA":
                ssn = za_id(rng, sex, birth)
            elif nat == "ZW":
                ssn = rng.choice(["FN", "DN", "CN"]) + digits(rng, 6)
            else:
                ssn = rng.choice(["P", "BP", "Z"]) + digits(rng, 7)
        pref = ""
        if rng.random() < 0.25:
            pref = rng.choice([first[:4], rng.choice(["Bobo", "Tumi", "Lehlo", "Kat", "Neo", "Tsebo", "Mimi", "TK"])])
        if rng.random() < 0.1:
            last = last.upper()
        city, cnty, zipc, villages = rng.choice(LS_PLACES[:1] * 5 + LS_PLACES)
        vill = rng.choice(villages)
        atyp = rng.choice(["PR", "PR", "MA"])
        if nat != "LS":
            atyp = "MA"
        r = rng.random()
        if r < 0.35:
            l1, l2 = vill, ""
        elif r < 0.55:
            l1, l2 = f"P.O. Box {rng.randint(1, 2999)}", vill
        elif r < 0.8:
            l1, l2 = f"{vill}, next to {rng.choice(LS_LANDMARK)}", ""
        else:
            l1 = "National University Campus"
            l2 = f"{rng.choice(['Letsie', 'Moshoeshoe', 'Lerotholi', 'Seeiso', 'Mamohato', 'Kofi Annan'])} Residence, Block {rng.choice('ABCDEF')} Rm {rng.randint(1, 60)}"
            city, cnty, zipc = "Roma", "A", "180"
        if rng.random() < 0.12:
            zipc = ""
        area = "266"
        nsn = rng.choice("56") + digits(rng, 7)
        tel = phone(rng, "266", nsn, "", ["bare", "bare", "half", "half_dash", "intl"])
        if nat == "ZA" and rng.random() < 0.7:
            area = "27"
            tel = "0" + rng.choice(["82", "83", "72", "73", "61"]) + digits(rng, 7)
        if rng.random() < 0.05:
            tel = ""
        fe = ascii_fold(first).lower().replace("'", "")
        le = ascii_fold(last).lower().replace(" ", "")
        email = rng.choice([
            f"{fe}.{le}@gmail.com", f"{fe}{le[:3]}{rng.randint(1, 99)}@gmail.com", f"{le}{fe[0]}@yahoo.com",
            f"{sid}@students.nul.ls", f"{fe[0]}{le}@students.nul.ls", f"{fe}{birth.year % 100:02d}@icloud.com",
        ])
        coll = rng.choice(list(colleges))
        majr = rng.choice(colleges[coll])
        term = f"{rng.choice([2023, 2024])}{rng.choice(['08', '01'])}"
        gpa = f"{rng.uniform(1.6, 3.95):.2f}"
        rel = rng.choice(["M", "M", "M", "F", "G", "S", "U", "A"])
        if rel == "M":
            ef = rng.choice(LS_MOTHER_PREFIX) if nat == "LS" and rng.random() < 0.6 else rng.choice(LS_F)
            el = last if rng.random() < 0.8 else rng.choice(LS_SUR)
        elif rel == "F":
            ef = rng.choice(LS_M)
            el = last
        else:
            ef = rng.choice(LS_M + LS_F)
            el = rng.choice(LS_SUR)
        if nat in ("ZA", "ZW", "SZ", "BW"):
            ef = rng.choice(["Grace", "Thandi", "Joseph", "Ruth", "Samuel", "Memory", "Precious"])
        ensn = rng.choice("56") + digits(rng, 7)
        ephone = phone(rng, "266", ensn, "", ["bare", "half", "intl", "intl_sp"])
        bal = round(rng.choice([0, 0, rng.uniform(-2500, 18000)]), 2)
        mrtl = wchoice(rng, [("S", 0.85), ("M", 0.1), ("", 0.05)])
        relg = rng.choice(["RC", "RC", "LEC", "ANG", "AME", "PENT", "SDA", "ZION", "", "NONE"])
        act = rand_date(rng, dt.date(2024, 1, 5), dt.date(2024, 11, 30))
        rows.append({
            "SPRIDEN_PIDM": pidm, "SPRIDEN_ID": sid, "SPRIDEN_LAST_NAME": last, "SPRIDEN_FIRST_NAME": first,
            "SPRIDEN_MI": mi, "SPBPERS_PREF_FIRST_NAME": pref,
            "SPBPERS_NAME_PREFIX": rng.choice(["", "", "Mr" if sex == "M" else "Ms", "Mr." if sex == "M" else "Miss"]),
            "SPBPERS_SEX": sex, "SPBPERS_BIRTH_DATE": banner_date(birth), "SPBPERS_SSN": ssn,
            "SPBPERS_MRTL_CODE": mrtl, "SPBPERS_RELG_CODE": relg, "SPBPERS_CITZ_CODE": nat,
            "SPRADDR_ATYP_CODE": atyp, "SPRADDR_STREET_LINE1": l1, "SPRADDR_STREET_LINE2": l2, "SPRADDR_CITY": city,
            "SPRADDR_CNTY_CODE": cnty, "SPRADDR_ZIP": zipc, "SPRADDR_NATN_CODE": rng.choice(["LS", "LS", "LS", ""]),
            "SPRTELE_PHONE_AREA": area, "SPRTELE_PHONE_NUMBER": tel, "GOREMAL_EMAIL_ADDRESS": email,
            "SGBSTDN_TERM_CODE_EFF": term, "SGBSTDN_COLL_CODE_1": coll, "SGBSTDN_MAJR_CODE_1": majr,
            "SHRLGPA_GPA": gpa, "SPREMRG_FIRST_NAME": ef, "SPREMRG_LAST_NAME": el, "SPREMRG_RELT_CODE": rel,
            "SPREMRG_PHONE_NUMBER": ephone, "TBRACCD_BALANCE": f"{bal:.2f}",
            "SPRIDEN_CREATE_USER": rng.choice(users), "SPRIDEN_ACTIVITY_DATE": banner_date(act),
        })
    desc = ("Lesotho university student records joined from Ellucian Banner tables (SPRIDEN, SPBPERS, SPRADDR, SPRTELE, "
            "GOREMAL, SGBSTDN, SHRLGPA, SPREMRG, TBRACCD). Sesotho names (ts spelling, emergency contacts with "
            "'Ma- mother names such as 'Mathabo), South African, Zimbabwean, Swazi and Motswana students; the US "
            "field SPBPERS_SSN holds Lesotho national ids, SA ID numbers (Luhn) or passports; Oracle DD-MON-YY birth "
            "dates; village / P.O. Box / landmark / residence-hall addresses; 3-digit postcodes; phone area code and "
            "number in separate columns; Banner user ids mix staff and batch users.")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16003 Qatar: labour-accommodation register (Arabic headers)
# =============================================================================================
# nationality -> (ISO numeric for the QID, Arabic nationality, given names, surnames, passport maker,
#                 home phone (cc, nsn maker), home address maker)
QA_NAT = {
    "NPL": ("524", "نيبالي",
            [("Ram Bahadur", "رام بهادور"), ("Hari", "هاري"), ("Krishna", "كريشنا"), ("Bishnu", "بيشنو"),
             ("Suman", "سومان"), ("Ramesh", "راميش"), ("Dil Bahadur", "ديل بهادور"), ("Min Bahadur", "مين بهادور"),
             ("Tek Bahadur", "تيك بهادور"), ("Pasang", "باسانغ"), ("Ngima", "نغيما"), ("Dawa", "داوا"),
             ("Bir Bahadur", "بير بهادور"), ("Gopal", "غوبال"), ("Santosh", "سانتوش"), ("Bikash", "بيكاش")],
            [("Thapa", "ثابا"), ("Magar", "ماغار"), ("Gurung", "غورونغ"), ("Tamang", "تامانغ"), ("Rai", "راي"),
             ("Limbu", "ليمبو"), ("Sherpa", "شيربا"), ("Shrestha", "شريستا"), ("Yadav", "ياداف"),
             ("Chaudhary", "تشودري"), ("Mahato", "ماهاتو"), ("Sah", "ساه"), ("Pariyar", "باريار"),
             ("Bishwokarma", "بيشوكارما"), ("Tharu", "ثارو")]),
    "IND": ("356", "هندي", None, None),
    "BGD": ("050", "بنغلاديشي",
            [("Md. Rafiqul", "محمد رفيق"), ("Md. Abdul", "محمد عبد"), ("Shahidul", "شهيد"), ("Jahangir", "جهانغير"),
             ("Mizanur", "ميزان"), ("Alamgir", "عالمغير"), ("Sohel", "سهيل"), ("Kamrul", "قمر"),
             ("Md. Jashim", "محمد جسيم"), ("Abul Kalam", "أبو الكلام"), ("Nurul", "نور"), ("Rubel", "روبل")],
            [("Islam", "الإسلام"), ("Karim", "الكريم"), ("Alam", "عالم"), ("Rahman", "الرحمن"), ("Hossain", "حسين"),
             ("Rana", "رانا"), ("Hasan", "الحسن"), ("Uddin", "الدين"), ("Miah", "مياه"), ("Sarker", "سركار"),
             ("Mollah", "ملا")]),
    "LKA": ("144", "سريلانكي",
            [("Nuwan", "نوان"), ("Chaminda", "تشاميندا"), ("Sampath", "سامباث"), ("Mohamed", "محمد"),
             ("Tharindu", "ثاريندو"), ("Kasun", "كاسون")],
            [("Perera", "بيريرا"), ("Fernando", "فرناندو"), ("Jayasinghe", "جاياسينغ"), ("Rizwan", "رضوان"),
             ("Wickramasinghe", "ويكراماسينغ"), ("Dissanayake", "ديساناياكا")]),
    "PHL": ("608", "فلبيني",
            [("Jomar", "جومار"), ("Rodel", "روديل"), ("Arnel", "أرنيل"), ("Jerome", "جيروم"), ("Rey Mark", "ري مارك"),
             ("Ronaldo", "رونالدو"), ("Jun-Jun", "جون جون")],
            [("Dela Cruz", "ديلا كروز"), ("Santos", "سانتوس"), ("Bautista", "باوتيستا"), ("Villanueva", "فيلانويفا"),
             ("Ocampo", "أوكامبو"), ("Macaraeg", "ماكارايغ"), ("Reyes", "رييس")]),
    "KEN": ("404", "كيني",
            [("Kevin", "كيفن"), ("Brian", "براين"), ("Dennis", "دينيس"), ("Collins", "كولينز"), ("Hassan Abdi", "حسن عبدي"),
             ("Geoffrey", "جيفري")],
            [("Otieno", "أوتينو"), ("Kiprono", "كيبرونو"), ("Mwangi", "موانجي"), ("Wanyama", "وانياما"), ("Noor", "نور"),
             ("Kiptoo", "كيبتو")]),
    "UGA": ("800", "أوغندي",
            [("Ivan", "إيفان"), ("Moses", "موسى"), ("Denis", "دينيس"), ("Ronald", "رونالد")],
            [("Ssekandi", "سيكاندي"), ("Okello", "أوكيلو"), ("Mugisha", "موغيشا"), ("Kato", "كاتو")]),
    "EGY": ("818", "مصري",
            [("Mahmoud", "محمود"), ("Ahmed", "أحمد"), ("Mostafa", "مصطفى"), ("Hany", "هاني"), ("Ayman", "أيمن")],
            [("Abdelaziz", "عبدالعزيز"), ("El-Shahat", "الشحات"), ("Ragab", "رجب"), ("Abdelmoneim", "عبدالمنعم"),
             ("Soliman", "سليمان")]),
    "PAK": ("586", "باكستاني",
            [("Muhammad Imran", "محمد عمران"), ("Zafar", "ظفر"), ("Gul", "غل"), ("Sher Ali", "شير علي"),
             ("Waqas", "وقاص")],
            [("Iqbal", "إقبال"), ("Khan", "خان"), ("Afridi", "أفريدي"), ("Ahmed", "أحمد"), ("Yousafzai", "يوسفزي")]),
    "GHA": ("288", "غاني",
            [("Kwabena", "كوابينا"), ("Yaw", "ياو"), ("Kofi", "كوفي"), ("Abdul-Rahman", "عبد الرحمن")],
            [("Asante", "أسانتي"), ("Boateng", "بواتينغ"), ("Mensah", "منساه"), ("Alhassan", "الحسن")]),
}
IND_GROUPS = [  # (given names, surnames, home-address templates)
    ([("Anoop", "أنوب"), ("Shaji", "شاجي"), ("Vinod", "فينود"), ("Rajesh", "راجيش"), ("Sunil", "سونيل")],
     [("Nair", "ناير"), ("Pillai", "بيلاي"), ("Kumar", "كومار"), ("Kurup", "كوروب")],
     ["{h} House, Kollam, Kerala 691{p3}", "Thekkethil {h}, Thiruvalla, Pathanamthitta 689{p3}"]),
    ([("Shibu", "شيبو"), ("Jomon", "جومون"), ("Biju", "بيجو"), ("Saji", "ساجي")],
     [("Varghese", "فارغيس"), ("Thomas", "توماس"), ("Kunjumon", "كونجومون"), ("Mathew", "ماثيو")],
     ["Puthenpurayil, Kottayam, Kerala 686{p3}", "{h} Villa, Changanassery 686{p3}"]),
    ([("Abdul Rasheed", "عبد الرشيد"), ("Mohammed Ashraf", "محمد أشرف"), ("Shameer", "شمير"), ("Noushad", "نوشاد")],
     [("Moideen", "محي الدين"), ("Kutty", "كوتي"), ("P.K.", "بي كي"), ("Ansari", "أنصاري")],
     ["Kunnath House, Malappuram 676{p3}", "{h} Manzil, Tirur, Malappuram 676{p3}"]),
    ([("Manikandan", "مانيكاندان"), ("Murugan", "موروغان"), ("Selvakumar", "سيلفاكومار")],
     [("Selvam", "سيلفام"), ("Mani", "ماني"), ("Raja", "راجا")],
     ["No. {w}, Kovil Street, Ramanathapuram, TN 623{p3}", "{w}/3 Middle Street, Pudukkottai, TN 622{p3}"]),
    ([("Pappu", "بابو"), ("Rakesh", "راكيش"), ("Sonu", "سونو"), ("Mukesh", "موكيش"), ("Ajay", "أجاي"),
      ("Santosh", "سانتوش")],
     [("Yadav", "ياداف"), ("Prasad", "براساد"), ("Kumar", "كومار"), ("Mandal", "ماندال"), ("Paswan", "باسوان")],
     ["Vill. Barhara, PO Siwan, Bihar 841{p3}", "Vill. {h}pur, Dist. Gorakhpur, UP 273{p3}"]),
    ([("Gurpreet Singh", "غوربريت سينغ"), ("Harjinder Singh", "هارجيندر سينغ"), ("Jaspal Singh", "جاسبال سينغ"),
      ("Manpreet Singh", "مانبريت سينغ"), ("Kuldeep Singh", "كولديب سينغ")],
     [("Gill", "غيل"), ("Sandhu", "ساندو"), ("Dhillon", "ديلون"), ("Brar", "برار"), ("Sidhu", "سيدهو")],
     ["Vill. Kotli, Teh. Phillaur, Jalandhar, Punjab 144{p3}"]),
]
QA_NAT_W = [("NPL", 30), ("IND", 24), ("BGD", 18), ("LKA", 5), ("PHL", 6), ("KEN", 6), ("UGA", 4), ("EGY", 3),
            ("PAK", 3), ("GHA", 1)]
QA_HOME_PHONE = {
    "NPL": ("977", lambda r: "98" + digits(r, 8)), "IND": ("91", lambda r: r.choice("6789") + digits(r, 9)),
    "BGD": ("880", lambda r: "1" + r.choice("3456789") + digits(r, 8)), "LKA": ("94", lambda r: "7" + r.choice("01245678") + digits(r, 7)),
    "PHL": ("63", lambda r: "9" + digits(r, 9)), "KEN": ("254", lambda r: "7" + digits(r, 8)),
    "UGA": ("256", lambda r: "7" + r.choice("0578") + digits(r, 7)), "EGY": ("20", lambda r: "1" + r.choice("0125") + digits(r, 8)),
    "PAK": ("92", lambda r: "3" + digits(r, 9)), "GHA": ("233", lambda r: r.choice(["24", "54", "20", "50"]) + digits(r, 7)),
}
QA_HOME_ADDR = {
    "NPL": ["Ward No. {w}, Mithila Municipality, Dhanusha", "Ward {w}, Siraha Municipality, Siraha",
            "Gaighat, Ward {w}, Udayapur", "Ward No {w}, Bhimdatta, Kanchanpur", "Okhaldhunga-{w}, Rumjatar",
            "Ward {w}, Lamjung, Besisahar", "Vill. Bhokraha-{w}, Sunsari"],
    "BGD": ["Vill: Char Kalia, PO: Sadar, Dist: Cumilla", "Vill: {h}para, Upazila: Beanibazar, Sylhet",
            "Vill: Dakshin Kazirchar, Muladi, Barishal", "House {w}, Road {w}, Narsingdi Sadar",
            "Vill: Uttar Mirzapur, Tangail"],
    "LKA": ["No. {w}, Temple Road, Kurunegala", "{w}/2, Main Street, Kattankudy", "No {w}, Galle Road, Moratuwa"],
    "PHL": ["Blk {w} Lot 3, Brgy. San Isidro, Cabanatuan City", "Purok {w}, Brgy. Poblacion, Batac, Ilocos Norte",
            "{w} Rizal St., Brgy. Sta. Cruz, Lipa City"],
    "KEN": ["P.O. Box {w}-40100, Kisumu", "Kapsabet, Nandi County, P.O. Box {w}", "Gatundu, Kiambu, P.O. Box {w}"],
    "UGA": ["Plot {w}, Masaka Road, Mpigi", "Lira Town, Adyel division, P.O. Box {w}"],
    "EGY": ["{w} Shar'a El-Tahrir, Kafr El-Sheikh", "Markaz Minya El-Qamh, Sharqia"],
    "PAK": ["Mohalla {h}abad, Tehsil Kharian, Gujrat", "Village Shinwari, Landi Kotal, Khyber"],
    "GHA": ["House No. {w}, Suame, Kumasi", "Tamale, Choggu, HNo {w}"],
}
QA_JOBS = ["عامل بناء", "نجار مسلح", "حداد مسلح", "كهربائي", "سباك", "فني تكييف", "سائق معدات ثقيلة", "مساح", "عامل نظافة",
           "لحام", "مشغل رافعة", "مراقب سلامة", "Mason", "Steel fixer", "HVAC technician", "Scaffolder"]
QA_COMPANIES = ["Doha Steelfix Contracting W.L.L.", "Gulf Horizon Scaffolding W.L.L.", "Al Sidra Electromechanical Co.",
                "Lusail Bright Facility Services", "شركة الريان للمقاولات العامة", "Pearl Coast MEP Services W.L.L.",
                "مؤسسة الدوحة الحديثة للتنظيف"]
QA_CAMPS = [(57, [1120, 1136, 1141, 1152]), (56, [1012, 1025]), (81, [3210, 3224]), (91, [4410, 4430]),
            (92, [4502, 4517]), (74, [2201, 2212])]


def t_qatar() -> tuple:
    rng = random.Random(16003)
    table = "sakan_ummal_qa"
    spec = [
        ("رقم السرير", False, "bed_record_id"),
        ("الرقم الوظيفي", True, "employee_number"),
        ("الاسم (حسب الجواز)", True, "full_name"),
        ("الاسم بالعربي", True, "full_name_arabic_script"),
        ("الجنسية", False, "nationality"),
        ("الرقم الشخصي", True, "qatar_id_qid"),
        ("انتهاء البطاقة", True, "id_expiry_date"),
        ("رقم الجواز", True, "passport_number"),
        ("تاريخ الميلاد", True, "date_of_birth"),
        ("المهنة", False, "job_title"),
        ("الشركة", False, "company_name"),
        ("عنوان السكن", True, "residence_address_zone_street_building"),
        ("رقم الغرفة", True, "address_line2_room"),
        ("الجوال", True, "mobile_phone"),
        ("هاتف الأهل", True, "phone_of_relative_abroad"),
        ("العنوان في البلد", True, "home_country_full_address"),
        ("البطاقة الصحية", True, "health_card_number"),
        ("فصيلة الدم", False, "blood_group"),
        ("بطاقة الدخول", True, "rfid_access_card_uid"),
        ("الآيبان (حماية الأجور)", True, "iban"),
        ("تاريخ التسكين", False, "check_in_date"),
        ("آخر دخول", False, "gate_event_timestamp"),
        ("الحالة", False, "record_status"),
        ("المشرف", True, "supervisor_name"),
        ("ملاحظات", True, "free_text_with_names"),
        ("المدخل", True, "username"),
    ]
    supervisors = ["Rajan Pillai", "Mahmoud Abdelaziz", "Shyam Thapa", "Eng. Hany Soliman", "Jomon Varghese",
                   "راجان بيلاي", "محمود عبدالعزيز"]
    clerks = ["f.alkuwari", "hr_camp2", "m.nair", "s.gurung", "admin", "a.elsayed"]
    banks = ["QNBA", "CBQA", "DOHB", "QISB", "MARK", "QIIB", "ABQQ"]
    rows = []
    bed = rng.randint(3000, 4000)
    emp_seq = rng.randint(10000, 15000)
    for _ in range(330):
        bed += rng.randint(1, 4)
        nat = wchoice(rng, QA_NAT_W)
        iso, nat_ar, gn, sn = QA_NAT[nat]
        addr_tpl = None
        if nat == "IND":
            gn, sn, addr_tpl = rng.choice(IND_GROUPS)
        g = rng.choice(gn)
        s = rng.choice(sn)
        name_en = f"{g[0]} {s[0]}".upper() if rng.random() < 0.8 else f"{s[0]} {g[0]}".upper()
        if rng.random() < 0.1:
            name_en = f"{g[0]} {s[0]}"
        name_ar = f"{g[1]} {s[1]}" if rng.random() < 0.7 else ""
        birth = rand_date(rng, dt.date(1968, 1, 1), dt.date(2004, 6, 30))
        qid = f"{'3' if birth.year >= 2000 else '2'}{birth.year % 100:02d}{iso}{digits(rng, 5)}"
        qexp = rand_date(rng, dt.date(2024, 2, 1), dt.date(2027, 12, 31))
        pp = {"NPL": lambda: rng.choice(["", "PA"]) + digits(rng, 7 if rng.random() < 0.5 else 8),
              "IND": lambda: rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7),
              "BGD": lambda: rng.choice(["A", "B", "EB", "BH"]) + digits(rng, 7 if rng.random() < 0.5 else 8),
              "LKA": lambda: "N" + digits(rng, 7), "PHL": lambda: "P" + digits(rng, 7) + rng.choice("ABC"),
              "KEN": lambda: "AK" + digits(rng, 7), "UGA": lambda: "A" + digits(rng, 8),
              "EGY": lambda: "A" + digits(rng, 8), "PAK": lambda: rng.choice(["AB", "CK", "DL"]) + digits(rng, 7),
              "GHA": lambda: "G" + digits(rng, 7)}[nat]()
        emp_seq += rng.randint(1, 9)
        emp = rng.choice([f"EMP-{emp_seq}", f"{emp_seq}", f"DSF{emp_seq}"])
        zone, streets = rng.choice(QA_CAMPS)
        st = rng.choice(streets)
        b = rng.randint(1, 60)
        addr = rng.choice([f"منطقة {zone}، شارع {st}، مبنى {b}", f"Zone {zone}, Street {st}, Building {b}",
                           f"Z{zone} St{st} B{b}", f"Industrial Area St. {rng.randint(1, 52)}, Camp {rng.choice('ABCDEFG')}" if zone == 57 else f"منطقة {zone} شارع {st} مبنى {b}"])
        room = rng.choice([f"{rng.randint(1, 3)}{rng.randint(1, 40):02d}", f"G-{rng.randint(1, 30):02d}",
                           f"R{rng.randint(1, 250)}", f"{rng.choice('ABC')}{rng.randint(1, 3)}-{rng.randint(1, 30):02d}"])
        nsn = rng.choice(["33", "55", "66", "70", "77", "50", "31"]) + digits(rng, 6)
        mob = phone(rng, "974", nsn, "", ["bare", "bare", "half", "intl", "cc_sp", "00", "intl_sp"])
        hcc, hmk = QA_HOME_PHONE[nat]
        hn = hmk(rng)
        home_ph = rng.choice([f"+{hcc}{hn}", f"00{hcc}{hn}", f"{hcc} {hn}", f"+{hcc}-{hn}", "0" + hn])
        if rng.random() < 0.1:
            home_ph = ""
        haddr = rng.choice(addr_tpl or QA_HOME_ADDR[nat]).format(
            w=rng.randint(1, 35), h=rng.choice(["Puthen", "Chira", "Kallada", "Rose"] if nat == "IND" else ["Madhav", "Rasul", "Kalam", "Ram", "Islam"]), p3=f"{rng.randint(1, 599):03d}")
        health = f"{rng.randint(10, 99)}{digits(rng, 6)}" if rng.random() < 0.85 else ""
        rfid = rng.choice([":".join(hexstr(rng, 2).upper() for _ in range(4)),
                           "04" + hexstr(rng, 12).upper(), hexstr(rng, 8).upper()])
        bank = rng.choice(banks)
        ib = iban_make("QA", bank + digits(rng, 4) + "".join(rng.choice(string.digits + string.ascii_uppercase) if i < 2 else rng.choice(string.digits) for i in range(17)))
        ib = rng.choice([ib, ib, group4(ib)])
        if rng.random() < 0.07:
            ib = ""
        cin = rand_date(rng, max(dt.date(2019, 3, 1), birth + dt.timedelta(days=18 * 365 + 5)), dt.date(2024, 10, 31))
        status = wchoice(rng, [("مقيم", 0.78), ("إجازة", 0.1), ("غادر نهائياً", 0.07), ("نقل", 0.05)])
        last_in = rand_ts(rng, dt.datetime(2024, 10, 1, 0, 0), dt.datetime(2024, 11, 15, 0, 0)) if status == "مقيم" else None
        note = ""
        r = rng.random()
        first_en = g[0].split()[0]
        if r < 0.12:
            other = rng.choice(gn)[0] + " " + rng.choice(sn)[0]
            note = rng.choice([f"roommate {other} complained about AC", f"shifted from room with {other}",
                               f"brother {rng.choice(gn)[0]} works at Al Sidra camp, visits Fridays",
                               f"تم نقله إلى غرفة أخرى بطلب من المشرف {rng.choice(supervisors)}",
                               f"annual leave, ticket via agent, wife {rng.choice(['Sita', 'Rekha', 'Shirin', 'Grace', 'Maria'])} to receive salary"])
        elif r < 0.2:
            note = rng.choice(["QID renewal pending", "medical fitness done", "تحت الحجر الصحي 7 أيام", "key not returned",
                               f"{first_en} hospitalised at Hazm Mebaireek, informed family on {home_ph or 'home number'}"])
        rows.append({
            "رقم السرير": f"BED-{bed:05d}", "الرقم الوظيفي": emp, "الاسم (حسب الجواز)": name_en,
            "الاسم بالعربي": name_ar, "الجنسية": rng.choice([nat_ar, nat_ar, nat]), "الرقم الشخصي": qid,
            "انتهاء البطاقة": qexp.strftime("%d/%m/%Y"), "رقم الجواز": pp,
            "تاريخ الميلاد": rng.choice([birth.strftime("%d/%m/%Y"), birth.isoformat(), birth.strftime("%d-%b-%Y")]),
            "المهنة": rng.choice(QA_JOBS), "الشركة": rng.choice(QA_COMPANIES), "عنوان السكن": addr,
            "رقم الغرفة": room, "الجوال": mob, "هاتف الأهل": home_ph, "العنوان في البلد": haddr,
            "البطاقة الصحية": health, "فصيلة الدم": rng.choice(["O+", "A+", "B+", "AB+", "O-", "", "B+", "O+"]),
            "بطاقة الدخول": rfid, "الآيبان (حماية الأجور)": ib, "تاريخ التسكين": cin.strftime("%d/%m/%Y"),
            "آخر دخول": last_in.strftime("%Y-%m-%d %H:%M") if last_in else "", "الحالة": status,
            "المشرف": rng.choice(supervisors), "ملاحظات": note, "المدخل": rng.choice(clerks),
        })
    desc = ("Qatari contractor's labour-accommodation register (expatriate construction and facility workers: Nepali, "
            "Indian, Bangladeshi, Sri Lankan, Filipino, Kenyan, Ugandan, Egyptian, Pakistani, Ghanaian) with Arabic "
            "headers. Passport names in upper case plus Arabic-script transliterations; QID (century digit, birth year, "
            "ISO numeric nationality, serial) with expiry; Qatari Zone/Street/Building camp addresses and room numbers; "
            "+974 mobiles and home-country phones and addresses; health card; RFID gate card; WPS salary QA IBAN; "
            "notes naming roommates and relatives; bed ids, check-in and gate times are business data.")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16004 Cabo Verde: Asterisk Master.csv of a ferry-booking call centre (no header row)
# =============================================================================================
CV_M = ["João", "José", "Manuel", "António", "Carlos", "Adilson", "Euclides", "Nilton", "Ivanilson", "Elton",
        "Edmilson", "Jailson", "Admilson", "Hélder", "Djoy", "Aristides", "Osvaldo", "Zeca", "Wilson", "Kevin"]
CV_F = ["Maria", "Ana", "Fátima", "Lígia", "Odete", "Ivone", "Nilza", "Elisângela", "Edna", "Jéssica", "Arlinda",
        "Sónia", "Dulce", "Nha Nha", "Celeste", "Ermelinda", "Keila", "Jandira", "Zenaida", "Djénifer"]
CV_SUR = ["Tavares", "Semedo", "Lopes", "Fernandes", "Monteiro", "Gomes", "Varela", "Furtado", "Moreira",
          "Rodrigues", "Cabral", "Brito", "Andrade", "Delgado", "Silva", "Pina", "Mendes", "Fortes", "Duarte", "Évora",
          "Spencer", "Lima", "Veiga", "Correia", "Ramos", "Barros", "Borges", "Livramento", "dos Reis", "Sanches"]
CV_ISLANDS = ["Santiago", "São Vicente", "Santo Antão", "Fogo", "Brava", "Maio", "Sal", "Boa Vista", "São Nicolau"]
CV_ROUTES = ["PRA-FOG", "FOG-BRA", "SVC-SAN", "PRA-MAI", "PRA-SVC", "SVC-SNI", "PRA-BRA", "SAL-BVT"]


def t_asterisk_cv() -> tuple:
    rng = random.Random(16004)
    table = "asterisk_master_cdr_cv_noheader"
    spec = [
        ("accountcode", False, "account_code"),
        ("src", True, "caller_number_or_extension"),
        ("dst", True, "dialled_number_or_extension"),
        ("dcontext", False, "dialplan_context"),
        ("clid", True, "caller_id_name_and_number"),
        ("channel", False, "channel_name"),
        ("dstchannel", False, "channel_name"),
        ("lastapp", False, "application"),
        ("lastdata", True, "application_arguments_with_phone"),
        ("start", False, "timestamp"),
        ("answer", False, "timestamp"),
        ("end", False, "timestamp"),
        ("duration", False, "duration_seconds"),
        ("billsec", False, "duration_seconds"),
        ("disposition", False, "call_status"),
        ("amaflags", False, "ama_flag"),
        ("uniqueid", False, "call_id"),
        ("userfield", True, "free_text_with_names"),
    ]
    agents = {201: "Nilza", 202: "Adilson", 203: "Keila", 204: "Osvaldo", 205: "Jandira", 207: "Elton", 209: "Dulce",
              210: "Supervisão"}
    trunks = ["cvmovel", "unitel", "cvt-sip"]

    def cv_number() -> tuple[str, str]:
        r = rng.random()
        if r < 0.55:
            n = rng.choice(["99", "98", "97", "95"]) + digits(rng, 5)
        elif r < 0.75:
            n = rng.choice(["59", "58", "52", "51"]) + digits(rng, 5)
        elif r < 0.85:
            n = rng.choice(["26", "23", "24", "28"]) + digits(rng, 5)
        else:
            n = rng.choice(["351" + "9" + digits(rng, 8), "1508" + digits(rng, 7), "1401" + digits(rng, 7),
                            "316" + digits(rng, 8), "336" + digits(rng, 8)])
            return n, rng.choice(["+" + n, "00" + n, n])
        return n, rng.choice([n, n, "238" + n, "+238" + n])

    rows = []
    t = dt.datetime(2024, 6, 3, 8, 0, 2)
    uid_epoch = int((t - dt.datetime(1970, 1, 1)).total_seconds())
    uid_seq = rng.randint(1000, 5000)
    for i in range(381):
        t += dt.timedelta(seconds=rng.randint(20, 1500))
        if t.hour >= 19:
            t = (t + dt.timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 20))
        uid_seq += rng.randint(1, 12)
        kind = wchoice(rng, [("in", 0.6), ("out", 0.25), ("int", 0.05), ("vm", 0.1)]) if i else "in"
        agent = rng.choice(list(agents))
        num, shown = cv_number()
        fname = rng.choice(CV_M + CV_F)
        lname = rng.choice(CV_SUR) + (" " + rng.choice(CV_SUR) if rng.random() < 0.4 else "")
        booking = "CV" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(5))
        dur = rng.randint(15, 900)
        ring = rng.randint(3, 45)
        disp = wchoice(rng, [("ANSWERED", 0.74), ("NO ANSWER", 0.16), ("BUSY", 0.06), ("FAILED", 0.04)]) if i else "ANSWERED"
        answered = disp == "ANSWERED"
        billsec = max(dur - ring, 1) if answered else 0
        if not answered:
            dur = ring
        ch_id = hexstr(rng, 8)
        trunk = rng.choice(trunks)
        userfield = ""
        if kind == "in":
            src = shown
            dst = rng.choice(["s", "2608000", "2608000", "500"])
            dctx = rng.choice(["from-trunk", "ivr-reservas", "queue-reservas"])
            nm = rng.random()
            if nm < 0.45:
                clid = f'"{fname} {lname}" <{shown}>'
            elif nm < 0.8:
                clid = f'"{shown}" <{shown}>'
            else:
                clid = f'"{rng.choice(["CVMOVEL", "UNITEL T+", "Anonymous"])}" <{shown}>'
            channel = f"PJSIP/{trunk}-{ch_id}"
            dstchannel = f"PJSIP/{agent}-{hexstr(rng, 8)}" if answered else ""
            lastapp = "Queue" if answered else rng.choice(["Queue", "BackGround", "Playback"])
            lastdata = rng.choice(["reservas,tT,,,300", "reservas,t,,,300", "apoio,tT,,,180"]) if lastapp == "Queue" else rng.choice(
                ["custom/boas-vindas", "custom/fora-horario", "custom/menu-principal"])
            acct = rng.choice(["reservas", "reservas", "apoio"])
            if answered and rng.random() < 0.55:
                isl = rng.sample(CV_ISLANDS, 2)
                userfield = rng.choice([
                    f"reserva={booking};cliente={fname} {lname};rota={rng.choice(CV_ROUTES)}",
                    f"cliente {fname} {lname} pede alteração da viagem {isl[0]}-{isl[1]} para {rng.randint(1, 28)}/{rng.randint(6, 9):02d}",
                    f"bagagem perdida - pass. {fname.upper()} {lname.upper()} contacto alternativo {cv_number()[1]}",
                    f"reclamação atraso navio; ligar de volta a {fname}",
                    f"{booking} confirmado - {rng.randint(1, 5)} pax + viatura",
                    "info horários",
                    "",
                ])
        elif kind == "out":
            src = str(agent)
            dst = rng.choice([num, "0" + num if len(num) == 7 and rng.random() < 0.2 else num, "00" + num if len(num) > 7 else num])
            dctx = "from-internal"
            clid = f'"{rng.choice(["Agente ", "", "Reservas "])}{agents[agent]}" <{agent}>'
            channel = f"PJSIP/{agent}-{ch_id}"
            dstchannel = f"PJSIP/{trunk}-{hexstr(rng, 8)}" if answered or disp == "BUSY" else ""
            lastapp = "Dial"
            lastdata = f"PJSIP/{dst}@{trunk},60,tT"
            acct = "outbound"
            if rng.random() < 0.5:
                userfield = rng.choice([f"callback {booking} {fname} {lname}", f"confirmação reserva {booking}",
                                        f"avisar {fname} {lname}: cancelamento por mau tempo", ""])
        elif kind == "int":
            other = rng.choice([a for a in agents if a != agent])
            src, dst = str(agent), str(other)
            dctx = "from-internal"
            clid = f'"{agents[agent]}" <{agent}>'
            channel = f"PJSIP/{agent}-{ch_id}"
            dstchannel = f"PJSIP/{other}-{hexstr(rng, 8)}" if answered else ""
            lastapp = "Dial"
            lastdata = f"PJSIP/{other},30,tT"
            acct = "interno"
        else:
            src = shown
            dst = "500"
            dctx = "ivr-reservas"
            clid = f'"{shown}" <{shown}>' if rng.random() < 0.6 else f'"{fname} {lname}" <{shown}>'
            channel = f"PJSIP/{trunk}-{ch_id}"
            dstchannel = ""
            lastapp = "VoiceMail"
            lastdata = "500@reservas,u"
            acct = "reservas"
            disp = "ANSWERED"
            answered = True
            dur = ring + rng.randint(8, 90)
            billsec = dur - ring
        if i == 0:
            acct, src, dst, dctx = "reservas", "9912345", "2608000", "from-trunk"
            clid = '"Ana Semedo Tavares" <9912345>'
            channel = "PJSIP/cvmovel-000012a3"
            dstchannel = "PJSIP/204-000012a4"
            lastapp, lastdata = "Queue", "reservas,tT,,,300"
            dur, billsec, ring = 184, 161, 23
            userfield = "reserva=CV7K2QD;cliente=Ana Semedo Tavares;rota=PRA-FOG"
        ans = t + dt.timedelta(seconds=ring) if answered else None
        end = t + dt.timedelta(seconds=dur)
        rows.append({
            "accountcode": acct, "src": src, "dst": dst, "dcontext": dctx, "clid": clid, "channel": channel,
            "dstchannel": dstchannel, "lastapp": lastapp, "lastdata": lastdata,
            "start": t.strftime("%Y-%m-%d %H:%M:%S"), "answer": ans.strftime("%Y-%m-%d %H:%M:%S") if ans else "",
            "end": end.strftime("%Y-%m-%d %H:%M:%S"), "duration": dur, "billsec": billsec, "disposition": disp,
            "amaflags": "DOCUMENTATION", "uniqueid": f"{uid_epoch + int((t - dt.datetime(2024, 6, 3, 8, 0, 2)).total_seconds())}.{uid_seq}",
            "userfield": userfield,
        })
    desc = ("Cabo Verde inter-island ferry booking call centre: Asterisk cdr_csv Master.csv (standard 18 fields, "
            "**no header row**, so the first record's values are the label keys). Mostly call metadata; src/dst mix agent "
            "extensions, the company DID and customers' 7-digit Cabo Verde numbers (with or without 238/+238) and "
            "diaspora numbers (PT, US, NL, FR); caller-id names from CRM lookup; Dial arguments carry dialled customer "
            "numbers; the CRM-written userfield names passengers. Label keys are the first record's values.")
    return emit(table, desc, spec, rows, noheader=True)


# =============================================================================================
# 16005 Algeria: WooCommerce cash-on-delivery orders with re-used checkout fields (misleading)
# =============================================================================================
DZ_M = [("Mohamed", "محمد"), ("Yacine", "ياسين"), ("Amine", "أمين"), ("Sofiane", "سفيان"), ("Karim", "كريم"),
        ("Rachid", "رشيد"), ("Walid", "وليد"), ("Bilal", "بلال"), ("Abdelkader", "عبد القادر"),
        ("Noureddine", "نور الدين"), ("Mourad", "مراد"), ("Hocine", "حسين"), ("Fares", "فارس"), ("Djamel", "جمال"),
        ("Riad", "رياض"), ("Abderrahmane", "عبد الرحمن"), ("Lounes", None), ("Massinissa", None), ("Idir", None),
        ("Ameziane", None), ("Aksel", None), ("Bahmed", None)]
DZ_F = [("Amina", "أمينة"), ("Lamia", "لمياء"), ("Nesrine", "نسرين"), ("Meriem", "مريم"), ("Sarah", "سارة"),
        ("Imane", "إيمان"), ("Yasmine", "ياسمين"), ("Khadidja", "خديجة"), ("Chaima", "شيماء"), ("Wissam", "وسام"),
        ("Asma", "أسماء"), ("Fatima Zohra", "فاطمة الزهراء"), ("Nour El Houda", "نور الهدى"), ("Kahina", None),
        ("Thiziri", None), ("Tinhinane", None), ("Dihia", None), ("Lydia", None), ("Kenza", "كنزة"), ("Souad", "سعاد")]
DZ_SUR = [("Benali", "بن علي"), ("Bouzid", "بوزيد"), ("Haddad", "حداد"), ("Belkacem", "بلقاسم"), ("Boudiaf", "بوضياف"),
          ("Cherif", "شريف"), ("Mebarki", "مباركي"), ("Hamidi", "حميدي"), ("Slimani", "سليماني"), ("Zerrouki", "زروقي"),
          ("Bensalah", "بن صالح"), ("Benmoussa", "بن موسى"), ("Boukhari", "بوخاري"), ("Mansouri", "منصوري"),
          ("Saadi", "سعدي"), ("Hadjadj", "حجاج"), ("Bouchareb", "بوشارب"), ("Ziani", "زياني"), ("Bennacer", "بن ناصر"),
          ("Lakhdari", "لخضاري"), ("Guerfi", "قرفي"), ("Chaouch", "شاوش"), ("Ait Ahmed", None), ("Ait Ouali", None),
          ("Amrouche", None), ("Kaci", None), ("Oukaci", None), ("Belaïd", None), ("Hamitouche", None),
          ("Mammeri", None), ("Baelhadj", None), ("Akhamokh", None)]
DZ_WILAYAS = [  # number, name, communes
    (16, "Alger", ["Bab Ezzouar", "Kouba", "Hussein Dey", "Bir Mourad Raïs", "El Harrach", "Bab El Oued", "Chéraga",
                   "Dely Ibrahim", "Bordj El Kiffan", "Draria"]),
    (31, "Oran", ["Oran", "Bir El Djir", "Es Sénia", "Aïn El Turck", "Arzew"]),
    (15, "Tizi Ouzou", ["Tizi Ouzou", "Azazga", "Draâ Ben Khedda", "Tigzirt", "Larbaâ Nath Irathen"]),
    (6, "Béjaïa", ["Béjaïa", "Akbou", "Amizour", "El Kseur"]),
    (19, "Sétif", ["Sétif", "El Eulma", "Aïn Arnat"]),
    (25, "Constantine", ["Constantine", "El Khroub", "Ali Mendjeli", "Hamma Bouziane"]),
    (9, "Blida", ["Blida", "Boufarik", "Ouled Yaïch"]),
    (23, "Annaba", ["Annaba", "El Bouni", "Sidi Amar"]),
    (5, "Batna", ["Batna", "Arris", "Barika"]),
    (13, "Tlemcen", ["Tlemcen", "Maghnia", "Remchi"]),
    (35, "Boumerdès", ["Boumerdès", "Boudouaou", "Dellys"]),
    (47, "Ghardaïa", ["Ghardaïa", "Metlili", "El Atteuf", "Beni Isguen"]),
    (11, "Tamanrasset", ["Tamanrasset", "Abalessa"]),
    (42, "Tipaza", ["Tipaza", "Cherchell", "Koléa"]),
    (10, "Bouira", ["Bouira", "Lakhdaria"]),
    (30, "Ouargla", ["Ouargla", "Hassi Messaoud"]),
    (39, "El Oued", ["El Oued", "Guemar"]),
    (22, "Sidi Bel Abbès", ["Sidi Bel Abbès", "Telagh"]),
]
DZ_PRODUCTS = [("Sérum vitamine C 30ml", "CSM-VC30", 2200), ("Crème anti-taches 50g", "CSM-AT50", 1900),
               ("Djellaba brodée femme", "MOD-DJB", 5800), ("Robe kabyle traditionnelle", "MOD-RKB", 8500),
               ("Ensemble survêtement homme", "MOD-SRV", 4200), ("Montre connectée T500", "ELC-T500", 3900),
               ("Écouteurs sans fil Pro", "ELC-EAR", 2600), ("Huile de nigelle 250ml", "NAT-NIG", 1200),
               ("Miel de jujubier 1kg", "NAT-MJB", 6500), ("Lot 3 hijabs jersey", "MOD-HJ3", 2400),
               ("Parfum oud 100ml", "CSM-OUD", 3500), ("Cafetière italienne 6 tasses", "MSN-CAF", 2900),
               ("Baskets femme", "MOD-BSK", 4800), ("Coque iPhone 13", "ELC-CQ13", 900)]
DZ_VARIANTS = ["Taille M", "Taille L", "XL", "XXL", "38", "39", "40", "41", "42", "Noir", "Beige", "Blanc", "Rose gold",
               "Noir / 40", "Beige / 38", "Lot de 2", "Bordeaux", "-", "."]
DZ_UA = [
    "Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 11 Build/TKQ1.221114.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.66 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/440.0.0.31.105;]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 305.0.0.18.110",
    "Mozilla/5.0 (Linux; Android 11; CPH2239) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
]


def t_woo_dz() -> tuple:
    rng = random.Random(16005)
    table = "woo_orders_export_dz"
    spec = [
        ("Order ID", False, "record_id"),
        ("Order Number", False, "order_number"),
        ("Order Date", False, "timestamp"),
        ("Order Status", False, "record_status"),
        ("Payment Method Title", False, "category"),
        ("Shipping Method Title", False, "category"),
        ("Order Shipping", False, "amount"),
        ("Order Total", False, "amount"),
        ("Billing First Name", True, "full_name"),
        ("Billing Last Name", False, "product_variant"),
        ("Billing Company", False, "courier_stop_desk_office"),
        ("Billing Email", True, "email_or_phone_derived_placeholder"),
        ("Billing Phone", True, "mobile_phone"),
        ("Billing Address 1", True, "street_address"),
        ("Billing Address 2", True, "social_media_handle"),
        ("Billing City", True, "city_commune_of_residence"),
        ("Billing State", False, "wilaya_name"),
        ("Billing Postcode", False, "wilaya_number"),
        ("Billing Country", False, "country_alpha2"),
        ("Shipping Company", False, "tracking_number"),
        ("Customer Note", True, "free_text_with_names"),
        ("Customer IP Address", True, "ip_address"),
        ("Customer User Agent", False, "user_agent"),
        ("Customer User ID", False, "customer_id"),
        ("Item SKU", False, "sku"),
        ("Item Name", False, "product_name"),
        ("Item EAN", False, "ean13"),
        ("Item Quantity", False, "quantity"),
        ("Item Cost", False, "unit_price"),
        ("Coupon Code", False, "coupon_code"),
        ("Order Notes", True, "free_text_with_names"),
    ]
    shop = "lalla-store.dz"
    eans = {p[1]: ean13("613" + digits(rng, 9)) for p in DZ_PRODUCTS}
    agents = ["Amina", "Yacine", "Sara (confirmation)", "Hichem"]
    rows = []
    oid = rng.randint(18000, 19000)
    t = dt.datetime(2024, 9, 1, 9, 0, 0)
    while len(rows) < 360:
        oid += rng.randint(1, 7)
        t += dt.timedelta(minutes=rng.randint(5, 240))
        sex = rng.choice("MFF")
        g = rng.choice(DZ_M if sex == "M" else DZ_F)
        s = rng.choice(DZ_SUR)
        r = rng.random()
        if r < 0.12 and g[1] and s[1]:
            full = f"{g[1]} {s[1]}"
        elif r < 0.3:
            full = f"{s[0].upper()} {g[0]}"
        elif r < 0.38:
            full = g[0].lower()
        else:
            full = f"{g[0]} {s[0]}"
        wil_no, wil, communes = rng.choice(DZ_WILAYAS[:3] * 3 + DZ_WILAYAS)
        commune = rng.choice(communes)
        nsn = rng.choice("567") + digits(rng, 8)
        ph = phone(rng, "213", nsn, "0", ["trunk", "trunk", "trunk", "trunk_pairs", "intl", "cc", "trunk_sp"])
        er = rng.random()
        if er < 0.55:
            email = f"client0{nsn}@{shop}"
        elif er < 0.7:
            email = f"noemail@{shop}"
        else:
            f = ascii_fold(g[0]).lower().replace(" ", "")
            la = ascii_fold(s[0]).lower().replace(" ", "")
            email = rng.choice([f"{f}.{la}", f"{f}{rng.randint(1, 99)}", f"{la}{f[0]}{rng.randint(80, 2006)}",
                                f"{f}_{wil_no}"]) + "@" + rng.choice(["gmail.com", "yahoo.fr", "hotmail.fr", "outlook.fr"])
        stop = rng.random() < 0.35
        ship_title = "Stop Desk" if stop else "Livraison à domicile"
        ship_cost = (rng.choice([250, 300, 400]) if stop else rng.choice([400, 500, 600, 800])) + (300 if wil_no in (11, 47, 30, 39) else 0)
        company = f"{rng.choice(['Yalidine', 'ZR Express', 'Maystro'])} - {commune}" if stop else ""
        ar = rng.random()
        if stop:
            addr1 = rng.choice(["stop desk", "Stop desk", "récupération au bureau", f"bureau {commune}"])
        elif ar < 0.3:
            addr1 = f"Cité {rng.choice(['1000', '500', '600', '1200', '2000'])} logements Bt {rng.randint(1, 60)} N°{rng.randint(1, 40)}"
        elif ar < 0.55:
            addr1 = f"{rng.choice(['Rue', 'Rue', 'Bd'])} {rng.choice(['Larbi Ben Mhidi', 'Didouche Mourad', 'Hassiba Ben Bouali', 'Colonel Amirouche', 'Emir Abdelkader', 'des Frères Bouadou'])} N° {rng.randint(1, 180)}"
        elif ar < 0.75:
            addr1 = f"Hai {rng.choice(['El Badr', 'Essalam', 'El Moudjahidine', 'Ennasr', '5 Juillet', 'Bouakal'])}, lot {rng.randint(1, 300)}"
        elif ar < 0.88:
            addr1 = rng.choice([f"حي {rng.choice(['السلام', 'النصر', 'البدر'])} رقم {rng.randint(1, 200)}",
                                f"قرب مسجد {rng.choice(['الفتح', 'الرحمة', 'التقوى'])}"])
        else:
            addr1 = f"Village {rng.choice(['Ait Ali', 'Tala Amara', 'Ighil Imoula', 'Taourirt'])}, à côté de l'école"
        hr = rng.random()
        if hr < 0.45:
            handle = ""
        elif hr < 0.7:
            handle = f"fb: {g[0]} {s[0][:3]}." if rng.random() < 0.5 else f"FB {g[0]} {rng.choice(['Dz', 'Bnt', 'Lwz', 'Ahlam'])}"
        else:
            handle = "@" + ascii_fold(g[0]).lower().replace(" ", "") + rng.choice(["_dz", ".", "_", "__"]) + rng.choice(
                [str(wil_no), ascii_fold(s[0]).lower().replace(" ", "")[:4], str(rng.randint(90, 2005))])
        status = wchoice(rng, [("Livrée", 0.55), ("Confirmée", 0.12), ("En attente", 0.08), ("Retournée", 0.12),
                               ("Annulée", 0.08), ("Injoignable", 0.05)])
        track = f"yal-{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))}" if status in (
            "Livrée", "Retournée", "Confirmée") else ""
        note = ""
        nr = rng.random()
        if nr < 0.1:
            note = rng.choice([f"appelez après 17h SVP", f"livrer chez mon voisin {rng.choice(DZ_M)[0]} (épicerie)",
                               f"c'est pour ma sœur {rng.choice(DZ_F)[0]}, elle va payer", "3ayto 9bel matjiw",
                               f"عيطو لخويا {rng.choice(DZ_M)[0]} على {phone(rng, '213', rng.choice('567') + digits(rng, 8), '0', ['trunk'])}",
                               "taille un peu grande svp", "cadeau, ne pas mettre le prix"])
        onote = ""
        on = rng.random()
        if status in ("Injoignable", "Annulée") or on < 0.15:
            onote = rng.choice([f"client injoignable 3 fois - {rng.choice(agents)}",
                                f"Confirmé par téléphone avec {full} - {rng.choice(agents)}",
                                "Statut modifié de En attente à Confirmée.",
                                f"refus à la livraison, le mari ({rng.choice(DZ_M)[0]}) dit pas commandé",
                                "doublon commande précédente", "Commande créée via Facebook Lead Ads"])
        ip = rng.choice([f"105.{rng.randint(96, 111)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"41.{rng.randint(96, 111)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"197.{rng.randint(200, 207)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"2c0f:f{rng.randint(100, 999)}:{hexstr(rng, 4)}:{hexstr(rng, 4)}::{hexstr(rng, 3)}"])
        ua = rng.choice(DZ_UA)
        cuid = 0 if rng.random() < 0.8 else rng.randint(2, 1400)
        coupon = rng.choice(["", "", "", "", "AID2024", "BIENVENUE", "LIVRAISON0", "FLASH15"])
        n_items = wchoice(rng, [(1, 0.7), (2, 0.22), (3, 0.08)])
        items = rng.sample(DZ_PRODUCTS, n_items)
        qtys = [rng.choice([1, 1, 1, 2, 3]) for _ in items]
        total = sum(p[2] * q for p, q in zip(items, qtys)) + ship_cost
        variant = rng.choice(DZ_VARIANTS)
        for (pname, sku, price), q in zip(items, qtys):
            rows.append({
                "Order ID": oid, "Order Number": f"CMD-{oid}", "Order Date": t.strftime("%Y-%m-%d %H:%M:%S"),
                "Order Status": status, "Payment Method Title": "Paiement à la livraison",
                "Shipping Method Title": ship_title, "Order Shipping": ship_cost, "Order Total": total,
                "Billing First Name": full, "Billing Last Name": variant, "Billing Company": company,
                "Billing Email": email, "Billing Phone": ph, "Billing Address 1": addr1, "Billing Address 2": handle,
                "Billing City": commune, "Billing State": wil, "Billing Postcode": f"{wil_no:02d}",
                "Billing Country": "DZ", "Shipping Company": track, "Customer Note": note, "Customer IP Address": ip,
                "Customer User Agent": ua, "Customer User ID": cuid, "Item SKU": f"DZ-{sku}", "Item Name": pname,
                "Item EAN": eans[sku], "Item Quantity": q, "Item Cost": f"{price:.2f}", "Coupon Code": coupon,
                "Order Notes": onote,
            })
    rows = rows[:360]
    desc = ("Algerian cash-on-delivery web shop (WooCommerce order export, one row per line item) whose checkout plugin "
            "re-uses WooCommerce fields, so several headers mislead: Billing First Name holds the full name (Latin, upper-case "
            "surname first, or Arabic script; Kabyle, Mozabite and Tuareg names too), Billing Last Name the product variant, "
            "Billing Company the courier stop-desk office, Billing Email a placeholder built from the phone or a real address, "
            "Billing Address 2 the buyer's Facebook/Instagram handle, Billing City the commune, Billing Postcode the wilaya "
            "number (coarse), Shipping Company the courier tracking number. Customer and order notes in French, Arabic and "
            "Darija name relatives, neighbours and confirmation agents.")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16006 Liechtenstein: fiduciary's outgoing ISO 20022 pain.001 credit transfers
# =============================================================================================
LI_M = ["Markus", "Thomas", "Patrick", "Daniel", "Christoph", "Mario", "Herbert", "Josef", "Egon", "Alois",
        "Hansjörg", "Rainer", "Elmar", "Arnold", "Fabian", "Marco", "Nermin", "Emre", "Pius", "Wendelin"]
LI_F = ["Andrea", "Sandra", "Daniela", "Monika", "Barbara", "Brigitte", "Rita", "Marlies", "Ursula", "Jasmin",
        "Nadine", "Corinne", "Silvia", "Renate", "Elisabeth", "Tamara", "Ana", "Theres", "Karin", "Hildegard"]
LI_SUR = ["Büchel", "Frommelt", "Ospelt", "Marxer", "Hasler", "Beck", "Kaiser", "Vogt", "Wohlwend", "Negele",
          "Batliner", "Schädler", "Matt", "Eberle", "Sele", "Kranz", "Gassner", "Meier", "Kieber", "Risch", "Nägele",
          "Oehri", "Schurte", "Walch", "Wanger", "Quaderer", "Bühler", "Lampert", "Biedermann", "Foser", "Heeb",
          "Jehle", "Kindle", "Lins", "Näscher", "Rheinberger", "Sprenger", "Ferreira", "Yilmaz", "Hodžić", "De Luca",
          "Vetsch", "Mähr", "Fend", "Nachbaur"]
LI_TOWNS = [("9490", "Vaduz"), ("9494", "Schaan"), ("9495", "Triesen"), ("9496", "Balzers"), ("9497", "Triesenberg"),
            ("9498", "Planken"), ("9492", "Eschen"), ("9485", "Nendeln"), ("9493", "Mauren"), ("9486", "Schaanwald"),
            ("9487", "Gamprin-Bendern"), ("9488", "Schellenberg"), ("9491", "Ruggell")]
CH_TOWNS = [("9470", "Buchs SG"), ("9475", "Sevelen"), ("7320", "Sargans"), ("9477", "Trübbach"), ("9450", "Altstätten"),
            ("7000", "Chur"), ("9000", "St. Gallen"), ("8001", "Zürich")]
AT_TOWNS = [("6800", "Feldkirch"), ("6830", "Rankweil"), ("6850", "Dornbirn"), ("6700", "Bludenz"), ("6840", "Götzis"),
            ("6710", "Nenzing")]
LI_STREETS = ["Landstrasse", "Äulestrasse", "Kirchstrasse", "Feldkircher Strasse", "Zollstrasse", "Bahnhofstrasse",
              "Im Bretscha", "Poststrasse", "Austrasse", "Gapetschstrasse", "Wuhrstrasse", "Churer Strasse",
              "Fürst-Franz-Josef-Strasse", "Rätikonerstrasse", "Dorfstrasse", "Essanestrasse", "Im Rossfeld"]
LI_BANKS = [("08800", "LILALI2X"), ("08805", "VPBVLI2X"), ("08810", "BLFLLI2X")]
CH_BANKS = [("00230", "UBSWCHZH80A"), ("00700", "ZKBKCHZZ80A"), ("09000", "POFICHBEXXX"), ("80808", "RAIFCH22XXX"),
            ("00781", "KBSGCH22XXX")]
CH_QR_IIDS = [("30000", "POFICHBEXXX"), ("30761", "KBSGCH22XXX"), ("31000", "RAIFCH22XXX")]
AT_BANKS = [("37422", "RVVGAT2B422"), ("58000", "HYPVAT2BXXX"), ("20111", "GIBAATWWXXX")]


def t_pain001_li() -> tuple:
    rng = random.Random(16006)
    table = "pain001_zahlungen_li"
    spec = [
        ("GrpHdr/MsgId", False, "message_id"),
        ("GrpHdr/CreDtTm", False, "created_at"),
        ("GrpHdr/InitgPty/Nm", False, "company_name"),
        ("PmtInf/PmtInfId", False, "batch_id"),
        ("PmtInf/ReqdExctnDt/Dt", False, "execution_date"),
        ("PmtInf/Dbtr/Nm", True, "debtor_name_mixed_people_companies"),
        ("PmtInf/DbtrAcct/Id/IBAN", True, "iban_mixed_people_companies"),
        ("PmtInf/DbtrAgt/FinInstnId/BICFI", False, "bic"),
        ("CdtTrfTxInf/PmtId/InstrId", False, "instruction_id"),
        ("CdtTrfTxInf/PmtId/EndToEndId", False, "end_to_end_id"),
        ("CdtTrfTxInf/PmtTpInf/CtgyPurp/Cd", False, "category_purpose_code"),
        ("CdtTrfTxInf/Amt/InstdAmt", False, "amount"),
        ("CdtTrfTxInf/Amt/InstdAmt/@Ccy", False, "currency_code"),
        ("CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI", False, "bic"),
        ("CdtTrfTxInf/Cdtr/Nm", True, "creditor_name_mixed_people_companies"),
        ("CdtTrfTxInf/Cdtr/PstlAdr/StrtNm", True, "street_mixed_people_companies"),
        ("CdtTrfTxInf/Cdtr/PstlAdr/BldgNb", True, "house_number_mixed_people_companies"),
        ("CdtTrfTxInf/Cdtr/PstlAdr/PstCd", True, "postal_code_mixed_people_companies"),
        ("CdtTrfTxInf/Cdtr/PstlAdr/TwnNm", True, "town_mixed_people_companies"),
        ("CdtTrfTxInf/Cdtr/PstlAdr/Ctry", False, "country_alpha2"),
        ("CdtTrfTxInf/Cdtr/Id/OrgId/Othr/Id", False, "company_registration_number"),
        ("CdtTrfTxInf/Cdtr/Id/PrvtId/DtAndPlcOfBirth/BirthDt", True, "date_of_birth"),
        ("CdtTrfTxInf/Cdtr/Id/PrvtId/DtAndPlcOfBirth/CityOfBirth", True, "place_of_birth"),
        ("CdtTrfTxInf/CdtrAcct/Id/IBAN", True, "iban_mixed_people_companies"),
        ("CdtTrfTxInf/RmtInf/Strd/CdtrRefInf/Ref", False, "payment_reference_qrr_or_rf"),
        ("CdtTrfTxInf/RmtInf/Ustrd", True, "free_text_with_names"),
    ]
    initiator = "Rheinpark Treuhand AG"

    def person_name() -> tuple[str, str, str]:
        sex = rng.choice("MF")
        f = rng.choice(LI_M if sex == "M" else LI_F)
        la = rng.choice(LI_SUR)
        if rng.random() < 0.1:
            la = f"{la}-{rng.choice(LI_SUR)}"
        return f, la, sex

    def li_iban(kind: str = "LI") -> tuple[str, str]:
        if kind == "LI":
            code, bic = rng.choice(LI_BANKS)
            acct = digits(rng, 10) + rng.choice(["", "AA", "00", "01"])[:2]
            acct = (acct + digits(rng, 2))[:12]
            return iban_make("LI", code + acct), bic
        if kind == "CH":
            code, bic = rng.choice(CH_BANKS)
            return iban_make("CH", code + digits(rng, 12)), bic
        if kind == "CHQR":
            code, bic = rng.choice(CH_QR_IIDS)
            return iban_make("CH", code + digits(rng, 12)), bic
        code, bic = rng.choice(AT_BANKS)
        return iban_make("AT", code + digits(rng, 11)), bic

    def fmt_iban(ib: str) -> str:
        return group4(ib) if rng.random() < 0.15 else ib

    # debtor structures of the fiduciary (plus a few private clients)
    debtors = []
    for nm in ["Stiftung Alpenrose", "Falknis Holding Anstalt", "Gafadura Trust reg.", "Drei Schwestern Invest AG",
               "Malbun Immobilien AG", "Saminatal Familienstiftung", "Rätikon Verwaltungsanstalt", initiator,
               "Helios Maritime Establishment", "Bergblick Stiftung"]:
        debtors.append((nm, *li_iban("LI")))
    for _ in range(4):
        f, la, _ = person_name()
        nm = rng.choice([f"{f} {la}", f"Dr. {f} {la}", f"{la} {f}", f"Familie {la}-{rng.choice(LI_SUR)}"])
        debtors.append((nm, *li_iban("LI")))
    # recurring creditors
    employees = []
    for _ in range(38):
        f, la, _ = person_name()
        kind = rng.choice(["LI", "LI", "CH", "AT"])
        town = rng.choice({"LI": LI_TOWNS, "CH": CH_TOWNS, "AT": AT_TOWNS}[kind])
        ib, bic = li_iban(kind)
        employees.append({"nm": f"{f} {la}", "st": rng.choice(LI_STREETS) if kind == "LI" else rng.choice(
            ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Marktgasse", "Schulgasse", "Reichsstrasse"]),
                          "bn": str(rng.randint(1, 120)) + rng.choice(["", "", "", "a", "b"]), "pc": town[0], "tn": town[1],
                          "ctry": "LI" if kind == "LI" else kind, "ib": ib, "bic": bic, "pers": rng.randint(1001, 1099)})
    suppliers = [("Schreinerei Kindle AG", "LI"), ("Alpenrhein Reinigung AG", "LI"), ("Rheintal IT Services AG", "CH"),
                 ("Ländle Catering GmbH", "AT"), ("Büro Vaduz Papeterie GmbH", "LI"), ("Telekom Alpenland AG", "LI"),
                 ("Kanzlei Wanger & Partner AG", "LI"), ("Revisionsgesellschaft Säntis AG", "CH"),
                 ("Elektro Oehri Anstalt", "LI"), ("Druckerei Gutenberg-Lins AG", "LI")]
    sup_data = []
    for nm, c in suppliers:
        town = rng.choice(LI_TOWNS if c == "LI" else CH_TOWNS if c == "CH" else AT_TOWNS)
        if c == "CH":
            ib, bic = li_iban("CHQR")
            oid = che_uid(rng)
        elif c == "AT":
            ib, bic = li_iban("AT")
            oid = f"FN {rng.randint(100000, 599999)}{rng.choice('abdfghikmpstvwxyz')}"
        else:
            ib, bic = li_iban("LI")
            oid = f"FL-0002.{rng.randint(0, 999):03d}.{rng.randint(0, 999):03d}-{rng.randint(0, 9)}"
        sup_data.append({"nm": nm, "st": rng.choice(LI_STREETS), "bn": str(rng.randint(1, 90)), "pc": town[0],
                         "tn": town[1], "ctry": c, "ib": ib, "bic": bic, "oid": oid})
    authorities = [("Steuerverwaltung des Fürstentums Liechtenstein", "Äulestrasse", "38", "9490", "Vaduz"),
                   ("AHV-IV-FAK-Anstalten", "Gerberweg", "2", "9490", "Vaduz"),
                   ("Gemeindekasse Schaan", "Landstrasse", "19", "9494", "Schaan")]
    beneficiaries = []
    for _ in range(14):
        f, la, _ = person_name()
        cty = rng.choice(["LI", "CH", "AT", "DE", "GB", "IT"])
        town = rng.choice({"LI": LI_TOWNS, "CH": CH_TOWNS, "AT": AT_TOWNS, "DE": [("88131", "Lindau"), ("80331", "München")],
                           "GB": [("SW3 4HN", "London")], "IT": [("20121", "Milano")]}[cty])
        ib, bic = li_iban(rng.choice(["LI", "CH", "AT"]))
        beneficiaries.append({"nm": rng.choice([f"{f} {la}", f"Dr. {f} {la}", f"{la}, {f}"]), "st": rng.choice(
            LI_STREETS + ["King's Road", "Via Manzoni", "Maximilianstrasse"]), "bn": str(rng.randint(1, 99)),
                              "pc": town[0], "tn": town[1], "ctry": cty, "ib": ib, "bic": bic,
                              "bd": rand_date(rng, dt.date(1938, 1, 1), dt.date(2003, 12, 31)),
                              "cob": rng.choice(["Vaduz", "Grabs", "Feldkirch", "Chur", "Zürich", "St. Gallen", "Innsbruck",
                                                 "München", "London", "Milano", "Schaan", "Bregenz"])})
    rows = []
    day = dt.date(2024, 1, 22)
    msg_no = 0
    while len(rows) < 300:
        day += dt.timedelta(days=rng.randint(1, 6))
        if day.weekday() >= 5:
            continue
        msg_no += 1
        created = dt.datetime(day.year, day.month, day.day, rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59))
        msg_id = f"RPT-{day:%Y%m%d}-{msg_no:04d}"
        for b in range(rng.randint(1, 3)):
            dbt = rng.choice(debtors[:8] * 2 + debtors)
            pmtinf = f"{msg_id}-B{b + 1}"
            exec_d = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
            for tx in range(rng.randint(1, 8)):
                kind = wchoice(rng, [("SALA", 0.38), ("SUPP", 0.3), ("TAXS", 0.06), ("PENS", 0.05), ("DIST", 0.11),
                                     ("RENT", 0.1)])
                ccy = "CHF"
                ref = ""
                oid = ""
                bd = cob = ""
                if kind == "SALA":
                    c = rng.choice(employees)
                    amt = round(rng.uniform(3800, 14800), 2)
                    ustrd = rng.choice([f"Lohn {DE_MONTHS[day.month - 1]} {day.year}", f"Salär {day.month:02d}/{day.year} Pers.-Nr. {c['pers']}",
                                        f"Lohn {day.month:02d}.{day.year} {c['nm']}", f"Spesen {day.month:02d}/{day.year}",
                                        f"Salär {day.month:02d}/{day.year} inkl. Kinderzulage"])
                    cat = "SALA"
                elif kind == "SUPP":
                    c = rng.choice(sup_data)
                    amt = round(rng.uniform(85, 12500), 2)
                    oid = c["oid"]
                    if c["ctry"] == "CH":
                        ref = qr_reference(digits(rng, 26))
                        ref = rng.choice([ref, ref, " ".join([ref[:2]] + [ref[i:i + 5] for i in range(2, 27, 5)])])
                        ustrd = ""
                    elif c["ctry"] == "AT":
                        ref = rf_reference(f"{rng.randint(2024000, 2024999)}{rng.choice(string.ascii_uppercase)}")
                        ccy = "EUR"
                        ustrd = ""
                    else:
                        ustrd = rng.choice([f"Rechnung Nr. {rng.randint(2024001, 2024900)}", f"RE {rng.randint(10000, 99999)} vom {day - dt.timedelta(days=rng.randint(5, 40)):%d.%m.%Y}",
                                            "Akonto Reinigung", f"Honorar Mandat {rng.randint(100, 999)}/{day.year}"])
                    cat = "SUPP"
                elif kind in ("TAXS", "PENS"):
                    a = authorities[0] if kind == "TAXS" else rng.choice(authorities[1:])
                    ib, bic = li_iban("LI")
                    c = {"nm": a[0], "st": a[1], "bn": a[2], "pc": a[3], "tn": a[4], "ctry": "LI", "ib": ib, "bic": bic}
                    amt = round(rng.uniform(1200, 48000), 2)
                    ustrd = rng.choice([f"Steuerrechnung {day.year - 1} Ref {rng.randint(100000, 999999)}",
                                        f"Beiträge Q{(day.month - 1) // 3 + 1}/{day.year} Abr.-Nr. {rng.randint(10000, 99999)}",
                                        f"Vermögens- und Erwerbssteuer {day.year - 1}"])
                    cat = kind
                elif kind == "DIST":
                    c = rng.choice(beneficiaries)
                    amt = round(rng.choice([5000, 10000, 12000, 25000, 40000, 60000]) + rng.choice([0, 0, 0.5]), 2)
                    ccy = rng.choice(["CHF", "CHF", "EUR"])
                    bd = c["bd"].isoformat()
                    cob = c["cob"]
                    ustrd = rng.choice([f"Ausschüttung {dbt[0]} {day.year} gem. Beistatut",
                                        f"Distribution {day.year} Begünstigte {c['nm']}",
                                        f"Zuwendung Studienkosten {c['nm'].split()[-1]}", "Ausschüttung"])
                    cat = "OTHR"
                else:
                    if rng.random() < 0.6:
                        f, la, _ = person_name()
                        town = rng.choice(LI_TOWNS)
                        ib, bic = li_iban("LI")
                        c = {"nm": rng.choice([f"{f} {la}", f"{f} und {rng.choice(LI_F)} {la}", f"Erbengemeinschaft {la}"]),
                             "st": rng.choice(LI_STREETS), "bn": str(rng.randint(1, 70)), "pc": town[0], "tn": town[1],
                             "ctry": "LI", "ib": ib, "bic": bic}
                    else:
                        c = rng.choice(sup_data)
                        oid = c["oid"]
                    amt = round(rng.choice([1850, 2400, 3200, 4100, 6500]) + 0.0, 2)
                    if oid:
                        ustrd = rng.choice([f"Miete {DE_MONTHS[day.month - 1]} {day.year} Büro 2.OG",
                                            f"Miete Parkplatz {rng.randint(1, 30)}", f"Lagerraum {day.month:02d}/{day.year}"])
                    else:
                        ustrd = rng.choice([f"Miete {DE_MONTHS[day.month - 1]} {day.year} Büro 2.OG",
                                            f"Mietzins {day.month:02d}/{day.year} Wohnung {c['st']} {c['bn']}",
                                            f"Miete Parkplatz {rng.randint(1, 30)}",
                                            f"Miete {day.month:02d}/{day.year} an {c['nm']}"])
                    cat = "OTHR"
                rows.append({
                    "GrpHdr/MsgId": msg_id, "GrpHdr/CreDtTm": created.strftime("%Y-%m-%dT%H:%M:%S"),
                    "GrpHdr/InitgPty/Nm": initiator, "PmtInf/PmtInfId": pmtinf,
                    "PmtInf/ReqdExctnDt/Dt": exec_d.isoformat(), "PmtInf/Dbtr/Nm": dbt[0],
                    "PmtInf/DbtrAcct/Id/IBAN": dbt[1], "PmtInf/DbtrAgt/FinInstnId/BICFI": dbt[2],
                    "CdtTrfTxInf/PmtId/InstrId": f"{pmtinf}-{tx + 1:03d}",
                    "CdtTrfTxInf/PmtId/EndToEndId": f"E2E{day:%y%m%d}{hexstr(rng, 10).upper()}",
                    "CdtTrfTxInf/PmtTpInf/CtgyPurp/Cd": cat, "CdtTrfTxInf/Amt/InstdAmt": f"{amt:.2f}",
                    "CdtTrfTxInf/Amt/InstdAmt/@Ccy": ccy, "CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI": c["bic"],
                    "CdtTrfTxInf/Cdtr/Nm": c["nm"], "CdtTrfTxInf/Cdtr/PstlAdr/StrtNm": c["st"],
                    "CdtTrfTxInf/Cdtr/PstlAdr/BldgNb": c["bn"], "CdtTrfTxInf/Cdtr/PstlAdr/PstCd": c["pc"],
                    "CdtTrfTxInf/Cdtr/PstlAdr/TwnNm": c["tn"], "CdtTrfTxInf/Cdtr/PstlAdr/Ctry": c["ctry"],
                    "CdtTrfTxInf/Cdtr/Id/OrgId/Othr/Id": oid,
                    "CdtTrfTxInf/Cdtr/Id/PrvtId/DtAndPlcOfBirth/BirthDt": bd,
                    "CdtTrfTxInf/Cdtr/Id/PrvtId/DtAndPlcOfBirth/CityOfBirth": cob,
                    "CdtTrfTxInf/CdtrAcct/Id/IBAN": fmt_iban(c["ib"]),
                    "CdtTrfTxInf/RmtInf/Strd/CdtrRefInf/Ref": ref, "CdtTrfTxInf/RmtInf/Ustrd": ustrd,
                })
    rows = rows[:300]
    desc = ("Liechtenstein fiduciary (Treuhand) firm's outgoing ISO 20022 pain.001 credit transfers flattened to one row "
            "per transaction, headers are the XML element paths. Mostly payment data (message/batch/instruction ids, "
            "dates, amounts, BICs, category purpose, Swiss QR references with mod-10 check and ISO 11649 RF references, "
            "company register numbers FL-0002..., CHE UID with mod-11 check, Austrian FN). Debtors mix foundations, "
            "establishments, trusts and companies with private clients; creditors mix employees (salaries), landlords "
            "and foundation beneficiaries (with birth date and place of birth for AML) with suppliers and authorities, "
            "so name, address and IBAN columns are mixed (true). LI/CH/AT IBANs pass mod 97.")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16007 Seychelles: IATA baggage source messages (BSM) flattened
# =============================================================================================
SC_M = ["Jean-Paul", "Jude", "Gerard", "Terry", "Bernard", "Wavel", "Jimmy", "Ralph", "Patrick", "Marco", "Egbert",
        "Danny", "Jean-Claude", "Nigel", "Rolly", "Francis"]
SC_F = ["Marie-Claire", "Georgette", "Marie-France", "Sheryl", "Vanessa", "Nadia", "Jeannette", "Mariette", "Sybille",
        "Lindy", "Stella", "Ruby", "Marie-Ange", "Clarisse"]
SC_SUR = ["Hoareau", "Payet", "Morel", "Labiche", "Pillay", "Confait", "Lesperance", "Dubel", "Bibi", "Barbe", "Rose",
          "Laporte", "Mancienne", "Michel", "Nourrice", "Esparon", "Fanchette", "Vidot", "Larue", "Albert", "Ernesta",
          "Jumeau", "Servina", "Lablache", "Adrienne", "Savy", "Loizeau", "Constance", "Quatre", "D'Offay"]
TOURIST_POOLS = {
    "RU": (["IVAN", "DMITRII", "SERGEI", "ALEKSANDR", "MAKSIM"], ["OLGA", "EKATERINA", "ANNA", "TATIANA", "IULIIA"],
           ["IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "SOKOLOV", "VOLKOV"], "A"),
    "CN": (["XIAOMING", "WEI", "JUN", "HAO", "LEI"], ["LI", "FANG", "YING", "XIAOHONG", "JING"],
           ["WANG", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO"], ""),
    "IN": (["RAJESH", "ARJUN", "VIKRAM", "ROHAN", "SANJAY"], ["PRIYA", "ANANYA", "DEEPIKA", "KAVYA", "NEHA"],
           ["PATEL", "SHARMA", "IYER", "REDDY", "MEHTA", "GUPTA"], ""),
    "AE": (["KHALID", "SAEED", "RASHID", "OMAR", "HAMDAN"], ["MARYAM", "FATIMA", "SHAMMA", "AISHA", "NOURA"],
           ["ALMANSOORI", "ALMAZROUEI", "ALKETBI", "ALNUAIMI", "ALSHAMSI"], ""),
    "ZA": (["PIETER", "SIPHO", "JOHAN", "THABO", "WIKUS"], ["ANNELIE", "NOMSA", "CHANTAL", "LERATO", "MARIKE"],
           ["VANDERMERWE", "NKOSI", "BOTHA", "DLAMINI", "PRETORIUS", "NAIDOO"], ""),
    "IL": (["YOSSI", "AVI", "NOAM", "ERAN", "ITAY"], ["NOA", "TAMAR", "SHIRA", "MICHAL", "YAEL"],
           ["COHEN", "LEVI", "MIZRAHI", "PERETZ", "BITON", "FRIEDMAN"], ""),
}


def bsm_fold(s: str) -> str:
    return "".join(c for c in ascii_fold(s).upper() if c.isalpha())


def t_bsm_sez() -> tuple:
    rng = random.Random(16007)
    table = "bsm_baggage_sez"
    spec = [
        ("rcv_ts", False, "timestamp"),
        ("msg", False, "message_type"),
        (".V", False, "bsm_version_and_station"),
        (".F", False, "outbound_flight"),
        (".I", False, "inbound_flight"),
        (".O", False, "onward_flight"),
        (".N", False, "bag_tag_number"),
        (".S", False, "seat_and_checkin_sequence"),
        (".W", False, "pieces_and_weight"),
        (".P", True, "passenger_name_iata"),
        (".L", False, "pnr_booking_reference"),
        (".Y", False, "frequent_flyer_number"),
        (".E", False, "handling_exception_code"),
        (".U", False, "uld_container_id"),
        (".R", True, "free_text_with_names"),
        ("chute", False, "sorter_chute"),
        ("xray", False, "screening_result"),
        ("dcs_agent", True, "username_or_agent_sine"),
    ]
    flights = [("HM", "061", "0054", "JNB"), ("HM", "061", "0062", "MRU"), ("HM", "061", "0044", "BOM"),
               ("HM", "061", "0066", "TLV"), ("EK", "176", "0706", "DXB"), ("EK", "176", "0708", "DXB"),
               ("QR", "157", "0679", "DOH"), ("EY", "607", "0622", "AUH"), ("ET", "071", "0878", "ADD"),
               ("TK", "235", "0760", "IST"), ("4Z", "749", "0081", "JNB"), ("KQ", "706", "0435", "NBO")]
    onward = {"DXB": ["LHR", "FRA", "CDG", "MXP", "DME", "PEK", "TLV"], "DOH": ["LHR", "MUC", "FCO", "ZRH", "SVO"],
              "AUH": ["LHR", "FRA", "DEL"], "ADD": ["FRA", "BRU", "NBO"], "IST": ["FRA", "CDG", "VIE", "SVO"],
              "JNB": ["CPT", "DUR"], "MRU": ["CDG", "RUN"], "BOM": ["DEL", "BLR"], "TLV": [], "NBO": ["LHR"]}
    agents = ["SEZ.LABICHEJ", "SEZ.PAYETM", "HM2231", "HM2245", "EK4417SEZ", "SWP07", "SEZ.MORELS", "QR1180SEZ",
              "sez.vidotn"]
    rows = []
    tag_serial = {al: rng.randint(100000, 900000) for al in sorted({f[0] for f in flights})}
    day = dt.date(2024, 4, 2)
    while len(rows) < 400:
        day += dt.timedelta(days=rng.randint(0, 2))
        for _ in range(rng.randint(2, 5)):
            al, num3, fno, dest = rng.choice(flights)
            std = dt.datetime(day.year, day.month, day.day, rng.choice([6, 8, 10, 13, 16, 19, 22]), rng.choice([0, 15, 30, 45]))
            for _p in range(rng.randint(3, 12)):
                if len(rows) >= 400:
                    break
                origin = wchoice(rng, [("SC", 0.3), ("EU", 0.35), ("RU", 0.07), ("CN", 0.04), ("IN", 0.06), ("AE", 0.07),
                                       ("ZA", 0.07), ("IL", 0.04)])
                sex = rng.choice("MF")
                if origin == "SC":
                    surname = bsm_fold(rng.choice(SC_SUR))
                    given = bsm_fold(rng.choice(SC_M if sex == "M" else SC_F))
                elif origin == "EU":
                    loc = rng.choice(["de_DE", "fr_FR", "it_IT", "en_GB", "nl_NL", "sv_SE", "pl_PL", "cs_CZ"])
                    m, f, sn = NAMES[loc]
                    surname = bsm_fold(rng.choice(sn))
                    given = bsm_fold(rng.choice(m if sex == "M" else f))
                else:
                    m, f, sn, fem = TOURIST_POOLS[origin]
                    surname = rng.choice(sn)
                    if origin == "RU" and sex == "F":
                        surname = surname + "A"
                    given = rng.choice(m if sex == "M" else f)
                title = rng.choice(["MR"]) if sex == "M" else rng.choice(["MRS", "MS", "MRS"])
                group = wchoice(rng, [(1, 0.6), (2, 0.3), (3, 0.07), (4, 0.03)])
                gnames = [given + title]
                if origin == "SC":
                    pool_m, pool_f = SC_M, SC_F
                elif origin == "EU":
                    pool_m, pool_f = m, f
                else:
                    pool_m, pool_f = m, f
                for _g in range(group - 1):
                    if rng.random() < 0.5:
                        gnames.append(bsm_fold(rng.choice(pool_f)) + rng.choice(["MRS", "MISS", "MS"]))
                    else:
                        gnames.append(bsm_fold(rng.choice(pool_m)) + rng.choice(["MSTR", "MR"]))
                pax = f"{group}{surname}/" + "/".join(gnames)
                if len(pax) > 64:
                    pax = pax[:64]
                tag_serial[al] += rng.randint(4, 9)
                pieces = wchoice(rng, [(1, 0.55), (2, 0.35), (3, 0.1)])
                wt = sum(rng.randint(9, 32) for _ in range(pieces))
                seat = f"{rng.randint(3, 48)}{rng.choice('ABCDEFGHJK')}"
                seq = rng.randint(1, 320)
                pnr = "".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(6))
                transfer = origin == "SC" and rng.random() < 0.25
                ff = ""
                if rng.random() < 0.3:
                    ff = rng.choice([f"{al}{digits(rng, 9)}", f"{al}/{digits(rng, 9)}", f"{al} {digits(rng, 10)}"])
                exc = rng.choice(["", "", "", "", "", "HEAVY" if wt / pieces > 28 else "", "PRIO", "FRAG", "RUSH"])
                rmk = ""
                rr = rng.random()
                if rr < 0.07:
                    rmk = f"PAX MOB +248 2{digits(rng, 6)} CALL IF OFFLOADED"
                elif rr < 0.12:
                    rmk = f"BAG OF MINOR TRAVELLING WITH AUNT MRS {bsm_fold(rng.choice(SC_SUR))}"
                elif rr < 0.16:
                    rmk = f"WCHR PAX {surname}/{given} ESCORT BY SON {bsm_fold(rng.choice(SC_M))}"
                elif rr < 0.2:
                    rmk = rng.choice(["LATE CHECKIN", "DIPLOMATIC BAG", "FISHING RODS", "SURFBOARD", "PET IN HOLD AVIH",
                                      "EXCESS PAID EMD 1762412345678"])
                for pc in range(pieces):
                    if len(rows) >= 400:
                        break
                    rcv = std - dt.timedelta(minutes=rng.randint(45, 200)) + dt.timedelta(seconds=rng.randint(0, 59))
                    msg = wchoice(rng, [("BSM", 0.93), ("CHG", 0.05), ("DEL", 0.02)])
                    on = onward.get(dest, [])
                    od = day + dt.timedelta(days=rng.choice([0, 1]))
                    rows.append({
                        "rcv_ts": rcv.strftime("%Y-%m-%dT%H:%M:%SZ"), "msg": msg,
                        ".V": "1TSEZ" if transfer else "1LSEZ",
                        ".F": f"{al}{fno}/{day.day:02d}{MON[day.month - 1]}/{dest}/{rng.choice('YYYYJ')}",
                        ".I": f"HM{rng.choice(['0001', '0003', '0011'])}/{day.day:02d}{MON[day.month - 1]}/PRI/Y" if transfer else "",
                        ".O": f"{al}{rng.randint(1, 999):04d}/{od.day:02d}{MON[od.month - 1]}/{rng.choice(on)}/Y" if on and rng.random() < 0.55 else "",
                        ".N": f"0{num3}{tag_serial[al] + pc:06d}001",
                        ".S": f"Y/{seat}/C/{seq:03d}",
                        ".W": f"K/{pieces}/{wt}",
                        ".P": pax, ".L": pnr, ".Y": ff, ".E": exc,
                        ".U": rng.choice(["", f"AKE{rng.randint(10000, 99999)}{al}", f"AKH{rng.randint(1000, 9999)}{al}", "BULK"]),
                        ".R": rmk, "chute": f"MU{rng.randint(1, 12):02d}",
                        "xray": wchoice(rng, [("L1 CLR", 0.8), ("L2 CLR", 0.12), ("L3 CLR", 0.06), ("L3 ALRM", 0.02)]),
                        "dcs_agent": rng.choice(agents),
                    })
    desc = ("Seychelles International Airport baggage reconciliation: IATA BSM messages (RP 1745) flattened, one row per "
            "bag; headers are the BSM element identifiers plus three sorter columns. Mostly baggage data: flights, "
            "10-digit licence-plate bag tags with piece count (13 digits, look like phone or id numbers), seat/sequence, "
            "weights, PNR, frequent-flyer numbers, ULDs, chutes, screening levels. Personal: the .P passenger name element "
            "(Seychellois Creole, European, Russian, Chinese, Indian, Emirati, South African, Israeli names, groups with "
            "several given names), .R internal remarks that quote phones and name relatives, and the check-in agent login/sine.")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16008 Cook Islands: dive-centre log exported from Subsurface
# =============================================================================================
CK_M = ["Teariki", "Tangi", "Mata", "Tuaine", "Ngaoa", "Teina", "Manu", "Tere", "Tamarua", "Nooroa", "Pa", "Mii"]
CK_F = ["Vaine", "Ina", "Tepaeru", "Moana", "Tina", "Mareta", "Ngapoko", "Tuaine"]
CK_SUR = ["Marsters", "Tangatapoto", "Tuara", "Pera", "Nicholas", "Tereapii", "Tumutoa", "Mataio", "Taripo", "Napa",
          "Browne", "Tupa", "Puna", "Rima", "Teokotai", "Ruatoe", "Heather", "Vaimaa"]
CK_SITES = [("Papua Passage", -21.2669, -159.8052), ("Sand River", -21.2650, -159.8189), ("Avaavaroa Passage", -21.2611, -159.7780),
            ("Matavera Drop-off", -21.2238, -159.7361), ("Maitai Wreck", -21.2035, -159.7867), ("Fruits of Rarotonga", -21.2597, -159.7567),
            ("Ngatangiia Channel", -21.2390, -159.7302), ("Black Rock", -21.2125, -159.8270), ("Koromiri Reef", -21.2511, -159.7260),
            ("Aroa Lagoon (snorkel)", -21.2596, -159.8142), ("Edna Drop-off", -21.2710, -159.7925), ("Mama's Canyon", -21.2167, -159.8305)]


def t_subsurface_ck() -> tuple:
    rng = random.Random(16008)
    table = "subsurface_divelog_ck"
    spec = [
        ("dive number", False, "dive_sequence_number"),
        ("date", False, "date"),
        ("time", False, "time"),
        ("duration [min]", False, "duration"),
        ("sac [l/min]", False, "gas_consumption_rate"),
        ("maxdepth [m]", False, "length"),
        ("avgdepth [m]", False, "length"),
        ("mode", False, "category"),
        ("airtemp [C]", False, "temperature"),
        ("watertemp [C]", False, "temperature"),
        ("cylinder size (1) [l]", False, "volume"),
        ("startpressure (1) [bar]", False, "pressure"),
        ("endpressure (1) [bar]", False, "pressure"),
        ("o2 (1) [%]", False, "percentage"),
        ("he (1) [%]", False, "percentage"),
        ("location", False, "dive_site_name"),
        ("gps", False, "dive_site_coordinates"),
        ("divemaster", True, "staff_name"),
        ("buddy", True, "guest_names_list"),
        ("suit", False, "equipment"),
        ("rating", False, "score"),
        ("visibility", False, "score"),
        ("tags", False, "category_list"),
        ("notes", True, "free_text_with_names"),
        ("weight [kg]", False, "mass"),
    ]
    staff = [f"{rng.choice(CK_M)} {rng.choice(CK_SUR)}" for _ in range(4)] + ["Ben Hamilton", "Sophie Clarke", "Teariki",
                                                                             "Mata T."]
    guest_locs = ["en_AU", "en_AU", "en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "sv_SE", "it_IT"]
    extra = [("Kenji", "Watanabe"), ("Yuki", "Tanaka"), ("Hemi", "Walker"), ("Mereana", "Kingi"), ("Wei", "Zhang"),
             ("Aroha", "Te Whata"), ("Ngaire", "Parata"), ("Tevita", "Fifita")]

    def guest() -> tuple[str, str]:
        if rng.random() < 0.2:
            return rng.choice(extra)
        if rng.random() < 0.08:
            return rng.choice(CK_M + CK_F), rng.choice(CK_SUR)
        m, f, sn = NAMES[rng.choice(guest_locs)]
        return rng.choice(m + f), rng.choice(sn)

    rows = []
    dive_no = rng.randint(4100, 4300)
    day = dt.date(2024, 5, 1)
    while len(rows) < 280:
        day += dt.timedelta(days=rng.choice([1, 1, 1, 2]))
        for slot in rng.sample(["08:30:00", "11:00:00", "14:00:00", "18:45:00"], rng.randint(1, 3)):
            site = rng.choice(CK_SITES)
            night = slot == "18:45:00"
            dm = rng.choice(staff)
            n_groups = rng.randint(1, 3)
            for _ in range(n_groups):
                if len(rows) >= 280:
                    break
                dive_no += 1
                grp = [guest() for _ in range(rng.choice([1, 1, 2, 2, 3]))]
                same_fam = rng.random() < 0.4 and len(grp) > 1
                if same_fam:
                    grp = [(g[0], grp[0][1]) for g in grp]
                style = rng.random()
                if style < 0.6:
                    buddy = ", ".join(f"{g[0]} {g[1]}" for g in grp)
                elif style < 0.8:
                    buddy = ", ".join(g[0] for g in grp)
                else:
                    buddy = ", ".join(f"{g[0]} {g[1][0]}." for g in grp)
                if rng.random() < 0.15:
                    buddy += rng.choice([" (OW dive 3)", " (DSD)", " (AOW deep)", " (refresher)"])
                maxd = round(rng.uniform(5.5 if "snorkel" in site[0] else 9, 28 if not night else 16), 1)
                avgd = round(maxd * rng.uniform(0.45, 0.7), 1)
                dur = rng.randint(32, 62)
                cyl = rng.choice([11.1, 11.1, 12.0, 15.0])
                sp = rng.choice([200, 205, 210, 220, 230])
                ep = max(30, sp - rng.randint(110, 170))
                sac = round((sp - ep) * cyl / dur / (1 + avgd / 10), 1)
                nitrox = rng.random() < 0.15
                tags = [rng.choice(["boat", "boat", "shore"])] + (["night"] if night else []) + rng.sample(
                    ["turtle", "wreck", "drift", "training", "reef", "shark", "whale"], rng.randint(0, 2))
                note = ""
                nr = rng.random()
                g0 = grp[0]
                if nr < 0.1:
                    note = f"{g0[0]} {g0[1]} ear problem, aborted at 6m, advised to see doctor at Rarotonga Hospital"
                elif nr < 0.2:
                    note = f"pickup {rng.choice(['Edgewater', 'Muri Beach Club', 'Pacific Resort', 'Castaway Villas'])} rm {rng.randint(1, 240)} for {g0[0]} {g0[1]}"
                elif nr < 0.27:
                    note = f"{g0[0]}'s first dive after OW course, good buoyancy; {dm.split()[0]} to sign logbook"
                elif nr < 0.33:
                    note = f"{g0[0]} ({rng.randint(10, 14)} y.o.) bubblemaker with mum {rng.choice(NAMES['en_AU'][1])} {g0[1]}"
                elif nr < 0.6:
                    note = rng.choice(["Turtle at 12m", "2 whitetip reef sharks under the ledge", "Humpback heard on deco stop",
                                       "Strong current, dive shortened", "Eagle ray at the passage mouth", "Vis dropped after rain",
                                       "Moray in the Maitai boiler"])
                rows.append({
                    "dive number": dive_no, "date": day.isoformat(), "time": slot,
                    "duration [min]": f"{dur}:{rng.choice(['00', '10', '20', '30', '40', '50'])}",
                    "sac [l/min]": sac, "maxdepth [m]": maxd, "avgdepth [m]": avgd, "mode": "OC",
                    "airtemp [C]": round(rng.uniform(23, 29), 1), "watertemp [C]": round(rng.uniform(23.5, 27.5), 1),
                    "cylinder size (1) [l]": cyl, "startpressure (1) [bar]": sp, "endpressure (1) [bar]": ep,
                    "o2 (1) [%]": 32 if nitrox else 21, "he (1) [%]": 0, "location": site[0],
                    "gps": f"{site[1] + rng.uniform(-0.0004, 0.0004):.6f} {site[2] + rng.uniform(-0.0004, 0.0004):.6f}",
                    "divemaster": dm, "buddy": buddy,
                    "suit": rng.choice(["3mm shorty", "3mm full", "5mm full", "rash guard", ""]),
                    "rating": rng.randint(2, 5), "visibility": rng.randint(2, 5), "tags": ", ".join(tags),
                    "notes": note, "weight [kg]": rng.choice([2, 3, 4, 4, 5, 6, 7, 8]),
                })
    desc = ("Rarotonga (Cook Islands) dive centre's log kept in Subsurface and exported as CSV: mostly dive data (depths, "
            "durations, tank pressures, gas, temperatures, dive sites and their GPS, ratings, tags, lead weight, SAC rate). "
            "Personal: the guide in divemaster (Cook Islands Maori and expatriate staff), the guests in buddy (full names, "
            "first names or initials; tourists from AU, NZ, US, Europe, Japan, China, Tonga), and notes naming guests and "
            "their hotel rooms or health problems. Dive-site GPS is a reef position (false).")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16009 Libya: oil-services company workers from a Workday custom report
# =============================================================================================
LY_M = [("Mohamed", "محمد"), ("Ali", "علي"), ("Abdulhamid", "عبدالحميد"), ("Salem", "سالم"), ("Mabrouk", "مبروك"),
        ("Fathi", "فتحي"), ("Khalifa", "خليفة"), ("Mustafa", "مصطفى"), ("Abdelsalam", "عبدالسلام"), ("Muftah", "مفتاح"),
        ("Omran", "عمران"), ("Ramadan", "رمضان"), ("Nouri", "نوري"), ("Faraj", "فرج"), ("Hamza", "حمزة"),
        ("Osama", "أسامة"), ("Akram", "أكرم"), ("Tarek", "طارق"), ("Idris", "إدريس"), ("Sadiq", "الصادق"),
        ("Aksil", "أكسيل"), ("Yuba", "يوبا"), ("Agali", "أغالي"), ("Barka", "بركة"), ("Juma", "جمعة"),
        ("Miloud", "ميلود"), ("Abdelbaset", "عبدالباسط")]
LY_F = [("Fatima", "فاطمة"), ("Aisha", "عائشة"), ("Mabrouka", "مبروكة"), ("Salma", "سلمى"), ("Hanan", "حنان"),
        ("Najat", "نجاة"), ("Fawzia", "فوزية"), ("Amal", "أمل"), ("Reem", "ريم"), ("Asma", "أسماء"), ("Ghada", "غادة"),
        ("Khadija", "خديجة"), ("Sumaya", "سمية"), ("Tiziri", "تيزيري"), ("Zainab", "زينب"), ("Nisreen", "نسرين")]
LY_SUR = [("Elmabrouk", "المبروك"), ("Elwerfalli", "الورفلي"), ("Elzintani", "الزنتاني"), ("Elmisrati", "المصراتي"),
          ("Elobeidi", "العبيدي"), ("Elghariani", "الغرياني"), ("Ben Hamida", "بن حميدة"), ("Elhouni", "الهوني"),
          ("Abuzaid", "أبوزيد"), ("Shaglouf", "شقلوف"), ("Elfitouri", "الفيتوري"), ("Bukhatwa", "بوخطوة"),
          ("Elghoul", "الغول"), ("Kabbar", "كبار"), ("Tarhuni", "الترهوني"), ("Zlitni", "الزليتني"), ("Gaddour", "قدور"),
          ("Elkikli", "الككلي"), ("Nalouti", "النالوتي"), ("Yefrani", "اليفرني"), ("Zuwari", "الزواري"),
          ("Ghadamsi", "الغدامسي"), ("Ag Mohamed", "أق محمد"), ("Wardougou", "وردوقو"), ("Elbarasi", "البرعصي"),
          ("Benamer", "بن عامر")]
LY_CITIES = [("Tripoli", ["Hay Al-Andalus", "Souq Al-Juma'a", "Gorji", "Ain Zara", "Tajoura", "Abu Salim", "Ben Ashour",
                          "Gargaresh", "Zawiyat Al-Dahmani"]),
             ("Benghazi", ["Al-Fuwayhat", "Al-Hawari", "Sidi Hussein", "Al-Salmani", "Boatni"]),
             ("Misrata", ["Al-Ghiran", "Zawiyat Al-Mahjoub", "Qasr Ahmed"]),
             ("Zawiya", ["Al-Harsha", "Bir Al-Ghanam road"]), ("Sabha", ["Al-Mahdia", "Al-Jadid"]),
             ("Zliten", ["Kaam"]), ("Zuwara", ["Abu Kammash road"]), ("Nalut", ["Tinzirt"]), ("Yefren", ["Al-Qalaa"]),
             ("Ghat", ["Tadrart"]), ("Ubari", ["Al-Ghrayfa"]), ("Kufra", ["Al-Jawf"]), ("Ghadames", ["old town"]),
             ("Tobruk", ["Al-Manara"])]
LY_SITES = ["Tripoli HQ", "Zawiya Refinery Support Base", "Sharara Field Camp", "Ras Lanuf Terminal", "Ghat Logistics Base",
            "Brega Workshop", "Waha Field Camp"]
LY_ORGS = ["Drilling Operations", "Well Services", "HSE", "Finance", "Human Resources", "Logistics", "Maintenance",
           "Camp Services", "IT", "Production Chemistry"]
LY_TITLES = ["Drilling Supervisor", "Mud Engineer", "HSE Officer", "Accountant", "HR Generalist", "Logistics Coordinator",
             "Mechanical Technician", "Camp Boss", "IT Support Engineer", "Lab Chemist", "Roustabout", "Crane Operator",
             "Nurse", "Driver"]
EXPAT = [  # code, nationality, male given, female given, surnames, phone cc + nsn maker
    ("TN", "Tunisian", ["Mehdi", "Walid", "Skander", "Hatem", "Aymen", "Bilel"], ["Sana", "Rim", "Amira", "Ines"],
     ["Ben Salah", "Trabelsi", "Jebali", "Gharbi", "Ben Youssef", "Hammami", "Mejri", "Ayari"],
     ("216", lambda r: r.choice("2594") + digits(r, 7))),
    ("EG", "Egyptian", ["Ahmed", "Mina", "Hossam", "Tamer", "Sherif", "Karim", "Amr"], ["Mona", "Heba", "Marina"],
     ["Fouad", "Girgis", "Eldin", "Abdelrahman", "Hanna", "Mansour", "Shehata", "Zaki"],
     ("20", lambda r: "1" + r.choice("0125") + digits(r, 8))),
    ("PH", "Filipino", ["Joel", "Ramon", "Arvin", "Rommel", "Jun"], ["Maricel", "Grace", "Lorna", "Jenny", "Rowena", "Cherry"],
     ["Dizon", "Ramirez", "Tolentino", "Manalo", "Aquino", "Bautista", "Pangilinan", "Salonga"],
     ("63", lambda r: "9" + digits(r, 9))),
    ("IN", "Indian", ["Suresh", "Anil", "Ravi", "Manoj", "Prakash", "Arun"], ["Deepa", "Lakshmi", "Anitha", "Priya"],
     ["Krishnan", "Menon", "Nair", "Iyer", "Pillai", "Rao", "Kulkarni", "Reddy"],
     ("91", lambda r: r.choice("6789") + digits(r, 9))),
    ("GB", "British", ["Callum", "Gareth", "Iain", "Stuart", "Neil"], ["Fiona", "Rhian", "Kirsty"],
     ["MacLeod", "Price", "Robertson", "Hughes", "Fraser", "Dawson", "Pritchard"],
     ("44", lambda r: "7" + digits(r, 9))),
    ("IT", "Italian", ["Giuseppe", "Marco", "Salvatore", "Davide", "Enzo"], ["Giulia", "Chiara"],
     ["Esposito", "Ferrante", "Russo", "Greco", "Lombardi", "Marchetti", "Fontana"],
     ("39", lambda r: "3" + digits(r, 9))),
    ("RS", "Serbian", ["Dragan", "Nikola", "Zoran", "Milan", "Goran"], ["Milica", "Jelena", "Vesna"],
     ["Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić"],
     ("381", lambda r: "6" + digits(r, 8))),
    ("UA", "Ukrainian", ["Oleksandr", "Andrii", "Taras", "Mykola", "Serhii"], ["Iryna", "Olena", "Tetiana", "Natalia"],
     ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliinyk"],
     ("380", lambda r: r.choice(["67", "50", "63", "97"]) + digits(r, 7))),
]


def t_workday_ly() -> tuple:
    rng = random.Random(16009)
    table = "workday_workers_ly"
    spec = [
        ("Employee ID", True, "employee_number"),
        ("Worker", True, "full_name"),
        ("Legal Name - First Name", True, "first_name"),
        ("Legal Name - Middle Name", True, "middle_name_father_grandfather"),
        ("Legal Name - Last Name", True, "last_name"),
        ("Legal Name - Local Script", True, "full_name_arabic_script"),
        ("Preferred Name", True, "preferred_name"),
        ("Gender", False, "gender"),
        ("Date of Birth", True, "date_of_birth"),
        ("Marital Status", True, "marital_status"),
        ("Primary Nationality", False, "nationality"),
        ("National ID - LBY - National Number", True, "national_id"),
        ("Passport Number", True, "passport_number"),
        ("Passport Expiration Date", True, "document_expiry_date"),
        ("Hire Date", False, "hire_date"),
        ("Business Title", False, "job_title"),
        ("Supervisory Organization", True, "org_name_with_manager_name"),
        ("Location", False, "work_site"),
        ("Cost Center", False, "cost_center"),
        ("Home Address - Line 1", True, "street_address"),
        ("Home Address - City", True, "city"),
        ("Primary Home Phone", True, "mobile_phone"),
        ("Primary Work Email", True, "email"),
        ("Personal Email", True, "email"),
        ("Payment Election - IBAN", True, "iban"),
        ("Base Pay - Amount", False, "salary"),
        ("Base Pay - Currency", False, "currency_code"),
        ("Emergency Contact", True, "emergency_contact_name"),
        ("Emergency Contact Phone", True, "phone"),
        ("Manager", True, "full_name_of_manager"),
        ("Last Functionally Updated", False, "updated_at"),
        ("Comments", True, "free_text_with_names"),
    ]
    managers = {org: f"{rng.choice(LY_M)[0]} {rng.choice(LY_SUR)[0]}" for org in LY_ORGS}
    managers["Drilling Operations"] = "Callum MacLeod"
    cc = {org: f"CC-{4100 + i * 15} {org}" for i, org in enumerate(LY_ORGS)}
    domain = "sahara-petroservices.ly"
    rows = []
    emp = rng.randint(20100, 20400)
    for _ in range(262):
        emp += rng.randint(1, 9)
        expat = rng.random() < 0.2
        sex = rng.choice("MMMF")
        if expat:
            code, natname, xm, xf, xs, xph = rng.choice(EXPAT)
            sex = "F" if rng.random() < 0.25 else "M"
            first, last = rng.choice(xf if sex == "F" else xm), rng.choice(xs)
            xrel = (xf, xm)
            middle = ""
            local = ""
            nat = natname
            nn = ""
        else:
            f = rng.choice(LY_M if sex == "M" else LY_F)
            fa, gfa = rng.choice(LY_M), rng.choice(LY_M)
            su = rng.choice(LY_SUR)
            first, last = f[0], su[0]
            middle = f"{fa[0]} {gfa[0]}" if rng.random() < 0.7 else fa[0]
            local = f"{f[1]} {fa[1]} {gfa[1]} {su[1]}"
            nat = "Libyan"
            code = "LY"
        birth = rand_date(rng, dt.date(1962, 1, 1), dt.date(2002, 12, 31))
        if not expat:
            nn = f"{'1' if sex == 'M' else '2'}{birth.year}{digits(rng, 7)}"
        pp = (rng.choice("ABCHNP") + digits(rng, 7)) if (not expat or rng.random() < 0.95) else ""
        if expat:
            pp = {"TN": lambda: "Z" + digits(rng, 6), "EG": lambda: "A" + digits(rng, 8), "PH": lambda: "P" + digits(rng, 7) + "B",
                  "IN": lambda: rng.choice("KLMNPRST") + digits(rng, 7), "GB": lambda: digits(rng, 9),
                  "IT": lambda: "Y" + rng.choice("ABCD") + digits(rng, 7), "RS": lambda: digits(rng, 9),
                  "UA": lambda: rng.choice(["FA", "FE", "GC"]) + digits(rng, 6)}[code]()
        ppexp = rand_date(rng, dt.date(2024, 6, 1), dt.date(2033, 12, 31))
        hire = rand_date(rng, max(dt.date(2006, 1, 1), birth + dt.timedelta(days=19 * 365 + 5)), dt.date(2024, 9, 30))
        org = rng.choice(LY_ORGS)
        worker = f"{first} {last}"
        pref = rng.choice(["", "", "", first.split()[0], rng.choice(["Abu Ali", "Hamoda", "Sasa", "Mido", "Tito"])]) if not expat else rng.choice(["", first])
        city, hoods = rng.choice(LY_CITIES[:3] * 3 + LY_CITIES)
        hood = rng.choice(hoods)
        addr = rng.choice([f"{hood}, Street {rng.randint(1, 40)}, House {rng.randint(1, 150)}", f"{hood}, near {rng.choice(['Al-Najah school', 'Omar Al-Mukhtar mosque', 'the bakery', 'Al-Madina market'])}",
                           f"{hood} - villa {rng.randint(1, 90)}", f"حي {rng.choice(['الأندلس', 'السلماني', 'الفويهات', 'عين زارة'])}، شارع {rng.randint(1, 30)}"])
        if expat and rng.random() < 0.6:
            addr = f"{rng.choice(LY_SITES)} accommodation, room {rng.randint(1, 220)}"
            city = rng.choice(["Tripoli", "Ubari", "Brega"])
        nsn = "9" + rng.choice("1245") + digits(rng, 7)
        ph = phone(rng, "218", nsn, "0", ["trunk", "trunk", "intl", "intl_dash", "cc", "trunk_sp"])
        fe = ascii_fold(first).lower().split()[0]
        le = ascii_fold(last).lower().replace(" ", "")
        wemail = f"{fe}.{le}@{domain}" if rng.random() < 0.85 else f"{fe[0]}{le}@{domain}"
        pemail = rng.choice(["", "", f"{fe}{rng.randint(70, 2002)}@gmail.com", f"{fe}.{le}@yahoo.com", f"{le}_{fe}@hotmail.com"])
        ib = iban_make("LY", f"{rng.choice(['002', '005', '010', '013', '021'])}{rng.randint(1, 99):03d}{digits(rng, 15)}")
        if expat and rng.random() < 0.5:
            ib = "" if code in ("GB", "IT", "UA") else ib
        ib = rng.choice([ib, ib, group4(ib)]) if ib else ""
        pay = rng.randint(1800, 9500) if not expat else rng.randint(3500, 14000)
        ccy = "LYD" if not expat else rng.choice(["USD", "USD", "EUR", "LYD"])
        rel = rng.choice(["Father", "Mother", "Brother", "Son", "Sister"] + (["Wife"] if sex == "M" else ["Husband"]))
        ec_first = rng.choice(LY_F if rel in ("Mother", "Wife", "Sister") else LY_M)
        ec_last = last if rel != "Wife" or rng.random() < 0.3 else rng.choice(LY_SUR)[0]
        if expat:
            ec = f"{rng.choice([x for x in (xrel[0] if rel in ('Mother', 'Wife', 'Sister') else xrel[1]) if x != first])} {last} ({rel})"
        else:
            ec = f"{ec_first[0]} {ec_last} ({rel})"
        if rng.random() < 0.2 and not expat:
            ec = f"{ec_first[1]} {local.split()[-1]}"
        ecnsn = "9" + rng.choice("1245") + digits(rng, 7)
        ecph = phone(rng, "218", ecnsn, "0", ["trunk", "intl", "cc"]) if not expat else rng.choice(
            [f"+{xph[0]} {xph[1](rng)}", f"00{xph[0]}{xph[1](rng)}", f"+{xph[0]}{xph[1](rng)}"])
        upd = rand_ts(rng, dt.datetime(2024, 1, 2), dt.datetime(2024, 11, 28))
        com = ""
        cr = rng.random()
        if cr < 0.07:
            com = f"Rotation 28/28, replaces {rng.choice(LY_M)[0]} {rng.choice(LY_SUR)[0]} on Sharara rig 3"
        elif cr < 0.12:
            com = f"Salary transfer to brother's account ({rng.choice(LY_M)[0]} {last}) approved by {managers[org]}"
        elif cr < 0.16:
            com = "Passport renewal in progress, visa on hold"
        elif cr < 0.2:
            com = f"ملاحظة: الموظف في إجازة مرضية، راجع د. {rng.choice(LY_M)[1]} {rng.choice(LY_SUR)[1]}"
        elif cr < 0.22:
            com = "Exit re-entry visa issued"
        rows.append({
            "Employee ID": str(emp), "Worker": worker, "Legal Name - First Name": first,
            "Legal Name - Middle Name": middle, "Legal Name - Last Name": last, "Legal Name - Local Script": local,
            "Preferred Name": pref, "Gender": "Male" if sex == "M" else "Female",
            "Date of Birth": birth.strftime("%m/%d/%Y"),
            "Marital Status": rng.choice(["Married", "Married", "Single", "Single", "Divorced", "Widowed"]),
            "Primary Nationality": nat, "National ID - LBY - National Number": nn, "Passport Number": pp,
            "Passport Expiration Date": ppexp.strftime("%m/%d/%Y") if pp else "",
            "Hire Date": hire.strftime("%m/%d/%Y"), "Business Title": rng.choice(LY_TITLES),
            "Supervisory Organization": f"{org} ({managers[org]})", "Location": rng.choice(LY_SITES),
            "Cost Center": cc[org], "Home Address - Line 1": addr, "Home Address - City": city,
            "Primary Home Phone": ph, "Primary Work Email": wemail, "Personal Email": pemail,
            "Payment Election - IBAN": ib, "Base Pay - Amount": f"{pay:,}.00", "Base Pay - Currency": ccy,
            "Emergency Contact": ec, "Emergency Contact Phone": ecph, "Manager": managers[org],
            "Last Functionally Updated": upd.strftime("%m/%d/%Y %I:%M %p"), "Comments": com,
        })
    desc = ("Libyan oil-services company workers from a Workday custom report (US date format). Libyan staff with "
            "first name, father's and grandfather's names as middle name, family name (Arab, Amazigh from Nafusa and "
            "Zuwara, Tuareg, Tebu) and the full name in Arabic script; 12-digit national number (sex digit + birth year "
            "+ 7 digits, format only); passports and expiry; neighbourhood / landmark addresses without postcodes; +218 "
            "mobiles; LY IBANs (mod 97); expatriates (TN, EG, PH, IN, GB, IT, RS, UA) in camp accommodation. The "
            "Workday supervisory organisation carries the manager's name in parentheses (true); cost centre, site, "
            "title, pay and dates are business data.")
    return emit(table, desc, spec, rows)


# =============================================================================================
# 16010 Burkina Faso: football federation player licences
# =============================================================================================
BF_M = ["Abdoul Aziz", "Issouf", "Boureima", "Hamidou", "Salif", "Souleymane", "Adama", "Ousmane", "Moussa", "Bertrand",
        "Cyrille", "Aristide", "Hervé", "Arsène", "Dramane", "Seydou", "Inoussa", "Rasmané", "Tégawendé", "Wendpouiré",
        "Relwendé", "Wendkouni", "Blaise", "Ibrahim", "Lassina", "Ousséni", "Yacouba", "Zakaria", "Sibiri", "Nongma"]
BF_F = ["Aminata", "Mariam", "Salimata", "Awa", "Rasmata", "Wendyam", "Pegdwendé", "Nafissatou", "Fatimata", "Safiatou",
        "Alizèta", "Zalissa", "Bintou", "Sandrine", "Edwige"]
BF_SUR = ["Ouédraogo", "Sawadogo", "Kaboré", "Compaoré", "Zongo", "Ilboudo", "Traoré", "Ouattara", "Diallo", "Barry",
          "Sanou", "Dabiré", "Somé", "Hien", "Kambou", "Palenfo", "Da", "Bazié", "Nikiéma", "Yaméogo", "Zoungrana",
          "Tapsoba", "Bationo", "Kiemtoré", "Tiendrébéogo", "Sana", "Bamogo", "Guiro", "Cissé", "Sidibé", "Dicko",
          "Maïga", "Tall", "Kafando", "Nacanabo", "Yaro"]
BF_TOWNS = [("Ouagadougou", ["Gounghin", "Tampouy", "Pissy", "Dassasgho", "Zogona", "Kalgondin", "Cissin", "Tanghin",
                             "Patte d'Oie", "Ouaga 2000", "Wemtenga", "Bilbalogho", "Nonsin", "Karpala"]),
            ("Bobo-Dioulasso", ["Accart-Ville", "Sarfalao", "Dogona", "Kuinima", "Bolomakoté", "Colma"]),
            ("Koudougou", ["Palogo", "Issouka"]), ("Ouahigouya", ["Secteur 9", "Secteur 13"]),
            ("Banfora", ["Secteur 5", "Tengrela"]), ("Kaya", ["Secteur 4"]), ("Fada N'Gourma", ["Secteur 11"]),
            ("Tenkodogo", ["Secteur 2"]), ("Dédougou", ["Secteur 3"])]
BF_CLUBS = ["Rail Club du Kadiogo", "ASFA Yennenga", "Étoile Filante de Ouagadougou", "Salitas FC", "AS SONABEL",
            "Majestic SC", "RC Bobo-Dioulasso", "USFA", "Vitesse FC", "AS Douanes", "USCO Koudougou", "AJEB Bobo"]
BF_BIRTHPLACES = ["Ouagadougou", "Bobo-Dioulasso", "Koudougou", "Ouahigouya", "Banfora", "Kaya", "Dori", "Fada N'Gourma",
                  "Tenkodogo", "Gaoua", "Dédougou", "Abidjan", "Bouaké", "Djibo", "Manga", "Pô", "Réo", "Yako"]


def t_licences_bf() -> tuple:
    rng = random.Random(16010)
    table = "licences_joueurs_bf"
    spec = [
        ("NUM_LIC", False, "licence_number"),
        ("ID_FIFA", False, "fifa_connect_id"),
        ("NOM", True, "last_name"),
        ("PRENOMS", True, "first_name"),
        ("SEXE", False, "gender"),
        ("DT_NAISS", True, "date_of_birth"),
        ("LIEU_NAISS", True, "place_of_birth"),
        ("NATIO", False, "nationality_code"),
        ("PIECE_ID", True, "identity_document_number"),
        ("TEL", True, "mobile_phone"),
        ("QUARTIER", True, "neighbourhood_of_residence"),
        ("VILLE", True, "city"),
        ("TUTEUR", True, "guardian_name"),
        ("TEL_TUT", True, "phone"),
        ("CLUB", False, "company_name"),
        ("CAT", False, "category"),
        ("POSTE", False, "category"),
        ("DT_QUALIF", False, "registration_date"),
        ("STATUT", False, "record_status"),
        ("GRP_SANG", False, "blood_group"),
        ("TAILLE_CM", False, "length"),
        ("POIDS_KG", False, "mass"),
        ("DT_VISITE_MED", True, "medical_visit_hipaa_date"),
        ("ANC_CLUB", False, "company_name"),
        ("MONTANT_FCFA", False, "amount"),
        ("PHOTO", True, "file_path_with_name"),
        ("OBS", True, "free_text_with_names"),
        ("AGENT", True, "username"),
    ]
    agents = ["kabore.s", "ouedraogo.a", "saisie02", "traore.m", "admin_fbf"]
    used_fifa = set()
    rows = []
    lic = rng.randint(300, 500)
    for _ in range(300):
        lic += rng.randint(1, 5)
        season = 2024
        cat = wchoice(rng, [("Senior", 0.55), ("U20", 0.2), ("U17", 0.15), ("Dames", 0.1)])
        sex = "F" if cat == "Dames" else "M"
        if cat == "Senior":
            birth = rand_date(rng, dt.date(1988, 1, 1), dt.date(2004, 12, 31))
        elif cat == "U20":
            birth = rand_date(rng, dt.date(2005, 1, 1), dt.date(2006, 12, 31))
        elif cat == "U17":
            birth = rand_date(rng, dt.date(2007, 1, 1), dt.date(2009, 12, 31))
        else:
            birth = rand_date(rng, dt.date(1994, 1, 1), dt.date(2007, 12, 31))
        nat = wchoice(rng, [("BFA", 0.88), ("CIV", 0.04), ("MLI", 0.03), ("GHA", 0.02), ("TGO", 0.02), ("NER", 0.01)])
        if nat == "BFA":
            nom = rng.choice(BF_SUR)
        else:
            nom = {"CIV": rng.choice(["Koné", "Kouassi", "Yao", "Bamba"]), "MLI": rng.choice(["Keïta", "Coulibaly", "Diarra"]),
                   "GHA": rng.choice(["Mensah", "Owusu", "Abdulai"]), "TGO": rng.choice(["Agbeko", "Kpatcha", "Gnassingbé"]),
                   "NER": rng.choice(["Issoufou", "Moussa", "Hamani"])}[nat]
        prenoms = rng.choice(BF_M if sex == "M" else BF_F)
        if rng.random() < 0.3:
            prenoms += " " + rng.choice(BF_M if sex == "M" else BF_F)
        nom_out = nom.upper() if rng.random() < 0.8 else nom
        if rng.random() < 0.1:
            nom_out = ascii_fold(nom).upper()
        dr = rng.random()
        if dr < 0.75:
            dn = birth.strftime("%d/%m/%Y")
        elif dr < 0.88:
            dn = f"31/12/{birth.year}"
        elif dr < 0.95:
            dn = f"vers {birth.year}"
        else:
            dn = birth.strftime("%d-%m-%y")
        minor = birth > dt.date(2006, 10, 1)
        if minor:
            pid = rng.choice([f"Acte N° {rng.randint(1, 4999)} du {rand_date(rng, birth, birth + dt.timedelta(days=60)):%d/%m/%Y}",
                              f"AN {rng.randint(100, 9999)}/{birth.year}"])
        elif nat == "BFA":
            pid = rng.choice([f"B{digits(rng, 7)}", f"B{digits(rng, 8)}", f"B {digits(rng, 7)}"])
        else:
            pid = rng.choice(["C", "A", "AA", "B"]) + digits(rng, 7)
        town, quartiers = rng.choice(BF_TOWNS[:2] * 4 + BF_TOWNS)
        q = rng.choice(quartiers)
        if town == "Ouagadougou" and rng.random() < 0.3:
            q = f"Secteur {rng.randint(1, 55)}, {q}"
        nsn = rng.choice(["70", "71", "72", "74", "75", "76", "77", "78", "60", "61", "64", "65", "66", "67", "56", "57"]) + digits(rng, 6)
        tel = phone(rng, "226", nsn, "", ["pairs", "pairs", "bare", "intl", "00", "cc_sp"])
        if rng.random() < 0.06:
            tel = ""
        tut = tut_tel = ""
        if minor or rng.random() < 0.1:
            tut = rng.choice([f"{nom.upper()} {rng.choice(BF_M)}", f"{rng.choice(BF_SUR).upper()} {rng.choice(BF_F)}",
                              f"M. {nom} {rng.choice(BF_M)} (père)", f"Mme {rng.choice(BF_SUR)} née {nom}"])
            tnsn = rng.choice(["70", "76", "78", "65", "66"]) + digits(rng, 6)
            tut_tel = phone(rng, "226", tnsn, "", ["pairs", "bare", "intl"])
        club = rng.choice(BF_CLUBS)
        anc = rng.choice(["", "", "", rng.choice(BF_CLUBS + ["Centre de formation Planète Champion", "ASEC Mimosas (CIV)", "Stade Malien (MLI)"])])
        qualif = rand_date(rng, dt.date(2024, 7, 15), dt.date(2024, 11, 20))
        medv = qualif - dt.timedelta(days=rng.randint(2, 40))
        while True:
            fifa = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(7))
            if fifa not in used_fifa:
                used_fifa.add(fifa)
                break
        photo = f"photos/{season}/{ascii_fold(nom).upper().replace(' ', '_')}_{ascii_fold(prenoms).replace(' ', '_')}_{lic}.jpg"
        if rng.random() < 0.25:
            photo = f"photos/{season}/IMG_{rng.randint(1000, 9999)}.jpg"
        obs = ""
        orr = rng.random()
        if orr < 0.08:
            obs = f"Transfert validé par le président du club M. {rng.choice(BF_SUR)}"
        elif orr < 0.13:
            obs = f"Frère de {rng.choice(BF_SUR).upper()} {rng.choice(BF_M)} (licence {season - 1})"
        elif orr < 0.18:
            rel = rng.choice(["le père", "la mère", "l'oncle"])
            obs = f"Lettre de sortie signée par {rel} {rng.choice(BF_F if rel == 'la mère' else BF_M)} {nom}"
        elif orr < 0.25:
            obs = rng.choice(["Certificat médical à compléter", "Prêt jusqu'au 30/06/2025", "Double licence suspectée - vérifier",
                              "Photo floue", "Dossier complet"])
        rows.append({
            "NUM_LIC": f"BF-{season}-{lic:05d}", "ID_FIFA": fifa, "NOM": nom_out, "PRENOMS": prenoms, "SEXE": sex,
            "DT_NAISS": dn, "LIEU_NAISS": rng.choice(BF_BIRTHPLACES) if nat == "BFA" else rng.choice(["Abidjan", "Bamako", "Accra", "Lomé", "Niamey", "Bouaké"]),
            "NATIO": nat, "PIECE_ID": pid, "TEL": tel, "QUARTIER": q, "VILLE": town, "TUTEUR": tut,
            "TEL_TUT": tut_tel, "CLUB": club, "CAT": cat, "POSTE": rng.choice(["GB", "DEF", "DEF", "MIL", "MIL", "ATT"]),
            "DT_QUALIF": qualif.strftime("%d/%m/%Y"), "STATUT": rng.choice(["Amateur", "Amateur", "Amateur", "Professionnel", "Prêt"]),
            "GRP_SANG": rng.choice(["O+", "A+", "B+", "AB+", "O-", "", "", "O+"]),
            "TAILLE_CM": rng.randint(158, 196) if sex == "M" else rng.randint(150, 182),
            "POIDS_KG": rng.randint(55, 92) if sex == "M" else rng.randint(48, 78),
            "DT_VISITE_MED": medv.strftime("%d/%m/%Y"), "ANC_CLUB": anc,
            "MONTANT_FCFA": rng.choice([5000, 10000, 15000, 25000]) if cat != "U17" else 2500,
            "PHOTO": photo, "OBS": obs, "AGENT": rng.choice(agents),
        })
    desc = ("Burkina Faso football federation player licences for the 2024-25 season, terse French UPPER_SNAKE headers. "
            "Mossi (Mooré names such as Tégawendé, Wendpouiré), Dioula, Peul, Dagara, Lobi, Gourounsi, Songhai names and "
            "Ivorian, Malian, Ghanaian, Togolese, Nigerien players; birth dates as dd/mm/yyyy, 31/12/yyyy or 'vers yyyy'; "
            "CNIB numbers, birth-certificate references for minors, foreign passports; +226 8-digit phones; quartier / "
            "secteur and town; guardian and phone for minors; licence number, FIFA Connect id, club, category, position, "
            "blood group, height, weight are not identifying (false); the pre-season medical visit date is a date of care "
            "(true); photo file names carry the player's name.")
    return emit(table, desc, spec, rows)


# =============================================================================================
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    builders = [t_redcap_jo, t_banner_ls, t_qatar, t_asterisk_cv, t_woo_dz, t_pain001_li, t_bsm_sez, t_subsurface_ck,
                t_workday_ly, t_licences_bf]
    tot_r = tot_c = tot_p = 0
    for b in builders:
        r, c, p = b()
        tot_r += r
        tot_c += c
        tot_p += p
        print(f"{b.__name__:22s} rows={r:4d} cols={c:3d} pii={p:3d}")
    print(f"TOTAL rows={tot_r} cols={tot_c} pii={tot_p}")


if __name__ == "__main__":
    main()
