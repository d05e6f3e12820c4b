"""`mapwright run advance` on a run that halts (its source file does not exist) prints the summary with the recorded
error and exits 1, as `run launch` and the example do; it used to exit 0, so a script could not tell a halt from a
completed run."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from orchestration.cli import cli
from orchestration.example import EXAMPLE_TARGET


def test_a_halted_run_advance_exits_1_with_the_error(env: Path) -> None:
    runner = CliRunner()
    missing = env / "gone" / "customers.csv"
    created = runner.invoke(cli, ["run", "create", "--lhs", str(missing), "--rhs", str(EXAMPLE_TARGET),
                                  "--mode", "data_mode", "--user", "u", "--role", "Operator"], catch_exceptions=False)
    assert created.exit_code == 0, created.output
    run_id = created.stdout.strip()
    res = runner.invoke(cli, ["run", "advance", run_id], catch_exceptions=False)
    assert res.exit_code == 1, res.output
    assert f"mapping run {run_id} (data_mode): failed" in res.stdout
    assert f"error [DETERMINISTIC_FAILURE]: source {missing} does not exist" in res.stdout
