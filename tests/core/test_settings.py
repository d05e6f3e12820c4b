"""One settings model: every MAPWRIGHT_* variable typed, read when asked (not at import time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from core import paths
from core.providers.context import RouterConfig
from core.settings import Settings, get_settings, shipped_assets_config


def test_from_env_reads_every_variable(tmp_path: Path) -> None:
    s = Settings.from_env({"MAPWRIGHT_HOME": str(tmp_path), "MAPWRIGHT_DB_URL": "sqlite:///x.db",
                           "MAPWRIGHT_VECTOR_BACKEND": "pgvector", "MAPWRIGHT_VECTOR_URL": "postgresql://v",
                           "MAPWRIGHT_CACHE_URL": "redis://c", "MAPWRIGHT_RULES_ONLY": "yes"})
    assert s.home == tmp_path and s.landing_dir == tmp_path / "landing" and s.db_url == "sqlite:///x.db"
    assert (s.vector_backend, s.vector_url, s.cache_url, s.rules_only) == ("pgvector", "postgresql://v", "redis://c",
                                                                            True)
    assert s.assets_config == shipped_assets_config() and (s.assets_config / "domains").is_dir()
    empty = Settings.from_env({"MAPWRIGHT_HOME": str(tmp_path)})
    assert (empty.db_url, empty.cache_url, empty.rules_only, empty.vector_backend) == (None, None, False, "hnswlib")


def test_bad_values_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        Settings.from_env({"MAPWRIGHT_HOME": str(tmp_path), "MAPWRIGHT_VECTOR_BACKEND": "faiss"})


def test_read_when_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("MAPWRIGHT_ASSETS_CONFIG", str(tmp_path / "cfg"))
    monkeypatch.setenv("MAPWRIGHT_RULES_ONLY", "1")
    assert get_settings().home == tmp_path / "h" and paths.var_dir() == tmp_path / "h" and (tmp_path / "h").is_dir()
    assert paths.ASSETS_CONFIG == tmp_path / "cfg" == paths.assets_config_dir()
    assert RouterConfig().rules_only is True
    monkeypatch.setenv("MAPWRIGHT_RULES_ONLY", "0")
    assert RouterConfig().rules_only is False
