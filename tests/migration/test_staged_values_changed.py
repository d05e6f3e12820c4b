"""Staged values changed without any row being rewritten fail validation and nothing is promoted (issue 14).

The loaded side of the checksum is computed from the values staging holds at validation, so a change that keeps
every row's writer (``xmin``) and count -- a column dropped and added again, two columns swapped by renames after
the COPYs, or a BEFORE INSERT trigger rewriting rows inside the stream's own COPY -- is caught. (Session 12 tried a
proof from the staged rows' writers and count instead; it passed all three: README, "Session 12 speed".)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration.errors import ValidationFailed
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

pytestmark = pytest.mark.postgres


def _before_first(target: SqlTarget, name: str, before: Callable[[], None]) -> list[int]:
    """Run ``before`` once, just before the first call of ``target.<name>``; return the calls seen."""
    calls: list[int] = []
    original = getattr(target, name)

    def call(*a: Any, **k: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            before()
        return original(*a, **k)

    setattr(target, name, call)
    return calls


def _ddl(url: str, table: str, change: str) -> None:
    """Change staging's values by DDL only: no row is rewritten, every ``xmin`` and count stays."""
    eng = sa.create_engine(url)
    prep = eng.dialect.identifier_preparer
    t = prep.quote(table)
    try:
        with eng.begin() as conn:
            if change == "drop_add":  # every email becomes NULL
                conn.exec_driver_sql(f"ALTER TABLE {t} DROP COLUMN email")
                conn.exec_driver_sql(f"ALTER TABLE {t} ADD COLUMN email text")
            else:  # email and country_code swap values
                conn.exec_driver_sql(f"ALTER TABLE {t} RENAME COLUMN email TO mw_swap")
                conn.exec_driver_sql(f"ALTER TABLE {t} RENAME COLUMN country_code TO email")
                conn.exec_driver_sql(f"ALTER TABLE {t} RENAME COLUMN mw_swap TO country_code")
    finally:
        eng.dispose()


@pytest.mark.parametrize("hook", ["server_checksums", "staged_unchanged"])
@pytest.mark.parametrize("change", ["drop_add", "swap"])
def test_staged_columns_changed_by_ddl_fail_validation(pg_target_url: str, change: str, hook: str) -> None:
    """Before the server's sums (``server_checksums``) or after them, before validation trusts them
    (``staged_unchanged``)."""
    target = SqlTarget(pg_target_url)
    spec = make_spec(new_run_id(), batch_size=100)
    fired = _before_first(target, hook, lambda: _ddl(pg_target_url, stage_name(spec), change))
    try:
        with pytest.raises(ValidationFailed, match="checksum"):
            migrate(spec, example_source(), target, secret=b"ddl")
        assert fired, f"{hook} was called"
        assert not sa.inspect(target._engine).has_table(spec.table), "nothing was promoted"
    finally:
        target.dispose()


def test_a_before_insert_trigger_on_staging_fails_validation(pg_target_url: str) -> None:
    """A trigger changes the rows inside the stream's own COPY transactions (their ``xmin`` is the stream's)."""
    target = SqlTarget(pg_target_url)
    spec = make_spec(new_run_id(), batch_size=100)
    fn = f"mw_up_{spec.run_id.replace('-', '_')}"[:60]

    def install() -> None:
        with target._engine.begin() as conn:
            q = conn.dialect.identifier_preparer.quote
            conn.exec_driver_sql(f"CREATE FUNCTION {q(fn)}() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$ BEGIN NEW.email := upper(NEW.email); RETURN NEW; END $$")
            conn.exec_driver_sql(f"CREATE TRIGGER mw_up BEFORE INSERT ON {q(stage_name(spec))} "
                                 f"FOR EACH ROW EXECUTE FUNCTION {q(fn)}()")

    fired = _before_first(target, "open_stream", install)
    try:
        with pytest.raises(ValidationFailed, match="checksum"):
            migrate(spec, example_source(), target, secret=b"trigger")
        assert fired
        assert not sa.inspect(target._engine).has_table(spec.table), "nothing was promoted"
    finally:
        target.dispose()  # the function goes with the test's schema
