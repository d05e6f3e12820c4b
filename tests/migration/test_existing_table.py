"""Pre-flight check ``existing_table`` (:mod:`core.migration.existing_table`): a final table that already exists in the
target with columns the run does not write holds until a person confirms MIGRATION. Found by a new-user walkthrough:
a DuckDB table ``crm_other (id, something)`` made by hand was replaced by the example's columns without a word."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.ledger import Decision, LedgerEvent, Stage
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
    assert merge is not None and not merge[0] and "the merge leaves them empty" in merge[1]


def test_a_table_with_the_plans_columns_or_fewer_passes(target: SqlTarget, target_url: str,
                                                       unique_name: Callable[[str], str]) -> None:
    table = unique_name("crm_same")
    spec = make_spec(new_run_id(), table=table)
    _create(target_url, f"CREATE TABLE {table} (customer_id INTEGER PRIMARY KEY, full_name VARCHAR(80))")
    got = existing_table_check(spec, target, [])
    assert got is not None and got[0] and "exists with the plan's columns" in got[1]
