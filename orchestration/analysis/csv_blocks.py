"""Pull-based, bounded reading of a CSV table: byte blocks cut on record boundaries, parsed by Polars.

Polars' streaming engine reads ahead of a slower consumer (``collect_batches``/``sink_batches``
buffered the whole 2M-row file while the first batch was being profiled), so its memory grows
with the file. Here the reader pulls one block at a time (:mod:`core.csv_records`: blocks cut on
record boundaries, shared with the Migration stage), and each block is parsed with
``polars.read_csv`` using the schema the ingest scan infers (:meth:`core.ingest.files.FileTable.scan`),
the same delimiter and the same blank-record rule. A value that does not parse as its column's inferred type turns that
column to text from that block on (as the ingest scan's fallback does), so no row is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from io import BytesIO

import polars as pl

from core.csv_records import prefetched, record_blocks, row_bytes
from core.errors import DeterministicFailure
from core.ingest.files import FileTable

__all__ = ["prefetched", "record_blocks", "stream_csv"]

_PARSE_ERR = re.compile(r"could not parse .* as dtype .* at column '([^']+)'", re.S)


def _parse(t: FileTable, block: bytes, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    for _ in range(len(schema) + 1):
        try:
            frame = pl.read_csv(BytesIO(block), has_header=False, separator=t.fmt["delimiter"], schema=schema,
                                encoding="utf8", truncate_ragged_lines=False, raise_if_empty=False)
        except pl.exceptions.PolarsError as exc:
            m = _PARSE_ERR.search(str(exc))
            if m is None or m.group(1) not in schema or schema[m.group(1)] == pl.String():
                raise DeterministicFailure(f"{t.path.name}: {(str(exc).splitlines() or ['parse error'])[0]}; re-run "
                                           "ingest on the file as it is now", stage="ANALYSIS",
                                           file=str(t.path)) from None
            schema[m.group(1)] = pl.String()
            t.overrides[m.group(1)] = pl.String()
            continue
        blank = pl.all_horizontal(pl.all().is_null())
        return frame.filter(~blank) if frame.select(blank.any()).item() else frame  # no copy when none is blank
    raise DeterministicFailure(f"{t.path.name}: schema did not settle", stage="ANALYSIS", file=str(t.path))


def stream_csv(t: FileTable, rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
    """Call ``consume`` with the table's rows, about ``rows`` at a time; the reader thread parses the
    next block while the consumer works (one block parsed ahead at most)."""
    schema = dict(t.scan().collect_schema())
    block_bytes = max(1 << 12, int(rows * row_bytes(t.read_path)))
    frames = (_parse(t, block, schema) for block in record_blocks(t.read_path, block_bytes))
    for frame in prefetched(frames):
        if frame.height:
            consume(frame)
