import json, yaml, os
T = {}
def t(fname, table, lang, source, cols):
    T[fname] = dict(table=table, language=lang, source=source, columns=cols)
def c(name, typ, dom, vals):
    assert len(vals) == 5, name
    return dict(name=name, type=typ, domain=dom, values=vals)

t("u01_ad_users.yaml", "ad_users_export", "en",
  "Microsoft Active Directory user export (Get-ADUser -Properties * | Export-Csv), LDAP attribute names in camelCase/abbreviations", [
  c("sAMAccountName","string","person.username",["jmorales","apatel","kchen2","lwhitaker","dokafor"]),
  c("userPrincipalName","string","person.username",["jmorales@corp.example.com","apatel@corp.example.com","kchen2@corp.example.com","lwhitaker@corp.example.com","dokafor@corp.example.com"]),
  c("givenName","string","person.first_name",["Jorge","Anika","Kevin","Laura","Daniel"]),
  c("sn","string","person.last_name",["Morales","Patel","Chen","Whitaker","Okafor"]),
  c("displayName","string","person.full_name",["Morales, Jorge","Patel, Anika","Chen, Kevin","Whitaker, Laura","Okafor, Daniel"]),
  c("mail","string","contact.email",["Jorge.Morales@example.com","Anika.Patel@example.com","Kevin.Chen@example.com","Laura.Whitaker@example.com",""]),
  c("telephoneNumber","string","contact.phone",["+1 (303) 555-0142","+1 (303) 555-0178","x4417","+1 (720) 555-0119",""]),
  c("mobile","string","contact.mobile_phone",["+1 (303) 555-0190","","+1 (720) 555-0133","+1 (303) 555-0164",""]),
  c("title","string","person.job_title",["Senior Systems Engineer","Accounts Payable Specialist","Help Desk Technician II","Director of Human Resources","Warehouse Supervisor"]),
  c("department","string","org.department",["IT Infrastructure","Finance","IT Service Desk","Human Resources","Operations"]),
  c("company","string","org.company_name",["Front Range Logistics Inc.","Front Range Logistics Inc.","Front Range Logistics Inc.","Front Range Logistics Inc.","FRL Distribution LLC"]),
  c("physicalDeliveryOfficeName","string",None,["Denver HQ 4F","Denver HQ 2F","Denver HQ 1F","Denver HQ 3F","Commerce City DC"]),
  c("streetAddress","string","address.street_address",["1700 Lincoln St Suite 400","1700 Lincoln St Suite 200","1700 Lincoln St","1700 Lincoln St Suite 300","5200 E 56th Ave"]),
  c("l","string","address.city",["Denver","Denver","Denver","Denver","Commerce City"]),
  c("st","string","address.state_province",["CO","CO","CO","CO","CO"]),
  c("postalCode","string","address.postal_code",["80203","80203","80203","80203","80022"]),
  c("c","string","iso.country_alpha2",["US","US","US","US","US"]),
  c("employeeID","string","id.employee_id",["100482","100517","100603","100219",""]),
  c("manager","string",None,["CN=Nguyen\\, Thomas,OU=IT,OU=Users,DC=corp,DC=example,DC=com","CN=Brooks\\, Helen,OU=Finance,OU=Users,DC=corp,DC=example,DC=com","CN=Nguyen\\, Thomas,OU=IT,OU=Users,DC=corp,DC=example,DC=com","CN=Alvarez\\, Rita,OU=Exec,OU=Users,DC=corp,DC=example,DC=com","CN=Fischer\\, Paul,OU=Ops,OU=Users,DC=corp,DC=example,DC=com"]),
  c("whenCreated","datetime","datetime.created_at",["3/14/2019 4:22:05 PM","8/2/2020 9:10:44 AM","1/11/2022 2:03:19 PM","6/30/2016 11:47:52 AM","10/5/2021 8:15:00 AM"]),
  c("lastLogonTimestamp","int",None,["133440912345678901","133452001122334455","133451876543210987","133449990011223344","132987654321098765"]),
  c("Enabled","bool","flag.is_active",["True","True","True","True","False"]),
  c("objectGUID","string","id.uuid",["3f2504e0-4f89-41d3-9a0c-0305e82c3301","9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d","1b4e28ba-2fa1-41d2-883f-0016d3cca427","6fa459ea-ee8a-4ca4-894e-db77e160355e","c56a4180-65aa-42ec-a945-5fd21dec0538"]),
])

t("u02_peoplesoft_personal.yaml", "PS_PERSONAL_DATA_JOB", "en",
  "Oracle PeopleSoft HCM 9.2 query output joining PS_PERSONAL_DATA, PS_PERS_NID and PS_JOB; uppercase PeopleSoft field names", [
  c("EMPLID","string","id.employee_id",["00104523","00104987","00098112","00105630","00087741"]),
  c("NAME","string","person.full_name",["Harlan,Theodore J","Ruiz,Marisol","Bennett-Cole,Priya A","O'Neill,Francis X","Nakamura,Grace"]),
  c("NAME_PREFIX","string","person.salutation",["Mr","Ms","Dr","Mr",""]),
  c("FIRST_NAME","string","person.first_name",["Theodore","Marisol","Priya","Francis","Grace"]),
  c("MIDDLE_NAME","string","person.middle_name",["James","","Anjali","Xavier",""]),
  c("LAST_NAME","string","person.last_name",["Harlan","Ruiz","Bennett-Cole","O'Neill","Nakamura"]),
  c("BIRTHDATE","date","person.date_of_birth",["1978-04-12","1990-11-03","1984-07-29","1969-01-15","1995-09-08"]),
  c("SEX","string","person.gender",["M","F","F","M","U"]),
  c("MAR_STATUS","string","person.marital_status",["M","S","M","D","S"]),
  c("ADDRESS1","string","address.street_address",["4417 Brookfield Dr","920 N High St","77 Olentangy River Rd","1305 Maple Grove Ave","2650 Riverside Dr"]),
  c("ADDRESS2","string","address.address_line2",["","Apt 3B","Unit 12","","Apt 210"]),
  c("CITY","string","address.city",["Columbus","Columbus","Worthington","Dublin","Upper Arlington"]),
  c("STATE","string","address.state_province",["OH","OH","OH","OH","OH"]),
  c("POSTAL","string","address.postal_code",["43221","43201-2207","43085","43017","43221"]),
  c("COUNTRY","string","iso.country_alpha3",["USA","USA","USA","USA","USA"]),
  c("PHONE","string","contact.phone",["614/555-0183","614/555-0127","","614/555-0166","614/555-0102"]),
  c("NATIONAL_ID","string","id.us_ssn",["524819041","287334410","401558923","331470268","219086574"]),
  c("EMAIL_ADDR","string","contact.email",["theodore.harlan@example.org","mruiz@example.com","priya.bennettcole@example.org","fxoneill@example.com",""]),
  c("DEPTID","string","org.department",["10450","21000","10450","33120","40010"]),
  c("JOBCODE","string",None,["200114","310022","200118","150003","410050"]),
  c("EMPL_STATUS","string","status.record_status",["A","A","L","T","A"]),
  c("HIRE_DT","date","datetime.date",["2011-06-20","2019-02-04","2015-09-14","1998-03-02","2022-08-29"]),
  c("ANNUAL_RT","decimal","money.salary",["84500.000","52000.000","97250.000","121000.000","46800.000"]),
  c("LASTUPDDTTM","datetime","datetime.updated_at",["2023-11-02-14.31.07.000000","2024-01-15-09.02.44.000000","2023-06-30-17.45.12.000000","2022-12-01-08.00.03.000000","2024-02-20-11.26.58.000000"]),
])

UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"]
t("u03_woocommerce_orders.yaml", "wp_posts_shop_order_pivot", "en",
  "WooCommerce (WordPress) orders: wp_posts rows of type shop_order pivoted with their wp_postmeta keys (leading-underscore meta keys)", [
  c("ID","int","id.order_number",["48213","48214","48219","48227","48230"]),
  c("post_date","datetime","datetime.created_at",["2024-03-01 09:14:22","2024-03-01 10:02:51","2024-03-01 13:47:05","2024-03-02 08:30:19","2024-03-02 11:12:40"]),
  c("post_status","string","status.record_status",["wc-completed","wc-processing","wc-completed","wc-refunded","wc-on-hold"]),
  c("post_excerpt","string","text.notes",["Please leave at the back door","","Gift - no invoice in the box please","","Call before delivery, buzzer broken"]),
  c("_order_key","string",None,["wc_order_Xk2PqR8sT4vNm","wc_order_a7LbC3dE9fGh1","wc_order_Zq8WmN2vB5tYu","wc_order_pL4kJ7hG2fD9s","wc_order_R3tY6uI9oP1aS"]),
  c("_customer_user","int","id.customer_id",["1532","0","2291","877","0"]),
  c("_billing_first_name","string","person.first_name",["Megan","Tom","Aisha","Lukas","Beatrice"]),
  c("_billing_last_name","string","person.last_name",["Fairbanks","Holloway","Rahman","Berger","Quinn"]),
  c("_billing_company","string","org.company_name",["","Holloway Joinery Ltd","","","Quinn & Daughters"]),
  c("_billing_address_1","string","address.street_address",["18 Wattle St","22 Mill Lane","341 Ocean View Rd","9 Kingfisher Cl","1180 Pine Ridge Rd"]),
  c("_billing_address_2","string","address.address_line2",["","Unit 4","Apt 12","",""]),
  c("_billing_city","string","address.city",["Fitzroy","Leeds","Manly","Newcastle upon Tyne","Asheville"]),
  c("_billing_state","string","address.state_province",["VIC","","NSW","","NC"]),
  c("_billing_postcode","string","address.postal_code",["3065","LS6 2QB","2095","NE3 4RT","28804"]),
  c("_billing_country","string","iso.country_alpha2",["AU","GB","AU","GB","US"]),
  c("_billing_email","string","contact.email",["megan.fairbanks@example.com","accounts@holloway.example.org","aisha.r@example.com","lukas.berger@example.net","bea.quinn@example.org"]),
  c("_billing_phone","string","contact.phone",["0491 570 156","0113 496 0874","0491 570 110","0191 498 0532","(828) 555-0147"]),
  c("_order_currency","string","iso.currency_code",["AUD","GBP","AUD","GBP","USD"]),
  c("_order_tax","decimal","money.tax_amount",["5.45","12.50","0.00","8.33","3.12"]),
  c("_order_total","decimal","money.amount",["59.95","75.00","42.00","49.98","48.12"]),
  c("_customer_ip_address","string","web.ipv4",["203.0.113.45","198.51.100.23","192.0.2.181","203.0.113.7","198.51.100.210"]),
  c("_customer_user_agent","string","web.user_agent",UA),
  c("_paid_date","datetime","datetime.timestamp",["2024-03-01 09:15:03","","2024-03-01 13:47:40","2024-03-02 08:31:02",""]),
])

t("u04_asterisk_cdr.yaml", "cdr", "en",
  "Asterisk / FreePBX call detail records (asteriskcdrdb.cdr MySQL table), terse lowercase Asterisk column names", [
  c("calldate","datetime","datetime.timestamp",["2023-11-15 14:22:33","2023-11-15 14:25:10","2023-11-15 14:31:02","2023-11-15 14:40:47","2023-11-15 14:41:05"]),
  c("clid","string",None,['"Dana Whitfield" <2104>','"WIRELESS CALLER" <3125550147>','"Front Desk" <2001>','"" <8475550112>','"Marcus Lee" <2210>']),
  c("src","string","contact.phone",["2104","3125550147","2001","8475550112","2210"]),
  c("dst","string","contact.phone",["18005550199","2210","s","2104","*97"]),
  c("dcontext","string",None,["from-internal","ext-local","from-trunk","ext-queues","from-internal"]),
  c("channel","string",None,["PJSIP/2104-0000a1f3","PJSIP/trunk-voipco-0000a1f9","PJSIP/2001-0000a205","PJSIP/trunk-voipco-0000a2b1","PJSIP/2210-0000a2b4"]),
  c("dstchannel","string",None,["PJSIP/trunk-voipco-0000a1f4","PJSIP/2210-0000a1fa","","Local/2104@from-queue-0000031c;1",""]),
  c("lastapp","string",None,["Dial","Dial","Hangup","Queue","VoiceMailMain"]),
  c("lastdata","string",None,["PJSIP/18005550199@trunk-voipco,300,Tb(func-apply-sipheaders^s^1)","PJSIP/2210/sip:2210@192.0.2.55:5060,,HhtrIb(func-apply-sipheaders^s^1)","","600,t,,,300,,,,,",""]),
  c("duration","int","qty.duration",["187","42","3","615","28"]),
  c("billsec","int","qty.duration",["171","35","0","590","27"]),
  c("disposition","string","status.record_status",["ANSWERED","ANSWERED","NO ANSWER","ANSWERED","BUSY"]),
  c("amaflags","int",None,["3","3","3","3","3"]),
  c("accountcode","string",None,["","","sales","",""]),
  c("uniqueid","string","id.record_id",["1700058153.41762","1700058310.41770","1700058662.41781","1700059247.41799","1700059265.41802"]),
  c("did","string","contact.phone",["","3125550100","","8475550100",""]),
  c("recordingfile","string",None,["out-18005550199-2104-20231115-142233-1700058153.41762.wav","external-2210-3125550147-20231115-142510-1700058310.41770.wav","","q-600-8475550112-20231115-144047-1700059247.41799.wav",""]),
  c("cnum","string","contact.phone",["2104","3125550147","2001","8475550112","2210"]),
  c("cnam","string","person.full_name",["Dana Whitfield","WIRELESS CALLER","Front Desk","","Marcus Lee"]),
  c("linkedid","string",None,["1700058153.41762","1700058310.41770","1700058662.41781","1700059247.41799","1700059265.41802"]),
])

t("u05_sage_payroll_uk.yaml", "Employee Details", "en",
  "Sage 50 Payroll (UK) employee details CSV export; spaced Title Case report headings, UK formats (NI number, sort code, dd/mm/yyyy)", [
  c("Reference","string","id.employee_id",["0042","0117","0009","0203","0156"]),
  c("Title","string","person.salutation",["Mr","Mrs","Ms","Dr","Miss"]),
  c("Forename","string","person.first_name",["David","Siobhan","Priyanka","Gareth","Chloe"]),
  c("Surname","string","person.last_name",["Okonkwo","Gallagher","Sharma","Llewellyn","Abbott"]),
  c("Address 1","string","address.street_address",["14 Beech Grove","27 Albion Street","112 Castle Road","5 Heol y Nant","48 Station Approach"]),
  c("Address 2","string","address.address_line2",["","Flat 3","Moseley","Whitchurch",""]),
  c("Address 3","string","address.city",["Harrogate","Leeds","Birmingham","Cardiff","Woking"]),
  c("Address 4","string","address.state_province",["North Yorkshire","West Yorkshire","West Midlands","","Surrey"]),
  c("Post Code","string","address.postal_code",["HG1 5LP","LS1 4AP","B13 8QT","CF14 1AB","GU22 7AE"]),
  c("Telephone","string","contact.phone",["01632 960418","","0121 496 0655","029 2018 0372","01632 960071"]),
  c("Mobile","string","contact.mobile_phone",["07700 900431","07700 900816","","07700 900207","07700 900952"]),
  c("E-Mail","string","contact.email",["d.okonkwo@example.com","siobhan.g@example.org","","gareth.llewellyn@example.com","chloe.abbott@example.org"]),
  c("Date of Birth","date","person.date_of_birth",["12/05/1981","03/11/1975","27/08/1993","19/02/1968","06/10/2000"]),
  c("Gender","string","person.gender",["Male","Female","Female","Male","Female"]),
  c("NI Number","string","id.uk_nino",["JT481927B","NS302118D","PR774563A","WK119846C","SL640072D"]),
  c("Tax Code","string",None,["1257L","1257L","BR","K475","S1257L"]),
  c("Start Date","date","datetime.date",["01/04/2015","14/09/2009","03/01/2022","22/06/1998","05/09/2023"]),
  c("Department","string","org.department",["Production","Accounts","Customer Services","Engineering","Sales"]),
  c("Cost Centre","string","org.cost_center",["PRD01","ADM02","CS03","ENG01","SAL04"]),
  c("Bank Sort Code","string",None,["20-45-77","40-11-62","30-96-34","60-83-71","09-01-28"]),
  c("Bank Account Number","string","id.bank_account_number",["41896203","70233145","12907766","55410382","03318894"]),
  c("Bank Account Name","string","person.full_name",["MR D OKONKWO","MRS S GALLAGHER","MS P SHARMA","DR G LLEWELLYN","MISS C ABBOTT"]),
  c("Annual Salary","decimal","money.salary",["28450.00","34200.00","23100.00","51750.00","24500.00"]),
])

t("u06_brreg_enheter.yaml", "enheter", "nb",
  "Norwegian Central Coordinating Register for Legal Entities (Brønnøysundregistrene Enhetsregisteret) open-data export, flattened dotted camelCase Norwegian keys", [
  c("organisasjonsnummer","int",None,["912345678","923456781","998877665","987654320","931122334"]),
  c("navn","string","org.company_name",["FJORDBYTE AS","NORDLYS REGNSKAP AS","BERGEN SJØMAT ASA","TROLLHAUGEN BARNEHAGE SA","OLE MARTIN LIEN SNEKKERI"]),
  c("organisasjonsform.kode","string","org.legal_form",["AS","AS","ASA","SA","ENK"]),
  c("naeringskode1.kode","string","org.industry",["62.010","69.201","10.209","88.911","43.320"]),
  c("naeringskode1.beskrivelse","string","org.industry",["Programmeringstjenester","Regnskap og bokføring","Bearbeiding og konservering av fisk og fiskevarer ellers","Barnehager","Snekkerarbeid"]),
  c("antallAnsatte","int","qty.count",["14","6","212","23","0"]),
  c("hjemmeside","string","web.url",["www.fjordbyte.example.no","","www.bergensjomat.example.no","trollhaugen.example.no",""]),
  c("epostadresse","string","contact.email",["post@fjordbyte.example.com","","ir@bergensjomat.example.org","styret@trollhaugen.example.org","olemartin.lien@example.com"]),
  c("telefon","string","contact.phone",["22 55 51 40","","55 55 30 00","61 55 02 90",""]),
  c("mobil","string","contact.mobile_phone",["","915 55 123","","480 55 321","934 55 870"]),
  c("forretningsadresse.adresse","string","address.street_address",["Akersgata 55","Storgata 12","Sandviksboder 77","Trollhaugveien 3","Lienvegen 141"]),
  c("forretningsadresse.postnummer","string","address.postal_code",["0180","9008","5035","2815","2750"]),
  c("forretningsadresse.poststed","string","address.city",["OSLO","TROMSØ","BERGEN","GJØVIK","GRAN"]),
  c("forretningsadresse.landkode","string","iso.country_alpha2",["NO","NO","NO","NO","NO"]),
  c("forretningsadresse.land","string","address.country_name",["Norge","Norge","Norge","Norge","Norge"]),
  c("stiftelsesdato","date","datetime.date",["2016-03-01","2009-11-20","1987-05-12","2001-08-15","2018-02-26"]),
  c("registrertIMvaregisteret","bool","flag.boolean",["true","true","true","false","true"]),
  c("konkurs","bool","flag.boolean",["false","false","false","false","false"]),
  c("maalform","string",None,["Bokmål","Bokmål","Nynorsk","Bokmål","Nynorsk"]),
  c("sisteInnsendteAarsregnskap","int","datetime.year",["2022","2022","2022","2021",""]),
])

t("u07_1c_kontragenty.yaml", "Справочник.Контрагенты", "ru",
  "1C:Enterprise 8 (1C:Бухгалтерия) counterparties catalog list exported to Excel/CSV; Russian form column captions", [
  c("Код","string","id.customer_id",["00-000123","00-000124","00-000187","00-000201","00-000215"]),
  c("Наименование","string","org.company_name",["Ромашка ООО","ТехноСтрой АО","ИП Кузнецов А. В.","Северный ветер ООО","Фролова Е. Н."]),
  c("Полное наименование","string","org.company_name",['Общество с ограниченной ответственностью "Ромашка"','Акционерное общество "ТехноСтрой"','Индивидуальный предприниматель Кузнецов Алексей Викторович','Общество с ограниченной ответственностью "Северный ветер"','Фролова Елена Николаевна']),
  c("Юр. / физ. лицо","string","org.legal_form",["Юридическое лицо","Юридическое лицо","Индивидуальный предприниматель","Юридическое лицо","Физическое лицо"]),
  c("ИНН","int",None,["7705123456","7725987654","500123456789","7801456789","771234567890"]),
  c("КПП","int",None,["770501001","772501001","","780101001",""]),
  c("Юридический адрес","string","address.full_address",["119034, г. Москва, ул. Пречистенка, д. 10, стр. 2","115280, г. Москва, ул. Ленинская Слобода, д. 19","141070, Московская обл., г. Королёв, ул. Циолковского, д. 8, кв. 45","191186, г. Санкт-Петербург, наб. реки Мойки, д. 42, лит. А","125047, г. Москва, ул. 1-я Тверская-Ямская, д. 22, кв. 17"]),
  c("Фактический адрес","string","address.full_address",["119034, г. Москва, ул. Пречистенка, д. 10, стр. 2","142703, Московская обл., г. Видное, Белокаменное ш., д. 3, склад 4","","197341, г. Санкт-Петербург, Коломяжский пр-т, д. 15, корп. 2, оф. 301",""]),
  c("Телефон","string","contact.phone",["+7 (495) 555-12-34","+7 (495) 555-87-00","+7 (916) 555-43-21","+7 (812) 555-90-15","8 (926) 555-77-02"]),
  c("Электронная почта","string","contact.email",["info@romashka.example.com","zakupki@tehnostroy.example.org","kuznetsov.av@example.com","buh@sev-veter.example.org",""]),
  c("Контактное лицо","string","person.full_name",["Иванова Мария Сергеевна","Петров Игорь Олегович","Кузнецов Алексей Викторович","Лебедева Анна Дмитриевна",""]),
  c("Должность","string","person.job_title",["Главный бухгалтер","Менеджер по закупкам","","Генеральный директор",""]),
  c("Расчетный счет","string","id.bank_account_number",["40702810938000012345","40702810400000098765","40802810612340005678","40702810955000033221","40817810099910004312"]),
  c("БИК","string",None,["044525225","044525593","044525974","044030653","044525225"]),
  c("Банк","string","org.company_name",["ПАО СБЕРБАНК",'АО "АЛЬФА-БАНК"','АО "ТБАНК"',"СЕВЕРО-ЗАПАДНЫЙ БАНК ПАО СБЕРБАНК","ПАО СБЕРБАНК"]),
  c("Страна регистрации","string","address.country_name",["РОССИЯ","РОССИЯ","РОССИЯ","РОССИЯ","РОССИЯ"]),
  c("Группа","string","text.category",["Покупатели","Покупатели","Покупатели","Поставщики","Покупатели"]),
  c("Дата создания","datetime","datetime.created_at",["12.03.2019 10:15:42","05.07.2020 16:02:11","21.01.2021 09:47:30","14.10.2022 12:30:05","03.02.2023 11:11:11"]),
  c("Пометка удаления","string","flag.is_deleted",["Нет","Нет","Нет","Да","Нет"]),
  c("Комментарий","string","text.notes",["Отсрочка 30 дней по договору № 45/2019","","Работает без НДС","Дубль карточки, не использовать",""]),
  c("Ответственный","string","person.full_name",["Смирнова Ольга Петровна","Смирнова Ольга Петровна","Григорьев Павел Андреевич","Администратор","Григорьев Павел Андреевич"]),
])

t("u08_taobao_orders.yaml", "ExportOrderList", "zh",
  "Taobao/Tmall seller center order report export (淘宝卖家中心 订单报表 CSV), Simplified Chinese column captions", [
  c("订单编号","int","id.order_number",["3589214470215768392","3590127765432109876","3588001923456712345","3591876543210987654","3587765123409876543"]),
  c("买家会员名","string","person.username",["tb_8823456","小林爱旅行","t_1498237765012","jasmine_wu88","快乐的小胖子"]),
  c("买家支付宝账号","string","person.username",["lin***@example.com","138****2201","159****7713","jas***@example.com","186****0452"]),
  c("买家应付货款","decimal","money.amount",["128.00","59.90","299.00","45.80","1099.00"]),
  c("买家应付邮费","decimal","money.amount",["0.00","8.00","0.00","6.00","0.00"]),
  c("买家实际支付金额","decimal","money.amount",["118.00","67.90","279.00","51.80","0.00"]),
  c("订单状态","string","status.record_status",["交易成功","卖家已发货，等待买家确认","交易成功","买家已付款，等待卖家发货","交易关闭"]),
  c("买家留言","string","text.notes",["","请发顺丰，谢谢","送人的，不要放发票","",""]),
  c("收货人姓名","string","person.full_name",["王小明","林佳怡","陈志强","吴静","赵磊"]),
  c("收货地址","string","address.full_address",["浙江省 杭州市 西湖区 文三路478号华星时代广场A座1203室(310012)","广东省 深圳市 南山区 高新南七道12号(518057)","上海 上海市 浦东新区 张杨路500号15楼(200122)","北京 北京市 朝阳区 建国路88号SOHO现代城3号楼2106(100022)","四川省 成都市 武侯区 人民南路四段11号(610041)"]),
  c("运送方式","string","text.category",["快递","快递","快递","EMS","快递"]),
  c("联系电话","string","contact.phone",["","0755-55508811","","010-55503322",""]),
  c("联系手机","string","contact.mobile_phone",["'13855501234","'13955507788","'18655502211","'15055509090","'17755504567"]),
  c("订单创建时间","datetime","datetime.created_at",["2023-11-11 00:03:17","2023-11-11 00:15:42","2023-11-12 20:41:09","2023-11-13 09:12:55","2023-11-13 22:30:01"]),
  c("订单付款时间","datetime","datetime.timestamp",["2023-11-11 00:03:25","2023-11-11 00:16:01","2023-11-12 20:41:30","2023-11-13 09:13:10",""]),
  c("宝贝标题","string","text.product_name",["2023秋冬新款加厚羊毛围巾女百搭保暖","【官方正品】便携式蓝牙音箱迷你低音炮","儿童保温杯316不锈钢带吸管","手工红糖姜茶 500g 云南古法","日式实木茶几小户型客厅"]),
  c("宝贝种类","int","qty.count",["1","2","1","1","1"]),
  c("物流单号","string","id.tracking_number",["No:YT7412345678901","No:SF1398765432100","No:773201456789012","",""]),
  c("物流公司","string","org.company_name",["圆通速递","顺丰速运","申通快递","",""]),
  c("订单备注","string","text.notes",["","老客户，送小样","","缺货，延迟发货已沟通",""]),
  c("宝贝总数量","int","qty.count",["1","3","2","1","1"]),
  c("店铺名称","string","org.company_name",["林家小铺","林家小铺","林家小铺","林家小铺","林家小铺"]),
  c("退款金额","decimal","money.amount",["0.00","0.00","0.00","0.00","1099.00"]),
])

t("u09_cafe24_members.yaml", "회원목록", "ko",
  "Cafe24 Korean online-shop admin member list Excel export (회원관리 > 회원 엑셀다운로드), Korean column captions", [
  c("아이디","string","person.username",["minji0322","hana_lee88","parkjs1975","sunny.day","woojin_k"]),
  c("이름","string","person.full_name",["김민지","이하나","박정수","최선희","강우진"]),
  c("회원등급","string","text.category",["일반회원","VIP","골드","일반회원","실버"]),
  c("휴대폰번호","string","contact.mobile_phone",["010-5555-0322","010-5555-1288","010-5555-7450","010-5555-3061","010-5555-9914"]),
  c("전화번호","string","contact.phone",["","02-555-0187","031-555-4420","",""]),
  c("이메일","string","contact.email",["minji0322@example.com","hana.lee@example.org","parkjs@example.com","sunny.day@example.com","woojin.k@example.org"]),
  c("SMS 수신여부","string","flag.consent",["수신","수신안함","수신","수신","수신안함"]),
  c("이메일 수신여부","string","flag.consent",["수신","수신안함","수신안함","수신","수신"]),
  c("생년월일","date","person.date_of_birth",["1992-03-22","1988-07-14","1975-12-01","","1999-05-30"]),
  c("성별","string","person.gender",["여","여","남","여","남"]),
  c("우편번호","string","address.postal_code",["06236","13494","16677","48058","61945"]),
  c("주소","string","address.street_address",["서울특별시 강남구 테헤란로 152","경기도 성남시 분당구 판교역로 235","경기도 수원시 영통구 광교중앙로 140","부산광역시 해운대구 센텀중앙로 79","광주광역시 서구 상무중앙로 110"]),
  c("상세주소","string","address.address_line2",["강남파이낸스센터 12층","에이치스퀘어 N동 702호","광교자연앤힐스테이트 305동 1102호","센텀사이언스파크 1503호","101동 804호"]),
  c("회원가입일","datetime","datetime.created_at",["2021-06-03 14:22:10","2019-11-28 09:05:47","2017-04-15 21:40:02","2022-08-09 12:12:33","2023-01-30 18:55:19"]),
  c("최근접속일","datetime","datetime.timestamp",["2024-02-27 22:10:05","2024-01-03 08:47:51","2024-02-28 07:31:14","2022-09-01 19:20:44","2024-02-20 13:02:39"]),
  c("총구매금액","int","money.amount",["1254000","89000","3420500","0","415800"]),
  c("총실주문건수","int","qty.count",["14","2","37","0","6"]),
  c("적립금","int","money.account_balance",["12540","890","34205","0","4158"]),
  c("추천인아이디","string","person.username",["","minji0322","","","hana_lee88"]),
  c("사업자번호","string",None,["","","214-86-55501","",""]),
  c("본인인증 여부","string","flag.verified",["T","F","T","T","F"]),
  c("휴면회원 여부","string","flag.is_active",["F","F","F","T","F"]),
])

t("u10_banner_students.yaml", "SPRIDEN_SPBPERS_EXTRACT", "en",
  "Ellucian Banner Student (Oracle) person extract joining SPRIDEN, SPBPERS, SPRADDR, SPRTELE, GOREMAL and SGBSTDN; TABLE_COLUMN uppercase names", [
  c("SPRIDEN_PIDM","int","id.record_id",["1048576","1049211","1050034","1051287","1051990"]),
  c("SPRIDEN_ID","string",None,["A00412377","A00413002","A00398214","A00420991","A00421530"]),
  c("SPRIDEN_LAST_NAME","string","person.last_name",["Washington","Kowalczyk","Nguyen","Abernathy","Delgado"]),
  c("SPRIDEN_FIRST_NAME","string","person.first_name",["Jamal","Emily","Thi Lan","Robert","Sofia"]),
  c("SPRIDEN_MI","string","person.middle_name",["T","Rose","","Allen","M"]),
  c("SPBPERS_NAME_PREFIX","string","person.salutation",["","Ms.","","Mr.",""]),
  c("SPBPERS_PREF_FIRST_NAME","string","person.first_name",["","Em","Lana","Bob",""]),
  c("SPBPERS_BIRTH_DATE","date","person.date_of_birth",["14-AUG-03","02-MAR-02","29-NOV-04","17-JUN-71","08-JAN-03"]),
  c("SPBPERS_SEX","string","person.gender",["M","F","F","M","N"]),
  c("SPBPERS_SSN","string","id.us_ssn",["612048831","","538771204","244190365","707315582"]),
  c("SPBPERS_MRTL_CODE","string","person.marital_status",["S","S","S","M",""]),
  c("SPRADDR_STREET_LINE1","string","address.street_address",["2231 Gratiot Ave","4810 Cass Ave","117 W Warren Ave","19300 Livernois Ave","655 W Kirby St"]),
  c("SPRADDR_STREET_LINE2","string","address.address_line2",["","Apt 5C","","","Room 214"]),
  c("SPRADDR_CITY","string","address.city",["Detroit","Detroit","Dearborn","Detroit","Ann Arbor"]),
  c("SPRADDR_STAT_CODE","string","address.state_province",["MI","MI","MI","MI","MI"]),
  c("SPRADDR_ZIP","string","address.postal_code",["48207","48202-3489","48124","48221","48104"]),
  c("SPRTELE_PHONE_AREA","string",None,["313","313","313","248","734"]),
  c("SPRTELE_PHONE_NUMBER","string","contact.phone",["5550142","5550199","5550118","5550163","5550107"]),
  c("GOREMAL_EMAIL_ADDRESS","string","contact.email",["jt.washington@example.org","ekowalczyk@example.com","lana.nguyen04@example.com","r.abernathy@example.org","sofia.delgado@example.com"]),
  c("SPRIDEN_ACTIVITY_DATE","date","datetime.updated_at",["21-AUG-23","05-SEP-23","30-JUN-23","11-JAN-24","18-AUG-23"]),
  c("SPRIDEN_USER","string","person.username",["BANSECR","WWW2_USER","SAISUSR","JKOVACS","BANINST1"]),
  c("SGBSTDN_STST_CODE","string","status.record_status",["AS","AS","IS","AS","GR"]),
])

def q(s): return json.dumps(s, ensure_ascii=False)
def dump(d, path, extra=None):
    L = [f"table: {q(d['table'])}", f"language: {d['language']}", f"source: {q(d['source'])}", "columns:"]
    for col in d["columns"]:
        dom = "null" if col["domain"] is None else col["domain"]
        s = f"  - {{name: {q(col['name'])}, type: {col['type']}, domain: {dom}, values: [{', '.join(q(v) for v in col['values'])}]"
        if col.get("masked_entities"):
            s += f", masked_entities: [{', '.join(col['masked_entities'])}]"
        L.append(s + "}")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")
    back = yaml.safe_load(open(path, encoding="utf-8"))
    assert back["columns"] == [{k: v for k, v in col.items()} for col in d["columns"]], path

if __name__ == "__main__":
    valid = {l.split("|")[0].strip() for l in open("/tmp/h7/domain_list.txt") if "|" in l}
    for f, d in T.items():
        names = [col["name"] for col in d["columns"]]
        assert len(set(names)) == len(names), f
        assert 12 <= len(names) <= 28, (f, len(names))
        for col in d["columns"]:
            assert col["domain"] is None or col["domain"] in valid, (f, col["domain"])
            assert col["type"] in {"string","int","decimal","float","bool","date","datetime"}
        dump(d, os.path.join("/tmp/h7/raw", f))
    print(len(T), sum(len(d["columns"]) for d in T.values()))
