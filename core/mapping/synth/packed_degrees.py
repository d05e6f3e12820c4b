"""Coordinates as packed degrees and minutes (``ddmm.mmmm`` / ``dddmm.mmmm``: NMEA 0183 sentences, GPS loggers,
AIS), with the hemisphere (``N``/``S``/``E``/``W``) in another column, -> signed decimal degrees.

The value is ``floor(x / 100) + (x - floor(x / 100) * 100) / 60``, negated for ``S`` and ``W``: DSL ``type_cast``,
``safe_math`` and ``floor``, the sign a ``map_dict`` of the hemisphere letter (either case; another letter gives
null), rendered by ``format_number`` with the outputs' decimals. Proposed only for numbers of the packed shape
(at least three digits before the point, minutes below 60) and checked on every example in Python (the same binary64
operations in the same order) and by the DSL engine.
"""

from __future__ import annotations

import math
import re
from typing import Any

from core.mapping.synth import numeric
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.models import Candidate

OUT = "out"
PACKED = re.compile(r"[0-9]{3,5}(?:\.[0-9]+)?")
HEMI = {"N": "1", "S": "-1", "E": "1", "W": "-1", "n": "1", "s": "-1", "e": "1", "w": "-1"}
_OUT = re.compile(r"-?[0-9]+\.([0-9]{1,6})")
COST = 4.0


def degrees(v: str, hemi: str | None) -> float | None:
    """Python mirror of the program: packed ``v`` and the hemisphere letter (None: no sign column)."""
    x = float(v)
    d = float(math.floor(x / 100.0))
    value = d + (x - d * 100.0) / 60.0
    if hemi is None:
        return value
    sign = HEMI.get(hemi)
    return None if sign is None else value * float(sign)


def _steps(col: str, hemi: str | None, d: int) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [
        {"op": "type_cast", "input": col, "output": "x", "to": "float"},
        {"op": "safe_math", "fn": "div", "args": ["x", 100.0], "output": "d"},
        {"op": "floor", "input": "d", "output": "d"},
        {"op": "safe_math", "fn": "mul", "args": ["d", 100.0], "output": "m"},
        {"op": "safe_math", "fn": "sub", "args": ["x", "m"], "output": "m"},
        {"op": "safe_math", "fn": "div", "args": ["m", 60.0], "output": "m"},
        {"op": "safe_math", "fn": "add", "args": ["d", "m"], "output": "v"}]
    if hemi is not None:
        steps += [{"op": "map_dict", "input": hemi, "output": "s", "mapping": HEMI},
                  {"op": "type_cast", "input": "s", "output": "s", "to": "float"},
                  {"op": "safe_math", "fn": "mul", "args": ["v", "s"], "output": "v"}]
    steps.append({"op": "format_number", "input": "v", "output": OUT, "decimals": d})
    return steps


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs reading packed degrees and minutes (and a hemisphere column)."""
    fmt = [_OUT.fullmatch(o or "") for o in outs]
    if not rows or any(m is None for m in fmt) or len({len(m.group(1)) for m in fmt if m}) != 1:
        return []
    d = len(fmt[0].group(1)) if fmt[0] else 0
    for i, name in enumerate(names):
        vals = [r[i] for r in rows]
        if types.get(name) != "string" or not all(v is not None and PACKED.fullmatch(v) and
                                                  float(v) % 100.0 < 60.0 for v in vals):
            continue
        hemis = [None] + [j for j, n in enumerate(names) if j != i and all(r[j] in HEMI for r in rows)]
        for j in hemis:
            got = [numeric.fmt(degrees(r[i] or "", None if j is None else r[j]), d, "", ".") for r in rows]
            if got != outs:
                continue
            pipe = confirmed(_steps(name, None if j is None else names[j], d), rows, outs, names, types, "1.3.0")
            if pipe is not None:
                return [candidate(pipe, COST, len(rows), "packed_degrees")]
    return []
