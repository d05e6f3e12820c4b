"""Helpers of the provider tests: in-memory ledger, fake-server registry, fast router config, contexts."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from adapters.llm.fake_wire_server import FakeWireServer  # noqa: E402
from core.contract import Lane, Mode, PiiPolicy, Role, RoutingProfile, StageBudget  # noqa: E402
from core.ids import new_ulid  # noqa: E402
from core.providers import CallContext, ModelRegistry, Router, RouterConfig  # noqa: E402

FAKE_KEY_ENV = "MW_FAKE_PROVIDER_KEY"


def fake_registry(srv: FakeWireServer, *, providers: Sequence[str] | None = None) -> ModelRegistry:
    """Registry with one model per wire provider, all pointed at the fake server."""
    p: dict[str, Any] = {
        "offline": {"name": "offline", "kind": "offline", "local": True},
        "openai": {"name": "openai", "kind": "openai", "api_base": srv.base("openai"), "api_key_env": FAKE_KEY_ENV},
        "anthropic": {"name": "anthropic", "kind": "anthropic", "api_base": srv.base("anthropic"),
                      "api_key_env": FAKE_KEY_ENV},
        "groq": {"name": "groq", "kind": "groq", "api_base": srv.base("openai"), "api_key_env": FAKE_KEY_ENV},
        "ollama": {"name": "ollama", "kind": "ollama", "api_base": srv.base("ollama"), "local": True},
    }
    models = [
        {"id": "rules-v1", "provider": "offline", "wire_model": "rules-v1", "quality": 2, "latency_ms": 1,
         "context_length": 1_000_000},
        {"id": "hashed-ngram-256", "provider": "offline", "wire_model": "h", "quality": 2, "latency_ms": 1,
         "context_length": 100_000, "embedding": True, "dims": 256},
        {"id": "te3-small", "provider": "openai", "wire_model": "text-embedding-3-small", "quality": 4,
         "latency_ms": 200, "context_length": 8191, "embedding": True, "dims": 1536, "usd_per_1k_input": 0.02},
        {"id": "embed-256", "provider": "openai", "wire_model": "embed-256", "quality": 4, "latency_ms": 200,
         "context_length": 8191, "embedding": True, "dims": 256, "usd_per_1k_input": 0.02},
        {"id": "nomic", "provider": "ollama", "wire_model": "nomic-embed-text", "quality": 3, "latency_ms": 100,
         "context_length": 8192, "embedding": True, "dims": 768},
        {"id": "gpt-test", "provider": "openai", "wire_model": "gpt-4o-mini", "quality": 5, "latency_ms": 700,
         "context_length": 128_000, "max_output_tokens": 4096, "usd_per_1k_input": 0.01, "usd_per_1k_output": 0.03},
        {"id": "claude-test", "provider": "anthropic", "wire_model": "claude-3-5-haiku-20241022", "quality": 4,
         "latency_ms": 600, "context_length": 200_000, "usd_per_1k_input": 0.001, "usd_per_1k_output": 0.005},
        {"id": "groq-test", "provider": "groq", "wire_model": "llama-3.3-70b-versatile", "quality": 3,
         "latency_ms": 100, "context_length": 128_000, "usd_per_1k_input": 0.0005, "usd_per_1k_output": 0.0008},
        {"id": "llama-test", "provider": "ollama", "wire_model": "llama3.1:8b", "quality": 3, "latency_ms": 1500,
         "context_length": 8000},
    ]
    keep = set(providers) | {"offline"} if providers else set(p)
    return ModelRegistry.model_validate({
        "providers": {k: v for k, v in p.items() if k in keep},
        "models": [m for m in models if m["provider"] in keep],
    })


def fast_config(**kw: Any) -> RouterConfig:
    """Router config with tiny backoffs and short lane timeouts (tests stay < 1 s per call)."""
    base: dict[str, Any] = {
        "backoff_base_s": 0.001, "backoff_max_s": 0.01, "max_retry_after_s": 0.2, "rules_only": False,
        "lane_call_timeout_s": {"interactive": 0.4, "flex": 0.4, "batch": 0.4},
        "lane_deadline_s": {"interactive": 20.0, "flex": 20.0, "batch": 20.0},
    }
    base.update(kw)
    return RouterConfig(**base)


RouterFactory = Callable[..., Router]


def make_ctx(**kw: Any) -> CallContext:
    """A call context with test defaults (Analyst, metadata_only, interactive, masking on)."""
    base: dict[str, Any] = {"run_id": new_ulid(), "stage": "domains", "lane": Lane.INTERACTIVE,
                            "mode": Mode.METADATA_ONLY, "role": Role.ANALYST, "pii_policy": PiiPolicy(),
                            "routing_profile": RoutingProfile.QUALITY_FIRST,
                            "budget": StageBudget(tokens=1_000_000, usd=100.0, wall_time_s=600)}
    base.update(kw)
    return CallContext(**base)
