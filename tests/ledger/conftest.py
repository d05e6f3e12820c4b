"""Ledger tamper-suite fixtures: a seeded store, the attack catalogue's data, PostgreSQL roles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from adapters.metadata_store import MetadataStore, open_store
from adapters.metadata_store.ledger_store import LEDGER
from adapters.metadata_store.roles import grant_app_role, schema_setup_sql
from core.artifacts import ArtifactKind
from core.ledger import Decision, LedgerEvent, Stage

RUN_A = "01JBQ7V2ZK8Y3M4N5P6Q7R8S9A"
RUN_B = "01JBQ7V2ZK8Y3M4N5P6Q7R8S9B"
FORGED = "01JBQ7V2ZK8Y3M4N5P6QFORGED"


@dataclass
class Seeded:
    """What :func:`seed` stored: event ids by chain position (1-based) and the runs' last positions."""

    ids: dict[int, str] = field(default_factory=dict)
    last: dict[str, int] = field(default_factory=dict)


def seed(store: MetadataStore) -> Seeded:
    """Six events of two interleaved runs (positions 1..6) and one artifact."""
    out = Seeded()
    plan = [(RUN_A, Stage.INGEST), (RUN_B, Stage.INGEST), (RUN_A, Stage.DOMAINS),
            (RUN_B, Stage.DOMAINS), (RUN_A, Stage.MAPPING), (RUN_A, Stage.SUPERVISOR)]
    for position, (run_id, stage) in enumerate(plan, start=1):
        ev = store.append(LedgerEvent(run_id=run_id, stage=stage, decision=Decision.ACCEPT, action=f"step{position}",
                                      token_actual=position, detail={"n": position}))
        out.ids[position] = ev.event_id
        out.last[run_id] = position
    store.put(ArtifactKind.CATALOG, RUN_A, {"tables": ["a"], "n": 1})
    return out


def forged_insert(position: int, source_position: int = 3, event_id: str = FORGED) -> str:
    """SQL copying the row at ``source_position`` as a new event ``event_id`` at ``position`` (hashes copied)."""
    cols = [c.name for c in LEDGER.columns if c.name != "seq"]
    values = [f"'{event_id}'" if c == "event_id" else str(position) if c == "position" else c for c in cols]
    return (f"INSERT INTO supervisor_ledger ({', '.join(cols)}) SELECT {', '.join(values)} "
            f"FROM supervisor_ledger WHERE position = {source_position}")


@dataclass
class PgRoles:
    """An owner role, an app role and a schema owned by the owner, in the test database."""

    owner: str
    app: str
    schema: str
    admin: Engine

    def url(self, role: str) -> str:
        """Store URL logging in as ``role`` (trust auth on the test server)."""
        return f"postgresql+psycopg://{role}@127.0.0.1:5432/test"

    def store_as(self, role: str, **kw: Any) -> MetadataStore:
        """Open the store of ``schema`` as ``role``."""
        return open_store(self.url(role), schema=self.schema, **kw)


@pytest.fixture
def pg_roles(postgres_url: str, unique_name: Callable[[str], str]) -> Iterator[PgRoles]:
    """Create owner + app roles and the owner's schema; the owner creates the store and grants the app."""
    admin = create_engine(postgres_url)
    roles = PgRoles(unique_name("mw_owner"), unique_name("mw_app"), unique_name("mw_ledger"), admin)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {roles.owner} LOGIN")
        conn.exec_driver_sql(f"CREATE ROLE {roles.app} LOGIN")
        for stmt in schema_setup_sql(conn, roles.schema, roles.owner):
            conn.exec_driver_sql(stmt)
    try:
        owner_store = roles.store_as(roles.owner)
        grant_app_role(owner_store, roles.app)
        owner_store.close()
        yield roles
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {roles.schema} CASCADE")
            for role in (roles.app, roles.owner):
                conn.exec_driver_sql(f"DROP OWNED BY {role}")
                conn.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()


def raw(engine: Engine, statements: list[str]) -> None:
    """Run ``statements`` in one transaction with ``engine``'s credentials (raises on the first refusal)."""
    with engine.begin() as conn:
        for stmt in statements:
            conn.execute(text(stmt))
