"""The one settings model of mapwright: every ``MAPWRIGHT_*`` environment variable and path.

Settings are read **when asked** (:func:`get_settings` reads the environment on each call), never at
import time, so a test or a process that sets a variable after importing mapwright is obeyed.
Secrets are not settings values shown anywhere: URLs that may hold a password are read by the
resource that opens the connection, at run time.

| variable | field | default |
|---|---|---|
| ``MAPWRIGHT_HOME`` | :attr:`Settings.home` | ``<checkout>/var`` in a source checkout, else ``~/.mapwright`` |
| ``MAPWRIGHT_ASSETS_CONFIG`` | :attr:`Settings.assets_config` | the ``assets_config`` shipped with the code |
| ``MAPWRIGHT_DB_URL`` | :attr:`Settings.db_url` | unset: embedded SQLite under ``home`` |
| ``MAPWRIGHT_LANDING_DIR`` | :attr:`Settings.landing_dir` | ``home/landing`` |
| ``MAPWRIGHT_VECTOR_BACKEND`` | :attr:`Settings.vector_backend` | ``hnswlib`` |
| ``MAPWRIGHT_VECTOR_URL`` | :attr:`Settings.vector_url` | unset (needed for ``pgvector``) |
| ``MAPWRIGHT_CACHE_URL`` | :attr:`Settings.cache_url` | unset: in-process cache |
| ``MAPWRIGHT_RULES_ONLY`` | :attr:`Settings.rules_only` | false (the ``rules_only`` kill switch) |
| ``MAPWRIGHT_TARGET_URL`` | :attr:`Settings.target_url` | unset: DuckDB file ``home/target.duckdb`` |
| ``MAPWRIGHT_MIGRATION_BATCH_SIZE`` | :attr:`Settings.migration_batch_size` | unset: the threshold profile's |
| ``MAPWRIGHT_SENSOR_INTERVAL_SECONDS`` | :attr:`Settings.sensor_interval_seconds` | 30 |
| ``MAPWRIGHT_MASK_SECRET`` | :attr:`Settings.mask_secret` | unset: a key file ``home/keys/mask.key`` |
| ``MAPWRIGHT_FAULT_KILL`` | (not a setting) | kill drills only (``core/migration/faults.py``) |
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: the folder holding the ``core`` package: the repository root in a checkout, site-packages in a wheel
CODE_ROOT = Path(__file__).resolve().parent.parent
PREFIX = "MAPWRIGHT_"


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def shipped_assets_config() -> Path:
    """The ``assets_config`` folder shipped with the code: beside the packages (checkout or wheel), else
    wherever the ``assets_config`` data package is importable from."""
    beside = CODE_ROOT / "assets_config"
    if beside.is_dir():
        return beside
    spec = importlib.util.find_spec("assets_config")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return beside


def default_home() -> Path:
    """``<checkout>/var`` when running from a source checkout, else ``~/.mapwright``."""
    if (CODE_ROOT / "pyproject.toml").is_file():
        return CODE_ROOT / "var"
    return Path.home() / ".mapwright"


class Settings(BaseModel):
    """Every setting of the process, typed and documented (see the module table for the variables)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    home: Path = Field(description="MAPWRIGHT_HOME: writable state (embedded metadata store, indexes, landing).")
    assets_config: Path = Field(description="MAPWRIGHT_ASSETS_CONFIG: catalogs, profiles, policy, registry, golden.")
    db_url: str | None = Field(default=None, description="MAPWRIGHT_DB_URL: SQLAlchemy URL of the metadata store.")
    landing_dir: Path = Field(description="MAPWRIGHT_LANDING_DIR: folder the landing-zone sensor watches.")
    vector_backend: Literal["hnswlib", "pgvector"] = Field(
        default="hnswlib", description="MAPWRIGHT_VECTOR_BACKEND: vector index of domain centroids.")
    vector_url: str | None = Field(default=None, description="MAPWRIGHT_VECTOR_URL: Postgres URL for pgvector.")
    cache_url: str | None = Field(default=None, description="MAPWRIGHT_CACHE_URL: redis:// URL of the cache.")
    rules_only: bool = Field(default=False, description="MAPWRIGHT_RULES_ONLY: no model call, rules only.")
    target_url: str | None = Field(default=None, description="MAPWRIGHT_TARGET_URL: SQLAlchemy URL of the "
                                   "migration target (a password only as ${ENV}).")
    migration_batch_size: str | None = Field(default=None, description="MAPWRIGHT_MIGRATION_BATCH_SIZE: rows "
                                             "per chunk, overriding the profile (validated by the reader).")
    sensor_interval_seconds: int = Field(default=30, ge=1, description="MAPWRIGHT_SENSOR_INTERVAL_SECONDS: "
                                         "minimum seconds between two evaluations of the sensors.")
    mask_secret: str | None = Field(default=None, repr=False, description="MAPWRIGHT_MASK_SECRET: the masking "
                                    "secret of keyed tokens (never stored; unset: a key file under home).")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``environ`` (default: the process environment, read now)."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(PREFIX + name)
            return value if value else None

        home = Path(get("HOME") or default_home())
        return cls(
            home=home,
            assets_config=Path(get("ASSETS_CONFIG") or shipped_assets_config()),
            db_url=get("DB_URL"),
            landing_dir=Path(get("LANDING_DIR") or home / "landing"),
            vector_backend=get("VECTOR_BACKEND") or "hnswlib",  # type: ignore[arg-type]
            vector_url=get("VECTOR_URL"),
            cache_url=get("CACHE_URL"),
            rules_only=_flag(get("RULES_ONLY")),
            target_url=get("TARGET_URL"),
            migration_batch_size=get("MIGRATION_BATCH_SIZE"),
            sensor_interval_seconds=max(1, int(get("SENSOR_INTERVAL_SECONDS") or 30)),
            mask_secret=get("MASK_SECRET"),
        )


def get_settings() -> Settings:
    """The current settings (read from the environment on every call; cheap)."""
    return Settings.from_env()
