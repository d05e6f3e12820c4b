"""Fixtures for whole runs through a real Dagster instance (SQLite or dagster-postgres)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from adapters.metadata_store import MetadataStore, open_store
from orchestration.definitions import resources_for

PG_DSN = os.environ.get("MAPWRIGHT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite metadata store per test."""
    return f"sqlite:///{tmp_path / 'mapwright.db'}"


@pytest.fixture
def store(db_url: str) -> MetadataStore:
    """The opened metadata store behind ``db_url``."""
    return open_store(db_url)


@pytest.fixture
def resources(db_url: str) -> dict[str, object]:
    """Dagster resources pointing at the per-test store."""
    return resources_for(db_url)


@pytest.fixture
def instance(tmp_path: Path) -> Iterator[dg.DagsterInstance]:
    """A real, SQLite-backed Dagster instance in a temp DAGSTER_HOME."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    with dg.instance_for_test(temp_dir=str(home)) as inst:
        yield inst


@pytest.fixture
def pg_instance() -> Iterator[dg.DagsterInstance]:
    """A Dagster instance whose run, event-log and schedule storage is dagster-postgres on the
    running PostgreSQL (a fresh database, dropped afterwards)."""
    import psycopg

    name = f"dagster_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    overrides = {
        "storage": {
            "postgres": {
                "postgres_db": {
                    "scheme": "postgresql+psycopg2",
                    "hostname": "127.0.0.1",
                    "port": 5432,
                    "username": "postgres",
                    "password": "",
                    "db_name": name,
                }
            }
        }
    }
    try:
        with dg.instance_for_test(overrides=overrides) as inst:
            yield inst
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def ram_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A state folder on tmpfs when the machine has one (/dev/shm): whole runs through Dagster
    commit thousands of small SQLite transactions, each an fsync on a disk."""
    import shutil
    import tempfile

    base = "/dev/shm" if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK) else None
    root = Path(tempfile.mkdtemp(prefix="mapwright-e2e-", dir=base))
    monkeypatch.setenv("MAPWRIGHT_HOME", str(root / "home"))
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def run_db(ram_state: Path) -> str:
    """Metadata store URL inside :func:`ram_state`."""
    return f"sqlite:///{ram_state / 'mapwright.db'}"


@pytest.fixture
def run_store(run_db: str) -> MetadataStore:
    """The store behind :func:`run_db`."""
    return open_store(run_db)


@pytest.fixture
def run_instance(ram_state: Path) -> Iterator[dg.DagsterInstance]:
    """A real SQLite-backed Dagster instance inside :func:`ram_state`."""
    home = ram_state / "dagster_home"
    home.mkdir()
    with dg.instance_for_test(temp_dir=str(home)) as inst:
        yield inst
