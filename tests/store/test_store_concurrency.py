"""Concurrent writers of the metadata store on SQLite and PostgreSQL: run creation and the domain
catalog store (stage / promote / rollback / import_release) serialize instead of failing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine

from adapters.metadata_store import MetadataStore
from adapters.metadata_store.domain_tables import DomainStore
from core.contract import Role, contract_template
from core.errors import TransientFailure
from core.ids import new_ulid
from core.ledger import Decision, LedgerEvent, Stage
from core.policy import PolicyEngine, load_policy_engine
from core.vocab.catalog_loader import apply_deltas, load_domain_catalog
from core.vocab.models import CatalogDelta, DomainCatalog

from .conftest import run_threads

F1 = {"metadata_only": 0.9, "data_mode": 0.9}


def test_concurrent_save_run_of_one_run_id(store: MetadataStore) -> None:
    """Racing creators of one run: exactly one creates it (with its event), the others get
    ``(existing, False)`` — not a duplicate-key DETERMINISTIC_FAILURE."""
    for attempt in range(8):
        contract = contract_template(lhs_location="a.csv", rhs_location="b.csv", request_key=f"race-{attempt}")
        barrier = threading.Barrier(4)

        def create(_: int, c: Any = contract, b: threading.Barrier = barrier) -> bool:
            event = LedgerEvent(run_id=c.run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                action="run.create", event_id=new_ulid())
            b.wait(timeout=10)
            stored, created = store.save_run(c, event=event)
            assert stored == c
            return created

        results, errors = run_threads(4, create)
        assert not errors, errors
        assert sorted(results) == [False, False, False, True]
        assert [e.action for e in store.events(contract.run_id)] == ["run.create"]


@pytest.fixture(params=["metadata_engine", "plain_sqlite_engine"])
def dstore(request: pytest.FixtureRequest, store: MetadataStore, tmp_path: Path) -> Iterator[DomainStore]:
    """A seeded DomainStore on the metadata store's engine (SQLite WAL / PostgreSQL schema) and on a
    plain ``create_engine`` SQLite engine (how tests/domains and other callers build it)."""
    engine: Engine
    if request.param == "metadata_engine":
        engine = store.engine
    else:
        if store.dialect != "sqlite":
            pytest.skip("plain engine variant is SQLite only")
        engine = create_engine(f"sqlite:///{tmp_path / 'plain_domains.db'}")
    ds = DomainStore(engine, _policy(), golden_eval=_golden_eval)
    ds.create_all()
    ds.seed(_catalog(), actor="test")
    yield ds
    if engine is not store.engine:
        engine.dispose()


_POLICY: list[PolicyEngine] = []
_CATALOG: list[DomainCatalog] = []
_GATE = threading.local()


def _policy() -> PolicyEngine:
    if not _POLICY:
        _POLICY.append(load_policy_engine())
    return _POLICY[0]


def _catalog() -> DomainCatalog:
    if not _CATALOG:
        _CATALOG.append(load_domain_catalog())
    return _CATALOG[0]


def _golden_eval(_catalog: DomainCatalog) -> dict[str, float]:
    """Constant F1 (so promotions pass); the first call of a thread waits on the test's barrier,
    which makes both promoters read the same live version before either writes."""
    barrier: threading.Barrier | None = getattr(_GATE, "barrier", None)
    if barrier is not None:
        _GATE.barrier = None
        barrier.wait(timeout=10)
    return dict(F1)


def _alias(value: str) -> CatalogDelta:
    return CatalogDelta(domain_id=_catalog().domains[0].id, kind="alias", value=value)


def test_concurrent_promotions_serialize(dstore: DomainStore) -> None:
    ids = dstore.stage([_alias("zzq alias one"), _alias("zzq alias two")], actor="ana")
    barrier = threading.Barrier(2)

    def promote(i: int) -> str:
        _GATE.barrier = barrier
        return dstore.promote(f"user{i}", Role.MAINTAINER, ids=[ids[i]]).version

    results, errors = run_threads(2, promote)
    assert not errors, errors
    assert sorted(results) == ["1.1.1", "1.1.2"]
    versions = dstore.versions()
    assert [v.version for v in versions] == ["1.1.0", "1.1.1", "1.1.2"]
    assert [v.seq for v in versions] == [1, 2, 3] and [v.is_live for v in versions] == [False, False, True]
    aliases = dstore.live_catalog().get(_catalog().domains[0].id).aliases
    assert "zzq alias one" in aliases and "zzq alias two" in aliases  # the later promotion kept the earlier one
    promoted = {s.id for s in dstore.staged("promoted")}
    assert promoted == set(ids) and dstore.staged() == []


def test_concurrent_promote_and_rollback_serialize(dstore: DomainStore) -> None:
    ids = dstore.stage([_alias("zzq alias three")], actor="ana")
    barrier = threading.Barrier(2)

    def act(i: int) -> str:
        if i == 0:
            _GATE.barrier = barrier
            return dstore.promote("ana", Role.MAINTAINER, ids=ids).version
        barrier.wait(timeout=10)
        return dstore.rollback("1.1.0", "maria", Role.MAINTAINER).version

    results, errors = run_threads(2, act)
    assert not errors, errors
    assert sorted(results) == ["1.1.1", "1.1.2"]
    assert [v.seq for v in dstore.versions()] == [1, 2, 3]
    assert sum(v.is_live for v in dstore.versions()) == 1


def test_concurrent_staging_deduplicates(dstore: DomainStore) -> None:
    values = [f"zzq stage {j}" for j in range(6)]

    def stage(i: int) -> list[int]:
        return dstore.stage([_alias(v) for v in values[i % 2:] + values[: i % 2]], actor=f"u{i}")

    results, errors = run_threads(4, stage)
    assert not errors, errors
    staged = dstore.staged()
    assert sorted(s.delta.value for s in staged) == sorted(values)  # each delta staged once
    assert all(sorted(r) == sorted(s.id for s in staged) for r in results)


def test_concurrent_import_release_imports_once(dstore: DomainStore) -> None:
    base = _catalog()
    release = apply_deltas(base, [_alias("zzq release alias")], "2.0.0")
    barrier = threading.Barrier(3)

    def imp(_: int) -> str | None:
        barrier.wait(timeout=10)
        v = dstore.import_release(release)
        return v.version if v is not None else None

    results, errors = run_threads(3, imp)
    assert not errors, errors
    assert sorted(results, key=str) == ["2.0.0", None, None]
    assert [v.version for v in dstore.versions()] == ["1.1.0", "2.0.0"]


def test_domain_store_lock_timeout_is_a_taxonomy_error(tmp_path: Path) -> None:
    """A writer that cannot get the SQLite write lock gets TRANSIENT_ERROR, not a raw SQLAlchemy error."""
    path = tmp_path / "locked.db"
    ds = DomainStore(create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.2}), _policy(),
                     golden_eval=_golden_eval)
    ds.create_all()
    ds.seed(_catalog())
    blocker = create_engine(f"sqlite:///{path}")
    raw = blocker.raw_connection()
    try:
        raw.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
        with pytest.raises(TransientFailure):
            ds.stage([_alias("zzq locked")])
        raw.rollback()
    finally:
        raw.close()
        blocker.dispose()
    assert ds.stage([_alias("zzq locked")]) != []
