"""Definitions of the ingest stage: the ``ingest`` multi-asset (``catalog``, ``sample_pack``) and its gates."""

import dagster as dg

from orchestration.ingest.assets import ingest

defs = dg.Definitions(assets=[ingest])
