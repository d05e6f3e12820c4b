"""Evidence that needs no curated vocabulary: abbreviations by spelling, compact value shapes,
allowed-value coverage; and the leave-one-pair-out eval of the matcher's numbers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from adapters.sources import open_source
from core.mapping.eval_loo import leave_one_out, load_pairs
from core.mapping.features import magnitude
from core.mapping.headers import abbreviates, soft_dice
from core.mapping.match import DEFAULT_PARAMS, MatchParams, match_columns
from core.mapping.side import MatchColumn
from core.mapping.value_evidence import compact_matrix, compact_shape, enum_coverage


@pytest.mark.parametrize(("short", "long", "want"), [
    ("qty", "quantity", True), ("amt", "amount", True), ("desc", "description", True), ("cust", "customer", True),
    ("dims", "dimensions", True), ("pu", "purchase", False), ("nam", "number", False), ("city", "city", False),
    ("qty", "city", False), ("ab1", "ab12", False),
])
def test_abbreviation_by_spelling(short: str, long: str, want: bool) -> None:
    assert abbreviates(short, long) is want


def test_soft_dice_is_dice_without_abbreviations_and_credits_them() -> None:
    rows = [frozenset({"customer", "number"}), frozenset({"qty"}), frozenset({"zip"})]
    cols = [frozenset({"customer", "id"}), frozenset({"quantity"})]
    m = soft_dice(rows, cols)
    assert m[0, 0] == pytest.approx(2 * 1 / 4)  # plain Dice: one shared token of 2 + 2
    assert m[1, 1] == pytest.approx(0.8)  # qty abbreviates quantity: 0.8 on each side / 2 tokens
    assert m[2].max() == 0.0 and m[1, 0] == 0.0


def _vcol(name: str, values: list[str] | None, allowed: list[str] | None = None) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type="string", values=values,
                       allowed=allowed)


def test_compact_shape_ignores_formatting() -> None:
    assert compact_shape("NL91 ABNA 0417 1643 00") == compact_shape("NL91ABNA0417164300")
    assert compact_shape("030 1234567")[0] == compact_shape("+49301234567")[0] == "9"


def test_compact_matrix_meets_phones_not_dates() -> None:
    phones = _vcol("tel", [f"030 {1234500 + i}" for i in range(30)])
    dates = _vcol("when", [f"{10 + i % 18}.03.2024" for i in range(30)])
    words = _vcol("note", ["call back", "late", "ok"] * 10)
    target = _vcol("phone", [f"+4930{1234500 + i}" for i in range(5)])
    m = compact_matrix([phones, dates, words], [target])
    assert m[0, 0] >= 0.5  # 10 vs 11 digits: close
    assert m[0, 1] < 0.2  # 8 digits: a date, not a phone
    assert m[0, 2] == 0.0  # text without digits is not judged


def test_enum_coverage_names_allowed_values_by_spelling() -> None:
    allowed = ["free", "pro", "enterprise"]
    assert enum_coverage(["free", "Pro", "ent", "ent"], allowed) == 1.0  # folded and prefix
    assert enum_coverage(["light", "dark", "system"], allowed) == 0.0
    assert enum_coverage([f"user{i}" for i in range(80)], allowed) is None  # not categorical
    assert enum_coverage(["Deutschland", "Frankreich", "Österreich"], ["DE", "FR", "AT"]) == 1.0  # lexicon


def test_enum_target_prefers_the_source_naming_its_values() -> None:
    theme = _vcol("theme", ["light", "dark", "system"] * 20)
    plan = _vcol("plan", ["free", "pro", "ent"] * 20)
    tier = _vcol("tier", ["pro", "free"], allowed=["free", "pro", "enterprise"])
    r = match_columns([theme, plan], [tier], None, mode="data_mode")
    ranked = r.ranking("tier").candidates
    assert ranked[0].sources == ["plan"] and ranked[0].evidence.values == 1.0
    assert ranked[1].evidence.values is not None and ranked[1].evidence.values < 1.0


def test_magnitude_ignores_zeros() -> None:
    assert magnitude(["0.30", "0.00", "0.00"]) == pytest.approx(np.log10(0.3))
    assert magnitude(["0", "0.00"]) is None


def test_params_change_scores_and_defaults_do_not() -> None:
    src = [_vcol("cust_no", None), _vcol("email", None)]
    dst = [_vcol("customer_number", None)]
    a = match_columns(src, dst, None)
    b = match_columns(src, dst, None, params=DEFAULT_PARAMS)
    c = match_columns(src, dst, None, params=MatchParams(weights={"domain": 0.4, "header": 0.1, "values": 0.2,
                                                                  "type": 0.9}))
    top = [r.ranking("customer_number").candidates[0].score for r in (a, b, c)]
    assert top[0] == top[1] and top[2] != top[0]


def _pair(root: Path, name: str, src_cols: dict[str, list[str]], tgt: list[dict[str, object]],
          corr: list[dict[str, object]]) -> None:
    d = root / name
    d.mkdir()
    rows = zip(*src_cols.values(), strict=True)
    (d / "source.csv").write_text(",".join(src_cols) + "\n" + "\n".join(",".join(r) for r in rows) + "\n",
                                  encoding="utf-8")
    (d / "target.yaml").write_text(yaml.safe_dump({"table": name, "columns": tgt}), encoding="utf-8")
    (d / "labels.yaml").write_text(yaml.safe_dump({"pair": name, "correspondences": corr}), encoding="utf-8")


def test_leave_one_out_scores_each_pair_with_parameters_chosen_on_the_others(tmp_path: Path, domain_catalog) -> None:  # type: ignore[no-untyped-def]
    _pair(tmp_path, "a", {"E-Mail": [f"u{i}@example.com" for i in range(20)], "Qty": [str(i) for i in range(20)]},
          [{"name": "email", "type": "string"}, {"name": "quantity", "type": "int"}],
          [{"target": "email", "sources": ["E-Mail"]}, {"target": "quantity", "sources": ["Qty"]}])
    _pair(tmp_path, "b", {"Mail": [f"x{i}@example.org" for i in range(20)], "Notiz": ["ok"] * 20},
          [{"name": "email_address", "type": "string"}, {"name": "fax", "type": "string"}],
          [{"target": "email_address", "sources": ["Mail"]}, {"target": "fax", "sources": []}])
    pairs = load_pairs(tmp_path, mode="metadata_only", opener=open_source, domain_catalog=domain_catalog)
    grid = [DEFAULT_PARAMS, MatchParams(min_score=0.05, weak_score=0.01)]
    rep = leave_one_out(pairs, mode="metadata_only", domain_catalog=domain_catalog, grid=grid)
    assert rep.grid_size == 2 and set(rep.held_out) == {"a", "b"} and rep.shipped.labels == 4
    # the held-out figure of each pair is one of the grid's figures on that pair
    for h in rep.held_out.values():
        assert 0.0 <= h["top1"] <= 1.0 and h["params"]["min_score"] in (0.55, 0.05)
    assert rep.in_sample_best.top1 >= rep.shipped.top1


def test_header_floor_lends_a_silent_header_weight_to_the_values() -> None:
    from core.mapping.match import combine

    comp = {"domain": np.array([[np.nan, np.nan]]), "header": np.array([[0.15, 0.0]]),
            "values": np.array([[0.2, 0.45]]), "type": np.array([[1.0, 1.0]])}
    w = {"domain": 0.4, "header": 0.4, "values": 0.2, "type": 0.08}
    fixed, floor = combine(comp, w), combine(comp, w, header_floor=0.3)
    assert fixed[0, 0] > fixed[0, 1]  # a noise-level header outweighs the values
    assert floor[0, 1] > floor[0, 0]  # moved to the values, the matching values lead
    comp["header"] = np.array([[0.8, 0.0]])  # a header that says something keeps its weight
    assert np.allclose(combine(comp, w), combine(comp, w, header_floor=0.3))


def test_compounds_meet_their_split_spelling_and_same_names_beat_a_header_only_domain_guess() -> None:
    from core.mapping.headers import with_compounds

    assert "kundennr" in with_compounds("Kunden Nr", frozenset({"kunden", "nr"}))
    # metadata_only: the source's domain is a guess from its header; the very name of the target wins
    src = [MatchColumn(table="t", name="customer_since", original_name="Customer Since", logical_type="string",
                       domain="id.customer_id", domain_candidates={"id.customer_id": 0.9}),
           MatchColumn(table="t", name="last_purchase", original_name="Last Purchase", logical_type="string",
                       domain="datetime.date", domain_candidates={"datetime.date": 0.9})]
    dst = [MatchColumn(table="t", name="customer_since", original_name="customer_since", logical_type="date",
                       domain="datetime.date", domain_candidates={"datetime.date": 1.0})]
    top = match_columns(src, dst, None).ranking("customer_since").candidates[0]
    assert top.sources == ["customer_since"] and top.evidence.domain is None


def test_header_floor_reorders_but_does_not_make_a_silent_pair_assignable() -> None:
    src = [_vcol("xq", ["rot", "blau", "gelb"] * 10)]
    dst = [_vcol("color", ["red", "blue"])]
    r = match_columns(src, dst, None, mode="data_mode")
    top = r.ranking("color").candidates[0]
    assert top.sources == ["xq"] and top.score > 0.55  # the values lead the row
    assert r.unmatched_targets == ["color"]  # but on fixed weights the pair is too weak to assign


def test_enum_coverage_of_cyrillic_letters_outside_the_transliteration_table_ends() -> None:
    """Mongolian ``ө``/``ү`` stay in the romanized text: naming them must try the Latin spelling once, not recurse
    without end (a RecursionError on a Mongolian source before)."""
    values = ["Өвөрхангай", "Төв", "Сүхбаатар", "Өвөрхангай", "Төв", "Сүхбаатар"] * 5
    assert enum_coverage(values, ["North", "South", "East", "West"]) == 0.0
    assert enum_coverage(["Κορωνέικη", "Κορωνέικη", "Μανάκι", "Μανάκι"] * 5, ["koroneiki", "manaki"]) == 1.0


def test_a_composite_source_is_not_read_whole_for_its_part(domain_catalog) -> None:  # type: ignore[no-untyped-def]
    """A full-name column is no last-name column: where the domains say the target is a part of the source's
    value, the part is taken out (decompose), whatever the mode's weights make of the atomic pair."""
    def col(n: str, d: str) -> MatchColumn:
        return MatchColumn(table="t", name=n, original_name=n, logical_type="string", domain=d, domain_score=1.0,
                           domain_candidates={d: 1.0})

    src = [col("customer_name", "person.full_name"), col("mail", "contact.email")]
    dst = [col("vorname", "person.first_name"), col("nachname", "person.last_name"), col("email", "contact.email")]
    for mode in ("metadata_only", "data_mode"):
        got = {a.target: a.kind for a in match_columns(src, dst, domain_catalog, mode=mode).assignment}
        assert got == {"vorname": "decompose", "nachname": "decompose", "email": "atomic"}
