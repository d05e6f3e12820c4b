"""The Supervisor Ledger half of the metadata store (implements ``core.ledger.LedgerPort``).

Each append locks the chain head (``ledger_head``, ``SELECT ... FOR UPDATE`` on PostgreSQL, the
write lock on SQLite), gives every event the next chain position, ``prev_hash`` and
``event_hash`` (``core.ledger.chain``), moves the head, and folds the events into their runs'
``ledger_decision_summary`` rows, sealed to each run's last chain event — all in one
transaction. The head is locked before any summary row, so writers never deadlock.
A summary is checked against its seal and the chain before it is folded further or read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from adapters.metadata_store.base import utcnow
from adapters.metadata_store.convert import event_to_row, row_to_event
from adapters.metadata_store.ledger_integrity import LedgerIntegrityMixin
from adapters.metadata_store.tables import DecisionSummaryRow, LedgerHeadRow, LedgerRow
from core.ledger import (
    DecisionSummary,
    LedgerEvent,
    LedgerTampered,
    Stage,
    event_digest,
    summarize,
    summary_seal,
)

LEDGER = cast(Table, LedgerRow.__table__)
SUMMARY = cast(Table, DecisionSummaryRow.__table__)
HEAD = cast(Table, LedgerHeadRow.__table__)


class LedgerStoreMixin(LedgerIntegrityMixin):
    """Append-only, hash-chained ledger plus the materialized per-run decision summary."""

    def append(self, event: LedgerEvent) -> LedgerEvent:
        """Persist one event and update its run's decision summary atomically."""
        with self._translated("ledger append", run_id=event.run_id, stage=event.stage.value), self._write() as conn:
            self._append_in(conn, [event])
        return event

    def append_many(self, events: Sequence[LedgerEvent]) -> list[LedgerEvent]:
        """Persist several events in one transaction: all or none."""
        with self._translated("ledger append"), self._write() as conn:
            self._append_in(conn, events)
        return list(events)

    def events(self, run_id: str, stage: Stage | None = None) -> list[LedgerEvent]:
        """All events of a run in append order (optionally only one stage)."""
        q = select(LEDGER).where(LEDGER.c.run_id == run_id).order_by(LEDGER.c.position)
        if stage is not None:
            q = q.where(LEDGER.c.stage == Stage(stage).value)
        with self._translated("ledger read", run_id=run_id), self._read() as conn:
            return [row_to_event(r) for r in conn.execute(q)]

    def decision_summary(self, run_id: str) -> DecisionSummary:
        """The materialized Decision Summary of ``run_id`` (empty if it has no events), checked against its
        seal and the run's last chain event (:class:`LedgerTampered` if not; the open check also compares
        every summary's event count with the chain)."""
        with self._translated("decision summary read", run_id=run_id), self._read() as conn:
            row = conn.execute(self._summary_check_query().where(SUMMARY.c.run_id == run_id)).first()
            if row is None:
                if conn.execute(select(LEDGER.c.position).where(LEDGER.c.run_id == run_id).limit(1)).first():
                    raise LedgerTampered(f"run {run_id} has events on the chain but no decision summary",
                                         run_id=run_id)
                return summarize(run_id, [])
        self._check_summary_row(row)
        return DecisionSummary.model_validate(row.summary)

    # -- internals used by other mixins inside their own transactions ------------------------
    def _append_in(self, conn: Connection, events: Iterable[LedgerEvent]) -> None:
        """Chain and insert ``events`` and fold them into their runs' summaries inside ``conn``'s transaction."""
        events = list(events)
        if not events:
            return
        head = conn.execute(select(HEAD).where(HEAD.c.id == 1).with_for_update()).first()
        if head is None:
            raise LedgerTampered(f"the chain head row of {HEAD.name} is missing")
        position, prev = int(head.position), str(head.event_hash)
        by_run: dict[str, list[LedgerEvent]] = {}
        for ev in events:
            by_run.setdefault(ev.run_id, []).append(ev)
        current = {run_id: self._lock_summary(conn, run_id) for run_id in sorted(by_run)}
        rows: list[dict[str, Any]] = []
        tips: dict[str, tuple[int, str]] = {}
        for ev in events:
            position += 1
            digest = event_digest(ev, prev, position)
            rows.append({**event_to_row(ev), "position": position, "prev_hash": prev, "event_hash": digest})
            tips[ev.run_id] = (position, digest)
            prev = digest
        conn.execute(LEDGER.insert(), rows)
        conn.execute(_MOVE_HEAD, {"p": position, "h": prev, "e": events[-1].event_id})
        updates = []
        for run_id, run_events in by_run.items():
            data = summarize(run_id, run_events, start=current[run_id]).model_dump(mode="json")
            tip_position, tip_hash = tips[run_id]
            updates.append({"r": run_id, "s": data, "n": data["events"], "p": tip_position, "now": utcnow(),
                            "seal": summary_seal(data, tip_hash, tip_position)})
        conn.execute(_FOLD_SUMMARY, updates)

    def _lock_summary(self, conn: Connection, run_id: str) -> DecisionSummary:
        """Lock the summary row of ``run_id`` (created if missing) and return its checked current value."""
        locked = self._summary_check_query().where(SUMMARY.c.run_id == run_id).with_for_update(of=SUMMARY.c.run_id)
        row = conn.execute(locked).first()
        if row is None:
            empty = summarize(run_id, [])
            values: dict[str, Any] = {"run_id": run_id, "summary": empty.model_dump(mode="json"), "events": 0,
                                      "last_seq": 0, "head_position": 0, "seal": None, "updated_at": utcnow()}
            ins = pg_insert(SUMMARY) if self.dialect == "postgresql" else sqlite_insert(SUMMARY)
            conn.execute(ins.on_conflict_do_nothing(index_elements=["run_id"]), values)
            row = conn.execute(locked).one()
            if row.head_position == 0 and row.seal is None:  # a new run: it must have no events yet
                if conn.execute(select(LEDGER.c.position).where(LEDGER.c.run_id == run_id).limit(1)).first():
                    raise LedgerTampered(f"run {run_id} has events on the chain but no decision summary",
                                         run_id=run_id)
                return empty
        self._check_summary_row(row)
        return DecisionSummary.model_validate(row.summary)


#: moves the chain head (its trigger lets it only move forward onto a stored event)
_MOVE_HEAD = update(HEAD).where(HEAD.c.id == 1).values(
    position=bindparam("p"), event_hash=bindparam("h"), event_id=bindparam("e"))
#: rewrites a run's summary folded up to, and sealed to, its last chain event (``last_seq``: that position)
_FOLD_SUMMARY = update(SUMMARY).where(SUMMARY.c.run_id == bindparam("r")).values(
    summary=bindparam("s"), events=bindparam("n"), last_seq=bindparam("p"), head_position=bindparam("p"),
    seal=bindparam("seal"), updated_at=bindparam("now"))
