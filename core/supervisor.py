"""Supervisor logic (ROADMAP §5): from a run's ledger, decide the next step.

Pure functions over ledger events, so the Dagster ``supervisor`` sensor, the CLI and tests share
one implementation. Stage order is fixed (§5): Ingest -> Domains -> Mapping -> Analysis ->
Migration (pre-flight -> chunks -> promotion). In metadata_only (or whenever the pre-flight is a
dry run) the run completes after the pre-flight: chunks and promotion are data_mode steps.

Decisions:

* every gate of a stage ``accept`` -> request the next stage (once: a ``supervisor.request``
  event records it, so a sensor re-evaluation never requests twice);
* any gate ``hold`` -> record ``supervisor.hold`` once and wait for a human confirmation
  (``human.confirm`` event by a role the policy engine allows) that releases the hold;
* a ``reject`` in a requested stage -> the run is halted until re-launched by a person;
* gates missing once no Dagster run of the mapping run is in progress -> request the stage's
  missing assets again (a killed or cancelled run), at most :data:`MAX_ATTEMPTS` times;
* the chunk step is done when every chunk the latest pre-flight planned has a ``migration.chunk``
  event; it is requested with the chunk ids still missing;
* ``supervisor.stop`` (``mapwright run stop``) -> nothing more is requested until a
  ``supervisor.resume``;
* a plan that changed after Analysis checked it (a review answer re-planned: the latest
  ``mapping_plan_gate`` is newer than the ``analysis_report_gate`` and names another plan hash)
  makes the Analysis gate stale: Analysis is requested again (the request event says why) and the
  migration pre-flight of the old plan is stale with it, so Migration never runs on a plan
  Analysis has not checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from core.contract import Role
from core.errors import PolicyBlock
from core.ledger import Decision, HumanConfirmation, LedgerEvent, LedgerPort, Stage
from core.policy import Action, PolicyEngine, PolicyRequest
from core.policy.engine import role_of


@dataclass(frozen=True)
class StageStep:
    """One stage: the assets that produce it and the gates that judge it."""

    stage: Stage
    assets: tuple[str, ...]
    gates: tuple[str, ...]
    #: step name (several steps may share a stage: Migration); defaults to the stage's value
    name: str = ""
    #: the assets are per-chunk partitions: done when every planned chunk has a checkpoint event
    chunked: bool = False
    #: skipped when the migration pre-flight was a dry run (metadata_only)
    data_only: bool = False

    @property
    def key(self) -> str:
        """The step's name (the stage's value unless named)."""
        return self.name or self.stage.value


STAGE_PLAN: tuple[StageStep, ...] = (
    StageStep(Stage.INGEST, ("catalog", "sample_pack"), ("catalog_gate", "sample_pack_gate")),
    StageStep(Stage.DOMAINS, ("domain_assignments",), ("domain_assignments_gate",)),
    StageStep(Stage.MAPPING, ("mapping_plan",), ("mapping_plan_gate",)),
    StageStep(Stage.ANALYSIS, ("analysis_report",), ("analysis_report_gate",)),
    StageStep(Stage.MIGRATION, ("migration_preflight",), ("migration_preflight_gate",), name="migration_preflight"),
    StageStep(Stage.MIGRATION, ("migration_chunks",), (), name="migration_chunks", chunked=True, data_only=True),
    StageStep(Stage.MIGRATION, ("promotion",), ("promotion_gate",), name="promotion", data_only=True),
)

REQUEST_ACTION = "supervisor.request"
HOLD_ACTION = "supervisor.hold"
CONFIRM_ACTION = "human.confirm"
COMPLETE_ACTION = "supervisor.complete"
STOP_ACTION = "supervisor.stop"
RESUME_ACTION = "supervisor.resume"
PREFLIGHT_ACTION = "migration.preflight"
CHUNK_ACTION = "migration.chunk"
#: Provider calls are recorded under the calling stage; a refused call the stage recovered from
#: (fallback to rules) is not a stage failure.
PROVIDER_ACTION_PREFIX = "provider."
MAX_ATTEMPTS = 3


class StepKind(StrEnum):
    """What the supervisor does next for a run."""

    REQUEST = "request"
    WAIT = "wait"
    HOLD = "hold"
    HALTED = "halted"
    STOPPED = "stopped"
    COMPLETE = "complete"


@dataclass(frozen=True)
class NextStep:
    """The supervisor's decision for one run."""

    kind: StepKind
    stage: Stage | None = None
    assets: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    already_recorded: bool = False
    attempt: int = 0
    #: the step's name (``StageStep.key``)
    step: str = ""
    #: for the chunk step: every chunk id of the run's plan (the request loads the missing ones,
    #: a checkpointed chunk is a no-op)
    chunks: tuple[int, ...] = ()


def _latest_gate(events: Sequence[LedgerEvent], gate: str) -> LedgerEvent | None:
    found = None
    for ev in events:
        if ev.stage is Stage.SUPERVISOR and ev.action == f"gate.{gate}":
            found = ev
    return found


def _index(events: Sequence[LedgerEvent], ev: LedgerEvent | None) -> int:
    return -1 if ev is None else events.index(ev)


def _last(events: Sequence[LedgerEvent], action: str, stage: Stage) -> LedgerEvent | None:
    """Latest event of ``action`` for ``stage`` that was not itself refused."""
    found = None
    for ev in events:
        if ev.action == action and ev.detail.get("stage") == stage.value and ev.decision is not Decision.REJECT:
            found = ev
    return found


def _last_confirm(events: Sequence[LedgerEvent], step: StageStep) -> LedgerEvent | None:
    """Latest accepted confirmation of ``step``'s stage; one naming a gate releases only that gate."""
    found = None
    for ev in events:
        if (ev.action == CONFIRM_ACTION and ev.detail.get("stage") == step.stage.value
                and ev.decision is not Decision.REJECT
                and (not ev.detail.get("gate") or ev.detail["gate"] in step.gates)):
            found = ev
    return found


def _last_action(events: Sequence[LedgerEvent], action: str) -> int:
    return max((i for i, e in enumerate(events) if e.action == action and e.decision is not Decision.REJECT),
               default=-1)


def stopped(events: Sequence[LedgerEvent]) -> LedgerEvent | None:
    """The ``supervisor.stop`` event in force (none after it was resumed), else None."""
    events = list(events)
    stop, resume = _last_action(events, STOP_ACTION), _last_action(events, RESUME_ACTION)
    return events[stop] if stop > resume else None


def preflight_event(events: Sequence[LedgerEvent]) -> LedgerEvent | None:
    """The run's latest accepted or held ``migration.preflight`` event."""
    found = None
    for ev in events:
        if ev.action == PREFLIGHT_ACTION and ev.stage is Stage.MIGRATION and ev.decision is not Decision.REJECT:
            found = ev
    return found


def chunks_done(events: Sequence[LedgerEvent]) -> tuple[int, set[int]]:
    """(chunks planned by the latest pre-flight, chunk ids with a checkpoint event since)."""
    events = list(events)
    pre = preflight_event(events)
    if pre is None:
        return 0, set()
    done = {int(e.detail["chunk_id"]) for e in events[_index(events, pre) + 1:]
            if e.action == CHUNK_ACTION and e.decision is Decision.ACCEPT and e.detail.get("chunk_id") is not None}
    return int(pre.detail.get("chunks") or 0), done


def stale_gates(events: Sequence[LedgerEvent]) -> dict[str, tuple[int, str]]:
    """Steps whose recorded gates judged an older plan: step key -> (ledger index from which the
    step counts as not yet run, reason). Nothing is stale once the run completed."""
    events = list(events)
    if any(e.action == COMPLETE_ACTION for e in events):
        return {}
    stale: dict[str, tuple[int, str]] = {}
    plan, analysis = _latest_gate(events, "mapping_plan_gate"), _latest_gate(events, "analysis_report_gate")
    if (plan is not None and analysis is not None and _index(events, plan) > _index(events, analysis)
            and (analysis.inputs_hash is None or analysis.inputs_hash != plan.outputs_hash)):
        why = (f"the mapping plan changed ({str(plan.outputs_hash)[:12]}) after Analysis checked "
               f"plan {str(analysis.inputs_hash or '?')[:12]}: Analysis runs again before Migration")
        stale[Stage.ANALYSIS.value] = (_index(events, plan), why)
        analysis = None
    pre = _latest_gate(events, "migration_preflight_gate")
    if pre is not None and (analysis is None or _index(events, analysis) > _index(events, pre)):
        since = _index(events, plan) if analysis is None else _index(events, analysis)
        stale["migration_preflight"] = (since, "the pre-flight checked an older plan: it runs again after Analysis")
    return stale


def _step_requests(events: Sequence[LedgerEvent], step: StageStep) -> list[int]:
    return [i for i, e in enumerate(events)
            if e.action == REQUEST_ACTION and (e.detail.get("step") or e.detail.get("stage")) == step.key]


def next_step(
    events: Sequence[LedgerEvent], plan: Sequence[StageStep] = STAGE_PLAN, *, active: bool = False,
    max_attempts: int = MAX_ATTEMPTS,
) -> NextStep:
    """Decide what happens next for a run, given all its ledger events in append order.

    ``active`` says whether a Dagster run of this mapping run is queued or in progress (the
    sensor asks the instance): while one is, the supervisor only waits, so a run launched by the
    landing sensor, the CLI or the UI is never launched twice. A stage whose gates are missing
    after its Dagster run ended is re-requested (only its missing assets), up to
    ``max_attempts`` since the last confirmation; a deterministic reject in the stage halts it.
    A held gate holds the run even when later gates of the stage never ran (a blocking check
    stops them); a confirmation releases it, and the stage's missing assets are requested next.
    A stopped run waits for a resume; steps marked ``data_only`` are skipped after a dry-run
    pre-flight.
    """
    events = list(events)
    stop = stopped(events)
    if stop is not None:
        return NextStep(StepKind.STOPPED, reasons=(f"stopped by {stop.detail.get('actor', '?')}: "
                                                   f"{stop.detail.get('note') or 'no reason given'}",),
                        already_recorded=True)
    pre = preflight_event(events)
    stale = stale_gates(events)
    for step in plan:
        if step.key in stale:
            since_stale, why = stale[step.key]
            return _stale_request(events, step, since_stale, why, active=active, max_attempts=max_attempts)
        if step.data_only and (pre is None or pre.detail.get("dry_run")):
            if pre is None:
                break
            continue
        gates = {g: _latest_gate(events, g) for g in step.gates}
        confirm = _last_confirm(events, step)
        held = [g for g, ev in gates.items() if ev is not None and ev.decision is Decision.HOLD]
        if held:
            last_hold = max(_index(events, gates[g]) for g in held)
            if confirm is None or _index(events, confirm) < last_hold:
                hold = _last(events, HOLD_ACTION, step.stage)
                return NextStep(StepKind.HOLD, step.stage, step.assets,
                                tuple(f"gate {g} held: " + "; ".join(gates[g].detail.get("reasons", []))  # type: ignore[union-attr]
                                      for g in held),
                                already_recorded=hold is not None and _index(events, hold) > last_hold,
                                step=step.key)
        chunks: tuple[int, ...] = ()
        if step.chunked:
            planned, done = chunks_done(events)
            missing = step.assets if set(range(planned)) - done else ()
            chunks = tuple(range(planned))
        else:
            missing = tuple(a for a, g in zip(step.assets, step.gates, strict=True) if gates[g] is None)
        if not missing:
            continue
        if active:
            return NextStep(StepKind.WAIT, step.stage, missing, ("a Dagster run of this mapping run is in progress",),
                            step=step.key, chunks=chunks)
        requests = _step_requests(events, step)
        since = max([_index(events, confirm), *requests[-1:]])
        rejects = [e for e in events[since + 1:] if e.stage is step.stage and e.decision is Decision.REJECT
                   and not e.action.startswith(PROVIDER_ACTION_PREFIX)]
        if rejects:
            return NextStep(StepKind.HALTED, step.stage, missing,
                            tuple(f"{e.action}: {e.error_code}" for e in rejects), attempt=len(requests),
                            step=step.key)
        recent = [i for i in requests if i > max(_index(events, confirm), _last_action(events, RESUME_ACTION))]
        if len(recent) >= max_attempts:
            what = ("chunks " + ", ".join(str(c) for c in sorted(set(chunks) - chunks_done(events)[1]))
                    if step.chunked else "gates " + ", ".join(g for g in step.gates if gates[g] is None))
            return NextStep(StepKind.HALTED, step.stage, missing,
                            (f"{what} still missing after {len(recent)} attempts",), attempt=len(requests),
                            step=step.key)
        return NextStep(StepKind.REQUEST, step.stage, missing, attempt=len(requests) + 1, step=step.key,
                        chunks=chunks)
    completed = any(e.action == COMPLETE_ACTION for e in events)
    return NextStep(StepKind.COMPLETE, already_recorded=completed)


def _stale_request(events: list[LedgerEvent], step: StageStep, since: int, why: str, *, active: bool,
                   max_attempts: int) -> NextStep:
    """Request a step whose gates are stale (attempts counted from the change that made them so)."""
    if active:
        return NextStep(StepKind.WAIT, step.stage, step.assets, ("a Dagster run of this mapping run is in progress",),
                        step=step.key)
    recent = [i for i in _step_requests(events, step) if i > since]
    rejects = [e for e in events[max([since, *recent[-1:]]) + 1:] if e.stage is step.stage
               and e.decision is Decision.REJECT and not e.action.startswith(PROVIDER_ACTION_PREFIX)]
    if rejects:
        return NextStep(StepKind.HALTED, step.stage, step.assets, tuple(f"{e.action}: {e.error_code}" for e in rejects),
                        attempt=len(recent), step=step.key)
    if len(recent) >= max_attempts:
        return NextStep(StepKind.HALTED, step.stage, step.assets,
                        (f"gates {', '.join(step.gates)} still stale after {len(recent)} attempts: {why}",),
                        attempt=len(recent), step=step.key)
    return NextStep(StepKind.REQUEST, step.stage, step.assets, (why,), attempt=len(recent) + 1, step=step.key)


def confirm_stage(
    ledger: LedgerPort, policy: PolicyEngine, *, run_id: str, stage: Stage, user_id: str, role: Role | str,
    note: str = "", gate: str | None = None, source: str = "cli",
) -> LedgerEvent:
    """Record a human confirmation that releases a hold on ``stage`` (RBAC via the policy engine).

    ``gate`` names the one held gate it releases (default: any hold of the stage recorded before
    it); ``source`` says where it came from (cli, ui, answers file, terminal). A refused
    confirmation is itself recorded (decision reject, POLICY_BLOCK) and raised.
    """
    actor_role = role_of(role)
    request = PolicyRequest(action=Action.CONFIRM_STAGE, role=actor_role, actor=user_id, run_id=run_id)
    now = datetime.now(UTC)
    try:
        decision = policy.require(request, stage=Stage.SUPERVISOR.value)
    except PolicyBlock as exc:
        ledger.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.REJECT,
                                  action=CONFIRM_ACTION, error_code=str(exc.code), policy_version=policy.version,
                                  detail={"stage": stage.value, "actor": user_id, "role": actor_role.value,
                                          "reasons": exc.details.get("reasons", [])}))
        raise
    return ledger.append(LedgerEvent(
        run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action=CONFIRM_ACTION,
        policy_version=decision.policy_version,
        human_confirmation=HumanConfirmation(required=True, actor=user_id, timestamp=now),
        detail={"stage": stage.value, "role": actor_role.value, "note": note, "source": source,
                **({"gate": gate} if gate else {})},
    ))
