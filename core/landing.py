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
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.contract import Lane, Mode, Role, RoutingProfile, RunContract, contract_template
from core.errors import DeterministicFailure
from core.yamlio import read_yaml

LANDING_SUFFIXES = (".csv", ".tsv", ".txt", ".parquet", ".csv.gz", ".tsv.gz", ".csv.bz2", ".tsv.bz2", ".csv.xz",
                    ".tsv.xz", ".csv.zst", ".tsv.zst")
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


class LandingDefaults(BaseModel):
    """What a landing folder's ``_mapwright.yaml`` may set. Identity-defining keys (run_id, lhs,
    request keys) are not allowed: they come from the landed file."""

    model_config = ConfigDict(extra="forbid")

    mode: Mode = Mode.DATA_MODE
    rhs_location: str | None = None
    user_id: str = "landing_zone"
    role: Role = Role.OPERATOR
    routing_profile: RoutingProfile | None = None
    threshold_profile_id: str | None = None
    lane_hint: Lane | None = None
    sample_caps: dict[str, int] | None = None
    human_confirm_required: bool | None = None
    audit_tags: list[str] = Field(default_factory=list)
    provider_allowlist: list[str] | None = None
    provider_denylist: list[str] | None = None
    seed: int | None = None
    #: whether the landed files' first record is their header (``auto``: detected; see the contract's ``lhs.header``)
    header: Literal["auto", "present", "absent"] = "auto"
    #: turns the contract's ``pii_policy.local_only_override`` on; the sensor refuses it (policy
    #: engine, §32) unless ``role`` is Maintainer or Admin
    local_only_override: bool | None = None


def folder_defaults(folder: Path) -> LandingDefaults:
    """Contract defaults for a landing folder from ``_mapwright.yaml`` (built-in defaults if absent).

    A malformed file is a DETERMINISTIC_FAILURE naming the problem (the sensor records it per
    file and keeps scanning)."""
    path = folder / DEFAULTS_FILE
    if not path.is_file():
        return LandingDefaults()
    try:
        data = read_yaml(path) or {}
        return LandingDefaults.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise DeterministicFailure(f"invalid landing defaults {path}: {exc}", stage="SUPERVISOR",
                                   path=str(path)) from None


def contract_for(file: ReadyFile, folder: Path) -> RunContract:
    """The run contract of a landed file: folder defaults + this file as lhs; stable run_id."""
    d = folder_defaults(folder)
    extra = d.model_dump(exclude_none=True, exclude={"mode", "rhs_location", "user_id", "role", "audit_tags",
                                                      "local_only_override", "header"})
    if d.header != "auto":
        extra["lhs"] = {"source": {"type": "file"}, "location": file.path, "header": d.header}
    if d.local_only_override is not None:
        extra["pii_policy"] = {"mask_before_send": True, "local_only_override": d.local_only_override}
    return contract_template(
        lhs_location=file.path,
        rhs_location=d.rhs_location or str(folder / "target.yaml"),
        mode=d.mode,
        user_id=d.user_id,
        role=d.role,
        request_key=f"landing:{file.path}:{file.signature.key()}",
        timestamp_ms=file.signature.mtime_ns // 1_000_000,
        audit_tags=["landing_zone", *d.audit_tags],
        **extra,
    )
