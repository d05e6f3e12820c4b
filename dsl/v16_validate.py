"""Static checks of the DSL 1.6 ops, registered into :data:`dsl.validate.CHECKERS`.

The version rule (a 1.6 op needs ``dsl_version >= 1.6.0``) and the U+0000 rule are applied to
every op before these checkers run (``dsl.validate._check``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsl.column_check import need as _need

Env = dict[str, str]


def _typed(src: tuple[str, ...], out: str) -> Callable[[Any, Env, frozenset[str]], Env]:
    def check(op: Any, env: Env, features: frozenset[str]) -> Env:
        _need(op, env, op.input, src)
        return {op.output: out}
    return check


V16_CHECKERS: dict[str, Callable[[Any, Env, frozenset[str]], Env]] = {
    "date_part": _typed(("date", "datetime"), "int"),
    "int_to_words": _typed(("int",), "string"), "words_to_int": _typed(("string",), "int"),
}
