"""Generate the PII golden set (assets_config/golden_pii/{dev,blind}).

Run: /work/main/.venv/bin/python tools/golden/gen_pii.py
Deterministic (fixed seeds), standard library only.
"""

from __future__ import annotations

import datetime as dt
import random
import string

import golden_common as gc

OUT = gc.ROOT / "assets_config" / "golden_pii"

D = dt.date
T = dt.datetime


class Table:
    def __init__(self, split: str, name: str, description: str):
        self.split = split
        self.name = name
        self.description = description
        self.cols: list[tuple[str, bool, str]] = []
        self.rows: list[dict] = []

    def col(self, header: str, pii: bool, kind: str) -> None:
        self.cols.append((header, pii, kind))

    def write(self) -> None:
        headers = [c[0] for c in self.cols]
        for r in self.rows:
            missing = set(headers) - set(r)
            extra = set(r) - set(headers)
            assert not missing and not extra, (self.name, missing, extra)
        gc.write_csv(OUT / self.split / f"{self.name}.csv", headers, [[r[h] for h in headers] for r in self.rows])
        lines = [f"table: {self.name}", f"description: {gc.yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {gc.yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (OUT / self.split / f"{self.name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def maybe(rng: random.Random, p: float, value, empty=""):
    return value if rng.random() < p else empty


# =============================================================================================
# DEV
# =============================================================================================
US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Seattle", "WA", "981"),
             ("Brooklyn", "NY", "112"), ("Atlanta", "GA", "303"), ("Boise", "ID", "837"),
             ("Tucson", "AZ", "857"), ("Portland", "OR", "972"), ("Burlington", "VT", "054"),
             ("Honolulu", "HI", "968"), ("Fargo", "ND", "581"), ("San Jose", "CA", "951"),
             ("Newark", "NJ", "071"), ("Gallup", "NM", "873"), ("Dearborn", "MI", "481"),
             ("Boston", "MA", "021"), ("Kalamazoo", "MI", "490"), ("Chattanooga", "TN", "374"),
             ("Walla Walla", "WA", "993"), ("Truth or Consequences", "NM", "879")]
US_STREETS = ["Maple Ave", "Oak St", "N Main St", "Elm Street", "Sunset Blvd", "Martin Luther King Jr Blvd",
              "Peachtree Rd NE", "W 34th St", "Lakeshore Dr", "County Road 12", "Cedar Ln", "Mission St",
              "Old Mill Rd", "Pennsylvania Ave SE", "Magnolia Ct", "E Camelback Rd", "Route 9W", "Bayview Terrace"]


def us_phone(rng: random.Random) -> str:
    area = rng.choice(["415", "212", "312", "617", "206", "512", "404", "808", "701", "973", "520", "208"])
    ex = rng.randint(201, 989)
    ln = rng.randint(0, 9999)
    style = rng.randrange(6)
    if style == 0:
        return f"({area}) {ex}-{ln:04d}"
    if style == 1:
        return f"{area}-{ex}-{ln:04d}"
    if style == 2:
        return f"+1 {area} {ex} {ln:04d}"
    if style == 3:
        return f"{area}{ex}{ln:04d}"
    if style == 4:
        return f"{area}.{ex}.{ln:04d}"
    return f"1-{area}-{ex}-{ln:04d} x{rng.randint(10, 499)}"


def t_crm_contacts_us() -> Table:
    rng = random.Random(101)
    t = Table("dev", "crm_contacts_us",
              "US retail CRM contact export; English; snake_case headers")
    for h, p, k in [("customer_id", False, "customer_id"), ("first_name", True, "given_name"),
                    ("middle_initial", True, "middle_initial"), ("last_name", True, "surname"),
                    ("email", True, "email"), ("phone", True, "phone"), ("street_address", True, "street_address"),
                    ("apt_unit", True, "address_line2"), ("city", True, "city"), ("state", False, "state_code"),
                    ("zip_code", True, "postal_code"), ("date_of_birth", True, "birth_date"),
                    ("ssn", True, "national_id_us_ssn"), ("loyalty_tier", False, "loyalty_tier"),
                    ("account_status", False, "account_status"), ("lifetime_value_usd", False, "amount"),
                    ("orders_count", False, "quantity"), ("marketing_opt_in", False, "boolean"),
                    ("preferred_channel", False, "contact_channel_enum"), ("country_code", False, "country_code"),
                    ("created_at", False, "created_at_timestamp"), ("last_order_date", False, "event_date")]:
        t.col(h, p, k)
    domains = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net",
               "protonmail.com", "att.net"]
    for i in range(420):
        p = gc.person(rng, "en_US")
        city, st, zp = rng.choice(US_CITIES)
        z = f"{zp}{rng.randint(1, 99):02d}"
        if rng.random() < 0.15:
            z += f"-{rng.randint(1, 9999):04d}"
        if z.startswith("0") and rng.random() < 0.3:
            z = z.lstrip("0")  # leading zero lost by a spreadsheet
        dob = gc.rand_date(rng, D(1938, 1, 1), D(2005, 12, 31))
        created = gc.rand_ts(rng, T(2015, 1, 1), T(2024, 6, 30))
        t.rows.append({
            "customer_id": 100200 + i * 7 + rng.randint(0, 6),
            "first_name": p["first"],
            "middle_initial": maybe(rng, 0.6, p["middle"][0]),
            "last_name": p["last"],
            "email": gc.email_for(rng, p["first"], p["last"], domains),
            "phone": maybe(rng, 0.92, us_phone(rng)),
            "street_address": f"{rng.randint(1, 9899)} {rng.choice(US_STREETS)}",
            "apt_unit": maybe(rng, 0.25, rng.choice(["Apt ", "Unit ", "#", "Suite "]) + str(rng.randint(1, 40))
                              + rng.choice(["", "B", "C"])),
            "city": city,
            "state": st,
            "zip_code": z,
            "date_of_birth": dob.isoformat() if rng.random() < 0.8 else dob.strftime("%m/%d/%Y"),
            "ssn": maybe(rng, 0.7, gc.us_ssn(rng) if rng.random() < 0.8 else gc.us_ssn(rng).replace("-", "")),
            "loyalty_tier": rng.choice(["bronze", "silver", "gold", "platinum", "none"]),
            "account_status": rng.choice(["active", "active", "active", "inactive", "suspended", "closed"]),
            "lifetime_value_usd": f"{rng.lognormvariate(5.5, 1.1):.2f}",
            "orders_count": rng.randint(0, 140),
            "marketing_opt_in": rng.choice(["true", "false"]),
            "preferred_channel": rng.choice(["email", "sms", "phone", "mail", ""]),
            "country_code": "US",
            "created_at": created.strftime("%Y-%m-%d %H:%M:%S"),
            "last_order_date": maybe(rng, 0.85, gc.rand_date(rng, created.date(), D(2024, 9, 30)).isoformat()),
        })
    return t


DE_PLACES = [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Frankfurt am Main", "60"),
             ("Leipzig", "04"), ("Dresden", "01"), ("Stuttgart", "70"), ("Bremen", "28"), ("Bad Münstereifel", "53"),
             ("Wernigerode", "38"), ("Zwiesel", "94"), ("Castrop-Rauxel", "44"), ("Garmisch-Partenkirchen", "82"),
             ("Halle (Saale)", "06"), ("Oer-Erkenschwick", "45")]
DE_STREETS = ["Hauptstraße", "Bahnhofstr.", "Goethestraße", "Schillerplatz", "Am Lindenhof", "Kastanienallee",
              "Friedrich-Ebert-Str.", "Unter den Eichen", "Mühlenweg", "Lessingstraße", "Kurfürstendamm",
              "Im Winkel", "Zur alten Ziegelei", "Rosa-Luxemburg-Platz", "Dorfstr."]


def de_phone(rng: random.Random, mobile: bool) -> str:
    if mobile:
        pre = rng.choice(["151", "152", "160", "170", "171", "172", "176", "1590"])
        num = gc.digits(rng, 8 if len(pre) == 3 else 7)
        s = rng.randrange(4)
        if s == 0:
            return f"0{pre} {num}"
        if s == 1:
            return f"+49 {pre} {num}"
        if s == 2:
            return f"0{pre}/{num[:3]} {num[3:]}"
        return f"0049{pre}{num}"
    area = rng.choice(["30", "89", "40", "221", "69", "341", "351", "711", "421", "2253", "3943"])
    num = gc.digits(rng, 10 - len(area))
    s = rng.randrange(4)
    if s == 0:
        return f"0{area} {num}"
    if s == 1:
        return f"0{area}/{num}"
    if s == 2:
        return f"+49 ({area}) {num}"
    return f"0{area}-{num[:3]}-{num[3:]}"


def de_amount(x: float) -> str:
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def t_kunden_stamm() -> Table:
    rng = random.Random(102)
    t = Table("dev", "kunden_stamm",
              "German mail-order customer master (Kundenstamm); German; spaced German headers with punctuation")
    for h, p, k in [("Kundennr.", False, "customer_id"), ("Anrede", False, "salutation"), ("Titel", False,
                                                                                           "academic_title"),
                    ("Vorname", True, "given_name"), ("Nachname", True, "surname"),
                    ("Geburtsdatum", True, "birth_date"), ("Straße", True, "street"), ("Hausnr.", True,
                                                                                       "house_number"),
                    ("PLZ", True, "postal_code"), ("Ort", True, "city"), ("Land", False, "country_code"),
                    ("Telefon", True, "phone"), ("Mobil", True, "mobile_phone"), ("E-Mail", True, "email"),
                    ("IBAN", True, "iban"), ("BIC", False, "bic"), ("Steuer-ID", True, "national_id_de_tax_id"),
                    ("Kundengruppe", False, "customer_segment"), ("Umsatz 2023 (EUR)", False, "amount"),
                    ("Zahlungsart", False, "payment_method"), ("Newsletter", False, "boolean"),
                    ("Angelegt am", False, "created_at_timestamp"), ("Bemerkung", True, "free_text_with_names")]:
        t.col(h, p, k)
    domains = ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de", "outlook.de", "arcor.de"]
    bics = ["COBADEFFXXX", "DEUTDEFFXXX", "GENODEF1S04", "BYLADEM1001", "HASPDEHHXXX", "INGDDEFFXXX"]
    notes_tpl = ["Ehefrau {n} ist bevollmächtigt", "Rückruf erbeten – Sohn {n} kümmert sich",
                 "Lieferung an Nachbarin Fr. {s}", "Zahlt immer pünktlich", "Mahnstufe 1 am 12.03.",
                 "Betreuer: {n}, Tel. {t}", "Kunde verstorben, Nachlass über RA {n}", "", "", "", "",
                 "Keine Werbung!", "VIP – persönlich betreut von {n}"]
    for i in range(380):
        p = gc.person(rng, "de_DE")
        country = rng.choices(["DE", "AT", "CH"], [0.86, 0.09, 0.05])[0]
        if country == "DE":
            city, pre = rng.choice(DE_PLACES)
            plz = f"{pre}{rng.randint(0, 999):03d}"
        elif country == "AT":
            city, plz = rng.choice([("Wien", f"1{rng.randint(1, 23):02d}0"), ("Graz", "8010"), ("Linz", "4020"),
                                    ("Innsbruck", "6020")])
        else:
            city, plz = rng.choice([("Zürich", "8001"), ("Basel", "4051"), ("Bern", "3011")])
        dob = gc.rand_date(rng, D(1935, 1, 1), D(2004, 12, 31))
        o = gc.person(rng, "de_DE")
        note = rng.choice(notes_tpl).format(n=f"{o['first']} {o['last']}", s=o["last"], t=de_phone(rng, True))
        ib = gc.iban(rng, country if country != "CH" else "CH")
        t.rows.append({
            "Kundennr.": f"K-{400000 + i * 3}",
            "Anrede": "Herr" if p["sex"] == "M" else rng.choice(["Frau", "Frau", "Frau", "Divers"]),
            "Titel": rng.choice(["", "", "", "", "", "Dr.", "Prof. Dr.", "Dipl.-Ing."]),
            "Vorname": p["first"],
            "Nachname": p["last"],
            "Geburtsdatum": dob.strftime("%d.%m.%Y"),
            "Straße": rng.choice(DE_STREETS),
            "Hausnr.": f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b', ' c'])}",
            "PLZ": plz,
            "Ort": city,
            "Land": country,
            "Telefon": maybe(rng, 0.6, de_phone(rng, False)),
            "Mobil": maybe(rng, 0.7, de_phone(rng, True)),
            "E-Mail": maybe(rng, 0.85, gc.email_for(rng, p["first"], p["last"], domains)),
            "IBAN": gc.group4(ib) if rng.random() < 0.5 else ib,
            "BIC": rng.choice(bics),
            "Steuer-ID": maybe(rng, 0.4, gc.de_steuer_id(rng)),
            "Kundengruppe": rng.choice(["Privat", "Privat", "Privat", "Gewerbe", "VIP", "Großkunde"]),
            "Umsatz 2023 (EUR)": de_amount(rng.lognormvariate(6, 1.2)),
            "Zahlungsart": rng.choice(["Lastschrift", "Rechnung", "PayPal", "Vorkasse", "Kreditkarte"]),
            "Newsletter": rng.choice(["ja", "nein", "nein"]),
            "Angelegt am": gc.rand_ts(rng, T(2009, 1, 1), T(2024, 3, 1)).strftime("%d.%m.%Y %H:%M"),
            "Bemerkung": note,
        })
    return t


FR_PLACES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Bordeaux", "330"), ("Lille", "590"),
             ("Nantes", "440"), ("Rennes", "350"), ("Strasbourg", "670"), ("Quimper", "29000"),
             ("Saint-Étienne", "420"), ("Aix-en-Provence", "13090"), ("Pointe-à-Pitre", "97110"),
             ("Ajaccio", "20000"), ("Villeneuve-d'Ascq", "59650"), ("Châteauroux", "36000")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "place du Marché",
              "impasse des Tilleuls", "allée Jean Moulin", "chemin de la Croix-Blanche", "rue Victor Hugo",
              "quai de la Fosse", "rue du Général de Gaulle", "cours Mirabeau", "rue Saint-Honoré"]


def fr_phone(rng: random.Random) -> str:
    pre = rng.choice(["6", "7", "1", "2", "4", "5"])
    n = pre + gc.digits(rng, 8)
    s = rng.randrange(4)
    if s == 0:
        return "0" + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if s == 1:
        return f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if s == 2:
        return "0" + ".".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]).replace(n[0] + ".", n[0] + ".", 1)
    return "0" + n


def t_dossiers_patients() -> Table:
    rng = random.Random(103)
    t = Table("dev", "dossiers_patients",
              "French hospital patient registry (dossier patient); French; CamelCase headers")
    for h, p, k in [("NumeroDossier", True, "medical_record_number"), ("Civilite", False, "salutation"),
                    ("NomUsage", True, "surname"), ("NomNaissance", True, "birth_surname"),
                    ("Prenoms", True, "given_names"), ("Sexe", False, "gender"),
                    ("DateNaissance", True, "birth_date"), ("LieuNaissance", True, "place_of_birth"),
                    ("NumSecu", True, "national_id_fr_nir"), ("Adresse", True, "street_address"),
                    ("CodePostal", True, "postal_code"), ("Ville", True, "city"), ("TelPortable", True, "phone"),
                    ("Courriel", True, "email"), ("MedecinTraitant", True, "person_name_physician"),
                    ("Mutuelle", False, "insurer_name"), ("Service", False, "hospital_department"),
                    ("DateAdmission", True, "admission_datetime_hipaa_date"), ("GroupeSanguin", False, "blood_group"),
                    ("PoidsKg", False, "measurement_mass"), ("Consentement", False, "consent_flag"),
                    ("Remarques", True, "free_text_with_names")]:
        t.col(h, p, k)
    domains = ["orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr", "yahoo.fr"]
    insurers = ["MGEN", "Harmonie Mutuelle", "AXA", "Malakoff Humanis", "MAAF Santé", "CMU-C", "Aucune",
                "Groupama", "Mutuelle Bleue"]
    services = ["Cardiologie", "Urgences", "Pédiatrie", "Maternité", "Orthopédie", "Oncologie", "Gériatrie",
                "Pneumologie"]
    remarks = ["Enfant ({f}) à prévenir en cas d'urgence au {t}", "RAS", "", "", "Allergie pénicilline",
               "Personne de confiance : {n}", "Tutelle : M. {l}", "Patient(e) transféré(e) de la clinique "
               "Saint-Joseph", "Interprète nécessaire (arabe)", "Époux {n} accompagne", ""]
    doctors = [gc.person(rng, "fr_FR") for _ in range(25)]
    for i in range(300):
        p = gc.person(rng, "fr_FR")
        dob = gc.rand_date(rng, D(1930, 1, 1), D(2023, 12, 31))
        city, cp = rng.choice(FR_PLACES)
        if len(cp) < 5:
            cp = cp + f"{rng.randint(1, 20) if cp == '750' else rng.randint(0, 9)}".zfill(5 - len(cp))
        extra = rng.sample(gc.NAMES["fr_FR"][0 if p["sex"] == "M" else 1], rng.choice([0, 0, 1, 2]))
        birth_name = p["last"]
        if p["sex"] == "F" and rng.random() < 0.5:
            birth_name = rng.choice(gc.NAMES["fr_FR"][2])
        nir = gc.fr_nir(rng, p["sex"], dob)
        if rng.random() < 0.4:
            nir = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
        d = rng.choice(doctors)
        o = gc.person(rng, "fr_FR")
        addr = f"{rng.randint(1, 140)}{rng.choice(['', '', ' bis', ' ter'])} {rng.choice(FR_STREETS)}"
        if rng.random() < 0.2:
            addr = f"Bât. {rng.choice('ABCD')}, Apt {rng.randint(1, 60)}, " + addr
        t.rows.append({
            "NumeroDossier": f"DP-{rng.randint(2012, 2024)}-{i * 37 + rng.randint(0, 36):06d}",
            "Civilite": "M." if p["sex"] == "M" else "Mme",
            "NomUsage": p["last"].upper() if rng.random() < 0.5 else p["last"],
            "NomNaissance": birth_name.upper(),
            "Prenoms": " ".join([p["first"]] + extra),
            "Sexe": p["sex"],
            "DateNaissance": dob.strftime("%d/%m/%Y"),
            "LieuNaissance": rng.choice([c for c, _ in FR_PLACES] + ["Alger (Algérie)", "Dakar (Sénégal)",
                                                                     "Bruxelles (Belgique)"]),
            "NumSecu": nir,
            "Adresse": addr,
            "CodePostal": cp,
            "Ville": city,
            "TelPortable": maybe(rng, 0.9, fr_phone(rng)),
            "Courriel": maybe(rng, 0.7, gc.email_for(rng, p["first"], p["last"], domains)),
            "MedecinTraitant": f"Dr {d['first']} {d['last']}" if rng.random() < 0.7 else f"Dr {d['last'].upper()}",
            "Mutuelle": rng.choice(insurers),
            "Service": rng.choice(services),
            "DateAdmission": gc.rand_ts(rng, T(2023, 1, 1), T(2024, 10, 1)).strftime("%Y-%m-%dT%H:%M"),
            "GroupeSanguin": rng.choice(["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", ""]),
            "PoidsKg": f"{rng.uniform(3, 120):.1f}".replace(".", ","),
            "Consentement": rng.choice(["Oui", "Non", "Oui"]),
            "Remarques": rng.choice(remarks).format(f=o["first"], t=fr_phone(rng), n=f"{o['first']} {o['last']}",
                                                    l=o["last"].upper()),
        })
    return t


INTL_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "tr_TR"]


def t_payments_export() -> Table:
    rng = random.Random(104)
    t = Table("dev", "card_payments_export",
              "Payment-gateway transaction export; English; UPPER_SNAKE abbreviated headers (CVV2, EXP, CH_NAME)")
    for h, p, k in [("TXN_ID", False, "transaction_id"), ("TXN_TS", False, "event_timestamp"),
                    ("MERCH_ID", False, "merchant_id"), ("MCC", False, "merchant_category_code"),
                    ("AMT", False, "amount"), ("CCY", False, "currency_code"), ("CARD_NO", True, "card_number"),
                    ("CARD_TYPE", False, "card_brand"), ("EXP", True, "card_expiry"), ("CVV2", True, "card_cvv"),
                    ("CH_NAME", True, "full_name"), ("BILL_ZIP", True, "postal_code"),
                    ("BILL_CTRY", False, "country_code"), ("AUTH_CD", False, "authorization_code"),
                    ("RESP_CD", False, "response_code"), ("STATUS", False, "transaction_status"),
                    ("IP_ADDR", True, "ip_address"), ("DEVICE_ID", True, "device_id"), ("EMAIL", True, "email"),
                    ("ECI", False, "eci_code"), ("IS_3DS", False, "boolean")]:
        t.col(h, p, k)
    merchants = [("M0001872", "5411"), ("M0004410", "5812"), ("M0009921", "4121"), ("M0012007", "5999"),
                 ("M0000315", "7011"), ("M0020442", "5732")]
    ctry_zip = {"en_US": ("US", lambda: f"{rng.randint(1000, 99950):05d}"),
                "en_GB": ("GB", lambda: f"{rng.choice(['SW', 'EC', 'M', 'B', 'LS', 'G'])}{rng.randint(1, 20)} "
                                        f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUWXYZ')}"),
                "de_DE": ("DE", lambda: f"{rng.randint(1067, 99998):05d}"),
                "fr_FR": ("FR", lambda: f"{rng.randint(1000, 95999):05d}"),
                "es_ES": ("ES", lambda: f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"),
                "it_IT": ("IT", lambda: f"{rng.randint(10, 98):02d}{rng.randint(0, 999):03d}"),
                "nl_NL": ("NL", lambda: f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
                                        f"{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"),
                "pl_PL": ("PL", lambda: f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"),
                "pt_BR": ("BR", lambda: f"{rng.randint(1000, 99999):05d}-{rng.randint(0, 999):03d}"),
                "tr_TR": ("TR", lambda: f"{rng.randint(1, 81):02d}{rng.randint(0, 999):03d}")}
    domains = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "mail.ru", "gmx.net", "proton.me"]
    for _ in range(500):
        loc = rng.choice(INTL_LOCALES)
        p = gc.person(rng, loc)
        brand, num = gc.card_number(rng)
        if rng.random() < 0.08:
            card = gc.group4(num)
        else:
            card = gc.spreadsheet_number(num, rng, p_exp=0.35)
        exp_m, exp_y = rng.randint(1, 12), rng.randint(2024, 2030)
        es = rng.randrange(3)
        exp = f"{exp_m:02d}/{exp_y % 100:02d}" if es == 0 else (f"{exp_m:02d}{exp_y % 100:02d}" if es == 1
                                                                   else f"{exp_y}-{exp_m:02d}")
        cvv = gc.digits(rng, 4 if brand == "amex" else 3)
        if cvv.startswith("0") and rng.random() < 0.5:
            cvv = cvv.lstrip("0") or "0"
        ctry, zf = ctry_zip[loc]
        status = rng.choices(["APPROVED", "DECLINED", "REVERSED", "PENDING"], [0.8, 0.12, 0.04, 0.04])[0]
        mid = " " + p["middle"][0] if rng.random() < 0.3 else ""
        merch, mcc = rng.choice(merchants)
        t.rows.append({
            "TXN_ID": "TX" + gc.hexstr(rng, 14).upper(),
            "TXN_TS": gc.rand_ts(rng, T(2024, 1, 1), T(2024, 9, 30)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "MERCH_ID": merch,
            "MCC": mcc,
            "AMT": f"{rng.lognormvariate(3.5, 1.0):.2f}",
            "CCY": rng.choice(["USD", "EUR", "GBP", "PLN", "BRL", "TRY", "EUR"]),
            "CARD_NO": card,
            "CARD_TYPE": {"visa": "VISA", "mastercard": "MC", "amex": "AMEX", "discover": "DISC"}[brand],
            "EXP": exp,
            "CVV2": maybe(rng, 0.85, cvv),
            "CH_NAME": gc.ascii_fold(f"{p['first']}{mid} {p['last']}").upper(),
            "BILL_ZIP": maybe(rng, 0.9, zf()),
            "BILL_CTRY": ctry,
            "AUTH_CD": gc.token(rng, 6, string.ascii_uppercase + string.digits) if status == "APPROVED" else "",
            "RESP_CD": {"APPROVED": "00", "DECLINED": rng.choice(["05", "51", "54", "14"]), "REVERSED": "00",
                        "PENDING": ""}[status],
            "STATUS": status,
            "IP_ADDR": gc.ipv4(rng) if rng.random() < 0.8 else gc.ipv6(rng),
            "DEVICE_ID": maybe(rng, 0.8, gc.uuid4(rng).upper() if rng.random() < 0.5 else gc.hexstr(rng, 16)),
            "EMAIL": maybe(rng, 0.9, gc.email_for(rng, p["first"], p["last"], domains)),
            "ECI": rng.choice(["05", "06", "07", "02"]),
            "IS_3DS": rng.choice(["Y", "N", "Y"]),
        })
    return t


def username_for(rng: random.Random, first: str, last: str) -> str:
    f = gc.ascii_fold(first).lower().replace(" ", "").replace("-", "")
    la = gc.ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    s = rng.randrange(7)
    if s == 0:
        return f"{f[0]}{la}"
    if s == 1:
        return f"{f}.{la}"
    if s == 2:
        return f"{f}{rng.randint(1, 99)}"
    if s == 3:
        return rng.choice(["dark", "silent", "lucky", "night", "pixel", "coffee", "retro", "crazy"]) + "_" + \
            rng.choice(["wolf", "coder", "ninja", "panda", "rider", "fox", "gamer"]) + str(rng.randint(1, 999))
    if s == 4:
        return f"{la}_{f[:2]}"
    if s == 5:
        return f"{f}{la[0]}{rng.randint(80, 2010)}"
    return f"{f.capitalize()}{la.capitalize()}"


def t_app_users() -> Table:
    rng = random.Random(105)
    t = Table("dev", "saas_app_users", "SaaS application user table dump; English; camelCase headers")
    for h, p, k in [("userId", False, "record_uuid"), ("userName", True, "username"),
                    ("displayName", True, "full_name"), ("email", True, "email"),
                    ("passwordHash", True, "password_hash"), ("apiKey", True, "api_key"),
                    ("mfaSecret", True, "otp_secret"), ("recoveryPhone", True, "phone"),
                    ("signupDate", False, "created_at_timestamp"), ("lastLoginAt", False, "event_timestamp"),
                    ("lastLoginIp", True, "ip_address"), ("plan", False, "subscription_plan"),
                    ("seats", False, "quantity"), ("isVerified", False, "boolean"), ("locale", False, "locale"),
                    ("timezone", False, "timezone"), ("referralCode", False, "promo_code"),
                    ("monthlyUsageMb", False, "quantity"), ("churnScore", False, "score")]:
        t.col(h, p, k)
    domains = ["gmail.com", "acme-corp.com", "outlook.com", "startup.io", "uni-heidelberg.de", "yandex.ru",
               "naver.com", "qq.com"]
    loc_info = {"en_US": ("en-US", "America/Chicago", "+1"), "en_GB": ("en-GB", "Europe/London", "+44"),
                "de_DE": ("de-DE", "Europe/Berlin", "+49"), "fr_FR": ("fr-FR", "Europe/Paris", "+33"),
                "es_ES": ("es-ES", "Europe/Madrid", "+34"), "pt_BR": ("pt-BR", "America/Sao_Paulo", "+55"),
                "pl_PL": ("pl-PL", "Europe/Warsaw", "+48"), "nl_NL": ("nl-NL", "Europe/Amsterdam", "+31"),
                "it_IT": ("it-IT", "Europe/Rome", "+39"), "tr_TR": ("tr-TR", "Europe/Istanbul", "+90"),
                "en_AU": ("en-AU", "Australia/Sydney", "+61")}
    for _ in range(350):
        loc = rng.choice(list(loc_info))
        p = gc.person(rng, loc)
        lc, tz, cc = loc_info[loc]
        signup = gc.rand_ts(rng, T(2018, 1, 1), T(2024, 8, 1))
        hs = rng.randrange(4)
        if hs in (0, 1):
            ph = gc.bcrypt_hash(rng)
        elif hs == 2:
            ph = f"$argon2id$v=19$m=65536,t=3,p=4${gc.token(rng, 22)}${gc.token(rng, 43)}"
        else:
            ph = gc.hexstr(rng, 64)
        ks = rng.randrange(4)
        key = ["sk_live_" + gc.token(rng, 24), "pk_" + gc.token(rng, 32), "ak-" + gc.hexstr(rng, 40), ""][ks]
        disp = f"{p['first']} {p['last']}" if rng.random() < 0.75 else p["first"]
        t.rows.append({
            "userId": gc.uuid4(rng),
            "userName": username_for(rng, p["first"], p["last"]),
            "displayName": disp,
            "email": gc.email_for(rng, p["first"], p["last"], domains),
            "passwordHash": ph,
            "apiKey": key,
            "mfaSecret": maybe(rng, 0.35, gc.token(rng, 32, string.ascii_uppercase + "234567")),
            "recoveryPhone": maybe(rng, 0.5, f"{cc}{rng.randint(2, 9)}{gc.digits(rng, 8 if cc != '+1' else 9)}"),
            "signupDate": signup.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z",
            "lastLoginAt": gc.rand_ts(rng, signup, T(2024, 10, 1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "lastLoginIp": gc.ipv4(rng) if rng.random() < 0.7 else gc.ipv6(rng),
            "plan": rng.choice(["free", "free", "pro", "team", "enterprise"]),
            "seats": rng.choice([1, 1, 1, 3, 5, 10, 25, 100]),
            "isVerified": rng.choice(["true", "false", "true"]),
            "locale": lc,
            "timezone": tz,
            "referralCode": maybe(rng, 0.4, "REF-" + gc.token(rng, 6, string.ascii_uppercase + string.digits)),
            "monthlyUsageMb": rng.randint(0, 50000),
            "churnScore": f"{rng.random():.3f}",
        })
    return t


ES_PLACES = [("Madrid", "Madrid", "28"), ("Barcelona", "Barcelona", "08"), ("Valencia", "Valencia", "46"),
             ("Sevilla", "Sevilla", "41"), ("Bilbao", "Bizkaia", "48"), ("A Coruña", "A Coruña", "15"),
             ("Donostia-San Sebastián", "Gipuzkoa", "20"), ("Zaragoza", "Zaragoza", "50"),
             ("Las Palmas de Gran Canaria", "Las Palmas", "35"), ("Oviedo", "Asturias", "33"),
             ("Murcia", "Murcia", "30"), ("Vitoria-Gasteiz", "Araba/Álava", "01")]
ES_STREETS = ["C/ Mayor", "Calle de Alcalá", "Avda. de la Constitución", "Gran Vía", "Pza. de España",
              "C/ Sant Joan", "Paseo de la Castellana", "Rúa do Vilar", "Calle Real", "Avenida de Andalucía",
              "Kale Nagusia", "Camino de Ronda"]


def es_phone(rng: random.Random) -> str:
    n = rng.choice(["6", "6", "7", "9"]) + gc.digits(rng, 8)
    s = rng.randrange(4)
    if s == 0:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if s == 1:
        return f"+34 {n[:3]} {n[3:6]} {n[6:]}"
    if s == 2:
        return n
    return f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"


def t_empleados() -> Table:
    rng = random.Random(106)
    t = Table("dev", "rrhh_empleados",
              "Spanish HR/payroll employee file; Spanish; spaced headers with abbreviations and symbols (Nº, C.P.)")
    for h, p, k in [("Nº Empleado", True, "employee_id"), ("Nombre", True, "given_name"),
                    ("Primer Apellido", True, "surname"), ("Segundo Apellido", True, "surname"),
                    ("DNI/NIE", True, "national_id_es_dni"), ("Nº Afiliación S.S.", True, "social_security_number"),
                    ("Fecha Nac.", True, "birth_date"), ("Sexo", False, "gender"),
                    ("Domicilio", True, "street_address"), ("C.P.", True, "postal_code"),
                    ("Localidad", True, "city"), ("Provincia", False, "province"), ("Teléfono", True, "phone"),
                    ("Email corporativo", True, "email"), ("Departamento", False, "department"),
                    ("Puesto", False, "job_title"), ("Salario bruto anual (€)", False, "salary"),
                    ("Fecha alta", False, "hire_date"), ("Tipo contrato", False, "contract_type"),
                    ("Jornada (%)", False, "percentage"), ("IBAN nómina", True, "iban"),
                    ("Contacto emergencia", True, "full_name"), ("Tel. emergencia", True, "phone"),
                    ("Observaciones", True, "free_text_with_names")]:
        t.col(h, p, k)
    depts = {"Finanzas": ["Contable", "Analista financiero", "Jefe de tesorería"],
             "Logística": ["Mozo de almacén", "Carretillero", "Jefe de turno"],
             "IT": ["Desarrollador/a", "Administrador de sistemas", "Técnico de soporte"],
             "Comercial": ["Comercial", "Key account manager", "Delegado de zona"],
             "RRHH": ["Técnico de selección", "Responsable de nóminas"]}
    obs = ["Sustituye a {n} durante su baja", "", "", "Reducción de jornada por cuidado de hijo", "",
           "Embargo de nómina (Juzgado nº 3)", "Tutor de prácticas: {n}", "Carné de carretillero vigente", ""]
    for i in range(260):
        p = gc.person(rng, "es_ES")
        s2 = rng.choice(gc.NAMES["es_ES"][2])
        city, prov, cp = rng.choice(ES_PLACES)
        dept = rng.choice(list(depts))
        alta = gc.rand_date(rng, D(1995, 1, 1), D(2024, 6, 1))
        dom = f"{rng.choice(ES_STREETS)}, {rng.randint(1, 150)}"
        if rng.random() < 0.6:
            dom += f", {rng.randint(1, 9)}º {rng.choice('ABCDI')}"
        e = gc.person(rng, "es_ES")
        ib = gc.iban(rng, "ES")
        mail_first = gc.ascii_fold(p["first"].split()[0]).lower()
        t.rows.append({
            "Nº Empleado": f"{rng.randint(1, 9)}{i:04d}",
            "Nombre": p["first"],
            "Primer Apellido": p["last"],
            "Segundo Apellido": s2 if rng.random() < 0.93 else "",
            "DNI/NIE": gc.es_dni(rng),
            "Nº Afiliación S.S.": f"{cp}/{gc.digits(rng, 8)}/{gc.digits(rng, 2)}" if rng.random() < 0.5
            else cp + gc.digits(rng, 10),
            "Fecha Nac.": gc.rand_date(rng, D(1958, 1, 1), D(2004, 1, 1)).strftime("%d/%m/%Y"),
            "Sexo": "H" if p["sex"] == "M" else "M",
            "Domicilio": dom,
            "C.P.": f"{cp}{rng.randint(1, 80):03d}",
            "Localidad": city,
            "Provincia": prov,
            "Teléfono": es_phone(rng),
            "Email corporativo": f"{mail_first}.{gc.ascii_fold(p['last']).lower().replace(' ', '')}"
                                 f"@grupoiberlog.es",
            "Departamento": dept,
            "Puesto": rng.choice(depts[dept]),
            "Salario bruto anual (€)": de_amount(rng.uniform(16576, 78000)),
            "Fecha alta": alta.strftime("%d/%m/%Y"),
            "Tipo contrato": rng.choice(["Indefinido", "Indefinido", "Temporal", "Prácticas", "Fijo discontinuo"]),
            "Jornada (%)": rng.choice(["100", "100", "100", "50", "75", "62,5"]),
            "IBAN nómina": gc.group4(ib) if rng.random() < 0.6 else ib,
            "Contacto emergencia": maybe(rng, 0.8, f"{e['first']} {e['last']}"),
            "Tel. emergencia": maybe(rng, 0.75, es_phone(rng)),
            "Observaciones": rng.choice(obs).format(n=f"{e['first']} {e['last']} {rng.choice(gc.NAMES['es_ES'][2])}"),
        })
    return t


UK_TOWNS = [("LONDON", "SW"), ("LONDON", "E"), ("MANCHESTER", "M"), ("BIRMINGHAM", "B"), ("LEEDS", "LS"),
            ("GLASGOW", "G"), ("CARDIFF", "CF"), ("BELFAST", "BT"), ("ABERYSTWYTH", "SY"), ("INVERNESS", "IV"),
            ("MILTON KEYNES", "MK"), ("STOKE-ON-TRENT", "ST"), ("ASHBY-DE-LA-ZOUCH", "LE")]
UK_STREETS = ["HIGH STREET", "STATION ROAD", "CHURCH LANE", "ROSEBERY AVENUE", "VICTORIA ROAD", "THE GREEN",
              "MILL LANE", "KINGS ROAD", "QUEEN'S PARADE", "ABBEY CLOSE", "PARK VIEW", "FORE STREET"]


def uk_postcode(rng: random.Random, area: str) -> str:
    return f"{area}{rng.randint(1, 28)} {rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def uk_phone(rng: random.Random) -> str:
    s = rng.randrange(5)
    if s == 0:
        return f"07{rng.randint(400, 999)} {gc.digits(rng, 6)}"
    if s == 1:
        return f"+44 7{rng.randint(400, 999)} {gc.digits(rng, 3)} {gc.digits(rng, 3)}"
    if s == 2:
        return f"020 {rng.randint(7, 8)}{gc.digits(rng, 3)} {gc.digits(rng, 4)}"
    if s == 3:
        return f"01{rng.randint(200, 999)} {gc.digits(rng, 6)}"
    return f"447{rng.randint(400, 999)}{gc.digits(rng, 6)}"


def t_legacy_coded() -> Table:
    rng = random.Random(107)
    t = Table("dev", "bank_cust_extract_c01",
              "UK retail-bank mainframe customer extract; English (upper case values); coded headers C01..C26")
    spec = [("C01", False, "customer_id"), ("C02", False, "salutation"), ("C03", True, "given_name"),
            ("C04", True, "middle_initials"), ("C05", True, "surname"), ("C06", True, "street_address"),
            ("C07", True, "city"), ("C08", True, "postal_code"), ("C09", True, "phone"),
            ("C10", True, "birth_date"), ("C11", True, "national_id_uk_nino"), ("C12", False, "bank_sort_code"),
            ("C13", True, "bank_account_number"), ("C14", False, "account_balance"),
            ("C15", False, "account_status_code"), ("C16", False, "branch_code"), ("C17", False, "open_date"),
            ("C18", True, "mothers_maiden_name"), ("C19", True, "pin"), ("C20", True, "email"),
            ("C21", False, "risk_grade"), ("C22", False, "currency_code"), ("C23", False, "event_date"),
            ("C24", True, "free_text_with_names"), ("C25", False, "product_code"), ("C26", False, "amount")]
    for h, p, k in spec:
        t.col(h, p, k)
    memos = ["SPOKE TO MRS {s} RE ARREARS", "CUST DECEASED - EXEC: {i} {s}", "NO CONTACT", "", "", "",
             "POA HELD BY {f} {s}", "ADDR CHANGE REQ BY PHONE", "VULNERABLE CUST - SEE NOTES", "",
             "JOINT ACC WITH {f} {s}"]
    for i in range(450):
        p = gc.person(rng, "en_GB" if rng.random() < 0.85 else rng.choice(INTL_LOCALES))
        town, area = rng.choice(UK_TOWNS)
        addr = f"{rng.randint(1, 220)} {rng.choice(UK_STREETS)}"
        if rng.random() < 0.2:
            addr = f"FLAT {rng.randint(1, 30)}, " + addr
        o = gc.person(rng, "en_GB")
        status = rng.choice("AAAAADCS")
        bal = rng.gauss(1500, 4000)
        t.rows.append({
            "C01": f"{4500000 + i * 13:010d}",
            "C02": {"M": rng.choice(["MR", "MR", "DR", "REV"]), "F": rng.choice(["MRS", "MS", "MISS", "DR"])}[p["sex"]],
            "C03": gc.ascii_fold(p["first"]).upper(),
            "C04": maybe(rng, 0.55, " ".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice([1, 1, 2])))),
            "C05": gc.ascii_fold(p["last"]).upper(),
            "C06": addr,
            "C07": town,
            "C08": uk_postcode(rng, area),
            "C09": maybe(rng, 0.85, uk_phone(rng)),
            "C10": gc.rand_date(rng, D(1930, 1, 1), D(2006, 1, 1)).strftime("%Y%m%d"),
            "C11": maybe(rng, 0.8, gc.uk_nino(rng)),
            "C12": f"{rng.choice(['20', '40', '60', '30', '11', '83'])}-{rng.randint(0, 99):02d}-"
                   f"{rng.randint(0, 99):02d}",
            "C13": gc.digits(rng, 8),
            "C14": f"{bal:.2f}",
            "C15": status,
            "C16": f"{rng.randint(1, 999):04d}",
            "C17": gc.rand_date(rng, D(1985, 1, 1), D(2024, 1, 1)).strftime("%d/%m/%Y"),
            "C18": gc.ascii_fold(rng.choice(gc.NAMES["en_GB"][2] + gc.NAMES["en_US"][2])).upper(),
            "C19": maybe(rng, 0.7, gc.digits(rng, 4)),
            "C20": maybe(rng, 0.6, gc.email_for(rng, p["first"], p["last"],
                                                ["btinternet.com", "sky.com", "hotmail.co.uk", "gmail.com",
                                                 "virginmedia.com"]).upper() if rng.random() < 0.3
                                                 else gc.email_for(rng, p["first"], p["last"], ["yahoo.co.uk",
                                                                                               "gmail.com"])),
            "C21": f"R{rng.randint(1, 5)}",
            "C22": "GBP",
            "C23": gc.rand_date(rng, D(2022, 1, 1), D(2024, 9, 30)).strftime("%Y%m%d"),
            "C24": rng.choice(memos).format(s=gc.ascii_fold(o["last"]).upper(), i=o["first"][0],
                                            f=gc.ascii_fold(o["first"]).upper()),
            "C25": rng.choice(["CA01", "CA02", "SAV3", "ISA1", "MTG5", "CC10"]),
            "C26": rng.choice(["0.00", "250.00", "500.00", "1000.00", "2500.00"]),
        })
    return t


BR_PLACES = [("São Paulo", "SP", "01", ["Bela Vista", "Moema", "Pinheiros", "Itaquera", "Vila Mariana"]),
             ("Rio de Janeiro", "RJ", "22", ["Copacabana", "Tijuca", "Barra da Tijuca", "Méier"]),
             ("Belo Horizonte", "MG", "30", ["Savassi", "Pampulha", "Funcionários"]),
             ("Salvador", "BA", "40", ["Barra", "Pituba", "Itapuã"]),
             ("Recife", "PE", "50", ["Boa Viagem", "Casa Forte"]),
             ("Porto Alegre", "RS", "90", ["Moinhos de Vento", "Menino Deus"]),
             ("Manaus", "AM", "69", ["Adrianópolis", "Cidade Nova"]),
             ("Feira de Santana", "BA", "44", ["Centro", "Tomba"])]
BR_STREETS = ["Av. Paulista", "Rua Augusta", "Rua das Flores", "Av. Brasil", "Rua XV de Novembro",
              "Travessa São José", "Rua Barão de Itapetininga", "Av. Sete de Setembro", "Rua Dom Pedro II",
              "Alameda Santos", "Estrada do Coco"]


def br_phone(rng: random.Random) -> str:
    ddd = rng.choice(["11", "21", "31", "71", "81", "51", "92", "75"])
    n = "9" + gc.digits(rng, 8)
    s = rng.randrange(4)
    if s == 0:
        return f"({ddd}) {n[:5]}-{n[5:]}"
    if s == 1:
        return f"+55 {ddd} {n[:5]}-{n[5:]}"
    if s == 2:
        return ddd + n
    return f"{ddd} {n[:5]} {n[5:]}"


def br_amount(x: float) -> str:
    return de_amount(x)


def t_clientes_br() -> Table:
    rng = random.Random(108)
    t = Table("dev", "pedidos_clientes_br",
              "Brazilian e-commerce orders with buyer data; Portuguese; snake_case Portuguese headers")
    for h, p, k in [("pedido_id", False, "order_id"), ("criado_em", False, "created_at_timestamp"),
                    ("cpf", True, "national_id_br_cpf"), ("nome_completo", True, "full_name"),
                    ("nome_mae", True, "mothers_full_name"), ("data_nascimento", True, "birth_date"),
                    ("email", True, "email"), ("celular", True, "mobile_phone"), ("cep", True, "postal_code"),
                    ("logradouro", True, "street"), ("numero", True, "house_number"),
                    ("complemento", True, "address_line2"), ("bairro", True, "neighbourhood"),
                    ("cidade", True, "city"), ("uf", False, "state_code"), ("valor_total", False, "amount"),
                    ("frete", False, "amount"), ("forma_pagamento", False, "payment_method"),
                    ("parcelas", False, "quantity"), ("status_pedido", False, "order_status"),
                    ("cupom", False, "promo_code"), ("chave_pix", True, "payment_key_pix")]:
        t.col(h, p, k)
    domains = ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "terra.com.br",
               "outlook.com"]
    for i in range(400):
        p = gc.person(rng, "pt_BR")
        extra = rng.choice(gc.NAMES["pt_BR"][2])
        conn = rng.choice(["", "", "da ", "dos ", "de "])
        full = f"{p['first']} {conn}{extra} {p['last']}" if rng.random() < 0.7 else f"{p['first']} {p['last']}"
        mom = gc.person(rng, "pt_BR")
        city, uf, cep_pre, bairros = rng.choice(BR_PLACES)
        cpf = gc.br_cpf(rng)
        cs = rng.random()
        if cs < 0.35:
            cpf = cpf.replace(".", "").replace("-", "")
            if cpf.startswith("0") and rng.random() < 0.5:
                cpf = cpf.lstrip("0")
        pay = rng.choice(["pix", "boleto", "cartão de crédito", "cartão de crédito", "cartão de débito"])
        email = gc.email_for(rng, p["first"], p["last"], domains)
        phone = br_phone(rng)
        if pay == "pix":
            pix = rng.choice([cpf, email, phone, gc.uuid4(rng)])
        else:
            pix = ""
        t.rows.append({
            "pedido_id": 880000 + i * 11,
            "criado_em": gc.rand_ts(rng, T(2023, 1, 1), T(2024, 9, 1)).strftime("%Y-%m-%d %H:%M:%S"),
            "cpf": cpf,
            "nome_completo": full,
            "nome_mae": maybe(rng, 0.6, f"{mom['first'] if mom['sex'] == 'F' else 'Maria'} {mom['last']}"),
            "data_nascimento": gc.rand_date(rng, D(1940, 1, 1), D(2006, 1, 1)).strftime("%d/%m/%Y"),
            "email": email,
            "celular": phone,
            "cep": f"{cep_pre}{rng.randint(0, 999):03d}-{rng.randint(0, 999):03d}" if rng.random() < 0.7
            else f"{cep_pre}{gc.digits(rng, 6)}",
            "logradouro": rng.choice(BR_STREETS),
            "numero": rng.choice([str(rng.randint(1, 3500)), "s/n"]),
            "complemento": maybe(rng, 0.4, rng.choice(["Apto ", "Bloco B apto ", "Casa ", "Sala "])
                                 + str(rng.randint(1, 300))),
            "bairro": rng.choice(bairros),
            "cidade": city,
            "uf": uf,
            "valor_total": br_amount(rng.lognormvariate(5, 0.9)),
            "frete": br_amount(rng.choice([0, 0, 12.9, 19.9, 24.5, 39.9])),
            "forma_pagamento": pay,
            "parcelas": rng.choice([1, 1, 1, 2, 3, 6, 10, 12]) if "crédito" in pay else 1,
            "status_pedido": rng.choice(["aguardando pagamento", "pago", "enviado", "entregue", "entregue",
                                         "cancelado", "devolvido"]),
            "cupom": rng.choice(["", "", "", "BLACKFRIDAY", "PRIMEIRACOMPRA", "FRETEGRATIS10"]),
            "chave_pix": pix,
        })
    return t


NL_PLACES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"),
             ("Groningen", "97"), ("Leeuwarden", "89"), ("Maastricht", "62"), ("'s-Hertogenbosch", "52"),
             ("Zwolle", "80"), ("Eindhoven", "56"), ("Nijmegen", "65"), ("Alphen aan den Rijn", "24")]
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Hoofdweg", "Julianalaan", "Stationsplein",
              "Van Goghstraat", "Burgemeester de Withstraat", "Oude Gracht", "Lange Nieuwstraat"]


def nl_split_last(full_last: str) -> tuple[str, str]:
    parts = full_last.split()
    prefixes = []
    while len(parts) > 1 and parts[0] in ("van", "de", "den", "der", "'t", "ter", "te", "het"):
        prefixes.append(parts.pop(0))
    return " ".join(prefixes), " ".join(parts)


def t_klanten_nl() -> Table:
    rng = random.Random(109)
    t = Table("dev", "energie_klanten_export",
              "Dutch energy-supplier customer export; Dutch values; meaningless headers col_a..col_v")
    spec = [("customer_id", False), ("initials", True), ("given_name", True), ("surname_prefix", True),
            ("surname", True), ("gender", False), ("birth_date", True), ("national_id_nl_bsn", True),
            ("street", True), ("house_number", True), ("postal_code", True), ("city", True), ("phone", True),
            ("email", True), ("iban", True), ("meter_connection_ean", True), ("contract_type", False),
            ("amount", False), ("quantity_energy_kwh", False), ("start_date", False), ("contract_status", False),
            ("boolean", False)]
    heads = [f"col_{c}" for c in "abcdefghijklmnopqrstuv"]
    for h, (k, p) in zip(heads, spec, strict=True):
        t.col(h, p, k)
    domains = ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "xs4all.nl", "planet.nl", "live.nl"]
    for i in range(320):
        p = gc.person(rng, "nl_NL")
        prefix, last = nl_split_last(p["last"])
        city, pc = rng.choice(NL_PLACES)
        mids = rng.sample(gc.NAMES["nl_NL"][0 if p["sex"] == "M" else 1], rng.choice([0, 1, 2]))
        official = [rng.choice(["Johannes", "Maria", "Hendrikus", "Petronella", "Cornelis", "Wilhelmina"])] \
            if rng.random() < 0.3 else []
        initials = "".join(f"{n[0]}." for n in official + [p["first"]] + mids)
        postcode = f"{pc}{rng.randint(10, 99)}{rng.choice(' ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}" \
                   f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if rng.random() < 0.35:
            postcode = postcode.replace(" ", "")
        ph = rng.randrange(4)
        phone = [f"06-{gc.digits(rng, 8)}", f"+31 6 {gc.digits(rng, 8)}", f"0{rng.choice(['20', '10', '50', '43'])}-"
                 f"{gc.digits(rng, 7)}", f"06 {gc.digits(rng, 2)} {gc.digits(rng, 2)} {gc.digits(rng, 2)} "
                 f"{gc.digits(rng, 2)}"][ph]
        hn = f"{rng.randint(1, 300)}{rng.choice(['', '', '', 'A', 'b', '-2', ' hs', '-III'])}"
        ib = gc.iban(rng, "NL")
        ean = "8716" + gc.digits(rng, 14)
        t.rows.append(dict(zip(heads, [
            7000000 + i * 17,
            initials,
            p["first"],
            prefix,
            last,
            "M" if p["sex"] == "M" else "V",
            gc.rand_date(rng, D(1935, 1, 1), D(2005, 1, 1)).isoformat(),
            gc.nl_bsn(rng),
            rng.choice(NL_STREETS),
            hn,
            postcode,
            city,
            phone,
            maybe(rng, 0.9, gc.email_for(rng, p["first"], last, domains)),
            gc.group4(ib) if rng.random() < 0.4 else ib,
            ean,
            rng.choice(["Vast 1 jaar", "Vast 3 jaar", "Variabel", "Dynamisch"]),
            "€ " + de_amount(rng.uniform(45, 390)),
            rng.randint(900, 6500),
            gc.rand_date(rng, D(2015, 1, 1), D(2024, 9, 1)).strftime("%d-%m-%Y"),
            rng.choice(["actief", "actief", "actief", "opgezegd", "verhuisd", "wanbetaler"]),
            rng.choice(["ja", "nee", "ja"]),
        ], strict=True)))
    return t


JP_SURNAMES = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
               ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"),
               ("加藤", "カトウ"),
               ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("松本", "マツモト"), ("井上", "イノウエ"),
               ("四月一日", "ワタヌキ"), ("勅使河原", "テシガワラ"), ("小鳥遊", "タカナシ"), ("東海林", "ショウジ"),
               ("五十嵐", "イガラシ"), ("比嘉", "ヒガ"), ("金城", "キンジョウ")]
JP_GIVEN = [("翔太", "ショウタ", "M"), ("大輔", "ダイスケ", "M"), ("健一", "ケンイチ", "M"), ("拓海", "タクミ", "M"),
            ("蓮", "レン", "M"), ("陽翔", "ハルト", "M"), ("和彦", "カズヒコ", "M"), ("颯", "ハヤテ", "M"),
            ("源五郎", "ゲンゴロウ", "M"), ("美咲", "ミサキ", "F"), ("陽菜", "ヒナ", "F"), ("結衣", "ユイ", "F"),
            ("さくら", "サクラ", "F"), ("恵子", "ケイコ", "F"), ("千晴", "チハル", "F"), ("葵", "アオイ", "F"),
            ("凛", "リン", "F"), ("雫", "シズク", "F"), ("紬", "ツムギ", "F"), ("ハナ", "ハナ", "F")]
JP_PLACES = [("東京都", "新宿区", "160", ["西新宿", "歌舞伎町", "高田馬場"]),
             ("大阪府", "大阪市北区", "530", ["梅田", "天神橋"]),
             ("神奈川県", "横浜市中区", "231", ["山下町", "元町"]), ("愛知県", "名古屋市中区", "460", ["栄", "錦"]),
             ("北海道", "札幌市中央区", "060", ["北一条西", "南三条西"]),
             ("福岡県", "福岡市博多区", "812", ["博多駅前", "中洲"]),
             ("京都府", "京都市下京区", "600", ["四条通", "烏丸通"]), ("沖縄県", "那覇市", "900", ["久茂地", "牧志"])]


def t_kaiin_jp() -> Table:
    rng = random.Random(110)
    t = Table("dev", "kaiin_master_jp", "Japanese retail loyalty-member master; Japanese; Japanese kanji headers")
    for h, p, k in [("会員番号", False, "customer_id"), ("氏名", True, "full_name"), ("フリガナ", True,
                                                                                "full_name_kana"),
                    ("性別", False, "gender"), ("生年月日", True, "birth_date"), ("郵便番号", True, "postal_code"),
                    ("都道府県", False, "prefecture"), ("住所", True, "street_address"), ("電話番号", True, "phone"),
                    ("メールアドレス", True, "email"), ("会員ランク", False, "loyalty_tier"),
                    ("ポイント残高", False, "quantity_points"), ("累計購入金額", False, "amount"),
                    ("登録日", False, "created_at_date"), ("メルマガ配信", False, "consent_flag"),
                    ("最終ログイン", False, "event_timestamp"), ("備考", True, "free_text_with_names")]:
        t.col(h, p, k)
    notes = ["{s}様より電話あり（配送日変更）", "特になし", "", "", "家族会員：{s} {g}",
             "クレーム対応済み（担当：{s}）", "",
             "転居予定"]
    for i in range(300):
        sn, sk = rng.choice(JP_SURNAMES)
        gn, gk, sex = rng.choice(JP_GIVEN)
        pref, city, zp, towns = rng.choice(JP_PLACES)
        dob = gc.rand_date(rng, D(1940, 1, 1), D(2005, 12, 31))
        ds = rng.random()
        if ds < 0.6:
            dob_s = dob.strftime("%Y/%m/%d")
        elif ds < 0.85:
            dob_s = f"{dob.year}年{dob.month}月{dob.day}日"
        else:
            dob_s = dob.isoformat()
        zipc = f"{zp}-{rng.randint(0, 9999):04d}"
        if rng.random() < 0.2:
            zipc = "〒" + zipc
        addr = f"{city}{rng.choice(towns)}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if rng.random() < 0.4:
            bld = rng.choice(["グランメゾン", "コーポ", "ハイツ", "パークハウス"]) + rng.choice(["桜", "青葉", "栄"])
            addr += f" {bld}{rng.randint(1, 12)}0{rng.randint(1, 9)}"
        phone = rng.choice([f"0{rng.choice('789')}0-{gc.digits(rng, 4)}-{gc.digits(rng, 4)}",
                            f"03-{gc.digits(rng, 4)}-{gc.digits(rng, 4)}",
                            f"06-{gc.digits(rng, 4)}-{gc.digits(rng, 4)}",
                            f"0{rng.choice('789')}0{gc.digits(rng, 8)}"])
        lat = {"サトウ": "sato", "スズキ": "suzuki", "タカハシ": "takahashi", "タナカ": "tanaka"}.get(sk, "user")
        jp_dom = rng.choice(["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"])
        mail = f"{lat}{rng.randint(1, 9999)}@{jp_dom}"
        osn, _ = rng.choice(JP_SURNAMES)
        ogn, _, _ = rng.choice(JP_GIVEN)
        t.rows.append({
            "会員番号": f"M{i + 1200:08d}",
            "氏名": f"{sn} {gn}" if rng.random() < 0.7 else f"{sn}　{gn}",
            "フリガナ": f"{sk} {gk}",
            "性別": "男" if sex == "M" else "女",
            "生年月日": dob_s,
            "郵便番号": zipc,
            "都道府県": pref,
            "住所": addr,
            "電話番号": phone,
            "メールアドレス": maybe(rng, 0.85, mail),
            "会員ランク": rng.choice(["ブロンズ", "シルバー", "ゴールド", "プラチナ"]),
            "ポイント残高": rng.randint(0, 25000),
            "累計購入金額": f"¥{rng.randint(500, 900000):,}",
            "登録日": gc.rand_date(rng, D(2012, 1, 1), D(2024, 8, 1)).strftime("%Y/%m/%d"),
            "メルマガ配信": rng.choice(["可", "不可", "可"]),
            "最終ログイン": gc.rand_ts(rng, T(2024, 1, 1), T(2024, 10, 1)).strftime("%Y/%m/%d %H:%M"),
            "備考": rng.choice(notes).format(s=osn, g=ogn),
        })
    return t


# =============================================================================================
# BLIND
# =============================================================================================
PL_PLACES = [("Warszawa", "mazowieckie", "0"), ("Kraków", "małopolskie", "3"), ("Łódź", "łódzkie", "9"),
             ("Wrocław", "dolnośląskie", "5"), ("Poznań", "wielkopolskie", "6"), ("Gdańsk", "pomorskie", "8"),
             ("Szczebrzeszyn", "lubelskie", "2"), ("Bielsko-Biała", "śląskie", "4"), ("Zgierz", "łódzkie", "9"),
             ("Gorzów Wielkopolski", "lubuskie", "6")]
PL_STREETS = ["ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Długa", "os. Tysiąclecia",
              "ul. Księdza Jerzego Popiełuszki", "ul. Kościuszki", "pl. Wolności", "ul. Żeromskiego",
              "ul. 3 Maja", "ul. Grunwaldzka"]


def t_pl_sklep() -> Table:
    rng = random.Random(201)
    t = Table("dev", "sklep_zamowienia_pl",
              "Polish online-shop order export; Polish values; coded F_XXX headers (F_NM1, F_PSL, F_NRB)")
    for h, p, k in [("F_ID", False, "order_id"), ("F_DT", False, "order_date"), ("F_NM1", True, "given_name"),
                    ("F_NM2", True, "surname"), ("F_PSL", True, "national_id_pl_pesel"),
                    ("F_ADR1", True, "street_address"), ("F_KOD", True, "postal_code"), ("F_MSC", True, "city"),
                    ("F_WOJ", False, "province"), ("F_TEL", True, "phone"), ("F_EML", True, "email"),
                    ("F_NRB", True, "bank_account_number"), ("F_KWT", False, "amount"), ("F_WAL", False,
                                                                                        "currency_code"),
                    ("F_STS", False, "order_status"), ("F_PLT", False, "payment_method"), ("F_SKU", False, "sku"),
                    ("F_ILO", False, "quantity"), ("F_UWG", True, "free_text_with_names"), ("F_IP", True,
                                                                                           "ip_address")]:
        t.col(h, p, k)
    notes = ["Przed dostawą proszę o telefon – kontakt: {f} {l}", "", "", "Paczkomat WAW{n}M", "Odbiór osobisty",
             "Faktura na firmę {l} Sp. z o.o.", "", "Zostawić u sąsiadki ({f} {l})", "Prezent – nie dołączać paragonu"]
    for i in range(380):
        p = gc.person(rng, "pl_PL")
        dob = gc.rand_date(rng, D(1945, 1, 1), D(2006, 1, 1))
        city, woj, z0 = rng.choice(PL_PLACES)
        n = gc.digits(rng, 9)
        tel = rng.choice([f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n,
                          f"(22) {n[:3]} {n[3:5]} {n[5:7]}"])
        nrb = gc.iban(rng, "PL")
        nrbs = rng.random()
        nrb_out = nrb[2:] if nrbs < 0.4 else (nrb[2:4] + " " + gc.group4(nrb[4:]) if nrbs < 0.8 else nrb)
        o = gc.person(rng, "pl_PL")
        t.rows.append({
            "F_ID": f"ZAM/{2024}/{i + 1:05d}",
            "F_DT": gc.rand_date(rng, D(2024, 1, 1), D(2024, 9, 30)).isoformat(),
            "F_NM1": p["first"],
            "F_NM2": p["last"],
            "F_PSL": maybe(rng, 0.55, gc.pl_pesel(rng, p["sex"], dob)),
            "F_ADR1": f"{rng.choice(PL_STREETS)} {rng.randint(1, 200)}" + (f"/{rng.randint(1, 80)}"
                                                                           if rng.random() < 0.6 else ""),
            "F_KOD": f"{z0}{rng.randint(0, 9)}-{rng.randint(0, 999):03d}",
            "F_MSC": city,
            "F_WOJ": woj,
            "F_TEL": tel,
            "F_EML": gc.email_for(rng, p["first"], p["last"], ["wp.pl", "o2.pl", "onet.pl", "interia.pl",
                                                               "gmail.com", "op.pl"]),
            "F_NRB": maybe(rng, 0.5, nrb_out),
            "F_KWT": de_amount(rng.lognormvariate(4.8, 0.9)).replace(".", " "),
            "F_WAL": "PLN",
            "F_STS": rng.choice(["NOWE", "OPŁACONE", "WYSŁANE", "DOSTARCZONE", "ZWROT", "ANULOWANE"]),
            "F_PLT": rng.choice(["BLIK", "przelew", "za pobraniem", "karta", "PayU"]),
            "F_SKU": f"{rng.choice(['AGD', 'RTV', 'OGR', 'ZAB'])}-{rng.randint(100, 9999)}-{rng.choice('ABCX')}",
            "F_ILO": rng.choice([1, 1, 1, 2, 3, 5]),
            "F_UWG": rng.choice(notes).format(f=o["first"], l=o["last"], n=rng.randint(10, 999)),
            "F_IP": gc.ipv4(rng),
        })
    return t


IT_PLACES = [("Milano", "MI", "201", "F205"), ("Roma", "RM", "001", "H501"), ("Napoli", "NA", "801", "F839"),
             ("Torino", "TO", "101", "L219"), ("Palermo", "PA", "901", "G273"), ("Bologna", "BO", "401", "A944"),
             ("Firenze", "FI", "501", "D612"), ("Bari", "BA", "701", "A662"), ("Catania", "CT", "951", "C351"),
             ("Bergamo", "BG", "241", "A794"), ("Agrigento", "AG", "921", "A089")]
IT_STREETS = ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza del Duomo", "Viale dei Mille",
              "Via Giuseppe Verdi", "Vicolo Stretto", "Largo Augusto", "Via dei Tribunali", "Contrada San Leonardo"]


def t_ospiti_hotel() -> Table:
    rng = random.Random(202)
    t = Table("dev", "registro_ospiti_hotel",
              "Italian hotel PMS guest register (schedina alloggiati); Italian; Title Case spaced headers")
    for h, p, k in [("Codice Prenotazione", False, "booking_reference"), ("Cognome", True, "surname"),
                    ("Nome", True, "given_name"), ("Codice Fiscale", True, "national_id_it_codice_fiscale"),
                    ("Sesso", False, "gender"), ("Data di Nascita", True, "birth_date"),
                    ("Luogo di Nascita", True, "place_of_birth"), ("Cittadinanza", False, "nationality"),
                    ("Tipo Documento", False, "document_type"), ("Numero Documento", True, "id_document_number"),
                    ("Indirizzo di Residenza", True, "street_address"), ("CAP", True, "postal_code"),
                    ("Comune", True, "city"), ("Provincia", False, "province_code"), ("Cellulare", True,
                                                                                       "mobile_phone"),
                    ("Email", True, "email"), ("Camera", False, "room_number"), ("Check-in", False, "event_date"),
                    ("Check-out", False, "event_date"), ("Notti", False, "quantity"),
                    ("Tariffa Notte (€)", False, "unit_price"), ("Canale", False, "booking_channel"),
                    ("Trattamento", False, "board_type"), ("Targa Auto", True, "license_plate"),
                    ("Note", True, "free_text_with_names")]:
        t.col(h, p, k)
    notes = ["Ospite abituale, moglie {f} allergica ai crostacei", "", "", "Arrivo tardivo", "Culla in camera",
             "Fattura intestata a {f} {l}", "Amico del Sig. {l} (direzione)", "", "Anniversario – omaggio prosecco"]
    for _ in range(280):
        foreign = rng.random() < 0.2
        floc = rng.choice(["de_DE", "fr_FR", "en_GB", "nl_NL"])
        f_city, f_nat = {"de_DE": (rng.choice(["München", "Köln", "Leipzig"]), "Tedesca"),
                         "fr_FR": (rng.choice(["Lyon", "Nantes", "Lille"]), "Francese"),
                         "en_GB": (rng.choice(["Leeds", "Bristol", "Glasgow"]), "Britannica"),
                         "nl_NL": (rng.choice(["Utrecht", "Groningen", "Delft"]), "Olandese")}[floc]
        p = gc.person(rng, "it_IT" if not foreign else floc)
        dob = gc.rand_date(rng, D(1940, 1, 1), D(2006, 1, 1))
        city, prov, cap, bel = rng.choice(IT_PLACES)
        birth_city, _, _, bel_b = rng.choice(IT_PLACES)
        doc_type = rng.choice(["Carta d'identità", "Carta d'identità", "Passaporto", "Patente"])
        if doc_type == "Carta d'identità":
            docn = f"CA{gc.digits(rng, 5)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
        elif doc_type == "Passaporto":
            docn = f"Y{rng.choice(string.ascii_uppercase)}{gc.digits(rng, 7)}"
        else:
            docn = f"U1{rng.choice(string.ascii_uppercase)}{gc.digits(rng, 6)}{rng.choice(string.ascii_uppercase)}"
        if foreign:
            docn = gc.token(rng, 9, "CFGHJKLMNPRTVWXYZ0123456789")
        ci = gc.rand_date(rng, D(2024, 3, 1), D(2024, 10, 20))
        nights = rng.choice([1, 1, 2, 2, 3, 4, 7])
        o = gc.person(rng, "it_IT")
        n = "3" + gc.digits(rng, 9)
        t.rows.append({
            "Codice Prenotazione": f"BK{rng.randint(10000000, 99999999)}",
            "Cognome": p["last"],
            "Nome": p["first"],
            "Codice Fiscale": "" if foreign else gc.it_codice_fiscale(p["first"], p["last"], p["sex"], dob, bel_b),
            "Sesso": p["sex"],
            "Data di Nascita": dob.strftime("%d/%m/%Y"),
            "Luogo di Nascita": birth_city if not foreign else f_city,
            "Cittadinanza": "Italiana" if not foreign else f_nat,
            "Tipo Documento": doc_type if not foreign else "Passaporto",
            "Numero Documento": docn,
            "Indirizzo di Residenza": f"{rng.choice(IT_STREETS)}, {rng.randint(1, 250)}" if not foreign else "",
            "CAP": f"{cap}{rng.randint(0, 99):02d}" if not foreign else "",
            "Comune": city if not foreign else "",
            "Provincia": prov if not foreign else "EE",
            "Cellulare": rng.choice([f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:]}", n, f"{n[:3]} {n[3:]}"])
            if not foreign else rng.choice(["+49 171 ", "+33 6 ", "+44 7700 ", "+31 6 "]) + gc.digits(rng, 7),
            "Email": maybe(rng, 0.85, gc.email_for(rng, p["first"], p["last"], ["libero.it", "virgilio.it",
                                                                               "alice.it", "gmail.com",
                                                                               "tiscali.it"])),
            "Camera": f"{rng.randint(1, 5)}{rng.randint(1, 24):02d}",
            "Check-in": ci.strftime("%d/%m/%Y"),
            "Check-out": (ci + dt.timedelta(days=nights)).strftime("%d/%m/%Y"),
            "Notti": nights,
            "Tariffa Notte (€)": f"{rng.choice([89, 99, 109, 129, 149, 189, 240])},00",
            "Canale": rng.choice(["Booking.com", "Expedia", "Diretto", "Telefono", "Agenzia"]),
            "Trattamento": rng.choice(["BB", "HB", "FB", "RO"]),
            "Targa Auto": maybe(rng, 0.3, f"{rng.choice(string.ascii_uppercase[:24])}{rng.choice('ABCDEFGH')}"
                                          f"{gc.digits(rng, 3)}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"
                                          f"{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"),
            "Note": rng.choice(notes).format(f=o["first"], l=o["last"]),
        })
    return t


AU_PLACES = [("Surry Hills", "NSW", "2010"), ("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"),
             ("Geelong", "VIC", "3220"), ("Fortitude Valley", "QLD", "4006"), ("Toowoomba", "QLD", "4350"),
             ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Alice Springs", "NT", "0870"),
             ("Hobart", "TAS", "7000"), ("Auckland", "AUK", "1010"), ("Wagga Wagga", "NSW", "2650")]
AU_STREETS = ["George St", "Crown St", "Brunswick St", "Smith St", "Oxford St", "Hay St", "Jetty Rd",
              "Stuart Hwy", "Elizabeth St", "Queen St", "Wattle Grove", "Banksia Cres"]


def t_webhook_flat() -> Table:
    rng = random.Random(203)
    t = Table("dev", "payment_webhook_events_flat",
              "Australian payment-provider webhook log flattened from JSON; English; dotted path headers")
    for h, p, k in [("id", False, "event_id"), ("type", False, "event_type"), ("created", False, "epoch_timestamp"),
                    ("livemode", False, "boolean"), ("data.object.id", False, "object_id"),
                    ("data.object.amount", False, "amount_minor_units"), ("data.object.currency", False,
                                                                         "currency_code"),
                    ("data.object.status", False, "payment_status"),
                    ("data.object.customer.name", True, "full_name"),
                    ("data.object.customer.email", True, "email"), ("data.object.customer.phone", True, "phone"),
                    ("data.object.billing_details.address.line1", True, "street_address"),
                    ("data.object.billing_details.address.city", True, "city"),
                    ("data.object.billing_details.address.state", False, "state_code"),
                    ("data.object.billing_details.address.postal_code", True, "postal_code"),
                    ("data.object.billing_details.address.country", False, "country_code"),
                    ("data.object.payment_method.card.brand", False, "card_brand"),
                    ("data.object.payment_method.card.last4", False, "card_last4"),
                    ("data.object.payment_method.card.exp_month", False, "card_expiry_month"),
                    ("data.object.payment_method.card.exp_year", False, "card_expiry_year"),
                    ("data.object.shipping.name", True, "full_name"),
                    ("data.object.metadata.gift_message", True, "free_text_with_names"),
                    ("request.ip", True, "ip_address"), ("request.idempotency_key", False, "record_uuid")]:
        t.col(h, p, k)
    gifts = ["Happy birthday {f}! Love, Nan", "", "", "", "For {f} – congrats on the new job, from {g} & the team",
             "Merry Xmas {f} xx", "", "Get well soon {f}"]
    for _ in range(420):
        p = gc.person(rng, "en_AU")
        sub, st, pc = rng.choice(AU_PLACES)
        nz = st == "AUK"
        n = gc.digits(rng, 8)
        phone = rng.choice([f"+61 4{n[:2]} {n[2:5]} {n[5:]}", f"04{n[:2]} {n[2:5]} {n[5:]}", f"(02) {n[:4]} {n[4:]}",
                            f"+614{n}", f"+64 21 {n[:3]} {n[3:7]}" if nz else f"0{rng.choice('2378')} {n[:4]} {n[4:]}"])
        ev = rng.choice(["charge.succeeded", "charge.succeeded", "charge.failed", "charge.refunded",
                         "payment_intent.created"])
        status = {"charge.succeeded": "succeeded", "charge.failed": "failed", "charge.refunded": "refunded",
                  "payment_intent.created": "requires_payment_method"}[ev]
        ship = p if rng.random() < 0.6 else gc.person(rng, "en_AU")
        g = gc.person(rng, "en_AU")
        _, card = gc.card_number(rng, rng.choice(["visa", "mastercard", "amex"]))
        brand = {"4": "visa", "5": "mastercard", "2": "mastercard", "3": "amex"}[card[0]]
        t.rows.append({
            "id": "evt_" + gc.token(rng, 24),
            "type": ev,
            "created": int(gc.rand_ts(rng, T(2024, 1, 1), T(2024, 10, 1)).replace(tzinfo=dt.UTC).timestamp()),
            "livemode": rng.choice(["true", "true", "false"]),
            "data.object.id": ("ch_" if ev.startswith("charge") else "pi_") + gc.token(rng, 24),
            "data.object.amount": rng.choice([995, 1500, 2450, 4999, 12900, 35000, 89]) + rng.randint(0, 5) * 100,
            "data.object.currency": "nzd" if nz else "aud",
            "data.object.status": status,
            "data.object.customer.name": f"{p['first']} {p['last']}",
            "data.object.customer.email": gc.email_for(rng, p["first"], p["last"],
                                                       ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au",
                                                        "xtra.co.nz", "icloud.com"]),
            "data.object.customer.phone": maybe(rng, 0.8, phone),
            "data.object.billing_details.address.line1": f"{rng.choice(['', '', 'Unit 4/', '12/'])}"
                                                         f"{rng.randint(1, 400)} {rng.choice(AU_STREETS)}",
            "data.object.billing_details.address.city": sub,
            "data.object.billing_details.address.state": st,
            "data.object.billing_details.address.postal_code": pc,
            "data.object.billing_details.address.country": "NZ" if nz else "AU",
            "data.object.payment_method.card.brand": brand,
            "data.object.payment_method.card.last4": card[-4:],
            "data.object.payment_method.card.exp_month": rng.randint(1, 12),
            "data.object.payment_method.card.exp_year": rng.randint(2024, 2031),
            "data.object.shipping.name": maybe(rng, 0.7, f"{ship['first']} {ship['last']}"),
            "data.object.metadata.gift_message": rng.choice(gifts).format(f=ship["first"], g=g["first"]),
            "request.ip": gc.ipv4(rng) if rng.random() < 0.75 else gc.ipv6(rng),
            "request.idempotency_key": gc.uuid4(rng),
        })
    return t


SE_PLACES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Kiruna", "98"),
             ("Västerås", "72"), ("Örebro", "70"), ("Luleå", "97"), ("Östersund", "83")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Björkvägen", "Skolgatan", "Ringvägen",
              "Långgatan", "Sveavägen", "Fjällvägen"]


def t_sv_medlemmar() -> Table:
    rng = random.Random(204)
    t = Table("dev", "gym_medlemmar_se",
              "Swedish gym-chain membership system; Swedish (ASCII-folded) kebab-case headers")
    for h, p, k in [("medlems-nr", False, "member_id"), ("for-namn", True, "given_name"),
                    ("efter-namn", True, "surname"), ("person-nr", True, "national_id_se_personnummer"),
                    ("gatu-adress", True, "street_address"), ("post-nr", True, "postal_code"),
                    ("post-ort", True, "city"), ("mobil-nr", True, "mobile_phone"), ("e-post", True, "email"),
                    ("medlemskap-typ", False, "membership_type"), ("start-datum", False, "start_date"),
                    ("bindnings-tid-man", False, "duration_months"), ("autogiro-konto", True,
                                                                      "bank_account_number"),
                    ("dorr-pin", True, "pin"), ("tagg-id", True, "rfid_tag_id"),
                    ("senaste-besok", False, "event_timestamp"), ("antal-besok", False, "quantity"),
                    ("manads-avgift", False, "amount"), ("aktiv", False, "boolean"),
                    ("anteckning", True, "free_text_with_names")]:
        t.col(h, p, k)
    notes = ["", "", "", "PT med {f} tisdagar", "Frusen pga skada", "Familjemedlemskap med {f} {l}",
             "Betalningspåminnelse skickad", "", "Studentrabatt"]
    for i in range(300):
        p = gc.person(rng, "sv_SE")
        dob = gc.rand_date(rng, D(1950, 1, 1), D(2007, 1, 1))
        city, pc = rng.choice(SE_PLACES)
        n = gc.digits(rng, 7)
        mob = rng.choice([f"07{rng.choice('0236')}-{n[:3]} {n[3:5]} {n[5:]}", f"+46 7{rng.choice('0236')} {n[:3]} "
                          f"{n[3:5]} {n[5:]}", f"07{rng.choice('0236')}{n}"])
        o = gc.person(rng, "sv_SE")
        start = gc.rand_date(rng, D(2016, 1, 1), D(2024, 9, 1))
        t.rows.append({
            "medlems-nr": 30000 + i * 3,
            "for-namn": p["first"],
            "efter-namn": p["last"],
            "person-nr": gc.se_personnummer(rng, p["sex"], dob, century=rng.random() < 0.6),
            "gatu-adress": f"{rng.choice(SE_STREETS)} {rng.randint(1, 90)}"
                           f"{rng.choice(['', '', ' A', ' B', ' lgh 1102'])}",
            "post-nr": f"{pc}{rng.randint(1, 9)} {rng.randint(10, 99)}",
            "post-ort": city,
            "mobil-nr": mob,
            "e-post": gc.email_for(rng, p["first"], p["last"], ["telia.com", "gmail.com", "hotmail.se", "live.se",
                                                               "bredband.net"]),
            "medlemskap-typ": rng.choice(["Bas", "Gold", "Student", "Senior", "Dagtid", "Familj"]),
            "start-datum": start.isoformat(),
            "bindnings-tid-man": rng.choice([0, 12, 12, 24]),
            "autogiro-konto": maybe(rng, 0.7, f"{rng.choice(['8327', '6000', '5000', '3300', '9150'])}-"
                                              f"{rng.randint(0, 9)}, {gc.digits(rng, 3)} {gc.digits(rng, 3)} "
                                              f"{gc.digits(rng, 3)}-{rng.randint(0, 9)}"),
            "dorr-pin": gc.digits(rng, 4),
            "tagg-id": gc.hexstr(rng, 8).upper(),
            "senaste-besok": gc.rand_ts(rng, T(2024, 6, 1), T(2024, 10, 1)).strftime("%Y-%m-%d %H:%M"),
            "antal-besok": rng.randint(0, 900),
            "manads-avgift": rng.choice(["299", "349", "449", "199", "549"]),
            "aktiv": rng.choice(["1", "1", "1", "0"]),
            "anteckning": rng.choice(notes).format(f=o["first"], l=o["last"]),
        })
    return t


TR_PLACES = [("İstanbul", ["Kadıköy", "Üsküdar", "Beşiktaş", "Esenyurt"], "34"),
             ("Ankara", ["Çankaya", "Keçiören", "Yenimahalle"], "06"), ("İzmir", ["Karşıyaka", "Bornova"], "35"),
             ("Bursa", ["Nilüfer", "Osmangazi"], "16"), ("Diyarbakır", ["Kayapınar", "Bağlar"], "21"),
             ("Trabzon", ["Ortahisar", "Akçaabat"], "61")]
TR_STREETS = ["Atatürk Cad.", "İnönü Sok.", "Cumhuriyet Mah. 1203. Sok.", "Bağdat Cad.", "Gazi Mustafa Kemal Blv.",
              "Fevzi Çakmak Cad.", "Menekşe Sok."]


def t_tr_abone() -> Table:
    rng = random.Random(205)
    t = Table("dev", "gsm_abone_tr",
              "Turkish mobile-operator subscriber table; Turkish; Hungarian-notation prefixed headers (strAd, dtX)")
    for h, p, k in [("nAboneNo", False, "subscriber_id"), ("strAd", True, "given_name"), ("strSoyad", True, "surname"),
                    ("strTCKN", True, "national_id_tr_tckn"), ("dtDogumTarihi", True, "birth_date"),
                    ("strBabaAdi", True, "fathers_given_name"), ("strAnneKizlikSoyadi", True, "mothers_maiden_name"),
                    ("strGsmNo", True, "mobile_phone"), ("strEposta", True, "email"),
                    ("strAdres", True, "street_address"), ("strIlce", True, "district"), ("strIl", False,
                                                                                         "province"),
                    ("strPostaKodu", True, "postal_code"), ("strIMEI", True, "device_id_imei"),
                    ("strICCID", True, "sim_card_id"), ("strPUK", True, "puk_code"),
                    ("strTarife", False, "tariff_plan"), ("dcmAylikUcret", False, "amount"),
                    ("bitAktif", False, "boolean"), ("dtAbonelikTarihi", False, "start_date"),
                    ("nKalanDakika", False, "quantity_minutes")]:
        t.col(h, p, k)
    male = gc.NAMES["tr_TR"][0]
    for i in range(320):
        p = gc.person(rng, "tr_TR")
        il, ilceler, plate = rng.choice(TR_PLACES)
        n = "5" + rng.choice(["32", "33", "42", "44", "05", "55", "30"]) + gc.digits(rng, 7)
        gsm = rng.choice([f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+90 {n[:3]} {n[3:]}", n, f"0({n[:3]}) {n[3:6]} "
                          f"{n[6:8]} {n[8:]}"])
        imei_body = rng.choice(["35", "86", "01", "35"]) + gc.digits(rng, 12)
        iccid_body = "8990" + gc.digits(rng, 14)
        t.rows.append({
            "nAboneNo": 5500000 + i * 29,
            "strAd": p["first"],
            "strSoyad": p["last"],
            "strTCKN": gc.tr_tckn(rng),
            "dtDogumTarihi": gc.rand_date(rng, D(1945, 1, 1), D(2006, 1, 1)).strftime("%d.%m.%Y"),
            "strBabaAdi": rng.choice(male),
            "strAnneKizlikSoyadi": maybe(rng, 0.8, rng.choice(gc.NAMES["tr_TR"][2])),
            "strGsmNo": gsm,
            "strEposta": maybe(rng, 0.75, gc.email_for(rng, p["first"], p["last"], ["hotmail.com", "gmail.com",
                                                                                   "yandex.com.tr", "mynet.com"])),
            "strAdres": f"{rng.choice(TR_STREETS)} No:{rng.randint(1, 150)} D:{rng.randint(1, 30)}",
            "strIlce": rng.choice(ilceler),
            "strIl": il,
            "strPostaKodu": f"{plate}{rng.randint(0, 999):03d}",
            "strIMEI": imei_body + gc.luhn_digit(imei_body),
            "strICCID": iccid_body + gc.luhn_digit(iccid_body),
            "strPUK": gc.digits(rng, 8),
            "strTarife": rng.choice(["Süper Paket 20GB", "Genç Tarife", "Faturasız Mini", "Kurumsal 50GB",
                                     "Emekli Paket"]),
            "dcmAylikUcret": f"{rng.choice([149, 199, 249.9, 329, 89.5, 449])}".replace(".", ","),
            "bitAktif": rng.choice([1, 1, 1, 0]),
            "dtAbonelikTarihi": gc.rand_date(rng, D(2008, 1, 1), D(2024, 9, 1)).strftime("%d.%m.%Y"),
            "nKalanDakika": rng.randint(0, 2000),
        })
    return t


CZ_PLACES = [("Praha 2", "120 00", "Hlavní město Praha"), ("Praha 10", "100 00", "Hlavní město Praha"),
             ("Brno", "602 00", "Jihomoravský"), ("Ostrava", "702 00", "Moravskoslezský"),
             ("Plzeň", "301 00", "Plzeňský"), ("České Budějovice", "370 01", "Jihočeský"),
             ("Olomouc", "779 00", "Olomoucký"), ("Dolní Lhota", "747 66", "Moravskoslezský"),
             ("Bratislava", "811 01", "Bratislavský")]
CZ_STREETS = ["Vinohradská", "Náměstí Míru", "Masarykova", "Husova", "Palackého", "Žižkova", "Na Příkopě",
              "Komenského", "U Lesa", "Třída Svobody"]


def t_sap_kna1_cz() -> Table:
    rng = random.Random(206)
    t = Table("dev", "sap_kna1_extract_cz",
              "SAP customer master (KNA1/KNBK) extract of a Czech utility; Czech; SAP technical field names")
    for h, p, k in [("KUNNR", False, "customer_id"), ("ANRED", False, "salutation"), ("NAME1", True, "full_name"),
                    ("NAME2", False, "company_name"), ("SORTL", True, "surname_search_term"),
                    ("STRAS", True, "street_address"), ("PSTLZ", True, "postal_code"), ("ORT01", True, "city"),
                    ("REGIO", False, "region"), ("LAND1", False, "country_code"), ("TELF1", True, "phone"),
                    ("TELFX", True, "fax"), ("SMTP_ADDR", True, "email"), ("STCD1", True,
                                                                         "national_id_cz_birth_number"),
                    ("GBDAT", True, "birth_date"), ("SPRAS", False, "language_code"),
                    ("KTOKD", False, "account_group"), ("ERDAT", False, "created_at_date"),
                    ("ERNAM", True, "username_employee"), ("LOEVM", False, "deletion_flag"),
                    ("BANKN", True, "bank_account_number"), ("BANKL", False, "bank_code"),
                    ("IBAN", True, "iban"), ("ZTERM", False, "payment_terms"), ("KLIMK", False, "amount"),
                    ("WAERS", False, "currency_code")]:
        t.col(h, p, k)
    clerks = ["JNOVAKOVA", "PDVORAK", "MKUCEROVA", "BATCH_MIG", "RFC_CRM", "LHAJKOVA", "TSVOBODA"]
    companies = ["Škoda Auto a.s.", "ČEZ, a. s.", "Moravia Steel a.s.", "Kofola ČeskoSlovensko a.s.",
                 "Pekárna Novák s.r.o.", "Zemědělské družstvo Dolní Lhota"]
    for i in range(260):
        p = gc.person(rng, "cs_CZ")
        dob = gc.rand_date(rng, D(1940, 1, 1), D(2005, 12, 31))
        city, psc, reg = rng.choice(CZ_PLACES)
        sk = city == "Bratislava"
        bank = rng.choice(["0800", "0100", "0300", "2010", "5500"])
        acct = f"{rng.choice(['', '', '19-', '35-'])}{rng.randint(100000, 9999999999)}"
        ib = gc.iban(rng, "CZ")
        n = gc.digits(rng, 9)
        name1 = f"{p['first']} {p['last']}" if rng.random() < 0.7 else f"{p['last']} {p['first']}"
        t.rows.append({
            "KUNNR": f"{1000000 + i * 37:010d}",
            "ANRED": "Pan" if p["sex"] == "M" else "Paní",
            "NAME1": name1,
            "NAME2": maybe(rng, 0.15, "c/o " + rng.choice(companies)),
            "SORTL": gc.ascii_fold(p["last"]).upper()[:10],
            "STRAS": f"{rng.choice(CZ_STREETS)} {rng.randint(100, 2500)}/{rng.randint(1, 60)}",
            "PSTLZ": psc,
            "ORT01": city,
            "REGIO": reg,
            "LAND1": "SK" if sk else "CZ",
            "TELF1": rng.choice([f"+420 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"00420{n}",
                                 f"+421 9{n[:2]} {n[2:5]} {n[5:8]}" if sk else f"6{n[:2]} {n[2:5]} {n[5:8]}"]),
            "TELFX": maybe(rng, 0.08, f"+420 5{n[:2]} {n[2:5]} {n[5:8]}"),
            "SMTP_ADDR": maybe(rng, 0.8, gc.email_for(rng, p["first"], p["last"], ["seznam.cz", "email.cz",
                                                                                  "centrum.cz", "gmail.com",
                                                                                  "post.cz"])),
            "STCD1": gc.cz_rodne_cislo(rng, p["sex"], dob) if rng.random() < 0.6 else "",
            "GBDAT": dob.strftime("%Y%m%d"),
            "SPRAS": rng.choice(["CS", "CS", "CS", "SK", "EN"]),
            "KTOKD": rng.choice(["Z001", "Z001", "Z002", "ZRES"]),
            "ERDAT": gc.rand_date(rng, D(2003, 1, 1), D(2024, 9, 1)).strftime("%Y%m%d"),
            "ERNAM": rng.choice(clerks),
            "LOEVM": rng.choice(["", "", "", "", "", "X"]),
            "BANKN": f"{acct}/{bank}" if rng.random() < 0.5 else "",
            "BANKL": bank,
            "IBAN": maybe(rng, 0.5, ib),
            "ZTERM": rng.choice(["Z014", "Z030", "NT00"]),
            "KLIMK": f"{rng.choice([0, 5000, 10000, 25000, 50000])}.00",
            "WAERS": "EUR" if sk else "CZK",
        })
    return t


# =============================================================================================
# Negative-heavy tables: contact data that belongs to businesses, not to people
# =============================================================================================
def t_store_locations() -> Table:
    rng = random.Random(111)
    t = Table("dev", "store_locations_us",
              "US retail chain store directory; English; Title Case headers with spaces; mostly business data")
    for h, p, k in [("Store No", False, "store_id"), ("Store Name", False, "store_name"),
                    ("Street", False, "business_street_address"), ("City", False, "business_city"),
                    ("State", False, "state_code"), ("ZIP", False, "business_postal_code"),
                    ("Store Phone", False, "business_phone"), ("Store Email", False, "functional_mailbox"),
                    ("Store Manager", True, "full_name"), ("Manager Email", True, "email"),
                    ("Manager Mobile", True, "mobile_phone"), ("Opening Hours", False, "opening_hours"),
                    ("Sq Ft", False, "measurement_area"), ("Opened", False, "event_date"),
                    ("Region", False, "sales_region"), ("Latitude", False, "geo_latitude_business"),
                    ("Longitude", False, "geo_longitude_business"), ("Status", False, "store_status"),
                    ("Annual Revenue USD", False, "amount")]:
        t.col(h, p, k)
    regions = {"IL": "Midwest", "TX": "South", "WA": "West", "NY": "Northeast", "GA": "South", "ID": "West",
               "AZ": "West", "OR": "West", "VT": "Northeast", "HI": "West", "ND": "Midwest", "CA": "West",
               "NJ": "Northeast", "NM": "West", "MI": "Midwest", "MA": "Northeast", "TN": "South"}
    malls = ["Westfield", "Crossroads Center", "Town Square", "Riverside Plaza", "Main Street", "Airport"]
    for i in range(220):
        city, st, zp = rng.choice(US_CITIES)
        m = gc.person(rng, "en_US")
        mgr_last = gc.ascii_fold(m["last"]).lower().replace(" ", "").replace("'", "")
        opened = gc.rand_date(rng, D(1988, 1, 1), D(2024, 6, 1))
        t.rows.append({
            "Store No": f"{100 + i * 4:04d}",
            "Store Name": f"{city} {rng.choice(malls)}",
            "Street": f"{rng.randint(1, 9899)} {rng.choice(US_STREETS)}",
            "City": city, "State": st, "ZIP": f"{zp}{rng.randint(1, 99):02d}",
            "Store Phone": us_phone(rng).split(" x")[0],
            "Store Email": f"store{100 + i * 4:04d}@brightmart.com",
            "Store Manager": f"{m['first']} {m['last']}",
            "Manager Email": f"{gc.ascii_fold(m['first'])[0].lower()}.{mgr_last}@brightmart.com",
            "Manager Mobile": maybe(rng, 0.6, us_phone(rng).split(" x")[0]),
            "Opening Hours": rng.choice(["Mo-Sa 9:00-21:00, Su 10:00-18:00", "Daily 8:00-22:00", "24/7",
                                         "Mo-Fr 10:00-20:00"]),
            "Sq Ft": rng.randrange(8000, 120000, 500),
            "Opened": opened.isoformat(),
            "Region": regions[st],
            "Latitude": f"{rng.uniform(25, 48):.6f}", "Longitude": f"{rng.uniform(-124, -70):.6f}",
            "Status": rng.choice(["open", "open", "open", "remodeling", "closed", "planned"]),
            "Annual Revenue USD": f"{rng.uniform(1.5e6, 40e6):.0f}",
        })
    return t


DK_PLACES = [("København K", "1050"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"),
             ("Esbjerg", "6700"), ("Vejle", "7100"), ("Roskilde", "4000"), ("Herning", "7400")]
DK_FIRST = (["Søren", "Mads", "Rasmus", "Jens", "Morten", "Anders", "Kasper", "Bjarke", "Thorkild", "Ejnar"],
            ["Mette", "Camilla", "Sofie", "Pernille", "Ida", "Karen", "Signe", "Dorthe", "Bodil", "Ingeborg"])
DK_LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
           "Rasmussen", "Kjærgaard", "Østergaard", "Vestergaard", "Bækgaard"]


def t_leverandoerer_dk() -> Table:
    rng = random.Random(207)
    t = Table("dev", "leverandoerregister_dk",
              "Danish procurement supplier register; Danish; headers with dots and abbreviations (CVR-nr., Tlf.); "
              "companies with a contact person")
    for h, p, k in [("Lev.nr.", False, "supplier_id"), ("Firmanavn", False, "company_name"),
                    ("CVR-nr.", False, "company_registration_number"), ("Adresse", False, "business_street_address"),
                    ("Postnr.", False, "business_postal_code"), ("By", False, "business_city"),
                    ("Hovednr.", False, "business_phone"), ("Fakturamail", False, "functional_mailbox"),
                    ("Kontaktperson", True, "full_name"), ("Kontakt tlf. (direkte)", True, "phone"),
                    ("Kontakt e-mail", True, "email"), ("Bankkonto (reg.nr./kontonr.)", False,
                                                         "company_bank_account"),
                    ("Betalingsbet.", False, "payment_terms"), ("Kategori", False, "supplier_category"),
                    ("Oprettet", False, "created_at_date"), ("Spærret", False, "boolean"),
                    ("Årl. indkøb (DKK)", False, "amount"), ("Bemærkning", True, "free_text_with_names")]:
        t.col(h, p, k)
    firms = ["Nordisk Emballage", "Jysk Stål", "Fyns Trælast", "Danske Kontorartikler", "Bornholms Bryghus",
             "Vestkyst Transport", "Aarhus IT-Service", "Sjællands Rengøring", "Limfjord Fisk", "Hedens Maskiner"]
    forms = ["A/S", "ApS", "I/S", "K/S"]
    notes = ["", "", "", "Rammeaftale til 2026", "Kontakt {n} ved reklamationer", "Ny kontakt pr. 1/3: {n}",
             "Leverer kun mandag-torsdag", "", "Kreditvurdering OK"]
    for i in range(240):
        first = rng.choice(DK_FIRST[rng.randrange(2)])
        last = rng.choice(DK_LAST)
        city, pc = rng.choice(DK_PLACES)
        firm = f"{rng.choice(firms)} {rng.choice(forms)}"
        dom = gc.ascii_fold(firm.split()[0]).lower().replace("ø", "o").replace("æ", "ae") + ".dk"
        n1, n2 = rng.choice("3456789") + gc.digits(rng, 7), rng.choice("2345") + gc.digits(rng, 7)
        o_first, o_last = rng.choice(DK_FIRST[rng.randrange(2)]), rng.choice(DK_LAST)
        t.rows.append({
            "Lev.nr.": 70000 + i * 3,
            "Firmanavn": firm,
            "CVR-nr.": rng.choice([gc.digits(rng, 8), "DK" + gc.digits(rng, 8)]),
            "Adresse": f"{rng.choice(['Industrivej', 'Havnegade', 'Vestergade', 'Erhvervsparken'])} "
                       f"{rng.randint(1, 120)}",
            "Postnr.": pc, "By": city,
            "Hovednr.": rng.choice([f"+45 {n1[:2]} {n1[2:4]} {n1[4:6]} {n1[6:]}", f"{n1[:2]} {n1[2:4]} {n1[4:6]} "
                                    f"{n1[6:]}"]),
            "Fakturamail": rng.choice(["faktura", "bogholderi", "invoice", "regnskab"]) + "@" + dom,
            "Kontaktperson": f"{first} {last}",
            "Kontakt tlf. (direkte)": maybe(rng, 0.8, f"+45 {n2[:2]} {n2[2:4]} {n2[4:6]} {n2[6:]}"),
            "Kontakt e-mail": f"{gc.ascii_fold(first).lower().replace('ø', 'o')[:3]}"
                              f"{gc.ascii_fold(last).lower().replace('ø', 'o').replace('æ', 'ae')[:3]}@{dom}",
            "Bankkonto (reg.nr./kontonr.)": f"{rng.randint(1000, 9999)} {gc.digits(rng, 10)}",
            "Betalingsbet.": rng.choice(["Netto 30 dage", "Løbende måned + 30", "Netto 8 dage", "Kontant"]),
            "Kategori": rng.choice(["Råvarer", "Emballage", "IT", "Transport", "Facility", "Kontor"]),
            "Oprettet": gc.rand_date(rng, D(2009, 1, 1), D(2024, 9, 1)).strftime("%d-%m-%Y"),
            "Spærret": rng.choice(["Nej", "Nej", "Nej", "Ja"]),
            "Årl. indkøb (DKK)": de_amount(rng.uniform(5000, 4e6)),
            "Bemærkning": rng.choice(notes).format(n=f"{o_first} {o_last}"),
        })
    return t


def main() -> None:
    builders = [t_crm_contacts_us, t_kunden_stamm, t_dossiers_patients, t_payments_export, t_app_users,
                t_empleados, t_legacy_coded, t_clientes_br, t_klanten_nl, t_kaiin_jp,
                t_store_locations, t_pl_sklep, t_ospiti_hotel, t_webhook_flat, t_sv_medlemmar, t_tr_abone,
                t_sap_kna1_cz, t_leverandoerer_dk]
    for b in builders:
        t = b()
        t.write()
        print(f"{t.split}/{t.name}: {len(t.rows)} rows x {len(t.cols)} cols")


if __name__ == "__main__":
    main()
