"""Supervisor Ledger (ROADMAP §30): event model, the store port, the decision summary."""

from core.ledger.models import (
    Decision,
    DecisionSummary,
    HumanConfirmation,
    LedgerEvent,
    LedgerPort,
    Stage,
    summarize,
)
from core.ledger.recorder import LedgerRecorder

__all__ = [
    "Decision",
    "DecisionSummary",
    "HumanConfirmation",
    "LedgerEvent",
    "LedgerPort",
    "LedgerRecorder",
    "Stage",
    "summarize",
]
