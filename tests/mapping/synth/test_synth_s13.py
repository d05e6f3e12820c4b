"""Session-13 mechanisms (issue 12, transformation by example): unit readings (more units, a unit's second
reading chosen by the column, thousands groups, vulgar fractions), title case with learned small words, Latin
look-alikes, Unicode case alone. Each is checked on examples of its own (not a golden task), on held rows, with
its refusals, and on the SQL backends against Polars."""

from __future__ import annotations

from typing import Any

from core.mapping.synth import (
    chartables,
    datelayouts,
    keywords,
    numslots,
    particles,
    synthesize,
    unit_readings,
    unitcols,
)
from core.mapping.synth.synthesize import engine_outputs
from tests.mapping.synth.backend_cases import S, Train, backend_differentials


def _solve(train: Train, held: list[str | None]) -> list[Any]:
    res = synthesize(list(train), ["c0"], S, budget_ms=3000)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, [[h] for h in held], ["c0"], S)


def _family(fam: Any, train: Train) -> list[Any]:
    return fam.candidates([r for r, _ in train], [o for _, o in train], ["c0"], S)


# --- unit readings ---------------------------------------------------------------------------------------------

def test_kitchen_measures_with_vulgar_fractions_convert_to_millilitres() -> None:
    train: Train = [(["¾ cup"], "177"), (["3 tbsp"], "44"), (["4 tsp"], "20")]
    assert _solve(train, ["2 cups", "1½ tsp", "½ tbsp", "2 pinches"]) == ["473", "7", "7", None]


def test_one_unit_in_several_spellings_converts_with_its_known_factor() -> None:
    # troy ounces to grams: the factor 31.1034768 is known, not fitted to three rounded examples
    train: Train = [(["2 ozt"], "62.21"), (["10 troy oz"], "311.03"), (["0.5 oz t"], "15.55")]
    assert _solve(train, ["3 ozt", "250 troy oz", "1 oz", "1 ounce"]) == ["93.31", "7775.87", "28.35", None]


def test_the_column_chooses_the_second_reading_of_a_unit() -> None:
    # pt beside px and em is a typographic point (4/3 px), not a pint
    train: Train = [(["6pt"], "8"), (["1.5em"], "24"), (["13px"], "13")]
    assert _solve(train, ["12pt", "0.75em", "2rem", "3 l"]) == ["16", "12", "32", None]
    # beside litres, pt stays a pint: the column's other units decide
    found = _family(unitcols, [(["2 pt"], "0.95"), (["1 l"], "1.00"), (["3 pt"], "1.42")])
    assert found and engine_outputs(found[0].pipeline, [["1 pt"]], ["c0"], S) == ["0.47"]


def test_thousands_groups_are_read_only_when_the_plain_reading_fits_nothing() -> None:
    train: Train = [(["9.000 BTU"], "2.6"), (["12,000 BTU/h"], "3.5"), (["7000 Btu/hr"], "2.1")]
    assert _solve(train, ["24.000 BTU", "1.234.567 BTU/h", "18,000 Btu/h"]) == ["7.0", "361.8", "5.3"]
    # the plain reading fits these examples: 1.500 stays one and a half
    found = _family(unitcols, [(["1.5 kg"], "1500"), (["250 g"], "250"), (["2 kg"], "2000")])
    assert found and engine_outputs(found[0].pipeline, [["1.500 kg"]], ["c0"], S) == ["1500"]
    assert unit_readings.ungroup("1.199 ccm") == "1199 ccm" and unit_readings.ungroup("1.6L") == "1.6L"


def test_an_unknown_unit_proposes_no_unit_reading() -> None:
    assert _family(unitcols, [(["2 flurbs"], "4"), (["3 flurbs"], "6"), (["5 flurbs"], "10")]) == []
    # one unit in one spelling is the single-unit arithmetic's, not a column of units
    assert _family(unitcols, [(["2 cup"], "473"), (["1 cup"], "237"), (["3 cup"], "710")]) == []


# --- title case with small words ---------------------------------------------------------------------------------

def test_small_words_and_word_heads_are_learned_from_the_examples() -> None:
    train: Train = [(["BERGEN OP ZOOM"], "Bergen op Zoom"), (["'T ZAND"], "'t Zand"),
                    (["IJLST AAN HET MEER"], "IJlst aan het Meer")]
    got = _solve(train, ["HOOGEZAND OP HET IJ", "OP DE HEIDE", "'T HARDE", "IJSSELMUIDEN"])
    # "op" is lowered inside, not at the start (no example writes it lower there); IJ heads every word
    assert got == ["Hoogezand op het IJ", "Op de Heide", "'t Harde", "IJsselmuiden"]


def test_sentence_case_is_no_particle_list() -> None:
    assert _family(particles, [(["HELLO WORLD"], "Hello world"), (["GOOD DAY TO YOU"], "Good day to you"),
                               (["THANK YOU"], "Thank you")]) == []
    # a word lowered in one example and capitalised in another is no small word
    assert _family(particles, [(["DE GAULLE"], "De Gaulle"), (["ANNE DE BRUN"], "Anne De Brun"),
                               (["JOSE DE SILVA"], "Jose de Silva")]) == []


def test_known_particles_join_the_learned_ones_unless_an_example_keeps_one() -> None:
    found = _family(particles, [(["LUDWIG VAN BEETHOVEN"], "Ludwig van Beethoven"),
                                (["MARIA DE SOUZA"], "Maria de Souza"), (["RIO DO SUL"], "Rio do Sul")])
    assert found
    held = [["ANA DA SILVA"], ["KARL VON DEN DRIESCH"]]
    assert engine_outputs(found[0].pipeline, held, ["c0"], S) == ["Ana da Silva", "Karl von den Driesch"]
    kept = _family(particles, [(["LUDWIG VAN BEETHOVEN"], "Ludwig van Beethoven"),
                               (["MARIA DE SOUZA"], "Maria de Souza"), (["PORTO DA BARRA"], "Porto Da Barra")])
    assert engine_outputs(kept[0].pipeline, [["ANA DA SILVA"]], ["c0"], S) == ["Ana Da Silva"]


# --- characters --------------------------------------------------------------------------------------------------

def test_latin_look_alikes_fold_every_homoglyph_not_only_the_ones_shown() -> None:
    train: Train = [(["Аlрha Bank"], "Alpha Bank"), (["Nоva"], "Nova"), (["Kарра"], "Kappa")]
    # Cyrillic у and Х are no example's: they fold as well
    assert _solve(train, ["Dаy Хenon", "plain"]) == ["Day Xenon", "plain"]


def test_look_alikes_are_refused_when_an_example_keeps_one_or_changes_another_letter() -> None:
    assert _family(chartables, [(["Москва Opеn"], "Москва Open"), (["Nоva"], "Nova"), (["Kарра"], "Kappa")]) == []
    assert [c.description for c in _family(chartables, [(["Nоva"], "Nova"), (["Kарра"], "Kappa"),
                                                           (["bad"], "bed")])] == []


def test_unicode_upper_case_keeps_umlauts_and_writes_sharp_s_as_ss() -> None:
    train: Train = [(["Straße"], "STRASSE"), (["Weißbier"], "WEISSBIER"), (["Maß 2"], "MASS 2")]
    assert _solve(train, ["Größe", "Äußere Öffnung"]) == ["GRÖSSE", "ÄUSSERE ÖFFNUNG"]


# --- 12-hour clocks ---------------------------------------------------------------------------------------------

def test_a_12_hour_hour_and_its_marker_become_the_24_hour_hour_in_a_number_slot() -> None:
    train: Train = [(["오후 3시 15분"], "15:15"), (["오전 9시"], "09:00"), (["오후 12시 5분"], "12:05")]
    assert _solve(train, ["오전 12시 30분", "오후 11시", "3시", "오후 13시"]) == ["00:30", "23:00", None, None]
    train = [(["21/06/2020 02.06.27 PM"], "2020-06-21 14:06:27"), (["12/07/2024 07.13.38 AM"], "2024-07-12 07:13:38"),
             (["01/06/2022 12.10.42 pm"], "2022-06-01 12:10:42")]
    assert _solve(train, ["08/12/2023 12.59.58 AM", "08/04/2024 03.36.54 p.m."]) == \
        ["2023-12-08 00:59:58", "2024-04-08 15:36:54"]


def test_one_marker_kind_only_is_no_12_hour_clock() -> None:
    # every example in the afternoon: adding 12 and copying the 24-hour hour cannot be told apart
    assert _family(numslots, [(["午後8時43分"], "20:43"), (["午後6時"], "18:00"), (["午後2時11分"], "14:11")]) == []


# --- keyword fields in either case ------------------------------------------------------------------------------

def test_a_keyword_in_either_case_gives_the_title_cased_value() -> None:
    train: Train = [(["OMAR IBN KHALID"], "Khalid"), (["Yusuf ibn Tariq"], "Tariq"), (["Jamal Haddad"], "")]
    found = _family(keywords, train)
    assert found
    held = [["SAMIR IBN ZAYD"], ["Nour Al Din"], ["Leila ibn Rashid Al Amin"]]
    assert engine_outputs(found[0].pipeline, held, ["c0"], S) == ["Zayd", "", "Rashid Al Amin"]


def test_capitalised_keywords_seen_once_stay_given_names_when_folded() -> None:
    found = _family(keywords, [(["HANS MEIER"], "Meier"), (["EVA ROTH"], "Roth"), (["Cher"], "")])
    assert found
    assert engine_outputs(found[0].pipeline, [["KARL LANG"], ["WEBER"]], ["c0"], S) == [None, ""]


# --- dates in mixed layouts -------------------------------------------------------------------------------------

def test_dates_in_mixed_layouts_are_read_by_each_examples_tokens() -> None:
    train: Train = [(["3 avril 2024"], "2024-04-03"), (["19/11/2023"], "2023-11-19"), (["20220105"], "2022-01-05")]
    got = _solve(train, ["12 décembre 2022", "01/02/2021", "20191231", "2024-04-03", "3 avril"])
    assert got == ["2022-12-12", "2021-02-01", "2019-12-31", None, None]


def test_a_month_name_is_read_before_a_number_of_the_same_value() -> None:
    found = _family(datelayouts, [(["1er avril 2024"], "2024-04-01"), (["5 mars 2023"], "2023-03-05"),
                                  (["14 juillet 2022"], "2022-07-14")])
    assert found
    assert engine_outputs(found[0].pipeline, [["1er mars 2020"]], ["c0"], S) == ["2020-03-01"]


def test_two_digit_years_and_month_names_of_other_languages() -> None:
    train: Train = [(["Okt-23"], "10/2023"), (["2024M03"], "03/2024"), (["7/2022"], "07/2022")]
    found = _family(datelayouts, train)
    assert found
    held = [["Mai-21"], ["2019M12"], ["12/2020"], ["Xyz-21"]]
    assert engine_outputs(found[0].pipeline, held, ["c0"], S) == ["05/2021", "12/2019", "12/2020", None]


def test_one_layout_or_outputs_without_a_year_propose_no_date_layouts() -> None:
    assert _family(datelayouts, [(["1.2.2024"], "2024-02-01"), (["3.4.2023"], "2023-04-03"),
                                 (["5.6.2022"], "2022-06-05")]) == []
    # a date field among other numbered fields is no date value
    assert _family(datelayouts, [(["(01)04012345678901(17)250630"], "2025-06-30"),
                                 (["(17)240229(10)L4711"], "2024-02-29"),
                                 (["(11)241115(17)261115"], "2026-11-15")]) == []
    assert _family(datelayouts, [(["(415) 555-0199"], "415-555-0199"), (["212.555.0100"], "212-555-0100"),
                                 (["3125550142"], "312-555-0142")]) == []


# --- backends ----------------------------------------------------------------------------------------------------

CASES: dict[str, tuple[Any, Train, list[list[str | None]]]] = {
    "kitchen": (unitcols, [(["¾ cup"], "177"), (["3 tbsp"], "44"), (["4 tsp"], "20")],
                [["2 cups"], ["1½ tsp"], ["½ tbsp"], ["2 pinches"], [None]]),
    "css": (unitcols, [(["6pt"], "8"), (["1.5em"], "24"), (["13px"], "13")], [["12pt"], ["2rem"], ["3 l"], [None]]),
    "grouped": (unitcols, [(["9.000 BTU"], "2.6"), (["12,000 BTU/h"], "3.5"), (["7000 Btu/hr"], "2.1")],
                [["24.000 BTU"], ["1.234.567 BTU/h"], ["18,000 Btu/h"], ["x BTU"], [None]]),
    "particles": (particles, [(["BERGEN OP ZOOM"], "Bergen op Zoom"), (["'T ZAND"], "'t Zand"),
                              (["IJLST AAN HET MEER"], "IJlst aan het Meer")],
                  [["HOOGEZAND OP HET IJ"], ["OP DE HEIDE"], ["ijmuiden-noord"], [None]]),
    "meridiem": (numslots, [(["오후 3시 15분"], "15:15"), (["오전 9시"], "09:00"), (["오후 12시 5분"], "12:05")],
                 [["오전 12시 30분"], ["오후 11시"], ["3시"], ["오후 13시"], [None]]),
    "keyword_fold": (keywords, [(["OMAR IBN KHALID"], "Khalid"), (["Yusuf ibn Tariq"], "Tariq"),
                                (["Jamal Haddad"], "")],
                     [["SAMIR IBN ZAYD"], ["Nour Al Din"], ["ÖZIL IBN ÇELIK"], [None]]),
    "date_layouts": (datelayouts, [(["3 avril 2024"], "2024-04-03"), (["19/11/2023"], "2023-11-19"),
                                   (["20220105"], "2022-01-05")],
                     [["12 décembre 2022"], ["01/02/2021"], ["20191231"], ["2024-04-03"], [None]]),
    "homoglyphs": (chartables, [(["Аlрha Bank"], "Alpha Bank"), (["Nоva"], "Nova"), (["Kарра"], "Kappa")],
                   [["Dаy Хenon"], ["plain"], [None]]),
}


test_duckdb_agrees_with_polars, test_postgres_agrees_with_polars, test_mariadb_agrees_with_polars = \
    backend_differentials(CASES)
