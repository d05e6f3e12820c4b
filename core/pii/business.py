"""Contact data of a business is not personal data (issue 11).

A store's street, ZIP code, phone number, functional mailbox (``store0556@chain.com``) or map position
describe the business, not a person. :func:`business_column` recognises them: the table name or the header
names a business (``store_locations``, ``Store Phone``, ``suppliers``) and the header names no person's role
(``Store Manager``, ``Manager Email``, ``contact_person`` stay personal data), and the table is not one of
people (``bank_customers``: there a "company phone" may be a person's work phone). An e-mail column must also
hold functional mailboxes (``info@``, ``sales@``, ``store12@``, a local part seen at three domains or more),
not personal ones (``b.martinez@``). :func:`core.pii.decide.decide_table` asks only when the table's rows are
not people: no birth date, national id or other identity attribute, and no personal-name column other than
one under a role header (a hotel's guest register is a table of people, whatever its name says).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.detect import ValueProfile
from core.pii.headers import HeaderSignal
from core.pii.shape import cell_text

BUSINESS_WORDS = frozenset(
    "store stores shop shops branch branches location locations office offices warehouse warehouses site sites "
    "plant plants depot depots outlet outlets restaurant restaurants hotel hotels facility facilities supplier "
    "suppliers vendor vendors company companies merchant merchants atm atms station stations dealer "
    "dealers franchise franchises filiale filialen standort standorte lieferant lieferanten tienda tiendas sucursal "
    "sucursales proveedor proveedores magasin magasins fournisseur fournisseurs negozio negozi fornitore fornitori "
    "winkel winkels leverancier leveranciers loja lojas fornecedor fornecedores "
    "main hoved hovednr hovednummer hauptnummer zentrale switchboard reception rezeption centralino".split())
PERSON_ROLES = frozenset(
    "manager mgr owner contact person employee staff agent rep representative director head ceo officer "
    "responsible ansprechpartner inhaber leiter gerente responsable encargado propietario titolare referente "
    "eigenaar beheerder personal private home privat mobile mobil cell handy cellulare celular portable gsm "
    "kontakt kontaktperson direkte direct durchwahl privado privee "
    "residence residenza residencia residenz wohnort wohnsitz domicile domicilio heim hjem hem koti".split())
#: Stems of "supplier" and "vendor" in several languages, found inside a compound table name
#: (``leverandoerregister``, ``Lieferantenstamm``, ``dodavatele``).
BUSINESS_STEMS = ("supplier", "vendor", "leverand", "lieferant", "proveedor", "fournisseur", "fornitor",
                  "leverancier", "fornecedor", "dostawc", "dodavatel", "tedarik", "toimittaj", "szallit",
                  "leverantor", "furnizor", "merchant", "haendler", "store", "filial")
#: Table words that name people: a table of a bank's customers or a shop's members is a table of people.
PEOPLE_WORDS = frozenset(
    "cust customer customers client clients kunde kunden klant klanten cliente clientes clienti patient patients "
    "patienten employee employees staff personal personnel mitarbeiter empleados rrhh hr member members mitglieder "
    "user users contact contacts person persons people lead leads guest guests student students tenant tenants "
    "applicant applicants candidate candidates driver drivers passenger passengers pax donor donors voter voters "
    "subscriber subscribers account accounts holder holders borrower borrowers kaiin socios ospite ospiti huesped "
    "huespedes gast gaeste gaste hote hotes hospede hospedes gaest gaester patienter medlem medlemmar".split())
#: Entities a business has too: its address, phone, e-mail, position.
BUSINESS_ENTITIES = frozenset({"LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS"})
_MAILBOX = re.compile(r"^(?:info|sales|contact|support|service|office|admin|hello|team|store|shop|branch|orders?|"
                      r"billing|accounts?|help|kontakt|contacto|contatto|noreply|no-reply|[a-z]*\d+)[._-]?\d*@",
                      re.IGNORECASE)


def _words(text: str | None) -> set[str]:
    from core.vocab.tokens import split_tokens

    return set(split_tokens(text or ""))


def role_header(header: str) -> bool:
    """Whether a header names a person by their role for a business (``Store Manager``, ``Kontaktperson``)."""
    return bool(_words(header) & PERSON_ROLES)


def business_header(header: str) -> bool:
    """Whether a header names a business or a thing (``Store Name``, ``Firmanavn`` is no such word: the values
    decide), so the names under it are not people's."""
    from core.pii.headers import THING_WORDS

    return bool(_words(header) & (BUSINESS_WORDS | THING_WORDS))


def _roles(texts: Sequence[str]) -> set[str]:
    """Local parts used at three domains or more (``bogholderi@fyns.dk``, ``bogholderi@jysk.dk``): the mailbox of a
    function every business has; a person's local part (``rasjen@``) is seen at one domain."""
    domains: dict[str, set[str]] = {}
    for t in texts:
        local, _, domain = t.casefold().partition("@")
        domains.setdefault(local, set()).add(domain)
    return {local for local, ds in domains.items() if len(ds) >= 3}


def business_column(table: str | None, header: str, signal: HeaderSignal, profile: ValueProfile,
                    values: Sequence[object], *, business_rows: bool = True) -> str | None:
    """Why this column holds a business's own contact data (so it may stay in clear), or None. ``business_rows``:
    the values show the rows are businesses (a column of company names or of names under a business header); without
    it only a header naming the business (``Store Phone``) or functional mailboxes (value evidence) clear a column,
    never the table's name alone (``suppliers.phone`` may be the contact person's mobile)."""
    words = _words(header)
    if words & PERSON_ROLES:
        return None
    in_header = bool(words & BUSINESS_WORDS)
    table_words = _words(table)
    if any(len(t) > len(w) + 3 and w in t for t in table_words for w in BUSINESS_STEMS):
        table_words |= {"supplier"}
    if table_words & PEOPLE_WORDS or not (in_header or table_words & BUSINESS_WORDS):
        return None  # in a table of people, a "company phone" may be a person's work phone
    if not (in_header or signal.pii or profile.entity == "EMAIL_ADDRESS"):
        return None  # a header that says nothing cannot say it is not the manager's mobile (mailboxes: below)
    if not (in_header or business_rows or profile.entity == "EMAIL_ADDRESS"):
        return None  # the table's name alone: the rows must show they are businesses (mailboxes: below)
    entity = signal.entity if signal.pii else profile.entity
    if entity not in BUSINESS_ENTITIES or (profile.entity and profile.entity not in BUSINESS_ENTITIES):
        return None
    if entity == "EMAIL_ADDRESS":
        texts = [t for v in values if (t := cell_text(v))]
        if not texts or sum(1 for t in texts if _MAILBOX.match(t) or t.split("@")[0].casefold() in _roles(texts)) \
                / len(texts) < 0.8:
            return None
    return f"{entity} of a business (the table or header names a business, no person's role)"
