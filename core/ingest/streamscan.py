"""Reading a decoded text file (gzip'd, non-UTF-8, lone-CR) as a table without any copy of it (issue 11).

Polars' CSV scan wants a plain UTF-8 file it can memory-map. A file that must be decoded first is instead
read through :class:`core.ingest.textstream.DecodedText` (decompressed and decoded one chunk at a time) and
given to Polars as a lazy scan of its own (a Polars IO source, :func:`decoded_scan`): each time a query
runs, the file is decoded again from its start and parsed in blocks of whole records
(:func:`core.csv_records.stream_blocks`), each by ``polars.read_csv`` with the table's schema. Memory is a
few blocks whatever the file's size; nothing is written anywhere.

The parse result is the plain file's: the same header rule (blank lines before it skipped), the same
schema inference (Polars' own, over a head holding more than the ``INFER_ROWS`` records it looks at), the
same parser per block, so the same values, nulls and row order; a value that does not parse as its
inferred type raises Polars' own error, which the ingest fallback turns into a text column as for a plain
file. The checks that read every line (short lines, exact field counts, quoting) read the stream too.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

import polars as pl
from polars.io.plugins import register_io_source

from core.csv_records import head_row_bytes, prefetched, record_end, stream_blocks
from core.ingest.textstream import DecodedText

__all__ = ["count_short_lines", "decoded_scan", "header_fields", "infer_schema"]

_DEFAULT_BATCH = 100_000
_MIN_BLOCK = 1 << 16
_MAX_BLOCK = 1 << 24  # a head of few, long lines must not ask for a huge block
_LINE_BLOCK = 1 << 22
_FIRST_BLOCK = 1 << 20  # a query that stops early (the key probe's head) reads little


def _head(text: DecodedText, delimiter: str, records: int) -> bytes:
    """The first bytes of the text, whole records, holding more than ``records`` rows (or the whole text)."""
    with text.open() as fh:
        buf, size = b"", 1 << 20
        while True:
            more = fh.read(size)
            buf += more
            if len(more) < size:
                return buf
            if buf.count(b"\n") > records:
                cut = record_end(buf, last=True)
                if cut >= 0 and pl.read_csv(BytesIO(buf[:cut + 1]), separator=delimiter, infer_schema=False,
                                            truncate_ragged_lines=True, raise_if_empty=False).height > records:
                    return buf[:cut + 1]
            size *= 2


def header_fields(text: DecodedText, delimiter: str) -> int:
    """How many fields the parser sees in the header (as :func:`core.ingest.files._check_header` counts)."""
    with text.open() as fh:
        head = fh.read(1 << 20)
        while b"\n" not in head.lstrip(b"\r\n") and (more := fh.read(1 << 20)):
            head += more
    return len(pl.scan_csv(BytesIO(head), separator=delimiter, has_header=True, infer_schema=False,
                           encoding="utf8", raise_if_empty=False, truncate_ragged_lines=True).collect_schema())


def infer_schema(text: DecodedText, delimiter: str, columns: list[str], infer_rows: int, *,
                 has_header: bool = True) -> dict[str, pl.DataType]:
    """The column types Polars infers for the file (from its first ``infer_rows`` records), before overrides."""
    head = _head(text, delimiter, infer_rows + 16)
    return dict(pl.scan_csv(BytesIO(head), separator=delimiter, has_header=has_header, new_columns=columns,
                            infer_schema_length=infer_rows, encoding="utf8", truncate_ragged_lines=False,
                            raise_if_empty=False).collect_schema())


def _frames(text: DecodedText, delimiter: str, schema: dict[str, pl.DataType], with_columns: list[str] | None,
            predicate: pl.Expr | None, n_rows: int | None, batch_size: int | None,
            has_header: bool = True) -> Iterator[pl.DataFrame]:
    with text.open() as fh:
        block = min(_MAX_BLOCK, max(_MIN_BLOCK, int((batch_size or _DEFAULT_BATCH) * head_row_bytes(fh))))
    left = n_rows

    def parsed() -> Iterator[pl.DataFrame]:
        with text.open() as fh:
            for data in stream_blocks(fh, block, first_bytes=_FIRST_BLOCK, skip_header=has_header):
                yield pl.read_csv(BytesIO(data), has_header=False, separator=delimiter, schema=schema,
                                  encoding="utf8", truncate_ragged_lines=False, raise_if_empty=False)

    for frame in prefetched(parsed()):  # the next block is decoded and parsed while this one is consumed
        if predicate is not None:
            frame = frame.filter(predicate)
        if with_columns is not None:
            frame = frame.select(with_columns)
        if left is not None:
            frame, left = frame.head(left), left - min(left, frame.height)
        if frame.height:
            yield frame
        if left == 0:
            return


def decoded_scan(text: DecodedText, delimiter: str, schema: dict[str, pl.DataType], *,
                 has_header: bool = True) -> pl.LazyFrame:
    """A lazy scan of the decoded file under ``schema`` (its names and types), read anew by each query
    (``has_header=False``: the first record is data)."""
    fixed = dict(schema)

    def source(with_columns: list[str] | None, predicate: pl.Expr | None, n_rows: int | None,
               batch_size: int | None) -> Iterator[pl.DataFrame]:
        return _frames(text, delimiter, fixed, with_columns, predicate, n_rows, batch_size, has_header)

    return register_io_source(source, schema=fixed, explain_name="decoded CSV", explain_detail=text.path.name)


def _line_blocks(text: DecodedText) -> Iterator[bytes]:
    """The decoded text in blocks of whole lines (the last one may lack its line break)."""
    carry = b""
    with text.open() as fh:
        while True:
            data = fh.read(_LINE_BLOCK)
            buf = carry + data if carry else data
            end = len(buf) if not data else buf.rfind(b"\n") + 1
            if end:
                yield buf[:end]
            if not data:
                return
            carry = buf[end:]


def count_short_lines(text: DecodedText, delimiter: str, want: int) -> tuple[int, int]:
    """(lines holding fewer than ``want`` delimiters that are not empty, bytes of the decoded text): the fast
    line check of :func:`core.ingest.linecheck.check_lines` (the same Polars line query) over the decoded stream,
    one block of whole lines at a time (the next one decoded on a thread meanwhile)."""
    line = pl.col("l")
    short = ((line.str.count_matches(delimiter, literal=True) < want) & (line.str.len_bytes() > 0)).sum()
    flagged = total = 0
    for part in prefetched(_line_blocks(text)):
        total += len(part)
        flagged += int(pl.scan_lines(BytesIO(part), name="l").select(short).collect().item())
    return flagged, total
