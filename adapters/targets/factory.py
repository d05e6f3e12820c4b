"""The target adapter for a URL: MariaDB/MySQL, else the SQL target with ELT support."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from adapters.targets.elt_target import EltSqlTarget
from adapters.targets.mariadb_elt import MariaDbEltTarget
from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.sql_target import SqlTarget


def open_target(url: str) -> SqlTarget:
    """``MariaDbEltTarget`` for ``mysql``/``mariadb`` URLs, ``EltSqlTarget`` (DuckDB, PostgreSQL, SQLite) otherwise
    (both run ELT when the source table is in the target's database)."""
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        backend = ""
    if backend in MariaDbTarget.BACKENDS:
        return MariaDbEltTarget(url)
    return EltSqlTarget(url)
