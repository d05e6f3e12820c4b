"""Release of quarantined rows after promotion (§14 quarantine, §32 RBAC by the caller).

The run's source is transformed and validated again with the plan as it is now (a fixed
mapping, a widened allowed-values list); a quarantined row is released when its key now
yields a valid row. Released rows go through the same path as any load: a release run
(``<run>R<digest>``) with the merge disposition writes them as a chunk with its checkpoint,
validates (row_count, checksum, fk_check) and merges them into the promoted table in one
transaction, the previous version kept for rollback. Their quarantine records are then removed
from the original run and the release is recorded on the ledger (counts, tokens, release run).
Rows that still fail stay quarantined with their reasons.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

import polars as pl
from pydantic import BaseModel, ConfigDict

from core.contract import RunContract
from core.ledger import Decision, Stage
from core.migration.constraints import REASONS
from core.migration.engine import Prepared, key_token
from core.migration.errors import ResumeMismatch
from core.migration.models import Disposition, MigrationRun
from core.migration.prepared import ROW_COL
from core.migration.stage import run_migration
from core.migration.stage_ports import MigrationPorts, compile_spec, recorder


class ReleaseResult(BaseModel):
    """What a release did."""

    model_config = ConfigDict(frozen=True)

    run_id: str
    release_run_id: str | None
    quarantined_before: int
    released: int
    still_quarantined: int
    merge: MigrationRun | None = None


def release_run_id(run_id: str, tokens: list[str]) -> str:
    """Id of the release run: the original id + ``R`` + a digest of the released tokens (unique, stable)."""
    return f"{run_id}R{hashlib.sha256(','.join(sorted(tokens)).encode()).hexdigest()[:9]}"


def release_quarantine(contract: RunContract, ports: MigrationPorts, *, actor: str | None = None) -> ReleaseResult:
    """Re-validate the run's quarantined rows and merge those that now pass into the promoted table.

    The merge is a release run of the Migration stage (:func:`run_migration` with the release spec
    and the released source rows); the released records then leave the run's quarantine.
    """
    spec, _ = compile_spec(contract, ports)
    target, secret = ports.target, ports.secret
    if target.promotion(spec.run_id) is None:
        raise ResumeMismatch(spec.run_id, "release after promotion needs a promoted run; before promotion the "
                                          "quarantined chunks are re-run with `mapwright quarantine release`")
    records = target.quarantine(spec.run_id)
    wanted = {r.key_token for r in records}
    valid_parts, tokens = [], []
    with Prepared(spec, ports.source_frame) as prep:  # chunk by chunk from the spill: bounded by a chunk's size
        for cid in range(prep.n_chunks):
            part = prep.chunk(cid).filter(pl.col(REASONS).list.len() == 0)
            toks = [key_token(secret, tuple(row)) for row in part.select(spec.key).iter_rows()]
            hit = pl.Series("hit", [t in wanted for t in toks], dtype=pl.Boolean)
            valid_parts.append(part.filter(hit).select(ROW_COL))
            tokens += [t for t in toks if t in wanted]
        rows = pl.concat(valid_parts)[ROW_COL] if valid_parts else pl.Series(ROW_COL, [], dtype=pl.UInt64)
        released_rows = prep.source_rows_of(rows) if rows.len() else None
    released = sorted(set(tokens))
    if not released:
        result = ReleaseResult(run_id=spec.run_id, release_run_id=None, quarantined_before=len(records), released=0,
                               still_quarantined=len(records))
    else:
        rel_id = release_run_id(spec.run_id, released)
        assert released_rows is not None
        src_cols = [c for c in released_rows.columns if c.startswith("__src_")]
        subset = released_rows.select([pl.col(c).alias(c.removeprefix("__src_")) for c in src_cols])
        rel_spec = spec.model_copy(update={"run_id": rel_id, "disposition": Disposition.MERGE})
        rel_ports = replace(ports, spec=rel_spec, source_frame=lambda: subset, disposition=Disposition.MERGE,
                            sql_source=None, previous_catalog=None, spill_dir=None)
        outcome = run_migration(contract, rel_ports)
        merge = MigrationRun.model_validate(outcome.extra["migration_run"]) if "migration_run" in outcome.extra \
            else None
        removed = target.drop_quarantined(spec.run_id, released) if merge is not None and merge.promoted else 0
        result = ReleaseResult(run_id=spec.run_id, release_run_id=rel_id, quarantined_before=len(records),
                               released=removed, still_quarantined=len(records) - removed, merge=merge)
    recorder(contract, ports).record(
        Stage.MIGRATION, Decision.ACCEPT, "quarantine.release", actor=actor,
        detail={"after_promotion": True, "release_run_id": result.release_run_id, "before": result.quarantined_before,
                "released": result.released, "still_quarantined": result.still_quarantined, "tokens": released})
    return result
