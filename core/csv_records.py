"""Pull-based, bounded reading of a CSV file as byte blocks cut on record boundaries.

Polars' streaming readers read ahead of a slower consumer (``collect_batches`` on a CSV or
Parquet scan buffered most of a 2M-row file), so their memory grows with the file. Here the
reader pulls one block at a time: a block ends on the last line break outside quotes (an even
count of quote characters before it, which holds for RFC 4180 CSV where a quote inside a value is
doubled). Shared by the Analysis stage (profiling) and the Migration stage (preparing chunks).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
QUOTE = b'"'


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


def row_bytes(path: Path) -> float:
    """Average bytes per line of the file's first MiB (to size blocks in rows)."""
    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    return len(head) / max(head.count(b"\n"), 1)


def prefetched(blocks: Iterator[T]) -> Iterator[T]:
    """``blocks`` produced one ahead on a thread (reading, cutting and, when the items are parsed
    frames, parsing overlap the consumer's work; the item being produced and one waiting at most)."""
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
