"""A small helper that stamps run-level fields on every event and records errors uniformly."""

from __future__ import annotations

from typing import Any

from core.errors import MapwrightError
from core.ledger.models import Decision, LedgerEvent, LedgerPort, Stage
from dsl.errors import DSLError


class LedgerRecorder:
    """Binds a ledger store to one run's fixed fields (contract hash, versions)."""

    def __init__(self, ledger: LedgerPort, run_id: str, **fixed: Any) -> None:
        self.ledger = ledger
        self.run_id = run_id
        self.fixed = {k: v for k, v in fixed.items() if v is not None}

    def record(self, stage: Stage, decision: Decision, action: str, **fields: Any) -> LedgerEvent:
        """Append one event with the run's fixed fields merged in."""
        return self.ledger.append(
            LedgerEvent(run_id=self.run_id, stage=stage, decision=decision, action=action,
                        **{**self.fixed, **fields})
        )

    def record_error(self, stage: Stage, action: str, error: MapwrightError | DSLError, **fields: Any) -> LedgerEvent:
        """Append the event for a failure: reject (terminal) or retry (transient), with its code."""
        decision = Decision.RETRY if error.transient else Decision.REJECT
        detail = {"message": error.message, **error.details, **fields.pop("detail", {})}
        return self.record(stage, decision, action, error_code=str(error.code), detail=detail, **fields)
