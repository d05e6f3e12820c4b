"""Partitions: one dynamic partition per mapping run (its ULID run_id)."""

from __future__ import annotations

import dagster as dg

mapping_runs = dg.DynamicPartitionsDefinition(name="mapping_runs")
