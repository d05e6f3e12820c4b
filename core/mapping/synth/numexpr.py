"""Arithmetic over the numbers of a row: ``y = a * x + b``, ``y = sum(a_i * x_i)`` (2-3 numbers),
``y = a * x_i * x_j`` and ``y = a * x_i / x_j``, rendered with ``format_number``.

The numbers (*sources*) are the digit runs and decimal numbers of each input (the k-th from
the start or the end) and whole inputs read as numbers. Coefficients are *fitted* on the
examples (a small exact linear solve) and then *snapped* to simple values — integers,
``1/n``, or at most four significant digits — so that ``01:02:05 -> 3725`` becomes
``3600*h + 60*m + s`` and ``119.00 -> 100.00`` becomes ``x / 1.19``; an expression is only
kept when the snapped program reproduces every example's output number exactly (after
formatting), which is what generalizes beyond the examples.

The Python mirror performs the same binary64 operations in the same order as the emitted
``safe_math`` steps (``div`` where a coefficient is ``1/n``).
"""

from __future__ import annotations

import itertools
import math
import re
import time
from dataclasses import dataclass, field

from core.mapping.synth import numeric
from core.mapping.synth.atoms import VIEW_COST, Selector, View, select, view_value
from dsl import units

#: a term: (source index, op "mul"|"div", constant)
Term = tuple[int, str, float]
Row = list[str | None]
MAX_SOURCES = 10
_DECIMAL = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")
_DIGITS = re.compile(r"[0-9]+")
_SNAP_INT = 100000


@dataclass(frozen=True)
class Source:
    """One number read from a row: ``selector`` of ``view``, cast to float."""

    view: View
    selector: Selector


@dataclass(frozen=True)
class NumExpr:
    """``kind`` "lin": sum of terms + ``offset``; "prod" / "quot": ``x_i * x_j`` or ``x_i / x_j`` then
    term 0's scaling; "radix": ``floor(term 0)``, then modulo ``offset`` when it is not 0 (a digit
    of a mixed radix: minutes of a duration in seconds = ``floor(s / 60) mod 60``); "bucket":
    ``floor(x / c) * c + offset`` (bands: ``34`` -> ``30``, upper bound ``39``).
    ``fmt``: (decimals, thousands, mark) of ``format_number``."""

    sources: tuple[Source, ...]
    kind: str
    terms: tuple[Term, ...]
    offset: float
    fmt: tuple[int, str, str]
    cost: float
    #: zero-pad the rendered number to this width (``5`` -> ``05`` minutes); 0 = none
    pad: int = 0
    _label: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        src = ",".join(f"in{s.view.idx}.{s.view.kind}.{s.selector.label}" for s in self.sources)
        object.__setattr__(self, "_label", f"num[{self.kind}:{src}:{self.terms}+{self.offset}:{self.fmt}]")

    def label(self) -> str:
        """Readable description (ranking tie-break and debugging)."""
        return self._label

    def value(self, row: Row) -> str | None:
        """Python mirror of the emitted steps."""
        xs = [source_value(s, row) for s in self.sources]
        out = render(evaluate(self.kind, self.terms, self.offset, xs), self.fmt)
        return out if out is None or not self.pad else out.rjust(self.pad, "0")


def source_value(src: Source, row: Row) -> float | None:
    """The float a source reads from ``row`` (type_cast semantics)."""
    v = select(src.selector, view_value(src.view.kind, row[src.view.idx]))
    return None if v is None else numeric.parse(v)


def _ok(x: float | None) -> bool:
    return x is not None and math.isfinite(x) and (x == 0 or 1e-150 <= abs(x) <= 1e150)


def _op(op: str, x: float | None, c: float) -> float | None:
    if not _ok(x):
        return None
    assert x is not None
    if op == "mul":
        return x * c
    if op == "div":
        return x / c
    return x + c


def evaluate(kind: str, terms: tuple[Term, ...], offset: float, xs: list[float | None]) -> float | None:
    """The expression's value (None like the DSL: null operand, out of range, division by zero)."""
    if kind == "bucket":  # the lower (or upper) bound of a band of width c: floor(x / c) * c + offset
        i, _, c = terms[0]
        t = _op("div", xs[i], c)
        if not _ok(t):
            return None
        assert t is not None
        return float(math.floor(t)) * c + offset
    if kind == "radix":
        i, op, c = terms[0]
        t = _op(op, xs[i], c) if not (op == "mul" and c == 1.0) else xs[i]
        if not _ok(t):
            return None
        assert t is not None
        q = float(math.floor(t))
        if not offset:
            return q
        return q - float(math.floor(q / offset)) * offset
    if kind in ("prod", "quot"):
        (i, op, c), (j, _, _) = terms[0], terms[1]
        a, b = xs[i], xs[j]
        if not _ok(a) or not _ok(b) or (kind == "quot" and b == 0):
            return None
        assert a is not None and b is not None
        v: float | None = a * b if kind == "prod" else a / b
        return v if c == 1.0 else _op(op, v, c)
    total: float | None = None
    for i, op, c in terms:
        t = xs[i] if (op == "mul" and c == 1.0) else _op(op, xs[i], c)
        if not _ok(t):
            return None
        assert t is not None
        total = t if total is None else (None if not _ok(total) else total + t)
        if total is None:
            return None
    if offset and total is not None:
        total = _op("add", total, offset)
    return total


def render(v: float | None, fmt: tuple[int, str, str]) -> str | None:
    """``format_number`` of the value."""
    return None if v is None else numeric.fmt(v, fmt[0], fmt[1], fmt[2])


#: factors of everyday conversions (time, calendar, percent, metric prefixes, dozens, bytes)
NICE = frozenset({1.0, 2.0, 7.0, 10.0, 12.0, 24.0, 60.0, 100.0, 365.0, 1000.0, 1024.0, 3600.0, 86400.0, 1e6})


def _nice(op: str, c: float) -> bool:
    return abs(c) in NICE


def _snaps(a: float, strict: bool = False) -> list[tuple[str, float, float]]:
    """Simple constants near ``a``: (op, constant, complexity); ``strict``: only :data:`NICE` factors
    (for fits with as many unknowns as examples, where the snapping is the only evidence)."""
    if not math.isfinite(a) or a == 0 or not 1e-4 <= abs(a) <= 1e5:
        return []
    if strict:
        return [s for s in _snaps(a) if _nice(s[0], s[1])]
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


def _targets(outs: list[str]) -> list[list[tuple[str, float, list[tuple[int, str, str]]]]]:
    """Per output number position (k-th from the start, then from the end): per example the
    number as written, its value and its format readings."""
    per: list[list[tuple[str, float, list[tuple[int, str, str]]]]] = []
    seen: set[tuple[str, ...]] = set()
    for rx in (numeric._NUM_IN_TEXT, _DECIMAL, _DIGITS):
        found = [[m.group(0) for m in rx.finditer(o)] for o in outs]
        counts = {len(f) for f in found}
        if 0 in counts:
            continue
        positions = list(range(min(counts))) + ([-1] if len(counts) > 1 else [])
        for p in positions:
            if tuple(f[p] for f in found) not in seen:
                seen.add(tuple(f[p] for f in found))
                per += _column(found, p)
    return per


def _column(found: list[list[str]], p: int) -> list[list[tuple[str, float, list[tuple[int, str, str]]]]]:
    col = []
    for f in found:
        s = f[p]
        reads = list(numeric._formats(s))
        vals = sorted(v for v in (_plain(s, th, mk) for _, th, mk in reads) if v is not None)
        if not vals:
            return []
        col.append((s, vals[0], reads))
    return [col]


def _decimals(s: str) -> int:
    """Digits after the last separator when it reads as a decimal mark (``1,234.50`` -> 2)."""
    reads = numeric._formats(s)
    return reads[0][0] if reads else 0  # the decimal reading comes first


def _plain(s: str, th: str, mark: str) -> float | None:
    body = s.replace(th, "") if th else s
    return numeric.parse(body.replace(mark, ".") if mark != "." else body)


def _one_number(view: View, rows: list[Row]) -> bool:
    """A whole number view is a source only where each value holds one number (else its digits
    are glued: ``"2d 5h"`` -> ``25``); the European view only where a comma occurs."""
    if view.kind == "raw":
        return True
    vals = [r[view.idx] or "" for r in rows]
    return all(len(numeric.numbers_in(v)) <= 1 for v in vals)


def _view_ok(view: View, rows: list[Row]) -> bool:
    return view.kind != "num_eu" or any("," in (r[view.idx] or "") for r in rows)


def source_cost(src: Source) -> float:
    """Ranking cost of reading a source."""
    return src.selector.cost + VIEW_COST[src.view.kind]


def sources_for(rows: list[Row], views: list[tuple[View, list[Selector]]]) -> list[tuple[Source, list[float]]]:
    """Distinct number sources present in every row (by their values), cheapest first."""
    seen: dict[tuple[float, ...], Source] = {}
    ordered = sorted(((Source(v, s), s.cost + VIEW_COST[v.kind]) for v, sels in views for s in sels
                      if _view_ok(v, rows) and (s.pattern is not None or _one_number(v, rows))),
                     key=lambda t: (t[1], t[0].selector.label))
    for src, _ in ordered:
        vals = [source_value(src, r) for r in rows]
        if all(v is not None for v in vals):
            seen.setdefault(tuple(v for v in vals if v is not None), src)
        if len(seen) >= MAX_SOURCES:
            break
    return [(s, list(k)) for k, s in seen.items()]


def _fits(expr: NumExpr, rows: list[Row], col: list[tuple[str, float, list[tuple[int, str, str]]]]) -> bool:
    return all(expr.value(r) == s for r, (s, _, _) in zip(rows, col, strict=True))


def _formats(col: list[tuple[str, float, list[tuple[int, str, str]]]]) -> list[tuple[int, str, str]]:
    common = set(col[0][2])
    for _, _, reads in col[1:]:
        common &= set(reads)
    return sorted(common)


def expressions(rows: list[Row], outs: list[str], views: list[tuple[View, list[Selector]]],
                limit: int = 6, known: set[tuple[str, ...]] | frozenset[tuple[str, ...]] = frozenset(),
                deadline: float = math.inf) -> list[NumExpr]:
    """Arithmetic atoms whose rendered value is a number of every output (fitted and snapped), up to
    ``limit`` per output number; output numbers some atom already gives (``known`` value tuples)
    are left alone."""
    cols = [c for c in _targets(outs) if tuple(s for s, _, _ in c) not in known]
    if not cols:
        return []
    srcs = sources_for(rows, views)
    if not srcs:
        return []
    found: list[NumExpr] = []
    n = len(rows)
    from core.mapping.synth.radix import bucket_atoms, radix_atoms  # noqa: PLC0415 (builds on this module)

    for col in cols:
        if n >= 2:  # floor/modulo fits are only evidence over several examples
            found += radix_atoms(rows, [txt for txt, _, _ in col], srcs)
            found += bucket_atoms(rows, [txt for txt, _, _ in col], srcs)
        here = len(found)
        ys = [v for _, v, _ in col]
        halfs = [0.5 * 10.0 ** -_decimals(txt) for txt, _, _ in col]
        fmts = _formats(col)
        if not fmts:
            continue
        cands: list[tuple[str, tuple[int, ...], tuple[Term, ...], float, float]] = []
        for i, (_, xs) in enumerate(srcs):
            if [float(x) for x in xs] == ys:
                continue  # the number itself: the plain numeric transforms cover it
            cands += _affine(i, xs, ys, halfs)
        units = [_unit_of(src, rows[0]) for src, _ in srcs]
        for k, width in ((2, 8), (3, 5)):
            for combo in itertools.combinations(range(min(len(srcs), width)), k):
                cands += _unit_sum(combo, [units[c] for c in combo])
                if n >= k:
                    cands += _linear(combo, [srcs[c][1] for c in combo], ys)
        if time.perf_counter() > deadline:
            return found
        for i, j in itertools.permutations(range(min(len(srcs), 6)), 2):
            for kind in ("prod", "quot"):
                if kind == "prod" and j < i:
                    continue
                cands += _ratio(kind, i, j, srcs[i][1], srcs[j][1], ys)
        def full(c: Cand) -> float:
            return 2.0 + 0.4 * len(c[1]) + c[4] + sum(source_cost(srcs[u][0]) for u in c[1])

        for cand in sorted(cands, key=full):
            kind, used, terms, offset, _ = cand
            sources = tuple(srcs[u][0] for u in used)
            remap = {u: p for p, u in enumerate(used)}
            terms2 = tuple((remap[i], op, c) for i, op, c in terms)
            for fmt in fmts:
                cost = full(cand)
                expr = NumExpr(sources, kind, terms2, offset, fmt, round(cost, 4))
                if _fits(expr, rows, col):
                    found.append(expr)
                    break
            if len(found) - here >= limit:
                break
    return found


Cand = tuple[str, tuple[int, ...], tuple[Term, ...], float, float]


def _affine(i: int, xs: list[float], ys: list[float], halfs: list[float] | None = None) -> list[Cand]:
    out: list[Cand] = []
    scale = _scale_interval(xs, ys, halfs or [0.0] * len(xs))
    if scale is not None and len(xs) >= 2:
        for op, c, cx in _interval_snaps(*scale):
            out.append(("lin", (i,), ((i, op, c),), 0.0, cx))
    if len(xs) >= 2 and xs[0] != xs[1]:
        a = (ys[1] - ys[0]) / (xs[1] - xs[0])
        for op, c, cx in _snaps(a):
            scaled = xs[0] * c if op == "mul" else xs[0] / c
            for b2, bx in _offsets(ys[0] - scaled):
                if b2:  # a pure factor comes from the interval above
                    out.append(("lin", (i,), ((i, op, c),), b2, cx + bx))
    else:
        if xs[0] != 0:
            for op, c, cx in _snaps(ys[0] / xs[0]):
                out.append(("lin", (i,), ((i, op, c),), 0.0, cx))
        for b2, bx in _offsets(ys[0] - xs[0]):
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


def _linear(combo: tuple[int, ...], xs: list[list[float]], ys: list[float]) -> list[Cand]:
    k = len(combo)
    sol = _solve([[xs[c][r] for c in range(k)] for r in range(k)], ys[:k])
    if sol is None:
        return []
    options = [_snaps(a, strict=len(ys) <= k)[:2] for a in sol]
    if any(not o for o in options):
        return []
    out: list[Cand] = []
    for pick in itertools.product(*options):
        terms = tuple((combo[p], op, c) for p, (op, c, _) in enumerate(pick))
        out.append(("lin", combo, terms, 0.0, sum(cx for _, _, cx in pick) + 0.3 * k))
    return out


_NUM_UNIT = re.compile(r"([0-9]+(?:[.,][0-9]+)?)[\t ]*([A-Za-z\"'°/]+)")


def _unit_of(src: Source, row: Row) -> str | None:
    """The unit written right after the source's number in ``row`` (``5 ft 11 in``: 5 -> ft)."""
    text = row[src.view.idx] or ""
    got = select(src.selector, view_value(src.view.kind, text))
    hits = {numeric.UNIT_ALIASES.get(u.lower(), u) for num, u in _NUM_UNIT.findall(text) if num == got}
    unit = hits.pop() if len(hits) == 1 else None
    return unit if unit in units.UNITS and units.UNITS[unit][0] != "temperature" else None


def _unit_sum(combo: tuple[int, ...], us: list[str | None]) -> list[Cand]:
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


def _ratio(kind: str, i: int, j: int, xi: list[float], xj: list[float], ys: list[float]) -> list[Cand]:
    base = xi[0] * xj[0] if kind == "prod" else (xi[0] / xj[0] if xj[0] else None)
    if not base:
        return []
    return [(kind, (i, j), ((i, op, c), (j, "mul", 1.0)), 0.0, cx + 0.5)
            for op, c, cx in _snaps(ys[0] / base, strict=True)]
