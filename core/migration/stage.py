"""The Migration stage entry points (§14): pre-flight, chunks, promotion — every decision here.

``run_migration`` does all three in one process (the CLI and the embedded example); Dagster
calls :func:`preflight` (asset ``migration_preflight``), :func:`load_chunks` (asset
``migration_chunks``, one partition per chunk: each materialization is its checkpoint) and
:func:`promote` (asset ``promotion``). In metadata_only the policy engine refuses
``migration_execute``: pre-flight stores a dry-run plan (chunk plan, key strategy, estimates,
checks) and the stage stops there, by design.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl
from pydantic import BaseModel, ConfigDict, Field

from core.artifacts import ArtifactKind, ArtifactStorePort
from core.catalog import Catalog
from core.contract import Mode, RunContract
from core.display import Table
from core.errors import DeterministicFailure, MapwrightError
from core.gates import GateResult, record_gate
from core.ledger import Decision, LedgerPort, LedgerRecorder, Stage
from core.mapping.plan import MappingPlan
from core.mapping.target import TargetCatalog
from core.migration.chunks import chunk_count
from core.migration.elt import EltPort, choose_strategy
from core.migration.elt_stage import run_elt
from core.migration.engine import Prepared, record_validations, run_chunks, validate
from core.migration.models import (
    ChunkResult,
    Disposition,
    MigrationRun,
    MigrationSpec,
    ValidationResult,
    validations_table,
)
from core.migration.plan_spec import spec_from_plan
from core.migration.ports import TargetPort
from core.migration.schema_diff import diff_catalogs
from core.migration.sql_source import SqlSourceRef
from core.policy import Action, PolicyEngine, PolicyRequest
from core.stage import OutputOutcome, StageOutcome
from dsl.errors import DSLError

#: rows/s used for the pre-flight time estimate (measured by benchmarks/bench_migration.py, rounded down)
ESTIMATE_ROWS_PER_S = 70_000
#: why ETL when no SQL source is given (or the run is a dry run)
ETL_REASON = "the source is not inside the target database: Polars batches (ETL)"


class PreflightCheck(BaseModel):
    """One item of the pre-flight checklist."""

    model_config = ConfigDict(frozen=True)

    name: str
    passed: bool
    detail: str


class Preflight(BaseModel):
    """Pre-flight artifact: the checklist, key strategy and chunk plan (a dry-run plan in metadata_only)."""

    model_config = ConfigDict(frozen=True)

    run_id: str
    mode: str
    dry_run: bool
    target: str
    table: str
    disposition: Disposition
    key: list[str]
    key_strategy: str
    strategy: str = "ETL"
    strategy_reason: str = ETL_REASON
    rows_estimate: int | None
    batch_size: int
    chunks: int
    time_estimate_s: float | None
    checks: list[PreflightCheck] = Field(default_factory=list)
    columns: dict[str, list[str]] = Field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """Every check passed."""
        return all(c.passed for c in self.checks)


@dataclass
class MigrationPorts:
    """What the Migration stage needs from the outside world."""

    artifacts: ArtifactStorePort
    ledger: LedgerPort
    policy: PolicyEngine
    target: TargetPort
    #: the source table (standardized column names, values as strings); a LazyFrame is read in batches
    source_frame: Callable[[], pl.DataFrame | pl.LazyFrame]
    secret: bytes
    batch_size: int
    validation_checks: list[str]
    disposition: Disposition = Disposition.REPLACE
    #: (run_id, source catalog) of the previous run over the same source, for schema evolution
    previous_catalog: Callable[[], tuple[str, Catalog] | None] | None = None
    #: the source as a SQL table (ELT when it is inside the target database; see core.migration.elt)
    sql_source: SqlSourceRef | None = None


def _recorder(contract: RunContract, ports: MigrationPorts) -> LedgerRecorder:
    return LedgerRecorder(ports.ledger, contract.run_id, contract_hash=contract.contract_hash(),
                          policy_version=ports.policy.version)


def _inputs(contract: RunContract, ports: MigrationPorts) -> tuple[MappingPlan, TargetCatalog, int | None]:
    plan_art = ports.artifacts.latest(contract.run_id, ArtifactKind.MAPPING_PLAN)
    target_art = ports.artifacts.latest(contract.run_id, ArtifactKind.TARGET_CATALOG)
    if plan_art is None or target_art is None:
        raise DeterministicFailure(f"run {contract.run_id} has no accepted Mapping Plan; run the mapping stage "
                                   "first", run_id=contract.run_id, stage="MIGRATION")
    cat_art = ports.artifacts.latest(contract.run_id, ArtifactKind.CATALOG)
    rows = None
    if cat_art is not None:
        rows = sum(int(t.get("row_estimate") or 0) for t in cat_art.payload.get("tables", [])) or None
    return MappingPlan.model_validate(plan_art.payload), TargetCatalog.model_validate(target_art.payload), rows


def compile_spec(contract: RunContract, ports: MigrationPorts) -> tuple[MigrationSpec, int | None]:
    """The run's migration spec from its accepted plan (raises MigrationNotReady while columns are open)."""
    plan, target, rows = _inputs(contract, ports)
    return spec_from_plan(plan, target, batch_size=ports.batch_size, validation_checks=ports.validation_checks,
                          disposition=ports.disposition), rows


def preflight(contract: RunContract, ports: MigrationPorts) -> tuple[StageOutcome, MigrationSpec | None, int]:
    """Pre-flight checklist artifact + gate; returns (outcome, spec when executable, chunk count)."""
    rec = _recorder(contract, ports)
    try:
        return _preflight(contract, ports, rec)
    except (MapwrightError, DSLError) as exc:
        rec.record_error(Stage.MIGRATION, "migration.preflight", exc)
        raise


def _preflight(contract: RunContract, ports: MigrationPorts,
               rec: LedgerRecorder) -> tuple[StageOutcome, MigrationSpec | None, int]:
    spec, rows = compile_spec(contract, ports)
    decision = ports.policy.evaluate(PolicyRequest(action=Action.MIGRATION_EXECUTE, mode=contract.mode,
                                                   run_id=contract.run_id, role=contract.rbac_actor.role))
    dry = contract.mode is Mode.METADATA_ONLY or not decision.allowed
    checks = [PreflightCheck(name="accepted_mappings_only", passed=True,
                             detail=f"{len(spec.pipelines)} accepted column pipelines")]
    checks.append(PreflightCheck(name="key", passed=True, detail=f"natural key {spec.key}"))
    if dry:
        checks.append(PreflightCheck(name="execution", passed=True,
                                     detail="dry run: " + "; ".join(decision.reasons or ["metadata_only"])))
    else:
        try:
            ports.target.prepare(spec)
            checks.append(PreflightCheck(name="target_writable", passed=True,
                                         detail=f"{ports.target.location}: staging and bookkeeping tables ready"))
        except (MapwrightError, DSLError) as exc:
            checks.append(PreflightCheck(name="target_writable", passed=False, detail=exc.message))
    checks.extend(_schema_evolution(contract, ports, rec))
    strategy, strategy_reason = choose(spec, ports, dry)
    chunks = chunk_count(rows or 0, spec.batch_size)
    pf = Preflight(run_id=contract.run_id, mode=contract.mode.value, dry_run=dry, target=ports.target.location,
                   table=spec.table, disposition=spec.disposition, key=spec.key,
                   key_strategy="composite" if len(spec.key) > 1 else "natural", rows_estimate=rows,
                   strategy=strategy, strategy_reason=strategy_reason,
                   batch_size=spec.batch_size, chunks=chunks,
                   time_estimate_s=None if rows is None else round(rows / ESTIMATE_ROWS_PER_S, 1), checks=checks,
                   columns={c.name: c.sources for c in spec.columns})
    art = ports.artifacts.put(ArtifactKind.MIGRATION_RUN, contract.run_id, {"preflight": pf.model_dump(mode="json")},
                              contract_hash=contract.contract_hash(), policy_version=ports.policy.version)
    rec.record(Stage.MIGRATION, Decision.ACCEPT if pf.passed else Decision.HOLD, "migration.preflight",
               outputs_hash=art.content_hash, detail={"dry_run": dry, "chunks": chunks, "rows": rows,
                                                      "target": pf.target, "table": pf.table,
                                                      "strategy": strategy, "strategy_reason": strategy_reason,
                                                      "checks": {c.name: c.passed for c in checks}})
    problems = [f"{c.name}: {c.detail}" for c in checks if not c.passed]
    gate = GateResult(gate="migration_preflight_gate", passed=not problems,
                      decision=Decision.ACCEPT if not problems else Decision.HOLD,
                      reasons=problems or (["dry run only (metadata_only)"] if dry else ["pre-flight checks pass"]),
                      figures={"chunks": chunks, "rows": rows or 0, "dry_run": str(dry)})
    record_gate(rec, gate, outputs_hash=art.content_hash)
    table = Table.of(["check", "passed", "detail"], [[c.name, "yes" if c.passed else "NO", c.detail] for c in checks])
    out = OutputOutcome(name="migration_preflight", artifact=art.ref, gate=gate, tables={"pre-flight": table},
                        figures={"chunks": chunks, "rows_estimate": rows or 0, "dry_run": dry, "table": spec.table,
                                 "target": pf.target, "batch_size": spec.batch_size, "strategy": strategy})
    return (StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[out]),
            None if dry or problems else spec, chunks)


def choose(spec: MigrationSpec, ports: MigrationPorts, dry: bool) -> tuple[str, str]:
    """ELT or ETL for this source and target, with the reason (recorded in the pre-flight)."""
    src = ports.sql_source
    if src is None or dry:
        return "ETL", ETL_REASON
    strategy, reason, _ = choose_strategy(spec, ports.target, src.url, src.table)
    return strategy, reason


def _schema_evolution(contract: RunContract, ports: MigrationPorts, rec: LedgerRecorder) -> list[PreflightCheck]:
    """Diff the run's source schema against the previous run's (§42); breaking changes hold until confirmed."""
    prev = ports.previous_catalog() if ports.previous_catalog is not None else None
    cat_art = ports.artifacts.latest(contract.run_id, ArtifactKind.CATALOG)
    if prev is None or cat_art is None:
        return []
    prev_run, prev_cat = prev
    diffs = diff_catalogs(prev_cat, Catalog.model_validate(cat_art.payload), previous=f"run {prev_run}")
    changes = [c for d in diffs for c in d.changes]
    rec.record(Stage.MIGRATION, Decision.ACCEPT, "migration.schema_diff",
               detail={"previous_run": prev_run, "changes": [c.model_dump(mode="json") for c in changes]})
    breaking = [d for d in diffs if d.breaking]
    if not breaking:
        return [PreflightCheck(name="schema_evolution", passed=True,
                               detail=f"{len(changes)} additive change(s) since run {prev_run}" if changes
                               else f"same schema as run {prev_run}")]
    confirmed = any(e.action == "human.confirm" and e.detail.get("stage") == Stage.MIGRATION.value
                    and e.decision is Decision.ACCEPT for e in ports.ledger.events(contract.run_id))
    return [PreflightCheck(name="schema_evolution", passed=confirmed,
                           detail=("confirmed: " if confirmed else "") + "; ".join(d.question() for d in breaking))]


def prepared(contract: RunContract, ports: MigrationPorts) -> Prepared:
    """The run's source transformed, validated and chunked (spilled per chunk to disk)."""
    spec, _ = compile_spec(contract, ports)
    return Prepared(spec, ports.source_frame())


def load_chunks(contract: RunContract, ports: MigrationPorts, chunk_ids: list[int] | None = None, *,
                prep: Prepared | None = None, should_stop: Callable[[], bool] | None = None,
                progress: Callable[[int, int, int], None] | None = None) -> list[ChunkResult]:
    """Load the given chunks (default: every chunk without a checkpoint), each recorded on the ledger."""
    rec = _recorder(contract, ports)
    prep = prep or prepared(contract, ports)
    results = run_chunks(prep, ports.target, secret=ports.secret, chunks=chunk_ids, progress=progress,
                         should_stop=should_stop)
    for r in results:
        rec.record(Stage.MIGRATION, Decision.ACCEPT, "migration.chunk", outputs_hash=r.checkpoint.content_hash,
                   detail={"chunk_id": r.chunk_id, "noop": r.noop, "rows_in": r.checkpoint.row_count_in,
                           "rows_out": r.checkpoint.row_count_out,
                           "quarantined": r.checkpoint.quarantined, "content_hash": r.checkpoint.content_hash})
    return results


def promote(contract: RunContract, ports: MigrationPorts, *, prep: Prepared | None = None) -> StageOutcome:
    """Validate every chunk's checkpoint against the source-through-plan, then promote atomically."""
    rec = _recorder(contract, ports)
    try:
        return _promote(contract, ports, rec, prep)
    except (MapwrightError, DSLError) as exc:
        rec.record_error(Stage.MIGRATION, "migration.promote", exc)
        raise


def _promote(contract: RunContract, ports: MigrationPorts, rec: LedgerRecorder, prep: Prepared | None) -> StageOutcome:
    prep = prep or prepared(contract, ports)
    spec, target = prep.spec, ports.target
    t0 = time.perf_counter()
    prior = target.promotion(spec.run_id)
    checks: list[ValidationResult] = [] if prior else validate(prep, target)
    ckpts = target.checkpoints(spec.run_id)
    loaded, quarantined = sum(c.row_count_out for c in ckpts), sum(c.quarantined for c in ckpts)
    record_validations(spec, checks, rec)
    checksum = prior["checksum"] if prior else next((c.actual for c in checks if c.name == "checksum"), "")
    previous = prior.get("previous_table") if prior else target.promote(
        spec, {"checksum": checksum, "rows_loaded": str(loaded), "rows_quarantined": str(quarantined)})
    run = MigrationRun(run_id=spec.run_id, table=spec.table, target=target.location, disposition=spec.disposition,
                       chunks=prep.n_chunks, rows_in=prep.rows_in, rows_loaded=loaded, rows_quarantined=quarantined,
                       checksum=checksum, validations=checks, promoted=True, previous_table=previous or None,
                       strategy_reason="re-run of a promoted run: no-op" if prior else
                       ETL_REASON)
    art = ports.artifacts.put(ArtifactKind.MIGRATION_RUN, contract.run_id, run, contract_hash=contract.contract_hash(),
                              policy_version=ports.policy.version)
    if not prior:
        rec.record(Stage.MIGRATION, Decision.ACCEPT, "migration.promoted", outputs_hash=art.content_hash,
                   detail={"table": spec.table, "previous_table": previous, "rows": loaded,
                           "quarantined": quarantined})
    gate = GateResult(gate="promotion_gate", passed=True, decision=Decision.ACCEPT,
                      reasons=["validations pass; promoted atomically" if not prior else "already promoted"],
                      figures={"rows_loaded": loaded, "rows_quarantined": quarantined, "chunks": prep.n_chunks})
    record_gate(rec, gate, outputs_hash=art.content_hash)
    vt = validations_table(checks)
    out = OutputOutcome(name="promotion", artifact=art.ref, gate=gate, tables={"validations": vt},
                        figures={"rows_in": prep.rows_in, "rows_loaded": loaded, "rows_quarantined": quarantined,
                                 "chunks": prep.n_chunks, "table": spec.table, "target": target.location,
                                 "previous_table": previous or "", "seconds": round(time.perf_counter() - t0, 3)})
    return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[out])


def run_migration(contract: RunContract, ports: MigrationPorts, *,
                  progress: Callable[[int, int, int], None] | None = None,
                  should_stop: Callable[[], bool] | None = None) -> StageOutcome:
    """Pre-flight, every chunk, validations and promotion in one process (CLI, embedded example).

    metadata_only (or a role without ``migration_execute``) ends after the dry-run pre-flight; a
    stop request lands on a chunk boundary and the outcome says how far it got.
    """
    outcome, spec, _ = preflight(contract, ports)
    if spec is None:
        return outcome
    if outcome.outputs[0].figures.get("strategy") == "ELT" and ports.sql_source is not None:
        assert isinstance(ports.target, EltPort)
        done = run_elt(contract, spec, ports.sql_source, ports.target, secret=ports.secret,
                       artifacts=ports.artifacts, rec=_recorder(contract, ports), policy_version=ports.policy.version)
        return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[*outcome.outputs, *done.outputs])
    with Prepared(spec, ports.source_frame()) as prep:  # the spec pre-flight compiled: no second plan read
        load_chunks(contract, ports, prep=prep, should_stop=should_stop, progress=progress)
        if len(ports.target.checkpoints(contract.run_id)) < prep.n_chunks:
            return outcome.model_copy(update={"extra": {"stopped": True}})
        done = promote(contract, ports, prep=prep)
    return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[*outcome.outputs, *done.outputs])
