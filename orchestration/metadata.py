"""Materialization metadata a person reads in the Dagster UI, and THE translator from a core stage
outcome to a Dagster ``MaterializeResult`` with its blocking check results (every stage asset uses it).

Stage outcomes carry structured rows (:class:`core.display.Table`), code listings and short notes;
:func:`outcome_metadata` shows each the way the UI keeps it in place: a table as a ``TableMetadataValue``
(cells never cut), code as a fenced block (a Markdown entry of 1,000 characters or more would be folded
behind "[Show Markdown]", so a longer listing is shown as text), notes and plots as short Markdown.
"""

from __future__ import annotations

from typing import Any

import dagster as dg

from core.artifacts import Artifact, ArtifactRef
from core.contract import RunContract
from core.display import Cell, Code, Table
from core.gates import GateResult
from core.stage import OutputOutcome


def run_metadata(contract: RunContract, artifact: Artifact | ArtifactRef | None = None) -> dict[str, Any]:
    """The header every stage materialization carries: run, mode, contract hash, artifact (hash, version)."""
    meta: dict[str, Any] = {"run_id": contract.run_id, "mode": contract.mode.value,
                            "contract_hash": contract.contract_hash()}
    if artifact is not None:
        meta |= {"artifact_hash": artifact.content_hash, "artifact_version": artifact.version}
    return meta


#: the Dagster UI shows a Markdown entry shorter than this in place (longer ones behind "[Show Markdown]")
MD_INLINE_MAX = 1000
_KINDS: dict[type, str] = {bool: "bool", int: "int", float: "float"}


def _column_kind(values: list[Cell]) -> str:
    kinds = {_KINDS.get(type(v), "string") for v in values}
    if not kinds:
        return "string"
    if kinds == {"int", "float"}:
        return "float"
    return kinds.pop() if len(kinds) == 1 else "string"


def table_value(table: Table) -> dg.TableMetadataValue:
    """A :class:`core.display.Table` as Dagster table metadata: shown in place, cells whole, columns typed
    (a column holding anything but one kind of number or bool, or an empty cell, is text)."""
    kinds = [_column_kind([r[i] for r in table.rows]) for i in range(len(table.columns))]
    records = [dg.TableRecord({c: ("" if v is None else v) if k == "string" else v
                               for c, k, v in zip(table.columns, kinds, row, strict=True)}) for row in table.rows]
    schema = dg.TableSchema(columns=[dg.TableColumn(c, k) for c, k in zip(table.columns, kinds, strict=True)])
    return dg.MetadataValue.table(records, schema=schema)


def code_value(code: Code) -> dg.MarkdownMetadataValue | dg.TextMetadataValue:
    """A code listing shown in place: a fenced (highlighted, laid out) block while it fits the UI's inline
    Markdown limit, else the text itself (wrapped, monospace) rather than a link to a dialog."""
    fenced = f"```{code.language}\n{code.text}\n```"
    if len(fenced) < MD_INLINE_MAX:
        return dg.MetadataValue.md(fenced)
    return dg.MetadataValue.text(code.text)  # the UI wraps it (line breaks read as spaces)


def outcome_metadata(out: OutputOutcome) -> dict[str, Any]:
    """UI metadata for what a stage output gives a person to read: its figures, then each table (its note
    as a ``title (about)`` entry above it), each code listing, each note (short Markdown: text, inline
    images). A figure named like a table (``findings``: how many) is shown as ``findings_count``."""
    titles = set(out.tables) | set(out.code) | set(out.notes)
    meta: dict[str, Any] = {f"{k}_count" if k in titles else k: v for k, v in out.figures.items()}
    for title, table in out.tables.items():
        if table.note:
            meta[f"{title} (about)"] = dg.MetadataValue.md(table.note)
        meta[title] = table_value(table)
    meta |= {title: code_value(code) for title, code in out.code.items()}
    meta |= {title: dg.MetadataValue.md(text) for title, text in out.notes.items() if text.strip()}
    return meta


def gate_check_result(gate: GateResult, asset: str | None = None) -> dg.AssetCheckResult:
    """A blocking check result (severity ERROR) from a core gate (``asset``: needed in multi-assets).

    The reason is a sentence naming what holds (the gates name the columns), shown as the check's
    description and as its ``reasons`` entry; the gate's figures are one table (as single numbers the
    check page would draw a one-point chart for each)."""
    reason = "; ".join(gate.reasons)
    figures = dg.MetadataValue.table(
        [dg.TableRecord({"figure": k, "value": str(v)}) for k, v in gate.figures.items()],
        schema=dg.TableSchema(columns=[dg.TableColumn("figure", "string"), dg.TableColumn("value", "string")]))
    return dg.AssetCheckResult(
        asset_key=asset,
        check_name=gate.gate,
        passed=gate.passed,
        severity=dg.AssetCheckSeverity.ERROR,
        description=f"{gate.decision.value}: {reason}" if reason else gate.decision.value,
        metadata={"decision": gate.decision.value, "reasons": dg.MetadataValue.text(reason),
                  **({"figures": figures} if gate.figures else {})},
    )


def materialize_result(contract: RunContract, out: OutputOutcome, *, multi_asset: bool = False) -> dg.MaterializeResult:
    """One stage output as a materialization: run header, figures, tables, the gate's check
    result and the artifact hash as data version. ``multi_asset``: name the asset (a multi-asset yields
    several outputs)."""
    asset = out.name if multi_asset else None
    return dg.MaterializeResult(
        asset_key=asset,
        metadata={**run_metadata(contract, out.artifact), **outcome_metadata(out)},
        check_results=[gate_check_result(out.gate, asset)] if out.gate is not None else [],
        data_version=dg.DataVersion(out.artifact.content_hash) if out.artifact is not None else None,
    )
