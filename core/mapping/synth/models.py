"""Result models of transformation-by-example synthesis."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from dsl.models import Pipeline


class Candidate(BaseModel):
    """One synthesized pipeline: its score (0..1, higher is better) and how many examples it reproduces."""

    model_config = ConfigDict(frozen=True)

    pipeline: Pipeline
    score: float
    examples_passed: int
    cost: float = Field(description="simplicity cost of the program (lower = simpler)")
    description: str = ""
    #: unlabeled input rows (``synthesize(unlabeled=...)``) on which the program gives a value
    unlabeled_covered: int = 0


class SynthResult(BaseModel):
    """The best pipeline (None when nothing fits), whether it reproduces every example, alternatives."""

    pipeline: Pipeline | None
    solved_all: bool
    candidates: list[Candidate]
    elapsed_ms: float
    examples: int = 0
    timed_out: bool = False
