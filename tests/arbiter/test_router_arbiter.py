"""Borderline arbitration through the provider router: an external model's answer is used, the
offline answer defers to the catalog rules, failures fall back, and PII never leaves unmasked."""

from __future__ import annotations

import json
from typing import Any

import pytest

from adapters.llm import build_router
from adapters.llm.arbiter import RouterArbiter
from adapters.llm.fake_wire_server import FakeWireServer, _prompt_text
from core.contract import contract_template
from core.domains.arbiter import RulesArbiter
from core.domains.evidence import ColumnEvidence
from core.domains.scoring import CandidateScore, Components
from core.inmemory import MemoryLedger
from core.policy import load_policy_engine
from core.providers import CallContext
from tests.providers.helpers import FAKE_KEY_ENV, fake_registry, fast_config

EVIDENCE = ColumnEvidence(table="crm", column="contact", original_name="contact (jane.doe@example.org)",
                          declared_type="string", physical_type="Utf8", header_tokens=["contact"],
                          header_variants=["contact"])
# A tie: the rules arbiter calls this ambiguous (unknown); a model may pick one.
CANDIDATES = [CandidateScore(domain_id="contact.phone", score=0.70, components=Components(name_sim=0.7)),
              CandidateScore(domain_id="contact.email", score=0.69, components=Components(name_sim=0.69))]
DESCRIPTIONS = {"contact.phone": ("Phone number", ["phone"]), "contact.email": ("E-mail address", ["email"])}


def _email_model(wire: str, body: dict[str, Any]) -> str:
    assert "classify_column" in _prompt_text(wire, body)
    return json.dumps({"domain_id": "contact.email", "confidence": 0.91, "rationale": "values look like e-mail"})


def _arbiter(srv: FakeWireServer | None, profile: str, providers: list[str]) -> tuple[RouterArbiter, MemoryLedger]:
    contract = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key=f"arb-{profile}",
                                 routing_profile=profile)
    ledger = MemoryLedger()
    registry = fake_registry(srv, providers=providers) if srv else None
    router = build_router(contract, policy=load_policy_engine(), ledger=ledger, registry=registry,
                          config=fast_config(offline_fallback=True))
    ctx = CallContext.from_contract(contract, "DOMAINS")
    return RouterArbiter(router, ctx, RulesArbiter(), DESCRIPTIONS), ledger


@pytest.fixture
def srv(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(FAKE_KEY_ENV, "sk-test")
    with FakeWireServer(responder=_email_model) as server:
        yield server


def test_external_model_answer_is_used_and_pii_is_masked(srv: FakeWireServer) -> None:
    arbiter, ledger = _arbiter(srv, "quality_first", ["openai"])
    verdict = arbiter.arbitrate(EVIDENCE, CANDIDATES)
    assert verdict.domain_id == "contact.email" and verdict.arbiter.startswith("router:")
    sent = srv.requests("openai")
    assert sent and all("jane.doe@example.org" not in json.dumps(r.body) for r in sent)
    call = [e for e in ledger.items if e.provider == "openai"]
    assert call and call[0].pii_mask_applied


def test_offline_answer_defers_to_the_catalog_rules() -> None:
    arbiter, ledger = _arbiter(None, "offline_first", [])
    verdict = arbiter.arbitrate(EVIDENCE, CANDIDATES)
    assert verdict.domain_id is None and "ambiguous" in verdict.rationale  # the rules arbiter's verdict
    assert verdict == RulesArbiter().arbitrate(EVIDENCE, CANDIDATES)
    assert [e.provider for e in ledger.items] == ["offline"]  # the routing is on the ledger


def test_provider_outage_falls_back_to_rules(srv: FakeWireServer) -> None:
    srv.outage("openai")
    arbiter, _ = _arbiter(srv, "quality_first", ["openai"])
    verdict = arbiter.arbitrate(EVIDENCE, CANDIDATES)
    assert verdict == RulesArbiter().arbitrate(EVIDENCE, CANDIDATES)  # identical whatever failed
