"""Digits of a mixed radix: ``floor(x * f) mod R`` — hours, minutes and seconds of a duration,
``H:MM`` from decimal hours, whole seconds from milliseconds (DSL 1.3 ``floor`` with
``safe_math``). ``f`` and ``R`` come from everyday radices (time, metric, dozens, weeks), so a
fit on the examples is strong evidence; the result is rendered as an integer, zero-padded when
the outputs are (``05``).
"""

from __future__ import annotations

import re

from core.mapping.synth.numterms import NumExpr, Row, Source, evaluate

#: (op, constant, radix): the digit ``floor(x op constant) mod radix`` (radix 0: none) of the
#: mixed radices of everyday data — durations and clocks (seconds, minutes, hours, days, weeks),
#: milliseconds, metric and decimal parts (cents, tenths), dozens
PLACES: tuple[tuple[str, float, float], ...] = (
    ("mul", 1.0, 0.0), ("div", 60.0, 0.0), ("div", 3600.0, 0.0), ("div", 86400.0, 0.0), ("div", 1440.0, 0.0),
    ("div", 1000.0, 0.0), ("div", 100.0, 0.0), ("div", 10.0, 0.0), ("div", 12.0, 0.0), ("div", 7.0, 0.0),
    ("div", 24.0, 0.0), ("mul", 1.0, 60.0), ("div", 60.0, 60.0), ("div", 60.0, 24.0), ("div", 3600.0, 24.0),
    ("div", 1000.0, 60.0), ("mul", 1.0, 1000.0), ("mul", 1.0, 100.0), ("mul", 1.0, 10.0), ("mul", 1.0, 12.0),
    ("mul", 1.0, 7.0), ("mul", 1.0, 24.0), ("mul", 60.0, 60.0), ("mul", 3600.0, 60.0), ("mul", 100.0, 100.0),
    ("mul", 24.0, 24.0), ("mul", 10.0, 10.0),
)


def radix_atoms(rows: list[Row], col: list[str], srcs: list[tuple[Source, list[float]]],
                limit: int = 2) -> list[NumExpr]:
    """Radix atoms of single sources whose rendering is the output number ``col[i]`` of every row."""
    if not all(s.isdecimal() for s in col):
        return []
    widths = {len(s) for s in col}
    zero = any(len(s) > 1 and s[0] == "0" for s in col)
    found: list[NumExpr] = []
    wanted = [int(s) for s in col]
    for src, xs in srcs:
        if all(float(x).is_integer() for x in xs) and [int(x) for x in xs] == wanted and not zero:
            continue  # the number itself
        for op, c, r in PLACES:
            if op == "mul" and c == 1.0 and r in (0.0, 10.0, 100.0, 1000.0) and all(float(x).is_integer() for x in xs):
                continue  # the integer part, or the last digits, of integers: slices of the text say that
            # zero-padded when the outputs show it, or when every output has the width of the radix's digits
            pads = [min(widths)] if zero or (r and widths == {len(str(int(r) - 1))} and min(widths) > 1) else [0]
            cx = (0.0 if c == 1.0 else 0.3) + (0.3 if r else 0.0)
            expr = NumExpr((src,), "radix", ((0, op, c),), r, (0, "", "."), round(2.6 + cx + src.selector.cost, 4))
            vals = [expr_value(expr, x) for x in xs]
            if vals != [float(w) for w in wanted]:
                continue
            for pad in pads:
                # a zero-padded field is a bounded digit (a clock's minutes): unbounded quotients rank lower
                cost = expr.cost + (0.6 if pad and not r else 0.0)
                e = NumExpr((src,), "radix", ((0, op, c),), r, (0, "", "."), round(cost, 4), pad)
                if all(e.value(row) == s for row, s in zip(rows, col, strict=True)):
                    found.append(e)
                    break
            if len(found) >= limit:
                return found
    return found


#: divisors a fitted radix may have (packed codes: syslog PRI = facility * 8 + severity, bit fields, clocks)
MAX_DIVISOR = 256


def _also_written(other: str, mine: str, out: str) -> bool:
    """True when ``out`` writes the number ``other`` besides the number ``mine``."""
    nums = re.findall(r"[0-9]+", out)
    if mine in nums:
        nums.remove(mine)
    return other in nums


def fitted_radix_atoms(rows: list[Row], col: list[str], srcs: list[tuple[Source, list[float]]],
                       outs: list[str]) -> list[NumExpr]:
    """``floor(x / d)`` or ``x mod d`` of a whole source for a divisor ``d`` that no everyday radix names,
    when exactly one ``d`` in ``2..MAX_DIVISOR`` fits every example and every output also writes the other
    half (``<34>`` -> ``facility=4 severity=2``: the two halves of a packed code; one half alone is too
    easily fitted by coincidence)."""
    if len(col) < 3 or not all(s.isdecimal() and (s == "0" or s[0] != "0") for s in col) or len(set(col)) < 2:
        return []
    wanted = [int(s) for s in col]
    found: list[NumExpr] = []
    for src, xs in srcs:
        if not all(float(x).is_integer() and x >= 0 for x in xs) or [int(x) for x in xs] == wanted:
            continue
        ints = [int(x) for x in xs]
        quots = [d for d in range(2, MAX_DIVISOR + 1) if all(x // d == y for x, y in zip(ints, wanted, strict=True))]
        mods = [d for d in range(max(wanted) + 1, MAX_DIVISOR + 1)
                if all(x % d == y for x, y in zip(ints, wanted, strict=True))]
        for ds, (op, radix) in ((quots, ("div", False)), (mods, ("mul", True))):
            if len(ds) != 1 or ds[0] in (10, 100, 1000):
                continue  # none, several (no evidence) or a decimal place (a slice of the digits says that)
            other = [x % ds[0] if op == "div" else x // ds[0] for x in ints]
            if not all(_also_written(str(v), str(w), o) for v, w, o in zip(other, wanted, outs, strict=True)):
                continue
            d = float(ds[0])
            term = (0, "div", d) if op == "div" else (0, "mul", 1.0)
            e = NumExpr((src,), "radix", (term,), d if radix else 0.0, (0, "", "."), round(3.4 + src.selector.cost, 4))
            if all(e.value(r) == c for r, c in zip(rows, col, strict=True)):
                found.append(e)
    return found


#: units that are billed or counted whole once started (minutes, hours, days, kilo-units, dozens, weeks)
CEILS = (60.0, 3600.0, 86400.0, 1000.0, 1024.0, 100.0, 10.0, 12.0, 7.0, 24.0)


def ceil_atoms(rows: list[Row], col: list[str], srcs: list[tuple[Source, list[float]]]) -> list[NumExpr]:
    """Started units (``61`` s -> ``2`` billed minutes): ``ceil(x / c)`` of a single source, for an
    everyday unit ``c``, when the examples show a value rounded up and one that is not."""
    if not all(s.isdecimal() for s in col) or len(col) < 2:
        return []
    wanted = [float(s) for s in col]
    found: list[NumExpr] = []
    for src, xs in srcs:
        for c in CEILS:
            up = [x / c != int(x / c) for x in xs]
            if not any(up) or all(up):
                continue  # both cases shown: a started unit and a whole one
            e = NumExpr((src,), "ceil", ((0, "div", c),), 0.0, (0, "", "."), round(3.0 + src.selector.cost, 4))
            if [evaluate(e.kind, e.terms, e.offset, [x]) for x in xs] == wanted and \
                    all(e.value(r) == s for r, s in zip(rows, col, strict=True)):
                found.append(e)
                break
    return found


BANDS = (10.0, 5.0, 100.0, 1000.0, 50.0, 25.0, 20.0)


def bucket_atoms(rows: list[Row], col: list[str], srcs: list[tuple[Source, list[float]]]) -> list[NumExpr]:
    """Bands of fixed width (ages by decade, price bands): the band's lower bound, or its upper
    bound (``+ width - 1``), of a single source."""
    if not all(s.isdecimal() for s in col) or len(col) < 2:
        return []
    wanted = [float(s) for s in col]
    found: list[NumExpr] = []
    for src, xs in srcs:
        if xs == wanted:
            continue
        for width in BANDS:
            for offset in (0.0, width - 1):
                e = NumExpr((src,), "bucket", ((0, "div", width),), offset, (0, "", "."),
                            round(2.9 + (0.2 if offset else 0.0) + src.selector.cost, 4))
                fits = [evaluate(e.kind, e.terms, e.offset, [x]) for x in xs] == wanted
                if fits and len({x // width for x in xs}) > 1 and \
                        all(e.value(r) == s for r, s in zip(rows, col, strict=True)):
                    found.append(e)
                    break
    return found


def expr_value(expr: NumExpr, x: float) -> float | None:
    """The unrendered value of a one-source radix atom for the number ``x``."""
    return evaluate(expr.kind, expr.terms, expr.offset, [x])


#: rounding steps of everyday data: cash rounding (0.05 CHF, 0.10, 0.25, 0.50 DKK, 1 SEK), prices to 5 / 10, quantities
STEPS = (0.05, 0.1, 0.25, 0.5, 1.0, 5.0, 10.0, 50.0, 100.0, 1000.0)


def nearest_atoms(rows: list[Row], col: list[str], srcs: list[tuple[Source, list[float]]],
                  fmts: list[tuple[int, str, str]], ys: list[float]) -> list[NumExpr]:
    """A number rounded to the nearest multiple of an everyday step, half up (``floor(round(x / c, 9) + 0.5) * c``, the
    quotient rounded first so that a decimal halfway value such as ``1.15`` to 0.1 goes up: Danish
    cash rounding of ``3,25`` to ``3,50``, Swiss of ``1.02`` to ``1.00``). Only when some example moves by more
    than the output's own rounding (else the plain number explains it) and every example fits."""
    if len(col) < 2 or not fmts:
        return []
    half = 0.5 * 10.0 ** -max(abs(f[0]) for f in fmts)
    for src, xs in srcs:
        for c in STEPS:
            vals = [evaluate("nearest", ((0, "div", c),), 0.0, [x]) for x in xs]
            if any(v is None or abs(v - y) > 1e-9 * max(1.0, abs(y)) + half for v, y in zip(vals, ys, strict=True)) \
                    or not any(v is not None and abs(v - x) > half for v, x in zip(vals, xs, strict=True)):
                continue  # not the outputs, or no example moved: nothing to explain
            for fmt in fmts:
                e = NumExpr((src,), "nearest", ((0, "div", c),), 0.0, fmt, round(3.1 + src.selector.cost, 4))
                if all(e.value(r) == s for r, s in zip(rows, col, strict=True)):
                    return [e]
    return []
