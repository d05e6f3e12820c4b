"""Target type names (schema files, SQL types) -> logical types, and type compatibility."""

from __future__ import annotations

import re

from core.catalog import LogicalType
from core.ingest.standardize import logical_type_of_sql

SCHEMA_TYPES: dict[str, LogicalType] = {
    "string": "string", "str": "string", "text": "string", "varchar": "string", "char": "string",
    "int": "int", "integer": "int", "bigint": "int", "smallint": "int", "long": "int",
    "float": "float", "double": "float", "real": "float", "number": "float",
    "decimal": "decimal", "numeric": "decimal", "money": "decimal",
    "bool": "bool", "boolean": "bool",
    "date": "date", "datetime": "datetime", "timestamp": "datetime", "timestamptz": "datetime",
}
_PARAM = re.compile(r"^\s*([A-Za-z_ ]+?)\s*(?:\(\s*(\d+)(?:\s*,\s*\d+)?\s*\))?\s*$")


def parse_type(name: str) -> tuple[LogicalType, int | None] | None:
    """(logical type, declared length) of a schema-file type like ``varchar(40)``; None if unknown."""
    m = _PARAM.match(name or "")
    if not m:
        return None
    base = m.group(1).strip().lower()
    length = int(m.group(2)) if m.group(2) and base in ("varchar", "char", "string", "text") else None
    if base in SCHEMA_TYPES:
        return SCHEMA_TYPES[base], length
    if base in ("character varying", "nvarchar", "timestamp with time zone", "double precision"):
        return logical_type_of_sql(base), length
    return None


def sql_max_length(physical: str) -> int | None:
    """Declared length of a SQL string type (``VARCHAR(40)`` -> 40)."""
    m = re.search(r"char[a-z ]*\((\d+)\)", physical.lower())
    return int(m.group(1)) if m else None


_NUMERIC = {"int", "float", "decimal"}
_TEMPORAL = {"date", "datetime"}


def type_compat(src: str, dst: str) -> float:
    """How well a source logical type fits a target one (1 same, 0.8 castable, 0.6 from string)."""
    if src == dst:
        return 1.0
    if src in _NUMERIC and dst in _NUMERIC or src in _TEMPORAL and dst in _TEMPORAL:
        return 0.85
    if src == "string" or dst == "string":
        return 0.6
    if src == "null":
        return 0.5
    return 0.2
