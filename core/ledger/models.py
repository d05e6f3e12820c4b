"""Ledger event schema (§30) and the port every ledger store implements."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from core.ids import new_ulid


class Stage(StrEnum):
    """Pipeline stages recorded on the ledger."""

    INGEST = "INGEST"
    DOMAINS = "DOMAINS"
    MAPPING = "MAPPING"
    ANALYSIS = "ANALYSIS"
    MIGRATION = "MIGRATION"
    SUPERVISOR = "SUPERVISOR"


class Decision(StrEnum):
    """Decisions a ledger event records."""

    ACCEPT = "accept"
    HOLD = "hold"
    FIX = "fix"
    REJECT = "reject"
    RETRY = "retry"
    ESCALATE = "escalate"


class HumanConfirmation(BaseModel):
    """§30 human_confirmation {required, actor, timestamp}."""

    model_config = ConfigDict(frozen=True)

    required: bool = False
    actor: str | None = None
    timestamp: datetime | None = None


def _now() -> datetime:
    return datetime.now(UTC)


class LedgerEvent(BaseModel):
    """One Supervisor decision (§30). ``action`` and ``detail`` are mapwright additions that say
    what was decided about (e.g. ``catalog.materialize``) and carry structured reasons."""

    model_config = ConfigDict(frozen=True)

    event_id: str = Field(default_factory=new_ulid)
    run_id: str
    timestamp_utc: datetime = Field(default_factory=_now)
    stage: Stage
    decision: Decision
    action: str = ""
    inputs_hash: str | None = None
    outputs_hash: str | None = None
    provider: str | None = None
    model: str | None = None
    params_hash: str | None = None
    token_estimate: int | None = None
    token_actual: int | None = None
    usd_estimate: float | None = None
    usd_actual: float | None = None
    retries: int = 0
    fallback_chain: list[str] = Field(default_factory=list)
    pii_mask_applied: bool = False
    local_only_override: bool = False
    policy_version: str | None = None
    threshold_profile_id: str | None = None
    dsl_version: str | None = None
    contract_hash: str | None = None
    catalog_version: str | None = None
    error_code: str | None = None
    error_detail_id: str | None = None
    human_confirmation: HumanConfirmation = Field(default_factory=HumanConfirmation)
    detail: dict[str, Any] = Field(default_factory=dict)


@runtime_checkable
class LedgerPort(Protocol):
    """Append-only ledger store. Implementations refuse update and delete."""

    def append(self, event: LedgerEvent) -> LedgerEvent:
        """Persist one event; returns it."""
        ...

    def events(self, run_id: str, stage: Stage | None = None) -> Sequence[LedgerEvent]:
        """All events of a run in append order (optionally one stage)."""
        ...


class StageSummary(BaseModel):
    """Latest decision per stage with counts."""

    stage: Stage
    last_decision: Decision
    last_action: str
    last_event_id: str
    last_error_code: str | None = None
    events: int
    holds: int
    rejects: int


class DecisionSummary(BaseModel):
    """Per-run decision summary for fast reads (§30)."""

    run_id: str
    events: int
    stages: dict[str, StageSummary]
    tokens_actual: int
    usd_actual: float
    pii_mask_applied_any: bool
    local_only_override_any: bool
    open_holds: list[str]


#: ledger actions of the Supervisor's hold and of the human confirmation that releases it
#: (the same strings as ``core.supervisor.HOLD_ACTION`` / ``CONFIRM_ACTION``; core.supervisor
#: imports this package, so they are spelled out here)
HOLD_ACTION = "supervisor.hold"
CONFIRM_ACTION = "human.confirm"
_PIPELINE_STAGES = frozenset(s.value for s in Stage if s is not Stage.SUPERVISOR)


def _held_stage(ev: FoldableEvent) -> str | None:
    """The pipeline stage a hold/confirmation event is about (``detail["stage"]``), else None."""
    if ev.action not in (HOLD_ACTION, CONFIRM_ACTION):
        return None
    stage = ev.detail.get("stage")
    return stage if isinstance(stage, str) and stage in _PIPELINE_STAGES else None


class FoldableEvent(Protocol):
    """What :func:`summarize` reads of an event (a :class:`LedgerEvent`, or a verifier's light row view)."""

    @property
    def event_id(self) -> str: ...
    @property
    def stage(self) -> Stage: ...
    @property
    def decision(self) -> Decision: ...
    @property
    def action(self) -> str: ...
    @property
    def error_code(self) -> str | None: ...
    @property
    def token_actual(self) -> int | None: ...
    @property
    def usd_actual(self) -> float | None: ...
    @property
    def pii_mask_applied(self) -> bool: ...
    @property
    def local_only_override(self) -> bool: ...
    @property
    def detail(self) -> dict[str, Any]: ...


def summarize(
    run_id: str, events: Iterable[FoldableEvent], start: DecisionSummary | None = None
) -> DecisionSummary:
    """Fold a run's events into its decision summary (the store materializes this on append).

    ``start`` continues from a previously materialized summary, so a store folds each appended
    event in O(1) instead of re-reading the whole run.

    ``open_holds`` lists the pipeline stages (in stage order) held for a person: a
    ``supervisor.hold`` event for the stage (``detail["stage"]``) not yet followed by an accepted
    ``human.confirm`` for that stage. A refused confirmation (decision reject) leaves the hold open;
    gate, hold and confirmation events are all SUPERVISOR-stage, so a stage's last decision
    cannot tell this. The open set is itself the fold state, so ``start`` continues it exactly.
    """
    stages: dict[str, StageSummary] = dict(start.stages) if start else {}
    total = start.events if start else 0
    tokens = start.tokens_actual if start else 0
    usd = start.usd_actual if start else 0.0
    pii = start.pii_mask_applied_any if start else False
    override = start.local_only_override_any if start else False
    held: set[str] = set(start.open_holds) if start else set()
    for ev in events:
        held_stage = _held_stage(ev)
        if held_stage is not None and ev.action == HOLD_ACTION:
            held.add(held_stage)
        elif held_stage is not None and ev.action == CONFIRM_ACTION and ev.decision is Decision.ACCEPT:
            held.discard(held_stage)
        total += 1
        tokens += ev.token_actual or 0
        usd += ev.usd_actual or 0.0
        pii = pii or ev.pii_mask_applied
        override = override or ev.local_only_override
        prev = stages.get(ev.stage)
        stages[ev.stage] = StageSummary(
            stage=ev.stage,
            last_decision=ev.decision,
            last_action=ev.action,
            last_event_id=ev.event_id,
            last_error_code=ev.error_code,
            events=(prev.events if prev else 0) + 1,
            holds=(prev.holds if prev else 0) + (ev.decision is Decision.HOLD),
            rejects=(prev.rejects if prev else 0) + (ev.decision is Decision.REJECT),
        )
    holds = [s.value for s in Stage if s.value in held]
    return DecisionSummary(
        run_id=run_id,
        events=total,
        stages=stages,
        tokens_actual=tokens,
        usd_actual=round(usd, 6),
        pii_mask_applied_any=pii,
        local_only_override_any=override,
        open_holds=holds,
    )
