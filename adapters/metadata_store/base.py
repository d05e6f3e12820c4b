"""Declarative base and shared column types of the metadata store.

Every table of the metadata store (this package's ``tables.py`` and ``domain_rows.py``) derives
from :class:`Base`, so one ``Base.metadata.create_all`` creates the whole store on SQLite or
PostgreSQL. The naming convention gives constraints and indexes stable, dialect-independent
names (so later schema migrations can refer to them).

Shared column types:

* :data:`JSONType` — SQLAlchemy ``JSON`` (JSONB on PostgreSQL).
* :class:`UTCDateTime` — timezone-aware UTC datetimes on every backend (SQLite drops the zone;
  this type re-attaches UTC on read and converts aware values to UTC on write).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: JSON column type: generic JSON, JSONB on PostgreSQL.
JSONType = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every dialect."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Normalise to UTC (naive values are taken as UTC)."""
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Return an aware UTC datetime."""
        if value is None:
            return None
        if isinstance(value, str):  # defensive: raw SQLite text
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    """Current time, timezone-aware UTC (column default)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every metadata-store table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSONType, datetime: UTCDateTime()}
