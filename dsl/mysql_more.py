"""MariaDB (dialect ``mysql``) forms of dates, padding and guarded arithmetic, exact against Polars.

* ``date_parse``: the format's shape (bytes, ``\\z`` end), year not ``0000`` and the day within its
  month are checked first, in nested CASEs so MariaDB never converts a text that would warn (strict
  mode makes a conversion warning an error inside ``CREATE TABLE ... AS SELECT``); only then
  ``STR_TO_DATE`` builds the value (it would accept 30 February on its own).
* ``date_format``: ``DATE_FORMAT`` with MariaDB's codes (``%i`` minutes, ``%s`` seconds; ``%Y`` is
  zero-padded to four digits).
* ``pad``: ``LPAD``/``RPAD`` count characters, ``CHAR_LENGTH`` too (``LENGTH`` counts bytes).
* ``regex_extract``: ``REGEXP_SUBSTR`` (group 0) or, for a group, ``REGEXP_REPLACE`` of the whole
  text by that group behind a lazy any-prefix (after ``REGEXP_INSTR`` found a match), on the
  canonical pattern with ``(?-i)`` (the collation would fold case) and ``$`` as ``\\z``.
* ``unit_convert``, ``safe_math``, ``floor``, ``coalesce``: the shared builders (DOUBLE arithmetic
  under the safe-range guard, ``COALESCE``) need nothing MariaDB-specific.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlglot import exp

from dsl import dates
from dsl import sql_ops as so
from dsl.mysql_bytes import matches
from dsl.v12_sql import coalesce, floor

#: strftime token -> MariaDB DATE_FORMAT / STR_TO_DATE code
CODES = {"%Y": "%Y", "%m": "%m", "%d": "%d", "%H": "%H", "%M": "%i", "%S": "%s"}


def mysql_format(fmt: str) -> str:
    """The DSL's strftime-style format in MariaDB's codes (literals are never ``%``)."""
    out, i = "", 0
    while i < len(fmt):
        tok = fmt[i:i + 2]
        if tok in CODES:
            out, i = out + CODES[tok], i + 2
        else:
            out, i = out + fmt[i], i + 1
    return out


def _date_parse(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    sp = dates.spec(op.format)
    e = env[op.input]

    def part(tok: str, width: int) -> exp.Expression:
        return so.cast(so.fn("SUBSTR", e.copy(), so.n(sp.positions[tok]), so.n(width)), "int")

    ypos = sp.positions["%Y"]
    shape = exp.and_(matches(e, sp.shape),
                     exp.NEQ(this=so.fn("SUBSTR", e.copy(), so.n(ypos), so.n(4)), expression=so.s("0000")))
    in_month = exp.LTE(this=part("%d", 2), expression=so._days_in_month(part("%Y", 4), part("%m", 2)))
    value = so.fn("STR_TO_DATE", e.copy(), so.s(mysql_format(sp.fmt)))
    return {op.output: so.case((shape, so.case((in_month, value))))}


def _date_format(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    sp = dates.spec(op.format)
    return {op.output: so.fn("DATE_FORMAT", env[op.input], so.s(mysql_format(sp.fmt)))}


def _pad(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    e = env[op.input]
    long_enough = exp.GTE(this=so.fn("CHAR_LENGTH", e), expression=so.n(op.width))
    padded = so.fn("LPAD" if op.side == "left" else "RPAD", e.copy(), so.n(op.width), so.s(op.fill))
    return {op.output: so.case((long_enough, e.copy()), default=padded)}


#: op name -> MariaDB builder, merged into :func:`dsl.mysql_sql.mysql_ops`
MORE: dict[str, so.SqlBuilder] = {
    "date_parse": _date_parse, "date_format": _date_format, "pad": _pad, "unit_convert": so.unit_convert,
    "safe_math": so.safe_math, "floor": floor, "coalesce": coalesce,
}


def _rewrite(pattern: str, outside: Callable[[str, int], str]) -> str:
    """``pattern`` with each character outside a class and not escaped replaced by ``outside(pattern, i)``.

    The class state is read on the input: an escape skips the next character, a ``]`` right after ``[`` or
    ``[^`` is a literal member, any other unescaped ``]`` in a class closes it (the output so far cannot tell:
    after ``\\[`` it also ends with ``[``).
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
            i += 1
        elif ch == "[":
            j = i + 1 + (pattern.startswith("^", i + 1))
            j += pattern.startswith("]", j)  # a leading ']' is a member, not the end
            out.append(pattern[i:j])
            i, in_class = j, True
        else:
            out.append(outside(pattern, i))
            i += 1
    return "".join(out)


def _anchor_end(pattern: str, i: int) -> str:
    return "\\z" if pattern[i] == "$" else pattern[i]


def _non_capturing(pattern: str, i: int) -> str:
    return "(?:" if pattern[i] == "(" and not pattern.startswith("?", i + 1) else pattern[i]


def pcre(pattern: str) -> str:
    """A canonical DSL pattern for MariaDB's PCRE: case-sensitive whatever the collation, ``$`` as ``\\z``.

    Canonical patterns escape a literal ``$`` outside classes, so an unescaped ``$`` outside a
    class is the end anchor; PCRE's ``$`` would also match before a final newline.
    """
    return "(?-i)" + _rewrite(pattern, _anchor_end)


def uncaptured(pattern: str) -> str:
    """A canonical DSL pattern with every capturing group made non-capturing (``(`` -> ``(?:``), so a copy of it
    inside a larger pattern does not shift that pattern's group numbers."""
    return _rewrite(pattern, _non_capturing)


def _regex_extract(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    from dsl.regex import canonical

    pat, e = canonical(op.pattern), env[op.input]
    if op.group == 0:
        found: exp.Expression = so.fn("REGEXP_SUBSTR", e, so.s(pcre(pat)))
    else:  # the leftmost match's group: a lazy any-prefix finds the leftmost start, PCRE's order the rest
        whole = pcre(f"^(?s:.*?)(?:{pat})(?s:.*)$")
        hit = exp.GT(this=so.fn("REGEXP_INSTR", e, so.s(pcre(pat))), expression=so.n(0))
        found = so.case((hit, so.fn("REGEXP_REPLACE", e.copy(), so.s(whole), so.s(f"\\{op.group}"))))
    # an empty match is null; ``NULLIF(found, '')`` would null a capture of spaces too (``' ' = ''``: PAD SPACE)
    empty = exp.EQ(this=so.fn("LENGTH", found.copy()), expression=so.n(0))
    return {op.output: so.case((empty, exp.Null()), default=found)}


MORE["regex_extract"] = _regex_extract
