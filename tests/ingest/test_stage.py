"""Stage functions: catalog and sample pack artifacts, policy gating, ledger events."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from adapters.pii import PresidioMasker
from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import Mode, RunContract
from core.errors import ErrorCode, PolicyBlock
from core.ingest import SamplePackBundle, build_catalog, build_sample_pack
from core.ledger import Decision, Stage
from core.policy import PolicyEngine

from .conftest import MemoryArtifacts, MemoryLedger, SpySource

MakeContract = Callable[..., RunContract]


@pytest.fixture
def customers(tmp_path: Path, gen: ModuleType) -> Path:
    return gen.write_customers(tmp_path / "customers.csv", 400, seed=3)


def test_catalog_artifact_and_ledger_event(customers: Path, make_contract: MakeContract, policy: PolicyEngine,
                                           ledger: MemoryLedger, artifacts: MemoryArtifacts) -> None:
    c = make_contract(customers)
    catalog, art = build_catalog(c, open_source(c.lhs), policy=policy, ledger=ledger, artifacts=artifacts)
    assert art.kind is ArtifactKind.CATALOG and art.version == 1 and artifacts.items == [art]
    assert art.contract_hash == c.contract_hash() and art.policy_version == policy.version
    assert Catalog.model_validate(art.payload) == catalog
    assert catalog.source_type == "file" and catalog.schema_hash and catalog.tables[0].row_estimate == 400
    head, ev = ledger.events(c.run_id)  # the file's header-row decision, then the catalog
    assert (head.action, head.detail["tables"]["customers"]["present"]) == ("catalog.header_row", True)
    assert (ev.stage, ev.decision, ev.action) == (Stage.INGEST, Decision.ACCEPT, "catalog.build")
    assert ev.outputs_hash == art.content_hash and ev.contract_hash == c.contract_hash()
    assert ev.policy_version == policy.version and ev.detail["tables"] == ["customers"]
    # idempotent: the same input yields the same artifact version
    _, again = build_catalog(c, open_source(c.lhs), policy=policy, ledger=ledger, artifacts=artifacts)
    assert again.content_hash == art.content_hash and len(artifacts.items) == 1


def test_metadata_only_never_reads_a_row(customers: Path, make_contract: MakeContract, policy: PolicyEngine,
                                        ledger: MemoryLedger, artifacts: MemoryArtifacts,
                                        masker: PresidioMasker) -> None:
    c = make_contract(customers, mode=Mode.METADATA_ONLY)
    spy = SpySource(open_source(c.lhs))
    catalog, _ = build_catalog(c, spy, policy=policy, ledger=ledger, artifacts=artifacts)
    assert all(col.stats.min is None for col in catalog.tables[0].columns)  # no DATA_STATS in metadata_only
    with pytest.raises(PolicyBlock, match="row_samples is not allowed in metadata_only") as info:
        build_sample_pack(c, catalog, spy, policy=policy, ledger=ledger, artifacts=artifacts, masker=masker)
    assert info.value.code is ErrorCode.POLICY_BLOCK
    assert spy.sample_calls == 0
    assert [a.kind for a in artifacts.items] == [ArtifactKind.CATALOG]
    last = ledger.events(c.run_id)[-1]
    assert (last.decision, last.action, last.error_code) == (Decision.REJECT, "sample_pack.build", "POLICY_BLOCK")
    assert last.pii_mask_applied is False


def test_sample_pack_is_masked_capped_deterministic(customers: Path, make_contract: MakeContract,
                                                   policy: PolicyEngine, ledger: MemoryLedger,
                                                   artifacts: MemoryArtifacts, masker: PresidioMasker) -> None:
    c = make_contract(customers, sample_caps={"rows_max": 25, "bytes_max": 200_000}, seed=11)
    src = open_source(c.lhs)
    catalog, _ = build_catalog(c, src, policy=policy, ledger=ledger, artifacts=artifacts)
    packs, art = build_sample_pack(c, catalog, src, policy=policy, ledger=ledger, artifacts=artifacts, masker=masker)
    (pack,) = packs
    assert art.kind is ArtifactKind.SAMPLE_PACK and SamplePackBundle.model_validate(art.payload).packs == packs
    assert pack.row_count == len(pack.rows) == 25 and pack.seed == 11 and pack.pii_mask_applied
    assert pack.byte_size <= 200_000 and pack.source_row_count == 400
    assert "customer_id" in pack.strategy and "country" in pack.strategy
    text = json.dumps(art.payload)
    raw_ssns = {line.split(",")[5] for line in customers.read_text(encoding="utf-8").splitlines()[1:]}
    assert not any(s in text for s in raw_ssns if s)  # no SSN survives
    assert all(set(str(r["ssn"])) <= set("9-") and set(str(r["e_mail"])) <= set("Aa9@.-_+") for r in pack.rows
               if r["ssn"] is not None and r["e_mail"] is not None)  # format-preserving shapes
    assert {m.column for m in pack.masking} >= {"first_name", "last_name", "e_mail", "phone", "ssn"}
    ev = ledger.events(c.run_id)[-1]
    assert ev.action == "sample_pack.build" and ev.pii_mask_applied and ev.outputs_hash == art.content_hash
    assert ev.detail["seed"] == 11
    # same seed -> same pack (same artifact); another seed -> other rows
    packs2, art2 = build_sample_pack(c, catalog, open_source(c.lhs), policy=policy, ledger=ledger,
                                     artifacts=artifacts, masker=masker)
    assert art2.content_hash == art.content_hash
    c2 = make_contract(customers, sample_caps={"rows_max": 25, "bytes_max": 200_000}, seed=12)
    packs3, _ = build_sample_pack(c2, catalog, src, policy=policy, ledger=ledger, artifacts=artifacts, masker=masker)
    assert [r["customer_id"] for r in packs3[0].rows] != [r["customer_id"] for r in pack.rows]


def test_bytes_max_caps_the_pack(customers: Path, make_contract: MakeContract, policy: PolicyEngine,
                                 ledger: MemoryLedger, artifacts: MemoryArtifacts, masker: PresidioMasker) -> None:
    c = make_contract(customers, sample_caps={"rows_max": 100, "bytes_max": 2_000})
    src = open_source(c.lhs)
    catalog, _ = build_catalog(c, src, policy=policy, ledger=ledger, artifacts=artifacts)
    (pack,), _ = build_sample_pack(c, catalog, src, policy=policy, ledger=ledger, artifacts=artifacts, masker=masker)
    assert 0 < pack.row_count < 100 and pack.byte_size <= 2_000
    assert len(json.dumps(pack.rows, ensure_ascii=False, separators=(",", ":")).encode()) <= 2_000 + pack.row_count


def test_unexpected_source_error_is_recorded(tmp_path: Path, make_contract: MakeContract, policy: PolicyEngine,
                                             ledger: MemoryLedger, artifacts: MemoryArtifacts) -> None:
    class Broken:
        source_type, location, dialect = "file", str(tmp_path), None

        def introspect(self, *, with_stats: bool) -> list:
            raise ZeroDivisionError("boom")

    c = make_contract(tmp_path)
    with pytest.raises(Exception, match="catalog.build failed: ZeroDivisionError") as info:
        build_catalog(c, Broken(), policy=policy, ledger=ledger, artifacts=artifacts)  # type: ignore[arg-type]
    assert getattr(info.value, "code", None) is ErrorCode.DETERMINISTIC_FAILURE
    assert ledger.events(c.run_id)[-1].error_code == "DETERMINISTIC_FAILURE" and artifacts.items == []


def test_with_the_real_metadata_store(customers: Path, make_contract: MakeContract, policy: PolicyEngine,
                                      masker: PresidioMasker, tmp_path: Path) -> None:
    from adapters.metadata_store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    c = make_contract(customers, sample_caps={"rows_max": 10, "bytes_max": 100_000})
    store.save_run(c)
    src = open_source(c.lhs)
    catalog, cat_art = build_catalog(c, src, policy=policy, ledger=store, artifacts=store)
    _, pack_art = build_sample_pack(c, catalog, src, policy=policy, ledger=store, artifacts=store, masker=masker)
    assert store.latest(c.run_id, ArtifactKind.CATALOG).content_hash == cat_art.content_hash  # type: ignore[union-attr]
    assert store.get(pack_art.content_hash) is not None
    actions = [e.action for e in store.events(c.run_id, Stage.INGEST)]
    assert actions[-2:] == ["catalog.build", "sample_pack.build"]
    store.close()
