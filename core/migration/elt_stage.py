"""The ELT branch of the Migration stage: run the plan inside the target, store the run, gate the promotion."""

from __future__ import annotations

from core.artifacts import ArtifactKind, ArtifactStorePort
from core.contract import RunContract
from core.errors import MapwrightError
from core.gates import GateResult, record_gate
from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.elt import EltPort, choose_strategy, migrate_elt
from core.migration.errors import StrategyChanged
from core.migration.models import MigrationSpec, validations_table
from core.migration.settle import ALREADY_PROMOTED
from core.migration.sql_source import SqlSourceRef
from core.stage import OutputOutcome, StageOutcome


def run_elt(contract: RunContract, spec: MigrationSpec, source: SqlSourceRef, target: EltPort, *, secret: bytes,
            artifacts: ArtifactStorePort, rec: LedgerRecorder, policy_version: str) -> StageOutcome:
    """Migrate ``source`` inside ``target`` (ELT), store the Migration Run artifact and pass the promotion gate."""
    try:
        strategy, reason, query = choose_strategy(spec, target, source.url, source.table)
        if strategy != "ELT" or query is None:  # the pre-flight chose ELT; a changed source table is a clear error
            raise StrategyChanged(spec.run_id, source.table, reason.removesuffix(": Polars batches"))
        run = migrate_elt(spec, source.table, query, target, secret=secret, reason=reason, ledger=rec)
    except MapwrightError as exc:  # a refused write (space, permissions): rolled back, on the ledger
        rec.record_error(Stage.MIGRATION, "migration.elt", exc)
        raise
    art = artifacts.put(ArtifactKind.MIGRATION_RUN, contract.run_id, run, contract_hash=contract.contract_hash(),
                        policy_version=policy_version)
    gate = GateResult(gate="promotion_gate", passed=True, decision=Decision.ACCEPT,
                      reasons=["already promoted (ELT)" if run.strategy_reason == ALREADY_PROMOTED
                               else "validations pass; promoted atomically (ELT)"],
                      figures={"rows_loaded": run.rows_loaded, "rows_quarantined": run.rows_quarantined,
                               "chunks": run.chunks})
    record_gate(rec, gate, outputs_hash=art.content_hash)
    vt = validations_table(run.validations)
    out = OutputOutcome(name="promotion", artifact=art.ref, gate=gate, tables={"validations": vt},
                        figures={"rows_in": run.rows_in, "rows_loaded": run.rows_loaded, "strategy": "ELT",
                                 "rows_quarantined": run.rows_quarantined, "chunks": run.chunks, "table": spec.table,
                                 "target": run.target, "previous_table": run.previous_table or ""})
    return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[out],
                        extra={"migration_run": run.model_dump(mode="json")})
