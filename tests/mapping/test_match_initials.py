"""Initials inside names as decompose candidates (core.mapping.initial_groups), in several scripts, with the DSL
strategy that takes them out."""

from __future__ import annotations

import random

import numpy as np

from core.mapping.initial_groups import initial_decomposes, initial_of, initial_proposals, is_initial
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.target import TargetColumn
from core.vocab.models import DomainCatalog
from dsl.execute import run_sample

_RNG = random.Random(14)
_FIRST = ["Jelle", "Aaltje", "Ruprecht", "Kenji", "Maria", "Pieter", "Sanne", "Lotte", "Bram", "Femke", "Daan", "Noor"]
_LAST = ["Bakker", "Dijkstra", "Jansen", "Visser", "Smit", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker"]


def _col(name: str, values: list[str] | None, typ: str = "string") -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=typ, values=values,
                       row_count=len(values) if values else None)


def _names(n: int) -> list[str]:
    out = []
    for _ in range(n):
        f, la = _RNG.choice(_FIRST), _RNG.choice(_LAST)
        out.append(f"{f} {_RNG.choice('ABCDEFGHJKLMNPRS')}. {la}" if _RNG.random() < 0.5 else f"{f} {la}")
    return out


def test_initials_in_any_script() -> None:
    assert all(is_initial(x) for x in ("K", "Б", "ரா", "कि", "K."))
    assert not any(is_initial(x) for x in ("Dr", "KIM", "7", ""))
    got = [initial_of(v) for v in ("NGUYEN PHILIPPA G", "Jelle K. Dijkstra", "П.Оюунчимэг", "Ганбаатар Б.",
                                   "தா.ராஜா", "KIM SANTIAGO", "A")]
    assert got == ["G", "K", "П", "Б", "தா", None, None]


def test_a_name_column_carrying_initials_feeds_an_initial_target(domain_catalog: DomainCatalog) -> None:
    """Headers no list reads: the initial target takes the names column as a decompose, the names' other
    columns stay atomic."""
    names = _names(60)
    src = [_col("c1", names), _col("c2", [str(_RNG.randint(18, 90)) for _ in names], typ="int")]
    dst = [_col("x_init", ["S", "K", "M"]), _col("x_age", ["33", "61", "45"], typ="int")]
    found = initial_decomposes(src, dst, np.zeros((2, 2)))
    assert list(found) == [0] and found[0][0] == 0
    rep = match_columns(src, dst, domain_catalog, mode="data_mode")
    got = {a.target: (a.sources, a.kind) for a in rep.assignment}
    assert got["x_init"] == (["c1"], "decompose")


def test_labels_with_a_letter_are_no_names() -> None:
    """``Zone A``: one label word beside a letter is a code, not a name with an initial."""
    zones = [f"Zone {_RNG.choice('ABCD')}" for _ in range(40)]
    assert initial_decomposes([_col("z", zones)], [_col("zone", ["A", "C"])], np.zeros((1, 1))) == {}


def test_the_strategy_takes_the_initial() -> None:
    vals = ["NGUYEN PHILIPPA G", "Jelle K. Dijkstra", "П.Оюунчимэг", "Ганбаатар Б.", "தா.ராஜா", "KIM SANTIAGO"]
    t = TargetColumn(name="middle_initial", original_name="middle_initial", position=0, logical_type="string",
                     physical_type="varchar")
    props = initial_proposals(t, _col("n", vals))
    assert len(props) == 1 and props[0].pipeline is not None and props[0].strategy == "decompose"
    res = run_sample(props[0].pipeline, [{"n": v} for v in vals], None, 0.05)
    assert [r.actual["middle_initial"] for r in res.rows] == ["G", "K", "П", "Б", "தா", None]


def test_one_letter_codes_are_no_initials(domain_catalog: DomainCatalog) -> None:
    """A names column's initials cover most letters; only a target that is a name's part takes one (review F3)."""
    names = _names(80)
    src = [_col("student", names), _col("points", [str(_RNG.randint(40, 100)) for _ in names], typ="int")]
    codes = {"grade": ["C", "B", "A", "B"], "shirt_size": ["S", "M", "L", "M"], "sex": ["M", "F", "F", "M"],
             "section": ["A", "B", "C", "D"]}
    dst = [_col(k, v) for k, v in codes.items()] + [_col("middle_initial", ["K", "M", "S"])]
    found = initial_decomposes(src, dst, np.zeros((len(dst), 2)), domain_catalog)
    assert list(found) == [len(codes)]
    rep = match_columns(src, dst, domain_catalog, mode="data_mode")
    kinds = {a.target: (a.sources, a.kind) for a in rep.assignment}
    for k in codes:
        assert kinds.get(k, ([], "none")) != (["student"], "decompose"), k
