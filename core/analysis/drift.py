"""Drift of the mapped output against a reference: PSI and KS over decile bins (numeric and date columns).

The reference is a bounded, deterministic key-hash sample of the live target's existing rows when
it has any (:mod:`core.analysis.reference`), else the histograms stored in a previous Analysis
Report of the same target table. The mapped output side is a uniform sample of at
most 50,000 rows drawn while the source streams (:class:`core.analysis.sketch.RowSample`); PSI and
KS compare shares, so a sample estimates them. Only bin edges and counts are stored (aggregates);
key columns and birth dates are not profiled.
"""

from __future__ import annotations

import math

import polars as pl

from core.analysis.flags import BIRTH_DOMAINS
from core.analysis.models import Drift

EPS = 1e-4
BINS = 10
#: target types profiled for drift
TYPES = ("int", "float", "decimal", "date", "datetime")
#: birth dates are not profiled for drift
SKIP_DOMAINS = BIRTH_DOMAINS


def _numeric(s: pl.Series) -> pl.Series | None:
    if s.dtype.is_numeric() or isinstance(s.dtype, pl.Decimal):
        return s.cast(pl.Float64).drop_nulls()
    if s.dtype in (pl.Date(), pl.Datetime("us")) or isinstance(s.dtype, pl.Datetime):
        return s.cast(pl.Date).cast(pl.Int64).cast(pl.Float64).drop_nulls()
    return None


def histogram(s: pl.Series) -> dict[str, list[float]] | None:
    """Decile edges and counts of a numeric/date series (None for other types or too few values)."""
    v = _numeric(s)
    if v is None or v.len() < BINS:
        return None
    edges = sorted({float(v.quantile(i / BINS, interpolation="linear") or 0.0) for i in range(1, BINS)})
    return {"edges": edges, "counts": [float(c) for c in _counts(v, edges)]}


def _counts(v: pl.Series, edges: list[float]) -> list[int]:
    bounds = [-math.inf, *edges, math.inf]
    return [int(((v > lo) & (v <= hi)).sum()) for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)]


def compare(s: pl.Series, ref: dict[str, list[float]], column: str, reference: str) -> Drift | None:
    """PSI and KS of ``s`` against a reference histogram."""
    v = _numeric(s)
    if v is None or v.len() == 0:
        return None
    cur = _counts(v, list(ref["edges"]))
    base = list(ref["counts"])
    tc, tb = sum(cur), sum(base)
    if not tc or not tb:
        return None
    p = [max(c / tc, EPS) for c in cur]
    q = [max(b / tb, EPS) for b in base]
    psi = sum((a - b) * math.log(a / b) for a, b in zip(p, q, strict=True))
    ks = cum_p = cum_q = 0.0
    for a, b in zip(cur, base, strict=True):
        cum_p, cum_q = cum_p + a / tc, cum_q + b / tb
        ks = max(ks, abs(cum_p - cum_q))
    return Drift(column=column, reference=reference, psi=round(psi, 4), ks=round(ks, 4),
                 edges=[round(e, 4) for e in ref["edges"]], current_share=[round(c / tc, 4) for c in cur],
                 reference_share=[round(b / tb, 4) for b in base])
