# ruff: noqa
"""Seventeenth blind PII golden set: 10 labelled tables (seeds 17001-17010).
(a blind-written generator, kept as its author wrote it; only its output path was repointed to the repo's blind folder)

Countries/systems not used by earlier sets: Finland (school register, Finnish headers, Sámi names, new
henkilötunnus century signs), Mali (AMO health-insurance claims, coded headers, mostly business), Sierra Leone
(prepaid-electricity vending log, mostly business), Belize (credit-union members in a CRM whose fields were
re-used: misleading headers), Comoros (micro-finance members imported from Excel into Access: F1..F22 headers),
Equatorial Guinea (construction-site daily timesheets, mostly business), Kerala/India (Kudumbashree
neighbourhood-group register with Malayalam headers and values), Marshall Islands (scholarship awards, no header
row), Portugal (Business Central customer card export of a water utility, people and companies mixed) and New
Caledonia (pharmacy dispensing/payment export, 8-character French codes). Standard library plus golden_common only;
one random.Random per table; output into OUT. All personal values are random and fictitious.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from golden_common import ascii_fold, digits, email_for, rand_date, write_csv, yq

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "blind"  # the one output constant (repointed)

D = dt.date


# ------------------------------------------------------------------------------------------------
# small helpers
# ------------------------------------------------------------------------------------------------
def emit(name: str, desc: str, cols: list[tuple[str, bool, str]], rows: list[list], noheader: bool = False) -> None:
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    for r in rows:
        assert len(r) == len(cols), (name, len(r), len(cols))
    if noheader:
        header = rows[0]
        body = rows[1:]
    else:
        header = [c[0] for c in cols]
        body = rows
    assert len(set(header)) == len(header), (name, header)
    assert all(h != "" for h in header), name
    write_csv(OUT / f"{name}.csv", header, body)
    lines = [f"table: {yq(name)}", f"description: {yq(desc)}", "columns:"]
    for h, (_, pii, kind) in zip(header, cols, strict=True):
        lines.append(f"  {yq(h)}:")
        lines.append(f"    pii: {'true' if pii else 'false'}")
        lines.append(f"    kind: {yq(kind)}")
    (OUT / f"{name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def excel_serial(d: dt.date) -> int:
    return (d - D(1899, 12, 30)).days


def exp_notation(num: str, rng: random.Random, comma: bool = False) -> str:
    mant = f"{num[0]}.{num[1:6]}".rstrip("0").rstrip(".")
    s = f"{mant}E+{len(num) - 1}"
    return s.replace(".", ",") if comma else s


def luhn_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def ean13_check(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def dmy(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def fmt_thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


# ------------------------------------------------------------------------------------------------
# 17001 Finland: school student register (Primus/Wilma style), Finnish headers
# ------------------------------------------------------------------------------------------------
HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(rng: random.Random, birth: dt.date, sex: str) -> str:
    n = rng.randint(2, 899)
    if (n % 2 == 1) != (sex == "M"):
        n = n + 1 if n < 899 else n - 1
    if birth.year >= 2000:
        sign = "A" if rng.random() < 0.8 else rng.choice("BCDEF")
    else:
        sign = "-" if rng.random() < 0.8 else rng.choice("YXWVU")
    base = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"
    return f"{base}{sign}{n:03d}{HETU_CH[int(base + f'{n:03d}') % 31]}"


FI_GROUPS = {
    # group: (male given, female given, surnames, mother tongue)
    "fi": (["Eino", "Väinö", "Onni", "Leevi", "Eetu", "Juho", "Niilo", "Aapo", "Veeti", "Lenni", "Valtteri", "Joel",
            "Urho", "Toivo"],
           ["Aino", "Ella", "Helmi", "Venla", "Siiri", "Lumi", "Iida", "Hilla", "Aada", "Pihla", "Enni", "Vilja",
            "Nelli", "Kerttu"],
           ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Heikkinen", "Kärkkäinen", "Väisänen",
            "Pöllänen", "Lehtonen", "Räsänen", "Huttunen", "Kokkonen", "Ylönen", "Häkkinen", "Tuominen"], "suomi"),
    "sv": (["Wilhelm", "Casper", "Axel", "Anton", "Elias", "Frans"],
           ["Linnea", "Elin", "Ebba", "Alva", "Majken", "Stella"],
           ["Lindholm", "Sjöblom", "Åkerlund", "Grönroos", "Eriksson", "Wikström", "Björkqvist", "Sundqvist"],
           "ruotsi"),
    "se": (["Ánde", "Niillas", "Jovnna", "Máhtte", "Ovllá", "Heaika"],
           ["Máret", "Elle", "Sunná", "Iŋgá", "Biret", "Ánne"],
           ["Aikio", "Magga", "Näkkäläjärvi", "Valkeapää", "Guttorm", "Sara", "Länsman", "Laiti"], "saame"),
    "so": (["Abdirahman", "Liibaan", "Mahad", "Abdiwali", "Hamse"],
           ["Hodan", "Ayaan", "Hibaaq", "Najma", "Ifrah"],
           ["Mohamed", "Warsame", "Abdullahi", "Farah", "Hassan", "Yusuf"], "somali"),
    "ru": (["Artjom", "Dmitri", "Nikita", "Maksim"],
           ["Polina", "Alisa", "Varvara", "Sofia"],
           ["Ivanov", "Smirnov", "Kuznetsov", "Volkov", "Lebedev"], "venäjä"),
    "et": (["Kristjan", "Rasmus", "Oskar"], ["Kertu", "Liisi", "Grete"], ["Tamm", "Kask", "Saar", "Mägi"], "viro"),
    "ku": (["Aram", "Rêbaz", "Dilan"], ["Rojîn", "Berfin", "Zîlan"], ["Ahmadi", "Karimi", "Rasul"], "kurdi"),
}
FI_GROUP_W = [("fi", 62), ("sv", 10), ("se", 8), ("so", 8), ("ru", 6), ("et", 3), ("ku", 3)]

FI_MUNI = [
    # (municipality, post office, postcodes, streets, schools)
    ("Helsinki", "HELSINKI", ["00100", "00170", "00530", "00940", "00980", "00930", "00250", "00820"],
     ["Mannerheimintie", "Fleminginkatu", "Kontulantie", "Itäkatu", "Mechelininkatu", "Siilitie", "Kivikonkaari"],
     ["Vuosaaren peruskoulu", "Kallion ala-asteen koulu", "Myllypuron peruskoulu"]),
    ("Espoo", "ESPOO", ["02100", "02230", "02320", "02650", "02770"],
     ["Leppävaarankatu", "Kuitinmäentie", "Soukanpolku", "Kaupunkiaukio"], ["Saarnilaakson koulu", "Kaitaan koulu"]),
    ("Vantaa", "VANTAA", ["01300", "01600", "01360", "01450"],
     ["Tikkurilantie", "Myyrmäentie", "Koivukylänväylä"], ["Hakunilan koulu", "Martinlaakson koulu"]),
    ("Tampere", "TAMPERE", ["33100", "33720", "33500", "33580"],
     ["Hämeenkatu", "Insinöörinkatu", "Sammonkatu"], ["Hervannan koulu", "Kalevan koulu"]),
    ("Oulu", "OULU", ["90100", "90570", "90420"], ["Kajaanintie", "Rajakylänpolku", "Isokatu"],
     ["Kastellin monitoimitalon koulu"]),
    ("Inari", "IVALO", ["99800"], ["Ivalontie", "Sarviniementie", "Petsamontie"], ["Ivalon yläaste"]),
    ("Inari", "INARI", ["99870"], ["Inarintie", "Sevettijärventie"], ["Inarin koulu"]),
    ("Utsjoki", "UTSJOKI", ["99980"], ["Ellintie", "Nuorgamintie"], ["Utsjoen saamelaislukion koulu"]),
    ("Utsjoki", "KARIGASNIEMI", ["99950"], ["Karigasniementie"], ["Karigasniemen koulu"]),
    ("Porvoo", "PORVOO", ["06100", "06150", "06400"], ["Mannerheiminkatu", "Runebergsgatan", "Piispankatu"],
     ["Albert Edelfeltin koulu", "Lyceiparkens skola"]),
    ("Vaasa", "VAASA", ["65100", "65320"], ["Hovioikeudenpuistikko", "Kirkkopuistikko"], ["Variskan koulu"]),
    ("Maarianhamina", "MARIEHAMN", ["22100"], ["Torggatan", "Norra Esplanadgatan"], ["Strandnäs skola"]),
]

FI_NOTES = [
    "", "", "", "", "Allergia: pähkinä", "Erityisruokavalio (gluteeniton)", "Koulukuljetus, taksi",
    "Haetaan isä {gm} klo 15", "Sisarus {sib} luokalla {cls}", "Tulkki tarvitaan vanhempainiltaan ({lang})",
    "Huoltaja {g2} ei saa hakea lasta (päätös 3/2024)", "Saamen kielen opetus etänä", "Pidennetty oppivelvollisuus",
    "Keskustelu {g1} kanssa 12.9., seuraava tapaaminen lokakuussa", "Mummo {gw} hakee tiistaisin",
]


def t_fi(seed: int = 17001) -> None:
    rng = random.Random(seed)
    cols = [
        ("Oppilasnumero", False, "student_number_surrogate"),
        ("Sukunimi", True, "last_name"),
        ("Etunimet", True, "first_name"),
        ("Kutsumanimi", True, "first_name"),
        ("Henkilötunnus", True, "national_id"),
        ("Syntymäaika", True, "date_of_birth"),
        ("Sukupuoli", False, "gender"),
        ("Äidinkieli", False, "language"),
        ("Kotikunta", True, "city"),
        ("Lähiosoite", True, "street_address"),
        ("Postinumero", True, "postal_code"),
        ("Postitoimipaikka", True, "city"),
        ("Koulu", False, "school_name"),
        ("Luokka", False, "category"),
        ("Aloituspäivä", False, "enrolment_date"),
        ("Huoltaja 1", True, "full_name"),
        ("Huoltaja 1 matkapuhelin", True, "mobile_phone"),
        ("Huoltaja 1 sähköposti", True, "email"),
        ("Huoltaja 2", True, "full_name"),
        ("Huoltaja 2 matkapuhelin", True, "mobile_phone"),
        ("Wilma-tunnus", True, "username"),
        ("Tehostettu tuki", False, "boolean"),
        ("Valinnaiset aineet", False, "category"),
        ("Lisätiedot", True, "free_text_with_names"),
        ("Muokkaaja", True, "username"),
        ("Muokattu", False, "updated_at"),
    ]
    staff = ["kanslia.virtanen", "rehtori.lansman", "opo.kokkonen", "tiina.ylonen", "kanslia2", "m.aikio"]
    groups = [g for g, _ in FI_GROUP_W]
    weights = [w for _, w in FI_GROUP_W]

    def fi_mobile() -> str:
        pre = rng.choice(["40", "41", "44", "45", "46", "50"])
        n = digits(rng, 7)
        f = rng.randrange(6)
        if f == 0:
            return f"0{pre} {n[:3]} {n[3:]}"
        if f == 1:
            return f"0{pre}{n}"
        if f == 2:
            return f"+358 {pre} {n}"
        if f == 3:
            return f"+358{pre}{n}"
        if f == 4:
            return f"{pre}{n}"  # leading zero lost in a spreadsheet
        return f"0{pre}-{n}"

    rows = []
    used_no = set()
    for i in range(300):
        g = rng.choices(groups, weights)[0]
        male, female, surn, lang = FI_GROUPS[g]
        sex = rng.choice("MF")
        sur = rng.choice(surn)
        if g == "ru" and sex == "F":
            sur = sur + "a"
        given = [rng.choice(male if sex == "M" else female)]
        for _ in range(rng.choice([0, 1, 1, 2])):
            extra = rng.choice(FI_GROUPS["fi"][0] + FI_GROUPS["sv"][0] if sex == "M" else
                               FI_GROUPS["fi"][1] + ["Maria", "Kristiina", "Johanna", "Sofia"])
            if extra not in given:
                given.append(extra)
        call = given[0] if rng.random() < 0.85 else given[-1]
        birth = rand_date(rng, D(2010, 1, 1), D(2018, 12, 31))
        muni, post, pcs, streets, schools = rng.choice(FI_MUNI)
        pc = rng.choice(pcs)
        num = rng.randint(1, 140)
        st = rng.choice(streets)
        if post in ("IVALO", "INARI", "UTSJOKI", "KARIGASNIEMI") and rng.random() < 0.6:
            addr = f"{st} {rng.randint(100, 4800)}"
        elif rng.random() < 0.6:
            addr = f"{st} {num} {rng.choice('ABCDE')} {rng.randint(1, 60)}"
        else:
            addr = f"{st} {num}"
        if pc.startswith("0") and rng.random() < 0.3:
            pc_out = pc.lstrip("0")
        elif post == "MARIEHAMN" and rng.random() < 0.5:
            pc_out = "AX-" + pc
        else:
            pc_out = pc
        grade = min(9, max(1, 2025 - birth.year - 6))
        cls = f"{grade}{rng.choice('ABCDE')}"
        start = D(2025 - grade + 1, 8, rng.choice([8, 9, 10, 11])) if rng.random() < 0.8 else \
            rand_date(rng, D(2019, 1, 1), D(2025, 5, 31))
        # guardians
        g1_sex = rng.choice("MF")
        g1_first = rng.choice(male if g1_sex == "M" else female) if g not in ("fi", "sv") else \
            rng.choice(["Mikko", "Jukka", "Timo", "Sami", "Kalle"] if g1_sex == "M" else
                       ["Sanna", "Johanna", "Minna", "Riikka", "Katja", "Päivi"])
        g1_sur = sur if rng.random() < 0.75 else rng.choice(FI_GROUPS["fi"][2])
        g1 = f"{g1_sur} {g1_first}" if rng.random() < 0.6 else f"{g1_first} {g1_sur}"
        has_g2 = rng.random() < 0.65
        g2_first = rng.choice(["Antti", "Petri", "Janne", "Heidi", "Laura", "Tiina", "Ánte", "Ahmed", "Sergei"])
        g2 = f"{rng.choice([sur, rng.choice(FI_GROUPS['fi'][2])])} {g2_first}" if has_g2 else ""
        login_base = ascii_fold(f"{call}.{sur}").lower().replace(" ", "").replace("'", "")
        login = login_base if rng.random() < 0.6 else f"{ascii_fold(sur).lower()[:6]}{ascii_fold(call).lower()[:2]}"
        while True:
            no = rng.randint(10000, 99999)
            if no not in used_no:
                used_no.add(no)
                break
        note_t = rng.choice(FI_NOTES)
        note = note_t.format(gm=rng.choice(["Pekka", "Aslak", "Hussein", "Jari"]), gw=rng.choice(["Raili", "Marjatta", "Elle-Máret", "Sirkka"]),
                             sib=rng.choice(male + female), cls=f"{rng.randint(1, 9)}{rng.choice('ABC')}",
                             lang=lang, g1=g1, g2=g2 or g1)
        ts = dt.datetime(2025, rng.randint(8, 11), rng.randint(1, 28), rng.randint(7, 16), rng.randint(0, 59),
                         rng.randint(0, 59))
        rows.append([
            no, sur, " ".join(given), call, hetu(rng, birth, sex), f"{birth.day}.{birth.month}.{birth.year}",
            "1" if sex == "M" else "2", lang, muni, addr, pc_out, post, rng.choice(schools), cls,
            f"{start.day}.{start.month}.{start.year}", g1, fi_mobile(),
            email_for(rng, g1_first, g1_sur, ["gmail.com", "hotmail.fi", "luukku.com", "outlook.com", "elisanet.fi"]),
            g2, fi_mobile() if has_g2 and rng.random() < 0.8 else "", login,
            rng.choice(["ei", "ei", "ei", "kyllä"]),
            ", ".join(sorted(rng.sample(["ENA", "RUB1", "SAB", "KU", "MU", "KO", "LI", "TN"], rng.randint(0, 3)))),
            note, rng.choice(staff), ts.strftime("%Y-%m-%d %H:%M:%S"),
        ])
    emit("oppilasrekisteri_fi",
         "Finnish comprehensive-school student register export (Primus/Wilma style): Finnish-, Swedish-, "
         "Sámi-, Somali-, Russian-, Estonian- and Kurdish-speaking pupils; henkilötunnus with old and new century "
         "signs; Helsinki/Espoo/Vantaa postcodes partly without their leading zeros; guardians and their mobiles.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17002 Mali: AMO health-insurance claim lines (feuilles de soins), coded headers, mostly business
# ------------------------------------------------------------------------------------------------
ML_M = ["Moussa", "Seydou", "Bakary", "Sékou", "Mamadou", "Modibo", "Oumar", "Drissa", "Yacouba", "Soumaïla",
        "Amadou", "Lassana", "Boubacar", "Adama", "Issa", "Tiémoko", "Zoumana", "Mahamane", "Alhassane",
        "Siaka", "Nouhoum", "Bréhima"]
ML_F = ["Aminata", "Fatoumata", "Kadiatou", "Mariam", "Oumou", "Awa", "Djénéba", "Assitan", "Nana",
        "Korotoumou", "Hawa", "Rokia", "Bintou", "Sitan", "Mah", "Fanta", "Tenin", "Kankou", "Safiatou", "Aïssata"]
ML_S = ["Traoré", "Keïta", "Coulibaly", "Diarra", "Konaté", "Sangaré", "Dembélé", "Doumbia", "Diakité",
        "Samaké", "Kanté", "Sissoko", "Maïga", "Touré", "Cissé", "Dicko", "Guindo", "Dolo", "Togo", "Kassogué",
        "Bagayoko", "Tangara", "Haïdara", "Ag Mohamed", "Walet Alher", "Sidibé", "Niaré", "Dao"]
ML_FAC = [("PS00117", "CSCom Banconi"), ("PS00241", "CSRéf Commune IV"), ("PS00035", "CHU Gabriel Touré"),
          ("PS00036", "CHU du Point G"), ("PS01208", "Clinique Pasteur"), ("PS03310", "Pharmacie Kôkadjè"),
          ("PS03388", "Pharmacie du Fleuve"), ("PS00412", "Hôpital Nianankoro Fomba de Ségou"),
          ("PS00530", "Hôpital Sominé Dolo de Mopti"), ("PS02019", "Laboratoire Bamako Analyses"),
          ("PS00618", "CSRéf Kati"), ("PS00777", "Hôpital du Mali")]
ML_ACTS = [("C1", "Consultation généraliste", 3000), ("CS", "Consultation spécialiste", 7500),
           ("K15", "Acte chirurgical K15", 30000), ("B40", "Bilan biologique B40", 8000),
           ("PH", "Produits pharmaceutiques", 0), ("ECHO", "Échographie obstétricale", 12500),
           ("ACC", "Accouchement simple", 25000), ("HOSP", "Journée d'hospitalisation", 10000),
           ("RX", "Radiographie thoracique", 9000), ("SF", "Consultation sage-femme (CPN)", 2000)]
ML_ICD = ["B54", "A01.0", "J06.9", "O80", "I10", "E11.9", "K29.7", "N39.0", "Z34.9", "D50.9", "A09", "J18.9"]


def t_ml(seed: int = 17002) -> None:
    rng = random.Random(seed)
    cols = [
        ("NUM_FS", False, "claim_number"),
        ("NUM_LOT", False, "batch_number"),
        ("DT_SAISIE", False, "created_at"),
        ("DT_SOINS", True, "date_of_care_hipaa_date"),
        ("CD_PREST", False, "provider_code"),
        ("LIB_PREST", False, "company_name"),
        ("NUM_IMMAT", True, "health_insurance_member_number"),
        ("NOM_BENEF", True, "full_name"),
        ("LIEN", False, "relationship"),
        ("SEXE", False, "gender"),
        ("AGE", False, "age"),
        ("TEL_BENEF", True, "mobile_phone"),
        ("MATR_PRESCR", True, "physician_license_number"),
        ("NOM_PRESCR", True, "full_name"),
        ("CD_AFFEC", False, "diagnosis_code"),
        ("CD_ACTE", False, "procedure_code"),
        ("LIB_ACTE", False, "description"),
        ("QTE", False, "count"),
        ("PU", False, "unit_price"),
        ("MT_ACTE", False, "amount"),
        ("TX_PEC", False, "percentage"),
        ("MT_PEC", False, "amount"),
        ("MT_TM", False, "amount"),
        ("STATUT", False, "record_status"),
        ("MOTIF_REJ", False, "reason_code"),
        ("DT_PAIEMENT", False, "date"),
        ("USR_SAISIE", True, "username"),
    ]
    # families
    fams = []
    for _ in range(130):
        sur = rng.choice(ML_S)
        immat = f"{rng.randint(1, 12):02d}-{digits(rng, 7)}-{rng.randint(0, 9)}"
        members = []
        sex = rng.choice("MF")
        members.append(("ASSURE", sex, rng.choice(ML_M if sex == "M" else ML_F), sur,
                        rand_date(rng, D(1958, 1, 1), D(1998, 12, 31))))
        if rng.random() < 0.8:
            s2 = "F" if sex == "M" else "M"
            members.append(("CONJOINT", s2, rng.choice(ML_M if s2 == "M" else ML_F),
                            sur if s2 == "M" else rng.choice(ML_S), rand_date(rng, D(1962, 1, 1), D(2002, 12, 31))))
        for _ in range(rng.randint(0, 5)):
            s3 = rng.choice("MF")
            members.append(("ENFANT", s3, rng.choice(ML_M if s3 == "M" else ML_F), sur,
                            rand_date(rng, D(2004, 1, 1), D(2024, 12, 31))))
        phone = f"{rng.choice(['76', '77', '78', '79', '66', '65', '70', '90', '91'])}{digits(rng, 6)}"
        fams.append((immat, members, phone))
    presc = []
    for _ in range(26):
        s = rng.choice("MF")
        kind = rng.choice(["M", "M", "M", "SF", "I"])
        presc.append((f"{kind}-{rng.randint(100, 9999):04d}",
                      f"Dr {rng.choice(ML_S).upper()} {rng.choice(ML_M if s == 'M' else ML_F)[0]}." if kind == "M"
                      else f"{rng.choice(ML_F if kind == 'SF' else ML_M + ML_F)} {rng.choice(ML_S)}"))
    clerks = ["adiarra", "agent_kyl02", "f.sangare", "mtraore3", "saisie.segou", "k.dembele"]
    rows = []
    for i in range(360):
        immat, members, phone = rng.choice(fams)
        k = rng.randrange(len(members))
        lien, sex, first, sur, birth = members[k]
        care = rand_date(rng, D(2025, 1, 2), D(2025, 10, 31))
        saisie = dt.datetime.combine(care + dt.timedelta(days=rng.randint(1, 40)),
                                     dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)))
        age = age_at(birth, care)
        obst = sex == "F" and 15 <= age <= 45
        code, lib, pu = rng.choice([a for a in ML_ACTS if obst or a[0] not in ("ECHO", "ACC", "SF")])
        if code == "PH":
            pu = rng.choice([1250, 2500, 3750, 4100, 6800, 12450, 18000])
        qte = rng.randint(1, 5) if code == "HOSP" else 1
        mt = pu * qte
        tx = 70 if code in ("PH",) else 80
        pec = mt * tx // 100
        tm = mt - pec
        status = rng.choices(["PAYE", "VALIDE", "EN_ATTENTE", "REJETE"], [50, 25, 15, 10])[0]
        motif = rng.choice(["R03", "R07", "R11", "R15"]) if status == "REJETE" else ""
        if status == "REJETE":
            pec, tm = 0, mt
        pay = dmy(saisie.date() + dt.timedelta(days=rng.randint(10, 60))) if status == "PAYE" else ""
        nm_style = rng.random()
        if nm_style < 0.55:
            name = f"{sur.upper()} {first}"
        elif nm_style < 0.85:
            name = f"{first} {sur}"
        else:
            name = f"{sur.upper()} {first.upper()}"
        f = rng.randrange(4)
        tel = [phone, f"+223 {phone[:2]} {phone[2:4]} {phone[4:6]} {phone[6:]}", f"00223{phone}",
               f"{phone[:2]}-{phone[2:4]}-{phone[4:6]}-{phone[6:]}"][f] if rng.random() < 0.85 else ""
        fac = rng.choice(ML_FAC)
        pr = rng.choice(presc)
        rows.append([
            f"FS{care.year}-{rng.randint(1, 999999):07d}", f"LOT-{care.year}-{rng.randint(1, 240):03d}",
            saisie.strftime("%Y-%m-%d %H:%M:%S"), dmy(care), fac[0], fac[1], immat + (f"/{k:02d}" if k else ""),
            name, lien, sex, age, tel, pr[0], pr[1], rng.choice(ML_ICD), code, lib, qte, pu, mt,
            tx, pec, tm, status, motif, pay, rng.choice(clerks),
        ])
    emit("canam_amo_feuilles_ml",
         "Malian compulsory health insurance (AMO) claim lines: mostly claim/provider/amount data (FCFA), with the "
         "beneficiary's name (Bambara, Soninké, Songhay, Fulani, Dogon, Tuareg), member number with dependant rank, "
         "mobile, prescriber, date of care and data-entry login.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17003 Sierra Leone: prepaid electricity (STS) vending log, mostly business
# ------------------------------------------------------------------------------------------------
SL_GIVEN_M = ["Alusine", "Foday", "Abu", "Ibrahim", "Mohamed", "Sallieu", "Sorie", "Abubakarr", "Unisa", "Osman",
              "Momoh", "Sahr", "Tamba", "Komba", "Emmanuel", "Theophilus", "Olayinka", "Samuel", "Femi", "Bockarie"]
SL_GIVEN_F = ["Kadiatu", "Fatmata", "Isatu", "Mariama", "Hawa", "Adama", "Jeneba", "Kumba", "Finda", "Yei",
              "Gbessay", "Adeline", "Josephine", "Christiana", "Ebun", "Cecilia", "Zainab", "Musu", "Memunatu"]
SL_SUR = ["Kamara", "Sesay", "Bangura", "Conteh", "Turay", "Kanu", "Fofanah", "Mansaray", "Koroma", "Kargbo",
          "Tarawallie", "Jalloh", "Bah", "Barrie", "Kallon", "Massaquoi", "Lahai", "Gbla", "Musa", "Kpaka", "Sandy",
          "Gbondo", "Moiwo", "Senesie", "Pratt", "Macaulay", "Cole", "Nicol", "Decker", "Garber", "Coker",
          "Taylor-Pearce", "Spaine", "Carew", "Renner", "During"]
SL_BUSINESS = ["Kissy Mess Mess Bakery", "Holy Trinity Church", "Star Guest House", "Al-Ameen Pharmacy",
               "Lumley Tailoring Shop", "Mount Aureol Mosque", "Brookfields Welding Works", "Hill Station Clinic"]
SL_PLACES = [
    ("Western Area Urban", ["Pademba Road", "Kissy Road", "Wilkinson Road", "Fourah Bay Road", "Circular Road",
                            "Dundas Street", "Sanders Street", "Spur Road", "Regent Road", "Bai Bureh Road"],
     ["Lumley", "Kissy", "Wellington", "Murray Town", "Aberdeen", "Goderich", "Congo Town", "Brookfields",
      "Tengbeh Town", "Allen Town", "Hill Station"]),
    ("Western Area Rural", ["Peninsular Road", "Main Motor Road"], ["Waterloo", "Tombo", "Lakka", "Hastings"]),
    ("Bo", ["Tikonko Road", "Dambara Road", "Bo-Kenema Highway"], ["New London", "Kulanda Town"]),
    ("Kenema", ["Hangha Road", "Dama Road"], ["Nyandeyama", "Burma"]),
    ("Bombali", ["Azzolini Highway", "Teko Road"], ["Makeni", "Mabanta"]),
]
SL_VENDORS = [("VND-FT-0231", "Kissy Road Vending Point", "POS", 8.4771, -13.2095),
              ("VND-FT-0118", "Lumley Roundabout Shop", "POS", 8.4557, -13.2649),
              ("VND-BO-0042", "Bo Main Market Vendor", "POS", 7.9645, -11.7383),
              ("VND-KN-0017", "Kenema Hangha Road Vendor", "POS", 7.8772, -11.1877),
              ("VND-MK-0009", "Makeni Azzolini Vendor", "POS", 8.8862, -12.0441),
              ("AGG-OM-0001", "Orange Money", "USSD", 8.4840, -13.2299),
              ("AGG-AF-0002", "Afrimoney", "USSD", 8.4840, -13.2299),
              ("BNK-RC-0003", "Rokel Commercial Bank", "BANK", 8.4870, -13.2340),
              ("APP-ED-0004", "EDSA Mobile App", "APP", 8.4844, -13.2344)]
SL_RATE = {"DOMESTIC": 1.35, "COMMERCIAL": 2.05, "SOCIAL": 0.90}


def t_sl(seed: int = 17003) -> None:
    rng = random.Random(seed)
    cols = [
        ("txn_id", False, "transaction_id"),
        ("vend_ts", False, "timestamp"),
        ("vendor_code", False, "vendor_code"),
        ("vendor_name", False, "company_name"),
        ("channel", False, "category"),
        ("vendor_lat", False, "latitude"),
        ("vendor_lon", False, "longitude"),
        ("operator_id", True, "username"),
        ("meter_no", True, "meter_number"),
        ("sgc", False, "supply_group_code"),
        ("ti", False, "tariff_index"),
        ("krn", False, "key_revision_number"),
        ("tariff_class", False, "category"),
        ("customer_name", True, "full_name"),
        ("premise_address", True, "street_address"),
        ("district", False, "state_province"),
        ("buyer_msisdn", True, "mobile_phone"),
        ("amount_sle", False, "amount"),
        ("gst_sle", False, "tax_amount"),
        ("debt_recovery_sle", False, "amount"),
        ("energy_sle", False, "amount"),
        ("units_kwh", False, "energy_kwh"),
        ("token", False, "sts_token"),
        ("receipt_no", False, "receipt_number"),
        ("status", False, "record_status"),
    ]
    ops = {"VND-FT-0231": ["op_fkamara", "op_isesay"], "VND-FT-0118": ["op_jcole", "lumley02"],
           "VND-BO-0042": ["op_mkallon"], "VND-KN-0017": ["op_gbla_s"], "VND-MK-0009": ["op_aturay", "mk_vend1"]}
    custs = []
    for _ in range(240):
        body = ("0" if rng.random() < 0.6 else rng.choice(["37", "41", "14"])) + digits(rng, 9)
        body = body[:10]
        meter = body + luhn_check(body)
        district, streets, areas = rng.choices(SL_PLACES, [55, 10, 13, 10, 12])[0]
        if rng.random() < 0.07:
            name = rng.choice(SL_BUSINESS)
        else:
            sex = rng.choice("MF")
            g = rng.choice(SL_GIVEN_M if sex == "M" else SL_GIVEN_F)
            s = rng.choice(SL_SUR)
            r = rng.random()
            if r < 0.45:
                name = f"{g} {s}"
            elif r < 0.7:
                name = f"{s.upper()} {g.upper()}"
            elif r < 0.85:
                name = f"{rng.choice(['Mr.', 'Alh.', 'Rev.'] if sex == 'M' else ['Mrs.', 'Haja', 'Madam'])} {g} {s}"
            else:
                name = f"{g} {rng.choice(SL_GIVEN_M)[0]}. {s}"
        r = rng.random()
        if r < 0.6:
            addr = f"{rng.randint(1, 120)}{rng.choice(['', '', 'A', 'B'])} {rng.choice(streets)}, {rng.choice(areas)}"
        elif r < 0.85:
            addr = f"Off {rng.choice(streets)}, {rng.choice(areas)}"
        else:
            addr = f"{rng.randint(1, 60)} {rng.choice(['Old', 'New', 'Upper', 'Lower'])} {rng.choice(areas)} Street"
        phone = f"{rng.choice(['76', '77', '78', '79', '30', '33', '34', '88', '99', '72'])}{digits(rng, 6)}"
        tclass = rng.choices(list(SL_RATE), [80, 14, 6])[0] if name not in SL_BUSINESS else "COMMERCIAL"
        custs.append((meter, name, addr, district, phone, tclass))
    rows = []
    start = dt.datetime(2025, 6, 1)
    for i in range(380):
        meter, name, addr, district, phone, tclass = rng.choice(custs)
        vcode, vname, chan, lat, lon = rng.choices(SL_VENDORS, [20, 14, 6, 5, 5, 20, 12, 4, 6])[0]
        ts = start + dt.timedelta(seconds=rng.randrange(150 * 86400))
        amount_c = rng.choice([2000, 5000, 10000, 15000, 20000, 25000, 50000, 75000, 100000, 200000]) \
            + rng.choice([0, 0, 0, 50, 500])
        gst_c = round(amount_c * 15 / 115)
        debt_c = 0 if rng.random() < 0.8 else min(amount_c // 4, rng.choice([500, 1000, 2500, 5000]))
        energy_c = amount_c - gst_c - debt_c
        units = round(energy_c / 100 / SL_RATE[tclass], 1)
        status = rng.choices(["SUCCESS", "FAILED", "REVERSED"], [90, 6, 4])[0]
        tok = digits(rng, 20) if status != "FAILED" else ""
        if tok:
            sep = rng.choice([" ", "-", ""])
            tok = sep.join(tok[j:j + 4] for j in range(0, 20, 4))
        m = meter
        r = rng.random()
        if m.startswith("0") and r < 0.25:
            m = m.lstrip("0")
        elif r < 0.08:
            m = exp_notation(m.lstrip("0"), rng)
        f = rng.randrange(5)
        tel = [f"+232 {phone[:2]} {phone[2:]}", f"232{phone}", f"0{phone}", phone, f"0{phone[:2]} {phone[2:5]} {phone[5:]}"][f]
        if chan == "BANK" and rng.random() < 0.5:
            tel = ""
        op = rng.choice(ops[vcode]) if vcode in ops else ("SYSTEM" if rng.random() < 0.5 else "")
        rows.append([
            f"EDSA-V-{ts:%y%m%d}{i:05d}", ts.strftime("%Y-%m-%dT%H:%M:%S+00:00"), vcode, vname, chan,
            f"{lat:.4f}", f"{lon:.4f}", op, m, rng.choice(["600675", "600675", "600777", "999910"]),
            "01" if tclass == "DOMESTIC" else ("02" if tclass == "COMMERCIAL" else "03"), rng.choice(["1", "1", "2"]),
            tclass, name, addr, district, tel, f"{amount_c / 100:.2f}", f"{gst_c / 100:.2f}", f"{debt_c / 100:.2f}",
            f"{energy_c / 100:.2f}", f"{units:.1f}", tok, f"R{rng.randint(10 ** 8, 10 ** 9 - 1)}", status,
        ])
    emit("edsa_prepaid_vends_sl",
         "Sierra Leone distributor's prepaid-electricity (STS) vending log: mostly vending, tariff and amount data "
         "(SLE, GST, 20-digit tokens, supply group codes, vendor GPS), with meter number (one per premise, partly "
         "without its leading zero), customer name (Temne, Mende, Krio, Kono; some businesses), premise address, "
         "buyer MSISDN and POS operator login.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17004 Belize: credit-union members in a generic CRM whose fields were re-used (misleading headers)
# ------------------------------------------------------------------------------------------------
BZ_GROUPS = [
    (["Dwayne", "Kenrick", "Leroy", "Ellis", "Shawn", "Delroy", "Alric"],
     ["Shanice", "Tamika", "Marcia", "Charmaine", "Yvette", "Keisha"],
     ["Young", "Gillett", "Flowers", "Usher", "Lightburn", "Tillett", "Arnold", "Gentle", "Bood", "Staine"]),
    (["Sebastian", "Rudolph", "Gilbert", "Cyril", "Wellington"],
     ["Felicita", "Hortencia", "Sabina", "Austreberta", "Carmelita"],
     ["Nuñez", "Palacio", "Lambey", "Arzu", "Cayetano", "Avila", "Castillo", "Martinez", "Lopez", "Zuniga"]),
    (["José", "Mario", "Rigoberto", "Elvin", "Wilfredo", "Hilberto"],
     ["Marisol", "Yanira", "Noemi", "Elsy", "Reina", "Dulce"],
     ["Chi", "Canul", "Cowo", "Pech", "Novelo", "Ayuso", "Sosa", "Aldana", "Mai", "Uck"]),
    (["Santiago", "Juan", "Matias", "Abelino"], ["Petrona", "Juana", "Candelaria", "Manuela"],
     ["Coc", "Choc", "Bo", "Cal", "Shol", "Pop", "Teul", "Sho", "Ical", "Salam"]),
    (["Abram", "Cornelius", "Johan", "Heinrich", "Jacob"], ["Aganetha", "Helena", "Katharina", "Susanna", "Tina"],
     ["Friesen", "Dueck", "Thiessen", "Wiebe", "Reimer", "Penner", "Klassen", "Giesbrecht"]),
    (["Wei", "Jun", "Kevin"], ["Mei", "Ling", "Cindy"], ["Chen", "Lin", "Huang", "Chang"]),
    (["Rajesh", "Anil"], ["Sunita", "Indira"], ["Sanker", "Ramclam", "Mahabir"]),
]
BZ_PLACES = [
    ("Belize", ["Belize City", "Ladyville", "Burrell Boom"], ["Lake Independence", "Kings Park", "Port Loyola",
                                                              "Fabers Road Extension", "Belama Phase 2", "Buttonwood Bay"]),
    ("Cayo", ["San Ignacio", "Santa Elena", "Benque Viejo del Carmen", "Spanish Lookout", "Belmopan"],
     ["Las Flores", "Salvapan", "Maya Mopan", "Cristo Rey Road", "Bullet Tree"]),
    ("Stann Creek", ["Dangriga", "Hopkins", "Independence"], ["Lower Stann Creek", "Sarawee", "Havana"]),
    ("Toledo", ["Punta Gorda", "San Antonio", "Big Falls", "San Pedro Columbia"], ["Indian Ville", "Jose Nunez St area"]),
    ("Orange Walk", ["Orange Walk Town", "San Estevan", "Blue Creek", "August Pine Ridge"], ["Trial Farm", "Palmar"]),
    ("Corozal", ["Corozal Town", "Sarteneja", "Chunox", "Patchakan"], ["Xaibe", "Louisville"]),
]
BZ_BRANCH = {"Belize": ("Belize City Branch", "227", "bzecity"), "Cayo": ("San Ignacio Branch", "824", "cayo"),
             "Stann Creek": ("Dangriga Branch", "522", "dangriga"), "Toledo": ("Punta Gorda Branch", "722", "pg"),
             "Orange Walk": ("Orange Walk Branch", "322", "orangewalk"), "Corozal": ("Corozal Branch", "422", "corozal")}
BZ_STREETS = ["Cemetery Rd", "Albert St", "Mahogany St", "Hummingbird Hwy", "George Price Blvd", "Queen St",
              "Cayo St", "Victoria St", "Joseph Andrews St", "Front St", "Main St", "San Antonio Rd"]


def t_bz(seed: int = 17004) -> None:
    rng = random.Random(seed)
    cols = [
        ("id", False, "uuid"),
        ("salutation", False, "salutation"),
        ("first_name", True, "first_name"),
        ("last_name", True, "last_name"),
        ("title", True, "marital_status"),
        ("department", True, "full_name"),  # next of kin
        ("account_name", False, "company_name"),  # employer
        ("phone_work", True, "mobile_phone"),
        ("phone_fax", True, "mobile_phone"),  # WhatsApp number
        ("phone_other", False, "business_phone"),  # branch switchboard
        ("email1", True, "email"),
        ("email2", False, "functional_email"),  # branch loans mailbox
        ("primary_address_street", True, "street_address"),
        ("primary_address_city", True, "city"),
        ("primary_address_state", False, "state_province"),
        ("primary_address_postalcode", True, "neighbourhood"),
        ("primary_address_country", False, "country_name"),
        ("birthdate", False, "membership_date"),
        ("website", True, "date_of_birth"),
        ("twitter", True, "social_security_number"),
        ("ssn_c", False, "member_number_surrogate"),
        ("lead_source", False, "branch_name"),
        ("status", False, "record_status"),
        ("do_not_call", False, "boolean"),
        ("assigned_user_name", True, "username"),
        ("description", True, "free_text_with_names"),
        ("date_entered", False, "created_at"),
    ]
    employers = ["Government of Belize", "Belize Telemedia Ltd", "Banana Growers Association", "Self-employed",
                 "Belize Sugar Industries", "Karl Heusner Memorial Hospital", "Ministry of Education",
                 "Bowen & Bowen Ltd", "Quality Poultry Products", "Retired", "Caribbean Tours", "Unemployed"]
    officers = ["mchun", "jcastillo", "r.usher", "loans_ow2", "dfriesen", "acoc"]
    rows = []
    for i in range(320):
        gi = rng.choices(range(len(BZ_GROUPS)), [26, 14, 24, 12, 12, 6, 6])[0]
        male, female, surs = BZ_GROUPS[gi]
        sex = rng.choice("MF")
        first = rng.choice(male if sex == "M" else female)
        last = rng.choice(surs)
        if gi in (1, 2) and rng.random() < 0.4:
            last = f"{last} {rng.choice(BZ_GROUPS[rng.choice([1, 2])][2])}"
        marital = rng.choices(["Single", "Married", "Common-law", "Widowed", "Divorced", "Separated"],
                              [35, 33, 18, 6, 5, 3])[0]
        sal = ("Mr." if sex == "M" else rng.choice(["Ms.", "Mrs."] if marital != "Single" else ["Ms.", "Miss"]))
        kin_first = rng.choice(BZ_GROUPS[gi][0] + BZ_GROUPS[gi][1])
        kin = f"{kin_first} {rng.choice([last.split()[0], rng.choice(surs)])}" if rng.random() < 0.9 else ""
        dist, cities, hoods = rng.choice(BZ_PLACES)
        city = rng.choice(cities)
        hood = rng.choice(hoods) if rng.random() < 0.7 else ""
        bname, bpre, bmail = BZ_BRANCH[dist]
        mob1 = "6" + digits(rng, 6)
        mob2 = "6" + digits(rng, 6)

        def bz_fmt(n: str) -> str:
            f = rng.randrange(4)
            return [f"+501 {n[:3]}-{n[3:]}", f"{n[:3]}-{n[3:]}", n, f"501-{n[:3]}-{n[3:]}"][f]

        birth = rand_date(rng, D(1950, 1, 1), D(2005, 6, 30))
        joined = rand_date(rng, max(birth + dt.timedelta(days=365 * 16), D(1985, 1, 1)), D(2024, 12, 31))
        ssb = f"{rng.randint(0, 3)}{digits(rng, 8)}"
        ssb_out = ssb.lstrip("0") if ssb.startswith("0") and rng.random() < 0.5 else ssb
        if rng.random() < 0.1:
            ssb_out = ""
        if rng.random() < 0.7:
            street = f"{rng.randint(1, 95)} {rng.choice(BZ_STREETS)}"
        else:
            street = rng.choice([f"Mile {rng.randint(2, 60)} {rng.choice(['George Price Hwy', 'Philip Goldson Hwy', 'Southern Hwy'])}",
                                 f"Lot {rng.randint(1, 900)}", f"Camp {rng.randint(1, 9)}, Field {rng.randint(1, 40)}"])
        notes = rng.choice([
            "", "", "", "Prefers Spanish", "Mennonite - cash transactions only",
            f"Next of kin phone {bz_fmt('6' + digits(rng, 6))}",
            f"Referred by {rng.choice(female + male)} {rng.choice(surs)}",
            f"Loan co-signed by brother {rng.choice(male)}",
            f"Shares transferred from late {'husband' if sex == 'F' else 'wife'} {rng.choice(BZ_GROUPS[gi][0 if sex == 'F' else 1])}",
            "Moved to US (Los Angeles), account dormant", "Kriol speaker, call after 5pm",
            f"Garnishment order re {first} {last}, see file",
        ])
        created = dt.datetime(2019, 3, 4, 2, 0, 0) + dt.timedelta(seconds=rng.randrange(86400 * 2))
        if joined.year >= 2019:
            created = dt.datetime.combine(joined, dt.time(rng.randint(8, 16), rng.randint(0, 59), rng.randint(0, 59)))
        rows.append([
            f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
            f"{rng.choice('89ab')}{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
            sal, first, last, marital, kin, rng.choice(employers), bz_fmt(mob1),
            bz_fmt(mob2) if rng.random() < 0.55 else "", f"+501 {bpre}-{'4421' if dist != 'Cayo' else '3310'}",
            email_for(rng, first, last.split()[0], ["gmail.com", "yahoo.com", "hotmail.com", "btl.net"])
            if rng.random() < 0.75 else "", f"loans.{bmail}@stcu.bz", street, city, dist, hood, "Belize",
            joined.isoformat(), dmy(birth), ssb_out, f"M-{i * 7 + 1001:06d}", bname,
            rng.choices(["Active", "Dormant", "Closed"], [75, 18, 7])[0], rng.choice(["0", "0", "0", "1"]),
            rng.choice(officers), notes, created.strftime("%Y-%m-%d %H:%M:%S"),
        ])
    emit("crm_contacts_reused_bz",
         "Belizean credit-union members kept in a generic CRM whose standard fields were re-used: title = marital "
         "status, department = next of kin, phone_fax = WhatsApp number, phone_other = branch switchboard, email2 = "
         "branch loans mailbox, postalcode = neighbourhood (Belize has no postcodes), birthdate = membership date, "
         "website = birth date, twitter = Social Security number, ssn_c = member number. Kriol, Garifuna, Mestizo, "
         "Maya (Mopan, Q'eqchi'), Mennonite, Chinese and East Indian Belizeans.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17005 Comoros: micro-finance members imported from Excel into Access (F1..F22)
# ------------------------------------------------------------------------------------------------
KM_M = ["Said", "Ahmed", "Mohamed", "Ali", "Abdallah", "Soilihi", "Houmadi", "Ahamada", "Mmadi", "Djoumoi",
        "Nassur", "Toyb", "Msa", "Chamsoudine", "Youssouf", "Hamidou", "Anfane", "Mouhtare", "Bacar", "Kamardine"]
KM_F = ["Mariama", "Zainaba", "Anlia", "Echata", "Faouzia", "Hadjira", "Moinaecha", "Nourdati", "Sitti",
        "Rahamatou", "Chamsia", "Roukia", "Antoissa", "Fatima", "Zalhata", "Mounira", "Hadidja", "Bahia"]
KM_S = ["Said", "Abdallah", "Ali Mbae", "Mze", "Moussa", "Combo", "Youssouf", "Attoumane", "Soilihi", "Bacar",
        "Madi", "Kassim", "Charif", "Oubeidillah", "Mhoma", "Ahamada", "Hassani", "Mbaé", "Toihir", "Saindou"]
KM_PLACES = {"Ngazidja": ["Moroni", "Mitsamiouli", "Iconi", "Mbéni", "Foumbouni", "Ntsaoueni", "Itsandra",
                          "Mitsoudjé", "Hahaya"],
             "Ndzuwani": ["Mutsamudu", "Domoni", "Sima", "Ouani", "Bambao Mtsanga", "Mirontsy"],
             "Mwali": ["Fomboni", "Nioumachoua", "Wanani", "Djoiezi"]}
KM_AGENCIES = {"Ngazidja": ["Agence Moroni Volo-Volo", "Agence Mitsamiouli", "Agence Foumbouni"],
               "Ndzuwani": ["Agence Mutsamudu", "Agence Domoni"], "Mwali": ["Agence Fomboni"]}


def t_km(seed: int = 17005) -> None:
    rng = random.Random(seed)
    spec = [
        (False, "member_number_surrogate"), (True, "full_name"), (False, "gender"), (True, "date_of_birth"),
        (True, "place_of_birth"), (True, "national_id"), (False, "state_province"), (True, "city"),
        (True, "mobile_phone"), (True, "mobile_money_account"), (False, "branch_name"), (False, "membership_date"),
        (False, "account_balance"), (False, "amount"), (False, "product"), (False, "record_status"),
        (True, "marital_status"), (False, "job_title"), (True, "full_name"), (True, "free_text_with_names"),
        (True, "username"), (False, "count"),
    ]
    cols = [(f"F{i + 1}", p, k) for i, (p, k) in enumerate(spec)]
    agents = ["agent.fatima", "c.mze", "saindou.a", "caisse_mtsa2", "n.hassani"]
    rows = []
    for i in range(290):
        sex = rng.choice("MF")
        first = rng.choice(KM_M if sex == "M" else KM_F)
        sur = rng.choice(KM_S)
        mid = rng.choice(KM_M) if rng.random() < 0.4 else ""
        nm = " ".join(x for x in [sur.upper(), first, mid] if x) if rng.random() < 0.6 else \
            " ".join(x for x in [first, mid, sur] if x)
        island = rng.choices(list(KM_PLACES), [55, 33, 12])[0]
        birth = rand_date(rng, D(1950, 1, 1), D(2005, 12, 31))
        joined = rand_date(rng, D(2008, 1, 1), D(2025, 9, 30))
        pob_island = island if rng.random() < 0.85 else rng.choice(list(KM_PLACES))
        pob = rng.choice(KM_PLACES[pob_island]) if rng.random() < 0.92 else rng.choice(["Marseille", "Mayotte (Mamoudzou)", "Majunga"])
        cni = "0" + digits(rng, 9)
        r = rng.random()
        cni_out = cni.lstrip("0") if r < 0.6 else (exp_notation(cni.lstrip("0"), rng, comma=True) if r < 0.7 else cni)
        phone = rng.choice(["32", "33", "34", "36", "38", "39"]) + digits(rng, 5)
        f = rng.randrange(4)
        tel = [f"+269 {phone[:3]} {phone[3:5]} {phone[5:]}", phone, f"269{phone}", f"00269 {phone[:3]} {phone[3:5]} {phone[5:]}"][f]
        mm = phone if rng.random() < 0.6 else rng.choice(["32", "33", "34", "39"]) + digits(rng, 5)
        mm_out = mm if rng.random() < 0.75 else ""
        product = rng.choice(["Épargne à vue", "Crédit AGR", "Crédit scolaire", "Crédit grand mariage",
                              "Dépôt à terme", "Crédit habitat"])
        bal = rng.choice([0, 5000, 12500, 25000, 75000, 150000, 310000, 1250000]) + rng.randint(0, 40) * 250
        loan = 0 if product in ("Épargne à vue", "Dépôt à terme") else rng.randint(4, 120) * 25000
        marital = rng.choices(["Marié(e)", "Célibataire", "Veuf(ve)", "Divorcé(e)"], [55, 30, 8, 7])[0]
        job = rng.choice(["Pêcheur", "Commerçante", "Enseignant", "Cultivateur d'ylang-ylang", "Fonctionnaire",
                          "Couturière", "Chauffeur de taxi-brousse", "Vanilliculteur", "Ménagère", "Maçon"])
        gar = f"{rng.choice(KM_M + KM_F)} {rng.choice(KM_S)}" if loan else ""
        note = rng.choice([
            "", "", "", f"Grand mariage prévu {rng.randint(2025, 2027)} (fils {rng.choice(KM_M)})",
            f"Remboursement par sa sœur {rng.choice(KM_F)} à Marseille", "Transfert Western Union mensuel",
            f"Avaliste décédé, remplacé par {rng.choice(KM_M)} {rng.choice(KM_S)}", "Dossier complet",
            "Retard 2 échéances - visite agent", f"Mandataire: épouse {rng.choice(KM_F)}",
        ])
        dob = str(excel_serial(birth)) if rng.random() < 0.6 else dmy(birth)
        doj = str(excel_serial(joined)) if rng.random() < 0.6 else dmy(joined)
        rows.append([
            f"MECK-{'NGZ' if island == 'Ngazidja' else ('NDZ' if island == 'Ndzuwani' else 'MWL')}-{i * 13 + 2001:06d}",
            nm, sex, dob, pob, cni_out, island, rng.choice(KM_PLACES[island]), tel, mm_out,
            rng.choice(KM_AGENCIES[island]), doj, bal, loan, product,
            rng.choices(["Actif", "Dormant", "Contentieux"], [80, 14, 6])[0], marital, job, gar, note,
            rng.choice(agents), rng.randint(1, 20),
        ])
    emit("meck_membres_km",
         "Comorian savings-and-credit mutual members list imported from Excel into MS Access (default headers F1..F22 "
         "say nothing): Shikomori names (father's name as surname), birth and joining dates both partly as Excel "
         "serial numbers, ID-card numbers without their leading zero or as 1,23457E+09, +269 phones, mobile-money "
         "numbers, marital status, guarantors, notes naming relatives.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17006 Equatorial Guinea: construction-site daily timesheets (partes diarios), mostly business
# ------------------------------------------------------------------------------------------------
GQ_M = ["Crisantos", "Agustín", "Restituto", "Teodoro", "Bonifacio", "Rufino", "Eulogio", "Pedro", "Santiago",
        "Celestino", "Plácido", "Salvador", "Anacleto", "Fortunato", "Marcelino", "Diosdado"]
GQ_F = ["Milagrosa", "Purificación", "Trinidad", "Remedios", "Pilar", "Anacleta", "Evangelina", "Victoria"]
GQ_FANG = ["Nguema", "Obiang", "Mba", "Ondo", "Nsue", "Esono", "Ela", "Mangue", "Edu", "Owono", "Nchama", "Abeso",
           "Asumu", "Micha", "Ndong", "Oyono", "Engonga", "Eyama"]
GQ_BUBI = ["Bohopo", "Boricó", "Rioco", "Bolekia", "Sipoto", "Besari", "Sepa", "Bokesa", "Bueriberi"]
GQ_FOREIGN = [("Wang Jianguo", "E{}"), ("Li Haitao", "E{}"), ("Zhou Qiang", "E{}"), ("Tchoua Jean-Pierre", "CM{}"),
              ("Mahmoud Abdelrahman", "A{}"), ("Ngono Serge", "CM{}"), ("Traoré Ibrahim", "B{}")]
GQ_PROJ = [("OB-BATA-017", "Autovía Bata–Mongomo PK 23", "CC-4120"),
           ("OB-EBB-004", "Hospital Regional Ebebiyín", "CC-4310"),
           ("OB-LUB-009", "Puerto de Luba, muelle 2", "CC-4205"),
           ("OB-SIP-022", "Urbanización Sipopo fase III", "CC-4118"),
           ("OB-OYA-031", "Ciudad de la Paz, red de saneamiento", "CC-4401")]
GQ_CATS = [("Peón", 1800), ("Oficial 1ª", 3200), ("Oficial 2ª", 2600), ("Encofrador", 3000), ("Gruista", 4200),
           ("Chófer", 3400), ("Soldador", 3800), ("Operador maquinaria", 4500)]
GQ_EQUIP = [("EXC-CAT320-07", "LT-1123-B"), ("EXC-CAT320-11", "LT-1187-B"), ("CAM-VOLVO-03", "BN-2314-C"),
            ("CAM-SINO-15", "BN-2390-C"), ("GRU-LIEB-02", ""), ("HOR-PUT-01", ""), ("MOTON-BOM-05", "BN-0871-A")]
GQ_ACTS = [("EXC", "m3"), ("HORM", "m3"), ("ENCF", "m2"), ("TRSP", "t"), ("SOLD", "ml"), ("LIMP", "m2")]


def t_gq(seed: int = 17006) -> None:
    rng = random.Random(seed)
    cols = [
        ("Nº Parte", False, "record_number"),
        ("Fecha", False, "date"),
        ("Obra", False, "project_code"),
        ("Desc. Obra", False, "description"),
        ("C.Coste", False, "cost_center"),
        ("Partida", False, "budget_item_code"),
        ("Cód. Trab.", True, "employee_id"),
        ("Trabajador", True, "full_name"),
        ("DIP/Pasap.", True, "national_id"),
        ("Categ.", False, "job_title"),
        ("H.Ord", False, "duration_hours"),
        ("H.Ext", False, "duration_hours"),
        ("Tarifa h (XAF)", False, "unit_price"),
        ("Importe (XAF)", False, "amount"),
        ("Equipo", False, "equipment_code"),
        ("Matr. Equipo", False, "company_vehicle_plate"),
        ("Horómetro", False, "engine_hours"),
        ("Gasoil (L)", False, "volume"),
        ("Act.", False, "activity_code"),
        ("Cant.", False, "quantity"),
        ("Ud.", False, "unit"),
        ("Encargado", True, "full_name"),
        ("Incidencias", True, "free_text_with_names"),
        ("Usuario", True, "username"),
        ("Validado", False, "boolean"),
        ("F. Validación", False, "timestamp"),
    ]
    workers = []
    for k in range(70):
        code = f"T{rng.randint(100, 2999):04d}"
        if rng.random() < 0.12:
            nm, pfx = rng.choice(GQ_FOREIGN)
            doc = pfx.format(digits(rng, 8 if pfx == "E{}" else 7))
        else:
            sex = "M" if rng.random() < 0.88 else "F"
            g = rng.choice(GQ_M if sex == "M" else GQ_F)
            pool = GQ_FANG if rng.random() < 0.75 else GQ_BUBI
            s1, s2 = rng.choice(pool), rng.choice(GQ_FANG + GQ_BUBI)
            r = rng.random()
            nm = (f"{s1} {s2}, {g}" if r < 0.4 else (f"{g} {s1} {s2}" if r < 0.75 else f"{g.upper()} {s1.upper()} {s2.upper()}"))
            doc = f"{rng.randint(0, 3)}{digits(rng, 8)}"
            if doc.startswith("0") and rng.random() < 0.6:
                doc = doc.lstrip("0")
        cat = rng.choice(GQ_CATS)
        workers.append((code, nm, doc, cat))
    foremen = ["J. Obiang", "Crisantos Ela", "R. Bohopo", "Li Haitao", "Plácido Nsue Mba"]
    users = ["mnsue", "rbohopo", "admin.obra", "teodoro.e", "contab2"]
    rows = []
    for i in range(340):
        code, nm, doc, (cat, rate) = rng.choice(workers)
        day = rand_date(rng, D(2025, 3, 3), D(2025, 9, 27))
        proj, pdesc, cc = rng.choice(GQ_PROJ)
        hord = rng.choice([8.0, 8.0, 8.0, 6.0, 4.0, 9.0])
        hext = rng.choice([0.0, 0.0, 0.0, 1.0, 2.0, 2.5, 3.0])
        amount = round(hord * rate + hext * rate * 1.5)
        if cat in ("Operador maquinaria", "Gruista", "Chófer"):
            eq, plate = rng.choice(GQ_EQUIP)
            horo = f"{rng.randint(1200, 18000)},{rng.randint(0, 9)}"
            fuel = f"{rng.randint(20, 260)},{rng.choice([0, 5])}"
        else:
            eq, plate, horo, fuel = "", "", "", ""
        act, unit = rng.choice(GQ_ACTS)
        qty = f"{rng.randint(1, 400)},{rng.randint(0, 99):02d}"
        inc = rng.choice([
            "Sin incidencias", "Sin incidencias", "", "", "Lluvia, 2 h de parada", "Falta material (cemento)",
            f"Accidente leve de {rng.choice(GQ_FANG)} {rng.choice(GQ_FANG)}, trasladado al hospital de Bata",
            f"Falta el peón {rng.choice(GQ_M)} (enfermo)", f"Visita del ingeniero {rng.choice(['Sr. Wang', 'Sra. Nchama'])}",
            f"{rng.choice(GQ_M)} {rng.choice(GQ_BUBI)} sale a las 14h (permiso)", "Avería excavadora, parte al taller",
        ])
        valid = rng.random() < 0.8
        vts = dt.datetime.combine(day + dt.timedelta(days=rng.randint(1, 6)),
                                  dt.time(rng.randint(7, 18), rng.randint(0, 59))) if valid else None
        hfmt = lambda h: f"{h:.1f}".replace(".", ",")
        rows.append([
            f"PD-25-{i * 3 + 4001:05d}", dmy(day), proj, pdesc, cc,
            f"{rng.randint(1, 9):02d}.{rng.randint(1, 12):02d}.{rng.randint(1, 60):03d}", code, nm, doc, cat,
            hfmt(hord), hfmt(hext), rate, fmt_thousands(amount, "."), eq, plate, horo, fuel, act, qty, unit,
            rng.choice(foremen), inc, rng.choice(users), "S" if valid else "N",
            vts.strftime("%d/%m/%Y %H:%M") if vts else "",
        ])
    emit("partes_diarios_obra_gq",
         "Equatorial Guinea construction company's daily site timesheets: mostly project, cost, equipment and "
         "quantity data (XAF with dot thousands, decimal commas, company fleet plates), with worker code, name "
         "(Fang, Bubi and foreign workers), DIP or passport number (leading zeros partly lost), foreman, "
         "incident notes naming workers and data-entry login.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17007 Kerala: Kudumbashree neighbourhood-group member register, Malayalam headers
# ------------------------------------------------------------------------------------------------
VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


KL_F = [("Lakshmi", "ലക്ഷ്മി"), ("Bindu", "ബിന്ദു"), ("Sindhu", "സിന്ധു"), ("Reshma", "രേഷ്മ"), ("Fathima", "ഫാത്തിമ"),
        ("Mary", "മേരി"), ("Annamma", "അന്നമ്മ"), ("Omana", "ഓമന"), ("Prasanna", "പ്രസന്ന"), ("Sreeja", "ശ്രീജ"),
        ("Ambili", "അമ്പിളി"), ("Sajitha", "സജിത"), ("Shyamala", "ശ്യാമള"), ("Jaseena", "ജസീന"),
        ("Sumayya", "സുമയ്യ"), ("Thresiamma", "ത്രേസ്യാമ്മ"), ("Sherly", "ഷേർളി"), ("Kunjumol", "കുഞ്ഞുമോൾ"),
        ("Chathi", "ചാത്തി"), ("Vellachi", "വെള്ളച്ചി"), ("Maathi", "മാതി"), ("Kaali", "കാളി"), ("Saramma", "സാറാമ്മ"),
        ("Ramla", "റംല"), ("Suhara", "സുഹറ"), ("Deepa", "ദീപ"), ("Geetha", "ഗീത"), ("Rajani", "രജനി"),
        ("Leela", "ലീല"), ("Kamala", "കമല")]
KL_M = [("Suresh", "സുരേഷ്"), ("Rajan", "രാജൻ"), ("Joseph", "ജോസഫ്"), ("Abdul Rahman", "അബ്ദുൾ റഹ്മാൻ"),
        ("Kunjikrishnan", "കുഞ്ഞികൃഷ്ണൻ"), ("Varghese", "വർഗീസ്"), ("Mathew", "മാത്യു"), ("Chandran", "ചന്ദ്രൻ"),
        ("Moideen", "മൊയ്തീൻ"), ("Babu", "ബാബു"), ("Velayudhan", "വേലായുധൻ"), ("Kelu", "കേളു"), ("Ouseph", "ഔസേപ്പ്"),
        ("Sasi", "ശശി"), ("Unnikrishnan", "ഉണ്ണികൃഷ്ണൻ"), ("Basheer", "ബഷീർ"), ("Kunjali", "കുഞ്ഞാലി"),
        ("Thomas", "തോമസ്"), ("Raghavan", "രാഘവൻ"), ("Kariyan", "കരിയൻ")]
KL_HOUSE = [("Puthenveettil", "പുത്തൻവീട്ടിൽ"), ("Kizhakkethil", "കിഴക്കേതിൽ"), ("Thekkedath", "തെക്കേടത്ത്"),
            ("Valiyaparambil", "വലിയപറമ്പിൽ"), ("Kunnumpurath", "കുന്നുംപുറത്ത്"), ("Padinjarethil", "പടിഞ്ഞാറേതിൽ"),
            ("Chirakkal", "ചിറക്കൽ"), ("Thottathil", "തോട്ടത്തിൽ"), ("Maliyekkal", "മാളിയേക്കൽ"), ("Kalathil", "കളത്തിൽ"),
            ("Mannil", "മണ്ണിൽ"), ("Poovathingal", "പൂവത്തിങ്ങൽ")]
KL_PLACES = [("കൊല്ലം", [("അഞ്ചൽ", "Anchal"), ("ചടയമംഗലം", "Chadayamangalam"), ("കുളത്തൂപ്പുഴ", "Kulathupuzha")]),
             ("വയനാട്", [("മേപ്പാടി", "Meppadi"), ("തിരുനെല്ലി", "Thirunelli"), ("നൂൽപ്പുഴ", "Noolpuzha")]),
             ("മലപ്പുറം", [("വാഴക്കാട്", "Vazhakkad"), ("പൊന്മുണ്ടം", "Ponmundam")]),
             ("ആലപ്പുഴ", [("കൈനകരി", "Kainakary"), ("മുഹമ്മ", "Muhamma")]),
             ("ഇടുക്കി", [("വട്ടവട", "Vattavada"), ("കാന്തല്ലൂർ", "Kanthalloor")]),
             ("തൃശ്ശൂർ", [("മാള", "Mala")])]
KL_NHG = ["ശ്രീ ദുർഗ്ഗ", "Pulari", "Sneha", "Nanma", "ഐശ്വര്യ", "Kairali", "ഉദയം", "Thanal", "Pratheeksha"]


def t_kl(seed: int = 17007) -> None:
    rng = random.Random(seed)
    cols = [
        ("ക്രമ നമ്പർ", False, "record_id"),
        ("അയൽക്കൂട്ടം", False, "group_name"),
        ("അംഗത്തിന്റെ പേര്", True, "full_name"),
        ("വീട്ടുപേര്", True, "house_name"),
        ("ഭർത്താവിന്റെ / പിതാവിന്റെ പേര്", True, "full_name"),
        ("ജനന തീയതി", True, "date_of_birth"),
        ("വയസ്സ്", False, "age"),
        ("ആധാർ നമ്പർ", True, "national_id"),
        ("റേഷൻ കാർഡ് നമ്പർ", True, "household_document_number"),
        ("റേഷൻ കാർഡ് നിറം", False, "category"),
        ("ജാതി വിഭാഗം", False, "caste_category"),
        ("വാർഡ് നമ്പർ", True, "ward_of_residence"),
        ("പഞ്ചായത്ത്", True, "city"),
        ("ജില്ല", False, "state_province"),
        ("സ്ഥാനം", False, "job_title"),
        ("മൊബൈൽ", True, "mobile_phone"),
        ("ബാങ്ക് അക്കൗണ്ട് നമ്പർ", True, "bank_account_number"),
        ("IFSC", False, "bank_routing_code"),
        ("ത്രിഫ്റ്റ് തുക (₹)", False, "amount"),
        ("വായ്പ തുക (₹)", False, "amount"),
        ("വായ്പ തീയതി", False, "date"),
        ("തിരിച്ചടവ് നില", False, "record_status"),
        ("കുറിപ്പുകൾ", True, "free_text_with_names"),
        ("രേഖപ്പെടുത്തിയത്", True, "username"),
    ]
    ifsc = {"SBI": ("SBIN00", 11), "FDRL": ("FDRL000", 14), "CNRB": ("CNRB000", 13), "IOBA": ("IOBA000", 15),
            "KLGB": ("KLGB004", 15)}
    users = ["ambili.cds", "sreeja_acc", "cds.meppadi.rp", "omana.k", "bindu.vazhakkad"]
    rows = []
    groups = {}
    for i in range(300):
        dist, pans = rng.choice(KL_PLACES)
        pan_ml, pan_lat = rng.choice(pans)
        nhg = rng.choice(KL_NHG)
        key = (pan_lat, nhg)
        groups.setdefault(key, 0)
        groups[key] += 1
        pos = "പ്രസിഡന്റ്" if groups[key] == 1 else ("സെക്രട്ടറി" if groups[key] == 2 else "അംഗം")
        fl, fm = rng.choice(KL_F)
        hl, hm = rng.choice(KL_M)
        houl, houm = rng.choice(KL_HOUSE)
        r = rng.random()
        if r < 0.3:
            name = f"{fl} {hl}"
        elif r < 0.5:
            name = f"{houl[0]}. {fl}"
        elif r < 0.75:
            name = f"{fm} {hm}"
        elif r < 0.88:
            name = f"{fl.upper()} {hl[0]}"
        else:
            name = f"{fl} {rng.choice(['Beevi', 'K.P.', 'M.', 'Joseph', 'Varghese'])}"
        house = houl if rng.random() < 0.5 else houm
        rel = (hm if rng.random() < 0.5 else hl) if rng.random() < 0.9 else ""
        birth = rand_date(rng, D(1958, 1, 1), D(2003, 12, 31))
        ref = D(2025, 10, 1)
        body = str(rng.randint(2, 9)) + digits(rng, 10)
        aad = body + verhoeff_digit(body)
        r = rng.random()
        if r < 0.45:
            aad_out = f"{aad[:4]} {aad[4:8]} {aad[8:]}"
        elif r < 0.8:
            aad_out = aad
        else:
            aad_out = exp_notation(aad, rng)
        ration = str(rng.randint(1, 9)) + digits(rng, 9)
        colour = rng.choices(["മഞ്ഞ (AAY)", "പിങ്ക് (PHH)", "നീല (NPS)", "വെള്ള (NPNS)"], [12, 38, 30, 20])[0]
        caste = rng.choices(["SC", "ST", "OBC", "General"], [14, 8, 55, 23])[0]
        mob = rng.choice("6789") + digits(rng, 9)
        f = rng.randrange(5)
        mob_out = [mob, f"+91 {mob[:5]} {mob[5:]}", f"0{mob}", f"{mob[:5]}-{mob[5:]}", f"91{mob}"][f]
        bank = rng.choice(list(ifsc))
        pfx, ln = ifsc[bank]
        acct = str(rng.randint(1, 9)) + digits(rng, ln - 1)
        acct_out = exp_notation(acct, rng) if rng.random() < 0.2 else acct
        thrift = rng.choice([10, 20, 50, 100]) * rng.randint(12, 150)
        loan = rng.choice([0, 0, 10000, 25000, 50000, 75000, 100000, 150000])
        loan_dt = rand_date(rng, D(2021, 1, 1), D(2025, 9, 30)) if loan else None
        status = (rng.choices(["കൃത്യം", "കുടിശ്ശിക", "അടച്ചുതീർത്തു"], [60, 20, 20])[0]) if loan else ""
        note = rng.choice([
            "", "", "", f"മകൾ {rng.choice(KL_F)[1]}യുടെ വിവാഹം - വായ്പ", f"Husband {hl} working in Dubai",
            f"CDS chairperson {rng.choice(KL_F)[0]} visited", "ആടുവളർത്തൽ സംരംഭം", "Tailoring unit, 3 members",
            f"{rng.choice(KL_F)[0]} ({rng.choice(KL_HOUSE)[0]}) ജാമ്യം", "Flood relief 2024 received",
        ])
        rows.append([
            i + 1, nhg, name, house, rel, dmy(birth, "-"), age_at(birth, ref), aad_out, ration, colour, caste,
            rng.randint(1, 23), pan_ml if rng.random() < 0.7 else pan_lat, dist, pos, mob_out, acct_out,
            f"{pfx}{digits(rng, 11 - len(pfx))}", thrift, loan, dmy(loan_dt, "-") if loan_dt else "", status, note,
            rng.choice(users),
        ])
    emit("kudumbashree_nhg_kl",
         "Kerala Kudumbashree neighbourhood-group (women's self-help group) member, thrift and loan register with "
         "Malayalam headers: names in Malayalam script or Latin (initials from the house name, Muslim, Syrian "
         "Christian and Adivasi names), house name, husband's/father's name, Aadhaar (Verhoeff) spaced, plain or "
         "1.23457E+11, ration card, ward, panchayat, mobiles, bank accounts (partly in exponent notation), thrift and "
         "loans.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17008 Marshall Islands: scholarship awards, exported without a header row
# ------------------------------------------------------------------------------------------------
MH_M = ["Tony", "Litokwa", "Kessai", "Bwijtak", "Rilang", "Jemi", "Carlos", "Wilbur", "Alson", "Terry", "Atjang",
        "Lomjen", "Mejbon", "Jurelang", "Hemos", "Jiba", "Anjua", "Nitijela"]
MH_F = ["Hilda", "Kitlang", "Neijon", "Amatlain", "Lijon", "Limemo", "Daisy", "Emi", "Rine", "Bremity", "Jinna",
        "Lijjon", "Melina", "Tarlang", "Leimamo", "Jeimata"]
MH_S = ["Kabua", "deBrum", "Anjain", "Loeak", "Heine", "Zackhras", "Langidrik", "Jibas", "Lakjohn", "Note",
        "Bejang", "Kattil", "Tibon", "Riklon", "Lomae", "Jetnil-Kijiner", "Kilma", "Laelang", "Jorkan", "Alik",
        "Lanki", "Milne", "Capelle", "Nakamura", "Silk", "Keju", "Balos", "Lemari", "Jitiam", "Matthew"]
MH_PLACES = [("Majuro", ["Rita", "Uliga", "Delap", "Djarrit", "Laura", "Ajeltake", "Long Island"]),
             ("Kwajalein", ["Ebeye", "Gugeegue"]), ("Arno", ["Arno", "Ine", "Ulien"]),
             ("Jaluit", ["Jabor", "Imiej"]), ("Ailinglaplap", ["Woja", "Jeh"]), ("Wotje", ["Wotje"]),
             ("Namdrik", ["Namdrik"]), ("Kili", ["Kili"]), ("Ebon", ["Ebon"])]
MH_SCHOOLS = [("College of the Marshall Islands", ["AS Nursing", "AS Liberal Arts", "AA Elementary Education"]),
              ("University of the South Pacific - Majuro Campus", ["BA Education", "Foundation Science"]),
              ("University of Hawai\u02bbi at Hilo", ["BS Marine Science", "BA Psychology"]),
              ("Chaminade University", ["BS Nursing", "BA Criminology"]),
              ("Fiji National University", ["MBBS", "BSc Dietetics"]),
              ("Pacific Islands University (Guam)", ["BA Biblical Studies"])]


def t_mh(seed: int = 17008) -> None:
    rng = random.Random(seed)
    cols = [
        (None, False, "award_number"), (None, True, "last_name"), (None, True, "first_name"),
        (None, True, "middle_name"), (None, False, "gender"), (None, True, "date_of_birth"),
        (None, False, "atoll_of_residence"), (None, True, "city"), (None, True, "social_security_number"),
        (None, True, "passport_number"), (None, True, "phone"), (None, True, "email"),
        (None, False, "institution"), (None, False, "program"), (None, False, "score_gpa"),
        (None, False, "amount_with_currency"), (None, False, "term"), (None, False, "record_status"),
        (None, True, "bank_account_number"), (None, True, "full_name"), (None, True, "username"),
        (None, True, "free_text_with_names"), (None, False, "date"),
    ]
    officers = ["sgb.jlakjohn", "sgb.hkabua", "nkeju", "sgb_admin2"]
    rows = []
    for i in range(271):
        sex = rng.choice("MF")
        first = rng.choice(MH_M if sex == "M" else MH_F)
        last = rng.choice(MH_S)
        mi = rng.choice("ABDEHJKLMNRT") + "." if rng.random() < 0.6 or i == 0 else ""
        birth = rand_date(rng, D(1996, 1, 1), D(2007, 8, 31))
        atoll, villages = rng.choices(MH_PLACES, [45, 18, 6, 6, 6, 5, 4, 5, 5])[0]
        ss = f"{rng.randint(0, 9)}{digits(rng, 5)}"
        if ss.startswith("0") and rng.random() < 0.6:
            ss = ss.lstrip("0") or "0"
        pp = f"RM{digits(rng, 6)}" if rng.random() < 0.75 or i == 0 else ""
        pre = "329" if atoll == "Kwajalein" else rng.choice(["625", "455", "247", "456"])
        ph = pre + digits(rng, 4)
        f = rng.randrange(4)
        tel = [f"692-{ph[:3]}-{ph[3:]}", f"(692) {ph[:3]}-{ph[3:]}", ph, f"+692 {ph[:3]} {ph[3:]}"][f]
        school, progs = rng.choice(MH_SCHOOLS)
        sid = f"20{rng.randint(18, 25)}{digits(rng, 4)}"
        email = f"{sid}@cmi.edu" if school.startswith("College") and rng.random() < 0.5 else \
            email_for(rng, first, last, ["gmail.com", "yahoo.com", "outlook.com"])
        amount = rng.choice([1500, 2500, 3000, 4500, 6000, 8500])
        parent = f"{rng.choice(MH_M + MH_F)} {rng.choice([last, rng.choice(MH_S)])}"
        bank = str(rng.randint(0, 9)) + digits(rng, 9)
        bank_out = bank.lstrip("0") if bank.startswith("0") else f"{bank[:2]}-{bank[2:8]}-{bank[8:]}" if rng.random() < 0.4 else bank
        remark = rng.choice([
            "", "", f"Guardian {parent} called re: housing", "Transferred from USP", "Probation - GPA below 2.0",
            f"Sibling {rng.choice(MH_M + MH_F)} also awarded 2023", "Travel grant MAJ-HNL included",
            f"Check picked up by uncle {rng.choice(MH_M)} {rng.choice(MH_S)}", "Bikini/Kili resettlement trust top-up",
        ]) if i else f"Guardian {parent} called re: housing"
        applied = rand_date(rng, D(2024, 3, 1), D(2025, 6, 30))
        term = f"{rng.choice(['Fall', 'Spring'])} {applied.year if applied.month < 7 else applied.year + 1}"
        gpa = f"{rng.uniform(1.8, 4.0):.2f}"
        rows.append([
            f"SGB-{applied.year}-{i + 101:04d}", last, first, mi, sex,
            f"{birth.month:02d}/{birth.day:02d}/{birth.year}", atoll, rng.choice(villages), ss, pp, tel, email,
            school, rng.choice(progs), gpa, f"${amount:,.2f}", term,
            rng.choices(["Disbursed", "On Hold", "Terminated", "Pending"], [60, 12, 8, 20])[0] if i else "Disbursed",
            bank_out, parent, rng.choice(officers), remark, applied.isoformat(),
        ])
    emit("sgb_awards_mh_noheader",
         "Marshall Islands scholarship grant board awards exported without a header row (the first record is read "
         "as the header): Marshallese and Japanese-Marshallese names, US-style birth dates, atoll and village, "
         "social-security and passport numbers, 692 phones, student e-mails, institution, GPA, award, bank account, "
         "guardian, officer login and remarks naming relatives.",
         cols, rows, noheader=True)


# ------------------------------------------------------------------------------------------------
# 17009 Portugal: Business Central customer card export of a municipal water utility
# ------------------------------------------------------------------------------------------------
PT_M = ["Albertino", "Américo", "Adelino", "Belmiro", "Custódio", "Hermínio", "Fernando", "Tiago", "Diogo",
        "José Manuel", "Manuel", "Joaquim", "Abílio", "Serafim", "Oleksandr", "Edmilson"]
PT_F = ["Deolinda", "Ermelinda", "Gracinda", "Laurinda", "Olímpia", "Zulmira", "Rosalina", "Aldina", "Virgínia",
        "Beatriz", "Inês", "Maria", "Maria da Conceição", "Djamila", "Iryna", "Rosa Maria"]
PT_S = ["Silva", "Pereira", "Araújo", "Fernandes", "Gonçalves", "Machado", "Magalhães", "Pimenta", "Vilaça",
        "Quintas", "Sá", "Barbosa", "Antunes", "Lameiras", "Cerqueira", "Meira", "Sampaio", "Faria", "Carvalho",
        "Moreira", "Brito", "Enes", "Malheiro", "Tavares", "Lopes da Cunha"]
PT_LOCAL = [("Ponte de Lima", "4990"), ("Arcozelo", "4990"), ("Refóios do Lima", "4990"), ("Calheiros", "4990"),
            ("Freixo", "4990"), ("Ribeira", "4990"), ("Correlhã", "4990"), ("Vitorino das Donas", "4990")]
PT_STREETS = ["Rua Dr. António José de Almeida", "Avenida António Feijó", "Rua do Souto", "Lugar de Cima",
              "Rua da Igreja", "Travessa do Cruzeiro", "Rua Cardeal Saraiva", "Caminho do Lameiro", "Largo de Camões"]
PT_COMP = [("Construções Vilaça & Filhos, Lda.", "5"), ("Café Central - Unipessoal, Lda.", "5"),
           ("Condomínio do Edifício Sol Nascente", "9"), ("Junta de Freguesia de Arcozelo", "6"),
           ("Associação Recreativa de Calheiros", "5"), ("Quinta do Paço - Turismo Rural, Lda.", "5"),
           ("Adega Cooperativa de Ponte de Lima, CRL", "5"), ("Padaria Limiana, Lda.", "5")]
PT_ABROAD = [("FR", "Paris", "7501", "rue de la Roquette"), ("FR", "Saint-Maur-des-Fossés", "94100", "avenue Foch"),
             ("CH", "Genève", "1203", "Rue de Lyon"), ("LU", "Esch-sur-Alzette", "L-4010", "Rue de l'Alzette")]


def pt_nif(rng: random.Random, first: str) -> str:
    body = first + digits(rng, 8 - len(first))
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    r = s % 11
    return body + ("0" if r < 2 else str(11 - r))


def pt_iban(rng: random.Random) -> str:
    bank = rng.choice(["0035", "0033", "0045", "0018", "0010", "0007"])
    branch = digits(rng, 4)
    acct = digits(rng, 11)
    nib_chk = 98 - int(bank + branch + acct + "00") % 97
    bban = f"{bank}{branch}{acct}{nib_chk:02d}"
    num = int(bban + "252900")  # P=25 T=29
    chk = 98 - num % 97
    return f"PT{chk:02d}{bban}"


def t_pt(seed: int = 17009) -> None:
    rng = random.Random(seed)
    cols = [
        ("No.", False, "customer_id"),
        ("Name", True, "full_name"),
        ("Search Name", True, "full_name"),
        ("Address", True, "street_address"),
        ("Address 2", True, "address_line2"),
        ("Post Code", True, "postal_code"),
        ("City", True, "city"),
        ("County", False, "state_province"),
        ("Country/Region Code", False, "country_alpha2"),
        ("Phone No.", True, "phone"),
        ("Mobile Phone No.", True, "mobile_phone"),
        ("E-Mail", True, "email"),
        ("VAT Registration No.", True, "tax_id"),
        ("Customer Posting Group", False, "category"),
        ("Gen. Bus. Posting Group", False, "category"),
        ("Payment Terms Code", False, "category"),
        ("Payment Method Code", False, "category"),
        ("IBAN", True, "iban"),
        ("SEPA Mandate ID", False, "mandate_reference"),
        ("Nº Contador", True, "meter_serial"),
        ("Tarifa Social", False, "boolean"),
        ("Balance (LCY)", False, "account_balance"),
        ("Blocked", False, "record_status"),
        ("Salesperson Code", True, "staff_code"),
        ("Observações", True, "free_text_with_names"),
        ("Last Date Modified", False, "updated_at"),
    ]
    sp = ["AMF", "JCS", "RBL", "MQE"]
    rows = []
    for i in range(330):
        is_comp = rng.random() < 0.12
        abroad = (not is_comp) and rng.random() < 0.08
        if is_comp:
            name, nif_first = rng.choice(PT_COMP)
            nif = pt_nif(rng, nif_first)
            email = rng.choice(["geral", "contabilidade", "faturacao"]) + "@" + \
                ascii_fold(name.split()[0]).lower() + rng.choice([".pt", "-lda.pt"])
            grp = "AUTARQUIA" if name.startswith("Junta") else rng.choice(["COMERCIAL", "INDUSTRIAL"])
        else:
            sex = rng.choice("MF")
            given = rng.choice(PT_M if sex == "M" else PT_F)
            surs = rng.sample(PT_S, rng.choice([2, 2, 3, 3, 4]))
            name = f"{given} {' '.join(surs)}"
            if rng.random() < 0.05:
                name = f"Herança de {name}"
            nif = pt_nif(rng, rng.choice(["1", "2", "2", "3"]))
            email = email_for(rng, given.split()[0], surs[-1], ["gmail.com", "sapo.pt", "hotmail.com", "live.com.pt"]) \
                if rng.random() < 0.6 else ""
            grp = "DOMESTICO"
        nif_out = ("PT" + nif) if rng.random() < 0.3 else (nif if rng.random() < 0.93 else "")
        loc, cp4 = rng.choice(PT_LOCAL)
        if abroad:
            cc, city, pc, st = rng.choice(PT_ABROAD)
            if cc == "FR" and pc == "7501":
                pc = f"750{rng.randint(10, 20)}"
            addr = f"{rng.randint(1, 140)} {st}" if cc == "FR" else f"{st} {rng.randint(1, 90)}"
            addr2 = f"Instalação: {rng.choice(PT_STREETS)}, {loc}"
            county = ""
        else:
            cc, city = "PT", loc
            cp3 = f"{rng.randint(0, 999):03d}"
            r = rng.random()
            pc = f"{cp4}-{cp3}" if r < 0.75 else (f"{cp4}{cp3}" if r < 0.9 else cp4)
            addr = f"{rng.choice(PT_STREETS)}, {rng.randint(1, 250)}"
            addr2 = rng.choice(["", "", "", f"{rng.randint(1, 5)}º Esq.", f"{rng.randint(1, 5)}º Dto.", "Bloco B",
                                "Casa 3", f"Lugar de {rng.choice(['Cima', 'Baixo', 'Souto', 'Outeiro'])}"])
            county = "Viana do Castelo"
        land = "258" + digits(rng, 6)
        mob = rng.choice(["91", "92", "93", "96"]) + digits(rng, 7)

        def pfmt(n: str) -> str:
            f = rng.randrange(4)
            return [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"00351{n}"][f]

        pay = rng.choices(["DD", "MB", "NUMERARIO", "TRANSF"], [55, 30, 8, 7])[0]
        iban = pt_iban(rng) if pay == "DD" else ""
        if iban and rng.random() < 0.4:
            iban = " ".join(iban[j:j + 4] for j in range(0, len(iban), 4))
        meter = f"{rng.choice(['I', 'S', 'Z'])}{rng.randint(10, 24)}{rng.choice('ABCD')}{digits(rng, 6)}"
        note = rng.choice([
            "", "", "", "", f"Contador no quintal, chave com a vizinha D. {rng.choice(PT_F)}",
            f"Emigrante em França, contactar filho {rng.choice(PT_M)}", "Rotura reparada 03/2025",
            f"Titular falecido; cabeça de casal {rng.choice(PT_F)} {rng.choice(PT_S)}", "Leitura por estimativa",
            "Cão perigoso no logradouro", f"Contrato transferido de {rng.choice(PT_M)} {rng.choice(PT_S)}",
        ]) if not is_comp else rng.choice(["", "Faturação eletrónica", "Contador de obra"])
        mod = rand_date(rng, D(2023, 1, 1), D(2025, 11, 30))
        bal = rng.choice([0, 0, 0]) + round(rng.uniform(-40, 260), 2) if rng.random() < 0.7 else 0.0
        rows.append([
            f"C{i * 7 + 10012:06d}", name, name.upper()[:50], addr, addr2, pc, city, county, cc,
            pfmt(land) if rng.random() < 0.5 else "", pfmt(mob) if rng.random() < 0.8 else "", email, nif_out,
            grp, "NACIONAL" if cc == "PT" else "UE", rng.choice(["30D", "15D", "0D"]), pay, iban,
            f"SMAS-DD-{i + 500:06d}" if iban else "", meter, rng.choice(["Não", "Não", "Não", "Sim"]) if grp == "DOMESTICO" else "Não",
            f"{bal:.2f}".replace(".", ","), rng.choices(["", "Invoice", "All"], [90, 6, 4])[0],
            rng.choice(sp), note, dmy(mod),
        ])
    emit("bc_customers_pt",
         "Portuguese (Minho) municipal water utility's Microsoft Dynamics 365 Business Central customer card export: "
         "households with long Portuguese names, emigrants in France/Switzerland/Luxembourg, estates (Herança de …) "
         "and companies/condominiums in the same columns; NIF (mod 11, some with PT prefix), PT IBAN (mod 97 and NIB "
         "key), CP4-CP3 postcodes in three forms, 258/9x phones, meter serials, salesperson codes and notes naming "
         "neighbours and heirs.",
         cols, rows)


# ------------------------------------------------------------------------------------------------
# 17010 New Caledonia: pharmacy dispensing/payment export, 8-character French codes
# ------------------------------------------------------------------------------------------------
NC_M = ["Jean-Marie", "Wassissi", "Boniface", "Kaloni", "Petelo", "Sione", "Hnalaine", "Gaston", "Teva", "Raphaël",
        "Soane", "Wakaine", "Thanh", "Sukarno", "Léopold", "Bwéé"]
NC_F = ["Marie-Claude", "Noëlla", "Hélène", "Silivia", "Malia", "Eugénie", "Hmaloko", "Séverine", "Vaimiti",
        "Lolesio", "Tuliana", "Aloïsia", "Ngoc Anh", "Siti", "Kathleen"]
NC_S = ["Wamytan", "Naisseline", "Wéa", "Gorodey", "Poigoune", "Wapotro", "Kasarhérou", "Goa", "Ukeiwé",
        "Wahetra", "Hnawia", "Wakié", "Hmaé", "Wejieme", "Boewa", "Pidjot", "Kaloï", "Saihu", "Xowie", "Trolue",
        "Tuifua", "Lauhea", "Takasi", "Mulikihaamea", "Tauvale", "Falelavaki", "Lafleur", "Rolland", "Guépy",
        "Nguyen", "Sarimin", "Soeprapto", "Teriierooiterai", "Tokotoko"]
NC_PLACES = [("Sud", "Nouméa", ""), ("Sud", "Dumbéa", ""), ("Sud", "Mont-Dore", ""), ("Sud", "Païta", ""),
             ("Sud", "Yaté", "Tribu de Goro"), ("Sud", "Île des Pins", "Tribu de Vao"),
             ("Sud", "Mont-Dore", "Tribu de Saint-Louis"), ("Nord", "Koné", "Tribu de Néami"),
             ("Nord", "Hienghène", "Tribu de Tiendanite"), ("Nord", "Poindimié", "Tribu de Wagap"),
             ("Nord", "Canala", "Tribu de Gélima"), ("Îles Loyauté", "Lifou", "Tribu de Hnathalo"),
             ("Îles Loyauté", "Maré", "Tribu de Tadine"), ("Îles Loyauté", "Ouvéa", "Tribu de Gossanah")]
NC_DRUGS = [("Doliprane 1000 mg cp", 3400930000134, 480), ("Amoxicilline 1 g", 3400930001001, 1250),
            ("Metformine 850 mg", 3400930002176, 920), ("Ventoline 100 µg", 3400930003012, 2380),
            ("Kardegic 75 mg", 3400930004521, 610), ("Smecta sachets", 3400930005887, 1540),
            ("Amlodipine 5 mg", 3400930006914, 1180), ("Coartem 20/120", 3400930007553, 4250)]


def t_nc(seed: int = 17010) -> None:
    rng = random.Random(seed)
    cols = [
        ("IDFACT", False, "invoice_number"),
        ("DTFACT", False, "date"),
        ("DTDELIV", True, "dispensing_date_hipaa_date"),
        ("NOMPAT", True, "last_name"),
        ("PRENPAT", True, "first_name"),
        ("DTNAIS", True, "date_of_birth"),
        ("SEXE", False, "gender"),
        ("NUMCAFAT", True, "health_insurance_member_number"),
        ("MUTUELLE", False, "company_name"),
        ("NUMAMG", True, "health_insurance_member_number"),
        ("TRIBU", True, "village_of_residence"),
        ("COMMUNE", True, "city"),
        ("PROVINCE", False, "state_province"),
        ("TELPAT", True, "phone"),
        ("PRESCR", True, "full_name"),
        ("NUMPRESCR", True, "physician_license_number"),
        ("CIP13", False, "ean"),
        ("LIBPROD", False, "product_name"),
        ("QTE", False, "count"),
        ("MTTTC", False, "amount"),
        ("PARTCAFAT", False, "amount"),
        ("PARTPAT", False, "amount"),
        ("MODREG", False, "category"),
        ("NUMCB", True, "credit_card_masked"),
        ("NUMCHQ", False, "cheque_number"),
        ("OPER", True, "username"),
        ("OBS", True, "free_text_with_names"),
    ]
    presc = []
    for _ in range(18):
        s = rng.choice(NC_S)
        presc.append((f"Dr {s.upper()} {rng.choice(NC_M + NC_F)[0]}.", f"{rng.randint(0, 9)}{digits(rng, 5)}"))
    opers = ["ph.lafleur", "prep02", "m.wahetra", "ph.titulaire"]
    pats = []
    for _ in range(200):
        sex = rng.choice("MF")
        birth = rand_date(rng, D(1940, 1, 1), D(2023, 12, 31))
        prov, com, tribu = rng.choice(NC_PLACES)
        cafat = f"{rng.randint(0, 9)}{digits(rng, 6)}"
        amg = f"AMG-{'S' if prov == 'Sud' else ('N' if prov == 'Nord' else 'I')}-{digits(rng, 6)}" if rng.random() < 0.3 else ""
        ph = rng.choice(["7", "8", "9", "2", "4"]) + digits(rng, 5)
        pats.append((sex, rng.choice(NC_M if sex == "M" else NC_F), rng.choice(NC_S), birth, prov, com, tribu,
                     cafat, amg, ph))
    rows = []
    for i in range(350):
        sex, first, sur, birth, prov, com, tribu, cafat, amg, ph = rng.choice(pats)
        deliv = rand_date(rng, D(2025, 1, 2), D(2025, 10, 31))
        fact = deliv + dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 30]))
        drug, cip, price = rng.choice(NC_DRUGS)
        cip_s = str(cip)[:12]
        cip_full = cip_s + ean13_check(cip_s)
        q = rng.randint(1, 3)
        tot = price * q
        rate = 100 if amg else rng.choice([0, 65, 100])
        part_c = tot * rate // 100
        part_p = tot - part_c
        mode = "TP" if part_p == 0 else rng.choice(["CB", "CB", "ESP", "CHQ"])
        pan = ""
        if mode == "CB":
            pan = rng.choice(["497010", "513276", "455672", "402400"]) + "XXXXXX" + digits(rng, 4)
        chq = digits(rng, 7) if mode == "CHQ" else ""
        cafat_out = cafat.lstrip("0") if cafat.startswith("0") and rng.random() < 0.6 else cafat
        f = rng.randrange(4)
        tel = [f"{ph[:2]}.{ph[2:4]}.{ph[4:]}", ph, f"+687 {ph[:2]} {ph[2:4]} {ph[4:]}", f"(687) {ph}"][f]
        pr = rng.choice(presc)
        obs = rng.choice(["", "", "", f"Récupéré par sa fille {rng.choice(NC_F)}", "Tiers payant AMG",
                          f"Ordonnance renouvelable, Dr {rng.choice(NC_S)} prévenu", "Livraison tribu par le car du mardi",
                          f"Remis à {rng.choice(NC_M)} {sur} (neveu)", "Produit en rupture, commandé"])
        rows.append([
            f"F25-{i * 11 + 3001:06d}", fact.strftime("%Y%m%d"), deliv.strftime("%Y%m%d"),
            sur.upper() if rng.random() < 0.7 else sur, first, birth.strftime("%Y%m%d"), "1" if sex == "M" else "2",
            cafat_out, rng.choice(["", "MDF", "Mutuelle du Commerce", "MGEN-NC", "Mutuelle des Patentés"]), amg,
            tribu, com, prov, tel, pr[0], pr[1], cip_full, drug, q, fmt_thousands(tot, " "), part_c, part_p, mode,
            pan, chq, rng.choice(opers), obs,
        ])
    emit("tpe_pharmacie_nc",
         "New Caledonian pharmacy dispensing and payment export with 8-character French codes: Kanak (Grande Terre "
         "and Loyalty Islands), Wallisian, Caldoche, Tahitian, Vietnamese and Javanese-Caledonian patients, CAFAT "
         "number (leading zero partly lost), AMG card, tribu, commune, 6-digit phones, prescribers, CIP13 drug codes, "
         "XPF amounts, dispensing date (care) next to invoice date in the same YYYYMMDD format, masked card numbers.",
         cols, rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    t_fi()
    t_ml()
    t_sl()
    t_bz()
    t_km()
    t_gq()
    t_kl()
    t_mh()
    t_pt()
    t_nc()


if __name__ == "__main__":
    main()
