"""A file table read in bounded batches straight from the file (a gzip'd or non-UTF-8 file: decoded as read).

CSV: byte blocks cut on record boundaries (:mod:`core.csv_records`: pull-based, so a slow consumer
never makes the reader buffer the file ahead) of the file's UTF-8 text (:meth:`core.ingest.files.FileTable.open_text`:
the file itself, or its decoding block by block, never a copy), each parsed by ``polars.read_csv`` with the schema of
the ingest scan (:meth:`core.ingest.files.FileTable.scan`), its delimiter and its blank-record rule.
A value that does not parse as its column's type turns that column to text from that block on (as
the ingest scan's fallback does, recorded in ``table.overrides``), so no row is dropped. Parquet:
row slices of the scan (each reads the row groups it spans). Nothing is written anywhere: a reader
of the whole source (Analysis, Migration) needs no copy of it at rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO

import polars as pl

from core.csv_records import head_row_bytes, prefetched, stream_blocks
from core.error_text import redact
from core.errors import DeterministicFailure
from core.ingest.files import FileTable, with_fallback

__all__ = ["parse_block", "table_batches", "table_rows"]

_PARSE_ERR = re.compile(r"could not parse .* as dtype .* at column '([^']+)'", re.S)


def parse_block(t: FileTable, block: bytes, schema: dict[str, pl.DataType], stage: str) -> pl.DataFrame:
    """Rows of one CSV block under ``schema`` (a column whose value does not parse turns to text)."""
    for _ in range(len(schema) + 1):
        try:
            frame = pl.read_csv(BytesIO(block), has_header=False, separator=t.fmt["delimiter"], schema=schema,
                                encoding="utf8", truncate_ragged_lines=False, raise_if_empty=False)
        except pl.exceptions.PolarsError as exc:
            m = _PARSE_ERR.search(str(exc))
            if m is None or m.group(1) not in schema or schema[m.group(1)] == pl.String():
                cause = redact((str(exc).splitlines() or ["parse error"])[0])
                raise DeterministicFailure(f"{t.path.name}: {cause}; re-run ingest on the file as it is now",
                                           stage=stage, file=str(t.path)) from None
            schema[m.group(1)] = pl.String()
            t.overrides[m.group(1)] = pl.String()
            continue
        blank = pl.all_horizontal(pl.all().is_null())
        return frame.filter(~blank) if frame.select(blank.any()).item() else frame  # no copy when none is blank
    raise DeterministicFailure(f"{t.path.name}: schema did not settle", stage=stage, file=str(t.path))


def table_batches(t: FileTable, rows: int, *, stage: str) -> Iterator[pl.DataFrame]:
    """The table's rows, about ``rows`` at a time, named and typed as its scan (CSV: the next block is
    parsed on a thread while the consumer works, one block ahead at most). Empty batches are skipped."""
    if t.kind == "parquet":
        done = 0
        while True:  # a slice reads only the row groups it needs
            batch = t.scan().slice(done, rows).collect()
            if batch.height:
                yield batch
            if batch.height < rows:
                return
            done += batch.height
    schema = dict(t.scan().collect_schema())
    with t.open_text() as fh:
        block_bytes = min(1 << 26, max(1 << 12, int(rows * head_row_bytes(fh))))

    def frames() -> Iterator[pl.DataFrame]:
        with t.open_text() as fh:
            for block in stream_blocks(fh, block_bytes, skip_header=t.has_header):
                yield parse_block(t, block, schema, stage)

    for frame in prefetched(frames()):
        if frame.height:
            yield frame


def table_rows(t: FileTable) -> int:
    """Data rows of the table (blank records are not rows), counted by a streaming pass."""
    return int(with_fallback(t, lambda lf: lf.select(pl.len()).collect(engine="streaming").item()))
