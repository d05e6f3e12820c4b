"""A stream's close failure is reported only when that stream held the run lease, and says which step failed
(``lease_release_failed`` otherwise claimed a lease and a marker that were not the stream's)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from adapters.targets.adbc_pg import adbc_uri
from adapters.targets.pg_stream import PgStagingStream
from adapters.targets.sql_target import SqlTarget, stage_name
from tests.migration.conftest import POSTGRES, make_spec, new_run_id


def _cut(killer: sa.Engine, stream: PgStagingStream) -> None:
    """Terminate the stream's session while a transaction of it is open (as a cut mid-work leaves it)."""
    pid = stream._s.execute(sa.select(sa.func.pg_backend_pid()))[0][0]
    with killer.begin() as c:
        c.execute(sa.select(sa.func.pg_terminate_backend(pid)))


@pytest.mark.postgres
def test_a_stream_without_the_lease_reports_no_close_failure_and_one_with_it_names_the_step(
        pg_target_url: str) -> None:
    target, killer = SqlTarget(pg_target_url), sa.create_engine(POSTGRES)
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        target.prepare(spec)
        holder = target.open_stream(spec)
        assert holder is not None
        other = PgStagingStream(adbc_uri(target._url), target.location, spec.run_id,
                                target._table(stage_name(spec), spec.columns, None, chunk=True), target._ckpt,
                                target._streams)
        assert other.acquire() is False
        _cut(killer, other)
        other.close(set())
        assert other.close_failure is None  # nothing of the lease or the marker was its own
        _cut(killer, holder)
        holder.close(set())
        assert holder.close_failure is not None and " failed: " in holder.close_failure
        notices = target.take_notices()
        assert len(notices) == 1 and holder.close_failure in notices[0].message
    finally:
        target.dispose()
        killer.dispose()
