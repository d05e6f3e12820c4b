"""Session-11 mechanisms (``assets_config/golden_synth/dev_b6/FAMILIES.md``), each on examples of its own (not
golden rows): the program found from three examples is run by the DSL engine on held rows the examples did not
show, and each mechanism's own check refuses examples that do not support it."""

from __future__ import annotations

from core.mapping.synth import decoding, exponents, masks, packed_degrees, registers, scripts, unitcols
from core.mapping.synth.atoms import Selector, View
from core.mapping.synth.fitting import UNIT_FACTORS, ratio
from core.mapping.synth.numterms import Source, evaluate
from core.mapping.synth.radix import nearest_atoms
from tests.mapping.synth.held_out import held as _held

S = {"c0": "string"}
S2 = {"c0": "string", "c1": "string"}


def test_digits_of_other_scripts_are_folded_before_the_search() -> None:
    table = scripts.fold_table(["๒๕"])  # Thai: all ten digits, though the example shows two
    assert table == {chr(0x0E50 + k): str(k) for k in range(10)}
    assert scripts.fold_table(["12 ½ ²"]) == {}  # ASCII digits, a fraction and a superscript are no digit script
    got = _held([(["₹ १,२५०"], "1250"), (["₹ ३,४००"], "3400"), (["₹ ९९"], "99")], [["₹ ७,०१०"], ["₹ ८"]])
    assert got == ["7010", "8"]
    got = _held([(["٣٫٥"], "3.5"), (["١٢٬٠٠٠"], "12000"), (["۷۵"], "75")], [["٢٬٥٠٠٫٢٥"], ["۱۰"]])
    assert got == ["2500.25", "10"]


def test_quotient_by_a_square_and_unit_table_factors() -> None:
    assert 25.4 in UNIT_FACTORS and 0.45359237 in UNIT_FACTORS
    got = _held([(["1500", "300"], "12.70"), (["640", "160"], "10.16"), (["2100", "600"], "8.89")], [["900", "300"]])
    assert got == ["7.62"]  # pixels / dpi * 2.54 (inch -> cm)
    got = _held([(["90", "190"], "24.9"), (["55", "160"], "21.5"), (["100", "175"], "32.7")], [["72", "180"]])
    assert got == ["22.2"]  # kg / (cm / 100)²
    # one example fixes a factor only when it is near an everyday or a unit-table one (then checked exactly on every
    # example): 1 / 7.3 is neither
    assert ratio("quot", 0, 1, [730.0], [100.0], [1.0]) == []
    assert [c[2][0][1:] for c in ratio("quot", 0, 1, [2540.0], [100.0], [1.0])] == [("div", 25.4)]


def test_rounding_to_the_nearest_step() -> None:
    got = _held([(["0.92"], "0.90"), (["7.03"], "7.05"), (["12.38"], "12.40")], [["5.68"], ["2.12"]])
    assert got == ["5.70", "2.10"]  # Swiss cash rounding to 0.05
    assert evaluate("nearest", ((0, "div", 0.5),), 0.0, [3.25]) == 3.5  # half up
    # outputs that are their inputs: no rounding to explain, no rounding proposed
    src = Source(View(0, "raw"), Selector(None, 0.0, "W"))
    assert nearest_atoms([["1.50"], ["2.00"]], ["1.50", "2.00"], [(src, [1.5, 2.0])], [(2, "", ".")], [1.5, 2.0]) == []


def test_signed_and_little_endian_registers() -> None:
    got = _held([(["FFFF"], "-1"), (["0010"], "16"), (["8000"], "-32768")], [["7FFF"], ["FF00"]])
    assert got == ["32767", "-256"]
    got = _held([(["0064"], "10.0"), (["FF38"], "-20.0"), (["00FA"], "25.0")], [["FFFB"], ["0000"]])
    assert got == ["-0.5", "0.0"]
    got = _held([(["01:02"], "513"), (["FF:00:00"], "255"), (["00:01"], "256")], [["10:00:00:01"], ["AB"]])
    assert got == ["16777232", "171"]
    # no value with its sign bit set: nothing tells a signed reading from hex_to_int
    assert registers.candidates([["0010"], ["0020"]], ["16", "32"], ["c0"], S) == []


def test_mixed_units_to_one_unit_inverse_units_included() -> None:
    got = _held([(["5 ft"], "1.52"), (["30 in"], "0.76"), (["2 yd"], "1.83")], [["100 cm"], ["1 mi"]])
    assert got == ["1.00", "1609.34"]
    got = _held([(["20 km/l"], "5.0"), (["8,0 l/100km"], "8.0"), (["25 mpg"], "9.4")], [["10 km/l"], ["50 mpg (US)"]])
    assert got == ["10.0", "4.7"]
    got = _held([(["98.6 °F"], "37.0"), (["37,5 °C"], "37.5"), (["310.15 K"], "37.0")], [["100 °F"], ["36 C"], ["0 K"]])
    assert got == ["37.8", "36.0", "-273.2"]  # temperatures are affine: offset and divisor per scale
    # one unit only: the known factor of that unit is another mechanism's case
    assert unitcols.candidates([["5 ft"], ["6 ft"]], ["1.52", "1.83"], ["c0"], S) == []


def test_decoding_quoted_fields_mojibake_and_percent_encoding() -> None:
    got = _held([(["'O''Brien'"], "O'Brien"), (["'plain text'"], "plain text"), (["none"], "none")],
                [["'it''s'"], ["bare"]])
    assert got == ["it's", "bare"]
    got = _held([(["CrÃ¨me brÃ»lÃ©e"], "Crème brûlée"), (["ZÃ¼rich"], "Zürich"), (["Ã…ngstrÃ¶m"], "Ångström")],
                [["GdaÅ„sk"], ["â€œhiâ€\x9d"]])
    assert got == ["Gdańsk", "“hi”"]
    got = _held([(["a%20b"], "a b"), (["x%2Fy%3Fz"], "x/y?z"), (["%C3%A9t%C3%A9"], "été")],
                [["%C5%81%C3%B3d%C5%BA"], ["100%2541"], ["1+1"]])
    assert got == ["Łódź", "100%41", "1+1"]  # %25 decoded last; no example writes "+": it stays
    assert decoding.candidates([["abc"], ["def"]], ["abc", "def"], ["c0"], S) == []


def test_case_without_accents() -> None:
    got = _held([(["Ηράκλειο"], "ΗΡΑΚΛΕΙΟ"), (["Ρόδος"], "ΡΟΔΟΣ"), (["Κέρκυρα"], "ΚΕΡΚΥΡΑ")],
                [["Χαλκίδα"], ["Ιωάννινα"]])
    assert got == ["ΧΑΛΚΙΔΑ", "ΙΩΑΝΝΙΝΑ"]


def test_packed_degrees_and_minutes_with_a_hemisphere() -> None:
    got = _held([(["5133.820", "N"], "51.5637"), (["00012.300", "W"], "-0.2050"), (["3407.500", "S"], "-34.1250")],
                [["14530.000", "E"], ["4500.6", "s"], ["4500.6", "X"]])
    assert got == ["145.5000", "-45.0100", None]
    # minutes of 60 or more are no packed coordinate
    assert packed_degrees.candidates([["4875.0", "N"], ["1230.0", "N"]], ["49.2500", "12.5000"], ["c0", "c1"], S2) \
        == []


def test_point_shift_of_minor_units_beyond_six_decimals() -> None:
    e18 = "0" * 18
    got = _held([(["15" + "0" * 17], "1.5" + "0" * 17), (["25"], "0." + "0" * 16 + "25"),
                 (["3" + "0" * 19], "30." + e18)], [["7"], ["123456789012345678901234"]])
    assert got == ["0." + "0" * 17 + "7", "123456.789012345678901234"]
    # outputs with different numbers of decimals: no one shift
    assert masks.candidates([["150"], ["2500"]], ["1.50", "0.025"], ["c0"], S) == []


def test_significant_digits_and_an_exponent_digit() -> None:
    got = _held([(["103"], "10 kΩ"), (["472"], "4.7 kΩ"), (["221"], "0.22 kΩ")], [["105"], ["330"], ["1002"]])
    assert got == ["1000 kΩ", "0.033 kΩ", "10 kΩ"]  # SMD resistor codes (4 digits: three significant)
    # one exponent only: a plain factor explains the examples, no exponent reading is proposed
    assert exponents.candidates([["472"], ["682"]], ["4.7", "6.8"], ["c0"], S) == []
