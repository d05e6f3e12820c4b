"""Open-time structure checks: is this a new store, an outdated one, or the expected one, intact?

Run before anything is created, so a dropped or renamed ledger is reported instead of silently
re-created empty: once any table of the store exists, the ledger, its chain head, checkpoints and
summary tables must exist with the expected columns, and every guard trigger of :mod:`ddl` must be
present, unchanged (SQLite: its stored SQL; PostgreSQL: ``tgtype``, function and function body) and
enabled ALWAYS (PostgreSQL ``pg_trigger.tgenabled = 'A'``).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import cast

from sqlalchemy import Connection, Table, bindparam, inspect, text

from adapters.metadata_store.base import Base
from adapters.metadata_store.ddl import (
    CHECKPOINT_TABLE,
    HEAD_TABLE,
    LEDGER_TABLE,
    PG_FUNCTIONS,
    PG_TRIGGERS,
    SQLITE_TRIGGERS,
    SUMMARY_TABLE,
)
from core.ledger import LedgerSchemaOutdated, LedgerTampered

CHAIN_COLUMNS = ("position", "prev_hash", "event_hash")
LEDGER_TABLES = (LEDGER_TABLE, HEAD_TABLE, CHECKPOINT_TABLE, SUMMARY_TABLE)


class StoreState(StrEnum):
    """What :func:`classify` found."""

    NEW = "new"
    CURRENT = "current"


def _norm(sql: str) -> str:
    return re.sub(r"\s+", " ", sql.replace("IF NOT EXISTS ", "")).strip().replace('"', "")


def classify(conn: Connection) -> StoreState:
    """NEW when no table of the store exists yet; CURRENT when the ledger structure is intact.

    Raises :class:`LedgerSchemaOutdated` for a store made before the hash chain, and
    :class:`LedgerTampered` for a missing or foreign ledger table.
    """
    existing = set(inspect(conn).get_table_names())
    ours = existing & set(Base.metadata.tables)
    if not ours:
        return StoreState.NEW
    if LEDGER_TABLE not in existing:
        raise LedgerTampered(f"the {LEDGER_TABLE} table is missing (dropped or renamed) although the store "
                             f"exists (it has {', '.join(sorted(ours))}); refusing to start an empty ledger")
    columns = {c["name"] for c in inspect(conn).get_columns(LEDGER_TABLE)}
    missing_chain = [c for c in CHAIN_COLUMNS if c not in columns]
    if missing_chain and HEAD_TABLE not in existing:
        raise LedgerSchemaOutdated(missing_chain)
    expected = {c.name for c in cast(Table, Base.metadata.tables[LEDGER_TABLE]).columns}
    if columns != expected:
        diff = sorted(columns ^ expected)
        raise LedgerTampered(f"{LEDGER_TABLE} is not the expected table (columns differ: {', '.join(diff)})")
    for table in LEDGER_TABLES[1:]:
        if table not in existing:
            raise LedgerTampered(f"the {table} table is missing (dropped or renamed)")
    return StoreState.CURRENT


def check_guards(conn: Connection) -> None:
    """Every guard trigger is present, unchanged and enabled; else :class:`LedgerTampered`."""
    if conn.dialect.name == "sqlite":
        _check_sqlite(conn)
    else:
        _check_postgres(conn)


def _check_sqlite(conn: Connection) -> None:
    rows = conn.execute(text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
    found = {r[0]: (r[1], r[2] or "") for r in rows}
    for name, (table, sql) in SQLITE_TRIGGERS.items():
        if name not in found:
            raise LedgerTampered(f"guard trigger {name} on {table} is missing (dropped)", trigger=name)
        got_table, got_sql = found[name]
        if got_table != table or _norm(got_sql) != _norm(sql):
            raise LedgerTampered(f"guard trigger {name} was replaced (it is not the expected trigger on {table})",
                                 trigger=name)


_PG_TRIGGERS_SQL = text("""
    SELECT t.tgname, c.relname, t.tgenabled, t.tgtype, p.proname, p.prosrc, t.tgqual IS NOT NULL AS has_when
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_proc p ON p.oid = t.tgfoid
    WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND c.relname IN :tables
""").bindparams(bindparam("tables", expanding=True))


def _check_postgres(conn: Connection) -> None:
    tables = sorted({t.table for t in PG_TRIGGERS})
    rows = conn.execute(_PG_TRIGGERS_SQL, {"tables": tables}).all()
    found = {(r[0], r[1]): r for r in rows}
    for trig in PG_TRIGGERS:
        row = found.get((trig.name, trig.table))
        if row is None:
            raise LedgerTampered(f"guard trigger {trig.name} on {trig.table} is missing (dropped)", trigger=trig.name)
        _, _, enabled, tgtype, proname, prosrc, has_when = row
        enabled = enabled.decode() if isinstance(enabled, bytes) else str(enabled)
        if enabled != "A":
            state = {"D": "disabled", "O": "not enabled ALWAYS", "R": "enabled for replicas only"}.get(enabled, enabled)
            raise LedgerTampered(f"guard trigger {trig.name} on {trig.table} is {state}", trigger=trig.name)
        if (int(tgtype) != trig.tgtype or proname != trig.function or has_when
                or _norm(prosrc) != _norm(PG_FUNCTIONS[trig.function])):
            raise LedgerTampered(f"guard trigger {trig.name} on {trig.table} or its function was replaced",
                                 trigger=trig.name)
