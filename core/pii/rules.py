"""Engine-independent masking rules: column-name signals, span merging, placeholder application.

Rules (documented behaviour of every masker):

* A detected span (score >= the masker's threshold) is replaced by ``<ENTITY_TYPE>``. Overlapping
  spans are merged and labelled with the entity of the highest-scoring one. Masking is a pure
  function of the cell text, so it is deterministic.
* **Column-name rule.** A column whose name strongly signals PII (:func:`name_entity`: email,
  phone/mobile/fax, ssn, person-name columns, street address, date of birth, card number, IBAN,
  passport, tax id, IP address) is masked whole: every non-empty cell becomes ``<ENTITY>`` of the
  name's entity. Offline detection has no NER (names and addresses are invisible to pattern
  recognizers) and a pattern hit can never prove a cell holds *only* the entity (``"Ann
  <ann@x.io>"``), so for these columns detection is always treated as uncertain and the name
  decides — the safe superset of "mask whole columns when detection is uncertain" — except that cells
  which certainly hold another entity (:func:`certain_entity`: e-mail addresses under a phone header)
  are masked as that entity. A header naming a
  *property* of such a column (``emailVerified``, ``phone_opt_in``, ``has_email``) is not masked whole.
* **Name-gazetteer rule.** A column whose values are mostly personal names (:func:`names_column`: the
  given-name/surname gazetteers of :mod:`core.pii.names` know at least :data:`NAMES_KNOWN_MIN` of them and
  they have a name shape) is masked whole as ``<PERSON>``: the offline engine has no NER model, and
  names are the PII most often found under headers that do not say so (``Requester``, ``Manager``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CERTAIN_SCORE = 0.8  # score above which a span counts as certain (used by fully_certain)

_PERSON_NAMES = {"name", "full_name", "first_name", "last_name", "middle_name", "surname", "given_name",
                 "family_name", "forename", "maiden_name", "fname", "lname", "firstname", "lastname",
                 "fullname", "customer_name", "contact_name", "employee_name", "person_name", "patient_name"}

_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(^|_)(e_?mail)(_|$)|email"), "EMAIL_ADDRESS"),
    (re.compile(r"(^|_)(phone|mobile|tel|telephone|fax|msisdn)(_|$)|phone"), "PHONE_NUMBER"),
    (re.compile(r"(^|_)(ssn|social_security(_number)?|sin)(_|$)"), "US_SSN"),
    (re.compile(r"(^|_)(dob|date_of_birth|birth_?date|birthday)(_|$)"), "DATE_OF_BIRTH"),
    (re.compile(r"(^|_)(credit_card|card_number|cc_number|pan)(_|$)"), "CREDIT_CARD"),
    (re.compile(r"(^|_)iban(_|$)"), "IBAN_CODE"),
    (re.compile(r"(^|_)passport"), "US_PASSPORT"),
    (re.compile(r"(^|_)(tax_id|tin|itin)(_|$)"), "US_ITIN"),
    (re.compile(r"(^|_)ip(_address)?(_|$)"), "IP_ADDRESS"),
    (re.compile(r"(^|_)(street|address|addr|address_line)(_|\d|$)"), "LOCATION"),
]


#: Last header words (and first words) that make a PII-named column a *property* of the entity, not the
#: entity itself (``emailVerified``, ``phone_opt_in``, ``email_bounced``, ``has_email``; but ``optin_ip`` is
#: an IP address): such columns are not masked whole.
_PROPERTY_WORDS = frozenset({"verified", "confirmed", "validated", "valid", "opt", "optin", "opted", "optout",
                             "consent", "bounced", "bounce", "flag", "flg", "yn", "ind", "count", "cnt", "type",
                             "status", "format", "domain", "provider", "allowed", "enabled", "sent", "at", "on",
                             "date", "time", "source", "channel", "in", "out"})
_PROPERTY_PREFIXES = frozenset({"is", "has", "can", "do", "not", "no", "allow", "send"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _header_words(column: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", _CAMEL.sub("_", column).lower()) if w]


def name_entity(column: str) -> str | None:
    """Entity type a column name strongly signals, or None. A header that names a property of the
    entity (``emailVerified``, ``is_phone_confirmed``) signals none."""
    words = _header_words(column)
    if words and (words[-1] in _PROPERTY_WORDS or words[0] in _PROPERTY_PREFIXES):
        return None
    c = column.lower()
    if c in _PERSON_NAMES:
        return "PERSON"
    for pattern, entity in _RULES:
        if pattern.search(c):
            return entity
    return None


def placeholder(entity: str) -> str:
    """The placeholder for ``entity``."""
    return f"<{entity}>"


@dataclass(frozen=True)
class Span:
    """A detected entity in one cell's text."""

    start: int
    end: int
    entity: str
    score: float


def merge_spans(spans: list[Span]) -> list[Span]:
    """Union of overlapping spans, each labelled by its highest-scoring member."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            last = out[-1]
            top = last if last.score >= s.score else s
            out[-1] = Span(last.start, max(last.end, s.end), top.entity, max(last.score, s.score))
        else:
            out.append(s)
    return out


def apply_spans(text: str, spans: list[Span]) -> str:
    """``text`` with each merged span replaced by its placeholder."""
    parts: list[str] = []
    pos = 0
    for s in merge_spans(spans):
        parts.append(text[pos:s.start])
        parts.append(placeholder(s.entity))
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


def fully_certain(text: str, spans: list[Span]) -> bool:
    """True when spans scoring >= CERTAIN_SCORE cover every non-space character of ``text``."""
    covered = [False] * len(text)
    for s in spans:
        if s.score >= CERTAIN_SCORE:
            for i in range(s.start, min(s.end, len(text))):
                covered[i] = True
    return all(c or ch.isspace() for c, ch in zip(covered, text, strict=True))


NAMES_MIN_VALUES = 3
NAMES_KNOWN_MIN = 0.6
NAMES_SHAPE_MIN = 0.5
NAMES_COMPANY_MAX = 0.5
NAMES_PROBE = 200


def names_column(values: list[str]) -> bool:
    """Whether ``values`` (the non-empty cells of one column) are mostly personal names, judged on the first
    :data:`NAMES_PROBE` of them (shares, not every cell, decide)."""
    from core.pii.names import company_share, load_name_lexicon, name_shape

    values = values[:NAMES_PROBE]

    if company_share(values) >= NAMES_COMPANY_MAX:  # "Lakeside Hardware Co.": organizations, not people
        return False
    shares = name_shape(values, load_name_lexicon())
    if shares.counted < NAMES_MIN_VALUES or shares.any_known < NAMES_KNOWN_MIN:
        return False
    return max(shares.full, shares.first, shares.last) >= NAMES_SHAPE_MIN


#: Entities whose pattern recognizers are unambiguous: a cell matching one holds that entity.
CERTAIN_ENTITIES = frozenset({"EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "URL"})
CERTAIN_SHARE = 0.8


def certain_entity(spans: dict[str, list[Span]], texts: list[str]) -> str | None:
    """The pattern-certain entity (:data:`CERTAIN_ENTITIES`) detected in at least :data:`CERTAIN_SHARE` of
    ``texts``, if any: a column named for one entity whose cells certainly hold another is masked as the
    other (``Phone_number`` holding e-mail addresses gives ``<EMAIL_ADDRESS>``, still whole cells)."""
    if not texts:
        return None
    for entity in sorted(CERTAIN_ENTITIES):
        hits = sum(1 for t in texts
                   if any(sp.entity == entity and sp.score >= CERTAIN_SCORE for sp in spans.get(t, [])))
        if hits / len(texts) >= CERTAIN_SHARE:
            return entity
    return None


def may_hold_certain(text: str) -> bool:
    """Cheap pre-check: whether ``text`` could hold a :data:`CERTAIN_ENTITIES` entity at all (an ``@``, a URL
    scheme or ``www.``, an IPv4/IPv6 shape, or 12+ digits for card numbers and IBANs), so the recognizers
    only run on such cells (a phone or name column usually has none)."""
    if "@" in text or "://" in text or "www." in text.lower():
        return True
    digits = sum(c.isdecimal() for c in text)
    return digits >= 12 or (text.count(".") == 3 and digits >= 4) or text.count(":") >= 2
