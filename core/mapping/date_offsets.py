"""Date offsets: the distance between two dates of one row tells look-alike date columns apart.

A loan register's dates all read as dates of the same years (``Petsa ng Sangla``, ``Takdang Petsa``,
``Petsa ng Remata``), and so do a certificate's issue and expiry dates or a membership's start and end.
Their headers may be in any language; their *relations* are not: the maturity falls 30 days after the
loan, the expiry 120 days, a certificate is valid 10 years. The target's example rows show those
relations (per pair of date columns ``a, b`` the median of ``b - a`` in days over rows holding both);
so do the source's sampled rows for its date columns ``x, y``. A target ``a`` and source ``x`` are
**supported** when some other target date ``b`` and source date ``y`` have the same median offset
(within :data:`TOL_DAYS` or :data:`TOL_REL` of it, same sign) and the offset says something (at least
:data:`MIN_GAP` days: an entry timestamp written the same day as the business date it records is no
relation). A supported pair gains :data:`GAIN` (like the table context, it reorders candidates; it never
makes a pair assignable), so a row's dates are read as a structure rather than one by one.

Dates are read with their numeric forms in any digits (``2024-05-17``, ``17.05.2024``, ``05/17/2024``,
``০৬/০৩/২০২৪``, two-digit years pivoting at 30); day-first or month-first is decided per column by the
values that only one reading allows; a time of day counts as a fraction of the day. Values are read in
memory only (data_mode and the target's examples); nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from core.mapping.date_grain import clock_of
from core.mapping.side import MatchColumn

#: score added to a supported (target, source) pair
GAIN = 0.1
#: offsets shorter than this (days) say nothing (a record written the day of its business date)
MIN_GAP = 2.0
#: two medians agree within this many days ...
TOL_DAYS = 1.5
#: ... or this share of the larger one (a month is 28-31 days; ten years 3652-3653)
TOL_REL = 0.1
#: rows holding both dates needed: target examples, source sample
MIN_ROWS_TARGET, MIN_ROWS_SOURCE = 2, 5
#: share of a column's non-empty cells that must read as dates
DATED_SHARE = 0.6
SAMPLE = 500
#: date columns of one side paired
MAX_COLUMNS = 40
_YMD = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_XXY = re.compile(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})(?!\d)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def ascii_digits(value: str) -> str:
    """The value with every decimal digit of any script written 0-9 (``০৬`` -> ``06``, ``۱۴`` -> ``14``)."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in value)


def _day(y: int, m: int, d: int) -> float | None:
    if y < 100:
        y += 1900 if y > 30 else 2000
    if not 1900 <= y <= 2099:
        return None
    try:
        return float(dt.date(y, m, d).toordinal())
    except ValueError:
        return None


def _parts(value: str) -> tuple[str, tuple[int, int, int]] | None:
    v = ascii_digits(value.strip())
    if m := _YMD.search(v):
        return "ymd", (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _XXY.search(v):
        return "xxy", (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _COMPACT.match(v):
        return "ymd", (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def day_numbers(cells: Sequence[str]) -> list[float | None]:
    """Per cell its day number (proleptic ordinal + time of day as a fraction), None where it reads as none;
    all None when under :data:`DATED_SHARE` of the non-empty cells read as dates."""
    parts = [_parts(c) if c.strip() else None for c in cells[:SAMPLE]]
    xxy = [p[1] for p in parts if p and p[0] == "xxy"]
    month_first = sum(b > 12 >= a for a, b, _ in xxy) > sum(a > 12 >= b for a, b, _ in xxy)
    out: list[float | None] = []
    for c, p in zip(cells[:SAMPLE], parts, strict=False):
        day = None
        if p:
            a, b, c3 = p[1]
            day = _day(a, b, c3) if p[0] == "ymd" else _day(c3, a, b) if month_first else _day(c3, b, a)
            if day is not None and (mins := clock_of(ascii_digits(c))) is not None:
                day += mins / 1440.0
        out.append(day)
    filled = sum(bool(c.strip()) for c in cells[:SAMPLE])
    if not filled or sum(d is not None for d in out) < DATED_SHARE * filled:
        return [None] * len(out)
    return out


def _medians(cols: Sequence[MatchColumn], min_rows: int) -> dict[tuple[int, int], float]:
    read = {k: day_numbers(c.cells) for k, c in enumerate(cols) if c.cells}
    dated = {k: sum(x is not None for x in d) for k, d in read.items()}
    # a wide table's many dates: the best-filled :data:`MAX_COLUMNS` are paired (pairs grow quadratically)
    days = {k: read[k] for k in sorted((k for k in dated if dated[k]), key=lambda k: -dated[k])[:MAX_COLUMNS]}
    out: dict[tuple[int, int], float] = {}
    for a, da in days.items():
        for b, db in days.items():
            if a != b:
                diffs = [y - x for x, y in zip(da, db, strict=False) if x is not None and y is not None]
                if len(diffs) >= min_rows:
                    out[(a, b)] = float(np.median(diffs))
    return out


def _agree(m1: float, m2: float) -> bool:
    return (m1 > 0) == (m2 > 0) and abs(m1 - m2) <= max(TOL_DAYS, TOL_REL * max(abs(m1), abs(m2)))


def offset_support(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """1.0 for every (target, source) pair of date columns supported by a shared offset (module
    docstring), 0.0 elsewhere."""
    out = np.zeros((len(dst), len(src)))
    t_med = {k: m for k, m in _medians(dst, MIN_ROWS_TARGET).items() if abs(m) >= MIN_GAP}
    if not t_med:
        return out
    s_med = {k: m for k, m in _medians(src, MIN_ROWS_SOURCE).items() if abs(m) >= MIN_GAP}
    for (a, _b), m1 in t_med.items():
        for (x, _y), m2 in s_med.items():
            if _agree(m1, m2):
                out[a, x] = 1.0
    return out
