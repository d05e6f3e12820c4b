"""The Dagster code location of mapwright: one definitions module per area, merged, plus resources.

Areas: ``orchestration.ingest``, ``orchestration.domains``, ``orchestration.mapping``, ``orchestration.analysis``,
``orchestration.migration`` (stage assets and their gates),
``orchestration.supervisor`` (run lifecycle: sensors and jobs) and ``orchestration.evals``.
A new stage adds its own ``definitions.py`` and one line here; the whole graph is pinned by
tests/orchestration/test_code_location_snapshot.py.
"""

import dagster as dg

from orchestration.analysis import definitions as analysis_area
from orchestration.analysis.assets import analysis_report
from orchestration.domains import definitions as domains_area
from orchestration.domains.assets import domain_assignments
from orchestration.domains.resources import DomainsResource
from orchestration.evals import definitions as evals_area
from orchestration.ingest import definitions as ingest_area
from orchestration.ingest.assets import ingest
from orchestration.mapping import definitions as mapping_area
from orchestration.mapping.assets import mapping_plan
from orchestration.migration import definitions as migration_area
from orchestration.migration.assets import TargetResource, migration_chunks, migration_preflight, promotion
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource
from orchestration.supervisor import definitions as supervisor_area
from orchestration.supervisor.landing import LandingZoneResource

#: Stage assets in stage order (ROADMAP §5).
STAGE_ASSETS = [ingest, domain_assignments, mapping_plan, analysis_report]
#: Every asset a mapping run materializes, in stage order (the supervisor's jobs select from these).
RUN_ASSETS = [*STAGE_ASSETS, migration_preflight, migration_chunks, promotion]
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


# The areas' Definitions are reached through their modules: one Definitions object at module scope here.
defs = dg.Definitions.merge(
    ingest_area.defs,
    domains_area.defs,
    mapping_area.defs,
    analysis_area.defs,
    migration_area.defs,
    supervisor_area.defs,
    evals_area.defs,
    dg.Definitions(resources=resources_for()),
)
