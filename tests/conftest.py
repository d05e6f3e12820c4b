"""Shared, generic test fixtures. Area-specific fixtures live in tests/<area>/conftest.py."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MARIADB_URL = "mysql+pymysql://root@127.0.0.1:3306/test"
REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(autouse=True)
def _isolated_mapwright_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own MAPWRIGHT_HOME (var dir) and no inherited MAPWRIGHT_DB_URL."""
    home = tmp_path / "mapwright_home"
    monkeypatch.setenv("MAPWRIGHT_HOME", str(home))
    monkeypatch.delenv("MAPWRIGHT_DB_URL", raising=False)
    return home


@pytest.fixture
def unique_name() -> Callable[[str], str]:
    """``unique_name("mw")`` -> ``mw_<12 hex>``: collision-free schema/table/key prefixes."""
    return lambda prefix: f"{prefix}_{uuid.uuid4().hex[:12]}"


@pytest.fixture
def postgres_url() -> str:
    """URL of the running PostgreSQL test database."""
    return POSTGRES_URL
