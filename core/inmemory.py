"""In-process implementations of the ledger and artifact ports.

For work that must not touch a database: dry runs, the offline conformance suite, benchmarks and
unit tests. Same semantics as the SQLAlchemy store: append-only ledger (no update or delete
method exists), idempotent artifact ``put`` with versions counted per (run, kind).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from core.artifacts import Artifact, ArtifactKind, payload_hash
from core.ledger import LedgerEvent, Stage


class MemoryLedger:
    """Append-only in-memory :class:`~core.ledger.LedgerPort`."""

    def __init__(self) -> None:
        self.items: list[LedgerEvent] = []

    def append(self, event: LedgerEvent) -> LedgerEvent:
        """Keep one event."""
        self.items.append(event)
        return event

    def events(self, run_id: str, stage: Stage | None = None) -> Sequence[LedgerEvent]:
        """A run's events in append order (optionally one stage)."""
        return [e for e in self.items if e.run_id == run_id and (stage is None or e.stage == stage)]


class MemoryArtifacts:
    """In-memory :class:`~core.artifacts.ArtifactStorePort` (same put semantics as the SQL store)."""

    def __init__(self) -> None:
        self.items: list[Artifact] = []

    def put(self, kind: ArtifactKind, run_id: str | None, payload: BaseModel | dict[str, Any], *,
            contract_hash: str | None = None, policy_version: str | None = None) -> Artifact:
        """Store (or find) an artifact."""
        data = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
        h = payload_hash(data)
        latest = self.latest(run_id, kind)
        if latest is not None and latest.content_hash == h:
            return latest
        version = (latest.version if latest else 0) + 1
        art = Artifact(kind=kind, run_id=run_id, version=version, content_hash=h, payload=data,
                       contract_hash=contract_hash, policy_version=policy_version)
        self.items.append(art)
        return art

    def get(self, content_hash: str) -> Artifact | None:
        """Newest artifact with this content hash."""
        return next((a for a in reversed(self.items) if a.content_hash == content_hash), None)

    def latest(self, run_id: str | None, kind: ArtifactKind) -> Artifact | None:
        """Newest version of ``kind`` for ``run_id``."""
        found = [a for a in self.items if a.run_id == run_id and a.kind == kind]
        return found[-1] if found else None

    def list(self, run_id: str | None, kind: ArtifactKind | None = None) -> Sequence[Artifact]:
        """All artifacts of a run, oldest first."""
        return [a for a in self.items if a.run_id == run_id and (kind is None or a.kind == kind)]


class MemoryRunStore:
    """In-memory :class:`core.stage.RunStore`: a :class:`MemoryLedger` and :class:`MemoryArtifacts` in one."""

    def __init__(self) -> None:
        self.ledger = MemoryLedger()
        self.artifacts = MemoryArtifacts()

    def append(self, event: LedgerEvent) -> LedgerEvent:
        """Keep one ledger event."""
        return self.ledger.append(event)

    def events(self, run_id: str, stage: Stage | None = None) -> Sequence[LedgerEvent]:
        """A run's ledger events in append order (optionally one stage)."""
        return self.ledger.events(run_id, stage)

    def put(self, kind: ArtifactKind, run_id: str | None, payload: BaseModel | dict[str, Any], *,
            contract_hash: str | None = None, policy_version: str | None = None) -> Artifact:
        """Store (or find) an artifact (see :meth:`MemoryArtifacts.put`)."""
        return self.artifacts.put(kind, run_id, payload, contract_hash=contract_hash, policy_version=policy_version)

    def get(self, content_hash: str) -> Artifact | None:
        """An artifact by content hash."""
        return self.artifacts.get(content_hash)

    def latest(self, run_id: str | None, kind: ArtifactKind) -> Artifact | None:
        """Newest version of ``kind`` for ``run_id``."""
        return self.artifacts.latest(run_id, kind)

    def list(self, run_id: str | None, kind: ArtifactKind | None = None) -> Sequence[Artifact]:
        """All artifacts of a run, oldest first."""
        return self.artifacts.list(run_id, kind)
