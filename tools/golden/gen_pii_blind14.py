# ruff: noqa
"""Fourteenth blind PII golden set: 10 tables, standard library + golden_common only, deterministic.

Run: python3 gen_pii_blind14.py   (writes <table>.csv and <table>.labels.yaml into OUT)
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from golden_common import ascii_fold, digits, luhn_digit, rand_date, rand_ts, token, yq, yscalar  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"

D0 = dt.date(2025, 1, 1)
D1 = dt.date(2025, 11, 30)


def pick(rng, seq):
    return rng.choice(seq)


def maybe(rng, p, v, empty=""):
    return v if rng.random() < p else empty


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def birth(rng, a=18, b=75):
    return rand_date(rng, dt.date(2025 - b, 1, 1), dt.date(2025 - a, 12, 31))


def age(b):
    return 2025 - b.year - ((11, 15) < (b.month, b.day))


def thou(v, sep=" ", dec=",", nd=2):
    s = f"{v:,.{nd}f}"
    return s.replace(",", "\0").replace(".", dec).replace("\0", sep)


def write_table(name, desc, cols, rows, header=True):
    OUT.mkdir(parents=True, exist_ok=True)
    keys = [c[0] for c in cols]
    assert len(set(keys)) == len(keys), (name, keys)
    for r in rows:
        assert len(r) == len(cols), (name, len(r), len(cols))
    with (OUT / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        if header:
            w.writerow(keys)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
    lines = [f"table: {yq(name)}", f"description: {yq(desc)}", "columns:"]
    for h, pii, kind in cols:
        lines.append(f"  {yq(h)}:")
        lines.append(f"    pii: {yscalar(bool(pii))}")
        lines.append(f"    kind: {yq(kind)}")
    (OUT / f"{name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows), len(cols), sum(1 for c in cols if c[1])


# =============================================================================================
# 1. Brunei health-centre patient records (Malay headers, Jawi names)
# =============================================================================================
BN_M = ["Mohd Rizal", "Muhammad Hafiz", "Abdul Rahman", "Awang Ismail", "Hairul Azmi", "Khairul Anwar",
        "Muhammad Syafiq", "Aziz", "Haziq", "Amirul", "Zulkarnain", "Roslan", "Saifuddin", "Hamdan", "Jefri"]
BN_F = ["Nur Aqilah", "Siti Hajar", "Nurul Huda", "Norhayati", "Rosmawati", "Dayang Salmah", "Nur Izzati",
        "Hajah Zainab", "Siti Rohani", "Nurfarahin", "Suraya", "Rafidah", "Masni", "Aminah", "Norliza"]
BN_FATHER = ["Abdullah", "Yusof", "Ahmad", "Haji Othman", "Hamid", "Tamit", "Jaafar", "Ibrahim", "Hassan",
             "Mohd Daud", "Sulaiman", "Haji Bakar", "Jumat", "Metussin", "Tengah", "Kassim", "Ladis"]
JAWI = {"Mohd": "محمد", "Muhammad": "محمد", "Rizal": "ريزال", "Hafiz": "حافظ", "Abdul": "عبدال",
        "Rahman": "رحمن", "Awang": "اوڠ", "Ismail": "إسماعيل", "Hairul": "خيرول", "Azmi": "عزمي",
        "Khairul": "خيرول", "Anwar": "انوار", "Syafiq": "شفيق", "Aziz": "عزيز", "Haziq": "حاذق",
        "Amirul": "اميرول", "Zulkarnain": "ذوالقرنين", "Roslan": "روسلن", "Saifuddin": "سيف الدين",
        "Hamdan": "حمدان", "Jefri": "جفري", "Nur": "نور", "Aqilah": "عقيلة", "Siti": "ستي", "Hajar": "هاجر",
        "Nurul": "نورالحدى", "Huda": "", "Norhayati": "نورحياتي", "Rosmawati": "روسماواتي",
        "Dayang": "داياڠ", "Salmah": "سلمه", "Izzati": "عزتي", "Hajah": "حاجه", "Zainab": "زينب",
        "Rohani": "روحاني", "Nurfarahin": "نورفرحين", "Suraya": "ثريا", "Rafidah": "رفيدة", "Masni": "ماسني",
        "Aminah": "امينه", "Norliza": "نورليزا", "Abdullah": "عبدالله", "Yusof": "يوسف", "Ahmad": "احمد",
        "Haji": "حاجي", "Othman": "عثمان", "Hamid": "حميد", "Tamit": "تاميت", "Jaafar": "جعفر",
        "Ibrahim": "إبراهيم", "Hassan": "حسن", "Daud": "داود", "Sulaiman": "سليمان", "Bakar": "بكر",
        "Jumat": "جومت", "Metussin": "متوسين", "Tengah": "تڠه", "Kassim": "قاسم", "Ladis": "لاديس",
        "bin": "بن", "binti": "بنت"}
BN_CN = ["Lim Chee Keong", "Chong Mei Ling", "Teo Kah Wai", "Wong Siew Fong", "Ho Jun Hao", "Liew Pei Shan",
         "Kong Yu Xuan", "Voon Ah Kiong"]
BN_IBAN = ["Jenang anak Sagoh", "Linda anak Jimbun", "Unggang anak Rantai", "Mary anak Nyalau",
           "Jonathan Lasong", "Sebastian anak Ngelai"]
BN_PLACES = [  # kampong, mukim, daerah, postcode prefix
    ("Kg. Rimba", "Mukim Gadong B", "Brunei-Muara", "BE3"), ("Kg. Sengkurong A", "Mukim Sengkurong", "Brunei-Muara", "BG3"),
    ("Kg. Kiulap", "Mukim Gadong B", "Brunei-Muara", "BE1"), ("Kg. Mentiri", "Mukim Mentiri", "Brunei-Muara", "BU2"),
    ("Kg. Lambak Kanan", "Mukim Berakas A", "Brunei-Muara", "BB1"), ("Kg. Tanjong Bunut", "Mukim Kilanas", "Brunei-Muara", "BF2"),
    ("Kg. Penabai", "Mukim Pekan Tutong", "Tutong", "TA1"), ("Kg. Lamunin", "Mukim Lamunin", "Tutong", "TC2"),
    ("Kg. Pandan", "Mukim Kuala Belait", "Belait", "KA1"), ("Kg. Lumut", "Mukim Liang", "Belait", "KC2"),
    ("Kg. Labu Estate", "Mukim Labu", "Temburong", "PC1"), ("Kg. Bangar", "Mukim Bangar", "Temburong", "PA1")]
BN_JALAN = ["Jalan Tutong", "Jalan Muara", "Jalan Gadong", "Jalan Sengkurong", "Jalan Jerudong", "Jalan Kota Batu",
            "Jalan Maulana", "Jalan Pandan 5", "Jalan Labi"]
BN_CLINIC = ["Pusat Kesihatan Gadong", "Klinik Kesihatan Sengkurong", "Pusat Kesihatan Berakas", "Klinik Kesihatan Muara",
             "Pusat Kesihatan Tutong", "Klinik Kesihatan Kuala Belait", "Pusat Kesihatan Bangar"]
BN_ICD = [("J06.9", "Jangkitan saluran pernafasan atas"), ("E11.9", "Diabetes mellitus jenis 2"),
          ("I10", "Hipertensi"), ("M54.5", "Sakit pinggang"), ("K29.7", "Gastritis"), ("Z00.0", "Pemeriksaan am"),
          ("L30.9", "Dermatitis"), ("H10.9", "Konjunktivitis"), ("Z23", "Imunisasi")]


def jawi(name):
    return " ".join(JAWI[w] for w in name.replace("Nurul Huda", "Nurul").split() if JAWI.get(w, None) is not None and JAWI[w])


def bn_phone(rng):
    n = f"{rng.choice('78')}{digits(rng, 6)}"
    return pick(rng, [f"+673 {n}", n, f"673-{n}", f"{n[:3]} {n[3:]}", f"(673) {n}"])


def t_bn(rng):
    cols = [("No. Rujukan", 0, "record_id"), ("No. Rekod Perubatan", 1, "medical_record_number"),
            ("Nama Pesakit", 1, "full_name"), ("Nama (Jawi)", 1, "full_name"),
            ("No. Kad Pengenalan", 1, "national_id"), ("Warna IC", 0, "category"), ("Jantina", 0, "gender"),
            ("Tarikh Lahir", 1, "date_of_birth"), ("Umur", 0, "age"), ("Bangsa", 0, "ethnic_group"),
            ("Alamat", 1, "street_address"), ("Kampong", 1, "village"), ("Mukim", 1, "district"),
            ("Daerah", 0, "state_province"), ("Poskod", 1, "postal_code"), ("No. Telefon", 1, "mobile_phone"),
            ("Nama Waris", 1, "full_name"), ("Telefon Waris", 1, "mobile_phone"),
            ("Tarikh Lawatan", 1, "visit_date_hipaa_date"), ("Pusat Kesihatan", 0, "facility_name"),
            ("Kod ICD-10", 0, "diagnosis_code"), ("Diagnosis", 0, "diagnosis"), ("Berat (kg)", 0, "mass"),
            ("Tekanan Darah", 0, "blood_pressure"), ("Doktor", 1, "full_name"),
            ("Catatan", 1, "free_text_with_names"), ("Dicipta Oleh", 1, "username"),
            ("Tarikh Dicipta", 0, "created_at")]
    rows = []
    for i in range(300):
        r = rng.random()
        sex = pick(rng, "LP")
        if r < 0.72:
            g = pick(rng, BN_M if sex == "L" else BN_F)
            fa = pick(rng, BN_FATHER)
            pre = maybe(rng, 0.25, "Awang " if sex == "L" else "Dayang ") if not g.startswith(("Awang", "Dayang", "Hajah")) else ""
            name = f"{pre}{g} {'bin' if sex == 'L' else 'binti'} {fa}"
            jw = jawi(name)
            race = "Melayu" if rng.random() < 0.9 else "Dusun"
            ic_pre = pick(rng, ["00", "01", "01"])
        elif r < 0.86:
            name = pick(rng, BN_CN)
            jw = ""
            race = "Cina"
            ic_pre = pick(rng, ["01", "30", "31"])
        else:
            name = pick(rng, BN_IBAN)
            jw = ""
            race = "Iban"
            ic_pre = pick(rng, ["01", "30", "50"])
        if rng.random() < 0.15:
            name = name.upper()
        b = birth(rng, 0, 88)
        ic_no = digits(rng, 6)
        ic = pick(rng, [f"{ic_pre}-{ic_no}", f"{ic_pre}{ic_no}", f"{ic_pre}-{ic_no}", f"{ic_pre} {ic_no}"])
        warna = {"00": "Kuning", "01": "Kuning", "30": "Ungu", "31": "Ungu", "50": "Hijau"}[ic_pre]
        kg, mk, dr, pc = pick(rng, BN_PLACES)
        addr = pick(rng, [f"No. {rng.randint(1, 99)}, Simpang {rng.randint(10, 899)}, {pick(rng, BN_JALAN)}",
                          f"No. {rng.randint(1, 60)}A, Spg {rng.randint(10, 899)}, {kg}",
                          f"Rumah No. {rng.randint(1, 40)}, Blok {pick(rng, 'ABCDE')}, Perumahan Negara {kg[4:]}"])
        nok_m = rng.random() < .5
        nok = f"{pick(rng, BN_M if nok_m else BN_F)} {'bin' if nok_m else 'binti'} {pick(rng, BN_FATHER)}"
        visit = rand_date(rng, D0, D1)
        icd, dx = pick(rng, BN_ICD)
        doc = pick(rng, ["Dr. Hjh Norhayati Hj Ahmad", "Dr. Lim Wei Ming", "Dr. Awang Khairul Hj Jumat", "Dr. Siti Hajar Abdullah",
                         "Dr. Rajesh Nair", "Dr. Pg Hjh Rosnah Pg Hj Metussin", "Dr. Maria Santos"])
        note = pick(rng, ["", "", "", "Rujuk ke RIPAS", "Temujanji susulan 2 minggu",
                          f"Dibawa oleh anak, {nok.split(' bin')[0]}", f"Suami ({nok}) minta salinan laporan",
                          "Ubat: Metformin 500mg", f"Hubungi waris di {bn_phone(rng)}"])
        created = dt.datetime.combine(visit, dt.time(rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59)))
        rows.append([f"RK-{visit.year}-{i + 4100:06d}", f"P{digits(rng, 7)}", name, jw, ic, warna, sex,
                     pick(rng, [dmy(b), dmy(b, "."), dmy(b, "-")]), age(b), race, addr, kg, mk, dr, f"{pc}{digits(rng, 3)}",
                     bn_phone(rng), nok, maybe(rng, .8, bn_phone(rng)), dmy(visit), pick(rng, BN_CLINIC), icd, dx,
                     f"{rng.uniform(3, 110):.1f}", f"{rng.randint(95, 175)}/{rng.randint(55, 105)}", doc, note,
                     pick(rng, ["nurul.ha", "hjsalmah", "aziz_k", "rosnah.m", "jefri01"]),
                     created.strftime("%Y-%m-%d %H:%M:%S")])
    return ("rekod_pesakit_klinik_bn",
            "Brunei government health-centre outpatient records (Malay headers; Malay names with bin/binti, Jawi script, "
            "Chinese-Bruneian and Iban patients; IC with colour, kampong/mukim, visits).", cols, rows, True)


# =============================================================================================
# 2. Mauritanian baccalauréat candidates (terse coded headers, Arabic script names)
# =============================================================================================
MR_M = [("Mohamed Lemine", "محمد الأمين"), ("Sidi Mohamed", "سيدي محمد"), ("Ahmed Salem", "أحمد سالم"),
        ("Cheikh", "الشيخ"), ("Mohamed Vall", "محمد فال"), ("Brahim", "ابراهيم"), ("El Moustapha", "المصطفى"),
        ("Ethmane", "اعثمان"), ("Sidaty", "سيداتي"), ("Isselmou", "إسلمو"), ("Yahya", "يحيى"), ("Mohameden", "محمدن")]
MR_F = [("Mariem", "مريم"), ("Aïchetou", "عيشة"), ("Khadijetou", "خديجة"), ("Fatimetou", "فاطمة"), ("Lalla", "لالة"),
        ("Mounina", "منينة"), ("Toutou", "توت"), ("Vatimetou", "فاطمتو"), ("Selma", "سلمى"), ("Nana", "نانة")]
MR_FA = [("Ahmed", "أحمد"), ("Sidi", "سيدي"), ("Cheikh", "الشيخ"), ("Mohamed Mahmoud", "محمد محمود"),
         ("Abdallahi", "عبد الله"), ("Bouceif", "بوسيف"), ("El Hadrami", "الحضرامي"), ("Mohamed Salem", "محمد سالم"),
         ("Boye", "بوي"), ("Jiddou", "جدو"), ("Ely", "اعل")]
MR_HAL = ["Mamadou Abdoulaye Sy", "Oumar Demba Ba", "Aissata Hamady Kane", "Coumba Samba Diallo", "Hamath Amadou Ly",
          "Bakary Moussa Camara", "Ousmane Abdou Ndiaye", "Kadiata Mamadou Sow", "Djibril Harouna Wone", "Fatimata Yaya Tall"]
MR_PL = ["Nouakchott", "Kiffa", "Atar", "Rosso", "Kaédi", "Néma", "Zouérate", "Boghé", "Sélibaby", "Aleg", "Tidjikja",
         "Nouadhibou", "Boutilimit", "Aïoun", "Dakar", "Bamako"]
MR_GEO = [("Nouakchott-Ouest", ["Tevragh Zeina", "Ksar", "Sebkha"]), ("Nouakchott-Sud", ["Arafat", "El Mina", "Riyad"]),
          ("Nouakchott-Nord", ["Dar Naim", "Toujounine", "Teyarett"]), ("Trarza", ["Rosso", "Boutilimit", "Méderdra"]),
          ("Brakna", ["Aleg", "Boghé", "Magta-Lahjar"]), ("Gorgol", ["Kaédi", "M'Bout"]), ("Assaba", ["Kiffa", "Guerou"]),
          ("Dakhlet Nouadhibou", ["Nouadhibou"]), ("Adrar", ["Atar", "Chinguetti"]), ("Hodh Ech Chargui", ["Néma", "Timbedra"])]


def mr_phone(rng):
    n = f"{rng.choice('234')}{digits(rng, 7)}"
    return pick(rng, [n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+222 {n}", f"00222{n}", f"222{n}"])


def t_mr(rng):
    subj = ["M_MAT", "M_PC", "M_SN", "M_AR", "M_FR", "M_PH"]
    cols = [("NUM", 0, "candidate_number"), ("NNI", 1, "national_id"), ("NP_FR", 1, "full_name"),
            ("NP_AR", 1, "full_name"), ("DN", 1, "date_of_birth"), ("LN", 1, "place_of_birth"), ("SX", 0, "gender"),
            ("WIL", 0, "state_province"), ("MGH", 1, "district"), ("TEL", 1, "mobile_phone"),
            ("TUT", 1, "full_name"), ("TEL_T", 1, "mobile_phone"), ("ETB", 0, "school_name"),
            ("CTR", 0, "facility_name"), ("SER", 0, "category"), ("LV", 0, "language_code")]
    cols += [(s, 0, "score") for s in subj]
    cols += [("MOY", 0, "score"), ("DEC", 0, "record_status"), ("RANG", 0, "count"), ("SAISI", 1, "username"),
             ("DT_SAISI", 0, "created_at")]
    rows = []
    for i in range(340):
        sex = pick(rng, "MF")
        if rng.random() < 0.75:
            g, ga = pick(rng, MR_M if sex == "M" else MR_F)
            f, fa = pick(rng, MR_FA)
            name = f"{g} {'Ould' if sex == 'M' else 'Mint'} {f}"
            ar = f"{ga} {'ولد' if sex == 'M' else 'منت'} {fa}"
            if rng.random() < 0.3:
                name = f"{g} {f}"
                ar = f"{ga} {fa}"
        else:
            name = pick(rng, MR_HAL)
            ar = ""
        if rng.random() < 0.2:
            name = name.upper()
        b = birth(rng, 16, 23)
        wil, mghs = pick(rng, MR_GEO)
        tut = f"{pick(rng, MR_M)[0]} {pick(rng, ['Ould ', ''])}{pick(rng, MR_FA)[0]}"
        ser = pick(rng, ["C", "D", "D", "LM", "LO", "TM"])
        marks = [round(rng.uniform(2, 18) * 4) / 4 for _ in subj]
        moy = sum(marks) / len(marks)
        dec = "Admis" if moy >= 10 else ("Admissible" if moy >= 8 else "Ajourné")
        if rng.random() < 0.03:
            dec = "Abs"
        ts = rand_ts(rng, dt.datetime(2025, 7, 8), dt.datetime(2025, 7, 20))
        rows.append([f"{rng.randint(10000, 69999)}", digits(rng, 10), name, ar,
                     pick(rng, [dmy(b), dmy(b), f"31/12/{b.year}", str(b.year)]), pick(rng, MR_PL), sex, wil,
                     pick(rng, mghs), maybe(rng, .85, mr_phone(rng)), tut, mr_phone(rng),
                     pick(rng, ["Lycée National", "Lycée Arabe de Nouakchott", "Lycée de Rosso", "Lycée d'Excellence 1",
                                "Lycée de Kiffa", "Institut Ibn Abass (privé)", "Lycée Technique de Nouadhibou", "Candidat libre"]),
                     pick(rng, ["Centre Lycée Arabe Ksar", "Centre ENS Nouakchott", "Centre Lycée de Kaédi", "Centre Lycée d'Atar",
                                "Centre Lycée Kiffa 2"]), ser, pick(rng, ["ar", "fr", "ar/fr"])]
                    + [f"{m:.2f}".replace(".", ",") for m in marks]
                    + [f"{moy:.2f}".replace(".", ","), dec, rng.randint(1, 4000),
                       pick(rng, ["a.sidi", "mvall_dec", "op_kaedi3", "khady.s", "saisie07"]), ts.strftime("%d/%m/%Y %H:%M")])
    return ("bac_candidats_mr",
            "Mauritanian baccalauréat candidates and results (terse coded headers; Hassaniya names with Ould/Mint in Latin "
            "and Arabic script, Halpulaar/Soninké/Wolof names, NNI, moughataa, guardian).", cols, rows, True)


# =============================================================================================
# 3. DRC cross-border freight consignments (mostly business data)
# =============================================================================================
CD_DRV = ["ILUNGA KABWE Jean-Pierre", "Mulenga Chanda", "Juma Rashidi Mwakyusa", "KALONJI TSHIBANGU Patrick",
          "Mwamba Kasongo Didier", "Banda Mwape", "Mutombo Nkulu Héritier", "Phiri Bwalya", "Kabamba Ngoy Trésor",
          "Makonda Hamisi", "NGOIE MUKALAY Eric", "Zulu Mwila", "Lukusa Mbuyi Fiston", "Tembo Chileshe",
          "Kyungu wa Kumwanza Dieudonné", "Massawe Elia Joseph"]
CD_AGENT = ["Kisimba Mukendi Olivier", "Nday Mbayo Grâce", "Tshiamala Kapinga Rachel", "Mpoyo Kabongo Serge"]


def t_cd(rng):
    prods = [("CU-CATH-A", "Cathodes de cuivre grade A", "7403.11"), ("CO-OH2-20", "Hydroxyde de cobalt 20%", "8105.20"),
             ("H2SO4-98", "Acide sulfurique 98%", "2807.00"), ("CAO-Q", "Chaux vive en vrac", "2522.10"),
             ("CAT-SP-777", "Pièces détachées Caterpillar 777", "8431.49"), ("CU-CONC", "Concentré de cuivre", "2603.00"),
             ("DIES-50", "Gasoil 50ppm (citerne)", "2710.19"), ("MGO-92", "Oxyde de magnésium", "2519.90")]
    cols = [("N° LV", 0, "tracking_number"), ("Date Chargement", 0, "date"), ("Passage Frontière", 0, "timestamp"),
            ("Poste Frontière", 0, "facility_name"), ("Entrepôt Origine", 0, "facility_name"),
            ("Expéditeur", 0, "company_name"), ("Destinataire", 0, "company_name"), ("Code Produit", 0, "sku"),
            ("Désignation", 0, "product_name"), ("Code SH", 0, "hs_code"), ("Nb Colis", 0, "count"),
            ("Poids Brut (kg)", 0, "mass"), ("Valeur USD", 0, "amount"), ("Droits & Taxes (CDF)", 0, "tax_amount"),
            ("Immat. Camion", 0, "fleet_license_plate"), ("Immat. Remorque", 0, "fleet_license_plate"),
            ("Transporteur", 0, "company_name"), ("Chauffeur", 1, "full_name"), ("Passeport Chauffeur", 1, "passport_number"),
            ("Tél. Chauffeur", 1, "mobile_phone"), ("Permis de Conduire", 1, "drivers_license"),
            ("Déclarant", 1, "full_name"), ("N° Déclaration", 0, "customs_declaration_number"), ("Scellé", 0, "seal_number"),
            ("Statut", 0, "record_status"), ("Observations", 1, "free_text_with_names"), ("Saisi par", 1, "username")]
    rows = []
    for i in range(380):
        d = rand_date(rng, D0, D1)
        cross = dt.datetime.combine(d + dt.timedelta(days=rng.randint(1, 6)), dt.time(rng.randint(0, 23), rng.randint(0, 59)))
        sku, des, hs = pick(rng, prods)
        w = rng.uniform(800, 34000)
        drv = pick(rng, CD_DRV)
        ctry = "TZ" if drv.split()[0] in ("Juma", "Makonda", "Massawe") else ("ZM" if drv.split()[0] in ("Mulenga", "Banda", "Phiri", "Zulu", "Tembo") else "CD")
        pp = {"CD": f"OB{digits(rng, 7)}", "ZM": f"ZN{digits(rng, 6)}", "TZ": f"AB{digits(rng, 6)}"}[ctry]
        tel = {"CD": pick(rng, [f"+243 {pick(rng, ['97', '99', '81', '82', '84'])} {digits(rng, 3)} {digits(rng, 4)}",
                                f"0{pick(rng, ['97', '99', '81', '89'])}{digits(rng, 7)}", f"243{pick(rng, ['97', '99'])}{digits(rng, 7)}"]),
               "ZM": pick(rng, [f"+260 97 {digits(rng, 7)}", f"096{digits(rng, 7)}"]),
               "TZ": pick(rng, [f"+255 754 {digits(rng, 3)} {digits(rng, 3)}", f"0713{digits(rng, 6)}"])}[ctry]
        plate = pick(rng, [f"{digits(rng, 4)}AB{rng.randint(1, 26):02d}", f"ALB {digits(rng, 4)}", f"T {digits(rng, 3)} {token(rng, 3, string.ascii_uppercase)}",
                           f"BAH {digits(rng, 4)}"])
        obs = pick(rng, ["", "", "", "Scellé conforme", "Retard pesage Whiskey Two", "Attente quittance DGDA", "Documents OK",
                         f"Chauffeur remplacé par {pick(rng, CD_DRV)} à Likasi",
                         f"Colis remis à Mme {pick(rng, ['Mwamba', 'Kapinga', 'Nsimba'])} Odette, tél +243 99 {digits(rng, 3)} {digits(rng, 4)}",
                         f"Le chauffeur {drv.split()[0].title()} signale panne à Kanyaka"])
        rows.append([f"LV-KSB-25-{i * 7 + 8001:06d}", d.isoformat(), cross.strftime("%Y-%m-%d %H:%M"),
                     pick(rng, ["Kasumbalesa", "Mokambo", "Sakania", "Kipushi", "Kasenga"]),
                     pick(rng, ["Entrepôt Likasi Route 2", "Magasin Kolwezi - Zone Industrielle", "Parc Lubumbashi Kilomètre 8",
                                "Dépôt Tenke", "Hangar Ruashi"]),
                     pick(rng, ["Katanga Cuivre Négoce SARL", "Lualaba Minerals Trading SA", "Société Minière du Haut-Lomami SARL",
                                "Congo Sulphuric Supplies SARL", "Ets Kambove Logistique SARL"]),
                     pick(rng, ["Ndola Copper Refiners Ltd", "Durban Bulk Terminal (Pty) Ltd", "Dar Cargo Hub Ltd",
                                "Walvis Bay Corridor Forwarders", "Kitwe Mining Supplies Ltd"]),
                     sku, des, hs, rng.randint(1, 60), thou(w), thou(w * rng.uniform(0.5, 9)),
                     thou(w * rng.uniform(20, 300), nd=0), plate, pick(rng, [f"{digits(rng, 4)}AC{rng.randint(1, 26):02d}", f"ALB {digits(rng, 4)} T", ""]),
                     pick(rng, ["Trans-Kalahari Haulage Ltd", "Mwana Transport SARL", "Copperbelt Freight Ltd", "Tanganyika Trucking Co."]),
                     drv, pp, tel, f"{ctry}-{digits(rng, 8)}", pick(rng, CD_AGENT),
                     f"E 2025/KSB/{digits(rng, 6)}", f"S{digits(rng, 7)}",
                     pick(rng, ["Dédouané", "En attente", "En transit", "Livré", "Bloqué"]), obs,
                     pick(rng, ["ckabamba", "g.nday", "rtshiamala", "smpoyo"])])
    return ("fret_kasumbalesa_cd",
            "DRC (Katanga/Lualaba) cross-border freight consignments: mostly shipment, product, weight and customs data; "
            "driver, clearing agent, notes and clerk are personal.", cols, rows, True)


# =============================================================================================
# 4. Guinean mobile-wallet KYC without a header row (Adlam and N'Ko names)
# =============================================================================================
ADLAM = "a d l m b s p ɓ r e f i o ɗ ƴ w n k y u j c h q g ñ t ŋ v x gb z kp sh".split()
NKO = {"a": "\u07ca", "e": "\u07cb", "i": "\u07cc", "u": "\u07ce", "o": "\u07cf", "b": "\u07d3", "p": "\u07d4",
       "t": "\u07d5", "j": "\u07d6", "c": "\u07d7", "d": "\u07d8", "r": "\u07d9", "s": "\u07db", "f": "\u07dd",
       "k": "\u07de", "l": "\u07df", "m": "\u07e1", "n": "\u07e3", "h": "\u07e4", "w": "\u07e5", "y": "\u07e6",
       "g": "\u07dc", "z": "\u07db", "x": "\u07de", "q": "\u07de", "v": "\u07dd"}


def to_adlam(s):
    out = []
    for wi, word in enumerate(ascii_fold(s).lower().split()):
        chars = []
        for j, ch in enumerate(word):
            if ch in ADLAM:
                k = ADLAM.index(ch)
                chars.append(chr((0x1E900 if j == 0 else 0x1E922) + k))
        out.append("".join(chars))
    return " ".join(out)


def to_nko(s):
    return " ".join("".join(NKO.get(c, "") for c in ascii_fold(w).lower()) for w in s.split())


GN_PEUL = (["Mamadou Saliou", "Alpha Oumar", "Thierno Amadou", "Ibrahima Sory", "Boubacar"],
           ["Fatoumata Binta", "Mariama Ciré", "Kadiatou", "Aïssatou", "Hadja Nènè"], ["Diallo", "Bah", "Barry", "Sow", "Baldé"])
GN_MAN = (["Sékou", "Mohamed Lamine", "Lansana", "Moussa", "Karamo"], ["Mariama", "Djénab", "Saran", "Fanta", "Nantènin"],
          ["Camara", "Keïta", "Condé", "Kourouma", "Traoré", "Kaba", "Cissé"])
GN_SOUS = (["Ousmane", "Abdoulaye", "Mohamed", "Ansoumane"], ["Hawa", "Aminata", "Fatou", "M'Mah"], ["Soumah", "Sylla", "Bangoura", "Touré", "Youla"])
GN_FOR = (["Pépé", "Fassou", "Zézé", "Siba", "Koïkoï"], ["Yawa", "Massa", "Finda", "Kumba"], ["Guilavogui", "Loua", "Haba", "Kolié", "Zogbélémou", "Lamah", "Millimono", "Tolno"])
GN_LOC = [("Conakry", "Ratoma", ["Hamdallaye", "Kipé", "Bambeto", "Cosa", "Koloma"]), ("Conakry", "Matoto", ["Matoto Centre", "Yimbaya", "Enta"]),
          ("Conakry", "Dixinn", ["Dixinn Port", "Landréah", "Belle-Vue"]), ("Conakry", "Kaloum", ["Almamya", "Boulbinet"]),
          ("Labé", "Labé", ["Tata", "Daka", "Kouroula"]), ("Kankan", "Kankan", ["Banankoroda", "Kabada", "Salamani"]),
          ("N'Zérékoré", "N'Zérékoré", ["Gonia", "Mohomou", "Dorota"]), ("Kindia", "Kindia", ["Abattoir", "Wondy"]),
          ("Mamou", "Mamou", ["Poudrière", "Almamya Mamou"]), ("Boké", "Kamsar", ["Filima", "Kassopo"])]


def gn_phone(rng):
    n = f"6{pick(rng, ['22', '21', '24', '25', '28', '55', '60', '61', '62', '64', '66'])}{digits(rng, 6)}"
    return pick(rng, [f"+224 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"224{n}", f"00224 {n}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def imei(rng):
    body = pick(rng, ["35", "86", "35", "01"]) + digits(rng, 12)
    return body + luhn_digit(body)


def t_gn(rng):
    cols_spec = [("wallet_id", 0, "customer_id"), ("msisdn", 1, "mobile_phone"), ("nom", 1, "last_name"),
                 ("prenoms", 1, "first_name"), ("nom_local", 1, "full_name"), ("sexe", 0, "gender"),
                 ("dob", 1, "date_of_birth"), ("lieu_naiss", 1, "place_of_birth"), ("type_piece", 0, "category"),
                 ("num_piece", 1, "national_id"), ("exp_piece", 1, "document_expiry_date"), ("region", 0, "state_province"),
                 ("commune", 1, "city"), ("quartier", 1, "neighbourhood"), ("adresse", 1, "address_description"),
                 ("profession", 0, "job_title"), ("niveau_kyc", 0, "category"), ("date_ouverture", 0, "date"),
                 ("code_agent", 0, "agent_code"), ("point_vente", 0, "facility_name"), ("solde_gnf", 0, "account_balance"),
                 ("statut", 0, "record_status"), ("imei", 1, "imei"), ("commentaire", 1, "free_text_with_names")]
    rows = []
    for i in range(311):
        grp = rng.random()
        if grp < 0.4:
            M, F, S = GN_PEUL
            scr = "adlam"
        elif grp < 0.7:
            M, F, S = GN_MAN
            scr = "nko"
        elif grp < 0.87:
            M, F, S = GN_SOUS
            scr = ""
        else:
            M, F, S = GN_FOR
            scr = ""
        sex = pick(rng, "MF")
        first = pick(rng, M if sex == "M" else F)
        last = pick(rng, S)
        full = f"{first} {last}"
        loc = to_adlam(full) if scr == "adlam" else (to_nko(full) if scr == "nko" else "")
        if i > 0 and rng.random() < 0.35:
            loc = ""
        if i > 0 and rng.random() < 0.2:
            last = last.upper()
        b = birth(rng, 18, 70)
        tp = pick(rng, ["CNI", "CNI", "CNI", "Passeport", "Carte électeur", "Carte consulaire"])
        num = {"CNI": pick(rng, [f"GN{digits(rng, 9)}", digits(rng, 11)]), "Passeport": f"R{digits(rng, 7)}",
               "Carte électeur": f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}", "Carte consulaire": f"CC{digits(rng, 6)}"}[tp]
        region, commune, qs = pick(rng, GN_LOC)
        if i == 0:
            region, commune, qs = GN_LOC[0]
        q = pick(rng, qs)
        opened = rand_date(rng, dt.date(2019, 1, 1), D1)
        com = pick(rng, ["", "", "", "Photo floue, à reprendre", "Pièce expirée", "Compte vérifié",
                         f"Nom du père : {pick(rng, GN_PEUL[0] + GN_MAN[0])} {last.title()}",
                         f"Compte ouvert par le fils {pick(rng, M)} pour sa mère",
                         f"Réclamation : transfert reçu de {pick(rng, GN_SOUS[0])} {pick(rng, GN_SOUS[2])}"])
        if i == 0:
            com, loc, q = "Compte vérifié", loc or to_adlam(full), q
        rows.append([f"W{digits(rng, 10)}", gn_phone(rng), last, first, loc, sex,
                     pick(rng, [dmy(b), dmy(b), f"01/01/{b.year}"]),
                     pick(rng, ["Labé", "Pita", "Mamou", "Kankan", "Siguiri", "N'Zérékoré", "Kindia", "Boké", "Conakry", "Guéckédou", "Macenta", "Dalaba", "Faranah"]),
                     tp, num, dmy(rand_date(rng, dt.date(2025, 1, 1), dt.date(2034, 12, 31))), region, commune, q,
                     pick(rng, [f"Près de la mosquée de {q}", f"{q}, derrière le marché", f"Carrefour {q}, 2e rue à gauche",
                                f"Secteur {rng.randint(1, 12)}, maison {pick(rng, ['bleue', 'à étage', 'portail vert'])}"]),
                     pick(rng, ["Commerçante", "Tailleur", "Enseignant", "Conducteur de taxi-moto", "Ménagère", "Étudiant",
                                "Orpailleur", "Agriculteur", "Mécanicien"]),
                     pick(rng, ["N1", "N2", "N3"]), opened.isoformat(), f"AG-{rng.randint(100, 999)}",
                     pick(rng, ["Kiosque Madina Marché", "Cyber Hamdallaye", "Télécentre Kipé 2", "Point Money Gare Labé",
                                "Agence Kankan Centre", "Boutique Télécom Dorota"]),
                     thou(rng.choice([0, rng.randint(0, 25_000_000)]), nd=0), pick(rng, ["Actif", "Suspendu", "Bloqué", "Actif"]),
                     imei(rng), com])
    rows[0][7] = "Pita"  # the record that stands as header row: keep its values distinct
    header = [str(v) for v in rows[0]]
    cols = [(header[k], p, kd) for k, (_, p, kd) in enumerate(cols_spec)]
    return ("kyc_portefeuille_gn_noheader",
            "Guinean mobile-money wallet KYC export without a header row (the first record's values stand as headers); "
            "Peul names also in Adlam, Maninka names in N'Ko, Soussou and Forest-region names; phones, ID documents, quartier.",
            cols, rows, False)


# =============================================================================================
# 5. Eswatini sugar-estate payroll with misleading headers
# =============================================================================================
SZ_SUR = ["Dlamini", "Simelane", "Nxumalo", "Mamba", "Magagula", "Shongwe", "Motsa", "Zwane", "Mkhonta", "Hlophe",
          "Masilela", "Gamedze", "Khumalo", "Mavimbela", "Tsabedze", "Fakudze", "Mabuza", "Sibandze", "da Silva", "Cossa"]
SZ_M = ["Sibusiso", "Mduduzi", "Bongani", "Sifiso", "Themba", "Mandla", "Vusi", "Musa", "Sandile", "Nkosinathi", "Lindani", "Mfanzile"]
SZ_F = ["Nomsa", "Thembi", "Zanele", "Lindiwe", "Phindile", "Nonhlanhla", "Sibongile", "Tengetile", "Gcinile", "Ncobile"]


def t_sz(rng):
    cols = [("EmpNo", 1, "employee_id"), ("Surname", 1, "first_name"), ("FirstName", 1, "last_name"),
            ("Department", 1, "national_id"), ("CostCentre", 0, "department"), ("Grade", 1, "date_of_birth"),
            ("StartDate", 0, "date"), ("BankName", 1, "bank_account_number"), ("BranchCode", 0, "bank_branch_code"),
            ("AccountNo", 0, "company_name"), ("Phone", 0, "business_phone"), ("Email", 1, "mobile_phone"),
            ("Address", 1, "city"), ("Region", 0, "state_province"), ("HouseNo", 1, "address_line2"),
            ("Gender", 0, "gender"), ("BasicPay", 0, "salary"), ("Overtime", 0, "salary"), ("PAYE", 0, "tax_amount"),
            ("ENPF", 0, "amount"), ("Net", 0, "salary"), ("TaxNo", 1, "full_name"), ("NextOfKin", 1, "tax_id"),
            ("Notes", 0, "job_title"), ("JobTitle", 1, "free_text_with_names"), ("ModifiedBy", 0, "month"),
            ("PayPeriod", 1, "username"), ("Active", 0, "is_active")]
    banks = [("Standard Bank Eswatini", "663164"), ("FNB Eswatini", "280164"), ("Nedbank Eswatini", "360564"), ("Eswatini Bank", "500164")]
    towns = [("Mhlume", "Lubombo"), ("Simunye", "Lubombo"), ("Tshaneni", "Lubombo"), ("Vuvulane", "Lubombo"),
             ("Big Bend", "Lubombo"), ("Siteki", "Lubombo"), ("Mafutseni", "Manzini"), ("Sigombeni", "Manzini"),
             ("Piggs Peak", "Hhohho"), ("Nhlangano", "Shiselweni")]
    rows = []
    for i in range(290):
        sex = pick(rng, "MMF")
        g = pick(rng, SZ_M if sex == "M" else SZ_F)
        s = pick(rng, SZ_SUR)
        b = birth(rng, 19, 62)
        pin = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.randint(1, 9)}{digits(rng, 6)}"
        bank, br = pick(rng, banks)
        town, reg = pick(rng, towns)
        basic = round(rng.uniform(2800, 24000), 2)
        ot = round(rng.choice([0, 0, rng.uniform(100, 3000)]), 2)
        gross = basic + ot
        paye = round(max(0.0, (gross - 3800) * 0.2), 2)
        enpf = round(min(gross * 0.05, 1500), 2)
        nok = f"{pick(rng, SZ_M + SZ_F)} {pick(rng, SZ_SUR)}"
        job = pick(rng, ["Cane Cutter", "Irrigation Attendant", "Tractor Driver", "Mill Operator", "Fitter & Turner",
                         "Field Supervisor", "Clerk", "Security Guard", "Boilermaker"])
        note = pick(rng, ["", "", "", "Garnishee order - maintenance", "Seasonal contract renewed",
                          f"Loan deduction approved by {pick(rng, SZ_M)} {pick(rng, SZ_SUR)}",
                          f"Wife {pick(rng, SZ_F)} collects pay when on leave", "Transferred from Mhlume section"])
        rows.append([f"RS{rng.randint(10000, 39999)}", g, s, pick(rng, [pin, pin, f"{pin[:6]} {pin[6:]}"]),
                     pick(rng, ["Field Ops - Section 4", "Mill", "Irrigation", "Transport", "Workshop", "Admin", "Security"]),
                     pick(rng, [dmy(b), b.isoformat(), b.strftime("%d %b %Y")]),
                     rand_date(rng, dt.date(1995, 1, 1), dt.date(2025, 6, 1)).isoformat(),
                     pick(rng, [digits(rng, 11), digits(rng, 10), f"0{digits(rng, 10)}"]), br, bank,
                     pick(rng, ["+268 2313 4000", "2313 4155", "+268 2383 8000"]),
                     pick(rng, [f"76{digits(rng, 6)}", f"+268 78{digits(rng, 2)} {digits(rng, 4)}", f"79{digits(rng, 2)} {digits(rng, 4)}", f"26876{digits(rng, 6)}"]),
                     town, reg, pick(rng, [f"Compound {pick(rng, 'ABCDF')}, House {rng.randint(1, 400)}", f"Hostel {rng.randint(1, 9)} Rm {rng.randint(1, 60)}", ""]),
                     sex, f"{basic:.2f}", f"{ot:.2f}", f"{paye:.2f}", f"{enpf:.2f}", f"{gross - paye - enpf:.2f}",
                     nok, f"{digits(rng, 9)}", job, note, "2025-09", pick(rng, ["pmavuso", "t.gama", "hr_nkambule", "lkunene"]),
                     pick(rng, ["Y", "Y", "Y", "N"])])
    return ("payroll_estate_sz",
            "Eswatini sugar-estate payroll export whose legacy headers do not match the content (misleading): "
            "`Surname` holds given names, `Department` PINs, `Grade` birth dates, `BankName` account numbers, "
            "`Email` private mobiles, `TaxNo` next of kin, `JobTitle` notes, `PayPeriod` the clerk login.", cols, rows, True)


# =============================================================================================
# 6. Oman electricity bill payments at kiosks (camelCase API, mostly business data)
# =============================================================================================
OM_AR = [("Salim Hamad Al Harthy", "سالم بن حمد بن سعيد الحارثي"), ("Aisha Khalfan Al Balushi", "عائشة بنت خلفان البلوشية"),
         ("Said Nasser Al Busaidi", "سعيد بن ناصر البوسعيدي"), ("Muna Rashid Al Hinai", "منى بنت راشد الهنائية"),
         ("Khalid Saif Al Maamari", "خالد بن سيف المعمري"), ("Zainab Ali Al Lawati", "زينب بنت علي اللواتية"),
         ("Hilal Mubarak Al Wahaibi", "هلال بن مبارك الوهيبي"), ("Mahmood Abdullah Al Kindi", "محمود بن عبدالله الكندي")]
OM_EXP = ["Suresh Kumar Pillai", "Mohammed Rafiq Thekkepurayil", "Abdul Karim Miah", "Imran Akhtar Butt", "Joseph Mathew",
          "Ramesh Bahadur Thapa", "Maria Lourdes Dizon", "Anwar Hossain"]
OM_CO = ["Al Noor Trading LLC", "Bawshar Auto Spares SPC", "Muscat Pearl Restaurant LLC", "Ministry of Education - Seeb School 4",
         "Sohar Cold Stores Co. SAOC", "Al Khuwair Clinic LLC"]


def t_om(rng):
    cols = [("txnId", 0, "transaction_id"), ("kioskId", 0, "terminal_id"), ("kioskLocation", 0, "facility_name"),
            ("governorate", 0, "state_province"), ("paidAt", 0, "timestamp"), ("accountNo", 1, "utility_account_number"),
            ("meterNo", 1, "meter_serial"), ("premiseType", 0, "category"), ("tariffCode", 0, "tariff"),
            ("billMonth", 0, "month"), ("consumptionKwh", 0, "energy"), ("billAmountOmr", 0, "amount"),
            ("paidAmountOmr", 0, "amount"), ("feeOmr", 0, "amount"), ("paymentMethod", 0, "category"),
            ("cardScheme", 0, "category"), ("cardLast4", 0, "card_last4"), ("authCode", 0, "authorisation_code"),
            ("payerMobile", 1, "mobile_phone"), ("payerCivilNo", 1, "national_id"), ("accountHolderName", 1, "full_name_or_company"),
            ("receiptNo", 0, "receipt_number"), ("language", 0, "language_code"), ("status", 0, "record_status")]
    kiosks = [("KSK-MCT-0142", "Muscat Grand Mall - Ground Floor", "Muscat"), ("KSK-MCT-0207", "Lulu Hypermarket Bawshar", "Muscat"),
              ("KSK-DKH-0031", "Nizwa Souq Kiosk", "Ad Dakhiliyah"), ("KSK-BTN-0088", "Sohar City Centre", "Al Batinah North"),
              ("KSK-DHF-0015", "Salalah Gardens Mall", "Dhofar"), ("KSK-SHQ-0009", "Sur Municipality Service Hall", "Ash Sharqiyah South")]
    rows = []
    for i in range(400):
        kid, kloc, gov = pick(rng, kiosks)
        ts = rand_ts(rng, dt.datetime(2025, 1, 1), dt.datetime(2025, 11, 30))
        ptype = pick(rng, ["Residential", "Residential", "Residential", "Commercial", "Government", "Agricultural"])
        if ptype in ("Commercial", "Government") and rng.random() < 0.8:
            holder = pick(rng, OM_CO)
        else:
            r = rng.random()
            holder = pick(rng, OM_AR)[1] if r < 0.35 else (pick(rng, OM_AR)[0] if r < 0.65 else pick(rng, OM_EXP))
        kwh = rng.randint(80, 9000)
        bill = round(kwh * rng.choice([0.014, 0.018, 0.03, 0.025]), 3)
        paid = bill if rng.random() < 0.7 else round(rng.uniform(1, bill + 20), 3)
        meth = pick(rng, ["Cash", "Debit Card", "Credit Card", "Apple Pay"])
        card = meth != "Cash"
        mob = f"{pick(rng, '979')}{digits(rng, 7)}"
        rows.append([f"TXN{ts.strftime('%Y%m%d')}{digits(rng, 8)}", kid, kloc, gov, ts.strftime("%Y-%m-%dT%H:%M:%S+04:00"),
                     digits(rng, 10), f"{pick(rng, ['MT', 'EM', 'SM'])}{digits(rng, 8)}", ptype,
                     {"Residential": pick(rng, ["RES-1", "RES-2"]), "Commercial": "COM-1", "Government": "GOV", "Agricultural": "AGR"}[ptype],
                     f"{(ts.date().replace(day=1) - dt.timedelta(days=1)).strftime('%Y-%m')}", kwh, f"{bill:.3f}", f"{paid:.3f}", pick(rng, ["0.000", "0.100", "0.200"]),
                     meth, pick(rng, ["VISA", "MASTERCARD", "OmanNet"]) if card else "", digits(rng, 4) if card else "",
                     token(rng, 6, string.digits + "ABCDEF") if card else "",
                     maybe(rng, 0.8, pick(rng, [f"+968 {mob[:4]} {mob[4:]}", mob, f"968{mob}", f"{mob[:4]} {mob[4:]}"])),
                     maybe(rng, 0.6, pick(rng, [digits(rng, 8), digits(rng, 9), f"{rng.randint(1, 9)}{digits(rng, 7)}"])),
                     holder, f"R-{kid[-4:]}-{i + 50012}", pick(rng, ["ar", "en"]),
                     pick(rng, ["SUCCESS", "SUCCESS", "SUCCESS", "REVERSED", "PENDING"])])
    return ("dafaat_kahraba_om",
            "Omani electricity-bill payments at self-service kiosks: mostly payment/tariff/kiosk data; the account holder "
            "(Omanis in Arabic or Latin script, expatriates, companies), payer mobile and civil number, account and meter identify a household.",
            cols, rows, True)


# =============================================================================================
# 7. Kiribati seafarers crew list (IMO FAL Form 5 headers)
# =============================================================================================
KI_SUR = ["Teiwaki", "Taoaba", "Tebano", "Kaiteie", "Tekanene", "Bwebwenibure", "Tiroba", "Tabuaka", "Teraoi", "Kirata",
          "Ioane", "Natua", "Tokintekai", "Baraniko", "Rimon", "Teewe", "Tekaai", "Kum Kee", "Tafia", "Uriam"]
KI_M = ["Tebwaa", "Tiaon", "Kaotitaake", "Bwebwe", "Ruiti", "Taratau", "Iotebwa", "Tioti", "Nakibae", "Tekaieti",
        "Rereao", "Ioteba", "Kaririki", "Teuea", "Bauro", "Tetaake"]
KI_F = ["Teretia", "Tinaai", "Rerei", "Kabwebwe", "Meere", "Tiibwa", "Nei Toka", "Ruta"]
KI_ISL = [("Tarawa", ["Bairiki", "Bikenibeu", "Teaoraereke", "Eita", "Betio", "Temwaiku"]), ("Abaiang", ["Tuarabu", "Taburao"]),
          ("Butaritari", ["Keuea", "Ukiangang"]), ("Marakei", ["Rawannawi"]), ("Tabiteuea North", ["Utiroa", "Eita"]),
          ("Nonouti", ["Temotu"]), ("Beru", ["Taubukinmeang"]), ("Kiritimati", ["London", "Tabwakea", "Banana"]),
          ("Abemama", ["Kariatebike"]), ("Maiana", ["Tebikerai"])]


def imo(rng):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(5)]
    return "".join(map(str, d)) + str(sum(v * w for v, w in zip(d, range(7, 1, -1))) % 10)


def ki_phone(rng):
    n = f"7{digits(rng, 7)}" if rng.random() < .7 else f"6{digits(rng, 7)}"
    return pick(rng, [f"+686 {n}", n, f"686{n}", f"{n[:4]} {n[4:]}"])


def t_ki(rng):
    cols = [("No.", 0, "record_id"), ("Family name", 1, "last_name"), ("Given names", 1, "first_name"),
            ("Rank or rating", 0, "job_title"), ("Nationality", 0, "nationality"),
            ("Date and place of birth", 1, "date_and_place_of_birth"),
            ("Nature and No. of identity document", 1, "identity_document"), ("Passport expiry", 1, "document_expiry_date"),
            ("Seaman's Book No.", 1, "seafarer_book_number"), ("Home island", 1, "island_of_residence"),
            ("Village", 1, "village"), ("Mobile", 1, "mobile_phone"), ("Email", 1, "email"), ("Next of kin", 1, "full_name"),
            ("NOK phone", 1, "mobile_phone"), ("Vessel", 0, "vessel_name"), ("IMO No.", 0, "imo_number"),
            ("Flag", 0, "country_alpha2"), ("Manning agent", 0, "company_name"), ("Port of embarkation", 0, "port_name"),
            ("Sign-on date", 0, "date"), ("Contract (months)", 0, "count"), ("Basic wage USD", 0, "salary"),
            ("Allotment %", 0, "percentage"), ("Allotment account", 1, "bank_account_number"), ("Remarks", 1, "free_text_with_names")]
    vessels = [(pick(rng, ["MV Hamburg Trader", "MV Pacific Endeavour", "MV Nordic Spirit", "MT Elbe Star", "MV Cap Serrat",
                           "MV Rotterdam Express", "MV Coral Sea Pioneer"]), imo(rng)) for _ in range(7)]
    rows = []
    for i in range(260):
        sex = "F" if rng.random() < 0.07 else "M"
        g = pick(rng, KI_M if sex == "M" else KI_F)
        if rng.random() < 0.3:
            g += " " + pick(rng, KI_M)
        s = pick(rng, KI_SUR)
        b = birth(rng, 19, 58)
        isl, vils = pick(rng, KI_ISL)
        pob = pick(rng, [isl_name for isl_name, _ in KI_ISL] + ["Betio", "Bikenibeu"])
        pp = f"{pick(rng, 'KL')}{digits(rng, 6)}"
        doc = pick(rng, [f"Passport {pp}", f"PP: {pp}", f"Seafarer ID KI{digits(rng, 7)}"])
        v, vimo = pick(rng, vessels)
        if rng.random() < .6:
            nok = f"{pick(rng, KI_F if sex == 'M' else KI_M)} {s} ({'wife' if sex == 'M' else 'husband'})"
        else:
            nok_f = rng.random() < .5
            nok = f"{pick(rng, KI_F if nok_f else KI_M)} {s} ({pick(rng, ['mother', 'sister'] if nok_f else ['father', 'brother'])})"
        em = maybe(rng, 0.35, f"{ascii_fold(g.split()[0]).lower()}.{ascii_fold(s).lower().replace(' ', '')}{rng.randint(1, 99)}@{pick(rng, ['gmail.com', 'yahoo.com', 'tskl.net.ki'])}")
        rem = pick(rng, ["", "", "", "Medical OK", "STCW basic safety renewed", f"Allotment to wife {nok.split(' (')[0]}",
                         f"Replaces {pick(rng, KI_M)} {pick(rng, KI_SUR)} (signed off sick)", "Visa Schengen C"])
        rows.append([i + 1, s.upper() if rng.random() < .6 else s, g,
                     pick(rng, ["AB", "OS", "Oiler", "Wiper", "Bosun", "2nd Cook", "Messman", "Fitter", "Motorman"]),
                     pick(rng, ["I-Kiribati", "Kiribati", "KIR"]) if rng.random() < .95 else "Tuvalu",
                     pick(rng, [f"{b.strftime('%d.%m.%Y')} {pob}", f"{b.isoformat()}, {pob}", f"{b.strftime('%d/%m/%Y')} / {pob.upper()}"]),
                     doc, dmy(rand_date(rng, dt.date(2026, 1, 1), dt.date(2034, 12, 31)), "."), f"KSB{digits(rng, 5)}",
                     isl, pick(rng, vils), ki_phone(rng), em, nok, maybe(rng, 0.85, ki_phone(rng)), v, vimo,
                     pick(rng, ["DE", "LR", "MH", "PA", "AG"]),
                     pick(rng, ["South Pacific Marine Services", "KIMTC Crew Agency", "Tarawa Seafarers Manning Ltd"]),
                     pick(rng, ["Hamburg", "Rotterdam", "Singapore", "Busan", "Suva", "Brisbane"]),
                     rand_date(rng, D0, D1).strftime("%d.%m.%Y"), pick(rng, [6, 9, 10, 12]), f"{rng.choice([780, 850, 920, 1100, 1450, 1980])}.00",
                     pick(rng, ["60", "70", "80", "50"]), pick(rng, [digits(rng, 8), f"{digits(rng, 3)}-{digits(rng, 6)}", digits(rng, 10)]), rem])
    return ("crew_list_fal5_ki",
            "I-Kiribati seafarers on foreign-flag vessels, a manning agency's crew list with IMO FAL Form 5 headers "
            "(composite date and place of birth, identity document with its type), home island, village, allotment account.",
            cols, rows, True)


# =============================================================================================
# 8. Andorran ski-school instructors (Catalan headers)
# =============================================================================================
AD_PEOPLE = [  # (given names, surnames, nationality, phone cc)
    (["Jordi", "Pere", "Arnau", "Joan", "Marc", "Núria", "Montserrat", "Laia", "Meritxell", "Anna"],
     ["Font", "Cerqueda", "Riba", "Puigcercós", "Coma", "Areny", "Rossell", "Pal", "Casal", "Naudi", "Marticella"], "Andorrana", "376"),
    (["Javier", "Sergio", "Lucía", "Paula", "Íñigo", "Carla"], ["García Pérez", "Martín Lozano", "Arruebo", "Sánchez de la Fuente"], "Espanyola", "34"),
    (["Théo", "Mathis", "Camille", "Léa", "Baptiste"], ["Dupuy", "Cazeneuve", "Lafargue", "Soula"], "Francesa", "33"),
    (["João", "Tiago", "Ana Rita", "Vítor", "Sara"], ["Pereira da Costa", "Fernandes", "Gonçalves", "Teixeira"], "Portuguesa", "376"),
    (["Facundo", "Agustina", "Tomás", "Lautaro"], ["Bianchi", "Etchegaray", "Rodríguez Paz"], "Argentina", "376"),
    (["Oliver", "Freya", "Callum"], ["Whitfield", "McKenna", "Barrow"], "Britànica", "44")]
AD_PAR = [("Canillo", "AD100"), ("Encamp", "AD200"), ("Ordino", "AD300"), ("La Massana", "AD400"),
          ("Andorra la Vella", "AD500"), ("Sant Julià de Lòria", "AD600"), ("Escaldes-Engordany", "AD700")]


def ad_iban(rng):
    bban = pick(rng, ["0001", "0003", "0004", "0006"]) + digits(rng, 4) + digits(rng, 12)
    numeric = "".join(str(int(c, 36)) for c in bban + "AD00")
    return f"AD{98 - int(numeric) % 97:02d}{bban}"


def spaced(iban_value, rng):
    return " ".join(iban_value[k:k + 4] for k in range(0, 24, 4)) if rng.random() < .5 else iban_value


def ad_phone(rng, cc):
    if cc == "376":
        n = f"{pick(rng, '36')}{digits(rng, 5)}"
        return pick(rng, [f"+376 {n}", n, f"00376 {n[:3]} {n[3:]}", f"(376) {n}"])
    if cc == "34":
        return f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if cc == "33":
        return f"+33 6 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
    return f"+44 7{digits(rng, 3)} {digits(rng, 6)}"


def t_ad(rng):
    cols = [("Núm. treballador", 1, "employee_id"), ("Cognoms", 1, "last_name"), ("Nom", 1, "first_name"),
            ("Núm. passaport", 1, "passport_number"), ("Núm. CASS", 1, "social_security_number"),
            ("Data naixement", 1, "date_of_birth"), ("Sexe", 0, "gender"), ("Nacionalitat", 0, "nationality"),
            ("Adreça", 1, "street_address"), ("Parròquia", 0, "state_province"), ("Codi postal", 1, "postal_code"),
            ("Mòbil", 1, "mobile_phone"), ("Correu electrònic", 1, "email"), ("Estació", 0, "facility_name"),
            ("Punt de trobada", 0, "facility_name"), ("Disciplina", 0, "category"), ("Titulació", 0, "category"),
            ("Idiomes", 0, "language_code"), ("Tipus contracte", 0, "category"), ("Data d'alta", 0, "date"),
            ("Data de baixa", 0, "date"), ("Sou brut mensual (€)", 0, "salary"), ("IBAN", 1, "iban"),
            ("Autorització d'immigració", 1, "document_number"), ("Talla uniforme", 0, "category"),
            ("Contacte d'emergència", 1, "full_name_and_phone"), ("Observacions", 1, "free_text_with_names"),
            ("Modificat per", 1, "username")]
    rows = []
    for i in range(260):
        gs, ss, nat, cc = AD_PEOPLE[min(int(rng.random() ** 1.4 * len(AD_PEOPLE)), len(AD_PEOPLE) - 1)]
        g = pick(rng, gs)
        s = pick(rng, ss)
        if nat == "Andorrana" and rng.random() < .6:
            s = f"{s} {pick(rng, ss)}"
        b = birth(rng, 18, 60)
        par, cp = pick(rng, AD_PAR)
        pp = {"Andorrana": f"AD{digits(rng, 6)}", "Espanyola": f"PA{token(rng, 1, 'ABCDEFGHJK')}{digits(rng, 6)}",
              "Francesa": f"{rng.randint(10, 24)}{token(rng, 2, string.ascii_uppercase)}{digits(rng, 5)}",
              "Portuguesa": f"C{digits(rng, 6)}", "Argentina": f"AAG{digits(rng, 6)}", "Britànica": digits(rng, 9)}[nat]
        alta = rand_date(rng, dt.date(2024, 11, 15), dt.date(2025, 1, 10))
        baixa = maybe(rng, 0.5, (alta + dt.timedelta(days=rng.randint(60, 150))).isoformat())
        ec_g = pick(rng, gs)
        rows.append([f"ESF-{rng.randint(1000, 4999)}", s, g, pp, digits(rng, 6), pick(rng, [dmy(b), dmy(b, "-"), b.isoformat()]),
                     pick(rng, "HD"), nat,
                     pick(rng, [f"Carrer de la Unió, {rng.randint(1, 40)}, {rng.randint(1, 5)}r {rng.randint(1, 4)}a",
                                f"Av. Meritxell {rng.randint(1, 120)}, {rng.randint(1, 6)}r", f"Edifici Els Roures, bloc {pick(rng, 'ABC')}, pis {rng.randint(1, 5)}",
                                f"Ctra. General {rng.randint(1, 3)}, núm. {rng.randint(1, 200)}", f"Carrer Major {rng.randint(1, 60)}, baixos"]),
                     par, cp, ad_phone(rng, cc),
                     f"{ascii_fold(g).lower().replace(' ', '')}.{ascii_fold(s.split()[0]).lower()}{pick(rng, ['', str(rng.randint(1, 99))])}@{pick(rng, ['gmail.com', 'andorra.ad', 'hotmail.es', 'orange.fr'])}",
                     pick(rng, ["Grandvalira - Soldeu", "Grandvalira - Pas de la Casa", "Pal Arinsal", "Ordino Arcalís"]),
                     pick(rng, ["Escola Soldeu El Tarter", "Punt de trobada Riba Escorjada", "Jardí de neu Pal", "Cabana Sorteny"]),
                     pick(rng, ["Esquí alpí", "Esquí alpí", "Surf de neu", "Telemark", "Esquí de fons"]),
                     pick(rng, ["TD1", "TD2", "TD3", "Monitor de neu", "BASI Level 3", "ISIA", "Diplôme d'État"]),
                     pick(rng, ["ca, es", "ca, es, fr", "es, en", "fr, en", "pt, es, ca", "en, ru"]),
                     pick(rng, ["Temporada", "Temporada", "Indefinit", "Fix discontinu"]), alta.isoformat(), baixa,
                     thou(rng.uniform(1700, 3600), sep=".", dec=","), spaced(ad_iban(rng), rng),
                     maybe(rng, 0.7 if nat != "Andorrana" else 0.0, f"AI-{rng.randint(2019, 2025)}-{digits(rng, 5)}"),
                     pick(rng, ["S", "M", "L", "XL"]), f"{ec_g} {pick(rng, ss)} ({ad_phone(rng, cc)})",
                     pick(rng, ["", "", "", "Baixa per lesió (genoll)", "Prefereix grups infantils",
                                f"Comparteix pis amb {pick(rng, gs)} {pick(rng, ss)}", f"Germà de {pick(rng, gs)} (també monitor)",
                                "Renovar autorització"]),
                     pick(rng, ["rrhh.mcoma", "jfont", "admin_esf", "lrossell"])])
    return ("cens_monitors_esqui_ad",
            "Andorran ski-school instructors for the season (Catalan headers): Andorran, Spanish, French, Portuguese, "
            "Argentine and British staff; passport, CASS number, AD IBAN, immigration permit, parish, postcode.", cols, rows, True)


# =============================================================================================
# 9. Benin moto-taxi (zémidjan) registration
# =============================================================================================
BJ_SUR = ["Ahouansou", "Dossou", "Gbaguidi", "Hounkpatin", "Agossou", "Zinsou", "Akpovi", "Kpadonou", "Tossou", "Dégbé",
          "Assogba", "Adjovi", "Adéoti", "Olatoundji", "Akanni", "Sabi", "Gounou", "Orou Guéro", "Chabi", "Issifou",
          "Gandonou", "Houngbo", "Sossa", "Yessoufou"]
BJ_M = ["Comlan", "Kossi", "Koffi", "Dossa", "Houénou", "Sènan", "Mahugnon", "Gildas", "Rodrigue", "Ulrich", "Orou",
        "Worou", "Bio", "Issa", "Moussa", "Fiacre", "Hermann", "Romaric", "Sylvestre", "Basile"]
BJ_F = ["Afiavi", "Sessi", "Dossi", "Houéfa", "Rachida", "Bernadette", "Yétondé"]
BJ_LOC = [("Cotonou", "Littoral", ["1er arrondissement", "4e arrondissement", "9e arrondissement", "13e arrondissement"],
           ["Cadjèhoun", "Akpakpa", "Zogbo", "Fidjrossè", "Agla", "Gbégamey", "Sainte-Rita", "Vêdoko"]),
          ("Abomey-Calavi", "Atlantique", ["Godomey", "Calavi", "Akassato"], ["Togoudo", "Zopah", "Tankpè", "Cocotomey"]),
          ("Porto-Novo", "Ouémé", ["1er arrondissement", "3e arrondissement"], ["Ouando", "Djègan-Kpèvi", "Attakè"]),
          ("Parakou", "Borgou", ["1er arrondissement", "2e arrondissement"], ["Banikanni", "Titirou", "Zongo", "Albarika"]),
          ("Bohicon", "Zou", ["Bohicon I", "Bohicon II"], ["Zakpo", "Gnidjazoun"]), ("Djougou", "Donga", ["Djougou I"], ["Kilir", "Zountori"])]


def bj_phone(rng):
    n = f"{pick(rng, ['97', '96', '61', '66', '90', '95', '51', '52'])}{digits(rng, 6)}"
    return pick(rng, [f"+229 01 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"01{n}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                      f"229{n}", f"(+229) {n}", n])


def t_bj(rng):
    cols = [("id_enregistrement", 0, "record_id"), ("date_enregistrement", 0, "date"), ("commune", 1, "city"),
            ("arrondissement", 1, "district"), ("quartier", 1, "neighbourhood"), ("departement", 0, "state_province"),
            ("nom", 1, "last_name"), ("prenoms", 1, "first_name"), ("date_naissance", 1, "date_of_birth"),
            ("lieu_naissance", 1, "place_of_birth"), ("sexe", 0, "gender"), ("npi", 1, "national_id"), ("ifu", 1, "tax_id"),
            ("telephone", 1, "mobile_phone"), ("telephone_urgence", 1, "mobile_phone"), ("plaque", 1, "license_plate"),
            ("marque_moto", 0, "product_name"), ("cylindree_cc", 0, "volume"), ("num_chassis", 1, "vin"),
            ("num_gilet", 1, "driver_badge_number"), ("syndicat", 0, "company_name"), ("assureur", 0, "company_name"),
            ("num_police", 0, "policy_number"), ("frais_payes_fcfa", 0, "amount"), ("mode_paiement", 0, "category"),
            ("ref_paiement", 0, "transaction_id"), ("statut", 0, "record_status"), ("agent_saisie", 1, "username"),
            ("observations", 1, "free_text_with_names")]
    rows = []
    for i in range(330):
        sex = "F" if rng.random() < .04 else "M"
        g = pick(rng, BJ_M if sex == "M" else BJ_F)
        if rng.random() < .35:
            g += " " + pick(rng, BJ_M if sex == "M" else BJ_F)
        s = pick(rng, BJ_SUR)
        if rng.random() < .5:
            s = s.upper()
        commune, dep, arrs, qs = pick(rng, BJ_LOC)
        b = birth(rng, 18, 60)
        d = rand_date(rng, dt.date(2024, 3, 1), D1)
        brand, cc, vp = pick(rng, [("Bajaj Boxer", 100, "MD2A"), ("Haojue HJ110", 110, "LC6P"), ("TVS Star HLX", 125, "MD62"),
                                   ("Yamaha Crux", 110, "ME1U"), ("Qlink Ranger", 125, "LLCL")])
        mode = pick(rng, ["Espèces", "MTN MoMo", "Moov Money", "Celtiis Cash"])
        rows.append([f"ZEM-{d.year}-{i + 10001:06d}", d.strftime("%d/%m/%Y"), commune, pick(rng, arrs), pick(rng, qs), dep, s, g,
                     pick(rng, [dmy(b), dmy(b), f"vers {b.year}", dmy(b, "-")]),
                     pick(rng, ["Cotonou", "Porto-Novo", "Abomey", "Ouidah", "Parakou", "Nikki", "Savalou", "Kandi", "Lomé", "Natitingou"]),
                     sex, digits(rng, 10), maybe(rng, .6, f"1{b.year}{digits(rng, 8)}"), bj_phone(rng), bj_phone(rng),
                     pick(rng, [f"{token(rng, 2, 'ABCDEFGHKLMNPRSTUVWXYZ')} {digits(rng, 4)} RB", f"{digits(rng, 4)} {token(rng, 2, 'ABCDEFGHKLMNPRSTUVWXYZ')} RB"]),
                     brand, cc, f"{vp}{token(rng, 13, string.digits + 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
                     f"{commune[:3].upper()} {digits(rng, 5)}",
                     pick(rng, ["UCOZEM", "Syndicat des Conducteurs de Taxi-Moto du Littoral", "Association Zém Parakou Unis",
                                "Collectif des Zémidjans de Calavi"]),
                     pick(rng, ["Assur-Bénin Mutuelle", "Sahel Moto Assurances SA", "Golfe Assurances IARD"]),
                     f"POL-{digits(rng, 8)}", pick(rng, ["5 000", "10 000", "15 000", "7 500"]), mode,
                     "" if mode == "Espèces" else f"{pick(rng, ['MP', 'MV', 'CC'])}{digits(rng, 10)}",
                     pick(rng, ["Validé", "Validé", "En attente de pièce", "Rejeté", "Gilet remis"]),
                     pick(rng, ["a.houngbo", "mairie_cot_04", "saisie.parakou2", "yessoufou_r"]),
                     pick(rng, ["", "", "", "Photo retenue", "Pièce NPI à présenter", f"Moto appartenant à son oncle {pick(rng, BJ_M)} {pick(rng, BJ_SUR)}",
                                f"Ancien gilet au nom de {pick(rng, BJ_M)} {pick(rng, BJ_SUR)}", "Doublon supprimé"])])
    return ("zem_immatriculation_bj",
            "Benin municipal moto-taxi (zémidjan) registration: Fon, Goun, Yoruba/Nago, Bariba and Dendi names, NPI, IFU, "
            "phones in the old 8-digit and new 01 10-digit plans, plate, chassis, vest number, arrondissement/quartier.", cols, rows, True)


# =============================================================================================
# 10. Guyana hire-purchase accounts (Crystal Reports {TABLE.FIELD} headers, mostly business)
# =============================================================================================
GY_NAMES = ["PERSAUD, Ramesh", "Ramnarine, Savitri", "SINGH, Deonarine", "Bacchus, Shafeeza", "KHAN, Mohamed Ishaak",
            "Adams, Odessa", "FRASER, Marlon", "Hinds, Keisha", "CUMMINGS, Troy", "De Freitas, Anthony", "FERNANDES, Maria",
            "Chin, Wendell", "ALLICOCK, Rupununi? ".replace("Rupununi? ", "Desmond"), "Melville, Irene", "James, Calvin (Macushi)".replace(" (Macushi)", ""),
            "Ramsaroop, Chandrika", "Bissoondyal, Vishnu", "Gonsalves, Lorraine", "Jagdeo, Parbattie", "Williams, Shondell",
            "HENRY, Rawle", "Narine, Bibi Zorina", "Lall, Omadatt", "Seecharran, Kamla"]
GY_VIL = [("Non Pariel", "Region 4 - Demerara-Mahaica"), ("Enmore", "Region 4 - Demerara-Mahaica"), ("Campbellville", "Region 4 - Demerara-Mahaica"),
          ("Albouystown", "Region 4 - Demerara-Mahaica"), ("Mahaicony", "Region 5 - Mahaica-Berbice"), ("Rose Hall Town", "Region 6 - East Berbice-Corentyne"),
          ("Port Mourant", "Region 6 - East Berbice-Corentyne"), ("Annai", "Region 9 - Upper Takutu-Upper Essequibo"),
          ("Wismar", "Region 10 - Upper Demerara-Berbice"), ("Anna Regina", "Region 2 - Pomeroon-Supenaam"), ("Parika", "Region 3 - Essequibo Islands-West Demerara")]


def gy_phone(rng):
    n = f"6{digits(rng, 6)}" if rng.random() < .8 else f"2{digits(rng, 6)}"
    return pick(rng, [f"+592 {n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", f"592-{n[:3]}-{n[3:]}", n, f"(592) {n}"])


def t_gy(rng):
    cols = [("{HPACCT.AGREEMENT_NO}", 0, "contract_number"), ("{HPACCT.BRANCH}", 0, "facility_name"),
            ("{HPACCT.OPEN_DATE}", 0, "date"), ("{ITEM.SKU}", 0, "sku"), ("{ITEM.DESCRIPTION}", 0, "product_name"),
            ("{ITEM.CATEGORY}", 0, "category"), ("{HPACCT.CASH_PRICE}", 0, "unit_price"), ("{HPACCT.DEPOSIT}", 0, "amount"),
            ("{HPACCT.TERM_MONTHS}", 0, "count"), ("{HPACCT.INSTALMENT}", 0, "amount"), ("{HPACCT.BALANCE}", 0, "account_balance"),
            ("{HPACCT.ARREARS_DAYS}", 0, "count"), ("{HPACCT.STATUS}", 0, "record_status"), ("{SALESREP.CODE}", 1, "employee_id"),
            ("{CUSTOMER.CUSTNO}", 0, "customer_id"), ("{CUSTOMER.NAME}", 1, "full_name"), ("{CUSTOMER.ID_NO}", 1, "national_id"),
            ("{CUSTOMER.DOB}", 1, "date_of_birth"), ("{CUSTOMER.ADDR1}", 1, "street_address"), ("{CUSTOMER.VILLAGE}", 1, "village"),
            ("{CUSTOMER.REGION}", 0, "state_province"), ("{CUSTOMER.PHONE}", 1, "phone"), ("{CUSTOMER.EMPLOYER}", 0, "company_name"),
            ("{CUSTOMER.OCCUPATION}", 0, "job_title"), ("{GUARANTOR.NAME}", 1, "full_name"), ("{GUARANTOR.PHONE}", 1, "phone"),
            ("{HPACCT.LAST_PAY_DATE}", 0, "date"), ("{HPACCT.REMARKS}", 1, "free_text_with_names"), ("{@Currency}", 0, "currency_code")]
    items = [("FR-SAM-320", "Samsung 320L Refrigerator", "Refrigeration", 265000), ("TV-LG-55UQ", "LG 55\" UHD Smart TV", "Electronics", 198000),
             ("WM-WHP-9KG", "Whirlpool 9kg Washer", "Laundry", 154000), ("ST-4B-GAS", "4-Burner Gas Stove", "Cooking", 89000),
             ("BED-QN-ORTH", "Queen Orthopaedic Mattress", "Furniture", 112000), ("GEN-3.5KW", "3.5kW Petrol Generator", "Power", 172000),
             ("OBM-15HP", "15HP Outboard Engine", "Marine", 520000), ("PH-A15", "Samsung Galaxy A15", "Phones", 48000)]
    rows = []
    for i in range(350):
        op = rand_date(rng, dt.date(2022, 1, 1), D1)
        sku, desc, cat, price = pick(rng, items)
        price = price + rng.randint(-5, 5) * 1000
        dep = round(price * pick(rng, [0.1, 0.15, 0.2]), -2)
        term = pick(rng, [6, 12, 18, 24])
        inst = round((price - dep) * 1.25 / term, 2)
        bal = round(max(0.0, inst * term - inst * rng.randint(0, term)), 2)
        vil, reg = pick(rng, GY_VIL)
        nm = pick(rng, GY_NAMES)
        idn = pick(rng, [digits(rng, 9), digits(rng, 9), f"R{digits(rng, 7)}"])
        b = birth(rng, 19, 70)
        rem = pick(rng, ["", "", "", "Called, promised to pay Friday", "Item repossessed", "Paid via MMG",
                         f"Guarantor {pick(rng, GY_NAMES).split(', ')[1]} says customer moved to Suriname",
                         f"Spoke to wife {pick(rng, ['Sharmila', 'Denise', 'Roxanne'])} at {gy_phone(rng)}", "Restructured term"])
        last = maybe(rng, .85, rand_date(rng, op, D1).strftime("%m/%d/%Y"))
        rows.append([f"HP{op.year}-{i + 3001:05d}",
                     pick(rng, ["Regent Street, Georgetown", "Rosignol", "New Amsterdam", "Linden - Mackenzie", "Anna Regina", "Parika", "Lethem"]),
                     op.strftime("%m/%d/%Y"), sku, desc, cat, f"{price:,.2f}", f"{dep:,.2f}", term, f"{inst:,.2f}", f"{bal:,.2f}",
                     pick(rng, [0, 0, 0, rng.randint(1, 180)]), pick(rng, ["CURRENT", "CURRENT", "ARREARS", "PAID OFF", "REPOSSESSED", "LEGAL"]),
                     f"SR{rng.randint(10, 75):03d}", f"C{digits(rng, 6)}", nm, idn, b.strftime("%m/%d/%Y"),
                     pick(rng, [f"Lot {rng.randint(1, 300)} Section {pick(rng, 'ABCD')}, {vil}", f"{rng.randint(1, 120)} {pick(rng, ['Sheriff Street', 'Middle Street', 'Public Road', 'Back Street', 'Dam'])}, {vil}",
                                f"House {rng.randint(1, 90)}, {vil} Scheme"]),
                     vil, reg, gy_phone(rng),
                     pick(rng, ["Demerara Rice Mills Inc.", "Berbice Bauxite Co.", "Ministry of Education", "Self-employed", "Essequibo Fisheries Ltd", "Guyana Sugar Estates"]),
                     pick(rng, ["Teacher", "Cane Cutter", "Minibus Driver", "Vendor", "Nurse", "Miner", "Security Guard", "Fisherman"]),
                     pick(rng, GY_NAMES), gy_phone(rng), last, rem, "GYD"])
    return ("hire_purchase_accounts_gy",
            "Guyanese appliance-store hire-purchase agreements from a Crystal Reports export ({TABLE.FIELD} headers): mostly "
            "item, price, instalment and balance data; Indo-, Afro-, Portuguese-, Chinese-Guyanese and Amerindian customers, "
            "ID number, lot/village address, guarantor, sales-rep code.", cols, rows, True)


TABLES = [(14001, t_bn), (14002, t_mr), (14003, t_cd), (14004, t_gn), (14005, t_sz), (14006, t_om), (14007, t_ki),
          (14008, t_ad), (14009, t_bj), (14010, t_gy)]


def main():
    tot = [0, 0, 0]
    for seed, fn in TABLES:
        rng = random.Random(seed)
        name, desc, cols, rows, header = fn(rng)
        n, c, p = write_table(name, desc, cols, rows, header)
        data_rows = n if header else n - 1
        print(f"{name}: {data_rows} rows x {c} cols, {p} pii (seed {seed})")
        tot[0] += data_rows
        tot[1] += c
        tot[2] += p
    print(f"TOTAL: {tot[0]} rows, {tot[1]} columns, {tot[2]} pii")


if __name__ == "__main__":
    main()
