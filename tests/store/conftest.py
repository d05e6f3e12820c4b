"""Metadata-store fixtures: the same tests run on SQLite (file, WAL) and PostgreSQL (own schema)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adapters.metadata_store import MetadataStore, open_store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(
    request: pytest.FixtureRequest, tmp_path: Path, unique_name: Callable[[str], str], postgres_url: str
) -> Iterator[MetadataStore]:
    """A fresh, empty metadata store on each backend; the Postgres schema is dropped afterwards."""
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'store.db'}")
        yield s
        s.close()
    else:
        s = open_store(postgres_url, schema=unique_name("mw_store"))
        try:
            yield s
        finally:
            s.drop_schema()
            s.close()
