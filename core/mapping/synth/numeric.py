"""Numeric transforms: parse a number, optionally convert it (a unit pair of the DSL's unit
table, or a power of ten), and render it with ``format_number`` (decimals, thousands
separator, decimal mark). The Python mirror follows the DSL's binary64 formulas exactly.

Transform tuple: ``("num", kind, a, b, decimals, thousands, mark[, ","])`` with kind ``""`` (no
conversion), ``"u"`` (unit ``a`` -> ``b``) or ``"m"`` (multiply by ``float(a)``); a trailing ``","``
reads a decimal comma or point alike (``99,9`` and ``1250.50`` in one column: EDIFACT, SWIFT).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from dsl import units

FLOAT_SHAPE = re.compile(r"^[+\-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[Ee][+\-]?[0-9]{1,2})?$")
_NUM_IN_TEXT = re.compile(r"-?[0-9](?:[0-9.,' ]*[0-9])?")
#: a hint (in ``unit_hints``) that the column writes decimal commas (``99,9``, ``100,``): not thousands
DECIMAL_COMMA = "\x00,"
_DEC_COMMA = re.compile(r"[0-9],(?:[0-9]{1,2})?(?![0-9])")
POWERS = ["0.001", "0.01", "0.1", "10", "100", "1000", "1000000", "0.0009765625", "1024",
          "10000", "100000", "10000000", "100000000"]  # 万 and 亿, lakh and crore
#: spellings of units in data -> the DSL unit table's name
UNIT_ALIASES = {"mph": "mi", "kmh": "km", "kph": "km", "lbs": "lb", "pound": "lb", "pounds": "lb", "kgs": "kg",
                "kilogram": "kg", "kilograms": "kg", "gram": "g", "grams": "g", "inch": "in", "inches": "in",
                '"': "in", "feet": "ft", "foot": "ft", "'": "ft", "mile": "mi", "miles": "mi", "ounce": "oz",
                "ounces": "oz", "litre": "l", "liter": "l", "litres": "l", "liters": "l", "ltr": "l", "meter": "m",
                "metre": "m", "meters": "m", "metres": "m", "°f": "F", "°c": "C", "f": "F", "c": "C",
                "celsius": "C", "fahrenheit": "F", "kelvin": "K", "hours": "h", "hrs": "h", "hr": "h",
                "minutes": "min", "mins": "min", "seconds": "s", "secs": "s", "sec": "s", "days": "d", "km/h": "km"}
Transform = tuple[str, ...]


@lru_cache(maxsize=1024)
def numbers_in(text: str) -> frozenset[str]:
    """The numbers written in ``text`` (as written)."""
    return frozenset(m.group(0) for m in _NUM_IN_TEXT.finditer(text))


def decimal_comma(values: list[str | None]) -> bool:
    """True when a value writes a decimal comma (one or two decimals, or none: ``100,``)."""
    return any(v and _DEC_COMMA.search(v) for v in values)


def parse(v: str) -> float | None:
    """DSL ``type_cast`` string -> float."""
    if len(v) > 30 or not FLOAT_SHAPE.match(v):
        return None
    return float(v)


def fmt(x: float | None, d: int, th: str, mark: str) -> str | None:
    """DSL ``format_number``."""
    if x is None or not math.isfinite(x):
        return None
    p = float(10 ** d)
    if abs(x) * p >= 1e15:
        return None
    n = int(math.floor(abs(x) * p + 0.5))
    ip, fp = divmod(n, 10 ** d)
    digits = f"{ip:,}".replace(",", th) if th else str(ip)
    return ("-" if x < 0 and n > 0 else "") + digits + (mark + str(fp).zfill(d) if d else "")


def _in_range(x: float) -> bool:
    return x == 0 or 1e-150 <= abs(x) <= 1e150


def convert(tf: Transform, x: float) -> float | None:
    """The conversion part of a numeric transform (safe_math / unit_convert semantics)."""
    if not _in_range(x) or not math.isfinite(x):
        return None
    kind = tf[1]
    if kind == "m":
        return x * float(tf[2])
    if kind == "u":
        for op, c in units.plan(tf[2], tf[3]):
            x = x - c if op == "sub" else x / c if op == "div" else x * c if op == "mul" else x + c
    return x


def _trim_pattern(mark: str) -> str:
    return ("\\" + mark if mark == "." else mark) + "?0+$"


def apply(tf: Transform, v: str) -> str | None:
    """Python mirror of a numeric transform (decimals ``"g"``: 6 decimals, trailing zeros dropped)."""
    x = parse(v.replace(",", ".") if len(tf) > 7 else v)
    if x is None:
        return None
    y = convert(tf, x)
    if tf[4] == "g":
        s = fmt(y, 6, tf[5], tf[6])
        return None if s is None else re.sub(_trim_pattern(tf[6]), "", s)
    return fmt(y, int(tf[4]), tf[5], tf[6])


def steps(tf: Transform, col: str) -> list[dict[str, object]]:
    """DSL steps: type_cast -> (unit_convert | safe_math mul) -> format_number, in place."""
    out: list[dict[str, object]] = [{"op": "type_cast", "input": col, "output": col, "to": "float"}]
    if len(tf) > 7:
        out.insert(0, {"op": "replace", "input": col, "output": col, "pattern": ",", "replacement": "."})
    if tf[1] == "u":
        out.append({"op": "unit_convert", "input": col, "output": col, "from_unit": tf[2], "to_unit": tf[3]})
    elif tf[1] == "m":
        out.append({"op": "safe_math", "fn": "mul", "args": [col, float(tf[2])], "output": col})
    out.append({"op": "format_number", "input": col, "output": col, "decimals": 6 if tf[4] == "g" else int(tf[4]),
                "thousands": tf[5], "decimal_mark": tf[6]})
    if tf[4] == "g":
        out.append({"op": "replace", "input": col, "output": col, "pattern": _trim_pattern(tf[6]), "replacement": ""})
    return out


def _formats(ns: str) -> list[tuple[int, str, str]]:
    """(decimals, thousands, mark) readings of a number as written in an output."""
    body = ns.lstrip("-")
    seps = [ch for ch in body if not ch.isdecimal()]
    if not seps:
        return [(0, "", ".")]
    out: list[tuple[int, str, str]] = []
    last = max(body.rfind(c) for c in set(seps))
    mark_c = body[last]
    tail = len(body) - last - 1
    others = set(seps) - {mark_c}
    if mark_c in ".," and seps.count(mark_c) == 1 and len(others) <= 1:
        th = next(iter(others)) if others else ""
        if th in ("", ",", ".", " ", "'") and th != mark_c:
            out.append((tail, th, mark_c))
    if len(set(seps)) == 1 and mark_c in ",. '":
        out.append((0, mark_c, "," if mark_c == "." else "."))
    return [(d, th, mk) for d, th, mk in out if d <= 6]


def _readings(ns: str) -> list[tuple[str, str, str]]:
    base = [(str(d), th, mk) for d, th, mk in _formats(ns)]
    return base + [("g", th, mk) for d, th, mk in _formats(ns) if d > 0 or not th] + \
        ([("g", "", ".")] if ns.lstrip("-").isdecimal() else [])


def candidates(value: str, out0: str, unit_hints: set[str]) -> list[Transform]:
    """Numeric transforms of ``value`` whose result occurs in ``out0``."""
    comma = DECIMAL_COMMA in unit_hints and value.count(",") <= 1 and not ("," in value and "." in value)
    x = parse(value.replace(",", ".") if comma else value)
    if x is None:
        return []
    found: list[Transform] = []
    convs: list[Transform] = [("num", "", "", "")]
    convs += [("num", "m", p, "") for p in POWERS]
    for a in sorted(unit_hints & set(units.UNITS)):
        for b, (dim, _, _) in sorted(units.UNITS.items()):
            if b != a and dim == units.UNITS[a][0]:
                convs.append(("num", "u", a, b))
    for b in sorted(unit_hints & set(units.UNITS)):
        for a, (dim, _, _) in sorted(units.UNITS.items()):
            if a != b and dim == units.UNITS[b][0] and ("num", "u", a, b) not in convs:
                convs.append(("num", "u", a, b))
    for m in _NUM_IN_TEXT.finditer(out0):
        for d, th, mark in dict.fromkeys(_readings(m.group(0))):
            for c in convs:
                if d == "3" and mark == "," and not th and not c[1] and x.is_integer():
                    continue  # three zeros after a comma of a whole number are a thousands group (``300,000``)
                tf = (*c, d, th, mark, ",") if comma else (*c, d, th, mark)
                got = apply(tf, value)
                if got is not None and got in out0 and tf not in found:
                    found.append(tf)
    return found


def cost(tf: Transform) -> float:
    """Identity formatting is cheap; conversions cost more (a unit pair is a strong claim)."""
    return 0.5 + (0.0 if not tf[1] else 0.4 if tf[1] == "u" else 0.5) + (0.1 if tf[4] == "g" else 0.0) + \
        0.05 * (len(tf) > 7)
