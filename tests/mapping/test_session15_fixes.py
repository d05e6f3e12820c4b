"""Session 15 fixes of session 14's review: weekday abbreviations read by the column's language in value maps,
opening hours are no numbers in text, Swiss apostrophe thousands are one number."""

from __future__ import annotations

import polars as pl
import pytest

from core.mapping.number_parts import number_part_steps, numbers_in, swiss_apostrophes
from core.mapping.number_strategy import DSL_NEEDED
from core.mapping.synth import weekday_readings
from core.mapping.value_map import propose_value_map
from dsl.compile_polars import apply_pipeline
from dsl.models import Pipeline

DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]


@pytest.mark.parametrize(("values", "want"), [
    (["ma", "di", "wo", "do", "vr", "za", "zo"], {"ma": "MON", "di": "TUE", "do": "THU"}),
    (["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], {"Di": "TUE", "Do": "THU"}),
    (["lu", "ma", "mi", "ju", "vi", "sá", "do"], {"lu": "MON", "ma": "TUE", "do": "SUN"}),
    (["lu", "ma", "me", "je", "ve", "sa", "di"], {"ma": "TUE", "di": "SUN", "je": "THU"}),
    (["lunes", "ma", "do"], {"ma": "TUE", "do": "SUN"}),
])
def test_weekday_abbreviations_follow_the_columns_language(values: list[str], want: dict[str, str]) -> None:
    got = propose_value_map(values, DAYS).mapping
    assert {k: got.get(k) for k in want} == want


def test_weekday_abbreviations_alone_name_no_day() -> None:
    prop = propose_value_map(["ma", "di", "do"], DAYS)
    assert prop.mapping == {}
    assert sorted(prop.unmatched) == ["di", "do", "ma"]
    assert weekday_readings.column_reading(["ma", "lu", "Mo"]) == ""  # mixed: no reading


def test_synthesis_offers_the_romance_reading() -> None:
    assert weekday_readings.readings("weekday", "lunes") == (weekday_readings.ROMANCE,)
    assert weekday_readings.adjust("weekday", weekday_readings.ROMANCE, {"x": "1"})["do"] == "7"
    assert weekday_readings.readings("weekday", "Montag") == (weekday_readings.GERMAN_DUTCH,)


def test_opening_hours_are_no_numbers_in_text() -> None:
    hours = ["8.00 - 14.15", "9.30 - 18.00", "8.00 - 12.00", "10.15 - 16.45", "7.45 - 13.30", "9h30-18h00"]
    assert numbers_in(hours) is None
    ranges = ["1.5 - 2.25 kg", "3.0 - 4.5 kg", "0.5 - 1.0 kg", "2.5 - 3.75 kg", "1.25 - 2.0 kg"]
    found = numbers_in(ranges)  # decimals beyond clock minutes (3.0, 2.5) stay numbers
    assert found is not None and found[0][0] == [1.5, 2.25]


def test_swiss_apostrophe_thousands_are_one_number() -> None:
    vals = ["1'241 m / 3 km", "2'500 m / 4 km", "12'241'000 m / 5 km", "1\u2019300 m / 6 km", "900 m / 2 km"]
    found = numbers_in(vals)
    assert found is not None
    assert [r[0] for r in found[0]] == [1241.0, 2500.0, 12241000.0, 1300.0, 900.0]
    pipe = Pipeline.model_validate({"dsl_version": DSL_NEEDED, "inputs": ["a"], "outputs": ["b"],
                                    "steps": number_part_steps("a", "b", 0, "float", False, swiss_apostrophes(vals)),
                                    "input_types": {"a": "string"}})
    out = apply_pipeline(pl.DataFrame({"a": vals}), pipe).collect()["b"].to_list()
    assert out == [1241.0, 2500.0, 12241000.0, 1300.0, 900.0]
