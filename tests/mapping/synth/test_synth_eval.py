"""The synth eval: solved share on held rows, per category (on this folder's own task file)."""

from __future__ import annotations

from pathlib import Path

from core.mapping.synth_eval import eval_task, format_report, percentile, run_synth_eval

OWN = Path(__file__).parent / "tasks_own.jsonl"


def test_own_tasks_regression() -> None:
    rep = run_synth_eval(OWN, budget_ms=1000)
    assert rep.tasks == 37 and rep.solved_share >= 0.85, format_report(rep, errors=True)
    assert set(rep.per_category) >= {"dates", "names", "numbers", "phone"}
    assert "target >= 75%" in format_report(rep)


def test_a_wrong_generalization_is_not_solved() -> None:
    task = {"id": "t", "category": "c", "inputs": ["a"],
            "train": [{"in": ["a1"], "out": "1"}, {"in": ["b2"], "out": "2"}, {"in": ["c3"], "out": "3"}],
            "test": [{"in": ["d4"], "out": "4"}, {"in": ["e5"], "out": "five"}]}
    r = eval_task(task)
    assert r.train_fit and not r.solved and r.test_correct == 1 and r.test_total == 2


def test_contradictory_train_rows_are_reported() -> None:
    task = {"id": "t", "category": "c", "inputs": ["a"],
            "train": [{"in": ["a"], "out": "1"}, {"in": ["a"], "out": "2"}], "test": [{"in": ["a"], "out": "1"}]}
    r = eval_task(task)
    assert not r.solved and r.error == "DETERMINISTIC_FAILURE"


def test_percentile() -> None:
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0
    assert percentile(list(map(float, range(1, 101))), 95) == 95.0
    assert percentile([], 95) == 0.0
