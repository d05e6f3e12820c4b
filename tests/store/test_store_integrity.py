"""Integrity on both backends: the verifier's row fast path equals the model's hash input, artifacts are
checked against their content hash on read, and a decision summary is checked on every read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from adapters.metadata_store import MetadataStore
from adapters.metadata_store.convert import row_body, row_to_event, row_to_link
from adapters.metadata_store.ledger_store import LEDGER
from core.artifacts import ArtifactKind
from core.ledger import (
    ArtifactTampered,
    Decision,
    HumanConfirmation,
    LedgerEvent,
    LedgerTampered,
    Stage,
    event_body,
    event_digest,
    summarize,
)

RUN = "01JBQ7V2ZK8Y3M4N5P6Q7R8S9T"


def _varied_events() -> list[LedgerEvent]:
    plus2 = timezone(timedelta(hours=2))
    return [
        LedgerEvent(run_id=RUN, stage=Stage.INGEST, decision=Decision.ACCEPT),
        LedgerEvent(run_id=RUN, stage=Stage.MAPPING, decision=Decision.HOLD, action="m.gate",
                    timestamp_utc=datetime(2026, 5, 6, 7, 8, 9, 123456, tzinfo=plus2), usd_actual=0.1 + 0.2,
                    usd_estimate=1e-9, token_actual=2**30, fallback_chain=["a:b", "c:d"], pii_mask_applied=True,
                    human_confirmation=HumanConfirmation(required=True, actor="ana ö",
                                                         timestamp=datetime(2026, 1, 1, tzinfo=plus2)),
                    detail={"nested": {"z": [1, 2.5, None, True], "a": "ü\u2028"}, "n": -3, "f": 1e-7,
                            "big": 1e20, "neg0": -0.0, "id": 123456789012345678.0}),
        LedgerEvent(run_id=RUN, stage=Stage.SUPERVISOR, decision=Decision.REJECT, error_code="POLICY_BLOCK",
                    timestamp_utc=datetime(2026, 5, 6, 7, 8, 9)),  # naive: taken as UTC
    ]


def test_row_fast_path_hashes_exactly_what_the_model_hashes(store: MetadataStore) -> None:
    events = _varied_events()
    store.append_many(events)
    with store.engine.connect() as conn:
        rows = conn.execute(select(LEDGER).order_by(LEDGER.c.position)).all()
    for ev, row in zip(events, rows, strict=True):
        assert row_body(row._asdict()) == event_body(row_to_event(row)) == event_body(ev)
        link = row_to_link(row, with_event=True)
        assert link.event_hash == event_digest(ev, link.prev_hash, link.position)
    assert store.verify_ledger().verified_events == 3
    assert store.decision_summary(RUN) == summarize(RUN, events)


def _tamper(store: MetadataStore, table: str, trigger: str, statement: str) -> None:
    """Edit behind a guard, as a database owner would, and put the guard back."""
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": trigger}).scalar_one()
            conn.execute(text(f"DROP TRIGGER {trigger}"))
            conn.execute(text(statement))
            conn.execute(text(sql))
        else:
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"))
            conn.execute(text(statement))
            conn.execute(text(f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER {trigger}"))


def test_changed_artifact_payload_is_an_error_naming_the_artifact(store: MetadataStore) -> None:
    exact = store.put(ArtifactKind.CATALOG, RUN, {"max": 1.2345678901234567e17, "min": -0.0, "big": 1e20})
    assert store.latest(RUN, ArtifactKind.CATALOG) == exact  # JSON numbers read back exactly on both backends
    art = store.put(ArtifactKind.MAPPING_PLAN, RUN, {"rules": [1, 2]})
    assert store.get(art.content_hash) == art
    trigger = "artifacts_no_update" if store.dialect == "sqlite" else "artifacts_no_modify"
    payload = "'{\"rules\": [1, 3]}'"
    _tamper(store, "artifacts", trigger, f"UPDATE artifacts SET payload = {payload}")
    for read in (lambda: store.get(art.content_hash), lambda: store.latest(RUN, ArtifactKind.MAPPING_PLAN),
                 lambda: store.put(ArtifactKind.MAPPING_PLAN, RUN, {"rules": [1, 2]})):
        with pytest.raises(ArtifactTampered, match=f"artifact mapping_plan v1 of run {RUN} was changed") as err:
            read()
        assert err.value.details["stored_hash"] == art.content_hash != err.value.details["actual_hash"]


def test_summary_is_checked_on_read_and_before_it_is_folded_further(store: MetadataStore) -> None:
    events = _varied_events()
    store.append_many(events)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE ledger_decision_summary SET events = 999"))
    with pytest.raises(LedgerTampered, match="changed after it was sealed") as err:
        store.decision_summary(RUN)
    assert err.value.event_id == events[-1].event_id and err.value.position == 3
    with pytest.raises(LedgerTampered, match="changed after it was sealed"):  # no laundering by a new append
        store.append(LedgerEvent(run_id=RUN, stage=Stage.INGEST, decision=Decision.ACCEPT))
    assert len(store.events(RUN)) == 3
