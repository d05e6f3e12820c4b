"""PostgreSQL: the staged rows' checksum computed by the server, per chunk, in one aggregate query.

The server side of :mod:`core.migration.pg_hash`: per staged row, ``hash_record_extended`` over the
target columns cast to their canonical types (a decimal as ``round(v, 6)::text``), hashed again with
``hashint8extended(h, h)``, then per chunk ``count, sum of the high 32 bits, sum of the low 32 bits`` --
the ``count:sum_hi:sum_lo`` form of :func:`core.migration.chunks.checksum_of_hashes`. Nothing is read
back but one row per chunk. Needs PostgreSQL 14 (``hash_record_extended``) and a UTF-8 database (text
is hashed as its bytes); :func:`supported` says whether a connection has both.
"""

from __future__ import annotations

import functools
import operator
from typing import Any

import sqlalchemy as sa

from core.migration.chunks import CHUNK_COL
from core.migration.models import MigrationSpec
from core.migration.pg_hash import MASK_BITS, key_columns, masked

_TYPES: dict[str, Any] = {"string": sa.Text, "int": sa.BigInteger, "float": sa.Double, "date": sa.Date,
                          "datetime": sa.DateTime, "bool": sa.Boolean}
_LOW32 = 0xFFFFFFFF


def supported_query() -> Any:
    """One boolean: the server has ``hash_record_extended`` (14+) and stores text as UTF-8."""
    version = sa.cast(sa.func.current_setting("server_version_num"), sa.Integer)
    return sa.select(sa.and_(version >= 140000, sa.func.current_setting("server_encoding") == "UTF8"))


def six_places(type_: Any) -> bool:
    """True when a column of SQL type ``type_`` holds every value with exactly six decimal places (``numeric(p, 6)``):
    its own text is then the six-place text the client hashes (no ``round``, no ``numeric`` conversion per row)."""
    return isinstance(type_, sa.Numeric) and not isinstance(type_, sa.Float) and type_.scale == 6


def _canonical(table: sa.Table, name: str, type_: str) -> Any:
    col = table.c[name]
    if type_ == "decimal" and six_places(col.type):  # numeric(p, 6), as staging declares it: its text has six places
        return sa.cast(col, sa.Text).collate("C")
    if type_ == "decimal":  # six places as text (what the client formats the Decimal(38, 6) as)
        return sa.cast(sa.func.round(sa.cast(col, sa.Numeric), 6), sa.Text).collate("C")
    if type_ == "string":  # hashed as its bytes whatever the column's collation (a nondeterministic one would not)
        return sa.cast(col, sa.Text).collate("C")
    return sa.cast(col, _TYPES[type_])


def null_masks(table: sa.Table, names: list[str]) -> list[Any]:
    """One ``int8`` per 63 of ``names`` (the float columns, :func:`core.migration.pg_hash.masked`), bit ``i`` set
    when the ``i``-th is null (the client's :func:`core.migration.pg_hash.null_masks`): the record hash takes a
    null for 0, like a zero float8."""
    words = []
    for start in range(0, len(names), MASK_BITS):
        bits = [sa.case((table.c[n].is_(None), sa.literal(1 << i, sa.BigInteger)), else_=sa.literal(0, sa.BigInteger))
                for i, n in enumerate(names[start:start + MASK_BITS])]
        words.append(sa.cast(functools.reduce(operator.add, bits), sa.BigInteger))
    return words


#: a finite number's text (a numeric's, or a float8's shortest exact one: the value it stores)
_NUMBER = r"^-?[0-9]+(\.[0-9]*)?(e[-+]?[0-9]+)?$"


def _exact_decimal(col: Any) -> Any:
    """A final decimal column's hashed text: with six places when its value has no more (the staged form, whatever
    the column's own type or scale), else its own text (no six-place text equals it: the row looks changed)."""
    text = sa.cast(col, sa.Text)
    num = sa.cast(text, sa.Numeric)
    six = sa.func.round(num, 6)
    return sa.case((text.op("~")(sa.literal(_NUMBER)), sa.case((six == num, sa.cast(six, sa.Text)), else_=text)),
                   else_=text).collate("C")


def checksum_query(stage: sa.Table, spec: MigrationSpec) -> Any:
    """``chunk, count, sum_hi, sum_lo`` per chunk of ``stage`` (see the module docstring)."""
    row = sa.func.row(*[_canonical(stage, c.name, c.type) for c in spec.columns],
                      *null_masks(stage, masked(spec.columns)))
    # OFFSET 0 keeps each subquery a fence: its hash is computed once per row, not once per reference
    rec = sa.select(stage.c[CHUNK_COL].label("c"), sa.func.hash_record_extended(
        row, sa.literal(0, sa.BigInteger)).label("h")).offset(0).subquery("r")
    fin = sa.select(rec.c.c, sa.func.hashint8extended(rec.c.h, rec.c.h).label("f")).offset(0).subquery("f")
    low = sa.literal(_LOW32, sa.BigInteger)
    return sa.select(fin.c.c, sa.func.count(), sa.func.sum(fin.c.f.op(">>")(32).op("&")(low)),
                     sa.func.sum(fin.c.f.op("&")(low))).group_by(fin.c.c)


def final_hashes_query(final: sa.Table, spec: MigrationSpec, six: frozenset[str] = frozenset()) -> Any:
    """``(key hash, row hash)`` of every row of the final table, as :mod:`core.migration.unchanged` looks source rows
    up (the client's :func:`core.migration.pg_hash.row_hashes` of the key and of the row). Exact: a decimal is
    hashed with six places only when its own text says so exactly (a final column of another scale, or a float,
    holding the same value hashes like the staged one), else as its own text, never rounded (a change past the
    6th place must not look unchanged). ``six``: decimal columns the server declares ``numeric(p, 6)`` (read from its
    catalog, :func:`six_places`), hashed as their own text: the same text, without the per-row number check (the
    exact form costs more than the rest of the row's hash). Should such a column's type change meanwhile, its text
    no longer has six places and its rows look changed: staged and merged (safe)."""
    def exact(name: str, type_: str) -> Any:
        if type_ == "decimal" and name in six:
            return sa.cast(final.c[name], sa.Text).collate("C")
        return _exact_decimal(final.c[name]) if type_ == "decimal" else _canonical(final, name, type_)

    types = {c.name: c.type for c in spec.columns}
    key = sa.func.row(*[exact(k, types[k]) for k in spec.key], *null_masks(final, masked(key_columns(spec))))
    row = sa.func.row(*[exact(c.name, c.type) for c in spec.columns], *null_masks(final, masked(spec.columns)))
    zero = sa.literal(0, sa.BigInteger)
    rec = sa.select(sa.func.hash_record_extended(key, zero).label("k"),
                    sa.func.hash_record_extended(row, zero).label("r")).offset(0).subquery("r")
    return sa.select(sa.func.hashint8extended(rec.c.k, rec.c.k).label("kh"),
                     sa.func.hashint8extended(rec.c.r, rec.c.r).label("rh"))


def chunk_checksums(rows: list[Any]) -> dict[int, str]:
    """``{chunk id: "count:sum_hi:sum_lo"}`` from the rows of :func:`checksum_query`."""
    return {int(c): f"{int(n)}:{int(hi)}:{int(lo)}" for c, n, hi, lo in rows}
