"""A number flagged against a range, as synthesis candidates: one label below the range, one inside, one above
(``4,2`` + ``3,5-5,1`` -> ``N``, ``2,9`` -> ``L``, ``148`` + ``135-145`` -> ``H``).

The value is the one number of one input, the bounds the two numbers of another (a decimal comma read as a point);
the position is ``sign(x - low) + sign(x - high)``: ``-2`` below, ``2`` above, ``-1`` / ``0`` / ``1`` inside (the
bounds belong to the range, as reference ranges and tolerances are written). Emitted with DSL 1.7 ``sign``,
``safe_math``, ``type_cast`` and one ``map_dict`` of the three labels. Proposed only when the examples show all
three positions, each with one label, and at least two labels differ; checked in Python, then confirmed by the
engine (:func:`conversions.confirmed`). Signs are not read: examples with a minus sign (a ``-`` before a digit and
after no digit: ``-5``, ``-10--2``) refuse the mechanism, and the program gives no value (null) for a value with a
``-`` before its number or a range with more than one ``-`` between its bounds, never a number read unsigned.
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

_NUM = re.compile(r"[0-9][0-9.,]*")
_MINUS = re.compile(r"(?<![0-9])-[0-9]")  # a minus sign: a ``-`` before a digit, after none (``10-20`` has none)


def _numbers(v: str) -> list[float] | None:
    if _MINUS.search(v):
        return None  # a signed number: not read (see the module docstring)
    try:
        return [float(n.replace(",", ".")) for n in _NUM.findall(v)]
    except ValueError:  # ``1.234,5``: not one decimal mark
        return None


def _position(x: float, lo: float, hi: float) -> int:
    return ((x > lo) - (x < lo)) + ((x > hi) - (x < hi))


def _read(col: str, name: str, k: int) -> list[dict[str, Any]]:
    """Number ``k`` (0 or 1) of ``col`` as a float column ``name``; null when a ``-`` may be its sign (no ``-``
    before the first number, at most one between the two)."""
    skip = "[0-9][0-9.,]*[^0-9-]*-?[^0-9-]*" * k
    return [{"op": "regex_extract", "input": col, "output": name, "pattern": f"^[^0-9-]*{skip}([0-9][0-9.,]*)",
             "group": 1},
            {"op": "replace", "input": name, "output": name, "pattern": ",", "replacement": "."},
            {"op": "type_cast", "input": name, "output": name, "to": "float"}]


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed range flags over two string inputs (value, range) in either order."""
    if len(names) != 2 or len(rows) < 3 or any(not o for o in outs) or any(v is None for r in rows for v in r) or \
            any(types.get(n) != "string" for n in names) or len(set(outs)) < 2:
        return []
    found: list[Candidate] = []
    for iv, ir in ((0, 1), (1, 0)):
        xs = [_numbers(r[iv] or "") or [] for r in rows]
        bounds = [_numbers(r[ir] or "") or [] for r in rows]
        if any(len(x) != 1 for x in xs) or any(len(b) != 2 or b[0] > b[1] for b in bounds):
            continue
        labels: dict[str, str] = {}
        for x, (lo, hi), o in zip(xs, bounds, outs, strict=True):
            pos = _position(x[0], lo, hi)
            key = "below" if pos == -2 else "above" if pos == 2 else "inside"
            if labels.setdefault(key, o or "") != o:
                labels = {}
                break
        if len(labels) != 3:
            continue
        mapping = {"-2": labels["below"], "-1": labels["inside"], "0": labels["inside"], "1": labels["inside"],
                   "2": labels["above"]}
        steps = _read(names[iv], "x", 0) + _read(names[ir], "lo", 0) + _read(names[ir], "hi", 1) + [
            {"op": "safe_math", "fn": "sub", "args": ["x", "lo"], "output": "a"},
            {"op": "sign", "input": "a", "output": "a"},
            {"op": "safe_math", "fn": "sub", "args": ["x", "hi"], "output": "b"},
            {"op": "sign", "input": "b", "output": "b"},
            {"op": "safe_math", "fn": "add", "args": ["a", "b"], "output": "p"},
            {"op": "type_cast", "input": "p", "output": "p", "to": "int"},
            {"op": "type_cast", "input": "p", "output": "p", "to": "string"},
            {"op": "map_dict", "input": "p", "output": OUT, "mapping": mapping}]
        pipe = confirmed(steps, rows, outs, names, types, version(steps))
        if pipe is not None:
            found.append(candidate(pipe, 6.0, len(rows), "range_flag"))
    return found
