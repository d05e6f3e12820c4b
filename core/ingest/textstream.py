"""A text file read as a stream of UTF-8, ``\\n``-ended bytes, decoded block by block (privacy at rest, issue 11).

The readers (Polars' CSV parser, the line and quote checks) want UTF-8 with ``\\n`` line ends. A gzip'd,
non-UTF-8 or lone-CR file is not, so it is decoded on the fly: the file is decompressed and decoded one
``CHUNK`` at a time (an incremental decoder keeps a multi-byte sequence cut by a chunk end), re-encoded
as UTF-8, and handed out as a read-only, forward-only binary stream (:meth:`DecodedText.open`). Nothing
is written anywhere and memory is one chunk whatever the file's size; a reader that needs the text twice
opens it twice (the file is decoded again). A UTF-8 file is only validated (its bytes pass through,
byte-order mark dropped).

A byte that does not decode raises :class:`~core.ingest.errors.InvalidEncoding` with its offset in the
decompressed stream; a corrupt or truncated compressed stream :class:`~core.ingest.errors.CorruptCompression`,
from the read that meets it.
"""

from __future__ import annotations

import codecs
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from core.ingest.compression import ChunkReader, compression_of
from core.ingest.sniff import CHUNK, GZIP_ERRORS, bad_encoding, open_binary, read_error

__all__ = ["DecodedText", "needs_decoding"]

_UTF8 = ("utf-8", "utf8", "ascii", "utf-8-sig")


def is_utf8(encoding: str) -> bool:
    """Whether ``encoding`` (a sniffed or given codec name) is UTF-8 or a subset of it."""
    return encoding.replace("_", "-").lower() in _UTF8


def needs_decoding(path: Path, encoding: str, newline: str) -> bool:
    """Whether the file must be decoded to be read (compressed, not UTF-8, or lone-CR line ends)."""
    return compression_of(path) is not None or not is_utf8(encoding) or newline != "\n"


@dataclass(frozen=True)
class DecodedText:
    """How a file's bytes become UTF-8 text: its codec and whether its lines end with a lone ``\\r``."""

    path: Path
    encoding: str
    cr_newlines: bool = False

    def open(self) -> io.BufferedReader:
        """A new forward-only stream of the file's text as UTF-8 bytes (``\\n`` line ends); close it after use."""
        return io.BufferedReader(_Utf8Reader(self), buffer_size=CHUNK)

    def size(self) -> int:
        """Bytes of the decoded text (one decoding pass; nothing kept)."""
        total = 0
        with self.open() as fh:
            while data := fh.read(CHUNK):
                total += len(data)
        return total


class _Utf8Reader(ChunkReader):
    """The raw stream behind :meth:`DecodedText.open` (see the module docstring)."""

    def __init__(self, text: DecodedText) -> None:
        super().__init__()
        self._text = text
        self._src: BinaryIO | None = open_binary(text.path)
        codec = "utf-8-sig" if is_utf8(text.encoding) else text.encoding
        self._dec = codecs.getincrementaldecoder(codec)(errors="strict")
        self._passthrough = is_utf8(text.encoding) and not text.cr_newlines
        self._offset = 0  # decompressed bytes consumed
        self._held = ""   # a trailing CR waiting for the next chunk (it may be half of a CRLF)
        self._out = memoryview(b"")
        self._first = True
        self._eof = False

    def _next(self) -> bytes:
        assert self._src is not None, "read after close"
        try:
            chunk = self._src.read(CHUNK)
            text = self._dec.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise bad_encoding(self._text.path, self._text.encoding, self._offset + exc.start, exc.reason) from None
        except GZIP_ERRORS as exc:
            raise read_error(self._text.path, exc, self._offset) from None
        self._eof = not chunk
        self._offset += len(chunk)
        if self._passthrough:  # valid UTF-8: the bytes as they are, without a byte-order mark
            if self._first and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8):]
            self._first = False
            return chunk
        text, self._held = self._held + text, ""
        if self._text.cr_newlines:
            if chunk and text.endswith("\r"):
                text, self._held = text[:-1], "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text.encode("utf-8")

    def close(self) -> None:
        """Close the underlying file."""
        if self._src is not None:
            self._src.close()
            self._src = None
        super().close()
