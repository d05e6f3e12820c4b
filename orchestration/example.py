"""The README's main job: a complete mapping run on the bundled example, through Dagster.

Runs on the embedded defaults (SQLite metadata store under MAPWRIGHT_HOME, a Dagster instance
under DAGSTER_HOME, the offline provider), so it needs no server. The run is deterministic:
the same example, contract and seed give the same run_id, artifacts and hashes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import dagster as dg

from adapters.metadata_store import MetadataStore, open_store
from core.contract import Mode, RunContract, contract_template
from core.errors import PolicyBlock
from core.ledger import Decision, LedgerEvent, Stage
from core.paths import EXAMPLES, PROJECT_ROOT, var_dir
from core.policy import PolicyEngine, load_policy_engine
from core.supervisor import StepKind
from orchestration.orphans import materialize_in_process
from orchestration.partitions import MAPPING_RUNS

EXAMPLE_SOURCE = EXAMPLES / "source" / "customers.csv"
EXAMPLE_TARGET = EXAMPLES / "target" / "customers_target.yaml"


def example_contract(mode: Mode | str = Mode.DATA_MODE) -> RunContract:
    """The bundled example's run contract (stable run_id per mode)."""
    return contract_template(
        lhs_location=str(EXAMPLE_SOURCE.relative_to(PROJECT_ROOT)),
        rhs_location=str(EXAMPLE_TARGET.relative_to(PROJECT_ROOT)),
        mode=mode,
        user_id="example",
        role="Operator",
        request_key=f"bundled-example:{mode}",
        timestamp_ms=1_767_225_600_000,  # 2026-01-01T00:00:00Z: fixed so the run_id is stable
        audit_tags=["example"],
    )


def ensure_dagster_home() -> Path:
    """Point DAGSTER_HOME at var/dagster_home (with the repo's dagster.yaml) unless already set."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(var_dir() / "dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    if not target.exists():
        target.write_text((PROJECT_ROOT / "dagster.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return home


def execute_run(
    run_id: str, *, db_url: str | None = None, instance: dg.DagsterInstance | None = None,
    selection: list[str] | None = None,
) -> dg.ExecuteInProcessResult:
    """Materialize a mapping run's stage assets (all, or ``selection``) for its partition, in-process,
    in the persistent Dagster instance, so the run shows up in the UI like any other."""
    from orchestration.definitions import STAGE_ASSETS, resources_for

    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    if not instance.has_dynamic_partition(MAPPING_RUNS, run_id):
        instance.add_dynamic_partitions(MAPPING_RUNS, [run_id])
    return materialize_in_process(  # fails runs a killed earlier process left STARTED, then runs
        STAGE_ASSETS, partition_key=run_id, instance=instance, resources=resources_for(db_url),
        selection=selection, raise_on_error=False, tags={"mapwright/run_id": run_id, "mapwright/lane": "batch"},
    )


def create_example_run(contract: RunContract, store: MetadataStore, engine: PolicyEngine | None = None) -> bool:
    """Store ``contract`` as a run (idempotent; True if created) after the policy engine's contract
    checks (create_run, local_only_override RBAC); a refusal is recorded on the ledger and raised."""
    engine = engine or load_policy_engine()
    try:
        engine.require_contract(contract, stage=Stage.SUPERVISOR.value)
    except PolicyBlock as exc:
        store.append(LedgerEvent(run_id=contract.run_id, stage=Stage.SUPERVISOR, decision=Decision.REJECT,
                                 action="run.create", contract_hash=contract.contract_hash(),
                                 policy_version=engine.version, error_code=str(exc.code),
                                 detail={"source": "example", **exc.to_dict()}))
        raise
    _, created = store.save_run(contract, event=LedgerEvent(
        run_id=contract.run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action="run.create",
        contract_hash=contract.contract_hash(), policy_version=engine.version, detail={"source": "example"}))
    return created


def run_example(mode: Mode | str = Mode.DATA_MODE) -> tuple[RunContract, dg.ExecuteInProcessResult]:
    """Create the example run (idempotent) and materialize its stages in the persistent instance."""
    contract = example_contract(mode)
    create_example_run(contract, open_store())
    return contract, execute_run(contract.run_id)


def main(argv: list[str] | None = None) -> int:
    """CLI: ``python -m orchestration.example [--mode metadata_only|data_mode]``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.DATA_MODE.value)
    args = parser.parse_args(argv)
    contract, result = run_example(args.mode)
    from orchestration.supervisor.sensor import evaluate_run

    store = open_store()
    step, _ = evaluate_run(store, store.require_run(contract.run_id))
    record = store.require_run(contract.run_id)
    print(f"mapping run {contract.run_id} ({contract.mode.value}): run status {record.status.value}; "
          f"dagster run {result.run_id}")
    for stage, summary in store.decision_summary(contract.run_id).stages.items():
        print(f"  {stage:<10} last decision {summary.last_decision.value:<7} ({summary.last_action})")
    if step.kind is StepKind.HOLD and step.stage is not None:
        print(f"  HELD at {step.stage.value}: " + "; ".join(step.reasons))
        print(f"  review the assignments in the UI, then: mapwright run confirm {contract.run_id} "
              f"--stage {step.stage.value} --user <you> --role Operator")
    print(f"  inspect: mapwright run show {contract.run_id} | mapwright ledger {contract.run_id}")
    print(f"  UI:      scripts/ui.sh  (DAGSTER_HOME={os.environ['DAGSTER_HOME']})")
    return 0 if result.success or step.kind in (StepKind.HOLD, StepKind.COMPLETE) else 1


if __name__ == "__main__":
    sys.exit(main())
