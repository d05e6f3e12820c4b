"""The Analysis stage's SQL source: the catalogued table read in key order, one chunk at a time.

Keyset pagination (``WHERE key > :last ORDER BY key LIMIT n``) over the table's single-column
primary key, every statement a sqlglot expression run through the source's read-only guard with
the last key bound as a parameter, so one chunk is in memory and no row is read twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl
from sqlglot import exp

from adapters.sources.sql import SqlSource
from core.analysis.stage import SourceBatches
from core.catalog import TableSchema
from core.errors import DeterministicFailure
from core.ingest.sqlgen import bind


def keyset_query(table: TableSchema, key: str, *, first: bool, rows: int, dialect: str) -> str:
    """The SELECT of the next chunk after the bound ``:mw_last`` (or the first chunk)."""
    fmt = table.format
    src = {c.name: c.original_name for c in table.columns}
    q = (exp.select(*[exp.column(c.original_name, quoted=True).as_(c.name, quoted=True) for c in table.columns])
         .from_(exp.table_(str(fmt["table"]), db=fmt.get("schema"), quoted=True))
         .order_by(exp.Ordered(this=exp.column(src[key], quoted=True))).limit(rows))
    if not first:
        q = q.where(exp.GT(this=exp.column(src[key], quoted=True), expression=bind("mw_last")))
    return q.sql(dialect=dialect)


def sql_batches(location: str, table: TableSchema, *, run_id: str) -> SourceBatches:
    """Stream ``table`` of the database at ``location`` in primary-key order."""

    def stream(rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
        if len(table.primary_key) != 1:
            raise DeterministicFailure(
                f"table {table.name} has {'a composite' if table.primary_key else 'no'} primary key; the analysis "
                "reads a SQL table in chunks by a single-column key: add one, or export the table to Parquet/CSV",
                run_id=run_id, stage="ANALYSIS", table=table.name)
        key = table.primary_key[0]
        names = [c.name for c in table.columns]
        at = names.index(key)
        source = SqlSource(location)
        dialect = source.dialect or "postgres"
        last: Any = None
        try:
            while True:
                sql = keyset_query(table, key, first=last is None, rows=rows, dialect=dialect)
                _, data = source.query(sql, params=None if last is None else {"mw_last": last})
                if not data:
                    return
                consume(pl.DataFrame(data, schema=names, orient="row", infer_schema_length=None))
                if len(data) < rows:
                    return
                last = data[-1][at]
        finally:
            source.engine.dispose()

    return stream
