"""Issue 10, defect 6: regex blow-up, NUL in SQL-bound strings, unit rates that overflow.

Each case passed validation before the fix (and then ran for minutes, broke the generated SQL,
or produced infinity).
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from core.errors import DSLReject
from dsl.models import FEATURE_SELECT_WHEN, Pipeline
from dsl.regex import MAX_REPEAT_PRODUCT
from dsl.units import MAX_RATE, MIN_RATE
from dsl.validate import validate_pipeline

from .dsl_harness import run_all

BLOWUP = "(a{1,255}){1,255}b"


def _validate(step: dict[str, Any], types: dict[str, str], outputs: list[str] | None = None) -> dict[str, str]:
    p = Pipeline.from_json({"inputs": list(types), "outputs": outputs or ["o"], "steps": [step]})
    return validate_pipeline(p, types, features=frozenset({FEATURE_SELECT_WHEN}))


REGEX_STEPS = [
    lambda pat: {"op": "regex_extract", "input": "a", "output": "o", "pattern": pat},
    lambda pat: {"op": "regex_split", "input": "a", "outputs": ["o", "o2"], "pattern": pat},
    lambda pat: {"op": "select_when", "input": "a", "output": "o", "pattern": pat, "then": "a"},
]


@pytest.mark.parametrize("make", REGEX_STEPS, ids=["regex_extract", "regex_split", "select_when"])
@pytest.mark.parametrize("pattern", [BLOWUP, "((a{1,20}){1,20}){1,20}", "(x(ab){16}){70}", "(?:a{40,}){30}"])
def test_nested_counted_repeats_are_bounded(make: Any, pattern: str) -> None:
    step = make(pattern)
    with pytest.raises(DSLReject) as info:
        _validate(step, {"a": "string"}, step.get("outputs"))
    err = info.value
    assert pattern in err.message and str(MAX_REPEAT_PRODUCT) in err.message
    assert err.details["argument"] == "pattern" and err.details["bound"] == MAX_REPEAT_PRODUCT
    assert err.details["repeat_product"] > MAX_REPEAT_PRODUCT


def test_repeat_products_under_the_bound_pass() -> None:
    assert _validate(REGEX_STEPS[2]("(a{1,10}){1,10}b"), {"a": "string"}) == {"o": "string"}
    assert _validate(REGEX_STEPS[0]("[0-9]{255}"), {"a": "string"}) == {"o": "string"}


@pytest.mark.parametrize(("step", "argument"), [
    ({"op": "map_dict", "input": "a", "output": "o", "mapping": {"x\x00": "y"}}, "mapping"),
    ({"op": "map_dict", "input": "a", "output": "o", "mapping": {"x": "y\x00z"}}, "mapping"),
    ({"op": "map_dict", "input": "a", "output": "o", "mapping": {"x": "y"}, "default": "\x00",
      "on_missing": "default"}, "default"),
    ({"op": "concat", "inputs": ["a"], "output": "o", "separator": "-\x00-"}, "separator"),
])
def test_nul_in_a_string_argument_is_rejected(step: dict[str, Any], argument: str) -> None:
    with pytest.raises(DSLReject, match="U\\+0000") as info:
        _validate(step, {"a": "string"})
    assert info.value.details["argument"] == argument and info.value.details["op"] == step["op"]


@pytest.mark.parametrize("rate", [1e-300, 1e-80, 1e80, 1e300])
def test_rates_that_could_overflow_are_rejected(rate: float) -> None:
    step = {"op": "unit_convert", "input": "a", "output": "o", "from_unit": "USD", "to_unit": "XXX",
            "rates": {"USD": 1.0, "XXX": rate}}
    with pytest.raises(DSLReject, match="rate") as info:
        _validate(step, {"a": "float"})
    assert info.value.details["argument"] == "rates" and info.value.details["bound"] == [MIN_RATE, MAX_RATE]


def test_extreme_rates_within_the_bound_stay_finite_on_every_backend(pg: Any) -> None:
    types = {"a": "float"}
    rows = [{"a": v} for v in (1e150, -1e150, 1e-150, 3.5, 0.0)]
    for frm, to in (("LO", "HI"), ("HI", "LO")):
        p = Pipeline.from_json({"inputs": ["a"], "outputs": ["o"], "input_types": types, "steps": [
            {"op": "unit_convert", "input": "a", "output": "o", "from_unit": frm, "to_unit": to,
             "rates": {"LO": MIN_RATE, "HI": MAX_RATE}}]})
        results = run_all(p, rows, types, pg)
        values = [r[0] for r in results["polars"]]
        assert all(v is not None and math.isfinite(v) and (v != 0 or row["a"] == 0)
                   for v, row in zip(values, rows, strict=True)), values
        assert len({repr(r) for r in results.values()}) == 1, results
