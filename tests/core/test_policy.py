"""Policy engine: capability matrix (§3), RBAC (§32), PII, provider lists, egress, cost caps."""

from __future__ import annotations

import pytest

from core.contract import Mode, Role
from core.errors import ErrorCode, PolicyBlock
from core.policy import Action, PolicyRequest, load_policy_engine

ENGINE = load_policy_engine()

MODE_MATRIX = {
    Action.CATALOG_INFERENCE: (True, True),
    Action.ROW_SAMPLES: (False, True),
    Action.VALUE_EVIDENCE: (False, True),
    Action.SAMPLE_EXECUTION: (False, True),
    Action.DATA_STATS: (False, True),
    Action.MIGRATION_EXECUTE: (False, True),
    Action.MIGRATION_PLAN: (True, True),
}


@pytest.mark.parametrize("action", list(MODE_MATRIX))
def test_capability_matrix(action: Action) -> None:
    meta, data = MODE_MATRIX[action]
    assert ENGINE.evaluate(PolicyRequest(action=action, mode=Mode.METADATA_ONLY)).allowed is meta
    assert ENGINE.evaluate(PolicyRequest(action=action, mode=Mode.DATA_MODE)).allowed is data


RBAC = {
    Action.VIEW_ARTIFACTS_MASKED: "VAOMD",
    Action.VIEW_PII_UNMASKED: "AOMD",
    Action.CREATE_RUN: "AOMD",
    Action.APPROVE_DESTRUCTIVE: "OMD",
    Action.TOGGLE_LOCAL_ONLY_OVERRIDE: "MD",
    Action.EDIT_POLICY_MANIFEST: "MD",
    Action.DOMAIN_PROMOTION: "AOMD",
    Action.DOMAIN_FEEDBACK: "AOMD",
    Action.RELEASE_QUARANTINE: "OMD",
    Action.MANAGE_PROVIDER_REGISTRY: "MD",
}
LETTER = {Role.VIEWER: "V", Role.ANALYST: "A", Role.OPERATOR: "O", Role.MAINTAINER: "M", Role.ADMIN: "D"}


@pytest.mark.parametrize("action", list(RBAC))
@pytest.mark.parametrize("role", list(Role))
def test_rbac_matrix(action: Action, role: Role) -> None:
    decision = ENGINE.evaluate(PolicyRequest(action=action, role=role))
    assert decision.allowed is (LETTER[role] in RBAC[action])


def _call(**kw) -> PolicyRequest:
    base = dict(action=Action.EXTERNAL_CALL, provider="openai", model="gpt-4o-mini",
                endpoint_host="api.openai.com", role=Role.ANALYST)
    return PolicyRequest(**{**base, **kw})


def test_pii_must_be_masked_before_external_call() -> None:
    refused = ENGINE.evaluate(_call(pii_detected=True, pii_masked=False))
    assert not refused.allowed and "pii.mask_before_send" in refused.rules
    ok = ENGINE.evaluate(_call(pii_detected=True, pii_masked=True))
    assert ok.allowed and ok.pii_mask_applied


def test_local_only_override_needs_maintainer_and_local_provider() -> None:
    local = dict(provider="ollama", model="llama3", endpoint_host="127.0.0.1", pii_detected=True,
                 local_only_override=True)
    assert not ENGINE.evaluate(_call(**local, role=Role.ANALYST)).allowed
    ok = ENGINE.evaluate(_call(**local, role=Role.MAINTAINER))
    assert ok.allowed and ok.local_only_override
    cloud = ENGINE.evaluate(_call(pii_detected=True, local_only_override=True, role=Role.ADMIN))
    assert not cloud.allowed and "pii.local_only_override.local" in cloud.rules


def test_egress_is_deny_by_default() -> None:
    d = ENGINE.evaluate(_call(endpoint_host="evil.example.com"))
    assert not d.allowed and "egress.deny_default" in d.rules
    assert not ENGINE.evaluate(_call(endpoint_host=None)).allowed


def test_provider_lists_and_cost_caps() -> None:
    assert not ENGINE.evaluate(_call(contract_denylist=["openai"])).allowed
    assert not ENGINE.evaluate(_call(contract_allowlist=["anthropic"])).allowed
    assert ENGINE.evaluate(_call(contract_allowlist=["openai:gpt-4o-mini"])).allowed
    assert not ENGINE.evaluate(_call(usd_estimate=0.9)).allowed
    assert not ENGINE.evaluate(_call(usd_estimate=0.1, usd_spent_stage=1.95, usd_cap_stage=2.0)).allowed


def test_require_raises_policy_block_with_fields() -> None:
    with pytest.raises(PolicyBlock) as ei:
        ENGINE.require(PolicyRequest(action=Action.ROW_SAMPLES, mode=Mode.METADATA_ONLY, run_id="R1"), stage="INGEST")
    err = ei.value
    assert err.code is ErrorCode.POLICY_BLOCK and not err.transient
    assert err.run_id == "R1" and err.stage == "INGEST"
    assert err.details["rules"] == ["capability.metadata_only.row_samples"]
    assert err.details["policy_version"] == ENGINE.version


def test_local_only_override_needs_a_loopback_endpoint() -> None:
    base = dict(provider="ollama", model="llama3", pii_detected=True, local_only_override=True, role=Role.ADMIN)
    assert ENGINE.evaluate(_call(**base, endpoint_host="127.0.0.1")).allowed
    assert ENGINE.evaluate(_call(**base, endpoint_host="::1")).allowed
    remote = ENGINE.evaluate(_call(**base, endpoint_host="localhost.example.com"))
    assert not remote.allowed and "pii.local_only_override.local" in remote.rules
