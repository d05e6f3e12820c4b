"""The target adapter's rollback refuses to roll back a run whose table a later run promoted again, from the
target's own promotion records: the metadata store's check (orchestration/migration/rollback_order.py) sees only
its own runs, so a later promotion made from another metadata store, or whose metadata is lost, used to be
destroyed by rolling the older run back. The refusal names the later run and touches nothing; in promotion order
(latest first) both rollbacks go through."""

from __future__ import annotations

import json

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.promotion_order import SEQ_KEY
from adapters.targets.sql_target import SqlTarget
from core.migration.errors import LaterPromotionStands
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

SECRET = b"rollback-order"


def _tables(target: SqlTarget) -> set[str]:
    return set(sa.inspect(target._engine).get_table_names())


def _later_promotion_refused(target: SqlTarget, later: Disposition) -> None:
    src = example_source()
    try:
        first, second = make_spec(new_run_id()), make_spec(new_run_id(), disposition=later)
        migrate(first, src, target, secret=SECRET)  # no ledger at all: nothing but the target knows of the runs
        loaded = target.final_frame("crm_customer").height
        newer = src.head(120).with_columns(pl.lit("newer@example.org").alias("email"))
        migrate(second, newer, target, secret=SECRET)
        after = target.final_frame("crm_customer").sort("customer_id")
        tables = _tables(target)
        with pytest.raises(LaterPromotionStands) as info:
            target.rollback(first.run_id, "crm_customer")
        assert info.value.details["later_runs"] == [second.run_id]
        assert f"mapwright migration rollback {second.run_id}" in info.value.message
        assert info.value.code == "DETERMINISTIC_FAILURE" and not info.value.transient
        assert target.final_frame("crm_customer").sort("customer_id").equals(after), "the newer rows stand"
        assert _tables(target) == tables, "nothing set aside, dropped or renamed"
        assert target.promotion(first.run_id) is not None and target.promotion(second.run_id) is not None

        target.rollback(second.run_id, "crm_customer")  # latest first: goes through, the first run's rows are back
        back = target.final_frame("crm_customer")
        assert back.height == loaded and "newer@example.org" not in set(back["email"].drop_nulls())
        target.rollback(first.run_id, "crm_customer")  # then the first (it created the table: set aside)
        assert not target.table_exists("crm_customer")
        assert target.promotion(first.run_id) is None
    finally:
        target.dispose()


@pytest.mark.parametrize("later", [Disposition.REPLACE, Disposition.MERGE])
def test_a_later_promotion_in_the_target_refuses_the_older_rollback(target_url: str, later: Disposition) -> None:
    _later_promotion_refused(SqlTarget(target_url), later)


@pytest.mark.mariadb
@pytest.mark.parametrize("later", [Disposition.REPLACE, Disposition.MERGE])
def test_a_later_promotion_refuses_the_older_rollback_on_mariadb(maria_url: str, later: Disposition) -> None:
    _later_promotion_refused(MariaDbTarget(maria_url), later)


def test_the_order_is_the_promotions_not_the_runs(target_url: str) -> None:
    """A promoted, B promoted and rolled back, C promoted: A is refused naming C only (B's record is gone);
    a record written before promotions recorded their version counts as older than every one that does."""
    target = SqlTarget(target_url)
    src = example_source()
    try:
        a, b, c = (make_spec(new_run_id()) for _ in range(3))
        for spec in (a, b):
            migrate(spec, src, target, secret=SECRET)
        loaded = target.final_frame("crm_customer").height
        target.rollback(b.run_id, "crm_customer")
        migrate(c, src.head(50), target, secret=SECRET)
        with pytest.raises(LaterPromotionStands) as info:
            target.rollback(a.run_id, "crm_customer")
        assert info.value.details["later_runs"] == [c.run_id]
        with target._begin() as conn:  # A's record as an older release wrote it: no version
            rec = target.promotion(a.run_id)
            assert rec is not None and SEQ_KEY in rec
            rec.pop(SEQ_KEY)
            conn.execute(sa.update(target._prom).where(target._prom.c.run_id == a.run_id).values(
                payload=json.dumps(rec)))
        with pytest.raises(LaterPromotionStands):  # C's record, with a version, is later than A's without one
            target.rollback(a.run_id, "crm_customer")
        target.rollback(c.run_id, "crm_customer")
        assert target.final_frame("crm_customer").height == loaded
    finally:
        target.dispose()
