"""What personal value a header cell looks like (issue 11): :func:`personal_looking` (an e-mail address, a
letter+digit identifier, a phone number, a digit run, a date -- the whole cell, or a token inside a longer one:
``DNI 12345678Z``, ``NI: QQ 12 34 56 C``, ``Tel: 612 345 678``, ``Juan Perez <juan.perez@gmail.com>``), never
stored as a column name; and :func:`value_looking` (a person's name -- ``Carmen Ibáñez``, ``MARIA GARCIA LOPEZ``,
``JUAN CALLE`` with a catalog word for a surname -- a street address, a
sentence, a long text), not stored as a name when the header's presence is not established with confidence
(:mod:`core.ingest.header_row`).

Time is linear in the cell's length: no pattern nests quantifiers, the searched patterns start only at a word or
token start and take bounded or possessive runs (the in-cell e-mail, id and digit patterns scan the whole cell once:
a personal token is found in a cell of any length), and the value rules read at most :data:`MAX_CELL` characters
(a longer cell is no label: a free text, or a malformed file's whole line). A header cell of 140 KB took 5 minutes
with a naive street-number pattern; it takes milliseconds here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.pii.detect import EMAIL, parse_date
from core.pii.headers import ID_WORDS, RECORD_WORDS, header_signal
from core.pii.person_ids import letter_digit_id, national_id

#: characters of a cell the value rules read; e-mail addresses (<= 254), ids, phones and dates are all shorter
MAX_CELL = 256
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_DIGIT_RUN = re.compile(r"\d{7}")
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: an OData annotation, not an e-mail address: ``item@odata.etag``, ``x@OData.Community.Display.V1.FormattedValue``
#: (an address at an ``odata.*`` domain, ``ana@odata.org``, is an address)
_ODATA = re.compile(r"^[\w.]*@odata\.(?:context|metadataetag|type|count|nextlink|deltalink|id|editlink|readlink|etag"
                    r"|navigationlink|associationlink|mediaeditlink|mediareadlink|mediacontenttype|mediaetag|bind"
                    r"|removed|delta|community\.\w+\.v\d+\.\w+)$", re.IGNORECASE)
#: an e-mail address inside a longer cell (``Juan <juan.perez@gmail.com>``): starts at a token start only, every run
#: bounded, the domain's labels and dots disjoint (``ana@odata.org`` is then read by :data:`EMAIL` and :data:`_ODATA`)
_EMAIL_IN = re.compile(r"(?<![\w.+%-])[\w.+%-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}"
                       r"\.[A-Za-z]{2,24}(?![\w-])")
#: a letter+digit id inside a longer cell, not inside a word (``12345678Z``, ``X1234567L``, ``12.345.678-Z``,
#: ``12 345 678 Z``), or a NINO written in its groups (``QQ 12 34 56 C``, ``qq 12 34 56``, :data:`_NINO_GROUPS`)
_ID_IN = re.compile(r"(?<!\w)(?:[A-Za-z]{0,3}\d{6,10}[A-Za-z]{0,3}|\d{1,2}[. ]\d{3}[. ]\d{3}[\s-]?[A-Za-z]"
                    r"|[XYZxyz]-?\d{7}-?[A-Za-z]|[A-Za-z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}(?:[ -]?[A-Da-d])?)(?!\w)")
#: a UK National Insurance number in its printed groups: two letters, three pairs of digits, a letter A-D (the HMRC
#: placeholder ``QQ 12 34 56 C`` too, which :func:`core.pii.person_ids.national_id` rejects by its prefix), in either
#: case and with or without its suffix letter (review round 3: ``NI: qq 12 34 56 c`` was stored as a header)
_NINO_GROUPS = re.compile(r"[A-Z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}(?:[ -]?[A-D])?", re.IGNORECASE)
#: digits with at most two separators between each (``612 345 678``, ``+34 (91) 123-45-67``); not inside a word
#: nor hyphenated to one (``c_12e2692694``, ``sha256_0123456789``, ``GA2-220501046-AA1`` are codes); separators and
#: digits are disjoint: scanned once
_DIGITS_IN_CELL = re.compile(r"(?<![\w+])(?<!\w-)\+?\d(?:[ ().\-/]{0,2}\d){6,}")
_GLUED = re.compile(r"-?[^\W\d_]")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a name's word holds a vowel (an acronym need not: ``YTD``, ``KPI``)
_VOWEL = re.compile(r"[AEIOUYÁÉÍÓÚÀÈÌÒÙÄËÏÖÜÂÊÎÔÛÃÕÅÆØ]")
#: a word followed by a house number (``Toledo 12``, ``Mayor n.º 3``, ``Main St. 5b``); starts at a word start only
#: and takes each run possessively, so a long run of letters is scanned once, not once per start position
_HOUSE_NUMBER = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}+\.?\s++(?:n[º°o]\.?\s*+)?\d{1,5}+[a-zA-Z]?\b")
#: lower-case words inside a person's name (``María de la Cruz``, ``Juan y Pérez``)
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "i", "e", "da", "das", "do", "dos", "di", "van", "von",
                        "der", "den", "le", "du", "bin", "al", "el"})


def personal_looking(cell: str, *, dates: bool) -> str | None:
    """What personal value a header cell looks like (``email``, ``identifier``, ``phone``, ``digits``, ``date``),
    or None: the whole cell, or (a cell with letters) a token of it (:func:`_personal_token`)."""
    t = cell.strip()
    short = len(t) <= MAX_CELL
    if short and _email(t):
        return "email"
    if short and _identifier(t):
        return "identifier"
    if short and dates and parse_date(t) is not None:
        return "date"
    if any(c.isalpha() for c in t):  # a name made of a hash or code (``c_12e2692694``) is a name
        return _personal_token(t)
    if _DIGIT_RUN.search(t):
        return "digits"
    if short and _PHONE.match(t) and sum(c.isdecimal() for c in t) >= 7 and parse_date(t) is None:
        return "phone"
    return None


def _email(t: str) -> bool:
    return bool(EMAIL.match(t)) and not _ODATA.match(t)


def _personal_token(t: str) -> str | None:
    """What personal value a token of a cell with letters is: an e-mail address, a letter+digit id
    (:func:`core.pii.person_ids.letter_digit_id`, :func:`~core.pii.person_ids.national_id`), or 7+ digits not
    inside a word, separators allowed (a phone; a date or years, ``25/04/1995``, ``2023-2024``, are not). Linear
    in the cell's length: one pass of each pattern, every run bounded or scanned once; a match is checked once."""
    if any(_email(m.group()) for m in _EMAIL_IN.finditer(t)):
        return "email"
    # a checked national id, or an id without separators (``C507.2380`` is a code's part)
    if any(national_id(i) or ((i.isalnum() or _NINO_GROUPS.fullmatch(i)) and letter_digit_id(i))
           for m in _ID_IN.finditer(t) if (i := m.group())):
        return "identifier"
    for m in _DIGITS_IN_CELL.finditer(t):
        run = m.group()
        if _GLUED.match(t, m.end()):
            continue  # a code's part (``220501046-AA1``), or an id handled above
        groups = re.findall(r"\d+", run)
        if sum(map(len, groups)) < 7:
            continue
        if len(run) <= 40 and parse_date(run.strip(" ./-()")) is not None:
            continue
        if any(_YEAR.fullmatch(g) for g in groups) and all(len(g) <= 2 or _YEAR.fullmatch(g) for g in groups):
            continue  # a date or a span of years (``01/01/2024 - 31/12/2024``)
        return "digits" if len(groups) == 1 and not run.startswith("+") else "phone"
    return None


def _identifier(t: str) -> bool:
    """A letter+digit identifier: >= 6 digits with 1-3 letters (``12345678Z``, ``X1234567L``, ``AB123456C``) or an
    IBAN (``ES91 2100 0418 4502 0005 1332``), spaces and dashes allowed."""
    compact = "".join(t.split()).replace("-", "")
    if not compact.isascii() or not compact.isalnum():
        return False
    letters = sum(c.isalpha() for c in compact)
    return bool(1 <= letters <= 3 and len(compact) - letters >= 6) or bool(_IBAN.fullmatch(compact))


#: The lexicon weight of a given name that makes upper-case words a name: without doubt (1.0) by default; under a
#: header whose presence is in doubt, an ambiguous given name too (0.5: ``ROSA CALLE``; review round 3)
SURE_GIVEN, DOUBT_GIVEN = 1.0, 0.5


def value_looking(cell: str, *, given_min: float = SURE_GIVEN) -> str | None:
    """What free-text value a header cell looks like, or None: ``long_text`` (over :data:`MAX_CELL` characters),
    ``address`` (digits with words and a comma or a number after a word), ``sentence`` (>= 4 words, or a comma
    between words), ``name`` (several capitalised words, name particles aside; upper-case words with a given name
    of lexicon weight ``given_min`` or more)."""
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
    if has_digit or len(caps) < 2 or not all(w.casefold() in _PARTICLES for w in words if not w[0].isupper()):
        return None
    if all(w[1:].islower() or len(w) == 1 for w in caps):
        return "name"
    if "_" not in t and len(t.split()) >= 2 and all(w.isupper() and _VOWEL.search(w) for w in caps) \
            and (not _header_words(t, words) or _given_name_with(words, given_min)):
        return "name"  # ``MARIA GARCIA LOPEZ``, ``JUAN CALLE``; not ``CUSTOMER NAME``, ``TEL NO``, ``KPI YTD``
    return None


def _given_name_with(words: list[str], given_min: float = SURE_GIVEN) -> bool:
    """Whether upper-case words that hold a header word are still a person's name: one of them a given name the
    lexicons know without doubt (``JUAN`` in ``JUAN CALLE``, whose surname is the Spanish word for street; not the
    ambiguous ``GRACE`` of ``GRACE PERIOD`` or ``MAX`` of ``MAX AMOUNT``, unless ``given_min`` admits them: a header in
    doubt) that names no header itself, and none a record or id word (``TOM ID`` is a label)."""
    from core.pii.names import load_name_lexicon

    lex = load_name_lexicon()
    folded = [w.casefold() for w in words if w.casefold() not in _PARTICLES]
    return not any(w in ID_WORDS or w in RECORD_WORDS for w in folded) and any(
        lex.weight(w, lex.given) >= given_min and not _says_something(w) for w in words)


def _header_words(t: str, words: list[str]) -> bool:
    """Whether an upper-case cell is a header: the cell or one of its words is a header word of the domain catalog
    (:func:`core.pii.headers.header_signal`), a record or id word (``CUSTOMER``, ``NO``)."""
    return _says_something(t) or any(_says_something(w) for w in words if w.casefold() not in _PARTICLES)


@lru_cache(maxsize=1 << 12)
def _says_something(text: str) -> bool:
    folded = text.casefold()
    if folded in ID_WORDS or folded in RECORD_WORDS:
        return True
    sig = header_signal(text)
    return sig.pii or sig.safe or sig.domain is not None
