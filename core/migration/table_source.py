"""A file table as a migration source: read block by block straight from the file, never copied to disk.

Before, a file source was first written whole to a temporary Parquet file (every value in clear at
rest) and the migration read that. Now the migration's single pass reads the file itself (CSV
blocks cut on record boundaries, Parquet row slices: :mod:`core.ingest.table_batches`); a gzip'd or
non-UTF-8 file decoded block by block as it is read (:mod:`core.ingest.textstream`: no copy, on disk or
in memory). Only the sealed spill (:mod:`core.migration.sealed`) reaches the disk.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from core.catalog import TableSchema
from core.ingest.files import FileTable
from core.ingest.table_batches import table_batches, table_rows
from core.migration.source_id import file_fingerprint

__all__ = ["FileTableSource"]

_TEXT = {"String", "Utf8", "str"}


class FileTableSource:
    """A :class:`core.migration.source_batches.BatchReader` over an opened file table.

    ``catalog``: the table as the ingest stage recorded it; a column it settled as text (a value after
    the type-inference window did not parse) is read as text from the first row, so the whole pass
    and any later re-read (a duplicate key's preview) see the same types.
    """

    def __init__(self, table: FileTable, catalog: TableSchema | None = None) -> None:
        self.table = table
        if catalog is not None:
            for col in catalog.columns:
                if col.physical_type in _TEXT and col.name in table.columns:
                    table.overrides.setdefault(col.name, pl.String())

    def fingerprint(self) -> str:
        """The file's snapshot id (:func:`core.migration.source_id.file_fingerprint`: path, size, mtime, inode)."""
        return file_fingerprint(self.table.path)

    def count(self) -> int:
        """Data rows of the file (blank records are not rows)."""
        return table_rows(self.table)

    def scan(self) -> pl.LazyFrame:
        """The table's lazy scan (standardized names, settled types)."""
        return self.table.scan()

    def batches(self, columns: list[str], rows: int) -> Iterator[pl.DataFrame]:
        """``columns`` about ``rows`` rows at a time."""
        for batch in table_batches(self.table, rows, stage="MIGRATION"):
            yield batch.select(columns)
