"""Database-side guards of the ledger, its chain head and checkpoints, the summary and the artifacts.

Fixed DDL: no value is ever formatted into it. Drops are sqlglot expressions; the trigger DDL (which sqlglot
does not model: trigger bodies, plpgsql) is fixed text in which every name (this module's constants) goes through the
dialect's identifier quoting (``_sq``, ``_pq``) and every message through literal quoting (``_lit``).
For these plain lowercase names the text equals the unquoted one, so stores created before keep
matching the checks in :mod:`guard_checks`.

SQLite: ``BEFORE`` triggers that ``RAISE(ABORT, ...)``:

* ``supervisor_ledger``, ``ledger_checkpoints``, ``artifacts``: no UPDATE, no DELETE, and no INSERT
  whose key is already taken (``INSERT OR REPLACE`` / ``REPLACE`` would otherwise delete the old row
  without firing a delete trigger: ``recursive_triggers`` is off);
* ``ledger_head``: one row; an UPDATE may only move it forward onto a stored event (position, hash
  and id of that event); no DELETE;
* ``ledger_checkpoints``: an INSERT must name a stored event (position and hash);
* ``ledger_decision_summary``: no DELETE (updates are the materialization; they are *detected* by
  the summary's seal instead).

PostgreSQL: the same rules in plpgsql trigger functions, ``ENABLE ALWAYS`` (so
``session_replication_role = replica`` does not switch them off), plus statement triggers refusing
TRUNCATE. ``INSERT ... ON CONFLICT DO UPDATE`` runs the UPDATE trigger and is refused too. The
objects live in the store's schema (the connection's ``search_path``). :mod:`guard_checks` checks
at open that every one of them is present, unchanged and enabled.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite
from sqlglot import exp

from core.errors import DeterministicFailure
from core.ledger import GENESIS_HASH

LEDGER_TABLE = "supervisor_ledger"
HEAD_TABLE = "ledger_head"
CHECKPOINT_TABLE = "ledger_checkpoints"
SUMMARY_TABLE = "ledger_decision_summary"
ARTIFACT_TABLE = "artifacts"
REFUSAL = "supervisor_ledger is append-only"

_sq = sqlite.dialect().identifier_preparer.quote  # SQLite identifier quoting (only when a name needs it)
_pq = postgresql.dialect().identifier_preparer.quote  # PostgreSQL identifier quoting


def _lit(text: str) -> str:
    """A SQL string literal (quotes doubled)."""
    return exp.Literal.string(text).sql()


def _abort(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, {_lit(message)}); END"


#: SQLite triggers: name -> (table, full CREATE statement)
SQLITE_TRIGGERS: dict[str, tuple[str, str]] = {}


def _sqlite(name: str, table: str, timing: str, message: str, when: str = "") -> None:
    cond = f"\n    WHEN {when}" if when else ""
    SQLITE_TRIGGERS[name] = (table, f"CREATE TRIGGER IF NOT EXISTS {_sq(name)} {timing} ON {_sq(table)}{cond}\n    "
                                    + _abort(message))


for _t, _key in ((LEDGER_TABLE, "event_id = NEW.event_id OR seq = NEW.seq OR position = NEW.position"),
                 (CHECKPOINT_TABLE, "id = NEW.id"),
                 (ARTIFACT_TABLE,
                  "id = NEW.id OR (run_key = NEW.run_key AND kind = NEW.kind AND version = NEW.version)")):
    _msg = REFUSAL if _t == LEDGER_TABLE else f"{_t} is append-only"
    _sqlite(f"{_t}_no_update", _t, "BEFORE UPDATE", f"{_msg}: UPDATE refused")
    _sqlite(f"{_t}_no_delete", _t, "BEFORE DELETE", f"{_msg}: DELETE refused")
    _sqlite(f"{_t}_no_replace", _t, "BEFORE INSERT", f"{_msg}: INSERT of an existing row refused",
            f"EXISTS (SELECT 1 FROM {_sq(_t)} WHERE {_key})")
_sqlite(f"{CHECKPOINT_TABLE}_on_chain", CHECKPOINT_TABLE, "BEFORE INSERT",
        f"{CHECKPOINT_TABLE}: a checkpoint must name a stored event",
        f"NOT EXISTS (SELECT 1 FROM {_sq(LEDGER_TABLE)} WHERE position = NEW.position "
        "AND event_hash = NEW.event_hash)")
_sqlite(f"{HEAD_TABLE}_no_delete", HEAD_TABLE, "BEFORE DELETE", f"{HEAD_TABLE}: DELETE refused")
_sqlite(f"{HEAD_TABLE}_one_row", HEAD_TABLE, "BEFORE INSERT", f"{HEAD_TABLE}: the chain head exists already",
        f"EXISTS (SELECT 1 FROM {_sq(HEAD_TABLE)})")
_sqlite(f"{HEAD_TABLE}_forward", HEAD_TABLE, "BEFORE UPDATE",
        f"{HEAD_TABLE}: the head may only move forward onto a stored event",
        f"NEW.id != OLD.id OR NEW.position < OLD.position OR NOT EXISTS (SELECT 1 FROM {_sq(LEDGER_TABLE)} "
        "WHERE position = NEW.position AND event_hash = NEW.event_hash AND event_id = NEW.event_id)")
_sqlite(f"{SUMMARY_TABLE}_no_delete", SUMMARY_TABLE, "BEFORE DELETE", f"{SUMMARY_TABLE}: DELETE refused")


# -- PostgreSQL ----------------------------------------------------------------------------------
PG_REFUSE_FN = "mapwright_append_only"
PG_HEAD_FN = "mapwright_ledger_head_guard"
PG_CHECKPOINT_FN = "mapwright_ledger_checkpoint_guard"

#: function name -> plpgsql body (compared with ``pg_proc.prosrc`` at open)
PG_FUNCTIONS: dict[str, str] = {
    PG_REFUSE_FN: """
    BEGIN
        RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only: ' || TG_OP || ' refused',
            ERRCODE = 'restrict_violation';
    END
    """,
    PG_HEAD_FN: f"""
    BEGIN
        IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM {_pq(HEAD_TABLE)}) THEN
            RAISE EXCEPTION {_lit(HEAD_TABLE + ': the chain head exists already')} USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.id <> OLD.id OR NEW.position < OLD.position OR NOT EXISTS (
                SELECT 1 FROM {_pq(LEDGER_TABLE)} WHERE position = NEW.position AND event_hash = NEW.event_hash
                AND event_id = NEW.event_id)) THEN
            RAISE EXCEPTION {_lit(HEAD_TABLE + ': the head may only move forward onto a stored event')}
                USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
    END
    """,
    PG_CHECKPOINT_FN: f"""
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM {_pq(LEDGER_TABLE)} WHERE position = NEW.position
                       AND event_hash = NEW.event_hash) THEN
            RAISE EXCEPTION {_lit(CHECKPOINT_TABLE + ': a checkpoint must name a stored event')}
                USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
    END
    """,
}


@dataclass(frozen=True)
class PgTrigger:
    """An expected PostgreSQL trigger: its table, ``pg_trigger.tgtype`` bits and function."""

    name: str
    table: str
    events: tuple[str, ...]
    row: bool
    function: str

    @property
    def tgtype(self) -> int:
        """``pg_trigger.tgtype`` of this trigger (ROW=1, BEFORE=2, INSERT=4, DELETE=8, UPDATE=16, TRUNCATE=32)."""
        bits = {"INSERT": 4, "DELETE": 8, "UPDATE": 16, "TRUNCATE": 32}
        return (1 if self.row else 0) | 2 | sum(bits[e] for e in self.events)

    def ddl(self) -> list[str]:
        """Statements (re)creating the trigger, enabled ALWAYS."""
        level = "ROW" if self.row else "STATEMENT"
        return [
            _drop_trigger(self.name, self.table).sql("postgres"),
            f"CREATE TRIGGER {_pq(self.name)} BEFORE {' OR '.join(self.events)} ON {_pq(self.table)} "
            f"FOR EACH {level} EXECUTE FUNCTION {_pq(self.function)}()",
            f"ALTER TABLE {_pq(self.table)} ENABLE ALWAYS TRIGGER {_pq(self.name)}",
        ]


PG_TRIGGERS: list[PgTrigger] = [
    PgTrigger(f"{LEDGER_TABLE}_no_modify", LEDGER_TABLE, ("UPDATE", "DELETE"), True, PG_REFUSE_FN),
    PgTrigger(f"{CHECKPOINT_TABLE}_no_modify", CHECKPOINT_TABLE, ("UPDATE", "DELETE"), True, PG_REFUSE_FN),
    PgTrigger(f"{CHECKPOINT_TABLE}_on_chain", CHECKPOINT_TABLE, ("INSERT",), True, PG_CHECKPOINT_FN),
    PgTrigger(f"{ARTIFACT_TABLE}_no_modify", ARTIFACT_TABLE, ("UPDATE", "DELETE"), True, PG_REFUSE_FN),
    PgTrigger(f"{HEAD_TABLE}_guard", HEAD_TABLE, ("INSERT", "UPDATE"), True, PG_HEAD_FN),
    PgTrigger(f"{HEAD_TABLE}_no_delete", HEAD_TABLE, ("DELETE",), True, PG_REFUSE_FN),
    PgTrigger(f"{SUMMARY_TABLE}_no_delete", SUMMARY_TABLE, ("DELETE",), True, PG_REFUSE_FN),
    *[PgTrigger(f"{t}_no_truncate", t, ("TRUNCATE",), False, PG_REFUSE_FN)
      for t in (LEDGER_TABLE, CHECKPOINT_TABLE, ARTIFACT_TABLE, HEAD_TABLE, SUMMARY_TABLE)],
]


def _pg_statements() -> list[str]:
    stmts = [f"CREATE OR REPLACE FUNCTION {_pq(name)}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$"
             for name, body in PG_FUNCTIONS.items()]
    for trig in PG_TRIGGERS:
        stmts.extend(trig.ddl())
    return stmts


def install_ledger_guards(conn: Connection) -> None:
    """Create every guard trigger for the connection's dialect (run when a store is created or upgraded)."""
    name = conn.dialect.name
    if name == "sqlite":
        statements = [sql for _table, sql in SQLITE_TRIGGERS.values()]
    elif name == "postgresql":
        statements = _pg_statements()
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported stores
        raise DeterministicFailure(f"unsupported metadata store dialect {name}: the append-only ledger "
                                   "guards exist for SQLite and PostgreSQL only", dialect=name)
    for stmt in statements:
        conn.exec_driver_sql(stmt)


def drop_ledger_guards(conn: Connection) -> None:
    """Drop the guard triggers (only the owner's ``mapwright ledger upgrade`` does this, in its transaction)."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(_drop_trigger(name).sql("sqlite"))
    else:
        for trig in PG_TRIGGERS:
            conn.exec_driver_sql(_drop_trigger(trig.name, trig.table).sql("postgres"))


def _drop_trigger(name: str, table: str | None = None) -> exp.Drop:
    """``DROP TRIGGER IF EXISTS name [ON table]`` (PostgreSQL names the trigger's table)."""
    def tbl(n: str) -> exp.Table:
        return exp.Table(this=exp.Identifier(this=n, quoted=not n.isidentifier() or n != n.lower()))

    on = exp.OnProperty(this=tbl(table)) if table else None
    return exp.Drop(tables=[tbl(name)], kind="TRIGGER", exists=True, cluster=on)


def genesis_head() -> dict[str, object]:
    """Values of the chain head row of an empty ledger."""
    return {"id": 1, "position": 0, "event_hash": GENESIS_HASH, "event_id": None}
