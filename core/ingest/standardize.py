"""The standardization shim (ROADMAP Phase 1): header canonicalization and dtype canonicalization.

Header rules, applied in this order and each recorded as a step in ``TableSchema.standardization``:

1. ``snake_case``: Unicode-normalize (NFKD, accents dropped), split camelCase, lower-case, every run
   of non-alphanumerics -> ``_``, trimmed; a leading digit gets a ``c_`` prefix.
2. ``empty_header``: a header that is empty after step 1 becomes ``column_N`` (N = 1-based position).
3. ``duplicate_header``: the second, third ... occurrence of a name gets ``_2``, ``_3`` ... (skipping
   suffixes that are already taken).

Steps are dicts ``{"op": ..., "column": position, "from": original, "to": new}`` so the catalog says
exactly what was changed; a header that is already canonical records no step.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import polars as pl

from core.catalog import LogicalType

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^0-9a-zA-Z]+")


def to_snake(name: str) -> str:
    """Canonical snake_case form of a header ('' when nothing alphanumeric is left)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = _CAMEL.sub("_", text.strip())
    text = _NON_ALNUM.sub("_", text).strip("_").lower()
    if text and text[0].isdecimal():
        text = "c_" + text
    return text


def standardize_headers(raw: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """Standardized names for ``raw`` headers plus the steps that produced them."""
    steps: list[dict[str, Any]] = []
    first: list[str] = []
    for pos, original in enumerate(raw, start=1):
        snake = to_snake(original or "")
        if snake and snake != original:
            steps.append({"op": "snake_case", "column": pos, "from": original, "to": snake})
        if not snake:
            snake = f"column_{pos}"
            steps.append({"op": "empty_header", "column": pos, "from": original, "to": snake})
        first.append(snake)
    taken = set(first)
    seen: set[str] = set()
    out: list[str] = []
    for pos, name in enumerate(first, start=1):
        if name in seen:
            n = 2
            while f"{name}_{n}" in taken:
                n += 1
            new = f"{name}_{n}"
            taken.add(new)
            steps.append({"op": "duplicate_header", "column": pos, "from": raw[pos - 1], "to": new})
            name = new
        seen.add(name)
        out.append(name)
    return out, steps


def logical_type_of(dtype: pl.DataType) -> LogicalType:
    """Canonical LogicalType for a Polars dtype."""
    if dtype == pl.Boolean:
        return "bool"
    if dtype.is_integer():
        return "int"
    if dtype.is_float():
        return "float"
    if isinstance(dtype, pl.Decimal):
        return "decimal"
    if dtype == pl.Date:
        return "date"
    if isinstance(dtype, pl.Datetime):
        return "datetime"
    if dtype == pl.Binary:
        return "binary"
    if dtype == pl.Null:
        return "null"
    return "string"


_SQL_TYPES: list[tuple[re.Pattern[str], LogicalType]] = [
    (re.compile(r"^(bool|boolean|tinyint\(1\))"), "bool"),
    (re.compile(r"^(tiny|small|medium|big)?(int|integer|serial)\b|^(small|big)?serial|^int\d|^bit\b"), "int"),
    (re.compile(r"^(numeric|decimal|money|number)"), "decimal"),
    (re.compile(r"^(float|double|real)"), "float"),
    (re.compile(r"^(timestamp|datetime)"), "datetime"),
    (re.compile(r"^date\b"), "date"),
    (re.compile(r"^(blob|longblob|mediumblob|tinyblob|bytea|binary|varbinary)"), "binary"),
]


def logical_type_of_sql(type_name: str) -> LogicalType:
    """Canonical LogicalType for a SQL type name as reported by SQLAlchemy (e.g. ``VARCHAR(20)``)."""
    t = type_name.strip().lower()
    for pattern, logical in _SQL_TYPES:
        if pattern.search(t):
            return logical
    return "string"
