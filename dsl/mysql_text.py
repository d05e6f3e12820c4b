r"""MariaDB (dialect ``mysql``) forms of title case, splits, list items and the 1.4-1.6 conversions.

* ``case`` title: the 26 ASCII ``REPLACE`` calls to lower case, then per letter one ``REGEXP_REPLACE`` of
  ``(^|[^0-9A-Za-z])x`` by ``\1X`` under ``(?-i)`` (a word starts at the text's start or after a non-word
  character; matches never overlap because each consumes the character before its letter).
* ``regex_split``: part ``i`` is group 1 of ``^(?>(?s:.*?)SEP){i}((?s:.*?))(?>SEP(?s:.*))?\z``. Each
  atomic group commits to the leftmost separator match (lazy prefix) at its greedy length, which is the
  leftmost-first scan of Polars for the DSL's extraction flavor (no alternation, quantifiers on single
  characters), and cannot be re-split when fewer separators follow; ``REGEXP_INSTR`` of the prefix
  alone tells whether part ``i`` exists (else null). A literal separator takes ``SUBSTRING_INDEX``.
* ``list_count`` / ``list_get``: ``REPLACE`` and ``SUBSTRING_INDEX`` match the separator byte by byte,
  left to right without overlap (checked on the server); item ``j`` lies between the ``j``-th and the
  ``j+1``-th separator, found as lengths of ``SUBSTRING_INDEX`` prefixes (negative ``j`` through the
  count). An empty text is tested with ``LENGTH(x) = 0``: ``x = ''`` is true for ``' '`` (PAD SPACE).
* ``hex_to_int`` / ``int_to_hex``: ``CONV`` behind the byte-wise shape, ``HEX`` of a non-negative value.
* ``date_part``: ``WEEKDAY() + 1``, ``WEEK(x, 3)`` and ``YEARWEEK(x, 3) DIV 100`` (ISO weeks),
  ``QUARTER``, ``DAYOFYEAR``.
* ``replace``, ``template``, ``translate``, Roman numerals: ``REPLACE`` (byte-exact), ``REGEXP_REPLACE``,
  ``CONCAT``; ``roman_to_int`` writes the value twice (a derived table cannot read the outer row) and
  compares the rendering as bytes.
* ``int_to_words``: the shared ``CASE`` tables (``DIV``, ``CONCAT``, one-argument ``RTRIM``).
* ordinals and clock times: the shared builders of :mod:`dsl.v15_sql`, whose shape tests run
  through :func:`dsl.mysql_bytes.matches` on MariaDB.
"""

from __future__ import annotations

import string
from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.mysql_bytes import matches
from dsl.mysql_more import pcre, uncaptured
from dsl.regex import canonical, literal_of
from dsl.roman_sql import int_to_roman, roman_to_int
from dsl.v12_sql import template, translate
from dsl.v12_text import replacement_parts
from dsl.v15_sql import clock_to_utc, int_to_ordinal, ordinal_to_int, time_12_to_24, time_24_to_12
from dsl.v16_sql import int_to_words

Env = so.Env


def ascii_case(e: exp.Expression, upper: bool) -> exp.Expression:
    """ASCII-only case mapping by 26 ``REPLACE`` calls (MariaDB's REPLACE is case-sensitive)."""
    src, dst = (string.ascii_lowercase, string.ascii_uppercase) if upper else \
        (string.ascii_uppercase, string.ascii_lowercase)
    out = e
    for a, b in zip(src, dst, strict=True):
        out = so.fn("REPLACE", out, so.s(a), so.s(b))
    return out


def title(e: exp.Expression) -> exp.Expression:
    """ASCII title case (README ``case``) by letter-wise regex replacements."""
    out = ascii_case(e, False)
    for a in string.ascii_lowercase:
        out = so.fn("REGEXP_REPLACE", out, so.s(pcre(f"(^|[^0-9A-Za-z]){a}")), so.s("\\1" + a.upper()))
    return out


def _clen(e: exp.Expression) -> exp.Expression:
    return so.fn("CHAR_LENGTH", e)


def _seps(e: exp.Expression, sep: str) -> exp.Expression:
    """How many times ``sep`` occurs in ``e`` (left to right, no overlap)."""
    removed = exp.Sub(this=so.fn("LENGTH", e.copy()), expression=so.fn("LENGTH", so.fn("REPLACE", e.copy(), so.s(sep),
                                                                                        so.s(""))))
    return exp.IntDiv(this=so.p(removed), expression=so.n(len(sep.encode("utf-8"))))


def _item(e: exp.Expression, sep: str, j: exp.Expression) -> exp.Expression:
    """Item ``j`` (0-based, an int expression) of ``e`` split on ``sep``, for ``0 <= j <= separators``."""

    def before(k: exp.Expression) -> exp.Expression:
        return _clen(so.fn("SUBSTRING_INDEX", e.copy(), so.s(sep), k))

    width = so.n(len(sep))
    start = exp.Add(this=exp.Add(this=before(j.copy()), expression=width), expression=so.n(1))
    length = exp.Sub(this=exp.Sub(this=before(exp.Add(this=j.copy(), expression=so.n(1))), expression=before(j.copy())),
                     expression=width.copy())
    first = so.fn("SUBSTRING_INDEX", e.copy(), so.s(sep), so.n(1))
    rest = so.fn("SUBSTRING", e.copy(), start, length)
    return so.case((exp.EQ(this=j.copy(), expression=so.n(0)), first), default=rest)


def _regex_part(e: exp.Expression, sep: str, i: int) -> exp.Expression:
    lead = f"^(?>(?s:.*?)(?:{sep})){{{i}}}" if i else "^"
    part = so.fn("REGEXP_REPLACE", e.copy(), so.s(pcre(f"{lead}((?s:.*?))(?>(?:{sep})(?s:.*))?$")), so.s("\\1"))
    if i == 0:
        return part
    return so.case((exp.GT(this=so.fn("REGEXP_INSTR", e.copy(), so.s(pcre(lead))), expression=so.n(0)), part))


def regex_split(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``regex_split``: ``SUBSTRING_INDEX`` items for a literal separator, an anchored regex otherwise."""
    e = env[op.input]
    lit = literal_of(op.pattern)
    if lit:
        return {o: so.case((exp.GTE(this=_seps(e, lit), expression=so.n(i)), _item(e, lit, so.n(i))))
                for i, o in enumerate(op.outputs)}
    sep = uncaptured(canonical(op.pattern))  # the part is group 1: the separator's own groups must not count
    return {o: _regex_part(e, sep, i) for i, o in enumerate(op.outputs)}


def list_count(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_count``: separators + 1, 0 for an empty text."""
    e = env[op.input]
    count = so.cast(exp.Add(this=_seps(e, op.separator), expression=so.n(1)), "bigint")
    return {op.output: so.case((exp.EQ(this=so.fn("LENGTH", e.copy()), expression=so.n(0)), so.n(0)), default=count)}


def list_get(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_get``: item ``index`` (negative: from the end), null when there is none or the text is empty."""
    e = env[op.input]
    seps = _seps(e, op.separator)
    j: exp.Expression = so.n(op.index) if op.index >= 0 else so.p(exp.Add(this=seps.copy(),
                                                                         expression=so.n(op.index + 1)))
    ok = exp.and_(exp.GT(this=so.fn("LENGTH", e.copy()), expression=so.n(0)),
                  exp.Between(this=j.copy(), low=so.n(0), high=seps))
    return {op.output: so.case((ok, _item(e, op.separator, j)))}


def hex_to_int(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``hex_to_int``: ``CONV(x, 16, 10)`` after the byte-wise shape ``^[0-9A-Fa-f]{1,15}$``."""
    e = env[op.input]
    value = so.cast(so.fn("CONV", e.copy(), so.n(16), so.n(10)), "bigint")
    return {op.output: so.case((matches(e, "^[0-9A-Fa-f]{1,15}$"), value))}


def int_to_hex(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``int_to_hex``: ``HEX`` (upper case, no leading zeros) of a non-negative int, else null."""
    x = env[op.input]
    text = so.fn("HEX", x.copy())
    text = text if op.case == "upper" else so.fn("LOWER", text)
    return {op.output: so.case((exp.GTE(this=x, expression=so.n(0)), text))}


def date_part(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``date_part``: MariaDB's ISO week functions (mode 3), ``QUARTER``, ``DAYOFYEAR``."""
    x = env[op.input]
    parts: dict[str, exp.Expression] = {
        "isodow": exp.Add(this=so.fn("WEEKDAY", x), expression=so.n(1)),
        "isoweek": so.fn("WEEK", x, so.n(3)),
        "isoyear": exp.IntDiv(this=so.fn("YEARWEEK", x, so.n(3)), expression=so.n(100)),
        "quarter": so.fn("QUARTER", x), "dayofyear": so.fn("DAYOFYEAR", x),
    }
    return {op.output: so.cast(parts[op.part], "bigint")}


def replace(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``replace``: ``REPLACE`` (byte-exact) for a literal, else ``REGEXP_REPLACE`` (every match) of the
    case-sensitive pattern; the replacement is escaped as for PostgreSQL (MariaDB reads ``\\N`` as group N and
    ``\\\\`` as a backslash; ``$`` and ``&`` are plain)."""
    e = env[op.input]
    lit = literal_of(op.pattern)
    if lit is not None and not op.groups:
        return {op.output: so.fn("REPLACE", e, so.s(lit), so.s(op.replacement))}
    if op.groups:
        repl = "".join(f"\\{p}" if isinstance(p, int) else p.replace("\\", "\\\\")
                       for p in replacement_parts(op.replacement))
    else:
        repl = op.replacement.replace("\\", "\\\\")
    return {op.output: so.fn("REGEXP_REPLACE", e, so.s(pcre(canonical(op.pattern))), so.s(repl))}


def _case(op: Any, env: Env, ctx: so.Ctx) -> Env:
    if op.mode == "title":
        return {op.output: title(env[op.input])}
    return {op.output: ascii_case(env[op.input], op.mode == "upper")}


#: op name -> MariaDB builder, merged into :func:`dsl.mysql_sql.mysql_ops`
TEXT_OPS: dict[str, so.SqlBuilder] = {
    "case": _case, "regex_split": regex_split, "list_count": list_count, "list_get": list_get,
    "hex_to_int": hex_to_int, "int_to_hex": int_to_hex, "date_part": date_part,
    "int_to_ordinal": int_to_ordinal, "ordinal_to_int": ordinal_to_int, "time_24_to_12": time_24_to_12,
    "time_12_to_24": time_12_to_24, "clock_to_utc": clock_to_utc, "replace": replace, "template": template,
    "translate": translate, "int_to_roman": int_to_roman, "roman_to_int": roman_to_int, "int_to_words": int_to_words,
}
