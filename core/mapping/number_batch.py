"""The number-part decompose candidates of a whole match (:mod:`core.mapping.number_parts`), computed per
source column at once for every numeric target: each position's statistics once per column
(:class:`~core.mapping.number_parts.PositionStats`), every target's examples in one array, so a wide pair of
tables costs O(sources x positions x all examples) array operations instead of per (source, target) pair."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from core.mapping.number_parts import (
    BASE,
    CODES,
    EXACT_WEIGHT,
    FIT_MIN,
    GAIN,
    HEADER_GAIN,
    MAG_RATIO,
    MAX_EXAMPLES,
    NOT_SOURCES,
    PositionStats,
    column_positions,
    numbers_in,
    target_numbers,
)
from core.mapping.side import MatchColumn


class TargetBatch:
    """Every numeric target's examples (the first :data:`MAX_EXAMPLES`) in one array, with per-target medians."""

    def __init__(self, examples: list[np.ndarray]) -> None:
        ex = [e[:MAX_EXAMPLES] for e in examples]
        self.values = np.concatenate(ex)
        self.owner = np.repeat(np.arange(len(ex)), [e.size for e in ex])
        self.counts = np.array([e.size for e in ex], dtype=float)
        self.log_median = np.log1p(np.array([float(np.median(np.abs(e))) for e in ex]))
        self.tol = 0.01 * np.maximum(np.abs(self.values), 1e-9)

    def share(self, hit: np.ndarray) -> np.ndarray:
        """Per target the share of its examples where ``hit`` holds."""
        return np.bincount(self.owner, weights=hit.astype(float), minlength=self.counts.size) / self.counts


def batch_fits(batch: TargetBatch, st: PositionStats) -> np.ndarray:
    """:func:`core.mapping.number_parts.stats_fit` of every target of ``batch`` at one position."""
    x, d = batch.values, st.distinct
    inside = batch.share((x >= st.lo) & (x <= st.hi))
    mag = np.maximum(0.0, 1.0 - np.abs(batch.log_median - math.log1p(st.median)) / math.log(MAG_RATIO))
    idx = np.searchsorted(d, x)
    left = np.abs(d[np.clip(idx - 1, 0, d.size - 1)] - x) <= batch.tol
    right = np.abs(d[np.clip(idx, 0, d.size - 1)] - x) <= batch.tol
    exact = batch.share(left | right)
    if d.size <= CODES:
        return np.round(exact * mag, 4)
    return np.round(np.minimum(1.0, inside * mag + EXACT_WEIGHT * exact * mag), 4)


def number_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                      header: np.ndarray) -> dict[int, tuple[int, float]]:
    """Per target row (source index, score) of :mod:`core.mapping.number_parts` (``header``: target x source
    similarity): the best position of a column (ties: the earlier one) scoring at least :data:`FIT_MIN`."""
    targets = [(i, ex) for i, d in enumerate(dst) if (ex := target_numbers(d)) is not None]
    out: dict[int, tuple[int, float]] = {}
    if not targets:
        return out
    batch = TargetBatch([ex for _, ex in targets])
    rows = np.array([i for i, _ in targets])
    for j, c in enumerate(src):
        if c.logical_type != "string" or not c.values or (c.domain or "").startswith(NOT_SOURCES):
            continue
        found = numbers_in(c.values)
        if found is None:
            continue
        positions = column_positions(found[0])
        if not positions:
            continue
        best = np.max(np.stack([batch_fits(batch, st) for _, st in positions]), axis=0)
        scores = np.round(BASE + GAIN * best + HEADER_GAIN * header[rows, j], 4)
        for n in np.flatnonzero(best >= FIT_MIN):
            i, sc = int(rows[n]), float(scores[n])
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out
