"""DSL 1.4 ops: the version rule, validation, worked examples, and the differential cross-check
(Polars vs DuckDB vs SQLite vs PostgreSQL) on generated inputs that reach their edge cases (the
generic strings of ``dsl_strategies`` with nulls and unicode, plus lists, hashtags, hex, numerals
and epoch ranges). The per-op golden files (``golden/<op>.json``) also feed the sqlguard test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from core.errors import DSLReject
from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.execute import run_sample
from dsl.models import Pipeline
from dsl.v14_models import V1_4_OPS
from dsl.validate import validate_pipeline
from tests.dsl.dsl_harness import (
    assert_local_backends_agree,
    run_polars,
    run_postgres,
)
from tests.dsl.dsl_v14_cases import V14_CASES, V14_UNSUPPORTED, rows14

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
STEPS: dict[str, tuple[dict[str, Any], str, str]] = {
    "list_sort": ({"op": "list_sort", "separator": ";"}, "string", "string"),
    "list_unique": ({"op": "list_unique", "separator": ";"}, "string", "string"),
    "regex_extract_all": ({"op": "regex_extract_all", "pattern": "[0-9]+"}, "string", "string"),
    "hex_to_int": ({"op": "hex_to_int"}, "string", "int"),
    "int_to_hex": ({"op": "int_to_hex"}, "int", "string"),
    "epoch_to_datetime": ({"op": "epoch_to_datetime", "unit": "ms"}, "int", "datetime"),
    "datetime_to_epoch": ({"op": "datetime_to_epoch"}, "date", "int"),
    "roman_to_int": ({"op": "roman_to_int"}, "string", "int"),
    "int_to_roman": ({"op": "int_to_roman"}, "int", "string"),
    "normalize": ({"op": "normalize", "form": "NFC"}, "string", "string"),
    "strip_accents": ({"op": "strip_accents"}, "string", "string"),
}


def _p(step: dict[str, Any], version: str = "1.4.0") -> Pipeline:
    return Pipeline.from_json({"dsl_version": version, "inputs": ["a"], "outputs": ["o"],
                               "steps": [{**step, "input": "a", "output": "o"}]})


def _run(step: dict[str, Any], typ: str, values: list[Any]) -> list[Any]:
    res = run_sample(_p(step), [{"a": v} for v in values], None, 0.0, {"a": typ})
    return [r.actual["o"] for r in res.rows]


def test_every_v14_op_has_a_version_case() -> None:
    assert set(STEPS) == set(V1_4_OPS)


@pytest.mark.parametrize("name", sorted(STEPS))
def test_v14_ops_need_the_declared_version(name: str) -> None:
    step, src, out = STEPS[name]
    with pytest.raises(DSLReject, match="1.4") as info:
        validate_pipeline(_p(step, "1.3.0"), {"a": src})
    assert info.value.details["argument"] == "dsl_version"
    assert validate_pipeline(_p(step), {"a": src}) == {"o": out}


@pytest.mark.parametrize(("step", "typ", "argument"), [
    ({"op": "list_sort", "separator": ""}, "string", "separator"),
    ({"op": "list_sort", "separator": ";"}, "int", "input"),
    ({"op": "list_unique", "separator": "\x00"}, "string", "separator"),
    ({"op": "regex_extract_all", "pattern": "a*"}, "string", "pattern"),
    ({"op": "regex_extract_all", "pattern": "(ab)+"}, "string", "pattern"),
    ({"op": "regex_extract_all", "pattern": "a|b"}, "string", "pattern"),
    ({"op": "regex_extract_all", "pattern": "(a)", "group": 2}, "string", "group"),
    ({"op": "regex_extract_all", "pattern": r"\bx"}, "string", "pattern"),
    ({"op": "hex_to_int"}, "int", "input"),
    ({"op": "int_to_hex"}, "string", "input"),
    ({"op": "int_to_hex", "case": "title"}, "int", "case"),
    ({"op": "epoch_to_datetime", "unit": "us"}, "int", "unit"),
    ({"op": "epoch_to_datetime"}, "float", "input"),
    ({"op": "datetime_to_epoch"}, "string", "input"),
    ({"op": "roman_to_int"}, "int", "input"),
    ({"op": "int_to_roman"}, "string", "input"),
    ({"op": "normalize", "form": "NFD"}, "string", "form"),
])
def test_invalid_v14_steps_are_rejected(step: dict[str, Any], typ: str, argument: str) -> None:
    with pytest.raises(DSLReject) as info:
        validate_pipeline(_p(step), {"a": typ})
    assert info.value.details["argument"] == argument


def test_worked_examples() -> None:
    assert _run({"op": "list_sort", "separator": ";"}, "string", ["pear;apple;fig", "b;B;é;a", "", None]) == \
        ["apple;fig;pear", "B;a;b;é", "", None]
    assert _run({"op": "list_unique", "separator": ","}, "string", ["a,b,a,c,b", "x,x,x"]) == ["a,b,c", "x"]
    assert _run({"op": "regex_extract_all", "pattern": "#[A-Za-z]+", "separator": " "}, "string",
                ["Loving the #sunset at #Malibu!", "No tags."]) == ["#sunset #Malibu", ""]
    assert _run({"op": "regex_extract_all", "pattern": "@([a-z_]+)", "group": 1, "separator": ","}, "string",
                ["@anna thanks! cc @bob_smith"]) == ["anna,bob_smith"]
    assert _run({"op": "hex_to_int"}, "string", ["FF", "1a", "0x1", "1000000000000000", ""]) == \
        [255, 26, None, None, None]
    assert _run({"op": "int_to_hex"}, "int", [255, 0, -1, 2**63 - 1]) == ["FF", "0", None, "7FFFFFFFFFFFFFFF"]
    assert _run({"op": "epoch_to_datetime"}, "int", [1700000000, -1, 253402300800]) == \
        [dt.datetime(2023, 11, 14, 22, 13, 20), dt.datetime(1969, 12, 31, 23, 59, 59), None]
    assert _run({"op": "datetime_to_epoch", "unit": "s"}, "datetime",
                [dt.datetime(1969, 12, 31, 23, 59, 59, 500000)]) == [-1]
    assert _run({"op": "roman_to_int"}, "string", ["MCMXCIX", "IIII", "iv", "IM", ""]) == [1999, None, None, None, None]
    assert _run({"op": "int_to_roman"}, "int", [2024, 0, 4000]) == ["MMXXIV", None, None]
    assert _run({"op": "normalize"}, "string", ["１２３－４５６７", "ﬁ"]) == ["123-4567", "fi"]
    assert _run({"op": "strip_accents"}, "string", ["José Müller", "Ångström", "Łódź", "ß"]) == \
        ["Jose Muller", "Angstrom", "Łodz", "ß"]


def test_dialect_refusals_are_typed() -> None:
    with pytest.raises(DialectUnsupported) as info:
        to_sql(_p({"op": "normalize"}), "duckdb", "t", {"a": "string"})
    assert info.value.details == {"op": "normalize", "dialect": "duckdb"}
    for dialect in ("mysql", "mariadb"):  # MariaDB has no Unicode normalization; "mariadb" is no DSL dialect name
        with pytest.raises(DialectUnsupported):
            to_sql(_p({"op": "normalize"}), dialect, "t", {"a": "string"})
    with pytest.raises(DialectUnsupported):
        to_sql(_p({"op": "int_to_roman"}), "mariadb", "t", {"a": "int"})


@pytest.mark.parametrize("name", sorted(V14_CASES))
def test_v14_local_backends_agree(name: str) -> None:
    pipe, types = V14_CASES[name]

    @SETTINGS
    @given(rows=rows14(types, name))
    def check(rows: list[dict[str, Any]]) -> None:
        assert_local_backends_agree(name, pipe, rows, types, V14_UNSUPPORTED)

    check()


@pytest.mark.postgres
@pytest.mark.parametrize("name", sorted(V14_CASES))
def test_v14_postgres_agrees(name: str, pg: Any) -> None:
    pipe, types = V14_CASES[name]

    @SETTINGS
    @given(rows=rows14(types, name))
    def check(rows: list[dict[str, Any]]) -> None:
        assert run_postgres(pg, pipe, rows, types) == run_polars(pipe, rows, types), rows

    check()
