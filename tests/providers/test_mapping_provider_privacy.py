"""A model's proposal passes the same privacy gate as the rules' (:mod:`core.mapping.value_privacy`).

Before, the advisor's proposals (:mod:`core.mapping.consult`) were added after the gate and checked only by
:func:`core.mapping.provider.check_policy`, which compares each literal *exactly* with the raw values of PII-domain
sources and runs the regex detector: a full name (``first last``) written into a ``map_dict`` passed both and was
stored in the Mapping Plan in clear. Through the fake wire server on 127.0.0.1 (no mock of the router)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any

import pytest

import core.mapping.planner as planner
import core.mapping.provider as mprov
from adapters.llm.fake_wire_server import FakeWireServer, _prompt_text, default_responder
from core.providers.tasks import extract_payload
from orchestration.example import EXAMPLE_SOURCE

from .helpers import RouterFactory
from .test_mapping_provider import _plan, _run


def _full_names(n: int = 3) -> list[str]:
    with open(EXAMPLE_SOURCE, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:n]
    return [f"{r['First Name']} {r['Last Name']}" for r in rows]


@pytest.fixture
def rules_blind_on_full_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules find no pipeline for ``full_name`` (so the model is asked and its answer is the only one)."""
    real = planner.proposals
    monkeypatch.setattr(planner, "proposals",
                        lambda target, a, inp: [] if target.name == "full_name" else real(target, a, inp))
    monkeypatch.setattr(mprov, "UNSURE_MARGIN", 0.0)  # only columns without a validated pipeline are asked


@pytest.fixture
def names_in_map(server: FakeWireServer) -> Iterator[list[str]]:
    names = _full_names()

    def answer(wire: str, body: dict[str, Any]) -> str:
        p = extract_payload(_prompt_text(wire, body)) or {}
        tgt = p["target"]["name"]
        src = [s["name"] for s in p["sources"]]
        if tgt != "full_name" or sorted(src) != ["first_name", "last_name"]:
            return default_responder(wire, body)
        steps = [{"op": "concat", "inputs": ["first_name", "last_name"], "output": "joined", "separator": " "},
                 {"op": "map_dict", "input": "joined", "output": tgt, "mapping": {n: n for n in names},
                  "default": "keep"}]
        return json.dumps({"proposals": [{"pipeline": {"inputs": ["first_name", "last_name"], "outputs": [tgt],
                                                       "steps": steps}, "confidence": 0.9, "rationale": "m"}]})

    server.responder = answer
    yield names
    server.responder = default_responder


@pytest.mark.usefixtures("rules_blind_on_full_name")
def test_a_model_proposal_carrying_personal_values_is_not_stored(make_router: RouterFactory,
                                                                  names_in_map: list[str]) -> None:
    ports, rid = _run(make_router, mode="data_mode", key="privacy-gate")
    calls = [e for e in ports.ledger.events(rid) if e.action == "provider.propose_transform"]
    assert calls, "the model was asked for full_name"
    plan = _plan(ports, rid)
    stored = json.dumps(plan.model_dump(mode="json"), ensure_ascii=False)
    assert not [n for n in names_in_map if n in stored]
    col = next(c for c in plan.columns if c.target == "full_name")
    assert not col.provenance.startswith("provider:")
    assert any("was not stored" in r and "provider" in r for r in [*col.reasons, *col.rationale])


@pytest.mark.usefixtures("rules_blind_on_full_name")
def test_a_model_proposal_without_values_still_competes(make_router: RouterFactory, server: FakeWireServer) -> None:
    def answer(wire: str, body: dict[str, Any]) -> str:
        p = extract_payload(_prompt_text(wire, body)) or {}
        if p["target"]["name"] != "full_name":
            return default_responder(wire, body)
        steps = [{"op": "concat", "inputs": ["first_name", "last_name"], "output": "full_name", "separator": " "}]
        return json.dumps({"proposals": [{"pipeline": {"inputs": ["first_name", "last_name"],
                                                       "outputs": ["full_name"], "steps": steps},
                                          "confidence": 0.9, "rationale": "m"}]})

    server.responder = answer
    try:
        ports, rid = _run(make_router, mode="data_mode", key="privacy-gate-ok")
    finally:
        server.responder = default_responder
    col = next(c for c in _plan(ports, rid).columns if c.target == "full_name")
    assert col.provenance.startswith("provider:openai/") and col.decision == "accept"
