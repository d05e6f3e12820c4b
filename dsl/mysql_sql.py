r"""The DSL ops MariaDB (dialect ``mysql``, MariaDB 10.6+) can express exactly; every other op refuses.

MariaDB differs from the verified dialects where it matters for exactness: string comparisons
follow the column's collation (``utf8mb4_general_ci`` ignores case, accents and trailing spaces),
``TRIM`` removes one string rather than a set of characters, ``UPPER``/``LOWER`` map every letter
of the collation and there is no ``REGEXP_LIKE``. So the builders here compare bytes
(``CAST(x AS BINARY)``), trim and collapse with ``REGEXP_REPLACE`` over the DSL's ASCII whitespace
set, map ASCII case with ``REPLACE`` (always case-sensitive), and test shapes with
``REGEXP_INSTR`` over bytes, with a final ``$`` spelled ``\z`` (PCRE's ``$`` also matches before
a final newline). Dates are parsed only after the shape and the calendar are checked (MariaDB's
``STR_TO_DATE`` accepts 30 February, and strict mode turns a bad conversion into an error), and
arithmetic runs in DOUBLE under the same safe-range guard as elsewhere (:mod:`dsl.mysql_more`).
Ops with no exact form here (title case, regex split and replace, lists, ...) raise
:class:`~dsl.errors.DialectUnsupported`, so a plan that uses them runs as ETL (Polars).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.mysql_bytes import binary, matches
from dsl.mysql_exact import EXACT_CASTS, EXACT_OPS
from dsl.mysql_more import MORE
from dsl.mysql_text import TEXT_OPS, ascii_case
from dsl.semantics import BOOL_FALSE, BOOL_TRUE, FLOAT_MAX_LEN, FLOAT_SHAPE, INT_SHAPE, WS_CHARS, WS_RUN
from dsl.validate import cast_rule

#: the DSL's whitespace set as a PCRE class (escapes survive sqlglot's MySQL string quoting)
WS_CLASS = "[" + "".join(f"\\x{ord(c):02x}" for c in WS_CHARS) + "]"
#: cast rules with an exact MariaDB form (others refuse)
CASTS = ("parse_int", "parse_float", "int_to_string", "int_to_float", "nonzero", "to_float", "parse_bool",
         "bool_to_string", "bool_to_int")


def _trim(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    pattern = {"both": f"^{WS_CLASS}+|{WS_CLASS}+$", "left": f"^{WS_CLASS}+", "right": f"{WS_CLASS}+$"}[op.side]
    return {op.output: so.fn("REGEXP_REPLACE", env[op.input], so.s(pattern), so.s(""))}


def _collapse(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    run = WS_RUN.replace("\t", "\\x09").replace("\r", "\\x0d")
    return {op.output: so.fn("REGEXP_REPLACE", env[op.input], so.s(run), so.s(" "))}


def _map_dict(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    e = env[op.input]
    c = exp.Case()
    for k, v in op.mapping.items():
        c = c.when(exp.EQ(this=binary(e.copy()), expression=binary(so.s(k))), so.s(v))
    if op.on_missing == "keep":
        return {op.output: c.else_(e.copy())}
    if op.default is None:
        return {op.output: c}
    return {op.output: so.case((exp.Not(this=exp.Is(this=e.copy(), expression=exp.Null())),
                                c.else_(so.s(op.default))))}


def _type_cast(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
    rule = cast_rule(op, ctx.src_type)
    e = env[op.input]
    if rule is None:
        return {op.output: e}
    if rule in EXACT_CASTS:
        return {op.output: EXACT_CASTS[rule](e)}
    if rule not in CASTS:
        raise so.unsupported(op, ctx, f"no exact MariaDB form of {rule}")
    if rule == "parse_int":
        return {op.output: so.case((matches(e, INT_SHAPE), so.cast(e.copy(), "bigint")))}
    if rule == "parse_float":
        short = exp.LTE(this=so.fn("CHAR_LENGTH", e.copy()), expression=so.n(FLOAT_MAX_LEN))
        return {op.output: so.case((exp.and_(matches(e, FLOAT_SHAPE), short), so.cast(e.copy(), "double")))}
    if rule == "parse_bool":  # ASCII lower case, then the spellings compared as bytes (no case or PAD SPACE folding)
        low = binary(ascii_case(e, False))
        return {op.output: so.case((exp.In(this=low, expressions=[binary(so.s(t)) for t in BOOL_TRUE]), exp.true()),
                                   (exp.In(this=low.copy(), expressions=[binary(so.s(t)) for t in BOOL_FALSE]),
                                    exp.false()))}
    if rule in ("bool_to_string", "bool_to_int"):
        return {op.output: so.CAST_FNS[rule](e, ctx)}
    if rule == "int_to_string":
        return {op.output: so.cast(e, "text")}
    if rule == "nonzero":
        return {op.output: exp.NEQ(this=e, expression=so.n(0))}
    return {op.output: so.cast(e, "double")}


def _refuse(why: str) -> so.SqlBuilder:
    def build(op: Any, env: so.Env, ctx: so.Ctx) -> so.Env:
        raise so.unsupported(op, ctx, why)

    return build


def mysql_ops(common: dict[str, so.SqlBuilder]) -> dict[str, so.SqlBuilder]:
    """The MariaDB dispatch table: every op of ``common`` refuses unless listed here."""
    exact: dict[str, so.SqlBuilder] = {"trim": _trim, "collapse_whitespace": _collapse,
                                       "concat": so.concat, "map_dict": _map_dict, "type_cast": _type_cast, **MORE,
                                       **TEXT_OPS, **EXACT_OPS}
    return {name: exact.get(name, _refuse("not verified on MariaDB")) for name in common}
