"""``mapwright health``, ``cost estimate``, ``run stop`` / ``run resume`` through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from adapters.metadata_store import open_store
from core.artifacts import ArtifactKind
from core.contract import contract_template
from core.supervisor import StepKind, next_step


@pytest.fixture
def dagster_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


def test_health_reports_each_component_and_fails_when_one_is_down(
        mw: Callable[..., Result], dagster_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok = mw("health", "--json")
    report = {r["component"]: r for r in json.loads(ok.output)}
    assert set(report) == {"metadata_store", "cache", "vector_index", "providers", "dagster_run_queue"}
    assert ok.exit_code == 0 and report["metadata_store"]["status"] == "ok"
    assert "offline" in report["providers"]["detail"] and report["providers"]["status"] in ("ok", "degraded")
    assert report["dagster_run_queue"]["detail"].startswith("run queue depth 0")
    monkeypatch.setenv("MAPWRIGHT_VECTOR_BACKEND", "pgvector")
    monkeypatch.delenv("MAPWRIGHT_VECTOR_URL", raising=False)
    down = mw("health")
    assert down.exit_code == 3 and "vector_index" in down.output and "down" in down.output


def test_cost_estimate_is_sized_by_the_catalog(mw: Callable[..., Result], db_url: str) -> None:
    contract = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key="cost-1")
    store = open_store(db_url)
    store.save_run(contract)
    assert mw("cost", "estimate", contract.run_id).exit_code != 0  # no catalog yet: says so
    cols = [{"name": f"c{i}", "original_name": f"Column {i}", "stats": {"mean_length": 12}} for i in range(6)]
    store.put(ArtifactKind.CATALOG, contract.run_id, {"tables": [{"name": "t", "columns": cols}]})
    small = json.loads(mw("cost", "estimate", contract.run_id, "--json").output)
    store.put(ArtifactKind.CATALOG, contract.run_id, {"tables": [{"name": "t", "columns": cols * 2}]})
    big = json.loads(mw("cost", "estimate", contract.run_id, "--json").output)
    dom = {s["stage"]: s for s in big["stages"]}["DOMAINS"]
    assert dom["calls"] == 12 and big["tokens"] == 2 * small["tokens"] > 0
    assert all(s["tokens_in"] == 0 for s in big["stages"] if s["stage"] != "DOMAINS")
    assert "DOMAINS" in mw("cost", "estimate", contract.run_id).output


def test_stop_and_resume_are_recorded_and_rbac_checked(mw: Callable[..., Result], db_url: str,
                                                       dagster_home: Path) -> None:
    contract = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key="stop-1")
    store = open_store(db_url)
    store.save_run(contract)
    refused = mw("run", "stop", contract.run_id, "--user", "v", "--role", "Viewer")
    assert refused.exit_code != 0 and "POLICY_BLOCK" in refused.output
    out = mw("run", "stop", contract.run_id, "--user", "ops", "--note", "window")
    assert out.exit_code == 0 and "Dagster runs cancelled: none" in out.output
    assert store.require_run(contract.run_id).status.value == "cancelled"
    assert next_step(store.events(contract.run_id)).kind is StepKind.STOPPED
    assert mw("run", "resume", contract.run_id, "--user", "ops").exit_code == 0
    step = next_step(store.events(contract.run_id))
    assert step.kind is StepKind.REQUEST and step.step == "INGEST"
    actions = [(e.action, e.decision.value) for e in store.events(contract.run_id)
               if e.action.startswith("supervisor.")]
    assert actions == [("supervisor.stop", "reject"), ("supervisor.stop", "accept"), ("supervisor.resume", "accept")]
