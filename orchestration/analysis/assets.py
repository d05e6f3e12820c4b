"""Analysis assets: ``analysis_report`` per mapping run (blocking gate) and the fix-staging job."""


import dagster as dg

from core.analysis.stage import run_analysis, stage_fix
from core.mapping.stage import run_mapping
from orchestration.analysis.wiring import analysis_ports
from orchestration.domains.resources import DomainsResource
from orchestration.mapping.assets import mapping_ports
from orchestration.metadata import materialize_result
from orchestration.migration.assets import TargetResource
from orchestration.partitions import mapping_runs
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource

ANALYSIS_GATE = dg.AssetCheckSpec("analysis_report_gate", asset="analysis_report", blocking=True,
                                  description="No error-severity finding (constraints, keys, limits, rules).")


@dg.asset(partitions_def=mapping_runs, deps=["mapping_plan"], check_specs=[ANALYSIS_GATE], group_name="analysis",
          kinds={"python", "polars"},
          description="Quality report of the mapped data: feasibility, profile, findings with fixes, drift, plots.")
def analysis_report(context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource,
                    target: TargetResource) -> dg.MaterializeResult:
    """Run the accepted plan over the source (data_mode) or check feasibility (metadata_only)."""
    contract = store.contract(context.partition_key)
    outcome = run_analysis(contract, analysis_ports(contract, store.store(), policy.engine(), url=target.url or None))
    out = outcome.output("analysis_report")
    assert out.artifact is not None and out.gate is not None
    return materialize_result(contract, out)


class StageFixConfig(dg.Config):
    """Which proposed fix of which run to stage, and who does it."""

    run_id: str
    fix_id: str
    actor: str
    role: str


@dg.op(description="Stage an Analysis fix as a Mapping override (RBAC checked), then re-plan the mapping.")
def apply_analysis_fix(context: dg.OpExecutionContext, config: StageFixConfig, store: MetadataStoreResource,
                       policy: PolicyResource, pii: PiiMaskerResource, domains: DomainsResource,
                       target: TargetResource) -> dict[str, str]:
    """Record the fix, re-plan; the next analysis_report materialization re-checks the data."""
    contract = store.contract(config.run_id)
    fix = stage_fix(contract, analysis_ports(contract, store.store(), policy.engine(), url=target.url or None),
                    config.fix_id, actor=config.actor, role=config.role)
    _, mports = mapping_ports(config.run_id, store, policy, pii, domains)
    out = run_mapping(contract, mports).output("mapping_plan")
    assert out.artifact is not None
    context.log_event(dg.AssetMaterialization(asset_key="mapping_plan", partition=config.run_id,
                                              metadata={"artifact_hash": out.artifact.content_hash,
                                                        "artifact_version": out.artifact.version,
                                                        "staged_fix": fix.fix_id, **out.figures}))
    return {"fix_id": fix.fix_id, "kind": fix.kind}


@dg.job(description="Stage one Analysis fix (config: run_id, fix_id, actor, role); Mapping re-validates it.")
def stage_analysis_fix_job() -> None:
    """One op staging the configured fix."""
    apply_analysis_fix()
