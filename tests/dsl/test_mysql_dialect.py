"""The DSL on MariaDB (dialect ``mysql``): each op it compiles gives Polars' result on the real server,
on values where MariaDB's collation and string functions differ from Polars; the others refuse."""

from __future__ import annotations

from typing import Any

import pymysql
import pytest

from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.models import Pipeline
from tests.dsl.dsl_harness import _numbered, _ordered, norm, run_polars

pytestmark = pytest.mark.mariadb
MYSQL_TYPES = {"string": "LONGTEXT", "int": "BIGINT"}
TEXT = ["  a b  ", "\tx\n", "\x0bq\x0c", "\u00a0y\u00a0", "", None, "é ", "a \t\n b", "x\r\ny", "ÄbÇ",
        "straße", "MiXeD", "usa", "USA", "usa ", "Ü", "ü", "u", "ǅ"]
INTS = ["12", "+12", "-0", "123456789012345678", "1234567890123456789", "12a", "", " 1", None, "１２", "0x1"]
STEPS: dict[str, tuple[dict[str, Any], str, list[Any]]] = {
    "trim_both": ({"op": "trim", "input": "a", "output": "o"}, "string", TEXT),
    "trim_left": ({"op": "trim", "input": "a", "output": "o", "side": "left"}, "string", TEXT),
    "trim_right": ({"op": "trim", "input": "a", "output": "o", "side": "right"}, "string", TEXT),
    "collapse": ({"op": "collapse_whitespace", "input": "a", "output": "o"}, "string", TEXT),
    "upper": ({"op": "case", "input": "a", "output": "o", "mode": "upper"}, "string", TEXT),
    "lower": ({"op": "case", "input": "a", "output": "o", "mode": "lower"}, "string", TEXT),
    "map_keep": ({"op": "map_dict", "input": "a", "output": "o", "mapping": {"usa": "US", "Ü": "U"},
                  "on_missing": "keep"}, "string", TEXT),
    "map_default": ({"op": "map_dict", "input": "a", "output": "o", "mapping": {"usa": "US", "u": "x"},
                     "default": "ZZ"}, "string", TEXT),
    "map_null": ({"op": "map_dict", "input": "a", "output": "o", "mapping": {"USA": "US"}}, "string", TEXT),
    "parse_int": ({"op": "type_cast", "input": "a", "output": "o", "to": "int"}, "string", INTS),
    "int_to_string": ({"op": "type_cast", "input": "a", "output": "o", "to": "string"}, "int",
                      [0, -5, 9_223_372_036_854_775_807, None]),
    "int_to_float": ({"op": "type_cast", "input": "a", "output": "o", "to": "float"}, "int",
                     [0, -5, 9_007_199_254_740_993, None]),
}


def _pipe(step: dict[str, Any], typ: str) -> Pipeline:
    return Pipeline.model_validate({"dsl_version": "1.0.0", "inputs": ["a"], "outputs": ["o"],
                                    "input_types": {"a": typ}, "steps": [step]})


@pytest.fixture(scope="module")
def maria() -> Any:
    conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", database="test", charset="utf8mb4",
                           autocommit=True)
    yield conn
    conn.close()


@pytest.mark.parametrize("name", sorted(STEPS))
def test_compiled_ops_agree_with_polars_on_mariadb(maria: Any, name: str) -> None:
    step, typ, values = STEPS[name]
    pipe = _pipe(step, typ)
    want = run_polars(pipe, [{"a": v} for v in values], {"a": typ})
    aug, types = _numbered(pipe, {"a": typ})
    sql = _ordered(to_sql(aug, "mysql", "t", types))
    with maria.cursor() as cur:
        cur.execute("DROP TEMPORARY TABLE IF EXISTS t")
        cur.execute(f"CREATE TEMPORARY TABLE t (_rn INT, a {MYSQL_TYPES[typ]})")
        cur.executemany("INSERT INTO t VALUES (%s, %s)", [(i, v) for i, v in enumerate(values)])
        cur.execute(sql)
        got = [tuple(norm(v) for v in r[1:]) for r in cur.fetchall()]
    assert got == want, [(v, g, w) for v, g, w in zip(values, got, want, strict=True) if g != w]


@pytest.mark.parametrize("step", [{"op": "case", "input": "a", "output": "o", "mode": "title"},
                                  {"op": "regex_extract", "input": "a", "output": "o", "pattern": "[0-9]+"},
                                  {"op": "type_cast", "input": "a", "output": "o", "to": "float"},
                                  {"op": "date_parse", "input": "a", "output": "o", "format": "%Y-%m-%d"}])
def test_ops_without_an_exact_mariadb_form_refuse(step: dict[str, Any]) -> None:
    with pytest.raises(DialectUnsupported) as info:
        to_sql(_pipe(step, "string"), "mysql", "t", {"a": "string"})
    assert info.value.details["dialect"] == "mysql" and info.value.details["op"] == step["op"]
