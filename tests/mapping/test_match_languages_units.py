"""Evidence added for pairs the matcher was not tuned on: the cross-language header glossary, dates read
through their formats, a source domain as sure as its assignment, and value + unit column composes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.mapping.features import domain_agreement, parse_number
from core.mapping.glossary import Glossary, glossary
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.unit_groups import governed, unit_domain, unit_sets
from core.mapping.value_kinds import is_temporal, kind_matrix
from core.vocab.models import DomainCatalog


def _col(name: str, domain: str | None = None, values: list[str] | None = None, typ: str = "string",
         score: float = 0.0, position: int = 0) -> MatchColumn:
    return MatchColumn(table="t", name=name.lower(), original_name=name, logical_type=typ, domain=domain,
                       domain_score=score, domain_candidates={domain: score} if domain else {}, values=values,
                       position=position)


@pytest.mark.parametrize(("header", "want"), [
    ("Partenza", {"departure"}), ("Kaufpreis", {"price"}), ("Grundstück", {"plot"}), ("Data egzaminu", {"date"}),
    ("Horas Extras", {"hours", "overtime"}), ("LAENG", {"length"}), ("Bestellnummer", {"number"}),
    ("price_eur", {"price"}), ("BRGEW", set()), ("handle", set()),
])
def test_glossary_translates_words_compounds_and_truncations(header: str, want: set[str]) -> None:
    assert set(glossary().of(header)) == want


def test_a_spelling_of_too_many_meanings_stands_for_none(tmp_path: Path) -> None:
    f = tmp_path / "g.tsv"
    f.write_text("# test\nalpha\tfoo;bar\nbeta\tfoo;baz\ngamma\tfoo\ndelta\tbar\n", encoding="utf-8")
    g = Glossary(f)
    assert g.of("foo") == frozenset()  # three meanings: too ambiguous
    assert g.of("bar") == frozenset({"alpha", "delta"}) and g.of("baz") == frozenset({"beta"})


def test_a_translated_header_beats_a_same_domain_neighbour() -> None:
    src = [_col("Arrivo", "datetime.date", ["12.03.2024", "01.04.2024"], score=0.87),
           _col("Partenza", "datetime.date", ["15.03.2024", "05.04.2024"], score=0.87)]
    dst = [_col("arrival_date", "datetime.date", ["2024-02-01"]),
           _col("departure_date", "datetime.date", ["2024-02-03"])]
    got = {a.target: a.sources for a in match_columns(src, dst, None, mode="data_mode").assignment}
    assert got == {"arrival_date": ["arrivo"], "departure_date": ["partenza"]}


@pytest.mark.parametrize(("value", "want"), [
    ("2024-03-14", True), ("14.03.2024", True), ("14MAR24 0935", True), ("12 kwietnia 2023", True),
    ("1985年4月12日", True), ("20240314", True), ("Jan 14, 2021", True), ("6/5/2020 6:36 AM", True),
    ("3 März 2020", True), ("12", False), ("1234.56", False), ("12 Main St", False), ("20241399", False),
    ("2 adulti + 1 bambino", False),
])
def test_dates_in_many_formats_read_as_dates(value: str, want: bool) -> None:
    assert is_temporal(value) is want


def test_dates_agree_across_formats_and_disagree_with_numbers() -> None:
    src = [_col("std", values=["14MAR24 0935", "02APR24 1710"]), _col("amount", values=["1334000.0", "98000.0"])]
    dst = [_col("departure_at", values=["2024-03-14T09:35:00"]), _col("price", values=["11042024", "12345678"])]
    agree, disagree = kind_matrix(src, dst)
    assert agree[0, 0] and not agree[0, 1] and disagree[0, 1] and not disagree[1, 1]
    assert parse_number("11.04.2024") is None and parse_number("1.234,56 €") == pytest.approx(1234.56)
    assert parse_number("1.234.567,89 €") == pytest.approx(1234567.89)
    assert parse_number("1 234,56") == pytest.approx(1234.56)


def test_a_source_domain_agrees_as_far_as_its_assignment_is_sure() -> None:
    sure, unsure = _col("a", "qty.count", score=0.95), _col("b", "qty.count", score=0.6)
    dst = _col("rooms", "qty.count", score=1.0)
    assert domain_agreement(sure, dst, {}) == 1.0
    assert domain_agreement(unsure, dst, {}) == pytest.approx(0.6 / 0.85)


def test_value_and_unit_columns_compose(domain_catalog: DomainCatalog) -> None:
    units = unit_sets(domain_catalog)
    assert unit_domain(["G", "KG", "g", "LB"], units) == "qty.mass" and unit_domain(["MM", "CM"], units) == "qty.length"
    assert unit_domain(["DE", "FR"], units) is None
    src = [_col("MAKTX", values=["Akku-Bohrschrauber 18V", "Schraube M6x20"]),
           _col("BRGEW", values=["1751.000", "332.000"], typ="decimal"),
           _col("NTGEW", values=["1580.000", "278.000"], typ="decimal"),
           _col("GEWEI", values=["G", "KG"]),
           _col("LAENG", values=["265.000", "11.200"], typ="decimal"),
           _col("BREIT", values=["81.000", "8.300"], typ="decimal"),
           _col("MEABM", values=["MM", "CM"])]
    assert governed(src, 3) == [2, 1] and governed(src, 6) == [5, 4]
    dst = [_col("description", "text.product_name"), _col("gross_weight_kg", "qty.mass", ["1.75"], typ="decimal"),
           _col("width_mm", "qty.length", ["81.0"], typ="decimal")]
    r = match_columns(src, dst, domain_catalog, mode="data_mode")
    got = {a.target: (sorted(a.sources), a.kind) for a in r.assignment}
    top = r.ranking("gross_weight_kg").candidates[0]  # ranked first (too weak to assign on two rows)
    assert top.kind == "compose" and sorted(top.sources) == ["brgew", "gewei"]
    assert got["width_mm"] == (["breit", "meabm"], "compose")
    # without values there is no unit column: no unit compose
    blind = match_columns([_col(c.original_name, typ=c.logical_type) for c in src], dst, domain_catalog)
    assert all(a.kind != "compose" for a in blind.assignment)
    assert np.isfinite([c.score for t in r.targets for c in t.candidates]).all()


def test_a_value_and_unit_compose_converts_each_row_by_its_unit() -> None:
    from core.mapping.target import ColumnConstraints, TargetColumn
    from core.mapping.unit_strategy import unit_compose
    from dsl.execute import run_sample

    def target(name: str, typ: str) -> TargetColumn:
        return TargetColumn(name=name, original_name=name, logical_type=typ, physical_type=typ, position=0,
                            constraints=ColumnConstraints())

    v, u = _col("BRGEW"), _col("GEWEI")
    p = unit_compose(target("gross_weight_kg", "decimal"), v, u)[0].pipeline
    assert p is not None
    rows = [{"brgew": "1751.000", "gewei": "G"}, {"brgew": "2.5", "gewei": "kg"}, {"brgew": "10", "gewei": "LB"},
            {"brgew": "3", "gewei": "XX"}]
    assert [r.actual["gross_weight_kg"] for r in run_sample(p, rows, None, 0.03).rows] == [1.751, 2.5, 4.535924, None]
    q = unit_compose(target("volume_ml", "int"), _col("VOLUM"), _col("VOLEH"))[0].pipeline
    assert q is not None
    got = run_sample(q, [{"volum": "0.39", "voleh": "L"}, {"volum": "12", "voleh": "CCM"}], None, 0.03).rows
    assert [r.actual["volume_ml"] for r in got] == [390, 12]
    assert unit_compose(target("brand", "decimal"), v, u) == []  # the target names no unit
