"""Ledger checks shared by the kill drills (tests/migration/test_elt.py, test_mariadb_elt.py)."""

from __future__ import annotations

from typing import Any

from adapters.metadata_store import open_store


def recovered_promotion_events(ledger: str, run_id: str) -> list[Any]:
    """The run's events on a drill's persistent ``ledger`` (a metadata store URL), after asserting that the
    ``migration.promoted`` event a kill after the promotion's commit lost was recorded once, by the re-run, from the
    promotion record."""
    store = open_store(ledger)
    try:
        events = list(store.events(run_id))
    finally:
        store.close()
    promoted = [e for e in events if e.action == "migration.promoted"]
    assert len(promoted) == 1 and promoted[0].detail["recorded_from"] == "promotion record", promoted
    return events


def dropped(events: list[Any]) -> dict[str, list[str]]:
    """``{action: [table, ...]}`` of the ``*_dropped`` events (what a re-run settled), in ledger order."""
    out: dict[str, list[str]] = {}
    for e in events:
        if e.action.endswith("_dropped"):
            out.setdefault(e.action, []).append(e.detail["table"])
    return out
