"""One call that migrates: prepare, chunks, validations, promotion, each on the ledger."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from core.errors import MapwrightError
from core.ledger import Decision, LedgerRecorder, Stage
from core.migration import faults
from core.migration.engine import Prepared, Progress, record_validations, run_chunks, validate
from core.migration.models import MigrationRun, MigrationSpec
from core.migration.ports import TargetPort
from dsl.errors import DSLError


def migrate(spec: MigrationSpec, source: pl.DataFrame | pl.LazyFrame, target: TargetPort, *, secret: bytes,
            ledger: LedgerRecorder | None = None, promote: bool = True, progress: Progress | None = None,
            should_stop: Callable[[], bool] | None = None) -> MigrationRun:
    """Load ``source`` through ``spec`` into ``target``; resumable and idempotent.

    ``source`` may be a ``LazyFrame`` (e.g. ``pl.scan_csv``): it is read in batches and spilled per
    chunk, so memory stays bounded whatever its size. A re-run after a kill (or of a finished run)
    redoes only chunks without a checkpoint and promotes at most once. Validations that fail raise
    :class:`ValidationFailed` (nothing promoted).
    """
    try:
        return _migrate(spec, source, target, secret=secret, ledger=ledger, promote=promote,
                        progress=progress, should_stop=should_stop)
    except (MapwrightError, DSLError) as exc:
        if ledger is not None:
            ledger.record_error(Stage.MIGRATION, "migration.failed", exc)
        raise


def _migrate(spec: MigrationSpec, source: pl.DataFrame | pl.LazyFrame, target: TargetPort, *, secret: bytes,
             ledger: LedgerRecorder | None, promote: bool, progress: Progress | None,
             should_stop: Callable[[], bool] | None) -> MigrationRun:
    prior = target.promotion(spec.run_id)
    with Prepared(spec, source) as prep:
        return _load(spec, prep, prior, target, secret=secret, ledger=ledger, promote=promote, progress=progress,
                     should_stop=should_stop)


def _load(spec: MigrationSpec, prep: Prepared, prior: dict[str, str] | None, target: TargetPort, *, secret: bytes,
          ledger: LedgerRecorder | None, promote: bool, progress: Progress | None,
          should_stop: Callable[[], bool] | None) -> MigrationRun:
    if prior is None:
        target.prepare(spec)
        if ledger is not None:
            ledger.record(Stage.MIGRATION, Decision.ACCEPT, "migration.preflight",
                          detail={"target": target.location, "table": spec.table, "rows": prep.rows_in,
                                  "chunks": prep.n_chunks, "batch_size": spec.batch_size,
                                  "disposition": spec.disposition.value, "key": spec.key, "plan_id": prep.plan_id,
                                  "strategy": "ETL", "strategy_reason": "Polars batches (source outside target)"})
        results = run_chunks(prep, target, secret=secret, progress=progress, should_stop=should_stop)
        if ledger is not None:
            for r in results:
                ledger.record(Stage.MIGRATION, Decision.ACCEPT, "migration.chunk",
                              chunk_id=str(r.chunk_id),
                              detail={"noop": r.noop, "rows_in": r.checkpoint.row_count_in,
                                      "rows_out": r.checkpoint.row_count_out,
                                      "quarantined": r.checkpoint.quarantined,
                                      "content_hash": r.checkpoint.content_hash})
    ckpts = target.checkpoints(spec.run_id)
    loaded = sum(c.row_count_out for c in ckpts)
    quarantined = sum(c.quarantined for c in ckpts)
    if prior is not None:
        return MigrationRun(run_id=spec.run_id, table=spec.table, target=target.location,
                            disposition=spec.disposition, chunks=prep.n_chunks, rows_in=prep.rows_in,
                            rows_loaded=loaded, rows_quarantined=quarantined, checksum=prior.get("checksum", ""),
                            validations=[], promoted=True, previous_table=prior.get("previous_table") or None,
                            strategy_reason="already promoted: re-run is a no-op")
    if len(ckpts) < prep.n_chunks:
        return MigrationRun(run_id=spec.run_id, table=spec.table, target=target.location,
                            disposition=spec.disposition, chunks=prep.n_chunks, rows_in=prep.rows_in,
                            rows_loaded=loaded, rows_quarantined=quarantined, checksum="", validations=[],
                            promoted=False, strategy_reason=f"stopped at a chunk boundary: "
                                                            f"{len(ckpts)}/{prep.n_chunks} chunks done")
    checks = validate(prep, target)
    record_validations(spec, checks, ledger)
    total = next((c.actual for c in checks if c.name == "checksum"), "")
    previous: str | None = None
    promoted = False
    if promote:
        faults.point("before_promote")
        previous = target.promote(spec, {"checksum": total, "rows_loaded": str(loaded),
                                         "rows_quarantined": str(quarantined)})
        faults.point("after_promote")
        promoted = True
        if ledger is not None:
            ledger.record(Stage.MIGRATION, Decision.ACCEPT, "migration.promoted",
                          detail={"table": spec.table, "previous_table": previous, "rows": loaded})
    return MigrationRun(run_id=spec.run_id, table=spec.table, target=target.location, disposition=spec.disposition,
                        chunks=prep.n_chunks, rows_in=prep.rows_in, rows_loaded=loaded, rows_quarantined=quarantined,
                        checksum=total, validations=checks, promoted=promoted, previous_table=previous,
                        strategy_reason="Polars batches (ETL): the source is not inside the target database")
