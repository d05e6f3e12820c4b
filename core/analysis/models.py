"""The Analysis Report artifact (ROADMAP §13, §43): feasibility, profiles, findings, fixes, drift."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
FixKind = Literal["value_map", "pipeline", "threshold", "domain_delta"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeasibilityRow(_Frozen):
    """One target column x every metadata-only check (None: not applicable)."""

    column: str
    checks: dict[str, bool | None]
    notes: list[str] = Field(default_factory=list)


class ColumnProfile(_Frozen):
    """The mapped output of one target column as the target will receive it (aggregates only)."""

    column: str
    rows: int
    non_null: int
    coverage: float
    null_rate: float
    distinct: int
    violations: dict[str, int] = Field(default_factory=dict)


class Finding(_Frozen):
    """One problem: the rule that fired, how many rows, which (keyed tokens and masked shapes only)."""

    finding_id: str
    rule: str
    severity: Severity
    column: str | None
    count: int
    rate: float
    limit: float | None = None
    message: str
    sample_keys: list[str] = Field(default_factory=list)
    sample_shapes: list[str] = Field(default_factory=list)
    fix_id: str | None = None


class Fix(_Frozen):
    """A staged-able fix: it changes nothing until a person stages it (it then goes back through Mapping)."""

    fix_id: str
    kind: FixKind
    target: str | None
    description: str
    payload: dict[str, Any] = Field(default_factory=dict)
    expected_effect: str = ""


class Drift(_Frozen):
    """PSI and KS of one column against a named reference."""

    column: str
    reference: str
    psi: float | None
    ks: float | None
    #: the reference's bin edges, and each bin's share of the current output and of the reference
    edges: list[float] = Field(default_factory=list)
    current_share: list[float] = Field(default_factory=list)
    reference_share: list[float] = Field(default_factory=list)


class DriftReference(_Frozen):
    """What the drift was measured against, and on how many of its rows."""

    name: str
    kind: Literal["live_target", "previous_report"]
    #: rows of the reference read (live target: a key-hash sample) and rows it had (None: not known)
    sample_rows: int | None = None
    total_rows: int | None = None
    method: str = ""


class ThresholdSuggestion(_Frozen):
    """A threshold the evidence suggests, with the expected effect."""

    field: str
    current: float
    suggested: float
    rationale: str


class AnalysisReport(_Frozen):
    """Everything Analysis found for one run (metadata_only: feasibility and coverage only)."""

    run_id: str
    mode: str
    plan_hash: str
    target_table: str
    rows: int | None = None
    feasibility: list[FeasibilityRow] = Field(default_factory=list)
    uncovered_domains: list[str] = Field(default_factory=list)
    profiles: list[ColumnProfile] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    fixes: list[Fix] = Field(default_factory=list)
    drift: list[Drift] = Field(default_factory=list)
    drift_reference: DriftReference | None = None
    threshold_suggestions: list[ThresholdSuggestion] = Field(default_factory=list)
    #: per column, decile histogram counts of the mapped output (the reference of the next run's drift)
    histograms: dict[str, dict[str, list[float]]] = Field(default_factory=dict)

    def errors(self) -> list[Finding]:
        """Findings of severity error."""
        return [f for f in self.findings if f.severity == "error"]
