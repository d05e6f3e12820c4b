"""Reader errors carry no cell value (issue 11): Polars quotes the value it could not parse, and that text became
a typed error's message (recorded on the ledger and shown to people). :func:`core.error_text.redact` keeps the
message's words, the dtype and the column name, and puts the value's shape in place of the value."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pytest

from core.error_text import LINE_MAX, redact
from core.errors import DeterministicFailure
from core.ingest.files import FileTable
from core.ingest.table_batches import parse_block


def _polars_message(cell: bytes) -> str:
    with pytest.raises(pl.exceptions.PolarsError) as info:
        pl.read_csv(io.BytesIO(b"id,age\n1,30\n2," + cell + b"\n"), schema={"id": pl.Int64, "age": pl.Int64})
    return str(info.value).splitlines()[0]


@pytest.mark.parametrize("cell", ["Juan Pérez", "12345678Z", "ana@example.org", "O'Brien `x`"])
def test_a_polars_parse_error_keeps_the_column_and_not_the_value(cell: str) -> None:
    raw = _polars_message(cell.encode())
    assert cell in raw  # what Polars says
    safe = redact(raw)
    assert cell not in safe and "age" in safe and "i64" in safe and "could not parse" in safe


def test_a_value_spanning_lines_is_shaped_in_a_parse_block_failure(tmp_path: Path) -> None:
    """An unterminated quote makes Polars' message span lines: its first line has no closing "` as dtype"."""
    path = tmp_path / "people.csv"
    table = FileTable(name="people", path=path, kind="csv", read_path=path, raw_header=["a", "b"],
                      columns=["a", "b"], steps=[], fmt={"delimiter": ","})
    with pytest.raises(DeterministicFailure) as info:
        parse_block(table, b'1,"Juan Garcia Lopez, 612345678\n2,Ana\n', {"a": pl.Int64(), "b": pl.String()}, "ingest")
    text = info.value.message + json.dumps(info.value.details, default=str)
    assert "could not parse" in text
    for raw in ("Juan", "Garcia", "612345678"):
        assert raw not in text


def _raised(call: Callable[[], object]) -> str:
    """The first line of the message ``call`` raises (the test fails if it raises none)."""
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the library's own message is what is examined
        return str(exc).splitlines()[0]
    raise AssertionError("no error")


@pytest.mark.parametrize(("call", "kept"), [
    (lambda: pl.Series([612345678]).cast(pl.Int16, strict=True), "to `i16` failed"),
    (lambda: pl.Series(["Juan 612345678"]).cast(pl.Int64, strict=True), "from `str` to `i64`"),
    (lambda: pl.Series(["612345678"]).str.to_datetime("%Y-%m-%d"), "`datetime[μs]`"),
    (lambda: pacsv.read_csv(io.BytesIO(b"a,b\njuan@x.com,612345678,Juan\n")), "Expected 2 columns, got 3"),
    (lambda: pc.cast(pa.array([612345678]), pa.int16()), "not in range"),
    (lambda: duckdb.connect().execute("select ?::smallint", [612345678]).fetchall(), "can't be cast"),
])
def test_unquoted_values_in_library_messages_are_shaped(call: Callable[[], object], kept: str) -> None:
    raw = _raised(call)
    assert "612345678" in raw  # what the library says
    safe = redact(raw)
    assert "612345678" not in safe and "juan" not in safe.lower() and kept in safe, safe


def test_the_basename_of_a_file_duckdb_could_not_sniff_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "juan_perez_dir" / "people.csv"
    path.parent.mkdir()
    path.write_bytes(b"a,b\n1,2\n\xff\xfe,juan,3\n")
    raw = _raised(lambda: duckdb.connect().execute("select * from read_csv(?, columns={'a':'INT','b':'INT'})",
                                                   [str(path)]).fetchall())
    assert str(path) in raw
    safe = redact(raw)
    assert 'file "people.csv"' in safe and "juan_perez_dir" not in safe


def test_mariadb_backtick_names_are_kept_and_a_backtick_value_is_not() -> None:
    fk = ("Cannot add or update a child row: a foreign key constraint fails (`test`.`child`, CONSTRAINT `fk` "
          "FOREIGN KEY (`pid`) REFERENCES `parent` (`id`))")
    assert redact(fk) == fk
    assert "`db`.`t`.`col`" in redact("Incorrect integer value: 'Juan' for column `db`.`t`.`col` at row 1")
    assert "Juan" not in redact("Unexpected value `Juan Perez` here")


@pytest.mark.parametrize("line", ["(a)=(b " * 150_000, "x" * 1_000_000, 'a: "b' * 200_000,
                                  "Key (" + "x, " * 300_000, "could not parse `" + "Juan " * 200_000])
def test_a_one_megabyte_line_is_redacted_quickly(line: str) -> None:
    start = time.perf_counter()
    safe = redact(line)
    assert time.perf_counter() - start < 0.3 and len(safe) <= 2 * LINE_MAX
