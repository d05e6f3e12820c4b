"""The stage plan over every stage (§5): Analysis and Migration steps, dry runs, chunks, stop/resume,
gate-named confirmations and lane choice — pure functions over ledger events."""

from __future__ import annotations

import pytest

from core.contract import Lane, Mode, Role
from core.lanes import LaneInputs, choose_lane
from core.ledger import Decision, HumanConfirmation, LedgerEvent, Stage
from core.supervisor import STAGE_PLAN, StepKind, next_step

RUN = "01KDVDNA00NV95RY5JRQVCXECJ"


def _ev(action: str, decision: Decision = Decision.ACCEPT, ev_stage: Stage = Stage.SUPERVISOR, **detail: object
        ) -> LedgerEvent:
    return LedgerEvent(run_id=RUN, stage=ev_stage, decision=decision, action=action, detail=dict(detail))


def _gates(*names: str) -> list[LedgerEvent]:
    return [_ev(f"gate.{n}") for n in names]


UP_TO_ANALYSIS = _gates("catalog_gate", "sample_pack_gate", "domain_assignments_gate", "mapping_plan_gate",
                        "analysis_report_gate")


def test_plan_is_in_roadmap_order() -> None:
    assert [s.key for s in STAGE_PLAN] == ["INGEST", "DOMAINS", "MAPPING", "ANALYSIS", "migration_preflight",
                                           "migration_chunks", "promotion"]


def test_after_analysis_the_preflight_then_every_chunk_then_promotion() -> None:
    step = next_step(UP_TO_ANALYSIS)
    assert (step.kind, step.step, step.assets) == (StepKind.REQUEST, "migration_preflight", ("migration_preflight",))
    events = [*UP_TO_ANALYSIS, _ev("migration.preflight", ev_stage=Stage.MIGRATION, dry_run=False, chunks=3),
              *_gates("migration_preflight_gate")]
    step = next_step(events)
    assert (step.kind, step.step, step.chunks) == (StepKind.REQUEST, "migration_chunks", (0, 1, 2))
    events += [_ev("migration.chunk", ev_stage=Stage.MIGRATION, chunk_id=i) for i in (0, 2)]
    assert next_step(events).step == "migration_chunks"  # chunk 1 still missing
    events.append(_ev("migration.chunk", ev_stage=Stage.MIGRATION, chunk_id=1))
    assert next_step(events).step == "promotion"
    events += _gates("promotion_gate")
    assert next_step(events).kind is StepKind.COMPLETE


def test_dry_run_preflight_completes_the_run() -> None:
    events = [*UP_TO_ANALYSIS, _ev("migration.preflight", ev_stage=Stage.MIGRATION, dry_run=True, chunks=1),
              *_gates("migration_preflight_gate")]
    assert next_step(events).kind is StepKind.COMPLETE


def test_a_confirmation_naming_another_gate_does_not_release_a_hold() -> None:
    events = [*_gates("catalog_gate", "sample_pack_gate"), _ev("gate.domain_assignments_gate", Decision.HOLD)]
    wrong = _ev("human.confirm", stage="DOMAINS", gate="mapping_plan_gate")
    wrong = wrong.model_copy(update={"human_confirmation": HumanConfirmation(required=True, actor="x")})
    assert next_step([*events, wrong]).kind is StepKind.HOLD
    right = _ev("human.confirm", stage="DOMAINS", gate="domain_assignments_gate")
    assert next_step([*events, right]).step == "MAPPING"
    assert next_step([*events, _ev("human.confirm", stage="DOMAINS")]).step == "MAPPING"


def test_a_reject_in_the_chunk_step_halts_and_a_stop_waits_for_resume() -> None:
    events = [*UP_TO_ANALYSIS, _ev("migration.preflight", ev_stage=Stage.MIGRATION, dry_run=False, chunks=2),
              *_gates("migration_preflight_gate"), _ev("supervisor.request", step="migration_chunks")]
    halted = next_step([*events, _ev("migration.chunk", Decision.REJECT, Stage.MIGRATION)])
    assert halted.kind is StepKind.HALTED and halted.step == "migration_chunks"
    stopped = [*events, _ev("supervisor.stop", actor="ops", note="window")]
    step = next_step(stopped)
    assert step.kind is StepKind.STOPPED and "ops" in step.reasons[0]
    resumed = next_step([*stopped, _ev("supervisor.resume", actor="ops")])
    assert (resumed.kind, resumed.step) == (StepKind.REQUEST, "migration_chunks")


@pytest.mark.parametrize(("inputs", "lane", "override"), [
    (LaneInputs(step="DOMAINS", mode=Mode.DATA_MODE, rows=1000), Lane.INTERACTIVE, False),
    (LaneInputs(step="migration_chunks", mode=Mode.DATA_MODE, rows=10, hint=Lane.INTERACTIVE), Lane.BATCH, True),
    (LaneInputs(step="DOMAINS", mode=Mode.DATA_MODE, rows=10, providers_healthy=False), Lane.BATCH, False),
    (LaneInputs(step="DOMAINS", mode=Mode.DATA_MODE, rows=10, budget_usd=0.0, hint=Lane.FLEX), Lane.BATCH, True),
    (LaneInputs(step="ANALYSIS", mode=Mode.DATA_MODE, rows=2_000_000), Lane.BATCH, False),
    (LaneInputs(step="MAPPING", mode=Mode.METADATA_ONLY, rows=500_000), Lane.FLEX, False),
    (LaneInputs(step="MAPPING", mode=Mode.DATA_MODE, rows=500_000, pii_columns=2), Lane.BATCH, False),
    (LaneInputs(step="MAPPING", mode=Mode.DATA_MODE, rows=10, role=Role.ANALYST), Lane.FLEX, False),
    (LaneInputs(step="INGEST", mode=Mode.DATA_MODE, rows=None, hint=Lane.FLEX), Lane.FLEX, False),
    (LaneInputs(step="ANALYSIS", mode=Mode.METADATA_ONLY, rows=10), Lane.FLEX, False),
])
def test_lane_choice(inputs: LaneInputs, lane: Lane, override: bool) -> None:
    choice = choose_lane(inputs)
    assert choice.lane is lane and choice.override is override and choice.reasons
    assert choice.detail()["priority"] == {Lane.INTERACTIVE: 10, Lane.FLEX: 5, Lane.BATCH: 0}[lane]
