"""Fixtures of the synthesis tests: the server connections the backend differentials run programs on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.dsl.mysql_harness import connect


@pytest.fixture(scope="module")
def pg() -> Iterator[Any]:
    """An autocommit PostgreSQL connection to the test database."""
    psycopg = pytest.importorskip("psycopg")
    conn = psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    """A MariaDB connection to the test database."""
    yield from connect()
