"""Materialization metadata a person reads in the Dagster UI: Markdown previews and gate results."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import dagster as dg

from core.artifacts import Artifact
from core.catalog import Catalog, SamplePack
from core.contract import RunContract
from core.gates import GateResult

MAX_PREVIEW_ROWS = 20


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "..."


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A GitHub-flavoured Markdown table."""
    out = ["| " + " | ".join(_cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(out)


def catalog_markdown(catalog: Catalog) -> str:
    """One Markdown table per catalog table: column, original header, types, nulls, distinct."""
    parts: list[str] = []
    for t in catalog.tables:
        parts.append(f"**{t.name}** ({t.row_estimate if t.row_estimate is not None else '?'} rows) "
                     f"from `{t.source_location}`")
        parts.append(markdown_table(
            ["column", "original", "type", "physical", "nulls", "distinct", "key"],
            [[c.name, c.original_name, c.logical_type, c.physical_type, c.stats.null_count,
              c.stats.distinct_count, "yes" if c.is_key else ""] for c in t.columns],
        ))
    return "\n\n".join(parts)


def sample_markdown(packs: Sequence[SamplePack]) -> str:
    """The first rows of each masked sample pack."""
    parts: list[str] = []
    for p in packs:
        masked = ", ".join(f"{m.column}: {'/'.join(m.entity_types)} x{m.cells_masked}" for m in p.masking)
        parts.append(f"**{p.table}**: {p.row_count} rows (seed {p.seed}, {p.strategy}); masked: {masked or 'none'}")
        parts.append(markdown_table(p.columns, [[r.get(c) for c in p.columns] for r in p.rows[:MAX_PREVIEW_ROWS]]))
    return "\n\n".join(parts) or "_no sample_"


def run_metadata(contract: RunContract, artifact: Artifact | None = None) -> dict[str, Any]:
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
