"""The review of the session-12 mechanisms (F1-F8): each finding as held rows the examples did not show. A family's
program gives the right value or null on a held row, never a silently wrong value; the column's search keeps to its
time bound."""

from __future__ import annotations

import importlib
import time

import pytest

from core.mapping.synth import (
    brackets,
    chartables,
    deletions,
    idtokens,
    keyedall,
    keywords,
    numslots,
    regroup,
    synthesize,
)
from core.mapping.synth.models import Candidate
from core.mapping.synth.synthesize import engine_outputs
from tests.mapping.synth.held_out import held as _held

S = {"c0": "string"}
Train = list[tuple[list[str | None], str]]


def _family(module: object, train: Train) -> list[Candidate]:
    cands: list[Candidate] = module.candidates(  # type: ignore[attr-defined]
        [r for r, _ in train], [o for _, o in train], ["c0"], S)
    return cands


def _run(cand: Candidate, rows: list[str | None]) -> list[object]:
    return engine_outputs(cand.pipeline, [[r] for r in rows], ["c0"], S)


def test_f1_one_word_per_example_before_the_output_is_no_keyword() -> None:
    train: Train = [(["Petra Kowalski"], "Kowalski"), (["Jonas Brandt"], "Brandt"), (["Madonna"], "")]
    for cand in _family(keywords, train):  # "Petra" / "Jonas" may be given names: "" for one word only
        assert _run(cand, ["Ulrike Sommer", "Prince", "Petra Lang"]) == [None, "", "Lang"]
    assert _held(train, [["Ulrike Sommer"]]) != [""]
    # two connectors seen once each: still "" for a one-word value
    two: Train = [(["Lindqvist geb. Berg"], "Berg"), (["Garnier née Roux"], "Roux"), (["Haas"], "")]
    found = _family(keywords, two)
    assert found and _run(found[0], ["Vogt geb. Lamm", "Kühn", "Vogt Lamm"]) == ["Lamm", "", None]
    # a keyword repeated in two examples still gives the empty rule
    rep: Train = [(["Ott ehem. Brück"], "Brück"), (["Sauer"], ""), (["Holm ehem. Falk"], "Falk")]
    found = _family(keywords, rep)
    assert found and _run(found[0], ["Kern ehem. Adler", "Stein"]) == ["Adler", ""]


def test_f2_a_plain_ascii_letter_is_no_variant_of_an_accented_one() -> None:
    train: Train = [(["Ramon"], "Ramón"), (["Andre"], "André"), (["Lucia"], "Lucía")]
    for cand in _family(chartables, train):
        assert cand.description != "char_variants"  # was: o->ó, e->é, i->í on every vowel ("Bono" -> "Bónó")
    # two accented letters of one base stay a variant (the Hungarian double acute)
    acc: Train = [(["Szõlõ"], "Szőlő"), (["Õr"], "Őr"), (["kõ"], "kő")]
    found = [c for c in _family(chartables, acc) if c.description == "char_variants"]
    assert found and _run(found[0], ["Bõr", "Kati"]) == ["Bőr", "Kati"]


def test_f3_an_identifier_is_the_first_run_of_its_length_that_holds_a_digit() -> None:
    train: Train = [(["https://x.example/r/Qw4Er7Ty?s=2"], "Qw4Er7Ty"), (["key=Zx9Cv2Bn&hl=fr"], "Zx9Cv2Bn"),
                    (["/doc/Hj3Kl8Mn/edit"], "Hj3Kl8Mn")]
    found = _family(idtokens, train)
    assert found
    got = _run(found[0], ["https://x.example/yourpage/Pq1Rs2Tu", "/feedback/Ab5Cd6Ef/x", "/settings/view"])
    assert got == ["Pq1Rs2Tu", "Ab5Cd6Ef", None]


def test_f4_a_key_at_the_start_of_the_value_is_read() -> None:
    train: Train = [(["uid=ola,OU=Ops,DC=fjord,DC=example,DC=org"], "fjord.example.org"),
                    (["OU=HR,DC=lake,DC=net"], "lake.net"), (["CN=q,DC=p,DC=r,DC=s"], "p.r.s")]
    found = _family(keyedall, train)
    assert found
    assert _run(found[0], ["DC=fjord,DC=org", "XDC=a,DC=b", "OU=x"]) == ["fjord.org", "b", None]


def test_f5_a_decimal_number_is_refused_by_number_slots() -> None:
    train: Train = [(["8 Uhr"], "08:00"), (["16 Uhr 45"], "16:45"), (["6Uhr10"], "06:10")]
    found = _family(numslots, train)
    assert found
    assert _run(found[0], ["7.5 Uhr", "7,25 Uhr", "11 Uhr 5"]) == [None, None, "11:05"]
    # an example that writes dotted numbers reads them as numbers (a date)
    dated: Train = [(["01.02.2024 9"], "2024-02-01 09:00"), (["15.03.2023 14 30"], "2023-03-15 14:30"),
                    (["28.11.2022 7 05"], "2022-11-28 07:05")]
    got = _family(numslots, dated)
    assert got and _run(got[0], ["02.03.2021 8"]) == ["2021-03-02 08:00"]


def test_f6_an_unspaced_honorific_cut_before_a_combining_mark_is_refused() -> None:
    train: Train = [(["นาย สมศักดิ์ ใจงาม"], "สมศักดิ์ ใจงาม"), (["นางสาวกัลยา ทองดี"], "กัลยา ทองดี"),
                    (["นางมาลี ศรีสุข"], "มาลี ศรีสุข")]
    found = [c for c in _family(deletions, train) if c.description == "delete_literal"]
    assert found
    # นาย + ี (U+0E35, a vowel sign) is a word of its own; นายสมชาย is the honorific joined to the name
    assert _run(found[0], ["นายีน ดีงาม", "นายสมชาย ดีงาม", "นาง"]) == [None, "สมชาย ดีงาม", None]


def test_f7_joiners_and_visible_format_signs_are_kept() -> None:
    train: Train = [(["Stra\u00adße"], "Straße"), (["\u200fPreis"], "Preis"), (["Kunde\ufeff"], "Kunde")]
    found = [c for c in _family(chartables, train) if c.description == "invisible_deleted"]
    assert found
    rows = ["خانه\u200cها", "\U0001F469\u200d\U0001F4BB", "\u0601\u0661\u0662", "Ab\u200bc"]
    assert _run(found[0], rows) == [*rows[:3], "Abc"]
    # ZWNJ deleted by an example: deleted
    zw: Train = [(["a\u200cb"], "ab"), (["\u200bx"], "x"), (["y"], "y")]
    found = [c for c in _family(chartables, zw) if c.description == "invisible_deleted"]
    assert found and _run(found[0], ["c\u200cd\u200de"]) == ["cd\u200de"]


def test_f8_the_lookup_searches_start_within_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search after the first starts before the budget is spent and is given no more than is left of it;
    none starts once the first search has timed out (was: two more searches of a quarter each, whatever was spent)."""
    mod = importlib.import_module("core.mapping.synth.synthesize")
    real, calls = mod._synthesize, []

    def spy(*args: object, **kw: object) -> object:
        calls.append((time.perf_counter(), kw["budget_ms"]))
        res = real(*args, **kw)
        calls[-1] += (res.timed_out,)
        return res
    monkeypatch.setattr(mod, "_synthesize", spy)
    train: Train = [(["p" * 3000 + " QR 7"], "Qatar x"), (["q" * 3000 + " KQ 3"], "Kenya y"),
                    (["r" * 2000 + " TK 5"], "Turkish z")]
    budget = 300
    synthesize(train, ["c0"], S, budget_ms=budget)
    t0 = calls[0][0]
    for start, given, _ in calls[1:]:
        assert calls[0][2] is False
        assert (start - t0) * 1000 + given <= budget * 1.25 + 5


def test_f8_elapsed_includes_the_folded_search() -> None:
    train: Train = [(["QR \u221270"], "Qatar 71x"), (["KQ 31"], "Kenya 6"), (["TK \u22125"], "Turkish 44"),
                    (["EK 9"], "Emir 2q")]
    t0 = time.perf_counter()
    res = synthesize(train, ["c0"], S, budget_ms=400)
    wall = (time.perf_counter() - t0) * 1000
    assert wall - res.elapsed_ms < 60  # was: the folded search left out (about 290 of 450 ms reported)


def test_l1_a_keyword_in_another_case_is_no_value_without_keyword() -> None:
    train: Train = [(["Brandl verh. Koch"], "Koch"), (["Eder"], ""), (["Pichler verh. Moser"], "Moser")]
    found = _family(keywords, train)
    assert found and _run(found[0], ["Wolf Verh. Egger", "Gruber VERH. Berger", "Huber"]) == [None, None, ""]


def test_l4_a_digit_group_refuses_letters() -> None:
    train: Train = [(["3141592653589"], "314.1592.6535.89"), (["314 2718 2818 28"], "314.2718.2818.28"),
                    (["314-1414-2135-62"], "314.1414.2135.62")]
    found = _family(regroup, train)
    assert found and _run(found[0], ["314.WXYZ.2818.28", "314 1732 0508 07"]) == [None, "314.1732.0508.07"]


def test_l5_a_key_with_an_empty_value_is_refused() -> None:
    train: Train = [(["n=4;lbl=alpha;m=2;lbl=beta"], "alpha|beta"), (["lbl=gamma"], "gamma"),
                    (["LBL=p;lbl=q;lbl=r"], "p|q|r")]
    found = _family(keyedall, train)
    assert found and _run(found[0], ["lbl=;lbl=x", "lbl=y;lbl=", "lbl=u;lbl=v"]) == [None, None, "u|v"]


def test_l6_a_bracket_of_another_kind_is_no_value_without_bracket() -> None:
    train: Train = [(["北 健二（キタ ケンジ）"], "キタ ケンジ"), (["池田 (イケダ)"], "イケダ"), (["岡 真"], "")]
    found = _family(brackets, train)
    assert found and _run(found[0], ["小林 【コバヤシ】", "石井 「イシイ」", "原 亮"]) == [None, None, ""]


def test_l3_a_looked_up_value_of_several_lines_is_refused() -> None:
    got = _held([(["OS 88"], "Austrian 88"), (["SK 12"], "Scandinavian 12"), (["AY 7"], "Finnair 7")],
                [["OS 5\nrow two"], ["SK 40"]])
    assert got == [None, "Scandinavian 40"]  # was "Austrian" (the rest after the line break lost)
