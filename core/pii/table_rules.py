"""Table-level rules of deny by default (issue 11) that :func:`core.pii.decide.decide_table` applies after the column
decisions: values shared by every person of the table, rows that are businesses, card data without the card number,
small vocabularies that vary within one person's rows, and codes of a closed list bound to no person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.decision import ColumnDecision
from core.pii.detect import ValueProfile
from core.pii.evidence import postal_like
from core.pii.headers import HeaderSignal
from core.pii.proof import constant_proof, vocabulary_proof
from core.pii.shape import cell_text
from core.pii.value_tests import company_names, enum_vocabulary, known_names


def shared_constant(d: ColumnDecision, values: list[object], sig: HeaderSignal, people: int) -> ColumnDecision:
    """A masked column holding one value on every row of a table of ``people`` different people (a person key with
    that many distinct values) is cleared when :func:`core.pii.proof.constant_proof` holds: everyone shares it."""
    if d.clear or sig.pii:
        return d
    texts = [t.strip() for v in values if (t := cell_text(v)) is not None and t.strip()]
    if not constant_proof(texts, people, header_safe=sig.safe):
        return d
    return _decision(column=d.column, clear=True, reason=f"one value shared by every row of {people}+ people "
                          "(a period, a date or a code of the business, k-anonymous)")


def business_rows(columns: Sequence[str], names: dict[str, str], values: dict[str, list[object]],
                   profiles: dict[str, ValueProfile]) -> bool:
    """Value evidence that the rows are businesses: a column of company names (nine in ten with a legal form or an
    organisation word) or of names under a header naming a business or a thing (``Store Name``)."""
    from core.pii.business import business_header

    for c in columns:
        if profiles[c].kind not in ("names", "words", "text", "code"):
            continue
        texts = [t.strip() for v in values[c] if (t := cell_text(v)) is not None and t.strip()]
        if company_names(texts) or business_header(names[c]):
            return True
    return False


def card_data_without_pan(decisions: list[ColumnDecision], values: dict[str, list[object]],
                           signals: dict[str, HeaderSignal]) -> list[ColumnDecision]:
    """Card brand, last four digits and expiry month / year are not cardholder data without the card number
    (PCI DSS): in a table where no column holds card-length digit strings (13-19 digits, also as a number a
    reader wrote in exponent notation), a card-expiry or card-number header over expiry months, years,
    ``MM/YY`` or four digits is cleared. With a card number or a card security code anywhere in the table, they
    stay masked."""
    from core.pii.card import card_length_column, last_four_header, without_pan_value

    if any(card_length_column(v) for v in values.values()) or any(
            s.entity == "CARD_SECURITY_CODE" for s in signals.values()):
        return decisions  # a card number, or a security code (stored only with a card), makes them cardholder data
    out = []
    for d in decisions:
        sig = signals[d.column]
        if not d.clear and sig.pii and (sig.entity == "CARD_EXPIRY" or (
                sig.entity == "CREDIT_CARD" and last_four_header(d.column))) and \
                without_pan_value(sig.entity, values[d.column]):
            d = _decision(column=d.column, clear=True, reason="card expiry / last four digits in a table "
                               "without card numbers (not cardholder data on their own)")
        out.append(d)
    return out


def event_attributes(decisions: list[ColumnDecision], rows: Sequence[dict[str, object]],
                      values: dict[str, list[object]], signals: dict[str, HeaderSignal],
                      profiles: dict[str, ValueProfile]) -> list[ColumnDecision]:
    """Small vocabularies masked for want of evidence that change between the rows of one person are cleared
    (:mod:`core.pii.covary`); lexicon-known names and detected entities stay masked, and so do staff codes of one
    family (:func:`serving_staff_codes`): the courier or officer serving each row changes between the rows of one
    customer too, and is a person."""
    from core.pii.covary import person_key, varies_within_people

    key = person_key(rows, {d.column: d.entity or "" for d in decisions if not d.clear},
                     others=[d.column for d in decisions if d.clear])
    if key is None:
        return decisions
    out = []
    for d in decisions:
        p, texts = profiles[d.column], [t for v in values[d.column] if (t := cell_text(v)) is not None]
        if (not d.clear and p.entity is None and not signals[d.column].pii and enum_vocabulary(p)
                and d.entity != "USERNAME" and p.kind in ("code", "words", "names", "text", "count")
                and "lexicons know" not in d.reason
                and (p.kind != "names" or known_names(texts) < 0.1) and not postal_like([t.strip() for t in texts])
                and vocabulary_proof([t.strip() for t in texts], person_table=False)
                and (signals[d.column].safe or not user_ids([t.strip() for t in texts]))
                and not serving_staff_codes([t.strip() for t in texts], signals[d.column], d.column)
                and varies_within_people(key, values[d.column])):
            d = _decision(column=d.column, clear=True, reason=f"small vocabulary ({p.distinct} values) that "
                               "changes between the rows of one person: it describes the rows, not the person")
        out.append(d)
    return out


#: A system user id (``MSAMUDIO``, ``ACHEN01``, ``jdoe``): one token of letters (digits, ``.`` or ``_`` after them),
#: all of one case, five to twelve characters.
_USER_ID = re.compile(r"(?:[A-Z][A-Z0-9._]{4,11}|[a-z][a-z0-9._]{4,11})")


def user_ids(texts: Sequence[str]) -> bool:
    """Whether a small vocabulary reads as the logins of the clerks who touched the rows (JD Edwards ``ABUSER``, SAP
    ``ERNAM`` under a header that says nothing): every distinct value a :data:`_USER_ID` with four letters or more,
    three values or more. A clerk is a person: such a vocabulary is never cleared as an attribute of the rows;
    program constants joined by ``_`` (``FULL_KYC``) are not logins."""
    distinct = set(texts)
    return len(distinct) >= 3 and all(
        _USER_ID.fullmatch(v) and sum(c.isalpha() for c in v) >= 4 and "_" not in v for v in distinct)


#: Value kinds of a masked column that may name a person when a code column is bound to it one to one (names in
#: lower case are words); free text counts when written in a script without letter case (names in Chinese, Thai).
PERSON_KINDS = frozenset({"names", "words", "initial", "username"})


def closed_codes(decisions: list[ColumnDecision], values: dict[str, list[object]], signals: dict[str, HeaderSignal],
                 profiles: dict[str, ValueProfile]) -> list[ColumnDecision]:
    """Columns masked for want of evidence whose values are codes of a closed list
    (:func:`core.pii.closed_codes.closed_code_list`) are cleared, unless bound one to one to a column masked that
    may be personal (an entity, a header naming personal data, names or words, initials, user names, text in a
    script without letter case): then they may be a person's other name (a licence number, a badge id) and stay
    masked. Codes of a staff number's form (``E10472``, ``DRV4842``: :func:`core.pii.staff.person_number_codes`) are
    cleared only under a header naming the key of a thing (``MERCH_ID``, ``TUOTENRO``): in a table without a name
    column nothing else tells a few employees from a few tools."""
    from core.pii.closed_codes import bound, closed_code_list, uncased_text
    from core.pii.staff import person_number_codes

    cells = {c: [t.strip() if (t := cell_text(v)) is not None and t.strip() else None for v in vs]
             for c, vs in values.items()}
    personal = [d.column for d in decisions if not d.clear and (
        d.entity is not None or signals[d.column].pii or profiles[d.column].kind in PERSON_KINDS
        or profiles[d.column].kind == "text" and uncased_text(cells[d.column]))]
    out = []
    for d in decisions:
        col = d.column
        present = [t for t in cells[col] if t is not None]
        if (not d.clear and d.entity is None and not signals[col].pii and profiles[col].entity is None
                and closed_code_list(present)
                and not (person_number_codes(present) and not thing_key_header(signals[col], col))
                and not any(bound(cells[col], cells[o]) for o in personal if o != col)):
            d = _decision(column=col, clear=True, reason=f"codes of a closed list ({profiles[col].distinct} codes, "
                          "each on many rows), bound to no personal column")
        out.append(d)
    return out


def _decision(**fields: object) -> ColumnDecision:
    return ColumnDecision.model_validate(fields)


#: Header tokens that say nothing of a column: a placeholder (``f15``, ``col_3``, ``Column1``) or an id word alone.
_BLANK_TOKENS = frozenset("f c v col column field var variable x".split())


def serving_staff_codes(texts: Sequence[str], sig: HeaderSignal, column: str) -> bool:
    """Whether codes in a table of people may be the staff serving its rows (a loan officer's ``LO-127``, a courier's
    ``QX-258``): one family of staff codes (:func:`core.pii.staff.staff_code_family`) under any header but one
    naming a known thing (:func:`core.pii.staff.thing_header_tokens`: ``sku``, ``warehouse``, ``term``), or under a
    header that says nothing (``f15``, ``id``) codes of a staff number's looser forms, any prefixes, two or more
    (:func:`core.pii.staff.staff_like_codes`); each code on two rows or more on average (a record's own key is on
    one). Review of session 12, F1 and F2: a role word the lists lack
    (``rider_id``, ``rm_code``) is no proof of a thing; masking is the lesser harm."""
    from core.pii.headers import ID_WORDS
    from core.pii.staff import staff_code_family, staff_like_codes, thing_header_tokens
    from core.vocab.tokens import split_tokens

    tokens = [t for t in split_tokens(sig.text or column) if not t.isdecimal()]
    if thing_header_tokens(tokens) or len(set(texts)) * 2 > len(texts):  # staff serve many rows; keys are one each
        return False
    if staff_code_family(texts):
        return True
    return all(t in ID_WORDS or t in _BLANK_TOKENS for t in tokens) and staff_like_codes(texts)


def thing_key_header(sig: HeaderSignal, column: str) -> bool:
    """Whether a header names a non-personal thing or the key of one (``sku``, ``MERCH_ID``, ``TUOTENRO``), not just
    ``id`` (whose id?): a header with a word besides the id words, naming no personal data."""
    from core.pii.headers import ID_WORDS, id_header
    from core.vocab.tokens import split_tokens

    tokens = [t for t in split_tokens(sig.text or column) if not t.isdecimal()]
    from core.pii.numbered import unknown_numbered

    return not sig.pii and any(t not in ID_WORDS for t in tokens) and (sig.safe or id_header(sig.text or column)) \
        and not unknown_numbered(sig.text or column)  # ``Payroll No``: a number of something no list knows
