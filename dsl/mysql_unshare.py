"""MariaDB: ``REPLACE`` may rewrite its argument's string in place; its argument is always a copy.

MariaDB's ``REPLACE`` (like ``INSERT``) takes its first argument's value and, when that value is a buffer the
argument allocated, replaces inside it rather than in a copy (``copy_if_not_alloced`` in the server). A value that
is computed once and then read again -- the cached first argument of ``NULLIF`` (the DSL's ``regex_extract``), one
expression of a derived table merged into the outer query under several names (the layers of
:func:`dsl.compile_sql.to_sql`, an ELT work query) -- is then read back *after* the replacement: ``list_get`` of a
``coalesce`` of ``regex_extract`` results counted its separators on ``'0A 1B 2C'`` and cut its item out of
``'0A1B2C'``, returning ``''``. ``CONCAT(x)`` always builds its result in its own buffer, so ``REPLACE(CONCAT(x),
...)`` replaces in that copy and ``x`` stays as it is (checked on the server: tests/dsl/test_mysql_unshare.py).
"""

from __future__ import annotations

from sqlglot import exp

#: functions of MariaDB that may write into their first argument's buffer
IN_PLACE = frozenset({"REPLACE", "INSERT"})


def _copy_first(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.Anonymous) and str(node.this).upper() in IN_PLACE and node.expressions:
        first = node.expressions[0]
        if not (isinstance(first, exp.Anonymous) and str(first.this).upper() == "CONCAT"
                and len(first.expressions) == 1):
            node.expressions[0] = exp.Anonymous(this="CONCAT", expressions=[first])
    return node


def unshared(e: exp.Expression) -> exp.Expression:
    """``e`` with the first argument of every in-place function (:data:`IN_PLACE`) wrapped in ``CONCAT``."""
    return e.transform(_copy_first)
