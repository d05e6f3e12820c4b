"""Read-only, key-ordered streaming of one SQL table (:class:`core.migration.sql_source.SqlTableReader`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import polars as pl
import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from adapters.sources.sql_session import classify_db_error, read_only_engine, safe_url


class SqlTableReader:
    """Streams a table through a read-only session: one snapshot, server-side cursor, fixed-size batches."""

    def __init__(self, url: str) -> None:
        self._engine = read_only_engine(url)
        self._location = safe_url(self._engine.url)

    @property
    def location(self) -> str:
        """The URL, password hidden."""
        return self._location

    def dispose(self) -> None:
        """Close pooled connections."""
        self._engine.dispose()

    def read_ordered(self, table: str, columns: list[str], order_by: list[str],
                     batch_rows: int) -> Iterator[pl.DataFrame]:
        """``columns`` of ``table`` ordered by ``order_by`` then the other columns (NULLs first)."""
        schema, _, name = table.rpartition(".")
        t = sa.table(name, *[sa.column(c) for c in columns], schema=schema or None)
        order = [*order_by, *[c for c in columns if c not in order_by]]
        # MariaDB/MySQL/SQLite have no NULLS FIRST; NULLs sort first there anyway
        plain = self._engine.dialect.name in ("mysql", "mariadb", "sqlite")
        q: Any = sa.select(*[t.c[c] for c in columns]).order_by(
            *[t.c[c].asc() if plain else t.c[c].asc().nulls_first() for c in order])
        try:
            with self._engine.connect() as conn:
                res = conn.execution_options(stream_results=True, yield_per=batch_rows).execute(q)
                for part in res.partitions(batch_rows):
                    yield pl.DataFrame([tuple(r) for r in part], schema=columns, orient="row",
                                       infer_schema_length=None)
        except SQLAlchemyError as exc:
            raise classify_db_error(exc, self._location, f"read {table} from") from None
