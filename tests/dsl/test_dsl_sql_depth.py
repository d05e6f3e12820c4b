"""A pipeline that chains more dependent steps than one SQL statement is compiled for (``MAX_SQL_LAYERS``) is a
typed refusal (``DialectUnsupported``: the planner runs it in Polars), never sqlglot's RecursionError; the bound
itself compiles, and Polars runs the deeper pipeline."""

from __future__ import annotations

import duckdb
import polars as pl
import pytest

from dsl.compile_polars import apply_pipeline
from dsl.compile_sql import MAX_SQL_LAYERS, compile_pipeline, to_sql
from dsl.errors import DialectUnsupported
from dsl.models import Pipeline


def _chain(n: int) -> Pipeline:
    steps = [{"op": "replace", "input": "a" if k == 0 else "o", "output": "o", "pattern": f"<{k}>",
              "replacement": f"<{k + 1}>"} for k in range(n)]
    return Pipeline.from_json({"dsl_version": "1.2.0", "inputs": ["a"], "outputs": ["o"], "steps": steps,
                               "input_types": {"a": "string"}})


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "sqlite", "mysql"])
def test_deeper_than_the_bound_is_refused(dialect: str) -> None:
    deep = _chain(MAX_SQL_LAYERS + 1)
    with pytest.raises(DialectUnsupported) as err:
        to_sql(deep, dialect, "t")
    assert err.value.details["layers"] == MAX_SQL_LAYERS + 1 and err.value.details["dialect"] == dialect
    with pytest.raises(DialectUnsupported):
        compile_pipeline(deep, dialect)


def test_the_bound_compiles_and_runs_like_polars() -> None:
    at = _chain(MAX_SQL_LAYERS)
    con = duckdb.connect()
    con.execute("CREATE TABLE t (a VARCHAR)")
    con.execute("INSERT INTO t VALUES ('<0>'), ('x'), (NULL)")
    got = [r[0] for r in con.execute(to_sql(at, "duckdb", "t")).fetchall()]
    polars = apply_pipeline(pl.DataFrame({"a": ["<0>", "x", None]}), at).collect()["o"].to_list()
    assert got == polars == [f"<{MAX_SQL_LAYERS}>", "x", None]
    deeper = apply_pipeline(pl.DataFrame({"a": ["<0>"]}), _chain(3 * MAX_SQL_LAYERS)).collect()["o"].to_list()
    assert deeper == [f"<{3 * MAX_SQL_LAYERS}>"]
