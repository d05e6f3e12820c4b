"""Store opening: default URL, SQLite pragmas, PostgreSQL schema isolation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from adapters.metadata_store import open_store
from adapters.metadata_store.engine import default_url, resolve
from core.errors import DeterministicFailure


def test_default_url_uses_env_then_var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "h"
    monkeypatch.setenv("MAPWRIGHT_HOME", str(home))
    assert default_url() == f"sqlite:///{home / 'mapwright.db'}"
    store = open_store()
    try:
        assert (home / "mapwright.db").is_file()
    finally:
        store.close()
    monkeypatch.setenv("MAPWRIGHT_DB_URL", f"sqlite:///{tmp_path / 'env.db'}")
    assert default_url().endswith("env.db")


def test_sqlite_file_runs_in_wal_with_busy_timeout(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'sub' / 'm.db'}")
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        store.close()


def test_schema_from_url_query_and_validation() -> None:
    url, schema = resolve("postgresql+psycopg://u@h:5432/db?schema=abc_1", None)
    assert schema == "abc_1" and "schema" not in url.query
    assert resolve("postgresql+psycopg://u@h/db?schema=abc", "explicit")[1] == "explicit"
    with pytest.raises(DeterministicFailure, match="only supported on PostgreSQL"):
        resolve("sqlite:///x.db", "s")
    with pytest.raises(DeterministicFailure, match="invalid schema"):
        resolve("postgresql+psycopg://u@h/db", "bad;drop")
    with pytest.raises(DeterministicFailure, match="unsupported metadata store backend"):
        open_store("mysql+pymysql://root@127.0.0.1:3306/test")


@pytest.mark.postgres
def test_postgres_schemas_isolate_stores(postgres_url: str, unique_name: Callable[[str], str]) -> None:
    a = open_store(f"{postgres_url}?schema={unique_name('mw_iso')}")
    b = open_store(postgres_url, schema=unique_name("mw_iso"))
    try:
        a.save_prompt("a" * 64, "only in a")
        assert a.get_prompt("a" * 64) == "only in a" and b.get_prompt("a" * 64) is None
        with a.engine.connect() as conn:
            assert conn.execute(text("SELECT current_schema()")).scalar() == a.schema
    finally:
        for s in (a, b):
            s.drop_schema()
            s.close()
    with b.engine.connect() as conn:
        gone = conn.execute(text("SELECT count(*) FROM information_schema.schemata WHERE schema_name = :s"),
                            {"s": b.schema}).scalar()
    assert gone == 0
