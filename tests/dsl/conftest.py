"""Fixtures for the DSL tests: a PostgreSQL connection (temp tables isolate each test)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="module")
def pg() -> Iterator[Any]:
    """Autocommit psycopg connection to the running PostgreSQL (UTC session)."""
    psycopg = pytest.importorskip("psycopg")
    conn = psycopg.connect(PG_URL, autocommit=True)
    conn.execute("SET TIME ZONE 'UTC'")
    yield conn
    conn.close()
