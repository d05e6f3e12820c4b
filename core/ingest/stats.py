"""Per-column statistics computed in one streaming pass over a Polars LazyFrame.

Counts (rows, nulls, approximate distinct values) and string lengths (UTF-8 bytes: O(1) per
value, equal to characters for ASCII) are always computed for
files: they say nothing about any single value. ``min``/``max`` are only computed with
``with_stats=True`` (data_mode) and only for non-string columns — the catalog is stored
unmasked, so it never carries a raw string value (which could be PII).

Distinct counts are exact for integer, boolean and temporal columns (cheap to hash) and
HyperLogLog estimates (``approx_n_unique``) for the others.

Key detection: among the columns whose approximate distinct count is >= 90 % of the row count
and that have no nulls, the most key-like one (an id-like name such as ``customer_id``, then a
non-float type, then position) is re-checked with an exact ``n_unique`` (one more streaming
pass over that column only, skipped when its count is already exact); ``is_key`` is set on it
when it is exactly unique (its distinct_count is then exact). At most one column per table is marked this way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import polars as pl

from core.catalog import ColumnStats

_ID_LIKE = re.compile(r"(^|_)(id|key|uuid|guid|code|no|number|nr)$")
KEY_CANDIDATE_RATIO = 0.9  # approx_n_unique (HyperLogLog) can be off by a few percent
_MINMAX_TYPES = ("int", "float", "decimal", "date", "datetime", "bool")


def _exprs(schema: pl.Schema, logical: Mapping[str, str], with_stats: bool) -> list[pl.Expr]:
    exprs: list[pl.Expr] = [pl.len().alias("__rows")]
    for i, (name, dtype) in enumerate(schema.items()):
        col = pl.col(name)
        exact = dtype.is_integer() or dtype == pl.Boolean or dtype.is_temporal()
        distinct = col.n_unique() if exact else col.approx_n_unique()
        exprs += [col.null_count().alias(f"{i}:nulls"), distinct.alias(f"{i}:distinct"),
                  pl.lit(exact).alias(f"{i}:exact")]
        if dtype == pl.String:
            n = col.str.len_bytes()
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
    lf: pl.LazyFrame, logical: Mapping[str, str], *, with_stats: bool
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
        if rows and nulls == 0 and distinct >= KEY_CANDIDATE_RATIO * rows:
            candidates.append(name)
    unique: set[str] = set()
    if candidates:
        best = sorted(candidates, key=lambda c: (not _ID_LIKE.search(c), logical[c] == "float",
                                                 schema.names().index(c)))[0]
        exact = rows if row[f"{schema.names().index(best)}:exact"] and stats[best].distinct_count == rows else \
            collect_stream(lf.select(pl.col(best).n_unique())).item()
        if int(exact) == rows:
            unique.add(best)
            stats[best] = stats[best].model_copy(update={"distinct_count": rows})
    return rows, stats, unique
