"""Ports of the ingest stage: what a source must offer, and how a sample is asked for."""

from __future__ import annotations

from typing import Literal, Protocol, runtime_checkable

import polars as pl
from pydantic import BaseModel, ConfigDict, Field

from core.catalog import TableSchema
from core.contract import SampleCaps


class SamplePlan(BaseModel):
    """A deterministic sampling request for one table (ROADMAP §9, §41).

    Rows are ranked by a seeded hash of ``key_columns`` (all columns when empty) and the lowest
    ranks win, so the same seed over the same data always yields the same rows whatever their
    physical order. With ``strata`` set, rows are ranked within each stratum first and strata are
    interleaved (equal allocation, round-robin), so every stratum is represented before any gets a
    second row. ``rows_max`` and ``bytes_max`` cap the result (bytes = UTF-8 JSON of the rows).
    """

    model_config = ConfigDict(frozen=True)

    seed: int = 0
    rows_max: int = Field(gt=0)
    bytes_max: int = Field(gt=0)
    key_columns: list[str] = Field(default_factory=list)
    strata: str | None = None
    strata_kind: Literal["value", "month"] | None = None

    @property
    def strategy(self) -> str:
        """Short human-readable description recorded in the Sample Pack."""
        key = "+".join(self.key_columns) if self.key_columns else "row"
        base = f"hash({key}, seed={self.seed})"
        if self.strata:
            return f"stratified[{self.strata}:{self.strata_kind or 'value'}] {base}"
        return base


@runtime_checkable
class SourcePort(Protocol):
    """A read-only data source: a file, a folder of files, or a SQL database."""

    @property
    def source_type(self) -> Literal["file", "sql"]:
        """``file`` or ``sql``."""
        ...

    @property
    def location(self) -> str:
        """Where the data is (path or URL with any password removed)."""
        ...

    @property
    def dialect(self) -> str | None:
        """SQL dialect (sqlglot name) or ``None`` for files."""
        ...

    def introspect(self, *, with_stats: bool) -> list[TableSchema]:
        """Tables with standardized columns, logical types, keys and statistics.

        ``with_stats=False`` limits statistics to what is safe in metadata_only (counts and
        lengths for files, catalog row estimates for SQL); ``True`` adds value-derived ones.
        Raises DeterministicFailure on bad input.
        """
        ...

    def sample(self, table: str, plan: SamplePlan) -> pl.DataFrame:
        """Deterministic sample of ``table`` (standardized column names) under ``plan``'s caps."""
        ...


@runtime_checkable
class SamplePrefetch(Protocol):
    """Optional: a source that can draw samples during :meth:`SourcePort.introspect` (fewer passes).

    The catalog stage calls :meth:`expect_samples` before ``introspect`` only when the run's policy
    allows row samples and the contract has sample caps; the samples returned later by
    :meth:`SourcePort.sample` must be exactly those a separate pass would give.
    """

    def expect_samples(self, caps: SampleCaps, seed: int) -> None:
        """Samples will be asked for under ``caps`` with ``seed``."""
        ...
