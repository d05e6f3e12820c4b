"""A column of amounts in mixed units of one dimension (``12.5 acres``, ``3,5 ha``, ``8200 m²``; ``29.92 inHg``,
``755 mmHg``, ``1008 hPa``; ``30 mpg``, ``6,2 l/100 km``) converted to one unit the outputs are written in.

Each value is a number followed by a unit word; its decimal mark is the one the examples write (point, comma,
or both: then a comma before exactly three digits, ``1,250``, may be a thousands separator and gives null).
The units come from the known tables (the
DSL's unit table, :mod:`.known_units`, and fuel consumption here), so a unit the examples do not show converts as
well. Some units are **inverse** (``l/100 km`` is ``100 / (km per l)``), so a unit maps to a multiplier ``x * c``
or to a numerator ``c / x``: the DSL program reads the number and the unit word (spaces and a note in parentheses
dropped), looks both constants up with ``map_dict`` (a unit of the other kind gets null), computes ``x * c`` and
``c / x`` with ``safe_math`` and keeps the non-null one (``coalesce``), then ``format_number`` with the outputs'
decimals and mark. The target unit is the one of the dimension whose conversion reproduces every example; proposed
only when the examples write at least two units (one unit is :mod:`.known_units`' case). Temperatures in mixed
scales (``°F``, ``°C``, ``K``) are affine: ``(x - offset) / divisor`` to Celsius, then to the outputs' scale, both
constants looked up per unit (:func:`celsius_to`).
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth import known_units, numeric, unit_readings
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.models import Candidate
from core.mapping.synth.numterms import render
from dsl import units as dsl_units

OUT = "out"
#: unit -> (dimension, factor to the base unit, inverse): an inverse unit's value is ``factor / base``
FUEL: dict[str, tuple[str, float, bool]] = {
    "km/l": ("fuel", 1.0, False), "mpg": ("fuel", 1.609344 / 3.785411784, False),
    "mpg(US)": ("fuel", 1.609344 / 3.785411784, False), "mpg(UK)": ("fuel", 1.609344 / 4.54609, False),
    "mpg(imp)": ("fuel", 1.609344 / 4.54609, False), "l/100km": ("fuel", 100.0, True),
    "L/100km": ("fuel", 100.0, True),
}
NUMBER_PATTERN = r"^[\t ]*(-?[0-9]+[.,]?[0-9]*)"
#: the number of a value, followed by its unit (never by another mark or digit), per decimal mark the examples
#: write: only points, only commas, or both (then ``1,250`` is refused: thousands or decimals? null, never 1.25)
_TAIL = r")[\t ]*[^0-9\t (.,]"
NUMBER_PATTERNS: dict[str, tuple[str, ...]] = {
    ".": (r"^[\t ]*(-?[0-9]+\.?[0-9]*" + _TAIL,),
    ",": (r"^[\t ]*(-?[0-9]+,?[0-9]*" + _TAIL,),
    ".,": (r"^[\t ]*(-?[0-9]+\.?[0-9]*" + _TAIL, r"^[\t ]*(-?[0-9]+,[0-9]{1,2}" + _TAIL,
           r"^[\t ]*(-?[0-9]+,[0-9]{4,}" + _TAIL),
}
UNIT_PATTERN = r"^[\t ]*-?[0-9]+[.,]?[0-9]*[\t ]*([^0-9\t (][^(]*)"
_NUMBER, _UNIT = re.compile(NUMBER_PATTERN), re.compile(UNIT_PATTERN)
_OUT = re.compile(r"-?[0-9]+(?:([.,])([0-9]{1,6}))?")
#: decimals of the shortest form (``format_number`` writes at most six)
SHORT_DECIMALS = 6
COST = 4.2  # below a sum keyed by the units the examples show (4.4), which is null for any other unit


def _table() -> dict[str, tuple[str, float, bool]]:
    table: dict[str, tuple[str, float, bool]] = {}
    for u, (d, f, _) in dsl_units.UNITS.items():
        if d not in ("temperature", "currency"):
            table[u] = (d if d != "length" else "length", f, False)
    for u, (d, f) in known_units.EXTRA.items():
        if u not in table:
            table[u] = (d, f, False)
    for alias, u in known_units.ALIASES.items():
        if u in table and alias not in table:
            table[alias] = table[u]
    table.update(FUEL)
    return {u.replace(" ", ""): v for u, v in table.items()}


UNITS = _table()
#: with the units and spellings of :mod:`.unit_readings` (kitchen measures, troy ounces, CSS lengths, ``cm³``)
READ = unit_readings.table(UNITS)
#: temperature spellings -> (offset, divisor) with celsius = (x - offset) / divisor (the DSL's unit table)
TEMPERATURE: dict[str, tuple[float, float]] = {
    **{k: (0.0, 1.0) for k in ("C", "°C", "ºC", "℃", "degC")},
    **{k: (32.0, 1.8) for k in ("F", "°F", "ºF", "℉", "degF")},
    "K": (273.15, 1.0),
}


def decimal_marks(vals: list[str | None]) -> str:
    """The decimal marks the numbers of ``vals`` write: ``"."``, ``","`` or both (``".,"``); none: ``"."``."""
    nums = [m.group(1) for v in vals for m in [_NUMBER.match(v or "")] if m]
    found = "".join(k for k in ".," if any(k in n for n in nums))
    return found or "."


def _parse(v: str | None, marks: str = ".,", units: dict[str, tuple[str, float, bool]] = UNITS
           ) -> tuple[float, str] | None:
    n = next((m for p in NUMBER_PATTERNS[marks] for m in [re.match(p, v or "")] if m), None)
    u = _UNIT.match(v or "")
    if n is None or u is None:
        return None
    unit = u.group(1).replace(" ", "")
    known = unit in units or unit in unit_readings.SECOND or unit in TEMPERATURE or unit in known_units.AMBIGUOUS
    return (float(n.group(1).replace(",", ".")), unit) if known else None


def _number_steps(col: str, marks: str) -> list[dict[str, Any]]:
    """``__x``: the number of ``col`` as a float (null when it is no number the marks allow before a unit)."""
    pats = NUMBER_PATTERNS[marks]
    steps: list[dict[str, Any]] = [{"op": "regex_extract", "input": col, "output": f"__x{k}", "pattern": p,
                                    "group": 1} for k, p in enumerate(pats)]
    steps.append({"op": "coalesce", "inputs": [f"__x{k}" for k in range(len(pats))], "output": "__x"}
                 if len(pats) > 1 else {"op": "replace", "input": "__x0", "output": "__x", "pattern": ",",
                                        "replacement": "."})
    steps += [{"op": "replace", "input": "__x", "output": "__x", "pattern": ",", "replacement": "."},
              {"op": "type_cast", "input": "__x", "output": "__x", "to": "float"},
              {"op": "regex_extract", "input": col, "output": "__u", "pattern": UNIT_PATTERN, "group": 1},
              {"op": "replace", "input": "__u", "output": "__u", "pattern": " ", "replacement": ""}]
    return steps


def _constant(unit: str, target: str, dim: dict[str, tuple[float, bool]] | None = None) -> tuple[str, float]:
    """``("mul", c)`` (value ``x * c``) or ``("cdiv", c)`` (value ``c / x``) converting ``unit`` to ``target``
    (their readings in ``dim``, by default their first ones)."""
    fu, iu = dim[unit] if dim else UNITS[unit][1:]
    ft, it = dim[target] if dim else UNITS[target][1:]
    if not iu and not it:
        return "mul", fu / ft
    if iu and not it:
        return "cdiv", fu / ft
    if not iu and it:
        return "cdiv", ft / fu
    return "mul", ft / fu


def _value(x: float, op: str, c: float) -> float | None:
    if op == "mul":
        return x * c
    return c / x if x else None


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs converting a mixed-unit amount column to the outputs' unit."""
    found: list[Candidate] = []
    fmt = [_OUT.fullmatch(o or "") for o in outs]
    if not rows or any(m is None for m in fmt):
        return found
    marks = {m.group(1) for m in fmt if m and m.group(1)}
    decs = {len(m.group(2) or "") for m in fmt if m}
    # decimals that differ, none with a trailing zero: the shortest form (``1200``, ``12.5``, ``0.98``)
    short = len(decs) > 1 and not any((m.group(2) or "").endswith("0") for m in fmt if m)
    if len(marks) > 1 or (len(decs) != 1 and not short):
        return found
    mark, d = (marks.pop() if marks else "."), (-SHORT_DECIMALS if short else decs.pop())
    for idx, name in enumerate(names):
        if types.get(name) != "string":
            continue
        vals = [r[idx] for r in rows]
        in_marks = decimal_marks(vals)
        parsed = [_parse(v, in_marks) for v in vals]
        if all(p is not None for p in parsed):
            seen = [p for p in parsed if p is not None]
            if all(u in TEMPERATURE for _, u in seen):
                found += _temperatures(seen, rows, outs, names, types, name, d, mark, in_marks)
                continue
            got = _plain(seen, rows, outs, names, types, name, d, mark, in_marks)
            if got is not None:
                return [got]
        got = _read_more(vals, rows, outs, names, types, name, d, mark)
        if got is not None:
            return [got]
    return found


def _plain(seen: list[tuple[float, str]], rows: list[list[str | None]], outs: list[str | None], names: list[str],
           types: dict[str, str], name: str, d: int, mark: str, in_marks: str) -> Candidate | None:
    """At least two units of one dimension of the first tables, read as written (the session-12 reading)."""
    dims = {UNITS[u][0] for _, u in seen if u in UNITS}
    if len(dims) != 1:
        return None
    dim = dims.pop()
    aliases = {a: r[dim] for a, r in known_units.AMBIGUOUS.items() if dim in r}
    seen = [(x, aliases.get(u, u)) for x, u in seen]
    if any(u not in UNITS for _, u in seen) or len({UNITS[u][1:] for _, u in seen}) < 2:
        return None
    members = sorted(u for u, (dd, _, _) in UNITS.items() if dd == dim)
    for target in members:
        got = [render(_value(x, *_constant(u, target)), (d, "", mark)) for x, u in seen]
        if got != outs:
            continue
        steps = _steps(name, target, members, d, mark, in_marks, aliases)
        pipe = confirmed(steps, rows, outs, names, types, "1.2.0")
        if pipe is not None:
            return candidate(pipe, COST, len(rows), f"units_to_{target}")
    return None


def _read_more(vals: list[str | None], rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str], name: str, d: int, mark: str) -> Candidate | None:
    """The readings of :mod:`.unit_readings`: more units, a unit's second reading chosen by the column, vulgar
    fractions, thousands groups (only when the plain marks fit no target); one unit in several spellings
    suffices (``5 oz t``, ``100 troy oz``)."""
    fractions = unit_readings.has_fractions(vals)
    vals = [unit_readings.unfraction(v) for v in vals] if fractions else vals
    for grouped in (False, True):
        texts = [unit_readings.ungroup(v) for v in vals] if grouped else vals
        marks = "." if grouped else decimal_marks(texts)
        parsed = [_parse(v, marks, READ) for v in texts]
        if any(p is None for p in parsed):
            continue
        seen = [p for p in parsed if p is not None]
        for read in unit_readings.variants([u for _, u in seen], READ):
            found = _in_table(seen, read, rows, outs, names, types, name, d, mark, marks, fractions, grouped)
            if found is not None:
                return found
    return None


def _in_table(seen: list[tuple[float, str]], read: dict[str, tuple[str, float, bool]], rows: list[list[str | None]],
              outs: list[str | None], names: list[str], types: dict[str, str], name: str, d: int, mark: str,
              marks: str, fractions: bool, grouped: bool) -> Candidate | None:
    """The program reading the units with ``read`` in a dimension they share, engine-confirmed, or None."""
    for dim in unit_readings.dimensions([u for _, u in seen], read):
        table = unit_readings.spellings_in(dim, read)
        if len({table[u] for _, u in seen}) < 2 and len({u for _, u in seen}) < 2:
            continue
        for target in sorted(table):
            got = [render(_value(x, *_constant(u, target, table)), (d, "", mark)) for x, u in seen]
            if got != outs:
                continue
            pre: list[dict[str, Any]] = unit_readings.fraction_steps(name, "__n") if fractions else []
            if grouped:
                pre += unit_readings.ungroup_steps("__n" if fractions else name, "__n")
            col = "__n" if pre else name
            steps = pre + _steps(col, target, sorted(table), d, mark, marks, None, table)
            pipe = confirmed(steps, rows, outs, names, types, "1.2.0")
            if pipe is not None:
                return candidate(pipe, COST, len(rows), f"units_to_{target}_{dim}")
    return None


def _steps(col: str, target: str, members: list[str], d: int, mark: str, marks: str,
           aliases: dict[str, str] | None = None, dim: dict[str, tuple[float, bool]] | None = None
           ) -> list[dict[str, Any]]:
    """The program; ``d`` < 0: ``-d`` decimals with the trailing zeros and a bare mark dropped; ``dim``: the
    readings of the units (by default their first ones)."""
    spell = [(u, u) for u in members] + sorted((aliases or {}).items())
    muls = {a: repr(c) for a, u in spell for op, c in [_constant(u, target, dim)] if op == "mul"}
    divs = {a: repr(c) for a, u in spell for op, c in [_constant(u, target, dim)] if op == "cdiv"}
    steps = _number_steps(col, marks) + [
        {"op": "map_dict", "input": "__u", "output": "__cm", "mapping": muls},
        {"op": "type_cast", "input": "__cm", "output": "__cm", "to": "float"},
        {"op": "safe_math", "fn": "mul", "args": ["__x", "__cm"], "output": "__vm"}]
    parts = ["__vm"]
    if divs:
        steps += [{"op": "map_dict", "input": "__u", "output": "__cd", "mapping": divs},
                  {"op": "type_cast", "input": "__cd", "output": "__cd", "to": "float"},
                  {"op": "safe_math", "fn": "div", "args": ["__cd", "__x"], "output": "__vd"}]
        parts.append("__vd")
    steps.append({"op": "coalesce", "inputs": parts, "output": "__v"} if len(parts) > 1 else
                 {"op": "safe_math", "fn": "mul", "args": ["__vm", 1.0], "output": "__v"})
    steps.append({"op": "format_number", "input": "__v", "output": OUT, "decimals": abs(d), "decimal_mark": mark})
    if d < 0:  # the shortest form
        steps += [{"op": "replace", "input": OUT, "output": OUT, "pattern": "0+$", "replacement": ""},
                  {"op": "replace", "input": OUT, "output": OUT, "pattern": ("\\." if mark == "." else mark) + "$",
                   "replacement": ""}]
    return steps


def celsius_to(x: float, unit: str, target: str) -> float:
    """Python mirror of the temperature program: ``(x - offset) / divisor * divisor_t + offset_t``."""
    (o, dv), (ot, dt) = TEMPERATURE[unit], TEMPERATURE[target]
    return (x - o) / dv * dt + ot


def _temperatures(seen: list[tuple[float, str]], rows: list[list[str | None]], outs: list[str | None],
                  names: list[str], types: dict[str, str], col: str, d: int, mark: str,
                  marks: str) -> list[Candidate]:
    """Temperatures in mixed scales (``98.6 °F``, ``37 °C``, ``310.15 K``) -> the one scale of the outputs."""
    if len({TEMPERATURE[u] for _, u in seen}) < 2:
        return []
    for target in ("C", "F", "K"):
        if [numeric.fmt(celsius_to(x, u, target), d, "", mark) for x, u in seen] != outs:
            continue
        ot, dt = TEMPERATURE[target]
        offsets = {k: repr(o) for k, (o, _) in TEMPERATURE.items()}
        divisors = {k: repr(q) for k, (_, q) in TEMPERATURE.items()}
        steps = _number_steps(col, marks) + [
            {"op": "map_dict", "input": "__u", "output": "__o", "mapping": offsets},
            {"op": "type_cast", "input": "__o", "output": "__o", "to": "float"},
            {"op": "map_dict", "input": "__u", "output": "__dv", "mapping": divisors},
            {"op": "type_cast", "input": "__dv", "output": "__dv", "to": "float"},
            {"op": "safe_math", "fn": "sub", "args": ["__x", "__o"], "output": "__v"},
            {"op": "safe_math", "fn": "div", "args": ["__v", "__dv"], "output": "__v"},
            {"op": "safe_math", "fn": "mul", "args": ["__v", dt], "output": "__v"},
            {"op": "safe_math", "fn": "add", "args": ["__v", ot], "output": "__v"},
            {"op": "format_number", "input": "__v", "output": OUT, "decimals": d, "decimal_mark": mark}]
        pipe = confirmed(steps, rows, outs, names, types, "1.2.0")
        if pipe is not None:
            return [candidate(pipe, COST, len(rows), f"temperatures_to_{target}")]
    return []
