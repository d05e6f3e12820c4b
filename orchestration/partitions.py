"""Partitions: one dynamic partition per mapping run (its ULID run_id)."""

import dagster as dg

MAPPING_RUNS = "mapping_runs"
mapping_runs = dg.DynamicPartitionsDefinition(name=MAPPING_RUNS)
