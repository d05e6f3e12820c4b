"""The loaded side of the pre-promotion checksum: staged rows read back from the target, per chunk.

The checksum validation compares the source-through-plan with what the target actually holds, so
the staged rows are read back (through the target's own types) and hashed. Reading back the
whole staging table after the last chunk serializes that work behind the load; on targets that
say so (``concurrent_readback``, PostgreSQL: a second server process on the second core) each
chunk is read back right after its commit, in a helper thread, while the next chunk is written.

At validation a chunk's early read-back is used only when the chunk is unchanged since: its
checkpoint still carries the content hash that was read back, and the staging table still
holds exactly that many rows of the chunk (one ``GROUP BY`` over the chunk column). Any other
chunk -- loaded by another process (a Dagster step), rewritten since, or with a different row
count -- is read back again, so the result is the checksum of what is staged at validation time.

When the pass streamed the rows into a target that checksums staged rows itself (PostgreSQL 14+, a
UTF-8 database, column types :mod:`core.migration.pg_hash` covers), nothing is read back: the pass
hashes each staged row the way the server does, and :func:`server_checksum` asks the server for the
same sums over what staging holds at validation time (one aggregate query).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from core.migration.chunks import checksum, checksums_by_chunk, combine_checksums
from core.migration.models import Checkpoint
from core.migration.ports import TargetPort
from core.migration.prepared import Prepared


def concurrent(target: TargetPort) -> bool:
    """True when the target reads a chunk back faster alongside the next chunk's write than after the load."""
    return bool(getattr(target, "concurrent_readback", False))


def chunk_checksum(prep: Prepared, target: TargetPort, chunk_id: int) -> str:
    """Checksum of one chunk's staged rows as the target holds them."""
    cols = [c.name for c in prep.spec.columns]
    return combine_checksums([checksum(b, cols) for b in target.staged_batches(prep.spec, chunk_id=chunk_id)])


def read_back(prep: Prepared, target: TargetPort, ckpt: Checkpoint) -> None:
    """Read a just-committed chunk back and remember its checksum with the content hash it belongs to."""
    prep.remember_loaded(ckpt.chunk_id, ckpt.content_hash, chunk_checksum(prep, target, ckpt.chunk_id))


class Readback:
    """Chunks read back in one helper thread while the engine writes the next ones (see module docstring)."""

    def __init__(self, prep: Prepared, target: TargetPort) -> None:
        self._prep, self._target = prep, target
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mw-readback")
        self._pending: list[Future[None]] = []

    def submit(self, ckpt: Checkpoint) -> None:
        """Queue the read-back of a committed chunk."""
        self._pending.append(self._pool.submit(read_back, self._prep, self._target, ckpt))

    def close(self) -> None:
        """Wait for the queued read-backs; a failed one is only forgotten (validation reads that chunk again)."""
        for f in self._pending:
            f.exception()
        self._pool.shutdown(wait=True)


def scan_checksums(prep: Prepared, target: TargetPort) -> dict[int, str]:
    """``{chunk id: checksum}`` of every staged row of the run from ONE scan of the staging table (rows that
    were streamed during the pass are spread over the whole table: one scan instead of one per chunk)."""
    cols = [c.name for c in prep.spec.columns]
    return checksums_by_chunk(target.staged_batches(prep.spec, with_chunk=True), cols)


class ScanReadback:
    """:func:`scan_checksums` in a helper thread, started once streamed rows are committed, so the scan runs
    while the chunks' checkpoints are computed and written; :meth:`remember` keeps the checksums of chunks
    whose streamed rows their checkpoint transaction kept (a chunk whose rows were replaced is read again
    at validation, and every chunk's staged count is checked there as for any early read-back). With a prepared
    source whose checksum the server computes (``server_checksum``) the scan is the server's aggregate
    (:func:`server_sums`), run by the server while the client writes the checkpoints."""

    def __init__(self, prep: Prepared, target: TargetPort) -> None:
        self._prep = prep
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mw-scan")
        self._scan = self._pool.submit(server_sums if prep.server_checksum else scan_checksums, prep, target)

    def remember(self, kept: list[Checkpoint]) -> None:
        """Wait for the scan; remember the checksums of ``kept`` chunks under their content hashes."""
        try:
            if self._scan.exception() is None:
                sums = self._scan.result()
                for ck in kept:
                    self._prep.remember_loaded(ck.chunk_id, ck.content_hash, sums.get(ck.chunk_id, "0:0:0"))
        finally:
            self._pool.shutdown(wait=True)


def server_sums(prep: Prepared, target: TargetPort) -> dict[int, str]:
    """``{chunk id: checksum}`` of the run's staged rows as the target computes them (one aggregate query)."""
    sums = getattr(target, "server_checksums", None)
    if sums is None:
        raise TypeError(f"{type(target).__name__} cannot checksum its staged rows (server_checksums)")
    return dict(sums(prep.spec))


def _early(prep: Prepared, ckpts: list[Checkpoint]) -> dict[int, str]:
    """Early read-backs of chunks whose checkpoint still carries the content hash they were read under."""
    hashes = {c.chunk_id: c.content_hash for c in ckpts}
    return {cid: value for cid, (content, value) in prep.loaded_checksums().items() if hashes.get(cid) == content}


def server_checksum(prep: Prepared, target: TargetPort, ckpts: list[Checkpoint] | None = None) -> str:
    """``count:sum_hi:sum_lo`` of every staged row of the run as the target computes it (a prepared source with
    ``server_checksum``: its expected side hashes the rows the same way, :mod:`core.migration.pg_hash`).

    The server's sums taken while the checkpoints were written (:class:`ScanReadback`) stand when every chunk
    staging holds rows of was remembered under its current checkpoint with exactly its staged row count now;
    otherwise the server sums what staging holds now."""
    usable = _early(prep, ckpts or [])
    if usable:
        counts = target.staged_counts(prep.spec)
        if counts and all(cid in usable and int(usable[cid].split(":")[0]) == n for cid, n in counts.items()):
            return combine_checksums([usable[cid] for cid in sorted(counts)])
    return combine_checksums(list(server_sums(prep, target).values()))


def staged_checksum(prep: Prepared, target: TargetPort, ckpts: list[Checkpoint]) -> str:
    """``count:sum_hi:sum_lo`` of every staged row of the run (reusing unchanged chunks' early read-backs)."""
    cols = [c.name for c in prep.spec.columns]
    early = prep.loaded_checksums()
    hashes = {c.chunk_id: c.content_hash for c in ckpts}
    usable = {cid: value for cid, (content, value) in early.items() if hashes.get(cid) == content}
    if not usable:  # one scan of the whole staging table
        return combine_checksums([checksum(b, cols) for b in target.staged_batches(prep.spec)])
    parts = []
    for cid, rows in sorted(target.staged_counts(prep.spec).items()):
        value = usable.get(cid)
        parts.append(value if value is not None and int(value.split(":")[0]) == rows
                     else chunk_checksum(prep, target, cid))
    return combine_checksums(parts)
