"""Compressed sources read as a stream: gzip (``.gz``), bzip2 (``.bz2``), xz (``.xz``) and Zstandard (``.zst``).

A compressed file is decompressed as it is read (:func:`open_binary`), never to a copy: the readers above it
(:mod:`core.ingest.textstream`, the sniffer) see a forward-only stream of the decompressed bytes. gzip goes
through ISA-L's reader (~2.5x zlib's speed), bzip2 and xz through the standard library, Zstandard through
the ``zstandard`` package's streaming decompressor (several concatenated frames are one stream, as ``zstd -d``
reads them). A stream that ends before its end marker raises :class:`EOFError` for every format (the
Zstandard reader checks it itself: the package's own reader returns nothing for a cut frame), and
:func:`read_error` turns it, or a corrupt stream, into :class:`~core.ingest.errors.CorruptCompression`.
"""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import zstandard
from isal import igzip, isal_zlib  # igzip: gzip's API on ISA-L, decompresses ~2.5x faster than zlib

from core.ingest.errors import CorruptCompression, SourceFileError

__all__ = ["COMPRESSIONS", "COMPRESSION_ERRORS", "compression_of", "open_binary", "read_error"]

#: file suffix -> (compression name, the command that tests such a file)
COMPRESSIONS = {".gz": ("gzip", "gzip -t"), ".bz2": ("bzip2", "bzip2 -t"), ".xz": ("xz", "xz -t"),
                ".zst": ("zstd", "zstd -t")}
#: what a broken compressed stream raises (ISA-L's ``error`` is typed as an instance in its stubs, but is a class)
COMPRESSION_ERRORS: tuple[type[BaseException], ...] = (  # type: ignore[assignment]
    EOFError, OSError, zlib.error, isal_zlib.error, lzma.LZMAError, zstandard.ZstdError)
_CHUNK = 1 << 20


def compression_of(path: Path) -> str | None:
    """The compression of ``path`` by its suffix (``gzip``, ``bzip2``, ``xz``, ``zstd``) or None."""
    for suffix, (name, _) in COMPRESSIONS.items():
        if path.name.lower().endswith(suffix):
            return name
    return None


def open_binary(path: Path) -> BinaryIO:
    """Open ``path`` for reading bytes, decompressing a compressed file as it is read."""
    kind = compression_of(path)
    if kind == "gzip":
        return igzip.open(path, "rb")  # type: ignore[return-value]
    if kind == "bzip2":
        return bz2.open(path, "rb")  # type: ignore[return-value]
    if kind == "xz":
        return lzma.open(path, "rb")  # type: ignore[return-value]
    if kind == "zstd":
        return io.BufferedReader(_ZstdReader(path), buffer_size=_CHUNK)
    return path.open("rb")


class ChunkReader(io.RawIOBase):
    """A read-only stream over the chunks ``_next()`` produces (``b""`` with ``_eof`` set at the end): the reads
    hand out each chunk's bytes in order, whatever the callers' buffer sizes."""

    _out: memoryview
    _eof: bool
    #: the next chunk of bytes; ``b""`` with ``_eof`` set at the end (each reader defines this method)
    _next: Callable[[], bytes]

    def readable(self) -> bool:
        """Always readable (never seekable or writable)."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` with the next bytes; 0 at the end of the stream."""
        while not self._out and not self._eof:
            self._out = memoryview(self._next())
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        self._out = self._out[n:]
        return n



class _ZstdReader(ChunkReader):
    """Zstandard frames decompressed one compressed chunk at a time; a cut last frame raises EOFError."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._src: BinaryIO | None = path.open("rb")
        self._dec = zstandard.ZstdDecompressor().decompressobj()
        self._started = False  # bytes of the current frame were fed
        self._out = memoryview(b"")
        self._eof = False

    def _next(self) -> bytes:
        assert self._src is not None, "read after close"
        chunk = self._src.read(_CHUNK)
        if not chunk:
            self._eof = True
            if self._started and not self._dec.eof:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            return b""
        out = []
        while chunk:
            self._started = True
            out.append(self._dec.decompress(chunk))
            chunk = b""
            if self._dec.eof:  # the next frame (concatenated frames are one stream)
                chunk = self._dec.unused_data
                self._dec = zstandard.ZstdDecompressor().decompressobj()
                self._started = False
        return b"".join(out)

    def close(self) -> None:
        """Close the underlying file."""
        if self._src is not None:
            self._src.close()
            self._src = None
        super().close()


def read_error(path: Path, exc: BaseException, offset: int) -> SourceFileError:
    """The typed error for a read that failed after ``offset`` (decompressed) bytes."""
    kind = compression_of(path)
    if kind is not None and isinstance(exc, COMPRESSION_ERRORS):
        test = next(t for name, t in COMPRESSIONS.values() if name == kind)
        truncated = isinstance(exc, EOFError)
        what = f"is truncated (the {kind} stream ends before its end marker)" if truncated else \
            f"is not a valid {kind} stream ({exc})"
        return CorruptCompression(
            f"{path.name} {what}; {offset} bytes of data were read before it broke", file=path,
            reason=f"truncated_{kind}" if truncated else f"corrupt_{kind}", byte_offset=offset,
            fix=f"re-download or re-compress the file ({test} checks it)")
    return SourceFileError(f"cannot read {path.name}: {exc}", file=path, reason="unreadable",
                           fix="check that the file exists and is readable", byte_offset=offset)
