"""`run stop` of a completed mapping run is refused (:class:`core.failures.RunAlreadyCompleted`, on the ledger): it
used to record the stop and turn the status of a run whose data was promoted into ``cancelled``."""

from __future__ import annotations

import pytest

from core.errors import ErrorCode, PolicyBlock
from core.failures import RunAlreadyCompleted
from core.inmemory import MemoryLedger
from core.ledger import Decision, LedgerEvent, Stage
from core.policy import load_policy_engine
from core.run_control import stop_run
from core.supervisor import COMPLETE_ACTION, STOP_ACTION, stopped

RID = "01KDVDNA00NV95RY5JRQVCXECJ"


def _promoted(ledger: MemoryLedger, rid: str) -> None:
    ledger.append(LedgerEvent(run_id=rid, stage=Stage.MIGRATION, decision=Decision.ACCEPT, action="migration.promoted",
                              detail={"table": "crm_customer"}))


def _complete(ledger: MemoryLedger, rid: str) -> None:
    ledger.append(LedgerEvent(run_id=rid, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action=COMPLETE_ACTION))


def test_a_viewer_gets_the_policy_refusal_on_a_completed_run() -> None:
    """Review F5: the completion test ran before RBAC, so a Viewer got RunAlreadyCompleted."""
    ledger, policy = MemoryLedger(), load_policy_engine()
    _promoted(ledger, RID)
    _complete(ledger, RID)
    with pytest.raises(PolicyBlock):
        stop_run(ledger, policy, run_id=RID, user_id="v", role="Viewer")
    last = list(ledger.events(RID))[-1]
    assert (last.action, last.decision, last.error_code) == (STOP_ACTION, Decision.REJECT, "POLICY_BLOCK")


@pytest.mark.parametrize("history", ["rolled_back", "metadata_only"])
def test_no_rollback_is_suggested_without_a_promotion_left(history: str) -> None:
    """Review F5: after `migration rollback`, or for a run that promoted nothing, rollback is not the fix."""
    ledger, policy = MemoryLedger(), load_policy_engine()
    if history == "rolled_back":
        _promoted(ledger, RID)
        ledger.append(LedgerEvent(run_id=RID, stage=Stage.MIGRATION, decision=Decision.ACCEPT,
                                  action="migration.rollback", detail={"table": "crm_customer"}))
    _complete(ledger, RID)
    with pytest.raises(RunAlreadyCompleted) as err:
        stop_run(ledger, policy, run_id=RID, user_id="ops", role="Operator")
    assert "there is nothing to stop; it has no promotion to undo" in err.value.message
    assert "migration rollback" not in err.value.message


def test_a_completed_run_cannot_be_stopped() -> None:
    ledger, policy = MemoryLedger(), load_policy_engine()
    event = stop_run(ledger, policy, run_id=RID, user_id="ops", role="Operator")  # a running run: stopped
    assert event.decision is Decision.ACCEPT and stopped(ledger.events(RID)) is not None
    done = "01KDVDNA00NV95RY5JRQVCXECK"
    _promoted(ledger, done)
    ledger.append(LedgerEvent(run_id=done, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action=COMPLETE_ACTION))
    with pytest.raises(RunAlreadyCompleted) as err:
        stop_run(ledger, policy, run_id=done, user_id="ops", role="Operator")
    assert err.value.code is ErrorCode.DETERMINISTIC_FAILURE
    assert f"run {done} is completed: there is nothing to stop" in err.value.message
    assert f"mapwright migration rollback {done}" in err.value.message
    last = list(ledger.events(done))[-1]
    assert (last.action, last.decision, last.error_code) == (STOP_ACTION, Decision.REJECT, "DETERMINISTIC_FAILURE")
    assert stopped(ledger.events(done)) is None
