"""Candidate ordering by routing profile (§15) and the health tracker that feeds it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

from core.contract import RoutingProfile
from core.providers.models import HealthStatus
from core.providers.port import ProviderPort
from core.providers.registry import ModelRegistry, ModelSpec

OFFLINE_KIND = "offline"


def order_models(models: list[ModelSpec], profile: RoutingProfile, local: set[str]) -> list[ModelSpec]:
    """Sort candidate models for ``profile`` (stable, deterministic tie-breaks by tag)."""
    if profile is RoutingProfile.COST_FIRST:
        return sorted(models, key=lambda m: (m.cost_per_1k, -m.quality, m.latency_ms, m.tag))
    if profile is RoutingProfile.LATENCY_FIRST:
        return sorted(models, key=lambda m: (m.latency_ms, -m.quality, m.tag))
    if profile is RoutingProfile.OFFLINE_FIRST:
        return sorted(models, key=lambda m: (m.provider not in local, -m.quality, m.latency_ms, m.tag))
    return sorted(models, key=lambda m: (-m.quality, m.latency_ms, m.cost_per_1k, m.tag))


class HealthTracker:
    """Per-provider health from probes and from call outcomes.

    A provider is unhealthy after ``fail_threshold`` consecutive transient failures (or one
    failed probe) until a probe or a call succeeds; probes are refreshed every ``ttl_s``.
    """

    def __init__(self, providers: Mapping[str, ProviderPort], *, ttl_s: float, fail_threshold: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._providers = providers
        self._ttl = ttl_s
        self._threshold = fail_threshold
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._probed: dict[str, tuple[float, HealthStatus]] = {}
        self._lock = threading.Lock()

    def probe(self, name: str) -> HealthStatus:
        """Run the provider's probe now and record it."""
        status = self._providers[name].health()
        with self._lock:
            self._probed[name] = (self._clock(), status)
            if status.healthy:
                self._failures[name] = 0
            else:
                self._failures[name] = max(self._failures.get(name, 0), self._threshold)
        return status

    def is_healthy(self, name: str) -> bool:
        """Healthy unless failing; probes once per TTL when the last answer is stale."""
        with self._lock:
            probed = self._probed.get(name)
            failures = self._failures.get(name, 0)
        stale = probed is None or self._clock() - probed[0] > self._ttl
        if stale:
            return self.probe(name).healthy
        return failures < self._threshold

    def record_success(self, name: str) -> None:
        """A call succeeded."""
        with self._lock:
            self._failures[name] = 0

    def record_failure(self, name: str, *, hard: bool = False) -> None:
        """A call failed transiently (``hard``: the provider is down)."""
        with self._lock:
            n = self._failures.get(name, 0) + 1
            self._failures[name] = max(n, self._threshold) if hard else n

    def snapshot(self) -> dict[str, HealthStatus]:
        """Last probe result of every probed provider."""
        with self._lock:
            return {k: v[1] for k, v in self._probed.items()}


def offline_model(registry: ModelRegistry) -> ModelSpec | None:
    """The offline rules model (first non-embedding model of an offline provider)."""
    for m in registry.chat_models():
        if registry.providers[m.provider].kind == OFFLINE_KIND:
            return m
    return None
