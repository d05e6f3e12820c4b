"""Nothing — not even a health probe carrying the API key — reaches a host the policy refuses, and a
"local" provider whose endpoint is not on this machine is not treated as local for PII."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from adapters.cache import MemoryCache
from adapters.llm import build_providers
from adapters.llm.fake_wire_server import FakeWireServer
from core.contract import PiiPolicy, Role
from core.errors import PolicyBlock
from core.inmemory import MemoryLedger
from core.policy.engine import PolicyEngine, load_policy_engine
from core.policy.models import EgressRules
from core.providers import (
    CandidateDomain,
    ClassifyColumnRequest,
    ColumnEvidence,
    EmbeddingCall,
    EmbeddingResponse,
    HealthStatus,
    InferenceRequest,
    Message,
    ModelRegistry,
    ProviderCall,
    ProviderResponse,
    Router,
    heuristic_token_estimate,
)

from .helpers import fake_registry, fast_config, make_ctx

SECRET = "sk-SECRET-never-leaves"
EMAIL = "jane.doe@example.org"
REMOTE = "http://ollama.remote.invalid:11434"  # .invalid never resolves; nothing may even try
REQ = ClassifyColumnRequest(column_name="cust_email", evidence=ColumnEvidence(header_tokens=["email"]),
                            candidates=[CandidateDomain(domain_id="contact.email", aliases=["email"], score=0.8)])


def _engine(*hosts: str) -> PolicyEngine:
    """The shipped manifest with a different egress allow-list."""
    base = load_policy_engine().manifest
    return PolicyEngine(base.model_copy(update={"egress": EgressRules(allow_hosts=list(hosts))}))


@pytest.fixture
def listener() -> Iterator[FakeWireServer]:
    """A second fake server on 127.0.0.1 standing for a host the policy may refuse."""
    with FakeWireServer() as srv:
        yield srv


def _openai_router(listener: FakeWireServer, policy: PolicyEngine, monkeypatch: pytest.MonkeyPatch,
                   ledger: MemoryLedger | None = None, **cfg: Any) -> Router:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    reg = ModelRegistry.model_validate({
        "providers": {"offline": {"name": "offline", "kind": "offline", "local": True},
                      "openai": {"name": "openai", "kind": "openai", "api_base": "https://api.openai.com/v1",
                                 "api_key_env": "OPENAI_API_KEY"}},
        "models": [
            {"id": "rules-v1", "provider": "offline", "wire_model": "rules-v1", "quality": 2, "latency_ms": 1,
             "context_length": 1_000_000},
            {"id": "hashed-ngram-256", "provider": "offline", "wire_model": "h", "quality": 2, "latency_ms": 1,
             "context_length": 100_000, "embedding": True, "dims": 256},
            {"id": "embed-256", "provider": "openai", "wire_model": "embed-256", "quality": 4, "latency_ms": 200,
             "context_length": 8191, "embedding": True, "dims": 256},
            {"id": "gpt-test", "provider": "openai", "wire_model": "gpt-4o-mini", "quality": 5, "latency_ms": 700,
             "context_length": 128_000},
        ]})
    monkeypatch.setenv("MAPWRIGHT_OPENAI_API_BASE", listener.base("openai"))  # operator override -> 127.0.0.1
    return Router(reg, policy, ledger if ledger is not None else MemoryLedger(), MemoryCache(),
                  build_providers(reg), fast_config(**cfg))


def _all(listener: FakeWireServer) -> list[Any]:
    return listener.requests(chat_only=False)


def test_no_probe_to_host_outside_egress_allowlist(listener: FakeWireServer,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = MemoryLedger()
    router = _openai_router(listener, _engine("localhost"), monkeypatch, ledger=ledger)  # 127.0.0.1 not allowed
    out, res = router.run_task_result("classify_column", REQ, ctx=make_ctx())
    assert res.provider == "offline" and out.domain_id == "contact.email"  # type: ignore[attr-defined]
    assert _all(listener) == []  # no health probe, no call: the key never left
    assert "egress" in ledger.items[-1].detail["skipped"]["openai:gpt-test"]
    assert router.probe_health()["openai"] is False and _all(listener) == []
    with pytest.raises(PolicyBlock) as ei:  # nothing else to answer: the policy's refusal is the error
        _openai_router(listener, _engine("localhost"), monkeypatch, offline_fallback=False).infer(
            InferenceRequest(messages=[Message(role="user", content="hi")]), ctx=make_ctx())
    assert "egress.deny_default" in ei.value.details["rules"] and _all(listener) == []


def test_no_probe_to_contract_denylisted_provider(listener: FakeWireServer,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    router = _openai_router(listener, load_policy_engine(), monkeypatch, offline_fallback=False)
    req = InferenceRequest(messages=[Message(role="user", content="hi")])
    with pytest.raises(PolicyBlock) as ei:
        router.infer(req, ctx=make_ctx(provider_denylist=["openai"]))
    assert "providers.deny" in ei.value.details["rules"]
    assert _all(listener) == []
    # the same router, allowed: the probe and the call do reach the listener (the check above can fail)
    assert router.infer(req, ctx=make_ctx()).provider == "openai"
    probes = [r for r in _all(listener) if not r.chat]
    assert probes and probes[0].headers.get("Authorization") == f"Bearer {SECRET}"


def test_embedding_candidates_are_policy_checked_before_probing(listener: FakeWireServer,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    router = _openai_router(listener, _engine("localhost"), monkeypatch)
    res = router.embed(["customer email"], ctx=make_ctx(), model="openai:embed-256")
    assert res.provider == "offline" and res.dim == 256
    assert _all(listener) == []


class RecordingProvider:
    """A provider that never touches the network and records every use (probe, call, embed)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_local = True
        self.calls: list[tuple[str, Any]] = []

    def infer(self, call: ProviderCall) -> ProviderResponse:
        self.calls.append(("infer", call))
        return ProviderResponse(text="pong", tokens_in=3, tokens_out=1)

    def embed(self, texts: Sequence[str], *, model: str | None = None) -> list[list[float]]:
        self.calls.append(("embed", list(texts)))
        return [[1.0, 0.0] for _ in texts]

    def embed_call(self, call: EmbeddingCall) -> EmbeddingResponse:
        self.calls.append(("embed_call", call))
        return EmbeddingResponse(vectors=[[1.0] * 768 for _ in call.texts], tokens_in=1)

    def token_estimate(self, messages: Sequence[Message] | str, *, model: str | None = None) -> int:
        return heuristic_token_estimate(messages)

    def health(self) -> HealthStatus:
        self.calls.append(("health", None))
        return HealthStatus(provider=self.name, healthy=True, latency_ms=0.0)


def _remote_ollama_router(policy: PolicyEngine, monkeypatch: pytest.MonkeyPatch,
                          **cfg: Any) -> tuple[Router, RecordingProvider]:
    monkeypatch.setenv("MAPWRIGHT_OLLAMA_API_BASE", REMOTE)
    with FakeWireServer() as srv:  # only for the registry's default base; the env override wins
        reg = fake_registry(srv, providers=["ollama"])
    assert reg.providers["ollama"].endpoint_host() == "ollama.remote.invalid"
    rec = RecordingProvider("ollama")
    providers = {**build_providers(reg), "ollama": rec}
    return Router(reg, policy, MemoryLedger(), MemoryCache(), providers, fast_config(**cfg)), rec


OVERRIDE = PiiPolicy(mask_before_send=True, local_only_override=True)


def test_remote_ollama_with_override_is_refused_before_any_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    router, rec = _remote_ollama_router(load_policy_engine(), monkeypatch, offline_fallback=False)
    req = InferenceRequest(messages=[Message(role="user", content=f"mail {EMAIL}")], pin="ollama:llama-test")
    with pytest.raises(PolicyBlock):
        router.infer(req, ctx=make_ctx(role=Role.MAINTAINER, pii_policy=OVERRIDE))
    assert rec.calls == []  # no probe, no call


def test_remote_ollama_is_not_local_for_pii(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even with the remote host allowed, the override does not apply: the prompt goes out masked."""
    router, rec = _remote_ollama_router(_engine("127.0.0.1", "ollama.remote.invalid"), monkeypatch)
    req = InferenceRequest(messages=[Message(role="user", content=f"mail {EMAIL}")], pin="ollama:llama-test")
    res = router.infer(req, ctx=make_ctx(role=Role.MAINTAINER, pii_policy=OVERRIDE))
    sent = [c for kind, c in rec.calls if kind == "infer"]
    assert len(sent) == 1 and EMAIL not in sent[0].messages[0].content and "<EMAIL_1>" in sent[0].messages[0].content
    assert res.pii_mask_applied and not res.local_only_override
    emb = router.embed([f"mail {EMAIL}"], ctx=make_ctx(role=Role.MAINTAINER, pii_policy=OVERRIDE),
                       model="ollama:nomic")
    texts = [c.texts for kind, c in rec.calls if kind == "embed_call"]
    assert texts == [["mail <EMAIL_1>"]] and emb.pii_mask_applied and not emb.local_only_override


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("localhost", True), ("LocalHost.", True),
    ("::ffff:127.0.0.1", True), ("10.0.0.5", False), ("0.0.0.0", False), ("ollama.example.com", False),
    ("localhost.example.com", False), ("", False), (None, False),
])
def test_loopback_hosts(host: str | None, loopback: bool) -> None:
    from core.providers.registry import is_loopback_host

    assert is_loopback_host(host) is loopback


def test_probe_results_are_not_reused_across_policy_refusal(listener: FakeWireServer,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A provider probed while allowed is still refused (and not called) once a contract denies it."""
    router = _openai_router(listener, load_policy_engine(), monkeypatch)
    req = InferenceRequest(messages=[Message(role="user", content="hi")])
    assert router.infer(req, ctx=make_ctx()).provider == "openai"
    before = len(_all(listener))
    assert [m.tag for m in router.candidates(req, make_ctx(provider_denylist=["openai"]))] == []
    assert len(_all(listener)) == before
