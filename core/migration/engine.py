"""The migration engine: chunked, checkpointed, exactly-once load with quarantine (§14, §37, §44).

Flow: transform the source through the accepted plan's pipeline, validate every row against the
target's constraints, bucket rows into deterministic chunks by key hash, and write each chunk
(staged rows + quarantine records + checkpoint) in one target transaction. Finished chunks are
skipped on resume (same content hash = no-op), so a kill at any point followed by a re-run
loses and duplicates nothing. Promotion runs only after the validations pass, in one
transaction on the target.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import polars as pl

from core.ledger import Decision, LedgerRecorder, Stage
from core.migration import faults
from core.migration.chunks import PAIR_A, PAIR_B, checksum_of_hashes, content_hash_and_checksum, digest_pairs
from core.migration.constraints import REASONS
from core.migration.errors import ResumeMismatch, StreamedRowsMismatch, UnchangedRowsNotStreamed, ValidationFailed
from core.migration.models import Checkpoint, ChunkResult, MigrationSpec, QuarantineRecord, ValidationResult
from core.migration.notices import take_notices
from core.migration.pg_hash import SERVER_HASH
from core.migration.ports import TargetPort
from core.migration.prepared import Prepared, conform_inputs, plan_transform
from core.migration.preview import shape_mask
from core.migration.readback import Readback, ScanReadback, concurrent, server_checksum, staged_checksum
from core.migration.stream import StreamSink, streaming

__all__ = ["Prepared", "StagedChunk", "conform_inputs", "run_chunk", "run_chunks", "stage_chunk", "transform",
           "validate", "write_staged"]

#: every target column computed by the plan's pipelines (see :func:`core.migration.prepared.plan_transform`)
transform = plan_transform

Progress = Callable[[int, int, int], None]  # (chunks done, chunks total, rows done)


def key_token(secret: bytes, values: tuple[object, ...]) -> str:
    """Keyed token of a row key (HMAC-SHA256): equal keys give equal tokens, nothing reversible."""
    msg = "\x1e".join("\x1f<null>" if v is None else str(v) for v in values)
    return hmac.new(secret, msg.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def _quarantine(spec: MigrationSpec, chunk_id: int, bad: pl.DataFrame, secret: bytes) -> list[QuarantineRecord]:
    out: list[QuarantineRecord] = []
    cols = [c.name for c in spec.columns]
    src_cols = [c for c in bad.columns if c.startswith("__src_")]
    for row in bad.iter_rows(named=True):
        before = {c.removeprefix("__src_"): shape_mask(row[c]) for c in src_cols}
        after = {c: shape_mask(row[c]) for c in cols}
        codes = sorted(set(row[REASONS]))
        diff = [f"{code}: {after.get(code.split(':', 1)[-1], '')!s}" for code in codes]
        token = key_token(secret, tuple(row[k] for k in spec.key))
        out.append(QuarantineRecord(run_id=spec.run_id, chunk_id=chunk_id, key_token=token, reason_codes=codes,
                                    masked_preview_before=before, masked_preview_after=after, diff=diff))
    return sorted(out, key=lambda q: q.key_token)


@dataclass(frozen=True)
class StagedChunk:
    """A chunk ready to write: its valid rows, quarantine records and checkpoint (computed, not yet written)."""

    chunk_id: int
    #: None when the chunk's valid rows were streamed and the spill is thin (:mod:`core.migration.thin`)
    good: pl.DataFrame | None
    quarantine: list[QuarantineRecord]
    checkpoint: Checkpoint
    #: thin: key columns of streamed rows that turned out duplicated (deleted by the checkpoint transaction)
    drop: pl.DataFrame | None = None

    @property
    def keeps_stream(self) -> bool:
        """True when the chunk's streamed rows stay staged as they are (thin, nothing to drop)."""
        return self.good is None and (self.drop is None or self.drop.height == 0)


def stage_chunk(prep: Prepared, chunk_id: int, *, secret: bytes, owner: str) -> StagedChunk:
    """Split a chunk into valid and quarantined rows, hash it and build its checkpoint (no target I/O)."""
    spec = prep.spec
    started = datetime.now(UTC)
    if prep.thin:
        return _stage_thin(prep, chunk_id, secret=secret, owner=owner, started=started)
    rows = prep.chunk(chunk_id)
    good = prep.good_rows(rows)
    bad = rows.filter(pl.col(REASONS).list.len() > 0)
    faults.point("transform")
    cols = [c.name for c in spec.columns]
    quarantine = _quarantine(spec, chunk_id, bad, secret)
    digest, total = content_hash_and_checksum(good, spec.key, cols)
    digest = hashlib.sha256(f"{digest}|{','.join(q.key_token for q in quarantine)}".encode()).hexdigest()
    prep.remember_checksum(chunk_id, total)
    ckpt = Checkpoint(run_id=spec.run_id, chunk_id=chunk_id, content_hash=digest, started_at=started,
                      finished_at=datetime.now(UTC), row_count_in=rows.height, row_count_out=good.height,
                      quarantined=len(quarantine), checksum=total,
                      validations={"constraint_failures": len(quarantine)}, owner=owner, source_id=prep.source_id)
    return StagedChunk(chunk_id=chunk_id, good=good, quarantine=quarantine, checkpoint=ckpt)


def _stage_thin(prep: Prepared, chunk_id: int, *, secret: bytes, owner: str, started: datetime) -> StagedChunk:
    """:func:`stage_chunk` from a thin spill: the same checkpoint, computed from the valid rows' hashes."""
    spec = prep.spec
    tc = prep.thin_chunk(chunk_id)
    faults.point("transform")
    quarantine = _quarantine(spec, chunk_id, tc.bad, secret)
    pairs = tc.pairs.select(PAIR_A, PAIR_B)
    valid = pl.concat([pairs, tc.unchanged]) if tc.unchanged.height else pairs
    digest, _ = digest_pairs(valid, spec.key, [c.name for c in spec.columns], valid.height)
    if tc.unchanged.height:  # which rows were not staged is part of the chunk's content (module unchanged)
        digest = f"{digest}|unchanged:{checksum_of_hashes(tc.unchanged[PAIR_A])}"
    digest = hashlib.sha256(f"{digest}|{','.join(q.key_token for q in quarantine)}".encode()).hexdigest()
    total = checksum_of_hashes(tc.pairs[PAIR_A])  # of the staged rows: what the checksum validation reads back
    # (or of their server hashes, when the server computes the loaded side: core.migration.pg_hash)
    prep.remember_checksum(chunk_id, checksum_of_hashes(tc.pairs[SERVER_HASH]) if prep.server_checksum else total)
    ckpt = Checkpoint(run_id=spec.run_id, chunk_id=chunk_id, content_hash=digest, started_at=started,
                      finished_at=datetime.now(UTC), row_count_in=tc.rows_in, row_count_out=tc.pairs.height,
                      quarantined=len(quarantine), checksum=total, unchanged=tc.unchanged.height,
                      validations={"constraint_failures": len(quarantine)}, owner=owner, source_id=prep.source_id)
    return StagedChunk(chunk_id=chunk_id, good=None, quarantine=quarantine, checkpoint=ckpt, drop=tc.drop)


def write_staged(prep: Prepared, target: TargetPort, staged: StagedChunk, *,
                 streamed: int | None = None) -> ChunkResult:
    """Write a staged chunk atomically with its checkpoint (a no-op when the same content is checkpointed).

    ``streamed``: that many of the chunk's rows were staged during the pass (:mod:`core.migration.stream`)."""
    faults.point("before_write")
    stream_target = streaming(target) if streamed is not None else None
    if stream_target is not None and streamed is not None:
        wrote = stream_target.write_streamed_chunk(prep.spec, staged.chunk_id, staged.good, staged.quarantine,
                                                   staged.checkpoint, streamed, drop=staged.drop)
    elif staged.good is None:
        raise StreamedRowsMismatch(prep.spec.run_id, staged.chunk_id, "its rows were streamed by a pass whose "
                                                                     "stream is closed")
    else:
        wrote = target.write_chunk(prep.spec, staged.chunk_id, staged.good, staged.quarantine, staged.checkpoint)
    faults.point("after_write")
    return ChunkResult(chunk_id=staged.chunk_id, noop=not wrote, checkpoint=staged.checkpoint,
                       notices=take_notices(target))


def run_chunk(prep: Prepared, target: TargetPort, chunk_id: int, *, secret: bytes, owner: str) -> ChunkResult:
    """Process one chunk: split valid/quarantined rows, hash, write atomically with its checkpoint."""
    return write_staged(prep, target, stage_chunk(prep, chunk_id, secret=secret, owner=owner))


def run_chunks(prep: Prepared, target: TargetPort, *, secret: bytes, chunks: list[int] | None = None,
               progress: Progress | None = None, should_stop: Callable[[], bool] | None = None,
               sink: StreamSink | None = None, on_result: Callable[[ChunkResult], None] | None = None
               ) -> list[ChunkResult]:
    """Run the given chunks (default: every chunk without a checkpoint; every chunk when the kept spill was
    rebuilt after chunks were finished, :attr:`Prepared.reload_finished`) in chunk order.

    The next chunk is computed (read, checked, hashed) in a helper thread while the current one is
    written, so Polars work overlaps the target's; writes stay serial, one transaction per chunk.
    ``should_stop`` is polled between chunks: a stop lands on a chunk boundary. With ``sink`` (its
    pass streamed the rows into staging: :mod:`core.migration.stream`) a chunk's transaction keeps the
    rows already staged; without one, what a stream killed in flight left is removed first. ``on_result`` is
    called with each chunk's result as soon as it is committed (a later chunk's failure does not lose it).
    """
    stream_target = streaming(target)
    live = sink is not None and prep.streamed
    if stream_target is not None and sink is None:
        stream_target.settle_stream(prep.spec)
    staged_counts = sink.staged() if sink is not None and live else {}
    done = {c.chunk_id: c for c in target.checkpoints(prep.spec.run_id)}
    stale = [c for c in done.values() if c.chunk_id >= prep.n_chunks]
    if stale:
        raise ResumeMismatch(prep.spec.run_id, f"checkpoints exist for chunks beyond the plan's {prep.n_chunks}")
    if chunks is not None:
        todo = chunks
    elif prep.reload_finished and not prep.reloaded:  # the spill was rebuilt after chunks were finished
        todo = list(range(prep.n_chunks))
    else:
        todo = [i for i in range(prep.n_chunks) if i not in done]
    owner = f"{os.uname().nodename}:{os.getpid()}"
    results: list[ChunkResult] = []
    before = [c for cid, c in done.items() if cid not in set(todo)]  # finished chunks this call does not redo
    rows_done = sum(c.row_count_in for c in before)
    readback = Readback(prep, target) if concurrent(target) and not live and not prep.server_checksum else None
    # streamed chunks are spread over the whole staging table: they are read back in one scan while the
    # checkpoints are written (when the server computes the staged rows' checksum, core.migration.pg_hash,
    # the scan is its aggregate query: nothing is read back)
    scan = ScanReadback(prep, target) if live and concurrent(target) else None
    kept: list[Checkpoint] = []
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mw-chunk") as pool:
            ahead: Future[StagedChunk] | None = None
            for i, cid in enumerate(todo):
                if should_stop is not None and should_stop():
                    break
                staged = ahead.result() if ahead is not None else stage_chunk(prep, cid, secret=secret, owner=owner)
                ahead = pool.submit(stage_chunk, prep, todo[i + 1], secret=secret, owner=owner) \
                    if i + 1 < len(todo) else None
                streamed = staged_counts.get(cid, 0) if live and sink is not None and cid not in sink.stream.done \
                    else None
                res = write_staged(prep, target, staged, streamed=streamed)
                if not res.noop and (staged.keeps_stream if staged.good is None else streamed == staged.good.height):
                    kept.append(res.checkpoint)
                if readback is not None:  # read the committed chunk back while the next one is written
                    readback.submit(res.checkpoint)
                results.append(res)
                if on_result is not None:
                    on_result(res)
                rows_done += res.checkpoint.row_count_in
                if progress is not None:
                    progress(len(before) + i + 1, prep.n_chunks, rows_done)
            else:  # no stop: every chunk of todo is written
                prep.reloaded = prep.reloaded or (prep.reload_finished and set(todo) >= set(range(prep.n_chunks)))
            if ahead is not None:
                ahead.cancel()
    finally:
        if readback is not None:
            readback.close()
        if scan is not None:
            scan.remember(kept)
    return results


def validate(prep: Prepared, target: TargetPort) -> list[ValidationResult]:
    """Pre-promotion validations: row_count, checksum, fk_check (those the spec asks for).

    Checkpoints that count unchanged rows (a streamed merge) are validated only by the thin preparation of a
    streamed pass: any other raises :class:`~core.migration.errors.UnchangedRowsNotStreamed` up front."""
    spec = prep.spec
    ckpts = target.checkpoints(spec.run_id)
    checks: list[ValidationResult] = []
    loaded = sum(c.row_count_out for c in ckpts)
    quarantined = sum(c.quarantined for c in ckpts)
    unchanged = sum(c.unchanged for c in ckpts)  # merge: held by the final table as they are (module unchanged)
    if unchanged and not prep.thin:  # its expected checksum would cover rows staging never received
        raise UnchangedRowsNotStreamed(spec.run_id, unchanged)
    complete = len(ckpts) == prep.n_chunks
    staged = server_checksum(prep, target, ckpts) if prep.server_checksum else staged_checksum(prep, target, ckpts)
    if "row_count" in spec.validation_checks:
        staged_rows = int(staged.split(":")[0])
        ok = complete and prep.rows_in == loaded + unchanged + quarantined and staged_rows == loaded
        checks.append(ValidationResult(
            name="row_count", passed=ok, expected=f"in={prep.rows_in} chunks={prep.n_chunks}",
            actual=f"loaded={loaded} staged={staged_rows} quarantined={quarantined} chunks={len(ckpts)}"
                   + (f" unchanged={unchanged}" if unchanged else "")))
    if "checksum" in spec.validation_checks:
        expected = prep.expected_checksum()
        how = "computed by the target" if prep.server_checksum else "read back"
        checks.append(ValidationResult(name="checksum", passed=expected == staged, expected=expected, actual=staged,
                                       detail="order-independent sum of 64-bit row hashes, source-through-plan vs "
                                              f"loaded ({how})"))
    checks += fk_check(spec, target)
    return checks


def fk_check(spec: MigrationSpec, target: TargetPort) -> list[ValidationResult]:
    """The ``fk_check`` validation (rows whose foreign key has no parent), when the spec asks for it."""
    if "fk_check" not in spec.validation_checks or not spec.foreign_keys:
        return []
    bad = target.fk_violations(spec)
    return [ValidationResult(name="fk_check", passed=not any(bad.values()), expected="0 orphans",
                             actual=", ".join(f"{k}={v}" for k, v in bad.items()))]


def record_validations(spec: MigrationSpec, checks: list[ValidationResult], ledger: LedgerRecorder | None) -> None:
    """Put the validations on the ledger; any failed one stops the run before promotion (ValidationFailed)."""
    if ledger is not None:
        ledger.record(Stage.MIGRATION, Decision.ACCEPT if all(c.passed for c in checks) else Decision.REJECT,
                      "migration.validations", detail={c.name: {"passed": c.passed, "expected": c.expected,
                                                                "actual": c.actual} for c in checks})
    failed = [c.name for c in checks if not c.passed]
    if failed:
        raise ValidationFailed(spec.run_id, failed)
