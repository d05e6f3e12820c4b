"""Numbers written inside text feed numeric targets (a GST rate inside a ledger name, a dose inside an arm)."""

from __future__ import annotations

import numpy as np

from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.text_numbers import text_number_matrix, text_numbers


def _c(name: str, values: list[str], t: str = "string") -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=t, values=values)


def test_numbers_are_read_inside_words_with_percent_signs() -> None:
    got = text_numbers(["Sales @ 18%", "GST Sales 5%", "Local Sales - 12% (IGST)", "Sales @28%"])
    assert got is not None and np.allclose(got, [0.05, 0.12, 0.18, 0.28])
    # plain numbers and plain words are no text with numbers
    assert text_numbers(["12", "18.5", "7"]) is None and text_numbers(["Placebo", "Screen Failure"]) is None


def test_a_numeric_target_finds_its_examples_inside_a_text_column() -> None:
    ledger = _c("ledger", ["Sales @ 18%", "Interstate Sales @ 5%", "Sales - 12% (IGST)", "Sales @28%"] * 3)
    notes = _c("notes", ["called 3 times", "left at door", "gate code 4411", "ring twice"] * 3)
    rate = _c("gst_rate", ["0.12", "0.18", "0.05"], "decimal")
    m = text_number_matrix([ledger, notes], [rate], [np.array([0.12, 0.18, 0.05])])
    assert m[0, 0] > 0.7 and np.nan_to_num(m[0, 1]) < 0.3
    # end to end: the ledger names feed the rate although neither header says so
    other = _c("voucher", ["SI/23-24/1258", "SI/23-24/1259", "SI/23-24/1260", "SI/23-24/1261"] * 3)
    r = match_columns([other, ledger, notes], [rate], None, mode="data_mode")
    top = r.ranking("gst_rate").candidates[0]
    assert top.sources == ["ledger"] and (top.evidence.values or 0.0) > 0.7
