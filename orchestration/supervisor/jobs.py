"""Jobs: one mapping-run job over the stage assets of a run partition."""

from __future__ import annotations

import dagster as dg

mapping_run_job = dg.define_asset_job(
    "mapping_run_job",
    selection=dg.AssetSelection.groups("ingest", "domains", "mapping"),
    description="Walk the stages of one mapping run (partition = run_id); gates block later stages.",
    tags={"mapwright/lane": "batch"},
)
