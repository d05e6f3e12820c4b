"""SQL builders (sqlglot trees) of the DSL 1.5 ops, registered into the dialect tables.

- ``list_count``: ``(length(x) - length(replace(x, sep, ''))) / length(sep) + 1`` (DuckDB counts
  bytes with ``strlen``, so the quotient is the same count), ``""`` -> 0.
- ``list_get``: ``string_split(x, sep)[i]`` (DuckDB, negative indexes count from the end),
  ``string_to_array(x, sep)[i]`` (PostgreSQL, a negative index is turned into a positive one with the
  count); SQLite has no lists: DialectUnsupported.
- Ordinals and clock times: a shape check (regex, or ``GLOB`` shapes in SQLite), then plain
  ``substr`` / ``CASE`` arithmetic; every cast of text to a number sits inside the CASE branch
  the shape check guards (``TRY_CAST`` in DuckDB, which evaluates branches eagerly).
"""

from __future__ import annotations

from itertools import product
from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.regex import canonical
from dsl.v15_polars import (
    DAY_MINUTES,
    DMS_PARTS,
    DMS_SHAPE,
    MS_PER_DEGREE,
    ORDINAL_SHAPE,
    SHAPE_12,
    SHAPE_24,
    SHAPE_UTC,
)

Env = so.Env


def _len(e: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    return so.fn("strlen" if ctx.dialect == "duckdb" else "length", e)


def _int_div(a: exp.Expression, d: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    if ctx.dialect in ("duckdb", "mysql"):  # MariaDB: DIV (its / is decimal division)
        return exp.IntDiv(this=so.p(a), expression=d)
    return exp.Div(this=so.p(a), expression=d, typed=True)


def _to_int(e: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    if ctx.dialect == "duckdb":
        return exp.TryCast(this=e, to=exp.DataType.build("bigint"))
    return so.cast(e, "bigint")


def _cat(*parts: exp.Expression) -> exp.Expression:
    out = parts[0]
    for part in parts[1:]:
        out = exp.DPipe(this=out, expression=part, safe=True)
    return out


def _sub(e: exp.Expression, start: exp.Expression, length: exp.Expression | None = None) -> exp.Expression:
    args = [e.copy(), start] + ([length] if length is not None else [])
    return so.fn("substr", *args)


def _count(e: exp.Expression, sep: str, ctx: so.Ctx) -> exp.Expression:
    removed = exp.Sub(this=_len(e.copy(), ctx), expression=_len(so.fn("replace", e.copy(), so.s(sep), so.s("")), ctx))
    seps = _int_div(removed, _len(so.s(sep), ctx), ctx)
    return so.case((exp.EQ(this=e.copy(), expression=so.s("")), so.n(0)),
                   default=so.cast(exp.Add(this=seps, expression=so.n(1)), "bigint"))


def list_count(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_count``: separators counted by length difference, + 1; ``""`` -> 0."""
    return {op.output: _count(env[op.input], op.separator, ctx)}


def list_get(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_get``: one item by position (negative: from the end), null when missing."""
    if ctx.dialect == "sqlite":
        raise so.unsupported(op, ctx, "no lists")
    e = env[op.input]
    nonempty = exp.NEQ(this=e.copy(), expression=so.s(""))
    if ctx.dialect == "duckdb":
        items = so.fn("string_split", e.copy(), so.s(op.separator))
        pos: exp.Expression = so.n(op.index + 1 if op.index >= 0 else op.index)
    else:
        items = so.p(so.fn("string_to_array", e.copy(), so.s(op.separator)))
        pos = so.n(op.index + 1) if op.index >= 0 else \
            so.cast(exp.Add(this=_count(e, op.separator, ctx), expression=so.n(op.index + 1)), "int")
    return {op.output: so.case((nonempty, exp.Bracket(this=items, expressions=[pos], offset=1)))}


def ordinal_text(x: exp.Expression) -> exp.Expression:
    """``x`` (>= 0) followed by its English suffix; null for negative ``x``."""
    tens, last = exp.Mod(this=x.copy(), expression=so.n(100)), exp.Mod(this=x.copy(), expression=so.n(10))
    suffix = so.case((exp.Between(this=tens, low=so.n(11), high=so.n(13)), so.s("th")),
                     (exp.EQ(this=last, expression=so.n(1)), so.s("st")),
                     (exp.EQ(this=last.copy(), expression=so.n(2)), so.s("nd")),
                     (exp.EQ(this=last.copy(), expression=so.n(3)), so.s("rd")), default=so.s("th"))
    return so.case((exp.GTE(this=x.copy(), expression=so.n(0)), _cat(so.cast(x.copy(), "text"), suffix)))


def int_to_ordinal(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``int_to_ordinal``: digits + ``st``/``nd``/``rd``/``th``."""
    return {op.output: ordinal_text(env[op.input])}


def _sqlite_digits(e: exp.Expression, lo: int, hi: int) -> Any:
    return exp.and_(exp.Between(this=so.fn("length", e), low=so.n(lo), high=so.n(hi)),
                    exp.Not(this=exp.Glob(this=e.copy(), expression=so.s("*[^0-9]*"))))


def ordinal_to_int(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``ordinal_to_int``: shape, the digits' value, kept when its ordinal gives the text back."""
    e = env[op.input]
    digits = _sub(e, so.n(1), exp.Sub(this=so.fn("length", e.copy()), expression=so.n(2)))
    if ctx.dialect == "sqlite":
        shape: Any = exp.and_(
            _sqlite_digits(digits, 1, 18),
            exp.Glob(this=_sub(e, so.n(-2)), expression=so.s("[a-z][a-z]")))
    else:
        shape = so.regex_match(e.copy(), ORDINAL_SHAPE, ctx)
    v = _to_int(digits, ctx)
    check = so.case((exp.EQ(this=ordinal_text(v), expression=e.copy()), v.copy()))
    return {op.output: so.case((shape, check))}


_HM = ("[0-9]:[0-5][0-9]", "[0-9][0-9]:[0-5][0-9]")
_SECS = ("", ":[0-5][0-9]")


def _clock_shape(e: exp.Expression, twelve: bool, ctx: so.Ctx) -> exp.Expression:
    if ctx.dialect != "sqlite":
        return so.regex_match(e.copy(), SHAPE_12 if twelve else SHAPE_24, ctx)
    tails = [f"{sp}[AaPp][Mm]" for sp in ("", " ")] if twelve else [""]
    globs = [exp.Glob(this=e.copy(), expression=so.s(hm + sec + tail)) for hm, sec, tail in product(_HM, _SECS, tails)]
    return so.p(exp.or_(*globs))


def _hour_len(e: exp.Expression) -> exp.Expression:
    return so.case((exp.EQ(this=_sub(e, so.n(2), so.n(1)), expression=so.s(":")), so.n(1)), default=so.n(2))


def _two_digits(h: exp.Expression) -> exp.Expression:
    text = so.cast(h.copy(), "text")
    return so.case((exp.LT(this=h.copy(), expression=so.n(10)), _cat(so.s("0"), text)), default=text.copy())


def time_24_to_12(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``time_24_to_12``: hour ``(h + 11) % 12 + 1``, the rest unchanged, then the AM/PM marker."""
    e = env[op.input]
    k = _hour_len(e)
    h = _to_int(_sub(e, so.n(1), k), ctx)
    h12 = exp.Add(this=exp.Mod(this=so.p(exp.Add(this=h.copy(), expression=so.n(11))), expression=so.n(12)),
                  expression=so.n(1))
    hour = _two_digits(so.p(h12)) if op.pad_hour else so.cast(so.p(h12), "text")
    am, pm = (" am", " pm") if op.lower else (" AM", " PM")
    marker = so.case((exp.LT(this=h.copy(), expression=so.n(12)), so.s(am)), default=so.s(pm))
    text = _cat(hour, _sub(e, exp.Add(this=k.copy(), expression=so.n(1))), marker)
    valid = so.case((exp.LTE(this=h.copy(), expression=so.n(23)), text))
    return {op.output: so.case((_clock_shape(e, False, ctx), valid))}


def time_12_to_24(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``time_12_to_24``: hour ``h % 12`` (+ 12 after noon), zero-padded, then ``:MM[:SS]``."""
    e = env[op.input]
    k = _hour_len(e)
    h = _to_int(_sub(e, so.n(1), k), ctx)
    rest_len = so.case((exp.EQ(this=_sub(e, exp.Add(this=k.copy(), expression=so.n(4)), so.n(1)), expression=so.s(":")),
                        so.n(6)), default=so.n(3))
    marker = so.fn("upper", _sub(e, exp.Sub(this=so.fn("length", e.copy()), expression=so.n(1)), so.n(1)))
    plus = so.case((exp.EQ(this=marker, expression=so.s("P")), so.n(12)), default=so.n(0))
    h24 = so.p(exp.Add(this=exp.Mod(this=h.copy(), expression=so.n(12)), expression=plus))
    text = _cat(_two_digits(h24), _sub(e, exp.Add(this=k.copy(), expression=so.n(1)), rest_len))
    valid = so.case((exp.Between(this=h.copy(), low=so.n(1), high=so.n(12)), text))
    return {op.output: so.case((_clock_shape(e, True, ctx), valid))}


V15_SQL: dict[str, so.SqlBuilder] = {
    "list_count": list_count, "list_get": list_get, "int_to_ordinal": int_to_ordinal,
    "ordinal_to_int": ordinal_to_int, "time_24_to_12": time_24_to_12, "time_12_to_24": time_12_to_24,
}


def _extract(e: exp.Expression, pattern: str, ctx: so.Ctx) -> exp.Expression:
    """Group 1 of ``pattern`` (null when it does not match or is empty)."""
    pat = canonical(pattern)
    if ctx.dialect == "postgres":
        r: exp.Expression = exp.Bracket(this=so.p(so.fn("regexp_match", e.copy(), so.s(pat))), expressions=[so.n(1)],
                                         offset=1)
    else:
        r = so.fn("regexp_extract", e.copy(), so.s(pat), so.n(1))
    return so.fn("nullif", r, so.s(""))


def dms_to_decimal(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``dms_to_decimal``: the parts by regex, one exact integer of milliseconds, one division."""
    if ctx.dialect == "sqlite":
        raise so.unsupported(op, ctx, "no regex")
    e = env[op.input]
    part = {k: _extract(e, pat, ctx) for k, pat in DMS_PARTS.items()}
    d, m, s = (_to_int(part[k], ctx) for k in ("deg", "min", "sec"))
    frac = part["frac"]
    frac_len = so.fn("length", frac.copy())
    frac_ms = so.case(*[(exp.EQ(this=frac_len.copy(), expression=so.n(k)),
                         exp.Mul(this=_to_int(frac.copy(), ctx), expression=so.n(10 ** (3 - k)))) for k in (1, 2, 3)],
                      default=so.n(0))
    terms = [exp.Mul(this=d, expression=so.n(MS_PER_DEGREE)), exp.Mul(this=m.copy(), expression=so.n(60_000)),
             exp.Mul(this=s.copy(), expression=so.n(1000)), frac_ms]
    total = terms[0]
    for term in terms[1:]:
        total = exp.Add(this=total, expression=term)
    num = so.p(total)
    limit = so.case((exp.In(this=part["hem"].copy(), expressions=[so.s("N"), so.s("S")]), so.n(90 * MS_PER_DEGREE)),
                    default=so.n(180 * MS_PER_DEGREE))
    value = exp.Div(this=so.cast(num.copy(), "double"), expression=so.dbl(float(MS_PER_DEGREE)))
    signed = so.case((exp.In(this=part["hem"].copy(), expressions=[so.s("S"), so.s("W")]), exp.Neg(this=so.p(value))),
                     default=value.copy())
    ok = exp.and_(exp.LTE(this=m.copy(), expression=so.n(59)), exp.LTE(this=s.copy(), expression=so.n(59)),
                  exp.LTE(this=num.copy(), expression=limit))
    inner = so.case((ok, signed))
    return {op.output: so.case((so.regex_match(e.copy(), canonical(DMS_SHAPE), ctx), inner))}


V15_SQL["dms_to_decimal"] = dms_to_decimal


_OFFSETS = ("Z", "[+-][0-9][0-9]:[0-9][0-9]", "[+-][0-9][0-9][0-9][0-9]")


def _utc_shape(e: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    if ctx.dialect != "sqlite":
        return so.regex_match(e.copy(), canonical(SHAPE_UTC), ctx)
    globs = [exp.Glob(this=e.copy(), expression=so.s(hm + sec + sp + off))
             for hm, sec, sp, off in product(_HM, _SECS, ("", " "), _OFFSETS)]
    return so.p(exp.or_(*globs))


def clock_to_utc(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``clock_to_utc``: minutes of the day minus the offset, modulo 1440, as ``HH:MM[:SS]``."""
    e = env[op.input]
    k = _hour_len(e)
    h = _to_int(_sub(e, so.n(1), k), ctx)
    m = _to_int(_sub(e, exp.Add(this=k.copy(), expression=so.n(2)), so.n(2)), ctx)
    sec_at = exp.Add(this=k.copy(), expression=so.n(4))
    secs = so.case((exp.EQ(this=_sub(e, sec_at, so.n(1)), expression=so.s(":")), _sub(e, sec_at.copy(), so.n(3))),
                   default=so.s(""))
    n = so.fn("length", e.copy())

    def at(back: int, width: int) -> exp.Expression:
        return _sub(e, exp.Sub(this=n.copy(), expression=so.n(back)), so.n(width))
    colon = exp.EQ(this=at(2, 1), expression=so.s(":"))
    sign = so.case((colon, at(5, 1)), default=at(4, 1))
    oh = _to_int(so.case((colon.copy(), at(4, 2)), default=at(3, 2)), ctx)
    om = _to_int(at(1, 2), ctx)
    zulu = exp.EQ(this=at(0, 1), expression=so.s("Z"))
    minutes = so.p(exp.Add(this=exp.Mul(this=oh.copy(), expression=so.n(60)), expression=om.copy()))
    offset = so.case((zulu, so.n(0)), (exp.EQ(this=sign, expression=so.s("-")), exp.Neg(this=minutes)),
                     default=minutes.copy())
    total = exp.Sub(this=exp.Add(this=exp.Mul(this=h.copy(), expression=so.n(60)), expression=m), expression=offset)
    day = so.n(DAY_MINUTES)
    t = so.p(exp.Mod(this=so.p(exp.Add(this=so.p(exp.Mod(this=so.p(total), expression=day)), expression=day.copy())),
                     expression=day.copy()))
    text = _cat(_two_digits(so.p(_int_div(t, so.n(60), ctx))), so.s(":"),
                _two_digits(so.p(exp.Mod(this=t.copy(), expression=so.n(60)))), secs)
    ok = exp.and_(exp.LTE(this=h.copy(), expression=so.n(23)),
                  so.p(exp.or_(zulu.copy(), exp.and_(exp.LTE(this=oh.copy(), expression=so.n(23)),
                                                     exp.LTE(this=om.copy(), expression=so.n(59))))))
    return {op.output: so.case((_utc_shape(e, ctx), so.case((ok, text))))}


V15_SQL["clock_to_utc"] = clock_to_utc
