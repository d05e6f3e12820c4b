"""The final table's version is checked inside the promotion transaction, under a lock (issue 14, gap 1).

A streamed merge counts rows unchanged against the final table it read before its pass; promoting after the
table moved would lose values. The check used to run before the promotion transaction, so a promotion into
the same table between the check and the transaction slipped through.
"""

from __future__ import annotations

import threading
from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.ledger import Decision
from core.migration.errors import FinalTableChanged, TargetBusy
from core.migration.models import Disposition, MigrationRun, MigrationSpec
from core.migration.run import embedded_contract, migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

SECRET = b"promotion-guard"


def _changed(src: pl.DataFrame) -> pl.DataFrame:
    return src.with_columns(pl.when(pl.int_range(pl.len()) % 10 == 0).then(pl.lit("new@example.org"))
                            .otherwise(pl.col("email")).alias("email"))


@pytest.mark.postgres
def test_a_promotion_between_the_stage_and_the_promotion_transaction_is_caught(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another run promotes into the table right before this merge's promotion transaction starts."""
    src = example_source()
    target, other = SqlTarget(pg_target_url), SqlTarget(pg_target_url)
    try:
        migrate(make_spec(new_run_id()), src, target, secret=SECRET)
        spec = make_spec(new_run_id(), disposition=Disposition.MERGE)
        meanwhile = src.with_columns(pl.lit("other@example.org").alias("email"))
        real, between = target.promote, list[MigrationRun]()

        def other_first(s: MigrationSpec, summary: dict[str, str], **kw: str | None) -> str | None:
            between.append(migrate(make_spec(new_run_id(), disposition=Disposition.MERGE), meanwhile, other,
                                   secret=SECRET))
            return real(s, summary, **kw)

        monkeypatch.setattr(target, "promote", other_first)
        ledger = MemoryLedger()
        with pytest.raises(FinalTableChanged):
            migrate(spec, _changed(src), target, secret=SECRET, ledger=ledger)
        assert between and between[0].promoted
        assert target.promotion(spec.run_id) is None, "nothing promoted"
        emails = set(target.final_frame("crm_customer")["email"].drop_nulls())
        assert emails == {"other@example.org"}, "the other run's values are neither overwritten nor lost"
        events = [e for e in ledger.events(embedded_contract(spec).run_id) if e.action == "migration.promote"]
        assert events and events[-1].decision is Decision.REJECT, "the refusal is on the ledger"
    finally:
        target.dispose()
        other.dispose()


@pytest.mark.postgres
def test_a_concurrent_promotion_in_flight_is_waited_for_then_seen(pg_target_url: str) -> None:
    """A promotion of the same table holding its version row: this one waits, then sees it and refuses."""
    src = example_source()
    target = SqlTarget(pg_target_url)
    eng = sa.create_engine(pg_target_url)
    try:
        migrate(make_spec(new_run_id()), src, target, secret=SECRET)
        spec = make_spec(new_run_id(), disposition=Disposition.MERGE)
        migrate(spec, _changed(src), target, secret=SECRET, promote=False)
        marker = target.final_marker(spec)
        outcome: list[BaseException | str | None] = []
        with eng.connect() as holder:
            holder.exec_driver_sql("BEGIN")
            holder.exec_driver_sql("UPDATE _mw_final_versions SET version = version + 1 "
                                   "WHERE table_name = 'crm_customer'")
            holder.exec_driver_sql("INSERT INTO _mw_promotions (run_id, table_name, payload) "
                                   "VALUES ('concurrent', 'crm_customer', '{}')")

            def promote() -> None:
                try:
                    outcome.append(target.promote(spec, {"checksum": "", "rows_loaded": "0"}, expect_marker=marker))
                except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                    outcome.append(exc)

            worker = threading.Thread(target=promote)
            worker.start()
            worker.join(1.0)
            assert worker.is_alive(), "the promotion waits for the one holding the table's version row"
            holder.exec_driver_sql("COMMIT")
            worker.join(30)
        assert len(outcome) == 1 and isinstance(outcome[0], FinalTableChanged), outcome
        assert target.promotion(spec.run_id) is None
    finally:
        target.dispose()
        eng.dispose()


def test_a_stale_marker_is_refused_inside_the_transaction_on_every_target(target_url: str) -> None:
    _stale_marker_refused(SqlTarget(target_url))


@pytest.mark.mariadb
def test_a_stale_marker_is_refused_on_mariadb(maria_url: str) -> None:
    _stale_marker_refused(MariaDbTarget(maria_url))


def _stale_marker_refused(target: SqlTarget) -> None:
    src = example_source()
    try:
        first = make_spec(new_run_id())
        migrate(first, src, target, secret=SECRET)
        before = target.final_frame("crm_customer").sort("customer_id")
        spec = make_spec(new_run_id(), disposition=Disposition.MERGE)
        migrate(spec, _changed(src), target, secret=SECRET, promote=False)
        marker = target.final_marker(spec)
        assert marker, "a promoted table has a marker"
        with pytest.raises(FinalTableChanged):
            target.promote(spec, {"checksum": ""}, expect_marker="0" * 64)
        assert target.promotion(spec.run_id) is None
        assert target.final_frame("crm_customer").sort("customer_id").equals(before), "nothing written"
        target.promote(spec, {"checksum": ""}, expect_marker=marker)  # the marker it read: promotes
        assert target.promotion(spec.run_id) is not None
        assert target.final_marker(spec) != marker, "a promotion moves the marker"
        target.rollback(spec.run_id, "crm_customer")
        assert target.final_marker(spec) == marker, "its rollback moves it back"
    finally:
        target.dispose()


def test_a_concurrent_duckdb_promotion_is_a_transient_conflict(tmp_path: Path) -> None:
    """DuckDB has no row locks: a second transaction bumping the version row is a conflict, typed TargetBusy."""
    path = tmp_path / "t.duckdb"
    target = SqlTarget(f"duckdb:///{path}")
    try:
        migrate(make_spec(new_run_id()), example_source(), target, secret=SECRET)
        spec = make_spec(new_run_id(), disposition=Disposition.MERGE)
        migrate(spec, _changed(example_source()), target, secret=SECRET, promote=False)
        eng = sa.create_engine(f"duckdb:///{path}")  # a second connection of the same database instance
        with eng.connect() as holder, holder.begin() as txn:
            holder.exec_driver_sql("UPDATE _mw_final_versions SET version = version + 1 "
                                   "WHERE table_name = 'crm_customer'")
            with pytest.raises(TargetBusy) as err:
                target.promote(spec, {"checksum": ""})
            assert err.value.transient
            txn.rollback()
        eng.dispose()
        assert target.promotion(spec.run_id) is None
        target.promote(spec, {"checksum": ""})  # once the other is done, it promotes
        assert target.promotion(spec.run_id) is not None
    finally:
        target.dispose()


@pytest.mark.postgres
def test_a_first_promotion_while_another_creates_the_version_table_is_not_refused(pg_target_url: str) -> None:
    """Two first promotions on a target without ``_mw_final_versions`` both create it: the one that loses the
    race finds it there and promotes (review of session 9, finding 4; it was a TargetWriteRefused)."""
    target = SqlTarget(pg_target_url)
    eng = sa.create_engine(pg_target_url)
    try:
        spec = make_spec(new_run_id())
        migrate(spec, example_source(), target, secret=SECRET, promote=False)
        with eng.begin() as c:
            c.exec_driver_sql("DROP TABLE _mw_final_versions")  # as staged before the table existed
        outcome: list[BaseException | str | None] = []
        with eng.connect() as holder:  # the other first promotion, creating it right now
            holder.exec_driver_sql("BEGIN")
            holder.exec_driver_sql("CREATE TABLE _mw_final_versions (table_name VARCHAR(255) PRIMARY KEY, "
                                   "version BIGINT NOT NULL)")

            def promote() -> None:
                try:
                    outcome.append(target.promote(spec, {"checksum": ""}))
                except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                    outcome.append(exc)

            worker = threading.Thread(target=promote)
            worker.start()
            worker.join(1.0)
            holder.exec_driver_sql("COMMIT")
            worker.join(30)
        assert outcome == [None], outcome
        assert target.promotion(spec.run_id) is not None and target.table_exists("crm_customer")
    finally:
        target.dispose()
        eng.dispose()
