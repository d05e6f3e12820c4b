"""SQL builders (sqlglot trees) of the DSL 1.2 ops, registered into every dialect table.

- ``coalesce``: COALESCE everywhere.
- ``replace``: a literal pattern is ``replace()`` in every dialect (SQLite included); a regex is
  ``regexp_replace(..., 'g')`` in PostgreSQL and DuckDB with the replacement's backslashes
  escaped so it stays literal; SQLite has no regex (DialectUnsupported).
- ``pad``: ``lpad``/``rpad`` behind a length guard (both truncate longer strings, the DSL does
  not); SQLite: ``substr`` over the fill repeated ``width`` times (a literal built here).
- ``template``: ``||`` chains (null propagates).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.regex import canonical, literal_of
from dsl.v12_text import replacement_parts, template_parts

Env = so.Env


def coalesce(op: Any, env: Env, ctx: so.Ctx) -> Env:
    return {op.output: exp.Coalesce(this=env[op.inputs[0]], expressions=[env[c] for c in op.inputs[1:]])}


def replace(op: Any, env: Env, ctx: so.Ctx) -> Env:
    e = env[op.input]
    lit = literal_of(op.pattern)
    if lit is not None and not op.groups:
        return {op.output: so.fn("replace", e, so.s(lit), so.s(op.replacement))}
    if ctx.dialect == "sqlite":
        raise so.unsupported(op, ctx, "no regex")
    if op.groups:
        repl = "".join(f"\\{p}" if isinstance(p, int) else p.replace("\\", "\\\\")
                       for p in replacement_parts(op.replacement))
    else:
        repl = op.replacement.replace("\\", "\\\\")
    return {op.output: so.fn("regexp_replace", e, so.s(canonical(op.pattern)), so.s(repl), so.s("g"))}


def pad(op: Any, env: Env, ctx: so.Ctx) -> Env:
    e = env[op.input]
    length = so.fn("char_length" if ctx.dialect == "postgres" else "length", e)
    long_enough = exp.GTE(this=length, expression=so.n(op.width))
    if ctx.dialect == "sqlite":
        fill = so.s(op.fill * op.width)
        if op.side == "left":
            padded = so.fn("substr", exp.DPipe(this=fill, expression=e.copy(), safe=True), so.n(-op.width))
        else:
            padded = so.fn("substr", exp.DPipe(this=e.copy(), expression=fill, safe=True), so.n(1), so.n(op.width))
    else:
        padded = so.fn("lpad" if op.side == "left" else "rpad", e.copy(), so.n(op.width), so.s(op.fill))
    return {op.output: so.case((long_enough, e.copy()), default=padded)}


def template(op: Any, env: Env, ctx: so.Ctx) -> Env:
    pieces = [so.s(p) if isinstance(p, str) else env[op.inputs[p]].copy() for p in template_parts(op.template)]
    out = pieces[0]
    for piece in pieces[1:]:
        out = exp.DPipe(this=out, expression=piece, safe=True)
    return {op.output: out}


def format_number(op: Any, env: Env, ctx: so.Ctx) -> Env:
    x = so.cast(env[op.input], "double")
    p = 10 ** op.decimals
    scaled_f = exp.Mul(this=so.fn("abs", x), expression=so.dbl(float(p)))
    ok = exp.LT(this=scaled_f.copy(), expression=so.dbl(1e15))  # false for NaN, +-Infinity, null
    n = so.cast(so.fn("floor", exp.Add(this=scaled_f.copy(), expression=so.dbl(0.5))), "bigint")
    pb = so.cast(so.n(p), "bigint")
    quotient = (exp.IntDiv(this=n.copy(), expression=pb) if ctx.dialect == "duckdb"  # integer division everywhere
                else exp.Div(this=n.copy(), expression=pb, typed=True))
    digits: exp.Expression = so.cast(quotient, "text")
    if op.thousands:
        if ctx.dialect == "sqlite":
            raise so.unsupported(op, ctx, "no regex to group thousands")
        rev = so.fn("reverse", digits)
        grouped = so.fn("regexp_replace", rev, so.s("([0-9]{3})"), so.s("\\1" + op.thousands), so.s("g"))
        digits = so.fn("reverse", so.fn("rtrim", grouped, so.s(op.thousands)))
    sign = so.case((exp.and_(exp.LT(this=x.copy(), expression=so.dbl(0.0)),
                             exp.GT(this=n.copy(), expression=so.n(0))), so.s("-")), default=so.s(""))
    out: exp.Expression = exp.DPipe(this=sign, expression=digits, safe=True)
    if op.decimals:
        frac = so.cast(exp.Mod(this=n.copy(), expression=so.cast(so.n(p), "bigint")), "text")
        if ctx.dialect == "sqlite":
            padded = so.fn("substr", exp.DPipe(this=so.s("0" * op.decimals), expression=frac, safe=True),
                           so.n(-op.decimals))
        else:
            padded = so.fn("lpad", frac, so.n(op.decimals), so.s("0"))
        out = exp.DPipe(this=exp.DPipe(this=out, expression=so.s(op.decimal_mark), safe=True), expression=padded,
                        safe=True)
    return {op.output: so.case((ok, out))}


#: the deepest nesting of replace() calls a translate compiles to (SQLite's parser overflows past ~250)
MAX_NESTED_REPLACE = 100
#: SQLite's bound: its parser stack (3.40.1, the bundled one) overflows at 27 nested replace() calls of a translate
#: alone in a query, fewer after other steps; 20 leaves room for the steps around it
MAX_NESTED_REPLACE_SQLITE = 20


def translate(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """Character mappings as one ``translate(x, from, to)`` where the dialect has it (PostgreSQL, DuckDB:
    a character of ``from`` past the end of ``to`` is deleted, as an empty value deletes it here); other
    mappings as nested ``replace()`` calls. One call, not hundreds of nested ones: a long table (full-width
    forms, accents) would otherwise nest too deeply for the SQL generator."""
    out = env[op.input]
    if ctx.dialect in ("postgres", "duckdb") and all(len(k) == 1 and len(v) <= 1 for k, v in op.mapping.items()):
        keys = sorted(op.mapping, key=lambda k: (op.mapping[k] == "", k))  # deletions last
        return {op.output: so.fn("translate", out, so.s("".join(keys)), so.s("".join(op.mapping[k] for k in keys)))}
    limit = MAX_NESTED_REPLACE_SQLITE if ctx.dialect == "sqlite" else MAX_NESTED_REPLACE
    if len(op.mapping) > limit:
        raise so.unsupported(op, ctx, f"{len(op.mapping)} entries would nest {len(op.mapping)} replace() calls "
                                      f"(more than {limit}: the SQL parser's stack overflows)")
    for k in sorted(op.mapping):  # no value contains a key: nesting order does not matter
        out = so.fn("replace", out, so.s(k), so.s(op.mapping[k]))
    return {op.output: out}


def floor(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """v1.3 ``floor``: floor() of the double, behind the safe-range guard (exact in binary64)."""
    return {op.output: so.guarded([op.input], env, lambda a: so.fn("floor", a[0]), ctx.bounded)}


V12_SQL: dict[str, so.SqlBuilder] = {"coalesce": coalesce, "replace": replace, "pad": pad, "template": template,
                                 "format_number": format_number, "translate": translate, "floor": floor}
