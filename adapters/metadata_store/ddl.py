"""Database-side guards: the Supervisor Ledger is append-only (§30), enforced by triggers.

SQLite: ``BEFORE UPDATE`` / ``BEFORE DELETE`` triggers that ``RAISE(ABORT, ...)``, plus a
``BEFORE INSERT`` trigger refusing a row whose ``event_id`` or ``seq`` already exists (``INSERT OR
REPLACE`` would otherwise delete and re-insert it: REPLACE's implicit delete fires no trigger).
PostgreSQL: a plpgsql trigger function raising ``restrict_violation`` on UPDATE, DELETE (row
triggers) and TRUNCATE (statement trigger); ``INSERT ... ON CONFLICT DO UPDATE`` runs the UPDATE
trigger and is refused too. Installing them is idempotent. On PostgreSQL the
objects live in the store's schema (the connection's ``search_path``).
"""

from __future__ import annotations

from sqlalchemy import Connection

from core.errors import DeterministicFailure

LEDGER_TABLE = "supervisor_ledger"
REFUSAL = "supervisor_ledger is append-only"

_SQLITE = [
    f"""CREATE TRIGGER IF NOT EXISTS {LEDGER_TABLE}_no_update BEFORE UPDATE ON {LEDGER_TABLE}
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}: UPDATE refused'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS {LEDGER_TABLE}_no_delete BEFORE DELETE ON {LEDGER_TABLE}
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}: DELETE refused'); END""",
    # INSERT OR REPLACE / REPLACE deletes the conflicting row without firing the delete trigger
    # (recursive_triggers is off): refuse any insert whose key is already taken, before it runs.
    f"""CREATE TRIGGER IF NOT EXISTS {LEDGER_TABLE}_no_replace BEFORE INSERT ON {LEDGER_TABLE}
    WHEN EXISTS (SELECT 1 FROM {LEDGER_TABLE} WHERE event_id = NEW.event_id OR seq = NEW.seq)
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}: INSERT of an existing event refused'); END""",
]

_POSTGRES = [
    f"""CREATE OR REPLACE FUNCTION {LEDGER_TABLE}_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION USING MESSAGE = '{REFUSAL}: ' || TG_OP || ' refused', ERRCODE = 'restrict_violation';
    END
    $$""",
    f"DROP TRIGGER IF EXISTS {LEDGER_TABLE}_no_modify ON {LEDGER_TABLE}",
    f"""CREATE TRIGGER {LEDGER_TABLE}_no_modify BEFORE UPDATE OR DELETE ON {LEDGER_TABLE}
    FOR EACH ROW EXECUTE FUNCTION {LEDGER_TABLE}_append_only()""",
    f"DROP TRIGGER IF EXISTS {LEDGER_TABLE}_no_truncate ON {LEDGER_TABLE}",
    f"""CREATE TRIGGER {LEDGER_TABLE}_no_truncate BEFORE TRUNCATE ON {LEDGER_TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION {LEDGER_TABLE}_append_only()""",
]


_PG_PRESENT = f"""SELECT count(*) FROM pg_trigger
    WHERE tgrelid = to_regclass('{LEDGER_TABLE}')
      AND tgname IN ('{LEDGER_TABLE}_no_modify', '{LEDGER_TABLE}_no_truncate')"""


def install_ledger_guards(conn: Connection) -> None:
    """Create the append-only triggers for the connection's dialect (idempotent).

    On PostgreSQL existing triggers are left alone (re-creating them would take an exclusive
    lock on the ledger at every store open).
    """
    name = conn.dialect.name
    if name == "sqlite":
        statements = _SQLITE
    elif name == "postgresql":
        if conn.exec_driver_sql(_PG_PRESENT).scalar_one() == 2:
            return
        statements = _POSTGRES
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported stores
        raise DeterministicFailure(f"unsupported metadata store dialect {name}: the append-only ledger "
                                   "guards exist for SQLite and PostgreSQL only", dialect=name)
    for stmt in statements:
        conn.exec_driver_sql(stmt)
