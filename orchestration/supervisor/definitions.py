"""Definitions of the run lifecycle: landing-zone and supervisor sensors, mapping-run and confirm jobs."""

import dagster as dg

from orchestration.supervisor.jobs import RUN_JOBS
from orchestration.supervisor.landing import landing_zone
from orchestration.supervisor.sensor import confirm_stage_job, supervisor

defs = dg.Definitions(jobs=[*RUN_JOBS, confirm_stage_job],
                      sensors=[landing_zone, supervisor])
