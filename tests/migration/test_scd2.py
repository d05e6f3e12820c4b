"""SCD-2 disposition (§34): changed rows close their version and open a new one; unchanged ones stay."""

from __future__ import annotations

import polars as pl

from adapters.targets.sql_target import SqlTarget
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

SECRET = b"scd2"


def test_scd2_keeps_history_and_an_unchanged_rerun_changes_nothing(target: SqlTarget) -> None:
    src = example_source()
    want, _ = expected_rows(src)
    first = make_spec(new_run_id(), disposition=Disposition.SCD2)
    migrate(first, src, target, secret=SECRET)
    table = target.final_frame("crm_customer")
    assert table.height == len(want) and table["valid_to"].null_count() == table.height
    assert table["valid_from"].n_unique() == 1
    changed = src.with_columns(pl.when(pl.int_range(pl.len()) % 10 == 0).then(pl.lit("changed@example.org"))
                               .otherwise(pl.col("email")).alias("email"))
    want2, _ = expected_rows(changed)
    n_changed = len(want2 - want)
    second = make_spec(new_run_id(), disposition=Disposition.SCD2)
    run = migrate(second, changed, target, secret=SECRET)
    rec = target.promotion(second.run_id)
    assert rec is not None and int(rec["closed"]) == n_changed == int(rec["opened"]) and n_changed > 0
    hist = target.final_frame("crm_customer")
    assert hist.height == len(want) + n_changed
    current = hist.filter(pl.col("valid_to").is_null()).select("customer_id", "full_name", "email", "country_code")
    assert set(current.iter_rows()) == want2 and current["customer_id"].n_unique() == current.height
    closed = hist.filter(pl.col("valid_to").is_not_null())
    assert closed.height == n_changed and (closed["valid_to"] > closed["valid_from"]).all()
    assert run.previous_table and target.table_exists(run.previous_table)
    third = make_spec(new_run_id(), disposition=Disposition.SCD2)
    migrate(third, changed, target, secret=SECRET)
    rec3 = target.promotion(third.run_id)
    assert rec3 is not None and rec3["closed"] == "0" and rec3["opened"] == "0"
    assert target.final_frame("crm_customer").height == hist.height
