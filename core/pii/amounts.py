"""Money and measures told by their values (issue 11, session 12: precision): clearing proofs for numbers.

The PII golden sets label amounts, salaries, prices, balances and physical measures non-personal, while the numbers a
person is known by are identifiers (national ids, accounts, phones, PINs, card data), postal codes, house numbers,
dates and coordinates. Under a header that says nothing (``c_11``, ``column_20``, ``VAR00014``) the deny-by-default
rules mask every number column; the two proofs here clear the two kinds of amounts no identifier has the values of.
Both are asked only when the header names no personal data and the values show no personal entity (a phone reading
is lifted for round amounts alone: :func:`core.pii.decide.decide_column`):

* :func:`round_amounts` — rounded money (``113000``, ``1,500.00``, ``10.000.000``, ``100 000``): at least
  :data:`ROWS_MIN` cells, every one a plain number (thousands grouped by ``,``/``.``/space, at most a zero fraction
  such as ``.00``), none zero-padded, at least :data:`DISTINCT_MIN` distinct non-zero values, nine in ten of them
  multiples of 100, and either digit counts that vary (no count shared by more than :data:`LENGTH_SHARE_MAX` of the
  values) or zero on :data:`ZERO_ROWS_MIN` rows or more. An identifier, phone, PIN or card number ends in ``00`` one
  time in a hundred; postal codes that are round (``10000``, ``21000``, ``71000``) have one width and are never 0;
  house numbers and years are not nine in ten round.
* :func:`decimal_measures` — decimals (``1255,626``, ``60,86``, ``-14.63``, ``110,005.25``): every cell a number with
  one to three fraction digits (or a whole number), half of them at least with a fraction, none zero-padded, and
  integer parts whose digit counts vary over the distinct non-zero values (as :func:`core.pii.proof.magnitude_proof`:
  no count shared by more than :data:`MODAL_MAX` of them; a column of mostly ``0.00`` is judged by its other
  values). Refused: anything that reads as a coordinate axis (:mod:`core.pii.coords`: three or more fraction digits
  within [-180, 180]), and values that could all be a day and a month (``17.06``) or hours and minutes (``9.30``,
  ``14.45``), which are dates and times, not measures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from core.pii.coords import coordinate_axis
from core.pii.proof import MODAL_MAX

ROWS_MIN = 20
DISTINCT_MIN = 3
ROUND_SHARE = 0.9
LENGTH_SHARE_MAX = 0.9
ZERO_ROWS_MIN = 5
#: A plain number: digits in groups of three after the first (``1,500``, ``10.000.000``, ``100 000``) or ungrouped,
#: with an optional fraction of one to three digits.
_NUMBER = re.compile(r"-?(\d{1,3}(?:([ ,.])\d{3})(?:\2\d{3})*|\d+)(?:[.,](\d{1,3}))?")


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


def round_amounts(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are rounded money (module docstring)."""
    parts = [_parts(t) for t in texts]
    if len(parts) < ROWS_MIN or any(p is None or set(p[1]) - {"0"} for p in parts):
        return False
    nums = [int(p[0]) for p in parts if p is not None]
    nonzero = [n for n in nums if n]
    if len(set(nonzero)) < DISTINCT_MIN or sum(n % 100 == 0 for n in nonzero) < ROUND_SHARE * len(nonzero):
        return False
    lengths = Counter(len(str(n)) for n in nonzero)
    varied = len(lengths) >= 2 and max(lengths.values()) <= LENGTH_SHARE_MAX * len(nonzero)
    return varied or len(nums) - len(nonzero) >= ZERO_ROWS_MIN


def _clock_or_day(parts: list[tuple[str, str]]) -> bool:
    """Whether every value could be a day and a month (``17.06``) or hours and minutes (``9.30``)."""
    fractions = [p for p in parts if p[1]]
    if not fractions or any(len(p[1]) != 2 for p in fractions):
        return False
    day_month = all(int(i) <= 31 and (not f or 1 <= int(f) <= 12) for i, f in parts)
    clock = all(int(i) <= 24 and (not f or int(f) <= 59) for i, f in parts)
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
    return not _clock_or_day(parts)
