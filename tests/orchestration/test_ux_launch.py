"""`mapwright run launch`: a bad --stage is a usage error (was a Dagster traceback); Dagster's log goes to a file,
not the terminal; a failed launch says why, from the ledger."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from orchestration.cli import cli
from orchestration.example import EXAMPLE_TARGET
from tests.e2e.procs import PROJECT, base_env


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAPWRIGHT_DB_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return tmp_path


def _create(runner: CliRunner, lhs: Path) -> str:
    res = runner.invoke(cli, ["run", "create", "--lhs", str(lhs), "--rhs", str(EXAMPLE_TARGET), "--mode",
                              "data_mode", "--user", "u"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.stdout.strip()


@pytest.mark.parametrize("stages", [("bogus",), ("promotion", "catalog")])
def test_a_bad_stage_is_a_usage_error(env: Path, stages: tuple[str, ...]) -> None:
    runner = CliRunner()
    run_id = _create(runner, env / "x.csv")
    res = runner.invoke(cli, ["run", "launch", run_id, *[a for s in stages for a in ("--stage", s)]],
                        catch_exceptions=False)
    assert res.exit_code == 2 and "Invalid value" in res.stderr and "Traceback" not in res.output


def test_a_failed_launch_says_why_and_keeps_dagster_off_the_screen(env: Path) -> None:
    """In a real process (the terminal a person sees): Dagster's log lines go to the file the output names."""
    runner = CliRunner()
    missing = env / "gone.csv"
    run_id = _create(runner, missing)
    child = base_env(MAPWRIGHT_DB_URL=os.environ["MAPWRIGHT_DB_URL"], DAGSTER_HOME=os.environ["DAGSTER_HOME"],
                     MAPWRIGHT_HOME=os.environ["MAPWRIGHT_HOME"])
    done = subprocess.run([sys.executable, "-m", "orchestration.cli", "run", "launch", run_id, "--stage", "catalog"],
                          cwd=PROJECT, env=child, capture_output=True, text=True, timeout=300)
    screen = done.stdout + done.stderr
    assert done.returncode == 1, screen[-3000:]
    assert " - dagster - " not in screen and "Traceback" not in screen, screen[-3000:]
    assert f"INGEST catalog.build reject [DETERMINISTIC_FAILURE]: source {missing} does not exist" in done.stdout
    log = Path(os.environ["MAPWRIGHT_HOME"]) / "logs" / "dagster-launch.log"
    text = log.read_text()
    # Dagster's own lines and the failure's cause are in the file (its STEP_FAILURE line was missing once in CI
    # under load, while the traceback of the failure was there)
    assert f"(Dagster log: {log})" in done.stdout and " - dagster - " in text
    assert "SourceMissing" in text  # the typed DeterministicFailure of a missing source file


def test_a_default_launch_runs_to_the_preflight_and_spends_attempts_only_where_it_ran(env: Path) -> None:
    """`run launch RUN` selects Ingest..pre-flight as --help and README say (it stopped at Analysis); when Ingest
    fails, only Ingest has an attempt recorded (every later step had one, so three failed launches halted DOMAINS
    "still missing after 3 attempts" without it ever running)."""
    import dagster as dg

    from adapters.metadata_store import open_store
    from core.supervisor import REQUEST_ACTION, STAGE_PLAN

    runner = CliRunner()
    run_id = _create(runner, env / "gone.csv")
    res = runner.invoke(cli, ["run", "launch", run_id], catch_exceptions=False)
    assert res.exit_code == 1 and "INGEST catalog.build reject [DETERMINISTIC_FAILURE]" in res.stdout, res.output
    with dg.DagsterInstance.get() as instance:
        selection = instance.get_runs(limit=1)[0].asset_selection or frozenset()
    assert {"catalog", "sample_pack", "analysis_report", "migration_preflight"} <= \
        {k.to_user_string() for k in selection}
    assert "promotion" not in {k.to_user_string() for k in selection}
    store = open_store(os.environ["MAPWRIGHT_DB_URL"])
    try:
        requested = [e.detail["step"] for e in store.events(run_id) if e.action == REQUEST_ACTION]
    finally:
        store.close()
    assert requested == [STAGE_PLAN[0].key]
