"""Supervisor Ledger (ROADMAP §30): event model, the store port, the decision summary."""

from core.ledger.chain import (
    GENESIS_HASH,
    ChainLink,
    ChainState,
    StoredSummary,
    body_digest,
    check_head,
    check_summaries,
    event_body,
    event_digest,
    summary_seal,
    utc_text,
    verify_chain,
    verify_links,
)
from core.ledger.errors import ArtifactTampered, LedgerSchemaOutdated, LedgerTampered
from core.ledger.models import (
    Decision,
    DecisionSummary,
    FoldableEvent,
    HumanConfirmation,
    LedgerEvent,
    LedgerPort,
    Stage,
    summarize,
)
from core.ledger.recorder import LedgerRecorder

__all__ = [
    "GENESIS_HASH",
    "ArtifactTampered",
    "ChainLink",
    "ChainState",
    "LedgerSchemaOutdated",
    "LedgerTampered",
    "StoredSummary",
    "body_digest",
    "check_head",
    "check_summaries",
    "event_body",
    "event_digest",
    "summary_seal",
    "utc_text",
    "verify_chain",
    "verify_links",
    "Decision",
    "DecisionSummary",
    "FoldableEvent",
    "HumanConfirmation",
    "LedgerEvent",
    "LedgerPort",
    "LedgerRecorder",
    "Stage",
    "summarize",
]
