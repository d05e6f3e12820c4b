"""Decompose strategies for solid CJK names and locators of short parts (core.mapping.part_strategies)."""

from __future__ import annotations

from core.mapping.part_strategies import cjk_name_split, locator_arity, locator_parts
from core.mapping.side import MatchColumn
from core.mapping.target import ColumnConstraints, TargetColumn
from dsl.compile_sql import to_sql
from dsl.execute import run_sample


def _src(values: list[str]) -> MatchColumn:
    return MatchColumn(table="t", name="v", original_name="v", logical_type="string", values=values)


def _target(name: str, t: str = "string", domain: str | None = None) -> TargetColumn:
    return TargetColumn(name=name, original_name=name, position=1, logical_type=t, physical_type=t,  # type: ignore[arg-type]
                        domain=domain, constraints=ColumnConstraints())


def _run(p: object, values: list[str | None], out: str) -> list[object]:
    return [r.actual[out] for r in run_sample(p, [{"v": v} for v in values], None, 0.0).rows]  # type: ignore[arg-type]


NAMES = ["김민준", "남궁 서준", "王伟", "王 伟", "Takumi Nakamura", "이서연"]


def test_solid_cjk_names_split_after_the_first_syllable() -> None:
    fam = cjk_name_split(_target("family_name"), _src(NAMES), family=True)
    giv = cjk_name_split(_target("given_name"), _src(NAMES), family=False)
    assert fam and giv and fam[0].pipeline is not None and giv[0].pipeline is not None
    assert _run(fam[0].pipeline, NAMES, "family_name") == ["김", "남궁", "王", "王", "Nakamura", "이"]
    assert _run(giv[0].pipeline, NAMES, "given_name") == ["민준", "서준", "伟", "伟", "Takumi", "서연"]
    assert "SELECT" in to_sql(fam[0].pipeline, "duckdb", "src")


def test_no_cjk_split_for_latin_names() -> None:
    assert cjk_name_split(_target("family_name"), _src(["Anna Berg", "Jan Novak"] * 5), family=True) == []


SEATS = ["Block B / Row 12 / Seat 7", "B-12-7", "Sektion C, Reihe 3, Platz 21", "GA", "Stehplatz", "D-4-30"]


def test_locator_parts_drop_label_words() -> None:
    assert locator_arity(SEATS) == 3 and locator_arity(["Anna Berg", "hello world"]) == 0
    targets = [_target("section"), _target("row_number", "int"), _target("seat_number", "int")]
    got = []
    for p, t in enumerate(targets):
        props = locator_parts(t, _src(SEATS))
        assert len(props) == 3 and props[p].pipeline is not None
        got.append(_run(props[p].pipeline, SEATS, t.name))
    assert got == [["B", "B", "C", None, None, "D"], [12, 12, 3, None, None, 4], [7, 7, 21, None, None, 30]]


def test_a_locator_is_a_decompose_candidate_when_two_targets_are_its_parts() -> None:
    from core.mapping.locator_groups import locator_decomposes

    def col(name: str, values: list[str], t: str = "string") -> MatchColumn:
        return MatchColumn(table="t", name=name, original_name=name, logical_type=t, values=values,
                           row_count=len(values))

    seats = [f"Block {s} / Row {r} / Seat {n}" if (r + n) % 2 else f"{s}-{r}-{n}"
             for s in "ABCDE" for r in range(1, 30, 3) for n in range(1, 40, 4)]
    times = [f"19:{m:02d}:{s:02d}" for m in range(60) for s in (5, 40)]
    src = [col("loc", seats), col("scan", times)]
    dst = [col("section", ["A", "C", "E"]), col("row_number", ["4", "13", "25"], "int"),
           col("guests", ["2", "3"], "int")]
    got = locator_decomposes(src, dst)
    assert got[0][0] == 0 and got[1][0] == 0 and got[0][1] >= 0.55
    assert locator_decomposes(src, dst[1:2]) == {}  # one small number alone is no evidence
