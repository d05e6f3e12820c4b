"""A final table a person created with other types than the staging DDL (``timestamptz``, ``numeric(12,2)``,
``varchar(n)``) keeps the merge's unchanged-row saving on PostgreSQL: its values are read in the staging types
(adapters.targets.sql_target ``final_batches``), so a row the table holds as is is recognised, in a session whose
time zone is not UTC too; a changed row is still staged and the checksums stay exact."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.migration.constraints import REASONS, validate_rows
from core.migration.models import ColumnPipeline, Disposition, MigrationSpec, TargetColumn
from core.migration.prepared import plan_transform
from core.migration.run import migrate
from core.migration.unchanged import known_hashes, mark_unchanged
from dsl.models import Pipeline
from tests.migration.conftest import POSTGRES, new_run_id, stamp_spec

pytestmark = pytest.mark.postgres
INPUTS = ["id", "amount", "seen_at", "name"]
ROWS = 240


def _spec(disposition: Disposition = Disposition.MERGE) -> MigrationSpec:
    pipe = Pipeline.model_validate({
        "dsl_version": "1.0.0", "inputs": INPUTS, "outputs": INPUTS,
        "input_types": {**dict.fromkeys(INPUTS, "string"), "amount": "decimal"},
        "steps": [{"op": "type_cast", "input": "id", "output": "id", "to": "int"},
                  {"op": "date_parse", "input": "seen_at", "output": "seen_at", "format": "%Y-%m-%d %H:%M:%S"},
                  {"op": "trim", "input": "name", "output": "name"}]})
    return MigrationSpec(
        run_id=new_run_id(), table="account", key=["id"], input_types=dict(pipe.input_types or {}),
        pipelines=[ColumnPipeline(pipeline=pipe, outputs={o: o for o in pipe.outputs})], batch_size=80,
        disposition=disposition,
        columns=[TargetColumn(name="id", type="int", key=True, nullable=False),
                 TargetColumn(name="amount", type="decimal"), TargetColumn(name="seen_at", type="datetime"),
                 TargetColumn(name="name", type="string", max_length=40)])


def _source() -> pl.DataFrame:
    i = pl.int_range(ROWS, eager=True)
    return pl.DataFrame({
        "id": i.cast(pl.String),
        "amount": (i * 7).cast(pl.String) + "." + (i % 100).cast(pl.String).str.zfill(2),
        "seen_at": pl.Series([f"2024-{1 + k % 12:02d}-{1 + k % 28:02d} {k % 24:02d}:{k % 60:02d}:{(k * 7) % 60:02d}"
                              for k in range(ROWS)]),
        "name": " name " + i.cast(pl.String) + " "})


@pytest.fixture
def user_table() -> Iterator[tuple[str, sa.Engine]]:
    """A schema holding ``account`` as a person created it; the target URL's sessions run in New York time."""
    schema = f"mw_{uuid.uuid4().hex[:12]}"
    eng = sa.create_engine(POSTGRES)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(schema))
        c.exec_driver_sql(f'CREATE TABLE "{schema}".account (id bigint PRIMARY KEY, amount numeric(12,2), '
                          "seen_at timestamptz, name varchar(40))")
    yield f"{POSTGRES}?options=-csearch_path%3D{schema}%20-cTimeZone%3DAmerica/New_York", eng
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(schema, cascade=True))
    eng.dispose()


def test_the_final_tables_values_read_in_the_staging_types_match_the_source_rows(
        user_table: tuple[str, sa.Engine]) -> None:
    url, _ = user_table
    target = SqlTarget(url)
    try:
        first = migrate(_spec(), _source(), target, secret=b"s")  # merged into the user's (empty) table
        assert first.promoted and first.rows_loaded == ROWS
        spec = _spec()
        # the client's reading of the final table (the path of a server without hash_record_extended)
        final = pl.concat(list(target.final_batches(spec)))
        assert final.schema["seen_at"] == pl.Datetime("us") and final.height == ROWS
        want = _through_plan(spec)
        same = mark_unchanged(want, spec, known_hashes(spec, [final]))
        assert same.all(), f"{(~same).sum()} unchanged rows looked changed"
        moved = want.with_columns(pl.when(pl.col("id") == 5).then(pl.col("seen_at").dt.offset_by("1s"))
                                  .otherwise(pl.col("seen_at")).alias("seen_at"))
        assert mark_unchanged(moved, spec, known_hashes(spec, [final])).to_list() == [r != 5 for r in range(ROWS)]
    finally:
        target.dispose()


def _through_plan(spec: MigrationSpec) -> pl.DataFrame:
    """The source through the plan, typed and checked like the rows the pass stages."""
    src = _source()
    checked = validate_rows(plan_transform(src, spec), src, spec)
    assert checked.filter(pl.col(REASONS).list.len() > 0).is_empty()
    return checked.select([c.name for c in spec.columns])


def test_a_merge_into_a_user_created_table_stages_only_the_changed_rows(user_table: tuple[str, sa.Engine]) -> None:
    url, eng = user_table
    target = SqlTarget(url)
    try:
        first = migrate(_spec(), _source(), target, secret=b"s")  # merged into the user's (empty) table
        assert (first.rows_loaded, first.rows_unchanged) == (ROWS, 0)
        again = migrate(_spec(), _source(), target, secret=b"s")
        assert again.promoted and all(v.passed for v in again.validations), again.validations
        assert (again.rows_loaded, again.rows_unchanged) == (0, ROWS), "unchanged rows were staged again"
        changed = _source().with_columns(pl.when(pl.col("id") == "7").then(pl.lit("2024-05-05 05:05:06"))
                                         .otherwise(pl.col("seen_at")).alias("seen_at"))
        third = migrate(_spec(), changed, target, secret=b"s")
        assert third.promoted and all(v.passed for v in third.validations)
        assert (third.rows_loaded, third.rows_unchanged) == (1, ROWS - 1)
        with eng.connect() as c:  # the user's table kept its types; the changed row holds 05:05:06 UTC (a staged
            # datetime is a naive UTC instant, whatever the New York session: SqlTarget._utc_session)
            schema = url.split("search_path%3D")[1].split("%20")[0]
            types = dict(c.execute(sa.text("SELECT column_name, data_type FROM information_schema.columns "
                                           "WHERE table_schema = :s AND table_name = 'account'"), {"s": schema}).all())
            local = c.execute(sa.text(f'SELECT seen_at AT TIME ZONE \'UTC\' FROM "{schema}".account '
                                      "WHERE id = 7")).scalar_one()
        assert types["seen_at"] == "timestamp with time zone" and types["amount"] == "numeric"
        assert str(local) == "2024-05-05 05:05:06"
    finally:
        target.dispose()


def _zoned_spec() -> MigrationSpec:
    """id, and a datetime the source gives with its zone (the pipeline passes it through)."""
    return stamp_spec(batch_size=80, disposition=Disposition.MERGE)


#: 08:00 in Kolkata on 10 March 2024 is 02:30 UTC: as a wall time, inside New York's DST gap (02:00-03:00)
GAP_ROW = 3


def _zoned_source() -> pl.DataFrame:
    """Times in Asia/Kolkata (another zone than the target session's), one of them New York's DST gap in UTC."""
    import datetime as dt

    stamps = [dt.datetime(2024, 1 + k % 12, 1 + k % 28, k % 24, (k * 7) % 60) for k in range(ROWS)]
    stamps[GAP_ROW] = dt.datetime(2024, 3, 10, 8, 0)
    return pl.DataFrame({"id": [str(k) for k in range(ROWS)], "seen_at": stamps}).with_columns(
        pl.col("seen_at").dt.replace_time_zone("Asia/Kolkata"))


def test_timestamptz_values_are_the_sources_instants_and_compared_as_utc_in_any_session_zone(
        user_table: tuple[str, sa.Engine]) -> None:
    """A zoned source lands at its own instants in the user's ``timestamptz`` column through a New York session; a
    merge re-run through a Berlin session finds every row unchanged, the one in New York's DST gap included."""
    url, eng = user_table
    schema = url.split("search_path%3D")[1].split("%20")[0]
    with eng.begin() as c:  # the user's table holds the run's columns only (other columns would hold the pre-flight)
        c.exec_driver_sql(f'ALTER TABLE "{schema}".account DROP COLUMN amount, DROP COLUMN name')
    berlin = url.replace("America/New_York", "Europe/Berlin")
    src = _zoned_source()
    target, other = SqlTarget(url), SqlTarget(berlin)
    try:
        first = migrate(_zoned_spec(), src, target, secret=b"s")
        assert first.promoted and (first.rows_loaded, first.rows_unchanged) == (ROWS, 0)
        with eng.connect() as c:
            stored = dict(c.execute(sa.text(f'SELECT id, extract(epoch FROM seen_at) FROM "{schema}".account')).all())
        want = dict(zip(range(ROWS), src["seen_at"].dt.epoch("us").to_list(), strict=True))
        assert {k: round(float(v) * 1e6) for k, v in stored.items()} == want, "instants moved by the session's zone"
        again = migrate(_zoned_spec(), src, other, secret=b"s")
        assert again.promoted and all(v.passed for v in again.validations), again.validations
        assert (again.rows_loaded, again.rows_unchanged) == (0, ROWS), "unchanged rows read as changed"
        same_zone = migrate(_zoned_spec(), src, target, secret=b"s")  # the New York session: the gap row too
        assert (same_zone.rows_loaded, same_zone.rows_unchanged) == (0, ROWS)
    finally:
        target.dispose()
        other.dispose()


def _duckdb_zoned_rounds(url: str) -> None:
    """(In a process whose local zone is New York) a zoned source migrated twice (merge) into a user's DuckDB
    ``timestamptz`` column: print, after each run, whether every stored instant is the source's."""
    src = _zoned_source()
    want = dict(zip(range(ROWS), src["seen_at"].dt.epoch("us").to_list(), strict=True))
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.execute(sa.text("CREATE TABLE account(id BIGINT PRIMARY KEY, seen_at TIMESTAMPTZ)"))
    for _ in range(2):
        target = SqlTarget(url)
        try:
            assert migrate(_zoned_spec(), src, target, secret=b"s").promoted
        finally:
            target.dispose()
        with eng.connect() as c:
            stored = dict(c.execute(sa.text("SELECT id, epoch_us(seen_at) FROM account")).all())
        print("SAME" if stored == want else f"MOVED {sorted(stored.items())[:2]} {sorted(want.items())[:2]}")
    eng.dispose()


def test_duckdb_timestamptz_values_are_the_sources_instants_whatever_the_local_zone(tmp_path: Path) -> None:
    """DuckDB casts a naive timestamp to ``timestamptz`` in its session zone, by default the process's local one:
    the target's sessions are UTC, so a zoned source lands at its own instants (the one in New York's DST gap
    included) in a New York process, on the first run and on a merge re-run."""
    import os
    import subprocess
    import sys

    from tests.migration.conftest import ROOT

    code = "import sys; from tests.migration.test_user_final_types import _duckdb_zoned_rounds as f; f(sys.argv[1])"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TZ": "America/New_York"}
    env.pop("MAPWRIGHT_FAULT_KILL", None)
    res = subprocess.run([sys.executable, "-c", code, f"duckdb:///{tmp_path / 'user.duckdb'}"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split("\n")[:2] == ["SAME", "SAME"], res.stdout
