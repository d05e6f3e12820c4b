"""DSL 1.5 ops: the version rule, validation, worked examples, and the differential cross-check
(Polars vs DuckDB vs SQLite vs PostgreSQL) on generated inputs that reach their edge cases (the
generic strings of ``dsl_strategies`` with nulls and unicode, plus lists, clock times and ordinals).
The per-op golden files (``golden/<op>.json``) also feed the sqlguard test."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from core.errors import DSLReject
from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.execute import run_sample
from dsl.models import DSL_LATEST, Pipeline
from dsl.v15_models import V1_5_OPS
from dsl.validate import validate_pipeline
from tests.dsl.dsl_harness import (
    assert_local_backends_agree,
    run_polars,
    run_postgres,
)
from tests.dsl.dsl_v15_cases import V15_CASES, V15_UNSUPPORTED, rows15

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
STEPS: dict[str, tuple[dict[str, Any], str, str]] = {
    "list_count": ({"op": "list_count", "separator": ","}, "string", "int"),
    "list_get": ({"op": "list_get", "separator": ",", "index": -1}, "string", "string"),
    "int_to_ordinal": ({"op": "int_to_ordinal"}, "int", "string"),
    "ordinal_to_int": ({"op": "ordinal_to_int"}, "string", "int"),
    "time_24_to_12": ({"op": "time_24_to_12"}, "string", "string"),
    "time_12_to_24": ({"op": "time_12_to_24"}, "string", "string"),
    "dms_to_decimal": ({"op": "dms_to_decimal"}, "string", "float"),
    "clock_to_utc": ({"op": "clock_to_utc"}, "string", "string"),
}


def _p(step: dict[str, Any], version: str = "1.5.0") -> Pipeline:
    return Pipeline.from_json({"dsl_version": version, "inputs": ["a"], "outputs": ["o"],
                               "steps": [{**step, "input": "a", "output": "o"}]})


def _run(step: dict[str, Any], typ: str, values: list[Any]) -> list[Any]:
    res = run_sample(_p(step), [{"a": v} for v in values], None, 0.0, {"a": typ})
    return [r.actual["o"] for r in res.rows]


def test_every_v15_op_has_a_version_case() -> None:
    assert set(STEPS) == set(V1_5_OPS)
    assert tuple(map(int, DSL_LATEST.split("."))) >= (1, 5, 0)


@pytest.mark.parametrize("name", sorted(STEPS))
def test_v15_ops_need_the_declared_version(name: str) -> None:
    step, src, out = STEPS[name]
    with pytest.raises(DSLReject, match="1.5") as info:
        validate_pipeline(_p(step, "1.4.0"), {"a": src})
    assert info.value.details["argument"] == "dsl_version"
    assert validate_pipeline(_p(step), {"a": src}) == {"o": out}


@pytest.mark.parametrize(("step", "typ", "argument"), [
    ({"op": "list_count", "separator": ""}, "string", "separator"),
    ({"op": "list_count", "separator": "123456789"}, "string", "separator"),
    ({"op": "list_count", "separator": ","}, "int", "input"),
    ({"op": "list_get", "separator": ",", "index": 100}, "string", "index"),
    ({"op": "list_get", "separator": ",", "index": -101}, "string", "index"),
    ({"op": "list_get", "separator": ","}, "string", "index"),
    ({"op": "list_get", "separator": "\x00", "index": 0}, "string", "separator"),
    ({"op": "int_to_ordinal"}, "string", "input"),
    ({"op": "int_to_ordinal", "locale": "fr"}, "int", "locale"),
    ({"op": "ordinal_to_int"}, "int", "input"),
    ({"op": "time_24_to_12"}, "date", "input"),
    ({"op": "time_24_to_12", "pad_hour": "maybe"}, "string", "pad_hour"),
    ({"op": "time_12_to_24"}, "datetime", "input"),
    ({"op": "dms_to_decimal"}, "float", "input"),
    ({"op": "dms_to_decimal", "digits": 4}, "string", "digits"),
    ({"op": "clock_to_utc"}, "datetime", "input"),
])
def test_invalid_v15_steps_are_rejected(step: dict[str, Any], typ: str, argument: str) -> None:
    with pytest.raises(DSLReject) as info:
        validate_pipeline(_p(step), {"a": typ})
    assert info.value.details["argument"] == argument


def test_worked_examples() -> None:
    assert _run({"op": "list_count", "separator": ","}, "string",
                ["apple, banana, cherry", "", "x", "a,,b", ",", None]) == [3, 0, 1, 3, 2, None]
    assert _run({"op": "list_count", "separator": "aa"}, "string", ["aaa", "aaaa"]) == [2, 3]
    assert _run({"op": "list_get", "separator": ";", "index": 1}, "string", ["a;b;c", "a", "", ";", None]) == \
        ["b", None, None, "", None]
    assert _run({"op": "list_get", "separator": ";", "index": -1}, "string", ["a;b;c", "a", "", "a;"]) == \
        ["c", "a", None, ""]
    assert _run({"op": "int_to_ordinal"}, "int", [1, 2, 3, 4, 11, 12, 13, 21, 22, 102, 111, 0, -1]) == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "102nd", "111th", "0th", None]
    assert _run({"op": "ordinal_to_int"}, "string", ["1st", "112th", "23rd", "1th", "01st", "1ST", "st", ""]) == \
        [1, 112, 23, None, None, None, None, None]
    assert _run({"op": "time_24_to_12"}, "string", ["15:45", "00:05", "12:30", "9:00", "23:59:59", "24:00", "7:5"]) \
        == ["3:45 PM", "12:05 AM", "12:30 PM", "9:00 AM", "11:59:59 PM", None, None]
    assert _run({"op": "time_24_to_12", "pad_hour": True, "lower": True}, "string", ["15:45", "00:05"]) == \
        ["03:45 pm", "12:05 am"]
    assert _run({"op": "time_12_to_24"}, "string", ["3:45 PM", "12:05 am", "12:30pm", "11:59:59 Pm", "0:30 AM",
                                                    "13:00 PM", "3:45"]) == \
        ["15:45", "00:05", "12:30", "23:59:59", None, None, None]
    assert _run({"op": "dms_to_decimal"}, "string", ["33°51'54\"S", "22° 54' 30.5\" S", "90°0'0\"N", "91°0'0\"N",
                                                     "180°0'0\"W", "10°60'0\"E", "40°26'46\"n"]) == \
        [-33.865, -(22 * 3_600_000 + 54 * 60_000 + 30_500) / 3_600_000, 90.0, None, -180.0, None, None]
    assert _run({"op": "clock_to_utc"}, "string", ["14:30 +02:00", "18:45 +05:30", "23:30-0100", "0:15Z",
                                                   "00:15 +00:30", "7:05:09 -14:00", "24:00Z", "10:00 +2:00"]) == \
        ["12:30", "13:15", "00:30", "00:15", "23:45", "21:05:09", None, None]


def test_dialect_refusals_are_typed() -> None:
    with pytest.raises(DialectUnsupported) as info:
        to_sql(_p({"op": "list_get", "separator": ",", "index": 0}), "sqlite", "t", {"a": "string"})
    assert info.value.details == {"op": "list_get", "dialect": "sqlite"}
    with pytest.raises(DialectUnsupported) as info:  # "mariadb" is no DSL dialect name (the adapters pass "mysql")
        to_sql(_p({"op": "dms_to_decimal"}), "mariadb", "t", {"a": "string"})
    assert info.value.details["dialect"] == "mariadb"
    with pytest.raises(DialectUnsupported):
        to_sql(_p({"op": "list_count", "separator": ","}), "mariadb", "t", {"a": "string"})


@pytest.mark.parametrize("name", sorted(V15_CASES))
def test_v15_local_backends_agree(name: str) -> None:
    pipe, types = V15_CASES[name]

    @SETTINGS
    @given(rows=rows15(types))
    def check(rows: list[dict[str, Any]]) -> None:
        assert_local_backends_agree(name, pipe, rows, types, V15_UNSUPPORTED)

    check()


@pytest.mark.postgres
@pytest.mark.parametrize("name", sorted(V15_CASES))
def test_v15_postgres_agrees(name: str, pg: Any) -> None:
    pipe, types = V15_CASES[name]

    @SETTINGS
    @given(rows=rows15(types))
    def check(rows: list[dict[str, Any]]) -> None:
        assert run_postgres(pg, pipe, rows, types) == run_polars(pipe, rows, types), rows

    check()
