"""Ledger tamper suite on PostgreSQL.

As the **app role** (the recommended set-up: owns nothing, SELECT/INSERT on the ledger) the
database refuses every rewrite: UPDATE, DELETE, TRUNCATE, DISABLE/DROP TRIGGER, replica mode, DROP
or RENAME of the table, replacing a guard function. What the app role may do (INSERT, UPDATE the
summary) is detected at the next open, naming the first bad event.

As the **owner** (a store run without the role split), the guards still refuse plain rewrites
(ENABLE ALWAYS triggers survive replica mode), and whatever the owner can switch off is detected.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

from adapters.metadata_store import MetadataStore
from orchestration.cli import cli

from .attacks import REFUSAL, Attack, assert_outcome, detected, refused
from .conftest import RUN_A, PgRoles, Seeded, forged_insert, raw, seed

pytestmark = pytest.mark.postgres

S = "supervisor_ledger"
SUMMARY = "ledger_decision_summary"
NOOP_FN = ("CREATE OR REPLACE FUNCTION mapwright_append_only() RETURNS trigger LANGUAGE plpgsql "
           "AS $$ BEGIN RETURN NEW; END $$")

APP_ATTACKS: list[Attack] = [
    refused("update_event", f"UPDATE {S} SET decision = 'reject' WHERE position = 3"),
    refused("delete_event", f"DELETE FROM {S} WHERE position = 3"),
    refused("truncate", f"TRUNCATE {S}"),
    refused("truncate_cascade", f"TRUNCATE {S}, {SUMMARY}, ledger_head CASCADE"),
    refused("disable_trigger", f"ALTER TABLE {S} DISABLE TRIGGER {S}_no_modify"),
    refused("disable_all_triggers", f"ALTER TABLE {S} DISABLE TRIGGER ALL"),
    refused("drop_trigger", f"DROP TRIGGER {S}_no_modify ON {S}"),
    refused("replica_role", "SET session_replication_role = replica"),
    refused("drop_table", f"DROP TABLE {S}"),
    refused("drop_table_cascade", f"DROP TABLE {S} CASCADE"),
    refused("rename_table", f"ALTER TABLE {S} RENAME TO {S}_old"),
    refused("replace_guard_function", NOOP_FN),
    refused("create_own_trigger", f"CREATE TRIGGER x BEFORE INSERT ON {S} FOR EACH ROW EXECUTE FUNCTION "
                                  "mapwright_append_only()"),
    refused("upsert_do_update", f"INSERT INTO {S} SELECT * FROM {S} ON CONFLICT (event_id) DO UPDATE "
                                "SET decision = 'reject'"),
    refused("insert_at_taken_position", forged_insert(3)),
    refused("delete_summary", f"DELETE FROM {SUMMARY}"),
    refused("head_rewind", f"UPDATE ledger_head SET position = 3, event_hash = (SELECT event_hash FROM {S} "
                           f"WHERE position = 3), event_id = (SELECT event_id FROM {S} WHERE position = 3)"),
    refused("head_delete", "DELETE FROM ledger_head"),
    refused("checkpoint_delete", "DELETE FROM ledger_checkpoints"),
    refused("checkpoint_forge", f"INSERT INTO ledger_checkpoints (position, event_hash, created_at) "
                                f"VALUES (6, '{'f' * 64}', now())"),
    refused("artifact_update", "UPDATE artifacts SET payload = '{\"n\": 2}'"),
    refused("artifact_delete", "DELETE FROM artifacts"),
    refused("alter_owner", f"ALTER TABLE {S} OWNER TO CURRENT_USER"),
    detected("insert_forged_after_head", forged_insert(7), position=7, forged=True, reason="beyond the chain head"),
    detected("insert_forged_and_move_head", forged_insert(7),
             f"UPDATE ledger_head SET position = 7, event_hash = (SELECT event_hash FROM {S} WHERE position = 7), "
             f"event_id = (SELECT event_id FROM {S} WHERE position = 7)", position=7, forged=True, reason="prev_hash"),
    detected("insert_forged_before_first", forged_insert(0), position=0, forged=True, reason="out of order"),
    detected("edit_summary_count", f"UPDATE {SUMMARY} SET events = 999", position=6, event_at=6,
             reason="decision summary of run"),
    detected("edit_summary_json", f"UPDATE {SUMMARY} SET summary = jsonb_set(summary, '{{events}}', '999') "
                                  f"WHERE run_id = '{RUN_A}'", position=6, event_at=6,
             reason="changed after it was sealed"),
]

OWNER_ATTACKS: list[Attack] = [
    refused("replica_role_then_update", "SET LOCAL session_replication_role = replica",
            f"UPDATE {S} SET decision = 'reject' WHERE position = 3"),
    refused("update_event", f"UPDATE {S} SET decision = 'reject' WHERE position = 3"),
    refused("truncate", f"TRUNCATE {S}"),
    detected("disable_trigger", f"ALTER TABLE {S} DISABLE TRIGGER {S}_no_modify", position=None, reason="disabled"),
    detected("enable_not_always", f"ALTER TABLE {S} ENABLE TRIGGER {S}_no_modify", position=None,
             reason="not enabled ALWAYS"),
    detected("disable_update_enable", f"ALTER TABLE {S} DISABLE TRIGGER {S}_no_modify",
             f"UPDATE {S} SET decision = 'reject' WHERE position = 3",
             f"ALTER TABLE {S} ENABLE ALWAYS TRIGGER {S}_no_modify", position=3, event_at=3, reason="content"),
    detected("drop_trigger_then_delete", f"DROP TRIGGER {S}_no_modify ON {S}", f"DELETE FROM {S} WHERE position = 2",
             position=2, reason="missing (deleted)"),
    detected("replace_guard_function_then_update", NOOP_FN, f"UPDATE {S} SET retries = 9 WHERE position = 5",
             position=5, event_at=5, reason="content"),
    detected("drop_truncate_trigger_then_truncate", f"DROP TRIGGER {S}_no_truncate ON {S}", f"TRUNCATE {S}",
             position=1, reason="removed from the end"),
    detected("drop_table", f"DROP TABLE {S} CASCADE", position=None, reason="missing (dropped or renamed)"),
    detected("rename_table", f"ALTER TABLE {S} RENAME TO {S}_old", position=None,
             reason="missing (dropped or renamed)"),
]


def _seeded(roles: PgRoles, role: str) -> Seeded:
    store = roles.store_as(role)
    data = seed(store)
    store.close()
    roles.store_as(role).close()  # a checkpoint at the head
    return data


def _run(roles: PgRoles, role: str, attack: Attack, data: Seeded) -> None:
    engine = create_engine(roles.url(role), connect_args={"options": f"-c search_path={roles.schema}"})
    try:
        if attack.refused:
            with pytest.raises(DBAPIError, match=REFUSAL):
                raw(engine, list(attack.sql))
        else:
            raw(engine, list(attack.sql))
    finally:
        engine.dispose()
    assert_outcome(lambda: roles.store_as(role), attack, data)


@pytest.mark.parametrize("attack", APP_ATTACKS, ids=lambda a: a.name)
def test_app_role_attack_is_refused_or_detected(pg_roles: PgRoles, attack: Attack) -> None:
    _run(pg_roles, pg_roles.app, attack, _seeded(pg_roles, pg_roles.app))


@pytest.mark.parametrize("attack", OWNER_ATTACKS, ids=lambda a: a.name)
def test_owner_attack_is_refused_or_detected(pg_roles: PgRoles, attack: Attack) -> None:
    _run(pg_roles, pg_roles.owner, attack, _seeded(pg_roles, pg_roles.owner))


def test_app_role_store_works_and_reports_protection(pg_roles: PgRoles) -> None:
    store: MetadataStore = pg_roles.store_as(pg_roles.app)
    try:
        data = seed(store)
        assert store.decision_summary(RUN_A).events == 4 and len(data.ids) == 6
        report = store.verify_ledger()
        assert report.database_refuses_rewrites and report.head_position == 6
    finally:
        store.close()
    again = pg_roles.store_as(pg_roles.app)
    try:
        assert again.check_ledger_at_open().mode == "incremental"  # the app role cannot rewrite old rows
    finally:
        again.close()
    owner = pg_roles.store_as(pg_roles.owner)
    try:
        check = owner.check_ledger_at_open()
        assert not check.database_refuses_rewrites and check.mode == "incremental"  # no row was rewritten
    finally:
        owner.close()


def test_replica_mode_does_not_switch_the_guards_off_even_for_a_superuser(pg_roles: PgRoles) -> None:
    """The guards are ENABLE ALWAYS: ``session_replication_role = replica`` (superuser only) leaves them on."""
    data = _seeded(pg_roles, pg_roles.app)
    engine = create_engine(pg_roles.url("postgres"), connect_args={"options": f"-c search_path={pg_roles.schema}"})
    try:
        for stmt in (f"UPDATE {S} SET decision = 'reject' WHERE position = 3", f"DELETE FROM {S}", f"TRUNCATE {S}",
                     "UPDATE artifacts SET payload = '{}'", f"DELETE FROM {SUMMARY}"):
            with pytest.raises(DBAPIError, match="append-only"):
                raw(engine, ["SET LOCAL session_replication_role = replica", stmt])
    finally:
        engine.dispose()
    assert_outcome(lambda: pg_roles.store_as(pg_roles.app), refused("none"), data)


def test_grant_app_role_from_the_cli(pg_roles: PgRoles, unique_name: Callable[[str], str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """``mapwright ledger grant-app-role`` as the owner gives a second app role the same, limited rights."""
    other = unique_name("mw_app2")
    with pg_roles.admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {other} LOGIN")
    try:
        monkeypatch.setenv("MAPWRIGHT_DB_URL", f"{pg_roles.url(pg_roles.owner)}?schema={pg_roles.schema}")
        res = CliRunner().invoke(cli, ["ledger", "grant-app-role", other], catch_exceptions=False)
        assert res.exit_code == 0 and f"granted {other}" in res.stdout
        store = pg_roles.store_as(other)
        try:
            seed(store)
            assert store.verify_ledger().database_refuses_rewrites
        finally:
            store.close()
        monkeypatch.setenv("MAPWRIGHT_DB_URL", f"{pg_roles.url(other)}?schema={pg_roles.schema}")
        out = CliRunner().invoke(cli, ["ledger", "verify", "--all"], catch_exceptions=False).stdout
        assert "database refuses rewrites: yes" in out
        bad = CliRunner().invoke(cli, ["ledger", "grant-app-role", "x; DROP TABLE runs"], catch_exceptions=False)
        assert bad.exit_code == 1 and "invalid role name" in bad.stderr
    finally:
        with pg_roles.admin.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {other}")
            conn.exec_driver_sql(f"DROP ROLE {other}")
