"""The synth eval: solved share on held rows, per category (on this folder's own task file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.mapping.synth_eval import DEFAULT_DIR as DEV
from core.mapping.synth_eval import eval_task, format_report, percentile, run_synth_eval

OWN = Path(__file__).parent / "tasks_own.jsonl"


def test_own_tasks_regression() -> None:
    rep = run_synth_eval(OWN, budget_ms=1000)
    assert rep.tasks == 37 and rep.solved_share >= 0.85, format_report(rep, errors=True)
    assert set(rep.per_category) >= {"dates", "names", "numbers", "phone"}
    assert "target >= 75%" in format_report(rep) and "unsolved: no program " in format_report(rep)


def test_a_wrong_generalization_is_not_solved() -> None:
    task = {"id": "t", "category": "c", "inputs": ["a"],
            "train": [{"in": ["a1"], "out": "1"}, {"in": ["b2"], "out": "2"}, {"in": ["c3"], "out": "3"}],
            "test": [{"in": ["d4"], "out": "4"}, {"in": ["e5"], "out": "five"}]}
    r = eval_task(task)
    assert r.train_fit and not r.solved and r.test_correct == 1 and r.test_total == 2
    assert r.outcome == "wrong"


def test_outcomes_tell_a_hold_from_a_wrong_value() -> None:
    # numbers in, arbitrary words out: no table of three numbers is proposed (no program, a hold); number
    # words were the example until DSL 1.6 added int_to_words, ordinals until DSL 1.5 added int_to_ordinal
    task = {"id": "t", "category": "c", "inputs": ["a"],
            "train": [{"in": ["5"], "out": "amber"}, {"in": ["31"], "out": "teal"}, {"in": ["2"], "out": "violet"}],
            "test": [{"in": ["3"], "out": "rose"}]}
    assert eval_task(task).outcome == "no_program"
    # the number after "#": right where there is one, null elsewhere (only null rows)
    task = {"id": "t", "category": "c", "inputs": ["a"],
            "train": [{"in": ["order #12"], "out": "12"}, {"in": ["#7 box"], "out": "7"},
                      {"in": ["a #300 b"], "out": "300"}],
            "test": [{"in": ["#45"], "out": "45"}, {"in": ["none"], "out": "0"}]}
    r = eval_task(task)
    assert r.outcome == "null_rows" and r.test_null == 1


def test_contradictory_train_rows_are_reported() -> None:
    task = {"id": "t", "category": "c", "inputs": ["a"],
            "train": [{"in": ["a"], "out": "1"}, {"in": ["a"], "out": "2"}], "test": [{"in": ["a"], "out": "1"}]}
    r = eval_task(task)
    assert not r.solved and r.error == "DETERMINISTIC_FAILURE"


def test_percentile() -> None:
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0
    assert percentile(list(map(float, range(1, 101))), 95) == 95.0
    assert percentile([], 95) == 0.0


@pytest.mark.slow
def test_dev_set_regression() -> None:
    """The dev set (tuned on: a regression guard, not a quality claim; see the blind figure)."""
    rep = run_synth_eval(DEV)
    assert rep.tasks >= 100 and rep.solved_share >= 0.80, format_report(rep, errors=True)


#: floors of the development sets (tuned on: regression guards, not quality claims), two tasks under the
#: session-9 figures so that a loaded machine does not fail them (a 5 s budget per task as well); dev_b6: two under
#: session 11's 36/60; dev_b7: two under session 12's 45/60 (its blind figures were 19 and 20/60); dev_b8: two under
#: its blind figures (30 and 30/60); dev_b9: two under session 14's 41/60 (its blind figures were 30 and 30/60);
#: dev_b10: two under session 15's 31/60 (its blind figures were 19 and 20/60)
FLOORS = {"dev": 240, "dev_b1": 52, "dev_b2": 54, "dev_h7": 27, "dev_b3": 45, "dev_b4": 45, "dev_b5": 44, "dev_b6": 34,
          "dev_b7": 43, "dev_b8": 28, "dev_b9": 39, "dev_b10": 29}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_set_floors(name: str) -> None:
    rep = run_synth_eval(DEV.parent / name, budget_ms=5000)
    assert rep.solved >= FLOORS[name], format_report(rep, errors=True)


def test_eval_synth_cli_on_one_folder() -> None:
    from click.testing import CliRunner

    from orchestration.cli import cli

    res = CliRunner().invoke(cli, ["eval", "--synth", "--synth-dir", str(OWN), "--errors"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith(f"synth eval {OWN}: solved ") and "target >= 75%" in res.output


def test_golden_sets_and_summary_line(tmp_path: Path) -> None:
    from core.mapping.synth_eval import golden_sets, summary_line

    for name in ("blind", "dev", "extra"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "tasks.jsonl").write_text(OWN.read_text(encoding="utf-8").splitlines()[0] + "\n")
    (tmp_path / "notes").mkdir()
    sets = golden_sets(tmp_path)
    assert list(sets) == ["dev", "blind", "extra"]
    rep = run_synth_eval(sets["blind"])
    line = summary_line("blind", rep)
    assert line.endswith("status=blind") and "tasks=1" in line and rep.results[0].id not in line
    assert summary_line("dev", rep).endswith("status=dev")
