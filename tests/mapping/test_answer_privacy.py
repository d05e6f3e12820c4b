"""A person's ``map:``/``pipeline:`` answer passes the value-privacy gate like every other proposal (review F3):
before, an answer mapping one e-mail address to another was stored in clear in the Mapping Plan and in the
``mapping.override`` ledger event. Now it is refused, named, with the fix, and nothing holding the value is stored."""

from __future__ import annotations

import json

import pytest

from core.artifacts import ArtifactKind
from core.errors import ErrorCode
from core.mapping.errors import AnswerCarriesPersonalValues
from core.mapping.overrides import OVERRIDE_ACTION
from core.mapping.review import answer
from core.mapping.stage import run_mapping

EMAIL = "jose.jones0@example.co.uk"  # a value of the example's E-mail column


def _stored(ports, run_id: str) -> str:  # type: ignore[no-untyped-def]
    plans = ports.artifacts.latest(run_id, ArtifactKind.MAPPING_PLAN)
    events = [e.model_dump(mode="json") for e in ports.ledger.events(run_id)]
    return json.dumps(plans.payload) + json.dumps(events)


@pytest.mark.parametrize("text", [
    f"map:{EMAIL}>someone@example.org",
    "pipeline:" + json.dumps({"dsl_version": "1.0.0", "inputs": ["email"], "outputs": ["email"],
                              "input_types": {"email": "string"},
                              "steps": [{"op": "map_dict", "input": "email", "output": "email",
                                         "mapping": {EMAIL: "x@example.org"}, "on_missing": "keep"}]}),
])
def test_an_answer_with_personal_values_is_refused_and_not_stored(make_run, ports, text: str) -> None:  # type: ignore[no-untyped-def]
    c = make_run(key=f"answer-privacy-{text[:3]}")
    run_mapping(c, ports)
    plan_before = ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN).version
    with pytest.raises(AnswerCarriesPersonalValues) as err:
        answer(c, ports, "email", text, actor="ana", role="Operator")
    assert err.value.code is ErrorCode.POLICY_BLOCK
    assert "the answer for column 'email' was not recorded" in err.value.message
    assert "reference a lexicon" in err.value.message and EMAIL not in err.value.message
    assert ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN).version == plan_before  # no new plan
    events = ports.ledger.events(c.run_id)
    assert not [e for e in events if e.action == OVERRIDE_ACTION]
    assert events[-1].decision.value == "reject" and events[-1].error_code == "POLICY_BLOCK"
    assert EMAIL not in _stored(ports, c.run_id)


def test_an_answer_without_personal_values_is_still_recorded(make_run, ports) -> None:  # type: ignore[no-untyped-def]
    c = make_run(key="answer-privacy-ok")
    run_mapping(c, ports)
    answer(c, ports, "country_code", "map:USA>US,Deutschland>DE", actor="ana", role="Operator")
    overrides = [e for e in ports.ledger.events(c.run_id) if e.action == OVERRIDE_ACTION]
    assert len(overrides) == 1 and overrides[0].detail["payload"] == {"mapping": {"USA": "US", "Deutschland": "DE"}}
    plan = ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN).payload
    col = next(x for x in plan["columns"] if x["target"] == "country_code")
    assert col["override_id"] == overrides[0].detail["override_id"]
