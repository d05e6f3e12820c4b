"""Typed ingest failures: every way a source file can be unreadable, as a DETERMINISTIC_FAILURE.

Each class is a :class:`core.errors.DeterministicFailure` built from structured arguments (dlt
style): the file, a machine-readable ``reason``, where the problem is (``byte_offset`` in the
decompressed stream, or a 1-based ``line``) and the ``fix`` a user can apply. All of them land in
``details`` so they reach the ledger event and survive pickling (``MapwrightError.__reduce__``
rebuilds with ``cls(message, **details)``, which these constructors accept).

:class:`UnexpectedSourceError` is the last-resort wrapper the stage entry points put around an
exception that is not part of the taxonomy. Reaching it is a bug in the source adapter: the ingest
fuzz suite (tests/ingest/test_fuzz_ingest.py) fails whenever it is raised.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.errors import DeterministicFailure


class SourceFileError(DeterministicFailure):
    """A source file cannot be read as a table. The message names the file, the place and the fix."""

    def __init__(self, message: str, *, file: str | Path, reason: str, fix: str,
                 byte_offset: int | None = None, line: int | None = None, **kw: Any) -> None:
        text = message if fix in message else f"{message}; {fix}"
        where: dict[str, Any] = {k: v for k, v in (("byte_offset", byte_offset), ("line", line)) if v is not None}
        super().__init__(text, file=str(file), reason=reason, fix=fix, **where, **kw)
        self.file = str(file)
        self.reason = reason
        self.fix = fix
        self.byte_offset = byte_offset
        self.line = line


class SourceMissing(SourceFileError):
    """The source file or folder does not exist (``fix`` says where its location came from)."""


class EmptyFile(SourceFileError):
    """The file holds no bytes, or only whitespace."""


class NotTextFile(SourceFileError):
    """Binary content (NUL bytes, no text encoding fits) in a file named as delimited text."""


class InvalidEncoding(SourceFileError):
    """Bytes that do not decode in the file's encoding (``byte_offset`` of the first bad byte)."""


class CorruptCompression(SourceFileError):
    """A truncated or corrupt gzip, bzip2, xz or zstd stream (``byte_offset``: decompressed bytes read before it
    broke)."""


class HeaderTooLong(SourceFileError):
    """The first line is longer than the sniffing limit (no line break found within it)."""


class HeaderMismatch(SourceFileError):
    """The header read by the sniffer and by the parser disagree (e.g. a quoted line break in it)."""


class RaggedRows(SourceFileError):
    """Records whose field count differs from the header's (``line`` of the first one)."""


class NoDataRows(SourceFileError):
    """A header but no record with a value in it."""


class UnparsableFile(SourceFileError):
    """The parser refused the file for a reason not covered by a more specific class."""


class CorruptParquet(SourceFileError):
    """A Parquet file that is empty or cannot be read."""


class UnexpectedSourceError(DeterministicFailure):
    """Last resort: an exception outside the taxonomy escaped a source (a bug; see module docstring)."""

    def __init__(self, message: str, *, internal_type: str, **kw: Any) -> None:
        super().__init__(message, internal_type=internal_type, **kw)
        self.internal_type = internal_type
