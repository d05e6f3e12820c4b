"""The one column check every DSL op's static checker starts with: the column exists and has an allowed type."""

from __future__ import annotations

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
