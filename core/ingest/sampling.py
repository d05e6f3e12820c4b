"""Deterministic sampling policy (ROADMAP §9, §41): plan choice, Polars execution, caps.

Plan choice (:func:`choose_plan`), from the catalog only:

* hash key: the table's primary key, else the first exactly-unique column (``is_key``), else
  the whole row;
* strata: the first date/datetime column (bucketed by month), else the first low-cardinality
  column (2..50 distinct values, at most half the row count, not a key, not a PII-named column)
  — e.g. a country code;
  else none.

Execution (:func:`sample_lazy`) ranks rows by ``hash(key, seed)`` (inside their stratum, when
there is one) in one streaming pass and keeps the ``rows_max`` lowest (rank, hash) pairs in a
bounded buffer, so a file is never materialized whole. Polars'
hash is stable for a given Polars version: the same seed over the same data gives the same
sample; upgrading Polars may change which rows are chosen (the seed and strategy are logged).
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import polars as pl

from core.catalog import TableSchema
from core.contract import SampleCaps
from core.ingest.ports import SamplePlan
from core.pii.rules import name_entity

MAX_STRATA = 50


def choose_plan(table: TableSchema, caps: SampleCaps, seed: int) -> SamplePlan:
    """The deterministic sampling plan for ``table`` under ``caps`` (see module docstring)."""
    keys = list(table.primary_key) or [c.name for c in table.columns if c.is_key][:1]
    strata: str | None = None
    kind: str | None = None
    for c in table.columns:
        if c.logical_type in ("date", "datetime") and (c.stats.distinct_count or 0) > 1:
            strata, kind = c.name, "month"
            break
    if strata is None:
        for c in table.columns:
            d, n = c.stats.distinct_count, c.stats.row_count
            if c.is_key or c.name in keys or d is None or n is None or name_entity(c.name):
                continue
            if 2 <= d <= MAX_STRATA and d <= n / 2 and c.logical_type in ("string", "int", "bool"):
                strata, kind = c.name, "value"
                break
    return SamplePlan(seed=seed, rows_max=caps.rows_max, bytes_max=caps.bytes_max,
                      key_columns=keys, strata=strata, strata_kind=kind)  # type: ignore[arg-type]


SAMPLE_BATCH_ROWS = 200_000


def _prune(buf: pl.DataFrame, rows_max: int, stratified: bool) -> pl.DataFrame:
    """Keep only rows that can still be among the ``rows_max`` lowest (rank, hash) pairs.

    A row's rank inside its stratum can only grow as more rows arrive, and the rank of the
    ``rows_max``-th lowest pair can only shrink, so rows ranked above it now are out for good.
    """
    if not stratified:
        return buf.bottom_k(rows_max, by="__h") if buf.height > rows_max else buf
    buf = buf.with_columns(pl.col("__h").rank("ordinal").over("__s").alias("__r"))
    if buf.height > rows_max:
        cutoff = buf["__r"].bottom_k(rows_max).max()
        buf = buf.filter(pl.col("__r") <= cutoff)
    return buf


def sample_lazy(lf: pl.LazyFrame, plan: SamplePlan) -> pl.DataFrame:
    """Execute ``plan`` over ``lf`` with the streaming engine; result ordered by rank.

    The engine computes the seeded hash (and the stratum) per row; batches of ``SAMPLE_BATCH_ROWS``
    are folded into a small buffer that keeps only rows that can still win (:func:`_prune`), so
    memory is bounded by ``rows_max`` + the number of strata + one batch whatever the file size,
    and the file is read once. The result does not depend on batch boundaries.
    """
    names = lf.collect_schema().names()
    keys = [k for k in plan.key_columns if k in names] or names
    extra = [pl.struct([pl.col(k) for k in keys]).hash(seed=plan.seed).alias("__h")]
    stratified = bool(plan.strata and plan.strata in names)
    if stratified:
        s = pl.col(str(plan.strata))
        extra.append((s.dt.truncate("1mo") if plan.strata_kind == "month" else s).alias("__s"))
    buf: pl.DataFrame | None = None
    for batch in lf.with_columns(extra).collect_batches(chunk_size=SAMPLE_BATCH_ROWS, engine="streaming"):
        merged = batch if buf is None else pl.concat([buf.drop("__r", strict=False), batch], how="vertical")
        buf = _prune(merged, plan.rows_max, stratified)
    if buf is None:
        return lf.head(0).collect()
    by = ["__r", "__h"] if stratified else ["__h"]
    if stratified:
        buf = buf.with_columns(pl.col("__h").rank("ordinal").over("__s").alias("__r"))
    return buf.sort(by).head(plan.rows_max).drop(["__h", "__r", "__s"], strict=False)


def json_value(v: Any) -> Any:
    """A JSON-safe form of one cell value (ISO dates, decimals as text, bytes as base64)."""
    if v is None or isinstance(v, bool | int | str):
        return v
    if isinstance(v, float):
        return v if v == v and v not in (float("inf"), float("-inf")) else str(v)
    if isinstance(v, datetime | date | time):
        return v.isoformat()
    if isinstance(v, timedelta):
        return v.total_seconds()
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, bytes | bytearray | memoryview):
        return "base64:" + base64.b64encode(bytes(v)[:64]).decode("ascii")
    return str(v)


def json_rows(df: pl.DataFrame) -> list[dict[str, Any]]:
    """Rows of ``df`` as JSON-safe dicts."""
    return [{k: json_value(v) for k, v in r.items()} for r in df.iter_rows(named=True)]


def row_bytes(row: dict[str, Any]) -> int:
    """Size of one row as UTF-8 JSON (the unit of ``bytes_max``)."""
    return len(json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8"))


def cap_rows(rows: list[dict[str, Any]], rows_max: int, bytes_max: int) -> tuple[list[dict[str, Any]], int]:
    """Keep the leading rows that fit both caps; returns (rows, total bytes)."""
    kept: list[dict[str, Any]] = []
    total = 0
    for r in rows[:rows_max]:
        b = row_bytes(r)
        if total + b > bytes_max:
            break
        kept.append(r)
        total += b
    return kept, total
