"""Ingest stage assets: ``catalog`` and ``sample_pack``, partitioned by mapping run.

The asset builds the ports from its resources, iterates :func:`core.ingest.run.iter_ingest` (which
makes every decision) and translates each output; each output's blocking gate check is declared on
the asset itself (``check_specs``), so a failed gate stops downstream stages of that run only.
"""


from collections.abc import Iterator

import dagster as dg

from adapters.sources import open_source
from core.ingest.run import CATALOG, SAMPLE_PACK, IngestPorts, iter_ingest
from orchestration.ingest.lazy_source import LazySource
from orchestration.metadata import materialize_result
from orchestration.partitions import mapping_runs
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource

CATALOG_GATE = dg.AssetCheckSpec("catalog_gate", asset=CATALOG, blocking=True,
                                 description="Catalog has tables with unique, typed columns.")
SAMPLE_GATE = dg.AssetCheckSpec("sample_pack_gate", asset=SAMPLE_PACK, blocking=True,
                                description="Sample within caps, PII masked; none at all in metadata_only.")


@dg.multi_asset(
    name="ingest",
    specs=[
        dg.AssetSpec(CATALOG, group_name="ingest", kinds={"python", "polars"}, skippable=True,
                     description="Standard Schema Catalog of the run's source (files or read-only SQL)."),
        dg.AssetSpec(SAMPLE_PACK, deps=[CATALOG], group_name="ingest", kinds={"python"}, skippable=True,
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
    # opened on first use, inside the stage's recorded step: a source that cannot be opened is an INGEST
    # ledger event the supervisor halts on, not a bare step failure (orchestration/ingest/lazy_source.py)
    source = LazySource(lambda: open_source(contract.lhs))
    ports = IngestPorts(store=store.store(), policy=policy.engine(), source=source, masker=pii.masker)
    selected = {k.path[-1] for k in context.selected_asset_keys}
    for out in iter_ingest(contract, ports, [o for o in (CATALOG, SAMPLE_PACK) if o in selected]):
        yield materialize_result(contract, out, multi_asset=True)
