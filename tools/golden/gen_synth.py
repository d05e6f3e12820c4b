"""Generate the transformation-by-example golden set (assets_config/golden_synth/{dev,dev_b1}/tasks.jsonl).

Run: /work/main/.venv/bin/python tools/golden/gen_synth.py
The first 3 rows of every task are the train examples, the rest are test rows. Test rows only use
variations that the train rows show.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import gen_synth_blind
import gen_synth_families
from synth_common import Task, dec, digits, fold, parse_money, write

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def parse_date(s: str) -> dt.date:
    s = s.strip()
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%Y%m%d", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d-%b-%Y",
                "%m/%d/%y", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise ValueError(s)


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
def name_tasks() -> list[Task]:
    T = []
    T.append(Task("name_last_comma_first_01", "name", "Reorder 'Last, First' into 'First Last'.", ["full_name"],
                  ["Smith, John", "García, María José", "O'Neil, Patrick", "Nguyen, Thi Mai", "van der Berg, Anna",
                   "Kowalski, Jan", "Müller-Lüdenscheidt, Hans", "Okafor, Chidinma"],
                  lambda s: " ".join(reversed([p.strip() for p in s.split(",", 1)]))))
    T.append(Task("name_upper_last_comma_first_02", "name", "Turn 'First Last' into 'LAST, First'.", ["full_name"],
                  ["John Smith", "Ada Lovelace", "Chidi Okonkwo", "Grace Hopper", "Linus Torvalds", "Zofia Nowak",
                   "Émile Zola", "Björn Borg"],
                  lambda s: f"{s.split()[-1].upper()}, {' '.join(s.split()[:-1])}"))
    T.append(Task("name_initials_03", "name", "Initials of every name part, each followed by a dot.", ["full_name"],
                  ["John Smith", "Mary Ann Evans", "Ludwig van Beethoven", "Anna Schmidt", "José Luis Rodríguez",
                   "Ngozi Okonjo Iweala", "Kim Jong", "Pieter de Vries", "Li Na"],
                  lambda s: "".join(f"{p[0].upper()}." for p in s.split())))
    T.append(Task("name_first_initial_last_04", "name", "First initial and surname.", ["full_name"],
                  ["Jennifer Lopez", "Karl Weber", "Aiko Tanaka", "Oluwaseun Adeyemi", "Marie Curie",
                   "Thomas Müller", "Ingrid Bergman", "Rafael Nadal"],
                  lambda s: f"{s.split()[0][0]}. {s.split()[-1]}"))
    T.append(Task("name_first_from_last_comma_05", "name", "Given name from a 'Last, First' value.", ["name"],
                  ["Doe, Jane", "Schmidt, Klaus-Peter", "Rossi, Maria Grazia", "Dubois, Amélie", "Tanaka, Hiroshi",
                   "Fernández, Juan Carlos", "Smith, Bob"],
                  lambda s: s.split(",", 1)[1].strip()))
    T.append(Task("name_strip_title_06", "name", "Remove academic or courtesy titles in front of the name.",
                  ["name"],
                  [("Dr. Anna Schmidt", "Anna Schmidt"), ("Mr John Doe", "John Doe"),
                   ("Prof. Dr. Karl Weber", "Karl Weber"), ("Dr. Lena Vogel", "Lena Vogel"),
                   ("Mr Peter Parker", "Peter Parker"), ("Prof. Dr. Ingrid Kühn", "Ingrid Kühn"),
                   ("Mr Ahmed Khan", "Ahmed Khan")]))
    T.append(Task("name_proper_case_07", "name", "Proper-case a name; capitalise after hyphens and apostrophes too.",
                  ["name"],
                  ["jOHN sMITH", "anne-marie dubois", "PATRICK O'NEIL", "MARY-KATE OLSEN", "seán o'brien",
                   "jean-luc PICARD", "d'ARTAGNAN charles", "ZOË SALDANA"],
                  lambda s: re.sub(r"(^|[\s\-'])(\w)", lambda m: m.group(1) + m.group(2).upper(), s.lower())))
    T.append(Task("name_username_08", "name", "Login name: first initial plus surname, lower case, no accents.",
                  ["full_name"],
                  ["John Smith", "José Núñez", "Anna Schmidt", "Zoë Ångström", "Łukasz Wiśniewski",
                   "Marie-Claire Dupont", "Søren Kierkegaard", "Ayşe Yılmaz"],
                  lambda s: (fold(s.split()[0][0]) + fold(s.split()[-1])).lower().replace("ł", "l")
                  .replace("ø", "o").replace("ı", "i").replace("-", "")))
    T.append(Task("name_surname_caps_first_09", "name",
                  "Italian registry style 'SURNAME Given' (surname in capitals) into 'Given Surname'.", ["nominativo"],
                  [("ROSSI Mario", "Mario Rossi"), ("DE LUCA Anna Maria", "Anna Maria De Luca"),
                   ("ESPOSITO Gennaro", "Gennaro Esposito"), ("BIANCHI Giulia", "Giulia Bianchi"),
                   ("LO BIANCO Salvatore", "Salvatore Lo Bianco"), ("FERRARI Luca Maria", "Luca Maria Ferrari"),
                   ("DI STEFANO Chiara", "Chiara Di Stefano")]))
    T.append(Task("name_first_middle_last_10", "name", "Full name with the middle name reduced to an initial.",
                  ["first", "middle", "last"],
                  [("John", "Fitzgerald", "Kennedy"), ("Ada", "", "Lovelace"), ("Mary", "Ann", "Evans"),
                   ("George", "Walker", "Bush"), ("Alan", "", "Turing"), ("Hillary", "Diane", "Rodham"),
                   ("Frida", "", "Kahlo")],
                  lambda f, m, la: f"{f} {m[0]}. {la}" if m else f"{f} {la}"))
    T.append(Task("name_last_comma_first_multi_11", "name", "Build 'Last, First' from two columns.",
                  ["first_name", "last_name"],
                  [("Grace", "Hopper"), ("Wangari", "Maathai"), ("Jürgen", "Klopp"), ("Marta", "Vieira da Silva"),
                   ("Hiroshi", "Tanaka"), ("Chloé", "Zhao"), ("Kwame", "Nkrumah")],
                  lambda f, la: f"{la}, {f}"))
    T.append(Task("name_nickname_12", "name", "Extract the nickname written in double quotes; empty if none.",
                  ["name"],
                  [('Robert "Bob" Smith', "Bob"), ("Anna Schmidt", ""), ('William "Bill" Gates', "Bill"),
                   ('Elizabeth "Liz" Taylor', "Liz"), ("Karl Weber", ""), ('Theodore "Teddy" Roosevelt', "Teddy"),
                   ('Margaret "Peggy" Carter', "Peggy")]))
    return T


# ---------------------------------------------------------------------------------------------
# email
# ---------------------------------------------------------------------------------------------
def email_tasks() -> list[Task]:
    T = []
    T.append(Task("email_domain_01", "email", "Domain part of an e-mail address.", ["email"],
                  ["john.smith@acme.com", "m.garcia@correo.es", "info@mueller-gmbh.de", "ceo@startup.io",
                   "a.b.c@mail.example.co.uk", "noreply@t-online.de", "kenji@docomo.ne.jp"],
                  lambda s: s.split("@", 1)[1]))
    T.append(Task("email_local_part_02", "email", "Local part (before the @) of an e-mail address.", ["email"],
                  ["john.smith@acme.com", "support+tickets@shop.de", "a_b@x.org", "m.garcia@correo.es",
                   "first.last.99@uni.edu", "info@mueller-gmbh.de", "x@y.z"],
                  lambda s: s.split("@", 1)[0]))
    T.append(Task("email_normalize_03", "email", "Trim and lower-case an e-mail address.", ["email"],
                  ["  John.Smith@Example.COM ", "ANNA@WEB.DE", "m.Garcia@Correo.es", " Info@Shop.DE",
                   "KENJI@DOCOMO.NE.JP  ", "bob@x.org", "Zoe.Chen@Outlook.Com"],
                  lambda s: s.strip().lower()))
    T.append(Task("email_build_04", "email", "Company address 'first.last@domain', lower case, without accents.",
                  ["first_name", "last_name", "domain"],
                  [("John", "Smith", "acme.com"), ("José", "Núñez", "empresa.es"), ("Anna", "Schmidt", "firma.de"),
                   ("Chloé", "Lefèvre", "societe.fr"), ("Mark", "Evans", "acme.com"), ("Inés", "Álvarez", "empresa.es"),
                   ("Jörg", "Bauer", "firma.de")],
                  lambda f, la, d: f"{fold(f).lower()}.{fold(la).lower()}@{d}"))
    T.append(Task("email_company_05", "email", "Company name from the e-mail domain (without the TLD).", ["email"],
                  ["ana@acme.com", "bob@initech.io", "c.d@globex.net", "eve@umbrella.de", "frank@hooli.com",
                   "g@stark-industries.com", "h.i@wayne.org"],
                  lambda s: s.split("@")[1].rsplit(".", 1)[0]))
    T.append(Task("email_mask_06", "email", "Mask the local part except its first character (one * per character).",
                  ["email"],
                  ["john.smith@acme.com", "ab@x.org", "maria@correo.es", "kim@y.de", "info@shop.de",
                   "first.last@uni.edu", "zoe@mail.com"],
                  lambda s: s[0] + "*" * (s.index("@") - 1) + s[s.index("@"):]))
    T.append(Task("email_from_mailbox_07", "email", "E-mail address from a mailbox string; plain addresses unchanged.",
                  ["mailbox"],
                  [("Jane Doe <jane.doe@example.com>", "jane.doe@example.com"), ("bob@example.org", "bob@example.org"),
                   ('"Smith, John" <jsmith@acme.com>', "jsmith@acme.com"),
                   ("Support Team <support@shop.de>", "support@shop.de"), ("anna@firma.de", "anna@firma.de"),
                   ('"Müller, Jörg" <j.mueller@firma.de>', "j.mueller@firma.de"),
                   ("Noreply <noreply@bank.example>", "noreply@bank.example")]))
    T.append(Task("email_display_name_08", "email", "Display name from a mailbox string; empty when there is none.",
                  ["mailbox"],
                  [("Jane Doe <jane.doe@example.com>", "Jane Doe"), ("<noreply@example.com>", ""),
                   ('"Smith, John" <jsmith@acme.com>', "Smith, John"),
                   ("Support Team <support@shop.de>", "Support Team"), ("<alerts@monitor.io>", ""),
                   ('"Müller, Jörg" <j.mueller@firma.de>', "Müller, Jörg"),
                   ("Ana Lima <ana@lima.com.br>", "Ana Lima")]))
    T.append(Task("email_strip_plus_09", "email", "Remove a '+tag' sub-address from the local part.", ["email"],
                  ["john+newsletter@gmail.com", "anna@web.de", "dev+ci+build@company.io", "max+amazon@gmx.de",
                   "team@startup.io", "z+1@x.org", "li.wei+shop@qq.com"],
                  lambda s: re.sub(r"\+[^@]*@", "@", s)))
    return T


# ---------------------------------------------------------------------------------------------
# phone
# ---------------------------------------------------------------------------------------------
def phone_tasks() -> list[Task]:
    T = []

    def us10(s: str) -> str:
        d = digits(s)
        return d[-10:]

    T.append(Task("phone_us_dashes_01", "phone", "US phone numbers to '+1-AAA-EEE-NNNN'.", ["raw_phone"],
                  ["(415) 555-0199", "212.555.0147", "3125550123", "(617) 555-0100", "206.555.0188", "5125550172",
                   "(808) 555-0111", "1-404-555-0156"],
                  lambda s: f"+1-{us10(s)[:3]}-{us10(s)[3:6]}-{us10(s)[6:]}"))
    T.append(Task("phone_us_e164_02", "phone", "US phone numbers to E.164.", ["phone"],
                  ["(415) 555-0199", "+1 212 555 0147", "312-555-0123", "617.555.0100", "(206) 555-0188",
                   "+1 (512) 555-0172", "808-555-0111"],
                  lambda s: "+1" + us10(s)))
    T.append(Task("phone_us_area_code_03", "phone", "Area code of a US phone number.", ["phone"],
                  ["(415) 555-0199", "+1 212 555 0147", "312-555-0123", "1 (617) 555-0100", "206.555.0188",
                   "+1-512-555-0172", "(808) 555-0111"],
                  lambda s: us10(s)[:3]))

    def de(s: str) -> str:
        s = s.replace("(0)", "")
        d = digits(s)
        if s.strip().startswith("+49"):
            return "+" + d
        if d.startswith("0049"):
            return "+" + d[2:]
        return "+49" + d[1:]

    T.append(Task("phone_de_e164_04", "phone", "German phone numbers to E.164.", ["telefon"],
                  ["030 1234567", "0171/2345678", "+49 (0)89 123456", "0221 9876543", "+49 (0)40 555666",
                   "0151/11223344", "069 24681357", "0711/654321"],
                  de))

    def fr(s: str) -> str:
        d = digits(s)
        d = "0" + d[2:] if d.startswith("33") else d
        return " ".join(d[i:i + 2] for i in range(0, 10, 2))

    T.append(Task("phone_fr_pairs_05", "phone", "French numbers to national format in pairs.", ["tel"],
                  ["0612345678", "+33 6 12 34 56 78", "01.42.68.53.00", "+33 1 45 67 89 10", "07.81.22.33.44",
                   "0556789012", "+33 4 91 00 11 22"],
                  fr))

    def uk(s: str) -> str:
        d = digits(s)
        d = d[1:]
        if d.startswith("20"):
            return f"+44 {d[:2]} {d[2:6]} {d[6:]}"
        return f"+44 {d[:4]} {d[4:]}"

    T.append(Task("phone_uk_international_06", "phone", "UK national numbers to international format.", ["phone"],
                  ["020 7946 0958", "07700 900123", "020 7123 4567", "07911 123456", "020 3000 1111", "07400 555666",
                   "07123 987654"],
                  uk))
    T.append(Task("phone_digits_only_07", "phone", "Keep digits only.", ["phone"],
                  ["+1 (415) 555-0199", "+49 30 1234567", "06-12345678", "+44 20 7946 0958", "(11) 98765-4321",
                   "+33 6 12 34 56 78", "090-1234-5678"],
                  digits))
    T.append(Task("phone_last4_08", "phone", "Last four digits of the phone number.", ["phone"],
                  ["(415) 555-0199", "+49 30 1234567", "06-12345678", "+44 20 7946 0958", "090-1234-5678",
                   "(11) 98765-4321", "+33 6 12 34 56 78"],
                  lambda s: digits(s)[-4:]))

    def nl(s: str) -> str:
        d = digits(s)
        d = d[2:] if d.startswith("31") else d[1:]
        return f"+31 {d[0]} {d[1:]}"

    T.append(Task("phone_nl_mobile_09", "phone", "Dutch mobile numbers to '+31 6 XXXXXXXX'.", ["telefoon"],
                  ["06-12345678", "0612345678", "+31612345678", "06-98765432", "+31687654321", "0655512345",
                   "06-11122233"],
                  nl))
    T.append(Task("phone_extension_10", "phone", "Extension number; empty when there is none.", ["phone"],
                  [("415-555-0199 ext. 12", "12"), ("212-555-0147", ""), ("(312) 555-0123 x305", "305"),
                   ("617-555-0100 ext. 4", "4"), ("206-555-0188", ""), ("512-555-0172 x77", "77"),
                   ("(808) 555-0111 ext. 1020", "1020")]))

    def jp(s: str) -> str:
        return "+81 " + s[1:]

    T.append(Task("phone_jp_international_11", "phone", "Japanese numbers to international notation.", ["電話番号"],
                  ["090-1234-5678", "03-1234-5678", "080-9876-5432", "06-6123-4567", "070-1111-2222",
                   "045-123-4567", "011-222-3333"],
                  jp))

    def br(s: str) -> str:
        d = digits(s)
        d = d[2:] if d.startswith("55") and len(d) == 13 else d
        return f"({d[:2]}) {d[2:7]}-{d[7:]}"

    T.append(Task("phone_br_mobile_12", "phone", "Brazilian mobile numbers to '(DD) 9XXXX-XXXX'.", ["celular"],
                  ["11987654321", "(21) 99876-5432", "+55 31 91234-5678", "71 98888-7777", "+55 11 97777-1234",
                   "51999990000", "(85) 98123-4567"],
                  br))
    T.append(Task("phone_mask_13", "phone", "Mask a US number, keeping only the last four digits.", ["phone"],
                  ["(415) 555-0199", "212.555.0147", "+1 312 555 0123", "617-555-0100", "(206) 555-0188",
                   "5125550172", "+1 (808) 555-0111"],
                  lambda s: f"***-***-{digits(s)[-4:]}"))
    return T


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
def date_tasks() -> list[Task]:
    T = []
    T.append(Task("date_us_to_iso_01", "date", "US dates (MM/DD/YYYY) to ISO.", ["date"],
                  ["03/05/2024", "12/31/1999", "07/04/1976", "01/15/2023", "11/02/2008", "02/29/2020", "10/10/2010"],
                  lambda s: parse_date(s).isoformat()))
    T.append(Task("date_de_to_iso_02", "date", "German dates (DD.MM.YYYY) to ISO.", ["datum"],
                  ["05.03.2024", "31.12.1999", "01.08.1985", "24.12.2023", "09.11.1989", "03.10.1990", "15.06.2001"],
                  lambda s: parse_date(s).isoformat()))
    T.append(Task("date_mixed_to_iso_03", "date", "Dates in several formats (ISO, US, 'Mon D, YYYY') to ISO.",
                  ["order_date"],
                  ["2024-03-05", "03/14/2024", "Mar 7, 2024", "Jan 30, 2023", "12/01/2022", "2021-07-19",
                   "Oct 3, 2020", "06/30/2024"],
                  lambda s: parse_date(s).isoformat()))
    T.append(Task("date_iso_to_long_04", "date", "ISO date to 'Month D, YYYY'.", ["date"],
                  ["2024-03-05", "1999-12-31", "2023-07-04", "2020-02-29", "2001-09-11", "2010-10-10", "2022-01-01"],
                  lambda s: (lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}")(parse_date(s))))
    T.append(Task("date_iso_to_eu_05", "date", "ISO date to DD/MM/YYYY.", ["date"],
                  ["2024-03-05", "1999-12-31", "2023-07-14", "2020-02-29", "2018-11-09", "2005-05-05", "2012-01-20"],
                  lambda s: parse_date(s).strftime("%d/%m/%Y")))
    T.append(Task("date_year_06", "date", "Year of a date written in any of these formats.", ["date"],
                  ["2024-03-05", "05.03.2021", "March 5, 1999", "2010-10-10", "24.12.2023", "July 4, 1976",
                   "1989-11-09"],
                  lambda s: re.search(r"\d{4}", s).group(0)))
    T.append(Task("date_month_year_07", "date", "Month name and year to 'YYYY-MM'.", ["period"],
                  ["Mar 2024", "September 2023", "Jan 2020", "December 1999", "Jul 2022", "April 2021", "Nov 2019"],
                  lambda s: f"{s.split()[1]}-{[m.lower() for m in MON].index(s.split()[0][:3].lower()) + 1:02d}"))
    T.append(Task("date_compact_08", "date", "Compact YYYYMMDD to ISO.", ["dt"],
                  ["20240305", "19991231", "20230714", "20200229", "19850412", "20121221", "20000101"],
                  lambda s: f"{s[:4]}-{s[4:6]}-{s[6:]}"))
    T.append(Task("date_from_timestamp_09", "date", "Date part of a timestamp.", ["timestamp"],
                  ["2024-03-05T14:22:05Z", "2023-12-31 23:59", "2022-07-01T00:00:00+02:00", "2021-01-15 08:30",
                   "2024-02-29T12:00:00Z", "2019-06-30T18:45:10.123Z", "2020-10-10 10:10"],
                  lambda s: s[:10]))
    T.append(Task("date_quarter_10", "date", "Calendar quarter of a date as 'YYYY-Qn'.", ["date"],
                  ["2024-02-10", "2023-11-30", "2024-07-01", "2022-04-15", "2021-12-31", "2020-01-01", "2019-09-30",
                   "2023-06-30"],
                  lambda s: f"{s[:4]}-Q{(int(s[5:7]) - 1) // 3 + 1}"))

    def de_long(s: str) -> str:
        m = re.match(r"(\d{1,2})\. (\w+) (\d{4})", s)
        return f"{m.group(3)}-{DE_MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}"

    T.append(Task("date_german_long_11", "date", "German long dates to ISO.", ["datum"],
                  ["5. März 2024", "12. Januar 2023", "1. Oktober 2022", "24. Dezember 2021", "3. März 2020",
                   "30. Januar 2019", "15. Oktober 2018"],
                  de_long))
    T.append(Task("date_two_digit_year_12", "date", "US dates with two-digit years (all 20xx) to ISO.", ["date"],
                  ["03/05/24", "12/31/19", "07/04/21", "01/15/23", "11/02/08", "02/29/20", "10/10/10"],
                  lambda s: dt.datetime.strptime(s, "%m/%d/%y").date().isoformat()))

    def fr_long(s: str) -> str:
        d, m, y = s.split()
        d = 1 if d == "1er" else int(d)
        return f"{y}-{FR_MONTHS.index(m) + 1:02d}-{d:02d}"

    T.append(Task("date_french_long_13", "date", "French long dates to ISO.", ["date"],
                  ["5 mars 2024", "1er janvier 2023", "14 juillet 2022", "25 décembre 2021", "1er mars 2020",
                   "31 janvier 2019", "7 juillet 2018"],
                  fr_long))
    T.append(Task("date_from_parts_14", "date", "Build an ISO date from year, month and day columns.",
                  ["year", "month", "day"],
                  [("2024", "3", "5"), ("1999", "12", "31"), ("2023", "07", "4"), ("2020", "2", "29"),
                   ("1985", "11", "09"), ("2010", "1", "1"), ("2001", "9", "11")],
                  lambda y, m, d: f"{y}-{int(m):02d}-{int(d):02d}"))
    T.append(Task("date_iso_to_oracle_15", "date", "ISO date to DD-MON-YYYY (upper-case month abbreviation).",
                  ["date"],
                  ["2024-03-05", "1999-12-31", "2023-07-14", "2020-02-29", "2018-11-09", "2005-05-05", "2012-01-20"],
                  lambda s: (lambda d: f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}")(parse_date(s))))
    T.append(Task("date_eu_mixed_separators_16", "date",
                  "European day-first dates with '.', '/' or '-' separators to DD.MM.YYYY.", ["datum"],
                  ["5/3/2024", "31-12-1999", "01.08.1985", "24/12/2023", "9-11-1989", "3.10.1990", "15/06/2001"],
                  lambda s: "{:02d}.{:02d}.{}".format(*[int(x) for x in re.split(r"[./-]", s)])))
    return T


# ---------------------------------------------------------------------------------------------
# numbers and money
# ---------------------------------------------------------------------------------------------
def number_tasks() -> list[Task]:
    T = []
    T.append(Task("number_usd_plain_01", "number", "US-formatted dollar amounts to plain decimals.", ["amount"],
                  ["$1,234.56", "$0.99", "$12,345,678.00", "$15.50", "$999.99", "$1,000.00", "$7.05"],
                  lambda s: str(parse_money(s))))
    T.append(Task("number_eur_plain_02", "number", "European-formatted euro amounts to plain decimals.", ["betrag"],
                  ["1.234,56 €", "0,99 €", "12.345.678,00 €", "15,50 €", "999,99 €", "1.000,00 €", "7,05 €"],
                  lambda s: str(parse_money(s))))
    T.append(Task("number_mixed_styles_03", "number", "Amounts in US or European style to plain decimals.", ["price"],
                  ["$1,234.50", "1.234,50 €", "€ 12,00", "$ 5.00", "7.500,00 €", "$12,345.67", "0,99 €",
                   "€ 1.999,95"],
                  lambda s: str(parse_money(s))))
    T.append(Task("number_parentheses_negative_04", "number", "Accounting amounts; parentheses mean negative.",
                  ["amount"],
                  ["(1,234.00)", "2,500.50", "(75.25)", "10.00", "(0.99)", "1,000,000.00", "(12,345.60)"],
                  lambda s: str(parse_money(s))))
    T.append(Task("number_percent_fraction_05", "number", "Percentage to fraction.", ["rate"],
                  ["12.5%", "7%", "100%", "0.5%", "19%", "33.3%", "2.25%"],
                  lambda s: format(Decimal(s.rstrip("%")) / 100, "f").rstrip("0").rstrip(".") or "0"))

    def kmb(s: str) -> str:
        m = {"k": 1000, "K": 1000, "M": 1000000}
        if s[-1] in m:
            return format((Decimal(s[:-1]) * m[s[-1]]).normalize(), "f")
        return s

    T.append(Task("number_suffix_06", "number", "Expand k/K/M suffixes.", ["followers"],
                  ["1.2k", "3M", "850", "2.5K", "12k", "1.75M", "999", "40K"], kmb))
    T.append(Task("number_cents_07", "number", "Integer cents to a decimal amount.", ["amount_cents"],
                  ["12345", "5", "100", "99", "250000", "1", "4010"],
                  lambda s: dec(Decimal(s) / 100, 2)))
    T.append(Task("number_thousands_08", "number", "Format with comma thousands separators and two decimals.",
                  ["value"],
                  ["1234567.8", "1000", "999.5", "12345.678", "0.1", "1000000", "50"],
                  lambda s: f"{Decimal(dec(s, 2)):,.2f}"))
    T.append(Task("number_round_09", "number", "Round half up to an integer.", ["value"],
                  ["12.49", "12.5", "0.4", "99.99", "7.5", "3.14159", "1000.5"],
                  lambda s: dec(s, 0)))
    T.append(Task("number_swiss_10", "number", "Swiss franc amounts with apostrophe separators to plain decimals.",
                  ["betrag"],
                  ["CHF 1'234.50", "CHF 99.90", "CHF 12'000.00", "CHF 5.05", "CHF 1'000'000.00", "CHF 250.00",
                   "CHF 7'777.70"],
                  lambda s: str(parse_money(s))))
    T.append(Task("number_indian_11", "number", "Indian-grouped rupee amounts to plain decimals.", ["amount"],
                  ["₹1,23,456.00", "₹99.50", "₹12,34,56,789.10", "₹5,000.00", "₹1,00,000.00", "₹750.25",
                   "₹10,10,101.01"],
                  lambda s: str(parse_money(s))))
    T.append(Task("number_trailing_minus_12", "number", "SAP-style trailing minus to a leading minus.", ["amount"],
                  ["123.45-", "99.00", "1000.50-", "0.01-", "250.00", "7.77-", "42.10"],
                  lambda s: "-" + s[:-1] if s.endswith("-") else s))
    T.append(Task("number_pad_decimals_13", "number", "Euro amounts to plain numbers with two decimals.", ["preis"],
                  ["€ 12", "€ 3,5", "€ 1.250", "€ 0,99", "€ 7", "€ 19,9", "€ 2.000"],
                  lambda s: dec(Decimal(s[2:].replace(".", "").replace(",", ".")), 2)))
    T.append(Task("number_amount_currency_14", "number", "Combine amount and currency as 'CCY 0.00'.",
                  ["amount", "currency"],
                  [("12.5", "eur"), ("1000", "usd"), ("0.99", "GBP"), ("7", "chf"), ("1234.567", "Eur"),
                   ("50.1", "jpy"), ("3.14", "pln")],
                  lambda a, c: f"{c.upper()} {dec(a, 2)}"))
    T.append(Task("number_scientific_15", "number", "Scientific notation to plain decimal notation.", ["value"],
                  ["1.5e3", "2.25E+2", "4e-2", "7.1E+4", "3e0", "9.99e-1", "1.2345E+3"],
                  lambda s: format(Decimal(s).normalize(), "f")))
    return T


# ---------------------------------------------------------------------------------------------
# codes and identifiers
# ---------------------------------------------------------------------------------------------
def code_tasks() -> list[Task]:
    T = []
    T.append(Task("code_zero_pad_01", "code", "Zero-pad to six digits.", ["code"],
                  ["123", "7", "45678", "100000", "9999", "42", "555"], lambda s: s.zfill(6)))
    T.append(Task("code_invoice_prefix_02", "code", "Invoice number with 'INV-' prefix and five digits.",
                  ["invoice_no"],
                  ["42", "1234", "7", "99999", "305", "12", "8080"], lambda s: f"INV-{int(s):05d}"))

    def sku(s: str) -> str:
        c = re.sub(r"[^A-Za-z0-9]", "", s).upper()
        return f"{c[:2]}-{c[2:6]}-{c[6:]}"

    T.append(Task("code_sku_format_03", "code", "Normalise SKUs to 'AA-9999-A'.", ["sku"],
                  ["ab1234x", "AB 1234 X", "ab-1234-x", "KM5521Z", "km 5521 z", "rt-0042-b", "Xy9001a"], sku))
    T.append(Task("code_strip_zeros_04", "code", "Remove leading zeros (keep one zero for all-zero values).",
                  ["material"],
                  ["000104512", "0000000", "00042", "100", "000000000000123456", "0", "0070"],
                  lambda s: s.lstrip("0") or "0"))

    def ukpc(s: str) -> str:
        c = s.replace(" ", "").upper()
        return f"{c[:-3]} {c[-3:]}"

    T.append(Task("code_uk_postcode_05", "code", "UK postcodes in upper case with the standard space.", ["postcode"],
                  ["sw1a1aa", "ec1v 9ht", "M11AE", "b33 8th", "CR26XH", "dn55 1pt", "w1a 0ax"], ukpc))
    T.append(Task("code_ca_postal_06", "code", "Canadian postal codes as 'A1A 1A1'.", ["postal_code"],
                  ["k1a0b1", "M5V 3L9", "h2x1y4", "v6b 4y8", "T2P1J9", "e1c 4m3", "s7k0j5"],
                  lambda s: f"{s.replace(' ', '').upper()[:3]} {s.replace(' ', '').upper()[3:]}"))
    T.append(Task("code_nl_postcode_07", "code", "Dutch postcodes as '1234 AB'.", ["postcode"],
                  ["1234ab", "1012 JS", "3511lx", "9711 AB", "2514gl", "5611 zz", "6211ke"],
                  lambda s: f"{s.replace(' ', '')[:4]} {s.replace(' ', '')[4:].upper()}"))
    T.append(Task("code_iban_group_08", "code", "IBAN in groups of four characters.", ["iban"],
                  ["DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300",
                   "GB29NWBK60161331926819", "ES9121000418450200051332", "PL61109010140000071219812874",
                   "IT60X0542811101000000123456"],
                  lambda s: " ".join(s[i:i + 4] for i in range(0, len(s), 4))))
    T.append(Task("code_iban_compact_09", "code", "IBAN without spaces, upper case.", ["iban"],
                  ["de89 3704 0044 0532 0130 00", "NL91 ABNA 0417 1643 00", "gb29 nwbk 6016 1331 9268 19",
                   "ES91 2100 0418 4502 0005 1332", "fr14 2004 1010 0505 0001 3m02 606",
                   "CH93 0076 2011 6238 5295 7", "at61 1904 3002 3457 3201"],
                  lambda s: s.replace(" ", "").upper()))
    T.append(Task("code_order_number_10", "code", "Order number from a status message.", ["message"],
                  ["Order #12345 confirmed", "Your order #98 has shipped", "Refund for order #4410007 issued",
                   "Order #555 cancelled", "Invoice for order #31337", "order #2 is delayed",
                   "We received order #700700"],
                  lambda s: re.search(r"#(\d+)", s).group(1)))
    T.append(Task("code_isbn_11", "code", "ISBN without hyphens or spaces.", ["isbn"],
                  ["978-3-16-148410-0", "978 0 306 40615 7", "0-306-40615-2", "978-1-4028-9462-6",
                   "979 10 90636 07 1", "3-16-148410-X", "978-0-13-468599-1"],
                  lambda s: s.replace("-", "").replace(" ", "")))
    T.append(Task("code_ssn_format_12", "code", "Nine-digit US SSN to AAA-GG-SSSS.", ["ssn"],
                  ["123456789", "078051120", "219099999", "457555462", "001010001", "665123456", "512347890"],
                  lambda s: f"{s[:3]}-{s[3:5]}-{s[5:]}"))
    T.append(Task("code_plz_leading_zero_13", "code", "German postal codes that lost their leading zero.", ["plz"],
                  ["1067", "10115", "4109", "80331", "6108", "99084", "1309"], lambda s: s.zfill(5)))
    T.append(Task("code_invoice_path_14", "code", "'INV/YYYY/NNNNN' to 'YYYY-NNNNN'.", ["invoice"],
                  ["INV/2024/00123", "INV/2023/10001", "INV/2019/00007", "INV/2024/54321", "INV/2020/00100",
                   "INV/2022/99999", "INV/2021/01010"],
                  lambda s: "-".join(s.split("/")[1:])))
    T.append(Task("code_plate_compact_15", "code", "French licence plates upper case without separators.",
                  ["plaque"],
                  ["ab-123-cd", "EF 456 GH", "ij123kl", "MN-789-PQ", "rs 012 tu", "VW-345-XY", "za678bc"],
                  lambda s: re.sub(r"[\s-]", "", s).upper()))
    return T


# ---------------------------------------------------------------------------------------------
# text cleanup and case
# ---------------------------------------------------------------------------------------------
def text_tasks() -> list[Task]:
    T = []
    T.append(Task("text_collapse_spaces_01", "text", "Trim and collapse runs of whitespace.", ["text"],
                  ["  Hello   World ", "Acme\tCorp  Ltd", "one  two   three", "   leading", "trailing   ",
                   "a \t b", "New   York  City"],
                  lambda s: " ".join(s.split())))
    T.append(Task("text_title_case_02", "text", "Capitalise every word.", ["title"],
                  ["the lord of the rings", "NEW YORK CITY", "war and peace", "hello WORLD", "a tale of two cities",
                   "DATA migration guide", "pride and prejudice"],
                  lambda s: " ".join(w[:1].upper() + w[1:].lower() for w in s.split())))
    T.append(Task("text_snake_from_header_03", "text", "Column header to snake_case.", ["header"],
                  ["Customer Name", "Total Amount (EUR)", "Date of Birth", "Order ID", "Ship To City",
                   "VAT Number", "Ship Date", "Unit Price (USD)"],
                  lambda s: "_".join(re.findall(r"[A-Za-z0-9]+", s)).lower()))
    T.append(Task("text_camel_to_snake_04", "text", "camelCase to snake_case.", ["field"],
                  ["customerId", "firstName", "orderTotalAmount", "isActive", "lastLoginAt", "zipCode",
                   "createdByUserId"],
                  lambda s: re.sub(r"([A-Z])", r"_\1", s).lower()))
    T.append(Task("text_snake_to_camel_05", "text", "snake_case to camelCase.", ["column"],
                  ["order_total_amount", "first_name", "is_active", "created_at", "customer_id", "ship_to_city",
                   "vat_number"],
                  lambda s: s.split("_")[0] + "".join(w.capitalize() for w in s.split("_")[1:])))
    T.append(Task("text_slug_06", "text", "URL slug: lower case, words joined by hyphens.", ["title"],
                  ["Hello, World! 2024", "Data Migration: A Guide", "10 Tips & Tricks", "Q3 Results — Final",
                   "Back to School!", "Summer Sale 50% Off", "  Spaces   Everywhere  "],
                  lambda s: "-".join(re.findall(r"[a-z0-9]+", s.lower().replace("'", "")))))
    T.append(Task("text_remove_accents_07", "text", "Remove accents and umlauts (plain base letter).", ["name"],
                  ["José Müller", "Françoise", "Ångström", "Crème brûlée", "Øresund", "Zoë Šimić", "São Paulo"],
                  lambda s: fold(s).replace("Ø", "O").replace("ø", "o")))
    T.append(Task("text_strip_html_08", "text", "Strip HTML tags.", ["html"],
                  ["<p>Hello <b>World</b></p>", "<div class=\"x\">Price: <span>10 €</span></div>",
                   "No tags here", "<ul><li>One</li></ul>", "<a href=\"/x\">Click</a> now",
                   "<h1>Title</h1>", "<em>very</em> <strong>important</strong>"],
                  lambda s: re.sub(r"<[^>]+>", "", s)))
    T.append(Task("text_sentence_case_09", "text", "Upper-case text to sentence case.", ["text"],
                  ["HELLO WORLD. HOW ARE YOU?", "PLEASE CALL BACK.", "DELIVERY FAILED. RETRY TOMORROW.",
                   "OUT OF STOCK.", "THANK YOU! SEE YOU SOON.", "ADDRESS UNKNOWN. RETURN TO SENDER.", "OK."],
                  lambda s: re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s.lower())))
    T.append(Task("text_truncate_10", "text", "Truncate to 10 characters followed by '…' when longer.", ["label"],
                  ["International Business", "Short", "Exactly10!", "Supercalifragilistic", "Data Migration Tool",
                   "Hello", "Twelve chars"],
                  lambda s: s if len(s) <= 10 else s[:10] + "…"))
    T.append(Task("text_lines_to_csv_11", "text", "Join the lines of a multi-line field with ', '.", ["address"],
                  ["Main St 5\nApt 3\nSpringfield", "Hauptstr. 1\n10115 Berlin", "PO Box 12\nAnytown\nUSA",
                   "Flat 2\n14 High Street\nLondon\nSW1A 1AA", "Calle Mayor 3\nMadrid", "1 Infinite Loop",
                   "Rue X 4\n75001 Paris"],
                  lambda s: ", ".join(s.split("\n"))))
    T.append(Task("text_plain_quotes_12", "text", "Replace typographic quotes and dashes with plain ASCII ones.",
                  ["text"],
                  ["“Hello” – ‘World’", "It’s done", "2019–2024", "“Quoted”", "Rock ’n’ roll", "A — B",
                   "‘single’ and “double”"],
                  lambda s: s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
                  .replace("–", "-").replace("—", "-")))
    return T


# ---------------------------------------------------------------------------------------------
# units
# ---------------------------------------------------------------------------------------------
def unit_tasks() -> list[Task]:
    T = []
    T.append(Task("unit_kg_to_lb_01", "unit", "Kilograms to pounds, two decimals.", ["weight"],
                  ["1 kg", "2.5 kg", "10 kg", "0.5 kg", "75 kg", "3.2 kg", "100 kg"],
                  lambda s: f"{dec(Decimal(s.split()[0]) * Decimal('2.20462262'), 2)} lb"))

    def ftin(s: str) -> str:
        m = re.match(r"(\d+) ft (\d+) in", s)
        return dec((int(m.group(1)) * 12 + int(m.group(2))) * Decimal("2.54"), 0)

    T.append(Task("unit_feet_inches_cm_02", "unit", "Height in feet and inches to whole centimetres.", ["height"],
                  ["5 ft 11 in", "6 ft 0 in", "5 ft 4 in", "4 ft 10 in", "6 ft 3 in", "5 ft 7 in", "5 ft 0 in"],
                  ftin))
    T.append(Task("unit_f_to_c_03", "unit", "Fahrenheit to Celsius, one decimal.", ["temp"],
                  ["98.6°F", "32°F", "212°F", "0°F", "-40°F", "72°F", "104°F"],
                  lambda s: dec((Decimal(s.rstrip("°F")) - 32) * 5 / 9, 1)))
    T.append(Task("unit_oz_to_g_04", "unit", "Ounces to grams, one decimal.", ["weight"],
                  ["1 oz", "16 oz", "8 oz", "3.5 oz", "12 oz", "0.5 oz", "32 oz"],
                  lambda s: dec(Decimal(s.split()[0]) * Decimal("28.349523125"), 1)))
    T.append(Task("unit_mph_to_kmh_05", "unit", "Miles per hour to km/h, whole number.", ["speed"],
                  ["60 mph", "30 mph", "100 mph", "55 mph", "70 mph", "15 mph", "85 mph"],
                  lambda s: dec(Decimal(s.split()[0]) * Decimal("1.609344"), 0)))
    T.append(Task("unit_kb_to_mb_06", "unit", "Kilobytes (1024-based) to megabytes, one decimal.", ["size"],
                  ["1536 KB", "512 KB", "10240 KB", "2048 KB", "100 KB", "768 KB", "51200 KB"],
                  lambda s: dec(Decimal(s.split()[0]) / 1024, 1)))
    T.append(Task("unit_g_to_kg_07", "unit", "Grams to kilograms.", ["gewicht"],
                  ["1250 g", "500 g", "75 g", "2000 g", "5 g", "333 g", "10500 g"],
                  lambda s: format((Decimal(s.split()[0]) / 1000).normalize(), "f")))

    def to_kg(s: str) -> str:
        v, u = s.split()
        f = {"kg": Decimal(1), "g": Decimal("0.001"), "lb": Decimal("0.45359237")}[u]
        return dec(Decimal(v) * f, 3)

    T.append(Task("unit_mixed_weight_kg_08", "unit", "Weights in kg, g or lb to kilograms, three decimals.",
                  ["weight"],
                  ["2 kg", "500 g", "3 lb", "1.5 kg", "250 g", "10 lb", "0.75 kg", "1 lb"], to_kg))
    T.append(Task("unit_km_to_mi_09", "unit", "Kilometres to miles, one decimal.", ["distance"],
                  ["10 km", "42.195 km", "5 km", "100 km", "1 km", "21.1 km", "250 km"],
                  lambda s: dec(Decimal(s.split()[0]) / Decimal("1.609344"), 1)))
    T.append(Task("unit_inch_to_cm_10", "unit", "Inches to centimetres, two decimals.", ["length"],
                  ['12"', "3.5 in", '27"', "0.5 in", '55"', "8 in", '1"'],
                  lambda s: dec(Decimal(s.replace('"', "").replace(" in", "")) * Decimal("2.54"), 2)))

    def litres(s: str) -> str:
        v, u = s.split()
        val = Decimal(v) / 1000 if u == "ml" else Decimal(v)
        return format(val.normalize(), "f") + " l"

    T.append(Task("unit_ml_to_l_11", "unit", "Volumes in ml or l to litres.", ["volume"],
                  ["750 ml", "1.5 l", "330 ml", "2 l", "500 ml", "0.7 l", "1000 ml"], litres))
    return T


# ---------------------------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------------------------
def address_tasks() -> list[Task]:
    T = []
    T.append(Task("address_de_line_01", "address", "One address line 'street, postcode city'.",
                  ["street", "zip", "city"],
                  [("Hauptstraße 5", "10115", "Berlin"), ("Am Markt 1", "04109", "Leipzig"),
                   ("Goethestr. 12a", "80336", "München"), ("Rheinallee 3", "55116", "Mainz"),
                   ("Lindenweg 7", "01067", "Dresden"), ("Kirchplatz 2", "50667", "Köln"),
                   ("Bahnhofstraße 40", "70173", "Stuttgart")],
                  lambda s, z, c: f"{s}, {z} {c}"))
    T.append(Task("address_us_line_02", "address", "US single-line address.", ["street", "city", "state", "zip"],
                  [("123 Main St", "Springfield", "IL", "62704"), ("9 Elm Rd", "Austin", "TX", "78701"),
                   ("500 5th Ave", "New York", "NY", "10110"), ("1 Infinite Loop", "Cupertino", "CA", "95014"),
                   ("77 Pine St", "Seattle", "WA", "98101"), ("20 Oak Ave", "Boston", "MA", "02108"),
                   ("4 Peachtree Rd", "Atlanta", "GA", "30303")],
                  lambda s, c, st, z: f"{s}, {c}, {st} {z}"))
    T.append(Task("address_city_from_line_03", "address", "City from 'City, ST ZIP'.", ["city_state_zip"],
                  ["Springfield, IL 62704", "New York, NY 10110", "Salt Lake City, UT 84101", "Austin, TX 78701",
                   "St. Louis, MO 63101", "Walla Walla, WA 99362", "Boise, ID 83702"],
                  lambda s: s.split(",")[0]))
    T.append(Task("address_zip_from_line_04", "address", "Five-digit ZIP code from a US address.", ["address"],
                  ["123 Main St, Austin, TX 78701", "500 Pine St, Seattle, WA 98101-1234",
                   "9 Elm Rd, Boston, MA 02108", "1 Market St, San Francisco, CA 94105",
                   "77 Lake Dr, Chicago, IL 60601-4321", "4 Peachtree Rd, Atlanta, GA 30303",
                   "10 Duval St, Key West, FL 33040-5678"],
                  lambda s: re.search(r"(\d{5})(-\d{4})?$", s).group(1)))
    T.append(Task("address_state_code_05", "address", "US state name to its postal abbreviation.", ["state"],
                  [("California", "CA"), ("New York", "NY"), ("Texas", "TX"), ("Florida", "FL"),
                   ("Washington", "WA"), ("Illinois", "IL"), ("Massachusetts", "MA"), ("Oregon", "OR")]))
    T.append(Task("address_country_iso2_06", "address", "Country name to ISO 3166-1 alpha-2 code.", ["country"],
                  [("Germany", "DE"), ("France", "FR"), ("United Kingdom", "GB"), ("Spain", "ES"),
                   ("Netherlands", "NL"), ("Japan", "JP"), ("Poland", "PL"), ("Italy", "IT")]))
    T.append(Task("address_house_number_07", "address", "House number from a German street line.", ["strasse"],
                  ["Hauptstraße 12a", "Am Markt 3", "Friedrich-Ebert-Str. 101", "Unter den Linden 77",
                   "Goethestr. 5b", "Im Winkel 2", "Straße des 17. Juni 135"],
                  lambda s: s.rsplit(" ", 1)[1]))
    T.append(Task("address_street_name_08", "address", "Street name without the house number.", ["strasse"],
                  ["Hauptstraße 12a", "Am Markt 3", "Friedrich-Ebert-Str. 101", "Unter den Linden 77",
                   "Goethestr. 5b", "Im Winkel 2", "Straße des 17. Juni 135"],
                  lambda s: s.rsplit(" ", 1)[0]))

    def usps(s: str) -> str:
        s = s.upper()
        for a, b in (("STREET", "ST"), ("AVENUE", "AVE"), ("ROAD", "RD")):
            s = re.sub(rf"\b{a}\b", b, s)
        return s

    T.append(Task("address_usps_style_09", "address", "Street line in USPS style (upper case, ST/AVE/RD).",
                  ["street"],
                  ["123 Main Street", "45 Oak Avenue", "9 Elm Road", "77 Pine Street", "3 Park Avenue",
                   "12 Lake Road", "800 Market Street"],
                  usps))
    return T


# ---------------------------------------------------------------------------------------------
# booleans and enums
# ---------------------------------------------------------------------------------------------
def enum_tasks() -> list[Task]:
    T = []
    yn = {"y": "true", "yes": "true", "1": "true", "n": "false", "no": "false", "0": "false"}
    T.append(Task("enum_yes_no_bool_01", "enum", "Yes/no flags to true/false.", ["flag"],
                  ["Y", "no", "1", "0", "YES", "n", "Yes", "N"], lambda s: yn[s.lower()]))
    T.append(Task("enum_gender_02", "enum", "Gender to M/F.", ["gender"],
                  ["male", "F", "Female", "m", "FEMALE", "Male", "f"], lambda s: s[0].upper()))
    st = {"shpd": "shipped", "shipped": "shipped", "dlvd": "delivered", "delivered": "delivered",
          "cxl": "cancelled", "canceled": "cancelled", "cancelled": "cancelled"}
    T.append(Task("enum_order_status_03", "enum", "Order status abbreviations to canonical values.", ["status"],
                  ["Shpd", "DLVD", "CXL", "Shipped", "delivered", "Canceled", "SHPD", "cxl"],
                  lambda s: st[s.lower()]))
    sizes = {"small": "S", "medium": "M", "large": "L", "x-small": "XS", "x-large": "XL", "xx-large": "XXL"}
    T.append(Task("enum_tshirt_size_04", "enum", "Clothing size words to size codes.", ["size"],
                  ["small", "Medium", "x-large", "large", "LARGE", "x-small", "XX-Large", "MEDIUM"],
                  lambda s: sizes[s.lower()]))
    pr = {"high": "1", "medium": "2", "med": "2", "low": "3"}
    T.append(Task("enum_priority_05", "enum", "Priority words to numbers (1 = highest).", ["priority"],
                  ["high", "medium", "low", "High", "LOW", "Medium", "HIGH"], lambda s: pr[s.lower()]))
    T.append(Task("enum_ja_nein_06", "enum", "German yes/no to true/false.", ["aktiv"],
                  ["ja", "nein", "J", "N", "Ja", "NEIN", "j"],
                  lambda s: "true" if s.lower().startswith("j") else "false"))
    T.append(Task("enum_stars_07", "enum", "Star rating to a number.", ["rating"],
                  ["★★★☆☆", "★★★★★", "★☆☆☆☆", "★★☆☆☆", "★★★★☆", "☆☆☆☆☆", "★★★☆☆ (12 reviews)"],
                  lambda s: str(s.count("★"))))
    T.append(Task("enum_alpha3_alpha2_08", "enum", "ISO alpha-3 country codes to alpha-2.", ["country"],
                  [("DEU", "DE"), ("FRA", "FR"), ("USA", "US"), ("ESP", "ES"), ("NLD", "NL"), ("POL", "PL"),
                   ("GBR", "GB"), ("AUT", "AT")]))
    tf = {"true": "Yes", "1": "Yes", "false": "No", "0": "No"}
    T.append(Task("enum_bool_to_label_09", "enum", "Boolean values to Yes/No labels.", ["flag"],
                  ["true", "0", "1", "false", "TRUE", "False", "FALSE"],
                  lambda s: tf[s.lower()]))
    ms = {"s": "single", "m": "married", "d": "divorced"}
    T.append(Task("enum_marital_10", "enum", "Marital status letters to words.", ["status"],
                  ["S", "M", "D", "m", "s", "d", "M "], lambda s: ms[s.strip().lower()]))
    return T


def dev_tasks() -> list[Task]:
    """The dev split: the first families, then gen_synth_families' (added in session 4)."""
    return (name_tasks() + email_tasks() + phone_tasks() + date_tasks() + number_tasks() + code_tasks()
            + text_tasks() + unit_tasks() + address_tasks() + enum_tasks() + gen_synth_families.tasks())


def main() -> None:
    dev = dev_tasks()
    blind = gen_synth_blind.tasks()
    write("dev", dev)
    write("dev_b1", blind)  # written blind; used for development since session 4 (see the README's History)
    for split, ts in (("dev", dev), ("dev_b1", blind)):
        cats: dict[str, int] = {}
        for t in ts:
            cats[t.category] = cats.get(t.category, 0) + 1
        print(split, len(ts), dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
