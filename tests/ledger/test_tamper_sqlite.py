"""Ledger tamper suite on SQLite: raw SQL with the application's credentials (the database file).

SQLite has no roles: whoever can write the file can drop a trigger. So the triggers *refuse* the
plain attacks and the hash chain, head, checkpoints (with the schema cookie) and sealed summaries
*detect* the rest at the next open, naming the first bad event.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

from adapters.metadata_store import open_store
from adapters.metadata_store.ddl import SQLITE_TRIGGERS
from adapters.metadata_store.ledger_store import LEDGER
from core.artifacts import ArtifactKind
from core.ledger import ArtifactTampered

from .attacks import REFUSAL, Attack, assert_outcome, detected, refused
from .conftest import RUN_A, Seeded, forged_insert, raw, seed

S = "supervisor_ledger"
SUMMARY = "ledger_decision_summary"
COLS = ", ".join(c.name for c in LEDGER.columns if c.name != "seq")
COPY_ACCEPT = ", ".join("'accept'" if c.name == "decision" else c.name for c in LEDGER.columns if c.name != "seq")


def _trigger(name: str) -> str:
    return SQLITE_TRIGGERS[name][1]


ATTACKS: list[Attack] = [
    refused("update_event", f"UPDATE {S} SET decision = 'reject' WHERE position = 3"),
    refused("update_all", f"UPDATE {S} SET detail = NULL"),
    refused("delete_event", f"DELETE FROM {S} WHERE position = 3"),
    refused("truncate", f"DELETE FROM {S}"),
    refused("insert_or_replace", f"INSERT OR REPLACE INTO {S} ({COLS}) SELECT {COPY_ACCEPT} FROM {S}"),
    refused("upsert_do_update", f"INSERT INTO {S} ({COLS}) SELECT {COPY_ACCEPT} FROM {S} WHERE true "
                                "ON CONFLICT (event_id) DO UPDATE SET decision = excluded.decision"),
    refused("insert_at_taken_position", forged_insert(3)),
    refused("delete_summary", f"DELETE FROM {SUMMARY}"),
    refused("head_rewind", f"UPDATE ledger_head SET position = 3, event_hash = (SELECT event_hash FROM {S} "
                           f"WHERE position = 3), event_id = (SELECT event_id FROM {S} WHERE position = 3)"),
    refused("head_delete", "DELETE FROM ledger_head"),
    refused("checkpoint_delete", "DELETE FROM ledger_checkpoints"),
    refused("checkpoint_update", "UPDATE ledger_checkpoints SET position = 1"),
    refused("checkpoint_forge", f"INSERT INTO ledger_checkpoints (position, event_hash, created_at) "
                                f"VALUES (6, '{'f' * 64}', '2026-01-01')"),
    refused("artifact_update", "UPDATE artifacts SET payload = '{\"n\": 2}'"),
    refused("artifact_delete", "DELETE FROM artifacts"),
    refused("artifact_replace", "INSERT OR REPLACE INTO artifacts (id, run_id, run_key, kind, version, content_hash, "
                                "payload, created_at) SELECT id, run_id, run_key, kind, version, content_hash, "
                                "'{\"n\": 2}', created_at FROM artifacts"),
    detected("insert_forged_after_head", forged_insert(7), position=7, forged=True, reason="beyond the chain head"),
    detected("insert_forged_and_move_head", forged_insert(7),
             f"UPDATE ledger_head SET position = 7, event_hash = (SELECT event_hash FROM {S} WHERE position = 7), "
             f"event_id = (SELECT event_id FROM {S} WHERE position = 7)", position=7, forged=True, reason="prev_hash"),
    detected("insert_forged_before_first", forged_insert(0), position=0, forged=True, reason="out of order"),
    detected("drop_trigger_then_update", f"DROP TRIGGER {S}_no_update",
             f"UPDATE {S} SET decision = 'reject' WHERE position = 3", position=3, event_at=3, reason="content"),
    detected("drop_update_recreate_trigger", f"DROP TRIGGER {S}_no_update",
             f"UPDATE {S} SET decision = 'reject' WHERE position = 3", _trigger(f"{S}_no_update"),
             position=3, event_at=3, reason="content"),
    detected("replace_trigger_with_noop", f"DROP TRIGGER {S}_no_update",
             f"CREATE TRIGGER {S}_no_update BEFORE UPDATE ON {S} BEGIN SELECT 1; END",
             f"UPDATE {S} SET token_actual = 0 WHERE position = 2", position=2, event_at=2, reason="replaced"),
    detected("drop_trigger_delete_middle", f"DROP TRIGGER {S}_no_delete", f"DELETE FROM {S} WHERE position = 3",
             position=3, reason="missing (deleted)"),
    detected("drop_trigger_delete_tail", f"DROP TRIGGER {S}_no_delete", f"DELETE FROM {S} WHERE position > 4",
             position=5, reason="removed from the end"),
    detected("drop_trigger_truncate", f"DROP TRIGGER {S}_no_delete", f"DELETE FROM {S}",
             position=1, reason="removed from the end"),
    detected("drop_trigger_reorder", f"DROP TRIGGER {S}_no_update",
             f"UPDATE {S} SET position = -2 WHERE position = 2", f"UPDATE {S} SET position = 2 WHERE position = 3",
             f"UPDATE {S} SET position = 3 WHERE position = -2", position=2, event_at=3, reason="prev_hash"),
    detected("drop_trigger_insert_in_middle", f"DROP TRIGGER {S}_no_update",
             f"UPDATE {S} SET position = -position WHERE position >= 4",
             f"UPDATE {S} SET position = 1 - position WHERE position < 0", forged_insert(4),
             position=4, forged=True, reason="prev_hash"),
    detected("drop_trigger_move_to_other_run", f"DROP TRIGGER {S}_no_update",
             f"UPDATE {S} SET run_id = '01JBQ7V2ZK8Y3M4N5P6Q7R8S9C' WHERE position = 4", position=4, event_at=4,
             reason="content"),
    detected("rename_table", f"ALTER TABLE {S} RENAME TO {S}_old", position=None,
             reason="missing (dropped or renamed)"),
    detected("drop_table", f"DROP TABLE {S}", position=None, reason="missing (dropped or renamed)"),
    detected("drop_head_table", "DROP TABLE ledger_head", position=None, reason="ledger_head table is missing"),
    detected("edit_summary_count", f"UPDATE {SUMMARY} SET events = 999", position=6, event_at=6,
             reason="decision summary of run"),
    detected("edit_summary_json", f"UPDATE {SUMMARY} SET summary = json_set(summary, '$.events', 999) "
                                  f"WHERE run_id = '{RUN_A}'", position=6, event_at=6,
             reason="changed after it was sealed"),
    detected("edit_summary_tokens", f"UPDATE {SUMMARY} SET summary = json_set(summary, '$.tokens_actual', 1)",
             position=6, event_at=6, reason="changed after it was sealed"),
    detected("drop_summary_guard_then_delete", f"DROP TRIGGER {SUMMARY}_no_delete",
             f"DELETE FROM {SUMMARY} WHERE run_id = '{RUN_A}'", position=6, event_at=6, reason="no decision summary"),
]


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[str, Seeded]:
    """A seeded SQLite store, opened twice (so a checkpoint at the head exists)."""
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    store = open_store(url)
    data = seed(store)
    store.close()
    assert open_store(url).check_ledger_at_open().mode == "incremental"
    return url, data


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.name)
def test_sqlite_attack_is_refused_or_detected(seeded: tuple[str, Seeded], attack: Attack) -> None:
    url, data = seeded
    engine = create_engine(url)
    try:
        if attack.refused:
            with pytest.raises(DBAPIError, match=REFUSAL):
                raw(engine, list(attack.sql))
        else:
            raw(engine, list(attack.sql))
    finally:
        engine.dispose()
    assert_outcome(lambda: open_store(url), attack, data)


def test_artifact_payload_changed_behind_the_trigger_is_an_error_on_read(seeded: tuple[str, Seeded]) -> None:
    url, _ = seeded
    engine = create_engine(url)
    raw(engine, ["DROP TRIGGER artifacts_no_update", "UPDATE artifacts SET payload = json_set(payload, '$.n', 2)",
                 _trigger("artifacts_no_update")])
    engine.dispose()
    store = open_store(url)  # the ledger itself is intact
    try:
        for read in (lambda: store.latest(RUN_A, ArtifactKind.CATALOG), lambda: store.list(RUN_A),
                     lambda: store.get_version(RUN_A, ArtifactKind.CATALOG, 1)):
            with pytest.raises(ArtifactTampered) as err:
                read()
            assert err.value.details["kind"] == "catalog" and err.value.details["version"] == 1
            assert "catalog v1 of run" in err.value.message and RUN_A in err.value.message
    finally:
        store.close()
