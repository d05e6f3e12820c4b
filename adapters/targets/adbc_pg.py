"""PostgreSQL through ADBC: Arrow in (binary COPY) and Arrow out, inside one transaction.

The migration writes a chunk's staged rows, quarantine records and checkpoint in ONE
transaction; on PostgreSQL that transaction runs on an ADBC connection (autocommit off), so the
rows go in as Arrow through the driver's binary COPY with no per-row Python and no text
rendering. Statements are SQLAlchemy Core expressions compiled for PostgreSQL with ``$n``
parameters (values are bound, never formatted into the SQL).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import polars as pl
import pyarrow as pa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import URL

_DIALECT = postgresql.dialect(paramstyle="numeric_dollar")
#: rows per record batch handed to the driver's binary COPY (see :meth:`AdbcSession.ingest`)
COPY_BATCH_ROWS = 20_000


def adbc_uri(url: URL) -> str:
    """The libpq URI of a SQLAlchemy PostgreSQL URL (query options such as ``search_path`` kept).

    Query values are percent-encoded (a space as ``%20``): libpq does not read ``+`` as a space, so
    ``options=-csearch_path=s -cdefault_tablespace=t`` as SQLAlchemy renders it would set one option.
    """
    base = url.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    if not url.query:
        return base
    pairs = [(k, v) for k, vals in url.query.items() for v in ((vals,) if isinstance(vals, str) else vals)]
    return f"{base}?{urlencode(pairs, quote_via=quote)}"


def copy_batches(data: pa.Table) -> pa.Table:
    """``data`` as record batches of at most :data:`COPY_BATCH_ROWS` rows (zero-copy slices), as the COPY sends them."""
    return pa.Table.from_batches(data.to_batches(max_chunksize=COPY_BATCH_ROWS), schema=data.schema)


class AdbcSession:
    """One ADBC PostgreSQL connection in manual-commit mode (one writer thread at a time)."""

    def __init__(self, uri: str) -> None:
        import adbc_driver_postgresql.dbapi as adbc

        self._conn: Any = adbc.connect(uri)

    def execute(self, stmt: Any) -> list[tuple[Any, ...]]:
        """Run a SQLAlchemy statement (or DDL construct) with bound parameters; rows of a SELECT (else empty)."""
        compiled = stmt.compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True})  # IN lists expanded
        params = tuple(compiled.params[name] for name in (getattr(compiled, "positiontup", None) or []))  # DDL: none
        with self._conn.cursor() as cur:
            cur.execute(str(compiled), parameters=params or None)
            return list(cur.fetchall()) if cur.description else []

    def ingest(self, table: str, frame: pl.DataFrame | pa.Table) -> None:
        """Append rows to an existing table (binary COPY of Arrow data, inside the open transaction).

        The rows go as record batches of at most :data:`COPY_BATCH_ROWS` (zero-copy slices): the driver encodes and
        sends one batch at a time, so the server parses a batch while the next is encoded, and the encoding buffer
        stays small (a whole 200,000-row batch grew a ~20 MB buffer per call: page faults and copies). A Polars frame's
        text goes as Arrow ``string_view``, Polars' own layout, which the driver encodes directly: the default export
        copies every string into a ``large_string`` buffer first (about 5% of the COPY's client CPU)."""
        data = frame.to_arrow(compat_level=pl.CompatLevel.newest()) if isinstance(frame, pl.DataFrame) else frame
        if data.num_rows == 0:
            return
        with self._conn.cursor() as cur:
            cur.adbc_ingest(table, copy_batches(data), mode="append")

    def batches(self, sql: str) -> Iterator[pl.DataFrame]:
        """Rows of a SELECT as DataFrames, streamed batch by batch (Arrow)."""
        with self._conn.cursor() as cur:
            cur.execute(sql)
            reader = cur.fetch_record_batch()
            for batch in reader:
                if batch.num_rows:
                    frame = pl.from_arrow(batch)
                    assert isinstance(frame, pl.DataFrame)
                    yield frame

    def alive(self) -> bool:
        """Pre-ping: True when the connection still answers (a restarted server drops it)."""
        import adbc_driver_manager

        try:
            with self._conn.cursor() as cur:
                cur.execute("SELECT 1")
                cur.fetchall()
            self._conn.rollback()
            return True
        except adbc_driver_manager.Error:
            return False

    def commit(self) -> None:
        """Commit the open transaction."""
        self._conn.commit()

    def rollback(self) -> None:
        """Roll the open transaction back."""
        self._conn.rollback()

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back by the server)."""
        try:
            self._conn.close()
        except Exception:  # noqa: BLE001 - closing a broken connection must not mask the original error
            pass
