"""Supervisor decisions from ledger events: request, wait, hold, confirm, halt, complete."""

from __future__ import annotations

from core.ledger import Decision, LedgerEvent, Stage
from core.supervisor import CONFIRM_ACTION, HOLD_ACTION, REQUEST_ACTION, StepKind, next_step


def ev(st: Stage, decision: Decision, action: str, **detail) -> LedgerEvent:
    return LedgerEvent(run_id="R", stage=st, decision=decision, action=action, detail=detail)


def gate(name: str, decision: Decision = Decision.ACCEPT) -> LedgerEvent:
    return ev(Stage.SUPERVISOR, decision, f"gate.{name}")


def test_new_run_requests_ingest_then_waits() -> None:
    step = next_step([ev(Stage.SUPERVISOR, Decision.ACCEPT, "run.create")])
    assert step.kind is StepKind.REQUEST and step.stage is Stage.INGEST and step.assets == ("catalog", "sample_pack")
    step = next_step([ev(Stage.SUPERVISOR, Decision.ACCEPT, REQUEST_ACTION, stage="INGEST")])
    assert step.kind is StepKind.WAIT


def test_accepted_ingest_advances_to_domains_and_completes() -> None:
    events = [gate("catalog_gate"), gate("sample_pack_gate")]
    step = next_step(events)
    assert step.kind is StepKind.REQUEST and step.stage is Stage.DOMAINS and step.attempt == 1
    events += [ev(Stage.SUPERVISOR, Decision.ACCEPT, REQUEST_ACTION, stage="DOMAINS"), gate("domain_assignments_gate")]
    assert next_step(events).kind is StepKind.COMPLETE


def test_hold_waits_for_human_confirmation() -> None:
    events = [gate("catalog_gate"), gate("sample_pack_gate", Decision.HOLD)]
    step = next_step(events)
    assert step.kind is StepKind.HOLD and not step.already_recorded
    events.append(ev(Stage.SUPERVISOR, Decision.HOLD, HOLD_ACTION, stage="INGEST"))
    assert next_step(events).already_recorded
    events.append(ev(Stage.SUPERVISOR, Decision.ACCEPT, CONFIRM_ACTION, stage="INGEST"))
    assert next_step(events).stage is Stage.DOMAINS
    # A new hold after the confirmation needs a new confirmation.
    events.append(gate("sample_pack_gate", Decision.HOLD))
    assert next_step(events).kind is StepKind.HOLD


def test_reject_after_request_halts() -> None:
    events = [ev(Stage.SUPERVISOR, Decision.ACCEPT, REQUEST_ACTION, stage="INGEST"),
              LedgerEvent(run_id="R", stage=Stage.INGEST, decision=Decision.REJECT, action="catalog.build",
                          error_code="DETERMINISTIC_FAILURE")]
    step = next_step(events)
    assert step.kind is StepKind.HALTED and "DETERMINISTIC_FAILURE" in step.reasons[0]
    events.append(ev(Stage.SUPERVISOR, Decision.ACCEPT, REQUEST_ACTION, stage="INGEST"))
    assert next_step(events).kind is StepKind.WAIT
