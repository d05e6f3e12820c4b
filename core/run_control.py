"""Stop and resume a mapping run (§17 ``run stop``): the decision and its ledger record.

A stop is a ledger event (``supervisor.stop``): the supervisor requests nothing more for the
run, and the migration's chunk loop polls it between chunks, so a load stops on a chunk boundary
with every finished chunk checkpointed. ``resume`` records ``supervisor.resume``; the supervisor
then requests what is missing (a checkpointed chunk is a no-op). Both need the role that may
confirm a stage (policy action ``confirm_stage``: Operator, Maintainer, Admin). Cancelling the
Dagster runs themselves is the orchestration layer's part (it knows the instance).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.contract import Role
from core.errors import PolicyBlock
from core.failures import RunAlreadyCompleted
from core.ledger import Decision, HumanConfirmation, LedgerEvent, LedgerPort, Stage
from core.policy import Action, PolicyDecision, PolicyEngine, PolicyRequest
from core.policy.engine import role_of
from core.supervisor import COMPLETE_ACTION, RESUME_ACTION, STOP_ACTION, stopped

PROMOTED_ACTION = "migration.promoted"
ROLLBACK_ACTION = "migration.rollback"


def _authorize(ledger: LedgerPort, policy: PolicyEngine, action: str, *, run_id: str, user_id: str,
               role: Role | str, detail: dict[str, object]) -> tuple[PolicyDecision, dict[str, object]]:
    """The policy decision for a stop/resume (a refusal is on the ledger, then raised) and the event detail."""
    actor_role = role_of(role)
    request = PolicyRequest(action=Action.CONFIRM_STAGE, role=actor_role, actor=user_id, run_id=run_id)
    base = {"actor": user_id, "role": actor_role.value, **detail}
    try:
        return policy.require(request, stage=Stage.SUPERVISOR.value), base
    except PolicyBlock as exc:
        ledger.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.REJECT, action=action,
                                  error_code=str(exc.code), policy_version=policy.version,
                                  detail={**base, "reasons": exc.details.get("reasons", [])}))
        raise


def _control(ledger: LedgerPort, policy: PolicyEngine, action: str, *, run_id: str, user_id: str,
             role: Role | str, detail: dict[str, object]) -> LedgerEvent:
    decision, base = _authorize(ledger, policy, action, run_id=run_id, user_id=user_id, role=role, detail=detail)
    return ledger.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action=action,
                                     policy_version=decision.policy_version,
                                     human_confirmation=HumanConfirmation(required=False, actor=user_id),
                                     detail=base))


def stop_run(ledger: LedgerPort, policy: PolicyEngine, *, run_id: str, user_id: str, role: Role | str,
             note: str = "", dagster_runs: list[str] | None = None) -> LedgerEvent:
    """Record a stop (RBAC checked first); ``dagster_runs`` names the Dagster runs the caller cancelled. A completed
    run is refused (:class:`~core.failures.RunAlreadyCompleted`, on the ledger): nothing runs, and its status stays;
    the refusal names ``migration rollback`` only while the run has a promotion that was not rolled back."""
    events = ledger.events(run_id)
    if any(e.action == COMPLETE_ACTION for e in events):
        _authorize(ledger, policy, STOP_ACTION, run_id=run_id, user_id=user_id, role=role, detail={"note": note})
        exc = RunAlreadyCompleted(run_id, promotion_left=promotion_left(events))
        ledger.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.REJECT, action=STOP_ACTION,
                                  error_code=str(exc.code), policy_version=policy.version,
                                  detail={"actor": user_id, "note": note, "message": exc.message}))
        raise exc
    return _control(ledger, policy, STOP_ACTION, run_id=run_id, user_id=user_id, role=role,
                    detail={"note": note, "dagster_runs": list(dagster_runs or [])})


def promotion_left(events: Sequence[LedgerEvent]) -> bool:
    """True when the run promoted data (``migration.promoted``) and no rollback (``migration.rollback``) followed."""
    left = False
    for e in events:
        if e.decision is Decision.ACCEPT and e.action == PROMOTED_ACTION:
            left = True
        elif e.decision is Decision.ACCEPT and e.action == ROLLBACK_ACTION:
            left = False
    return left


def resume_run(ledger: LedgerPort, policy: PolicyEngine, *, run_id: str, user_id: str, role: Role | str,
               note: str = "") -> LedgerEvent:
    """Record a resume of a stopped run (RBAC checked); the supervisor requests what is missing."""
    return _control(ledger, policy, RESUME_ACTION, run_id=run_id, user_id=user_id, role=role, detail={"note": note})


def stop_requested(ledger: LedgerPort, run_id: str) -> bool:
    """True while a stop of ``run_id`` is in force (polled between migration chunks)."""
    return stopped(ledger.events(run_id)) is not None
