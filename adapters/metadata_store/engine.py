"""Engine construction for the metadata store: URL resolution, SQLite pragmas, Postgres schema.

* Default URL: ``$MAPWRIGHT_DB_URL``, else the SQLite file ``<var_dir()>/mapwright.db``.
* SQLite: WAL journal, ``busy_timeout`` 30 s, foreign keys on. pysqlite's implicit transaction
  handling is replaced by explicit ``BEGIN``; write transactions use ``BEGIN IMMEDIATE`` (see
  :data:`WRITE_OPTIONS`) so two writers never deadlock on a read->write lock upgrade, they queue
  on the busy timeout instead.
* PostgreSQL (``postgresql+psycopg://``): an optional schema — the ``schema`` argument or a
  ``schema=`` query parameter of the URL — becomes the connection's ``search_path``; the store
  creates it if missing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from core.errors import DeterministicFailure
from core.paths import var_dir
from core.settings import get_settings

ENV_URL = "MAPWRIGHT_DB_URL"
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: Connection execution options that make a SQLite transaction take the write lock up front.
WRITE_OPTIONS: dict[str, Any] = {"mapwright_begin": "IMMEDIATE"}
_SCHEMA_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def default_url() -> str:
    """``$MAPWRIGHT_DB_URL`` (through the settings model, read now) or the embedded SQLite file under ``var_dir()``."""
    url = get_settings().db_url
    if url:
        return url
    return f"sqlite:///{var_dir() / 'mapwright.db'}"


def resolve(url: str | None, schema: str | None) -> tuple[URL, str | None]:
    """Parse ``url`` (default: :func:`default_url`) and pull a ``schema`` query parameter out of it."""
    parsed = make_url(url or default_url())
    query_schema = parsed.query.get("schema")
    if query_schema is not None:
        parsed = parsed.difference_update_query(["schema"])
        if schema is None:
            schema = query_schema if isinstance(query_schema, str) else query_schema[0]
    if schema is not None:
        if parsed.get_backend_name() != "postgresql":
            raise DeterministicFailure(f"a schema is only supported on PostgreSQL, not {parsed.get_backend_name()}")
        if not _SCHEMA_RE.match(schema):
            raise DeterministicFailure(f"invalid schema name {schema!r}")
    return parsed, schema


def _sqlite_engine(url: URL) -> Engine:
    database = url.database
    memory = database in (None, "", ":memory:")
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = StaticPool
    else:
        Path(str(database)).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_begin(conn: Any) -> None:
    """Emit ``BEGIN DEFERRED`` or, for connections with :data:`WRITE_OPTIONS`, ``BEGIN IMMEDIATE``."""
    mode = conn.get_execution_options().get("mapwright_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def enable_write_transactions(engine: Engine) -> None:
    """Make :data:`WRITE_OPTIONS` take effect on an engine built elsewhere (idempotent).

    Engines from :func:`build_engine` already have it. On another SQLite engine (e.g. a plain
    ``create_engine("sqlite:///...")``) this installs the ``BEGIN`` listener, so write transactions
    start with ``BEGIN IMMEDIATE`` and queue on the busy timeout instead of failing at once with
    "database is locked" on the read->write lock upgrade. pysqlite does not begin a transaction of
    its own while one is open, so its default (legacy) transaction handling is compatible.
    Other dialects are left unchanged.
    """
    if engine.dialect.name == "sqlite" and not event.contains(engine, "begin", _sqlite_begin):
        event.listen(engine, "begin", _sqlite_begin)


def build_engine(url: URL, schema: str | None) -> Engine:
    """Create the SQLAlchemy engine for ``url`` with the store's per-dialect settings."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url)
    if backend == "postgresql":
        connect_args: dict[str, Any] = {}
        if schema:
            connect_args["options"] = f"-c search_path={schema}"
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    raise DeterministicFailure(f"unsupported metadata store backend {backend!r}; use sqlite or postgresql")
