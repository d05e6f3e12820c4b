"""Migration stage in Dagster: pre-flight, chunk partitions (checkpoints), promotion."""
