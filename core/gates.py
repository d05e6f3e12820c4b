"""Supervisor stage gates (ROADMAP §5): pure functions over artifacts that decide accept/hold.

Each gate returns a :class:`GateResult`; the orchestration layer turns it into a blocking asset
check and the supervisor records it on the ledger. A gate never reads data itself: it judges the
artifact that the stage produced.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, Field

from core.catalog import Catalog, SamplePack
from core.contract import Mode, RunContract
from core.ledger import Decision, LedgerRecorder, Stage


class GateResult(BaseModel):
    """Outcome of one gate."""

    gate: str
    passed: bool
    decision: Decision
    reasons: list[str] = Field(default_factory=list)
    figures: dict[str, float | int | str] = Field(default_factory=dict)


def _result(gate: str, problems: list[str], figures: dict[str, float | int | str]) -> GateResult:
    return GateResult(
        gate=gate,
        passed=not problems,
        decision=Decision.ACCEPT if not problems else Decision.HOLD,
        reasons=problems or ["all gate conditions hold"],
        figures=figures,
    )


def catalog_gate(catalog: Catalog) -> GateResult:
    """A catalog passes when it has tables, every table has uniquely named columns and a type."""
    problems: list[str] = []
    if not catalog.tables:
        problems.append("catalog has no tables")
    for t in catalog.tables:
        names = [c.name for c in t.columns]
        if not names:
            problems.append(f"table {t.name} has no columns")
        if len(set(names)) != len(names):
            problems.append(f"table {t.name} has duplicate standardized column names")
        untyped = [c.name for c in t.columns if c.logical_type == "null"]
        if untyped and len(untyped) == len(names):
            problems.append(f"table {t.name}: no column has an inferable type")
    figures: dict[str, float | int | str] = {
        "tables": len(catalog.tables),
        "columns": sum(len(t.columns) for t in catalog.tables),
    }
    return _result("catalog_gate", problems, figures)


def sample_pack_gate(contract: RunContract, packs: list[SamplePack]) -> GateResult:
    """Sample packs respect the caps and are masked; in metadata_only there must be none."""
    problems: list[str] = []
    if contract.mode is Mode.METADATA_ONLY:
        if any(p.rows for p in packs):
            problems.append("metadata_only run holds sample rows")
        return _result("sample_pack_gate", problems, {"packs": len(packs), "rows": 0})
    caps = contract.sample_caps
    assert caps is not None  # data_mode contracts always carry caps (validated)
    for p in packs:
        if p.row_count > caps.rows_max:
            problems.append(f"{p.table}: {p.row_count} rows exceed rows_max {caps.rows_max}")
        if p.byte_size > caps.bytes_max:
            problems.append(f"{p.table}: {p.byte_size} bytes exceed bytes_max {caps.bytes_max}")
        if contract.pii_policy.mask_before_send and not p.pii_mask_applied:
            problems.append(f"{p.table}: PII masking was not applied")
    figures: dict[str, float | int | str] = {
        "packs": len(packs),
        "rows": sum(p.row_count for p in packs),
        "bytes": sum(p.byte_size for p in packs),
    }
    return _result("sample_pack_gate", problems, figures)


def record_gate(recorder: LedgerRecorder, result: GateResult, *, outputs_hash: str | None = None,
                inputs_hash: str | None = None) -> None:
    """Append the gate decision to the ledger as a SUPERVISOR event (``inputs_hash``: what it judged,
    e.g. the plan an Analysis gate checked, so the supervisor sees when it went stale)."""
    recorder.record(
        Stage.SUPERVISOR,
        result.decision,
        f"gate.{result.gate}",
        outputs_hash=outputs_hash,
        inputs_hash=inputs_hash,
        detail={"passed": result.passed, "reasons": result.reasons, "figures": result.figures},
    )


def _named(columns: Sequence[str]) -> str:
    return f": {', '.join(columns)}" if columns else ""


def domain_assignments_gate(summary: dict[str, int], held: Mapping[str, Sequence[str]] | None = None) -> GateResult:
    """Every column is High; borderline (even when the arbiter picked a domain) and low columns
    hold the run for a person to approve or mark unknown (ROADMAP Phase 2, Domain Studio).
    ``held`` names the columns per band (``borderline``, ``low``), so the reason says which."""
    held = held or {}
    problems: list[str] = []
    if summary.get("borderline", 0):
        problems.append(f"{summary['borderline']} borderline column(s) need review"
                        f"{_named(held.get('borderline', []))}")
    if summary.get("low", 0):
        problems.append(f"{summary['low']} column(s) below tau_low (unknown){_named(held.get('low', []))}")
    figures: dict[str, float | int | str] = {k: int(v) for k, v in summary.items()}
    return _result("domain_assignments_gate", problems, figures)
