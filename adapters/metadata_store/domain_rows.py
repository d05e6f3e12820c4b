"""Rows and value models of the domain catalog store (ROADMAP §8, §45, Phase 2).

Tables (all on the shared :class:`Base`):

* ``domain_catalog_versions`` — one row per catalog version (monotonic ``seq``, semver
  ``version``, content hash, ``is_live``, provenance: actor, role, kind =
  seed/release/promotion/rollback, the promoted deltas, golden F1 before/after, rollback target);
* ``domains_live`` — the domain specs of every version (examples split out);
* ``domain_examples`` — curated examples per (version, domain);
* ``domains_staged`` — proposed deltas (alias/negative/regex/example) from feedback or the
  arbiter, with status staged/promoted/rejected.

:class:`adapters.metadata_store.domain_tables.DomainStore` reads and writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Boolean, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from adapters.metadata_store.base import Base, utcnow
from core.errors import DeterministicFailure
from core.vocab.models import CatalogDelta, DomainCatalog

#: golden eval hook: catalog -> {"metadata_only": micro F1, "data_mode": micro F1}
GoldenEval = Callable[[DomainCatalog], dict[str, float]]


class DomainCatalogVersionRow(Base):
    """One catalog version with its provenance."""

    __tablename__ = "domain_catalog_versions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[str] = mapped_column(String(32), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    is_live: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(128))
    role: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deltas: Mapped[dict[str, Any]] = mapped_column(default=dict)
    f1_before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    f1_after: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rollback_of: Mapped[int | None] = mapped_column(Integer, nullable=True)


class DomainLiveRow(Base):
    """A domain spec (without examples) as of one catalog version."""

    __tablename__ = "domains_live"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    domain_id: Mapped[str] = mapped_column(String(96), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    spec: Mapped[dict[str, Any]] = mapped_column()


class DomainExampleRow(Base):
    """One curated example of a domain in one catalog version."""

    __tablename__ = "domain_examples"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    domain_id: Mapped[str] = mapped_column(String(96), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DomainStagedRow(Base):
    """A proposed catalog delta."""

    __tablename__ = "domains_staged"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    domain_id: Mapped[str] = mapped_column(String(96), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(32))
    run_id: Mapped[str | None] = mapped_column(String(26), nullable=True)
    table_name: Mapped[str | None] = mapped_column(String(256), nullable=True)
    column_name: Mapped[str | None] = mapped_column(String(256), nullable=True)
    rationale: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str | None] = mapped_column(String(128), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="staged", index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    promoted_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)


_TABLES: list[Table] = [Base.metadata.tables[n] for n in (
    "domain_catalog_versions", "domains_live", "domain_examples", "domains_staged")]


class CatalogVersion(BaseModel):
    """Provenance of one catalog version."""

    seq: int
    version: str
    content_hash: str
    is_live: bool
    kind: str
    actor: str
    role: str | None
    created_at: datetime
    deltas: list[dict[str, Any]]
    f1_before: dict[str, float]
    f1_after: dict[str, float]
    rollback_of: int | None


class StagedDelta(BaseModel):
    """A row of ``domains_staged``."""

    id: int
    delta: CatalogDelta
    status: str
    actor: str | None


def bump_version(version: str) -> str:
    """Semver patch bump (``1.0.3`` -> ``1.0.4``)."""
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdecimal() for p in parts):
        raise DeterministicFailure(f"catalog version {version!r} is not semver")
    return f"{parts[0]}.{parts[1]}.{int(parts[2]) + 1}"


def default_golden_eval(catalog: DomainCatalog) -> dict[str, float]:
    """Micro F1 of the golden eval in both modes (exact index, rules arbiter)."""
    from core.domains.eval import run_golden_eval

    return {m: run_golden_eval(catalog, mode=m).micro_f1 for m in ("metadata_only", "data_mode")}
