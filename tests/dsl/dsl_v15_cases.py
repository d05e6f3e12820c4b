"""DSL 1.5 programs for the differential suite, and input strategies that reach their edge cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from dsl.models import Pipeline
from tests.dsl.dsl_strategies import BY_TYPE, INTS, STRINGS


def p15(steps: list[dict[str, Any]], inputs: list[str] | None = None, outputs: list[str] | None = None) -> Pipeline:
    """A DSL 1.5 pipeline (one input ``a`` and one output ``o`` by default)."""
    return Pipeline.from_json({"dsl_version": "1.5.0", "inputs": inputs or ["a"], "outputs": outputs or ["o"],
                               "steps": steps})


def one(op: dict[str, Any]) -> Pipeline:
    return p15([{**op, "input": "a", "output": "o"}])


S, INT = {"a": "string"}, {"a": "int"}
#: the README's recipe: ``2024-03-15T14:30:00+02:00`` -> ``2024-03-15 12:30:00`` (naive UTC datetime)
OFFSET_RECIPE: list[dict[str, Any]] = [
    {"op": "regex_extract", "input": "a", "output": "local", "group": 1,
     "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})[+-][0-9]{2}:[0-9]{2}$"},
    {"op": "date_parse", "input": "local", "output": "d", "format": "%Y-%m-%dT%H:%M:%S"},
    {"op": "datetime_to_epoch", "input": "d", "output": "s"},
    {"op": "regex_extract", "input": "a", "output": "sign", "pattern": "([+-])[0-9]{2}:[0-9]{2}$", "group": 1},
    {"op": "map_dict", "input": "sign", "output": "sign", "mapping": {"+": "1", "-": "-1"}},
    {"op": "regex_extract", "input": "a", "output": "oh", "pattern": "([0-9]{2}):[0-9]{2}$", "group": 1},
    {"op": "regex_extract", "input": "a", "output": "om", "pattern": "([0-9]{2})$", "group": 1},
    {"op": "type_cast", "input": "sign", "output": "sign", "to": "int"},
    {"op": "type_cast", "input": "oh", "output": "oh", "to": "int"},
    {"op": "type_cast", "input": "om", "output": "om", "to": "int"},
    {"op": "safe_math", "fn": "mul", "args": ["oh", 3600], "output": "off"},
    {"op": "safe_math", "fn": "mul", "args": ["om", 60], "output": "offm"},
    {"op": "safe_math", "fn": "add", "args": ["off", "offm"], "output": "off"},
    {"op": "safe_math", "fn": "mul", "args": ["off", "sign"], "output": "off"},
    {"op": "safe_math", "fn": "sub", "args": ["s", "off"], "output": "utc"},
    {"op": "type_cast", "input": "utc", "output": "utc", "to": "int"},
    {"op": "epoch_to_datetime", "input": "utc", "output": "o"},
]
V15_CASES: dict[str, tuple[Pipeline, dict[str, str]]] = {
    "list_count": (one({"op": "list_count", "separator": ","}), S),
    "list_count_multi": (one({"op": "list_count", "separator": ", "}), S),
    "list_count_overlap": (one({"op": "list_count", "separator": "aa"}), S),
    "list_count_unicode": (one({"op": "list_count", "separator": "·é"}), S),
    "list_get_first": (one({"op": "list_get", "separator": ",", "index": 0}), S),
    "list_get_third": (one({"op": "list_get", "separator": "; ", "index": 2}), S),
    "list_get_last": (one({"op": "list_get", "separator": ",", "index": -1}), S),
    "list_get_minus3": (one({"op": "list_get", "separator": " ", "index": -3}), S),
    "int_to_ordinal": (one({"op": "int_to_ordinal"}), INT),
    "ordinal_to_int": (one({"op": "ordinal_to_int"}), S),
    "time_24_to_12": (one({"op": "time_24_to_12"}), S),
    "time_24_to_12_pad": (one({"op": "time_24_to_12", "pad_hour": True, "lower": True}), S),
    "time_12_to_24": (one({"op": "time_12_to_24"}), S),
    "clock_round_trip": (p15([{"op": "time_12_to_24", "input": "a", "output": "t"},
                              {"op": "time_24_to_12", "input": "t", "output": "o"}]), S),
    "count_then_ordinal": (p15([{"op": "list_count", "input": "a", "output": "n", "separator": ","},
                                {"op": "int_to_ordinal", "input": "n", "output": "o"}]), S),
    "dms_to_decimal": (one({"op": "dms_to_decimal"}), S),
    "dms_rounded": (p15([{"op": "dms_to_decimal", "input": "a", "output": "x"},
                         {"op": "format_number", "input": "x", "output": "o", "decimals": 4}]), S),
    "clock_to_utc": (one({"op": "clock_to_utc"}), S),
    "clock_utc_to_12": (p15([{"op": "clock_to_utc", "input": "a", "output": "u"},
                             {"op": "time_24_to_12", "input": "u", "output": "o"}]), S),
    # dsl/README.md "Offsets": an ISO datetime with a fixed offset -> the UTC instant, with the date ops alone
    "datetime_offset_recipe": (p15(OFFSET_RECIPE), S),
    "ordinal_round_trip": (p15([{"op": "ordinal_to_int", "input": "a", "output": "n"},
                                {"op": "int_to_ordinal", "input": "n", "output": "o"}]), S),
}
#: dialects that must refuse a case (DialectUnsupported), by case name
V15_UNSUPPORTED = {
    "sqlite": {"list_get_first", "list_get_third", "list_get_last", "list_get_minus3", "dms_to_decimal", "dms_rounded",
               "datetime_offset_recipe"},
}

_ITEM = st.sampled_from(["a", "b", "aa", "é", "·é", "", " ", "x y", "日本", "a;b", "10", ",", "İ", "ß"])
_CLOCK = st.builds(lambda h, m, s, sp, mk: f"{h}:{m:02d}{'' if s is None else f':{s:02d}'}{sp}{mk}",
                   st.sampled_from(["0", "00", "1", "01", "9", "09", "11", "12", "13", "19", "23", "24", "99"]),
                   st.integers(0, 61), st.one_of(st.none(), st.integers(0, 61)), st.sampled_from(["", " ", "  "]),
                   st.sampled_from(["", "AM", "PM", "am", "pm", "Pm", "aM", "PM.", "XM", "A"]))
_ORDINAL = st.builds(lambda n, suf, zero: ("0" if zero else "") + str(n) + suf,
                     st.one_of(st.integers(0, 130), st.integers(0, 10**19)),
                     st.sampled_from(["st", "nd", "rd", "th", "ST", "Th", "", "s", "xx"]), st.booleans())
_DMS = st.builds(lambda d, m, s, frac, sp, hem: f"{d}°{sp}{m}'{sp}{s}{frac}\"{sp}{hem}",
                 st.integers(0, 200), st.integers(0, 61), st.integers(0, 61),
                 st.sampled_from(["", ".0", ".5", ".25", ".125", ".1234", "."]), st.sampled_from(["", " ", "  "]),
                 st.sampled_from(["N", "S", "E", "W", "n", "X", ""]))
_UTC = st.builds(lambda clock, sp, off: f"{clock}{sp}{off}", _CLOCK.map(lambda c: c.rstrip(" APMapmX.")),
                 st.sampled_from(["", " ", "  "]),
                 st.one_of(st.sampled_from(["Z", "z", "+00:00", "-00:00", "+14:00", "+24:00", "+01:60", "+2:00", ""]),
                           st.builds(lambda s, h, m, c: f"{s}{h:02d}{c}{m:02d}", st.sampled_from("+-"),
                                     st.integers(0, 25), st.integers(0, 61), st.sampled_from([":", ""]))))
_ISO_OFF = st.builds(lambda d, s, h, m: f"{d.isoformat(timespec='seconds')}{s}{h:02d}:{m:02d}",
                     st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59)),
                     st.sampled_from("+-"), st.integers(0, 25), st.sampled_from([0, 30, 45, 59]))
TEXTISH = st.one_of(STRINGS, _DMS, _UTC, _ISO_OFF, st.lists(_ITEM, max_size=6).flatmap(
    lambda xs: st.sampled_from([",", ", ", "; ", " ", "aa", "·é"]).map(lambda sep: sep.join(xs))),
    _CLOCK, _ORDINAL,
    st.sampled_from(["12:00 AM", "12:00 PM", "0:00", "23:59:59", "7:05", "7:5", "07:05 ", " 07:05", "١:00",
                     "１:00", "1st", "2nd", "3rd", "11th", "12th", "13th", "111th", "112nd", "01st", "日本"]))
SMALL = st.one_of(INTS, st.integers(-5, 150))


def rows15(types: dict[str, str], max_rows: int = 8) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Rows whose values hit the 1.5 ops' interesting inputs (lists, clocks, ordinals)."""
    by_type = dict(BY_TYPE, string=TEXTISH, int=SMALL)
    return st.lists(st.fixed_dictionaries({c: by_type[t] for c, t in types.items()}), min_size=1, max_size=max_rows)
