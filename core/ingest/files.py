"""File tables: discovery, opening as a Polars LazyFrame with standardized headers, validation.

Formats: ``.csv``, ``.tsv``, ``.txt`` (delimited text, delimiter sniffed), their compressed forms
(``.gz``, ``.bz2``, ``.xz``, ``.zst``: :mod:`core.ingest.compression`), and ``.parquet``/``.pq``. A folder is
several tables (one per supported file, sorted by name). Compressed, non-UTF-8 and lone-CR files are decoded
block by block each time they are read (:mod:`core.ingest.streamscan`, :mod:`core.ingest.textstream`): no
decoded copy of a source exists, on
disk or in memory, and memory stays a few blocks whatever the file's size. A plain UTF-8 file is
scanned by Polars straight from the file.

Rows: a record whose every field is empty (a blank line, ``,,``) is not a data row; it is skipped
in every read (statistics, samples), so ``a,b\n`` and ``a,b\n\n\n`` are both "no data rows".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal, TypeVar

import polars as pl

from core.catalog import HeaderRow
from core.error_text import redact
from core.errors import DeterministicFailure
from core.ingest.compression import COMPRESSIONS, compression_of
from core.ingest.errors import CorruptParquet, HeaderMismatch
from core.ingest.header_row import HeaderSetting, detect_header, header_names
from core.ingest.linecheck import check_lines, polars_error
from core.ingest.sniff import sniff_text
from core.ingest.standardize import standardize_headers, to_snake
from core.ingest.streamscan import decoded_scan, header_fields, infer_schema
from core.ingest.textstream import DecodedText, is_utf8, needs_decoding

TEXT_SUFFIXES = tuple(base + z for z in ("", *COMPRESSIONS) for base in (".csv", ".tsv", ".txt"))
PARQUET_SUFFIXES = (".parquet", ".pq")
INFER_ROWS = 10_000
_KEEP = "__mapwright_keep_row"
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
    #: a file read through its decoding (gzip'd, non-UTF-8, lone-CR); None: Polars reads ``read_path`` itself
    text: DecodedText | None = None
    _inferred: dict[str, pl.DataType] | None = field(default=None, repr=False)
    #: bytes of a decoded file's UTF-8 text, once a full pass has counted them (the line check does)
    decoded_bytes: int | None = field(default=None, repr=False)
    #: whether the first record is the header (False: it is data; names are ``column_1..column_N``)
    has_header: bool = True
    #: the header-row decision of a delimited file (:mod:`core.ingest.header_row`); None for Parquet
    header_row: HeaderRow | None = None

    def scan(self) -> pl.LazyFrame:
        """Lazy scan with standardized column names (a decoded file: decoded anew by each query)."""
        if self.kind == "parquet":
            return pl.scan_parquet(self.read_path).rename(dict(zip(self.raw_header, self.columns, strict=True)))
        if self.text is not None:
            if self._inferred is None:
                self._inferred = infer_schema(self.text, self.fmt["delimiter"], self.columns, INFER_ROWS,
                                              has_header=self.has_header)
            lf = decoded_scan(self.text, self.fmt["delimiter"],
                              {c: self.overrides.get(c, dt) for c, dt in self._inferred.items()},
                              has_header=self.has_header)
        else:
            lf = pl.scan_csv(
                self.read_path, separator=self.fmt["delimiter"], has_header=self.has_header, new_columns=self.columns,
                infer_schema_length=INFER_ROWS, schema_overrides=self.overrides or None, encoding="utf8",
                truncate_ragged_lines=False, raise_if_empty=False,
            )
        # blank records are not rows; the flag column form keeps wide files fast (a bare filter over
        # pl.all() is re-expanded per aggregation: minutes for 2,000 columns)
        keep = pl.any_horizontal(pl.all().is_not_null()).alias(_KEEP)
        return lf.with_columns(keep).filter(pl.col(_KEEP)).drop(_KEEP)

    def open_text(self) -> BinaryIO:
        """A new stream of the CSV file's text as UTF-8 bytes, from its start (a decoded file: decoded as read)."""
        return self.text.open() if self.text is not None else self.read_path.open("rb")

    def text_bytes(self) -> int:
        """Bytes of the CSV file's UTF-8 text (a decoded file: counted by the line check, else by a decoding pass)."""
        if self.text is None:
            return self.read_path.stat().st_size
        if self.decoded_bytes is None:
            self.decoded_bytes = self.text.size()
        return self.decoded_bytes


def table_name(path: Path, taken: set[str]) -> str:
    """Standardized table name of a file (its stem), unique among ``taken``."""
    stem = path.name[: -len(file_suffix(path) or "")] if file_suffix(path) else path.stem
    base = to_snake(stem) or "table"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def open_table(path: Path, name: str, *, encoding: str | None = None, validate: bool = True,
               header: HeaderSetting = "auto") -> FileTable:
    """Sniff and prepare ``path``; validates it is readable (raises DeterministicFailure).

    A compressed, non-UTF-8 or lone-CR file is read through its decoding (``FileTable.text``), never copied.
    ``validate=False`` skips the full-file line check (:func:`check_lines`), e.g. when sampling a
    file the catalog stage has already validated. ``header``: whether the first record is the header
    (``auto``: decided from the sniffed records, :func:`core.ingest.header_row.detect_header`); Parquet
    files always have names.
    """
    suffix = file_suffix(path) or ""
    if suffix in PARQUET_SUFFIXES:
        return _open_parquet(path, name)
    d = sniff_text(path, encoding=encoding, default_delimiter="\t" if ".tsv" in suffix else ",")
    text = None
    if needs_decoding(path, d.encoding, d.newline):
        text = DecodedText(path, "utf-8" if is_utf8(d.encoding) else d.encoding, cr_newlines=d.newline == "\r")
    decision = detect_header(d.header, d.sample, header)
    raw, columns, steps, decision = header_names(d.header, decision, d.sample)
    fmt = {"format": "csv", "delimiter": d.delimiter, "encoding": d.encoding, "compression": compression_of(path),
           "bom": d.has_bom}
    if d.newline != "\n":
        fmt["line_ending"] = "cr"
    table = FileTable(name=name, path=path, kind="csv", read_path=path, raw_header=raw,
                      columns=columns, steps=steps, fmt=fmt, text=text, has_header=decision.present,
                      header_row=decision)
    _check_header(table)
    if validate:
        check_lines(table)
    return table


def _check_header(table: FileTable) -> None:
    """The parser must see as many header fields as the sniffer did (else its column names would not fit)."""
    try:
        if table.text is not None:
            n = header_fields(table.text, table.fmt["delimiter"])
        else:
            n = len(pl.scan_csv(table.read_path, separator=table.fmt["delimiter"], has_header=True,
                                infer_schema=False, encoding="utf8", raise_if_empty=False,
                                truncate_ragged_lines=True).collect_schema())
    except pl.exceptions.PolarsError as exc:
        raise polars_error(table, exc) from None
    if n != len(table.raw_header):
        raise HeaderMismatch(
            f"{table.path.name}: its header (line 1) splits into {len(table.raw_header)} fields by the sniffer but "
            f"{n} by the parser", file=table.path, reason="header_mismatch", line=1,
            fix="check the header's quoting and line endings (a quoted line break or an unbalanced quote)")


def _open_parquet(path: Path, name: str) -> FileTable:
    fix = "write the file again with a Parquet writer (or export CSV)"
    if path.stat().st_size == 0:
        raise CorruptParquet(f"{path.name} is an empty (0-byte) Parquet file", file=path, reason="empty", fix=fix)
    try:
        raw = pl.scan_parquet(path).collect_schema().names()
    except Exception as exc:  # noqa: BLE001 - polars and pyarrow raise several types for corrupt files
        first = redact(str(exc).splitlines()[0]) if str(exc) else "unreadable"
        raise CorruptParquet(f"{path.name} is not a readable Parquet file: {first}", file=path,
                             reason="corrupt_parquet", fix=fix) from None
    columns, steps = standardize_headers(raw)
    return FileTable(name=name, path=path, kind="parquet", read_path=path, raw_header=raw, columns=columns,
                     steps=steps, fmt={"format": "parquet"})


def with_fallback(table: FileTable, fn: Callable[[pl.LazyFrame], T]) -> T:
    """Run ``fn`` over the table's scan. Types are inferred from the first rows; when a later value
    does not parse, that column is re-read as String (recorded as a ``dtype_fallback`` step) and
    ``fn`` runs again. Other Polars errors become DETERMINISTIC_FAILURE."""
    for _ in range(len(table.columns) + 1):
        try:
            return fn(table.scan())
        except pl.exceptions.PolarsError as exc:
            m = _PARSE_ERR.search(str(exc))
            if table.kind != "csv" or not m or m.group(1) in table.overrides:
                raise polars_error(table, exc) from None
            table.overrides[m.group(1)] = pl.String()
            table.steps.append({"op": "dtype_fallback", "column": m.group(1), "to": "string",
                                "reason": "a value after the inference window does not parse"})
    raise DeterministicFailure(f"{table.path.name}: schema did not settle", file=str(table.path))
