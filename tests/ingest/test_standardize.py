"""Standardization shim: headers and dtype canonicalization."""

from __future__ import annotations

import polars as pl
import pytest

from core.ingest.standardize import logical_type_of, logical_type_of_sql, standardize_headers, to_snake


@pytest.mark.parametrize(("raw", "want"), [
    ("First Name", "first_name"), ("  E-mail  ", "e_mail"), ("CustomerID", "customer_id"),
    ("Café Olé", "cafe_ole"), ("2nd Address", "c_2nd_address"), ("__x__", "x"), ("%%", ""),
])
def test_to_snake(raw: str, want: str) -> None:
    assert to_snake(raw) == want


def test_duplicate_and_empty_headers_are_renamed_and_recorded() -> None:
    names, steps = standardize_headers(["Name", "name", "", "NAME", "name_2", "  "])
    assert names == ["name", "name_3", "column_3", "name_4", "name_2", "column_6"]
    ops = {(s["op"], s["column"]) for s in steps}
    assert ("duplicate_header", 2) in ops and ("duplicate_header", 4) in ops
    assert ("empty_header", 3) in ops and ("empty_header", 6) in ops
    assert ("snake_case", 1) in ops
    assert not any(s["column"] == 5 for s in steps)  # already canonical: no step


@pytest.mark.parametrize(("dtype", "want"), [
    (pl.Int64(), "int"), (pl.UInt8(), "int"), (pl.Float32(), "float"), (pl.String(), "string"),
    (pl.Boolean(), "bool"), (pl.Date(), "date"), (pl.Datetime("us"), "datetime"), (pl.Decimal(10, 2), "decimal"),
    (pl.Binary(), "binary"), (pl.Null(), "null"),
])
def test_polars_dtypes(dtype: pl.DataType, want: str) -> None:
    assert logical_type_of(dtype) == want


@pytest.mark.parametrize(("name", "want"), [
    ("INTEGER", "int"), ("BIGINT", "int"), ("VARCHAR(20)", "string"), ("TEXT", "string"),
    ("TIMESTAMP WITHOUT TIME ZONE", "datetime"), ("DATETIME", "datetime"), ("DATE", "date"),
    ("NUMERIC(10, 2)", "decimal"), ("DECIMAL(12,2)", "decimal"), ("TINYINT(1)", "bool"), ("BOOLEAN", "bool"),
    ("DOUBLE PRECISION", "float"), ("BYTEA", "binary"), ("INTERVAL", "string"), ("POINT", "string"),
])
def test_sql_types(name: str, want: str) -> None:
    assert logical_type_of_sql(name) == want
