"""A resumed run whose source changed since its finished chunks were staged loads every chunk from one snapshot.

A temporary spill (no ``spill_dir``: embedded runs, benchmarks, quarantine releases) dies with the process that
made it, so a resume reads the source again. Its finished chunks were built from the snapshot their checkpoints
name (``source_id``, :mod:`core.migration.source_id`); when the source's fingerprint now is another one, or
either is unknown, those chunks may hold rows of another version than the pass about to run, and promoting them
with the new chunks would mix two snapshots (the checksum validation would then refuse the run for ever, or,
without it, promote the mix). :func:`source_snapshot` settles this before the pass:

* the rows are **streamed** during the pass (:mod:`core.migration.stream`, whose thin spill holds no valid rows
  to stage a finished chunk again from): every finished chunk of another (or an unknown) snapshot is discarded
  -- staged rows, quarantine records and checkpoint in one transaction under its lock -- before the stream
  opens, so the pass streams it again from the current snapshot;
* otherwise the spill is marked :attr:`~core.migration.prepared.Prepared.reload_finished`: every chunk is staged
  again against the new pass (:func:`core.migration.engine.run_chunks`), and a chunk whose content did not change
  is not written again (same content hash: a no-op).

Either way one ``migration.source_changed`` event names the chunks and what is done, recorded before the first
discard (:func:`discard_announced`): a discard cut part-way (a kill, a refused delete) leaves the event on the ledger,
and the next run finds the chunks not yet discarded still of another snapshot and discards them (its own event).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.errors import MapwrightError
from core.ledger import Decision, LedgerRecorder, Stage
from core.migration import faults
from core.migration.models import Checkpoint, MigrationSpec
from core.migration.notices import record_notices, take_notices
from core.migration.ports import TargetPort
from core.migration.source_batches import SourceData
from core.migration.source_id import UNKNOWN, finished_of_other_snapshots, source_fingerprint

__all__ = ["SourceSnapshot", "discard_announced", "discard_beyond_plan", "source_snapshot"]


@dataclass(frozen=True)
class SourceSnapshot:
    """The source of a pass about to run, read once: its data, fingerprint and whether every chunk loads again."""

    data: SourceData
    source_id: str
    #: stage every finished chunk again against this pass (non-streamed resume of another or unknown snapshot)
    reload_finished: bool = False


def source_snapshot(spec: MigrationSpec, target: TargetPort, source: Callable[[], SourceData],
                    rec: LedgerRecorder | None, *, streamed: bool) -> SourceSnapshot:
    """The source a fresh (temporary) spill is about to read, with the run's finished chunks of another snapshot
    settled (module docstring). ``streamed``: the pass will stream its rows into staging. Call it before any
    stream of the run opens (a discard takes the chunk's lock, which an open stream holds)."""
    data = source()
    sid = source_fingerprint(data)
    other = finished_of_other_snapshots(target.checkpoints(spec.run_id), sid)
    if not other:
        return SourceSnapshot(data, sid)
    discard_announced(spec, target, other if streamed else [], rec, {
        "chunks": [c.chunk_id for c in other], "source_id": sid or "unknown",
        "checkpoint_source_ids": sorted({c.source_id or "unknown" for c in other}),
        "next_action": "the pass streams the discarded chunks again" if streamed else
                       "every chunk is staged again against this pass (unchanged content is not rewritten)",
        "reason": ("the source's snapshot cannot be told" if sid == UNKNOWN else
                   "the source changed since these chunks were staged") +
                  ": promoting them with chunks of this pass could mix two versions of the source"}, strategy="ETL")
    return SourceSnapshot(data, sid, reload_finished=not streamed)


def discard_beyond_plan(spec: MigrationSpec, target: TargetPort, rec: LedgerRecorder | None,
                        n_chunks: int) -> list[int]:
    """Discard the finished chunks a pass staging every chunk again (:attr:`SourceSnapshot.reload_finished`)
    will not write: those numbered ``n_chunks`` or more, left by a longer version of the source. Without this a
    source that shrank would leave them for ever (the chunk loop refuses checkpoints beyond its plan:
    ``ResumeMismatch``). One ``migration.stale_chunks_discarded`` event names them; the ids discarded."""
    beyond = [c for c in target.checkpoints(spec.run_id) if c.chunk_id >= n_chunks]
    discarded = [c.chunk_id for c in beyond if target.discard_chunk(spec, c.chunk_id, c.content_hash)]
    record_notices(rec, take_notices(target), strategy="ETL")
    if beyond and rec is not None:
        rec.record(Stage.MIGRATION, Decision.RETRY, "migration.stale_chunks_discarded", detail={
            "chunks": sorted(c.chunk_id for c in beyond), "discarded": sorted(discarded), "n_chunks": n_chunks,
            "reason": "the source is shorter than when these chunks were staged: the pass has no such chunk, so "
                      "their staged rows would be promoted with rows of another version of the source",
            "next_action": "the pass stages every chunk of its plan again"})
    return discarded


def discard_announced(spec: MigrationSpec, target: TargetPort, chunks: list[Checkpoint], rec: LedgerRecorder | None,
                      detail: dict[str, Any], *, strategy: str) -> list[int]:
    """Record ``migration.source_changed`` (``detail`` and ``discarding``: the ids of ``chunks``) **before** the
    first discard, then discard each chunk (staged rows, quarantine records, checkpoint: one transaction each).

    So the ledger names the chunks whatever part of the discard completes: killed part-way, the process records
    nothing more, and the next run finds the chunks not yet discarded still of another snapshot (their checkpoints
    are there) and discards them under its own event. A discard that raises (e.g. ``TargetWriteRefused``) or finds
    the checkpoint rewritten meanwhile is a ``migration.source_change_incomplete`` event (what was discarded, what
    was not, the error's code and type: no driver text, which may quote a value); the error propagates. Returns
    the ids discarded."""
    if rec is not None:
        rec.record(Stage.MIGRATION, Decision.RETRY, "migration.source_changed",
                   detail={**detail, "discarding": [c.chunk_id for c in chunks], "strategy": strategy})
    discarded: list[int] = []
    kept: list[int] = []
    try:
        for c in chunks:
            (discarded if target.discard_chunk(spec, c.chunk_id, c.content_hash) else kept).append(c.chunk_id)
            record_notices(rec, take_notices(target), strategy=strategy)
            faults.point("mid_discard")
    except MapwrightError as exc:
        _incomplete(rec, chunks, discarded, kept, strategy, exc)
        raise
    if kept:
        _incomplete(rec, chunks, discarded, kept, strategy, None)
    return discarded


def _incomplete(rec: LedgerRecorder | None, chunks: list[Checkpoint], discarded: list[int], kept: list[int],
                strategy: str, exc: MapwrightError | None) -> None:
    if rec is None:
        return
    left = [c.chunk_id for c in chunks if c.chunk_id not in discarded and c.chunk_id not in kept]
    rec.record(Stage.MIGRATION, Decision.RETRY if exc is None or exc.transient else Decision.REJECT,
               "migration.source_change_incomplete", detail={
                   "discarded": discarded, "rewritten_meanwhile": kept, "not_discarded": left, "strategy": strategy,
                   "error": exc.code.value if exc is not None else None,
                   "error_type": type(exc).__name__ if exc is not None else None,  # no driver text (values)
                   "next_action": "a re-run discards the chunks still of another snapshot before it loads them again"
                   if exc is not None else "the chunks rewritten meanwhile are checked again by the resume re-check"})
