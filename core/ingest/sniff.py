"""Encoding and dialect sniffing for delimited text files.

Encoding rule (documented behaviour):

1. NUL bytes in the first 64 KiB (without a UTF-16/32 BOM), or no text encoding fits at all ->
   DETERMINISTIC_FAILURE "not a text file" (e.g. a binary file named ``.csv``).
2. A UTF-8 BOM, or a head that decodes as UTF-8, or a head containing valid multi-byte UTF-8
   sequences -> the file is UTF-8. Any invalid byte anywhere in it -> DETERMINISTIC_FAILURE naming
   the byte offset (we never silently guess a second encoding for a UTF-8 file).
3. Otherwise charset-normalizer's best guess (cp1252, latin-1, UTF-16 ...); the file is transcoded
   to UTF-8 in a streaming fashion before Polars reads it.

Delimiter: the candidate among ``, \\t ; |`` that splits the first lines into the same number of
fields (> 1) most consistently, parsed with the csv module (so quoted delimiters do not count).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from core.errors import DeterministicFailure

HEAD_BYTES = 64 * 1024
CHUNK = 4 * 1024 * 1024
DELIMITERS = [",", "\t", ";", "|"]
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


@dataclass(frozen=True)
class TextDialect:
    """What sniffing found out about a delimited text file."""

    encoding: str
    delimiter: str
    header: list[str]
    has_bom: bool


def open_binary(path: Path) -> BinaryIO:
    """Open ``path`` for reading bytes, decompressing ``.gz`` transparently."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_head(path: Path, n: int = HEAD_BYTES) -> bytes:
    """First ``n`` (decompressed) bytes of ``path``."""
    try:
        with open_binary(path) as f:
            return f.read(n)
    except (OSError, EOFError) as exc:
        raise DeterministicFailure(f"cannot read {path.name}: {exc}", file=str(path)) from exc


def _utf8_prefix_ok(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        return False


def sniff_encoding(path: Path, head: bytes) -> str:
    """Encoding of the file per the module rule; raises for binary content."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if head.startswith(_BOMS):
        best = from_bytes(head).best()
        return best.encoding if best else "utf-16"
    if b"\x00" in head:
        raise DeterministicFailure(f"{path.name} is not a text file (NUL bytes in its first bytes)",
                                   file=str(path), reason="binary")
    if _utf8_prefix_ok(head) or _UTF8_MULTIBYTE.search(head):
        return "utf-8"
    best = from_bytes(head).best()
    if best is None:
        raise DeterministicFailure(f"{path.name} is not a text file (no text encoding fits)",
                                   file=str(path), reason="binary")
    return best.encoding


def first_invalid_utf8(path: Path) -> int | None:
    """Byte offset (in the decompressed stream) of the first invalid UTF-8 byte, or None."""
    dec = codecs.getincrementaldecoder("utf-8")()
    offset = 0
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
    return None


def invalid_utf8_error(path: Path, offset: int) -> DeterministicFailure:
    """The error for a UTF-8 file with an invalid byte at ``offset``."""
    return DeterministicFailure(
        f"{path.name} is not valid UTF-8: invalid byte at offset {offset}; re-export it as UTF-8",
        file=str(path), reason="invalid_utf8", byte_offset=offset,
    )


def transcode_to_utf8(path: Path, encoding: str, dest: Path) -> None:
    """Stream ``path`` decoded with ``encoding`` into ``dest`` as UTF-8."""
    dec = codecs.getincrementaldecoder(encoding)(errors="strict")
    with open_binary(path) as src, dest.open("wb") as out:
        try:
            while chunk := src.read(CHUNK):
                out.write(dec.decode(chunk).encode("utf-8"))
            out.write(dec.decode(b"", final=True).encode("utf-8"))
        except UnicodeDecodeError as exc:
            raise DeterministicFailure(f"{path.name} cannot be decoded as {encoding}: {exc.reason}",
                                       file=str(path), reason="decode", encoding=encoding) from exc


def _decode_head(head: bytes, encoding: str) -> str:
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    return text.lstrip("\ufeff")


def sniff_delimiter(lines: list[str], default: str = ",") -> str:
    """The delimiter that splits ``lines`` most consistently (see module docstring)."""
    best, best_score = default, -1.0
    sample = "\n".join(lines)
    for d in DELIMITERS:
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=d) if r]
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        score = counts.count(mode) / len(counts) + (0.001 * mode) + (0.01 if d == default else 0)
        if mode > 1 and score > best_score:
            best, best_score = d, score
    return best


def sniff_text(path: Path, *, encoding: str | None = None, default_delimiter: str = ",") -> TextDialect:
    """Encoding, delimiter and raw header of a delimited file; raises for empty/binary files."""
    head = read_head(path)
    if not head.strip():
        raise DeterministicFailure(f"{path.name} is empty", file=str(path), reason="empty")
    enc = encoding or sniff_encoding(path, head)
    text = _decode_head(head, enc)
    lines = text.splitlines()
    if len(head) == HEAD_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    lines = [ln for ln in lines if ln.strip()][:200]
    delim = sniff_delimiter(lines, default_delimiter)
    header = next(csv.reader(io.StringIO(lines[0]), delimiter=delim))
    return TextDialect(encoding=enc, delimiter=delim, header=header, has_bom=head.startswith(codecs.BOM_UTF8))
