"""The Dagster code location of mapwright."""

from __future__ import annotations

import dagster as dg

from orchestration.ingest.assets import catalog, sample_pack
from orchestration.jobs import mapping_run_job
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource
from orchestration.sensors import LandingZoneResource, landing_zone

defs = dg.Definitions(
    assets=[catalog, sample_pack],
    jobs=[mapping_run_job],
    sensors=[landing_zone],
    resources={
        "store": MetadataStoreResource(db_url=dg.EnvVar("MAPWRIGHT_DB_URL").get_value("") or ""),
        "policy": PolicyResource(),
        "pii": PiiMaskerResource(),
        "landing": LandingZoneResource(),
    },
)
