# ruff: noqa
"""Tenth blind schema-matching set: 8 source/target pairs, split "blind" (seeds 14141-14148).
(a blind-written generator, kept as its author wrote it; only its output path was repointed: mapping_common.OUT is the repo's)

Each pair is rendered from canonical records, so every expected value is computed from the same
record its source row was written from. Standard library + golden_common / mapping_common only.

Pairs (all data invented):
  ockovanie_sk_to_immunization_wide   Slovak paediatric vaccination register -> wide immunization record
  codeco_edifact_to_gate_move         coded headers: flattened UN/EDIFACT CODECO segments (container gate)
  imovina_hr_to_fixed_asset_wide      Croatian fixed-asset register (kuna and euro) -> wide asset master
  phtaer_prak_km_to_remittance        Khmer money-transfer agent ledger (Khmer digits, USD/KHR/THB)
  gwastraff_cy_noheader_to_weighbridge  no header row: Welsh/English council weighbridge tickets
  techlog_terse_to_defect_record      terse aviation tech-log export (ATA chapters, MEL, ICAO/IATA codes)
  sonkrag_af_misleading_to_pv_install misleading headers: SA rooftop-solar jobs typed into an Afrikaans CRM lead template
  hira_gu_to_diamond_lot              Gujarati (Surat) polished-diamond stock list (GIA-style grades)

Output: OUT / SPLIT / <pair>/{source.csv,target.yaml,labels.yaml,expected.csv}.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import string
from decimal import ROUND_HALF_UP, Decimal

import golden_common as gc
import mapping_common as mc
from mapping_common import C, Pair, q

OUT = mc.OUT  # the one output constant (mapping_common.OUT); main() copies it back to mapping_common
SPLIT = "dev"  # formerly "blind"


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
def D(x) -> Decimal:
    return Decimal(str(x))


def rhu(x, places: int) -> Decimal:
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


KM_DIG = "០១២៣៤៥៦៧៨៩"
GU_DIG = "૦૧૨૩૪૫૬૭૮૯"


def script_digits(s: str, digs: str) -> str:
    return "".join(digs[ord(c) - 48] if "0" <= c <= "9" else c for c in s)


def pick(rng: random.Random, weighted: list[tuple]) -> object:
    """weighted = [(value, weight), ...]"""
    weighted = [(v, w) for v, w in weighted if w > 0]
    tot = sum(w for _, w in weighted)
    r = rng.random() * tot
    for v, w in weighted:
        r -= w
        if r < 0:
            return v
    return weighted[-1][0]


def nbsp_thousands(n: int, sep: str = " ") -> str:
    return f"{n:,}".replace(",", sep)


def workday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    while True:
        d = gc.rand_date(rng, start, end)
        if d.weekday() < 5:
            return d


def shuffle_wide(rng: random.Random, mapped: list[dict], unmapped: list[dict], head: int = 2) -> list[dict]:
    """Keep the first `head` mapped columns first (the key), scatter the rest among the unmapped."""
    rest = mapped[head:] + unmapped
    rng.shuffle(rest)
    return mapped[:head] + rest


# ---------------------------------------------------------------------------------------------
# 1. Slovak vaccination register -> wide immunization record (seed 14141)
# ---------------------------------------------------------------------------------------------
SK_M = ["Peter", "Martin", "Marek", "Tomáš", "Jakub", "Samuel", "Lukáš", "Matej", "Adam", "Filip", "Šimon",
        "Dávid", "Michal", "Oliver", "Timotej", "Kristián", "Richard", "Ľuboš", "Dominik", "Alex", "Tobiáš"]
SK_F = ["Jana", "Lucia", "Zuzana", "Katarína", "Ema", "Sofia", "Nina", "Natália", "Viktória", "Lenka",
        "Michaela", "Simona", "Ľudmila", "Veronika", "Timea", "Hana", "Tereza", "Alžbeta", "Liliana", "Dorota"]
SK_SUR = [("Horváth", "Horváthová"), ("Kováč", "Kováčová"), ("Varga", "Vargová"), ("Tóth", "Tóthová"),
          ("Nagy", "Nagyová"), ("Baláž", "Balážová"), ("Szabó", "Szabóová"), ("Molnár", "Molnárová"),
          ("Lukáč", "Lukáčová"), ("Kollár", "Kollárová"), ("Oravec", "Oravcová"), ("Mráz", "Mrázová"),
          ("Šimko", "Šimková"), ("Hudák", "Hudáková"), ("Krajčír", "Krajčírová"), ("Polák", "Poláková"),
          ("Gajdoš", "Gajdošová"), ("Ďurica", "Ďuricová"), ("Bielik", "Bieliková"), ("Zelenák", "Zelenáková"),
          ("Ondruš", "Ondrušová"), ("Kňazovický", "Kňazovická"), ("Štefánik", "Štefániková"), ("Čierny", "Čierna")]
SK_MONTH_GEN = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra",
                "októbra", "novembra", "decembra"]

# product -> (group, route, volume ml, programme)
VACC = {
    "Hexacima": ("DTAP_IPV_HIB_HEPB", "IM", "0.50", "NATIONAL"),
    "Infanrix hexa": ("DTAP_IPV_HIB_HEPB", "IM", "0.50", "NATIONAL"),
    "Vaxelis": ("DTAP_IPV_HIB_HEPB", "IM", "0.50", "NATIONAL"),
    "Prevenar 13": ("PCV", "IM", "0.50", "NATIONAL"),
    "Vaxneuvance": ("PCV", "IM", "0.50", "NATIONAL"),
    "Rotarix": ("ROTA", "PO", "1.50", "OPTIONAL"),
    "Bexsero": ("MENB", "IM", "0.50", "OPTIONAL"),
    "Priorix": ("MMR", "SC", "0.50", "NATIONAL"),
    "M-M-RVAXPRO": ("MMR", "SC", "0.50", "NATIONAL"),
    "Priorix-Tetra": ("MMRV", "SC", "0.50", "OPTIONAL"),
    "Varivax": ("VAR", "SC", "0.50", "OPTIONAL"),
    "Nimenrix": ("MENACWY", "IM", "0.50", "OPTIONAL"),
    "FSME-IMMUN Junior": ("TBE", "IM", "0.25", "OPTIONAL"),
    "Boostrix Polio": ("TDAP_IPV", "IM", "0.50", "NATIONAL"),
    "Boostrix": ("TDAP", "IM", "0.50", "OPTIONAL"),
    "Gardasil 9": ("HPV", "IM", "0.50", "OPTIONAL"),
    "Vaxigrip Tetra": ("FLU", "IM", "0.50", "OPTIONAL"),
    "Havrix 720 Junior": ("HEPA", "IM", "0.50", "OPTIONAL"),
}
VGROUPS = sorted({v[0] for v in VACC.values()})
SK_DOCTORS = [("Eva", "Kollárová", ""), ("Peter", "Hudák", ", PhD."), ("Zuzana", "Mrázová", "")]
SK_NURSES = ["Bc. Jana Tóthová", "Mgr. Iveta Šimková", "Renáta Polláková"]
SK_NOTES = ["kontrola po 15 min bez ťažkostí", "priniesli očkovací preukaz", "matka poučená o reakciách",
            "odložené o týždeň – nádcha", "zapísané do preukazu", "dieťa plakalo"]
SK_REACTIONS = ["teplota 38,2 °C", "začervenanie v mieste vpichu", "opuch stehna", "plač, nepokoj",
                "vyrážka na trupe", "teplota 37,9"]


def sk_mobile(rng):
    p = rng.choice(["901", "902", "903", "904", "905", "906", "907", "908", "910", "911", "914", "915", "916",
                    "917", "918", "919", "940", "944", "948", "949", "950"])
    s = gc.digits(rng, 6)
    disp = pick(rng, [(f"0{p} {s[:3]} {s[3:]}", 4), (f"+421 {p} {s[:3]} {s[3:]}", 2), (f"00421{p}{s}", 1),
                      (f"{p}{s}", 1), (f"0{p}/{s}", 1)])
    return disp, f"+421{p}{s}"


def sk_date(rng, d: dt.date) -> str:
    return pick(rng, [(f"{d.day:02d}.{d.month:02d}.{d.year}", 5), (f"{d.day}.{d.month}.{d.year}", 2),
                      (f"{d.day}. {SK_MONTH_GEN[d.month - 1]} {d.year}", 2), (d.isoformat(), 1)])


def build_sk(seed: int) -> Pair:
    p = Pair(SPLIT, "ockovanie_sk_to_immunization_wide",
             "Slovak paediatric practice vaccination register (one row per administered dose) -> wide immunization "
             "record; rodné číslo -> id, birth date and sex; trade names -> product and vaccine group; Slovak "
             "routes, sites, doses, insurers; 42 of 62 target columns have no source",
             "immunization_record", 150, seed)
    rng = p.rng
    S = ["P.č.", "Dátum očkovania", "Priezvisko a meno", "Rodné číslo", "Poisťovňa", "Očkovacia látka", "Šarža",
         "Exspirácia", "Dávka", "Spôsob podania", "Miesto podania", "Objem", "Typ očkovania", "Lekár",
         "Telefón zák. zástupcu", "Reakcia", "Zapísal(a)", "Dátum zápisu", "Poznámka"]
    p.src_cols = S
    mapped = [
        C("patient_national_id", "string", "id.national_id", key=True, nullable=False, regex=r"^\d{10}$",
          description="Slovak birth number (rodné číslo), 10 digits without slash or spaces"),
        C("vaccination_date", "date", "datetime.date", key=True, nullable=False, description="date the dose was given"),
        C("vaccine_product", "string", "text.product_name", key=True, nullable=False,
          allowed_values=sorted(VACC), description="trade name in its canonical spelling"),
        C("patient_last_name", "string", "person.last_name", nullable=False),
        C("patient_first_name", "string", "person.first_name", nullable=False),
        C("patient_birth_date", "date", "person.date_of_birth", nullable=False,
          description="birth date (from the birth number)"),
        C("patient_sex", "string", "person.gender", allowed_values=["F", "M"],
          description="F/M (birth-number month + 50 = female)"),
        C("insurer_code", "string", "text.category", allowed_values=["24", "25", "27"],
          description="Slovak health insurer code: 24 Dôvera, 25 VšZP, 27 Union"),
        C("vaccine_group", "string", "text.category", allowed_values=VGROUPS,
          description="antigen group of the product"),
        C("lot_number", "string", "id.record_id", regex=r"^[A-Z0-9]+$",
          description="manufacturer lot, upper case, without prefixes"),
        C("lot_expiry", "string", "datetime.month", regex=r"^\d{4}-\d{2}$", description="expiry month YYYY-MM"),
        C("dose_number", "int", "qty.count", description="dose in the primary series; null for boosters"),
        C("is_booster", "bool", "flag.boolean"),
        C("route_code", "string", "text.category", allowed_values=["IM", "PO", "SC"]),
        C("site_code", "string", "text.category", allowed_values=["LA", "LT", "RA", "RT"],
          description="LT/RT left/right thigh, LA/RA left/right upper arm (deltoid); null for oral vaccines"),
        C("dose_volume_ml", "decimal", "qty.volume", description="ml, 2 decimals"),
        C("performer_name", "string", "person.full_name",
          description="vaccinating physician, given name + family name, without academic titles"),
        C("guardian_mobile", "string", "contact.mobile_phone", regex=r"^\+\d{8,15}$", description="E.164"),
        C("adverse_reaction", "bool", "flag.boolean",
          description="true if any reaction was recorded, false if none; null when not recorded"),
        C("programme_type", "string", "text.category", allowed_values=["NATIONAL", "OPTIONAL"],
          description="NATIONAL = mandatory national schedule; OPTIONAL = recommended/voluntary"),
    ]
    unmapped = [
        C("record_uuid", "string", "id.uuid"), C("patient_middle_name", "string", "person.middle_name"),
        C("patient_email", "string", "contact.email"), C("patient_street", "string", "address.street_address"),
        C("patient_city", "string", "address.city"), C("patient_postal_code", "string", "address.postal_code"),
        C("patient_country", "string", "iso.country_alpha2"), C("nationality", "string", "person.nationality"),
        C("guardian_first_name", "string", "person.first_name"), C("guardian_last_name", "string", "person.last_name"),
        C("guardian_relationship", "string", "text.category"), C("guardian_email", "string", "contact.email"),
        C("facility_id", "string", "id.record_id"), C("facility_name", "string", "org.company_name"),
        C("performer_licence_no", "string", "id.record_id"), C("ordering_provider", "string", "person.full_name"),
        C("consent_obtained", "bool", "flag.consent"), C("consent_date", "date", "datetime.date"),
        C("refusal_reason", "string", "text.description"), C("vis_edition_date", "date", "datetime.date"),
        C("next_dose_due_date", "date", "datetime.date"), C("eligibility_category", "string", "text.category"),
        C("contraindication_code", "string", "text.category"), C("pregnancy_status", "bool", "flag.boolean"),
        C("body_weight_kg", "decimal", "qty.mass"), C("body_temperature_c", "decimal", "qty.temperature"),
        C("is_historical_record", "bool", "flag.boolean"), C("is_deleted", "bool", "flag.is_deleted"),
        C("external_system_id", "string", "id.record_id"), C("exchange_status", "string", "status.record_status"),
        C("exchange_timestamp", "datetime", "datetime.timestamp"), C("eu_certificate_id", "string", "id.record_id"),
        C("travel_vaccination", "bool", "flag.boolean"), C("school_name", "string", "org.company_name"),
        C("school_class", "string", "text.category"), C("observation_minutes", "int", "qty.duration"),
        C("administered_time", "string", "datetime.time"), C("lot_manufacture_date", "date", "datetime.date"),
        C("cold_chain_excursion", "bool", "flag.boolean"), C("cost_eur", "decimal", "money.amount"),
        C("reimbursement_code", "string", "text.category"), C("needle_length_mm", "decimal", "qty.length"),
    ]
    p.tgt_cols = shuffle_wide(rng, mapped, unmapped, head=3)
    p.key_src = ["Rodné číslo", "Dátum očkovania", "Očkovacia látka"]
    p.key_tgt = ["patient_national_id", "vaccination_date", "vaccine_product"]
    for c, s, k in [
        ("patient_national_id", "Rodné číslo", "reformat"), ("vaccination_date", "Dátum očkovania", "date_format"),
        ("vaccine_product", "Očkovacia látka", "reformat"), ("patient_last_name", "Priezvisko a meno", "decompose"),
        ("patient_first_name", "Priezvisko a meno", "decompose"), ("patient_birth_date", "Rodné číslo", "decompose"),
        ("patient_sex", "Rodné číslo", "decompose"), ("insurer_code", "Poisťovňa", "value_map"),
        ("vaccine_group", "Očkovacia látka", "value_map"), ("lot_number", "Šarža", "reformat"),
        ("lot_expiry", "Exspirácia", "date_format"), ("dose_number", "Dávka", "value_map"),
        ("is_booster", "Dávka", "value_map"), ("route_code", "Spôsob podania", "value_map"),
        ("site_code", "Miesto podania", "value_map"), ("dose_volume_ml", "Objem", "reformat"),
        ("performer_name", "Lekár", "reformat"), ("guardian_mobile", "Telefón zák. zástupcu", "reformat"),
        ("adverse_reaction", "Reakcia", "value_map"), ("programme_type", "Typ očkovania", "value_map"),
    ]:
        p.m(c, s, k)
    for c in unmapped:
        p.m(c["name"], [], "unmapped")

    queue: list[tuple[dict, dict]] = []
    seen_keys: set = set()
    counter = [0]

    def visit(rng):
        vdate = workday(rng, dt.date(2023, 9, 1), dt.date(2024, 6, 28))
        band = pick(rng, [("infant", 45), ("toddler", 20), ("preschool", 12), ("school", 15), ("any", 8)])
        if band == "infant":
            age_days = rng.randint(62, 335)
        elif band == "toddler":
            age_days = rng.randint(366, 730)
        elif band == "preschool":
            age_days = rng.randint(5 * 365 + 2, 6 * 365 + 300)
        elif band == "school":
            age_days = rng.randint(10 * 365 + 3, 13 * 365 + 300)
        else:
            age_days = rng.randint(366, 15 * 365)
        birth = vdate - dt.timedelta(days=age_days)
        age_m = age_days / 30.44
        sex = rng.choice("MF")
        first = rng.choice(SK_M if sex == "M" else SK_F)
        last = rng.choice(SK_SUR)[0 if sex == "M" else 1]
        rc = gc.cz_rodne_cislo(rng, sex, birth)  # same algorithm in Slovakia (YYMMDD/SSSC, women month + 50)
        doses: list[tuple[str, int | None, bool]] = []
        if band == "infant":
            dn = 1 if age_m < 3.5 else (2 if age_m < 6 else 3)
            doses.append((rng.choice(["Hexacima", "Infanrix hexa", "Vaxelis"]), dn, False))
            doses.append((rng.choice(["Prevenar 13", "Prevenar 13", "Vaxneuvance"]), dn, False))
            if age_m < 5.5 and rng.random() < 0.45:
                doses.append(("Rotarix", 1 if age_m < 3.5 else 2, False))
            elif rng.random() < 0.15:
                doses.append(("Bexsero", 1 if age_m < 4 else 2, False))
        elif band == "toddler":
            if rng.random() < 0.75:
                doses.append((rng.choice(["Priorix", "M-M-RVAXPRO"]), 1, False))
                if rng.random() < 0.3:
                    doses.append(("Varivax", 1, False))
            else:
                doses.append(("Priorix-Tetra", 1, False))
            if rng.random() < 0.2:
                doses.append(("Nimenrix", 1, False))
            if rng.random() < 0.2:
                doses.append(("FSME-IMMUN Junior", rng.choice([1, 2]), False))
        elif band == "preschool":
            doses.append(("Boostrix Polio", None, True))
            if rng.random() < 0.2:
                doses.append(("Vaxigrip Tetra", 1, False))
        elif band == "school":
            doses.append(("Gardasil 9", rng.choice([1, 2]), False))
            if rng.random() < 0.4:
                doses.append(("Boostrix", None, True))
            elif rng.random() < 0.3:
                doses.append((rng.choice(["Priorix", "M-M-RVAXPRO"]), 2, False))
        else:
            prod = rng.choice(["Vaxigrip Tetra", "FSME-IMMUN Junior", "Havrix 720 Junior", "Nimenrix"])
            if prod == "FSME-IMMUN Junior":
                dd = rng.choice([(1, False), (2, False), (3, False), (None, True)])
            elif prod == "Havrix 720 Junior":
                dd = rng.choice([(1, False), (2, False)])
            else:
                dd = (1, False)
            doses.append((prod, dd[0], dd[1]))
        ins = rng.choice(["25", "25", "24", "27"])
        ins_disp = {"25": ["25", "VšZP", "Všeobecná zdravotná poisťovňa", "25 - VšZP"],
                    "24": ["24", "Dôvera", "DÔVERA zdravotná poisťovňa", "24 - Dôvera"],
                    "27": ["27", "Union", "Union zdravotná poisťovňa", "27 - Union"]}[ins]
        name_style = pick(rng, [("plain", 6), ("upper", 2), ("comma", 2)])
        nm = {"plain": f"{last} {first}", "upper": f"{last.upper()} {first}", "comma": f"{last}, {first}"}[name_style]
        rc_disp = pick(rng, [(rc, 5), (rc.replace("/", ""), 3), (rc.replace("/", " / "), 1), (f"RČ {rc}", 1)])
        phone_disp, phone_e164 = sk_mobile(rng) if rng.random() > 0.06 else ("", None)
        vd_disp = sk_date(rng, vdate)
        doctor = rng.choice(SK_DOCTORS)
        used_sides: list[str] = []
        rows = []
        for prod, dn, boost in doses:
            group, route, vol, prog = VACC[prod]
            key = (rc.replace("/", ""), vdate.isoformat(), prod)
            if key in seen_keys:
                continue
            seen_keys.add(key)
            counter[0] += 1
            # site
            site = None
            if route != "PO":
                if age_m < 12:
                    cands = ["LT", "RT"]
                elif age_m < 36:
                    cands = ["LT", "RT", "LA", "RA"]
                else:
                    cands = ["LA", "RA"]
                cands2 = [c for c in cands if c not in used_sides] or cands
                site = rng.choice(cands2)
                used_sides.append(site)
            site_disp = {"LT": ["ľavé stehno", "ľ. stehno", "stehno vľavo"],
                         "RT": ["pravé stehno", "p. stehno", "stehno vpravo"],
                         "LA": ["ľavé rameno", "ľ. rameno", "ľavý deltoid"],
                         "RA": ["pravé rameno", "p. rameno", "pravý deltoid"], None: [""]}[site]
            route_disp = {"IM": ["i.m.", "im", "I.M.", "intramuskulárne"], "SC": ["s.c.", "sc", "S.C.", "subkutánne"],
                          "PO": ["p.o.", "perorálne", "ústami"]}[route]
            if boost:
                dose_disp = rng.choice(["posilňovacia", "preočkovanie", "booster", "posilň. dávka"])
            else:
                dose_disp = rng.choice({1: ["1. dávka", "1.", "I.", "prvá"], 2: ["2. dávka", "2.", "II.", "druhá"],
                                        3: ["3. dávka", "3.", "III.", "tretia"]}[dn])
            prod_disp = pick(rng, [(prod, 6), (prod.upper(), 2), (prod.lower(), 1), (prod.replace(" ", ""), 1)])
            lot = rng.choice(string.ascii_uppercase) + gc.digits(rng, 2) + "".join(
                rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + gc.digits(rng, 3)
            lot_disp = pick(rng, [(lot, 6), (lot.lower(), 2), (f"č.š. {lot}", 1), (f"šarža: {lot}", 1)])
            ex_m = vdate.year * 12 + vdate.month - 1 + rng.randint(4, 30)
            ey, em = divmod(ex_m, 12)
            em += 1
            ex_disp = pick(rng, [(f"{em:02d}/{ey}", 4), (f"{em}/{ey}", 2), (f"{ey}-{em:02d}", 2), (f"{em:02d}.{ey}", 2)])
            vol_disp = {"0.50": ["0,5 ml", "0.5 ml", "0,5ml", "0,50 ml"], "1.50": ["1,5 ml", "1.5 ml", "1,5ml"],
                        "0.25": ["0,25 ml", "0.25 ml", "0,25ml"]}[vol]
            prog_disp = {"NATIONAL": ["povinné", "P", "pravidelné povinné"],
                         "OPTIONAL": ["nepovinné", "odporúčané", "N", "dobrovoľné"]}[prog]
            r = rng.random()
            if r < 0.80:
                reac_disp, reac = rng.choice(["bez reakcie", "nie", "žiadna", "bez reakcie"]), False
            elif r < 0.92:
                reac_disp, reac = rng.choice(SK_REACTIONS), True
            else:
                reac_disp, reac = "", None
            dfirst, dlast, dsuf = doctor
            doc_disp = pick(rng, [(f"MUDr. {dfirst} {dlast}{dsuf}", 5), (f"MUDr.{dfirst} {dlast}", 1),
                                  (f"{dfirst} {dlast}", 1)])
            entered = dt.datetime.combine(vdate, dt.time(rng.randint(7, 15), rng.randint(0, 59), rng.randint(0, 59)))
            s = {
                "P.č.": str(counter[0]), "Dátum očkovania": vd_disp, "Priezvisko a meno": nm, "Rodné číslo": rc_disp,
                "Poisťovňa": rng.choice(ins_disp), "Očkovacia látka": prod_disp, "Šarža": lot_disp,
                "Exspirácia": ex_disp, "Dávka": dose_disp, "Spôsob podania": rng.choice(route_disp),
                "Miesto podania": rng.choice(site_disp), "Objem": rng.choice(vol_disp),
                "Typ očkovania": rng.choice(prog_disp), "Lekár": doc_disp, "Telefón zák. zástupcu": phone_disp,
                "Reakcia": reac_disp, "Zapísal(a)": rng.choice(SK_NURSES),
                "Dátum zápisu": entered.strftime("%d.%m.%Y %H:%M:%S"),
                "Poznámka": rng.choice(SK_NOTES) if rng.random() < 0.25 else "",
            }
            t = {
                "patient_national_id": rc.replace("/", ""), "vaccination_date": vdate.isoformat(),
                "vaccine_product": prod, "patient_last_name": last, "patient_first_name": first,
                "patient_birth_date": birth.isoformat(), "patient_sex": sex, "insurer_code": ins,
                "vaccine_group": group, "lot_number": lot, "lot_expiry": f"{ey}-{em:02d}", "dose_number": dn,
                "is_booster": boost, "route_code": route, "site_code": site, "dose_volume_ml": vol,
                "performer_name": f"{dfirst} {dlast}", "guardian_mobile": phone_e164, "adverse_reaction": reac,
                "programme_type": prog,
            }
            rows.append((s, t))
        return rows

    def row(rng, i):
        if i >= p.n and i - 1000 == p.n:
            queue.clear()
        while not queue:
            queue.extend(visit(rng))
        return queue.pop(0)

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
# 2. EDIFACT CODECO (container gate moves) flattened by segment/qualifier (seed 14142)
# ---------------------------------------------------------------------------------------------
def iso6346_check(s10: str) -> int:
    vals, v = {}, 10
    for ch in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    total = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s10))
    return total % 11  # 10 -> not used (ambiguous), caller re-draws


# size-type -> (length ft, height class, group, tare kg range)
SIZETYPES = {
    "22G1": (20, "STANDARD", "GENERAL", (2150, 2330)), "25G1": (20, "HIGH_CUBE", "GENERAL", (2300, 2450)),
    "42G1": (40, "STANDARD", "GENERAL", (3630, 3800)), "45G1": (40, "HIGH_CUBE", "GENERAL", (3800, 3980)),
    "L5G1": (45, "HIGH_CUBE", "GENERAL", (4650, 4900)), "22R1": (20, "STANDARD", "REEFER", (2950, 3150)),
    "45R1": (40, "HIGH_CUBE", "REEFER", (4400, 4700)), "22U1": (20, "STANDARD", "OPEN_TOP", (2250, 2400)),
    "42U1": (40, "STANDARD", "OPEN_TOP", (3750, 3950)), "22T6": (20, "STANDARD", "TANK", (3500, 3900)),
    "42P3": (40, "STANDARD", "FLAT_RACK", (4900, 5400)),
}
ST_WEIGHTS = [("22G1", 20), ("25G1", 3), ("42G1", 10), ("45G1", 30), ("L5G1", 3), ("22R1", 4), ("45R1", 10),
              ("22U1", 3), ("42U1", 2), ("22T6", 4), ("42P3", 2)]
OPERATORS = {"MAEU": ["MSKU", "MRKU", "MAEU"], "MSCU": ["MSCU", "MEDU", "TGHU"], "CMDU": ["CMAU", "ECMU"],
             "HLCU": ["HLXU", "HLBU"], "ONEY": ["ONEU", "TCLU"], "EGLV": ["EGHU", "EISU"], "COSU": ["CSNU", "CBHU"],
             "OOLU": ["OOLU", "OOCU"]}
FOREIGN_LOCODES = ["CNSHA", "CNNGB", "SGSIN", "USNYC", "BRSSZ", "ZADUR", "AEJEA", "INNSA", "KRPUS", "MYPKG", "USSAV",
                   "CAMTR", "MXZLO", "TRMER", "EGPSD", "CLSAI", "VNSGN", "HKHKG"]
DG = [("3", "1203"), ("8", "1830"), ("2.1", "1075"), ("9", "3480"), ("3", "1993"), ("8", "1789"), ("8", "2794"),
      ("9", "3082"), ("3", "1263")]
NL_CONS = "BDFGHJKLNPRSTVXZ"


def nl_truck(rng) -> str:
    L = lambda k: "".join(rng.choice(NL_CONS) for _ in range(k))
    Dg = lambda k: gc.digits(rng, k)
    return rng.choice([f"{L(2)}-{Dg(3)}-{L(1)}", f"{Dg(1)}-{L(3)}-{Dg(2)}", f"{L(2)}-{L(2)}-{Dg(2)}",
                       f"{Dg(2)}-{L(3)}-{Dg(1)}", f"{Dg(1)}-{L(3)}-{Dg(3)}", f"{rng.choice(['DU', 'KR', 'HH', 'NE'])}-{L(2)} {Dg(4)}"])


def build_codeco(seed: int) -> Pair:
    p = Pair(SPLIT, "codeco_edifact_to_gate_move",
             "UN/EDIFACT CODECO container gate reports flattened one container per row, headers are segment tags, "
             "qualifiers and data-element numbers (EQD+CN, DTM+7, MEA+AAE+G, TMP+2, SEL.9303, TDT+1.8067 ...) -> "
             "terminal gate-move table; ISO 6346 numbers and size-type codes, EDIFACT date format codes, KGM/LBR, "
             "CEL/FAH, code lists",
             "gate_move", 220, seed)
    rng = p.rng
    S = ["UNB.0020", "UNH.0062", "BGM.1004", "EQD+CN", "EQD+CN.8155", "EQD+CN.8169", "DTM+7", "LOC+9", "LOC+11",
         "MEA+AAE+G", "MEA+AAE+T", "TMP+2", "SEL", "SEL.9303", "TDT+1.8213", "TDT+1.8067", "NAD+CF", "RFF+BN",
         "DGS+IMD", "DGS+IMD.7124", "FTX+AAI"]
    p.src_cols = S
    p.tgt_cols = [
        C("container_no", "string", "id.record_id", key=True, nullable=False, regex=r"^[A-Z]{4}\d{7}$",
          description="ISO 6346 container number, 11 characters, upper case, no spaces"),
        C("gate_time", "datetime", "datetime.timestamp", key=True, nullable=False,
          description="actual gate passage, terminal local time as reported"),
        C("owner_code", "string", "text.category", regex=r"^[A-Z]{3}[UJZ]$",
          description="owner code + equipment category letter (first 4 characters)"),
        C("iso_size_type", "string", "text.category", regex=r"^[0-9L][0-9][A-Z][0-9]$",
          description="ISO 6346 size-type code"),
        C("length_ft", "int", "qty.length", description="nominal length in feet (20, 40, 45)"),
        C("height_class", "string", "text.category", allowed_values=["HIGH_CUBE", "STANDARD"],
          description="STANDARD = 8'6\", HIGH_CUBE = 9'6\""),
        C("equipment_group", "string", "text.category",
          allowed_values=["FLAT_RACK", "GENERAL", "OPEN_TOP", "REEFER", "TANK"]),
        C("is_full", "bool", "flag.boolean", nullable=False),
        C("pol_locode", "string", "text.category", regex=r"^[A-Z]{5}$", description="port of loading, UN/LOCODE"),
        C("pod_locode", "string", "text.category", regex=r"^[A-Z]{5}$", description="port of discharge, UN/LOCODE"),
        C("gross_weight_kg", "decimal", "qty.mass", description="kg, 1 decimal (lb × 0.45359237)"),
        C("tare_weight_kg", "decimal", "qty.mass", description="kg, 1 decimal"),
        C("cargo_weight_kg", "decimal", "qty.mass", description="gross_weight_kg − tare_weight_kg, 1 decimal"),
        C("set_temp_c", "decimal", "qty.temperature", description="reefer set point in °C, 1 decimal"),
        C("seal_number", "string", "id.record_id", description="upper case, without spaces or dashes"),
        C("seal_party", "string", "text.category", allowed_values=["CARRIER", "CUSTOMS", "SHIPPER"]),
        C("conveyance_id", "string", "id.record_id",
          description="truck plate (upper case, no spaces/dashes), train number or 8-digit ENI barge number"),
        C("transport_mode", "string", "text.category", allowed_values=["BARGE", "RAIL", "ROAD"]),
        C("operator_code", "string", "text.category", regex=r"^[A-Z]{4}$", description="container operator SCAC"),
        C("booking_ref", "string", "id.order_number"),
        C("dg_class", "string", "text.category", description="IMDG class"),
        C("un_number", "int", "id.record_id", description="UN number of the dangerous goods"),
        C("terminal_code", "string", "text.category"),
        C("damage_code", "string", "text.category"),
        C("customs_status", "string", "status.record_status"),
    ]
    p.key_src = ["EQD+CN", "DTM+7"]
    p.key_tgt = ["container_no", "gate_time"]
    for c, s, k in [
        ("container_no", "EQD+CN", "reformat"), ("gate_time", "DTM+7", "date_format"),
        ("owner_code", "EQD+CN", "decompose"), ("iso_size_type", "EQD+CN.8155", "atomic"),
        ("length_ft", "EQD+CN.8155", "decompose"), ("height_class", "EQD+CN.8155", "decompose"),
        ("equipment_group", "EQD+CN.8155", "value_map"), ("is_full", "EQD+CN.8169", "value_map"),
        ("pol_locode", "LOC+9", "reformat"), ("pod_locode", "LOC+11", "reformat"),
        ("gross_weight_kg", "MEA+AAE+G", "unit"), ("tare_weight_kg", "MEA+AAE+T", "type_cast"),
        ("cargo_weight_kg", ["MEA+AAE+G", "MEA+AAE+T"], "compose"), ("set_temp_c", "TMP+2", "unit"),
        ("seal_number", "SEL", "reformat"), ("seal_party", "SEL.9303", "value_map"),
        ("conveyance_id", "TDT+1.8213", "reformat"), ("transport_mode", "TDT+1.8067", "value_map"),
        ("operator_code", "NAD+CF", "reformat"), ("booking_ref", "RFF+BN", "atomic"),
        ("dg_class", "DGS+IMD", "atomic"), ("un_number", "DGS+IMD.7124", "type_cast"),
    ]:
        p.m(c, s, k)
    for c in ["terminal_code", "damage_code", "customs_status"]:
        p.m(c, [], "unmapped")

    seen: set = set()
    msg = [100]

    def row(rng, i):
        while True:
            op = rng.choice(list(OPERATORS))
            prefix = rng.choice(OPERATORS[op])
            while True:
                ser = gc.digits(rng, 6)
                cd = iso6346_check(prefix + ser)
                if cd != 10:
                    break
            cno = f"{prefix}{ser}{cd}"
            gt = dt.datetime(2024, 3, 4, 0, 0) + dt.timedelta(minutes=rng.randrange(14 * 24 * 60))
            if rng.random() < 0.15:
                gt = gt.replace(second=rng.randint(0, 59))
            if (cno, gt) not in seen:
                seen.add((cno, gt))
                break
        st = pick(rng, ST_WEIGHTS)
        length, height, group, (tmin, tmax) = SIZETYPES[st]
        kind = pick(rng, [("EXPORT", 45), ("IMPORT", 35), ("EMPTY", 20)])
        full = kind != "EMPTY"
        tare = rng.randrange(tmin, tmax + 1, 10)
        if full:
            maxc = 21000 if length == 20 else 26500
            cargo = rng.randrange(1500, maxc, 10) if group != "FLAT_RACK" else rng.randrange(4000, 30000, 10)
        else:
            cargo = 0
        gross = tare + cargo
        use_lb = full and rng.random() < 0.12
        if use_lb:
            lb = int(rhu(D(gross) / D("0.45359237"), 0))
            g_disp = f"LBR:{lb}"
            g_kg = rhu(D(lb) * D("0.45359237"), 1)
        else:
            g_disp = pick(rng, [(f"KGM:{gross}", 8), (f"KGM:{gross}.0", 1), (f"KGM:{gross:08d}", 1)])
            g_kg = rhu(gross, 1)
        t_disp = pick(rng, [(f"KGM:{tare}", 9), (f"KGM:{tare:06d}", 1)])
        t_kg = rhu(tare, 1)
        cargo_kg = g_kg - t_kg
        # equipment status
        fe_disp = pick(rng, [("5" if full else "4", 9), ("F" if full else "E", 1)])
        # date/time composite
        fmt = pick(rng, [("203", 50), ("201", 20), ("204", 20), ("bare", 10)])
        if fmt == "203":
            dtm = gt.strftime("%Y%m%d%H%M") + ":203"
            gt_exp = gt.replace(second=0)
        elif fmt == "201":
            dtm = gt.strftime("%y%m%d%H%M") + ":201"
            gt_exp = gt.replace(second=0)
        elif fmt == "204":
            dtm = gt.strftime("%Y%m%d%H%M%S") + ":204"
            gt_exp = gt
        else:
            dtm = gt.strftime("%Y%m%d%H%M")
            gt_exp = gt.replace(second=0)
        # de-duplicate after the seconds were dropped
        key = (cno, gt_exp)
        if key in seen and gt_exp != gt:
            dtm = gt.strftime("%Y%m%d%H%M%S") + ":204"
            gt_exp = gt
        seen.add((cno, gt_exp))

        def loc_disp(code):
            return pick(rng, [(code, 5), (f"{code}:139:6", 3), (f"{code[:2]} {code[2:]}", 1), (code.lower(), 1)])

        pol = pod = None
        if kind == "EXPORT":
            pol, pod = "NLRTM", rng.choice(FOREIGN_LOCODES)
        elif kind == "IMPORT":
            pol, pod = rng.choice(FOREIGN_LOCODES), "NLRTM"
        temp_disp, temp_c = "", None
        if group == "REEFER" and full:
            c = rng.choice([D("-18"), D("-20"), D("-25"), D("-23"), D("2"), D("4"), D("0.5"), D("13"), D("-1"), D("6")])
            if rng.random() < 0.15:
                f = c * 9 / 5 + 32
                temp_disp = f"{f:.1f}:FAH"
                temp_c = rhu((D(f"{f:.1f}") - 32) * 5 / 9, 1)
            else:
                sign = "-" if c < 0 else rng.choice(["", "+"])
                temp_disp = pick(rng, [(f"{sign}{abs(c):.1f}:CEL", 6), (f"{sign}{abs(c)}:CEL", 2),
                                       (f"{sign}{abs(c):04.1f}:CEL", 2)])
                temp_c = rhu(c, 1)
        seal_disp = seal = party_disp = party = ""
        seal = party = None
        if full:
            sl = "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + gc.digits(rng, 7)
            seal = sl
            seal_disp = pick(rng, [(sl, 6), (f"{sl[:2]}-{sl[2:]}", 2), (f"{sl[:2].lower()} {sl[2:]}", 1),
                                   (f"{sl[:2]} {sl[2:5]} {sl[5:]}", 1)])
            party = pick(rng, [("CARRIER", 6), ("SHIPPER", 3), ("CUSTOMS", 1)])
            party_disp = {"CARRIER": "CA", "SHIPPER": "SH", "CUSTOMS": "CU"}[party]
        mode = pick(rng, [("ROAD", 75), ("RAIL", 15), ("BARGE", 10)])
        if mode == "ROAD":
            plate = nl_truck(rng)
            conv = plate.replace("-", "").replace(" ", "").upper()
            conv_disp = pick(rng, [(plate, 6), (plate.replace("-", "").replace(" ", ""), 2), (plate.lower(), 2)])
            mode_disp = "3"
        elif mode == "RAIL":
            conv = str(rng.randint(40000, 59999))
            conv_disp = conv
            mode_disp = "2"
        else:
            conv = f"0{rng.randint(2000000, 3999999)}"
            conv_disp = pick(rng, [(conv, 6), (f"ENI {conv}", 3), (f"ENI{conv}", 1)])
            mode_disp = "8"
        nad = pick(rng, [(f"{op}:160:ZZZ", 5), (op, 3), (f"{op}:160:166", 1), (f"{op.lower()}:160:ZZZ", 1)])
        booking = ""
        booking_t = None
        if kind == "EXPORT":
            booking_t = pick(rng, [(gc.digits(rng, 9), 5), (f"{rng.choice(string.ascii_uppercase)}{gc.digits(rng, 8)}", 3),
                                   (f"{op[:3]}{gc.digits(rng, 7)}", 2)])
            booking = booking_t
        dgc = dgu = ""
        dg_class = un = None
        if full and group in ("GENERAL", "TANK") and rng.random() < (0.5 if group == "TANK" else 0.07):
            dg_class, un_s = rng.choice(DG)
            un = int(un_s)
            dgc = dg_class
            dgu = pick(rng, [(un_s, 5), (f"UN{un_s}", 3), (f"UN {un_s}", 2)])
        msg[0] += rng.randint(1, 3)
        s = {
            "UNB.0020": f"{rng.randint(10**9, 10**10 - 1)}", "UNH.0062": f"{msg[0]:06d}",
            "BGM.1004": f"RTM{gt.strftime('%y%m%d')}{rng.randint(1, 999):03d}",
            "EQD+CN": pick(rng, [(cno, 6), (f"{cno[:4]} {cno[4:10]} {cno[10]}", 1), (cno.lower(), 1),
                                 (f"{cno[:4]}-{cno[4:10]}-{cno[10]}", 1), (f"{cno[:4]} {cno[4:10]}-{cno[10]}", 1)]),
            "EQD+CN.8155": st, "EQD+CN.8169": fe_disp, "DTM+7": dtm,
            "LOC+9": loc_disp(pol) if pol else "", "LOC+11": loc_disp(pod) if pod else "",
            "MEA+AAE+G": g_disp, "MEA+AAE+T": t_disp, "TMP+2": temp_disp, "SEL": seal_disp, "SEL.9303": party_disp,
            "TDT+1.8213": conv_disp, "TDT+1.8067": mode_disp, "NAD+CF": nad, "RFF+BN": booking,
            "DGS+IMD": dgc, "DGS+IMD.7124": dgu,
            "FTX+AAI": rng.choice(["", "", "", "", "DOOR SEAL CHECKED", "PTI OK", "OOG NO", "TRUCKER WAITED 45MIN",
                                   "RE-ISSUE"]),
        }
        t = {
            "container_no": cno, "gate_time": gt_exp.strftime("%Y-%m-%dT%H:%M:%S"), "owner_code": cno[:4],
            "iso_size_type": st, "length_ft": length, "height_class": height, "equipment_group": group,
            "is_full": full, "pol_locode": pol, "pod_locode": pod, "gross_weight_kg": f"{g_kg:.1f}",
            "tare_weight_kg": f"{t_kg:.1f}", "cargo_weight_kg": f"{cargo_kg:.1f}",
            "set_temp_c": f"{temp_c:.1f}" if temp_c is not None else None, "seal_number": seal, "seal_party": party,
            "conveyance_id": conv, "transport_mode": mode, "operator_code": op, "booking_ref": booking_t,
            "dg_class": dg_class, "un_number": un,
        }
        return s, t

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
# 3. Croatian fixed-asset register -> wide fixed-asset master (seed 14143)
# ---------------------------------------------------------------------------------------------
HRK_PER_EUR = D("7.53450")
HR_MONTH_GEN = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
                "listopada", "studenoga", "prosinca"]
HR_M = ["Ivan", "Marko", "Luka", "Josip", "Tomislav", "Ante", "Stjepan", "Dario", "Krešimir", "Zvonimir", "Goran"]
HR_F = ["Ana", "Ivana", "Marija", "Petra", "Maja", "Martina", "Katarina", "Lucija", "Nikolina", "Snježana", "Đurđica"]
HR_SUR = ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković", "Marković",
          "Petrović", "Matić", "Tomić", "Pavlović", "Božić", "Blažević", "Grgić", "Perić", "Šarić", "Radić"]
# class -> (tax rate %, gl account, cost range EUR, names, source spellings, supplier indexes, can accelerate)
HR_CLASSES = {
    "IT": (50, "0223", (400, 8000), ["Laptop Lenovo ThinkPad T14", "Server Dell PowerEdge R650", "Monitor Dell 27\"",
                                    "Mrežni preklopnik Cisco C9200", "Pisač HP LaserJet M507", "Stolno računalo HP Elite"],
           ["Računalna oprema", "Rač. oprema", "IT oprema", "računala"], [0], False),
    "FURNITURE": (25, "0225", (150, 3000), ["Uredski stol 160x80", "Radna stolica ergonomska", "Ormar za spise",
                                           "Konferencijski stol", "Recepcijski pult"],
                  ["Uredski namještaj", "Namještaj", "Uredski namj."], [2], True),
    "VEHICLE": (20, "0231", (15000, 45000), ["Škoda Octavia 2.0 TDI", "VW Golf 1.5 TSI", "Renault Kangoo Van",
                                            "Toyota Corolla Hybrid", "Dacia Duster 1.5 dCi"],
                ["Osobni automobili", "Vozila", "Osobna vozila", "Os. automobili"], [1, 8], True),
    "BUILDING": (5, "0212", (150000, 900000), ["Poslovni prostor Ilica 12", "Skladišna hala Sesvete",
                                              "Poslovni prostor Split, Domovinskog rata 8"],
                 ["Građevinski objekti", "Zgrade", "Građ. objekti"], [5], False),
    "MACHINERY": (25, "0221", (2000, 40000), ["Viličar Linde H25", "Kompresor Atlas Copco GA11",
                                             "Stroj za čišćenje podova", "Paletni regal (sustav)"],
                  ["Strojevi i oprema", "Postrojenja i oprema", "Strojevi"], [6, 3], True),
    "TELECOM": (25, "0224", (150, 6000), ["Mobitel Samsung Galaxy S23", "IP telefon Yealink T54W",
                                         "Videokonferencijski sustav", "Telefonska centrala"],
                ["Telekomunikacijska oprema", "Mobilni uređaji", "Telekom. oprema"], [4], True),
    "SOFTWARE": (50, "0124", (100, 20000), ["Licenca MS Office 2021", "ERP licenca – modul Financije",
                                           "Antivirusna licenca (3 god.)", "CAD licenca"],
                 ["Software", "Softver", "Licence za softver"], [7, 0], False),
}
HR_SUPPLIERS = [("Informatika Horvat", "d.o.o."), ("Auto Kovačević", "d.o.o."), ("Uredska oprema Babić", "j.d.o.o."),
                ("Elektro-Servis Novak", "obrt"), ("Telekom Adriatic", "d.d."), ("Građevinar Jurić", "d.o.o."),
                ("Strojarstvo Marić", "d.o.o."), ("Softverske usluge Knežević", "j.d.o.o."), ("Adriatic Motors", "d.d.")]
HR_CC = {"110": "Uprava", "210": "Prodaja", "310": "Skladište", "410": "Informatika", "510": "Proizvodnja"}
HR_LOC = {"ZG-HQ": ["Sjedište Zagreb", "ZG - sjedište", "Zagreb, Ilica 12"],
          "ZG-WH": ["Skladište Sesvete", "ZG skladište", "Sesvete"],
          "ST-01": ["Poslovnica Split", "Split", "ST"], "RI-01": ["Poslovnica Rijeka", "Rijeka", "RI"],
          "OS-01": ["Poslovnica Osijek", "Osijek", "OS"]}
HR_STATUS = {"ACTIVE": ["aktivno", "u upotrebi", "Aktivna"], "IN_REPAIR": ["na popravku", "servis"],
             "RETIRED": ["rashodovano", "rashod"], "SOLD": ["prodano", "otuđeno"]}


def hr_oib(rng, lead_zero: bool = False) -> str:
    d = [0 if lead_zero else rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
    product = 10
    for v in d:
        total = (v + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return "".join(map(str, d)) + str(check)


def hr_amount(rng, x: Decimal, cur: str) -> str:
    s = mc.eu(x, 2, ".")
    s2 = mc.eu(x, 2, "")
    if cur == "HRK":
        return pick(rng, [(f"{s} kn", 5), (f"{s2} HRK", 2), (f"kn {s}", 1), (f"{s}kn", 1)])
    return pick(rng, [(f"{s} €", 5), (f"{s2} EUR", 2), (f"€ {s}", 1), (f"{s2} €", 1)])


def hr_date(rng, d: dt.date) -> str:
    return pick(rng, [(f"{d.day:02d}.{d.month:02d}.{d.year}.", 5), (f"{d.day}.{d.month}.{d.year}.", 2),
                      (f"{d.day}. {HR_MONTH_GEN[d.month - 1]} {d.year}.", 1), (d.isoformat(), 1),
                      (f"{d.day:02d}/{d.month:02d}/{d.year}", 1)])


def hr_years(rng, months: int) -> str:
    if months % 12 == 0:
        y = months // 12
        word = "godina" if y >= 5 or y == 0 else ("godine" if y >= 2 else "godina")
        return pick(rng, [(f"{y} god.", 4), (f"{y} {word}", 2), (f"{months} mj.", 2), (f"{months} mjeseci", 1)])
    y = D(months) / 12
    return pick(rng, [(f"{mc.eu(y, 1, '')} god.", 2), (f"{months} mj.", 3), (f"{months} mjeseci", 1)])


def build_hr(seed: int) -> Pair:
    p = Pair(SPLIT, "imovina_hr_to_fixed_asset_wide",
             "Croatian fixed-asset register exported from an old accounting package after the euro changeover "
             "(amounts of pre-2023 assets still in kuna, fixed rate 7.53450) -> wide fixed-asset master; "
             "40 of 62 target columns have no source",
             "fixed_asset", 140, seed)
    rng = p.rng
    S = ["Rb.", "Inventarni broj", "Naziv sredstva", "Skupina", "Konto", "Datum nabave", "Datum stavljanja u upotrebu",
         "Nabavna vrijednost", "Ispravak vrijednosti", "Stopa amortizacije", "Vijek trajanja", "Metoda",
         "Mjesto troška", "Lokacija", "Dobavljač", "OIB dobavljača", "Broj računa", "Serijski broj", "Količina",
         "Odgovorna osoba", "Status", "Napomena", "Unio", "Zadnja izmjena"]
    p.src_cols = S
    mapped = [
        C("asset_number", "int", "id.record_id", key=True, nullable=False, description="inventory number as integer"),
        C("asset_name", "string", "text.product_name", nullable=False),
        C("asset_class", "string", "text.category", nullable=False,
          allowed_values=["BUILDING", "FURNITURE", "IT", "MACHINERY", "SOFTWARE", "TELECOM", "VEHICLE"]),
        C("gl_account", "string", "text.category", description="asset account of the chart of accounts"),
        C("acquisition_date", "date", "datetime.date"),
        C("in_service_date", "date", "datetime.date", description="date put into use; depreciation starts after"),
        C("acquisition_cost_eur", "decimal", "money.amount",
          description="EUR, 2 decimals; kuna amounts converted at the fixed rate 7.53450 HRK/EUR, rounded half-up"),
        C("accumulated_depreciation_eur", "decimal", "money.amount",
          description="EUR, 2 decimals; kuna converted at 7.53450, as of 2024-06-30"),
        C("net_book_value_eur", "decimal", "money.amount",
          description="acquisition_cost_eur − accumulated_depreciation_eur, 2 decimals"),
        C("depreciation_rate", "decimal", "qty.percentage", description="annual rate as a fraction, 4 decimals"),
        C("useful_life_months", "int", "qty.duration"),
        C("depreciation_method", "string", "text.category", allowed_values=["ACCELERATED", "STRAIGHT_LINE"],
          description="ACCELERATED = doubled straight-line rate"),
        C("cost_center", "string", "org.cost_center", regex=r"^\d{3}$"),
        C("location_code", "string", "text.category", allowed_values=sorted(HR_LOC)),
        C("supplier_name", "string", "org.company_name", description="company name without the legal form"),
        C("supplier_legal_form", "string", "org.legal_form", allowed_values=["d.d.", "d.o.o.", "j.d.o.o.", "obrt"]),
        C("supplier_oib", "string", "id.vat_number", regex=r"^\d{11}$", description="OIB, 11 digits, no HR prefix"),
        C("supplier_invoice_no", "string", "id.invoice_number"),
        C("serial_number", "string", "id.record_id"),
        C("quantity", "int", "qty.count"),
        C("custodian_name", "string", "person.full_name"),
        C("status", "string", "status.record_status", allowed_values=["ACTIVE", "IN_REPAIR", "RETIRED", "SOLD"]),
    ]
    unmapped = [
        C("company_code", "string", "text.category"), C("asset_subnumber", "int", "qty.count"),
        C("parent_asset_number", "int", "id.record_id"), C("asset_uuid", "string", "id.uuid"),
        C("barcode_tag", "string", "id.ean"), C("manufacturer", "string", "org.company_name"),
        C("model", "string", "text.product_name"), C("warranty_end_date", "date", "datetime.date"),
        C("insurance_policy_no", "string", "id.record_id"), C("insured_value_eur", "decimal", "money.amount"),
        C("revaluation_reserve_eur", "decimal", "money.amount"), C("impairment_eur", "decimal", "money.amount"),
        C("salvage_value_eur", "decimal", "money.amount"), C("disposal_date", "date", "datetime.date"),
        C("disposal_proceeds_eur", "decimal", "money.amount"), C("disposal_reason", "string", "text.description"),
        C("last_inventory_date", "date", "datetime.date"), C("is_leased", "bool", "flag.boolean"),
        C("lease_contract_no", "string", "id.record_id"), C("grant_funded", "bool", "flag.boolean"),
        C("grant_reference", "string", "id.record_id"), C("ifrs_category", "string", "text.category"),
        C("project_code", "string", "text.category"), C("building_floor", "string", "text.category"),
        C("room_number", "string", "text.category"), C("gps_latitude", "decimal", "geo.latitude"),
        C("gps_longitude", "decimal", "geo.longitude"), C("vehicle_plate", "string", "id.license_plate"),
        C("fuel_type", "string", "text.category"), C("ifrs_useful_life_months", "int", "qty.duration"),
        C("deferred_tax_eur", "decimal", "money.tax_amount"), C("purchase_order_no", "string", "id.order_number"),
        C("capex_approval_no", "string", "id.record_id"), C("environmental_class", "string", "text.category"),
        C("energy_label", "string", "text.category"), C("maintenance_contract_no", "string", "id.record_id"),
        C("next_service_date", "date", "datetime.date"), C("photo_url", "string", "web.url"),
        C("created_at", "datetime", "datetime.created_at"), C("is_deleted", "bool", "flag.is_deleted"),
    ]
    p.tgt_cols = shuffle_wide(rng, mapped, unmapped, head=2)
    p.key_src = ["Inventarni broj"]
    p.key_tgt = ["asset_number"]
    for c, s, k in [
        ("asset_number", "Inventarni broj", "type_cast"), ("asset_name", "Naziv sredstva", "atomic"),
        ("asset_class", "Skupina", "value_map"), ("gl_account", "Konto", "atomic"),
        ("acquisition_date", "Datum nabave", "date_format"),
        ("in_service_date", "Datum stavljanja u upotrebu", "date_format"),
        ("acquisition_cost_eur", "Nabavna vrijednost", "unit"),
        ("accumulated_depreciation_eur", "Ispravak vrijednosti", "unit"),
        ("net_book_value_eur", ["Nabavna vrijednost", "Ispravak vrijednosti"], "compose"),
        ("depreciation_rate", "Stopa amortizacije", "reformat"), ("useful_life_months", "Vijek trajanja", "unit"),
        ("depreciation_method", "Metoda", "value_map"), ("cost_center", "Mjesto troška", "reformat"),
        ("location_code", "Lokacija", "value_map"), ("supplier_name", "Dobavljač", "decompose"),
        ("supplier_legal_form", "Dobavljač", "decompose"), ("supplier_oib", "OIB dobavljača", "reformat"),
        ("supplier_invoice_no", "Broj računa", "atomic"), ("serial_number", "Serijski broj", "atomic"),
        ("quantity", "Količina", "type_cast"), ("custodian_name", "Odgovorna osoba", "atomic"),
        ("status", "Status", "value_map"),
    ]:
        p.m(c, s, k)
    for c in unmapped:
        p.m(c["name"], [], "unmapped")

    sup_oib = {}
    for idx, _ in enumerate(HR_SUPPLIERS):
        sup_oib[idx] = hr_oib(rng, lead_zero=(idx in (2, 6)))
    used_inv: set = set()
    report = dt.date(2024, 6, 30)
    inv_seq = [0]

    def row(rng, i):
        while True:
            inv = rng.randint(12, 2400)
            if inv not in used_inv:
                used_inv.add(inv)
                break
        cls = pick(rng, [("IT", 30), ("FURNITURE", 18), ("VEHICLE", 12), ("BUILDING", 4), ("MACHINERY", 12),
                         ("TELECOM", 14), ("SOFTWARE", 10)])
        rate_pct, gl, (cmin, cmax), names, spell, sups, can_acc = HR_CLASSES[cls]
        acc = can_acc and rng.random() < 0.2
        rate = D(rate_pct * (2 if acc else 1)) / 100
        life = int(rhu(D(12) / rate, 0))
        acq = gc.rand_date(rng, dt.date(2013, 1, 1), dt.date(2024, 5, 31))
        ins = acq + dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 7, 14, 30]))
        if ins > dt.date(2024, 6, 15):
            ins = acq
        cost_true = D(rng.randint(cmin * 100, cmax * 100)) / 100
        qty = 1
        if cls == "FURNITURE" and rng.random() < 0.25:
            qty = rng.choice([2, 4, 6, 10])
        months = max(0, (report.year * 12 + report.month) - (ins.year * 12 + ins.month))
        dep_true = min(cost_true, rhu(cost_true * rate * months / 12, 2))
        cur = "HRK" if acq < dt.date(2023, 1, 1) and rng.random() < 0.7 else "EUR"
        if cur == "HRK":
            cost_kn = rhu(cost_true * HRK_PER_EUR, 2)
            dep_kn = cost_kn if dep_true == cost_true else rhu(dep_true * HRK_PER_EUR, 2)
            cost_eur = rhu(cost_kn / HRK_PER_EUR, 2)
            dep_eur = rhu(dep_kn / HRK_PER_EUR, 2)
            cost_disp, dep_disp = hr_amount(rng, cost_kn, "HRK"), hr_amount(rng, dep_kn, "HRK")
        else:
            cost_eur, dep_eur = cost_true, dep_true
            cost_disp, dep_disp = hr_amount(rng, cost_eur, "EUR"), hr_amount(rng, dep_eur, "EUR")
        nbv = cost_eur - dep_eur
        fully = dep_true == cost_true
        if fully and rng.random() < 0.4:
            status = rng.choice(["RETIRED", "SOLD"])
        else:
            status = pick(rng, [("ACTIVE", 92), ("IN_REPAIR", 5), ("RETIRED", 3)])
        rate_s = f"{rate * 100:.0f}"
        rate_disp = pick(rng, [(f"{rate_s}%", 4), (f"{rate_s},00 %", 3), (mc.eu(rate, 2, ""), 2), (f"{rate_s} %", 1)])
        if acc:
            meth_disp = rng.choice(["ubrzana (dvostruka stopa)", "ubrzana", "2x linearna"])
        else:
            meth_disp = rng.choice(["linearna", "lin.", "L", "linearna metoda"])
        cc = rng.choice(list(HR_CC))
        cc_disp = pick(rng, [(f"MT {cc}", 3), (f"{cc} - {HR_CC[cc]}", 3), (f"MT-{cc}", 2), (cc, 2)])
        aname = rng.choice(names)
        loc = rng.choice(list(HR_LOC))
        if cls == "BUILDING":
            loc = "ZG-WH" if "Sesvete" in aname else ("ST-01" if "Split" in aname else "ZG-HQ")
        si = rng.choice(sups)
        sname, sform = HR_SUPPLIERS[si]
        sup_disp = pick(rng, [(f"{sname} {sform}", 6), (f"{sname}, {sform}", 2),
                              (f"{sname} {sform.replace('.', '')}", 1) if sform != "obrt" else (f"{sname} {sform}", 1),
                              (f"{sname} {sform.upper()}", 1)])
        oib = sup_oib[si]
        oib_disp = pick(rng, [(oib, 6), (f"HR{oib}", 2), (str(int(oib)), 2 if oib[0] == "0" else 0)])
        if oib_disp == "":
            oib_disp = oib
        inv_seq[0] += 1
        inv_no = f"{rng.randint(1, 1800)}/{rng.choice(['POSL1', 'PP1', 'WEB', '1'])}/{rng.randint(1, 3)}"
        if cls in ("BUILDING", "SOFTWARE"):
            serial = None
        elif cls == "VEHICLE":
            serial = rng.choice(["TMB", "WVW", "VF1", "SB1", "UU1"]) + "".join(
                rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
        else:
            serial = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(rng.choice([8, 10, 12])))
        qty_disp = pick(rng, [(f"{qty} kom", 4), (str(qty), 4), (f"{qty} kom.", 2)])
        sex = rng.choice("MF")
        cust = f"{rng.choice(HR_M if sex == 'M' else HR_F)} {rng.choice(HR_SUR)}"
        entered_by = rng.choice(["mkovac", "ivana.h", "RAČUNOVODSTVO", "admin"])
        changed = dt.datetime(2024, rng.randint(1, 6), rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59))
        s = {
            "Rb.": str(i + 1), "Inventarni broj": pick(rng, [(f"INV-{inv:06d}", 4), (f"{inv:06d}", 3), (str(inv), 3)]),
            "Naziv sredstva": aname, "Skupina": rng.choice(spell), "Konto": gl,
            "Datum nabave": hr_date(rng, acq), "Datum stavljanja u upotrebu": hr_date(rng, ins),
            "Nabavna vrijednost": cost_disp, "Ispravak vrijednosti": dep_disp, "Stopa amortizacije": rate_disp,
            "Vijek trajanja": hr_years(rng, life), "Metoda": meth_disp, "Mjesto troška": cc_disp,
            "Lokacija": rng.choice(HR_LOC[loc]), "Dobavljač": sup_disp, "OIB dobavljača": oib_disp,
            "Broj računa": inv_no, "Serijski broj": serial or "", "Količina": qty_disp, "Odgovorna osoba": cust,
            "Status": rng.choice(HR_STATUS[status]),
            "Napomena": rng.choice(["", "", "", "preneseno iz starog sustava", "inventura 2023 – pronađeno",
                                    "iznosi u kunama", "zamjena baterije 2022"]),
            "Unio": entered_by, "Zadnja izmjena": changed.strftime("%d.%m.%Y. %H:%M"),
        }
        t = {
            "asset_number": inv, "asset_name": aname, "asset_class": cls, "gl_account": gl,
            "acquisition_date": acq.isoformat(), "in_service_date": ins.isoformat(),
            "acquisition_cost_eur": f"{cost_eur:.2f}", "accumulated_depreciation_eur": f"{dep_eur:.2f}",
            "net_book_value_eur": f"{nbv:.2f}", "depreciation_rate": f"{rate:.4f}", "useful_life_months": life,
            "depreciation_method": "ACCELERATED" if acc else "STRAIGHT_LINE", "cost_center": cc,
            "location_code": loc, "supplier_name": sname, "supplier_legal_form": sform, "supplier_oib": oib,
            "supplier_invoice_no": inv_no, "serial_number": serial, "quantity": qty, "custodian_name": cust,
            "status": status,
        }
        return s, t

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
# 4. Khmer money-transfer ledger -> remittance (seed 14144)
# ---------------------------------------------------------------------------------------------
KM_FAM = [("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("លី", "Ly"), ("គឹម", "Kim"), ("ជា", "Chea"),
          ("សេង", "Seng"), ("ម៉ៅ", "Mao"), ("ពៅ", "Pov"), ("ឈឹម", "Chhim"), ("ទេព", "Tep"), ("អ៊ុំ", "Um"),
          ("ស៊ុន", "Sun"), ("នួន", "Nuon"), ("ឡាយ", "Lay"), ("កែវ", "Keo"), ("សួន", "Suon"), ("យឹម", "Yim")]
KM_GIV = [("ចាន់ថា", "Chantha"), ("សុភា", "Sophea"), ("ដារ៉ា", "Dara"), ("វិចិត្រ", "Vichet"), ("សុខា", "Sokha"),
          ("ស្រីនិច", "Sreynich"), ("បុប្ផា", "Bopha"), ("រដ្ឋា", "Rotha"), ("ពិសិដ្ឋ", "Piseth"), ("សុផល", "Sophal"),
          ("ធីតា", "Thida"), ("វណ្ណា", "Vanna"), ("សំណាង", "Samnang"), ("ស្រីពៅ", "Sreypov"), ("រតនា", "Ratana"),
          ("មករា", "Makara"), ("សុវណ្ណ", "Sovann"), ("ចិន្តា", "Chenda"), ("ពិសី", "Pisey"), ("វាសនា", "Veasna")]
KM_MONTH = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]
KM_PROV = {
    "Phnom Penh": ["ភ្នំពេញ", "Phnom Penh", "រាជធានីភ្នំពេញ", "PNH"],
    "Siem Reap": ["សៀមរាប", "Siem Reap", "Siemreap", "ខេត្តសៀមរាប"],
    "Battambang": ["បាត់ដំបង", "Battambang", "ខេត្តបាត់ដំបង", "BTB"],
    "Kampong Cham": ["កំពង់ចាម", "Kampong Cham", "Kg. Cham", "Kompong Cham"],
    "Prey Veng": ["ព្រៃវែង", "Prey Veng", "ខេត្តព្រៃវែង"],
    "Takeo": ["តាកែវ", "Takeo", "Takéo"],
    "Banteay Meanchey": ["បន្ទាយមានជ័យ", "Banteay Meanchey", "B. Meanchey"],
    "Svay Rieng": ["ស្វាយរៀង", "Svay Rieng"],
    "Kandal": ["កណ្ដាល", "Kandal", "ខេត្តកណ្ដាល"],
}
KM_COUNTRY = {"TH": ["ថៃ", "Thailand", "TH", "ប្រទេសថៃ"], "KR": ["កូរ៉េ", "Korea", "South Korea", "KOR"],
              "MY": ["ម៉ាឡេស៊ី", "Malaysia", "MY"], "KH": ["កម្ពុជា", "Cambodia", "KH", "ក្នុងស្រុក"]}
KM_STATUS = {"PAID": ["បានបើក", "បានទូទាត់", "Paid", "PAID"], "PENDING": ["កំពុងរង់ចាំ", "Pending", "រង់ចាំ"],
             "CANCELLED": ["បានលុបចោល", "Cancelled", "លុប"], "REFUNDED": ["បានសងវិញ", "Refunded"]}
KM_PURPOSE = {"FAMILY": ["ផ្គត់ផ្គង់គ្រួសារ", "Family support", "គ្រួសារ"],
              "EDUCATION": ["ថ្លៃសិក្សា", "School fees", "Education"],
              "MEDICAL": ["ព្យាបាលជំងឺ", "Medical", "ថ្លៃពេទ្យ"], "HOUSING": ["សាងសង់ផ្ទះ", "Build house"],
              "LOAN_REPAYMENT": ["សងបំណុល", "Loan repayment", "បង់រំលស់"]}


def kh_phone(rng):
    p = rng.choice(["11", "12", "15", "16", "17", "61", "69", "70", "76", "77", "78", "85", "89", "92", "93", "95",
                    "96", "97", "98", "99", "88", "31", "71"])
    sub = gc.digits(rng, 7 if p in ("96", "97", "88", "31", "71") else 6)
    grp = f"{sub[:3]} {sub[3:]}"
    disp = pick(rng, [(f"0{p} {grp}", 4), (f"+855 {p} {grp}", 2), (script_digits(f"0{p} {grp}", KM_DIG), 2),
                      (f"855{p}{sub}", 1), (f"0{p}{sub}", 1)])
    return disp, f"+855{p}{sub}"


def foreign_phone(rng, cc):
    if cc == "TH":
        n = rng.choice("689") + gc.digits(rng, 8)
        return pick(rng, [(f"0{n[:2]}-{n[2:5]}-{n[5:]}", 3), (f"+66 {n[:2]} {n[2:5]} {n[5:]}", 2), (f"0{n}", 1)]), f"+66{n}"
    if cc == "KR":
        n = "10" + gc.digits(rng, 8)
        return pick(rng, [(f"010-{n[2:6]}-{n[6:]}", 3), (f"+82 10-{n[2:6]}-{n[6:]}", 2), (f"0{n}", 1)]), f"+82{n}"
    if cc == "MY":
        n = rng.choice(["12", "13", "16", "17", "19"]) + gc.digits(rng, 7)
        return pick(rng, [(f"0{n[:2]}-{n[2:5]} {n[5:]}", 3), (f"+60 {n[:2]}-{n[2:5]} {n[5:]}", 2), (f"0{n}", 1)]), f"+60{n}"
    return kh_phone(rng)


def km_date(rng, d: dt.date) -> str:
    return pick(rng, [(f"{d.day:02d}/{d.month:02d}/{d.year}", 4),
                      (script_digits(f"{d.day:02d}/{d.month:02d}/{d.year}", KM_DIG), 3),
                      (f"ថ្ងៃទី{script_digits(str(d.day), KM_DIG)} ខែ{KM_MONTH[d.month - 1]} ឆ្នាំ{script_digits(str(d.year), KM_DIG)}", 2),
                      (d.isoformat(), 1), (f"{d.day}-{mc.EN_MON[d.month - 1]}-{d.year}", 1)])


def km_time(rng, h: int, m: int) -> str:
    if h < 12:
        per = "ព្រឹក"
    elif h == 12:
        per = "ថ្ងៃត្រង់"
    elif h < 18:
        per = "រសៀល"
    elif h == 18:
        per = "ល្ងាច"
    else:
        per = "យប់"
    h12 = h if h <= 12 else h - 12
    return pick(rng, [(f"{h:02d}:{m:02d}", 4), (script_digits(f"{h:02d}:{m:02d}", KM_DIG), 2),
                      (f"{h12}:{m:02d} {per}", 2), (script_digits(f"{h12}:{m:02d}", KM_DIG) + f" {per}", 2)])


def km_money(rng, amt: Decimal, cur: str) -> str:
    if cur == "USD":
        a2 = f"{amt:,.2f}"
        whole = f"{amt:.2f}".rstrip("0").rstrip(".") if amt == amt.to_integral_value() else f"{amt:.2f}"
        return pick(rng, [(f"${a2}", 4), (f"{whole} ដុល្លារ", 2), (f"USD {whole}", 2),
                          (script_digits(whole, KM_DIG) + " ដុល្លារ", 2)])
    if cur == "KHR":
        n = int(amt)
        return pick(rng, [(f"{n:,}៛", 4), (script_digits(nbsp_thousands(n), KM_DIG) + " រៀល", 3), (f"{n} KHR", 2),
                          (f"៛{n:,}", 1)])
    n = int(amt)
    return pick(rng, [(f"฿{n:,}", 4), (f"{n:,} បាត", 3), (f"THB {n}", 2)])


def build_km(seed: int) -> Pair:
    p = Pair(SPLIT, "phtaer_prak_km_to_remittance",
             "Khmer-language ledger of a Cambodian money-transfer agent network (domestic and inbound from "
             "Thailand, Korea, Malaysia): Khmer digits and dates, 12-hour times with Khmer day periods, USD/KHR/THB "
             "amounts in symbols or words, provinces and statuses in Khmer or English -> remittance table",
             "remittance", 180, seed)
    rng = p.rng
    S = ["ល.រ", "លេខប្រតិបត្តិការ", "កាលបរិច្ឆេទ", "ម៉ោង", "ឈ្មោះអ្នកផ្ញើ", "លេខទូរស័ព្ទអ្នកផ្ញើ", "ប្រទេសផ្ញើ",
         "ឈ្មោះអ្នកទទួល", "លេខទូរស័ព្ទអ្នកទទួល", "លេខអត្តសញ្ញាណប័ណ្ណ", "ខេត្ត/ក្រុងអ្នកទទួល", "ចំនួនទឹកប្រាក់",
         "ថ្លៃសេវា", "អត្រាប្តូរប្រាក់", "ស្ថានភាព", "ថ្ងៃបើកប្រាក់", "ភ្នាក់ងារ", "គោលបំណង", "លេខកូដដកប្រាក់",
         "អ្នកបញ្ចូល", "កំណត់សម្គាល់"]
    p.src_cols = S
    p.tgt_cols = [
        C("txn_id", "string", "id.record_id", key=True, nullable=False),
        C("sent_at", "datetime", "datetime.timestamp", nullable=False, description="local time (Asia/Phnom_Penh)"),
        C("sender_family_name", "string", "person.last_name", nullable=False,
          description="Cambodian order is family name first; a capitalised family name after the given name "
                      "(Chantha SOK) is the family name; kept in its script, Latin names title-cased"),
        C("sender_given_name", "string", "person.first_name", nullable=False),
        C("sender_phone", "string", "contact.mobile_phone", regex=r"^\+\d{8,15}$", description="E.164"),
        C("sender_country", "string", "iso.country_alpha2", allowed_values=["KH", "KR", "MY", "TH"]),
        C("receiver_name", "string", "person.full_name", nullable=False,
          description="family name first, as written; Khmer kept, Latin title-cased"),
        C("receiver_phone", "string", "contact.mobile_phone", regex=r"^\+855\d{8,9}$", description="E.164"),
        C("receiver_id_number", "string", "id.national_id", regex=r"^\d{9}$",
          description="Cambodian national ID, 9 ASCII digits"),
        C("receiver_province", "string", "address.state_province", allowed_values=sorted(KM_PROV)),
        C("amount", "decimal", "money.amount", nullable=False, description="sent amount, 2 decimals"),
        C("currency", "string", "iso.currency_code", nullable=False, allowed_values=["KHR", "THB", "USD"]),
        C("fee_amount", "decimal", "money.amount", description="fee in the transfer currency, 2 decimals; free = 0.00"),
        C("amount_khr", "int", "money.amount",
          description="amount × exchange rate (KHR per unit), rounded half-up to whole riel; KHR amounts as they are"),
        C("status", "string", "status.record_status", allowed_values=["CANCELLED", "PAID", "PENDING", "REFUNDED"]),
        C("paid_date", "date", "datetime.date"),
        C("agent_id", "int", "id.record_id"),
        C("purpose", "string", "text.category",
          allowed_values=["EDUCATION", "FAMILY", "HOUSING", "LOAN_REPAYMENT", "MEDICAL"]),
        C("sender_email", "string", "contact.email"),
        C("aml_risk_score", "int", "qty.count"),
    ]
    p.key_src = ["លេខប្រតិបត្តិការ"]
    p.key_tgt = ["txn_id"]
    for c, s, k in [
        ("txn_id", "លេខប្រតិបត្តិការ", "atomic"), ("sent_at", ["កាលបរិច្ឆេទ", "ម៉ោង"], "compose"),
        ("sender_family_name", "ឈ្មោះអ្នកផ្ញើ", "decompose"), ("sender_given_name", "ឈ្មោះអ្នកផ្ញើ", "decompose"),
        ("sender_phone", "លេខទូរស័ព្ទអ្នកផ្ញើ", "reformat"), ("sender_country", "ប្រទេសផ្ញើ", "value_map"),
        ("receiver_name", "ឈ្មោះអ្នកទទួល", "reformat"), ("receiver_phone", "លេខទូរស័ព្ទអ្នកទទួល", "reformat"),
        ("receiver_id_number", "លេខអត្តសញ្ញាណប័ណ្ណ", "reformat"),
        ("receiver_province", "ខេត្ត/ក្រុងអ្នកទទួល", "value_map"),
        ("amount", "ចំនួនទឹកប្រាក់", "decompose"), ("currency", "ចំនួនទឹកប្រាក់", "decompose"),
        ("fee_amount", "ថ្លៃសេវា", "type_cast"), ("amount_khr", ["ចំនួនទឹកប្រាក់", "អត្រាប្តូរប្រាក់"], "compose"),
        ("status", "ស្ថានភាព", "value_map"), ("paid_date", "ថ្ងៃបើកប្រាក់", "date_format"),
        ("agent_id", "ភ្នាក់ងារ", "type_cast"), ("purpose", "គោលបំណង", "value_map"),
    ]:
        p.m(c, s, k)
    p.m("sender_email", [], "unmapped")
    p.m("aml_risk_score", [], "unmapped")
    used: set = set()

    def name_forms(rng, fam, giv):
        style = pick(rng, [("km", 6), ("upper", 2), ("given_first", 1), ("title", 1)])
        if style == "km":
            return f"{fam[0]} {giv[0]}", fam[0], giv[0]
        if style == "upper":
            return f"{fam[1].upper()} {giv[1].upper()}", fam[1], giv[1]
        if style == "given_first":
            return f"{giv[1]} {fam[1].upper()}", fam[1], giv[1]
        return f"{fam[1]} {giv[1]}", fam[1], giv[1]

    def row(rng, i):
        d = gc.rand_date(rng, dt.date(2024, 1, 2), dt.date(2024, 5, 31))
        h, mi = rng.randint(7, 20), rng.randint(0, 59)
        while True:
            tx = f"TX{d.strftime('%y%m%d')}{rng.randint(0, 99999):05d}"
            if tx not in used:
                used.add(tx)
                break
        cc = pick(rng, [("KH", 45), ("TH", 30), ("KR", 15), ("MY", 10)])
        if cc == "KH":
            cur = pick(rng, [("USD", 6), ("KHR", 4)])
        elif cc == "TH":
            cur = pick(rng, [("THB", 6), ("USD", 4)])
        else:
            cur = "USD"
        if cur == "USD":
            amt = D(rng.randint(20, 1500)) if rng.random() < 0.8 else D(rng.randint(2000, 90000)) / 100
            fee = D(rng.choice([50, 100, 150, 200, 250, 300, 500])) / 100
            rate = D(rng.randint(4050, 4120))
            rate_disp = pick(rng, [(f"{int(rate):,}", 4), (str(int(rate)), 3),
                                   (script_digits(nbsp_thousands(int(rate)), KM_DIG), 2), (f"{int(rate)} ៛/$", 1)])
        elif cur == "KHR":
            amt = D(rng.randint(40, 4000) * 1000)
            fee = D(rng.choice([2000, 2500, 3000, 4000, 5000, 8000]))
            rate = D(1)
            rate_disp = pick(rng, [("", 6), ("1", 3), ("-", 1)])
        else:
            amt = D(rng.randint(10, 300) * 100)
            fee = D(rng.choice([50, 80, 100, 150]))
            rate = D(rng.randint(11000, 11800)) / 100
            rate_disp = pick(rng, [(f"{rate:.2f}", 5), (f"{rate:.2f}".rstrip("0").rstrip("."), 3),
                                   (script_digits(f"{rate:.2f}", KM_DIG), 2)])
        free = rng.random() < 0.08
        if free:
            fee_disp, fee_t = rng.choice(["ឥតគិតថ្លៃ", "Free", "0"]), D(0)
        else:
            fee_disp, fee_t = km_money(rng, fee, cur), fee
        amount_khr = int(rhu(amt * rate, 0))
        sfam, sgiv = rng.choice(KM_FAM), rng.choice(KM_GIV)
        sdisp, sf, sg = name_forms(rng, sfam, sgiv)
        rfam, rgiv = rng.choice(KM_FAM), rng.choice(KM_GIV)
        rstyle = pick(rng, [("km", 6), ("upper", 3), ("title", 1)])
        if rstyle == "km":
            rdisp = rexp = f"{rfam[0]} {rgiv[0]}"
        elif rstyle == "upper":
            rdisp, rexp = f"{rfam[1].upper()} {rgiv[1].upper()}", f"{rfam[1]} {rgiv[1]}"
        else:
            rdisp = rexp = f"{rfam[1]} {rgiv[1]}"
        sph_disp, sph = foreign_phone(rng, cc)
        if rng.random() < 0.05:
            sph_disp, sph = "", None
        rph_disp, rph = kh_phone(rng)
        rid = f"{rng.choice('01')}{gc.digits(rng, 8)}"
        rid_disp = pick(rng, [(rid, 5), (script_digits(rid, KM_DIG), 2), (str(int(rid)) if rid[0] == "0" else rid, 2),
                              (f"ID {rid}", 1)])
        prov = rng.choice(list(KM_PROV))
        status = pick(rng, [("PAID", 80), ("PENDING", 9), ("CANCELLED", 6), ("REFUNDED", 5)])
        paid = d + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3])) if status == "PAID" else None
        agent = rng.randint(7, 480)
        agent_disp = pick(rng, [(f"AG-{agent:04d}", 4), (f"{agent:04d}", 2),
                                (f"ភ្នាក់ងារ {script_digits(str(agent), KM_DIG)}", 2), (f"Agent #{agent}", 2)])
        purp = pick(rng, [("FAMILY", 50), ("EDUCATION", 15), ("MEDICAL", 10), ("HOUSING", 8), ("LOAN_REPAYMENT", 12),
                          (None, 5)])
        s = {
            "ល.រ": script_digits(str(i + 1), KM_DIG) if rng.random() < 0.5 else str(i + 1),
            "លេខប្រតិបត្តិការ": tx, "កាលបរិច្ឆេទ": km_date(rng, d), "ម៉ោង": km_time(rng, h, mi),
            "ឈ្មោះអ្នកផ្ញើ": sdisp, "លេខទូរស័ព្ទអ្នកផ្ញើ": sph_disp, "ប្រទេសផ្ញើ": rng.choice(KM_COUNTRY[cc]),
            "ឈ្មោះអ្នកទទួល": rdisp, "លេខទូរស័ព្ទអ្នកទទួល": rph_disp, "លេខអត្តសញ្ញាណប័ណ្ណ": rid_disp,
            "ខេត្ត/ក្រុងអ្នកទទួល": rng.choice(KM_PROV[prov]), "ចំនួនទឹកប្រាក់": km_money(rng, amt, cur),
            "ថ្លៃសេវា": fee_disp, "អត្រាប្តូរប្រាក់": rate_disp, "ស្ថានភាព": rng.choice(KM_STATUS[status]),
            "ថ្ងៃបើកប្រាក់": km_date(rng, paid) if paid else "", "ភ្នាក់ងារ": agent_disp,
            "គោលបំណង": rng.choice(KM_PURPOSE[purp]) if purp else "", "លេខកូដដកប្រាក់": gc.digits(rng, 6),
            "អ្នកបញ្ចូល": rng.choice(["dara.teller", "SOPHEA", "bopha_k", "ag_sr01"]),
            "កំណត់សម្គាល់": rng.choice(["", "", "", "អតិថិជនចាស់", "ទូរស័ព្ទមិនចូល", "urgent", "បើកនៅសាខាផ្សេង"]),
        }
        t = {
            "txn_id": tx, "sent_at": dt.datetime(d.year, d.month, d.day, h, mi).strftime("%Y-%m-%dT%H:%M:%S"),
            "sender_family_name": sf, "sender_given_name": sg, "sender_phone": sph, "sender_country": cc,
            "receiver_name": rexp, "receiver_phone": rph, "receiver_id_number": rid, "receiver_province": prov,
            "amount": f"{amt:.2f}", "currency": cur, "fee_amount": f"{fee_t:.2f}", "amount_khr": amount_khr,
            "status": status, "paid_date": paid.isoformat() if paid else None, "agent_id": agent, "purpose": purp,
        }
        return s, t

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
# 5. Welsh council weighbridge tickets, no header row (seed 14145)
# ---------------------------------------------------------------------------------------------
CY_MONTH = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
            "Tachwedd", "Rhagfyr"]
CY_DAY = ["Llun", "Mawrth", "Mercher", "Iau", "Gwener"]
EN_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri"]
DAY_CODE = ["MON", "TUE", "WED", "THU", "FRI"]
WASTE = {  # stream -> (EWC, spellings, facilities, load kg range)
    "RESIDUAL": ("200301", ["Gwastraff gweddilliol", "Residual", "Gweddilliol / Residual", "Bagiau du"],
                 ["EFW-PYB", "LANDFILL-CWMDU", "WTS-TREGARTH"], (6000, 12500)),
    "DRY_RECYCLING": ("150106", ["Ailgylchu cymysg", "Mixed recycling", "Ailgylchu sych"], ["MRF-GLANNAU", "WTS-TREGARTH"],
                      (2500, 7000)),
    "FOOD": ("200108", ["Gwastraff bwyd", "Food", "Bwyd"], ["AD-LLANFAIR"], (1200, 4500)),
    "GARDEN": ("200201", ["Gwastraff gardd", "Green waste", "Gardd"], ["COMPOST-MAESGWYN"], (3000, 9000)),
    "GLASS": ("150107", ["Gwydr", "Glass"], ["MRF-GLANNAU", "WTS-TREGARTH"], (2000, 6000)),
    "PAPER": ("200101", ["Papur a cherdyn", "Paper/card", "Papur"], ["MRF-GLANNAU"], (1500, 5000)),
    "BULKY": ("200307", ["Eitemau swmpus", "Bulky", "Swmpus"], ["WTS-TREGARTH", "LANDFILL-CWMDU"], (800, 3500)),
}
FACILITY = {"EFW-PYB": ["EfW Pen-y-bont", "Ynni o Wastraff Pen-y-bont", "Pen-y-bont EfW"],
            "LANDFILL-CWMDU": ["Safle Tirlenwi Cwm Du", "Cwm Du landfill", "Tirlenwi Cwm Du"],
            "WTS-TREGARTH": ["Gorsaf Drosglwyddo Tregarth", "WTS Tregarth", "Tregarth"],
            "MRF-GLANNAU": ["MRF Glannau", "Cyfleuster Adfer Deunyddiau Glannau", "Glannau MRF"],
            "AD-LLANFAIR": ["Gwaith Treulio Anaerobig Llanfair", "AD Llanfair", "Llanfair AD"],
            "COMPOST-MAESGWYN": ["Compostio Maes Gwyn", "Maes Gwyn compost", "Safle Compostio Maes Gwyn"]}
HAULIERS = ["Cyngor Sir Eryri", "Gwasanaethau Gwastraff Menai Cyf.", "Trafnidiaeth Ogwen Cyf.", "Cyngor Sir Eryri"]
CY_DRIVERS = ["Rhys ap Gwilym", "Gethin Pritchard", "Dafydd Hughes", "Sioned Roberts", "Iwan Parry", "Owain Jones",
              "Carys Williams", "Emyr Thomas", "Huw Evans", "Bethan Lloyd"]
UK_RAND = "ABCDEFGHJKLMNOPRSTUVWXY"


def tonnes_or_kg(rng, kg: int) -> str:
    t = D(kg) / 1000
    return pick(rng, [(str(kg), 4), (f"{kg:,} kg", 2), (f"{kg} kg", 1), (f"{t:.2f} t", 2), (f"{t:.2f}t", 1)])


def build_cy(seed: int) -> Pair:
    p = Pair(SPLIT, "gwastraff_cy_noheader_to_weighbridge",
             "Welsh council waste weighbridge tickets exported without a header row (the first ticket became the "
             "header, so the labels name its values); bilingual Welsh/English values: waste streams, EWC codes, "
             "Welsh dates (Mawrth = March) and round days (Mawrth = Tuesday), kg or tonnes -> weighing table",
             "waste_weighing", 200, seed)
    rng = p.rng
    LOGICAL = ["ticket", "date", "time", "reg", "haulier", "round", "stream", "ewc", "gross", "tare", "facility",
               "contam", "driver", "bridge", "notes"]
    p.tgt_cols = [
        C("ticket_no", "int", "id.record_id", key=True, nullable=False, description="ticket number as integer"),
        C("weighed_at", "datetime", "datetime.timestamp", nullable=False, description="local time"),
        C("vehicle_reg", "string", "id.license_plate", regex=r"^[A-Z]{2}\d{2} [A-Z]{3}$",
          description="UK registration, upper case, one space before the last three letters"),
        C("haulier", "string", "org.company_name"),
        C("round_no", "int", "qty.count", description="collection round number"),
        C("collection_day", "string", "text.category", allowed_values=DAY_CODE),
        C("waste_stream", "string", "text.category", allowed_values=sorted(WASTE)),
        C("ewc_code", "string", "text.category", regex=r"^\d{6}$", description="European Waste Catalogue code, 6 digits"),
        C("gross_kg", "int", "qty.mass", description="kg"),
        C("tare_kg", "int", "qty.mass", description="kg"),
        C("net_kg", "int", "qty.mass", description="gross − tare, kg"),
        C("facility_code", "string", "text.category", allowed_values=sorted(FACILITY)),
        C("contaminated", "bool", "flag.boolean", description="load contaminated; null when not recorded"),
        C("permit_number", "string", "id.record_id"),
        C("co2e_kg", "decimal", "qty.mass"),
    ]

    fleet = {}
    for _ in range(22):
        reg = ("C" + rng.choice("ACEKNPUX")) + rng.choice(["17", "67", "18", "68", "19", "69", "20", "70", "21", "71",
                                                           "22", "72"]) + "".join(rng.choice(UK_RAND) for _ in range(3))
        fleet[reg] = (rng.randrange(10500, 13800, 20) if rng.random() < 0.8 else rng.randrange(6800, 8200, 20),
                      rng.choice(HAULIERS))
    regs = sorted(fleet)
    used: set = set()

    def rec(rng, header: bool = False):
        d = workday(rng, dt.date(2024, 1, 8), dt.date(2024, 5, 31))
        h, mi, sec = rng.randint(6, 17), rng.randint(0, 59), rng.randint(0, 59)
        while True:
            tk = rng.randint(1000, 99999)
            if tk not in used:
                used.add(tk)
                break
        reg = rng.choice(regs)
        tare, haul = fleet[reg]
        stream = pick(rng, [("RESIDUAL", 35), ("DRY_RECYCLING", 20), ("FOOD", 15), ("GARDEN", 10), ("GLASS", 8),
                            ("PAPER", 7), ("BULKY", 5)])
        ewc, spell, facs, (lmin, lmax) = WASTE[stream]
        fac = rng.choice(facs)
        load = rng.randrange(lmin, lmax, 20)
        gross = tare + load
        rnd = rng.randint(1, 12)
        wd = d.weekday()
        rnd_disp = pick(rng, [(f"Rownd {rnd} Dydd {CY_DAY[wd]}", 4), (f"R{rnd} {CY_DAY[wd]}", 2),
                              (f"Round {rnd} {EN_DAY[wd]}", 2), (f"{rnd} / {CY_DAY[wd]}", 1),
                              (f"Rownd {rnd:02d} - Dydd {CY_DAY[wd]}", 1)])
        ewc_disp = pick(rng, [(f"{ewc[:2]} {ewc[2:4]} {ewc[4:]}", 4), (ewc, 3), (f"{ewc[:2]}-{ewc[2:4]}-{ewc[4:]}", 2),
                              (f"{ewc[:2]}.{ewc[2:4]}.{ewc[4:]}", 1)])
        if stream in ("DRY_RECYCLING", "GLASS", "PAPER", "FOOD", "GARDEN"):
            cval = pick(rng, [(False, 70), (True, 15), (None, 15 if not header else 0)])
        else:
            cval = None if not header else False
        cdisp = "" if cval is None else rng.choice(["Oes", "Y", "Yes", "Oes - halogedig"] if cval else ["Nac oes", "N", "No"])
        date_disp = pick(rng, [(f"{d.day:02d}/{d.month:02d}/{d.year}", 5), (f"{d.day}/{d.month}/{d.year % 100:02d}", 2),
                               (d.isoformat(), 1), (f"{d.day} {CY_MONTH[d.month - 1]} {d.year}", 2)])
        h12 = h % 12 or 12
        time_disp = pick(rng, [(f"{h:02d}:{mi:02d}", 6), (f"{h12}:{mi:02d}{'am' if h < 12 else 'pm'}", 2),
                               (f"{h:02d}:{mi:02d}:{sec:02d}", 2)])
        has_sec = time_disp.count(":") == 2
        ticket_disp = pick(rng, [(f"WB{d.year % 100}-{tk:06d}", 4), (f"{tk:06d}", 3), (f"WB-{tk}", 2), (str(tk), 1)])
        reg_disp = pick(rng, [(f"{reg[:4]} {reg[4:]}", 6), (reg.lower(), 2), (reg, 2)])
        s = {
            "ticket": ticket_disp, "date": date_disp, "time": time_disp, "reg": reg_disp, "haulier": haul,
            "round": rnd_disp, "stream": rng.choice(spell), "ewc": ewc_disp, "gross": tonnes_or_kg(rng, gross),
            "tare": tonnes_or_kg(rng, tare), "facility": rng.choice(FACILITY[fac]), "contam": cdisp,
            "driver": rng.choice(CY_DRIVERS), "bridge": rng.choice(["PB1", "PB2", "Pont bwyso 1", "WB2"]),
            "notes": rng.choice(["", "", "", "", "Llwyth gwlyb", "Tarpolin wedi rhwygo", "Ail bwyso", "Late tip",
                                 "Gwydr ar y llawr"]) if not header else "Ail bwyso",
        }
        weighed = dt.datetime(d.year, d.month, d.day, h, mi, sec if has_sec else 0)
        t = {
            "ticket_no": tk, "weighed_at": weighed.strftime("%Y-%m-%dT%H:%M:%S"), "vehicle_reg": f"{reg[:4]} {reg[4:]}",
            "haulier": haul, "round_no": rnd, "collection_day": DAY_CODE[wd], "waste_stream": stream, "ewc_code": ewc,
            "gross_kg": gross, "tare_kg": tare, "net_kg": gross - tare, "facility_code": fac, "contaminated": cval,
        }
        return s, t

    # the first ticket became the header row
    while True:
        hs, _ = rec(rng, header=True)
        vals = [hs[k] for k in LOGICAL]
        if all(vals) and len(set(vals)) == len(vals):
            break
    name = dict(zip(LOGICAL, vals))
    p.src_cols = vals
    p.key_src = [name["ticket"]]
    p.key_tgt = ["ticket_no"]
    for c, s, k in [
        ("ticket_no", "ticket", "type_cast"), ("weighed_at", ["date", "time"], "compose"),
        ("vehicle_reg", "reg", "reformat"), ("haulier", "haulier", "atomic"), ("round_no", "round", "decompose"),
        ("collection_day", "round", "decompose"), ("waste_stream", "stream", "value_map"), ("ewc_code", "ewc", "reformat"),
        ("gross_kg", "gross", "unit"), ("tare_kg", "tare", "unit"), ("net_kg", ["gross", "tare"], "compose"),
        ("facility_code", "facility", "value_map"), ("contaminated", "contam", "value_map"),
    ]:
        p.m(c, [name[x] for x in ([s] if isinstance(s, str) else s)], k)
    p.m("permit_number", [], "unmapped")
    p.m("co2e_kg", [], "unmapped")

    def row(rng, i):
        s, t = rec(rng)
        return {name[k]: s[k] for k in LOGICAL}, t

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
# 6. Terse aviation tech-log export -> defect record (seed 14146)
# ---------------------------------------------------------------------------------------------
ATA = {21: "Air Conditioning", 22: "Auto Flight", 23: "Communications", 24: "Electrical Power",
       25: "Equipment/Furnishings", 26: "Fire Protection", 27: "Flight Controls", 28: "Fuel", 29: "Hydraulic Power",
       30: "Ice and Rain Protection", 31: "Indicating/Recording Systems", 32: "Landing Gear", 33: "Lights",
       34: "Navigation", 35: "Oxygen", 36: "Pneumatic", 38: "Water/Waste", 49: "Airborne Auxiliary Power",
       52: "Doors", 56: "Windows", 71: "Power Plant", 72: "Engine", 79: "Oil", 80: "Starting"}
# (ata chapter, section, defect text, action text, MEL cat or None, reporter)
DEFECTS = [
    (25, 21, "PAX SEAT {seat} RECLINE INOP", "SEAT RECLINE ACTUATOR ADJUSTED. OPS CHECK OK", "D", "C"),
    (25, 22, "PAX SEAT {seat} TRAY TABLE LATCH BROKEN", "TRAY TABLE LATCH REPLACED IAW CMM", "D", "C"),
    (25, 31, "GALLEY {g} COFFEE MAKER INOP", "COFFEE MAKER REPLACED. OPS CHECK OK", "C", "C"),
    (33, 21, "READING LIGHT ROW {row} INOP", "LAMP REPLACED. TEST OK", "D", "C"),
    (33, 42, "LH LOGO LIGHT INOP", "LOGO LIGHT BULB REPLACED. OPS CHECK OK", "C", "M"),
    (33, 41, "NAV LIGHT RH WING TIP DIM", "NAV LIGHT ASSY REPLACED. TEST OK", None, "M"),
    (38, 31, "AFT LAV {lav} TOILET FLUSH INOP", "FLUSH CONTROL UNIT RESET. OPS CHECK OK", "C", "C"),
    (38, 10, "POTABLE WATER QTY IND FLUCTUATING", "WATER QTY TRANSMITTER REPLACED. TEST OK", "C", "P"),
    (21, 51, "PACK 2 OVHT ECAM MSG DURING CLIMB", "PACK 2 HX CLEANED. GROUND RUN OK", "C", "P"),
    (21, 61, "CABIN TEMP ZONE FWD NOT CONTROLLABLE", "ZONE TEMP SENSOR REPLACED. OPS CHECK OK", "C", "P"),
    (23, 51, "ACP 2 VHF1 TRANSMIT KEY STICKY", "ACP 2 REPLACED. TEST OK", None, "P"),
    (23, 31, "PA CHIME INOP FROM AFT ATTND PNL", "AFT ATTND HANDSET REPLACED. TEST OK", "C", "C"),
    (24, 22, "GEN 1 FAULT LIGHT ON AFTER ENG START", "IDG 1 CONNECTOR RESEATED. GROUND RUN OK", "B", "P"),
    (26, 15, "LAV SMOKE DET {lav} FAULT", "SMOKE DETECTOR REPLACED. TEST OK", "A", "M"),
    (27, 51, "FLAP ASYM CAUTION ON APPROACH", "FLAP POSITION SENSOR ADJUSTED. OPS CHECK OK", None, "P"),
    (28, 42, "FUEL QTY IND LH TANK BLANK", "FQIC RESET. FUEL QTY IND OK", "B", "P"),
    (29, 11, "GREEN SYS HYD LOW LEVEL ADVISORY", "HYD RESERVOIR SERVICED. LEAK CHECK NIL", None, "P"),
    (30, 42, "WINDSHIELD WIPER CAPT SIDE SLOW", "WIPER MOTOR REPLACED. OPS CHECK OK", "C", "P"),
    (31, 32, "DFDR FAULT ON ECAM", "DFDAU RESET. TEST OK", "C", "M"),
    (32, 41, "NLG TIRE WORN TO LIMIT", "NLG WHEEL ASSY REPLACED", None, "M"),
    (32, 42, "BRAKE 3 WEAR PIN AT LIMIT", "BRAKE ASSY 3 REPLACED IAW AMM", None, "M"),
    (34, 11, "ADR 2 DISAGREE MSG IN CRUISE", "PITOT PROBE 2 REPLACED. LEAK TEST OK", "C", "P"),
    (34, 43, "TCAS FAULT ON ND", "TCAS COMPUTER REPLACED. BITE TEST OK", "A", "P"),
    (35, 21, "PAX OXY MASK ROW {row} DOOR OPEN", "MASK RESTOWED. DOOR LATCHED", "C", "C"),
    (36, 11, "BLEED 1 FAULT DURING CLIMB", "PRV 1 REPLACED. GROUND RUN OK", "C", "P"),
    (49, 61, "APU AUTO SHUTDOWN ON GROUND", "APU ECB RESET. APU START OK", "C", "M"),
    (52, 11, "FWD L PAX DOOR SLIDE ARMED IND FLICKERS", "PROXIMITY SENSOR ADJUSTED. OPS CHECK OK", "C", "C"),
    (56, 11, "CAPT SLIDING WINDOW DELAMINATION", "DELAMINATION WITHIN LIMITS IAW SRM. RE-INSPECT", None, "M"),
    (71, 11, "ENG 2 COWL LATCH DAMAGED", "COWL LATCH REPLACED", None, "M"),
    (72, 0, "ENG 1 BIRD STRIKE SUSPECTED", "BORESCOPE INSP CARRIED OUT. NIL DAMAGE", None, "P"),
    (79, 21, "ENG 2 OIL QTY LOW INDICATION", "OIL SERVICED 2 QTS. LEAK CHECK NIL", None, "M"),
    (80, 11, "ENG 1 START VALVE SLOW TO OPEN", "START VALVE REPLACED. GROUND RUN OK", "C", "P"),
]
# reg -> (ICAO operator, IATA, icao type, type spellings, base TSN hours, base CSN, hubs, licence prefix)
FLEET = {
    "D-AINK": ("DLH", "LH", "A20N", ["A20N", "A320neo", "A320-271N"], 14200, 7900, ["FRA", "MUC"], "DE"),
    "D-AIZQ": ("DLH", "LH", "A320", ["A320", "A320-214", "A320-200"], 38900, 25100, ["FRA", "MUC"], "DE"),
    "D-AISR": ("DLH", "LH", "A321", ["A321", "A321-231"], 41200, 24800, ["FRA", "MUC"], "DE"),
    "EI-DVN": ("EIN", "EI", "A320", ["A320", "A320-214"], 33600, 21900, ["DUB"], "IE"),
    "EI-NSC": ("EIN", "EI", "A20N", ["A20N", "A320-251N"], 9100, 5200, ["DUB"], "IE"),
    "OE-LBQ": ("AUA", "OS", "A320", ["A320", "A320-214", "A320-200"], 44100, 30200, ["VIE"], "AT"),
    "OE-LWK": ("AUA", "OS", "E195", ["E195", "ERJ-190-200", "ERJ-190-200LR"], 27400, 22800, ["VIE"], "AT"),
    "HB-JPC": ("SWR", "LX", "A21N", ["A21N", "A321neo", "A321-271NX"], 6100, 3100, ["ZRH"], "CH"),
    "PH-BXW": ("KLM", "KL", "B738", ["B738", "737-800", "B737-8K2"], 48800, 21600, ["AMS"], "NL"),
    "SP-LWH": ("LOT", "LO", "B738", ["B738", "737-800", "B737-89P"], 22700, 11800, ["WAW"], "PL"),
    "SP-EQK": ("LOT", "LO", "DH8D", ["DH8D", "DHC-8-402", "Q400"], 19800, 23900, ["WAW"], "PL"),
    "OH-ATP": ("FIN", "AY", "AT76", ["AT76", "ATR72-600", "ATR 72-212A"], 16800, 20300, ["HEL"], "FI"),
    "G-EUYR": ("BAW", "BA", "A320", ["A320", "A320-232"], 31900, 20700, ["LHR"], "GB"),
    "G-TTNJ": ("BAW", "BA", "A20N", ["A20N", "A320neo", "A320-251N"], 11300, 6900, ["LHR"], "GB"),
}
STATE = {"D": "DE", "EI": "IE", "OE": "AT", "HB": "CH", "PH": "NL", "SP": "PL", "OH": "FI", "G": "GB"}
ICAO_APT = {"FRA": "EDDF", "MUC": "EDDM", "DUB": "EIDW", "VIE": "LOWW", "ZRH": "LSZH", "AMS": "EHAM", "WAW": "EPWA",
            "HEL": "EFHK", "LHR": "EGLL", "CDG": "LFPG", "BCN": "LEBL", "FCO": "LIRF", "ARN": "ESSA", "CPH": "EKCH",
            "PRG": "LKPR", "OSL": "ENGM", "MAD": "LEMD", "LIS": "LPPT", "ATH": "LGAV", "BRU": "EBBR", "HAM": "EDDH",
            "DUS": "EDDL", "GVA": "LSGG", "TXL": "EDDB", "BER": "EDDB", "EDI": "EGPH", "MAN": "EGCC"}
OUTSTATIONS = ["CDG", "BCN", "FCO", "ARN", "CPH", "PRG", "OSL", "MAD", "LIS", "ATH", "BRU", "HAM", "DUS", "GVA", "BER",
               "EDI", "MAN"]
MEL_DAYS = {"B": 3, "C": 10, "D": 120}


def build_techlog(seed: int) -> Pair:
    p = Pair(SPLIT, "techlog_terse_to_defect_record",
             "Aircraft technical-log defects exported from an MRO system with terse upper-case headers (ACREG, "
             "ATA, RPTDT, MELCAT, TSN, CSN ...) -> defect record; registrations with or without the hyphen -> "
             "registration + state, ATA chapter-section, IATA/ICAO station and flight codes, hh:mm airframe hours",
             "defect_record", 170, seed)
    rng = p.rng
    S = ["ACREG", "ACTYP", "TLPG", "ATA", "DEFTXT", "RPTDT", "RPTSTN", "SRC", "FLTNO", "MELREF", "MELCAT", "STS",
         "RECTDT", "RECTSTN", "RECTXT", "MH", "CRSLIC", "TSN", "CSN", "WONO", "ENTUSR", "UPDTS", "PGIMG"]
    p.src_cols = S
    p.tgt_cols = [
        C("registration", "string", "id.license_plate", key=True, nullable=False,
          description="aircraft registration with the nationality-mark hyphen, upper case (D-AINK)"),
        C("tlp_page", "int", "id.record_id", key=True, nullable=False, description="tech-log page number"),
        C("tlp_item", "int", "qty.count", key=True, nullable=False, description="item on the page"),
        C("state_of_registry", "string", "iso.country_alpha2", description="from the nationality mark"),
        C("aircraft_type", "string", "text.category", allowed_values=sorted({v[2] for v in FLEET.values()}),
          description="ICAO aircraft type designator"),
        C("ata_code", "string", "text.category", regex=r"^\d{2}-\d{2}$",
          description="ATA chapter-section CC-SS; null when only the chapter is given"),
        C("ata_chapter", "int", "text.category"),
        C("ata_system", "string", "text.category", allowed_values=sorted(set(ATA.values())),
          description="ATA iSpec 2200 chapter title"),
        C("defect_description", "string", "text.description", nullable=False),
        C("reported_at", "datetime", "datetime.timestamp", nullable=False, description="UTC"),
        C("reported_station", "string", "text.category", regex=r"^[A-Z]{4}$", description="ICAO airport code"),
        C("reported_by", "string", "text.category", allowed_values=["CABIN", "MAINTENANCE", "PILOT"]),
        C("flight_number", "string", "text.category", regex=r"^[A-Z0-9]{2}\d{1,4}$",
          description="IATA designator + number without leading zeros (LH123)"),
        C("mel_item", "string", "text.category"),
        C("mel_category", "string", "text.category", allowed_values=["A", "B", "C", "D"]),
        C("defect_status", "string", "status.record_status", allowed_values=["CLOSED", "DEFERRED", "OPEN"]),
        C("rectified_at", "datetime", "datetime.timestamp", description="UTC"),
        C("rectified_station", "string", "text.category", regex=r"^[A-Z]{4}$", description="ICAO airport code"),
        C("corrective_action", "string", "text.description"),
        C("labour_hours", "decimal", "qty.duration", description="hours, 2 decimals"),
        C("certifying_licence", "string", "id.record_id", description="Part-66 licence of the certifying engineer"),
        C("airframe_hours", "decimal", "qty.duration", description="time since new at report, hours, 2 decimals"),
        C("airframe_cycles", "int", "qty.count", description="cycles since new at report"),
        C("deferral_due_at", "datetime", "datetime.timestamp"),
        C("parts_on_order", "bool", "flag.boolean"),
    ]
    p.key_src = ["ACREG", "TLPG"]
    p.key_tgt = ["registration", "tlp_page", "tlp_item"]
    for c, s, k in [
        ("registration", "ACREG", "reformat"), ("tlp_page", "TLPG", "decompose"), ("tlp_item", "TLPG", "decompose"),
        ("state_of_registry", "ACREG", "value_map"), ("aircraft_type", "ACTYP", "value_map"),
        ("ata_code", "ATA", "reformat"), ("ata_chapter", "ATA", "decompose"), ("ata_system", "ATA", "value_map"),
        ("defect_description", "DEFTXT", "atomic"), ("reported_at", "RPTDT", "date_format"),
        ("reported_station", "RPTSTN", "value_map"), ("reported_by", "SRC", "value_map"),
        ("flight_number", "FLTNO", "reformat"), ("mel_item", "MELREF", "atomic"),
        ("mel_category", "MELCAT", "value_map"), ("defect_status", "STS", "value_map"),
        ("rectified_at", "RECTDT", "date_format"), ("rectified_station", "RECTSTN", "value_map"),
        ("corrective_action", "RECTXT", "atomic"), ("labour_hours", "MH", "reformat"),
        ("certifying_licence", "CRSLIC", "atomic"), ("airframe_hours", "TSN", "reformat"),
        ("airframe_cycles", "CSN", "type_cast"),
    ]:
        p.m(c, s, k)
    p.m("deferral_due_at", [], "unmapped")
    p.m("parts_on_order", [], "unmapped")

    regs = sorted(FLEET)
    page = {r: rng.randint(3000, 8000) for r in regs}
    licences = {}
    for r in regs:
        cc = FLEET[r][7]
        licences[r] = [f"{cc}.66.{gc.digits(rng, rng.choice([4, 5, 6]))}" for _ in range(3)]
    t0 = dt.datetime(2024, 1, 1)

    def stn_disp(rng, iata):
        return pick(rng, [(iata, 5), (ICAO_APT[iata], 4), (iata.lower(), 1)])

    def dt_disp(rng, x: dt.datetime):
        return pick(rng, [(x.strftime("%Y-%m-%dT%H:%MZ"), 3), (x.strftime("%d%b%y %H%MZ").upper(), 3),
                          (x.strftime("%d.%m.%Y %H:%M"), 2), (x.strftime("%d/%m/%y %H%M"), 2)])

    def row(rng, i):
        reg = rng.choice(regs)
        op, iata, typ, tspell, tsn0, csn0, hubs, _ = FLEET[reg]
        page[reg] += rng.randint(1, 4)
        pg = page[reg]
        item = pick(rng, [(1, 6), (2, 3), (3, 1)])
        ch, sec, txt, act, mel, src = rng.choice(DEFECTS)
        txt = txt.format(seat=f"{rng.randint(1, 30)}{rng.choice('ABCDEF')}", g=rng.choice(["1", "2", "F", "A"]),
                         row=rng.randint(1, 30), lav=rng.choice(["A", "D", "E"]))
        rep = t0 + dt.timedelta(minutes=rng.randrange(0, 170 * 24 * 60))
        stn = rng.choice(hubs) if rng.random() < 0.6 else rng.choice(OUTSTATIONS)
        # status
        if mel and rng.random() < 0.45:
            status = pick(rng, [("DEFERRED", 4), ("CLOSED", 6)])
        else:
            mel = None
            status = pick(rng, [("CLOSED", 88), ("OPEN", 12)])
        rect = rect_stn = mh = lic = action = None
        if status == "CLOSED":
            rect = rep + dt.timedelta(minutes=rng.randrange(20, (MEL_DAYS.get(mel, 1) * 24 if mel else 14) * 60))
            rect_stn = stn if rng.random() < 0.7 else rng.choice(hubs)
            mh = D(rng.choice([25, 50, 75, 100, 150, 200, 250, 300, 400, 600])) / 100
            lic = rng.choice(licences[reg])
            action = act
        melref = f"{ch:02d}-{sec:02d}-{rng.randint(1, 6):02d}" if mel else None
        hours_since = (rep - t0).total_seconds() / 3600
        tsn_min = tsn0 * 60 + int(hours_since * 60 * 0.38)
        csn = csn0 + int(hours_since * 0.21)
        th, tm = divmod(tsn_min, 60)
        tsn_exp = rhu(D(tsn_min) / 60, 2)
        tsn_disp = pick(rng, [(f"{th}:{tm:02d}", 6), (f"{tsn_exp:.2f}", 2), (f"{th:,}:{tm:02d}", 2)])
        csn_disp = pick(rng, [(str(csn), 6), (f"{csn:,}", 3), (f"{csn:,}".replace(",", " "), 1)])
        reg_disp = pick(rng, [(reg, 6), (reg.replace("-", ""), 2), (reg.lower(), 1), (reg.replace("-", " "), 1)])
        if sec:
            ata_disp = pick(rng, [(f"{ch:02d}-{sec:02d}", 5), (f"{ch:02d}{sec:02d}", 2), (f"ATA {ch:02d}-{sec:02d}", 1),
                                  (f"{ch:02d}-{sec:02d}-00", 1), (f"{ch}", 1)])
        else:
            ata_disp = pick(rng, [(f"{ch}", 5), (f"ATA {ch}", 2), (f"{ch:02d}-00", 0)])
        ata_code = f"{ch:02d}-{sec:02d}" if ata_disp.replace("ATA ", "") not in (f"{ch}",) and sec else None
        pg_disp = pick(rng, [(f"{pg}/{item:02d}", 5), (f"TL{pg}-{item}", 3), (f"{pg}.{item}", 2)])
        flt = flt_disp = None
        if src in ("P", "C"):
            n = rng.randint(1, 2999)
            flt = f"{iata}{n}"
            flt_disp = pick(rng, [(f"{iata}{n}", 4), (f"{op}{n}", 3), (f"{iata} {n}", 2), (f"{iata}{n:04d}", 1)])
        src_disp = {"P": ["P", "PIREP", "FLT CREW"], "M": ["M", "MAREP", "MX"], "C": ["C", "CABIN", "CAB"]}[src]
        sts_disp = {"OPEN": ["O", "OPEN"], "CLOSED": ["C", "CLSD", "CLOSED"], "DEFERRED": ["D", "DEF", "DEFERRED"]}[status]
        mel_disp = pick(rng, [(mel, 4), (f"CAT {mel}", 3), (f"Cat. {mel}", 1), (mel.lower(), 1)]) if mel else \
            rng.choice(["", "", "NIL", "-"])
        mh_disp = ""
        if mh is not None:
            hh, mm = divmod(int(mh * 60), 60)
            mh_disp = pick(rng, [(f"{mh:.1f}" if mh * 10 == int(mh * 10) else f"{mh:.2f}", 4), (f"{hh}:{mm:02d}", 3),
                                 (f"{int(mh * 60)} min", 2), (mc.eu(mh, 2, ""), 1)])
        s = {
            "ACREG": reg_disp, "ACTYP": rng.choice(tspell), "TLPG": pg_disp, "ATA": ata_disp, "DEFTXT": txt,
            "RPTDT": dt_disp(rng, rep), "RPTSTN": stn_disp(rng, stn), "SRC": rng.choice(src_disp),
            "FLTNO": flt_disp or "", "MELREF": melref or "", "MELCAT": mel_disp, "STS": rng.choice(sts_disp),
            "RECTDT": dt_disp(rng, rect) if rect else "", "RECTSTN": stn_disp(rng, rect_stn) if rect_stn else "",
            "RECTXT": action or "", "MH": mh_disp, "CRSLIC": lic or "", "TSN": tsn_disp, "CSN": csn_disp,
            "WONO": f"WO{rng.randint(100000, 999999)}" if rng.random() < 0.7 else "",
            "ENTUSR": rng.choice(["MXC01", "TECHREC", "JBAUER", "PNOWAK", "AUTO"]),
            "UPDTS": (rep + dt.timedelta(hours=rng.randint(1, 300))).strftime("%Y%m%d%H%M%S"),
            "PGIMG": f"TL_{reg}_{pg}.pdf",
        }
        t = {
            "registration": reg, "tlp_page": pg, "tlp_item": item, "state_of_registry": STATE[reg.split("-")[0]],
            "aircraft_type": typ, "ata_code": ata_code, "ata_chapter": ch, "ata_system": ATA[ch],
            "defect_description": txt, "reported_at": rep.strftime("%Y-%m-%dT%H:%M:%S"),
            "reported_station": ICAO_APT[stn], "reported_by": {"P": "PILOT", "M": "MAINTENANCE", "C": "CABIN"}[src],
            "flight_number": flt, "mel_item": melref, "mel_category": mel, "defect_status": status,
            "rectified_at": rect.strftime("%Y-%m-%dT%H:%M:%S") if rect else None,
            "rectified_station": ICAO_APT[rect_stn] if rect_stn else None, "corrective_action": action,
            "labour_hours": f"{mh:.2f}" if mh is not None else None, "certifying_licence": lic,
            "airframe_hours": f"{tsn_exp:.2f}", "airframe_cycles": csn,
        }
        return s, t

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
# 7. South African rooftop solar jobs in an Afrikaans CRM lead template (misleading headers) (seed 14147)
# ---------------------------------------------------------------------------------------------
ZA_M = ["Pieter", "Johan", "Jacobus", "Hendrik", "Francois", "Gerhard", "Willem", "Stefan", "Riaan", "Deon", "Sipho",
        "Thabo", "Themba", "Lwazi", "Mandla", "Kagiso", "Rajesh", "Craig", "Brendan", "Mohammed"]
ZA_F = ["Annemarie", "Elmarie", "Susanna", "Liesl", "Marlize", "Anél", "Carina", "Hester", "Nomvula", "Thandeka",
        "Zanele", "Lindiwe", "Palesa", "Refilwe", "Priya", "Fatima", "Michelle", "Kerry-Ann"]
ZA_SUR = ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "Venter", "Coetzee", "Steyn", "Swanepoel",
          "Kruger", "Joubert", "le Roux", "van Wyk", "Fourie", "Nkosi", "Dlamini", "Mokoena", "Ndlovu", "Khumalo",
          "Mthembu", "Mahlangu", "Molefe", "Naidoo", "Pillay", "Govender", "Smith", "Adams", "Jacobs", "Daniels"]
ZA_MONTH = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
            "November", "Desember"]
# city -> (province, postal codes)
ZA_CITY = {"Pretoria": ("GP", ["0081", "0181", "0083", "0002"]), "Centurion": ("GP", ["0157", "0046"]),
           "Johannesburg": ("GP", ["2196", "2001", "2092"]), "Midrand": ("GP", ["1685"]),
           "Kaapstad": ("WC", ["8001", "7700", "7530"]), "Stellenbosch": ("WC", ["7600"]),
           "Durban": ("KZN", ["4001", "4319"]), "Pietermaritzburg": ("KZN", ["3201"]),
           "Bloemfontein": ("FS", ["9301"]), "Gqeberha": ("EC", ["6001"]), "Polokwane": ("LP", ["0699"]),
           "Mbombela": ("MP", ["1200"]), "Rustenburg": ("NW", ["0299"]), "Kimberley": ("NC", ["8301"])}
ZA_PROV = {"GP": ["GP", "Gauteng", "gauteng"], "WC": ["WC", "Wes-Kaap", "Western Cape"],
           "KZN": ["KZN", "KwaZulu-Natal", "Kwazulu Natal"], "FS": ["Vrystaat", "Free State", "FS"],
           "EC": ["Oos-Kaap", "Eastern Cape", "EC"], "LP": ["Limpopo", "LP"], "MP": ["Mpumalanga", "MP"],
           "NW": ["Noordwes", "North West", "NW"], "NC": ["Noord-Kaap", "Northern Cape", "NC"]}
ZA_STREETS = ["Jacaranda Straat", "Kerkstraat", "Protea Avenue", "Oak Road", "Voortrekkerweg", "Church Street",
              "Bougainvillea Singel", "Main Road", "Louis Trichardt Laan", "Marula Street", "Eikestraat",
              "Nelson Mandela Drive"]
INVERTERS = [("Sunsynk 5kW", "SUNSYNK", "5.0"), ("Sunsynk 8 kW", "SUNSYNK", "8.0"), ("SUNSYNK 5.5KW", "SUNSYNK", "5.5"),
             ("Sunsynk 12kW 3-fase", "SUNSYNK", "12.0"), ("Deye SUN-5K-SG03LP1", "DEYE", "5.0"),
             ("Deye SUN-8K-SG04LP1", "DEYE", "8.0"), ("Deye 8kW", "DEYE", "8.0"),
             ("Growatt SPF 5000ES", "GROWATT", "5.0"), ("Growatt SPF 3000TL", "GROWATT", "3.0"),
             ("Goodwe GW10K-ET", "GOODWE", "10.0"), ("GoodWe 5kW", "GOODWE", "5.0"),
             ("Luxpower SNA5000", "LUXPOWER", "5.0")]
BATTERIES = {"5.12": ["5,12 kWh", "1 x 5.12kWh", "100Ah 51.2V"], "10.24": ["10,24 kWh", "2 x 5.12 kWh", "200Ah 51.2V"],
             "15.36": ["15,36kWh", "3 x 5.12 kWh", "300Ah 51.2V"], "4.80": ["4,8 kWh", "100Ah @ 48V"],
             "9.60": ["9,6 kWh", "200Ah @ 48V"]}
SYSTYPE = {"HYBRID": ["Hibried", "Hybrid", "Hibriede stelsel"], "OFF_GRID": ["Van die netwerk af", "Off-grid", "Af-netwerk"],
           "GRID_TIED": ["Netwerkgekoppel", "Grid-tied", "Grid tie"]}
ZA_INSTALLERS = ["Riaan Venter", "Sipho Mahlangu", "Craig Adams", "Deon Botha", "Kagiso Molefe"]


def za_id(rng, birth: dt.date, sex: str) -> str:
    seq = rng.randint(5000, 9999) if sex == "M" else rng.randint(0, 4999)
    body = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{seq:04d}{rng.choice('0001')}8"
    return body + gc.luhn_digit(body)


def za_mobile(rng):
    pf = rng.choice(["60", "61", "62", "63", "64", "65", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82",
                     "83", "84"])
    n = gc.digits(rng, 7)
    disp = pick(rng, [(f"0{pf} {n[:3]} {n[3:]}", 4), (f"+27 {pf} {n[:3]} {n[3:]}", 2), (f"0{pf}{n}", 2),
                      (f"27{pf}{n}", 1), (f"(0{pf}) {n[:3]}-{n[3:]}", 1)])
    return disp, f"+27{pf}{n}"


def zar(rng, x: Decimal) -> str:
    n = int(x)
    sp = nbsp_thousands(n, " ")
    return pick(rng, [(f"R {sp},00", 3), (f"R{n:,}", 3), (f"R{sp}", 2), (str(n), 1), (f"R{sp}.00", 1)])


def build_za(seed: int) -> Pair:
    p = Pair(SPLIT, "sonkrag_af_misleading_to_pv_install",
             "Rooftop-solar installation jobs typed into an Afrikaans CRM lead template, so most headers are wrong: "
             "Van (surname) holds the panel array, Selfoon (cell) the inverter, E-pos (e-mail) the battery, "
             "ID-nommer the job number, Verwysing (reference) the owner's SA ID, Landlyn (landline) the cell number, "
             "Afslag (discount) the deposit, Status the CoC, Bron (lead source) the system type -> PV installation",
             "pv_installation", 150, seed)
    rng = p.rng
    S = ["ID-nommer", "Naam", "Van", "Selfoon", "E-pos", "Landlyn", "Straatadres", "Dorp", "Provinsie", "Poskode",
         "Verwysing", "Datum", "Bedrag", "Afslag", "Status", "Bron", "Verteenwoordiger", "Notas", "Geskep deur",
         "Laas gewysig"]
    p.src_cols = S
    p.tgt_cols = [
        C("job_no", "string", "id.order_number", key=True, nullable=False, regex=r"^SOL-\d{2}-\d{4}$"),
        C("customer_first_name", "string", "person.first_name", nullable=False),
        C("customer_last_name", "string", "person.last_name", nullable=False,
          description="as written (particles such as 'van der' kept in lower case)"),
        C("customer_id_number", "string", "id.national_id", regex=r"^\d{13}$", description="SA ID number, 13 digits"),
        C("customer_birth_date", "date", "person.date_of_birth", description="from the SA ID number"),
        C("customer_mobile", "string", "contact.mobile_phone", regex=r"^\+27\d{9}$", description="E.164"),
        C("customer_email", "string", "contact.email"),
        C("site_street", "string", "address.street_address"),
        C("site_city", "string", "address.city"),
        C("site_province", "string", "address.state_province", allowed_values=sorted(ZA_PROV)),
        C("site_postal_code", "string", "address.postal_code", regex=r"^\d{4}$"),
        C("install_date", "date", "datetime.date"),
        C("system_type", "string", "text.category", allowed_values=sorted(SYSTYPE)),
        C("panel_count", "int", "qty.count", description="null when only the array size is given"),
        C("array_kwp", "decimal", "qty.count", description="PV array peak power, kWp, 2 decimals"),
        C("inverter_brand", "string", "org.company_name",
          allowed_values=sorted({x[1] for x in INVERTERS})),
        C("inverter_kw", "decimal", "qty.count", description="rated inverter power, kW, 1 decimal"),
        C("battery_kwh", "decimal", "qty.count",
          description="usable storage, kWh, 2 decimals (Ah × V / 1000); 'geen' = 0.00"),
        C("contract_price_zar", "decimal", "money.amount", description="ZAR, 2 decimals"),
        C("deposit_zar", "decimal", "money.amount", description="ZAR, 2 decimals"),
        C("balance_due_zar", "decimal", "money.amount", description="contract price − deposit, ZAR, 2 decimals"),
        C("coc_issued", "bool", "flag.boolean", description="electrical Certificate of Compliance issued"),
        C("installer_name", "string", "person.full_name"),
        C("sseg_application_no", "string", "id.record_id"),
    ]
    p.key_src = ["ID-nommer"]
    p.key_tgt = ["job_no"]
    for c, s, k in [
        ("job_no", "ID-nommer", "reformat"), ("customer_first_name", "Naam", "decompose"),
        ("customer_last_name", "Naam", "decompose"), ("customer_id_number", "Verwysing", "reformat"),
        ("customer_birth_date", "Verwysing", "decompose"), ("customer_mobile", "Landlyn", "reformat"),
        ("site_street", "Straatadres", "atomic"), ("site_city", "Dorp", "atomic"),
        ("site_province", "Provinsie", "value_map"), ("site_postal_code", "Poskode", "reformat"),
        ("install_date", "Datum", "date_format"), ("system_type", "Bron", "value_map"),
        ("panel_count", "Van", "decompose"), ("array_kwp", "Van", "unit"), ("inverter_brand", "Selfoon", "decompose"),
        ("inverter_kw", "Selfoon", "decompose"), ("battery_kwh", "E-pos", "unit"),
        ("contract_price_zar", "Bedrag", "reformat"), ("deposit_zar", "Afslag", "reformat"),
        ("balance_due_zar", ["Bedrag", "Afslag"], "compose"), ("coc_issued", "Status", "value_map"),
        ("installer_name", "Verteenwoordiger", "atomic"),
    ]:
        p.m(c, s, k)
    p.m("customer_email", [], "unmapped")
    p.m("sseg_application_no", [], "unmapped")
    used: set = set()

    def row(rng, i):
        d = gc.rand_date(rng, dt.date(2023, 1, 9), dt.date(2024, 6, 28))
        while True:
            seq = rng.randint(1, 1999)
            job = f"SOL-{d.year % 100}-{seq:04d}"
            if job not in used:
                used.add(job)
                break
        job_disp = pick(rng, [(job, 5), (job.replace("-", "").lower(), 2), (f"SOL {d.year % 100}/{seq:04d}", 2),
                              (f"SOL-{d.year % 100}-{seq}", 1)])
        sex = rng.choice("MF")
        first = rng.choice(ZA_M if sex == "M" else ZA_F)
        last = rng.choice(ZA_SUR)
        particle = last[0].islower()
        style = pick(rng, [("fl", 5), ("lf", 3), ("title", 2), ("upper", 0 if particle else 2)])
        if style == "fl":
            nm = f"{first} {last}"
        elif style == "lf":
            nm = f"{last}, {first}"
        elif style == "title":
            nm = f"{'Mnr.' if sex == 'M' else rng.choice(['Mev.', 'Me.'])} {first} {last}"
        else:
            nm = f"{last.upper()}, {first}"
        birth = gc.rand_date(rng, dt.date(1950, 1, 1), dt.date(1999, 12, 31))
        idn = za_id(rng, birth, sex)
        has_id = rng.random() > 0.06
        id_disp = pick(rng, [(idn, 5), (f"{idn[:6]} {idn[6:10]} {idn[10:]}", 3), (f"ID {idn}", 2)]) if has_id else ""
        mob_disp, mob = za_mobile(rng)
        city = rng.choice(list(ZA_CITY))
        prov, pcs = ZA_CITY[city]
        pc = rng.choice(pcs)
        pc_disp = str(int(pc)) if pc[0] == "0" and rng.random() < 0.6 else pc
        street = f"{rng.randint(1, 220)} {rng.choice(ZA_STREETS)}"
        stype = pick(rng, [("HYBRID", 70), ("GRID_TIED", 15), ("OFF_GRID", 15)])
        watt = rng.choice([400, 410, 450, 455, 540, 550, 560, 580])
        count = rng.randint(4, 30)
        kwp = D(count * watt) / 1000
        arr_style = pick(rng, [("x", 4), ("xs", 2), ("panele", 2), ("times", 1), ("kwp", 2)])
        if arr_style == "x":
            arr_disp = f"{count} x {watt}W"
        elif arr_style == "xs":
            arr_disp = f"{count}x{watt} W"
        elif arr_style == "panele":
            arr_disp = f"{count} panele @ {watt} W"
        elif arr_style == "times":
            arr_disp = f"{count} × {watt}Wp"
        else:
            arr_disp = pick(rng, [(f"{mc.eu(kwp, 2, '')} kWp", 1), (f"{kwp:.2f}kWp", 1)])
        pcount = None if arr_style == "kwp" else count
        inv_disp, brand, ikw = rng.choice(INVERTERS)
        if stype == "GRID_TIED":
            bat_disp, bat = rng.choice(["geen", "Geen battery", "none"]), "0.00"
        else:
            bat = rng.choice(list(BATTERIES))
            bat_disp = rng.choice(BATTERIES[bat])
            if rng.random() < 0.04:
                bat_disp, bat = "", None
        price = D(int(kwp * rng.randint(9000, 13000) + D(bat or 0) * rng.randint(6000, 9000)
                      + D(ikw) * rng.randint(2500, 4000)) // 100 * 100)
        dep_frac = rng.choice([D("0.3"), D("0.5"), D("0.5"), D("0.4"), D(1), D(0)])
        dep = (price * dep_frac // 100) * 100
        coc = rng.random() < 0.75
        coc_disp = rng.choice(["Ja", "J", "Uitgereik"] if coc else ["Nee", "N", "Uitstaande"])
        date_disp = pick(rng, [(d.strftime("%Y/%m/%d"), 4), (d.strftime("%d/%m/%Y"), 3),
                               (f"{d.day} {ZA_MONTH[d.month - 1]} {d.year}", 2), (d.isoformat(), 1)])
        s = {
            "ID-nommer": job_disp, "Naam": nm, "Van": arr_disp, "Selfoon": inv_disp, "E-pos": bat_disp,
            "Landlyn": mob_disp, "Straatadres": street, "Dorp": city, "Provinsie": rng.choice(ZA_PROV[prov]),
            "Poskode": pc_disp, "Verwysing": id_disp, "Datum": date_disp, "Bedrag": zar(rng, price),
            "Afslag": zar(rng, dep), "Status": coc_disp, "Bron": rng.choice(SYSTYPE[stype]),
            "Verteenwoordiger": rng.choice(ZA_INSTALLERS),
            "Notas": rng.choice(["", "", "", "Klant wil later nog panele byvoeg", "Hond op perseel",
                                 "Sleutel by buurman", "Dak lek – eers herstel", "Eskom meter vervang"]),
            "Geskep deur": rng.choice(["annemarie", "sales01", "webform", "thabo.m"]),
            "Laas gewysig": (dt.datetime.combine(d, dt.time(8)) + dt.timedelta(minutes=rng.randint(60, 40000)))
            .strftime("%Y-%m-%d %H:%M"),
        }
        t = {
            "job_no": job, "customer_first_name": first, "customer_last_name": last,
            "customer_id_number": idn if has_id else None, "customer_birth_date": birth.isoformat() if has_id else None,
            "customer_mobile": mob, "site_street": street, "site_city": city, "site_province": prov,
            "site_postal_code": pc, "install_date": d.isoformat(), "system_type": stype, "panel_count": pcount,
            "array_kwp": f"{kwp:.2f}", "inverter_brand": brand, "inverter_kw": ikw, "battery_kwh": bat,
            "contract_price_zar": f"{price:.2f}", "deposit_zar": f"{dep:.2f}", "balance_due_zar": f"{price - dep:.2f}",
            "coc_issued": coc, "installer_name": s["Verteenwoordiger"],
        }
        return s, t

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
# 8. Gujarati polished-diamond stock list (seed 14148)
# ---------------------------------------------------------------------------------------------
GU_MONTH = ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર",
            "ડિસેમ્બર"]
SHAPES = {"ROUND": ["RD", "Round", "ગોળ", "BR"], "PEAR": ["PS", "Pear", "નાસપતી"], "OVAL": ["OV", "Oval", "અંડાકાર"],
          "PRINCESS": ["PR", "Princess"], "EMERALD": ["EM", "Emerald"], "CUSHION": ["CU", "Cushion"],
          "MARQUISE": ["MQ", "Marquise"], "HEART": ["HS", "Heart", "દિલ"]}
SHAPE_RATIO = {"ROUND": 1.0, "PEAR": 1.6, "OVAL": 1.4, "PRINCESS": 1.0, "EMERALD": 1.45, "CUSHION": 1.05,
               "MARQUISE": 2.0, "HEART": 1.0}
COLORS = list("DEFGHIJK")
CLARITY = ["IF", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2", "I1"]
FLUOR = {"NONE": ["NON", "None", "N", "કોઈ નહીં"], "FAINT": ["FNT", "Faint"], "MEDIUM": ["MED", "Medium", "MB"],
         "STRONG": ["STG", "Strong", "SB"], "VERY_STRONG": ["VST", "VSTG", "Very Strong"]}
GU_LOC = {"SRT": ["સુરત", "Surat", "SRT"], "BOM": ["મુંબઈ", "Mumbai", "BKC", "Bombay"],
          "ANR": ["એન્ટવર્પ", "Antwerp", "ANR"], "HKG": ["હોંગકોંગ", "HK", "Hong Kong"], "NYC": ["ન્યૂયોર્ક", "NY", "New York"]}
GU_STATUS = {"AVAILABLE": ["ઉપલબ્ધ", "Available", "AV"], "MEMO": ["મેમો", "Memo", "On memo"], "HOLD": ["હોલ્ડ", "Hold"],
             "SOLD": ["વેચાયેલ", "Sold"]}
GU_BROKERS = ["રમેશભાઈ પટેલ", "હિતેશ શાહ", "કિરણ દેસાઈ", "મહેશ મહેતા", "Jignesh Patel", "—"]
GU_NOTES = ["", "", "", "કસ્ટમર હોલ્ડ", "ટેબલમાં નાનો ડાઘ", "રી-ચેક", "eye clean", "BGM નથી"]


def build_gu(seed: int) -> Pair:
    p = Pair(SPLIT, "hira_gu_to_diamond_lot",
             "Surat polished-diamond stock list with Gujarati headers (Gujarati digits, Gujarati months): shape words "
             "and trade codes, weight in ct / cents / mg, colour/clarity and cut-polish-symmetry in one cell, "
             "fluorescence codes, lab + certificate, natural vs lab-grown, measurements, $/ct and Rap discount "
             "-> diamond lot",
             "diamond_lot", 160, seed)
    rng = p.rng
    S = ["ક્રમ", "સ્ટોક નં.", "તારીખ", "આકાર", "વજન", "રંગ / શુદ્ધતા", "કટ / પોલિશ / સિમેટ્રી", "ફ્લોરોસન્સ", "લેબ",
         "સર્ટિફિકેટ નં.", "પ્રકાર", "માપ (મિમી)", "ભાવ $/ct", "રેપ ડિસ્કાઉન્ટ", "સ્થાન", "સ્થિતિ", "દલાલ", "નોંધ"]
    p.src_cols = S
    p.tgt_cols = [
        C("stock_no", "int", "id.sku", key=True, nullable=False),
        C("stock_date", "date", "datetime.date"),
        C("shape", "string", "text.category", nullable=False, allowed_values=sorted(SHAPES)),
        C("carat", "decimal", "qty.mass", nullable=False, description="carats, 2 decimals (1 ct = 100 cents = 200 mg)"),
        C("color", "string", "text.category", allowed_values=COLORS, description="GIA colour grade"),
        C("clarity", "string", "text.category", allowed_values=CLARITY),
        C("cut_grade", "string", "text.category", allowed_values=["EX", "G", "VG"],
          description="round brilliants only; null for fancy shapes"),
        C("polish", "string", "text.category", allowed_values=["EX", "G", "VG"]),
        C("symmetry", "string", "text.category", allowed_values=["EX", "G", "VG"]),
        C("fluorescence", "string", "text.category", allowed_values=sorted(FLUOR)),
        C("lab", "string", "text.category", allowed_values=["GIA", "HRD", "IGI"], description="null = not certified"),
        C("cert_number", "string", "id.record_id", description="report number as issued (IGI lab-grown numbers keep their LG), without a leading lab name or '#'"),
        C("is_lab_grown", "bool", "flag.boolean", nullable=False),
        C("growth_method", "string", "text.category", allowed_values=["CVD", "HPHT"],
          description="lab-grown only; null when natural or not stated"),
        C("length_mm", "decimal", "qty.length",
          description="first measurement as on the report (rounds: minimum diameter), mm, 2 decimals"),
        C("width_mm", "decimal", "qty.length", description="second measurement (rounds: maximum diameter), mm"),
        C("depth_mm", "decimal", "qty.length", description="depth, mm, 2 decimals"),
        C("price_per_ct_usd", "decimal", "money.unit_price", description="USD per carat, 2 decimals"),
        C("rap_discount", "decimal", "qty.percentage",
          description="discount to the price list as a signed fraction, 4 decimals (-35.5% = -0.3550)"),
        C("total_usd", "decimal", "money.amount", description="carat × price per carat, USD, 2 decimals"),
        C("location", "string", "text.category", allowed_values=sorted(GU_LOC)),
        C("status", "string", "status.record_status", allowed_values=sorted(GU_STATUS)),
        C("table_pct", "decimal", "qty.percentage"),
        C("girdle", "string", "text.category"),
    ]
    p.key_src = ["સ્ટોક નં."]
    p.key_tgt = ["stock_no"]
    for c, s, k in [
        ("stock_no", "સ્ટોક નં.", "type_cast"), ("stock_date", "તારીખ", "date_format"), ("shape", "આકાર", "value_map"),
        ("carat", "વજન", "unit"), ("color", "રંગ / શુદ્ધતા", "decompose"), ("clarity", "રંગ / શુદ્ધતા", "decompose"),
        ("cut_grade", "કટ / પોલિશ / સિમેટ્રી", "decompose"), ("polish", "કટ / પોલિશ / સિમેટ્રી", "decompose"),
        ("symmetry", "કટ / પોલિશ / સિમેટ્રી", "decompose"), ("fluorescence", "ફ્લોરોસન્સ", "value_map"),
        ("lab", "લેબ", "value_map"), ("cert_number", "સર્ટિફિકેટ નં.", "reformat"),
        ("is_lab_grown", "પ્રકાર", "value_map"), ("growth_method", "પ્રકાર", "value_map"),
        ("length_mm", "માપ (મિમી)", "decompose"), ("width_mm", "માપ (મિમી)", "decompose"),
        ("depth_mm", "માપ (મિમી)", "decompose"), ("price_per_ct_usd", "ભાવ $/ct", "reformat"),
        ("rap_discount", "રેપ ડિસ્કાઉન્ટ", "reformat"), ("total_usd", ["વજન", "ભાવ $/ct"], "compose"),
        ("location", "સ્થાન", "value_map"), ("status", "સ્થિતિ", "value_map"),
    ]:
        p.m(c, s, k)
    p.m("table_pct", [], "unmapped")
    p.m("girdle", [], "unmapped")
    used: set = set()

    def row(rng, i):
        while True:
            sn = rng.randint(10000, 29999)
            if sn not in used:
                used.add(sn)
                break
        d = gc.rand_date(rng, dt.date(2023, 6, 1), dt.date(2024, 6, 28))
        shape = pick(rng, [("ROUND", 55), ("OVAL", 10), ("PEAR", 8), ("PRINCESS", 6), ("EMERALD", 6), ("CUSHION", 7),
                           ("MARQUISE", 4), ("HEART", 4)])
        lab_grown = rng.random() < 0.3
        ct = D(rng.choice([rng.randint(30, 99), rng.randint(30, 99), rng.randint(100, 160), rng.randint(150, 301)])) / 100
        color = rng.choice(COLORS[:6] if lab_grown else COLORS)
        clar = rng.choice(CLARITY[:5] if lab_grown else CLARITY)
        grades = ["EX", "VG", "G"]
        pol = pick(rng, [("EX", 6), ("VG", 3), ("G", 1)])
        sym = pick(rng, [("EX", 5), ("VG", 4), ("G", 1)])
        cut = pick(rng, [("EX", 6), ("VG", 3), ("G", 1)]) if shape == "ROUND" else None
        if cut:
            if cut == pol == sym == "EX" and rng.random() < 0.7:
                cps = "3EX"
            elif cut == pol == sym == "VG" and rng.random() < 0.7:
                cps = "3VG"
            else:
                cps = pick(rng, [(f"{cut} {pol} {sym}", 3), (f"{cut}/{pol}/{sym}", 3), (f"{cut}-{pol}-{sym}", 2)])
        else:
            cps = pick(rng, [(f"- {pol} {sym}", 3), (f"-/{pol}/{sym}", 3), (f"NA-{pol}-{sym}", 2)])
        fl = "NONE" if lab_grown else pick(rng, [("NONE", 50), ("FAINT", 20), ("MEDIUM", 15), ("STRONG", 10),
                                                 ("VERY_STRONG", 5)])
        if lab_grown:
            lab = pick(rng, [("IGI", 7), ("GIA", 2), (None, 1)])
            method = pick(rng, [("CVD", 6), ("HPHT", 3), (None, 2)])
            type_disp = rng.choice({"CVD": ["CVD", "લેબગ્રોન CVD", "LGD-CVD"], "HPHT": ["HPHT", "લેબગ્રોન HPHT"],
                                    None: ["લેબગ્રોન", "LGD", "Lab Grown"]}[method])
        else:
            lab = pick(rng, [("GIA", 60), ("IGI", 15), ("HRD", 10), (None, 15)])
            method = None
            type_disp = rng.choice(["નેચરલ", "Natural", "NAT"])
        cert = None
        if lab == "GIA":
            cert = str(rng.randint(1, 7)) + gc.digits(rng, 9)
        elif lab == "IGI":
            cert = ("LG" if lab_grown else "") + gc.digits(rng, 9)
        elif lab == "HRD":
            cert = "2" + gc.digits(rng, 11)
        cert_disp = pick(rng, [(cert, 5), (f"{lab} {cert}", 3), (f"#{cert}", 2)]) if cert else ""
        lab_disp = pick(rng, [(lab, 6), (lab.lower(), 1)]) if lab else rng.choice(["નોન સર્ટ", "-", "NC", ""])
        # measurements
        ratio = SHAPE_RATIO[shape]
        vol = float(ct) ** (1 / 3)
        if shape == "ROUND":
            dia = 6.45 * vol
            a = rhu(dia - rng.uniform(0, 0.02), 2)
            b = rhu(float(a) + rng.uniform(0.01, 0.05), 2)
            c = rhu(float(a + b) / 2 * rng.uniform(0.605, 0.625), 2)
        else:
            w = 6.45 * vol / math.sqrt(ratio) * rng.uniform(0.97, 1.03)
            a = rhu(w * ratio, 2)
            b = rhu(w, 2)
            c = rhu(w * rng.uniform(0.62, 0.70), 2)
        meas = pick(rng, [(f"{a:.2f}-{b:.2f}x{c:.2f}" if shape == "ROUND" else f"{a:.2f}x{b:.2f}x{c:.2f}", 4),
                          (f"{a:.2f} x {b:.2f} x {c:.2f} mm", 3), (f"{a:.2f}*{b:.2f}*{c:.2f}", 2)])
        # price
        base = 2500 + 9000 * float(ct) ** 1.6
        base *= (1.6 - 0.09 * COLORS.index(color)) * (1.5 - 0.1 * CLARITY.index(clar))
        if shape != "ROUND":
            base *= 0.75
        if lab_grown:
            base = 120 + 260 * float(ct)
        ppc = D(int(base) // 10 * 10)
        ppc_disp = pick(rng, [(f"${int(ppc):,}", 4), (str(int(ppc)), 3), (script_digits(str(int(ppc)), GU_DIG), 2),
                              (f"US$ {int(ppc):,}.00", 1)])
        if lab_grown:
            disc = -D(rng.randint(1700, 1900)) / 20
        else:
            disc = -D(rng.randint(10, 110)) / 2 if rng.random() > 0.04 else D(rng.randint(1, 10)) / 2
        disc_frac = rhu(disc / 100, 4)
        dabs = f"{abs(disc):.2f}".rstrip("0").rstrip(".")
        if disc < 0:
            disc_disp = pick(rng, [(f"-{abs(disc):.2f}%", 4), (f"-{dabs}", 3), (f"{dabs}% ઓછું", 2)])
        else:
            disc_disp = pick(rng, [(f"+{disc:.2f}%", 1), (f"+{dabs}", 1)])
        cts = f"{ct:.2f}"
        wt_opts = [(f"{cts} ct", 4), (cts, 3), (script_digits(cts, GU_DIG) + " કેરેટ", 2), (f"{int(ct * 200)} mg", 1)]
        if ct < 1:
            wt_opts.append((f"{int(ct * 100)} સેન્ટ", 2))
        wt_disp = pick(rng, wt_opts)
        cc_disp = pick(rng, [(f"{color}/{clar}", 4), (f"{color} {clar}", 3), (f"{color.lower()}-{clar.lower()}", 1),
                             (f"{color}, {clar}", 2)])
        loc = pick(rng, [("SRT", 45), ("BOM", 30), ("ANR", 10), ("HKG", 10), ("NYC", 5)])
        status = pick(rng, [("AVAILABLE", 60), ("MEMO", 15), ("HOLD", 10), ("SOLD", 15)])
        date_disp = pick(rng, [(f"{d.day:02d}/{d.month:02d}/{d.year}", 4), (f"{d.day:02d}-{d.month:02d}-{d.year}", 2),
                               (script_digits(f"{d.day:02d}/{d.month:02d}/{d.year}", GU_DIG), 2),
                               (f"{d.day} {GU_MONTH[d.month - 1]} {d.year}", 1), (d.isoformat(), 1)])
        s = {
            "ક્રમ": script_digits(str(i + 1), GU_DIG) if rng.random() < 0.4 else str(i + 1),
            "સ્ટોક નં.": pick(rng, [(f"SRT-{sn}", 3), (str(sn), 4), (script_digits(str(sn), GU_DIG), 2), (f"#{sn}", 1)]),
            "તારીખ": date_disp, "આકાર": rng.choice(SHAPES[shape]), "વજન": wt_disp, "રંગ / શુદ્ધતા": cc_disp,
            "કટ / પોલિશ / સિમેટ્રી": cps, "ફ્લોરોસન્સ": rng.choice(FLUOR[fl]), "લેબ": lab_disp,
            "સર્ટિફિકેટ નં.": cert_disp, "પ્રકાર": type_disp, "માપ (મિમી)": meas, "ભાવ $/ct": ppc_disp,
            "રેપ ડિસ્કાઉન્ટ": disc_disp, "સ્થાન": rng.choice(GU_LOC[loc]), "સ્થિતિ": rng.choice(GU_STATUS[status]),
            "દલાલ": rng.choice(GU_BROKERS) if status in ("MEMO", "SOLD", "HOLD") else "", "નોંધ": rng.choice(GU_NOTES),
        }
        t = {
            "stock_no": sn, "stock_date": d.isoformat(), "shape": shape, "carat": cts, "color": color, "clarity": clar,
            "cut_grade": cut, "polish": pol, "symmetry": sym, "fluorescence": fl, "lab": lab, "cert_number": cert,
            "is_lab_grown": lab_grown, "growth_method": method, "length_mm": f"{a:.2f}", "width_mm": f"{b:.2f}",
            "depth_mm": f"{c:.2f}", "price_per_ct_usd": f"{ppc:.2f}", "rap_discount": f"{disc_frac:.4f}",
            "total_usd": f"{rhu(ct * ppc, 2):.2f}", "location": loc, "status": status,
        }
        return s, t

    p.row = row
    return p


# ---------------------------------------------------------------------------------------------
BUILDERS = [(build_sk, 14141), (build_codeco, 14142), (build_hr, 14143), (build_km, 14144), (build_cy, 14145),
            (build_techlog, 14146), (build_za, 14147), (build_gu, 14148)]


def main() -> None:
    mc.OUT = OUT
    tot = [0, 0, 0]
    for fn, seed in BUILDERS:
        p = fn(seed)
        n, s, t = p.write()
        un = sum(1 for c in p.corr if c[2] == "unmapped")
        print(f"{p.name:42s} rows={n:4d} src_cols={s:3d} tgt_cols={t:3d} unmapped={un}")
        tot = [tot[0] + n, tot[1] + s, tot[2] + t]
    print("total", tot)


if __name__ == "__main__":
    main()
