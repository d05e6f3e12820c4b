"""Content fingerprint of a file source, kept in its catalog: ``run create`` of an existing run compares it with the
source as it is now to say the file changed after the run read it (orchestration/cli.py).

The fingerprint is a SHA-256 over each file's size and SHA-256 (a folder: the files the run reads, by name), so a
``touch``, ``git checkout`` or sync that leaves the bytes alone changes nothing, and new bytes under an old mtime do.
It is one digest of whole files: no value, no per-value hash and no file name is stored.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from core.errors import DeterministicFailure
from core.hashing import content_hash
from core.ingest.files import discover


def _file_digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def source_fingerprint(location: Path) -> str | None:
    """The fingerprint of the file or folder at ``location`` (None when it cannot be read as a source)."""
    try:
        files = discover(location)
        folder = location.is_dir()
        return content_hash([[p.name if folder else "", p.stat().st_size, _file_digest(p)] for p in files])
    except (OSError, DeterministicFailure):
        return None
