"""PostgreSQL role split that makes the ledger tamper-resistant, not only tamper-evident.

Two roles (created by a database administrator; passwords never pass through mapwright):

* the **owner** owns the store's schema, every table, trigger and trigger function. mapwright
  uses it only to create or upgrade the store (``open_store`` on a new schema,
  ``mapwright ledger upgrade``) and to grant the app role (:func:`grant_app_role`). It should be
  ``NOLOGIN`` outside those moments.
* the **app** role is what mapwright runs as (``MAPWRIGHT_DB_URL``). It owns nothing, so it cannot
  ``ALTER TABLE ... DISABLE TRIGGER``, ``DROP TRIGGER``, ``DROP TABLE`` or replace a trigger
  function; it is not a superuser, so it cannot ``SET session_replication_role = replica`` (the
  guards are ``ENABLE ALWAYS`` anyway); and it holds only SELECT and INSERT on the ledger, its
  checkpoints and the artifacts (no UPDATE, DELETE, TRUNCATE), SELECT and UPDATE on the chain
  head (whose trigger lets it only move forward onto a stored event), and no DELETE on the
  decision summary.

The statements are fixed DDL; role and schema names are quoted by the dialect's identifier
preparer after validation.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from adapters.metadata_store.ddl import ARTIFACT_TABLE, CHECKPOINT_TABLE, HEAD_TABLE, LEDGER_TABLE, SUMMARY_TABLE
from adapters.metadata_store.session import StoreBase
from core.errors import DeterministicFailure

_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_INSERT_ONLY = (LEDGER_TABLE, CHECKPOINT_TABLE, ARTIFACT_TABLE)


def _quote(conn: Connection, name: str, what: str) -> str:
    if not _NAME_RE.match(name):
        raise DeterministicFailure(f"invalid {what} name {name!r}: use letters, digits and _ (at most 63)")
    return str(conn.dialect.identifier_preparer.quote(name))


def schema_setup_sql(conn: Connection, schema: str, owner: str) -> list[str]:
    """Statements an administrator runs once: the store's schema, owned by the owner role."""
    return [f"CREATE SCHEMA IF NOT EXISTS {_quote(conn, schema, 'schema')} AUTHORIZATION {_quote(conn, owner, 'role')}"]


def app_grants_sql(conn: Connection, schema: str, app: str) -> list[str]:
    """Statements the owner runs (after the store exists) to let ``app`` use it without rewrite rights."""
    s, a = _quote(conn, schema, "schema"), _quote(conn, app, "role")

    def tables(*names: str) -> str:
        return ", ".join(f"{s}.{_quote(conn, n, 'table')}" for n in names)

    return [
        f"GRANT USAGE ON SCHEMA {s} TO {a}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {a}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {a}",
        f"REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON {tables(*_INSERT_ONLY)} FROM {a}",
        f"REVOKE INSERT, DELETE, TRUNCATE, TRIGGER, REFERENCES ON {tables(HEAD_TABLE)} FROM {a}",
        f"REVOKE DELETE, TRUNCATE, TRIGGER, REFERENCES ON {tables(SUMMARY_TABLE)} FROM {a}",
    ]


def grant_app_role(store: StoreBase, app: str) -> None:
    """Grant ``app`` its rights on ``store`` (opened as the owner role; the store's schema or ``current_schema()``)."""
    if store.dialect != "postgresql":
        raise DeterministicFailure("the ledger role split exists on PostgreSQL only; on SQLite the ledger is "
                                   "tamper-evident (hash chain) but whoever can write the file can change it")
    with store._translated("grant app role"), store._write() as conn:
        schema = store.schema or str(conn.execute(text("SELECT current_schema()")).scalar_one())
        for stmt in app_grants_sql(conn, schema, app):
            conn.exec_driver_sql(stmt)
