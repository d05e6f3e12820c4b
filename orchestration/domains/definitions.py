"""Definitions of the domaining stage: the ``domain_assignments`` asset and its gate."""

import dagster as dg

from orchestration.domains.assets import domain_assignments

defs = dg.Definitions(assets=[domain_assignments])
