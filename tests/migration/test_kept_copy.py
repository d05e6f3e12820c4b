"""The kept previous version has the final table's definition: a rollback that renames it back restores the
primary key, so a later merge matches keys instead of adding every row again."""

from __future__ import annotations

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.sql_target import SqlTarget
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.drill_promote_worker import changed_source

SECRET = b"kept"
TABLE = "crm_customer"


def _shape(url: str, table: str) -> tuple[list[str], list[tuple[str, bool]]]:
    """The table's primary key and (column, nullable) pairs, from the catalog."""
    eng = sa.create_engine(url)
    try:
        if url.startswith("duckdb"):  # duckdb_engine's reflection queries pg_catalog tables DuckDB lacks
            with eng.connect() as c:
                pk = c.exec_driver_sql("SELECT constraint_column_names FROM duckdb_constraints() WHERE "
                                       "table_name = ? AND constraint_type = 'PRIMARY KEY'", (table,)).scalar_one()
                cols = c.exec_driver_sql("SELECT column_name, is_nullable FROM duckdb_columns() WHERE table_name = ? "
                                         "ORDER BY column_index", (table,)).all()
            return list(pk), [(n, bool(nullable)) for n, nullable in cols]
        insp = sa.inspect(eng)
        pk = insp.get_pk_constraint(table)["constrained_columns"]
        return list(pk), [(c["name"], bool(c["nullable"])) for c in insp.get_columns(table)]
    finally:
        eng.dispose()


@pytest.mark.mariadb
@pytest.mark.parametrize("disposition", [Disposition.MERGE, Disposition.APPEND])
def test_mariadb_rollback_of_a_merge_restores_the_key_and_the_next_merge_does_not_duplicate(
        maria_url: str, disposition: Disposition) -> None:
    target = MariaDbTarget(maria_url)
    try:
        migrate(make_spec(new_run_id(), batch_size=250), example_source(), target, secret=SECRET)
        before = _shape(maria_url, TABLE)
        assert before[0] == ["customer_id"]
        n0 = target.final_frame(TABLE).height
        rid = new_run_id()
        src = changed_source() if disposition is Disposition.MERGE else \
            example_source().with_columns(pl.concat_str([pl.lit("9"), pl.col("customer_id")]).alias("customer_id"))
        migrate(make_spec(rid, batch_size=250, disposition=disposition), src, target, secret=SECRET)
        target.rollback(rid, TABLE)
        assert _shape(maria_url, TABLE) == before
        assert target.final_frame(TABLE).height == n0
        migrate(make_spec(new_run_id(), batch_size=250, disposition=Disposition.MERGE), changed_source(), target,
                secret=SECRET)
        fin = target.final_frame(TABLE)
        assert fin.height == n0 == fin["customer_id"].n_unique()
    finally:
        target.dispose()


def _scd2_rollback_keeps_shape(target: SqlTarget, url: str) -> None:
    migrate(make_spec(new_run_id(), disposition=Disposition.SCD2), example_source(), target, secret=SECRET)
    before = _shape(url, TABLE)
    assert before[0]  # the SCD-2 table's key: the business key and valid_from
    rows = target.final_frame(TABLE).height
    rid = new_run_id()
    migrate(make_spec(rid, disposition=Disposition.SCD2), changed_source(), target, secret=SECRET)
    target.rollback(rid, TABLE)
    assert _shape(url, TABLE) == before
    assert target.final_frame(TABLE).height == rows


def test_scd2_rollback_restores_the_key(target: SqlTarget, target_url: str) -> None:
    _scd2_rollback_keeps_shape(target, target_url)


@pytest.mark.mariadb
def test_scd2_rollback_restores_the_key_on_mariadb(maria_url: str) -> None:
    target = MariaDbTarget(maria_url)
    try:
        _scd2_rollback_keeps_shape(target, maria_url)
    finally:
        target.dispose()
