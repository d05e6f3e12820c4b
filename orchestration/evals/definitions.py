"""Definitions of the evals area: the golden-set eval asset, its job and the nightly schedule."""

import dagster as dg

from orchestration.domains.evals import golden_eval, golden_eval_job, nightly_golden_eval

defs = dg.Definitions(assets=[golden_eval], jobs=[golden_eval_job], schedules=[nightly_golden_eval])
