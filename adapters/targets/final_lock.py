"""The per-table version row every promotion and rollback bumps first, inside its own transaction.

Taking that row lock as the transaction's first statement serializes promotions and rollbacks of one final
table on every target and makes what the transaction reads next (the table's promotion records) current:
PostgreSQL and MariaDB make a second writer wait for the first's commit, then read it; SQLite takes the file's
write lock; DuckDB reports a concurrent bump as a conflict (``TargetBusy``) and otherwise reads the latest
commit. MariaDB commits before every DDL statement, which releases the row lock mid-promotion, so its target
also holds a session lock (``GET_LOCK``) per table across the whole promotion or rollback
(``MariaDbTarget._final_lock``). A merge's check that its final table did not move since its pass read it
(``FinalTableChanged``) therefore runs in the promotion transaction, not before it.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql, sqlite

VERSIONS = "_mw_final_versions"


def version_table(md: sa.MetaData) -> sa.Table:
    """``_mw_final_versions(table_name, version)`` in ``md``."""
    return sa.Table(VERSIONS, md, sa.Column("table_name", sa.String(255), primary_key=True),
                    sa.Column("version", sa.BigInteger, nullable=False))


def upsert_version(versions: sa.Table, dialect: str, table: str) -> Any:
    """``INSERT ... ON CONFLICT DO UPDATE version = version + 1`` (MariaDB: ``ON DUPLICATE KEY UPDATE``)."""
    if dialect in ("mysql", "mariadb"):
        ins = mysql.insert(versions).values(table_name=table, version=1)
        return ins.on_duplicate_key_update(version=versions.c.version + 1)
    mod: Any = sqlite if dialect == "sqlite" else postgresql  # duckdb_engine speaks PostgreSQL's upsert
    ins = mod.insert(versions).values(table_name=table, version=1)
    return ins.on_conflict_do_update(index_elements=[versions.c.table_name],
                                     set_={"version": versions.c.version + 1})
