"""The stage entry points in core (run_ingest, run_domains) make every decision without Dagster:
input choice by mode, the metadata_only skip and its ledger event, gates, staged catalog deltas."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from adapters.pii import PresidioMasker
from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.contract import Mode
from core.domains.arbiter import rules_arbiter_for
from core.domains.exact_index import ExactVectorIndex
from core.domains.run import DOMAIN_ASSIGNMENTS, DomainPorts, run_domains
from core.failures import MissingArtifact
from core.ingest.preview import SAMPLE_VALUES
from core.ingest.run import IngestPorts, run_ingest
from core.inmemory import MemoryRunStore
from core.ledger import Stage
from core.policy import load_policy_engine
from core.vocab.catalog_loader import load_domain_catalog
from core.vocab.models import CatalogDelta, DomainCatalog
from orchestration.example import example_contract


class _DomainStore:
    def __init__(self) -> None:
        self.catalog = load_domain_catalog()
        self.staged: list[CatalogDelta] = []

    def live_catalog(self) -> DomainCatalog:
        return self.catalog

    def stage(self, deltas: Sequence[CatalogDelta], actor: str | None = None) -> list[int]:
        self.staged += deltas
        return list(range(len(deltas)))


def _ports(store: MemoryRunStore, contract_mode: Mode) -> tuple[IngestPorts, DomainPorts]:
    contract = example_contract(contract_mode)
    policy = load_policy_engine()
    masked: list[int] = []

    def masker() -> PresidioMasker:
        masked.append(1)
        return PresidioMasker()

    dstore = _DomainStore()
    ingest = IngestPorts(store=store, policy=policy, source=open_source(contract.lhs), masker=masker)
    domains = DomainPorts(store=store, policy=policy, domain_store=lambda: dstore, index=ExactVectorIndex,
                          arbiter=lambda c, p, led, cat: rules_arbiter_for(cat))
    return ingest, domains


def test_metadata_only_skips_the_sample_without_reading_rows_and_records_why() -> None:
    store = MemoryRunStore()
    contract = example_contract(Mode.METADATA_ONLY)
    ingest, domains = _ports(store, Mode.METADATA_ONLY)
    outcome = run_ingest(contract, ingest)
    assert [o.name for o in outcome.outputs] == ["catalog", "sample_pack"]
    sample = outcome.output("sample_pack")
    assert sample.artifact is None and sample.skipped_reason and sample.figures["rows"] == 0
    assert store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK) is None
    actions = [e.action for e in store.events(contract.run_id, Stage.INGEST)]
    assert "sample_pack.skipped" in actions and "catalog.build" in actions
    result = run_domains(contract, domains).output(DOMAIN_ASSIGNMENTS)
    assert result.artifact is not None and result.gate is not None
    assert result.figures["columns"] == outcome.output("catalog").figures["columns"]
    assert result.tables["assignments"].columns[:2] == ["table", "column"]
    assert len(result.tables["assignments"].rows) == result.figures["columns"]


def test_data_mode_builds_a_masked_sample_pack() -> None:
    store = MemoryRunStore()
    contract = example_contract(Mode.DATA_MODE)
    ingest, _ = _ports(store, Mode.DATA_MODE)
    outcome = run_ingest(contract, ingest)
    sample = outcome.output("sample_pack")
    assert sample.artifact is not None and sample.figures["pii_mask_applied"] is True
    assert sample.artifact == store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK).ref  # type: ignore[union-attr]
    # Shown transposed: one row per source column (however many), what was masked, then a few values.
    pack = store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK).payload["packs"][0]  # type: ignore[union-attr]
    (table,) = sample.tables.values()
    assert [r[0] for r in table.rows] == pack["columns"]
    assert table.columns == ["column", "masked", f"first {SAMPLE_VALUES} values"]
    masked = {m["column"] for m in pack["masking"]}
    assert masked and all(bool(r[1]) == (r[0] in masked) for r in table.rows)
    first = [str(v).split("  ·  ")[0] for _, _, v in table.rows]
    assert first == ["(null)" if (v := pack["rows"][0].get(c)) is None else str(v) for c in pack["columns"]]


def test_domains_without_a_catalog_is_a_typed_failure() -> None:
    store = MemoryRunStore()
    contract = example_contract(Mode.METADATA_ONLY)
    _, domains = _ports(store, Mode.METADATA_ONLY)
    with pytest.raises(MissingArtifact) as info:
        run_domains(contract, domains)
    assert info.value.kind == "catalog" and info.value.details["reason"] == "missing_artifact"
    assert "materialize `catalog` first" in info.value.message
