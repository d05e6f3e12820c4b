"""Arithmetic composes: a target column its own example rows show to be a product or a sum of two others.

A milk collection's ``amount`` is ``quantity_l x rate_per_l``, an invoice's ``gross`` is ``net + vat``, a
customs value is ``invoice_amount x exchange_rate``, a ration's ``total_grain_kg`` is ``wheat_kg + rice_kg``.
Sources often keep only the factors (the register has litres and the rate; the total is computed), and
no header of any language says so. The target's example rows do: where every example row holding the three
numbers (at least :data:`MIN_ROWS`) has ``c = a x b`` (or ``c = a + b``) within rounding, and neither
operand is trivial (a factor that is always 1, an addend that adds nothing), ``c`` is a candidate compose
of the sources that best feed ``a`` and ``b``. It is proposed when:

* both operands have a source (the one the one-to-one optimum over the scores gives them, scoring at least
  :data:`MIN_PART`), two
  different columns whose numbers are read in :data:`READ_SHARE` of the sampled rows;
* no other source column already holds the result row by row (in :data:`HELD_SHARE` of the rows, a share no
  coincidence reaches, and units written in some rows (`6,0341 tonn`) break the product in others: then that
  column is ``c``, read whole);
* the result is of the examples' magnitude (medians within a factor of :data:`MAGNITUDE`), and fits it better than
  either operand's column alone (else that column is the result, fed wrongly as an operand).

It scores :data:`BASE` + :data:`GAIN` x the weaker operand's score + :data:`FIT` x the magnitude fit. The
pipeline (:func:`core.mapping.arith_strategy.arith_compose`) computes the relation the examples showed, and only
that one. Values are read in memory only (data_mode; the source's rows are needed).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from core.mapping.features import parse_number
from core.mapping.side import MatchColumn

NUMERIC = ("int", "float", "decimal")
MIN_ROWS = 2
MIN_PART = 0.3
READ_SHARE = 0.6
HELD_SHARE = 0.5
MAGNITUDE = 10.0
BASE, GAIN, FIT = 0.3, 0.4, 0.2
CAP = 0.9
#: relative tolerance of a relation (rounding to cents of amounts in the thousands)
REL_TOL = 0.005
SAMPLE = 500
#: numeric target columns searched for relations (the search is cubic in them)
MAX_COLUMNS = 40
#: relations kept at most (each costs a pass over the source's candidates)
MAX_RELATIONS = 12
#: whole numbers below this, all of a relation's, are a coincidence (:func:`_coincidence`)
SMALL = 10


def numbers(cells: Sequence[str] | None) -> list[float | None]:
    """Each cell read as one number (currency symbols, separators, decimal comma), None where it is none."""
    return [parse_number(c) if c and c.strip() else None for c in (cells or [])[:SAMPLE]]


def _fit(m: float, e: float) -> float:
    """Magnitude fit of median ``m`` to the examples' median ``e``: 1 equal ... 0 at :data:`MAGNITUDE` apart."""
    return 1.0 - abs(math.log10(m / e)) / math.log10(MAGNITUDE) if m > 0 and e > 0 else -1.0


def _close(x: float, c: float, whole: bool) -> bool:
    return abs(x - c) <= max(0.51 if whole else 0.006, REL_TOL * abs(c))


def _holds(op: str, a: list[float], b: list[float], c: list[float]) -> bool:
    whole = all(float(x).is_integer() for x in c)
    if op == "mul":
        if all(x == 1 for x in a) or all(x == 1 for x in b) or all(x == y for x, y in zip(a, c, strict=True)) or \
                all(x == y for x, y in zip(b, c, strict=True)):
            return False
        return all(_close(x * y, z, whole) for x, y, z in zip(a, b, c, strict=True))
    if all(min(abs(x), abs(y)) <= 0.02 * abs(z) for x, y, z in zip(a, b, c, strict=True)):
        return False  # one addend adds next to nothing: a rounding coincidence
    return all(_close(x + y, z, whole) for x, y, z in zip(a, b, c, strict=True))


def _log_median_ratio(p: Sequence[float | None], q: Sequence[float | None]) -> float | None:
    r = [abs(x / y) for x, y in zip(p, q, strict=False) if x is not None and y is not None and x and y]
    return math.log(float(np.median(r))) if r else None


def _result_as_operand(both: list[tuple[int, float, float]], ta: Sequence[str] | None, tb: Sequence[str] | None,
                       tc: Sequence[str] | None) -> bool:
    """Whether an operand's feed looks like the result: the source's per-row ratio ``x / y`` is nearer the
    examples' ``c / b`` than their ``a / b`` (or ``y / x`` nearer ``c / a`` than ``b / a``). Ratios of the same
    rows on both sides, free of which example rows someone wrote (an invoice's net / vat is 5 in every row)."""
    xs, ys = [p for _, p, _ in both], [q for _, _, q in both]
    na, nb, nc = numbers(ta), numbers(tb), numbers(tc)
    for src_r, own, res in ((_log_median_ratio(xs, ys), _log_median_ratio(na, nb), _log_median_ratio(nc, nb)),
                            (_log_median_ratio(ys, xs), _log_median_ratio(nb, na), _log_median_ratio(nc, na))):
        if src_r is not None and own is not None and res is not None and abs(src_r - res) < abs(src_r - own):
            return True
    return False


def _coincidence(a: list[float], b: list[float], c: list[float]) -> bool:
    """Numbers a relation holds on by chance: an operand without :data:`MIN_ROWS` distinct values, or only
    small whole numbers (``1 + 2 = 3`` among codes and counts)."""
    if len(set(a)) < MIN_ROWS or len(set(b)) < MIN_ROWS:
        return True
    return all(float(x).is_integer() and abs(x) < SMALL for x in (*a, *b, *c))


def target_relations(dst: Sequence[MatchColumn]) -> list[tuple[int, int, int, str]]:
    """(c, a, b, op) for every numeric target ``c`` its example rows show as ``a op b`` (module docstring)."""
    nums = {k: numbers(d.cells) for k, d in enumerate(dst) if d.logical_type in NUMERIC and d.cells}
    # a wide target's many numbers: the best-filled :data:`MAX_COLUMNS` are searched (the search is cubic)
    filled = {k: sum(x is not None for x in v) for k, v in nums.items()}
    keys = sorted(k for k in sorted(nums, key=lambda k: -filled[k])[:MAX_COLUMNS] if filled[k] >= MIN_ROWS)
    out: list[tuple[int, int, int, str]] = []
    if len(keys) < 3:
        return out
    n = max(len(nums[k]) for k in keys)
    grid = np.full((n, len(keys)), np.nan)
    for col, k in enumerate(keys):
        grid[:len(nums[k]), col] = [np.nan if x is None else x for x in nums[k]]
    for ci, c in enumerate(keys):
        z = grid[:, ci]
        sub = grid[~np.isnan(z) & (z != 0)]
        if len(sub) < MIN_ROWS:
            continue
        zs = sub[:, ci][:, None, None]
        tol = np.maximum(0.51, REL_TOL * np.abs(zs))  # looser than :func:`_close`: a prefilter, checked exactly below
        with np.errstate(invalid="ignore"):
            for res in (sub[:, :, None] * sub[:, None, :], sub[:, :, None] + sub[:, None, :]):
                present = ~np.isnan(res)
                fits = np.all((np.abs(res - zs) <= tol) | ~present, axis=0) & (present.sum(axis=0) >= MIN_ROWS)
                for ai, bi in zip(*np.nonzero(np.triu(fits, 1)), strict=True):
                    a, b = keys[int(ai)], keys[int(bi)]
                    if c in (a, b) or any(r[:2] == (c, a) and r[2] == b for r in out):
                        continue
                    rows = [(x, y, w) for x, y, w in zip(nums[a], nums[b], nums[c], strict=False)
                            if x is not None and y is not None and w is not None and w != 0]
                    xa, xb, xc = ([r[k] for r in rows] for k in range(3))
                    if _coincidence(xa, xb, xc):
                        continue
                    for op in ("mul", "add"):
                        if _holds(op, xa, xb, xc):
                            out.append((c, a, b, op))
                            break
                    if len(out) >= MAX_RELATIONS:
                        return out
    return out


def arith_composes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                   score: np.ndarray) -> dict[int, tuple[list[int], float]]:
    """Per target row ([source of a, source of b], score) of the module docstring."""
    if not len(src) or not any(s.cells for s in src):
        return {}
    rels = target_relations(dst)
    out: dict[int, tuple[list[int], float]] = {}
    s_nums: dict[int, list[float | None]] = {}

    def of(j: int) -> list[float | None]:
        if j not in s_nums:
            s_nums[j] = numbers(src[j].cells)
        return s_nums[j]

    if not rels:
        return {}
    # each operand's feed: the one-to-one optimum over the scores (two look-alike quantities: the solver, not
    # each row's maximum alone, tells which feeds which)
    # (the results left out: the column a result would take is the very question, ``amount`` must not take the
    # litres its ``quantity`` needs)
    results = {c for c, _, _, _ in rels}
    kept = [i for i in range(len(dst)) if i not in results]
    rows, cols = linear_sum_assignment(-np.clip(score[kept], 0.0, None))
    feed = {kept[int(r)]: int(k) for r, k in zip(rows, cols, strict=True)}
    for c, a, b, op in rels:
        x, y = feed.get(a, int(np.argmax(score[a]))), feed.get(b, int(np.argmax(score[b])))
        if x == y or min(score[a, x], score[b, y]) < MIN_PART:
            continue
        nx, ny = of(x), of(y)
        filled = sum(1 for p, q in zip(nx, ny, strict=False) if p is not None or q is not None)
        both = [(k, p, q) for k, (p, q) in enumerate(zip(nx, ny, strict=False)) if p is not None and q is not None]
        if not both or len(both) < READ_SHARE * filled:
            continue
        res = {k: p * q if op == "mul" else p + q for k, p, q in both}
        held = False
        for j in range(len(src)):
            if j in (x, y) or not src[j].cells or src[j].logical_type == "string" and not any(
                    parse_number(v) is not None for v in (src[j].values or [])[:20]):
                continue
            nj = of(j)
            hits = sum(1 for k, r in res.items() if k < len(nj) and (v := nj[k]) is not None and _close(r, v, False))
            if hits >= HELD_SHARE * len(res):
                held = True
                break
        ex = [z for z in numbers(dst[c].cells) if z]
        med_r = float(np.median([abs(r) for r in res.values()]))
        med_e = float(np.median([abs(z) for z in ex])) if ex else 0.0
        if held or not med_r or not med_e or not 1 / MAGNITUDE <= med_r / med_e <= MAGNITUDE:
            continue
        fit = _fit(med_r, med_e)
        # an operand's feed that is the result itself (a dental fee's total read as the patient's share: subsidy +
        # total is no total): its ratio to the other operand is the examples' result-to-operand ratio, not theirs
        if _result_as_operand(both, dst[a].cells, dst[b].cells, dst[c].cells):
            continue
        sc = round(min(CAP, BASE + GAIN * float(min(score[a, x], score[b, y])) + FIT * fit), 4)
        if c not in out or out[c][1] < sc:
            out[c] = ([x, y], sc)
    return out


#: score added to each pair of a relation the source's rows repeat (:func:`relation_support`)
SUPPORT_GAIN = 0.1
#: candidates per target row searched for a relation's operands and result
SUPPORT_TOP = 4
#: a result among this many best candidates of an operand's row looks like an operand
LIKE_OPERAND = 2


def relation_support(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], score: np.ndarray) -> np.ndarray:
    """1.0 for the (target, source) pairs of a relation the target's example rows show (``c = a x b``) that the
    source's rows repeat among the candidates of ``a``, ``b`` and ``c`` (``z = x x y`` in :data:`HELD_SHARE` of
    the rows): a price column among look-alike numbers is the one that times the weight gives the amount.
    The relation is symmetric: of the two pairings of the operands the one the scores prefer is supported;
    0.0 elsewhere."""
    out = np.zeros((len(dst), len(src)))
    if not len(src) or not any(s.cells for s in src):
        return out
    rels = target_relations(dst)
    cache: dict[int, list[float | None]] = {}

    def of(j: int) -> list[float | None]:
        if j not in cache:
            cache[j] = numbers(src[j].cells)
        return cache[j]

    def top(i: int) -> list[int]:
        return [int(j) for j in np.argsort(-score[i], kind="stable")[:SUPPORT_TOP] if src[j].cells]

    for c, a, b, op in rels:
        # a result that looks like an operand is no result: rations of 2 kg wheat and 3 kg rice per unit make
        # rice = wheat + units in every row, and the rice column would be read as the total
        like_operand = set(top(a)[:LIKE_OPERAND]) | set(top(b)[:LIKE_OPERAND])
        for z in top(c):
            if z in like_operand:
                continue
            nz = of(z)
            for x in top(a):
                for y in top(b):
                    if len({x, y, z}) < 3 or score[a, y] + score[b, x] > score[a, x] + score[b, y]:
                        continue  # the relation is symmetric: the operands' own scores tell which feeds which
                    nx, ny = of(x), of(y)
                    rows = [(p, q, r) for p, q, r in zip(nx, ny, nz, strict=False)
                            if p is not None and q is not None and r is not None]
                    if len(rows) < 5:
                        continue
                    hits = sum(_close(p * q if op == "mul" else p + q, r, False) for p, q, r in rows)
                    if hits >= HELD_SHARE * len(rows):
                        out[c, z] = out[a, x] = out[b, y] = 1.0
    return out
