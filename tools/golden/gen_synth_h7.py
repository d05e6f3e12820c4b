"""Generate assets_config/golden_synth/dev_h7/tasks.jsonl: tasks WRITTEN BY THE IMPLEMENTER (session 7,
synthesis helper) before the mechanisms that solve them were built, one or two per reshaping kind the
synthesizer did not cover yet (number words, implied decimals, sign conventions, bit flags, date parts,
durations, ...). They are a development set, not a blind one: the author knows the code.

Run: /work/main/.venv/bin/python tools/golden/gen_synth_h7.py
The first 3 rows of every task are the train examples, the rest are test rows.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from synth_common import Task, dec, digits, write

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def tasks() -> list[Task]:
    T: list[Task] = []
    T.append(Task("h7_words_to_int_01", "numword", "English cardinal words (up to thousands) -> digits.", ["qty_words"],
                  [words(n) for n in (23, 4, 1250, 90, 315, 17, 2008, 606)], lambda s: str(
                      next(n for n in range(10000) if words(n) == s))))
    T.append(Task("h7_int_to_words_02", "numword", "Digits -> English cardinal words (cheque style).", ["amount"],
                  [str(n) for n in (42, 7, 310, 15, 99, 1001, 260, 58)], lambda s: words(int(s))))
    T.append(Task("h7_implied_decimals_03", "cobol", "Zoned field with two implied decimals -> decimal.", ["amt_raw"],
                  ["00012345", "00000007", "01000000", "00000250", "00999999", "00000100", "00004321"],
                  lambda s: dec(Decimal(int(s)) / 100, 2)))
    T.append(Task("h7_implied_decimals3_04", "cobol", "Signed field, three implied decimals -> decimal.", ["qty_raw"],
                  ["+0012500", "-0000750", "+0000001", "-0100000", "+0003333", "-0000010", "+0250000"],
                  lambda s: dec(Decimal(int(s)) / 1000, 3)))
    T.append(Task("h7_cr_dr_05", "sign", "Amount with CR/DR marker -> signed (DR negative).", ["amount"],
                  ["150.00 CR", "75.25 DR", "0.99 CR", "1200.50 DR", "3.10 CR", "88.00 DR", "10.01 DR"],
                  lambda s: ("-" if s.endswith("DR") else "") + s.split()[0]))
    T.append(Task("h7_trailing_minus_06", "sign", "Trailing minus sign -> leading minus.", ["bal"],
                  ["120-", "45", "3000-", "77-", "8", "15000", "1-"],
                  lambda s: "-" + s[:-1] if s.endswith("-") else s))
    T.append(Task("h7_signed_to_parens_07", "sign", "Signed amount -> accounting parentheses for negatives.", ["amt"],
                  ["-45.00", "120.50", "-0.75", "9.99", "-1000.00", "33.33", "-2.50"],
                  lambda s: f"({s[1:]})" if s.startswith("-") else s))
    T.append(Task("h7_bitmask_names_08", "flags", "Bit flags (1 = new, 2 = paid, 4 = shipped) -> names.",
                  ["status_bits"],
                  ["3", "4", "0", "1", "7", "6", "5", "2"],
                  lambda s: ",".join(n for b, n in ((1, "new"), (2, "paid"), (4, "shipped")) if int(s) & b)))
    T.append(Task("h7_bit_test_09", "flags", "Is the 'paid' bit (value 2) set in the flags? Y/N.", ["flags"],
                  ["2", "5", "7", "0", "6", "1", "3", "4"], lambda s: "Y" if int(s) & 2 else "N"))
    T.append(Task("h7_weekday_10", "datepart", "ISO date -> English weekday name.", ["order_date"],
                  ["2024-03-15", "2024-03-18", "2023-12-31", "2024-02-29", "2025-07-04", "2024-01-02", "2024-11-28"],
                  lambda s: d(s).strftime("%A")))
    T.append(Task("h7_quarter_11", "datepart", "ISO date -> year and quarter.", ["booking_date"],
                  ["2024-03-15", "2023-11-02", "2024-07-01", "2022-05-31", "2025-12-31", "2024-01-01", "2021-08-19"],
                  lambda s: f"{d(s).year}-Q{(d(s).month - 1) // 3 + 1}"))
    T.append(Task("h7_iso_week_12", "datepart", "Date -> ISO week label.", ["ship_date"],
                  ["2024-03-15", "2024-12-30", "2023-01-01", "2024-06-10", "2021-01-03", "2025-09-17", "2024-01-08"],
                  lambda s: f"{d(s).isocalendar()[0]}-W{d(s).isocalendar()[1]:02d}"))
    T.append(Task("h7_day_of_year_13", "datepart", "US date -> day of the year.", ["event_date"],
                  ["03/15/2024", "01/01/2023", "12/31/2024", "07/04/2023", "02/29/2024", "10/10/2022", "12/31/2023"],
                  lambda s: str(dt.datetime.strptime(s, "%m/%d/%Y").timetuple().tm_yday)))
    T.append(Task("h7_minutes_to_hm_14", "duration", "Minutes -> '1h 30m' ('0m' minutes shown).", ["minutes"],
                  ["90", "45", "120", "5", "61", "600", "135"], lambda s: f"{int(s) // 60}h {int(s) % 60}m"))
    T.append(Task("h7_hm_to_minutes_15", "duration", "'2h 05m' -> minutes.", ["dur"],
                  ["1h 30m", "0h 45m", "2h 05m", "10h 00m", "3h 59m", "0h 01m", "7h 20m"],
                  lambda s: str(int(s.split("h")[0]) * 60 + int(s.split()[1][:-1]))))
    T.append(Task("h7_pct_to_ratio_16", "percent", "Percent string -> ratio with 4 decimals.", ["rate"],
                  ["12.5%", "7%", "100%", "0.5%", "33.3%", "19%", "2.25%"],
                  lambda s: dec(Decimal(s[:-1]) / 100, 4)))
    T.append(Task("h7_ratio_to_pct_17", "percent", "Ratio -> percent with one decimal and a % sign.", ["share"],
                  ["0.125", "0.5", "0.0333", "1", "0.07", "0.999", "0.2"],
                  lambda s: dec(Decimal(s) * 100, 1) + "%"))
    T.append(Task("h7_truncate_10_18", "width", "Truncate to 10 characters.", ["label"],
                  ["International", "Short", "Consolidated Freight", "ABCDEFGHIJ", "Nordwind Logistik", "x",
                   "Overnight express"], lambda s: s[:10]))
    T.append(Task("h7_pad_left_spaces_19", "width", "Right-align in a field of 8 with spaces.", ["code"],
                  ["42", "12345", "7", "A-9", "999999", "XY", "1234567"], lambda s: s.rjust(8)))
    T.append(Task("h7_title_particles_20", "name", "Proper case keeping lower-case particles (van, de, von, da).",
                  ["name"],
                  ["LUDWIG VAN BEETHOVEN", "maria de souza", "Otto VON bismarck", "ana da silva", "ANNE DE GAULLE",
                   "vincent van gogh", "PEDRO DA COSTA"],
                  lambda s: " ".join(w.lower() if w.lower() in ("van", "de", "von", "da") else w.capitalize()
                                     for w in s.split())))
    T.append(Task("h7_initials_dots_21", "name", "Initials without dots, upper case.", ["full_name"],
                  ["john ronald tolkien", "Ada Lovelace", "mary ann evans", "George Bernard Shaw", "kim lee",
                   "Emily Jane Bronte", "li wei"], lambda s: "".join(w[0].upper() for w in s.split())))
    T.append(Task("h7_nth_pipe_22", "token", "Third field of a pipe-separated record.", ["rec"],
                  ["A|B|C|D", "10|20|30", "x|y|zeta|w|v", "k1|k2|k3", "|a|b|c", "1|2|third|4", "p|q|r|s|t|u"],
                  lambda s: s.split("|")[2]))
    T.append(Task("h7_cond_prefix_23", "cond", "Numeric ids get an 'ID-' prefix; others stay.", ["ref"],
                  ["12345", "ABC-9", "777", "X1", "42", "Q-77", "900001"],
                  lambda s: ("ID-" + s) if s.isdigit() else s))
    T.append(Task("h7_case_lookup_24", "lookup", "Priority words in any case -> number.", ["prio"],
                  [("HIGH", "1"), ("low", "3"), ("Medium", "2"), ("high", "1"), ("LOW", "3"), ("medium", "2"),
                   ("Low", "3")]))
    T.append(Task("h7_split_join_25", "sep", "Pipe-separated date parts -> DD.MM.YYYY.", ["parts"],
                  ["2024|03|15", "1999|12|01", "2020|07|04", "2001|01|31", "2023|11|09", "2010|10|10", "1987|05|23"],
                  lambda s: ".".join(reversed(s.split("|")))))
    T.append(Task("h7_e164_26", "phone", "UK national mobile -> E.164.", ["mobile"],
                  ["07700 900123", "07911 123456", "07400 555666", "07555 010203", "07800 111222", "07123 456789",
                   "07999 000111"],
                  lambda s: "+44" + digits(s)[1:]))
    T.append(Task("h7_currency_seps_27", "money", "Amounts with space/dot thousands and comma decimals -> plain.",
                  ["betrag"],
                  ["1 234,50 kr", "12,00 kr", "1.234.567,89 kr", "999,99 kr", "10 000,00 kr", "5,5 kr",
                   "2.000,10 kr"],
                  lambda s: dec(Decimal(s.replace(" kr", "").replace(" ", "").replace(".", "").replace(",", ".")), 2)))
    T.append(Task("h7_c_to_f_28", "unit", "Celsius -> Fahrenheit, one decimal.", ["temp_c"],
                  ["21.5", "0", "-40", "37", "100", "-3.2", "25"],
                  lambda s: dec(Decimal(s) * Decimal("1.8") + 32, 1)))
    T.append(Task("h7_ordinal_words_29", "numword", "Small number words -> digits (single words).", ["n_words"],
                  ["three", "eleven", "twenty", "seven", "fifteen", "ninety", "zero"],
                  lambda s: str(ONES.index(s) if s in ONES else TENS.index(s) * 10)))
    T.append(Task("h7_flag_positions_30", "flags", "Y/N flags for (sms, mail, call) -> count of Y.", ["opt_in"],
                  ["YNY", "NNN", "YYY", "NYN", "YYN", "NNY", "NYY"], lambda s: str(s.count("Y"))))
    return T


if __name__ == "__main__":
    write("dev_h7", tasks())
