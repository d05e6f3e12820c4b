"""Build the Analysis stage's ports (shared by the asset, the fix job and the CLI)."""

from __future__ import annotations

from adapters.metadata_store import MetadataStore
from adapters.targets.factory import open_target
from core.analysis.stage import AnalysisPorts
from core.contract import RunContract
from core.policy import PolicyEngine
from core.thresholds import load_threshold_profile
from orchestration.analysis.source import run_source_batches
from orchestration.migration.wiring import target_url, token_key


def analysis_ports(contract: RunContract, store: MetadataStore, policy: PolicyEngine, *,
                   url: str | None = None) -> AnalysisPorts:
    """Every port of the Analysis stage for ``contract`` (the target is the migration target)."""
    return AnalysisPorts(artifacts=store, ledger=store, policy=policy,
                         profile=load_threshold_profile(contract.threshold_profile_id),
                         source_batches=run_source_batches(contract, store), secret=token_key(),
                         target=open_target(target_url(url)))
