"""Supervisor Ledger on SQLite and PostgreSQL: round trip, decision summary, append-only in the
database itself, and all-or-nothing writes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from adapters.metadata_store import MetadataStore
from adapters.metadata_store.ledger_store import LEDGER
from core.contract import contract_template
from core.errors import DeterministicFailure
from core.ids import new_ulid
from core.ledger import Decision, HumanConfirmation, LedgerEvent, Stage, summarize

from .conftest import run_threads

RUN = "01JBQ7V2ZK8Y3M4N5P6Q7R8S9T"


def _ev(
    stage: Stage = Stage.INGEST, decision: Decision = Decision.ACCEPT, run_id: str = RUN, **kw: object
) -> LedgerEvent:
    kw.setdefault("action", "x")
    return LedgerEvent.model_validate({"run_id": run_id, "stage": stage, "decision": decision, **kw})


def test_full_event_roundtrip(store: MetadataStore) -> None:
    ev = LedgerEvent(
        run_id=RUN, stage=Stage.MAPPING, decision=Decision.HOLD, action="mapping.gate",
        inputs_hash="a" * 64, outputs_hash="b" * 64, provider="openai", model="gpt-x", params_hash="c" * 64,
        token_estimate=1200, token_actual=1180, usd_estimate=0.0123, usd_actual=0.0119, retries=2,
        fallback_chain=["openai:gpt-x", "offline:rules"], pii_mask_applied=True, local_only_override=True,
        policy_version="1.0.0", threshold_profile_id="tp_default_v1", dsl_version="1.0.0",
        contract_hash="d" * 64, catalog_version="e" * 64, error_code="RATE_LIMIT", error_detail_id="trace-1",
        human_confirmation=HumanConfirmation(
            required=True, actor="ana", timestamp=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        ),
        detail={"reasons": ["accept_rate 0.91 < 0.95"], "nested": {"n": 1, "ok": False}},
    )
    assert store.append(ev) == ev
    assert store.events(RUN) == [ev]


def test_events_in_append_order_and_by_stage(store: MetadataStore) -> None:
    evs = [_ev(Stage.INGEST, action="a"), _ev(Stage.DOMAINS, action="b"), _ev(Stage.INGEST, action="c")]
    for e in evs:
        store.append(e)
    store.append(_ev(run_id="01JBQ7V2ZK8Y3M4N5P6Q7R8S9V"))
    assert [e.action for e in store.events(RUN)] == ["a", "b", "c"]
    assert [e.action for e in store.events(RUN, Stage.INGEST)] == ["a", "c"]
    assert store.events("01JBQ7V2ZK8Y3M4N5P6Q7R8S9W") == []


def test_decision_summary_is_materialized_on_append(store: MetadataStore) -> None:
    assert store.decision_summary(RUN).events == 0
    evs = [
        _ev(Stage.INGEST, token_actual=100, usd_actual=0.25),
        _ev(Stage.DOMAINS, Decision.HOLD, pii_mask_applied=True, token_actual=50, usd_actual=0.5),
        _ev(Stage.SUPERVISOR, Decision.HOLD, action="supervisor.hold", detail={"stage": "DOMAINS"}),
        _ev(Stage.MAPPING, Decision.REJECT, error_code="DSL_REJECT"),
    ]
    for e in evs:
        store.append(e)
    summary = store.decision_summary(RUN)
    assert summary == summarize(RUN, evs)
    assert summary.open_holds == ["DOMAINS"] and summary.tokens_actual == 150 and summary.usd_actual == 0.75
    store.append(_ev(Stage.SUPERVISOR, Decision.ACCEPT, action="human.confirm", detail={"stage": "DOMAINS"}))
    summary = store.decision_summary(RUN)
    assert summary.open_holds == [] and summary.stages["DOMAINS"].events == 1
    assert summary == summarize(RUN, store.events(RUN))


def _hold(stage: str) -> LedgerEvent:
    return _ev(Stage.SUPERVISOR, Decision.HOLD, action="supervisor.hold", detail={"stage": stage},
               human_confirmation=HumanConfirmation(required=True))


def _confirm(stage: str, decision: Decision) -> LedgerEvent:
    return _ev(Stage.SUPERVISOR, decision, action="human.confirm", detail={"stage": stage})


def test_refused_confirmation_keeps_the_hold_open(store: MetadataStore) -> None:
    """Gate, hold and confirmation events are all SUPERVISOR-stage: a refused human.confirm must
    not make the summary say "no open holds" while the run is still held."""
    steps: list[tuple[LedgerEvent, list[str]]] = [
        (_ev(Stage.DOMAINS, Decision.HOLD, action="domains.assign"), []),
        (_ev(Stage.SUPERVISOR, Decision.HOLD, action="gate.domain_assignments_gate"), []),
        (_hold("DOMAINS"), ["DOMAINS"]),
        (_confirm("DOMAINS", Decision.REJECT), ["DOMAINS"]),  # refused (POLICY_BLOCK): still held
        (_hold("INGEST"), ["INGEST", "DOMAINS"]),  # pipeline order
        (_confirm("INGEST", Decision.ACCEPT), ["DOMAINS"]),
        (_confirm("DOMAINS", Decision.ACCEPT), []),
        (_hold("DOMAINS"), ["DOMAINS"]),  # held again after a re-run
        (_confirm("MAPPING", Decision.ACCEPT), ["DOMAINS"]),  # confirmation of another stage
    ]
    for event, expected in steps:
        store.append(event)
        summary = store.decision_summary(RUN)  # folded one event at a time by the store
        assert summary.open_holds == expected, event.action
        assert summary == summarize(RUN, store.events(RUN))


def test_summarize_open_holds_fold_incrementally() -> None:
    evs = [_hold("DOMAINS"), _confirm("DOMAINS", Decision.REJECT), _hold("MAPPING"),
           _confirm("DOMAINS", Decision.ACCEPT), _confirm("MAPPING", Decision.HOLD)]
    full = summarize(RUN, evs)
    assert full.open_holds == ["MAPPING"]
    for cut in range(len(evs) + 1):
        assert summarize(RUN, evs[cut:], start=summarize(RUN, evs[:cut])) == full


def _raw(store: MetadataStore, sql: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(sql))


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE supervisor_ledger SET decision = 'accept'",
        "UPDATE supervisor_ledger SET detail = NULL WHERE run_id = '" + RUN + "'",
        "DELETE FROM supervisor_ledger",
        "DELETE FROM supervisor_ledger WHERE run_id = '" + RUN + "'",
    ],
)
def test_database_refuses_update_and_delete(store: MetadataStore, sql: str) -> None:
    ev = store.append(_ev(decision=Decision.REJECT, error_code="POLICY_BLOCK"))
    with pytest.raises(IntegrityError, match="append-only"):
        _raw(store, sql)
    assert store.events(RUN) == [ev]


@pytest.mark.postgres
def test_postgres_refuses_truncate(postgres_url: str, unique_name: object) -> None:
    from adapters.metadata_store import open_store

    s = open_store(postgres_url, schema=unique_name("mw_trunc"))  # type: ignore[operator]
    try:
        ev = s.append(_ev())
        with pytest.raises(IntegrityError, match="append-only: TRUNCATE"):
            _raw(s, "TRUNCATE supervisor_ledger")
        assert s.events(RUN) == [ev]
    finally:
        s.drop_schema()
        s.close()


def _copy_sql(*, with_seq: bool) -> tuple[str, str]:
    """Column list and a SELECT copying the stored rows with decision changed to 'accept'."""
    cols = [c.name for c in LEDGER.columns if with_seq or c.name != "seq"]
    select_list = ", ".join("'accept'" if c == "decision" else c for c in cols)
    return ", ".join(cols), f"SELECT {select_list} FROM supervisor_ledger"


@pytest.mark.parametrize("with_seq", [True, False])
def test_sqlite_insert_or_replace_cannot_rewrite_the_ledger(tmp_path: Path, with_seq: bool) -> None:
    from adapters.metadata_store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'replace.db'}")
    try:
        ev = s.append(_ev(decision=Decision.REJECT, error_code="POLICY_BLOCK"))
        cols, copy = _copy_sql(with_seq=with_seq)
        with pytest.raises(IntegrityError, match="append-only"):
            _raw(s, f"INSERT OR REPLACE INTO supervisor_ledger ({cols}) {copy}")
        with pytest.raises(IntegrityError, match="append-only"):
            _raw(s, f"REPLACE INTO supervisor_ledger ({cols}) {copy}")
        assert s.events(RUN) == [ev]
        later = s.append(_ev(action="later"))  # ordinary appends still work
        assert s.events(RUN) == [ev, later]
    finally:
        s.close()


@pytest.mark.postgres
def test_postgres_upsert_cannot_rewrite_the_ledger(postgres_url: str, unique_name: Callable[[str], str]) -> None:
    from adapters.metadata_store import open_store

    s = open_store(postgres_url, schema=unique_name("mw_upsert"))
    try:
        ev = s.append(_ev(decision=Decision.REJECT, error_code="POLICY_BLOCK"))
        cols, copy = _copy_sql(with_seq=False)
        with pytest.raises(IntegrityError, match="append-only: UPDATE"):
            _raw(s, f"INSERT INTO supervisor_ledger ({cols}) {copy} "
                    "ON CONFLICT (event_id) DO UPDATE SET decision = EXCLUDED.decision")
        assert s.events(RUN) == [ev]
        _raw(s, f"INSERT INTO supervisor_ledger ({cols}) {copy} ON CONFLICT (event_id) DO NOTHING")
        assert s.events(RUN) == [ev]
    finally:
        s.drop_schema()
        s.close()


def test_duplicate_event_id_is_refused_and_summary_untouched(store: MetadataStore) -> None:
    ev = store.append(_ev(token_actual=10))
    with pytest.raises(DeterministicFailure) as err:
        store.append(ev.model_copy(update={"token_actual": 99}))
    assert err.value.run_id == RUN
    assert store.events(RUN) == [ev]
    assert store.decision_summary(RUN).tokens_actual == 10


def test_append_many_is_all_or_nothing(store: MetadataStore) -> None:
    first = _ev(action="first")
    store.append(first)
    batch = [_ev(action="second"), _ev(action="third", event_id=first.event_id)]
    with pytest.raises(DeterministicFailure):
        store.append_many(batch)
    assert [e.action for e in store.events(RUN)] == ["first"]
    assert store.decision_summary(RUN).events == 1
    ok = store.append_many([_ev(action="second"), _ev(action="third")])
    assert [e.action for e in store.events(RUN)] == ["first", "second", "third"] and len(ok) == 2


def test_save_run_with_event_is_atomic(store: MetadataStore) -> None:
    existing = store.append(_ev(action="earlier"))
    c = contract_template(lhs_location="a.csv", rhs_location="b.csv", request_key="atomic")
    bad = LedgerEvent(event_id=existing.event_id, run_id=c.run_id, stage=Stage.SUPERVISOR,
                      decision=Decision.ACCEPT, action="run.create")
    with pytest.raises(DeterministicFailure):
        store.save_run(c, event=bad)
    assert store.get_run(c.run_id) is None  # the run insert was rolled back with the event
    assert store.events(c.run_id) == [] and store.decision_summary(c.run_id).events == 0
    good = bad.model_copy(update={"event_id": new_ulid()})
    _, created = store.save_run(c, event=good)
    assert created and store.events(c.run_id) == [good]
    # idempotent re-save appends nothing
    _, created = store.save_run(c, event=good.model_copy(update={"event_id": new_ulid()}))
    assert not created and store.events(c.run_id) == [good]


def test_concurrent_appends_keep_summary_exact(store: MetadataStore) -> None:
    def worker(i: int) -> None:
        for _ in range(10):
            store.append(_ev(Stage.MIGRATION, token_actual=i + 1))

    _, errors = run_threads(5, worker)
    assert not errors
    summary = store.decision_summary(RUN)
    assert summary.events == 50 and summary.tokens_actual == 10 * (1 + 2 + 3 + 4 + 5)
    assert summary == summarize(RUN, store.events(RUN))
