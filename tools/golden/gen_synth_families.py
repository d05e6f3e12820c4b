"""Dev tasks for the transformation families the first dev set lacked (see
assets_config/golden_synth/dev/FAMILIES.md): times and durations, datetimes, dates in more
languages, number output formats, arithmetic over several numbers, context extraction,
masking, identifiers, null/default handling, booleans, transliteration.

Written from the family list, without looking at the blind set. Used by gen_synth.py (dev split).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import gen_synth_flashfill
from synth_common import Task, dec, write

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre"]
IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
      "novembre", "dicembre"]
NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
      "november", "december"]
PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
      "novembro", "dezembro"]
DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember"]
DATES = ["2024-03-05", "1999-12-31", "2010-07-14", "2023-01-09", "1987-11-22", "2001-02-28", "2019-08-01",
         "2022-10-17"]


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _de_num(x: Decimal, places: int) -> str:
    s = f"{x:,.{places}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def time_tasks() -> list[Task]:
    T = []
    T.append(Task("time_drop_seconds_01", "time", "HH:MM:SS to HH:MM.", ["t"],
                  ["14:30:15", "09:05:59", "23:59:00", "00:00:01", "12:45:30", "07:08:09", "18:20:40"],
                  lambda s: s[:5]))
    T.append(Task("time_compact_to_colon_02", "time", "Military time HHMM to HH:MM.", ["t"],
                  ["0930", "1415", "2359", "0005", "1200", "0745", "1830"], lambda s: f"{s[:2]}:{s[2:]}"))

    def h24(s: str) -> str:
        hm, ap = s.split()
        h, m = hm.split(":")
        return f"{int(h) % 12 + (12 if ap == 'PM' else 0):02d}:{m}"
    T.append(Task("time_12h_to_24h_03", "time", "12-hour clock with AM/PM to 24-hour HH:MM.", ["t"],
                  ["2:30 PM", "9:05 AM", "11:45 PM", "7:15 AM", "4:00 PM", "10:20 AM", "6:50 PM", "1:05 AM"], h24))
    T.append(Task("time_hms_to_seconds_04", "time", "Duration HH:MM:SS to seconds.", ["duration"],
                  ["01:02:05", "00:10:00", "02:00:30", "00:00:45", "10:30:00", "03:15:20", "00:59:59"],
                  lambda s: str(int(s[:2]) * 3600 + int(s[3:5]) * 60 + int(s[6:]))))
    T.append(Task("time_hm_to_minutes_05", "time", "Durations like '2h 15m' to minutes.", ["duration"],
                  ["2h 15m", "1h 5m", "10h 45m", "0h 30m", "3h 0m", "12h 12m", "5h 59m"],
                  lambda s: str(int(s.split("h")[0]) * 60 + int(s.split()[1][:-1]))))
    T.append(Task("time_minutes_to_hours_06", "time", "Minutes to decimal hours, two decimals.", ["minutes"],
                  ["90", "45", "125", "60", "200", "15", "480"], lambda s: dec(Decimal(s) / 60, 2)))
    T.append(Task("time_seconds_label_07", "time", "Milliseconds to seconds with one decimal and 's'.", ["ms"],
                  ["1500", "250", "12345", "1000", "999", "60000", "42"], lambda s: dec(Decimal(s) / 1000, 1) + " s"))
    T.append(Task("time_seconds_to_hms_08", "time", "Seconds to H:MM:SS.", ["seconds"],
                  ["3725", "59", "86399", "600", "7322", "45296", "3600"],
                  lambda s: f"{int(s) // 3600}:{int(s) // 60 % 60:02d}:{int(s) % 60:02d}"))
    T.append(Task("time_minutes_to_h_m_09", "time", "Minutes to 'Xh YYm'.", ["minutes"],
                  ["135", "65", "600", "59", "1439", "240", "61"],
                  lambda s: f"{int(s) // 60}h {int(s) % 60:02d}m"))
    return T


def datetime_tasks() -> list[Task]:
    T = []

    def us_dt(s: str) -> str:
        d, t = s.split()
        m, dd, y = d.split("/")
        return f"{y}-{m}-{dd}T{t}:00"
    T.append(Task("datetime_us_to_iso_01", "datetime", "US date and time to ISO 8601 (seconds added).", ["ts"],
                  ["03/05/2024 14:22", "12/31/1999 23:59", "07/04/2010 09:00", "01/09/2023 00:15",
                   "11/22/1987 18:30", "02/28/2001 06:45", "08/01/2019 12:00"], us_dt))
    T.append(Task("datetime_iso_to_de_02", "datetime", "ISO timestamp to German 'DD.MM.YYYY HH:MM'.", ["ts"],
                  ["2024-03-05T14:22:05Z", "1999-12-31T23:59:59Z", "2010-07-14T09:00:00Z", "2023-01-09T00:15:30Z",
                   "1987-11-22T18:30:00Z", "2001-02-28T06:45:12Z", "2019-08-01T12:00:00Z"],
                  lambda s: f"{s[8:10]}.{s[5:7]}.{s[:4]} {s[11:16]}"))
    T.append(Task("datetime_split_time_03", "datetime", "Time part of a 'YYYY-MM-DD HH:MM:SS' timestamp.", ["ts"],
                  ["2024-03-05 14:22:05", "1999-12-31 23:59:59", "2010-07-14 09:00:00", "2023-01-09 00:15:30",
                   "1987-11-22 18:30:00", "2001-02-28 06:45:12", "2019-08-01 12:00:00"], lambda s: s[11:]))
    T.append(Task("datetime_from_parts_04", "datetime", "Date column and time column to one ISO timestamp.",
                  ["date", "time"],
                  [("05.03.2024", "14:22"), ("31.12.1999", "23:59"), ("14.07.2010", "09:00"), ("09.01.2023", "00:15"),
                   ("22.11.1987", "18:30"), ("28.02.2001", "06:45"), ("01.08.2019", "12:00")],
                  lambda d, t: f"{d[6:]}-{d[3:5]}-{d[:2]} {t}:00"))
    return T


def locale_date_tasks() -> list[Task]:
    T = []
    T.append(Task("date_spanish_long_01", "date_locale", "Spanish long dates to ISO.", ["fecha"],
                  [f"{_d(s).day} de {ES[_d(s).month - 1]} de {_d(s).year}" for s in DATES],
                  lambda s: _iso(s, ES)))
    T.append(Task("date_italian_long_02", "date_locale", "Italian long dates to ISO.", ["data"],
                  [f"{_d(s).day} {IT[_d(s).month - 1]} {_d(s).year}" for s in DATES], lambda s: _iso(s, IT)))
    T.append(Task("date_dutch_long_03", "date_locale", "Dutch long dates to DD-MM-YYYY.", ["datum"],
                  [f"{_d(s).day} {NL[_d(s).month - 1]} {_d(s).year}" for s in DATES],
                  lambda s: _d(_iso(s, NL)).strftime("%d-%m-%Y")))
    T.append(Task("date_portuguese_long_04", "date_locale", "Portuguese long dates to DD/MM/YYYY.", ["data"],
                  [f"{_d(s).day} de {PT[_d(s).month - 1]} de {_d(s).year}" for s in DATES],
                  lambda s: _d(_iso(s, PT)).strftime("%d/%m/%Y")))
    T.append(Task("date_iso_to_german_long_05", "date_locale", "ISO date to German long form 'D. Monat YYYY'.",
                  ["datum"], DATES, lambda s: f"{_d(s).day}. {DE[_d(s).month - 1]} {_d(s).year}"))
    T.append(Task("date_month_year_long_06", "date_locale", "'YYYY-MM' to 'Month YYYY'.", ["period"],
                  ["2024-03", "1999-12", "2010-07", "2023-01", "1987-11", "2001-02", "2019-08", "2022-10"],
                  lambda s: f"{MONTHS[int(s[5:]) - 1]} {s[:4]}"))
    T.append(Task("date_abbr_dash_07", "date_locale", "'DD-Mon-YYYY' to ISO.", ["d"],
                  [_d(s).strftime("%d-%b-%Y") for s in DATES], lambda s: dt.datetime.strptime(s, "%d-%b-%Y")
                  .date().isoformat()))
    return T


def _iso(s: str, names: list[str]) -> str:
    parts = s.replace(" de ", " ").split()
    return dt.date(int(parts[2]), names.index(parts[1]) + 1, int(parts[0])).isoformat()


def number_format_tasks() -> list[Task]:
    T = []
    vals = ["1234.5", "0.75", "1234567.891", "42", "99999.999", "100000", "7.005", "5600.1"]
    T.append(Task("numfmt_to_german_01", "number_format", "Plain numbers to German format, two decimals.",
                  ["amount"], vals, lambda s: _de_num(Decimal(dec(s, 2)), 2)))
    T.append(Task("numfmt_euro_suffix_02", "number_format", "Plain amounts to '1.234,50 €'.", ["amount"],
                  vals, lambda s: _de_num(Decimal(dec(s, 2)), 2) + " €"))
    T.append(Task("numfmt_fraction_to_percent_03", "number_format", "Fraction to percent with one decimal.",
                  ["ratio"], ["0.125", "0.5", "0.0333", "1", "0.999", "0.07", "0.4567"],
                  lambda s: dec(Decimal(s) * 100, 1) + "%"))
    T.append(Task("numfmt_swiss_04", "number_format", "Plain amounts to Swiss 1'234.50.", ["betrag"],
                  vals, lambda s: f"{Decimal(dec(s, 2)):,.2f}".replace(",", "'")))
    T.append(Task("numfmt_dollar_05", "number_format", "Plain amounts to '$1,234.50'.", ["amount"],
                  vals, lambda s: "$" + f"{Decimal(dec(s, 2)):,.2f}"))
    T.append(Task("numfmt_eu_to_us_06", "number_format", "German amounts '1.234,5' to US '1,234.50'.", ["betrag"],
                  ["1.234,5", "0,75", "1.234.567,89", "42", "99.999,99", "100.000", "7,05"],
                  lambda s: f"{Decimal(s.replace('.', '').replace(',', '.')):,.2f}"))
    return T


def arithmetic_tasks() -> list[Task]:
    T = []
    T.append(Task("arith_line_total_01", "arithmetic", "Quantity times unit price, two decimals.", ["qty", "price"],
                  [("3", "2.50"), ("1", "19.99"), ("12", "0.35"), ("2", "100.00"), ("5", "7.25"), ("10", "1.10"),
                   ("4", "3.33")], lambda q, p: dec(Decimal(q) * Decimal(p), 2)))
    T.append(Task("arith_net_from_gross_02", "arithmetic", "Net amount from gross with 19% VAT, two decimals.",
                  ["gross"], ["119.00", "59.50", "10.00", "1190", "23.80", "5.95", "1000"],
                  lambda s: dec(Decimal(s) / Decimal("1.19"), 2)))
    T.append(Task("arith_ratio_percent_03", "arithmetic", "'part/total' to a whole percent.", ["score"],
                  ["45/60", "3/4", "18/20", "7/10", "50/200", "99/100", "1/8"],
                  lambda s: dec(Decimal(s.split("/")[0]) / Decimal(s.split("/")[1]) * 100, 0) + "%"))
    T.append(Task("arith_days_hours_04", "arithmetic", "'Nd Mh' durations to hours.", ["uptime"],
                  ["2d 5h", "0d 12h", "10d 0h", "1d 1h", "3d 23h", "7d 6h", "30d 2h"],
                  lambda s: str(int(s.split("d")[0]) * 24 + int(s.split()[1][:-1]))))
    T.append(Task("arith_dms_to_decimal_05", "arithmetic", "Degrees, minutes, seconds to decimal degrees.",
                  ["lat"], ["40°26'46\"", "51°30'26\"", "48°51'24\"", "35°41'22\"", "52°31'12\"", "41°54'10\"",
                            "59°19'45\""],
                  lambda s: dec(sum(Decimal(x) / d for x, d in zip(re.findall(r"\d+", s), (1, 60, 3600),
                                                                    strict=True)), 4)))
    T.append(Task("arith_cm_to_m_06", "arithmetic", "Height in centimetres to metres with a unit.", ["height"],
                  ["180 cm", "165 cm", "201 cm", "99 cm", "150 cm", "172 cm", "188 cm"],
                  lambda s: dec(Decimal(s.split()[0]) / 100, 2) + " m"))
    T.append(Task("arith_version_bump_07", "arithmetic", "Bump the patch part of a version.", ["version"],
                  ["1.2.3", "0.9.0", "10.4.19", "2.0.9", "3.14.159", "1.0.0", "4.5.99"],
                  lambda s: ".".join(s.split(".")[:2] + [str(int(s.split(".")[2]) + 1)])))
    return T


def extract_tasks() -> list[Task]:
    T = []
    T.append(Task("extract_ticket_key_01", "extract", "Ticket key in square brackets from an e-mail subject.",
                  ["subject"],
                  ["Re: [JIRA-1234] Fix login", "[OPS-7] Disk full on db01", "Fwd: [WEB-88] Broken link",
                   "[DATA-4410] Nightly load failed", "Re: Re: [SEC-12] Password policy", "[HR-305] New hire",
                   "Update [OPS-99] rollout"], lambda s: re.search(r"\[([^\]]+)\]", s).group(1)))
    T.append(Task("extract_amount_in_text_02", "extract", "Amount from a sentence, as a plain decimal.",
                            ["memo"],
                            ["Total due: 1,234.50 EUR", "Total due: 99.00 EUR", "Total due: 12,000.75 USD",
                             "Total due: 5.10 GBP", "Total due: 1,000,000.00 EUR", "Total due: 0.99 USD",
                             "Total due: 310.00 CHF"],
                            lambda s: s.split(": ")[1].split()[0].replace(",", "")))
    T.append(Task("extract_url_host_03", "extract", "Host of a URL.", ["url"],
                  ["https://www.example.com/path?q=1", "http://intranet.corp.local:8080/wiki", "http://shop.acme.de/",
                   "https://example.org", "https://api.github.com/repos", "http://localhost:3000/", "https://news.ycombinator.com/item",
                   "https://www.bbc.co.uk/news/world"],
                  lambda s: re.match(r"https?://([^/:]+)", s).group(1)))
    T.append(Task("extract_url_query_param_04", "extract",
                            "Value of the 'id' query parameter (any position).", ["url"],
                            ["https://shop.example/p?id=42&ref=mail", "https://shop.example/p?ref=ad&id=7",
                             "https://shop.example/p?id=1003", "https://shop.example/item?lang=de&id=55&x=1",
                             "https://shop.example/p?ref=x&id=9001", "https://shop.example/p?id=8&lang=fr",
                             "https://shop.example/q?a=b&id=300"],
                            lambda s: re.search(r"[?&]id=([^&]+)", s).group(1)))
    T.append(Task("extract_file_extension_05", "extract", "Lower-case file extension.", ["file"],
                  ["report_2024.final.PDF", "photo.jpg", "archive.tar.GZ", "Notes.TXT", "data.v2.csv", "img.PNG",
                   "budget.xlsx"], lambda s: s.rsplit(".", 1)[1].lower()))
    T.append(Task("extract_key_value_06", "extract", "Value of 'size' in a 'k=v;k=v' attribute string.",
                            ["attrs"],
                            ["color=red;size=M;qty=2", "size=XL;color=blue", "qty=1;color=green;size=S", "size=L",
                             "color=black;size=XXL;qty=10", "qty=3;size=XS", "size=M;qty=4"],
                            lambda s: re.search(r"size=([^;]+)", s).group(1)))
    T.append(Task("extract_error_code_07", "extract", "Error code from a log message.", ["message"],
                  ["ERROR E1234: disk full", "WARN W0042: slow query", "ERROR E0001: boot failed",
                   "FATAL F9000: out of memory", "INFO I0100: started", "ERROR E4711: timeout", "WARN W0007: retry"],
                  lambda s: s.split()[1].rstrip(":")))
    T.append(Task("extract_version_major_minor_08", "extract", "Major.minor from a version tag.", ["tag"],
                  ["v2.14.3", "v1.0.0", "v10.2.11", "v0.9.7", "v3.3.3", "v12.0.1", "v4.21.0"],
                  lambda s: ".".join(s[1:].split(".")[:2])))
    T.append(Task("extract_city_after_zip_09", "extract", "City from 'ZIP City' (city may have several words).",
                  ["ort"], ["75001 Paris", "10115 Berlin", "60311 Frankfurt am Main", "1010 Wien", "8001 Zürich",
                            "20095 Hamburg", "80331 München"], lambda s: s.split(" ", 1)[1]))
    T.append(Task("extract_iso_date_in_text_10", "extract", "The ISO date inside a file name.", ["file"],
                  ["export_2024-03-05_final.csv", "backup-1999-12-31.tar", "log_2010-07-14.txt",
                   "sales_eu_2023-01-09_v2.xlsx", "2019-08-01_report.pdf", "dump-2022-10-17-full.sql",
                   "x_2001-02-28.json"], lambda s: re.search(r"\d{4}-\d{2}-\d{2}", s).group(0)))
    return T


def mask_id_tasks() -> list[Task]:
    T = []
    T.append(Task("mask_card_01", "mask", "Card number masked except the last four digits.", ["card"],
                  ["4111 1111 1111 1234", "5500 0000 0000 0004", "4000 1234 5678 9010", "3700 0000 0000 0002",
                   "6011 0000 0000 0012", "4242 4242 4242 4242", "5105 1051 0510 5100"],
                  lambda s: "**** **** **** " + s[-4:]))
    T.append(Task("mask_name_02", "mask", "Name masked except the first letter of each part.", ["name"],
                  ["John Smith", "Anna Schmidt", "Li Na", "Pedro Almodóvar", "Zoë Kravitz", "Ola Nordmann",
                   "Ada Lovelace"], lambda s: " ".join(p[0] + "*" * (len(p) - 1) for p in s.split())))
    T.append(Task("mask_account_03", "mask", "Account number with all but the last 3 digits replaced by X.",
                  ["account"], ["123456789", "98765", "1000200030", "55555", "1234567", "314159265", "27182"],
                  lambda s: "X" * (len(s) - 3) + s[-3:]))
    T.append(Task("id_vat_compact_04", "id", "EU VAT ids without spaces or dots, upper case.", ["vat"],
                  ["de 123 456 789", "FR 12.345.678.901", "nl 8123.45.678.B01", "AT U1234 5678", "be 0123.456.789",
                   "it 12345678901", "es b1234567 8"], lambda s: re.sub(r"[ .]", "", s).upper()))
    T.append(Task("id_customer_prefix_05", "id", "Customer ids 'c-42' to 'CUST-000042'.", ["id"],
                  ["c-42", "C-7", "c-123456", "c-1000", "C-99", "c-5", "c-31337"],
                  lambda s: "CUST-" + s.split("-")[1].zfill(6)))
    T.append(Task("id_zip5_06", "id", "US ZIP codes to five digits (drop +4, restore leading zeros).", ["zip"],
                  ["02139-4307", "2139", "90210", "501", "10001-0001", "7030", "60614-1234"],
                  lambda s: s.split("-")[0].zfill(5)))
    T.append(Task("id_phone_intl_to_national_07", "id", "German international numbers to national format.",
                  ["tel"], ["+49 30 1234567", "+49 89 987654", "+49 40 5550123", "+49 221 123456", "+49 69 24242424",
                            "+49 711 8889990", "+49 351 4455667"], lambda s: "0" + s[4:]))
    T.append(Task("id_phone_es_08", "id", "Spanish mobile numbers to '+34 612 345 678'.", ["telefono"],
                  ["612 34 56 78", "699 11 22 33", "655 00 12 34", "611 98 76 54", "633 44 55 66", "722 10 20 30",
                   "644 56 78 90"], lambda s: (lambda d: f"+34 {d[:3]} {d[3:6]} {d[6:]}")(s.replace(" ", ""))))
    return T


def null_bool_text_tasks() -> list[Task]:
    T = []
    T.append(Task("null_default_01", "null", "Trimmed value, or 'n/a' when empty.", ["comment"],
                            ["  ok ", "", "late delivery", "   ", "damaged box", " fine", "wrong size  "],
                            lambda s: s.strip() or "n/a"))
    T.append(Task("null_default_country_02", "null", "Upper-case country code, 'DE' when missing.", ["land"],
                  ["at", "", "ch", "fr", "De", "nl", "pl"], lambda s: s.upper() or "DE"))
    T.append(Task("bool_multilingual_03", "boolean", "Yes/no answers in several languages to 1/0.", ["answer"],
                  ["oui", "nein", "yes", "non", "sí", "no", "ja", "sim"],
                  lambda s: "1" if s in ("oui", "yes", "sí", "ja", "sim") else "0"))
    T.append(Task("bool_checkbox_04", "boolean", "Checkbox marks to Y/N (empty = N).", ["checked"],
                  ["x", "", "off", "X", "on", "true", "false"],
                  lambda s: "Y" if s.strip().lower() in ("x", "on", "true") else "N"))
    T.append(Task("translit_german_05", "text2", "German umlauts and ß transliterated (ä -> ae).", ["name"],
                  ["Müller", "Jürgen Groß", "Björn Bäcker", "Schröder", "Käthe Weiß", "Günther", "Möbelhaus Süd"],
                  lambda s: s.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae",
                                                       "Ö": "Oe", "Ü": "Ue"}))))
    T.append(Task("text_remove_punctuation_06", "text2", "Remove punctuation, keep words and digits.", ["text"],
                  ["Hello, World!", "What's up?", "Price: 5 EUR.", "A-B-C", "(draft) v2", "Yes; no: maybe.",
                   "Stop!!!"], lambda s: re.sub(r"[^\w\s]", "", s)))
    T.append(Task("text_list_separator_07", "text2", "Semicolon lists to ', ' lists without stray spaces.", ["tags"],
                  ["red; green ;blue", "a;b", "one ; two; three ; four", "x", "sql;python ; go", "de; fr",
                   "alpha ;beta"], lambda s: ", ".join(p.strip() for p in s.split(";"))))
    T.append(Task("text_initial_cap_08", "text2", "First letter upper case, the rest unchanged.",
                            ["text"], ["hello world", "iPhone case", "data Engineering", "amazon web services",
                                       "mixed CASE", "zero day", "big Data"], lambda s: s[:1].upper() + s[1:]))
    return T


def tasks() -> list[Task]:
    """Every task of the families added to dev."""
    return (time_tasks() + datetime_tasks() + locale_date_tasks() + number_format_tasks() + arithmetic_tasks()
            + extract_tasks() + mask_id_tasks() + null_bool_text_tasks() + fresh_tasks()
            + fresh2_tasks() + gen_synth_flashfill.tasks()
            + gen_synth_flashfill.probe_tasks())


def main() -> None:
    """Rewrite only the dev split (the first dev families, then these)."""
    import gen_synth

    dev = gen_synth.dev_tasks()
    write("dev", dev)
    print("dev", len(dev))


if __name__ == "__main__":
    main()


def fresh_tasks() -> list[Task]:
    """Written after the mechanisms above were built, and measured once before any change
    (a check of generalization inside dev; see FAMILIES.md)."""
    T = []
    T.append(Task("fresh_salutation_01", "fresh", "Salutation from a full name.", ["name"],
                  ["Mr. John Smith", "Mrs. Ann Lee", "Dr. Eva Braun", "Ms. Li Na", "Mr. Ole Berg", "Prof. Max Planck",
                   "Mrs. Zoe Kim"], lambda s: s.split(".")[0]))
    T.append(Task("fresh_product_family_02", "fresh", "Product family from a product code.", ["sku"],
                  ["ELEC-1234", "HOME-77", "TOYS-00912", "GARDEN-5", "ELEC-9", "BOOK-123456", "SPORT-42"],
                  lambda s: s.split("-")[0]))
    T.append(Task("fresh_debit_credit_03", "fresh", "Signed amount from an amount and a D/C flag.", ["amount", "dc"],
                  [("120.00", "D"), ("50.00", "C"), ("7.25", "D"), ("300.10", "C"), ("0.99", "D"), ("15.00", "C"),
                   ("1000.00", "D")], lambda a, f: ("-" if f == "D" else "") + a))
    T.append(Task("fresh_name_from_email_04", "fresh", "Display name from a first.last e-mail address.", ["email"],
                  ["john.smith@acme.com", "ann.lee@example.org", "piotr.nowak@firma.pl", "eva.berg@corp.se",
                   "li.na@tennis.cn", "max.weber@uni.de", "zoe.kim@mail.kr"],
                  lambda s: " ".join(p.capitalize() for p in s.split("@")[0].split("."))))
    T.append(Task("fresh_dmy_to_year_month_05", "fresh", "DD/MM/YYYY to YYYY-MM.", ["datum"],
                  ["05/03/2024", "31/12/1999", "14/07/2010", "09/01/2023", "22/11/1987", "28/02/2001", "01/08/2019"],
                  lambda s: f"{s[6:]}-{s[3:5]}"))
    T.append(Task("fresh_strip_quotes_06", "fresh", "Remove surrounding double quotes.", ["value"],
                  ['"hello"', '"New York"', '"42"', '"a, b"', '"x"', '"Zürich"', '"it\'s"'], lambda s: s[1:-1]))
    T.append(Task("fresh_address_optional_apt_07", "fresh", "Street and optional apartment, comma-separated.",
                  ["street", "apt"],
                  [("Main St 5", "Apt 3"), ("Elm St 2", ""), ("Oak Ave 12", "Unit 7"), ("Pine Rd 1", ""),
                   ("High St 99", "Flat 2B"), ("Low Ln 4", ""), ("Bay Rd 8", "Apt 10")],
                  lambda a, b: f"{a}, {b}" if b else a))
    T.append(Task("fresh_sku_pad_08", "fresh", "Pad the number of a SKU to three digits.", ["sku"],
                  ["A-7", "B-42", "C-123", "D-5", "E-99", "F-1", "G-300"],
                  lambda s: s.split("-")[0] + "-" + s.split("-")[1].zfill(3)))
    T.append(Task("fresh_gross_from_net_09", "fresh", "Gross amount with 7% VAT, two decimals.", ["net"],
                  ["100.00", "50.00", "19.99", "1000", "7.50", "0.99", "250"],
                  lambda s: dec(Decimal(s) * Decimal("1.07"), 2)))
    T.append(Task("fresh_bool_status_10", "fresh", "Status words to 1/0.", ["status"],
                  ["active", "inactive", "enabled", "disabled", "on", "off", "active"][:6] + ["checked"],
                  lambda s: "1" if s in ("active", "enabled", "on", "checked") else "0"))
    T.append(Task("fresh_sort_code_11", "fresh", "UK sort codes as NN-NN-NN.", ["sort_code"],
                  ["123456", "401276", "200000", "309634", "089999", "165050", "774926"],
                  lambda s: f"{s[:2]}-{s[2:4]}-{s[4:]}"))
    T.append(Task("fresh_sqft_to_m2_12", "fresh", "Square feet to square metres, one decimal.", ["area"],
                  ["1000 sq ft", "750 sq ft", "2400 sq ft", "500 sq ft", "1200 sq ft", "90 sq ft", "3300 sq ft"],
                  lambda s: dec(Decimal(s.split()[0]) * Decimal("0.09290304"), 1)))
    T.append(Task("fresh_kg_to_g_13", "fresh", "Kilograms to whole grams.", ["weight"],
                  ["1.5 kg", "0.25 kg", "3 kg", "0.125 kg", "12.2 kg", "0.001 kg", "7.75 kg"],
                  lambda s: dec(Decimal(s.split()[0]) * 1000, 0) + " g"))
    T.append(Task("fresh_decimal_comma_14", "fresh", "Decimal comma to decimal point.", ["wert"],
                  ["3,5", "12", "0,25", "100,75", "7", "1,125", "42,0"], lambda s: s.replace(",", ".")))
    T.append(Task("fresh_prefixed_id_15", "fresh", "Numeric part of a country-prefixed id, without zeros.", ["id"],
                  ["DE-00123", "FR-04567", "IT-00001", "ES-10203", "NL-00990", "PL-07000", "AT-00042"],
                  lambda s: str(int(s.split("-")[1]))))
    T.append(Task("fresh_hours_to_hhmm_16", "fresh", "Decimal hours to H:MM.", ["hours"],
                  ["1.5", "2.25", "0.75", "8", "3.5", "10.25", "0.5"],
                  lambda s: f"{int(Decimal(s))}:{int((Decimal(s) % 1) * 60):02d}"))
    return T


def fresh2_tasks() -> list[Task]:
    """A second probe written after the DSL 1.3 work, measured once before any change (FAMILIES.md)."""
    T = []
    T.append(Task("fresh2_url_path_01", "fresh2", "Path of a URL (without the query).", ["url"],
                  ["https://a.com/x/y?z=1", "http://shop.de/cart", "https://b.org/a/b/c", "https://c.io/docs?v=2",
                   "http://d.net/index.html", "https://e.com/p/q?r=s&t=u", "https://f.org/one"],
                  lambda s: "/" + s.split("://", 1)[1].split("/", 1)[1].split("?")[0]))
    T.append(Task("fresh2_file_stem_02", "fresh2", "File name without its last extension.", ["file"],
                  ["report_2024.final.pdf", "photo.jpg", "archive.tar.gz", "notes.txt", "data.v2.csv", "a.b",
                   "budget-q1.xlsx"], lambda s: s.rsplit(".", 1)[0]))
    T.append(Task("fresh2_dirname_03", "fresh2", "Directory of a POSIX path.", ["path"],
                  ["/var/log/app/error.log", "/etc/hosts", "/home/ann/docs/cv.pdf", "/tmp/x", "/usr/local/bin/tool",
                   "/srv/data/2024/03/file.csv", "/opt/a/b"], lambda s: s.rsplit("/", 1)[0]))
    T.append(Task("fresh2_windows_path_04", "fresh2", "Windows paths with forward slashes.", ["path"],
                  ["C:\\Users\\ann\\doc.txt", "D:\\data\\x.csv", "C:\\Program Files\\App\\app.exe", "E:\\a",
                   "C:\\Windows\\System32\\drivers\\etc\\hosts", "F:\\backup\\2024\\db.bak", "C:\\tmp\\z"],
                  lambda s: s.replace("\\", "/")))
    T.append(Task("fresh2_initials_two_cols_05", "fresh2", "Initials from first and last name columns.",
                  ["first", "last"],
                  [("Ada", "Lovelace"), ("Grace", "Hopper"), ("alan", "turing"), ("Linus", "Torvalds"),
                   ("margaret", "Hamilton"), ("Tim", "berners-lee"), ("Edsger", "Dijkstra")],
                  lambda a, b: (a[0] + b[0]).upper()))
    T.append(Task("fresh2_iso_to_day_mon_06", "fresh2", "ISO date to 'DD Mon YYYY'.", ["d"],
                  DATES[:7], lambda s: _d(s).strftime("%d %b %Y")))
    T.append(Task("fresh2_phone_dashes_07", "fresh2", "Ten digits to NNN-NNN-NNNN.", ["phone"],
                  ["5551234567", "2125550199", "4155552671", "6175550100", "3125550123", "2065550188",
                   "8085550111"], lambda s: f"{s[:3]}-{s[3:6]}-{s[6:]}"))
    T.append(Task("fresh2_eur_code_to_symbol_08", "fresh2", "'EUR 12.50' to German '12,50 €'.", ["amount"],
                  ["EUR 12.50", "EUR 1234.00", "EUR 0.99", "EUR 100.10", "EUR 7.05", "EUR 99999.99", "EUR 5.00"],
                  lambda s: _de_num(Decimal(s.split()[1]), 2) + " €"))
    T.append(Task("fresh2_upper_to_proper_09", "fresh2", "Upper-case names to proper case.", ["name"],
                  ["JOHN SMITH", "ADA LOVELACE", "MARY ANN EVANS", "LI NA", "KARL WEBER", "ANNA MARIA BERG",
                   "OLE HANSEN"], lambda s: s.title()))
    T.append(Task("fresh2_decimal_leading_zeros_10", "fresh2", "Drop leading zeros of an amount.", ["amount"],
                  ["007.50", "0012.00", "100.25", "000.99", "0042.10", "5.00", "0300.00"],
                  lambda s: str(Decimal(s)) if Decimal(s) >= 1 else "0" + str(Decimal(s)).lstrip("0")))
    T.append(Task("fresh2_c_to_f_label_11", "fresh2", "Celsius to Fahrenheit with unit, one decimal.", ["temp"],
                  ["21.5 °C", "0 °C", "-5 °C", "37 °C", "100 °C", "15.2 °C", "-40 °C"],
                  lambda s: dec(Decimal(s.split()[0]) * Decimal("1.8") + 32, 1) + " °F"))
    T.append(Task("fresh2_month_to_quarter_12", "fresh2", "Month name to quarter.", ["month"],
                  ["March", "July", "November", "January", "June", "September", "December", "April"],
                  lambda s: "Q" + str((MONTHS.index(s)) // 3 + 1)))
    T.append(Task("fresh2_time_range_minutes_13", "fresh2", "Length of a time range in minutes.", ["slot"],
                  ["10:30-12:00", "09:00-09:45", "13:15-17:30", "08:00-08:30", "11:50-12:10", "14:00-16:00",
                   "07:45-09:15"],
                  lambda s: str((int(s[6:8]) * 60 + int(s[9:11])) - (int(s[:2]) * 60 + int(s[3:5])))))
    T.append(Task("fresh2_age_band_14", "fresh2", "Age to a ten-year band.", ["age"],
                  ["34", "7", "59", "60", "18", "42", "99"],
                  lambda s: f"{int(s) // 10 * 10}-{int(s) // 10 * 10 + 9}"))
    return T
