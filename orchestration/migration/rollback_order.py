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
                     promotion_of: Callable[[str], dict[str, Any] | None]) -> list[str]:
    """Runs of ``store`` that promoted ``table`` after ``run_id`` did and whose promotion record still stands in
    the target (``promotion_of``: the target's promotion record of a run), oldest first."""
    mine = promoted_at(store.events(run_id))
    if mine is None:
        return []
    my_version = _version(promotion_of(run_id))
    later: list[tuple[datetime, str]] = []
    for record in store.list_runs():
        other = record.run_id
        if other == run_id:
            continue
        when = promoted_at(store.events(other))
        if when is None:
            continue
        promo = promotion_of(other)
        if promo is None or promo.get("table") != table:
            continue
        theirs = _version(promo)
        # the target's own order (the table's version each promotion bumped to) where both records carry it: the
        # ledger's time is the run's LAST promotion, which may have been into another target
        if (theirs > my_version) if (my_version is not None and theirs is not None) else when > mine:
            later.append((when, other))
    return [r for _, r in sorted(later)]


def _version(promo: dict[str, Any] | None) -> int | None:
    """The table version a target's promotion record says it bumped to (None: an older record without it)."""
    raw = (promo or {}).get("final_version")
    try:
        return int(raw) if raw is not None else None
    except (TypeError, ValueError):
        return None


def require_latest_promotion(store: Any, run_id: str, table: str,
                             promotion_of: Callable[[str], dict[str, Any] | None]) -> None:
    """Raise :class:`LaterPromotionStands` when a later run's promotion of ``table`` still stands."""
    later = later_promotions(store, run_id, table, promotion_of)
    if later:
        raise LaterPromotionStands(run_id, table, later)
