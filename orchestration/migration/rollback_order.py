"""Rollback in promotion order: a run's promotion can be rolled back only while it is the table's latest.

Every promotion of a table keeps the version it replaced. Rolling back an older run after a newer run
promoted the same table would put the older run's kept version (or nothing, when the older promotion
created the table) in place of the newer run's rows, so ``mapwright migration rollback`` refuses it and
names the later runs to roll back first.

This check reads the runs of one metadata store; the target's own promotion records are checked again by the
adapter's rollback (``SqlTarget.rollback``, ``MariaDbTarget.rollback``, :mod:`adapters.targets.promotion_order`),
which also sees later promotions made from another metadata store, or whose metadata is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from core.migration.errors import LaterPromotionStands

__all__ = ["LaterPromotionStands", "later_promotions", "promoted_at", "require_latest_promotion"]

PROMOTED = "migration.promoted"


def promoted_at(events: Any) -> datetime | None:
    """When the run's last promotion was recorded on the ledger (None: never promoted)."""
    times = [e.timestamp_utc for e in events if e.action == PROMOTED]
    return max(times) if times else None


def later_promotions(store: Any, run_id: str, table: str,
                     promotion_of: Callable[[str], dict[str, str] | None]) -> list[str]:
    """Runs of ``store`` that promoted ``table`` after ``run_id`` did and whose promotion record still stands in
    the target (``promotion_of``: the target's promotion record of a run), oldest first."""
    mine = promoted_at(store.events(run_id))
    if mine is None:
        return []
    later: list[tuple[datetime, str]] = []
    for record in store.list_runs():
        other = record.run_id
        if other == run_id:
            continue
        when = promoted_at(store.events(other))
        if when is None or when <= mine:
            continue
        promo = promotion_of(other)
        if promo is not None and promo.get("table") == table:
            later.append((when, other))
    return [r for _, r in sorted(later)]


def require_latest_promotion(store: Any, run_id: str, table: str,
                             promotion_of: Callable[[str], dict[str, str] | None]) -> None:
    """Raise :class:`LaterPromotionStands` when a later run's promotion of ``table`` still stands."""
    later = later_promotions(store, run_id, table, promotion_of)
    if later:
        raise LaterPromotionStands(run_id, table, later)
