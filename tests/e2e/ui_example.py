"""Build a Dagster instance where the bundled example has run through every stage it can reach.

Run as ``python -m tests.e2e.ui_example`` with MAPWRIGHT_HOME and DAGSTER_HOME set (the browser test
does this in a subprocess so the environment stays its own). Steps, as a person would take them:
``orchestration.example`` (holds at the domain gate), the hold confirmed on the ledger, the later
stages of the run's partition materialized, and the migration assets (pre-flight, every chunk,
promotion) when the run gets there. Prints one JSON line: run_id, the held stage, the stages
materialized and whether the run was promoted.
"""

from __future__ import annotations

import json
import sys

import dagster as dg

from adapters.metadata_store import open_store
from core.ledger import Stage
from core.policy import load_policy_engine
from core.supervisor import StepKind, confirm_stage
from orchestration.definitions import STAGE_ASSETS, resources_for
from orchestration.example import ensure_dagster_home, execute_run, run_example
from orchestration.migration.assets import MIGRATION_CHUNKS, migration_chunks, migration_preflight, promotion
from orchestration.supervisor import evaluate_run

REVIEWER = "ui-reviewer"


def build() -> dict[str, object]:
    """Run the example and carry it as far as it goes; return what was done."""
    ensure_dagster_home()
    contract, _ = run_example()
    run_id = contract.run_id
    store = open_store()
    step, _ = evaluate_run(store, store.require_run(run_id))
    held = step.stage.value if step.kind is StepKind.HOLD and step.stage else None
    later = [k.path[-1] for a in STAGE_ASSETS for k in a.keys]
    if held is not None:
        confirm_stage(store, load_policy_engine(), run_id=run_id, stage=Stage(held), user_id=REVIEWER,
                      role="Operator", note="browser test: reviewed")
        done = {k.path[-1] for k in _materialized(run_id)}
        rest = [a for a in later if a not in done]
        if rest:
            execute_run(run_id, selection=rest)
    promoted = False
    instance = dg.DagsterInstance.get()
    resources = resources_for()
    pre = dg.materialize([migration_preflight], partition_key=run_id, instance=instance, resources=resources,
                         raise_on_error=False, tags={"mapwright/run_id": run_id})
    chunks = instance.get_dynamic_partitions(MIGRATION_CHUNKS)
    if pre.success and chunks:
        for key in chunks:
            dg.materialize([migration_chunks], partition_key=key, instance=instance, resources=resources,
                           raise_on_error=False, tags={"mapwright/run_id": run_id})
        promoted = dg.materialize([promotion], partition_key=run_id, instance=instance, resources=resources,
                                  raise_on_error=False, tags={"mapwright/run_id": run_id}).success
    return {"run_id": run_id, "held": held, "materialized": sorted(k.path[-1] for k in _materialized(run_id)),
            "chunks": len(chunks), "promoted": promoted}


def _materialized(run_id: str) -> list[dg.AssetKey]:
    instance = dg.DagsterInstance.get()
    keys = []
    for key in instance.get_asset_keys():
        parts = instance.get_materialized_partitions(key)
        if run_id in parts or any(p.startswith(f"{run_id}~") for p in parts):
            keys.append(key)
    return keys


if __name__ == "__main__":
    print(json.dumps(build()))
    sys.exit(0)
