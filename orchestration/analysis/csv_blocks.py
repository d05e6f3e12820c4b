"""Pull-based, bounded reading of a CSV table: byte blocks cut on record boundaries, parsed by Polars.

Polars' streaming engine reads ahead of a slower consumer (``collect_batches``/``sink_batches``
buffered the whole 2M-row file while the first batch was being profiled), so its memory grows
with the file. Here the reader pulls one block at a time: a block ends on the last line break
outside quotes (an even count of quote characters before it, which holds for RFC 4180 CSV where a
quote inside a value is doubled), and each block is parsed with ``polars.read_csv`` using the
schema the ingest scan infers (:meth:`core.ingest.files.FileTable.scan`), the same delimiter and
the same blank-record rule. A value that does not parse as its column's inferred type turns that
column to text from that block on (as the ingest scan's fallback does), so no row is dropped.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path
from typing import TypeVar

import polars as pl

from core.errors import DeterministicFailure
from core.ingest.files import FileTable

T = TypeVar("T")
QUOTE = b'"'
_PARSE_ERR = re.compile(r"could not parse .* as dtype .* at column '([^']+)'", re.S)


def _boundary(buf: bytes, *, last: bool) -> int:
    """Index of the first or last line break of ``buf`` outside quotes (-1: none)."""
    pos = len(buf) if last else -1
    while True:
        pos = buf.rfind(b"\n", 0, pos) if last else buf.find(b"\n", pos + 1)
        if pos < 0 or buf.count(QUOTE, 0, pos) % 2 == 0:
            return pos


def record_blocks(path: Path, block_bytes: int) -> Iterator[bytes]:
    """Successive blocks of the file's data records (the header line skipped), each whole records.

    A block is read, cut after its last record boundary, and the next read starts right there
    (no carried bytes are copied); a record longer than the block doubles the read size.
    """
    with path.open("rb") as fh:
        start, size, header = 0, block_bytes, True
        while True:
            fh.seek(start)
            data = fh.read(size)
            if not data:
                return
            eof = len(data) < size
            if header:
                cut = _boundary(data, last=False)
                if cut < 0 and not eof:
                    size *= 2
                    continue
                start, header = start + cut + 1 if cut >= 0 else start + len(data), False
                size = block_bytes
                continue
            if eof:
                if data.strip():
                    yield data
                return
            cut = _boundary(data, last=True)
            if cut < 0:
                size *= 2
                continue
            yield data if cut + 1 == len(data) else data[:cut + 1]
            start, size = start + cut + 1, block_bytes


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


def _row_bytes(path: Path) -> float:
    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    return len(head) / max(head.count(b"\n"), 1)


def prefetched(blocks: Iterator[T]) -> Iterator[T]:
    """``blocks`` produced one ahead on a thread (reading, cutting and parsing overlap the consumer's
    work; the item being produced and one waiting at most)."""
    slot: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item: tuple[str, object]) -> bool:
        while not stop.is_set():
            try:
                slot.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for block in blocks:
                if not put(("block", block)):
                    return
            put(("end", None))
        except BaseException as exc:  # handed to the consumer's thread
            put(("error", exc))

    worker = threading.Thread(target=run, name="mapwright-csv-blocks", daemon=True)
    worker.start()
    try:
        while True:
            kind, item = slot.get()
            if kind == "end":
                return
            if kind == "error":
                raise item  # type: ignore[misc]
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join(timeout=5)


def stream_csv(t: FileTable, rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
    """Call ``consume`` with the table's rows, about ``rows`` at a time; the reader thread parses the
    next block while the consumer works (one block parsed ahead at most)."""
    schema = dict(t.scan().collect_schema())
    block_bytes = max(1 << 12, int(rows * _row_bytes(t.read_path)))
    frames = (_parse(t, block, schema) for block in record_blocks(t.read_path, block_bytes))
    for frame in prefetched(frames):
        if frame.height:
            consume(frame)
