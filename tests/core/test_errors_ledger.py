"""Error taxonomy classes (§31) and the ledger decision summary (§30)."""

from __future__ import annotations

import pytest

from core.errors import ERROR_CLASSES, TAXONOMY, ErrorCode, RetryClass, TerminalError, TransientError, error_for
from core.ledger import Decision, LedgerEvent, Stage, summarize


@pytest.mark.parametrize("code", list(ErrorCode))
def test_each_code_has_a_class_with_its_retry_class(code: ErrorCode) -> None:
    err = error_for(code, "boom", run_id="R", stage="MIGRATION", chunk_id="c1", extra=1)
    transient, retry, _ = TAXONOMY[code]
    assert isinstance(err, TransientError if transient else TerminalError)
    assert err.retry is retry and err.code is code
    d = err.to_dict()
    assert d["code"] == code.value and d["chunk_id"] == "c1" and d["details"] == {"extra": 1}
    assert type(err) is ERROR_CLASSES[code]


def test_retry_classes_match_roadmap() -> None:
    assert error_for("RATE_LIMIT", "x").retry is RetryClass.BACKOFF
    assert error_for("QUOTA_EXHAUSTED", "x").retry is RetryClass.DELAY
    assert error_for("DSL_REJECT", "x").retry is RetryClass.NO


def test_decision_summary_folds_events() -> None:
    evs = [
        LedgerEvent(run_id="R", stage=Stage.INGEST, decision=Decision.ACCEPT, action="catalog.build",
                    token_actual=0, pii_mask_applied=True),
        LedgerEvent(run_id="R", stage=Stage.DOMAINS, decision=Decision.HOLD, action="gate", token_actual=120,
                    usd_actual=0.01),
        LedgerEvent(run_id="R", stage=Stage.DOMAINS, decision=Decision.REJECT, action="x", error_code="POLICY_BLOCK"),
    ]
    s = summarize("R", evs)
    assert s.events == 3 and s.tokens_actual == 120 and s.pii_mask_applied_any
    assert s.stages["DOMAINS"].events == 2 and s.stages["DOMAINS"].rejects == 1
    assert s.stages["DOMAINS"].last_error_code == "POLICY_BLOCK"
    assert s.open_holds == []
    hold = LedgerEvent(run_id="R", stage=Stage.SUPERVISOR, decision=Decision.HOLD, action="supervisor.hold",
                       detail={"stage": "DOMAINS"})
    assert summarize("R", [*evs[:2], hold]).open_holds == ["DOMAINS"]


@pytest.mark.parametrize("code", list(ErrorCode))
def test_errors_pickle_with_their_fields(code: ErrorCode) -> None:
    import pickle

    err = error_for(code, "boom", run_id="R", stage="MIGRATION", chunk_id="c7", table="t")
    if err.transient:
        err.retry_after_s = 1.5  # type: ignore[attr-defined]
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and back.to_dict() == err.to_dict()
    assert getattr(back, "retry_after_s", None) == getattr(err, "retry_after_s", None)
