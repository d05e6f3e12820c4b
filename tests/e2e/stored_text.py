"""The text a privacy scan looks for raw values in, per stored file (issue 11).

A SQLite database is not read as raw pages: a page stores a record's values back to back after a header of serial
type bytes, so raw bytes join the end of one value to the next value or to a header byte (the timestamp
``...+0100`` and a record-header byte ``24`` read as ``010024``, a staff number of another table). It is opened with
:mod:`sqlite3` instead, its write-ahead log checkpointed into it first (the WAL's committed pages are then the
database's, and every reader sees them), and every cell of every table is read as its own line: text as is, a BLOB
as UTF-8 (after zlib or gzip when it is compressed). The schema (``sqlite_master``: names of tables, columns, indexes
and views, and their SQL, which holds a view's literals) is read too: a value may sit in a column's name.

A checkpoint folds the WAL's committed frames into the database, but an overwritten value's old frame, a rolled-back
or persisted ``-journal``'s old page, or a frame of a WAL another connection still holds, stays in those files until
they are truncated: the ``-wal`` and ``-journal`` files are therefore also read before the checkpoint, page by page
and cell by cell (:func:`tests.e2e.sqlite_pages.side_cells`; as raw text their records' values would run together,
the false ``010024`` again).
Freed pages of deleted rows stay in the database file itself (no store sets ``secure_delete``): the scan reads cells,
not free pages, so it does not see them. Every other file is read as UTF-8 text, undecodable bytes dropped."""

from __future__ import annotations

import gzip
import sqlite3
import zlib
from pathlib import Path

from tests.e2e.sqlite_pages import side_cells

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Side files of a SQLite database (folded into it by the checkpoint).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
#: Side files that may hold old values (overwritten pages, uncheckpointed frames): also read as raw text.
RAW_SIDE_SUFFIXES = ("-wal", "-journal")


def _blob_text(data: bytes) -> str:
    """A BLOB cell as text: decompressed first when it is zlib or gzip data."""
    for unpack in (zlib.decompress, gzip.decompress):
        try:
            data = unpack(data)
            break
        except (zlib.error, OSError, EOFError):
            continue
    return data.decode("utf-8", errors="ignore")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return _blob_text(bytes(value))
    return str(value)


def sqlite_cells(path: Path) -> str:
    """Every cell of every table of the SQLite database at ``path``, one per line, after a WAL checkpoint."""
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=30)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        lines: list[str] = [_cell_text(v) for row in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master") for v in row]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            for row in conn.execute(f"SELECT * FROM {quoted}"):  # noqa: S608 — a name read from sqlite_master
                lines.extend(_cell_text(v) for v in row)
        return "\n".join(lines)
    finally:
        conn.close()


def raw_side_text(path: Path) -> str:
    """The cells of a ``-wal`` or ``-journal`` file's pages, one per line (module docstring)."""
    return "\n".join(side_cells(path))


def is_sqlite(path: Path) -> bool:
    """Whether ``path`` is a SQLite database file (by its header)."""
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def stored_texts(root: Path) -> dict[str, str]:
    """``file <relative path>`` -> the text to scan of every file under ``root`` (module docstring)."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    databases = {p for p in files if is_sqlite(p)}
    out: dict[str, str] = {}
    for path in files:  # raw side files first: the databases' checkpoints below truncate their WALs
        side = next((s for s in RAW_SIDE_SUFFIXES if path.name.endswith(s)), None)
        if side is not None and path.with_name(path.name[: -len(side)]) in databases:
            out[f"raw {path.relative_to(root)}"] = raw_side_text(path)
    for path in files:
        side = next((s for s in SIDE_SUFFIXES if path.name.endswith(s)), None)
        if side is not None and path.with_name(path.name[: -len(side)]) in databases:
            continue  # read with its database (and as raw text above)
        name = f"file {path.relative_to(root)}"
        out[name] = sqlite_cells(path) if path in databases else path.read_bytes().decode("utf-8", errors="ignore")
    return out
