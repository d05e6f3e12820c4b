"""DSL 1.2 ops: the version rule and the validation of coalesce, replace, pad, template."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import DSLReject
from dsl.execute import run_sample
from dsl.models import Pipeline
from dsl.validate import validate_pipeline

S = {"a": "string", "b": "string"}


def _p(step: dict[str, Any], version: str = "1.2.0", inputs: tuple[str, ...] = ("a",)) -> Pipeline:
    return Pipeline.from_json({"dsl_version": version, "inputs": list(inputs), "outputs": ["o"],
                               "steps": [{**step, "output": "o"}]})


@pytest.mark.parametrize("step", [
    {"op": "pad", "input": "a", "width": 2},
    {"op": "replace", "input": "a", "pattern": "x"},
    {"op": "template", "inputs": ["a"], "template": "<{0}>"},
    {"op": "coalesce", "inputs": ["a", "b"]},
])
def test_v12_ops_need_the_declared_version(step: dict[str, Any]) -> None:
    inputs = ("a", "b")
    with pytest.raises(DSLReject, match="dsl_version") as info:
        validate_pipeline(_p(step, "1.0.0", inputs), S)
    assert info.value.details["argument"] == "dsl_version"
    assert validate_pipeline(_p(step, "1.2.0", inputs), S) == {"o": "string"}
    assert validate_pipeline(_p(step, "1.3.1", inputs), S) == {"o": "string"}


@pytest.mark.parametrize(("step", "argument"), [
    ({"op": "replace", "input": "a", "pattern": "x*"}, "pattern"),
    ({"op": "replace", "input": "a", "pattern": "(ab)+"}, "pattern"),
    ({"op": "replace", "input": "a", "pattern": "a|b"}, "pattern"),
    ({"op": "replace", "input": "a", "pattern": "x", "replacement": "\x00"}, "replacement"),
    ({"op": "pad", "input": "a", "width": 2, "fill": "ab"}, "fill"),
    ({"op": "pad", "input": "a", "width": 2, "fill": ""}, "fill"),
    ({"op": "template", "inputs": ["a"], "template": "{1}"}, "template"),
    ({"op": "template", "inputs": ["a"], "template": "{0"}, "template"),
    ({"op": "template", "inputs": ["a"], "template": "a}b{0}"}, "template"),
    ({"op": "template", "inputs": ["a"], "template": "no placeholder"}, "template"),
    ({"op": "template", "inputs": ["a"], "template": "{x}"}, "template"),
    ({"op": "replace", "input": "a", "pattern": "(x)", "replacement": "$2", "groups": True}, "replacement"),
    ({"op": "replace", "input": "a", "pattern": "(x)", "replacement": "$a", "groups": True}, "replacement"),
    ({"op": "translate", "input": "a", "mapping": {"ab": "x"}}, "mapping"),
    ({"op": "translate", "input": "a", "mapping": {"a": "b", "b": "c"}}, "mapping"),
    ({"op": "translate", "input": "a", "mapping": {"a": "\x00"}}, "mapping"),
])
def test_invalid_v12_steps_are_rejected(step: dict[str, Any], argument: str) -> None:
    with pytest.raises(DSLReject) as info:
        validate_pipeline(_p(step), S)
    assert info.value.details["argument"] == argument


def test_floor_is_dsl_1_3() -> None:
    step = {"op": "floor", "input": "a"}
    with pytest.raises(DSLReject, match="1.3") as info:
        validate_pipeline(_p(step, "1.2.0"), {"a": "float"})
    assert info.value.details["argument"] == "dsl_version"
    assert validate_pipeline(_p(step, "1.3.0"), {"a": "int"}) == {"o": "float"}
    with pytest.raises(DSLReject) as bad:
        validate_pipeline(_p(step, "1.3.0"), {"a": "string"})
    assert bad.value.details["argument"] == "input"


def test_pad_width_bounds_are_model_errors() -> None:
    with pytest.raises(DSLReject):
        _p({"op": "pad", "input": "a", "width": 0})
    with pytest.raises(DSLReject):
        _p({"op": "pad", "input": "a", "width": 256})


def test_coalesce_needs_one_type() -> None:
    p = _p({"op": "coalesce", "inputs": ["a", "b"]}, inputs=("a", "b"))
    with pytest.raises(DSLReject, match="expected string"):
        validate_pipeline(p, {"a": "string", "b": "int"})
    assert validate_pipeline(p, {"a": "date", "b": "date"}) == {"o": "date"}


def test_multi_format_dates_in_one_column() -> None:
    p = Pipeline.from_json({"dsl_version": "1.2.0", "inputs": ["a"], "outputs": ["o"], "steps": [
        {"op": "date_parse", "input": "a", "output": "d1", "format": "%Y-%m-%d"},
        {"op": "date_parse", "input": "a", "output": "d2", "format": "%m/%d/%Y"},
        {"op": "coalesce", "inputs": ["d1", "d2"], "output": "d"},
        {"op": "date_format", "input": "d", "output": "o", "format": "%d.%m.%Y"}]})
    res = run_sample(p, [{"a": "2024-02-29"}, {"a": "12/31/1999"}, {"a": "31/12/1999"}], None, 0.0, {"a": "string"})
    assert [r.actual["o"] for r in res.rows] == ["29.02.2024", "31.12.1999", None]
