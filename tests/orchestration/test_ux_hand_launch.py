"""`mapping_run_job` (a launch by hand, README "The Dagster UI") holds only assets whose inputs it builds itself:
an asset whose upstream lies outside the job (promotion after the chunk partitions) starts at once, before Ingest,
fails and leaves a reject on the ledger of a run that never got that far."""

from __future__ import annotations

import dagster as dg

from orchestration.definitions import defs
from orchestration.supervisor.jobs import mapping_run_job


def test_every_asset_of_the_hand_launch_job_has_its_upstream_in_the_job() -> None:
    job = defs.resolve_job_def(mapping_run_job.name)
    graph = defs.resolve_asset_graph()
    selected = {k for k in job.asset_layer.executable_asset_keys}
    assert dg.AssetKey("catalog") in selected and dg.AssetKey("migration_preflight") in selected
    outside = {(k.to_user_string(), p.to_user_string()) for k in selected
               for p in graph.get(k).parent_keys if p not in selected}
    assert outside == set(), outside
