"""Pull-based, bounded reading of a CSV table: byte blocks cut on record boundaries, parsed by Polars.

Polars' streaming engine reads ahead of a slower consumer (``collect_batches``/``sink_batches``
buffered the whole 2M-row file while the first batch was being profiled), so its memory grows
with the file. Here the reader pulls one block at a time (:mod:`core.ingest.table_batches`: blocks of
:mod:`core.csv_records` parsed with the ingest scan's schema, shared with the Migration stage), a
value that does not parse as its column's inferred type turning that column to text from that block
on (as the ingest scan's fallback does), so no row is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from core.csv_records import prefetched, record_blocks
from core.ingest.files import FileTable
from core.ingest.table_batches import table_batches

__all__ = ["prefetched", "record_blocks", "stream_csv"]


def stream_csv(t: FileTable, rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
    """Call ``consume`` with the table's rows, about ``rows`` at a time; the reader thread parses the
    next block while the consumer works (one block parsed ahead at most)."""
    for frame in table_batches(t, rows, stage="ANALYSIS"):
        consume(frame)
