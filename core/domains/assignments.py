"""The Domain Assignments artifact (ROADMAP Phase 2: ``Domain Assignments v1``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from core.domains.evidence import ColumnEvidence
from core.domains.scoring import Band, CandidateScore
from core.vocab.models import CatalogDelta


class VersionRefs(BaseModel):
    """Versions every assignment was made under."""

    catalog_version: str
    catalog_hash: str
    threshold_profile_id: str
    threshold_profile_hash: str
    policy_version: str
    contract_hash: str | None = None
    embedder: str
    arbiter: str


class ColumnAssignment(BaseModel):
    """Domain of one column with its band, evidence, candidates and rationale."""

    table: str
    column: str
    original_name: str
    domain_id: str | None
    band: Band
    score: float
    decided_by: Literal["score", "arbiter", "none"]
    rationale: str
    pii: bool = False
    pii_entity: str | None = None
    candidates: list[CandidateScore] = Field(default_factory=list)
    evidence: ColumnEvidence
    versions: VersionRefs


class DomainAssignments(BaseModel):
    """All column assignments of one mapping run."""

    run_id: str
    mode: str
    refs: VersionRefs
    assignments: list[ColumnAssignment]
    staged_deltas: list[CatalogDelta] = Field(default_factory=list)
    summary: dict[str, int] = Field(default_factory=dict)

    def get(self, table: str, column: str) -> ColumnAssignment:
        """Assignment of ``table.column`` (KeyError if absent)."""
        for a in self.assignments:
            if a.table == table and a.column == column:
                return a
        raise KeyError(f"{table}.{column}")
