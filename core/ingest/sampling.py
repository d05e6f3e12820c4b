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
import threading
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


def hash_seed(seed: int) -> int:
    """The contract's seed (any int) as Polars' unsigned 64-bit hash seed: ``seed mod 2**64``.

    Seeds in ``0 .. 2**64-1`` are used as they are; others wrap, so every contract seed samples.
    """
    return seed % (1 << 64)


def _sample_exprs(names: list[str], plan: SamplePlan) -> tuple[list[pl.Expr], bool]:
    """The per-row ``__h`` (seeded hash of the key) and, when stratified, ``__s`` expressions."""
    keys = [k for k in plan.key_columns if k in names] or names
    extra = [pl.struct([pl.col(k) for k in keys]).hash(seed=hash_seed(plan.seed)).alias("__h")]
    stratified = bool(plan.strata and plan.strata in names)
    if stratified:
        s = pl.col(str(plan.strata))
        extra.append((s.dt.truncate("1mo") if plan.strata_kind == "month" else s).alias("__s"))
    return extra, stratified


class SampleFold:
    """The bounded buffer of :func:`sample_lazy`, fed batch by batch (thread-safe).

    Also usable inside another streaming query (:meth:`agg_expr`), so a sample can be drawn in
    the same pass as the catalog statistics. Batches may arrive in any order and from several
    threads: the result does not depend on batch boundaries or order (:func:`_prune`).
    """

    def __init__(self, names: list[str], plan: SamplePlan) -> None:
        self.names = names
        self.plan = plan
        self.extra, self.stratified = _sample_exprs(names, plan)
        self._buf: pl.DataFrame | None = None
        self._lock = threading.Lock()

    def add(self, batch: pl.DataFrame) -> None:
        """Fold one batch (the table's columns followed by ``__h`` [and ``__s``]).

        The batch is first pruned on its own (outside the lock, on the hash/stratum columns only):
        a row ranked above the batch's own cutoff is ranked above the merged cutoff too, so this
        drops only rows the merged prune would drop, and those never change the kept rows' ranks.
        """
        if batch.height > self.plan.rows_max:
            keys = ["__h", "__s"] if self.stratified else ["__h"]
            pos = _prune(batch.select(keys).with_row_index("__i"), self.plan.rows_max, self.stratified)
            batch = batch[pos["__i"]]
        with self._lock:
            merged = batch if self._buf is None else pl.concat([self._buf.drop("__r", strict=False), batch],
                                                               how="vertical")
            self._buf = _prune(merged, self.plan.rows_max, self.stratified)

    def _add_struct(self, rows: pl.Series) -> pl.Series:
        self.add(rows.struct.unnest())
        return pl.zeros(rows.len(), pl.UInt8, eager=True)

    def agg_expr(self) -> pl.Expr:
        """An aggregation (alias ``__sample``, value meaningless) that feeds every row to this fold."""
        row = pl.struct([*(pl.col(n) for n in self.names), *self.extra])
        return row.map_batches(self._add_struct, return_dtype=pl.UInt8, is_elementwise=True).sum().alias("__sample")

    def result(self) -> pl.DataFrame | None:
        """The sample ordered by rank (``None`` when no batch arrived)."""
        buf = self._buf
        if buf is None:
            return None
        by = ["__r", "__h"] if self.stratified else ["__h"]
        if self.stratified:
            buf = buf.with_columns(pl.col("__h").rank("ordinal").over("__s").alias("__r"))
        return buf.sort(by).head(self.plan.rows_max).drop(["__h", "__r", "__s"], strict=False)


def sample_lazy(lf: pl.LazyFrame, plan: SamplePlan) -> pl.DataFrame:
    """Execute ``plan`` over ``lf`` with the streaming engine; result ordered by rank.

    The engine computes the seeded hash (and the stratum) per row; batches of ``SAMPLE_BATCH_ROWS``
    are folded into a small buffer that keeps only rows that can still win (:func:`_prune`), so
    memory is bounded by ``rows_max`` + the number of strata + one batch whatever the file size,
    and the file is read once. The result does not depend on batch boundaries.
    """
    fold = SampleFold(lf.collect_schema().names(), plan)
    for batch in lf.with_columns(fold.extra).collect_batches(chunk_size=SAMPLE_BATCH_ROWS, engine="streaming"):
        fold.add(batch)
    out = fold.result()
    return lf.head(0).collect() if out is None else out


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
