"""A bad day on the bundled example, through Dagster: the local model server is down while the
run needs it (the arbiter falls back to the rules, recorded), then an operator stops the run in the
middle of Migration (it lands on a chunk boundary) and resumes it; the run completes."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

import orchestration.migration.assets as migration_assets
from adapters.llm.fake_wire_server import FakeWireServer
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
    # The local model server (ollama wire: the router's first choice for the Domains arbiter,
    # which answers through it when it is up) is down for the whole run.
    with FakeWireServer() as srv:
        monkeypatch.setenv("MAPWRIGHT_OLLAMA_API_BASE", srv.base("ollama"))
        srv.outage("ollama")
        contract, step = run_example("data_mode", answers=load_answers(EXAMPLE_ANSWERS), db_url=run_db,
                                     instance=run_instance)
        probed = srv.requests("ollama", chat_only=False)
    rid = contract.run_id

    # Outage: the router asked the server, found it down, and the rules answered (recorded).
    assert probed, "the router asked the local model server before falling back"
    calls = [e for e in run_store.events(rid) if e.action.startswith("provider.")]
    assert calls and all(e.detail.get("rules_fallback") and e.fallback_chain[-1] == "offline:rules-v1"
                         for e in calls)

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
                and not e.action.startswith("provider.")]
