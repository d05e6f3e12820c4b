"""Versioned, content-hashed artifacts (ROADMAP §27) and the store port that keeps them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from core.hashing import content_hash


class ArtifactKind(StrEnum):
    """Artifact kinds (§2, glossary in ARCHITECTURE.md)."""

    CATALOG = "catalog"
    SAMPLE_PACK = "sample_pack"
    DOMAIN_ASSIGNMENTS = "domain_assignments"
    MAPPING_PLAN = "mapping_plan"
    TARGET_CATALOG = "target_catalog"
    ANALYSIS_REPORT = "analysis_report"
    MIGRATION_RUN = "migration_run"
    THRESHOLD_PROFILE = "threshold_profile"
    POLICY_MANIFEST = "policy_manifest"
    CONFORMANCE_REPORT = "conformance_report"
    EVAL_REPORT = "eval_report"


class ArtifactRef(BaseModel):
    """References are always (hash, version) — plus the kind for readability."""

    model_config = ConfigDict(frozen=True)

    kind: ArtifactKind
    content_hash: str
    version: int


class Artifact(BaseModel):
    """Stored envelope of an artifact payload."""

    kind: ArtifactKind
    run_id: str | None
    version: int
    content_hash: str
    payload: dict[str, Any]
    contract_hash: str | None = None
    policy_version: str | None = None
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))

    @property
    def ref(self) -> ArtifactRef:
        """(kind, hash, version) reference to this artifact."""
        return ArtifactRef(kind=self.kind, content_hash=self.content_hash, version=self.version)


def payload_hash(payload: BaseModel | dict[str, Any]) -> str:
    """Content hash of an artifact payload (canonical JSON, sorted keys)."""
    return content_hash(payload)


@runtime_checkable
class ArtifactStorePort(Protocol):
    """Keeps artifacts. ``put`` is idempotent: putting the payload that already is the latest
    version of (run, kind) returns that version; any other payload (including an older one seen
    again) becomes the new latest version, so ``latest`` always reflects the last materialization."""

    def put(
        self,
        kind: ArtifactKind,
        run_id: str | None,
        payload: BaseModel | dict[str, Any],
        *,
        contract_hash: str | None = None,
        policy_version: str | None = None,
    ) -> Artifact:
        """Store (or find) the artifact; versions count up per (run_id, kind)."""
        ...

    def get(self, content_hash: str) -> Artifact | None:
        """Artifact by content hash."""
        ...

    def latest(self, run_id: str | None, kind: ArtifactKind) -> Artifact | None:
        """Newest version of ``kind`` for ``run_id``."""
        ...

    def list(self, run_id: str | None, kind: ArtifactKind | None = None) -> Sequence[Artifact]:
        """All artifacts of a run, oldest first."""
        ...
