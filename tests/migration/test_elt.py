"""ELT (§14): a source table inside the target database runs through the compiled plan in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.elt_target import EltSqlTarget
from core.migration.elt import choose_strategy, migrate_elt
from core.migration.run import migrate
from tests.migration.conftest import _pg_schema, example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

SECRET = b"elt-secret"
COLS = ["customer_id", "full_name", "email", "country_code"]


def load_source(url: str, frame: pl.DataFrame, table: str = "src_customers") -> None:
    """Write ``frame`` as a text table into the database at ``url`` (the ELT source)."""
    eng = sa.create_engine(url)
    md = sa.MetaData()
    t = sa.Table(table, md, *[sa.Column(c, sa.Text) for c in frame.columns])
    with eng.begin() as conn:
        md.create_all(conn)
        conn.execute(t.insert(), frame.to_dicts())
    eng.dispose()


@pytest.fixture(params=["duckdb", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def elt_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh DuckDB or SQLite file or PostgreSQL schema holding the source table."""
    if request.param in ("duckdb", "sqlite"):
        url = f"{request.param}:///{tmp_path / f'elt.{request.param}'}"
        load_source(url, example_source())
        yield url
    else:
        for url in _pg_schema():
            load_source(url, example_source())
            yield url


def _rows(target: EltSqlTarget) -> list[tuple[object, ...]]:
    return [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]


def test_elt_matches_the_oracle_and_etl_and_reruns_as_noop(elt_url: str) -> None:
    target = EltSqlTarget(elt_url)
    try:
        spec = make_spec(new_run_id(), batch_size=150)
        strategy, reason, query = choose_strategy(spec, target, elt_url, "src_customers")
        assert strategy == "ELT" and "inside the target database" in reason and query is not None
        run = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason)
        want, quarantined = expected_rows(example_source())
        got = _rows(target)
        assert len(got) == len(set(got)) and set(got) == want
        assert run.strategy == "ELT" and run.promoted and all(v.passed for v in run.validations)
        assert run.rows_loaded == len(want) and run.rows_quarantined == quarantined and run.chunks == 7
        etl_q = {(tuple(sorted(q.reason_codes)), q.key_token) for q in target.quarantine(spec.run_id)}
        assert len(etl_q) == quarantined
        assert not target.table_exists(f"crm_customer__mw_elt_{spec.run_id[-10:].lower()}")
        again = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason)
        assert again.promoted and again.rows_loaded == run.rows_loaded and sorted(_rows(target), key=str) == sorted(
            got, key=str)
        # the same plan through ETL quarantines the same keys for the same reasons
        etl_spec = make_spec(new_run_id(), batch_size=150, table="crm_customer_etl")
        migrate(etl_spec, example_source(), target, secret=SECRET)
        assert {(tuple(sorted(q.reason_codes)), q.key_token) for q in target.quarantine(etl_spec.run_id)} == etl_q
        assert set(tuple(r) for r in target.final_frame("crm_customer_etl").select(COLS).iter_rows()) == want
    finally:
        target.dispose()


def test_elt_chunk_rerun_is_noop_and_resume_finishes(elt_url: str) -> None:
    target = EltSqlTarget(elt_url)
    try:
        spec = make_spec(new_run_id(), batch_size=300)
        _, reason, query = choose_strategy(spec, target, elt_url, "src_customers")
        assert query is not None
        run = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason, promote=False)
        assert not run.promoted and not target.table_exists("crm_customer")
        before = target.checkpoints(spec.run_id)
        done = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason)
        assert done.promoted and [c.content_hash for c in target.checkpoints(spec.run_id)] == [
            c.content_hash for c in before]
    finally:
        target.dispose()


def test_etl_when_the_source_is_elsewhere_or_sql_cannot_express_the_plan(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'a.duckdb'}"
    target = EltSqlTarget(url)
    try:
        spec = make_spec(new_run_id())
        other = choose_strategy(spec, target, f"duckdb:///{tmp_path / 'b.duckdb'}", "src_customers")
        assert other[0] == "ETL" and "another database" in other[1]
        assert choose_strategy(spec, target, None, None)[0] == "ETL"
        sqlite = EltSqlTarget(f"sqlite:///{tmp_path / 's.sqlite'}")
        load_source(f"sqlite:///{tmp_path / 's.sqlite'}", example_source())
        floats = spec.model_copy(update={"columns": [*spec.columns[:1], spec.columns[1].model_copy(
            update={"type": "float"}), *spec.columns[2:]]})  # text -> float has no exact SQLite form
        s, why, q = choose_strategy(floats, sqlite, f"sqlite:///{tmp_path / 's.sqlite'}", "src_customers")
        assert s == "ETL" and q is None and "sqlite" in why
        assert choose_strategy(spec, sqlite, f"sqlite:///{tmp_path / 's.sqlite'}", "src_customers")[0] == "ELT"
        sqlite.dispose()
    finally:
        target.dispose()


def test_sql_source_in_another_database_goes_etl_in_key_order(tmp_path: Path) -> None:
    from adapters.sources.sql_table_reader import SqlTableReader
    from core.migration.sql_source import SqlSourceRef, key_order, read_chunks, read_table

    src_url = f"sqlite:///{tmp_path / 'src.sqlite'}"
    load_source(src_url, example_source().sample(fraction=1.0, shuffle=True, seed=3))
    spec = make_spec(new_run_id(), batch_size=250)
    reader = SqlTableReader(src_url)
    assert key_order(spec) == ["customer_id"]
    parts = list(read_chunks(reader, "src_customers", spec))
    assert [p.height for p in parts] == [250, 250, 250, 250]
    keys = pl.concat(parts)["customer_id"].to_list()
    assert keys == sorted(keys, key=lambda k: (k is not None, k or "")), "chunks must come in key order"
    target = EltSqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    try:
        run = migrate(spec, lambda: read_table(reader, "src_customers", spec), target, secret=SECRET,
                      sql_source=SqlSourceRef(url=src_url, table="src_customers"))
        assert run.strategy == "ETL" and "another database" in run.strategy_reason
        want, quarantined = expected_rows(example_source())
        assert set(_rows(target)) == want and run.rows_quarantined == quarantined
    finally:
        target.dispose()
        reader.dispose()


def test_the_stage_picks_elt_inside_the_target_and_records_why(elt_url: str, tmp_path: Path) -> None:
    from adapters.metadata_store import open_store
    from core.migration.sql_source import SqlSourceRef

    target = EltSqlTarget(elt_url)
    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    try:
        spec = make_spec(new_run_id())
        run = migrate(spec, None, target, secret=SECRET, sql_source=SqlSourceRef(url=elt_url, table="src_customers"),
                      ledger=store)
        assert run.strategy == "ELT" and run.promoted
        assert set(_rows(target)) == expected_rows(example_source())[0]
        events = {e.action: e for e in store.events(spec.run_id)}
        assert events["migration.preflight"].detail["strategy"] == "ELT"
        assert "compiles for" in events["migration.preflight"].detail["strategy_reason"]
        assert "migration.promoted" in events
    finally:
        target.dispose()
        store.close()


def test_elt_kill_drill(elt_url: str, tmp_path: Path) -> None:
    """SIGKILL the ELT migration at 10 random fault points, resume: 0 lost, 0 duplicated. The attempts share one
    persistent ledger: the last kill (after the promotion's commit) left the work table, which the re-run drops,
    and lost the ``migration.promoted`` event, which the re-run records from the promotion record."""
    import os
    import random
    import subprocess
    import sys

    from tests.migration.conftest import ROOT
    from tests.migration.ledger_checks import dropped, recovered_promotion_events

    rng = random.Random(14)
    run_id = new_run_id()
    points = ["transform", "before_write", "mid_write", "after_write"]
    plan = [f"{rng.choice(points)}:{rng.randint(1, 3)}" for _ in range(7)]
    plan += ["before_promote:1", "mid_promote:1", "after_promote:1"]
    ledger = f"sqlite:///{tmp_path / 'ledger.db'}"
    cmd = [sys.executable, "-m", "tests.migration.drill_worker_any", "eltsrc", elt_url, run_id, "50", ledger]
    kills = 0
    for kill in plan:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MAPWRIGHT_FAULT_KILL": kill}
        res = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert res.returncode in (-9, 0), res.stderr[-2000:]
        kills += res.returncode == -9
    assert res.returncode == -9, "the last attempt was to be killed after the promotion's commit"
    assert leftovers(elt_url, run_id) != [], "the kill after the promotion's commit left no work table to settle"
    env = {k: v for k, v in os.environ.items() if k != "MAPWRIGHT_FAULT_KILL"}
    res = subprocess.run(cmd, cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                         timeout=120, check=False)
    assert res.returncode == 0 and "PROMOTED" in res.stdout, res.stderr[-2000:]
    assert kills >= 8
    target = EltSqlTarget(elt_url)
    try:
        got = _rows(target)
        assert len(got) == len(set(got)) and set(got) == expected_rows(example_source())[0]
        assert sorted(c.chunk_id for c in target.checkpoints(run_id)) == list(range(20))
        assert leftovers(elt_url, run_id) == [], "the promotion cut after its commit left work tables"
    finally:
        target.dispose()
    events = recovered_promotion_events(ledger, run_id)
    assert dropped(events).get("migration.work_table_dropped") == [f"crm_customer__mw_elt_{run_id[-10:].lower()}"]
    gates = [e for e in events if e.action == "gate.promotion_gate"]
    assert gates and gates[-1].detail["reasons"] == ["already promoted (ELT)"], gates[-1:]


def leftovers(url: str, run_id: str) -> list[str]:
    """The run's ELT work and staging tables still in the target database."""
    eng = sa.create_engine(url)
    try:
        names = sa.inspect(eng).get_table_names()
    finally:
        eng.dispose()
    tag = run_id[-10:].lower()
    return sorted(n for n in names if n.endswith((f"__mw_elt_{tag}", f"__mw_stg_{tag}")))


def test_a_promoted_elt_runs_re_run_drops_what_a_kill_after_the_commit_left_on_the_ledger(elt_url: str) -> None:
    """Cut after the promotion committed: the work table (and a staging table a late writer re-created) stay; the
    run's re-run drops both, each a ledger event, and a second re-run has nothing left to drop."""
    from core.inmemory import MemoryLedger
    from core.migration.run import embedded_contract
    from core.migration.sql_source import SqlSourceRef

    target = EltSqlTarget(elt_url)
    try:
        spec = make_spec(new_run_id(), batch_size=300)
        src = SqlSourceRef(url=elt_url, table="src_customers")
        assert migrate(spec, None, target, secret=SECRET, sql_source=src).promoted
        tag = spec.run_id[-10:].lower()
        work, stage = f"crm_customer__mw_elt_{tag}", f"crm_customer__mw_stg_{tag}"
        eng = sa.create_engine(elt_url)
        with eng.begin() as c:  # what the kill left: the work table, and a staging table written after the commit
            for name in (work, stage):
                sa.Table(name, sa.MetaData(), sa.Column("x", sa.Integer)).create(c)
        eng.dispose()
        assert leftovers(elt_url, spec.run_id) == sorted([work, stage])
        ledger = MemoryLedger()
        again = migrate(spec, None, target, secret=SECRET, sql_source=src, ledger=ledger)
        assert again.promoted and again.strategy == "ELT" and leftovers(elt_url, spec.run_id) == []
        events = {e.action: e.detail["table"] for e in ledger.events(embedded_contract(spec).run_id)
                  if e.action in ("migration.work_table_dropped", "migration.staging_dropped")}
        assert events == {"migration.work_table_dropped": work, "migration.staging_dropped": stage}
        assert target.settle_promotion(spec.run_id) == [] and set(_rows(target)) == expected_rows(example_source())[0]
    finally:
        target.dispose()


def test_a_source_table_changed_before_the_resume_is_loaded_whole_from_its_new_version(elt_url: str) -> None:
    """Chunks finished from one version of the source table are discarded when the resumed run's work table (the
    table as it is now) gives them other rows: the promoted table is the new version, never a mix."""
    from core.inmemory import MemoryLedger
    from core.ledger import LedgerRecorder

    target = EltSqlTarget(elt_url)
    try:
        spec = make_spec(new_run_id(), batch_size=100)
        _, reason, query = choose_strategy(spec, target, elt_url, "src_customers")
        assert query is not None
        migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason, promote=False)
        finished = target.checkpoints(spec.run_id)
        eng = sa.create_engine(elt_url)
        src = sa.Table("src_customers", sa.MetaData(), sa.Column("customer_id", sa.Text), sa.Column("email", sa.Text))
        with eng.begin() as c:  # the source table changes between the runs: every e-mail upper-cased
            c.execute(src.update().values(email=sa.func.upper(src.c.email)))
        eng.dispose()
        ledger = MemoryLedger()
        rec = LedgerRecorder(ledger, spec.run_id)
        run = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason, ledger=rec)
        new = example_source().with_columns(pl.col("email").str.to_uppercase())
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        assert set(_rows(target)) == expected_rows(new)[0], "rows of two versions of the source table were promoted"
        (event,) = [e for e in ledger.events(spec.run_id) if e.action == "migration.source_changed"]
        assert sorted(event.detail["discarding"]) == sorted(c.chunk_id for c in finished if c.row_count_out)
    finally:
        target.dispose()
