"""A chunk lease whose release fails after the chunk was written does not fail the chunk (core.migration.notices):
the chunk is written and checkpointed, the lease (a MariaDB session lock) ended with its discarded session, and the
failure is a warning and a ``migration.lease_release_failed`` ledger event; the run promotes every row."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from core.inmemory import MemoryLedger
from core.migration.run import embedded_contract, migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

pytestmark = pytest.mark.mariadb
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
