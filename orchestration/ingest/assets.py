"""Ingest stage assets: ``catalog`` and ``sample_pack``, partitioned by mapping run.

Each asset is a few lines around a core stage function; its blocking gate check is declared on
the asset itself (``check_specs``), so a failed gate stops downstream stages of that run only.
"""


from collections.abc import Iterator

import dagster as dg

from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import Mode, RunContract
from core.gates import GateResult, catalog_gate, record_gate, sample_pack_gate
from core.ingest.ports import SourcePort
from core.ingest.stage import build_catalog, build_sample_pack
from core.ledger import Decision, Stage
from core.policy import Action, PolicyEngine, PolicyRequest
from orchestration.metadata import catalog_markdown, gate_check_result, run_metadata, sample_markdown
from orchestration.partitions import mapping_runs
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource

CATALOG_GATE = dg.AssetCheckSpec("catalog_gate", asset="catalog", blocking=True,
                                 description="Catalog has tables with unique, typed columns.")
SAMPLE_GATE = dg.AssetCheckSpec("sample_pack_gate", asset="sample_pack", blocking=True,
                                description="Sample within caps, PII masked; none at all in metadata_only.")


def _catalog(contract: RunContract, source: SourcePort, store: MetadataStoreResource, engine: PolicyEngine,
             *, prefetch_samples: bool) -> tuple[dg.MaterializeResult, GateResult]:
    meta = store.store()
    cat, artifact = build_catalog(contract, source, policy=engine, ledger=meta, artifacts=meta,
                                  prefetch_samples=prefetch_samples)
    gate = catalog_gate(cat)
    record_gate(store.recorder(contract, engine.version), gate, outputs_hash=artifact.content_hash)
    return dg.MaterializeResult(
        asset_key="catalog",
        metadata={
            **run_metadata(contract, artifact),
            "tables": len(cat.tables),
            "columns": sum(len(t.columns) for t in cat.tables),
            "preview": dg.MetadataValue.md(catalog_markdown(cat)),
        },
        check_results=[gate_check_result(gate, "catalog")],
        data_version=dg.DataVersion(artifact.content_hash),
    ), gate


def _sample_pack(contract: RunContract, source: SourcePort | None, store: MetadataStoreResource,
                 engine: PolicyEngine, pii: PiiMaskerResource) -> dg.MaterializeResult:
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
            asset_key="sample_pack",
            metadata={**run_metadata(contract), "rows": 0, "policy": "; ".join(decision.reasons)},
            check_results=[gate_check_result(gate, "sample_pack")],
        )
    cat = Catalog.model_validate(cat_artifact.payload)
    packs, artifact = build_sample_pack(
        contract, cat, source or open_source(contract.lhs), policy=engine, ledger=meta, artifacts=meta,
        masker=pii.masker(),
    )
    gate = sample_pack_gate(contract, packs)
    record_gate(recorder, gate, outputs_hash=artifact.content_hash)
    return dg.MaterializeResult(
        asset_key="sample_pack",
        metadata={
            **run_metadata(contract, artifact),
            "rows": sum(p.row_count for p in packs),
            "bytes": sum(p.byte_size for p in packs),
            "seed": contract.seed,
            "pii_mask_applied": all(p.pii_mask_applied for p in packs),
            "masked_sample": dg.MetadataValue.md(sample_markdown(packs)),
        },
        check_results=[gate_check_result(gate, "sample_pack")],
        data_version=dg.DataVersion(artifact.content_hash),
    )


@dg.multi_asset(
    name="ingest",
    specs=[
        dg.AssetSpec("catalog", group_name="ingest", kinds={"python", "polars"}, skippable=True,
                     description="Standard Schema Catalog of the run's source (files or read-only SQL)."),
        dg.AssetSpec("sample_pack", deps=["catalog"], group_name="ingest", kinds={"python"}, skippable=True,
                     description="Deterministic, capped, PII-masked Sample Pack (data_mode only)."),
    ],
    check_specs=[CATALOG_GATE, SAMPLE_GATE],
    partitions_def=mapping_runs,
    can_subset=True,
)
def ingest(
    context: dg.AssetExecutionContext, store: MetadataStoreResource, policy: PolicyResource,
    pii: PiiMaskerResource,
) -> Iterator[dg.MaterializeResult]:
    """The ingest stage in one step, so a file source is scanned once for statistics and sample.

    ``catalog`` and ``sample_pack`` stay two assets with their own blocking gates: when the
    catalog gate holds, the sample pack is not built (as a blocking check would do between two
    steps). Either asset can be materialized alone (the supervisor re-requests only what is missing).
    """
    contract = store.contract(context.partition_key)
    engine = policy.engine()
    selected = {k.path[-1] for k in context.selected_asset_keys}
    source = open_source(contract.lhs)
    if "catalog" in selected:
        result, gate = _catalog(contract, source, store, engine, prefetch_samples="sample_pack" in selected)
        yield result
        if not gate.passed:
            return
    if "sample_pack" in selected:
        yield _sample_pack(contract, source, store, engine, pii)
