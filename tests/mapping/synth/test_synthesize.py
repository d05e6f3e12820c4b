"""Transformation by example: held rows (never shown to the search) must come out right.

Each case gives 3 train pairs and held rows; the synthesized pipeline runs through the DSL
engine (Polars) and, for a sample, through DuckDB SQL, so the program — not the search's own
evaluation — is what is checked.
"""

from __future__ import annotations

import duckdb
import pytest

from core.mapping.synth import BadExamples, ContradictoryExamples, synthesize
from core.mapping.synth.synthesize import engine_outputs, shape
from dsl.compile_sql import to_sql
from dsl.validate import validate_pipeline

S = {"a": "string"}
CASES = {
    "reorder_name": ([("John Smith", "Smith, J."), ("mary ann jones", "Jones, M."), ("Bob Li", "Li, B.")],
                     [("Anna Maria Kowalski", "Kowalski, A."), ("eve adams", "Adams, E.")]),
    "phone_any_to_us": ([("5551234567", "(555) 123-4567"), ("+1 212 555 0199", "(212) 555-0199"),
                         ("415.555.2671", "(415) 555-2671")],
                        [("(650) 253-0000", "(650) 253-0000"), ("1-310-555-1212", "(310) 555-1212")]),
    "iso_to_dmy": ([("2024-03-05", "05/03/2024"), ("1999-12-31", "31/12/1999"), ("2001-01-09", "09/01/2001")],
                   [("2010-10-20", "20/10/2010")]),
    "mixed_date_formats": ([("3/5/2024", "2024-03-05"), ("March 7, 2021", "2021-03-07"), ("2020-11-02", "2020-11-02")],
                           [("12/25/2023", "2023-12-25"), ("Jan 9, 2020", "2020-01-09"), ("1999-01-31", "1999-01-31")]),
    "us_currency": ([("$1,234.50", "1234.50"), ("$99.00", "99.00"), ("$12,000.00", "12000.00")],
                    [("$1,000,000.00", "1000000.00"), ("$0.99", "0.99")]),
    "eu_currency": ([("1.234,50 €", "1234.50"), ("99,00 €", "99.00"), ("12.000,00 €", "12000.00")],
                    [("1.000.000,00 €", "1000000.00")]),
    "country_to_iso": ([("Germany", "DE"), ("France", "FR"), ("United States", "US")],
                       [("Spanien", "ES"), ("u.s.a.", "US"), ("Italia", "IT")]),
    "code_pad_upper": ([("ab-12", "AB0012"), ("xy-7", "XY0007"), ("q-123", "Q0123")], [("zz-45", "ZZ0045")]),
    "title_whitespace": ([("  new   york ", "New York"), ("SAN francisco", "San Francisco"),
                          ("los  angeles", "Los Angeles")],
                         [("SALT LAKE   CITY ", "Salt Lake City")]),
    "unit_strip": ([("12 kg", "12"), ("3.5 kg", "3.5"), ("100kg", "100")], [("0.75 kg", "0.75")]),
    "yes_no_learned": ([("yes", "Y"), ("No", "N"), ("ja", "Y")], [("nein", "N"), ("n", "N")]),
    "separator_swap": ([("a_b_c", "a-b-c"), ("x_y", "x-y"), ("p_q_r_s", "p-q-r-s")], [("k_l_m_n_o", "k-l-m-n-o")]),
    "month_name_out": ([("2024-03-05", "05 Mar 2024"), ("1999-12-31", "31 Dec 1999"), ("2001-01-09", "09 Jan 2001")],
                       [("2010-10-20", "20 Oct 2010")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_held_rows_come_out_right(name: str) -> None:
    train, held = CASES[name]
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=2000)
    assert res.solved_all and res.pipeline is not None
    assert res.pipeline.inputs == ["a"] and res.pipeline.outputs == ["out"]
    validate_pipeline(res.pipeline, S)
    assert engine_outputs(res.pipeline, [[i] for i, _ in held], ["a"], S) == [o for _, o in held]


def test_multi_input_concat_is_a_v1_program() -> None:
    res = synthesize([(["John", "Smith"], "Smith, John"), (["Ann", "Lee"], "Lee, Ann")], ["f", "l"],
                     {"f": "string", "l": "string"})
    assert res.pipeline is not None and res.pipeline.dsl_version == "1.0.0"
    assert [s.op for s in res.pipeline.steps] == ["concat"]
    assert engine_outputs(res.pipeline, [["Zoe", "Kim"], [None, "X"]], ["f", "l"],
                          {"f": "string", "l": "string"}) == ["Kim, Zoe", None]


def test_synthesized_sql_matches_the_engine() -> None:
    train, held = CASES["mixed_date_formats"]
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=2000)
    assert res.pipeline is not None
    con = duckdb.connect()
    con.execute("CREATE TABLE t (a VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?)", [[i] for i, _ in held + train])
    got = [r[0] for r in con.execute(to_sql(res.pipeline, "duckdb", "t")).fetchall()]
    assert sorted(got) == sorted(o for _, o in held + train)


def test_deterministic() -> None:
    train = [([i], o) for i, o in CASES["phone_any_to_us"][0]]
    a = synthesize(train, ["a"], S, budget_ms=5000)
    b = synthesize(train, ["a"], S, budget_ms=5000, seed=7)
    assert a.pipeline is not None and b.pipeline is not None
    assert a.pipeline.content_hash() == b.pipeline.content_hash()
    assert [c.pipeline.content_hash() for c in a.candidates] == [c.pipeline.content_hash() for c in b.candidates]


def test_candidates_are_ranked_and_scored() -> None:
    res = synthesize([(["John Smith"], "Smith"), (["Ann Lee"], "Lee")], ["a"], S)
    assert res.candidates and res.candidates[0].pipeline == res.pipeline
    assert all(0.0 <= c.score <= 1.0 for c in res.candidates)
    assert [c.score for c in res.candidates] == sorted((c.score for c in res.candidates), reverse=True)


def test_contradictory_examples_name_the_pairs() -> None:
    with pytest.raises(ContradictoryExamples) as info:
        synthesize([(["a"], "x"), (["b"], "y"), (["a"], "z"), (["b"], "y")], ["a"], S)
    assert info.value.pairs == [(0, 2)]
    assert "#0 and #2" in info.value.message and "'a'" not in info.value.message
    assert info.value.code == "DETERMINISTIC_FAILURE"


def test_bad_examples() -> None:
    with pytest.raises(BadExamples):
        synthesize([], ["a"], S)
    with pytest.raises(BadExamples):
        synthesize([(["a", "b"], "x")], ["a"], S)


def test_null_outputs_and_unsolvable() -> None:
    res = synthesize([(["id 12"], "12"), (["id 7"], "7"), (["none"], None)], ["a"], S)
    assert res.solved_all
    res = synthesize([(["a"], "q"), (["b"], "zz"), (["c"], "k")], ["a"], S, budget_ms=100)
    assert not res.solved_all


def test_budget_bounds_time() -> None:
    train = [([i], o) for i, o in CASES["mixed_date_formats"][0]]
    res = synthesize(train, ["a"], S, budget_ms=5)
    assert res.elapsed_ms < 400  # budget + the engine's check of the best candidate


def test_shape() -> None:
    assert shape("12/3/2024") == "^[0-9]+/[0-9]+/[0-9]+$"
    assert shape(None) is None
    assert shape("Jan 5") is not None and shape("Jan 5") == shape("Feb   12")
