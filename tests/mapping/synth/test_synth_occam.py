"""Occam guards and the mechanisms added with them: a program that only restates its examples is
refused (no program: a hold for a person), and a few general reshapings generalise to held rows.

Held rows are run through the DSL engine (Polars), so the emitted program is what is checked.
"""

from __future__ import annotations

from core.mapping.synth import synthesize
from core.mapping.synth.fitting import affine
from core.mapping.synth.numterms import render
from core.mapping.synth.plans import Plan
from core.mapping.synth.search import Program
from core.mapping.synth.switch import shape_switch
from core.mapping.synth.synthesize import _blank_default, categorical, engine_outputs, memorises

S = {"a": "string"}
B = 5000  # generous budget: results must not depend on the machine's load


def _held(train: list[tuple[str, str]], held: list[str]) -> list[object]:
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, [[h] for h in held], ["a"], S)


def test_lookup_table_only_over_categorical_inputs() -> None:
    # numbers in, arbitrary words out: a table of three numbers would be null on every other number (number
    # words were the example until DSL 1.6 added int_to_words, ordinals until DSL 1.5 added int_to_ordinal)
    res = synthesize([(["3"], "amber"), (["7"], "teal"), (["42"], "violet")], ["a"], S, budget_ms=B)
    assert res.pipeline is None and not res.candidates
    assert _held([("3", "three"), ("7", "seven"), ("42", "forty-two")], ["19"]) == ["nineteen"]
    # category words recur: the table is a fair program (case-blind)
    got = _held([("gold", "G1"), ("silver", "S2"), ("bronze", "B3")], ["SILVER", "Gold"])
    assert got == ["S2", "G1"]
    assert categorical(" Medium ") and not categorical("Rm 12") and not categorical("two words")


def test_one_example_fixes_only_everyday_constants() -> None:
    # one point fixes any offset: 5399 is a fit, +12 (a clock) and *60 are everyday constants
    assert affine(0, [1.0], [5399.0]) == []
    assert any(c[3] == 12.0 for c in affine(0, [3.0], [15.0]))
    assert any(c[2][0][1:] == ("mul", 60.0) for c in affine(0, [2.0], [120.0]))


def test_two_examples_fix_only_everyday_lines() -> None:
    slopes = {(t[1], t[2]) for c in affine(0, [1.0, 5.0], [40.0, 30.0]) for t in c[2]}
    assert ("mul", -2.5) not in slopes and ("div", -0.4) not in slopes
    assert any(c[3] == 12.0 for c in affine(0, [1.0, 3.0], [13.0, 15.0]))  # 12 h clock: x + 12


def test_mdl_refuses_conditional_plans_longer_than_their_outputs() -> None:
    outs: list[str | None] = ["5", "12", "7"]  # four characters explained
    switch = Plan((((None,), ("x",)),), 9.5, "switch")
    assert memorises(switch, outs)
    assert not memorises(Plan((((None,), ("x",)),), 9.5, "single"), outs)
    assert not memorises(Plan((((None,), ("x",)),), 3.0, "cover"), outs)


def test_one_example_branch_is_no_fallback_for_unseen_shapes() -> None:
    rows: list[list[str | None]] = [["a1"], ["b-2"], ["c 3 x"]]
    outs: list[str | None] = ["A", "B", "C"]
    plan = shape_switch(rows, outs, [True], lambda r, o: [Program((o[0] or "",), 1.0)])
    assert plan is not None and all(s[0] is not None for s, _ in plan.branches)


def test_blank_default_holding_another_input_is_no_constant() -> None:
    rows: list[list[str | None]] = [["1", "9"], ["4", ""], ["", "250"]]
    assert _blank_default(rows, ["1-9", "4+", "under 250"]) is None
    assert _blank_default([["1", "9"], ["", "7"]], ["1-9", "n/a"]) == "n/a"


def test_mask_letters_and_digits_keeping_separators() -> None:
    got = _held([("1234 5678 9012 3456", "**** **** **** 3456"), ("9876-5432-1098-7654", "****-****-****-7654"),
                 ("111122223333444", "***********3444")],
                ["2222 3333 4444 5555", "6011000990139424", "3714 496353 98431"])
    assert got == ["**** **** **** 5555", "************9424", "**** ****** *8431"]


def test_middle_slice_masked() -> None:
    got = _held([("AT611904300234573201", "AT61************3201"), ("CH9300762011623852957", "CH93*************2957"),
                 ("LU280019400644750000", "LU28************0000")],
                ["NO9386011117947", "MT84MALT011000012345MTLCAST001S"])
    assert got == ["NO93*******7947", "MT84***********************001S"]


def test_numbers_in_their_shortest_form() -> None:
    assert render(2.5, (-3, "", ".")) == "2.5" and render(2.0, (-3, "", ".")) == "2"
    assert render(100.0, (-2, "", ".")) == "100"
    got = _held([("1/4", "0.25"), ("1/2", "0.5"), ("3/8", "0.375")], ["7/10", "6/3", "5/8"])
    assert got == ["0.7", "2", "0.625"]


def test_number_every_output_shares_is_a_literal() -> None:
    got = _held([("10.20.30.40", "10.20.30.0/24"), ("192.0.2.200", "192.0.2.0/24"), ("172.31.5.9", "172.31.5.0/24")],
                ["8.8.4.4", "100.64.12.250"])
    assert got == ["8.8.4.0/24", "100.64.12.0/24"]


def test_atoms_alike_on_the_examples_prefer_the_one_null_where_the_output_is_empty() -> None:
    res = synthesize([(["draft.v2.odt"], "odt"), (["E:\\docs\\plan.docx"], "docx"), (["/etc/hosts"], "")],
                     ["a"], S, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    got = engine_outputs(res.pipeline, [["/home/x/notes.md"], ["/usr/bin/env"], ["Makefile"]], ["a"], S)
    assert got == ["md", "", ""]


def test_last_field_without_the_spaces_after_its_delimiter() -> None:
    got = _held([("Garden > Tools > Rakes", "Rakes"), ("Books > Sci-Fi", "Sci-Fi"),
                 ("Music > Vinyl > Jazz > Blue Note", "Blue Note")], ["Toys > Lego City", "A > B > C > D > E"])
    assert got == ["Lego City", "E"]


def test_number_token_ends_on_a_digit() -> None:
    got = _held([("About 40 pieces", "40"), ("Just 2.5 litres left", "2.5"), ("nothing", "")],
                ["Suite 220, level 4", "Gate 7."])
    assert got == ["220", "7"]


def test_a_leading_word_dropped_where_present() -> None:
    got = _held([("https://www.python.org/downloads", "python.org"), ("http://docs.rs/serde", "docs.rs"),
                 ("https://www.w3.org/TR/?s=1", "w3.org")],
                ["https://www.kernel.org/pub", "https://pypi.org/project/x", "http://www.ietf.org"])
    assert got == ["kernel.org", "pypi.org", "ietf.org"]


def test_prefix_through_the_last_delimiter() -> None:
    got = _held([("4.1.7", "4.1.8"), ("0.3.9", "0.3.10"), ("9.9.1", "9.9.2")], ["12.0.41", "1.22.99"])
    assert got == ["12.0.42", "1.22.100"]


def test_emoji_dropped_punctuation_kept() -> None:
    got = _held([("Well done 👏✨", "Well done"), ("☀️ Sunny, 25°C", "Sunny, 25°C"), ("plain text", "plain text")],
                ["Yes! 🎉", "🔥🔥 hot ➡️ now?"])
    assert got == ["Yes!", "hot now?"]


NEW_OPS_CASES = [  # (train, held): masks, middle slices, shortest numbers, prefixes, emoji, delimiters
    ([("1234 5678 9012 3456", "**** **** **** 3456"), ("9876-5432-1098-7654", "****-****-****-7654"),
      ("111122223333444", "***********3444")], ["3714 496353 98431"]),
    ([("AT611904300234573201", "AT61************3201"), ("CH9300762011623852957", "CH93*************2957"),
      ("LU280019400644750000", "LU28************0000")], ["NO9386011117947"]),
    ([("1/4", "0.25"), ("1/2", "0.5"), ("3/8", "0.375")], ["7/10", "6/3"]),
    ([("https://www.python.org/downloads", "python.org"), ("http://docs.rs/serde", "docs.rs"),
      ("https://www.w3.org/TR/?s=1", "w3.org")], ["http://www.ietf.org"]),
    ([("Well done 👏✨", "Well done"), ("☀️ Sunny, 25°C", "Sunny, 25°C"), ("plain text", "plain text")], ["Yes! 🎉"]),
    ([("4.1.7", "4.1.8"), ("0.3.9", "0.3.10"), ("9.9.1", "9.9.2")], ["1.22.99"]),
]


def test_new_mechanisms_compile_to_sql_with_the_engine_s_results() -> None:
    import duckdb  # noqa: PLC0415

    from dsl.compile_sql import to_sql  # noqa: PLC0415

    for train, held in NEW_OPS_CASES:
        res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
        assert res.pipeline is not None
        rows = held + [i for i, _ in train]
        con = duckdb.connect()
        con.execute("CREATE TABLE t (a VARCHAR)")
        con.executemany("INSERT INTO t VALUES (?)", [[v] for v in rows])
        got = [r[0] for r in con.execute(to_sql(res.pipeline, "duckdb", "t")).fetchall()]
        assert sorted(map(str, got)) == sorted(map(str, engine_outputs(res.pipeline, [[v] for v in rows], ["a"], S)))
