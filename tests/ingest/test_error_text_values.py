"""Reader errors carry no cell value (issue 11): Polars quotes the value it could not parse, and that text became
a typed error's message (recorded on the ledger and shown to people). :func:`core.error_text.redact` keeps the
message's words, the dtype and the column name, and puts the value's shape in place of the value."""

from __future__ import annotations

import io

import polars as pl
import pytest

from core.error_text import redact


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
