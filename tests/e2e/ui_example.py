"""Build a Dagster instance where the bundled example has run through every stage it can reach.

Run as ``python -m tests.e2e.ui_example`` with MAPWRIGHT_HOME and DAGSTER_HOME set (the browser test
does this in a subprocess so the environment stays its own). Steps, as a person would take them:
``orchestration.example`` with the reviewed answers file: it holds at the domain gate, the reviewer
named in examples/answers.yaml confirms on the ledger, and the supervisor drives the later stages,
the migration pre-flight, the chunk partitions and the promotion. Prints one JSON line: run_id,
the held stage, the stages materialized and whether the run was promoted.
"""

from __future__ import annotations

import json
import sys

import dagster as dg

from adapters.metadata_store import open_store
from core.supervisor import HOLD_ACTION
from orchestration.answers import load_answers
from orchestration.example import EXAMPLE_ANSWERS, ensure_dagster_home, run_example
from orchestration.migration.assets import MIGRATION_CHUNKS


def build() -> dict[str, object]:
    """Run the example as ``scripts/example.sh`` does (held gates answered from examples/answers.yaml,
    every stage through to promotion); return what was done."""
    ensure_dagster_home()
    contract, _ = run_example(answers=load_answers(EXAMPLE_ANSWERS))
    run_id = contract.run_id
    store = open_store()
    holds = [e.detail.get("stage") for e in store.events(run_id) if e.action == HOLD_ACTION]
    instance = dg.DagsterInstance.get()
    chunks = [k for k in instance.get_dynamic_partitions(MIGRATION_CHUNKS) if k.startswith(f"{run_id}~")]
    materialized = sorted(k.path[-1] for k in _materialized(run_id))
    return {"run_id": run_id, "held": holds[0] if holds else None, "materialized": materialized,
            "chunks": len(chunks), "promoted": "promotion" in materialized}


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
