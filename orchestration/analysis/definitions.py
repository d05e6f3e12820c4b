"""Definitions of the Analysis stage area (merged into the code location)."""

import dagster as dg

from orchestration.analysis.assets import analysis_report, stage_analysis_fix_job

defs = dg.Definitions(assets=[analysis_report], jobs=[stage_analysis_fix_job])
