"""Op models added in DSL 1.7 (minor, additive; ROADMAP §27): the sign of a number and the smallest /
largest of several numbers (columns or constants). Semantics: dsl/README.md (table "Ops")."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, StrictFloat, StrictInt, StrictStr, field_validator

from dsl.op_base import OpBase

#: ops added in DSL 1.7: a pipeline using one must declare ``dsl_version >= 1.7.0``
V1_7_OPS: tuple[str, ...] = ("sign", "min", "max")
#: the most arguments ``min`` / ``max`` take (the SQL form compares every pair: its size grows with the square)
MAX_EXTREMA_ARGS = 8


class Sign(OpBase):
    """v1.7: ``-1``, ``0`` or ``1`` (an int) for a negative, zero (``-0.0`` too) or positive number; null
    for null, NaN and ±Infinity."""

    op: Literal["sign"] = "sign"
    input: str
    output: str


class _Extremum(OpBase):
    """The smallest / largest of ``args`` (column names or numeric constants, at least one column); a null,
    NaN or ±Infinity operand is left out, so the result is null only when every operand is. int when every
    column is int and every constant an integer, else float."""

    args: list[StrictStr | StrictInt | StrictFloat] = Field(min_length=2, max_length=MAX_EXTREMA_ARGS)
    output: str

    @field_validator("args", mode="before")
    @classmethod
    def _no_bools(cls, v: Any) -> Any:
        if isinstance(v, list) and any(isinstance(a, bool) for a in v):
            raise ValueError("arguments are column names or numbers, not booleans")
        return v

    def reads(self) -> list[str]:
        return [a for a in self.args if isinstance(a, str)]


class Min(_Extremum):
    """v1.7: the smallest of ``args`` (SQL ``LEAST`` with nulls left out, as Polars' ``min_horizontal``)."""

    op: Literal["min"] = "min"


class Max(_Extremum):
    """v1.7: the largest of ``args`` (SQL ``GREATEST`` with nulls left out, as Polars' ``max_horizontal``)."""

    op: Literal["max"] = "max"


V17_MODELS = (Sign, Min, Max)
assert tuple(m.model_fields["op"].default for m in V17_MODELS) == V1_7_OPS
