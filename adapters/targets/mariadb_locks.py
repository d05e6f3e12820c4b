"""MariaDB session locks (``GET_LOCK``) on a dedicated connection, with typed errors.

A session lock is not released by a commit (MariaDB commits before every DDL statement) and ends with its
session (a killed process's locks go with it): the chunk leases and the per-table promotion lock use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from adapters.targets.driver_errors import first_line, transient
from core.errors import MapwrightError
from core.migration.errors import TargetUnavailable


@contextmanager
def session_lock(engine: Engine, location: str, name: str, wait_s: int) -> Iterator[bool]:
    """``GET_LOCK(name, wait_s)`` on a connection of its own (yields whether it was acquired), released after.

    A driver error taking or releasing it is typed (transient when it is, else :class:`TargetUnavailable`); a
    failing release never masks an error the body raised (the lock then ends with its discarded session)."""
    try:
        lock_conn = engine.connect()
    except DBAPIError as exc:
        raise lock_error(location, exc) from None
    with lock_conn as conn:
        try:
            got = conn.execute(sa.select(sa.func.get_lock(name, wait_s))).scalar() == 1
        except DBAPIError as exc:
            raise lock_error(location, exc) from None
        if not got:
            yield False
            return
        try:
            yield True
        except BaseException:
            _release(conn, location, name, quiet=True)
            raise
        _release(conn, location, name, quiet=False)


def _release(conn: Connection, location: str, name: str, *, quiet: bool) -> None:
    try:
        conn.execute(sa.select(sa.func.release_lock(name)))
    except DBAPIError as exc:
        conn.invalidate()  # never back to the pool still holding the lock: its session ends instead
        if not quiet:
            raise lock_error(location, exc) from None


def lock_error(location: str, exc: DBAPIError) -> MapwrightError:
    """The typed error of a failed lock statement: transient when it is, else :class:`TargetUnavailable`."""
    return transient(location, exc) or TargetUnavailable(location, first_line(exc))
