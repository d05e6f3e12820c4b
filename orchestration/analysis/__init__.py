"""Analysis stage in Dagster: the analysis_report asset and the stage_analysis_fix_job."""
