"""The trace of one routed call: candidates tried, skipped (and why), retries, estimates."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Trace:
    """What happened during one routed call (for the result and the ledger)."""

    started: float
    chain: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    retries: int = 0
    token_estimate: int = 0
    usd_estimate: float = 0.0
    pii_mask_applied: bool = False
    pii_findings: int = 0
    local_only_override: bool = False
    params_hash: str = ""
    policy_version: str | None = None
    recorded: bool = False

    def skip(self, tag: str, reason: str) -> None:
        """Remember why a candidate was left."""
        self.skipped[tag] = reason[:500]
