"""Validation: out-of-policy programs are rejected before anything runs, naming op and argument."""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.errors import DSLReject, ErrorCode
from dsl.models import DSL_VERSION, Pipeline
from dsl.regex import canonical, validate_regex
from dsl.validate import validate_pipeline


def one(op: dict[str, Any], types: dict[str, str] | None = None, features: frozenset[str] = frozenset()) -> dict:
    step = {"input": "a", **op} if "outputs" in op else {"input": "a", "output": "o", **op}
    p = Pipeline.from_json({"inputs": ["a"], "outputs": op.get("outputs", ["o"]), "steps": [step]})
    return validate_pipeline(p, types or {"a": "string"}, features=features)


def reject(op: dict[str, Any], types: dict[str, str] | None = None, **kw: Any) -> DSLReject:
    with pytest.raises(DSLReject) as info:
        one(op, types, **kw)
    assert info.value.code == ErrorCode.DSL_REJECT
    assert info.value.details["step"] == 0
    return info.value


@pytest.mark.parametrize(("op", "types", "argument", "fragment"), [
    ({"op": "trim"}, {"a": "int"}, "input", "expected string"),
    ({"op": "regex_extract", "pattern": r"(a)\1"}, None, "pattern", "backreference"),
    ({"op": "regex_extract", "pattern": "(?=a)b"}, None, "pattern", "lookaround"),
    ({"op": "regex_extract", "pattern": "a|ab"}, None, "pattern", "longest"),
    ({"op": "regex_extract", "pattern": "(ab)+"}, None, "pattern", "quantified groups"),
    ({"op": "regex_extract", "pattern": "a(b)", "group": 2}, None, "group", "has 1 groups"),
    ({"op": "regex_split", "outputs": ["x"], "pattern": "a*"}, None, "pattern", "empty string"),
    ({"op": "unit_convert", "from_unit": "kg", "to_unit": "m"}, {"a": "float"}, "to_unit", "mass"),
    ({"op": "unit_convert", "from_unit": "parsec", "to_unit": "m"}, {"a": "float"}, "from_unit", "unknown unit"),
    ({"op": "unit_convert", "from_unit": "USD", "to_unit": "EUR"}, {"a": "float"}, "from_unit", "unknown unit"),
    ({"op": "unit_convert", "from_unit": "USD", "to_unit": "JPY", "rates": {"USD": 1.0}}, {"a": "float"},
     "to_unit", "rate table"),
    ({"op": "date_parse", "format": "%B %d, %Y"}, None, "format", "not accepted"),
    ({"op": "date_format", "format": "%Y-%m-%d %H:%M:%S"}, {"a": "date"}, "format", "needs a datetime"),
    ({"op": "type_cast", "to": "string"}, {"a": "float"}, "to", "float text differs"),
    ({"op": "type_cast", "to": "date"}, None, "to", "date_parse"),
    ({"op": "safe_math", "fn": "div", "args": ["a", 0]}, {"a": "float"}, "args", "undefined"),
    ({"op": "safe_math", "fn": "add", "args": ["a"]}, {"a": "float"}, "args", "takes 2"),
    ({"op": "safe_math", "fn": "round", "args": ["a"], "digits": 11}, {"a": "float"}, "digits", "0..10"),
    ({"op": "safe_math", "fn": "mul", "args": ["a", 1e200]}, {"a": "float"}, "args", "safe range"),
    ({"op": "safe_math", "fn": "add", "args": ["a", 1]}, {"a": "string"}, "args", "expected int/float/decimal"),
    ({"op": "select_when", "pattern": "x", "then": "a"}, None, "op", "feature flag"),
])
def test_rejections_name_op_and_argument(op: dict, types: dict | None, argument: str, fragment: str) -> None:
    if op["op"] == "safe_math":
        p = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "steps": [{"output": "o", **op}]})
        with pytest.raises(DSLReject) as info:
            validate_pipeline(p, types or {"a": "string"})
        err = info.value
    else:
        err = reject(op, types)
    assert err.details["op"] == op["op"]
    assert err.details["argument"] == argument
    assert fragment in err.message, err.message


def test_select_when_behind_feature_flag() -> None:
    op = {"op": "select_when", "pattern": "^x", "then": "a"}
    assert one(op, features=frozenset({"select_when"})) == {"o": "string"}


def test_unknown_op_and_extra_argument_rejected_at_parse() -> None:
    with pytest.raises(DSLReject) as info:
        Pipeline.from_json({"inputs": ["a"], "outputs": ["a"], "steps": [{"op": "python_eval", "input": "a"}]})
    assert info.value.details["op"] == "python_eval" and info.value.details["step"] == 0
    assert "whitelist" in info.value.message
    with pytest.raises(DSLReject) as info:
        Pipeline.from_json({"inputs": ["a"], "outputs": ["o"],
                            "steps": [{"op": "trim", "input": "a", "output": "o", "code": "x"}]})
    assert info.value.details["argument"] == "code"


def test_unknown_column_and_missing_output() -> None:
    p = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "steps": [{"op": "trim", "input": "b", "output": "o"}]})
    with pytest.raises(DSLReject) as info:
        validate_pipeline(p, {"a": "string"})
    assert info.value.details["column"] == "b" and info.value.details["argument"] == "input"
    p = Pipeline.from_json({"inputs": ["a"], "outputs": ["zz"], "steps": []})
    with pytest.raises(DSLReject, match="never produced"):
        validate_pipeline(p, {"a": "string"})


def test_type_mismatch_between_consecutive_ops() -> None:
    p = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "steps": [
        {"op": "date_parse", "input": "a", "output": "d", "format": "%Y-%m-%d"},
        {"op": "trim", "input": "d", "output": "o"}]})
    with pytest.raises(DSLReject) as info:
        validate_pipeline(p, {"a": "string"})
    assert info.value.details == {**info.value.details, "op": "trim", "step": 1, "actual": "date"}


def test_output_types_inferred() -> None:
    p = Pipeline.from_json({"inputs": ["a", "b"], "outputs": ["d", "n", "s", "f"], "steps": [
        {"op": "date_parse", "input": "a", "output": "d", "format": "%Y-%m-%dT%H:%M:%S"},
        {"op": "type_cast", "input": "b", "output": "n", "to": "int"},
        {"op": "type_cast", "input": "n", "output": "s", "to": "string"},
        {"op": "safe_math", "fn": "mul", "args": ["n", 2], "output": "f"}]})
    assert validate_pipeline(p, {"a": "string", "b": "string"}) == {
        "d": "datetime", "n": "int", "s": "string", "f": "float"}


def test_version_major_checked() -> None:
    p = Pipeline(dsl_version="2.0.0", inputs=["a"], outputs=["a"])
    with pytest.raises(DSLReject, match="dsl_version"):
        validate_pipeline(p, {"a": "string"})
    assert DSL_VERSION == "1.0.0"


def test_json_round_trip_and_hash_is_canonical() -> None:
    data = {"inputs": ["a"], "outputs": ["o"], "steps": [
        {"op": "map_dict", "input": "a", "output": "o", "mapping": {"b": "2", "a": "1"}, "default": None}]}
    p = Pipeline.from_json(data)
    again = Pipeline.from_json(p.model_dump_json())
    assert again == p and again.content_hash() == p.content_hash()
    reordered = Pipeline.from_json(json.dumps({"steps": data["steps"], "outputs": ["o"], "inputs": ["a"]}))
    assert reordered.content_hash() == p.content_hash()
    changed = Pipeline.from_json({**data, "outputs": ["o"], "steps": [{**data["steps"][0], "default": "x"}]})
    assert changed.content_hash() != p.content_hash()
    assert len(p.content_hash()) == 64


@pytest.mark.parametrize("pattern", [
    r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$", r"^\d{3}-\d{2}-\d{4}$", r"(?i)^(?:mr|mrs|dr)\.?\s",
    r"^\+?[0-9 ()-]{7,20}$", r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$", r"colou?r", r"\S+\s*$", r"^\x41[^\]]"])
def test_practical_patterns_accepted(pattern: str) -> None:
    validate_regex(pattern)


@pytest.mark.parametrize(("pattern", "reason"), [
    (r"(a)\1", "backreference"), (r"(?<=a)b", "lookaround"), (r"(?!a)", "lookaround"), (r"a*?", "lazy"),
    (r"a++", "possessive"), (r"(?>a)", "atomic"), (r"(?P<x>a)", "named group"), (r"(?<x>a)", "named group"),
    (r"\bword", "word boundary"), (r"[[:alpha:]]", "POSIX"), (r"\p{L}", "escape"), (r"a{1,300}", "255"),
    (r"a(?i)b", "inline flag"), (r"(a", "unbalanced"), (r"a)", "unbalanced"), ("a|", "empty alternative"),
    (r"\Aa", "escape"), (r"[a&&b]", "set operation"), ("", "empty"),
])
def test_patterns_outside_flavor_rejected(pattern: str, reason: str) -> None:
    with pytest.raises(DSLReject) as info:
        validate_regex(pattern)
    assert reason in info.value.message and info.value.details["argument"] == "pattern"


def test_canonical_rendering_is_explicit() -> None:
    assert canonical(r"\d+") == "[0-9]+"
    assert canonical("(?i)ab") == "[Aa][Bb]"
    assert canonical("a.c") == "a[^\n]c"
    assert canonical(r"[^\w]") == "[^0-9A-Z_a-z]"
