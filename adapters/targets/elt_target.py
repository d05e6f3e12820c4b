"""A SQL target that can also run the ELT strategy (:class:`core.migration.elt.EltPort`).

Adds to :class:`SqlTarget` what ELT needs: tell whether a source URL is the target's own
database, the logical column types of a source table, SELECTs and statements given as sqlglot
trees (rendered with the target dialect's quoting, executed without parameter processing), and
a chunk write whose staged rows come from an ``INSERT ... SELECT`` inside the chunk transaction.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

import polars as pl
import sqlalchemy as sa
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlglot import exp

from adapters.targets.driver_errors import first_line
from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration.elt_sql import CHUNK_COL, SQLITE_HASH, table_ref
from core.migration.errors import write_refused
from core.migration.models import Checkpoint, MigrationSpec, QuarantineRecord

KINDS = [("BOOL", "bool"), ("INT", "int"), ("DOUBLE", "float"), ("REAL", "float"), ("FLOAT", "float"),
         ("NUMERIC", "decimal"), ("DECIMAL", "decimal"), ("TIMESTAMP", "datetime"), ("DATE", "date"),
         ("CHAR", "string"), ("TEXT", "string"), ("STRING", "string")]


def sql_kind(data_type: str) -> str:
    """Logical kind of an ``information_schema`` data type ("other" when none fits)."""
    upper = data_type.upper()
    return next((kind for word, kind in KINDS if word in upper), "other")


def _identity(url: str) -> tuple[str, str | None, int | None, str | None]:
    u = make_url(url)
    db = u.database
    if u.get_backend_name() in ("duckdb", "sqlite") and db and db != ":memory:":
        db = os.path.realpath(db)
    return u.get_backend_name(), u.host, u.port, db


def sqlite_hash32(text: str | None) -> int | None:
    """The ELT hash of a text on SQLite (BLAKE2b, first 4 bytes as an unsigned int): SQLite has none."""
    if text is None:
        return None
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=4).digest(), "big")


def _register_sqlite(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.create_function(SQLITE_HASH, 1, sqlite_hash32, deterministic=True)


def _pg_utc(dbapi_conn: Any, _record: Any) -> None:
    """A new PostgreSQL connection of an ELT target runs in UTC: the work query casts a source ``timestamptz`` to a
    naive ``timestamp`` (core.migration.elt_sql ``_naive``), which must be its UTC instant (the DSL's convention),
    whatever the server's or URL's zone."""
    with dbapi_conn.cursor() as cur:
        cur.execute("SET SESSION TIME ZONE 'UTC'")
    dbapi_conn.commit()


class EltSqlTarget(SqlTarget):
    """:class:`SqlTarget` plus the ELT operations (SQLite: with the hash function ELT needs registered)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        if self._dialect == "sqlite":
            sa.event.listen(self._engine, "connect", _register_sqlite)
        if self._dialect == "postgres":
            sa.event.listen(self._engine, "connect", _pg_utc)

    def same_database(self, source_url: str) -> bool:
        """Same backend, host, port and database (DuckDB/SQLite: same file)."""
        try:
            return _identity(source_url) == _identity(self._url.render_as_string(hide_password=False))
        except sa.exc.ArgumentError:
            return False

    def source_kinds(self, table: str) -> dict[str, str]:
        """Logical kind of each column of ``table`` (``schema.table`` or ``table``)."""
        schema, _, name = table.rpartition(".")
        if self._dialect == "sqlite":  # no information_schema: the declared types
            with self._begin("the source table's columns") as conn:
                cols = sa.inspect(conn).get_columns(name, schema=schema or None)
            return {str(c["name"]): sql_kind(str(c["type"])) for c in cols}
        info = exp.Table(this=exp.to_identifier("columns"), db=exp.to_identifier("information_schema"))
        where = exp.and_(
            exp.EQ(this=exp.column("table_name"), expression=exp.Literal.string(name)),
            exp.EQ(this=exp.column("table_schema"),
                   expression=exp.Literal.string(schema) if schema else exp.Anonymous(this="current_schema")))
        rows = self.query(exp.select("column_name", "data_type").from_(info).where(where).order_by("ordinal_position"))
        return {str(n): sql_kind(str(t)) for n, t in rows.iter_rows()}

    def stage_table(self, spec: MigrationSpec) -> str:
        """The run's staging table."""
        return stage_name(spec)

    def _cursor_run(self, conn: Connection, node: exp.Expr) -> Any:
        cur = conn.connection.cursor()
        cur.execute(node.sql(self._dialect))  # no parameters: '%' in a literal stays literal
        return cur

    def query(self, query: exp.Expr) -> pl.DataFrame:
        """Rows of a SELECT (sqlglot tree) as a DataFrame (a failed read: :class:`TargetReadFailed`)."""
        with self._begin("rows of a query") as conn:
            cur = self._cursor_run(conn, query)
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
        return pl.DataFrame([tuple(r) for r in rows], schema=names, orient="row", infer_schema_length=None)

    def execute(self, statements: list[exp.Expr]) -> None:
        """The statements in one transaction (a refusal is TargetWriteRefused, nothing kept)."""
        try:
            with self._begin() as conn:
                for s in statements:
                    self._cursor_run(conn, s)
        except DBAPIError as exc:
            raise write_refused(self.location, first_line(exc)) from None

    def write_elt_chunk(self, spec: MigrationSpec, chunk_id: int, rows: exp.Select,
                        quarantine: list[QuarantineRecord], checkpoint: Checkpoint) -> bool:
        """One transaction: lock, compare checkpoint, staged rows by INSERT ... SELECT, quarantine, checkpoint."""
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        cols = [c.name for c in spec.columns] + [CHUNK_COL]
        insert = exp.insert(rows, table_ref(stage.name), columns=[exp.to_identifier(c, quoted=True) for c in cols])
        return self._chunk_transaction(spec, chunk_id, stage, quarantine, checkpoint,
                                       lambda conn: self._cursor_run(conn, insert), lock=True)
