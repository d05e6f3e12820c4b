"""Run lifecycle on Dagster: the landing-zone sensor (new runs), the mapping-run job, the supervisor
sensor that advances runs and stops at holds, and the confirmation job for held stages."""
