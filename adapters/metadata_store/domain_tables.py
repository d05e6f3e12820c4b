"""Domain catalog tables and the :class:`DomainStore` (ROADMAP §8, §45, Phase 2).

Tables (all on the shared :class:`Base`):

* ``domain_catalog_versions`` — one row per catalog version (monotonic ``seq``, semver
  ``version``, content hash, ``is_live``, provenance: actor, role, kind = seed/promotion/rollback,
  the promoted deltas, golden F1 before/after, rollback target);
* ``domains_live`` — the domain specs of every version (examples split out);
* ``domain_examples`` — curated examples per (version, domain);
* ``domains_staged`` — proposed deltas (alias/negative/regex/example) from feedback or the
  arbiter, with status staged/promoted/rejected.

Promotion staged -> live (RBAC ``domain_promotion`` through the policy engine) applies the
staged deltas to the live catalog, validates it (regex flavor, examples, alias ownership), runs
the golden-set eval before and after (micro F1 in metadata_only and data_mode), refuses with
POLICY_BLOCK when any F1 drops (figures in the error), otherwise stores a new live version with
provenance and calls the cache invalidator. Rollback re-publishes an earlier version's content as
a new version (versions never go backwards; the content hash shows what is live).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import Boolean, Engine, Integer, String, Table, Text, delete, func, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from adapters.metadata_store.base import Base, utcnow
from core.contract import Role
from core.domains.assignments import ColumnAssignment
from core.domains.catalog_loader import apply_deltas, ensure_valid
from core.domains.models import CatalogDelta, DomainCatalog, DomainSpec
from core.domains.ports import CacheInvalidator
from core.domains.tokens import normalize_alias
from core.errors import DeterministicFailure, PolicyBlock
from core.policy import Action, PolicyEngine, PolicyRequest

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
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise DeterministicFailure(f"catalog version {version!r} is not semver")
    return f"{parts[0]}.{parts[1]}.{int(parts[2]) + 1}"


def default_golden_eval(catalog: DomainCatalog) -> dict[str, float]:
    """Micro F1 of the golden eval in both modes (exact index, rules arbiter)."""
    from core.domains.eval import run_golden_eval

    return {m: run_golden_eval(catalog, mode=m).micro_f1 for m in ("metadata_only", "data_mode")}


class DomainStore:
    """Live/staged domain catalog on SQLAlchemy (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine, policy: PolicyEngine, *, cache: CacheInvalidator | None = None,
                 golden_eval: GoldenEval | None = None) -> None:
        self.engine = engine
        self.policy = policy
        self.cache = cache
        self.golden_eval = golden_eval or default_golden_eval

    def create_all(self) -> None:
        """Create the domain tables if missing (idempotent)."""
        Base.metadata.create_all(self.engine, tables=_TABLES)

    # -- versions ---------------------------------------------------------------------------
    def seed(self, catalog: DomainCatalog, actor: str = "system") -> CatalogVersion:
        """Store ``catalog`` as version 1 (live) when the store is empty; else return the live one."""
        if self._live_seq() is None:
            self._write_version(catalog, kind="seed", actor=actor, role=None, deltas=[], before={}, after={})
        return self.live_version()

    def import_release(self, catalog: DomainCatalog, actor: str = "release") -> CatalogVersion | None:
        """Make a newly shipped catalog (content not stored in any version yet) the live version.

        Used at start-up so an upgraded assets_config/domains reaches an existing store. Keeps the
        shipped version string when it is unused, else bumps the live version's patch. Returns
        the new version, or None when this content is already known (nothing to do).
        """
        known = self.versions()
        if any(v.content_hash == catalog.catalog_hash() for v in known):
            return None
        used = {v.version for v in known}
        old = self.live_catalog().version if known else None
        version = catalog.version if catalog.version not in used else bump_version(old or catalog.version)
        release = DomainCatalog(version=version, domains=catalog.domains, source=catalog.source)
        ensure_valid(release)
        self._write_version(release, kind="release", actor=actor, role=None, deltas=[], before={}, after={})
        if self.cache is not None and old is not None:
            self.cache.invalidate_domain_caches(old, version, "release")
        return self.live_version()

    def _live_seq(self) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(select(DomainCatalogVersionRow.seq).where(DomainCatalogVersionRow.is_live)).scalar()

    def _write_version(self, catalog: DomainCatalog, *, kind: str, actor: str, role: str | None,
                       deltas: list[dict[str, Any]], before: dict[str, float], after: dict[str, float],
                       rollback_of: int | None = None) -> int:
        with self.engine.begin() as conn:
            seq = (conn.execute(select(func.max(DomainCatalogVersionRow.seq))).scalar() or 0) + 1
            conn.execute(update(DomainCatalogVersionRow).values(is_live=False))
            conn.execute(insert(DomainCatalogVersionRow).values(
                seq=seq, version=catalog.version, content_hash=catalog.catalog_hash(), is_live=True, kind=kind,
                actor=actor, role=role, created_at=utcnow(), deltas={"items": deltas}, f1_before=before,
                f1_after=after, rollback_of=rollback_of))
            specs = [{"seq": seq, "domain_id": d.id, "ordinal": i,
                      "spec": d.model_dump(mode="json", exclude={"examples"})} for i, d in enumerate(catalog.domains)]
            conn.execute(insert(DomainLiveRow), specs)
            conn.execute(insert(DomainExampleRow), [{"seq": seq, "domain_id": d.id, "ordinal": j, "value": ex}
                                                    for d in catalog.domains for j, ex in enumerate(d.examples)])
        return seq

    def catalog_at(self, seq: int) -> DomainCatalog:
        """The catalog of version ``seq``."""
        with self.engine.connect() as conn:
            head = conn.execute(select(DomainCatalogVersionRow.version)
                                .where(DomainCatalogVersionRow.seq == seq)).scalar()
            if head is None:
                raise DeterministicFailure(f"no domain catalog version seq={seq}", seq=seq)
            rows = conn.execute(select(DomainLiveRow.domain_id, DomainLiveRow.spec).where(DomainLiveRow.seq == seq)
                                .order_by(DomainLiveRow.ordinal)).all()
            exs = conn.execute(select(DomainExampleRow.domain_id, DomainExampleRow.value)
                               .where(DomainExampleRow.seq == seq).order_by(DomainExampleRow.ordinal)).all()
        by: dict[str, list[str]] = {}
        for did, val in exs:
            by.setdefault(did, []).append(val)
        return DomainCatalog(version=head, domains=[DomainSpec.model_validate({**spec, "examples": by.get(did, [])})
                                                   for did, spec in rows], source=f"domains_live@{seq}")

    def live_catalog(self) -> DomainCatalog:
        """The live catalog (DETERMINISTIC_FAILURE when the store was never seeded)."""
        seq = self._live_seq()
        if seq is None:
            raise DeterministicFailure("domain store has no live catalog; call seed() first")
        return self.catalog_at(seq)

    def versions(self) -> list[CatalogVersion]:
        """All versions, oldest first, with provenance."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(_TABLES[0]).order_by(_TABLES[0].c.seq)).mappings().all()
        return [CatalogVersion.model_validate({**r, "deltas": list((r["deltas"] or {}).get("items", [])),
                                               "f1_before": r["f1_before"] or {}, "f1_after": r["f1_after"] or {}})
                for r in rows]

    def live_version(self) -> CatalogVersion:
        """Provenance of the live version."""
        return next(v for v in self.versions() if v.is_live)

    # -- staging ----------------------------------------------------------------------------
    def stage(self, deltas: Sequence[CatalogDelta], actor: str | None = None) -> list[int]:
        """Insert proposed deltas (duplicates of a still-staged delta are skipped). Returns row ids."""
        ids: list[int] = []
        with self.engine.begin() as conn:
            for d in deltas:
                dup = conn.execute(select(DomainStagedRow.id).where(
                    DomainStagedRow.domain_id == d.domain_id, DomainStagedRow.kind == d.kind,
                    DomainStagedRow.value == d.value, DomainStagedRow.status == "staged")).scalar()
                if dup is not None:
                    ids.append(dup)
                    continue
                res = conn.execute(insert(DomainStagedRow).values(
                    domain_id=d.domain_id, kind=d.kind, value=d.value, source=d.source, run_id=d.run_id,
                    table_name=d.table, column_name=d.column, rationale=d.rationale, actor=actor,
                    status="staged", created_at=utcnow()))
                pk = res.inserted_primary_key
                ids.append(int(pk[0]) if pk is not None else 0)
        return ids

    def staged(self, status: str = "staged") -> list[StagedDelta]:
        """Staged rows with ``status``, oldest first."""
        with self.engine.connect() as conn:
            t = _TABLES[3]
            rows = conn.execute(select(t).where(t.c.status == status).order_by(t.c.id)).mappings().all()
        return [StagedDelta(id=r["id"], status=r["status"], actor=r["actor"], delta=CatalogDelta.model_validate({
            "domain_id": r["domain_id"], "kind": r["kind"], "value": r["value"], "source": r["source"],
            "run_id": r["run_id"], "table": r["table_name"], "column": r["column_name"],
            "rationale": r["rationale"]})) for r in rows]

    def post_feedback(self, assignment: ColumnAssignment, *, verdict: Literal["accept", "override"],
                      actor: str, domain_id: str | None = None, regex: str | None = None) -> list[int]:
        """Turn a human verdict into staged deltas: accept -> the header as an alias of the assigned
        domain (when it is not one yet); override -> alias of ``domain_id`` plus a negative on the
        wrongly assigned domain; ``regex`` -> a regex proposal for the target domain."""
        header = normalize_alias(assignment.original_name)
        target = assignment.domain_id if verdict == "accept" else domain_id
        if target is None:
            raise DeterministicFailure("feedback needs a domain (override without domain_id?)")
        live = self.live_catalog()
        owned = {normalize_alias(a) for d in live.domains for a in d.aliases}
        src: Literal["feedback_accept", "feedback_override"] = (
            "feedback_accept" if verdict == "accept" else "feedback_override")
        common = {"source": src, "run_id": None, "table": assignment.table, "column": assignment.column}
        deltas = []
        if header and header not in owned:
            deltas.append(CatalogDelta(domain_id=target, kind="alias", value=header, rationale=f"{verdict} by {actor}",
                                       **common))
        if verdict == "override" and assignment.domain_id and assignment.domain_id != target and header:
            deltas.append(CatalogDelta(domain_id=assignment.domain_id, kind="negative", value=header,
                                       rationale=f"overridden to {target} by {actor}", **common))
        if regex:
            deltas.append(CatalogDelta(domain_id=target, kind="regex", value=regex, rationale=f"{verdict} by {actor}",
                                       **common))
        return self.stage(deltas, actor=actor)

    # -- promotion / rollback ---------------------------------------------------------------
    def _require(self, actor: str, role: Role) -> None:
        self.policy.require(PolicyRequest(action=Action.DOMAIN_PROMOTION, role=role, actor=actor), stage="DOMAINS")

    def promote(self, actor: str, role: Role, *, ids: Sequence[int] | None = None) -> CatalogVersion:
        """Promote staged deltas (all, or ``ids``) to a new live version (see module docstring)."""
        self._require(actor, role)
        rows = [s for s in self.staged() if ids is None or s.id in set(ids)]
        if not rows:
            raise DeterministicFailure("nothing staged to promote")
        live = self.live_catalog()
        new_version = bump_version(live.version)
        candidate = apply_deltas(live, [r.delta for r in rows], new_version)
        before = self.golden_eval(live)
        after = self.golden_eval(candidate)
        drops = {m: (before[m], after[m]) for m in before if after.get(m, 0.0) < before[m] - 1e-9}
        if drops:
            raise PolicyBlock(
                "promotion refused: golden F1 would drop (" + ", ".join(
                    f"{m} {b:.4f} -> {a:.4f}" for m, (b, a) in drops.items()) + ")",
                stage="DOMAINS", f1_before=before, f1_after=after, staged_ids=[r.id for r in rows])
        seq = self._write_version(candidate, kind="promotion", actor=actor, role=role.value,
                                  deltas=[{"id": r.id, **r.delta.model_dump(mode="json")} for r in rows],
                                  before=before, after=after)
        with self.engine.begin() as conn:
            conn.execute(update(DomainStagedRow).where(DomainStagedRow.id.in_([r.id for r in rows]))
                         .values(status="promoted", promoted_seq=seq))
        if self.cache is not None:
            self.cache.invalidate_domain_caches(live.version, new_version, "promotion")
        return self.live_version()

    def reject(self, ids: Sequence[int]) -> None:
        """Mark staged deltas rejected."""
        with self.engine.begin() as conn:
            conn.execute(update(DomainStagedRow).where(DomainStagedRow.id.in_(list(ids))).values(status="rejected"))

    def rollback(self, to_version: str, actor: str, role: Role) -> CatalogVersion:
        """Make ``to_version``'s content live again as a new version (provenance kind=rollback)."""
        self._require(actor, role)
        target = next((v for v in self.versions() if v.version == to_version), None)
        if target is None:
            raise DeterministicFailure(f"unknown catalog version {to_version}", version=to_version)
        live = self.live_catalog()
        old = self.catalog_at(target.seq)
        restored = DomainCatalog(version=bump_version(live.version), domains=old.domains, source=old.source)
        ensure_valid(restored)
        self._write_version(restored, kind="rollback", actor=actor, role=role.value, deltas=[], before={}, after={},
                            rollback_of=target.seq)
        if self.cache is not None:
            self.cache.invalidate_domain_caches(live.version, restored.version, f"rollback to {to_version}")
        return self.live_version()

    def drop_all(self) -> None:
        """Delete every row of the domain tables (tests, re-seeding)."""
        with self.engine.begin() as conn:
            for t in reversed(_TABLES):
                conn.execute(delete(t))
