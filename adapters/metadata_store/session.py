"""Transaction plumbing shared by the metadata-store mixins.

Every public write runs in exactly one database transaction (:meth:`StoreBase._write`): it
commits as a whole or rolls back as a whole, so a failure never leaves half of a write behind.
Database errors are translated into the taxonomy: integrity violations (including the ledger's
append-only triggers) become DETERMINISTIC_FAILURE, lost connections and lock timeouts
TRANSIENT_ERROR.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError

from adapters.metadata_store.base import Base
from adapters.metadata_store.ddl import HEAD_TABLE, genesis_head, install_ledger_guards
from adapters.metadata_store.engine import WRITE_OPTIONS
from adapters.metadata_store.guard_checks import StoreState, check_guards, classify
from core.errors import DeterministicFailure, MapwrightError, TransientFailure

#: Modules whose tables join ``Base.metadata`` (imported by :meth:`StoreBase.create_all`).
TABLE_MODULES = ("adapters.metadata_store.tables", "adapters.metadata_store.domain_tables")


def db_error(exc: SQLAlchemyError, action: str, **fields: Any) -> MapwrightError:
    """Map a SQLAlchemy error to the error taxonomy."""
    orig = getattr(exc, "orig", None) or exc
    message = f"metadata store {action} failed: {str(orig).strip().splitlines()[0] if str(orig) else exc}"
    if isinstance(exc, IntegrityError):
        return DeterministicFailure(message, **fields)
    if isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return TransientFailure(message, **fields)
    return DeterministicFailure(message, **fields)


def import_table_modules() -> None:
    """Import every module whose tables join ``Base.metadata`` (those that exist in this build)."""
    for module in TABLE_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


class StoreBase:
    """Holds the engine and hands out read and write transactions."""

    def __init__(self, engine: Engine, schema: str | None = None) -> None:
        self.engine = engine
        self.schema = schema

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(**WRITE_OPTIONS)
            with conn.begin():
                yield conn

    @contextmanager
    def _translated(self, action: str, **fields: Any) -> Iterator[None]:
        try:
            yield
        except SQLAlchemyError as exc:
            raise db_error(exc, action, **fields) from exc

    def create_all(self) -> None:
        """Create the schema (PostgreSQL), every table and the ledger guards; idempotent and
        safe to call from several processes at once (serialized by an advisory lock on PostgreSQL).

        On an existing store it first checks the ledger's structure and guards (:mod:`guard_checks`):
        a missing ledger, head or trigger raises instead of being re-created empty, and a store made
        before the hash chain raises ``LedgerSchemaOutdated``. Tables that a newer mapwright added are
        created; the ledger's own tables and guards only ever with a new store.
        """
        import_table_modules()
        with self._translated("create_all"), self._write() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('mapwright.metadata_store.create_all'))"))
                if self.schema and not conn.execute(
                    text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": self.schema}
                ).first():
                    conn.execute(sa.schema.CreateSchema(str(self.schema), if_not_exists=True))
            state = classify(conn)
            if state is StoreState.CURRENT:
                check_guards(conn)
            Base.metadata.create_all(conn)
            if state is StoreState.NEW:
                install_ledger_guards(conn)
                conn.execute(Base.metadata.tables[HEAD_TABLE].insert().values(**genesis_head()))

    def drop_schema(self) -> None:
        """Drop this store's PostgreSQL schema with everything in it (test isolation helper)."""
        if self.dialect != "postgresql" or not self.schema:
            raise DeterministicFailure("drop_schema needs a PostgreSQL store opened with a schema")
        with self._translated("drop_schema"), self._write() as conn:
            conn.execute(sa.schema.DropSchema(str(self.schema), cascade=True, if_exists=True))

    def close(self) -> None:
        """Dispose of the engine's connections."""
        self.engine.dispose()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
