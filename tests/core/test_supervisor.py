"""Supervisor decisions from ledger events: request, wait, hold, confirm, halt, retry, complete."""

from __future__ import annotations

from core.ledger import Decision, LedgerEvent, Stage
from core.supervisor import (
    CONFIRM_ACTION,
    HOLD_ACTION,
    MAX_ATTEMPTS,
    REQUEST_ACTION,
    STAGE_PLAN,
    StepKind,
    next_step,
)


def ev(st: Stage, decision: Decision, action: str, **detail) -> LedgerEvent:
    return LedgerEvent(run_id="R", stage=st, decision=decision, action=action, detail=detail)


def gate(name: str, decision: Decision = Decision.ACCEPT) -> LedgerEvent:
    return ev(Stage.SUPERVISOR, decision, f"gate.{name}")


def request(stage: str) -> LedgerEvent:
    return ev(Stage.SUPERVISOR, Decision.ACCEPT, REQUEST_ACTION, stage=stage)


def test_new_run_requests_ingest_and_waits_while_a_dagster_run_is_active() -> None:
    step = next_step([ev(Stage.SUPERVISOR, Decision.ACCEPT, "run.create")])
    assert step.kind is StepKind.REQUEST and step.stage is Stage.INGEST and step.assets == ("catalog", "sample_pack")
    assert next_step([request("INGEST")], active=True).kind is StepKind.WAIT
    # A run launched elsewhere (landing sensor, UI) is in progress: no second launch.
    assert next_step([], active=True).kind is StepKind.WAIT


def test_dead_run_is_re_requested_then_halted_after_max_attempts() -> None:
    events = [request("INGEST")]
    step = next_step(events)  # the Dagster run ended (killed/cancelled) without any gate
    assert step.kind is StepKind.REQUEST and step.attempt == 2
    events += [request("INGEST") for _ in range(MAX_ATTEMPTS - 1)]
    step = next_step(events)
    assert step.kind is StepKind.HALTED and "still missing" in step.reasons[0]


def test_accepted_ingest_advances_to_domains_and_completes() -> None:
    events = [gate("catalog_gate"), gate("sample_pack_gate")]
    step = next_step(events)
    assert step.kind is StepKind.REQUEST and step.stage is Stage.DOMAINS and step.attempt == 1
    events += [request("DOMAINS"), gate("domain_assignments_gate")]
    assert next_step(events).stage is Stage.MAPPING  # the full plan goes on (tests/core/test_supervisor_stages.py)
    assert next_step(events, STAGE_PLAN[:2]).kind is StepKind.COMPLETE  # a plan ending at Domains completes


def test_hold_waits_for_human_confirmation() -> None:
    events = [gate("catalog_gate"), gate("sample_pack_gate", Decision.HOLD)]
    step = next_step(events)
    assert step.kind is StepKind.HOLD and not step.already_recorded
    events.append(ev(Stage.SUPERVISOR, Decision.HOLD, HOLD_ACTION, stage="INGEST"))
    assert next_step(events).already_recorded
    events.append(ev(Stage.SUPERVISOR, Decision.REJECT, CONFIRM_ACTION, stage="INGEST"))  # refused role
    assert next_step(events).kind is StepKind.HOLD
    events.append(ev(Stage.SUPERVISOR, Decision.ACCEPT, CONFIRM_ACTION, stage="INGEST"))
    assert next_step(events).stage is Stage.DOMAINS
    events.append(gate("sample_pack_gate", Decision.HOLD))  # a new hold needs a new confirmation
    assert next_step(events).kind is StepKind.HOLD


def test_hold_on_first_gate_blocks_even_though_later_gates_never_ran() -> None:
    events = [request("INGEST"), gate("catalog_gate", Decision.HOLD)]  # blocking check: sample_pack skipped
    step = next_step(events)
    assert step.kind is StepKind.HOLD and step.stage is Stage.INGEST
    events.append(ev(Stage.SUPERVISOR, Decision.ACCEPT, CONFIRM_ACTION, stage="INGEST"))
    step = next_step(events)
    assert step.kind is StepKind.REQUEST and step.assets == ("sample_pack",)  # only what is missing


def test_stage_reject_halts_but_a_recovered_provider_refusal_does_not() -> None:
    provider = LedgerEvent(run_id="R", stage=Stage.INGEST, decision=Decision.REJECT,
                           action="provider.classify_column", error_code="RATE_LIMIT")
    assert next_step([request("INGEST"), provider], active=True).kind is StepKind.WAIT
    assert next_step([request("INGEST"), provider]).kind is StepKind.REQUEST
    failed = LedgerEvent(run_id="R", stage=Stage.INGEST, decision=Decision.REJECT, action="catalog.build",
                         error_code="DETERMINISTIC_FAILURE")
    step = next_step([request("INGEST"), failed])
    assert step.kind is StepKind.HALTED and "DETERMINISTIC_FAILURE" in step.reasons[0]
    # A person re-launches: the old reject no longer counts.
    assert next_step([request("INGEST"), failed, request("INGEST")], active=True).kind is StepKind.WAIT


def _hashed(name: str, *, outputs: str | None = None, inputs: str | None = None,
            decision: Decision = Decision.ACCEPT) -> LedgerEvent:
    return LedgerEvent(run_id="R", stage=Stage.SUPERVISOR, decision=decision, action=f"gate.{name}",
                       outputs_hash=outputs, inputs_hash=inputs)


def test_a_plan_changed_after_analysis_makes_analysis_and_the_preflight_stale() -> None:
    events = [gate("catalog_gate"), gate("sample_pack_gate"), gate("domain_assignments_gate"),
              _hashed("mapping_plan_gate", outputs="p1"), _hashed("analysis_report_gate", inputs="p1"),
              _hashed("migration_preflight_gate", decision=Decision.HOLD)]
    assert next_step(events).kind is StepKind.HOLD  # the pre-flight of the checked plan holds
    same = [*events, _hashed("mapping_plan_gate", outputs="p1")]  # a re-plan to the same plan: nothing stale
    assert next_step(same).kind is StepKind.HOLD
    events.append(_hashed("mapping_plan_gate", outputs="p2"))  # a review answer re-planned
    step = next_step(events)
    assert step.kind is StepKind.REQUEST and step.stage is Stage.ANALYSIS and step.attempt == 1
    assert "mapping plan changed" in step.reasons[0]
    events += [request("ANALYSIS"), _hashed("analysis_report_gate", inputs="p2")]
    step = next_step(events)  # the old plan's pre-flight hold does not count: the pre-flight runs again
    assert step.kind is StepKind.REQUEST and step.step == "migration_preflight"
    events += [request("migration_preflight"), _hashed("migration_preflight_gate")]
    assert next_step(events).kind is not StepKind.REQUEST or next_step(events).step != "migration_preflight"


def test_stale_analysis_that_never_records_its_gate_halts_after_max_attempts() -> None:
    events = [gate("catalog_gate"), gate("sample_pack_gate"), gate("domain_assignments_gate"),
              request("ANALYSIS"), request("ANALYSIS"),  # attempts before the change do not count
              _hashed("mapping_plan_gate", outputs="p1"), _hashed("analysis_report_gate", inputs="p1"),
              _hashed("mapping_plan_gate", outputs="p2")]
    events += [request("ANALYSIS") for _ in range(MAX_ATTEMPTS - 1)]
    assert next_step(events).kind is StepKind.REQUEST
    events.append(request("ANALYSIS"))
    step = next_step(events)
    assert step.kind is StepKind.HALTED and "still stale" in step.reasons[0]
