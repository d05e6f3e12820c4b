"""Artifacts and records of the Migration stage (ROADMAP §14, §34, §37, §45)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.display import Table
from dsl.models import Pipeline

TargetType = Literal["string", "int", "decimal", "float", "date", "datetime", "bool"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Disposition(StrEnum):
    """Write dispositions (§34): how the staged rows reach the final table."""

    REPLACE = "replace"
    APPEND = "append"
    MERGE = "merge"
    #: slowly changing dimension type 2: changed rows close their current version (valid_to) and
    #: open a new one (valid_from); unchanged rows stay as they are (adapters/targets/scd2.py)
    SCD2 = "scd2"


class TargetColumn(_Frozen):
    """One column of the target table with the constraints a loaded row must satisfy."""

    name: str = Field(min_length=1)
    type: TargetType = "string"
    nullable: bool = True
    key: bool = False
    max_length: int | None = Field(default=None, gt=0)
    allowed_values: list[str] | None = None
    regex: str | None = None
    #: source columns this target column is computed from (lineage; used to tell a transform
    #: failure, a non-null input that came out null, from a value that was missing at the source)
    sources: list[str] = Field(default_factory=list)


class ForeignKey(_Frozen):
    """``columns`` of the target reference ``ref_columns`` of ``ref_table`` in the same database."""

    columns: list[str]
    ref_table: str
    ref_columns: list[str]


class ColumnPipeline(_Frozen):
    """One DSL pipeline of the plan and which target column each of its outputs fills."""

    pipeline: Pipeline
    #: pipeline output -> target column
    outputs: dict[str, str]


class MigrationSpec(_Frozen):
    """Everything the migration engine needs, compiled from an accepted Mapping Plan.

    ``pipelines`` read source columns and together write exactly the target columns (each
    target column from one pipeline output; a column no pipeline fills is loaded as null);
    ``key`` names the target key columns that chunking, de-duplication and merge use.
    """

    run_id: str = Field(min_length=1)
    table: str = Field(min_length=1)
    columns: list[TargetColumn]
    key: list[str]
    pipelines: list[ColumnPipeline]
    input_types: dict[str, str]
    disposition: Disposition = Disposition.REPLACE
    batch_size: int = Field(default=50_000, gt=0)
    foreign_keys: list[ForeignKey] = Field(default_factory=list)
    validation_checks: list[str] = Field(default_factory=lambda: ["row_count", "checksum", "fk_check"])

    @model_validator(mode="after")
    def _consistent(self) -> MigrationSpec:
        names = [c.name for c in self.columns]
        if len(set(names)) != len(names):
            raise ValueError("target columns must be unique")
        if not self.key:
            raise ValueError("a migration needs a key (natural, composite or surrogate) for chunking and merge")
        missing = [k for k in self.key if k not in names]
        if missing:
            raise ValueError(f"key columns {missing} are not target columns")
        filled = [t for p in self.pipelines for t in p.outputs.values()]
        unknown = sorted(set(filled) - set(names))
        if unknown or len(set(filled)) != len(filled):
            raise ValueError(f"pipelines must fill distinct target columns of {names}; they fill {filled}")
        for p in self.pipelines:
            bad = sorted(set(p.outputs) - set(p.pipeline.outputs))
            if bad:
                raise ValueError(f"{bad} are not outputs of their pipeline")
        return self

    @property
    def source_columns(self) -> list[str]:
        """Every source column some pipeline reads (first-seen order)."""
        return list(dict.fromkeys(c for p in self.pipelines for c in p.pipeline.inputs))

    @property
    def plan_hash(self) -> str:
        """Hash of every pipeline with its output mapping (identity of the transformation)."""
        import hashlib

        parts = [f"{p.pipeline.content_hash()}:{sorted(p.outputs.items())}" for p in self.pipelines]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()

    def column(self, name: str) -> TargetColumn:
        """The target column called ``name``."""
        return next(c for c in self.columns if c.name == name)


class ChunkStatus(StrEnum):
    """Checkpoint status of one chunk."""

    DONE = "done"
    FAILED = "failed"


class Checkpoint(_Frozen):
    """§37 checkpoint record of one chunk (stored in the target database with the chunk's rows)."""

    run_id: str
    stage: str = "MIGRATION"
    chunk_id: int
    content_hash: str
    started_at: datetime
    finished_at: datetime
    row_count_in: int
    row_count_out: int
    quarantined: int
    checksum: str
    validations: dict[str, int] = Field(default_factory=dict)
    #: merge: valid rows the final table already held as they are, not staged (core.migration.unchanged);
    #: ``row_count_in = row_count_out + unchanged + quarantined``
    unchanged: int = 0
    status: ChunkStatus = ChunkStatus.DONE
    next_action: str = "promote"
    owner: str = ""
    #: the source snapshot the chunk was built from (:mod:`core.migration.source_id`; "" unknown)
    source_id: str = ""


class QuarantineRecord(_Frozen):
    """§37 quarantine record: no raw value, only a keyed token of the key and masked previews."""

    run_id: str
    chunk_id: int
    key_token: str
    reason_codes: list[str]
    masked_preview_before: dict[str, str | None]
    masked_preview_after: dict[str, str | None]
    diff: list[str]
    rbac_required_role: str = "Operator"


class ValidationResult(_Frozen):
    """One pre-promotion validation (§14): name, pass/fail and the figures compared."""

    name: str
    passed: bool
    expected: str
    actual: str
    detail: str = ""


def validations_table(checks: list[ValidationResult]) -> Table:
    """The validations as a person reads them: name, passed, expected, actual."""
    return Table.of(["validation", "passed", "expected", "actual"],
                    [[c.name, "yes" if c.passed else "NO", c.expected, c.actual] for c in checks])


class TargetNotice(_Frozen):
    """Something the target met that did not fail the work but a person should see (a warning on the ledger):
    e.g. a chunk lease that could not be released after its chunk was committed (:mod:`core.migration.notices`)."""

    #: the ledger action's suffix (``migration.<kind>``), e.g. ``lease_release_failed``
    kind: str
    chunk_id: int | None = None
    #: what happened and why nothing is lost (no value of a row in it)
    message: str


class ChunkResult(_Frozen):
    """What processing one chunk did (``noop``: an identical checkpoint already existed)."""

    chunk_id: int
    noop: bool
    checkpoint: Checkpoint
    #: warnings of the target while writing it (the chunk is written and checkpointed all the same)
    notices: list[TargetNotice] = Field(default_factory=list)


class MigrationRun(_Frozen):
    """The Migration Run artifact (Phase 5): pre-flight, chunks, validations, promotion."""

    run_id: str
    table: str
    target: str
    disposition: Disposition
    strategy: Literal["ETL", "ELT"] = "ETL"
    strategy_reason: str = ""
    chunks: int
    rows_in: int
    rows_loaded: int
    rows_quarantined: int
    checksum: str
    validations: list[ValidationResult]
    promoted: bool
    #: merge: rows the final table already held as they are (neither staged nor written)
    rows_unchanged: int = 0
    previous_table: str | None = None
