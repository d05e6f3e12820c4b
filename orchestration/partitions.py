"""Partitions: one dynamic partition per mapping run (its ULID run_id)."""

import dagster as dg

from core.contract import Lane

MAPPING_RUNS = "mapping_runs"
mapping_runs = dg.DynamicPartitionsDefinition(name=MAPPING_RUNS)

LANE_TAG = "mapwright/lane"


def run_lane(context: dg.AssetExecutionContext) -> Lane | None:
    """The lane the supervisor chose for this Dagster run (its ``mapwright/lane`` tag), if any."""
    value = context.run.tags.get(LANE_TAG)
    return Lane(value) if value in {lane.value for lane in Lane} else None
