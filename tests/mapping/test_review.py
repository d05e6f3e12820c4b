"""Guided review: questions ordered by impact; answers parsed into overrides."""

from __future__ import annotations

import pytest

from core.errors import DeterministicFailure
from core.mapping.plan import ColumnPlan, MappingPlan
from core.mapping.review import parse_answer, questions


def _col(target: str, decision: str, rows: int, conf: float) -> ColumnPlan:
    return ColumnPlan(target=target, target_type="string", decision=decision, rows_affected=rows,  # type: ignore[arg-type]
                      confidence=conf, reasons=[decision])


def test_questions_by_rows_affected_then_lowest_confidence() -> None:
    plan = MappingPlan(run_id="r", mode="data_mode", dialect="duckdb", target_catalog_hash="h", target_table="t",
                       columns=[_col("a", "accept", 500, 0.1), _col("b", "hold", 0, 0.2), _col("c", "fix", 40, 0.9),
                                _col("d", "fix", 40, 0.3), _col("e", "hold", 0, 0.1)])
    assert [q.target for q in questions(plan)] == ["d", "c", "e", "b"]


def test_answer_syntax() -> None:
    assert parse_answer("t", "source: a, b", "u").payload == {"sources": ["a", "b"]}
    assert parse_answer("t", "map:usa>US, u.k.>GB", "u").payload == {"mapping": {"usa": "US", "u.k.": "GB"}}
    ex = parse_answer("t", "examples:Ana|Lopez>Ana Lopez;Bo|Li>Bo Li", "u")
    assert ex.kind == "examples" and ex.payload["pairs"][1] == (["Bo", "Li"], "Bo Li")
    assert parse_answer("t", "empty", "u").kind == "leave_empty" and parse_answer("t", "accept", "u").kind == "accept"
    with pytest.raises(DeterministicFailure):
        parse_answer("t", "guess", "u")
    with pytest.raises(DeterministicFailure):
        parse_answer("t", "pipeline:{not json", "u")
