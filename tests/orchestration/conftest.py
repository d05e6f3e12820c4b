"""Shared fixtures of the orchestration (CLI / Dagster UX) tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private metadata store, MAPWRIGHT_HOME and DAGSTER_HOME under ``tmp_path`` (a test file may define its own)."""
    monkeypatch.setenv("MAPWRIGHT_DB_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return tmp_path
