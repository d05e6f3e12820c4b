"""The fix named by a TRANSIENT source error follows its cause (review F6): "start the database server or fix the host
and port" was given for every transient error, also a statement timeout or a full connection table, where the server
is plainly up."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from adapters.sources.sql_session import classify_db_error

LOC = "postgresql://db/x"


def _err(message: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception(message))


@pytest.mark.parametrize(("message", "fix", "not_fix"), [
    ("canceling statement due to statement timeout", "ran past the server's time limit", "start the database"),
    ("(1040, 'Too many connections')", "the server has no free connection", "start the database"),
    ("FATAL: sorry, too many clients already", "the server has no free connection", "start the database"),
    ("(1205, 'Lock wait timeout exceeded; try restarting transaction')", "a lock held by another session",
     "time limit"),
    ('connection to server at "127.0.0.1", port 1 failed: Connection refused', "start the database server",
     "retry later"),
    ("(2003, \"Can't connect to MySQL server on 'db' (111)\")", "fix the host and port", "lock"),
    ("server closed the connection unexpectedly", "the connection was lost", "start the database"),
])
def test_the_fix_follows_the_cause(message: str, fix: str, not_fix: str) -> None:
    err = classify_db_error(_err(message), LOC, "read customers from")
    assert err.code.value == "TRANSIENT_ERROR"
    assert err.message.startswith(f"cannot read customers from {LOC}: ")
    assert fix in err.message and not_fix not in err.message


def test_a_non_transient_error_gets_no_transient_fix() -> None:
    err = classify_db_error(_err('relation "nope" does not exist'), LOC, "read customers from")
    assert err.code.value == "DETERMINISTIC_FAILURE" and "retry" not in err.message
