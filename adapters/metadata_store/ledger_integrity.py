"""Verification of the ledger's hash chain: at every open (incremental) and on demand (full).

At open (:meth:`LedgerIntegrityMixin.check_ledger_at_open`), after the structure and guard checks:

1. the chain head names the last stored event and ``count(*)`` equals the head position (a deleted,
   inserted or truncated event shows here), and no checkpoint lies beyond the head;
2. the events after the newest checkpoint are verified link by link (content hash, ``prev_hash``,
   position). The checkpoint is trusted only when the database shows no rewrite of older rows
   since it was written: on SQLite the schema cookie (``PRAGMA schema_version``) is unchanged, so
   no guard trigger was dropped or re-created since; on PostgreSQL no row at or before it carries
   an ``xmin`` newer than the checkpoint's snapshot (an UPDATE writes a new row version; a DELETE
   leaves a gap that the count finds). Otherwise the whole chain is verified from the first event;
3. every decision summary is checked against its seal and its run's last chain event (after a full
   verification also against its run's event count, and every run must have one);
4. a new checkpoint records the verified head.

:meth:`LedgerIntegrityMixin.verify_ledger` always verifies the whole chain and re-folds every
run's decision summary from it. Any break raises :class:`core.ledger.LedgerTampered` naming the
first bad event.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import Connection, Row, Select, Table, func, select, text

from adapters.metadata_store.convert import row_to_link
from adapters.metadata_store.session import StoreBase
from adapters.metadata_store.tables import DecisionSummaryRow, LedgerCheckpointRow, LedgerHeadRow, LedgerRow
from core.ledger import (
    ChainState,
    LedgerTampered,
    StoredSummary,
    check_head,
    summary_seal,
    verify_chain,
    verify_links,
)

_LEDGER = cast(Table, LedgerRow.__table__)
_SUMMARY = cast(Table, DecisionSummaryRow.__table__)
_HEAD = cast(Table, LedgerHeadRow.__table__)
_CHECKPOINTS = cast(Table, LedgerCheckpointRow.__table__)
_BATCH = 2000
_TIP = _LEDGER.alias("tip")
_SUMMARY_CHECK = select(
    _SUMMARY.c.run_id, _SUMMARY.c.summary, _SUMMARY.c.events, _SUMMARY.c.head_position, _SUMMARY.c.seal,
    _TIP.c.event_hash.label("tip_hash"), _TIP.c.run_id.label("tip_run"), _TIP.c.event_id.label("tip_event_id"),
).select_from(_SUMMARY.outerjoin(_TIP, _TIP.c.position == _SUMMARY.c.head_position))


class LedgerReport(BaseModel):
    """Outcome of a verification: where the chain ends and how much was checked."""

    ok: bool = True
    mode: str
    head_position: int
    head_hash: str
    verified_events: int
    runs: int
    seconds: float
    database_refuses_rewrites: bool


class LedgerIntegrityMixin(StoreBase):
    """Open-time and on-demand verification of the hash-chained ledger."""

    def verify_ledger(self) -> LedgerReport:
        """Verify the whole chain, the head, the checkpoints and every decision summary (re-folded)."""
        started = time.perf_counter()
        with self._translated("ledger verify"), self._snapshot() as conn:
            head = self._head(conn)
            stored = [StoredSummary(r.run_id, r.summary, r.events, r.head_position, r.seal)
                      for r in conn.execute(select(_SUMMARY))]
            state = verify_chain(self._links(conn, 0, head.position, with_events=True), head_position=head.position,
                                 head_hash=head.event_hash, head_event_id=head.event_id, summaries=stored)
            self._check_beyond(conn, head.position)
            self._check_checkpoints(conn, state)
            protected = self._refuses_rewrites(conn)
        return LedgerReport(mode="full", head_position=state.position, head_hash=state.head_hash,
                            verified_events=state.verified, runs=len(state.summaries),
                            seconds=round(time.perf_counter() - started, 3), database_refuses_rewrites=protected)

    def check_ledger_at_open(self) -> LedgerReport:
        """The open-time check (see the module docstring); records a checkpoint at the verified head."""
        started = time.perf_counter()
        with self._translated("ledger open check"), self._snapshot() as conn:
            head = self._head(conn)
            count = conn.execute(select(func.count()).select_from(_LEDGER)).scalar_one()
            protected = self._refuses_rewrites(conn)
            marker = self._marker(conn)
            checkpoint = self._trusted_checkpoint(conn, head.position, marker)
            start = checkpoint if checkpoint is not None and count == head.position else ChainState()
            mode = "incremental" if start.position else "full"
            state = verify_links(self._links(conn, start.position, head.position), start)
            check_head(state, head.position, head.event_hash, head.event_id)
            self._check_beyond(conn, head.position)
            self._check_checkpoints(conn, state)
            runs = self._check_all_summaries(conn, counts=mode == "full")
        if head.position and (mode == "full" or start.position < head.position):
            with self._translated("ledger checkpoint"), self._write() as conn:
                conn.execute(_CHECKPOINTS.insert().values(position=head.position, event_hash=head.event_hash,
                                                          marker=marker))
        return LedgerReport(mode=mode, head_position=head.position, head_hash=head.event_hash,
                            verified_events=state.verified, runs=runs,
                            seconds=round(time.perf_counter() - started, 3), database_refuses_rewrites=protected)

    def event_hash_at(self, position: int) -> str | None:
        """The stored ``event_hash`` at chain ``position`` (for checking an external anchor)."""
        with self._translated("ledger read"), self._read() as conn:
            return conn.execute(select(_LEDGER.c.event_hash).where(_LEDGER.c.position == position)).scalar()

    # -- pieces ------------------------------------------------------------------------------------
    def _head(self, conn: Connection) -> Row[Any]:
        head = conn.execute(select(_HEAD).where(_HEAD.c.id == 1)).first()
        if head is None:
            raise LedgerTampered(f"the chain head row of {_HEAD.name} is missing")
        return head

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """A read transaction that sees one snapshot (REPEATABLE READ on PostgreSQL; SQLite's WAL read
        transactions are snapshots already)."""
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    def _links(self, conn: Connection, after: int, upto: int, with_events: bool = False) -> Iterator[Any]:
        """Stored events from ``after`` (exclusive) to ``upto``; from the start, rows at positions < 1 too."""
        cond = _LEDGER.c.position <= upto
        if after:
            cond = cond & (_LEDGER.c.position > after)
        q = select(_LEDGER).where(cond).order_by(_LEDGER.c.position)
        for row in conn.execution_options(yield_per=_BATCH).execute(q):
            yield row_to_link(row, with_event=with_events)

    def _check_beyond(self, conn: Connection, head_position: int) -> None:
        row = conn.execute(select(_LEDGER.c.position, _LEDGER.c.event_id).where(_LEDGER.c.position > head_position)
                           .order_by(_LEDGER.c.position).limit(1)).first()
        if row is not None:
            raise LedgerTampered(f"an event at position {row.position} lies beyond the chain head "
                                 f"({head_position}): it was inserted around the store's append",
                                 event_id=row.event_id, position=row.position)

    def _check_checkpoints(self, conn: Connection, state: ChainState) -> None:
        beyond = conn.execute(select(_CHECKPOINTS).where(_CHECKPOINTS.c.position > state.position)
                              .order_by(_CHECKPOINTS.c.position).limit(1)).first()
        if beyond is not None:
            raise LedgerTampered(f"position {beyond.position} was verified at an earlier open but the chain now "
                                 f"ends at {state.position}: events were removed from the end",
                                 position=state.position + 1)

    def _trusted_checkpoint(self, conn: Connection, head_position: int, marker: int) -> ChainState | None:
        """The newest checkpoint, if nothing at or before it can have been rewritten since it was written.

        SQLite: the schema cookie is unchanged (no trigger was dropped, replaced or re-created since).
        PostgreSQL: no ledger row at or before it was written by a transaction newer than the checkpoint's
        snapshot (an UPDATE writes a new row version with a new ``xmin``; a DELETE leaves a gap the count
        finds). A forged future marker is not trusted.
        """
        cp = conn.execute(select(_CHECKPOINTS).where(_CHECKPOINTS.c.position <= head_position)
                          .order_by(_CHECKPOINTS.c.id.desc()).limit(1)).first()
        if cp is None or cp.marker is None:
            return None
        if self.dialect == "sqlite":
            trusted = cp.marker == marker
        else:
            epoch, low = marker >> 32, marker & 0xFFFFFFFF
            newer = conn.execute(text(
                "SELECT 1 FROM supervisor_ledger WHERE position <= :p AND :base + xmin::text::bigint "
                "- CASE WHEN xmin::text::bigint > :low THEN 4294967296 ELSE 0 END >= :m LIMIT 1"),
                {"p": cp.position, "base": epoch << 32, "low": low, "m": cp.marker}).first()
            trusted = cp.marker <= marker and newer is None
        on_chain = conn.execute(select(_LEDGER.c.event_id).where(
            (_LEDGER.c.position == cp.position) & (_LEDGER.c.event_hash == cp.event_hash))).first()
        if not trusted or on_chain is None:
            return None
        return ChainState(position=cp.position, head_hash=cp.event_hash)

    def _marker(self, conn: Connection) -> int:
        """SQLite: the schema cookie; PostgreSQL: the snapshot's next transaction id (64-bit)."""
        if self.dialect == "sqlite":
            return int(conn.exec_driver_sql("PRAGMA schema_version").scalar_one())
        return int(conn.execute(text("SELECT txid_snapshot_xmax(txid_current_snapshot())")).scalar_one())

    def _refuses_rewrites(self, conn: Connection) -> bool:
        """PostgreSQL: the session's role cannot UPDATE/DELETE/TRUNCATE or own the ledger (SQLite: False)."""
        if self.dialect != "postgresql":
            return False
        row = conn.execute(text(
            "SELECT r.rolsuper, pg_has_role(c.relowner, 'USAGE'), "
            "has_table_privilege(c.oid, 'UPDATE,DELETE,TRUNCATE,TRIGGER,REFERENCES') "
            "FROM pg_class c JOIN pg_roles r ON r.rolname = current_user "
            "WHERE c.oid = to_regclass(:t)"), {"t": _LEDGER.name}).one()
        return not any(row)

    def _check_all_summaries(self, conn: Connection, *, counts: bool) -> int:
        """Every summary is sealed to its run's last chain event; with ``counts`` also (one ``GROUP BY`` pass)
        every summary counts its run's events and every run on the chain has a summary.

        The incremental open skips the counts: a summary whose seal holds can only be wrong if the seal
        was recomputed (found by ``verify_ledger``), and a deleted summary row is refused by its guard and
        reported when the run is read or appended to. Needs a snapshot."""
        chain: dict[str, int] = {}
        if counts:
            chain = {r[0]: r[1] for r in conn.execute(
                select(_LEDGER.c.run_id, func.count()).group_by(_LEDGER.c.run_id))}
        seen = 0
        for row in conn.execute(self._summary_check_query().order_by(_SUMMARY.c.run_id)):
            self._check_summary_row(row)
            if counts and chain.pop(row.run_id, 0) != row.events:
                raise LedgerTampered(f"the decision summary of run {row.run_id} reports {row.events} events but the "
                                     "chain has a different number", event_id=row.tip_event_id,
                                     position=row.head_position, run_id=row.run_id)
            seen += 1
        if chain:
            orphan = conn.execute(select(_LEDGER.c.run_id, _LEDGER.c.position, _LEDGER.c.event_id)
                                  .where(_LEDGER.c.run_id.in_(sorted(chain))).order_by(_LEDGER.c.position)
                                  .limit(1)).one()
            raise LedgerTampered(f"run {orphan.run_id} has events on the chain but no decision summary",
                                 event_id=orphan.event_id, position=orphan.position, run_id=orphan.run_id)
        return seen

    def _summary_check_query(self) -> Select[Any]:
        """Summary rows joined with the chain event their seal names (built once: aliasing is costly)."""
        return _SUMMARY_CHECK

    def _check_summary_row(self, row: Row[Any]) -> None:
        """A summary row is sealed to its run's last chain event (:class:`LedgerTampered` if not)."""
        summary = row.summary if isinstance(row.summary, dict) else {}
        where = {"event_id": row.tip_event_id, "position": row.head_position, "run_id": row.run_id}
        if row.tip_run != row.run_id or row.tip_hash is None:
            raise LedgerTampered(f"the decision summary of run {row.run_id} points at position {row.head_position}, "
                                 "which is not an event of that run", **where)
        if row.seal != summary_seal(summary, row.tip_hash, row.head_position) or summary.get("events") != row.events:
            raise LedgerTampered(f"the decision summary of run {row.run_id} was changed after it was sealed "
                                 f"(it reports {summary.get('events')} events)", **where)
