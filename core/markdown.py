"""Markdown a person reads (Dagster UI metadata, CLI output): previews of catalogs, samples, assignments.

Pure text, no Dagster: stage entry points put these tables in :class:`core.stage.OutputOutcome`
(stage-specific tables live with their stage, e.g. ``core.domains.run.assignments_markdown``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from core.catalog import Catalog, SamplePack

MAX_PREVIEW_ROWS = 20


def _cell(value: Any, max_cell: int | None = 60) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if max_cell is None or len(text) <= max_cell else text[:max_cell - 3] + "..."


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, max_cell: int | None = 60) -> str:
    """A GitHub-flavoured Markdown table; cells longer than ``max_cell`` are cut (None: never, for
    explanations a person must read whole, such as a rationale)."""
    out = ["| " + " | ".join(_cell(h, None) for h in headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(v, max_cell) for v in row) + " |" for row in rows]
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

