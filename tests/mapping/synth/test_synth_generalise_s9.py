"""Session-9 mechanisms, each on examples of its own (not golden rows): the program found from three
examples is run by the DSL engine on held rows the examples did not show, and each mechanism's own
check refuses examples that do not support it."""

from __future__ import annotations

from core.mapping.synth import deletions, known_units
from core.mapping.synth.atoms import Selector, view_value
from core.mapping.synth.priors import delimited_field, mid_word_slice
from core.mapping.synth.radix import fitted_radix_atoms
from core.mapping.synth.tables import _factor_table
from tests.mapping.synth.held_out import held as _held


def test_cyrillic_words_and_an_initial_is_no_count() -> None:
    got = _held([(["Орлов Павел Андреевич"], "Орлов П. А."), (["Белова Нина Олеговна"], "Белова Н. О."),
                 (["Пак Юрий"], "Пак Ю.")], [["Ли Ян"], ["Зуева Мария Петровна"]])
    assert got == ["Ли Я.", "Зуева М. П."]
    assert mid_word_slice(Selector("^([^\\n]{5})[^\\n]", 0.5, "[:5]+"), "Пак Юрий")  # ends one letter into a word
    assert not mid_word_slice(Selector("^([^\\n]{6})[^\\n]", 0.5, "[:6]+"), "International")  # a truncation


def test_a_padded_digit_of_one_example_is_the_constant() -> None:
    got = _held([(["03.04.2022 09:15"], "2022-04-03 09:15"), (["2021-07-08T10:20:00"], "2021-07-08 10:20"),
                 (["05.12.2020"], "2020-12-05 00:00")], [["21.01.2023"], ["2024-02-29T23:59:00"]])
    assert got == ["2023-01-21 00:00", "2024-02-29 23:59"]


def test_known_unit_factor_from_the_unit_word() -> None:
    got = _held([(["10 kn"], "18.5"), (["25 kn"], "46.3"), (["3.5 kn"], "6.5")], [["40 kn"], ["100 kn"]])
    assert got == ["74.1", "185.2"]
    assert known_units.unit_after("cruise at 12 kts", "12") == "kn"
    assert known_units.unit_after("12 apples", "12") is None  # no unit written: nothing proposed
    assert any(abs(f - 0.0689476) < 1e-7 for f in known_units.factors("psi"))  # psi -> bar


def test_mixed_units_switch_on_their_words() -> None:
    got = _held([(["100 hp"], "75"), (["55 kW"], "55"), (["200 hp"], "149")], [["150 hp"], ["90 kW"]])
    assert got == ["112", "90"]


def test_scale_words_and_thousands_commas() -> None:
    got = _held([(["$1.5 million"], "1500000"), (["$2 billion"], "2000000000"), (["$45,000"], "45000")],
                [["$0.25 million"], ["$7,500"], ["$3 billion"]])
    assert got == ["250000", "7500", "3000000000"]
    # units scale, they do not shift: no offset table keyed by unit words
    assert list(_factor_table(["110 kW", "150 PS", "300 hp"], ["110", "110", "224"], "c")) == []


def test_code_columns_padded_back_to_their_width() -> None:
    got = _held([(["3", "9"], "0309"), (["12", "25"], "1225"), (["7", "14"], "0714")], [["1", "1"], ["10", "3"]])
    assert got == ["0101", "1003"]


def test_a_delimited_field_beats_the_output_shape() -> None:
    got = _held([(["sys:db:eu-2:orders"], "eu-2"), (["sys:fs::archive-2019"], ""), (["sys:mq:us-3:events"], "us-3")],
                [["sys:fs::backup-7"], ["sys:db:ap-1:users"]])
    assert got == ["", "ap-1"]
    assert delimited_field("([a-z]+-[0-9]{1})", ["a:eu-2:b", "x:us-3:y"])
    assert not delimited_field("([a-z]+-[0-9]{1})", ["a:eu-2/b", "x us-3 y"])


def test_fitted_radix_of_a_packed_code() -> None:
    got = _held([(["code 37"], "2/5"), (["code 100"], "6/4"), (["code 250"], "15/10")], [["code 0"], ["code 255"]])
    assert got == ["0/0", "15/15"]
    from core.mapping.synth.atoms import View
    from core.mapping.synth.numterms import Source
    src = Source(View(0, "raw"), Selector(None, 0.0, "whole"))
    rows: list[list[str | None]] = [["10"], ["20"], ["30"]]
    # 8 and 9 fit the quotient (no evidence); 9 alone fits the remainder, but no output writes the quotient
    assert fitted_radix_atoms(rows, ["1", "2", "3"], [(src, [10.0, 20.0, 30.0])], ["1", "2", "3"]) == []


def test_optional_delimited_head_and_tail_deleted() -> None:
    got = _held([(["EU\\Anna.K"], "anna.k"), (["bob@x.org"], "bob"), (["root"], "root")],
                [["US\\Zed"], ["amy.l@corp.net"], ["svc_x"]])
    assert got == ["zed", "amy.l", "svc_x"]


def test_optional_literal_prefixes_deleted() -> None:
    got = _held([(["Dr. Alan Turing"], "Alan Turing"), (["Prof. Ada Lovelace"], "Ada Lovelace"),
                 (["Grace B. Hopper"], "Grace B. Hopper")],
                [["Dr. Max Planck"], ["Drake Bell"], ["Mrs. Smith"], ["John Q. Public"]])
    assert got == ["Max Planck", "Drake Bell", "Mrs. Smith", "John Q. Public"]
    # a deletion that ends inside a word is no literal prefix
    assert list(deletions._literals(["abcX", "abdY"], ["X", "Y"], "c")) == []


def test_every_kind_of_space_is_one_space() -> None:
    got = _held([([" Nord\u00a0 Holz  AG "], "Nord Holz AG"), (["Blue\tSky\u2009Ltd"], "Blue Sky Ltd"),
                 (["Alpha  Beta"], "Alpha Beta")], [["\u3000Øst\u00a0\u00a0Data "]])
    assert got == ["Øst Data"]
    assert view_value("uclean", "\u00a0a\u202fb ") == "a b"


def test_last_match_of_the_output_shape() -> None:
    got = _held([(["Laptop 16GB RAM 512GB SSD"], "512GB"), (["Tablet 128GB"], "128GB"),
                 (["Phone 6GB RAM 64GB Blue Edition"], "64GB")], [["Watch 4GB RAM 32GB Steel"], ["PC 2TB"]])
    assert got == ["32GB", "2TB"]


def test_inner_words_between_first_and_last() -> None:
    got = _held([(["Ludwig van Beethoven"], "Beethoven, L. van"), (["Anna de la Cruz"], "Cruz, A. de la"),
                 (["Max Weber"], "Weber, M.")], [["Rembrandt van Rijn"], ["Jan van der Heide"], ["Eva Braun"]])
    assert got == ["Rijn, R. van", "Heide, J. van der", "Braun, E."]


def test_guards_only_as_specific_as_needed_and_calendar_slots_padded() -> None:
    got = _held([(["ABT 1700"], "circa 1700"), (["AFT 1820"], "after 1820"), (["14 FEB 1799"], "1799-02-14")],
                [["3 NOV 1801"], ["ABT 1650"], ["AFT 1900"]])
    assert got == ["1801-11-03", "circa 1650", "after 1900"]


def test_unicode_case_of_non_ascii_letters() -> None:
    got = _held([(["müller"], "MÜLLER"), (["józef"], "JÓZEF"), (["anna"], "ANNA")], [["çelik"], ["ørsted"]])
    assert got == ["ÇELIK", "ØRSTED"]
    got = _held([(["ÖZGÜR, Ali"], "özgür"), (["ÉLISE, Marie"], "élise"), (["PARIS, Jean"], "paris")],
                [["ŁUKASZ, Jan"], ["ÅSE, Per"]])
    assert got == ["łukasz", "åse"]


def test_locale_case_letters_learned_from_examples() -> None:
    got = _held([(["iğne"], "İĞNE"), (["kılıç"], "KILIÇ"), (["Şişe"], "ŞİŞE")], [["istanbul"], ["Ağrı"]])
    assert got == ["İSTANBUL", "AĞRI"]
    from core.mapping.synth.unicase import _exceptions
    assert _exceptions(["ab", "ac"], ["XB", "YC"], True) is None  # one letter cased two ways: no exception


def test_clock_times_as_minutes_across_midnight() -> None:
    got = _held([(["07:10", "08:55"], "105"), (["22:50", "01:20"], "150"), (["12:00", "12:45"], "45")],
                [["23:59", "00:01"], ["6:30", "18:30"]])
    assert got == ["2", "720"]
    assert view_value("clock", "9:05") == "545" and view_value("clock", "noon") is None


def test_two_clock_times_of_a_range() -> None:
    got = _held([(["08:15-09:00"], "45"), (["13:00-17:30"], "270"), (["10:10-10:55"], "45")],
                [["07:00-07:20"], ["9:30-12:00"]])
    assert got == ["20", "150"]
    assert view_value("clock_last", "10:30-12:00") == "720"


def test_surname_in_capitals_then_given_names() -> None:
    got = _held([(["DUPONT Jean"], "Jean Dupont"), (["LE GALL Marie Anne"], "Marie Anne Le Gall"),
                 (["MARTIN Paul"], "Paul Martin")], [["DA COSTA Ana Rita"], ["BERNARD Luc Henri"]])
    assert got == ["Ana Rita Da Costa", "Luc Henri Bernard"]


def test_known_area_factor() -> None:
    got = _held([(["2.5 ha"], "6.18"), (["10 ha"], "24.71"), (["0.8 ha"], "1.98")], [["1 ha"], ["40 ha"]])
    assert got == ["2.47", "98.84"]


def test_cover_prefers_the_literal_century() -> None:
    got = _held([(["06/28"], "2028-06"), (["1225"], "2025-12"), (["7/2027"], "2027-07")],
                [["0131"], ["11/29"], ["4/2030"]])
    assert got == ["2031-01", "2029-11", "2030-04"]
