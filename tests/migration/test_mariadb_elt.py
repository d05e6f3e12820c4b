"""ELT on MariaDB (§14): a source table in the target's own MariaDB database runs through the plan there."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from adapters.metadata_store import open_store
from adapters.targets.factory import open_target
from adapters.targets.mariadb_elt import MariaDbEltTarget
from core.migration.elt import choose_strategy, migrate_elt
from core.migration.run import migrate
from core.migration.sql_source import SqlSourceRef
from dsl.models import Pipeline
from tests.migration.conftest import ROOT, example_source, make_spec, new_run_id
from tests.migration.ledger_checks import dropped, recovered_promotion_events
from tests.migration.oracle import expected_rows
from tests.migration.test_elt import leftovers, load_source

pytestmark = pytest.mark.mariadb
SECRET = b"maria-elt"
COLS = ["customer_id", "full_name", "email", "country_code"]


@pytest.fixture
def src_url(maria_url: str) -> Iterator[str]:  # noqa: F811
    """A fresh MariaDB database holding the example as the text table ``src_customers``."""
    load_source(maria_url, example_source())
    yield maria_url


def _rows(t: MariaDbEltTarget, table: str = "crm_customer") -> list[tuple[object, ...]]:
    return [tuple(r) for r in t.final_frame(table).select(COLS).iter_rows()]


def _quarantined(t: MariaDbEltTarget, run_id: str) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(sorted(q.reason_codes)), q.key_token) for q in t.quarantine(run_id)}


def test_elt_on_mariadb_equals_etl_and_the_oracle_and_is_recorded(src_url: str, tmp_path: object) -> None:
    target = open_target(src_url)
    assert isinstance(target, MariaDbEltTarget)
    store = open_store(f"sqlite:///{tmp_path}/meta.db")
    try:
        spec = make_spec(new_run_id(), batch_size=150)
        run = migrate(spec, None, target, secret=SECRET, ledger=store,
                      sql_source=SqlSourceRef(url=src_url, table="src_customers"))
        assert run.strategy == "ELT" and run.promoted and all(v.passed for v in run.validations), run
        pre = next(e for e in store.events(spec.run_id) if e.action == "migration.preflight")
        assert pre.detail["strategy"] == "ELT" and "compiles for mysql" in pre.detail["strategy_reason"]
        want, quarantined = expected_rows(example_source())
        got = _rows(target)
        assert len(got) == len(set(got)) and set(got) == want
        assert run.rows_loaded == len(want) and run.rows_quarantined == quarantined and run.chunks == 7
        assert not target.table_exists(f"crm_customer__mw_elt_{spec.run_id[-10:].lower()}")
        # the same plan through ETL (Polars) into the same database: same rows, same quarantine keys and reasons
        etl = make_spec(new_run_id(), batch_size=150, table="crm_customer_etl")
        etl_run = migrate(etl, example_source(), target, secret=SECRET)
        assert etl_run.strategy == "ETL" and set(_rows(target, "crm_customer_etl")) == set(got)
        assert _quarantined(target, etl.run_id) == _quarantined(target, spec.run_id)
        again = migrate(spec, None, target, secret=SECRET, sql_source=SqlSourceRef(url=src_url, table="src_customers"))
        assert again.promoted and sorted(_rows(target), key=str) == sorted(got, key=str)
    finally:
        target.dispose()


def test_chunks_are_checkpoints_and_a_rerun_is_a_noop(src_url: str) -> None:
    target = MariaDbEltTarget(src_url)
    try:
        spec = make_spec(new_run_id(), batch_size=300)
        _, reason, query = choose_strategy(spec, target, src_url, "src_customers")
        assert query is not None
        first = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason, promote=False)
        assert not first.promoted and not target.table_exists("crm_customer")
        before = target.checkpoints(spec.run_id)
        assert len(before) == first.chunks == 4 and sum(c.row_count_in for c in before) == 1000
        done = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason)
        assert done.promoted and [c.content_hash for c in target.checkpoints(spec.run_id)] == [
            c.content_hash for c in before]
        assert set(_rows(target)) == expected_rows(example_source())[0]
    finally:
        target.dispose()


def test_a_plan_mariadb_cannot_express_exactly_runs_as_etl(src_url: str) -> None:
    target = MariaDbEltTarget(src_url)
    try:
        spec = make_spec(new_run_id())
        pipe = spec.pipelines[0].pipeline.model_dump(mode="json")
        # normalize has no exact MariaDB form (list_sort has one since dsl/mysql_lists.py)
        pipe["dsl_version"] = "1.4.0"
        pipe["steps"][1] = {"op": "normalize", "input": "first_name", "output": "full_name", "form": "NFC"}
        titled = spec.model_copy(update={"pipelines": [spec.pipelines[0].model_copy(
            update={"pipeline": Pipeline.model_validate(pipe)})]})
        strategy, reason, query = choose_strategy(titled, target, src_url, "src_customers")
        assert (strategy, query) == ("ETL", None) and "mysql" in reason and "normalize" in reason
        floats = spec.model_copy(update={"columns": [*spec.columns[:1], spec.columns[1].model_copy(
            update={"type": "float"}), *spec.columns[2:]]})
        assert choose_strategy(floats, target, src_url, "src_customers")[0] == "ETL"
        other = choose_strategy(spec, target, src_url.rsplit("/", 1)[0] + "/test", "src_customers")
        assert other[0] == "ETL" and "another database" in other[1]
    finally:
        target.dispose()


def test_whitespace_case_and_collation_follow_polars(maria_url: str) -> None:  # noqa: F811
    """Values where MariaDB's collation or functions would differ from Polars: same result either way."""
    tricky = ["\tusa\n", "Usa", "USA ", "deutschland", "\u00a0BR", "fr", "us", "U.S.", " ", "üs", "gb "]
    src = example_source().head(len(tricky)).with_columns(pl.Series("country", tricky))
    load_source(maria_url, src)
    target = MariaDbEltTarget(maria_url)
    try:
        spec = make_spec(new_run_id())
        run = migrate(spec, None, target, secret=SECRET, sql_source=SqlSourceRef(url=maria_url, table="src_customers"))
        assert run.strategy == "ELT"
        want, quarantined = expected_rows(src)
        assert set(_rows(target)) == want and run.rows_quarantined == quarantined
    finally:
        target.dispose()


@pytest.mark.parametrize("cut", ["promote_recorded:1", "after_promote:1"])
def test_mariadb_elt_kill_drill(src_url: str, cut: str, tmp_path: Path) -> None:
    """SIGKILL the MariaDB ELT migration at 6 fault points, resume: 0 lost, 0 duplicated. The last kill is after
    the promotion's commit: after its ``done`` record (its staging table left) or after the whole promotion (the
    work table left); the re-run drops what was left and records the lost ``migration.promoted`` event once."""
    rng = random.Random(41)
    run_id = new_run_id()
    plan = [f"{rng.choice(['transform', 'before_write', 'mid_write', 'after_write'])}:{rng.randint(1, 3)}"
            for _ in range(3)] + ["before_promote:1", "mid_promote:1", cut]
    ledger = f"sqlite:///{tmp_path / 'ledger.db'}"
    cmd = [sys.executable, "-m", "tests.migration.drill_worker_any", "mariadbelt", src_url, run_id, "100", ledger]
    base = {k: v for k, v in os.environ.items() if k != "MAPWRIGHT_FAULT_KILL"} | {"PYTHONPATH": str(ROOT)}
    kills = 0
    for kill in plan:
        res = subprocess.run(cmd, cwd=ROOT, env={**base, "MAPWRIGHT_FAULT_KILL": kill}, capture_output=True,
                             text=True, timeout=120, check=False)
        assert res.returncode in (-9, 0), res.stderr[-2000:]
        kills += res.returncode == -9
    assert res.returncode == -9, "the last attempt was to be killed after the promotion's commit"
    res = subprocess.run(cmd, cwd=ROOT, env=base, capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0 and "PROMOTED" in res.stdout, res.stderr[-2000:]
    assert kills >= 4
    target = MariaDbEltTarget(src_url)
    try:
        got = _rows(target)
        assert len(got) == len(set(got)) and set(got) == expected_rows(example_source())[0]
        assert sorted(c.chunk_id for c in target.checkpoints(run_id)) == list(range(10))
        # cut after its done record, the promotion left its staging table: the re-run dropped it (core.migration.settle)
        assert leftovers(src_url, run_id) == []
    finally:
        target.dispose()
    settled = set(dropped(recovered_promotion_events(ledger, run_id)))
    assert settled == ({"migration.work_table_dropped", "migration.staging_dropped"} if cut.startswith("promote_rec")
                       else {"migration.work_table_dropped"}), settled
