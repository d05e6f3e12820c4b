"""Session-8 mechanisms, each on examples of its own (not golden rows): the program found from three
examples is run by the DSL engine on held rows the examples did not show, and each mechanism refuses
when its examples do not support it (no program, or the mechanism's own check says no)."""

from __future__ import annotations

from core.mapping.synth import synthesize, tables
from core.mapping.synth.atoms import Selector, View
from core.mapping.synth.composed import chain_atoms, difference_atoms
from core.mapping.synth.exactness import overlap, rounds, shortest
from core.mapping.synth.fitting import linear, triple
from core.mapping.synth.guided import context_selectors
from core.mapping.synth.numterms import Source
from tests.mapping.synth.held_out import B
from tests.mapping.synth.held_out import held as _held


def _none(train: list[tuple[list[str], str]]) -> bool:
    names = [f"c{i}" for i in range(len(train[0][0]))]
    examples: list[tuple[list[str | None], str | None]] = [(list[str | None](i), o) for i, o in train]
    res = synthesize(examples, names, {n: "string" for n in names}, budget_ms=B)
    return res.pipeline is None or not res.solved_all


def test_numbers_inside_text_keep_their_decimal_comma() -> None:
    got = _held([(["Tomaten 3 x 2,50"], "7.50"), (["Brot 1 x 3,20"], "3.20"), (["Eier 2 x 0,35"], "0.70")],
                [["Käse 4 x 1,15"], ["Milch 12 x 0,99"]])
    assert got == ["4.60", "11.88"]


def test_three_numbers_multiplied() -> None:
    got = _held([(["4", "3", "1,50"], "18.00"), (["2", "1", "2,25"], "4.50"), (["6", "2", "0,80"], "9.60")],
                [["5", "5", "1,10"], ["1", "3", "3,00"]])
    assert got == ["27.50", "9.00"]
    assert triple(0, 1, 2, [[4.0], [3.0], [1.5]], [17.3]) == []  # no everyday factor makes 17.3 of 18


def test_shortest_form_without_an_unseen_rounding() -> None:
    got = _held([(["30 %, 25 kg"], "7.5"), (["50 %, 9 kg"], "4.5"), (["20 %, 40 kg"], "8")],
                [["15 %, 25 kg"], ["12 %, 10 kg"]])
    assert got == ["3.75", "1.2"]
    col: list[tuple[str, float, list[tuple[int, str, str]]]] = [("1.5", 1.5, []), ("0.75", 0.75, []), ("2", 2.0, [])]
    assert shortest(col) == [(-6, "", "."), (-2, "", ".")]
    assert shortest([("1.50", 1.5, []), ("2", 2.0, [])]) == []  # a zero shown after the mark


def test_exact_whole_weights_beat_a_rounded_fit() -> None:
    got = _held([(["3.2"], "20"), (["10.5"], "65"), (["1.0"], "6")], [["7.4"], ["0.1"], ["22.0"]])
    assert got == ["46", "1", "132"]
    src = Source(View(0, "raw"), Selector(None, 0.0, "whole"))
    assert rounds("lin", ((0, "mul", 6.1),), 0.0, (src,), [["12.3"], ["4.0"]], [75.0, 24.0])
    assert not rounds("lin", ((0, "mul", 6.0),), 0.0, (src,), [["12.3"], ["4.0"]], [74.0, 24.0])
    # a whole slope with a fitted offset that needs rounding is a fit too (``x / -7 + 7.2`` for nights)
    assert rounds("lin", ((0, "div", -7.0),), 7.2, (src,), [["1"], ["29"]], [7.0, 3.0])


def test_several_numbers_take_whole_or_unit_fraction_weights_and_neveroverlap() -> None:
    assert linear((0, 1), [[5.0, 1.0, 0.0], [0.0, 2.0, 1.0]], [0.25, 1.2, 0.05]) == []  # x/20 + 1.1 y: refused
    assert linear((0, 1), [[10.0, 7.0, 4.0], [5.0, 7.0, 3.0]], [35.0, 28.0, 15.0])  # 3 w + d: kept
    whole, part = Selector(None, 0.0, "whole"), Selector("^([0-9]+)", 0.1, "D[0]")
    assert overlap([Source(View(0, "raw"), whole), Source(View(0, "raw"), part)])
    assert not overlap([Source(View(0, "raw"), part), Source(View(1, "raw"), whole)])


def test_three_zeros_after_a_comma_are_a_thousands_group() -> None:
    got = _held([(["100/300/50"], "$300,000"), (["25/50/25"], "$50,000"), (["250/500/100"], "$500,000")],
                [["500/1000/250"], ["10/20/5"]])
    assert got == ["$1,000,000", "$20,000"]


def test_a_branch_writes_the_shortest_form_its_column_shows() -> None:
    got = _held([(["<0,8"], "0.4"), (["2,5"], "2.5"), (["<0,3"], "0.15")], [["<0,05"], ["1,25"], ["<1,2"]])
    assert got == ["0.025", "1.25", "0.6"]


def test_codes_looked_up_field_by_field() -> None:
    got = _held([(["STD-NS"], "Standard, non smoking"), (["SUI-SM"], "Suite, smoking"),
                 (["DLX-NS"], "Deluxe, non smoking")], [["SUI-NS"], ["DLX-SM"], ["XYZ-NS"]])
    assert got == ["Suite, non smoking", "Deluxe, smoking", None]  # an unseen code: null (a hold)


def test_abbreviations_expanded_word_by_word() -> None:
    got = _held([(["Oak St. North"], "Oak Street North"), (["Elm Ave."], "Elm Avenue"),
                 (["Pine Rd. East"], "Pine Road East")], [["Maple St."], ["Birch Rd. Ave."], ["Main Blvd."]])
    assert got == ["Maple Street", "Birch Road Avenue", "Main Blvd."]


def test_tables_refuse_what_is_no_abbreviation() -> None:
    assert not tables.abbreviates("John", "J.") and tables.abbreviates("Mgr.", "Manager")
    assert tables.abbreviates("SV", "sea view") and not tables.abbreviates("DE", "Germany")
    vals = ["John Paul Smith", "Ann Lee", "Mary Jo Evans"]
    outs: list[str | None] = ["J. P. Smith", "A. Lee", "M. J. Evans"]
    assert list(tables._wordwise(vals, outs, "c")) == []
    assert list(tables._fieldwise(["Smith-John", "Lee-Ann"], ["John Smith", "Ann Lee"], "c")) == []


def test_one_offset_shifts_a_whole_character_class() -> None:
    got = _held([(["CH4"], "CH₄"), (["CO2"], "CO₂"), (["C3H8"], "C₃H₈")], [["C6H12O6"], ["Fe2O3"], ["NaCl"]])
    assert got == ["C₆H₁₂O₆", "Fe₂O₃", "NaCl"]
    assert list(tables._shifted(["A1B2", "C4"], ["A₁B2", "C₄"], "c")) == []  # a member kept as written


def test_whole_factors_named_by_words() -> None:
    got = _held([(["1,25 EUR daily"], "8.75"), (["20,50 EUR monthly"], "246.00"), (["3,75 EUR quarterly"], "15.00")],
                [["2,40 EUR daily"], ["9,99 EUR monthly"], ["1,00 EUR yearly"]])
    assert got == ["16.80", "119.88", None]
    assert list(tables._factor_table(["2 a", "3 b"], ["24.00", "12.00"], "c")) == []  # whole amounts: no evidence


def test_band_and_rollover_of_a_difference() -> None:
    got = _held([(["1990", "2024"], "30-39"), (["2001", "2023"], "20-29"), (["1950", "2010"], "60-69")],
                [["1980", "2024"], ["2005", "2024"]])
    assert got == ["40-49", "10-19"]
    got = _held([(["0120", "0450"], "330"), (["9950", "0030"], "80"), (["5000", "5000"], "0")],
                [["9999", "0000"], ["1234", "2345"]])
    assert got == ["1", "1111"]
    srcs = [(Source(View(0, "raw"), Selector(None, 0.0, "whole")), [120.0, 950.0]),
            (Source(View(1, "raw"), Selector(None, 0.0, "whole")), [450.0, 1030.0])]
    assert difference_atoms([["0120", "0450"], ["950", "1030"]], ["330", "80"], srcs) == []  # no wrap shown


def test_mixed_radix_fields_in_the_smallest_unit() -> None:
    got = _held([(["1:02:03"], "1563"), (["0:10:00"], "600"), (["2:00:01"], "2881")], [["3:12:30"], ["0:00:59"]])
    assert got == ["5070", "59"]
    assert chain_atoms([["1:02"], ["0:10"], ["2:00"]], ["17", "4", "99"]) == []


def test_net_price_from_a_rate_in_percent() -> None:
    got = _held([(["110,00", "10"], "100.00"), (["5,35", "7"], "5.00"), (["23,80", "19"], "20.00")],
                [["1,99", "19"], ["50,00", "10"]])
    assert got == ["1.67", "45.45"]


def test_left_context_with_letter_case_set_aside() -> None:
    got = _held([(["[ ] tea [X] coffee"], "coffee"), (["[x] tea [ ] coffee [ ] water"], "tea"),
                 (["[ ] a [ ] b [X] juice"], "juice")], [["[ ] tea [ ] coffee [x] water"], ["[X] milk [ ] tea"]])
    assert got == ["water", "milk"]
    sels = context_selectors([("id=7&x", "7"), ("id=42&y", "42")])
    assert sels and not sels[0].label.startswith("ctxi")  # one case everywhere: the literal context


def test_no_program_when_nothing_supports_a_mechanism() -> None:
    assert _none([(["A-1"], "x9"), (["B-2"], "q7"), (["C-3"], "zz")])


def test_mean_of_every_number_of_a_list() -> None:
    got = _held([(["2,0|4,0|6,0"], "4.00"), (["1,5|1,5|3,0"], "2.00"), (["10,0|0,0|5,0"], "5.00")],
                [["0,3|0,6|0,9"], ["7,5|2,5|0,0"]])
    assert got == ["0.60", "3.33"]
    from core.mapping.synth.composed import total_atoms  # noqa: PLC0415

    assert total_atoms([["1;2;3"], ["4;5"]], ["6", "9"], [6.0, 9.0], [(0, "", ".")]) == []  # counts differ


def test_two_digit_years_in_both_centuries() -> None:
    got = _held([(["AB12X880412Z7"], "1988-04-12"), (["QW98Y050301Z2"], "2005-03-01"),
                 (["ZZ00K991130Z4"], "1999-11-30")], [["PL55M150607Z1"], ["DE01A620228Z9"]])
    assert got == ["2015-06-07", "1962-02-28"]
    from core.mapping.synth.composed import century_atoms  # noqa: PLC0415

    view = View(0, "raw")
    sel = Selector("^([0-9]{2})", 0.1, "[0:2]")
    assert century_atoms([["88"], ["05"]], ["1988", "2005"], [(view, [sel])])
    assert century_atoms([["18"], ["05"]], ["2018", "2005"], [(view, [sel])]) == []  # one century: a constant


def test_a_field_found_by_its_key_then_reshaped() -> None:
    got = _held([(["LOT=A1;EXP=301224;QTY=5"], "2030-12-24"), (["EXP=270105;LOT=B2"], "2027-01-05"),
                 (["QTY=12;LOT=C9;EXP=280630"], "2028-06-30")], [["LOT=Z;EXP=291101;QTY=1"], ["EXP=310715"]])
    assert got == ["2029-11-01", "2031-07-15"]
    from core.mapping.synth.fields import field_pattern  # noqa: PLC0415

    lines = ["LOT=A17;EXP=301224;QTY=5", "EXP=270105;LOT=B2"]
    assert field_pattern(lines, ["2030-12-24", "2027-01-05"]) is not None
    assert field_pattern(lines, ["A17", "B2"]) is None  # the output is in the input: plain selectors read it
    assert field_pattern(["EXP=301224", "EXP=270105"], ["2030-12-24", "2027-01-05"]) is None  # short: slices


def test_whole_offsets_named_by_words() -> None:
    got = _held([(["Grundschule 3"], "3"), (["Gymnasium 2"], "6"), (["Oberstufe 1"], "11")],
                [["Gymnasium 5"], ["Grundschule 1"], ["Oberstufe 3"], ["Kita 1"]])
    assert got == ["9", "1", "13", None]
    assert list(tables._factor_table(["Stufe 3", "Klasse 2"], ["5", "4"], "c")) == []  # one offset: no table
