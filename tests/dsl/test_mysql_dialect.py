"""The DSL on MariaDB (dialect ``mysql``): each op it compiles gives Polars' result on the real server,
on values where MariaDB's collation and string functions differ from Polars; the others refuse."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pymysql
import pytest

from dsl.compile_sql import to_sql
from dsl.models import Pipeline
from tests.dsl.dsl_harness import _numbered, _ordered, norm, run_polars

pytestmark = pytest.mark.mariadb
MYSQL_TYPES = {"string": "LONGTEXT", "int": "BIGINT", "float": "DOUBLE", "date": "DATE", "datetime": "DATETIME"}
TEXT = ["  a b  ", "\tx\n", "\x0bq\x0c", "\u00a0y\u00a0", "", None, "é ", "a \t\n b", "x\r\ny", "ÄbÇ",
        "straße", "MiXeD", "usa", "USA", "usa ", "Ü", "ü", "u", "ǅ"]
INTS = ["12", "+12", "-0", "123456789012345678", "1234567890123456789", "12a", "", " 1", None, "１２", "0x1", "12\n",
        "1e2", "1.5", "1_000"]
REGEX_TEXT = [*TEXT, "abc\n", "ABC", "a\nc", "aéc", "x12y345", "$1", "$$é", "éébcc", "Ab-12", "  ab 7", "xyz\n", "a.c",
              "ÉÉb", "12\n"]
FLOATS_TEXT = ["1.5", "+1.5", "-0", ".5", "5.", "1e5", "1E+05", "1e005", "inf", "nan", " 1", "1 ", "1_0", "12\n",
               "0x10", "", None, "1" * 31, "9" * 30, "0.1", "123456789.123456789", "1e-99", "１２", "1.2.3", "+-5",
               "-.5e-3", "1e99"]
DATES_TEXT = ["2000-02-29", "1900-02-29", "2001-02-29", "2001-04-31", "2001-12-31", "0000-01-01", "0001-01-01",
              "2000-1-01", "2000-01-01\n", " 2000-01-01", "2000-13-01", "2000-00-10", "", None, "２０００-01-01",
              "29/02/2000", "31/04/2001", "01/02/0999", "2000-01-01T10:20:30Z", "2000-01-01T24:00:00Z",
              "2000-01-01T10:60:00Z", "2000-01-01 10:20", "2000-01-01 10:20:30"]
FLOATS = [0.0, -0.0, 2.5, -2.5, 1e-200, 1e200, 1e150, 123.456, -0.5, 0.125, None, 7.0]
DAYS = [dt.date(2000, 2, 29), dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(9999, 12, 31), None]
TIMES = [dt.datetime(2000, 2, 29, 23, 59, 58), dt.datetime(1, 1, 1), dt.datetime(999, 1, 2, 3, 4, 5), None]
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
    "parse_float": ({"op": "type_cast", "input": "a", "output": "o", "to": "float"}, "string", FLOATS_TEXT),
    "date_parse_iso": ({"op": "date_parse", "input": "a", "output": "o", "format": "%Y-%m-%d"}, "string", DATES_TEXT),
    "date_parse_dmy": ({"op": "date_parse", "input": "a", "output": "o", "format": "%d/%m/%Y"}, "string", DATES_TEXT),
    "date_parse_z": ({"op": "date_parse", "input": "a", "output": "o", "format": "%Y-%m-%dT%H:%M:%SZ"}, "string",
                     DATES_TEXT),
    "date_parse_hm": ({"op": "date_parse", "input": "a", "output": "o", "format": "%Y-%m-%d %H:%M"}, "string",
                      DATES_TEXT),
    "date_format_d": ({"op": "date_format", "input": "a", "output": "o", "format": "%d.%m.%Y"}, "date", DAYS),
    "date_format_dt": ({"op": "date_format", "input": "a", "output": "o", "format": "%Y-%m-%dT%H:%M:%SZ"},
                       "datetime", TIMES),
    "unit_length": ({"op": "unit_convert", "input": "a", "output": "o", "from_unit": "mi", "to_unit": "km"},
                    "float", FLOATS),
    "unit_temp": ({"op": "unit_convert", "input": "a", "output": "o", "from_unit": "F", "to_unit": "C"},
                  "float", FLOATS),
    "math_div": ({"op": "safe_math", "fn": "div", "args": [1.0, "a"], "output": "o"}, "float", FLOATS),
    "math_mul": ({"op": "safe_math", "fn": "mul", "args": ["a", "a"], "output": "o"}, "float", FLOATS),
    "math_round": ({"op": "safe_math", "fn": "round", "args": ["a"], "digits": 1, "output": "o"}, "float",
                   [*FLOATS, 0.05, 0.15, 0.25, -0.35, 2.675, 1e15 + 0.5]),
    "extract_digits": ({"op": "regex_extract", "input": "a", "output": "o", "pattern": "[0-9]+"}, "string", REGEX_TEXT),
    "extract_end": ({"op": "regex_extract", "input": "a", "output": "o", "pattern": "[a-z]+$"}, "string", REGEX_TEXT),
    "extract_group": ({"op": "regex_extract", "input": "a", "output": "o", "group": 2,
                       "pattern": r"(?i)^\s*([a-z]+)[-_. ]?([0-9]*)"}, "string", REGEX_TEXT),
    "extract_literal_dollar": ({"op": "regex_extract", "input": "a", "output": "o", "group": 1,
                                "pattern": r"[$]?\$([0-9é])"}, "string", REGEX_TEXT),
    "extract_dot": ({"op": "regex_extract", "input": "a", "output": "o", "pattern": "a.c"}, "string", REGEX_TEXT),
    "pad_left": ({"op": "pad", "input": "a", "output": "o", "width": 4}, "string", TEXT),
    "pad_right": ({"op": "pad", "input": "a", "output": "o", "width": 3, "fill": "é", "side": "right"}, "string",
                  TEXT),
    "int_to_string": ({"op": "type_cast", "input": "a", "output": "o", "to": "string"}, "int",
                      [0, -5, 9_223_372_036_854_775_807, None]),
    "int_to_float": ({"op": "type_cast", "input": "a", "output": "o", "to": "float"}, "int",
                     [0, -5, 9_007_199_254_740_993, None]),
}


def _pipe(step: dict[str, Any], typ: str) -> Pipeline:
    return Pipeline.model_validate({"dsl_version": "1.2.0", "inputs": ["a"], "outputs": ["o"],
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
        cur.execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO'")
        cur.execute("CREATE TEMPORARY TABLE t_out AS " + sql)  # strict mode: a conversion warning fails here
        cur.execute("DROP TEMPORARY TABLE t_out")
        cur.execute(sql)
        got = [tuple(norm(v) for v in r[1:]) for r in cur.fetchall()]
    assert got == want, [(v, g, w) for v, g, w in zip(values, got, want, strict=True) if g != w]

# the ops still refused on MariaDB: tests/dsl/test_mysql_text_ops.py; float -> int, format_number and the
# other forms made exact later: tests/dsl/test_mysql_exact_ops.py
