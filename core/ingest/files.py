"""File tables: discovery, opening as a Polars LazyFrame with standardized headers, validation.

Formats: ``.csv``, ``.tsv``, ``.txt`` (delimited text, delimiter sniffed), their ``.gz`` forms,
and ``.parquet``/``.pq``. A folder is several tables (one per supported file, sorted by name).
Gzip'd and non-UTF-8 files are first streamed into a UTF-8 working copy (``workdir``), so Polars
always scans a plain UTF-8 file lazily and nothing is ever materialized whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import polars as pl

from core.errors import DeterministicFailure
from core.hashing import sha256_hex
from core.ingest.ragged import ragged_records
from core.ingest.sniff import first_invalid_utf8, invalid_utf8_error, sniff_text, transcode_to_utf8
from core.ingest.standardize import standardize_headers, to_snake

TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz", ".txt.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
INFER_ROWS = 10_000
T = TypeVar("T")
_PARSE_ERR = re.compile(r"could not parse .* as dtype .* at column '([^']+)'", re.S)


def file_suffix(path: Path) -> str | None:
    """The supported suffix of ``path`` (lower-case) or None."""
    n = path.name.lower()
    for s in TEXT_SUFFIXES + PARQUET_SUFFIXES:
        if n.endswith(s):
            return s
    return None


def discover(location: Path) -> list[Path]:
    """Files making up a source: the file itself, or the supported files of a folder."""
    if location.is_file():
        if file_suffix(location) is None:
            raise DeterministicFailure(f"unsupported file type: {location.name} "
                                       f"(supported: {', '.join(TEXT_SUFFIXES + PARQUET_SUFFIXES)})",
                                       file=str(location))
        return [location]
    if location.is_dir():
        files = sorted(p for p in location.iterdir() if p.is_file() and not p.name.startswith(".")
                       and file_suffix(p) is not None)
        if not files:
            raise DeterministicFailure(f"folder {location} holds no CSV/TSV/Parquet files", file=str(location))
        return files
    raise DeterministicFailure(f"source {location} does not exist", file=str(location))


@dataclass
class FileTable:
    """One file opened as a table."""

    name: str
    path: Path
    kind: Literal["csv", "parquet"]
    read_path: Path
    raw_header: list[str]
    columns: list[str]
    steps: list[dict[str, Any]]
    fmt: dict[str, Any] = field(default_factory=dict)
    overrides: dict[str, pl.DataType] = field(default_factory=dict)

    def scan(self) -> pl.LazyFrame:
        """Lazy scan with standardized column names."""
        if self.kind == "parquet":
            return pl.scan_parquet(self.read_path).rename(dict(zip(self.raw_header, self.columns, strict=True)))
        return pl.scan_csv(
            self.read_path, separator=self.fmt["delimiter"], has_header=True, new_columns=self.columns,
            infer_schema_length=INFER_ROWS, schema_overrides=self.overrides or None, encoding="utf8",
            truncate_ragged_lines=False, raise_if_empty=False,
        )


def table_name(path: Path, taken: set[str]) -> str:
    """Standardized table name of a file (its stem), unique among ``taken``."""
    stem = path.name[: -len(file_suffix(path) or "")] if file_suffix(path) else path.stem
    base = to_snake(stem) or "table"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def open_table(path: Path, name: str, workdir: Callable[[], Path], *, encoding: str | None = None,
               validate: bool = True) -> FileTable:
    """Sniff and prepare ``path``; validates it is readable (raises DeterministicFailure).

    ``workdir()`` returns (creating it on first use) the folder for UTF-8 working copies.
    ``validate=False`` skips the full-file line check (:func:`check_lines`), e.g. when sampling a
    file the catalog stage has already validated.
    """
    suffix = file_suffix(path) or ""
    if suffix in PARQUET_SUFFIXES:
        return _open_parquet(path, name)
    d = sniff_text(path, encoding=encoding, default_delimiter="\t" if ".tsv" in suffix else ",")
    read_path = path
    if suffix.endswith(".gz") or d.encoding.replace("_", "-").lower() not in ("utf-8", "ascii", "utf-8-sig"):
        read_path = workdir() / (sha256_hex(f"{path.resolve()}|{path.stat().st_mtime_ns}")[:16] + ".csv")
        if not read_path.exists():
            tmp = read_path.with_suffix(".part")
            transcode_to_utf8(path, d.encoding if d.encoding != "ascii" else "utf-8", tmp)
            tmp.replace(read_path)
    columns, steps = standardize_headers(d.header)
    fmt = {"format": "csv", "delimiter": d.delimiter, "encoding": d.encoding, "compression":
           "gzip" if suffix.endswith(".gz") else None, "bom": d.has_bom}
    table = FileTable(name=name, path=path, kind="csv", read_path=read_path, raw_header=d.header,
                      columns=columns, steps=steps, fmt=fmt)
    if validate:
        check_lines(table)
    return table


def _open_parquet(path: Path, name: str) -> FileTable:
    if path.stat().st_size == 0:
        raise DeterministicFailure(f"{path.name} is an empty (0-byte) Parquet file", file=str(path), reason="empty")
    try:
        raw = pl.scan_parquet(path).collect_schema().names()
    except Exception as exc:  # polars raises several types for corrupt files
        raise DeterministicFailure(f"{path.name} is not a readable Parquet file: {exc}", file=str(path),
                                   reason="corrupt_parquet") from exc
    columns, steps = standardize_headers(raw)
    return FileTable(name=name, path=path, kind="parquet", read_path=path, raw_header=raw, columns=columns,
                     steps=steps, fmt={"format": "parquet"})


def check_lines(table: FileTable) -> None:
    """Fast streaming pass over raw lines: UTF-8 validity and no short (ragged) rows.

    Every line must hold at least ``ncols - 1`` delimiters (quoted delimiters only add). Only when
    some line holds fewer — a short row, or the first line of a record whose quoted value contains
    a line break — is the exact quote-aware record count (:func:`core.ingest.ragged.ragged_records`,
    a vectorized byte scan, slower) run to tell them apart, so files with quoted line breaks are
    checked exactly too. Rows with too many fields are refused by Polars' parser ("more fields")
    and reported the same way (:func:`_polars_error`).
    """
    want = len(table.columns) - 1
    lines = pl.scan_csv(table.read_path, has_header=False, separator="\x1f", quote_char=None,
                        new_columns=["l"], schema_overrides={"l": pl.String}, truncate_ragged_lines=True,
                        encoding="utf8", raise_if_empty=False)
    short = pl.col("l").str.count_matches(table.fmt["delimiter"], literal=True) < want
    try:
        flagged = lines.select(short.sum().alias("short")).collect(engine="streaming").item()
    except pl.exceptions.ComputeError as exc:
        if "utf-8" in str(exc).lower():
            off = first_invalid_utf8(table.read_path)
            raise invalid_utf8_error(table.path, off if off is not None else -1) from None
        raise _polars_error(table, exc) from exc
    if flagged:
        _raise_if_ragged(table)


def _raise_if_ragged(table: FileTable) -> None:
    rep = ragged_records(table.read_path, table.fmt["delimiter"], len(table.columns))
    if rep.bad_records:
        raise DeterministicFailure(
            f"{table.path.name} has ragged rows: {rep.bad_records} line(s) do not have {len(table.columns)} "
            f"fields (first: line {rep.first_bad_line} has {rep.first_bad_fields})",
            file=str(table.path), reason="ragged_rows", bad_lines=rep.bad_records, first_bad_line=rep.first_bad_line,
        )


def with_fallback(table: FileTable, fn: Callable[[pl.LazyFrame], T]) -> T:
    """Run ``fn`` over the table's scan. Types are inferred from the first rows; when a later value
    does not parse, that column is re-read as String (recorded as a ``dtype_fallback`` step) and
    ``fn`` runs again. Other Polars errors become DETERMINISTIC_FAILURE."""
    for _ in range(len(table.columns) + 1):
        try:
            return fn(table.scan())
        except pl.exceptions.ComputeError as exc:
            m = _PARSE_ERR.search(str(exc))
            if table.kind != "csv" or not m or m.group(1) in table.overrides:
                raise _polars_error(table, exc) from exc
            table.overrides[m.group(1)] = pl.String()
            table.steps.append({"op": "dtype_fallback", "column": m.group(1), "to": "string",
                                "reason": "a value after the inference window does not parse"})
    raise DeterministicFailure(f"{table.path.name}: schema did not settle", file=str(table.path))


def _polars_error(table: FileTable, exc: Exception) -> DeterministicFailure:
    msg = str(exc).splitlines()[0]
    reason = "ragged_rows" if "more fields" in msg else "parse_error"
    if "utf-8" in msg.lower() and table.kind == "csv":
        off = first_invalid_utf8(table.read_path)
        return invalid_utf8_error(table.path, off if off is not None else -1)
    if reason == "ragged_rows" and table.kind == "csv":
        try:
            _raise_if_ragged(table)
        except DeterministicFailure as ragged:
            return ragged
    return DeterministicFailure(f"{table.path.name} cannot be parsed: {msg}", file=str(table.path), reason=reason)
