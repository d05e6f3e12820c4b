"""DSL 1.4 programs for the differential suite, and input strategies that reach their edge cases."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from dsl.models import Pipeline
from tests.dsl.dsl_strategies import BY_TYPE, INTS, STRINGS


def p14(steps: list[dict[str, Any]], inputs: list[str] | None = None, outputs: list[str] | None = None) -> Pipeline:
    """A DSL 1.4 pipeline (one input ``a`` and one output ``o`` by default)."""
    return Pipeline.from_json({"dsl_version": "1.4.0", "inputs": inputs or ["a"], "outputs": outputs or ["o"],
                               "steps": steps})


def one(op: dict[str, Any]) -> Pipeline:
    return p14([{**op, "input": "a", "output": "o"}])


S, INT = {"a": "string"}, {"a": "int"}
V14_CASES: dict[str, tuple[Pipeline, dict[str, str]]] = {
    "list_sort": (one({"op": "list_sort", "separator": ";"}), S),
    "list_sort_desc": (one({"op": "list_sort", "separator": ", ", "descending": True}), S),
    "list_unique": (one({"op": "list_unique", "separator": ","}), S),
    "list_sort_unique": (p14([{"op": "list_unique", "input": "a", "output": "u", "separator": " "},
                              {"op": "list_sort", "input": "u", "output": "o", "separator": " "}]), S),
    "extract_all": (one({"op": "regex_extract_all", "pattern": "#[A-Za-z0-9_]+", "separator": " "}), S),
    "extract_all_group": (one({"op": "regex_extract_all", "pattern": r"@([a-z_]*)[0-9]?", "group": 1,
                               "separator": ","}), S),
    "extract_all_digits": (one({"op": "regex_extract_all", "pattern": r"[0-9]+"}), S),
    "hex_to_int": (one({"op": "hex_to_int"}), S),
    "int_to_hex": (one({"op": "int_to_hex"}), INT),
    "int_to_hex_lower": (one({"op": "int_to_hex", "case": "lower"}), INT),
    "epoch_s": (one({"op": "epoch_to_datetime"}), INT),
    "epoch_ms": (one({"op": "epoch_to_datetime", "unit": "ms"}), INT),
    "to_epoch_s": (one({"op": "datetime_to_epoch"}), {"a": "datetime"}),
    "to_epoch_ms": (one({"op": "datetime_to_epoch", "unit": "ms"}), {"a": "datetime"}),
    "date_to_epoch": (one({"op": "datetime_to_epoch"}), {"a": "date"}),
    "roman_to_int": (one({"op": "roman_to_int"}), S),
    "int_to_roman": (one({"op": "int_to_roman"}), INT),
    "nfkc": (one({"op": "normalize"}), S),
    "nfc": (one({"op": "normalize", "form": "NFC"}), S),
    "strip_accents": (one({"op": "strip_accents"}), S),
    "epoch_iso": (p14([{"op": "type_cast", "input": "a", "output": "n", "to": "int"},
                       {"op": "epoch_to_datetime", "input": "n", "output": "d"},
                       {"op": "date_format", "input": "d", "output": "o", "format": "%Y-%m-%dT%H:%M:%SZ"}]), S),
    "rgb_hex": (p14([{"op": "regex_split", "input": "a", "outputs": ["r", "g"], "pattern": ","},
                     {"op": "type_cast", "input": "r", "output": "ri", "to": "int"},
                     {"op": "int_to_hex", "input": "ri", "output": "rh"},
                     {"op": "pad", "input": "rh", "output": "rh", "width": 2},
                     {"op": "hex_to_int", "input": "g", "output": "gi"},
                     {"op": "int_to_roman", "input": "gi", "output": "gr"},
                     {"op": "concat", "inputs": ["rh", "gr"], "output": "o", "separator": "|"}]), S),
}
#: dialects that must refuse a case (DialectUnsupported), by case name
V14_UNSUPPORTED = {
    "sqlite": {"list_sort", "list_sort_desc", "list_unique", "list_sort_unique", "extract_all", "extract_all_group",
               "extract_all_digits", "epoch_s", "epoch_ms", "to_epoch_s", "to_epoch_ms", "date_to_epoch", "nfkc", "nfc",
               "epoch_iso", "rgb_hex", "strip_accents"},
    "duckdb": {"nfkc", "strip_accents"},
}

_ITEM = st.sampled_from(["a", "b", "B", "é", "ß", "", " ", "x y", "日本", "a;b", "10", "9", ",", "İ"])
TEXTISH = st.one_of(STRINGS, st.lists(_ITEM, max_size=6).flatmap(
    lambda xs: st.sampled_from([";", ", ", ",", " "]).map(lambda sep: sep.join(xs))),
    st.from_regex(r"\A([#@][a-z_A-Z]{0,4}[0-9]?[ ,.!]{0,2}){0,4}\Z"),
    st.from_regex(r"\A[0-9A-Fa-fxg]{0,17}\Z"), st.from_regex(r"\A[MDCLXVIi]{0,16}\Z"),
    st.sampled_from(["MMMCMXCIX", "MCMXCIX", "XIV", "IIII", "VX", "IM", "XLIX", "CDXLIV", "７", "ＡＢＣ", "ﬁ", "ｶ",
                     "Å", "e\u0301", "\u1e9b\u0323", "①", "㍿", "Ångström", "Łódź", "ǅ", "Ḝ", "ß"]))
EPOCHS = st.one_of(INTS, st.integers(-62135596801, 253402300800),
                   st.integers(-62135596801000, 253402300800000),
                   st.sampled_from([0, -1, 1700000000, 1709596800000, -62135596800, 253402300799, 253402300800000]))
SMALL = st.one_of(INTS, st.integers(-5, 4005))


def rows14(types: dict[str, str], name: str, max_rows: int = 8) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Rows whose values hit the 1.4 ops' interesting inputs (lists, hex, numerals, epoch ranges)."""
    by_type = dict(BY_TYPE, string=TEXTISH)
    if types.get("a") == "int":
        by_type["int"] = EPOCHS if name.startswith("epoch") else SMALL
    return st.lists(st.fixed_dictionaries({c: by_type[t] for c, t in types.items()}), min_size=1, max_size=max_rows)
