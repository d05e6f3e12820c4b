"""Cross-field rules of the target schema (e.g. ``signup_date >= birth_date``) as Polars expressions.

A rule is a boolean SQL expression over target columns, parsed with sqlglot (comparisons,
AND/OR/NOT, literals, IS NULL); anything else, or a column the target does not have, is a clear
error naming the rule and the fix.
"""

from __future__ import annotations

from typing import Any

import polars as pl
import sqlglot
from sqlglot import exp

from core.errors import DeterministicFailure


class BadCrossFieldRule(DeterministicFailure):
    """A cross-field rule names an unknown column or uses an unsupported construct."""

    def __init__(self, rule: str, reason: str, **details: Any) -> None:
        super().__init__(f"cross-field rule {rule!r}: {reason}; fix the rule in the target schema",
                         stage="ANALYSIS", rule=rule, reason=reason, **details)


_CMP = {exp.GT: "gt", exp.GTE: "ge", exp.LT: "lt", exp.LTE: "le", exp.EQ: "eq", exp.NEQ: "ne"}


def rule_expr(name: str, expression: str, columns: set[str]) -> pl.Expr:
    """The rule as a Polars boolean expression (null operands make the rule pass)."""
    try:
        tree = sqlglot.parse_one(expression)
    except sqlglot.errors.ParseError as exc:
        raise BadCrossFieldRule(name, f"does not parse ({str(exc).splitlines()[0]})") from None
    return _to_expr(name, tree, columns).fill_null(True)  # type: ignore[arg-type]


def _to_expr(name: str, node: exp.Expression, columns: set[str]) -> pl.Expr:
    if isinstance(node, exp.Paren):
        return _to_expr(name, node.this, columns)
    if isinstance(node, exp.And):
        return _to_expr(name, node.this, columns) & _to_expr(name, node.expression, columns)
    if isinstance(node, exp.Or):
        return _to_expr(name, node.this, columns) | _to_expr(name, node.expression, columns)
    if isinstance(node, exp.Not):
        return ~_to_expr(name, node.this, columns)
    if isinstance(node, exp.Is) and isinstance(node.expression, exp.Null):
        return _operand(name, node.this, columns).is_null()
    for cls, method in _CMP.items():
        if isinstance(node, cls):
            left, right = _operand(name, node.this, columns), _operand(name, node.expression, columns)
            return getattr(left, method)(right)  # type: ignore[no-any-return]
    raise BadCrossFieldRule(name, f"unsupported construct {node.sql()!r} (use comparisons, AND, OR, NOT, IS NULL)")


def _operand(name: str, node: exp.Expression, columns: set[str]) -> pl.Expr:
    if isinstance(node, exp.Column):
        col = node.name
        if col not in columns:
            raise BadCrossFieldRule(name, f"unknown column {col!r}", column=col, columns=sorted(columns))
        return pl.col(col)
    if isinstance(node, exp.Literal):
        return pl.lit(float(node.this) if not node.is_string else node.this)
    if isinstance(node, exp.Neg):
        return -_operand(name, node.this, columns)
    raise BadCrossFieldRule(name, f"unsupported operand {node.sql()!r}")
