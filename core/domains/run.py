"""The domaining stage's one entry point: :func:`run_domains`.

Every decision of the stage is here: the inputs by mode (the masked sample pack only in
data_mode), the live domain catalog, the arbiter built for this run, staging the catalog deltas the
arbiter proposed, the gate and its ledger event. The Dagster ``domain_assignments`` asset and any
CLI or API path only build the :class:`DomainPorts` and translate the outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.artifacts import ArtifactKind
from core.catalog import Catalog, SamplePack
from core.contract import Mode, RunContract
from core.display import Table
from core.domains.assignments import DomainAssignments
from core.domains.ports import Arbiter, VectorIndexPort
from core.domains.stage import assign_domains
from core.gates import domain_assignments_gate, record_gate
from core.ingest.ports import SourcePort
from core.ingest.real_values import real_value_packs
from core.ingest.stage import SamplePackBundle
from core.ledger import LedgerPort, Stage
from core.policy import PolicyEngine
from core.stage import OutputOutcome, RunStore, StageOutcome, require_latest, stage_recorder
from core.thresholds import ThresholdProfile, load_threshold_profile
from core.vocab.models import CatalogDelta, DomainCatalog

DOMAIN_ASSIGNMENTS = "domain_assignments"


class DomainCatalogStore(Protocol):
    """The versioned domain catalog as the stage uses it: read the live version, stage proposed deltas."""

    def live_catalog(self) -> DomainCatalog:
        """The live catalog version."""
        ...

    def stage(self, deltas: Sequence[CatalogDelta], actor: str | None = None) -> list[int]:
        """Stage proposed deltas for review; returns their row ids."""
        ...


#: (contract, policy, ledger, live catalog) -> the borderline arbiter of this run
ArbiterFactory = Callable[[RunContract, PolicyEngine, LedgerPort, DomainCatalog], Arbiter]


@dataclass(frozen=True)
class DomainPorts:
    """What the domaining stage needs from outside. The domain store and index are factories: they
    are opened only after the stage found its inputs."""

    store: RunStore
    policy: PolicyEngine
    domain_store: Callable[[], DomainCatalogStore]
    index: Callable[[], VectorIndexPort]
    arbiter: ArbiterFactory
    profile: Callable[[str], ThresholdProfile] = load_threshold_profile
    #: opens the run's source read-only; in data_mode value evidence comes from the real values of
    #: the same deterministic sample, in memory only (privacy by default). None: the stored masked pack.
    source: Callable[[], SourcePort] | None = None


def assignments_table(result: DomainAssignments) -> Table:
    """Assignments with band, score, decider and PII entity (the evidence behind each is
    :func:`rationale_table`)."""
    return Table.of(
        ["table", "column", "domain", "band", "score", "by", "pii"],
        [[a.table, a.original_name, a.domain_id or "unknown", a.band.value, f"{a.score:.2f}", a.decided_by,
          a.pii_entity or ("yes" if a.pii else "")] for a in result.assignments],
    )


def rationale_table(result: DomainAssignments) -> Table:
    """Why each column got its domain (band, score against the thresholds, the evidence), never cut."""
    return Table.of(["column", "band", "rationale"], [[a.original_name, a.band.value, a.rationale]
                                                      for a in result.assignments])


def run_domains(contract: RunContract, ports: DomainPorts) -> StageOutcome:
    """Assign domains from the catalog (and, in data_mode, the masked sample), stage deltas, gate them."""
    cat_artifact = require_latest(ports.store, contract.run_id, ArtifactKind.CATALOG, "catalog")
    packs: list[SamplePack] | None = None
    catalog = Catalog.model_validate(cat_artifact.payload)
    if contract.mode is Mode.DATA_MODE:
        pack_artifact = ports.store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK)
        if pack_artifact is not None and ports.source is not None:
            packs = real_value_packs(contract, catalog, ports.source(), policy=ports.policy)
        elif pack_artifact is not None:
            packs = SamplePackBundle.model_validate(pack_artifact.payload).packs
    dstore = ports.domain_store()
    domain_catalog = dstore.live_catalog()
    result, artifact = assign_domains(
        contract, catalog, packs, policy=ports.policy, ledger=ports.store,
        artifacts=ports.store, domain_catalog=domain_catalog, index=ports.index(),
        arbiter=ports.arbiter(contract, ports.policy, ports.store, domain_catalog),
        profile=ports.profile(contract.threshold_profile_id),
    )
    staged = dstore.stage(result.staged_deltas, actor=f"arbiter:{contract.run_id}") if result.staged_deltas else []
    gate = domain_assignments_gate(result.summary, held={
        band: [f"{a.original_name} ({a.table})" for a in result.assignments if a.band.value == band]
        for band in ("borderline", "low")})
    record_gate(stage_recorder(contract, ports.policy, ports.store), gate, outputs_hash=artifact.content_hash)
    figures: dict[str, float | int | str | bool] = {
        "catalog_version": result.refs.catalog_version, "staged_deltas": len(staged),
        "columns": result.summary.get("columns", 0),
        **{f"columns_{k}": result.summary.get(k, 0) for k in ("high", "borderline", "low", "unknown", "pii")},
    }
    out = OutputOutcome(name=DOMAIN_ASSIGNMENTS, artifact=artifact.ref, gate=gate, figures=figures,
                        tables={"assignments": assignments_table(result), "rationale": rationale_table(result)})
    return StageOutcome(stage=Stage.DOMAINS, run_id=contract.run_id, outputs=[out])
