"""Call context (who/what/where of a call) and the router's runtime configuration."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from core.contract import CacheScope, Lane, Mode, PiiPolicy, Role, RoutingProfile, RunContract, StageBudget
from core.providers.cache import LANE_TTL_S, MAX_ENTRY_BYTES, NEGATIVE_TTL_S, scope_id
from core.settings import get_settings


class CallContext(BaseModel):
    """Everything about a call that is not the prompt: run, stage, lane, mode, policy inputs."""

    model_config = ConfigDict(frozen=True)

    run_id: str
    stage: str
    lane: Lane = Lane.INTERACTIVE
    mode: Mode = Mode.METADATA_ONLY
    role: Role = Role.ANALYST
    pii_policy: PiiPolicy = Field(default_factory=PiiPolicy)
    routing_profile: RoutingProfile = RoutingProfile.QUALITY_FIRST
    provider_allowlist: list[str] | None = None
    provider_denylist: list[str] | None = None
    budget: StageBudget | None = None
    artifact_hashes: dict[str, str] = Field(default_factory=dict)
    cache_scope: CacheScope = Field(default_factory=CacheScope)
    locale: str = "en"
    contract_hash: str | None = None

    @classmethod
    def from_contract(cls, contract: RunContract, stage: str, *, lane: Lane | None = None,
                      artifact_hashes: dict[str, str] | None = None, locale: str = "en") -> CallContext:
        """Build the context of a call made for ``stage`` of the run governed by ``contract``."""
        return cls(
            run_id=contract.run_id, stage=stage, lane=lane or contract.lane_hint or Lane.INTERACTIVE,
            mode=contract.mode, role=contract.rbac_actor.role, pii_policy=contract.pii_policy,
            routing_profile=contract.routing_profile, provider_allowlist=contract.provider_allowlist,
            provider_denylist=contract.provider_denylist, budget=contract.budget(stage),
            artifact_hashes=dict(artifact_hashes or {}), cache_scope=contract.cache_scope, locale=locale,
            contract_hash=contract.contract_hash(),
        )

    def scope(self) -> str:
        """Cache scope id (run/tab/filters)."""
        s = self.cache_scope
        return scope_id(s.run or self.run_id, s.tab, s.filters)

    def pii_flag(self) -> str:
        """PII part of the cache key: toggling masking or the override changes every key."""
        return f"mask={int(self.pii_policy.mask_before_send)};override={int(self.pii_policy.local_only_override)}"


class RouterConfig(BaseModel):
    """Runtime knobs of the router (defaults are production values; tests shrink the times)."""

    rules_only: bool = Field(default_factory=lambda: get_settings().rules_only)  # MAPWRIGHT_RULES_ONLY, read now
    offline_fallback: bool = True
    max_retries: dict[str, int] = Field(default_factory=lambda: {
        "RATE_LIMIT": 3, "TIMEOUT": 1, "TRANSIENT_ERROR": 2, "PROVIDER_UNHEALTHY": 1, "QUOTA_EXHAUSTED": 0})
    backoff_base_s: float = 0.5
    backoff_max_s: float = 20.0
    max_retry_after_s: float = 60.0
    lane_deadline_s: dict[str, float] = Field(default_factory=lambda: {
        Lane.INTERACTIVE.value: 60.0, Lane.FLEX.value: 600.0, Lane.BATCH.value: 3600.0})
    lane_call_timeout_s: dict[str, float] = Field(default_factory=lambda: {
        Lane.INTERACTIVE.value: 30.0, Lane.FLEX.value: 120.0, Lane.BATCH.value: 300.0})
    schema_retries: int = 1
    lane_ttl_s: dict[str, float] = Field(default_factory=lambda: {k.value: float(v) for k, v in LANE_TTL_S.items()})
    negative_ttl_s: float = NEGATIVE_TTL_S
    max_entry_bytes: int = MAX_ENTRY_BYTES
    pii_heavy_findings: int = 3
    health_ttl_s: float = 30.0
    unhealthy_after_failures: int = 3
    cache_namespace: str = "mw:prov"
    extra: dict[str, Any] = Field(default_factory=dict)
