"""Header word lists of :mod:`core.pii.headers` (issue 11): tokens that name personal data (with their entity),
stems of a person's own life and care events inside compound headers, and tokens and compound endings of kinds
that are not personal data. Data only, in many languages (accents folded, as :func:`core.vocab.tokens.split_tokens`
writes them)."""

from __future__ import annotations

#: Words naming a part of a person's address in any table (avenue, lane, flat, P.O. box), beyond ``street`` and
#: ``house``: header tokens of ``LOCATION`` below, and the strong parts of
#: :func:`core.pii.disguised.address_part_header`.
ADDRESS_PARTS = frozenset(
    "avenida avenue gasse laan vej gatan jiron квартира mieszkanie wohnung appartement apartamento pobox postfach "
    "apartado".split())
#: Parts of an address that also name a business's things (block, floor, building, district): personal in a table
#: of people or beside another part of an address only (:func:`core.pii.disguised.address_part_header`).
ADDRESS_PARTS_WEAK = frozenset(
    "bloque manzana quadra blok bloc kvartal квартал дом корпус подъезд район barangay purok colonia barrio bairro "
    "distrito arrondissement kerulet dzielnica stockwerk andar floor building bina batiment lorong flat".split())
#: Arabic address parts without the article (ة also written ه): avenue, street, house, flat, address (strong); block,
#: building, floor, district, area (weak); and P.O. box / postal code stems read in the raw header.
ARABIC_ADDRESS_PARTS = frozenset("جادة جاده شارع منزل بيت شقة شقه عنوان".split())
ARABIC_ADDRESS_PARTS_WEAK = frozenset("قطعة قطعه مبنى عمارة عماره طابق دور حي منطقة منطقه".split())
ARABIC_ADDRESS_STEMS = ("ص.ب", "ص ب", "صندوق بريد", "بريدي", "الرمز البريدي")

#: Acronyms and words of the numbers a state gives a person (session 13, issue 11: a header such as ``Núm. CASS``,
#: ``ifu``, ``Seaman's Book No.`` named no key word the lists knew, so ``Núm.`` / ``No.`` made it a record key): tax
#: ids (Benin/Burkina ``IFU``, Latin America ``NIT``, ``RUC``, ``RUT``, ``CUIT``/``CUIL``, ``RIF``, ``RTN``, Zambia
#: ``TPIN``, Indonesia ``NPWP``, UK ``UTR``, Australia ``TFN``, New Zealand ``IRD``), social-security and national
#: numbers (Andorra ``CASS``, Swiss ``AHV``/``AHVN``, Mexico/Spain ``NSS``/``NUSS``, Ghana ``SSNIT``, Philippines
#: ``SSS``/``GSIS``, Brazil ``INSS``/``CTPS``, Caribbean ``NIS``, Ireland ``PPSN``, India ``Aadhaar``, Singapore
#: ``NRIC``, ``HKID``, ``MyKad``, Indonesia ``NIK``/``KTP``, Pakistan ``CNIC``, Tanzania ``NIDA``, Nigeria ``BVN``,
#: Benin ``NPI``, El Salvador ``DUI``, Dominican/Latin ``cedula``, Denmark ``CPR``, Iceland ``kennitala``, Norway
#: ``fodselsnummer``, Netherlands ``sofi``, Japan ``mynumber``, Canada ``NAS``) and the documents a seafarer carries
#: (seaman's / seafarer's book, ``libreta de embarque``, ``livret maritime``, ``caderneta``, ``Seefahrtsbuch``), and
#: the passport in Catalan, Portuguese, Italian, Dutch, Polish and Turkish.
#: Short words with another common meaning are left out (``ci``: a cell id; ``avs``: address verification; ``dpi``;
#: ``cni``: an EDIFACT segment; ``pis``; ``social`` alone: ``Razón Social``, ``obra social``).
PERSONAL_NUMBER_WORDS = frozenset(
    "ifu nit ruc rut cuit cuil rif rtn tpin npwp utr tfn ird cass ahv ahvn nss nuss ssnit sss gsis inss ctps nis "
    "ppsn aadhaar aadhar nric hkid mykad nik ktp cnic nida bvn npi dui cedula cpr kennitala fodselsnummer "
    "fodselsnr personnr sofi sofinummer mynumber nas passaport passaporte passaporto paspoort paszport pasaport "
    "seaman seamans seamen seafarer seafarers mariner mariners marinero marinheiro matelot seemann seemanns "
    "zeevarende sjoman sjoeman sjomann merimies libreta livret caderneta seefahrtsbuch".split())
#: Words naming a settlement finer than a town that a person lives in (session 13: ``Kampong``, ``Village``): like
#: ``city`` and ``town`` they name where a person lives in a table of people (HIPAA counts every geographic
#: subdivision smaller than a state); a business's own are cleared by :mod:`core.pii.business`. ``pueblo`` (a people
#: in Guatemala), ``island`` (a state in Tonga) and ``sitio`` (a web site) are left out.
SETTLEMENT_WORDS = frozenset(
    "village villages kampong kampung kpg desa dusun kelurahan dorf aldeia koey koy selo kylae landsby dorp falu "
    "barangay purok hamlet locality localities localidade localite localidad frazione ortschaft ortsteil quartier "
    "neighbourhood neighborhood suburb mukim tambon muban".split())

#: Header tokens that name personal data whatever else the header says (entity per token).
PII_TOKENS: dict[str, str] = {
    **dict.fromkeys("name names nm nme fullname firstname lastname fname lname gname sname givenname surname "
                    "forename middlename mname nickname vorname nachname familienname prenom nombre "
                    "apellido apellidos nome cognome naam voornaam achternaam imie nazwisko jmeno prijmeni fornavn "
                    "efternavn etternavn fornamn efternamn sukunimi etunimi soyad soyadi isim ad adi holder "
                    "cardholder contact patient initial initials mi gvn fnm lnm frst lst sur given manager mgr owner "
                    "agent rep director assignee doctor physician medecin medico arzt nurse teacher approver reviewer "
                    "recipient sender payee responsable gerente ansprechpartner inhaber ime prezime".split(),
                    "PERSON"),
    **dict.fromkeys("maiden mmn".split(), "MAIDEN_NAME"),
    **dict.fromkeys("email mail emailaddress correo courriel epost sahkoposti".split(), "EMAIL_ADDRESS"),
    **dict.fromkeys("phone tel telephone telefon telefono telefone mobile mobil mob cell cellular handy fax "
                    "portable celular msisdn gsm puhelin telefoon".split(), "PHONE_NUMBER"),
    **dict.fromkeys("address addr adr adres adresse anschrift direccion indirizzo endereco street str strasse rue "
                    "calle via straat ulica gata gade katu house hausnummer hnr apt apartment suite zip zipcode "
                    "postal postcode plz cp cap postleitzahl codigo city town ort ville ciudad citta stadt "
                    "wohnort residence domicile".split(), "LOCATION"),
    **dict.fromkeys([*ADDRESS_PARTS, *ARABIC_ADDRESS_PARTS, *("ال" + w for w in ARABIC_ADDRESS_PARTS)], "LOCATION"),
    **dict.fromkeys("dob birth birthday birthdate bday born geburtsdatum geburtstag geb gebdat naissance "
                    "nacimiento nascita nac nasc fodelsedatum fodselsdato syntymaaika dogum".split(),
                    "DATE_OF_BIRTH"),
    **dict.fromkeys("age alter edad eta leeftijd".split(), "AGE"),
    # session 15: age in more languages (ms/id, sw, pt, pl, tr, vi, sr/hr, nordic, ru, ar, am, my, th) and coded forms
    **dict.fromkeys("umur umri idade wiek yas yaş tuoi tuổi starost alder aldur ålder возраст вік العمر عمر ዕድሜ "
                    "အသက အသက် อายุ ageyrs ageyr ageyears agey ageinyears".split(), "AGE"),
    **dict.fromkeys("ssn sin nin nino natid nationalid tin itin nif nie dni cpf rg curp rfc pesel bsn insee nir "
                    "personnummer hetu cnp egn amka oib jmbg tckn codicefiscale fiscale cf steuerid svnr passport "
                    "pasaporte passeport reisepass license licence licencia dl driver idcard ausweis "
                    "personalausweis tax ado adoszam adoazonosito".split(), "NATIONAL_ID"),
    **dict.fromkeys(PERSONAL_NUMBER_WORDS, "NATIONAL_ID"),
    **dict.fromkeys(SETTLEMENT_WORDS, "LOCATION"),
    **dict.fromkeys("iban account acct acc acctno accountno konto kontonummer cuenta routing sortcode "
                    "bankaccount".split(), "BANK_ACCOUNT"),
    **dict.fromkeys("card cc ccn ccnum pan kreditkarte tarjeta carte carta kort creditcard".split(), "CREDIT_CARD"),
    **dict.fromkeys("cvv cvv2 cvc cvc2 csc ccv cid securitycode".split(), "CARD_SECURITY_CODE"),
    **dict.fromkeys("exp expiry expiration expires expdate ccexp validthru ablauf vencimiento".split(),
                    "CARD_EXPIRY"),
    **dict.fromkeys("password passwd pwd pass pw passwort kennwort contrasena contrasenya motdepasse mdp senha "
                    "parola wachtwoord haslo salasana hash hashed salt bcrypt".split(), "PASSWORD"),
    **dict.fromkeys("secret apikey api token key privatekey credential credentials otp totp".split(), "SECRET"),
    **dict.fromkeys("pin pincode".split(), "PIN"),
    **dict.fromkeys("user username login userid uname usr handle benutzer usuario utilisateur utente "
                    "gebruiker".split(), "USERNAME"),
    **dict.fromkeys("ip ipaddress ipaddr mac macaddress imei imsi iccid msisdn meid udid device deviceid advertising "
                    "idfa idfv gaid aaid adid installation".split(), "IP_ADDRESS"),
    **dict.fromkeys("lat latitude lon lng longitude geo gps coords coordinates".split(), "LOCATION"),
    **dict.fromkeys("religion ethnicity ethnic race blood bloodtype nationality citizenship marital "
                    "familienstand diagnosis diagnose icd allergy medication disability health "
                    "signature photo spouse partner mother father parent child children kin emergency "
                    "beneficiary guardian relative admission discharge aufnahme entlassung ingreso alta_medica "
                    "ricovero opname dossier mrn medical patient visit".split(), "SENSITIVE"),
}

#: Stems of a person's own life and care events inside compound headers (``Aufnahmedatum``, ``Sterbedatum``,
#: ``dataricovero``): the date of one is personal data (HIPAA), whatever safe word (``datum``) follows.
EVENT_STEMS = {**dict.fromkeys(("aufnahme", "entlass", "admission", "discharge", "ricover", "sterbe", "todes",
                                "death", "deces", "decesso", "fallecim", "diagnos"), "SENSITIVE"),
               **dict.fromkeys(("geburt", "birth", "naissance", "nacimiento", "nascita"), "DATE_OF_BIRTH")}

#: Header tokens of kinds that are not personal data (amounts, counts, states, codes of things, events).
SAFE_TOKENS = frozenset(
    "amount amt price prices total totals subtotal sum net gross vat tax_amount discount rebate fee fees cost costs "
    "revenue margin profit charge charges qty quantity quantities count cnt number_of units unit uom stock "
    "inventory status state stat flag active enabled deleted archived verified valid approved paid "
    "type kind category cat class segment tier level grade rating score priority rank "
    "currency curr ccy country cntry land pais paese language lang locale region zone channel source medium "
    "created updated modified changed inserted timestamp ts time datetime date dt day month year week quarter "
    "period order orders invoice invoices inv shipment shipping delivery product products sku item items article "
    "artikel material sku_id ean upc gtin isbn catalog model brand variant size color colour pack plan "
    "percent pct percentage rate ratio weight_kg duration minutes seconds hours days distance km miles "
    "transaction txn payment method mode reason outcome result event action step stage ticket case "
    "department dept division team store branch warehouse location_code site project campaign version "
    "betrag preis menge anzahl summe montant prix quantite importe precio cantidad importo prezzo quantita "
    "bedrag prijs aantal mb gb kb kwh kw wh kg lb cm mm ml usage consumption verbrauch points punkte pts "
    "referral promo coupon voucher auth authorization approval code cd cupom cupon gutschein rabatt tipo tipologia "
    "art gruppe group grupo groupe gruppo methode method metodo methode forma zahlungsart service servicio servizio "
    "insurer insurance versicherung mutuelle aseguradora assicurazione kasse krankenkasse timezone tz merchant "
    "vendor supplier shop haendler comercio commercant mcc terminal ward room bed station weight height "
    # units of measure and measured quantities (several languages): a number under them is a measurement
    "ms msec millis sec secs min mins minuten minutos minuti menit jam hrs hr uur stunden horas tunnit tat sla "
    "dur duration dauer duree duracion durata kesto gr gram grams gramm gramos grammi kg mg dl ml ltr liter "
    "litre litres liters verbr verbrauch mwh pros prosentti prozent porcentaje pourcentage percentuale batt "
    "battery gewicht poids peso paino vikt vaegt waga micros cents rev nominal jumlah harga biaya hinta summa "
    "maara kpl stk pcs qte cant odometer kilometerstand co2 evt event events screen app os opened closed since "
    "established founded visits logins sessions clicks views opens purchases nights retries "
    # kinds of things in more languages (type, channel, room, fee, tariff, minutes, count of, status)
    "typ tyyppi soort canale kanal kanaal camera habitacion zimmer chambre kamer quarto avgift afgift gebuehr "
    "gebuhr tarifa tariffa cuota maksu ucret oplata poplatek tarife tarif dakika antal lkm liczba pocet sts tila "
    "tilat stato estado etat durum "
    # coarse attributes shared by many people: a medical specialty, a province (Turkish ``il``)
    "specialty speciality especialidad especialidade specialita specialite fachrichtung fachgebiet uzmanlik "
    "il".split())
#: Endings of German-style compounds naming a kind of thing (``Kundengruppe``, ``Zahlungsart``, ``Vertragstyp``).
SAFE_SUFFIXES = ("gruppe", "art", "typ", "status", "klasse", "kategorie", "stufe", "betrag", "preis", "summe",
                 "datum", "menge", "anzahl", "code", "kennzeichen")
