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

from sqlalchemy import Connection, Table, func, select, update
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
        """The materialized Decision Summary of ``run_id`` (empty if it has no events), checked against
        its seal and the chain: the run's event count and last event (:class:`LedgerTampered` if not)."""
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
        tips: dict[str, tuple[int, str, int]] = {}
        for ev in events:
            position += 1
            digest = event_digest(ev, prev, position)
            row = {**event_to_row(ev), "position": position, "prev_hash": prev, "event_hash": digest}
            seq = conn.execute(LEDGER.insert().values(**row).returning(LEDGER.c.seq)).scalar_one()
            tips[ev.run_id] = (position, digest, seq)
            prev = digest
        conn.execute(update(HEAD).where(HEAD.c.id == 1).values(position=position, event_hash=prev,
                                                                event_id=events[-1].event_id))
        for run_id, run_events in by_run.items():
            folded = summarize(run_id, run_events, start=current[run_id])
            tip_position, tip_hash, seq = tips[run_id]
            data = folded.model_dump(mode="json")
            conn.execute(
                update(SUMMARY).where(SUMMARY.c.run_id == run_id)
                .values(summary=data, events=folded.events, last_seq=seq, head_position=tip_position,
                        seal=summary_seal(data, tip_hash, tip_position), updated_at=utcnow())
            )

    def _lock_summary(self, conn: Connection, run_id: str) -> DecisionSummary:
        """Create (if missing) and lock the summary row of ``run_id``; return its checked current value."""
        values: dict[str, Any] = {"run_id": run_id, "summary": summarize(run_id, []).model_dump(mode="json"),
                                  "events": 0, "last_seq": 0, "head_position": 0, "seal": None,
                                  "updated_at": utcnow()}
        ins = pg_insert(SUMMARY) if self.dialect == "postgresql" else sqlite_insert(SUMMARY)
        created = conn.execute(ins.values(**values).on_conflict_do_nothing(index_elements=["run_id"])
                               .returning(SUMMARY.c.run_id)).first()
        conn.execute(select(SUMMARY.c.run_id).where(SUMMARY.c.run_id == run_id).with_for_update())
        if created is not None:  # a new run: it must have no events yet
            if conn.execute(select(func.count()).where(LEDGER.c.run_id == run_id)).scalar_one():
                raise LedgerTampered(f"run {run_id} has events on the chain but no decision summary", run_id=run_id)
            return summarize(run_id, [])
        row = conn.execute(self._summary_check_query().where(SUMMARY.c.run_id == run_id)).one()
        self._check_summary_row(row, count=False)
        return DecisionSummary.model_validate(row.summary)
