"""Provider conformance suite (§15, §22, Phase 6): identical error taxonomy and parameter
normalization across every wire API, schema-identical structured outputs, and failover drills;
embedding cases (taxonomy per embedding wire, schema-identical vectors) come from
:mod:`adapters.llm.conformance_embed`.

:func:`run_conformance` drives the litellm provider for each wire (OpenAI, Anthropic, Groq
through the OpenAI wire, Ollama) against :class:`FakeWireServer` on 127.0.0.1, and writes a
:class:`ConformanceReport` artifact. ``python -m adapters.llm.conformance out.json`` runs it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from adapters.cache import MemoryCache
from adapters.llm import build_providers
from adapters.llm.conformance_common import EXPECTED, ConformanceCase, ctx_for_conformance
from adapters.llm.conformance_embed import embedding_cases, embedding_models
from adapters.llm.fake_wire_server import FakeWireServer, normalized_params
from adapters.llm.offline_provider import solve_task
from core.contract import RoutingProfile, StageBudget
from core.errors import MapwrightError
from core.inmemory import MemoryLedger as _Ledger
from core.policy.engine import PolicyEngine, load_policy_engine
from core.providers import (
    BudgetExceeded,
    CandidateDomain,
    ClassifyColumnRequest,
    ColumnEvidence,
    InferenceParams,
    Message,
    ModelRegistry,
    ProviderCall,
    RegexHit,
    Router,
    RouterConfig,
)
from core.providers.normalize import normalize

KEY_ENV = "MAPWRIGHT_CONFORMANCE_KEY"
WIRE_OF = {"openai": "openai", "anthropic": "anthropic", "groq": "openai", "ollama": "ollama"}


class DrillResult(BaseModel):
    """One failover drill."""

    name: str
    outcome: str
    passed: bool
    detail: dict[str, Any] = Field(default_factory=dict)


class ConformanceReport(BaseModel):
    """Conformance report artifact (ArtifactKind.CONFORMANCE_REPORT)."""

    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    providers: list[str]
    cases: list[ConformanceCase]
    drills: list[DrillResult]
    passed: bool
    summary: str


def conformance_registry(srv: FakeWireServer) -> ModelRegistry:
    """One model per wire provider pointed at ``srv`` (plus the offline rules), and the embedding
    models of :mod:`adapters.llm.conformance_embed`."""
    def prov(kind: str, wire: str, local: bool = False) -> dict[str, Any]:
        return {"name": kind, "kind": kind, "api_base": srv.base(wire), "local": local,
                "api_key_env": None if local else KEY_ENV}
    models = [("openai", "gpt-4o-mini", 5, 0.00015, 0.0006),
              ("anthropic", "claude-3-5-haiku-20241022", 4, 0.0008, 0.004),
              ("groq", "llama-3.3-70b-versatile", 3, 0.00059, 0.00079), ("ollama", "llama3.1:8b", 3, 0.0, 0.0)]
    return ModelRegistry.model_validate({
        "providers": {"offline": {"name": "offline", "kind": "offline", "local": True},
                      **{k: prov(k, WIRE_OF[k], local=(k == "ollama")) for k in WIRE_OF}},
        "models": [{"id": "rules-v1", "provider": "offline", "wire_model": "rules-v1", "quality": 2, "latency_ms": 1,
                    "context_length": 10**6}]
        + [{"id": f"{p}-m", "provider": p, "wire_model": w, "quality": q, "latency_ms": 500, "context_length": 100_000,
            "max_output_tokens": 2048, "usd_per_1k_input": i, "usd_per_1k_output": o} for p, w, q, i, o in models]
        + embedding_models(),
    })


def sample_classify_request() -> ClassifyColumnRequest:
    """The structured request every provider must answer schema-identically."""
    return ClassifyColumnRequest(
        column_name="cust_email", table_name="customers",
        evidence=ColumnEvidence(header_tokens=["email"], regex_hits=[RegexHit(pattern="email", hit_rate=0.96)]),
        candidates=[CandidateDomain(domain_id="contact.email", aliases=["email", "e-mail"], score=0.8),
                    CandidateDomain(domain_id="contact.phone", aliases=["phone"], score=0.3)])


def _router(reg: ModelRegistry, policy: PolicyEngine, ledger: _Ledger, **cfg: Any) -> Router:
    conf = RouterConfig(rules_only=False, backoff_base_s=0.001, backoff_max_s=0.01, max_retry_after_s=0.1,
                        lane_call_timeout_s={"interactive": 0.4, "flex": 0.4, "batch": 0.4}, **cfg)
    return Router(reg, policy, ledger, MemoryCache(), build_providers(reg), conf)


def _taxonomy_cases(srv: FakeWireServer, reg: ModelRegistry) -> list[ConformanceCase]:
    providers = build_providers(reg)
    cases: list[ConformanceCase] = []
    msgs = [Message(role="user", content="ping")]
    for name, wire in WIRE_OF.items():
        for fault, expected in EXPECTED.items():
            srv.plan(wire, fault)
            call = ProviderCall(provider=name, model=f"{name}-m", messages=msgs, params=InferenceParams(max_tokens=8),
                                timeout_s=0.3)
            actual = "OK"
            try:
                providers[name].infer(call)
            except MapwrightError as exc:
                actual = str(exc.code)
            cases.append(ConformanceCase(provider=name, check=f"error:{fault}", expected=expected, actual=actual,
                                         passed=actual == expected))
        if srv.state.faults[wire]:
            srv.state.faults[wire].clear()
    return cases


def _param_cases(srv: FakeWireServer, reg: ModelRegistry) -> list[ConformanceCase]:
    providers = build_providers(reg)
    raw = InferenceParams(temperature=1.7, top_p=0.0, stop=["END", "END", "", "a", "b", "c", "d"], max_tokens=10**6)
    cases: list[ConformanceCase] = []
    seen: dict[str, dict[str, Any]] = {}
    for name, wire in WIRE_OF.items():
        spec = reg.model(name, f"{name}-m")
        msgs = [Message(role="user", content="ping")]
        params, msgs, _ = normalize(raw, spec, msgs, providers[name].token_estimate)
        before = len(srv.requests(wire))
        providers[name].infer(ProviderCall(provider=name, model=spec.id, messages=msgs, params=params, timeout_s=2.0))
        sent = normalized_params(wire, srv.requests(wire)[before].body)
        seen[name] = sent
        expected = {"temperature": 1.0, "top_p": 0.01, "stop": ["END", "a", "b", "c"], "max_tokens": 2048}
        cases.append(ConformanceCase(provider=name, check="params:normalized", expected=expected, actual=sent,
                                     passed=sent == expected))
    same = len({repr(v) for v in seen.values()}) == 1
    cases.append(ConformanceCase(provider="*", check="params:identical_across_providers", expected=True, actual=same,
                                 passed=same))
    return cases


def _schema_cases(srv: FakeWireServer, reg: ModelRegistry, policy: PolicyEngine) -> list[ConformanceCase]:
    router = _router(reg, policy, _Ledger())
    req = sample_classify_request()
    reference = solve_task("classify_column", req.model_dump(mode="json"))
    cases: list[ConformanceCase] = []
    for name in ["offline", *WIRE_OF]:
        model = "rules-v1" if name == "offline" else f"{name}-m"
        out, res = router.run_task_result("classify_column", req, ctx=ctx_for_conformance(), pin=f"{name}:{model}",
                                          fresh=True)
        ok = out.model_dump_json() == reference and res.provider == name
        cases.append(ConformanceCase(provider=name, check="schema:classify_column_identical",
                                     expected={"provider": name, "output": reference},
                                     actual={"provider": res.provider, "output": out.model_dump_json()}, passed=ok))
    return cases


def _drills(srv: FakeWireServer, reg: ModelRegistry, policy: PolicyEngine) -> list[DrillResult]:
    drills: list[DrillResult] = []
    req = sample_classify_request()
    # 1. provider outage: the best provider is down -> next provider answers; nothing lost
    led = _Ledger()
    router = _router(reg, policy, led)
    srv.outage("openai", True)
    srv.state.faults["anthropic"].clear()
    try:
        out, res = router.run_task_result("classify_column", req, ctx=ctx_for_conformance(), fresh=True)
        ok = res.provider not in ("openai", "groq") and out.model_dump()["domain_id"] == "contact.email"
        drills.append(DrillResult(name="provider_outage", outcome=f"answered by {res.provider}", passed=ok,
                                  detail={"chain": res.fallback_chain, "ledger_events": len(led.items)}))
    finally:
        srv.outage("openai", False)
    # 2. quota exhaustion: no retry (delay class), switch provider
    router = _router(reg, policy, _Ledger())
    srv.plan("openai", "quota")
    before = len(srv.requests("openai"))
    out, res = router.run_task_result("classify_column", req, ctx=ctx_for_conformance(), fresh=True)
    sent = len(srv.requests("openai")) - before
    drills.append(DrillResult(name="quota_exhaustion", outcome=f"switched to {res.provider}",
                              passed=res.provider != "openai" and sent == 1 and res.retries == 0,
                              detail={"chain": res.fallback_chain, "openai_requests": sent}))
    # 3. cost-cap breach: early exit before sending, or documented offline fallback
    router = _router(reg, policy, _Ledger(), offline_fallback=False)
    before = len(srv.requests())
    tiny = StageBudget(tokens=10, usd=0.0, wall_time_s=60)
    try:
        router.run_task("classify_column", req,
                        ctx=ctx_for_conformance(budget=tiny, routing_profile=RoutingProfile.COST_FIRST))
        outcome, ok = "no early exit", False
    except BudgetExceeded as exc:
        outcome, ok = f"early exit {exc.code}", len(srv.requests()) == before
    drills.append(DrillResult(name="cost_cap_breach_early_exit", outcome=outcome, passed=ok,
                              detail={"requests_sent": len(srv.requests()) - before}))
    router = _router(reg, policy, _Ledger())
    out, res = router.run_task_result("classify_column", req, ctx=ctx_for_conformance(budget=tiny))
    drills.append(DrillResult(name="cost_cap_breach_offline_fallback", outcome=f"answered by {res.provider}",
                              passed=res.provider == "offline" and out.model_dump()["domain_id"] == "contact.email",
                              detail={"chain": res.fallback_chain}))
    return drills


def run_conformance(out_path: str | Path | None = None, *, server: FakeWireServer | None = None,
                    policy: PolicyEngine | None = None,
                    progress: Callable[[str], None] | None = None) -> ConformanceReport:
    """Run the suite against ``server`` (or a fresh one) and optionally write the report JSON."""
    import os

    os.environ.setdefault(KEY_ENV, "sk-conformance")
    own = server is None
    srv = server or FakeWireServer(retry_after_s=0.05, timeout_sleep_s=0.8).start()
    try:
        srv.reset()
        reg = conformance_registry(srv)
        pol = policy or load_policy_engine()
        cases = (_taxonomy_cases(srv, reg) + _param_cases(srv, reg) + _schema_cases(srv, reg, pol)
                 + embedding_cases(srv, reg, pol))
        drills = _drills(srv, reg, pol)
    finally:
        if own:
            srv.stop()
    failed = [c for c in cases if not c.passed] + [d for d in drills if not d.passed]  # type: ignore[operator]
    report = ConformanceReport(
        providers=["offline", *WIRE_OF], cases=cases, drills=drills, passed=not failed,
        summary=f"{sum(c.passed for c in cases)}/{len(cases)} checks, "
                f"{sum(d.passed for d in drills)}/{len(drills)} drills passed")
    if progress:
        progress(report.summary)
    if out_path is not None:
        Path(out_path).parent.mkdir(parents=True, exist_ok=True)
        Path(out_path).write_text(report.model_dump_json(indent=2), encoding="utf-8")
    return report


if __name__ == "__main__":  # pragma: no cover
    rep = run_conformance(sys.argv[1] if len(sys.argv) > 1 else None, progress=print)
    sys.exit(0 if rep.passed else 1)
