# ruff: noqa
"""Blind PII golden set, session 9 (gen_pii_blind11): ten tables, standard library only, deterministic.

Run: /work/main/.venv/bin/python tools/golden/gen_pii_blind11.py   (writes assets_config/golden_pii/blind/<table>.csv + .labels.yaml)
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
All values are synthetic. Checksummed ids (EMBG mod 11, CR IBAN mod 97, ISO 6346 container check digit,
card numbers with Luhn) pass their checksums but are random and fictitious.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import golden_common as gc  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"


def write_table(name: str, description: str, spec: list[tuple[str, bool, str]], rows: list[list]) -> None:
    header = [h for h, _, _ in spec]
    assert len(set(header)) == len(header), name
    for r in rows:
        assert len(r) == len(header), (name, len(r), len(header))
    gc.write_csv(OUT / f"{name}.csv", header, rows)
    lines = [f"table: {gc.yq(name)}", f"description: {gc.yq(description)}", "columns:"]
    for h, pii, kind in spec:
        lines.append(f"  {gc.yq(h)}:")
        lines.append(f"    pii: {'true' if pii else 'false'}")
        lines.append(f"    kind: {gc.yq(kind)}")
    (OUT / f"{name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def maybe(rng: random.Random, p: float, v, other=""):
    return v if rng.random() < p else other


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def sci(num: str, rng: random.Random) -> str:
    """Spreadsheet scientific notation for a long digit string (always)."""
    mant = f"{num[0]}.{num[1:6]}".rstrip("0").rstrip(".")
    return f"{mant}{pick(rng, ['E+', 'E+', 'e+'])}{len(num) - 1}"


# =============================================================================================
# 1. koha_borrowers_tl: Timor-Leste university library patrons (Koha `borrowers` table)
# =============================================================================================
TL_M = ["Agostinho", "Joaquim", "Mateus", "Domingos", "Januário", "Zeferino", "Abílio", "Hermenegildo", "Jacinto",
        "Armindo", "Nélio", "Olandino", "Feliciano", "Longuinhos", "Aniceto", "Cornélio", "Gaspar", "Florindo",
        "Venâncio", "Marçal", "Adérito", "Lino", "Quintiliano", "Ilídio"]
TL_F = ["Maria", "Fátima", "Ermelinda", "Joana", "Filomena", "Natércia", "Zulmira", "Deolinda", "Esmeralda", "Olímpia",
        "Juvita", "Merícia", "Bendita", "Ivónia", "Lurdes", "Albertina", "Rosalina", "Jacinta", "Angelina", "Cidália",
        "Terezinha", "Virgínia", "Brígida", "Aurélia"]
TL_S = ["da Costa", "Soares", "Ximenes", "Guterres", "Pereira", "Belo", "Amaral", "Sarmento", "dos Santos", "Fernandes",
        "da Silva", "Lobato", "Tilman", "Nahak", "Bere", "Loi", "Mau", "Lelo", "Taek", "Sila", "Leto", "Tahu", "Leki",
        "Kalau", "Lay", "Ho", "Alkatiri", "Martins", "Freitas", "Gonçalves", "Cabral", "do Rosário", "Ribeiro",
        "Mendonça", "Correia", "da Cruz", "Barreto", "Araújo", "Hornay", "Boavida", "Seixas", "Noronha"]
TL_NICK = ["Mau Lear", "Buka Lafaek", "Kili Mau", "Lakon Bere", "Ama Bere", "Mali Rai", "Mau Kiak", "Rai Los",
           "Bui Kiak", "Loro Sae", "Mau Hodu Ran", "Kakae", "Mau Meta", "Bui Mali", "Lafaek Ki'ik", "Asuwain"]
TL_PLACE = [  # (city / posto, município, sucos/aldeias)
    ("Dili", "Díli", ["Bairro Pite", "Becora", "Comoro", "Balide", "Lahane Oriental", "Bidau Santana", "Fatuhada",
                      "Kuluhun", "Audian", "Hera", "Tibar", "Manleuana", "Kampung Alor", "Vila Verde"]),
    ("Baucau", "Baucau", ["Bahu", "Buruma", "Caibada", "Tirilolo", "Samalari"]),
    ("Maliana", "Bobonaro", ["Holsa", "Ritabou", "Odomau", "Lahomea"]),
    ("Gleno", "Ermera", ["Mertutu", "Estado", "Talimoro"]),
    ("Same", "Manufahi", ["Letefoho", "Babulu", "Holarua"]),
    ("Suai", "Covalima", ["Debos", "Camenaça", "Suai Loro"]),
    ("Lospalos", "Lautém", ["Fuiloro", "Home", "Souro"]),
    ("Aileu", "Aileu", ["Seloi Malere", "Lahae", "Fahiria"]),
    ("Pante Macassar", "Oé-Cusse Ambeno", ["Costa", "Lalisuk", "Taiboco", "Nipane"]),
    ("Viqueque", "Viqueque", ["Caraubalo", "Uma Quic", "Luca"]),
]
TL_STREETS = ["Rua de Balide", "Avenida Nicolau Lobato", "Rua Jacinto Cândido", "Avenida Presidente Kennedy",
              "Rua Quinze de Outubro", "Estrada de Bidau", "Rua de Colmera", "Rua Martires da Pátria", "Rua Beto Timur",
              "Aldeia Becusi Centro", "Aldeia Moris Foun", "Aldeia Ai-Mutin", "Aldeia 12 de Novembro", "Rua Dom Boaventura"]


def t_koha(rng: random.Random):
    spec = [
        ("borrowernumber", False, "record_id"),
        ("cardnumber", False, "library_card_number_surrogate"),
        ("surname", True, "last_name"),
        ("firstname", True, "first_name"),
        ("othernames", True, "nickname"),
        ("title", False, "salutation"),
        ("dateofbirth", True, "date_of_birth"),
        ("sex", False, "gender"),
        ("streetnumber", True, "house_number"),
        ("address", True, "street"),
        ("address2", True, "suco_aldeia_of_residence"),
        ("city", True, "city"),
        ("state", False, "municipality_coarse"),
        ("country", False, "country_name"),
        ("email", True, "email"),
        ("phone", True, "mobile_phone"),
        ("smsalertnumber", True, "mobile_phone"),
        ("branchcode", False, "library_branch_code"),
        ("categorycode", False, "patron_category"),
        ("dateenrolled", False, "business_date"),
        ("dateexpiry", False, "business_date"),
        ("userid", True, "username"),
        ("password", True, "password_hash"),
        ("sort1", False, "faculty_code"),
        ("sort2", True, "national_id"),
        ("altcontactsurname", True, "last_name"),
        ("altcontactfirstname", True, "first_name"),
        ("altcontactphone", True, "phone"),
        ("borrowernotes", True, "free_text_with_names"),
        ("lastseen", False, "timestamp"),
    ]
    rows = []
    faculties = ["FEG", "FCS", "FDIR", "FMCS", "FAG", "FEAH", "FE", "FCSP"]
    used_cards = set()
    for i in range(268):
        sex = pick(rng, "MF")
        first = pick(rng, TL_M if sex == "M" else TL_F)
        if rng.random() < 0.35:
            first = first + " " + pick(rng, TL_M if sex == "M" else TL_F)
        last = pick(rng, TL_S)
        if rng.random() < 0.3:
            other_s = pick(rng, TL_S)
            if other_s != last:
                last = other_s + " " + last
        r = rng.random()
        cat = "EST" if r < 0.7 else ("DOC" if r < 0.8 else ("FUNC" if r < 0.9 else "EXT"))
        if cat == "EST":
            birth = gc.rand_date(rng, dt.date(1995, 1, 1), dt.date(2006, 12, 31))
        else:
            birth = gc.rand_date(rng, dt.date(1958, 1, 1), dt.date(1992, 12, 31))
        city, muni, sucos = pick(rng, TL_PLACE)
        enrolled = gc.rand_date(rng, dt.date(2016, 2, 1), dt.date(2025, 9, 30))
        while True:
            card = f"UNTL{enrolled.year}{rng.randint(1, 99999):05d}"
            if card not in used_cards:
                used_cards.add(card)
                break
        fa = gc.ascii_fold(first.split()[0]).lower()
        la = gc.ascii_fold(last.split()[-1]).lower().replace("'", "")
        if cat == "EST":
            userid = pick(rng, [f"{la}.{fa}", f"{fa}{la}{rng.randint(1, 99)}", card[4:]])
        else:
            userid = f"{fa[0]}{la}"
        mob = pick(rng, ["77", "78", "76", "73", "75"]) + gc.digits(rng, 6)
        phone = pick(rng, [mob, f"+670 {mob[:4]} {mob[4:]}", f"670{mob}", f"{mob[:4]} {mob[4:]}", mob])
        email = ""
        if rng.random() < 0.8:
            dom = "untl.edu.tl" if cat != "EXT" and rng.random() < 0.5 else pick(rng, ["gmail.com", "yahoo.com",
                                                                                      "hotmail.com", "gov.tl"])
            email = gc.email_for(rng, first.split()[0], last.split()[-1], [dom])
        alt_sex = pick(rng, "MF")
        alt_first = pick(rng, TL_M if alt_sex == "M" else TL_F)
        alt_last = pick(rng, [last.split()[-1], pick(rng, TL_S)])
        alt_ph = pick(rng, ["77", "78", "73"]) + gc.digits(rng, 6)
        has_alt = cat in ("EST", "EXT") and rng.random() < 0.75
        notes_pool = [
            "",
            "",
            "",
            f"Kartaun lakon, troka ho kartaun foun. Hatoo husi ninia maun {pick(rng, TL_M)}.",
            f"Garante: Dr. {pick(rng, TL_F)} {pick(rng, TL_S)} (FCS)",
            f"Livru 'Istória Timor' la fó fila; telefone ba inan {alt_first} {alt_last} iha {alt_ph}.",
            "Multa $2.50 selu ona.",
            f"Estudante bolseiru. Orientador: Prof. {pick(rng, TL_M)} {pick(rng, TL_S)}.",
            "Bloqueado ate devolver 3 livros em atraso.",
            f"Requested inter-library loan via {pick(rng, TL_F)} {pick(rng, TL_S)}, UNTL Hera.",
            "Kartaun sai naok, relata ba polísia.",
        ]
        rows.append([
            1000 + i * 3 + rng.randint(0, 2),
            card,
            last.upper() if rng.random() < 0.15 else last,
            first,
            maybe(rng, 0.22, pick(rng, TL_NICK)),
            pick(rng, {"M": ["Sr.", "Sr.", "Maun", ""], "F": ["Sra.", "Mana", "", "Sra."]}[sex]) if cat != "DOC"
            else pick(rng, ["Dr.", "Prof.", "Lic."]),
            birth.isoformat(),
            sex,
            maybe(rng, 0.45, pick(rng, [str(rng.randint(1, 240)), f"Uma {rng.randint(1, 90)}", f"No. {rng.randint(1, 60)}"])),
            pick(rng, TL_STREETS) if city == "Dili" else f"Aldeia {pick(rng, ['Lia Nain', 'Bua Laran', 'Fatu', 'Rai Mean', 'Sare', 'Loe Lubo'])}",
            pick(rng, sucos),
            city,
            muni,
            "Timor-Leste",
            email,
            phone,
            maybe(rng, 0.6, mob),
            pick(rng, ["UNTL-CAP", "UNTL-CAP", "UNTL-HERA", "UNTL-LIB", "UNTL-FMCS"]),
            cat,
            enrolled.isoformat(),
            (enrolled + dt.timedelta(days=pick(rng, [365, 730, 1460]))).isoformat(),
            userid,
            gc.bcrypt_hash(rng).replace("$2b$", "$2a$").replace("$2a$10$", "$2a$08$").replace("$2a$12$", "$2a$08$"),
            pick(rng, faculties) if cat in ("EST", "DOC") else "",
            maybe(rng, 0.7, f"{rng.randint(1, 13):02d}{rng.randint(1, 99):02d}{birth.year % 100:02d}{gc.digits(rng, 5)}"),
            alt_last if has_alt else "",
            alt_first if has_alt else "",
            (pick(rng, [alt_ph, f"+670 {alt_ph}"]) if has_alt else ""),
            pick(rng, notes_pool),
            gc.rand_date(rng, dt.date(2024, 1, 1), dt.date(2025, 11, 30)).isoformat() + " 00:00:00",
        ])
    return spec, rows


# =============================================================================================
# 2. dhis2_tei_anc_mw: Malawi DHIS2 tracker, antenatal / PMTCT programme (attribute UIDs as headers)
# =============================================================================================
MW_F = ["Chikondi", "Chisomo", "Tiyamike", "Thokozani", "Mphatso", "Madalitso", "Yamikani", "Chimwemwe", "Tadala",
        "Tawonga", "Wezi", "Temwa", "Luntha", "Vitumbiko", "Dalitso", "Alinafe", "Takondwa", "Mwayi", "Esnart",
        "Ethel", "Loveness", "Memory", "Patience", "Grace", "Agnes", "Eunice", "Fanny", "Tionge", "Asiyatu",
        "Zainabu", "Mwanaisha", "Fatima", "Chifundo", "Ndaziona", "Dyna", "Tamanda", "Lusungu", "Khumbo"]
MW_M = ["Kondwani", "Mphatso", "Blessings", "Chikondi", "Yohane", "Limbani", "Gift", "Innocent", "Mavuto", "Chimwemwe",
        "Kumbukani", "Mayeso", "Pilirani", "Yusuf", "Twaibu", "Stambuli", "Mcdonald", "Lyton", "Wongani", "Mtisunge"]
MW_S = ["Banda", "Phiri", "Mwale", "Chirwa", "Nyirenda", "Kumwenda", "Mhango", "Gondwe", "Msiska", "Chavula",
        "Kamanga", "Mkandawire", "Kachingwe", "Nkhoma", "Chimombo", "Jere", "Mbewe", "Chiumia", "Munthali", "Mussa",
        "Bakali", "Likupe", "Makawa", "Nanthambwe", "Chilemba", "Mtambo", "Chisale", "Kalua", "Ng'ambi", "Msukwa",
        "Nankhumwa", "Chiwaya", "Salanje", "Kapalamula", "Namagonya", "Chinkhuntha"]
MW_FAC = [("Chileka Health Centre", "T/A Kapeni", ["Chileka", "Mpemba", "Kachere", "Namatapa"]),
          ("Area 25 Health Centre", "T/A Chitukula", ["Area 25A", "Area 25B", "Mgona", "Kauma"]),
          ("Mzuzu Health Centre", "T/A Mtwalo", ["Chibavi", "Katoto", "Luwinga", "Zolozolo"]),
          ("Mangochi District Hospital", "T/A Chimwala", ["Mtalimanja", "Masongola", "Chiponde", "Nkope"]),
          ("Thyolo District Hospital", "T/A Nchilamwela", ["Goliati", "Thekerani", "Makwasa"]),
          ("Nkhata Bay District Hospital", "T/A Timbiri", ["Chintheche", "Kande", "Mzenga"]),
          ("Chiradzulu District Hospital", "T/A Mpama", ["Mbulumbuzi", "Namitambo", "Milepa"])]


def dhis_uid(rng: random.Random) -> str:
    return pick(rng, string.ascii_letters) + gc.token(rng, 10)


def t_dhis2(rng: random.Random):
    uids = [dhis_uid(rng) for _ in range(14)]
    spec = [
        ("trackedEntityInstance", False, "record_id"),
        ("orgUnit", False, "org_unit_uid"),
        ("orgUnitName", False, "health_facility"),
        ("created", False, "created_at"),
        ("lastUpdated", False, "updated_at"),
        ("inactive", False, "boolean"),
        (uids[0], True, "first_name"),
        (uids[1], True, "last_name"),
        (uids[2], True, "date_of_birth"),
        (uids[3], True, "national_id"),
        (uids[4], True, "mobile_phone"),
        (uids[5], True, "village_of_residence"),
        (uids[6], True, "traditional_authority_of_residence"),
        (uids[7], True, "medical_record_number"),
        (uids[8], True, "lmp_date_hipaa_date"),
        (uids[9], False, "count"),
        (uids[10], True, "full_name"),
        (uids[11], True, "phone"),
        (uids[12], False, "hiv_status"),
        (uids[13], False, "health_facility"),
        ("enrollmentDate", True, "enrolment_date_hipaa_date"),
        ("geometry", True, "household_coordinates"),
        ("storedBy", True, "username"),
    ]
    clerks = ["chileka_hmis", "tbanda", "d.mhango", "mangochi.dc", "admin", "kmsiska", "hmis_thyolo", "chiwaya.l"]
    fac_uids = {f[0]: dhis_uid(rng) for f in MW_FAC}
    rows = []
    for _ in range(312):
        fac, ta, villages = pick(rng, MW_FAC)
        birth = gc.rand_date(rng, dt.date(1983, 1, 1), dt.date(2009, 6, 30))
        enrol = gc.rand_date(rng, dt.date(2023, 1, 1), dt.date(2025, 10, 31))
        lmp = enrol - dt.timedelta(days=rng.randint(40, 200))
        created = dt.datetime.combine(enrol + dt.timedelta(days=rng.choice([0, 0, 1, 3, 7, 14, 30])),
                                      dt.time(rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59)))
        upd = created + dt.timedelta(days=rng.randint(0, 200), seconds=rng.randint(0, 80000))
        mob = pick(rng, ["99", "98", "88", "89", "99"]) + gc.digits(rng, 7)
        phone = pick(rng, [mob, mob, "0" + mob, "265" + mob, "+265 " + mob[:3] + " " + mob[3:6] + " " + mob[6:]])
        nid = "".join(pick(rng, string.ascii_uppercase + string.digits) for _ in range(8))
        spouse_first = pick(rng, MW_M)
        spouse_last = pick(rng, MW_S)
        sp_mob = pick(rng, ["99", "88", "98"]) + gc.digits(rng, 7)
        has_gps = rng.random() < 0.55
        lat = -rng.uniform(9.9, 16.9)
        lon = rng.uniform(33.0, 35.8)
        fac_code = {"Chileka Health Centre": "CHK", "Area 25 Health Centre": "A25", "Mzuzu Health Centre": "MZC",
                    "Mangochi District Hospital": "MGH", "Thyolo District Hospital": "THY",
                    "Nkhata Bay District Hospital": "NKB", "Chiradzulu District Hospital": "CZD"}[fac]
        rows.append([
            dhis_uid(rng),
            fac_uids[fac],
            fac,
            created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}",
            upd.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}",
            pick(rng, ["false"] * 9 + ["true"]),
            pick(rng, MW_F).upper() if rng.random() < 0.2 else pick(rng, MW_F),
            pick(rng, MW_S),
            birth.isoformat() if rng.random() < 0.85 else f"{birth.year}-01-01",
            maybe(rng, 0.72, nid),
            maybe(rng, 0.88, phone),
            pick(rng, villages),
            ta,
            maybe(rng, 0.35, f"{fac_code}-ART-{rng.randint(1, 4800)}"),
            lmp.isoformat(),
            str(rng.randint(1, 7)),
            maybe(rng, 0.8, f"{spouse_first} {spouse_last}"),
            maybe(rng, 0.6, pick(rng, [sp_mob, "0" + sp_mob, "265" + sp_mob])),
            pick(rng, ["Negative", "Negative", "Negative", "Positive", "Unknown", "Exposed Infant"]),
            pick(rng, [f[0] for f in MW_FAC]) if rng.random() < 0.2 else fac,
            enrol.isoformat() + "T00:00:00.000",
            f'{{"type":"Point","coordinates":[{lon:.6f},{lat:.6f}]}}' if has_gps else "",
            pick(rng, clerks),
        ])
    return spec, rows


# =============================================================================================
# 3. paypal_activity_fo: Faroese knitwear shop, PayPal "Activity download" CSV (mostly business data)
# =============================================================================================
FO_M = ["Rógvi", "Jógvan", "Sjúrður", "Heðin", "Bárður", "Eyðun", "Tróndur", "Sámal", "Hanus", "Áki", "Símun",
        "Kristian", "Brandur", "Høgni", "Sverri"]
FO_F = ["Turið", "Guðrun", "Sigrid", "Rannvá", "Bjørg", "Ása", "Marjun", "Elin", "Súsanna", "Hjørdis", "Randi",
        "Ragnhild", "Tóra", "Jákupina"]
FO_S = ["Joensen", "Hansen", "Poulsen", "Dam", "í Líð", "á Fløtum", "Midjord", "Olsen", "Jacobsen", "Petersen",
        "Niclasen", "Mikkelsen", "við Á", "Højgaard", "Dalsgaard", "Thomsen", "Lamhauge", "Zachariasen"]
JP_M = ["Haruto", "Sota", "Kenta", "Daisuke", "Takumi", "Yusuke"]
JP_F = ["Yui", "Aoi", "Misaki", "Haruka", "Sakura", "Nanami", "Chihiro"]
JP_S = ["Sato", "Suzuki", "Takahashi", "Watanabe", "Kobayashi", "Hasegawa", "Ishikawa", "Nakagawa"]
NO_M = ["Ola", "Håkon", "Sindre", "Torbjørn", "Eivind"]
NO_F = ["Ingrid", "Solveig", "Kari", "Ragnhild", "Tuva"]
NO_S = ["Hansen", "Johansen", "Olsen", "Haugen", "Bakke", "Solberg", "Fjeldstad"]
PP_ADDR = {
    "FO": ([("FO-100", "Tórshavn"), ("FO-700", "Klaksvík"), ("FO 410", "Kollafjørður"), ("FO-510", "Gøta"),
            ("FO-800", "Tvøroyri"), ("FO-360", "Sandavágur")],
           ["Tróndargøta", "Dalavegur", "Niels Finsens gøta", "Bakkavegur", "Í Gerðunum", "Heiðavegur", "Kongabrúgvin"]),
    "DK": ([("2200", "København N"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")],
           ["Nørrebrogade", "Jægergårdsgade", "Vesterbro", "Kongensgade"]),
    "NO": ([("0562", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("9008", "Tromsø")],
           ["Thorvald Meyers gate", "Kong Oscars gate", "Storgata", "Møllendalsveien"]),
    "DE": ([("20357", "Hamburg"), ("80469", "München"), ("50667", "Köln"), ("01097", "Dresden")],
           ["Schanzenstraße", "Baaderstraße", "Ehrenstraße", "Königsbrücker Str."]),
    "US": ([("97214", "Portland"), ("02139", "Cambridge"), ("55408", "Minneapolis"), ("04101", "Portland")],
           ["SE Hawthorne Blvd", "Massachusetts Ave", "Lyndale Ave S", "Congress St"]),
    "JP": ([("150-0001", "Shibuya-ku"), ("604-8005", "Kyoto-shi Nakagyo-ku"), ("060-0061", "Sapporo-shi Chuo-ku")],
           ["Jingumae 4-12-", "Sanjo-dori Kawaramachi ", "Minami 1-jo Nishi "]),
    "GB": ([("EH6 6QU", "Edinburgh"), ("ZE1 0AA", "Lerwick"), ("BS3 1QA", "Bristol")],
           ["Leith Walk", "Commercial Street", "North Street"]),
}
PP_ITEMS = [("Føroysk troyggja, navy, M", "FT-NAV-M", 1450.0), ("Føroysk troyggja, grey, L", "FT-GRY-L", 1450.0),
            ("Lopi cardigan undyed, S", "LC-UND-S", 1890.0), ("Knitting kit Sjúrður hat", "KK-HAT-01", 395.0),
            ("Wool yarn 100% Faroese, 10 skeins", "YRN-10", 480.0), ("Mittens pattern booklet (PDF)", "PDF-MIT", 85.0),
            ("Sheepskin rug, natural", "SHP-RUG", 1150.0), ("Beanie 'Mykines'", "BN-MYK", 260.0)]


def t_paypal(rng: random.Random):
    spec = [
        ("Date", False, "date"), ("Time", False, "time"), ("TimeZone", False, "timezone"),
        ("Name", True, "full_name"), ("Type", False, "transaction_type"), ("Status", False, "status"),
        ("Currency", False, "currency_code"), ("Gross", False, "amount"), ("Fee", False, "amount"),
        ("Net", False, "amount"), ("From Email Address", True, "email"), ("To Email Address", True, "email"),
        ("Transaction ID", False, "transaction_id"), ("Shipping Address", True, "full_address"),
        ("Address Status", False, "status"), ("Item Title", False, "product_name"), ("Item ID", False, "sku"),
        ("Shipping and Handling Amount", False, "amount"), ("Invoice Number", False, "invoice_number"),
        ("Reference Txn ID", False, "transaction_id"), ("Quantity", False, "count"), ("Receipt ID", False, "receipt_id"),
        ("Balance", False, "account_balance"), ("Address Line 1", True, "street_address"),
        ("Address Line 2/District/Neighborhood", True, "address_line2"), ("Town/City", True, "city"),
        ("State/Province/Region/County/Territory/Prefecture/Republic", False, "state_province"),
        ("Zip/Postal Code", True, "postal_code"), ("Country", False, "country_name"),
        ("Contact Phone Number", True, "phone"), ("Note", True, "free_text_with_names"),
        ("Country Code", False, "country_alpha2"), ("Balance Impact", False, "enum"),
    ]
    country_names = {"FO": "Faroe Islands", "DK": "Denmark", "NO": "Norway", "DE": "Germany", "US": "United States",
                     "JP": "Japan", "GB": "United Kingdom"}
    cur = {"FO": "DKK", "DK": "DKK", "NO": "NOK", "DE": "EUR", "US": "USD", "JP": "JPY", "GB": "GBP"}
    rate = {"DKK": 1.0, "NOK": 1.55, "EUR": 0.134, "USD": 0.145, "JPY": 21.9, "GBP": 0.115}
    shop = "sola@tvorsbuðin-knit.fo".replace("ð", "d")
    ts = dt.datetime(2025, 1, 2, 8, 0, 0)
    balance = 18250.40
    rows = []
    sales = []
    inv = 5120
    while len(rows) < 346:
        ts += dt.timedelta(minutes=rng.randint(20, 900))
        r = rng.random()
        if r < 0.08 and sales:
            # refund of an earlier sale (buyer is the receiver)
            s = pick(rng, sales)
            gross = -s["gross"]
            fee = 0.0
            net = gross
            txid = gc.token(rng, 17, string.ascii_uppercase + string.digits)
            balance = round(balance + net, 2)
            rows.append([ts.strftime("%d/%m/%Y"), ts.strftime("%H:%M:%S"), "Atlantic/Faroe", s["name"],
                         "Payment Refund", "Completed", "DKK", f"{gross:.2f}", f"{fee:.2f}", f"{net:.2f}", shop,
                         s["email"], txid, "", "", s["item"], s["sku"], "0.00", s["inv"], s["txid"], "1", "",
                         f"{balance:.2f}", "", "", "", "", "", "", "",
                         pick(rng, ["Returned - wrong size", "Refund: parcel lost in transit", ""]), "", "Debit"])
            continue
        if r < 0.12:
            amt = round(rng.uniform(2000, 15000), 2)
            balance = round(balance - amt, 2)
            rows.append([ts.strftime("%d/%m/%Y"), ts.strftime("%H:%M:%S"), "Atlantic/Faroe", "",
                         "General Withdrawal", "Completed", "DKK", f"{-amt:.2f}", "0.00", f"{-amt:.2f}", shop, "",
                         gc.token(rng, 17, string.ascii_uppercase + string.digits), "", "", "", "", "0.00", "", "", "0",
                         "", f"{balance:.2f}", "", "", "", "", "", "", "", "Withdrawal to Betri Banki", "", "Debit"])
            continue
        cc = pick(rng, ["FO", "FO", "DK", "DK", "NO", "DE", "US", "US", "JP", "GB"])
        if cc == "FO":
            sex = pick(rng, "MF")
            first, last = pick(rng, FO_M if sex == "M" else FO_F), pick(rng, FO_S)
        elif cc == "JP":
            sex = pick(rng, "MF")
            first, last = pick(rng, JP_M if sex == "M" else JP_F), pick(rng, JP_S)
        elif cc == "NO":
            sex = pick(rng, "MF")
            first, last = pick(rng, NO_M if sex == "M" else NO_F), pick(rng, NO_S)
        else:
            loc = {"DK": "sv_SE", "DE": "de_DE", "US": "en_US", "GB": "en_GB"}[cc]
            p = gc.person(rng, loc)
            first, last = p["first"], p["last"]
            if cc == "DK":
                first, last = pick(rng, ["Mette", "Søren", "Anders", "Line", "Mikkel", "Freja"]), pick(
                    rng, ["Nielsen", "Jensen", "Kristensen", "Rasmussen", "Skovgaard", "Bech"])
        name = f"{first} {last}"
        email = gc.email_for(rng, first, last, ["gmail.com", "outlook.com", "icloud.com", "olivant.fo", "mail.dk",
                                                 "online.no", "web.de", "yahoo.co.jp"])
        postals, streets = PP_ADDR[cc]
        pc, town = pick(rng, postals)
        st = pick(rng, streets)
        line1 = f"{st}{rng.randint(1, 40)}" if cc == "JP" else (f"{rng.randint(10, 9999)} {st}" if cc == "US"
                                                               else f"{st} {rng.randint(1, 88)}")
        line2 = maybe(rng, 0.25, pick(rng, ["Apt 3B", "2. th.", "c/o Hansen", "Room 402", "1. sal", "Unit 7"]))
        state = {"97214": "OR", "02139": "MA", "55408": "MN", "04101": "ME", "150-0001": "Tokyo", "604-8005": "Kyoto",
                 "060-0061": "Hokkaido", "ZE1 0AA": "Shetland"}.get(pc, "")
        item, sku, price_dkk = pick(rng, PP_ITEMS)
        qty = pick(rng, [1, 1, 1, 1, 2, 3])
        c = cur[cc]
        gross = round(price_dkk * qty * rate[c], 0 if c == "JPY" else 2)
        fee = round(-(gross * 0.034 + (2.6 if c == "DKK" else 0.35 * rate[c] / 0.134 * 0.134)), 0 if c == "JPY" else 2)
        net = round(gross + fee, 2)
        balance = round(balance + net / rate[c], 2)
        inv += 1
        txid = gc.token(rng, 17, string.ascii_uppercase + string.digits)
        phone = ""
        if rng.random() < 0.55:
            phone = {"FO": lambda: pick(rng, ["", "+298 "]) + gc.digits(rng, 6),
                     "DK": lambda: "+45 " + gc.digits(rng, 8),
                     "NO": lambda: pick(rng, ["+47 9", "9"]) + gc.digits(rng, 7),
                     "DE": lambda: "+49 15" + gc.digits(rng, 9),
                     "US": lambda: f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{gc.digits(rng, 4)}",
                     "JP": lambda: "090-" + gc.digits(rng, 4) + "-" + gc.digits(rng, 4),
                     "GB": lambda: "07" + gc.digits(rng, 9)}[cc]()
        note = pick(rng, ["", "", "", "", f"Gift for my mother {pick(rng, FO_F + NO_F)} - please no price tag",
                          f"Tøkk fyri, {first}!", "Please ship before Christmas", "Size M please, not L",
                          f"Send to my sister {pick(rng, ['Anna', 'Bjørg', 'Yui', 'Marjun'])} {last} instead",
                          "Can you gift-wrap?", f"Hello from {town}! Ordered via Instagram"])
        full_addr = ", ".join(x for x in [name, line1, line2, town, state, pc, country_names[cc]] if x)
        sales.append({"name": name, "email": email, "gross": round(gross / rate[c], 2), "item": item, "sku": sku,
                      "inv": f"TB-{inv}", "txid": txid})
        rows.append([ts.strftime("%d/%m/%Y"), ts.strftime("%H:%M:%S"), "Atlantic/Faroe", name,
                     "Express Checkout Payment", pick(rng, ["Completed"] * 12 + ["Pending"]), c,
                     f"{gross:.2f}", f"{fee:.2f}", f"{net:.2f}", email, shop, txid, full_addr,
                     pick(rng, ["Confirmed", "Confirmed", "Non-Confirmed"]), item, sku,
                     f"{pick(rng, [0, 65, 95, 145]) * rate[c]:.2f}", f"TB-{inv}", "", str(qty),
                     maybe(rng, 0.5, f"{gc.digits(rng, 4)}-{gc.digits(rng, 4)}-{gc.digits(rng, 4)}-{gc.digits(rng, 4)}"),
                     f"{balance:.2f}", line1, line2, town, state, pc, country_names[cc], phone, note, cc, "Credit"])
    drop = {"Shipping and Handling Amount", "Receipt ID", "Address Status"}
    keep = [k for k, s in enumerate(spec) if s[0] not in drop]
    return [spec[k] for k in keep], [[r[k] for k in keep] for r in rows]


# =============================================================================================
# 4. sfsf_empleados_cr: Costa Rican service centre, SAP SuccessFactors employee export (entity.field headers)
# =============================================================================================
CR_M = ["José Pablo", "Juan Carlos", "Esteban", "Andrés", "Mauricio", "Randall", "Minor", "Greivin", "Jeison", "Keylor",
        "Dennis", "Olman", "Geovanny", "Marvin", "Álvaro", "Erick", "Yeudi", "Jefferson", "Luis Diego", "Warner"]
CR_F = ["María Fernanda", "Yendry", "Hazel", "Grettel", "Marjorie", "Xinia", "Ileana", "Daniela", "Karla", "Rebeca",
        "Ivannia", "Sharon", "Dayana", "Yorleny", "Maricruz", "Hellen", "Arelys", "Kimberly", "Wendy", "Sugey"]
CR_S = ["Rodríguez", "Jiménez", "Mora", "Vargas", "Rojas", "Solís", "Chaves", "Quesada", "Alfaro", "Arias", "Araya",
        "Calderón", "Zúñiga", "Ulate", "Brenes", "Monge", "Cordero", "Villalobos", "Sibaja", "Porras", "Chinchilla",
        "Campbell", "McLean", "Bennett", "Forbes", "Chang", "Wong", "Layan", "Morales", "Obando", "Granados",
        "Badilla", "Cubillo", "Barquero", "Leiva"]
NI_S = ["Martínez", "López", "Espinoza", "Dávila", "Rivas", "Blandón", "Zeledón", "Mairena"]
CR_GEO = [("San José", "Goicoechea", "Guadalupe", "11001"), ("San José", "Desamparados", "San Rafael Arriba", "10306"),
          ("San José", "Curridabat", "Sánchez", "11803"), ("Heredia", "Belén", "La Asunción", "40703"),
          ("Heredia", "Santo Domingo", "Santo Tomás", "40302"), ("Heredia", "Heredia", "Ulloa", "40105"),
          ("Heredia", "Barva", "San Pablo", "40205"), ("Alajuela", "Alajuela", "San Rafael", "20105"),
          ("Alajuela", "Grecia", "Tacares", "20305"), ("Cartago", "La Unión", "Tres Ríos", "30301"),
          ("Cartago", "Oreamuno", "Cot", "30702"), ("Limón", "Limón", "Limón", "70101"),
          ("Puntarenas", "Garabito", "Jacó", "61101")]
CR_LANDMARK = ["De la iglesia católica 200 m sur y 50 m este", "Del Más x Menos 100 m norte",
               "Contiguo a la plaza de deportes", "Del antiguo higuerón 300 m oeste", "Frente a la escuela",
               "Del Palí 75 m sur", "Residencial Los Arcos, casa 14B", "Condominio Vistas del Valle, apto 3-2",
               "De la bomba Uno 150 m este", "Urbanización La Florida, alameda 5"]


def odata_date(d: dt.date) -> str:
    ms = int((dt.datetime(d.year, d.month, d.day) - dt.datetime(1970, 1, 1)).total_seconds()) * 1000
    return f"/Date({ms})/"


def t_sfsf(rng: random.Random):
    spec = [
        ("User.userId", False, "employee_id"), ("User.username", True, "username"),
        ("PerPersonal.firstName", True, "first_name"), ("PerPersonal.middleName", True, "middle_name"),
        ("PerPersonal.lastName", True, "last_name"), ("PerPersonal.secondLastName", True, "second_last_name"),
        ("PerPersonal.gender", False, "gender"), ("PerPersonal.maritalStatus", False, "marital_status"),
        ("PerPersonal.nationality", False, "nationality"), ("PerPerson.dateOfBirth", True, "date_of_birth"),
        ("PerNationalId.cardType", False, "id_document_type"), ("PerNationalId.nationalId", True, "national_id"),
        ("PerEmail.emailAddress", True, "email"), ("User.email", True, "email"),
        ("PerPhone.phoneNumber", True, "mobile_phone"), ("PerAddressDEFLT.address1", True, "street_address"),
        ("PerAddressDEFLT.province", False, "state_province"), ("PerAddressDEFLT.county", True, "canton_of_residence"),
        ("PerAddressDEFLT.city", True, "district_of_residence"), ("PerAddressDEFLT.zipCode", True, "postal_code"),
        ("EmpJob.jobTitle", False, "job_title"), ("EmpJob.department", False, "department"),
        ("EmpJob.location", False, "office_site"), ("EmpEmployment.startDate", False, "hire_date"),
        ("EmpPayCompRecurring.paycompvalue", False, "salary"), ("PaymentInformationDetailV3.iban", True, "iban"),
        ("PerEmergencyContacts.name", True, "full_name"), ("PerEmergencyContacts.phone", True, "phone"),
        ("PerEmergencyContacts.relationship", False, "relationship"),
    ]
    jobs = [("Customer Support Agent II", "Customer Operations"), ("Bilingual Tech Support", "Customer Operations"),
            ("AP Analyst", "Finance Shared Services"), ("Payroll Specialist", "HR Services"),
            ("Team Lead", "Customer Operations"), ("Data Analyst", "Business Intelligence"),
            ("Software Engineer", "Engineering"), ("Recruiter", "Talent Acquisition"), ("Facilities Technician", "Facilities")]
    rows = []
    used = set()
    for i in range(284):
        sex = pick(rng, "MF")
        nica = rng.random() < 0.13
        first_full = pick(rng, CR_M if sex == "M" else CR_F)
        parts = first_full.split(" ", 1)
        first = parts[0]
        middle = parts[1] if len(parts) > 1 else maybe(rng, 0.2, pick(rng, ["Antonio", "de los Ángeles", "Francisco", "Gabriela"]))
        ln1 = pick(rng, NI_S if nica else CR_S)
        ln2 = pick(rng, NI_S + CR_S if nica else CR_S)
        birth = gc.rand_date(rng, dt.date(1968, 1, 1), dt.date(2004, 12, 31))
        if nica:
            card = "DIMEX"
            nid = "155" + gc.digits(rng, 9)
        elif rng.random() < 0.03:
            card = "PAS"
            nid = pick(rng, ["C0", "A0"]) + gc.digits(rng, 6)
        else:
            card = "CED"
            prov = pick(rng, "1111244345677")
            tomo = f"{rng.randint(300, 1900):04d}"
            asiento = f"{rng.randint(1, 999):04d}"
            nid = pick(rng, [f"{prov}-{tomo}-{asiento}", f"{prov}{tomo}{asiento}", f"0{prov}{tomo}{asiento}",
                             f"{prov}{tomo}{asiento}", f"{prov} {tomo} {asiento}"])
        uname_base = (gc.ascii_fold(first[0] + ln1)).lower().replace(" ", "")
        uname = uname_base
        k = 1
        while uname in used:
            k += 1
            uname = f"{uname_base}{k}"
        used.add(uname)
        prov_n, canton, distrito, zipc = pick(rng, CR_GEO)
        mob = pick(rng, "876") + gc.digits(rng, 7)
        hire = gc.rand_date(rng, dt.date(2012, 3, 1), dt.date(2025, 8, 1))
        job, dept = pick(rng, jobs)
        sal = rng.randint(62, 390) * 10000
        bank = pick(rng, ["0151", "0152", "0102", "0104", "0161", "0803"])
        iban = mod97_iban("CR", bank + gc.digits(rng, 14))
        ec_sex = pick(rng, "MF")
        ec = f"{pick(rng, CR_M if ec_sex == 'M' else CR_F)} {pick(rng, CR_S)} {pick(rng, CR_S)}"
        ec_ph = pick(rng, "8762") + gc.digits(rng, 7)
        rows.append([
            f"CR{10000 + i * 7 + rng.randint(0, 6)}",
            uname,
            first,
            middle,
            ln1,
            ln2,
            sex,
            pick(rng, ["S", "M", "M", "S", "D", "UL"]),
            "NIC" if nica else pick(rng, ["CRI"] * 20 + ["COL", "VEN"]),
            odata_date(birth),
            card,
            nid,
            maybe(rng, 0.85, gc.email_for(rng, first, ln1, ["gmail.com", "hotmail.com", "yahoo.es", "ice.co.cr"])),
            f"{uname}@conexa-sc.cr",
            pick(rng, [f"{mob[:4]}-{mob[4:]}", f"+506 {mob[:4]} {mob[4:]}", mob, f"506{mob}", f"{mob[:4]} {mob[4:]}"]),
            f"{pick(rng, CR_LANDMARK)}, {pick(rng, ['casa esquinera portón negro', 'casa color verde', 'segunda planta', 'portón café', 'casa 7'])}",
            prov_n,
            canton,
            distrito,
            pick(rng, [zipc, zipc, zipc, ""]),
            job,
            dept,
            pick(rng, ["Heredia Ultrapark", "Heredia Ultrapark", "San José Forum II", "Remote CR"]),
            odata_date(hire),
            f"{sal:.2f}",
            pick(rng, [iban, gc.group4(iban)]),
            maybe(rng, 0.8, ec),
            maybe(rng, 0.78, pick(rng, [f"{ec_ph[:4]}-{ec_ph[4:]}", ec_ph, f"+506{ec_ph}"])),
            pick(rng, ["Madre", "Padre", "Esposo(a)", "Hermano(a)", "Pareja", "Hijo(a)"]),
        ])
    return spec, rows


# =============================================================================================
# 5. jde_f0101_ab_pa: Panamanian distributor, JD Edwards Address Book (people and companies mixed)
# =============================================================================================
PA_M = ["Juan Carlos", "Rigoberto", "Eustorgio", "Abdiel", "Ariel", "Omar", "Ricaurte", "Dagoberto", "Eybar", "Bivian",
        "Teófilo", "Aristides", "Yoel", "Elvis", "Aníbal", "Olmedo", "Olowaili", "Igua", "Cirilo", "Rommel"]
PA_F = ["Itzel", "Yarisel", "Yaribeth", "Anayansi", "Iveth", "Dayra", "Kathia", "Edilsa", "Vielka", "Zuleika",
        "Nelcy", "Maritza", "Yamileth", "Nodier", "Aracelly", "Lineth", "Nele", "Eneida"]
PA_S = ["González", "Rodríguez", "Batista", "Samudio", "Pinzón", "Castillo", "Quintero", "Vergara", "Barría", "De León",
        "Saldaña", "Tejeira", "Chang", "Chen", "Ábrego", "Montezuma", "Bejerano", "Archibold", "Thompson", "Clarke",
        "Greaves", "Atencio", "Caballero", "Villarreal", "Cedeño", "Domínguez", "Smith", "Díaz", "Bonilla", "Jaén"]
PA_CO = ["DISTRIBUIDORA EL ISTMO, S.A.", "SUPER 99 SUCURSAL COSTA VERDE", "FARMACIAS METRO, S.A.",
         "INVERSIONES CHIRIQUI VOLCAN, S.A.", "TRANSPORTES AZUERO Y CIA", "MINISUPER LA FAMILIA", "AGROQUIMICOS VERAGUAS",
         "FERRETERIA NOVEY DAVID", "COMERCIAL HERMANOS CHEN, S.A.", "LOGISTICA COLON FREE ZONE CORP.",
         "PANAMA PORTS SERVICES INC.", "EMPACADORA SANTA ROSA, S.A."]
PA_GEO = [("Ciudad de Panamá", "8", ["Calle 50, Edif. Torre Global, piso 12", "Vía España, PH Bella Vista, apto 5B",
                                     "San Francisco, Calle 74 casa 23", "Betania, Villa de las Fuentes 2, casa 118",
                                     "Juan Díaz, Urb. Don Bosco, calle 8"]),
          ("San Miguelito", "8", ["Cerro Viento Rural, casa F-12", "Villa Lucre, calle 2da, casa 45"]),
          ("David", "4", ["Barrio Bolívar, Av. 3 Este", "Doleguita, calle D Norte, casa 7"]),
          ("Santiago", "9", ["Urb. Santa Cecilia, casa 33", "Av. Central, frente al Banco Nacional"]),
          ("Colón", "3", ["Calle 11 y Av. Bolívar", "Zona Libre, Manzana 24, Edif. 3"]),
          ("Chitré", "6", ["Barrio El Carmen, calle Manuel Correa"]),
          ("La Chorrera", "10", ["Barrio Colón, calle Estudiante", "Puerto Caimito, sector 2, casa 91"]),
          ("Changuinola", "1", ["Finca 4, casa 220", "Barriada 4 de Abril"])]


def jde_julian(d: dt.date) -> str:
    c = (d.year - 1900) // 100
    v = c * 100000 + (d.year % 100) * 1000 + d.timetuple().tm_yday
    return str(v)  # numeric: a 20th-century date loses its leading zero


def pa_cedula(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.75:
        return f"{rng.randint(1, 9)}-{rng.randint(50, 999)}-{rng.randint(1, 2999)}"
    if r < 0.82:
        return f"PE-{rng.randint(1, 20)}-{rng.randint(100, 3000)}"
    if r < 0.9:
        return f"E-8-{rng.randint(10000, 199999)}"
    if r < 0.95:
        return f"8-NT-{rng.randint(1, 9)}-{rng.randint(1000, 30000)}"
    return f"{rng.randint(1, 9)}AV-{rng.randint(10, 999)}-{rng.randint(10, 999)}"


def t_jde(rng: random.Random):
    spec = [
        ("ABAN8", False, "address_number_surrogate"), ("ABALKY", False, "customer_id"),
        ("ABTAX", True, "national_id_or_ruc_mixed"), ("ABALPH", True, "full_name_or_company_mixed"),
        ("ABDC", True, "full_name_or_company_mixed"), ("ABMCU", False, "business_unit"),
        ("ABAT1", False, "search_type"), ("ABAC01", False, "region_category_code"),
        ("ABEFTB", False, "business_date_julian"), ("ABUPMJ", False, "updated_at_julian"),
        ("ABUSER", True, "username"), ("ALADD1", True, "street_address_mixed"), ("ALADD2", True, "address_line2_mixed"),
        ("ALCTY1", True, "city_mixed"), ("ALADDS", False, "state_province"), ("ALCTR", False, "country_alpha2"),
        ("WPAR1", False, "phone_country_prefix"), ("WPPH1", True, "phone_mixed"), ("WPPHTP", False, "phone_type"),
        ("EAEMAL", True, "email_mixed"), ("YADOB", True, "date_of_birth_julian"), ("YASEX", False, "gender"),
        ("AYCBNK", True, "bank_account_number_mixed"), ("AYTNST", False, "bank_routing_number"),
    ]
    users = ["JDEMGR", "MSAMUDIO", "YVERGARA", "ACHEN01", "BATCHJDE", "ITZELP", "RBARRIA"]
    rows = []
    an8 = 100000
    for _ in range(322):
        an8 += rng.randint(1, 37)
        r = rng.random()
        st = "C" if r < 0.45 else ("E" if r < 0.8 else "V")
        is_company = st == "V" and rng.random() < 0.7 or st == "C" and rng.random() < 0.35
        city, prov, addrs = pick(rng, PA_GEO)
        if is_company:
            name = pick(rng, PA_CO)
            tax = f"{rng.randint(1, 155)}{gc.digits(rng, 6)}-{rng.randint(1, 2)}-{rng.randint(1990, 2022)}"
            tax = pick(rng, [tax, tax + f" DV {rng.randint(10, 99)}"])
            dob, sex = "", ""
            email = pick(rng, ["compras", "facturacion", "info", "cxp"]) + "@" + gc.ascii_fold(
                name.split()[0].lower().replace(",", "")) + ".com.pa"
            phone = f"{rng.randint(200, 399)}-{gc.digits(rng, 4)}"
            ptype = "BUS"
        else:
            sex = pick(rng, "MF")
            fn = pick(rng, PA_M if sex == "M" else PA_F)
            s1, s2 = pick(rng, PA_S), pick(rng, PA_S)
            name = pick(rng, [f"{s1.upper()}, {fn.upper()}", f"{s1} {s2}, {fn}", f"{fn.upper()} {s1.upper()} {s2.upper()}"])
            tax = pa_cedula(rng)
            birth = gc.rand_date(rng, dt.date(1955, 1, 1), dt.date(2003, 12, 31))
            dob = jde_julian(birth) if st == "E" or rng.random() < 0.15 else ""
            sex = sex if st == "E" else ""
            email = maybe(rng, 0.7, gc.email_for(rng, fn.split()[0], s1, ["gmail.com", "hotmail.com", "cwpanama.net",
                                                                        "dististmo.com.pa"]))
            mob = "6" + gc.digits(rng, 7)
            phone = pick(rng, [f"{mob[:4]}-{mob[4:]}", mob, f"+507 {mob[:4]}-{mob[4:]}", f"{rng.randint(200, 399)}-{gc.digits(rng, 4)}"])
            ptype = "CEL" if phone.replace("+507 ", "").startswith("6") else "HOM"
        eff = gc.rand_date(rng, dt.date(2004, 1, 1), dt.date(2025, 6, 30))
        upd = eff + dt.timedelta(days=rng.randint(0, 900))
        if upd > dt.date(2025, 11, 30):
            upd = dt.date(2025, 11, 30)
        dc = "".join(c for c in gc.ascii_fold(name).upper() if c.isalnum())[:40]
        has_bank = st in ("E", "V") and rng.random() < 0.8
        rows.append([
            str(an8), str(an8) if rng.random() < 0.6 else f"{st}{an8}", tax, name, dc,
            pick(rng, ["       1000", "       1000", "       2000", "       3100"]), st,
            pick(rng, ["PAN", "PAN", "COL", "CHI", "VER", "HER", "LSA", "BDT", "   "]),
            jde_julian(eff), jde_julian(upd), pick(rng, users),
            pick(rng, addrs), maybe(rng, 0.3, pick(rng, ["Corregimiento de Bella Vista", "Apartado 0819-05432",
                                                         "Local 4", "Frente a la Escuela Artes y Oficios"])),
            city, prov, "PA", "507", phone, ptype, email, dob, sex,
            gc.digits(rng, pick(rng, [10, 12, 14])) if has_bank else "",
            pick(rng, ["000000013", "000000071", "000000027", "000000045"]) if has_bank else "",
        ])
    return spec, rows


# =============================================================================================
# 6. v_patient_anon_iq: Iraqi Kurdistan private hospital, "anonymised" warehouse view whose masking
#    step did not run for most columns (misleading headers: labels follow the values)
# =============================================================================================
KU_M = ["Karwan", "Shwan", "Rebwar", "Hemin", "Dilshad", "Sherzad", "Aram", "Bakhtiyar", "Hawre", "Zana", "Soran",
        "Kawa", "Rawand", "Sardar", "Dara", "Hardi", "Baban", "Sirwan", "Ari", "Peshawa", "Rekar", "Hoshyar"]
KU_F = ["Shilan", "Nasreen", "Avin", "Berivan", "Jwan", "Chiman", "Kazhal", "Sozan", "Lana", "Nishtiman", "Shirin",
        "Ronak", "Dashne", "Rezan", "Tavga", "Bafrin", "Hozan", "Nazdar", "Trifa", "Gulala"]
KU_FATHER = ["Aziz", "Ahmed", "Mohammed", "Rasul", "Qadir", "Omer", "Hama", "Karim", "Salih", "Abdulla", "Othman",
             "Mahmood", "Jalal", "Faraj", "Khidir", "Hussein"]
KU_FAM = ["Hawrami", "Jaff", "Zebari", "Doski", "Bradosti", "Mirani", "Surchi", "Dizayee", "Pishdari", "Baziyani",
          "Shwani", "Harki", "Goyani", "Balisani", ""]
AS_M = ["Ninos", "Sargon", "Ashur", "Fadi", "Rabi", "Nimrud"]
AS_F = ["Shamiram", "Ninva", "Atour", "Rita", "Marlin"]
AS_S = ["Youkhana", "Odisho", "Khoshaba", "Warda", "Toma", "Benyamin"]
YZ_M = ["Khairi", "Dakhil", "Khudeda", "Murad", "Pir Shamo", "Qasim", "Hadi"]
YZ_F = ["Khatoon", "Ghazal", "Vian", "Nisreen", "Adiba", "Layla"]
AR_SCRIPT = {"Karwan": "کاروان", "Shwan": "شوان", "Rebwar": "ڕێبوار", "Hemin": "هێمن", "Dilshad": "دڵشاد",
             "Aram": "ئارام", "Zana": "زانا", "Soran": "سۆران", "Kawa": "کاوە", "Dara": "دارا", "Shilan": "شیلان",
             "Nasreen": "نەسرین", "Avin": "ئاڤین", "Berivan": "بێریڤان", "Jwan": "جوان", "Chiman": "چیمەن",
             "Kazhal": "کەژاڵ", "Lana": "لانە", "Shirin": "شیرین", "Ronak": "ڕووناک", "Aziz": "عەزیز",
             "Ahmed": "ئەحمەد", "Mohammed": "محەمەد", "Rasul": "ڕەسوڵ", "Qadir": "قادر", "Omer": "عومەر",
             "Hama": "حەمە", "Karim": "کەریم", "Salih": "ساڵح", "Abdulla": "عەبدوڵڵا", "Othman": "عوسمان",
             "Mahmood": "مەحموود", "Jalal": "جەلال", "Faraj": "فەرەج", "Khidir": "خدر", "Hussein": "حوسێن"}
KU_NB = [("ERB", ["Ankawa", "Bakhtiari", "Azadi", "Iskan", "Shoresh", "Ronaki", "Mamostayan", "Kasnazan", "Zanko",
                  "Dream City", "Italian Village 2"]),
         ("SUL", ["Raparin", "Sarchinar", "Bakrajo", "Goyzha", "Tooi Malik", "Shorsh", "Azmar", "German Village"]),
         ("DUH", ["Malta", "Nakhoshkhana", "Shekhan", "Baroshke", "Avro City"])]


def iq_phone(rng: random.Random) -> str:
    n = pick(rng, ["750", "751", "770", "771", "780", "790", "773"]) + gc.digits(rng, 7)
    return pick(rng, ["0" + n, "0" + n, n, "+964 " + n[:3] + " " + n[3:6] + " " + n[6:], "00964" + n,
                      "0" + n[:3] + " " + n[3:6] + " " + n[6:]])


def t_anon(rng: random.Random):
    spec = [
        ("pseudo_id", False, "pseudonym_key"), ("name_hash", True, "full_name"), ("dob_year", True, "date_of_birth"),
        ("sex", False, "gender"), ("age_band", False, "age_band"), ("governorate_code", False, "state_province"),
        ("district_masked", True, "neighbourhood_of_residence"), ("phone_masked", True, "mobile_phone"),
        ("nid_last4", True, "national_id"), ("email_domain", True, "email"), ("mrn_token", True, "medical_record_number"),
        ("visit_month", True, "visit_date_hipaa_date"), ("los_days", False, "count"), ("icd10", False, "icd10_code"),
        ("ward", False, "ward"), ("doctor_code", True, "physician_name"), ("payer_class", False, "category"),
        ("card_masked", False, "card_masked_pan"), ("notes_redacted", True, "free_text_with_names"),
        ("ip_truncated", True, "ipv4"), ("etl_batch", False, "batch_id"), ("dq_flag", False, "flag"),
    ]
    doctors = ["Dr. Shwan Aziz", "Dr. Nasreen Qadir", "Dr. Sargon Youkhana", "د. هێمن کەریم", "Dr. Lana Jalal Hawrami",
               "Dr. Hardi O. Mirani", "Dr. Ronak Faraj", "Dr. Ali Haider al-Musawi", "Dr. Avin Doski"]
    icds = ["O80", "J18.9", "K35.8", "I10", "E11.9", "N20.0", "S72.0", "A09", "O82", "I21.4", "J45.9", "K80.2"]
    rows = []
    for _ in range(292):
        g = rng.random()
        sex = pick(rng, "MF")
        if g < 0.7:
            first = pick(rng, KU_M if sex == "M" else KU_F)
            f1, f2 = pick(rng, KU_FATHER), pick(rng, KU_FATHER)
            fam = pick(rng, KU_FAM)
            if rng.random() < 0.2 and first in AR_SCRIPT and f1 in AR_SCRIPT and f2 in AR_SCRIPT:
                name = f"{AR_SCRIPT[first]} {AR_SCRIPT[f1]} {AR_SCRIPT[f2]}"
            else:
                name = " ".join(x for x in [first, f1, f2 if rng.random() < 0.6 else "", fam] if x)
        elif g < 0.8:
            first = pick(rng, AS_M if sex == "M" else AS_F)
            name = f"{first} {pick(rng, AS_M)} {pick(rng, AS_S)}"
        elif g < 0.9:
            first = pick(rng, YZ_M if sex == "M" else YZ_F)
            name = f"{first} {pick(rng, YZ_M)} {pick(rng, ['Khalaf', 'Hasan', 'Ilyas', 'Murad'])}"
        else:
            first = pick(rng, ["Mustafa", "Haider", "Ali", "Omar"] if sex == "M" else ["Zainab", "Fatima", "Noor", "Maryam"])
            name = f"{first} {pick(rng, ['Kadhim', 'Jabbar', 'Hamid', 'Sattar'])} {pick(rng, ['al-Obaidi', 'al-Jubouri', 'al-Tamimi', 'Bayati'])}"
        birth = gc.rand_date(rng, dt.date(1940, 1, 1), dt.date(2024, 6, 30))
        visit = gc.rand_date(rng, dt.date(2024, 1, 1), dt.date(2025, 10, 31))
        age = (visit - birth).days // 365
        band = f"{(age // 10) * 10}-{(age // 10) * 10 + 9}"
        gov, nbs = pick(rng, KU_NB)
        nid = str(pick(rng, [1, 2])) + gc.digits(rng, 11)
        fa = gc.ascii_fold(first).lower().replace(" ", "")
        rel = pick(rng, KU_M + KU_F)
        notes = pick(rng, ["", "", "", f"Accompanied by brother {rel}, phone {iq_phone(rng)}",
                           f"Refer to {pick(rng, doctors)} for follow-up", "Allergic to penicillin.",
                           f"Discharged to care of husband {pick(rng, KU_M)} {pick(rng, KU_FATHER)}",
                           f"نەخۆش لەگەڵ دایکی {AR_SCRIPT.get(pick(rng, ['Shilan', 'Nasreen', 'Jwan', 'Kazhal']), 'شیلان')} هات",
                           f"Interpreter (Arabic) needed; son {rel} translates", "Self-discharge against advice",
                           "Post-op day 2, afebrile."])
        rows.append([
            gc.hexstr(rng, 16), name,
            pick(rng, [birth.isoformat(), birth.strftime("%d/%m/%Y"), birth.isoformat()]),
            sex, band, gov, pick(rng, nbs), iq_phone(rng),
            pick(rng, [nid, nid, nid, sci(nid, rng)]),
            maybe(rng, 0.45, gc.email_for(rng, fa, pick(rng, KU_FATHER), ["gmail.com", "yahoo.com", "hotmail.com",
                                                                           "korek.com"])),
            f"{gov}-{visit.year}-{rng.randint(1, 60000):06d}",
            visit.isoformat(), str(rng.randint(0, 14)), pick(rng, icds),
            pick(rng, ["MAT", "SURG-M", "SURG-F", "MED-1", "ICU", "PED", "ER"]),
            pick(rng, doctors), pick(rng, ["Self-pay", "Self-pay", "Government", "Private insurance", "NGO"]),
            maybe(rng, 0.4, pick(rng, ["402918", "529460", "416725", "557894"]) + "******" + gc.digits(rng, 4)),
            notes,
            maybe(rng, 0.5, pick(rng, ["185.112.", "37.236.", "5.62.", "91.106.", "149.255."]) + f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"),
            f"B{visit.strftime('%Y%m')}-{rng.randint(1, 4):02d}", pick(rng, ["0", "0", "0", "1"]),
        ])
    return spec, rows


# =============================================================================================
# 7. n4_gate_tran_dj: Djibouti container terminal truck-gate transactions (Navis N4-like), mostly business data
# =============================================================================================
ISO6346 = {c: v for c, v in zip(string.ascii_uppercase,
                                [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34,
                                 35, 36, 37, 38], strict=True)}


def container_no(rng: random.Random) -> str:
    owner = pick(rng, ["MSCU", "MEDU", "CMAU", "CGMU", "MSKU", "MRKU", "TGHU", "TCLU", "CSNU", "HLXU", "EGHU", "OOLU"])
    serial = gc.digits(rng, 6)
    s = owner + serial
    total = sum((ISO6346[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return s + str(total % 11 % 10)


ET_DRV = ["Abebe Kebede Tesfaye", "Gemechu Tolosa Dibaba", "Mulugeta Gebremedhin", "Yonas Tadesse", "Dawit Alemu Bekele",
          "Tesfaye Wolde", "Girma Ayana", "Habtamu Desta", "Biruk Mekonnen", "Solomon Haile", "Kedir Aman Jemal",
          "Fikadu Lemma", "Tekle Berhane", "Amanuel Gebreyesus", "Alemayehu Teshome", "Hailu Fufa"]
ET_DRV_GEEZ = ["አበበ ከበደ", "ሙሉጌታ ገብረመድህን", "ዳዊት ዓለሙ", "ግርማ አያና", "ሰለሞን ኃይሌ", "ተክሌ በርሄ"]
DJ_DRV = ["Abdourahman Houssein Ali", "Omar Hassan Daher", "Houmed Ali Kamil", "Moussa Ibrahim Bouh", "Ali Mohamed Hamadou",
          "Daher Robleh Guelleh", "Idriss Aden Waberi", "Mahamoud Ahmed Elmi", "Kadar Ismaël Farah", "Hassan Dileita Youssouf",
          "Ahmed Assoweh Barkat", "Houssein Gadito"]
HAULIERS = [("ESL", "Ethiopian Shipping & Logistics"), ("TRANSET", "Trans Ethiopia PLC"), ("DJTR", "Djibouti Transit SARL"),
            ("AFTR", "Afar Transport Coop"), ("MIDR", "Mid-Rift Haulage")]


def t_gate(rng: random.Random):
    spec = [
        ("gtran.Gkey", False, "record_id"), ("gtran.TranNbr", False, "transaction_id"), ("gtran.SubType", False, "enum"),
        ("gtran.Stage", False, "status"), ("gtran.CreatedTs", False, "timestamp"), ("gtran.Creator", True, "username"),
        ("gtran.LaneId", False, "gate_lane"), ("unit.Id", False, "container_number"), ("unit.IsoCode", False, "iso_type_code"),
        ("unit.LineId", False, "shipping_line_code"), ("unit.GrossWeightKg", False, "mass"), ("unit.SealNbr1", False, "seal_number"),
        ("unit.Category", False, "enum"), ("tv.TruckLicenseNbr", False, "company_truck_plate"),
        ("tv.TruckingCoId", False, "haulier_code"), ("tv.TruckingCoName", False, "company_name"),
        ("tv.DriverCardId", True, "driver_card_uid"), ("tv.DriverName", True, "full_name"),
        ("tv.DriverLicenseNbr", True, "drivers_license"), ("tv.DriverPhone", True, "mobile_phone"),
        ("gtran.BookingNbr", False, "booking_reference"), ("gtran.OcrConfidence", False, "percentage"),
        ("gtran.Notes", True, "free_text_with_names"), ("gtran.ExitTs", False, "timestamp"),
    ]
    clerks = ["dj.gate.fatouma", "ABDI.K", "gate_ops3", "houssein.m", "n4_auto", "safia.a"]
    drivers = []
    for i in range(95):
        eth = rng.random() < 0.65
        name = pick(rng, ET_DRV) if eth else pick(rng, DJ_DRV)
        if eth and rng.random() < 0.1:
            name = pick(rng, ET_DRV_GEEZ)
        lic = (f"{pick(rng, ['AA', 'OR', 'AM', 'DD', 'TG'])}-{gc.digits(rng, 6)}" if eth
               else f"DJ{gc.digits(rng, 7)}")
        ph = ("+251 9" + gc.digits(rng, 8)) if eth else ("+253 77 " + " ".join(gc.digits(rng, 2) for _ in range(3)))
        if rng.random() < 0.4:
            ph = ph.replace(" ", "").replace("+", "")
        hauler = pick(rng, HAULIERS[:2] + HAULIERS[3:]) if eth else pick(rng, HAULIERS[2:4])
        plate = (f"{pick(rng, ['3', '3', '2'])}-{pick(rng, ['AA', 'ET', 'OR'])}-{gc.digits(rng, 5)}" if eth
                 else f"{gc.digits(rng, 3)} {pick(rng, 'ABDG')} {gc.digits(rng, 2)}")
        drivers.append({"name": name, "lic": lic, "ph": ph, "card": "04" + gc.hexstr(rng, 12).upper(),
                        "hauler": hauler, "plate": plate})
    rows = []
    ts = dt.datetime(2025, 9, 1, 5, 30)
    gkey = 8812000
    for i in range(404):
        ts += dt.timedelta(seconds=rng.randint(30, 600))
        d = pick(rng, drivers)
        gkey += rng.randint(1, 9)
        sub = pick(rng, ["DI", "DI", "DI", "RE", "RE", "DM", "RM"])
        cat = {"DI": "IMPRT", "RE": "EXPRT", "DM": "STRGE", "RM": "STRGE"}[sub]
        iso = pick(rng, ["22G1", "45G1", "42G1", "45R1", "22T6"])
        empty = sub in ("DM", "RM")
        wt = rng.randint(2150, 4100) if empty else rng.randint(8000, 32000)
        other = pick(rng, drivers)
        note = pick(rng, ["", "", "", "", "", f"Driver {d['name'].split()[0]} replaced by {other['name']} at lane 4",
                          "Seal broken, re-sealed by customs", f"Called driver on {d['ph']} - truck late",
                          "OCR mismatch, manual entry", "Reefer not plugged, alarm", "Weight exceeds axle limit, rejected",
                          f"Chauffeur {other['name']} sans badge, carte temporaire"])
        exit_ts = ts + dt.timedelta(minutes=rng.randint(12, 190))
        rows.append([
            str(gkey), str(5000000 + i * 2 + rng.randint(0, 1)), sub,
            pick(rng, ["out", "out", "out", "in", "cancelled"]),
            ts.strftime("%Y-%m-%d %H:%M:%S"), pick(rng, clerks), f"L{rng.randint(1, 12):02d}", container_no(rng),
            iso, pick(rng, ["MSC", "CMA", "MAE", "COS", "HLC", "ONE", "PIL"]), str(wt),
            "" if empty else pick(rng, ["ML-", "CMA", "EU", "FX"]) + gc.digits(rng, 7), cat, d["plate"],
            d["hauler"][0], d["hauler"][1], d["card"], d["name"], d["lic"], maybe(rng, 0.85, d["ph"]),
            maybe(rng, 0.6, pick(rng, ["DJI", "EBKG", "MEDU"]) + gc.digits(rng, 7)),
            f"{rng.uniform(55, 99.9):.1f}", note,
            exit_ts.strftime("%Y-%m-%d %H:%M:%S") if rng.random() < 0.9 else "",
        ])
    return spec, rows


# =============================================================================================
# 8. keycloak_realm_users_mk: North Macedonian e-services portal, Keycloak realm users export flattened
# =============================================================================================
MK_M = [("Александар", "Aleksandar"), ("Горан", "Goran"), ("Благоја", "Blagoja"), ("Трајче", "Trajče"),
        ("Мирче", "Mirče"), ("Методија", "Metodija"), ("Кирил", "Kiril"), ("Ѓорѓи", "Gjorgji"), ("Зоран", "Zoran"),
        ("Никола", "Nikola"), ("Дејан", "Dejan"), ("Љупчо", "Ljupčo")]
MK_F = [("Билјана", "Biljana"), ("Ивана", "Ivana"), ("Марија", "Marija"), ("Сашка", "Saška"), ("Весна", "Vesna"),
        ("Јасмина", "Jasmina"), ("Цветанка", "Cvetanka"), ("Славица", "Slavica"), ("Ружица", "Ružica"),
        ("Елена", "Elena"), ("Ангела", "Angela")]
MK_S = [("Стојановски", "Stojanovski"), ("Трајковски", "Trajkovski"), ("Николовски", "Nikolovski"),
        ("Петровски", "Petrovski"), ("Ѓорѓиевски", "Gjorgjievski"), ("Јовановски", "Jovanovski"),
        ("Димитриевски", "Dimitrievski"), ("Велјановски", "Veljanovski"), ("Ристовски", "Ristovski"),
        ("Андоновски", "Andonovski"), ("Талевски", "Talevski"), ("Ќосевски", "Kjosevski"), ("Костадинов", "Kostadinov"),
        ("Џамбазов", "Džambazov")]
AL_M = ["Arben", "Driton", "Fatmir", "Agron", "Besnik", "Leutrim", "Valon", "Shpend", "Ilir"]
AL_F = ["Arta", "Blerta", "Fatime", "Valbona", "Mimoza", "Teuta", "Drita", "Albulena", "Zana"]
AL_S = ["Ramadani", "Selmani", "Ademi", "Memeti", "Bajrami", "Iseni", "Rexhepi", "Sulejmani", "Xhaferi", "Halili"]
TR_RO = [("Orhan", "Mustafa", "M"), ("Sevim", "Reşit", "F"), ("Šaban", "Sejfulov", "M"), ("Džemile", "Durmiš", "F"),
         ("Erdal", "Šakir", "M"), ("Nikolaki", "Papa", "M"), ("Steryana", "Cuşa", "F")]
MK_MUNI = ["Центар", "Карпош", "Аеродром", "Чаир", "Гази Баба", "Кисела Вода", "Куманово", "Тетово", "Битола", "Охрид",
           "Струга", "Штип", "Гостивар", "Велес", "Кичево", "Dibër/Дебар", "Struga", "Tetovë"]
MK_REGION = {"Центар": 45, "Карпош": 45, "Аеродром": 45, "Чаир": 45, "Гази Баба": 45, "Кисела Вода": 45,
             "Куманово": 42, "Тетово": 47, "Битола": 41, "Охрид": 43, "Струга": 43, "Штип": 49, "Гостивар": 47,
             "Велес": 48, "Кичево": 47, "Dibër/Дебар": 43, "Struga": 43, "Tetovë": 47}
MK_STREETS = ["ул. Партизанска бр. ", "бул. Илинден бр. ", "ул. Гоце Делчев бр. ", "ул. 11 Октомври бр. ",
              "Rr. Ilindeni nr. ", "ул. Маршал Тито бр. ", "Rr. Kosova nr. ", "ул. Христо Татарчев бр. "]


def embg(rng: random.Random, birth: dt.date, sex: str, region: int) -> str:
    while True:
        bbb = rng.randint(0, 499) if sex == "M" else rng.randint(500, 999)
        s = f"{birth.day:02d}{birth.month:02d}{birth.year % 1000:03d}{region:02d}{bbb:03d}"
        a = [int(c) for c in s]
        m = 11 - (7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9])
                  + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])) % 11
        if m == 10:
            continue
        return s + str(0 if m == 11 else m)


def t_keycloak(rng: random.Random):
    spec = [
        ("id", False, "uuid"), ("createdTimestamp", False, "epoch_ms"), ("username", True, "username"),
        ("enabled", False, "boolean"), ("totp", False, "boolean"), ("emailVerified", False, "boolean"),
        ("firstName", True, "first_name"), ("lastName", True, "last_name"), ("email", True, "email"),
        ("attributes.embg[0]", True, "national_id"), ("attributes.phoneNumber[0]", True, "mobile_phone"),
        ("attributes.phoneNumberVerified[0]", False, "boolean"), ("attributes.locale[0]", False, "locale"),
        ("attributes.municipality[0]", True, "municipality_of_residence"), ("attributes.address[0]", True, "street_address"),
        ("credentials[0].type", False, "enum"), ("credentials[0].createdDate", False, "epoch_ms"),
        ("credentials[0].secretData", True, "password_hash"), ("credentials[0].credentialData", False, "hash_parameters"),
        ("credentials[1].type", False, "enum"), ("credentials[1].secretData", True, "otp_secret"),
        ("federatedIdentities[0].identityProvider", False, "enum"), ("federatedIdentities[0].userName", True, "email"),
        ("requiredActions", False, "enum_list"), ("realmRoles", False, "enum_list"), ("groups", False, "enum_list"),
    ]
    rows = []
    t0 = int(dt.datetime(2021, 3, 1).timestamp()) * 1000
    t1 = int(dt.datetime(2025, 11, 1).timestamp()) * 1000
    used = set()
    for i in range(300):
        if i % 37 == 5:
            svc = pick(rng, ["epdd-backend", "uslugi-gateway", "registar-sync", "notif-worker", "audit-export"])
            uname = f"service-account-{svc}-{i}"
            rows.append([gc.uuid4(rng), str(rng.randint(t0, t1)), uname, "true", "false", "false", "", "", "",
                         "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "default-roles-euslugi",
                         "/service-accounts"])
            continue
        r = rng.random()
        sex = pick(rng, "MF")
        if r < 0.6:
            fn = pick(rng, MK_M if sex == "M" else MK_F)
            sn = pick(rng, MK_S)
            sur_c, sur_l = sn
            if sex == "F":
                sur_c = sur_c[:-1] + "а" if sur_c.endswith("и") else sur_c + "а"
                sur_l = sur_l[:-1] + "a" if sur_l.endswith("i") else sur_l + "a"
            cyr = rng.random() < 0.6
            first, last = (fn[0], sur_c) if cyr else (fn[1], sur_l)
            fl, ll = fn[1], sur_l
            loc = pick(rng, ["mk", "mk", "mk", "en"])
        elif r < 0.88:
            first = pick(rng, AL_M if sex == "M" else AL_F)
            last = pick(rng, AL_S)
            fl, ll = first, last
            loc = pick(rng, ["sq", "sq", "mk", "en"])
        else:
            first, last, sex = pick(rng, TR_RO)
            fl, ll = first, last
            loc = pick(rng, ["tr", "mk", "mk"])
        birth = gc.rand_date(rng, dt.date(1945, 1, 1), dt.date(2006, 12, 31))
        muni = pick(rng, MK_MUNI)
        em = embg(rng, birth, sex, MK_REGION[muni])
        email = gc.email_for(rng, gc.ascii_fold(fl), gc.ascii_fold(ll), ["gmail.com", "yahoo.com", "t-home.mk",
                                                                         "hotmail.com", "outlook.com"])
        uname = pick(rng, [email, email, em, gc.ascii_fold(fl).lower() + "." + gc.ascii_fold(ll).lower()])
        if uname in used:
            uname = email.split("@")[0] + str(i)
        used.add(uname)
        mob = pick(rng, ["70", "71", "72", "75", "76", "77", "78"]) + gc.digits(rng, 6)
        phone = pick(rng, [f"+389{mob}", f"+389 {mob[:2]} {mob[2:5]} {mob[5:]}", f"0{mob}", f"0{mob[:2]}/{mob[2:5]}-{mob[5:]}"])
        created = rng.randint(t0, t1)
        fed = rng.random() < 0.3
        otp = rng.random() < 0.35
        salt = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(16))).decode()
        hv = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()
        algo = pick(rng, [("pbkdf2-sha256", 27500), ("pbkdf2-sha512", 210000), ("pbkdf2-sha256", 27500)])
        rows.append([
            gc.uuid4(rng), str(created), uname.lower(), pick(rng, ["true"] * 15 + ["false"]),
            "true" if otp else "false", pick(rng, ["true", "true", "false"]), first, last, email,
            maybe(rng, 0.9, em), maybe(rng, 0.75, phone), pick(rng, ["true", "false"]), loc, muni,
            maybe(rng, 0.6, pick(rng, MK_STREETS) + str(rng.randint(1, 140)) + maybe(rng, 0.3, f"/{rng.randint(1, 30)}")),
            "password", str(created + rng.randint(0, 9 * 10 ** 10)),
            f'{{"value":"{hv}","salt":"{salt}","additionalParameters":{{}}}}',
            f'{{"hashIterations":{algo[1]},"algorithm":"{algo[0]}","additionalParameters":{{}}}}',
            "otp" if otp else "", f'{{"value":"{gc.token(rng, 20)}"}}' if otp else "",
            pick(rng, ["google", "eid-mk"]) if fed else "",
            (email if rng.random() < 0.7 else em) if fed else "",
            pick(rng, ["", "", "", "VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP"]),
            pick(rng, ["default-roles-euslugi", "default-roles-euslugi,citizen", "default-roles-euslugi,official"]),
            pick(rng, ["/citizens", "/citizens", "/citizens", "/officials/Skopje", "/officials/Tetovo", "/legal-reps"]),
        ])
    return spec, rows


# =============================================================================================
# 9. psql_mutuelle_cm: Cameroonian credit-union members, psql CSV of a query whose columns were not
#    aliased (headers are the PostgreSQL function names)
# =============================================================================================
CM_M = ["Jean-Paul", "Hervé", "Armand", "Serge", "Blaise", "Landry", "Rodrigue", "Achille", "Thierry", "Hamadou",
        "Oumarou", "Bouba", "Moussa", "Ndifor", "Achu", "Ngwa", "Tabi", "Awah", "Nchang", "Emmanuel", "Christian"]
CM_F = ["Marie-Claire", "Solange", "Brigitte", "Pélagie", "Clarisse", "Odette", "Laurentine", "Bernadette", "Flore",
        "Germaine", "Aïssatou", "Hadidja", "Djamila", "Bih", "Ngum", "Siri", "Mireille", "Chantal", "Nadège"]
CM_S = ["Tchakounté", "Fotso", "Kamga", "Kamdem", "Nkwelle", "Mbarga", "Atangana", "Essomba", "Owona", "Ngono", "Ndzana",
        "Etoa", "Nguefack", "Tagne", "Djoumessi", "Nkeng", "Tanyi", "Fon", "Ndip", "Eyong", "Ayuk", "Bello", "Abdoulaye",
        "Yaya", "Ekambi", "Dikongue", "Ebelle", "Manga", "Fru", "Ndikum", "Achuo", "Kengne", "Wamba", "Mvondo"]
CM_GEO = [("Douala", "LT", ["Bonamoussadi", "Akwa", "Deïdo", "Makepe", "Bépanda", "Ndogbong", "PK14"]),
          ("Yaoundé", "CE", ["Bastos", "Mvog-Ada", "Biyem-Assi", "Nkolbisson", "Emana", "Essos"]),
          ("Bafoussam", "OU", ["Tamdja", "Djeleng", "Kouogouo"]), ("Dschang", "OU", ["Foto", "Paid Ground"]),
          ("Bamenda", "NW", ["Nkwen", "Mankon", "Up Station", "Old Town"]), ("Buea", "SW", ["Molyko", "Great Soppo", "Bonduma"]),
          ("Garoua", "NO", ["Poumpoumré", "Roumdé Adjia"])]


def t_psql(rng: random.Random):
    spec = [
        ("?column?", False, "member_code"), ("initcap", True, "full_name"), ("to_char", True, "date_of_birth"),
        ("date_part", False, "year"), ("coalesce", True, "mobile_phone"), ("regexp_replace", True, "national_id"),
        ("nullif", True, "tax_id"), ("lower", True, "email"), ("concat_ws", True, "full_address"),
        ("split_part", True, "city"), ("left", False, "region_code"), ("btrim", True, "bank_account_number"),
        ("substring", False, "branch_code"), ("round", False, "account_balance"), ("sum", False, "amount"),
        ("count", False, "count"), ("max", False, "timestamp"), ("md5", True, "pin_hash"),
        ("string_agg", True, "beneficiary_names"), ("jsonb_extract_path_text", True, "phone"),
        ("format", True, "free_text_with_names"), ("translate", False, "gender"), ("array_to_string", False, "tags"),
        ("now", False, "timestamp"),
    ]
    export_ts = "2025-11-28 17:42:09.318274+01"
    rows = []
    members = []
    for i in range(336):
        sex = pick(rng, "MF")
        city, reg, qs = pick(rng, CM_GEO)
        if reg in ("NW", "SW"):
            fn = pick(rng, ["Ndifor", "Achu", "Ngwa", "Tabi", "Awah", "Nchang", "Emmanuel"] if sex == "M"
                      else ["Bih", "Ngum", "Siri", "Mireille", "Odette"])
            sn = pick(rng, ["Fru", "Ndikum", "Achuo", "Tanyi", "Fon", "Ndip", "Eyong", "Ayuk", "Nkeng"])
        elif reg == "NO":
            fn = pick(rng, ["Hamadou", "Oumarou", "Bouba", "Moussa"] if sex == "M" else ["Aïssatou", "Hadidja", "Djamila"])
            sn = pick(rng, ["Bello", "Abdoulaye", "Yaya", "Ahidjo Bouba", "Sali"])
        else:
            fn = pick(rng, CM_M if sex == "M" else CM_F)
            sn = pick(rng, CM_S)
            if sex == "F" and rng.random() < 0.12:
                sn = "Ngo " + pick(rng, ["Bassa", "Ndjock", "Mbock", "Nlend"])
        name = pick(rng, [f"{sn} {fn}", f"{sn} {fn}", f"{fn} {sn}"])
        birth = gc.rand_date(rng, dt.date(1950, 1, 1), dt.date(2005, 12, 31))
        code = f"CAM-{city[:3].upper().replace('É', 'E')}-{1000 + i * 11:06d}"
        mob = "6" + pick(rng, ["7", "9", "5", "8", "2"]) + gc.digits(rng, 7)
        members.append((name, code))
        phone = pick(rng, [mob, f"{mob[:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}", f"237{mob}", f"+237 {mob[0]} {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
                           f"2{gc.digits(rng, 2)}3{gc.digits(rng, 5)}"])
        cni = gc.digits(rng, pick(rng, [9, 9, 9, 10]))
        if cni[0] == "0":
            cni = "1" + cni[1:]
        niu = maybe(rng, 0.45, f"{pick(rng, ['P', 'P', 'M'])}{gc.digits(rng, 12)}{pick(rng, string.ascii_uppercase)}")
        email = maybe(rng, 0.5, gc.email_for(rng, gc.ascii_fold(fn), gc.ascii_fold(sn.split()[-1]),
                                             ["yahoo.fr", "gmail.com", "camtel.cm", "hotmail.fr"]).lower())
        q = pick(rng, qs)
        addr = pick(rng, [f"Quartier {q}, {city}", f"{q}, rue {rng.randint(1, 3)}.{rng.randint(100, 999)}, {city}",
                          f"{q}, derrière la chapelle, {city}", f"BP {rng.randint(100, 9999)} {city}"])
        bank = "37001"
        br = f"{pick(rng, [1, 2, 3, 5, 8, 12]):05d}"
        acct = gc.digits(rng, 11)
        key = f"{97 - (int(bank + br + acct) * 100) % 97:02d}"
        ben = "; ".join(f"{sn.split()[-1]} {pick(rng, CM_M + CM_F)}" for _ in range(rng.randint(1, 3)))
        nok = "6" + pick(rng, "79568") + gc.digits(rng, 7)
        spons = pick(rng, members[:-1]) if len(members) > 3 and rng.random() < 0.45 else None
        joined = gc.rand_date(rng, dt.date(2008, 1, 1), dt.date(2025, 6, 30))
        last_tx = dt.datetime.combine(gc.rand_date(rng, dt.date(2025, 1, 1), dt.date(2025, 11, 27)),
                                      dt.time(rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)))
        nloans = rng.randint(0, 9)
        rows.append([
            code, name, pick(rng, [birth.strftime("%d/%m/%Y"), birth.strftime("%d/%m/%Y"), birth.strftime("%d-%m-%Y")]),
            str(joined.year), phone, cni, niu, email, addr, city, reg,
            pick(rng, [f"{bank} {br} {acct} {key}", f"{bank}{br}{acct}{key}", acct]), br,
            f"{rng.randint(0, 4_500_000) / 1:.0f}", f"{nloans * rng.randint(50, 900) * 1000:.2f}", str(nloans),
            last_tx.strftime("%Y-%m-%d %H:%M:%S") + "+01", hashlib.md5(gc.digits(rng, 4).encode()).hexdigest(),
            maybe(rng, 0.7, ben), maybe(rng, 0.6, pick(rng, [nok, "237" + nok])),
            f"Membre parrain: {spons[0]} ({spons[1]})" if spons else "",
            sex, pick(rng, ["épargne", "épargne;tontine", "épargne;crédit_scolaire", "épargne;tontine;crédit_agricole", ""]),
            export_ts,
        ])
    return spec, rows


# =============================================================================================
# 10. freshdesk_tickets_vu: Vanuatu power & water utility, Freshdesk ticket export (Bislama/English/French)
# =============================================================================================
VU_M = ["Ralph", "Charlot", "Joe", "Kalmet", "Willie", "Jimmy", "Tari", "Moana", "Bakoa", "Iolu", "Kaltapau",
        "Sato", "Johnson", "Nikenike", "Alick", "Toara"]
VU_F = ["Serah", "Leisal", "Mereani", "Lilly", "Annie", "Nelly", "Rose", "Marie-Louise", "Ketty", "Dorosday",
        "Jenny", "Loïs", "Merilyn", "Kalsei"]
VU_S = ["Kalo", "Willie", "Tari", "Natuman", "Kalsakau", "Lini", "Tabi", "Iauko", "Tevi", "Salwai", "Molisa",
        "Kalpokas", "Abbil", "Bule", "Napuat", "Vurobaravu", "Tosul", "Sope", "Kilman", "Naupa", "Matas", "Toka"]
VU_AREA = [("Shefa", ["Freswota 4", "Tebakor", "Seaside Tongoa", "Ohlen", "Blacksands", "Mele", "Nambatu", "Anabrou",
                     "Tagabe", "Erakor"]),
           ("Sanma", ["Sarakata", "Pepsi", "Chapuis", "Solwei", "Bomba"]), ("Tafea", ["Lenakel", "Isangel"]),
           ("Malampa", ["Lakatoro", "Norsup"])]


def t_freshdesk(rng: random.Random):
    spec = [
        ("Ticket ID", False, "ticket_id"), ("Subject", False, "title"), ("Description", True, "free_text_with_names"),
        ("Status", False, "status"), ("Priority", False, "enum"), ("Source", False, "enum"), ("Type", False, "category"),
        ("Agent", True, "full_name"), ("Group", False, "department"), ("Created time", False, "created_at"),
        ("Resolved time", False, "timestamp"), ("Last update time", False, "updated_at"),
        ("First response time (in hrs)", False, "duration"), ("Tags", False, "tags"), ("Full name", True, "full_name"),
        ("Contact ID", False, "customer_id"), ("Email", True, "email"), ("Mobile phone", True, "mobile_phone"),
        ("Work phone", True, "phone"), ("Company name", False, "company_name"),
        ("cf_account_number", False, "customer_account_surrogate"), ("cf_meter_number", True, "meter_serial"),
        ("cf_province", False, "state_province"), ("cf_area", True, "neighbourhood_of_residence"),
        ("Satisfaction rating", False, "score"),
    ]
    agents = ["Leisal Kalo", "Toara Matas", "Ketty Napuat", "Jimmy Bule", "Marie-Louise Tosul", "Dorosday Naupa"]
    companies = ["Au Bon Marché Nambatu", "Nambawan Café", "Tanna Coffee Ltd", "Vila Chaumières", "Lo Wan Store",
                 "Santo Hardware", "Wan Smolbag Theatre"]
    subjects = [("Blackout long Freswota", "Outage"), ("Bill i tumas", "Billing"), ("Meter no wok", "Meter fault"),
                ("Nouvelle connexion", "New connection"), ("Water pressure low", "Water"), ("Transfer of account", "Account"),
                ("Prepaid token no wok", "Meter fault"), ("Request for refund of deposit", "Billing"),
                ("Waea i foldaon long rod", "Outage"), ("Facture incorrecte", "Billing")]
    rows = []
    ts = dt.datetime(2025, 3, 3, 7, 45)
    for i in range(296):
        ts += dt.timedelta(minutes=rng.randint(10, 400))
        sex = pick(rng, "MF")
        first, last = pick(rng, VU_M if sex == "M" else VU_F), pick(rng, VU_S)
        name = f"{first} {last}"
        prov, areas = pick(rng, VU_AREA[:1] * 3 + VU_AREA[1:])
        area = pick(rng, areas)
        mob = pick(rng, ["54", "55", "77", "78", "53", "59"]) + gc.digits(rng, 5)
        mphone = pick(rng, [mob, f"+678 {mob[:3]} {mob[3:]}", f"678{mob}", f"{mob[:3]} {mob[3:]}"])
        meter = pick(rng, ["20", "21", "30", "45"]) + gc.digits(rng, pick(rng, [5, 6]))
        subj, typ = pick(rng, subjects)
        other = f"{pick(rng, VU_M + VU_F)} {pick(rng, VU_S)}"
        desc = pick(rng, [
            f"Mi stap long {area}, haos blong mi i no gat paoa stat long yestedei. Nem blong mi {name}, namba {mob}.",
            f"Neighbour blong mi {pick(rng, ['Mr', 'Mrs', 'Papa'])} {pick(rng, VU_S)} i bin katem waea blong paoa.",
            f"Bonjour, je suis Mme {last}, mon compteur {meter} ne fonctionne plus depuis samedi.",
            f"Customer requested transfer of account from late father {pick(rng, VU_M)} {last} to son {pick(rng, VU_M)} {last}.",
            "Bill blong manis ia i hae tumas, plis jekem meter.",
            "Power outage reported for the whole street, crew dispatched.",
            f"Token 4821-xxxx not accepted. Called back by {pick(rng, agents)}.",
            f"Tenant {other} moved out, landlord {name} wants final reading.",
            "Water cut since 3 days, no notice given.",
            "",
            f"Plis kolem mi long {mphone} o long waef blong mi {pick(rng, VU_F)}.",
        ])
        created = ts
        resolved = created + dt.timedelta(hours=rng.randint(1, 120)) if rng.random() < 0.8 else None
        upd = (resolved or created) + dt.timedelta(minutes=rng.randint(0, 600))
        biz = rng.random() < 0.15
        work = ""
        if rng.random() < 0.25:
            work = pick(rng, ["22", "23", "24", "25", "36"]) + gc.digits(rng, 3)
        rows.append([
            str(10230 + i), subj, desc,
            "Closed" if resolved else pick(rng, ["Open", "Pending", "Waiting on Customer"]),
            pick(rng, ["Low", "Medium", "Medium", "High", "Urgent"]),
            pick(rng, ["Phone", "Email", "Portal", "WhatsApp", "Walkup"]), typ, pick(rng, agents),
            pick(rng, ["Customer Care Vila", "Customer Care Santo", "Field Crew", "Billing"]),
            created.strftime("%Y-%m-%d %H:%M:%S"), resolved.strftime("%Y-%m-%d %H:%M:%S") if resolved else "",
            upd.strftime("%Y-%m-%d %H:%M:%S"), f"{rng.uniform(0.1, 30):.2f}",
            pick(rng, ["", "outage", "billing,refund", "vip", "meter", "water,leak"]), name,
            str(43000000000 + rng.randint(1, 999999)),
            maybe(rng, 0.45, gc.email_for(rng, first, last, ["gmail.com", "vanuatu.com.vu", "yahoo.com", "digicelpacific.com"])),
            maybe(rng, 0.85, mphone), work, pick(rng, companies) if biz else "",
            f"{pick(rng, ['EF', 'SA', 'TA'])}{rng.randint(100000, 999999)}", maybe(rng, 0.8, meter), prov, area,
            pick(rng, ["", "", "Awesome", "Neutral", "Not Good"]),
        ])
    return spec, rows


TABLES = [
    ("koha_borrowers_tl", 9101, t_koha,
     "Timor-Leste national university library patrons (Koha borrowers table): Tetum/Portuguese names, nicknames, "
     "suco/aldeia addresses, +670 phones, OPAC logins and bcrypt hashes, sort2 re-used for the ID number, "
     "alternate contact, staff notes naming people"),
    ("dhis2_tei_anc_mw", 9102, t_dhis2,
     "Malawi DHIS2 tracker antenatal/PMTCT enrolments: tracked-entity attributes exported under their 11-character "
     "UIDs (headers say nothing): names, birth date, national ID, phones (typed as numbers), village, T/A, ART number, "
     "LMP, spouse, household GPS as GeoJSON, clerk username"),
    ("paypal_activity_fo", 9103, t_paypal,
     "Faroese knitwear shop PayPal activity download: mostly transaction data, with buyers' names, e-mails, "
     "addresses (FO, DK, NO, DE, US, JP, GB), phones and notes"),
    ("sfsf_empleados_cr", 9104, t_sfsf,
     "Costa Rican service centre employees from SAP SuccessFactors (Entity.field headers): two surnames, cédula "
     "with/without dashes or as a number, DIMEX for Nicaraguan staff, OData /Date()/ birth dates, descriptive "
     "addresses, CR IBAN, emergency contacts"),
    ("jde_f0101_ab_pa", 9105, t_jde,
     "Panamanian distributor JD Edwards Address Book (F0101/F0116/F0115/F01151/F060116/F0030 columns): customers, "
     "employees and suppliers mixing people (cédula) and companies (RUC); CYYDDD Julian dates"),
    ("v_patient_anon_iq", 9106, t_anon,
     "Iraqi Kurdistan private hospital 'anonymised' warehouse view whose masking step did not run: misleading "
     "headers (name_hash holds names, dob_year full birth dates, phone_masked full phones, nid_last4 full national "
     "card numbers); Kurdish, Assyrian, Yazidi, Arab patients"),
    ("n4_gate_tran_dj", 9107, t_gate,
     "Djibouti container terminal truck gate transactions (Navis N4-style entity.field headers): mostly container "
     "and haulier data, with Ethiopian/Djiboutian driver name, gate card UID, licence, phone, clerk login and notes"),
    ("keycloak_realm_users_mk", 9108, t_keycloak,
     "North Macedonian e-services portal Keycloak realm users export flattened: Macedonian (Cyrillic/Latin), "
     "Albanian, Turkish, Roma, Aromanian users, EMBG, phones, municipality, PBKDF2 secretData, TOTP secrets"),
    ("psql_mutuelle_cm", 9109, t_psql,
     "Cameroonian credit-union members, psql CSV export of a query without column aliases (headers are PostgreSQL "
     "function names): Bamileke, Beti, Duala, Bassa, Anglophone and Fulbe names, CNI, NIU, phones, account numbers, "
     "MD5 PIN hashes, beneficiaries, sponsor"),
    ("freshdesk_tickets_vu", 9110, t_freshdesk,
     "Vanuatu power and water utility Freshdesk ticket export: descriptions in Bislama, English and French naming "
     "customers, neighbours and relatives; ni-Vanuatu names, +678 phones, meter numbers, area of residence"),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, seed, fn, desc in TABLES:
        rng = random.Random(seed)
        spec, rows = fn(rng)
        write_table(name, desc, spec, rows)
        print(f"{name}: {len(rows)} rows x {len(spec)} cols, pii {sum(1 for s in spec if s[1])}")


if __name__ == "__main__":
    main()
