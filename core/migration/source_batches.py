"""Reading a migration's source in batches of bounded size: a frame, a lazy scan, a CSV or Parquet file.

Polars' batch streams (``collect_batches``) read ahead of a slower consumer, so their memory grows
with the file; a CSV or Parquet file given as a path is read by bounded readers instead (CSV:
record blocks of :mod:`core.csv_records`; Parquet: slices, each reading the row groups it spans).
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import polars as pl

from core.csv_records import prefetched, record_blocks, row_bytes

__all__ = ["SourceData", "batches", "file_batches", "lazy", "source_rows"]

#: a source: a frame, a lazy scan (read by Polars in batches), or a CSV / Parquet file read by a bounded reader
SourceData = pl.DataFrame | pl.LazyFrame | Path


def lazy(source: SourceData) -> pl.DataFrame | pl.LazyFrame:
    """The source as a frame or lazy scan (a CSV file: every value as text)."""
    if isinstance(source, Path):
        return pl.scan_parquet(source) if source.suffix == ".parquet" else pl.scan_csv(source, infer_schema=False)
    return source


def source_rows(source: SourceData) -> int:
    """Row count of the source (Parquet: its metadata; a lazy scan: a projection-free count)."""
    if isinstance(source, pl.DataFrame):
        return source.height
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
    if isinstance(source, Path):
        yield from file_batches(source, columns, rows)
    elif isinstance(source, pl.DataFrame):
        yield from source.select(columns).iter_slices(rows)
    else:
        yield from source.select(columns).collect_batches(chunk_size=rows)
