"""Reading a migration's source in batches of bounded size: a frame, a lazy scan, a CSV or Parquet file,
or a :class:`BatchReader` (a file table parsed block by block straight from the file: no copy at rest).

Polars' batch streams (``collect_batches``) read ahead of a slower consumer, so their memory grows
with the file; a CSV or Parquet file given as a path is read by bounded readers instead (CSV:
record blocks of :mod:`core.csv_records`; Parquet: slices, each reading the row groups it spans).
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Protocol, runtime_checkable

import polars as pl

from core.csv_records import prefetched, record_blocks, row_bytes

__all__ = ["BatchReader", "SourceData", "batches", "file_batches", "lazy", "source_rows"]


@runtime_checkable
class BatchReader(Protocol):
    """A source table that reads itself in bounded batches (e.g. a file table, :mod:`core.migration.table_source`)."""

    def count(self) -> int:
        """Its rows."""
        ...

    def scan(self) -> pl.LazyFrame:
        """A lazy scan of it (the same names and types as its batches)."""
        ...

    def batches(self, columns: list[str], rows: int) -> Iterator[pl.DataFrame]:
        """Its ``columns`` in order, about ``rows`` rows at a time."""
        ...


#: a source: a frame, a lazy scan (read by Polars in batches), a CSV / Parquet file read by a bounded reader,
#: or a reader of its own batches
SourceData = pl.DataFrame | pl.LazyFrame | Path | BatchReader


def lazy(source: SourceData) -> pl.DataFrame | pl.LazyFrame:
    """The source as a frame or lazy scan (a CSV file: every value as text)."""
    if isinstance(source, Path):
        return pl.scan_parquet(source) if source.suffix == ".parquet" else pl.scan_csv(source, infer_schema=False)
    if isinstance(source, BatchReader):
        return source.scan()
    return source


def source_rows(source: SourceData) -> int:
    """Row count of the source (Parquet: its metadata; a lazy scan: a projection-free count)."""
    if isinstance(source, pl.DataFrame):
        return source.height
    if isinstance(source, BatchReader):
        return source.count()
    if isinstance(source, Path) and source.suffix == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(source).metadata.num_rows)
    return int(lazy(source).select(pl.len()).collect().item())  # type: ignore[union-attr]


def file_batches(path: Path, columns: list[str], rows: int) -> Iterator[pl.DataFrame]:
    """A file in batches of about ``rows`` rows, one batch in memory at a time (two while reading ahead).

    Parquet: slices of ``rows`` rows (each reads the row groups it spans); CSV: blocks cut on record boundaries
    (:mod:`core.csv_records`), every value as text.
    """
    if path.suffix == ".parquet":  # a slice reads only the row groups it spans
        scan = pl.scan_parquet(path).select(columns)
        for offset in range(0, source_rows(path), rows):
            yield scan.slice(offset, rows).collect()
        return
    header = pl.read_csv(path, n_rows=0, infer_schema=False).columns
    schema = dict.fromkeys(header, pl.String())
    block_bytes = max(1 << 12, int(rows * row_bytes(path)))
    for block in prefetched(record_blocks(path, block_bytes)):
        yield pl.read_csv(BytesIO(block), has_header=False, schema=schema, raise_if_empty=False).select(columns)


def batches(source: SourceData, columns: list[str], rows: int) -> Iterator[pl.DataFrame]:
    """The source's ``columns`` in batches of about ``rows`` rows, in order."""
    if isinstance(source, BatchReader):
        yield from source.batches(columns, rows)
    elif isinstance(source, Path):
        yield from file_batches(source, columns, rows)
    elif isinstance(source, pl.DataFrame):
        yield from source.select(columns).iter_slices(rows)
    else:
        yield from source.select(columns).collect_batches(chunk_size=rows)
