# ruff: noqa: E501, B905
"""Generate the fourth blind transformation-by-example golden set (assets_config/golden_synth/blind/tasks.jsonl).

Run: /work/main/.venv/bin/python tools/golden/gen_synth_blind4.py
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
Standard library only; deterministic (no randomness, fixed rows). The first 3 rows of every task are the
train examples, the rest are test rows. Test rows only use variations that the train rows show.
30 tasks cover the core reshaping kinds (parts, phone, name, code, date, number, text, unit) with new
instances; 30 tasks come from other families met when moving tables between systems.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synth_common import Task, dec, digits  # noqa: E402

OUT_FILE = Path(__file__).resolve().parents[2] / "assets_config" / "golden_synth" / "dev_b4" / "tasks.jsonl"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
NBSP = "\u00a0"


def plain(d: Decimal) -> str:
    """Decimal without trailing zeros and without exponent."""
    s = format(d.normalize(), "f")
    return s


def half_up(d: Decimal, places: int) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


TASKS: list[Task] = []


def add(*args, **kw) -> None:
    TASKS.append(Task(*args, **kw))


# =============================================================================================
# Part 1: core reshaping kinds, new instances
# =============================================================================================

# ---- parts: extracting and reordering parts of a string --------------------------------------
def jira_key(msg: str) -> str:
    m = re.search(r"\b[A-Z][A-Z0-9]+-\d+\b", msg)
    return m.group(0) if m else ""


add("parts_issuekey_01", "parts", "Issue key (PROJECT-123) from a commit message; empty when none.", ["commit_message"], [
    "PAY-1042: handle declined cards",
    "Merge branch 'main' into release/2.3",
    "fix(api): retry on 503 [OPS-77]",
    "CORE-3 add index on orders.customer_id",
    "bump dependencies",
    "Revert \"WEB-2291: new checkout flow\"",
    "[INFRA-450] rotate TLS certificates",
    "docs: update README for v2",
    "MOB-88 crash on Android 14 when rotating",
], jira_key)


def pl_invoice(s: str) -> str:
    _, num, month, year = s.split("/")
    return f"{year}/{month}/{int(num):04d}"


add("parts_invoice_02", "parts", "Polish invoice number FV/<seq>/<MM>/<YYYY> -> YYYY/MM/<seq padded to 4>.",
    ["invoice_no"], [
        "FV/17/03/2024", "FV/1/11/2023", "FV/245/01/2024",
        "FV/9/12/2023", "FV/1203/02/2024", "FV/58/06/2024", "FV/3/09/2023", "FV/400/04/2024",
    ], pl_invoice)


def ad_user(s: str) -> str:
    if "\\" in s:
        s = s.split("\\", 1)[1]
    elif "@" in s:
        s = s.split("@", 1)[0]
    return s.lower()


add("parts_aduser_03", "parts", "Account name from DOMAIN\\user, user@upn or a bare name, lower-cased.", ["logon"], [
    "CORP\\JSmith",
    "m.kowalczyk@emea.contoso.com",
    "svc_backup",
    "EMEA\\t.mueller",
    "PKaur@contoso.com",
    "admin_sql",
    "AMERICAS\\RGarcia",
    "l.rossi@it.contoso.com",
    "BUILD\\svc_jenkins",
], ad_user)


def storage(title: str) -> str:
    caps = [m.group(1) + m.group(2) for m in re.finditer(r"\b(\d+)(GB|TB)\b(?! RAM)", title)]
    return caps[-1] if caps else ""


add("parts_storage_04", "parts", "Storage capacity from a phone listing title (the RAM size is not the storage).",
    ["title"], [
        "Samsung Galaxy S23 128GB Phantom Black",
        "Apple iPhone 15 Pro 1TB Natural Titanium",
        "Xiaomi Redmi Note 13 8GB RAM 256GB Midnight Black",
        "Google Pixel 8 Pro 512GB Bay Blue",
        "OnePlus 12 16GB RAM 512GB Silky Black",
        "Motorola moto g84 12GB RAM 256GB Viva Magenta",
        "Apple iPhone 15 256GB Pink",
        "Samsung Galaxy S24 Ultra 1TB Titanium Gray",
        "Fairphone 5 8GB RAM 256GB Sky Blue",
    ], storage)


# ---- phone -----------------------------------------------------------------------------------
def it_e164(s: str) -> str:
    return "+39" + digits(s)


add("phone_it_e164_01", "phone", "Italian national number -> E.164; landlines keep their leading 0.", ["telefono"], [
    "02 8765 4321", "347/1234567", "055-234-5678",
    "011 561 2345", "333/7654321", "06 9876 5432", "081-552-3344", "320 111 2233", "0471 98 76 54",
], it_e164)


def au_intl(s: str) -> str:
    m = re.fullmatch(r"\(0(\d)\) (\d{4}) (\d{4})", s)
    if m:
        return f"+61 {m.group(1)} {m.group(2)} {m.group(3)}"
    m = re.fullmatch(r"0(\d{3}) (\d{3}) (\d{3})", s)
    return f"+61 {m.group(1)} {m.group(2)} {m.group(3)}"


add("phone_au_intl_02", "phone", "Australian national number (mobile or (0x) landline) -> international.", ["phone"], [
    "0412 345 678", "(02) 9876 5432", "(03) 9123 4567",
    "0498 765 432", "(07) 3012 3456", "(08) 8123 4567", "0401 234 567", "(02) 4321 8765",
], au_intl)


def in_e164(s: str) -> str:
    d = digits(s)
    if len(d) == 12 and d.startswith("91"):
        d = d[2:]
    elif len(d) == 11 and d.startswith("0"):
        d = d[1:]
    return "+91" + d


add("phone_in_e164_03", "phone", "Indian mobile in mixed layouts (trunk 0, +91, bare 10 digits) -> E.164.",
    ["mobile"], [
        "098450 12345", "+91 99001 23456", "9876543210",
        "+91 70123 45678", "081230 98765", "9123456789", "+91 88800 11223", "099887 76655", "7012398765",
    ], in_e164)


def ch_national(s: str) -> str:
    s = s.replace("(0)", "")
    d = digits(s)
    if d.startswith("0041"):
        d = d[4:]
    elif d.startswith("41"):
        d = d[2:]
    d = "0" + d
    return f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"


add("phone_ch_national_04", "phone", "Swiss international number (+41, 0041, +41 (0)) -> national 0xx xxx xx xx.",
    ["phone"], [
        "+41 44 512 37 80", "0041 79 123 45 67", "+41 (0)31 381 72 45",
        "+41 61 283 90 14", "0041 22 735 61 22", "+41 (0)76 555 12 34", "+41 91 826 44 07",
        "0041 78 901 23 45", "+41 (0)21 647 19 53",
    ], ch_national)


# ---- name ------------------------------------------------------------------------------------
def es_name(s: str) -> str:
    surnames, given = [p.strip() for p in s.split(",", 1)]
    return f"{given} " + " ".join(w.capitalize() for w in surnames.split())


add("name_es_surnames_01", "name", "Spanish `APELLIDO1 APELLIDO2, Nombre` -> `Nombre Apellido1 Apellido2`.",
    ["nombre_completo"], [
        "GARCÍA LÓPEZ, María José", "FERNÁNDEZ RUIZ, Javier", "ETXEBERRIA GOIKOETXEA, Iñaki",
        "SÁNCHEZ MORENO, Lucía", "PÉREZ GÓMEZ, Juan Carlos", "ÁLVAREZ IGLESIAS, Rocío",
        "MUÑOZ ROMERO, José María", "JIMÉNEZ OTERO, Begoña", "IBÁÑEZ QUIROGA, Aitor",
    ], es_name)


def hu_order(s: str) -> str:
    parts = s.split()
    return " ".join(parts[1:] + parts[:1])


add("name_hu_order_02", "name", "Hungarian family-name-first order -> given names first.", ["nev"], [
    "Nagy István", "Szabó Anna Mária", "Kovács Péter",
    "Tóth Gábor", "Horváth Eszter Katalin", "Varga Zoltán", "Kiss Erzsébet", "Molnár László Ferenc", "Farkas Judit",
], hu_order)


def ru_initials(s: str) -> str:
    parts = s.split()
    return parts[0] + " " + " ".join(p[0] + "." for p in parts[1:])


add("name_ru_initials_03", "name", "Russian `Фамилия Имя Отчество` -> `Фамилия И. О.` (patronymic may be missing).",
    ["fio"], [
        "Иванов Иван Петрович", "Смирнова Ольга Сергеевна", "Ким Анна",
        "Кузнецов Дмитрий Алексеевич", "Попова Елена Викторовна", "Ли Мария", "Соколов Андрей Николаевич",
        "Волкова Татьяна Игоревна", "Цой Виктор",
    ], ru_initials)


def nl_sort(s: str) -> str:
    parts = s.split()
    first, rest = parts[0], parts[1:]
    particles = [p for p in rest if p.islower()]
    surname = " ".join(p for p in rest if not p.islower())
    out = f"{surname}, {first[0]}."
    if particles:
        out += " " + " ".join(particles)
    return out


add("name_nl_sort_04", "name", "Dutch name -> sort form `Achternaam, V. tussenvoegsel`.", ["naam"], [
    "Jan van der Berg", "Anouk de Vries", "Pieter Bakker",
    "Sanne van der Linden", "Thijs de Groot", "Femke Mulder", "Sjoerd de Wit", "Lotte van der Meulen",
    "Daan Visser",
], nl_sort)


# ---- code ------------------------------------------------------------------------------------
def eircode(s: str) -> str:
    c = re.sub(r"\s", "", s).upper()
    return f"{c[:3]} {c[3:]}"


add("code_eircode_01", "code", "Irish Eircode -> upper case with a space after the 3-character routing key.",
    ["eircode"], [
        "d02x285", "A65F4E2", "v94 t9pd",
        "h91e2k3", "T12AB34", "r95 x2p6", "D6WFK70", "p31ka20", "F92 W2CX",
    ], eircode)


def jp_postal(s: str) -> str:
    d = digits(s)
    return f"〒{d[:3]}-{d[3:]}"


add("code_jp_postal_02", "code", "Japanese postal code (7 digits, with or without hyphen) -> 〒NNN-NNNN.",
    ["yubin"], [
        "1000001", "530-0001", "0600042",
        "9800811", "812-0011", "4600008", "0040051", "730-0011",
    ], jp_postal)


def vat_id(s: str) -> str:
    return re.sub(r"[\s.\-]", "", s).upper()


add("code_vat_id_03", "code", "EU VAT identification number -> compact upper case (no spaces, dots, hyphens).",
    ["vat_id"], [
        "de 284 915 306", "BE 0812.334.095", "IT-05123480961",
        "fr 27 512 904 118", "NL 8231.64.507.b01", "es-B86412379", "AT U38174625", "pl 781-204-55-63",
        "DK 29 40 71 58",
    ], vat_id)


# ---- date ------------------------------------------------------------------------------------
def uk_mixed(s: str) -> str:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d %b %Y"):
        try:
            return dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            pass
    raise ValueError(s)


add("date_uk_mixed_01", "date", "UK column mixing DD/MM/YYYY, ISO and `7 Aug 2023` -> ISO date.", ["date"], [
    "15/03/2024", "2023-11-02", "7 Aug 2023",
    "28/02/2024", "2024-01-09", "30 Sep 2023", "04/12/2023", "1 Feb 2024", "2023-12-31",
], uk_mixed)


def nl_date(s: str) -> str:
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", s)
    if m:
        return dt.date(int(m.group(3)), NL_MONTHS.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    return dt.datetime.strptime(s, "%d-%m-%Y").date().isoformat()


add("date_nl_mixed_02", "date", "Dutch dates `15 maart 2024` or `28-06-2023` -> ISO date.", ["datum"], [
    "15 maart 2024", "28-06-2023", "1 oktober 2023",
    "12 januari 2024", "05-11-2023", "30 april 2024", "14 februari 2024", "19-08-2023", "2 december 2023",
], nl_date)


def us_2y(s: str) -> str:
    m, d, y = (int(p) for p in s.split("/"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    return dt.date(y, m, d).isoformat()


add("date_us_2digit_03", "date", "US M/D/YY or M/D/YYYY -> ISO; two-digit years 00-49 are 20xx, 50-99 are 19xx.",
    ["dob"], [
        "3/15/98", "11/2/07", "7/4/2019",
        "12/25/85", "1/9/2003", "6/30/11", "10/31/1999", "2/29/04", "8/17/92",
    ], us_2y)


def header_date(s: str) -> str:
    m = re.fullmatch(r"[A-Z][a-z]{2}, (\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) .*", s)
    if m:
        return dt.date(int(m.group(3)), MON.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    m = re.fullmatch(r"[A-Z][a-z]+, ([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    return dt.date(int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2))).isoformat()


add("date_header_04", "date", "E-mail header date (RFC 2822) or long US date with weekday -> ISO date (as written).",
    ["sent"], [
        "Fri, 15 Mar 2024 14:30:00 +0100", "Tuesday, November 7, 2023", "Mon, 2 Oct 2023 09:05:11 -0400",
        "Wed, 31 Jan 2024 11:00:00 +0000", "Thursday, February 29, 2024", "Sat, 9 Dec 2023 16:45:27 +0200",
        "Monday, January 1, 2024", "Tue, 14 May 2024 08:15:00 -0700", "Friday, June 7, 2024",
    ], header_date)


def de_ts(s: str) -> str:
    for fmt in ("%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(s, fmt).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
    raise ValueError(s)


add("date_timestamp_05", "date", "German `15.03.2024 14:30`, ISO `...T08:05:00` or date only -> `YYYY-MM-DD HH:MM`.",
    ["zeitpunkt"], [
        "15.03.2024 14:30", "2023-11-02T08:05:00", "01.12.2023",
        "29.02.2024 07:45", "2024-04-18T23:10:00", "31.10.2023", "2023-06-05T12:00:00", "09.01.2024 18:05",
    ], de_ts)


# ---- number ----------------------------------------------------------------------------------
def pln(s: str) -> str:
    core = s.replace("zł", "").replace(NBSP, "").replace(" ", "").replace(",", ".")
    return dec(Decimal(core), 2)


add("number_pln_01", "number", "Polish amount `1 234,56 zł` (space or no-break space groups) -> `1234.56`.",
    ["kwota"], [
        f"1{NBSP}234,56 zł", "12 345 zł", "987,5 zł",
        f"45{NBSP}678,90 zł", "3 000 zł", "15,99 zł", f"1{NBSP}250{NBSP}000,5 zł", "704,1 zł", "2 349,00 zł",
    ], pln)


def sym_amount(s: str) -> str:
    if s.startswith("£"):
        return "GBP " + dec(Decimal(s[1:].replace(",", "")), 2)
    if s.startswith("R$"):
        return "BRL " + dec(Decimal(s[2:].strip().replace(".", "").replace(",", ".")), 2)
    if s.startswith("¥"):
        return "JPY " + str(int(s[1:].replace(",", "")))
    raise ValueError(s)


add("number_symbol_code_02", "number", "Amount with £, R$ or ¥ -> ISO currency code + plain amount (JPY has no minor unit).",
    ["price"], [
        "£1,234.50", "R$ 2.345,60", "¥123,456",
        "£89.99", "R$ 12.000,00", "¥8,800", "£12,450.00", "R$ 45,90", "¥1,280,000",
    ], sym_amount)


def sek(s: str) -> str:
    q = half_up(Decimal(s), 2)
    whole, frac = f"{q:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return " ".join(groups) + "," + frac + " kr"


add("number_sek_format_03", "number", "Plain amount -> Swedish display `1 234 567,50 kr`.", ["belopp"], [
    "1234567.5", "899", "45000.25",
    "12.3", "1000", "250000.75", "9999999.99", "650.1", "100000",
], sek)


def inr_words(s: str) -> str:
    body = s.lstrip("₹").strip()
    m = re.fullmatch(r"([\d.]+) (lakh|crore)", body)
    if m:
        mult = 100000 if m.group(2) == "lakh" else 10000000
        v = Decimal(m.group(1)) * mult
        assert v == v.to_integral_value()
        return str(int(v))
    return str(int(body.replace(",", "")))


add("number_inr_lakh_04", "number", "Indian rupee amount in lakh / crore or plain -> integer rupees.", ["ctc"], [
    "₹12.5 lakh", "₹3 crore", "₹85,000",
    "₹1.2 crore", "₹7 lakh", "₹45,500", "₹2.25 crore", "₹0.75 lakh", "₹99 lakh", "₹4,999",
], inr_words)


# ---- text ------------------------------------------------------------------------------------
def squash(s: str) -> str:
    return re.sub(r"[\s\u00a0]+", " ", s).strip()


add("text_squash_01", "text", "Collapse runs of spaces, tabs and no-break spaces; trim.", ["vendor_name"], [
    "  Müller   &  Söhne GmbH ", "ACME\tIndustries  Ltd.", f"Café{NBSP}de{NBSP}Flore  ",
    "Nordic  \t Timber AB", f"  Łódź{NBSP} Logistics  Sp. z o.o.", "Blue\t\tRiver   Foods",
    f"{NBSP}Østergaard  ApS", "Smith &   Wesson\t", "Pão   de  Açúcar  S.A.",
], squash)


def tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


add("text_tr_upper_02", "text", "Turkish upper case (i -> İ, ı -> I).", ["il"], [
    "izmir", "ığdır", "Şişli",
    "istanbul", "Kadıköy", "Diyarbakır", "çiğli", "Eskişehir", "Ağrı",
], tr_upper)


FR_PARTICLES = {"en", "sur", "sous", "de", "la", "le", "les", "lès"}


def fr_commune(s: str) -> str:
    out = []
    for i, w in enumerate(s.split("-")):
        lw = w.lower()
        out.append(lw if i > 0 and lw in FR_PARTICLES else w.capitalize())
    return "-".join(out)


add("text_fr_commune_03", "text", "French commune name in capitals -> mixed case with lower-case `en`/`sur` inside.",
    ["commune"], [
        "AIX-EN-PROVENCE", "BOULOGNE-SUR-MER", "SAINT-DENIS",
        "CHÂLONS-EN-CHAMPAGNE", "SAINT-MALO", "NOGENT-SUR-MARNE", "SAINT-GERMAIN-EN-LAYE", "BAR-SUR-AUBE",
        "VILLENEUVE-SUR-LOT", "SAINT-ÉTIENNE",
    ], fr_commune)


# ---- unit ------------------------------------------------------------------------------------
def nmi_km(s: str) -> str:
    return dec(Decimal(s.split()[0]) * Decimal("1.852"), 1)


add("unit_nmi_km_01", "unit", "Nautical miles -> kilometres, 1 decimal (1 nmi = 1.852 km).", ["distance"], [
    "12.5 nmi", "100 nmi", "3.2 nmi",
    "45 nmi", "250 nmi", "0.8 nmi", "1200 nmi", "17.5 nmi", "6 nmi",
], nmi_km)


def to_bar(s: str) -> str:
    v, u = s.split()
    v = Decimal(v)
    if u == "psi":
        v = v * Decimal("0.0689476")
    elif u == "kPa":
        v = v / 100
    return dec(v, 2)


add("unit_pressure_bar_02", "unit", "Tyre pressure in bar, psi or kPa -> bar, 2 decimals.", ["pressure"], [
    "32 psi", "250 kPa", "2.4 bar",
    "35 psi", "220 kPa", "2.9 bar", "44 psi", "180 kPa", "3.15 bar",
], to_bar)


def stone_kg(s: str) -> str:
    m = re.fullmatch(r"(\d+) st(?: (\d+) lb)?", s)
    lb = int(m.group(1)) * 14 + int(m.group(2) or 0)
    return dec(Decimal(lb) * Decimal("0.45359237"), 1)


add("unit_stone_kg_03", "unit", "UK body weight `11 st 4 lb` -> kg, 1 decimal (1 st = 14 lb).", ["weight"], [
    "11 st 4 lb", "9 st", "13 st 12 lb",
    "10 st 7 lb", "15 st", "8 st 11 lb", "12 st 1 lb", "16 st 9 lb",
], stone_kg)


# =============================================================================================
# Part 2: other families met when moving tables between systems
# =============================================================================================

# ---- cloud -----------------------------------------------------------------------------------
def k8s_cpu(s: str) -> str:
    if s.endswith("m"):
        return plain(Decimal(s[:-1]) / 1000)
    return plain(Decimal(s))


add("cloud_k8s_cpu_01", "cloud", "Kubernetes CPU quantity (`500m` millicores or whole cores) -> cores.", ["cpu_request"], [
    "500m", "2", "250m",
    "100m", "1500m", "4", "750m", "50m", "1",
], k8s_cpu)


def k8s_mem(s: str) -> str:
    if s.endswith("Gi"):
        return plain(Decimal(s[:-2]) * 1024)
    return plain(Decimal(s[:-2]))


add("cloud_k8s_mem_02", "cloud", "Kubernetes memory quantity in Mi or Gi -> MiB.", ["memory_limit"], [
    "512Mi", "2Gi", "0.5Gi",
    "256Mi", "4Gi", "1536Mi", "1.5Gi", "16Gi", "128Mi",
], k8s_mem)


def arn_region(s: str) -> str:
    return s.split(":")[3]


add("cloud_arn_region_03", "cloud", "AWS region from an ARN; empty for global resources (S3 buckets, IAM).", ["arn"], [
    "arn:aws:lambda:eu-west-1:123456789012:function:invoice-export",
    "arn:aws:s3:::acme-data-lake-raw",
    "arn:aws:dynamodb:us-east-2:210987654321:table/Orders",
    "arn:aws:sqs:ap-southeast-2:123456789012:order-events",
    "arn:aws:iam::123456789012:role/etl-runner",
    "arn:aws:rds:eu-central-1:555000111222:db:billing-prod",
    "arn:aws:s3:::acme-exports-2024",
    "arn:aws:sns:us-west-2:210987654321:alerts",
    "arn:aws:kinesis:ca-central-1:555000111222:stream/clickstream",
], arn_region)


# ---- logs ------------------------------------------------------------------------------------
def syslog_pri(s: str) -> str:
    pri = int(re.match(r"<(\d+)>", s).group(1))
    return f"facility={pri // 8} severity={pri % 8}"


add("logs_syslog_pri_01", "logs", "Facility and severity from the syslog PRI (PRI = facility x 8 + severity).",
    ["line"], [
        "<34>Oct 11 22:14:15 gw03 su: 'su root' failed for svc_etl on /dev/pts/2",
        "<13>Feb  5 17:32:18 web01 nginx: configuration reloaded",
        "<165>1 2024-03-15T14:30:00.003Z fw01 ifmon - LINK - eth2 link down",
        "<0>Mar  1 03:00:01 db02 kernel: panic",
        "<191>1 2024-03-15T09:12:44Z app07 payments 2211 - - debug trace enabled",
        "<86>Jan 12 06:25:03 bastion sshd[4410]: Accepted publickey for deploy",
        "<30>Apr  9 11:47:52 nas01 systemd[1]: Started backup.service",
        "<142>Jul 22 19:05:33 lb01 haproxy[812]: backend api has no server available",
        "<11>Dec 31 23:59:59 erp01 sapstart: work process died",
    ], syslog_pri)


def clf_ts(s: str) -> str:
    m = re.search(r"\[(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})\]", s)
    d = dt.date(int(m.group(3)), MON.index(m.group(2)) + 1, int(m.group(1)))
    return f"{d.isoformat()}T{m.group(4)}{m.group(5)}:{m.group(6)}"


add("logs_clf_time_02", "logs", "Timestamp of a Common Log Format line -> ISO 8601 with offset.", ["log_line"], [
    '203.0.113.7 - - [14/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326',
    '198.51.100.23 - alice [02/Mar/2024:07:04:09 -0700] "POST /api/orders HTTP/1.1" 201 512',
    '192.0.2.44 - - [29/Feb/2024:23:59:01 +0000] "GET /health HTTP/1.1" 204 0',
    '203.0.113.91 - - [15/Jan/2024:00:00:59 +0100] "GET /robots.txt HTTP/1.1" 404 153',
    '198.51.100.5 - bob [31/Dec/2023:18:30:00 -0500] "PUT /api/cart/77 HTTP/2.0" 200 88',
    '192.0.2.10 - - [05/Aug/2023:11:22:33 +0530] "GET /static/app.js HTTP/1.1" 304 0',
    '203.0.113.250 - - [17/Nov/2023:04:08:16 +0900] "DELETE /api/session HTTP/1.1" 204 0',
    '198.51.100.66 - - [01/Jun/2024:12:00:00 +0000] "GET / HTTP/1.1" 200 10432',
], clf_ts)


def frame_loc(s: str) -> str:
    m = re.search(r"\(([\w$]+\.java:\d+)\)\s*$", s)
    return m.group(1) if m else ""


add("logs_stack_frame_03", "logs", "`File.java:line` of a Java stack-trace frame; empty for native / unknown frames.",
    ["frame"], [
        "at com.acme.billing.InvoiceService.post(InvoiceService.java:142)",
        "at java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
        "\tat org.hibernate.internal.SessionImpl.flush(SessionImpl.java:1352)",
        "at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
        "\tat java.base/java.lang.Thread.sleep(Native Method)",
        "at com.acme.etl.Loader$Batch.commit(Loader.java:57)",
        "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1596)",
        "at sun.nio.ch.Net.poll(Native Method)",
        "at com.acme.crm.CustomerMapper.toDto(CustomerMapper.java:8)",
    ], frame_loc)


# ---- transit ---------------------------------------------------------------------------------
def gtfs_time(s: str) -> str:
    h, m, _ = (int(p) for p in s.split(":"))
    if h >= 24:
        return f"{h - 24:02d}:{m:02d}+1"
    return f"{h:02d}:{m:02d}"


add("transit_gtfs_time_01", "transit", "GTFS stop time (hours may exceed 24) -> `HH:MM`, `+1` for the next day.",
    ["departure_time"], [
        "25:10:00", "08:05:00", "24:00:00",
        "23:59:00", "26:45:00", "06:30:00", "24:35:00", "12:00:00", "27:05:00",
    ], gtfs_time)


def runtime(dep: str, arr: str) -> str:
    a = int(dep[:2]) * 60 + int(dep[3:])
    b = int(arr[:2]) * 60 + int(arr[3:])
    return str((b - a) % 1440)


add("transit_runtime_02", "transit", "Minutes from departure to arrival (2 columns), arrivals may be after midnight.",
    ["dep", "arr"], [
        ("08:12", "09:47"), ("23:40", "00:25"), ("14:05", "14:58"),
        ("06:00", "06:35"), ("22:15", "01:05"), ("11:50", "13:20"), ("23:58", "00:03"), ("17:45", "21:10"),
    ], runtime)


# ---- maritime --------------------------------------------------------------------------------
def vessel(s: str) -> str:
    return re.sub(r"^(MV|M/V) ", "", s)


add("maritime_vessel_name_01", "maritime", "Vessel name without the `MV` / `M/V` prefix.", ["vessel"], [
    "MV Ever Given", "M/V Maersk Alabama", "Queen Mary 2",
    "MV Dali", "M/V Wakashio", "MSC Irina", "Stena Britannica", "MV Ever Ace", "M/V Hoegh Target",
], vessel)


def teu(s: str) -> str:
    total = 0
    for n, size in re.findall(r"(\d+)x(20'|40'HC|40')", s):
        total += int(n) * (1 if size == "20'" else 2)
    return str(total)


add("maritime_teu_02", "maritime", "TEU count of a booking's equipment list (20' = 1, 40' and 40'HC = 2).", ["equipment"], [
    "2x20' 3x40'", "1x40'HC", "4x20'",
    "3x20' 1x40'HC", "10x40'", "1x20' 1x40' 2x40'HC", "6x20'", "2x40'HC 5x20'",
], teu)


def ais_eta(eta: str, year: str) -> str:
    return f"{year}-{eta[:2]}-{eta[2:4]} {eta[4:6]}:{eta[6:]}"


add("maritime_ais_eta_03", "maritime", "AIS ETA `MMDDHHMM` + voyage year (2 columns) -> `YYYY-MM-DD HH:MM`.",
    ["eta", "year"], [
        ("03151430", "2024"), ("11020805", "2023"), ("12312359", "2023"),
        ("01010000", "2024"), ("07220615", "2024"), ("09301745", "2023"), ("02291200", "2024"), ("10050930", "2023"),
    ], ais_eta)


# ---- pharma ----------------------------------------------------------------------------------
def daily_dose(scheme: str, strength: str) -> str:
    n = sum(int(p) for p in scheme.split("-"))
    v = Decimal(strength.split()[0]) * n
    return plain(v) + " mg"


add("pharma_daily_dose_01", "pharma", "Daily dose from a German dosing scheme `1-0-1` and the tablet strength (2 columns).",
    ["dosierung", "staerke"], [
        ("1-0-1", "500 mg"), ("1-1-1-1", "250 mg"), ("2-0-1", "2.5 mg"),
        ("1-0-0", "40 mg"), ("0-0-1", "10 mg"), ("1-1-1", "400 mg"), ("1-0-1-0", "75 mg"), ("1-0-0", "0.25 mg"),
        ("1-1-1", "2.5 mg"),
    ], daily_dose)


def pzn(s: str) -> str:
    out = f"{int(digits(s)):08d}"
    assert sum(int(c) * w for c, w in zip(out[:7], range(1, 8))) % 11 == int(out[7]), s  # valid check digit
    return out


add("pharma_pzn_02", "pharma", "German PZN (with or without prefix, old 7-digit form) -> 8 digits.", ["pzn"], [
    "PZN-4324188", "PZN 11186232", "06313728",
    "PZN-1234562", "PZN 00626478", "2906147", "PZN-9999991", "17237580",
], pzn)


def to_mg(s: str) -> str:
    m = re.fullmatch(r"([\d.]+) ?(MG|g|mcg)", s)
    v = Decimal(m.group(1))
    if m.group(2) == "g":
        v *= 1000
    elif m.group(2) == "mcg":
        v /= 1000
    return plain(v)


add("pharma_strength_mg_03", "pharma", "Drug strength in MG, g or mcg -> mg.", ["strength"], [
    "500MG", "0.5 g", "250 mcg",
    "75MG", "1 g", "100 mcg", "2.5 g", "40MG", "50 mcg",
], to_mg)


# ---- auto ------------------------------------------------------------------------------------
def odo_km(s: str) -> str:
    v, u = s.split()
    if u == "mi":
        return dec(Decimal(v.replace(",", "")) * Decimal("1.609344"), 0)
    return str(int(v.replace(".", "")))


add("auto_odometer_km_01", "auto", "Odometer reading `12,345 mi` or `45.678 km` -> whole km.", ["mileage"], [
    "12,345 mi", "45.678 km", "8,020 mi",
    "61.204 km", "33,100 mi", "150.000 km", "2,500 mi", "7.450 km", "88,888 mi",
], odo_km)


def power_kw(s: str) -> str:
    v, u = s.split()
    v = Decimal(v)
    if u == "PS":
        v *= Decimal("0.73549875")
    elif u == "hp":
        v *= Decimal("0.745699872")
    return dec(v, 0)


add("auto_power_kw_02", "auto", "Engine power in kW, PS (metric hp) or hp -> whole kW.", ["power"], [
    "110 kW", "150 PS", "300 hp",
    "90 PS", "85 kW", "250 hp", "190 PS", "400 hp", "147 kW",
], power_kw)


# ---- genealogy -------------------------------------------------------------------------------
GED_MON = [m.upper() for m in MON]


def ged_date(s: str) -> str:
    if s.startswith("ABT "):
        return "c. " + s[4:]
    if s.startswith("BEF "):
        return "before " + s[4:]
    d, mo, y = s.split()
    return dt.date(int(y), GED_MON.index(mo) + 1, int(d)).isoformat()


add("genealogy_gedcom_date_01", "genealogy", "GEDCOM date (exact, ABT, BEF) -> ISO date, `c. YYYY` or `before YYYY`.",
    ["date"], [
        "15 MAR 1850", "ABT 1850", "BEF 1900",
        "ABT 1790", "2 JUN 1888", "BEF 1820", "ABT 1902", "31 DEC 1799", "BEF 1750",
    ], ged_date)


def ged_name(s: str) -> str:
    m = re.fullmatch(r"(.*?)\s*/(.+)/", s)
    given, surname = m.group(1), m.group(2)
    return f"{surname}, {given}" if given else surname


add("genealogy_gedcom_name_02", "genealogy", "GEDCOM NAME `Given /Surname/` -> `Surname, Given` (surname only if no given name).",
    ["name"], [
        "John /Smith/", "Maria Anna /Huber/", "/Okafor/",
        "Ingrid /Lindqvist/", "Carl Friedrich /Gauß/", "/Nowak/", "Johann /von Bülow/", "Mary Ellen /O'Sullivan/",
        "Sven /Åkesson/",
    ], ged_name)


def dual_date(s: str) -> str:
    d, mo, y = s.split()
    year = int(y.split("/")[0]) + (1 if "/" in y else 0)
    return dt.date(year, GED_MON.index(mo) + 1, int(d)).isoformat()


add("genealogy_dual_year_03", "genealogy", "Dual-dated parish entry `12 FEB 1710/11` -> ISO date in the later (new style) year.",
    ["date"], [
        "12 FEB 1710/11", "3 MAR 1689/90", "5 JUN 1702",
        "20 JAN 1698/99", "14 AUG 1745", "1 MAR 1723/24", "24 MAR 1749/50", "9 NOV 1688", "11 FEB 1731/32",
    ], dual_date)


# ---- electronics -----------------------------------------------------------------------------
def rkm(s: str) -> str:
    m = re.fullmatch(r"(\d*)([RKM])(\d*)", s)
    v = Decimal(f"{m.group(1) or '0'}.{m.group(3) or '0'}")
    v *= {"R": 1, "K": 1000, "M": 1000000}[m.group(2)]
    return plain(v)


add("electronics_rkm_01", "electronics", "Resistor value in RKM code (`4K7`, `0R22`, `1M`) -> ohms.", ["value"], [
    "4K7", "0R22", "1M",
    "2K2", "10K", "470R", "3M3", "1R5", "100K",
], rkm)


def smd_cap(s: str) -> str:
    pf = Decimal(int(s[:2]) * 10 ** int(s[2]))
    return plain(pf / 1000) + " nF"


add("electronics_cap_code_02", "electronics", "3-digit capacitor code (2 digits x 10^n pF) -> nF.", ["code"], [
    "104", "472", "221",
    "103", "224", "101", "473", "105", "682", "331",
], smd_cap)


def bom_count(s: str) -> str:
    n = 0
    for part in s.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-")
            n += int(re.sub(r"\D", "", b)) - int(re.sub(r"\D", "", a)) + 1
        else:
            n += 1
    return str(n)


add("electronics_bom_qty_03", "electronics", "Quantity of a BOM line from its reference designators (ranges count every part).",
    ["designators"], [
        "R1-R4, R7", "C12", "U1, U3, U5-U8",
        "R10-R19", "C1, C2, C5", "D3-D4, D9", "L1", "Q2-Q3, Q7-Q9", "J1, J4-J6, J10",
    ], bom_count)


# ---- stats -----------------------------------------------------------------------------------
def ci_lower(s: str) -> str:
    inner = re.search(r"[(\[](.*)[)\]]", s).group(1)
    inner = re.sub(r"\d+% CI", "", inner)
    return re.search(r"-?\d+(?:\.\d+)?", inner).group(0)


add("stats_ci_lower_01", "stats", "Lower bound of a reported confidence interval (three reporting styles).", ["estimate"], [
    "12.3 (95% CI 10.1–14.5)", "OR 1.85 [1.20, 2.87]", "-0.42 (95% CI -0.81 to -0.03)",
    "HR 0.74 [0.61, 0.90]", "3.9 (95% CI 2.7–5.2)", "-1.15 (95% CI -1.90 to -0.40)", "RR 2.05 [1.33, 3.16]",
    "0.58 (95% CI 0.47–0.71)", "-0.08 (95% CI -0.29 to 0.13)",
], ci_lower)


def apa_p(s: str) -> str:
    v = Decimal(s)
    if v < Decimal("0.001"):
        return "p < .001"
    return "p = " + dec(v, 3)[1:]


add("stats_p_apa_02", "stats", "p-value -> APA style (3 decimals rounded half up, no leading zero, `< .001`).", ["p"], [
    "0.0004", "0.0125", "0.2871",
    "0.00001", "0.049", "0.5", "0.0315", "0.00099", "0.0011", "0.73",
], apa_p)


# ---- mainframe -------------------------------------------------------------------------------
def julian(s: str) -> str:
    year = int(s[:-3])
    if year < 100:
        year += 2000
    return (dt.date(year, 1, 1) + dt.timedelta(days=int(s[-3:]) - 1)).isoformat()


add("mainframe_julian_01", "mainframe", "Mainframe Julian date YYDDD or YYYYDDD (day of year) -> ISO date.", ["jdate"], [
    "24075", "2023365", "24001",
    "24060", "2023032", "23181", "2024366", "22100", "2023200",
], julian)


def db2_ts(s: str) -> str:
    d, h, mi, sec = s[:10], s[11:13], s[14:16], s[17:19]
    return f"{d} {h}:{mi}:{sec}"


add("mainframe_db2_ts_02", "mainframe", "DB2 timestamp `YYYY-MM-DD-HH.MM.SS.ffffff` -> `YYYY-MM-DD HH:MM:SS` (fraction dropped).",
    ["ts"], [
        "2024-03-15-14.30.45.123456", "2023-12-31-23.59.59.987654", "2024-01-02-00.05.00.000000",
        "2024-02-29-08.15.30.500000", "2023-07-04-17.00.01.000001", "2024-05-20-06.45.12.654321",
        "2023-10-10-10.10.10.101010", "2024-06-01-23.00.00.999999",
    ], db2_ts)


# ---- public ----------------------------------------------------------------------------------
def fips(state: str, county: str) -> str:
    return f"{int(state):02d}{int(county):03d}"


add("public_fips_county_01", "public", "US state FIPS + county FIPS (leading zeros lost, 2 columns) -> 5-digit county code.",
    ["state_fips", "county_fips"], [
        ("6", "37"), ("48", "201"), ("36", "61"),
        ("17", "31"), ("4", "13"), ("53", "33"), ("12", "86"), ("1", "1"), ("32", "3"),
    ], fips)


def az_year(s: str) -> str:
    yy = int(s.rsplit("/", 1)[1])
    return str(yy + (2000 if yy < 50 else 1900))


add("public_court_year_02", "public", "Year of a German court file number (`2 BvR 1234/19` -> `2019`).", ["aktenzeichen"], [
    "2 BvR 1234/19", "VI ZR 123/22", "1 BvL 7/98",
    "XII ZB 45/03", "2 BvE 2/08", "I ZR 169/17", "1 BvR 2217/96", "IX ZR 58/21", "5 StR 401/99",
], az_year)


# ---- payments --------------------------------------------------------------------------------
MINOR = {"EUR": 2, "JPY": 0, "KWD": 3}


def minor_units(amount: str, cur: str) -> str:
    places = MINOR[cur]
    v = Decimal(int(amount)).scaleb(-places)
    return f"{v:.{places}f}"


add("payments_minor_units_01", "payments", "PSP amount in minor units + currency (2 columns) -> decimal amount (EUR 2, JPY 0, KWD 3 decimals).",
    ["amount_minor", "currency"], [
        ("123456", "EUR"), ("5000", "JPY"), ("45", "KWD"),
        ("99", "EUR"), ("1280000", "JPY"), ("500", "KWD"), ("100000", "EUR"), ("7", "EUR"), ("250750", "KWD"),
        ("12345", "KWD"),
    ], minor_units)


def card_expiry(s: str) -> str:
    if "/" in s:
        m, y = s.split("/")
    else:
        m, y = s[:2], s[2:]
    y = int(y)
    if y < 100:
        y += 2000
    return f"{y}-{int(m):02d}"


add("payments_card_expiry_02", "payments", "Card expiry `04/27`, `1126` or `9/2028` -> `YYYY-MM`.", ["expiry"], [
    "04/27", "1126", "9/2028",
    "12/25", "0130", "3/2029", "07/28", "1024", "11/2026",
], card_expiry)


# =============================================================================================

def check(tasks: list[Task]) -> None:
    ids = [t.id for t in tasks]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(tasks) == 60, len(tasks)
    for t in tasks:
        assert re.fullmatch(r"[a-z]+_[a-z0-9_]+_\d\d", t.id), t.id
        assert t.id.startswith(t.category + "_"), t.id
        assert len(t.train) == 3 and 4 <= len(t.test) <= 8, t.id
        for p in t.train + t.test:
            assert all(isinstance(v, str) for v in p["in"]) and isinstance(p["out"], str), t.id


def main() -> None:
    check(TASKS)
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    with OUT_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for t in TASKS:
            fh.write(json.dumps(t.as_dict(), ensure_ascii=False) + "\n")
    n_test = sum(len(t.test) for t in TASKS)
    print(f"{OUT_FILE}: {len(TASKS)} tasks, {n_test} test rows")


if __name__ == "__main__":
    main()
