"""Dagster side of the Mapping stage: the ``mapping_plan`` asset and the guided-review job."""
