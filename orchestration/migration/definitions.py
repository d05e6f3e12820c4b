"""Definitions of the Migration stage area (merged into the code location)."""

import dagster as dg

from orchestration.migration.assets import migration_chunks, migration_preflight, promotion

MIGRATION_ASSETS = [migration_preflight, migration_chunks, promotion]

defs = dg.Definitions(assets=MIGRATION_ASSETS)
