"""Retention of kept migration spills: a run that is never promoted does not keep its spill forever (§14, §45).

A run's sealed spill (``<state>/migration_spill/<run_id>_<spec digest>``, :class:`core.migration.prepared.Prepared`)
is kept between the Dagster steps of the run until the promotion removes it. A run that is never promoted
(failed, abandoned, cancelled, held and never confirmed) would leave it there for ever. :func:`sweep_spills`
removes every kept spill that is older than the retention (``migration.spill_retention_hours`` of the threshold
profile, default 72 hours, counted from when the spill was completed) and whose run is not running now; each
removal is an event on that run's ledger (``migration.spill_expired``). Removing a spill never loses data: it is
a cache of the prepared source, and a later step of the run prepares it again from the source. The sweep runs
when a Migration step prepares its source and from ``mapwright migration sweep-spill``.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from core.ledger import Decision, LedgerPort, LedgerRecorder, Stage
from core.migration.spill_manifest import GONE

__all__ = ["SpillRetention", "SweptSpill", "kept_spills", "sweep_spills"]

#: a kept spill folder: ``<run_id>_<20 hex digits of the spec digest>`` (core.migration.prepared.spill_folder)
_KEPT = re.compile(r"^([0-9A-Za-z]{10,40})_([0-9a-f]{20})$")
#: what a sweep renames a spill to before removing it (a half-removed folder never looks complete)
_GONE = GONE


@dataclass(frozen=True)
class SpillRetention:
    """The retention rule: ``hours`` after completion, unless ``is_live(run_id)`` (a process runs it now)."""

    hours: float
    is_live: Callable[[str], bool]


class SweptSpill(BaseModel):
    """One kept spill the sweep removed."""

    run_id: str
    folder: str
    age_hours: float
    bytes: int


def kept_spills(spill_dir: Path) -> list[tuple[str, Path]]:
    """(run id, folder) of every complete kept spill under ``spill_dir``."""
    if not spill_dir.is_dir():
        return []
    out = []
    for folder in sorted(spill_dir.iterdir()):
        m = _KEPT.match(folder.name)
        if m and folder.is_dir():
            out.append((m.group(1), folder))
    return out


def _completed_at(folder: Path) -> float:
    """When the spill was completed (its manifest is its last file), else when the folder last changed."""
    manifest = folder / "manifest.json"
    try:
        return (manifest if manifest.exists() else folder).stat().st_mtime
    except OSError:
        return time.time()


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def sweep_spills(spill_dir: Path, retention: SpillRetention, ledger: LedgerPort, *, now: float | None = None,
                 policy_version: str | None = None) -> list[SweptSpill]:
    """Remove the kept spills whose retention expired and whose run is not running; ledger each removal."""
    now = time.time() if now is None else now
    swept: list[SweptSpill] = []
    for leftover in spill_dir.glob(f"{_GONE}*") if spill_dir.is_dir() else []:  # a sweep killed mid-removal
        shutil.rmtree(leftover, ignore_errors=True)
    for run_id, folder in kept_spills(spill_dir):
        age_h = (now - _completed_at(folder)) / 3600
        if age_h < retention.hours or retention.is_live(run_id):
            continue
        size = _size(folder)
        doomed = folder.with_name(f"{_GONE}{folder.name}")
        try:
            folder.rename(doomed)
        except OSError:  # removed or reused by another process meanwhile
            continue
        shutil.rmtree(doomed, ignore_errors=True)
        gone = SweptSpill(run_id=run_id, folder=folder.name, age_hours=round(age_h, 2), bytes=size)
        LedgerRecorder(ledger, run_id, policy_version=policy_version).record(
            Stage.MIGRATION, Decision.ACCEPT, "migration.spill_expired",
            detail={"folder": gone.folder, "age_hours": gone.age_hours, "bytes": size,
                    "retention_hours": retention.hours,
                    "reason": "the run's sealed spill outlived the retention and the run is not running; a later "
                              "step of the run prepares it again from the source"})
        swept.append(gone)
    return swept
