"""Ctrl-C at an `--interactive` question of the example: no Dagster run is running then. The line used to say
"stopped between two Dagster runs" while the README promised it names the interrupted Dagster run; it now says that no
Dagster run was stopped, and still names the command that continues (exit 130)."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest

import orchestration.example as example
from orchestration.example import example_contract


def _asks(*_: Any, ask: Any, **__: Any) -> Any:
    """The example's driver reaching a held gate and asking the person at the terminal."""
    ask("Confirm the mapping of email? [y/N]", "n")
    raise AssertionError("the question was answered")


def _ctrl_c(_: str = "") -> str:
    raise KeyboardInterrupt


def test_ctrl_c_at_an_interactive_question_says_no_dagster_run_was_stopped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(example, "run_example", _asks)
    monkeypatch.setattr(builtins, "input", _ctrl_c)
    assert example.main(["--interactive"]) == 130
    line = capsys.readouterr().err.strip()
    run_id = example_contract().run_id
    assert line.startswith(f"interrupted: mapping run {run_id}: stopped outside any Dagster step (at a question")
    assert "so no Dagster run was stopped" in line and "recorded as failed" not in line
    assert line.endswith(f"To continue: run the same command again (or `mapwright run advance {run_id}`)")
