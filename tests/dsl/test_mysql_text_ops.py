"""Title case, splits, list items and the 1.4-1.6 conversions on MariaDB (dsl/mysql_text.py) give Polars'
result on the real server, on values where MariaDB's collation (case, accents, PAD SPACE) and its regex and
string functions could differ from Polars; the ops still without an exact form refuse."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pymysql
import pytest

from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.models import Pipeline
from tests.dsl.dsl_harness import _numbered, _ordered, norm, run_polars

pytestmark = pytest.mark.mariadb
MYSQL_TYPES = {"string": "LONGTEXT", "int": "BIGINT", "float": "DOUBLE", "date": "DATE", "datetime": "DATETIME",
               "bool": "BOOLEAN"}
WORDS = ["k1NG's", "hello WORLD", "  a-b c_d ", "élan vital", "éa", "ÉA", "x\ny", "1st PLACE", "", None, "a", "AB",
         "mary-jane o'neil", "ǅx", "straße ab", "ab\tcd", "A1b2 C3d4", "--a--"]
LISTS = ["a,b,c", "c,b,a", "", " ", ",", ",,", "a,", ",a", "a,,b", "A,a,b", "é,e,É", None, "x", "a,b,c,d,e",
         "aaa", "aaaa", "a;b,c", "a, b", "a ,b"]
SPLITS = [*LISTS, "a  b", "a b  c", "  lead", "trail  ", "one", "x\ny z", "éé ü", "a\tb"]
ORDINALS = ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd", "111th", "0th", "1th", "01st",
            "1ST", " 1st", "1st ", "", None, "123456789012345678th", "22nd\n"]
CLOCKS = ["15:45", "00:05", "12:30", "24:00", "7:5", "7:05", "07:05:09", " 7:05", "23:59:59", "", None,
          "3:45 PM", "12:05 am", "0:30 AM", "13:00 PM", "3:45PM", "3:45 P.M.", "11:59:59 pm", "15:45\n"]
UTC = ["14:30 +02:00", "00:15 +00:30", "0:15Z", "23:59 -01:00", "12:00+0530", "12:00 +24:00", "12:00 +02:60",
       "12:00:30 -03:00", "25:00Z", "", None, "12:00 z"]
HEX = ["FF", "ff", "0", "000000000000001", "FFFFFFFFFFFFFFF", "1000000000000000", "0x10", "", " F", "G", None,
       "aBc", "ＦＦ", "FF\n"]
DAYS = [dt.date(2024, 12, 30), dt.date(2021, 1, 1), dt.date(2020, 12, 31), dt.date(2000, 2, 29), dt.date(2026, 1, 4),
        dt.date(2027, 1, 1), dt.date(1000, 1, 1), dt.date(9999, 12, 31), dt.date(2004, 12, 31), None]


def _s(op: dict[str, Any], values: list[Any], typ: str = "string") -> tuple[dict[str, Any], str, list[Any]]:
    return op, typ, values


STEPS: dict[str, tuple[dict[str, Any], str, list[Any]]] = {
    "title": _s({"op": "case", "input": "a", "output": "o", "mode": "title"}, WORDS),
    "split_literal": _s({"op": "regex_split", "input": "a", "outputs": ["o", "p", "q"], "pattern": ","}, SPLITS),
    "split_overlapping": _s({"op": "regex_split", "input": "a", "outputs": ["o", "p", "q"], "pattern": "aa"}, SPLITS),
    "split_regex": _s({"op": "regex_split", "input": "a", "outputs": ["o", "p", "q"], "pattern": r"\s+"}, SPLITS),
    "split_class": _s({"op": "regex_split", "input": "a", "outputs": ["o", "p"], "pattern": "[,;] ?"}, SPLITS),
    "split_group": _s({"op": "regex_split", "input": "a", "outputs": ["o", "p", "q"], "pattern": "(,) ?"},
                      [*SPLITS, "a, b,c", ",,", "(,)", "a(,b"]),
    "split_case": _s({"op": "regex_split", "input": "a", "outputs": ["o", "p"], "pattern": "[a-z]{2}"},
                     [*SPLITS, *WORDS]),
    "list_count": _s({"op": "list_count", "input": "a", "output": "o", "separator": ","}, LISTS),
    "list_count_aa": _s({"op": "list_count", "input": "a", "output": "o", "separator": "aa"}, LISTS),
    "list_get_first": _s({"op": "list_get", "input": "a", "output": "o", "separator": ",", "index": 0}, LISTS),
    "list_get_2": _s({"op": "list_get", "input": "a", "output": "o", "separator": ",", "index": 2}, LISTS),
    "list_get_last": _s({"op": "list_get", "input": "a", "output": "o", "separator": ",", "index": -1}, LISTS),
    "list_get_minus3": _s({"op": "list_get", "input": "a", "output": "o", "separator": ",", "index": -3}, LISTS),
    "list_get_e": _s({"op": "list_get", "input": "a", "output": "o", "separator": "é", "index": 1}, LISTS),
    "ordinal_to_int": _s({"op": "ordinal_to_int", "input": "a", "output": "o"}, ORDINALS),
    "int_to_ordinal": _s({"op": "int_to_ordinal", "input": "a", "output": "o"},
                         [0, 1, 2, 3, 4, 11, 12, 13, 21, 102, 111, -1, 10**17, None], "int"),
    "time_24_to_12": _s({"op": "time_24_to_12", "input": "a", "output": "o"}, CLOCKS),
    "time_24_to_12_pad": _s({"op": "time_24_to_12", "input": "a", "output": "o", "pad_hour": True, "lower": True},
                            CLOCKS),
    "time_12_to_24": _s({"op": "time_12_to_24", "input": "a", "output": "o"}, CLOCKS),
    "clock_to_utc": _s({"op": "clock_to_utc", "input": "a", "output": "o"}, UTC),
    "hex_to_int": _s({"op": "hex_to_int", "input": "a", "output": "o"}, HEX),
    "int_to_hex": _s({"op": "int_to_hex", "input": "a", "output": "o"}, [0, 255, 4095, -1, 2**62, None], "int"),
    "int_to_hex_lower": _s({"op": "int_to_hex", "input": "a", "output": "o", "case": "lower"}, [0, 255, 2**60, None],
                           "int"),
    "replace_literal": _s({"op": "replace", "input": "a", "output": "o", "pattern": "a", "replacement": "$\\&"},
                          [*WORDS, *LISTS]),
    "replace_regex": _s({"op": "replace", "input": "a", "output": "o", "pattern": "[a-z]+", "replacement": "<$1\\>"},
                        [*WORDS, *LISTS]),
    "replace_groups": _s({"op": "replace", "input": "a", "output": "o", "pattern": "([a-z])([A-Z])",
                          "replacement": "$1_$2$$", "groups": True}, [*WORDS, "camelCaseWord", "aBcD"]),
    "replace_dollar_end": _s({"op": "replace", "input": "a", "output": "o", "pattern": "[0-9]$", "replacement": "#"},
                             ["a1", "a1\n", "12", "", None]),
    "template": _s({"op": "template", "output": "o", "inputs": ["a"], "template": "({0}) {{x}}"}, WORDS),
    "translate": _s({"op": "translate", "input": "a", "output": "o",
                     "mapping": {"a": "4", "é": "e", "A": "", " ": "_"}}, WORDS),
    "int_to_roman": _s({"op": "int_to_roman", "input": "a", "output": "o"},
                       [0, 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 4000, -1, None], "int"),
    "roman_to_int": _s({"op": "roman_to_int", "input": "a", "output": "o"},
                       ["I", "IV", "IX", "MMXXIV", "MMMCMXCIX", "IIII", "VX", "IM", "iv", "", " I", "I ", "mmxxiv",
                        "MCMXCIV", "XLII\n", None]),
    "int_to_words": _s({"op": "int_to_words", "input": "a", "output": "o"},
                       [0, 1, 13, 20, 21, 99, 100, 105, 999, 1000, 1205, 21_000_305, 999_999_999, 10**9, -1, None],
                       "int"),
    "parse_bool": _s({"op": "type_cast", "input": "a", "output": "o", "to": "bool"},
                     ["true", "TRUE", "True", "t", "yes", "Y", "1", "false", "F", "no", "n", "0", "true ", " true", "",
                      None, "trué", "ｔｒｕｅ", "tru", "yes\n", "nO", "2"]),
    "bool_to_string": _s({"op": "type_cast", "input": "a", "output": "o", "to": "string"}, [True, False, None], "bool"),
    "bool_to_int": _s({"op": "type_cast", "input": "a", "output": "o", "to": "int"}, [True, False, None], "bool"),
    **{f"date_part_{part}": _s({"op": "date_part", "input": "a", "output": "o", "part": part}, DAYS, "date")
       for part in ("isodow", "isoweek", "isoyear", "quarter", "dayofyear")},
}


def _pipe(step: dict[str, Any], typ: str) -> Pipeline:
    outputs = step.get("outputs") or [step["output"]]
    return Pipeline.model_validate({"dsl_version": "1.6.0", "inputs": ["a"], "outputs": outputs,
                                    "input_types": {"a": typ}, "steps": [step]})


@pytest.fixture(scope="module")
def maria() -> Any:
    conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", database="test", charset="utf8mb4",
                           autocommit=True)
    yield conn
    conn.close()


def run_mariadb(conn: Any, pipe: Pipeline, typ: str, values: list[Any]) -> list[tuple[Any, ...]]:
    """The pipeline's SQL on a temporary table of ``values`` (strict mode: a conversion warning fails)."""
    aug, types = _numbered(pipe, {"a": typ})
    sql = _ordered(to_sql(aug, "mysql", "t", types))
    with conn.cursor() as cur:
        cur.execute("DROP TEMPORARY TABLE IF EXISTS t")
        cur.execute(f"CREATE TEMPORARY TABLE t (_rn INT, a {MYSQL_TYPES[typ]}) DEFAULT CHARSET=utf8mb4")
        cur.executemany("INSERT INTO t VALUES (%s, %s)", [(i, v) for i, v in enumerate(values)])
        cur.execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO'")
        cur.execute("CREATE TEMPORARY TABLE t_out AS " + sql)
        cur.execute("DROP TEMPORARY TABLE t_out")
        cur.execute(sql)
        return [tuple(norm(v) for v in r[1:]) for r in cur.fetchall()]


@pytest.mark.parametrize("name", sorted(STEPS))
def test_text_ops_agree_with_polars_on_mariadb(maria: Any, name: str) -> None:
    step, typ, values = STEPS[name]
    pipe = _pipe(step, typ)
    want = run_polars(pipe, [{"a": v} for v in values], {"a": typ})
    got = run_mariadb(maria, pipe, typ, values)
    assert got == want, [(v, g, w) for v, g, w in zip(values, got, want, strict=True) if g != w]


@pytest.mark.parametrize("step", [
    {"op": "normalize", "input": "a", "output": "o", "form": "NFC"},
    {"op": "strip_accents", "input": "a", "output": "o"},
])
def test_ops_without_an_exact_mariadb_form_refuse(step: dict[str, Any]) -> None:
    with pytest.raises(DialectUnsupported) as info:
        to_sql(_pipe(step, "string"), "mysql", "t")
    assert info.value.details["dialect"] == "mysql" and info.value.details["op"] == step["op"]
