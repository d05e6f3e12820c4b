"""Pre-flight of the Migration stage (§14): the checklist artifact, the ELT/ETL choice, schema evolution.

In metadata_only (or for a role without ``migration_execute``) the pre-flight stores a dry-run
plan (chunk plan, key strategy, estimates, checks) and the stage stops there, by design.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import Mode, RunContract
from core.display import Table
from core.errors import MapwrightError
from core.gates import GateResult, record_gate
from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.chunks import chunk_count
from core.migration.elt import choose_strategy
from core.migration.existing_table import existing_table_check
from core.migration.models import Disposition, MigrationSpec
from core.migration.schema_diff import diff_catalogs
from core.migration.stage_ports import ETL_REASON, MigrationPorts, compile_spec, recorder
from core.policy import Action, PolicyRequest
from core.stage import OutputOutcome, StageOutcome
from dsl.errors import DSLError

#: rows/s used for the pre-flight time estimate (measured by benchmarks/bench_migration.py, rounded down)
ESTIMATE_ROWS_PER_S = 70_000


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


def preflight(contract: RunContract, ports: MigrationPorts) -> tuple[StageOutcome, MigrationSpec | None, int]:
    """Pre-flight checklist artifact + gate; returns (outcome, spec when executable, chunk count)."""
    rec = recorder(contract, ports)
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
    origin = "given by the caller (release run)" if ports.spec is not None else "accepted"
    checks = [PreflightCheck(name="accepted_mappings_only", passed=True,
                             detail=f"{len(spec.pipelines)} {origin} column pipelines")]
    checks.append(PreflightCheck(name="key", passed=True, detail=f"natural key {spec.key}"))
    if dry:
        checks.append(PreflightCheck(name="execution", passed=True,
                                     detail="dry run: " + "; ".join(decision.reasons or ["metadata_only"])))
    elif ports.target.promotion(spec.run_id) is not None:
        checks.append(PreflightCheck(name="target_writable", passed=True,
                                     detail=f"{ports.target.location}: run already promoted, a re-run is a no-op"))
    else:
        try:
            ports.target.prepare(spec)
            checks.append(PreflightCheck(name="target_writable", passed=True,
                                         detail=f"{ports.target.location}: staging and bookkeeping tables ready"))
            existing = existing_table_check(spec, ports.target, ports.ledger.events(contract.run_id))
            if existing is not None:
                checks.append(PreflightCheck(name="existing_table", passed=existing[0], detail=existing[1]))
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
