"""Legacy encodings as synthesis candidates: COBOL zoned decimals with an overpunched sign
(``0001234{`` -> ``123.40``, ``0000567}`` -> ``-56.70``) and Japanese era years (``令和6年3月15日`` ->
``2024-03-15``, ``平成元年`` = 1989).

Both read fixed, public tables (the EBCDIC overpunch characters; the era start years) rather than the
examples: the examples choose only the number of implied decimals and the output layout, and the
program is checked on every example in Python, then confirmed by the engine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

OUT = "out"
#: overpunch character -> (last digit, sign)
OVERPUNCH: dict[str, tuple[int, int]] = {"{": (0, 1), "}": (0, -1), **{chr(65 + i): (i + 1, 1) for i in range(9)},
                                         **{chr(74 + i): (i + 1, -1) for i in range(9)}}
ZONED = re.compile(r"[0-9]{0,17}[{}A-R]")
#: era -> the Gregorian year before its first year (元年 = year 1)
ERAS: dict[str, int] = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
ERA_DATE = re.compile(r"(明治|大正|昭和|平成|令和)(元|[0-9]{1,2})年(?:([0-9]{1,2})月([0-9]{1,2})日)?")
ERA_LAYOUTS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%Y", "%Y%m%d", "%Y")
Proposal = tuple[str, list[dict[str, Any]], float, Callable[[str], str | None]]


def _decimals(outs: list[str | None]) -> int | None:
    places = {len(o.split(".")[1]) if "." in o else 0 for o in outs if o}
    return places.pop() if len(places) == 1 and all(o and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", o) for o in outs) \
        else None


def zoned(v: str, k: int) -> str:
    """Reference: the overpunched value with ``k`` implied decimals, rendered with ``k`` decimals."""
    digit, sign = OVERPUNCH[v[-1]]
    value = Decimal(int(v[:-1] + str(digit)) * sign).scaleb(-k)
    return f"{value:.{k}f}"


def _overpunch(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    k = _decimals(outs)
    if k is None or k > 6 or not all(ZONED.fullmatch(v) for v in vals) or not any(v[-1] != "{" for v in vals):
        return
    steps: list[dict[str, Any]] = [
        {"op": "regex_extract", "input": col, "output": "last", "pattern": "([{}A-R])$", "group": 1},
        {"op": "map_dict", "input": "last", "output": "digit",
         "mapping": {c: str(d) for c, (d, _) in OVERPUNCH.items()}},
        {"op": "map_dict", "input": "last", "output": "sign",
         "mapping": {c: str(s) for c, (_, s) in OVERPUNCH.items()}},
        {"op": "template", "inputs": [col], "template": "0{0}", "output": "body"},  # "0" keeps a lone sign byte
        {"op": "regex_extract", "input": "body", "output": "body", "pattern": "^([0-9]*)", "group": 1},
        {"op": "template", "inputs": ["body", "digit"], "template": "{0}{1}", "output": "n"},
        {"op": "type_cast", "input": "n", "output": "n", "to": "int"},
        {"op": "type_cast", "input": "sign", "output": "sign", "to": "int"},
        {"op": "safe_math", "fn": "mul", "args": ["n", "sign"], "output": "x"}]
    if k:
        steps.append({"op": "safe_math", "fn": "div", "args": ["x", 10 ** k], "output": "x"})
    steps.append({"op": "format_number", "input": "x", "output": OUT, "decimals": k})
    yield "zoned_overpunch", steps, 4.0, lambda v: zoned(v, k)


def era_date(v: str) -> dt.date | None:
    """Reference: the Gregorian date (1 January when only the year is written)."""
    m = ERA_DATE.fullmatch(v)
    if not m:
        return None
    year = ERAS[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
    return dt.date(year, int(m.group(3) or 1), int(m.group(4) or 1))


def _era(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not all(ERA_DATE.fullmatch(v) for v in vals):
        return
    full = all(ERA_DATE.fullmatch(v).group(3) for v in vals)  # type: ignore[union-attr]
    for layout in ERA_LAYOUTS if full else ERA_LAYOUTS[-1:]:
        if not all((d := era_date(v)) and d.strftime(layout) == o for v, o in zip(vals, outs, strict=True)):
            continue
        steps: list[dict[str, Any]] = [
            {"op": "replace", "input": col, "output": "t", "pattern": "元年", "replacement": "1年"},
            {"op": "regex_extract", "input": "t", "output": "era", "pattern": "^([^0-9]+)[0-9]", "group": 1},
            {"op": "map_dict", "input": "era", "output": "base", "mapping": {e: str(y) for e, y in ERAS.items()}},
            {"op": "type_cast", "input": "base", "output": "base", "to": "int"},
            {"op": "regex_extract", "input": "t", "output": "y", "pattern": "([0-9]+)年", "group": 1},
            {"op": "type_cast", "input": "y", "output": "y", "to": "int"},
            {"op": "safe_math", "fn": "add", "args": ["base", "y"], "output": "year"},
            {"op": "type_cast", "input": "year", "output": "year", "to": "int"},
            {"op": "type_cast", "input": "year", "output": "year", "to": "string"}]
        if layout == "%Y":
            steps.append({"op": "trim", "input": "year", "output": OUT})
        else:
            steps += [{"op": "regex_extract", "input": "t", "output": "m", "pattern": "年([0-9]+)月", "group": 1},
                      {"op": "pad", "input": "m", "output": "m", "width": 2},
                      {"op": "regex_extract", "input": "t", "output": "d", "pattern": "月([0-9]+)日", "group": 1},
                      {"op": "pad", "input": "d", "output": "d", "width": 2},
                      {"op": "template", "inputs": ["year", "m", "d"], "output": "iso", "template": "{0}-{1}-{2}"},
                      {"op": "date_parse", "input": "iso", "output": "date", "format": "%Y-%m-%d"},
                      {"op": "date_format", "input": "date", "output": OUT, "format": layout}]

        def fn(v: str, layout: str = layout) -> str | None:
            d = era_date(v)
            return d.strftime(layout) if d else None
        yield "era_date", steps, 4.0, fn
        return


def proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Overpunched zoned decimals and Japanese era dates that fit every example."""
    yield from _overpunch(vals, outs, col)
    yield from _era(vals, outs, col)
