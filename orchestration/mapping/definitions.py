"""Definitions of the Mapping stage area (merged into the code location)."""

import dagster as dg

from orchestration.mapping.assets import mapping_plan
from orchestration.mapping.review import review_mapping_job

defs = dg.Definitions(assets=[mapping_plan], jobs=[review_mapping_job])
