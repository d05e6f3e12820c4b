"""What a person reads of the Ingest outputs: the catalog and the masked sample as :class:`core.display.Table`.

The sample is shown transposed (one row per source column: how it was masked, then its first values in
one cell), so a wide source stays within the page whatever its column count.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.catalog import Catalog, MaskedCell, SamplePack, TableSchema
from core.display import Table

#: sample values shown per column
SAMPLE_VALUES = 5


def _titled(title: str, names: list[str], tables: list[Table]) -> dict[str, Table]:
    if len(tables) == 1:
        return {title: tables[0]}
    return {f"{title}: {name}": t for name, t in zip(names, tables, strict=True)}


def header_note(t: TableSchema) -> str:
    """The header-row decision of a delimited file in words ("" for Parquet and SQL tables)."""
    h = t.header_row
    if h is None:
        return ""
    how = "as the contract says" if h.setting != "auto" else f"detected, confidence {h.confidence:.2f}"
    text = ("header row: present" if h.present else
            f"no header row: the first record is data, columns named column_1..column_{len(t.columns)}")
    text += f" ({how})"
    if h.masked_names:
        text += (f"; {len(h.masked_names)} header cell(s) looked like personal values and are stored as their "
                 f"shape under column_N (positions {', '.join(map(str, h.masked_names))})")
    return text


def catalog_tables(catalog: Catalog, title: str = "preview") -> dict[str, Table]:
    """One table per catalog table: column, original header, types, nulls, distinct, key; the note says how many
    rows and, for a delimited file, whether its first record was read as the header."""
    tables = [Table.of(
        ["column", "original", "type", "physical", "nulls", "distinct", "key"],
        [[c.name, c.original_name, c.logical_type, c.physical_type, c.stats.null_count, c.stats.distinct_count,
          "yes" if c.is_key else ""] for c in t.columns],
        note=f"{t.name}: {t.row_estimate if t.row_estimate is not None else '?'} rows from {t.source_location}"
             + (f"; {note}" if (note := header_note(t)) else ""))
        for t in catalog.tables]
    return _titled(title, [t.name for t in catalog.tables], tables)


def _masking(m: MaskedCell) -> str:
    what = "/".join(m.entity_types) or m.reason or "as a precaution"
    return f"{what} ({m.cells_masked} cells, {m.scheme})"


def sample_tables(packs: Sequence[SamplePack], title: str = "masked_sample") -> dict[str, Table]:
    """Per pack, one row per column: how it was masked (what, how many cells, the scheme), then its first
    values in one cell (it wraps, so the table stays as wide as the page whatever the column count)."""
    tables = []
    for p in packs:
        masked = {m.column: _masking(m) for m in p.masking}
        shown = p.rows[:SAMPLE_VALUES]
        tables.append(Table.of(
            ["column", "masked", f"first {len(shown)} values"],
            [[c, masked.get(c, ""), "  ·  ".join("(null)" if r.get(c) is None else str(r.get(c)) for r in shown)]
             for c in p.columns],
            note=f"{p.table}: {p.row_count} sample rows (seed {p.seed}, {p.strategy})"))
    return _titled(title, [p.table for p in packs], tables)
