# Authoring script for holdout4 raw tables (synthetic values).
import json, os, yaml

T = {}

def tbl(fname, table, language, source, cols):
    T[fname] = dict(table=table, language=language, source=source, columns=cols)

def c(name, type_, domain, *values):
    assert len(values) == 5, (name, values)
    return dict(name=name, type=type_, domain=domain, values=list(values))

# ---------------------------------------------------------------- z01
tbl("z01_quickbooks_customers.yaml", "Customer Contact List", "en",
    "QuickBooks Online customer contact list export (CSV, Title Case headers with spaces)", [
    c("Customer", "string", "person.full_name", "Amy Kowalski", "Geoff Dukes", "Sonia Reyes", "Travis Waldron", "Kirsten Holm"),
    c("Company", "string", "org.company_name", "Kowalski Landscaping LLC", "Dukes Basketball Camp", "", "Waldron Auto Body", "Holm & Daughters Bakery"),
    c("Title", "string", "person.salutation", "Ms.", "Mr.", "", "Mr.", "Mrs."),
    c("First Name", "string", "person.first_name", "Amy", "Geoff", "Sonia", "Travis", "Kirsten"),
    c("Middle Name", "string", "person.middle_name", "J.", "", "Maria", "", "L"),
    c("Last Name", "string", "person.last_name", "Kowalski", "Dukes", "Reyes", "Waldron", "Holm"),
    c("Suffix", "string", None, "", "Jr.", "", "III", ""),
    c("Email", "string", "contact.email", "amy@kowalskilandscaping.example.com", "geoff.dukes@example.com", "sreyes77@example.org", "travis@waldronautobody.example.com", "kirsten.holm@example.org"),
    c("Phone", "string", "contact.phone", "(650) 555-0142", "(520) 555-0187", "(408) 555-0119", "", "(650) 555-0163"),
    c("Mobile", "string", "contact.mobile_phone", "(650) 555-0175", "", "(408) 555-0128", "(510) 555-0191", "(650) 555-0104"),
    c("Fax", "string", "contact.fax", "(650) 555-0143", "", "", "(510) 555-0192", ""),
    c("Website", "string", "web.url", "http://www.kowalskilandscaping.example.com", "https://dukesbasketballcamp.example.org", "", "http://waldronautobody.example.com", ""),
    c("Billing Street", "string", "address.street_address", "45 Rutledge Ave", "25 Court St.", "1280 Alvarado Rd Apt 3", "370 Easy St.", "88 Hillside Dr"),
    c("Billing City", "string", "address.city", "Half Moon Bay", "Tucson", "San Jose", "Middlefield", "Bayshore"),
    c("Billing State", "string", "address.state_province", "CA", "AZ", "CA", "CA", "CA"),
    c("Billing ZIP", "int", "address.postal_code", "94019", "85719", "95126", "94482", "94326"),
    c("Shipping Address", "string", "address.full_address", "45 Rutledge Ave Half Moon Bay, CA 94019", "25 Court St. Tucson, AZ 85719", "", "370 Easy St. Middlefield, CA 94482", "12 Pier Rd Bayshore, CA 94326"),
    c("Open Balance", "decimal", "money.account_balance", "1250.00", "0.00", "85.50", "2369.52", "0.00"),
    c("Terms", "string", None, "Net 30", "Due on receipt", "Net 15", "Net 30", ""),
    c("Customer Type", "string", "text.category", "Commercial", "Commercial", "Residential", "Commercial", "Residential"),
    c("Notes", "string", "text.notes", "Gate code 4471, dog in yard", "Invoice quarterly", "", "Ask for Travis only", "Prefers email receipts"),
])

# ---------------------------------------------------------------- z02
tbl("z02_opera_guest_profiles.yaml", "GUEST_PROFILE_EXTRACT", "en",
    "Hotel PMS (Oracle OPERA-style) guest profile extract, Oracle UPPER_SNAKE column names, DD-MON-YY dates", [
    c("NAME_ID", "int", "id.customer_id", "1048823", "1048830", "1051277", "1060912", "1062045"),
    c("LAST", "string", "person.last_name", "Hargreaves", "Müller", "Okafor", "Tanaka", "Lindqvist"),
    c("FIRST", "string", "person.first_name", "Olivia", "Stefan", "Chidi", "Yuki", "Erik"),
    c("TITLE", "string", "person.salutation", "Mrs.", "Herr", "Mr.", "Ms.", "Dr."),
    c("GENDER", "string", "person.gender", "F", "M", "M", "F", "M"),
    c("BIRTH_DATE", "date", "person.date_of_birth", "14-MAR-78", "02-NOV-65", "23-JUL-90", "", "08-JAN-83"),
    c("NATIONALITY", "string", "person.nationality", "GB", "DE", "NG", "JP", "SE"),
    c("LANGUAGE", "string", "iso.language_code", "EN", "DE", "EN", "JA", "SV"),
    c("PASSPORT", "string", "id.passport_number", "533471892", "C01X00T47", "A04839127", "TR1234567", ""),
    c("ADDRESS1", "string", "address.street_address", "12 Elm Grove", "Hauptstraße 45", "14 Adeola Odeku Street", "3-5-1 Marunouchi", "Storgatan 12 B"),
    c("ADDRESS2", "string", "address.address_line2", "Flat 4", "", "Victoria Island", "Chiyoda Tower 12F", ""),
    c("CITY", "string", "address.city", "Bristol", "München", "Lagos", "Tokyo", "Uppsala"),
    c("ZIP_CODE", "string", "address.postal_code", "BS6 7TH", "80331", "101241", "100-0005", "753 20"),
    c("COUNTRY", "string", "iso.country_alpha2", "GB", "DE", "NG", "JP", "SE"),
    c("PHONE_NO", "string", "contact.phone", "+44 117 555 0134", "+49 89 5550 1234", "+234 1 555 0198", "+81 3 5555 0142", "+46 18 555 01 27"),
    c("EMAIL", "string", "contact.email", "o.hargreaves@example.com", "stefan.mueller@example.org", "chidi.okafor@example.com", "", "erik.lindqvist@example.org"),
    c("VIP_STATUS", "string", None, "", "V1", "", "GLD", "V2"),
    c("CREDIT_CARD_NO", "string", "id.credit_card", "XXXXXXXXXXXX1111", "XXXXXXXXXXXX0004", "", "XXXXXXXXXXXX4444", "XXXXXXXXXXX0005"),
    c("LAST_STAY", "date", "datetime.date", "18-APR-24", "02-FEB-24", "11-DEC-23", "29-MAR-24", "06-MAY-24"),
    c("TOTAL_STAYS", "int", "qty.count", "3", "12", "1", "2", "7"),
    c("INSERT_DATE", "datetime", "datetime.created_at", "2019-01-12 14:22:07", "2016-06-03 09:41:55", "2023-12-09 22:10:31", "2024-03-27 16:05:12", "2021-08-19 11:37:48"),
    c("INSERT_USER", "int", None, "2731", "2731", "2805", "2690", "2805"),
])

# ---------------------------------------------------------------- z03
tbl("z03_airline_pax_manifest.yaml", "PAX_MANIFEST", "en",
    "Airline reservation/DCS passenger export (PNR + APIS data), terse IATA-style UPPER abbreviations, APIS DDMONYY dates", [
    c("RECLOC", "string", None, "Q7XK2M", "Q7XK2M", "L4PZ9T", "HB82WQ", "HB82WQ"),
    c("SURNAME", "string", "person.last_name", "HARGREAVES", "HARGREAVES", "OKONKWO", "DELACROIX", "DELACROIX"),
    c("GIVEN_NAME", "string", "person.first_name", "OLIVIA", "THOMAS", "IFEOMA", "JEAN PIERRE", "LUCAS"),
    c("TITLE", "string", "person.salutation", "MRS", "MSTR", "MS", "MR", "MSTR"),
    c("PTC", "string", "text.category", "ADT", "CHD", "ADT", "ADT", "CHD"),
    c("DOB", "string", "person.date_of_birth", "02JUN84", "17SEP15", "30JAN91", "11APR72", "05DEC16"),
    c("GENDER", "string", "person.gender", "F", "M", "F", "M", "M"),
    c("DOC_NO", "string", "id.passport_number", "533471892", "548812306", "A07731184", "18AV29341", "19CD44812"),
    c("DOC_ISS_CTRY", "string", "iso.country_alpha3", "GBR", "GBR", "NGA", "FRA", "FRA"),
    c("NATIONALITY", "string", "person.nationality", "GBR", "GBR", "NGA", "FRA", "FRA"),
    c("FQTV_NO", "string", None, "BA41827763", "", "", "AF2049318871", ""),
    c("FLT_NO", "string", None, "BA0117", "BA0117", "BA0075", "BA0305", "BA0305"),
    c("DEP_DATE", "date", "datetime.date", "2024-06-14", "2024-06-14", "2024-06-20", "2024-07-02", "2024-07-02"),
    c("STD", "time", "datetime.time", "08:25", "08:25", "11:40", "14:55", "14:55"),
    c("ORIG", "string", None, "LHR", "LHR", "LOS", "CDG", "CDG"),
    c("ETKT_NO", "int", None, "1252384756102", "1252384756103", "1252391100457", "1252402218830", "1252402218831"),
    c("FARE", "decimal", "money.amount", "642.00", "481.50", "1210.00", "96.00", "72.00"),
    c("CUR", "string", "iso.currency_code", "GBP", "GBP", "USD", "EUR", "EUR"),
    c("TAX", "decimal", "money.tax_amount", "184.35", "120.10", "232.66", "48.91", "35.40"),
    c("BAG_WT_KG", "int", "qty.mass", "23", "23", "46", "0", "15"),
    c("CTC_EMAIL", "string", "contact.email", "olivia.hargreaves@example.com", "olivia.hargreaves@example.com", "ifeoma.okonkwo@example.org", "jp.delacroix@example.com", "jp.delacroix@example.com"),
    c("CTC_MOBILE", "string", "contact.mobile_phone", "+447555010234", "+447555010234", "+2348055501987", "+33655501234", "+33655501234"),
])

# ---------------------------------------------------------------- z04
tbl("z04_mailchimp_audience.yaml", "subscribed_members_export", "en",
    "Mailchimp audience export CSV: merge-field labels in Title Case plus system fields in UPPER_CASE", [
    c("Email Address", "string", "contact.email", "jenna.morales@example.com", "dkim@example.org", "pat.obrien@example.com", "lisa.nguyen84@example.com", "marcus@harborcoffee.example.com"),
    c("First Name", "string", "person.first_name", "Jenna", "Daniel", "Pat", "Lisa", "Marcus"),
    c("Last Name", "string", "person.last_name", "Morales", "Kim", "O'Brien", "Nguyen", "Bell"),
    c("Address", "string", "address.full_address", "412 Maple St  Apt 2B  Springfield  IL  62704  US", "", "88 Ocean Ave    Portland  ME  04101  US", "1900 Lakeshore Blvd  Unit 1102  Chicago  IL  60614  US", "7 Wharf St    Savannah  GA  31401  US"),
    c("Phone Number", "string", "contact.phone", "(217) 555-0131", "", "(207) 555-0148", "(312) 555-0176", "912-555-0102"),
    c("Birthday", "string", "person.date_of_birth", "03/14", "", "11/02", "07/29", "01/05"),
    c("Company", "string", "org.company_name", "", "Kim & Park CPA", "", "Lakeview Dental", "Harbor Coffee Roasters"),
    c("MEMBER_RATING", "int", None, "2", "4", "3", "5", "2"),
    c("OPTIN_TIME", "datetime", "datetime.timestamp", "2021-04-12 18:22:05", "2019-11-03 09:14:51", "2022-08-27 21:40:13", "2020-02-18 12:05:44", "2023-05-09 07:58:30"),
    c("OPTIN_IP", "string", "web.ipv4", "198.51.100.24", "203.0.113.87", "", "192.0.2.145", "198.51.100.203"),
    c("CONFIRM_IP", "string", "web.ipv4", "198.51.100.24", "203.0.113.87", "198.51.100.56", "192.0.2.145", ""),
    c("LATITUDE", "float", "geo.latitude", "39.7817000", "", "43.6615000", "41.9214000", "32.0809000"),
    c("LONGITUDE", "float", "geo.longitude", "-89.6501000", "", "-70.2553000", "-87.6513000", "-81.0912000"),
    c("GMTOFF", "int", None, "-6", "", "-5", "-6", "-5"),
    c("TIMEZONE", "string", "geo.timezone", "America/Chicago", "", "America/New_York", "America/Chicago", "America/New_York"),
    c("CC", "string", "iso.country_alpha2", "US", "", "US", "US", "US"),
    c("REGION", "string", "address.state_province", "IL", "", "ME", "IL", "GA"),
    c("LAST_CHANGED", "datetime", "datetime.updated_at", "2024-01-08 16:03:12", "2023-10-30 08:47:29", "2024-02-11 19:20:04", "2023-12-01 13:15:57", "2024-02-20 10:02:41"),
    c("LEID", "int", "id.record_id", "118203457", "118203461", "120448902", "121003377", "123559810"),
    c("NOTES", "string", "text.notes", "", "Met at CPA expo 2019", "", "Asked for Spanish content", "Wholesale customer, invoice via Mark"),
    c("TAGS", "string", None, '"Newsletter"', '"Newsletter","Events"', "", '"Newsletter","VIP"', '"Wholesale"'),
])

# ---------------------------------------------------------------- z05
tbl("z05_jira_issues.yaml", "Jira", "en",
    "Jira Cloud issue search CSV export (all fields): display-name headers with spaces, 'Custom field (...)' columns, dd/Mon/yy h:mm AM dates, estimates in seconds", [
    c("Summary", "string", "text.title", "Refund webhook retries flood the queue", "Add SEPA mandate reference to payout export", "Checkout fails for cards with 3DS2 challenge", "Upgrade Postgres JDBC driver to 42.7", "Payout report shows wrong FX date"),
    c("Issue key", "string", None, "PAY-1423", "PAY-1431", "PAY-1388", "PAY-1440", "PAY-1402"),
    c("Issue id", "int", "id.record_id", "10734", "10742", "10699", "10751", "10713"),
    c("Issue Type", "string", "text.category", "Bug", "Story", "Bug", "Task", "Bug"),
    c("Status", "string", "status.record_status", "In Progress", "To Do", "Done", "In Review", "Done"),
    c("Priority", "string", None, "High", "Medium", "Highest", "Low", "Medium"),
    c("Resolution", "string", None, "", "", "Done", "", "Won't Do"),
    c("Assignee", "string", "person.full_name", "Priya Raman", "", "Tomasz Wójcik", "Priya Raman", "Daniel Okafor"),
    c("Reporter", "string", "person.full_name", "Sarah Lindgren", "Mark Ellison", "Sarah Lindgren", "Tomasz Wójcik", "Mark Ellison"),
    c("Created", "string", "datetime.created_at", "14/Mar/24 10:22 AM", "18/Mar/24 3:05 PM", "02/Mar/24 9:41 AM", "21/Mar/24 11:17 AM", "07/Mar/24 4:52 PM"),
    c("Updated", "string", "datetime.updated_at", "22/Mar/24 2:10 PM", "18/Mar/24 3:05 PM", "12/Mar/24 5:30 PM", "22/Mar/24 9:03 AM", "11/Mar/24 10:03 AM"),
    c("Resolved", "string", "datetime.timestamp", "", "", "12/Mar/24 5:30 PM", "", "11/Mar/24 10:03 AM"),
    c("Due date", "string", "datetime.date", "28/Mar/24", "", "08/Mar/24", "05/Apr/24", ""),
    c("Labels", "string", None, "backend", "payouts", "checkout", "tech-debt", "reporting"),
    c("Description", "string", "text.description",
      "When the refund webhook is retried the consumer enqueues a duplicate job each time. See attached Grafana graph.",
      "As a finance user I want the SEPA mandate reference in the payout CSV so that bank reconciliation is automatic.",
      "Customers with 3DS2 challenge flow get a blank page after authentication. Happens on Safari and Chrome.",
      "Current driver 42.2 is EOL. Bump and run the integration suite.",
      "The payout report uses the settlement date instead of the FX booking date for non-EUR payouts."),
    c("Original Estimate", "int", "qty.duration", "28800", "14400", "", "7200", "3600"),
    c("Time Spent", "int", "qty.duration", "36000", "", "21600", "1800", "5400"),
    c("Sprint", "string", None, "PAY Sprint 42", "", "PAY Sprint 41", "PAY Sprint 42", "PAY Sprint 41"),
    c("Custom field (Story Points)", "float", None, "5.0", "3.0", "8.0", "1.0", "2.0"),
    c("Comment", "string", "text.notes",
      "15/Mar/24 9:12 AM;5b10ac8d82e05b22cc7d4ef5;Reproduced on staging, dedupe key is missing.",
      "",
      "12/Mar/24 5:28 PM;62a9f1c0d4e3b2001a7f88c1;Fixed in 2.31.4, verified with test card 4000 0027 6000 3184.",
      "",
      "11/Mar/24 10:01 AM;5b10ac8d82e05b22cc7d4ef5;Finance confirmed this is expected behaviour, closing."),
])

# ---------------------------------------------------------------- z06
tbl("z06_odoo_res_partner.yaml", "res.partner", "en",
    "Odoo 16 Contacts (res.partner) import-compatible export of individual contacts: technical snake_case field names, many2one shown as display names, Belgian/Dutch B2B data", [
    c("id", "string", "id.record_id", "__export__.res_partner_42_8f1c2a3b", "__export__.res_partner_57_c03d9e11", "base.res_partner_address_15", "__export__.res_partner_88_1a2b7f40", "__export__.res_partner_91_e55c0d72"),
    c("name", "string", "person.full_name", "Brandon Freeman", "Colleen Diaz", "Lieve Vermeulen", "Joris De Smet", "Annelies van Dijk"),
    c("parent_id", "string", "org.company_name", "Azure Interior", "Azure Interior", "Deco Addict", "Brouwerij Het Anker NV", "Van Dijk Logistiek B.V."),
    c("function", "string", "person.job_title", "Creative Director", "Business Executive", "Purchasing Manager", "", "Head of Finance"),
    c("title", "string", "person.salutation", "Mister", "Madam", "Madam", "Mister", ""),
    c("email", "string", "contact.email", "brandon.freeman@azure-interior.example.com", "colleen.diaz@azure-interior.example.com", "lieve.vermeulen@decoaddict.example.org", "joris.desmet@example.com", "a.vandijk@vandijklogistiek.example.org"),
    c("phone", "string", "contact.phone", "+32 2 555 01 34", "+32 2 555 01 35", "+32 3 555 02 18", "+32 15 55 50 91", "+31 10 555 0147"),
    c("mobile", "string", "contact.mobile_phone", "+32 470 55 50 12", "", "+32 486 55 51 93", "+32 475 55 52 04", "+31 6 5550 1288"),
    c("street", "string", "address.street_address", "Rue des Palais 44", "Rue des Palais 44", "Meir 112", "Guido Gezellelaan 49", "Waalhaven Oostzijde 31"),
    c("street2", "string", "address.address_line2", "Bâtiment B", "", "3e verdieping", "", ""),
    c("zip", "int", "address.postal_code", "1030", "1030", "2000", "2800", "3087"),
    c("city", "string", "address.city", "Schaerbeek", "Schaerbeek", "Antwerpen", "Mechelen", "Rotterdam"),
    c("country_id", "string", "address.country_name", "Belgium", "Belgium", "Belgium", "Belgium", "Netherlands"),
    c("vat", "string", "id.vat_number", "BE0477472701", "BE0477472701", "BE0403019261", "BE0404325128", "NL812334966B01"),
    c("ref", "string", "id.customer_id", "C00042", "", "C00108", "C00131", "C00150"),
    c("lang", "string", "iso.locale", "en_US", "fr_BE", "nl_BE", "nl_BE", "nl_NL"),
    c("comment", "string", "text.notes", "<p>Prefers calls after 2pm.</p>", "", "<p>Sends POs by email only; copy accounting.</p>", "", "<p>Met at Logistica 2023, interested in cross-dock.</p>"),
    c("active", "bool", "flag.is_active", "True", "True", "True", "False", "True"),
    c("customer_rank", "int", None, "3", "1", "5", "0", "2"),
    c("user_id", "string", "person.full_name", "Mitchell Admin", "Marc Demo", "Mitchell Admin", "Els Peeters", "Marc Demo"),
    c("create_date", "datetime", "datetime.created_at", "2023-02-14 09:12:44", "2023-02-14 09:15:02", "2021-11-30 16:48:19", "2023-09-05 11:02:37", "2024-01-22 08:30:55"),
    c("write_date", "datetime", "datetime.updated_at", "2024-03-01 10:05:13", "2023-06-19 14:22:40", "2024-02-28 17:11:09", "2024-01-10 09:45:26", "2024-01-22 08:31:12"),
])

# ---------------------------------------------------------------- z07
tbl("z07_lon_personal_se.yaml", "Personalregister", "sv",
    "Swedish payroll system (Visma/Hogia-style) employee register export, Swedish headers with abbreviations", [
    c("Anst.nr", "int", "id.employee_id", "1042", "1057", "1103", "1118", "1124"),
    c("Personnummer", "string", "id.national_id", "19850314-2398", "19920722-4461", "19780105-1230", "20010918-5582", "19690430-7714"),
    c("Förnamn", "string", "person.first_name", "Johan", "Elin", "Mikael", "Sara", "Åsa"),
    c("Efternamn", "string", "person.last_name", "Lindqvist", "Berg", "Håkansson", "Nyström", "Ek"),
    c("Utdelningsadress", "string", "address.street_address", "Storgatan 12 B", "Kungsvägen 7", "Björkvägen 3 lgh 1102", "Sveavägen 44", "Ringvägen 101"),
    c("Postnr", "string", "address.postal_code", "114 55", "753 20", "582 22", "113 50", "118 60"),
    c("Ort", "string", "address.city", "Stockholm", "Uppsala", "Linköping", "Stockholm", "Stockholm"),
    c("Telefon hem", "string", "contact.phone", "08-555 123 45", "018-555 42 10", "", "", "08-555 987 60"),
    c("Mobiltelefon", "string", "contact.mobile_phone", "070-555 12 34", "073-555 88 21", "076-555 40 09", "072-555 31 77", ""),
    c("E-post", "string", "contact.email", "johan.lindqvist@example.com", "elin.berg@example.org", "mikael.hakansson@example.com", "sara.nystrom@example.com", "asa.ek@example.org"),
    c("Kön", "string", "person.gender", "M", "K", "M", "K", "K"),
    c("Anställningsdatum", "date", "datetime.date", "2016-08-15", "2019-01-07", "2011-03-01", "2023-06-12", "2008-09-22"),
    c("Befattning", "string", "person.job_title", "Lagerarbetare", "Redovisningsekonom", "Truckförare", "Kundtjänstmedarbetare", "Ekonomichef"),
    c("Avdelning", "string", "org.department", "Lager", "Ekonomi", "Lager", "Kundtjänst", "Ekonomi"),
    c("Kostnadsställe", "int", "org.cost_center", "4100", "2100", "4100", "3200", "2000"),
    c("Månadslön", "int", "money.salary", "31500", "42800", "33200", "29900", "68500"),
    c("Syss.grad %", "int", "qty.percentage", "100", "80", "100", "75", "100"),
    c("Skattetabell", "int", None, "33", "32", "33", "33", "30"),
    c("Clearingnr", "string", None, "8327-9", "6152", "8105-9", "3300", "5213"),
    c("Kontonr", "string", "id.bank_account_number", "914 382 551-4", "882 114 770", "993 274 118-2", "7401123456", "10 047 82"),
    c("Semesterdagar kvar", "int", "qty.duration", "12", "25", "7", "20", "31"),
])

# ---------------------------------------------------------------- z08
tbl("z08_faktury_prijate_cz.yaml", "Kniha přijatých faktur", "cs",
    "Czech accounting software (Pohoda-style) received-invoices book CSV export: Czech headers with diacritics and abbreviations, dd.mm.yyyy dates, decimal comma", [
    c("Číslo", "string", "id.invoice_number", "24FP0045", "24FP0046", "24FP0047", "24FP0048", "24FP0049"),
    c("Var. symbol", "int", None, "2024001187", "240117", "1012400035", "2400213", "8801240019"),
    c("Datum", "date", "datetime.date", "15.01.2024", "15.01.2024", "16.01.2024", "17.01.2024", "19.01.2024"),
    c("Datum zd. plnění", "date", "datetime.date", "12.01.2024", "31.12.2023", "16.01.2024", "15.01.2024", "19.01.2024"),
    c("Text", "string", "text.description", "Dodávka stavebního materiálu dle obj. OBJ-2024-0117", "Nájem kanceláří 01/2024", "Servis vysokozdvižného vozíku", "Telekomunikační služby 12/2023", "Kancelářské potřeby"),
    c("Firma", "string", "org.company_name", "Stavebniny Novák s.r.o.", "Reality Centrum Vinohrady a.s.", "Vozíky Servis Morava s.r.o.", "Telco Plus CZ a.s.", "Papírnictví U Radnice"),
    c("Jméno", "string", "person.full_name", "Ing. Petr Novák", "Mgr. Lucie Horáková", "Tomáš Procházka", "", "Jana Dvořáková"),
    c("Ulice", "string", "address.street_address", "Masarykova 1247/15", "Vinohradská 2396/184", "Průmyslová 871", "Na Pankráci 1683/127", "Náměstí Míru 12"),
    c("PSČ", "string", "address.postal_code", "602 00", "130 00", "664 42", "140 00", "779 00"),
    c("Obec", "string", "address.city", "Brno", "Praha 3", "Modřice", "Praha 4", "Olomouc"),
    c("IČ", "int", None, "27082440", "45317054", "03681912", "26147831", "71234561"),
    c("DIČ", "string", "id.vat_number", "CZ27082440", "CZ45317054", "CZ03681912", "CZ26147831", ""),
    c("Forma úhrady", "string", None, "příkazem", "příkazem", "příkazem", "inkasem", "hotově"),
    c("Základ DPH 21%", "decimal", "money.amount", "48350,00", "1280,00", "6820,00", "3140,50", "1245,87"),
    c("DPH 21%", "decimal", "money.tax_amount", "10153,50", "268,80", "1432,20", "659,51", "261,63"),
    c("Celkem", "decimal", "money.amount", "58503,50", "1548,80", "8252,20", "3800,01", "1507,50"),
    c("Měna", "string", "iso.currency_code", "CZK", "EUR", "CZK", "CZK", "CZK"),
    c("Kurz", "decimal", "money.exchange_rate", "", "24,725", "", "", ""),
    c("Číslo účtu", "string", "id.bank_account_number", "2700123456/2010", "19-2000145399/0800", "107-4412840287/0100", "5000000011/0300", "2401187755/2010"),
    c("IBAN", "string", "id.iban", "CZ55 2010 0000 0027 0012 3456", "CZ65 0800 0000 1920 0014 5399", "CZ12 0100 0001 0744 1284 0287", "CZ08 0300 0000 0050 0000 0011", "CZ71 2010 0000 0024 0118 7755"),
    c("SWIFT", "string", "id.bic", "FIOBCZPPXXX", "GIBACZPX", "KOMBCZPP", "CEKOCZPP", "FIOBCZPP"),
    c("Č. objednávky", "string", "id.order_number", "OBJ-2024-0117", "", "OBJ-2024-0121", "", "OBJ-2024-0125"),
])

# ---------------------------------------------------------------- z09
tbl("z09_mongo_members.yaml", "members", "en",
    "mongoexport --type=csv of a fitness app 'members' collection: camelCase with dotted nested paths (profile.*, address.*, devices.0.*), ISO dates with Z, ObjectId _id, Mongoose __v", [
    c("_id", "string", "id.record_id", "65a1f0c2e4b0a1c3d2f9e871", "65a1f11be4b0a1c3d2f9e8a4", "65a2093fe4b0a1c3d2f9ec10", "65a3b7d2e4b0a1c3d2fa0155", "65a41c08e4b0a1c3d2fa07e3"),
    c("email", "string", "contact.email", "kayla.brooks@example.com", "m.santos@example.org", "jwhitfield@example.com", "ana.petrov@example.com", "tyler.nguyen@example.org"),
    c("username", "string", "person.username", "kaylab_runs", "msantos", "jwhit", "ana.lifts", "tnguyen22"),
    c("profile.firstName", "string", "person.first_name", "Kayla", "Miguel", "James", "Ana", "Tyler"),
    c("profile.lastName", "string", "person.last_name", "Brooks", "Santos", "Whitfield", "Petrov", "Nguyen"),
    c("profile.dob", "datetime", "person.date_of_birth", "1992-07-21T00:00:00.000Z", "1987-02-03T00:00:00.000Z", "", "1999-11-30T00:00:00.000Z", "2001-05-14T00:00:00.000Z"),
    c("profile.gender", "string", "person.gender", "female", "male", "male", "female", "prefer_not_to_say"),
    c("profile.weightKg", "float", "qty.mass", "61.2", "82.5", "", "58", "77.9"),
    c("contact.phone", "string", "contact.phone", "+14155550132", "+13055550187", "+12125550144", "", "+15035550119"),
    c("address.line1", "string", "address.street_address", "1520 Valencia St", "240 NW 25th St", "", "88 Bedford Ave", "3310 SE Division St"),
    c("address.city", "string", "address.city", "San Francisco", "Miami", "", "Brooklyn", "Portland"),
    c("address.postalCode", "string", "address.postal_code", "94110", "33127", "", "11211", "97202"),
    c("address.country", "string", "iso.country_alpha2", "US", "US", "", "US", "US"),
    c("address.location.coordinates", "string", "geo.coordinates", "[-122.4212,37.7502]", "[-80.1999,25.8003]", "", "[-73.9573,40.7178]", "[-122.6312,45.5046]"),
    c("membership.status", "string", "status.record_status", "active", "active", "cancelled", "paused", "active"),
    c("devices.0.lastIp", "string", "web.ipv6", "2001:db8:85a3::8a2e:370:7334", "2001:db8:4f2a:1::17", "2001:db8:0:12::a1", "", "2001:db8:c0de::42"),
    c("devices.0.userAgent", "string", "web.user_agent", "FitTrack/5.2.1 (iPhone; iOS 17.2.1; Scale/3.00)", "FitTrack/5.2.0 (Linux; Android 14; Pixel 8)", "okhttp/4.12.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15", ""),
    c("marketingOptIn", "bool", "flag.consent", "true", "false", "false", "true", "true"),
    c("emailVerified", "bool", "flag.verified", "true", "true", "false", "true", "true"),
    c("isDeleted", "bool", "flag.is_deleted", "false", "false", "true", "false", "false"),
    c("createdAt", "datetime", "datetime.created_at", "2024-01-12T14:03:22.118Z", "2024-01-12T14:04:43.902Z", "2024-01-13T02:36:15.007Z", "2024-01-14T10:11:30.554Z", "2024-01-14T16:38:00.231Z"),
    c("__v", "int", None, "0", "3", "1", "0", "2"),
])

# ---------------------------------------------------------------- z10
tbl("z10_m_kaiin_jp.yaml", "M_KAIIN", "ja",
    "Japanese retail loyalty-member master (on-prem RDBMS), romaji UPPER_SNAKE column names with Japanese abbreviations (_NO, _KBN, _FLG, _BI, _NICHIJI), kanji/katakana values", [
    c("KAIIN_NO", "string", "id.customer_id", "0001234567", "0001234571", "0001240012", "0001251190", "0001260043"),
    c("KAIIN_SEI", "string", "person.last_name", "佐藤", "鈴木", "高橋", "田中", "伊藤"),
    c("KAIIN_MEI", "string", "person.first_name", "花子", "一郎", "美咲", "健太", "由美"),
    c("SEI_KANA", "string", "person.last_name", "サトウ", "スズキ", "タカハシ", "タナカ", "イトウ"),
    c("SEIBETSU_KBN", "string", "person.gender", "2", "1", "2", "1", "2"),
    c("SEINENGAPPI", "string", "person.date_of_birth", "19850314", "19720908", "19990121", "19880630", ""),
    c("NENREI", "int", "person.age", "39", "51", "25", "35", ""),
    c("YUBIN_NO", "string", "address.postal_code", "150-0041", "222-0033", "530-0001", "460-0008", "810-0001"),
    c("TODOFUKEN", "string", "address.state_province", "東京都", "神奈川県", "大阪府", "愛知県", "福岡県"),
    c("SHIKUCHOSON", "string", "address.city", "渋谷区", "横浜市港北区", "大阪市北区", "名古屋市中区", "福岡市中央区"),
    c("JUSHO1", "string", "address.street_address", "神南1-2-3", "新横浜2-5-14", "梅田3-1-1", "栄4-16-8", "天神1-11-17"),
    c("TEL_NO", "string", "contact.phone", "03-5555-1234", "045-555-0198", "", "052-555-3410", "092-555-7781"),
    c("KEITAI_NO", "string", "contact.mobile_phone", "090-5555-1234", "080-5555-0921", "070-5555-4410", "", "090-5555-8823"),
    c("MAIL_ADDR", "string", "contact.email", "hanako.sato@example.com", "ichiro.s@example.org", "misaki_t@example.com", "", "yumi.ito@example.com"),
    c("DM_KYODAKU_FLG", "int", "flag.consent", "1", "0", "1", "1", "0"),
    c("NYUKAI_BI", "date", "datetime.date", "2019/04/01", "2015/11/23", "2022/08/10", "2020/02/14", "2017/06/30"),
    c("POINT_ZANDAKA", "int", None, "1250", "38400", "0", "560", "7210"),
    c("RUIKEI_KONYU_KINGAKU", "int", "money.amount", "184500", "2350800", "12800", "96400", "745300"),
    c("KAIIN_RANK", "string", None, "SILVER", "PLATINUM", "REGULAR", "REGULAR", "GOLD"),
    c("SAKUJO_FLG", "string", "flag.is_deleted", "0", "0", "0", "1", "0"),
    c("TOROKU_NICHIJI", "datetime", "datetime.created_at", "2019/04/01 10:15:22", "2015/11/23 14:02:51", "2022/08/10 18:40:07", "2020/02/14 11:26:33", "2017/06/30 16:55:10"),
    c("KOSHIN_USER_ID", "string", "person.username", "yamada_t", "batch01", "suzuki_k", "yamada_t", "batch01"),
])

# ---------------------------------------------------------------- write + validate
valid = {l.split("|")[0].strip() for l in open("/tmp/h4/domain_list.txt") if "|" in l}
TYPES = {"string", "int", "decimal", "float", "bool", "date", "datetime", "time"}

def q(s):
    return json.dumps(s, ensure_ascii=False)

def render(t):
    out = [f"table: {q(t['table'])}", f"language: {t['language']}", f"source: {q(t['source'])}", "columns:"]
    for col in t["columns"]:
        parts = [f"name: {q(col['name'])}", f"type: {col['type']}", f"domain: {col['domain'] if col['domain'] else 'null'}"]
        if col.get("masked_entities"):
            parts.append("masked_entities: [" + ", ".join(col["masked_entities"]) + "]")
        parts.append("values: [" + ", ".join(q(v) for v in col["values"]) + "]")
        out.append("  - {" + ", ".join(parts) + "}")
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    total = 0
    for fn, t in sorted(T.items()):
        n = len(t["columns"])
        assert 12 <= n <= 28, (fn, n)
        names = [c_["name"] for c_ in t["columns"]]
        assert len(set(names)) == len(names), fn
        for col in t["columns"]:
            assert col["type"] in TYPES, col
            assert col["domain"] is None or col["domain"] in valid, col
        txt = render(t)
        back = yaml.safe_load(txt)
        assert back["columns"][0]["values"] == t["columns"][0]["values"]
        for a, b in zip(back["columns"], t["columns"]):
            assert a["values"] == b["values"] and a["domain"] == b["domain"] and a["name"] == b["name"], (fn, a)
        open(os.path.join("/tmp/h4/raw", fn), "w").write(txt)
        total += n
        print(fn, n)
    print("total", total)
