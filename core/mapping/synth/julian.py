"""Ordinal ("Julian") dates as synthesis candidates: a year and the day of that year (``24075`` or ``2024075`` ->
``2024-03-15``), as mainframes, GS1 and military date fields write them.

The value is ``YYDDD`` or ``YYYYDDD`` (digits only; a two-digit year is in 2000..2099, the century the examples
must show); no DSL op parses a day of the year, so the program builds it from older ops: January 1st of the year
(``template`` ``{year}0101``, ``date_parse``), its Unix time plus ``(DDD - 1) * 86400`` seconds (``safe_math``), back
to a date (``epoch_to_datetime``) and written in the one DSL format every output has. Only days 1..366 of the year
are read (others give no value: ``sign`` of the day's distance to 0.5 and 366.5, DSL 1.7); a day 366 of a common
year is the next January 1st, as an offset from January 1st. Proposed when every input is 5 or 7 digits;
checked in Python on every example, then confirmed by the engine (:func:`conversions.confirmed`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version
from dsl import dates

_SHAPE = re.compile(r"([0-9]{2}|[0-9]{4})([0-9]{3})")


def _date(v: str) -> dt.date | None:
    m = _SHAPE.fullmatch(v)
    if m is None or not 1 <= int(m.group(2)) <= 366:
        return None
    year = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
    if year < 1:
        return None
    try:
        return dt.date(year, 1, 1) + dt.timedelta(days=int(m.group(2)) - 1)
    except OverflowError:  # day 366 of 9999 is past the last date Python has: no value, as in the engine
        return None


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not vals or not all(_SHAPE.fullmatch(v) for v in vals):
        return
    for fmt in dates.FORMATS:
        if dates.spec(fmt).kind != "date":
            continue

        def fn(v: str, fmt: str = fmt) -> str | None:
            d = _date(v)
            return None if d is None else d.strftime(fmt)
        if not all(fn(v) == o for v, o in zip(vals, outs, strict=True)):
            continue
        steps: list[dict[str, Any]] = [
            {"op": "regex_extract", "input": col, "output": "d", "pattern": "([0-9]{3})$", "group": 1},
            {"op": "regex_extract", "input": col, "output": "y4", "pattern": "^([0-9]{4})[0-9]{3}$", "group": 1},
            {"op": "regex_extract", "input": col, "output": "y2", "pattern": "^([0-9]{2})[0-9]{3}$", "group": 1},
            {"op": "template", "inputs": ["y2"], "template": "20{0}", "output": "y2"},
            {"op": "coalesce", "inputs": ["y4", "y2"], "output": "y"},
            {"op": "template", "inputs": ["y"], "template": "{0}0101", "output": "jan1"},
            {"op": "date_parse", "input": "jan1", "output": "jan1", "format": "%Y%m%d"},
            {"op": "datetime_to_epoch", "input": "jan1", "output": "e", "unit": "s"},
            {"op": "type_cast", "input": "e", "output": "e", "to": "float"},
            {"op": "type_cast", "input": "d", "output": "n", "to": "float"},
            {"op": "safe_math", "fn": "sub", "args": ["n", 0.5], "output": "lo"},
            {"op": "sign", "input": "lo", "output": "lo"},
            {"op": "safe_math", "fn": "sub", "args": ["n", 366.5], "output": "hi"},
            {"op": "sign", "input": "hi", "output": "hi"},
            {"op": "safe_math", "fn": "sub", "args": ["lo", "hi"], "output": "ok"},  # 2 for a day 1..366
            {"op": "type_cast", "input": "ok", "output": "ok", "to": "int"},
            {"op": "type_cast", "input": "ok", "output": "ok", "to": "string"},
            {"op": "map_dict", "input": "ok", "output": "ok", "mapping": {"2": ""}},
            {"op": "safe_math", "fn": "sub", "args": ["n", 1.0], "output": "n"},
            {"op": "safe_math", "fn": "mul", "args": ["n", 86400.0], "output": "n"},
            {"op": "safe_math", "fn": "add", "args": ["e", "n"], "output": "e"},
            {"op": "type_cast", "input": "e", "output": "e", "to": "int"},
            {"op": "epoch_to_datetime", "input": "e", "output": "t", "unit": "s"},
            {"op": "type_cast", "input": "t", "output": "t", "to": "date"},
            {"op": "date_format", "input": "t", "output": "t", "format": fmt},
            {"op": "concat", "inputs": ["t", "ok"], "output": OUT}]
        yield "julian_date", steps, 5.0, fn
        return


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed ordinal-date programs (one string input) that reproduce every example."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version)
