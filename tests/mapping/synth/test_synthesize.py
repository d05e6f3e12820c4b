"""Transformation by example: held rows (never shown to the search) must come out right.

Each case gives 3 train pairs and held rows; the synthesized pipeline runs through the DSL
engine (Polars) and, for a sample, through DuckDB SQL, so the program — not the search's own
evaluation — is what is checked.
"""

from __future__ import annotations

import duckdb
import pytest

from core.mapping.synth import BadExamples, ContradictoryExamples, synthesize
from core.mapping.synth.switch import shape
from core.mapping.synth.synthesize import engine_outputs
from dsl.compile_sql import to_sql
from dsl.validate import validate_pipeline

S = {"a": "string"}
B = 5000  # generous budget: results must not depend on the machine's load (work is bounded anyway)
CASES = {
    "reorder_name": ([("John Smith", "Smith, J."), ("mary ann jones", "Jones, M."), ("Bob Li", "Li, B.")],
                     [("Anna Maria Kowalski", "Kowalski, A."), ("eve adams", "Adams, E.")]),
    "phone_any_to_us": ([("5551234567", "(555) 123-4567"), ("+1 212 555 0199", "(212) 555-0199"),
                         ("415.555.2671", "(415) 555-2671")],
                        [("(650) 253-0000", "(650) 253-0000"), ("1-310-555-1212", "(310) 555-1212")]),
    "iso_to_dmy": ([("2024-03-05", "05/03/2024"), ("1999-12-31", "31/12/1999"), ("2001-01-09", "09/01/2001")],
                   [("2010-10-20", "20/10/2010")]),
    "mixed_date_formats": ([("3/5/2024", "2024-03-05"), ("July 8, 2021", "2021-07-08"), ("2020-11-02", "2020-11-02")],
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
    "number_format_out": ([("1234.5", "$1,234.50"), ("99", "$99.00"), ("1000000", "$1,000,000.00")],
                          [("12.345", "$12.35"), ("0.5", "$0.50")]),
    "eu_number_out": ([("1234.5", "1.234,50"), ("99", "99,00"), ("7", "7,00")], [("1000000", "1.000.000,00")]),
    "unit_conversion": ([("5 ft", "152.4 cm"), ("6 ft", "182.88 cm"), ("10 ft", "304.8 cm")],
                        [("1 ft", "30.48 cm"), ("100 ft", "3048 cm")]),
    "temperature": ([("212 F", "100.0"), ("32 F", "0.0"), ("98.6 F", "37.0")], [("50 F", "10.0")]),
    "percent": ([("0.25", "25%"), ("0.5", "50%"), ("1", "100%")], [("0.125", "13%")]),
    "city_field": ([("1 Main St, Springfield, IL 62701", "Springfield"), ("22 Oak Ave, Austin, TX 73301", "Austin"),
                    ("5 Pine Rd, Boston, MA 02108", "Boston")], [("7 Bay St, San Jose, CA 95101", "San Jose")]),
    "strip_tags": ([("<b>Bold</b> text", "Bold text"), ("<p>One <i>two</i></p>", "One two"), ("plain", "plain")],
                   [("<h2>Head</h2>", "Head"), ("<a href='x'>Link</a> here", "Link here")]),
    "fold_accents": ([("Ærøskøbing", "AEroskobing"), ("Crème", "Creme"), ("Łódź", "Lodz")],
                     [("Málaga Señor", "Malaga Senor"), ("“Straße”", '"Strasse"')]),
    "slug": ([("Hello, World!", "hello-world"), ("Data & Tools 2024", "data-tools-2024"), ("A  B", "a-b")],
             [("  Big   Sale: 50% Off ", "big-sale-50-off")]),
    "camel_to_snake": ([("userId", "user_id"), ("firstName", "first_name"), ("orderLineTotal", "order_line_total")],
                       [("isDeleted", "is_deleted"), ("createdByUserId", "created_by_user_id")]),
    "group_by_four": ([("DE12345678901234", "DE12 3456 7890 1234"), ("AB123", "AB12 3"),
                       ("XY98765432", "XY98 7654 32")],
                      [("GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19")]),
    "mailbox_or_bare": ([("Ann Lee <ann@x.org>", "ann@x.org"), ("bob@y.com", "bob@y.com"),
                         ('"Doe, J." <jd@z.net>', "jd@z.net")],
                        [("Team Support <help@shop.io>", "help@shop.io"), ("c@d.de", "c@d.de")]),
    "empty_when_missing": ([('Robert "Bob" Smith', "Bob"), ("Anna Berg", ""), ('Karl "Kalle" Ek', "Kalle")],
                           [('Li "Lee" Wu', "Lee"), ("Ola Nordmann", "")]),
    "truncate_when_longer": ([("International Business", "Internatio…"), ("Short", "Short"),
                              ("Exactly10!", "Exactly10!")],
                             [("Supercalifragilistic", "Supercalif…"), ("Hi", "Hi")]),
    "units_by_word": ([("2 kg", "2.000"), ("500 g", "0.500"), ("3 lb", "1.361")],
                      [("1.5 kg", "1.500"), ("250 g", "0.250"), ("10 lb", "4.536")]),
    "case_insensitive_lookup": ([("high", "1"), ("medium", "2"), ("low", "3")], [("HIGH", "1"), (" Low ", "3")]),
    "month_name_out": ([("2024-03-05", "05 Mar 2024"), ("1999-12-31", "31 Dec 1999"), ("2001-01-09", "09 Jan 2001")],
                       [("2010-10-20", "20 Oct 2010")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_held_rows_come_out_right(name: str) -> None:
    train, held = CASES[name]
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
    assert res.solved_all and res.pipeline is not None
    assert res.pipeline.inputs == ["a"] and res.pipeline.outputs == ["out"]
    validate_pipeline(res.pipeline, S)
    assert engine_outputs(res.pipeline, [[i] for i, _ in held], ["a"], S) == [o for _, o in held]


def test_multi_input_concat_is_a_v1_program() -> None:
    res = synthesize([(["John", "Smith"], "Smith, John"), (["Ann", "Lee"], "Lee, Ann")], ["f", "l"],
                     {"f": "string", "l": "string"}, budget_ms=B)
    assert res.pipeline is not None and res.pipeline.dsl_version == "1.0.0"
    assert [s.op for s in res.pipeline.steps] == ["concat"]
    assert engine_outputs(res.pipeline, [["Zoe", "Kim"], [None, "X"]], ["f", "l"],
                          {"f": "string", "l": "string"}) == ["Kim, Zoe", None]


def test_synthesized_sql_matches_the_engine() -> None:
    train, held = CASES["mixed_date_formats"]
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
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
    res = synthesize([(["John Smith"], "Smith"), (["Ann Lee"], "Lee")], ["a"], S, budget_ms=B)
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
    with pytest.raises(BadExamples):
        synthesize([(["a", "b"], "x")], ["a", "a"], S)


def test_null_outputs_and_unsolvable() -> None:
    res = synthesize([(["id 12"], "12"), (["id 7"], "7"), (["none"], None)], ["a"], S, budget_ms=B)
    assert res.solved_all
    res = synthesize([(["a"], "q"), (["b"], "zz"), (["c"], "k")], ["a"], S, budget_ms=B)
    assert res.solved_all and res.candidates[0].description == "lookup"  # the examples as a table, no more
    assert res.pipeline is not None and engine_outputs(res.pipeline, [["B"], ["d"]], ["a"], S) == ["zz", None]
    res = synthesize([(["a"], "q"), (["A"], "z")], ["a"], S, budget_ms=B)
    assert not res.solved_all


def test_budget_bounds_time() -> None:
    train = [([i], o) for i, o in CASES["mixed_date_formats"][0]]
    res = synthesize(train, ["a"], S, budget_ms=5)
    assert res.elapsed_ms < 1500  # budget + the engine's check of the candidates (generous: loaded CI)
    assert res.timed_out


def test_shape() -> None:
    assert shape("12/3/2024") == "^[0-9]+/[0-9]+/[0-9]+$"
    assert shape(None) is None
    assert shape("Jan 5") is not None and shape("Jan 5") == shape("Feb   12")


def test_generated_columns_never_clash_with_inputs() -> None:
    names = ["_a0", "out"]
    types = {"_a0": "string", "out": "string"}
    res = synthesize([(["John Smith", "x"], "SMITH x"), (["Ann Lee", "y"], "LEE y")], names, types,
                     budget_ms=B)
    assert res.solved_all and res.pipeline is not None
    written = {c for s in res.pipeline.steps for c in s.writes()}
    assert "_a0" not in written
    assert engine_outputs(res.pipeline, [["Zoe Kim", "z"]], names, types) == ["KIM z"]


def test_non_string_inputs_are_rendered_as_text() -> None:
    types = {"n": "int", "d": "date"}
    res = synthesize([(["7", "2024-03-05"], "#7 on 05.03.2024"), (["12", "1999-12-31"], "#12 on 31.12.1999")],
                     ["n", "d"], types, budget_ms=B)
    assert res.solved_all and res.pipeline is not None
    assert engine_outputs(res.pipeline, [["3", "2001-01-09"]], ["n", "d"], types) == ["#3 on 09.01.2001"]


def test_optional_middle_name_switches_on_empty_and_null_inputs() -> None:
    names, types = ["f", "m", "l"], {"f": "string", "m": "string", "l": "string"}
    res = synthesize([(["John", "", "Smith"], "John Smith"), (["Ann", "B.", "Lee"], "Ann B. Lee"),
                      (["Bob", None, "Li"], "Bob Li")], names, types, budget_ms=B)
    assert res.solved_all and res.pipeline is not None
    got = engine_outputs(res.pipeline, [["Zoe", "Q.", "Kim"], ["Al", "", "Gore"], ["X", None, "Y"]], names, types)
    assert got == ["Zoe Q. Kim", "Al Gore", "X Y"]


def test_many_examples_stay_within_budget() -> None:
    """40 pairs (e.g. joined from target example rows): searched on a few, verified on all."""
    pairs = [([f"{m}/{d}/20{y:02d}"], f"20{y:02d}-{m:02d}-{d:02d}")
             for m, d, y in ((1 + i % 12, 1 + (i * 7) % 28, 10 + (i * 3) % 20) for i in range(40))]
    # a generous budget: the claim is bounded work (about 30 ms of CPU), and a machine shared by
    # many sessions stretches the 200 ms default wall clock past it (latency: benchmarks/bench_synth.py)
    res = synthesize(pairs, ["a"], S, budget_ms=2000)
    # within the search budget (not a wall-clock bound: latency is benchmarks/bench_synth.py's)
    assert res.solved_all and res.pipeline is not None and not res.timed_out and res.examples == 40
    assert engine_outputs(res.pipeline, [["12/9/2031"]], ["a"], S) == ["2031-12-09"]
