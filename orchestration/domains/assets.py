"""Domaining stage asset: ``domain_assignments``, partitioned by mapping run, with its gate."""

import dagster as dg

from core.artifacts import ArtifactKind
from core.catalog import Catalog, SamplePack
from core.contract import Mode
from core.domains.assignments import DomainAssignments
from core.domains.stage import assign_domains
from core.gates import domain_assignments_gate, record_gate
from core.ingest.stage import SamplePackBundle
from orchestration.domains.resources import DomainsResource
from orchestration.metadata import gate_check_result, markdown_table, run_metadata
from orchestration.partitions import mapping_runs, run_lane
from orchestration.resources import MetadataStoreResource, PolicyResource

DOMAIN_GATE = dg.AssetCheckSpec("domain_assignments_gate", asset="domain_assignments", blocking=True,
                                description="Every column High; borderline and unknown columns hold the run.")


def assignments_markdown(result: DomainAssignments) -> str:
    """Assignments with band, score, decider and the top evidence, as a Markdown table."""
    return markdown_table(
        ["table", "column", "domain", "band", "score", "by", "pii", "rationale"],
        [[a.table, a.original_name, a.domain_id or "unknown", a.band.value, f"{a.score:.2f}", a.decided_by,
          a.pii_entity or ("yes" if a.pii else ""), a.rationale] for a in result.assignments],
    )


@dg.asset(
    partitions_def=mapping_runs,
    deps=["catalog", "sample_pack"],
    check_specs=[DOMAIN_GATE],
    group_name="domains",
    kinds={"python"},
    description="Semantic domain per column with confidence band, evidence and version references.",
)
def domain_assignments(
    context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource,
    domains: DomainsResource,
) -> dg.MaterializeResult:
    """Assign domains from the catalog (and, in data_mode, the masked sample) and gate them."""
    contract = store.contract(context.partition_key)
    engine = policy.engine()
    meta = store.store()
    cat_artifact = meta.latest(contract.run_id, ArtifactKind.CATALOG)
    if cat_artifact is None:
        raise dg.Failure(f"run {contract.run_id} has no catalog artifact; materialize `catalog` first")
    packs: list[SamplePack] | None = None
    if contract.mode is Mode.DATA_MODE:
        pack_artifact = meta.latest(contract.run_id, ArtifactKind.SAMPLE_PACK)
        packs = SamplePackBundle.model_validate(pack_artifact.payload).packs if pack_artifact else None
    dstore = domains.domain_store(meta, engine)
    domain_catalog = dstore.live_catalog()
    result, artifact = assign_domains(
        contract, Catalog.model_validate(cat_artifact.payload), packs, policy=engine, ledger=meta, artifacts=meta,
        domain_catalog=domain_catalog, index=domains.index(),
        arbiter=domains.arbiter(contract, engine, meta, domain_catalog, lane=run_lane(context)),
        profile=policy.profile(contract.threshold_profile_id),
    )
    staged = dstore.stage(result.staged_deltas, actor=f"arbiter:{contract.run_id}") if result.staged_deltas else []
    gate = domain_assignments_gate(result.summary)
    record_gate(store.recorder(contract, engine.version), gate, outputs_hash=artifact.content_hash)
    return dg.MaterializeResult(
        metadata={
            **run_metadata(contract, artifact),
            "catalog_version": result.refs.catalog_version,
            "staged_deltas": len(staged),
            "columns": result.summary.get("columns", 0),
            **{f"columns_{k}": result.summary.get(k, 0) for k in ("high", "borderline", "low", "unknown", "pii")},
            "assignments": dg.MetadataValue.md(assignments_markdown(result)),
        },
        check_results=[gate_check_result(gate)],
        data_version=dg.DataVersion(artifact.content_hash),
    )
