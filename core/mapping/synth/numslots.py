"""Numbers of the inputs in their order, each into a slot of a fixed output template, an absent one given the
default the examples show: ``14h30`` / ``9 h 05`` / ``18h`` -> ``14:30`` / ``09:05`` / ``18:00``; ``15.03.2024`` +
``9:05`` / ``14:30:15`` -> ``2024-03-15T09:05:00`` / ``2023-11-02T14:30:15``. The default is zero (``0``, ``00``):
an absent minute or second, never another value one example happens to show.

The output is literal text around runs of digits (the same literal text in every example). Each run is the ``k``-th
number (run of ASCII digits) of one input, copied or zero-padded to the run's width (the same width in every example),
or, where that input has fewer than ``k + 1`` numbers, one constant (``00``). Proposed only when some slot takes its
default (that is what the search does not build); a slot with a default must also be read from some example.

The program: per slot ``regex_extract`` ``^[^0-9]*([0-9]+[^0-9]+){k}([0-9]+)`` (written out), ``pad``, ``coalesce``
with the default, a ``template``. A value with fewer or more numbers than the examples write is refused (null): each
number becomes one ``#`` (two ``replace``) and a ``map_dict`` knows the counts seen. A decimal number (``9.5 h``: two
runs joined by ``.`` or ``,``) is refused too, unless some example of that input writes one (``15.03.2024``).
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth import meridiem
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

_RUN = re.compile("[0-9]+")
MAX_NUMBERS = 8


def _template(outs: list[str]) -> list[str] | None:
    """The literal pieces between the outputs' digit runs, when every output has the same ones."""
    lits = [_RUN.split(o) for o in outs]
    return lits[0] if all(lit == lits[0] for lit in lits) and len(lits[0]) > 1 else None


Slot = tuple[int, int, int, str | None]  # input, number index, pad width (0: copy; -w: a 12-hour clock's hour), default


def _slot(j: int, nums: list[list[list[str]]], runs: list[list[str]], rows: list[list[str]]) -> list[Slot]:
    """Readings of output run ``j``: (input, index, width, default) that fit every example."""
    found: list[Slot] = []
    widths = {len(r[j]) for r in runs}
    for col in range(len(nums[0])):
        for k in range(MAX_NUMBERS):
            have = [n[col][k] if k < len(n[col]) else None for n in nums]
            if all(h is None for h in have):
                break
            absent = {r[j] for r, h in zip(runs, have, strict=True) if h is None}
            if len(absent) > 1 or any(set(a) != {"0"} for a in absent):
                continue  # an absent part is zero (``18h`` is 18:00), nothing else
            present = [(h, r[j]) for r, h in zip(runs, have, strict=True) if h is not None]
            if len(widths) == 1 and all(h.zfill(next(iter(widths))) == o for h, o in present):
                width = next(iter(widths))  # one width in every output: padded to it (``1.1.2025`` too)
            elif all(h == o for h, o in present):
                width = 0
            elif not absent and len(widths) == 1 and meridiem.fits([r[col] for r in rows], have, [r[j] for r in runs]):
                width = -next(iter(widths))
            else:
                continue
            found.append((col, k, width, next(iter(absent)) if absent else None))
    return found


def _head(k: int) -> str:
    return "^[^0-9]*" + "[0-9]+[^0-9]+" * k + "([0-9]+)"


def _steps(names: list[str], slots: list[Slot], lits: list[str], counts: list[tuple[int, int]],
           decimals: list[bool]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = []
    guards: list[str] = []
    for c, name in enumerate(names):
        if any(s[0] == c for s in slots):  # one ``#`` per number: as many numbers as some example writes
            g = f"_ns_n{c}"
            lo, hi = counts[c]
            steps.append({"op": "replace", "input": name, "output": g, "pattern": "[0-9]+", "replacement": "#"})
            if not decimals[c]:  # ``9.5 h`` is one number no slot reads (no example writes one): refused
                steps.append({"op": "replace", "input": g, "output": g, "pattern": "#[.,]#", "replacement": "!"})
            steps += [{"op": "replace", "input": g, "output": g, "pattern": "[^#!]+", "replacement": ""},
                      {"op": "map_dict", "input": g, "output": g, "mapping": {"#" * n: "" for n in range(lo, hi + 1)}}]
            guards.append(g)
    cols: list[str] = []
    for j, (c, k, width, dflt) in enumerate(slots):
        col = f"_ns_s{j}"
        steps.append({"op": "regex_extract", "input": names[c], "output": col, "pattern": _head(k), "group": 1})
        if width < 0:  # the hour of a 12-hour clock and its marker -> the 24-hour hour
            steps += meridiem.steps(names[c], col, -width)
        elif width:
            steps.append({"op": "pad", "input": col, "output": col, "width": width, "fill": "0", "side": "left"})
        if dflt is not None:
            steps += [{"op": "map_dict", "input": names[c], "output": f"{col}_d", "mapping": {"": dflt},
                       "default": dflt},
                      {"op": "coalesce", "inputs": [col, f"{col}_d"], "output": col}]
        cols.append(col)
    tpl = "".join(lit.replace("{", "{{").replace("}", "}}") + (f"{{{j}}}" if j < len(slots) else "")
                  for j, lit in enumerate(lits))
    tpl += "".join(f"{{{len(cols) + i}}}" for i in range(len(guards)))
    steps.append({"op": "template", "inputs": cols + guards, "template": tpl, "output": OUT})
    return steps


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """The number-slot program, engine-confirmed, when some slot takes a default."""
    if len(rows) < 2 or any(not o for o in outs) or any(types.get(n) != "string" for n in names) or \
            any(v is None for r in rows for v in r):
        return []
    texts = [o or "" for o in outs]
    lits = _template(texts)
    if lits is None:
        return []
    runs = [_RUN.findall(o) for o in texts]
    nums = [[_RUN.findall(v or "") for v in r] for r in rows]
    if any(len(n) > MAX_NUMBERS for r in nums for n in r):
        return []
    slots: list[Slot] = []
    for j in range(len(runs[0])):
        options = _slot(j, nums, runs, [[v or "" for v in r] for r in rows])
        if not options:
            return []
        slots.append(options[0])  # the first input, the earliest number
    if not any(s[3] is not None or s[2] < 0 for s in slots):
        return []
    counts = [(min(len(n[c]) for n in nums), max(len(n[c]) for n in nums)) for c in range(len(names))]
    decimals = [any(re.search("[0-9][.,][0-9]", r[c] or "") for r in rows) for c in range(len(names))]
    steps = _steps(names, slots, lits, counts, decimals)
    pipe = confirmed(steps, rows, outs, names, types, version(steps))
    # a 12-hour hour costs more: the dedicated clock ops (``time_12_to_24``) rank first where they fit
    cost = 2.0 + 0.3 * len(slots) + (1.0 if any(s[2] < 0 for s in slots) else 0.0)
    return [] if pipe is None else [candidate(pipe, cost, len(rows), "number_slots")]
