"""MariaDB session locks (``GET_LOCK``) on a dedicated connection, with typed errors.

A session lock is not released by a commit (MariaDB commits before every DDL statement) and ends with its
session (a killed process's locks go with it): the chunk leases and the per-table promotion lock use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from adapters.targets.driver_errors import first_line, transient
from core.errors import MapwrightError
from core.migration.errors import TargetBusy, TargetUnavailable


class HeldLock:
    """A session lock held on its own connection: :meth:`verify` before a step that must run under it."""

    def __init__(self, conn: Connection, location: str, name: str) -> None:
        self.conn, self.location, self.name = conn, location, name

    def verify(self) -> None:
        """Raise :class:`TargetBusy` (transient) unless this session still holds the lock (``IS_USED_LOCK(name)
        = CONNECTION_ID()``): an idle cut or a ``KILL`` of the session released it, so another promotion may run."""
        try:
            held = self.conn.execute(sa.select(sa.func.is_used_lock(self.name) == sa.func.connection_id())).scalar()
        except DBAPIError as exc:
            held = None
            cause = first_line(exc)
        else:
            cause = "another session holds it now" if held is not None else "it was released"
        if not held:
            raise TargetBusy(self.location, f"the session lock {self.name} was lost ({cause}); nothing after the "
                                            "loss was written")


@contextmanager
def session_lock(engine: Engine, location: str, name: str, wait_s: int, *, session_timeout_s: int | None = None,
                 quiet_release: bool = False,
                 on_release_failure: Callable[[str], None] | None = None) -> Iterator[HeldLock | None]:
    """``GET_LOCK(name, wait_s)`` on a connection of its own (yields the held lock, or ``None`` when it was not
    acquired), released after.

    ``session_timeout_s`` sets the lock session's ``wait_timeout`` / ``net_read_timeout`` (an idle lock connection
    must not be ended by the server while the body works on other connections). A driver error taking or releasing
    it is typed (transient when it is, else :class:`TargetUnavailable`); a failing release never masks an error the
    body raised, and with ``quiet_release`` never fails a body that succeeded (the lock ends with the discarded
    session). ``on_release_failure`` (implies ``quiet_release``) is told why a release after a body that succeeded
    failed, so the caller can report it as a warning."""
    try:
        lock_conn = engine.connect()
    except DBAPIError as exc:
        raise lock_error(location, exc) from None
    with lock_conn as conn:
        try:
            if session_timeout_s is not None:
                conn.execute(sa.text("SET SESSION wait_timeout = :s, net_read_timeout = :s"),
                             {"s": int(session_timeout_s)})
            got = conn.execute(sa.select(sa.func.get_lock(name, wait_s))).scalar() == 1
        except DBAPIError as exc:
            raise lock_error(location, exc) from None
        if not got:
            yield None
            return
        try:
            yield HeldLock(conn, location, name)
        except BaseException:
            _release(conn, location, name, quiet=True)
            raise
        cause = _release(conn, location, name, quiet=quiet_release or on_release_failure is not None)
        if cause is not None and on_release_failure is not None:
            on_release_failure(cause)


def _release(conn: Connection, location: str, name: str, *, quiet: bool) -> str | None:
    """``RELEASE_LOCK(name)``; on failure the connection is discarded (its session, and the lock, end) and the
    cause returned when ``quiet``, else raised typed. None: released."""
    try:
        conn.execute(sa.select(sa.func.release_lock(name)))
    except SQLAlchemyError as exc:  # a DBAPIError, or a connection a failed statement already invalidated
        if not conn.invalidated:
            conn.invalidate()  # never back to the pool still holding the lock: its session ends instead
        if quiet:
            return first_line(exc) if isinstance(exc, DBAPIError) else "its connection was already invalidated"
        if isinstance(exc, DBAPIError):
            raise lock_error(location, exc) from None
        raise TargetUnavailable(location, f"the session lock {name} could not be released") from None
    return None


def lock_error(location: str, exc: DBAPIError) -> MapwrightError:
    """The typed error of a failed lock statement: transient when it is, else :class:`TargetUnavailable`."""
    return transient(location, exc) or TargetUnavailable(location, first_line(exc))
