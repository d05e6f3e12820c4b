"""Migration assets: ``migration_preflight`` and ``promotion`` per mapping run, ``migration_chunks`` per chunk.

A chunk is a partition of ``migration_chunks`` (key ``<run_id>~c<nnnnn>``), registered by the
pre-flight, so each chunk's materialization is its checkpoint and a failed chunk re-runs alone.
A single Dagster run may take many chunks (single-run backfill policy): the source is then read
and transformed once, and each chunk still gets its own checkpoint (in the target, with its rows)
and its own materialization figures (rows, content hash, row checks, duration). Every decision is
in :mod:`core.migration.stage`. Chunk steps claim a slot of their target's concurrency pool
(:mod:`orchestration.migration.pools`), so the instance bounds how many write into one database at once.
"""


import warnings
from collections import defaultdict
from typing import Any

import dagster as dg

from core.migration.models import ChunkResult
from core.migration.stage import load_chunks, preflight, promote
from core.run_control import stop_requested
from orchestration.metadata import materialize_result
from orchestration.migration.pools import migration_pool
from orchestration.migration.wiring import migration_ports
from orchestration.partitions import mapping_runs
from orchestration.resources import MetadataStoreResource, PolicyResource

# The single-run backfill policy is what lets one Dagster run take a range of chunks; Dagster
# marks the parameter beta and would warn on every import (every CLI command).
warnings.filterwarnings("ignore", message="Parameter `backfill_policy`", category=dg.BetaWarning)

MIGRATION_CHUNKS = "migration_chunks"
migration_chunk_partitions = dg.DynamicPartitionsDefinition(name=MIGRATION_CHUNKS)

PREFLIGHT_GATE = dg.AssetCheckSpec("migration_preflight_gate", asset="migration_preflight", blocking=True,
                                   description="Only accepted mappings; key strategy; target reachable and "
                                               "writable; chunk plan. metadata_only: dry-run plan only.")
PROMOTION_GATE = dg.AssetCheckSpec("promotion_gate", asset="promotion", blocking=True,
                                   description="row_count, checksum and fk_check pass; promoted atomically.")


class TargetResource(dg.ConfigurableResource):  # type: ignore[misc]
    """The migration target: a SQLAlchemy URL (empty = $MAPWRIGHT_TARGET_URL, else DuckDB under the
    state folder). Passwords only as ``${ENV}`` references, expanded at connect time."""

    url: str = ""


def chunk_key(run_id: str, chunk_id: int) -> str:
    """Partition key of one chunk of a run."""
    return f"{run_id}~c{chunk_id:05d}"


def parse_chunk_key(key: str) -> tuple[str, int]:
    """(run_id, chunk_id) of a chunk partition key."""
    run_id, _, chunk = key.partition("~c")
    return run_id, int(chunk)


@dg.asset(partitions_def=mapping_runs, deps=["mapping_plan"], check_specs=[PREFLIGHT_GATE], group_name="migration",
          kinds={"python"}, description="Pre-flight checklist and chunk plan (a dry-run plan in metadata_only).")
def migration_preflight(context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource,
                        target: TargetResource) -> dg.MaterializeResult:
    """Check the plan and the target; register the run's chunk partitions when it may execute."""
    contract = store.contract(context.partition_key)
    ports = migration_ports(contract, store.store(), policy.engine(), url=target.url or None)
    outcome, spec, chunks = preflight(contract, ports)
    out = outcome.output("migration_preflight")
    # a held pre-flight (existing table, schema evolution) registers them too: once a person confirms MIGRATION, the
    # supervisor requests the chunks without running the pre-flight again (they were missing: the run crashed)
    if spec is not None or (chunks and not out.figures.get("dry_run", True)):
        keys = [chunk_key(contract.run_id, i) for i in range(chunks)]
        new = [k for k in keys if not context.instance.has_dynamic_partition(MIGRATION_CHUNKS, k)]
        if new:
            context.instance.add_dynamic_partitions(MIGRATION_CHUNKS, new)
    return materialize_result(contract, out)


@dg.asset(partitions_def=migration_chunk_partitions, deps=["migration_preflight"], group_name="migration",
          kinds={"python", "polars"}, backfill_policy=dg.BackfillPolicy.single_run(), pool=migration_pool(),
          description="One chunk of the load: transformed, validated, staged with its checkpoint (exactly once).")
def migration_chunks(context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource,
                     target: TargetResource) -> dg.MaterializeResult:
    """Load the chunks of this Dagster run (one or many); each writes its rows and checkpoint atomically."""
    by_run: dict[str, list[int]] = defaultdict(list)
    for key in context.partition_keys:
        run_id, cid = parse_chunk_key(key)
        by_run[run_id].append(cid)
    totals = {"rows_in": 0, "rows_out": 0, "quarantined": 0, "noop": 0}
    meta = store.store()
    for run_id, ids in by_run.items():
        contract = store.contract(run_id)
        ports = migration_ports(contract, meta, policy.engine(), url=target.url or None)
        # load_chunks opens the spill itself: a spill found damaged on opening is on the ledger like a chunk's error
        results = load_chunks(contract, ports, sorted(ids),
                              should_stop=lambda rid=run_id: stop_requested(meta, rid))  # type: ignore[misc]
        if len(results) < len(ids):
            # `mapwright run stop`: every finished chunk is checkpointed; the rest are not materialized.
            raise dg.Failure(f"run {run_id} stopped on a chunk boundary after {len(results)} of {len(ids)} chunk(s); "
                             f"`mapwright run resume {run_id}` loads the rest (checkpointed chunks are no-ops)",
                             allow_retries=False)
        for r in results:
            c = r.checkpoint
            totals["rows_in"] += c.row_count_in
            totals["rows_out"] += c.row_count_out
            totals["quarantined"] += c.quarantined
            totals["noop"] += int(r.noop)
            context.add_asset_metadata(chunk_metadata(r), partition_key=chunk_key(run_id, r.chunk_id))
    n = sum(len(v) for v in by_run.values())
    context.log.info(f"{n} chunk(s) loaded: {totals}")
    return dg.MaterializeResult(metadata={"chunks in this Dagster run": n})


def chunk_metadata(result: ChunkResult) -> dict[str, Any]:
    """What one chunk's partition page shows: its own rows, content hash, row checks and duration."""
    c = result.checkpoint
    return {"run_id": c.run_id, "chunk": c.chunk_id, "rows_in": c.row_count_in, "rows_out": c.row_count_out,
            "quarantined": c.quarantined, **{f"row check: {k}": v for k, v in sorted(c.validations.items())},
            "content_hash": c.content_hash, "checksum": c.checksum,
            "seconds": round((c.finished_at - c.started_at).total_seconds(), 3),
            "already loaded (no-op)": result.noop, "status": str(c.status), "next": c.next_action}


@dg.asset(partitions_def=mapping_runs,
          deps=[dg.AssetDep("migration_chunks", partition_mapping=dg.AllPartitionMapping())],
          check_specs=[PROMOTION_GATE], group_name="migration", kinds={"python"},
          description="Validations over every chunk (row_count, checksum, fk_check), then atomic promotion.")
def promotion(context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource,
              target: TargetResource) -> dg.MaterializeResult:
    """Validate the run's staged chunks against the source-through-plan and promote staging to final."""
    contract = store.contract(context.partition_key)
    ports = migration_ports(contract, store.store(), policy.engine(), url=target.url or None)
    outcome = promote(contract, ports)
    return materialize_result(contract, outcome.output("promotion"))
