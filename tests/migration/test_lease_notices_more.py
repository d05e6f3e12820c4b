"""Lease-release warnings the earlier work left out: a stale chunk's discard (its lease cut after the discard
committed) is on the ledger from the re-check itself, and the MariaDB promotion lock cut after the promotion
committed is a ``migration.lease_release_failed`` warning, not silence."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from core.inmemory import MemoryLedger
from core.ledger import LedgerRecorder
from core.migration.recheck import recheck_finished
from core.migration.run import embedded_contract, migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.test_lease_release import _kill_lease_after_commit
from tests.migration.test_resume_recheck import _tamper

SECRET = b"lease-notices"


@pytest.mark.mariadb
def test_a_discard_whose_lease_release_fails_is_recorded_by_the_recheck(maria_url: str) -> None:
    target, killer = MariaDbTarget(maria_url), sa.create_engine(maria_url)
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        done: list[int] = []
        migrate(spec, example_source(), target, secret=SECRET,
                progress=lambda c, _t, _r: done.append(c), should_stop=lambda: len(done) >= 2)
        finished = sorted(c.chunk_id for c in target.checkpoints(spec.run_id))
        _tamper(maria_url, spec, lose=finished[0], alter=finished[1])
        killed = _kill_lease_after_commit(target, killer, f"mw:{spec.run_id}:{finished[0]}"[:64])
        ledger = MemoryLedger()
        rec = LedgerRecorder(ledger, run_id=embedded_contract(spec).run_id)
        stale = recheck_finished(spec, target, rec)
        assert killed and sorted(s.chunk_id for s in stale) == finished[:2]
        actions = [(e.action, e.detail.get("chunk_id")) for e in ledger.events(embedded_contract(spec).run_id)]
        assert ("migration.lease_release_failed", finished[0]) in actions
        assert target.take_notices() == []  # nothing left behind for a later chunk's result to carry
    finally:
        target.dispose()
        killer.dispose()


@pytest.mark.mariadb
def test_a_promotion_lock_cut_after_the_commit_is_a_warning(maria_url: str) -> None:
    target, killer = MariaDbTarget(maria_url), sa.create_engine(maria_url)
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        db = sa.engine.make_url(maria_url).database
        lock = f"mw:final:{hashlib.sha256(f'{db}.{spec.table}'.encode()).hexdigest()[:40]}"
        killed: list[int] = []

        @sa.event.listens_for(target._engine, "checkin")
        def _after_done(dbapi_conn: Any, _record: Any) -> None:  # once the promotion record says done
            if killed or dbapi_conn is None:
                return
            with killer.connect() as c:
                if not sa.inspect(c).has_table("_mw_promotions"):
                    return
                row = c.exec_driver_sql("SELECT payload FROM _mw_promotions WHERE run_id = %s",
                                        (spec.run_id,)).first()
                holder = c.execute(sa.select(sa.func.is_used_lock(lock))).scalar()
                if row and json.loads(row[0]).get("state") == "done" and holder is not None:
                    c.exec_driver_sql(f"KILL CONNECTION {int(holder)}")
                    killed.append(int(holder))

        ledger = MemoryLedger()
        run = migrate(spec, example_source(), target, secret=SECRET, ledger=ledger)
        assert killed and run.promoted
        (warning,) = [e for e in ledger.events(embedded_contract(spec).run_id)
                      if e.action == "migration.lease_release_failed"]
        assert "promotion lock" in warning.detail["warning"] and warning.detail["chunk_id"] is None
    finally:
        target.dispose()
        killer.dispose()
