"""Numbers at a position inside text: a decompose candidate for a numeric target whose examples read like the
k-th number written in a source column's values.

Exports write several numbers into one cell: a blood pressure ``131/68 mmHg``, a valuation range ``1,230 -
1,330``, an item ``kwintas 14K 23.9 gms``, an academic year ``2023/24 zimowy``, a neighbourhood ``RT 2/RW 6``.
Whatever language the words are in, the numbers are read the same way: every digit run with its decimal or
grouping marks (:data:`NUMBER`), in order. A column where at least :data:`HOLDER_SHARE` of the values hold a
number and at least :data:`MULTI_SHARE` of those hold two or more (a part out of several: one number in a value
is the value, read whole by the atomic strategies) has its numbers counted per position (first, second, third,
last). The target's example rows come from other records than the source's, so the examples are compared with
a position's numbers as a distribution (:func:`position_fit`): the share of examples within the position's
range (2nd-98th percentile, widened by a tenth of the span) times the agreement of the medians' magnitudes
(nothing at x :data:`MAG_RATIO` apart), raised by examples found exactly among the position's numbers (only
that, for a position of at most :data:`CODES` distinct numbers: site numbers 1001..6001 span the birth years
without holding one). The best position of a column scoring at least :data:`FIT_MIN` makes the column a
candidate scored (:mod:`core.mapping.number_batch`) :data:`BASE` + :data:`GAIN` x fit + :data:`HEADER_GAIN` x
header similarity; the assignment's decompose margin protects assignable atomic pairs. Dates, times of day and
durations, whole numbers, amounts with spaced thousands, long digit strings (phones, ids), codes gluing letters
to digits, zero-padded serials and address/contact/id columns are no containers here. A minus sign (``-``,
U+2212) at a value's start or after a space, ``/`` or ``(`` belongs to its number; a hyphen between two numbers
(``1-5``) separates them (:data:`NOT_SIGN`). Values are read in memory only (data_mode).

Strategy (:mod:`core.mapping.number_strategy`): ``regex_extract_all`` of :data:`NUMBER`, ``list_get`` of the
position, then the atomic number steps (grouping marks dropped; decimal comma where the column writes one).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from core.mapping.features import magnitude
from core.mapping.side import MatchColumn
from core.mapping.time_groups import time_share
from core.mapping.value_kinds import temporal_share

#: a number: a run of ASCII digits with its decimal or grouping marks (a trailing mark is dropped when read), with
#: its minus sign; the DSL's portable regex flavor without groups or alternation, so every backend reads the same
NUMBER = r"-?[0-9]+[0-9.,]*"
_NUMBER = re.compile(NUMBER)
#: the minus sign U+2212 is read as ASCII ``-``
MINUS = {"\u2212": "-"}
#: a hyphen after anything but the value's start, a space, ``/`` or ``(`` is no sign (``1-5`` is a range): it is
#: replaced by a space (group 1 kept) before the numbers are read, here and in the DSL pipeline
NOT_SIGN = r"([^ /(])-"
_NOT_SIGN = re.compile(NOT_SIGN)
NUMERIC = frozenset({"int", "float", "decimal"})
#: share of the non-empty values holding a number
HOLDER_SHARE = 0.3
#: share of the number-holding values holding two or more
MULTI_SHARE = 0.7
#: positions counted from the start (0, 1, 2) and the last (-1)
POSITIONS = (0, 1, 2, -1)
#: a position needs numbers in this share of the holders
POSITION_SHARE = 0.3
#: medians this many times apart agree in nothing
MAG_RATIO = 4.0
#: weight of examples found exactly among a position's numbers (within 1%)
EXACT_WEIGHT = 0.3
FIT_MIN = 0.6
#: a position with at most this many distinct numbers is a code list: examples fit only by being among them
CODES = 12
BASE = 0.3
GAIN = 0.25
HEADER_GAIN = 0.3
MIN_EXAMPLES = 3
#: examples compared per target (the first ones)
MAX_EXAMPLES = 200
#: the best position's fit above the next one's by which it is pinned by the examples' distribution alone
CLEAR_MARGIN = 0.25
#: digit count of a value past which a column of numbers only is a phone or an id, not numbers in text
LONG_DIGITS = 9
_SAMPLE = 500
#: a time of day or duration (``00:34``), a number with thousands spaced (``12 853,13``): in this share of the
#: values the column writes one value, not several numbers
NOT_PARTS = 0.3
_CLOCK = re.compile(r"\d:\d\d")
#: a range of times of day written with a dot or ``h`` (opening hours ``8.00 - 14.15``, ``9h30-18h``): two clock
#: readings (hour 0-23, minutes 00-59) joined by a dash, with no unit or currency after it (``1.50 - 2.25 kg``,
#: ``8.00 - 14.15 EUR`` are decimals); a column is opening hours only when every such range in it reads so
_HOUR = r"(?:[01]?\d|2[0-3])[.h][0-5]\d"
_UNIT_AFTER = r"(?!\s*(?:[^\W\d_]|[%\u20ac$\u00a3\u00a5]))"
_CLOCK_RANGE = re.compile(rf"(?<![\d.,]){_HOUR}\s*[-\u2013\u2014]\s*{_HOUR}(?![\d.,]){_UNIT_AFTER}")
_DOT_RANGE = re.compile(r"\d[.h]\d\d\s*[-\u2013\u2014]\s*\d")
_MONEY_BEFORE = re.compile(r"(?:[\u20ac$\u00a3\u00a5]|\b[A-Z]{3})\s*$")
#: a digit, an apostrophe grouping thousands (Swiss ``1'241``, ``1’241.50``), exactly three digits and a non-digit
#: or the end: the apostrophe is dropped before the numbers are read (twice: ``1'241'000``), here and in the DSL
#: pipeline, only in a column whose apostrophes between digits mostly read so (:func:`swiss_apostrophes`:
#: ``5'11"``, ``48°51'24"``, ``12'30`` keep theirs)
THOUSANDS_APOSTROPHE = "([0-9])['\u2019]([0-9]{3})([^0-9])"
#: the same at the end of the value (two patterns: the DSL takes no alternation whose match extents differ)
THOUSANDS_APOSTROPHE_END = "([0-9])['\u2019]([0-9]{3})$"
_THOUSANDS_APOSTROPHE = re.compile(THOUSANDS_APOSTROPHE)
_THOUSANDS_APOSTROPHE_END = re.compile(THOUSANDS_APOSTROPHE_END)
_ANY_APOSTROPHE = re.compile(r"(?<=\d)['\u2019](?=\d)")
_GROUP_APOSTROPHE = re.compile(r"(?<=\d)['\u2019](?=\d{3}(?!\d))")
#: share of the values with an apostrophe between digits whose every such apostrophe groups thousands
SWISS_SHARE = 0.8
#: values of one token gluing letters to digits (hex ids, waybill codes) in this share: a column of codes
CODE_SHARE = 0.5
_GLUED = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_GROUPED = re.compile(r"\d[ \u00a0]\d{3}(?:[.,]\d{1,2})?(?![\d.,])")
#: a position whose numbers are zero-padded (``0233``, ``001``) in this share of the values numbers records: an
#: identifier's serial, not a quantity
PADDED = 0.1
#: target domains no number inside a text feeds (a record's own number is no part of another value)
NOT_TARGETS = ("id.",)
#: source domains whose numbers are parts of a locator or a code, not quantities (house numbers, phone digits, an
#: identifier's serials)
NOT_SOURCES = ("address.", "contact.", "id.")


def read_number(text: str, comma: bool) -> float | None:
    """A written number's value in a column that writes a decimal comma (``comma``) or a decimal point."""
    t = text.replace(".", "").replace(",", ".") if comma else text.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def decimal_comma(items: Sequence[str]) -> bool:
    """Whether a column's numbers write a decimal comma (``23,9``, ``1.300,50``) more often than a point."""
    comma = sum(bool(re.search(r",\d{1,2}$", x)) for x in items)
    point = sum(bool(re.search(r"\.\d{1,2}$", x)) or bool(re.search(r",\d{3}$", x)) for x in items)
    return comma > point


def swiss_apostrophes(values: Sequence[str] | None) -> bool:
    """Whether a column groups thousands with apostrophes: some value has an apostrophe between digits and
    :data:`SWISS_SHARE` of those have every such apostrophe before exactly three digits (``1'241.50``)."""
    held = [v for v in (values or [])[:_SAMPLE] if v and _ANY_APOSTROPHE.search(v)]
    if not held:
        return False
    fit = sum(len(_ANY_APOSTROPHE.findall(v)) == len(_GROUP_APOSTROPHE.findall(v)) for v in held)
    return fit >= SWISS_SHARE * len(held)


def _clock_ranges(vals: Sequence[str]) -> int:
    """Values of opening hours (``8.00 - 14.15``) when every dotted range of the column reads as clock times, else 0."""
    ranged = [v for v in vals if _DOT_RANGE.search(v)]
    clock = [v for v in ranged if (m := _CLOCK_RANGE.search(v)) and not _MONEY_BEFORE.search(v[:m.start()])]
    return len(clock) if len(clock) == len(ranged) else 0


def signed_text(value: str, apostrophes: bool = False) -> str:
    """``value`` with its minus signs as ASCII ``-`` and every hyphen that is no sign (:data:`NOT_SIGN`) a space;
    with ``apostrophes`` (a Swiss column, :func:`swiss_apostrophes`) thousands apostrophes dropped."""
    for k, x in MINUS.items():
        value = value.replace(k, x)
    if apostrophes:
        for _ in range(2):
            value = _THOUSANDS_APOSTROPHE.sub(r"\1\2\3", value)
        value = _THOUSANDS_APOSTROPHE_END.sub(r"\1\2", value)
    return _NOT_SIGN.sub(r"\1 ", value)


def numbers_in(values: Sequence[str]) -> tuple[list[list[float | None]], bool] | None:
    """Per value the numbers written in it, in order, and the column's decimal comma; None when the column is no
    container of several numbers (module docstring)."""
    vals = [v.strip() for v in values[:_SAMPLE] if v and v.strip()]
    if len(vals) < 5 or (temporal_share(vals) or 0.0) >= 0.5 or time_share(vals) >= 0.5 or magnitude(vals) is not None:
        return None
    swiss = swiss_apostrophes(vals)
    raw = [[m.group(0).rstrip(".,") for m in _NUMBER.finditer(signed_text(v, swiss))] for v in vals]
    holders = [r for r in raw if r]
    if len(holders) < HOLDER_SHARE * len(vals) or sum(len(r) >= 2 for r in holders) < MULTI_SHARE * len(holders):
        return None
    if sum(bool(_CLOCK.search(v)) or bool(_GROUPED.search(v)) for v in vals) + _clock_ranges(vals) \
            >= NOT_PARTS * len(vals):
        return None  # 00:34:00, 12 853,13 kr, 8.00 - 14.15: times of day or an amount with spaced thousands
    if sum(" " not in v and bool(_GLUED.search(v)) for v in vals) >= CODE_SHARE * len(vals):
        return None  # 9DABADC9, GN5965XV03: codes of letters and digits in one token
    letters = sum(any(c.isalpha() for c in v) for v in vals)
    digits = sorted(sum(c.isdigit() for c in v) for v in vals)
    if letters < 0.5 * len(vals) and digits[len(digits) // 2] >= LONG_DIGITS:
        return None  # +994 50 988 39 33, 8006177722088: a phone or an id written in groups
    comma = decimal_comma([x for r in holders for x in r])
    return [[None if _padded(x) else read_number(x, comma) for x in r] for r in holders], comma


def _padded(item: str) -> bool:
    item = item.lstrip("-")
    return len(item) >= 2 and item[0] == "0" and item[1].isdigit()


def _at(rows: list[list[float | None]], k: int) -> np.ndarray:
    """The numbers at position ``k`` (empty when the position is an identifier's zero-padded serial)."""
    got = [r[k] for r in rows if -len(r) <= k < len(r)]
    if sum(x is None for x in got) >= PADDED * len(rows):
        return np.array([], dtype=float)
    return np.array([x for x in got if x is not None], dtype=float)


class PositionStats:
    """One position's numbers summarised once per source column: range, median magnitude, sorted distinct values."""

    __slots__ = ("distinct", "hi", "lo", "median")

    def __init__(self, numbers: np.ndarray) -> None:
        lo, hi = np.quantile(numbers, [0.02, 0.98])
        pad = 0.1 * (hi - lo) + 1e-9
        self.lo, self.hi = float(lo - pad), float(hi + pad)
        self.median = float(np.median(np.abs(numbers)))
        self.distinct = np.unique(numbers)


def _exact(examples: np.ndarray, distinct: np.ndarray) -> float:
    """Share of the examples within 1% of one of the sorted ``distinct`` numbers (the nearest on either side)."""
    idx = np.searchsorted(distinct, examples)
    tol = 0.01 * np.maximum(np.abs(examples), 1e-9)
    left = np.abs(distinct[np.clip(idx - 1, 0, distinct.size - 1)] - examples) <= tol
    right = np.abs(distinct[np.clip(idx, 0, distinct.size - 1)] - examples) <= tol
    return float((left | right).mean())


def stats_fit(examples: np.ndarray, st: PositionStats) -> float:
    """How well a target's example numbers read as one position's numbers (module docstring)."""
    if not examples.size:
        return 0.0
    inside = float(np.mean((examples >= st.lo) & (examples <= st.hi)))
    m_e = float(np.median(np.abs(examples)))
    mag = max(0.0, 1.0 - abs(math.log1p(m_e) - math.log1p(st.median)) / math.log(MAG_RATIO))
    exact = _exact(examples, st.distinct)
    if st.distinct.size <= CODES:  # a handful of values (site numbers, karats): the examples must be among them
        return round(exact * mag, 4)
    return round(min(1.0, inside * mag + EXACT_WEIGHT * exact * mag), 4)


def position_fit(examples: np.ndarray, numbers: np.ndarray) -> float:
    """How well a target's example numbers read as one position's numbers (module docstring)."""
    if not numbers.size or not examples.size:
        return 0.0
    return stats_fit(examples, PositionStats(numbers))


def target_numbers(d: MatchColumn) -> np.ndarray | None:
    """A numeric target's example numbers (None: not numeric, or too few)."""
    if d.logical_type not in NUMERIC or d.allowed or (d.domain or "").startswith(NOT_TARGETS):
        return None
    xs = []
    for v in d.values or []:
        try:
            xs.append(float(v))
        except (TypeError, ValueError):
            continue
    return np.array(xs) if len(xs) >= MIN_EXAMPLES else None


def column_positions(rows: list[list[float | None]]) -> list[tuple[int, PositionStats]]:
    """Every position with numbers in enough rows, summarised (computed once per source column)."""
    out: list[tuple[int, PositionStats]] = []
    seen: list[np.ndarray] = []
    for k in POSITIONS:
        nums = _at(rows, k)
        if nums.size >= max(3, POSITION_SHARE * len(rows)) and not any(np.array_equal(nums, x) for x in seen):
            out.append((k, PositionStats(nums)))  # the last of values holding two numbers is the second: once
            seen.append(nums)
    return out


def position_fits(examples: np.ndarray, rows: list[list[float | None]] | list[tuple[int, PositionStats]],
                  ) -> list[tuple[int, float]]:
    """(position, fit) of every position with numbers in enough rows, best first (ties: the earlier position);
    ``rows``: the column's numbers per value, or its :func:`column_positions`."""
    positions = rows if rows and isinstance(rows[0], tuple) else column_positions(rows)  # type: ignore[arg-type]
    ex = examples[:MAX_EXAMPLES]
    fits = [(k, stats_fit(ex, st)) for k, st in positions]  # type: ignore[misc]
    order = {k: n for n, k in enumerate(POSITIONS)}
    return sorted(fits, key=lambda kf: (-kf[1], order[kf[0]]))


def best_position(examples: np.ndarray, rows: list[list[float | None]] | list[tuple[int, PositionStats]],
                  ) -> tuple[int, float] | None:
    """The position whose numbers the examples fit best, at least :data:`FIT_MIN` (module docstring). Positions
    alike (the low and high of a range) tie: the column holds the target as a part either way; the strategy
    proposes every position and the plan holds the column unless one position is :func:`clear`."""
    fits = position_fits(examples, rows)
    return fits[0] if fits and fits[0][1] >= FIT_MIN else None


def clear(fits: list[tuple[int, float]]) -> bool:
    """Whether the best position (of :func:`position_fits`) is the only one the examples fit: at least
    :data:`FIT_MIN` and :data:`CLEAR_MARGIN` above the next."""
    return bool(fits) and fits[0][1] >= FIT_MIN and (len(fits) == 1 or fits[0][1] - fits[1][1] >= CLEAR_MARGIN)


def number_position(target_values: Sequence[str] | None, values: Sequence[str] | None) -> tuple[int, bool] | None:
    """(position, decimal comma) of the number the target's examples read as in ``values`` (None: no such part)."""
    d = MatchColumn(table="", name="", original_name="", logical_type="float", values=list(target_values or []))
    ex = target_numbers(d)
    found = numbers_in(values or [])
    if ex is None or found is None:
        return None
    got = best_position(ex, found[0])
    return None if got is None else (got[0], found[1])


def number_part_steps(inp: str, out: str, index: int, to: str, comma: bool,
                      apostrophes: bool = False) -> list[dict[str, Any]]:
    """DSL steps taking the ``index``-th number written in ``inp`` (negative: from the end) as ``to``; with
    ``apostrophes`` (:func:`swiss_apostrophes` of the column) thousands apostrophes are dropped first."""
    from core.mapping.strategies import number_steps

    swiss = ([{"op": "replace", "input": "_np", "output": "_np", "pattern": THOUSANDS_APOSTROPHE,
               "replacement": "$1$2$3", "groups": True}] * 2
             + [{"op": "replace", "input": "_np", "output": "_np", "pattern": THOUSANDS_APOSTROPHE_END,
                 "replacement": "$1$2", "groups": True}]) if apostrophes else []
    return [{"op": "translate", "input": inp, "output": "_np", "mapping": MINUS},
            *swiss,
            {"op": "replace", "input": "_np", "output": "_np", "pattern": NOT_SIGN, "replacement": "$1 ",
             "groups": True},
            {"op": "regex_extract_all", "input": "_np", "output": "_np", "pattern": NUMBER, "separator": " "},
            {"op": "list_get", "input": "_np", "output": "_np", "separator": " ", "index": index},
            *number_steps("_np", out, to, comma=comma)]
