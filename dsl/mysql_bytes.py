r"""Byte-wise comparisons and regex tests on MariaDB, shared by :mod:`dsl.mysql_sql`, :mod:`dsl.mysql_more` and the
ELT checks: whatever the column's collation, values are compared as bytes (of the text in ``utf8mb4``, whatever the
column's character set: a ``latin1`` column's ``°`` is the two bytes of the patterns), and a final ``$`` is spelled
``\z``."""

from __future__ import annotations

from sqlglot import exp


def utf8mb4(e: exp.Expr) -> exp.Expression:
    """``CAST(e AS CHAR CHARACTER SET utf8mb4)`` (``CONVERT(e USING utf8mb4)``): a column of another character
    set (``latin1``) would meet ``utf8mb4`` literals in one expression (error 1267, illegal mix of collations) and
    give other bytes than the patterns'."""
    to = exp.DataType(this=exp.DataType.Type.CHARACTER_SET, kind=exp.Var(this="utf8mb4"))
    return exp.Cast(this=e.copy(), to=to)


def binary(e: exp.Expr) -> exp.Expression:
    """``CAST(CONVERT(e USING utf8mb4) AS BINARY)``: comparisons and regex tests byte by byte of the ``utf8mb4``
    text, whatever the column's character set and collation."""
    return exp.Cast(this=utf8mb4(e), to=exp.DataType.build("BINARY"))


def end_only(pattern: str) -> str:
    """``pattern`` with a final unescaped ``$`` spelled ``\\z``: PCRE's ``$`` also matches before a final newline."""
    if pattern.endswith("$") and (len(pattern) - len(pattern[:-1].rstrip("\\")) - 1) % 2 == 0:
        return pattern[:-1] + "\\z"
    return pattern


def matches(e: exp.Expr, pattern: str) -> exp.Expression:
    """``e`` matches ``pattern`` (PCRE, search semantics) compared as bytes (``REGEXP_INSTR(...) > 0``)."""
    found = exp.Anonymous(this="REGEXP_INSTR", expressions=[binary(e), exp.Literal.string(end_only(pattern))])
    return exp.GT(this=found, expression=exp.Literal.number(0))
