"""A refused `quarantine release` / `migration rollback` is on the ledger but leaves the run's state alone: the
supervisor's next step is the same before and after (it was a MIGRATION reject, which halted the run mid-migration)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.metadata_store import open_store
from core.ledger import Decision, LedgerEvent, Stage
from core.supervisor import REQUEST_ACTION, STAGE_PLAN, StepKind, next_step
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

FLAGS = ("--lhs", str(EXAMPLE_SOURCE), "--rhs", str(EXAMPLE_TARGET), "--mode", "data_mode", "--user", "u")


@pytest.mark.parametrize("command", [("quarantine", "release"), ("migration", "rollback")])
def test_a_refused_command_does_not_halt_a_run_mid_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            command: tuple[str, str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", url)
    runner = CliRunner()
    run_id = runner.invoke(cli, ["run", "create", *FLAGS], catch_exceptions=False).stdout.strip()
    store = open_store(url)
    try:
        chash = store.require_run(run_id).contract_hash
        # the run's ledger as the supervisor leaves it once Analysis passed and the pre-flight was requested
        for step in STAGE_PLAN[:4]:
            for gate in step.gates:
                store.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                         action=f"gate.{gate}", contract_hash=chash))
        preflight = next(s for s in STAGE_PLAN if s.key == "migration_preflight")
        store.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                 action=REQUEST_ACTION, contract_hash=chash,
                                 detail={"stage": preflight.stage.value, "step": preflight.key}))
        before = next_step(list(store.events(run_id)))
        assert (before.kind, before.step) == (StepKind.REQUEST, "migration_preflight")
        res = runner.invoke(cli, [*command, run_id, "--user", "eve", "--role", "Analyst"], catch_exceptions=False)
        assert res.exit_code == 2 and "ERROR [POLICY_BLOCK]" in res.stderr
        events = list(store.events(run_id))
    finally:
        store.close()
    assert next_step(events) == before
    refusal = events[-1]
    assert (refusal.decision, refusal.action, refusal.error_code, refusal.detail["role"]) == \
        (Decision.REJECT, ".".join(command), "POLICY_BLOCK", "Analyst")
    assert (refusal.stage, refusal.detail["stage"]) == (Stage.SUPERVISOR, "MIGRATION")  # as a refused `run confirm`
