"""The :class:`DomainStore`: live/staged domain catalog (ROADMAP §8, §45, Phase 2).

The tables and value models live in :mod:`adapters.metadata_store.domain_rows` (re-exported here).

Promotion staged -> live (RBAC ``domain_promotion`` through the policy engine) applies the
staged deltas to the live catalog, validates it (regex flavor, examples, alias ownership), runs
the golden-set eval before and after (micro F1 in metadata_only and data_mode), refuses with
POLICY_BLOCK when any F1 drops (figures in the error), otherwise stores a new live version with
provenance and calls the cache invalidator. Rollback re-publishes an earlier version's content as
a new version (versions never go backwards; the content hash shows what is live).

Concurrency: every write is one transaction that holds the store-wide domain write lock
(``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on PostgreSQL), so writers
queue instead of failing ("database is locked") or colliding on the version ``seq``. Promotion
and rollback compute the new catalog (and the golden eval) outside the lock, then check under it
that the live version (and the staged rows) are unchanged; if another writer got there first they
recompute from the new live version (bounded retries). Database errors come out as taxonomy errors.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update

from adapters.metadata_store.base import Base, utcnow
from adapters.metadata_store.domain_rows import (
    CatalogVersion,
    DomainCatalogVersionRow,
    DomainExampleRow,
    DomainLiveRow,
    DomainStagedRow,
    GoldenEval,
    StagedDelta,
    bump_version,
    default_golden_eval,
)
from adapters.metadata_store.engine import enable_write_transactions
from adapters.metadata_store.session import StoreBase
from core.contract import Role
from core.domains.assignments import ColumnAssignment
from core.domains.ports import CacheInvalidator
from core.errors import DeterministicFailure, PolicyBlock, TransientFailure
from core.policy import Action, PolicyEngine, PolicyRequest
from core.vocab.catalog_loader import apply_deltas, ensure_valid
from core.vocab.models import CatalogDelta, DomainCatalog, DomainSpec
from core.vocab.tokens import normalize_alias

__all__ = [
    "CatalogVersion", "DomainCatalogVersionRow", "DomainExampleRow", "DomainLiveRow", "DomainStagedRow",
    "DomainStore", "GoldenEval", "StagedDelta", "bump_version", "default_golden_eval",
]

_VERSIONS, _LIVE, _EXAMPLES, _STAGED = (Base.metadata.tables[n] for n in (
    "domain_catalog_versions", "domains_live", "domain_examples", "domains_staged"))
_TABLES = [_VERSIONS, _LIVE, _EXAMPLES, _STAGED]
#: optimistic promotion/rollback attempts when other writers keep changing the live version
WRITE_ATTEMPTS = 5
_STAGE = "DOMAINS"


class _LiveChanged(Exception):
    """Another writer changed the live version (or the staged rows) since this writer read them."""


class DomainStore(StoreBase):
    """Live/staged domain catalog on SQLAlchemy (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine, policy: PolicyEngine, *, cache: CacheInvalidator | None = None,
                 golden_eval: GoldenEval | None = None) -> None:
        super().__init__(engine)
        enable_write_transactions(engine)  # BEGIN IMMEDIATE on a plain SQLite engine too
        self.policy = policy
        self.cache = cache
        self.golden_eval = golden_eval or default_golden_eval

    def create_all(self) -> None:
        """Create the domain tables if missing (idempotent)."""
        with self._locked("domain create_all") as conn:
            Base.metadata.create_all(conn, tables=_TABLES)

    @contextmanager
    def _locked(self, action: str, **fields: Any) -> Iterator[Connection]:
        """One write transaction holding the domain store's write lock; errors translated."""
        with self._translated(action, stage=_STAGE, **fields), self._write() as conn:
            if self.dialect == "postgresql":  # SQLite: BEGIN IMMEDIATE already holds the write lock
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('mapwright.domain_store:' || "
                                  "current_schema()))"))
            yield conn

    # -- versions ---------------------------------------------------------------------------
    def seed(self, catalog: DomainCatalog, actor: str = "system") -> CatalogVersion:
        """Store ``catalog`` as version 1 (live) when the store is empty; else return the live one."""
        if self._live_seq() is not None:  # fast path without the write lock
            return self.live_version()
        with self._locked("domain seed") as conn:
            if _live_seq(conn) is None:
                self._write_version(conn, catalog, kind="seed", actor=actor, role=None, deltas=[], before={},
                                    after={})
        return self.live_version()

    def import_release(self, catalog: DomainCatalog, actor: str = "release") -> CatalogVersion | None:
        """Make a newly shipped catalog (content not stored in any version yet) the live version.

        Used at start-up so an upgraded assets_config/domains reaches an existing store. Keeps the
        shipped version string when it is unused, else bumps the live version's patch. Returns
        the new version, or None when this content is already known (nothing to do; also when a
        concurrent start-up imported it first).
        """
        digest = catalog.catalog_hash()
        if any(v.content_hash == digest for v in self.versions()):  # fast path without the write lock
            return None
        with self._locked("domain import release") as conn:
            known = _versions(conn)
            if any(v.content_hash == digest for v in known):
                return None
            used = {v.version for v in known}
            old = next((v.version for v in known if v.is_live), None)
            version = catalog.version if catalog.version not in used else bump_version(old or catalog.version)
            release = DomainCatalog(version=version, domains=catalog.domains, source=catalog.source)
            ensure_valid(release)
            seq = self._write_version(conn, release, kind="release", actor=actor, role=None, deltas=[], before={},
                                      after={})
        if self.cache is not None and old is not None:
            self.cache.invalidate_domain_caches(old, version, "release")
        return self._version(seq)

    def _live_seq(self) -> int | None:
        with self._translated("domain read", stage=_STAGE), self._read() as conn:
            return _live_seq(conn)

    def _write_version(self, conn: Connection, catalog: DomainCatalog, *, kind: str, actor: str,
                       role: str | None, deltas: list[dict[str, Any]], before: dict[str, float],
                       after: dict[str, float], rollback_of: int | None = None) -> int:
        """Insert ``catalog`` as the new live version inside ``conn`` (which holds the write lock)."""
        seq = (conn.execute(select(func.max(DomainCatalogVersionRow.seq))).scalar() or 0) + 1
        conn.execute(update(DomainCatalogVersionRow).where(DomainCatalogVersionRow.is_live).values(is_live=False))
        conn.execute(insert(DomainCatalogVersionRow).values(
            seq=seq, version=catalog.version, content_hash=catalog.catalog_hash(), is_live=True, kind=kind,
            actor=actor, role=role, created_at=utcnow(), deltas={"items": deltas}, f1_before=before,
            f1_after=after, rollback_of=rollback_of))
        specs = [{"seq": seq, "domain_id": d.id, "ordinal": i,
                  "spec": d.model_dump(mode="json", exclude={"examples"})} for i, d in enumerate(catalog.domains)]
        if specs:
            conn.execute(insert(DomainLiveRow), specs)
        examples = [{"seq": seq, "domain_id": d.id, "ordinal": j, "value": ex}
                    for d in catalog.domains for j, ex in enumerate(d.examples)]
        if examples:
            conn.execute(insert(DomainExampleRow), examples)
        return seq

    def catalog_at(self, seq: int) -> DomainCatalog:
        """The catalog of version ``seq``."""
        with self._translated("domain read", stage=_STAGE, seq=seq), self._read() as conn:
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

    def _live(self) -> tuple[int, DomainCatalog]:
        """(seq, catalog) of the live version (versions are immutable, so the pair is consistent)."""
        seq = self._live_seq()
        if seq is None:
            raise DeterministicFailure("domain store has no live catalog; call seed() first", stage=_STAGE)
        return seq, self.catalog_at(seq)

    def live_catalog(self) -> DomainCatalog:
        """The live catalog (DETERMINISTIC_FAILURE when the store was never seeded)."""
        return self._live()[1]

    def versions(self) -> list[CatalogVersion]:
        """All versions, oldest first, with provenance."""
        with self._translated("domain read", stage=_STAGE), self._read() as conn:
            return _versions(conn)

    def live_version(self) -> CatalogVersion:
        """Provenance of the live version."""
        return next(v for v in self.versions() if v.is_live)

    def _version(self, seq: int) -> CatalogVersion:
        return next(v for v in self.versions() if v.seq == seq)

    # -- staging ----------------------------------------------------------------------------
    def stage(self, deltas: Sequence[CatalogDelta], actor: str | None = None) -> list[int]:
        """Insert proposed deltas (duplicates of a still-staged delta are skipped). Returns row ids."""
        ids: list[int] = []
        with self._locked("domain stage") as conn:
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
        with self._translated("domain read", stage=_STAGE), self._read() as conn:
            q = select(_STAGED).where(_STAGED.c.status == status).order_by(_STAGED.c.id)
            rows = conn.execute(q).mappings().all()
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
        self.policy.require(PolicyRequest(action=Action.DOMAIN_PROMOTION, role=role, actor=actor), stage=_STAGE)

    def promote(self, actor: str, role: Role, *, ids: Sequence[int] | None = None) -> CatalogVersion:
        """Promote staged deltas (all, or ``ids``) to a new live version (see module docstring)."""
        self._require(actor, role)
        wanted = set(ids) if ids is not None else None
        for _ in range(WRITE_ATTEMPTS):
            rows = [s for s in self.staged() if wanted is None or s.id in wanted]
            if not rows:
                raise DeterministicFailure("nothing staged to promote", stage=_STAGE)
            live_seq, live = self._live()
            new_version = bump_version(live.version)
            candidate = apply_deltas(live, [r.delta for r in rows], new_version)
            before = self.golden_eval(live)
            after = self.golden_eval(candidate)
            drops = {m: (before[m], after[m]) for m in before if after.get(m, 0.0) < before[m] - 1e-9}
            if drops:
                raise PolicyBlock(
                    "promotion refused: golden F1 would drop (" + ", ".join(
                        f"{m} {b:.4f} -> {a:.4f}" for m, (b, a) in drops.items()) + ")",
                    stage=_STAGE, f1_before=before, f1_after=after, staged_ids=[r.id for r in rows])
            row_ids = [r.id for r in rows]
            try:
                with self._locked("domain promotion", actor=actor) as conn:
                    still = conn.execute(select(func.count()).select_from(_STAGED).where(
                        _STAGED.c.id.in_(row_ids), _STAGED.c.status == "staged")).scalar_one()
                    if _live_seq(conn) != live_seq or still != len(row_ids):
                        raise _LiveChanged
                    seq = self._write_version(
                        conn, candidate, kind="promotion", actor=actor, role=role.value,
                        deltas=[{"id": r.id, **r.delta.model_dump(mode="json")} for r in rows],
                        before=before, after=after)
                    conn.execute(update(DomainStagedRow).where(DomainStagedRow.id.in_(row_ids))
                                 .values(status="promoted", promoted_seq=seq))
            except _LiveChanged:
                continue
            if self.cache is not None:
                self.cache.invalidate_domain_caches(live.version, new_version, "promotion")
            return self._version(seq)
        raise TransientFailure("domain catalog kept changing during promotion; retry", stage=_STAGE,
                               attempts=WRITE_ATTEMPTS)

    def reject(self, ids: Sequence[int]) -> None:
        """Mark staged deltas rejected."""
        with self._locked("domain reject") as conn:
            conn.execute(update(DomainStagedRow).where(DomainStagedRow.id.in_(list(ids))).values(status="rejected"))

    def rollback(self, to_version: str, actor: str, role: Role) -> CatalogVersion:
        """Make ``to_version``'s content live again as a new version (provenance kind=rollback)."""
        self._require(actor, role)
        target = next((v for v in self.versions() if v.version == to_version), None)
        if target is None:
            raise DeterministicFailure(f"unknown catalog version {to_version}", version=to_version)
        old = self.catalog_at(target.seq)
        for _ in range(WRITE_ATTEMPTS):
            live_seq, live = self._live()
            restored = DomainCatalog(version=bump_version(live.version), domains=old.domains, source=old.source)
            ensure_valid(restored)
            try:
                with self._locked("domain rollback", actor=actor) as conn:
                    if _live_seq(conn) != live_seq:
                        raise _LiveChanged
                    seq = self._write_version(conn, restored, kind="rollback", actor=actor, role=role.value,
                                              deltas=[], before={}, after={}, rollback_of=target.seq)
            except _LiveChanged:
                continue
            if self.cache is not None:
                self.cache.invalidate_domain_caches(live.version, restored.version, f"rollback to {to_version}")
            return self._version(seq)
        raise TransientFailure("domain catalog kept changing during rollback; retry", stage=_STAGE,
                               attempts=WRITE_ATTEMPTS)

    def drop_all(self) -> None:
        """Delete every row of the domain tables (tests, re-seeding)."""
        with self._locked("domain drop_all") as conn:
            for t in reversed(_TABLES):
                conn.execute(delete(t))


def _live_seq(conn: Connection) -> int | None:
    return conn.execute(select(DomainCatalogVersionRow.seq).where(DomainCatalogVersionRow.is_live)).scalar()


def _versions(conn: Connection) -> list[CatalogVersion]:
    rows = conn.execute(select(_VERSIONS).order_by(_VERSIONS.c.seq)).mappings().all()
    return [CatalogVersion.model_validate({**r, "deltas": list((r["deltas"] or {}).get("items", [])),
                                           "f1_before": r["f1_before"] or {}, "f1_after": r["f1_after"] or {}})
            for r in rows]
