"""Numbers written as significant digits and a power-of-ten exponent digit (``472`` = 47 x 10^2: capacitor and SMD
resistor codes, EIA multiplier codes), rendered in a unit the outputs name by a power of ten (``472`` pF ->
``4.7 nF``).

The DSL has no power op; ``10^e`` of one exponent digit is a ``map_dict`` of the ten digits to their powers (exact
in binary64), times the significant digits, times or divided by an everyday power of ten fitted on the first example
(``10^-9 .. 10^9``, checked on all), then ``format_number``: fixed decimals when every output writes them, else six
decimals with the trailing zeros dropped (the shortest form: ``100``, ``4.7``, ``0.22``), between the literal text
every output shares before and after the number. Proposed only when every input is 3 or 4 digits and the exponents
differ (with one exponent a plain factor explains the examples).
"""

from __future__ import annotations

import math
import re
from typing import Any

from core.mapping.synth import numeric
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.models import Candidate

OUT = "out"
#: exponent digits read as powers of ten; 8 and 9 only when an example writes them (EIA capacitor codes read 8 as
#: x0.01 and 9 as x0.1: a held ``109`` gives null, never ``10^9``)
POWERS = {str(e): str(10 ** e) for e in range(8)}
#: the input shape: two or three significant digits and the exponent digit (a held ``47`` or ``12345`` gives null)
SHAPE = "^([0-9]{2,3})([0-9])$"
_OUT = re.compile(r"([^0-9]*?)(-?[0-9]+(?:\.[0-9]+)?)([^0-9]*)")
COST = 4.5


def _render(v: float | None, d: int, short: bool) -> str | None:
    out = numeric.fmt(v, d, "", ".")
    if out is not None and short and d:
        out = out.rstrip("0").rstrip(".")
    return out


def powers(vals: list[str]) -> dict[str, str]:
    """The exponent digits the program reads: 0..7, and 8 or 9 when an example writes it."""
    return {**POWERS, **{v[-1]: str(10 ** int(v[-1])) for v in vals if v[-1] in "89"}}


def value(v: str, op: str, c: float, table: dict[str, str] = POWERS) -> float | None:
    """Python mirror: significant digits times ``10^exponent``, then ``op`` by the constant ``c`` (None: the
    program's null for an input of another shape or an exponent digit outside ``table``)."""
    if not re.fullmatch(SHAPE, v) or v[-1] not in table:
        return None
    x = float(v[:-1]) * float(table[v[-1]])
    return x * c if op == "mul" else x / c


def _steps(col: str, op: str, c: float, d: int, short: bool, pre: str, post: str,
           table: dict[str, str]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [
        {"op": "regex_extract", "input": col, "output": "__m", "pattern": SHAPE, "group": 1},
        {"op": "type_cast", "input": "__m", "output": "__m", "to": "float"},
        {"op": "regex_extract", "input": col, "output": "__e", "pattern": SHAPE, "group": 2},
        {"op": "map_dict", "input": "__e", "output": "__e", "mapping": table},
        {"op": "type_cast", "input": "__e", "output": "__e", "to": "float"},
        {"op": "safe_math", "fn": "mul", "args": ["__m", "__e"], "output": "__v"}]
    if c != 1.0:
        steps.append({"op": "safe_math", "fn": op, "args": ["__v", c], "output": "__v"})
    steps.append({"op": "format_number", "input": "__v", "output": "__t", "decimals": d})
    if short and d:
        steps += [{"op": "replace", "input": "__t", "output": "__t", "pattern": "0+$", "replacement": ""},
                  {"op": "replace", "input": "__t", "output": "__t", "pattern": "\\.$", "replacement": ""}]
    esc = pre.replace("{", "{{").replace("}", "}}") + "{0}" + post.replace("{", "{{").replace("}", "}}")
    steps.append({"op": "template", "inputs": ["__t"], "template": esc, "output": OUT})
    return steps


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs reading significant digits and an exponent digit."""
    parts = [_OUT.fullmatch(o or "") for o in outs]
    if len(rows) < 2 or not all(parts) or len({(m.group(1), m.group(3)) for m in parts if m}) != 1:
        return []
    pre, post = (parts[0].group(1), parts[0].group(3)) if parts[0] else ("", "")
    ys = [float(m.group(2)) for m in parts if m]
    for i, name in enumerate(names):
        vals = [r[i] or "" for r in rows]
        if types.get(name) != "string" or not all(re.fullmatch("[0-9]{3,4}", v) for v in vals) or \
                len({v[-1] for v in vals}) < 2:
            continue
        table = powers(vals)
        base = value(vals[0], "mul", 1.0, table)
        if not base or ys[0] <= 0.0:
            continue  # a zero or negative output is no positive reading times a power of ten (no log10 of it)
        k = round(math.log10(ys[0] / base))
        if not -9 <= k <= 9 or abs(ys[0] / base / 10.0 ** k - 1.0) > 0.05:
            continue
        op, c = ("mul", float(10 ** k)) if k >= 0 else ("div", float(10 ** -k))
        # fixed decimals when every output writes them, else the shortest form over six decimals (``0.033``)
        for d, short in [*((d, False) for d in range(7)), (6, True)]:
            got = [_render(value(v, op, c, table), d, short) for v in vals]
            if [f"{pre}{g}{post}" for g in got] != outs:
                continue
            pipe = confirmed(_steps(name, op, c, d, short, pre, post, table), rows, outs, names, types, "1.2.0")
            if pipe is not None:
                return [candidate(pipe, COST, len(rows), "exponent_digit")]
    return []
