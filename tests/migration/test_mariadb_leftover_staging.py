"""A MariaDB promotion cut after its ``done`` record and before the DROP of its staging table left that table: a
read-only look at the promotion leaves it (no DDL without the promotion lock); the promoted run's re-run drops it
under the lock, on the ledger."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.sql_target import stage_name
from core.inmemory import MemoryLedger
from core.migration.run import embedded_contract, migrate
from tests.migration.conftest import example_source, make_spec, new_run_id


@pytest.mark.mariadb
def test_the_leftover_staging_table_is_dropped_by_the_re_run_not_by_a_look(maria_url: str) -> None:
    target = MariaDbTarget(maria_url)
    try:
        spec = make_spec(new_run_id(), batch_size=250)
        migrate(spec, example_source(), target, secret=b"s")
        leftover = stage_name(spec)
        assert not target.table_exists(leftover)
        eng = sa.create_engine(maria_url)
        with eng.begin() as c:  # what a promotion cut between its done record and its DROP leaves
            c.exec_driver_sql(f"CREATE TABLE `{leftover}` (x INT)")
        eng.dispose()
        assert target.promotion(spec.run_id) is not None
        assert target.table_exists(leftover), "a read-only look dropped a table"
        ledger = MemoryLedger()
        run = migrate(spec, example_source(), target, secret=b"s", ledger=ledger)
        assert run.promoted and not target.table_exists(leftover)
        (event,) = [e for e in ledger.events(embedded_contract(spec).run_id) if e.action == "migration.staging_dropped"]
        assert event.detail["table"] == leftover
        assert target.settle_promotion(spec.run_id) == []  # nothing left the second time
    finally:
        target.dispose()
