"""A resumed run re-checks its finished chunks before trusting them (§14 exactly once, issue 14).

A checkpoint says what its chunk staged: ``row_count_out`` rows whose order-independent checksum is
``checksum`` (the sum of the same 64-bit row hashes the pre-promotion validation reads back). Between the
run that wrote it and the one that resumes, the staging table may have been touched (a person, a restore,
a bug of another writer). Instead of skipping such a chunk and failing the whole run at validation, a
resumed run reads the staged rows of every finished chunk back (one scan of the staging table, or the chunks
asked for), and a chunk whose staged rows are not what its checkpoint says is discarded (its staged rows,
quarantine records and checkpoint, in one transaction, only if the checkpoint is still the one checked) so the
run loads it again; each such chunk is a ``migration.chunk_recheck`` retry event on the ledger, and the check
itself a ``migration.resume_check`` event.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.chunks import checksum, checksums_by_chunk, combine_checksums
from core.migration.models import Checkpoint, MigrationSpec
from core.migration.notices import record_notices, take_notices
from core.migration.ports import TargetPort

#: reading chunks one by one beats one scan of the whole staging table only for a few of them
PER_CHUNK_MAX = 4


@dataclass(frozen=True)
class StaleChunk:
    """A finished chunk whose staged rows are not what its checkpoint records."""

    chunk_id: int
    content_hash: str
    rows_expected: int
    rows_staged: int
    #: the staged rows' checksum equals the checkpoint's (False: changed content, or a different count)
    checksum_matches: bool


def staged_chunk_checksums(spec: MigrationSpec, target: TargetPort, chunk_ids: list[int]) -> dict[int, str]:
    """``{chunk id: count:sum_hi:sum_lo}`` of the staged rows of ``chunk_ids`` (chunks without rows absent)."""
    cols = [c.name for c in spec.columns]
    if len(chunk_ids) <= PER_CHUNK_MAX:
        out = {cid: combine_checksums([checksum(b, cols) for b in target.staged_batches(spec, chunk_id=cid)])
               for cid in chunk_ids}
        return {cid: v for cid, v in out.items() if v != "0:0:0"}
    return checksums_by_chunk(target.staged_batches(spec, with_chunk=True), cols)


def stale_chunks(ckpts: list[Checkpoint], staged: dict[int, str], *, empty: str = "0:0:0") -> list[StaleChunk]:
    """The checkpoints whose chunk's staged rows (``staged``: ``count:...`` checksums by chunk, ``empty`` for a
    chunk without rows) differ from what they record (row count or checksum)."""
    out = []
    for c in ckpts:
        value = staged.get(c.chunk_id, empty)
        rows = int(value.split(":")[0])
        if rows != c.row_count_out or value != c.checksum:
            out.append(StaleChunk(chunk_id=c.chunk_id, content_hash=c.content_hash, rows_expected=c.row_count_out,
                                  rows_staged=rows, checksum_matches=value == c.checksum))
    return out


def discard_stale(spec: MigrationSpec, target: TargetPort, checked: int, stale: list[StaleChunk],
                  rec: LedgerRecorder | None, *, strategy: str = "ETL") -> list[StaleChunk]:
    """Discard each stale chunk (it loads again) and put the check and every discarded chunk on the ledger."""
    for s in stale:
        discarded = target.discard_chunk(spec, s.chunk_id, s.content_hash)
        record_notices(rec, take_notices(target), strategy=strategy)  # e.g. its lease not released after the discard
        if rec is not None:
            rec.record(Stage.MIGRATION, Decision.RETRY, "migration.chunk_recheck", chunk_id=str(s.chunk_id),
                       outputs_hash=s.content_hash,
                       detail={"chunk_id": s.chunk_id, "rows_expected": s.rows_expected, "rows_staged": s.rows_staged,
                               "checksum_matches": s.checksum_matches, "discarded": discarded, "strategy": strategy,
                               "next_action": "reload the chunk" if discarded else "the chunk was rewritten since"})
    if rec is not None:
        rec.record(Stage.MIGRATION, Decision.ACCEPT if not stale else Decision.RETRY, "migration.resume_check",
                   detail={"chunks_checked": checked, "chunks_stale": [s.chunk_id for s in stale],
                           "strategy": strategy})
    return stale


def recheck_finished(spec: MigrationSpec, target: TargetPort, rec: LedgerRecorder | None,
                     chunk_ids: list[int] | None = None) -> list[StaleChunk]:
    """Re-check the run's finished chunks (of ``chunk_ids`` when given) against their staged rows; discard the
    stale ones so the run loads them again. Nothing to do (and nothing recorded) when no chunk is finished."""
    ckpts = target.checkpoints(spec.run_id)
    if chunk_ids is not None:
        wanted = set(chunk_ids)
        ckpts = [c for c in ckpts if c.chunk_id in wanted]
    if not ckpts:
        return []
    staged = staged_chunk_checksums(spec, target, [c.chunk_id for c in ckpts])
    return discard_stale(spec, target, len(ckpts), stale_chunks(ckpts, staged), rec)
