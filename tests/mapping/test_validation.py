"""Sample validation: success/near/fail per row against examples and constraints; symbolic runs."""

from __future__ import annotations

import pytest

from core.errors import DSLReject
from core.mapping.target import ColumnConstraints, TargetColumn
from core.mapping.validation import on_sample, symbolic
from dsl.models import Pipeline


def _t(t: str = "string", **cons: object) -> TargetColumn:
    return TargetColumn(name="o", original_name="o", position=1, logical_type=t, physical_type=t,  # type: ignore[arg-type]
                        constraints=ColumnConstraints(**cons))  # type: ignore[arg-type]


TRIM = Pipeline.model_validate({"inputs": ["x"], "outputs": ["o"], "input_types": {"x": "string"},
                                "steps": [{"op": "trim", "input": "x", "output": "o"}]})


def test_constraints_near_and_fail() -> None:
    rows = [{"x": " abcdefghij "}, {"x": "abcdefghijk"}, {"x": "abcdefghijklmnop"}, {"x": None}]
    v = on_sample(TRIM, _t(max_length=10, nullable=False), rows, 0.1, "duckdb")
    # 10 chars ok; 11 chars is within ceil(0.1*10)=1 over: near; 16 fails; null in NOT NULL fails
    assert [s for s, _, _ in v.rows] == ["success", "near", "fail", "fail"]
    assert v.pass_rate == 0.5 and v.failures == {"over max length": 1, "null in a NOT NULL column": 1,
                                                  "over max length (within window)": 1}


def test_examples_allowed_values_keys_and_lost_values() -> None:
    rows = [{"x": "A"}, {"x": "B"}, {"x": "B"}, {"x": "Z"}]
    v = on_sample(TRIM, _t(unique=True, allowed_values=["A", "B", "Z"]), rows, 0.03, "duckdb",
                  expected={0: "A", 3: "Y"})
    assert [s for s, _, _ in v.rows] == ["success", "fail", "fail", "fail"]
    cast = Pipeline.model_validate({"inputs": ["x"], "outputs": ["o"], "input_types": {"x": "string"},
                                    "steps": [{"op": "type_cast", "input": "x", "output": "o", "to": "int"}]})
    v2 = on_sample(cast, _t("int"), [{"x": "12"}, {"x": "twelve"}], 0.03, "duckdb")
    assert v2.failures == {"lost a value (null from a non-null input)": 1}


def test_near_against_an_example_number() -> None:
    cast = Pipeline.model_validate({"inputs": ["x"], "outputs": ["o"], "input_types": {"x": "float"},
                                    "steps": [{"op": "type_cast", "input": "x", "output": "o", "to": "float"}]})
    v = on_sample(cast, _t("float"), [{"x": 100.0}, {"x": 100.0}], 0.03, "duckdb", expected={0: 102.0, 1: 110.0})
    assert [s for s, _, _ in v.rows] == ["near", "fail"]


def test_symbolic_compiles_and_refuses_a_type_that_does_not_fit() -> None:
    v = symbolic(TRIM, _t(allowed_values=["A"]), "postgres", compile_sql=True)
    assert v.compiled_sql and "allowed values cannot be proven" in v.notes[0]
    with pytest.raises(DSLReject):
        symbolic(TRIM, _t("date"), "postgres")


@pytest.mark.parametrize(("pipeline", "types", "rows"), [
    (TRIM, {"x": "string"}, [{"x": " a "}, {"x": None}, {"x": ""}, {"x": "b"}]),
    (Pipeline.model_validate({"inputs": ["d"], "outputs": ["o"], "input_types": {"d": "string"}, "steps": [
        {"op": "date_parse", "input": "d", "output": "o", "format": "%d.%m.%Y"}]}),
     {"d": "string"}, [{"d": "31.01.2024"}, {"d": "30.02.2024"}, {"d": None}, {"d": "x"}]),
    (Pipeline.model_validate({"inputs": ["a", "b"], "outputs": ["o"], "input_types": {"a": "string", "b": "string"},
                              "steps": [{"op": "concat", "inputs": ["a", "b"], "output": "o", "separator": " ",
                                         "nulls": "skip"}]}),
     {"a": "string", "b": "string"}, [{"a": "Ann", "b": "Lee"}, {"a": None, "b": "Li"}]),
])
def test_sample_outputs_equal_run_sample(pipeline: Pipeline, types: dict[str, str],
                                         rows: list[dict[str, object]]) -> None:
    # the planner's fast path (columns straight into the compiled Polars pipeline) gives the outputs
    # dsl.execute.run_sample gives
    from core.mapping.validation import coerced_column, sample_outputs
    from dsl.execute import run_sample

    cols = {c: coerced_column(rows, c, types[c]) for c in pipeline.inputs}  # type: ignore[arg-type]
    inputs = [dict(zip(cols, vals, strict=True)) for vals in zip(*cols.values(), strict=True)]
    slow = [r.actual["o"] for r in run_sample(pipeline, inputs, None, 0.1, types).rows]
    assert sample_outputs(pipeline, cols, types, "o") == slow
