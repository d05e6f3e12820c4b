"""Mergeable summaries: distinct counts exact below K and close above it, whatever the batching;
the drift sample is bounded, uniform over the batches and deterministic."""

from __future__ import annotations

import polars as pl

from core.analysis.sketch import Distinct, K, RowSample


def _distinct(values: pl.Series, batch: int) -> int:
    d = Distinct()
    frame = values.to_frame("v")
    for part in frame.iter_slices(batch):
        d.merge(pl.Series(part.select(d.expr("v")).item(), dtype=pl.UInt64))
    return d.estimate()


def test_distinct_is_exact_below_k_and_within_five_percent_above() -> None:
    small = pl.Series("v", [i % 1000 for i in range(20_000)] + [None] * 10)
    assert _distinct(small, 777) == _distinct(small, 50_000) == 1000
    big = pl.Series("v", [f"id-{i % 60_000}" for i in range(120_000)])
    est = _distinct(big, 9_999)
    assert est != 60_000 and abs(est - 60_000) / 60_000 < 0.05
    assert est == _distinct(big, 33_333), "the sketch does not depend on the batch boundaries"
    assert K < 60_000


def test_row_sample_is_bounded_uniform_and_deterministic() -> None:
    frame = pl.DataFrame({"x": list(range(100_000))})

    def draw(batch: int) -> pl.DataFrame:
        s = RowSample(["x"], 2_000)
        for i, part in enumerate(frame.iter_slices(batch)):
            s.add(part, i * batch)
        return s.frame()

    a, b = draw(7_000), draw(25_000)
    assert a.height == 2_000 and a.sort("x").equals(b.sort("x"))
    tenths = a.select((pl.col("x") // 10_000).value_counts()).unnest("x")["count"]
    assert tenths.min() > 120 and tenths.max() < 280  # ~200 per tenth of the rows
