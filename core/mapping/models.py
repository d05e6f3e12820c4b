"""Match results: ranked candidates per target and per source, and the global assignment."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from core.mapping.features import Evidence

MatchKind = Literal["atomic", "compose", "decompose"]


class Candidate(BaseModel):
    """One way to fill a target column: source column(s), how, score and evidence."""

    sources: list[str]
    kind: MatchKind = "atomic"
    score: float
    evidence: Evidence = Field(default_factory=Evidence)


class TargetRanking(BaseModel):
    """A target column's ranked source candidates."""

    target: str
    original: str = ""
    domain: str | None = None
    candidates: list[Candidate] = Field(default_factory=list)


class TargetScore(BaseModel):
    """A target column a source column could fill."""

    target: str
    score: float
    kind: MatchKind = "atomic"


class SourceRanking(BaseModel):
    """A source column's ranked target candidates (the other direction)."""

    source: str
    original: str = ""
    domain: str | None = None
    candidates: list[TargetScore] = Field(default_factory=list)


class Assignment(BaseModel):
    """The chosen source(s) of one target column."""

    target: str
    sources: list[str]
    kind: MatchKind
    score: float
    margin: float = 1.0


class MatchReport(BaseModel):
    """Ranking in both directions plus the optimal global assignment."""

    mode: str
    targets: list[TargetRanking]
    sources: list[SourceRanking]
    assignment: list[Assignment]
    unmatched_targets: list[str]
    unused_sources: list[str]
    timings: dict[str, float] = Field(default_factory=dict)

    def assigned(self, target: str) -> Assignment | None:
        """The assignment of ``target`` (None when unmatched)."""
        return next((a for a in self.assignment if a.target == target), None)

    def ranking(self, target: str) -> TargetRanking:
        """The ranking of ``target`` (KeyError when unknown)."""
        for r in self.targets:
            if r.target == target:
                return r
        raise KeyError(target)
