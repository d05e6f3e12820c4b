"""The manifest of a spill: every file it holds, with its rows, size and SHA-256 (§14: never load a partial chunk).

A spill (:class:`core.migration.prepared.Prepared`) is complete when its ``manifest.json`` is there, its last
file. Beside the run's figures the manifest lists each sealed file with the rows it holds, its size in bytes and
the SHA-256 of its bytes. A kept spill is read again by later steps of the run, possibly hours later: a tmp
cleaner, a full disk or a person may have removed or changed some of its files meanwhile. Two checks keep such
a spill from reading as empty or short chunks:

* when a kept spill is opened (:func:`spill_damage`): every listed file is there with its size, and no chunk
  file is there that the manifest does not list (cheap: no file is read). A damaged spill is set aside
  (:func:`set_aside`) and prepared again from the source; the stage records ``migration.spill_rebuilt``;
* when a chunk is read (:func:`chunk_files`, :func:`check_read`): the chunk's files are exactly the listed ones,
  each file's bytes have the listed SHA-256 and the frame the listed rows. Otherwise :class:`SpillDamaged` is
  raised (the chunk fails, on the ledger, nothing of it loaded) and the spill is set aside, so the step's
  re-run rebuilds it.

A manifest written before files were listed has ``files`` None: such a spill cannot be checked and is rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from pydantic import BaseModel

from core.migration.errors import SpillDamaged

__all__ = ["SpillFile", "SpillManifest", "chunk_files", "check_read", "file_entry", "kept_manifest", "same_build",
           "set_aside", "spill_damage"]

#: the prefix a spill gets when it is removed (shared with core.migration.spill_retention: a sweep finishes a
#: removal a kill interrupted)
GONE = ".expired-"


class SpillFile(BaseModel):
    """One sealed file of a spill."""

    rows: int
    bytes: int
    sha256: str


class SpillManifest(BaseModel):
    """``manifest.json`` of a spill (its presence marks the spill complete)."""

    rows_in: int
    n_chunks: int
    plan_id: str
    #: every sealed file of the spill by name; None: written before files were listed (cannot be checked)
    files: dict[str, SpillFile] | None = None
    #: random id of this build of the spill (a rebuilt spill has another: a worker holding an older manifest
    #: never sets the fresh one aside)
    spill_id: str = ""
    #: the spill was built while the run had finished chunks already (a rebuild after damage or removal, possibly
    #: from a changed source): every finished chunk is staged again against it before promotion
    reload_finished: bool = False
    #: the source snapshot the spill was read from (:mod:`core.migration.source_id`; "" unknown)
    source_id: str = ""


def file_entry(data: bytes, rows: int) -> SpillFile:
    """The manifest entry of a sealed file of ``rows`` rows whose bytes are ``data``."""
    return SpillFile(rows=rows, bytes=len(data), sha256=hashlib.sha256(data).hexdigest())


def spill_damage(folder: Path, manifest: SpillManifest) -> str | None:
    """What is wrong with a complete spill's files (None: every listed file is there with its size, and no
    unlisted sealed file is): the cheap check of an opened kept spill."""
    if manifest.files is None:
        return "its manifest lists no files (written by an earlier version), so it cannot be checked"
    missing, changed = [], []
    for name, entry in sorted(manifest.files.items()):
        try:
            size = (folder / name).stat().st_size
        except OSError:
            missing.append(name)
            continue
        if size != entry.bytes:
            changed.append(name)
    extra = sorted(p.name for p in folder.glob("*.arrow") if p.name not in manifest.files)
    parts = [f"{len(v)} {what} ({', '.join(v[:3])}{', ...' if len(v) > 3 else ''})"
             for v, what in ((missing, "listed files missing"), (changed, "files of another size"),
                             (extra, "unlisted files")) if v]
    return "; ".join(parts) or None


def kept_manifest(folder: Path, name: str) -> tuple[SpillManifest | None, str | None]:
    """(manifest, None) of a complete kept spill in ``folder`` (``name``: its manifest file); (None, None) when there
    is none; (None, what is wrong) when it is damaged (:func:`spill_damage`, a missing or unreadable manifest),
    after setting it aside: either way the caller prepares the spill again."""
    if not folder.exists():
        return None, None
    build: str | None = None  # the damaged build's id: set aside only while the folder still holds that build
    try:
        meta = SpillManifest.model_validate_json((folder / name).read_text())
    except FileNotFoundError:
        problem: str | None = "its manifest is missing"
    except ValueError:
        problem = "its manifest does not read"
    else:
        problem, build = spill_damage(folder, meta), meta.spill_id
        if problem is None:
            return meta, None
    set_aside(folder, name=name, spill_id=build)
    return None, problem


def chunk_files(folder: Path, files: dict[str, SpillFile], prefix: str, chunk_id: int) -> list[tuple[Path, SpillFile]]:
    """The files of one chunk (names ``<prefix><chunk>_b<batch>.arrow``) as the manifest lists them, in order;
    :class:`SpillDamaged` when the folder holds another set (a file removed, or one that is not the spill's)."""
    stem = f"{prefix}{chunk_id:07d}_b"
    listed = sorted(n for n in files if n.startswith(stem))
    present = sorted(p.name for p in folder.glob(f"{stem}*.arrow"))
    if present != listed:
        gone, extra = sorted(set(listed) - set(present)), sorted(set(present) - set(listed))
        raise SpillDamaged(str(folder), f"{len(gone)} of the chunk's listed files missing, {len(extra)} unlisted",
                           chunk_id=chunk_id)
    return [(folder / n, files[n]) for n in listed]


def check_read(path: Path, entry: SpillFile, data: bytes | None, rows: int | None, chunk_id: int | None) -> None:
    """Raise :class:`SpillDamaged` unless ``data`` (the bytes read from ``path``; None: not checked here) and
    ``rows`` (the frame's rows; None: not decoded yet) are what the manifest lists."""
    if data is not None and (len(data) != entry.bytes or hashlib.sha256(data).hexdigest() != entry.sha256):
        raise SpillDamaged(str(path.parent), f"file {path.name} changed since the spill was completed",
                           chunk_id=chunk_id)
    if rows is not None and rows != entry.rows:
        raise SpillDamaged(str(path.parent), f"file {path.name} holds {rows} rows, the manifest lists {entry.rows}",
                           chunk_id=chunk_id)


def same_build(folder: Path, name: str, spill_id: str) -> bool:
    """Whether the spill in ``folder`` is still the build ``spill_id`` (its manifest ``name`` reads and has that id;
    a missing or unreadable manifest: True, nothing newer is there)."""
    try:
        return SpillManifest.model_validate_json((folder / name).read_text()).spill_id == spill_id
    except (OSError, ValueError):
        return True


def set_aside(folder: Path, *, name: str = "", spill_id: str | None = None) -> bool:
    """Move a damaged spill out of the way (renamed, then removed: a half-removed folder never looks complete);
    False when it was gone already (another process set it aside) or, with ``spill_id``, when the folder holds
    another build of the spill now (another worker rebuilt it: a fresh spill is never removed for an old one)."""
    if spill_id is not None and not same_build(folder, name, spill_id):
        return False
    doomed = folder.with_name(f"{GONE}{folder.name}.{os.getpid()}.{os.urandom(4).hex()}")
    try:
        folder.rename(doomed)
    except OSError:
        return False
    shutil.rmtree(doomed, ignore_errors=True)
    return True
