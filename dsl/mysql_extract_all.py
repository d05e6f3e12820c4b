r"""``regex_extract_all`` on MariaDB (dialect ``mysql``): match ``k`` read by an anchored pattern that skips the
``k - 1`` matches before it, one row per candidate ``k``, joined by ``GROUP_CONCAT``.

MariaDB's ``REGEXP_SUBSTR`` returns the first match only and has no occurrence argument. Match ``k`` (1-based) is
group ``G`` of ``^(?>(?s:.*?)(?:P)){k-1}(?s:.*?)T(?s:.*)\z``: each atomic group commits to the leftmost match of
``P`` at the length PCRE picks first (for the DSL's extraction flavor, no alternation and quantifiers on single
characters, Polars' leftmost-first match), the scan goes on after it, and ``T`` is the next match: ``(P)`` with
``G = 1`` for the whole match, or ``P`` itself with ``G`` = the op's group (the skipped copies' groups are made
non-capturing, so the numbers are the pattern's own). Match ``k`` exists when ``^(?>(?s:.*?)(?:P)){k}`` matches. The
repeat count is built per row (``CONCAT``), split into ``{65535}`` blocks, PCRE's largest count.

The rows are ``JSON_TABLE`` ordinals ``1..m`` in a correlated scalar subquery (as in :mod:`dsl.mysql_lists`), where
``m`` bounds the number of matches from above: every ``lazy prefix + match`` replaced by ``\x01``, ``m`` = the
number of leading ``\x01`` (more only when the text after the last match starts with ``\x01``; a row without a
match is dropped). Empty and non-participating groups are left out (``LENGTH(..) > 0``: ``'' = ' '`` under PAD
SPACE); no match gives ``''``, null gives null. Cost: ``m`` regex passes over the text. ``GROUP_CONCAT`` cuts at
``group_concat_max_len``: a longer result is warning 1260, an error in a strict-mode write (as for the lists).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.mysql_more import pcre, uncaptured
from dsl.regex import canonical

Env = so.Env
#: PCRE2's largest repeat count
MAX_REPEAT = 65535
MARK = "\x01"


def _body(pattern: str) -> str:
    """``pattern`` with ``$`` as ``\\z`` and without the ``(?-i)`` prefix (it is a piece of a larger pattern)."""
    return pcre(pattern)[len("(?-i)"):]


def _skip(n: exp.Expression, skip: str) -> exp.Expression:
    """The text of ``(?>(?s:.*?)(?:P)){n}`` for a row value ``n``, as 65535-blocks plus the rest."""
    unit = f"(?>(?s:.*?)(?:{skip}))"
    blocks = so.fn("REPEAT", so.s(f"{unit}{{{MAX_REPEAT}}}"), exp.IntDiv(this=n.copy(), expression=so.n(MAX_REPEAT)))
    rest = so.fn("MOD", n.copy(), so.n(MAX_REPEAT))
    return so.fn("CONCAT", blocks, so.s(unit + "{"), rest, so.s("}"))


def regex_extract_all(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``regex_extract_all``: group ``group`` of every match, in order, joined with ``separator``."""
    e = env[op.input]
    pat = canonical(op.pattern)
    skip = _body(uncaptured(pat))
    target, ref = (f"({_body(pat)})", 1) if op.group == 0 else (_body(pat), op.group)
    marked = so.fn("REGEXP_REPLACE", e.copy(), so.s(f"(?-i)(?s:.*?)(?:{skip})"), so.s(MARK))
    unmarked = so.fn("REGEXP_REPLACE", marked.copy(), so.s(f"^{MARK}+"), so.s(""))
    m = so.p(exp.Sub(this=so.fn("CHAR_LENGTH", marked), expression=so.fn("CHAR_LENGTH", unmarked)))
    doc = so.fn("CONCAT", so.s("["), so.fn("SUBSTR", so.fn("REPEAT", so.s("0,"), m), so.n(1),
                                          exp.Sub(this=exp.Mul(this=so.n(2), expression=m.copy()), expression=so.n(1))),
                so.s("]"))
    col = exp.JSONColumnDef(this=exp.to_identifier("_dsl_i", quoted=True), ordinality=True)
    rows = exp.Table(this=exp.JSONTable(this=doc, schema=exp.JSONSchema(expressions=[col]), path=so.s("$[*]")),
                     alias=exp.TableAlias(this=exp.to_identifier("_dsl_u", quoted=True)))
    k = exp.column("_dsl_i", table="_dsl_u", quoted=True)
    before = exp.Sub(this=k.copy(), expression=so.n(1))
    exists = so.fn("REGEXP_INSTR", e.copy(), so.fn("CONCAT", so.s("(?-i)^"), _skip(k.copy(), skip)))
    whole = so.fn("CONCAT", so.s("(?-i)^"), _skip(before, skip), so.s(f"(?s:.*?){target}(?s:.*)\\z"))
    value = so.fn("REGEXP_REPLACE", e.copy(), whole, so.s(f"\\{ref}"))
    item = so.case((exp.GT(this=exists, expression=so.n(0)), value))
    ordered = exp.Order(this=item, expressions=[exp.Ordered(this=k.copy(), desc=False, nulls_first=True)])
    joined = exp.GroupConcat(this=ordered, separator=so.s(op.separator))
    non_empty = exp.GT(this=so.fn("LENGTH", item.copy()), expression=so.n(0))
    sel = exp.select(joined).from_(rows, copy=False).where(non_empty, copy=False)
    found = so.fn("COALESCE", exp.Subquery(this=sel), so.s(""))
    return {op.output: so.case((exp.Not(this=exp.Is(this=e.copy(), expression=exp.Null())), found))}
