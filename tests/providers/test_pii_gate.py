"""PII gate: detection/masking, and proof that raw PII never reaches a non-local provider."""

from __future__ import annotations

import json

import pytest

from adapters.llm.fake_wire_server import FakeWireServer
from core.contract import PiiPolicy, Role, RoutingProfile
from core.errors import PolicyBlock
from core.inmemory import MemoryLedger
from core.providers import (
    CandidateDomain,
    ClassifyColumnRequest,
    ColumnEvidence,
    InferenceRequest,
    Message,
    PiiGate,
    RegexPiiDetector,
)

from .helpers import RouterFactory, make_ctx

EMAIL, PHONE, SSN, CARD = "jane.doe@example.org", "+1 415-555-2671", "219-09-9999", "4111 1111 1111 1111"
RAW = [EMAIL, PHONE, SSN, CARD, "4111111111111111", "jane.doe", "415-555-2671"]
PROMPT = f"Customer {EMAIL} called from {PHONE}; SSN {SSN}; card {CARD}."


def test_regex_detector_kinds_and_luhn() -> None:
    kinds = sorted(f.kind for f in RegexPiiDetector().find(PROMPT))
    assert kinds == ["CARD", "EMAIL", "PHONE", "SSN"]
    assert not [f for f in RegexPiiDetector().find("order 4111 1111 1111 1112 total") if f.kind == "CARD"]
    assert not RegexPiiDetector().find("date 2024-01-31, ratio 0.95, id 12345")


def test_gate_masks_messages_and_payload_consistently() -> None:
    gate = PiiGate()
    out = gate.apply([Message(role="user", content=PROMPT)], {"examples": [EMAIL, "ok"]}, mask=True)
    assert out.masked and out.findings == 5 and out.kinds["EMAIL"] == 2
    text = out.messages[0].content + json.dumps(out.payload)
    assert all(raw not in text for raw in RAW)
    assert "<EMAIL_1>" in text and "<SSN_1>" in text
    assert gate.confirm_masked(out.messages)
    unmasked = gate.apply([Message(role="user", content=PROMPT)], None, mask=False)
    assert unmasked.detected and not unmasked.masked and unmasked.messages[0].content == PROMPT


def _all_bodies(server: FakeWireServer) -> str:
    return "\n".join(r.raw for r in server.requests(chat_only=False))


@pytest.mark.parametrize("profile", [RoutingProfile.QUALITY_FIRST, RoutingProfile.COST_FIRST,
                                     RoutingProfile.LATENCY_FIRST])
def test_pii_never_reaches_non_local_provider_unmasked(make_router: RouterFactory, server: FakeWireServer,
                                                       profile: RoutingProfile) -> None:
    ledger = MemoryLedger()
    router = make_router(ledger=ledger, providers=["openai", "anthropic", "groq"])
    server.plan("openai", "unavailable", "unavailable")  # force a fallback hop too
    res = router.infer(InferenceRequest(messages=[Message(role="system", content=f"context {EMAIL}"),
                                                  Message(role="user", content=PROMPT)]),
                       ctx=make_ctx(routing_profile=profile))
    bodies = _all_bodies(server)
    assert server.requests() and "<EMAIL_1>" in bodies
    assert all(raw not in bodies for raw in RAW)
    assert res.pii_mask_applied and ledger.items[-1].pii_mask_applied


def test_structured_task_payload_is_masked_on_the_wire(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router(providers=["anthropic"])
    req = ClassifyColumnRequest(column_name="contact", candidates=[CandidateDomain(domain_id="contact.email",
                                                                                   aliases=["email"], score=0.9)],
                                evidence=ColumnEvidence(value_sketches=[EMAIL, "bob@example.com", SSN]))
    out, res = router.run_task_result("classify_column", req, ctx=make_ctx())
    assert res.provider == "anthropic" and out.domain_id == "contact.email"  # type: ignore[attr-defined]
    bodies = _all_bodies(server)
    assert all(raw not in bodies for raw in [*RAW, "bob@example.com"]) and "<EMAIL_2>" in bodies


def test_unmasked_pii_is_refused_for_cloud_and_falls_back_local(make_router: RouterFactory,
                                                                server: FakeWireServer) -> None:
    """mask_before_send=False: the policy refuses every external call carrying PII; offline answers."""
    ledger = MemoryLedger()
    router = make_router(ledger=ledger)
    req = ClassifyColumnRequest(column_name="email", candidates=[CandidateDomain(domain_id="contact.email",
                                                                                 aliases=["email"], score=0.9)],
                                evidence=ColumnEvidence(value_sketches=[EMAIL]))
    ctx = make_ctx(pii_policy=PiiPolicy(mask_before_send=False, local_only_override=False))
    _, res = router.run_task_result("classify_column", req, ctx=ctx)
    assert res.provider == "offline" and not server.requests()
    assert "pii.mask_before_send" not in str(res) and "mask_before_send" in json.dumps(ledger.items[-1].detail)
    with pytest.raises(PolicyBlock):
        make_router(offline_fallback=False).run_task("classify_column", req, ctx=ctx)


def test_local_only_override_is_policy_gated_and_logged(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(ledger=ledger, providers=["ollama"])
    override = PiiPolicy(mask_before_send=True, local_only_override=True)
    req = InferenceRequest(messages=[Message(role="user", content=PROMPT)], pin="ollama:llama-test")
    res = router.infer(req, ctx=make_ctx(role=Role.MAINTAINER, pii_policy=override))
    assert res.provider == "ollama" and res.local_only_override and not res.pii_mask_applied
    assert EMAIL in _all_bodies(server)  # unmasked, but only to the local provider
    assert ledger.items[-1].local_only_override is True
    server.reset()
    with pytest.raises(PolicyBlock):  # an Analyst may not use the override
        make_router(providers=["ollama"], offline_fallback=False).infer(
            req, ctx=make_ctx(role=Role.ANALYST, pii_policy=override))
    assert not server.requests()
