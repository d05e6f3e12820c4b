"""Checks of the mixed-layout date program (:mod:`core.mapping.synth.datelayouts`): the century of a two-digit
year and the calendar check of the date read.

**Two-digit years.** A two-digit year ``yy`` is ``19yy`` when ``yy >= pivot``, else ``20yy``. The pivot is learned
from the examples when they show two-digit years of either century (any pivot above every ``20yy`` shown and at
most every ``19yy`` shown); without evidence it is a sliding window: ``yy`` more than ten years after the current
year (``yy > current + 10``) is ``19yy``. The program writes it as one ``map_dict`` of the 100 two-digit years.

**Calendar check.** Of the output's digit runs, the year is the four-digit run (1900..2099 in every output), the month
and the day the two others: the run read from a month name, else the run whose values exceed 12 is the day, else
a year-first output is year-month-day. When that cannot be told (``05/06/2024`` and ``07/08/2023`` only) there is
no program (no guess). The program writes ``{year}-{month}-{day}`` (day ``01`` without a day), parses it as a date
(``date_parse`` ``%Y-%m-%d``: month 1..12, a day of that month, 29 February of leap years only) and takes the year,
month and day back from the parsed date, so an impossible date is null.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

#: a two-digit year this many years after the current one is of the last century (no evidence in the examples)
WINDOW = 10


def pivot(pairs: list[tuple[str, str]], today: _dt.date | None = None) -> int | None:
    """The two-digit year from which years are ``19yy`` (``20yy`` below it), or None when the examples conflict.

    ``pairs``: (two-digit year read, four-digit year written) of the examples.
    """
    year = (today or _dt.date.today()).year
    lo = max((int(yy) for yy, y in pairs if y.startswith("20")), default=-1)  # pivot above these
    hi = min((int(yy) for yy, y in pairs if y.startswith("19")), default=100)  # pivot at most these
    if lo + 1 > hi:
        return None
    default = (year + WINDOW) % 100 + 1
    return min(max(default, lo + 1), hi)


def century_map(piv: int) -> dict[str, str]:
    """``map_dict`` mapping of every two-digit year to its four-digit year under ``piv``."""
    return {f"{yy:02d}": ("19" if yy >= piv else "20") + f"{yy:02d}" for yy in range(100)}


def roles(texts: list[str], runs: list[list[str]], month_runs: set[int]) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) run numbers of the outputs, or None when they cannot be told."""
    n = min(len(runs[0]), 3)  # the date's runs come first; a time after them (``10:26``) is not checked here
    years = [j for j in range(n) if all(len(r[j]) == 4 and 1900 <= int(r[j]) <= 2099 for r in runs)]
    if not years:
        return None
    y = years[0]
    rest = [j for j in range(n) if j != y]
    if not rest:
        return None
    if len(rest) == 1:
        m = rest[0]
        return (y, m, None) if all(1 <= int(r[m]) <= 12 for r in runs) else None
    a, b = rest
    if len(month_runs & {a, b}) == 1:
        m = next(iter(month_runs & {a, b}))
    else:
        big = {j for j in (a, b) if any(int(r[j]) > 12 for r in runs)}
        if len(big) == 1:
            m = b if a in big else a
        elif not big and y == 0:
            m = a  # a year-first output is year-month-day
        else:
            return None
    d = b if m == a else a
    return y, m, d


def checked(cols: list[str], widths: list[int], who: tuple[int, int, int | None]) -> list[dict[str, Any]]:
    """Steps replacing the year, month and day columns by the same values taken back from a parsed date."""
    y, m, d = who
    parts = [cols[y], cols[m]] + ([cols[d]] if d is not None else [])
    two = []
    steps: list[dict[str, Any]] = []
    for k, c in enumerate(parts):
        t = f"_dc_{k}"
        steps.append({"op": "pad", "input": c, "output": t, "width": 4 if k == 0 else 2, "fill": "0", "side": "left"})
        two.append(t)
    tpl = "{0}-{1}-{2}" if d is not None else "{0}-{1}-01"
    steps += [{"op": "template", "inputs": two, "template": tpl, "output": "_dc_iso"},
              {"op": "date_parse", "input": "_dc_iso", "output": "_dc_date", "format": "%Y-%m-%d"},
              {"op": "date_format", "input": "_dc_date", "output": "_dc_ok", "format": "%Y-%m-%d"}]
    back = {y: "^([0-9]{4})-", m: "^[0-9]{4}-([0-9]{2})-"}
    if d is not None:
        back[d] = "-([0-9]{2})$"
    for j, pattern in back.items():
        steps.append({"op": "regex_extract", "input": "_dc_ok", "output": cols[j], "pattern": pattern, "group": 1})
        if widths[j] < 2:
            steps.append({"op": "regex_extract", "input": cols[j], "output": cols[j], "pattern": "^0?([0-9]+)$",
                          "group": 1})
    return steps
