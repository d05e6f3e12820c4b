"""Which snapshot of the source a spill and a chunk checkpoint were built from (§14: never mix two versions).

A run killed after some chunks were checkpointed resumes by reading the source again (a temporary spill is
gone with the process that made it). If the source changed in between, the finished chunks hold rows of the
old version and the resumed pass gives rows of the new one: promoting both would mix two snapshots. So the
pass takes the source's **fingerprint** before it reads and after (:func:`source_fingerprint`; a change
during the read is :class:`~core.migration.errors.SourceChangedDuringRead`), the spill manifest and every
checkpoint record it (``source_id``), and a resume compares (:func:`finished_of_other_snapshots`):

* a file (a CSV/Parquet path, a file table): its path, size, modification time in nanoseconds, inode and
  device (``file:`` ids): a rewritten or replaced file has another id, no byte is read;
* an in-memory frame: a digest of its schema and row hashes (``frame:`` ids);
* anything else (a lazy scan, a reader without a ``fingerprint()``): unknown (``""``); a resume then trusts no
  finished chunk without checking its content against the new pass.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import polars as pl

from core.migration.models import Checkpoint
from core.migration.source_batches import SourceData

__all__ = ["UNKNOWN", "file_fingerprint", "finished_of_other_snapshots", "source_fingerprint"]

#: the fingerprint of a source whose snapshot cannot be told cheaply
UNKNOWN = ""


def file_fingerprint(path: Path) -> str:
    """``file:<digest>`` of the file's identity and version (path, size, mtime in ns, inode, device); UNKNOWN when
    it cannot be read (the read that follows reports why)."""
    try:
        st = os.stat(path)
    except OSError:
        return UNKNOWN
    ident = f"{Path(path).resolve()}|{st.st_size}|{st.st_mtime_ns}|{st.st_ino}|{st.st_dev}"
    return "file:" + hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _frame_fingerprint(frame: pl.DataFrame) -> str:
    """``frame:<digest>`` of a frame's schema, height and row hashes (values in memory: no raw value is kept)."""
    digest = hashlib.sha256(repr(list(frame.schema.items())).encode())
    digest.update(str(frame.height).encode())
    if frame.height and frame.width:
        digest.update(frame.hash_rows(seed=0x6D77).to_numpy().tobytes())
    return "frame:" + digest.hexdigest()[:32]


def source_fingerprint(source: SourceData) -> str:
    """The fingerprint of the source's current version (module docstring); UNKNOWN when it cannot be told."""
    if isinstance(source, Path):
        return file_fingerprint(source)
    if isinstance(source, pl.DataFrame):
        return _frame_fingerprint(source)
    own = getattr(source, "fingerprint", None)
    if callable(own):
        value = own()
        return value if isinstance(value, str) else UNKNOWN
    return UNKNOWN


def finished_of_other_snapshots(ckpts: list[Checkpoint], source_id: str) -> list[Checkpoint]:
    """The finished chunks not known to come from the snapshot ``source_id`` (every one when it is UNKNOWN)."""
    return [c for c in ckpts if source_id == UNKNOWN or c.source_id != source_id]
