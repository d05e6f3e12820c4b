"""Mapping asks the provider layer (``propose_transform``) when the rules are unsure: masked examples
only, every proposal validated by the DSL and the policy, typed failures recorded and the rules as
fallback (garbage, outage, timeout, out-of-policy), through the fake wire server on 127.0.0.1."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import core.mapping.provider as mprov
from adapters.llm.fake_wire_server import FakeWireServer, _prompt_text, default_responder
from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.contract import contract_template
from core.ingest.stage import build_catalog
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.ledger import Decision, Stage
from core.mapping.plan import MappingPlan
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.policy import load_policy_engine
from core.providers.tasks import extract_payload
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

from .helpers import RouterFactory

_CATALOG: list[Any] = []


@pytest.fixture
def every_column_unsure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example's matches are clear-cut; widen the near-tie band so every column is 'unsure'."""
    monkeypatch.setattr(mprov, "UNSURE_MARGIN", 1.01)


@pytest.fixture
def responder(server: FakeWireServer) -> Iterator[Callable[[Callable[[str, dict[str, Any]], str]], None]]:
    def use(fn: Callable[[str, dict[str, Any]], str]) -> None:
        server.responder = fn

    yield use
    server.responder = default_responder


def _run(make_router: RouterFactory, mode: str = "metadata_only", key: str = "p") -> tuple[MappingPorts, str]:
    if not _CATALOG:
        _CATALOG.append(load_domain_catalog())
    ledger = MemoryLedger()
    ports = MappingPorts(policy=load_policy_engine(), ledger=ledger, artifacts=MemoryArtifacts(),
                         profile=load_threshold_profile("tp_default_v1"), domain_catalog=_CATALOG[0],
                         open_source=open_source, router=make_router(providers=["openai"], ledger=ledger,
                                                                     offline_fallback=False))
    c = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location=str(EXAMPLE_TARGET), mode=mode,
                          rhs_type="file", role="Operator", user_id="t", request_key=f"{key}:{mode}")
    build_catalog(c, open_source(c.lhs), policy=ports.policy, ledger=ports.ledger, artifacts=ports.artifacts)
    run_mapping(c, ports, use_memory=False)
    return ports, c.run_id


def _plan(ports: MappingPorts, rid: str) -> MappingPlan:
    art = ports.artifacts.latest(rid, ArtifactKind.MAPPING_PLAN)
    assert art is not None
    return MappingPlan.model_validate(art.payload)


def _events(ports: MappingPorts, rid: str, action: str) -> list[Any]:
    return [e for e in ports.ledger.events(rid, Stage.MAPPING) if e.action == action]


def _answer(build: Callable[[dict[str, Any]], dict[str, Any]]) -> Callable[[str, dict[str, Any]], str]:
    def fn(wire: str, body: dict[str, Any]) -> str:
        payload = extract_payload(_prompt_text(wire, body)) or {}
        return json.dumps(build(payload))

    return fn


def _one(steps: Callable[[str, str], list[dict[str, Any]]], inputs: Callable[[str], list[str]] | None = None,
         ) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def build(payload: dict[str, Any]) -> dict[str, Any]:
        src, tgt = payload["sources"][0]["name"], payload["target"]["name"]
        return {"proposals": [{"pipeline": {"inputs": inputs(src) if inputs else [src], "outputs": [tgt],
                                            "steps": steps(src, tgt)}, "confidence": 0.9, "rationale": "m"}]}

    return build


def _rules_plan(make_router: RouterFactory, server: FakeWireServer) -> dict[str, Any]:
    server.outage("openai")  # unhealthy from the start: never asked, the rules plan
    ports, rid = _run(make_router, key="rules")
    server.outage("openai", down=False)
    assert not server.requests("openai")
    return {c.target: (c.sources, c.pipeline_hash) for c in _plan(ports, rid).columns}


@pytest.mark.usefixtures("every_column_unsure")
def test_model_is_asked_with_masked_examples_and_its_proposals_are_validated(
        make_router: RouterFactory, server: FakeWireServer) -> None:
    ports, rid = _run(make_router, mode="data_mode", key="ok")
    calls = [e for e in ports.ledger.events(rid) if e.action == "provider.propose_transform"]
    assert calls and all(e.decision is Decision.ACCEPT and e.provider == "openai" for e in calls)
    sent = server.requests("openai")
    assert len(sent) == len(calls)
    with open(EXAMPLE_SOURCE, encoding="utf-8") as fh:
        raw = [v for row in list(csv.DictReader(fh))[:200] for k, v in row.items()
               if k in ("E-mail", "Phone", "SSN", "Last Name") and v]
    bodies = "\n".join(r.raw for r in sent)
    assert raw and not [v for v in raw if v in bodies]  # only masked examples left the process
    plan = _plan(ports, rid)
    assert plan.summary["accept"] == 8  # model proposals compete on the same validation; rules still win ties
    ev = _events(ports, rid, "mapping.plan")[-1]
    assert ev.detail["provider"]["asked"] == len(calls) and ev.detail["provider"]["answered"] == len(calls)


@pytest.mark.usefixtures("every_column_unsure")
@pytest.mark.parametrize("garbage", ["bad_json", "unknown_op", "wrong_column"])
def test_garbage_is_a_typed_error_and_the_rules_plan(make_router: RouterFactory, server: FakeWireServer,
                                                     responder: Callable[..., None], garbage: str) -> None:
    expected = _rules_plan(make_router, server)
    if garbage == "bad_json":
        responder(lambda wire, body: "this is not json {")
    elif garbage == "unknown_op":
        responder(_answer(_one(lambda s, t: [{"op": "exec_python", "input": s, "output": t, "code": "1"}])))
    else:
        responder(_answer(_one(lambda s, t: [{"op": "trim", "input": "no_such_col", "output": t}],
                               inputs=lambda s: ["no_such_col"])))
    ports, rid = _run(make_router, key=garbage)
    errs = _events(ports, rid, "mapping.provider")
    assert errs and all(e.decision is Decision.REJECT and e.error_code == "DETERMINISTIC_FAILURE"
                        and e.detail["fallback"] == "rules" and e.detail["message"].startswith("propose_transform:")
                        for e in errs)
    assert {c.target: (c.sources, c.pipeline_hash) for c in _plan(ports, rid).columns} == expected
    assert not [c for c in _plan(ports, rid).columns if c.provenance.startswith("provider:")]


@pytest.mark.usefixtures("every_column_unsure")
@pytest.mark.parametrize("fault", ["outage", "timeout"])
def test_provider_failure_mid_mapping_falls_back_to_rules_recorded(
        make_router: RouterFactory, server: FakeWireServer, responder: Callable[..., None], fault: str) -> None:
    expected = _rules_plan(make_router, server)
    answered = {"n": 0}

    def first_then_fault(wire: str, body: dict[str, Any]) -> str:
        text = default_responder(wire, body)
        answered["n"] += 1
        if answered["n"] == 1:  # down right after Mapping's first successful model call
            if fault == "outage":
                server.outage(wire)
            else:
                server.plan(wire, *["timeout"] * 6)
        return text

    responder(first_then_fault)
    ports, rid = _run(make_router, key=fault)
    server.outage("openai", down=False)
    calls = [e for e in ports.ledger.events(rid) if e.action == "provider.propose_transform"]
    assert calls[0].decision is Decision.ACCEPT and calls[1].decision is Decision.RETRY
    errs = _events(ports, rid, "mapping.provider")
    code = "TIMEOUT" if fault == "timeout" else {"PROVIDER_UNHEALTHY", "TRANSIENT_ERROR"}
    assert len(errs) == 1 and errs[0].decision is Decision.RETRY and errs[0].detail["asks_stopped"]
    assert errs[0].error_code == code if isinstance(code, str) else errs[0].error_code in code
    summary = _events(ports, rid, "mapping.plan")[-1].detail["provider"]
    assert summary["asked"] == 2 and summary["fallback"] == "rules"  # no more asks after the failure
    assert {c.target: (c.sources, c.pipeline_hash) for c in _plan(ports, rid).columns} == expected


@pytest.mark.usefixtures("every_column_unsure")
def test_out_of_policy_proposal_is_a_dsl_reject(make_router: RouterFactory, responder: Callable[..., None]) -> None:
    # a value map whose literal is an e-mail address: it would put a personal value into the stored plan
    responder(_answer(_one(lambda s, t: [{"op": "map_dict", "input": s, "output": t,
                                          "mapping": {"ann.lee@example.com": "x"}, "default": "keep"}])))
    ports, rid = _run(make_router, key="oop")
    rejects = [e for e in _events(ports, rid, "mapping.proposal") if e.detail.get("strategy") == "provider"]
    assert rejects and all(e.error_code == "DSL_REJECT" and "out of policy" in e.detail["message"]
                           and e.detail["provenance"].startswith("provider:openai/") for e in rejects)
    assert not [c for c in _plan(ports, rid).columns if c.provenance.startswith("provider:")]


def test_default_offline_router_never_asks_and_plans_like_rules(make_router: RouterFactory,
                                                                server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    router = make_router(providers=["offline"], ledger=ledger, offline_fallback=False)
    ports = MappingPorts(policy=load_policy_engine(), ledger=ledger, artifacts=MemoryArtifacts(),
                         profile=load_threshold_profile("tp_default_v1"), domain_catalog=load_domain_catalog(),
                         open_source=open_source, router=router)
    c = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location=str(EXAMPLE_TARGET), mode="metadata_only",
                          rhs_type="file", role="Operator", user_id="t", request_key="offline")
    build_catalog(c, open_source(c.lhs), policy=ports.policy, ledger=ports.ledger, artifacts=ports.artifacts)
    mprov.UNSURE_MARGIN, saved = 1.01, mprov.UNSURE_MARGIN
    try:
        run_mapping(c, ports, use_memory=False)
    finally:
        mprov.UNSURE_MARGIN = saved
    assert not [e for e in ledger.events(c.run_id) if e.action.startswith("provider.")]
    assert _events(ports, c.run_id, "mapping.plan")[-1].detail["provider"]["asked"] == 0


@pytest.mark.usefixtures("every_column_unsure")
def test_a_provider_the_contract_denies_is_never_contacted(make_router: RouterFactory, server: FakeWireServer) -> None:
    ledger = MemoryLedger()
    ports = MappingPorts(policy=load_policy_engine(), ledger=ledger, artifacts=MemoryArtifacts(),
                         profile=load_threshold_profile("tp_default_v1"), domain_catalog=load_domain_catalog(),
                         open_source=open_source, router=make_router(providers=["openai"], ledger=ledger,
                                                                     offline_fallback=False))
    c = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location=str(EXAMPLE_TARGET), mode="metadata_only",
                          rhs_type="file", role="Operator", user_id="t", request_key="deny")
    build_catalog(c, open_source(c.lhs), policy=ports.policy, ledger=ports.ledger, artifacts=ports.artifacts)
    run_mapping(c.model_copy(update={"provider_denylist": ["openai"]}), ports, use_memory=False)
    assert not server.requests(chat_only=False)  # policy first: the denied endpoint is not even probed
    assert _events(ports, c.run_id, "mapping.plan")[-1].detail["provider"]["asked"] == 0
