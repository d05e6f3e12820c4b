"""The Dagster code location of mapwright."""

import dagster as dg

from orchestration.analysis.assets import analysis_report, stage_analysis_fix_job
from orchestration.domains.assets import domain_assignments
from orchestration.domains.evals import golden_eval, golden_eval_job, nightly_golden_eval
from orchestration.domains.resources import DomainsResource
from orchestration.ingest.assets import ingest
from orchestration.jobs import mapping_run_job, migration_chunks_job
from orchestration.mapping.assets import mapping_plan
from orchestration.mapping.review import review_mapping_job
from orchestration.migration.assets import TargetResource, migration_chunks, migration_preflight, promotion
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource
from orchestration.sensors import LandingZoneResource, landing_zone
from orchestration.supervisor import confirm_stage_job, supervisor

#: Stage assets in stage order (ROADMAP §5).
STAGE_ASSETS = [ingest, domain_assignments, mapping_plan, analysis_report]
#: Every asset a mapping run materializes, in stage order (the supervisor's jobs select from these).
RUN_ASSETS = [*STAGE_ASSETS, migration_preflight, migration_chunks, promotion]


def resources_for(db_url: str | None = None) -> dict[str, object]:
    """Resources of the code location; ``db_url`` overrides MAPWRIGHT_DB_URL (read at run time;
    neither = embedded SQLite)."""
    return {
        "store": MetadataStoreResource(db_url=db_url or ""),
        "policy": PolicyResource(),
        "pii": PiiMaskerResource(),
        "landing": LandingZoneResource(),
        "target": TargetResource(),
        "domains": DomainsResource(
            index_backend=dg.EnvVar("MAPWRIGHT_VECTOR_BACKEND").get_value("hnswlib") or "hnswlib"),
    }


defs = dg.Definitions(
    assets=[*RUN_ASSETS, golden_eval],
    jobs=[mapping_run_job, migration_chunks_job, confirm_stage_job, golden_eval_job, review_mapping_job,
          stage_analysis_fix_job],
    schedules=[nightly_golden_eval],
    sensors=[landing_zone, supervisor],
    resources=resources_for(),
)
