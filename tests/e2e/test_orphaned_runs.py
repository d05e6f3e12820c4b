"""Issue 10, defect 8: a Dagster run whose process was killed is failed at the next start and by the
supervisor, instead of staying STARTED (and blocking the mapping run) for good."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest

from core.contract import contract_template
from orchestration.orphans import fail_orphaned_runs, materialize_in_process, orphaned_runs
from orchestration.resources import MetadataStoreResource
from orchestration.supervisor.sensor import active_dagster_run, supervisor
from tests.e2e.procs import repo_dagster_home

ROOT = Path(__file__).resolve().parents[2]
SLOW_JOB = """
import sys, time
import dagster as dg
from orchestration.orphans import materialize_in_process

@dg.asset
def slow_asset() -> int:
    print("started", flush=True)
    time.sleep(120)
    return 1

materialize_in_process([slow_asset], instance=dg.DagsterInstance.get(), tags={"mapwright/run_id": sys.argv[1]})
"""


@dg.asset
def quick_asset() -> int:
    return 1


def _started_run(instance: dg.DagsterInstance, run_id: str, proc: subprocess.Popen[bytes]) -> dg.DagsterRun:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "subprocess ended"
        runs = instance.get_runs(filters=dg.RunsFilter(tags={"mapwright/run_id": run_id},
                                                       statuses=[dg.DagsterRunStatus.STARTED]))
        if runs and runs[0].status is dg.DagsterRunStatus.STARTED and any(
                e.step_key for e in instance.all_logs(runs[0].run_id)):
            return runs[0]
        time.sleep(0.3)
    raise AssertionError("the slow run never started")


@pytest.fixture
def dagster_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = repo_dagster_home(tmp_path / "dagster_home")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


def test_killed_run_is_failed_at_next_start_and_by_the_supervisor(dagster_home: Path, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'mapwright.db'}"
    contract = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key="orphan-1")
    MetadataStoreResource(db_url=db_url).store().save_run(contract)
    run_id = contract.run_id

    env = {**os.environ, "PYTHONPATH": str(ROOT), "DAGSTER_HOME": str(dagster_home)}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_JOB, run_id], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with dg.DagsterInstance.get() as instance:
            run = _started_run(instance, run_id, proc)
            assert orphaned_runs(instance) == []  # alive: not an orphan
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)

            # The defect: the run stays STARTED and counts as in progress for the supervisor.
            assert instance.get_run_by_id(run.run_id).status is dg.DagsterRunStatus.STARTED
            assert [r.run_id for r in orphaned_runs(instance)] == [run.run_id]

            # The supervisor fails it and, no run being in progress any more, requests the stage.
            ctx = dg.build_sensor_context(instance=instance, resources={"store": MetadataStoreResource(db_url=db_url)})
            result = supervisor(ctx)
            assert isinstance(result, dg.SensorResult)
            assert instance.get_run_by_id(run.run_id).status is dg.DagsterRunStatus.FAILURE
            assert not active_dagster_run(instance, run_id)
            assert [r.partition_key for r in result.run_requests] == [run_id]
            failure = [e for e in instance.all_logs(run.run_id)
                       if e.dagster_event and e.dagster_event.event_type_value == "PIPELINE_FAILURE"]
            assert failure and "is gone" in (failure[-1].dagster_event.message or "")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_next_in_process_start_fails_the_orphan(dagster_home: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DAGSTER_HOME": str(dagster_home)}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_JOB, "next-start"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with dg.DagsterInstance.get() as instance:
            run = _started_run(instance, "next-start", proc)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            result = materialize_in_process([quick_asset], instance=instance, tags={"mapwright/run_id": "other"})
            assert result.success
            assert instance.get_run_by_id(run.run_id).status is dg.DagsterRunStatus.FAILURE
            assert instance.get_run_by_id(result.run_id).status is dg.DagsterRunStatus.SUCCESS
            assert fail_orphaned_runs(instance) == []  # nothing left; the finished run is not touched
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
