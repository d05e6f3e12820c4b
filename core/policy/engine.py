"""Policy engine: mode capability matrix, RBAC, PII, provider lists, egress, cost caps.

Every check in mapwright goes through :meth:`PolicyEngine.evaluate` (answer) or
:meth:`PolicyEngine.require` (answer, or raise POLICY_BLOCK). Assets, sensors, the CLI and the
provider router call it; nothing re-implements a check.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from core.contract import Mode, Role, RunContract
from core.errors import DeterministicFailure, PolicyBlock
from core.hashing import content_hash
from core.paths import assets_config_dir
from core.policy.models import MODE_ACTIONS, Action, PolicyDecision, PolicyManifest, PolicyRequest
from core.yamlio import read_yaml


def manifest_path() -> Path:
    """``<assets_config>/policy/policy_manifest.yaml`` (``MANIFEST_PATH``), resolved now."""
    return assets_config_dir() / "policy" / "policy_manifest.yaml"


_LAZY_PATHS = {"MANIFEST_PATH": manifest_path}

Check = Callable[[PolicyRequest], tuple[list[str], list[str]]]


def _matches(tags: list[str], provider: str | None, model: str | None) -> bool:
    """A list entry matches ``provider`` or ``provider:model``."""
    if provider is None:
        return False
    return provider in tags or (model is not None and f"{provider}:{model}" in tags)


class PolicyEngine:
    """Answers "may this happen?" from one Policy Manifest."""

    def __init__(self, manifest: PolicyManifest) -> None:
        self.manifest = manifest
        self.version = manifest.version
        self.manifest_hash = content_hash(manifest)

    # -- public API -------------------------------------------------------------------------
    def evaluate(self, request: PolicyRequest) -> PolicyDecision:
        """Decide on ``request``; never raises for a refusal (see :meth:`require`)."""
        reasons: list[str] = []
        rules: list[str] = []
        for check in self._checks_for(request.action):
            r, ru = check(request)
            reasons += r
            rules += ru
        external = request.action is Action.EXTERNAL_CALL
        return PolicyDecision(
            allowed=not reasons,
            action=request.action,
            reasons=reasons or ["allowed by policy " + self.version],
            rules=rules,
            policy_version=self.version,
            pii_mask_applied=external and request.pii_masked,
            local_only_override=external and request.local_only_override,
            provider=request.provider,
            model=request.model,
            prompt_hash=request.prompt_hash,
            catalog_version=request.catalog_version,
        )

    def require(self, request: PolicyRequest, *, stage: str | None = None) -> PolicyDecision:
        """Like :meth:`evaluate` but raises :class:`PolicyBlock` (POLICY_BLOCK) on refusal."""
        decision = self.evaluate(request)
        if not decision.allowed:
            raise PolicyBlock(
                f"{request.action.value} refused: " + "; ".join(decision.reasons),
                run_id=request.run_id,
                stage=stage,
                action=request.action.value,
                reasons=decision.reasons,
                rules=decision.rules,
                policy_version=self.version,
            )
        return decision

    def contract_requests(self, contract: RunContract) -> list[PolicyRequest]:
        """What creating a run of ``contract`` asks for: ``create_run`` by its actor, and
        ``toggle_local_only_override`` when its PII policy turns the override on (§32: Maintainer
        and Admin only)."""
        base = {"run_id": contract.run_id, "mode": contract.mode, "role": contract.rbac_actor.role,
                "actor": contract.rbac_actor.user_id}
        requests = [PolicyRequest(action=Action.CREATE_RUN, **base)]
        if contract.pii_policy.local_only_override:
            requests.append(PolicyRequest(action=Action.TOGGLE_LOCAL_ONLY_OVERRIDE, local_only_override=True, **base))
        return requests

    def require_contract(self, contract: RunContract, *, stage: str | None = "SUPERVISOR") -> list[PolicyDecision]:
        """Every check a new run contract must pass (:meth:`contract_requests`), wherever a contract is
        created or submitted (CLI, landing-zone sensor, example); POLICY_BLOCK on the first refusal."""
        return [self.require(r, stage=stage) for r in self.contract_requests(contract)]

    def allows(self, mode: Mode, action: Action) -> bool:
        """Capability-matrix lookup (§3)."""
        return bool(self.manifest.capabilities.get(mode, {}).get(action.value, False))

    def is_local_provider(self, provider: str) -> bool:
        """True for providers that never leave the machine (offline, ollama)."""
        return provider in self.manifest.providers.local

    # -- checks -----------------------------------------------------------------------------
    def _checks_for(self, action: Action) -> list[Check]:
        checks: list[Check] = []
        if action in MODE_ACTIONS:
            checks.append(self._check_mode)
        if action.value in self.manifest.rbac:
            checks.append(self._check_role)
        if action is Action.EXTERNAL_CALL:
            checks += [self._check_provider_lists, self._check_pii, self._check_egress, self._check_cost]
        return checks

    def _check_mode(self, req: PolicyRequest) -> tuple[list[str], list[str]]:
        if req.mode is None:
            return [f"{req.action.value} needs the run mode"], ["mode.required"]
        if not self.allows(req.mode, req.action):
            return [f"{req.action.value} is not allowed in {req.mode.value} (capability matrix §3)"], [
                f"capability.{req.mode.value}.{req.action.value}"
            ]
        return [], []

    def _check_role(self, req: PolicyRequest) -> tuple[list[str], list[str]]:
        allowed = self.manifest.rbac[req.action.value]
        if req.role is None or req.role not in allowed:
            roles = ", ".join(r.value for r in allowed)
            return [f"role {req.role.value if req.role else 'None'} may not {req.action.value} "
                    f"(allowed: {roles})"], [f"rbac.{req.action.value}"]
        return [], []

    def _check_provider_lists(self, req: PolicyRequest) -> tuple[list[str], list[str]]:
        p = self.manifest.providers
        reasons: list[str] = []
        rules: list[str] = []
        deny = list(p.deny) + list(req.contract_denylist or [])
        if _matches(deny, req.provider, req.model):
            reasons.append(f"provider {req.provider}:{req.model} is on a deny list")
            rules.append("providers.deny")
        for name, allow in (("manifest", p.allow), ("contract", req.contract_allowlist or [])):
            if allow and not _matches(allow, req.provider, req.model):
                reasons.append(f"provider {req.provider}:{req.model} is not on the {name} allow list")
                rules.append(f"providers.allow.{name}")
        return reasons, rules

    def _check_pii(self, req: PolicyRequest) -> tuple[list[str], list[str]]:
        if req.provider is None:
            return ["external call without a provider"], ["pii.provider_required"]
        # "Local" means the call stays on this machine: a local-kind provider (offline, ollama) whose
        # endpoint, if any, is loopback. An ollama pointed at another host is not local.
        local = self.is_local_provider(req.provider) and (req.endpoint_host is None or is_loopback(req.endpoint_host))
        reasons: list[str] = []
        rules: list[str] = []
        if req.local_only_override:
            if req.role not in self.manifest.pii.local_only_override_roles:
                reasons.append(f"local_only_override needs Maintainer/Admin, actor role is "
                               f"{req.role.value if req.role else 'None'}")
                rules.append("pii.local_only_override.rbac")
            if not local:
                reasons.append(f"local_only_override only applies to local providers, not {req.provider}")
                rules.append("pii.local_only_override.local")
        if (self.manifest.pii.mask_before_send_required and req.pii_detected and not req.pii_masked
                and not (local and req.local_only_override)):
            reasons.append("PII detected and not masked: mask_before_send is required")
            rules.append("pii.mask_before_send")
        return reasons, rules

    def _check_egress(self, req: PolicyRequest) -> tuple[list[str], list[str]]:
        if req.provider is not None and self.is_local_provider(req.provider) and req.endpoint_host is None:
            return [], []
        host = (req.endpoint_host or "").lower()
        if host not in {h.lower() for h in self.manifest.egress.allow_hosts}:
            return [f"egress to host {host or '<none>'} is not on the allow-list (deny by default)"], [
                "egress.deny_default"
            ]
        return [], []

    def _check_cost(self, req: PolicyRequest) -> tuple[list[str], list[str]]:
        c = self.manifest.cost
        reasons: list[str] = []
        rules: list[str] = []
        if req.usd_estimate > c.max_usd_per_call:
            reasons.append(f"estimated ${req.usd_estimate:.4f} exceeds the per-call cap ${c.max_usd_per_call}")
            rules.append("cost.per_call")
        cap = req.usd_cap_stage if req.usd_cap_stage is not None else c.max_usd_per_stage_default
        if req.usd_spent_stage + req.usd_estimate > cap:
            reasons.append(f"stage spend ${req.usd_spent_stage:.4f} + ${req.usd_estimate:.4f} exceeds cap ${cap}")
            rules.append("cost.per_stage")
        return reasons, rules


def load_policy_engine(path: Path | None = None) -> PolicyEngine:
    """Load the manifest at ``path`` (default: the shipped manifest) into an engine (cached per path)."""
    return _load_policy_engine(manifest_path() if path is None else Path(path))


@lru_cache(maxsize=8)
def _load_policy_engine(path: Path) -> PolicyEngine:
    try:
        data = read_yaml(path)
        manifest = PolicyManifest.model_validate(data)
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise DeterministicFailure(f"invalid policy manifest {path}: {exc}") from exc
    return PolicyEngine(manifest)


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost."""
    h = host.strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def role_of(value: str | Role) -> Role:
    """Parse a role name (case-insensitive)."""
    for r in Role:
        if r.value.lower() == str(value).lower():
            return r
    raise DeterministicFailure(f"unknown role {value!r}; roles: {[r.value for r in Role]}")


def __getattr__(name: str) -> Any:
    """Path constants resolved when read (``MAPWRIGHT_ASSETS_CONFIG`` may change after import)."""
    if name in _LAZY_PATHS:
        return _LAZY_PATHS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
