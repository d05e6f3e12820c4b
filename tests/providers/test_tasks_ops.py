"""The propose_transform instructions list the DSL's ops from its own registry, so they cannot go stale."""

from __future__ import annotations

import re

import pytest

from core.providers.tasks import (
    GATED_OPS,
    TASKS,
    ColumnSpec,
    ProposeTransformRequest,
    dsl_ops,
    render_messages,
)
from dsl.models import ALL_OPS, DSL_LATEST, OP_SINCE, Pipeline


def _request() -> ProposeTransformRequest:
    return ProposeTransformRequest(target=ColumnSpec(name="t", type="string"),
                                   sources=[ColumnSpec(name="a", type="string")])


def _listed(text: str) -> dict[str, str]:
    """op -> the dsl_version the instructions ask for it ("1.0.0" for the base list)."""
    m = re.search(r"DSL (\d+\.\d+\.\d+) ops: (.*?)\) whose inputs", text)
    assert m, text
    assert m.group(1) == DSL_LATEST
    version, out = "1.0.0", {}
    for part in m.group(2).split("; "):
        head = re.match(r'with dsl_version "(\d+\.\d+\.\d+)" or later also (.*)', part)
        version, names = (head.group(1), head.group(2)) if head else (version, part)
        for name in names.split(", "):
            out[name] = version
    return out


def test_every_op_of_the_current_dsl_is_offered_with_its_version() -> None:
    listed = _listed(TASKS["propose_transform"].instructions)
    # the parser's registry and the engine's version-ordered list agree, and each op is offered
    assert set(dsl_ops()) == set(ALL_OPS)
    assert set(listed) == set(ALL_OPS) - GATED_OPS
    for op, version in listed.items():
        since = OP_SINCE.get(op, (1, 0))
        assert version == f"{since[0]}.{since[1]}.0", op
    assert {"normalize", "strip_accents", "list_sort", "floor", "coalesce"} <= set(listed)


def test_gated_ops_are_not_offered_since_proposals_validate_without_features() -> None:
    from core.providers.tasks import ProposeTransformResponse, _check_pipelines

    assert "select_when" not in _listed(TASKS["propose_transform"].instructions)
    pipe = {"inputs": ["a"], "outputs": ["t"], "input_types": {"a": "string"}, "dsl_version": "1.1.0",
            "steps": [{"op": "select_when", "input": "a", "pattern": "x", "then": "y", "output": "t"}]}
    Pipeline.from_json(pipe)  # it parses ...
    with pytest.raises(Exception, match="feature"):  # ... but a provider's proposal may not use it
        _check_pipelines(ProposeTransformResponse.model_validate(
            {"proposals": [{"pipeline": pipe, "confidence": 0.5, "rationale": "r"}]}),
            _request())


def test_the_system_prompt_carries_the_generated_list() -> None:
    system = render_messages("propose_transform", _request())[0].content
    assert TASKS["propose_transform"].instructions in system and "strip_accents" in system
