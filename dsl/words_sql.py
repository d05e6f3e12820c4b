"""Number words in SQL: ``int_to_words`` (:func:`words_text`, every dialect) and ``words_to_int`` (PostgreSQL, DuckDB,
SQLite): a candidate value, kept when its words give the text back.

``words_text``: ``CASE`` tables for the units and tens of each group of three digits (integer division
and ``%``), the groups joined with ``million`` / ``thousand``.

The op is defined by the round trip (README: the value is kept only when ``int_to_words`` of it is the
text), so any candidate that is right for every text ``int_to_words`` writes gives Polars' result: a
valid text has exactly one value whose words it is, and an invalid text has none, whatever the candidate.
The candidate is built from functions every dialect shares (``substr``, ``instr``/``strpos``,
``length``, ``replace``):

* the text is cut at the first `` million`` and then at the first `` thousand`` into three groups, and
  each group at `` hundred`` into a hundreds part and the rest (an absent word leaves an empty part);
* a part's value is a token sum: for each token of :data:`dsl.numwords.TOKEN_VALUES`,
  ``(length(p) - length(replace(p, token, ''))) / length(token)`` occurrences times an adjusted weight.
  Some tokens contain others (``seven`` in ``seventeen`` and ``seventy``), so a longer token's weight is
  its value minus the weights of the tokens inside it (``seventeen``: 17 - 7): every occurrence then
  adds up to its value, and no token spans a space or a hyphen.

The cuts and the candidate are bound once each in nested one-row derived tables (as ``roman_to_int``
binds its value) and the candidate is written back with the ``int_to_words`` builder. MariaDB's derived
tables cannot read the outer row: :mod:`dsl.mysql_words` binds the same values with lateral ``JSON_TABLE``s.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import numwords
from dsl import sql_ops as so
from dsl.v15_sql import _cat, _int_div

Env = so.Env
_U, _X = "_dsl_u", "_dsl_x"
SCALE_WORDS = tuple((f" {word}", mult) for word, mult in numwords.SCALES)


def _table(x: exp.Expression, words: dict[int, str]) -> exp.Expression:
    return so.case(*((exp.EQ(this=x.copy(), expression=so.n(k)), so.s(w)) for k, w in words.items()))


def _gt0(x: exp.Expression) -> exp.Expression:
    return exp.GT(this=x.copy(), expression=so.n(0))


def _below_100(x: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    ones = dict(enumerate(numwords.ONES))
    tens = {i: w for i, w in enumerate(numwords.TENS) if w}
    unit = exp.Mod(this=so.p(x.copy()), expression=so.n(10))
    tail = so.case((_gt0(unit), _cat(so.s("-"), _table(unit, ones))), default=so.s(""))
    compound = _cat(_table(_int_div(x.copy(), so.n(10), ctx), tens), tail)
    return so.case((exp.LT(this=x.copy(), expression=so.n(20)), _table(x, ones)), default=compound)


def _group(x: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    """1..999 as words (the caller skips 0)."""
    rest = exp.Mod(this=so.p(x.copy()), expression=so.n(100))
    hundreds = _cat(_table(_int_div(x.copy(), so.n(100), ctx), dict(enumerate(numwords.ONES))), so.s(" hundred"))
    with_rest = _cat(hundreds, so.case((_gt0(rest), _cat(so.s(" "), _below_100(rest, ctx))), default=so.s("")))
    return so.case((exp.GTE(this=x.copy(), expression=so.n(100)), with_rest), default=_below_100(rest, ctx))


def words_text(x: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    """``x`` (an int expression) as English words; null outside 0..999,999,999."""
    parts: list[exp.Expression] = []
    for word, mult in numwords.SCALES:
        g = exp.Mod(this=so.p(_int_div(x.copy(), so.n(mult), ctx)), expression=so.n(1000))
        parts.append(so.case((_gt0(g), _cat(_group(g, ctx), so.s(f" {word} "))), default=so.s("")))
    u = exp.Mod(this=so.p(x.copy()), expression=so.n(1000))
    parts.append(so.case((_gt0(u), _group(u, ctx)), default=so.s("")))
    text = so.fn("rtrim", _cat(*parts))
    bad = exp.Or(this=exp.LT(this=x.copy(), expression=so.n(0)),
                 expression=exp.GT(this=x.copy(), expression=so.n(numwords.MAX)))
    return so.case((exp.Is(this=x.copy(), expression=exp.Null()), exp.Null()), (bad, exp.Null()),
                   (exp.EQ(this=x.copy(), expression=so.n(0)), so.s("zero")), default=text)


def adjusted_weights() -> dict[str, int]:
    """Token -> weight such that the weights of a token's occurrences and of the tokens inside it sum to its value."""
    out: dict[str, int] = {}
    for tok in sorted(numwords.TOKEN_VALUES, key=len):
        inner = sum(w * tok.count(t) for t, w in out.items() if t != tok and t in tok)
        out[tok] = numwords.TOKEN_VALUES[tok] - inner
    return out


def _find(e: exp.Expression, word: str, ctx: so.Ctx) -> exp.Expression:
    return so.fn("strpos" if ctx.dialect == "postgres" else "instr", e.copy(), so.s(word))


def _cut(e: exp.Expression, word: str, ctx: so.Ctx) -> tuple[exp.Expression, exp.Expression]:
    """(text before the first ``word`` or '', text after it or the whole text)."""
    at = _find(e, word, ctx)
    found = exp.GT(this=at, expression=so.n(0))
    head = so.case((found, so.fn("substr", e.copy(), so.n(1), exp.Sub(this=at.copy(), expression=so.n(1)))),
                   default=so.s(""))
    tail = so.case((found.copy(), so.fn("substr", e.copy(), exp.Add(this=at.copy(), expression=so.n(len(word))))),
                   default=e.copy())
    return head, tail


def scaled_total(ctx: so.Ctx) -> exp.Expression:
    """millions * 1,000,000 + thousands * 1,000 + units, each group ``hundreds * 100 + rest`` of its cut words
    (columns ``_dsl_g{1,2,3}{h,t}`` of the derived table ``_dsl_w3``)."""
    total: exp.Expression | None = None
    for g, mult in (("_dsl_g1", 1_000_000), ("_dsl_g2", 1_000), ("_dsl_g3", 1)):
        value = exp.Add(this=exp.Mul(this=_token_sum(_c(g + "h", "_dsl_w3"), ctx), expression=so.n(100)),
                        expression=_token_sum(_c(g + "t", "_dsl_w3"), ctx))
        term = exp.Mul(this=so.p(value), expression=so.n(mult))
        total = term if total is None else exp.Add(this=total, expression=term)
    assert total is not None
    return total


def _token_sum(part: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    terms: list[exp.Expression] = []
    for tok, weight in adjusted_weights().items():
        if weight == 0:
            continue
        removed = exp.Sub(this=so.fn("length", part.copy()),
                          expression=so.fn("length", so.fn("replace", part.copy(), so.s(tok), so.s(""))))
        count = _int_div(so.cast(removed, "bigint"), so.n(len(tok)), ctx)
        terms.append(exp.Mul(this=so.p(count), expression=so.n(weight)))
    total = terms[0]
    for term in terms[1:]:
        total = exp.Add(this=total, expression=term)
    return so.p(total)


def _select(cols: dict[str, exp.Expression], below: exp.Expression | None, alias: str, ctx: so.Ctx) -> exp.Subquery:
    """``(SELECT expr AS name, ... [FROM below]) AS alias``: each value bound once, read by name above.

    ``OFFSET 0`` (SQLite: ``LIMIT -1 OFFSET 0``) fences the derived table: without it the planners
    flatten it into the query above, pasting each expression wherever its name is read, and the
    words builder reads the value a few hundred times.
    """
    sel = exp.select(*[e.as_(name, quoted=True, copy=False) for name, e in cols.items()])
    if below is not None:
        sel = sel.from_(below, copy=False)
    if ctx.dialect == "sqlite":
        sel = sel.limit(-1, copy=False)
    sel = sel.offset(0, copy=False)
    sub = sel.subquery(alias, copy=False)
    sub.set("alias", exp.TableAlias(this=exp.to_identifier(alias, quoted=True)))
    return sub


def _c(name: str, table: str) -> exp.Column:
    return exp.column(name, table=table, quoted=True)


def words_to_int(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``words_to_int``: the candidate bound once, kept when ``int_to_words`` of it is the text.

    Nested one-row derived tables bind each cut once (the text at `` million``, the rest at
    `` thousand``, each group at `` hundred``), so the token sums read short column names rather
    than copies of the cuts.
    """
    if ctx.dialect not in ("postgres", "duckdb", "sqlite"):
        raise so.unsupported(op, ctx, "a derived table cannot read the outer row, so the value cannot be bound once")
    e = env[op.input]
    (million, _), (thousand, _) = SCALE_WORDS
    m_head, m_tail = _cut(e, million, ctx)
    level1 = _select({"_dsl_g1": m_head, "_dsl_r": m_tail}, None, "_dsl_w1", ctx)
    k_head, k_tail = _cut(_c("_dsl_r", "_dsl_w1"), thousand, ctx)
    groups = {"_dsl_g1": _c("_dsl_g1", "_dsl_w1"), "_dsl_g2": k_head, "_dsl_g3": k_tail}
    level2 = _select(groups, level1, "_dsl_w2", ctx)
    cuts: dict[str, exp.Expression] = {}
    for g in ("_dsl_g1", "_dsl_g2", "_dsl_g3"):
        cuts[g + "h"], cuts[g + "t"] = _cut(_c(g, "_dsl_w2"), " hundred", ctx)
    level3 = _select(cuts, level2, "_dsl_w3", ctx)
    total = scaled_total(ctx)
    bound = _select({_X: total}, level3, _U, ctx)
    v = _c(_X, _U)
    check = so.case((exp.EQ(this=words_text(v, ctx), expression=e.copy()), v.copy()))
    return {op.output: exp.Subquery(this=exp.select(check).from_(bound))}
