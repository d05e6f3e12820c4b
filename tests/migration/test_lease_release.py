"""A lease whose release fails after the work it guarded committed does not fail that work (core.migration.notices):
on MariaDB the chunk lease (a session lock) of a written and checkpointed chunk, on PostgreSQL the run lease the
stream holds (a session advisory lock; the chunk locks are transaction locks a commit releases). The lease ended
with its session, the failure is a warning and a ``migration.lease_release_failed`` ledger event, and the run
promotes every row."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.pg_stream import run_lock_keys
from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration.run import embedded_contract, migrate
from tests.migration.conftest import POSTGRES, example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

SECRET = b"lease-secret"
COLS = ["customer_id", "full_name", "email", "country_code"]


def _kill_lease_after_commit(target: MariaDbTarget, killer: sa.Engine, lease: str) -> list[int]:
    """When a connection of ``target`` goes back to the pool (after the chunk transaction committed) while the
    lease ``lease`` is held by another session, that session is killed (once): the lease's release then fails."""
    killed: list[int] = []

    @sa.event.listens_for(target._engine, "checkin")
    def _checkin(dbapi_conn: Any, _record: Any) -> None:
        if killed or dbapi_conn is None:
            return
        with killer.connect() as c:
            holder = c.execute(sa.select(sa.func.is_used_lock(lease))).scalar()
            if holder is not None and holder != dbapi_conn.thread_id():
                c.exec_driver_sql(f"KILL CONNECTION {int(holder)}")
                killed.append(int(holder))

    return killed


@pytest.mark.mariadb
def test_a_failed_lease_release_after_the_write_is_a_warning_not_a_failed_chunk(maria_url: str) -> None:
    target, killer = MariaDbTarget(maria_url), sa.create_engine(maria_url)
    try:
        src = example_source()
        spec = make_spec(new_run_id(), batch_size=250)
        killed = _kill_lease_after_commit(target, killer, f"mw:{spec.run_id}:0"[:64])
        ledger = MemoryLedger()
        run = migrate(spec, src, target, secret=SECRET, ledger=ledger)
        assert killed, "the lease's session was never killed: the test did not exercise a failed release"
        assert run.promoted and all(v.passed for v in run.validations)
        want, quarantined = expected_rows(src)
        got = [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]
        assert len(got) == len(set(got)) and set(got) == want and run.rows_quarantined == quarantined
        assert sorted(c.chunk_id for c in target.checkpoints(spec.run_id)) == list(range(run.chunks))
        events = ledger.events(embedded_contract(spec).run_id)
        (warning,) = [e for e in events if e.action == "migration.lease_release_failed"]
        assert warning.detail["chunk_id"] == 0 and str(warning.decision) == "accept"
        assert "written and checkpointed" in warning.detail["warning"]
        assert not [e for e in events if e.action == "migration.chunk" and str(e.decision) != "accept"]
        with killer.connect() as c:  # the lease ended with its session: nobody holds it
            assert c.execute(sa.select(sa.func.is_used_lock(f"mw:{spec.run_id}:0"[:64]))).scalar() is None
    finally:
        target.dispose()
        killer.dispose()


@pytest.mark.postgres
def test_a_stream_lease_cut_before_the_stream_closes_is_a_warning_not_a_failed_run(pg_target_url: str) -> None:
    target, killer = SqlTarget(pg_target_url), sa.create_engine(POSTGRES)
    try:
        src = example_source()
        spec = make_spec(new_run_id(), batch_size=250)
        k1, k2 = (k & 0xFFFFFFFF for k in run_lock_keys(spec.run_id))
        killed: list[int] = []

        def cut_the_stream_session(done: int, total: int, _rows: int) -> None:
            if done < total or killed:
                return
            with killer.begin() as c:  # the last chunk is checkpointed: end the session holding the run lease
                pids = c.execute(sa.text(
                    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = :a AND objid::bigint "
                    "= :b AND objsubid = 2 AND mode = 'ExclusiveLock' AND granted"), {"a": k1, "b": k2}).scalars().all()
                for pid in pids:
                    c.execute(sa.select(sa.func.pg_terminate_backend(pid)))
                killed.extend(pids)

        ledger = MemoryLedger()
        run = migrate(spec, src, target, secret=SECRET, ledger=ledger, progress=cut_the_stream_session)
        assert killed, "no session held the run lease: the run did not stream, or the test did not cut it"
        assert run.promoted and all(v.passed for v in run.validations)
        want, quarantined = expected_rows(src)
        got = [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]
        assert len(got) == len(set(got)) and set(got) == want and run.rows_quarantined == quarantined
        events = ledger.events(embedded_contract(spec).run_id)
        (warning,) = [e for e in events if e.action == "migration.lease_release_failed"]
        assert str(warning.decision) == "accept" and "checkpointed" in warning.detail["warning"]
        assert not [e for e in events if e.action.startswith("migration.") and str(e.decision) == "reject"]
        with killer.connect() as c:  # the lease ended with its session
            assert c.execute(sa.text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint "
                                     "= :a AND objid::bigint = :b"), {"a": k1, "b": k2}).scalar_one() == 0
    finally:
        target.dispose()
        killer.dispose()
