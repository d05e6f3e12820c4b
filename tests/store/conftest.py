"""Metadata-store fixtures: the same tests run on SQLite (file, WAL) and PostgreSQL (own schema)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


def run_threads(n: int, target: Callable[[int], Any]) -> tuple[list[Any], list[BaseException]]:
    """Run ``target(i)`` for i in range(n) on n threads; return (results, errors) for the test to assert."""
    results: list[Any] = []
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            results.append(target(i))
        except BaseException as exc:  # noqa: BLE001 - collected and asserted by the caller
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results, errors
