"""The narrow view of the router that its helpers (attempt, embedding, retry) receive.

:class:`core.providers.router.Router` owns the helpers and passes itself as this protocol, so the
dependency runs one way: router -> attempt/embedding/retry -> this view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from core.errors import PolicyBlock
from core.ledger.models import LedgerPort
from core.policy.engine import PolicyEngine
from core.providers.budgets import BudgetTracker
from core.providers.cache import CachePort
from core.providers.context import CallContext, RouterConfig
from core.providers.pii_gate import PiiGate
from core.providers.port import ProviderPort
from core.providers.registry import ModelRegistry, ModelSpec
from core.providers.routing import HealthTracker


class RouterView(Protocol):
    """What a routed call's helpers read and use of the router: its collaborators and clocks."""

    @property
    def registry(self) -> ModelRegistry:
        """Model/provider registry."""
        ...

    @property
    def policy(self) -> PolicyEngine:
        """The policy engine every call asks first."""
        ...

    @property
    def ledger(self) -> LedgerPort | None:
        """Where call events are appended (None: not recorded)."""
        ...

    @property
    def cache(self) -> CachePort | None:
        """Response cache (None: no caching)."""
        ...

    @property
    def providers(self) -> Mapping[str, ProviderPort]:
        """Provider name -> provider."""
        ...

    @property
    def config(self) -> RouterConfig:
        """Retry, deadline and fallback settings."""
        ...

    @property
    def pii(self) -> PiiGate:
        """The PII gate applied before any egress."""
        ...

    @property
    def budgets(self) -> BudgetTracker:
        """Per-stage token/USD budgets."""
        ...

    @property
    def health(self) -> HealthTracker:
        """Provider health tracker."""
        ...

    @property
    def sleep(self) -> Callable[[float], None]:
        """Sleep function (injectable in tests)."""
        ...

    @property
    def clock(self) -> Callable[[], float]:
        """Monotonic clock (injectable in tests)."""
        ...

    def is_local(self, provider: str) -> bool:
        """True when ``provider`` runs on this machine (no egress)."""
        ...

    def refusal(self, spec: ModelSpec, ctx: CallContext | None = None) -> PolicyBlock | None:
        """Why the policy forbids ``spec`` for this call, or None."""
        ...
