"""One-time upgrade of a store made before the hash-chained ledger (``mapwright ledger upgrade``).

Opening such a store raises ``LedgerSchemaOutdated`` (nothing is changed silently). The upgrade,
run as the database owner in ONE transaction: drops the old append-only triggers, adds the chain
columns, chains the existing events in their append order (``seq``), re-folds every run's decision
summary from the chain (the old summaries were unguarded, so they are rebuilt, not trusted),
creates the chain head, and installs every guard. What was in the old ledger before the upgrade
is taken as it is: the chain makes changes evident only from then on.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Column, Connection, Index, Integer, MetaData, Table, inspect, select, update
from sqlglot import exp

from adapters.metadata_store.base import Base, utcnow
from adapters.metadata_store.convert import row_to_event
from adapters.metadata_store.ddl import (
    ARTIFACT_TABLE,
    HEAD_TABLE,
    LEDGER_TABLE,
    SUMMARY_TABLE,
    drop_ledger_guards,
    genesis_head,
    install_ledger_guards,
)
from adapters.metadata_store.guard_checks import CHAIN_COLUMNS, StoreState, classify
from adapters.metadata_store.session import StoreBase, import_table_modules
from core.ledger import GENESIS_HASH, LedgerEvent, LedgerSchemaOutdated, event_digest, summarize, summary_seal

#: columns an outdated store lacks: name -> (type, default)
_ADD_LEDGER: dict[str, tuple[str, int | None]] = {
    "position": ("INTEGER", None), "prev_hash": ("VARCHAR(64)", None), "event_hash": ("VARCHAR(64)", None)}
_ADD_SUMMARY: dict[str, tuple[str, int | None]] = {"head_position": ("INTEGER", 0), "seal": ("VARCHAR(64)", None)}


def _ident(name: str) -> exp.Identifier:
    return exp.Identifier(this=name, quoted=True)


def _table(name: str) -> exp.Table:
    return exp.Table(this=_ident(name))


def _run(conn: Connection, node: exp.Expression) -> None:
    """Execute a sqlglot expression rendered (and quoted) for the connection's dialect."""
    conn.exec_driver_sql(node.sql("postgres" if conn.dialect.name == "postgresql" else conn.dialect.name))


def upgrade_ledger(store: StoreBase) -> int:
    """Chain the ledger of an outdated store; returns the number of events chained (0: already current)."""
    import_table_modules()
    with store._translated("ledger upgrade"), store._write() as conn:
        try:
            if classify(conn) is StoreState.CURRENT:
                return 0
        except LedgerSchemaOutdated:
            pass
        drop_ledger_guards(conn)
        _add_columns(conn, LEDGER_TABLE, _ADD_LEDGER)
        _add_columns(conn, SUMMARY_TABLE, _ADD_SUMMARY)
        Base.metadata.create_all(conn)
        positions = Table(LEDGER_TABLE, MetaData(), Column("position", Integer))  # detached: DDL only
        Index(f"uq_{LEDGER_TABLE}_position", positions.c.position, unique=True).create(conn)
        if conn.dialect.name == "postgresql":  # hashed JSON must read back exactly (see tables.ExactJSON)
            json_t = exp.DataType.build("json")
            for table, column in ((LEDGER_TABLE, "detail"), (ARTIFACT_TABLE, "payload")):
                _run(conn, exp.Alter(this=_table(table), kind="TABLE", actions=[exp.AlterColumn(
                    this=_ident(column), dtype=json_t, using=exp.Cast(this=exp.column(_ident(column)), to=json_t))]))
        count = _chain_events(conn)
        install_ledger_guards(conn)
    return count


def _add_columns(conn: Connection, table: str, columns: dict[str, tuple[str, int | None]]) -> None:
    have = {c["name"] for c in inspect(conn).get_columns(table)}
    for name, (kind, default) in columns.items():
        if name not in have:
            constraints = [] if default is None else [
                exp.ColumnConstraint(kind=exp.DefaultColumnConstraint(this=exp.Literal.number(default)))]
            _run(conn, exp.Alter(this=_table(table), kind="TABLE", actions=[exp.ColumnDef(
                this=_ident(name), kind=exp.DataType.build(kind), constraints=constraints)]))


def _chain_events(conn: Connection) -> int:
    ledger = cast(Table, Base.metadata.tables[LEDGER_TABLE])
    summary_t = cast(Table, Base.metadata.tables[SUMMARY_TABLE])
    position, prev = 0, GENESIS_HASH
    by_run: dict[str, list[LedgerEvent]] = {}
    tips: dict[str, tuple[int, str, int]] = {}
    last_id: str | None = None
    rows = conn.execute(select(*[c for c in ledger.columns if c.name not in CHAIN_COLUMNS])
                        .order_by(ledger.c.seq)).all()
    for row in rows:
        ev = row_to_event(row)
        position += 1
        digest = event_digest(ev, prev, position)
        conn.execute(update(ledger).where(ledger.c.seq == row.seq)
                     .values(position=position, prev_hash=prev, event_hash=digest))
        by_run.setdefault(ev.run_id, []).append(ev)
        tips[ev.run_id] = (position, digest, int(row.seq))
        prev, last_id = digest, ev.event_id
    conn.execute(summary_t.delete())
    for run_id, events in by_run.items():
        folded = summarize(run_id, events).model_dump(mode="json")
        tip_position, tip_hash, seq = tips[run_id]
        values: dict[str, Any] = {"run_id": run_id, "summary": folded, "events": len(events), "last_seq": seq,
                                  "head_position": tip_position, "seal": summary_seal(folded, tip_hash, tip_position),
                                  "updated_at": utcnow()}
        conn.execute(summary_t.insert().values(**values))
    head = cast(Table, Base.metadata.tables[HEAD_TABLE])
    conn.execute(head.insert().values(**{**genesis_head(), "position": position, "event_hash": prev,
                                          "event_id": last_id}))
    return position
