"""Jobs: one per step of the supervisor's stage plan, and one for the whole run.

The supervisor requests each step of a mapping run as a run of that step's job (``ingest_job``,
``domains_job``, ``mapping_job``, ``analysis_job``, ``migration_preflight_job``,
``migration_chunks_job``, ``promotion_job``), so the Runs page says which stage ran. The mapping-run
steps take the run's partition (its run_id); ``migration_chunks_job`` loads chunk partitions of
``migration_chunks`` (one Dagster run may take a range of them: single-run backfill policy).
``mapping_run_job`` selects the stages from Ingest to the pre-flight, for a person who (re-)launches
stages by hand (``mapwright run launch``, the UI). A step is one Dagster step (one asset, or the
ingest multi-asset, with its checks), so the step jobs run it in the run worker itself (in-process
executor): no second process per run importing the code location again.
"""

from __future__ import annotations

import dagster as dg

from core.supervisor import STAGE_PLAN, StageStep

LANE = {"mapwright/lane": "batch"}


def step_job_name(step: StageStep) -> str:
    """The job of one step of the stage plan (``domains_job``, ``migration_chunks_job``, ...)."""
    return f"{step.key.lower()}_job"


def _describe(step: StageStep) -> str:
    what = ", ".join(step.assets)
    gates = f"; blocking gate(s): {', '.join(step.gates)}" if step.gates else ""
    if step.chunked:
        return (f"{step.stage.value} stage, chunk load: {what} over a range of a mapping run's chunk partitions; "
                "each chunk is one checkpoint.")
    return f"{step.stage.value} stage of one mapping run (partition = run_id): {what}{gates}."


#: The job of each step of the stage plan, by step key.
STEP_JOBS: dict[str, dg.UnresolvedAssetJobDefinition] = {
    step.key: dg.define_asset_job(step_job_name(step), selection=dg.AssetSelection.assets(*step.assets),
                                  description=_describe(step), tags=LANE, executor_def=dg.in_process_executor)
    for step in STAGE_PLAN
}

#: Not ``promotion``: it needs the loaded chunks (other partitions, ``migration_chunks_job``), so inside this job
#: it started at once, before Ingest, failed ("no accepted Mapping Plan") and left a MIGRATION reject on the ledger.
mapping_run_job = dg.define_asset_job(
    "mapping_run_job",
    selection=dg.AssetSelection.groups("ingest", "domains", "mapping", "analysis")
    | dg.AssetSelection.assets("migration_preflight"),
    description="The stages of one mapping run (partition = run_id) from Ingest to the migration pre-flight, by "
                "hand; gates block later stages. The chunks and promotion follow as migration_chunks_job and "
                "promotion_job. The supervisor runs the stages one job each (ingest_job ... promotion_job).",
    tags=LANE,
)

migration_chunks_job = STEP_JOBS["migration_chunks"]
ingest_job = STEP_JOBS[STAGE_PLAN[0].key]

#: Every job a mapping run's steps use.
RUN_JOBS = [*STEP_JOBS.values(), mapping_run_job]


def job_for_step(step_key: str) -> dg.UnresolvedAssetJobDefinition:
    """The job that runs ``step_key`` of the stage plan (``mapping_run_job`` for an unknown key)."""
    return STEP_JOBS.get(step_key, mapping_run_job)
