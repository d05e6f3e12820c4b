"""The supervisor sensor and the confirmation job through Dagster: request, hold, confirm, advance."""

from __future__ import annotations

import dagster as dg
import pytest

from core.contract import contract_template
from core.ledger import Decision, LedgerEvent, Stage
from orchestration.resources import MetadataStoreResource, PolicyResource
from orchestration.supervisor.sensor import confirm_stage_job, supervisor


def _tick(instance, db_url: str) -> dg.SensorResult:
    ctx = dg.build_sensor_context(instance=instance, resources={"store": MetadataStoreResource(db_url=db_url)})
    result = supervisor(ctx)
    assert isinstance(result, dg.SensorResult)
    return result


def _confirm(instance, db_url: str, run_id: str, role: str) -> dg.ExecuteInProcessResult:
    return confirm_stage_job.execute_in_process(
        run_config={"ops": {"confirm_stage_op": {"config": {"run_id": run_id, "stage": "INGEST",
                                                             "user_id": "dana", "role": role}}}},
        resources={"store": MetadataStoreResource(db_url=db_url), "policy": PolicyResource()},
        instance=instance, raise_on_error=False,
    )


def _gate(run_id: str, name: str, decision: Decision) -> LedgerEvent:
    return LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=decision, action=f"gate.{name}")


def test_supervisor_requests_holds_and_advances_after_confirmation(instance, db_url, store) -> None:
    contract = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key="sup-1")
    store.save_run(contract)
    run_id = contract.run_id

    first = _tick(instance, db_url)
    assert [r.partition_key for r in first.run_requests] == [run_id]
    assert [k.path[-1] for k in first.run_requests[0].asset_selection] == ["catalog", "sample_pack"]
    assert first.dynamic_partitions_requests[0].partition_keys == [run_id]
    assert store.require_run(run_id).status.value == "running"
    # While a Dagster run of this mapping run is queued/in progress, the supervisor only waits.
    cfg = {"ops": {"confirm_stage_op": {"config": {"run_id": run_id, "stage": "INGEST", "user_id": "x",
                                                   "role": "Viewer"}}}}
    pending = instance.create_run_for_job(job_def=confirm_stage_job, run_config=cfg,
                                          tags={"mapwright/run_id": run_id})
    assert not _tick(instance, db_url).run_requests
    # That run died without recording any gate: the stage is requested again (attempt 2).
    instance.delete_run(pending.run_id)
    retry = _tick(instance, db_url)
    assert [r.run_key for r in retry.run_requests] == [f"{run_id}:INGEST:2"]

    store.append_many([_gate(run_id, "catalog_gate", Decision.ACCEPT),
                       _gate(run_id, "sample_pack_gate", Decision.HOLD)])
    assert not _tick(instance, db_url).run_requests
    assert not _tick(instance, db_url).run_requests
    holds = [e for e in store.events(run_id) if e.action == "supervisor.hold"]
    assert len(holds) == 1 and holds[0].human_confirmation.required
    assert store.require_run(run_id).status.value == "held"

    refused = _confirm(instance, db_url, run_id, "Viewer")
    assert not refused.success
    rejected = [e for e in store.events(run_id) if e.action == "human.confirm"]
    assert [(e.decision, e.error_code) for e in rejected] == [(Decision.REJECT, "POLICY_BLOCK")]
    assert not _tick(instance, db_url).run_requests

    assert _confirm(instance, db_url, run_id, "Operator").success
    confirm = store.events(run_id)[-1]
    assert confirm.human_confirmation.actor == "dana" and confirm.human_confirmation.timestamp is not None
    advance = _tick(instance, db_url)
    assert [k.path[-1] for k in advance.run_requests[0].asset_selection] == ["domain_assignments"]
    assert advance.run_requests[0].run_key == f"{run_id}:DOMAINS:1"


@pytest.mark.parametrize("role", ["Viewer", "Analyst"])
def test_confirmation_needs_operator_or_above(instance, db_url, store, role: str) -> None:
    contract = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key=f"sup-{role}")
    store.save_run(contract)
    assert not _confirm(instance, db_url, contract.run_id, role).success


def test_sensor_requests_the_chunk_range_as_one_batch_run(instance, db_url, store) -> None:
    contract = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key="sup-chunks",
                                 lane_hint="interactive")
    store.save_run(contract)
    rid = contract.run_id
    gates = ["catalog_gate", "sample_pack_gate", "domain_assignments_gate", "mapping_plan_gate",
             "analysis_report_gate"]
    store.append_many([_gate(rid, g, Decision.ACCEPT) for g in gates])
    store.append(LedgerEvent(run_id=rid, stage=Stage.MIGRATION, decision=Decision.ACCEPT,
                             action="migration.preflight", detail={"dry_run": False, "chunks": 4}))
    store.append(_gate(rid, "migration_preflight_gate", Decision.ACCEPT))
    result = _tick(instance, db_url)
    [req] = result.run_requests
    assert req.job_name == "migration_chunks_job" and req.partition_key is None
    assert (req.tags["dagster/asset_partition_range_start"], req.tags["dagster/asset_partition_range_end"]) == (
        f"{rid}~c00000", f"{rid}~c00003")
    assert req.tags["mapwright/lane"] == "batch" and req.tags["dagster/priority"] == "0"
    event = [e for e in store.events(rid) if e.action == "supervisor.request"][-1]
    assert event.detail["lane_override"] is True and event.detail["lane_hint"] == "interactive"
    assert not result.dynamic_partitions_requests  # the pre-flight registered the chunk partitions
