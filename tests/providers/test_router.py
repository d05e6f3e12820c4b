"""Router against the fake wire server: routing profiles, retries, fallbacks, health, budgets, ledger."""

from __future__ import annotations

import pytest

from adapters.llm.fake_wire_server import FakeWireServer
from core.contract import RoutingProfile, StageBudget
from core.errors import DeterministicFailure, PolicyBlock, Timeout
from core.inmemory import MemoryLedger
from core.providers import (
    BudgetExceeded,
    CandidateDomain,
    ClassifyColumnRequest,
    ClassifyColumnResponse,
    ColumnEvidence,
    InferenceRequest,
    Message,
    RegexHit,
)
from core.providers.attempt import STRICT_REMINDER

from .helpers import RouterFactory, make_ctx

REQ = ClassifyColumnRequest(
    column_name="cust_email", table_name="customers",
    evidence=ColumnEvidence(header_tokens=["email"], regex_hits=[RegexHit(pattern="email", hit_rate=0.97)]),
    candidates=[CandidateDomain(domain_id="contact.email", aliases=["email"], score=0.8),
                CandidateDomain(domain_id="contact.phone", aliases=["phone"], score=0.3)])


def _req(text: str = "say pong") -> InferenceRequest:
    return InferenceRequest(messages=[Message(role="user", content=text)])


def test_profiles_order_candidates(make_router: RouterFactory) -> None:
    router = make_router()
    tags = {p: [m.tag for m in router.candidates(_req(), make_ctx(routing_profile=p))] for p in RoutingProfile}
    assert tags[RoutingProfile.QUALITY_FIRST][0] == "openai:gpt-test"
    assert tags[RoutingProfile.COST_FIRST][0] == "ollama:llama-test"  # free local model
    assert tags[RoutingProfile.LATENCY_FIRST][0] == "groq:groq-test"
    assert tags[RoutingProfile.OFFLINE_FIRST][0] == "ollama:llama-test"
    assert all("offline:rules-v1" not in t for t in tags.values())  # free-form: no rules fallback
    task = _req().model_copy(update={"task": "classify_column", "task_payload": REQ.model_dump()})
    first = router.candidates(task, make_ctx(routing_profile=RoutingProfile.OFFLINE_FIRST))
    last = router.candidates(task, make_ctx(routing_profile=RoutingProfile.QUALITY_FIRST))
    assert first[0].tag == "offline:rules-v1" and last[-1].tag == "offline:rules-v1"


def test_infer_writes_one_ledger_event_with_audit_fields(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(ledger=ledger)
    ctx = make_ctx()
    res = router.infer(_req(), ctx=ctx)
    assert res.text == "pong" and res.provider == "openai" and res.tokens_in == 11 and res.tokens_out == 7
    assert len(ledger.items) == 1
    ev = ledger.items[0]
    assert (ev.provider, ev.model, ev.token_actual) == ("openai", "gpt-test", 18)
    assert ev.params_hash and ev.token_estimate and ev.token_estimate > 0
    assert ev.usd_estimate is not None and ev.usd_actual is not None
    assert ev.usd_estimate > ev.usd_actual > 0
    assert ev.fallback_chain == ["openai:gpt-test"] and ev.retries == 0 and ev.action == "provider.infer"
    assert ev.policy_version == router.policy.version and ev.stage.value == "DOMAINS"


def test_rate_limit_is_retried_honouring_retry_after(make_router: RouterFactory, server: FakeWireServer) -> None:
    slept: list[float] = []
    router = make_router(sleep=slept.append)
    server.plan("openai", "rate_limit", "rate_limit")
    res = router.infer(_req(), ctx=make_ctx())
    assert res.provider == "openai" and res.retries == 2
    assert slept == [pytest.approx(0.05), pytest.approx(0.05)]  # Retry-After beats the 1-2 ms backoff
    assert len(server.requests("openai")) == 3


def test_unavailable_and_timeout_fall_back(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(ledger=ledger, max_retries={"PROVIDER_UNHEALTHY": 0, "TIMEOUT": 0})
    server.plan("openai", "unavailable")
    server.plan("anthropic", "timeout")
    res = router.infer(_req(), ctx=make_ctx())
    assert res.fallback_chain == ["openai:gpt-test", "anthropic:claude-test", "groq:groq-test"]
    assert res.provider == "groq"
    skipped = ledger.items[-1].detail["skipped"]
    assert "PROVIDER_UNHEALTHY" in skipped["openai:gpt-test"] and "TIMEOUT" in skipped["anthropic:claude-test"]


def test_context_length_is_deterministic_no_fallback(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(ledger=ledger)
    server.plan("openai", "context_length")
    with pytest.raises(DeterministicFailure) as ei:
        router.infer(_req(), ctx=make_ctx())
    assert ei.value.details["reason"] == "context_length_exceeded"
    assert len(server.requests()) == 1  # no retry, no fallback
    assert ledger.items[-1].error_code == "DETERMINISTIC_FAILURE" and ledger.items[-1].decision.value == "reject"


def test_prompt_over_context_window_fails_before_send(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router(providers=["ollama"])
    with pytest.raises(DeterministicFailure) as ei:
        router.infer(_req("word " * 40_000), ctx=make_ctx())  # ~50k tokens > 8k context
    assert ei.value.details["pre_send"] is True and not server.requests()


def test_malformed_json_retried_with_adjusted_params(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router()
    server.plan("openai", "bad_json")
    out, res = router.run_task_result("classify_column", REQ, ctx=make_ctx())
    assert isinstance(out, ClassifyColumnResponse) and out.domain_id == "contact.email"
    assert res.provider == "openai" and res.retries == 1 and not res.rules_fallback
    second = server.requests("openai")[1].body
    assert second["temperature"] == 0.0 and second["messages"][-1]["content"] == STRICT_REMINDER


def test_malformed_json_twice_falls_back_to_rules(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router()
    server.plan("openai", "bad_json", "bad_json")
    out, res = router.run_task_result("classify_column", REQ, ctx=make_ctx())
    assert res.provider == "offline" and res.rules_fallback
    assert out.domain_id == "contact.email"  # type: ignore[attr-defined]
    assert not server.requests("anthropic")  # straight to rules, no other LLM


def test_health_probe_outage_skips_provider_without_calls(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router()
    server.outage("anthropic")
    try:
        assert router.probe_health()["anthropic"] is False
        res = router.infer(_req(), ctx=make_ctx(routing_profile=RoutingProfile.COST_FIRST, ))
        assert "anthropic:claude-test" not in res.fallback_chain
        assert not server.requests("anthropic")
    finally:
        server.outage("anthropic", False)
    assert router.probe_health()["anthropic"] is True


def test_budget_breach_exits_before_sending(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(ledger=ledger, offline_fallback=False)
    ctx = make_ctx(budget=StageBudget(tokens=50, usd=1.0, wall_time_s=60))
    with pytest.raises(BudgetExceeded) as ei:
        router.infer(_req(), ctx=ctx)
    assert ei.value.code.value == "QUOTA_EXHAUSTED" and ei.value.details["pre_send"] is True
    assert not server.requests()
    assert ledger.items[-1].error_code == "QUOTA_EXHAUSTED"


def test_budget_spend_accumulates_then_stops(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(providers=["openai"], ledger=ledger, offline_fallback=False)
    # one call estimates 519 tokens (prompt 7 + 512 output cap) but spends 18: room for exactly 2 calls
    ctx = make_ctx(budget=StageBudget(tokens=550, usd=1.0, wall_time_s=60))
    router.infer(_req("a"), ctx=ctx)
    router.infer(_req("b"), ctx=ctx)
    with pytest.raises(BudgetExceeded):
        router.infer(_req("c"), ctx=ctx)
    assert len(server.requests()) == 2
    # a new router over the same ledger (process restart) keeps the spend
    again = make_router(providers=["openai"], ledger=ledger, offline_fallback=False)
    assert again.budgets.spent(ctx.run_id, ctx.stage).tokens == 36


def test_usd_cap_prefers_cheaper_provider(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router()
    # gpt-test estimate ~$0.016 for 512 output tokens; claude-test ~$0.0026 fits a $0.005 budget
    res = router.infer(_req(), ctx=make_ctx(budget=StageBudget(tokens=10_000, usd=0.005, wall_time_s=60)))
    assert res.fallback_chain[0] == "openai:gpt-test" and res.provider == "anthropic"
    assert not server.requests("openai")


def test_rules_only_kill_switch(make_router: RouterFactory, server: FakeWireServer,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPWRIGHT_RULES_ONLY", "1")
    from core.providers import RouterConfig

    assert RouterConfig().rules_only is True
    router = make_router(rules_only=True)
    out, res = router.run_task_result("classify_column", REQ, ctx=make_ctx())
    assert res.provider == "offline" and out.domain_id == "contact.email"  # type: ignore[attr-defined]
    assert not server.requests()


def test_contract_denylist_goes_through_policy(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router()
    res = router.infer(_req(), ctx=make_ctx(provider_denylist=["openai", "anthropic"]))
    assert res.provider == "groq" and not server.requests("anthropic")
    with pytest.raises(PolicyBlock):
        make_router(offline_fallback=False).infer(
            _req(), ctx=make_ctx(provider_allowlist=["nobody"]))


def test_lane_deadline_bounds_the_whole_call(make_router: RouterFactory, server: FakeWireServer) -> None:
    import time

    router = make_router(lane_deadline_s={"interactive": 0.3, "flex": 5.0, "batch": 5.0})
    server.plan("openai", "timeout")
    t = time.perf_counter()
    with pytest.raises(Timeout):
        router.infer(_req(), ctx=make_ctx())
    assert time.perf_counter() - t < 0.8
    assert [r.wire for r in server.requests()] == ["openai"]  # no fallback started after the deadline
