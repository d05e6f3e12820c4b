"""What personal value a header cell looks like (issue 11): :func:`personal_looking` (an e-mail address, a
letter+digit identifier, a phone number, a digit run, a date), never stored as a column name; and
:func:`value_looking` (a person's name, a street address, a sentence, a long text), not stored as a name when the
header's presence is not established with confidence (:mod:`core.ingest.header_row`).

Time is linear in the cell's length: no pattern nests quantifiers, the one searched pattern starts only at a word
start and takes its runs possessively, and the value rules read at most :data:`MAX_CELL` characters (a longer cell
is no label: a free text, or a malformed file's whole line). A header cell of 140 KB took 5 minutes with a naive
street-number pattern; it takes microseconds here.
"""

from __future__ import annotations

import re

from core.pii.detect import EMAIL, parse_date

#: characters of a cell the value rules read; e-mail addresses (<= 254), ids, phones and dates are all shorter
MAX_CELL = 256
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_DIGIT_RUN = re.compile(r"\d{7}")
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: a word followed by a house number (``Toledo 12``, ``Mayor n.º 3``, ``Main St. 5b``); starts at a word start only
#: and takes each run possessively, so a long run of letters is scanned once, not once per start position
_HOUSE_NUMBER = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}+\.?\s++(?:n[º°o]\.?\s*+)?\d{1,5}+[a-zA-Z]?\b")
#: lower-case words inside a person's name (``María de la Cruz``, ``Juan y Pérez``)
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "i", "e", "da", "das", "do", "dos", "di", "van", "von",
                        "der", "den", "le", "du", "bin", "al", "el"})


def personal_looking(cell: str, *, dates: bool) -> str | None:
    """What personal value a header cell looks like (``email``, ``identifier``, ``phone``, ``digits``, ``date``),
    or None."""
    t = cell.strip()
    short = len(t) <= MAX_CELL
    if short and EMAIL.match(t) and "@odata" not in t.casefold():  # an OData annotation (``x@OData...``) is a name
        return "email"
    if short and _identifier(t):
        return "identifier"
    if short and dates and parse_date(t) is not None:
        return "date"
    if any(c.isalpha() for c in t):  # a name made of a hash or code (``c_12e2692694``) is a name
        return None
    if _DIGIT_RUN.search(t):
        return "digits"
    if short and _PHONE.match(t) and sum(c.isdecimal() for c in t) >= 7 and parse_date(t) is None:
        return "phone"
    return None


def _identifier(t: str) -> bool:
    """A letter+digit identifier: >= 6 digits with 1-3 letters (``12345678Z``, ``X1234567L``, ``AB123456C``) or an
    IBAN (``ES91 2100 0418 4502 0005 1332``), spaces and dashes allowed."""
    compact = "".join(t.split()).replace("-", "")
    if not compact.isascii() or not compact.isalnum():
        return False
    letters = sum(c.isalpha() for c in compact)
    return bool(1 <= letters <= 3 and len(compact) - letters >= 6) or bool(_IBAN.fullmatch(compact))


def value_looking(cell: str) -> str | None:
    """What free-text value a header cell looks like, or None: ``long_text`` (over :data:`MAX_CELL` characters),
    ``address`` (digits with words and a comma or a number after a word), ``sentence`` (>= 4 words, or a comma
    between words), ``name`` (several capitalised words, name particles aside)."""
    t = cell.strip()
    if len(t) > MAX_CELL:
        return "long_text"
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
