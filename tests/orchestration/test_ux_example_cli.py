"""`mapwright example` takes --answers like scripts/example.sh (it was "No such option: --answers")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from orchestration.cli import cli


def test_mapwright_example_reads_the_answers_file_it_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MAPWRIGHT_DB_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    missing = tmp_path / "gone.yaml"
    res = CliRunner().invoke(cli, ["example", "--answers", str(missing)])
    assert res.exit_code == 1, res.output
    assert f"example stopped [DETERMINISTIC_FAILURE]: answers file {missing} cannot be read" in res.stderr
