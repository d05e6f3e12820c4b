"""Policy manifest, request and decision models."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from core.contract import Mode, Role
from core.models import FrozenModel


class Action(StrEnum):
    """Every action the policy engine decides on."""

    # mode capabilities (§3)
    CATALOG_INFERENCE = "catalog_inference"
    ROW_SAMPLES = "row_samples"
    VALUE_EVIDENCE = "value_evidence"
    SAMPLE_EXECUTION = "sample_execution"
    DATA_STATS = "data_stats"
    MIGRATION_EXECUTE = "migration_execute"
    MIGRATION_PLAN = "migration_plan"
    MASKED_SLICES = "masked_slices"
    # RBAC (§32)
    VIEW_ARTIFACTS_MASKED = "view_artifacts_masked"
    VIEW_PII_UNMASKED = "view_pii_unmasked"
    CREATE_RUN = "create_run"
    APPROVE_DESTRUCTIVE = "approve_destructive"
    TOGGLE_LOCAL_ONLY_OVERRIDE = "toggle_local_only_override"
    EDIT_POLICY_MANIFEST = "edit_policy_manifest"
    DOMAIN_PROMOTION = "domain_promotion"
    DOMAIN_FEEDBACK = "domain_feedback"
    RELEASE_QUARANTINE = "release_quarantine"
    MANAGE_PROVIDER_REGISTRY = "manage_provider_registry"
    CONFIRM_STAGE = "confirm_stage"
    # provider egress (§6, §15)
    EXTERNAL_CALL = "external_call"


MODE_ACTIONS = {
    Action.CATALOG_INFERENCE, Action.ROW_SAMPLES, Action.VALUE_EVIDENCE, Action.SAMPLE_EXECUTION,
    Action.DATA_STATS, Action.MIGRATION_EXECUTE, Action.MIGRATION_PLAN, Action.MASKED_SLICES,
}


class PiiRules(FrozenModel):
    """PII rules of the manifest."""

    mask_before_send_required: bool = True
    local_only_override_roles: list[Role] = Field(default_factory=lambda: [Role.MAINTAINER, Role.ADMIN])
    log_overrides: bool = True


class ProviderLists(FrozenModel):
    """Provider allow/deny lists and the set of local (non-egress) providers."""

    allow: list[str] = Field(default_factory=list)
    deny: list[str] = Field(default_factory=list)
    local: list[str] = Field(default_factory=lambda: ["offline", "ollama"])


class EgressRules(FrozenModel):
    """Deny-by-default egress allow-list of hosts."""

    default: str = "deny"
    allow_hosts: list[str] = Field(default_factory=list)


class CostRules(FrozenModel):
    """Cost caps (USD)."""

    max_usd_per_call: float = 0.5
    max_usd_per_stage_default: float = 5.0


class PolicyManifest(FrozenModel):
    """The versioned Policy Manifest."""

    version: str
    capabilities: dict[Mode, dict[str, bool]]
    rbac: dict[str, list[Role]]
    pii: PiiRules
    providers: ProviderLists
    egress: EgressRules
    cost: CostRules


class PolicyRequest(BaseModel):
    """A proposed action. Only the fields relevant to ``action`` need be set."""

    action: Action
    run_id: str | None = None
    mode: Mode | None = None
    role: Role | None = None
    actor: str | None = None
    # external calls
    provider: str | None = None
    model: str | None = None
    endpoint_host: str | None = None
    pii_detected: bool = False
    pii_masked: bool = False
    local_only_override: bool = False
    contract_allowlist: list[str] | None = None
    contract_denylist: list[str] | None = None
    usd_estimate: float = 0.0
    usd_spent_stage: float = 0.0
    usd_cap_stage: float | None = None
    prompt_hash: str | None = None
    catalog_version: str | None = None


class PolicyDecision(BaseModel):
    """The engine's answer with reasons and the audit fields of §6."""

    allowed: bool
    action: Action
    reasons: list[str]
    rules: list[str]
    policy_version: str
    pii_mask_applied: bool = False
    local_only_override: bool = False
    provider: str | None = None
    model: str | None = None
    prompt_hash: str | None = None
    catalog_version: str | None = None
