"""Deny by default (issue 11): which columns may be stored in clear, decided per table.

A column is stored in clear only when its header does not name personal data, no personal-data
entity shows in its values, and its values are of a kind that carries none (:data:`SELF_EVIDENT`
kinds alone; :data:`WITH_HEADER` kinds only under a header that names a non-personal kind, e.g.
``order_id`` over unique integers, ``ship_date`` over dates). Every other column is masked — whatever
its header says or does not say. The entity reported for a masked column (for domaining) comes from
the values when they are certain, else from the header, else from the personal-name lexicons or the
company of other person columns in the table (a column of capitalised words next to e-mail addresses
and birth dates is taken for names even when the lexicons know few of them).

Stricter in a table of people (the leak classes of the PII golden set, ``tests/pii/test_leak_classes.py``): a
business-contact rule is not asked when the rows are people (identity attributes, or personal names not under a
role header); postal-code shapes and logins spelled from names are no vocabulary to clear; and under a header
that says nothing (:func:`core.pii.headers.coded_header`) a date or a time not stamped by a system to the second
(:func:`core.pii.evidence.machine_stamped`) may be the person's own (an admission) and stays masked; so do keys
handed out in sequence under a header naming no key (a staff number is a person's identifier: :mod:`core.pii.staff`).

Cells that only say a value is missing (``-``, ``N/A``, ``NULL``: :func:`core.pii.shape.missing_cell`) are decided as
empty cells. Ages are counted from ``as_of``, the run's day (default :func:`core.pii.detect.reference_day`), never
the clock; without it no date column is cleared for holding no birth dates (a child's age needs a day to count from:
``undated_births`` of :func:`core.pii.detect.profile_values`) unless its header names a non-personal kind (an event
header such as ``registered`` no longer: a later run masks the same dates), so a call without a run masks more, never
less.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from core.pii.address_numbers import address_numbers
from core.pii.amounts import clock_or_day, decimal_measures
from core.pii.attributes import attribute_values
from core.pii.banks import bic_codes
from core.pii.business import business_column, business_header, role_header
from core.pii.categories import category_vocabulary
from core.pii.coarse import COUNTRY_SHARE_MIN, NATIONALITY_SHARE_MIN, country_share, small_number_vocabulary
from core.pii.coords import coordinate_column, coordinate_pairs
from core.pii.decision import ColumnDecision
from core.pii.detect import ValueProfile, profile_values
from core.pii.disguised import disguised_columns
from core.pii.evidence import (
    letter_codes,
    machine_stamped,
    object_ids,
    packed_keys,
    postal_like,
    quantity_vocabulary,
    symbol_vocabulary,
    template_text,
)
from core.pii.fit import bare_code_header, header_fits
from core.pii.headers import HeaderSignal, header_signal, id_header
from core.pii.health import care_dates
from core.pii.initial_logins import initial_logins
from core.pii.lone_values import lone_personal_value
from core.pii.marital import marital_codes
from core.pii.measures import counted_identifiers, measure_header
from core.pii.numbered import unknown_numbered
from core.pii.occupations import occupation_header, occupation_vocabulary
from core.pii.organisations import locality_values, organisation_list, place_header
from core.pii.person_ids import mask_letter_digit_ids, with_national_ids
from core.pii.proof import magnitude_proof, product_codes, record_key_proof, vocabulary_proof
from core.pii.regions import region_vocabulary
from core.pii.shape import cell_text, missing_cell
from core.pii.shared_values import shared_codes
from core.pii.staff import staff_code_family, staff_prefixed
from core.pii.status import status_vocabulary
from core.pii.system_values import personnummer_like, row_header, row_ordinals, stamp_window
from core.pii.table_rules import (
    business_rows,
    card_data_without_pan,
    closed_codes,
    event_attributes,
    serving_staff_codes,
    shared_constant,
    thing_key_header,
)
from core.pii.value_tests import (
    LOGIN_MIN,
    NAMES_KNOWN_MIN,
    company_names,
    enum_vocabulary,
    full_names,
    known_names,
    login_names,
    organisation_vocabulary,
    small_counts,
    vocabulary_clear,
)
from core.pii.vins import vin_like
from core.vocab.tokens import split_tokens

#: Value kinds that carry no personal data whatever the header (when the header does not name any).
SELF_EVIDENT = frozenset({"bool", "amount", "timestamp", "time", "sequence", "vocabulary", "barcode"})
#: Value kinds a record key can take (numbers, codes, digit strings a phone test also accepts).
KEY_KINDS = frozenset({"count", "number_unique", "number_id", "code", "sequence", "identifier", "username"})
#: Value kinds stored in clear only under a header that names a non-personal kind AND with value evidence: a
#: vocabulary proof (:func:`core.pii.proof.vocabulary_proof`) for any of them, a magnitude proof for the numbers
#: of :data:`MEASURED`, none more for dates (their birth-date and people-table tests come first). A header alone
#: clears no high-cardinality text or number (a card PIN under a header read as a VAT number, round 2).
WITH_HEADER = frozenset({"count", "number_unique", "number_id", "date", "code", "words", "names", "initial", "uuid"})
MEASURED = frozenset({"count", "number_unique", "number_id"})
#: Catalog domains of shared attributes whose header lets a small vocabulary of capitalised words stay in clear.
SHARED_DOMAINS = frozenset({"person.gender", "person.nationality"})  # marital status masks (core.pii.headers)
#: The catalog domain of a header naming a first-level region (:func:`core.pii.regions.region_vocabulary`).
REGION_DOMAIN = "address.state_province"
#: Value kinds whose MASK decision may differ in a table of people (names become PERSON, a date is masked by the
#: people-table rule before the birth-date fallback). Every other rule that reads ``person_table`` only masks more,
#: so a column masked without it is masked with it for the same reason: :func:`decide_table` decides it once.
PERSON_DEPENDENT_KINDS = frozenset({"names", "date", "timestamp"})
#: Entities whose distinct values count the people of a table (for the shared-constant rule).
KEY_ENTITIES = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD",
                          "BANK_ACCOUNT", "PERSON"})
#: Entities that make a table a table of people (for the co-occurrence rule).
PERSON_ENTITIES = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "US_SSN", "NATIONAL_ID",
                             "LOCATION", "CREDIT_CARD", "IBAN_CODE", "USERNAME", "GENDER", "MAIDEN_NAME"})
#: Entities only a person has (a business has no birth date, national id, sex or mother's maiden name): one of them
#: in a table makes its rows people, whatever the table's name says (``registro_ospiti_hotel`` is no hotel list).
IDENTITY_ENTITIES = frozenset({"DATE_OF_BIRTH", "US_SSN", "NATIONAL_ID", "MAIDEN_NAME", "GENDER", "PASSPORT",
                               "NRP", "AGE", "DE_TAX_ID", "DRIVER_LICENSE", "ES_NIF", "FR_NIR", "UK_NINO",
                               "MEDICAL_RECORD", "PLACE_OF_BIRTH", "MARITAL_STATUS", "SENSITIVE"})




def decide_column(column: str, values: Sequence[object], *, person_table: bool = False,
                  header: HeaderSignal | None = None, profile: ValueProfile | None = None,
                  as_of: date | None = None) -> ColumnDecision:
    """The decision for one column (see module docstring); ``as_of``: the day ages are counted from
    (:func:`core.pii.detect.profile_values`)."""
    h = header or header_signal(column)
    p = profile or profile_values(values, as_of=as_of)

    def mask(entity: str | None, reason: str) -> ColumnDecision:
        return ColumnDecision(column=column, clear=False, entity=entity, reason=reason)

    def clear(reason: str) -> ColumnDecision:
        return ColumnDecision(column=column, clear=True, reason=reason)

    if p.kind == "empty":
        return clear("no values")
    texts = [t.strip() for v in values if (t := cell_text(v)) is not None and t.strip()]
    if h.pii and attribute_values(h.entity, p, texts):  # ages, diagnosis codes, booleans: core.pii.attributes
        return clear(f"header names {h.entity}, values are a non-identifying attribute ({p.kind})")
    if h.pii:
        entity = p.entity if p.entity and p.entity_share >= 0.8 else h.entity
        return mask(entity, f"header names {h.entity}")
    key_header = id_header(column) and not (person_table and unknown_numbered(column))  # review of session 13, F1
    if staff_prefixed(texts):
        return mask("EMPLOYEE_ID", "values are staff numbers (a prefix naming staff: EMP, DRV, STAFF)")
    if person_table and p.entity is None and serving_staff_codes(texts, h, column):  # before any clear (review F1, F2)
        return mask("EMPLOYEE_ID", "codes of a staff number's form in a table of people under a header naming no "
                    "known thing: the staff serving the rows (core.pii.table_rules.serving_staff_codes)")
    if h.safe and p.shares.get("epoch_s") and not personnummer_like(texts):
        return clear("Unix times in seconds under a non-personal header")
    # core.pii.system_values; values read as phones under a header that says nothing stay masked (review, session 11)
    if (h.safe or not p.entity) and stamp_window(texts):
        return clear("Unix times in seconds within a month of each other (one system's events)")
    if row_ordinals(texts) and row_header(h.text or column):
        return clear("row numbers (exactly 0..n-1 or 1..n, each once): where a row stood in the file")
    if p.kind in KEY_KINDS and p.entity in (None, "PHONE_NUMBER") and (p.entity is None or all(
            t.isdecimal() for t in texts)) and (h.domain == "id.record_id" or key_header) and packed_keys(texts):
        return clear("keys handed out in order (packed numbers after a common prefix) under a record-key header")
    if p.shares.get("birth_spread") and (h.event or h.safe and not person_table):  # an event header over people
        return clear("dates spread over decades under a non-personal header (business events, not births)")
    if p.entity == "SECRET" and (h.domain == "id.record_id" or id_header(column)) and object_ids(texts):
        return clear("API object ids (one type prefix, no credential's) under a record-key header")
    if p.entity is None and decimal_measures(texts):
        return clear("decimal amounts or measures of varied magnitude (no coordinate, date or time)")
    if p.entity:
        return mask(p.entity, f"values are {p.entity} ({p.entity_share:.0%})")
    if not h.safe and marital_codes(texts, person_table=person_table):
        return mask("MARITAL_STATUS", "letter codes of a civil-status code list (S M D W, S C D V, L V G W...) under a "
                    "header naming no non-personal kind (core.pii.marital)")
    if not h.safe and coordinate_column(texts):
        return mask("LOCATION", "values read as geographic coordinates (a person's or a site's: values cannot tell; "
                    "a header naming a site or a vehicle clears them)")
    if record_key_header(h, column) and (key_header or not id_header(column)) and record_key_proof(texts) \
            and not vin_like(texts):
        return clear("record keys under a record-key header (one width; numbers from one block or codes after one "
                     "literal prefix)")
    # codes of one staff family in a table of people are the staff serving them (a loan officer's ``LO-127``, a
    # courier's): no vocabulary of things unless the header names a thing (core.pii.staff, session 12)
    staff_codes = person_table and staff_code_family(texts) and not thing_key_header(h, column)
    if p.kind in ("names", "words", "text", "code") and region_vocabulary(
            texts, region_header=h.domain == REGION_DOMAIN and not h.pii):
        return clear("first-level regions (provinces, states, oblasts: ISO 3166-2 names no city bears), each shared "
                     "by many people")
    if p.kind in ("names", "words", "text", "code") and status_vocabulary(texts):
        return clear("workflow statuses (active, closed, overdue... in many languages), each on many rows")
    if p.kind in ("names", "words", "text", "code") and not staff_codes and category_vocabulary(texts):
        return clear("business categories (payment methods, channels, customer types, tiers, terms, kinship... in "
                     "many languages), each on many rows")
    placed = place_header(h.text or column)  # organisation words under a place header name places (Bank Colony)
    if p.kind in ("names", "words", "text", "code") and not placed and company_names(texts):
        return clear("company names (nine in ten carry a legal form or an organisation word)")
    if p.kind in ("names", "words", "text") and not placed and (
            organisation_vocabulary(p, texts) or organisation_list(texts)):
        return clear(f"a few organisations ({p.distinct}, most with a legal form or an organisation word), each on "
                     "many rows (buyers, clubs, employers: k-anonymous)")
    if p.kind in ("names", "words", "text", "code") and not staff_codes and occupation_header(
            h.text or column, h.domain) and occupation_vocabulary(texts):
        return clear("occupations (job words in several languages, each on many rows) under an occupation header")
    enum = enum_vocabulary(p) and (p.kind != "text" or symbol_vocabulary(texts))
    if p.kind in ("names", "words", "code", "text") and not enum:
        known = known_names(texts)
        if known >= NAMES_KNOWN_MIN or (p.kind == "names" and person_table and not h.safe):
            return mask("PERSON", f"values look like personal names (lexicons know {known:.0%})")
    if p.kind == "text" and template_text(texts, p.distinct, known_names([t.split()[0] for t in set(texts)])):
        return clear("system-generated text (repeated sentences, no capitalised word inside them)")
    if p.kind == "username" and not (enum and h.safe):
        return mask("USERNAME", "values look like user names")
    if p.kind in ("code", "words", "names", "text") and login_names(texts) >= LOGIN_MIN:
        return mask("USERNAME", "values look like logins built from personal names (initial + surname)")
    if person_table and not h.safe and p.kind in ("code", "words", "names", "text") and initial_logins(texts):
        return mask("USERNAME", "values look like logins (an initial glued to a word: kfarlow) in a table of people "
                    "(core.pii.initial_logins)")
    if p.kind in ("names", "words", "text") and not staff_codes and occupation_header(h.text or column, h.domain):
        return mask(None, "capitalised words under an occupation header that are no occupations (names, towns: "
                    "core.pii.occupations)")
    if person_table and p.kind in ("timestamp", "date") and not h.event and not machine_stamped(texts):
        return mask(None, f"{p.kind} values in a table of people under a header that names no business event (an "
                    "admission, an appointment or a document's expiry is the person's own)")
    if p.kind == "sequence" and person_table and not (h.safe or h.domain or id_header(h.text or column)):
        return mask(None, "keys handed out in sequence in a table of people under a header that names no key: the "
                    "people's own numbers, an employee's number among them (core.pii.staff)")
    if p.kind in SELF_EVIDENT and not (p.kind == "amount" and clock_or_day(texts)):  # 17.06, 9.30: dates, times
        return clear(f"{p.kind} values, header names no personal data")
    if p.kind == "count" and small_counts(texts) and (h.safe or not person_table):  # house numbers, floors
        return clear("small counts (most below 100), header names no personal data")
    if p.kind == "date" and p.shares.get("birth_like", 1.0) < 0.9 and p.shares.get("undated_births", 0.0) < 0.9:
        # without a day no header tells: a later run would count the same dates as children's births (round 3)
        return clear("dates that are not birth dates, header names no personal data")
    if person_table and not h.safe and not h.domain and lone_personal_value(texts):
        return mask(None, "one value of a personal form (a login, a staff code, initials, a name) on every row of a "
                    "table of people: one person's, not a vocabulary (core.pii.lone_values)")
    proof = vocabulary_proof(texts, person_table=person_table, header_safe=h.safe)
    if enum and proof and not staff_codes and p.kind not in ("names",) and vocabulary_clear(p, texts, person_table,
                                                                             h):
        return clear(f"small repeated vocabulary ({p.distinct} values)")
    if enum_vocabulary(p) and (h.safe or h.domain in SHARED_DOMAINS) and not (person_table and postal_like(texts)) \
            and not staff_codes \
            and not (person_table and locality_values(texts)) \
            and (proof or h.domain in SHARED_DOMAINS and vocabulary_proof(texts, person_table=False, header_safe=True)):
        return clear(f"small repeated vocabulary ({p.distinct} values) under a non-personal header")
    if p.kind in ("code", "words", "names", "text") and country_share(texts) >= (
            NATIONALITY_SHARE_MIN if h.domain == "person.nationality" else COUNTRY_SHARE_MIN):
        return clear("countries (codes or names): a coarse attribute shared by millions")
    if p.kind == "count" and small_number_vocabulary(texts):
        return clear(f"a few small numbers ({p.distinct}), each shared by many rows (codes of a closed list)")
    if p.kind == "code" and bic_codes(texts):
        return clear("bank identifier codes (BIC: bank, country, location, branch), shared by a bank's customers")
    if p.kind == "code" and letter_codes(texts):
        return clear("three-letter codes (countries, currencies, airports) that repeat over the rows (k-anonymous)")
    if p.kind == "code" and h.domain == "id.sku" and product_codes(texts):
        return clear("product codes (letters and digits of one shape) under a header naming a product key")
    if p.kind == "uuid" and record_key_header(h, column):  # row, event, session ids (an advertising id: PII header)
        return clear("UUIDs under a record-key header")
    tokens = split_tokens(h.text or column)
    if p.kind in MEASURED | {"amount"} and not h.pii and measure_header(tokens) and not any(
            t.startswith("0") and len(t) > 1 and t.isdecimal() for t in texts) and p.distinct >= 2 and not (
            p.kind in MEASURED and counted_identifiers(tokens, texts)):
        return clear(f"{p.kind} values under a header naming a unit or a count (a measure)")
    if p.kind in WITH_HEADER and h.safe and not staff_codes and header_fits(p.kind, h, texts,
                                                                            enum=enum_vocabulary(p)) and not (
            person_table and enum_vocabulary(p) and postal_like(texts) and not quantity_vocabulary(texts)) and not (
            person_table and p.kind in ("names", "words", "text") and locality_values(texts)) and (
            p.kind == "date" or proof or p.kind in MEASURED and magnitude_proof(texts) and not bare_code_header(
                h.text or column)):
        return clear(f"{p.kind} values under a non-personal header ({h.domain or 'header words'})")
    entity = None
    if p.kind == "date":
        entity = "DATE_OF_BIRTH"
    if p.kind == "names" and person_table:
        entity = "PERSON"
    return mask(entity, f"{p.kind} values not known to be free of personal data (deny by default)")


def record_key_header(h: HeaderSignal, column: str) -> bool:
    """Whether the header names the key of a record (``KUNNR``, ``codice_prenotazione``, ``user_id``) and no
    personal data: a record-key word (:func:`core.pii.headers.id_header`) or a non-personal ``id.`` catalog domain."""
    return not h.pii and (id_header(h.text or column) or h.safe and (h.domain or "").startswith("id."))


def decide_table(columns: Sequence[str], rows: Sequence[dict[str, object]],
                 headers: dict[str, str] | None = None, table: str | None = None,
                 as_of: date | None = None) -> list[ColumnDecision]:
    """Decisions for every column of one table: a first pass finds person columns, a second uses that
    company (``person_table``) for columns whose values alone are not conclusive (only the columns the first pass
    cleared, or of :data:`PERSON_DEPENDENT_KINDS`, are decided again). In a table of businesses
    (``store_locations``, ``suppliers``) the address, phone and e-mail of the business itself are not
    personal data (:func:`core.pii.business.business_column`); those of a person it names are. ``as_of``: the day
    ages are counted from, the run's day (default :func:`core.pii.detect.reference_day`, never the clock)."""
    rows = [{c: None if missing_cell(r.get(c)) else r.get(c) for c in columns} for r in rows]
    values = {c: [r.get(c) for r in rows] for c in columns}
    names = {c: (headers or {}).get(c) or c for c in columns}
    signals = {c: _signal(c, (headers or {}).get(c)) for c in columns}
    decided = _decide_table(columns, rows, values, names, signals, table, as_of)
    decided = mask_letter_digit_ids(_coordinate_pairs(decided, columns, values, signals), values, signals)
    decided = disguised_columns(decided, columns, values, names, table, PERSON_ENTITIES)  # core.pii.disguised
    return address_numbers(decided, columns, values, names, signals, PERSON_ENTITIES)  # core.pii.address_numbers


def _coordinate_pairs(decided: list[ColumnDecision], columns: Sequence[str], values: dict[str, list[object]],
                      signals: dict[str, HeaderSignal]) -> list[ColumnDecision]:
    """Mask a cleared column that pairs with its neighbour as latitude and longitude
    (:func:`core.pii.coords.coordinate_pairs`: ``1.3521`` next to ``103.8198``) unless its header names a
    non-personal thing."""
    texts = {c: [t.strip() for v in values[c] if (t := cell_text(v)) is not None and t.strip()] for c in columns}
    paired = coordinate_pairs(columns, texts)
    open_ = {c for c in paired if not signals[c].safe and not signals[c].pii}  # a PII header's column: decided
    return [ColumnDecision(column=d.column, clear=False, entity="LOCATION",
                           reason="values pair with the next column as latitude and longitude (deny by default)")
            if d.clear and d.column in open_ else d for d in decided]


def _decide_table(columns: Sequence[str], rows: Sequence[dict[str, object]], values: dict[str, list[object]],
                  names: dict[str, str], signals: dict[str, HeaderSignal], table: str | None,
                  as_of: date | None) -> list[ColumnDecision]:
    """The two passes of :func:`decide_table`."""
    profiles = {c: with_national_ids(profile_values(values[c], as_of=as_of), values[c]) for c in columns}
    plain = {c: decide_column(c, values[c], header=signals[c], profile=profiles[c]) for c in columns}
    identity = any(not d.clear and d.entity in IDENTITY_ENTITIES for d in plain.values()) or any(
        not d.clear and not role_header(names[c]) and not business_header(names[c]) and (
            d.entity == "PERSON" or full_names(profiles[c], values[c])) for c, d in plain.items())
    firms = business_rows(columns, names, values, profiles)
    reasons = {c: None if identity else business_column(table, names[c], signals[c], profiles[c], values[c],
                                                        business_rows=firms) for c in columns}
    biz = {c: ColumnDecision(column=c, clear=True, reason=r) if r else None for c, r in reasons.items()}
    first = {c: biz[c] or plain[c] for c in columns}
    person = sum(1 for d in first.values() if not d.clear and d.entity in PERSON_ENTITIES) >= 1
    if not person:
        return care_dates(closed_codes(card_data_without_pan(list(first.values()), values, signals), values, signals,
                                       profiles), names, values, profiles, table)
    people = max((profiles[c].distinct for c, d in first.items() if not d.clear and d.entity in KEY_ENTITIES),
                 default=0)
    second = [biz[c] or (decide_column(c, values[c], person_table=True, header=signals[c], profile=profiles[c])
                         if plain[c].clear or profiles[c].kind in PERSON_DEPENDENT_KINDS else plain[c])
              for c in columns]
    second = [shared_constant(d, values[d.column], signals[d.column], people) for d in second]
    second = shared_codes(second, values, signals, people)  # core.pii.shared_values (session 13)
    second = card_data_without_pan(event_attributes(second, rows, values, signals, profiles), values, signals)
    return care_dates(closed_codes(second, values, signals, profiles), names, values, profiles, table)


def _signal(column: str, original: str | None) -> HeaderSignal:
    """The header signal of the source's own header, else of the stored name (``column_12`` says nothing)."""
    if original and original != column:
        sig = header_signal(original)
        if sig.pii or sig.safe or sig.domain or split_tokens(original):
            return sig  # the stored name only spells the same words without their structure (dots, prefixes)
        other = header_signal(column)
        return other if other.pii else sig
    return header_signal(column)
