"""CLI fixtures: a CliRunner whose metadata store is a temp SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from orchestration.cli import cli


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """MAPWRIGHT_DB_URL pointing at a fresh SQLite file."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", url)
    return url


@pytest.fixture
def mw(db_url: str) -> Callable[..., Result]:
    """``mw("run", "list")`` invokes the CLI in-process and returns click's Result."""
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, list(args), catch_exceptions=False)
