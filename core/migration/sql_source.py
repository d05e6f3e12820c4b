"""SQL tables as migration sources (§14): a read-only table read in key-ordered chunks.

The source is named by a SQLAlchemy URL (credentials only as ``${ENV}`` references, like the
ingest sources) and a table (``schema.table`` or ``table``). When the target is the same
database and the plan compiles for its dialect, the ELT strategy reads it in place
(:mod:`core.migration.elt`); otherwise :func:`read_table` pulls it through a
:class:`SqlTableReader` (a read-only session, one consistent snapshot, ordered by the source
columns the target key is computed from, streamed in batches) into the ETL path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

import polars as pl
from pydantic import BaseModel, ConfigDict, Field

from core.migration.models import MigrationSpec


class SqlSourceRef(BaseModel):
    """A source table: URL of its database and its name there."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(min_length=1)
    table: str = Field(min_length=1)


@runtime_checkable
class SqlTableReader(Protocol):
    """Read-only access to one SQL database."""

    @property
    def location(self) -> str:
        """The URL, password hidden."""
        ...

    def read_ordered(self, table: str, columns: list[str], order_by: list[str],
                     batch_rows: int) -> Iterator[pl.DataFrame]:
        """``columns`` of ``table`` ordered by ``order_by`` (then every column), ``batch_rows`` rows at a time."""
        ...


def key_order(spec: MigrationSpec) -> list[str]:
    """The source columns the target key is computed from (lineage), in key order; else every source column."""
    cols = [s for k in spec.key for s in spec.column(k).sources if s in spec.source_columns]
    return list(dict.fromkeys(cols)) or spec.source_columns


def read_chunks(reader: SqlTableReader, table: str, spec: MigrationSpec,
                batch_rows: int | None = None) -> Iterator[pl.DataFrame]:
    """The source columns the plan reads, in key-ordered batches of ``batch_rows`` (default: the batch size)."""
    yield from reader.read_ordered(table, spec.source_columns, key_order(spec), batch_rows or spec.batch_size)


def read_table(reader: SqlTableReader, table: str, spec: MigrationSpec) -> pl.DataFrame:
    """The whole source (the ETL path holds it in memory, as for a file)."""
    parts = list(read_chunks(reader, table, spec))
    if not parts:
        return pl.DataFrame({c: pl.Series(c, [], pl.String) for c in spec.source_columns})
    return pl.concat(parts, how="vertical_relaxed")
