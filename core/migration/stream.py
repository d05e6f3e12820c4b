"""Load during the pass: transformed rows streamed into staging while the source is still being read.

Without streaming the engine reads, transforms and spills the whole source before the first
chunk is written (a chunk is a key-hash bucket: it needs the whole source), so the Polars work
and the target's bulk load never overlap. With a target that offers :class:`StreamingTarget`,
each checked batch's valid rows go into the staging table as soon as they are produced (their
chunk id in the chunk column, one committed transaction per batch, on a writer thread), and a
chunk's checkpoint is written after the pass, when its content hash is known; the chunk's rows are
then already staged, so its transaction holds only the quarantine records and the checkpoint.

Exactly once still holds because staged rows of a chunk count only once its checkpoint exists:

* the stream runs under an exclusive run lease (PostgreSQL: a session advisory lock) that every
  per-chunk writer of the run also takes, shared, so no other worker writes the run's chunks
  while rows are streamed, and two streams never run at once;
* before the first row, a marker records that the run has a stream in flight; it is removed when
  every streamed chunk has its checkpoint. A run that finds the marker (a stream was killed)
  first deletes the staged rows of every chunk without a checkpoint (:meth:`StreamingTarget.settle_stream`);
* a chunk whose streamed rows include keys found duplicated across batches (which the row checks
  of one batch cannot see) has those keys' streamed rows deleted in its checkpoint transaction, which
  also checks that what stays is exactly the checkpoint's row count (the pass's spill is thin:
  :mod:`core.migration.thin`); a merge streams only new or changed rows (:mod:`core.migration.unchanged`);
* the checksum validation covers every staged row before promotion, as before: read back, or computed by
  the server from the same rows when it can (:mod:`core.migration.pg_hash`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

import polars as pl

from core.migration.chunks import CHUNK_COL
from core.migration.constraints import REASONS
from core.migration.models import Checkpoint, MigrationSpec, QuarantineRecord
from core.migration.pg_hash import supported
from core.migration.unchanged import SAME


class StagingStream(Protocol):
    """An open stream into a run's staging table (holds the run lease until :meth:`close`)."""

    #: chunks that had a checkpoint when the stream opened (their rows are never streamed)
    done: frozenset[int]

    def write(self, rows: pl.DataFrame) -> None:
        """Queue ``rows`` (target columns and ``_mw_chunk``) for staging; a write error surfaces here or at
        :meth:`flush` as the target's typed error."""
        ...

    def flush(self) -> dict[int, int]:
        """Wait for every queued write to commit; ``{chunk id: rows staged by this stream}``."""
        ...

    def close(self, finished: set[int]) -> None:
        """Release the lease; the in-flight marker goes when every streamed chunk is in ``finished``."""
        ...


@runtime_checkable
class StreamingTarget(Protocol):
    """A target that can stage rows during the pass (see the module docstring)."""

    def open_stream(self, spec: MigrationSpec) -> StagingStream | None:
        """Take the run lease and open a stream; None when another worker holds the lease."""
        ...

    def final_batches(self, spec: MigrationSpec, batch_rows: int = 200_000) -> Iterator[pl.DataFrame]:
        """The final table's rows typed like the staged rows' read-back (nothing when it does not exist)."""
        ...

    def final_marker(self, spec: MigrationSpec) -> str:
        """A marker of the final table's version: it changes whenever a run promotes into the table or a
        promotion of it is rolled back (read before :meth:`final_batches`, checked again before promoting)."""
        ...

    def settle_stream(self, spec: MigrationSpec) -> None:
        """Remove what a stream killed in flight left (staged rows of chunks without a checkpoint)."""
        ...

    def write_streamed_chunk(self, spec: MigrationSpec, chunk_id: int, rows: pl.DataFrame | None,
                             quarantine: list[QuarantineRecord], checkpoint: Checkpoint, staged: int, *,
                             drop: pl.DataFrame | None = None) -> bool:
        """The chunk's checkpoint transaction when ``staged`` of its rows were streamed (rows written again
        only when that count is not ``rows.height``); False when the same content is checkpointed.

        ``rows`` None (a thin spill, :mod:`core.migration.thin`): the streamed rows stay, but those whose key
        is in ``drop`` (duplicates found after the pass); what remains must be ``checkpoint.row_count_out``
        rows, else nothing is written (a typed error)."""
        ...


def streaming(target: object) -> StreamingTarget | None:
    """``target`` when it can stream into staging (and says so for this dialect), else None."""
    if isinstance(target, StreamingTarget) and getattr(target, "can_stream", False):
        return target
    return None


class StreamSink:
    """What the pass hands each checked batch to: valid rows of chunks still to do, to the stream."""

    def __init__(self, stream: StagingStream, spec: MigrationSpec) -> None:
        self.stream = stream
        self._cols = [c.name for c in spec.columns]
        self._done = pl.Series(sorted(stream.done), dtype=pl.Int64)
        #: set once a whole pass went through this sink (its chunks are all staged after :meth:`flush`)
        self.complete = False
        #: the target computes the staged rows' checksum itself (a stream saying ``server_checksum``, columns
        #: of types :mod:`core.migration.pg_hash` covers): the pass hashes its rows the server's way, and
        #: validation asks the server instead of reading every staged row back
        self.server_hash = bool(getattr(stream, "server_checksum", False)) and supported(spec)

    def __call__(self, checked: pl.DataFrame) -> None:
        """Stream the valid rows of ``checked`` (a batch with ``_mw_chunk``) whose chunk is not done."""
        keep = pl.col(REASONS).list.len() == 0
        if SAME in checked.columns:  # a merge: rows the final table holds as they are stay out (module unchanged)
            keep = keep & ~pl.col(SAME)
        if self._done.len():
            keep = keep & ~pl.col(CHUNK_COL).is_in(self._done.implode())
        rows = checked.filter(keep).select([*self._cols, pl.col(CHUNK_COL).cast(pl.Int32)])
        if rows.height:
            self.stream.write(rows)

    def staged(self) -> dict[int, int]:
        """``{chunk id: rows staged}`` once every write committed (chunks without rows absent)."""
        return self.stream.flush()
