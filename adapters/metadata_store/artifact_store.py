"""The artifact half of the metadata store (implements ``core.artifacts.ArtifactStorePort``).

``put`` is idempotent against the newest version: storing the payload that is already the
latest version of (run_id, kind) returns that envelope. Anything else — new content, or content
equal to an *older* version (a re-materialization that produced A again after B) — is stored as a
new version, one more than the newest, so ``latest()`` always returns what was put last. A content
hash may therefore repeat across versions; ``get(content_hash)`` returns the newest such artifact.
Writers of one (run_id, kind) are serialized (a transaction advisory lock on PostgreSQL,
``BEGIN IMMEDIATE`` on SQLite); the unique constraint on (run_key, kind, version) backs that up,
and a writer that still loses a race retries and then sees the winner's row.
"""

from __future__ import annotations

import builtins
import json
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import Connection, Table, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from adapters.metadata_store.base import utcnow
from adapters.metadata_store.convert import row_to_artifact
from adapters.metadata_store.session import StoreBase, db_error
from adapters.metadata_store.tables import ArtifactRow
from core.artifacts import Artifact, ArtifactKind, payload_hash
from core.hashing import canonical_json

ARTIFACTS = cast(Table, ArtifactRow.__table__)
PUT_ATTEMPTS = 5


def _run_key(run_id: str | None) -> str:
    return run_id or ""


class ArtifactStoreMixin(StoreBase):
    """Versioned, content-hashed artifacts (§27)."""

    def put(
        self,
        kind: ArtifactKind,
        run_id: str | None,
        payload: BaseModel | dict[str, Any],
        *,
        contract_hash: str | None = None,
        policy_version: str | None = None,
    ) -> Artifact:
        """Store the artifact as a new version of (run_id, kind), or return the latest version when it
        already holds this content; versions count up per (run_id, kind)."""
        kind = ArtifactKind(kind)
        digest = payload_hash(payload)
        body = json.loads(canonical_json(payload))
        for attempt in range(PUT_ATTEMPTS):
            try:
                with self._write() as conn:
                    return self._put_in(conn, kind, run_id, digest, body, contract_hash, policy_version)
            except IntegrityError as exc:  # lost a race on the version: look again
                if attempt == PUT_ATTEMPTS - 1:
                    raise db_error(exc, "artifact put", run_id=run_id, kind=kind.value) from exc
            except SQLAlchemyError as exc:
                raise db_error(exc, "artifact put", run_id=run_id, kind=kind.value) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _put_in(
        self,
        conn: Connection,
        kind: ArtifactKind,
        run_id: str | None,
        digest: str,
        body: dict[str, Any],
        contract_hash: str | None,
        policy_version: str | None,
    ) -> Artifact:
        key = _run_key(run_id)
        if self.dialect == "postgresql":  # serialize writers of one (run, kind); SQLite has BEGIN IMMEDIATE
            conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(f"mapwright.artifact:{key}:{kind.value}"))))
        scope = (ARTIFACTS.c.run_key == key) & (ARTIFACTS.c.kind == kind.value)
        newest = conn.execute(select(ARTIFACTS).where(scope).order_by(ARTIFACTS.c.version.desc()).limit(1)).first()
        if newest is not None and newest._mapping["content_hash"] == digest:
            return row_to_artifact(newest)  # already the latest version: idempotent
        values = {
            "run_id": run_id, "run_key": key, "kind": kind.value,
            "version": (newest._mapping["version"] if newest is not None else 0) + 1,
            "content_hash": digest, "payload": body, "contract_hash": contract_hash,
            "policy_version": policy_version, "created_at": utcnow(),
        }
        conn.execute(ARTIFACTS.insert().values(**values))
        return Artifact(**{k: v for k, v in values.items() if k != "run_key"})

    def get(self, content_hash: str) -> Artifact | None:
        """Artifact by content hash (the newest stored, if the same payload exists in several versions or runs)."""
        q = select(ARTIFACTS).where(ARTIFACTS.c.content_hash == content_hash).order_by(ARTIFACTS.c.id.desc()).limit(1)
        with self._translated("artifact get"), self._read() as conn:
            row = conn.execute(q).first()
        return row_to_artifact(row) if row is not None else None

    def get_version(self, run_id: str | None, kind: ArtifactKind, version: int) -> Artifact | None:
        """Artifact by its (run_id, kind, version) reference."""
        q = select(ARTIFACTS).where(
            (ARTIFACTS.c.run_key == _run_key(run_id)) & (ARTIFACTS.c.kind == ArtifactKind(kind).value)
            & (ARTIFACTS.c.version == version)
        )
        with self._translated("artifact get", run_id=run_id), self._read() as conn:
            row = conn.execute(q).first()
        return row_to_artifact(row) if row is not None else None

    def latest(self, run_id: str | None, kind: ArtifactKind) -> Artifact | None:
        """Newest version of ``kind`` for ``run_id``."""
        q = (
            select(ARTIFACTS)
            .where((ARTIFACTS.c.run_key == _run_key(run_id)) & (ARTIFACTS.c.kind == ArtifactKind(kind).value))
            .order_by(ARTIFACTS.c.version.desc())
            .limit(1)
        )
        with self._translated("artifact latest", run_id=run_id), self._read() as conn:
            row = conn.execute(q).first()
        return row_to_artifact(row) if row is not None else None

    def list(self, run_id: str | None, kind: ArtifactKind | None = None) -> builtins.list[Artifact]:
        """All artifacts of a run (``None``: run-independent ones), oldest first."""
        q = select(ARTIFACTS).where(ARTIFACTS.c.run_key == _run_key(run_id)).order_by(ARTIFACTS.c.id)
        if kind is not None:
            q = q.where(ARTIFACTS.c.kind == ArtifactKind(kind).value)
        with self._translated("artifact list", run_id=run_id), self._read() as conn:
            return [row_to_artifact(r) for r in conn.execute(q)]
