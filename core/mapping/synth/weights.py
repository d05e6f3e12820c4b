"""Everyday weights of a sum of several numbers whose outputs are rounded (``3 + 10 / 60`` written ``3.17``): the
exact solve of :func:`.fitting.linear` misses them, so the everyday multiples ``n`` and parts ``1/n`` near each
solved weight are tried.

A snapped weight is kept only when the rounded examples *pin* it: every example, not just the ``k`` solved, rounds
to its output at the outputs' decimals, and the interval of values that weight may take while every example still
rounds right (the other weights held at their snaps, as ``_scale_interval`` does for one factor) holds no number of
two significant digits other than the weight itself. Outputs of one decimal over small inputs allow ``0.13`` as
well as ``1/8``: refused, not guessed (``120, 340`` would give ``162.5`` where ``a + 0.13 * b`` is ``164.2``).
"""

from __future__ import annotations

import itertools
import math

#: factors of everyday conversions (time, calendar, percent, metric prefixes, dozens, bytes)
NICE = frozenset({1.0, 2.0, 7.0, 10.0, 12.0, 24.0, 60.0, 100.0, 365.0, 1000.0, 1024.0, 3600.0, 10000.0, 86400.0, 1e6})
#: everyday weights of a sum of several numbers: whole multiples and parts (``h + m / 60``, ``6 * overs + balls``)
WEIGHTS = sorted({float(n) for n in range(1, 13)} | NICE)
#: a candidate: (kind, sources used, terms, offset, complexity), as :mod:`.fitting` returns
Cand = tuple[str, tuple[int, ...], tuple[tuple[int, str, float], ...], float, float]


def decimals_of(y: float) -> int:
    """The decimals ``y`` is written with (its shortest repr)."""
    text = repr(float(y))
    return 0 if "e" in text or text.endswith(".0") else len(text.split(".")[1])


def _value(picks: tuple[tuple[str, float], ...], row: list[float]) -> float:
    return sum(x * w if op == "mul" else x / w for x, (op, w) in zip(row, picks, strict=True))


def _interval(j: int, picks: tuple[tuple[str, float], ...], rows: list[list[float]], ys: list[float],
              half: float) -> tuple[float, float] | None:
    """The multipliers weight ``j`` may take with every example still rounding to its output (others fixed)."""
    lo, hi = -math.inf, math.inf
    for row, y in zip(rows, ys, strict=True):
        rest = _value(picks, row) - _value((picks[j],), [row[j]])
        x = row[j]
        if x == 0:
            continue
        a, b = (y - half - rest) / x, (y + half - rest) / x
        lo, hi = max(lo, min(a, b)), min(hi, max(a, b))
    return (lo, hi) if lo <= hi and math.isfinite(lo) and math.isfinite(hi) else None


def _pinned(m: float, lo: float, hi: float) -> bool:
    """No number of two significant digits but ``m`` itself lies in ``[lo, hi]``."""
    scale = 10.0 ** (math.floor(math.log10(abs(m))) - 1)
    first, last = math.ceil(lo / scale - 1e-9), math.floor(hi / scale + 1e-9)
    if last - first > 20:
        return False
    return all(abs(k * scale - m) <= 1e-9 * abs(m) for k in range(first, last + 1))


def everyday_weights(combo: tuple[int, ...], xs: list[list[float]], ys: list[float], sol: list[float]) -> list[Cand]:
    """The everyday multiples ``n`` and parts ``1/n`` within 15 % of each solved weight (the three nearest), kept
    when every example rounds to its output at the outputs' decimals and the examples pin every weight. Needs one
    example more than weights, so the check is evidence."""
    k = len(combo)
    if len(ys) <= k or any(a == 0 for a in sol):
        return []
    options: list[list[tuple[str, float]]] = []
    for a in sol:
        near = [(abs(abs(a) - w) / w, ("mul", math.copysign(w, a))) for w in WEIGHTS] + \
            [(abs(abs(a) - 1 / w) * w, ("div", math.copysign(w, a))) for w in WEIGHTS if w > 1]
        options.append([pick for rel, pick in sorted(near)[:3] if rel <= 0.15])
    half = 0.5 * 10.0 ** -max(decimals_of(y) for y in ys) + 1e-9
    rows = [[xs[c][r] for c in range(k)] for r in range(len(ys))]
    for picks in itertools.product(*options):
        if any(abs(_value(picks, row) - y) > half for row, y in zip(rows, ys, strict=True)):
            continue
        spans = [_interval(j, picks, rows, ys, half) for j in range(k)]
        mults = [w if op == "mul" else 1 / w for op, w in picks]
        if any(s is None or not _pinned(m, *s) for s, m in zip(spans, mults, strict=True)):
            return []  # the rounded examples allow other weights as well: no guess
        terms = tuple((combo[p], op, w) for p, (op, w) in enumerate(picks))
        return [("lin", combo, terms, 0.0, 0.3 * k + 0.3 * sum(w != 1.0 for _, w in picks))]
    return []
