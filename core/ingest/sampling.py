"""Deterministic sampling policy (ROADMAP §9, §41): plan choice, Polars execution, caps.

Plan choice (:func:`choose_plan`), from the catalog only:

* hash key: the table's primary key, else the first exactly-unique column (``is_key``), else
  the whole row;
* strata: the first date/datetime column (bucketed by month), else the first low-cardinality
  column (2..50 distinct values, at most half the row count, not a key, not a PII-named column)
  — e.g. a country code;
  else none.

Execution (:func:`sample_lazy`) ranks rows by ``hash(key, seed)`` inside a streaming query and
keeps the ``rows_max`` lowest (``bottom_k``), so a file is never materialized whole. Polars'
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


def sample_lazy(lf: pl.LazyFrame, plan: SamplePlan) -> pl.DataFrame:
    """Execute ``plan`` over ``lf`` with the streaming engine; result ordered by rank."""
    names = lf.collect_schema().names()
    keys = [k for k in plan.key_columns if k in names] or names
    h = pl.struct([pl.col(k) for k in keys]).hash(seed=plan.seed).alias("__h")
    if plan.strata and plan.strata in names:
        s = pl.col(plan.strata)
        if plan.strata_kind == "month":
            s = s.dt.truncate("1mo")
        lf = lf.with_columns(h).with_columns(pl.col("__h").rank("ordinal").over(s).alias("__r"))
        by = ["__r", "__h"]
    else:
        lf = lf.with_columns(h)
        by = ["__h"]
    out = lf.bottom_k(plan.rows_max, by=by).sort(by).drop([c for c in ("__h", "__r") if c in by])
    df = out.collect(engine="streaming")
    assert isinstance(df, pl.DataFrame)
    return df


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
