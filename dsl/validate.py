"""Static validation and type inference of DSL pipelines (nothing runs before this passes).

:func:`validate_pipeline` walks the steps with one checker per op (a dispatch table), tracking
the logical type of every named column, and raises :class:`DSLReject` with ``op``, ``step``
and ``argument`` in its details for the first problem found.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from dsl import dates, units
from dsl.column_check import need as _need
from dsl.errors import DSLReject
from dsl.models import ALL_OPS, DSL_VERSION, FEATURE_SELECT_WHEN, LOGICAL_TYPES, Pipeline
from dsl.regex import analyze
from dsl.v12_validate import V12_CHECKERS, check_since
from dsl.v14_validate import V14_CHECKERS
from dsl.v15_validate import V15_CHECKERS
from dsl.v16_validate import V16_CHECKERS
from dsl.v17_validate import V17_CHECKERS
from dsl.v18_validate import V18_CHECKERS

NUMERIC = ("int", "float", "decimal")
MAX_ROUND_DIGITS = 10

#: (from, to) -> rule; rules are implemented by every compiler (see README "Type coercion").
CAST_RULES: dict[tuple[str, str], str] = {
    ("string", "int"): "parse_int", ("string", "float"): "parse_float",
    ("string", "bool"): "parse_bool",
    ("int", "string"): "int_to_string", ("int", "float"): "int_to_float", ("int", "bool"): "nonzero",
    ("float", "int"): "truncate", ("decimal", "int"): "truncate", ("decimal", "float"): "to_float",
    ("bool", "string"): "bool_to_string", ("bool", "int"): "bool_to_int",
    ("date", "datetime"): "midnight", ("datetime", "date"): "date_part",
}
_CAST_REASONS = {
    ("float", "string"): "float text differs between engines; round with safe_math and cast to int",
    ("decimal", "string"): "decimal text (scale, trailing zeros) differs between engines",
    ("string", "date"): "use date_parse with an accepted format",
    ("string", "datetime"): "use date_parse with an accepted format",
    ("date", "string"): "use date_format", ("datetime", "string"): "use date_format",
}

Env = dict[str, str]
Checker = Callable[[Any, Env, frozenset[str]], Env]



def _string_op(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",))
    return {op.output: "string"}


def _regex_extract(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",))
    info = analyze(op.pattern)
    if op.group > info.groups:
        raise DSLReject(f"regex_extract: group {op.group} but the pattern has {info.groups} groups",
                        argument="group")
    if not info.extent_safe:
        raise DSLReject("regex_extract: match extents of alternation or quantified groups differ "
                        "between PostgreSQL (longest) and Rust/RE2 (first)", argument="pattern")
    return {op.output: "string"}


def _regex_split(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",))
    info = analyze(op.pattern)
    if info.nullable:
        raise DSLReject("regex_split: separator pattern can match the empty string", argument="pattern")
    if not info.extent_safe:
        raise DSLReject("regex_split: separator with alternation or quantified groups is not portable",
                        argument="pattern")
    if len(set(op.outputs)) != len(op.outputs):
        raise DSLReject("regex_split: duplicate output names", argument="outputs")
    return {o: "string" for o in op.outputs}


def _concat(op: Any, env: Env, features: frozenset[str]) -> Env:
    for c in op.inputs:
        _need(op, env, c, ("string",), argument="inputs")
    return {op.output: "string"}


def _unit_convert(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, NUMERIC)
    units.affine(op.from_unit, op.to_unit, op.rates)
    return {op.output: "float"}


def _date_parse(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",))
    return {op.output: dates.spec(op.format).kind}


def _date_format(op: Any, env: Env, features: frozenset[str]) -> Env:
    kind = _need(op, env, op.input, ("date", "datetime"))
    sp = dates.spec(op.format)
    if sp.kind == "datetime" and kind == "date":
        raise DSLReject(f"date_format: format {op.format!r} needs a datetime, column is a date",
                        argument="format")
    return {op.output: "string"}


def _type_cast(op: Any, env: Env, features: frozenset[str]) -> Env:
    src = _need(op, env, op.input, LOGICAL_TYPES)
    if src != op.to and (src, op.to) not in CAST_RULES:
        why = _CAST_REASONS.get((src, op.to), "not in the coercion table")
        raise DSLReject(f"type_cast: {src} -> {op.to} rejected: {why}", argument="to")
    return {op.output: op.to}


def _safe_math(op: Any, env: Env, features: frozenset[str]) -> Env:
    arity = 1 if op.fn in ("neg", "abs", "round") else 2
    if len(op.args) != arity:
        raise DSLReject(f"safe_math: {op.fn} takes {arity} argument(s)", argument="args")
    if not any(isinstance(a, str) for a in op.args):
        raise DSLReject("safe_math: at least one argument must be a column", argument="args")
    for a in op.args:
        if isinstance(a, str):
            _need(op, env, a, NUMERIC, argument="args")
        elif not math.isfinite(a):
            raise DSLReject("safe_math: constants must be finite", argument="args")
        elif a != 0 and not 1e-150 <= abs(a) <= 1e150:
            raise DSLReject("safe_math: constant outside the safe range", argument="args")
    if op.fn == "div" and not isinstance(op.args[1], str) and op.args[1] == 0:
        raise DSLReject("safe_math: division by the constant 0 is undefined", argument="args")
    if op.fn == "round" and not 0 <= op.digits <= MAX_ROUND_DIGITS:
        raise DSLReject(f"safe_math: digits must be within 0..{MAX_ROUND_DIGITS}", argument="digits")
    return {op.output: "float"}


def _select_when(op: Any, env: Env, features: frozenset[str]) -> Env:
    if FEATURE_SELECT_WHEN not in features:
        raise DSLReject("select_when is a v1.1 op behind the 'select_when' feature flag (off)",
                        argument="op")
    _need(op, env, op.input, ("string",))
    analyze(op.pattern)
    kind = _need(op, env, op.then, LOGICAL_TYPES, argument="then")
    if op.otherwise is not None:
        _need(op, env, op.otherwise, (kind,), argument="otherwise")
    return {op.output: kind}


CHECKERS: dict[str, Checker] = {
    "trim": _string_op, "case": _string_op, "collapse_whitespace": _string_op,
    "regex_extract": _regex_extract, "regex_split": _regex_split, "concat": _concat,
    "map_dict": _string_op, "unit_convert": _unit_convert, "date_parse": _date_parse,
    "date_format": _date_format, "type_cast": _type_cast, "safe_math": _safe_math,
    "select_when": _select_when, **V12_CHECKERS, **V14_CHECKERS, **V15_CHECKERS, **V16_CHECKERS,
    **V17_CHECKERS, **V18_CHECKERS,
}
assert set(CHECKERS) == set(ALL_OPS)


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(v) for v in value)
    return False


def _no_nul(op: str, arguments: dict[str, Any]) -> None:
    """Reject U+0000 in any string argument (keys too): PostgreSQL text cannot hold it, and every
    string argument can reach generated SQL as a literal or an identifier."""
    for name, value in arguments.items():
        if _has_nul(value):
            raise DSLReject(f"{op}: argument {name!r} contains U+0000 (NUL), which no SQL backend stores; "
                            "remove it", argument=name)


def resolve_input_types(pipeline: Pipeline, input_types: dict[str, str] | None = None) -> dict[str, str]:
    """Input types to check ``pipeline`` against: the argument, else ``pipeline.input_types``.

    There is no default type: a missing type raises DSLReject naming every untyped input
    (details: ``argument="input_types"``, ``missing``), because guessing ``string`` would
    silently change what ``type_cast`` and the numeric ops compile to.
    """
    given = input_types if input_types is not None else pipeline.input_types
    types: dict[str, str] = dict(given or {})
    missing = [name for name in pipeline.inputs if name not in types]
    if missing:
        raise DSLReject(f"no logical type for pipeline input(s) {missing}: pass input_types or set "
                        "the pipeline's input_types", argument="input_types", missing=missing)
    return types


def _check(pipeline: Pipeline, input_types: dict[str, str],
           features: frozenset[str]) -> tuple[list[Env], dict[str, str]]:
    """The one validation pass: column types before each step, and the output types."""
    major = pipeline.dsl_version.split(".")[0]
    if major != DSL_VERSION.split(".")[0]:
        raise DSLReject(f"dsl_version {pipeline.dsl_version} not supported (engine {DSL_VERSION})",
                        argument="dsl_version")
    if len(set(pipeline.inputs)) != len(pipeline.inputs):
        raise DSLReject("duplicate pipeline input names", argument="inputs")
    env: Env = {}
    for name in pipeline.inputs:
        if name not in input_types:
            raise DSLReject(f"no type given for input {name!r}", argument="inputs", column=name)
        if input_types[name] not in LOGICAL_TYPES:
            raise DSLReject(f"unknown logical type {input_types[name]!r} for {name!r}",
                            argument="inputs", column=name)
        env[name] = input_types[name]
    _no_nul("pipeline", {"inputs": pipeline.inputs, "outputs": pipeline.outputs})
    before: list[Env] = []
    for i, step in enumerate(pipeline.steps):
        before.append(dict(env))
        checker = CHECKERS.get(step.op)
        try:
            if checker is None:
                raise DSLReject(f"op {step.op!r} is not whitelisted", argument="op")
            check_since(step.op, pipeline.dsl_version)
            _no_nul(step.op, step.model_dump(exclude={"op"}))
            env.update(checker(step, env, features))
        except DSLReject as exc:
            exc.details.setdefault("op", step.op)
            exc.details["step"] = i
            exc.details.setdefault("argument", None)
            exc.message = f"step {i} ({step.op}): {exc.message}"
            exc.args = (exc.message,)
            raise
    out: dict[str, str] = {}
    for name in pipeline.outputs:
        if name not in env:
            raise DSLReject(f"output {name!r} is never produced", argument="outputs", column=name)
        out[name] = env[name]
    return before, out


def validate_pipeline(pipeline: Pipeline, input_types: dict[str, str], *,
                      features: frozenset[str] = frozenset()) -> dict[str, str]:
    """Type-check ``pipeline`` against ``input_types``; return the output column types.

    Raises DSLReject (details: op, step, argument, ...) for ops outside the whitelist, unknown
    columns, type mismatches, regexes outside the flavor, impossible unit pairs, undefined math,
    and gated ops (``select_when``) whose feature is not in ``features``.
    """
    return _check(pipeline, input_types, features)[1]


def step_types(pipeline: Pipeline, input_types: dict[str, str] | None = None, *,
               features: frozenset[str] = frozenset()) -> list[dict[str, str]]:
    """Validate ``pipeline`` and return the column types visible before each step.

    Every compile/execute entry point calls this first, so nothing compiles or runs without
    passing the same checks as :func:`validate_pipeline`. Input types come from
    :func:`resolve_input_types` (argument, else ``pipeline.input_types``, else DSLReject);
    ``features`` is off by default (``select_when`` is refused unless passed).
    """
    return _check(pipeline, resolve_input_types(pipeline, input_types), features)[0]


def cast_rule(op: Any, src: str | None) -> str | None:
    """Coercion rule for a type_cast step given its source type (None = identity)."""
    if src is None:
        raise DSLReject("type_cast: compiling needs the input column types", op="type_cast",
                        argument="input")
    return CAST_RULES.get((src, op.to))
