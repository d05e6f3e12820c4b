r"""Byte-wise comparisons and regex tests on MariaDB, shared by :mod:`dsl.mysql_sql`, :mod:`dsl.mysql_more` and the
ELT checks: whatever the column's collation, values are compared as bytes, and a final ``$`` is spelled ``\z``."""

from __future__ import annotations

from sqlglot import exp


def binary(e: exp.Expr) -> exp.Expression:
    """``CAST(e AS BINARY)``: comparisons and regex tests byte by byte, whatever the collation."""
    return exp.Cast(this=e, to=exp.DataType.build("BINARY"))


def end_only(pattern: str) -> str:
    """``pattern`` with a final unescaped ``$`` spelled ``\\z``: PCRE's ``$`` also matches before a final newline."""
    if pattern.endswith("$") and (len(pattern) - len(pattern[:-1].rstrip("\\")) - 1) % 2 == 0:
        return pattern[:-1] + "\\z"
    return pattern


def matches(e: exp.Expr, pattern: str) -> exp.Expression:
    """``e`` matches ``pattern`` (PCRE, search semantics) compared as bytes (``REGEXP_INSTR(...) > 0``)."""
    found = exp.Anonymous(this="REGEXP_INSTR", expressions=[binary(e), exp.Literal.string(end_only(pattern))])
    return exp.GT(this=found, expression=exp.Literal.number(0))
