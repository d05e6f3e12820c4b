"""Spill files sealed at rest: a chunk's Arrow IPC bytes encrypted with AES-256-GCM.

A migration's spill holds transformed target values and, for rows that failed a check, their source
values: real data, written to a file between the steps of a run. Privacy by default (§0) allows real
values in memory only, so every spill file is sealed: the frame is serialized to IPC in memory,
encrypted with a key that never touches the disk, and written as ``MAGIC | nonce | ciphertext``.
The file's name is authenticated with it (a file renamed into another chunk does not open).

The key of a kept spill (read again by another Dagster step, the promotion or a resume) is derived
from the installation's secret and the run id (:func:`spill_key`); a temporary spill uses a random
key that lives only in the process.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from io import BytesIO
from pathlib import Path

import polars as pl
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.errors import DeterministicFailure
from core.migration.errors import SpillDamaged
from core.migration.spill_manifest import SpillFile, check_read

MAGIC = b"MWS1"
NONCE_BYTES = 12


def spill_key(secret: bytes, run_id: str) -> bytes:
    """The 256-bit key of a run's kept spill (HMAC-SHA256 of the run id under the installation's secret)."""
    return hmac.new(secret, b"mapwright-spill|" + run_id.encode(), hashlib.sha256).digest()


def random_key() -> bytes:
    """A key for a spill that lives only as long as this process."""
    return AESGCM.generate_key(bit_length=256)


def write_sealed(frame: pl.DataFrame, path: Path, key: bytes) -> SpillFile:
    """Write ``frame`` to ``path`` encrypted (never in clear on disk, not even partly); returns the file's manifest
    entry (rows, size, SHA-256: :mod:`core.migration.spill_manifest`)."""
    buf = BytesIO()
    # LZ4: a chunk part's string views and all-null source columns compress ~7x, so the encryption and the
    # disk write handle a seventh of the bytes (measured: 68 MB -> 9.5 MB for a 200k-row batch in 8 parts)
    frame.write_ipc(buf, compression="lz4")
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, buf.getbuffer(), path.name.encode())  # no copy of the IPC bytes
    digest = hashlib.sha256(MAGIC + nonce)
    digest.update(sealed)
    with path.open("wb") as fh:
        fh.write(MAGIC + nonce)
        fh.write(sealed)
    return SpillFile(rows=frame.height, bytes=len(MAGIC) + NONCE_BYTES + len(sealed), sha256=digest.hexdigest())


def read_sealed(path: Path, key: bytes, entry: SpillFile | None = None, chunk_id: int | None = None) -> pl.DataFrame:
    """The frame of a sealed spill file (a clear error when it was not sealed with ``key``); with ``entry`` (its
    manifest entry) :class:`~core.migration.errors.SpillDamaged` unless its bytes and rows are the listed ones (a
    listed file removed since it was listed included). ``chunk_id``: the chunk being read (None: not a chunk's)."""
    try:
        data = path.read_bytes()
    except OSError as exc:  # removed or unreadable since the spill was listed
        if entry is not None and isinstance(exc, FileNotFoundError):
            raise SpillDamaged(str(path.parent), f"listed file {path.name} was removed", chunk_id=chunk_id) from None
        raise DeterministicFailure(f"spill file {path.name} cannot be read ({exc.strerror or exc}); remove the folder "
                                   f"{path.parent} and re-run the migration step (it prepares the spill again from "
                                   "the source)", file=str(path)) from None
    if entry is not None:
        check_read(path, entry, data, None, chunk_id)
    if not data.startswith(MAGIC):
        raise DeterministicFailure(f"spill file {path.name} is not a sealed mapwright spill; remove the folder "
                                   f"{path.parent} and re-run the migration step", file=str(path))
    nonce, body = data[len(MAGIC):len(MAGIC) + NONCE_BYTES], data[len(MAGIC) + NONCE_BYTES:]
    try:
        clear = AESGCM(key).decrypt(nonce, body, path.name.encode())
    except InvalidTag:
        raise DeterministicFailure(f"spill file {path.name} does not open with this installation's key (the "
                                   f"secret changed, or the file was altered); remove the folder {path.parent} "
                                   "and re-run the migration step", file=str(path)) from None
    frame = pl.read_ipc(BytesIO(clear))
    if entry is not None:
        check_read(path, entry, None, frame.height, chunk_id)
    return frame
