"""Ingest stage assets: ``catalog`` and ``sample_pack``, partitioned by mapping run.

Each asset is a few lines around a core stage function; its blocking gate check is declared on
the asset itself (``check_specs``), so a failed gate stops downstream stages of that run only.
"""


import dagster as dg

from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import Mode
from core.gates import catalog_gate, record_gate, sample_pack_gate
from core.ingest.stage import build_catalog, build_sample_pack
from core.ledger import Decision, Stage
from core.policy import Action, PolicyRequest
from orchestration.metadata import catalog_markdown, gate_check_result, run_metadata, sample_markdown
from orchestration.partitions import mapping_runs
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource

CATALOG_GATE = dg.AssetCheckSpec("catalog_gate", asset="catalog", blocking=True,
                                 description="Catalog has tables with unique, typed columns.")
SAMPLE_GATE = dg.AssetCheckSpec("sample_pack_gate", asset="sample_pack", blocking=True,
                                description="Sample within caps, PII masked; none at all in metadata_only.")


@dg.asset(
    partitions_def=mapping_runs,
    check_specs=[CATALOG_GATE],
    group_name="ingest",
    kinds={"python", "polars"},
    description="Standard Schema Catalog of the run's source (files or read-only SQL).",
)
def catalog(
    context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource
) -> dg.MaterializeResult:
    """Build, store and gate the catalog of this mapping run."""
    contract = store.contract(context.partition_key)
    engine = policy.engine()
    meta = store.store()
    cat, artifact = build_catalog(contract, open_source(contract.lhs), policy=engine, ledger=meta, artifacts=meta)
    gate = catalog_gate(cat)
    record_gate(store.recorder(contract, engine.version), gate, outputs_hash=artifact.content_hash)
    return dg.MaterializeResult(
        metadata={
            **run_metadata(contract, artifact),
            "tables": len(cat.tables),
            "columns": sum(len(t.columns) for t in cat.tables),
            "preview": dg.MetadataValue.md(catalog_markdown(cat)),
        },
        check_results=[gate_check_result(gate)],
        data_version=dg.DataVersion(artifact.content_hash),
    )


@dg.asset(
    partitions_def=mapping_runs,
    deps=["catalog"],
    check_specs=[SAMPLE_GATE],
    group_name="ingest",
    kinds={"python"},
    description="Deterministic, capped, PII-masked Sample Pack (data_mode only).",
)
def sample_pack(
    context: dg.AssetExecutionContext,
    store: MetadataStoreResource,
    policy: PolicyResource,
    pii: PiiMaskerResource,
) -> dg.MaterializeResult:
    """Sample the source under the contract's caps and mask PII; refused in metadata_only."""
    contract = store.contract(context.partition_key)
    engine = policy.engine()
    meta = store.store()
    recorder = store.recorder(contract, engine.version)
    cat_artifact = meta.latest(contract.run_id, ArtifactKind.CATALOG)
    if cat_artifact is None:
        raise dg.Failure(f"run {contract.run_id} has no catalog artifact; materialize `catalog` first")
    if contract.mode is Mode.METADATA_ONLY:
        # No row is read: the policy engine refuses row samples in metadata_only. Record that.
        decision = engine.evaluate(PolicyRequest(action=Action.ROW_SAMPLES, mode=contract.mode,
                                                 run_id=contract.run_id))
        recorder.record(Stage.INGEST, Decision.ACCEPT, "sample_pack.skipped",
                        detail={"reason": decision.reasons, "rules": decision.rules})
        gate = sample_pack_gate(contract, [])
        record_gate(recorder, gate)
        return dg.MaterializeResult(
            metadata={**run_metadata(contract), "rows": 0, "policy": "; ".join(decision.reasons)},
            check_results=[gate_check_result(gate)],
        )
    cat = Catalog.model_validate(cat_artifact.payload)
    packs, artifact = build_sample_pack(
        contract, cat, open_source(contract.lhs), policy=engine, ledger=meta, artifacts=meta, masker=pii.masker()
    )
    gate = sample_pack_gate(contract, packs)
    record_gate(recorder, gate, outputs_hash=artifact.content_hash)
    return dg.MaterializeResult(
        metadata={
            **run_metadata(contract, artifact),
            "rows": sum(p.row_count for p in packs),
            "bytes": sum(p.byte_size for p in packs),
            "seed": contract.seed,
            "pii_mask_applied": all(p.pii_mask_applied for p in packs),
            "masked_sample": dg.MetadataValue.md(sample_markdown(packs)),
        },
        check_results=[gate_check_result(gate)],
        data_version=dg.DataVersion(artifact.content_hash),
    )
