"""DSL 1.7 ops (``sign``, ``min``, ``max``): the version rule, validation, result types, the reference semantics
(Python over the same values) and the differential cross-check (Polars execution and preview paths, DuckDB,
SQLite, PostgreSQL, MariaDB) on random rows drawn from values at the edges: nulls, NaN, ±Infinity, -0.0, ties,
ints above 2^53 and at the int64 bounds."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any

import pytest

from core.errors import DSLReject
from dsl.models import DSL_LATEST, Pipeline
from dsl.v17_models import MAX_EXTREMA_ARGS, V1_7_OPS
from dsl.validate import validate_pipeline
from tests.dsl.dsl_harness import assert_local_backends_agree, norm, run_polars, run_postgres
from tests.dsl.mysql_harness import connect, run_mysql

FLOATS = [0.0, -0.0, 1.5, -1.5, 2.0, 2.5, 3.0, 1e300, -1e300, 5e-324, -5e-324, math.nan, math.inf, -math.inf, None]
INTS = [0, 1, -1, 2, 3, -5, 2**53 + 1, -(2**53) - 1, 2**63 - 1, -(2**63), None]
TYPES = {"a": "float", "b": "int", "c": "float", "d": "int"}
STEPS: dict[str, tuple[dict[str, Any], str, str]] = {
    "sign": ({"op": "sign", "input": "a", "output": "o"}, "float", "int"),
    "min": ({"op": "min", "args": ["a", 1], "output": "o"}, "int", "int"),
    "max": ({"op": "max", "args": ["a", 1.5], "output": "o"}, "int", "float"),
}


def _p(steps: list[dict[str, Any]], outputs: list[str], version: str = "1.7.0") -> Pipeline:
    return Pipeline.from_json({"dsl_version": version, "inputs": list(TYPES), "outputs": outputs, "steps": steps,
                               "input_types": TYPES})


def test_every_v17_op_has_a_version_case() -> None:
    assert set(STEPS) == set(V1_7_OPS)
    assert tuple(map(int, DSL_LATEST.split("."))) >= (1, 7, 0)  # later minors only add ops (1.10 > 1.7)


@pytest.mark.parametrize("name", sorted(STEPS))
def test_v17_ops_need_the_declared_version(name: str) -> None:
    step, src, out = STEPS[name]
    one = {"dsl_version": "1.6.0", "inputs": ["a"], "outputs": ["o"], "steps": [step]}
    with pytest.raises(DSLReject, match="1.7") as info:
        validate_pipeline(Pipeline.from_json(one), {"a": src})
    assert info.value.details["argument"] == "dsl_version"
    assert validate_pipeline(Pipeline.from_json({**one, "dsl_version": "1.7.0"}), {"a": src}) == {"o": out}


@pytest.mark.parametrize(("step", "argument"), [
    ({"op": "sign", "input": "s", "output": "o"}, "input"),
    ({"op": "min", "args": ["a"], "output": "o"}, "args"),
    ({"op": "max", "args": ["a"] * (MAX_EXTREMA_ARGS + 1), "output": "o"}, "args"),
    ({"op": "min", "args": [1, 2], "output": "o"}, "args"),
    ({"op": "max", "args": ["a", True], "output": "o"}, "args"),
    ({"op": "min", "args": ["a", math.inf], "output": "o"}, "args"),
    ({"op": "min", "args": ["a", math.nan], "output": "o"}, "args"),
    ({"op": "max", "args": ["a", 2**63], "output": "o"}, "args"),
    ({"op": "max", "args": ["a", "s"], "output": "o"}, "args"),
    ({"op": "max", "args": ["a", "nope"], "output": "o"}, "args"),
    ({"op": "min", "args": ["a", 1], "output": "o", "skip_nulls": False}, "skip_nulls"),
])
def test_v17_validation_rejects(step: dict[str, Any], argument: str) -> None:
    pipe = {"dsl_version": "1.7.0", "inputs": ["a", "s"], "outputs": ["o"], "steps": [step]}
    with pytest.raises(DSLReject) as info:
        validate_pipeline(Pipeline.from_json(pipe), {"a": "float", "s": "string"})
    assert info.value.details.get("argument") == argument


@pytest.mark.parametrize(("args", "types", "out"), [
    (["a", "b"], {"a": "int", "b": "int"}, "int"), (["a", -3], {"a": "int", "b": "int"}, "int"),
    (["a", 2.0], {"a": "int", "b": "int"}, "float"), (["a", "b"], {"a": "int", "b": "float"}, "float"),
    (["a", "b"], {"a": "decimal", "b": "int"}, "float"),
])
def test_min_max_are_int_only_over_ints(args: list[Any], types: dict[str, str], out: str) -> None:
    pipe = {"dsl_version": "1.7.0", "inputs": ["a", "b"], "outputs": ["o"],
            "steps": [{"op": "max", "args": args, "output": "o"}]}
    assert validate_pipeline(Pipeline.from_json(pipe), types) == {"o": out}


def _number(v: Any) -> Any:
    return None if v is None or (isinstance(v, float) and not math.isfinite(v)) else v


def _ref_sign(v: Any) -> Any:
    v = _number(v)
    return None if v is None else (v > 0) - (v < 0)


def _ref_extremum(fn: Any, values: list[Any], as_float: bool) -> Any:
    nums = [float(v) if as_float else v for v in map(_number, values) if v is not None]
    if not nums:
        return None
    return fn(nums) + 0.0 if as_float else fn(nums)


PIPE = _p([{"op": "sign", "input": "a", "output": "sa"}, {"op": "sign", "input": "b", "output": "sb"},
           {"op": "min", "args": ["a", "b", 2], "output": "m1"}, {"op": "max", "args": ["a", "c"], "output": "m2"},
           {"op": "min", "args": ["b", "d"], "output": "m3"}, {"op": "max", "args": ["b", -5, "d"], "output": "m4"},
           {"op": "min", "args": ["a", 2.5], "output": "m5"},
           {"op": "max", "args": ["a", "b", "c", "d", 0, -1.5, "a", "c"], "output": "m6"}],
          ["sa", "sb", "m1", "m2", "m3", "m4", "m5", "m6"])


def _expected(r: dict[str, Any]) -> tuple[Any, ...]:
    a, b, c, d = r["a"], r["b"], r["c"], r["d"]
    return tuple(norm(v) for v in (
        _ref_sign(a), _ref_sign(b), _ref_extremum(min, [a, b, 2], True), _ref_extremum(max, [a, c], True),
        _ref_extremum(min, [b, d], False), _ref_extremum(max, [b, -5, d], False), _ref_extremum(min, [a, 2.5], True),
        _ref_extremum(max, [a, b, c, d, 0, -1.5, a, c], True)))


def _rows(n: int, seed: int = 17) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    rows = [{"a": rnd.choice(FLOATS), "b": rnd.choice(INTS), "c": rnd.choice(FLOATS), "d": rnd.choice(INTS)}
            for _ in range(n)]
    return rows + [{"a": None, "b": None, "c": None, "d": None}, {"a": -0.0, "b": 0, "c": 0.0, "d": 0}]


def test_v17_ops_are_the_reference_on_every_local_backend() -> None:
    rows = _rows(300)
    assert run_polars(PIPE, rows, TYPES) == [_expected(r) for r in rows]
    assert_local_backends_agree("v17", PIPE, rows, TYPES, {})


@pytest.mark.postgres
def test_v17_ops_postgres_agree(pg: Any) -> None:
    rows = _rows(200, seed=3)
    assert run_postgres(pg, PIPE, rows, TYPES) == [_expected(r) for r in rows]
    dec = Pipeline.from_json({"dsl_version": "1.7.0", "inputs": ["e"], "outputs": ["s", "m"],
                              "steps": [{"op": "sign", "input": "e", "output": "s"},
                                        {"op": "min", "args": ["e", 0.5], "output": "m"}]})
    vals = [{"e": v} for v in (0.25, -0.0, 7.5, -7.5, math.nan, None)]
    assert run_postgres(pg, dec, vals, {"e": "decimal"}) == run_polars(dec, vals, {"e": "decimal"})


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    yield from connect()


@pytest.mark.mariadb
def test_v17_ops_mariadb_agree(maria: Any) -> None:
    # a MariaDB DOUBLE holds no NaN or infinity: those rows are nulls there (which the ops treat alike)
    rows = [{k: _number(v) for k, v in r.items()} for r in _rows(200, seed=5)]
    assert run_mysql(maria, PIPE, rows, TYPES) == [_expected(r) for r in rows]
    dec = Pipeline.from_json({"dsl_version": "1.7.0", "inputs": ["e"], "outputs": ["s", "m"],
                              "steps": [{"op": "sign", "input": "e", "output": "s"},
                                        {"op": "max", "args": ["e", -0.5], "output": "m"}]})
    vals = [{"e": v} for v in (0.25, -0.0, 7.5, -7.5, None)]
    assert run_mysql(maria, dec, vals, {"e": "decimal"}) == run_polars(dec, vals, {"e": "decimal"})
