"""Per-column statistics computed in one streaming pass over a Polars LazyFrame.

Counts (rows, nulls, approximate distinct values) and string lengths are always computed for
files: they say nothing about any single value. ``min``/``max`` are only computed with
``with_stats=True`` (data_mode) and only for non-string columns — the catalog is stored
unmasked, so it never carries a raw string value (which could be PII).

Key detection: a column whose approximate distinct count is within 2 % of the row count and has
no nulls is re-checked with an exact ``n_unique`` (one more streaming pass over just those
columns); ``is_key`` is set only when it is exactly unique.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from core.catalog import ColumnStats

_MINMAX_TYPES = ("int", "float", "decimal", "date", "datetime", "bool")


def _exprs(schema: pl.Schema, logical: dict[str, str], with_stats: bool) -> list[pl.Expr]:
    exprs: list[pl.Expr] = [pl.len().alias("__rows")]
    for i, (name, dtype) in enumerate(schema.items()):
        col = pl.col(name)
        exprs += [col.null_count().alias(f"{i}:nulls"), col.approx_n_unique().alias(f"{i}:distinct")]
        if dtype == pl.String:
            n = col.str.len_chars()
            exprs += [n.min().alias(f"{i}:minlen"), n.max().alias(f"{i}:maxlen"), n.mean().alias(f"{i}:meanlen")]
        if with_stats and logical[name] in _MINMAX_TYPES:
            exprs += [col.min().cast(pl.String).alias(f"{i}:min"), col.max().cast(pl.String).alias(f"{i}:max")]
    return exprs


def collect_stream(lf: pl.LazyFrame) -> pl.DataFrame:
    """Collect with the streaming engine (bounded memory)."""
    out = lf.collect(engine="streaming")
    assert isinstance(out, pl.DataFrame)
    return out


def column_stats(
    lf: pl.LazyFrame, logical: dict[str, str], *, with_stats: bool
) -> tuple[int, dict[str, ColumnStats], set[str]]:
    """(row_count, stats per column, exactly-unique non-null columns) of ``lf`` in streaming passes."""
    schema = lf.collect_schema()
    row = collect_stream(lf.select(_exprs(schema, logical, with_stats))).row(0, named=True)
    rows = int(row["__rows"])
    stats: dict[str, ColumnStats] = {}
    candidates: list[str] = []
    for i, name in enumerate(schema.names()):
        get: dict[str, Any] = {k.split(":", 1)[1]: v for k, v in row.items() if k.startswith(f"{i}:")}
        nulls = int(get["nulls"])
        distinct = min(int(get["distinct"]), rows - nulls) if rows else 0
        mean = get.get("meanlen")
        stats[name] = ColumnStats(
            row_count=rows,
            null_count=nulls,
            distinct_count=distinct,
            min_length=get.get("minlen"),
            max_length=get.get("maxlen"),
            mean_length=round(float(mean), 3) if mean is not None else None,
            min=get.get("min"),
            max=get.get("max"),
        )
        if rows and nulls == 0 and distinct >= 0.98 * rows:
            candidates.append(name)
    unique: set[str] = set()
    if candidates:
        exact = collect_stream(lf.select([pl.col(c).n_unique() for c in candidates])).row(0, named=True)
        for c in candidates:
            if int(exact[c]) == rows:
                unique.add(c)
                stats[c] = stats[c].model_copy(update={"distinct_count": rows})
    return rows, stats, unique
