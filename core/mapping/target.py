"""The Target Catalog artifact: the source catalog's shape plus the target's constraints.

A target (RHS) is a schema file, a live table or a file of target-shaped rows; whichever it is,
intake produces one :class:`TargetCatalog`. Example rows stored in the artifact are masked (the
raw ones live only in memory, in :class:`TargetIntake`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from core.catalog import ColumnSchema, ForeignKey, TableSchema

TargetKind = Literal["schema_file", "sql_table", "data_file"]


class ColumnConstraints(BaseModel):
    """Constraints one target column declares (or a live table's metadata says)."""

    key: bool = False
    unique: bool = False
    nullable: bool = True
    max_length: int | None = None
    allowed_values: list[str] | None = None
    regex: str | None = None
    default: str | None = None


class CrossFieldRule(BaseModel):
    """A rule over several columns (a CHECK constraint, or a declared rule in a schema file)."""

    name: str
    columns: list[str] = Field(default_factory=list)
    expression: str


class TargetColumn(ColumnSchema):
    """A target column: the catalog column plus constraints, declared domain and description."""

    constraints: ColumnConstraints = Field(default_factory=ColumnConstraints)
    domain: str | None = None
    domain_source: Literal["declared", "domaining", "none"] = "none"
    description: str | None = None


class TargetTable(TableSchema):
    """The target table with its constraints and (masked) example rows."""

    columns: list[TargetColumn]  # type: ignore[assignment]
    cross_field_rules: list[CrossFieldRule] = Field(default_factory=list)
    example_rows: list[dict[str, Any]] = Field(default_factory=list)
    description: str | None = None

    def column(self, name: str) -> TargetColumn:
        """Column by standardized name (KeyError if absent)."""
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


class TargetCatalog(BaseModel):
    """The Target Catalog artifact (one target table per mapping run)."""

    run_id: str | None = None
    kind: TargetKind
    location: str
    dialect: str | None = None
    table: TargetTable
    examples_masked: bool = True
    schema_hash: str = ""


class TargetIntake(BaseModel):
    """Intake result: the artifact payload plus the raw example rows, kept in memory only."""

    catalog: TargetCatalog
    raw_examples: list[dict[str, Any]] = Field(default_factory=list, exclude=True)


__all__ = ["ColumnConstraints", "CrossFieldRule", "ForeignKey", "TargetCatalog", "TargetColumn", "TargetIntake",
           "TargetKind", "TargetTable"]
