"""The ingest stage's one entry point: :func:`run_ingest` (and :func:`iter_ingest`, its outputs one by one).

Every decision of the stage is here: which outputs to build, sampling in the catalog scan when the
sample pack follows, the catalog gate stopping the sample pack, the metadata_only skip of the
sample pack (no row is read; the policy's refusal is recorded as ``sample_pack.skipped``) and the
gate results on the ledger. The Dagster ``ingest`` asset and any CLI or API path only build the
:class:`IngestPorts` and translate the :class:`core.stage.OutputOutcome`\\ s.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import Mode, RunContract
from core.gates import catalog_gate, record_gate, sample_pack_gate
from core.ingest.ports import SourcePort
from core.ingest.preview import catalog_tables, sample_tables
from core.ingest.stage import build_catalog, build_sample_pack
from core.ledger import Decision, Stage
from core.pii.ports import PiiMasker
from core.pii.run_day import run_as_of
from core.policy import Action, PolicyEngine, PolicyRequest
from core.stage import OutputOutcome, RunStore, StageOutcome, require_latest, stage_recorder

CATALOG = "catalog"
SAMPLE_PACK = "sample_pack"
OUTPUTS = (CATALOG, SAMPLE_PACK)


@dataclass(frozen=True)
class IngestPorts:
    """What the ingest stage needs from outside: store, policy, the run's source and a masker factory
    (called only when rows are sampled, so metadata_only runs never start the PII engine)."""

    store: RunStore
    policy: PolicyEngine
    source: SourcePort
    masker: Callable[[], PiiMasker]


def iter_ingest(contract: RunContract, ports: IngestPorts,
                outputs: Collection[str] = OUTPUTS) -> Iterator[OutputOutcome]:
    """Build the selected ingest outputs in order, yielding each as soon as it exists (a failure of a
    later output leaves the earlier ones reported). A held catalog gate stops before the sample pack."""
    if CATALOG in outputs:
        out = _catalog(contract, ports, prefetch_samples=SAMPLE_PACK in outputs)
        yield out
        if not out.passed:
            return
    if SAMPLE_PACK in outputs:
        yield _sample_pack(contract, ports)


def run_ingest(contract: RunContract, ports: IngestPorts, outputs: Collection[str] = OUTPUTS) -> StageOutcome:
    """Run the ingest stage for ``outputs`` (default both) and return what it produced."""
    return StageOutcome(stage=Stage.INGEST, run_id=contract.run_id, outputs=list(iter_ingest(contract, ports, outputs)))


def _catalog(contract: RunContract, ports: IngestPorts, *, prefetch_samples: bool) -> OutputOutcome:
    cat, artifact = build_catalog(contract, ports.source, policy=ports.policy, ledger=ports.store,
                                  artifacts=ports.store, prefetch_samples=prefetch_samples)
    gate = catalog_gate(cat)
    record_gate(stage_recorder(contract, ports.policy, ports.store), gate, outputs_hash=artifact.content_hash)
    figures: dict[str, float | int | str | bool] = {"tables": len(cat.tables),
                                                    "columns": sum(len(t.columns) for t in cat.tables)}
    files = [t.header_row for t in cat.tables if t.header_row is not None]
    if files:  # delimited files: how many were read without a header row, how many header cells were masked
        figures["header_row_absent"] = sum(not h.present for h in files)
        figures["header_names_masked"] = sum(len(h.masked_names) for h in files)
    return OutputOutcome(name=CATALOG, artifact=artifact.ref, gate=gate, figures=figures, tables=catalog_tables(cat))


def _sample_pack(contract: RunContract, ports: IngestPorts) -> OutputOutcome:
    recorder = stage_recorder(contract, ports.policy, ports.store)
    cat_artifact = require_latest(ports.store, contract.run_id, ArtifactKind.CATALOG, CATALOG)
    if contract.mode is Mode.METADATA_ONLY:
        # No row is read: the policy engine refuses row samples in metadata_only. Record that.
        decision = ports.policy.evaluate(PolicyRequest(action=Action.ROW_SAMPLES, mode=contract.mode,
                                                       run_id=contract.run_id))
        recorder.record(Stage.INGEST, Decision.ACCEPT, "sample_pack.skipped",
                        detail={"reason": decision.reasons, "rules": decision.rules})
        gate = sample_pack_gate(contract, [])
        record_gate(recorder, gate)
        why = "; ".join(decision.reasons)
        return OutputOutcome(name=SAMPLE_PACK, gate=gate, figures={"rows": 0, "policy": why}, skipped_reason=why)
    cat = Catalog.model_validate(cat_artifact.payload)
    packs, artifact = build_sample_pack(contract, cat, ports.source, policy=ports.policy, ledger=ports.store,
                                        artifacts=ports.store, masker=ports.masker(),
                                        as_of=run_as_of(ports.store, contract.run_id))
    gate = sample_pack_gate(contract, packs)
    record_gate(recorder, gate, outputs_hash=artifact.content_hash)
    return OutputOutcome(
        name=SAMPLE_PACK, artifact=artifact.ref, gate=gate,
        figures={"rows": sum(p.row_count for p in packs), "bytes": sum(p.byte_size for p in packs),
                 "seed": contract.seed, "pii_mask_applied": all(p.pii_mask_applied for p in packs)},
        tables=sample_tables(packs))
