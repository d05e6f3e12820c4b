"""A bad day on the bundled example, through Dagster: the local model server goes down in the middle
of Mapping, right after Mapping's first successful model call (Mapping falls back to its rules,
recorded), then an operator stops the run in the middle of Migration (it lands on a chunk boundary)
and resumes it; the run completes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dagster as dg
import pytest

import core.mapping.provider as mapping_provider
import orchestration.migration.assets as migration_assets
from adapters.llm.fake_wire_server import FakeWireServer, _prompt_text, default_responder
from adapters.metadata_store import MetadataStore
from core.ledger import Decision
from core.run_control import resume_run, stop_requested
from core.supervisor import StepKind
from orchestration.answers import load_answers
from orchestration.driver import advance
from orchestration.example import EXAMPLE_ANSWERS, run_example
from orchestration.resources import PolicyResource
from orchestration.stop import cancel_dagster_runs
from orchestration.supervisor.sensor import evaluate_run


def test_outage_falls_back_to_rules_and_a_stop_mid_migration_resumes_to_completion(
        run_instance: dg.DagsterInstance, run_db: str, run_store: MetadataStore, ram_state: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPWRIGHT_MIGRATION_BATCH_SIZE", "100")  # 1000 rows -> 10 chunks
    polls = {"n": 0}
    policy = PolicyResource().engine()

    def stop_after_three(ledger: MetadataStore, run_id: str) -> bool:
        # An operator runs `mapwright run stop` just before the fourth chunk starts.
        polls["n"] += 1
        if polls["n"] == 4:
            event, ids = cancel_dagster_runs(ledger, policy, run_instance, run_id, user_id="ops", role="Operator",
                                             note="maintenance window")
            assert event.action == "supervisor.stop" and ids  # the chunk run itself is in progress
        return stop_requested(ledger, run_id)

    monkeypatch.setattr(migration_assets, "stop_requested", stop_after_three)
    # The example's matches are clear-cut, so Mapping would not need a model: widen its near-tie band
    # so every column is "unsure" and Mapping asks the local model server (ollama wire, the router's
    # first choice). The server answers Mapping's first question, then goes down for good.
    monkeypatch.setattr(mapping_provider, "UNSURE_MARGIN", 1.01)
    answered: dict[str, Any] = {"n": 0}
    with FakeWireServer() as srv:

        def down_after_first_mapping_answer(wire: str, body: dict[str, Any]) -> str:
            text = default_responder(wire, body)
            if "task=propose_transform" in _prompt_text(wire, body):
                answered["n"] += 1
                srv.outage("ollama")
            return text

        srv.responder = down_after_first_mapping_answer
        monkeypatch.setenv("MAPWRIGHT_OLLAMA_API_BASE", srv.base("ollama"))
        contract, step = run_example("data_mode", answers=load_answers(EXAMPLE_ANSWERS), db_url=run_db,
                                     instance=run_instance)
    rid = contract.run_id

    # Outage mid-Mapping: one successful model call, then the failure, recorded with the rules as the
    # fallback, and no further question to the model in this run.
    assert answered["n"] == 1
    calls = [e for e in run_store.events(rid) if e.action == "provider.propose_transform"]
    assert calls[0].decision is Decision.ACCEPT and calls[0].provider == "ollama"
    assert [e.decision for e in calls[1:]] == [Decision.RETRY]
    fallback = [e for e in run_store.events(rid) if e.action == "mapping.provider"]
    assert len(fallback) == 1 and fallback[0].decision is Decision.RETRY
    assert fallback[0].detail["fallback"] == "rules" and fallback[0].detail["asks_stopped"]
    plan_ev = next(e for e in run_store.events(rid) if e.action == "mapping.plan")
    assert plan_ev.detail["provider"]["asked"] == 2 and plan_ev.detail["provider"]["fallback"] == "rules"
    assert plan_ev.detail["summary"]["accept"] == 8  # the run goes on with the rules' plan

    # Stop: on a chunk boundary, three chunks checkpointed, the Dagster run cancelled.
    assert step.kind is StepKind.STOPPED, step
    assert run_store.require_run(rid).status.value == "cancelled"
    chunks = [e for e in run_store.events(rid) if e.action == "migration.chunk"]
    assert sorted(e.detail["chunk_id"] for e in chunks) == [0, 1, 2]
    stop = next(e for e in run_store.events(rid) if e.action == "supervisor.stop")
    assert stop.detail["actor"] == "ops" and stop.detail["dagster_runs"]
    chunk_runs = run_instance.get_runs(filters=dg.RunsFilter(tags={"mapwright/run_id": rid,
                                                                   "mapwright/step": "migration_chunks"}))
    assert [r.status for r in chunk_runs] == [dg.DagsterRunStatus.CANCELED]  # through the instance API
    assert evaluate_run(run_store, run_store.require_run(rid))[1] is None  # stopped: nothing requested

    # Resume: the chunk range again (0-2 are no-ops), then promotion; every row exactly once.
    monkeypatch.setattr(migration_assets, "stop_requested", stop_requested)
    resume_run(run_store, policy, run_id=rid, user_id="ops", role="Operator")
    step, ran = advance(run_store, rid, instance=run_instance, db_url=run_db)
    assert step.kind is StepKind.COMPLETE and len(ran) == 2
    loads = [e for e in run_store.events(rid) if e.action == "migration.chunk"]
    assert sorted(e.detail["chunk_id"] for e in loads if not e.detail["noop"]) == list(range(10))
    assert sorted(e.detail["chunk_id"] for e in loads if e.detail["noop"]) == [0, 1, 2]
    promoted = next(e for e in run_store.events(rid) if e.action == "migration.promoted")
    assert promoted.detail["rows"] == 1000 and promoted.detail["quarantined"] == 0
    assert not [e for e in run_store.events(rid) if e.decision is Decision.REJECT
                and not e.action.startswith(("provider.", "mapping.provider"))]
