# ruff: noqa: E501
"""Blind mapping golden set 3 (8 pairs, split "blind").

Standard library only, deterministic (fixed seeds 80801-80808). Written from the README, the target
schema example, the domain id list and the generator framework only.

    /work/main/.venv/bin/python gen_mapping_blind3.py
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import golden_common as gc  # noqa: E402
import mapping_common as mc  # noqa: E402
from mapping_common import C, Pair, q  # noqa: E402

# (a blind-written generator, kept as its author wrote it; only its output folder was repointed)
mc.OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_mapping"
SPLIT = "dev"
NBSP = "\u00a0"


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
def pick(rng: random.Random, weighted: list[tuple[object, float]]):
    r = rng.random() * sum(w for _, w in weighted)
    for v, w in weighted:
        r -= w
        if r < 0:
            return v
    return weighted[-1][0]


def gs1_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def group_thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def eu_num(x, places: int, sep: str = ".") -> str:
    return mc.eu(x, places, sep)


def shuffle_targets(rng: random.Random, mapped: list[dict], unmapped: list[dict], fixed_first: int) -> list[dict]:
    """Keep the first `fixed_first` mapped columns in front, then interleave the rest deterministically."""
    head, rest = mapped[:fixed_first], mapped[fixed_first:] + unmapped
    rng.shuffle(rest)
    return head + rest


# =============================================================================================
# 1. Czech utility meter readings
# =============================================================================================
CZ_MONTH_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                "listopadu", "prosince"]
CZ_CITIES = [("Praha 4", "140 00"), ("Praha 10", "100 00"), ("Praha 6", "160 00"), ("Brno", "602 00"),
             ("Ostrava", "702 00"), ("Plzeň", "301 00"), ("Liberec", "460 01"), ("Olomouc", "779 00"),
             ("České Budějovice", "370 01"), ("Hradec Králové", "500 02"), ("Pardubice", "530 02"),
             ("Zlín", "760 01"), ("Kladno", "272 01"), ("Jihlava", "586 01"), ("Kutná Hora", "284 01"),
             ("Žďár nad Sázavou", "591 01")]


def cz_phone(rng: random.Random) -> tuple[str, str]:
    n = rng.choice(["601", "602", "603", "604", "605", "606", "608", "702", "720", "721", "723", "724", "728", "730",
                    "731", "732", "736", "737", "739", "770", "773", "774", "775", "777", "778", "790", "792", "799"]) + gc.digits(rng, 6)
    disp = pick(rng, [(f"{n[:3]} {n[3:6]} {n[6:]}", 4), (f"+420 {n[:3]} {n[3:6]} {n[6:]}", 3), (n, 2),
                      (f"00420{n}", 1), (f"+420{n}", 1)])
    return disp, f"+420{n}"


def cz_date(rng: random.Random, d: dt.date) -> str:
    return pick(rng, [(f"{d.day}. {d.month}. {d.year}", 4), (f"{d.day:02d}.{d.month:02d}.{d.year}", 3),
                      (d.isoformat(), 2), (f"{d.day}. {CZ_MONTH_GEN[d.month - 1]} {d.year}", 1)])


def pair_cz() -> Pair:
    p = Pair(SPLIT, "odecty_cz_to_meter_reading",
             "Czech utility export of electricity and gas meter readings (Czech headers) -> meter_reading",
             "meter_reading", 180, 80801)
    p.src_cols = ["Číslo odběrného místa", "Zákazník", "Ulice", "Obec", "PSČ", "Telefon", "Komodita", "Sazba",
                  "Číslo elektroměru", "Datum odečtu", "Typ odečtu", "Důvod odečtu", "Stav VT", "Stav NT",
                  "Jedn.", "Spotřeba", "Přepočet kWh/m3", "Záloha", "Číslo plomby", "Odečetl",
                  "Poznámka odečítače", "Datum importu"]
    p.key_src = ["Číslo odběrného místa", "Datum odečtu"]
    p.key_tgt = ["supply_point_ean", "reading_date"]
    p.comment = "Meter readings of a Czech energy supplier (electricity and natural gas)."
    p.tgt_cols = [
        C("supply_point_ean", "string", "id.record_id", key=True, nullable=False, regex=r"^859182400\d{9}$",
          description="EAN of the supply point (odběrné místo), 18 digits without spaces or prefix"),
        C("reading_date", "date", "datetime.date", key=True, nullable=False),
        C("customer_last_name", "string", "person.last_name", nullable=False,
          description="surname in title case (NOVÁKOVÁ -> Nováková)"),
        C("customer_first_name", "string", "person.first_name"),
        C("academic_title", "string", "person.salutation", description="title before the name (Ing., Mgr. ...), null if none"),
        C("phone", "string", "contact.phone", description="E.164"),
        C("city", "string", "address.city"),
        C("postal_code", "string", "address.postal_code", regex=r"^\d{5}$", description="5 digits without space"),
        C("commodity", "string", "text.category", nullable=False, allowed_values=["electricity", "gas"]),
        C("distribution_tariff", "string", "text.category",
          description="distribution rate code in canonical form D25d (null for gas)"),
        C("meter_number", "string", "id.record_id", description="meter serial as given"),
        C("reading_type", "string", "status.record_status", allowed_values=["physical", "customer", "estimated", "remote"]),
        C("reading_reason", "string", "text.category",
          allowed_values=["periodic", "price_change", "meter_exchange", "move_out"]),
        C("register_high", "int", "qty.count", description="high-tariff (VT) register in kWh (electricity) or m3 (gas); MWh converted to kWh"),
        C("register_low", "int", "qty.count", description="low-tariff (NT) register in kWh, null for single-rate tariffs and gas"),
        C("register_unit", "string", "text.category", allowed_values=["kWh", "m3"]),
        C("consumption_kwh", "decimal", "qty.count",
          description="consumption since the previous reading in kWh, 1 place; gas m3 times the conversion factor"),
        C("monthly_advance_czk", "decimal", "money.amount", description="monthly advance payment in CZK, 2 places"),
        C("grid_operator", "string", "org.company_name"),
        C("validated", "bool", "flag.verified"),
    ]
    p.m("supply_point_ean", "Číslo odběrného místa", "reformat")
    p.m("reading_date", "Datum odečtu", "date_format")
    p.m("customer_last_name", "Zákazník", "decompose")
    p.m("customer_first_name", "Zákazník", "decompose")
    p.m("academic_title", "Zákazník", "decompose")
    p.m("phone", "Telefon", "reformat")
    p.m("city", "Obec", "atomic")
    p.m("postal_code", "PSČ", "reformat")
    p.m("commodity", "Komodita", "value_map")
    p.m("distribution_tariff", "Sazba", "reformat")
    p.m("meter_number", "Číslo elektroměru", "atomic")
    p.m("reading_type", "Typ odečtu", "value_map")
    p.m("reading_reason", "Důvod odečtu", "value_map")
    p.m("register_high", ["Stav VT", "Jedn."], "unit")
    p.m("register_low", ["Stav NT", "Jedn."], "unit")
    p.m("register_unit", "Jedn.", "value_map")
    p.m("consumption_kwh", ["Spotřeba", "Jedn.", "Přepočet kWh/m3"], "compose")
    p.m("monthly_advance_czk", "Záloha", "reformat")
    p.m("grid_operator", [], "unmapped")
    p.m("validated", [], "unmapped")

    streets = ["Na Pankráci", "Vinohradská", "Masarykova", "Husova", "Palackého", "Nádražní", "Školní",
               "U Stadionu", "Jiráskova", "Komenského", "K Lesu", "Lidická", "Žižkova", "Tyršova"]
    types = {"physical": ["Fyzický odečet", "F", "fyzický", "FYZICKÝ"], "customer": ["Samoodečet", "S", "zákaznický", "samoodečet"],
             "estimated": ["Odhad", "O", "odhadnutý", "ODHAD"], "remote": ["Dálkový", "D", "AMM", "dálkový odečet"]}
    reasons = {"periodic": ["Pravidelný", "pravidelný roční", "ROČNÍ"], "price_change": ["Změna ceny", "změna ceníku"],
               "meter_exchange": ["Výměna elektroměru", "výměna měřidla", "VÝMĚNA"],
               "move_out": ["Ukončení odběru", "odhláška", "ukončení"]}
    notes = ["", "", "", "pes na zahradě", "klíč u sousedky", "elektroměr ve sklepě", "zvonit 2x",
             "plomba poškozena", "nepřístupné", "odečteno z fotky"]
    readers = ["JN", "PK", "MH", "", "TS", "app"]

    def row(rng: random.Random, i: int):
        per = gc.person(rng, "cs_CZ")
        last, first = per["last"], per["first"]
        title = pick(rng, [(None, 7), ("Ing.", 1.5), ("Mgr.", 1), ("Bc.", 0.5), ("MUDr.", 0.4), ("JUDr.", 0.3)])
        name_style = rng.random()
        if name_style < 0.6:
            nm = f"{last} {first}"
        elif name_style < 0.8:
            nm = f"{last.upper()} {first}"
        else:
            nm = f"{last}, {first}"
        if title:
            nm = f"{title} {nm}" if rng.random() < 0.7 else f"{nm}, {title}"
        mid = f"{(i * 7919 + 1234567) % 100000000:08d}"
        ean = "859182400" + mid
        ean += gs1_check(ean)
        ean_disp = pick(rng, [(ean, 7), (" ".join(ean[k:k + 3] for k in range(0, 18, 3)), 2), (f"EAN {ean}", 1)])
        city, psc = rng.choice(CZ_CITIES)
        psc_disp = psc if rng.random() < 0.7 else psc.replace(" ", "")
        ph, ph164 = cz_phone(rng)
        has_phone = rng.random() < 0.85
        gas = rng.random() < 0.28
        rdate = gc.rand_date(rng, dt.date(2023, 10, 1), dt.date(2024, 6, 30))
        rtype = pick(rng, [("physical", 4), ("customer", 3), ("estimated", 1.5), ("remote", 1)])
        reason = pick(rng, [("periodic", 6), ("price_change", 2), ("meter_exchange", 1), ("move_out", 1)])
        if gas:
            komod = rng.choice(["Plyn", "ZP", "plyn", "zemní plyn"])
            tariff, sazba = None, ""
            unit_disp, unit = rng.choice(["m3", "m³", "M3"]), "m3"
            vt = rng.randint(800, 48000)
            nt = None
            cons_src = rng.randint(150, 2600)
            factor = Decimal(f"10.{rng.randint(480, 620)}")
            cons_kwh = q(Decimal(cons_src) * factor, 1)
            vt_disp = group_thousands(vt, " ") if rng.random() < 0.4 else str(vt)
            nt_disp = ""
            cons_disp = str(cons_src)
            factor_disp = eu_num(factor, 3) if rng.random() < 0.8 else str(factor)
            meter = f"{rng.choice(['G4', 'G6', 'BK'])}-{gc.digits(rng, 8)}"
        else:
            komod = rng.choice(["Elektřina", "EE", "elektro", "elektřina", "ELEKTŘINA"])
            tariff = pick(rng, [("D02d", 4), ("D01d", 1), ("D25d", 3), ("D26d", 1), ("D45d", 1), ("D56d", 1), ("D57d", 0.6)])
            sazba = pick(rng, [(tariff, 7), (tariff.lower(), 1), (f"D {tariff[1:]}", 1), (tariff.upper(), 1)])
            mwh = rng.random() < 0.15
            unit_disp, unit = ("MWh", "kWh") if mwh else (rng.choice(["kWh", "kWh", "KWH", "kwh"]), "kWh")
            dual = tariff not in ("D01d", "D02d")
            vt = rng.randint(1200, 68000)
            nt = rng.randint(3000, 90000) if dual else None
            cons = rng.randint(400, 9000)
            cons_kwh = q(cons, 1)
            factor_disp = ""
            if mwh:
                vt_disp = eu_num(Decimal(vt) / 1000, 3, " ")
                nt_disp = eu_num(Decimal(nt) / 1000, 3, " ") if nt is not None else ""
                cons_disp = eu_num(Decimal(cons) / 1000, 3, " ")
            else:
                vt_disp = group_thousands(vt, " ") if rng.random() < 0.4 else str(vt)
                nt_disp = "" if nt is None else (group_thousands(nt, " ") if rng.random() < 0.4 else str(nt))
                cons_disp = str(cons)
            meter = gc.digits(rng, 7) if rng.random() < 0.6 else "00" + gc.digits(rng, 6)
        adv = rng.choice([600, 750, 900, 1100, 1200, 1450, 1600, 1800, 2100, 2500, 3200, 4100])
        if rng.random() < 0.1:
            adv_disp, adv_v = "", None
        else:
            adv_v = q(adv)
            adv_disp = pick(rng, [(f"{group_thousands(adv, ' ')} Kč", 3), (f"{adv},-", 2), (f"{eu_num(adv, 2)} Kč", 2),
                                  (str(adv), 2), (f"{adv} CZK", 1)])
        imp = dt.datetime.combine(rdate + dt.timedelta(days=rng.randint(1, 9)), dt.time(rng.randint(0, 5), rng.randint(0, 59), rng.randint(0, 59)))
        s = {"Číslo odběrného místa": ean_disp, "Zákazník": nm,
             "Ulice": f"{rng.choice(streets)} {rng.randint(1, 2400)}/{rng.randint(1, 60)}", "Obec": city, "PSČ": psc_disp,
             "Telefon": ph if has_phone else "", "Komodita": komod, "Sazba": sazba, "Číslo elektroměru": meter,
             "Datum odečtu": cz_date(rng, rdate), "Typ odečtu": rng.choice(types[rtype]),
             "Důvod odečtu": rng.choice(reasons[reason]), "Stav VT": vt_disp, "Stav NT": nt_disp, "Jedn.": unit_disp,
             "Spotřeba": cons_disp, "Přepočet kWh/m3": factor_disp, "Záloha": adv_disp,
             "Číslo plomby": f"{rng.choice('ABCE')}{gc.digits(rng, 6)}", "Odečetl": rng.choice(readers),
             "Poznámka odečítače": rng.choice(notes), "Datum importu": imp.strftime("%d.%m.%Y %H:%M:%S")}
        t = {"supply_point_ean": ean, "reading_date": rdate.isoformat(), "customer_last_name": last,
             "customer_first_name": first, "academic_title": title, "phone": ph164 if has_phone else None,
             "city": city, "postal_code": psc.replace(" ", ""), "commodity": "gas" if gas else "electricity",
             "distribution_tariff": tariff, "meter_number": meter, "reading_type": rtype, "reading_reason": reason,
             "register_high": vt, "register_low": nt, "register_unit": unit, "consumption_kwh": cons_kwh,
             "monthly_advance_czk": adv_v}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 2. Finnish library loans
# =============================================================================================
FI_NAMES = (["Juhani", "Mikko", "Matti", "Antero", "Ilmari", "Eino", "Väinö", "Aleksi", "Onni", "Tapani", "Pertti",
             "Kalevi", "Jari", "Oskari", "Eetu", "Lauri", "Toivo", "Aarne", "Jyrki", "Sakari"],
            ["Aino", "Helmi", "Maria", "Anneli", "Johanna", "Tuula", "Päivi", "Sari", "Minna", "Eveliina", "Siiri",
             "Aada", "Kerttu", "Ilona", "Hilkka", "Pirjo", "Satu", "Venla", "Lyydia", "Marjatta"],
            ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
             "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen", "Turunen",
             "Salo", "Tuominen", "Räsänen", "Kärkkäinen", "Ahonen", "Väisänen", "Åberg", "Lindholm", "Ylönen",
             "Öhman", "Pyykkö", "Hyvärinen"])
FI_MONTH_PART = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
                 "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(rng: random.Random, sex: str, birth: dt.date) -> str:
    sep = "-" if birth.year < 2000 else "A"
    n = rng.randint(2, 899)
    if (n % 2 == 1) != (sex == "M"):
        n += 1
    num = int(f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{n:03d}")
    return f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{sep}{n:03d}{HETU_CHARS[num % 31]}"


def isbn10_check(body9: str) -> str:
    s = sum(int(c) * (10 - k) for k, c in enumerate(body9))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn13_check(body12: str) -> str:
    s = sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def fi_date(rng: random.Random, d: dt.date) -> str:
    return pick(rng, [(f"{d.day}.{d.month}.{d.year}", 5), (f"{d.day:02d}.{d.month:02d}.{d.year}", 2),
                      (f"{d.day}.{d.month}.{d.year % 100:02d}", 1.5), (d.isoformat(), 1.5),
                      (f"{d.day}. {FI_MONTH_PART[d.month - 1]} {d.year}", 1)])


def pair_fi() -> Pair:
    p = Pair(SPLIT, "lainat_fi_to_library_loan",
             "Finnish public library circulation export (Finnish headers) -> library_loan", "library_loan", 200, 80802)
    p.src_cols = ["Lainatunnus", "Asiakas", "Henkilötunnus", "Sähköposti", "Kirjastokortti", "Nimeke", "ISBN",
                  "Aineistolaji", "Kieli", "Luokka", "Viivakoodi", "Toimipiste", "Lainauspäivä", "Eräpäivä",
                  "Palautettu", "Uusinnat", "Myöhästymismaksu", "Varauksia", "Muokattu"]
    p.key_src = ["Lainatunnus"]
    p.key_tgt = ["loan_id"]
    p.comment = "Loans of a Finnish municipal library network."
    p.tgt_cols = [
        C("loan_id", "int", "id.record_id", key=True, nullable=False, description="numeric part of the loan id (L0045120 -> 45120)"),
        C("borrower_last_name", "string", "person.last_name", nullable=False, description="title case"),
        C("borrower_first_name", "string", "person.first_name"),
        C("borrower_national_id", "string", "id.national_id", description="Finnish henkilötunnus, upper case"),
        C("borrower_birth_date", "date", "person.date_of_birth"),
        C("borrower_email", "string", "contact.email", description="lower case"),
        C("library_card", "string", "id.customer_id"),
        C("title", "string", "text.title", nullable=False),
        C("isbn13", "string", "id.isbn", regex=r"^97[89]\d{10}$", description="ISBN-13 digits only (ISBN-10 converted)"),
        C("material_type", "string", "text.category", nullable=False,
          allowed_values=["book", "audiobook", "video", "magazine", "board_game"]),
        C("language", "string", "iso.language_code", description="ISO 639-1"),
        C("branch_code", "string", "org.department", allowed_values=["HKI-OODI", "HKI-PASILA", "HKI-KALLIO", "ESP-ENTRESSE", "VAN-TIKKURILA"]),
        C("loan_date", "date", "datetime.date", nullable=False),
        C("due_date", "date", "datetime.date"),
        C("returned_date", "date", "datetime.date", description="null while the item is on loan"),
        C("renewals", "int", "qty.count"),
        C("late_fee_eur", "decimal", "money.amount", description="2 places"),
        C("reminder_sent_date", "date", "datetime.date"),
        C("fine_waived", "bool", "flag.boolean"),
    ]
    p.m("loan_id", "Lainatunnus", "type_cast")
    p.m("borrower_last_name", "Asiakas", "decompose")
    p.m("borrower_first_name", "Asiakas", "decompose")
    p.m("borrower_national_id", "Henkilötunnus", "reformat")
    p.m("borrower_birth_date", "Henkilötunnus", "decompose")
    p.m("borrower_email", "Sähköposti", "reformat")
    p.m("library_card", "Kirjastokortti", "atomic")
    p.m("title", "Nimeke", "atomic")
    p.m("isbn13", "ISBN", "reformat")
    p.m("material_type", "Aineistolaji", "value_map")
    p.m("language", "Kieli", "value_map")
    p.m("branch_code", "Toimipiste", "value_map")
    p.m("loan_date", "Lainauspäivä", "date_format")
    p.m("due_date", "Eräpäivä", "date_format")
    p.m("returned_date", "Palautettu", "date_format")
    p.m("renewals", "Uusinnat", "type_cast")
    p.m("late_fee_eur", "Myöhästymismaksu", "reformat")
    p.m("reminder_sent_date", [], "unmapped")
    p.m("fine_waived", [], "unmapped")

    titles = {
        "book": [("Tuntematon sotilas", "fi"), ("Seitsemän veljestä", "fi"), ("Sinuhe egyptiläinen", "fi"),
                 ("Täällä Pohjantähden alla", "fi"), ("Puhdistus", "fi"), ("Kalevala", "fi"), ("Oneiron", "fi"),
                 ("Muumipeikko ja pyrstötähti", "fi"), ("Tove Jansson: Sommarboken", "sv"), ("Fänrik Ståls sägner", "sv"),
                 ("The Midnight Library", "en"), ("Klara and the Sun", "en"), ("Rautatie", "fi"),
                 ("Kesäkirja", "fi"), ("Hytti nro 6", "fi"), ("Norma", "fi"), ("Tytöt 1968", "fi")],
        "audiobook": [("Tuntematon sotilas (äänikirja)", "fi"), ("Sinuhe egyptiläinen", "fi"),
                      ("Where the Crawdads Sing", "en"), ("Maan muisti", "fi")],
        "video": [("Mies vailla menneisyyttä", "fi"), ("Kuolleet lehdet", "fi"), ("Hytti nro 6", "fi"),
                  ("Oppenheimer", "en"), ("Tove", "sv")],
        "magazine": [("Suomen Kuvalehti 12/2024", "fi"), ("Tekniikan Maailma 4/2024", "fi"), ("Hufvudstadsbladet Lördag", "sv"),
                     ("National Geographic 3/2024", "en")],
        "board_game": [("Afrikan tähti", "fi"), ("Carcassonne", "en"), ("Kimble", "fi")],
    }
    mat_syn = {"book": ["Kirja", "kirja", "K", "KIRJA"], "audiobook": ["Äänikirja", "ÄK", "äänikirja (CD)"],
               "video": ["DVD", "Elokuva", "Blu-ray", "dvd"], "magazine": ["Lehti", "aikakauslehti", "L"],
               "board_game": ["Lautapeli", "peli", "LP"]}
    lang_syn = {"fi": ["suomi", "fi", "FIN", "fin"], "sv": ["ruotsi", "sv", "SWE", "swe"], "en": ["englanti", "en", "ENG", "eng"]}
    branches = {"HKI-OODI": ["Oodi", "Keskustakirjasto Oodi", "OODI"], "HKI-PASILA": ["Pasila", "Pasilan kirjasto"],
                "HKI-KALLIO": ["Kallio", "Kallion kirjasto", "KALLIO"], "ESP-ENTRESSE": ["Entresse (Espoo)", "Entressen kirjasto"],
                "VAN-TIKKURILA": ["Tikkurila", "Tikkurilan kirjasto (Vantaa)"]}
    renew_words = {0: ["0", "", "ei"], 1: ["1", "1 kerta", "yksi"], 2: ["2", "2 kertaa", "kaksi"], 3: ["3", "3 kertaa"],
                   4: ["4"], 5: ["5 kertaa"]}
    domains = ["gmail.com", "hotmail.fi", "outlook.com", "elisanet.fi", "kolumbus.fi", "welho.com", "luukku.com"]

    def row(rng: random.Random, i: int):
        male, female, surnames = FI_NAMES
        sex = rng.choice("MF")
        first = rng.choice(male if sex == "M" else female)
        last = rng.choice(surnames)
        birth = gc.rand_date(rng, dt.date(1938, 1, 1), dt.date(2012, 12, 31))
        ht = hetu(rng, sex, birth)
        ht_disp = ht if rng.random() < 0.85 else ht.lower()
        nm = pick(rng, [(f"{last}, {first}", 5), (f"{last.upper()} {first}", 2), (f"{last} {first}", 3)])
        email = gc.email_for(rng, first, last, domains)
        has_email = rng.random() < 0.8
        em_disp = email if rng.random() < 0.75 else (email.capitalize() if rng.random() < 0.5 else email.upper())
        card = "2" + gc.digits(rng, 10)
        mat = pick(rng, [("book", 12), ("audiobook", 2), ("video", 2), ("magazine", 1.5), ("board_game", 0.7)])
        title, lang = rng.choice(titles[mat])
        isbn = None
        isbn_disp = ""
        if mat in ("book", "audiobook"):
            core = rng.choice(["951", "952"]) + gc.digits(rng, 6)
            isbn = "978" + core + isbn13_check("978" + core)
            form = rng.random()
            if form < 0.45:
                isbn_disp = f"978-{core[:3]}-{core[3]}-{core[4:]}-{isbn[-1]}"
            elif form < 0.7:
                isbn_disp = isbn
            elif form < 0.9:
                isbn_disp = f"{core[:3]}-{core[3]}-{core[4:]}-{isbn10_check(core)}"
            else:
                isbn_disp = core + isbn10_check(core)
            if rng.random() < 0.05:
                isbn, isbn_disp = None, ""
        loan = gc.rand_date(rng, dt.date(2023, 9, 1), dt.date(2024, 5, 31))
        period = 28 if mat in ("book", "audiobook", "board_game") else 14
        renew = pick(rng, [(0, 8), (1, 3), (2, 2), (3, 1), (4, 0.4), (5, 0.3)])
        due = loan + dt.timedelta(days=period * (1 + renew))
        returned = None
        fee = None
        fee_disp = ""
        if rng.random() < 0.75:
            returned = loan + dt.timedelta(days=rng.randint(1, (due - loan).days + 12))
            late_days = (returned - due).days
            if late_days > 0:
                fee = min(Decimal("0.20") * late_days, Decimal("6.00"))
                fee_disp = pick(rng, [(f"{eu_num(fee, 2)} €", 3), (eu_num(fee, 2), 2), (f"{str(fee.normalize()).replace('.', ',')}", 1),
                                      (f"€{fee}", 1)])
                fee = q(fee)
            elif rng.random() < 0.5:
                fee_disp = rng.choice(["0", "0,00 €", "0,00"])
                fee = "0.00"
        branch = rng.choice(list(branches))
        lid = 10000 + i * 37 + rng.randint(0, 30)
        lid_disp = pick(rng, [(f"L{lid:07d}", 6), (f"L-{lid}", 2), (str(lid), 2)])
        mod = dt.datetime.combine(returned or loan, dt.time(rng.randint(8, 20), rng.randint(0, 59)))
        s = {"Lainatunnus": lid_disp, "Asiakas": nm, "Henkilötunnus": ht_disp, "Sähköposti": em_disp if has_email else "",
             "Kirjastokortti": card, "Nimeke": title, "ISBN": isbn_disp, "Aineistolaji": rng.choice(mat_syn[mat]),
             "Kieli": rng.choice(lang_syn[lang]), "Luokka": rng.choice(["84.2", "84.31", "99.1", "78.8911", "38.3", "1.4", "80.1"]),
             "Viivakoodi": "3" + gc.digits(rng, 13), "Toimipiste": rng.choice(branches[branch]),
             "Lainauspäivä": fi_date(rng, loan), "Eräpäivä": fi_date(rng, due),
             "Palautettu": fi_date(rng, returned) if returned else "", "Uusinnat": rng.choice(renew_words[renew]),
             "Myöhästymismaksu": fee_disp, "Varauksia": str(pick(rng, [(0, 6), (1, 2), (2, 1), (5, 0.3)])),
             "Muokattu": mod.strftime("%d.%m.%Y %H.%M")}
        renew_t = renew if s["Uusinnat"] != "" else None
        t = {"loan_id": lid, "borrower_last_name": last, "borrower_first_name": first, "borrower_national_id": ht,
             "borrower_birth_date": birth.isoformat(), "borrower_email": email if has_email else None,
             "library_card": card, "title": title, "isbn13": isbn, "material_type": mat, "language": lang,
             "branch_code": branch, "loan_date": loan.isoformat(), "due_date": due.isoformat(),
             "returned_date": returned.isoformat() if returned else None, "renewals": renew_t, "late_fee_eur": fee}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 3. Payments-platform merchant accounts (flattened JSON paths) -> wide KYC profile, Australia
# =============================================================================================
AU_PLACES = {"NSW": [("Sydney", 2000), ("Newtown", 2042), ("Newcastle", 2300), ("Wollongong", 2500), ("Parramatta", 2150)],
             "VIC": [("Melbourne", 3000), ("Fitzroy", 3065), ("Geelong", 3220), ("Ballarat", 3350)],
             "QLD": [("Brisbane", 4000), ("Fortitude Valley", 4006), ("Cairns", 4870), ("Southport", 4215)],
             "WA": [("Perth", 6000), ("Fremantle", 6160)], "SA": [("Adelaide", 5000), ("Glenelg", 5045)],
             "TAS": [("Hobart", 7000), ("Launceston", 7250)], "ACT": [("Canberra", 2601), ("Braddon", 2612)],
             "NT": [("Darwin", 800), ("Alice Springs", 870)]}
AU_STATE_SYN = {"NSW": ["NSW", "New South Wales", "nsw", "N.S.W."], "VIC": ["VIC", "Victoria", "Vic", "vic"],
                "QLD": ["QLD", "Queensland", "Qld"], "WA": ["WA", "Western Australia"], "SA": ["SA", "South Australia"],
                "TAS": ["TAS", "Tasmania", "Tas"], "ACT": ["ACT", "Australian Capital Territory"],
                "NT": ["NT", "Northern Territory"]}
MCC = [(5812, "food_service", ["Cafe", "Coffee Co", "Kitchen", "Eatery", "Dumpling House"]),
       (5411, "grocery", ["Fresh Market", "Grocer", "Providore"]),
       (7230, "personal_services", ["Hair Studio", "Barber Co", "Beauty Bar"]),
       (5999, "retail_other", ["Trading", "Goods", "Homewares", "Surf Shop"]),
       (8011, "healthcare", ["Medical Centre", "Physio", "Dental"]),
       (5732, "electronics", ["Electronics", "Phone Repairs", "Tech"])]
WORDS = ["Harbour", "Southerly", "Wattle", "Bondi", "Coastal", "Red Gum", "Banksia", "Little Lane", "Saltwater",
         "Ironbark", "Jacaranda", "Outback", "Blue Wren", "Kookaburra", "Laneway", "Tidal", "Copperleaf", "Magpie"]


def abn(rng: random.Random) -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        tail = [rng.randint(0, 9) for _ in range(9)]
        for lead in range(10, 100):
            d = [lead // 10 - 1, lead % 10] + tail
            if sum(a * b for a, b in zip(d, w, strict=True)) % 89 == 0:
                return f"{lead}" + "".join(map(str, tail))


def au_phone(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.55:
        n = "4" + gc.digits(rng, 8)
        disp = pick(rng, [(f"0{n[:3]} {n[3:6]} {n[6:]}", 4), (f"+61 {n[:3]} {n[3:6]} {n[6:]}", 2), (f"+61{n}", 1), (f"0{n}", 1)])
    else:
        n = rng.choice("2378") + gc.digits(rng, 8)
        disp = pick(rng, [(f"(0{n[0]}) {n[1:5]} {n[5:]}", 4), (f"0{n[0]} {n[1:5]} {n[5:]}", 2), (f"+61 {n[0]} {n[1:5]} {n[5:]}", 2)])
    return disp, f"+61{n}"


def epoch(d: dt.datetime) -> int:
    return int((d - dt.datetime(1970, 1, 1)).total_seconds())


def pair_merchant() -> Pair:
    p = Pair(SPLIT, "merchant_json_to_kyc_profile_wide",
             "Payments-platform connected accounts flattened from JSON (dotted paths), Australian merchants -> "
             "wide merchant KYC profile", "merchant_kyc_profile", 150, 80803)
    p.src_cols = ["id", "object", "livemode", "created", "country", "default_currency", "business_type",
                  "business_profile.name", "business_profile.mcc", "business_profile.url", "business_profile.support_phone",
                  "company.name", "company.tax_id", "company.address.line1", "company.address.city",
                  "company.address.state", "company.address.postal_code", "representative.first_name",
                  "representative.last_name", "representative.email", "representative.dob.day",
                  "representative.dob.month", "representative.dob.year", "representative.relationship.title",
                  "representative.relationship.percent_ownership", "charges_enabled", "payouts_enabled",
                  "requirements.disabled_reason", "settings.payouts.schedule.interval",
                  "settings.payouts.statement_descriptor", "settings.branding.primary_color",
                  "external_account.routing_number", "external_account.last4", "tos_acceptance.date",
                  "tos_acceptance.ip", "metadata.expected_monthly_volume", "metadata.sf_lead_id"]
    p.key_src = ["id"]
    p.key_tgt = ["account_ref"]
    p.comment = ("Merchant KYC profile (Australian acquiring). Most columns are filled by other onboarding\n"
                 "systems; only part of them can come from the payments platform export.")
    mapped = [
        C("account_ref", "string", "id.customer_id", key=True, nullable=False, description="platform account id (acct_...)"),
        C("legal_name", "string", "org.company_name", nullable=False),
        C("trading_name", "string", "org.company_name"),
        C("abn", "string", "id.vat_number", regex=r"^\d{11}$", description="Australian Business Number, 11 digits without spaces"),
        C("entity_type", "string", "org.legal_form", allowed_values=["sole_trader", "company", "nonprofit"]),
        C("mcc", "int", "org.industry", description="ISO 18245 merchant category code"),
        C("industry_group", "string", "org.industry",
          allowed_values=["food_service", "grocery", "personal_services", "retail_other", "healthcare", "electronics"]),
        C("website", "string", "web.url", description="https://host in lower case, no www., no path or trailing slash"),
        C("support_phone", "string", "contact.phone", description="E.164"),
        C("registered_address_line1", "string", "address.street_address"),
        C("registered_suburb", "string", "address.city"),
        C("registered_state", "string", "address.state_province", allowed_values=list(AU_STATE_SYN)),
        C("registered_postcode", "string", "address.postal_code", regex=r"^\d{4}$", description="4 digits, zero-padded (0800)"),
        C("country_code", "string", "iso.country_alpha2"),
        C("settlement_currency", "string", "iso.currency_code", description="upper case ISO 4217"),
        C("representative_name", "string", "person.full_name", description="first + ' ' + last"),
        C("representative_email", "string", "contact.email"),
        C("representative_birth_date", "date", "person.date_of_birth"),
        C("representative_role", "string", "person.job_title"),
        C("representative_ownership", "decimal", "qty.percentage", description="fraction 0-1, 4 places (25 % -> 0.2500)"),
        C("onboarded_at", "datetime", "datetime.created_at", description="UTC"),
        C("tos_accepted_at", "datetime", "datetime.timestamp", description="UTC"),
        C("tos_accepted_ip", "string", "web.ipv4"),
        C("card_payments_enabled", "bool", "flag.is_active"),
        C("payouts_enabled", "bool", "flag.boolean"),
        C("kyc_status", "string", "status.record_status", allowed_values=["verified", "action_required", "under_review", "rejected"]),
        C("payout_schedule", "string", "text.category", allowed_values=["daily", "weekly", "monthly", "on_demand"]),
        C("payout_bsb", "string", "id.bank_account_number", regex=r"^\d{6}$", description="6-digit BSB without dash"),
        C("payout_account_last4", "string", "id.bank_account_number", regex=r"^\d{4}$"),
        C("expected_monthly_volume_aud", "decimal", "money.amount", description="2 places"),
    ]
    unmapped_specs = [
        ("acn", "string", "id.vat_number"), ("gst_registered", "bool", "flag.boolean"),
        ("gst_registered_from", "date", "datetime.date"), ("trading_since", "date", "datetime.date"),
        ("employee_count", "int", "qty.count"), ("annual_turnover_aud", "decimal", "money.amount"),
        ("trading_address_line1", "string", "address.street_address"), ("trading_address_line2", "string", "address.address_line2"),
        ("trading_suburb", "string", "address.city"), ("trading_state", "string", "address.state_province"),
        ("trading_postcode", "string", "address.postal_code"), ("registered_address_line2", "string", "address.address_line2"),
        ("representative_phone", "string", "contact.mobile_phone"), ("representative_id_type", "string", "text.category"),
        ("representative_id_number", "string", "id.drivers_license"), ("representative_id_expiry", "date", "datetime.date"),
        ("representative_nationality", "string", "person.nationality"), ("second_owner_name", "string", "person.full_name"),
        ("second_owner_ownership", "decimal", "qty.percentage"), ("pep_screening_result", "string", "status.record_status"),
        ("sanctions_checked_at", "datetime", "datetime.timestamp"), ("risk_score", "int", "qty.count"),
        ("risk_tier", "string", "text.category"), ("card_present_share", "decimal", "qty.percentage"),
        ("ecommerce_share", "decimal", "qty.percentage"), ("average_ticket_aud", "decimal", "money.amount"),
        ("refund_policy_url", "string", "web.url"), ("chargeback_rate", "decimal", "qty.percentage"),
        ("reserve_percent", "decimal", "qty.percentage"), ("msf_rate", "decimal", "money.exchange_rate"),
        ("pricing_plan", "string", "text.category"), ("terminal_count", "int", "qty.count"),
        ("parent_account_ref", "string", "id.customer_id"), ("partner_id", "string", "id.record_id"),
        ("sales_rep", "string", "person.full_name"), ("onboarding_channel", "string", "text.category"),
        ("last_reviewed_at", "datetime", "datetime.updated_at"), ("next_review_due", "date", "datetime.date"),
        ("closed_at", "datetime", "datetime.timestamp"), ("closure_reason", "string", "text.description"),
        ("website_verified", "bool", "flag.verified"), ("email_verified", "bool", "flag.verified"),
        ("marketing_consent", "bool", "flag.consent"), ("internal_notes", "string", "text.notes"),
    ]
    unmapped = [C(n, t, d) for n, t, d in unmapped_specs]
    p.tgt_cols = shuffle_targets(random.Random(80803_1), mapped, unmapped, 3)
    p.m("account_ref", "id", "atomic")
    p.m("legal_name", "company.name", "atomic")
    p.m("trading_name", "business_profile.name", "atomic")
    p.m("abn", "company.tax_id", "reformat")
    p.m("entity_type", "business_type", "value_map")
    p.m("mcc", "business_profile.mcc", "type_cast")
    p.m("industry_group", "business_profile.mcc", "value_map")
    p.m("website", "business_profile.url", "reformat")
    p.m("support_phone", "business_profile.support_phone", "reformat")
    p.m("registered_address_line1", "company.address.line1", "atomic")
    p.m("registered_suburb", "company.address.city", "atomic")
    p.m("registered_state", "company.address.state", "value_map")
    p.m("registered_postcode", "company.address.postal_code", "reformat")
    p.m("country_code", "country", "value_map")
    p.m("settlement_currency", "default_currency", "reformat")
    p.m("representative_name", ["representative.first_name", "representative.last_name"], "compose")
    p.m("representative_email", "representative.email", "atomic")
    p.m("representative_birth_date", ["representative.dob.day", "representative.dob.month", "representative.dob.year"], "compose")
    p.m("representative_role", "representative.relationship.title", "atomic")
    p.m("representative_ownership", "representative.relationship.percent_ownership", "unit")
    p.m("onboarded_at", "created", "date_format")
    p.m("tos_accepted_at", "tos_acceptance.date", "date_format")
    p.m("tos_accepted_ip", "tos_acceptance.ip", "atomic")
    p.m("card_payments_enabled", "charges_enabled", "value_map")
    p.m("payouts_enabled", "payouts_enabled", "value_map")
    p.m("kyc_status", "requirements.disabled_reason", "value_map")
    p.m("payout_schedule", "settings.payouts.schedule.interval", "value_map")
    p.m("payout_bsb", "external_account.routing_number", "reformat")
    p.m("payout_account_last4", "external_account.last4", "reformat")
    p.m("expected_monthly_volume_aud", "metadata.expected_monthly_volume", "type_cast")
    for n, _, _ in unmapped_specs:
        p.m(n, [], "unmapped")

    etype_syn = {"sole_trader": ["individual", "sole_prop", "sole_trader"], "company": ["company", "pty_ltd", "Company"],
                 "nonprofit": ["non_profit", "charity"]}
    kyc_syn = {"verified": [""], "action_required": ["requirements.past_due", "requirements.pending_verification"],
               "under_review": ["under_review", "other"], "rejected": ["rejected.fraud", "rejected.terms_of_service", "rejected.other"]}
    sched_syn = {"daily": ["daily", "Daily"], "weekly": ["weekly"], "monthly": ["monthly"], "on_demand": ["manual"]}
    bsbs = ["062000", "082001", "033000", "013006", "112879", "484799", "732000", "012012", "063019", "923100"]
    roles = ["Director", "Owner", "CEO", "Managing Director", "Sole Trader", "Treasurer", "Company Secretary", "owner"]
    colors = ["#0A2540", "#FF5733", "#1F8A70", "", "#000000", "#F2C94C"]

    def row(rng: random.Random, i: int):
        acct = "acct_1" + gc.token(rng, 15)
        etype = pick(rng, [("company", 6), ("sole_trader", 3), ("nonprofit", 0.8)])
        per = gc.person(rng, "en_AU")
        first, last = per["first"], per["last"]
        mcc, group, suffixes = rng.choice(MCC)
        trading = f"{rng.choice(WORDS)} {rng.choice(suffixes)}"
        if etype == "company":
            legal = f"{trading} Pty Ltd" if rng.random() < 0.5 else f"{trading.upper()} PTY LTD"
            if rng.random() < 0.3:
                legal = f"{last.upper()} HOLDINGS PTY. LTD."
        elif etype == "sole_trader":
            legal = f"{first} {last}"
        else:
            legal = f"{trading} Community Association Inc."
        a = abn(rng)
        abn_disp = pick(rng, [(f"{a[:2]} {a[2:5]} {a[5:8]} {a[8:]}", 5), (a, 4), (f"ABN {a[:2]} {a[2:5]} {a[5:8]} {a[8:]}", 1)])
        host = trading.lower().replace(" ", "").replace("&", "and") + rng.choice([".com.au", ".com.au", ".au", ".com"])
        has_url = rng.random() < 0.8
        url_disp = pick(rng, [(f"https://www.{host}/", 3), (host, 2), (f"http://{host}", 1), (f"www.{host}", 2),
                              (f"https://{host}", 2), (f"https://{host.upper()}/shop", 0.5)])
        ph, ph164 = au_phone(rng)
        state = pick(rng, [("NSW", 5), ("VIC", 4), ("QLD", 3), ("WA", 1.5), ("SA", 1), ("TAS", 0.6), ("ACT", 0.6), ("NT", 0.5)])
        suburb, pc = rng.choice(AU_PLACES[state])
        pc = pc + (rng.randint(0, 9) if pc > 1000 and pc % 1000 else 0)
        pc4 = f"{pc:04d}"
        pc_disp = pick(rng, [(pc4, 7), (str(pc), 1.5), (f"{pc}.0", 1)])
        line1 = f"{rng.choice(['Shop 3, ', 'Level 2, ', 'Unit 5/', '', '', ''])}{rng.randint(1, 420)} " \
                f"{rng.choice(['George St', 'Smith St', 'Brunswick St', 'Hay St', 'Rundle Mall', 'Elizabeth St', 'Mitchell St', 'Oxford St'])}"
        created = gc.rand_ts(rng, dt.datetime(2021, 1, 1), dt.datetime(2024, 6, 30))
        has_tos = rng.random() < 0.9
        tos = created + dt.timedelta(seconds=rng.randint(30, 86400 * 3))
        birth = gc.rand_date(rng, dt.date(1950, 1, 1), dt.date(2002, 12, 31))
        has_dob = rng.random() < 0.88
        own = pick(rng, [(Decimal(100), 4), (Decimal(50), 2), (Decimal(25), 2), (Decimal("33.33"), 1), (None, 1.5)])
        own_disp = "" if own is None else pick(rng, [(str(own), 3), (f"{own}.0" if "." not in str(own) else str(own), 1)])
        kyc = pick(rng, [("verified", 7), ("action_required", 2), ("under_review", 0.7), ("rejected", 0.5)])
        charges = kyc in ("verified", "under_review") and rng.random() < 0.95
        payouts = kyc == "verified" and rng.random() < 0.9

        def bool_disp(v: bool) -> str:
            return rng.choice(["True", "true", "1"]) if v else rng.choice(["False", "false", "0"])

        sched = pick(rng, [("daily", 5), ("weekly", 2), ("monthly", 1), ("on_demand", 1)])
        bsb = rng.choice(bsbs)
        bsb_disp = pick(rng, [(f"{bsb[:3]}-{bsb[3:]}", 5), (bsb, 3), (str(int(bsb)), 1)])
        last4 = gc.digits(rng, 4)
        last4_disp = last4 if rng.random() < 0.85 else str(int(last4))
        vol = rng.choice([5000, 8000, 12000, 15000, 25000, 40000, 60000, 120000, 250000])
        has_vol = rng.random() < 0.85
        vol_disp = pick(rng, [(str(vol), 3), (f"{vol:,}", 2), (f"AUD {vol:,}", 1), (f"${vol:,}.00", 2), (f"{vol // 1000}k", 1)])
        email = gc.email_for(rng, first, last, ["gmail.com", "bigpond.com", "outlook.com", host, "icloud.com"])
        s = {"id": acct, "object": "account", "livemode": rng.choice(["True", "true"]), "created": str(epoch(created)),
             "country": rng.choice(["AU", "AU", "AU", "au"]), "default_currency": rng.choice(["aud", "aud", "AUD"]),
             "business_type": rng.choice(etype_syn[etype]), "business_profile.name": trading,
             "business_profile.mcc": str(mcc) if rng.random() < 0.8 else f"{mcc}.0",
             "business_profile.url": url_disp if has_url else "", "business_profile.support_phone": ph,
             "company.name": legal, "company.tax_id": abn_disp, "company.address.line1": line1,
             "company.address.city": suburb, "company.address.state": rng.choice(AU_STATE_SYN[state]),
             "company.address.postal_code": pc_disp, "representative.first_name": first,
             "representative.last_name": last, "representative.email": email,
             "representative.dob.day": str(birth.day) if has_dob else "",
             "representative.dob.month": str(birth.month) if has_dob else "",
             "representative.dob.year": str(birth.year) if has_dob else "",
             "representative.relationship.title": rng.choice(roles), "representative.relationship.percent_ownership": own_disp,
             "charges_enabled": bool_disp(charges), "payouts_enabled": bool_disp(payouts),
             "requirements.disabled_reason": rng.choice(kyc_syn[kyc]),
             "settings.payouts.schedule.interval": rng.choice(sched_syn[sched]),
             "settings.payouts.statement_descriptor": trading.upper()[:22], "settings.branding.primary_color": rng.choice(colors),
             "external_account.routing_number": bsb_disp, "external_account.last4": last4_disp,
             "tos_acceptance.date": str(epoch(tos)) if has_tos else "", "tos_acceptance.ip": gc.ipv4(rng) if has_tos else "",
             "metadata.expected_monthly_volume": vol_disp if has_vol else "",
             "metadata.sf_lead_id": "00Q" + gc.token(rng, 15) if rng.random() < 0.6 else ""}
        t = {"account_ref": acct, "legal_name": legal, "trading_name": trading, "abn": a, "entity_type": etype, "mcc": mcc,
             "industry_group": group, "website": f"https://{host}" if has_url else None, "support_phone": ph164,
             "registered_address_line1": line1, "registered_suburb": suburb, "registered_state": state,
             "registered_postcode": pc4, "country_code": "AU", "settlement_currency": "AUD",
             "representative_name": f"{first} {last}", "representative_email": email,
             "representative_birth_date": birth.isoformat() if has_dob else None,
             "representative_role": s["representative.relationship.title"],
             "representative_ownership": None if own is None else q(own / 100, 4),
             "onboarded_at": created.isoformat(), "tos_accepted_at": tos.isoformat() if has_tos else None,
             "tos_accepted_ip": s["tos_acceptance.ip"] or None, "card_payments_enabled": charges,
             "payouts_enabled": payouts, "kyc_status": kyc, "payout_schedule": sched, "payout_bsb": bsb,
             "payout_account_last4": last4, "expected_monthly_volume_aud": q(vol) if has_vol else None}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 4. Animal shelter intake form (form-builder widget ids as headers), New Zealand
# =============================================================================================
NZ_REGIONS = {"NZ-AUK": ["Auckland", "Akl", "Tāmaki Makaurau", "AUCKLAND"], "NZ-WGN": ["Wellington", "Wgtn", "Te Whanganui-a-Tara"],
              "NZ-CAN": ["Canterbury", "Christchurch / Canterbury", "Waitaha"], "NZ-WKO": ["Waikato", "Hamilton (Waikato)"],
              "NZ-OTA": ["Otago", "Dunedin/Otago", "Ōtākou"]}
BREEDS = {"dog": [("Staffordshire Bull Terrier", ["Staffy", "Staffordshire Bull Terrier", "SBT", "staffie"]),
                  ("Labrador Retriever", ["Lab", "Labrador", "Labrador Retriever"]),
                  ("New Zealand Huntaway", ["Huntaway", "NZ Huntaway"]),
                  ("Border Collie", ["Border Collie", "BC", "collie"]),
                  ("Jack Russell Terrier", ["JRT", "Jack Russell", "Jack Russell Terrier"])],
          "cat": [("Domestic Shorthair", ["DSH", "Domestic Short Hair", "dsh", "domestic shorthair"]),
                  ("Domestic Mediumhair", ["DMH", "Domestic Medium Hair"]),
                  ("Domestic Longhair", ["DLH", "Domestic Long Hair"])],
          "rabbit": [("Netherland Dwarf", ["Netherland Dwarf", "ND"]), ("Holland Lop", ["Lop", "Holland Lop", "mini lop"])],
          "guinea_pig": [("American Guinea Pig", ["American", "Smooth coat"]), ("Abyssinian Guinea Pig", ["Abyssinian", "Aby"])]}
PET_NAMES = ["Biscuit", "Miso", "Kūmara", "Pickles", "Nala", "Bella", "Max", "Tui", "Pōhutukawa", "Luna", "Oscar", "Rangi",
             "Pepper", "Jaffa", "Buddy", "Mittens", "Hōhepa", "Lola", "Chewie", "Kiwi", "Marmite", "Sausage", "Pip"]


def nz_phone(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.7:
        n = rng.choice(["21", "22", "27", "29"]) + gc.digits(rng, 7)
        disp = pick(rng, [(f"0{n[:2]} {n[2:5]} {n[5:]}", 4), (f"0{n[:2]}-{n[2:5]}-{n[5:]}", 1), (f"+64 {n[:2]} {n[2:5]} {n[5:]}", 2),
                          (f"0{n}", 1)])
    else:
        n = rng.choice("34679") + gc.digits(rng, 7)
        disp = pick(rng, [(f"(0{n[0]}) {n[1:4]} {n[4:]}", 3), (f"0{n[0]} {n[1:4]} {n[4:]}", 2), (f"+64{n}", 1)])
    return disp, f"+64{n}"


def pair_shelter() -> Pair:
    p = Pair(SPLIT, "webform_widgets_to_animal_intake",
             "Animal shelter intake form export whose headers are form-builder widget ids (input_4, dropdown_5 ...), "
             "New Zealand -> animal_intake", "animal_intake", 170, 80804)
    p.src_cols = ["Submission ID", "Submission Date", "input_2", "input_4", "dropdown_5", "input_6", "radio_7", "input_8",
                  "number_9", "date_10", "time_11", "dropdown_12", "input_13", "input_14", "phone_15", "email_16",
                  "dropdown_18", "radio_19", "textarea_20", "input_21", "checkbox_22"]
    p.key_src = ["input_2"]
    p.key_tgt = ["animal_id"]
    p.comment = "Intake register of an animal rescue shelter (New Zealand)."
    p.tgt_cols = [
        C("animal_id", "string", "id.record_id", key=True, nullable=False, regex=r"^A\d{7}$", description="shelter animal id, upper case, no spaces"),
        C("animal_name", "string", "text.title"),
        C("species", "string", "text.category", nullable=False, allowed_values=["dog", "cat", "rabbit", "guinea_pig"]),
        C("breed_primary", "string", "text.category", description="canonical breed name, without cross/x"),
        C("is_cross_breed", "bool", "flag.boolean"),
        C("sex", "string", "person.gender", allowed_values=["M", "F"]),
        C("desexed", "bool", "flag.boolean", description="neutered/spayed; null when not stated"),
        C("age_months", "int", "person.age", description="estimated age in whole months"),
        C("weight_kg", "decimal", "qty.mass", description="2 places"),
        C("intake_at", "datetime", "datetime.timestamp", nullable=False, description="local time"),
        C("intake_type", "string", "text.category", nullable=False,
          allowed_values=["stray", "owner_surrender", "transfer_in", "seized", "born_in_care"]),
        C("microchip_number", "string", "id.record_id", regex=r"^\d{15}$", description="15-digit ISO chip, null when none"),
        C("contact_name", "string", "person.full_name"),
        C("contact_phone", "string", "contact.phone", description="E.164"),
        C("contact_email", "string", "contact.email"),
        C("region_code", "string", "address.state_province", allowed_values=list(NZ_REGIONS), description="ISO 3166-2:NZ"),
        C("vaccinated", "bool", "flag.boolean"),
        C("outcome_type", "string", "status.record_status"),
        C("outcome_date", "date", "datetime.date"),
        C("behaviour_rating", "int", "qty.count"),
    ]
    p.m("animal_id", "input_2", "reformat")
    p.m("animal_name", "input_4", "atomic")
    p.m("species", "dropdown_5", "value_map")
    p.m("breed_primary", "input_6", "decompose")
    p.m("is_cross_breed", "input_6", "decompose")
    p.m("sex", "radio_7", "decompose")
    p.m("desexed", "radio_7", "decompose")
    p.m("age_months", "input_8", "unit")
    p.m("weight_kg", "number_9", "unit")
    p.m("intake_at", ["date_10", "time_11"], "compose")
    p.m("intake_type", "dropdown_12", "value_map")
    p.m("microchip_number", "input_13", "reformat")
    p.m("contact_name", "input_14", "atomic")
    p.m("contact_phone", "phone_15", "reformat")
    p.m("contact_email", "email_16", "atomic")
    p.m("region_code", "dropdown_18", "value_map")
    p.m("vaccinated", "radio_19", "value_map")
    p.m("outcome_type", [], "unmapped")
    p.m("outcome_date", [], "unmapped")
    p.m("behaviour_rating", [], "unmapped")

    species_syn = {"dog": ["Dog", "Canine", "K9", "dog"], "cat": ["Cat", "Feline", "cat", "Kitten"],
                   "rabbit": ["Rabbit", "Bunny"], "guinea_pig": ["Guinea pig", "Guinea Pig", "Cavy"]}
    intake_syn = {"stray": ["Stray", "Stray - brought in by public", "stray", "Found"],
                  "owner_surrender": ["Owner Surrender", "Surrender", "OS", "Surrendered by owner"],
                  "transfer_in": ["Transfer In", "Transfer from council", "TI"],
                  "seized": ["Seized (welfare)", "Seized", "SPCA inspector seizure"], "born_in_care": ["Born in care", "Born in foster"]}
    notes = ["", "", "flea treated", "thin, needs feeding up", "very friendly", "hissing at intake", "limping front left",
             "found near Countdown carpark", "owner moving overseas", "matted coat", "ear mites?"]

    def row(rng: random.Random, i: int):
        species = pick(rng, [("cat", 5), ("dog", 4), ("rabbit", 1), ("guinea_pig", 0.6)])
        breed, syns = rng.choice(BREEDS[species])
        cross = species in ("dog", "cat", "rabbit") and rng.random() < (0.45 if species == "dog" else 0.15)
        b = rng.choice(syns)
        if cross:
            b = pick(rng, [(f"{b} x", 3), (f"{b} cross", 2), (f"{b} X", 1), (f"{b} mix", 1)])
        sex = pick(rng, [("M", 5), ("F", 5), (None, 0.6)])
        if sex is None:
            des, sex_disp = None, rng.choice(["Unknown", "U", ""])
        else:
            des = pick(rng, [(True, 4), (False, 4), (None, 2)])
            opts = {("M", True): ["MN", "Male (neutered)", "Male - desexed"], ("M", False): ["Male entire", "ME", "M entire"],
                    ("M", None): ["M", "Male"], ("F", True): ["FS", "Female - spayed", "Female (desexed)"],
                    ("F", False): ["Female entire", "FE"], ("F", None): ["F", "Female"]}
            sex_disp = rng.choice(opts[(sex, des)])
        months = rng.randint(1, {"dog": 170, "cat": 200, "rabbit": 110, "guinea_pig": 70}[species])
        if rng.random() < 0.06:
            age_disp, age = rng.choice(["unknown", "adult?", "senior", ""]), None
        elif months < 12:
            age_disp, age = pick(rng, [(f"{months} mo", 1), (f"{months} months", 1), (f"{months}m", 1), (f"approx {months} mths", 1)]), months
        else:
            y, r = divmod(months, 12)
            if r == 0:
                age_disp = pick(rng, [(f"{y} yrs", 2), (f"{y}y", 1), (f"{y} years", 1)])
            elif r == 6:
                age_disp = pick(rng, [(f"{y}.5 yrs", 1), (f"{y}y 6m", 1), (f"{y} years 6 months", 1)])
            else:
                age_disp = pick(rng, [(f"{y}y {r}m", 2), (f"{y} yrs {r} mths", 1), (f"{y} years {r} months", 1)])
            age = months
        rng_w = {"cat": (1.5, 7.5), "dog": (3.0, 42.0), "rabbit": (0.9, 3.2), "guinea_pig": (0.6, 1.3)}[species]
        form = rng.random()
        if form < 0.06:
            w_disp, w = "", None
        elif form < 0.2:
            lb = Decimal(str(round(rng.uniform(rng_w[0] * 2.2, rng_w[1] * 2.2), 1)))
            w_disp, w = rng.choice([f"{lb} lb", f"{lb}lbs", f"{lb} pounds"]), q(lb * Decimal("0.45359237"))
        elif form < 0.3 and species in ("guinea_pig", "rabbit", "cat"):
            g = rng.randint(int(rng_w[0] * 1000), int(min(rng_w[1], 3.0) * 1000)) // 10 * 10
            w_disp, w = rng.choice([f"{g}g", f"{g} g", f"{g} grams"]), q(Decimal(g) / 1000)
        else:
            kg = Decimal(str(round(rng.uniform(*rng_w), 1)))
            w_disp, w = rng.choice([str(kg), f"{kg}kg", f"{kg} kg", f"{kg} KG"]), q(kg)
        d = gc.rand_date(rng, dt.date(2023, 7, 1), dt.date(2024, 6, 30))
        hh, mm = rng.randint(8, 18), rng.choice(range(0, 60, 5))
        d_disp = pick(rng, [(d.strftime("%d/%m/%Y"), 6), (f"{d.day}/{d.month}/{d.year}", 2), (d.isoformat(), 1),
                            (f"{d.day} {mc.EN_MON[d.month - 1]} {d.year}", 1), (d.strftime("%d-%m-%Y"), 1)])
        h12 = hh % 12 or 12
        ap = "AM" if hh < 12 else "PM"
        t_disp = pick(rng, [(f"{h12}:{mm:02d} {ap}", 4), (f"{hh:02d}:{mm:02d}", 3), (f"{h12}.{mm:02d}{ap.lower()}", 1)])
        itype = pick(rng, [("stray", 5), ("owner_surrender", 3), ("transfer_in", 1.5), ("seized", 0.7), ("born_in_care", 0.4)])
        if itype == "born_in_care":
            months = rng.randint(1, 3)
            age_disp, age = f"{months} mo", months
        chip = rng.choice(["985", "900", "941", "956"]) + gc.digits(rng, 12)
        if rng.random() < 0.3 or species == "guinea_pig":
            chip_disp, chip_t = rng.choice(["None", "no chip", "N/A", "", "nil"]), None
        else:
            chip_t = chip
            chip_disp = pick(rng, [(chip, 5), (f"{chip[:3]} {chip[3:6]} {chip[6:9]} {chip[9:12]} {chip[12:]}", 2), (f"{chip[:3]}-{chip[3:]}", 1)])
        per = gc.person(rng, "en_AU")
        contact = f"{per['first']} {per['last']}"
        has_contact = itype != "born_in_care" and rng.random() < 0.9
        ph, ph164 = nz_phone(rng)
        has_phone = has_contact and rng.random() < 0.9
        em = gc.email_for(rng, per["first"], per["last"], ["xtra.co.nz", "gmail.com", "hotmail.com", "orcon.net.nz", "outlook.co.nz"])
        has_em = has_contact and rng.random() < 0.7
        region = pick(rng, [("NZ-AUK", 5), ("NZ-WGN", 2), ("NZ-CAN", 2), ("NZ-WKO", 1.5), ("NZ-OTA", 1)])
        vacc = pick(rng, [(True, 3), (False, 4), (None, 2)])
        if vacc is True:
            v_disp = rng.choice(["Yes", "Y", "C3 done" if species == "dog" else ("F3 done" if species == "cat" else "Yes")])
        elif vacc is False:
            v_disp = rng.choice(["No", "N", "no"])
        else:
            v_disp = rng.choice(["Unknown", "Not sure", ""])
        aid = f"{24 if d.year == 2024 else 23}{(i * 613 + 2011) % 100000:05d}"
        aid_disp = pick(rng, [(f"A{aid}", 7), (f"a{aid}", 1), (f"A {aid}", 1), (f"A-{aid}", 1)])
        name = rng.choice(PET_NAMES) if rng.random() < 0.8 else None
        sub = dt.datetime.combine(d, dt.time(hh, mm)) + dt.timedelta(minutes=rng.randint(5, 600))
        s = {"Submission ID": str(5800000000000000 + i * 104729 + rng.randint(0, 1000)),
             "Submission Date": sub.strftime("%Y-%m-%d %H:%M:%S"), "input_2": aid_disp, "input_4": name or "",
             "dropdown_5": rng.choice(species_syn[species]), "input_6": b, "radio_7": sex_disp, "input_8": age_disp,
             "number_9": w_disp, "date_10": d_disp, "time_11": t_disp, "dropdown_12": rng.choice(intake_syn[itype]),
             "input_13": chip_disp, "input_14": contact if has_contact else "", "phone_15": ph if has_phone else "",
             "email_16": em if has_em else "", "dropdown_18": rng.choice(NZ_REGIONS[region]), "radio_19": v_disp,
             "textarea_20": rng.choice(notes), "input_21": rng.choice(["JB", "kt", "Mere", "SW", ""]),
             "checkbox_22": "I confirm the information above is correct"}
        t = {"animal_id": f"A{aid}", "animal_name": name, "species": species, "breed_primary": breed, "is_cross_breed": cross,
             "sex": sex, "desexed": des, "age_months": age, "weight_kg": w,
             "intake_at": dt.datetime.combine(d, dt.time(hh, mm)).isoformat(), "intake_type": itype,
             "microchip_number": chip_t, "contact_name": contact if has_contact else None,
             "contact_phone": ph164 if has_phone else None, "contact_email": em if has_em else None,
             "region_code": region, "vaccinated": vacc}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 5. Russian 1C stocktake export
# =============================================================================================
RU_MONTH_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря"]
LAT2CYR = str.maketrans("ABCEHKMOPTX", "АВСЕНКМОРТХ")
RU_ITEMS = [  # name, group, base unit, counted unit options, price range, perishable
    ("Молоко 3,2% 1 л", "dairy", "PCE", ["шт", "шт."], (79, 115), True),
    ("Творог 9% 200 г", "dairy", "PCE", ["шт"], (95, 160), True),
    ("Сыр Российский весовой", "dairy", "KGM", ["кг", "г"], (520, 890), True),
    ("Сметана 20% весовая", "dairy", "KGM", ["кг"], (240, 330), True),
    ("Гвозди строительные 100 мм", "fasteners", "KGM", ["кг", "г"], (160, 260), False),
    ("Саморез по дереву 4,2x76", "fasteners", "PCE", ["шт", "шт."], (2, 5), False),
    ("Болт М10x50 оцинк.", "fasteners", "PCE", ["шт"], (9, 18), False),
    ("Средство для мытья посуды 500 мл", "household_chemicals", "PCE", ["шт"], (89, 189), False),
    ("Отбеливатель «Белизна» разлив", "household_chemicals", "LTR", ["л", "мл"], (60, 95), False),
    ("Гречка ядрица 900 г", "dry_goods", "PCE", ["шт", "шт."], (79, 139), True),
    ("Сахар-песок весовой", "dry_goods", "KGM", ["кг"], (65, 99), False),
    ("Масло подсолнечное разливное", "dry_goods", "LTR", ["л"], (110, 160), True),
]
RU_GROUP_SYN = {"dairy": ["Молочная продукция", "Молочка", "МОЛОЧНАЯ ПРОДУКЦИЯ"], "fasteners": ["Крепёж", "Крепеж", "Метизы"],
                "household_chemicals": ["Бытовая химия", "Быт. химия"], "dry_goods": ["Бакалея", "БАКАЛЕЯ"]}
RU_WH = {"MAIN": ["Основной склад", "Осн. склад", "Склад основной"], "PODOLSK": ["Склад №2 (Подольск)", "Склад 2 Подольск"],
         "SHOP-LENINA": ["Магазин на Ленина", "Магазин (ул. Ленина, 14)"]}


def ru_num(x: Decimal, places: int) -> str:
    s = f"{x:,.{places}f}".replace(",", NBSP).replace(".", ",")
    return s


def pair_ru() -> Pair:
    p = Pair(SPLIT, "inventarizaciya_1c_ru_to_stock_count",
             "Russian 1C:Enterprise stocktake export (Russian headers, document presentation strings) -> stock_count_line",
             "stock_count_line", 220, 80805)
    p.src_cols = ["Документ", "Склад", "Номенклатура", "Артикул", "Код", "Штрихкод", "Группа", "Ед. изм.",
                  "Количество (учет)", "Количество (факт)", "Отклонение", "Цена", "Сумма", "Ставка НДС", "Срок годности",
                  "Ответственный", "Комментарий", "Ссылка"]
    p.key_src = ["Код", "Склад"]
    p.key_tgt = ["item_code", "warehouse_code"]
    p.comment = "Stocktake lines of a Russian wholesale/retail business, loaded into the WMS."
    p.tgt_cols = [
        C("item_code", "int", "id.sku", key=True, nullable=False, description="1C item code without prefix and zeros (00-00001234 -> 1234)"),
        C("warehouse_code", "string", "org.department", key=True, nullable=False, allowed_values=list(RU_WH)),
        C("count_document_no", "int", "id.record_id", description="number of the stocktake document (ИНВ00-000123 -> 123)"),
        C("count_date", "date", "datetime.date", nullable=False),
        C("item_name", "string", "text.product_name", nullable=False),
        C("sku", "string", "id.sku", description="article in Latin upper case, format XX-00000"),
        C("ean", "string", "id.ean", regex=r"^\d{13}$"),
        C("category", "string", "text.category", allowed_values=list(RU_GROUP_SYN)),
        C("unit_code", "string", "text.category", allowed_values=["PCE", "KGM", "LTR"], description="UN/ECE base unit"),
        C("qty_book", "decimal", "qty.count", description="book quantity in the base unit (g -> kg, ml -> l), 3 places"),
        C("qty_counted", "decimal", "qty.count", description="counted quantity in the base unit, 3 places"),
        C("unit_price_rub", "decimal", "money.unit_price", description="price per base unit (piece, kg, l) as given in the source, 2 places"),
        C("vat_rate", "decimal", "qty.percentage", description="fraction, 2 places; 'Без НДС' = 0.00"),
        C("best_before", "date", "datetime.date"),
        C("bin_location", "string", "text.category"),
        C("recount_required", "bool", "flag.boolean"),
        C("approved_at", "datetime", "datetime.timestamp"),
    ]
    p.m("item_code", "Код", "type_cast")
    p.m("warehouse_code", "Склад", "value_map")
    p.m("count_document_no", "Документ", "decompose")
    p.m("count_date", "Документ", "decompose")
    p.m("item_name", "Номенклатура", "atomic")
    p.m("sku", "Артикул", "reformat")
    p.m("ean", "Штрихкод", "reformat")
    p.m("category", "Группа", "value_map")
    p.m("unit_code", "Ед. изм.", "value_map")
    p.m("qty_book", ["Количество (учет)", "Ед. изм."], "unit")
    p.m("qty_counted", ["Количество (факт)", "Ед. изм."], "unit")
    p.m("unit_price_rub", "Цена", "reformat")
    p.m("vat_rate", "Ставка НДС", "value_map")
    p.m("best_before", "Срок годности", "date_format")
    p.m("bin_location", [], "unmapped")
    p.m("recount_required", [], "unmapped")
    p.m("approved_at", [], "unmapped")

    docs = {"MAIN": (117, dt.date(2024, 3, 29), dt.time(9, 0)), "PODOLSK": (118, dt.date(2024, 3, 30), dt.time(12, 30)),
            "SHOP-LENINA": (121, dt.date(2024, 4, 2), dt.time(18, 0))}
    people = ["Иванов И. И.", "Петрова Мария Сергеевна", "Сидоренко А.В.", "Кузнецова О. Н."]
    comments = ["", "", "", "пересчитать", "пересорт", "бой", "нашли на 2-м ярусе", "истёк срок"]

    def row(rng: random.Random, i: int):
        wh = pick(rng, [("MAIN", 5), ("PODOLSK", 3), ("SHOP-LENINA", 2)])
        dno, ddate, t_doc = docs[wh]
        if i >= 1000:
            dno, ddate = dno + 40, ddate + dt.timedelta(days=91)
        doc_no = f"ИНВ00-{dno:06d}"
        doc_disp = pick(rng, [(f"Инвентаризация товаров на складе {doc_no} от {ddate.strftime('%d.%m.%Y')} {t_doc.hour}:{t_doc.minute:02d}:00", 5),
                              (f"Инвентаризация товаров на складе {doc_no} от {ddate.day} {RU_MONTH_GEN[ddate.month - 1]} {ddate.year} г.", 2),
                              (f"Пересчет товаров {doc_no} от {ddate.strftime('%d.%m.%Y')}", 1)])
        name, group, base, units, (plo, phi), perish = rng.choice(RU_ITEMS)
        unit_disp = rng.choice(units)
        code = 1000 + i * 7 + rng.randint(0, 6)
        code_disp = pick(rng, [(f"00-{code:08d}", 6), (f"{code:011d}", 1), (f"УТ-{code:08d}", 2)])
        letters = "".join(rng.choice("ABCEHKMOPTX") for _ in range(2))
        sku = f"{letters}-{code % 100000:05d}"
        sku_disp = pick(rng, [(sku, 5), (sku.translate(LAT2CYR), 2), (sku.lower(), 1), (sku.replace("-", " "), 1), ("", 0.5)])
        sku_t = sku if sku_disp else None
        has_ean = rng.random() < 0.8
        body = "46" + rng.choice("0123456789") + gc.digits(rng, 9)
        ean = body + gs1_check(body)
        ean_disp = ean if rng.random() < 0.85 else f"{ean[0]} {ean[1:7]} {ean[7:]}"
        small = unit_disp in ("г", "мл")
        if base == "PCE":
            book = Decimal(rng.randint(0, 900))
            diff = Decimal(rng.choice([0, 0, 0, 0, -1, -2, 1, 3, -10]))
            counted = max(Decimal(0), book + diff)
            book_s, counted_s = ru_num(book, 0), ru_num(counted, 0)
            b_t, c_t = q(book, 3), q(counted, 3)
        else:
            if small:
                book = Decimal(rng.randint(500, 60000))
                counted = max(Decimal(0), book + Decimal(rng.choice([0, 0, -150, -35, 120, -1250])))
                book_s, counted_s = ru_num(book, 0), ru_num(counted, 0)
                b_t, c_t = q(book / 1000, 3), q(counted / 1000, 3)
            else:
                book = Decimal(rng.randint(500, 900000)) / 1000
                counted = max(Decimal(0), book + Decimal(rng.choice([0, 0, "-0.150", "0.035", "-1.200", "0.500"])))
                book_s, counted_s = ru_num(book, 3), ru_num(counted, 3)
                b_t, c_t = q(book, 3), q(counted, 3)
        price = Decimal(rng.randint(plo * 100, phi * 100)) / 100
        price_disp = ru_num(price, 2) if rng.random() < 0.8 else f"{price:.2f}"
        vat = pick(rng, [("0.20", 6), ("0.10", 3 if group in ("dairy", "dry_goods") else 0), ("0.00", 1)])
        vat_disp = {"0.20": ["20%", "НДС 20%", "20 %"], "0.10": ["10%", "10 %"], "0.00": ["Без НДС", "0%", "без НДС"]}[vat]
        bb = None
        bb_disp = ""
        if perish and rng.random() < 0.85:
            bb = ddate + dt.timedelta(days=rng.randint(5, 400))
            bb_disp = pick(rng, [(bb.strftime("%d.%m.%Y"), 5), (bb.strftime("%d.%m.%y"), 2), (bb.strftime("%d.%m.%Y") + " 0:00:00", 2)])
        diff_s = ru_num(counted - book, 3 if (base != "PCE" and not small) else 0)
        s = {"Документ": doc_disp, "Склад": rng.choice(RU_WH[wh]), "Номенклатура": name, "Артикул": sku_disp,
             "Код": code_disp, "Штрихкод": ean_disp if has_ean else "", "Группа": rng.choice(RU_GROUP_SYN[group]),
             "Ед. изм.": unit_disp, "Количество (учет)": book_s, "Количество (факт)": counted_s, "Отклонение": diff_s,
             "Цена": price_disp, "Сумма": ru_num(price * counted, 2), "Ставка НДС": rng.choice(vat_disp),
             "Срок годности": bb_disp, "Ответственный": rng.choice(people), "Комментарий": rng.choice(comments),
             "Ссылка": gc.uuid4(rng)}
        t = {"item_code": code, "warehouse_code": wh, "count_document_no": dno, "count_date": ddate.isoformat(),
             "item_name": name, "sku": sku_t, "ean": ean if has_ean else None, "category": group, "unit_code": base,
             "qty_book": b_t, "qty_counted": c_t, "unit_price_rub": q(price), "vat_rate": vat,
             "best_before": bb.isoformat() if bb else None}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 6. AS/400 loan master (6-character DDS field names) -> wide loan servicing record
# =============================================================================================
OVERPUNCH_POS = "{ABCDEFGHI"
OVERPUNCH_NEG = "}JKLMNOPQR"
US_CITIES = [("AUSTIN", "TX", "787"), ("SAN ANTONIO", "TX", "782"), ("DALLAS", "TX", "752"), ("TULSA", "OK", "741"),
             ("OKLAHOMA CITY", "OK", "731"), ("LITTLE ROCK", "AR", "722"), ("SHREVEPORT", "LA", "711"),
             ("BATON ROUGE", "LA", "708"), ("SANTA FE", "NM", "875"), ("EL PASO", "TX", "799")]


def cyymmdd(d: dt.date | None, rng: random.Random) -> str:
    if d is None:
        return "0"
    v = f"{(d.year - 1900) // 100}{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    return str(int(v)) if rng.random() < 0.9 else v


def zoned(cents: int, width: int) -> str:
    s = f"{abs(cents):0{width}d}"
    last = int(s[-1])
    return s[:-1] + (OVERPUNCH_NEG[last] if cents < 0 else OVERPUNCH_POS[last])


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def pair_as400() -> Pair:
    p = Pair(SPLIT, "as400_lnmast_to_loan_servicing_wide",
             "IBM i (AS/400) mortgage loan master with 6-character DDS field names (LMPBAL, LMODAT ...), CYYMMDD dates, "
             "implied decimals and zoned overpunch signs -> wide loan servicing record", "loan_servicing", 160, 80806)
    p.src_cols = ["LMRCID", "LMLNNO", "LMBRCH", "LMNAM1", "LMNAM2", "LMADR1", "LMADR2", "LMPHON", "LMSSN", "LMPTYP",
                  "LMOCC", "LMPROP", "LMODAT", "LMMDAT", "LMNXDU", "LMOAMT", "LMPBAL", "LMESCB", "LMPIAM", "LMRATE",
                  "LMAPRV", "LMLTV", "LMFICO", "LMSTAT", "LMACH", "LMCHGU", "LMCHGD", "LMCHGT", "LMFIL1"]
    p.key_src = ["LMLNNO"]
    p.key_tgt = ["loan_number"]
    p.comment = ("Loan servicing record of a US mortgage servicer. The legacy loan master fills part of it;\n"
                 "investor, insurance and ARM columns come from other systems.")
    mapped = [
        C("loan_number", "int", "id.record_id", key=True, nullable=False),
        C("branch_code", "string", "org.cost_center", regex=r"^\d{3}$"),
        C("borrower_last_name", "string", "person.last_name", nullable=False, description="title case of the source (MCALLISTER -> Mcallister)"),
        C("borrower_first_name", "string", "person.first_name", description="title case"),
        C("borrower_middle_initial", "string", "person.middle_name", max_length=1),
        C("co_borrower_name", "string", "person.full_name", description="'First Last' in title case"),
        C("property_street", "string", "address.street_address", description="as in source"),
        C("property_city", "string", "address.city", description="title case"),
        C("property_state", "string", "address.state_province"),
        C("property_zip", "string", "address.postal_code", regex=r"^\d{5}$", description="5-digit ZIP (ZIP+4 suffix dropped)"),
        C("borrower_phone", "string", "contact.phone", description="E.164"),
        C("borrower_ssn", "string", "id.us_ssn", regex=r"^\d{3}-\d{2}-\d{4}$"),
        C("product_type", "string", "text.category", allowed_values=["fixed_30", "fixed_15", "arm_5_1", "arm_7_1", "heloc"]),
        C("rate_type", "string", "text.category", allowed_values=["fixed", "adjustable", "variable"]),
        C("occupancy", "string", "text.category", allowed_values=["owner_occupied", "second_home", "investment"]),
        C("property_type", "string", "text.category", allowed_values=["single_family", "condo", "pud", "multi_family", "manufactured"]),
        C("origination_date", "date", "datetime.date"),
        C("maturity_date", "date", "datetime.date"),
        C("next_due_date", "date", "datetime.date", description="null when no payment is due"),
        C("original_amount", "decimal", "money.amount", description="2 places"),
        C("principal_balance", "decimal", "money.account_balance", description="2 places, signed"),
        C("escrow_balance", "decimal", "money.account_balance", description="2 places, negative = shortage"),
        C("monthly_pi_payment", "decimal", "money.amount", description="2 places"),
        C("interest_rate", "decimal", "qty.percentage", description="fraction, 5 places (6.25 % -> 0.06250)"),
        C("appraised_value", "decimal", "money.amount", description="2 places"),
        C("ltv_ratio", "decimal", "qty.percentage", description="fraction, 3 places"),
        C("credit_score", "int", "qty.count", description="null when not available"),
        C("loan_status", "string", "status.record_status",
          allowed_values=["current", "dpd_30", "dpd_60", "dpd_90_plus", "foreclosure", "bankruptcy", "paid_off"]),
        C("autopay_enabled", "bool", "flag.boolean"),
    ]
    unmapped_specs = [
        ("investor_code", "string", "org.company_name"), ("pool_number", "string", "id.record_id"),
        ("servicing_fee_rate", "decimal", "qty.percentage"), ("guarantee_fee_rate", "decimal", "qty.percentage"),
        ("mi_company", "string", "org.company_name"), ("mi_certificate_no", "string", "id.record_id"),
        ("mi_coverage_pct", "decimal", "qty.percentage"), ("arm_index", "string", "text.category"),
        ("arm_margin", "decimal", "qty.percentage"), ("next_rate_change_date", "date", "datetime.date"),
        ("periodic_rate_cap", "decimal", "qty.percentage"), ("lifetime_rate_cap", "decimal", "qty.percentage"),
        ("balloon_flag", "bool", "flag.boolean"), ("prepayment_penalty_flag", "bool", "flag.boolean"),
        ("escrow_payment", "decimal", "money.amount"), ("tax_parcel_number", "string", "id.record_id"),
        ("hazard_insurer", "string", "org.company_name"), ("hazard_policy_expiry", "date", "datetime.date"),
        ("flood_zone", "string", "text.category"), ("county", "string", "address.state_province"),
        ("census_tract", "string", "id.record_id"), ("lien_position", "int", "qty.count"),
        ("last_payment_date", "date", "datetime.date"), ("last_payment_amount", "decimal", "money.amount"),
        ("late_charge_balance", "decimal", "money.amount"), ("days_past_due", "int", "qty.count"),
        ("collector_id", "string", "id.employee_id"), ("hardship_plan", "string", "text.category"),
        ("modification_date", "date", "datetime.date"), ("bankruptcy_chapter", "int", "qty.count"),
        ("foreclosure_referral_date", "date", "datetime.date"), ("borrower_email", "string", "contact.email"),
        ("mailing_address", "string", "address.full_address"), ("language_preference", "string", "iso.language_code"),
        ("paperless_consent", "bool", "flag.consent"), ("record_updated_at", "datetime", "datetime.updated_at"),
    ]
    unmapped = [C(n, t, d) for n, t, d in unmapped_specs]
    p.tgt_cols = shuffle_targets(random.Random(80806_1), mapped, unmapped, 1)
    p.m("loan_number", "LMLNNO", "type_cast")
    p.m("branch_code", "LMBRCH", "reformat")
    p.m("borrower_last_name", "LMNAM1", "decompose")
    p.m("borrower_first_name", "LMNAM1", "decompose")
    p.m("borrower_middle_initial", "LMNAM1", "decompose")
    p.m("co_borrower_name", "LMNAM2", "reformat")
    p.m("property_street", "LMADR1", "atomic")
    p.m("property_city", "LMADR2", "decompose")
    p.m("property_state", "LMADR2", "decompose")
    p.m("property_zip", "LMADR2", "decompose")
    p.m("borrower_phone", "LMPHON", "reformat")
    p.m("borrower_ssn", "LMSSN", "reformat")
    p.m("product_type", "LMPTYP", "value_map")
    p.m("rate_type", "LMPTYP", "value_map")
    p.m("occupancy", "LMOCC", "value_map")
    p.m("property_type", "LMPROP", "value_map")
    p.m("origination_date", "LMODAT", "date_format")
    p.m("maturity_date", "LMMDAT", "date_format")
    p.m("next_due_date", "LMNXDU", "date_format")
    p.m("original_amount", "LMOAMT", "type_cast")
    p.m("principal_balance", "LMPBAL", "type_cast")
    p.m("escrow_balance", "LMESCB", "type_cast")
    p.m("monthly_pi_payment", "LMPIAM", "type_cast")
    p.m("interest_rate", "LMRATE", "type_cast")
    p.m("appraised_value", "LMAPRV", "type_cast")
    p.m("ltv_ratio", "LMLTV", "type_cast")
    p.m("credit_score", "LMFICO", "type_cast")
    p.m("loan_status", "LMSTAT", "value_map")
    p.m("autopay_enabled", "LMACH", "value_map")
    for n, _, _ in unmapped_specs:
        p.m(n, [], "unmapped")

    products = {"F30": ("fixed_30", "fixed", 360), "F15": ("fixed_15", "fixed", 180), "A51": ("arm_5_1", "adjustable", 360),
                "A71": ("arm_7_1", "adjustable", 360), "H10": ("heloc", "variable", 120)}
    occ = {"O": "owner_occupied", "S": "second_home", "I": "investment"}
    prop = {"SF": "single_family", "CO": "condo", "PU": "pud", "MF": "multi_family", "MH": "manufactured"}
    status = {"C": "current", "1": "dpd_30", "2": "dpd_60", "3": "dpd_90_plus", "F": "foreclosure", "B": "bankruptcy", "P": "paid_off"}
    streets = ["OAK ST", "PECAN DR", "RIVER RD", "MAIN ST", "MOCKINGBIRD LN", "CEDAR CREEK BLVD", "ELM AVE", "RANCH RD 620"]
    asof = dt.date(2024, 4, 30)

    def row(rng: random.Random, i: int):
        per = gc.person(rng, "en_US")
        first, last = per["first"], per["last"]
        mid = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.7 else None
        n1 = f"{last.upper()} {first.upper()}" + (f" {mid}" if mid else "")
        co = None
        if rng.random() < 0.4:
            cf = rng.choice(gc.NAMES["en_US"][1 if per["sex"] == "M" else 0])
            co_last = last if rng.random() < 0.8 else rng.choice(gc.NAMES["en_US"][2])
            co = f"{mc.title_name(cf.upper())} {mc.title_name(co_last.upper())}"
            n2 = f"{co_last.upper()} {cf.upper()}"
        else:
            n2 = ""
        city, st, zip3 = rng.choice(US_CITIES)
        z5 = zip3 + gc.digits(rng, 2)
        adr2 = pick(rng, [(f"{city} {st} {z5}", 4), (f"{city}, {st} {z5}", 2), (f"{city} {st} {z5}-{gc.digits(rng, 4)}", 2)])
        adr1 = f"{rng.randint(100, 19999)} {rng.choice(['', 'N ', 'S ', 'W '])}{rng.choice(streets)}" + \
            (f" APT {rng.randint(1, 40)}" if rng.random() < 0.1 else "")
        has_ph = rng.random() < 0.85
        ph = rng.choice(["512", "210", "214", "918", "405", "501", "318", "225", "505", "915"]) + str(rng.randint(200, 989)) + gc.digits(rng, 4)
        ssn = gc.us_ssn(rng)
        ssn_d = ssn.replace("-", "")
        ssn_disp = str(int(ssn_d)) if ssn_d.startswith("0") else ssn_d
        pcode = pick(rng, [("F30", 6), ("F15", 2), ("A51", 1), ("A71", 0.6), ("H10", 1)])
        ptype, rtype, term = products[pcode]
        orig = gc.rand_date(rng, dt.date(1997, 1, 1), dt.date(2023, 12, 31))
        orig = orig.replace(day=min(orig.day, 28))
        mat = add_months(orig, term)
        amt = rng.randint(600, 6500) * 10000 if pcode != "H10" else rng.randint(20, 250) * 100000
        rate5 = rng.randint(2750, 8125) // 125 * 125 * 100  # percent with 5 implied decimals: 6.25 % -> 625000
        r = Decimal(rate5) / Decimal(10000000)
        mr = r / 12
        pi = int((Decimal(amt) / 100 * mr / (1 - (1 + mr) ** (-term))) * 100 + Decimal("0.5"))
        st_code = pick(rng, [("C", 12), ("1", 1.5), ("2", 0.6), ("3", 0.4), ("F", 0.3), ("B", 0.2), ("P", 1)])
        if mat <= asof:
            st_code = "P"
        months_elapsed = (asof.year - orig.year) * 12 + asof.month - orig.month
        frac = max(Decimal(0), 1 - Decimal(months_elapsed) / Decimal(term))
        bal = 0 if st_code == "P" else int(Decimal(amt) * frac * Decimal(str(rng.uniform(0.9, 1.05))))
        if st_code != "P" and rng.random() < 0.03:
            bal = -rng.randint(100, 50000)
        esc = 0 if st_code == "P" else rng.randint(-90000, 600000)
        nxdu = None if st_code == "P" or mat <= asof else dt.date(2024, 5, 1)
        if st_code in ("1", "2", "3"):
            nxdu = dt.date(2024, 5 - int(st_code), 1)
        appr = rng.randint(int(amt / 100 * 1.05), int(amt / 100 * 1.6)) // 1000 * 1000
        ltv_t = Decimal(amt) / 100 / appr
        ltv_tenths = int(ltv_t * 1000 + Decimal("0.5"))
        fico = rng.randint(580, 830) if rng.random() < 0.9 else None
        ach = pick(rng, [(True, 5), (False, 4), (None, 1)])
        ach_disp = {True: rng.choice(["Y", "Y", "1"]), False: rng.choice(["N", "N", "0"]), None: ""}[ach]
        chg = gc.rand_date(rng, dt.date(2023, 6, 1), asof)
        s = {"LMRCID": "LM", "LMLNNO": f"{(1000123 + i * 389):010d}", "LMBRCH": f"{rng.choice([1, 2, 7, 12, 15, 40]):03d}",
             "LMNAM1": n1, "LMNAM2": n2, "LMADR1": adr1, "LMADR2": adr2, "LMPHON": ph if has_ph else "0",
             "LMSSN": ssn_disp, "LMPTYP": pcode, "LMOCC": rng.choice(list(occ)), "LMPROP": pick(rng, [("SF", 6), ("CO", 1.5), ("PU", 2), ("MF", 0.6), ("MH", 0.6)]),
             "LMODAT": cyymmdd(orig, rng), "LMMDAT": cyymmdd(mat, rng), "LMNXDU": cyymmdd(nxdu, rng),
             "LMOAMT": f"{amt:011d}", "LMPBAL": zoned(bal, 11), "LMESCB": zoned(esc, 9), "LMPIAM": f"{pi:09d}",
             "LMRATE": f"{rate5:07d}", "LMAPRV": f"{appr:09d}", "LMLTV": f"{ltv_tenths:04d}",
             "LMFICO": f"{fico:04d}" if fico else "0000", "LMSTAT": st_code, "LMACH": ach_disp,
             "LMCHGU": rng.choice(["QSECOFR", "JSMITH", "BATCH01", "LNSVC", "MGARCIA"]), "LMCHGD": cyymmdd(chg, rng),
             "LMCHGT": f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}", "LMFIL1": ""}
        s["LMBRCH"] = s["LMBRCH"] if rng.random() < 0.8 else str(int(s["LMBRCH"]))
        t = {"loan_number": 1000123 + i * 389, "branch_code": f"{int(s['LMBRCH']):03d}",
             "borrower_last_name": mc.title_name(last.upper()), "borrower_first_name": mc.title_name(first.upper()),
             "borrower_middle_initial": mid, "co_borrower_name": co, "property_street": adr1,
             "property_city": mc.title_name(city), "property_state": st, "property_zip": z5,
             "borrower_phone": f"+1{ph}" if has_ph else None, "borrower_ssn": ssn, "product_type": ptype, "rate_type": rtype,
             "occupancy": occ[s["LMOCC"]], "property_type": prop[s["LMPROP"]], "origination_date": orig.isoformat(),
             "maturity_date": mat.isoformat(), "next_due_date": nxdu.isoformat() if nxdu else None,
             "original_amount": q(Decimal(amt) / 100), "principal_balance": q(Decimal(bal) / 100),
             "escrow_balance": q(Decimal(esc) / 100), "monthly_pi_payment": q(Decimal(pi) / 100),
             "interest_rate": q(r, 5), "appraised_value": q(appr),
             "ltv_ratio": q(Decimal(ltv_tenths) / 1000, 3), "credit_score": fico, "loan_status": status[st_code],
             "autopay_enabled": ach}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 7. Greek olive-mill deliveries
# =============================================================================================
GR_MALE = ["Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Παναγιώτης", "Βασίλειος", "Χρήστος",
           "Αθανάσιος", "Μιχαήλ", "Ευάγγελος", "Σπυρίδων", "Σταύρος", "Ελευθέριος", "Χαράλαμπος", "Μιλτιάδης", "Εμμανουήλ"]
GR_FEMALE = ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Γεωργία", "Δέσποινα", "Ευαγγελία",
             "Παρασκευή", "Χρυσούλα", "Καλλιόπη", "Ουρανία", "Πηνελόπη"]
GR_SURNAMES = {"Παπαδόπουλος": "Παπαδοπούλου", "Παπαδάκης": "Παπαδάκη", "Γεωργίου": "Γεωργίου", "Οικονόμου": "Οικονόμου",
               "Κωνσταντινίδης": "Κωνσταντινίδου", "Μαυρομμάτης": "Μαυρομμάτη", "Καραγιάννης": "Καραγιάννη",
               "Νικολάου": "Νικολάου", "Σταματάκης": "Σταματάκη", "Ξενάκης": "Ξενάκη", "Μανωλάκης": "Μανωλάκη",
               "Δασκαλάκης": "Δασκαλάκη", "Φραγκιαδάκης": "Φραγκιαδάκη", "Χατζηδάκης": "Χατζηδάκη",
               "Λαμπρόπουλος": "Λαμπροπούλου", "Τσακίρης": "Τσακίρη", "Βλάχος": "Βλάχου", "Κατσαρός": "Κατσαρού"}
GR_MONTH_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
                "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
OKA = Decimal("1.2829")


def afm(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and rng.random() < 0.8:
            continue
        c = sum(v * 2 ** (8 - k) for k, v in enumerate(d)) % 11 % 10
        s = "".join(map(str, d)) + str(c)
        if s != "000000000":
            return s


def pair_gr() -> Pair:
    p = Pair(SPLIT, "paradoseis_gr_to_olive_delivery",
             "Greek olive-mill delivery book (Greek headers) -> olive_delivery", "olive_delivery", 150, 80807)
    p.src_cols = ["Α/Α", "Αρ. Δελτίου", "Ημ/νία", "Παραγωγός", "ΑΦΜ", "Τηλέφωνο", "Χωριό", "Ποικιλία",
                  "Ελαιόκαρπος", "Λάδι (κιλά)", "Οξύτητα", "Κατηγορία", "Τιμή €/κιλό", "Βιολογικό", "Ζυγιστής",
                  "Αρ. Κάδου", "Παρατηρήσεις"]
    p.key_src = ["Αρ. Δελτίου"]
    p.key_tgt = ["delivery_note_no"]
    p.comment = "Olive fruit deliveries and oil yield at a Greek cooperative olive mill (season 2023/24)."
    p.tgt_cols = [
        C("delivery_note_no", "int", "id.invoice_number", key=True, nullable=False),
        C("delivery_date", "date", "datetime.date", nullable=False),
        C("producer_last_name", "string", "person.last_name", nullable=False),
        C("producer_first_name", "string", "person.first_name"),
        C("producer_tax_id", "string", "id.vat_number", regex=r"^\d{9}$", description="Greek AFM, 9 digits, no EL prefix"),
        C("producer_phone", "string", "contact.mobile_phone", description="E.164"),
        C("village", "string", "address.city"),
        C("olive_variety", "string", "text.category", allowed_values=["Koroneiki", "Manaki", "Kalamon", "Athinolia", "Tsounati"]),
        C("fruit_kg", "decimal", "qty.mass", nullable=False, description="olive fruit delivered in kg, 1 place (tonnes and oka converted; 1 oka = 1.2829 kg)"),
        C("oil_kg", "decimal", "qty.mass", description="oil yield in kg, 1 place"),
        C("acidity_pct", "decimal", "qty.percentage", description="free acidity in percent oleic acid, 2 places (0,3% -> 0.30)"),
        C("grade", "string", "text.category", allowed_values=["extra_virgin", "virgin", "lampante"]),
        C("price_eur_per_kg", "decimal", "money.unit_price", description="2 places"),
        C("oil_value_eur", "decimal", "money.amount", description="oil_kg x price, 2 places"),
        C("is_organic", "bool", "flag.boolean"),
        C("mill_fee_pct", "decimal", "qty.percentage"),
        C("polyphenols_mg_kg", "int", "qty.count"),
        C("paid_date", "date", "datetime.date"),
    ]
    p.m("delivery_note_no", "Αρ. Δελτίου", "type_cast")
    p.m("delivery_date", "Ημ/νία", "date_format")
    p.m("producer_last_name", "Παραγωγός", "decompose")
    p.m("producer_first_name", "Παραγωγός", "decompose")
    p.m("producer_tax_id", "ΑΦΜ", "reformat")
    p.m("producer_phone", "Τηλέφωνο", "reformat")
    p.m("village", "Χωριό", "atomic")
    p.m("olive_variety", "Ποικιλία", "value_map")
    p.m("fruit_kg", "Ελαιόκαρπος", "unit")
    p.m("oil_kg", "Λάδι (κιλά)", "reformat")
    p.m("acidity_pct", "Οξύτητα", "reformat")
    p.m("grade", "Κατηγορία", "value_map")
    p.m("price_eur_per_kg", "Τιμή €/κιλό", "reformat")
    p.m("oil_value_eur", ["Λάδι (κιλά)", "Τιμή €/κιλό"], "compose")
    p.m("is_organic", "Βιολογικό", "value_map")
    p.m("mill_fee_pct", [], "unmapped")
    p.m("polyphenols_mg_kg", [], "unmapped")
    p.m("paid_date", [], "unmapped")

    varieties = {"Koroneiki": ["Κορωνέικη", "Κορωνεϊκη", "Koroneiki", "ΚΟΡΩΝΕΙΚΗ", "ψιλή"], "Manaki": ["Μανάκι", "Μανάκι (Μανακι)"],
                 "Kalamon": ["Καλαμών", "Καλαμάτας", "Kalamata"], "Athinolia": ["Αθηνολιά", "Αθηνοελιά"],
                 "Tsounati": ["Τσουνάτη", "Μουρατολιά"]}
    villages = ["Πεζά", "Αρχάνες", "Κριτσά", "Κουνάβοι", "Καστέλλι", "Λεωνίδιο", "Μεσσήνη", "Πύλος", "Κυπαρισσία", "Σκάλα"]
    grade_syn = {"extra_virgin": ["Έξτρα Παρθένο", "ΕΠΕ", "EVOO", "εξαιρετικό παρθένο"], "virgin": ["Παρθένο", "ΠΕ", "παρθένο"],
                 "lampante": ["Λαμπάντε", "Λαμπάντε (για διύλιση)", "ΜΕΙΟΝ"]}
    weighers = ["Μανώλης", "Κ. Σ.", "Γιώργης", ""]
    remarks = ["", "", "", "με φύλλα", "χτυπημένος καρπός", "δεύτερο χέρι", "πλύσιμο", "ξάι 10%"]

    def row(rng: random.Random, i: int):
        sex = rng.choice("MF")
        first = rng.choice(GR_MALE if sex == "M" else GR_FEMALE)
        msur = rng.choice(list(GR_SURNAMES))
        last = msur if sex == "M" else GR_SURNAMES[msur]
        nm = pick(rng, [(f"{last} {first}", 6), (f"{last}, {first}", 2), (f"{last}  {first}", 1)])
        a = afm(rng)
        a_disp = pick(rng, [(a, 6), (f"EL{a}", 2), (f"ΑΦΜ {a}", 1), (f"EL {a}", 1)])
        if a.startswith("0") and rng.random() < 0.7:
            a_disp = str(int(a))
        n = "69" + rng.choice("0345789") + gc.digits(rng, 7)
        ph_disp = pick(rng, [(n, 4), (f"{n[:3]} {n[3:6]} {n[6:]}", 3), (f"+30 {n[:3]} {n[3:6]} {n[6:]}", 1), (f"0030{n}", 1), (f"+30{n}", 1)])
        has_ph = rng.random() < 0.9
        d = gc.rand_date(rng, dt.date(2023, 10, 20), dt.date(2024, 2, 10))
        d_disp = pick(rng, [(f"{d.day}/{d.month}/{d.year}", 5), (d.strftime("%d-%m-%Y"), 2), (d.strftime("%d/%m/%y"), 1),
                            (f"{d.day} {GR_MONTH_GEN[d.month - 1]} {d.year}", 1), (d.isoformat(), 1)])
        var = pick(rng, [("Koroneiki", 7), ("Manaki", 1.5), ("Kalamon", 1), ("Athinolia", 1), ("Tsounati", 1)])
        form = rng.random()
        if form < 0.12:
            oka = rng.randint(150, 2500)
            fruit = Decimal(oka) * OKA
            f_disp = rng.choice([f"{oka} οκ.", f"{oka} οκάδες"])
        elif form < 0.3:
            tonnes = Decimal(rng.randint(20, 600)) / 100
            fruit = tonnes * 1000
            f_disp = rng.choice([f"{eu_num(tonnes, 2)} τόν.", f"{eu_num(tonnes, 2)} t"])
        else:
            kg = rng.randint(180, 6500)
            fruit = Decimal(kg)
            f_disp = pick(rng, [(f"{group_thousands(kg, '.')} κιλά", 3), (str(kg), 3), (f"{group_thousands(kg, '.')}", 2), (f"{kg} kg", 1)])
        fruit_t = q(fruit, 1)
        oil = Decimal(q(Decimal(fruit_t) * Decimal(str(rng.uniform(0.14, 0.24))), 1))
        oil_disp = pick(rng, [(eu_num(oil, 1), 6), (str(oil), 1), (f"{eu_num(oil, 1)} κ.", 1)])
        acid = Decimal(rng.choice([rng.randint(12, 80), rng.randint(12, 80), rng.randint(81, 200), rng.randint(201, 380)])) / 100
        a_str = eu_num(acid, 2)
        acid_disp = pick(rng, [(a_str.rstrip("0").rstrip(","), 3), (f"{a_str}%", 2), (f"{acid} %", 1), (a_str, 2)])
        grade = "extra_virgin" if acid <= Decimal("0.8") else ("virgin" if acid <= 2 else "lampante")
        lo, hi = {"extra_virgin": (650, 900), "virgin": (500, 650), "lampante": (300, 480)}[grade]
        price = Decimal(rng.randint(lo, hi) // 5 * 5) / 100
        has_price = rng.random() < 0.9
        price_disp = pick(rng, [(f"{eu_num(price, 2)} €", 3), (eu_num(price, 2), 2), (str(price), 1), (f"€{eu_num(price, 2)}", 1)])
        org = pick(rng, [(True, 2), (False, 6), (None, 1)])
        org_disp = {True: ["ΝΑΙ", "Ναι", "Ν", "✓"], False: ["ΟΧΙ", "Όχι", "Ο", "οχι"], None: [""]}[org]
        s = {"Α/Α": str(i + 1), "Αρ. Δελτίου": pick(rng, [(f"ΔΠ-{4100 + i * 3:05d}", 4), (str(4100 + i * 3), 4), (f"Δ.Π. {4100 + i * 3}", 2)]),
             "Ημ/νία": d_disp, "Παραγωγός": nm, "ΑΦΜ": a_disp, "Τηλέφωνο": ph_disp if has_ph else "", "Χωριό": rng.choice(villages),
             "Ποικιλία": rng.choice(varieties[var]), "Ελαιόκαρπος": f_disp, "Λάδι (κιλά)": oil_disp, "Οξύτητα": acid_disp,
             "Κατηγορία": rng.choice(grade_syn[grade]), "Τιμή €/κιλό": price_disp if has_price else "",
             "Βιολογικό": rng.choice(org_disp), "Ζυγιστής": rng.choice(weighers), "Αρ. Κάδου": str(rng.randint(1, 24)),
             "Παρατηρήσεις": rng.choice(remarks)}
        t = {"delivery_note_no": 4100 + i * 3, "delivery_date": d.isoformat(), "producer_last_name": last,
             "producer_first_name": first, "producer_tax_id": a, "producer_phone": f"+30{n}" if has_ph else None,
             "village": s["Χωριό"], "olive_variety": var, "fruit_kg": fruit_t, "oil_kg": q(oil, 1), "acidity_pct": q(acid, 2),
             "grade": grade, "price_eur_per_kg": q(price) if has_price else None,
             "oil_value_eur": q(oil * price) if has_price else None, "is_organic": org}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 8. Chinese time-attendance export
# =============================================================================================
CN_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"]
CN_COMPOUND = ["欧阳", "司马", "诸葛", "上官"]
CN_GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
            "桂英", "子涵", "浩然", "宇轩", "梓萱", "一诺", "欣怡", "建国", "志强", "晓东"]
CN_WEEKDAY = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
CN_DEPTS = {"RND": ["研发部", "研发中心/后端组", "研发中心/测试组", "技术部"], "SALES": ["销售部", "销售一部", "华东销售"],
            "MKT": ["市场部", "品牌市场"], "HR": ["人力资源部", "HR", "人事行政部"], "FIN": ["财务部", "财务"],
            "OPS": ["生产部/二车间", "生产部", "仓储物流"]}


def pair_cn() -> Pair:
    p = Pair(SPLIT, "kaoqin_cn_to_attendance",
             "Chinese time-attendance app export (Simplified Chinese headers, DingTalk-style daily report) -> attendance_day",
             "attendance_day", 240, 80808)
    p.src_cols = ["工号", "姓名", "部门", "考勤组", "日期", "班次", "上班打卡", "下班打卡", "打卡结果", "工作时长",
                  "加班时长", "打卡地点", "手机号", "审批单", "备注"]
    p.key_src = ["工号", "日期"]
    p.key_tgt = ["employee_id", "work_date"]
    p.comment = "Daily attendance of a Chinese manufacturer (office and two-shift plant)."
    p.tgt_cols = [
        C("employee_id", "int", "id.employee_id", key=True, nullable=False, description="numeric part of the employee number"),
        C("work_date", "date", "datetime.date", key=True, nullable=False, description="shift start date"),
        C("family_name", "string", "person.last_name", nullable=False, description="incl. two-character family names (欧阳)"),
        C("given_name", "string", "person.first_name"),
        C("department_code", "string", "org.department", allowed_values=list(CN_DEPTS)),
        C("shift_code", "string", "text.category", allowed_values=["DAY", "OFFICE", "NIGHT"]),
        C("clock_in_at", "datetime", "datetime.timestamp", description="local time (Asia/Shanghai)"),
        C("clock_out_at", "datetime", "datetime.timestamp", description="local time; next day for night shifts"),
        C("attendance_status", "string", "status.record_status",
          allowed_values=["normal", "late", "early_leave", "missing_punch", "absent", "leave"]),
        C("late_minutes", "int", "qty.duration", description="minutes late as stated in the result, null when not late"),
        C("work_hours", "decimal", "qty.duration", description="hours, 2 places"),
        C("overtime_hours", "decimal", "qty.duration", description="hours, 2 places"),
        C("mobile_phone", "string", "contact.mobile_phone", description="E.164"),
        C("leave_type", "string", "text.category"),
        C("cost_center", "string", "org.cost_center"),
        C("approved_by", "string", "person.full_name"),
    ]
    p.m("employee_id", "工号", "type_cast")
    p.m("work_date", "日期", "date_format")
    p.m("family_name", "姓名", "decompose")
    p.m("given_name", "姓名", "decompose")
    p.m("department_code", "部门", "value_map")
    p.m("shift_code", "班次", "value_map")
    p.m("clock_in_at", ["日期", "上班打卡"], "compose")
    p.m("clock_out_at", ["日期", "下班打卡"], "compose")
    p.m("attendance_status", "打卡结果", "decompose")
    p.m("late_minutes", "打卡结果", "decompose")
    p.m("work_hours", "工作时长", "unit")
    p.m("overtime_hours", "加班时长", "unit")
    p.m("mobile_phone", "手机号", "reformat")
    p.m("leave_type", [], "unmapped")
    p.m("cost_center", [], "unmapped")
    p.m("approved_by", [], "unmapped")

    days = [dt.date(2024, 3, d) for d in (4, 5, 6, 7, 8, 11, 12, 13)]
    shifts = {"OFFICE": ([("行政班 09:00-18:00", 3), ("常白班", 1), ("标准班", 1)], dt.time(9, 0), dt.time(18, 0), 60),
              "DAY": ([("早班 08:00-17:00", 3), ("A班", 1), ("白班", 1)], dt.time(8, 0), dt.time(17, 0), 60),
              "NIGHT": ([("夜班 20:00-05:00", 3), ("C班", 1), ("大夜班", 1)], dt.time(20, 0), dt.time(5, 0), 60)}
    sites = ["苏州市工业园区星湖街328号", "苏州工业园区-2号厂房", "上海市浦东新区张江高科技园区", "公司总部"]

    roster: dict[int, dict] = {}

    def employee(e: int) -> dict:
        if e not in roster:
            r = random.Random(80808_000 + e)
            fam = r.choice(CN_COMPOUND) if r.random() < 0.1 else r.choice(CN_SURNAMES)
            given = r.choice(CN_GIVEN)
            full = f"{fam}{given}"
            if len(full) == 2 and r.random() < 0.5:
                full = f"{fam} {given}"  # two-character names padded with a space, as many HR systems do
            dept = r.choice(list(CN_DEPTS))
            shift = "OFFICE" if dept in ("HR", "FIN", "MKT", "SALES") else r.choice(["DAY", "DAY", "NIGHT", "OFFICE"])
            mob = r.choice(["138", "139", "150", "186", "135", "177", "199"]) + gc.digits(r, 8)
            mob_disp = pick(r, [(mob, 4), (f"{mob[:3]} {mob[3:7]} {mob[7:]}", 2), (f"{mob[:3]}-{mob[3:7]}-{mob[7:]}", 1),
                                (f"+86 {mob}", 1)])
            num = 100 + e * 13 + r.randint(0, 12)
            num_disp = pick(r, [(f"E{num:05d}", 3), (f"{num:05d}", 2), (str(num), 1)])
            roster[e] = {"fam": fam, "given": given, "full": full, "dept": dept, "dept_disp": r.choice(CN_DEPTS[dept]),
                         "shift": shift, "shift_disp": pick(r, shifts[shift][0]), "mob": mob, "mob_disp": mob_disp,
                         "num": num, "num_disp": num_disp, "has_mob": r.random() < 0.9,
                         "group": r.choice(["苏州工厂考勤组", "总部考勤组", "弹性工时组"])}
        return roster[e]

    def hm(d0: dt.date, t: dt.datetime, rng: random.Random) -> str:
        prefix = "次日 " if t.date() > d0 else ""
        s = f"{t.hour:02d}:{t.minute:02d}" if rng.random() < 0.8 else f"{t.hour}:{t.minute:02d}"
        return prefix + s

    def row(rng: random.Random, i: int):
        e, di = divmod(i, len(days))
        emp = employee(e)
        d = days[di]
        _, start, end, brk = shifts[emp["shift"]]
        st = dt.datetime.combine(d, start)
        en = dt.datetime.combine(d + dt.timedelta(days=1) if end < start else d, end)
        status = pick(rng, [("normal", 14), ("late", 2.5), ("early_leave", 1), ("missing_punch", 1), ("absent", 0.3), ("leave", 0.7)])
        cin = st - dt.timedelta(minutes=rng.randint(1, 25))
        cout = en + dt.timedelta(minutes=rng.randint(0, 40))
        late = None
        ot = None
        if status == "late":
            late = rng.randint(2, 55)
            cin = st + dt.timedelta(minutes=late)
        if status == "early_leave":
            cout = en - dt.timedelta(minutes=rng.randint(10, 90))
        if status == "normal" and rng.random() < 0.25:
            ot_min = rng.choice([60, 90, 120, 150, 180])
            cout = en + dt.timedelta(minutes=ot_min + rng.randint(0, 10))
            ot = Decimal(ot_min) / 60
        cin_t, cout_t = cin, cout
        if status == "missing_punch":
            if rng.random() < 0.5:
                cin_t = None
            else:
                cout_t = None
        if status in ("absent", "leave"):
            cin_t = cout_t = None
        work_min = None
        if cin_t and cout_t:
            # attended time inside the shift, minus the break (overtime is reported separately)
            work_min = int((min(cout_t, en) - max(cin_t, st)).total_seconds() // 60) - brk
        res = {"normal": ["正常"], "early_leave": ["早退", "早退(下班)"], "missing_punch": ["缺卡", "下班缺卡" if cout_t is None else "上班缺卡"],
               "absent": ["旷工"], "leave": ["请假", "事假", "年假"]}
        if status == "late":
            res_disp = rng.choice([f"迟到{late}分钟", f"迟到 {late} 分钟", f"上班迟到{late}分钟"])
        else:
            res_disp = rng.choice(res[status])
        if work_min is None:
            wh_disp = rng.choice(["", "0", "-"]) if status in ("absent", "leave") else ""
            wh_t = None
            if wh_disp == "0":
                wh_t = "0.00"
        else:
            hh, mm = divmod(work_min, 60)
            opts = [(f"{hh}小时{mm}分" if mm else f"{hh}小时", 3), (f"{work_min}分钟", 1), (f"{hh}h{mm}m", 1)]
            if mm % 15 == 0:
                opts.append((str(Decimal(work_min) / 60).rstrip("0").rstrip(".") if mm else str(hh), 2))
            wh_disp = pick(rng, opts)
            wh_t = q(Decimal(work_min) / 60)
        if ot is not None:
            ot_disp = pick(rng, [(f"{str(ot).rstrip('0').rstrip('.')}小时", 3), (f"{int(ot * 60)}分钟", 1)])
            ot_t = q(ot)
        else:
            ot_disp = rng.choice(["", "0", "-"])
            ot_t = "0.00" if ot_disp == "0" else None
        date_disp = pick(rng, [(d.isoformat(), 3), (f"{d.year}/{d.month}/{d.day}", 2), (f"{d.year}年{d.month}月{d.day}日", 1),
                               (f"{d.strftime('%y-%m-%d')} {CN_WEEKDAY[d.weekday()]}", 2)])
        approval = ""
        if status == "leave":
            approval = f"请假审批 {gc.digits(rng, 12)}"
        elif ot is not None and rng.random() < 0.6:
            approval = f"加班审批 {gc.digits(rng, 12)}"
        s = {"工号": emp["num_disp"], "姓名": emp["full"], "部门": emp["dept_disp"], "考勤组": emp["group"], "日期": date_disp,
             "班次": emp["shift_disp"], "上班打卡": hm(d, cin_t, rng) if cin_t else rng.choice(["未打卡", ""]),
             "下班打卡": hm(d, cout_t, rng) if cout_t else rng.choice(["未打卡", ""]), "打卡结果": res_disp,
             "工作时长": wh_disp, "加班时长": ot_disp, "打卡地点": rng.choice(sites) if cin_t else "",
             "手机号": emp["mob_disp"] if emp["has_mob"] else "", "审批单": approval,
             "备注": rng.choice(["", "", "", "外勤", "补卡申请中", "出差"])}
        t = {"employee_id": emp["num"], "work_date": d.isoformat(), "family_name": emp["fam"], "given_name": emp["given"],
             "department_code": emp["dept"], "shift_code": emp["shift"],
             "clock_in_at": cin_t.replace(second=0).isoformat() if cin_t else None,
             "clock_out_at": cout_t.replace(second=0).isoformat() if cout_t else None,
             "attendance_status": status, "late_minutes": late, "work_hours": wh_t, "overtime_hours": ot_t,
             "mobile_phone": f"+86{emp['mob']}" if emp["has_mob"] else None}
        return s, t

    p.row = row
    return p


def main() -> None:
    for build in (pair_cz, pair_fi, pair_merchant, pair_shelter, pair_ru, pair_as400, pair_gr, pair_cn):
        p = build()
        rows, scols, tcols = p.write()
        unm = sum(1 for c in p.corr if c[2] == "unmapped")
        print(f"{p.name}: {rows} rows, {scols} source cols, {tcols} target cols, {unm} unmapped")


if __name__ == "__main__":
    main()
