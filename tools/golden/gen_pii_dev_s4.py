"""Extra PII **dev** tables (session 4): business-heavy tables with a few personal columns.

Written by a session that had seen the masker's code (so NOT blind; dev only). They exist to show the
over-masking classes a people-table-only dev set hides: order lines, quantities, measurements, event
timestamps (also as epoch integers), product / SKU / barcode codes, versions, error codes, system text,
under coded, foreign-language and meaningless headers. Labels follow assets_config/golden_pii/README.md.

Run: /work/main/.venv/bin/python tools/golden/gen_pii_dev_s4.py   (deterministic, standard library only)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string

import golden_common as gc
from gen_pii import Table, maybe

D = dt.date
T = dt.datetime

FI_FIRST = [
    "Matti",
    "Juha",
    "Timo",
    "Kari",
    "Mikko",
    "Veikko",
    "Eero",
    "Onni",
    "Aatu",
    "Tuomas",
    "Ilmari",
    "Anna",
    "Tuula",
    "Päivi",
    "Aino",
    "Helmi",
    "Siiri",
    "Kerttu",
    "Marjatta",
    "Eveliina",
    "Ulla",
    "Venla",
]
FI_LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Kärkkäinen",
    "Väisänen",
    "Ylönen",
    "Räsänen",
    "Hyvärinen",
    "Pitkäranta",
]
FI_STREETS = [
    "Mannerheimintie",
    "Hämeenkatu",
    "Aleksanterinkatu",
    "Kauppakatu",
    "Puistokatu",
    "Koivukuja",
    "Rantatie",
    "Myllytie",
    "Kirkkokatu",
    "Pihlajatie",
]
FI_CITIES = [
    ("Helsinki", "00"),
    ("Espoo", "02"),
    ("Tampere", "33"),
    ("Turku", "20"),
    ("Oulu", "90"),
    ("Jyväskylä", "40"),
    ("Kuopio", "70"),
    ("Lahti", "15"),
    ("Rovaniemi", "96"),
    ("Vaasa", "65"),
]
ID_FIRST = [
    "Budi",
    "Agus",
    "Rudi",
    "Dewi",
    "Sri",
    "Siti",
    "Wahyu",
    "Eko",
    "Putri",
    "Ayu",
    "Bambang",
    "Indah",
    "Rizky",
    "Fajar",
    "Nur",
    "Yohanes",
    "Ketut",
    "Made",
    "Intan",
    "Gilang",
    "Ratna",
    "Hendra",
]
ID_LAST = [
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Kusuma",
    "Nugroho",
    "Pratama",
    "Siregar",
    "Nasution",
    "Simanjuntak",
    "Halim",
    "Tanjung",
    "Lubis",
    "Wibowo",
    "Setiawan",
    "Gunawan",
]


def _name(rng: random.Random, first: list[str], last: list[str]) -> tuple[str, str]:
    return rng.choice(first), rng.choice(last)


def _ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + gc.digits(rng, 12 - len(prefix))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def t_tilaukset_fi() -> Table:
    """Finnish web-shop order lines from an ERP export: upper-case Finnish abbreviations."""
    t = Table(
        "dev",
        "tilausrivit_fi_erp",
        "Finnish web-shop order lines (ERP export); upper-case Finnish "
        "abbreviations; one row per order line, buyer's name and delivery address on each line",
    )
    for h, pii, kind in [
        ("TILNRO", False, "order_id"),
        ("RIVI", False, "line_number"),
        ("TUOTENRO", False, "sku"),
        ("EAN", False, "product_barcode"),
        ("TUOTENIMI", False, "product_name"),
        ("MAARA", False, "quantity"),
        ("AHINTA", False, "unit_price"),
        ("ALV_PROS", False, "vat_rate"),
        ("RIVISUMMA", False, "amount"),
        ("VALUUTTA", False, "currency"),
        ("TILPVM", False, "order_date"),
        ("TOIMPVM", False, "delivery_date"),
        ("TILA", False, "status"),
        ("VARASTO", False, "warehouse_code"),
        ("PAINO_G", False, "weight_grams"),
        ("ASIAKASNRO", False, "customer_id"),
        ("NIMI", True, "full_name"),
        ("LAHIOSOITE", True, "street_address"),
        ("POSTINRO", True, "postal_code"),
        ("TOIMIPAIKKA", True, "city"),
        ("PUH", True, "phone"),
        ("SPOSTI", True, "email"),
        ("KAMPANJA", False, "campaign_code"),
    ]:
        t.col(h, pii, kind)
    rng = random.Random(4101)
    products = [
        (f"{rng.choice('ABCKLMT')}{rng.randint(10000, 99999)}", _ean13(rng, "64"), name, price, grams)
        for name, price, grams in [
            ("Villasukat 3-pack", 19.9, 240),
            ("Kahvinkeitin Moccamaster", 249.0, 3100),
            ("Retkituoli kevyt", 39.5, 1900),
            ("Pannulappu puuvilla", 6.9, 60),
            ("Lumilapio teräs", 34.0, 1450),
            ("Otsalamppu LED 300lm", 29.9, 110),
            ("Termospullo 0,75 l", 24.5, 420),
            ("Saunavihta koivu", 8.5, 350),
            ("Pyöränlukko U", 44.0, 980),
            ("Lasten kumisaappaat", 27.0, 700),
            ("Kynttilä 12 kpl", 9.9, 900),
            ("Leikkuulauta tammi", 32.0, 1300),
        ]
    ]
    customers = []
    for _ in range(90):
        f, la = _name(rng, FI_FIRST, FI_LAST)
        city, pfx = rng.choice(FI_CITIES)
        customers.append(
            {
                "no": rng.randint(200000, 200900),
                "name": f"{f} {la}",
                "street": f"{rng.choice(FI_STREETS)} {rng.randint(1, 80)}"
                + maybe(rng, 0.4, f" {rng.choice('ABCD')} {rng.randint(1, 40)}"),
                "zip": f"{pfx}{rng.randint(100, 990):03d}",
                "city": city,
                "phone": f"+358 {rng.choice(['40', '44', '50'])} {gc.digits(rng, 3)} {gc.digits(rng, 4)}",
                "email": gc.email_for(rng, f, la, ["gmail.com", "suomi24.fi", "outlook.com", "elisa.fi"]),
            }
        )
    order = 5_104_200
    for _ in range(130):
        order += rng.randint(1, 4)
        c = rng.choice(customers)
        day = gc.rand_date(rng, D(2023, 1, 1), D(2024, 10, 1))
        status = rng.choice(["TOIMITETTU", "TOIMITETTU", "TOIMITETTU", "AVOIN", "PERUTTU", "LASKUTETTU"])
        camp = rng.choice(["", "", "BF2023", "JOULU23", "KEVAT24", "ALE-15"])
        for line in range(1, rng.randint(1, 4) + 1):
            sku, ean, name, price, grams = rng.choice(products)
            qty = rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 10])
            t.rows.append(
                {
                    "TILNRO": order,
                    "RIVI": line,
                    "TUOTENRO": sku,
                    "EAN": ean,
                    "TUOTENIMI": name,
                    "MAARA": qty,
                    "AHINTA": f"{price:.2f}".replace(".", ","),
                    "ALV_PROS": "25,5" if day >= D(2024, 9, 1) else "24",
                    "RIVISUMMA": f"{price * qty:.2f}".replace(".", ","),
                    "VALUUTTA": "EUR",
                    "TILPVM": day.strftime("%d.%m.%Y"),
                    "TOIMPVM": maybe(rng, 0.85, (day + dt.timedelta(days=rng.randint(1, 9))).strftime("%d.%m.%Y")),
                    "TILA": status,
                    "VARASTO": rng.choice(["VAN01", "VAN01", "TRE02", "OUL03"]),
                    "PAINO_G": grams * qty,
                    "ASIAKASNRO": c["no"],
                    "NIMI": c["name"],
                    "LAHIOSOITE": c["street"],
                    "POSTINRO": c["zip"],
                    "TOIMIPAIKKA": c["city"],
                    "PUH": c["phone"],
                    "SPOSTI": c["email"],
                    "KAMPANJA": camp,
                }
            )
    return t


def t_app_events() -> Table:
    """Mobile-app analytics events: terse snake_case, epoch-millisecond timestamps."""
    t = Table(
        "dev",
        "app_analytics_events",
        "Mobile-app analytics event export; terse snake_case; epoch "
        "milliseconds; a few identifying columns (advertising id, IP, e-mail hash, display name)",
    )
    for h, pii, kind in [
        ("evt_id", False, "event_uuid"),
        ("evt_name", False, "event_name"),
        ("evt_ts_ms", False, "event_timestamp_epoch_ms"),
        ("sess_id", False, "session_uuid"),
        ("uid", False, "user_id"),
        ("ad_id", True, "advertising_device_id"),
        ("ip", True, "ip_address"),
        ("em_sha256", True, "email_hash"),
        ("disp_nm", True, "display_name"),
        ("dev_model", False, "device_model"),
        ("os_ver", False, "os_version"),
        ("app_ver", False, "app_version"),
        ("ctry", False, "country"),
        ("loc", False, "locale"),
        ("dur_ms", False, "duration_ms"),
        ("scr", False, "screen_name"),
        ("net", False, "network_type"),
        ("batt", False, "battery_pct"),
        ("rev_micros", False, "revenue_micros"),
        ("first_open", False, "boolean"),
    ]:
        t.col(h, pii, kind)
    rng = random.Random(4102)
    users = []
    for i in range(70):
        loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "nl_NL"])
        p = gc.person(rng, loc)
        email = gc.email_for(rng, p["first"], p["last"], ["gmail.com", "icloud.com", "yahoo.com"])
        users.append(
            {
                "uid": 7_300_000 + i * 3,
                "ad": gc.uuid4(rng).upper(),
                "ip": gc.ipv4(rng),
                "em": hashlib.sha256(email.encode()).hexdigest(),
                "nm": rng.choice([f"{p['first']} {p['last'][0]}.", p["first"], f"{p['first']}{rng.randint(1, 99)}"]),
                "model": rng.choice(["iPhone14,2", "iPhone15,3", "SM-S918B", "Pixel 8", "SM-A546B", "iPad13,1"]),
                "os": rng.choice(["17.4.1", "17.5", "14", "13", "16.7.8"]),
                "ctry": loc[-2:],
                "loc": loc,
            }
        )
    ts = T(2024, 5, 1, 0, 0)
    for _ in range(400):
        u = rng.choice(users)
        ts += dt.timedelta(seconds=rng.randint(5, 900))
        name = rng.choice(
            ["screen_view", "screen_view", "tap_button", "purchase", "app_open", "search", "add_to_cart", "login"]
        )
        t.rows.append(
            {
                "evt_id": gc.uuid4(rng),
                "evt_name": name,
                "evt_ts_ms": int(ts.replace(tzinfo=dt.UTC).timestamp() * 1000) + rng.randint(0, 999),
                "sess_id": gc.uuid4(rng),
                "uid": u["uid"],
                "ad_id": u["ad"],
                "ip": u["ip"],
                "em_sha256": u["em"],
                "disp_nm": u["nm"],
                "dev_model": u["model"],
                "os_ver": u["os"],
                "app_ver": rng.choice(["5.12.0", "5.12.1", "5.13.0"]),
                "ctry": u["ctry"],
                "loc": u["loc"],
                "dur_ms": rng.randint(40, 95_000),
                "scr": rng.choice(["home", "search", "product_detail", "cart", "checkout", "profile"]),
                "net": rng.choice(["wifi", "cellular", "wifi"]),
                "batt": rng.randint(3, 100),
                "rev_micros": rng.choice([4_990_000, 9_990_000, 19_990_000]) if name == "purchase" else "",
                "first_open": "true" if name == "app_open" and rng.random() < 0.1 else "false",
            }
        )
    return t


def t_lab_pt() -> Table:
    """Portuguese (Portugal) laboratory results: headers with abbreviations and 'Nº'."""
    t = Table(
        "dev",
        "resultados_laboratorio_pt",
        "Portuguese clinical-lab results, one row per analysis; "
        "headers in Portuguese with abbreviations; patient identity on each row",
    )
    for h, pii, kind in [
        ("Nº Amostra", False, "sample_id"),
        ("Nº Utente SNS", True, "national_health_id"),
        ("Nome Utente", True, "full_name"),
        ("Data Nasc.", True, "birth_date"),
        ("Análise", False, "test_code"),
        ("Resultado", False, "measurement"),
        ("Unidade", False, "unit"),
        ("Ref. Mín.", False, "reference_low"),
        ("Ref. Máx.", False, "reference_high"),
        ("Flag", False, "enum"),
        ("Estado", False, "status"),
        ("Equipamento", False, "instrument_id"),
        ("Lote Reagente", False, "reagent_lot"),
        ("Médico Requisitante", True, "physician_name"),
        ("Validado em", False, "event_timestamp"),
        ("TAT (min)", False, "duration_minutes"),
    ]:
        t.col(h, pii, kind)
    rng = random.Random(4103)
    tests = [
        ("GLU", "mg/dL", 70, 110, 60, 250),
        ("HBA1C", "%", 4.0, 6.0, 4.5, 11.0),
        ("CREA", "mg/dL", 0.6, 1.2, 0.4, 3.0),
        ("HGB", "g/dL", 12.0, 16.0, 8.0, 18.0),
        ("K", "mmol/L", 3.5, 5.1, 2.9, 6.2),
        ("TSH", "mUI/L", 0.4, 4.0, 0.1, 9.0),
        ("PCR", "mg/L", 0, 5, 0.2, 80),
        ("COL-T", "mg/dL", 0, 190, 120, 320),
    ]
    first_m, first_f, last = gc.NAMES["pt_BR"]
    patients = []
    for _ in range(60):
        nm = f"{rng.choice(first_m + first_f)} {rng.choice(last)} {rng.choice(last)}"
        patients.append((gc.digits(rng, 9), nm, gc.rand_date(rng, D(1931, 1, 1), D(2006, 12, 31))))
    doctors = [f"Dr. {rng.choice(first_m)} {rng.choice(last)}" for _ in range(6)] + [
        f"Dra. {rng.choice(first_f)} {rng.choice(last)}" for _ in range(6)
    ]
    sample = 2_409_130_000
    lots = [f"R{rng.randint(23, 24)}{rng.randint(1, 12):02d}{rng.choice('ABC')}{rng.randint(10, 99)}" for _ in range(8)]
    ts = T(2024, 9, 2, 7, 30)
    for _ in range(110):
        sample += rng.randint(1, 40)
        sns, nm, born = rng.choice(patients)
        doc = rng.choice(doctors)
        ts += dt.timedelta(minutes=rng.randint(1, 60))
        for code, unit, lo, hi, vmin, vmax in rng.sample(tests, rng.randint(1, 3)):
            v = rng.uniform(vmin, vmax)
            dec = 0 if code in ("GLU", "COL-T") else 1 if vmax < 20 or code == "PCR" else 2
            flag = "H" if v > hi else "L" if v < lo else "N"
            t.rows.append(
                {
                    "Nº Amostra": sample,
                    "Nº Utente SNS": sns,
                    "Nome Utente": nm,
                    "Data Nasc.": born.strftime("%d/%m/%Y"),
                    "Análise": code,
                    "Resultado": f"{v:.{dec}f}".replace(".", ","),
                    "Unidade": unit,
                    "Ref. Mín.": str(lo).replace(".", ","),
                    "Ref. Máx.": str(hi).replace(".", ","),
                    "Flag": flag,
                    "Estado": rng.choice(["Validado", "Validado", "Validado", "Pendente"]),
                    "Equipamento": rng.choice(["COBAS-C311-01", "COBAS-C311-02", "SYSMEX-XN-1000", "ARCH-i2000"]),
                    "Lote Reagente": rng.choice(lots),
                    "Médico Requisitante": doc,
                    "Validado em": (ts + dt.timedelta(minutes=rng.randint(20, 300))).strftime("%Y-%m-%d %H:%M"),
                    "TAT (min)": rng.randint(18, 420),
                }
            )
    return t


def t_fleet_at() -> Table:
    """Austrian fleet-management trips: upper-case German abbreviations with underscores."""
    t = Table(
        "dev",
        "fuhrpark_fahrten_at",
        "Austrian company fleet trips (telematics export); upper-case "
        "German abbreviations; driver's name and the car's licence plate identify a person",
    )
    for h, pii, kind in [
        ("FAHRT_ID", False, "trip_uuid"),
        ("FZG_NR", False, "vehicle_number"),
        ("KENNZ", True, "licence_plate"),
        ("FZG_TYP", False, "vehicle_model"),
        ("PERS_NR", True, "employee_number"),
        ("FAHRER", True, "full_name"),
        ("START_ZEIT", False, "event_timestamp"),
        ("ENDE_ZEIT", False, "event_timestamp"),
        ("KM_STAND_START", False, "odometer_km"),
        ("KM_STAND_ENDE", False, "odometer_km"),
        ("KM", False, "distance_km"),
        ("VERBR_L", False, "fuel_litres"),
        ("CO2_G_KM", False, "emission_g_km"),
        ("ZWECK", False, "trip_purpose"),
        ("KOSTST", False, "cost_centre"),
        ("STATUS", False, "status"),
        ("PRIVATFAHRT", False, "boolean"),
    ]:
        t.col(h, pii, kind)
    rng = random.Random(4104)
    male, female, last = gc.NAMES["de_DE"]
    plates = ["W", "G", "L", "S", "I", "K", "WU", "GU", "LL", "BN"]
    cars = []
    for i in range(35):
        cars.append(
            {
                "nr": f"F{101 + i:03d}",
                "plate": f"{rng.choice(plates)}-{rng.randint(100, 99999)}"
                f"{rng.choice(['', rng.choice(string.ascii_uppercase)])}",
                "typ": rng.choice(
                    ["VW Passat Variant", "Skoda Octavia Combi", "VW ID.4", "Toyota Corolla TS", "Ford Transit Custom"]
                ),
                "km": rng.randint(8_000, 140_000),
                "pnr": 10_000 + rng.randint(0, 5000),
                "driver": f"{rng.choice(male + female)} {rng.choice(last)}",
                "co2": rng.choice([0, 98, 112, 124, 131, 187]),
            }
        )
    ts = T(2024, 3, 4, 6, 0)
    for _ in range(300):
        c = rng.choice(cars)
        ts += dt.timedelta(minutes=rng.randint(5, 90))
        km = round(rng.uniform(3, 420), 1)
        start_km = c["km"]
        c["km"] += int(km) + 1
        t.rows.append(
            {
                "FAHRT_ID": gc.uuid4(rng),
                "FZG_NR": c["nr"],
                "KENNZ": c["plate"],
                "FZG_TYP": c["typ"],
                "PERS_NR": c["pnr"],
                "FAHRER": c["driver"],
                "START_ZEIT": ts.strftime("%d.%m.%Y %H:%M"),
                "ENDE_ZEIT": (ts + dt.timedelta(minutes=int(km * 1.1) + 5)).strftime("%d.%m.%Y %H:%M"),
                "KM_STAND_START": start_km,
                "KM_STAND_ENDE": c["km"],
                "KM": str(km).replace(".", ","),
                "VERBR_L": "" if c["co2"] == 0 else str(round(km * rng.uniform(0.05, 0.09), 1)).replace(".", ","),
                "CO2_G_KM": c["co2"],
                "ZWECK": rng.choice(["Kundentermin", "Dienstfahrt", "Werkstatt", "Baustelle", "Schulung"]),
                "KOSTST": rng.choice(["KST-4410", "KST-4420", "KST-5100", "KST-6200"]),
                "STATUS": rng.choice(["abgeschlossen", "abgeschlossen", "geprüft", "offen"]),
                "PRIVATFAHRT": rng.choice(["N", "N", "N", "N", "J"]),
            }
        )
    return t


def t_tiket_id() -> Table:
    """Indonesian helpdesk tickets: Indonesian snake_case; system-generated subjects and error codes."""
    t = Table(
        "dev",
        "tiket_helpdesk_id",
        "Indonesian fintech helpdesk tickets; Indonesian snake_case; "
        "reporter identity, NIK and agent user names are personal, the rest is ticket data",
    )
    for h, pii, kind in [
        ("no_tiket", False, "ticket_id"),
        ("tgl_buat", False, "event_timestamp"),
        ("prioritas", False, "enum"),
        ("kategori", False, "category"),
        ("status", False, "status"),
        ("nama_pelapor", True, "full_name"),
        ("email_pelapor", True, "email"),
        ("no_hp", True, "phone"),
        ("nik", True, "national_id_id_nik"),
        ("agen", True, "username"),
        ("judul", False, "system_generated_text"),
        ("kode_error", False, "error_code"),
        ("kanal", False, "channel"),
        ("versi_app", False, "app_version"),
        ("sla_jam", False, "duration_hours"),
        ("waktu_respon_menit", False, "duration_minutes"),
        ("nilai", False, "rating"),
        ("nominal_trx", False, "amount"),
    ]:
        t.col(h, pii, kind)
    rng = random.Random(4105)
    agents = [f"{rng.choice(ID_FIRST).lower()}.{rng.choice(ID_LAST).lower()}" for _ in range(9)]
    subjects = [
        "Gagal login aplikasi versi {v}",
        "Transfer tertunda kode {e}",
        "Saldo tidak bertambah setelah top up",
        "OTP tidak diterima",
        "Permintaan penutupan akun",
        "Error {e} saat pembayaran QRIS",
        "Notifikasi ganda transaksi",
        "Verifikasi KYC gagal kode {e}",
    ]
    ts = T(2024, 6, 1, 8, 0)
    for i in range(260):
        f, la = _name(rng, ID_FIRST, ID_LAST)
        ts += dt.timedelta(minutes=rng.randint(3, 120))
        err = rng.choice(["ERR-4012", "ERR-5003", "TRX-0098", "KYC-0412", "ERR-4290", ""])
        ver = rng.choice(["3.2.1", "3.2.0", "3.1.9", "3.3.0-beta"])
        prov = rng.choice(["31", "32", "33", "35", "51", "73"])
        born = gc.rand_date(rng, D(1960, 1, 1), D(2004, 12, 31))
        day = born.day + (40 if rng.random() < 0.5 else 0)
        t.rows.append(
            {
                "no_tiket": f"TKT-2024-{40_000 + i * 2 + rng.randint(0, 1):06d}",
                "tgl_buat": ts.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                "prioritas": rng.choice(["P1", "P2", "P3", "P3", "P4"]),
                "kategori": rng.choice(["Login", "Transfer", "Top Up", "KYC", "Pembayaran", "Akun"]),
                "status": rng.choice(["Selesai", "Selesai", "Diproses", "Menunggu Nasabah", "Eskalasi"]),
                "nama_pelapor": f"{f} {la}" if rng.random() < 0.8 else f,
                "email_pelapor": gc.email_for(rng, f, la, ["gmail.com", "yahoo.co.id", "ymail.com"]),
                "no_hp": rng.choice(["+62 8", "08", "628"]) + f"{rng.randint(11, 59)}{gc.digits(rng, 8)}",
                "nik": f"{prov}{rng.randint(1, 79):02d}{rng.randint(1, 40):02d}{day:02d}{born.month:02d}"
                f"{born.year % 100:02d}{rng.randint(1, 999):04d}",
                "agen": rng.choice(agents),
                "judul": rng.choice(subjects).format(v=ver, e=err or "ERR-5000"),
                "kode_error": err,
                "kanal": rng.choice(["Aplikasi", "Email", "WhatsApp", "Call Center"]),
                "versi_app": ver,
                "sla_jam": rng.choice([4, 8, 24, 48]),
                "waktu_respon_menit": rng.randint(1, 2900),
                "nilai": maybe(rng, 0.6, rng.randint(1, 5)),
                "nominal_trx": maybe(rng, 0.5, f"{rng.randint(10, 5000) * 1000}"),
            }
        )
    return t


HU_FIRST = [
    "László",
    "István",
    "Zoltán",
    "Gábor",
    "Ferenc",
    "Botond",
    "Levente",
    "Csongor",
    "Ákos",
    "Zsolt",
    "Katalin",
    "Erzsébet",
    "Ildikó",
    "Zsuzsanna",
    "Réka",
    "Boglárka",
    "Enikő",
    "Piroska",
    "Hajnalka",
    "Tünde",
]
HU_LAST = [
    "Nagy",
    "Kovács",
    "Tóth",
    "Szabó",
    "Horváth",
    "Varga",
    "Kiss",
    "Molnár",
    "Németh",
    "Farkas",
    "Balogh",
    "Papp",
    "Lakatos",
    "Takács",
    "Juhász",
    "Oláh",
    "Mészáros",
    "Szűcs",
    "Bíró",
    "Fekete",
]
HU_CITIES = [
    ("Budapest", "1"),
    ("Debrecen", "40"),
    ("Szeged", "67"),
    ("Miskolc", "35"),
    ("Pécs", "76"),
    ("Győr", "90"),
    ("Nyíregyháza", "44"),
    ("Kecskemét", "60"),
]


def t_ugyfel_hu() -> Table:
    """Hungarian utility customer master with Hungarian-notation headers (type prefix + Hungarian words)."""
    t = Table(
        "dev",
        "ugyfel_torzs_hu",
        "Hungarian utility customer master; Hungarian-notation headers (str/int/"
        "dt/dec/bln prefixes + Hungarian words); one row per customer",
    )
    for h, pii, kind in [
        ("intUgyfelAzon", False, "customer_id"),
        ("strVezetekNev", True, "surname"),
        ("strKeresztNev", True, "given_name"),
        ("strAnyjaNeve", True, "mothers_name"),
        ("dtSzuletes", True, "birth_date"),
        ("strAdoazonosito", True, "tax_id"),
        ("strIrsz", True, "postal_code"),
        ("strVaros", True, "city"),
        ("strUtca", True, "street"),
        ("strTelefon", True, "phone"),
        ("strEmail", True, "email"),
        ("strNem", False, "gender"),
        ("strNyelv", False, "language"),
        ("strStatusz", False, "status"),
        ("strSzegmens", False, "segment"),
        ("dtRegisztracio", False, "registration_date"),
        ("decEgyenleg", False, "balance_amount"),
        ("blnHirlevel", False, "boolean"),
        ("lngSzerzodesSzam", False, "contract_number"),
        ("strTarifa", False, "tariff_code"),
    ]:
        t.col(h, pii, kind)
    rng = random.Random(4106)
    contract = 30_050_000
    for i in range(280):
        sex = rng.choice("MF")
        first = rng.choice(HU_FIRST[:10] if sex == "M" else HU_FIRST[10:])
        last = rng.choice(HU_LAST)
        city, pfx = rng.choice(HU_CITIES)
        zip_ = f"{pfx}{gc.digits(rng, 4 - len(pfx))}"
        born = gc.rand_date(rng, D(1938, 1, 1), D(2004, 12, 31))
        contract += rng.randint(1, 3)
        t.rows.append(
            {
                "intUgyfelAzon": 100_400 + i,
                "strVezetekNev": last,
                "strKeresztNev": first,
                "strAnyjaNeve": f"{rng.choice(HU_LAST)} {rng.choice(HU_FIRST[10:])}",
                "dtSzuletes": born.strftime("%Y.%m.%d."),
                "strAdoazonosito": "8" + gc.digits(rng, 9),
                "strIrsz": zip_,
                "strVaros": city,
                "strUtca": f"{rng.choice(['Petőfi', 'Kossuth', 'Rákóczi', 'Dózsa György', 'Ady Endre'])} "
                f"{rng.choice(['utca', 'út', 'tér'])} {rng.randint(1, 140)}.",
                "strTelefon": f"+36 {rng.choice(['20', '30', '70'])} {gc.digits(rng, 3)} {gc.digits(rng, 4)}",
                "strEmail": gc.email_for(rng, first, last, ["freemail.hu", "gmail.com", "citromail.hu"]),
                "strNem": "F" if sex == "M" else "N",
                "strNyelv": rng.choice(["hu", "hu", "hu", "en", "de"]),
                "strStatusz": rng.choice(["aktív", "aktív", "aktív", "felfüggesztett", "megszűnt"]),
                "strSzegmens": rng.choice(["lakossági", "lakossági", "kisvállalati", "KKV"]),
                "dtRegisztracio": gc.rand_date(rng, D(2012, 1, 1), D(2024, 8, 31)).strftime("%Y.%m.%d."),
                "decEgyenleg": f"{rng.uniform(-40000, 15000):.2f}",
                "blnHirlevel": rng.choice(["0", "1"]),
                "lngSzerzodesSzam": contract,
                "strTarifa": rng.choice(["A1", "A2", "B", "GEO", "H"]),
            }
        )
    return t


RO_FIRST = [
    "Andrei",
    "Mihai",
    "Ionuț",
    "Alexandru",
    "Florin",
    "Costel",
    "Vlad",
    "Ioana",
    "Elena",
    "Maria",
    "Andreea",
    "Cristina",
    "Roxana",
    "Mădălina",
    "Florentina",
    "Georgiana",
]
RO_LAST = [
    "Popescu",
    "Ionescu",
    "Popa",
    "Dumitru",
    "Stan",
    "Stoica",
    "Gheorghe",
    "Munteanu",
    "Constantinescu",
    "Dobre",
    "Bălan",
    "Ursu",
    "Lungu",
    "Enache",
    "Nistor",
    "Rădulescu",
]


def t_crm_webhook_ro() -> Table:
    """Romanian CRM contact webhooks flattened from JSON: dotted paths."""
    t = Table(
        "dev",
        "crm_contact_webhooks_ro",
        "CRM contact-change webhooks of a Romanian B2C company, flattened "
        "from JSON; dotted paths; one row per event, several events per contact",
    )
    for h, pii, kind in [
        ("event.id", False, "event_id"),
        ("event.type", False, "event_type"),
        ("event.occurred_at", False, "event_timestamp"),
        ("event.attempt", False, "count"),
        ("portal.id", False, "tenant_id"),
        ("contact.id", False, "contact_id"),
        ("contact.properties.firstname", True, "given_name"),
        ("contact.properties.lastname", True, "surname"),
        ("contact.properties.email", True, "email"),
        ("contact.properties.mobilephone", True, "phone"),
        ("contact.properties.city", True, "city"),
        ("contact.properties.county", False, "region"),
        ("contact.properties.lifecyclestage", False, "enum"),
        ("contact.properties.lead_status", False, "status"),
        ("contact.properties.num_visits", False, "count"),
        ("contact.properties.source", False, "channel"),
        ("changed.property", False, "field_name"),
        ("signature.v", False, "version"),
    ]:
        t.col(h, pii, kind)
    rng = random.Random(4107)
    counties = [
        ("București", "B"),
        ("Cluj-Napoca", "CJ"),
        ("Iași", "IS"),
        ("Timișoara", "TM"),
        ("Brașov", "BV"),
        ("Constanța", "CT"),
        ("Sibiu", "SB"),
        ("Oradea", "BH"),
        ("Craiova", "DJ"),
    ]
    contacts = []
    for i in range(110):
        f, la = rng.choice(RO_FIRST), rng.choice(RO_LAST)
        city, county = rng.choice(counties)
        contacts.append(
            {
                "id": 551_000_000 + i * 7 + rng.randint(0, 6),
                "f": f,
                "l": la,
                "city": city,
                "county": county,
                "em": gc.email_for(rng, f, la, ["yahoo.com", "gmail.com", "yahoo.ro"]),
                "ph": f"+40 7{rng.randint(20, 89)} {gc.digits(rng, 3)} {gc.digits(rng, 3)}",
                "visits": rng.randint(0, 3),
                "stage": "lead",
            }
        )
    ts = T(2024, 4, 2, 9, 0)
    for _ in range(360):
        c = rng.choice(contacts)
        ts += dt.timedelta(seconds=rng.randint(30, 4000))
        c["visits"] += rng.randint(0, 2)
        c["stage"] = rng.choice(["lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"])
        t.rows.append(
            {
                "event.id": f"evt_{gc.token(rng, 20, string.ascii_lowercase + string.digits)}",
                "event.type": rng.choice(["contact.propertyChange", "contact.creation", "contact.merge"]),
                "event.occurred_at": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "event.attempt": rng.choice([0, 0, 0, 1, 2]),
                "portal.id": 24_117_803,
                "contact.id": c["id"],
                "contact.properties.firstname": c["f"],
                "contact.properties.lastname": c["l"],
                "contact.properties.email": c["em"],
                "contact.properties.mobilephone": c["ph"],
                "contact.properties.city": c["city"],
                "contact.properties.county": c["county"],
                "contact.properties.lifecyclestage": c["stage"],
                "contact.properties.lead_status": rng.choice(
                    ["NEW", "OPEN", "IN_PROGRESS", "CONNECTED", "UNQUALIFIED"]
                ),
                "contact.properties.num_visits": c["visits"],
                "contact.properties.source": rng.choice(
                    ["ORGANIC_SEARCH", "PAID_SOCIAL", "EMAIL_MARKETING", "DIRECT_TRAFFIC"]
                ),
                "changed.property": rng.choice(
                    ["lifecyclestage", "hs_lead_status", "num_visits", "email", "mobilephone"]
                ),
                "signature.v": rng.choice(["v1", "v2", "v3"]),
            }
        )
    return t



CH_FIRST = ["Reto", "Urs", "Beat", "Luca", "Noah", "Gian", "Corinne", "Seraina", "Nadine", "Mirjam", "Aline", "Ladina"]
CH_LAST = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Brunner", "Baumann", "Gerber", "Bachmann",
           "Zimmermann", "Caduff", "Rochat", "Favre"]


def t_abo_ch() -> Table:
    """Swiss subscription billing: card brand, last four digits and expiry, but no card number."""
    t = Table("dev", "abo_rechnungen_ch", "Swiss subscription-billing invoices (German/French mix, snake_case); "
              "card brand, last four digits and expiry month/year only (no card number: not cardholder data)")
    for h, pii, kind in [("rechnung_nr", False, "invoice_id"), ("kunden_ref", False, "customer_id"),
                         ("abo_plan", False, "plan"), ("betrag_chf", False, "amount"),
                         ("card_brand", False, "card_brand"), ("card_last4", False, "card_last4"),
                         ("card_exp_month", False, "card_expiry_month"), ("card_exp_year", False, "card_expiry_year"),
                         ("billing_name", True, "full_name"), ("billing_email", True, "email"),
                         ("billing_npa", True, "postal_code"), ("bezahlt_am", False, "event_timestamp"),
                         ("statut", False, "status"), ("mahnstufe", False, "dunning_level")]:
        t.col(h, pii, kind)
    rng = random.Random(4108)
    subs = []
    for i in range(120):
        f, la = rng.choice(CH_FIRST), rng.choice(CH_LAST)
        subs.append({"ref": f"K{70_000 + i * 2}", "plan": rng.choice(["Basic", "Plus", "Family", "Business"]),
                     "brand": rng.choice(["visa", "mastercard", "amex", "twint"]), "last4": gc.digits(rng, 4),
                     "m": rng.randint(1, 12), "y": rng.randint(2025, 2030), "name": f"{f} {la}",
                     "em": gc.email_for(rng, f, la, ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"]),
                     "npa": str(rng.randint(1000, 9658))})
    ts = T(2024, 1, 3, 6, 0)
    for i in range(300):
        sub = rng.choice(subs)
        ts += dt.timedelta(minutes=rng.randint(10, 900))
        price = {"Basic": 9.9, "Plus": 19.9, "Family": 29.9, "Business": 49.0}[sub["plan"]]
        status = rng.choice(["bezahlt", "bezahlt", "bezahlt", "payé", "offen", "échoué"])
        t.rows.append({"rechnung_nr": f"RE-24-{10_000 + i}", "kunden_ref": sub["ref"], "abo_plan": sub["plan"],
                       "betrag_chf": f"{price:.2f}", "card_brand": sub["brand"], "card_last4": sub["last4"],
                       "card_exp_month": sub["m"], "card_exp_year": sub["y"], "billing_name": sub["name"],
                       "billing_email": sub["em"], "billing_npa": sub["npa"],
                       "bezahlt_am": ts.strftime("%Y-%m-%d %H:%M:%S") if status in ("bezahlt", "payé") else "",
                       "statut": status, "mahnstufe": rng.choice([0, 0, 0, 1, 2, 3])})
    return t


def main() -> None:
    for b in (t_tilaukset_fi, t_app_events, t_lab_pt, t_fleet_at, t_tiket_id, t_ugyfel_hu, t_crm_webhook_ro, t_abo_ch):
        t = b()
        t.write()
        print(f"{t.split}/{t.name}: {len(t.rows)} rows x {len(t.cols)} cols")


if __name__ == "__main__":
    main()
