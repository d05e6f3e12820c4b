"""Runs, artifacts, threshold profiles and prompts — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC

import pytest
from pydantic import BaseModel

from adapters.metadata_store import MetadataStore, RunStatus
from core.artifacts import ArtifactKind, payload_hash
from core.contract import Mode, RunContract, contract_template
from core.errors import DeterministicFailure, PolicyBlock
from core.thresholds import load_threshold_profile

from .conftest import run_threads


def _contract(mode: Mode = Mode.DATA_MODE, lhs: str = "in/customers.csv") -> RunContract:
    return contract_template(lhs_location=lhs, rhs_location="schemas/crm.json", mode=mode, request_key=f"k-{lhs}")


def test_save_run_is_idempotent_and_roundtrips(store: MetadataStore) -> None:
    c = _contract()
    saved, created = store.save_run(c)
    assert created and saved == c
    again, created2 = store.save_run(_contract())
    assert not created2 and again == c
    rec = store.get_run(c.run_id)
    assert rec is not None
    assert rec.contract == c and rec.contract_hash == c.contract_hash()
    assert rec.mode == "data_mode" and rec.status is RunStatus.CREATED
    assert rec.created_at.tzinfo is not None and rec.created_at.utcoffset() == UTC.utcoffset(None)
    assert store.get_run("01ARZ3NDEKTSV4RRFFQ69G5FAV") is None


def test_mode_change_is_policy_block(store: MetadataStore) -> None:
    c = _contract(Mode.DATA_MODE)
    store.save_run(c)
    changed = contract_template(lhs_location="x", rhs_location="y", mode=Mode.METADATA_ONLY, run_id=c.run_id)
    with pytest.raises(PolicyBlock) as err:
        store.save_run(changed)
    assert err.value.run_id == c.run_id and err.value.details["rule"] == "mode_immutable"
    rec = store.get_run(c.run_id)
    assert rec is not None and rec.contract == c


def test_other_contract_change_is_deterministic_failure(store: MetadataStore) -> None:
    c = _contract()
    store.save_run(c)
    changed = c.model_copy(update={"audit_tags": ["changed"], "human_confirm_required": False})
    with pytest.raises(DeterministicFailure) as err:
        store.save_run(changed)
    assert err.value.details["changed_keys"] == ["audit_tags", "human_confirm_required"]
    rec = store.get_run(c.run_id)
    assert rec is not None and rec.contract_hash == c.contract_hash()


def test_list_runs_and_set_status(store: MetadataStore) -> None:
    a, b = _contract(lhs="a.csv"), _contract(lhs="b.csv")
    store.save_run(a)
    store.save_run(b)
    assert {r.run_id for r in store.list_runs()} == {a.run_id, b.run_id}
    assert len(store.list_runs(limit=1)) == 1
    rec = store.set_status(a.run_id, "held")
    assert rec.status is RunStatus.HELD and rec.updated_at >= rec.created_at
    assert store.get_run(b.run_id).status is RunStatus.CREATED  # type: ignore[union-attr]
    with pytest.raises(DeterministicFailure, match="unknown run status"):
        store.set_status(a.run_id, "bogus")
    with pytest.raises(DeterministicFailure, match="unknown run .*`mapwright run list`"):
        store.set_status("01ARZ3NDEKTSV4RRFFQ69G5FAV", RunStatus.RUNNING)
    with pytest.raises(DeterministicFailure, match="unknown run .*`mapwright run list`"):
        store.require_run("01ARZ3NDEKTSV4RRFFQ69G5FAV")


class _Payload(BaseModel):
    name: str
    values: list[int]


def test_artifact_put_versions_and_idempotency(store: MetadataStore) -> None:
    run = _contract().run_id
    p1 = _Payload(name="one", values=[1, 2])
    a1 = store.put(ArtifactKind.CATALOG, run, p1, contract_hash="c" * 64, policy_version="1.0.0")
    assert (a1.version, a1.content_hash) == (1, payload_hash(p1))
    again = store.put(ArtifactKind.CATALOG, run, _Payload(name="one", values=[1, 2]))
    assert again.version == 1 and again.contract_hash == "c" * 64  # existing envelope returned
    a2 = store.put(ArtifactKind.CATALOG, run, {"name": "two", "values": []})
    assert a2.version == 2
    # versions are per (run, kind)
    assert store.put(ArtifactKind.SAMPLE_PACK, run, p1).version == 1
    assert store.put(ArtifactKind.CATALOG, _contract(lhs="other").run_id, p1).version == 1
    assert store.put(ArtifactKind.THRESHOLD_PROFILE, None, p1).version == 1
    assert store.put(ArtifactKind.THRESHOLD_PROFILE, None, p1).version == 1
    assert store.put(ArtifactKind.THRESHOLD_PROFILE, None, {"x": 1}).version == 2

    latest = store.latest(run, ArtifactKind.CATALOG)
    assert latest is not None and latest.version == 2 and latest.payload == {"name": "two", "values": []}
    assert [a.version for a in store.list(run, ArtifactKind.CATALOG)] == [1, 2]
    assert [a.kind for a in store.list(run)] == [ArtifactKind.CATALOG, ArtifactKind.CATALOG, ArtifactKind.SAMPLE_PACK]
    got = store.get(a1.content_hash)  # the newest artifact with that content: the run-independent profile
    assert got is not None and got.run_id is None and got.kind is ArtifactKind.THRESHOLD_PROFILE
    assert got.payload == p1.model_dump() and got.created_at.tzinfo is not None
    v1 = store.get_version(run, ArtifactKind.CATALOG, 1)
    assert v1 is not None and v1.ref == a1.ref and v1.policy_version == "1.0.0"
    assert store.get("0" * 64) is None and store.latest(run, ArtifactKind.MAPPING_PLAN) is None


def test_concurrent_puts_never_duplicate_versions(store: MetadataStore) -> None:
    run = _contract().run_id
    results: list[int] = []

    def worker(i: int) -> None:
        for j in range(5):
            results.append(store.put(ArtifactKind.MAPPING_PLAN, run, {"w": i % 3, "j": j}).version)

    _, errors = run_threads(6, worker)
    assert not errors
    stored = store.list(run, ArtifactKind.MAPPING_PLAN)
    # identical payloads (workers i and i+3) collapse only when the twin is the newest version,
    # so there are 15..30 rows, every version exactly once and without gaps
    assert 15 <= len(stored) <= 30
    assert sorted(a.version for a in stored) == list(range(1, len(stored) + 1))
    assert len({a.content_hash for a in stored}) == 15
    assert len(results) == 30 and max(results) <= len(stored)


def test_put_after_other_content_is_a_new_latest_version(store: MetadataStore) -> None:
    """A, B, A again: the re-materialized A becomes version 3 and latest() returns it (not stale B)."""
    run = _contract().run_id
    a, b = {"content": "A"}, {"content": "B"}
    versions = [store.put(ArtifactKind.CATALOG, run, p).version for p in (a, b, a)]
    assert versions == [1, 2, 3]
    latest = store.latest(run, ArtifactKind.CATALOG)
    assert latest is not None and latest.version == 3 and latest.payload == a
    assert store.put(ArtifactKind.CATALOG, run, a).version == 3  # idempotent while A is the newest
    newest_a = store.get(payload_hash(a))
    assert newest_a is not None and newest_a.version == 3
    assert [x.version for x in store.list(run, ArtifactKind.CATALOG)] == [1, 2, 3]
    old_a = store.get_version(run, ArtifactKind.CATALOG, 1)
    assert old_a is not None and old_a.content_hash == newest_a.content_hash


def test_threshold_profiles_are_immutable_versions(store: MetadataStore) -> None:
    tp = load_threshold_profile("tp_default_v1")
    assert store.save_threshold_profile(tp) is True
    assert store.save_threshold_profile(tp) is False
    changed = tp.model_copy(update={"mapping": tp.mapping.model_copy(update={"accept_rate_min": 0.5})})
    with pytest.raises(DeterministicFailure, match="bump its version"):
        store.save_threshold_profile(changed)
    v2 = changed.model_copy(update={"version": 2})
    assert store.save_threshold_profile(v2) is True
    assert store.get_threshold_profile("tp_default_v1") == v2
    assert store.get_threshold_profile("tp_default_v1", version=1) == tp
    assert store.get_threshold_profile("nope") is None


def test_prompts_by_hash(store: MetadataStore) -> None:
    assert store.save_prompt("a" * 64, "Map column <PERSON> to ...") is True
    assert store.save_prompt("a" * 64, "other text") is False
    assert store.get_prompt("a" * 64) == "Map column <PERSON> to ..."
    assert store.get_prompt("b" * 64) is None


def test_create_all_is_idempotent(store: MetadataStore) -> None:
    c = _contract()
    store.save_run(c)
    store.create_all()
    store.create_all()
    assert store.get_run(c.run_id) is not None
