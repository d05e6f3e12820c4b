"""Session-10 mechanisms (``assets_config/golden_synth/dev_b5/FAMILIES.md``), each on examples of its own (not
golden rows): the program found from three examples is run by the DSL engine on held rows the examples did not
show, and each mechanism's own check refuses examples that do not support it."""

from __future__ import annotations

from core.mapping.synth import factor_keys, flags, julian, masks, money
from core.mapping.synth.atoms import Selector
from core.mapping.synth.fitting import _snaps
from core.mapping.synth.guided import case_blind_pairs
from core.mapping.synth.priors import mixed_slice
from tests.mapping.synth.held_out import held as _held


def test_unicode_title_case_of_names() -> None:
    got = _held([(["MÜLLER-LÜDENSCHEID, KLAUS"], "Müller-Lüdenscheid, Klaus"), (["o'brien, seán"], "O'Brien, Seán"),
                 (["DVOŘÁK, ANTONÍN"], "Dvořák, Antonín")], [["ŁUKASIEWICZ, JAN"], ["ΠΑΠΑΔΟΠΟΥΛΟΣ, ΓΙΩΡΓΟΣ"]])
    assert got == ["Łukasiewicz, Jan", "Παπαδοπουλοσ, Γιωργοσ"]


def test_keyed_fields_padded_to_their_slots() -> None:
    got = _held([(["3d 4h"], "3:04:00"), (["5h 12m"], "0:05:12"), (["2d 30m"], "2:00:30")],
                [["7h"], ["1d 2h 3m"], ["45m"]])
    assert got == ["0:07:00", "1:02:03", "0:00:45"]


def test_powers_of_ten_snap_as_factors() -> None:
    assert _snaps(1e-6, strict=True) == [("div", 1000000.0, 0.4)]
    assert _snaps(3.7e-7, strict=True) == []  # no power of ten: nothing so far out
    got = _held([(["250 x 200 mm"], "0.050"), (["1000 x 500 mm"], "0.500"), (["120 x 80 mm"], "0.010")],
                [["300 x 300 mm"]])
    assert got == ["0.090"]


def test_factor_named_by_the_other_column_and_folded_case() -> None:
    got = _held([(["2.50", "per dozen"], "30.00"), (["1.25", "Per Pair"], "2.50"), (["4", "single"], "4.00")],
                [["3.10", "PER DOZEN"], ["7", "per pair"]])
    assert got == ["37.20", "14.00"]
    # whole amounts only: a factor is no evidence (an offset or a coincidence explains it as well)
    assert factor_keys.candidates([["2", "a"], ["3", "b"]], ["4", "9"], ["x", "y"], {"x": "string", "y": "string"}) \
        == []


def test_word_factor_table_keeps_a_bare_amount() -> None:
    got = _held([(["3.5 Mio"], "3500000"), (["1.2 Mrd"], "1200000000"), (["12,500"], "12500")],
                [["4 mio"], ["880"], ["2 MRD"]])
    assert got == ["4000000", "880", "2000000000"]


def test_day_numbers_with_a_time_fraction_and_mixed_epoch_units() -> None:
    got = _held([(["40000.25"], "2009-07-06"), (["41000"], "2012-04-01"), (["42000.9"], "2014-12-27")],
                [["43000.5"], ["44000"]])
    assert got == ["2017-09-22", "2020-06-18"]
    got = _held([(["1500000000"], "2017-07-14"), (["1600000000123"], "2020-09-13"), (["1400000000"], "2014-05-13")],
                [["1700000000999"], ["1300000000"]])
    assert got == ["2023-11-14", "2011-03-13"]


def test_padding_with_a_fill_and_digit_masks() -> None:
    got = _held([(["ab12"], "AB12----"), (["xyz98765"], "XYZ98765"), (["q7"], "Q7------")], [["mn"], ["abcd1234"]])
    assert got == ["MN------", "ABCD1234"]
    got = _held([(["1234567"], "00-12345-67"), (["98 76543 21"], "98-76543-21"), (["55555555"], "05-55555-55")],
                [["123"], ["1122334455"]])
    assert got == ["00-00001-23", None]  # more digits than the mask holds: no value
    # every input already as long as the mask: the slicing search reads it, no padding is proposed
    assert list(masks._digit_mask(["123456", "654321"], ["12-3456", "65-4321"], "c")) == []


def test_initials_with_the_surname_kept() -> None:
    got = _held([(["Ana Lucía Gómez"], "A. L. Gómez"), (["Piotr Nowak"], "P. Nowak"), (["Jean Paul Marie Roux"],
                "J. P. M. Roux")], [["Søren Kierkegaard"], ["Ólöf Arnalds Björk"]])
    assert got == ["S. Kierkegaard", "Ó. A. Björk"]


def test_output_shape_learned_across_a_case_change() -> None:
    assert case_blind_pairs(["ref po-1234 ok", "x PO-99"], ["PO-1234", "PO-99"]) == [("ref po-1234 ok", "po-1234"),
                                                                                     ("x PO-99", "PO-99")]
    assert case_blind_pairs(["PO-1", "PO-2"], ["PO-1", "PO-2"]) == []  # no case change: the plain shapes do
    got = _held([(["paid tkt-88-120 thanks"], "TKT-88-120"), (["Re TKT-12-004 urgent"], "TKT-12-004"),
                 (["closed tkt-07-777"], "TKT-07-777")], [["see Tkt-45-450 and more"], ["dup tkt-10-100 x"]])
    assert got == ["TKT-45-450", "TKT-10-100"]


def test_a_digit_slice_reading_different_things_is_a_coincidence() -> None:
    sel = Selector("^[^\\n]{2}([^\\n]{2})", 0.3, "[2:4]")
    assert mixed_slice(sel, ["15112023", "12024"], ["15.11.2023", "1 Feb 2024"])  # the month, then part of a year
    assert not mixed_slice(sel, ["15112023", "01022024"], ["15.11.2023", "01.02.2024"])  # the month both times


def test_digits_written_in_every_input_are_read_not_constant() -> None:
    got = _held([(["0151 2345678"], "+49 151 2345678"), (["+49 (0)151 8765432"], "+49 151 8765432"),
                 (["01511112223"], "+49 151 1112223")], [["0176 5554443"]])
    assert got == ["+49 176 5554443"]


def test_currency_signs_as_codes_in_any_notation() -> None:
    got = _held([(["₹1,250"], "1250.0 INR"), (["¥3.000,5"], "3000.5 JPY"), (["£7.25"], "7.3 GBP")],
                [["€2.500"], ["$19,9"], ["£1,000,000.4"], ["kr 50"]])
    assert got == ["2500.0 EUR", None, "1000000.4 GBP", None]  # ``$`` and ``kr`` are ambiguous: no code
    assert list(money._proposals(["$1", "$2"], ["USD 1", "USD 2"], "c")) == []  # one sign, one notation


def test_a_value_flagged_against_the_range_of_another_column() -> None:
    got = _held([(["12", "10-20"], "ok"), (["25.5", "10-20"], "high"), (["0,5", "1,0-2,5"], "low")],
                [["20", "10-20"], ["9,99", "10-20"], ["3", "1,0-2,5"], ["1", "1,0-2,5"]])
    assert got == ["ok", "low", "high", "ok"]  # the bounds belong to the range
    rows: list[list[str | None]] = [["12", "10-20"], ["15", "10-20"], ["25", "10-20"]]
    assert flags.candidates(rows, ["ok", "ok", "high"], ["v", "r"], {"v": "string", "r": "string"}) == []  # no "below"


def test_ordinal_dates_from_a_year_and_a_day_of_the_year() -> None:
    got = _held([(["2019032"], "01.02.2019"), (["20366"], "31.12.2020"), (["21001"], "01.01.2021")],
                [["2024060"], ["23365"], ["23000"], ["1999200"]])
    assert got == ["29.02.2024", "31.12.2023", None, "19.07.1999"]  # day 0 is no day
    assert list(julian._proposals(["123456"], ["2012-01-01"], "c")) == []  # six digits: no ordinal date


def test_decimals_named_by_the_other_column() -> None:
    got = _held([(["123456", "USD"], "1234.56"), (["900", "CLP"], "900"), (["7", "BHD"], "0.007")],
                [["5", "USD"], ["1000", "BHD"], ["42", "CLP"]])
    assert got == ["0.05", "1.000", "42"]
    rows: list[list[str | None]] = [["100", "USD"], ["250", "EUR"]]
    assert factor_keys.minor_units(rows, ["1.00", "2.50"], ["a", "c"], {"a": "string", "c": "string"}) == []  # one d
