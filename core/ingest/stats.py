"""Per-column statistics computed in one streaming pass over a Polars LazyFrame.

Counts (rows, nulls, distinct values) and string lengths (UTF-8 bytes: O(1) per value, equal to
characters for ASCII) are always computed for files: they say nothing about any single value.
``min``/``max`` are only computed with ``with_stats=True`` (data_mode) and only for non-string
columns — the catalog is stored unmasked, so it never carries a raw string value (which could be PII).

Exact vs approximate distinct counts (``ColumnStats.distinct_approx``), decided *before* the scan
from the input size so memory stays bounded whatever the file size (:func:`exact_distinct_for`):

* **small inputs** — delimited text of at most ``EXACT_MAX_BYTES`` (64 MiB, after decompression /
  transcoding) or Parquet of at most ``EXACT_MAX_ROWS`` (500,000) rows: every distinct count is
  exact (``n_unique``), ``distinct_approx=False``; memory is bounded by the input size.
* **larger inputs** — every distinct count is a HyperLogLog estimate (``approx_n_unique``,
  fixed-size sketch per column, typically within ~5 %; exact-looking for low
  cardinalities), ``distinct_approx=True`` — except for the column confirmed as key, whose count is
  then the row count (``distinct_approx=False``).

Key detection (``is_key``, at most one column per table), same pass:

* small inputs: among the columns with no nulls whose exact distinct count equals the row count,
  the most key-like (an id-like name such as ``customer_id``, then a non-float type, then position);
* larger inputs: the candidate is chosen the same way from the first ``HEAD_ROWS`` rows (no nulls,
  all values distinct there) and checked over the whole file by a fixed-size Bloom filter fed during
  the statistics scan (:mod:`core.ingest.keycheck`: never marks a column with a repeated value as
  key; chance hits are re-verified exactly with one extra pass over that column, only when any
  occurred). It must also have no nulls in the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl

from core.catalog import ColumnStats
from core.ingest.keycheck import BloomKeyCheck, verify_query

_ID_LIKE = re.compile(r"(^|_)(id|key|uuid|guid|code|no|number|nr)$")
_MINMAX_TYPES = ("int", "float", "decimal", "date", "datetime", "bool")
EXACT_MAX_BYTES = 64 * 1024 * 1024
EXACT_MAX_ROWS = 500_000
HEAD_ROWS = 10_000
WIDE_COLUMNS = 500
KEY_HASH_SEED = 0x6B6579  # fixed: the key check must not depend on the run's sampling seed


def exact_distinct_for(*, text_bytes: int | None = None, parquet_rows: int | None = None) -> bool:
    """Whether distinct counts are computed exactly for an input of this size (module docstring)."""
    if parquet_rows is not None:
        return parquet_rows <= EXACT_MAX_ROWS
    return text_bytes is not None and text_bytes <= EXACT_MAX_BYTES


def _exprs(schema: pl.Schema, logical: Mapping[str, str], with_stats: bool, exact: bool) -> list[pl.Expr]:
    exprs: list[pl.Expr] = [pl.len().alias("__rows")]
    for i, (name, dtype) in enumerate(schema.items()):
        col = pl.col(name)
        distinct = col.n_unique() if exact else col.approx_n_unique()
        exprs += [col.null_count().alias(f"{i}:nulls"), distinct.alias(f"{i}:distinct")]
        if dtype == pl.String:
            n = col.str.len_bytes()
            exprs += [n.min().alias(f"{i}:minlen"), n.max().alias(f"{i}:maxlen"), n.mean().alias(f"{i}:meanlen")]
        if with_stats and logical[name] in _MINMAX_TYPES:
            exprs += [col.min().cast(pl.String).alias(f"{i}:min"), col.max().cast(pl.String).alias(f"{i}:max")]
    return exprs


def collect_stream(lf: pl.LazyFrame, *, wide: bool = False) -> pl.DataFrame:
    """Collect with the streaming engine (bounded memory).

    ``wide``: a small input (exact statistics, so memory is bounded by its size anyway) with more
    than ``WIDE_COLUMNS`` columns is collected by the in-memory engine instead: the streaming
    engine's cost grows with columns x aggregations (20,000 columns: out of memory; in memory 8 s).
    """
    out = lf.collect(engine="in-memory" if wide else "streaming")
    assert isinstance(out, pl.DataFrame)
    return out


def _best_key(candidates: list[str], names: list[str], logical: Mapping[str, str]) -> str | None:
    if not candidates:
        return None
    pos = {n: i for i, n in enumerate(names)}
    return min(candidates, key=lambda c: (not _ID_LIKE.search(c), logical[c] == "float", pos[c]))


def head_frame(lf: pl.LazyFrame) -> pl.DataFrame:
    """The first ``HEAD_ROWS`` rows of ``lf`` (the key-candidate probe)."""
    return collect_stream(lf.head(HEAD_ROWS))


def head_candidate(head: pl.DataFrame, logical: Mapping[str, str]) -> str | None:
    """The most key-like column with no nulls and all values distinct in ``head`` (or None)."""
    if head.height == 0:
        return None
    cands = [c for c in head.columns if head[c].null_count() == 0 and head[c].n_unique() == head.height]
    return _best_key(cands, head.columns, logical)


def column_stats(
    lf: pl.LazyFrame, logical: Mapping[str, str], *, with_stats: bool, exact_distinct: bool = True,
    head: pl.DataFrame | None = None, extra_aggs: Sequence[pl.Expr] = (),
) -> tuple[int, dict[str, ColumnStats], set[str]]:
    """(row_count, stats per column, key columns) of ``lf`` in one streaming pass (module docstring).

    ``exact_distinct`` selects exact or approximate distinct counts (see :func:`exact_distinct_for`).
    ``head`` is :func:`head_frame` of ``lf`` when the caller already has it. ``extra_aggs`` are
    further aggregations (aliases starting with ``__``) run in the same pass, their values ignored
    here — e.g. a :class:`core.ingest.sampling.SampleFold` drawing the sample in the same scan.
    """
    schema = lf.collect_schema()
    names = schema.names()
    exprs = _exprs(schema, logical, with_stats, exact_distinct)
    bloom: BloomKeyCheck | None = None
    head_key = None if exact_distinct else head_candidate(head_frame(lf) if head is None else head, logical)
    if head_key is not None:
        bloom = BloomKeyCheck()
        exprs.append(pl.col(head_key).hash(KEY_HASH_SEED).map_batches(
            bloom.update, return_dtype=pl.UInt8, is_elementwise=True).sum().alias("__bloom"))
    wide = exact_distinct and len(names) > WIDE_COLUMNS
    row = collect_stream(lf.select([*exprs, *extra_aggs]), wide=wide).row(0, named=True)
    rows = int(row["__rows"])
    stats: dict[str, ColumnStats] = {}
    per_col: dict[str, dict[str, Any]] = {}
    for k, v in row.items():
        idx, sep, what = k.partition(":")
        if sep:
            per_col.setdefault(idx, {})[what] = v
    for i, name in enumerate(names):
        get = per_col[str(i)]
        nulls = int(get["nulls"])
        mean = get.get("meanlen")
        stats[name] = ColumnStats(
            row_count=rows, null_count=nulls,
            distinct_count=min(int(get["distinct"]), rows - nulls) if rows else 0,
            distinct_approx=not exact_distinct,
            min_length=get.get("minlen"), max_length=get.get("maxlen"),
            mean_length=round(float(mean), 3) if mean is not None else None,
            min=get.get("min"), max=get.get("max"),
        )
    if exact_distinct:
        key = _best_key([n for n in names if rows and stats[n].null_count == 0 and stats[n].distinct_count == rows],
                        names, logical)
    else:
        key = head_key if head_key is not None and bloom is not None and _bloom_unique(
            lf, head_key, bloom, rows, stats[head_key]) else None
    if key is None:
        return rows, stats, set()
    stats[key] = stats[key].model_copy(update={"distinct_count": rows, "distinct_approx": False})
    return rows, stats, {key}


def _bloom_unique(lf: pl.LazyFrame, name: str, bloom: BloomKeyCheck, rows: int, st: ColumnStats) -> bool:
    if not rows or st.null_count or bloom.overflow or bloom.seen != rows:
        return False
    if bloom.hits == 0:
        return True
    repeats = collect_stream(verify_query(lf, pl.col(name).hash(KEY_HASH_SEED), bloom.suspect_hashes())).item()
    return int(repeats) == 0
