"""A review answer after Analysis changes the plan: `run advance` runs Analysis again on the new plan before the
migration pre-flight (the supervisor saw the plan hash change), and says so on the ledger. It used to go straight to
Migration with the old plan's Analysis report."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
from click.testing import CliRunner

from adapters.metadata_store.store import open_store
from core.artifacts import ArtifactKind
from core.ledger import LedgerEvent
from core.supervisor import REQUEST_ACTION
from orchestration.cli import cli
from orchestration.driver import advance
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", db)
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return db


def _last(events: list[LedgerEvent], action: str) -> int:
    return max(i for i, e in enumerate(events) if e.action == action)


def test_a_review_answer_after_analysis_reruns_analysis_before_migration(env: str) -> None:
    runner = CliRunner()
    created = runner.invoke(cli, ["run", "create", "--lhs", str(EXAMPLE_SOURCE), "--rhs", str(EXAMPLE_TARGET),
                                  "--mode", "metadata_only", "--user", "u", "--role", "Operator"],
                            catch_exceptions=False)
    assert created.exit_code == 0, created.output
    run_id = created.stdout.strip()
    store = open_store(env)
    with dg.DagsterInstance.get() as instance:  # Ingest, Domains, Mapping, Analysis; Migration not yet
        advance(store, run_id, instance=instance, db_url=env, max_steps=4)
    events = list(store.events(run_id))
    assert any(e.action == "gate.analysis_report_gate" for e in events)
    assert not any(e.action == "gate.migration_preflight_gate" for e in events)
    old_report = store.latest(run_id, ArtifactKind.ANALYSIS_REPORT)
    assert old_report is not None

    answered = runner.invoke(cli, ["review", run_id, "--answer", "birth_date=empty", "--user", "dana",
                                   "--role", "Operator"], catch_exceptions=False)
    assert answered.exit_code == 0, answered.output
    events = list(store.events(run_id))
    new_plan = events[_last(events, "gate.mapping_plan_gate")].outputs_hash
    assert new_plan != old_report.payload["plan_hash"]

    res = runner.invoke(cli, ["run", "advance", run_id], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "completed" in res.stdout
    events = list(store.events(run_id))
    plan_at, analysis_at = _last(events, "gate.mapping_plan_gate"), _last(events, "gate.analysis_report_gate")
    preflight_at = _last(events, "gate.migration_preflight_gate")
    assert plan_at < analysis_at < preflight_at
    assert events[analysis_at].inputs_hash == new_plan
    again = [e for e in events[plan_at:analysis_at] if e.action == REQUEST_ACTION and e.detail["stage"] == "ANALYSIS"]
    assert len(again) == 1 and "mapping plan changed" in again[0].detail["reasons"][0]
    report = store.latest(run_id, ArtifactKind.ANALYSIS_REPORT)
    assert report is not None and report.payload["plan_hash"] == new_plan
