"""The attack catalogue's shape and the one assertion every attack ends with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from adapters.metadata_store import MetadataStore
from core.errors import DeterministicFailure
from core.ledger import LedgerTampered

from .conftest import FORGED, RUN_A, RUN_B, Seeded


@dataclass(frozen=True)
class Attack:
    """Raw SQL run with the application's credentials, and what must come of it.

    ``refused``: the database refuses a statement and the ledger stays intact. Otherwise the next
    open must raise :class:`LedgerTampered` naming ``position`` and the event that was at
    ``event_at`` (or the forged one), with ``reason`` in its reason.
    """

    name: str
    sql: tuple[str, ...]
    refused: bool = False
    position: int | None = None
    event_at: int | None = None
    forged: bool = False
    reason: str = ""


#: what a refusal by a guard, a privilege or a constraint says (a syntax error would not match)
REFUSAL = (r"append-only|refused|head may only move|must name a stored event|permission denied|must be owner"
           r"|duplicate key|UNIQUE constraint")


def refused(name: str, *sql: str) -> Attack:
    """An attack the database must refuse."""
    return Attack(name, sql, refused=True)


def detected(name: str, *sql: str, position: int | None, reason: str, event_at: int | None = None,
             forged: bool = False) -> Attack:
    """An attack the database lets through and the next open must detect."""
    return Attack(name, sql, position=position, event_at=event_at, forged=forged, reason=reason)


def assert_outcome(open_store: Callable[[], MetadataStore], attack: Attack, data: Seeded) -> None:
    """The ledger is intact after a refused attack; a detected one fails the next open, naming the first bad event."""
    if attack.refused:
        store = open_store()
        try:
            report = store.verify_ledger()
            assert report.head_position == 6 and report.verified_events == 6
            assert [e.event_id for e in store.events(RUN_A)] == [data.ids[p] for p in (1, 3, 5, 6)]
            assert store.decision_summary(RUN_B).events == 2
        finally:
            store.close()
        return
    with pytest.raises(LedgerTampered) as err:
        open_store().close()
    exc = err.value
    assert isinstance(exc, DeterministicFailure)
    assert (exc.position, exc.details["position"]) == (attack.position, attack.position), exc.message
    expected_id = FORGED if attack.forged else data.ids[attack.event_at] if attack.event_at else None
    assert exc.event_id == expected_id, exc.message
    assert attack.reason in exc.reason, exc.reason
    assert "restore the metadata database" in exc.message
