"""Per-stage token and USD budgets with pre-send early exit (§15, §22 Cost, §28 budget_caps).

The router asks :meth:`BudgetTracker.check` with the pre-send estimate (token_estimate of the
prompt + the requested output cap, priced from the registry) *before* sending; a breach raises
:class:`BudgetExceeded` (QUOTA_EXHAUSTED) and nothing is sent. Spend is charged with actual
usage after each call. Spend already recorded on the ledger for the run/stage is loaded on
first use so a restarted process keeps honouring the same caps.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from core.contract import StageBudget
from core.errors import QuotaExhausted
from core.ledger.models import LedgerPort, Stage

PROVIDER_ACTION_PREFIX = "provider."


class BudgetExceeded(QuotaExhausted):
    """A stage's token or USD budget would be exceeded by the next call (raised pre-send)."""


@dataclass
class Spend:
    """Tokens and USD charged to a run/stage."""

    tokens: int = 0
    usd: float = 0.0


class BudgetTracker:
    """Thread-safe spend per (run_id, stage), seeded from the ledger."""

    def __init__(self, ledger: LedgerPort | None = None) -> None:
        self._ledger = ledger
        self._spend: dict[tuple[str, str], Spend] = {}
        self._lock = threading.Lock()

    def _get(self, run_id: str, stage: str) -> Spend:
        key = (run_id, stage)
        spend = self._spend.get(key)
        if spend is None:
            spend = Spend()
            if self._ledger is not None:
                try:
                    st = Stage(stage.upper())
                except ValueError:
                    st = None
                if st is not None:
                    for ev in self._ledger.events(run_id, st):
                        if ev.action.startswith(PROVIDER_ACTION_PREFIX):
                            spend.tokens += ev.token_actual or 0
                            spend.usd += ev.usd_actual or 0.0
            self._spend[key] = spend
        return spend

    def spent(self, run_id: str, stage: str) -> Spend:
        """Copy of what was charged so far."""
        with self._lock:
            s = self._get(run_id, stage)
            return Spend(s.tokens, s.usd)

    def check(self, run_id: str, stage: str, budget: StageBudget | None, *, tokens: int, usd: float,
              provider: str = "", model: str = "") -> None:
        """Raise :class:`BudgetExceeded` when ``tokens``/``usd`` would break the stage budget."""
        if budget is None:
            return
        with self._lock:
            s = self._get(run_id, stage)
            over_tokens = s.tokens + tokens > budget.tokens
            over_usd = s.usd + usd > budget.usd + 1e-12
            spent = Spend(s.tokens, s.usd)
        if over_tokens or over_usd:
            what = "token" if over_tokens else "USD"
            raise BudgetExceeded(
                f"stage {stage} {what} budget would be exceeded by {provider}:{model} "
                f"(spent {spent.tokens} tok/${spent.usd:.4f}, next ~{tokens} tok/${usd:.4f}, "
                f"cap {budget.tokens} tok/${budget.usd})",
                run_id=run_id, stage=stage, budget_tokens=budget.tokens, budget_usd=budget.usd,
                spent_tokens=spent.tokens, spent_usd=spent.usd, estimate_tokens=tokens, estimate_usd=usd,
                provider=provider, model=model, pre_send=True,
            )

    def charge(self, run_id: str, stage: str, *, tokens: int, usd: float) -> None:
        """Record actual usage."""
        with self._lock:
            s = self._get(run_id, stage)
            s.tokens += tokens
            s.usd += usd
