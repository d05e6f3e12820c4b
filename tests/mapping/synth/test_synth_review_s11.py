"""The review of the session-11 mechanisms (issue 12): each finding as held rows the examples did not show. A program
gives the right value or null on a held row it cannot read, never a silently wrong value."""

from __future__ import annotations

from core.mapping.synth import scripts, synthesize
from tests.mapping.synth.held_out import held as _held

S = {"c0": "string"}


def test_a_negative_output_does_not_crash_the_exponent_family() -> None:
    res = synthesize([(["125"], "-125"), (["340"], "-340"), (["789"], "-789")], ["c0"], S, budget_ms=5000)
    assert res.solved_all  # the other families still run (was: ValueError, math domain error)


def test_rounding_to_a_step_rounds_decimal_halfway_values_up() -> None:
    got = _held([(["3.42"], "3.40"), (["7.08"], "7.10"), (["12.37"], "12.40")],
                [["1.15"], ["2.05"], ["0.35"], ["1.14"], ["2.25"]])
    assert got == ["1.20", "2.10", "0.40", "1.10", "2.30"]
    got = _held([(["0.92"], "0.90"), (["7.03"], "7.05"), (["12.38"], "12.40")], [["1.025"], ["1.074"], ["1.075"]])
    assert got == ["1.05", "1.05", "1.10"]


def test_mixed_units_read_the_decimal_mark_of_the_examples() -> None:
    # both marks in the examples: "1,250" (thousands or decimals?) is null, never 0.51 ha
    got = _held([(["12.5 acres"], "5.06"), (["3,5 ha"], "3.50"), (["8200 m²"], "0.82")],
                [["1,250 acres"], ["2,000 m²"], ["1,25 ha"], ["12345,5 m²"]])
    assert got == [None, None, "1.25", "1.23"]
    # decimal points only: a comma is no decimal mark
    got = _held([(["12.5 acres"], "5.06"), (["3.5 ha"], "3.50"), (["8200 m²"], "0.82")],
                [["1,250 acres"], ["1.25 ha"]])
    assert got == [None, "1.25"]


def test_exponent_digits_eight_and_nine_and_other_shapes_are_null() -> None:
    got = _held([(["101"], "0.1 nF"), (["472"], "4.7 nF"), (["223"], "22 nF")],
                [["109"], ["108"], ["47"], ["12345"], ["105"]])
    assert got == [None, None, None, None, "1000 nF"]  # EIA 8 / 9 are x0.01 / x0.1, not 10^8 / 10^9


def test_little_endian_bytes_beyond_the_width_or_of_one_digit_are_null() -> None:
    got = _held([(["E8 03"], "1000"), (["10 27 00 00"], "10000"), (["00 01"], "256")],
                [["01 00 00 00 00 00 00 00"], ["A 1"], ["01 00 00 00 00 00 00"], ["0100 00"]])
    assert got == [None, None, "1", None]


def test_signed_registers_and_packed_minutes_are_shape_guarded() -> None:
    got = _held([(["FFFF"], "-1"), (["0010"], "16"), (["8000"], "-32768")], [["1FF9C"], ["FF9C"], ["F9C"]])
    assert got == [None, "-100", None]
    got = _held([(["5133.820", "N"], "51.5637"), (["00012.300", "W"], "-0.2050"), (["3407.500", "S"], "-34.1250")],
                [["4875.0", "N"], ["4859.99", "N"], ["12", "N"]])
    assert got == [None, "48.9998", None]


def test_case_without_accents_keeps_the_dialytika_and_other_scripts_accents() -> None:
    got = _held([(["Ηράκλειο"], "ΗΡΑΚΛΕΙΟ"), (["Ρόδος"], "ΡΟΔΟΣ"), (["Κέρκυρα"], "ΚΕΡΚΥΡΑ")],
                [["Λαϊκή"], ["Μαΐου"], ["Café"], ["Ιωάννινα"]])
    assert got == ["ΛΑΪΚΗ", "ΜΑΪΟΥ", "CAFÉ", "ΙΩΑΝΝΙΝΑ"]


def test_percent_decoding_either_case_euro_or_null() -> None:
    got = _held([(["a%20b"], "a b"), (["x%2Fy%3Fz"], "x/y?z"), (["%C3%A9t%C3%A9"], "été")],
                [["%c3%a9"], ["%E2%82%AC 5"], ["%E2%80%9Chi%E2%80%9D"], ["%E4%B8%AD"], ["100% sure"], ["100%2541"]])
    assert got == ["é", "€ 5", "“hi”", None, "100% sure", "100%41"]  # 中 is beyond the table: null


def test_an_empty_quoted_field_and_an_input_named_like_a_temp() -> None:
    got = _held([(["'O''Brien'"], "O'Brien"), (["'plain text'"], "plain text"), (["none"], "none")],
                [["''"], ["''''''"], ["bare"]])
    assert got == ["", "''", "bare"]
    names, types = ["i", "c1"], {"i": "string", "c1": "string"}
    res = synthesize([(['"a"', "x"], "a"), (["b", "y"], "b"), (['"c""d"', "z"], 'c"d')], names, types, budget_ms=5000)
    assert res.pipeline is not None and res.solved_all
    from core.mapping.synth.synthesize import engine_outputs
    assert engine_outputs(res.pipeline, [["plain", "q"], ['""', "q"]], names, types) == ["plain", ""]


def test_persian_digits_fold_with_arabic_indic_ones() -> None:
    assert scripts.fold_table(["٣"])["۳"] == "3"
    got = _held([(["٣٫٥"], "3.5"), (["١٢٬٠٠٠"], "12000"), (["٧٥"], "75")], [["۱۰"], ["٢٬٥٠٠٫٢٥"]])
    assert got == ["10", "2500.25"]
