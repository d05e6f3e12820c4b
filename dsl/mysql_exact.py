r"""MariaDB (dialect ``mysql``) forms of Unix time, coordinates, number formatting, ``select_when`` and the
float / decimal / date casts, each exact against Polars on the real server.

* ``epoch_to_datetime``: ``TIMESTAMPADD(MICROSECOND, x * 10^6|10^3, CAST('1970-01-01 00:00:00' AS
  DATETIME(6)))`` behind the DSL's range test (years 0001..9999, :func:`dsl.v14_polars.epoch_bounds`).
  ``DATETIME`` arithmetic is calendar arithmetic on naive values (proleptic Gregorian): unlike
  ``FROM_UNIXTIME``/``UNIX_TIMESTAMP`` it never reads the session time zone, and unlike ``TIMESTAMP`` (1970..2038)
  ``DATETIME(6)`` holds 0001-01-01 .. 9999-12-31 23:59:59.999999, the DSL's whole range; a value outside it is
  null before any arithmetic, as in Polars.
* ``datetime_to_epoch``: ``TIMESTAMPDIFF(MICROSECOND, epoch, x)`` (exact: at most 3.2e17), then floor division
  written with a remainder, ``(us - MOD(MOD(us, k) + k, k)) DIV k``, since ``TIMESTAMPDIFF(SECOND, ..)`` and
  ``DIV`` truncate toward zero (``1969-12-31 23:59:59.5`` -> ``-1`` as in Polars).
* ``dms_to_decimal``: the shape tested on bytes, the parts taken by one anchored ``REGEXP_REPLACE`` each (group
  ``\N`` of the same full pattern), the fraction padded to milliseconds as text (``SUBSTR(CONCAT(f, '000'), 1,
  3)``, so no empty text is ever cast: strict mode makes that an error), one ``DOUBLE`` division.
* ``format_number``: ``FLOOR(ABS(x) * 10^d + 0.5)`` in ``DOUBLE`` (below 1e15: exact as ``BIGINT``), then
  integer ``DIV``/``MOD``; thousands by ``REGEXP_REPLACE`` of ``([0-9])(?=(?:[0-9]{3})+\z)`` (a digit followed by
  whole groups of three up to the end).
* ``select_when``: ``REGEXP_INSTR(x, pattern) > 0`` on the canonical pattern under ``(?-i)`` with ``$`` as
  ``\z`` (the text is matched as characters, so ``.`` is one character as in Polars); a null input is not a
  match and takes ``otherwise``.
* ``type_cast`` float / decimal -> int: ``CAST(TRUNCATE(CAST(x AS DOUBLE), 0) AS SIGNED)`` behind
  ``ABS(x) < 9.2e18`` (``CAST(double AS SIGNED)`` alone rounds half away from zero; ``TRUNCATE`` drops the
  fraction toward zero first, so the cast sees an integral double). A MariaDB ``DOUBLE`` holds no NaN or
  infinity, so the range test is the whole null rule. date -> datetime: ``CAST(x AS DATETIME(6))``;
  datetime -> date: ``CAST(x AS DATE)``.
* ``list_sort``, ``list_unique``: :mod:`dsl.mysql_lists` (a ``JSON_TABLE`` row per item, ``GROUP_CONCAT``).
* ``regex_extract_all``: :mod:`dsl.mysql_extract_all` (match k behind k - 1 atomic skips, ``GROUP_CONCAT``).
* ``words_to_int``: :mod:`dsl.mysql_words` (lateral ``JSON_TABLE``s bind what a derived table cannot).
* ``sign``, ``min``, ``max`` (DSL 1.7): the shared ``CASE`` forms of :mod:`dsl.v17_sql` (MariaDB's ``LEAST`` /
  ``GREATEST`` would return null for any null argument).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.mysql_bytes import binary, matches
from dsl.mysql_extract_all import regex_extract_all
from dsl.mysql_lists import LIST_OPS
from dsl.mysql_more import pcre
from dsl.mysql_title import title_case
from dsl.mysql_words import words_to_int
from dsl.regex import canonical
from dsl.semantics import INT_LIMIT
from dsl.v14_polars import US_PER, epoch_bounds
from dsl.v15_polars import DMS_SHAPE, MS_PER_DEGREE
from dsl.v17_sql import V17_SQL

Env = so.Env
#: the DSL's epoch as a MariaDB DATETIME(6) constant (naive, no time zone involved)
EPOCH = "1970-01-01 00:00:00"
#: :data:`DMS_SHAPE` with the five parts as numbered groups (deg, min, sec, frac, hemisphere)
DMS_FULL = "^([0-9]{1,3})° ?([0-9]{1,2})' ?([0-9]{1,2})(?:\\.([0-9]{1,3}))?\" ?([NSEW])$"


def datetime6(e: exp.Expression) -> exp.Expression:
    """``CAST(e AS DATETIME(6))``: microsecond precision, years 0001..9999."""
    return exp.Cast(this=e, to=exp.DataType.build("DATETIME(6)", dialect="mysql"))


def _epoch() -> exp.Expression:
    return datetime6(so.s(EPOCH))


def epoch_to_datetime(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``epoch_to_datetime``: microseconds added to the epoch, null outside years 0001..9999."""
    x = env[op.input]
    lo, hi = epoch_bounds(op.unit)
    micros = exp.Mul(this=x.copy(), expression=so.n(US_PER[op.unit]))
    value = so.fn("TIMESTAMPADD", exp.var("MICROSECOND"), micros, _epoch())
    return {op.output: so.case((exp.Between(this=x, low=so.n(lo), high=so.n(hi)), value))}


def floor_div(us: exp.Expression, k: int) -> exp.Expression:
    """``floor(us / k)`` for a positive constant ``k`` in integer arithmetic (``DIV`` truncates)."""
    rem = so.fn("MOD", so.p(exp.Add(this=so.fn("MOD", us.copy(), so.n(k)), expression=so.n(k))), so.n(k))
    return exp.IntDiv(this=so.p(exp.Sub(this=us, expression=rem)), expression=so.n(k))


def datetime_to_epoch(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``datetime_to_epoch``: whole seconds / milliseconds since the epoch, rounded down."""
    us = so.fn("TIMESTAMPDIFF", exp.var("MICROSECOND"), _epoch(), env[op.input])
    return {op.output: so.cast(floor_div(us, US_PER[op.unit]), "bigint")}


def dms_to_decimal(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``dms_to_decimal``: exact integer milliseconds from the parts, one binary64 division, signed."""
    e = env[op.input]
    full = pcre(canonical(DMS_FULL))

    def group(k: int) -> exp.Expression:
        return so.fn("REGEXP_REPLACE", e.copy(), so.s(full), so.s(f"\\{k}"))

    d, m, s = (so.cast(group(k), "bigint") for k in (1, 2, 3))
    frac = so.cast(so.fn("SUBSTR", so.fn("CONCAT", group(4), so.s("000")), so.n(1), so.n(3)), "bigint")
    total = exp.Add(this=exp.Add(this=exp.Add(this=exp.Mul(this=d, expression=so.n(MS_PER_DEGREE)),
                                              expression=exp.Mul(this=m, expression=so.n(60_000))),
                                 expression=exp.Mul(this=s, expression=so.n(1000))), expression=frac)
    num = so.p(total)
    hem = binary(group(5))
    limit = so.case((exp.In(this=hem, expressions=[so.s("N"), so.s("S")]), so.n(90 * MS_PER_DEGREE)),
                    default=so.n(180 * MS_PER_DEGREE))
    value = exp.Div(this=so.cast(num.copy(), "double"), expression=so.dbl(float(MS_PER_DEGREE)))
    signed = so.case((exp.In(this=hem.copy(), expressions=[so.s("S"), so.s("W")]), exp.Neg(this=so.p(value))),
                     default=value.copy())
    ok = exp.and_(exp.LTE(this=so.cast(group(2), "bigint"), expression=so.n(59)),
                  exp.LTE(this=so.cast(group(3), "bigint"), expression=so.n(59)),
                  exp.LTE(this=num.copy(), expression=limit))
    # the shape first: only a matching text reaches a cast (strict mode makes a bad conversion an error)
    return {op.output: so.case((matches(e, DMS_SHAPE), so.case((ok, signed))))}


def format_number(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``format_number``: the ``round`` formula in DOUBLE, then integer digits, grouping and fraction."""
    x = so.cast(env[op.input], "double")
    p = 10 ** op.decimals
    scaled = exp.Mul(this=so.fn("ABS", x), expression=so.dbl(float(p)))
    ok = exp.LT(this=scaled.copy(), expression=so.dbl(1e15))
    n = so.cast(so.fn("FLOOR", exp.Add(this=scaled.copy(), expression=so.dbl(0.5))), "bigint")
    digits: exp.Expression = so.cast(exp.IntDiv(this=n.copy(), expression=so.n(p)), "char")
    if op.thousands:
        digits = so.fn("REGEXP_REPLACE", digits, so.s("([0-9])(?=(?:[0-9]{3})+\\z)"),
                       so.s("\\1" + op.thousands.replace("\\", "\\\\")))
    sign = so.case((exp.and_(exp.LT(this=x.copy(), expression=so.dbl(0.0)), exp.GT(this=n.copy(), expression=so.n(0))),
                    so.s("-")), default=so.s(""))
    parts = [sign, digits]
    if op.decimals:
        frac = so.cast(so.fn("MOD", n.copy(), so.n(p)), "char")
        parts += [so.s(op.decimal_mark), so.fn("LPAD", frac, so.n(op.decimals), so.s("0"))]
    return {op.output: so.case((ok, so.fn("CONCAT", *parts)))}


def select_when(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``select_when``: ``then`` where the input matches (characters, case-sensitive), else ``otherwise``."""
    found = so.fn("REGEXP_INSTR", env[op.input], so.s(pcre(canonical(op.pattern))))
    other = env[op.otherwise] if op.otherwise else None
    return {op.output: so.case((exp.GT(this=found, expression=so.n(0)), env[op.then]), default=other)}


def truncate(e: exp.Expression) -> exp.Expression:
    """float / decimal -> int: toward zero, null unless ``|x| < 9.2e18``."""
    f = so.cast(e, "double")
    whole = so.cast(so.fn("TRUNCATE", f.copy(), so.n(0)), "bigint")
    return so.case((exp.LT(this=so.fn("ABS", f), expression=so.dbl(INT_LIMIT)), whole))


#: cast rule -> MariaDB form (merged into the ``type_cast`` builder of :mod:`dsl.mysql_sql`)
EXACT_CASTS: dict[str, Any] = {
    "truncate": truncate,
    "midnight": datetime6,
    "date_part": lambda e: exp.Cast(this=e, to=exp.DataType.build("DATE")),
}

#: op name -> MariaDB builder, merged into :func:`dsl.mysql_sql.mysql_ops`
EXACT_OPS: dict[str, so.SqlBuilder] = {
    "epoch_to_datetime": epoch_to_datetime, "datetime_to_epoch": datetime_to_epoch,
    "dms_to_decimal": dms_to_decimal, "format_number": format_number, "select_when": select_when,
    "words_to_int": words_to_int, **LIST_OPS, "regex_extract_all": regex_extract_all,
    **V17_SQL,  # sign, min, max: the shared CASE forms (a MariaDB DOUBLE holds no NaN or infinity)
    "title_case": title_case,  # DSL 1.8: a row per character, byte-wise slot lookups (dsl/mysql_title.py)
}
