"""Encoding and dialect sniffing for delimited text files.

Encoding rule (documented behaviour):

1. A UTF-8, UTF-32 or UTF-16 byte-order mark decides the encoding (UTF-32 is tested first: its
   little-endian BOM starts with UTF-16's). When the bytes after a UTF-16/32 BOM do not decode in
   that encoding -> :class:`~core.ingest.errors.InvalidEncoding` naming the byte offset.
2. NUL bytes in the head (without a UTF-16/32 BOM), or no text encoding fits at all ->
   :class:`~core.ingest.errors.NotTextFile` (e.g. a binary file named ``.csv``).
3. A head that decodes as UTF-8, or contains valid multi-byte UTF-8 sequences -> the file is UTF-8.
   Any invalid byte anywhere in it -> InvalidEncoding naming the byte offset (we never silently
   guess a second encoding for a UTF-8 file).
4. Otherwise charset-normalizer's best guess (cp1252, latin-1, ...); the file is decoded to UTF-8
   block by block as it is read (:mod:`core.ingest.textstream`).

Lines follow the parser's (Polars') rule, not Python's ``splitlines``: a record ends at ``\\n``
(a ``\\r`` before it is dropped); VT, FF, FS/GS/RS, NEL, U+2028/U+2029 and a lone ``\\r`` are
ordinary characters. A file with ``\\r`` but no ``\\n`` (classic Mac line endings) has its ``\\r``
turned into ``\\n`` as it is decoded. Empty lines before the header are skipped.

The head is the first 64 KiB, extended until it holds the whole first line (up to
``MAX_HEADER_BYTES``; a longer first line -> :class:`~core.ingest.errors.HeaderTooLong`).

Delimiter: the candidate among ``, \\t ; |`` that splits the first lines into the same number of
fields (> 1) most consistently, parsed with the csv module (so quoted delimiters do not count).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from core.ingest.compression import COMPRESSION_ERRORS, open_binary, read_error
from core.ingest.errors import (
    EmptyFile,
    HeaderTooLong,
    InvalidEncoding,
    NotTextFile,
    SourceFileError,
)

HEAD_BYTES = 64 * 1024
MAX_HEADER_BYTES = 32 * 1024 * 1024
CHUNK = 4 * 1024 * 1024
DELIMITERS = [",", "\t", ";", "|"]
SAMPLE_RECORDS = 200
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
#: BOM -> codec, longest first (the UTF-32-LE BOM starts with the UTF-16-LE one).
_BOM_CODECS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
               (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: what a broken compressed stream raises (:mod:`core.ingest.compression`; the name predates bzip2, xz and zstd)
GZIP_ERRORS = COMPRESSION_ERRORS


@dataclass(frozen=True)
class TextDialect:
    """What sniffing found out about a delimited text file."""

    encoding: str
    delimiter: str
    header: list[str]
    has_bom: bool
    newline: str = "\n"
    #: the records after the first one in the head (at most ``SAMPLE_RECORDS``), for the header-row decision
    sample: list[list[str]] = field(default_factory=list)


def read_head(path: Path, n: int = HEAD_BYTES) -> tuple[bytes, bool]:
    """First ``n`` (decompressed) bytes of ``path``, extended to hold the whole first line.

    Returns ``(head, complete)``; ``complete`` is True when the head is the whole file.
    """
    head = b""
    try:
        with open_binary(path) as f:
            head = f.read(n)
            if len(head) < n:
                return head, True
            while b"\n" not in head.lstrip(b"\r\n") and b"\r" not in head.lstrip(b"\r\n"):
                if len(head) >= MAX_HEADER_BYTES:
                    raise HeaderTooLong(
                        f"{path.name}: no line break in its first {MAX_HEADER_BYTES} bytes", file=path,
                        reason="header_too_long", byte_offset=len(head),
                        fix="check the file is delimited text with one record per line")
                more = f.read(CHUNK)
                if not more:
                    return head, True
                head += more
            cut = head.find(b"\n", len(head) - len(head.lstrip(b"\r\n")))
            if cut > len(head) - n:  # keep some lines after a long header, for delimiter sniffing
                more = f.read(cut + n - len(head))
                head += more
                if not more:
                    return head, True
            return head, False
    except GZIP_ERRORS as exc:
        raise read_error(path, exc, len(head)) from None


def _utf8_prefix_ok(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        return False


def bom_codec(head: bytes) -> tuple[bytes, str] | None:
    """The (BOM, codec) of a UTF-16/32 byte-order mark at the start of ``head``, or None."""
    return next(((b, c) for b, c in _BOM_CODECS if head.startswith(b)), None)


def sniff_encoding(path: Path, head: bytes) -> str:
    """Encoding of the file per the module rule; raises for binary content."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    bom = bom_codec(head)
    if bom is not None:
        return bom[1]
    if b"\x00" in head:
        raise NotTextFile(f"{path.name} is not a text file (NUL bytes in its first bytes)", file=path,
                          reason="binary", byte_offset=head.index(b"\x00"),
                          fix="export the table as delimited text (CSV/TSV) or Parquet")
    if _utf8_prefix_ok(head) or _UTF8_MULTIBYTE.search(head):
        return "utf-8"
    best = from_bytes(head).best()
    if best is None:
        raise NotTextFile(f"{path.name} is not a text file (no text encoding fits)", file=path, reason="binary",
                          fix="export the table as delimited text (CSV/TSV) or Parquet")
    return best.encoding


def check_codec(path: Path, encoding: str) -> str:
    """``encoding`` if Python knows it, else a typed error naming the file."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise SourceFileError(f"unknown encoding {encoding!r} for {path.name}", file=path, reason="unknown_encoding",
                              fix="give a Python codec name such as utf-8, cp1252 or latin-1") from None


def first_invalid_utf8(path: Path) -> int | None:
    """Byte offset (in the decompressed stream) of the first invalid UTF-8 byte, or None."""
    dec = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    try:
        with open_binary(path) as f:
            while chunk := f.read(CHUNK):
                try:
                    dec.decode(chunk, final=False)
                except UnicodeDecodeError as exc:
                    pending = len(dec.getstate()[0])
                    return offset - pending + exc.start
                offset += len(chunk)
            try:
                dec.decode(b"", final=True)
            except UnicodeDecodeError:
                return offset - len(dec.getstate()[0])
    except GZIP_ERRORS as exc:
        raise read_error(path, exc, offset) from None
    return None


def invalid_utf8_error(path: Path, offset: int) -> InvalidEncoding:
    """The error for a UTF-8 file with an invalid byte at ``offset``."""
    return InvalidEncoding(
        f"{path.name} is not valid UTF-8: invalid byte at offset {offset}", file=path, reason="invalid_utf8",
        byte_offset=offset, fix="re-export it as UTF-8 (or name its encoding)",
    )


def bad_encoding(path: Path, encoding: str, offset: int, why: str) -> InvalidEncoding:
    bom = encoding.upper().replace("_", "-") in ("UTF-16", "UTF-32")
    fix = (f"the file starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()}: remove the "
           "byte-order mark or re-export the file" if bom else "re-export it as UTF-8 or name the right encoding")
    return InvalidEncoding(f"{path.name} cannot be decoded as {encoding.upper()}: {why} at byte offset {offset}",
                           file=path, reason="decode", encoding=encoding, byte_offset=offset, fix=fix)


def _decode_head(path: Path, head: bytes, encoding: str, complete: bool) -> str:
    bom = bom_codec(head)
    if bom is not None and codecs.lookup(encoding).name == codecs.lookup(bom[1]).name:
        try:  # after an explicit BOM the bytes must really be in that encoding
            text = codecs.getincrementaldecoder(encoding)(errors="strict").decode(head, final=complete)
        except UnicodeDecodeError as exc:
            raise bad_encoding(path, bom[1], exc.start, exc.reason) from None
    else:
        text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=complete)
    return text.lstrip("\ufeff")


def _placeholder(text: str) -> str:
    """A private-use character absent from ``text`` (stands in for a lone CR inside csv parsing)."""
    return next(ch for ch in map(chr, range(0xE000, 0xF900)) if ch not in text)


def _records(text: str, delimiter: str) -> list[list[str]]:
    """Records of ``text`` by the parser's rules (``\\n`` ends a record outside quotes)."""
    ph = _placeholder(text)
    try:
        rows = list(csv.reader(io.StringIO(text.replace("\r", ph), newline=""), delimiter=delimiter, strict=False))
    except csv.Error:
        return []
    return [[f.replace(ph, "\r") for f in r] for r in rows if r]


def sniff_delimiter(lines: list[str], default: str = ",") -> str:
    """The delimiter that splits ``lines`` most consistently (see module docstring)."""
    best, best_score = default, -1.0
    sample = "\n".join(lines)
    for d in DELIMITERS:
        counts = [len(r) for r in _records(sample, d)]
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        score = counts.count(mode) / len(counts) + (0.001 * mode) + (0.01 if d == default else 0)
        if mode > 1 and score > best_score:
            best, best_score = d, score
    return best


def sniff_text(path: Path, *, encoding: str | None = None, default_delimiter: str = ",") -> TextDialect:
    """Encoding, delimiter, line ending and raw header of a delimited file; raises for empty/binary files."""
    head, complete = read_head(path)
    empty = EmptyFile(f"{path.name} is empty", file=path, reason="empty",
                      fix="export the table again with its header and rows")
    if not head.strip():
        raise empty
    enc = check_codec(path, encoding) if encoding else sniff_encoding(path, head)
    text = _decode_head(path, head, enc, complete)
    newline = "\r" if "\n" not in text and "\r" in text else "\n"
    text = text.replace("\r\n", "\n") if newline == "\n" else text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\n")
    if not text.strip():
        raise empty
    lines = text.split("\n")
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    lines = [ln for ln in lines if ln][:200]
    delim = sniff_delimiter(lines, default_delimiter)
    records = _records(text if complete else text[: text.rfind("\n") + 1] or text, delim)
    header = records[0] if records else lines[0].split(delim)
    return TextDialect(encoding=enc, delimiter=delim, header=header, has_bom=head.startswith(codecs.BOM_UTF8),
                       newline=newline, sample=records[1:SAMPLE_RECORDS + 1])
