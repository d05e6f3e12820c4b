"""Materialization metadata a person reads in the Dagster UI, and THE translator from a core stage
outcome to a Dagster ``MaterializeResult`` with its blocking check results (every stage asset uses it)."""

from __future__ import annotations

from typing import Any

import dagster as dg

from core.artifacts import Artifact, ArtifactRef
from core.contract import RunContract
from core.gates import GateResult
from core.stage import OutputOutcome


def run_metadata(contract: RunContract, artifact: Artifact | ArtifactRef | None = None) -> dict[str, Any]:
    """The header every stage materialization carries: run, mode, contract hash, artifact (hash, version)."""
    meta: dict[str, Any] = {"run_id": contract.run_id, "mode": contract.mode.value,
                            "contract_hash": contract.contract_hash()}
    if artifact is not None:
        meta |= {"artifact_hash": artifact.content_hash, "artifact_version": artifact.version}
    return meta


def gate_check_result(gate: GateResult, asset: str | None = None) -> dg.AssetCheckResult:
    """A blocking check result (severity ERROR) from a core gate (``asset``: needed in multi-assets)."""
    return dg.AssetCheckResult(
        asset_key=asset,
        check_name=gate.gate,
        passed=gate.passed,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"decision": gate.decision.value, "reasons": "; ".join(gate.reasons), **gate.figures},
    )


def materialize_result(contract: RunContract, out: OutputOutcome, *, multi_asset: bool = False) -> dg.MaterializeResult:
    """One stage output as a materialization: run header, figures, Markdown tables, the gate's check
    result and the artifact hash as data version. ``multi_asset``: name the asset (a multi-asset yields
    several outputs)."""
    asset = out.name if multi_asset else None
    return dg.MaterializeResult(
        asset_key=asset,
        metadata={**run_metadata(contract, out.artifact), **out.figures,
                  **{k: dg.MetadataValue.md(v) for k, v in out.tables.items()}},
        check_results=[gate_check_result(out.gate, asset)] if out.gate is not None else [],
        data_version=dg.DataVersion(out.artifact.content_hash) if out.artifact is not None else None,
    )
