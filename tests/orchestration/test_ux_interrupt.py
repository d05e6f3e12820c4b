"""Ctrl-C during `mapwright run advance` (and the example) stops the driver with one line naming the stopped Dagster
run and the command that continues (exit 130). Dagster turns SIGINT into a failed run and returns normally, so the
driver used to request the next attempt and carry on as if nothing had been pressed."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import orchestration.ingest.assets as ingest_assets
from adapters.metadata_store import open_store
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET
from orchestration.supervisor.sensor import evaluate_run


def _ctrl_c(*_: Any, **__: Any) -> Any:
    """The person presses Ctrl-C while the ingest step runs."""
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
    raise AssertionError("the interrupt did not arrive")


def test_ctrl_c_stops_run_advance_and_names_how_to_continue(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    created = runner.invoke(cli, ["run", "create", "--lhs", str(EXAMPLE_SOURCE), "--rhs", str(EXAMPLE_TARGET),
                                  "--mode", "data_mode", "--user", "u", "--role", "Operator"], catch_exceptions=False)
    run_id = created.stdout.strip()
    monkeypatch.setattr(ingest_assets, "iter_ingest", _ctrl_c)
    res = runner.invoke(cli, ["run", "advance", run_id], catch_exceptions=False)
    assert res.exit_code == 130, res.output
    last = res.stderr.strip().splitlines()[-1]  # (under CliRunner, Dagster's own lines land on stderr before it)
    assert last.startswith(f"interrupted: mapping run {run_id}: Dagster run ")
    assert "(ingest_job) was stopped and is recorded as failed" in last
    assert last.endswith(f"To continue: mapwright run advance {run_id}")
    assert "mapping run" not in res.stdout  # no summary of a run that went on without the person
    store = open_store(os.environ["MAPWRIGHT_DB_URL"])
    try:
        record = store.require_run(run_id)
        requests = [e for e in store.events(run_id) if e.action == "supervisor.request"]
        assert len(requests) == 1  # the driver did not re-request the step after the interrupt
        _, again = evaluate_run(store, record, active=False)  # the next advance retries the interrupted step
    finally:
        store.close()
    assert again is not None and again.job_name == "ingest_job"
