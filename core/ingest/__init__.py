"""Ingest: sources -> Standard Schema Catalog and masked Sample Pack (ROADMAP §9, Phase 1)."""

from core.ingest.ports import SamplePlan, SourcePort
from core.ingest.stage import SamplePackBundle, build_catalog, build_sample_pack

__all__ = ["SamplePackBundle", "SamplePlan", "SourcePort", "build_catalog", "build_sample_pack"]
