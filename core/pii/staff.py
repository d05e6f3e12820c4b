"""Staff numbers are personal data (issue 11): an employee, driver or interviewer number is a pseudonymous
identifier of that person, and pseudonymous data is personal data (GDPR recital 26). Unlike a customer or order
number (a surrogate key of the record, in clear under the labelling policy), it names a member of staff on every
row it appears on: the shifts they worked, the interviews they made, the payslips they were paid.

* :func:`staff_number_header`: a header naming such a number (``employeeID``, ``Emp No``, ``PERS_NR``,
  ``Nº Empleado``, ``driver_id``, ``Personeelsnummer``; the catalog domain ``id.employee_id``) names personal data,
  so the column is masked whatever its values (:mod:`core.pii.headers`).
* :func:`staff_prefixed`: numbers after a prefix that names staff (``EMP-3472``, ``DRV4842``) are staff numbers
  whatever the header.
* :func:`person_number_codes`: codes of the form staff numbers take (a short letter prefix and a number:
  ``E10472``, ``DRV4842``, ``DC04``, ``EMP-3472``) are no proof of a closed list of things: repeated over the rows,
  they are the rows of a few people as much as a few tools (:mod:`core.pii.table_rules`, closed codes). Only a
  header naming a non-personal thing (``KOSTST``, ``MERCH_ID``, ``TUOTENRO``) clears them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Catalog domains of staff numbers: their aliases name personal data.
STAFF_DOMAINS = frozenset({"id.employee_id"})
#: Words naming a member of staff in a header, in several languages (accents folded as
#: :func:`core.vocab.tokens.split_tokens` writes them).
STAFF_WORDS = frozenset("employee emp empl employe empleado empregado funcionario dipendente mitarbeiter medewerker "
                        "werknemer personeel personnel pers personal personel staff worker driver drv interviewer "
                        "intvwr enumerator enqueteur entrevistador karyawan pegawai pracownika "
                        # session 13: a worker, an employee or a member of staff in more languages (``Núm.
                        # treballador``, ``Nr pracownika``, ``työntekijänumero`` is a compound: below)
                        "treballador treballadora trabajador trabajadora trabalhador trabalhadora travailleur "
                        "travailleuse salarie salariee lavoratore lavoratrice arbeiter arbeitnehmer arbetstagare "
                        "anstaelld anstalld ansatt ansat medarbejder medarbetare tyoentekijae tyontekija pracownik "
                        "zamestnanec zamestnance zaposlenik zaposlenog dolgozo munkavallalo calisan pekerja "
                        "kakitangan сотрудник сотрудника работник работника табельный "
                        # review of session 13, F2: Catalan ``empleat``, payroll/clock/badge numbers, a Spanish staff
                        # file (``ficha``, ``legajo``), German ``MA-Nr.``/``Mitarb.-Nr.``
                        "empleat empleats empleada payroll clock badge ficha legajo mitarb ma".split())
#: Words naming a member of staff by the role they act in for the organisation, in several languages (session 12: a
#: credit union's loan ``officer``, a parcel service's ``courier_code``): a header whose head (last word but the id
#: words) is one names a person (:mod:`core.pii.headers`), with a number word a staff number; before a thing word it
#: names that thing (``advisor_fee``, ``teller_machine``: review of session 12, F4). No word here names a business.
STAFF_ROLE_WORDS = frozenset(
    "officer courier couriers kurier kurir coursier corriere mensajero repartidor entregador motoboy cashier "
    "cajero cajera caissier caissiere kassierer cassiere teller clerk collector cobrador inspector "
    "technician tecnico salesman saleswoman salesperson vendedor vendedora caseworker counsellor counselor "
    "advisor adviser asesor midwife partera enfermera enfermero enfermeiro chofer chauffeur motorista "
    "dispatcher despachador surveyor agente".split())
#: Words that make a header the number of what precedes it (``Emp No``, ``PERS_NR``, ``employeeID``).
NUMBER_WORDS = frozenset("id nr no num number nummer numero nro n номер code cd kod kode badge matricule "
                         "matricula".split())
#: Compound words of a staff stem and a number word (``persnr``, ``empno``, ``personalnummer``).
_COMPOUND = re.compile(r"^(?:emp|empl|pers|personal|personeels|mitarbeiter|staff|medewerker|werknemer|arbeitnehmer|"
                       r"werknemers|medarbejder|medarbetar|medarbetare|anstaelld|ansatt|tyoentekijae|tyoentekijaen|pracownik)"
                       r"(?:nr|no|num|nummer|number|numero|id|code)$")


def staff_number_header(tokens: Sequence[str]) -> bool:
    """Whether header ``tokens`` name a staff number: a staff or staff-role word and a number word (``employee id``,
    ``n empleado``, ``courier_code``), a compound of both (``persnr``), or an interviewer's or enumerator's code
    word alone."""
    words = set(tokens)
    if words & {"intvwr", "interviewer", "enumerator", "enqueteur", "entrevistador", "табельный"}:
        return True
    if words & (STAFF_WORDS | STAFF_ROLE_WORDS) and words & NUMBER_WORDS:
        return True
    return any(_COMPOUND.match(t) for t in [*tokens, "".join(tokens)])


#: A staff number's form: a prefix of one to four upper-case letters, an optional separator and a number.
PERSON_NUMBER = re.compile(r"^[^\W\d_a-z]{1,4}[-_ #/]?\d{2,8}$")


def person_number_codes(values: Sequence[str]) -> bool:
    """Whether nine in ten distinct ``values`` have a staff number's form (:data:`PERSON_NUMBER`)."""
    distinct = {v.strip() for v in values if v.strip()}
    return bool(distinct) and sum(1 for v in distinct if PERSON_NUMBER.match(v)) >= 0.9 * len(distinct)


#: Codes of one family at least this many (a team: a loan officer's ``LO-127`` among a dozen); fewer are as often the
#: types or tiers of a closed list (``T01``, ``T02``).
FAMILY_MIN = 4
_LETTERS = re.compile(r"^[^\W\d_]+")


#: Letter prefixes naming a thing (a product, an item, an article): their codes are a catalogue's, never staff's.
THING_PREFIXES = frozenset("SKU PRD PROD ITEM ART ARTNR PLU MAT CAT".split())


def staff_code_family(values: Sequence[str]) -> bool:
    """Whether ``values`` are staff codes of one family: a staff number's form (:func:`person_number_codes`), one
    letter prefix shared by every code (``LO-``, ``MSJ-``: numbers one system hands its staff) and at least
    :data:`FAMILY_MIN` codes, no prefix naming a thing (:data:`THING_PREFIXES`) and numbers not all round. A closed
    list of things varies its letters (warehouses ``VAN01``, ``OUL03``; payment terms ``Z014``, ``NT00``; uses
    ``G01``, ``S01``, ``CP01``)."""
    distinct = {v.strip() for v in values if v.strip()}
    prefixes = {m.group(0).upper() if (m := _LETTERS.match(v)) else "" for v in distinct}
    if len(distinct) < FAMILY_MIN or len(prefixes) != 1 or "" in prefixes or prefixes & THING_PREFIXES:
        return False
    numbers = [int(d) for v in distinct if (d := "".join(c for c in v if c.isdecimal()))]
    if numbers and all(n % 10 == 0 for n in numbers):
        return False  # numbered by design (``SKU-100``, ``SKU-200``): a catalogue's steps, not staff handed numbers
    return person_number_codes(values)


#: Header words naming a non-personal thing or place a closed list of codes keys (a product, a warehouse, a terminal,
#: a plan, a payment term, a cost centre) in several languages: only such a header clears codes of a staff number's
#: form in a table of people (review of session 12, F1: ``rider_id``, ``livreur_code``, ``rm_code`` name staff the
#: lists never knew, so "some word besides id" is no proof of a thing).
THING_HEADER_WORDS = frozenset(
    "sku product products prod produkt producto produit prodotto produto item items article artikel articulo art "
    "artnr plu ean upc gtin material mat matnr part parts model variant warehouse wh whse lager almacen entrepot "
    "magazzino armazem depot store shop tienda loja filiale sucursal branch outlet plant site terminal pos till "
    "register device machine asset equipment tool vehicle truck fleet zone route ruta area region plan tier term "
    "terms payterm zterm payment pay category cat type class kind group grp segment channel canal program programme "
    "line lot batch bin shelf aisle location loc cost costcenter kostst kst merch merchant vendor "
    "supplier carrier currency unit uom tax vat gl ledger project campaign promo coupon tariff rate service "
    "tuotenro tuote varenr artikelnr fzg fahrzeug kfz veh "
    # whose record key it is when not staff's: a customer's number (a surrogate key, clear under the labelling policy)
    "customer cust kunde kunden kd client cliente klant asiakas abonnent subscriber member mitglied socio lane".split())


def thing_header_tokens(tokens: Sequence[str]) -> bool:
    """Whether header ``tokens`` name a non-personal thing a closed list of codes keys (:data:`THING_HEADER_WORDS`)."""
    return any(t in THING_HEADER_WORDS for t in tokens)


#: A staff number's looser forms (review of session 12, F2): a prefix of one to six letters in any case (``Lo-817``,
#: ``AGENT-246``), a separator including ``.`` (``LO.246``) and a number, or the number first (``817-LO``).
STAFF_LIKE = re.compile(r"^(?:[^\W\d_]{1,6}[-_ #/.]?\d{2,8}|\d{2,8}[-_ #/.]?[^\W\d_]{1,6})$")


def staff_like_codes(values: Sequence[str]) -> bool:
    """Whether ``values`` may be staff numbers whatever their prefixes: at least two distinct, nine in ten of a staff
    number's looser form (:data:`STAFF_LIKE`), no prefix naming a thing (:data:`THING_PREFIXES`) and numbers not all
    round. Several prefixes are no proof of things (officers numbered per branch: ``COU-418``, ``ARI-127``); used
    only in a table of people under a header that says nothing, where masking a few warehouses is the lesser harm."""
    distinct = {v.strip() for v in values if v.strip()}
    if len(distinct) < 2 or sum(1 for v in distinct if STAFF_LIKE.match(v)) < 0.9 * len(distinct):
        return False
    if {m.group(0).upper() for v in distinct if (m := _LETTERS.match(v))} & THING_PREFIXES:
        return False
    numbers = [int(d) for v in distinct if (d := "".join(c for c in v if c.isdecimal()))]
    return not (numbers and all(n % 10 == 0 for n in numbers))


#: Letter prefixes of staff numbers that name staff (``EMP-3472``, ``DRV4842``, ``STF0091``, ``PERS-12``).
STAFF_PREFIX = re.compile(r"^(?:EMP|EMPL|EMPLOYEE|STAFF|STF|DRV|DRIVER|PERS|PERSNR|MITARB|WORKER|WRK)[-_ #/]?\d{2,8}$",
                          re.IGNORECASE)


def staff_prefixed(texts: Sequence[str]) -> bool:
    """Whether nine in ten values are numbers after a prefix naming staff (:data:`STAFF_PREFIX`): the values say
    whose numbers they are, whatever the header (``/id``, ``f1``)."""
    return len(texts) >= 5 and sum(1 for t in texts if STAFF_PREFIX.match(t)) >= 0.9 * len(texts)
