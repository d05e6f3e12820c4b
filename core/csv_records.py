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
from typing import BinaryIO, TypeVar

T = TypeVar("T")
QUOTE = b'"'


def record_end(buf: bytes, *, last: bool, start: int = 0) -> int:
    """Index of the first or last line break of ``buf[start:]`` outside quotes (-1: none); ``start`` is a
    record boundary."""
    pos = len(buf) if last else start - 1
    while True:
        pos = buf.rfind(b"\n", start, pos) if last else buf.find(b"\n", pos + 1)
        if pos < 0 or buf.count(QUOTE, start, pos) % 2 == 0:
            return pos


def header_end(buf: bytes) -> int:
    """Index just past the header record of ``buf`` (blank lines before it skipped, as the parser does),
    or -1 when ``buf`` does not hold the whole header."""
    start = 0
    while True:
        nl = buf.find(b"\n", start)
        if nl < 0:
            return -1
        if buf[start:nl] not in (b"", b"\r"):
            break
        start = nl + 1
    cut = record_end(buf, last=False, start=start)
    return -1 if cut < 0 else cut + 1


def stream_blocks(fh: BinaryIO, block_bytes: int, first_bytes: int | None = None, *,
                  skip_header: bool = True) -> Iterator[bytes]:
    """Successive blocks of the data records read from ``fh`` (a forward-only stream of the file's UTF-8
    text, header first), each of whole records; the header record and blank lines before it are skipped
    (``skip_header=False``: a file without a header row, whose first record is data).

    A block is read, cut after its last record boundary, and the cut-off record starts the next block;
    a record longer than a block grows it. Memory: about two blocks. ``first_bytes``: a smaller first read, the
    next ones 4x larger up to ``block_bytes`` (a reader that stops after a few rows reads and parses few).
    """
    carry, header = b"", skip_header
    size = min(first_bytes or block_bytes, block_bytes)
    while True:
        data = fh.read(size)
        eof = len(data) < size
        size = min(size * 4, block_bytes)
        buf = carry + data if carry else data
        if header:
            cut = header_end(buf)
            if cut < 0:
                if eof:
                    return
                carry = buf
                continue
            buf, header = buf[cut:], False
        if eof:
            if buf.strip():
                yield buf
            return
        cut = record_end(buf, last=True)
        if cut < 0:
            carry = buf
            continue
        yield buf if cut + 1 == len(buf) else buf[:cut + 1]
        carry = buf[cut + 1:]


def record_blocks(path: Path, block_bytes: int) -> Iterator[bytes]:
    """Successive blocks of the file's data records (the header skipped), each whole records
    (:func:`stream_blocks` over the file)."""
    with path.open("rb") as fh:
        yield from stream_blocks(fh, block_bytes)


def head_row_bytes(fh: BinaryIO) -> float:
    """Average bytes per line of the first MiB read from ``fh`` (to size blocks in rows)."""
    head = fh.read(1 << 20)
    return len(head) / max(head.count(b"\n"), 1)


def row_bytes(path: Path) -> float:
    """Average bytes per line of the file's first MiB (to size blocks in rows)."""
    with path.open("rb") as fh:
        return head_row_bytes(fh)


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
        if threading.current_thread() is not worker:  # an abandoned reader may be collected on its own worker
            worker.join(timeout=5)
