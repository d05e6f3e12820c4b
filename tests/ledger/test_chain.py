"""The hash chain in core (no database): digests, link verification, head and summary checks."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta, timezone

import pytest

from core.errors import DeterministicFailure, ErrorCode
from core.ledger import (
    GENESIS_HASH,
    ChainLink,
    ChainState,
    Decision,
    HumanConfirmation,
    LedgerEvent,
    LedgerTampered,
    Stage,
    StoredSummary,
    check_head,
    check_summaries,
    event_digest,
    summarize,
    summary_seal,
    verify_chain,
    verify_links,
)

RUN = "01JBQ7V2ZK8Y3M4N5P6Q7R8S9T"


def _events(n: int, run_id: str = RUN) -> list[LedgerEvent]:
    return [LedgerEvent(run_id=run_id, stage=Stage.INGEST, decision=Decision.ACCEPT, action=f"a{i}",
                        token_actual=i, usd_actual=0.1 * i) for i in range(n)]


def _chain(events: list[LedgerEvent]) -> list[ChainLink]:
    links, prev = [], GENESIS_HASH
    for position, ev in enumerate(events, start=1):
        digest = event_digest(ev, prev, position)
        links.append(ChainLink.of(position, ev, prev, digest))
        prev = digest
    return links


def test_digest_covers_every_field_prev_hash_and_position() -> None:
    ev = _events(1)[0]
    base = event_digest(ev, GENESIS_HASH, 1)
    assert base == event_digest(ev.model_copy(), GENESIS_HASH, 1) and len(base) == 64
    changed = [ev.model_copy(update={"decision": Decision.REJECT}), ev.model_copy(update={"detail": {"x": 1}}),
               ev.model_copy(update={"run_id": RUN[:-1] + "V"}), ev.model_copy(update={"usd_actual": 1.5}),
               ev.model_copy(update={"human_confirmation": HumanConfirmation(required=True)})]
    assert len({base, *(event_digest(e, GENESIS_HASH, 1) for e in changed)}) == 6
    assert event_digest(ev, "1" * 64, 1) != base and event_digest(ev, GENESIS_HASH, 2) != base


def test_digest_is_the_same_for_the_same_instant_in_any_zone() -> None:
    """A store keeps UTC; an event appended with another offset must verify after the round trip."""
    at = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
    ev = _events(1)[0].model_copy(update={"timestamp_utc": at.astimezone(timezone(timedelta(hours=2)))})
    assert event_digest(ev, GENESIS_HASH, 1) == event_digest(ev.model_copy(update={"timestamp_utc": at}),
                                                             GENESIS_HASH, 1)


def test_intact_chain_verifies_and_folds_summaries() -> None:
    events = _events(5) + _events(3, run_id=RUN[:-1] + "V")
    state = verify_links(_chain(events), fold=True)
    assert (state.position, state.verified) == (8, 8) and state.head_event_id == events[-1].event_id
    assert state.summaries[RUN] == summarize(RUN, events[:5])
    # continuing from a checkpoint gives the same result as verifying from the start
    links = _chain(events)
    cont = verify_links(links[5:], ChainState(position=5, head_hash=links[4].event_hash))
    assert cont.head_hash == state.head_hash and cont.verified == 3


@pytest.mark.parametrize(
    ("name", "position", "reason"),
    [("content", 3, "content"), ("delete", 3, "missing (deleted)"), ("swap", 2, "prev_hash"),
     ("duplicate", 3, "out of order"), ("rehash_one", 4, "prev_hash")],
)
def test_each_kind_of_break_names_the_first_bad_event(name: str, position: int, reason: str) -> None:
    links = _chain(_events(6))
    if name == "content":
        edited = _events(6)[0].model_copy(update={"event_id": links[2].event_id, "decision": Decision.REJECT})
        links[2] = ChainLink.of(3, edited, links[2].prev_hash, links[2].event_hash)
    elif name == "delete":
        del links[2]
    elif name == "swap":
        a, b = links[1], links[2]
        assert a.event is not None and b.event is not None
        links[1] = ChainLink.of(2, b.event, b.prev_hash, b.event_hash)
        links[2] = ChainLink.of(3, a.event, a.prev_hash, a.event_hash)
    elif name == "duplicate":
        links.insert(3, links[2])
    else:  # the attacker recomputes the edited event's own hash: the next link breaks
        assert links[2].event is not None
        edited = links[2].event.model_copy(update={"token_actual": 999})
        links[2] = ChainLink.of(3, edited, links[2].prev_hash, event_digest(edited, links[2].prev_hash, 3))
    with pytest.raises(LedgerTampered) as err:
        verify_links(links)
    assert err.value.position == position and reason in err.value.reason
    if name != "delete":
        assert err.value.event_id == links[position - 1].event_id


def test_head_must_be_the_verified_tip() -> None:
    state = verify_links(_chain(_events(4)))
    check_head(state, 4, state.head_hash)
    with pytest.raises(LedgerTampered, match="removed from the end") as err:
        check_head(state, 6, "x" * 64, "01EVENT")
    assert err.value.position == 5 and err.value.details["head_event_id"] == "01EVENT"
    with pytest.raises(LedgerTampered, match="moved back"):
        check_head(state, 3, "x" * 64)


def test_summaries_are_checked_against_the_fold() -> None:
    events = _events(3)
    links = _chain(events)
    state = verify_links(links, fold=True)
    good = summarize(RUN, events).model_dump(mode="json")
    row = StoredSummary(RUN, good, 3, 3, summary_seal(good, links[-1].event_hash, 3))
    check_summaries(state, [row])
    bad = {**good, "tokens_actual": 1}
    for stored, match in [
        (StoredSummary(RUN, bad, 3, 3, summary_seal(bad, links[-1].event_hash, 3)), "does not match the chain"),
        (StoredSummary(RUN, good, 999, 3, row.seal), "does not match the chain"),
        (StoredSummary(RUN, good, 3, 3, "0" * 64), "not sealed"),
    ]:
        with pytest.raises(LedgerTampered, match=match) as err:
            check_summaries(state, [stored])
        assert err.value.position == 3 and err.value.event_id == events[-1].event_id
    with pytest.raises(LedgerTampered, match="no decision summary"):
        check_summaries(state, [])
    with pytest.raises(LedgerTampered, match="chain has none"):
        check_summaries(state, [row, StoredSummary("01OTHER", good, 3, 3, row.seal)])


def test_ledger_tampered_is_a_structured_deterministic_failure_that_pickles() -> None:
    exc = LedgerTampered("the event's content does not match", event_id="01E", position=7, run_id=RUN)
    assert isinstance(exc, DeterministicFailure) and exc.code is ErrorCode.DETERMINISTIC_FAILURE
    details = exc.to_dict()["details"]
    assert details == {"event_id": "01E", "position": 7, "reason": "the event's content does not match"}
    assert "position 7 (event 01E)" in exc.message and "restore the metadata database" in exc.message
    back = pickle.loads(pickle.dumps(exc))
    assert (back.event_id, back.position, back.reason, back.run_id) == ("01E", 7, exc.reason, RUN)


def test_verify_chain_checks_links_head_and_summaries_together() -> None:
    events = _events(4)
    links = _chain(events)
    tip = links[-1].event_hash
    data = summarize(RUN, events).model_dump(mode="json")
    good = [StoredSummary(RUN, data, 4, 4, summary_seal(data, tip, 4))]
    state = verify_chain(links, head_position=4, head_hash=tip, summaries=good)
    assert state.verified == 4 and state.summaries[RUN].events == 4
    with pytest.raises(LedgerTampered, match="removed from the end"):
        verify_chain(links[:3], head_position=4, head_hash=tip)
    with pytest.raises(LedgerTampered, match="no decision summary"):
        verify_chain(links, head_position=4, head_hash=tip, summaries=[])
