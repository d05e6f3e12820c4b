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


def test_numbers_inside_identifiers_and_value_numberings_find_nothing_by_chance() -> None:
    qty = _c("quantity", ["3", "12", "1", "7", "25", "2"], "int")
    floor = _c("floor", ["1", "2", "3", "4", "5", "7"], "int")
    ex_q, ex_f = np.array([3.0, 12, 1, 7, 25, 2]), np.array([1.0, 2, 3, 4, 5, 7])
    # invoice numbers: the digits belong to the identifier
    inv = _c("invoice", [f"INV-{k}" for k in range(1, 31)])
    assert text_numbers(inv.values or []) is None
    assert np.isnan(text_number_matrix([inv], [qty], [ex_q])).all()
    assert text_numbers(["SI/23-24/1258 paid", "A7 ok", "12-B left"]) is None
    # apartments numbered 1..30: each value's own number finds any small example
    apt = _c("unit", [f"Apt {k}" for k in range(1, 31)])
    m = text_number_matrix([apt], [floor], [ex_f])
    assert m[0, 0] < 0.3
    # a number with its unit is read (``21K``, ``25mg``)
    got = text_numbers(["21K run", "ABX-301 25mg QD", "10K walk"])
    assert got is not None and set(got) == {10.0, 21.0, 25.0}


def test_the_decimal_mark_is_read_from_the_digit_groups() -> None:
    got = text_numbers(["tank 1,300 l", "drum 2,5 l", "silo 1.300,5 l", "vat 12,345.6 l"])
    assert got is not None and np.allclose(sorted(got), [2.5, 1300.0, 1300.5, 12345.6])
