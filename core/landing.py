"""Landing-zone logic (no Dagster): which files are new or changed and completely written.

A file becomes *ready* when it is not a temp/hidden name, and its signature (size, mtime) is the
same on two consecutive scans at least ``settle_s`` seconds after its last modification. That
makes the sensor blind to half-written files: a file still being written changes signature
between ticks. Parquet files must also end with the ``PAR1`` footer magic. The cursor remembers
signatures already submitted, so a restart never re-submits, and a changed file (new signature)
becomes a new mapping run. Run ids derive from (path, size, mtime), so even with a lost cursor
the same file yields the same run_id (and Dagster's run_key dedups the request).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from core.contract import RunContract, contract_template

LANDING_SUFFIXES = (".csv", ".tsv", ".txt", ".parquet", ".csv.gz", ".tsv.gz")
TEMP_MARKERS = (".tmp", ".part", ".partial", ".crdownload", ".filepart", ".swp")
DEFAULTS_FILE = "_mapwright.yaml"


class FileSignature(BaseModel):
    """What identifies one version of a landed file."""

    size: int
    mtime_ns: int

    def key(self) -> str:
        """Compact string form."""
        return f"{self.size}:{self.mtime_ns}"


class LandingCursor(BaseModel):
    """Sensor cursor: files submitted (by signature) and files seen once, waiting to settle."""

    submitted: dict[str, str] = Field(default_factory=dict)
    pending: dict[str, str] = Field(default_factory=dict)


class ReadyFile(BaseModel):
    """A landed file that is complete and not yet submitted in this version."""

    path: str
    signature: FileSignature


def _eligible(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith((".", "~", "_")) or any(m in name for m in TEMP_MARKERS):
        return False
    return name.endswith(LANDING_SUFFIXES)


def _complete_parquet(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
            fh.seek(-4, 2)
            return head == b"PAR1" and fh.read(4) == b"PAR1"
    except OSError:
        return False


def scan(folder: Path) -> dict[str, FileSignature]:
    """Eligible files directly under ``folder`` with their signatures (sorted, deterministic)."""
    out: dict[str, FileSignature] = {}
    if not folder.is_dir():
        return out
    for p in sorted(folder.iterdir()):
        if p.is_file() and _eligible(p):
            st = p.stat()
            out[str(p.resolve())] = FileSignature(size=st.st_size, mtime_ns=st.st_mtime_ns)
    return out


def plan_tick(
    cursor: LandingCursor, folder: Path, *, settle_s: float = 5.0, now: float | None = None
) -> tuple[list[ReadyFile], LandingCursor]:
    """Decide which files are ready this tick; returns them and the next cursor."""
    now = time.time() if now is None else now
    files = scan(folder)
    ready: list[ReadyFile] = []
    pending: dict[str, str] = {}
    submitted = dict(cursor.submitted)
    for path, sig in files.items():
        key = sig.key()
        if submitted.get(path) == key:
            continue
        settled = cursor.pending.get(path) == key and (now - sig.mtime_ns / 1e9) >= settle_s
        if settled and path.endswith(".parquet") and not _complete_parquet(Path(path)):
            settled = False
        if settled and sig.size > 0:
            ready.append(ReadyFile(path=path, signature=sig))
            submitted[path] = key
        else:
            pending[path] = key
    return ready, LandingCursor(submitted=submitted, pending=pending)


def folder_defaults(folder: Path) -> dict[str, Any]:
    """Contract defaults for a landing folder from ``_mapwright.yaml`` (empty if absent)."""
    path = folder / DEFAULTS_FILE
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data if isinstance(data, dict) else {}


def contract_for(file: ReadyFile, folder: Path) -> RunContract:
    """The run contract of a landed file: folder defaults + this file as lhs; stable run_id."""
    d = dict(folder_defaults(folder))
    rhs = d.pop("rhs_location", None) or str(folder / "target.yaml")
    mode = d.pop("mode", "data_mode")
    user = d.pop("user_id", "landing_zone")
    role = d.pop("role", "Operator")
    return contract_template(
        lhs_location=file.path,
        rhs_location=rhs,
        mode=mode,
        user_id=user,
        role=role,
        request_key=f"landing:{file.path}:{file.signature.key()}",
        timestamp_ms=file.signature.mtime_ns // 1_000_000,
        audit_tags=["landing_zone"],
        **d,
    )
