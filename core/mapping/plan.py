"""The Mapping Plan artifact (ROADMAP §12, §41): per target column what fills it and why."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from core.mapping.features import Evidence

ColumnDecision = Literal["accept", "hold", "fix"]


class Alternative(BaseModel):
    """A candidate that was not chosen."""

    sources: list[str]
    kind: str
    score: float


class LineageEdge(BaseModel):
    """Column-level lineage: a source column feeding a target column through a pipeline."""

    source_table: str
    source_column: str
    target_table: str
    target_column: str
    pipeline_hash: str | None = None


class ColumnPlan(BaseModel):
    """The plan of one target column."""

    target: str
    target_type: str
    domain: str | None = None
    sources: list[str] = Field(default_factory=list)
    kind: str = "empty"
    strategy: str | None = None
    pipeline: dict[str, Any] | None = None
    pipeline_hash: str | None = None
    compiled_sql: str | None = None
    confidence: float = 0.0
    match_score: float = 0.0
    rationale: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None
    #: masked before/after examples: {"before": {input: masked}, "after": masked, "status": ...}
    examples: list[dict[str, Any]] = Field(default_factory=list)
    figures: dict[str, float | int] = Field(default_factory=dict)
    failures: dict[str, int] = Field(default_factory=dict)
    decision: ColumnDecision = "hold"
    reasons: list[str] = Field(default_factory=list)
    provenance: str = "rules"
    alternatives: list[Alternative] = Field(default_factory=list)
    value_map_unmatched: int = 0
    override_id: str | None = None
    #: rows of the sample this column touches (for ordering review questions by impact)
    rows_affected: int = 0


class MappingPlan(BaseModel):
    """The Mapping Plan artifact."""

    run_id: str
    mode: str
    dialect: str
    source_catalog_hash: str | None = None
    target_catalog_hash: str
    target_table: str
    columns: list[ColumnPlan]
    unused_sources: list[str] = Field(default_factory=list)
    lineage: list[LineageEdge] = Field(default_factory=list)
    summary: dict[str, int] = Field(default_factory=dict)
    versions: dict[str, str] = Field(default_factory=dict)

    def column(self, target: str) -> ColumnPlan:
        """Plan of one target column (KeyError when unknown)."""
        for c in self.columns:
            if c.target == target:
                return c
        raise KeyError(target)
