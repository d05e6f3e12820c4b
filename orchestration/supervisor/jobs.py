"""Jobs: the mapping-run job over the stage assets of a run partition, and the chunk job.

``mapping_run_job`` holds every asset partitioned by mapping run (Ingest through the migration
pre-flight and promotion); ``migration_chunks_job`` loads chunk partitions of ``migration_chunks``
(one Dagster run may take a range of them: single-run backfill policy). The supervisor sensor
targets both.
"""

from __future__ import annotations

import dagster as dg

mapping_run_job = dg.define_asset_job(
    "mapping_run_job",
    selection=dg.AssetSelection.groups("ingest", "domains", "mapping", "analysis")
    | dg.AssetSelection.assets("migration_preflight", "promotion"),
    description="Walk the stages of one mapping run (partition = run_id); gates block later stages.",
    tags={"mapwright/lane": "batch"},
)

migration_chunks_job = dg.define_asset_job(
    "migration_chunks_job",
    selection=dg.AssetSelection.assets("migration_chunks"),
    description="Load chunks of a mapping run's migration (partition range = the run's chunks); "
                "each chunk is one checkpoint.",
    tags={"mapwright/lane": "batch"},
)
