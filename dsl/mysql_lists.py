"""``list_sort`` and ``list_unique`` on MariaDB (dialect ``mysql``): the items listed by a row generator, joined back
by ``GROUP_CONCAT``.

Inside a correlated scalar subquery, ``JSON_TABLE(CONCAT('[', REPEAT('0,', separators), '0]'), '$[*]' COLUMNS (i FOR
ORDINALITY))`` is one row per item (``i`` = 1..count; a JSON_TABLE may read the outer row, a derived table may not),
and item ``i`` is cut out with the ``SUBSTRING_INDEX`` prefix lengths of ``list_get`` (left to right, without
overlap, byte-wise: :func:`dsl.mysql_text._item`). The generator's document holds only digits and commas, so any
separator works. ``list_sort`` orders by ``CAST(item AS BINARY)`` (byte-wise UTF-8 = code point order, Polars'
order); ``list_unique`` keeps an item when no earlier one is equal as bytes and joins in input order. A null text
has a null document, no rows, and ``GROUP_CONCAT`` of no rows is null; ``''`` is one empty item.

``GROUP_CONCAT`` cuts its result at ``group_concat_max_len`` bytes (MariaDB's default 1 MiB): the result is as long
as the text (sort) or shorter (unique), so a text up to that length is always exact; a longer one is cut with
warning 1260, which a strict-mode write (``STRICT_TRANS_TABLES`` into InnoDB, MariaDB's default) turns into an
error, so an ELT write fails rather than store a cut value (checked in ``tests/dsl/test_mysql_exact_ops.py``).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.mysql_bytes import binary
from dsl.mysql_text import _item, _seps

Env = so.Env


def _rows(e: exp.Expression, sep: str, alias: str) -> exp.Table:
    """One row per item of ``e`` with its 1-based number in column ``_dsl_i`` (no rows for a null text)."""
    doc = so.fn("CONCAT", so.s("["), so.fn("REPEAT", so.s("0,"), _seps(e, sep)), so.s("0]"))
    col = exp.JSONColumnDef(this=exp.to_identifier("_dsl_i", quoted=True), ordinality=True)
    table = exp.JSONTable(this=doc, schema=exp.JSONSchema(expressions=[col]), path=so.s("$[*]"))
    return exp.Table(this=table, alias=exp.TableAlias(this=exp.to_identifier(alias, quoted=True)))


def _i(alias: str) -> exp.Column:
    return exp.column("_dsl_i", table=alias, quoted=True)


def _nth(e: exp.Expression, sep: str, alias: str) -> exp.Expression:
    return _item(e.copy(), sep, exp.Sub(this=_i(alias), expression=so.n(1)))


def _joined(item: exp.Expression, order: exp.Expression, desc: bool, sep: str) -> exp.Expression:
    ordered = exp.Order(this=item, expressions=[exp.Ordered(this=order, desc=desc, nulls_first=not desc)])
    return exp.GroupConcat(this=ordered, separator=so.s(sep))


def list_sort(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_sort``: the items ordered by their bytes, joined with the separator."""
    e, sep = env[op.input], op.separator
    item = _nth(e, sep, "_dsl_u")
    sel = exp.select(_joined(item, binary(item.copy()), op.descending, sep)).from_(_rows(e, sep, "_dsl_u"), copy=False)
    return {op.output: exp.Subquery(this=sel)}


def list_unique(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_unique``: the items with no equal (byte-wise) item before them, in input order."""
    e, sep = env[op.input], op.separator
    item = _nth(e, sep, "_dsl_u")
    earlier = exp.select(exp.Literal.number(1)).from_(_rows(e, sep, "_dsl_v"), copy=False).where(
        exp.and_(exp.LT(this=_i("_dsl_v"), expression=_i("_dsl_u")),
                 exp.EQ(this=binary(_nth(e, sep, "_dsl_v")), expression=binary(item.copy()))), copy=False)
    first = exp.Not(this=exp.Exists(this=earlier))
    sel = exp.select(_joined(item, _i("_dsl_u"), False, sep)).from_(_rows(e, sep, "_dsl_u"), copy=False).where(
        first, copy=False)
    return {op.output: exp.Subquery(this=sel)}


#: op name -> MariaDB builder, merged into :data:`dsl.mysql_exact.EXACT_OPS`
LIST_OPS: dict[str, so.SqlBuilder] = {"list_sort": list_sort, "list_unique": list_unique}
