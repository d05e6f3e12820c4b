"""Measures told by their values (issue 11, session 12: precision): a clearing proof for decimal numbers, and the
dates and times that look like them.

The PII golden sets label amounts, balances and physical measures non-personal, while the numbers a person is known
by are identifiers, postal codes, house numbers, dates, times and coordinates. Under a header that says nothing
(``c_11``, ``column_20``, ``VAR00014``) the deny-by-default rules mask every number column; the proof here clears the
decimals no identifier has the values of. It is asked only when the header names no personal data and the values show
no personal entity (:func:`core.pii.decide.decide_column`):

* :func:`decimal_measures` — decimals (``1255,626``, ``60,86``, ``-14.63``, ``110,005.25``): every cell a number with
  one to three fraction digits (or a whole number), half of them at least with a fraction, none zero-padded, and
  integer parts whose digit counts vary over the distinct non-zero values (as :func:`core.pii.proof.magnitude_proof`:
  no count shared by more than :data:`MODAL_MAX` of them; a column of mostly ``0.00`` is judged by its other
  values). Refused: anything that reads as a coordinate axis (:mod:`core.pii.coords`: three or more fraction digits
  within [-180, 180]), and values :func:`clock_or_day` reads as dates or times.
* :func:`clock_or_day` — values that could all be a day and a month (``17.06``, ``20.1`` after a spreadsheet dropped
  the trailing zero) or hours and minutes (``9.30``, ``14.45``): a birthday or an appointment, never cleared as an
  amount (also refuses the older ``amount`` rule of :func:`core.pii.decide.decide_column`).

(The session's ``round_amounts`` proof for rounded money was removed after its privacy review: round postal codes
with their leading zeros dropped, ``100`` / ``4100`` / ``20100`` for 00100 / 04100 / 20100, span as many widths and
magnitudes as money does, so no test on the values tells them apart.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from core.pii.coords import coordinate_axis
from core.pii.proof import MODAL_MAX

ROWS_MIN = 20
#: A plain number: digits in groups of three after the first (``1,500``, ``10.000.000``, ``100 000``) or ungrouped,
#: with an optional fraction of one to three digits.
_NUMBER = re.compile(r"-?(\d{1,3}(?:([ ,.])\d{3})(?:\2\d{3})*|\d+)(?:[.,](\d{1,3}))?")
#: A day and a month or hours and minutes: one or two digits, then an optional fraction of one or two digits.
_CLOCK_DAY = re.compile(r"(\d{1,2})(?:[.,](\d{1,2}))?")


def _parts(text: str) -> tuple[str, str] | None:
    """(integer digits, fraction digits) of a plain number, else None. A number whose only separator is followed by
    three digits (``10.000``, ``1,500``) is read as grouped thousands when no fraction follows."""
    m = _NUMBER.fullmatch(text.strip())
    if m is None:
        return None
    digits = re.sub(r"[ ,.]", "", m.group(1))
    if len(digits) > 1 and digits.startswith("0"):
        return None  # zero-padded: a code of fixed width
    return digits, m.group(3) or ""


def clock_or_day(texts: Sequence[str]) -> bool:
    """Whether every value (``texts``: non-empty cells) could be a day and a month or hours and minutes, at least one
    of them with a fraction (module docstring). A one-digit fraction is read as a spreadsheet's (``20.1`` for
    ``20.10``, ``9.3`` for ``9.30``)."""
    parts: list[tuple[int, str]] = []
    for text in texts:
        m = _CLOCK_DAY.fullmatch(text.strip())
        if m is None:
            return False
        parts.append((int(m.group(1)), m.group(2) or ""))
    if not any(f for _, f in parts):
        return False
    day_month = all(1 <= i <= 31 and (not f or 1 <= int(f) <= (12 if len(f) == 2 else 9)) for i, f in parts)
    clock = all(i <= 24 and (not f or int(f.ljust(2, "0")) <= 59) for i, f in parts)
    return day_month or clock


def decimal_measures(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are decimal amounts or measures of varied magnitude (module docstring)."""
    raw = [_parts(t) for t in texts]
    if len(raw) < ROWS_MIN or any(p is None for p in raw):
        return False
    parts = [p for p in raw if p is not None]
    if sum(bool(f) for _, f in parts) < 0.5 * len(parts) or coordinate_axis(list(texts)) is not None:
        return False
    distinct = {p for p in parts if p[0].strip("0") or p[1].strip("0")}  # zeros repeat: no magnitude
    lengths = Counter(len(i.lstrip("-")) for i, _ in distinct)
    if len(lengths) < 2 or max(lengths.values()) > MODAL_MAX * len(distinct):
        return False
    return not clock_or_day(texts)
