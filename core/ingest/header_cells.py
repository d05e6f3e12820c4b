"""What personal value a header cell looks like (issue 11): :func:`personal_looking` (an e-mail address, a
letter+digit identifier, a phone number, a digit run, a date), never stored as a column name; and
:func:`value_looking` (a person's name, a street address, a sentence), not stored as a name when the header's
presence is not established with confidence (:mod:`core.ingest.header_row`)."""

from __future__ import annotations

import re

from core.pii.detect import EMAIL, parse_date

_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_DIGIT_RUN = re.compile(r"\d{7,}")
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_HOUSE_NUMBER = re.compile(r"[^\W\d_]{2,}\.?\s+(?:n[º°o]\.?\s*)?\d{1,5}[a-zA-Z]?\b")
#: lower-case words inside a person's name (``María de la Cruz``, ``Juan y Pérez``)
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "i", "e", "da", "das", "do", "dos", "di", "van", "von",
                        "der", "den", "le", "du", "bin", "al", "el"})


def personal_looking(cell: str, *, dates: bool) -> str | None:
    """What personal value a header cell looks like (``email``, ``identifier``, ``phone``, ``digits``, ``date``),
    or None."""
    t = cell.strip()
    if EMAIL.match(t) and "@odata" not in t.casefold():  # an OData annotation (``x@OData.Community...``) is a name
        return "email"
    if _identifier(t):
        return "identifier"
    if dates and parse_date(t) is not None:
        return "date"
    if any(c.isalpha() for c in t):  # a name made of a hash or code (``c_12e2692694``) is a name
        return None
    if _DIGIT_RUN.search(t):
        return "digits"
    if _PHONE.match(t) and sum(c.isdecimal() for c in t) >= 7 and parse_date(t) is None:
        return "phone"
    return None


def _identifier(t: str) -> bool:
    """A letter+digit identifier: >= 6 digits with 1-3 letters (``12345678Z``, ``X1234567L``, ``AB123456C``) or an
    IBAN (``ES91 2100 0418 4502 0005 1332``), spaces and dashes allowed."""
    compact = re.sub(r"[\s-]", "", t)
    if not compact.isascii() or not compact.isalnum():
        return False
    letters = sum(c.isalpha() for c in compact)
    return bool(1 <= letters <= 3 and sum(c.isdecimal() for c in compact) >= 6) or bool(_IBAN.fullmatch(compact))


def value_looking(cell: str) -> str | None:
    """What free-text value a header cell looks like (``name``: several capitalised words; ``address``: digits
    with words and a comma or a number after the words; ``sentence``: >= 4 words or a comma), or None."""
    t = cell.strip()
    words = _WORD.findall(t)
    if not words:
        return None
    has_digit = any(c.isdecimal() for c in t)
    if has_digit and len(words) >= 2 and ("," in t or _HOUSE_NUMBER.search(t)):
        return "address"
    if len(t.split()) >= 4 or ("," in t and len(words) >= 2):
        return "sentence"
    caps = [w for w in words if w[0].isupper()]
    if not has_digit and len(caps) >= 2 and all(w[1:].islower() or len(w) == 1 for w in caps) \
            and all(w.casefold() in _PARTICLES for w in words if not w[0].isupper()):
        return "name"
    return None
