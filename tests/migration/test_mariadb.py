"""MariaDB as a target: load + quarantine, re-run no-op, merge, atomic promotion with rollback, resume."""

from __future__ import annotations

import os
import subprocess
import sys

import polars as pl
import pytest

from adapters.targets.mariadb_target import MariaDbTarget
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import ROOT, example_source, make_spec, new_run_id, race_for_one_chunk
from tests.migration.oracle import expected_rows

pytestmark = pytest.mark.mariadb
SECRET = b"maria-secret"
COLS = ["customer_id", "full_name", "email", "country_code"]


def _rows(t: MariaDbTarget) -> list[tuple[object, ...]]:
    return [tuple(r) for r in t.final_frame("crm_customer").select(COLS).iter_rows()]


def test_load_quarantine_rerun_noop_merge_and_rollback(maria_url: str) -> None:
    t = MariaDbTarget(maria_url)
    try:
        src = example_source()
        spec = make_spec(new_run_id())
        run = migrate(spec, src, t, secret=SECRET)
        want, quarantined = expected_rows(src)
        got = _rows(t)
        assert len(got) == len(set(got)) and set(got) == want
        assert run.promoted and run.rows_quarantined == quarantined and all(v.passed for v in run.validations)
        assert len(t.quarantine(spec.run_id)) == quarantined
        again = migrate(spec, src, t, secret=SECRET)
        assert "no-op" in again.strategy_reason and sorted(_rows(t), key=str) == sorted(got, key=str)
        before = {r[0]: r for r in got}
        changed = src.with_columns(pl.when(pl.int_range(pl.len()) % 10 == 0).then(pl.lit("changed@example.org"))
                                   .otherwise(pl.col("email")).alias("email"))
        mspec = make_spec(new_run_id(), disposition=Disposition.MERGE)
        merged = migrate(mspec, changed, t, secret=SECRET)
        after = {r[0]: r for r in _rows(t)}
        assert set(after) == set(before) and merged.previous_table
        diff = [k for k in after if after[k] != before[k]]
        assert diff and all(after[k][2] == "changed@example.org" for k in diff)
        t.rollback(mspec.run_id, "crm_customer")
        assert {r[0]: r for r in _rows(t)} == before
        replace = make_spec(new_run_id())
        second = migrate(replace, src, t, secret=SECRET)
        assert second.previous_table and t.table_exists(second.previous_table)
        assert set(_rows(t)) == want
    finally:
        t.dispose()


@pytest.mark.parametrize("point", ["mid_write", "after_write", "mid_promote", "after_promote"])
def test_kill_then_resume_loses_and_duplicates_nothing(maria_url: str, point: str) -> None:
    run_id = new_run_id()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MAPWRIGHT_FAULT_KILL": f"{point}:2" if "write" in point
           else f"{point}:1"}
    cmd = [sys.executable, "-m", "tests.migration.drill_worker_any", "mariadb", maria_url, run_id, "100"]
    first = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert first.returncode == -9, first.stderr[-2000:]
    env.pop("MAPWRIGHT_FAULT_KILL")
    final = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert final.returncode == 0 and "PROMOTED" in final.stdout, final.stderr[-2000:]
    t = MariaDbTarget(maria_url)
    try:
        got = _rows(t)
        assert len(got) == len(set(got)) and set(got) == expected_rows(example_source())[0]
    finally:
        t.dispose()


def test_scd2_on_mariadb(maria_url: str) -> None:
    t = MariaDbTarget(maria_url)
    try:
        src = example_source()
        migrate(make_spec(new_run_id(), disposition=Disposition.SCD2), src, t, secret=SECRET)
        changed = src.with_columns(pl.when(pl.int_range(pl.len()) % 10 == 0).then(pl.lit("changed@example.org"))
                                   .otherwise(pl.col("email")).alias("email"))
        spec = make_spec(new_run_id(), disposition=Disposition.SCD2)
        migrate(spec, changed, t, secret=SECRET)
        n_changed = len(expected_rows(changed)[0] - expected_rows(src)[0])
        rec = t.promotion(spec.run_id)
        assert rec is not None and int(rec["closed"]) == int(rec["opened"]) == n_changed > 0
        hist = t.final_frame("crm_customer")
        current = hist.filter(pl.col("valid_to").is_null()).select(COLS)
        assert set(current.iter_rows()) == expected_rows(changed)[0]
    finally:
        t.dispose()


def test_two_workers_racing_for_one_chunk_write_it_once(maria_url: str) -> None:
    spec = make_spec(new_run_id(), batch_size=100)
    targets = [MariaDbTarget(maria_url) for _ in range(2)]
    results = race_for_one_chunk(spec, targets)
    try:
        assert sorted(r.noop for r in results) == [False, True], "exactly one worker writes the chunk"
        staged = sum(b.height for b in targets[0].staged_batches(spec))
        assert staged == results[0].checkpoint.row_count_out
    finally:
        for t in targets:
            t.dispose()


def test_a_rollback_killed_between_its_rename_and_its_record_completes_on_retry(maria_url: str) -> None:
    """RENAME commits on its own: a rollback killed right after it is finished by the next rollback, which keeps
    the set-aside table (it used to drop it and then fail on the kept version the rename had moved)."""
    t = MariaDbTarget(maria_url)
    try:
        migrate(make_spec(new_run_id()), example_source(), t, secret=SECRET)
        before = sorted(_rows(t), key=str)
        second = make_spec(new_run_id())
        changed = example_source().with_columns(pl.lit("second@example.org").alias("email"))
        migrate(second, changed, t, secret=SECRET)
        promoted = sorted(_rows(t), key=str)
        code = ("import sys; from adapters.targets.mariadb_target import MariaDbTarget; "
                "MariaDbTarget(sys.argv[1]).rollback(sys.argv[2], 'crm_customer')")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MAPWRIGHT_FAULT_KILL": "mid_rollback:1"}
        res = subprocess.run([sys.executable, "-c", code, maria_url, second.run_id], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120, check=False)
        assert res.returncode == -9, res.stderr[-2000:]
        assert t.promotion(second.run_id) is not None, "killed before its record went"
        aside = t.rollback(second.run_id, "crm_customer")
        assert sorted(_rows(t), key=str) == before, "the version before the run is back"
        kept = [tuple(r) for r in t.final_frame(aside).select(COLS).iter_rows()]
        assert sorted(kept, key=str) == promoted, "the rolled-back version is kept aside, not dropped"
        assert t.promotion(second.run_id) is None
    finally:
        t.dispose()


def test_sessions_are_strict_and_datetimes_keep_their_microseconds(maria_url: str) -> None:
    import datetime as dt

    import sqlalchemy as sa

    from core.migration.models import TargetColumn

    t = MariaDbTarget(maria_url)
    try:
        with t._engine.connect() as c:  # noqa: SLF001 - the adapter's own engine is what the migration uses
            mode, gc_len = c.execute(sa.select(sa.literal_column("@@SESSION.sql_mode"),
                                               sa.literal_column("@@SESSION.group_concat_max_len"))).one()
        assert "STRICT_ALL_TABLES" in mode and int(gc_len) >= 1 << 30
        table = t._table("ts_probe", [TargetColumn(name="k", type="int", nullable=False),  # noqa: SLF001
                                      TargetColumn(name="at", type="datetime", nullable=True)], ["k"], chunk=False)
        stamp = dt.datetime(2026, 12, 7, 5, 15, 49, 123456)
        with t._engine.begin() as c:  # noqa: SLF001
            table.create(c)
            c.execute(table.insert().values(k=1, at=stamp))
            assert c.execute(sa.select(table.c.at)).scalar_one() == stamp
    finally:
        t.dispose()
