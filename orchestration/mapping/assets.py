"""Mapping stage asset: ``mapping_plan``, partitioned by mapping run, with its blocking gate."""

import os
from functools import cache
from typing import Any

import dagster as dg

from adapters.cache import make_cache
from adapters.llm import build_router
from adapters.sources import open_source
from core.contract import RunContract
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.providers import Router, RouterConfig
from core.providers.pii_gate import PiiGate
from core.stage import StageOutcome
from core.vocab.models import CatalogDelta
from orchestration.domains.resources import DomainsResource
from orchestration.metadata import gate_check_result, outcome_metadata
from orchestration.partitions import mapping_runs
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource

MAPPING_GATE = dg.AssetCheckSpec("mapping_plan_gate", asset="mapping_plan", blocking=True,
                                 description="Every target column accepted; holds and fixes wait for a person.")


@cache
def _pii_gate() -> PiiGate:
    """One PII gate per process (its detector loads models once)."""
    from adapters.pii import CombinedPiiDetector

    return PiiGate(CombinedPiiDetector())


def mapping_router(contract: RunContract, store: MetadataStoreResource, policy: PolicyResource,
                   domains: DomainsResource) -> Router:
    """The provider router of the Mapping stage, built from the code location's resources."""
    return stage_router(contract, policy.engine(), store.store(), os.environ.get(domains.cache_url_env) or None)


def stage_router(contract: RunContract, engine: Any, ledger: Any, cache_url: str | None) -> Router:
    """The Mapping stage's router: the contract's routing, the policy engine, the run's ledger and the
    cache; no offline fallback inside the router (Mapping's own rules are the fallback, recorded as
    such). The Dagster asset and the CLI (``mapwright review``, re-plans) both build it here."""
    return build_router(contract, policy=engine, ledger=ledger, cache=make_cache(cache_url),
                        config=RouterConfig(offline_fallback=False), pii_gate=_pii_gate())


def mapping_ports(contract_id: str, store: MetadataStoreResource, policy: PolicyResource, pii: PiiMaskerResource,
                  domains: DomainsResource) -> tuple[RunContract, MappingPorts]:
    """The run's contract and the ports of the Mapping stage, built from resources."""
    contract = store.contract(contract_id)
    engine = policy.engine()
    meta = store.store()
    ports = MappingPorts(policy=engine, ledger=meta, artifacts=meta,
                         profile=policy.profile(contract.threshold_profile_id),
                         domain_catalog=domains.domain_store(meta, engine).live_catalog(), open_source=open_source,
                         masker=pii.masker(), index=domains.index(),
                         router=mapping_router(contract, store, policy, domains))
    return contract, ports


def stage_deltas(outcome: StageOutcome, store: MetadataStoreResource, policy: PolicyResource,
                 domains: DomainsResource) -> int:
    """Stage the alias deltas the plan proposes (promotion stays a person's decision)."""
    deltas = [CatalogDelta.model_validate(d) for d in outcome.extra.get("staged_deltas", [])]
    if deltas:
        domains.domain_store(store.store(), policy.engine()).stage(deltas, actor=f"mapping:{outcome.run_id}")
    return len(deltas)


def outcome_result(outcome: StageOutcome, extra: dict[str, Any] | None = None) -> dg.MaterializeResult:
    """Translate the stage outcome into a materialization with the gate's check result."""
    out = outcome.output("mapping_plan")
    assert out.artifact is not None and out.gate is not None
    meta: dict[str, Any] = {"run_id": outcome.run_id, "artifact_hash": out.artifact.content_hash,
                            "artifact_version": out.artifact.version, **outcome_metadata(out)}
    meta |= extra or {}
    return dg.MaterializeResult(metadata=meta, check_results=[gate_check_result(out.gate)],
                                data_version=dg.DataVersion(out.artifact.content_hash))


@dg.asset(
    partitions_def=mapping_runs,
    deps=["domain_assignments"],
    check_specs=[MAPPING_GATE],
    group_name="mapping",
    kinds={"python"},
    description="Mapping Plan: per target column the source(s), DSL pipeline, compiled SQL, validation and decision.",
)
def mapping_plan(
    context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource, pii: PiiMaskerResource,
    domains: DomainsResource,
) -> dg.MaterializeResult:
    """Plan the mapping of the run's source onto its target and gate it."""
    contract, ports = mapping_ports(context.partition_key, store, policy, pii, domains)
    outcome = run_mapping(contract, ports)
    staged = stage_deltas(outcome, store, policy, domains)
    return outcome_result(outcome, {"staged_deltas": staged})
