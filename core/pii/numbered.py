"""Headers made of a number word and words naming no known record (session 13 review, F1/F2): ``CDC No``,
``N° CNSS``, ``Nr paszportu``, ``Payroll No``. A number word (``No``, ``Nº``, ``N°``, ``nr``, ``Núm.``, ``#``,
``номер``, ``№``) says a column holds numbers, not whose: next to a word the lists know as a record or a thing
(``Order No``, ``FZG_NR``) it names a record key; next to any other word (a seafarer's document, a social-security
scheme, a passport in an unknown language, a payroll) it proves nothing, and in a table of people such a number is as
likely the person's own. So in a table of people only known record words make a numbered header a record key; and
13-digit numbers with a national id's check digit (Thai id, Romanian CNP) are never read as Unix milliseconds."""

from __future__ import annotations

from collections.abc import Sequence

from core.pii.number_marks import NUMBER_MARKS

__all__ = ["NUMBER_MARKS", "header_tokens", "national_check_digits", "unknown_numbered"]
#: Linking words between a number word and what it numbers (``N° permis de conduire``, ``Number of``).
_LINKS = frozenset("s o de del da do di du van of".split())


def header_tokens(header: str) -> list[str]:
    """Header tokens without bare numbers, the sign ``№`` read as the number word ``no``."""
    from core.vocab.tokens import split_tokens

    return [t for t in split_tokens(header.replace("№", " No ")) if not t.isdecimal()]


def unknown_numbered(header: str) -> bool:
    """Whether ``header`` is a number word next to words of which none names a known record or thing
    (:data:`core.pii.headers.RECORD_WORDS`, :data:`core.pii.staff.THING_HEADER_WORDS`): ``CDC No``, ``N° CNSS``."""
    from core.pii.headers import RECORD_WORDS
    from core.pii.staff import THING_HEADER_WORDS

    tokens = header_tokens(header)
    rest = [t for t in tokens if t not in NUMBER_MARKS and t not in _LINKS]
    if not rest or len(rest) == len([t for t in tokens if t not in _LINKS]):
        return False
    return not any(t in RECORD_WORDS or t in THING_HEADER_WORDS for t in rest)


def _thai_ok(d: str) -> bool:
    return int(d[12]) == (11 - sum(int(c) * (13 - i) for i, c in enumerate(d[:12])) % 11) % 10


def _cnp_ok(d: str) -> bool:
    s = sum(int(a) * int(b) for a, b in zip(d[:12], "279146358279", strict=True)) % 11
    return int(d[12]) == (1 if s == 10 else s)


def national_check_digits(texts: Sequence[str]) -> bool:
    """Whether nine in ten 13-digit ``texts`` carry a Thai national id's or a Romanian CNP's check digit (one in ten
    random numbers does by chance): personal numbers, not milliseconds."""
    digits = [t for t in texts if len(t) == 13 and t.isdecimal()]
    if not digits:
        return False
    return any(sum(1 for d in digits if ok(d)) >= 0.9 * len(digits) for ok in (_thai_ok, _cnp_ok))
