"""Pre-flight check ``existing_table`` (:mod:`core.migration.existing_table`): a final table that already exists in the
target with columns the run does not write holds until a person confirms MIGRATION. Found by a new-user walkthrough:
a DuckDB table ``crm_other (id, something)`` made by hand was replaced by the example's columns without a word."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.ledger import Decision, LedgerEvent, Stage
from core.migration.errors import IncompatibleTarget
from core.migration.existing_table import existing_table_check
from core.migration.models import Disposition

from .conftest import make_spec, new_run_id


def _create(url: str, ddl: str) -> None:
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.exec_driver_sql(ddl)
    eng.dispose()


def _confirm(rid: str) -> LedgerEvent:
    return LedgerEvent(run_id=rid, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action="human.confirm",
                       detail={"stage": "MIGRATION"})


def test_a_table_with_other_columns_holds_until_confirmed(target: SqlTarget, target_url: str,
                                                          unique_name: Callable[[str], str]) -> None:
    table = unique_name("crm_other")
    rid = new_run_id()
    spec = make_spec(rid, table=table)
    assert existing_table_check(spec, target, []) is None  # no such table: nothing to check
    _create(target_url, f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, something VARCHAR(20))")
    got = existing_table_check(spec, target, [])
    assert got is not None and got[0] is False
    assert f"table {table} already exists in the target with column(s) this run does not write: id, something" in got[1]
    assert f"kept as {table}__mw_prev_<run>" in got[1] and "confirm the MIGRATION stage" in got[1]
    passed, detail = existing_table_check(spec, target, [_confirm(rid)]) or (False, "")
    assert passed and detail.startswith("confirmed: ")
    merge = existing_table_check(make_spec(rid, table=table, disposition=Disposition.MERGE), target, [])
    assert merge is not None and not merge[0] and "the merge leaves them NULL (or their default)" in merge[1]


def test_a_table_with_the_plans_columns_or_fewer_passes(target: SqlTarget, target_url: str,
                                                       unique_name: Callable[[str], str]) -> None:
    table = unique_name("crm_same")
    spec = make_spec(new_run_id(), table=table)
    _create(target_url, f"CREATE TABLE {table} (customer_id INTEGER PRIMARY KEY, full_name VARCHAR(80))")
    got = existing_table_check(spec, target, [])
    assert got is not None and got[0] and "exists with the plan's columns" in got[1]


@pytest.mark.parametrize("disposition", [Disposition.APPEND, Disposition.MERGE])
def test_a_not_null_column_the_run_does_not_write_is_refused_at_prepare(
        target: SqlTarget, target_url: str, unique_name: Callable[[str], str], disposition: Disposition) -> None:
    """Review F1: a NOT NULL column without a default the run leaves out made every row fail at the promotion (after
    every chunk) with a wrong fix; refused at prepare, naming it, with a fix that can work. A nullable or defaulted
    extra column still only holds."""
    table = unique_name("crm_tenant")
    spec = make_spec(new_run_id(), table=table, disposition=disposition)
    _create(target_url, f"CREATE TABLE {table} (customer_id INTEGER PRIMARY KEY, full_name VARCHAR(80) NOT NULL, "
                        "email VARCHAR(80), country_code VARCHAR(2), tenant VARCHAR(10) NOT NULL, "
                        "note VARCHAR(10), region VARCHAR(5) NOT NULL DEFAULT 'eu')")
    with pytest.raises(IncompatibleTarget) as err:
        target.prepare(spec)
    msg = err.value.message
    assert "NOT NULL column(s) without a default that this run does not write: tenant;" in msg
    assert "note" not in msg and "region" not in msg and "grant" not in msg
    assert "add them to the target schema" in msg and "disposition=replace" in msg
    assert err.value.details["extra_required"] == ["tenant"]
    got = existing_table_check(spec, target, [])
    assert got is not None and not got[0] and "tenant, note, region" in got[1]


def test_column_names_compare_the_way_the_target_resolves_them(target: SqlTarget, target_url: str,
                                                              unique_name: Callable[[str], str]) -> None:
    """Review F4: columns differing from the plan's only in case are the plan's columns on DuckDB/SQLite (and
    MariaDB); on PostgreSQL quoted mixed-case names are other columns."""
    table = unique_name("crm_case")
    spec = make_spec(new_run_id(), table=table, disposition=Disposition.APPEND)
    _create(target_url, f'CREATE TABLE {table} ("Customer_ID" INTEGER PRIMARY KEY, "FULL_NAME" VARCHAR(80), '
                        '"Email" VARCHAR(80), country_code VARCHAR(2))')
    got = existing_table_check(spec, target, [])
    assert got is not None
    if target.folds_column_names:
        assert got[0] and "exists with the plan's columns" in got[1]
        target.prepare(spec)  # the same columns: compatible
    else:
        assert not got[0] and "does not write: Customer_ID, FULL_NAME, Email" in got[1]
        with pytest.raises(IncompatibleTarget):
            target.prepare(spec)


@pytest.mark.mariadb
def test_mariadb_folds_column_names_and_refuses_a_required_extra(maria_url: str,
                                                                unique_name: Callable[[str], str]) -> None:
    """Review F1/F4 on MariaDB: case-insensitive column names; a NOT NULL extra without default is refused."""
    from adapters.targets.factory import open_target

    t = open_target(maria_url)
    table = unique_name("crm_maria")
    spec = make_spec(new_run_id(), table=table, disposition=Disposition.APPEND)
    _create(maria_url, f"CREATE TABLE {table} (Customer_ID INTEGER PRIMARY KEY, FULL_NAME VARCHAR(80), "
                       "Email VARCHAR(80), country_code VARCHAR(2), seq INTEGER NOT NULL AUTO_INCREMENT UNIQUE)")
    got = existing_table_check(spec, t, [])
    assert got is not None and not got[0] and "does not write: seq;" in got[1]
    t.prepare(spec)  # auto-increment fills seq: compatible
    with sa.create_engine(maria_url).begin() as c:
        c.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN tenant VARCHAR(10) NOT NULL")
    with pytest.raises(IncompatibleTarget, match="does not write: tenant;"):
        t.prepare(spec)
