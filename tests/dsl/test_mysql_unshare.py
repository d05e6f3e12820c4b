"""MariaDB's ``REPLACE`` wrote into a value computed once and read again (dsl/mysql_unshare.py): ``list_get`` of a
``coalesce`` of ``regex_extract`` results returned ``''``. Differential against Polars on the real server, through the
layered SELECT (:func:`dsl.compile_sql.to_sql`) and the inlined expressions of an ELT work query
(:func:`dsl.compile_sql.compile_pipeline`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlglot import exp

from dsl.compile_sql import compile_pipeline
from dsl.models import Pipeline
from tests.dsl.dsl_harness import norm
from tests.dsl.mysql_harness import MYSQL_TYPES, connect, run_mysql, run_polars_features

pytestmark = pytest.mark.mariadb
BYTE = "[0-9A-Fa-f]{2}"


def _shapes(sep: str, n: int) -> list[dict[str, Any]]:
    return [{"op": "regex_extract", "input": "a", "output": f"g{k}", "group": 1,
             "pattern": "^(" + sep.join([BYTE] * k) + ")$"} for k in range(1, n + 1)]


def _pipe(steps: list[dict[str, Any]], outputs: list[str]) -> Pipeline:
    return Pipeline.model_validate({"dsl_version": "1.5.0", "inputs": ["a"], "outputs": outputs,
                                    "input_types": {"a": "string"}, "steps": steps})


CASES: dict[str, Pipeline] = {
    # the session-11 little-endian program's first form: items of the coalesced shape, from the end
    "list_get_of_coalesce": _pipe([*_shapes(" ", 3), {"op": "coalesce", "inputs": ["g1", "g2", "g3"], "output": "c"},
                                   *[{"op": "list_get", "input": "c", "output": f"b{k}", "separator": " ",
                                      "index": -1 - k} for k in range(3)]], ["b0", "b1", "b2"]),
    "list_get_and_count_of_coalesce": _pipe([*_shapes(":", 2), {"op": "coalesce", "inputs": ["g2", "g1"],
                                                                "output": "c"},
                                             {"op": "list_get", "input": "c", "output": "x", "separator": ":",
                                              "index": 1},
                                             {"op": "list_count", "input": "c", "output": "n", "separator": ":"}],
                                            ["x", "n", "c"]),
    "replace_then_reuse": _pipe([*_shapes(" ", 2), {"op": "coalesce", "inputs": ["g2", "g1"], "output": "c"},
                                 {"op": "replace", "input": "c", "output": "r", "pattern": " ", "replacement": ""},
                                 {"op": "list_get", "input": "c", "output": "x", "separator": " ", "index": 0}],
                                ["r", "x", "c"]),
}
ROWS = [{"a": v} for v in ["0A 1B 2C", "FF", "zz", "01 02", "01:02", "AB:CD", "", None, "0a 1b"]]


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    yield from connect()


@pytest.mark.parametrize("name", sorted(CASES))
def test_layered_sql_agrees_with_polars_on_mariadb(maria: Any, name: str) -> None:
    pipe = CASES[name]
    want = run_polars_features(pipe, ROWS, {"a": "string"})
    assert run_mysql(maria, pipe, ROWS, {"a": "string"}) == want


@pytest.mark.parametrize("name", sorted(CASES))
def test_inlined_expressions_agree_with_polars_on_mariadb(maria: Any, name: str) -> None:
    pipe = CASES[name]
    want = run_polars_features(pipe, ROWS, {"a": "string"})
    exprs = compile_pipeline(pipe, "mysql", {"a": "string"})
    inner = exp.select(exp.column("_rn"), exp.column("a")).from_("t").subquery("_src")  # merged, as an ELT query
    sql = exp.select(*[exprs[o].as_(o) for o in pipe.outputs]).from_(inner).order_by(exp.column("_rn"))
    with maria.cursor() as cur:
        cur.execute("DROP TEMPORARY TABLE IF EXISTS t")
        cur.execute(f"CREATE TEMPORARY TABLE t (_rn INT, a {MYSQL_TYPES['string']}) DEFAULT CHARSET=utf8mb4")
        cur.executemany("INSERT INTO t VALUES (%s, %s)", [(i, r["a"]) for i, r in enumerate(ROWS)])
        cur.execute(sql.sql(dialect="mysql"))
        got = [tuple(norm(v) for v in r) for r in cur.fetchall()]
    assert got == want
