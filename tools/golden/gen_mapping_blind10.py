# ruff: noqa
"""Eleventh blind schema-matching golden set (8 pairs, split "blind", seeds 14141-14148).
(a blind-written generator, kept as its author wrote it; only its output path was repointed: mapping_common.OUT is the repo's)

Uzbek cotton procurement, Basque ready-mix concrete tickets (wide, 83 target columns), Burmese
microfinance repayments without a header row, ISO 8583 card authorisations (coded data-element headers),
Albanian driving-school exams in a misleading CRM template, Nepali trekking permits, Kannada silk cocoon
auction lots and Maltese planning applications. Every source row and its expected target row are rendered
from the same canonical record. Standard library + golden_common / mapping_common only; deterministic.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import golden_common as gc
import mapping_common as mc
from mapping_common import C, Pair, q

OUT = mc.OUT
SPLIT = "blind"

D = dt.date
DT = dt.datetime


def sdig(s: str, digits: str) -> str:
    """Replace ASCII digits by the digits of another script."""
    return "".join(digits[int(c)] if c.isdigit() and c.isascii() else c for c in s)


MY_DIG = "၀၁၂၃၄၅၆၇၈၉"
DEV_DIG = "०१२३४५६७८९"
KN_DIG = "೦೧೨೩೪೫೬೭೮೯"


def cap1(s: str) -> str:
    """Capitalise the first letter only (keeps O'tkir, Ulug'bek)."""
    return s[:1].upper() + s[1:].lower()


def capwords(s: str) -> str:
    return " ".join(cap1(w) for w in s.split(" "))


def spaced(n: int, sep: str = " ") -> str:
    return f"{n:,}".replace(",", sep)


def iso(d) -> str:
    return d.isoformat()


def dts(x: dt.datetime) -> str:
    return x.strftime("%Y-%m-%dT%H:%M:%S")


# =============================================================================================
# 1. Uzbek cotton procurement (Khorezm), Uzbek Latin headers
# =============================================================================================
UZ_MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
             "noyabr", "dekabr"]
UZ_MALE = ["Akmal", "Rustam", "Sherzod", "Bekzod", "Jasur", "Otabek", "Farrux", "Dilshod", "Ulug'bek", "Sanjar",
           "Baxtiyor", "Qahramon", "Ravshan", "O'tkir", "Shavkat", "Alisher"]
UZ_FEMALE = ["Dilnoza", "Gulnora", "Madina", "Nilufar", "Shahnoza", "Zulfiya", "Mohira", "Feruza", "Barno",
             "Sevara"]
UZ_SUR = ["Karimov", "Rahimov", "Yusupov", "Tursunov", "Xolmatov", "Ergashev", "Qodirov", "Sobirov",
          "Matyoqubov", "Otajonov", "Bekchanov", "Ro'zmetov", "Saidov", "Nurmatov", "Jumaniyozov", "Allaberganov"]
UZ_FARMS = ["Oltin Vodiy", "Bog'ot Zamini", "Gulshan Agro", "Xorazm Nuri", "Amudaryo Tongi", "Yashil Dala",
            "Baraka Hosil", "Qo'ng'irot Bobo", "Ota Meros", "Nurli Kelajak", "Sharq Yulduzi", "Barhayot",
            "Hazorasp Paxtakori", "Jayhun Sohili", "Ko'hna Qal'a", "Tuproqqal'a", "Mehnatkash Dehqon",
            "Obod Qishloq", "Uchqun", "Yangi Hayot", "Dehqonobod", "Gurlan Oqsuvi"]
UZ_DISTRICTS = [("Urganch", "Урганч", "Urgench"), ("Xiva", "Хива", "Khiva"), ("Qo'shko'pir", "Қўшкўпир", "Koshkupyr"),
                ("Hazorasp", "Ҳазорасп", "Khazarasp"), ("Shovot", "Шовот", "Shavat"), ("Gurlan", "Гурлан", "Gurlen"),
                ("Bog'ot", "Боғот", "Bagat"), ("Yangiariq", "Янгиариқ", "Yangiarik"), ("Xonqa", "Хонқа", "Khanka")]
UZ_VARIETIES = [("Buxoro-102", ["Buxoro-102", "Бухоро-102", "B-102", "buxoro 102"]),
                ("Sulton", ["Sulton", "Султон", "Sultan", "SULTON"]),
                ("Andijon-37", ["Andijon-37", "Андижон-37", "An-37", "andijon 37"]),
                ("Porloq-4", ["Porloq-4", "Порлоқ-4", "P-4", "porloq 4"]),
                ("Namangan-77", ["Namangan-77", "Наманган-77", "N-77", "namangan77"]),
                ("Omad", ["Omad", "Омад", "OMAD", "omad"])]
UZ_GRADE = {1: ["I", "1-nav", "birinchi", "1"], 2: ["II", "2-nav", "ikkinchi", "2"],
            3: ["III", "3-nav", "uchinchi", "3"], 4: ["IV", "4-nav", "to'rtinchi", "4"]}
UZ_PRICE = {1: 8_450_000, 2: 8_120_000, 3: 7_600_000, 4: 6_900_000}


def uz_pair() -> Pair:
    p = Pair(SPLIT, "paxta_uz_to_cotton_delivery",
             "Uzbek (Latin, with Cyrillic variants) raw-cotton receipts of Khorezm procurement points: farm names in "
             "four layouts, head of farm with Russian- or Uzbek-style patronymic, centner/tonne/kg weights, so'm "
             "prices in millions, grade words, districts in Latin/Cyrillic/Russian spelling.",
             "cotton_delivery", 180, 14141)
    rng = p.rng
    farms = []
    for k, name in enumerate(UZ_FARMS):
        sex = "F" if rng.random() < 0.2 else "M"
        first = rng.choice(UZ_FEMALE if sex == "F" else UZ_MALE)
        sur = rng.choice(UZ_SUR) + ("a" if sex == "F" else "")
        father = rng.choice(UZ_MALE)
        op = rng.choice(["90", "91", "93", "94", "97", "99", "88", "33"])
        ph = op + gc.digits(rng, 7)
        farms.append(dict(name=name, sex=sex, first=first, last=sur, father=father, tin=str(rng.choice([2, 3]))
                          + gc.digits(rng, 8), district=rng.randrange(len(UZ_DISTRICTS)), phone=ph,
                          point=rng.randint(1, 6)))
    p.src_cols = ["T/r", "Kvitansiya №", "Sana", "Fermer xo'jaligi", "Rahbar F.I.Sh.", "STIR", "Telefon", "Tuman",
                  "Nav", "Sinf", "Og'irligi", "Namlik %", "Ifloslik %", "Narxi (so'm/t)", "Qabul punkti",
                  "Mashina terimi", "To'lov holati", "Avtomobil raqami", "Tarozichi", "Izoh"]
    p.tgt_cols = [
        C("receipt_no", "int", "id.record_id", key=True, nullable=False, description="Receipt number as an integer (KV-024517 -> 24517)."),
        C("delivery_date", "date", "datetime.date", nullable=False),
        C("farm_name", "string", "org.company_name", nullable=False, description="Farm name without quotes and without 'fermer xo'jaligi' / F/X; words capitalised."),
        C("farm_tin", "string", "id.vat_number", regex=r"^\d{9}$", description="STIR (taxpayer id), 9 digits."),
        C("head_last_name", "string", "person.last_name"),
        C("head_first_name", "string", "person.first_name"),
        C("head_father_name", "string", "person.middle_name", description="Father's given name taken from the patronymic (Rustamovich / Rustam o'g'li -> Rustam); null when no patronymic is given."),
        C("head_phone", "string", "contact.mobile_phone", regex=r"^\+998\d{9}$", description="E.164"),
        C("district", "string", "address.city", allowed_values=[d[0] for d in UZ_DISTRICTS], description="Khorezm district, Uzbek Latin spelling."),
        C("variety", "string", "text.category", allowed_values=[v[0] for v in UZ_VARIETIES]),
        C("grade", "int", "text.category", allowed_values=[1, 2, 3, 4], description="Industrial grade (nav) 1-4."),
        C("weight_kg", "int", "qty.mass", description="Physical weight in kg (1 sentner = 100 kg)."),
        C("moisture_ratio", "decimal", "qty.percentage", description="Moisture as a fraction, 3 places (9,5 -> 0.095)."),
        C("trash_ratio", "decimal", "qty.percentage", description="Trash content as a fraction, 3 places."),
        C("price_per_t_uzs", "int", "money.unit_price", description="Price per tonne in so'm."),
        C("amount_uzs", "decimal", "money.amount", description="weight_kg / 1000 x price per tonne, 2 places."),
        C("reception_point", "string", "org.department", allowed_values=[f"PTM-{k:02d}" for k in range(1, 7)], description="Cotton procurement point code PTM-NN."),
        C("machine_picked", "bool", "flag.boolean"),
        C("payment_status", "string", "status.record_status", allowed_values=["PAID", "UNPAID", "PARTIAL"]),
        C("contract_no", "string", "id.record_id"),
        C("quality_certificate_no", "string", "id.record_id"),
    ]
    p.key_src, p.key_tgt = ["Kvitansiya №"], ["receipt_no"]
    for t, s, k in [("receipt_no", "Kvitansiya №", "type_cast"), ("delivery_date", "Sana", "date_format"),
                    ("farm_name", "Fermer xo'jaligi", "reformat"), ("farm_tin", "STIR", "reformat"),
                    ("head_last_name", "Rahbar F.I.Sh.", "decompose"), ("head_first_name", "Rahbar F.I.Sh.", "decompose"),
                    ("head_father_name", "Rahbar F.I.Sh.", "decompose"), ("head_phone", "Telefon", "reformat"),
                    ("district", "Tuman", "value_map"), ("variety", "Nav", "value_map"), ("grade", "Sinf", "value_map"),
                    ("weight_kg", "Og'irligi", "unit"), ("moisture_ratio", "Namlik %", "reformat"),
                    ("trash_ratio", "Ifloslik %", "reformat"), ("price_per_t_uzs", "Narxi (so'm/t)", "type_cast"),
                    ("reception_point", "Qabul punkti", "value_map"), ("machine_picked", "Mashina terimi", "value_map"),
                    ("payment_status", "To'lov holati", "value_map")]:
        p.m(t, s, k)
    p.m("amount_uzs", ["Og'irligi", "Narxi (so'm/t)"], "compose")
    p.m("contract_no", [], "unmapped")
    p.m("quality_certificate_no", [], "unmapped")

    def row(rng: random.Random, i: int):
        f = farms[rng.randrange(len(farms))]
        rno = 24000 + i * 3 + rng.randint(0, 2)
        d = gc.rand_date(rng, D(2024, 9, 2), D(2024, 11, 29))
        ds = rng.choice([f"{d:%d.%m.%Y}", f"{d.day}-{UZ_MONTHS[d.month - 1]} {d.year}", iso(d),
                         f"{d.day} {UZ_MONTHS[d.month - 1]} {d.year} y.", f"{d:%d/%m/%Y}"])
        nm = f["name"]
        fs = rng.choice([f'"{nm}" fermer xo\'jaligi', f'"{nm}" F/X', f"F/X «{nm}»", f"{nm.upper()} FX"])
        fem = f["sex"] == "F"
        pat_ru = f["father"] + ("ovna" if fem else "ovich")
        pat_uz = f["father"] + (" qizi" if fem else " o'g'li")
        st = rng.randrange(4)
        if st == 0:
            ns, father = f"{f['last']} {f['first']} {pat_ru}", f["father"]
        elif st == 1:
            ns, father = f"{f['last']} {f['first']} {pat_uz}", f["father"]
        elif st == 2:
            ns, father = f"{f['last']} {f['first']} {pat_ru}".upper(), f["father"]
        else:
            ns, father = f"{f['first']} {f['last']}", None
        tin = f["tin"]
        ts = rng.choice([tin, f"{tin[:3]} {tin[3:6]} {tin[6:]}", f"STIR: {tin}", tin])
        ph = f["phone"]
        phs = rng.choice([f"+998 {ph[:2]} {ph[2:5]} {ph[5:7]} {ph[7:]}", f"({ph[:2]}) {ph[2:5]}-{ph[5:7]}-{ph[7:]}",
                          f"{ph[:2]} {ph[2:]}", f"998{ph}"])
        dist = UZ_DISTRICTS[f["district"]]
        dis = rng.choice([dist[0], dist[1], dist[2], dist[0].upper()])
        vi = rng.randrange(len(UZ_VARIETIES))
        var, vforms = UZ_VARIETIES[vi]
        grade = rng.choices([1, 2, 3, 4], [5, 4, 2, 1])[0]
        kg = rng.randint(300, 2400) * 10 if rng.random() < 0.7 else rng.randint(3000, 24000)
        wst = rng.randrange(4)
        if wst == 0:
            ws = f"{spaced(kg)} kg"
        elif wst == 1:
            ws = str(kg)
        elif wst == 2:
            t = Decimal(kg) / 1000
            ws = (f"{t:.2f}" if kg % 10 == 0 else f"{t:.3f}").replace(".", ",") + " t"
        else:
            s_ = Decimal(kg) / 100
            ws = (f"{s_:.1f}" if kg % 10 == 0 else f"{s_:.2f}").replace(".", ",") + " sentner"
        moist = Decimal(rng.randint(80, 140)) / 10
        trash = Decimal(rng.randint(10, 120)) / 10

        def pct(x):
            return rng.choice([str(x).replace(".", ","), f"{x}%", f"{str(x).replace('.', ',')} %"])
        price = UZ_PRICE[grade]
        pst = rng.randrange(4)
        if pst == 0:
            prs = spaced(price)
        elif pst == 1:
            prs = f"{Decimal(price) / 1_000_000:.2f}".replace(".", ",") + " mln"
        elif pst == 2:
            prs = f"{price} so'm"
        else:
            prs = spaced(price, ".")
        pt = f["point"]
        pts = rng.choice([f"{pt}-sonli maskan", f"PTM-{pt}", f"Paxta tayyorlash maskani №{pt}", f"ПТМ-{pt}"])
        mach = rng.random() < 0.3
        ms = rng.choice(["ha", "Ha", "✓"]) if mach else rng.choice(["yo'q", "Yo'q", "-"])
        pay = rng.choices(["PAID", "UNPAID", "PARTIAL"], [6, 3, 1])[0]
        pays = rng.choice({"PAID": ["To'landi", "to'langan", "оплачено"], "UNPAID": ["To'lanmadi", "kutilmoqda"],
                           "PARTIAL": ["Qisman", "qisman to'landi"]}[pay])
        plate = f"90 {rng.choice('ABCDEFGHKLMNOPSTUXYZ')} {rng.randint(100, 999)} {rng.choice(['BA', 'CA', 'DA', 'FA', 'KA'])}"
        s = {"T/r": str(i + 1), "Kvitansiya №": rng.choice([f"KV-{rno:06d}", str(rno), f"№ {rno}", f"kv {rno}"]),
             "Sana": ds, "Fermer xo'jaligi": fs, "Rahbar F.I.Sh.": ns, "STIR": ts, "Telefon": phs, "Tuman": dis,
             "Nav": rng.choice(vforms), "Sinf": rng.choice(UZ_GRADE[grade]), "Og'irligi": ws, "Namlik %": pct(moist),
             "Ifloslik %": pct(trash), "Narxi (so'm/t)": prs, "Qabul punkti": pts, "Mashina terimi": ms,
             "To'lov holati": pays, "Avtomobil raqami": plate,
             "Tarozichi": f"{rng.choice(UZ_SUR)} {rng.choice(UZ_MALE)[0]}.",
             "Izoh": rng.choice(["", "", "nam yuqori", "qayta tortildi", "chigit aralash", ""])}
        t = {"receipt_no": rno, "delivery_date": iso(d), "farm_name": nm, "farm_tin": tin,
             "head_last_name": f["last"], "head_first_name": f["first"], "head_father_name": father,
             "head_phone": "+998" + ph, "district": dist[0], "variety": var, "grade": grade, "weight_kg": kg,
             "moisture_ratio": q(moist / 100, 3), "trash_ratio": q(trash / 100, 3), "price_per_t_uzs": price,
             "amount_uzs": q(Decimal(kg) * price / 1000, 2), "reception_point": f"PTM-{pt:02d}",
             "machine_picked": mach, "payment_status": pay}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 2. Basque ready-mix concrete delivery tickets (wide)
# =============================================================================================
EU_MONTHS_GEN = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
                 "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"]
EU_COMPANIES = [("Zubieta Eraikuntzak", "SL"), ("Urola Obrak", "SA"), ("Goierri Etxegintza", "SCOOP"),
                ("Construcciones Arrieta", "SL"), ("Bidasoa Berriztapenak", "SLU"), ("Txingudi Eraikuntza", "SL"),
                ("Lea Artibai Obras", "SA"), ("Deba Garaia Promozioak", "SL"), ("Aiaraldea Construcciones", "SLU"),
                ("Etxebizitza Berriak", "SCOOP")]
EU_FORM_RENDER = {"SL": ["S.L.", "SL", "S.L"], "SA": ["S.A.", "SA", "S.A"], "SLU": ["S.L.U.", "SLU", "S.L.U"],
                  "SCOOP": ["S.Coop.", "S. COOP.", "SCOOP"]}
EU_CITIES = {"Donostia": ["Donostia", "San Sebastián", "DONOSTIA-SAN SEBASTIAN"],
             "Vitoria-Gasteiz": ["Gasteiz", "Vitoria", "VITORIA-GASTEIZ"],
             "Bilbao": ["Bilbo", "Bilbao", "BILBAO"], "Iruñea": ["Iruña", "Pamplona", "IRUÑEA"],
             "Arrasate": ["Arrasate", "Mondragón", "ARRASATE-MONDRAGÓN"], "Eibar": ["Eibar", "EIBAR"],
             "Durango": ["Durango", "DURANGO"], "Irun": ["Irun", "Irún", "IRUN"]}
EU_SITES = [("Amara Berri 14 etxebizitza", "Donostia"), ("Lakua 2 eskola", "Vitoria-Gasteiz"),
            ("Zorrotzaurre bulegoak", "Bilbao"), ("Txantrea kiroldegia", "Iruñea"),
            ("Garaia poligonoa nabea", "Arrasate"), ("Ipurua futbol zelaia", "Eibar"),
            ("Landako anbulatorioa", "Durango"), ("Behobia zubia", "Irun"), ("Egia 32 etxebizitza", "Donostia"),
            ("Salburua aparkalekua", "Vitoria-Gasteiz")]
EU_PLANTS = {"LAS": ["Lasarte-Oria", "Lasarte", "LASARTE"], "ZAM": ["Zamudio", "ZAMUDIO", "Zamudio lantegia"],
             "JUN": ["Júndiz", "Jundiz", "JÚNDIZ"], "ORK": ["Orkoien", "Orcoyen", "ORKOIEN"]}
EU_CEMENT = [("CEM I 52.5 R", ["CEM I 52,5 R", "CEM I 52.5R", "cem i 52,5 r"]),
             ("CEM II/A-L 42.5 R", ["CEM II/A-L 42,5 R", "CEM II A-L 42.5R", "cem ii/a-l 42,5r"]),
             ("CEM II/B-M 32.5 N", ["CEM II/B-M 32,5 N", "CEM II B-M 32.5N", "cem ii/b-m 32,5n"])]
EU_ADMIX = {"PLASTICIZER": ["plastifikatzailea", "plastificante", "Plastif."],
            "ACCELERATOR": ["azeleragarria", "acelerante"], "RETARDER": ["atzeratzailea", "retardante"],
            "NONE": ["ez", "—", "ez dago"]}
SLUMP = {"S": (0, 2), "P": (3, 5), "B": (6, 9), "F": (10, 15), "L": (16, 20)}


def cif(rng: random.Random, letter: str) -> str:
    d = [rng.randint(0, 9) for _ in range(7)]
    a = d[1] + d[3] + d[5]
    b = 0
    for x in (d[0], d[2], d[4], d[6]):
        y = 2 * x
        b += y // 10 + y % 10
    c = (10 - (a + b) % 10) % 10
    return letter + "".join(map(str, d)) + str(c)


EU_UNMAPPED = ["order_no", "order_line", "project_code", "site_address_line", "site_postal_code", "site_province",
               "site_latitude", "site_longitude", "site_contact_name", "site_contact_phone", "customer_email",
               "customer_phone", "billing_account", "invoice_no", "invoice_date", "payment_terms_days",
               "gross_amount_eur", "vat_amount_eur", "currency_code", "discount_rate", "surcharge_waiting_eur",
               "surcharge_small_load_eur", "waiting_minutes", "discharge_start", "discharge_end",
               "returned_concrete_m3", "water_cement_ratio", "cement_content_kg_m3", "chloride_class",
               "air_content_ratio", "fibre_type", "fibre_dosage_kg_m3", "colour_pigment", "mix_design_code",
               "batch_no", "batch_operator", "truck_capacity_m3", "driver_id", "haulier_name", "pump_boom_m",
               "pump_operator", "sample_taken", "cube_ref", "cube_strength_7d_mpa", "cube_strength_28d_mpa",
               "cone_test_time", "ambient_temp_c", "weather", "co2_kg_m3", "epd_reference", "certificate_no",
               "quality_manager", "signed_by", "signature_time", "delivery_zone", "return_reason",
               "frost_protection", "curing_advice"]
EU_UNMAPPED_COLS = {
    "order_no": C("order_no", "string", "id.order_number"), "order_line": C("order_line", "int", "qty.count"),
    "project_code": C("project_code", "string", "id.record_id"),
    "site_address_line": C("site_address_line", "string", "address.street_address"),
    "site_postal_code": C("site_postal_code", "string", "address.postal_code"),
    "site_province": C("site_province", "string", "address.state_province"),
    "site_latitude": C("site_latitude", "decimal", "geo.latitude"),
    "site_longitude": C("site_longitude", "decimal", "geo.longitude"),
    "site_contact_name": C("site_contact_name", "string", "person.full_name"),
    "site_contact_phone": C("site_contact_phone", "string", "contact.phone"),
    "customer_email": C("customer_email", "string", "contact.email"),
    "customer_phone": C("customer_phone", "string", "contact.phone"),
    "billing_account": C("billing_account", "string", "id.customer_id"),
    "invoice_no": C("invoice_no", "string", "id.invoice_number"),
    "invoice_date": C("invoice_date", "date", "datetime.date"),
    "payment_terms_days": C("payment_terms_days", "int", "qty.duration"),
    "gross_amount_eur": C("gross_amount_eur", "decimal", "money.amount"),
    "vat_amount_eur": C("vat_amount_eur", "decimal", "money.tax_amount"),
    "currency_code": C("currency_code", "string", "iso.currency_code"),
    "discount_rate": C("discount_rate", "decimal", "qty.percentage"),
    "surcharge_waiting_eur": C("surcharge_waiting_eur", "decimal", "money.amount"),
    "surcharge_small_load_eur": C("surcharge_small_load_eur", "decimal", "money.amount"),
    "waiting_minutes": C("waiting_minutes", "int", "qty.duration"),
    "discharge_start": C("discharge_start", "datetime", "datetime.timestamp"),
    "discharge_end": C("discharge_end", "datetime", "datetime.timestamp"),
    "returned_concrete_m3": C("returned_concrete_m3", "decimal", "qty.volume"),
    "water_cement_ratio": C("water_cement_ratio", "decimal"),
    "cement_content_kg_m3": C("cement_content_kg_m3", "int"),
    "chloride_class": C("chloride_class", "string", "text.category"),
    "air_content_ratio": C("air_content_ratio", "decimal", "qty.percentage"),
    "fibre_type": C("fibre_type", "string", "text.category"),
    "fibre_dosage_kg_m3": C("fibre_dosage_kg_m3", "decimal"),
    "colour_pigment": C("colour_pigment", "string", "text.category"),
    "mix_design_code": C("mix_design_code", "string", "id.sku"),
    "batch_no": C("batch_no", "string", "id.record_id"),
    "batch_operator": C("batch_operator", "string", "person.full_name"),
    "truck_capacity_m3": C("truck_capacity_m3", "decimal", "qty.volume"),
    "driver_id": C("driver_id", "string", "id.employee_id"),
    "haulier_name": C("haulier_name", "string", "org.company_name"),
    "pump_boom_m": C("pump_boom_m", "int", "qty.length"),
    "pump_operator": C("pump_operator", "string", "person.full_name"),
    "sample_taken": C("sample_taken", "bool", "flag.boolean"),
    "cube_ref": C("cube_ref", "string", "id.record_id"),
    "cube_strength_7d_mpa": C("cube_strength_7d_mpa", "decimal"),
    "cube_strength_28d_mpa": C("cube_strength_28d_mpa", "decimal"),
    "cone_test_time": C("cone_test_time", "datetime", "datetime.timestamp"),
    "ambient_temp_c": C("ambient_temp_c", "decimal", "qty.temperature"),
    "weather": C("weather", "string", "text.category"),
    "co2_kg_m3": C("co2_kg_m3", "decimal"),
    "epd_reference": C("epd_reference", "string", "id.record_id"),
    "certificate_no": C("certificate_no", "string", "id.record_id"),
    "quality_manager": C("quality_manager", "string", "person.full_name"),
    "signed_by": C("signed_by", "string", "person.full_name"),
    "signature_time": C("signature_time", "datetime", "datetime.timestamp"),
    "delivery_zone": C("delivery_zone", "string", "text.category"),
    "return_reason": C("return_reason", "string", "text.description"),
    "frost_protection": C("frost_protection", "bool", "flag.boolean"),
    "curing_advice": C("curing_advice", "string", "text.notes"),
}


def eu_pair() -> Pair:
    p = Pair(SPLIT, "formigoia_eu_to_concrete_delivery_wide",
             "Basque ready-mix concrete delivery tickets (albaranak) of a Gipuzkoa/Bizkaia/Navarre supplier -> 83-column "
             "delivery fact (58 unmapped, shuffled): EHE-08 designation HA-25/B/20/IIa split into five columns, "
             "Basque dates (2024ko martxoaren 5a), date + times -> datetimes, company + legal form, CIF check digit, "
             "Basque/Spanish city names, Basque percent sign before the number (%21).",
             "concrete_delivery", 160, 14142)
    rng = p.rng
    comps = []
    for name, form in EU_COMPANIES:
        comps.append((name, form, cif(rng, {"SL": "B", "SLU": "B", "SA": "A", "SCOOP": "F"}[form])))
    p.src_cols = ["Lerro", "Albarana", "Data", "Irteera", "Iritsiera", "Bezeroa", "IFZ", "Obra", "Mota", "Zementua",
                  "Bolumena", "Kono", "Ur gehigarria", "Tenperatura", "Gehigarriak", "Lantegia", "Ponpa", "Prezioa",
                  "BEZ", "Kamioia", "Gidaria", "Oharrak", "Sarrera"]
    mapped = [
        C("delivery_note", "string", "id.record_id", key=True, nullable=False, regex=r"^A\d{2}-\d{6}$", description="Delivery note number A<yy>-<6 digits>."),
        C("delivery_date", "date", "datetime.date", nullable=False),
        C("departed_at", "datetime", "datetime.timestamp", description="Local date and time the truck left the plant."),
        C("arrived_at", "datetime", "datetime.timestamp", description="Local date and time of arrival on site."),
        C("customer_name", "string", "org.company_name", description="Company name without legal form, words capitalised."),
        C("customer_legal_form", "string", "org.legal_form", allowed_values=["SA", "SL", "SLU", "SCOOP"]),
        C("customer_tax_id", "string", "id.vat_number", regex=r"^[A-Z]\d{8}$", description="Spanish CIF, letter + 8 digits, no prefix."),
        C("site_name", "string", "text.description", description="Construction site name without the town."),
        C("site_city", "string", "address.city", allowed_values=list(EU_CITIES), description="Town, Basque official short name."),
        C("concrete_kind", "string", "text.category", allowed_values=["HM", "HA", "HP"], description="HM mass, HA reinforced, HP prestressed (EHE-08)."),
        C("strength_mpa", "int", description="Characteristic strength in N/mm2."),
        C("consistency", "string", "text.category", allowed_values=["S", "P", "B", "F", "L"]),
        C("max_aggregate_mm", "int", "qty.length"),
        C("exposure_class", "string", "text.category", allowed_values=["I", "IIa", "IIb", "IIIa", "IIIb", "IV", "Qa", "Qb"]),
        C("cement_type", "string", "text.category", description="EN 197-1 designation with decimal point: CEM II/A-L 42.5 R."),
        C("volume_m3", "decimal", "qty.volume", description="2 places."),
        C("slump_cm", "int", "qty.length", description="Abrams cone slump in cm."),
        C("water_added_l", "int", "qty.volume", description="Water added on site in litres; 'ez' = 0."),
        C("concrete_temp_c", "decimal", "qty.temperature", description="1 place."),
        C("admixture", "string", "text.category", allowed_values=["PLASTICIZER", "ACCELERATOR", "RETARDER", "NONE"]),
        C("plant_code", "string", "org.department", allowed_values=list(EU_PLANTS)),
        C("pump_used", "bool", "flag.boolean"),
        C("unit_price_eur", "decimal", "money.unit_price", description="EUR per m3, 2 places."),
        C("net_amount_eur", "decimal", "money.amount", description="volume x unit price, 2 places, before VAT."),
        C("vat_rate", "decimal", "qty.percentage", description="Fraction, 2 places (%21 -> 0.21)."),
    ]
    unm = list(EU_UNMAPPED)
    cols = [("m", c) for c in mapped] + [("u", EU_UNMAPPED_COLS[n]) for n in unm]
    head, rest = cols[:2], cols[2:]
    rng.shuffle(rest)
    p.tgt_cols = [c for _, c in head + rest]
    p.key_src, p.key_tgt = ["Albarana"], ["delivery_note"]
    for t, s, k in [("delivery_note", "Albarana", "reformat"), ("delivery_date", "Data", "date_format"),
                    ("customer_name", "Bezeroa", "decompose"), ("customer_legal_form", "Bezeroa", "decompose"),
                    ("customer_tax_id", "IFZ", "reformat"), ("site_name", "Obra", "decompose"),
                    ("site_city", "Obra", "value_map"), ("concrete_kind", "Mota", "decompose"),
                    ("strength_mpa", "Mota", "decompose"), ("consistency", "Mota", "decompose"),
                    ("max_aggregate_mm", "Mota", "decompose"), ("exposure_class", "Mota", "decompose"),
                    ("cement_type", "Zementua", "reformat"), ("volume_m3", "Bolumena", "reformat"),
                    ("slump_cm", "Kono", "unit"), ("water_added_l", "Ur gehigarria", "type_cast"),
                    ("concrete_temp_c", "Tenperatura", "reformat"), ("admixture", "Gehigarriak", "value_map"),
                    ("plant_code", "Lantegia", "value_map"), ("pump_used", "Ponpa", "value_map"),
                    ("unit_price_eur", "Prezioa", "reformat"), ("vat_rate", "BEZ", "reformat")]:
        p.m(t, s, k)
    p.m("departed_at", ["Data", "Irteera"], "compose")
    p.m("arrived_at", ["Data", "Iritsiera"], "compose")
    p.m("net_amount_eur", ["Bolumena", "Prezioa"], "compose")
    for n in unm:
        p.m(n, [], "unmapped")
    p.comment = "Target: concrete delivery fact of the data warehouse (one row per delivery note)."

    def tm(x: dt.datetime) -> str:
        return rng.choice([f"{x:%H:%M}", f"{x.hour}:{x.minute:02d}", f"{x.hour}.{x.minute:02d}", f"{x:%H}h{x:%M}"])

    def row(rng_: random.Random, i: int):
        nonlocal rng
        rng = rng_
        num = 1000 + i * 7 + rng.randint(0, 6)
        d = gc.rand_date(rng, D(2024, 1, 8), D(2024, 12, 20))
        yy = d.year % 100
        dn = rng.choice([f"A{yy}/{num:06d}", f"a{yy}-{num}", f"A{yy} {num:06d}", f"A-{yy}-{num:06d}"])
        ds = rng.choice([f"{d:%Y/%m/%d}", f"{d.year}ko {EU_MONTHS_GEN[d.month - 1]} {d.day}a", f"{d:%d/%m/%Y}", iso(d)])
        dep = DT(d.year, d.month, d.day, rng.randint(6, 15), rng.randint(0, 59))
        arr = dep + dt.timedelta(minutes=rng.randint(18, 80))
        cname, form, cid = comps[rng.randrange(len(comps))]
        fr = rng.choice(EU_FORM_RENDER[form])
        cs = rng.choice([f"{cname}, {fr}", f"{cname.upper()} {fr.upper()}", f"{cname} {fr}"])
        ids = rng.choice([cid, f"ES-{cid}", f"{cid[0].lower()}-{cid[1:]}", f"{cid[0]} {cid[1:]}"])
        site, city = EU_SITES[rng.randrange(len(EU_SITES))]
        cv = rng.choice(EU_CITIES[city])
        os_ = rng.choice([f"{site} ({cv})", f"{cv} - {site}", f"{site}, {cv}"])
        kind = rng.choices(["HM", "HA", "HP"], [2, 7, 1])[0]
        strength = {"HM": rng.choice([20, 25]), "HA": rng.choice([25, 30, 35]), "HP": rng.choice([40, 45])}[kind]
        cons = rng.choices(["S", "P", "B", "F", "L"], [1, 3, 5, 3, 1])[0]
        agg = rng.choice([12, 20, 20, 40])
        expo = rng.choice(["I", "IIa"]) if kind == "HM" else rng.choice(["I", "IIa", "IIa", "IIb", "IIIa", "IIIb", "IV", "Qa", "Qb"])
        ms = rng.choice([f"{kind}-{strength}/{cons}/{agg}/{expo}", f"{kind} {strength} / {cons} / {agg} / {expo}",
                         f"{kind}-{strength}/{cons}/{agg}/{expo}".lower()])
        cem, cforms = EU_CEMENT[0] if strength >= 40 else EU_CEMENT[rng.choice([1, 1, 2])]
        vol = Decimal(rng.randint(1, 20)) / 2
        vs = rng.choice([f"{vol:.1f}".replace(".", ",") + " m³", f"{vol:.1f}", f"{vol:.2f}".replace(".", ",") + " m3",
                         f"{vol:.1f}".replace(".", ",")])
        lo, hi = SLUMP[cons]
        sl = rng.randint(lo, hi)
        ks = rng.choice([str(sl), f"{sl} cm", f"{sl * 10} mm"])
        water = 0 if rng.random() < 0.7 else rng.choice([20, 30, 40, 50, 60, 80])
        ws = rng.choice(["0", "ez"]) if water == 0 else rng.choice([f"{water} l", f"{water} L", str(water)])
        temp = Decimal(rng.randint(60, 320)) / 10
        tps = rng.choice([f"{temp}".replace(".", ",") + " °C", f"{temp}", f"{temp}".replace(".", ",") + "ºC"])
        adm = rng.choices(["PLASTICIZER", "ACCELERATOR", "RETARDER", "NONE"], [4, 1, 1, 3])[0]
        plant = {"Donostia": "LAS", "Irun": "LAS", "Eibar": "LAS", "Arrasate": "LAS", "Bilbao": "ZAM",
                 "Durango": "ZAM", "Vitoria-Gasteiz": "JUN", "Iruñea": "ORK"}[city]
        pump = rng.random() < 0.35
        pumps = rng.choice(["Bai", "B", f"bai ({rng.choice([28, 36, 42])} m)"]) if pump else rng.choice(["Ez", "E", "ez"])
        price = Decimal(rng.randint(6200, 11500)) / 100
        prs = rng.choice([f"{price:.2f}".replace(".", ",") + " €", f"{price.normalize():f}",
                          "€ " + f"{price:.2f}".replace(".", ","), f"{price:.2f}".replace(".", ",") + " €/m³"])
        vat = rng.choices([21, 10], [5, 1])[0]
        bs = rng.choice([f"%{vat}", f"{vat}%", f"0,{vat}", f"% {vat}"])
        entry = arr + dt.timedelta(hours=rng.randint(2, 30), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        s = {"Lerro": str(i + 1), "Albarana": dn, "Data": ds, "Irteera": tm(dep), "Iritsiera": tm(arr), "Bezeroa": cs,
             "IFZ": ids, "Obra": os_, "Mota": ms, "Zementua": rng.choice(cforms), "Bolumena": vs, "Kono": ks,
             "Ur gehigarria": ws, "Tenperatura": tps, "Gehigarriak": rng.choice(EU_ADMIX[adm]),
             "Lantegia": rng.choice(EU_PLANTS[plant]), "Ponpa": pumps, "Prezioa": prs, "BEZ": bs,
             "Kamioia": f"{rng.randint(1000, 9999)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
             "Gidaria": f"{rng.choice(['Iñaki', 'Jon', 'Aitor', 'Mikel', 'Unai', 'Josu'])} {rng.choice(['Etxeberria', 'Agirre', 'Garmendia', 'Arrieta', 'Zabala'])}",
             "Oharrak": rng.choice(["", "", "itxaron 20 min", "ponpa berandu", "hormigoi soberakina", "sarbide estua", ""]),
             "Sarrera": entry.strftime("%Y-%m-%d %H:%M:%S")}
        t = {"delivery_note": f"A{yy}-{num:06d}", "delivery_date": iso(d), "departed_at": dts(dep), "arrived_at": dts(arr),
             "customer_name": cname, "customer_legal_form": form, "customer_tax_id": cid, "site_name": site,
             "site_city": city, "concrete_kind": kind, "strength_mpa": strength, "consistency": cons,
             "max_aggregate_mm": agg, "exposure_class": expo, "cement_type": cem, "volume_m3": q(vol, 2),
             "slump_cm": sl, "water_added_l": water, "concrete_temp_c": q(temp, 1), "admixture": adm,
             "plant_code": plant, "pump_used": pump, "unit_price_eur": q(price, 2), "net_amount_eur": q(vol * price, 2),
             "vat_rate": q(Decimal(vat) / 100, 2)}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 3. Burmese microfinance repayments, no header row
# =============================================================================================
MY_MONTHS = ["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ",
             "နိုဝင်ဘာ", "ဒီဇင်ဘာ"]
MY_MALE_SYL = [("အောင်", "Aung"), ("ကျော်", "Kyaw"), ("ဝင်း", "Win"), ("မြင့်", "Myint"), ("ထွန်း", "Tun"),
               ("ဇော်", "Zaw"), ("မင်း", "Min"), ("နိုင်", "Naing"), ("ထက်", "Htet"), ("ဖြိုး", "Phyo"),
               ("သန်း", "Than"), ("လှ", "Hla")]
MY_FEM_SYL = [("ခင်", "Khin"), ("မာ", "Mar"), ("စန်း", "San"), ("နွယ်", "Nwe"), ("သီတာ", "Thida"), ("မိုး", "Moe"),
              ("သူ", "Thu"), ("ဆု", "Su"), ("ရီ", "Yi"), ("ဝင်း", "Win"), ("လှ", "Hla"), ("မြင့်", "Myint")]
MY_HON = {"M_old": ("ဦး", "U"), "M_young": ("ကို", "Ko"), "M_boy": ("မောင်", "Maung"), "F_old": ("ဒေါ်", "Daw"),
          "F_young": ("မ", "Ma")}
MY_TSP = [("ဗဟန", "BaHaNa"), ("ကမရ", "KaMaYa"), ("လမန", "LaMaNa"), ("မရက", "MaYaKa"), ("ဒဂန", "DaGaNa"),
          ("သဃက", "ThaGaKa"), ("အစန", "ASaNa")]
MY_NRC_TYPE = [("နိုင်", "N"), ("ဧည့်", "E"), ("ပြု", "P")]
MY_BRANCH = [("YKN", "Yankin", ["ရန်ကင်း", "Yankin", "YANKIN"]), ("HLG", "Hlaing", ["လှိုင်", "Hlaing", "HLAING"]),
             ("ISN", "Insein", ["အင်းစိန်", "Insein", "INSEIN"]),
             ("MYG", "Mayangone", ["မရမ်းကုန်း", "Mayangone", "Mayangon"]),
             ("TKT", "Thaketa", ["သာကေတ", "Thaketa", "THAKETA"]),
             ("NDG", "North Dagon", ["ဒဂုံမြို့သစ်(မြောက်ပိုင်း)", "North Dagon", "N.Dagon"])]
MY_CHANNEL = {"KBZPAY": ["KBZPay", "KPay", "kbz pay"], "WAVEPAY": ["WavePay", "Wave Money", "WAVE"],
              "AYAPAY": ["AYA Pay", "AYAPay"], "CBPAY": ["CB Pay", "CBPay"], "CASH": ["ငွေသား", "Cash", "လက်ငင်း"],
              "BANK": ["ဘဏ်လွှဲ", "Bank transfer"]}
MY_STATUS = {"ON_TIME": ["ပေးပြီး", "Paid", "အချိန်မီ"], "LATE": ["နောက်ကျ", "Late", "နောက်ကျပေး"],
             "PARTIAL": ["တစ်စိတ်တစ်ပိုင်း", "Partial"]}


def my_pair() -> Pair:
    p = Pair(SPLIT, "ngwe_my_noheader_to_loan_repayment",
             "Burmese microfinance (Yangon group lending) repayment ledger exported WITHOUT a header row: the first "
             "record became the header (labels name those values). Myanmar digits, honorific-prefixed names (U/Daw/"
             "Ko/Ma/Maung) -> name + gender, NRC -> region/type/serial, lakh (သိန်း) amounts, KBZPay/WavePay channels.",
             "loan_repayment", 170, 14143)
    rng = p.rng
    borrowers = []
    for k in range(46):
        sex = "F" if rng.random() < 0.75 else "M"   # group lending is mostly women
        age = rng.choice(["old", "young"]) if sex == "F" else rng.choice(["old", "young", "boy"])
        hon = MY_HON[f"{sex}_{age}"]
        syl = MY_FEM_SYL if sex == "F" else MY_MALE_SYL
        n = rng.choice([2, 2, 3])
        parts = [syl[j] for j in rng.sample(range(len(syl)), n)]
        br = rng.randrange(len(MY_BRANCH))
        tsp = rng.choice(MY_TSP)
        op = rng.choice("4679")
        borrowers.append(dict(sex=sex, hon=hon, my="".join(x[0] for x in parts), lat=" ".join(x[1] for x in parts),
                              region=rng.choice([12, 12, 12, 13, 5, 9, 14]), tsp=tsp,
                              ntype=MY_NRC_TYPE[0] if rng.random() < 0.9 else rng.choice(MY_NRC_TYPE[1:]),
                              serial=f"{rng.randint(1, 299999):06d}", phone=op + gc.digits(rng, 8), branch=br,
                              acct=f"{MY_BRANCH[br][0]}-{rng.randint(1, 9):02d}-{rng.randint(100, 99999):05d}",
                              principal=rng.choice([25000, 41700, 50000, 62500, 83300, 100000, 125000]),
                              next=1, balance=0))
        borrowers[-1]["balance"] = borrowers[-1]["principal"] * 12
    logical = ["acct", "inst", "date", "name", "nrc", "phone", "principal", "interest", "fee", "channel", "branch",
               "status", "officer", "group", "balance"]
    tgt = [
        C("loan_account", "string", "id.bank_account_number", key=True, nullable=False, regex=r"^[A-Z]{3}-\d{2}-\d{5}$"),
        C("installment_no", "int", "qty.count", key=True, nullable=False),
        C("payment_date", "date", "datetime.date"),
        C("borrower_name", "string", "person.full_name", description="Name without the honorific (U, Daw, Ko, Ma, Maung), in the script it is written in."),
        C("gender", "string", "person.gender", allowed_values=["M", "F"], description="From the honorific; null when none is given."),
        C("nrc_region", "int", description="NRC state/region number 1-14."),
        C("nrc_type", "string", "text.category", allowed_values=["N", "E", "P"], description="N citizen (နိုင်), E associate (ဧည့်), P naturalised (ပြု)."),
        C("nrc_serial", "string", "id.national_id", regex=r"^\d{6}$", description="6-digit serial, ASCII digits."),
        C("phone", "string", "contact.mobile_phone", regex=r"^\+959\d{9}$", description="E.164"),
        C("principal_mmk", "int", "money.amount", description="Kyat; 1 သိန်း (lakh) = 100,000."),
        C("interest_mmk", "int", "money.amount"),
        C("late_fee_mmk", "int", "money.amount", description="'-' = 0."),
        C("total_paid_mmk", "int", "money.amount", description="principal + interest + late fee."),
        C("channel", "string", "text.category", allowed_values=list(MY_CHANNEL)),
        C("branch", "string", "org.department", allowed_values=[b[1] for b in MY_BRANCH]),
        C("status", "string", "status.record_status", allowed_values=list(MY_STATUS)),
        C("borrower_email", "string", "contact.email"),
        C("remarks", "string", "text.notes"),
    ]
    p.tgt_cols = tgt

    def amt(x: int) -> str:
        st = rng.randrange(4)
        if st == 0:
            return sdig(f"{x:,}", MY_DIG) + " ကျပ်"
        if st == 1:
            return f"{x:,} Ks"
        if st == 2:
            return str(x)
        lakh = (Decimal(x) / 100000).normalize()
        return (sdig(f"{lakh:f}", MY_DIG) if rng.random() < 0.5 else f"{lakh:f}") + " သိန်း"

    def row_log(rng_: random.Random, i: int):
        nonlocal rng
        rng = rng_
        b = borrowers[rng.randrange(len(borrowers))]
        inst = b["next"]
        b["next"] += 1
        d = gc.rand_date(rng, D(2024, 1, 3), D(2024, 12, 28))
        ds = rng.choice([sdig(f"{d:%d-%m-%Y}", MY_DIG), f"{d:%d/%m/%Y}",
                         sdig(f"{d.year} ခုနှစ် {MY_MONTHS[d.month - 1]}လ {d.day} ရက်", MY_DIG), f"{d.day}.{d.month}.{d.year}"])
        st = rng.randrange(5)
        if st in (0, 1):
            ns, name, g = b["hon"][0] + b["my"], b["my"], b["sex"]
        elif st in (2, 3):
            ns, name, g = f"{b['hon'][1]} {b['lat']}", b["lat"], b["sex"]
        else:
            ns, name, g = b["lat"], b["lat"], None
        reg, tsp, nt, ser = b["region"], b["tsp"], b["ntype"], b["serial"]
        nst = rng.randrange(3)
        if nst == 0:
            nrc = sdig(f"{reg}/{tsp[0]}({nt[0]}){ser}", MY_DIG)
        elif nst == 1:
            nrc = f"{reg}/{tsp[1]}({nt[1]}){ser}"
        else:
            nrc = f"{reg}/{tsp[1].upper()} ({nt[1]}) {ser}"
        ph = b["phone"]
        phs = rng.choice([sdig(f"09 {ph[:3]} {ph[3:6]} {ph[6:]}", MY_DIG), f"09-{ph}", f"+95 9 {ph[:3]} {ph[3:6]} {ph[6:]}",
                          f"959{ph}", f"9{ph}"])
        status = rng.choices(list(MY_STATUS), [7, 2, 1])[0]
        principal = b["principal"] if status != "PARTIAL" else b["principal"] // 200 * 100
        interest = int(Decimal(b["balance"]) * Decimal("0.025") / 100) * 100
        b["balance"] = max(b["balance"] - principal, 0)
        fee = 0 if status != "LATE" else rng.choice([1000, 2000, 2500, 5000])
        fs = rng.choice(["-", "၀", "0"]) if fee == 0 else amt(fee)
        ch = rng.choices(list(MY_CHANNEL), [4, 3, 1, 1, 3, 1])[0]
        br = MY_BRANCH[b["branch"]]
        acct = b["acct"] if rng.random() < 0.8 else b["acct"].lower()
        s = {"acct": acct, "inst": rng.choice([str(inst), sdig(str(inst), MY_DIG), f"{inst}/12"]), "date": ds,
             "name": ns, "nrc": nrc, "phone": phs, "principal": amt(principal), "interest": amt(interest), "fee": fs,
             "channel": rng.choice(MY_CHANNEL[ch]), "branch": rng.choice(br[2]),
             "status": rng.choice(MY_STATUS[status]),
             "officer": rng.choice(["ဒေါ်နှင်းဝေ", "ကိုမင်းထက်", "မသီတာ", "ဦးဇော်ဝင်း"]),
             "group": rng.choice([sdig(f"အဖွဲ့ {rng.randint(1, 40)}", MY_DIG), f"G-{rng.randint(1, 40):02d}"]),
             "balance": f"{b['balance']:,}"}
        t = {"loan_account": b["acct"], "installment_no": inst, "payment_date": iso(d), "borrower_name": name,
             "gender": g, "nrc_region": reg, "nrc_type": nt[1], "nrc_serial": ser, "phone": "+959" + ph,
             "principal_mmk": principal, "interest_mmk": interest, "late_fee_mmk": fee,
             "total_paid_mmk": principal + interest + fee, "channel": ch, "branch": br[1], "status": status}
        return s, t

    # the first record became the header: draw it first, its values name the columns
    while True:
        hs, _ = row_log(rng, -1)
        vals = [hs[c] for c in logical]
        if len(set(vals)) == len(vals) and all(vals):
            break
    name_of = {c: hs[c] for c in logical}
    p.src_cols = vals
    L = name_of
    for t, s, k in [("loan_account", "acct", "reformat"), ("installment_no", "inst", "type_cast"),
                    ("payment_date", "date", "date_format"), ("borrower_name", "name", "decompose"),
                    ("gender", "name", "value_map"), ("nrc_region", "nrc", "decompose"), ("nrc_type", "nrc", "decompose"),
                    ("nrc_serial", "nrc", "decompose"), ("phone", "phone", "reformat"),
                    ("principal_mmk", "principal", "type_cast"), ("interest_mmk", "interest", "type_cast"),
                    ("late_fee_mmk", "fee", "type_cast"), ("channel", "channel", "value_map"),
                    ("branch", "branch", "value_map"), ("status", "status", "value_map")]:
        p.m(t, L[s], k)
    p.m("total_paid_mmk", [L["principal"], L["interest"], L["fee"]], "compose")
    p.m("borrower_email", [], "unmapped")
    p.m("remarks", [], "unmapped")
    p.key_src, p.key_tgt = [L["acct"], L["inst"]], ["loan_account", "installment_no"]

    def row(rng_, i):
        s, t = row_log(rng_, i)
        return {name_of[c]: s[c] for c in logical}, t
    p.row = row
    return p


# =============================================================================================
# 4. ISO 8583 card authorisations (coded headers), Peru + Chile acquiring
# =============================================================================================
MERCHANTS = [  # name, city, country, mcc, currency
    ("BODEGA DONA ROSA", "SURQUILLO", "PE", "5411", "604"), ("PARDOS CHICKEN MIRAFLORES", "MIRAFLORES", "PE", "5812", "604"),
    ("GRIFO PRIMAX AV ARAMBURU", "SAN ISIDRO", "PE", "5541", "604"), ("BOTICAS SALUD 145", "LIMA", "PE", "5912", "604"),
    ("TAXI SATELITAL SAC", "LIMA", "PE", "4121", "604"), ("SAGA FALABELLA JOCKEY", "SURCO", "PE", "5311", "604"),
    ("HOTEL CASA ANDINA CUSCO", "CUSCO", "PE", "7011", "840"), ("BEMBOS LARCOMAR", "MIRAFLORES", "PE", "5814", "604"),
    ("TOTTUS LA MOLINA", "LA MOLINA", "PE", "5411", "604"), ("CAJERO GLOBALNET 0451", "AREQUIPA", "PE", "6011", "604"),
    ("LIDER EXPRESS PROVIDENCIA", "PROVIDENCIA", "CL", "5411", "152"), ("COPEC LAS CONDES", "LAS CONDES", "CL", "5541", "152"),
    ("CRUZ VERDE 233", "SANTIAGO", "CL", "5912", "152"), ("UNIMARC VINA DEL MAR", "VINA DEL MAR", "CL", "5411", "152"),
    ("HOTEL CUMBRES LASTARRIA", "SANTIAGO", "CL", "7011", "840"), ("CAJERO REDBANC 0932", "VALPARAISO", "CL", "6011", "152"),
]
MCC_CAT = {"5411": "GROCERY", "5812": "RESTAURANT", "5541": "FUEL", "5912": "PHARMACY", "4121": "TAXI",
           "5311": "DEPARTMENT_STORE", "7011": "LODGING", "5814": "FAST_FOOD", "6011": "ATM"}
CUR = {"604": ("PEN", 2), "840": ("USD", 2), "152": ("CLP", 0)}
BINS = [("455788", "VISA", 16), ("421355", "VISA", 16), ("491914", "VISA", 16), ("510135", "MASTERCARD", 16),
        ("545195", "MASTERCARD", 16), ("222300", "MASTERCARD", 16), ("377753", "AMEX", 15), ("360935", "DINERS", 14)]
ENTRY = {"051": "CHIP", "052": "CHIP", "071": "CONTACTLESS", "911": "CONTACTLESS", "901": "MAGSTRIPE",
         "021": "MAGSTRIPE", "012": "MANUAL", "010": "MANUAL", "812": "ECOMMERCE", "810": "ECOMMERCE"}
RESP = {"00": None, "05": "DO_NOT_HONOR", "51": "INSUFFICIENT_FUNDS", "54": "EXPIRED_CARD", "55": "INCORRECT_PIN",
        "61": "EXCEEDS_LIMIT", "91": "ISSUER_UNAVAILABLE"}


def chile_offset(d: dt.date) -> int:
    return 4 if D(2024, 4, 7) <= d < D(2024, 9, 8) else 3


def iso8583_pair() -> Pair:
    p = Pair(SPLIT, "iso8583_pe_to_card_authorization",
             "Card authorisation log of an Andean payment switch (Peru and Chile merchants) flattened with ISO 8583 "
             "data-element numbers as headers (MTI, DE2 ... DE49); leading zeros lost in some fields by a "
             "spreadsheet; amounts in minor units whose exponent depends on DE49 (CLP has none).",
             "card_authorization", 200, 14144)
    rng = p.rng
    merch = []
    for k, m in enumerate(MERCHANTS):
        merch.append(dict(name=m[0], city=m[1], ctry=m[2], mcc=m[3], cur=m[4],
                          mid=f"{rng.randint(100000, 999999999):015d}",
                          tids=[f"{m[2]}{rng.randint(0, 999999):06d}" for _ in range(rng.randint(1, 3))]))
    p.src_cols = ["MTI", "DE2", "DE3", "DE4", "DE7", "DE11", "DE12", "DE13", "DE18", "DE22", "DE32", "DE37", "DE38",
                  "DE39", "DE41", "DE42", "DE43", "DE49"]
    p.tgt_cols = [
        C("rrn", "string", "id.record_id", key=True, nullable=False, regex=r"^\d{12}$", description="Retrieval reference number."),
        C("message_type", "string", "text.category", allowed_values=["AUTHORIZATION", "FINANCIAL", "REVERSAL"]),
        C("card_bin", "string", regex=r"^\d{6}$", description="First 6 digits of the masked PAN."),
        C("card_last4", "string", regex=r"^\d{4}$"),
        C("card_brand", "string", "text.category", allowed_values=["VISA", "MASTERCARD", "AMEX", "DINERS"]),
        C("transaction_type", "string", "text.category", allowed_values=["PURCHASE", "CASH_WITHDRAWAL", "REFUND"]),
        C("account_type", "string", "text.category", allowed_values=["DEFAULT", "SAVINGS", "CHECKING", "CREDIT"]),
        C("amount", "decimal", "money.amount", description="Amount in major units of the transaction currency, 2 places."),
        C("currency", "string", "iso.currency_code", allowed_values=["PEN", "USD", "CLP"]),
        C("local_datetime", "datetime", "datetime.timestamp", description="Local transaction date and time at the terminal; all transactions are from 2024."),
        C("mcc", "string", regex=r"^\d{4}$", description="Merchant category code."),
        C("merchant_category", "string", "org.industry", allowed_values=sorted(set(MCC_CAT.values()))),
        C("entry_mode", "string", "text.category", allowed_values=["CHIP", "CONTACTLESS", "MAGSTRIPE", "MANUAL", "ECOMMERCE"]),
        C("auth_code", "string"),
        C("approved", "bool", "flag.boolean"),
        C("decline_reason", "string", "text.category", allowed_values=[v for v in RESP.values() if v]),
        C("terminal_id", "string", "id.record_id"),
        C("merchant_id", "int", "id.customer_id", description="Card acceptor id as an integer."),
        C("merchant_name", "string", "org.company_name", description="Trimmed, as printed."),
        C("merchant_city", "string", "address.city", description="Trimmed, as printed."),
        C("merchant_country", "string", "iso.country_alpha2"),
        C("cardholder_name", "string", "person.full_name"),
        C("installments", "int", "qty.count", description="Number of instalments (cuotas)."),
    ]
    p.key_src, p.key_tgt = ["DE37"], ["rrn"]
    for t, s, k in [("rrn", "DE37", "atomic"), ("message_type", "MTI", "value_map"), ("card_bin", "DE2", "decompose"),
                    ("card_last4", "DE2", "decompose"), ("card_brand", "DE2", "value_map"),
                    ("transaction_type", "DE3", "value_map"), ("account_type", "DE3", "value_map"),
                    ("currency", "DE49", "value_map"), ("mcc", "DE18", "atomic"), ("merchant_category", "DE18", "value_map"),
                    ("entry_mode", "DE22", "value_map"), ("auth_code", "DE38", "atomic"), ("approved", "DE39", "value_map"),
                    ("decline_reason", "DE39", "value_map"), ("terminal_id", "DE41", "atomic"),
                    ("merchant_id", "DE42", "type_cast"), ("merchant_name", "DE43", "decompose"),
                    ("merchant_city", "DE43", "decompose"), ("merchant_country", "DE43", "decompose")]:
        p.m(t, s, k)
    p.m("amount", ["DE4", "DE49"], "unit")
    p.m("local_datetime", ["DE13", "DE12"], "compose")
    p.m("cardholder_name", [], "unmapped")
    p.m("installments", [], "unmapped")

    def lz(s: str, prob: float) -> str:
        return str(int(s)) if rng.random() < prob else s

    def row(rng_, i):
        nonlocal rng
        rng = rng_
        m = merch[rng.randrange(len(merch))]
        atm = m["mcc"] == "6011"
        ttype = "CASH_WITHDRAWAL" if atm else rng.choices(["PURCHASE", "REFUND"], [12, 1])[0]
        tc = {"PURCHASE": "00", "CASH_WITHDRAWAL": "01", "REFUND": "20"}[ttype]
        acct = rng.choices(["DEFAULT", "SAVINGS", "CHECKING", "CREDIT"], [5, 2, 1, 2])[0]
        ac = {"DEFAULT": "00", "SAVINGS": "10", "CHECKING": "20", "CREDIT": "30"}[acct]
        de3 = f"{tc}{ac}00"
        mti = rng.choices(["0100", "0200", "0400", "0420"], [5, 4, 1, 0.5])[0]
        mtype = {"0100": "AUTHORIZATION", "0200": "FINANCIAL", "0400": "REVERSAL", "0420": "REVERSAL"}[mti]
        cur = m["cur"] if rng.random() < 0.85 else "840"
        code, exp = CUR[cur]
        if code == "CLP":
            major = Decimal(rng.randint(1, 450) * 100 + rng.choice([0, 0, 90, 50]))
            minor = int(major)
        elif code == "USD":
            minor = rng.randint(1000, 80000)
            major = Decimal(minor) / 100
        else:
            minor = rng.randint(500, 250000)
            major = Decimal(minor) / 100
        if atm:
            minor = (minor // 10000 + 1) * 10000 if exp == 2 else (minor // 10000 + 1) * 10000
            major = Decimal(minor) / (100 if exp == 2 else 1)
        bn, brand, ln = BINS[rng.randrange(len(BINS))]
        last4 = gc.digits(rng, 4)
        stars = ln - 10
        pan = rng.choice([f"{bn}{'*' * stars}{last4}", f"{bn}{'X' * stars}{last4}",
                          f"{bn[:4]} {bn[4:]}{'*' * 2} {'*' * (stars - 2)} {last4}" if ln == 16 else f"{bn}{'*' * stars}{last4}"])
        d = gc.rand_date(rng, D(2024, 1, 2), D(2024, 12, 30))
        loc = DT(d.year, d.month, d.day, rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59))
        off = 5 if m["ctry"] == "PE" else chile_offset(d)
        utc = loc + dt.timedelta(hours=off)
        stan = 100000 + i * 13 + rng.randint(0, 12) if i >= 0 else 999000 + i
        rrn = f"{d.year % 10}{d.timetuple().tm_yday:03d}{loc.hour:02d}{stan:06d}"
        em = rng.choice(["051", "052", "071", "071", "911", "901", "021"]) if not atm else rng.choice(["051", "071", "901"])
        if m["mcc"] in ("7011", "4121") and rng.random() < 0.5:
            em = rng.choice(["812", "810", "012", "010"])
        resp = rng.choices(list(RESP), [20, 2, 2, 1, 1, 1, 1])[0]
        if mti in ("0400", "0420"):
            resp = "00"
        auth = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) if resp == "00" else ""
        tid = rng.choice(m["tids"])
        de43 = f"{m['name'][:25]:<25}{m['city'][:13]:<13}{m['ctry']}"
        s = {"MTI": mti, "DE2": pan, "DE3": lz(de3, 0.3), "DE4": lz(f"{minor:012d}", 0.25),
             "DE7": utc.strftime("%m%d%H%M%S"), "DE11": f"{stan:06d}", "DE12": loc.strftime("%H%M%S"),
             "DE13": lz(loc.strftime("%m%d"), 0.2), "DE18": m["mcc"], "DE22": lz(em, 0.25),
             "DE32": rng.choice(["00000412", "00000789"]), "DE37": rrn, "DE38": auth, "DE39": lz(resp, 0.15),
             "DE41": tid, "DE42": m["mid"] if rng.random() < 0.7 else str(int(m["mid"])), "DE43": de43, "DE49": cur}
        t = {"rrn": rrn, "message_type": mtype, "card_bin": bn, "card_last4": last4, "card_brand": brand,
             "transaction_type": ttype, "account_type": acct, "amount": q(major, 2), "currency": code,
             "local_datetime": dts(loc), "mcc": m["mcc"], "merchant_category": MCC_CAT[m["mcc"]],
             "entry_mode": ENTRY[em], "auth_code": auth or None, "approved": resp == "00",
             "decline_reason": RESP[resp], "terminal_id": tid, "merchant_id": int(m["mid"]),
             "merchant_name": m["name"][:25].strip(), "merchant_city": m["city"][:13].strip(),
             "merchant_country": m["ctry"]}
        return s, t
    p.row = row
    return p



# =============================================================================================
# 5. Albanian driving-school exams in a misleading CRM template
# =============================================================================================
SQ_MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
             "dhjetor"]
SQ_MALE = ["Arben", "Besnik", "Dritan", "Ilir", "Gentian", "Erion", "Fatmir", "Klodian", "Altin", "Ermal", "Skënder",
           "Gëzim", "Endrit", "Kristi", "Rei"]
SQ_FEMALE = ["Anila", "Blerina", "Elona", "Mirela", "Jonida", "Brunilda", "Entela", "Dorina", "Flutura", "Klea",
             "Ardita", "Megi", "Xhesika", "Ajola"]
SQ_SUR = ["Hoxha", "Shehu", "Dervishi", "Leka", "Gjoka", "Kola", "Prifti", "Çela", "Hysa", "Muça", "Bregu", "Zeneli",
          "Marku", "Xhafa", "Kërçiku", "Dibra", "Llanaj", "Gjini", "Topalli", "Bajraktari"]
SQ_CENTRES = {"Tiranë": ["Tiranë", "Tirana", "TIRANE"], "Durrës": ["Durrës", "Durres", "DURRËS"],
              "Shkodër": ["Shkodër", "Shkodra", "SHKODER"], "Elbasan": ["Elbasan", "ELBASAN", "Elbasani"],
              "Vlorë": ["Vlorë", "Vlora", "VLORE"], "Korçë": ["Korçë", "Korca", "KORÇË"], "Fier": ["Fier", "FIER", "Fieri"]}
SQ_DECADE = {1960: "G", 1970: "H", 1980: "I", 1990: "J", 2000: "K"}
SQ_ATTEMPT = {1: ["1", "I", "e para"], 2: ["2", "II", "e dyta"], 3: ["3", "III", "e treta"]}


def sq_pair() -> Pair:
    p = Pair(SPLIT, "autoshkolla_sq_misleading_to_driving_exam",
             "Albanian driving-school exam results kept in a generic CRM customer template whose column names do not "
             "fit: Emri holds the whole candidate name, Mbiemri the instructor, Telefoni the personal number (NID), "
             "Email the car plate, Datëlindja the exam date, Krijuar më the exam time, Adresa the licence category, "
             "Qyteti the exam centre, Shuma the theory points, Zbritja the driving errors, Statusi the gearbox, "
             "Shënime the result, Gjinia the attempt and Nr. Personal the fee. Telefoni/Email targets stay unmapped.",
             "driving_exam", 150, 14145)
    rng = p.rng
    cars = []
    for k in range(9):
        l1 = rng.choice(["AA", "AB", "AC", "AD", "AE"])
        cars.append((f"{l1}{rng.randint(100, 999)}{rng.choice('ABCDEFGHJKLMNPRSTVZ')}{rng.choice('ABCDEFGHJKLMNPRSTVZ')}",
                     rng.choice(["MANUAL", "MANUAL", "AUTOMATIC"])))
    p.src_cols = ["ID", "Emri", "Mbiemri", "Telefoni", "Email", "Datëlindja", "Krijuar më", "Adresa", "Qyteti",
                  "Shuma", "Zbritja", "Statusi", "Shënime", "Gjinia", "Nr. Personal", "Burimi", "Data e regjistrimit"]
    p.tgt_cols = [
        C("exam_id", "int", "id.record_id", key=True, nullable=False),
        C("candidate_first_name", "string", "person.first_name"),
        C("candidate_last_name", "string", "person.last_name"),
        C("personal_no", "string", "id.national_id", regex=r"^[A-Z]\d{8}[A-Z]$", description="Albanian personal number (NID), upper case, no separators."),
        C("birth_date", "date", "person.date_of_birth", description="From the personal number: decade letter (G=1960s ... K=2000s) + year digit, month (+50 for women), day."),
        C("gender", "string", "person.gender", allowed_values=["M", "F"], description="From the personal number (month + 50 = F)."),
        C("instructor_code", "string", "id.employee_id", regex=r"^INS-\d{2}$"),
        C("vehicle_plate", "string", "id.license_plate", regex=r"^[A-Z]{2}\d{3}[A-Z]{2}$"),
        C("exam_start", "datetime", "datetime.timestamp", description="Local date and time of the exam."),
        C("licence_category", "string", "text.category", allowed_values=["AM", "A1", "A2", "A", "B", "BE", "C1", "C", "CE", "D"]),
        C("exam_centre", "string", "address.city", allowed_values=list(SQ_CENTRES), description="Indefinite form with diacritics."),
        C("theory_points", "int", "qty.count", description="Points out of 40 (percent x 0.4)."),
        C("practical_errors", "int", "qty.count"),
        C("gearbox", "string", "text.category", allowed_values=["MANUAL", "AUTOMATIC"]),
        C("result", "string", "status.record_status", allowed_values=["PASS", "FAIL", "ABSENT"]),
        C("attempt_no", "int", "qty.count"),
        C("fee_all", "int", "money.amount", description="Exam fee in lek."),
        C("candidate_phone", "string", "contact.mobile_phone"),
        C("candidate_email", "string", "contact.email"),
    ]
    p.key_src, p.key_tgt = ["ID"], ["exam_id"]
    for t, s, k in [("exam_id", "ID", "type_cast"), ("candidate_first_name", "Emri", "decompose"),
                    ("candidate_last_name", "Emri", "decompose"), ("personal_no", "Telefoni", "reformat"),
                    ("birth_date", "Telefoni", "decompose"), ("gender", "Telefoni", "decompose"),
                    ("instructor_code", "Mbiemri", "reformat"), ("vehicle_plate", "Email", "reformat"),
                    ("licence_category", "Adresa", "value_map"), ("exam_centre", "Qyteti", "value_map"),
                    ("theory_points", "Shuma", "type_cast"), ("practical_errors", "Zbritja", "type_cast"),
                    ("gearbox", "Statusi", "value_map"), ("result", "Shënime", "value_map"),
                    ("attempt_no", "Gjinia", "value_map"), ("fee_all", "Nr. Personal", "type_cast")]:
        p.m(t, s, k)
    p.m("exam_start", ["Datëlindja", "Krijuar më"], "compose")
    p.m("candidate_phone", [], "unmapped")
    p.m("candidate_email", [], "unmapped")

    def row(rng_, i):
        nonlocal rng
        rng = rng_
        sex = rng.choice("MF")
        first = rng.choice(SQ_MALE if sex == "M" else SQ_FEMALE)
        last = rng.choice(SQ_SUR)
        ns = rng.choice([f"{first} {last}", f"{last.upper()} {first}", f"{last}, {first}", f"{first} {last}".lower()])
        bd = gc.rand_date(rng, D(1966, 1, 1), D(2006, 6, 30))
        mm = bd.month + (50 if sex == "F" else 0)
        pn = f"{SQ_DECADE[bd.year // 10 * 10]}{bd.year % 10}{mm:02d}{bd.day:02d}{rng.randint(0, 999):03d}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"
        pns = rng.choice([pn, pn.lower(), f"{pn[:5]} {pn[5:]}", pn])
        ins = rng.randint(1, 14)
        inss = rng.choice([f"INS-{ins:02d}", f"Instruktor {ins}", f"ins {ins:02d}", f"I-{ins:02d}"])
        plate, gear = cars[rng.randrange(len(cars))]
        pls = rng.choice([f"{plate[:2]} {plate[2:5]} {plate[5:]}", plate.lower(), f"{plate[:2]}-{plate[2:5]}-{plate[5:]}", plate])
        d = gc.rand_date(rng, D(2024, 1, 8), D(2024, 12, 20))
        while d.weekday() == 6:
            d += dt.timedelta(days=1)
        ds = rng.choice([f"{d.day}.{d.month}.{d.year}", f"{d:%d/%m/%Y}", f"{d.day} {SQ_MONTHS[d.month - 1]} {d.year}", iso(d)])
        h, mi = rng.choice([8, 9, 10, 11, 12, 13, 14]), rng.choice([0, 15, 30, 45])
        ts = rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}:00"])
        cat = rng.choices(["B", "A2", "C1", "CE", "BE", "A", "D", "AM"], [12, 2, 1, 1, 1, 1, 1, 1])[0]
        cats = rng.choice([cat, f"Kat. {cat}", f"kategoria {cat}", cat.lower()])
        cen = rng.choice(list(SQ_CENTRES))
        res = rng.choices(["PASS", "FAIL", "ABSENT"], [6, 3, 1])[0]
        if res == "ABSENT":
            pts, errs = None, None
        elif res == "PASS":
            pts, errs = rng.randint(35, 40), rng.randint(0, 3)
        else:
            pts, errs = rng.randint(22, 40), rng.randint(0, 9)
            if pts >= 35 and errs <= 3:
                errs = rng.randint(4, 9)
        if pts is None:
            ptss = ""
        else:
            pct = Decimal(pts) * Decimal("2.5")
            ptss = rng.choice([f"{pts}/40", str(pts), f"{pct.normalize():f}".replace(".", ",") + "%"])
        if errs is None:
            es = ""
        elif errs == 0:
            es = rng.choice(["0", "pa gabime"])
        else:
            es = rng.choice([str(errs), f"{errs} gabime" if errs > 1 else "1 gabim"])
        gs = {"MANUAL": ["manual", "M", "Manuale"], "AUTOMATIC": ["automatik", "A", "Automatike"]}[gear]
        rs = {"PASS": ["Kaloi", "kalues", "K"], "FAIL": ["Ngeli", "Nuk kaloi", "N"], "ABSENT": ["Mungoi", "munges"]}[res]
        att = rng.choices([1, 2, 3], [6, 3, 1])[0]
        fee = 5000 if att == 1 else 2500
        fs = rng.choice([f"{fee:,}".replace(",", ".") + " lekë", f"{fee} ALL", f"{fee:,}".replace(",", " ") + " L",
                         f"Lek {fee:,}"])
        reg = d - dt.timedelta(days=rng.randint(20, 200))
        eid = 10000 + i * 5 + rng.randint(0, 4)
        s = {"ID": rng.choice([f"#{eid}", str(eid)]), "Emri": ns, "Mbiemri": inss, "Telefoni": pns, "Email": pls,
             "Datëlindja": ds, "Krijuar më": ts, "Adresa": cats, "Qyteti": rng.choice(SQ_CENTRES[cen]), "Shuma": ptss,
             "Zbritja": es, "Statusi": rng.choice(gs), "Shënime": rng.choice(rs),
             "Gjinia": rng.choice(SQ_ATTEMPT[att]), "Nr. Personal": fs,
             "Burimi": rng.choice(["Facebook", "Instagram", "Rekomandim", "Web", "TikTok"]),
             "Data e regjistrimit": f"{reg:%d/%m/%Y}"}
        t = {"exam_id": eid, "candidate_first_name": first, "candidate_last_name": last, "personal_no": pn,
             "birth_date": iso(bd), "gender": sex, "instructor_code": f"INS-{ins:02d}", "vehicle_plate": plate,
             "exam_start": dts(DT(d.year, d.month, d.day, h, mi)), "licence_category": cat, "exam_centre": cen,
             "theory_points": pts, "practical_errors": errs, "gearbox": gear, "result": res, "attempt_no": att,
             "fee_all": fee}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 6. Nepali trekking permits
# =============================================================================================
NE_MONTHS = ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर",
             "डिसेम्बर"]
NE_NAT = {"GB": ["बेलायती", "British", "GBR"], "US": ["अमेरिकी", "American", "USA"], "DE": ["जर्मन", "German", "DEU"],
          "FR": ["फ्रान्सेली", "French", "FRA"], "CN": ["चिनियाँ", "Chinese", "CHN"], "IN": ["भारतीय", "Indian", "IND"],
          "JP": ["जापानी", "Japanese", "JPN"], "IL": ["इजरायली", "Israeli", "ISR"], "AU": ["अस्ट्रेलियाली", "Australian", "AUS"],
          "NL": ["डच", "Dutch", "NLD"]}
NE_LOCALE = {"GB": "en_GB", "US": "en_US", "DE": "de_DE", "FR": "fr_FR", "AU": "en_AU", "NL": "nl_NL"}
NE_OTHER = {"CN": (["Wei", "Jun", "Hao", "Lei"], ["Xin", "Ting", "Jing", "Yu"], ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhao"]),
            "IN": (["Rahul", "Arjun", "Vikram", "Karthik"], ["Priya", "Sneha", "Ananya", "Divya"], ["Sharma", "Iyer", "Reddy", "Bose", "Mehta", "Nair"]),
            "JP": (["Haruto", "Sota", "Ren", "Daiki"], ["Yui", "Aoi", "Mio", "Sakura"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Kobayashi"]),
            "IL": (["Yonatan", "Itai", "Omer", "Eitan"], ["Noa", "Tamar", "Shira", "Yael"], ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman"])}
NE_AREAS = {"ACAP": ["अन्नपूर्ण संरक्षण क्षेत्र", "ACAP", "Annapurna", "अन्नपूर्ण"],
            "SNP": ["सगरमाथा राष्ट्रिय निकुञ्ज", "Sagarmatha NP", "Everest region", "सगरमाथा"],
            "LNP": ["लाङटाङ राष्ट्रिय निकुञ्ज", "Langtang NP", "लाङटाङ"],
            "MCAP": ["मनास्लु संरक्षण क्षेत्र", "Manaslu CA", "MCAP"],
            "UMRA": ["माथिल्लो मुस्ताङ", "Upper Mustang", "Mustang (restricted)"]}
NE_ENTRY = {"ACAP": [("Besisahar", ["बेसीशहर", "Besisahar", "BESISAHAR"]), ("Nayapul", ["नयाँपुल", "Nayapul", "Naya Pul"])],
            "SNP": [("Lukla", ["लुक्ला", "Lukla", "LUKLA"]), ("Jiri", ["जिरी", "Jiri"])],
            "LNP": [("Syabrubesi", ["स्याब्रुबेसी", "Syabrubesi", "Syabru Besi"]), ("Dhunche", ["धुन्चे", "Dhunche"])],
            "MCAP": [("Soti Khola", ["सोती खोला", "Soti Khola", "Sotikhola"]), ("Arughat", ["आरुघाट", "Arughat"])],
            "UMRA": [("Kagbeni", ["कागबेनी", "Kagbeni", "KAGBENI"]), ("Jomsom", ["जोमसोम", "Jomsom", "Jomosom"])]}
NE_AGENCIES = ["Himalayan Ascent Treks", "Annapurna Footprints", "Sherpa Horizon Adventure", "Yak & Yeti Trails",
               "Mountain Monk Treks", "Kathmandu Trail Walkers", "Langtang Valley Expeditions", "Manaslu Base Camp Treks"]


def ne_pair() -> Pair:
    p = Pair(SPLIT, "anumati_ne_to_trekking_permit",
             "Nepali trekking-permit register (Devanagari headers and digits; Gregorian dates): foreign trekkers' "
             "names in passport order or not, nationality adjectives in Nepali/English/alpha-3, protected-area "
             "names -> codes, fees in NPR or USD, guide छ/छैन, agencies with प्रा.लि./Pvt. Ltd., Nepali mobiles.",
             "trekking_permit", 170, 14146)
    rng = p.rng
    p.src_cols = ["क्र.सं.", "अनुमतिपत्र नं.", "नाम", "लिङ्ग", "राष्ट्रियता", "राहदानी नं.", "उमेर", "क्षेत्र", "प्रवेश बिन्दु",
                  "प्रवेश मिति", "अवधि", "शुल्क", "गाइड", "एजेन्सी", "सम्पर्क नं.", "जारी गर्ने", "कैफियत"]
    p.tgt_cols = [
        C("permit_no", "int", "id.record_id", key=True, nullable=False),
        C("first_name", "string", "person.first_name"),
        C("last_name", "string", "person.last_name", description="Surnames written in capitals are title-cased."),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("nationality", "string", "person.nationality", allowed_values=sorted(NE_NAT), description="ISO 3166-1 alpha-2."),
        C("passport_no", "string", "id.passport_number", description="Upper case, no spaces."),
        C("area_code", "string", "text.category", allowed_values=list(NE_AREAS)),
        C("entry_point", "string", "address.city", allowed_values=[e[0] for v in NE_ENTRY.values() for e in v]),
        C("entry_date", "date", "datetime.date"),
        C("duration_days", "int", "qty.duration"),
        C("fee_amount", "decimal", "money.amount", description="2 places."),
        C("fee_currency", "string", "iso.currency_code", allowed_values=["NPR", "USD"]),
        C("guide_hired", "bool", "flag.boolean"),
        C("agency_name", "string", "org.company_name", description="Without the legal form (Pvt. Ltd., P. Ltd, प्रा.लि.)."),
        C("emergency_phone", "string", "contact.phone", regex=r"^\+9779\d{9}$", description="E.164"),
        C("exit_date", "date", "datetime.date"),
        C("insurance_policy_no", "string", "id.record_id"),
    ]
    p.key_src, p.key_tgt = ["अनुमतिपत्र नं."], ["permit_no"]
    for t, s, k in [("permit_no", "अनुमतिपत्र नं.", "type_cast"), ("first_name", "नाम", "decompose"),
                    ("last_name", "नाम", "decompose"), ("gender", "लिङ्ग", "value_map"),
                    ("nationality", "राष्ट्रियता", "value_map"), ("passport_no", "राहदानी नं.", "reformat"),
                    ("area_code", "क्षेत्र", "value_map"), ("entry_point", "प्रवेश बिन्दु", "value_map"),
                    ("entry_date", "प्रवेश मिति", "date_format"), ("duration_days", "अवधि", "type_cast"),
                    ("fee_amount", "शुल्क", "decompose"), ("fee_currency", "शुल्क", "decompose"),
                    ("guide_hired", "गाइड", "value_map"), ("agency_name", "एजेन्सी", "reformat"),
                    ("emergency_phone", "सम्पर्क नं.", "reformat")]:
        p.m(t, s, k)
    p.m("exit_date", [], "unmapped")
    p.m("insurance_policy_no", [], "unmapped")

    def passport(c: str) -> str:
        if c in ("GB", "US", "IL"):
            return gc.digits(rng, 9 if c != "IL" else 8)
        if c == "DE":
            return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if c == "FR":
            return gc.digits(rng, 2) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + gc.digits(rng, 5)
        if c == "CN":
            return "E" + gc.digits(rng, 8)
        if c == "IN":
            return rng.choice("JKLMNPRSTUVWZ") + gc.digits(rng, 7)
        if c == "JP":
            return rng.choice(["TK", "TR", "MZ"]) + gc.digits(rng, 7)
        if c == "AU":
            return rng.choice(["PA", "PB", "RA"]) + gc.digits(rng, 7)
        return "N" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5)) + gc.digits(rng, 1)

    def row(rng_, i):
        nonlocal rng
        rng = rng_
        ctry = rng.choices(sorted(NE_NAT), [2, 3, 2, 3, 2, 3, 2, 2, 3, 3])[0]  # AU CN DE FR GB IL IN JP NL US
        sex = rng.choice("MF")
        if ctry in NE_LOCALE:
            male, female, surn = gc.NAMES[NE_LOCALE[ctry]]
            first = rng.choice(male if sex == "M" else female)
            last = rng.choice(surn)
        else:
            male, female, surn = NE_OTHER[ctry]
            first, last = rng.choice(male if sex == "M" else female), rng.choice(surn)
        simple_upper = mc.title_name(last.upper()) == last and " " not in last
        opts = [f"{last}, {first}"]
        if " " not in last and " " not in first:
            opts.append(f"{first} {last}")
        if simple_upper and " " not in first and mc.title_name(first.upper()) == first:
            opts += [f"{last.upper()} {first}", f"{last.upper()} {first.upper()}"]
        ns = rng.choice(opts)
        gs = rng.choice({"M": ["पुरुष", "M", "Male"], "F": ["महिला", "F", "Female"]}[sex])
        pp = passport(ctry)
        pps = rng.choice([pp, pp.lower(), f"{pp[:3]} {pp[3:6]} {pp[6:]}", pp])
        area = rng.choices(list(NE_AREAS), [5, 4, 3, 2, 1])[0]
        ep, epv = NE_ENTRY[area][rng.randrange(len(NE_ENTRY[area]))]
        d = gc.rand_date(rng, D(2024, 1, 5), D(2024, 12, 15))
        dst = rng.randrange(5)
        ds = [sdig(iso(d), DEV_DIG), f"{d:%d/%m/%Y}", f"{d.day} {mc.EN_MONTH[d.month - 1]} {d.year}",
              sdig(f"{NE_MONTHS[d.month - 1]} {d.day}, {d.year}", DEV_DIG), f"{d:%Y.%m.%d}"][dst]
        days = rng.randint(10, 14) if area == "UMRA" else rng.randint(5, 21)
        dus = rng.choice([sdig(f"{days} दिन", DEV_DIG), f"{days} days", f"{days}d", sdig(str(days), DEV_DIG)])
        saarc = ctry == "IN"
        if area == "UMRA":
            fee, cur = Decimal(500), "USD"
        elif area == "MCAP":
            fee, cur = (Decimal(100) if d.month in (9, 10, 11) else Decimal(75)), "USD"
        elif area == "ACAP":
            fee, cur = Decimal(1000 if saarc else 3000), "NPR"
        else:
            fee, cur = Decimal(1500 if saarc else 3000), "NPR"
        if cur == "NPR":
            fs = rng.choice([sdig(f"रु. {int(fee):,}", DEV_DIG), f"NPR {int(fee):,}", f"Rs {int(fee)}", sdig(str(int(fee)), DEV_DIG)])
        else:
            fs = rng.choice([f"USD {int(fee)}", f"${int(fee)}", sdig(f"अमेरिकी डलर {int(fee)}", DEV_DIG)])
        guide = rng.random() < (0.6 if area == "SNP" else 0.92)
        gds = rng.choice(["छ", "Yes", "हो"]) if guide else rng.choice(["छैन", "No", "होइन"])
        ag = rng.choice(NE_AGENCIES)
        ags = rng.choice([f"{ag} Pvt. Ltd.", f"{ag} P. Ltd", f"{ag} प्रा.लि.", f"{ag.upper()} PVT LTD"])
        ph = rng.choice(["984", "985", "986", "980", "981", "982"]) + gc.digits(rng, 7)
        phs = rng.choice([sdig(ph, DEV_DIG), f"+977-{ph}", f"{ph[:3]}-{ph[3:]}", sdig(f"{ph[:3]}-{ph[3:]}", DEV_DIG), f"00977{ph}"])
        pno = 4000 + i * 3 + rng.randint(0, 2)
        pns = rng.choice([f"NP-24-{pno:06d}", sdig(str(pno), DEV_DIG), f"{pno:06d}"])
        s = {"क्र.सं.": sdig(str(i + 1), DEV_DIG), "अनुमतिपत्र नं.": pns, "नाम": ns, "लिङ्ग": gs,
             "राष्ट्रियता": rng.choice(NE_NAT[ctry]), "राहदानी नं.": pps,
             "उमेर": sdig(str(rng.randint(19, 72)), DEV_DIG) if rng.random() < 0.5 else str(rng.randint(19, 72)),
             "क्षेत्र": rng.choice(NE_AREAS[area]), "प्रवेश बिन्दु": rng.choice(epv), "प्रवेश मिति": ds, "अवधि": dus,
             "शुल्क": fs, "गाइड": gds, "एजेन्सी": ags, "सम्पर्क नं.": phs,
             "जारी गर्ने": rng.choice(["राम बहादुर थापा", "सीता कुमारी श्रेष्ठ", "हरि प्रसाद अधिकारी"]),
             "कैफियत": rng.choice(["", "", "", "समूह", "TIMS साथ", "पुनः जारी"])}
        t = {"permit_no": pno, "first_name": first, "last_name": last, "gender": sex, "nationality": ctry,
             "passport_no": pp, "area_code": area, "entry_point": ep, "entry_date": iso(d), "duration_days": days,
             "fee_amount": q(fee, 2), "fee_currency": cur, "guide_hired": guide, "agency_name": ag,
             "emergency_phone": "+977" + ph}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 7. Kannada silk cocoon market lots
# =============================================================================================
KN_MONTHS = ["ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್", "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್",
             "ಡಿಸೆಂಬರ್"]
KN_NAMES = [("ರಮೇಶ್", "Ramesh"), ("ಸುರೇಶ್", "Suresh"), ("ಮಂಜುನಾಥ್", "Manjunath"), ("ನಾಗರಾಜ್", "Nagaraj"),
            ("ಲಕ್ಷ್ಮಮ್ಮ", "Lakshmamma"), ("ಗೌರಮ್ಮ", "Gowramma"), ("ಶಿವಣ್ಣ", "Shivanna"), ("ಕೃಷ್ಣಪ್ಪ", "Krishnappa"),
            ("ಚನ್ನಪ್ಪ", "Channappa"), ("ಪುಟ್ಟಸ್ವಾಮಿ", "Puttaswamy"), ("ಸಿದ್ದರಾಜು", "Siddaraju"), ("ಮಹದೇವಮ್ಮ", "Mahadevamma"),
            ("ವೆಂಕಟೇಶ್", "Venkatesh"), ("ರಾಜಣ್ಣ", "Rajanna")]
KN_INIT = [("ಕೆ", "K"), ("ಎಂ", "M"), ("ಬಿ", "B"), ("ಎಸ್", "S"), ("ಎಚ್", "H"), ("ಟಿ", "T"), ("ಆರ್", "R"), ("ಸಿ", "C")]
KN_TALUK = {"Channapatna": ["ಚನ್ನಪಟ್ಟಣ", "Channapatna", "C.Patna"], "Ramanagara": ["ರಾಮನಗರ", "Ramanagara", "RAMANAGARAM"],
            "Magadi": ["ಮಾಗಡಿ", "Magadi", "MAGADI"], "Kanakapura": ["ಕನಕಪುರ", "Kanakapura", "K.Pura"],
            "Sidlaghatta": ["ಶಿಡ್ಲಘಟ್ಟ", "Sidlaghatta", "Shidlaghatta"], "Kolar": ["ಕೋಲಾರ", "Kolar", "KOLAR"]}
KN_BREED = {"CB": ["ಮಿಶ್ರತಳಿ", "CB", "Cross Breed"], "BV": ["ದ್ವಿತಳಿ", "BV", "Bivoltine", "ಬೈವೋಲ್ಟಿನ್"]}
KN_STATUS = {"SOLD": ["ಮಾರಾಟ", "Sold", "ಮಾರಾಟವಾಗಿದೆ"], "UNSOLD": ["ಮಾರಾಟವಾಗಿಲ್ಲ", "Unsold"],
             "REJECTED": ["ತಿರಸ್ಕೃತ", "Rejected"]}
KN_PAY = {"CASH": ["ನಗದು", "Cash"], "BANK": ["ಬ್ಯಾಂಕ್", "NEFT", "RTGS", "ಆನ್‌ಲೈನ್"]}


def kn_pair() -> Pair:
    p = Pair(SPLIT, "reshme_kn_to_cocoon_lot",
             "Kannada silk cocoon market (Ramanagara) auction lots: Kannada digits and month names, farmer names "
             "with a leading or trailing initial in Kannada or Latin, CB/BV breed words, kg or grams, ₹ prices, lot "
             "value = weight x price (null when unsold), shell %, reeler licence numbers, masked Aadhaar.",
             "cocoon_lot", 180, 14147)
    rng = p.rng
    farmers = []
    for k in range(42):
        nm = KN_NAMES[rng.randrange(len(KN_NAMES))]
        ini = KN_INIT[rng.randrange(len(KN_INIT))]
        farmers.append(dict(nm=nm, ini=ini, phone=rng.choice("6789") + gc.digits(rng, 9), aad=gc.digits(rng, 4),
                            taluk=rng.choice(list(KN_TALUK)), breed=rng.choice(["CB", "CB", "BV"])))
    days = sorted(gc.rand_date(rng, D(2024, 2, 1), D(2024, 11, 30)) for _ in range(12))
    p.src_cols = ["ಕ್ರಮ ಸಂಖ್ಯೆ", "ದಿನಾಂಕ", "ಲಾಟ್ ಸಂಖ್ಯೆ", "ರೈತರ ಹೆಸರು", "ಮೊಬೈಲ್", "ಆಧಾರ್", "ತಾಲ್ಲೂಕು", "ತಳಿ", "ತೂಕ",
                  "ಶೆಲ್ ಶೇಕಡಾ", "ದರ (₹/ಕೆಜಿ)", "ರೀಲರ್", "ಸ್ಥಿತಿ", "ಪಾವತಿ", "ಕಮಿಷನ್", "ಟಿಪ್ಪಣಿ", "ನಮೂದು ಸಮಯ"]
    p.tgt_cols = [
        C("auction_date", "date", "datetime.date", key=True, nullable=False),
        C("lot_no", "int", "id.record_id", key=True, nullable=False),
        C("farmer_given_name", "string", "person.first_name", description="Given name without the initial, in the script it is written in; Latin capitals title-cased."),
        C("farmer_initial", "string", description="Initial (father's/village name) without the dot, in the script it is written in."),
        C("farmer_phone", "string", "contact.mobile_phone", regex=r"^\+91[6-9]\d{9}$", description="E.164"),
        C("aadhaar_last4", "string", regex=r"^\d{4}$"),
        C("taluk", "string", "address.city", allowed_values=list(KN_TALUK)),
        C("breed", "string", "text.category", allowed_values=["CB", "BV"], description="CB cross breed, BV bivoltine."),
        C("weight_kg", "decimal", "qty.mass", description="1 place."),
        C("shell_ratio", "decimal", "qty.percentage", description="Fraction, 3 places."),
        C("price_per_kg_inr", "decimal", "money.unit_price", description="2 places; null when not sold."),
        C("lot_value_inr", "decimal", "money.amount", description="weight x price, 2 places; null when not sold."),
        C("reeler_licence", "int", "id.customer_id"),
        C("status", "string", "status.record_status", allowed_values=list(KN_STATUS)),
        C("payment_mode", "string", "text.category", allowed_values=list(KN_PAY)),
        C("farmer_bank_ifsc", "string", "id.bic"),
        C("market_code", "string", "id.record_id"),
    ]
    p.key_src, p.key_tgt = ["ದಿನಾಂಕ", "ಲಾಟ್ ಸಂಖ್ಯೆ"], ["auction_date", "lot_no"]
    for t, s, k in [("auction_date", "ದಿನಾಂಕ", "date_format"), ("lot_no", "ಲಾಟ್ ಸಂಖ್ಯೆ", "type_cast"),
                    ("farmer_given_name", "ರೈತರ ಹೆಸರು", "decompose"), ("farmer_initial", "ರೈತರ ಹೆಸರು", "decompose"),
                    ("farmer_phone", "ಮೊಬೈಲ್", "reformat"), ("aadhaar_last4", "ಆಧಾರ್", "reformat"),
                    ("taluk", "ತಾಲ್ಲೂಕು", "value_map"), ("breed", "ತಳಿ", "value_map"), ("weight_kg", "ತೂಕ", "unit"),
                    ("shell_ratio", "ಶೆಲ್ ಶೇಕಡಾ", "reformat"), ("price_per_kg_inr", "ದರ (₹/ಕೆಜಿ)", "type_cast"),
                    ("reeler_licence", "ರೀಲರ್", "type_cast"), ("status", "ಸ್ಥಿತಿ", "value_map"),
                    ("payment_mode", "ಪಾವತಿ", "value_map")]:
        p.m(t, s, k)
    p.m("lot_value_inr", ["ತೂಕ", "ದರ (₹/ಕೆಜಿ)"], "compose")
    p.m("farmer_bank_ifsc", [], "unmapped")
    p.m("market_code", [], "unmapped")

    def row(rng_, i):
        nonlocal rng
        rng = rng_
        if i < 180:
            d = days[i // 15]
            lot = 100 + (i % 15) * 4 + rng.randint(0, 3)
        else:
            d = D(2024, 12, 14)
            lot = 100 + i
        f = farmers[rng.randrange(len(farmers))]
        ds = rng.choice([sdig(f"{d:%d-%m-%Y}", KN_DIG), f"{d:%d/%m/%Y}", f"{d.day} {KN_MONTHS[d.month - 1]} {d.year}",
                         sdig(f"{d.day} {KN_MONTHS[d.month - 1]} {d.year}", KN_DIG)])
        lots = rng.choice([sdig(f"ಲಾಟ್ {lot}", KN_DIG), f"L-{lot}", str(lot)])
        (knm, lnm), (kin, lin) = f["nm"], f["ini"]
        st = rng.randrange(5)
        if st == 0:
            ns, gn, ini = f"{kin}. {knm}", knm, kin
        elif st == 1:
            ns, gn, ini = f"{knm} {kin}.", knm, kin
        elif st == 2:
            ns, gn, ini = f"{lin}. {lnm}", lnm, lin
        elif st == 3:
            ns, gn, ini = f"{lnm} {lin}", lnm, lin
        else:
            ns, gn, ini = f"{lin} {lnm.upper()}", lnm, lin
        ph = f["phone"]
        phs = rng.choice([sdig(ph, KN_DIG), f"+91 {ph[:5]} {ph[5:]}", f"{ph[:5]}-{ph[5:]}", f"0{ph[:5]} {ph[5:]}"])
        a = f["aad"]
        aas = rng.choice([f"XXXX XXXX {a}", f"xxxxxxxx{a}", f"**** **** {a}", a])
        breed = f["breed"]
        w = Decimal(rng.randint(200, 1800)) / 10
        wst = rng.randrange(3)
        ws = [sdig(f"{w} ಕೆಜಿ", KN_DIG), f"{w} kg", f"{int(w * 1000)} ಗ್ರಾಂ"][wst]
        shell = Decimal(rng.randint(140, 185) if breed == "CB" else rng.randint(190, 235)) / 10
        shs = rng.choice([sdig(f"{shell}%", KN_DIG), str(shell), f"{shell} %"])
        status = rng.choices(list(KN_STATUS), [14, 2, 1])[0]
        if status == "SOLD":
            price = Decimal(rng.randint(300, 560) if breed == "CB" else rng.randint(480, 820))
            prs = rng.choice([f"₹ {price}", f"{price}.00", sdig(str(price), KN_DIG), f"Rs.{price}/-"])
            rl = rng.randint(1, 2500)
            rls = rng.choice([f"RMN/RL/{rl:04d}", f"{rl:04d}", f"ರೀ-{rl}", f"R-{rl}"])
            pay = rng.choice(list(KN_PAY))
            pays = rng.choice(KN_PAY[pay])
            value = q(w * price, 2)
        else:
            price = rl = pay = value = None
            prs = rls = pays = ""
        s = {"ಕ್ರಮ ಸಂಖ್ಯೆ": str(i + 1), "ದಿನಾಂಕ": ds, "ಲಾಟ್ ಸಂಖ್ಯೆ": lots, "ರೈತರ ಹೆಸರು": ns, "ಮೊಬೈಲ್": phs,
             "ಆಧಾರ್": aas, "ತಾಲ್ಲೂಕು": rng.choice(KN_TALUK[f["taluk"]]), "ತಳಿ": rng.choice(KN_BREED[breed]), "ತೂಕ": ws,
             "ಶೆಲ್ ಶೇಕಡಾ": shs, "ದರ (₹/ಕೆಜಿ)": prs, "ರೀಲರ್": rls, "ಸ್ಥಿತಿ": rng.choice(KN_STATUS[status]),
             "ಪಾವತಿ": pays, "ಕಮಿಷನ್": "" if price is None else q(w * price * Decimal("0.01"), 2),
             "ಟಿಪ್ಪಣಿ": rng.choice(["", "", "ತೇವ ಹೆಚ್ಚು", "ಡಬಲ್ ಗೂಡು", "", "flimsy"]),
             "ನಮೂದು ಸಮಯ": f"{d:%d-%m-%Y} {rng.randint(7, 13):02d}:{rng.randint(0, 59):02d}"}
        t = {"auction_date": iso(d), "lot_no": lot, "farmer_given_name": gn, "farmer_initial": ini,
             "farmer_phone": "+91" + ph, "aadhaar_last4": a, "taluk": f["taluk"], "breed": breed,
             "weight_kg": q(w, 1), "shell_ratio": q(shell / 100, 3),
             "price_per_kg_inr": None if price is None else q(price, 2), "lot_value_inr": value,
             "reeler_licence": rl, "status": status, "payment_mode": pay}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 8. Maltese planning applications
# =============================================================================================
MT_MONTHS = ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
             "Novembru", "Diċembru"]
MT_MALE = ["Joseph", "Mario", "Carmel", "Ġużeppi", "Kurt", "Luke", "Nicholas", "Żaren", "Roderick", "Clayton", "Anthony"]
MT_FEMALE = ["Maria", "Rita", "Doris", "Marija", "Antoinette", "Marianne", "Cettina", "Graziella", "Rebecca", "Josette"]
MT_SUR = ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri",
          "Azzopardi", "Mifsud", "Cassar", "Xuereb", "Caruana", "Debono", "Fenech", "Pace", "Abela", "Agius"]
MT_LOC = {  # canonical: (island, variants)
    "Valletta": ("Malta", ["Il-Belt Valletta", "Valletta", "VALLETTA"]),
    "Sliema": ("Malta", ["Tas-Sliema", "Sliema", "SLIEMA"]),
    "San Ġiljan": ("Malta", ["San Ġiljan", "St Julian's", "St. Julians"]),
    "Żabbar": ("Malta", ["Ħaż-Żabbar", "Zabbar", "ŻABBAR"]),
    "Rabat": ("Malta", ["Ir-Rabat", "Rabat", "RABAT (MALTA)"]),
    "Mosta": ("Malta", ["Il-Mosta", "Mosta", "MOSTA"]),
    "Birkirkara": ("Malta", ["Birkirkara", "B'Kara", "BIRKIRKARA"]),
    "Qormi": ("Malta", ["Ħal Qormi", "Qormi", "QORMI"]),
    "Mellieħa": ("Malta", ["Il-Mellieħa", "Mellieha", "MELLIEĦA"]),
    "Marsaskala": ("Malta", ["Marsaskala", "Wied il-Għajn", "M'Skala"]),
    "Victoria": ("Gozo", ["Ir-Rabat (Għawdex)", "Victoria", "Rabat, Gozo"]),
    "Xagħra": ("Gozo", ["Ix-Xagħra", "Xaghra", "XAGĦRA"]),
    "Nadur": ("Gozo", ["In-Nadur", "Nadur", "NADUR"]),
}
MT_CAT = {"NEW": ["Bini ġdid", "Żvilupp ġdid", "New dwelling"], "EXT": ["Estensjoni", "Żieda ta' sular", "Extension"],
          "ALT": ["Alterazzjonijiet", "Alterations"], "DEM": ["Demolizzjoni", "Twaqqigħ", "Demolition"],
          "COU": ["Bdil ta' użu", "Change of use"], "POOL": ["Pixxina", "Swimming pool"]}
MT_STATUS = {"APPROVED": ["Approvat", "Approved", "Granted"], "REFUSED": ["Rifjutat", "Refused"],
             "PENDING": ["Pendenti", "Għadu pendenti", "Pending"], "APPEAL": ["Appell", "Under appeal (EPRT)", "Appell quddiem it-Tribunal"]}
MT_NUM = ["", "wieħed", "tnejn", "tlieta", "erbgħa", "ħamsa", "sitta", "sebgħa"]
TUMOLO = Decimal("1124")
SQFT = Decimal("0.09290304")


def mt_pair() -> Pair:
    p = Pair(SPLIT, "permessi_mt_to_planning_application",
             "Maltese planning-application register (Maltese headers): PA numbers in four layouts -> number + year, "
             "Maltese month names, locality names with articles (Ħaż-Żabbar, Ir-Rabat (Għawdex) = Victoria) -> "
             "canonical + island, applicants with Is-Sur/Is-Sinjura, ID cards without leading zeros, site areas in "
             "m.k., tumoli or sq ft, floors as G+2 or Maltese number words, architects' A&CE warrant numbers.",
             "planning_application", 160, 14148)
    rng = p.rng
    p.src_cols = ["Nru. tal-Fajl", "Numru tal-Applikazzjoni", "Data tas-Sottomissjoni", "Data tad-Deċiżjoni",
                  "Lokalità", "Applikant", "Nru tal-ID", "Email", "Tel.", "Tip", "Żona", "Daqs tas-Sit", "Sulari",
                  "Drittijiet", "Status", "Perit", "Kummenti", "Daħla"]
    p.tgt_cols = [
        C("application_no", "string", "id.record_id", key=True, nullable=False, regex=r"^PA/\d{5}/\d{2}$", description="PA/NNNNN/YY with 5 digits."),
        C("application_year", "int", "datetime.year"),
        C("submitted_on", "date", "datetime.date"),
        C("decided_on", "date", "datetime.date", description="Null while pending."),
        C("locality", "string", "address.city", allowed_values=list(MT_LOC), description="Short Maltese name without the article; Rabat in Gozo is Victoria."),
        C("island", "string", "address.state_province", allowed_values=["Malta", "Gozo"]),
        C("applicant_first_name", "string", "person.first_name"),
        C("applicant_last_name", "string", "person.last_name"),
        C("applicant_id_card", "string", "id.national_id", regex=r"^\d{7}[A-Z]$", description="Maltese ID card, 7 digits (zero-padded) + letter."),
        C("applicant_email", "string", "contact.email", description="Lower case."),
        C("applicant_phone", "string", "contact.phone", regex=r"^\+356\d{8}$", description="E.164"),
        C("category", "string", "text.category", allowed_values=list(MT_CAT)),
        C("site_area_m2", "decimal", "qty.area", description="m², 1 place; 1 tumolo = 1124 m², 1 sq ft = 0.09290304 m²."),
        C("floors", "int", "qty.count", description="Number of floors including the ground floor (G+2 = 3)."),
        C("fee_eur", "decimal", "money.amount", description="2 places."),
        C("status", "string", "status.record_status", allowed_values=list(MT_STATUS)),
        C("architect_warrant", "int", "id.record_id", description="Perit's A&CE warrant number."),
        C("grid_reference", "string", "id.record_id"),
        C("case_officer", "string", "person.full_name"),
    ]
    p.key_src, p.key_tgt = ["Numru tal-Applikazzjoni"], ["application_no"]
    for t, s, k in [("application_no", "Numru tal-Applikazzjoni", "reformat"),
                    ("application_year", "Numru tal-Applikazzjoni", "decompose"),
                    ("submitted_on", "Data tas-Sottomissjoni", "date_format"),
                    ("decided_on", "Data tad-Deċiżjoni", "date_format"), ("locality", "Lokalità", "value_map"),
                    ("island", "Lokalità", "value_map"), ("applicant_first_name", "Applikant", "decompose"),
                    ("applicant_last_name", "Applikant", "decompose"), ("applicant_id_card", "Nru tal-ID", "reformat"),
                    ("applicant_email", "Email", "reformat"), ("applicant_phone", "Tel.", "reformat"),
                    ("category", "Tip", "value_map"), ("site_area_m2", "Daqs tas-Sit", "unit"),
                    ("floors", "Sulari", "type_cast"), ("fee_eur", "Drittijiet", "reformat"),
                    ("status", "Status", "value_map"), ("architect_warrant", "Perit", "type_cast")]:
        p.m(t, s, k)
    p.m("grid_reference", [], "unmapped")
    p.m("case_officer", [], "unmapped")

    def mdate(d: dt.date) -> str:
        return rng.choice([f"{d.day} ta' {MT_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}", iso(d),
                           f"{d.day}.{d.month}.{d.year % 100:02d}"])

    def row(rng_, i):
        nonlocal rng
        rng = rng_
        sub = gc.rand_date(rng, D(2023, 3, 1), D(2024, 11, 30))
        yy = sub.year % 100
        num = 1000 + i * 37 + rng.randint(0, 36)
        ans = rng.choice([f"PA/{num:05d}/{yy}", f"PA {num}/{yy}", f"pa/{num}/{sub.year}", f"PA/{num}/{yy}"])
        status = rng.choices(list(MT_STATUS), [6, 2, 3, 1])[0]
        dec = None if status == "PENDING" else sub + dt.timedelta(days=rng.randint(45, 330))
        if dec and dec > D(2024, 12, 20):
            status, dec = "PENDING", None
        loc = rng.choice(list(MT_LOC))
        isl, lv = MT_LOC[loc]
        sex = rng.choice("MF")
        first = rng.choice(MT_MALE if sex == "M" else MT_FEMALE)
        last = rng.choice(MT_SUR)
        hon = "Is-Sur" if sex == "M" else "Is-Sinjura"
        ns = rng.choice([f"{hon} {first} {last}", f"{last.upper()} {first}", f"{last}, {first}", f"{first} {last}"])
        idn = rng.randint(1000, 999999)
        letter = "G" if isl == "Gozo" and rng.random() < 0.7 else rng.choice("MMMLA")
        ids = rng.choice([f"{idn}{letter}", f"{idn:07d}{letter}", f"{idn} {letter}", f"{idn}{letter.lower()}"])
        em = gc.email_for(rng, first, last, ["gmail.com", "maltanet.net", "onvol.net", "melita.com", "go.net.mt"])
        ems = rng.choice([em, em.capitalize(), em.upper(), em])
        ph = rng.choice(["79", "99", "77", "21", "27"]) + gc.digits(rng, 6)
        phs = rng.choice([f"{ph[:4]} {ph[4:]}", f"+356 {ph[:4]} {ph[4:]}", f"00356 {ph}", ph, f"(+356) {ph[:4]}-{ph[4:]}"])
        cat = rng.choices(list(MT_CAT), [4, 3, 3, 1, 1, 1])[0]
        area = rng.randint(60, 2400)
        ast = rng.randrange(4)
        if ast == 0:
            as_, am = f"{area} m.k.", Decimal(area)
        elif ast == 1:
            as_, am = rng.choice([f"{area}m²", f"{area} sqm"]), Decimal(area)
        elif ast == 2:
            tum = (Decimal(area) / TUMOLO).quantize(Decimal("0.001"))
            as_, am = f"{tum} tumoli" if tum != 1 else "1 tumolo", tum * TUMOLO
        else:
            sq = int((Decimal(area) / SQFT).quantize(Decimal(1)))
            as_, am = f"{sq:,} sq ft", sq * SQFT
        floors = rng.choice([1, 2, 2, 3, 3, 4, 5, 6]) if cat in ("NEW", "EXT", "ALT", "COU") else 1
        fst = rng.randrange(4)
        fls = [str(floors), f"{floors} sulari" if floors > 1 else "sular wieħed", MT_NUM[floors],
               "G" if floors == 1 else f"G+{floors - 1}"][fst]
        fee = Decimal(rng.randint(8000, 650000)) / 100
        fes = rng.choice([f"€{fee:,.2f}", f"{fee:.2f} EUR", f"EUR {fee:,.2f}", f"€ {fee:.2f}"])
        w = rng.randint(80, 1450)
        ai = rng.choice(["J.", "M.", "A.", "R.", "S."])
        asur = rng.choice(MT_SUR)
        pes = rng.choice([f"Perit {ai} {asur} (A&CE {w})", f"Perit {ai} {asur}, A&CE {w}", f"A&CE/{w} – {ai} {asur}",
                          f"Perit {ai} {asur} (warrant {w})"])
        s = {"Nru. tal-Fajl": f"F{rng.randint(10000, 99999)}", "Numru tal-Applikazzjoni": ans,
             "Data tas-Sottomissjoni": mdate(sub), "Data tad-Deċiżjoni": mdate(dec) if dec else "",
             "Lokalità": rng.choice(lv), "Applikant": ns, "Nru tal-ID": ids, "Email": ems, "Tel.": phs,
             "Tip": rng.choice(MT_CAT[cat]), "Żona": rng.choice(["fi ħdan l-iżvilupp", "ODZ", "UCA", "Development zone"]),
             "Daqs tas-Sit": as_, "Sulari": fls, "Drittijiet": fes, "Status": rng.choice(MT_STATUS[status]),
             "Perit": pes, "Kummenti": rng.choice(["", "", "rappreżentazzjonijiet: 3", "DNA", "", "Heritage consult"]),
             "Daħla": f"{sub:%Y-%m-%d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"}
        t = {"application_no": f"PA/{num:05d}/{yy}", "application_year": sub.year, "submitted_on": iso(sub),
             "decided_on": iso(dec) if dec else None, "locality": loc, "island": isl, "applicant_first_name": first,
             "applicant_last_name": last, "applicant_id_card": f"{idn:07d}{letter}", "applicant_email": em.lower(),
             "applicant_phone": "+356" + ph, "category": cat, "site_area_m2": q(am, 1), "floors": floors,
             "fee_eur": q(fee, 2), "status": status, "architect_warrant": w}
        return s, t
    p.row = row
    return p


def main() -> None:
    mc.OUT = OUT
    pairs = [uz_pair(), eu_pair(), my_pair(), iso8583_pair(), sq_pair(), ne_pair(), kn_pair(), mt_pair()]
    tot = [0, 0, 0]
    for p in pairs:
        r, s, t = p.write()
        tot = [tot[0] + r, tot[1] + s, tot[2] + t]
        print(f"{p.name}: {r} rows, {s} source cols, {t} target cols")
    print("total", tot)


if __name__ == "__main__":
    main()
