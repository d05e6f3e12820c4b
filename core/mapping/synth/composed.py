"""Arithmetic composed of a few everyday steps over the numbers of a row (DSL ``safe_math`` and ``floor``), each
fitted on the examples only where they show what it needs:

- the band or the remainder of a difference of two numbers (an entry-age band from two years; a register that
  rolled over past its modulus: an example must wrap): :func:`difference_atoms`;
- a value written as mixed-radix fields in its smallest unit (``HH:MM:SS:FF`` at 25 fps): :func:`chain_atoms`;
- a total or a mean of every number of a fixed-length list (four quarter-hour readings): :func:`total_atoms`;
- a four-digit year from a two-digit one, both centuries shown (``74`` -> ``1974``, ``08`` -> ``2008``):
  :func:`century_atoms`.
"""

from __future__ import annotations

import itertools
import re

from core.mapping.synth.atoms import PART_VIEWS, Selector, View, select, view_value
from core.mapping.synth.fitting import _snaps
from core.mapping.synth.numterms import NumExpr, Row, Source
from core.mapping.synth.radix import BANDS

#: moduli of counters that roll over: registers of 3 to 8 digits, clocks, weeks, compass degrees
MODULI = (1000.0, 10000.0, 100000.0, 1000000.0, 10000000.0, 100000000.0, 60.0, 24.0, 12.0, 7.0, 360.0, 1440.0)


def difference_atoms(rows: list[Row], col: list[str], srcs: list[tuple[Source, list[float]]]) -> list[NumExpr]:
    """The band (:data:`BANDS`) or the remainder (:data:`MODULI`) of the difference of two whole numbers of a
    row (an entry age band from birth and policy years; a consumption from two readings of a register that
    rolls over): a band needs two bands among the examples, a remainder an example that wrapped."""
    if not all(s.isdecimal() for s in col) or len(col) < 2:
        return []
    wanted = [float(s) for s in col]
    found: list[NumExpr] = []
    whole = [(s, xs) for s, xs in srcs[:6] if all(float(x).is_integer() for x in xs)]
    for (s0, x0), (s1, x1) in ((a, b) for a in whole for b in whole if a is not b):
        if s0.view.idx == s1.view.idx and (s0.selector.pattern is None or s1.selector.pattern is None) and \
                not (s0.view.kind in PART_VIEWS and s1.view.kind in PART_VIEWS and s0.view.kind != s1.view.kind):
            continue  # a whole input and a part of it (two clock times of a range are two parts)
        diffs = [b - a for a, b in zip(x0, x1, strict=True)]
        cost = 3.4 + s0.selector.cost + s1.selector.cost
        if any(d < 0 for d in diffs) and not all(d < 0 for d in diffs):
            for m in MODULI:
                e = NumExpr((s0, s1), "dmod", ((0, "div", m), (1, "mul", 1.0)), 0.0, (0, "", "."), round(cost, 4))
                if m > max(wanted) and m > max(x0 + x1) and _fits(e, rows, col, wanted):  # readings < modulus
                    found.append(e)
                    break
        if all(d >= 0 for d in diffs) and diffs != wanted:  # a band that cuts nothing is the plain difference
            for width in BANDS:
                if len({d // width for d in diffs}) < 2:
                    continue
                for offset in (0.0, width - 1):
                    e = NumExpr((s0, s1), "dbucket", ((0, "div", width), (1, "mul", 1.0)), offset, (0, "", "."),
                                round(cost + (0.2 if offset else 0.0), 4))
                    if _fits(e, rows, col, wanted):
                        found.append(e)
                        break
    return found


def _fits(e: NumExpr, rows: list[Row], col: list[str], wanted: list[float]) -> bool:
    return all(e.value(r) == s for r, s in zip(rows, col, strict=True))


#: radices between the fields of a mixed-radix value: clocks, frame rates (PAL 25, NTSC 30, film 24), metric
#: and decimal parts, dozens, days and weeks
RADICES = (60.0, 24.0, 25.0, 30.0, 100.0, 1000.0, 10.0, 12.0, 7.0, 365.0)
_RUN = re.compile(r"[0-9]+")


def chain_atoms(rows: list[Row], col: list[str]) -> list[NumExpr]:
    """A value written as 2 to 5 whole fields of a mixed radix (``HH:MM:SS:FF`` timecodes, ``d:hh:mm``) in its
    smallest unit: ``sum(w_k * x_k)`` with the last weight 1 and each weight the next one times a radix of
    :data:`RADICES`, so three examples fix up to four fields (``01:00:00:00`` -> ``90000`` frames at 25 fps)."""
    if not all(s.isdecimal() for s in col) or len(col) < 2:
        return []
    wanted = [int(s) for s in col]
    found: list[NumExpr] = []
    for idx in range(len(rows[0])):
        vals = [r[idx] or "" for r in rows]
        runs = [_RUN.findall(v) for v in vals]
        n = len(runs[0])
        seps = {tuple(re.split(r"[0-9]+", v)[1:-1]) for v in vals}
        if not 2 <= n <= 5 or any(len(r) != n for r in runs) or len(seps) != 1:
            continue
        xs = [[int(t) for t in r] for r in runs]
        for radices in itertools.product(RADICES, repeat=n - 1):
            weights = [1.0]
            for r in reversed(radices):
                weights.insert(0, weights[0] * r)
            if all(sum(w * x for w, x in zip(weights, row, strict=True)) == y
                   for row, y in zip(xs, wanted, strict=True)):
                srcs = tuple(Source(View(idx, "raw"), Selector("^[^0-9]*" + "[0-9]+[^0-9]+" * k + "([0-9]+)",
                                                                0.1, f"D[{k}]")) for k in range(n))
                terms = tuple((k, "mul", w) for k, w in enumerate(weights))
                e = NumExpr(srcs, "lin", terms, 0.0, (0, "", "."), round(2.4 + 0.4 * n, 4))
                if all(e.value(r) == s for r, s in zip(rows, col, strict=True)):
                    found.append(e)
                    break
    return found


_NUM = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def total_atoms(rows: list[Row], col: list[str], ys: list[float], fmts: list[tuple[int, str, str]]) -> list[NumExpr]:
    """``c * (x_1 + ... + x_n)`` over every number of a list of 3 to 12 (the same count and separators in every
    example; decimal commas read as points): a total, or a mean (``c = 1/n``), of readings. One constant,
    fitted on the first example and snapped to an everyday value, checked on the others."""
    if len(col) < 2:
        return []
    found: list[NumExpr] = []
    for idx in range(len(rows[0])):
        vals = [re.sub(r"([0-9]),([0-9])", r"\1.\2", r[idx] or "") for r in rows]
        nums = [_NUM.findall(v) for v in vals]
        n = len(nums[0])
        if not 3 <= n <= 12 or any(len(x) != n for x in nums) or len({tuple(_NUM.split(v)[1:-1]) for v in vals}) != 1:
            continue
        sums = [sum(float(t) for t in x) for x in nums]
        if not sums[0]:
            continue
        kind = "num_txt" if any(r[idx] != v for r, v in zip(rows, vals, strict=True)) else "raw"
        srcs = tuple(Source(View(idx, kind), Selector("^[^0-9]*" + "[0-9.]+[^0-9.]+" * k + "([0-9.]+)", 0.1,
                                                       f"NT[{k}]")) for k in range(n))
        for op, c, _ in [("mul", 1.0, 0.0), *_snaps(ys[0] / sums[0])]:
            for fmt in fmts:
                e = NumExpr(srcs, "lin", tuple((k, op, c) for k in range(n)), 0.0, fmt, round(3.0 + 0.1 * n, 4))
                if all(e.value(r) == s for r, s in zip(rows, col, strict=True)):
                    return [e]
    return found


#: pivots of two-digit years, the usual first (50: RR of Oracle, ICAO; 30: spreadsheets; 70: POSIX-like)
PIVOTS = (50.0, 30.0, 70.0, 40.0, 60.0, 20.0, 80.0, 90.0, 10.0)


def century_atoms(rows: list[Row], col: list[str], views: list[tuple[View, list[Selector]]]) -> list[NumExpr]:
    """A four-digit year from a two-digit one (``74`` -> ``1974``, ``08`` -> ``2008``) when the examples show both
    centuries: ``20yy`` below a pivot, ``19yy`` from it on; the first usual pivot the examples allow."""
    if not all(len(s) == 4 and s[:2] in ("19", "20") for s in col) or len({s[:2] for s in col}) < 2:
        return []
    # the two digits at one column of every input (a record or a code of fixed layout)
    slices: list[tuple[View, list[Selector]]] = []
    for i in range(len(rows[0])):
        cols = [a for a in range(min(len(r[i] or "") for r in rows) - 1)
                if all((r[i] or "")[a:a + 2] == s[2:] for r, s in zip(rows, col, strict=True))]
        slices.append((View(i, "raw"), [Selector(f"^[^\\n]{{{a}}}([^\\n]{{2}})", 0.6, f"[{a}:{a + 2}]", (a, 2, False))
                                        for a in cols]))
    for view, sels in views + slices:
        for sel in sels:
            src = Source(view, sel)
            texts = [select(sel, view_value(view.kind, r[view.idx])) for r in rows]
            if not all(t is not None and len(t) == 2 and t.isdecimal() and t == s[2:] for t, s in zip(texts, col,
                                                                                                   strict=True)):
                continue
            for p in PIVOTS:
                e = NumExpr((src,), "century", ((0, "mul", p),), 0.0, (0, "", "."), round(2.8 + sel.cost, 4))
                if all(e.value(r) == s for r, s in zip(rows, col, strict=True)):
                    return [e]
    return []
