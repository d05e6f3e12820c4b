"""The ledger's hash chain (tamper evidence, ROADMAP §30 + issue 10).

One chain per store: every event, whatever its run, gets the next ``position`` (1, 2, 3, ... with
no gaps) and ``prev_hash`` = the ``event_hash`` of the event before it (:data:`GENESIS_HASH` for
the first). ``event_hash`` is SHA-256 over the canonical JSON of the event (:func:`event_body`)
together with its position and ``prev_hash``.

Why one chain per store and not one per run: a per-run chain cannot reveal that a whole run's
events were removed, nor an event moved from one run to another; a single chain makes every
deletion, reordering or insertion anywhere a break, and its tip is one value that can be checked
cheaply at every open and anchored outside the database. The price is that appends are serialized
on the chain head (SQLite serializes writers anyway; on PostgreSQL the head row lock is held only
for the short append transaction).

A plain hash chain is evident, not secret: whoever can write the database *and* recompute every
hash after an edit (and the head, and the checkpoints) can forge a consistent chain. That is what
the PostgreSQL role split prevents and what an external anchor (the head hash printed by
``mapwright ledger verify``) detects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from core.hashing import canonical_json, sha256_hex
from core.ledger.errors import LedgerTampered
from core.ledger.models import DecisionSummary, FoldableEvent, LedgerEvent, summarize

GENESIS_HASH = "0" * 64
CHAIN_VERSION = 1
_FOLD_BATCH = 512


def utc_text(value: datetime | None) -> str | None:
    """A timestamp as the store keeps it: UTC, microseconds (naive values are UTC)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_body(event: LedgerEvent) -> dict[str, Any]:
    """The JSON form of ``event`` that its hash covers (every field; timestamps normalized to UTC)."""
    body = event.model_dump(mode="json", exclude={"timestamp_utc", "human_confirmation"})
    hc = event.human_confirmation
    body["timestamp_utc"] = utc_text(event.timestamp_utc)
    body["human_confirmation"] = {"required": hc.required, "actor": hc.actor, "timestamp": utc_text(hc.timestamp)}
    return body


def event_digest(event: LedgerEvent, prev_hash: str, position: int) -> str:
    """``event_hash`` of ``event`` at ``position`` after ``prev_hash``."""
    return body_digest(event_body(event), prev_hash, position)


def body_digest(body: Mapping[str, Any], prev_hash: str, position: int) -> str:
    """``event_hash`` of an event given as its :func:`event_body` (a store may build the body from its row)."""
    return sha256_hex(canonical_json({"v": CHAIN_VERSION, "position": position, "prev_hash": prev_hash,
                                      "event": body}))


def summary_seal(summary: Mapping[str, Any] | DecisionSummary, head_hash: str, head_position: int) -> str:
    """Seal binding a run's materialized decision summary to the chain event it was folded up to."""
    data = summary.model_dump(mode="json") if isinstance(summary, DecisionSummary) else dict(summary)
    return sha256_hex(canonical_json({"summary": data, "head_hash": head_hash, "head_position": head_position}))


@dataclass(frozen=True)
class ChainLink:
    """One stored event with its chain fields, as a store reads it back.

    ``body`` is the event's :func:`event_body` (a store may build it straight from its row);
    ``event`` the model, needed only to fold decision summaries. :meth:`of` builds a link from a model.
    """

    position: int
    event_id: str
    run_id: str
    prev_hash: str
    event_hash: str
    body: Mapping[str, Any]
    event: FoldableEvent | None = None

    @classmethod
    def of(cls, position: int, event: LedgerEvent, prev_hash: str, event_hash: str) -> ChainLink:
        """The link of ``event`` stored at ``position`` with these chain fields."""
        return cls(position, event.event_id, event.run_id, prev_hash, event_hash, event_body(event), event)


@dataclass
class ChainState:
    """Where a verification got to: the last verified position and hash, and per-run folds."""

    position: int = 0
    head_hash: str = GENESIS_HASH
    head_event_id: str | None = None
    verified: int = 0
    summaries: dict[str, DecisionSummary] = field(default_factory=dict)
    run_heads: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # run -> (position, hash, event_id)


def verify_links(links: Iterable[ChainLink], start: ChainState | None = None, *, fold: bool = False) -> ChainState:
    """Check that ``links`` (in ``position`` order) continue the chain from ``start``.

    Raises :class:`LedgerTampered` naming the first bad event: a position that is not the next one
    (a deleted, reordered or inserted event), a ``prev_hash`` that is not the previous event's hash,
    or an ``event_hash`` that does not match the event's content. ``fold`` also folds each run's
    decision summary from the chain (for :func:`check_summaries`).
    """
    state = start or ChainState()
    pending: dict[str, list[FoldableEvent]] = {}
    for link in links:
        expected = state.position + 1
        if link.position > expected:
            raise LedgerTampered(f"the event at position {expected} is missing (deleted); the next stored event "
                                 f"{link.event_id} is at position {link.position}", position=expected,
                                 next_event_id=link.event_id)
        if link.position != expected:
            raise _bad(link, f"an event at position {link.position} is out of order (inserted or moved)")
        if link.prev_hash != state.head_hash:
            raise _bad(link, "prev_hash does not match the hash of the event before it (an event was removed, "
                             "replaced or moved)")
        if body_digest(link.body, link.prev_hash, link.position) != link.event_hash:
            raise _bad(link, "the event's content does not match its hash (it was changed after it was appended)")
        state.position, state.head_hash, state.head_event_id = link.position, link.event_hash, link.event_id
        state.verified += 1
        state.run_heads[link.run_id] = (link.position, link.event_hash, link.event_id)
        if fold:
            if link.event is None:
                raise ValueError("folding summaries needs the links' events")
            batch = pending.setdefault(link.run_id, [])
            batch.append(link.event)
            if len(batch) >= _FOLD_BATCH:
                _flush(state, pending, link.run_id)
    for run_id in list(pending):
        _flush(state, pending, run_id)
    return state


def _bad(link: ChainLink, reason: str) -> LedgerTampered:
    return LedgerTampered(reason, event_id=link.event_id, position=link.position, run_id=link.run_id)


def _flush(state: ChainState, pending: dict[str, list[FoldableEvent]], run_id: str) -> None:
    state.summaries[run_id] = summarize(run_id, pending.pop(run_id), start=state.summaries.get(run_id))


def check_head(state: ChainState, head_position: int, head_hash: str, head_event_id: str | None = None) -> None:
    """The stored chain head must be the verified tip (else events after it were removed, or it was moved)."""
    if head_position == state.position and head_hash == state.head_hash:
        return
    if head_position > state.position:
        raise LedgerTampered(f"the chain ends at position {state.position} but its head records position "
                             f"{head_position} (last event {head_event_id}): events were removed from the end",
                             position=state.position + 1, head_event_id=head_event_id)
    raise LedgerTampered(f"the chain head records position {head_position} but the chain goes on to "
                         f"{state.position} (the head was moved back or events were added around the store)",
                         event_id=state.head_event_id, position=state.position)


@dataclass(frozen=True)
class StoredSummary:
    """A materialized decision summary row as read from a store."""

    run_id: str
    summary: Mapping[str, Any]
    events: int
    head_position: int
    seal: str | None


def check_summaries(state: ChainState, stored: Iterable[StoredSummary]) -> None:
    """Every run on the chain has a stored summary equal to the one folded from the chain, and no other."""
    seen: set[str] = set()
    for row in stored:
        seen.add(row.run_id)
        head = state.run_heads.get(row.run_id)
        folded = state.summaries.get(row.run_id)
        if head is None or folded is None:
            raise LedgerTampered(f"the decision summary of run {row.run_id} claims {row.events} events but the "
                                 "chain has none for it", run_id=row.run_id)
        position, head_hash, event_id = head
        try:
            parsed = DecisionSummary.model_validate(dict(row.summary))
        except ValueError:
            parsed = None
        if (parsed is None or not same_summary(parsed, folded) or row.events != folded.events
                or row.head_position != position):
            raise LedgerTampered(
                f"the decision summary of run {row.run_id} does not match the chain (stored {row.events} events, "
                f"chain {folded.events})", event_id=event_id, position=position, run_id=row.run_id)
        if row.seal != summary_seal(row.summary, head_hash, position):
            raise LedgerTampered(f"the decision summary of run {row.run_id} is not sealed to its last chain event",
                                 event_id=event_id, position=position, run_id=row.run_id)
    for run_id in sorted(set(state.run_heads) - seen):
        position, _, event_id = state.run_heads[run_id]
        raise LedgerTampered(f"run {run_id} has events on the chain but no decision summary",
                             event_id=event_id, position=position, run_id=run_id)


def same_summary(a: DecisionSummary, b: DecisionSummary) -> bool:
    """Equal summaries; ``usd_actual`` within rounding (a store folds per append, a verifier in batches)."""
    if a.model_dump(exclude={"usd_actual"}) != b.model_dump(exclude={"usd_actual"}):
        return False
    return abs(a.usd_actual - b.usd_actual) <= 1e-6 * max(1, a.events)


def verify_chain(
    links: Iterable[ChainLink],
    *,
    head_position: int,
    head_hash: str,
    head_event_id: str | None = None,
    summaries: Iterable[StoredSummary] | None = None,
) -> ChainState:
    """Verify a whole ledger: every link from the first event, the stored head, and (given ``summaries``,
    with links that carry their events) every decision summary re-folded from the chain.

    Raises :class:`LedgerTampered` naming the first bad event; returns the verified state.
    """
    state = verify_links(links, fold=summaries is not None)
    check_head(state, head_position, head_hash, head_event_id)
    if summaries is not None:
        check_summaries(state, summaries)
    return state

