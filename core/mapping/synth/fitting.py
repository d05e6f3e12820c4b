"""Fitting the constants of arithmetic atoms (:mod:`.numexpr`) to the examples: an exact small
linear solve, then *snapping* to simple values — integers, ``1/n``, factors of everyday
conversions (:data:`NICE`), or few significant digits well inside the interval that every
rounded example allows — and mixed units summed with the DSL unit table. Each function returns
candidates ``(kind, sources used, terms, offset, complexity)``; :mod:`.numexpr` checks them.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re

from core.mapping.synth import numeric
from core.mapping.synth.weights import NICE, everyday_weights
from dsl import units

#: a term: (source index, op "mul"|"div", constant)
Term = tuple[int, str, float]
_SNAP_INT = 100000
#: a fitted (not everyday) slope needs outputs spread over this many rounding steps
SIGNAL = 4.0



def _nice(op: str, c: float) -> bool:
    """A preferred constant when ranking snaps: everyday or a power of ten (strict fits take :data:`NICE` only)."""
    return abs(c) in NICE or _power_of_ten(abs(c)) is not None


def _power_of_ten(a: float) -> int | None:
    """``k`` when ``a`` is ``10^k`` with ``-9 <= k <= 6`` (a metric prefix: cm³ -> m³ is ``1e-6``, mm³ -> m³
    ``1e-9``, bytes -> MB ``1e-6``; nothing above mega), else None."""
    if a <= 0:
        return None
    k = round(math.log10(a))
    return k if -9 <= k <= 6 and abs(a - 10.0**k) <= 1e-9 * 10.0**k else None


def _snaps(a: float, strict: bool = False) -> list[tuple[str, float, float]]:
    """Simple constants near ``a``: (op, constant, complexity); ``strict``: only :data:`NICE` factors
    (for fits with as many unknowns as examples, where the snapping is the only evidence)."""
    if not math.isfinite(a) or a == 0:
        return []
    if not 1e-4 <= abs(a) <= 1e5:  # only a power of ten so far out (a metric prefix, cm³ -> m³)
        k = _power_of_ten(abs(a))
        if k is None:
            return []
        sign = -1.0 if a < 0 else 1.0
        return [("mul", sign * 10.0**k, 0.4)] if k > 0 else [("div", sign * 10.0**-k, 0.4)]
    if strict:  # everyday factors only: a power of ten outside NICE (``* 0.001``, ``* 100000``) only as a far-out
        return [s for s in _snaps(a) if abs(s[1]) in NICE]  # metric prefix, in the branch above
    out: list[tuple[str, float, float]] = []
    r = round(a)
    if r != 0 and abs(a - r) <= 1e-3 * abs(a) and abs(r) <= _SNAP_INT and (abs(r) <= 100 or abs(r) in NICE):
        out.append(("mul", float(r), 0.0 if r == 1 else 0.3))
    inv = 1.0 / a
    n = round(inv)
    if abs(n) > 1 and abs(inv - n) <= 1e-3 * abs(inv) and (abs(n) <= 100 or abs(n) in NICE):
        out.append(("div", float(n), 0.3))
    for sig in (2, 3, 4):
        c = float(f"{a:.{sig}g}")
        if c not in (o[1] for o in out if o[0] == "mul"):
            out.append(("mul", c, 0.4 + 0.2 * sig))
        ci = float(f"{inv:.{sig}g}")
        if ci != 0 and abs(ci) != 1 and ci not in (o[1] for o in out if o[0] == "div"):
            out.append(("div", ci, 0.5 + 0.2 * sig))
    return out


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float] | None:
    """Exact solve of a small square system (Gaussian elimination with pivoting)."""
    n = len(rhs)
    m = [row[:] + [b] for row, b in zip(matrix, rhs, strict=True)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[piv][col]) < 1e-12:
            return None
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    if any(not math.isfinite(x) for row in m for x in row) or any(abs(m[i][i]) < 1e-12 for i in range(n)):
        return None
    return [m[i][n] / m[i][i] for i in range(n)]


Cand = tuple[str, tuple[int, ...], tuple[Term, ...], float, float]


def affine(i: int, xs: list[float], ys: list[float], halfs: list[float] | None = None) -> list[Cand]:
    out: list[Cand] = []
    scale = _scale_interval(xs, ys, halfs or [0.0] * len(xs))
    if scale is not None and len(xs) >= 2:
        for op, c, cx in _interval_snaps(*scale):
            out.append(("lin", (i,), ((i, op, c),), 0.0, cx))
    if len(xs) >= 2 and xs[0] != xs[1]:
        a = (ys[1] - ys[0]) / (xs[1] - xs[0])
        exact = len(xs) == 2  # two unknowns from two examples: only everyday constants are evidence
        # the outputs must vary more than their rounding hides: else a tiny fitted slope is a coincidence
        # (240315 * 0.00011 + 1998 -> 2024, a year from a YYMMDD number)
        flat = max(ys) - min(ys) < SIGNAL * 2 * max(halfs or [0.0])
        for op, c, cx in _snaps(a, strict=exact):
            if flat and cx > 0.3:
                continue
            scaled = xs[0] * c if op == "mul" else xs[0] / c
            for b2, bx in _offsets(ys[0] - scaled):
                if b2 and not (exact and abs(b2) not in NICE):  # a pure factor comes from the interval above
                    out.append(("lin", (i,), ((i, op, c),), b2, cx + bx))
    else:  # one example fixes nothing: only everyday constants (Occam), never a fitted 90 or 5399
        if xs[0] != 0:
            for op, c, cx in _snaps(ys[0] / xs[0], strict=True):
                out.append(("lin", (i,), ((i, op, c),), 0.0, cx))
        for b2, bx in _offsets(ys[0] - xs[0]):
            if abs(b2) in NICE:
                out.append(("lin", (i,), ((i, "mul", 1.0),), b2, bx))
    return out


def _interval_snaps(lo: float, hi: float) -> list[tuple[str, float, float]]:
    """Simple factors allowed by the interval: integers and ``1/n`` anywhere inside it, decimals with
    few significant digits well inside it (its middle half); the simplest first."""
    out: list[tuple[str, float, float]] = []
    if lo > 0 or hi < 0:
        a, b = sorted((abs(lo), abs(hi)))
        sign = 1.0 if lo > 0 else -1.0
        ints = range(max(1, math.ceil(a)), math.floor(b) + 1) if b - a < 3 else range(0)
        out += [("mul", sign * n, 0.0 if n == 1 else 0.3) for n in ints if n <= _SNAP_INT]
        if a > 0:
            recips = range(max(2, math.ceil(1 / b)), math.floor(1 / a) + 1) if 1 / a - 1 / b < 3 else range(0)
            out += [("div", sign * n, 0.3) for n in recips if n <= _SNAP_INT]
    mid, q = (lo + hi) / 2, (hi - lo) / 4
    out += [sn for sn in _snaps(mid) if sn[2] > 0.3 and lo + q <= (sn[1] if sn[0] == "mul" else 1 / sn[1]) <= hi - q]
    if not out:
        out = _snaps(mid)
    return sorted(out, key=lambda sn: (sn[2], not _nice(sn[0], sn[1])))


def _scale_interval(xs: list[float], ys: list[float], halfs: list[float]) -> tuple[float, float] | None:
    """The factors ``a`` with ``a * x`` rounding to ``y`` in every example (outputs rounded to
    ``+-half``), or None when there are none or an ``x`` is 0."""
    lo, hi = -math.inf, math.inf
    for x, y, h in zip(xs, ys, halfs, strict=True):
        if x == 0:
            return None
        a, b = (y - h) / x, (y + h) / x
        lo, hi = max(lo, min(a, b)), min(hi, max(a, b))
    return (lo, hi) if lo <= hi and math.isfinite(lo) and math.isfinite(hi) else None


def _offsets(b: float) -> list[tuple[float, float]]:
    if abs(b) < 1e-9:
        return [(0.0, 0.0)]
    r = round(b)
    out = [(float(r), 0.5)] if abs(b - r) <= 1e-6 * max(1.0, abs(b)) and abs(r) <= _SNAP_INT else []
    for sig in (2, 3, 4):
        c = float(f"{b:.{sig}g}")
        if all(c != o[0] for o in out):
            out.append((c, 0.8 + 0.2 * sig))
    return out


def linear(combo: tuple[int, ...], xs: list[list[float]], ys: list[float]) -> list[Cand]:
    k = len(combo)
    sol = _solve([[xs[c][r] for c in range(k)] for r in range(k)], ys[:k])
    if sol is None:
        return []
    # weights of several numbers are whole or 1/n (``6 * overs + balls``, ``3 * won + drawn``): a decimal
    # weight per number (``x / 20 + 1.1 * y``) fits three examples by coincidence
    options = [[sn for sn in _snaps(a, strict=len(ys) <= k) if sn[2] <= 0.3][:2] for a in sol]
    if any(not o for o in options):
        return everyday_weights(combo, xs, ys, sol)
    out: list[Cand] = []
    for pick in itertools.product(*options):
        terms = tuple((combo[p], op, c) for p, (op, c, _) in enumerate(pick))
        out.append(("lin", combo, terms, 0.0, sum(cx for _, _, cx in pick) + 0.3 * k))
    return out


_NUM_UNIT = re.compile(r"([0-9]+(?:[.,][0-9]+)?)[\t ]*([A-Za-z\"'°/]+)")


def unit_of(text: str, got: str | None) -> str | None:
    """The unit written right after the number ``got`` in ``text`` (``5 ft 11 in``: 5 -> ft)."""
    hits = {numeric.UNIT_ALIASES.get(u.lower(), u) for num, u in _NUM_UNIT.findall(text) if num == got}
    unit = hits.pop() if len(hits) == 1 else None
    return unit if unit in units.UNITS and units.UNITS[unit][0] != "temperature" else None


def unit_sum(combo: tuple[int, ...], us: list[str | None]) -> list[Cand]:
    """Mixed units added up in one unit of their dimension (``5 ft 11 in`` -> cm, ``2 h 5 min`` -> min)."""
    if any(u is None for u in us) or len(set(us)) != len(us):
        return []
    dims = {units.UNITS[u][0] for u in us if u}
    if len(dims) != 1:
        return []
    dim = dims.pop()
    out: list[Cand] = []
    for _target, (d, factor, _) in sorted(units.UNITS.items()):
        if d != dim:
            continue
        terms = tuple((c, "mul", units.UNITS[u][1] / factor) for c, u in zip(combo, us, strict=True) if u)
        out.append(("lin", combo, terms, 0.0, 0.2 * len(combo)))
    return out


def _unit_factors() -> frozenset[float]:
    """Every factor between two units of one dimension of the DSL's unit table (length, mass, volume, duration):
    ``25.4`` (in -> mm), ``0.45359237`` (lb -> kg), ``3.785411784`` (gal -> l), ... and their inverses."""
    by_dim: dict[str, list[float]] = {}
    for d, f, _ in units.UNITS.values():
        if d not in ("temperature", "currency"):
            by_dim.setdefault(d, []).append(f)
    return frozenset(a / b for fs in by_dim.values() for a in fs for b in fs if a != b)


#: constants of everyday unit conversions: with a product or quotient of two numbers fitted on one example, a factor
#: of this table is evidence (checked on every example like a snapped one), a fitted four-digit one is not
UNIT_FACTORS = _unit_factors()


#: :data:`UNIT_FACTORS` of at least 1 that are not everyday ones, ascending (searched by bisection)
_UNIT_SORTED = tuple(sorted(f for f in UNIT_FACTORS if f >= 1 and f not in NICE))


def _near(a: float) -> list[float]:
    """The factors of :data:`_UNIT_SORTED` within 1% of ``a``."""
    lo = bisect.bisect_left(_UNIT_SORTED, a / 1.01)
    hi = bisect.bisect_right(_UNIT_SORTED, a / 0.99)
    return [f for f in _UNIT_SORTED[lo:hi] if abs(a / f - 1.0) < 0.01]


def _unit_snaps(a: float) -> list[tuple[str, float, float]]:
    """Unit-table factors within 1% of ``a`` (as a multiplier or a divisor), not already everyday ones."""
    if not math.isfinite(a) or a <= 0:
        return []
    return [("mul", f, 0.6) for f in _near(a)] + [("div", f, 0.6) for f in _near(1.0 / a) if f > 1]


def ratio(kind: str, i: int, j: int, xi: list[float], xj: list[float], ys: list[float]) -> list[Cand]:
    """``c * x_i * x_j`` ("prod"), ``c * x_i / x_j`` ("quot") or ``c * x_i / x_j²`` ("quot2": a mass over a squared
    length, the body-mass index) with an everyday or unit-table ``c``."""
    if kind == "prod":
        base: float | None = xi[0] * xj[0]
    elif kind == "quot":
        base = xi[0] / xj[0] if xj[0] else None
    else:
        base = xi[0] / (xj[0] * xj[0]) if xj[0] else None
    if not base:
        return []
    extra = 0.3 if kind == "quot2" else 0.0
    return [(kind, (i, j), ((i, op, c), (j, "mul", 1.0)), 0.0, cx + 0.5 + extra)
            for op, c, cx in _snaps(ys[0] / base, strict=True) + _unit_snaps(ys[0] / base)]


def triple(i: int, j: int, k: int, xs: list[list[float]], ys: list[float]) -> list[Cand]:
    """``c * x_i * x_j * x_k`` (a volume times a rate times a factor) with an everyday ``c``."""
    base = xs[0][0] * xs[1][0] * xs[2][0]
    if not base:
        return []
    return [("prod3", (i, j, k), ((i, op, c), (j, "mul", 1.0), (k, "mul", 1.0)), 0.0, cx + 0.9)
            for op, c, cx in _snaps(ys[0] / base, strict=True)]
