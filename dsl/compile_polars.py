"""Compile a DSL pipeline to native Polars expressions (no Python UDFs; lazy-usable).

:func:`compile_pipeline` substitutes each step's expression for its output name, so every
returned expression reads only the pipeline's input columns. One builder per op in
:data:`POLARS_OPS`.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

import polars as pl

from dsl import dates, units
from dsl.models import Pipeline
from dsl.polars_guard import guarded
from dsl.regex import canonical, literal_of
from dsl.semantics import (
    BOOL_FALSE,
    BOOL_TRUE,
    FLOAT_MAX_LEN,
    FLOAT_SHAPE,
    INT_LIMIT,
    INT_SHAPE,
    SPLIT_SENTINEL,
    TITLE_TOKENS,
    WS_CHARS,
    WS_RUN,
)
from dsl.v12_polars import V12_POLARS
from dsl.v14_polars import V14_POLARS
from dsl.v15_polars import V15_POLARS
from dsl.v16_polars import V16_POLARS
from dsl.v17_polars import V17_POLARS, extremum
from dsl.v18_polars import V18_POLARS
from dsl.validate import cast_rule, step_types

LOWER, UPPER = list(string.ascii_lowercase), list(string.ascii_uppercase)
#: the digit bound of ``INT_SHAPE`` (checked as a length: see :func:`_parse_int`)
INT_DIGITS = 18
assert INT_SHAPE == rf"^[+\-]?[0-9]{{1,{INT_DIGITS}}}$", INT_SHAPE

Env = dict[str, pl.Expr]
Builder = Callable[[Any, Env], Env]


def ascii_upper(e: pl.Expr) -> pl.Expr:
    """Map a-z to A-Z only (fixed C locale); pure-ASCII strings take the fast built-in."""
    ascii_only = e.str.len_bytes() == e.str.len_chars()
    return pl.when(ascii_only).then(e.str.to_uppercase()).otherwise(e.str.replace_many(LOWER, UPPER))


def ascii_lower(e: pl.Expr) -> pl.Expr:
    """Map A-Z to a-z only (fixed C locale); pure-ASCII strings take the fast built-in."""
    ascii_only = e.str.len_bytes() == e.str.len_chars()
    return pl.when(ascii_only).then(e.str.to_lowercase()).otherwise(e.str.replace_many(UPPER, LOWER))


def _trim(op: Any, env: Env) -> Env:
    e = env[op.input]
    fn = {"both": e.str.strip_chars, "left": e.str.strip_chars_start, "right": e.str.strip_chars_end}
    return {op.output: fn[op.side](WS_CHARS)}


def _title(e: pl.Expr) -> pl.Expr:
    el = pl.element()
    word = el.str.slice(0, 1).str.to_uppercase() + el.str.slice(1).str.to_lowercase()
    fixed = pl.when(el.str.contains("^[0-9A-Za-z]")).then(word).otherwise(el)
    return e.str.extract_all(TITLE_TOKENS).list.eval(fixed).list.join("")


def _case(op: Any, env: Env) -> Env:
    fn = {"upper": ascii_upper, "lower": ascii_lower, "title": _title}[op.mode]
    return {op.output: fn(env[op.input])}


def _collapse(op: Any, env: Env) -> Env:
    return {op.output: env[op.input].str.replace_all(WS_RUN, " ")}


def _regex_extract(op: Any, env: Env) -> Env:
    r = env[op.input].str.extract(canonical(op.pattern), op.group)
    return {op.output: pl.when(r != "").then(r)}


def _regex_split(op: Any, env: Env) -> Env:
    lit = literal_of(op.pattern)
    e = env[op.input]
    if lit is None:
        e, lit = e.str.replace_all(canonical(op.pattern), SPLIT_SENTINEL), SPLIT_SENTINEL
    # only the first parts, as struct fields: no list built (a part past the last is null, as list.get's)
    fields = e.str.split_exact(lit, len(op.outputs) - 1)
    return {name: fields.struct.field(f"field_{i}") for i, name in enumerate(op.outputs)}


def _concat(op: Any, env: Env) -> Env:
    cols = [env[c] for c in op.inputs]
    return {op.output: pl.concat_str(cols, separator=op.separator, ignore_nulls=op.nulls == "skip")}


def _map_dict(op: Any, env: Env) -> Env:
    e = env[op.input]
    if op.on_missing == "keep":
        return {op.output: e.replace(op.mapping)}
    mapped = e.replace_strict(op.mapping, default=op.default, return_dtype=pl.String)
    return {op.output: pl.when(e.is_not_null()).then(mapped)}


def _unit_convert(op: Any, env: Env) -> Env:
    steps = units.plan(op.from_unit, op.to_unit, op.rates)

    def body(f: list[pl.Expr]) -> pl.Expr:
        v = f[0]
        for kind, c in steps:
            lit = pl.lit(c, pl.Float64)
            if kind == "div":
                v = exact_div(v, c, f[0])
            else:
                v = v - lit if kind == "sub" else v + lit if kind == "add" else v * lit
        return v

    return {op.output: guarded([op.input], env, body)}


def _date_parse(op: Any, env: Env) -> Env:
    sp = dates.spec(op.format)
    e = env[op.input]
    dtype = pl.Date() if sp.kind == "date" else pl.Datetime("us")
    ok = e.str.contains(nonzero_year_shape(sp.shape))
    return {op.output: pl.when(ok).then(e.str.strptime(dtype, sp.fmt, strict=False, exact=True))}


#: a 4-digit year other than 0000 (the DSL's year range is 0001-9999)
NONZERO_YEAR = "(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"


def nonzero_year_shape(shape: str) -> str:
    """A format's shape regex with its ``%Y`` field (the only ``[0-9]{4}`` token) refusing year 0000.

    One regex pass instead of the shape check plus a separate slice comparison of the year.
    """
    assert shape.count("[0-9]{4}") == 1, shape
    return shape.replace("[0-9]{4}", NONZERO_YEAR)


def _date_format(op: Any, env: Env) -> Env:
    return {op.output: env[op.input].dt.strftime(dates.spec(op.format).fmt)}


def _parse_int(e: pl.Expr) -> pl.Expr:
    """``INT_SHAPE`` without a regex pass: Polars' non-strict cast accepts exactly ``[+-]?[0-9]+`` in
    the Int64 range, so only the 18-digit bound is left to check, as a byte length."""
    signed = e.str.starts_with("+") | e.str.starts_with("-")
    digits_ok = e.str.len_bytes() <= pl.when(signed).then(INT_DIGITS + 1).otherwise(INT_DIGITS)
    return pl.when(digits_ok).then(e.cast(pl.Int64, strict=False))


def _parse_float(e: pl.Expr) -> pl.Expr:
    ok = e.str.contains(FLOAT_SHAPE) & (e.str.len_chars() <= FLOAT_MAX_LEN)
    return pl.when(ok).then(e.cast(pl.Float64, strict=False))


def _parse_bool(e: pl.Expr) -> pl.Expr:
    low = e.str.to_lowercase()  # tokens are ASCII without 'k', so Unicode lowering equals ASCII
    return pl.when(low.is_in(BOOL_TRUE)).then(True).when(low.is_in(BOOL_FALSE)).then(False)


def _truncate(e: pl.Expr) -> pl.Expr:
    f = e.cast(pl.Float64)
    return pl.when(f.abs() < INT_LIMIT).then(f.cast(pl.Int64, strict=False))


CASTS: dict[str, Callable[[pl.Expr], pl.Expr]] = {
    "parse_int": _parse_int, "parse_float": _parse_float, "parse_bool": _parse_bool,
    "int_to_string": lambda e: e.cast(pl.String), "int_to_float": lambda e: e.cast(pl.Float64),
    "nonzero": lambda e: e != 0, "truncate": _truncate, "to_float": lambda e: e.cast(pl.Float64),
    "bool_to_string": lambda e: pl.when(e).then(pl.lit("true")).when(~e).then(pl.lit("false")),
    "bool_to_int": lambda e: e.cast(pl.Int64), "midnight": lambda e: e.cast(pl.Datetime("us")),
    "date_part": lambda e: e.cast(pl.Date),
}


def _type_cast(op: Any, env: Env, src: str | None = None) -> Env:
    rule = cast_rule(op, src)
    return {op.output: env[op.input] if rule is None else CASTS[rule](env[op.input])}


def exact_div(a: pl.Expr, const: float, anchor: pl.Expr) -> pl.Expr:
    """``a / const`` as a true IEEE division.

    Polars rewrites division by a scalar into multiplication by its reciprocal (254/10 gives
    25.400000000000002); dividing by the column ``anchor * 0 + const`` (anchor finite) keeps
    the correctly rounded quotient that PostgreSQL and DuckDB compute.
    """
    return a / (anchor * 0.0 + pl.lit(const, pl.Float64))


def round_half_away(v: pl.Expr, digits: int) -> pl.Expr:
    """sign(v) * floor(|v| * 10^d + 0.5) / 10^d in binary64 (same ops in every backend)."""
    p = pl.lit(10.0 ** digits, pl.Float64)
    if digits == 0:
        return pl.when(v < 0).then(-((-v + 0.5).floor())).otherwise((v + 0.5).floor())
    pos = exact_div((v * p + 0.5).floor(), 10.0 ** digits, v)
    neg = -exact_div((-v * p + 0.5).floor(), 10.0 ** digits, v)
    return pl.when(v < 0).then(neg).otherwise(pos)


def _safe_math(op: Any, env: Env) -> Env:
    fns: dict[str, Callable[[list[pl.Expr]], pl.Expr]] = {
        "add": lambda a: a[0] + a[1], "sub": lambda a: a[0] - a[1], "mul": lambda a: a[0] * a[1],
        "div": lambda a: pl.when(a[1] != 0.0).then(
            a[0] / a[1] if isinstance(op.args[1], str) else exact_div(a[0], float(op.args[1]), a[0])),
        "neg": lambda a: -a[0], "abs": lambda a: a[0].abs(),
        "round": lambda a: round_half_away(a[0], op.digits),
    }
    return {op.output: guarded(list(op.args), env, fns[op.fn])}


def _select_when(op: Any, env: Env) -> Env:
    other = env[op.otherwise] if op.otherwise else None
    cond = env[op.input].str.contains(canonical(op.pattern))
    return {op.output: pl.when(cond).then(env[op.then]).otherwise(other)}


POLARS_OPS: dict[str, Builder] = {
    "trim": _trim, "case": _case, "collapse_whitespace": _collapse, "regex_extract": _regex_extract,
    "regex_split": _regex_split, "concat": _concat, "map_dict": _map_dict,
    "unit_convert": _unit_convert, "date_parse": _date_parse, "date_format": _date_format,
    "type_cast": _type_cast, "safe_math": _safe_math, "select_when": _select_when, **V12_POLARS, **V14_POLARS,
    **V15_POLARS,
    **V16_POLARS, **V17_POLARS, **V18_POLARS,
}


def compile_pipeline(pipeline: Pipeline, input_types: dict[str, str] | None = None, *,
                     features: frozenset[str] = frozenset()) -> dict[str, pl.Expr]:
    """Validate, then return ``{output name: expression over input columns}``.

    Input types: the argument, else ``pipeline.input_types``, else DSLReject. Gated ops
    (``select_when``) compile only when named in ``features``.

    Each expression is linear in the program's size: a struct of the inputs gains one layer's temporaries
    at a time (``struct.with_fields``, the steps reading their inputs as ``pl.field``), and an output is
    a field of the last struct. Substituting every step into the next (as before) copied a temporary into
    each of its readers, so a chain of steps that each read their input twice doubled at every step
    (``2**n`` nodes: minutes and gigabytes for the session-11 programs).
    """
    types = step_types(pipeline, input_types, features=features)
    row: pl.Expr = pl.struct([pl.col(name) for name in pipeline.inputs])
    for layer in pipeline.layers():
        new: Env = {}
        for i in layer:
            step = pipeline.steps[i]
            new.update(_step(step, {c: pl.field(c) for c in step.reads()}, types[i]))
        row = row.struct.with_fields([e.alias(name) for name, e in new.items()])
    return {name: row.struct.field(name).alias(name) for name in pipeline.outputs}


def _step(step: Any, env: Env, types: dict[str, str]) -> Env:
    if step.op == "type_cast":
        return _type_cast(step, env, types.get(step.input))
    if step.op in ("min", "max"):  # the result type (int or float) depends on every argument's type
        return extremum(step, env, types)
    return POLARS_OPS[step.op](step, env)


def apply_pipeline(frame: pl.LazyFrame | pl.DataFrame, pipeline: Pipeline,
                   input_types: dict[str, str] | None = None, *,
                   features: frozenset[str] = frozenset()) -> pl.LazyFrame:
    """Validate, then lazily evaluate ``pipeline`` on ``frame``; returns exactly the outputs.

    Input types and ``features`` as in :func:`compile_pipeline`.

    Steps run layer by layer (``Pipeline.layers``) through private ``__dsl_*`` columns, so
    an op that reads its input several times never re-evaluates earlier ops. Use this for
    execution; :func:`compile_pipeline` gives the equivalent single expressions.
    """
    types = step_types(pipeline, input_types, features=features)
    lf = frame.lazy().select([pl.col(c).alias(f"__dsl_{c}") for c in pipeline.inputs])
    for layer in pipeline.layers():
        new: Env = {}
        for i in layer:
            step = pipeline.steps[i]
            env = {c: pl.col(f"__dsl_{c}") for c in step.reads()}
            new.update(_step(step, env, types[i]))
        lf = lf.with_columns([e.alias(f"__dsl_{name}") for name, e in new.items()])
    return lf.select([pl.col(f"__dsl_{o}").alias(o) for o in pipeline.outputs])
