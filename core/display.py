"""What a person reads of a stage output, as structured values (no Dagster, no Markdown parsing).

A stage entry point puts :class:`Table` rows and :class:`Code` listings in
:class:`core.stage.OutputOutcome`; the Dagster translator (``orchestration.metadata``) shows a table as
table metadata and a listing as a code block, the CLI prints :meth:`Table.markdown` and the code as is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from core.markdown import markdown_table

#: one cell of a table: a plain value (never an object; the UI shows it as text)
Cell = str | int | float | bool | None


class Table(BaseModel):
    """Rows a person reads: column names, rows of plain values and a one-line note about the table."""

    model_config = ConfigDict(frozen=True)

    columns: list[str]
    rows: list[list[Cell]] = Field(default_factory=list)
    #: what the table shows (e.g. the source table and its row count); shown above it
    note: str = ""

    @classmethod
    def of(cls, columns: Sequence[str], rows: Sequence[Sequence[Any]], note: str = "") -> Table:
        """A table from ``rows`` (values that are not plain become their text)."""
        return cls(columns=list(columns), rows=[[_plain(v) for v in r] for r in rows], note=note)

    @classmethod
    def of_records(cls, records: Sequence[Mapping[str, Any]], note: str = "") -> Table:
        """A table from dicts that share their keys (the first record's keys are the columns)."""
        columns = list(records[0]) if records else []
        return cls.of(columns, [[r.get(c) for c in columns] for r in records], note)

    def records(self) -> list[dict[str, Cell]]:
        """The rows as ``{column: value}`` dicts."""
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]

    def markdown(self, *, max_cell: int | None = None) -> str:
        """The note (if any) and a GitHub-flavoured Markdown table (the CLI prints it)."""
        body = markdown_table(self.columns, [["" if v is None else v for v in r] for r in self.rows],
                              max_cell=max_cell)
        return f"{self.note}\n\n{body}" if self.note else body


class Code(BaseModel):
    """A code listing a person reads (e.g. the SQL a mapping compiles to), in ``language``."""

    model_config = ConfigDict(frozen=True)

    language: str
    text: str


def _plain(value: Any) -> Cell:
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)
