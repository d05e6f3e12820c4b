"""Generate the dev part of the mapping golden set (assets_config/golden_mapping/dev).

Run: /work/main/.venv/bin/python tools/golden/gen_mapping.py   (also writes blind via gen_mapping_blind)
"""

from __future__ import annotations

import datetime as dt
import random
import string

import golden_common as gc
import mapping_common as mc
from mapping_common import C, Pair, eu, q, render_date, us

D = dt.date
T = dt.datetime


def pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), list(weights.values()))[0]


# =============================================================================================
# 1. German customer list -> CRM customer (the shape of the bundled example target)
# =============================================================================================
def p_kunden_crm() -> Pair:
    P = Pair("dev", "kunden_to_crm_customer", "German customer list into an English CRM customer table",
             "crm_customer", 180, 1001)
    P.src_cols = ["Kundennr", "Anrede", "Vorname", "Nachname", "E-Mail", "Telefon", "Geburtsdatum", "Kunde seit",
                  "Land", "Umsatz gesamt", "Fax", "Interne Notiz", "Letzte Änderung"]
    P.tgt_cols = [
        C("customer_id", "int", "id.customer_id", key=True, nullable=False),
        C("full_name", "string", "person.full_name", nullable=False, description="given name(s) then family name"),
        C("email", "string", "contact.email", description="lower case"),
        C("phone", "string", "contact.phone", regex=r"^\+[1-9][0-9]{6,14}$", description="E.164, no spaces"),
        C("birth_date", "date", "datetime.date"),
        C("signup_date", "date", "datetime.date"),
        C("country_code", "string", "iso.country_alpha2", allowed_values=["DE", "AT", "CH"]),
        C("lifetime_value", "decimal", "money.amount", description="EUR, 2 decimals"),
        C("loyalty_tier", "string", allowed_values=["bronze", "silver", "gold"]),
    ]
    P.key_src, P.key_tgt = ["Kundennr"], ["customer_id"]
    P.m("customer_id", "Kundennr", "atomic")
    P.m("full_name", ["Vorname", "Nachname"], "compose")
    P.m("email", "E-Mail", "reformat")
    P.m("phone", "Telefon", "reformat")
    P.m("birth_date", "Geburtsdatum", "date_format")
    P.m("signup_date", "Kunde seit", "date_format")
    P.m("country_code", "Land", "value_map")
    P.m("lifetime_value", "Umsatz gesamt", "reformat")
    P.m("loyalty_tier", [], "unmapped")
    land = {"DE": ["Deutschland", "DE", "D", "Germany", "deutschland"], "AT": ["Österreich", "AT", "A", "Austria"],
            "CH": ["Schweiz", "CH", "Switzerland"]}

    def row(rng, i):
        p = gc.person(rng, "de_DE")
        c = pick(rng, {"DE": 0.8, "AT": 0.12, "CH": 0.08})
        disp, e164 = mc.phone(rng, c)
        dob = gc.rand_date(rng, D(1940, 1, 1), D(2005, 12, 31))
        since = gc.rand_date(rng, D(2010, 1, 1), D(2024, 6, 30))
        email = gc.email_for(rng, p["first"], p["last"], ["gmx.de", "web.de", "t-online.de", "gmail.com"])
        src_email = email if rng.random() < 0.75 else (email.title() if rng.random() < 0.5 else email.upper())
        has_phone = rng.random() < 0.85
        ltv = round(rng.lognormvariate(6, 1.3), 2) if rng.random() < 0.93 else 0
        us_style = rng.randrange(4)
        ltv_s = [f"{eu(ltv)} €", eu(ltv), f"€ {eu(ltv)}", eu(ltv, thousands="")][us_style]
        s = {
            "Kundennr": 20000 + i * 3 + rng.randint(0, 2),
            "Anrede": "Herr" if p["sex"] == "M" else "Frau",
            "Vorname": p["first"], "Nachname": p["last"], "E-Mail": src_email if rng.random() < 0.95 else "",
            "Telefon": disp if has_phone else "",
            "Geburtsdatum": render_date(dob, "eu_dot" if rng.random() < 0.85 else "iso") if rng.random() < 0.9 else "",
            "Kunde seit": render_date(since, "eu_dot"),
            "Land": rng.choice(land[c]),
            "Umsatz gesamt": ltv_s,
            "Fax": mc.phone(rng, c, mobile=False)[0] if rng.random() < 0.1 else "",
            "Interne Notiz": rng.choice(["", "", "", "Reklamation 2022", "zahlt per Lastschrift", "VIP"]),
            "Letzte Änderung": gc.rand_ts(rng, T(2024, 1, 1), T(2024, 9, 1)).strftime("%d.%m.%Y %H:%M"),
        }
        t = {
            "customer_id": s["Kundennr"], "full_name": f"{p['first']} {p['last']}",
            "email": email.lower() if s["E-Mail"] else None, "phone": e164 if has_phone else None,
            "birth_date": dob.isoformat() if s["Geburtsdatum"] else None, "signup_date": since.isoformat(),
            "country_code": c, "lifetime_value": q(ltv),
        }
        return s, t

    P.row = row
    return P


# =============================================================================================
# 2. Web-shop orders (cents, ounces, statuses with synonyms, several date formats in one column)
# =============================================================================================
def p_orders() -> Pair:
    P = Pair("dev", "shop_orders_to_order_fact",
             "US web-shop order export (cents, ounces, free-form statuses, mixed date formats) into an order fact",
             "order_fact", 240, 1002)
    P.src_cols = ["order_no", "order_date", "customer_email", "total_cents", "shipping_cents", "ship_weight_oz",
                  "order_status", "coupon_code", "utm_source", "internal_flag"]
    statuses = ["pending", "paid", "shipped", "delivered", "cancelled", "returned"]
    P.tgt_cols = [
        C("order_id", "int", "id.order_number", key=True, nullable=False,
          description="numeric part of the order number"),
        C("order_date", "date", "datetime.date", nullable=False),
        C("customer_email", "string", "contact.email"),
        C("total_amount", "decimal", "money.amount", nullable=False, description="USD, 2 decimals"),
        C("shipping_amount", "decimal", "money.amount", description="USD, 2 decimals"),
        C("weight_kg", "decimal", "qty.mass", description="kilograms, 3 decimals"),
        C("status", "string", "status.record_status", nullable=False, allowed_values=statuses),
        C("sales_channel", "string", allowed_values=["web", "app", "marketplace"]),
    ]
    P.key_src, P.key_tgt = ["order_no"], ["order_id"]
    P.m("order_id", "order_no", "type_cast")
    P.m("order_date", "order_date", "date_format")
    P.m("customer_email", "customer_email", "atomic")
    P.m("total_amount", "total_cents", "unit")
    P.m("shipping_amount", "shipping_cents", "unit")
    P.m("weight_kg", "ship_weight_oz", "unit")
    P.m("status", "order_status", "value_map")
    P.m("sales_channel", [], "unmapped")
    syn = {"pending": ["pending", "new", "awaiting payment", "PENDING"],
           "paid": ["paid", "payment received", "PAID", "Paid"],
           "shipped": ["shipped", "SHIPPED", "Shpd", "in transit", "Shipped"],
           "delivered": ["delivered", "DLVD", "Delivered", "complete"],
           "cancelled": ["cancelled", "canceled", "CXL", "Cancelled by customer"],
           "returned": ["returned", "RTN", "RMA received"]}

    def row(rng, i):
        p = gc.person(rng, "en_US")
        oid = 4500 + i * 7 + rng.randint(0, 6)
        d = gc.rand_date(rng, D(2023, 1, 1), D(2024, 9, 30))
        st = pick(rng, {"pending": 0.1, "paid": 0.15, "shipped": 0.2, "delivered": 0.4, "cancelled": 0.1,
                        "returned": 0.05})
        cents = rng.randint(499, 250000)
        ship = rng.choice([0, 0, 499, 799, 1299, 2450])
        oz = round(rng.uniform(1.5, 480), 1)
        s = {
            "order_no": rng.choice([f"SO-{oid:06d}", f"SO-{oid:06d}", f"SO{oid:06d}", f"so-{oid:06d}"]),
            "order_date": render_date(d, rng.choice(["us", "iso", "en_mon", "dd_mon_yyyy", "us_short"])),
            "customer_email": gc.email_for(rng, p["first"], p["last"], ["gmail.com", "yahoo.com", "aol.com"]),
            "total_cents": cents, "shipping_cents": ship if rng.random() < 0.95 else "",
            "ship_weight_oz": oz if st not in ("pending", "cancelled") else "",
            "order_status": rng.choice(syn[st]),
            "coupon_code": rng.choice(["", "", "", "WELCOME10", "BF2023", "FREESHIP"]),
            "utm_source": rng.choice(["google", "newsletter", "facebook", "", "direct"]),
            "internal_flag": rng.choice(["", "", "X", "fraud-check"]),
        }
        t = {"order_id": oid, "order_date": d.isoformat(), "customer_email": s["customer_email"],
             "total_amount": q(cents / 100), "shipping_amount": q(ship / 100) if s["shipping_cents"] != "" else None,
             "weight_kg": q(oz * 0.028349523125, 3) if s["ship_weight_oz"] != "" else None, "status": st}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 3. German article master -> product (g->kg, inch->cm, % -> rate, colour names, ja/nein)
# =============================================================================================
def p_artikel() -> Pair:
    P = Pair("dev", "artikel_to_product", "German article master (grams, inches, VAT %, German colours) into product",
             "product", 150, 1003)
    P.src_cols = ["Artikelnr", "Bezeichnung", "Gewicht (g)", "Länge (Zoll)", "Preis netto", "MwSt", "EAN", "Farbe",
                  "Aktiv", "Lagerort", "Bild-URL", "Lieferant"]
    colors = {"red": ["rot", "Rot", "ROT"], "black": ["schwarz", "Schwarz", "schw."], "blue": ["blau", "Blau"],
              "white": ["weiß", "weiss", "Weiß"], "green": ["grün", "Grün", "gruen"], "grey": ["grau", "Grau"],
              "silver": ["silber", "Silber"]}
    P.tgt_cols = [
        C("sku", "string", "id.sku", key=True, nullable=False, regex=r"^[A-Z]{2}-[0-9]{4}-[A-Z]$"),
        C("product_name", "string", "text.product_name", nullable=False),
        C("weight_kg", "decimal", "qty.mass", description="kilograms, 3 decimals"),
        C("length_cm", "decimal", "qty.length", description="centimetres, 1 decimal"),
        C("net_price", "decimal", "money.unit_price", description="EUR, 2 decimals"),
        C("vat_rate", "decimal", "qty.percentage", description="fraction, e.g. 0.19"),
        C("ean", "string", "id.ean", regex=r"^[0-9]{13}$"),
        C("color", "string", allowed_values=list(colors)),
        C("is_active", "bool", "flag.is_active", nullable=False),
        C("category", "string", "text.category"),
        C("brand", "string"),
    ]
    P.key_src, P.key_tgt = ["Artikelnr"], ["sku"]
    for tgt, src, k in [("sku", "Artikelnr", "reformat"), ("product_name", "Bezeichnung", "atomic"),
                        ("weight_kg", "Gewicht (g)", "unit"), ("length_cm", "Länge (Zoll)", "unit"),
                        ("net_price", "Preis netto", "reformat"), ("vat_rate", "MwSt", "reformat"),
                        ("ean", "EAN", "type_cast"), ("color", "Farbe", "value_map"), ("is_active", "Aktiv",
                                                                                        "value_map")]:
        P.m(tgt, src, k)
    P.m("category", [], "unmapped")
    P.m("brand", [], "unmapped")
    things = [("Gartenschlauch", 1800, 590), ("Akkuschrauber", 1250, 10), ("Kaffeebecher", 320, 4.5),
              ("Schreibtischlampe", 1450, 18), ("Fahrradschloss", 980, 35), ("Gummistiefel", 1600, 14),
              ("Thermoskanne", 540, 11), ("Werkzeugkoffer", 4300, 19), ("Wanduhr", 760, 12), ("Isomatte", 890, 72)]
    used = set()

    def row(rng, i):
        while True:
            a, num, b = rng.choice(string.ascii_uppercase[:12]) + rng.choice("BKMRST"), rng.randint(1000, 9999), \
                rng.choice("ABCXZ")
            if (a, num, b) not in used:
                used.add((a, num, b))
                break
        sku = f"{a}-{num}-{b}"
        name, g0, in0 = rng.choice(things)
        g = int(g0 * rng.uniform(0.7, 1.3))
        inch = round(in0 * rng.uniform(0.8, 1.2) * 2) / 2
        price = round(rng.uniform(2, 300), 2)
        vat = 0.07 if name in ("Kaffeebecher",) and rng.random() < 0.5 else 0.19
        color = rng.choice(list(colors))
        ean_body = rng.choice(["400", "401", "402", "426", "429"]) + gc.digits(rng, 9)
        ean = ean_body + str((10 - sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(ean_body)) % 10) % 10)
        active = rng.random() < 0.8
        s = {
            "Artikelnr": rng.choice([sku, sku.lower(), f"{a} {num} {b}", f"{a}{num}{b}"]),
            "Bezeichnung": f"{name} {rng.choice(['Classic', 'Pro', 'Mini', 'XL', '2.0', 'Öko'])}",
            "Gewicht (g)": eu(g, 0) if rng.random() < 0.6 else str(g),
            "Länge (Zoll)": eu(inch, 1) if inch != int(inch) else str(int(inch)),
            "Preis netto": eu(price), "MwSt": rng.choice([f"{int(vat * 100)}%", f"{int(vat * 100)} %"]),
            "EAN": ean, "Farbe": rng.choice(colors[color]) if rng.random() < 0.92 else "",
            "Aktiv": rng.choice(["ja", "J", "1", "x"]) if active else rng.choice(["nein", "N", "0", ""]),
            "Lagerort": f"Regal {rng.randint(1, 40)}{rng.choice('ABCD')}",
            "Bild-URL": f"https://cdn.example-shop.de/img/{sku.lower()}.jpg",
            "Lieferant": rng.choice(["Müller GmbH", "Hansa Import KG", "Far East Trading Ltd."]),
        }
        t = {"sku": sku, "product_name": s["Bezeichnung"], "weight_kg": q(g / 1000, 3), "length_cm": q(inch * 2.54, 1),
             "net_price": q(price), "vat_rate": q(vat, 2), "ean": ean, "color": color if s["Farbe"] else None,
             "is_active": active}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 4. Staff list -> employee ("Last, First", one-line address, dept abbreviations, FTE %)
# =============================================================================================
def p_staff() -> Pair:
    P = Pair("dev", "staff_list_to_employee",
             "Spreadsheet staff list (Last, First; one-line address; mixed dates and money) into employee",
             "employee", 120, 1004)
    P.src_cols = ["Employee", "Name", "Home Address", "Start", "Annual Salary", "Dept", "FTE %", "Mgr",
                  "Badge Colour", "Parking Spot"]
    depts = {"finance": ["FIN", "Finance", "Fin."], "human_resources": ["HR", "Human Resources", "Personal"],
             "it": ["IT", "I.T.", "EDV"], "operations": ["OPS", "Operations", "Ops"],
             "sales": ["SLS", "Sales", "Vertrieb"]}
    P.tgt_cols = [
        C("employee_id", "int", "id.employee_id", key=True, nullable=False),
        C("first_name", "string", "person.first_name", nullable=False),
        C("last_name", "string", "person.last_name", nullable=False),
        C("street_address", "string", "address.street_address", description="street and house number"),
        C("postal_code", "string", "address.postal_code"),
        C("city", "string", "address.city"),
        C("hire_date", "date", "datetime.date"),
        C("annual_salary", "decimal", "money.salary", description="EUR, 2 decimals"),
        C("department", "string", "org.department", allowed_values=list(depts)),
        C("fte", "decimal", "qty.percentage", description="fraction of full time, 2 decimals, e.g. 0.80"),
        C("manager_id", "int", "id.employee_id"),
        C("job_title", "string", "person.job_title"),
        C("work_email", "string", "contact.email"),
    ]
    P.key_src, P.key_tgt = ["Employee"], ["employee_id"]
    P.m("employee_id", "Employee", "type_cast")
    P.m("first_name", "Name", "decompose")
    P.m("last_name", "Name", "decompose")
    P.m("street_address", "Home Address", "decompose")
    P.m("postal_code", "Home Address", "decompose")
    P.m("city", "Home Address", "decompose")
    P.m("hire_date", "Start", "date_format")
    P.m("annual_salary", "Annual Salary", "reformat")
    P.m("department", "Dept", "value_map")
    P.m("fte", "FTE %", "reformat")
    P.m("manager_id", "Mgr", "type_cast")
    P.m("job_title", [], "unmapped")
    P.m("work_email", [], "unmapped")
    places = [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("04109", "Leipzig"),
              ("1010", "Wien"), ("20095", "Hamburg"), ("70173", "Stuttgart"), ("01067", "Dresden")]
    streets = ["Hauptstraße", "Lindenallee", "Am Markt", "Goethestr.", "Bahnhofstraße", "Im Grund"]

    def row(rng, i):
        p = gc.person(rng, "de_DE")
        eid = 100 + i
        pc, city = rng.choice(places)
        street = f"{rng.choice(streets)} {rng.randint(1, 120)}{rng.choice(['', '', 'a'])}"
        hire = gc.rand_date(rng, D(2001, 1, 1), D(2024, 8, 1))
        sal = rng.randrange(32000, 110000, 500)
        fte = rng.choice([100, 100, 100, 80, 50, 75, 60])
        dept = rng.choice(list(depts))
        mgr = rng.randint(100, 110) if i > 10 else None
        s = {
            "Employee": rng.choice([f"E-{eid:04d}", f"E{eid:04d}", str(eid)]),
            "Name": f"{p['last']}, {p['first']}",
            "Home Address": f"{street}, {pc} {city}",
            "Start": render_date(hire, rng.choice(["iso", "eu_dot", "dmy_mon"])),
            "Annual Salary": rng.choice([f"€{us(sal)}", f"EUR {sal}", f"{eu(sal)} €"]),
            "Dept": rng.choice(depts[dept]), "FTE %": f"{fte}%" if rng.random() < 0.7 else str(fte),
            "Mgr": f"E-{mgr:04d}" if mgr else "",
            "Badge Colour": rng.choice(["blue", "green", "red"]), "Parking Spot": rng.choice(["", "P1-14", "P2-03"]),
        }
        t = {"employee_id": eid, "first_name": p["first"], "last_name": p["last"], "street_address": street,
             "postal_code": pc, "city": city, "hire_date": hire.isoformat(), "annual_salary": q(sal),
             "department": dept, "fte": q(fte / 100), "manager_id": mgr}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 5. Supplier table with misleading column names
# =============================================================================================
def p_suppliers() -> Pair:
    P = Pair("dev", "lieferanten_misleading_to_supplier",
             "Supplier table whose headers lie (name=company, id2=phone, num=IBAN, code=VAT id) into supplier",
             "supplier", 110, 1005)
    P.src_cols = ["id", "name", "id2", "contact", "code", "num", "date", "value", "type", "flag", "text"]
    cats = {"raw_material": ["R", "RM", "Rohstoff"], "service": ["S", "SRV", "Dienstleistung"],
            "logistics": ["L", "LOG", "Spedition"]}
    P.tgt_cols = [
        C("supplier_id", "int", "id.record_id", key=True, nullable=False),
        C("company_name", "string", "org.company_name", nullable=False),
        C("contact_person", "string", "person.full_name"),
        C("phone", "string", "contact.phone", regex=r"^\+[1-9][0-9]{6,14}$", description="E.164"),
        C("vat_number", "string", "id.vat_number", regex=r"^[A-Z]{2}[0-9A-Z]{8,12}$", description="no spaces"),
        C("iban", "string", "id.iban", description="no spaces"),
        C("onboarded_on", "date", "datetime.date"),
        C("credit_limit", "decimal", "money.amount", description="EUR, 2 decimals"),
        C("category", "string", "text.category", allowed_values=list(cats)),
        C("is_blocked", "bool", "flag.boolean", nullable=False),
        C("website", "string", "web.url"),
    ]
    P.key_src, P.key_tgt = ["id"], ["supplier_id"]
    for tgt, src, k in [("supplier_id", "id", "atomic"), ("company_name", "name", "atomic"),
                        ("contact_person", "contact", "atomic"), ("phone", "id2", "reformat"),
                        ("vat_number", "code", "reformat"), ("iban", "num", "reformat"),
                        ("onboarded_on", "date", "date_format"), ("credit_limit", "value", "type_cast"),
                        ("category", "type", "value_map"), ("is_blocked", "flag", "value_map")]:
        P.m(tgt, src, k)
    P.m("website", [], "unmapped")
    firms = {"DE": (["Müller Logistik", "Schulte Stahlhandel", "Brandt & Söhne", "Nordwind Spedition"],
                    ["GmbH", "GmbH & Co. KG", "AG"], "de_DE"),
             "FR": (["Transports Girard", "Métallerie Dubois", "Conseil Lefèvre"], ["SARL", "SAS", "SA"], "fr_FR"),
             "NL": (["Van Dijk Transport", "Bakker Grondstoffen"], ["B.V.", "N.V."], "nl_NL"),
             "PL": (["Kowalski Trans", "Stalex", "Usługi Nowak"], ["Sp. z o.o.", "S.A."], "pl_PL"),
             "IT": (["Trasporti Russo", "Acciai Brambilla"], ["S.r.l.", "S.p.A."], "it_IT")}
    vat_len = {"DE": 9, "FR": 11, "NL": 12, "PL": 10, "IT": 11}

    def row(rng, i):
        c = rng.choice(list(firms))
        bases, forms, loc = firms[c]
        company = f"{rng.choice(bases)} {rng.choice(forms)}"
        if c == "NL":
            vat = f"NL{gc.digits(rng, 9)}B{gc.digits(rng, 2)}"
        elif c == "FR":
            vat = f"FR{gc.digits(rng, 11)}"
        else:
            vat = f"{c}{gc.digits(rng, vat_len[c])}"
        vat_src = rng.choice([vat, f"{vat[:2]} {vat[2:5]} {vat[5:8]} {vat[8:]}", vat.lower() if c != "NL" else vat])
        disp, e164 = mc.phone(rng, c, mobile=False)
        if not disp.startswith(("+", "00")):  # always international here: the country is not otherwise given
            disp = f"{e164[:3]} {disp.lstrip('0')}"
        ib = gc.iban(rng, c)
        d = gc.rand_date(rng, D(2012, 1, 1), D(2024, 8, 1))
        cat = rng.choice(list(cats))
        blocked = rng.random() < 0.1
        p = gc.person(rng, loc)
        limit = rng.choice([5000, 10000, 25000, 50000, 100000, 0])
        s = {"id": 5000 + i, "name": company, "id2": disp, "contact": f"{p['first']} {p['last']}" if rng.random() < 0.9
             else "", "code": vat_src, "num": gc.group4(ib) if rng.random() < 0.5 else ib,
             "date": render_date(d, "eu_slash"), "value": str(limit) if rng.random() < 0.6 else f"{limit}.00",
             "type": rng.choice(cats[cat]), "flag": "X" if blocked else "",
             "text": rng.choice(["", "", "Rahmenvertrag bis 2025", "nur Vorkasse", "ISO 9001"])}
        t = {"supplier_id": s["id"], "company_name": company, "contact_person": s["contact"] or None, "phone": e164,
             "vat_number": vat, "iban": ib, "onboarded_on": d.isoformat(), "credit_limit": q(limit), "category": cat,
             "is_blocked": blocked}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 6. French patients (sex synonyms, French dates incl. month names, height/weight strings, NIR)
# =============================================================================================
def p_patients_fr() -> Pair:
    P = Pair("dev", "patients_fr_to_patient",
             "French clinic patient list (NOM in capitals, French dates, '1m75', '72,5 kg') into patient",
             "patient", 140, 1006)
    P.src_cols = ["N° dossier", "NOM", "Prénom", "Sexe", "Né(e) le", "N° SS", "Taille", "Poids", "Tél.",
                  "Médecin traitant", "Chambre", "Régime"]
    P.tgt_cols = [
        C("mrn", "string", "id.record_id", key=True, nullable=False),
        C("given_name", "string", "person.first_name", nullable=False),
        C("family_name", "string", "person.last_name", nullable=False, description="title case, e.g. Le Goff"),
        C("sex", "string", "person.gender", allowed_values=["M", "F"]),
        C("birth_date", "date", "person.date_of_birth"),
        C("nir", "string", "id.fr_nir", regex=r"^[12][0-9]{2}[0-9]{2}[0-9AB]{2}[0-9]{8}$", description="15 chars"),
        C("height_cm", "int", "qty.length"),
        C("weight_kg", "decimal", "qty.mass", description="1 decimal"),
        C("phone", "string", "contact.phone", description="E.164"),
        C("attending_physician", "string", "person.full_name"),
        C("blood_type", "string", allowed_values=["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"]),
    ]
    P.key_src, P.key_tgt = ["N° dossier"], ["mrn"]
    for tgt, src, k in [("mrn", "N° dossier", "atomic"), ("given_name", "Prénom", "atomic"),
                        ("family_name", "NOM", "reformat"), ("sex", "Sexe", "value_map"),
                        ("birth_date", "Né(e) le", "date_format"), ("nir", "N° SS", "reformat"),
                        ("height_cm", "Taille", "unit"), ("weight_kg", "Poids", "reformat"),
                        ("phone", "Tél.", "reformat"), ("attending_physician", "Médecin traitant", "atomic")]:
        P.m(tgt, src, k)
    P.m("blood_type", [], "unmapped")
    surnames = ["Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Le Goff", "N'Diaye", "Garnier-Roux",
                "Kerbrat", "Benali", "Chevalier", "Hébert", "Quéméneur", "Fontaine"]
    doctors = ["Dr Anne Moreau", "Dr Paul Girard", "Dr Leïla Haddad", "Dr Yves Kerhervé"]

    def row(rng, i):
        p = gc.person(rng, "fr_FR")
        last = rng.choice(surnames)
        dob = gc.rand_date(rng, D(1935, 1, 1), D(2010, 12, 31))
        nir = gc.fr_nir(rng, p["sex"], dob)
        h = rng.randint(150, 198)
        w = round(rng.uniform(45, 120), 1)
        disp, e164 = mc.phone(rng, "FR")
        sex_src = {"M": ["M", "H", "Homme", "1", "masculin"], "F": ["F", "Femme", "2", "féminin"]}[p["sex"]]
        hs = rng.randrange(4)
        height = [f"{h // 100}m{h % 100:02d}", f"{h} cm", f"{h // 100},{h % 100:02d} m", str(h)][hs]
        ws = rng.randrange(3)
        wt = [f"{eu(w, 1)} kg", eu(w, 1), f"{w} kg"][ws]
        s = {"N° dossier": f"DP-{rng.randint(2015, 2024)}-{i + 1:04d}", "NOM": last.upper(), "Prénom": p["first"],
             "Sexe": rng.choice(sex_src), "Né(e) le": render_date(dob, rng.choice(["eu_slash", "eu_slash", "fr_long"])),
             "N° SS": rng.choice([nir, f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} "
                                       f"{nir[13:]}"]),
             "Taille": height, "Poids": wt, "Tél.": disp, "Médecin traitant": rng.choice(doctors + [""]),
             "Chambre": f"{rng.randint(1, 4)}{rng.randint(1, 30):02d}", "Régime": rng.choice(["", "sans sel",
                                                                                               "diabétique"])}
        t = {"mrn": s["N° dossier"], "given_name": p["first"], "family_name": last, "sex": p["sex"],
             "birth_date": dob.isoformat(), "nir": nir, "height_cm": h, "weight_kg": q(w, 1), "phone": e164,
             "attending_physician": s["Médecin traitant"] or None}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 7. WIDE: Salesforce-like contact export (48 cols) -> customer_360 (110 cols)
# =============================================================================================
def p_customer360() -> Pair:
    P = Pair("dev", "crm_contacts_to_customer360_wide",
             "Wide: CRM contact export (48 columns, Title Case) into a 110-column customer 360 table",
             "customer_360", 200, 1007)
    P.src_cols = ["Contact ID", "Salutation", "First Name", "Middle Name", "Last Name", "Suffix", "Birthdate",
                  "Gender", "Email", "Email 2", "Mobile", "Home Phone", "Work Phone", "Mailing Street", "Mailing City",
                  "Mailing State/Province", "Mailing Zip/Postal Code", "Mailing Country", "Other Street",
                  "Other City", "Other State/Province", "Other Zip/Postal Code", "Other Country", "Account Name",
                  "Title", "Department", "Lead Source", "Contact Owner", "Created Date", "Last Modified Date",
                  "Email Opt Out", "Do Not Call", "Annual Revenue", "Preferred Language", "Twitter", "LinkedIn",
                  "Website", "Description", "Customer Since", "Loyalty Points", "Tier", "NPS", "Last Purchase Date",
                  "Total Orders", "Total Spend (USD)", "Record Type", "System Modstamp", "Fax"]
    mapped: list[tuple[dict, list[str], str]] = [
        (C("cust_id", "string", "id.customer_id", key=True, nullable=False), ["Contact ID"], "atomic"),
        (C("salutation", "string", "person.salutation", allowed_values=["Mr", "Ms", "Mrs", "Dr", "Prof"]),
         ["Salutation"], "reformat"),
        (C("first_name", "string", "person.first_name", nullable=False), ["First Name"], "atomic"),
        (C("middle_name", "string", "person.middle_name"), ["Middle Name"], "atomic"),
        (C("last_name", "string", "person.last_name", nullable=False), ["Last Name"], "atomic"),
        (C("name_suffix", "string"), ["Suffix"], "atomic"),
        (C("full_name", "string", "person.full_name", description="first, middle, last, suffix separated by spaces"),
         ["First Name", "Middle Name", "Last Name", "Suffix"], "compose"),
        (C("birth_date", "date", "person.date_of_birth"), ["Birthdate"], "date_format"),
        (C("gender", "string", "person.gender", allowed_values=["M", "F", "X"]), ["Gender"], "value_map"),
        (C("primary_email", "string", "contact.email", description="lower case"), ["Email"], "reformat"),
        (C("secondary_email", "string", "contact.email", description="lower case"), ["Email 2"], "reformat"),
        (C("mobile_phone", "string", "contact.mobile_phone", description="E.164"), ["Mobile"], "reformat"),
        (C("home_phone", "string", "contact.phone", description="E.164"), ["Home Phone"], "reformat"),
        (C("work_phone", "string", "contact.phone", description="E.164"), ["Work Phone"], "reformat"),
        (C("home_street", "string", "address.street_address"), ["Mailing Street"], "atomic"),
        (C("home_city", "string", "address.city"), ["Mailing City"], "atomic"),
        (C("home_state", "string", "address.state_province", description="2-letter USPS code"),
         ["Mailing State/Province"], "value_map"),
        (C("home_postal_code", "string", "address.postal_code", regex=r"^[0-9]{5}(-[0-9]{4})?$"),
         ["Mailing Zip/Postal Code"], "atomic"),
        (C("home_country_code", "string", "iso.country_alpha2"), ["Mailing Country"], "value_map"),
        (C("billing_street", "string", "address.street_address"), ["Other Street"], "atomic"),
        (C("billing_city", "string", "address.city"), ["Other City"], "atomic"),
        (C("billing_state", "string", "address.state_province", description="2-letter USPS code"),
         ["Other State/Province"], "value_map"),
        (C("billing_postal_code", "string", "address.postal_code"), ["Other Zip/Postal Code"], "atomic"),
        (C("billing_country_code", "string", "iso.country_alpha2"), ["Other Country"], "value_map"),
        (C("employer_name", "string", "org.company_name"), ["Account Name"], "atomic"),
        (C("job_title", "string", "person.job_title"), ["Title"], "atomic"),
        (C("department", "string", "org.department"), ["Department"], "atomic"),
        (C("lead_source", "string", allowed_values=["web", "referral", "event", "partner", "cold_call", "other"]),
         ["Lead Source"], "value_map"),
        (C("owner_name", "string", "person.full_name"), ["Contact Owner"], "atomic"),
        (C("created_at", "datetime", "datetime.created_at"), ["Created Date"], "date_format"),
        (C("updated_at", "datetime", "datetime.updated_at"), ["Last Modified Date"], "date_format"),
        (C("email_opt_in", "bool", "flag.consent", description="true when the contact accepts e-mail marketing"),
         ["Email Opt Out"], "value_map"),
        (C("do_not_call", "bool", "flag.boolean"), ["Do Not Call"], "value_map"),
        (C("preferred_language", "string", "iso.language_code", allowed_values=["en", "es", "fr", "de", "zh", "vi"]),
         ["Preferred Language"], "value_map"),
        (C("twitter_handle", "string", "web.social_handle", regex=r"^@[A-Za-z0-9_]{1,15}$"), ["Twitter"], "reformat"),
        (C("linkedin_url", "string", "web.url"), ["LinkedIn"], "atomic"),
        (C("website", "string", "web.url"), ["Website"], "atomic"),
        (C("notes", "string", "text.notes"), ["Description"], "atomic"),
        (C("customer_since", "date", "datetime.date"), ["Customer Since"], "date_format"),
        (C("loyalty_points", "int", "qty.count"), ["Loyalty Points"], "type_cast"),
        (C("loyalty_tier", "string", allowed_values=["BRONZE", "SILVER", "GOLD", "PLATINUM"]), ["Tier"], "value_map"),
        (C("nps_score", "int", allowed_values=list(range(0, 11))), ["NPS"], "type_cast"),
        (C("last_purchase_date", "date", "datetime.date"), ["Last Purchase Date"], "date_format"),
        (C("total_orders", "int", "qty.count"), ["Total Orders"], "type_cast"),
        (C("total_spend", "decimal", "money.amount", description="USD, 2 decimals"), ["Total Spend (USD)"],
         "reformat"),
        (C("fax", "string", "contact.fax"), ["Fax"], "reformat"),
    ]
    unmapped = [
        ("preferred_name", "string", "person.first_name"), ("marital_status", "string", "person.marital_status"),
        ("nationality", "string", "person.nationality"), ("age", "int", "person.age"),
        ("ssn_last4", "string", None), ("drivers_license_no", "string", "id.drivers_license"),
        ("passport_no", "string", "id.passport_number"), ("shipping_street", "string", "address.street_address"),
        ("shipping_address_line2", "string", "address.address_line2"), ("shipping_city", "string", "address.city"),
        ("shipping_state", "string", "address.state_province"), ("shipping_postal_code", "string",
                                                                 "address.postal_code"),
        ("shipping_country_code", "string", "iso.country_alpha2"), ("home_address_line2", "string",
                                                                    "address.address_line2"),
        ("billing_address_line2", "string", "address.address_line2"), ("home_latitude", "decimal", "geo.latitude"),
        ("home_longitude", "decimal", "geo.longitude"), ("timezone", "string", "geo.timezone"),
        ("locale", "string", "iso.locale"), ("currency_code", "string", "iso.currency_code"),
        ("household_id", "string", "id.record_id"), ("household_size", "int", "qty.count"),
        ("income_band", "string", None), ("employer_industry", "string", "org.industry"),
        ("employer_vat_number", "string", "id.vat_number"), ("cost_center", "string", "org.cost_center"),
        ("sms_opt_in", "bool", "flag.consent"), ("postal_mail_opt_in", "bool", "flag.consent"),
        ("push_opt_in", "bool", "flag.consent"), ("gdpr_consent_at", "datetime", "datetime.timestamp"),
        ("consent_source", "string", None), ("privacy_policy_version", "string", None),
        ("is_deleted", "bool", "flag.is_deleted"), ("is_active", "bool", "flag.is_active"),
        ("is_verified", "bool", "flag.verified"), ("is_employee", "bool", "flag.boolean"),
        ("is_vip", "bool", "flag.boolean"), ("churn_risk_score", "decimal", "qty.percentage"),
        ("clv_predicted", "decimal", "money.amount"), ("propensity_score", "decimal", None),
        ("segment_code", "string", "text.category"), ("persona", "string", "text.category"),
        ("acquisition_channel", "string", None), ("acquisition_campaign", "string", None),
        ("first_order_date", "date", "datetime.date"), ("first_order_id", "string", "id.order_number"),
        ("last_order_id", "string", "id.order_number"), ("avg_order_value", "decimal", "money.amount"),
        ("returns_count", "int", "qty.count"), ("open_tickets", "int", "qty.count"),
        ("last_ticket_at", "datetime", "datetime.timestamp"), ("last_login_at", "datetime", "datetime.timestamp"),
        ("last_login_ip", "string", "web.ipv4"), ("app_installed", "bool", "flag.boolean"),
        ("device_os", "string", None), ("web_user_id", "string", "id.uuid"), ("username", "string",
                                                                          "person.username"),
        ("facebook_id", "string", None), ("instagram_handle", "string", "web.social_handle"),
        ("referral_code", "string", None), ("referred_by_cust_id", "string", "id.customer_id"),
        ("preferred_store_id", "string", None), ("preferred_channel", "string", None),
        ("credit_limit", "decimal", "money.amount"), ("payment_terms", "string", None),
        ("default_iban", "string", "id.iban"), ("tax_exempt", "bool", "flag.boolean"),
        ("source_system", "string", None), ("source_record_id", "string", "id.record_id"),
        ("etl_batch_id", "string", None), ("etl_loaded_at", "datetime", "datetime.timestamp"),
    ]
    P.tgt_cols = [m[0] for m in mapped] + [C(n, t, d) for n, t, d in unmapped]
    for col, srcs, kind in mapped:
        P.m(col["name"], srcs, kind)
    for n, _, _ in unmapped:
        P.m(n, [], "unmapped")
    P.key_src, P.key_tgt = ["Contact ID"], ["cust_id"]
    states = {"CA": "California", "NY": "New York", "TX": "Texas", "WA": "Washington", "IL": "Illinois",
              "FL": "Florida", "MA": "Massachusetts", "GA": "Georgia"}
    cities = {"CA": "San Diego", "NY": "Buffalo", "TX": "Houston", "WA": "Spokane", "IL": "Chicago",
              "FL": "Orlando", "MA": "Worcester", "GA": "Savannah"}
    lead = {"web": ["Web", "Website", "web form"], "referral": ["Referral", "Employee Referral", "Customer Referral"],
            "event": ["Trade Show", "Seminar", "Event"], "partner": ["Partner", "Reseller"],
            "cold_call": ["Cold Call", "Outbound call"], "other": ["Other", "Purchased List"]}
    langs = {"en": ["English", "EN", "en-US"], "es": ["Spanish", "Español", "es"], "fr": ["French"],
             "de": ["German"], "zh": ["Chinese", "Mandarin"], "vi": ["Vietnamese"]}
    owners = ["Megan Tanaka", "Luis Ortega", "Priya Raman", "Tom Becker"]
    companies = ["Acme Corp", "Globex LLC", "Initech", "Umbrella Health", "Stark Industries", "Wayne Enterprises",
                 "Hooli", "Vandelay Industries", ""]

    def ts_us(x: T) -> str:
        h = x.hour % 12 or 12
        return f"{x.month}/{x.day}/{x.year} {h}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"

    def row(rng, i):
        p = gc.person(rng, "en_US")
        sal = {"M": ["Mr.", "Mr", "Dr.", "MR"], "F": ["Ms.", "Mrs.", "Ms", "Dr."]}[p["sex"]]
        sal_src = rng.choice(sal) if rng.random() < 0.85 else ""
        sal_t = {"Mr.": "Mr", "Mr": "Mr", "MR": "Mr", "Dr.": "Dr", "Ms.": "Ms", "Ms": "Ms", "Mrs.": "Mrs"}.get(sal_src)
        middle = rng.choice(gc.NAMES["en_US"][0] + gc.NAMES["en_US"][1]) if rng.random() < 0.35 else ""
        suffix = rng.choice(["Jr.", "Sr.", "III", "PhD"]) if rng.random() < 0.07 else ""
        dob = gc.rand_date(rng, D(1945, 1, 1), D(2004, 12, 31)) if rng.random() < 0.8 else None
        gender_t = pick(rng, {"M": 0.47, "F": 0.47, "X": 0.03, None: 0.03})
        gsrc = {"M": ["Male", "M", "male"], "F": ["Female", "F", "female"], "X": ["Non-binary", "X"],
                None: [""]}[gender_t]
        if gender_t == "M" and p["sex"] == "F" or gender_t == "F" and p["sex"] == "M":
            gender_t = p["sex"]
            gsrc = ["Male"] if p["sex"] == "M" else ["Female"]
        email = gc.email_for(rng, p["first"], p["last"], ["gmail.com", "yahoo.com", "outlook.com"])
        email_src = email if rng.random() < 0.8 else email.capitalize()
        email2 = gc.email_for(rng, p["first"], p["last"], ["work.example.com", "icloud.com"]) \
            if rng.random() < 0.3 else ""
        mob, mob_e = mc.phone(rng, "US", mobile=True)
        has_home, has_work, has_fax = rng.random() < 0.4, rng.random() < 0.3, rng.random() < 0.05
        home, home_e = mc.phone(rng, "US")
        work, work_e = mc.phone(rng, "US")
        fax, fax_e = mc.phone(rng, "US")
        st = rng.choice(list(states))
        z = f"{rng.randint(10000, 99899)}"
        zsrc = rng.choice([z, z, f"{z}-{rng.randint(1000, 9999)}"])
        has_other = rng.random() < 0.35
        st2 = rng.choice(list(states))
        z2 = f"{rng.randint(10000, 99899)}"
        country_src = rng.choice(["United States", "USA", "US", "U.S.", "United States of America"])
        created = gc.rand_ts(rng, T(2016, 1, 1), T(2023, 12, 31)).replace(second=0)
        updated = gc.rand_ts(rng, created, T(2024, 9, 30)).replace(second=0)
        opt_out = rng.random() < 0.25
        dnc = rng.random() < 0.1
        ls = rng.choice(list(lead)) if rng.random() < 0.9 else None
        lang = rng.choice(["en"] * 6 + list(langs)) if rng.random() < 0.8 else None
        handle = username_tw(rng, p)
        tw_style = rng.randrange(3)
        tw = [f"@{handle}", f"https://twitter.com/{handle}", handle][tw_style] if rng.random() < 0.3 else ""
        since = created.date()
        pts = rng.randint(0, 20000)
        tier = "BRONZE" if pts < 2000 else "SILVER" if pts < 8000 else "GOLD" if pts < 15000 else "PLATINUM"
        nps = rng.randint(0, 10) if rng.random() < 0.5 else None
        orders = rng.randint(0, 60)
        spend = round(orders * rng.uniform(15, 180), 2)
        lastp = gc.rand_date(rng, since, D(2024, 9, 30)) if orders else None
        comp = rng.choice(companies)
        s = {"Contact ID": f"003{gc.token(rng, 12)}", "Salutation": sal_src, "First Name": p["first"],
             "Middle Name": middle, "Last Name": p["last"], "Suffix": suffix,
             "Birthdate": render_date(dob, "us_short") if dob else "", "Gender": rng.choice(gsrc),
             "Email": email_src, "Email 2": email2, "Mobile": mob, "Home Phone": home if has_home else "",
             "Work Phone": work if has_work else "", "Mailing Street": f"{rng.randint(1, 9999)} "
             f"{rng.choice(['Elm St', 'Park Ave', 'Main St', 'Ocean Dr', 'Hillcrest Rd'])}",
             "Mailing City": cities[st], "Mailing State/Province": rng.choice([st, states[st]]),
             "Mailing Zip/Postal Code": zsrc, "Mailing Country": country_src,
             "Other Street": f"PO Box {rng.randint(100, 9999)}" if has_other else "",
             "Other City": cities[st2] if has_other else "",
             "Other State/Province": rng.choice([st2, states[st2]]) if has_other else "",
             "Other Zip/Postal Code": z2 if has_other else "", "Other Country": "USA" if has_other else "",
             "Account Name": comp, "Title": rng.choice(["", "Manager", "VP Sales", "Nurse", "Engineer", "Owner"])
             if comp else "", "Department": rng.choice(["", "Sales", "IT", "Procurement"]) if comp else "",
             "Lead Source": rng.choice(lead[ls]) if ls else "", "Contact Owner": rng.choice(owners),
             "Created Date": ts_us(created), "Last Modified Date": ts_us(updated),
             "Email Opt Out": rng.choice(["true", "1", "Yes"]) if opt_out else rng.choice(["false", "0", "No"]),
             "Do Not Call": ("true" if dnc else "false"), "Annual Revenue": rng.choice(["", "1000000", "25000000"]),
             "Preferred Language": rng.choice(langs[lang]) if lang else "", "Twitter": tw,
             "LinkedIn": f"https://www.linkedin.com/in/{handle.lower()}" if rng.random() < 0.2 else "",
             "Website": rng.choice(["", "", "", "https://example.org", "http://my-bakery.com"]),
             "Description": rng.choice(["", "", "Met at NRF 2023", "Prefers phone", "Spanish speaker"]),
             "Customer Since": render_date(since, "us"), "Loyalty Points": f"{pts:,}",
             "Tier": rng.choice([tier, tier.title(), tier.lower()]), "NPS": "" if nps is None else str(nps),
             "Last Purchase Date": render_date(lastp, "us") if lastp else "", "Total Orders": str(orders),
             "Total Spend (USD)": f"${us(spend)}", "Record Type": rng.choice(["Customer", "Prospect"]),
             "System Modstamp": updated.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
             "Fax": fax if has_fax else ""}
        full = " ".join(x for x in [p["first"], middle, p["last"], suffix] if x)
        t = {"cust_id": s["Contact ID"], "salutation": sal_t, "first_name": p["first"], "middle_name": middle or None,
             "last_name": p["last"], "name_suffix": suffix or None, "full_name": full,
             "birth_date": dob.isoformat() if dob else None, "gender": gender_t, "primary_email": email.lower(),
             "secondary_email": email2.lower() or None, "mobile_phone": mob_e,
             "home_phone": home_e if has_home else None, "work_phone": work_e if has_work else None,
             "home_street": s["Mailing Street"], "home_city": cities[st], "home_state": st,
             "home_postal_code": zsrc, "home_country_code": "US",
             "billing_street": s["Other Street"] or None, "billing_city": s["Other City"] or None,
             "billing_state": st2 if has_other else None, "billing_postal_code": z2 if has_other else None,
             "billing_country_code": "US" if has_other else None, "employer_name": comp or None,
             "job_title": s["Title"] or None, "department": s["Department"] or None, "lead_source": ls,
             "owner_name": s["Contact Owner"], "created_at": created.strftime("%Y-%m-%dT%H:%M:%S"),
             "updated_at": updated.strftime("%Y-%m-%dT%H:%M:%S"), "email_opt_in": not opt_out,
             "do_not_call": dnc, "preferred_language": lang, "twitter_handle": f"@{handle}" if tw else None,
             "linkedin_url": s["LinkedIn"] or None, "website": s["Website"] or None,
             "notes": s["Description"] or None, "customer_since": since.isoformat(), "loyalty_points": pts,
             "loyalty_tier": tier, "nps_score": nps, "last_purchase_date": lastp.isoformat() if lastp else None,
             "total_orders": orders, "total_spend": q(spend), "fax": fax_e if has_fax else None}
        return s, t

    P.row = row
    P.n_examples = 2
    return P


def username_tw(rng: random.Random, p: dict) -> str:
    base = gc.ascii_fold(p["first"] + p["last"]).replace(" ", "").replace("'", "").replace("-", "")
    return (base[:11] + str(rng.randint(1, 999)))[:15]


# =============================================================================================
# 8. Japanese member list -> member (decompose names, Japanese dates, postal codes, E.164)
# =============================================================================================
def p_kaiin() -> Pair:
    P = Pair("dev", "kaiin_jp_to_member",
             "Japanese loyalty-member list (Japanese headers) into an English member table",
             "member", 130, 1008)
    P.src_cols = ["会員番号", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "都道府県", "住所", "電話番号",
                  "会員ランク", "ポイント", "登録店舗", "備考"]
    ranks = {"bronze": ["ブロンズ", "BRONZE"], "silver": ["シルバー", "SILVER"], "gold": ["ゴールド", "GOLD"],
             "platinum": ["プラチナ", "PLATINUM"]}
    P.tgt_cols = [
        C("member_id", "int", "id.customer_id", key=True, nullable=False),
        C("family_name", "string", "person.last_name", nullable=False),
        C("given_name", "string", "person.first_name", nullable=False),
        C("name_kana", "string", description="katakana reading, family and given name separated by one space"),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("birth_date", "date", "person.date_of_birth"),
        C("postal_code", "string", "address.postal_code", regex=r"^[0-9]{3}-[0-9]{4}$"),
        C("address", "string", "address.full_address", description="prefecture followed by the rest, no space"),
        C("phone", "string", "contact.phone", description="E.164"),
        C("tier", "string", allowed_values=list(ranks)),
        C("points", "int", "qty.count"),
        C("email", "string", "contact.email"),
    ]
    P.key_src, P.key_tgt = ["会員番号"], ["member_id"]
    for tgt, src, k in [("member_id", ["会員番号"], "type_cast"), ("family_name", ["氏名"], "decompose"),
                        ("given_name", ["氏名"], "decompose"), ("name_kana", ["フリガナ"], "reformat"),
                        ("gender", ["性別"], "value_map"), ("birth_date", ["生年月日"], "date_format"),
                        ("postal_code", ["郵便番号"], "reformat"), ("address", ["都道府県", "住所"], "compose"),
                        ("phone", ["電話番号"], "reformat"), ("tier", ["会員ランク"], "value_map"),
                        ("points", ["ポイント"], "reformat")]:
        P.m(tgt, src, k)
    P.m("email", [], "unmapped")
    from gen_pii import JP_GIVEN, JP_PLACES, JP_SURNAMES

    def row(rng, i):
        sn, sk = rng.choice(JP_SURNAMES)
        gn, gk, sex = rng.choice(JP_GIVEN)
        pref, city, zp, towns = rng.choice(JP_PLACES)
        dob = gc.rand_date(rng, D(1945, 1, 1), D(2006, 12, 31))
        zipc = f"{zp}-{rng.randint(0, 9999):04d}"
        rest = f"{city}{rng.choice(towns)}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        disp, e164 = mc.phone(rng, "JP")
        rank = rng.choice(list(ranks))
        pts = rng.randint(0, 30000)
        kana_sep = rng.choice([" ", "　", " "])
        s = {"会員番号": f"M{10000 + i * 5:08d}", "氏名": f"{sn}{rng.choice([' ', '　'])}{gn}",
             "フリガナ": f"{sk}{kana_sep}{gk}",
             "性別": rng.choice({"M": ["男", "男性", "M"], "F": ["女", "女性", "F"]}[sex]),
             "生年月日": render_date(dob, rng.choice(["ymd_slash", "jp", "iso"])),
             "郵便番号": rng.choice([zipc, "〒" + zipc, zipc.replace("-", "")]), "都道府県": pref, "住所": rest,
             "電話番号": disp, "会員ランク": rng.choice(ranks[rank]),
             "ポイント": rng.choice([f"{pts:,}", f"{pts}pt", str(pts)]),
             "登録店舗": rng.choice(["新宿店", "梅田店", "オンライン"]),
             "備考": rng.choice(["", "", "DM不要", "住所変更あり"])}
        t = {"member_id": 10000 + i * 5, "family_name": sn, "given_name": gn, "name_kana": f"{sk} {gk}",
             "gender": sex, "birth_date": dob.isoformat(), "postal_code": zipc, "address": pref + rest,
             "phone": e164, "tier": rank, "points": pts}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 9. Spanish bank statement (Debe/Haber -> signed amount)
# =============================================================================================
def p_movimientos() -> Pair:
    P = Pair("dev", "movimientos_es_to_bank_txn",
             "Spanish bank statement export (separate Debe/Haber columns, European numbers) into bank transactions",
             "bank_transaction", 220, 1009)
    P.src_cols = ["Nº Mov.", "Cuenta", "F. Operación", "F. Valor", "Concepto", "Debe", "Haber", "Saldo", "Divisa",
                  "Referencia", "Categoría", "Oficina"]
    cats = {"salary": ["Nómina", "NOMINA"], "groceries": ["Supermercado", "Alimentación"],
            "utilities": ["Recibo luz", "Recibo agua", "Suministros"], "transfer": ["Transferencia", "Bizum"],
            "cash_withdrawal": ["Cajero", "Reintegro cajero"], "card_payment": ["Tarjeta", "Compra con tarjeta"]}
    P.tgt_cols = [
        C("txn_seq", "int", "id.record_id", key=True, nullable=False),
        C("account_iban", "string", "id.iban", nullable=False, description="no spaces"),
        C("booking_date", "date", "datetime.date", nullable=False),
        C("value_date", "date", "datetime.date"),
        C("description", "string", "text.description"),
        C("amount", "decimal", "money.amount", nullable=False,
          description="signed, negative for debits, 2 decimals"),
        C("direction", "string", allowed_values=["D", "C"], description="D = debit, C = credit"),
        C("balance", "decimal", "money.account_balance"),
        C("currency", "string", "iso.currency_code"),
        C("reference", "string"),
        C("category", "string", "text.category", allowed_values=list(cats)),
        C("merchant_name", "string", "org.company_name"),
    ]
    P.key_src, P.key_tgt = ["Nº Mov."], ["txn_seq"]
    for tgt, src, k in [("txn_seq", ["Nº Mov."], "atomic"), ("account_iban", ["Cuenta"], "reformat"),
                        ("booking_date", ["F. Operación"], "date_format"), ("value_date", ["F. Valor"], "date_format"),
                        ("description", ["Concepto"], "atomic"), ("amount", ["Debe", "Haber"], "compose"),
                        ("direction", ["Debe", "Haber"], "compose"), ("balance", ["Saldo"], "reformat"),
                        ("currency", ["Divisa"], "atomic"), ("reference", ["Referencia"], "atomic"),
                        ("category", ["Categoría"], "value_map")]:
        P.m(tgt, src, k)
    P.m("merchant_name", [], "unmapped")
    rng0 = random.Random(99)
    accounts = [gc.iban(rng0, "ES") for _ in range(4)]
    state = {"bal": {a: 2500.0 for a in accounts}, "date": D(2024, 1, 2)}
    concepts = {"salary": ["NOMINA EMPRESA IBERLOG SL"], "groceries": ["MERCADONA VALENCIA", "CARREFOUR EXPRESS",
                                                                       "LIDL 0412"],
                "utilities": ["RECIBO IBERDROLA", "CANAL ISABEL II", "ENDESA ENERGIA"],
                "transfer": ["TRANSF. A FAVOR DE LUCIA ROMERO", "BIZUM DE JAVIER G."],
                "cash_withdrawal": ["REINTEGRO CAJERO 4B"], "card_payment": ["AMAZON EU SARL", "RENFE VIAJEROS",
                                                                             "EL CORTE INGLES"]}

    def row(rng, i):
        acct = rng.choice(accounts)
        if rng.random() < 0.3:
            state["date"] += dt.timedelta(days=rng.randint(1, 3))
        d = state["date"]
        vd = d + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        cat = pick(rng, {"salary": 0.08, "groceries": 0.3, "utilities": 0.12, "transfer": 0.2,
                         "cash_withdrawal": 0.1, "card_payment": 0.2})
        credit = cat == "salary" or (cat == "transfer" and rng.random() < 0.5)
        amt = round(rng.uniform(1800, 3200) if cat == "salary" else rng.uniform(2, 450), 2)
        signed = amt if credit else -amt
        state["bal"][acct] = round(state["bal"][acct] + signed, 2)
        bal = state["bal"][acct]
        s = {"Nº Mov.": i + 1, "Cuenta": gc.group4(acct) if rng.random() < 0.7 else acct,
             "F. Operación": render_date(d, "eu_slash"),
             "F. Valor": render_date(vd, rng.choice(["eu_slash", "eu_dash"])),
             "Concepto": rng.choice(concepts[cat]), "Debe": "" if credit else eu(amt),
             "Haber": eu(amt) if credit else "",
             "Saldo": eu(bal), "Divisa": "EUR", "Referencia": gc.digits(rng, 12) if rng.random() < 0.7 else "",
             "Categoría": rng.choice(cats[cat]), "Oficina": rng.choice(["0182", "2100", "0049"])}
        t = {"txn_seq": i + 1, "account_iban": acct, "booking_date": d.isoformat(), "value_date": vd.isoformat(),
             "description": s["Concepto"], "amount": q(signed), "direction": "C" if credit else "D",
             "balance": q(bal), "currency": "EUR", "reference": s["Referencia"] or None, "category": cat}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 10. App users (camelCase): epoch millis, offsets -> UTC, bool synonyms, countries, name split
# =============================================================================================
def p_webusers() -> Pair:
    P = Pair("dev", "web_users_to_iam_user",
             "Web app user export (camelCase, epoch millis, ISO offsets, yes/no/1/0) into an IAM user table",
             "iam_user", 160, 1010)
    P.src_cols = ["userId", "fullName", "emailAddress", "createdAt", "lastSeen", "isAdmin", "country", "plan",
                  "loginCount", "theme", "avatarUrl"]
    countries = {"DE": ["Germany", "DE", "Deutschland"], "US": ["United States", "USA", "US", "U.S."],
                 "FR": ["France", "FR"], "ES": ["Spain", "España", "ES"], "GB": ["United Kingdom", "UK", "GB",
                                                                              "Great Britain"],
                 "NL": ["Netherlands", "Holland", "NL"]}
    tiers = {"free": ["free", "Free", "FREE"], "pro": ["pro", "Pro", "professional"],
             "enterprise": ["enterprise", "Enterprise", "ent"]}
    P.tgt_cols = [
        C("user_id", "int", "id.record_id", key=True, nullable=False),
        C("first_name", "string", "person.first_name"),
        C("middle_initial", "string", "person.middle_name", max_length=1, description="letter only, no dot"),
        C("last_name", "string", "person.last_name"),
        C("email", "string", "contact.email", nullable=False, description="lower case"),
        C("created_at", "datetime", "datetime.created_at", description="UTC, seconds precision"),
        C("last_seen_at", "datetime", "datetime.timestamp", description="UTC"),
        C("is_admin", "bool", "flag.boolean", nullable=False),
        C("country_code", "string", "iso.country_alpha2", allowed_values=list(countries)),
        C("tier", "string", allowed_values=list(tiers)),
        C("login_count", "int", "qty.count"),
        C("password_reset_required", "bool", "flag.boolean"),
    ]
    P.key_src, P.key_tgt = ["userId"], ["user_id"]
    for tgt, src, k in [("user_id", ["userId"], "atomic"), ("first_name", ["fullName"], "decompose"),
                        ("middle_initial", ["fullName"], "decompose"), ("last_name", ["fullName"], "decompose"),
                        ("email", ["emailAddress"], "reformat"), ("created_at", ["createdAt"], "date_format"),
                        ("last_seen_at", ["lastSeen"], "date_format"), ("is_admin", ["isAdmin"], "value_map"),
                        ("country_code", ["country"], "value_map"), ("tier", ["plan"], "value_map"),
                        ("login_count", ["loginCount"], "atomic")]:
        P.m(tgt, src, k)
    P.m("password_reset_required", [], "unmapped")
    loc = {"DE": "de_DE", "US": "en_US", "FR": "fr_FR", "ES": "es_ES", "GB": "en_GB", "NL": "nl_NL"}

    def row(rng, i):
        c = rng.choice(list(countries))
        while True:
            p = gc.person(rng, loc[c])
            if " " not in p["first"] and " " not in p["last"]:
                break
        mid = rng.choice(string.ascii_uppercase) if rng.random() < 0.3 else None
        full = f"{p['first']} {mid}. {p['last']}" if mid else f"{p['first']} {p['last']}"
        email = gc.email_for(rng, p["first"], p["last"], ["gmail.com", "mail.example.org"])
        created = gc.rand_ts(rng, T(2019, 1, 1), T(2024, 6, 1))
        ms = rng.randint(0, 999)
        epoch_ms = int(created.replace(tzinfo=dt.UTC).timestamp()) * 1000 + ms
        seen_utc = gc.rand_ts(rng, created, T(2024, 10, 1))
        off = rng.choice([0, 1, 2, -5, -4, 5.5, 9])
        local = seen_utc + dt.timedelta(hours=off)
        sign = "+" if off >= 0 else "-"
        hh, mm = int(abs(off)), int((abs(off) % 1) * 60)
        seen_src = local.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if off == 0 and rng.random() < 0.5
                                                           else f"{sign}{hh:02d}:{mm:02d}")
        admin = rng.random() < 0.1
        tier = rng.choice(list(tiers))
        logins = rng.randint(0, 3000)
        s = {"userId": 70000 + i, "fullName": full, "emailAddress": email if rng.random() < 0.7 else email.title(),
             "createdAt": epoch_ms, "lastSeen": seen_src,
             "isAdmin": rng.choice(["Y", "yes", "1", "true"]) if admin else rng.choice(["N", "no", "0", "false"]),
             "country": rng.choice(countries[c]), "plan": rng.choice(tiers[tier]), "loginCount": logins,
             "theme": rng.choice(["dark", "light", "system"]),
             "avatarUrl": f"https://cdn.example.app/u/{70000 + i}.png" if rng.random() < 0.4 else ""}
        t = {"user_id": 70000 + i, "first_name": p["first"], "middle_initial": mid, "last_name": p["last"],
             "email": email.lower(), "created_at": created.strftime("%Y-%m-%dT%H:%M:%S"),
             "last_seen_at": seen_utc.strftime("%Y-%m-%dT%H:%M:%S"), "is_admin": admin, "country_code": c,
             "tier": tier, "login_count": logins}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 11. US shipments -> metric shipment (lb, in, F, mi; "12x8x4" dims; "Dallas, TX")
# =============================================================================================
def p_shipments() -> Pair:
    P = Pair("dev", "shipments_us_to_metric",
             "US carrier shipment log (imperial units, packed dims) into metric shipment",
             "shipment", 200, 1011)
    P.src_cols = ["Consignment #", "Ship Date", "Origin", "Weight (lbs)", "Dims (in)", "Temp (°F)", "Distance (mi)",
                  "Service", "Declared Value", "Driver", "Truck"]
    svc = {"ground": ["Ground", "GND", "ground", "Standard"], "express": ["Express", "EXP", "2-Day", "Expedited"],
           "overnight": ["Overnight", "NDA", "Next Day Air", "Priority Overnight"]}
    P.tgt_cols = [
        C("tracking_no", "string", "id.tracking_number", key=True, nullable=False),
        C("ship_date", "date", "datetime.date", nullable=False),
        C("origin_city", "string", "address.city"),
        C("origin_state", "string", "address.state_province"),
        C("weight_kg", "decimal", "qty.mass", description="2 decimals"),
        C("length_cm", "decimal", "qty.length", description="1 decimal"),
        C("width_cm", "decimal", "qty.length", description="1 decimal"),
        C("height_cm", "decimal", "qty.length", description="1 decimal"),
        C("temperature_c", "decimal", "qty.temperature", description="1 decimal"),
        C("distance_km", "decimal", "qty.length", description="1 decimal"),
        C("service_level", "string", allowed_values=list(svc)),
        C("declared_value_usd", "decimal", "money.amount", description="2 decimals"),
        C("co2_kg", "decimal", "qty.mass"),
    ]
    P.key_src, P.key_tgt = ["Consignment #"], ["tracking_no"]
    for tgt, src, k in [("tracking_no", ["Consignment #"], "atomic"), ("ship_date", ["Ship Date"], "date_format"),
                        ("origin_city", ["Origin"], "decompose"), ("origin_state", ["Origin"], "decompose"),
                        ("weight_kg", ["Weight (lbs)"], "unit"), ("length_cm", ["Dims (in)"], "decompose"),
                        ("width_cm", ["Dims (in)"], "decompose"), ("height_cm", ["Dims (in)"], "decompose"),
                        ("temperature_c", ["Temp (°F)"], "unit"), ("distance_km", ["Distance (mi)"], "unit"),
                        ("service_level", ["Service"], "value_map"),
                        ("declared_value_usd", ["Declared Value"], "reformat")]:
        P.m(tgt, src, k)
    P.m("co2_kg", [], "unmapped")
    origins = [("Dallas", "TX"), ("Memphis", "TN"), ("Louisville", "KY"), ("Reno", "NV"), ("Newark", "NJ"),
               ("Salt Lake City", "UT"), ("Fort Worth", "TX"), ("St. Louis", "MO")]

    def row(rng, i):
        d = gc.rand_date(rng, D(2024, 1, 1), D(2024, 9, 30))
        city, st = rng.choice(origins)
        lb = round(rng.uniform(0.5, 150), 1)
        dims = [rng.choice([4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 36]) for _ in range(3)]
        dims.sort(reverse=True)
        f = rng.choice([34, 36, 38, 40, 41, 68, 70, 72, 75, -4, 5])
        mi = round(rng.uniform(12, 2800), 1)
        sv = rng.choice(list(svc))
        val = round(rng.uniform(10, 5000), 2)
        tn = f"1Z{gc.token(rng, 6, string.ascii_uppercase + string.digits)}{gc.digits(rng, 10)}"
        s = {"Consignment #": tn, "Ship Date": render_date(d, rng.choice(["us", "iso", "dmy_mon"])),
             "Origin": rng.choice([f"{city}, {st}", f"{city} {st}", f"{city.upper()}, {st}"]),
             "Weight (lbs)": lb, "Dims (in)": rng.choice(["x", " x ", "X", "×"]).join(str(x) for x in dims),
             "Temp (°F)": f if rng.random() < 0.6 else "", "Distance (mi)": us(mi, 1),
             "Service": rng.choice(svc[sv]), "Declared Value": rng.choice([f"${us(val)}", f"USD {val:.2f}", us(val)]),
             "Driver": rng.choice(["R. Alvarez", "K. Johnson", "T. Nguyen"]), "Truck": f"TRK-{rng.randint(100, 999)}"}
        t = {"tracking_no": tn, "ship_date": d.isoformat(), "origin_city": city, "origin_state": st,
             "weight_kg": q(lb * 0.45359237, 2), "length_cm": q(dims[0] * 2.54, 1), "width_cm": q(dims[1] * 2.54, 1),
             "height_cm": q(dims[2] * 2.54, 1),
             "temperature_c": q((f - 32) * 5 / 9, 1) if s["Temp (°F)"] != "" else None,
             "distance_km": q(mi * 1.609344, 1), "service_level": sv, "declared_value_usd": q(val)}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 12. Dutch invoices
# =============================================================================================
def p_facturen() -> Pair:
    P = Pair("dev", "facturen_nl_to_invoice",
             "Dutch accounting invoice list (BTW, € 1.234,56, dd-mm-jjjj) into invoice",
             "invoice", 160, 1012)
    P.src_cols = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Klantnaam", "KvK-nummer", "Bedrag excl. BTW",
                  "BTW-tarief", "BTW-bedrag", "Totaal incl. BTW", "Status", "Betaalwijze", "Aangemaakt door",
                  "Opmerking"]
    sts = {"paid": ["Betaald", "betaald", "Voldaan"], "open": ["Open", "Openstaand"], "overdue": ["Vervallen",
                                                                                                 "Te laat"],
           "credited": ["Gecrediteerd", "Creditnota"], "partially_paid": ["Deels betaald", "Gedeeltelijk betaald"]}
    pays = {"ideal": ["iDEAL", "Ideal"], "bank_transfer": ["Overboeking", "Bankoverschrijving"],
            "direct_debit": ["Incasso", "Automatische incasso"]}
    P.tgt_cols = [
        C("invoice_number", "string", "id.invoice_number", key=True, nullable=False),
        C("invoice_date", "date", "datetime.date", nullable=False),
        C("due_date", "date", "datetime.date"),
        C("customer_name", "string", "org.company_name"),
        C("net_amount", "decimal", "money.amount", description="EUR, 2 decimals"),
        C("vat_rate", "decimal", "qty.percentage", description="fraction, e.g. 0.21"),
        C("vat_amount", "decimal", "money.tax_amount"),
        C("gross_amount", "decimal", "money.amount"),
        C("status", "string", "status.record_status", allowed_values=list(sts)),
        C("payment_method", "string", allowed_values=list(pays)),
        C("po_number", "string"),
    ]
    P.key_src, P.key_tgt = ["Factuurnummer"], ["invoice_number"]
    for tgt, src, k in [("invoice_number", "Factuurnummer", "atomic"), ("invoice_date", "Factuurdatum", "date_format"),
                        ("due_date", "Vervaldatum", "date_format"), ("customer_name", "Klantnaam", "atomic"),
                        ("net_amount", "Bedrag excl. BTW", "reformat"), ("vat_rate", "BTW-tarief", "reformat"),
                        ("vat_amount", "BTW-bedrag", "reformat"), ("gross_amount", "Totaal incl. BTW", "reformat"),
                        ("status", "Status", "value_map"), ("payment_method", "Betaalwijze", "value_map")]:
        P.m(tgt, src, k)
    P.m("po_number", [], "unmapped")
    klanten = ["Bakkerij De Vries", "Jansen Installatietechniek B.V.", "Hoveniersbedrijf Groen", "Café 't Hoekje",
               "Stichting Zorgpunt", "Van den Berg Advies", "Fietsenmaker Bos", "De Boer Transport B.V."]

    def row(rng, i):
        d = gc.rand_date(rng, D(2023, 1, 1), D(2024, 9, 30))
        due = d + dt.timedelta(days=rng.choice([14, 30, 30, 60]))
        net = round(rng.uniform(25, 12000), 2)
        rate = rng.choice([21, 21, 21, 9, 0])
        vat = float(q(net * rate / 100))
        gross = round(net + vat, 2)
        st = rng.choice(list(sts))
        pm = rng.choice(list(pays))
        s = {"Factuurnummer": f"{d.year}-{i + 1:05d}", "Factuurdatum": render_date(d, "eu_dash"),
             "Vervaldatum": render_date(due, "eu_dash"), "Klantnaam": rng.choice(klanten),
             "KvK-nummer": gc.digits(rng, 8), "Bedrag excl. BTW": f"€ {eu(net)}", "BTW-tarief": f"{rate}%",
             "BTW-bedrag": f"€ {eu(vat)}", "Totaal incl. BTW": f"€ {eu(gross)}", "Status": rng.choice(sts[st]),
             "Betaalwijze": rng.choice(pays[pm]) if rng.random() < 0.9 else "",
             "Aangemaakt door": rng.choice(["m.dejong", "s.bakker", "admin"]),
             "Opmerking": rng.choice(["", "", "Herinnering verstuurd", "Termijn 1 van 2"])}
        t = {"invoice_number": s["Factuurnummer"], "invoice_date": d.isoformat(), "due_date": due.isoformat(),
             "customer_name": s["Klantnaam"], "net_amount": q(net), "vat_rate": q(rate / 100), "vat_amount": q(vat),
             "gross_amount": q(gross), "status": st, "payment_method": pm if s["Betaalwijze"] else None}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 13. French POS lines (store "Lyon Part-Dieu (069)", zero-padded SKU, payment synonyms)
# =============================================================================================
def p_caisse() -> Pair:
    P = Pair("dev", "caisse_fr_to_pos_line",
             "French point-of-sale ticket lines (Date/Heure, Code article, Remise %, store with code) into POS line",
             "pos_sale_line", 260, 1013)
    P.src_cols = ["Ticket", "Ligne", "Date/Heure", "Magasin", "Code article", "Désignation", "Qté", "PU TTC",
                  "Remise", "TVA", "Mode de paiement", "Caissier"]
    pays = {"card": ["CB", "Carte bancaire", "Carte"], "cash": ["Espèces", "ESP"], "cheque": ["Chèque", "CHQ"],
            "meal_voucher": ["Ticket resto", "TR", "Titre-restaurant"]}
    P.tgt_cols = [
        C("ticket_id", "int", "id.record_id", key=True, nullable=False),
        C("line_no", "int", key=True, nullable=False),
        C("sold_at", "datetime", "datetime.timestamp", nullable=False),
        C("store_code", "string", regex=r"^[0-9]{3}$"),
        C("store_name", "string"),
        C("sku", "string", "id.sku", regex=r"^ART-[0-9]{6}$"),
        C("product_name", "string", "text.product_name"),
        C("quantity", "decimal", "qty.count", description="3 decimals (weighed goods)"),
        C("unit_price_incl_tax", "decimal", "money.unit_price", description="EUR, 2 decimals"),
        C("discount_rate", "decimal", "qty.percentage", description="fraction, 0.00 when none"),
        C("vat_rate", "decimal", "qty.percentage", description="fraction, 3 decimals, e.g. 0.055"),
        C("payment_method", "string", allowed_values=list(pays)),
        C("loyalty_card_no", "string"),
    ]
    P.key_src, P.key_tgt = ["Ticket", "Ligne"], ["ticket_id", "line_no"]
    for tgt, src, k in [("ticket_id", ["Ticket"], "atomic"), ("line_no", ["Ligne"], "atomic"),
                        ("sold_at", ["Date/Heure"], "date_format"), ("store_code", ["Magasin"], "decompose"),
                        ("store_name", ["Magasin"], "decompose"), ("sku", ["Code article"], "reformat"),
                        ("product_name", ["Désignation"], "atomic"), ("quantity", ["Qté"], "reformat"),
                        ("unit_price_incl_tax", ["PU TTC"], "reformat"), ("discount_rate", ["Remise"], "reformat"),
                        ("vat_rate", ["TVA"], "reformat"), ("payment_method", ["Mode de paiement"], "value_map")]:
        P.m(tgt, src, k)
    P.m("loyalty_card_no", [], "unmapped")
    stores = [("Lyon Part-Dieu", "069"), ("Paris Bercy", "075"), ("Lille Euralille", "059"), ("Nantes Atlantis", "044"),
              ("Marseille La Joliette", "013")]
    items = [("Baguette tradition", 1.3, 0.055, False), ("Pommes Golden (kg)", 2.49, 0.055, True),
             ("Emmental râpé 200g", 2.15, 0.055, False), ("Vin rouge Côtes du Rhône", 6.9, 0.2, False),
             ("Lessive liquide 2L", 9.99, 0.2, False), ("Tomates grappe (kg)", 3.29, 0.055, True),
             ("Piles AA x4", 5.49, 0.2, False), ("Café moulu 250g", 3.75, 0.055, False)]
    st = {"ticket": 100000, "line": 0, "left": 0, "ts": T(2024, 3, 1, 8, 0), "store": stores[0], "pay": "card"}

    def row(rng, i):
        if st["left"] == 0:
            st["ticket"] += rng.randint(1, 40)
            st["line"] = 0
            st["left"] = rng.randint(1, 6)
            st["ts"] = st["ts"] + dt.timedelta(minutes=rng.randint(3, 600))
            st["store"] = rng.choice(stores)
            st["pay"] = pick(rng, {"card": 0.6, "cash": 0.25, "cheque": 0.03, "meal_voucher": 0.12})
            st["pay_src"] = rng.choice(pays[st["pay"]])
            st["cashier"] = rng.choice(["Nadia B.", "Kevin L.", "Sophie M."])
        st["line"] += 1
        st["left"] -= 1
        name, price, vat, weighed = rng.choice(items)
        qty = round(rng.uniform(0.2, 2.5), 3) if weighed else rng.choice([1, 1, 1, 2, 3])
        disc = rng.choice([0, 0, 0, 0, 10, 20, 30])
        code = rng.randint(1, 99999)
        store, scode = st["store"]
        ts = st["ts"]
        s = {"Ticket": st["ticket"], "Ligne": st["line"], "Date/Heure": ts.strftime("%d/%m/%Y %H:%M"),
             "Magasin": f"{store} ({scode})", "Code article": str(code), "Désignation": name,
             "Qté": eu(qty, 3, "") if weighed else str(qty),
             "PU TTC": f"{eu(price)} €" if rng.random() < 0.6 else eu(price),
             "Remise": f"{disc} %" if disc else rng.choice(["", "0 %"]),
             "TVA": {0.055: "5,5 %", 0.2: "20 %"}[vat], "Mode de paiement": st["pay_src"],
             "Caissier": st["cashier"]}
        t = {"ticket_id": st["ticket"], "line_no": st["line"], "sold_at": ts.strftime("%Y-%m-%dT%H:%M:%S"),
             "store_code": scode, "store_name": store, "sku": f"ART-{code:06d}", "product_name": name,
             "quantity": q(qty, 3), "unit_price_incl_tax": q(price), "discount_rate": q(disc / 100),
             "vat_rate": q(vat, 3), "payment_method": st["pay"]}
        return s, t

    P.row = row
    return P


# =============================================================================================
# 14. Polish one-line addresses -> structured address
# =============================================================================================
def p_adresy() -> Pair:
    P = Pair("dev", "adresy_pl_to_address", "Polish customer addresses in one line into a structured address table",
             "postal_address", 150, 1014)
    P.src_cols = ["ID", "Klient", "Adres", "Województwo", "Telefon", "Data rejestracji", "Uwagi"]
    woj = ["dolnośląskie", "kujawsko-pomorskie", "lubelskie", "łódzkie", "małopolskie", "mazowieckie", "pomorskie",
           "śląskie", "wielkopolskie", "zachodniopomorskie"]
    P.tgt_cols = [
        C("address_id", "int", "id.record_id", key=True, nullable=False),
        C("recipient_name", "string", "person.full_name"),
        C("street", "string", "address.street", description="with its prefix, e.g. 'ul. Długa'"),
        C("building_no", "string", "address.house_number"),
        C("flat_no", "string", "address.address_line2", description="flat number only"),
        C("postal_code", "string", "address.postal_code", regex=r"^[0-9]{2}-[0-9]{3}$"),
        C("city", "string", "address.city"),
        C("voivodeship", "string", "address.state_province", allowed_values=woj,
          description="lower-case Polish name without the 'woj.' prefix"),
        C("phone", "string", "contact.phone", description="E.164"),
        C("registered_on", "date", "datetime.date"),
        C("country_code", "string", "iso.country_alpha2"),
    ]
    P.key_src, P.key_tgt = ["ID"], ["address_id"]
    for tgt, src, k in [("address_id", "ID", "atomic"), ("recipient_name", "Klient", "atomic"),
                        ("street", "Adres", "decompose"), ("building_no", "Adres", "decompose"),
                        ("flat_no", "Adres", "decompose"), ("postal_code", "Adres", "decompose"),
                        ("city", "Adres", "decompose"), ("voivodeship", "Województwo", "value_map"),
                        ("phone", "Telefon", "reformat"), ("registered_on", "Data rejestracji", "date_format")]:
        P.m(tgt, src, k)
    P.m("country_code", [], "unmapped")
    cities = [("Wrocław", "50", "dolnośląskie"), ("Bydgoszcz", "85", "kujawsko-pomorskie"),
              ("Lublin", "20", "lubelskie"), ("Łódź", "90", "łódzkie"), ("Kraków", "30", "małopolskie"),
              ("Warszawa", "00", "mazowieckie"), ("Gdańsk", "80", "pomorskie"), ("Katowice", "40", "śląskie"),
              ("Poznań", "60", "wielkopolskie"), ("Szczecin", "70", "zachodniopomorskie"),
              ("Zakopane", "34", "małopolskie"), ("Sopot", "81", "pomorskie")]
    streets = ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "os. Tysiąclecia",
               "pl. Grunwaldzki", "ul. Jana Pawła II", "ul. 3 Maja", "al. Niepodległości", "ul. Wąska"]

    def row(rng, i):
        p = gc.person(rng, "pl_PL")
        city, pre, w = rng.choice(cities)
        street = rng.choice(streets)
        bno = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'A', 'b'])}"
        flat = str(rng.randint(1, 120)) if rng.random() < 0.6 else None
        pc = f"{pre}-{rng.randint(0, 999):03d}" if pre != "00" else f"0{rng.randint(0, 4)}-{rng.randint(0, 999):03d}"
        fs = rng.randrange(3)
        flat_part = "" if flat is None else [f"/{flat}", f" m. {flat}", f"/{flat}"][fs]
        sep = rng.choice([", ", ", ", " "])
        addr = f"{street} {bno}{flat_part}{sep}{pc} {city}"
        disp, e164 = mc.phone(rng, "PL")
        d = gc.rand_date(rng, D(2015, 1, 1), D(2024, 9, 1))
        s = {"ID": 1 + i, "Klient": f"{p['first']} {p['last']}", "Adres": addr,
             "Województwo": rng.choice([w, w.upper(), f"woj. {w}", w.capitalize()]), "Telefon": disp,
             "Data rejestracji": render_date(d, rng.choice(["eu_dot", "iso"])),
             "Uwagi": rng.choice(["", "", "domofon 12", "brama od podwórza", "dzwonić przed"])}
        t = {"address_id": 1 + i, "recipient_name": s["Klient"], "street": street, "building_no": bno,
             "flat_no": flat, "postal_code": pc, "city": city, "voivodeship": w, "phone": e164,
             "registered_on": d.isoformat()}
        return s, t

    P.row = row
    return P


DEV = [p_kunden_crm, p_orders, p_artikel, p_staff, p_suppliers, p_patients_fr, p_customer360, p_kaiin,
       p_movimientos, p_webusers, p_shipments, p_facturen, p_caisse, p_adresy]


def main() -> None:
    import gen_mapping_blind

    for b in DEV + gen_mapping_blind.BLIND:
        P = b()
        n, ns, nt = P.write()
        print(f"{P.split}/{P.name}: {n} rows, {ns} source cols, {nt} target cols")


if __name__ == "__main__":
    main()
