"""Synthesis with the DSL 1.5 ops: list counts and last items, ordinals, 12h <-> 24h clocks and
degrees-minutes-seconds generalise to held rows (run through the DSL engine), declare DSL 1.5, and
are not proposed when the examples do not show what the op does."""

from __future__ import annotations

from core.mapping.synth import synthesize
from core.mapping.synth.synthesize import engine_outputs
from core.mapping.synth.v15_conversions import (
    candidates,
    clock_utc,
    dms,
    fixed,
    list_get,
    ordinal,
    to_12,
    to_24,
)

S = {"a": "string"}
B = 5000  # generous budget: results must not depend on the machine's load


def _held(train: list[tuple[str, str]], held: list[str]) -> tuple[list[object], list[str]]:
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, [[h] for h in held], ["a"], S), [s.op for s in res.pipeline.steps]


def test_list_count_generalises_to_other_separator_spacing() -> None:
    got, ops = _held([("apple, banana, cherry", "3"), ("", "0"), ("x", "1")],
                     ["red,green,blue,yellow", "one, two", "solo"])
    assert got == ["4", "2", "1"] and "list_count" in ops


def test_item_from_the_end_of_lists_of_varying_length() -> None:
    rows: list[list[str | None]] = [["Home > Garden > Tools"], ["Books > Fiction"], ["A > B > C > D"]]
    outs: list[str | None] = ["Garden", "Books", "C"]
    found = [c for c in candidates(rows, outs, ["a"], S) if c.description == "list_get"]
    assert found and found[0].pipeline.steps[0].model_dump()["index"] == -2
    assert engine_outputs(found[0].pipeline, [["X > Y > Z"], ["solo"]], ["a"], S) == ["Y", None]


def test_ordinals_and_clocks_generalise() -> None:
    got, ops = _held([("1", "1st"), ("12", "12th"), ("23", "23rd")], ["2", "3", "4", "11", "21", "102", "113"])
    assert got == ["2nd", "3rd", "4th", "11th", "21st", "102nd", "113th"] and "int_to_ordinal" in ops
    got, ops = _held([("15:45", "3:45 PM"), ("00:05", "12:05 AM"), ("12:30", "12:30 PM")],
                     ["09:00", "23:59", "13:15"])
    assert got == ["9:00 AM", "11:59 PM", "1:15 PM"] and ops == ["time_24_to_12"]
    got, _ = _held([("15:45", "03:45pm"), ("00:05", "12:05am"), ("12:30", "12:30pm")], ["09:00", "23:59"])
    assert got == ["09:00am", "11:59pm"]
    got, ops = _held([("3:45 PM", "15:45"), ("12:05 AM", "00:05"), ("9:30 am", "09:30")], ["12:00 PM", "1:01 pm"])
    assert got == ["12:00", "13:01"] and ops == ["time_12_to_24"]


def test_dms_to_decimal_generalises() -> None:
    got, ops = _held([("40°26'46\"N", "40.4461"), ("79°58'56\"W", "-79.9822"), ("33°51'54\"S", "-33.8650")],
                     ["52°31'12\"N", "13°24'18\"E", "22°54'30\"S", "151°12'36\"E", "0°7'39\"W"])
    assert got == ["52.5200", "13.4050", "-22.9083", "151.2100", "-0.1275"] and ops[0] == "dms_to_decimal"


def test_clock_with_offset_to_utc_generalises() -> None:
    got, ops = _held([("14:30 +02:00", "12:30"), ("09:15 -05:00", "14:15"), ("23:00 +01:00", "22:00")],
                     ["18:45 +05:30", "06:00 -03:00", "12:00 +09:00", "10:10 -07:00"])
    assert got == ["13:15", "09:00", "03:00", "17:10"] and ops == ["clock_to_utc"]


def test_spreadsheet_serial_dates_generalise() -> None:
    got, _ = _held([("45366", "2024-03-15"), ("44927", "2023-01-01"), ("36526", "2000-01-01")],
                   ["45658", "25569", "40000"])
    assert got == ["2025-01-01", "1970-01-01", "2009-07-06"]


def test_programs_declare_dsl_1_5() -> None:
    res = synthesize([(["1"], "1st"), (["22"], "22nd"), (["13"], "13th")], ["a"], S, budget_ms=B)
    assert res.pipeline is not None and res.pipeline.dsl_version == "1.5.0"


def test_no_v15_program_without_evidence() -> None:
    # the same length everywhere: an item counted from the start says as much, so no list_get
    assert not [c for c in candidates([["a;b"], ["c;d"]], ["b", "d"], ["a"], S) if c.description == "list_get"]
    # counts that do not match any separator
    assert not candidates([["a,b"], ["c"]], ["5", "1"], ["a"], S)
    # non-clock text
    assert not [c for c in candidates([["noon"], ["15:45"]], ["12:00 PM", "3:45 PM"], ["a"], S)
                if c.description.startswith("time")]


def test_references_match_the_readme() -> None:
    assert [ordinal(n) for n in (0, 1, 2, 3, 4, 11, 12, 13, 101, 111, -1)] == \
        ["0th", "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "101st", "111th", None]
    assert [list_get(v, ",", -1) for v in ("a,b", "", "a,")] == ["b", None, ""]
    assert to_12("00:05") == "12:05 AM" and to_12("24:00") is None and to_24("12:05 am") == "00:05"
    assert to_24("0:30 AM") is None and fixed(dms("0°7'39\"W"), 4) == "-0.1275" and dms("91°0'0\"N") is None
    assert [clock_utc(v) for v in ("00:15 +00:30", "7:05:09 -14:00", "0:15Z", "24:00Z", "10:00 +24:00")] == \
        ["23:45", "21:05:09", "00:15", None, None]
