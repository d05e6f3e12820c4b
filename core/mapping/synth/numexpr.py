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

from core.mapping.synth import numeric
from core.mapping.synth.atoms import Selector, View, view_cost
from core.mapping.synth.exactness import (
    ROUNDED,
    SPLIT,
    fraction_digits,
    inexact,
    overlap,
    rounds,
    shortest,
    splits_decimal,
)
from core.mapping.synth.fitting import Cand, Term, affine, linear, ratio, triple, unit_of, unit_sum
from core.mapping.synth.keyed import keyed_sources, unit_of_key
from core.mapping.synth.known_units import KNOWN_COST, factors, unit_after
from core.mapping.synth.numterms import NumExpr, Row, Source, _read, source_value

MAX_SOURCES = 10
_DECIMAL = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")
_DIGITS = re.compile(r"[0-9]+")


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


#: thousands separators that go with a decimal mark (``1.248,00``, ``1 248,00``, ``1,248.00``)
_PARTNERS = {",": (".", " "), ".": (",",)}


def _implied(s: str, reads: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """A number below 1000 written with a decimal mark (``12,00``) also reads with the thousands separators that go
    with its mark, so that a column mixing ``12,00`` and ``1.248,00`` has one common format."""
    extra = [(d, th, mk) for d, t0, mk in reads if d > 0 and t0 == "" and len(s.lstrip("-").split(mk)[0]) <= 3
             for th in _PARTNERS.get(mk, ())]
    return reads + [r for r in extra if r not in reads]


def _column(found: list[list[str]], p: int) -> list[list[tuple[str, float, list[tuple[int, str, str]]]]]:
    col = []
    for f in found:
        s = f[p]
        reads = _implied(s, list(numeric._formats(s)))
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
    if view.kind == "num_dec":  # both marks, each somewhere: a column of mixed decimal styles
        vals = [r[view.idx] or "" for r in rows]
        return any("," in v for v in vals) and any("." in v for v in vals)
    return view.kind != "num_eu" or any("," in (r[view.idx] or "") for r in rows)


def source_cost(src: Source) -> float:
    """Ranking cost of reading a source."""
    return src.selector.cost + view_cost(src.view.kind)


def sources_for(rows: list[Row], views: list[tuple[View, list[Selector]]]) -> list[tuple[Source, list[float]]]:
    """Distinct number sources present in every row (by their values), cheapest first."""
    seen: dict[tuple[float, ...], Source] = {}
    ordered = sorted(((Source(v, s), s.cost + view_cost(v.kind)) for v, sels in views for s in sels
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


def _formats(col: list[tuple[str, float, list[tuple[int, str, str]]]],
             short: bool = False) -> list[tuple[int, str, str]]:
    common = set(col[0][2])
    for _, _, reads in col[1:]:
        common &= set(reads)
    if short:  # the column writes the shortest form (other examples show it): this group follows it too
        return [f for f in shortest(col, True) if f not in common] + sorted(common)
    return sorted(common) + shortest(col)


def _slot_width(col: list[tuple[str, float, list[tuple[int, str, str]]]]) -> int:
    """The width every output writes this whole number in, zero-padded (some example shows the padding:
    ``00``, ``05``), else 0."""
    texts = [txt for txt, _, _ in col]
    widths = {len(t) for t in texts}
    if len(widths) != 1 or not all(t.isdecimal() for t in texts) or not any(t.startswith("0") for t in texts):
        return 0
    return widths.pop() if len(texts[0]) > 1 else 0


def known_factors(i: int, src: Source, rows: list[Row]) -> list[Cand]:
    """``x * factor`` for the known factors of the unit written after source ``i``'s number in
    every example (:mod:`.known_units`: ``32 psi`` -> bar, ``150 PS`` -> kW, ``12.5 nmi`` -> km)."""
    seen = {unit_after(r[src.view.idx] or "", _read(src, r)) for r in rows}
    unit = seen.pop() if len(seen) == 1 else None
    if unit is None:
        return []
    return [("lin", (i,), ((i, "mul", f),), 0.0, KNOWN_COST) for f in factors(unit)]


def expressions(rows: list[Row], outs: list[str], views: list[tuple[View, list[Selector]]],
                limit: int = 6, known: set[tuple[str, ...]] | frozenset[tuple[str, ...]] = frozenset(),
                deadline: float = math.inf, short: bool = False) -> list[NumExpr]:
    """Arithmetic atoms whose rendered value is a number of every output (fitted and snapped), up to
    ``limit`` per output number; output numbers some atom already gives (``known`` value tuples)
    are left alone."""
    # a number every output writes alike is a literal: computing it from the row is a coincidence
    cols = [c for c in _targets(outs) if tuple(s for s, _, _ in c) not in known
            and (len(outs) < 2 or len({s for s, _, _ in c}) > 1)]
    if not cols:
        return []
    keyed = [(k, [source_value(k, r) for r in rows]) for k in keyed_sources(rows)]
    srcs = [(k, [float(x) for x in xs if x is not None]) for k, xs in keyed if None not in xs]
    srcs = (srcs + sources_for(rows, views))[:MAX_SOURCES + len(srcs)]
    if not srcs:
        return []
    found: list[NumExpr] = []
    n = len(rows)
    fractions = fraction_digits(outs)
    from core.mapping.synth.composed import (  # noqa: PLC0415 (builds on this)
        century_atoms,
        chain_atoms,
        difference_atoms,
        total_atoms,
    )
    from core.mapping.synth.radix import (  # noqa: PLC0415 (builds on this)
        bucket_atoms,
        ceil_atoms,
        fitted_radix_atoms,
        nearest_atoms,
        radix_atoms,
    )

    for col in cols:
        if n >= 2:  # floor/modulo fits are only evidence over several examples
            found += radix_atoms(rows, [txt for txt, _, _ in col], srcs)
            found += fitted_radix_atoms(rows, [txt for txt, _, _ in col], srcs, outs)
            found += bucket_atoms(rows, [txt for txt, _, _ in col], srcs)
            found += ceil_atoms(rows, [txt for txt, _, _ in col], srcs)
            found += difference_atoms(rows, [txt for txt, _, _ in col], srcs)
            found += chain_atoms(rows, [txt for txt, _, _ in col])
            found += century_atoms(rows, [txt for txt, _, _ in col], views)
        here = len(found)
        ys = [v for _, v, _ in col]
        slot = _slot_width(col)
        halfs = [0.5 * 10.0 ** -_decimals(txt) for txt, _, _ in col]
        fmts = _formats(col, short)
        if not fmts:
            continue
        if n >= 2:
            found += total_atoms(rows, [txt for txt, _, _ in col], ys, fmts)
            found += nearest_atoms(rows, [txt for txt, _, _ in col], srcs, fmts, ys)
        cands: list[tuple[str, tuple[int, ...], tuple[Term, ...], float, float]] = []
        for i, (_, xs) in enumerate(srcs):
            if [float(x) for x in xs] == ys:
                if srcs[i][0].default is not None:  # a keyed number itself (absent = 0): no plain transform reads it
                    cands.append(("lin", (i,), ((i, "mul", 1.0),), 0.0, 0.0))
                continue  # the number itself: the plain numeric transforms cover it
            cands += affine(i, xs, ys, halfs)
            cands += known_factors(i, srcs[i][0], rows)
        units = [unit_of_key(src.selector.label[2:-1]) if src.default is not None else
                 unit_of(rows[0][src.view.idx] or "", _read(src, rows[0])) for src, _ in srcs]
        for k, width in ((2, 8), (3, 5)):
            for combo in itertools.combinations(range(min(len(srcs), width)), k):
                if overlap([srcs[c][0] for c in combo]):
                    continue
                cands += unit_sum(combo, [units[c] for c in combo])
                if n >= k:
                    cands += linear(combo, [srcs[c][1] for c in combo], ys)
        if time.perf_counter() > deadline:
            return found
        for i, j in itertools.permutations(range(min(len(srcs), 6)), 2):
            for kind in ("prod", "quot", "quot2"):
                if (kind == "prod" and j < i) or (kind != "prod" and srcs[i][1] == srcs[j][1]) or \
                        overlap([srcs[i][0], srcs[j][0]]):
                    continue  # x / x is the constant 1 in disguise: the literal is the simpler program
                cands += ratio(kind, i, j, srcs[i][1], srcs[j][1], ys)
            if srcs[i][0].view.idx != srcs[j][0].view.idx:  # the change from one input's number to another's
                cands += [("change", (i, j), ((i, "mul", c), (j, "mul", 1.0)), 0.0, 0.8) for c in (100.0, 1.0)]
            if srcs[i][0].view.idx != srcs[j][0].view.idx:  # an amount and a rate in percent, two inputs
                cands += [(k, (i, j), ((i, "mul", 1.0), (j, "mul", 1.0)), 0.0, 1.0) for k in ("net", "gross")]
        for i, j, k in itertools.combinations(range(min(len(srcs), 8)), 3):
            if overlap([srcs[i][0], srcs[j][0], srcs[k][0]]):
                continue
            cands += triple(i, j, k, [srcs[i][1], srcs[j][1], srcs[k][1]], ys)
        split = [SPLIT if splits_decimal(src, rows) else 0.0 for src, _ in srcs]

        def full(c: Cand, split: list[float] = split) -> float:
            return 2.0 + 0.4 * len(c[1]) + c[4] + sum(source_cost(srcs[u][0]) + split[u] for u in c[1])

        def ranked(c: Cand, ys: list[float] = ys) -> float:
            kind, used, terms, offset, _ = c
            remap = {u: p for p, u in enumerate(used)}
            terms2 = tuple((remap[i], op, k) for i, op, k in terms)
            return full(c) + (ROUNDED if rounds(kind, terms2, offset, tuple(srcs[u][0] for u in used), rows, ys)
                              else 0.0)

        frac = tuple(txt for txt, _, _ in col) in fractions
        for cand in sorted(cands, key=ranked):
            kind, used, terms, offset, _ = cand
            sources = tuple(srcs[u][0] for u in used)
            remap = {u: p for p, u in enumerate(used)}
            terms2 = tuple((remap[i], op, c) for i, op, c in terms)
            if frac and inexact(kind, terms2, offset, sources, rows, ys):
                continue  # the decimals of a number by a rounded fit: a coincidence
            for fmt in fmts:
                cost = ranked(cand)
                expr = NumExpr(sources, kind, terms2, offset, fmt, round(cost, 4))
                if not _fits(expr, rows, col) and slot and fmt[0] == 0 and \
                        all(src.default is not None for src in sources):  # a keyed field in a fixed-width slot
                    expr = NumExpr(sources, kind, terms2, offset, fmt, round(cost + 0.2, 4), slot)
                if _fits(expr, rows, col):
                    found.append(expr)
                    break
            if len(found) - here >= limit:
                break
    return found
