"""Whole-value conversions with the DSL 1.5 ops, proposed as synthesis candidates.

Families: the number of items of a list (``list_count``), the n-th item from the end of a list of
varying length (``list_get`` with a negative index: ``regex_split`` only counts from the start),
English ordinals (``int_to_ordinal``), 12-hour <-> 24-hour clock times (``time_24_to_12``,
``time_12_to_24``, with a ``replace`` when the examples write the marker without a space or the
hour without its leading zero), clock times with a UTC offset to UTC (``clock_to_utc``),
spreadsheet serial dates (days since 1899-12-30, through ``epoch_to_datetime``) and
degrees-minutes-seconds coordinates (``dms_to_decimal``, then
``format_number`` with the examples' number of decimals). Like :mod:`.conversions`, each family reads its few parameters
from the examples, checks the program on every example in Python (the ops' reference semantics)
and keeps only programs the DSL engine then confirms.

Occam: a family is tried only when the examples show what distinguishes it (a list of more than
one item for ``list_count``, lists of different lengths for ``list_get``, clock shapes on both
sides); parameters come from a handful of fixed choices.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from core.mapping.synth.conversions import confirmed_proposals
from core.mapping.synth.models import Candidate
from dsl import dates
from dsl.v15_polars import DMS_PARTS, DMS_SHAPE, MS_PER_DEGREE, SHAPE_UTC

Fn = Callable[[str], str | None]
Proposal = tuple[str, list[dict[str, Any]], float, Fn]
OUT = "out"
VERSION = "1.5.0"
#: list separators, most general first: a shorter separator explains the same counts with less
COUNT_SEPS = (",", ";", "|", "/", "\t", "\n", " ", ", ", "; ", " | ", " / ", " > ")
GET_INDEXES = (-1, -2)
CLOCK_24 = re.compile(r"([0-9]{1,2}):[0-5][0-9](:[0-5][0-9])?")
CLOCK_12 = re.compile(r"([0-9]{1,2}):[0-5][0-9](:[0-5][0-9])? ?[AaPp][Mm]")


def list_count(v: str, sep: str) -> int:
    """Reference of ``list_count``: ``""`` -> 0, else non-overlapping separators + 1."""
    return 0 if v == "" else v.count(sep) + 1


def list_get(v: str, sep: str, index: int) -> str | None:
    """Reference of ``list_get`` (``""`` is the empty list; null when the item is missing)."""
    items = v.split(sep) if v != "" else []
    return items[index] if -len(items) <= index < len(items) else None


def ordinal(n: int) -> str | None:
    """Reference of ``int_to_ordinal``."""
    if n < 0:
        return None
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def to_12(v: str, pad_hour: bool = False, lower: bool = False) -> str | None:
    """Reference of ``time_24_to_12``."""
    m = CLOCK_24.fullmatch(v)
    if not m or int(m.group(1)) > 23:
        return None
    h = int(m.group(1))
    h12 = (h + 11) % 12 + 1
    marker = (" am" if h < 12 else " pm") if lower else (" AM" if h < 12 else " PM")
    return (f"{h12:02d}" if pad_hour else str(h12)) + v[len(m.group(1)):] + marker


def to_24(v: str) -> str | None:
    """Reference of ``time_12_to_24``."""
    m = CLOCK_12.fullmatch(v)
    if not m or not 1 <= int(m.group(1)) <= 12:
        return None
    h = int(m.group(1)) % 12 + (12 if v[-2] in "Pp" else 0)
    body = v[len(m.group(1)):].rstrip("AaPpMm ")
    return f"{h:02d}{body}"


def _counts(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not all(o is not None and re.fullmatch("[0-9]{1,4}", o) for o in outs):
        return
    for rank, sep in enumerate(COUNT_SEPS):
        if not any(v.count(sep) >= 1 for v in vals):
            continue  # the examples must show a separator
        steps: list[dict[str, Any]] = [{"op": "list_count", "input": col, "output": "n", "separator": sep},
                                       {"op": "type_cast", "input": "n", "output": OUT, "to": "string"}]

        def count(v: str, sep: str = sep) -> str | None:
            return str(list_count(v, sep))
        yield "list_count", steps, 3.0 + 0.01 * rank, count


def _last_items(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    for sep in COUNT_SEPS:
        lengths = {len(v.split(sep)) for v in vals if v}
        if len(lengths) < 2:
            continue  # same length everywhere: an item counted from the start says as much
        for index in GET_INDEXES:
            steps: list[dict[str, Any]] = [{"op": "list_get", "input": col, "output": OUT, "separator": sep,
                                            "index": index}]

            def item(v: str, sep: str = sep, index: int = index) -> str | None:
                return list_get(v, sep, index)
            yield "list_get", steps, 3.0 - 0.1 * (index == -1), item


def _ordinals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if all(re.fullmatch("[0-9]{1,18}", v) for v in vals):
        steps = [{"op": "type_cast", "input": col, "output": "n", "to": "int"},
                 {"op": "int_to_ordinal", "input": "n", "output": OUT}]
        yield "int_to_ordinal", steps, 3.0, lambda v: ordinal(int(v))


def _clocks(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    texts = [o for o in outs if o]
    if not texts or len(texts) < len(outs):
        return
    if all(CLOCK_24.fullmatch(v) for v in vals) and all(CLOCK_12.fullmatch(o) for o in texts):
        pad = all(re.match("[0-9]{2}:", o) for o in texts)
        lower = all(o[-2:].islower() for o in texts)
        space = all(o[-3] == " " for o in texts)
        steps: list[dict[str, Any]] = [{"op": "time_24_to_12", "input": col, "output": OUT, "pad_hour": pad,
                                        "lower": lower}]
        if not space:
            steps.append({"op": "replace", "input": OUT, "output": OUT, "pattern": " "})

        def fn12(v: str, pad: bool = pad, lower: bool = lower, space: bool = space) -> str | None:
            t = to_12(v, pad, lower)
            return t if t is None or space else t.replace(" ", "")
        yield "time_24_to_12", steps, 3.0, fn12
    if all(CLOCK_12.fullmatch(v) for v in vals) and all(CLOCK_24.fullmatch(o) for o in texts):
        padded = all(re.match("[0-9]{2}:", o) for o in texts)
        steps = [{"op": "time_12_to_24", "input": col, "output": OUT}]
        if not padded:
            steps.append({"op": "replace", "input": OUT, "output": OUT, "pattern": "^0([0-9])", "replacement": "$1",
                          "groups": True})

        def fn24(v: str, padded: bool = padded) -> str | None:
            t = to_24(v)
            return t if t is None or padded else re.sub("^0([0-9])", r"\1", t)
        yield "time_12_to_24", steps, 3.0, fn24


def dms(v: str) -> float | None:
    """Reference of ``dms_to_decimal``."""
    if not re.search(DMS_SHAPE, v):
        return None
    part = {k: found.group(1) for k, p in DMS_PARTS.items() if (found := re.search(p, v))}
    d, m, s = int(part["deg"]), int(part["min"]), int(part["sec"])
    frac = part.get("frac", "")
    num = d * MS_PER_DEGREE + m * 60_000 + s * 1000 + (int(frac) * 10 ** (3 - len(frac)) if frac else 0)
    limit = (90 if part["hem"] in "NS" else 180) * MS_PER_DEGREE
    if m > 59 or s > 59 or num > limit:
        return None
    value = num / MS_PER_DEGREE
    return -value if part["hem"] in "SW" else value


def fixed(x: float | None, decimals: int) -> str | None:
    """Reference of ``format_number`` without separators (half away from zero, as the DSL defines it)."""
    if x is None or not math.isfinite(x) or abs(x) * 10 ** decimals >= 1e15:
        return None
    n = math.floor(abs(x) * 10.0 ** decimals + 0.5)
    sign = "-" if x < 0 and n > 0 else ""
    whole, frac = divmod(n, 10 ** decimals)
    return sign + str(whole) + (f".{frac:0{decimals}d}" if decimals else "")


def _coordinates(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    texts = [o for o in outs if o]
    if not texts or not all(re.search(DMS_SHAPE, v) for v in vals):
        return
    widths = {len(o.partition(".")[2]) for o in texts}
    if len(widths) != 1 or not all(re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", o) for o in texts):
        return
    decimals = min(widths.pop(), 6)
    steps: list[dict[str, Any]] = [{"op": "dms_to_decimal", "input": col, "output": "x"},
                                   {"op": "format_number", "input": "x", "output": OUT, "decimals": decimals}]
    yield "dms_to_decimal", steps, 3.0, lambda v: fixed(dms(v), decimals)


def clock_utc(v: str) -> str | None:
    """Reference of ``clock_to_utc``."""
    m = re.fullmatch(r"([0-9]{1,2}):([0-5][0-9])(:[0-5][0-9])? ?(?:Z|([+-])([0-9]{2}):?([0-9]{2}))", v)
    if not m or int(m.group(1)) > 23 or (m.group(4) and (int(m.group(5)) > 23 or int(m.group(6)) > 59)):
        return None
    offset = 0 if not m.group(4) else (-1 if m.group(4) == "-" else 1) * (int(m.group(5)) * 60 + int(m.group(6)))
    t = (int(m.group(1)) * 60 + int(m.group(2)) - offset) % 1440
    return f"{t // 60:02d}:{t % 60:02d}{m.group(3) or ''}"


def _utc_clocks(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if all(re.search(SHAPE_UTC, v) for v in vals) and all(o and CLOCK_24.fullmatch(o) for o in outs):
        yield "clock_to_utc", [{"op": "clock_to_utc", "input": col, "output": OUT}], 2.5, clock_utc


#: day 0 of spreadsheet serial dates (1900 date system; right from serial 61, 1900-03-01, on)
SERIAL_EPOCH = dt.date(1899, 12, 30)
UNIX_SERIAL = 25569  # serial of 1970-01-01


def _serial_dates(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not vals or not all(re.fullmatch("[1-9][0-9]{1,6}", v) and 61 <= int(v) <= 2958465 for v in vals):
        return
    for fmt in dates.FORMATS:
        if dates.spec(fmt).kind != "date":
            continue
        steps: list[dict[str, Any]] = [
            {"op": "type_cast", "input": col, "output": "n", "to": "int"},
            {"op": "safe_math", "fn": "sub", "args": ["n", UNIX_SERIAL], "output": "days"},
            {"op": "safe_math", "fn": "mul", "args": ["days", 86400], "output": "secs"},
            {"op": "type_cast", "input": "secs", "output": "secs", "to": "int"},
            {"op": "epoch_to_datetime", "input": "secs", "output": "d"},
            {"op": "type_cast", "input": "d", "output": "d", "to": "date"},
            {"op": "date_format", "input": "d", "output": OUT, "format": fmt}]

        def fn(v: str, fmt: str = fmt) -> str | None:
            return (SERIAL_EPOCH + dt.timedelta(days=int(v))).strftime(fmt)
        yield "serial_date", steps, 4.0, fn


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _counts(vals, outs, col)
    yield from _last_items(vals, outs, col)
    yield from _ordinals(vals, outs, col)
    yield from _clocks(vals, outs, col)
    yield from _coordinates(vals, outs, col)
    yield from _utc_clocks(vals, outs, col)
    yield from _serial_dates(vals, outs, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed DSL 1.5 programs that reproduce every example (``rows``: text values in the
    order of ``names``; ``outs``: expected outputs, ``""`` = empty). One string input at a time."""
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: VERSION)
