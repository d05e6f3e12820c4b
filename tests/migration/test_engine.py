"""The migration engine on DuckDB, PostgreSQL and SQLite: load, quarantine, re-run, merge, rollback."""

from __future__ import annotations

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.migration.errors import IncompatibleTarget, ValidationFailed
from core.migration.models import Disposition, ForeignKey
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

SECRET = b"test-secret"


def _rows(target: SqlTarget, table: str = "crm_customer") -> list[tuple[object, ...]]:
    frame = target.final_frame(table).select("customer_id", "full_name", "email", "country_code")
    return [tuple(r) for r in frame.iter_rows()]


def test_first_load_matches_the_oracle_and_quarantines_the_rest(target: SqlTarget) -> None:
    src = example_source()
    spec = make_spec(new_run_id())
    run = migrate(spec, src, target, secret=SECRET)
    want, quarantined = expected_rows(src)
    got = _rows(target)
    assert len(got) == len(set(got)), "duplicated rows in the final table"
    assert set(got) == want
    assert run.rows_loaded == len(want) and run.rows_quarantined == quarantined
    assert run.rows_in == src.height == run.rows_loaded + run.rows_quarantined
    assert run.promoted and all(v.passed for v in run.validations)
    q = target.quarantine(spec.run_id)
    assert len(q) == quarantined
    assert any("ALLOWED_VALUES:country_code" in r.reason_codes for r in q)
    raw = set(src["email"].drop_nulls()) | set(src["first_name"].drop_nulls())
    for rec in q:  # previews are shapes, never the raw value
        for v in [*rec.masked_preview_before.values(), *rec.masked_preview_after.values()]:
            assert v is None or v not in raw or not any(ch.isalpha() and ch not in "Aa" for ch in v)


def test_rerun_of_a_promoted_run_is_a_noop(target: SqlTarget) -> None:
    src = example_source()
    spec = make_spec(new_run_id())
    first = migrate(spec, src, target, secret=SECRET)
    before = sorted(_rows(target), key=str)
    again = migrate(spec, src, target, secret=SECRET)
    assert again.promoted and again.rows_loaded == first.rows_loaded
    assert "no-op" in again.strategy_reason
    assert sorted(_rows(target), key=str) == before


def test_merge_updates_only_changed_rows_and_rollback_restores(target: SqlTarget) -> None:
    src = example_source()
    migrate(make_spec(new_run_id()), src, target, secret=SECRET)
    before = {r[0]: r for r in _rows(target)}
    changed = src.with_columns(
        pl.when(pl.int_range(pl.len()) % 10 == 0).then(pl.lit("changed@example.org")).otherwise(pl.col("email"))
        .alias("email"))
    spec = make_spec(new_run_id(), disposition=Disposition.MERGE)
    run = migrate(spec, changed, target, secret=SECRET)
    after = {r[0]: r for r in _rows(target)}
    assert set(after) == set(before), "merge must not add or drop keys that exist on both sides"
    diff = [k for k in after if after[k] != before[k]]
    assert diff and all(after[k][2] == "changed@example.org" for k in diff)
    assert run.previous_table
    target.rollback(spec.run_id, "crm_customer")
    assert {r[0]: r for r in _rows(target)} == before


def test_append_into_an_incompatible_table_fails_before_any_write(target: SqlTarget) -> None:
    src = example_source()
    first = migrate(make_spec(new_run_id()), src, target, secret=SECRET)
    spec = make_spec(new_run_id(), disposition=Disposition.APPEND)
    renamed = spec.model_copy(update={
        "columns": [*spec.columns[:3], spec.columns[3].model_copy(update={"name": "country_iso"})],
        "pipelines": [spec.pipelines[0].model_copy(update={"outputs": {
            "customer_id": "customer_id", "full_name": "full_name", "email": "email",
            "country_code": "country_iso"}})]})
    with pytest.raises(IncompatibleTarget) as err:
        migrate(renamed, src, target, secret=SECRET)
    assert err.value.details["missing"] == ["country_iso"]
    assert len(_rows(target)) == first.rows_loaded, "nothing was written"
    assert target.checkpoints(renamed.run_id) == []


def test_failed_validation_promotes_nothing(target: SqlTarget) -> None:
    src = example_source()
    parent = f"parent_{new_run_id()[-8:].lower()}"  # referenced by every row, holding none of them: fk_check fails
    with target._engine.begin() as c:  # noqa: SLF001 - the test's own table in the adapter's database
        sa.Table(parent, sa.MetaData(), sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False)).create(c)
    spec = make_spec(new_run_id()).model_copy(update={"foreign_keys": [
        ForeignKey(columns=["customer_id"], ref_table=parent, ref_columns=["id"])]})
    migrate(spec, src, target, secret=SECRET, promote=False)
    with pytest.raises(ValidationFailed) as err:
        migrate(spec, src, target, secret=SECRET)
    assert err.value.code == "DETERMINISTIC_FAILURE" and err.value.details["failed"] == ["fk_check"]
    assert target.promotion(spec.run_id) is None and not target.table_exists("crm_customer")


def test_a_source_changed_under_the_run_is_loaded_whole_from_its_new_version(target: SqlTarget) -> None:
    """Chunks finished from one version of the source are staged again when a resume reads another one: the
    promoted table is the new version exactly (source_change), never a mix, nor a run failing validation."""
    src = example_source()
    spec = make_spec(new_run_id())
    migrate(spec, src, target, secret=SECRET, promote=False)
    tampered = src.head(src.height - 1)
    changed = tampered.vstack(tampered.tail(1)).with_columns(pl.col("email").str.to_uppercase())
    run = migrate(spec, changed, target, secret=SECRET)
    want, quarantined = expected_rows(changed)
    assert run.promoted and set(_rows(target)) == want and run.rows_quarantined == quarantined
