"""The live target as the drift reference: a bounded, deterministic sample of its rows by key hash.

Reading the whole live table would make Analysis cost grow with the target; PSI and KS compare
shares, so a uniform sample estimates them. The rows kept are the ``rows`` whose
``MD5('<seed>|' || key1 || '|' || key2 ...)`` is smallest (keys as text, NULL as empty): the same
rows every time for the same table content, independent of physical order, spread uniformly
over the key space. The statement is a sqlglot expression rendered in the target's dialect with
its identifier quoting (SQLite has no MD5: the target registers a deterministic one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import polars as pl
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

#: rows of the live target read as the drift reference (the mapped side's sample is the same size)
REFERENCE_ROWS = 50_000
SEED = "mapwright-drift-v1"


@dataclass(frozen=True)
class ReferenceSample:
    """Rows sampled from the live target table, and how many rows the table has."""

    frame: pl.DataFrame
    total_rows: int


class ReferenceTarget(Protocol):
    """What Analysis needs of the migration target (:class:`core.migration.ports.TargetPort` implementations)."""

    @property
    def dialect(self) -> str:
        """sqlglot dialect name (compilation checks)."""
        ...

    def table_exists(self, table: str) -> bool:
        """True when ``table`` exists in the target."""
        ...

    def reference_sample(self, table: str, columns: list[str], key: list[str], rows: int) -> ReferenceSample:
        """At most ``rows`` rows of ``columns`` of ``table``, the smallest by :func:`key_hash` of ``key``
        (all of the table's columns of ``columns`` when it lacks a key column), and its row count."""
        ...


def _text(column: str) -> exp.Expr:
    return exp.func("COALESCE", exp.cast(exp.column(column, quoted=True), "text"), exp.Literal.string(""))


def key_hash(key: list[str], seed: str = SEED) -> exp.Expr:
    """``MD5('<seed>|' || k1 || '|' || k2 ...)`` over the key columns as text (NULL as empty)."""
    parts: list[exp.Expr] = [exp.Literal.string(f"{seed}|")]
    for i, k in enumerate(key):
        if i:
            parts.append(exp.Literal.string("|"))
        parts.append(_text(k))
    return exp.func("MD5", exp.Concat(expressions=parts))


def reference_query(table: str, columns: list[str], key: list[str], rows: int, dialect: str,
                    *, schema: str | None = None) -> str:
    """``SELECT columns FROM table ORDER BY key hash LIMIT rows`` in ``dialect`` (quoted identifiers)."""
    if not key:
        raise ValueError("a reference sample needs the table's key columns")
    return (exp.select(*[exp.column(c, quoted=True) for c in columns])
            .from_(exp.table_(table, db=schema, quoted=True))
            .order_by(exp.Ordered(this=key_hash(key), nulls_first=_native_nulls_first(dialect)))
            .limit(rows).sql(dialect=dialect))


def _native_nulls_first(dialect: str) -> bool:
    """The dialect's own NULL placement (so sqlglot adds no ``NULLS LAST`` or MySQL ``CASE`` sort key)."""
    return bool(Dialect.get_or_raise(dialect).NULL_ORDERING == "nulls_are_small")


def count_query(table: str, dialect: str, *, schema: str | None = None) -> str:
    """``SELECT COUNT(*) FROM table``."""
    return exp.select(exp.func("COUNT", exp.Star())).from_(exp.table_(table, db=schema, quoted=True)).sql(
        dialect=dialect)


def reference_name(table: str, sample: ReferenceSample) -> str:
    """How the report names a live-target reference: the table, the sample size and how it was drawn."""
    n = sample.frame.height
    if n >= sample.total_rows:
        return f"live target {table} (all {sample.total_rows} rows)"
    return f"live target {table} ({n} of {sample.total_rows} rows, sampled by key hash)"
