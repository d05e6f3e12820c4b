"""LLM adapters: the offline provider, the litellm provider, embeddings, and the composition helper
:func:`build_router` that wires them to the policy engine, ledger and cache."""

from __future__ import annotations

from pathlib import Path

from adapters.llm.litellm_provider import LiteLLMProvider
from adapters.llm.offline_provider import OfflineProvider
from core.contract import RunContract
from core.ledger.models import LedgerPort
from core.policy.engine import PolicyEngine
from core.providers.cache import CachePort
from core.providers.context import RouterConfig
from core.providers.pii_gate import PiiGate
from core.providers.port import ProviderPort
from core.providers.registry import ModelRegistry, load_registry
from core.providers.router import Router


def build_providers(registry: ModelRegistry) -> dict[str, ProviderPort]:
    """One provider object per registry provider (offline in-process, the rest via litellm)."""
    out: dict[str, ProviderPort] = {}
    for name, spec in registry.providers.items():
        out[name] = OfflineProvider(name) if spec.kind == "offline" else LiteLLMProvider(spec, registry)
    return out


def build_router(contract: RunContract | None, *, policy: PolicyEngine, ledger: LedgerPort | None,
                 cache: CachePort | None = None, registry_path: str | Path | None = None,
                 registry: ModelRegistry | None = None, config: RouterConfig | None = None,
                 pii_gate: PiiGate | None = None) -> Router:
    """Compose a :class:`Router` for a run.

    The contract's routing profile, allow/deny lists, budgets and PII policy travel per call in
    :class:`~core.providers.context.CallContext` (``CallContext.from_contract``); the contract is
    accepted here for symmetry and future per-run wiring. ``cache=None`` gives the in-process
    cache (the embedded default); pass ``adapters.cache.make_cache("redis://...")`` for Redis.
    """
    from adapters.cache import MemoryCache

    reg = registry or load_registry(registry_path)
    return Router(reg, policy, ledger, cache if cache is not None else MemoryCache(), build_providers(reg),
                  config or RouterConfig(), pii_gate=pii_gate)


__all__ = ["LiteLLMProvider", "OfflineProvider", "build_providers", "build_router"]
