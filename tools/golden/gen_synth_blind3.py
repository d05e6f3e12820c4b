"""Generate the third blind transformation-by-example golden set (assets_config/golden_synth/blind/tasks.jsonl).

Run: /work/main/.venv/bin/python tools/golden/gen_synth_blind3.py
Written blind (session 6): the author saw only the README's format, rules and category tables and the
conventions at the top of gen_synth.py. The task families are chosen to avoid the dev, dev_b1 and dev_b2
families. The first 3 rows of every task are the train examples, the rest are test rows. Test rows only
use variations that the train rows show. Outputs are computed by the small reference function next to the
rows; tasks that need world knowledge list their pairs explicitly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from decimal import Decimal
from math import gcd

from golden_common import ROOT
from synth_common import OUT, Task, dec, write

SPLIT = "dev_b3"
D = Decimal


def de_dec(s: str) -> Decimal:
    """'1,5' -> 1.5; '52.000' -> 52000 (German style: dot groups thousands, comma is decimal)."""
    return D(s.strip().replace(".", "").replace(",", "."))


def trim(d: Decimal) -> str:
    """Shortest plain notation: 9.0 -> '9', 7.50 -> '7.5'."""
    s = format(d.normalize(), "f")
    return s


def de_money(d: Decimal) -> str:
    """German number with 2 decimals and dot thousands: 4333.333 -> '4.333,33'."""
    s = dec(d, 2)
    whole, frac = s.split(".")
    whole = f"{int(whole):,}".replace(",", ".")
    return f"{whole},{frac}"


# ---------------------------------------------------------------------------------------------
# retail / point of sale
# ---------------------------------------------------------------------------------------------
def retail_tasks() -> list[Task]:
    T = []

    def line_total(s: str) -> str:
        m = re.search(r"(\d+) x (\d+,\d{2})$", s)
        return dec(int(m.group(1)) * de_dec(m.group(2)), 2)

    T.append(Task("retail_receipt_line_total_01", "retail",
                  "POS receipt line 'item qty x unit price' (decimal comma) -> line total with a decimal point.",
                  ["receipt_line"],
                  ["Vollmilch 2 x 1,19", "Baguette tradition 5 x 1,15", "Äpfel Elstar 1 x 2,99",
                   "Joghurt Natur 4 x 0,49", "Mineralwasser 6 x 0,79", "Café crème 2 x 6,99",
                   "Brötchen 10 x 0,35", "Pecorino Romano 3 x 4,29"],
                  line_total))

    def vat_net(gross: str, rate: str) -> str:
        return dec(de_dec(gross) / (1 + D(rate) / 100), 2)

    T.append(Task("retail_vat_net_price_02", "retail",
                  "Net price from a gross shelf price and the VAT rate in percent (19 or 7), rounded to cents.",
                  ["gross_price", "vat_rate"],
                  [("11,90", "19"), ("2,49", "7"), ("4,99", "19"),
                   ("119,00", "19"), ("1,29", "7"), ("59,90", "19"), ("3,99", "7"), ("0,99", "19"),
                   ("17,49", "7")],
                  vat_net))

    def unit_price(size: str, price: str) -> str:
        m = re.match(r"([\d,]+) (g|kg|ml|l)$", size)
        qty, unit = de_dec(m.group(1)), m.group(2)
        base = qty / 1000 if unit in ("g", "ml") else qty
        per = de_dec(price) / base
        return dec(per, 2).replace(".", ",") + (" €/kg" if unit in ("g", "kg") else " €/l")

    T.append(Task("retail_base_unit_price_03", "retail",
                  "Base price per kg or per litre (German shelf-label style) from the pack size and the pack price.",
                  ["pack_size", "price"],
                  [("500 g", "6,49"), ("750 ml", "2,99"), ("1,5 kg", "4,50"),
                   ("200 g", "3,79"), ("330 ml", "1,19"), ("2 kg", "5,98"), ("125 g", "1,99"),
                   ("500 ml", "0,89"), ("400 g", "2,22")],
                  unit_price))

    def multipack(s: str) -> str:
        m = re.match(r"(\d+) x ([\d,]+) (g|l)$", s)
        return trim(int(m.group(1)) * de_dec(m.group(2))).replace(".", ",") + " " + m.group(3)

    T.append(Task("retail_multipack_total_04", "retail",
                  "Total content of a multipack 'n x size unit' in the same unit, decimal comma, no trailing zeros.",
                  ["pack"],
                  ["6 x 1,5 l", "4 x 125 g", "24 x 0,33 l",
                   "12 x 0,5 l", "3 x 200 g", "6 x 0,75 l", "10 x 0,2 l", "8 x 1,25 l", "2 x 400 g"],
                  multipack))
    return T


# ---------------------------------------------------------------------------------------------
# insurance
# ---------------------------------------------------------------------------------------------
def insurance_tasks() -> list[Task]:
    T = []
    factor = {"monatlich": 12, "vierteljährlich": 4, "halbjährlich": 2}

    def annual(s: str) -> str:
        m = re.match(r"([\d,]+) € (\w+)$", s)
        return dec(de_dec(m.group(1)) * factor[m.group(2)], 2)

    T.append(Task("insurance_annual_premium_01", "insurance",
                  "Annual premium from an instalment and its payment frequency (monthly x12, quarterly x4, "
                  "half-yearly x2).",
                  ["instalment"],
                  ["24,50 € monatlich", "99,90 € vierteljährlich", "310,00 € halbjährlich",
                   "18,75 € monatlich", "145,20 € vierteljährlich", "89,00 € halbjährlich", "7,99 € monatlich",
                   "210,00 € vierteljährlich", "412,35 € halbjährlich"],
                  annual))

    def age_band(birth_year: str, policy_year: str) -> str:
        age = int(policy_year) - int(birth_year)
        lo = age // 10 * 10
        return f"{lo}-{lo + 9}"

    T.append(Task("insurance_entry_age_band_02", "insurance",
                  "Entry age = policy year minus birth year (insurance-age convention), reported as a 10-year band.",
                  ["birth_year", "policy_year"],
                  [("1985", "2024"), ("2004", "2024"), ("1961", "2023"),
                   ("1984", "2024"), ("1970", "2024"), ("1990", "2024"), ("1958", "2023"), ("1975", "2024"),
                   ("2001", "2023")],
                  age_band))

    def per_accident(s: str) -> str:
        return f"${int(s.split('/')[1]) * 1000:,}"

    T.append(Task("insurance_split_limit_per_accident_03", "insurance",
                  "US auto liability split limits 'per person/per accident/property' (in thousands) -> the "
                  "per-accident bodily-injury limit in dollars.",
                  ["split_limits"],
                  ["100/300/50", "25/50/25", "250/500/100",
                   "50/100/50", "15/30/5", "30/60/25", "100/300/100", "500/1000/250", "20/40/15"],
                  per_accident))
    return T


# ---------------------------------------------------------------------------------------------
# library / publishing
# ---------------------------------------------------------------------------------------------
def library_tasks() -> list[Task]:
    T = []
    T.append(Task("library_dewey_main_class_01", "library",
                  "Dewey main class (hundreds) of a call number.", ["call_number"],
                  ["823.914 ROW", "005.133 KNU", "599.75 ATT",
                   "641.5945 HAZ", "944.04 SCH", "330.01 MAR", "155.4 PIA", "027.7 LIB", "782.42 BEA"],
                  lambda s: s[0] + "00"))
    T.append(Task("library_marc_pub_year_02", "library",
                  "Four-digit publication year from a MARC 260$c / 264$c value (copyright c, ©, bracketed guess).",
                  ["pub_date"],
                  ["c1998.", "[2003?]", "©2015",
                   "c2004.", "[1987?]", "©2019", "c1975.", "[2011?]", "©2008"],
                  lambda s: re.search(r"\d{4}", s).group(0)))

    def vol_issue(s: str) -> str:
        m = re.match(r"(?:Vol\.|Bd\.) (\d+), (?:No\.|H\.) (\d+)", s)
        return f"{m.group(1)}({m.group(2)})"

    T.append(Task("library_volume_issue_03", "library",
                  "Journal holding 'Vol. v, No. n (year)' or German 'Bd. v, H. n (year)' -> citation style 'v(n)'.",
                  ["holding"],
                  ["Vol. 12, No. 3 (2019)", "Bd. 45, H. 2 (2020)", "Vol. 7, No. 11 (2021)",
                   "Vol. 33, No. 1 (2018)", "Bd. 112, H. 4 (2022)", "Vol. 5, No. 12 (2020)", "Bd. 9, H. 1 (1999)",
                   "Vol. 61, No. 7 (2023)"],
                  vol_issue))

    def filing(s: str) -> str:
        first, _, rest = s.partition(" ")
        return f"{rest}, {first}" if first in ("The", "Les") and rest else s

    T.append(Task("library_title_filing_form_04", "library",
                  "Catalogue filing form: a leading English or French article moves to the end after a comma.",
                  ["title"],
                  ["The Great Gatsby", "Les Misérables", "Moby-Dick",
                   "The Hobbit", "Les Fleurs du mal", "Dracula", "The Name of the Rose", "Les Trois Mousquetaires",
                   "Ulysses"],
                  filing))
    return T


# ---------------------------------------------------------------------------------------------
# aviation
# ---------------------------------------------------------------------------------------------
def aviation_tasks() -> list[Task]:
    T = []

    def flight_no(s: str) -> str:
        m = re.match(r"^([A-Z0-9]{2})\s*0*(\d+)$", s)
        return m.group(1) + m.group(2)

    T.append(Task("aviation_flight_designator_01", "aviation",
                  "Compact IATA flight designator: no space, no leading zeros in the flight number.", ["flight"],
                  ["LH 0400", "AF0007", "U2 2415",
                   "KL 0641", "BA0117", "FR 9012", "EK0003", "W6 1234", "IB 3170"],
                  flight_no))

    def metar_temp(s: str) -> str:
        m = re.search(r"\s(M?)(\d{2})/M?\d{2}\s", s)
        v = int(m.group(2))
        return str(-v if m.group(1) else v)

    T.append(Task("aviation_metar_temperature_02", "aviation",
                  "Air temperature in °C from a METAR report (temperature/dew point group, M = minus).", ["metar"],
                  ["EDDF 061250Z 24015KT 9999 FEW030 08/03 Q1013",
                   "ESSA 061220Z 33008KT 9999 BKN012 M04/M07 Q1021",
                   "LEMD 061230Z VRB03KT CAVOK 17/06 Q1018",
                   "EGLL 061250Z 22012G22KT 9999 SCT025 11/07 Q1009",
                   "UUEE 061230Z 01005MPS 9999 OVC008 M12/M15 Q1030",
                   "KJFK 061251Z 30012KT 10SM FEW050 06/M03 A3012",
                   "LFPG 061230Z 26010KT 9999 BKN020 M01/M03 Q1015",
                   "RJTT 061200Z 34007KT 9999 FEW030 09/M02 Q1024",
                   "LIRF 061250Z 18006KT CAVOK 19/11 Q1017"],
                  metar_temp))
    T.append(Task("aviation_us_icao_to_iata_03", "aviation",
                  "IATA code of a contiguous-US airport from its ICAO code (drop the leading K).", ["icao"],
                  ["KJFK", "KLAX", "KORD", "KSFO", "KBOS", "KDEN", "KSEA", "KATL", "KMIA"],
                  lambda s: s[1:]))

    def reciprocal(s: str) -> str:
        m = re.match(r"(\d{2})([LRC]?)$", s)
        n = int(m.group(1))
        r = n + 18 if n <= 18 else n - 18
        side = {"L": "R", "R": "L"}.get(m.group(2), m.group(2))
        return f"{r:02d}{side}"

    T.append(Task("aviation_runway_reciprocal_04", "aviation",
                  "Reciprocal runway designator: heading +/- 18, left and right swap.", ["runway"],
                  ["07L", "27R", "33",
                   "25L", "09", "18R", "36", "04L", "13R"],
                  reciprocal))
    T.append(Task("aviation_flight_level_feet_05", "aviation",
                  "Flight level -> altitude in feet.", ["flight_level"],
                  ["FL350", "FL085", "FL410", "FL240", "FL095", "FL370", "FL120", "FL065"],
                  lambda s: str(int(s[2:]) * 100)))
    return T


# ---------------------------------------------------------------------------------------------
# energy / metering
# ---------------------------------------------------------------------------------------------
def energy_tasks() -> list[Task]:
    T = []
    T.append(Task("energy_obis_code_short_01", "energy",
                  "Short OBIS code (C.D.E) from a full OBIS identifier 'A-B:C.D.E*F'.", ["obis"],
                  ["1-0:1.8.0*255", "1-0:2.8.1*255", "7-0:3.0.0*255",
                   "1-0:1.8.1*255", "1-0:1.8.2*255", "1-0:2.8.0*255", "1-0:32.7.0*255", "7-0:13.2.0*255",
                   "1-0:16.7.0*255"],
                  lambda s: re.search(r":(.+)\*", s).group(1)))

    def consumption(prev: str, cur: str) -> str:
        p, c = int(prev), int(cur)
        return str(c - p if c >= p else 10 ** len(prev) - p + c)

    T.append(Task("energy_meter_rollover_02", "energy",
                  "Consumption between two readings of a 5-digit register; the counter may roll over past 99999.",
                  ["previous_reading", "current_reading"],
                  [("04512", "04873"), ("99820", "00145"), ("31007", "31007"),
                   ("12345", "13001"), ("99990", "00010"), ("56020", "58811"), ("98500", "01200"),
                   ("00777", "01234")],
                  consumption))

    def gas_kwh(vol: str, cv: str, z: str) -> str:
        return dec(de_dec(vol) * de_dec(cv) * de_dec(z), 0)

    T.append(Task("energy_gas_m3_to_kwh_03", "energy",
                  "German gas bill: kWh = volume m³ x calorific value (Brennwert) x Zustandszahl, rounded to kWh.",
                  ["volume_m3", "calorific_value", "z_number"],
                  [("1250", "11,2", "0,9513"), ("845", "10,9", "0,9620"), ("2031", "11,4", "0,9487"),
                   ("512", "11,1", "0,9550"), ("1764", "10,8", "0,9502"), ("96", "11,3", "0,9611"),
                   ("3120", "11,0", "0,9450"), ("708", "11,2", "0,9533")],
                  gas_kwh))

    def hour_energy(s: str) -> str:
        vals = [de_dec(x) for x in s.split(";")]
        return dec(sum(vals) * D("0.25"), 3)

    T.append(Task("energy_quarter_hours_to_kwh_04", "energy",
                  "Energy in kWh of one hour from four quarter-hour mean power values in kW (load profile), three "
                  "decimals.",
                  ["kw_quarter_hours"],
                  ["12,4;13,2;12,8;14,0", "0,8;0,6;1,1;0,9", "45,0;47,5;46,3;44,1",
                   "3,2;3,9;4,4;2,6", "101,5;99,8;103,2;100,4", "0,0;0,3;0,2;0,0", "7,7;8,1;7,9;8,8",
                   "22,6;21,9;23,3;24,1"],
                  hour_energy))
    return T


# ---------------------------------------------------------------------------------------------
# shipping labels
# ---------------------------------------------------------------------------------------------
def gtin_check(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def label_tasks() -> list[Task]:
    T = []

    def chargeable(dims: str, weight: str) -> str:
        a, b, c = (int(x) for x in re.match(r"(\d+)x(\d+)x(\d+) cm$", dims).groups())
        vol = D(a * b * c) / 5000
        return dec(max(vol, de_dec(weight.replace(" kg", ""))), 1)

    T.append(Task("label_chargeable_weight_01", "label",
                  "Chargeable weight in kg: the larger of actual weight and volumetric weight (L x W x H cm / 5000).",
                  ["dimensions", "actual_weight"],
                  [("40x30x20 cm", "3,2 kg"), ("30x20x10 cm", "2,5 kg"), ("50x40x30 cm", "8,4 kg"),
                   ("60x40x40 cm", "12,0 kg"), ("20x15x10 cm", "1,1 kg"), ("80x60x50 cm", "30,0 kg"),
                   ("45x35x20 cm", "4,1 kg"), ("25x20x10 cm", "3,7 kg"), ("35x25x16 cm", "2,0 kg")],
                  chargeable))

    def pkg(s: str) -> str:
        m = re.search(r"(\d+) \w+ (\d+)$", s)
        return f"{m.group(1)}/{m.group(2)}"

    T.append(Task("label_package_n_of_m_02", "label",
                  "Package counter of a multi-parcel shipment (German, French, English label) -> 'n/m'.",
                  ["label_text"],
                  ["Paket 2 von 5", "Colis 3 sur 4", "Package 1 of 3",
                   "Paket 4 von 5", "Colis 1 sur 2", "Package 3 of 3", "Paket 10 von 12", "Colis 2 sur 6",
                   "Package 7 of 8"],
                  pkg))

    g = [gtin_check(b) for b in ("0401234567890", "0950110153000", "0400580812345", "0761234567001",
                                 "0871234500012", "0590123412345", "0301234500009", "0841234567890",
                                 "0540999000123")]
    rows = [f"(01){g[0]}(17)250630(10)L4711",
            f"(01){g[1]}(11)241115(17)261115(10)AB-12",
            f"(17)240229(01){g[2]}",
            f"(01){g[3]}(10)CH2024-88(17)270131",
            f"(01){g[4]}(11)250301(17)260301",
            f"(17)251231(10)B7(01){g[5]}",
            f"(01){g[6]}(17)280815",
            f"(01){g[7]}(11)240920(17)250320(10)LOT0042",
            f"(10)Q-19(17)260704(01){g[8]}"]

    def expiry(s: str) -> str:
        y, mth, d = re.search(r"\(17\)(\d{2})(\d{2})(\d{2})", s).groups()
        return f"20{y}-{mth}-{d}"

    T.append(Task("label_gs1_expiry_date_03", "label",
                  "Expiry date (AI 17, YYMMDD) from a GS1-128 element string in human-readable form -> ISO date. "
                  "AI 11 is the production date.",
                  ["gs1_string"], rows, expiry))
    return T


# ---------------------------------------------------------------------------------------------
# academic records
# ---------------------------------------------------------------------------------------------
def academic_tasks() -> list[Task]:
    T = []

    def semester(s: str) -> str:
        year = re.search(r"\d{4}", s).group(0)
        return year + ("W" if s.startswith(("WS", "WiSe")) else "S")

    T.append(Task("academic_semester_code_01", "academic",
                  "German semester label (WS/WiSe = winter, SoSe = summer) -> start year + W or S.", ["semester"],
                  ["WS 2023/24", "SoSe 2024", "WiSe 2021/22",
                   "WS 2019/20", "SoSe 2022", "WiSe 2024/25", "SoSe 2020", "WS 1999/00"],
                  semester))

    def course(s: str) -> str:
        m = re.match(r"([A-Za-z]+)[ \-]?(\d+)$", s)
        return f"{m.group(1).upper()}-{m.group(2)}"

    T.append(Task("academic_course_code_02", "academic",
                  "Normalise a course code: subject in capitals, a hyphen, the course number.", ["course"],
                  ["cs 101", "Math221", "econ-310",
                   "hist 215", "Chem110", "bio-201", "STAT 400", "Ling305"],
                  course))
    offset = {"小学": 0, "中学": 6, "高校": 9}

    def grade(s: str) -> str:
        m = re.match(r"(小学|中学|高校)(\d)年$", s)
        return str(offset[m.group(1)] + int(m.group(2)))

    T.append(Task("academic_japanese_school_grade_03", "academic",
                  "Japanese school year (elementary 小学 1-6, junior high 中学 1-3, high school 高校 1-3) -> "
                  "overall grade 1-12.",
                  ["school_year"],
                  ["小学3年", "中学2年", "高校1年",
                   "小学6年", "中学1年", "中学3年", "高校3年", "高校2年", "小学1年"],
                  grade))
    return T


# ---------------------------------------------------------------------------------------------
# HR / payroll
# ---------------------------------------------------------------------------------------------
def hr_tasks() -> list[Task]:
    T = []
    T.append(Task("hr_fte_from_weekly_hours_01", "hr",
                  "Full-time equivalent from contracted weekly hours (40 h = 1.00), two decimals.", ["weekly_hours"],
                  ["40 h", "20 h", "35 h",
                   "30 h", "32 h", "25 h", "38 h", "12 h", "15 h"],
                  lambda s: dec(D(s.split()[0]) / 40, 2)))

    def monthly(annual: str, n: str) -> str:
        return de_money(de_dec(annual) / int(n))

    T.append(Task("hr_monthly_salary_02", "hr",
                  "Monthly gross pay from an annual salary and the number of salaries per year (12, 13 or the "
                  "Austrian 14), German number format.",
                  ["annual_salary", "salaries_per_year"],
                  [("52.000", "12"), ("56.000", "14"), ("65.000", "13"),
                   ("48.000", "12"), ("61.600", "14"), ("39.000", "13"), ("72.500", "12"), ("45.500", "14")],
                  monthly))
    abbr = {"Sr.": "Senior", "Jr.": "Junior", "Asst.": "Assistant", "Mgr.": "Manager", "Engr.": "Engineer"}
    T.append(Task("hr_job_title_expand_03", "hr",
                  "Expand the abbreviations in a job title (Sr., Jr., Asst., Mgr., Engr.).", ["job_title"],
                  ["Sr. Software Engr.", "Asst. Mgr. Sales", "Jr. Data Analyst",
                   "Sr. Mgr. Finance", "Jr. Network Engr.", "Asst. Engr.", "Sr. Data Analyst", "Jr. Mgr. Logistics"],
                  lambda s: " ".join(abbr.get(w, w) for w in s.split())))

    def pay_grade(s: str) -> str:
        m = re.match(r"(?:TVöD|TV-L) EG? (\d+[ab]?) Stufe (\d)$", s)
        return f"E{m.group(1)}/{m.group(2)}"

    T.append(Task("hr_pay_grade_compact_04", "hr",
                  "German public-sector pay grade (TVöD / TV-L, 'E' or 'EG', Stufe) -> 'E<grade>/<step>'.",
                  ["pay_grade"],
                  ["TVöD E 9b Stufe 3", "TV-L E 13 Stufe 2", "TV-L EG 11 Stufe 4",
                   "TVöD E 12 Stufe 5", "TV-L EG 9a Stufe 2", "TVöD E 15 Stufe 6", "TV-L E 8 Stufe 1",
                   "TVöD EG 14 Stufe 3"],
                  pay_grade))
    return T


# ---------------------------------------------------------------------------------------------
# government forms
# ---------------------------------------------------------------------------------------------
def mrz_check(s: str) -> str:
    def val(c: str) -> int:
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - ord("A") + 10
    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_line2(doc: str, nat: str, birth: dt.date, sex: str, expiry: dt.date) -> str:
    b = birth.strftime("%y%m%d")
    e = expiry.strftime("%y%m%d")
    personal = "<" * 14
    line = (doc + mrz_check(doc) + nat + b + mrz_check(b) + sex + e + mrz_check(e) + personal
            + mrz_check(personal))
    composite = line[0:10] + line[13:20] + line[21:43]
    line += mrz_check(composite)
    assert len(line) == 44
    return line


def govform_tasks() -> list[Task]:
    T = []
    T.append(Task("govform_checked_box_01", "govform",
                  "Label of the ticked box ([X] or [x]) in a scanned form field.", ["field"],
                  ["[X] ledig [ ] verheiratet [ ] geschieden", "[ ] Herr [x] Frau [ ] divers", "[ ] oui [X] non",
                   "[ ] ledig [X] verheiratet [ ] geschieden", "[x] Herr [ ] Frau [ ] divers", "[X] oui [ ] non",
                   "[ ] ledig [ ] verheiratet [x] verwitwet", "[ ] Herr [ ] Frau [X] divers"],
                  lambda s: re.search(r"\[[xX]\] (\S+)", s).group(1)))
    T.append(Task("govform_comb_field_02", "govform",
                  "Join a comb field (one character per box, boxes separated by |); empty boxes inside are spaces, "
                  "trailing empty boxes are dropped.",
                  ["boxes"],
                  ["M|Ü|L|L|E|R| | | ", "V|O|N| |B|E|R|G| | ", "Ś|W|I|Ą|T|E|K| ",
                   "S|C|H|M|I|D|T| | | ", "D|E| |L|A| |C|R|U|Z| ", "Ö|Z|T|Ü|R|K| | ", "L|E|E| | | | ",
                   "N|Ø|R|G|A|A|R|D| "],
                  lambda s: "".join(s.split("|")).strip()))

    def mrz1(country: str, surname: str, given: str) -> str:
        s = f"P<{country}{surname.replace(' ', '<')}<<{given.replace(' ', '<')}"
        return s + "<" * (44 - len(s))

    def mrz_name(line: str) -> str:
        sur, _, given = line[5:].partition("<<")
        sur = " ".join(sur.split("<"))
        given = " ".join(p for p in given.split("<") if p)
        return f"{given.title()} {sur.title()}"

    T.append(Task("govform_mrz_name_03", "govform",
                  "Holder name from line 1 of a passport MRZ (surname<<given names) -> 'Given Surname', title case.",
                  ["mrz_line1"],
                  [mrz1("UTO", "ERIKSSON", "ANNA MARIA"), mrz1("DEU", "MUELLER", "JOERG"),
                   mrz1("ESP", "GARCIA LOPEZ", "MARIA JOSE"),
                   mrz1("FRA", "DUPONT", "JEAN PIERRE"), mrz1("POL", "KOWALSKA", "AGNIESZKA"),
                   mrz1("TUR", "YILMAZ", "AYSE"), mrz1("ITA", "ROSSI", "GIULIA MARIA"),
                   mrz1("NOR", "HANSEN", "SOEREN"), mrz1("MEX", "HERNANDEZ RUIZ", "JUAN CARLOS")],
                  mrz_name))

    people = [("C4J7X91K2", "DEU", dt.date(1974, 8, 12), "F", dt.date(2031, 5, 3)),
              ("X29Q4L0T8", "FRA", dt.date(2008, 3, 5), "M", dt.date(2027, 9, 14)),
              ("PA1187342", "ESP", dt.date(1991, 11, 30), "M", dt.date(2029, 1, 22)),
              ("LK0923715", "NLD", dt.date(1965, 2, 14), "F", dt.date(2030, 6, 30)),
              ("YB7730125", "POL", dt.date(2012, 7, 1), "M", dt.date(2026, 11, 2)),
              ("U48810937", "TUR", dt.date(1988, 12, 24), "F", dt.date(2032, 3, 19)),
              ("FR2K81M40", "ITA", dt.date(1979, 5, 9), "M", dt.date(2028, 8, 8)),
              ("T00482216", "NOR", dt.date(2003, 10, 17), "F", dt.date(2029, 4, 11)),
              ("G51X07Q33", "GBR", dt.date(1950, 1, 31), "M", dt.date(2027, 2, 27))]

    def mrz_birth(line: str) -> str:
        yy, mm, dd = line[13:15], line[15:17], line[17:19]
        century = "20" if int(yy) <= 25 else "19"
        return f"{century}{yy}-{mm}-{dd}"

    T.append(Task("govform_mrz_birth_date_04", "govform",
                  "Date of birth (positions 14-19, YYMMDD) from line 2 of a passport MRZ -> ISO date.",
                  ["mrz_line2"], [mrz_line2(*p) for p in people], mrz_birth))
    return T


# ---------------------------------------------------------------------------------------------
# chemistry / laboratory
# ---------------------------------------------------------------------------------------------
def lab_tasks() -> list[Task]:
    T = []
    T.append(Task("lab_cas_number_format_01", "lab",
                  "CAS registry number from its digits: hyphens before the last three digits and before the check "
                  "digit.", ["cas_digits"],
                  ["7732185", "64175", "50000",
                   "67641", "7647145", "124389", "58082", "1310732", "71432"],
                  lambda s: f"{s[:-3]}-{s[-3:-1]}-{s[-1]}"))

    def flag(value: str, ref: str) -> str:
        lo, hi = (de_dec(x) for x in ref.split("-"))
        v = de_dec(value)
        return "L" if v < lo else "H" if v > hi else "N"

    T.append(Task("lab_reference_range_flag_02", "lab",
                  "Flag a lab result against its reference range: L below, H above, N inside.",
                  ["value", "reference_range"],
                  [("4,2", "3,5-5,1"), ("2,9", "3,5-5,1"), ("148", "135-145"),
                   ("136", "135-145"), ("11,8", "4,0-10,0"), ("0,6", "0,7-1,2"), ("7,9", "4,0-10,0"),
                   ("5,6", "3,5-5,1"), ("1,0", "0,7-1,2"), ("131", "135-145")],
                  flag))

    def lod(s: str) -> str:
        if s.startswith("<"):
            return trim(de_dec(s[1:]) / 2)
        return trim(de_dec(s))

    T.append(Task("lab_below_detection_limit_03", "lab",
                  "Numeric value for statistics: results below the detection limit '<x' become x/2; decimal point.",
                  ["result"],
                  ["<0,5", "1,2", "<0,1",
                   "<0,2", "3,4", "0,75", "<0,05", "<0,3", "2,05"],
                  lod))

    def atoms(s: str) -> str:
        return str(sum(int(n) if n else 1 for n in re.findall(r"[A-Z][a-z]?(\d*)", s)))

    T.append(Task("lab_formula_atom_count_04", "lab",
                  "Number of atoms in a simple molecular formula (no brackets).", ["formula"],
                  ["C6H12O6", "H2O", "NaCl",
                   "CH4", "C2H5OH", "H2SO4", "CaCO3", "C8H10N4O2", "NH3"],
                  atoms))
    sub = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    T.append(Task("lab_formula_subscripts_05", "lab",
                  "Typeset a molecular formula: digits become Unicode subscripts.", ["formula"],
                  ["H2SO4", "C6H12O6", "NaCl",
                   "CO2", "C2H5OH", "Fe2O3", "NH4NO3", "KMnO4", "C12H22O11"],
                  lambda s: s.translate(sub)))
    return T


# ---------------------------------------------------------------------------------------------
# sports results
# ---------------------------------------------------------------------------------------------
def sports_tasks() -> list[Task]:
    T = []

    def points(s: str) -> str:
        w, d, _ = (int(x) for x in s.split("-"))
        return str(3 * w + d)

    T.append(Task("sports_league_points_01", "sports",
                  "League points from a won-drawn-lost record (3 for a win, 1 for a draw).", ["record_w_d_l"],
                  ["10-5-3", "7-7-4", "12-2-4",
                   "20-8-6", "0-4-14", "15-3-0", "9-9-9", "5-10-3"],
                  points))

    def pace(time: str, dist: str) -> str:
        parts = [int(x) for x in time.split(":")]
        secs = 0
        for p in parts:
            secs = secs * 60 + p
        km = int(dist.replace(" km", ""))
        assert secs % km == 0, (time, dist)
        p = secs // km
        return f"{p // 60}:{p % 60:02d}"

    T.append(Task("sports_running_pace_02", "sports",
                  "Average pace in min:ss per km from a finish time (mm:ss or h:mm:ss) and the distance.",
                  ["finish_time", "distance"],
                  [("45:30", "10 km"), ("25:00", "5 km"), ("1:30:00", "20 km"),
                   ("1:04:30", "15 km"), ("22:10", "5 km"), ("52:00", "10 km"), ("2:00:00", "20 km"),
                   ("1:18:45", "15 km"), ("19:35", "5 km")],
                  pace))

    def balls(s: str) -> str:
        o, b = s.split(".")
        return str(int(o) * 6 + int(b))

    T.append(Task("sports_cricket_overs_to_balls_03", "sports",
                  "Cricket overs notation 'overs.balls' (6 balls an over) -> number of balls.", ["overs"],
                  ["12.3", "4.0", "19.5",
                   "20.0", "7.2", "0.4", "49.1", "15.0", "33.5"],
                  balls))

    def sets(s: str) -> str:
        a = b = 0
        for st in s.split():
            x, y = (int(v) for v in re.sub(r"\(\d+\)", "", st).split("-"))
            if x > y:
                a += 1
            else:
                b += 1
        return f"{a}-{b}"

    T.append(Task("sports_tennis_sets_won_04", "sports",
                  "Sets won by each player from a tennis score line (tie-break points in brackets).", ["score"],
                  ["6-4 3-6 7-6(5)", "6-3 6-2", "4-6 7-5 3-6",
                   "7-6(3) 6-4", "6-7(4) 6-3 6-4", "3-6 2-6", "6-4 4-6 6-7(8)", "7-5 6-7(2) 7-6(10)",
                   "6-4 3-6 6-7(5) 6-3 7-5"],
                  sets))

    def to_par(s: str) -> str:
        m = re.match(r"(\d+) \(Par (\d+)\)$", s)
        d = int(m.group(1)) - int(m.group(2))
        return "E" if d == 0 else f"{d:+d}"

    T.append(Task("sports_golf_score_to_par_05", "sports",
                  "Golf round relative to par: E for even, otherwise signed.", ["round"],
                  ["68 (Par 72)", "72 (Par 72)", "75 (Par 71)",
                   "70 (Par 72)", "71 (Par 71)", "80 (Par 72)", "65 (Par 70)", "73 (Par 72)"],
                  to_par))
    return T


# ---------------------------------------------------------------------------------------------
# music and media
# ---------------------------------------------------------------------------------------------
def media_tasks() -> list[Task]:
    T = []

    def frames(s: str) -> str:
        h, m, sec, f = (int(x) for x in s.split(":"))
        return str(((h * 60 + m) * 60 + sec) * 25 + f)

    T.append(Task("media_timecode_to_frames_01", "media",
                  "SMPTE timecode HH:MM:SS:FF at 25 fps (PAL) -> frame count.", ["timecode"],
                  ["00:00:01:00", "00:01:00:12", "01:00:00:00",
                   "00:00:10:05", "00:02:30:00", "00:00:00:24", "01:15:20:10", "10:00:00:00"],
                  frames))

    def feat(s: str) -> str:
        m = re.search(r"\((?:feat\.|ft\.) ([^)]+)\)", s)
        return m.group(1) if m else ""

    T.append(Task("media_featured_artist_02", "media",
                  "Featured artist from a track title '(feat. X)' or '(ft. X)'; empty if none.", ["track"],
                  ["Daft Punk - Get Lucky (feat. Pharrell Williams)", "Stromae - Alors on danse",
                   "Calvin Harris - This Is What You Came For (ft. Rihanna)",
                   "Mark Ronson - Uptown Funk (feat. Bruno Mars)", "Rosalía - Malamente",
                   "Major Lazer - Lean On (feat. MØ & DJ Snake)", "Shakira - Hips Don't Lie (ft. Wyclef Jean)",
                   "Aya Nakamura - Djadja"],
                  feat))

    def aspect(s: str) -> str:
        w, h = (int(x) for x in s.split("x"))
        g = gcd(w, h)
        return f"{w // g}:{h // g}"

    T.append(Task("media_aspect_ratio_03", "media",
                  "Aspect ratio of a resolution, reduced to lowest terms.", ["resolution"],
                  ["1920x1080", "1280x1024", "1024x768",
                   "3840x2160", "720x576", "1280x720", "1600x1200", "800x600", "2048x1536"],
                  aspect))
    T.append(Task("media_isrc_hyphenate_04", "media",
                  "ISRC in display form: country-registrant-year-designation.", ["isrc"],
                  ["USRC17607839", "DEA621900123", "FRZ039800212",
                   "GBAYE0601498", "JPU901500012", "SEUM71800345", "ITB152300771", "ESA012200456"],
                  lambda s: f"{s[:2]}-{s[2:5]}-{s[5:7]}-{s[7:]}"))

    def episode(s: str) -> str:
        a, b = (int(x) for x in re.findall(r"\d+", s))
        return f"S{a:02d}E{b:02d}"

    T.append(Task("media_episode_code_05", "media",
                  "Episode reference (English, German or 'SxE' notation) -> 'SxxEyy'.", ["episode"],
                  ["Season 2 Episode 5", "3x11", "Staffel 1 Folge 8",
                   "Season 10 Episode 2", "1x01", "Staffel 4 Folge 12", "5x03", "Season 3 Episode 21"],
                  episode))
    return T


# ---------------------------------------------------------------------------------------------
# real estate
# ---------------------------------------------------------------------------------------------
def realestate_tasks() -> list[Task]:
    T = []

    def floor(s: str) -> str:
        if s == "EG":
            return "0"
        n, kind = re.match(r"(\d+)\. (OG|UG)$", s).groups()
        return n if kind == "OG" else f"-{n}"

    T.append(Task("realestate_floor_number_01", "realestate",
                  "German floor designation (EG ground floor, n. OG upper, n. UG basement) -> signed floor number.",
                  ["floor"],
                  ["3. OG", "EG", "1. UG", "2. OG", "5. OG", "2. UG", "1. OG", "12. OG"],
                  floor))
    unit = {"ha": 10000, "a": 100, "m²": 1}

    def land(s: str) -> str:
        return str(sum(int(n) * unit[u] for n, u in re.findall(r"(\d+) (ha|a|m²)", s)))

    T.append(Task("realestate_land_area_m2_02", "realestate",
                  "Cadastral area 'x ha y a z m²' -> square metres.", ["area"],
                  ["1 ha 23 a 45 m²", "45 a 12 m²", "3 ha 0 a 80 m²",
                   "8 a 70 m²", "2 ha 15 a 5 m²", "12 a 0 m²", "1 ha 1 a 1 m²", "67 a 89 m²"],
                  land))
    T.append(Task("realestate_walk_minutes_to_m_03", "realestate",
                  "Japanese listing: walking time to the station (徒歩n分) -> distance in metres at the industry "
                  "standard 80 m per minute.", ["access"],
                  ["渋谷駅 徒歩7分", "新宿駅 徒歩14分", "梅田駅 徒歩3分",
                   "池袋駅 徒歩5分", "京都駅 徒歩15分", "横浜駅 徒歩1分", "博多駅 徒歩9分", "札幌駅 徒歩20分"],
                  lambda s: str(int(re.search(r"徒歩(\d+)分", s).group(1)) * 80)))

    def room(s: str) -> str:
        a, b = (de_dec(x) for x in re.match(r"([\d,]+) x ([\d,]+) m$", s).groups())
        return dec(a * b, 2)

    T.append(Task("realestate_room_area_04", "realestate",
                  "Room area in m² from 'length x width m' (decimal comma), two decimals, half up.", ["dimensions"],
                  ["4,20 x 3,85 m", "3,5 x 4 m", "5,10 x 2,95 m",
                   "3,60 x 4,25 m", "6 x 4,5 m", "2,75 x 3,10 m", "4,05 x 4,05 m", "7,2 x 3,85 m"],
                  room))
    return T


# ---------------------------------------------------------------------------------------------
# agriculture
# ---------------------------------------------------------------------------------------------
def agri_tasks() -> list[Task]:
    T = []

    def harvest(s: str) -> str:
        y, a = (de_dec(x) for x in re.match(r"([\d,]+) dt/ha auf ([\d,]+) ha$", s).groups())
        return dec(y * a / 10, 1)

    T.append(Task("agri_harvest_tonnes_01", "agri",
                  "Total harvest in tonnes from a yield in dt/ha (1 dt = 100 kg) and the field size, one decimal.",
                  ["yield_and_area"],
                  ["72 dt/ha auf 12,5 ha", "85 dt/ha auf 4 ha", "63,5 dt/ha auf 7,2 ha",
                   "78 dt/ha auf 20 ha", "41,5 dt/ha auf 3,6 ha", "92 dt/ha auf 15,5 ha", "55 dt/ha auf 2,25 ha",
                   "38 dt/ha auf 9,8 ha"],
                  harvest))

    def nitrogen(s: str) -> str:
        n, kg = re.search(r"(\d+)-\d+-\d+, (\d+) kg$", s).groups()
        return trim(D(n) * D(kg) / 100)

    T.append(Task("agri_fertiliser_nitrogen_kg_02", "agri",
                  "Kilograms of nitrogen in a fertiliser bag from its N-P-K grade (percent) and the bag weight.",
                  ["product"],
                  ["NPK 15-15-15, 50 kg", "Harnstoff 46-0-0, 25 kg", "NPK 20-10-10, 40 kg",
                   "NPK 12-12-17, 50 kg", "DAP 18-46-0, 25 kg", "NPK 15-15-15, 25 kg", "Harnstoff 46-0-0, 50 kg",
                   "NP 20-20-0, 10 kg"],
                  nitrogen))
    T.append(Task("agri_field_area_ha_03", "agri",
                  "Field size in hectares from a farm field record, decimal point.", ["field"],
                  ["Schlag 12 – Am Bach (4,35 ha)", "Schlag 3 – Hinterm Hof (12,8 ha)",
                   "Schlag 7 – Große Wiese (0,96 ha)",
                   "Schlag 21 – Kirchacker (6,05 ha)", "Schlag 4 – Lange Gewann (18,2 ha)",
                   "Schlag 15 – Mühlenfeld (2,5 ha)", "Schlag 9 – Ödland (0,4 ha)", "Schlag 30 – Süd (11,75 ha)"],
                  lambda s: re.search(r"\(([\d,]+) ha\)", s).group(1).replace(",", ".")))
    return T


# ---------------------------------------------------------------------------------------------
# hospitality
# ---------------------------------------------------------------------------------------------
def hospitality_tasks() -> list[Task]:
    T = []

    def occupancy(s: str) -> str:
        a, c = re.match(r"(\d+)A(?:(\d+)C)?$", s).groups()
        out = f"{a} adult" + ("" if a == "1" else "s")
        if c:
            out += f", {c} child" + ("" if c == "1" else "ren")
        return out

    T.append(Task("hospitality_occupancy_code_01", "hospitality",
                  "Booking occupancy code 'nA mC' -> readable guests (singular/plural).", ["occupancy"],
                  ["2A1C", "1A", "2A3C",
                   "1A2C", "3A", "2A", "1A1C", "4A2C"],
                  occupancy))

    def nights(ci: str, co: str) -> str:
        f = "%d.%m.%Y"
        return str((dt.datetime.strptime(co, f) - dt.datetime.strptime(ci, f)).days)

    T.append(Task("hospitality_nights_02", "hospitality",
                  "Number of nights between check-in and check-out dates (DD.MM.YYYY).",
                  ["check_in", "check_out"],
                  [("12.03.2024", "15.03.2024"), ("28.02.2024", "02.03.2024"), ("30.12.2023", "06.01.2024"),
                   ("01.06.2024", "08.06.2024"), ("29.07.2024", "01.08.2024"), ("31.10.2024", "03.11.2024"),
                   ("15.08.2024", "16.08.2024"), ("20.12.2024", "05.01.2025")],
                  nights))
    room = {"SGL": "Single", "DBL": "Double", "TWN": "Twin"}
    view = {"SV": "sea view", "GV": "garden view", "CV": "city view"}

    def room_type(s: str) -> str:
        r, v = s.split("-")
        return f"{room[r]}, {view[v]}"

    T.append(Task("hospitality_room_type_code_03", "hospitality",
                  "Property-management room type code 'TYPE-VIEW' -> description.", ["room_code"],
                  ["DBL-SV", "SGL-GV", "TWN-CV",
                   "SGL-SV", "TWN-GV", "DBL-CV", "DBL-GV", "TWN-SV"],
                  room_type))

    def city_tax(n: str, g: str, rate: str) -> str:
        return dec(int(n) * int(g) * de_dec(rate), 2)

    T.append(Task("hospitality_city_tax_04", "hospitality",
                  "City tax total: nights x guests x rate per person and night (decimal comma in, point out).",
                  ["nights", "guests", "rate_per_person_night"],
                  [("3", "2", "2,50"), ("1", "1", "3,00"), ("5", "3", "1,75"),
                   ("2", "2", "4,50"), ("7", "1", "2,00"), ("4", "4", "1,20"), ("10", "2", "5,00"),
                   ("3", "3", "2,35")],
                  city_tax))
    return T


def all_tasks() -> list[Task]:
    return (retail_tasks() + insurance_tasks() + library_tasks() + aviation_tasks() + energy_tasks()
            + label_tasks() + academic_tasks() + hr_tasks() + govform_tasks() + lab_tasks() + sports_tasks()
            + media_tasks() + realestate_tasks() + agri_tasks() + hospitality_tasks())


def main() -> None:
    print(f"ROOT = {ROOT}")
    tasks = all_tasks()
    assert len(tasks) == 60, len(tasks)
    for t in tasks:
        for p in t.train + t.test:
            assert isinstance(p["out"], str), t.id
    (OUT / SPLIT).mkdir(parents=True, exist_ok=True)
    write(SPLIT, tasks)
    cats = Counter(t.category for t in tasks)
    assert max(cats.values()) <= 6 and len(cats) >= 12, cats
    print(f"{len(tasks)} tasks, {sum(len(t.test) for t in tasks)} test rows -> {OUT / SPLIT / 'tasks.jsonl'}")
    for c, n in cats.items():
        print(f"  {c}: {n}")


if __name__ == "__main__":
    main()
