"""SQL builders (sqlglot trees) of the DSL 1.4 ops, registered into the dialect tables.

- Lists (``list_sort``, ``list_unique``) and ``regex_extract_all``: PostgreSQL sorts / groups /
  scans inside an ``ARRAY(SELECT ...)`` over ``unnest`` / ``regexp_matches`` with ordinality (sorting
  under ``COLLATE "C"``, i.e. by bytes); DuckDB uses its list functions (byte order by default).
- ``hex_to_int``: shape check, then ``bit(64)`` (PostgreSQL), a ``0x`` cast (DuckDB) or a sum of
  the digit values (SQLite, where the shape check is a ``GLOB``).
- Epochs: ``make_timestamp`` + ``make_interval`` from whole days and the remainder (PostgreSQL;
  no session time zone involved), ``make_timestamp(microseconds)`` / ``epoch_us`` (DuckDB); floor
  division is written with a remainder so truncating ``/`` cannot change it.
- Roman numerals: :mod:`dsl.roman_sql` (every dialect).
- ``normalize``: ``normalize(x, NFKC)`` (PostgreSQL), ``nfc_normalize`` (DuckDB, NFC only).

SQLite has no lists, regex, dates or Unicode tables: those ops raise DialectUnsupported there.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.regex import canonical
from dsl.roman_sql import int_to_roman, roman_to_int
from dsl.v14_polars import HEX_SHAPE, MARKS, US_PER, epoch_bounds

Env = so.Env
_U, _X, _I = "_dsl_u", "_dsl_x", "_dsl_i"


def _qcol(name: str, table: str) -> exp.Column:
    return exp.column(name, table=table, quoted=True)


def _not_null(e: exp.Expression, value: exp.Expression) -> exp.Expression:
    return so.case((exp.Not(this=exp.Is(this=e.copy(), expression=exp.Null())), value))


def _array_text(select: exp.Select, sep: str) -> exp.Expression:
    return so.fn("array_to_string", exp.Array(expressions=[select]), so.s(sep))


def _alias(*cols: str) -> exp.TableAlias:
    return exp.TableAlias(this=exp.to_identifier(_U, quoted=True),
                          columns=[exp.to_identifier(c, quoted=True) for c in cols])


def _pg_items(e: exp.Expression, sep: str) -> exp.Unnest:
    return exp.Unnest(expressions=[so.fn("string_to_array", e, so.s(sep))], alias=_alias(_X),
                      offset=exp.to_identifier(_I, quoted=True))


def _no_sqlite(op: Any, ctx: so.Ctx, why: str) -> None:
    if ctx.dialect == "sqlite":
        raise so.unsupported(op, ctx, why)


def list_sort(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_sort``: items sorted by bytes (PostgreSQL ``COLLATE "C"``, DuckDB ``list_sort``)."""
    _no_sqlite(op, ctx, "no lists")
    e = env[op.input]
    if ctx.dialect == "duckdb":
        items = so.fn("list_sort", so.fn("string_split", e, so.s(op.separator)),
                      so.s("DESC" if op.descending else "ASC"))
        return {op.output: so.fn("array_to_string", items, so.s(op.separator))}
    x = _qcol(_X, _U)
    key = exp.Ordered(this=exp.Collate(this=x.copy(), expression=exp.Identifier(this="C", quoted=True)),
                      desc=op.descending, nulls_first=False)
    sel = exp.select(x).from_(_pg_items(e.copy(), op.separator)).order_by(key)
    return {op.output: _not_null(e, _array_text(sel, op.separator))}


def list_unique(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``list_unique``: first occurrences in order (PostgreSQL ``GROUP BY`` + ``min(ordinality)``)."""
    _no_sqlite(op, ctx, "no lists")
    e = env[op.input]
    if ctx.dialect == "duckdb":
        items = so.fn("string_split", e, so.s(op.separator))
        first = exp.EQ(this=so.fn("list_position", items.copy(), exp.column("x")), expression=exp.column("i"))
        lam = exp.Lambda(this=first, expressions=[exp.to_identifier("x"), exp.to_identifier("i")])
        return {op.output: so.fn("array_to_string", so.fn("list_filter", items, lam), so.s(op.separator))}
    x, i = _qcol(_X, _U), _qcol(_I, _U)
    sel = (exp.select(x).from_(_pg_items(e.copy(), op.separator)).group_by(x.copy())
           .order_by(exp.Ordered(this=exp.Min(this=i), nulls_first=False)))
    return {op.output: _not_null(e, _array_text(sel, op.separator))}


def regex_extract_all(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``regex_extract_all``: every match (or its group), empties left out, joined."""
    _no_sqlite(op, ctx, "no regex")
    e, pat = env[op.input], canonical(op.pattern)
    if ctx.dialect == "duckdb":
        found = so.fn("regexp_extract_all", e, so.s(pat), so.n(op.group))
        if op.group:
            nonempty = exp.NEQ(this=exp.column("x"), expression=so.s(""))
            found = so.fn("list_filter", found, exp.Lambda(this=nonempty, expressions=[exp.to_identifier("x")]))
        return {op.output: so.fn("array_to_string", found, so.s(op.separator))}
    matches = so.fn("regexp_matches", e.copy(), so.s(f"({pat})"), so.s("g"))
    source = exp.Table(this=matches, ordinality=True, alias=_alias(_X, _I))
    part = exp.Bracket(this=_qcol(_X, _U), expressions=[so.n(op.group + 1)], offset=1)
    sel = (exp.select(part).from_(source).where(exp.NEQ(this=part.copy(), expression=so.s("")))
           .order_by(exp.Ordered(this=_qcol(_I, _U), nulls_first=False)))
    return {op.output: _not_null(e, _array_text(sel, op.separator))}


def _sqlite_hex_value(e: exp.Expression) -> exp.Expression:
    total: exp.Expression = so.n(0)
    for k in range(1, 16):
        digit = so.fn("instr", so.s("0123456789ABCDEF"), so.fn("upper", so.fn("substr", e.copy(), so.n(-k), so.n(1))))
        term = exp.Mul(this=so.p(exp.Sub(this=digit, expression=so.n(1))), expression=so.n(16 ** (k - 1)))
        has = exp.GTE(this=so.fn("length", e.copy()), expression=so.n(k))
        total = exp.Add(this=total, expression=so.case((has, term), default=so.n(0)))
    return total


def hex_to_int(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``hex_to_int``: 1..15 hex digits -> BIGINT, behind the shape check."""
    e = env[op.input]
    if ctx.dialect == "sqlite":
        shape = exp.and_(exp.Between(this=so.fn("length", e.copy()), low=so.n(1), high=so.n(15)),
                       exp.Not(this=exp.Glob(this=e.copy(), expression=so.s("*[^0-9A-Fa-f]*"))))
        return {op.output: so.case((shape, _sqlite_hex_value(e)))}
    ok = so.regex_match(e.copy(), HEX_SHAPE, ctx)
    if ctx.dialect == "duckdb":
        val = so.cast(exp.DPipe(this=so.s("0x"), expression=e.copy(), safe=True), "bigint")
    else:
        bits = so.cast(exp.DPipe(this=so.s("x"), expression=so.fn("lpad", e.copy(), so.n(16), so.s("0")), safe=True),
                       "bit(64)")
        val = so.cast(bits, "bigint")
    return {op.output: so.case((ok, val))}


def int_to_hex(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``int_to_hex``: hex digits of a non-negative BIGINT, no leading zeros."""
    x = env[op.input]
    if ctx.dialect == "sqlite":
        text = so.fn("printf", so.s("%X" if op.case == "upper" else "%x"), x.copy())
    elif ctx.dialect == "duckdb":  # hex(): upper case, no leading zeros
        text = so.fn("hex", x.copy())
        text = text if op.case == "upper" else so.fn("lower", text)
    else:  # to_hex(): lower case, no leading zeros
        text = so.fn("to_hex", x.copy())
        text = text if op.case == "lower" else so.fn("upper", text)
    return {op.output: so.case((exp.GTE(this=x, expression=so.n(0)), text))}


def _floor_div(a: exp.Expression, d: int) -> exp.Expression:
    """floor(a / d) for integers, exact whatever the dialect's integer ``/`` rounds to."""
    rem = exp.Mod(this=so.p(exp.Add(this=so.p(exp.Mod(this=a.copy(), expression=so.n(d))), expression=so.n(d))),
                  expression=so.n(d))
    return exp.IntDiv(this=so.p(exp.Sub(this=a.copy(), expression=rem)), expression=so.n(d))


def epoch_to_datetime(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``epoch_to_datetime``: Unix seconds / milliseconds -> TIMESTAMP within years 1..9999."""
    _no_sqlite(op, ctx, "no datetime type")
    x = env[op.input]
    lo, hi = epoch_bounds(op.unit)
    ok = exp.Between(this=x.copy(), low=so.n(lo), high=so.n(hi))
    if ctx.dialect == "duckdb":
        micros = exp.Mul(this=x.copy(), expression=so.n(US_PER[op.unit]))
        return {op.output: so.case((ok, so.fn("make_timestamp", micros)))}
    per_day = 86400 if op.unit == "s" else 86_400_000
    days = so.cast(exp.Div(this=x.copy(), expression=so.n(per_day), typed=True), "int")
    secs: exp.Expression = so.cast(exp.Mod(this=x.copy(), expression=so.n(per_day)), "double")
    if op.unit == "ms":
        secs = exp.Div(this=secs, expression=so.dbl(1000.0))
    epoch = so.fn("make_timestamp", so.n(1970), so.n(1), so.n(1), so.n(0), so.n(0), so.n(0))
    interval = so.fn("make_interval", so.n(0), so.n(0), so.n(0), days, so.n(0), so.n(0), secs)
    return {op.output: so.case((ok, exp.Add(this=epoch, expression=interval)))}


def datetime_to_epoch(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``datetime_to_epoch``: whole seconds / milliseconds since the epoch, rounded down."""
    _no_sqlite(op, ctx, "no datetime type")
    ts = so.cast(env[op.input], "timestamp")
    if ctx.dialect == "duckdb":
        return {op.output: _floor_div(so.fn("epoch_us", ts), US_PER[op.unit])}
    seconds: exp.Expression = exp.Extract(this=exp.var("epoch"), expression=ts)
    if op.unit == "ms":
        seconds = exp.Mul(this=seconds, expression=so.n(1000))
    return {op.output: so.cast(so.fn("floor", seconds), "bigint")}


def normalize(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``normalize``: NFC / NFKC where the dialect has the tables."""
    e = env[op.input]
    if ctx.dialect == "postgres":
        return {op.output: so.fn("normalize", e, exp.var(op.form))}
    if ctx.dialect == "duckdb" and op.form == "NFC":
        return {op.output: so.fn("nfc_normalize", e)}
    raise so.unsupported(op, ctx, f"no Unicode {op.form} normalization")


def strip_accents(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``strip_accents``: NFD, combining marks U+0300..U+036F removed, NFC (PostgreSQL only)."""
    if ctx.dialect != "postgres":
        raise so.unsupported(op, ctx, "no Unicode NFD decomposition")
    nfd = so.fn("normalize", env[op.input], exp.var("NFD"))
    stripped = so.fn("regexp_replace", nfd, so.s(MARKS), so.s(""), so.s("g"))
    return {op.output: so.fn("normalize", stripped, exp.var("NFC"))}


V14_SQL: dict[str, so.SqlBuilder] = {
    "list_sort": list_sort, "list_unique": list_unique, "regex_extract_all": regex_extract_all,
    "hex_to_int": hex_to_int, "int_to_hex": int_to_hex, "epoch_to_datetime": epoch_to_datetime,
    "datetime_to_epoch": datetime_to_epoch, "roman_to_int": roman_to_int, "int_to_roman": int_to_roman,
    "normalize": normalize, "strip_accents": strip_accents,
}

