"""The safe-range test is left out only for operands that are provably in range (dsl/bounded.py).

Checked three ways: which columns the analysis calls bounded, that the compiled SQL keeps the
``abs(...) BETWEEN`` test for every other operand, and that the float shape's extremes (the
values a bounded parsed float can take) are inside the safe range, with the SQL results equal to
Polars on them.
"""

from __future__ import annotations

from typing import Any

from dsl.bounded import bounded_before
from dsl.compile_sql import compile_pipeline, to_sql
from dsl.models import Pipeline
from dsl.semantics import FLOAT_MAX_LEN, SAFE_MAX, SAFE_MIN
from dsl.validate import step_types
from tests.dsl.dsl_harness import run_duckdb, run_polars, run_sqlite


def _pipe(steps: list[dict[str, Any]], types: dict[str, str], outputs: list[str]) -> Pipeline:
    return Pipeline.model_validate({"dsl_version": "1.3.0", "inputs": list(types), "input_types": types,
                                    "outputs": outputs, "steps": steps})


CAST_F = {"op": "type_cast", "input": "s", "output": "f", "to": "float"}
CONVERT = {"op": "unit_convert", "input": "f", "output": "cm", "from_unit": "in", "to_unit": "cm"}


def test_bounded_columns() -> None:
    p = _pipe([CAST_F, {"op": "type_cast", "input": "f", "output": "g", "to": "float"},
               {"op": "safe_math", "fn": "mul", "args": ["g", 1e100], "output": "h"},
               {"op": "type_cast", "input": "i", "output": "j", "to": "float"},
               {"op": "coalesce", "inputs": ["f", "j"], "output": "k"},
               {"op": "coalesce", "inputs": ["f", "h"], "output": "m"},
               {"op": "type_cast", "input": "s", "output": "f", "to": "int"},
               {"op": "floor", "input": "x", "output": "f"},
               {"op": "floor", "input": "f", "output": "z"}],
              {"s": "string", "i": "int", "x": "float"}, ["z"])
    b = bounded_before(p, step_types(p))
    assert b[0] == {"i"}
    assert b[-1] == {"i", "g", "j", "k"}  # f was overwritten by a float floor: no longer known
    assert "h" not in b[-1] and "m" not in b[-1] and "x" not in b[-1]
    assert "f" in b[-2]  # the int cast of s made f bounded until floor overwrote it


def test_guard_kept_for_unknown_floats() -> None:
    parsed = _pipe([CAST_F, CONVERT], {"s": "string"}, ["cm"])
    from_int = _pipe([{"op": "type_cast", "input": "i", "output": "f", "to": "float"}, CONVERT], {"i": "int"}, ["cm"])
    unknown = _pipe([CONVERT], {"f": "float"}, ["cm"])
    for dialect in ("duckdb", "postgres", "sqlite", "mysql"):
        if dialect != "sqlite":  # SQLite cannot parse floats (no regex)
            assert "BETWEEN" not in to_sql(parsed, dialect, "t").upper()
        assert "BETWEEN" not in to_sql(from_int, dialect, "t").upper()
        assert "BETWEEN" in to_sql(unknown, dialect, "t").upper()
        assert "BETWEEN" in compile_pipeline(unknown, dialect)["cm"].sql(dialect=dialect).upper()


def _float_extremes() -> list[str]:
    width = FLOAT_MAX_LEN - len("e-99")
    return ["9" * width + "e99", "9" * (FLOAT_MAX_LEN - 3) + "e9", "." + "0" * (width - 2) + "1e-99",
            "-." + "0" * (width - 3) + "1e-99", "0." + "0" * (width - 3) + "1E-99", "0e99", "-0", "1e0",
            "9" * FLOAT_MAX_LEN, "9" * (FLOAT_MAX_LEN + 1), "1e100", "1e-100"]


def test_parsed_float_extremes_are_in_range() -> None:
    p = _pipe([CAST_F], {"s": "string"}, ["f"])
    for (v,) in run_polars(p, [{"s": s} for s in _float_extremes()], {"s": "string"}):
        assert v is None or v == 0 or SAFE_MIN <= abs(v) <= SAFE_MAX


MATH: list[dict[str, Any]] = [{"op": "type_cast", "input": "i", "output": "j", "to": "float"},
        {"op": "safe_math", "fn": "round", "args": ["i"], "output": "n", "digits": 1},
        {"op": "safe_math", "fn": "div", "args": ["cm", "j"], "output": "q"},
        {"op": "floor", "input": "q", "output": "r"}]
INTS = (0, 3, -7, 2**62, -(2**63), None)


def test_unguarded_sql_agrees_with_polars_duckdb() -> None:
    p = _pipe([CAST_F, CONVERT, *MATH], {"s": "string", "i": "int"}, ["cm", "n", "q", "r"])
    rows = [{"s": s, "i": i} for s in [*_float_extremes(), None, "abc", "2.5"] for i in INTS]
    assert run_duckdb(p, rows, {"s": "string", "i": "int"}) == run_polars(p, rows, {"s": "string", "i": "int"})


def test_unguarded_sql_agrees_with_polars_sqlite() -> None:
    p = _pipe([{"op": "floor", "input": "x", "output": "cm"}, *MATH], {"x": "float", "i": "int"}, ["cm", "n", "q", "r"])
    rows = [{"x": x, "i": i} for x in (2.5, -1e200, 1e-200, 0.0, None) for i in INTS]
    assert run_sqlite(p, rows, {"x": "float", "i": "int"}) == run_polars(p, rows, {"x": "float", "i": "int"})
