"""The Analysis stage's SQL source: the catalogued table read in key order, one chunk at a time.

Keyset pagination over the table's primary key, single-column or composite: the first chunk is
``ORDER BY k1, ..., kn LIMIT n``; each next one adds the row-value comparison
``(k1, ..., kn) > (last1, ..., lastn)`` written out as the portable, index-friendly disjunction
``k1 > l1 OR (k1 = l1 AND k2 > l2) OR ...`` (PostgreSQL, MariaDB/MySQL and SQLite read it the
same way, and the database compares with the same collation it orders by). Every statement is a
sqlglot expression run through the source's read-only guard, the last key bound as parameters
under fresh random names, so one chunk is in memory and no row is read twice or skipped.

A key column holding NULL (SQLite allows it in a non-INTEGER primary key) cannot be paged by
comparison: such a table is refused with the fix rather than read with rows missing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import polars as pl
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

from adapters.sources.sql import SqlSource
from core.analysis.stage import SourceBatches
from core.catalog import TableSchema
from core.errors import DeterministicFailure
from core.ingest.sqlgen import bind


def bind_names(n: int) -> list[str]:
    """``n`` fresh, unguessable bind-parameter names (no identifier read from a database holds one)."""
    token = uuid.uuid4().hex
    return [f"mwk{token}_{i}" for i in range(n)]


def after_key(columns: list[str], params: list[str]) -> exp.Expr:
    """``(c1, ..., cn) > (:p1, ..., :pn)`` as ``c1 > :p1 OR (c1 = :p1 AND c2 > :p2) OR ...`` (quoted columns)."""
    terms: list[exp.Expr] = []
    for i, (col, p) in enumerate(zip(columns, params, strict=True)):
        eqs: list[exp.Expr] = [exp.EQ(this=exp.column(c, quoted=True), expression=bind(q))
                               for c, q in zip(columns[:i], params[:i], strict=True)]
        gt = exp.GT(this=exp.column(col, quoted=True), expression=bind(p))
        terms.append(exp.and_(*eqs, gt) if eqs else gt)
    return exp.or_(*terms) if len(terms) > 1 else terms[0]


def _from(table: TableSchema) -> exp.Table:
    return exp.table_(str(table.format["table"]), db=table.format.get("schema"), quoted=True)


def _raw(table: TableSchema, key: list[str]) -> list[str]:
    src = {c.name: c.original_name for c in table.columns}
    return [src[k] for k in key]


def keyset_query(table: TableSchema, key: list[str], *, params: list[str] | None, rows: int, dialect: str) -> str:
    """The SELECT of the first chunk (``params`` None) or of the chunk after the bound last key.

    The ORDER BY keeps the dialect's own NULL placement (no ``NULLS LAST`` or, on MySQL, a
    ``CASE WHEN ... IS NULL`` sort key, which would defeat the key index and sort the whole table
    for every chunk); key NULLs are refused before reading (:func:`null_key_query`).
    """
    raw = _raw(table, key)
    nulls_first = Dialect.get_or_raise(dialect).NULL_ORDERING == "nulls_are_small"
    q = (exp.select(*[exp.column(c.original_name, quoted=True).as_(c.name, quoted=True) for c in table.columns])
         .from_(_from(table))
         .order_by(*[exp.Ordered(this=exp.column(c, quoted=True), nulls_first=nulls_first) for c in raw])
         .limit(rows))
    if params is not None:
        q = q.where(after_key(raw, params))
    return q.sql(dialect=dialect)


def null_key_query(table: TableSchema, key: list[str], dialect: str) -> str:
    """``SELECT 1 FROM table WHERE k1 IS NULL OR ... LIMIT 1``: does any row lack part of its key?"""
    cond = exp.or_(*[exp.Is(this=exp.column(c, quoted=True), expression=exp.Null()) for c in _raw(table, key)])
    return exp.select(exp.Literal.number(1)).from_(_from(table)).where(cond).limit(1).sql(dialect=dialect)


def _refuse_null_keys(table: TableSchema, columns: list[str], run_id: str) -> DeterministicFailure:
    return DeterministicFailure(
        f"table {table.name} has rows with NULL in its primary key column(s) {columns}; keyset reading would "
        "skip them: make the key NOT NULL (fix those rows), or export the table to Parquet/CSV", run_id=run_id,
        stage="ANALYSIS", table=table.name, columns=columns)


def sql_batches(location: str, table: TableSchema, *, run_id: str) -> SourceBatches:
    """Stream ``table`` of the database at ``location`` in primary-key order (single or composite key)."""

    def stream(rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
        if not table.primary_key:
            raise DeterministicFailure(
                f"table {table.name} has no primary key; the analysis reads a SQL table in chunks by its key: "
                "add a primary key, or export the table to Parquet/CSV", run_id=run_id, stage="ANALYSIS",
                table=table.name)
        key = list(table.primary_key)
        names = [c.name for c in table.columns]
        at = [names.index(k) for k in key]
        params = bind_names(len(key))
        source = SqlSource(location)
        dialect = source.dialect or "postgres"
        first_sql = keyset_query(table, key, params=None, rows=rows, dialect=dialect)
        next_sql = keyset_query(table, key, params=params, rows=rows, dialect=dialect)
        nullable = [c.name for c in table.columns if c.name in key and c.nullable]
        last: tuple[Any, ...] | None = None
        try:
            if nullable and source.query(null_key_query(table, key, dialect))[1]:
                raise _refuse_null_keys(table, nullable, run_id)
            while True:
                _, data = source.query(first_sql if last is None else next_sql,
                                       params=None if last is None else dict(zip(params, last, strict=True)))
                if not data:
                    return
                frame = pl.DataFrame(data, schema=names, orient="row", infer_schema_length=None)
                nulls = [k for k in key if frame[k].null_count()]
                if nulls:  # the catalog said NOT NULL, the rows say otherwise (the schema changed)
                    raise _refuse_null_keys(table, nulls, run_id)
                consume(frame)
                if len(data) < rows:
                    return
                last = tuple(data[-1][i] for i in at)
        finally:
            source.engine.dispose()

    return stream
