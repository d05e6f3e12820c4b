"""Op models added in DSL 1.5 (minor, additive; ROADMAP §27): list length and list items, English
ordinals, 12-hour <-> 24-hour clock times and degrees-minutes-seconds coordinates. Semantics:
dsl/README.md (table "Ops").
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from dsl.op_base import OpBase

#: ops added in DSL 1.5: a pipeline using one must declare ``dsl_version >= 1.5.0``
V1_5_OPS: tuple[str, ...] = (
    "list_count", "list_get", "int_to_ordinal", "ordinal_to_int", "time_24_to_12", "time_12_to_24", "dms_to_decimal",
    "clock_to_utc",
)


class ListCount(OpBase):
    """v1.5: the number of items of a list separated by the literal ``separator``: ``""`` -> 0, else
    the non-overlapping occurrences of the separator (scanning left to right) + 1."""

    op: Literal["list_count"] = "list_count"
    input: str
    output: str
    separator: str = Field(min_length=1, max_length=8)


class ListGet(OpBase):
    """v1.5: item ``index`` (0 = first, -1 = last) of a list separated by the literal ``separator``;
    null when there is no such item (``""`` is the empty list)."""

    op: Literal["list_get"] = "list_get"
    input: str
    output: str
    separator: str = Field(min_length=1, max_length=8)
    index: int = Field(ge=-100, le=99)


class IntToOrdinal(OpBase):
    """v1.5: a non-negative int -> its English ordinal (``1`` -> ``"1st"``, ``12`` -> ``"12th"``,
    ``23`` -> ``"23rd"``); negative -> null."""

    op: Literal["int_to_ordinal"] = "int_to_ordinal"
    input: str
    output: str


class OrdinalToInt(OpBase):
    """v1.5: a canonical English ordinal (``"1st"``, ``"112th"``: digits without leading zeros, the
    right lower-case suffix) -> int; anything else (``"1th"``, ``"01st"``, ``"1ST"``) -> null."""

    op: Literal["ordinal_to_int"] = "ordinal_to_int"
    input: str
    output: str


class Time24To12(OpBase):
    """v1.5: a 24-hour clock time ``H:MM`` / ``HH:MM`` (optionally ``:SS``), hour 0..23 -> 12-hour
    clock: hour 1..12 (zero-padded when ``pad_hour``), the rest unchanged, then ``" AM"`` / ``" PM"``
    (``lower``: ``" am"`` / ``" pm"``); ``"00:05"`` -> ``"12:05 AM"``. Anything else -> null."""

    op: Literal["time_24_to_12"] = "time_24_to_12"
    input: str
    output: str
    pad_hour: bool = False
    lower: bool = False


class Time12To24(OpBase):
    """v1.5: a 12-hour clock time ``H:MM[:SS]`` (hour 1..12), an optional space, then ``AM``/``PM``
    in any case -> ``HH:MM[:SS]`` (24-hour, zero-padded); ``"12:05 am"`` -> ``"00:05"``. Else null."""

    op: Literal["time_12_to_24"] = "time_12_to_24"
    input: str
    output: str


class DmsToDecimal(OpBase):
    """v1.5: degrees, minutes, seconds and a hemisphere (``40°26'46"N``, ``22° 54' 30.5" S``) -> signed
    decimal degrees (S and W negative): ``±(d * 3600000 + m * 60000 + seconds in ms) / 3600000`` as one
    binary64 division; null unless minutes <= 59, seconds < 60, and |value| <= 90 (N/S) or 180 (E/W)."""

    op: Literal["dms_to_decimal"] = "dms_to_decimal"
    input: str
    output: str


class ClockToUtc(OpBase):
    """v1.5: a 24-hour clock time with a fixed UTC offset (``14:30 +02:00``, ``09:15-0500``, ``23:00Z``)
    -> the UTC clock time ``HH:MM[:SS]``: minutes of the day minus the offset, modulo one day (a change
    of day is dropped; for dates use ``datetime_to_epoch`` arithmetic, see dsl/README.md)."""

    op: Literal["clock_to_utc"] = "clock_to_utc"
    input: str
    output: str


V15_MODELS = (ListCount, ListGet, IntToOrdinal, OrdinalToInt, Time24To12, Time12To24, DmsToDecimal, ClockToUtc)
assert tuple(m.model_fields["op"].default for m in V15_MODELS) == V1_5_OPS
