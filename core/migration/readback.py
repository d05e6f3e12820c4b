"""The loaded side of the pre-promotion checksum: staged rows read back from the target, per chunk.

The checksum validation compares the source-through-plan with what the target actually holds, so
the staged rows are read back (through the target's own types) and hashed. Reading back the
whole staging table after the last chunk serializes that work behind the load; on targets that
say so (``concurrent_readback``, PostgreSQL: a second server process on the second core) each
chunk is read back right after its commit, in a helper thread, while the next chunk is written.

Before each early read-back the target's current snapshot is recorded (``staging_snapshot``,
PostgreSQL 13+; a target without one keeps no early read-back). At validation a chunk's early
read-back is used only when nothing in the chunk changed since: its checkpoint still carries the
content hash that was read back, and one ``GROUP BY`` over the chunk column (``staged_unchanged``,
:mod:`adapters.targets.pg_snapshot`) finds exactly that many staged rows of the chunk, every one
written by a transaction the snapshot already saw. Any other chunk -- loaded by another process (a
Dagster step), rewritten since (an in-place ``UPDATE``, a delete plus an insert), or with a different
row count -- is read back again, so the result is the checksum of what is staged at validation time.

When the pass streamed the rows into a target that checksums staged rows itself (PostgreSQL 14+, a
UTF-8 database, column types :mod:`core.migration.pg_hash` covers), nothing is read back: the pass
hashes each staged row the way the server does, the server's sums are taken (after a snapshot) while
the checkpoints are written, and :func:`server_checksum` reuses them under the same test, else asks
the server for the sums over what staging holds at validation time (one aggregate query).
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


def _snapshot(target: TargetPort) -> str | None:
    """The target's current snapshot (taken before a read-back), or None when it cannot tell later what changed."""
    take = getattr(target, "staging_snapshot", None)
    return take() if take is not None else None


def _pack(value: str, snapshot: str) -> str:
    """A remembered read-back: its checksum and the snapshot taken before it (``count:hi:lo@snapshot``)."""
    return f"{value}@{snapshot}"


def _unpack(remembered: str) -> tuple[str, str]:
    value, _, snapshot = remembered.partition("@")
    return value, snapshot


def read_back(prep: Prepared, target: TargetPort, ckpt: Checkpoint) -> None:
    """Read a just-committed chunk back and remember its checksum with the content hash it belongs to (and the
    snapshot taken before the read; nothing is remembered on a target without snapshots)."""
    snapshot = _snapshot(target)
    value = chunk_checksum(prep, target, ckpt.chunk_id)
    if snapshot is not None:
        prep.remember_loaded(ckpt.chunk_id, ckpt.content_hash, _pack(value, snapshot))


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
        self._scan = self._pool.submit(_scan_since, prep, target)

    def remember(self, kept: list[Checkpoint]) -> None:
        """Wait for the scan; remember the checksums of ``kept`` chunks under their content hashes."""
        try:
            if self._scan.exception() is None:
                snapshot, sums = self._scan.result()
                for ck in kept:
                    if snapshot is not None:
                        self._prep.remember_loaded(ck.chunk_id, ck.content_hash,
                                                   _pack(sums.get(ck.chunk_id, "0:0:0"), snapshot))
        finally:
            self._pool.shutdown(wait=True)


def _scan_since(prep: Prepared, target: TargetPort) -> tuple[str | None, dict[int, str]]:
    """The snapshot, then the one scan (the server's sums with :attr:`Prepared.server_checksum`)."""
    snapshot = _snapshot(target)
    return snapshot, (server_sums if prep.server_checksum else scan_checksums)(prep, target)


def server_sums(prep: Prepared, target: TargetPort) -> dict[int, str]:
    """``{chunk id: checksum}`` of the run's staged rows as the target computes them (one aggregate query)."""
    sums = getattr(target, "server_checksums", None)
    if sums is None:
        raise TypeError(f"{type(target).__name__} cannot checksum its staged rows (server_checksums)")
    return dict(sums(prep.spec))


def _early(prep: Prepared, ckpts: list[Checkpoint]) -> dict[int, tuple[str, str]]:
    """``{chunk id: (checksum, snapshot)}``: early read-backs of chunks whose checkpoint still carries the content
    hash they were read under."""
    hashes = {c.chunk_id: c.content_hash for c in ckpts}
    return {cid: _unpack(value) for cid, (content, value) in prep.loaded_checksums().items()
            if hashes.get(cid) == content}


def _unchanged(prep: Prepared, target: TargetPort, usable: dict[int, tuple[str, str]]) -> dict[int, tuple[int, bool]]:
    """``{chunk id: (staged rows, unchanged since its early read-back's snapshot)}`` of every chunk staging holds."""
    ask = getattr(target, "staged_unchanged", None)
    if ask is None:
        return {cid: (n, False) for cid, n in target.staged_counts(prep.spec).items()}
    return dict(ask(prep.spec, {cid: snap for cid, (_, snap) in usable.items()}))


def _stands(usable: dict[int, tuple[str, str]], cid: int, rows: int, unchanged: bool) -> bool:
    """An early read-back stands: taken for the chunk, with its staged row count, nothing written since."""
    return unchanged and cid in usable and int(usable[cid][0].split(":")[0]) == rows


def server_checksum(prep: Prepared, target: TargetPort, ckpts: list[Checkpoint] | None = None) -> str:
    """``count:sum_hi:sum_lo`` of every staged row of the run as the target computes it (a prepared source with
    ``server_checksum``: its expected side hashes the rows the same way, :mod:`core.migration.pg_hash`).

    The server's sums taken while the checkpoints were written (:class:`ScanReadback`) stand when every chunk
    staging holds rows of was remembered under its current checkpoint, with exactly its staged row count now and
    no staged row of it written since the snapshot taken before those sums; otherwise the server sums what
    staging holds now."""
    usable = _early(prep, ckpts or [])
    if usable:
        counts = _unchanged(prep, target, usable)
        if counts and all(_stands(usable, cid, n, ok) for cid, (n, ok) in counts.items()):
            return combine_checksums([usable[cid][0] for cid in sorted(counts)])
    return combine_checksums(list(server_sums(prep, target).values()))


def staged_checksum(prep: Prepared, target: TargetPort, ckpts: list[Checkpoint]) -> str:
    """``count:sum_hi:sum_lo`` of every staged row of the run (reusing the early read-backs of chunks unchanged
    since, as :func:`server_checksum` tests them; any other chunk is read back again)."""
    cols = [c.name for c in prep.spec.columns]
    usable = _early(prep, ckpts)
    if not usable:  # one scan of the whole staging table
        return combine_checksums([checksum(b, cols) for b in target.staged_batches(prep.spec)])
    parts = []
    for cid, (rows, ok) in sorted(_unchanged(prep, target, usable).items()):
        parts.append(usable[cid][0] if _stands(usable, cid, rows, ok) else chunk_checksum(prep, target, cid))
    return combine_checksums(parts)
