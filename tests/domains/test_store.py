"""DomainStore: seed, feedback -> staged deltas, promotion gated by RBAC and golden F1,
provenance, cache invalidation, rollback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from adapters.metadata_store.domain_tables import DomainStore, bump_version
from core.contract import Mode, Role
from core.domains.arbiter import rules_arbiter_for
from core.domains.exact_index import ExactVectorIndex
from core.domains.stage import assign_domains
from core.errors import DeterministicFailure, PolicyBlock
from core.vocab.models import CatalogDelta, DomainCatalog
from tests.domains.conftest import make_catalog, make_contract, make_table


class RecordingCache:
    """A CacheInvalidator that records its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, str, str]] = []

    def invalidate_domain_caches(self, old_version: str | None, new_version: str, reason: str) -> None:
        self.calls.append((old_version, new_version, reason))


@pytest.fixture()
def dstore(tmp_path: Path, policy, domain_catalog: DomainCatalog):  # type: ignore[no-untyped-def]
    s = DomainStore(create_engine(f"sqlite:///{tmp_path / 'domains.db'}"), policy, cache=RecordingCache())
    s.create_all()
    s.seed(domain_catalog, actor="test")
    return s


def test_seed_roundtrip(dstore: DomainStore, domain_catalog: DomainCatalog) -> None:
    live = dstore.live_catalog()
    assert live.catalog_hash() == domain_catalog.catalog_hash() and live.version == "1.1.0"
    assert dstore.seed(domain_catalog).seq == 1  # idempotent
    assert bump_version("1.0.9") == "1.0.10"


def test_feedback_promote_and_rollback(dstore: DomainStore, store, policy, profile,  # type: ignore[no-untyped-def]
                                       domain_catalog: DomainCatalog) -> None:
    contract = make_contract(Mode.METADATA_ONLY, "feedback")
    cat = make_catalog(contract.run_id, [make_table("MARA", [("ERSDA", "string")])])
    res, _ = assign_domains(contract, cat, None, policy=policy, ledger=store, artifacts=store,
                            domain_catalog=domain_catalog, index=ExactVectorIndex(),
                            arbiter=rules_arbiter_for(domain_catalog), profile=profile)
    erdat = res.get("MARA", "ERSDA")
    assert erdat.domain_id != "datetime.created_at"
    ids = dstore.post_feedback(erdat, verdict="override", domain_id="datetime.created_at", actor="ana")
    staged = dstore.staged()
    assert [s.id for s in staged] == ids
    assert any(s.delta.kind == "alias" and s.delta.value == "ersda" for s in staged)

    with pytest.raises(PolicyBlock):  # RBAC through the policy engine
        dstore.promote("vic", Role.VIEWER)
    v2 = dstore.promote("ana", Role.ANALYST)
    assert v2.version == "1.1.1" and v2.kind == "promotion" and v2.actor == "ana" and v2.role == "Analyst"
    assert v2.f1_after["metadata_only"] >= v2.f1_before["metadata_only"]
    assert v2.f1_after["data_mode"] >= v2.f1_before["data_mode"]
    assert any(d["value"] == "ersda" for d in v2.deltas)
    assert "ersda" in dstore.live_catalog().get("datetime.created_at").aliases
    assert dstore.staged() == [] and len(dstore.staged("promoted")) == len(ids)
    assert dstore.cache.calls == [("1.1.0", "1.1.1", "promotion")]  # type: ignore[union-attr]

    v3 = dstore.rollback("1.1.0", "maria", Role.MAINTAINER)
    assert v3.version == "1.1.2" and v3.kind == "rollback" and v3.rollback_of == 1
    assert dstore.live_catalog().catalog_hash() == domain_catalog.catalog_hash()
    assert dstore.cache.calls[-1] == ("1.1.1", "1.1.2", "rollback to 1.1.0")  # type: ignore[union-attr]
    assert [v.version for v in dstore.versions()] == ["1.1.0", "1.1.1", "1.1.2"]
    assert sum(v.is_live for v in dstore.versions()) == 1
    with pytest.raises(DeterministicFailure):
        dstore.rollback("9.9.9", "maria", Role.MAINTAINER)


def test_promotion_that_lowers_f1_is_refused(dstore: DomainStore) -> None:
    dstore.stage([CatalogDelta(domain_id="web.url", kind="alias", value="work_email")], actor="eve")  # misleading
    with pytest.raises(PolicyBlock) as ei:
        dstore.promote("eve", Role.MAINTAINER)
    before, after = ei.value.details["f1_before"], ei.value.details["f1_after"]
    assert after["metadata_only"] < before["metadata_only"]
    assert "golden F1 would drop" in str(ei.value)
    assert dstore.live_catalog().version == "1.1.0" and len(dstore.versions()) == 1
    assert dstore.cache.calls == []  # type: ignore[union-attr]
    assert len(dstore.staged()) == 1  # still staged for a human to reject
    dstore.reject([dstore.staged()[0].id])
    assert dstore.staged() == [] and len(dstore.staged("rejected")) == 1
