"""``title_case`` (DSL 1.8) on MariaDB (dialect ``mysql``): one row per character, each mapped through the case
table of :mod:`dsl.unicase`, joined back by ``GROUP_CONCAT``.

Inside a correlated scalar subquery, ``JSON_TABLE(CONCAT('[', REPEAT('0,', CHAR_LENGTH(x) - 1), '0]'), '$[*]'
COLUMNS (i FOR ORDINALITY))`` is one row per character (``''`` gives one row whose character is ``''``; a null text
has a null document and no rows, so ``GROUP_CONCAT`` gives null). Character ``i`` is ``SUBSTRING(x, i, 1)`` (code
points of the ``utf8mb4`` text). Membership and lookups compare **bytes**, never the collation: every table
character is at most two bytes in UTF-8 (all lie below U+0800), so each is written in a two-byte slot (an ASCII
character followed by the filler ``|``). A hit counts only at an odd byte position ``p`` (a slot start): a
two-byte character can only hit there (UTF-8 is self-synchronising: its lead byte occurs only at slot starts),
and an input ``|`` first hits a filler (an even position), so it counts as absent, as it is in no table. Slot
``(p + 1) DIV 2`` of the plain text of the other case is the mapped character. A word start is a word character
whose previous character (``SUBSTRING(x, i - 1, 1)``, ``''`` for the first) is not one. The text is read as
``CONVERT(x USING utf8mb4)``, so a ``latin1`` column works too. ``GROUP_CONCAT`` cuts at ``group_concat_max_len``
bytes (1 MiB by default): a plain ``SELECT`` returns the cut text with only warning 1260; a strict-mode write
turns the cut into an error, as for the list ops (``dsl/README.md``).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl import unicase
from dsl.mysql_bytes import binary, utf8mb4

Env = so.Env
_T = "_dsl_u"


def _slots(chars: str) -> str:
    return "".join(c if len(c.encode()) == 2 else c + "|" for c in chars)


def _pos(ch: exp.Expression, chars: str) -> exp.Expression:
    """Byte position of ``ch`` in the slot string of ``chars`` (0: absent)."""
    return so.fn("INSTR", binary(so.s(_slots(chars))), binary(ch))


def _hit(ch: exp.Expression, p: exp.Expression) -> exp.Expr:
    """``ch`` is a character (not ``''``) found at a slot start ``p`` (odd): never inside a slot or on a filler."""
    odd = exp.EQ(this=exp.Mod(this=p.copy(), expression=so.n(2)), expression=so.n(1))
    return exp.and_(exp.GT(this=so.fn("LENGTH", ch.copy()), expression=so.n(0)), odd)


def _is_word(ch: exp.Expression) -> exp.Expr:
    return _hit(ch, _pos(ch.copy(), unicase.WORD_CHARS))


def _mapped(ch: exp.Expression, src: str, dst: str) -> exp.Expression:
    p = _pos(ch.copy(), src)
    slot = exp.IntDiv(this=so.p(exp.Add(this=p.copy(), expression=so.n(1))), expression=so.n(2))
    found = _hit(ch, p)
    return so.case((found, so.fn("SUBSTRING", so.s(dst), slot, so.n(1))), default=ch.copy())  # '' is in every text


def title_case(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``title_case``: each character upper-cased at a word start, else lower-cased, through the table."""
    e = utf8mb4(env[op.input])
    i = exp.column("_dsl_i", table=_T, quoted=True)
    count = exp.Sub(this=so.fn("CHAR_LENGTH", e.copy()), expression=so.n(1))
    doc = so.fn("CONCAT", so.s("["), so.fn("REPEAT", so.s("0,"), count), so.s("0]"))
    col = exp.JSONColumnDef(this=exp.to_identifier("_dsl_i", quoted=True), ordinality=True)
    rows = exp.Table(this=exp.JSONTable(this=doc, schema=exp.JSONSchema(expressions=[col]), path=so.s("$[*]")),
                     alias=exp.TableAlias(this=exp.to_identifier(_T, quoted=True)))
    ch = so.fn("SUBSTRING", e.copy(), i.copy(), so.n(1))
    prev = so.fn("SUBSTRING", e.copy(), exp.Sub(this=i.copy(), expression=so.n(1)), so.n(1))
    start = exp.and_(_is_word(ch), exp.Not(this=so.p(_is_word(prev))))
    value = so.case((start, _mapped(ch, unicase.LOWERS, unicase.UPPERS)),
                    default=_mapped(ch, unicase.UPPERS, unicase.LOWERS))
    ordered = exp.Order(this=value, expressions=[exp.Ordered(this=i.copy(), nulls_first=True)])
    sel = exp.select(exp.GroupConcat(this=ordered, separator=so.s(""))).from_(rows, copy=False)
    return {op.output: exp.Subquery(this=sel)}
