"""The Supervisor Ledger half of the metadata store (implements ``core.ledger.LedgerPort``).

Each append inserts the event and folds it into ``ledger_decision_summary`` in the same
transaction; the summary row is locked (``SELECT ... FOR UPDATE`` on PostgreSQL, the write lock
on SQLite) so concurrent appends to one run never lose an update.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from adapters.metadata_store.base import utcnow
from adapters.metadata_store.convert import event_to_row, row_to_event
from adapters.metadata_store.session import StoreBase
from adapters.metadata_store.tables import DecisionSummaryRow, LedgerRow
from core.ledger import DecisionSummary, LedgerEvent, Stage, summarize

LEDGER = cast(Table, LedgerRow.__table__)
SUMMARY = cast(Table, DecisionSummaryRow.__table__)


class LedgerStoreMixin(StoreBase):
    """Append-only ledger plus the materialized per-run decision summary."""

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
        q = select(LEDGER).where(LEDGER.c.run_id == run_id).order_by(LEDGER.c.seq)
        if stage is not None:
            q = q.where(LEDGER.c.stage == Stage(stage).value)
        with self._translated("ledger read", run_id=run_id), self._read() as conn:
            return [row_to_event(r) for r in conn.execute(q)]

    def decision_summary(self, run_id: str) -> DecisionSummary:
        """The materialized Decision Summary of ``run_id`` (empty if it has no events)."""
        with self._translated("decision summary read", run_id=run_id), self._read() as conn:
            raw = conn.execute(select(SUMMARY.c.summary).where(SUMMARY.c.run_id == run_id)).scalar_one_or_none()
        return DecisionSummary.model_validate(raw) if raw is not None else summarize(run_id, [])

    # -- internals used by other mixins inside their own transactions ------------------------
    def _append_in(self, conn: Connection, events: Iterable[LedgerEvent]) -> None:
        """Insert ``events`` and fold them into their runs' summaries inside ``conn``'s transaction.

        Each run's summary row is locked *before* its events are inserted, so per run the ledger's
        ``seq`` order and the fold order are the same even with concurrent writers; runs are
        locked in sorted order so two multi-run batches cannot deadlock.
        """
        by_run: dict[str, list[LedgerEvent]] = {}
        for ev in events:
            by_run.setdefault(ev.run_id, []).append(ev)
        for run_id in sorted(by_run):
            current = self._lock_summary(conn, run_id)
            seq = 0
            for ev in by_run[run_id]:
                seq = conn.execute(LEDGER.insert().values(**event_to_row(ev)).returning(LEDGER.c.seq)).scalar_one()
            folded = summarize(run_id, by_run[run_id], start=current)
            conn.execute(
                update(SUMMARY)
                .where(SUMMARY.c.run_id == run_id)
                .values(summary=folded.model_dump(mode="json"), events=folded.events, last_seq=seq,
                        updated_at=utcnow())
            )

    def _lock_summary(self, conn: Connection, run_id: str) -> DecisionSummary:
        """Create (if missing) and lock the summary row of ``run_id``; return its current value."""
        values: dict[str, Any] = {"run_id": run_id, "summary": summarize(run_id, []).model_dump(mode="json"),
                                  "events": 0, "last_seq": 0, "updated_at": utcnow()}
        ins = pg_insert(SUMMARY) if self.dialect == "postgresql" else sqlite_insert(SUMMARY)
        conn.execute(ins.values(**values).on_conflict_do_nothing(index_elements=["run_id"]))
        current = conn.execute(
            select(SUMMARY.c.summary).where(SUMMARY.c.run_id == run_id).with_for_update()
        ).scalar_one()
        return DecisionSummary.model_validate(current)
