"""Generate the second blind transformation-by-example set (assets_config/golden_synth/blind/tasks.jsonl).

Run: /work/main/.venv/bin/python tools/golden/gen_synth_blind2.py
Written blind (session 4): the author saw only the golden_synth README (format, rules, the dev and dev_b1
categories) and the conventions at the top of gen_synth.py. The tasks come from situations met when
migrating tables between systems (mainframe, ERP, spreadsheets, HL7/EDI, banking, logistics, telecom,
healthcare, other locales) and avoid the dev and dev_b1 task families.

Each task lists its input rows; the first 3 are the train rows, the rest are test rows. Outputs are computed
by the small reference function next to the rows. Test rows only use variations the train rows show.
Standard library only; the output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets_config" / "golden_synth" / "dev_b2" / "tasks.jsonl"

TASKS: list[dict] = []


def task(tid: str, category: str, description: str, inputs: list[str], fn, rows: list) -> None:
    """rows: input tuples (or single strings for one-input tasks); the first 3 are train rows."""
    pairs = []
    for r in rows:
        ins = [r] if isinstance(r, str) else list(r)
        assert len(ins) == len(inputs), (tid, r)
        out = fn(*ins)
        assert isinstance(out, str), (tid, r, out)
        pairs.append({"in": ins, "out": out})
    assert 7 <= len(pairs) <= 11, (tid, len(pairs))
    TASKS.append(
        {
            "id": tid,
            "category": category,
            "description": description,
            "inputs": inputs,
            "train": pairs[:3],
            "test": pairs[3:],
        }
    )


def money(x: Decimal, places: int = 2) -> str:
    q = Decimal(1).scaleb(-places)
    return str(x.quantize(q, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------------------------------------
# cobol: mainframe numeric pictures
# ---------------------------------------------------------------------------------------------

OVERPUNCH_POS = {"{": 0, **{chr(ord("A") + i): i + 1 for i in range(9)}}
OVERPUNCH_NEG = {"}": 0, **{chr(ord("J") + i): i + 1 for i in range(9)}}


def overpunch(s: str) -> str:
    last = s[-1]
    if last in OVERPUNCH_POS:
        sign, d = 1, OVERPUNCH_POS[last]
    else:
        sign, d = -1, OVERPUNCH_NEG[last]
    v = Decimal(int(s[:-1] + str(d)) * sign).scaleb(-2)
    return money(v)


task(
    "cobol_overpunch_01",
    "cobol",
    "COBOL zoned decimal PIC S9(6)V99 with overpunched sign in the last byte ({ = +0, D = +4, } = -0); "
    "two implied decimals",
    ["amount_zoned"],
    overpunch,
    ["0001234{", "0000567}", "0000890D", "0012000{", "0000001}", "0004500D", "0100000}", "0000000{"],
)

task(
    "cobol_implied_decimal_01",
    "cobol",
    "Unsigned PIC 9(7)V99 field from a fixed-width extract: insert the implied decimal point, drop leading zeros",
    ["amount_raw"],
    lambda s: money(Decimal(int(s)).scaleb(-2)),
    ["000012345", "000000005", "001000000", "000099999", "000000100", "123456789", "000000000"],
)

task(
    "cobol_sign_leading_01",
    "cobol",
    "SIGN LEADING SEPARATE numeric with two implied decimals -> signed decimal (no plus sign)",
    ["amount_signed"],
    lambda s: money(Decimal(int(s)).scaleb(-2)),
    ["+0001234", "-0000050", "+0000000", "-0012345", "+0100000", "-0000001", "+0000999"],
)


def comp3(h: str) -> str:
    digits_, sign = h[:-1], h[-1]
    v = int(digits_)
    return str(-v if sign == "D" else v)


task(
    "cobol_comp3_hex_01",
    "cobol",
    "COMP-3 packed decimal shown as hex: digits then a sign nibble (C = +, D = -, F = unsigned) -> integer",
    ["packed_hex"],
    comp3,
    ["0012345C", "0000123D", "0000042F", "1234567C", "0000000C", "0009999D", "0000100F", "0500000D"],
)

# ---------------------------------------------------------------------------------------------
# fixedwidth: legacy records and packed dates
# ---------------------------------------------------------------------------------------------


def fw_record(cid: int, last: str, first: str, state: str) -> str:
    return f"{cid:07d}{last:<10}{first:<10}{state}"


FW_PEOPLE = [
    (1234, "SMITH", "JOHN", "NY"),
    (88, "DE LA ROSA", "MARIA", "TX"),
    (40021, "O'BRIEN", "SEAN", "MA"),
    (77, "NGUYEN", "ANH", "CA"),
    (912345, "MÜLLER", "JÜRGEN", "IL"),
    (5, "VAN DYKE", "ELLEN", "NJ"),
    (30303, "LI", "WEI", "WA"),
    (1000000, "KOWALSKI", "PIOTR", "OH"),
]
task(
    "fixedwidth_last_name_01",
    "fixedwidth",
    "Fixed-width customer record (id 7, last name 10, first name 10, state 2): the last name, trimmed",
    ["record"],
    lambda r: r[7:17].strip(),
    [fw_record(*p) for p in FW_PEOPLE],
)


def cyymmdd(s: str) -> str:
    year = 1900 + 100 * int(s[0]) + int(s[1:3])
    return f"{year:04d}-{s[3:5]}-{s[5:7]}"


task(
    "fixedwidth_cyymmdd_01",
    "fixedwidth",
    "IBM i / AS400 CYYMMDD date (C = 0 for 19xx, 1 for 20xx) -> ISO date",
    ["date_cyymmdd"],
    cyymmdd,
    ["1240315", "0991231", "1000101", "1231105", "0850704", "1200229", "0770612", "1190930"],
)


def fw_payment(date: str, name: str, cents: int) -> str:
    return f"{date}{name:<10}{cents:010d}"


def fw_payment_out(rec: str) -> str:
    d, name, amt = rec[:8], rec[8:18].strip(), rec[18:28]
    return f"{name};{d[:4]}-{d[4:6]}-{d[6:]};{money(Decimal(int(amt)).scaleb(-2))}"


task(
    "fixedwidth_payment_01",
    "fixedwidth",
    "Fixed-width payment record (date YYYYMMDD, payee 10, amount 10 with 2 implied decimals) -> "
    "'payee;ISO date;amount'",
    ["record"],
    fw_payment_out,
    [
        fw_payment("20240315", "ACME", 150000),
        fw_payment("20231130", "BOLT & CO", 99),
        fw_payment("20240101", "ZETA GMBH", 1234567),
        fw_payment("20240229", "ORBIT LTD", 5000),
        fw_payment("20221231", "NORDWIND", 100),
        fw_payment("20240704", "ACME", 25000000),
        fw_payment("20230515", "KAI & SONS", 31415),
    ],
)

# ---------------------------------------------------------------------------------------------
# erp: SAP conventions
# ---------------------------------------------------------------------------------------------

task(
    "erp_fiscal_period_01",
    "erp",
    "SAP fiscal period 'PPP/YYYY' -> internal FISCPER 'YYYYPPP'",
    ["fiscal_period"],
    lambda s: s[4:] + s[:3],
    ["001/2024", "012/2023", "007/2025", "016/2024", "003/2022", "010/2024", "013/2023"],
)


def fy_april(s: str) -> str:
    p, y = int(s[:3]), int(s[4:])
    m = 3 + p  # period 1 = April
    if m > 12:
        m -= 12
        y += 1
    return f"{y:04d}-{m:02d}"


task(
    "erp_fiscal_to_calendar_01",
    "erp",
    "Fiscal period 'PPP/YYYY' of a fiscal year that starts in April of YYYY -> calendar month 'YYYY-MM'",
    ["fiscal_period"],
    fy_april,
    ["001/2024", "009/2024", "010/2024", "012/2023", "004/2025", "006/2024", "011/2022", "001/2025"],
)

task(
    "erp_material_alpha_01",
    "erp",
    "SAP material number input conversion: purely numeric numbers are zero-padded to 18 digits, "
    "others stay as they are",
    ["material"],
    lambda s: s.zfill(18) if s.isdigit() else s,
    ["4711", "MAT-100", "123456789", "1", "A4711", "99999999", "PUMP-02X", "000123"],
)

task(
    "erp_debit_credit_01",
    "erp",
    "Amount plus SAP debit/credit indicator (S = Soll/debit, H = Haben/credit) -> signed amount, credit negative",
    ["amount", "shkzg"],
    lambda a, f: money(Decimal(a) * (-1 if f == "H" else 1)),
    [
        ("150.00", "H"),
        ("2300.00", "S"),
        ("0.99", "H"),
        ("10.00", "S"),
        ("10.00", "H"),
        ("12345.67", "H"),
        ("5.00", "S"),
        ("0.01", "H"),
    ],
)

# ---------------------------------------------------------------------------------------------
# excel: spreadsheet artefacts
# ---------------------------------------------------------------------------------------------


def excel_serial(s: str) -> str:
    return (dt.date(1899, 12, 30) + dt.timedelta(days=int(s))).isoformat()


task(
    "excel_serial_date_01",
    "excel",
    "Excel serial date (1900 date system) exported as a number -> ISO date",
    ["serial"],
    excel_serial,
    ["45366", "44927", "36526", "45658", "43831", "45000", "40000", "25569"],
)

task(
    "excel_apostrophe_01",
    "excel",
    "Remove the leading apostrophe Excel uses to force text; values without it are unchanged",
    ["cell"],
    lambda s: s[1:] if s.startswith("'") else s,
    ["'00123", "ABC", "'+49 30 1234", "'0042", "X-9", "'=SUM(A1)", "'007", "Hello"],
)

task(
    "excel_errors_01",
    "excel",
    "Excel error values (#N/A, #DIV/0!) become empty; other values are kept",
    ["cell"],
    lambda s: "" if s.startswith("#") else s,
    ["#N/A", "12.5", "#DIV/0!", "#N/A", "7", "#DIV/0!", "0.25", "-3"],
)

task(
    "excel_formula_text_01",
    "excel",
    'CSV cells written as ="..." to keep leading zeros -> the plain value; plain cells unchanged',
    ["cell"],
    lambda s: s[2:-1] if s.startswith('="') else s,
    ['="00123"', '="0049301234"', "4711", '="007"', "12", '="000000"', '="01.02"', "A-7"],
)


def col_number(s: str) -> str:
    n = 0
    for ch in s:
        n = n * 26 + ord(ch) - 64
    return str(n)


task(
    "excel_column_letters_01",
    "excel",
    "Spreadsheet column letters -> column number (A = 1, Z = 26, AA = 27)",
    ["column"],
    col_number,
    ["C", "AB", "BA", "A", "Z", "AZ", "CD", "ZZ"],
)

# ---------------------------------------------------------------------------------------------
# hl7: HL7 v2 fields
# ---------------------------------------------------------------------------------------------


def hl7_name(s: str) -> str:
    parts = s.split("^")
    return f"{parts[1].title()} {parts[0].title()}"


task(
    "hl7_pid_name_01",
    "hl7",
    "HL7 v2 XPN name 'FAMILY^GIVEN^MIDDLE^SUFFIX^PREFIX' -> 'Given Family' in proper case",
    ["pid5"],
    hl7_name,
    [
        "DOE^JOHN^A",
        "SMITH^MARY",
        "GARCIA^LUIS^M^JR^DR",
        "NGUYEN^ANH",
        "MILLER^ROBERT^J",
        "LOPEZ^ANA^^^MS",
        "KIM^JI^H^III",
        "BROWN^EMMA^^^DR",
    ],
)


def hl7_ts(s: str) -> str:
    d, off = s[:14], s[14:]
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}{off[:3]}:{off[3:]}"


task(
    "hl7_timestamp_01",
    "hl7",
    "HL7 v2 DTM 'YYYYMMDDHHMMSS+ZZZZ' -> ISO 8601 with offset",
    ["hl7_ts"],
    hl7_ts,
    [
        "20240315143000-0500",
        "20231201080000+0100",
        "20240229235959+0000",
        "20240101000000+0530",
        "20220704120000-0400",
        "20231031174512+0200",
        "20240610063000-0700",
    ],
)


def pid3(seg: str) -> str:
    return seg.split("|")[3].split("~")[0].split("^")[0]


task(
    "hl7_pid3_mrn_01",
    "hl7",
    "First patient identifier (PID-3, first repetition, first component) from an HL7 PID segment",
    ["pid_segment"],
    pid3,
    [
        "PID|1||123456^^^HOSP^MR||DOE^JOHN",
        "PID|1|X99|4455^^^HOSP^MR||SMITH^MARY",
        "PID|1||789^^^A^MR~555^^^B^SS||LEE^ANN",
        "PID|1||900001^^^HOSP^MR||NGUYEN^ANH",
        "PID|1|Z1|31^^^CLIN^MR||KIM^JI",
        "PID|1||A77^^^A^MR~123-45-6789^^^SSA^SS||BROWN^EMMA",
        "PID|1||0042^^^HOSP^MR||MILLER^ROB",
    ],
)

# ---------------------------------------------------------------------------------------------
# edi: X12 and EDIFACT segments
# ---------------------------------------------------------------------------------------------


def n4(seg: str) -> str:
    _, city, st, zp = seg.rstrip("~").split("*")
    return f"{city.title()}, {st} {zp}"


task(
    "edi_x12_n4_01",
    "edi",
    "X12 N4 segment (city, state, ZIP) -> 'City, ST ZIP'",
    ["n4_segment"],
    n4,
    [
        "N4*CHICAGO*IL*60601~",
        "N4*SAN JOSE*CA*95113~",
        "N4*BOSTON*MA*02110~",
        "N4*NEW YORK*NY*10001~",
        "N4*AUSTIN*TX*78701~",
        "N4*LOS ANGELES*CA*90012~",
        "N4*DENVER*CO*80202~",
    ],
)


def dtm(seg: str) -> str:
    d = seg.rstrip("~").split("*")[2]
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


task(
    "edi_x12_dtm_01",
    "edi",
    "X12 DTM segment 'DTM*qualifier*CCYYMMDD~' -> ISO date",
    ["dtm_segment"],
    dtm,
    [
        "DTM*011*20240315~",
        "DTM*002*20231201~",
        "DTM*011*20240229~",
        "DTM*002*20240704~",
        "DTM*011*20221231~",
        "DTM*017*20240110~",
        "DTM*002*20230505~",
    ],
)


def moa(seg: str) -> str:
    amt = seg.rstrip("'").split(":")[1].replace(",", ".")
    return money(Decimal(amt))


task(
    "edi_edifact_moa_01",
    "edi",
    "EDIFACT MOA segment 'MOA+qualifier:amount' (decimal point or comma) -> amount with 2 decimals",
    ["moa_segment"],
    moa,
    [
        "MOA+203:1250.50'",
        "MOA+79:99,9'",
        "MOA+203:1000'",
        "MOA+203:0,5'",
        "MOA+79:12345.67'",
        "MOA+203:42'",
        "MOA+79:7.1'",
        "MOA+203:300,25'",
    ],
)

# ---------------------------------------------------------------------------------------------
# bank: SWIFT and securities identifiers
# ---------------------------------------------------------------------------------------------

task(
    "bank_bic11_01",
    "bank",
    "SWIFT BIC: 8-character BICs get the primary office branch code XXX; 11-character BICs are unchanged",
    ["bic"],
    lambda s: s + "XXX" if len(s) == 8 else s,
    ["DEUTDEFF", "COBADEFF500", "BNPAFRPP", "UBSWCHZH80A", "CHASUS33", "NWBKGB2L", "BARCGB22XXX", "INGBNL2A"],
)


def mt940_61(s: str) -> str:
    body = s[4:]
    rest = body[6:]
    if rest[:4].isdigit():
        rest = rest[4:]
    mark, rest = rest[0], rest[1:]
    amt = re.match(r"[0-9]+,[0-9]*", rest).group(0)
    v = Decimal(amt.replace(",", ".") + ("0" if amt.endswith(",") else ""))
    return money(-v if mark == "D" else v)


task(
    "bank_mt940_amount_01",
    "bank",
    "MT940 :61: statement line (value date, optional entry date MMDD, C/D mark, amount with decimal comma) -> "
    "signed amount, debits negative",
    ["line_61"],
    mt940_61,
    [
        ":61:2403150315C1250,50NTRFNONREF",
        ":61:2403180318D89,NMSCNONREF",
        ":61:240320C0,99NCHGREF123",
        ":61:2404020402D1500,00NTRFINV-2024-17",
        ":61:240405C7,5NMSCNONREF",
        ":61:240410D0,01NCHGFEE",
        ":61:2404300430C123456,78NTRFSALARY",
        ":61:240501D42,NTRFNONREF",
    ],
)


def mt32a(s: str) -> str:
    body = s[5:]
    d, cur, amt = body[:6], body[6:9], body[9:]
    v = Decimal(amt.replace(",", ".") + ("0" if amt.endswith(",") else ""))
    return f"20{d[:2]}-{d[2:4]}-{d[4:]} {cur} {money(v)}"


task(
    "bank_mt103_32a_01",
    "bank",
    "MT103 field :32A: (value date YYMMDD, currency, amount with decimal comma) -> 'YYYY-MM-DD CUR amount'",
    ["field_32a"],
    mt32a,
    [
        ":32A:240315EUR1250,50",
        ":32A:231201USD100,",
        ":32A:240101CHF0,5",
        ":32A:240229GBP99,99",
        ":32A:240704USD1000000,",
        ":32A:230930JPY15000,",
        ":32A:241231EUR12,3",
    ],
)

task(
    "bank_isin_cusip_01",
    "bank",
    "US/CA ISIN -> the embedded 9-character CUSIP (drop the country code and the ISIN check digit)",
    ["isin"],
    lambda s: s[2:11],
    ["US0378331005", "US5949181045", "CA0679011084", "US38259P5089", "US0231351067", "US88160R1014", "CA7800871021"],
)

# ---------------------------------------------------------------------------------------------
# logistics
# ---------------------------------------------------------------------------------------------

ISO6346 = {}
_v = 10
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    ISO6346[_c] = _v
    _v += 1


def container_check(code10: str) -> str:
    total = sum((ISO6346[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code10))
    return str(total % 11 % 10)


def cont(owner: str, serial: str) -> str:
    return owner + serial + container_check(owner + serial)


def container_norm(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", s).upper()


_C = [
    cont("MSCU", "123456"),
    cont("TGHU", "876543"),
    cont("CSQU", "305438"),
    cont("MAEU", "400112"),
    cont("HLXU", "111223"),
    cont("OOLU", "654321"),
    cont("CMAU", "998877"),
    cont("TCNU", "202402"),
]
task(
    "logistics_container_01",
    "logistics",
    "ISO 6346 container number written with spaces, dashes or in lower case -> compact upper case",
    ["container"],
    container_norm,
    [
        f"{_C[0][:4]} {_C[0][4:10]} {_C[0][10]}",
        _C[1][:4].lower() + _C[1][4:],
        f"{_C[2][:4]}-{_C[2][4:10]}-{_C[2][10]}",
        f"{_C[3][:4]} {_C[3][4:10]} {_C[3][10]}",
        _C[4].lower(),
        f"{_C[5][:4]}-{_C[5][4:10]}-{_C[5][10]}",
        _C[6].lower(),
        f"{_C[7][:4]} {_C[7][4:10]} {_C[7][10]}",
    ],
)


def hs(s: str) -> str:
    return ".".join([s[:4]] + [s[i : i + 2] for i in range(4, len(s), 2)])


task(
    "logistics_hs_code_01",
    "logistics",
    "HS / tariff code digits (6, 8 or 10) -> dotted notation 'NNNN.NN[.NN[.NN]]'",
    ["hs_digits"],
    hs,
    ["847130", "84713000", "6109100010", "090111", "22042110", "8703239090", "392690", "94036010"],
)

task(
    "logistics_ups_account_01",
    "logistics",
    "UPS 1Z tracking number -> the 6-character shipper account (characters 3-8)",
    ["tracking"],
    lambda s: s[2:8],
    [
        "1Z999AA10123456784",
        "1Z12345E0205271688",
        "1ZA1B2C30312345678",
        "1Z4F7W990342001234",
        "1ZX8Y2220112349876",
        "1Z0000010398765432",
        "1ZR7A3150299887766",
    ],
)


def incoterm_place(s: str) -> str:
    place = s.split(" ", 1)[1]
    place = place.split(" (")[0]
    return place.split(",")[0]


task(
    "logistics_incoterm_place_01",
    "logistics",
    "Incoterm with named place (optionally ', country' and '(Incoterms year)') -> the named place",
    ["incoterm"],
    incoterm_place,
    [
        "FOB Shanghai",
        "CIF Hong Kong (Incoterms 2020)",
        "DAP Munich, Germany",
        "EXW Lyon",
        "FCA Hamburg, Germany",
        "DDP Austin (Incoterms 2010)",
        "CPT Le Havre, France",
        "CIP Sao Paulo (Incoterms 2020)",
    ],
)

# ---------------------------------------------------------------------------------------------
# telecom
# ---------------------------------------------------------------------------------------------

CC = {"DE": "49", "FR": "33", "NL": "31"}


def msisdn(num: str, country: str) -> str:
    d = re.sub(r"\D", "", num)
    if num.strip().startswith("+"):
        return d
    return CC[country] + d[1:]


task(
    "telecom_msisdn_01",
    "telecom",
    "Mobile number (national with trunk 0 or international with +) and its country -> MSISDN "
    "(country code + subscriber number, digits only)",
    ["number", "country"],
    msisdn,
    [
        ("0171 2345678", "DE"),
        ("06 12 34 56 78", "FR"),
        ("+31 6 12345678", "NL"),
        ("+49 151 98765432", "DE"),
        ("07 98 76 54 32", "FR"),
        ("06 87654321", "NL"),
        ("0160 5551234", "DE"),
        ("+33 6 11 22 33 44", "FR"),
    ],
)

task(
    "telecom_billed_minutes_01",
    "telecom",
    "CDR call duration in seconds -> billed minutes, every started minute counts",
    ["duration_s"],
    lambda s: str(math.ceil(int(s) / 60)),
    ["61", "60", "0", "1", "119", "120", "3601", "59"],
)

task(
    "telecom_imsi_plmn_01",
    "telecom",
    "European IMSI -> 'MCC-MNC' (3-digit MCC, 2-digit MNC)",
    ["imsi"],
    lambda s: f"{s[:3]}-{s[3:5]}",
    [
        "262011234567890",
        "208150123456789",
        "234100000000001",
        "228010012345678",
        "262079876543210",
        "204080000123456",
        "214070000012345",
    ],
)


def cdr_end(start: str, dur: str) -> str:
    t = dt.datetime.strptime(start, "%Y-%m-%d %H:%M:%S") + dt.timedelta(seconds=int(dur))
    return t.strftime("%Y-%m-%d %H:%M:%S")


task(
    "telecom_cdr_end_01",
    "telecom",
    "CDR start time plus duration in seconds -> end time",
    ["start_time", "duration_s"],
    cdr_end,
    [
        ("2024-03-15 14:58:30", "125"),
        ("2024-03-15 09:00:00", "3600"),
        ("2024-03-31 23:59:50", "15"),
        ("2024-03-15 10:15:00", "45"),
        ("2024-02-28 23:30:00", "3600"),
        ("2024-06-01 12:59:59", "1"),
        ("2023-12-31 23:55:00", "600"),
        ("2024-03-15 08:00:00", "0"),
    ],
)

# ---------------------------------------------------------------------------------------------
# health: code systems
# ---------------------------------------------------------------------------------------------

task(
    "health_icd10_dot_01",
    "health",
    "ICD-10 code stored without the dot -> dotted form (dot after the 3-character category; "
    "3-character codes unchanged)",
    ["icd10"],
    lambda s: s if len(s) == 3 else s[:3] + "." + s[3:],
    ["E119", "I10", "S72001A", "J45909", "Z23", "M545", "T8452XA", "E1165"],
)


def ndc11(s: str) -> str:
    a, b, c = s.split("-")
    return f"{a.zfill(5)}-{b.zfill(4)}-{c.zfill(2)}"


task(
    "health_ndc_11_01",
    "health",
    "10-digit NDC in 4-4-2, 5-3-2 or 5-4-1 layout -> 11-digit 5-4-2 (HIPAA) by padding the short segment "
    "with a leading zero",
    ["ndc10"],
    ndc11,
    [
        "1234-5678-90",
        "12345-678-90",
        "12345-6789-0",
        "0002-1433-80",
        "50090-347-01",
        "60505-2519-1",
        "0781-1506-10",
        "00093-315-05",
    ],
)

task(
    "health_bp_systolic_01",
    "health",
    "Blood pressure reading -> the systolic value",
    ["bp"],
    lambda s: re.match(r"\s*(\d+)", s).group(1),
    ["120/80 mmHg", "135 / 85", "90/60", "142/91 mmHg", "118 / 76", "160/100", "105/70 mmHg"],
)


def age(dob: str, ref: str) -> str:
    b, r = dt.date.fromisoformat(dob), dt.date.fromisoformat(ref)
    return str(r.year - b.year - ((r.month, r.day) < (b.month, b.day)))


task(
    "health_age_at_date_01",
    "health",
    "Age in completed years at a reference date (e.g. admission) from date of birth",
    ["birth_date", "ref_date"],
    age,
    [
        ("1980-06-15", "2024-03-15"),
        ("1990-03-15", "2024-03-15"),
        ("2000-12-31", "2024-01-01"),
        ("1975-01-01", "2024-03-15"),
        ("2010-03-16", "2024-03-15"),
        ("1956-11-30", "2023-12-01"),
        ("2023-05-20", "2024-05-19"),
        ("1999-07-04", "2024-07-04"),
    ],
)

# ---------------------------------------------------------------------------------------------
# multivalue: reshaping multi-value fields
# ---------------------------------------------------------------------------------------------

task(
    "multivalue_pipe_to_json_01",
    "multivalue",
    "Pipe-separated values -> JSON array of strings (empty field -> [])",
    ["tags"],
    lambda s: json.dumps([x for x in s.split("|")] if s else [], separators=(",", ":"), ensure_ascii=False),
    ["vip|eu|b2b", "retail", "", "gold|us", "", "wholesale|apac|vip|new", "b2c"],
)


def pg_array(s: str) -> str:
    inner = s[1:-1]
    if not inner:
        return ""
    items = re.findall(r'"([^"]*)"|([^,]+)', inner)
    return "; ".join(a or b for a, b in items)


task(
    "multivalue_pg_array_01",
    "multivalue",
    "PostgreSQL array literal -> values separated by '; ' (quoted elements unquoted, {} -> empty)",
    ["pg_array"],
    pg_array,
    [
        "{red,green,blue}",
        "{}",
        '{"New York",Boston}',
        "{small}",
        '{"San Francisco","Los Angeles",Denver}',
        "{}",
        "{a,b}",
        '{Paris,"Le Havre"}',
    ],
)


def zip_lists(keys: str, vals: str) -> str:
    return ";".join(f"{k}={v}" for k, v in zip(keys.split(";"), vals.split(";"), strict=False))


task(
    "multivalue_zip_01",
    "multivalue",
    "Two parallel ';' lists (attribute names, attribute values) -> 'name=value' pairs",
    ["attr_names", "attr_values"],
    zip_lists,
    [
        ("color;size;fit", "red;M;slim"),
        ("voltage;plug", "230;EU"),
        ("weight", "1.2"),
        ("color;size", "blue;XL"),
        ("material", "cotton"),
        ("width;height;depth", "60;80;45"),
        ("plug;voltage", "UK;240"),
    ],
)

task(
    "multivalue_join_phones_01",
    "multivalue",
    "Three phone columns -> one field joined with ' / ', empty columns skipped",
    ["phone1", "phone2", "phone3"],
    lambda *p: " / ".join(x for x in p if x),
    [
        ("555-0101", "", "555-0103"),
        ("555-0200", "555-0201", "555-0202"),
        ("", "", ""),
        ("", "555-0300", ""),
        ("555-0400", "555-0401", ""),
        ("", "", "555-0503"),
        ("555-0600", "", ""),
        ("", "555-0701", "555-0702"),
    ],
)

# ---------------------------------------------------------------------------------------------
# flags: decoding packed flags
# ---------------------------------------------------------------------------------------------

CONSENT = ["email", "phone", "post"]
task(
    "flags_positional_01",
    "flags",
    "Legacy consent flag string, one Y/N per channel in the order email, phone, post -> the channels with Y",
    ["consent_flags"],
    lambda s: ",".join(n for n, f in zip(CONSENT, s, strict=False) if f == "Y"),
    ["YNN", "NYY", "NNN", "YYY", "YNY", "NYN", "YYN", "NNY"],
)

PERMS = ["read", "write", "delete"]
task(
    "flags_bitmask_01",
    "flags",
    "Permission bitmask (1 = read, 2 = write, 4 = delete) -> names of the set bits",
    ["mask"],
    lambda s: ",".join(n for i, n in enumerate(PERMS) if int(s) >> i & 1),
    ["1", "6", "0", "3", "5", "7", "4", "2"],
)


def unix_perm(s: str) -> str:
    out = ""
    for i in range(0, 9, 3):
        t = s[i : i + 3]
        out += str((t[0] == "r") * 4 + (t[1] == "w") * 2 + (t[2] == "x"))
    return out


task(
    "flags_unix_mode_01",
    "flags",
    "Symbolic Unix permissions (ls -l style, without the type) -> octal mode",
    ["perm"],
    unix_perm,
    ["rwxr-x---", "rw-r--r--", "rwxrwxrwx", "rw-------", "rwxr-xr-x", "r--r-----", "rw-rw-r--", "rwx------"],
)

# ---------------------------------------------------------------------------------------------
# key: keys assembled from several columns
# ---------------------------------------------------------------------------------------------


def plant_key(company: str, plant: str, material: str) -> str:
    mat = material.lstrip("0") if material.isdigit() else material
    return f"{company}-{plant.zfill(4)}-{mat}"


task(
    "key_plant_material_01",
    "key",
    "Company code, plant (padded to 4) and material (numeric SAP numbers without leading zeros) -> "
    "'company-plant-material'",
    ["company_code", "plant", "material"],
    plant_key,
    [
        ("1000", "10", "000000000000004711"),
        ("2000", "0200", "000000000000000042"),
        ("1000", "1", "PUMP-01"),
        ("3000", "5", "000000000000123456"),
        ("1000", "0010", "VALVE-7"),
        ("2000", "300", "000000000000000001"),
        ("4000", "1200", "GASKET-A"),
    ],
)


def natural_key(name: str, country: str) -> str:
    return " ".join(name.split()).lower() + "|" + country.strip().upper()


task(
    "key_natural_01",
    "key",
    "Match key from customer name (trimmed, inner spaces collapsed, lower case) and country (upper case): 'name|CC'",
    ["customer_name", "country"],
    natural_key,
    [
        ("  ACME Corp ", "de"),
        ("Globex  Inc", "US"),
        ("Initech", " fr "),
        ("Umbrella   Group ", "gb"),
        (" Stark Industries", "us"),
        ("WAYNE ENTERPRISES", "Us"),
        ("Soylent  Corp  ", "nl"),
    ],
)

task(
    "key_date_seq_01",
    "key",
    "Batch key from posting date and sequence number: 'YYYYMMDD-NNNN'",
    ["posting_date", "seq"],
    lambda d, n: d.replace("-", "") + "-" + n.zfill(4),
    [
        ("2024-03-15", "7"),
        ("2023-12-01", "1234"),
        ("2024-01-09", "52"),
        ("2024-02-29", "1"),
        ("2022-07-04", "999"),
        ("2024-10-31", "20"),
        ("2023-01-01", "4001"),
    ],
)

task(
    "key_region_customer_01",
    "key",
    "Region, customer number (padded to 6) and account type -> 'REGION-NNNNNN-T'",
    ["region", "customer_no", "account_type"],
    lambda r, c, t: f"{r}-{c.zfill(6)}-{t}",
    [
        ("EMEA", "123", "B"),
        ("APAC", "45678", "C"),
        ("AMER", "900001", "B"),
        ("EMEA", "7", "C"),
        ("AMER", "2024", "B"),
        ("APAC", "310000", "B"),
        ("EMEA", "88", "C"),
    ],
)

# ---------------------------------------------------------------------------------------------
# ident: identifier conventions of other systems
# ---------------------------------------------------------------------------------------------

task(
    "ident_cobol_to_snake_01",
    "ident",
    "COBOL data name -> snake_case column name",
    ["cobol_name"],
    lambda s: s.lower().replace("-", "_"),
    [
        "CUST-ACCT-NO",
        "WS-TOTAL-AMT",
        "ORDER-DATE-01",
        "INV-LINE-QTY",
        "CUSTOMER-NAME",
        "WS-RUN-DATE-YYMMDD",
        "BAL-FWD-02",
    ],
)


def sqlserver(s: str) -> str:
    schema, table = re.findall(r"\[([^\]]+)\]", s)
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", table).lower()
    return f"{schema}.{snake}"


task(
    "ident_sqlserver_table_01",
    "ident",
    "SQL Server bracketed PascalCase table name -> 'schema.snake_case' for PostgreSQL",
    ["mssql_table"],
    sqlserver,
    [
        "[dbo].[OrderLines]",
        "[sales].[Customer]",
        "[dbo].[InvoiceHeaderArchive]",
        "[hr].[EmployeeSalaryHistory]",
        "[dbo].[Product]",
        "[audit].[LoginEvents]",
        "[sales].[PriceListItem]",
    ],
)

task(
    "ident_salesforce_label_01",
    "ident",
    "Salesforce custom field API name -> label (drop '__c', underscores -> spaces)",
    ["api_name"],
    lambda s: s[:-3].replace("_", " "),
    [
        "Account_Region__c",
        "Invoice_Total_Amount__c",
        "Status__c",
        "Renewal_Date__c",
        "Primary_Contact_Email__c",
        "Tier__c",
        "Last_Order_Value__c",
    ],
)

# ---------------------------------------------------------------------------------------------
# json: one value from a JSON snippet in a column
# ---------------------------------------------------------------------------------------------

task(
    "json_status_01",
    "json",
    'JSON object in a text column -> the value of "status"',
    ["payload"],
    lambda s: json.loads(s)["status"],
    [
        '{"id": 7, "status": "active"}',
        '{"status":"closed","id":12}',
        '{"id": 3, "status": "on hold", "v": 2}',
        '{"id": 99, "status": "active"}',
        '{"status": "pending", "id": 5}',
        '{"v":1,"status":"closed","id":8}',
        '{"id": 41, "status": "on hold"}',
    ],
)

task(
    "json_nested_city_01",
    "json",
    "JSON customer document -> address.city",
    ["doc"],
    lambda s: json.loads(s)["address"]["city"],
    [
        '{"name": "Ada", "address": {"city": "Lyon", "zip": "69001"}}',
        '{"address": {"zip": "10115", "city": "Berlin"}, "name": "Bo"}',
        '{"name": "Cy", "address": {"city": "San Diego", "zip": "92101"}}',
        '{"name": "Di", "address": {"city": "Porto", "zip": "4000-001"}}',
        '{"address": {"zip": "1010", "city": "Wien"}, "name": "Ed"}',
        '{"name": "Flo", "address": {"city": "New Orleans", "zip": "70112"}}',
        '{"address": {"city": "Kraków", "zip": "30-001"}, "name": "Gus"}',
    ],
)


def first_tag(s: str) -> str:
    tags = json.loads(s)["tags"]
    return tags[0] if tags else ""


task(
    "json_first_tag_01",
    "json",
    'JSON with a "tags" array -> the first tag (empty array -> empty)',
    ["doc"],
    first_tag,
    [
        '{"id": 1, "tags": ["vip", "eu"]}',
        '{"id": 2, "tags": []}',
        '{"tags": ["new"], "id": 3}',
        '{"id": 4, "tags": ["b2b", "apac", "gold"]}',
        '{"tags": [], "id": 5}',
        '{"id": 6, "tags": ["retail"]}',
        '{"tags": ["eu", "vip"], "id": 7}',
    ],
)

# ---------------------------------------------------------------------------------------------
# locale: formats of other locales
# ---------------------------------------------------------------------------------------------


def ja_date(s: str) -> str:
    y, m, d = map(int, re.match(r"(\d+)年(\d+)月(\d+)日", s).groups())
    return f"{y:04d}-{m:02d}-{d:02d}"


task(
    "locale_ja_date_01",
    "locale",
    "Japanese date 'YYYY年M月D日' -> ISO date",
    ["date_ja"],
    ja_date,
    [
        "2024年3月15日",
        "2023年12月1日",
        "2024年10月31日",
        "2022年7月4日",
        "2024年2月29日",
        "2025年1月10日",
        "2023年11月9日",
    ],
)

ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def es_date(s: str) -> str:
    d, m, y = re.match(r"(\d+) de (\w+) de (\d+)", s).groups()
    return f"{int(y):04d}-{ES_MONTHS.index(m) + 1:02d}-{int(d):02d}"


task(
    "locale_es_date_01",
    "locale",
    "Spanish long date 'D de <mes> de YYYY' -> ISO date",
    ["fecha"],
    es_date,
    [
        "15 de marzo de 2024",
        "1 de enero de 2023",
        "31 de diciembre de 2022",
        "4 de julio de 2024",
        "29 de febrero de 2024",
        "12 de octubre de 2023",
        "30 de abril de 2025",
        "9 de agosto de 2021",
    ],
)


def th_date(s: str) -> str:
    d, m, y = s.split("/")
    return f"{int(y) - 543:04d}-{m}-{d}"


task(
    "locale_th_buddhist_01",
    "locale",
    "Thai date DD/MM/YYYY in the Buddhist era (BE = CE + 543) -> ISO date (CE)",
    ["date_th"],
    th_date,
    ["15/03/2567", "01/12/2566", "31/01/2543", "29/02/2567", "04/07/2565", "10/10/2560", "01/01/2568"],
)


def cn_units(s: str) -> str:
    mult = 1
    if s.endswith("万"):
        mult, s = 10_000, s[:-1]
    elif s.endswith("亿"):
        mult, s = 100_000_000, s[:-1]
    v = Decimal(s) * mult
    return str(int(v))


task(
    "locale_cn_units_01",
    "locale",
    "Chinese amounts with 万 (10^4) and 亿 (10^8) units -> plain integer",
    ["amount_cn"],
    cn_units,
    ["1.2万", "3亿", "850", "25万", "1.5亿", "0.8万", "42", "3.25万"],
)

ERAS = {"令和": 2018, "平成": 1988}


def ja_era(s: str) -> str:
    era, yy, m, d = re.match(r"(令和|平成)(元|\d+)年(\d+)月(\d+)日", s).groups()
    y = ERAS[era] + (1 if yy == "元" else int(yy))
    return f"{y:04d}-{int(m):02d}-{int(d):02d}"


task(
    "locale_ja_era_01",
    "locale",
    "Japanese era date (令和 from 2019, 平成 from 1989; 元年 = first year) -> ISO date",
    ["date_wareki"],
    ja_era,
    [
        "令和6年3月15日",
        "平成31年4月30日",
        "令和元年5月1日",
        "平成元年1月8日",
        "令和5年12月31日",
        "平成12年2月29日",
        "令和2年7月1日",
        "平成27年10月5日",
    ],
)


# ---------------------------------------------------------------------------------------------


def main() -> None:
    ids = [t["id"] for t in TASKS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(TASKS) == 60, len(TASKS)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for t in TASKS:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    cats: dict[str, int] = {}
    for t in TASKS:
        cats[t["category"]] = cats.get(t["category"], 0) + 1
    print(f"{len(TASKS)} tasks, {sum(len(t['test']) for t in TASKS)} test rows -> {OUT.relative_to(ROOT)}")
    for c, n in cats.items():
        print(f"  {c}: {n}")


if __name__ == "__main__":
    main()
