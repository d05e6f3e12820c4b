"""Unix time, coordinates, number formatting, ``select_when``, the float / date casts and ``words_to_int`` on
MariaDB (dsl/mysql_exact.py, dsl/mysql_words.py) give Polars' result on the real server: at the edges of the
DSL's datetime range, in a session time zone other than UTC, on rounding ties and on texts MariaDB's collation
would fold."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pymysql
import pytest

from dsl import numwords
from dsl.models import Pipeline
from dsl.v14_polars import EPOCH_MAX_S, EPOCH_MIN_S
from tests.dsl.mysql_harness import connect, run_mysql, run_polars_features

pytestmark = pytest.mark.mariadb
LO_MS, HI_MS = EPOCH_MIN_S * 1000, EPOCH_MAX_S * 1000 + 999
EPOCH_S = [1_700_000_000, 0, -1, 951_782_400, -12_219_292_800, -12_219_292_801, EPOCH_MIN_S, EPOCH_MIN_S - 1,
           EPOCH_MAX_S, EPOCH_MAX_S + 1, 2**62, -(2**62), 2**63 - 1, -(2**63) + 1, None]
EPOCH_MS = [1_709_596_800_000, 946_684_799_999, -1, -999, -1000, -1001, LO_MS, LO_MS - 1, HI_MS, HI_MS + 1, 2**62,
            -(2**62), None]
TIMES = [dt.datetime(1969, 12, 31, 23, 59, 59, 500_000), dt.datetime(1970, 1, 1), dt.datetime(1, 1, 1),
         dt.datetime(9999, 12, 31, 23, 59, 59, 999_999), dt.datetime(1969, 12, 31, 23, 59, 59, 999_999),
         dt.datetime(2000, 2, 29, 12, 0, 0, 1), dt.datetime(1582, 10, 10, 1, 2, 3), dt.datetime(1, 1, 1, 0, 0, 0, 1),
         dt.datetime(2038, 1, 19, 3, 14, 8), None]
DAYS = [dt.date(1969, 12, 31), dt.date(1970, 1, 2), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2000, 2, 29),
        None]
DMS = ["40°26'46\"N", "22° 54' 30.5\" S", "0°7'39\"W", "90°0'0\"N", "90°0'0.001\"N", "180°0'0\"E",
       "180°0'0.001\"W", "179°59'59.999\"E", "40°60'0\"N", "40°0'60\"N", "40°59'59.99\"S", "40°26'46\"n",
       "40°26'46\" N", "40°26'46\"  N", " 40°26'46\"N", "40°26'46\"N\n", "", None, "1234°0'0\"N", "40°26'46.12\"S",
       "40°26'46.\"N", "40° 26′ 46″ N", "045°07'05\"E", "40°26'46\"X", "٤٠°26'46\"N", "999°0'0\"E", "0°0'0\"S",
       "1°2'3.4\"W", "12°34'56.789\"S"]
NUMBERS = [1234.5, -0.004, 0.0, -0.0, 1e15, 999_999_999_999_999.0, 99_999_999_999_999.9, -1_234_567.891, 0.5,
           -0.5, 1.005, 2.675, -2.5, 1e-200, -1e200, None, 123.0, 1000.0, 100.0, 12_345_678.9, 999.9996,
           0.049999999999999996, 123_456.0]
FLOATS = [2.5, -2.5, 2.9999, -2.9999, 0.0, -0.0, 9.1e18, -9.1e18, 9.2e18, -9.2e18, 9.3e18, 1e200, -1e200, 1e-200,
          None, 4_503_599_627_370_495.5, -4_503_599_627_370_495.5, 9_007_199_254_740_993.0, 0.49999999999999994,
          1.5, -0.5, 0.5, -1.5, 123_456_789.987]
DECIMALS = [2.5, -2.5, 0.1, -0.9999999999, 12_345_678_901_234_568.0, -7.0, 0.0, None, 999.5, -999.5]
WORDS = [*(numwords.to_words(v) for v in (0, 1, 13, 17, 70, 77, 99, 100, 105, 999, 1000, 1205, 7_017_070,
                                          21_000_305, 999_999_999, 100_000_000, 1_000_001)),
         "One", "twenty one", "one hundred and five", "ten hundred", "zero zero", "", None, "ONE MILLION",
         "one million ", " one", "seventeen😀", "one million one million", "seventeen\n", "one thousand thousand",
         "Seventy-seven", "minus one"]
LISTS = ["a,b,c", "c,b,a", "", " ", ",", ",,", "a,", ",a", "a,,b", "A,a,b", "é,e,É", None, "x", "a,b,c,d,e", "aaa",
         "aaaa", "a;b,c", "a, b", "a ,b", "b,a,b,a,a", "a ,a", "ǅ,Ǆ,ǆ", "😀,😁,a", "a\\,b", "\"x\",y", "B,a,b,A"]
HASHTAGS = ["#a #b", "no tags", "", None, "#x#y##z", "a1b22c333", "ABC abc", "é#é #é1", "\x01\x01#a", "#a\x01\x01",
            "x12y345", "@bob and @alice_x, @", "aaa", "ab\nab", "1.5, 2.25 and 3", "$$ $1 $22", "#a\n#b\n", "  lead 12",
            "12", " ".join(f"#t{i}" for i in range(60))]
TEXT = ["123", "abc", "aéc", "ABC", "usa", "USA", "Usa ", "x", "y", "xy\n", "", None, "a\nc", "ü", "é1", "12a", "12\n",
        "1.5", "ÉTÉ"]


def _c(op: dict[str, Any], typ: str, values: list[Any], version: str = "1.6.0") -> tuple[Pipeline, dict[str, str],
                                                                                          list[dict[str, Any]]]:
    outputs = [op["output"]]
    pipe = Pipeline.model_validate({"dsl_version": version, "inputs": ["a"], "outputs": outputs,
                                    "input_types": {"a": typ}, "steps": [op]})
    return pipe, {"a": typ}, [{"a": v} for v in values]


def _fmt(decimals: int, thousands: str = "", mark: str = ".") -> tuple[Any, ...]:
    return _c({"op": "format_number", "input": "a", "output": "o", "decimals": decimals, "thousands": thousands,
               "decimal_mark": mark}, "float", NUMBERS)


def _when(pattern: str, otherwise: bool = True) -> tuple[Any, ...]:
    step: dict[str, Any] = {"op": "select_when", "input": "a", "pattern": pattern, "then": "b", "output": "o"}
    if otherwise:
        step["otherwise"] = "c"
    pipe = Pipeline.model_validate({"dsl_version": "1.1.0", "inputs": ["a", "b", "c"], "outputs": ["o"],
                                    "input_types": {"a": "string", "b": "string", "c": "string"}, "steps": [step]})
    rows = [{"a": v, "b": f"then:{i}", "c": None if i % 5 == 4 else f"else:{i}"} for i, v in enumerate(TEXT)]
    return pipe, {"a": "string", "b": "string", "c": "string"}, rows


CASES: dict[str, tuple[Any, ...]] = {
    "epoch_s": _c({"op": "epoch_to_datetime", "input": "a", "output": "o"}, "int", EPOCH_S),
    "epoch_ms": _c({"op": "epoch_to_datetime", "input": "a", "output": "o", "unit": "ms"}, "int", EPOCH_MS),
    "to_epoch_s": _c({"op": "datetime_to_epoch", "input": "a", "output": "o"}, "datetime", TIMES),
    "to_epoch_ms": _c({"op": "datetime_to_epoch", "input": "a", "output": "o", "unit": "ms"}, "datetime", TIMES),
    "to_epoch_date": _c({"op": "datetime_to_epoch", "input": "a", "output": "o"}, "date", DAYS),
    "to_epoch_date_ms": _c({"op": "datetime_to_epoch", "input": "a", "output": "o", "unit": "ms"}, "date", DAYS),
    "dms": _c({"op": "dms_to_decimal", "input": "a", "output": "o"}, "string", DMS),
    "format_0": _fmt(0),
    "format_2_comma": _fmt(2, ","),
    "format_2_dot_comma": _fmt(2, ".", ","),
    "format_3_space": _fmt(3, " "),
    "format_6_apostrophe": _fmt(6, "'"),
    "format_1_underscore": _fmt(1, "_", ","),
    "when_digits": _when("^[0-9]+$"),
    "when_dot": _when("a.c"),
    "when_icase": _when("(?i)^usa$"),
    "when_alternation": _when("x|y$"),
    "when_empty_match": _when("z*"),
    "when_accent": _when("[é-ü]"),
    "when_empty_text": _when("^$", otherwise=False),
    "when_escape": _when(r"^[0-9]+\.[0-9]$", otherwise=False),
    "float_to_int": _c({"op": "type_cast", "input": "a", "output": "o", "to": "int"}, "float", FLOATS),
    "decimal_to_int": _c({"op": "type_cast", "input": "a", "output": "o", "to": "int"}, "decimal", DECIMALS),
    "date_to_datetime": _c({"op": "type_cast", "input": "a", "output": "o", "to": "datetime"}, "date", DAYS),
    "datetime_to_date": _c({"op": "type_cast", "input": "a", "output": "o", "to": "date"}, "datetime", TIMES),
    "list_sort": _c({"op": "list_sort", "input": "a", "output": "o", "separator": ","}, "string", LISTS),
    "list_sort_desc": _c({"op": "list_sort", "input": "a", "output": "o", "separator": ",", "descending": True},
                         "string", LISTS),
    "list_sort_aa": _c({"op": "list_sort", "input": "a", "output": "o", "separator": "aa"}, "string", LISTS),
    "list_sort_quote": _c({"op": "list_sort", "input": "a", "output": "o", "separator": "\""}, "string", LISTS),
    "list_unique": _c({"op": "list_unique", "input": "a", "output": "o", "separator": ","}, "string", LISTS),
    "list_unique_aa": _c({"op": "list_unique", "input": "a", "output": "o", "separator": "aa"}, "string", LISTS),
    "list_unique_backslash": _c({"op": "list_unique", "input": "a", "output": "o", "separator": "\\"}, "string",
                                LISTS),
    **{f"extract_all_{i}": _c({"op": "regex_extract_all", "input": "a", "output": "o", **args}, "string", HASHTAGS)
       for i, args in enumerate([
           {"pattern": "#[A-Za-z0-9_]+"}, {"pattern": "@([a-z_]+)", "group": 1, "separator": ","},
           {"pattern": "[0-9]+", "separator": "|"}, {"pattern": "[a-z]+$"}, {"pattern": "^[a-z]+"},
           {"pattern": "([0-9])[a-z]?([0-9]*)", "group": 2, "separator": "-"}, {"pattern": "(?i)ab", "separator": " "},
           {"pattern": "a.", "separator": ";"}, {"pattern": "\\$[0-9]*", "separator": ","},
           {"pattern": "([0-9]+)[.]([0-9]*)", "group": 1, "separator": "/"}, {"pattern": "[^\x01]+", "separator": "+"},
           {"pattern": "(#)([a-z])([0-9]?)", "group": 3}])},
    "words_to_int": _c({"op": "words_to_int", "input": "a", "output": "o"}, "string", WORDS),
    "epoch_round_trip": (Pipeline.model_validate({
        "dsl_version": "1.4.0", "inputs": ["a"], "outputs": ["o", "back"], "input_types": {"a": "int"},
        "steps": [{"op": "epoch_to_datetime", "input": "a", "output": "o", "unit": "ms"},
                  {"op": "datetime_to_epoch", "input": "o", "output": "back", "unit": "ms"}]}),
        {"a": "int"}, [{"a": v} for v in EPOCH_MS]),
}


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    yield from connect()


@pytest.mark.parametrize("name", sorted(CASES))
def test_exact_ops_agree_with_polars_on_mariadb(maria: Any, name: str) -> None:
    pipe, types, rows = CASES[name]
    features = frozenset({"select_when"})
    want = run_polars_features(pipe, rows, types, features)
    got = run_mysql(maria, pipe, rows, types, features)
    assert got == want, [(r, g, w) for r, g, w in zip(rows, got, want, strict=True) if g != w]


def test_epoch_ops_do_not_read_the_session_time_zone(maria: Any) -> None:
    pipe, types, rows = CASES["epoch_round_trip"]
    here = run_mysql(maria, pipe, rows, types)
    with maria.cursor() as cur:
        cur.execute("SET SESSION time_zone = '-11:00'")
    try:
        assert run_mysql(maria, pipe, rows, types) == here
    finally:
        with maria.cursor() as cur:
            cur.execute("SET SESSION time_zone = '+05:30'")


def test_a_match_past_pcre_match_limit_is_an_error_in_strict_mode_never_a_wrong_row(maria: Any) -> None:
    """MariaDB's PCRE2 gives up past its match limit and answers "no match" with warning 1139, where Polars
    (linear time) finds the match; a strict-mode write turns that warning into an error, so no wrong row lands."""
    pipe, types, _ = _when("^(?:(?:a|aa)*$|[^\\n]*x)")
    rows = [{"a": "a" * 60 + "!x", "b": "then", "c": "else"}]
    assert run_polars_features(pipe, rows, types, frozenset({"select_when"})) == [("then",)]
    with pytest.raises(pymysql.MySQLError) as info:
        run_mysql(maria, pipe, rows, types, frozenset({"select_when"}))
    assert info.value.args[0] == 1139


def _random_cases(seed: int) -> dict[str, tuple[Any, ...]]:
    rnd = random.Random(seed)
    secs = [rnd.randint(EPOCH_MIN_S - 10, EPOCH_MAX_S + 10) for _ in range(150)]
    millis = [rnd.randint(LO_MS - 10, HI_MS + 10) for _ in range(150)]
    times = [dt.datetime(1, 1, 1) + dt.timedelta(microseconds=rnd.randrange(0, 315_537_897_600_000_000))
             for _ in range(150)]
    nums = [rnd.choice([1, -1]) * rnd.random() * 10 ** rnd.randint(-8, 16) for _ in range(150)]
    nums += [rnd.randint(-10**6, 10**6) / rnd.choice([1, 2, 4, 8, 100, 1000]) for _ in range(100)]
    dms = [f"{rnd.randint(0, 181)}°{rnd.choice(['', ' '])}{rnd.randint(0, 61)}'{rnd.choice(['', ' '])}"
           f"{rnd.randint(0, 60)}{rnd.choice(['', '.' + str(rnd.randint(0, 999)).zfill(rnd.randint(1, 3))])}\""
           f"{rnd.choice(['', ' '])}{rnd.choice('NSEW')}" for _ in range(150)]
    return {
        "epoch_s": _c({"op": "epoch_to_datetime", "input": "a", "output": "o"}, "int", secs),
        "epoch_ms": _c({"op": "epoch_to_datetime", "input": "a", "output": "o", "unit": "ms"}, "int", millis),
        "to_epoch_ms": _c({"op": "datetime_to_epoch", "input": "a", "output": "o", "unit": "ms"}, "datetime", times),
        "format": _c({"op": "format_number", "input": "a", "output": "o", "decimals": 3, "thousands": ","},
                     "float", nums),
        "round_trip_int": _c({"op": "type_cast", "input": "a", "output": "o", "to": "int"}, "float", nums),
        "dms": _c({"op": "dms_to_decimal", "input": "a", "output": "o"}, "string", dms),
    }


@pytest.mark.parametrize("name", ["epoch_s", "epoch_ms", "to_epoch_ms", "format", "round_trip_int", "dms"])
def test_exact_ops_on_random_values(maria: Any, name: str) -> None:
    pipe, types, rows = _random_cases(20261207)[name]
    want = run_polars_features(pipe, rows, types)
    got = run_mysql(maria, pipe, rows, types)
    assert got == want, [(r, g, w) for r, g, w in zip(rows, got, want, strict=True) if g != w][:5]


def test_a_list_longer_than_group_concat_max_len_is_an_error_in_strict_mode_never_a_cut_row(maria: Any) -> None:
    """GROUP_CONCAT cuts at ``group_concat_max_len`` with warning 1260; a strict-mode write makes it an error."""
    pipe, types, _ = CASES["list_sort"]
    rows = [{"a": "c,b,a"}, {"a": "d,c,b,a,e,f,g"}]
    assert run_mysql(maria, pipe, rows[:1], types) == [("a,b,c",)]
    with maria.cursor() as cur:
        cur.execute("SET SESSION group_concat_max_len = 8")
    try:
        with pytest.raises(pymysql.MySQLError) as info:
            run_mysql(maria, pipe, rows, types)
        assert info.value.args[0] == 1260
    finally:
        with maria.cursor() as cur:
            cur.execute("SET SESSION group_concat_max_len = DEFAULT")


def test_extract_all_skips_matches_in_blocks_of_the_largest_repeat_count(maria: Any,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Match k skips k - 1 matches as ``{65535}`` blocks plus the rest (PCRE's largest count); with blocks of 3 the
    same pipeline must give the same rows on texts of up to 60 matches."""
    from dsl import mysql_extract_all

    pipe, types, rows = CASES["extract_all_0"]
    want = run_polars_features(pipe, rows, types)
    monkeypatch.setattr(mysql_extract_all, "MAX_REPEAT", 3)
    assert run_mysql(maria, pipe, rows, types) == want
