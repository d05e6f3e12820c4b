"""Session-14 mechanisms (issue 12, transformation by example): vocabulary lexicons (weekdays, log levels, traffic
lights) and more languages' month names, oil barrels and other volumes, weighted sums with everyday weights whose
outputs are rounded, fixed decimals of a number written with fewer, the head of a fixed-length identifier,
combining marks of any script, a date moved by days written in words, the runs of a class joined by a separator.
Each is checked on examples of its own (not a golden task), on held rows, with its refusals, and on the SQL
backends against Polars."""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.mapping.synth import idtokens, joinruns, marks, synthesize, worded_days
from core.mapping.synth.synthesize import engine_outputs
from tests.mapping.synth.backend_cases import S2, S, Train, backend_differentials


def _solve(train: Train, held: list[list[str | None]]) -> list[Any]:
    types = S if len(train[0][0]) == 1 else S2
    res = synthesize(list(train), list(types), types, budget_ms=3000)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, held, list(types), types)


def _family(fam: Any, train: Train) -> list[Any]:
    types = S if len(train[0][0]) == 1 else S2
    return fam.candidates([r for r, _ in train], [o for _, o in train], list(types), types)


# --- vocabularies --------------------------------------------------------------------------------------------------

def test_weekday_names_in_any_language_become_iso_numbers_no_example_showed() -> None:
    train: Train = [(["Montag"], "1"), (["DO"], "4"), (["samedi"], "6")]
    assert _solve(train, [["Dienstag"], ["sonntag"], ["Fri"], ["miércoles"], ["Blursday"]]) == \
        ["2", "7", "5", "3", None]


def test_log_levels_and_traffic_lights_reach_concepts_no_example_showed() -> None:
    train: Train = [(["warn"], "warning"), (["ERR"], "error"), (["Information"], "info")]
    assert _solve(train, [["dbg"], ["FATAL"], ["W"], ["verbose"], ["loud"]]) == \
        ["debug", "critical", "warning", "trace", None]
    train = [(["🟢"], "Green"), (["amber"], "Amber"), (["R"], "Red")]
    assert _solve(train, [["yellow"], ["G"], ["🔴"], ["blue"]]) == ["Amber", "Green", "Red", None]


def test_polish_genitive_month_names_read_in_mixed_date_layouts() -> None:
    train: Train = [(["3 marca 2024"], "2024-03-03"), (["19.11.2023"], "2023-11-19"), (["7 lipca 2021"], "2021-07-07")]
    assert _solve(train, [["12 grudnia 2022"], ["01.02.2021"], ["5 października 2020"]]) == \
        ["2022-12-12", "2021-02-01", "2020-10-05"]


# --- numbers -------------------------------------------------------------------------------------------------------

def test_oil_barrels_convert_with_the_known_factor_not_a_fitted_one() -> None:
    def ref(n: float) -> str:
        return f"{n * 158.987294928:.0f}"
    train: Train = [(["12 bbl"], ref(12)), (["2,750 barrels"], ref(2750)), (["40 BBL"], ref(40))]
    assert _solve(train, [["6,400 bbl"], ["99 barrels"]]) == [ref(6400), ref(99)]


def test_a_weighted_sum_with_everyday_weights_fits_rounded_outputs() -> None:
    def ref(m: int, s: int) -> str:
        return f"{m + s / 60 + 1e-9:.2f}"
    train: Train = [(["4", "20"], ref(4, 20)), (["12", "50"], ref(12, 50)), (["0", "5"], ref(0, 5))]
    assert _solve(train, [["7", "1"], ["30", "59"], ["2", "x"]]) == [ref(7, 1), ref(30, 59), None]


def test_a_number_written_with_fewer_decimals_gets_the_outputs_decimals() -> None:
    train: Train = [(["CHF 1234.55"], "1234.55"), (["88.2 CHF"], "88.20"), (["Fr. 12.05"], "12.05")]
    assert _solve(train, [["CHF 7.5"], ["3.14159 CHF"], ["CHF 40.00"]]) == ["7.50", "3.14", "40.00"]


# --- identifiers ---------------------------------------------------------------------------------------------------

SHA = ["3f9a0c27b1d84e5f9a6c2b7d1e0f4a8c9b3d5e71", "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
       "0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5", "9e8d7c6b5a49382716051f2e3d4c5b6a79881726"]


def test_the_head_of_a_long_identifier_in_any_layout() -> None:
    train: Train = [([f"Merged {SHA[0]} into main"], SHA[0][:8]),
                    ([f"https://ci.example/build/{SHA[1]}/log"], SHA[1][:8]), ([SHA[2]], SHA[2][:8])]
    assert _solve(train, [[f"revert {SHA[3]}"], [SHA[1]], ["no hash here 12345"]]) == [SHA[3][:8], SHA[1][:8], None]


def test_identifier_heads_refuse_runs_of_different_lengths() -> None:
    train: Train = [([f"x {SHA[0]}"], SHA[0][:8]), ([f"y {SHA[1][:30]}"], SHA[1][:8]), ([SHA[2]], SHA[2][:8])]
    assert not [c for c in _family(idtokens, train) if c.description == "id_token_prefix"]


def test_runs_of_a_class_joined_by_one_separator() -> None:
    train: Train = [(["config/db/host"], "config.db.host"), (["a['b']['c_d']"], "a.b.c_d"), (["x"], "x")]
    assert _solve(train, [["$.one.two[3]"], ["k/v"]]) == ["one.two.3", "k.v"]
    assert _family(joinruns, [(["a b"], "a-b"), (["c d"], "c+d")]) == []  # two separators: refused


# --- text ------------------------------------------------------------------------------------------------------------

def test_arabic_harakat_are_deleted_including_marks_no_example_showed() -> None:
    train: Train = [(["مُحَمَّد"], "محمد"), (["فَاطِمَة"], "فاطمة"), (["عَلِيّ"], "علي")]
    # U+064B (tanween fath) and U+0652 (sukun) appear in no example
    assert _solve(train, [["كِتَابًا"], ["مَسْجِد"], ["plain"]]) == ["كتابا", "مسجد", "plain"]


def test_marks_refuse_an_example_that_keeps_one_or_drops_a_letter() -> None:
    assert _family(marks, [(["مُحَمَّد"], "محمد"), (["عَلِيّ"], "عليّ")]) == []
    assert _family(marks, [(["مُحَمَّد"], "محم"), (["عَلِيّ"], "علي")]) == []


# --- dates ---------------------------------------------------------------------------------------------------------

def _plus(start: str, days: int) -> str:
    return (dt.date.fromisoformat(start) + dt.timedelta(days=days)).isoformat()


def test_a_date_moved_by_days_written_in_words() -> None:
    train: Train = [(["2024-01-10", "Net 30"], _plus("2024-01-10", 30)),
                    (["2024-02-20", "2 weeks"], _plus("2024-02-20", 14)),
                    (["2023-12-30", "due on receipt"], "2023-12-30")]
    held: list[list[str | None]] = [["2024-02-28", "Net 2"], ["2024-03-01", "30 Tage netto"],
                                    ["2024-03-01", "3 months"], ["2024-03-01", "whenever"]]
    assert _solve(train, held) == [_plus("2024-02-28", 2), _plus("2024-03-01", 30), None, None]


def test_days_ago_count_back_and_refuse_a_direction_the_examples_contradict() -> None:
    train: Train = [(["2024-03-01", "yesterday"], "2024-02-29"), (["2024-03-10", "3 days ago"], "2024-03-07"),
                    (["2024-01-05", "1 week ago"], "2023-12-29")]
    assert _solve(train, [["2025-01-01", "yesterday"], ["2025-01-01", "2 weeks ago"]]) == ["2024-12-31", "2024-12-18"]
    mixed: Train = [(["2024-03-10", "3 days"], "2024-03-07"), (["2024-03-10", "3 days"], "2024-03-13")]
    assert list(worded_days.proposals(["2024-03-10"] * 2, ["3 days"] * 2, [o for _, o in mixed], "a", "b")) == []


# --- backends ----------------------------------------------------------------------------------------------------

CASES: dict[str, tuple[Any, Train, list[list[str | None]]]] = {
    "weekday": (None, [(["Montag"], "1"), (["DO"], "4"), (["samedi"], "6")], [["Dienstag"], ["Blursday"], [None]]),
    "barrels": (None, [(["12 bbl"], "1908"), (["2,750 barrels"], "437215"), (["40 BBL"], "6359")],
                [["6,400 bbl"], ["x bbl"], [None]]),
    "weighted": (None, [(["4", "20"], "4.33"), (["12", "50"], "12.83"), (["0", "5"], "0.08")],
                 [["7", "1"], ["2", "x"], [None, None]]),
    "id_head": (idtokens, [([f"Merged {SHA[0]} into main"], SHA[0][:8]),
                           ([f"https://ci.example/build/{SHA[1]}/log"], SHA[1][:8]), ([SHA[2]], SHA[2][:8])],
                [[f"revert {SHA[3]}"], ["none"], [None]]),
    "join_runs": (joinruns, [(["config/db/host"], "config.db.host"), (["a['b']['c_d']"], "a.b.c_d"), (["x"], "x")],
                  [["$.one.two[3]"], [""], [None]]),
    "marks": (marks, [(["מֹשֶׁה בֶּן־דָּוִד"], "משה בן־דוד"), (["רִבְקָה"], "רבקה")], [["יוֹסֵף כֹּהֵן"], ["abc"], [None]]),
    "worded_days": (None, [(["2024-01-10", "Net 30"], "2024-02-09"), (["2024-02-20", "2 weeks"], "2024-03-05"),
                           (["2023-12-30", "due on receipt"], "2023-12-30")],
                    [["2024-02-28", "Net 2"], ["2024-03-01", "3 months"], [None, "Net 5"]]),
}


test_duckdb_agrees_with_polars, test_postgres_agrees_with_polars, test_mariadb_agrees_with_polars = \
    backend_differentials(CASES)
