"""Driver errors of the SQL targets as the taxonomy's typed errors (never a raw driver exception to a caller).

One classifier for SQLAlchemy-wrapped and raw driver errors (DuckDB's Arrow reader raises ``duckdb.Error``
directly): a target that cannot be opened or reached (a missing directory, a file that is no database, a file
another process holds locked, a dropped connection) is :class:`TargetUnavailable`; a write-write conflict,
serialization failure or deadlock with a concurrent transaction is :class:`TargetBusy` (both transient); a
full disk is never either (the writers turn it into ``TargetOutOfSpace``). Anything else is left to the
caller: a refused write (``write_refused``) or a failed read (:class:`TargetReadFailed`). Every cause a typed
error carries is :func:`safe_cause` (values as their shape: the ledger and UI never see a personal value).
"""

from __future__ import annotations

from core.error_text import safe_cause
from core.errors import MapwrightError
from core.migration.errors import OUT_OF_SPACE, TargetBusy, TargetReadFailed, TargetUnavailable
from core.source_url import url_hosts

#: the file cannot be opened as a database, or another process holds it (DuckDB, SQLite), or the server is gone
UNAVAILABLE = ("could not set lock", "database is locked", "not a valid duckdb database", "file is not a database",
               "unable to open database file", "cannot open file", "is a directory", "could not read from file",
               "server closed the connection", "terminating connection", "connection refused",
               "could not connect", "connection is closed", "lost connection", "gone away")
#: a concurrent transaction won (DuckDB optimistic conflicts, PostgreSQL 40001/40P01/55P03, MariaDB 1213/1205)
CONFLICT = ("conflict on update", "conflict on tuple", "write-write conflict", "could not serialize",
            "deadlock", "lock wait timeout", "lock timeout", "could not obtain lock")
#: PostgreSQL SQLSTATEs of a lost race: serialization failure, deadlock, lock not available (lock_timeout, NOWAIT)
CONFLICT_STATES = ("40001", "40P01", "55P03")
#: hints appended to a lock's cause (what the person should do)
LOCK_HINT = " (another process holds the target file; retry when it is done)"


def raw_line(exc: BaseException) -> str:
    """The driver's first message line, raw: for classifying only, never put in an error or a record."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc) or type(exc).__name__
    return text.splitlines()[0]


#: the name the call sites used before the message was made safe (same function as :func:`safe_cause`)
first_line = safe_cause


def transient(location: str, exc: BaseException) -> MapwrightError | None:
    """:class:`TargetUnavailable` / :class:`TargetBusy` when ``exc`` is one (``None``: not transient)."""
    low = raw_line(exc).lower()
    if any(mark in low for mark in OUT_OF_SPACE):
        return None
    if getattr(exc, "connection_invalidated", False) or any(mark in low for mark in UNAVAILABLE):
        lock = "lock" in low and "deadlock" not in low
        return TargetUnavailable(location, safe_cause(exc, hosts=url_hosts(location)) + (LOCK_HINT if lock else ""))
    state = str(getattr(getattr(exc, "orig", None) or exc, "sqlstate", "") or "")
    if state in CONFLICT_STATES or any(mark in low for mark in CONFLICT):
        return TargetBusy(location, safe_cause(exc))
    return None


def read_error(location: str, what: str, exc: BaseException) -> MapwrightError:
    """The typed error of a failed read: transient when it is, else :class:`TargetReadFailed`."""
    return transient(location, exc) or TargetReadFailed(location, what, safe_cause(exc))
