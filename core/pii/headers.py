"""What a column header says about personal data (issue 11): PII, known-safe, or nothing.

Two sources, both data (no learning): the domain catalog's aliases (``assets_config/domains``, many
languages and naming styles), read from the shipped seed so masking does not move when a reviewer
promotes an alias; and the token lists below, which catch compound and terse headers the aliases
miss (``cust_email_addr``, ``pwd_hash``, ``cc_exp``). A header is never enough to *clear* a column:
the values must also show a safe kind (:mod:`core.pii.decide`); a PII header always masks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from core.pii.header_words import EVENT_STEMS, PII_TOKENS, SAFE_SUFFIXES, SAFE_TOKENS
from core.pii.number_marks import NUMBER_MARKS
from core.pii.staff import STAFF_DOMAINS, STAFF_ROLE_WORDS, staff_number_header

#: Catalog domains flagged ``pii: false`` whose values still describe one person (an age, a salary,
#: a customer number, a job title next to a name): a header naming them does not make a column safe.
PERSONAL_DOMAINS = frozenset({"person.age", "address.city", "geo.latitude", "geo.longitude", "geo.coordinates",
                              "text.notes", "text.description", "text.title",
                              "id.tracking_number", "id.vin", "web.url", "web.user_agent", "web.domain_name"})
#: Catalog domains flagged ``pii: true`` whose values are a small vocabulary shared by many people (gender,
#: nationality): their header alone does not mask; the value rules decide (a vocabulary stays in clear).
SHARED_ATTRIBUTE_DOMAINS = frozenset({"person.gender", "person.nationality"})
#: The catalog domain of marital / civil status. Unlike gender it is masked under any header naming it (session 15):
#: a civil partnership or a same-sex marriage tells a person's sexual orientation (a special category under GDPR
#: Art. 9), a widowhood or a divorce is an event of one person's life, and the golden sets' labelling policy marks it
#: personal (``assets_config/golden_pii/README.md``).
MARITAL_DOMAIN = "person.marital_status"
#: The catalog domain of a person's age: a header that is one of its aliases names the AGE entity (session 15).
AGE_DOMAIN = "person.age"
#: Words naming the record a number identifies (``customer_id``, ``Nº Empleado``, ``userId``): such a number
#: is an internal key, not personal data by itself (a national id, a card or an account number is).
RECORD_WORDS = frozenset("customer cust client kunde kunden kd kdn user usr member mitglied employee emp empl empleado "
                         "mitarbeiter order pedido bestellung commande ordine invoice record row line item product "
                         "article artikel contact lead ticket case session event transaction txn booking reservation "
                         "subscriber subscription contract vertrag contrato klant kaiin socio cliente prenotazione "
                         "reserva buchung reservierung boeking rezervasyon ugyfel szerzodes".split())
ID_WORDS = frozenset("id nr no num number nummer numero номер key code cd ref uid uuid guid codice codigo kod kode "
                     "azon szam".split())

#: Which entity a header with several PII words names (``cc_exp`` is an expiry date, not a card number).
ENTITY_PRIORITY = ("CARD_SECURITY_CODE", "CARD_EXPIRY", "PIN", "PASSWORD", "SECRET", "MAIDEN_NAME", "DATE_OF_BIRTH",
                   "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "BANK_ACCOUNT", "NATIONAL_ID",
                   "USERNAME", "GENDER", "AGE", "LOCATION", "EMPLOYEE_ID", "PERSON")

#: A last word (or first word) that makes the header name a *property* of personal data, not the data
#: (``email_verified``, ``phone_type``, ``has_email``, ``name_count``).
PROPERTY_WORDS = frozenset("verified confirmed validated valid opt optin opted optout consent bounced bounce flag flg "
                           "yn ind count cnt type status format domain provider allowed enabled sent source channel "
                           "length len changed updated attempts failed reset expired policy strength kind at on time "
                           "date dt ts timestamp datetime brand network scheme issuer country currency category level "
                           "tier product program".split())
#: Entities a property word does not turn off (``admission_date`` is a health date, ``dob_date`` a birth date).
_PROPERTY_IMMUNE = frozenset({"DATE_OF_BIRTH", "SENSITIVE", "CARD_EXPIRY"})
PROPERTY_PREFIXES = frozenset("is has can do not no allow send num count".split())
#: Prefixes that read "number of" (``num_emails``) or "the number" (``Núm. CASS``, ``No. passport``): before a word of
#: a number a state or an employer gives one person (:data:`_NUMBERED`) they name that number; nobody counts their tax
#: ids (session 13).
NUMBER_PREFIXES = frozenset("num no".split())
_NUMBERED = frozenset({"NATIONAL_ID", "EMPLOYEE_ID"})


#: ``name`` next to one of these words names a thing, not a person (``merchant_name``, ``bank_name``).
NAME_WORDS = frozenset({"name", "names", "nm", "nme"})
THING_WORDS = frozenset("company firm org organization organisation merchant vendor supplier shop store bank branch "
                        "product item article file host domain brand plan department dept team project campaign "
                        "city town country region street hotel school hospital insurer insurance employer "
                        "event evt screen page view step task job metric tag label field column table report "
                        "test analysis queue topic process app os "
                        "firma empresa societe entreprise azienda unternehmen".split())


@dataclass(frozen=True)
class HeaderSignal:
    """What a header says: ``pii`` (with the entity, when known), ``safe``, or neither."""

    pii: bool = False
    entity: str | None = None
    safe: bool = False
    domain: str | None = None
    #: The header names an event of the record's life (created, paid, ordered: :mod:`core.pii.events`).
    event: bool = False
    #: The header itself (for the checks that a safe header fits the values: :mod:`core.pii.fit`).
    text: str = ""


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, tuple[str, bool, str | None]], frozenset[str]]:
    from core.vocab.catalog_loader import load_domain_catalog
    from core.vocab.tokens import normalize_alias

    index: dict[str, tuple[str, bool, str | None]] = {}
    negatives: set[str] = set()
    for d in load_domain_catalog().domains:
        for alias in d.aliases:
            index.setdefault(normalize_alias(alias), (d.id, d.pii, d.pii_entity))
        negatives.update(normalize_alias(n) for n in d.negatives)
    return index, frozenset(negatives)


#: Type prefixes of Hungarian notation (``strStatus``, ``lngContractNo``, ``dtCreated``): no meaning of their own
#: (``str`` would read as street, ``lng`` as longitude).
HUNGARIAN = re.compile(r"^(?:str|sz|int|lng|dbl|dec|cur|flt|bln|bool|chr|obj|dt|dtm)(?=[A-Z][a-z])")
#: Words that name whose record a dotted path's parents belong to (``contact.properties.county``), not a kind of
#: personal data: under them the leaf decides.
SUBJECT_ENTITIES = frozenset({"PERSON", "SENSITIVE"})


#: Words naming an administrative unit finer than a state or province (a county, a district, a municipality):
#: HIPAA counts every geographic subdivision smaller than a state among a person's identifiers, and the catalog's
#: state/province aliases include ``county``, so such a header never makes a column safe; the values decide.
SUBREGION_WORDS = frozenset(
    "county counties cnty comarca municipio municipality municipalite commune comuna kommune gemeinde kreis "
    "landkreis bezirk powiat gmina concelho freguesia arrondissement parish borough ward township distrito "
    "district barangay kecamatan kabupaten canton okres obec opstina opcina ilce raion rayon tehsil taluk "
    "mandal suco aldeia corregimiento localidad".split())
#: A legacy field name glued to a short table prefix (JD Edwards ``ABUSER``, AS/400 ``CUNAME``): one upper-case
#: token whose rest, read alone, may name personal data.
_PREFIXED_FIELD = re.compile(r"[A-Z]{2,3}[A-Z0-9]{4,10}")


def header_signal(header: str) -> HeaderSignal:
    """The :class:`HeaderSignal` of one header (see module docstring). A dotted path
    (``data.object.customer.email``) is read by its leaf, and by its parents only when the leaf says nothing
    and they name a kind of personal data (``billing.address.line1``), not just whose record it is. A header
    naming a unit finer than a province (:data:`SUBREGION_WORDS`) is never safe, and a legacy field's prefix is
    dropped when the rest names personal data (:data:`_PREFIXED_FIELD`: only ever masks more)."""
    from core.pii.events import business_event_header
    from core.vocab.tokens import split_tokens

    text = header.strip()
    sig = _signal_of(HUNGARIAN.sub("", text))
    if sig.safe and SUBREGION_WORDS & set(split_tokens(text)):
        sig = HeaderSignal()
    if not sig.pii and not sig.safe and _PREFIXED_FIELD.fullmatch(text):
        rest = next((r for r in (_plain_signal(text[2:]), _plain_signal(text[3:])) if r.pii), None)
        sig = rest or sig
    return replace(sig, text=header, event=not sig.pii and business_event_header(header))


def _signal_of(header: str) -> HeaderSignal:
    from core.vocab.tokens import split_tokens

    if _marital_phrase([t for t in split_tokens(header) if not t.isdecimal()]):  # under any parent or leaf
        return HeaderSignal(pii=True, entity="MARITAL_STATUS", domain=MARITAL_DOMAIN)
    parts = [p for p in header.split(".") if p]
    if len(parts) >= 2 and all(re.fullmatch(r"[\w\[\]-]+", p) for p in parts):
        leaf = _plain_signal(parts[-1])
        if leaf.pii or leaf.safe or leaf.domain:
            return leaf
        parents = _plain_signal(" ".join(parts[:-1]))
        return parents if parents.pii and parents.entity not in SUBJECT_ENTITIES else leaf
    return _plain_signal(header)


def _plain_signal(header: str) -> HeaderSignal:
    from core.vocab.tokens import normalize_alias, split_tokens

    index, _ = _alias_index()
    norm = normalize_alias(header)
    tokens = [t for t in split_tokens(header.replace("№", " No ")) if not t.isdecimal()]
    joined = "".join(tokens)
    hit = index.get(norm) or index.get(joined)
    bare = [t for t in tokens if t not in NUMBER_MARKS]  # ``Permis de conduire N°``, ``MyKad No``: the number's name
    named = index.get(" ".join(bare)) or index.get("".join(bare)) if hit is None and 0 < len(bare) < len(tokens) \
        else None
    if named is not None and not (named[0] in STAFF_DOMAINS or named[1] and _numbered_entity(named[2])):
        named = None
    marital = hit is not None and hit[0] == MARITAL_DOMAIN or _marital_phrase(tokens)
    if marital:  # ``SPBPERS_MRTL_CODE``, ``maritalStatus.coding[0].code``, ``estado_civil_cliente``
        return HeaderSignal(pii=True, entity="MARITAL_STATUS", domain=MARITAL_DOMAIN)
    if hit is not None:
        dom, pii, entity = hit
        if dom in SHARED_ATTRIBUTE_DOMAINS:
            return HeaderSignal(domain=dom)
        if dom in STAFF_DOMAINS:  # a staff number is a pseudonymous identifier of a person (core.pii.staff)
            return HeaderSignal(pii=True, entity="EMPLOYEE_ID", domain=dom)
        if pii:
            return HeaderSignal(pii=True, entity=entity or "PERSONAL_DATA", domain=dom)
        if dom not in PERSONAL_DOMAINS:
            return HeaderSignal(safe=True, domain=dom)
    words = [t for t in tokens if t not in ("s", "o")]
    staff = staff_number_header(tokens)
    if len(words) >= 2 and not staff and ((words[-1] in ID_WORDS and all(t in RECORD_WORDS for t in words[:-1]))
                            or (words[0] in ID_WORDS | {"n"} and all(t in RECORD_WORDS for t in words[1:]))):
        return HeaderSignal(safe=True, domain="id.record_id")
    prop = bool(tokens) and (tokens[-1] in PROPERTY_WORDS or tokens[0] in PROPERTY_PREFIXES) and len(tokens) > 1
    found = [PII_TOKENS[t] for t in [*tokens, joined, "".join(bare)] if t in PII_TOKENS
             and not (t in NAME_WORDS and any(o in THING_WORDS for o in tokens))]
    heads = [t for t in tokens if t not in ID_WORDS]
    if heads and heads[-1] in STAFF_ROLE_WORDS:  # a loan officer, a courier (core.pii.staff); not ``advisor_fee`` (F4)
        found.append("PERSON")
    if prop:
        immune = _PROPERTY_IMMUNE | (_NUMBERED if tokens[-1] not in PROPERTY_WORDS and tokens[0] in NUMBER_PREFIXES
                                     else frozenset())
        found = [e for e in found if e in immune]
    from core.pii.events import actor_header

    if staff:
        found.append("EMPLOYEE_ID")
    if actor_header(tokens):
        found.append("USERNAME")  # ``created_by``: the clerk who did it
    found += [e for stem, e in EVENT_STEMS.items() if any(stem in t for t in [*tokens, joined])]
    if not found and named is not None:  # review of session 13, F1: a personal number's name and a number word
        return HeaderSignal(pii=True, entity="EMPLOYEE_ID" if named[0] in STAFF_DOMAINS else named[2], domain=named[0])
    if found:
        entity = min(found, key=lambda e: ENTITY_PRIORITY.index(e) if e in ENTITY_PRIORITY else len(ENTITY_PRIORITY))
        return HeaderSignal(pii=True, entity=entity, domain=hit[0] if hit else None)
    if hit is not None and hit[0] == AGE_DOMAIN:  # a catalog alias of age (``Umur``): ages in years only clear
        return HeaderSignal(pii=True, entity="AGE", domain=hit[0])  # (core.pii.attributes, session 15)
    if hit is not None:
        return HeaderSignal(domain=hit[0])
    # ``paciente__provincia``: whose, then what (a bare id word is no such leaf: ``tagg_id`` is a key tag's number)
    leaf = index.get(tokens[-1]) if len(tokens) >= 2 and tokens[-1] not in ID_WORDS else None
    if leaf is not None and not leaf[1] and leaf[0] not in PERSONAL_DOMAINS:
        return HeaderSignal(safe=True, domain=leaf[0])
    if tokens and any(t in SAFE_TOKENS or (len(t) > 6 and t.endswith(SAFE_SUFFIXES)) for t in tokens):
        return HeaderSignal(safe=True)
    return HeaderSignal()


@lru_cache(maxsize=1)
def _marital_aliases() -> frozenset[str]:
    """The catalog's aliases of marital status, normalised, with and without their spaces (``marital status``,
    ``maritalstatus``, ``estado civil``, ``familienstand``)."""
    index, _ = _alias_index()
    names = [a for a, (dom, _pii, _entity) in index.items() if dom == MARITAL_DOMAIN]
    return frozenset([*names, *(a.replace(" ", "") for a in names)])


def _marital_phrase(tokens: Sequence[str]) -> bool:
    """Whether some run of one to three header tokens, abbreviations expanded (``mrtl`` -> ``marital``), is an
    alias of marital status: the phrase inside a prefixed or suffixed header (``SPBPERS_MRTL_CODE``,
    ``cliente_estado_civil``)."""
    from core.vocab.tokens import expand_abbreviations

    words = list(expand_abbreviations(tuple(tokens)))
    aliases = _marital_aliases()
    return any(" ".join(words[i:i + n]) in aliases or "".join(words[i:i + n]) in aliases
               for n in (1, 2, 3) for i in range(len(words) - n + 1))


def _numbered_entity(entity: str | None) -> bool:
    """Whether a catalog entity is a number given to one person (an id, a licence, a passport), not a contact."""
    return bool(entity) and any(w in (entity or "") for w in ("ID", "LICENSE", "PASSPORT", "SSN", "TAX"))


def id_header(header: str) -> bool:
    """Whether ``header`` names the number or key of some record (``FZG_NR``, ``Nº Amostra``, ``uid``,
    ``no_tiket``) and no personal data: an id word and no personal-data token nor alias. The values decide
    whether it is a key the system handed out (:func:`core.pii.evidence.packed_keys`)."""
    from core.vocab.tokens import split_tokens

    tokens = [t for t in split_tokens(header.replace("№", " No ")) if not t.isdecimal()]
    if not tokens or not any(t in ID_WORDS or (t == "n" and i == 0) or _id_compound(t) for i, t in enumerate(tokens)):
        return False
    sig = header_signal(header)
    return not sig.pii and not any(t in PII_TOKENS or t in STAFF_ROLE_WORDS or any(w in t for w in PERSONAL_STEMS)
                                   for t in [*tokens, "".join(tokens)])


#: Word stems of personal numbers in several languages (``person-nr``, ``Versicherungsnr``, ``kimlikNo``): a
#: header holding one is never taken for a record key.
PERSONAL_STEMS = ("post", "zip", "plz", "tel", "fon", "phone", "pers", "card", "acc", "konto", "versich", "insur",
                  "social", "sozial", "kimlik", "ktp", "ident", "pass", "ausweis", "licen", "steuer", "tax", "fisc",
                  "health", "sante", "salud", "patient", "nhs", "sns", "secu", "medic", "birth", "geburt", "szemely")

#: Endings that make one word the number of a record (``TILNRO``, ``Kundennr``, ``Bestellnummer``, ``custno``).
ID_SUFFIXES = ("nro", "nr", "nummer", "numero", "no", "num", "id")


def _id_compound(token: str) -> bool:
    """A compound word ending in an id word whose first part names no personal data (``postinro``, a postal code,
    and ``telnr`` do; ``tilnro``, ``kundennr`` do not)."""
    for suffix in ID_SUFFIXES:
        head = token[:-len(suffix)]
        if token.endswith(suffix) and (len(head) >= 3 or head in RECORD_WORDS):  # ``kdnr``: Kunden-Nr.
            return not any(head.startswith(p) or p.startswith(head) for p in [*PII_TOKENS, *STAFF_ROLE_WORDS]
                           if len(p) >= 3)
    return False


#: Generic column prefixes of coded headers (``f12``, ``col_q``, ``C23``, ``column_12``, ``field 7``).
_CODED = re.compile(r"^(?:f|c|col|column|field|fld|attr|var|x|v|feld|campo|kolumne|spalte)?[\s_.-]?(?:\d{1,4}|[a-z])$",
                    re.IGNORECASE)


def coded_header(header: str | None) -> bool:
    """Whether a header says nothing at all: empty, a bare number or letter, or a generic prefix with one
    (``f18``, ``col_q``, ``C23``, ``column_12``). Under such a header only the values can speak."""
    text = (header or "").strip()
    return not text or bool(_CODED.fullmatch(text))
