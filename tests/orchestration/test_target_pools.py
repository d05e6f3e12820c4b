"""Per-target concurrency pools of the chunk steps (issue 14): named for the target without credentials,
configured by dagster.yaml, enforced across Dagster runs, and given back when a run's process is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest
import yaml

from orchestration.migration.assets import migration_chunks
from orchestration.migration.pools import POOL_PREFIX, migration_pool, target_pool
from orchestration.orphans import fail_orphaned_runs
from tests.e2e.procs import repo_dagster_home

ROOT = Path(__file__).resolve().parents[2]
#: the pool of the target configured in this process's environment, read (like the asset's) at import
POOL_AT_IMPORT = migration_pool()
TARGET = "postgresql+psycopg://loader:${MW_PW}@db.example:5432/warehouse"
# A chunk step in a Dagster run of its own: it claims the pool `migration_chunks` claims in a process with
# this MAPWRIGHT_TARGET_URL, records when it held the slot, and holds it `seconds`.
CHUNK_STEP = """
import json, sys, time
import dagster as dg
from orchestration.migration.pools import migration_pool
from orchestration.orphans import materialize_in_process

log, seconds = sys.argv[1], float(sys.argv[2])

@dg.asset(name="chunk_step_" + sys.argv[3], pool=migration_pool())
def chunk_step() -> None:
    start = time.time()
    print("holding", flush=True)
    time.sleep(seconds)
    with open(log, "a") as f:
        f.write(json.dumps([start, time.time()]) + "\\n")

materialize_in_process([chunk_step], instance=dg.DagsterInstance.get(), tags={"mapwright/step": "migration_chunks"})
"""


@pytest.fixture
def dagster_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Dagster instance configured by the repository's dagster.yaml."""
    home = repo_dagster_home(tmp_path / "dagster_home")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


def _step(home: Path, log: Path, seconds: float, name: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DAGSTER_HOME": str(home), "MAPWRIGHT_TARGET_URL": TARGET}
    return subprocess.Popen([sys.executable, "-c", CHUNK_STEP, str(log), str(seconds), name], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_the_pool_names_the_target_and_never_its_credentials(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    pool = target_pool(TARGET)
    assert pool.startswith(f"{POOL_PREFIX}postgresql_") and "loader" not in pool and "example" not in pool
    assert target_pool("postgresql+psycopg://other:secret@db.example:5432/warehouse") == pool  # same database
    assert target_pool("postgresql+psycopg://loader@db.example:5432/staging") != pool
    assert target_pool("mysql+pymysql://root@db.example:3306/warehouse") != pool
    rel = tmp_path / "t.duckdb"
    monkeypatch.chdir(tmp_path)
    assert target_pool("duckdb:///t.duckdb") == target_pool(f"duckdb:///{rel}")  # one file, one pool
    monkeypatch.setenv("MAPWRIGHT_TARGET_URL", TARGET)
    assert migration_pool() == pool
    monkeypatch.delenv("MAPWRIGHT_TARGET_URL")
    assert migration_pool() == target_pool(f"duckdb:///{os.environ['MAPWRIGHT_HOME']}/target.duckdb")
    assert migration_chunks.op.pool == POOL_AT_IMPORT  # the asset claims the configured target's pool


def test_dagster_yaml_sets_pool_and_lane_limits(dagster_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dagster._config import process_config
    from dagster._core.instance.config import dagster_instance_config_schema, validate_concurrency_config

    with dg.DagsterInstance.get() as instance:
        config = instance.get_concurrency_config()
    assert config.pool_config.default_pool_limit == 2 and config.pool_config.pool_granularity.value == "op"
    lanes = {(t["value"], t["limit"]) for t in config.run_queue_config.tag_concurrency_limits}
    assert lanes == {("interactive", 3), ("flex", 2), ("batch", 2)}
    # the production instance (dagster-postgres: not started here) passes Dagster's own config checks
    for var in ("DAGSTER_PG_HOST", "DAGSTER_PG_PORT", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD", "DAGSTER_PG_DB"):
        monkeypatch.setenv(var, "5432" if var.endswith("PORT") else "x")
    deploy = yaml.safe_load((ROOT / "deploy" / "dagster.yaml").read_text(encoding="utf-8"))
    validate_concurrency_config(deploy)  # run-queue limits in one place only, pools allowed
    assert process_config(dagster_instance_config_schema(), deploy).success
    assert deploy["concurrency"]["pools"]["default_limit"] >= 1


def test_chunk_steps_of_one_target_take_turns_and_a_killed_run_gives_its_slot_back(dagster_home: Path,
                                                                                    tmp_path: Path) -> None:
    pool = target_pool(TARGET)
    log = tmp_path / "held.jsonl"
    with dg.DagsterInstance.get() as instance:
        instance.event_log_storage.set_concurrency_slots(pool, 1)
        # Two chunk steps against the same target in two Dagster runs: with limit 1 they never overlap. The second
        # starts once the first holds the slot: Dagster's SQLite storage (this instance's) does not make two
        # processes' claims of one free slot atomic (both read it free, both take it); its PostgreSQL storage does.
        procs = [_step(dagster_home, log, 12, "0")]
        deadline = time.monotonic() + 60
        while instance.event_log_storage.get_concurrency_info(pool).active_slot_count == 0:
            assert procs[0].poll() is None, procs[0].stderr.read().decode()[-2000:] if procs[0].stderr else ""
            assert time.monotonic() < deadline, "the first chunk step never claimed its slot"
            time.sleep(0.05)
        first = instance.event_log_storage.get_concurrency_info(pool)
        assert first.pending_step_count == 0, first  # only the first step, holding its slot
        procs.append(_step(dagster_home, log, 1.5, "1"))
        waited = False  # the second step queued for the slot while the first held it
        while procs[0].poll() is None and not waited:
            info = instance.event_log_storage.get_concurrency_info(pool)
            waited = info.active_slot_count == 1 and info.pending_step_count >= 1
            time.sleep(0.05)
        for p in procs:
            _, err = p.communicate(timeout=90)
            assert p.returncode == 0, err.decode()[-2000:]
        (a_start, a_end), (b_start, b_end) = sorted(json.loads(line) for line in log.read_text().splitlines())
        assert a_end <= b_start, "two chunk steps of one target held the pool at once"
        assert waited, "the second chunk step never had to wait for the slot (the first ended before it started)"
        assert instance.event_log_storage.get_concurrency_info(pool).active_slot_count == 0

        # A run killed while its chunk step holds the slot: the slot stays taken until the run is
        # found orphaned, then it is given back (and the next chunk step can run).
        proc = _step(dagster_home, log, 120, "killed")
        try:
            deadline = time.monotonic() + 60
            while instance.event_log_storage.get_concurrency_info(pool).active_slot_count == 0:
                assert proc.poll() is None, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
                assert time.monotonic() < deadline, "the chunk step never claimed its slot"
                time.sleep(0.2)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert instance.event_log_storage.get_concurrency_info(pool).active_slot_count == 1
        failed = fail_orphaned_runs(instance)
        assert len(failed) == 1 and instance.get_run_by_id(failed[0]).status is dg.DagsterRunStatus.FAILURE
        info = instance.event_log_storage.get_concurrency_info(pool)
        assert info.active_slot_count == 0 and info.slot_count == 1
