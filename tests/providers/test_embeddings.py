"""Routed embeddings: schema-identical results over the offline embedder and the OpenAI/Ollama
wires, fault -> taxonomy per wire, PII gate on the wire, cache, budgets, fallbacks, ledger."""

from __future__ import annotations

import json

import numpy as np
import pytest

from adapters.llm import build_providers
from adapters.llm.embeddings import HashedEmbedder
from adapters.llm.fake_wire_server import FakeWireServer, fake_vector
from core.contract import PiiPolicy, StageBudget
from core.errors import DeterministicFailure, MapwrightError, PolicyBlock, ProviderUnhealthy
from core.inmemory import MemoryLedger
from core.providers import BudgetExceeded, EmbeddingResult, PiiGate
from core.providers.models import EmbeddingCall

from .helpers import RouterFactory, fake_registry, make_ctx

TEXTS = ["customer_email", "order total amount", "ship-to postal code"]
EMAIL, PHONE, SSN = "jane.doe@example.org", "+1 415-555-2671", "219-09-9999"
RAW = [EMAIL, PHONE, SSN, "jane.doe", "415-555-2671"]
WIRE_MODELS = {"openai": ("te3-small", "/v1/embeddings", 1536), "ollama": ("nomic", "/api/embed", 768)}
FAULTS = {"rate_limit": "RATE_LIMIT", "quota": "QUOTA_EXHAUSTED", "context_length": "DETERMINISTIC_FAILURE",
          "unavailable": "PROVIDER_UNHEALTHY", "server_error": "TRANSIENT_ERROR", "timeout": "TIMEOUT",
          "bad_body": "TRANSIENT_ERROR", "bad_json": "TRANSIENT_ERROR"}


def _unit(v: list[float]) -> list[float]:
    a = np.asarray(v, dtype=np.float64)
    return list(a / np.linalg.norm(a))


def _bodies(server: FakeWireServer) -> str:
    return "\n".join(r.raw for r in server.requests(chat_only=False))


def test_schema_identical_across_offline_and_wires(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router(providers=["openai", "ollama"])
    results: dict[str, EmbeddingResult] = {}
    for name, model in [("offline", "hashed-ngram-256"), ("openai", "te3-small"), ("ollama", "nomic")]:
        results[name] = router.embed(TEXTS, ctx=make_ctx(), model=model)
    fields = {json.dumps(sorted(r.model_dump())) for r in results.values()}
    assert fields == {json.dumps(sorted(EmbeddingResult.model_fields))}
    for name, res in results.items():
        assert res.provider == name and len(res.vectors) == len(TEXTS)
        assert all(len(v) == res.dim for v in res.vectors) and all(isinstance(x, float) for x in res.vectors[0])
        assert np.allclose(np.linalg.norm(np.asarray(res.vectors), axis=1), 1.0)
    assert [r.dim for r in results.values()] == [256, 1536, 768]
    # the wire vectors are the server's (not unit length) vectors, normalized and kept in input order
    for wire, (_, path, dim) in WIRE_MODELS.items():
        assert np.allclose(results[wire].vectors, [_unit(fake_vector(t, dim)) for t in TEXTS])
        sent = server.embed_requests(wire)
        assert len(sent) == 1 and sent[0].path == path and sent[0].body["input"] == TEXTS
    assert np.allclose(results["offline"].vectors, HashedEmbedder(256).embed(TEXTS))


@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")
@pytest.mark.parametrize("wire", sorted(WIRE_MODELS))
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_maps_to_identical_taxonomy(server: FakeWireServer, monkeypatch: pytest.MonkeyPatch, wire: str,
                                          fault: str) -> None:
    monkeypatch.setenv("MW_FAKE_PROVIDER_KEY", "sk-test-fake")
    reg = fake_registry(server, providers=[wire])
    provider = build_providers(reg)[wire]
    server.plan(wire, fault)
    # only the timeout fault needs a client timeout under the server's sleep (0.8 s in conftest); the others get
    # room, so a loaded machine answering slowly does not turn their fault into a TIMEOUT
    timeout_s = 0.3 if fault == "timeout" else 10.0
    with pytest.raises(MapwrightError) as info:
        provider.embed_call(EmbeddingCall(provider=wire, model=WIRE_MODELS[wire][0], texts=["a"], timeout_s=timeout_s))
    assert str(info.value.code) == FAULTS[fault]
    assert len(server.embed_requests(wire)) == 1  # no hidden SDK retry


def test_rate_limit_retried_with_retry_after_then_answered(make_router: RouterFactory,
                                                           server: FakeWireServer) -> None:
    slept: list[float] = []
    ledger = MemoryLedger()
    router = make_router(providers=["openai"], ledger=ledger, sleep=slept.append)
    server.plan("openai", "rate_limit", "server_error")
    res = router.embed(TEXTS, ctx=make_ctx(), model="te3-small")
    assert res.provider == "openai" and res.retries == 2 and len(server.embed_requests("openai")) == 3
    assert slept[0] >= 0.05  # Retry-After honoured
    assert ledger.items[-1].retries == 2


def test_pii_never_reaches_the_wire_unmasked(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(providers=["openai"], ledger=ledger)
    texts = [f"contact {EMAIL}", f"call {PHONE}", f"ssn {SSN} and {EMAIL}", "plain header"]
    res = router.embed(texts, ctx=make_ctx(), model="te3-small")
    bodies = _bodies(server)
    assert server.embed_requests("openai") and all(raw not in bodies for raw in RAW)
    sent = server.embed_requests("openai")[0].body["input"]
    assert sent == ["contact <EMAIL_1>", "call <PHONE_1>", "ssn <SSN_1> and <EMAIL_1>", "plain header"]
    assert PiiGate().scan(sent) == 0
    assert res.pii_mask_applied and ledger.items[-1].pii_mask_applied
    # masking turned off -> the policy refuses the cloud call; nothing is sent, no compatible fallback
    server.reset()
    with pytest.raises(PolicyBlock):
        router.embed(texts, ctx=make_ctx(pii_policy=PiiPolicy(mask_before_send=False)), model="te3-small")
    assert server.embed_requests() == []


def test_cache_hit_on_repeat_makes_no_network_call(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router(providers=["openai"])
    ctx = make_ctx()
    first = router.embed(TEXTS, ctx=ctx, model="te3-small")
    n = len(server.requests(chat_only=False))
    again = router.embed(TEXTS, ctx=ctx, model="te3-small")
    assert len(server.requests(chat_only=False)) == n  # zero network calls (no probe, no embed)
    assert again.cached and again.cache_hits == 3 and again.vectors == first.vectors and again.usd_actual == 0
    partial = router.embed([*TEXTS, "new column"], ctx=ctx, model="te3-small")
    assert partial.cache_hits == 3 and not partial.cached
    assert server.embed_requests("openai")[-1].body["input"] == ["new column"]
    router.embed(TEXTS, ctx=ctx, model="te3-small", fresh=True)
    assert server.embed_requests("openai")[-1].body["input"] == TEXTS
    other_scope = make_ctx(artifact_hashes={"catalog": "v2"})  # an artifact version change misses
    assert not router.embed(TEXTS, ctx=other_scope, model="te3-small").cached


def test_pii_heavy_texts_are_not_cached(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router(providers=["openai"])
    heavy = f"{EMAIL} {PHONE} {SSN} bob@example.com"
    ctx = make_ctx()
    router.embed([heavy, "light"], ctx=ctx, model="te3-small")
    res = router.embed([heavy, "light"], ctx=ctx, model="te3-small")
    assert res.cache_hits == 1 and server.embed_requests("openai")[-1].body["input"][0].count("<") == 4


def test_budget_early_exit_before_send(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(providers=["openai"], ledger=ledger)
    with pytest.raises(BudgetExceeded) as info:
        router.embed(TEXTS * 50, ctx=make_ctx(budget=StageBudget(tokens=20, usd=1.0, wall_time_s=60)),
                     model="te3-small")
    assert info.value.details["pre_send"] and server.embed_requests() == []
    ev = ledger.items[-1]
    assert ev.error_code == "QUOTA_EXHAUSTED" and ev.action == "provider.embed" and ev.token_actual == 0
    with pytest.raises(BudgetExceeded):  # the USD cap, priced from the registry, stops it too
        router.embed(TEXTS, ctx=make_ctx(budget=StageBudget(tokens=10**6, usd=1e-7, wall_time_s=60)),
                     model="te3-small")
    assert server.embed_requests() == []


def test_ledger_event_fields(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(providers=["openai"], ledger=ledger)
    res = router.embed([f"mail {EMAIL}", "order_total"], ctx=make_ctx(), model="te3-small")
    assert len(ledger.items) == 1
    ev = ledger.items[0]
    server_tokens = sum(max(1, len(t) // 4) for t in server.embed_requests("openai")[0].body["input"])
    assert (ev.action, ev.provider, ev.model) == ("provider.embed", "openai", "te3-small")
    assert ev.params_hash == res.params_hash and ev.params_hash
    assert ev.token_estimate == res.token_estimate > 0 and ev.token_actual == res.tokens_in == server_tokens
    assert ev.usd_actual == pytest.approx(server_tokens / 1000 * 0.02)
    assert ev.usd_estimate is not None and ev.usd_estimate > 0
    assert ev.retries == 0 and ev.fallback_chain == ["openai:te3-small"] and ev.pii_mask_applied
    assert ev.policy_version and ev.error_code is None


def test_fallback_to_offline_only_when_dimension_compatible(make_router: RouterFactory,
                                                             server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(providers=["openai"], ledger=ledger)
    server.plan("openai", "unavailable", "unavailable")  # survives its retry -> next candidate
    res = router.embed(TEXTS, ctx=make_ctx(), model="embed-256")
    assert res.provider == "offline" and res.dim == 256 and res.retries == 1
    assert res.fallback_chain == ["openai:embed-256", "offline:hashed-ngram-256"]
    assert np.allclose(res.vectors, HashedEmbedder(256).embed(TEXTS))
    assert ledger.items[-1].fallback_chain == res.fallback_chain and ledger.items[-1].provider == "offline"
    router = make_router(providers=["openai"], ledger=ledger)
    server.plan("openai", "unavailable", "unavailable")
    with pytest.raises(ProviderUnhealthy) as info:  # 1536-d: the 256-d offline embedder is no fallback
        router.embed(TEXTS, ctx=make_ctx(), model="te3-small")
    assert "dimension 256 != 1536" in info.value.details["fallback"]
    assert ledger.items[-1].error_code == "PROVIDER_UNHEALTHY"
    assert ledger.items[-1].fallback_chain == ["openai:te3-small"]


def test_outage_seen_by_health_probe_skips_the_provider(make_router: RouterFactory,
                                                        server: FakeWireServer) -> None:
    router = make_router(providers=["openai"])
    server.outage("openai", True)
    try:
        res = router.embed(TEXTS, ctx=make_ctx(), model="embed-256")
        assert res.fallback_chain == ["offline:hashed-ngram-256"] and server.embed_requests() == []
    finally:
        server.outage("openai", False)


def test_dimension_mismatch_is_deterministic(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router(providers=["openai"])
    spec = router.registry.model("openai", "embed-256")
    router.registry.models[router.registry.models.index(spec)] = spec.model_copy(update={"dims": 512})
    with pytest.raises(DeterministicFailure) as info:
        router.embed(["a"], ctx=make_ctx(), model="openai:embed-256")
    assert info.value.details["reason"] == "embedding_dimension_mismatch"
    assert len(server.embed_requests()) == 1  # deterministic: not retried


def test_rules_only_uses_a_compatible_offline_embedder(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router(providers=["openai"], rules_only=True)
    assert router.embed(TEXTS, ctx=make_ctx(), model="embed-256").provider == "offline"
    with pytest.raises(DeterministicFailure):
        router.embed(TEXTS, ctx=make_ctx(), model="te3-small")
    assert server.embed_requests() == []


def test_default_model_is_the_offline_embedder(make_router: RouterFactory, server: FakeWireServer) -> None:
    res = make_router().embed(TEXTS, ctx=make_ctx())
    assert (res.provider, res.model, res.dim) == ("offline", "hashed-ngram-256", 256)
    assert server.embed_requests() == []
