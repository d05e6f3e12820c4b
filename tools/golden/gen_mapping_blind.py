"""Blind pairs of the mapping golden set (assets_config/golden_mapping/blind).

Other domains, languages and challenge families than the dev pairs. Run through gen_mapping.py.
"""

from __future__ import annotations

import datetime as dt
import random
import string

import golden_common as gc
from mapping_common import C, Pair, eu, q, render_date, title_name, us

D = dt.date
T = dt.datetime


def pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), list(weights.values()))[0]


# =============================================================================================
# B1. WIDE: SAP material master extract (52 cols) -> product master (118 cols)
# =============================================================================================
def b_sap_material() -> Pair:
    P = Pair("dev", "sap_mara_to_product_master_wide",
             "Wide: SAP material master extract (technical field names, unit columns, price units) into a "
             "118-column product master", "product_master", 180, 2001)
    P.src_cols = ["MATNR", "MAKTX", "SPRAS", "MTART", "MATKL", "MEINS", "BRGEW", "NTGEW", "GEWEI", "VOLUM", "VOLEH",
                  "LAENG", "BREIT", "HOEHE", "MEABM", "EAN11", "NUMTP", "ERSDA", "ERNAM", "LAEDA", "AENAM", "LVORM",
                  "MSTAE", "SPART", "PRDHA", "BISMT", "MFRPN", "MFRNR", "WRKST", "TRAGR", "MTPOS_MARA", "XCHPF",
                  "MHDRZ", "MHDHB", "TEMPB", "STPRS", "PEINH", "WAERS", "VPRSV", "BKLAS", "HERKL", "STAWN",
                  "ZZ_FARBE", "ZZ_ROHS", "ZZ_WEB_AKTIV", "ZZ_MARKE", "GROES", "NORMT", "LABOR", "EKWSL", "BSTME",
                  "MAGRV"]
    mtart = {"finished_good": ["FERT"], "semi_finished": ["HALB"], "raw_material": ["ROH"],
             "trading_good": ["HAWA"]}
    uom = {"ST": "EA", "KG": "KG", "L": "L", "M": "M", "KAR": "CS", "PAK": "PK"}
    colors = {"schwarz": "black", "weiß": "white", "rot": "red", "blau": "blue", "grau": "grey", "edelstahl": "steel"}
    mapped = [
        (C("material_id", "string", "id.sku", key=True, nullable=False, regex=r"^[1-9][0-9]*$",
           description="material number without leading zeros"), ["MATNR"], "reformat"),
        (C("product_name", "string", "text.product_name", nullable=False), ["MAKTX"], "atomic"),
        (C("product_type", "string", "text.category", allowed_values=list(mtart)), ["MTART"], "value_map"),
        (C("category_code", "string", "text.category"), ["MATKL"], "atomic"),
        (C("base_uom", "string", allowed_values=sorted(set(uom.values())),
           description="UN/ECE style unit: EA each, KG, L, M, CS case, PK pack"), ["MEINS"], "value_map"),
        (C("gross_weight_kg", "decimal", "qty.mass", description="3 decimals"), ["BRGEW", "GEWEI"], "unit"),
        (C("net_weight_kg", "decimal", "qty.mass", description="3 decimals"), ["NTGEW", "GEWEI"], "unit"),
        (C("volume_l", "decimal", "qty.volume", description="litres, 3 decimals"), ["VOLUM", "VOLEH"], "unit"),
        (C("length_mm", "int", "qty.length"), ["LAENG", "MEABM"], "unit"),
        (C("width_mm", "int", "qty.length"), ["BREIT", "MEABM"], "unit"),
        (C("height_mm", "int", "qty.length"), ["HOEHE", "MEABM"], "unit"),
        (C("gtin", "string", "id.ean", regex=r"^[0-9]{8,14}$"), ["EAN11"], "atomic"),
        (C("created_on", "date", "datetime.created_at"), ["ERSDA"], "date_format"),
        (C("created_by", "string", "person.username"), ["ERNAM"], "atomic"),
        (C("changed_on", "date", "datetime.updated_at"), ["LAEDA"], "date_format"),
        (C("is_deleted", "bool", "flag.is_deleted", nullable=False), ["LVORM"], "value_map"),
        (C("division", "string"), ["SPART"], "atomic"),
        (C("product_hierarchy", "string"), ["PRDHA"], "atomic"),
        (C("legacy_sku", "string", "id.sku"), ["BISMT"], "atomic"),
        (C("mfr_part_number", "string"), ["MFRPN"], "atomic"),
        (C("batch_managed", "bool", "flag.boolean", nullable=False), ["XCHPF"], "value_map"),
        (C("min_remaining_shelf_life_days", "int", "qty.duration"), ["MHDRZ"], "type_cast"),
        (C("total_shelf_life_days", "int", "qty.duration"), ["MHDHB"], "type_cast"),
        (C("unit_cost", "decimal", "money.unit_price", description="standard price per ONE base unit, 4 decimals"),
         ["STPRS", "PEINH"], "compose"),
        (C("cost_currency", "string", "iso.currency_code"), ["WAERS"], "atomic"),
        (C("price_control", "string", allowed_values=["standard", "moving_average"]), ["VPRSV"], "value_map"),
        (C("country_of_origin", "string", "iso.country_alpha2"), ["HERKL"], "atomic"),
        (C("hs_code", "string", regex=r"^[0-9]{8}$", description="8-digit customs tariff number, digits only"),
         ["STAWN"], "reformat"),
        (C("color", "string", allowed_values=sorted(colors.values())), ["ZZ_FARBE"], "value_map"),
        (C("rohs_compliant", "bool", "flag.boolean"), ["ZZ_ROHS"], "value_map"),
        (C("web_enabled", "bool", "flag.is_active"), ["ZZ_WEB_AKTIV"], "value_map"),
        (C("brand", "string", "org.company_name"), ["ZZ_MARKE"], "atomic"),
        (C("size_dimensions_text", "string", "text.description"), ["GROES"], "atomic"),
    ]
    unmapped_names = [
        "short_description", "long_description", "marketing_copy", "seo_title", "seo_description", "seo_keywords",
        "url_slug", "image_url_main", "image_url_2", "image_url_3", "image_alt_text", "video_url", "datasheet_url",
        "safety_datasheet_url", "warranty_months", "warranty_terms", "list_price", "list_price_currency",
        "msrp", "map_price", "promo_price", "promo_start", "promo_end", "tax_class", "vat_rate", "is_hazmat",
        "un_number", "hazard_class", "packing_group", "flash_point_c", "storage_temp_min_c", "storage_temp_max_c",
        "is_fragile", "is_stackable", "max_stack_height", "pallet_qty", "layer_qty", "case_qty", "inner_pack_qty",
        "case_gtin", "pallet_gtin", "case_length_mm", "case_width_mm", "case_height_mm", "case_weight_kg",
        "pallet_weight_kg", "lead_time_days", "moq", "order_multiple", "reorder_point", "safety_stock",
        "abc_class", "xyz_class", "preferred_supplier_id", "supplier_sku", "supplier_lead_time_days",
        "purchasing_group", "planner_code", "launch_date", "discontinued_date", "successor_material_id",
        "predecessor_material_id", "lifecycle_status", "target_market", "age_restriction", "gender_target",
        "season", "collection", "material_composition", "care_instructions", "energy_label", "ip_rating",
        "voltage_v", "power_w", "battery_included", "battery_type", "recycled_content_pct", "carbon_footprint_kg",
        "packaging_material", "packaging_weight_g", "customs_description", "export_control_class",
        "is_serialized", "serial_number_profile", "quality_inspection_required", "source_system", "etl_loaded_at",
    ]
    unmapped_types = {"list_price": "decimal", "msrp": "decimal", "map_price": "decimal", "promo_price": "decimal",
                      "promo_start": "date", "promo_end": "date", "vat_rate": "decimal", "is_hazmat": "bool",
                      "flash_point_c": "decimal", "storage_temp_min_c": "decimal", "storage_temp_max_c": "decimal",
                      "is_fragile": "bool", "is_stackable": "bool", "max_stack_height": "int", "pallet_qty": "int",
                      "layer_qty": "int", "case_qty": "int", "inner_pack_qty": "int", "case_length_mm": "int",
                      "case_width_mm": "int", "case_height_mm": "int", "case_weight_kg": "decimal",
                      "pallet_weight_kg": "decimal", "lead_time_days": "int", "moq": "int", "order_multiple": "int",
                      "reorder_point": "int", "safety_stock": "int", "supplier_lead_time_days": "int",
                      "launch_date": "date", "discontinued_date": "date", "age_restriction": "int",
                      "voltage_v": "decimal", "power_w": "decimal", "battery_included": "bool",
                      "recycled_content_pct": "decimal", "carbon_footprint_kg": "decimal",
                      "packaging_weight_g": "decimal", "is_serialized": "bool",
                      "quality_inspection_required": "bool", "etl_loaded_at": "datetime", "warranty_months": "int"}
    P.tgt_cols = [m[0] for m in mapped] + [C(n, unmapped_types.get(n, "string")) for n in unmapped_names]
    for col, srcs, kind in mapped:
        P.m(col["name"], srcs, kind)
    for n in unmapped_names:
        P.m(n, [], "unmapped")
    P.key_src, P.key_tgt = ["MATNR"], ["material_id"]
    items = [("Akku-Bohrschrauber 18V", "FERT", "ST", 1.9, "ELEK01", "Bosch", (250, 90, 240)),
             ("Schraube M6x20 DIN 912 verz.", "HAWA", "PAK", 0.35, "NORM02", "Würth", (120, 80, 40)),
             ("Edelstahlblech 2mm", "ROH", "KG", 1.0, "ROH010", "", (1000, 500, 2)),
             ("Gehäuse Unterteil ABS", "HALB", "ST", 0.22, "KUNS03", "", (180, 120, 40)),
             ("Kühlschmierstoff 5L", "HAWA", "L", 5.3, "CHEM05", "Fuchs", (190, 120, 290)),
             ("Kabel NYM-J 3x1,5", "HAWA", "M", 0.12, "ELEK02", "Lapp", (1000, 10, 10)),
             ("Werkbank Stahl 1500", "FERT", "ST", 48.0, "MOEB01", "Kraftwerk", (1500, 700, 850)),
             ("Kaffeevollautomat EQ.6", "FERT", "ST", 9.4, "HAUS01", "Siemens", (320, 390, 470)),
             ("Versandkarton 400x300", "HAWA", "KAR", 0.45, "VERP01", "", (400, 300, 300))]
    clerks = ["MMUELLER", "SKRAUSE", "BATCHJOB", "T.WEBER", "IDOC_IN"]

    def row(rng, i):
        name, mt, me, kg, mk, brand, base_dims = rng.choice(items)
        matnr = 100000 + i * 13 + rng.randint(0, 12)
        gunit = pick(rng, {"KG": 0.6, "G": 0.35, "LB": 0.05})
        gross_kg = round(kg * rng.uniform(0.9, 1.15), 3)
        net_kg = round(gross_kg * rng.uniform(0.8, 0.97), 3)
        f = {"KG": 1, "G": 1000, "LB": 1 / 0.45359237}[gunit]
        gross_src = round(gross_kg * f, 3 if gunit != "G" else 0)
        net_src = round(net_kg * f, 3 if gunit != "G" else 0)
        gross_t = gross_src / f
        net_t = net_src / f
        dims_mm = [max(2, int(b * rng.uniform(0.9, 1.1))) for b in base_dims]
        vol_l = round(dims_mm[0] * dims_mm[1] * dims_mm[2] / 1e6, 3)
        vunit = pick(rng, {"L": 0.4, "CCM": 0.3, "M3": 0.2, "": 0.1})
        if vunit == "M3" and vol_l < 50:
            vunit = "L"
        vf = {"L": 1, "CCM": 1000, "M3": 0.001, "": None}[vunit]
        vol_src = "" if vf is None else (round(vol_l * vf, 3 if vunit != "CCM" else 0))
        vol_t = None if vf is None else q(float(vol_src) / vf, 3)
        munit = pick(rng, {"MM": 0.5, "CM": 0.4, "M": 0.1})
        mf = {"MM": 1, "CM": 10, "M": 1000}[munit]
        dims_src = [(d // mf if d % mf == 0 else round(d / mf, 3)) for d in dims_mm]
        ean_body = rng.choice(["400", "405", "426"]) + gc.digits(rng, 9)
        ean = ean_body + str((10 - sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(ean_body)) % 10) % 10)
        has_ean = mt in ("FERT", "HAWA") and rng.random() < 0.9
        ersda = gc.rand_date(rng, D(2005, 1, 1), D(2023, 12, 31))
        laeda = gc.rand_date(rng, ersda, D(2024, 9, 30))
        deleted = rng.random() < 0.07
        batch = mt in ("ROH", "HAWA") and rng.random() < 0.5
        shelf = rng.choice([0, 0, 365, 720, 1095]) if mt != "FERT" else 0
        peinh = rng.choice([1, 1, 10, 100, 1000]) if me in ("PAK", "M", "KG") else 1
        unit_cost = round(rng.uniform(0.01, 400), 4) if peinh == 1 else round(rng.uniform(0.001, 3), 4)
        stprs = round(unit_cost * peinh, 2)
        vprsv = rng.choice(["S", "V"])
        hs = gc.digits(rng, 8)
        color_src = rng.choice(list(colors) + [""]) if mt == "FERT" else ""
        rohs = rng.choice(["J", "N", ""]) if mk.startswith("ELEK") else ""
        web = rng.choice(["X", ""]) if mt in ("FERT", "HAWA") else ""
        groes = "x".join(str(d) for d in dims_mm) + " mm" if rng.random() < 0.4 else ""
        dims_src = [f"{d:.3f}" for d in dims_src]
        s = {"MATNR": f"{matnr:018d}", "MAKTX": name, "SPRAS": "DE", "MTART": rng.choice(mtart[{
            "FERT": "finished_good", "HALB": "semi_finished", "ROH": "raw_material", "HAWA": "trading_good"}[mt]]),
             "MATKL": mk, "MEINS": me, "BRGEW": f"{gross_src:.3f}", "NTGEW": f"{net_src:.3f}", "GEWEI": gunit,
             "VOLUM": "" if vol_src == "" else f"{vol_src:.3f}", "VOLEH": vunit,
             "LAENG": dims_src[0], "BREIT": dims_src[1], "HOEHE": dims_src[2],
             "MEABM": munit, "EAN11": ean if has_ean else "", "NUMTP": "HE" if has_ean else "",
             "ERSDA": ersda.strftime("%Y%m%d"), "ERNAM": rng.choice(clerks), "LAEDA": laeda.strftime("%Y%m%d"),
             "AENAM": rng.choice(clerks), "LVORM": "X" if deleted else "", "MSTAE": rng.choice(["", "", "01", "Z2"]),
             "SPART": rng.choice(["10", "20", "30"]), "PRDHA": f"{rng.randint(1, 9):05d}{rng.randint(1, 99):05d}"
             f"{rng.randint(1, 999):08d}", "BISMT": f"ALT-{rng.randint(1000, 99999)}" if rng.random() < 0.4 else "",
             "MFRPN": f"{gc.token(rng, 3, string.ascii_uppercase)}{gc.digits(rng, 5)}" if brand else "",
             "MFRNR": f"{rng.randint(100000, 199999):010d}" if brand else "", "WRKST": rng.choice(["", "Stahl",
                                                                                                   "ABS", "PVC"]),
             "TRAGR": rng.choice(["0001", "0002", "Z003"]), "MTPOS_MARA": rng.choice(["NORM", "LEIS", "ERLA"]),
             "XCHPF": "X" if batch else "", "MHDRZ": shelf // 3 if shelf else "", "MHDHB": shelf or "",
             "TEMPB": rng.choice(["", "", "K1", "T2"]), "STPRS": f"{stprs:.2f}", "PEINH": peinh, "WAERS": "EUR",
             "VPRSV": vprsv, "BKLAS": rng.choice(["3000", "3100", "7920"]),
             "HERKL": rng.choice(["DE", "CN", "PL", "CZ", "IT", "US", "TW"]),
             "STAWN": rng.choice([hs, f"{hs[:4]}.{hs[4:6]}.{hs[6:]}", f"{hs[:4]} {hs[4:6]} {hs[6:]}"]),
             "ZZ_FARBE": color_src, "ZZ_ROHS": rohs, "ZZ_WEB_AKTIV": web, "ZZ_MARKE": brand, "GROES": groes,
             "NORMT": rng.choice(["", "DIN 912", "ISO 4762", ""]), "LABOR": rng.choice(["", "001", "002"]),
             "EKWSL": rng.choice(["", "0001"]), "BSTME": rng.choice(["", me]), "MAGRV": rng.choice(["", "PAL1"])}
        t = {"material_id": str(matnr), "product_name": name, "product_type": {
            "FERT": "finished_good", "HALB": "semi_finished", "ROH": "raw_material", "HAWA": "trading_good"}[mt],
             "category_code": mk, "base_uom": uom[me], "gross_weight_kg": q(gross_t, 3), "net_weight_kg": q(net_t, 3),
             "volume_l": vol_t, "length_mm": dims_mm[0], "width_mm": dims_mm[1], "height_mm": dims_mm[2],
             "gtin": ean if has_ean else None, "created_on": ersda.isoformat(), "created_by": s["ERNAM"],
             "changed_on": laeda.isoformat(), "is_deleted": deleted, "division": s["SPART"],
             "product_hierarchy": s["PRDHA"], "legacy_sku": s["BISMT"] or None, "mfr_part_number": s["MFRPN"] or None,
             "batch_managed": batch, "min_remaining_shelf_life_days": shelf // 3 if shelf else None,
             "total_shelf_life_days": shelf or None, "unit_cost": q(stprs / peinh, 4), "cost_currency": "EUR",
             "price_control": "standard" if vprsv == "S" else "moving_average", "country_of_origin": s["HERKL"],
             "hs_code": hs, "color": colors.get(color_src), "rohs_compliant": {"J": True, "N": False}.get(rohs),
             "web_enabled": (web == "X") if mt in ("FERT", "HAWA") else None, "brand": brand or None,
             "size_dimensions_text": groes or None}
        return s, t

    P.row = row
    P.n_examples = 2
    P.comment = ("Product master of the new PIM. Units: kilograms, litres, millimetres. unit_cost is the cost of one\n"
                 "base unit (SAP prices are per price unit).")
    return P


# =============================================================================================
# B2. Italian hotel bookings
# =============================================================================================
IT_MONTH = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre"]


def b_prenotazioni() -> Pair:
    P = Pair("dev", "prenotazioni_it_to_booking",
             "Italian hotel booking list ('ROSSI Mario', '2 adulti + 1 bambino', Italian countries) into booking",
             "hotel_booking", 170, 2002)
    P.src_cols = ["Cod. Prenotazione", "Nominativo", "Nazione", "Arrivo", "Partenza", "Ospiti", "Camera", "Tipologia",
                  "Trattamento", "Tariffa", "Totale", "Caparra", "Canale", "Operatore", "Note"]
    nations = {"IT": ["Italia", "ITALIA", "IT"], "DE": ["Germania"], "FR": ["Francia"], "GB": ["Regno Unito", "UK"],
               "US": ["Stati Uniti", "USA"], "CH": ["Svizzera"], "NL": ["Paesi Bassi", "Olanda"]}
    rtypes = {"single": ["Singola", "SGL"], "double": ["Doppia", "Matrimoniale", "DBL"], "triple": ["Tripla", "TPL"],
              "suite": ["Suite", "Junior Suite"]}
    boards = {"RO": ["Solo pernottamento", "RO"], "BB": ["BB", "B&B", "Pernottamento e colazione"],
              "HB": ["HB", "Mezza pensione"], "FB": ["FB", "Pensione completa"]}
    chans = {"booking_com": ["Booking.com", "BOOKING"], "expedia": ["Expedia"], "direct": ["Diretto", "Sito web"],
             "phone": ["Telefono"], "email": ["Email", "e-mail"]}
    P.tgt_cols = [
        C("booking_ref", "string", "id.record_id", key=True, nullable=False),
        C("guest_last_name", "string", "person.last_name", description="title case, e.g. De Luca"),
        C("guest_first_name", "string", "person.first_name"),
        C("country_code", "string", "iso.country_alpha2", allowed_values=list(nations)),
        C("arrival_date", "date", "datetime.date", nullable=False),
        C("departure_date", "date", "datetime.date", nullable=False),
        C("adults", "int", "qty.count"),
        C("children", "int", "qty.count"),
        C("room_number", "string"),
        C("room_type", "string", allowed_values=list(rtypes)),
        C("board", "string", allowed_values=list(boards)),
        C("nightly_rate", "decimal", "money.unit_price", description="EUR, 2 decimals"),
        C("total_amount", "decimal", "money.amount", description="EUR, 2 decimals"),
        C("deposit_amount", "decimal", "money.amount"),
        C("channel", "string", allowed_values=list(chans)),
        C("guest_email", "string", "contact.email"),
    ]
    P.key_src, P.key_tgt = ["Cod. Prenotazione"], ["booking_ref"]
    for tgt, src, k in [("booking_ref", "Cod. Prenotazione", "atomic"), ("guest_last_name", "Nominativo", "decompose"),
                        ("guest_first_name", "Nominativo", "decompose"), ("country_code", "Nazione", "value_map"),
                        ("arrival_date", "Arrivo", "date_format"), ("departure_date", "Partenza", "date_format"),
                        ("adults", "Ospiti", "decompose"), ("children", "Ospiti", "decompose"),
                        ("room_number", "Camera", "atomic"), ("room_type", "Tipologia", "value_map"),
                        ("board", "Trattamento", "value_map"), ("nightly_rate", "Tariffa", "reformat"),
                        ("total_amount", "Totale", "reformat"), ("deposit_amount", "Caparra", "reformat"),
                        ("channel", "Canale", "value_map")]:
        P.m(tgt, src, k)
    P.m("guest_email", [], "unmapped")
    locs = {"IT": "it_IT", "DE": "de_DE", "FR": "fr_FR", "GB": "en_GB", "US": "en_US", "CH": "de_DE", "NL": "nl_NL"}

    def row(rng, i):
        c = pick(rng, {"IT": 0.55, "DE": 0.12, "FR": 0.08, "GB": 0.08, "US": 0.07, "CH": 0.05, "NL": 0.05})
        while True:
            p = gc.person(rng, locs[c])
            if p["last"].upper() != p["last"] and not any(ch.isupper() for ch in p["first"][1:].replace(" ", "")
                                                          .replace("-", "")):
                break
        arr = gc.rand_date(rng, D(2024, 4, 1), D(2024, 10, 15))
        nights = rng.choice([1, 2, 2, 3, 3, 4, 5, 7])
        dep = arr + dt.timedelta(days=nights)
        rt = pick(rng, {"single": 0.15, "double": 0.6, "triple": 0.1, "suite": 0.15})
        cap = {"single": 1, "double": 2, "triple": 3, "suite": 4}[rt]
        adults = min(cap, rng.choice([1, 2, 2, 2, 3]))
        children = rng.choice([0, 0, 0, 1, 2]) if cap - adults >= 1 or rt == "double" else 0
        if rt == "single":
            adults, children = 1, 0

        def ppl(a: int, c_: int) -> str:
            st = rng.randrange(3)
            a_s = [f"{a} {'adulto' if a == 1 else 'adulti'}", f"{a} ad.", f"{a} adult{'o' if a == 1 else 'i'}"][st]
            if c_ == 0:
                return a_s
            c_s = [f"{c_} {'bambino' if c_ == 1 else 'bambini'}", f"{c_} bamb.",
                   f"{c_} bimb{'o' if c_ == 1 else 'i'}"][st]
            return f"{a_s} + {c_s}"

        rate = rng.choice([79, 89, 99, 109, 129, 149, 189, 240, 320]) + rng.choice([0, 0, 0.5])
        total = round(rate * nights, 2)
        dep_amt = round(total * 0.3, 2) if rng.random() < 0.4 else None
        board = rng.choice(list(boards))
        ch = rng.choice(list(chans))
        name_src = f"{p['last'].upper()} {p['first']}"
        s = {"Cod. Prenotazione": f"PR{24000 + i * 3}", "Nominativo": name_src, "Nazione": rng.choice(nations[c]),
             "Arrivo": render_date(arr, "eu_slash"),
             "Partenza": render_date(dep, "eu_slash") if rng.random() < 0.75
             else f"{dep.day} {IT_MONTH[dep.month - 1]} {dep.year}",
             "Ospiti": ppl(adults, children), "Camera": str(rng.randint(1, 4) * 100 + rng.randint(1, 20)),
             "Tipologia": rng.choice(rtypes[rt]), "Trattamento": rng.choice(boards[board]),
             "Tariffa": rng.choice([f"€ {eu(rate)}/notte", eu(rate), f"EUR {eu(rate)}"]),
             "Totale": f"€ {eu(total)}", "Caparra": f"€ {eu(dep_amt)}" if dep_amt else "",
             "Canale": rng.choice(chans[ch]), "Operatore": rng.choice(["Giulia", "Marco", "Front desk"]),
             "Note": rng.choice(["", "", "Arrivo tardivo", "Culla", "Anniversario", "Cane di piccola taglia"])}
        t = {"booking_ref": s["Cod. Prenotazione"], "guest_last_name": title_name(p["last"].upper()),
             "guest_first_name": p["first"], "country_code": c, "arrival_date": arr.isoformat(),
             "departure_date": dep.isoformat(), "adults": adults, "children": children, "room_number": s["Camera"],
             "room_type": rt, "board": board, "nightly_rate": q(rate), "total_amount": q(total),
             "deposit_amount": q(dep_amt) if dep_amt else None, "channel": ch}
        return s, t

    P.row = row
    return P


# =============================================================================================
# B3. IoT weather-station readings (imperial -> metric, compass -> degrees, epoch -> UTC)
# =============================================================================================
COMPASS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]


def b_iot() -> Pair:
    P = Pair("dev", "iot_readings_to_metrics",
             "Weather-station telemetry (short lowercase codes, imperial units, epoch seconds) into metric readings",
             "station_reading", 280, 2003)
    P.src_cols = ["dev", "ts", "t_f", "rh", "p_inhg", "wind_mph", "wind_dir", "batt", "status", "lat", "lon", "fw",
                  "rssi", "site"]
    P.tgt_cols = [
        C("device_id", "int", "id.record_id", key=True, nullable=False, description="numeric part of the serial"),
        C("reading_at", "datetime", "datetime.timestamp", key=True, nullable=False, description="UTC"),
        C("temperature_c", "decimal", "qty.temperature", description="1 decimal"),
        C("humidity_pct", "decimal", "qty.percentage", description="0-100, 1 decimal"),
        C("pressure_hpa", "decimal", description="hectopascal, 1 decimal"),
        C("wind_speed_kmh", "decimal", description="1 decimal"),
        C("wind_direction_deg", "decimal", description="degrees clockwise from north (N=0, E=90), 1 decimal"),
        C("battery_level", "decimal", "qty.percentage", description="fraction 0-1, 2 decimals"),
        C("status", "string", "status.record_status", allowed_values=["ok", "warning", "error"]),
        C("latitude", "decimal", "geo.latitude"),
        C("longitude", "decimal", "geo.longitude"),
        C("dew_point_c", "decimal", "qty.temperature"),
    ]
    P.key_src, P.key_tgt = ["dev", "ts"], ["device_id", "reading_at"]
    for tgt, src, k in [("device_id", "dev", "type_cast"), ("reading_at", "ts", "date_format"),
                        ("temperature_c", "t_f", "unit"), ("humidity_pct", "rh", "reformat"),
                        ("pressure_hpa", "p_inhg", "unit"), ("wind_speed_kmh", "wind_mph", "unit"),
                        ("wind_direction_deg", "wind_dir", "value_map"), ("battery_level", "batt", "reformat"),
                        ("status", "status", "value_map"), ("latitude", "lat", "atomic"),
                        ("longitude", "lon", "atomic")]:
        P.m(tgt, src, k)
    P.m("dew_point_c", [], "unmapped")
    devices = {n: (round(random.Random(n).uniform(30, 48), 5), round(random.Random(n + 1).uniform(-122, -71), 5))
               for n in (17, 204, 311, 1029, 4410, 87)}
    state = {d: T(2024, 7, 1) + dt.timedelta(minutes=random.Random(d).randint(0, 59)) for d in devices}
    stat = {"ok": ["OK", "ok", "0"], "warning": ["WARN", "W", "1"], "error": ["ERR", "E", "2", "FAIL"]}

    def row(rng, i):
        d = rng.choice(list(devices))
        state[d] += dt.timedelta(minutes=rng.choice([10, 10, 15, 30, 60]))
        ts = state[d]
        f = round(rng.uniform(28, 104), 1)
        rh = round(rng.uniform(8, 99), 1)
        inhg = round(rng.uniform(29.2, 30.6), 2)
        mph = round(rng.uniform(0, 45), 1)
        wd = rng.randrange(16)
        batt = rng.randint(3, 100)
        st = pick(rng, {"ok": 0.85, "warning": 0.1, "error": 0.05})
        lat, lon = devices[d]
        missing_t = rng.random() < 0.04
        s = {"dev": rng.choice([f"SN-{d:06d}", f"sn{d:06d}", str(d)]), "ts": int(ts.replace(tzinfo=dt.UTC).timestamp()),
             "t_f": "" if missing_t else f, "rh": rng.choice([f"{rh}%", f"{rh} %", str(rh)]), "p_inhg": inhg,
             "wind_mph": mph, "wind_dir": COMPASS[wd] if mph > 0 else "", "batt": rng.choice([f"{batt}%", f"{batt} %"]),
             "status": rng.choice(stat[st]), "lat": lat, "lon": lon, "fw": rng.choice(["1.4.2", "1.5.0"]),
             "rssi": -rng.randint(40, 110), "site": rng.choice(["roof", "field-a", "pier"])}
        t = {"device_id": d, "reading_at": ts.strftime("%Y-%m-%dT%H:%M:%S"),
             "temperature_c": None if missing_t else q((f - 32) * 5 / 9, 1), "humidity_pct": q(rh, 1),
             "pressure_hpa": q(inhg * 33.8639, 1), "wind_speed_kmh": q(mph * 1.609344, 1),
             "wind_direction_deg": q(wd * 22.5, 1) if mph > 0 else None, "battery_level": q(batt / 100),
             "status": st, "latitude": str(lat), "longitude": str(lon)}
        return s, t

    P.row = row
    return P


# =============================================================================================
# B4. Polish university grades (word grades, Polish month names, attempts)
# =============================================================================================
PL_MONTH_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"]


def b_oceny() -> Pair:
    P = Pair("dev", "oceny_pl_to_exam_result",
             "Polish university exam protocol (word grades, 'Kowalski Jan', Polish dates, semester text) into results",
             "exam_result", 240, 2004)
    P.src_cols = ["Nr albumu", "Student", "Kod przedmiotu", "Przedmiot", "Semestr", "Termin", "Data egzaminu",
                  "Ocena", "ECTS", "Prowadzący", "Sala", "Uwagi"]
    grades = {"5.0": ["bardzo dobry", "bdb", "5", "5,0"], "4.5": ["dobry plus", "db+", "4,5", "+db"],
              "4.0": ["dobry", "db", "4", "4,0"], "3.5": ["dostateczny plus", "dst+", "3,5"],
              "3.0": ["dostateczny", "dst", "3", "3,0"], "2.0": ["niedostateczny", "ndst", "2", "2,0"]}
    P.tgt_cols = [
        C("student_id", "int", "id.record_id", key=True, nullable=False),
        C("student_last_name", "string", "person.last_name"),
        C("student_first_name", "string", "person.first_name"),
        C("course_code", "string", key=True, nullable=False, regex=r"^[A-Z]{3}-[0-9]{3}$"),
        C("course_name", "string", "text.title"),
        C("academic_year_start", "int", "datetime.year", description="2023 for 2023/24"),
        C("semester", "string", allowed_values=["winter", "summer"]),
        C("attempt", "int", key=True, nullable=False, allowed_values=[1, 2, 3]),
        C("exam_date", "date", "datetime.date"),
        C("grade", "decimal", description="Polish scale 2.0-5.0, 1 decimal"),
        C("passed", "bool", "flag.boolean", description="grade 3.0 or better"),
        C("ects_credits", "int", "qty.count"),
        C("examiner", "string", "person.full_name"),
        C("grade_points", "decimal"),
    ]
    P.key_src, P.key_tgt = ["Nr albumu", "Kod przedmiotu", "Termin"], ["student_id", "course_code", "attempt"]
    for tgt, src, k in [("student_id", ["Nr albumu"], "atomic"), ("student_last_name", ["Student"], "decompose"),
                        ("student_first_name", ["Student"], "decompose"), ("course_code", ["Kod przedmiotu"],
                                                                            "reformat"),
                        ("course_name", ["Przedmiot"], "atomic"), ("academic_year_start", ["Semestr"], "decompose"),
                        ("semester", ["Semestr"], "decompose"), ("attempt", ["Termin"], "value_map"),
                        ("exam_date", ["Data egzaminu"], "date_format"), ("grade", ["Ocena"], "value_map"),
                        ("passed", ["Ocena"], "value_map"), ("ects_credits", ["ECTS"], "atomic"),
                        ("examiner", ["Prowadzący"], "atomic")]:
        P.m(tgt, src, k)
    P.m("grade_points", [], "unmapped")
    courses = [("MAT-101", "Analiza matematyczna I", 8, "dr hab. Zofia Wrzesińska"),
               ("INF-110", "Podstawy programowania", 6, "dr inż. Marek Zając"),
               ("FIZ-120", "Fizyka ogólna", 5, "prof. dr hab. Andrzej Sikora"),
               ("ALG-102", "Algebra liniowa", 6, "dr Ewa Michalak"),
               ("EKO-201", "Mikroekonomia", 4, "dr Piotr Gajewski"),
               ("JAN-105", "Język angielski B2", 2, "mgr Anna Kowalczyk")]
    rng0 = random.Random(77)
    gw = {"5.0": 0.12, "4.5": 0.13, "4.0": 0.22, "3.5": 0.15, "3.0": 0.2, "2.0": 0.18}
    seq = []
    for k in range(60):
        sid, p = 300100 + k * 7, gc.person(rng0, "pl_PL")
        for course in rng0.sample(courses, 3):
            for att in (1, 2, 3):
                g = pick(rng0, gw)
                seq.append((sid, p, course, att, g))
                if g != "2.0":
                    break
    rng0.shuffle(seq)
    P.n = len(seq)

    def row(rng, i):
        if i < len(seq):
            sid, p, (code, cname, ects, examiner), att, g = seq[i]
        else:  # examples for target.yaml: fresh students
            sid, p, (code, cname, ects, examiner), att, g = 399000 + i, gc.person(rng, "pl_PL"), \
                rng.choice(courses), 1, pick(rng, gw)
        winter = code in ("MAT-101", "INF-110", "FIZ-120", "JAN-105")
        year = 2023
        if att == 1:
            d = gc.rand_date(rng, D(2024, 1, 29), D(2024, 2, 12)) if winter else gc.rand_date(rng, D(2024, 6, 17),
                                                                                              D(2024, 7, 5))
        elif att == 2:
            d = gc.rand_date(rng, D(2024, 2, 19), D(2024, 3, 1)) if winter else gc.rand_date(rng, D(2024, 9, 2),
                                                                                             D(2024, 9, 13))
        else:
            d = gc.rand_date(rng, D(2024, 3, 4), D(2024, 3, 15)) if winter else gc.rand_date(rng, D(2024, 9, 16),
                                                                                             D(2024, 9, 27))
        sem = f"{year}/{(year + 1) % 100:02d} {'zimowy' if winter else 'letni'}"
        sem_src = rng.choice([sem, sem.replace("zimowy", "Z").replace("letni", "L"),
                              f"{'zima' if winter else 'lato'} {year}/{year + 1}"])
        term_src = {1: ["I", "1", "pierwszy"], 2: ["II", "2", "poprawkowy"], 3: ["III", "komisyjny"]}[att]
        s = {"Nr albumu": sid, "Student": f"{p['last']} {p['first']}",
             "Kod przedmiotu": rng.choice([code, code.lower(), code.replace("-", " ")]), "Przedmiot": cname,
             "Semestr": sem_src, "Termin": rng.choice(term_src),
             "Data egzaminu": rng.choice([render_date(d, "eu_dot"), d.isoformat(),
                                          f"{d.day} {PL_MONTH_GEN[d.month - 1]} {d.year}"]),
             "Ocena": rng.choice(grades[g]), "ECTS": ects, "Prowadzący": examiner,
             "Sala": rng.choice(["A-1", "B-204", "C-12", "aula 3"]), "Uwagi": rng.choice(["", "", "", "zw.", "IOS"])}
        t = {"student_id": sid, "student_last_name": p["last"], "student_first_name": p["first"],
             "course_code": code, "course_name": cname, "academic_year_start": year,
             "semester": "winter" if winter else "summer", "attempt": att, "exam_date": d.isoformat(),
             "grade": g, "passed": g != "2.0", "ects_credits": ects, "examiner": examiner}
        return s, t

    P.row = row
    return P


# =============================================================================================
# B5. German real-estate listings (m² -> sq ft, 'ca. 1900', '3,57 % inkl. MwSt.')
# =============================================================================================
def b_immobilien() -> Pair:
    P = Pair("dev", "immobilien_de_to_listing",
             "German real-estate portal export (m², qm, Kaufpreis, Provision) into an English listing table in sq ft",
             "property_listing", 140, 2005)
    P.src_cols = ["Objekt-Nr.", "Objektart", "Adresse", "Wohnfläche", "Grundstück", "Zimmer", "Kaufpreis", "Baujahr",
                  "Balkon/Terrasse", "Energieeffizienzklasse", "Provision", "Online seit", "Makler", "Exposé-Link"]
    types = {"apartment": ["Wohnung", "Etagenwohnung", "ETW", "Eigentumswohnung"],
             "detached_house": ["Einfamilienhaus", "EFH", "freistehendes Haus"],
             "semi_detached_house": ["Doppelhaushälfte", "DHH"], "terraced_house": ["Reihenhaus", "RMH", "REH"]}
    P.tgt_cols = [
        C("listing_id", "string", "id.record_id", key=True, nullable=False),
        C("property_type", "string", allowed_values=list(types)),
        C("street", "string", "address.street_address"),
        C("postal_code", "string", "address.postal_code"),
        C("city", "string", "address.city"),
        C("living_area_sqft", "int", "qty.area", description="square feet, rounded to integer"),
        C("plot_area_sqm", "int", "qty.area", description="square metres"),
        C("rooms", "decimal", "qty.count", description="1 decimal"),
        C("price_eur", "decimal", "money.amount", description="2 decimals"),
        C("year_built", "int", "datetime.year"),
        C("has_balcony_or_terrace", "bool", "flag.boolean"),
        C("energy_class", "string", allowed_values=["A+", "A", "B", "C", "D", "E", "F", "G", "H"]),
        C("buyer_commission_rate", "decimal", "qty.percentage", description="fraction incl. VAT, 4 decimals"),
        C("listed_on", "date", "datetime.date"),
        C("hoa_fee_monthly", "decimal", "money.amount"),
        C("latitude", "decimal", "geo.latitude"),
        C("longitude", "decimal", "geo.longitude"),
    ]
    P.key_src, P.key_tgt = ["Objekt-Nr."], ["listing_id"]
    for tgt, src, k in [("listing_id", "Objekt-Nr.", "atomic"), ("property_type", "Objektart", "value_map"),
                        ("street", "Adresse", "decompose"), ("postal_code", "Adresse", "decompose"),
                        ("city", "Adresse", "decompose"), ("living_area_sqft", "Wohnfläche", "unit"),
                        ("plot_area_sqm", "Grundstück", "reformat"), ("rooms", "Zimmer", "reformat"),
                        ("price_eur", "Kaufpreis", "reformat"), ("year_built", "Baujahr", "reformat"),
                        ("has_balcony_or_terrace", "Balkon/Terrasse", "value_map"),
                        ("energy_class", "Energieeffizienzklasse", "atomic"),
                        ("buyer_commission_rate", "Provision", "reformat"),
                        ("listed_on", "Online seit", "date_format")]:
        P.m(tgt, src, k)
    for n in ("hoa_fee_monthly", "latitude", "longitude"):
        P.m(n, [], "unmapped")
    places = [("10437", "Berlin"), ("81675", "München"), ("50733", "Köln"), ("04277", "Leipzig"),
              ("22767", "Hamburg"), ("69117", "Heidelberg"), ("99084", "Erfurt"), ("79098", "Freiburg im Breisgau")]
    streets = ["Schönhauser Allee", "Lindenstr.", "Am Mühlbach", "Rosenweg", "Bergstraße", "Kantstraße"]

    def row(rng, i):
        pt = pick(rng, {"apartment": 0.55, "detached_house": 0.2, "semi_detached_house": 0.12,
                        "terraced_house": 0.13})
        pc, city = rng.choice(places)
        street = f"{rng.choice(streets)} {rng.randint(1, 140)}"
        show_street = rng.random() < 0.8
        area = round(rng.uniform(28, 110) if pt == "apartment" else rng.uniform(95, 260), 1 if rng.random() < 0.3
                     else 0)
        plot = rng.randrange(150, 1200, 10) if pt != "apartment" else None
        rooms = rng.choice([1, 1.5, 2, 2.5, 3, 3.5, 4]) if pt == "apartment" else rng.choice([4, 4.5, 5, 6, 7])
        price = rng.randrange(89000, 1600000, 1000)
        yb = rng.randint(1890, 2024)
        yb_src = rng.choice([str(yb), f"ca. {yb}" if yb < 1950 else str(yb), f"Neubau {yb}" if yb >= 2022 else str(yb)])
        bal = rng.random() < 0.6
        ec = rng.choice(["A+", "A", "B", "C", "D", "E", "F", "G", "H", None])
        comm = rng.choice([0.0357, 0.0298, 0.0238, 0.0])
        listed = gc.rand_date(rng, D(2024, 3, 1), D(2024, 9, 30))
        area_s = eu(area, 0 if area == int(area) else 1)
        s = {"Objekt-Nr.": f"IS24-{rng.randint(100000, 999999)}-{i}", "Objektart": rng.choice(types[pt]),
             "Adresse": f"{street}, {pc} {city}" if show_street else f"{pc} {city}",
             "Wohnfläche": rng.choice([f"{area_s} m²", f"{area_s} qm", f"ca. {area_s} m²"]),
             "Grundstück": (rng.choice([f"{plot} m²", f"{eu(plot, 0)} qm"]) if plot else ""),
             "Zimmer": eu(rooms, 1).replace(",0", "") if rooms == int(rooms) else eu(rooms, 1),
             "Kaufpreis": rng.choice([f"{eu(price, 0)} €", f"€ {eu(price, 0)}", str(price)]), "Baujahr": yb_src,
             "Balkon/Terrasse": rng.choice(["ja", "Balkon", "Terrasse", "Balkon + Terrasse"]) if bal
             else rng.choice(["nein", "-", ""]) if pt == "apartment" else rng.choice(["nein", "-"]),
             "Energieeffizienzklasse": ec or "", "Provision": "provisionsfrei" if comm == 0
             else rng.choice([f"{eu(comm * 100)} % inkl. MwSt.", f"{eu(comm * 100)}%"]),
             "Online seit": render_date(listed, "eu_dot"), "Makler": rng.choice(["Engel & Völkers", "von Poll",
                                                                                  "privat", "Sparkasse Immobilien"]),
             "Exposé-Link": f"https://www.example-immo.de/expose/{rng.randint(10 ** 8, 10 ** 9)}"}
        t = {"listing_id": s["Objekt-Nr."], "property_type": pt, "street": street if show_street else None,
             "postal_code": pc, "city": city, "living_area_sqft": int(q(area * 10.7639, 0)), "plot_area_sqm": plot,
             "rooms": q(rooms, 1), "price_eur": q(price), "year_built": yb,
             "has_balcony_or_terrace": bal if s["Balkon/Terrasse"] else None, "energy_class": ec,
             "buyer_commission_rate": q(comm, 4), "listed_on": listed.isoformat()}
        return s, t

    P.row = row
    return P


# =============================================================================================
# B6. Airline PNR export ('SMITH/JOHN MR', '14MAR24 0935', 'GBP 123.40', booking classes)
# =============================================================================================
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def b_pnr() -> Pair:
    P = Pair("dev", "pnr_export_to_flight_booking",
             "Airline reservation export in IATA conventions (SURNAME/GIVEN TITLE, DDMMMYY HHMM, fare with currency) "
             "into flight booking", "flight_booking", 200, 2006)
    P.src_cols = ["PNR", "TKT", "PAX NAME", "FLT", "DEP", "ARR", "STD", "CLS", "FARE", "BKD", "FF", "SSR", "AGT"]
    P.tgt_cols = [
        C("ticket_number", "string", key=True, nullable=False, regex=r"^[0-9]{13}$"),
        C("record_locator", "string", max_length=6),
        C("last_name", "string", "person.last_name", description="title case as transmitted (no diacritics)"),
        C("first_name", "string", "person.first_name", description="title case"),
        C("title", "string", "person.salutation", allowed_values=["MR", "MRS", "MS", "MISS", "MSTR", "DR"]),
        C("carrier_code", "string", max_length=2),
        C("flight_number", "int"),
        C("origin_airport", "string", max_length=3),
        C("destination_airport", "string", max_length=3),
        C("departure_at", "datetime", "datetime.timestamp", description="local time of departure"),
        C("cabin", "string", allowed_values=["first", "business", "premium_economy", "economy"],
          description="from the booking class: F/A first; J/C/D/Z business; W/P premium economy; others economy"),
        C("booking_class", "string", max_length=1),
        C("fare_amount", "decimal", "money.amount", description="2 decimals"),
        C("fare_currency", "string", "iso.currency_code"),
        C("booked_on", "date", "datetime.date"),
        C("frequent_flyer_no", "string"),
        C("seat", "string"),
    ]
    P.key_src, P.key_tgt = ["TKT"], ["ticket_number"]
    for tgt, src, k in [("ticket_number", "TKT", "reformat"), ("record_locator", "PNR", "atomic"),
                        ("last_name", "PAX NAME", "decompose"), ("first_name", "PAX NAME", "decompose"),
                        ("title", "PAX NAME", "decompose"), ("carrier_code", "FLT", "decompose"),
                        ("flight_number", "FLT", "decompose"), ("origin_airport", "DEP", "atomic"),
                        ("destination_airport", "ARR", "atomic"), ("departure_at", "STD", "date_format"),
                        ("cabin", "CLS", "value_map"), ("booking_class", "CLS", "atomic"),
                        ("fare_amount", "FARE", "decompose"), ("fare_currency", "FARE", "decompose"),
                        ("booked_on", "BKD", "date_format"), ("frequent_flyer_no", "FF", "reformat")]:
        P.m(tgt, src, k)
    P.m("seat", [], "unmapped")
    routes = [("BA", "125", "LHR", "JFK", "GBP"), ("LH", "220", "FRA", "ORD", "EUR"),
              ("AF", "057", "CDG", "DXB", "EUR"), ("LO", "080", "WAW", "LHR", "PLN"),
              ("KL", "074", "AMS", "NRT", "EUR"), ("AA", "001", "DFW", "MIA", "USD"),
              ("IB", "075", "MAD", "BOG", "EUR")]
    cls_map = {"F": "first", "A": "first", "J": "business", "C": "business", "D": "business", "Z": "business",
               "W": "premium_economy", "P": "premium_economy", "Y": "economy", "B": "economy", "M": "economy",
               "H": "economy", "K": "economy", "Q": "economy", "V": "economy", "L": "economy"}
    locs = ["en_GB", "en_US", "de_DE", "fr_FR", "pl_PL", "nl_NL", "es_ES"]

    def row(rng, i):
        p = gc.person(rng, rng.choice(locs))
        last = gc.ascii_fold(p["last"].replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")) \
            .upper().replace("'", "").replace("-", "")
        first = gc.ascii_fold(p["first"]).upper().replace("-", "").replace("'", "")
        title = {"M": rng.choice(["MR", "MR", "DR", "MSTR"]), "F": rng.choice(["MRS", "MS", "MISS", "DR"])}[p["sex"]]
        car, prefix, dep, arr, ccy = rng.choice(routes)
        fno = rng.randint(1, 1999)
        std = gc.rand_ts(rng, T(2024, 4, 1), T(2024, 12, 20)).replace(second=0)
        std = std.replace(minute=std.minute - std.minute % 5)
        bkd = (std - dt.timedelta(days=rng.randint(1, 200))).date()
        cls = rng.choice(list(cls_map) + ["Y", "M", "K", "B"])
        amt = round(rng.uniform(60, 900) * {"first": 8, "business": 4, "premium_economy": 2, "economy": 1}[
            cls_map[cls]], 2)
        tkt = f"{prefix}{rng.randint(1000000000, 9999999999)}"
        has_ff = rng.random() < 0.35
        ffn = gc.digits(rng, 8)
        s = {"PNR": gc.token(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
             "TKT": rng.choice([tkt, f"{tkt[:3]}-{tkt[3:]}", f"{tkt[:3]} {tkt[3:]}"]),
             "PAX NAME": f"{last}/{first} {title}" if rng.random() < 0.85 else f"{last}/{first}{title}",
             "FLT": rng.choice([f"{car}{fno:04d}", f"{car} {fno}", f"{car}{fno}"]), "DEP": dep, "ARR": arr,
             "STD": f"{std.day:02d}{MON3[std.month - 1]}{std.year % 100:02d} {std.hour:02d}{std.minute:02d}",
             "CLS": cls, "FARE": rng.choice([f"{ccy} {amt:.2f}", f"{ccy}{amt:.2f}"]),
             "BKD": f"{bkd.day:02d}{MON3[bkd.month - 1]}{bkd.year % 100:02d}",
             "FF": rng.choice([f"{car} {ffn}", f"{car}{ffn}", f"{car}-{ffn}"]) if has_ff else "",
             "SSR": rng.choice(["", "", "", "VGML", "WCHR", "DOCS", "CHLD"]),
             "AGT": rng.choice(["1AXYZ", "WEB", "NDC", "LONBA08"])}
        t = {"ticket_number": tkt, "record_locator": s["PNR"], "last_name": title_name(last),
             "first_name": title_name(first), "title": title, "carrier_code": car, "flight_number": fno,
             "origin_airport": dep, "destination_airport": arr, "departure_at": std.strftime("%Y-%m-%dT%H:%M:%S"),
             "cabin": cls_map[cls], "booking_class": cls, "fare_amount": q(amt), "fare_currency": ccy,
             "booked_on": bkd.isoformat(), "frequent_flyer_no": f"{car}{ffn}" if has_ff else None}
        return s, t

    P.row = row
    P.comment = "frequent_flyer_no: airline code followed by the number, no separator (e.g. BA12345678)."
    return P


# =============================================================================================
# B7. Brazilian payroll (R$, HH:MM overtime, competência MM/AAAA, bank '341 - Itaú')
# =============================================================================================
def b_folha() -> Pair:
    P = Pair("dev", "folha_pagamento_br_to_payroll",
             "Brazilian payroll sheet (R$ amounts, overtime as HH:MM, competência MM/AAAA) into payroll lines",
             "payroll_line", 210, 2007)
    P.src_cols = ["Matrícula", "Nome do Funcionário", "CPF", "Sexo", "Admissão", "Cargo", "Depto", "Competência",
                  "Salário Base", "Horas Extras", "Adicional Noturno", "Faltas (dias)", "Vale Transporte", "Banco",
                  "Agência", "Conta"]
    banks = [("001", "Banco do Brasil"), ("341", "Itaú"), ("237", "Bradesco"), ("104", "Caixa Econômica Federal"),
             ("260", "Nu Pagamentos")]
    P.tgt_cols = [
        C("employee_id", "int", "id.employee_id", key=True, nullable=False),
        C("pay_period", "string", key=True, nullable=False, regex=r"^[0-9]{4}-[0-9]{2}$"),
        C("full_name", "string", "person.full_name"),
        C("cpf", "string", "id.national_id", regex=r"^[0-9]{11}$", description="digits only"),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("hire_date", "date", "datetime.date"),
        C("job_title", "string", "person.job_title"),
        C("base_salary", "decimal", "money.salary", description="BRL, 2 decimals"),
        C("overtime_hours", "decimal", "qty.duration", description="decimal hours, 2 decimals"),
        C("night_shift_rate", "decimal", "qty.percentage", description="fraction, e.g. 0.20"),
        C("absence_days", "int", "qty.count"),
        C("transport_voucher", "bool", "flag.boolean"),
        C("bank_code", "string", regex=r"^[0-9]{3}$"),
        C("net_pay", "decimal", "money.amount"),
        C("cost_center", "string", "org.cost_center"),
    ]
    P.key_src, P.key_tgt = ["Matrícula", "Competência"], ["employee_id", "pay_period"]
    for tgt, src, k in [("employee_id", "Matrícula", "type_cast"), ("pay_period", "Competência", "reformat"),
                        ("full_name", "Nome do Funcionário", "atomic"), ("cpf", "CPF", "reformat"),
                        ("gender", "Sexo", "value_map"), ("hire_date", "Admissão", "date_format"),
                        ("job_title", "Cargo", "atomic"), ("base_salary", "Salário Base", "reformat"),
                        ("overtime_hours", "Horas Extras", "reformat"),
                        ("night_shift_rate", "Adicional Noturno", "reformat"),
                        ("absence_days", "Faltas (dias)", "atomic"), ("transport_voucher", "Vale Transporte",
                                                                      "value_map"),
                        ("bank_code", "Banco", "decompose")]:
        P.m(tgt, src, k)
    P.m("net_pay", [], "unmapped")
    P.m("cost_center", [], "unmapped")
    rng0 = random.Random(55)
    emps = []
    for k in range(70):
        p = gc.person(rng0, "pt_BR")
        mid = rng0.choice(gc.NAMES["pt_BR"][2])
        emps.append({"id": 1200 + k, "name": f"{p['first']} {rng0.choice(['', '', 'de '])}{mid} {p['last']}",
                     "sex": p["sex"], "cpf": gc.br_cpf(rng0), "hire": gc.rand_date(rng0, D(2008, 1, 1), D(2023, 12, 1)),
                     "job": rng0.choice(["Auxiliar administrativo", "Operador de empilhadeira", "Analista de RH",
                                         "Vigilante", "Técnico de enfermagem", "Motorista"]),
                     "sal": rng0.choice([1412, 1850, 2300, 3100, 4200, 5600]),
                     "night": rng0.choice([0, 0, 20, 25]), "vt": rng0.random() < 0.7, "bank": rng0.choice(banks),
                     "dept": rng0.choice(["ADM", "LOG", "RH", "SEG", "SAU"])})
    periods = ["2024-01", "2024-02", "2024-03"]

    def row(rng, i):
        e = emps[i % len(emps)]
        per = periods[(i // len(emps)) % len(periods)]
        if i >= P.n:
            per = "2024-04"
        y, mth = per.split("-")
        minutes = rng.choice([0, 0, 0, 30, 90, 150, 600, 750, 1215])
        hh, mm = divmod(minutes, 60)
        faltas = rng.choice([0, 0, 0, 0, 1, 2])
        sex_src = {"M": ["M", "Masculino", "masc."], "F": ["F", "Feminino", "fem."]}[e["sex"]]
        cpf = e["cpf"]
        s = {"Matrícula": f"{e['id']:06d}", "Nome do Funcionário": e["name"],
             "CPF": rng.choice([cpf, cpf.replace(".", "").replace("-", "")]), "Sexo": rng.choice(sex_src),
             "Admissão": render_date(e["hire"], "eu_slash"), "Cargo": e["job"], "Depto": e["dept"],
             "Competência": rng.choice([f"{mth}/{y}", f"{mth}/{y}", f"{mth}-{y}"]),
             "Salário Base": rng.choice([f"R$ {eu(e['sal'])}", eu(e["sal"])]),
             "Horas Extras": f"{hh:02d}:{mm:02d}" if minutes else rng.choice(["00:00", ""]),
             "Adicional Noturno": f"{e['night']}%" if e["night"] else "0%", "Faltas (dias)": faltas,
             "Vale Transporte": rng.choice(["Sim", "S", "sim"]) if e["vt"] else rng.choice(["Não", "N", "nao"]),
             "Banco": f"{e['bank'][0]} - {e['bank'][1]}", "Agência": f"{rng0.randint(100, 9999)}-{rng0.randint(0, 9)}",
             "Conta": f"{rng0.randint(10000, 999999)}-{rng0.randint(0, 9)}"}
        t = {"employee_id": e["id"], "pay_period": per, "full_name": e["name"],
             "cpf": cpf.replace(".", "").replace("-", ""), "gender": e["sex"], "hire_date": e["hire"].isoformat(),
             "job_title": e["job"], "base_salary": q(e["sal"]),
             "overtime_hours": q(minutes / 60) if s["Horas Extras"] else None, "night_shift_rate": q(e["night"] / 100),
             "absence_days": faltas, "transport_voucher": e["vt"], "bank_code": e["bank"][0]}
        return s, t

    P.row = row
    return P


# =============================================================================================
# B8. US health-insurance claims ('DOE, JANE A', compact DOB, ICD-10 without dot, money)
# =============================================================================================
def b_claims() -> Pair:
    P = Pair("dev", "claims_us_to_medical_claim",
             "US health-plan claim extract (LAST, FIRST MI; YYYYMMDD; ICD-10 codes without dots; $ amounts) into claim",
             "medical_claim", 230, 2008)
    P.src_cols = ["Claim #", "Member ID", "Patient Name", "DOB", "Svc Date", "Place", "Dx", "Billed", "Allowed",
                  "Paid", "Status", "Provider NPI", "Provider", "Auth #", "Batch"]
    places = {"office": ["Office", "OFFICE VISIT", "Off"], "inpatient": ["Inpatient Hospital", "IP", "Inpatient"],
              "outpatient": ["Outpatient Hospital", "OP", "Outpt"], "emergency": ["Emergency Room", "ER", "ED"],
              "telehealth": ["Telehealth", "Virtual", "TELE"]}
    stats = {"paid": ["PD", "Paid", "PAID"], "denied": ["DEN", "Denied", "D"], "pending": ["PEND", "Pended", "P"],
             "adjusted": ["ADJ", "Adjusted"]}
    P.tgt_cols = [
        C("claim_id", "string", "id.record_id", key=True, nullable=False),
        C("member_id", "string", "id.customer_id"),
        C("patient_last_name", "string", "person.last_name", description="title case"),
        C("patient_first_name", "string", "person.first_name", description="title case"),
        C("patient_middle_initial", "string", "person.middle_name", max_length=1),
        C("patient_birth_date", "date", "person.date_of_birth"),
        C("service_date", "date", "datetime.date"),
        C("place_of_service", "string", allowed_values=list(places)),
        C("diagnosis_code", "string", regex=r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$",
          description="ICD-10-CM with the dot after the third character, upper case"),
        C("billed_amount", "decimal", "money.amount"),
        C("allowed_amount", "decimal", "money.amount"),
        C("paid_amount", "decimal", "money.amount"),
        C("claim_status", "string", "status.record_status", allowed_values=list(stats)),
        C("provider_npi", "string", regex=r"^[0-9]{10}$"),
        C("provider_name", "string", "org.company_name"),
        C("copay_amount", "decimal", "money.amount"),
    ]
    P.key_src, P.key_tgt = ["Claim #"], ["claim_id"]
    for tgt, src, k in [("claim_id", "Claim #", "atomic"), ("member_id", "Member ID", "atomic"),
                        ("patient_last_name", "Patient Name", "decompose"),
                        ("patient_first_name", "Patient Name", "decompose"),
                        ("patient_middle_initial", "Patient Name", "decompose"),
                        ("patient_birth_date", "DOB", "date_format"), ("service_date", "Svc Date", "date_format"),
                        ("place_of_service", "Place", "value_map"), ("diagnosis_code", "Dx", "reformat"),
                        ("billed_amount", "Billed", "reformat"), ("allowed_amount", "Allowed", "reformat"),
                        ("paid_amount", "Paid", "reformat"), ("claim_status", "Status", "value_map"),
                        ("provider_npi", "Provider NPI", "type_cast"), ("provider_name", "Provider", "atomic")]:
        P.m(tgt, src, k)
    P.m("copay_amount", [], "unmapped")
    dx = ["E11.9", "I10", "J06.9", "M54.5", "Z00.00", "F41.1", "K21.9", "R51.9", "S93.401A", "N39.0", "E78.5",
          "J45.909"]
    providers = [("1245319599", "Mercy General Hospital"), ("1588667638", "Lakeside Family Practice"),
                 ("1023011178", "Northside Urgent Care"), ("1700923449", "Dr. Ana Ruiz MD"),
                 ("1932105566", "TeleDoc Partners PLLC")]

    def row(rng, i):
        while True:
            p = gc.person(rng, "en_US")
            if " " not in p["first"] and " " not in p["last"] and "-" not in p["first"]:
                break
        mi = rng.choice(string.ascii_uppercase) if rng.random() < 0.45 else None
        last = gc.ascii_fold(p["last"]).upper()
        name_src = f"{last}, {p['first'].upper()}" + (f" {mi}" if mi else "")
        dob = gc.rand_date(rng, D(1935, 1, 1), D(2023, 12, 31))
        sd = gc.rand_date(rng, D(2024, 1, 1), D(2024, 9, 30))
        pl = pick(rng, {"office": 0.45, "outpatient": 0.2, "emergency": 0.12, "inpatient": 0.08, "telehealth": 0.15})
        d = rng.choice(dx)
        billed = round(rng.uniform(80, 900) * (12 if pl == "inpatient" else 1), 2)
        st = pick(rng, {"paid": 0.65, "denied": 0.12, "pending": 0.15, "adjusted": 0.08})
        allowed = round(billed * rng.uniform(0.35, 0.8), 2) if st in ("paid", "adjusted") else None
        paid = round(allowed * rng.uniform(0.6, 1.0), 2) if allowed else (0.0 if st == "denied" else None)
        npi, prov = rng.choice(providers)
        if pl == "telehealth":
            npi, prov = providers[4]
        dx_src = rng.choice([d, d.replace(".", ""), d.lower(), d.replace(".", "").lower()])
        s = {"Claim #": f"CLM{2024000000 + i * 17}", "Member ID": f"W{rng.randint(100000000, 999999999)}",
             "Patient Name": name_src, "DOB": dob.strftime("%Y%m%d"),
             "Svc Date": rng.choice([render_date(sd, "us"), sd.isoformat(),
                                     f"{sd.day:02d}-{MON3[sd.month - 1]}-{sd.year}"]),
             "Place": rng.choice(places[pl]), "Dx": dx_src, "Billed": f"${us(billed)}",
             "Allowed": f"${us(allowed)}" if allowed is not None else "",
             "Paid": f"${us(paid)}" if paid is not None else "", "Status": rng.choice(stats[st]),
             "Provider NPI": npi, "Provider": prov, "Auth #": rng.choice(["", "", f"A{gc.digits(rng, 7)}"]),
             "Batch": f"B{rng.randint(100, 140)}"}
        t = {"claim_id": s["Claim #"], "member_id": s["Member ID"], "patient_last_name": title_name(last),
             "patient_first_name": title_name(p["first"].upper()), "patient_middle_initial": mi,
             "patient_birth_date": dob.isoformat(),
             "service_date": sd.isoformat(), "place_of_service": pl, "diagnosis_code": d, "billed_amount": q(billed),
             "allowed_amount": q(allowed) if allowed is not None else None,
             "paid_amount": q(paid) if paid is not None else None, "claim_status": st, "provider_npi": npi,
             "provider_name": prov}
        return s, t

    P.row = row
    return P


BLIND = [b_sap_material, b_prenotazioni, b_iot, b_oceny, b_immobilien, b_pnr, b_folha, b_claims]
