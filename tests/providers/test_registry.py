"""Registry loading and the build_router composition helper."""

from __future__ import annotations

import pytest

from adapters.cache import MemoryCache
from adapters.llm import build_router
from core.contract import contract_template
from core.errors import DeterministicFailure
from core.inmemory import MemoryLedger
from core.policy.engine import load_policy_engine
from core.providers import CallContext, CandidateDomain, ClassifyColumnRequest, load_registry


def test_shipped_registry_is_valid_and_tagged() -> None:
    reg = load_registry()
    kinds = {p.kind for p in reg.providers.values()}
    assert kinds >= {"offline", "openai", "anthropic", "groq", "ollama", "openai_compatible"}
    assert all(m.context_length > 0 and 1 <= m.quality <= 5 for m in reg.models)
    assert reg.providers["openai"].endpoint_host() == "api.openai.com"
    assert any(m.embedding for m in reg.models)


def test_api_base_override_and_missing_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = load_registry()
    monkeypatch.setenv("MAPWRIGHT_OPENAI_API_BASE", "http://127.0.0.1:9/v1")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert reg.providers["openai"].endpoint_host() == "127.0.0.1"
    assert not reg.providers["openai"].configured()
    with pytest.raises(DeterministicFailure):
        reg.model("openai", "no-such-model")


def test_build_router_from_contract_runs_offline_without_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GROQ_API_KEY", "OPENAI_COMPATIBLE_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("MAPWRIGHT_OLLAMA_API_BASE", "http://127.0.0.1:9")  # nothing listens: unhealthy
    contract = contract_template(lhs_location="a.csv", rhs_location="b.csv", mode="metadata_only")
    ledger = MemoryLedger()
    router = build_router(contract, policy=load_policy_engine(), ledger=ledger)
    assert isinstance(router.cache, MemoryCache)
    ctx = CallContext.from_contract(contract, "domains")
    assert ctx.budget == contract.budget("domains") and ctx.run_id == contract.run_id
    req = ClassifyColumnRequest(column_name="email", candidates=[CandidateDomain(domain_id="contact.email",
                                                                                 aliases=["email"], score=0.7)])
    out, res = router.run_task_result("classify_column", req, ctx=ctx)
    assert res.provider == "offline" and out.domain_id == "contact.email"  # type: ignore[attr-defined]
    assert ledger.items[-1].run_id == contract.run_id and ledger.items[-1].contract_hash == contract.contract_hash()
