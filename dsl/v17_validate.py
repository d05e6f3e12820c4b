"""Static checks of the DSL 1.7 ops, registered into :data:`dsl.validate.CHECKERS`.

The version rule (a 1.7 op needs ``dsl_version >= 1.7.0``) and the U+0000 rule are applied to
every op before these checkers run (``dsl.validate._check``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from dsl.column_check import need
from dsl.column_check import typed as _typed
from dsl.errors import DSLReject

Env = dict[str, str]
NUMERIC = ("int", "float", "decimal")
#: int constants of ``min`` / ``max`` are int64 values
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def extremum_type(op: Any, env: Env) -> str:
    """``int`` when every column argument is int and every constant an integer, else ``float``."""
    cols = [a for a in op.args if isinstance(a, str)]
    if all(env[c] == "int" for c in cols) and all(isinstance(a, int) for a in op.args if not isinstance(a, str)):
        return "int"
    return "float"


def _extremum(op: Any, env: Env, features: frozenset[str]) -> Env:
    if not any(isinstance(a, str) for a in op.args):
        raise DSLReject(f"{op.op}: at least one argument must be a column", argument="args")
    for a in op.args:
        if isinstance(a, str):
            need(op, env, a, NUMERIC, argument="args")
        elif isinstance(a, float) and not math.isfinite(a):
            raise DSLReject(f"{op.op}: constants must be finite", argument="args")
        elif isinstance(a, int) and not INT64_MIN <= a <= INT64_MAX:
            raise DSLReject(f"{op.op}: integer constants must fit in int64", argument="args")
    return {op.output: extremum_type(op, env)}


V17_CHECKERS: dict[str, Callable[[Any, Env, frozenset[str]], Env]] = {
    "sign": _typed(NUMERIC, "int"), "min": _extremum, "max": _extremum,
}
