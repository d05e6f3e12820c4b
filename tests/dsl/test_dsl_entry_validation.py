"""Every compile/execute entry point validates first, with the same checks as validate_pipeline.

Gated ops need the feature passed explicitly; input types come from the argument or the
pipeline, and a pipeline with neither is refused (nothing compiles or runs unvalidated).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb
import polars as pl
import pytest

from core.errors import DSLReject, ErrorCode
from dsl import compile_polars, compile_sql
from dsl.compile_sql import DialectUnsupported
from dsl.execute import run_sample
from dsl.models import FEATURE_SELECT_WHEN, Pipeline
from dsl.validate import validate_pipeline

SELECT = frozenset({FEATURE_SELECT_WHEN})
Entry = Callable[..., Any]


def _frame(p: Pipeline, types: dict[str, str] | None) -> pl.DataFrame:
    t = types if types is not None else (p.input_types or {})
    dtypes = {"string": pl.String(), "float": pl.Float64(), "int": pl.Int64()}
    return pl.DataFrame(schema={c: dtypes[t.get(c, "string")] for c in p.inputs})


#: name -> call(pipeline, input_types, **keyword-only options); each one a public entry point
ENTRIES: dict[str, Entry] = {
    "sql.to_sql[postgres]": lambda p, t=None, **kw: compile_sql.to_sql(p, "postgres", "t", t, **kw),
    "sql.to_sql[duckdb]": lambda p, t=None, **kw: compile_sql.to_sql(p, "duckdb", "t", t, **kw),
    "sql.to_sql[sqlite]": lambda p, t=None, **kw: compile_sql.to_sql(p, "sqlite", "t", t, **kw),
    "sql.compile_pipeline[postgres]": lambda p, t=None, **kw: compile_sql.compile_pipeline(p, "postgres", t, **kw),
    "sql.compile_pipeline[duckdb]": lambda p, t=None, **kw: compile_sql.compile_pipeline(p, "duckdb", t, **kw),
    "sql.compile_pipeline[sqlite]": lambda p, t=None, **kw: compile_sql.compile_pipeline(p, "sqlite", t, **kw),
    "polars.compile_pipeline": lambda p, t=None, **kw: compile_polars.compile_pipeline(p, t, **kw),
    "polars.apply_pipeline": lambda p, t=None, **kw: compile_polars.apply_pipeline(_frame(p, t), p, t, **kw),
    "execute.run_sample": lambda p, t=None, **kw: run_sample(p, [{"a": "xa", "b": "B"}], None, 0.1, t, **kw),
}
PARAMS = [pytest.param(fn, id=name) for name, fn in ENTRIES.items()]

SELECT_WHEN = Pipeline.from_json({
    "inputs": ["a", "b"], "outputs": ["o"], "input_types": {"a": "string", "b": "string"},
    "steps": [{"op": "select_when", "input": "a", "pattern": "^x", "then": "a", "otherwise": "b", "output": "o"}]})
NON_PORTABLE = "(a|ab)(c|bcd)(d*)"  # PostgreSQL's longest match differs from Rust/RE2's first match
EXTRACT = Pipeline.from_json({
    "inputs": ["a", "b"], "outputs": ["o"], "input_types": {"a": "string", "b": "string"},
    "steps": [{"op": "regex_extract", "input": "a", "output": "o", "pattern": NON_PORTABLE, "group": 1}]})
SPLIT = Pipeline.from_json({
    "inputs": ["a", "b"], "outputs": ["x", "y"], "input_types": {"a": "string", "b": "string"},
    "steps": [{"op": "regex_split", "input": "a", "outputs": ["x", "y"], "pattern": "(-|--)"}]})
VALID = Pipeline.from_json({
    "inputs": ["a", "b"], "outputs": ["o", "n"], "input_types": {"a": "string", "b": "string"},
    "steps": [{"op": "trim", "input": "a", "output": "o"},
              {"op": "type_cast", "input": "b", "output": "n", "to": "bool"}]})


def _rejected(fn: Entry, p: Pipeline, t: dict[str, str] | None = None, **kw: Any) -> DSLReject:
    with pytest.raises(DSLReject) as info:
        fn(p, t, **kw)
    assert info.value.code == ErrorCode.DSL_REJECT
    return info.value


def _validation_error(p: Pipeline, types: dict[str, str], **kw: Any) -> DSLReject:
    with pytest.raises(DSLReject) as info:
        validate_pipeline(p, types, **kw)
    return info.value


@pytest.mark.parametrize("fn", PARAMS)
def test_select_when_refused_without_feature(fn: Entry) -> None:
    err = _rejected(fn, SELECT_WHEN)
    assert not isinstance(err, DialectUnsupported)  # refused by validation, not by a dialect
    assert (err.details["op"], err.details["step"], err.details["argument"]) == ("select_when", 0, "op")
    assert "feature flag" in err.message
    # the explicit empty feature set and explicit types behave the same
    assert _rejected(fn, SELECT_WHEN, {"a": "string", "b": "string"}, features=frozenset()).message == err.message


@pytest.mark.parametrize("fn", PARAMS)
def test_select_when_accepted_with_feature(fn: Entry, request: pytest.FixtureRequest) -> None:
    if "sqlite" in request.node.callspec.id:
        err = _rejected(fn, SELECT_WHEN, features=SELECT)  # past validation, SQLite has no regex
        assert isinstance(err, DialectUnsupported) and err.details["dialect"] == "sqlite"
        return
    assert fn(SELECT_WHEN, features=SELECT) is not None


def test_select_when_with_feature_computes_in_polars_and_duckdb() -> None:
    rows: list[dict[str, Any]] = [{"a": "xa", "b": "B"}, {"a": "ya", "b": "C"}, {"a": None, "b": "D"}]
    res = run_sample(SELECT_WHEN, rows, None, 0.1, features=SELECT)
    assert [r.actual["o"] for r in res.rows] == ["xa", "C", "D"]
    con = duckdb.connect()
    try:
        con.execute("CREATE TABLE t (n INTEGER, a VARCHAR, b VARCHAR)")
        con.executemany("INSERT INTO t VALUES (?, ?, ?)", [[i, r["a"], r["b"]] for i, r in enumerate(rows)])
        aug = SELECT_WHEN.model_copy(update={"inputs": ["n", "a", "b"], "outputs": ["n", "o"],
                                             "input_types": {"n": "int", "a": "string", "b": "string"}})
        sql = compile_sql.to_sql(aug, "duckdb", "t", features=SELECT)
        assert [r[1] for r in con.execute(f"SELECT * FROM ({sql}) q ORDER BY 1").fetchall()] == ["xa", "C", "D"]
    finally:
        con.close()


@pytest.mark.parametrize("pipe", [pytest.param(EXTRACT, id="regex_extract"), pytest.param(SPLIT, id="regex_split")])
@pytest.mark.parametrize("fn", PARAMS)
def test_non_portable_regex_refused_without_explicit_types(fn: Entry, pipe: Pipeline) -> None:
    expected = _validation_error(pipe, dict(pipe.input_types or {}))
    err = _rejected(fn, pipe)  # no input_types argument: the pipeline's own types are used
    assert not isinstance(err, DialectUnsupported)
    assert err.message == expected.message and err.details == expected.details
    assert err.details["argument"] == "pattern" and err.details["op"] == pipe.steps[0].op
    # enabling features does not weaken validation
    assert _rejected(fn, pipe, features=SELECT).message == expected.message


@pytest.mark.parametrize("fn", PARAMS)
def test_untyped_pipeline_is_refused_naming_missing_inputs(fn: Entry) -> None:
    untyped = EXTRACT.model_copy(update={"input_types": None})
    err = _rejected(fn, untyped)
    assert err.details["argument"] == "input_types" and err.details["missing"] == ["a", "b"]
    assert "'a'" in err.message and "'b'" in err.message
    partial = _rejected(fn, untyped, {"a": "string"})
    assert partial.details["missing"] == ["b"]
    # once typed, the regex itself is what gets refused
    assert _rejected(fn, untyped, {"a": "string", "b": "string"}).details["argument"] == "pattern"


@pytest.mark.parametrize("fn", PARAMS)
def test_argument_types_override_pipeline_types(fn: Entry) -> None:
    err = _rejected(fn, VALID, {"a": "int", "b": "string"})  # trim needs a string
    assert (err.details["op"], err.details["argument"], err.details["actual"]) == ("trim", "input", "int")
    assert fn(VALID) is not None


@pytest.mark.parametrize("dialect", ["postgres", "duckdb", "sqlite"])
def test_valid_pipelines_compile_identically(dialect: str) -> None:
    types: dict[str, str] = dict(VALID.input_types or {})
    untyped = VALID.model_copy(update={"input_types": None})
    sql = compile_sql.to_sql(VALID, dialect, "t")
    assert sql == compile_sql.to_sql(untyped, dialect, "t", types)
    assert sql == compile_sql.to_sql(VALID, dialect, "t", features=SELECT)
    polars_exprs = {k: str(v) for k, v in compile_polars.compile_pipeline(VALID).items()}
    assert polars_exprs == {k: str(v) for k, v in compile_polars.compile_pipeline(untyped, types).items()}


def test_run_sample_uses_validated_types() -> None:
    res = run_sample(VALID, [{"a": "  x ", "b": "YES"}, {"a": None, "b": "maybe"}], None, 0.1)
    assert [r.actual for r in res.rows] == [{"o": "x", "n": True}, {"o": None, "n": None}]
