"""Materialization metadata a person reads in the Dagster UI, and THE translator from a core stage
outcome to a Dagster ``MaterializeResult`` with its blocking check results (every stage asset uses it).

Stage outcomes carry their tables as Markdown (the CLI prints them as is). In the UI a Markdown entry
of 1,000 characters or more is folded behind "[Show Markdown]", so :func:`table_metadata` turns each
pipe table into a ``TableMetadataValue`` (always shown inline, cells never cut) and keeps only what is
not a table (code blocks, images, short notes) as Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import dagster as dg

from core.artifacts import Artifact, ArtifactRef
from core.contract import RunContract
from core.gates import GateResult
from core.stage import OutputOutcome

_SEPARATOR = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def run_metadata(contract: RunContract, artifact: Artifact | ArtifactRef | None = None) -> dict[str, Any]:
    """The header every stage materialization carries: run, mode, contract hash, artifact (hash, version)."""
    meta: dict[str, Any] = {"run_id": contract.run_id, "mode": contract.mode.value,
                            "contract_hash": contract.contract_hash()}
    if artifact is not None:
        meta |= {"artifact_hash": artifact.content_hash, "artifact_version": artifact.version}
    return meta


def _cells(line: str) -> list[str]:
    parts = _UNESCAPED_PIPE.split(line.strip())
    return [p.strip().replace("\\|", "|") for p in parts[1:-1]]


def _columns(headers: list[str]) -> list[str]:
    out: list[str] = []
    for i, h in enumerate(headers):
        name = h or f"column {i + 1}"
        while name in out:
            name += "'"
        out.append(name)
    return out


def markdown_to_table(block: str) -> dg.TableMetadataValue | None:
    """One GitHub-flavoured pipe table as a Dagster table (None when ``block`` is not exactly one)."""
    lines = [ln for ln in block.strip().splitlines() if ln.strip()]
    if len(lines) < 2 or not lines[0].lstrip().startswith("|") or not _SEPARATOR.match(lines[1].strip()):
        return None
    if not all(ln.lstrip().startswith("|") for ln in lines[2:]):
        return None
    columns = _columns(_cells(lines[0]))
    records = []
    for ln in lines[2:]:
        cells = _cells(ln)
        cells += [""] * (len(columns) - len(cells))
        records.append(dg.TableRecord(dict(zip(columns, cells[: len(columns)], strict=True))))
    schema = dg.TableSchema(columns=[dg.TableColumn(c, "string") for c in columns])
    return dg.MetadataValue.table(records, schema=schema)


def _caption(text: str) -> str:
    return re.sub(r"[*`_]", "", text).strip()


def table_metadata(tables: Mapping[str, str]) -> dict[str, Any]:
    """UI metadata for a stage output's Markdown tables, keyed by title.

    A pipe table becomes a table entry; a caption line right above it becomes a ``title (about)`` note
    before it (several tables: each is named ``title: caption``). Code blocks and images stay Markdown
    (a SQL listing reads best as code); empty values are left out.
    """
    meta: dict[str, Any] = {}
    for title, text in tables.items():
        if not text.strip():
            continue
        if "```" in text or "![" in text:
            meta[title] = dg.MetadataValue.md(text)
            continue
        blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
        parsed: list[tuple[str | None, dg.TableMetadataValue]] = []
        loose: list[str] = []
        caption: str | None = None
        for block in blocks:
            table = markdown_to_table(block)
            if table is None:
                if caption is not None:
                    loose.append(caption)
                caption = block.strip()
                continue
            parsed.append((caption, table))
            caption = None
        if caption is not None:
            loose.append(caption)
        if not parsed:
            meta[title] = dg.MetadataValue.md(text)
            continue
        for cap, table in parsed:
            if len(parsed) == 1:  # the caption reads as a note above the table (Markdown wraps, text does not)
                if cap:
                    meta[f"{title} (about)"] = dg.MetadataValue.md(cap)
                meta[title] = table
                continue
            label = f"{title}: {_caption(cap)}" if cap else title
            while label in meta:
                label += "'"
            meta[label] = table
        if loose:
            meta[f"{title}: note"] = dg.MetadataValue.md("\n\n".join(loose))
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
        metadata={**run_metadata(contract, out.artifact), **out.figures, **table_metadata(out.tables)},
        check_results=[gate_check_result(out.gate, asset)] if out.gate is not None else [],
        data_version=dg.DataVersion(out.artifact.content_hash) if out.artifact is not None else None,
    )
