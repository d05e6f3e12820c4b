# ruff: noqa
"""Blind synth set 5: transformation-by-example tasks (standard library only, deterministic).

Written blind from general knowledge of real-world exports. 30 core reshaping tasks (extraction,
reordering, phones, names, codes, mixed-format dates, money, case/whitespace, units) and 30 tasks from
other migration families (legacy/mainframe exports, ERP, CRM, HR, health, finance, logistics, locales).

Run: /work/main/.venv/bin/python tools/golden/gen_synth_blind5.py -> assets_config/golden_synth/blind/tasks.jsonl
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import golden_common as gc
import synth_common as sc
from synth_common import Task, dec, digits, parse_money


RNG = random.Random(20261207)


def plain(d: Decimal) -> str:
    """Minimal decimal text without exponent: 12.500 -> 12.5, 100 -> 100."""
    d = d.normalize()
    s = format(d, "f")
    return s


# =============================================================================================
# Core reshaping kinds
# =============================================================================================
def email_domain(s: str) -> str:
    m = re.search(r"@([^>\s]+)", s)
    return m.group(1).lower() if m else ""


def invoice_ref(s: str) -> str:
    m = re.search(r"\bINV-\d{4}-\d{5}\b", s, re.IGNORECASE)
    return m.group(0).upper() if m else ""


def us_zip(s: str) -> str:
    return re.search(r"(\d{5})(?:-\d{4})?\s*$", s).group(1)


def de_house_no(s: str) -> str:
    return re.search(r"(\d+[a-z]?(?:-\d+[a-z]?)?)\s*$", s).group(1)


def last_comma_first(s: str) -> str:
    last, first = s.split(", ", 1)
    return f"{first} {last}"


def initials(s: str) -> str:
    parts = s.split()
    return " ".join(p[0] + "." for p in parts[:-1]) + " " + parts[-1]


def de_phone(s: str) -> str:
    d = digits(s)
    if s.strip().startswith("+49"):
        d = d[2:]
    return "+49" + d.lstrip("0")


def fr_phone(s: str) -> str:
    d = digits(s)[1:]
    return f"+33 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}"


def uk_mobile(s: str) -> str:
    d = digits(s)
    if s.strip().startswith("+44"):
        d = d[2:]
    d = d.lstrip("0")
    return f"+44 {d[:4]} {d[4:]}"


def br_phone(s: str) -> str:
    d = digits(s)
    if s.strip().startswith("+55"):
        d = d[2:]
    return "+55" + d


def jp_phone(s: str) -> str:
    first, rest = s.split("-", 1)
    return f"+81-{first[1:]}-{rest}"


def parse_date_multi(s: str, fmts: list[str]) -> dt.date:
    for f in fmts:
        try:
            return dt.datetime.strptime(s, f).date()
        except ValueError:
            pass
    raise ValueError(s)


def date_eu_mixed(s: str) -> str:
    return parse_date_multi(s, ["%Y-%m-%d", "%d.%m.%Y", "%d %b %Y"]).isoformat()


def date_us_mixed(s: str) -> str:
    return parse_date_multi(s, ["%m/%d/%Y", "%m/%d/%y", "%B %d, %Y"]).isoformat()


def ts_to_ddmmyyyy(s: str) -> str:
    y, m, d = s[:10].split("-")
    return f"{d}/{m}/{y}"


def quarter(s: str) -> str:
    y, m, _ = s.split("-")
    return f"{y}-Q{(int(m) - 1) // 3 + 1}"


def usd_accounting(s: str) -> str:
    return dec(parse_money(s), 2)


def eur_amount(s: str) -> str:
    return dec(parse_money(s), 2)


SYM = {"$": "USD", "€": "EUR", "£": "GBP"}


def symbol_to_code(s: str) -> str:
    return f"{SYM[s[0]]} {dec(parse_money(s), 2)}"


def kmb(s: str) -> str:
    m = re.fullmatch(r"\$([\d.]+)([KM]?)", s)
    mult = {"": 1, "K": 1000, "M": 1000000}[m.group(2)]
    return plain(Decimal(m.group(1)) * mult)


def pct_fraction(s: str) -> str:
    return plain(Decimal(s.replace("%", "").strip()) / 100)


def collapse_ws(s: str) -> str:
    return " ".join(s.split())


def camel_to_snake(s: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.lower()


def ft_in_cm(s: str) -> str:
    m = re.fullmatch(r"(\d+)'(\d+)\"", s)
    inches = int(m.group(1)) * 12 + int(m.group(2))
    return dec(Decimal(inches) * Decimal("2.54"), 0)


def temp_c(s: str) -> str:
    m = re.fullmatch(r"([\d.]+) °([CF])", s)
    v = Decimal(m.group(1))
    if m.group(2) == "F":
        v = (v - 32) * 5 / 9
    return dec(v, 1)


def vol_ml(s: str) -> str:
    m = re.fullmatch(r"([\d.]+) (ml|cl|L)", s)
    return plain(Decimal(m.group(1)) * {"ml": 1, "cl": 10, "L": 1000}[m.group(2)])


def hm_minutes(s: str) -> str:
    h = re.search(r"(\d+)h", s)
    m = re.search(r"(\d+)m", s)
    return str((int(h.group(1)) if h else 0) * 60 + (int(m.group(1)) if m else 0))


def inv_pad(s: str) -> str:
    return "INV-" + digits(s).zfill(6)


def uk_postcode(s: str) -> str:
    t = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return f"{t[:-3]} {t[-3:]}"


def iban_group(s: str) -> str:
    return gc.group4(re.sub(r"\s", "", s).upper())


def core_tasks() -> list[Task]:
    ibans = [gc.iban(RNG, c) for c in ["DE", "FR", "GB", "NL", "ES", "IT", "BE", "AT", "PL", "CH"]]
    iban_rows = [
        ibans[0],
        " ".join(ibans[1][i:i + 4] for i in range(0, len(ibans[1]), 4)).lower(),
        ibans[2][:10] + " " + ibans[2][10:],
        ibans[3],
        gc.group4(ibans[4]).lower(),
        ibans[5],
        ibans[6][:8] + " " + ibans[6][8:],
        gc.group4(ibans[7]),
        ibans[8].lower(),
        ibans[9],
    ]
    return [
        Task("email_domain_01", "extract",
             "Extract the mail domain from a CRM contact e-mail field (sometimes with a display name), lower-cased.",
             ["contact_email"], [
                 "k.nowak@firma.com.pl",
                 "Anna.Weber@Stadtwerke-Ulm.DE",
                 "Søren Holm <soren.holm@nordlys.dk>",
                 "info@bodega-quiroga.es",
                 "Marie-Thérèse Lefèvre <mt.lefevre@Mairie-Quimper.fr>",
                 "T.OKAFOR@LAGOS-FREIGHT.COM.NG",
                 "ayse.yilmaz@kaya-tekstil.com.tr",
                 "Jelle de Boer <jelle@boer-agro.nl>",
                 "sales@shop.example.co.uk",
             ], fn=email_domain),
        Task("memo_invoice_ref_01", "extract",
             "Pull the invoice reference out of a free-text bank transfer memo; upper-case; empty if none.",
             ["remittance_info"], [
                 "Payment INV-2024-00831 thank you",
                 "SEPA-UEBERWEISUNG RE inv-2023-11902 KD 4471",
                 "Refund without reference",
                 "INV-2024-00017 partial payment 50%",
                 "Virement facture inv-2024-01277 Dupont SARL",
                 "Abschlag Mai",
                 "ref: INV-2022-09315 / PO 88123",
                 "Pago factura INV-2024-00402",
                 "PAYROLL MARCH",
             ], fn=invoice_ref),
        Task("us_zip_from_city_line_01", "extract",
             "Take the 5-digit ZIP code from a US 'City, ST ZIP' address line (drop ZIP+4 suffix).",
             ["city_state_zip"], [
                 "Austin, TX 78701",
                 "Portland, OR 97205-3401",
                 "SAINT PAUL MN 55101",
                 "Burlington, VT 05401",
                 "Kansas City, MO 64106-2210",
                 "NEW YORK NY 10013",
                 "Honolulu, HI 96813",
                 "Salt Lake City, UT 84111-1904",
             ], fn=us_zip),
        Task("de_house_number_01", "extract",
             "Split the house number (with letter suffix or range) off a German street field.",
             ["strasse"], [
                 "Hauptstraße 12",
                 "Am Alten Markt 3a",
                 "Berliner Allee 101-103",
                 "Kurfürstendamm 21",
                 "Zum Sandberg 7b",
                 "Oberer Graben 4-6",
                 "Ringstraße 150",
                 "An der Kirche 1",
             ], fn=de_house_no),
        Task("name_last_comma_first_01", "name",
             "Turn 'Surname, Given names' into 'Given names Surname' (multi-word surnames and given names stay intact).",
             ["name_sorted"], [
                 "Kowalczyk, Przemysław",
                 "van der Meulen, Jelle",
                 "García López, María del Carmen",
                 "Nguyen, Thanh",
                 "Pfeiffer-Liebig, Hans-Joachim",
                 "de La Rochefoucauld, Bérénice",
                 "O'Sullivan, Saoirse",
                 "Fernández de Córdoba, José María",
                 "Brzęczyszczykiewicz, Grzegorz",
             ], fn=last_comma_first),
        Task("name_initials_surname_01", "name",
             "Abbreviate every given name to its initial followed by a period; keep the surname.",
             ["full_name"], [
                 "Anna Maria Kowalska",
                 "Lukas Becker",
                 "Łukasz Żak",
                 "Ingrid Lindqvist",
                 "Jan Pieter Visser",
                 "Émilie Rousseau",
                 "Tomasz Wiesław Mazur",
                 "Zoë Abernathy",
                 "Ólafur Jónsson",
             ], fn=initials),
        Task("name_upper_to_title_01", "case",
             "Proper-case names from a legacy all-caps (or all-lower) export, keeping hyphens and apostrophes.",
             ["cust_name"], [
                 "HANS-JOACHIM SCHRÖDER",
                 "SAOIRSE O'SULLIVAN",
                 "anna weber",
                 "JEAN-PIERRE LEFÈVRE",
                 "CARMELA D'ANGELO",
                 "ÅSA LINDSTRÖM",
                 "yusuf yılmaz",
                 "MARIE-CLAIRE N'DIAYE",
                 "BOŻENA WOŹNIAK",
             ], fn=lambda s: s.title()),
        Task("phone_de_e164_01", "phone",
             "German landline/mobile numbers in national notation to compact E.164.",
             ["telefon"], [
                 "0351 4567890",
                 "(030) 12 34 56 78",
                 "+49 (0)89 2345-678",
                 "0221 9876543",
                 "(040) 55 66 77 88",
                 "+49 (0)6221 54-321",
                 "0170 1234567",
                 "(0711) 23 45 67",
                 "+49 (0)30 8899-001",
             ], fn=de_phone),
        Task("phone_fr_intl_spaced_01", "phone",
             "French 10-digit numbers (spaces, dots or none) to international format in pairs.",
             ["tel"], [
                 "06 12 34 56 78",
                 "0145678901",
                 "04.91.23.45.67",
                 "07 81 22 33 44",
                 "0388123456",
                 "02.99.87.65.43",
                 "06 98 76 54 32",
                 "0556443322",
             ], fn=fr_phone),
        Task("phone_uk_mobile_01", "phone",
             "UK mobile numbers to '+44 7xxx xxxxxx'.",
             ["mobile"], [
                 "07700 900123",
                 "+44 (0)7700 900456",
                 "07700900789",
                 "07911 123456",
                 "+44 (0)7456 789012",
                 "07400123987",
                 "07700 900002",
                 "+44 (0)7833 210987",
             ], fn=uk_mobile),
        Task("phone_br_e164_01", "phone",
             "Brazilian numbers with area code (landline 8 digits, mobile 9 digits) to compact E.164.",
             ["telefone"], [
                 "(11) 98765-4321",
                 "(21) 3456-7890",
                 "+55 31 99876-5432",
                 "(85) 3261-4455",
                 "(41) 99123-8877",
                 "+55 61 3333-2211",
                 "(11) 4004-1234",
                 "+55 71 98111-2233",
             ], fn=br_phone),
        Task("phone_jp_intl_01", "phone",
             "Japanese domestic numbers (variable area-code length) to +81 with the trunk 0 dropped.",
             ["denwa"], [
                 "03-1234-5678",
                 "090-2345-6789",
                 "0120-123-456",
                 "045-123-4567",
                 "080-1111-2222",
                 "052-987-6543",
                 "06-6123-4567",
                 "070-3333-4444",
                 "0466-22-1234",
             ], fn=jp_phone),
        Task("date_mixed_eu_iso_01", "date",
             "One column mixing ISO, German dotted and '7 Mar 2024' dates -> ISO 8601.",
             ["belegdatum"], [
                 "2024-03-07",
                 "15.11.2023",
                 "1 Feb 2024",
                 "29.02.2024",
                 "2023-12-31",
                 "12 Oct 2022",
                 "03.01.2025",
                 "2021-06-30",
                 "28 Aug 2023",
             ], fn=date_eu_mixed),
        Task("date_mixed_us_iso_01", "date",
             "US-style dates (m/d/yyyy, mm/dd/yy, 'Month d, yyyy') in one column -> ISO 8601.",
             ["order_date"], [
                 "3/7/2024",
                 "11/05/23",
                 "March 17, 2024",
                 "12/31/2023",
                 "1/9/2024",
                 "07/04/22",
                 "September 15, 2023",
                 "2/29/2024",
                 "October 1, 2021",
             ], fn=date_us_mixed),
        Task("timestamp_to_ddmmyyyy_01", "date",
             "Keep only the calendar date of an ISO timestamp, written DD/MM/YYYY (no time-zone shift).",
             ["created_ts"], [
                 "2024-03-07T14:22:05Z",
                 "2023-12-31 23:59:59",
                 "2024-01-02T08:15:00.123Z",
                 "2022-06-30 00:00:00",
                 "2024-11-11T11:11:11Z",
                 "2023-02-28T17:45:30.500Z",
                 "2021-09-01 12:00:00",
             ], fn=ts_to_ddmmyyyy),
        Task("date_to_quarter_01", "date",
             "Reporting quarter of an ISO date as 'YYYY-Qn'.",
             ["posting_date"], [
                 "2024-03-07",
                 "2023-11-20",
                 "2024-07-01",
                 "2024-04-30",
                 "2022-12-31",
                 "2023-01-01",
                 "2024-06-15",
                 "2023-09-30",
             ], fn=quarter),
        Task("money_usd_accounting_01", "money",
             "US accounting-format dollar amounts (parentheses = negative) to plain signed decimals.",
             ["amount_usd"], [
                 "$1,234.50",
                 "($89.00)",
                 "$12",
                 "$0.99",
                 "($1,250,000.00)",
                 "$45,000",
                 "($3.10)",
                 "$987,654.32",
             ], fn=usd_accounting),
        Task("money_eur_formats_01", "money",
             "Euro amounts from German (1.234,56) and French (12 345,00 with narrow no-break space) "
             "exports to plain decimals.",
             ["montant"], [
                 "1.234,56 €",
                 "12\u202f345,00 €",
                 "-250,00 €",
                 "3.999,00 €",
                 "1\u202f000\u202f000,00 €",
                 "0,49 €",
                 "-1.050,75 €",
                 "745\u202f120,10 €",
             ], fn=eur_amount),
        Task("money_symbol_to_code_01", "money",
             "Prefix the ISO currency code for the symbol and normalise the amount (US or EU separators).",
             ["price"], [
                 "£1,200",
                 "€12.500,50",
                 "$75.99",
                 "$1,999.99",
                 "€3,20",
                 "£49.95",
                 "€980",
                 "$250",
             ], fn=symbol_to_code),
        Task("money_kmb_suffix_01", "money",
             "CRM deal sizes with K/M suffixes to whole numbers.",
             ["deal_size"], [
                 "$1.2M",
                 "$350K",
                 "$900",
                 "$2.75M",
                 "$45K",
                 "$12.5K",
                 "$3M",
                 "$780",
             ], fn=kmb),
        Task("percent_to_fraction_01", "number",
             "Percent strings to a fraction without trailing zeros.",
             ["discount_pct"], [
                 "12.5%",
                 "7 %",
                 "100%",
                 "0.5%",
                 "19%",
                 "33.33 %",
                 "2.75%",
                 "50%",
             ], fn=pct_fraction),
        Task("whitespace_collapse_01", "whitespace",
             "Trim and collapse runs of spaces, tabs and no-break spaces in company names.",
             ["company"], [
                 "  ACME   Industrial  Supply ",
                 "Müller\tGmbH & Co. KG",
                 "Nordlys  AS\u00a0",
                 " Quiroga\u00a0Hermanos  S.L.",
                 "Kaya Tekstil\t\tA.Ş.",
                 "   Tran & Le  Pty Ltd",
                 "Brambilla  S.p.A.  ",
                 "van 't Hof\u00a0\u00a0B.V.",
             ], fn=collapse_ws),
        Task("camel_to_snake_01", "case",
             "API field names in camelCase (with acronyms and digits) to snake_case column names.",
             ["json_key"], [
                 "customerFirstName",
                 "orderID",
                 "billingAddressLine2",
                 "shipToPostalCode",
                 "createdAt",
                 "vatID",
                 "addressLine1",
                 "isActive",
                 "lastLoginIP",
             ], fn=camel_to_snake),
        Task("height_ft_in_to_cm_01", "units",
             "Height in feet and inches to whole centimetres (1 in = 2.54 cm, rounded half-up).",
             ["height"], [
                 "5'11\"",
                 "6'0\"",
                 "5'4\"",
                 "5'7\"",
                 "6'2\"",
                 "4'11\"",
                 "5'9\"",
                 "6'5\"",
             ], fn=ft_in_cm),
        Task("temp_mixed_to_celsius_01", "units",
             "Body temperature recorded in °F or °C -> °C with one decimal.",
             ["temp"], [
                 "98.6 °F",
                 "37.8 °C",
                 "101.3 °F",
                 "99.5 °F",
                 "36.6 °C",
                 "102.2 °F",
                 "38.1 °C",
                 "97.9 °F",
             ], fn=temp_c),
        Task("volume_to_ml_01", "units",
             "Beverage pack sizes in ml, cl or L to millilitres.",
             ["pack_size"], [
                 "750 ml",
                 "1.5 L",
                 "33 cl",
                 "500 ml",
                 "0.75 L",
                 "25 cl",
                 "2 L",
                 "20 cl",
                 "1 L",
             ], fn=vol_ml),
        Task("duration_hm_to_minutes_01", "units",
             "Ticket effort like '1h 30m' to total minutes.",
             ["time_spent"], [
                 "1h 30m",
                 "45m",
                 "2h",
                 "3h 15m",
                 "10m",
                 "1h",
                 "12h 5m",
                 "0h 50m",
             ], fn=hm_minutes),
        Task("invoice_code_pad_01", "code",
             "Normalise hand-typed invoice numbers to 'INV-' plus 6 zero-padded digits.",
             ["invoice_no"], [
                 "inv 42",
                 "INV-0815",
                 "Inv#12345",
                 "inv 7",
                 "INV-31337",
                 "Inv#900",
                 "INV-0001",
                 "inv 123456",
             ], fn=inv_pad),
        Task("uk_postcode_format_01", "code",
             "UK postcodes to upper case with a single space before the inward code.",
             ["postcode"], [
                 "sw1a1aa",
                 "EC1A 1BB",
                 "m1  1ae",
                 "w1a0ax",
                 "B33 8TH",
                 "cr26xh",
                 "dn551pt",
                 "LS1  4AP",
                 "g2 1dy",
             ], fn=uk_postcode),
        Task("iban_print_format_01", "code",
             "IBANs (any spacing, any case) to upper-case print format in groups of four.",
             ["iban"], iban_rows, fn=iban_group),
    ]


# =============================================================================================
# Other migration families
# =============================================================================================
def implied_dec_sign(s: str) -> str:
    neg = s.endswith("-")
    v = Decimal(int(s.rstrip("-"))) / 100
    return dec(-v if neg else v, 2)


EXCEL_EPOCH = dt.date(1899, 12, 30)


def excel_to_date(n: float) -> dt.date:
    return EXCEL_EPOCH + dt.timedelta(days=int(n))


def excel_serial(d: dt.date) -> int:
    return (d - EXCEL_EPOCH).days


def epoch_iso(s: str) -> str:
    v = int(s)
    if len(s) == 13:
        v //= 1000
    return dt.datetime.fromtimestamp(v, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cyymmdd(s: str) -> str:
    c, yy, mm, dd = int(s[0]), s[1:3], s[3:5], s[5:7]
    return f"{19 + c}{yy}-{mm}-{dd}"


def cpf_format(s: str) -> str:
    d = digits(s).zfill(11)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def fixed_surname(s: str) -> str:
    return s[6:21].strip()


def icd10_dot(s: str) -> str:
    return s if len(s) <= 3 else s[:3] + "." + s[3:]


def ndc11(s: str) -> str:
    a, b, c = s.split("-")
    return f"{a.zfill(5)}-{b.zfill(4)}-{c.zfill(2)}"


def gestation_days(s: str) -> str:
    w, d = s.split("+")
    return str(int(w) * 7 + int(d))


def card_mask(s: str) -> str:
    return "**** **** **** " + digits(s)[-4:]


def bic11(s: str) -> str:
    s = s.strip().upper()
    return s + "XXX" if len(s) == 8 else s


def iban_from(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def de_iban_konto(s: str) -> str:
    t = re.sub(r"\s", "", s)
    return t[12:].lstrip("0")


def iso6346(owner_cat: str, serial: str) -> str:
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    code = owner_cat + serial
    total = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(code))
    return code + str(total % 11 % 10)


def container_norm(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def pallet_m3(s: str) -> str:
    nums = [Decimal(x) for x in re.findall(r"\d+", s)]
    return dec(nums[0] * nums[1] * nums[2] / Decimal(1000000), 3)


def hs_code(s: str) -> str:
    return ".".join([s[:4]] + [s[i:i + 2] for i in range(4, len(s), 2)])


def de_qty(s: str) -> str:
    return plain(Decimal(s.replace(".", "").replace(",", ".")))


def soll_haben(amount: str, sh: str) -> str:
    v = Decimal(amount.replace(".", "").replace(",", "."))
    return dec(-v if sh == "S" else v, 2)


def utm_source(url: str) -> str:
    q = parse_qs(urlsplit(url).query)
    return q.get("utm_source", [""])[0]


def de_salutation(anrede: str, name: str) -> str:
    adj = "Sehr geehrter" if anrede.startswith("Herr") else "Sehr geehrte"
    return f"{adj} {anrede} {name},"


def hhmm_decimal(s: str) -> str:
    h, m = s.split(":")
    return dec(Decimal(int(h)) + Decimal(int(m)) / 60, 2)


def annualize(rate: str, basis: str) -> str:
    return dec(Decimal(rate) * {"monthly": 12, "hourly": 2080, "annual": 1}[basis], 2)


def dutch_name(s: str) -> str:
    last, rest = s.split(", ", 1)
    toks = rest.split()
    i = len(toks)
    while i > 1 and toks[i - 1][0].islower():
        i -= 1
    return " ".join(toks[:i] + toks[i:] + [last])


ERA = {"令和": 2018, "平成": 1988, "昭和": 1925}


def wareki(s: str) -> str:
    m = re.fullmatch(r"(令和|平成|昭和)(元|\d+)年(\d+)月(\d+)日", s)
    n = 1 if m.group(2) == "元" else int(m.group(2))
    return f"{ERA[m.group(1)] + n}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"


def thai_be(s: str) -> str:
    d, m, y = s.split("/")
    return f"{int(y) - 543}-{int(m):02d}-{int(d):02d}"


def wan(s: str) -> str:
    t = s.replace("元", "")
    if t.endswith("万"):
        return plain(Decimal(t[:-1]) * 10000)
    return plain(Decimal(t))


def lakh_crore(s: str) -> str:
    m = re.fullmatch(r"([\d.]+) (lakh|crore)", s)
    if m:
        return plain(Decimal(m.group(1)) * {"lakh": 100000, "crore": 10000000}[m.group(2)])
    return s.replace(",", "")


def cn_passport_name(s: str) -> str:
    sur, given = s.split(" ", 1)
    return f"{given} {sur.title()}"


def mac_norm(s: str) -> str:
    h = re.sub(r"[^0-9A-Fa-f]", "", s).lower()
    return ":".join(h[i:i + 2] for i in range(0, 12, 2))


def dms_lat(s: str) -> str:
    m = re.fullmatch(r"(\d+)°(\d+)'([\d.]+)\"([NS])", s)
    v = Decimal(m.group(1)) + Decimal(m.group(2)) / 60 + Decimal(m.group(3)) / 3600
    if m.group(4) == "S":
        v = -v
    return dec(v, 6)


def iso_dur(s: str) -> str:
    m = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", s)
    h, mi, se = (int(x) if x else 0 for x in m.groups())
    return f"{h:02d}:{mi:02d}:{se:02d}"


def other_tasks() -> list[Task]:
    excel_dates = [dt.date(2024, 3, 7), dt.date(2023, 12, 31), dt.date(2019, 7, 15), dt.date(2024, 2, 29),
                   dt.date(2020, 1, 1), dt.date(2022, 10, 3), dt.date(2025, 5, 19), dt.date(2018, 6, 11)]
    excel_fmt = ["", ".5", "", ".75", "", ".3333333333", "", ".0416666667"]
    excel_rows = [(f"{excel_serial(d)}{f}", d.isoformat()) for d, f in zip(excel_dates, excel_fmt, strict=True)]

    epoch_moments = [dt.datetime(2024, 3, 7, 12, 0, 0), dt.datetime(2023, 12, 31, 23, 59, 59),
                     dt.datetime(2021, 6, 1, 8, 30, 15), dt.datetime(2024, 2, 29, 6, 5, 0),
                     dt.datetime(2019, 11, 11, 11, 11, 11), dt.datetime(2025, 1, 1, 0, 0, 0),
                     dt.datetime(2022, 8, 15, 17, 45, 2), dt.datetime(2020, 4, 30, 21, 0, 9)]
    epoch_ms = [False, True, False, True, False, False, True, False]
    epoch_rows = []
    for t, ms in zip(epoch_moments, epoch_ms, strict=True):
        sec = int(t.replace(tzinfo=dt.UTC).timestamp())
        epoch_rows.append(str(sec * 1000 + (RNG.randint(0, 999) if ms else 0)) if ms else str(sec))

    cpfs = [digits(gc.br_cpf(RNG)) for _ in range(8)]
    # Force a leading zero on some CPFs (Excel drops it), recompute check digits for validity.
    def cpf_with_prefix(prefix: str) -> str:
        d = [int(c) for c in prefix] + [RNG.randint(0, 9) for _ in range(9 - len(prefix))]
        for n in (10, 11):
            s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=True))
            r = (s * 10) % 11
            d.append(0 if r == 10 else r)
        return "".join(map(str, d))
    cpf0 = [cpf_with_prefix("0"), cpf_with_prefix("0"), cpf_with_prefix("0")]
    cpf_rows = [
        cpfs[0],
        cpf0[0].lstrip("0"),
        f"{cpfs[1][:3]} {cpfs[1][3:6]} {cpfs[1][6:9]} {cpfs[1][9:]}",
        cpfs[2],
        cpf0[1].lstrip("0"),
        f"{cpfs[3][:3]} {cpfs[3][3:6]} {cpfs[3][6:9]} {cpfs[3][9:]}",
        cpfs[4],
        cpf0[2].lstrip("0"),
    ]

    cards = [gc.card_number(RNG, b)[1] for b in ["visa", "mastercard", "visa", "mastercard", "visa", "visa",
                                                  "mastercard", "visa"]]
    card_rows = [
        " ".join(cards[0][i:i + 4] for i in range(0, 16, 4)),
        "-".join(cards[1][i:i + 4] for i in range(0, 16, 4)),
        cards[2],
        cards[3],
        " ".join(cards[4][i:i + 4] for i in range(0, 16, 4)),
        "-".join(cards[5][i:i + 4] for i in range(0, 16, 4)),
        cards[6],
        " ".join(cards[7][i:i + 4] for i in range(0, 16, 4)),
    ]

    de_ibans = [iban_from("DE", blz + konto.zfill(10)) for blz, konto in [
        ("37040044", "532013000"), ("10020030", "1234567"), ("50010517", "5407324"), ("70090100", "44556677"),
        ("20050550", "1011223344"), ("60050101", "2345"), ("76010085", "88123001"), ("43060967", "79100")]]
    de_iban_rows = [
        gc.group4(de_ibans[0]),
        de_ibans[1],
        gc.group4(de_ibans[2]).lower(),
        de_ibans[3],
        gc.group4(de_ibans[4]),
        gc.group4(de_ibans[5]).lower(),
        de_ibans[6],
        gc.group4(de_ibans[7]),
    ]

    cont = [iso6346(o, s) for o, s in [("MSKU", "123456"), ("TGHU", "876543"), ("CSQU", "305438"),
                                        ("HLXU", "224466"), ("OOLU", "709112"), ("CMAU", "551230"),
                                        ("TCNU", "480017"), ("SEGU", "902345"), ("GESU", "617283")]]
    cont_rows = [
        f"{cont[0][:4]} {cont[0][4:10]}-{cont[0][10]}",
        cont[1].lower(),
        f"{cont[2][:4]} {cont[2][4:10]} {cont[2][10]}",
        f"{cont[3][:4]} {cont[3][4:10]}-{cont[3][10]}",
        cont[4].lower(),
        f"{cont[5][:4]} {cont[5][4:10]} {cont[5][10]}",
        cont[6],
        f"{cont[7][:4]} {cont[7][4:10]}-{cont[7][10]}",
        f"{cont[8][:4].lower()} {cont[8][4:10]} {cont[8][10]}",
    ]

    def fw(rec_id: str, sur: str, given: str, birth: str) -> str:
        return f"{rec_id:<6}{sur[:15]:<15}{given[:12]:<12}{birth}"

    fw_rows = [
        fw("004217", "NOWAK", "ANNA", "19850312"),
        fw("004218", "VAN DER BERG", "SANNE", "19910704"),
        fw("004219", "BRZECZYSZCZYKIEWICZ", "GRZEGORZ", "19770101"),
        fw("004220", "OKAFOR", "NGOZI", "19680923"),
        fw("004221", "DE LA ROCHE", "BERENICE", "20010215"),
        fw("004222", "FEATHERSTONEHAUGH", "PHILIPPA", "19550530"),
        fw("004223", "LI", "NA", "19991111"),
        fw("004224", "SCHMIDT", "KLAUS-DIETER", "19620418"),
        fw("004225", "MC ALLISTER", "CORMAC", "19830827"),
    ]

    return [
        Task("mainframe_implied_decimal_01", "legacy",
             "Mainframe fixed-width amount with 2 implied decimals and a trailing minus sign -> signed decimal.",
             ["AMT_FIELD"], [
                 "0000012345",
                 "0000500000-",
                 "0000000099",
                 "0001234567",
                 "0000000100-",
                 "0000075050",
                 "0000000005-",
                 "0098765432",
             ], fn=implied_dec_sign),
        Task("excel_serial_to_date_01", "legacy",
             "Excel serial date numbers (1900 date system, fraction = time of day) leaked into a CSV -> ISO date.",
             ["Invoice Date"], excel_rows),
        Task("epoch_to_iso_utc_01", "datetime",
             "Unix epoch in seconds or milliseconds to ISO 8601 UTC timestamp (milliseconds dropped).",
             ["ts"], [(r, epoch_iso(r)) for r in epoch_rows]),
        Task("as400_cyymmdd_01", "legacy",
             "IBM i / AS400 CYYMMDD dates (century digit 0 = 19xx, 1 = 20xx) to ISO.",
             ["DTEORD"], [
                 "1240307",
                 "0991231",
                 "1010115",
                 "0850612",
                 "1231130",
                 "0700101",
                 "1200229",
                 "0991001",
             ], fn=cyymmdd),
        Task("br_cpf_format_01", "code",
             "Brazilian CPF numbers (digits only, spaced, or with the leading zero lost in Excel) "
             "to the 000.000.000-00 mask.",
             ["cpf"], cpf_rows, fn=cpf_format),
        Task("fixed_width_surname_01", "legacy",
             "Slice the surname field (positions 7-21) from a fixed-width personnel record and trim it.",
             ["raw_record"], fw_rows, fn=fixed_surname),
        Task("icd10_add_dot_01", "health",
             "ICD-10-CM codes stored without the dot -> dotted form (dot after the 3rd character).",
             ["dx_code"], [
                 "E119",
                 "S72001A",
                 "I10",
                 "J449",
                 "M5416",
                 "Z23",
                 "F329",
                 "T8450XA",
                 "K219",
             ], fn=icd10_dot),
        Task("ndc_10_to_11_01", "health",
             "US NDC codes in 4-4-2, 5-3-2 or 5-4-1 layout to the 11-digit 5-4-2 billing layout.",
             ["ndc"], [
                 "0002-3227-30",
                 "50090-347-01",
                 "68180-1234-1",
                 "0093-7146-56",
                 "60505-2578-3",
                 "00378-180-10",
                 "0781-5180-31",
                 "51079-456-20",
                 "43547-0352-9",
             ], fn=ndc11),
        Task("gestation_weeks_days_01", "health",
             "Gestational age written 'weeks+days' to total days.",
             ["ga"], [
                 "38+2",
                 "40+0",
                 "27+6",
                 "39+4",
                 "12+3",
                 "41+1",
                 "33+0",
                 "8+5",
             ], fn=gestation_days),
        Task("card_mask_last4_01", "finance",
             "Mask a payment card number for a support export: keep the last four digits.",
             ["card_pan"], card_rows, fn=card_mask),
        Task("bic_pad_xxx_01", "finance",
             "Bring 8-character BICs to 11 characters with the 'XXX' head-office branch code, upper-case.",
             ["swift"], [
                 "KRBNDEMM",
                 "LVRSFRPP123",
                 "nvbaitmm",
                 "ZEPHNL2A",
                 "QMTBESMMA01",
                 "hrtgatww",
                 "PLUMGB2L",
                 "orcasess100",
             ], fn=bic11),
        Task("de_iban_to_kontonummer_01", "finance",
             "Recover the legacy German account number (Kontonummer, no leading zeros) from a DE IBAN.",
             ["iban"], de_iban_rows, fn=de_iban_konto),
        Task("container_number_norm_01", "logistics",
             "ISO 6346 container numbers typed with spaces/dashes/lower case -> 11 characters, no separators.",
             ["container_no"], cont_rows, fn=container_norm),
        Task("pallet_volume_m3_01", "logistics",
             "Pallet/carton dimensions 'L x W x H' in cm -> volume in m³ with 3 decimals.",
             ["dims_cm"], [
                 "120 x 80 x 150 cm",
                 "60x40x35cm",
                 "45 x 35 x 27 cm",
                 "80x60x120cm",
                 "40 x 30 x 25 cm",
                 "120x100x180cm",
                 "55 x 45 x 33 cm",
                 "30x20x15cm",
             ], fn=pallet_m3),
        Task("hs_code_dotted_01", "logistics",
             "Customs tariff (HS/CN/TARIC) codes of 6, 8 or 10 digits -> dotted notation 4.2.2.2.",
             ["tariff_code"], [
                 "8471300000",
                 "847130",
                 "61091000",
                 "0901210000",
                 "940360",
                 "85171300",
                 "3004900000",
                 "392690",
             ], fn=hs_code),
        Task("erp_qty_de_decimal_01", "erp",
             "ERP quantity exported with German separators and 3 decimals (1.250,000) -> plain minimal decimal.",
             ["Menge"], [
                 "1.250,000",
                 "12,500",
                 "0,250",
                 "3,000",
                 "2.000.000,000",
                 "7,125",
                 "45,500",
                 "1.000,001",
             ], fn=de_qty),
        Task("soll_haben_signed_01", "finance",
             "German bank/ledger export: unsigned amount plus S (Soll, debit) / H (Haben, credit) -> signed amount.",
             ["Betrag", "S/H"], [
                 ("1.234,56", "S"),
                 ("89,90", "H"),
                 ("12.000,00", "H"),
                 ("5,00", "S"),
                 ("250.000,00", "S"),
                 ("0,01", "H"),
                 ("3.450,10", "H"),
                 ("99,99", "S"),
             ], fn=soll_haben),
        Task("utm_source_from_url_01", "crm",
             "Lead source: the utm_source parameter of the landing-page URL, empty when absent.",
             ["landing_url"], [
                 "https://shop.example.com/p/123?utm_source=newsletter&utm_medium=email",
                 "https://example.org/?utm_medium=cpc&utm_source=google&utm_campaign=spring",
                 "https://example.org/landing",
                 "https://www.example.net/pricing?utm_source=linkedin",
                 "https://example.org/demo?ref=footer",
                 "https://shop.example.com/?utm_campaign=bf24&utm_source=partner_kaya&utm_medium=affiliate",
                 "https://example.org/contact",
                 "https://www.example.net/?utm_source=bing&utm_medium=cpc",
             ], fn=utm_source),
        Task("de_letter_salutation_01", "crm",
             "Build the German letter salutation from the Anrede field and surname (adjective agrees with Herr/Frau).",
             ["anrede", "nachname"], [
                 ("Herr", "Weber"),
                 ("Frau", "Koch"),
                 ("Herr Dr.", "Schäfer"),
                 ("Frau", "von Bülow"),
                 ("Herr", "Yılmaz"),
                 ("Herr Dr.", "Oberhäuser"),
                 ("Frau", "Nowak"),
                 ("Herr", "Großkopf"),
             ], fn=de_salutation),
        Task("timesheet_hhmm_decimal_01", "hr",
             "Timesheet hours 'h:mm' to decimal hours with 2 decimals (payroll import).",
             ["worked"], [
                 "7:30",
                 "8:45",
                 "0:20",
                 "6:15",
                 "9:05",
                 "10:40",
                 "4:00",
                 "7:50",
             ], fn=hhmm_decimal),
        Task("salary_annualize_01", "hr",
             "Annual base pay from pay rate and basis (12 months, 2080 hours per year).",
             ["pay_rate", "pay_basis"], [
                 ("4200.00", "monthly"),
                 ("28.50", "hourly"),
                 ("72000", "annual"),
                 ("3150.75", "monthly"),
                 ("19.25", "hourly"),
                 ("105000", "annual"),
                 ("61.10", "hourly"),
                 ("5800.00", "monthly"),
             ], fn=annualize),
        Task("dutch_sorted_name_01", "name",
             "Dutch directory order 'Achternaam, Voornaam tussenvoegsel' to display order.",
             ["naam"], [
                 "Berg, Sanne van den",
                 "Jansen, Pieter",
                 "Hof, Teun van 't",
                 "Vries, Femke de",
                 "Dijkstra, Sjoerd",
                 "Meulen, Wietske van der",
                 "Horst, Gerrit ter",
                 "Groot, Lieuwe de",
                 "Bakker, Anouk",
             ], fn=dutch_name),
        Task("jp_wareki_to_iso_01", "locale",
             "Japanese imperial-era dates (令和/平成, 元年 = year 1) to ISO dates.",
             ["生年月日"], [
                 "令和6年3月7日",
                 "平成31年4月30日",
                 "令和元年5月1日",
                 "令和5年12月25日",
                 "平成12年1月1日",
                 "令和2年2月29日",
                 "平成元年1月8日",
                 "平成7年10月3日",
             ], fn=wareki),
        Task("th_buddhist_date_01", "locale",
             "Thai d/m/yyyy dates in the Buddhist Era (BE = CE + 543) to ISO (CE).",
             ["วันที่"], [
                 "07/03/2567",
                 "31/12/2566",
                 "1/5/2567",
                 "15/08/2565",
                 "29/02/2567",
                 "2/1/2568",
                 "30/09/2566",
                 "9/11/2564",
             ], fn=thai_be),
        Task("cn_wan_amount_01", "locale",
             "Chinese salary amounts written with 万 (10,000) and 元 -> plain number.",
             ["月薪"], [
                 "3.5万元",
                 "12万元",
                 "8000元",
                 "1.25万元",
                 "60万元",
                 "950元",
                 "2.8万元",
                 "0.6万元",
             ], fn=wan),
        Task("in_lakh_crore_01", "locale",
             "Indian CTC values in lakh (1,00,000) / crore (1,00,00,000) words or plain rupees -> number.",
             ["ctc"], [
                 "2.5 lakh",
                 "1.2 crore",
                 "75,000",
                 "12 lakh",
                 "3.75 crore",
                 "90,500",
                 "4.2 lakh",
                 "1 crore",
             ], fn=lakh_crore),
        Task("cn_passport_name_order_01", "name",
             "Passport-style Chinese names (SURNAME in caps first) to Western 'Given Surname' order.",
             ["holder_name"], [
                 "ZHANG Wei",
                 "OUYANG Xiaoming",
                 "LI Na",
                 "CHEN Jiayi",
                 "HUANG Zihan",
                 "ZHAO Lei",
                 "SIMA Yunfei",
                 "LIU Yang",
             ], fn=cn_passport_name),
        Task("mac_address_norm_01", "code",
             "Asset-inventory MAC addresses (Windows dashes, Cisco dotted, bare hex) to lower-case colon form.",
             ["mac"], [
                 "00-1A-2B-3C-4D-5E",
                 "021b.77f0.9ac3",
                 "3C5AB41E77D0",
                 "A4-5E-60-C2-19-8F",
                 "0050.56b2.7e01",
                 "F8E43B00A1C2",
                 "02-00-5E-10-00-FF",
                 "d0c6.37aa.0b14",
             ], fn=mac_norm),
        Task("dms_latitude_decimal_01", "geo",
             "Latitude in degrees/minutes/seconds with hemisphere to signed decimal degrees (6 decimals).",
             ["lat_dms"], [
                 "48°51'29.6\"N",
                 "33°52'04.8\"S",
                 "59°19'46.0\"N",
                 "22°54'30.0\"S",
                 "35°41'22.2\"N",
                 "1°17'24.5\"N",
                 "41°17'10.3\"S",
                 "64°08'48.9\"N",
             ], fn=dms_lat),
        Task("iso8601_duration_hms_01", "datetime",
             "ISO 8601 durations from a call-centre/video export (PT#H#M#S) to HH:MM:SS.",
             ["duration"], [
                 "PT1H30M",
                 "PT45M10S",
                 "PT2H",
                 "PT3H5M",
                 "PT50S",
                 "PT12H30M15S",
                 "PT8M",
                 "PT1H0M59S",
             ], fn=iso_dur),
    ]


def main() -> None:
    tasks = core_tasks() + other_tasks()
    assert len(tasks) == 60, len(tasks)
    for t in tasks:
        n = len(t.train) + len(t.test)
        assert 7 <= n <= 10, (t.id, n)
    sc.write("dev_b5", tasks)
    print(f"wrote {len(tasks)} tasks to {sc.OUT / 'dev_b5' / 'tasks.jsonl'}")


if __name__ == "__main__":
    main()
