"""One value on every row of a table of people (session 13, precision review): a login (``rkvist``), a staff code
(``LO-127``) or a pair of initials (``RK``) repeated on each row is one person's (the clerk who keyed the whole file,
the officer of every loan), not a closed vocabulary: "small repeated vocabulary (1 values)" proves nothing about it.
Only a value that cannot be a person's (a word with a vowel pattern of a common word is not told apart here, so the
rule looks at forms only) is left to the vocabulary rules."""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Forms of a lone personal value: a staff code (letters and a number, either order), initials (two or three capital
#: letters, dotted or not), a login (lower-case letters, optional digits, dot or underscore, 4-20 characters, or a
#: first letter and a surname), a name (capitalised words).
_STAFF = re.compile(r"^(?:[^\W\d_]{1,6}[-_ #/.]?\d{2,8}|\d{2,8}[-_ #/.]?[^\W\d_]{1,6})$")
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?){2,3}$")
_LOGIN = re.compile(r"^[a-z][a-z0-9]*(?:[._][a-z0-9]+)?\d*$")
_NAME = re.compile(r"^[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+){0,3}$")


def lone_personal_value(texts: Sequence[str]) -> bool:
    """Whether ``texts`` hold one distinct value of a personal form (module docstring)."""
    from core.pii.coarse import country_share

    distinct = {t.strip() for t in texts if t.strip()}
    if len(distinct) != 1:
        return False
    v = next(iter(distinct))
    if _STAFF.match(v) or _NAME.match(v) and " " in v:
        return True
    if _INITIALS.match(v):
        from core.pii.currencies import CURRENCY_CODES

        return country_share([v]) == 0.0 and v not in CURRENCY_CODES
    return bool(_LOGIN.match(v)) and 4 <= len(v) <= 20 and not _common_word(v)


def _common_word(v: str) -> bool:
    """Whether ``v`` reads as a common word of a system (a status, a channel, a flag) rather than a login: the
    status and category lexicons know it."""
    from core.pii.categories import category_value
    from core.pii.status import _status_word

    return _status_word(v) or category_value(v)
