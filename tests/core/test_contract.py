"""Run Contract rules (§28): required keys, data_mode caps, hash, stable run ids, immutable mode."""

from __future__ import annotations

import pytest

from core.contract import (
    Mode,
    RunContract,
    assert_same_mode,
    contract_template,
    parse_contract,
    run_id_for,
)
from core.errors import DeterministicFailure, ErrorCode, PolicyBlock


def _data(**kw):
    return contract_template(lhs_location="a.csv", rhs_location="t.yaml", **kw).model_dump(mode="json")


def test_template_is_valid_and_hash_is_canonical() -> None:
    c = contract_template(lhs_location="a.csv", rhs_location="t.yaml")
    again = parse_contract(dict(reversed(list(c.model_dump(mode="json").items()))))
    assert c.contract_hash() == again.contract_hash()
    assert len(c.contract_hash()) == 64
    changed = parse_contract({**c.model_dump(mode="json"), "seed": 7})
    assert changed.contract_hash() != c.contract_hash()


@pytest.mark.parametrize(
    "key",
    ["run_id", "roadmap_version", "mode", "lhs", "rhs", "pii_policy", "budget_caps", "threshold_profile_id",
     "dsl_version", "cache_scope", "human_confirm_required", "rbac_actor"],
)
def test_missing_required_key_is_deterministic_failure(key: str) -> None:
    data = _data()
    data.pop(key)
    with pytest.raises(DeterministicFailure) as ei:
        parse_contract(data)
    assert ei.value.code is ErrorCode.DETERMINISTIC_FAILURE
    assert key in ei.value.details["missing_keys"]


def test_sample_caps_required_in_data_mode_only() -> None:
    data = _data(mode="data_mode")
    data.pop("sample_caps")
    with pytest.raises(DeterministicFailure, match="sample_caps"):
        parse_contract(data)
    meta = _data(mode="metadata_only")
    assert meta.get("sample_caps") is None
    assert parse_contract(meta).mode is Mode.METADATA_ONLY


def test_run_id_stable_across_retries_and_distinct_per_request() -> None:
    assert run_id_for("req-1", 1000) == run_id_for("req-1", 1000)
    assert run_id_for("req-1", 1000) != run_id_for("req-2", 1000)
    a = contract_template(lhs_location="a.csv", rhs_location="t.yaml")
    b = contract_template(lhs_location="a.csv", rhs_location="t.yaml")
    assert a.run_id == b.run_id


def test_bad_values_are_named() -> None:
    data = _data()
    data["run_id"] = "not-a-ulid"
    data["routing_profile"] = "fastest"
    with pytest.raises(DeterministicFailure) as ei:
        parse_contract(data)
    keys = {p["key"] for p in ei.value.details["problems"]}
    assert {"run_id", "routing_profile"} <= keys


def test_mode_is_immutable() -> None:
    a = contract_template(lhs_location="a.csv", rhs_location="t.yaml", mode="data_mode", request_key="k")
    b = RunContract.model_validate({**a.model_dump(mode="json"), "mode": "metadata_only", "sample_caps": None})
    with pytest.raises(PolicyBlock):
        assert_same_mode(a, b)
    assert_same_mode(a, a)


def test_budget_lookup_is_case_insensitive() -> None:
    c = contract_template(lhs_location="a.csv", rhs_location="t.yaml")
    assert c.budget("DOMAINS") == c.budget("domains") is not None
    assert c.budget("DOMAINS").tokens == 150_000  # type: ignore[union-attr]


def test_sql_url_password_only_as_env_reference() -> None:
    with pytest.raises(DeterministicFailure, match="literal password"):
        contract_template(lhs_location="postgresql+psycopg://app:S3cret@db/prod", rhs_location="t.yaml",
                          lhs_type="sql")
    ok = contract_template(lhs_location="postgresql+psycopg://app:${PGPASSWORD}@db/prod", rhs_location="t.yaml",
                           lhs_type="sql")
    assert "${PGPASSWORD}" in ok.canonical()
