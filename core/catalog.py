"""Standard Schema Catalog and Sample Pack artifacts (ROADMAP §9): one shape for files and SQL."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

LogicalType = Literal["string", "int", "float", "decimal", "bool", "date", "datetime", "binary", "null"]


class ColumnStats(BaseModel):
    """Per-column statistics. Value-derived fields are empty in metadata_only for SQL sources
    (only what the database's own metadata says); files always compute counts.

    ``distinct_approx`` is True when ``distinct_count`` is an estimate (HyperLogLog, a few percent
    off) rather than an exact count; see core/ingest/stats.py for when files get which."""

    row_count: int | None = None
    null_count: int | None = None
    distinct_count: int | None = None
    distinct_approx: bool = False
    min_length: int | None = None
    max_length: int | None = None
    mean_length: float | None = None
    min: str | None = None
    max: str | None = None


class ColumnSchema(BaseModel):
    """One column of a table in the catalog."""

    name: str
    original_name: str
    position: int
    logical_type: LogicalType
    physical_type: str
    nullable: bool = True
    is_key: bool = False
    stats: ColumnStats = Field(default_factory=ColumnStats)
    semantics: dict[str, Any] = Field(default_factory=dict)


class HeaderRow(BaseModel):
    """Whether a delimited file's first record is its header, and why (:mod:`core.ingest.header_row`).

    ``setting`` is what the contract asked (``auto``: detected; ``present``/``absent``: given). ``reasons``
    are counts of evidence, never a cell: columns whose first-row cell is plainly a value of the column
    (``value_type``, ``value_shape``, ``value_repeat``, ``duplicate_cells``) or plainly a label
    (``label_type``, ``label_shape``, ``label_word``, ``label_sequence``). ``masked_names``: positions (1-based)
    of header cells that looked like personal values and are stored as their shape under ``column_N``.
    """

    present: bool
    setting: Literal["auto", "present", "absent"] = "auto"
    confidence: float = Field(ge=0.0, le=1.0)
    reasons: dict[str, int] = Field(default_factory=dict)
    masked_names: list[int] = Field(default_factory=list)


class ForeignKey(BaseModel):
    """A declared foreign key (SQL sources)."""

    columns: list[str]
    ref_table: str
    ref_columns: list[str]


class TableSchema(BaseModel):
    """One table (a file is one table)."""

    name: str
    source_location: str
    columns: list[ColumnSchema]
    primary_key: list[str] = Field(default_factory=list)
    foreign_keys: list[ForeignKey] = Field(default_factory=list)
    row_estimate: int | None = None
    format: dict[str, Any] = Field(default_factory=dict)
    standardization: list[dict[str, Any]] = Field(default_factory=list)
    #: delimited files only: the header-row decision (None: Parquet and SQL tables always have names)
    header_row: HeaderRow | None = None

    def column(self, name: str) -> ColumnSchema:
        """Column by standardized name (KeyError if absent)."""
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


class Catalog(BaseModel):
    """The Standard Schema Catalog artifact."""

    run_id: str
    source_type: Literal["file", "sql"]
    location: str
    dialect: str | None = None
    tables: list[TableSchema]
    contract_hash: str | None = None
    policy_version: str | None = None
    schema_hash: str = ""
    #: a file source's content fingerprint when it was read (:mod:`core.ingest.fingerprint`); None for SQL
    source_fingerprint: str | None = None


class MaskedCell(BaseModel):
    """How one column of the sample was masked.

    ``scheme`` ``shape``: every non-null cell holds its format-preserving shape (``Aaaa-9999``) and
    ``tokens`` the keyed token of each row's real value (``None`` for a null), so equality within the
    run survives (see README "Privacy: what is stored"); ``placeholder``: cells hold ``<ENTITY>``
    placeholders (older packs, golden sets)."""

    column: str
    entity_types: list[str]
    cells_masked: int
    scheme: str = "placeholder"
    reason: str = ""
    tokens: list[str | None] = Field(default_factory=list)


class SamplePack(BaseModel):
    """Masked, capped, deterministic sample rows (data_mode only)."""

    run_id: str
    table: str
    seed: int
    strategy: str
    rows_max: int
    bytes_max: int
    row_count: int
    byte_size: int
    source_row_count: int | None = None
    columns: list[str]
    rows: list[dict[str, Any]]
    pii_mask_applied: bool
    masking: list[MaskedCell] = Field(default_factory=list)
    catalog_hash: str | None = None
    contract_hash: str | None = None
    policy_version: str | None = None
