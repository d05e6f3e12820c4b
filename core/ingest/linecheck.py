"""Whole-file checks of a CSV file table and the typed error for a parser failure.

:func:`check_lines` is the fast line check run when a file is opened (short rows); :func:`polars_error` turns a
Polars parse error into the typed :class:`~core.ingest.errors.SourceFileError` that names the line and the fix
(invalid UTF-8, ragged rows, a quoting problem). Both read the file's UTF-8 text as
:meth:`core.ingest.files.FileTable.open_text` gives it (a decoded file: decoded again as it is read).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, Protocol

import polars as pl

from core.error_text import redact
from core.ingest.errors import RaggedRows, SourceFileError, UnparsableFile
from core.ingest.quotes import first_quote_problem
from core.ingest.ragged import ragged_records
from core.ingest.sniff import first_invalid_utf8, invalid_utf8_error
from core.ingest.streamscan import count_short_lines
from core.ingest.textstream import DecodedText

__all__ = ["CsvFile", "check_lines", "polars_error"]


class CsvFile(Protocol):
    """What the checks read of a file table (:class:`core.ingest.files.FileTable`)."""

    path: Path
    read_path: Path
    columns: list[str]
    fmt: dict[str, Any]
    text: DecodedText | None
    decoded_bytes: int | None

    @property
    def kind(self) -> str:
        """``csv`` or ``parquet``."""
        ...

    def open_text(self) -> BinaryIO:
        """A new stream of the file's UTF-8 text."""
        ...


def check_lines(table: CsvFile) -> None:
    """Fast streaming pass over raw lines: UTF-8 validity and no short (ragged) rows.

    Every line must hold at least ``ncols - 1`` delimiters (quoted delimiters only add). Only when
    some line holds fewer — a short row, or the first line of a record whose quoted value contains
    a line break — is the exact quote-aware record count (:func:`core.ingest.ragged.ragged_records`,
    a vectorized byte scan, slower) run to tell them apart, so files with quoted line breaks are
    checked exactly too. Rows with too many fields are refused by Polars' parser ("more fields")
    and reported the same way (:func:`polars_error`).
    """
    want = len(table.columns) - 1
    if table.text is not None:
        flagged, table.decoded_bytes = count_short_lines(table.text, table.fmt["delimiter"], want)
        if flagged:
            _raise_if_ragged(table)
        return
    line = pl.col("l")
    short = (line.str.count_matches(table.fmt["delimiter"], literal=True) < want) & (line.str.len_bytes() > 0)
    try:
        flagged = pl.scan_lines(table.read_path, name="l").select(short.sum()).collect(engine="streaming").item()
    except pl.exceptions.PolarsError as exc:
        if "utf-8" in str(exc).lower():
            off = first_invalid_utf8(table.read_path)
            raise invalid_utf8_error(table.path, off if off is not None else -1) from None
        raise polars_error(table, exc) from None
    if flagged:
        _raise_if_ragged(table)


def _raise_if_ragged(table: CsvFile) -> None:
    with table.open_text() as fh:
        rep = ragged_records(fh, table.fmt["delimiter"], len(table.columns))
    if rep.bad_records:
        raise RaggedRows(
            f"{table.path.name} has ragged rows: {rep.bad_records} line(s) do not have {len(table.columns)} "
            f"fields (first: line {rep.first_bad_line} has {rep.first_bad_fields})",
            file=table.path, reason="ragged_rows", line=rep.first_bad_line, bad_lines=rep.bad_records,
            first_bad_line=rep.first_bad_line, fix="give every row as many fields as the header (quote values "
            "holding the delimiter)",
        )


def polars_error(table: CsvFile, exc: Exception) -> SourceFileError:
    """The typed error for Polars' refusal ``exc`` of the table's file (see the module docstring)."""
    msg = (str(exc).splitlines() or ["no detail"])[0]  # classified raw, recorded redacted below
    reason = "ragged_rows" if "more fields" in msg else "parse_error"
    if ("utf-8" in msg.lower() or "utf8" in msg.lower()) and table.kind == "csv" and table.text is None:
        off = first_invalid_utf8(table.read_path)
        return invalid_utf8_error(table.path, off if off is not None else -1)
    if reason == "ragged_rows" and table.kind == "csv":
        try:
            _raise_if_ragged(table)
        except SourceFileError as ragged:
            return ragged
    if table.kind == "csv":
        with table.open_text() as fh:
            problem = first_quote_problem(fh, table.fmt["delimiter"])
        if problem is not None:
            return UnparsableFile(f"{table.path.name} cannot be parsed: {problem.describe()}", file=table.path,
                                  reason=problem.kind, line=problem.line,
                                  fix='quote values holding a " and write a " inside a quoted value as ""')
    return UnparsableFile(f"{table.path.name} cannot be parsed: {redact(msg)}", file=table.path, reason=reason,
                          fix="check its delimiter, quoting and that every row has the header's fields")
