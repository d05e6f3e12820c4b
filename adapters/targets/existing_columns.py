"""What an existing final table asks of the rows an append/merge/scd2 run writes into it.

Two rules the pre-flight needs (:meth:`adapters.targets.sql_target.SqlTarget.prepare`):

* column names compare the way the dialect resolves them: PostgreSQL keeps the case of the (quoted) names the
  adapter creates, DuckDB, MariaDB and SQLite resolve column names case-insensitively;
* a NOT NULL column without a default (nor auto-increment / identity / generated value) that the run does not write
  makes every inserted row fail at the promotion, after every chunk was loaded: refused before any write.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def folds_column_names(dialect: str) -> bool:
    """True when ``dialect`` resolves column names case-insensitively (all but PostgreSQL's quoted names)."""
    return dialect != "postgres"


def column_key(name: str, fold: bool) -> str:
    """The name as the dialect compares it."""
    return name.casefold() if fold else name


def unwritten(have: Iterable[str], writes: Iterable[str], fold: bool) -> list[str]:
    """The columns of ``have`` that no name of ``writes`` denotes, in ``have``'s order."""
    wrote = {column_key(w, fold) for w in writes}
    return [c for c in have if column_key(c, fold) not in wrote]


def _filled_by_database(col: dict[str, Any]) -> bool:
    return (col.get("nullable", True) or col.get("default") is not None or col.get("autoincrement") is True
            or col.get("identity") is not None or col.get("computed") is not None)


def _duckdb_columns(conn: Connection, table: str) -> list[dict[str, Any]]:
    """duckdb_engine's reflection reads pg_catalog tables DuckDB lacks: its information_schema instead."""
    c = sa.table("columns", sa.column("table_name"), sa.column("table_schema"), sa.column("column_name"),
                 sa.column("is_nullable"), sa.column("column_default"), schema="information_schema")
    q = (sa.select(c.c.column_name, c.c.is_nullable, c.c.column_default)
         .where(c.c.table_name == table, c.c.table_schema == sa.func.current_schema()))
    return [{"name": n, "nullable": str(nullable).upper() == "YES", "default": d} for n, nullable, d in conn.execute(q)]


def required_unwritten(conn: Connection, table: str, writes: Iterable[str], fold: bool) -> list[str]:
    """The NOT NULL columns of ``table`` without a value of their own (default, auto-increment, identity,
    generated) that ``writes`` does not name: an insert that leaves them out fails."""
    cols = _duckdb_columns(conn, table) if conn.dialect.name == "duckdb" else [
        dict(c) for c in sa.inspect(conn).get_columns(table)]
    wrote = {column_key(w, fold) for w in writes}
    return [str(c["name"]) for c in cols
            if column_key(str(c["name"]), fold) not in wrote and not _filled_by_database(c)]
