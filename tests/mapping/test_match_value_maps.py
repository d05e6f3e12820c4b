"""Value maps without a word list: allowed values named by letters (core.mapping.value_codes) and value maps read off
joined rows (core.mapping.value_pairs, core.mapping.value_map_strategy)."""

from __future__ import annotations

import random

import numpy as np

from core.mapping.match import match_columns
from core.mapping.side import MatchColumn, with_cells
from core.mapping.synth_bridge import propose_value_map
from core.mapping.target import ColumnConstraints, TargetColumn
from core.mapping.value_codes import code_of_name, in_order, names_by_letters, words_abbreviated, words_within
from core.mapping.value_evidence import enum_coverage
from core.mapping.value_map_strategy import learned_value_map
from core.mapping.value_pairs import (
    informative,
    join_rows,
    learned_map,
    relation_matrix,
    relation_strength,
    spelled_as_one,
)
from core.vocab.catalog_loader import load_domain_catalog
from dsl.execute import run_sample

# made-up words of no language: what a value map in a language no list knows looks like to the matcher
COLOURS = {"zorvak": "red", "zorv.": "red", "tiplen": "white", "amruh": "amber"}
SHIFTS = {"kelo": "morning", "mavu": "evening"}


def _c(name: str, values: list[str], table: str = "s", logical: str = "string", **kw: object) -> MatchColumn:
    return MatchColumn(table=table, name=name, original_name=name, logical_type=logical,
                       values=[v for v in values if v], **kw)  # type: ignore[arg-type]


def _side(cols: dict[str, list[str]], table: str, **kw: object) -> list[MatchColumn]:
    out = [_c(k, v, table, **kw) for k, v in cols.items()]
    n = len(next(iter(cols.values())))
    with_cells(out, [{k: v[r] for k, v in cols.items()} for r in range(n)])
    return out


# ---- letters ----------------------------------------------------------------------------------------------

def test_words_inside_and_word_by_word_abbreviations() -> None:
    assert words_within("tax invoice", "invoice") and words_within("harvesteri mootmine", "harvester")
    assert words_within("sklad no2 podolsk", "podolsk") and words_within("brakes front", "brakes")
    assert not words_within("invoice", "invoice")  # equal: the exact rule's
    assert not words_within("main street", "in")  # short allowed words must be whole words
    assert not words_within("tax invoice", "credit note")
    assert words_abbreviated("cr note", "credit note") and not words_abbreviated("cr", "credit note")
    assert not words_abbreviated("red note", "credit note")


def test_codes_read_from_names() -> None:
    assert code_of_name("kandy blend house", "kbh") and code_of_name("lanka kettle co", "lkc")
    assert code_of_name("lotus produce brokers pvt ltd", "lpb")  # the initials begin with the code
    assert code_of_name("qc cubao", "cbo") and code_of_name("quiapo manila", "qpo")  # letters of one word in order
    assert code_of_name("lahore", "lhr") and code_of_name("sheikhupura", "skp")  # a source code, an allowed name
    assert not code_of_name("island brokers", "itb") and not code_of_name("jaro", "ilo")
    assert not code_of_name("kandy blend house", "kb")  # two letters occur in order in most words
    assert not in_order("cbo", "abcdo") and not in_order("abc", "abc")  # first letter first; longer than the code
    assert not in_order("abc", "a" + "x" * 20 + "bc")  # a long word holds any letters in order
    assert names_by_letters("kandy blend house", ["kbh", "lkc", "cht"]) == ["kbh"]


def test_codes_name_allowed_values_as_value_evidence_and_map() -> None:
    names = ["Kandy Blend House", "Kandy Blend Hse", "Lanka Kettle Co.", "Ceylon Highland Traders Ltd"] * 5
    allowed = ["KBH", "LKC", "CHT", "SLE"]
    assert enum_coverage(names, allowed) == 1.0
    assert enum_coverage(["Tempel", "Hafen", "Markt"] * 5, allowed) == 0.0  # no code in those letters
    vm = propose_value_map(["QC - Cubao", "Quiapo, Manila", "Davao - Bajada", "Jaro"], ["QPO", "CBO", "DVO", "ILO"])
    assert vm.mapping == {"QC - Cubao": "CBO", "Quiapo, Manila": "QPO", "Davao - Bajada": "DVO"}
    assert vm.unmatched == ["Jaro"]


def test_branch_names_find_their_code_target_with_silent_headers() -> None:
    rnd = random.Random(3)
    branches = [rnd.choice(["QC - Cubao", "Quiapo, Manila", "Davao - Bajada", "Cubao"]) for _ in range(60)]
    kinds = [rnd.choice(["ginto", "pilak", "relo", "alahas"]) for _ in range(60)]
    src = [_c("xqv_1", kinds), _c("xqv_2", branches)]
    dst = [_c("branch_code", ["DVO", "CBO", "DVO"], table="t", allowed=["QPO", "CBO", "DVO"]),
           _c("item_kind", ["RING", "WATCH", "RING"], table="t", allowed=["RING", "WATCH", "CHAIN", "BAR"])]
    rep = match_columns(src, dst, None, mode="data_mode")
    top = rep.ranking("branch_code").candidates[0]
    assert top.sources == ["xqv_2"] and (top.evidence.values or 0) >= 0.9


# ---- joined rows --------------------------------------------------------------------------------------------

def _joined_tables(n: int = 80, overlap: int = 12, seed: int = 5) -> tuple[list[MatchColumn], list[MatchColumn]]:
    """A source of made-up words and a target table holding ``overlap`` of its records (a partial earlier load):
    colour is a value map of ``q3``; ``q4`` (a finer category that implies the colour) and ``q5`` (noise) are
    look-alikes of as few distinct values."""
    rnd = random.Random(seed)
    spell = list(COLOURS)
    finer = {"zorvak": ["ba", "be"], "zorv.": ["ba", "be"], "tiplen": ["bi", "bo"], "amruh": ["bu"]}
    q3 = [rnd.choice(spell) for _ in range(n)]
    src = {"q1": [f"L-{1000 + r}" for r in range(n)], "q3": q3,
           "q4": [rnd.choice(finer[v]) for v in q3], "q5": [rnd.choice(["ka", "ke", "ki"]) for _ in range(n)]}
    rows = rnd.sample(range(n), overlap)
    dst = {"lot_no": [f"l-{1000 + r}" for r in rows], "colour": [COLOURS[q3[r]] for r in rows]}
    return _side(src, "s", sampled=True), _side(dst, "t", sampled=True)


def test_join_found_by_values() -> None:
    src, dst = _joined_tables()
    joined = join_rows(src, dst)
    assert len(joined) == 12
    assert all(src[0].cells[s].casefold() == dst[0].cells[t].casefold() for t, s in joined)  # type: ignore[index]
    # examples of other records (the golden sets' kind) join nothing
    other = _side({"lot_no": ["L-9001", "L-9002", "L-9003", "L-9004", "L-9005"],
                   "colour": ["red", "white", "red", "amber", "white"]}, "t")
    assert join_rows(src, other) == []


def test_functional_relation_strength() -> None:
    xs = ["a", "a", "b", "b", "c", "c", "a", "b"]
    ys = ["r", "r", "w", "w", "m", "m", "r", "w"]
    assert relation_strength(xs, ys) == 1.0
    assert relation_strength(["a", "b", "c", "d", "e", "f", "g", "h"], ys) is None  # a row's own value: no category
    assert relation_strength(["a", "b", "a", "b", "a", "b", "a", "b"], ys) == 0.0  # does not determine the target
    assert relation_strength(xs, ["r"] * 8) is None  # one target value says nothing
    spellings = ["a", "a.", "b", "b", "c", "c", "a", "b"] * 2  # two spellings of one category
    finer = ["a1", "a2", "b1", "b2", "c1", "c1", "a2", "b1"] * 2  # a finer category implying the target
    assert relation_strength(spellings, ys * 2) == 1.0  # spellings of one word are one value
    assert 0 < (relation_strength(finer, ys * 2) or 0) < 0.9


def test_joined_rows_pick_the_value_map_source() -> None:
    src, dst = _joined_tables()
    m = relation_matrix(src, dst)
    row = m[1]
    assert np.nanargmax(row) == 1 and row[1] >= 0.8  # q3: the colour's spellings
    assert np.isnan(row[0]) and row[3] == 0.0  # the key is no category; noise does not determine the colour
    assert row[2] < row[1]  # the finer category explains less of itself
    rep = match_columns(src, dst, None, mode="data_mode")
    assert rep.ranking("colour").candidates[0].sources == ["q3"]


def test_learned_map_keeps_repeated_consistent_values() -> None:
    mapping, unmatched = learned_map([("kelo", "morning"), ("kelo", "morning"), ("mavu", "evening"),
                                      ("mavu", "evening"), ("rito", "morning"), ("zaza", "evening"),
                                      ("zaza", "morning"), (None, "morning")])
    assert mapping == {"kelo": "morning", "mavu": "evening"}
    assert unmatched == ["rito", "zaza"]  # seen once (may be a person's datum); two target values


def _target(name: str, domain: str | None = None, **cons: object) -> TargetColumn:
    return TargetColumn(name=name, original_name=name, position=1, logical_type="string",  # type: ignore[arg-type]
                        physical_type="string", domain=domain, constraints=ColumnConstraints(**cons))  # type: ignore[arg-type]


def test_learned_value_map_strategy_runs_and_lists_unmatched() -> None:
    catalog = load_domain_catalog()
    values = ["kelo", "mavu", "kelo ", "mavu", "AM", "sabo"] * 3
    src = _c("nerem", values)
    pairs: list[tuple[list[str | None], str | None]] = [
        (["kelo"], "M"), (["kelo"], "M"), (["mavu"], "E"), (["mavu"], "E")]
    target = _target("shift", allowed_values=["M", "E"])
    [p] = learned_value_map(target, src, pairs, catalog)
    assert p.strategy == "value_map" and p.value_map_unmatched == ["AM", "sabo"]
    assert p.pipeline is not None
    out = [r.actual["shift"] for r in run_sample(p.pipeline, [{"nerem": v} for v in
                                                             ["kelo", " mavu", "sabo", None]], None, 0.03).rows]
    assert out == ["M", "E", None, None]
    # a personal source gets no learned map (it would be written into the stored plan in clear)
    assert learned_value_map(target, _c("fn", values, domain="person.first_name"), pairs, catalog) == []
    assert learned_value_map(target, src, [], catalog) == []


def test_letters_refuse_wrong_and_opposite_values() -> None:
    """Review F4: values that name one allowed value by letters are ambiguous; a qualified word is not the word."""
    def mapped(values: list[str], allowed: list[str]) -> dict[str, str]:
        return propose_value_map(values, allowed).mapping

    assert mapped(["Manila", "Muntinlupa", "Makati", "Mandaluyong"], ["MNL", "MKT"]) == {"Makati": "MKT"}
    assert mapped(["Not Paid", "Partially Paid", "Paid"], ["PAID", "PENDING"]) == {"Paid": "PAID"}
    assert mapped(["Non Smoker", "Smoker"], ["SMOKER", "UNKNOWN"]) == {"Smoker": "SMOKER"}
    assert mapped(["Proforma Invoice", "Cancelled Invoice", "Tax Invoice"], ["INVOICE", "CREDIT_NOTE"]) == {}
    assert mapped(["Network", "New"], ["NEW", "USED"]) == {"New": "NEW"}
    assert not in_order("new", "network")  # a vowel read from inside a word is its beginning, not its code
    assert mapped(["Tax Invoice", "Credit Memo"], ["INVOICE", "CREDIT_NOTE"]) == {"Tax Invoice": "INVOICE"}
    assert enum_coverage(["Not Paid", "Partially Paid", "Unpaid"] * 5, ["PAID", "PENDING"]) == 0.0
    assert enum_coverage(["Muntinlupa", "Mandaluyong", "Marikina", "Malabon"] * 5, ["MNL", "MKT", "MLB", "MRK"]) == 0.5
    # kept: one value per code, and spellings of one name
    assert mapped(["Cubao", "Kandy Blend House"], ["CBO", "KBH"]) == {"Cubao": "CBO", "Kandy Blend House": "KBH"}
    assert mapped(["QC - Cubao", "Cubao", "Quiapo"], ["CBO", "QPO"]) == {"QC - Cubao": "CBO", "Cubao": "CBO",
                                                                        "Quiapo": "QPO"}


def test_row_numbers_are_no_join_key() -> None:
    """Review F5: examples of other records numbered 1..8 join no source row number; the real feed keeps its
    value evidence."""
    assert not informative([str(i) for i in range(1, 9)]) and informative([str(i) for i in range(1001, 1009)])
    assert informative(["3", "17", "42", "88"]) and informative(["L-1", "L-2", "L-3", "L-4"])
    rnd = random.Random(7)
    colour = [rnd.choice(["red", "white", "amber"]) for _ in range(60)]
    grade = [rnd.choice(["A", "B", "C"]) for _ in range(60)]
    src = _side({"q1": [str(i + 1) for i in range(60)], "q2": colour, "q3": grade}, "s")
    dst = _side({"line_no": [str(i + 1) for i in range(8)],
                 "colour": ["red", "white", "red", "amber", "white", "amber", "red", "white"]}, "t")
    assert join_rows(src, dst) == []
    top = match_columns(src, dst, None, mode="data_mode").ranking("colour").candidates[0]
    assert top.sources == ["q2"] and (top.evidence.values or 0) >= 0.9


def test_short_categories_are_not_merged_into_longer_ones() -> None:
    """Review F6: ``in`` is not ``inactive``, ``no`` not ``north``; a dotted abbreviation is still its word."""
    assert spelled_as_one(["in", "inactive", "in"]) == ["in", "inactive", "in"]
    assert len(set(spelled_as_one(["no", "north", "so", "south"]))) == 4
    assert spelled_as_one(["zorv.", "zorvak"]) == ["zorvak", "zorvak"]
    xs, ys = ["in", "inactive"] * 4, ["Y", "N"] * 4
    assert relation_strength(xs, ys) == 1.0


def test_relations_are_judged_for_top_candidates_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Review F7: with many categorical columns, only each target's top shape candidates are judged."""
    import core.mapping.value_pairs as vp

    rnd = random.Random(2)
    n, m = 200, 24
    src = {"id": [f"K{i}" for i in range(n)]} | {f"s{j}": [f"v{rnd.randrange(20)}" for _ in range(n)]
                                                 for j in range(m)}
    dst = {"id": [f"K{i}" for i in range(n)]} | {f"t{j}": [f"w{rnd.randrange(20)}" for _ in range(n)]
                                                 for j in range(m)}
    calls: list[int] = []
    real = vp.relation_strength
    monkeypatch.setattr(vp, "relation_strength", lambda xs, ys: calls.append(1) or real(xs, ys))
    match_columns(_side(src, "s", sampled=True), _side(dst, "t", sampled=True), None, mode="data_mode")
    assert 0 < len(calls) <= m * vp.TOP_K < m * m
