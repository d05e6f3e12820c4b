"""The store-level rollback check orders promotions of one target table by the target's own versions.

Review of session 14 (h14-ux, F1): the check compared each run's LAST ``migration.promoted`` time on the ledger,
whichever target that promotion went to, so after A -> t1, B -> t1, A -> t2 it refused B's rollback on t1 (B is
t1's latest) and let A's through. The store and ledger here are plain objects: the check is pure ordering logic;
the adapters' version check is tested against real databases in ``tests/migration/test_rollback_order_target.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from orchestration.migration.rollback_order import LaterPromotionStands, later_promotions, require_latest_promotion

T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@dataclass
class _Event:
    action: str
    timestamp_utc: datetime


@dataclass
class _Run:
    run_id: str


class _Store:
    """Promotions on the ledger: run id -> times of its ``migration.promoted`` events (any target)."""

    def __init__(self, promoted: dict[str, list[int]]) -> None:
        self.promoted = promoted

    def list_runs(self) -> list[_Run]:
        return [_Run(r) for r in self.promoted]

    def events(self, run_id: str) -> list[_Event]:
        return [_Event("migration.promoted", T0 + timedelta(minutes=m)) for m in self.promoted[run_id]]


def _t1(records: dict[str, dict[str, Any]]) -> Any:
    return lambda run_id: records.get(run_id)


def test_a_later_promotion_into_another_target_does_not_make_a_run_later_on_this_one() -> None:
    # A -> t1 (version 1) at minute 0, B -> t1 (version 2) at minute 1, A -> t2 at minute 2
    store = _Store({"A": [0, 2], "B": [1]})
    t1 = _t1({"A": {"table": "crm", "final_version": 1}, "B": {"table": "crm", "final_version": 2}})
    assert later_promotions(store, "B", "crm", t1) == []  # B is t1's latest: its rollback goes through
    with pytest.raises(LaterPromotionStands) as err:
        require_latest_promotion(store, "A", "crm", t1)  # A's is older on t1 whatever the ledger's times say
    assert err.value.details["later_runs"] == ["B"]


def test_records_without_versions_fall_back_to_the_ledger_times() -> None:
    store = _Store({"A": [0], "B": [1]})
    t1 = _t1({"A": {"table": "crm"}, "B": {"table": "crm"}})
    assert later_promotions(store, "A", "crm", t1) == ["B"]
    assert later_promotions(store, "B", "crm", t1) == []


def test_another_table_of_the_target_is_not_a_later_promotion() -> None:
    store = _Store({"A": [0], "B": [1]})
    t1 = _t1({"A": {"table": "crm", "final_version": 1}, "B": {"table": "orders", "final_version": 1}})
    assert later_promotions(store, "A", "crm", t1) == []
