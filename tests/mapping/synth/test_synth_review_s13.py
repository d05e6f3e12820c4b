"""Review of session 13's synthesis work (findings 1-13): each test holds a row the reviewed code got wrong, which
must now come out right, or null / refused rather than wrong."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from core.mapping.synth import (
    chartables,
    datecheck,
    datelayouts,
    keywords,
    numslots,
    particles,
    unit_readings,
    unitcols,
)
from core.mapping.synth import transforms as tfm
from core.mapping.synth.synthesize import engine_outputs
from dsl.models import Pipeline
from tests.mapping.synth.backend_cases import S, Train


def _held(fam: Any, train: Train, held: list[str | None]) -> list[Any]:
    found = fam.candidates([r for r, _ in train], [o for _, o in train], ["c0"], S)
    assert found, "the family proposes a program"
    return engine_outputs(found[0].pipeline, [[h] for h in held], ["c0"], S)


def _none(fam: Any, train: Train) -> bool:
    return not fam.candidates([r for r, _ in train], [o for _, o in train], ["c0"], S)


def _t(pairs: list[tuple[str, str]]) -> Train:
    return [([i], o) for i, o in pairs]


# --- 1: an example whose day equals its month does not decide the order ------------------------------------------

def test_an_ambiguous_day_month_example_takes_the_order_the_other_layouts_show() -> None:
    train = _t([("05.05.2024", "2024-05-05"), ("3 avril 2024", "2024-04-03"), ("20220105", "2022-01-05")])
    assert _held(datelayouts, train, ["19.11.2023", "01.02.2021", "31.12.2020"]) == \
        ["2023-11-19", "2021-02-01", "2020-12-31"]


def test_nothing_deciding_the_order_of_an_ambiguous_example_gives_no_program() -> None:
    assert _none(datelayouts, _t([("05.05.2024", "2024-05-05"), ("06/06/2023", "2023-06-06")]))
    # day-first and month-first both shown: the dotted 05.05 could be either
    assert _none(datelayouts, _t([("05.05.2024", "2024-05-05"), ("3 avril 2024", "2024-04-03"),
                                  ("April 5, 2023", "2023-04-05")]))


# --- 2: impossible dates are null ----------------------------------------------------------------------------------

def test_impossible_dates_are_null_and_leap_days_are_checked() -> None:
    train = _t([("3 avril 2024", "2024-04-03"), ("19/11/2023", "2023-11-19"), ("20220105", "2022-01-05")])
    held = ["31/02/2023", "29/02/2023", "29/02/2024", "45/13/2023", "20231399", "31 février 2023", "30/04/2023"]
    assert _held(datelayouts, train, held) == [None, None, "2024-02-29", None, None, None, "2023-04-30"]


def test_a_month_and_year_output_refuses_month_13() -> None:
    train = _t([("Okt-23", "10/2023"), ("2024M03", "03/2024"), ("7/2022", "07/2022")])
    assert _held(datelayouts, train, ["13/2021", "2024M13", "Dez-21"]) == [None, None, "12/2021"]


# --- 3: two-digit years --------------------------------------------------------------------------------------------

def test_two_digit_years_use_a_sliding_window_without_evidence() -> None:
    train = _t([("Okt-23", "10/2023"), ("2024M03", "03/2024"), ("7/2022", "07/2022")])
    got = _held(datelayouts, train, ["Mar-98", "Dez-85", "Jan-05"])
    assert got == ["03/1998", "12/1985", "01/2005"]


def test_a_last_century_example_is_learnable_and_sets_the_pivot() -> None:
    train = _t([("Mar-98", "03/1998"), ("2024M03", "03/2024"), ("Apr-30", "04/1930")])
    assert _held(datelayouts, train, ["Jan-31", "Jan-29", "Feb-05"]) == ["01/1931", "01/2029", "02/2005"]


def test_the_century_pivot() -> None:
    today = dt.date(2026, 12, 7)
    assert datecheck.pivot([], today) == 37  # 37..99 -> 19yy
    assert datecheck.pivot([("98", "1998"), ("23", "2023")], today) == 37
    assert datecheck.pivot([("30", "1930")], today) == 30
    assert datecheck.pivot([("45", "2045")], today) == 46
    assert datecheck.pivot([("20", "1920"), ("30", "2030")], today) is None
    assert datecheck.century_map(37)["36"] == "2036" and datecheck.century_map(37)["37"] == "1937"


# --- 11: the date family respects the deadline and bounds long values ---------------------------------------------

def test_date_layouts_stop_at_the_deadline_and_skip_long_number_lists() -> None:
    rows = [["3 avril 2024"], ["19/11/2023"], ["20220105"]]
    outs: list[str | None] = ["2024-04-03", "2023-11-19", "2022-01-05"]
    assert datelayouts.candidates(rows, outs, ["c0"], S)
    assert datelayouts.candidates(rows, outs, ["c0"], S, deadline=time.perf_counter() - 1) == []
    long = " ".join(["11111111"] * 2000) + " 3 avril 2024"
    t0 = time.perf_counter()
    assert datelayouts.candidates([[long], *rows[1:]], outs, ["c0"], S) == []
    assert time.perf_counter() - t0 < 1.0


# --- 4, 12: gr and ML ----------------------------------------------------------------------------------------------

def test_gr_is_grams_unless_the_examples_show_grains() -> None:
    grams = _t([("1½ kg", "1500"), ("250 g", "250"), ("2 kg", "2000")])
    assert _held(unitcols, grams, ["500 gr", "¼ kg"]) == ["500", "250"]
    grains = _t([("1 oz", "28.35"), ("100 gr", "6.48"), ("2 ozt", "62.21")])
    assert _held(unitcols, grains, ["1000 gr", "1 g"]) == ["64.80", "1.00"]


def test_ml_in_capitals_is_a_megalitre_unless_the_examples_show_millilitres() -> None:
    mega = _t([("500 L", "500"), ("2 m3", "2000"), ("1.5 L", "1.5")])
    assert _held(unitcols, mega, ["1.2 ML", "750 mL"]) == ["1200000", "0.75"]
    milli = _t([("500 ML", "0.5"), ("2 L", "2"), ("1.5 L", "1.5")])
    assert _held(unitcols, milli, ["750 ML"]) == ["0.75"]


# --- 5: thousands groups -------------------------------------------------------------------------------------------

def test_thousands_groups_only_in_a_valid_grouping() -> None:
    assert unit_readings.ungroup("1.234.567.890 BTU") == "1234567890 BTU"
    assert unit_readings.ungroup("0.875L") == "0.875L"
    assert unit_readings.ungroup("1.2345 l") == "1.2345 l"
    assert unit_readings.ungroup("1,234.5 g") == "1234.5 g"
    assert unit_readings.ungroup("1.234,5 g") == "1234.5 g"
    train = _t([("1.199 ccm", "1199"), ("1.6L", "1600"), ("1998 cc", "1998")])
    assert _held(unitcols, train, ["0.875L", "0.999 l", "1.368 ccm", "1,4 L"]) == ["875", "999", "1368", "1400"]
    btu = _t([("9.000 BTU", "2.6"), ("12,000 BTU/h", "3.5"), ("7000 Btu/hr", "2.1")])
    kw = f"{1234567890 * unit_readings.BTU_PER_HOUR / 1000:.1f}"  # 361816.1
    assert _held(unitcols, btu, ["1.234.567.890 BTU", "0.500 BTU"]) == [kw, "0.0"]


# --- 6: look-alikes ------------------------------------------------------------------------------------------------

def test_look_alikes_fold_only_in_words_that_are_otherwise_latin() -> None:
    train = _t([("Аlрha Bank", "Alpha Bank"), ("Nоva", "Nova"), ("Kарра", "Kappa")])
    assert _held(chartables, train, ["ООО Ромашка", "Москва", "ΑΘΗΝΑ", "Sрасе Bаr", "Ωmega"]) == \
        [None, None, None, "Space Bar", "Ωmega"]


# --- 7: Unicode case -----------------------------------------------------------------------------------------------

def _run(tf: tfm.Transform, held: list[str]) -> list[Any]:
    steps = [*tfm.steps(tf, "c0"), {"op": "template", "inputs": ["c0"], "template": "{0}", "output": "out"}]
    pipe = Pipeline.model_validate({"dsl_version": "1.2.0", "inputs": ["c0"], "outputs": ["out"], "steps": steps,
                                    "input_types": S})
    got = engine_outputs(pipe, [[h] for h in held], ["c0"], S)
    assert got == [tfm.apply(tf, h) for h in held]  # the Python mirror agrees
    return got


def test_unicode_case_is_null_for_a_letter_outside_its_tables() -> None:
    assert _run(("uupper",), ["Hà Nội", "ґудзик", "ﬁsch", "Straße", "Größe 2"]) == \
        [None, None, None, "STRASSE", "GRÖSSE 2"]
    assert _run(("ulower",), ["HÀ NỘI", "ҐАНОК", "MÜNCHEN"]) == [None, None, "münchen"]


def test_final_sigma_is_lower_case_at_a_word_end() -> None:
    assert _run(("ulower",), ["ΣΟΦΟΣ", "ΟΔΟΣ ΣΤΑΔΙΟΥ", "Σ"]) == ["σοφος", "οδος σταδιου", "σ"]


# --- 8: AM / PM as whole tokens ------------------------------------------------------------------------------------

def test_am_pm_markers_are_whole_tokens_and_two_markers_are_null() -> None:
    train = _t([("Departs 3:45 PM", "15:45"), ("Departs 9:10 AM", "09:10"), ("Departs 12:05 pm", "12:05")])
    held = ["Departs Amsterdam 3:45 PM", "Departs Pmora 3:45 AM", "Departs 3:45 PM Amsterdam",
            "Departs 3:45 AM to 5 PM"]
    assert _held(numslots, train, held) == ["15:45", "03:45", "15:45", None]


# --- 9: particles --------------------------------------------------------------------------------------------------

def test_known_particles_skip_single_letters_and_the_last_word() -> None:
    train = _t([("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"), ("MARIA DE SOUZA", "Maria de Souza"),
                ("RIO DO SUL", "Rio do Sul")])
    held = ["JOHN E SMITH", "WILMINGTON DE", "VITAMIN E", "SÃO JOSÉ DOS CAMPOS", "AIX-EN-PROVENCE"]
    assert _held(particles, train, held) == \
        ["John E Smith", "Wilmington De", "Vitamin E", "São José dos Campos", "Aix-en-Provence"]


def test_a_single_letter_particle_shown_by_an_example_is_kept() -> None:
    train = _t([("JOSÉ ORTEGA Y GASSET", "José Ortega y Gasset"), ("MARIA DE SOUZA", "Maria de Souza")])
    assert _held(particles, train, ["PEDRO Y PABLO"]) == ["Pedro y Pablo"]


# --- 13: Turkish İ in the keyword fold -----------------------------------------------------------------------------

def test_keyword_fold_reads_a_turkish_capital_i() -> None:
    train = _t([("OMAR IBN KHALID", "Khalid"), ("Yusuf ibn Tariq", "Tariq"), ("Jamal Haddad", "")])
    assert _held(keywords, train, ["MEHMET İBN ALİ", "AHMED IBN SAAD"]) == ["Ali", "Saad"]


def test_a_date_with_a_time_is_checked_on_its_date_runs() -> None:
    train = _t([("8 Jan 2019 10:26", "2019-01-08 10:26"), ("2020-10-06 09:15", "2020-10-06 09:15"),
                ("20.10.2020 09:15", "2020-10-20 09:15")])
    assert _held(datelayouts, train, ["30 Feb 2019 10:26", "1 Mar 2021 01:05", "2021-03-01 23:59"]) == \
        [None, "2021-03-01 01:05", "2021-03-01 23:59"]
