"""SQL builders (sqlglot expression trees) for the DSL ops, shared by the dialect tables.

Functions whose spelling matters are emitted as ``exp.Anonymous`` so sqlglot never
"transpiles" them into something with different semantics. Each builder takes
``(op, env, ctx)`` and returns ``{output name: expression}``.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlglot import exp

from dsl import dates, duckdb_sql, mysql_bytes, units
from dsl.errors import DialectUnsupported
from dsl.regex import canonical, literal_of
from dsl.semantics import (
    BOOL_FALSE,
    BOOL_TRUE,
    FLOAT_MAX_LEN,
    FLOAT_SHAPE,
    INT_LIMIT,
    INT_SHAPE,
    SAFE_MAX,
    SAFE_MIN,
    WS_CHARS,
    WS_RUN,
)

LOWER, UPPER = string.ascii_lowercase, string.ascii_uppercase


@dataclass
class Ctx:
    """Compilation context: dialect name and the source type of the current step's input."""

    dialect: str
    src_type: str | None = None
    #: columns whose non-null values are known to be 0 or in the safe range (ints, parsed floats):
    #: their range guard is always true, so :func:`guarded` leaves it out (see :mod:`dsl.bounded`)
    bounded: frozenset[str] = frozenset()
    #: the logical type of every column visible to the step (ops over several columns: ``min`` / ``max``)
    types: dict[str, str] = field(default_factory=dict)


Env = dict[str, exp.Expression]
SqlBuilder = Callable[[Any, Env, Ctx], Env]


def fn(name: str, *args: exp.Expression) -> exp.Expression:
    """Function call spelled exactly ``name``."""
    return exp.Anonymous(this=name, expressions=list(args))


def s(v: str) -> exp.Expression:
    return exp.Literal.string(v)


def n(v: int) -> exp.Expression:
    return exp.Literal.number(v)


def dbl(v: float) -> exp.Expression:
    """A binary64 constant: CAST('repr' AS DOUBLE) parses identically everywhere."""
    return exp.Cast(this=s(repr(float(v))), to=exp.DataType.build("double"))


def cast(e: exp.Expression, to: str) -> exp.Expression:
    return exp.Cast(this=e, to=exp.DataType.build(to))


def case(*whens: tuple[Any, Any], default: Any = None) -> exp.Case:
    """CASE WHEN ... THEN ... [ELSE default] END.

    Built in one node (``Case.when`` copies the whole CASE at each call, which made large builders
    such as the number words quadratic); the parts are used as given, so callers pass fresh trees.
    """
    def tree(v: Any) -> exp.Expression:
        return v if isinstance(v, exp.Expression) else exp.maybe_parse(v)

    ifs = [exp.If(this=tree(cond), true=tree(val)) for cond, val in whens]
    return exp.Case(ifs=ifs, default=tree(default) if default is not None else None)


def p(e: Any) -> exp.Expression:
    return exp.Paren(this=e)


def unsupported(op: Any, ctx: Ctx, why: str) -> DialectUnsupported:
    return DialectUnsupported(f"{op.op} cannot be expressed exactly in {ctx.dialect}: {why}",
                              op=op.op, dialect=ctx.dialect)


def regex_match(e: exp.Expression, pattern: str, ctx: Ctx) -> exp.Expression:
    """Search semantics (match anywhere) with an already canonical pattern."""
    if ctx.dialect == "postgres":
        return exp.RegexpLike(this=e, expression=s(pattern))
    if ctx.dialect == "duckdb":
        return duckdb_sql.full_match(e, pattern) or fn("regexp_matches", e, s(pattern))
    if ctx.dialect == "mysql":  # bytes, so the collation cannot fold case; a final $ is \z
        return mysql_bytes.matches(e, pattern)
    return fn("regexp_matches", e, s(pattern))


def int_shape(e: exp.Expression, ctx: Ctx) -> Any:
    """``e`` matches ``INT_SHAPE`` (``^[+-]?[0-9]{1,18}$``); SQLite, without regex: an optional sign, then
    1 to 18 characters none of which is outside 0-9 (``GLOB '*[^0-9]*'``, case- and locale-free)."""
    if ctx.dialect != "sqlite":
        return regex_match(e, INT_SHAPE, ctx)
    signed = exp.In(this=fn("substr", e, n(1), n(1)), expressions=[s("+"), s("-")])
    digits = case((signed, fn("substr", e.copy(), n(2))), default=e.copy())
    return exp.and_(exp.Between(this=fn("length", digits), low=n(1), high=n(18)),
                    exp.Not(this=exp.Glob(this=digits.copy(), expression=s("*[^0-9]*"))))


def in_range(f: exp.Expression) -> Any:
    """0 or within the safe range (false for NaN, +-Infinity, null) — same test as Polars."""
    # BETWEEN evaluates abs() once; the common case (in range) decides the OR without the zero test
    return exp.or_(exp.Between(this=fn("abs", f), low=dbl(SAFE_MIN), high=dbl(SAFE_MAX)),
                   exp.EQ(this=f.copy(), expression=dbl(0.0)))


def guarded(args: list[Any], env: Env,
            body: Callable[[list[exp.Expression]], exp.Expression],
            bounded: frozenset[str] = frozenset()) -> exp.Expression:
    """``body`` over double operands, null unless every column operand is in the safe range.

    Operands named in ``bounded`` are known to be null, 0 or in range, so their test is left out
    (a null operand makes ``body`` null by itself); with no test left, ``body`` is the result.
    """
    fs = [cast(env[a], "double") if isinstance(a, str) else dbl(float(a)) for a in args]
    oks = [p(in_range(f)) for a, f in zip(args, fs, strict=True) if isinstance(a, str) and a not in bounded]
    return case((exp.and_(*oks), body(fs))) if oks else body(fs)


def trim(op: Any, env: Env, ctx: Ctx) -> Env:
    name = {"both": "btrim" if ctx.dialect == "postgres" else "trim", "left": "ltrim", "right": "rtrim"}
    if ctx.dialect == "duckdb":
        return {op.output: duckdb_sql.trim_ws(name[op.side], env[op.input], WS_CHARS)}
    return {op.output: fn(name[op.side], env[op.input], s(WS_CHARS))}


def ascii_map(e: exp.Expression, upper: bool, ctx: Ctx) -> exp.Expression:
    """ASCII-only case mapping: COLLATE "C" in PostgreSQL, translate() in DuckDB, native in SQLite."""
    name = "upper" if upper else "lower"
    if ctx.dialect == "postgres":
        return fn(name, exp.Collate(this=e, expression=exp.Identifier(this="C", quoted=True)))
    if ctx.dialect == "sqlite":
        return fn(name, e)
    ascii_only = exp.EQ(this=fn("strlen", e), expression=fn("length", e.copy()))
    return case((ascii_only, fn(name, e.copy())),
                default=fn("translate", e.copy(), s(LOWER if upper else UPPER), s(UPPER if upper else LOWER)))


def title(e: exp.Expression, ctx: Ctx) -> exp.Expression:
    if ctx.dialect == "postgres":
        return fn("initcap", exp.Collate(this=e, expression=exp.Identifier(this="C", quoted=True)))
    t = exp.column("t")
    head = ascii_map(exp.Bracket(this=t, expressions=[n(1)], offset=1), True, ctx)
    tail = ascii_map(exp.Bracket(this=t, expressions=[exp.Slice(this=n(2))], offset=1), False, ctx)
    body = case((regex_match(t, "^[0-9A-Za-z]", ctx), exp.DPipe(this=head, expression=tail, safe=True)),
                default=t)
    tokens = fn("regexp_extract_all", e, s("[0-9A-Za-z]+|[^0-9A-Za-z]+"))
    lam = exp.Lambda(this=body, expressions=[exp.to_identifier("t")])
    return fn("array_to_string", fn("list_transform", tokens, lam), s(""))


def case_op(op: Any, env: Env, ctx: Ctx) -> Env:
    e = env[op.input]
    if op.mode == "title":
        if ctx.dialect == "sqlite":
            raise unsupported(op, ctx, "no word-wise case mapping")
        return {op.output: title(e, ctx)}
    return {op.output: ascii_map(e, op.mode == "upper", ctx)}


def collapse(op: Any, env: Env, ctx: Ctx) -> Env:
    if ctx.dialect == "duckdb":
        return {op.output: duckdb_sql.collapse_ws(env[op.input], WS_RUN, WS_CHARS.replace(" ", ""))}
    return {op.output: fn("regexp_replace", env[op.input], s(WS_RUN), s(" "), s("g"))}


def regex_extract(op: Any, env: Env, ctx: Ctx) -> Env:
    pat = canonical(op.pattern)
    if ctx.dialect == "postgres":
        m = fn("regexp_match", env[op.input], s(f"({pat})"))
        r: exp.Expression = exp.Bracket(this=p(m), expressions=[n(op.group + 1)], offset=1)
    else:
        r = fn("regexp_extract", env[op.input], s(pat), n(op.group))
    return {op.output: fn("nullif", r, s(""))}


def regex_split(op: Any, env: Env, ctx: Ctx) -> Env:
    lit = literal_of(op.pattern)
    if lit is not None:
        name = "string_to_array" if ctx.dialect == "postgres" else "string_split"
        arr = p(fn(name, env[op.input], s(lit)))
    else:
        name = "regexp_split_to_array" if ctx.dialect == "postgres" else "string_split_regex"
        arr = p(fn(name, env[op.input], s(canonical(op.pattern))))
    return {o: exp.Bracket(this=arr.copy(), expressions=[n(i + 1)], offset=1) for i, o in enumerate(op.outputs)}


def concat(op: Any, env: Env, ctx: Ctx) -> Env:
    cols = [env[c] for c in op.inputs]
    if op.nulls == "propagate":
        out = cols[0]
        for c in cols[1:]:
            out = exp.DPipe(this=out, expression=s(op.separator), safe=True) if op.separator else out
            out = exp.DPipe(this=out, expression=c, safe=True)
        return {op.output: out}
    if ctx.dialect != "sqlite":
        return {op.output: fn("concat_ws", s(op.separator), *cols)}
    parts: exp.Expression = s("")
    for c in cols:  # SQLite < 3.44 has no concat_ws: prefix every non-null part, drop the first sep
        parts = exp.DPipe(this=parts, expression=fn("coalesce", exp.DPipe(this=s(op.separator), expression=c,
                                                                          safe=True), s("")), safe=True)
    return {op.output: fn("substr", parts, n(len(op.separator) + 1))}


def map_dict(op: Any, env: Env, ctx: Ctx) -> Env:
    e = env[op.input]
    c = exp.Case(this=e)
    for k, v in op.mapping.items():
        c = c.when(s(k), s(v))
    if op.on_missing == "keep":
        return {op.output: c.else_(e.copy())}
    if op.default is None:
        return {op.output: c}
    return {op.output: case((exp.Not(this=exp.Is(this=e.copy(), expression=exp.Null())), c.else_(s(op.default))))}


def unit_convert(op: Any, env: Env, ctx: Ctx) -> Env:
    steps = units.plan(op.from_unit, op.to_unit, op.rates)
    kinds: dict[str, type[exp.Binary]] = {"sub": exp.Sub, "add": exp.Add, "mul": exp.Mul, "div": exp.Div}

    def body(f: list[exp.Expression]) -> exp.Expression:
        v: exp.Expression = f[0].copy()
        for kind, c in steps:
            v = p(kinds[kind](this=v, expression=dbl(c)))
        return v

    return {op.output: guarded([op.input], env, body, ctx.bounded)}


def _days_in_month(y: exp.Expression, m: exp.Expression) -> exp.Expression:
    def mod(a: exp.Expression, k: int) -> exp.Expression:
        return exp.Mod(this=a, expression=n(k))

    leap = exp.or_(exp.and_(exp.EQ(this=mod(y, 4), expression=n(0)), exp.NEQ(this=mod(y, 100), expression=n(0))),
                   exp.EQ(this=mod(y, 400), expression=n(0)))
    c = exp.Case(this=m).when(n(2), case((leap, n(29)), default=n(28)))
    for month in (4, 6, 9, 11):
        c = c.when(n(month), n(30))
    return c.else_(n(31))


def date_parse(op: Any, env: Env, ctx: Ctx) -> Env:
    if ctx.dialect == "sqlite":
        raise unsupported(op, ctx, "no regex and no date type")
    sp = dates.spec(op.format)
    e = env[op.input]
    if ctx.dialect == "duckdb":  # shape checked by regex; try_strptime rejects impossible days
        shape_ok = exp.and_(regex_match(e, sp.shape, ctx),
                            exp.NEQ(this=fn("substr", e.copy(), n(sp.positions["%Y"]), n(4)), expression=s("0000")))
        to = "date" if sp.kind == "date" else "timestamp"
        slow = case((shape_ok, cast(fn("try_strptime", e.copy(), s(sp.fmt)), to)))
        width = len(sp.fmt) + sum(dates.TOKENS[t][0] - 2 for t in sp.positions)
        if " " in sp.fmt:  # a space in the format matches any run of whitespace: the regex path only
            return {op.output: slow}
        return {op.output: duckdb_sql.parse_date(e, sp.fmt, width, to, slow)}

    def part(tok: str, width: int) -> exp.Expression:
        if tok not in sp.positions:
            return n(0)
        return cast(fn("substr", e, n(sp.positions[tok]), n(width)), "int")

    # the calendar check is built only where it is used (it is the costly part of the expression)
    y, m, d = part("%Y", 4), part("%m", 2), part("%d", 2)
    ok = exp.and_(regex_match(e, sp.shape, ctx),
                  exp.NEQ(this=fn("substr", e, n(sp.positions["%Y"]), n(4)), expression=s("0000")),
                  exp.LTE(this=d, expression=_days_in_month(y, m)))
    if sp.kind == "date":
        val = fn("make_date", y, m, d)
    else:
        val = fn("make_timestamp", y, m, d, part("%H", 2), part("%M", 2), cast(part("%S", 2), "double"))
    return {op.output: case((ok, val))}


def date_format(op: Any, env: Env, ctx: Ctx) -> Env:
    sp = dates.spec(op.format)
    if ctx.dialect == "postgres":
        return {op.output: fn("to_char", env[op.input], s(sp.to_char))}
    if ctx.dialect == "duckdb":
        return {op.output: fn("strftime", env[op.input], s(sp.fmt))}
    raise unsupported(op, ctx, "no date type")


def round_half_away(v: exp.Expression, digits: int) -> exp.Expression:
    """Same binary64 formula as the Polars compiler."""
    pw = dbl(10.0 ** digits)
    pos = exp.Div(this=fn("floor", exp.Add(this=exp.Mul(this=v, expression=pw), expression=dbl(0.5))),
                  expression=pw)
    negv = exp.Neg(this=p(v.copy()))
    neg = exp.Neg(this=p(exp.Div(this=fn("floor", exp.Add(this=exp.Mul(this=negv, expression=pw.copy()),
                                                            expression=dbl(0.5))), expression=pw.copy())))
    return case((exp.LT(this=v.copy(), expression=dbl(0.0)), neg), default=pos)


def safe_math(op: Any, env: Env, ctx: Ctx) -> Env:
    c = [lambda a, i=i: a[i].copy() for i in range(2)]
    fns: dict[str, Callable[[list[exp.Expression]], exp.Expression]] = {
        "add": lambda a: exp.Add(this=c[0](a), expression=c[1](a)),
        "sub": lambda a: exp.Sub(this=c[0](a), expression=c[1](a)),
        "mul": lambda a: exp.Mul(this=c[0](a), expression=c[1](a)),
        "div": lambda a: case((exp.NEQ(this=c[1](a), expression=dbl(0.0)),
                               exp.Div(this=c[0](a), expression=c[1](a)))),
        "neg": lambda a: exp.Neg(this=p(c[0](a))), "abs": lambda a: fn("abs", c[0](a)),
        "round": lambda a: round_half_away(c[0](a), op.digits),
    }
    return {op.output: guarded(list(op.args), env, fns[op.fn], ctx.bounded)}


def select_when(op: Any, env: Env, ctx: Ctx) -> Env:
    if ctx.dialect == "sqlite":
        raise unsupported(op, ctx, "no regex")
    cond = regex_match(env[op.input], canonical(op.pattern), ctx)
    other = env[op.otherwise] if op.otherwise else None
    return {op.output: case((cond, env[op.then]), default=other)}


def no_regex(op: Any, env: Env, ctx: Ctx) -> Env:
    raise unsupported(op, ctx, "the portable regex flavor is not available")


def text_type(ctx: Ctx) -> str:
    return "text"


def _parse_float(e: exp.Expression, ctx: Ctx) -> exp.Expression:
    """Text to double when it matches ``FLOAT_SHAPE`` within ``FLOAT_MAX_LEN`` (DuckDB: regex-free fast path first)."""
    short = exp.LTE(this=fn("length", e.copy()), expression=n(FLOAT_MAX_LEN))
    slow = case((exp.and_(regex_match(e, FLOAT_SHAPE, ctx), short), cast(e.copy(), "double")))
    return duckdb_sql.parse_float(e, slow, FLOAT_MAX_LEN) if ctx.dialect == "duckdb" else slow


CAST_FNS: dict[str, Callable[[exp.Expression, Ctx], exp.Expression]] = {
    "parse_int": lambda e, c: duckdb_sql.parse_int(e, INT_SHAPE) if c.dialect == "duckdb" else case(
        (int_shape(e, c), cast(e, "bigint"))),
    "parse_float": lambda e, c: _parse_float(e, c),
    "parse_bool": lambda e, c: case(
        (exp.In(this=ascii_map(e, False, c), expressions=[s(t) for t in BOOL_TRUE]), exp.true()),
        (exp.In(this=ascii_map(e, False, c), expressions=[s(t) for t in BOOL_FALSE]), exp.false())),
    "int_to_string": lambda e, c: cast(e, "text"), "int_to_float": lambda e, c: cast(e, "double"),
    "nonzero": lambda e, c: exp.NEQ(this=e, expression=n(0)),
    "truncate": lambda e, c: case((exp.LT(this=fn("abs", cast(e, "double")), expression=dbl(INT_LIMIT)),
                                   cast(fn("trunc", cast(e, "double")), "bigint"))),
    "to_float": lambda e, c: cast(e, "double"),
    "bool_to_string": lambda e, c: case((e, s("true")), (exp.Not(this=e.copy()), s("false"))),
    "bool_to_int": lambda e, c: case((e, n(1)), (exp.Not(this=e.copy()), n(0))),
    "midnight": lambda e, c: cast(e, "timestamp"), "date_part": lambda e, c: cast(e, "date"),
}
