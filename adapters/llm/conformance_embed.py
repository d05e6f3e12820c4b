"""Embedding cases of the conformance suite: every embedding wire (OpenAI ``/v1/embeddings``,
Ollama ``/api/embed``) maps each injected fault to the same taxonomy code as chat, and the
offline embedder and both wires give schema-identical, normalized results through the router."""

from __future__ import annotations

import math
from typing import Any

from adapters.cache import MemoryCache
from adapters.llm import build_providers
from adapters.llm.conformance_common import EXPECTED, ConformanceCase, ctx_for_conformance
from adapters.llm.fake_wire_server import FakeWireServer
from core.errors import MapwrightError
from core.policy.engine import PolicyEngine
from core.providers import ModelRegistry, Router, RouterConfig
from core.providers.models import EmbeddingCall

EMBED_WIRES = {"openai": "openai", "ollama": "ollama"}
EMBED_DIM = 256
EMBED_EXPECTED = {**EXPECTED, "bad_json": "TRANSIENT_ERROR"}
SAMPLE = ["customer_email", "order total amount", "ship-to postal code"]


def embedding_models() -> list[dict[str, Any]]:
    """Registry entries of the conformance embedding models (one per wire plus the offline one)."""
    base = {"quality": 3, "latency_ms": 100, "context_length": 8192, "embedding": True, "dims": EMBED_DIM}
    return [{"id": "hashed-ngram-256", "provider": "offline", "wire_model": "hashed-ngram-256", **base},
            *[{"id": f"{p}-e", "provider": p, "wire_model": f"embed-{EMBED_DIM}", **base} for p in EMBED_WIRES]]


def embedding_cases(srv: FakeWireServer, reg: ModelRegistry, policy: PolicyEngine) -> list[ConformanceCase]:
    """Fault -> taxonomy per embedding wire, and the schema-identical check across providers."""
    providers = build_providers(reg)
    cases: list[ConformanceCase] = []
    for name, wire in EMBED_WIRES.items():
        for fault, expected in EMBED_EXPECTED.items():
            srv.plan(wire, fault)
            actual = "OK"
            try:
                providers[name].embed_call(EmbeddingCall(provider=name, model=f"{name}-e", texts=["ping"],
                                                         timeout_s=0.3))
            except MapwrightError as exc:
                actual = str(exc.code)
            cases.append(ConformanceCase(provider=name, check=f"embed_error:{fault}", expected=expected,
                                         actual=actual, passed=actual == expected))
        srv.state.faults[wire].clear()
    conf = RouterConfig(rules_only=False, backoff_base_s=0.001, backoff_max_s=0.01)
    router = Router(reg, policy, None, MemoryCache(), providers, conf)
    for name in ["offline", *EMBED_WIRES]:
        model = "hashed-ngram-256" if name == "offline" else f"{name}-e"
        res = router.embed(SAMPLE, ctx=ctx_for_conformance(), model=model, fresh=True)
        shape: dict[str, Any] = {"provider": res.provider, "count": len(res.vectors), "dim": res.dim,
                 "dims": sorted({len(v) for v in res.vectors}),
                 "unit": all(abs(math.sqrt(sum(x * x for x in v)) - 1.0) < 1e-9 for v in res.vectors)}
        want: dict[str, Any] = {"provider": name, "count": len(SAMPLE), "dim": EMBED_DIM, "dims": [EMBED_DIM],
                                "unit": True}
        cases.append(ConformanceCase(provider=name, check="embed:schema_identical", expected=want,
                                     actual=shape, passed=shape == want))
    return cases
