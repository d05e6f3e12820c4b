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
#: the program's shape guard: degrees, then minutes ``[0-5][0-9]`` (a held ``4875.0`` gives null, never 49.25), an
#: optional fraction (one anchored pattern each: a quantified group is not extent-safe in ``regex_extract``)
GUARDS = (r"^([0-9]{1,3}[0-5][0-9])$", r"^([0-9]{1,3}[0-5][0-9]\.[0-9]+)$")
HEMI = {"N": "1", "S": "-1", "E": "1", "W": "-1", "n": "1", "s": "-1", "e": "1", "w": "-1"}
_OUT = re.compile(r"-?[0-9]+\.([0-9]{1,6})")
COST = 4.0


def degrees(v: str, hemi: str | None) -> float | None:
    """Python mirror of the program: packed ``v`` and the hemisphere letter (None: no sign column)."""
    if not any(re.fullmatch(g[1:-1], v) for g in GUARDS):
        return None
    x = float(v)
    d = float(math.floor(x / 100.0))
    value = d + (x - d * 100.0) / 60.0
    if hemi is None:
        return value
    sign = HEMI.get(hemi)
    return None if sign is None else value * float(sign)


def _steps(col: str, hemi: str | None, d: int) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [
        *({"op": "regex_extract", "input": col, "output": f"__p{k}", "pattern": g, "group": 1}
          for k, g in enumerate(GUARDS)),
        {"op": "coalesce", "inputs": [f"__p{k}" for k in range(len(GUARDS))], "output": "__x"},
        {"op": "type_cast", "input": "__x", "output": "__x", "to": "float"},
        {"op": "safe_math", "fn": "div", "args": ["__x", 100.0], "output": "__d"},
        {"op": "floor", "input": "__d", "output": "__d"},
        {"op": "safe_math", "fn": "mul", "args": ["__d", 100.0], "output": "__m"},
        {"op": "safe_math", "fn": "sub", "args": ["__x", "__m"], "output": "__m"},
        {"op": "safe_math", "fn": "div", "args": ["__m", 60.0], "output": "__m"},
        {"op": "safe_math", "fn": "add", "args": ["__d", "__m"], "output": "__v"}]
    if hemi is not None:
        steps += [{"op": "map_dict", "input": hemi, "output": "__s", "mapping": HEMI},
                  {"op": "type_cast", "input": "__s", "output": "__s", "to": "float"},
                  {"op": "safe_math", "fn": "mul", "args": ["__v", "__s"], "output": "__v"}]
    steps.append({"op": "format_number", "input": "__v", "output": OUT, "decimals": d})
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
