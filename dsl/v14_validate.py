"""Static checks of the DSL 1.4 ops, registered into :data:`dsl.validate.CHECKERS`.

The version rule (a 1.4 op needs ``dsl_version >= 1.4.0``) and the U+0000 rule are applied to
every op before these checkers run (``dsl.validate._check``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsl.column_check import need as _need
from dsl.column_check import typed as _typed
from dsl.errors import DSLReject
from dsl.regex import analyze

Env = dict[str, str]



def _list(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",))
    return {op.output: "string"}


def _extract_all(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",))
    info = analyze(op.pattern)
    if info.nullable:
        raise DSLReject("regex_extract_all: pattern can match the empty string", argument="pattern")
    if not info.extent_safe:
        raise DSLReject("regex_extract_all: match extents of alternation or quantified groups differ between "
                        "PostgreSQL (longest) and Rust/RE2 (first); use character classes", argument="pattern")
    if op.group > info.groups:
        raise DSLReject(f"regex_extract_all: group {op.group} but the pattern has {info.groups}",
                        argument="group")
    return {op.output: "string"}


V14_CHECKERS: dict[str, Callable[[Any, Env, frozenset[str]], Env]] = {
    "list_sort": _list, "list_unique": _list, "regex_extract_all": _extract_all,
    "hex_to_int": _typed(("string",), "int"), "int_to_hex": _typed(("int",), "string"),
    "epoch_to_datetime": _typed(("int",), "datetime"), "datetime_to_epoch": _typed(("date", "datetime"), "int"),
    "roman_to_int": _typed(("string",), "int"), "int_to_roman": _typed(("int",), "string"),
    "normalize": _typed(("string",), "string"), "strip_accents": _typed(("string",), "string"),
}
