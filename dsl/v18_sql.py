"""SQL builders (sqlglot trees) of the DSL 1.8 ops.

``title_case`` splits the text into runs of word characters and runs of other characters with one regex
whose two alternatives match disjoint classes (so PostgreSQL's longest match and RE2's first match agree);
a word run becomes ``translate(first character, lowers, uppers) || translate(rest, uppers, lowers)`` over the
table of :mod:`dsl.unicase`, another run stays as it is (no character outside the word characters has a case
pair); the runs are joined in order. The classes list every word character (no ranges beyond ASCII, so no
collation is involved); ``translate`` maps single characters in PostgreSQL and DuckDB.

- PostgreSQL: ``ARRAY(SELECT .. FROM regexp_matches(x, '([W]+|[^W]+)', 'g') WITH ORDINALITY .. ORDER BY i)``
  joined with ``array_to_string`` (``""`` has no run and gives ``""``; null stays null).
- DuckDB: ``list_transform`` over ``regexp_extract_all`` (code point ``substring``).
- MariaDB (no ``translate``) has its own form, one row per character through the case table:
  :mod:`dsl.mysql_title`.
- SQLite (no regex, no ``translate``) refuses with ``DialectUnsupported``, so a plan using the op runs as ETL there.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl import unicase

Env = so.Env
_U, _X, _I = "_dsl_u", "_dsl_x", "_dsl_i"
_ASCII = "0-9A-Za-z"
#: the word characters as a bracket expression body: ASCII ranges, every other character listed
WORD_CLASS = _ASCII + "".join(c for c in unicase.WORD_CHARS if not c.isascii())
RUNS = f"[{WORD_CLASS}]+|[^{WORD_CLASS}]+"


def _run_title(t: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    """One run: a word run title-cased through the table, another run unchanged."""
    first = so.fn("substring", t.copy(), so.n(1), so.n(1))
    rest = so.fn("substring", t.copy(), so.n(2))
    head = so.fn("translate", first, so.s(unicase.LOWERS), so.s(unicase.UPPERS))
    tail = so.fn("translate", rest, so.s(unicase.UPPERS), so.s(unicase.LOWERS))
    if ctx.dialect == "postgres":
        is_word: exp.Expression = exp.RegexpLike(this=t.copy(), expression=so.s(f"^[{WORD_CLASS}]"))
    else:
        is_word = so.fn("regexp_matches", t.copy(), so.s(f"^[{WORD_CLASS}]"))
    return so.case((is_word, exp.DPipe(this=head, expression=tail, safe=True)), default=t.copy())


def title_case(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``title_case`` (PostgreSQL, DuckDB); other dialects refuse."""
    if ctx.dialect not in ("postgres", "duckdb"):
        raise so.unsupported(op, ctx, "no translate() to map the Unicode case table exactly")
    e = env[op.input]
    if ctx.dialect == "duckdb":
        lam = exp.Lambda(this=_run_title(exp.column("t"), ctx), expressions=[exp.to_identifier("t")])
        runs = so.fn("regexp_extract_all", e, so.s(RUNS))
        return {op.output: so.fn("array_to_string", so.fn("list_transform", runs, lam), so.s(""))}
    matches = so.fn("regexp_matches", e.copy(), so.s(f"({RUNS})"), so.s("g"))
    alias = exp.TableAlias(this=exp.to_identifier(_U, quoted=True),
                           columns=[exp.to_identifier(c, quoted=True) for c in (_X, _I)])
    source = exp.Table(this=matches, ordinality=True, alias=alias)
    run = exp.Bracket(this=exp.column(_X, table=_U, quoted=True), expressions=[so.n(1)], offset=1)
    sel = exp.select(_run_title(run, ctx)).from_(source).order_by(
        exp.Ordered(this=exp.column(_I, table=_U, quoted=True), nulls_first=False))
    text = so.fn("array_to_string", exp.Array(expressions=[sel]), so.s(""))
    return {op.output: so.case((exp.Not(this=exp.Is(this=e.copy(), expression=exp.Null())), text))}


V18_SQL: dict[str, so.SqlBuilder] = {"title_case": title_case}
