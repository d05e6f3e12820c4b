"""Domaining stage asset: ``domain_assignments``, partitioned by mapping run, with its gate.

The asset builds the ports from its resources, calls :func:`core.domains.run.run_domains` (which
makes every decision) and translates the outcome.
"""

from functools import partial

import dagster as dg

from adapters.sources import open_source
from core.domains.run import DOMAIN_ASSIGNMENTS, DomainPorts, run_domains
from orchestration.domains.resources import DomainsResource
from orchestration.metadata import materialize_result
from orchestration.partitions import mapping_runs, run_lane
from orchestration.resources import MetadataStoreResource, PolicyResource

DOMAIN_GATE = dg.AssetCheckSpec("domain_assignments_gate", asset=DOMAIN_ASSIGNMENTS, blocking=True,
                                description="Every column High; borderline and unknown columns hold the run.")


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
    ports = DomainPorts(store=meta, policy=engine, domain_store=lambda: domains.domain_store(meta, engine),
                        index=domains.index, arbiter=partial(domains.arbiter, lane=run_lane(context)),
                        profile=policy.profile,
                        source=lambda: open_source(contract.lhs))
    return materialize_result(contract, run_domains(contract, ports).output(DOMAIN_ASSIGNMENTS))
