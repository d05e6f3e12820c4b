"""Read-only SQLAlchemy engines (second read-only guard) and connection-error classification.

The session itself refuses writes, whatever statement reaches it:

* PostgreSQL: ``default_transaction_read_only=on`` as a startup option and ``SET SESSION
  CHARACTERISTICS AS TRANSACTION READ ONLY`` on every new connection.
* MySQL/MariaDB: ``SET SESSION TRANSACTION READ ONLY`` on every new connection (every following
  transaction, implicit ones included, is read-only).
* SQLite: the file is opened with the ``mode=ro`` URI and ``PRAGMA query_only=ON``.

Every PostgreSQL and MySQL/MariaDB session runs in UTC, whatever the server's or user's default zone: a MariaDB
``TIMESTAMP`` is read as its UTC instant (naive, the DSL's convention) and a PostgreSQL ``timestamptz`` cast to text
or to a naive ``timestamp`` in a query gives its UTC form.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from core.error_text import safe_cause
from core.errors import DeterministicFailure, MapwrightError, TransientFailure
from core.failures import SourceCredentials
from core.source_url import redact_source_url, url_hosts

_CREDENTIALS = re.compile(
    r"password authentication failed|role \".*\" does not exist|access denied|no password supplied|"
    r"unknown database|database \".*\" does not exist|authentication failed|unable to open database file|"
    r"peer authentication failed|no pg_hba.conf entry",
    re.I,
)
_TRANSIENT = re.compile(r"connection refused|timed out|timeout|could not connect|can't connect|server closed|"
                        r"connection reset|lost connection|too many connections|too many clients|"
                        r"remaining connection slots|temporar", re.I)
#: (cause, fix) of a transient error, first match wins: the fix names what to do for that cause only (the server is
#: plainly up when a statement timed out or the connection limit was reached)
_TRANSIENT_FIXES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), f) for p, f in (
    (r"lock wait|lock timeout|lock not available|deadlock",
     "a lock held by another session blocked the statement: retry once that session's transaction ends"),
    (r"statement timeout|canceling statement|max_statement_time|query execution was interrupted",
     "the statement ran past the server's time limit: retry when the server is less busy, or raise the reading "
     "role's statement timeout"),
    (r"too many connections|too many clients|remaining connection slots",
     "the server has no free connection: retry later, or close idle sessions / raise its connection limit"),
    (r"connection refused|could not connect|can't connect|name resolution|could not translate host|"
     r"unknown (mysql |mariadb )?server host|no route to host|network is unreachable",
     "start the database server or fix the host and port in the source URL, then retry"),
    (r"server closed|connection reset|lost connection",
     "the connection was lost: retry; if it recurs, check the server's log and the network"),
    (r"timed out|timeout",
     "the server did not answer in time: check it is reachable and not overloaded, then retry"),
))


def transient_fix(message: str) -> str:
    """The fix for a transient database error, by its cause (a neutral "retry later" when none is recognised)."""
    return next((fix for pattern, fix in _TRANSIENT_FIXES if pattern.search(message)), "retry later")
_MYSQL_DETERMINISTIC = {1044, 1045, 1049, 1698}


def _md5(value: Any) -> str | None:
    return None if value is None else hashlib.md5(str(value).encode("utf-8")).hexdigest()  # noqa: S324


def safe_url(url: URL) -> str:
    """The URL with its password and secret query parameters hidden."""
    return redact_source_url(url)


def read_only_engine(location: str) -> Engine:
    """An Engine whose every connection is read-only at the database level."""
    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise DeterministicFailure(f"not a SQLAlchemy URL: {exc}", stage="INGEST") from None
    except ValueError:  # the only ValueError of make_url: a port that is not a number
        raise DeterministicFailure("not a SQLAlchemy URL: the port must be a number "
                                   "(driver://user:${PASSWORD_VAR}@host:5432/database)", stage="INGEST") from None
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if backend == "postgresql":
        kwargs["connect_args"] = {"options": "-c default_transaction_read_only=on", "connect_timeout": 10}
    elif backend in ("mysql", "mariadb"):
        kwargs["connect_args"] = {"connect_timeout": 10}
    elif backend == "sqlite":
        db = url.database or ""
        if not db or db == ":memory:":
            raise DeterministicFailure("a SQLite source must be a database file", stage="INGEST")
        url = url.set(database=f"file:{db}?mode=ro", query={"uri": "true"})
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise DeterministicFailure(f"unsupported SQL URL {safe_url(url)}: {exc}", stage="INGEST") from None

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_conn: Any, _record: Any) -> None:
        if backend == "sqlite":
            dbapi_conn.create_function("md5", 1, _md5, deterministic=True)
            dbapi_conn.execute("PRAGMA query_only=ON")
            return
        cur = dbapi_conn.cursor()
        try:
            if backend == "postgresql":
                cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                cur.execute("SET SESSION TIME ZONE 'UTC'")
            elif backend in ("mysql", "mariadb"):
                cur.execute("SET SESSION TRANSACTION READ ONLY")
                cur.execute("SET SESSION time_zone = '+00:00'")
        finally:
            cur.close()
        if backend == "postgresql":
            dbapi_conn.commit()

    return engine


def classify_db_error(exc: Exception, location: str, action: str) -> MapwrightError:
    """Wrong credentials/database -> DETERMINISTIC_FAILURE; unreachable server -> TRANSIENT_ERROR."""
    orig = getattr(exc, "orig", exc)
    code = orig.args[0] if getattr(orig, "args", None) and isinstance(orig.args[0], int) else None
    # values as their shape (a source's message may quote a row's value); the configured server host is kept
    text = safe_cause(orig, hosts=url_hosts(location))
    if code in _MYSQL_DETERMINISTIC or _CREDENTIALS.search(str(orig)):
        return SourceCredentials(location, action, text, stage="INGEST")
    if _TRANSIENT.search(str(orig)):
        return TransientFailure(f"cannot {action} {location}: {text}; {transient_fix(str(orig))}", stage="INGEST",
                                location=location)
    return DeterministicFailure(f"cannot {action} {location}: {text}", stage="INGEST", location=location)
