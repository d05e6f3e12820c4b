"""The one column check every DSL op's static checker starts with: the column exists and has an allowed type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsl.errors import DSLReject


def need(op: Any, env: dict[str, str], col: str, allowed: tuple[str, ...], argument: str = "input") -> str:
    """The logical type of ``col`` in ``env``; a :class:`DSLReject` naming ``argument`` when the column is
    unknown or its type is not one of ``allowed``."""
    if col not in env:
        raise DSLReject(f"{op.op}: unknown column {col!r}", argument=argument, column=col)
    if env[col] not in allowed:
        raise DSLReject(f"{op.op}: column {col!r} is {env[col]}, expected {'/'.join(allowed)}",
                        argument=argument, column=col, actual=env[col], expected=list(allowed))
    return env[col]


def typed(src: tuple[str, ...], out: str) -> Callable[[Any, dict[str, str], frozenset[str]], dict[str, str]]:
    """The static checker of a one-input op: its input is one of the ``src`` types, its output is of type ``out``."""
    def check(op: Any, env: dict[str, str], features: frozenset[str]) -> dict[str, str]:
        need(op, env, op.input, src)
        return {op.output: out}
    return check
