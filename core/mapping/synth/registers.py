"""Binary payloads written in hexadecimal, as sensors, PLC registers and protocol dumps store them:

* a **signed** (two's complement) integer of a fixed width of 2, 4 or 8 hex digits (int8 / int16 / int32):
  ``FF9C`` -> ``-100``, optionally scaled by a power of ten the outputs' decimals name (``00EB`` -> ``23.5``,
  tenths of a degree). DSL: ``hex_to_int``, then ``x - 2^bits * (sign(x - (2^(bits-1) - 0.5)) + 1) / 2`` (DSL 1.7
  ``sign``; exact in binary64), a division by ``10^d`` and ``format_number``;
* bytes in **little-endian** order (``E8 03`` -> ``1000``, ``10 27 00 00`` -> ``10000``): the byte list read from
  its end (``list_get`` -1, -2, ... joined by ``concat`` skipping absent items), then ``hex_to_int``; up to 7 bytes
  (``hex_to_int`` reads 15 digits).

Each family is proposed only when the examples show what tells it apart from a plain ``hex_to_int`` (a value with
its top bit set; bytes in an order where the two readings differ), checked on every example in Python and
confirmed by the DSL engine (:func:`core.mapping.synth.conversions.confirmed_proposals`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from core.mapping.synth import numeric
from core.mapping.synth.conversions import confirmed_proposals
from core.mapping.synth.models import Candidate

Fn = Callable[[str], str | None]
Proposal = tuple[str, list[dict[str, Any]], float, Fn]
OUT = "out"
WIDTHS = (2, 4, 8)
BYTE_SEPS = (" ", ":", "-")
MAX_BYTES = 7
_OUT_NUM = re.compile(r"-?[0-9]+(?:\.([0-9]{1,3}))?")


def _decimals(outs: list[str | None]) -> int | None:
    """The one number of decimals every output writes (``23.5``, ``-10.0`` -> 1), None when they differ."""
    ds = set()
    for o in outs:
        m = _OUT_NUM.fullmatch(o or "")
        if m is None:
            return None
        ds.add(len(m.group(1) or ""))
    return ds.pop() if len(ds) == 1 else None


def _signed(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    widths = {len(v) for v in vals}
    d = _decimals(outs)
    if len(widths) != 1 or d is None or not all(re.fullmatch("[0-9A-Fa-f]+", v) for v in vals):
        return
    w = widths.pop()
    if w not in WIDTHS or not any(int(v, 16) >> (4 * w - 1) for v in vals):
        return  # no value with the sign bit set: nothing tells a signed reading from the unsigned one
    full, half = float(2 ** (4 * w)), float(2 ** (4 * w - 1))
    shape = f"^([0-9A-Fa-f]{{{w}}})$"  # exactly the width of the examples: a held ``1FF9C`` gives null
    for scale in sorted({0, d}):
        steps: list[dict[str, Any]] = [
            {"op": "regex_extract", "input": col, "output": "__h", "pattern": shape, "group": 1},
            {"op": "hex_to_int", "input": "__h", "output": "__n"},
            {"op": "type_cast", "input": "__n", "output": "__x", "to": "float"},
            {"op": "safe_math", "fn": "sub", "args": ["__x", half - 0.5], "output": "__s"},
            {"op": "sign", "input": "__s", "output": "__k"},
            {"op": "type_cast", "input": "__k", "output": "__s", "to": "float"},
            {"op": "safe_math", "fn": "add", "args": ["__s", 1.0], "output": "__s"},
            {"op": "safe_math", "fn": "mul", "args": ["__s", half], "output": "__s"},
            {"op": "safe_math", "fn": "sub", "args": ["__x", "__s"], "output": "__x"}]
        if scale:
            steps.append({"op": "safe_math", "fn": "div", "args": ["__x", float(10 ** scale)], "output": "__x"})
        steps.append({"op": "format_number", "input": "__x", "output": OUT, "decimals": d})

        def fn(v: str, scale: int = scale, w: int = w) -> str | None:
            if not re.fullmatch(f"[0-9A-Fa-f]{{{w}}}", v):
                return None
            n = float(int(v, 16))
            x = n - full if n >= half else n
            return numeric.fmt(x / 10.0 ** scale if scale else x, d, "", ".")
        yield f"int{4 * w}_signed", steps, 3.5 + 0.3 * (scale > 0), fn


def _little_endian(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not all(o and o.isdecimal() for o in outs):
        return
    byte = "[0-9A-Fa-f]{2}"
    for sep in BYTE_SEPS:
        shape = f"{byte}(?:{re.escape(sep)}{byte}){{0,{MAX_BYTES - 1}}}"
        if not all(re.fullmatch(shape, v) for v in vals):
            continue
        if not any(v.split(sep) != v.split(sep)[::-1] for v in vals):
            return  # every example reads alike in either order
        # the shape guard first: more than MAX_BYTES bytes (``hex_to_int`` reads 15 digits) or a byte that is not
        # two hex digits (``A 1``) gives null, never a truncated or misread value
        # (one anchored pattern per count: a quantified group is not extent-safe in ``regex_extract``)
        steps: list[dict[str, Any]] = [
            {"op": "regex_extract", "input": col, "output": f"__g{n}", "group": 1,
             "pattern": "^(" + re.escape(sep).join([byte] * n) + ")$"} for n in range(1, MAX_BYTES + 1)]
        # ``__ok``: the empty string for a value of the shape, else null (MariaDB's list_get misreads the coalesce
        # of the shapes, so the bytes are read from the value and the result gated by ``__ok``)
        steps += [{"op": "coalesce", "inputs": [f"__g{n}" for n in range(1, MAX_BYTES + 1)], "output": "__ok"},
                  {"op": "replace", "input": "__ok", "output": "__ok", "pattern": ".+", "replacement": ""}]
        steps += [{"op": "list_get", "input": col, "output": f"__b{k}", "separator": sep, "index": -1 - k}
                  for k in range(MAX_BYTES)]
        steps += [{"op": "concat", "inputs": [f"__b{k}" for k in range(MAX_BYTES)], "output": "__h",
                   "nulls": "skip"},
                  {"op": "hex_to_int", "input": "__h", "output": "__n"},
                  {"op": "type_cast", "input": "__n", "output": "__s", "to": "string"},
                  {"op": "concat", "inputs": ["__s", "__ok"], "output": OUT}]

        def fn(v: str, sep: str = sep, shape: str = shape) -> str | None:
            return str(int("".join(v.split(sep)[::-1]), 16)) if re.fullmatch(shape, v) else None
        yield "little_endian", steps, 4.0, fn
        return


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _signed(vals, outs, col)
    yield from _little_endian(vals, outs, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs reading signed or little-endian hexadecimal payloads (DSL 1.7)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.7.0")
