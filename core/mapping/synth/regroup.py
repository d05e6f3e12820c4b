"""Letters and digits regrouped: every separator dropped, the characters cut into the fixed groups of the outputs.

``{F99EFA16-133F-4CFC-8F17-140FE764A5E1}`` / ``29B37107DFE44A6D86B3A9EB86BB7DA2`` -> ``f99efa16-133f-...`` (a GUID
in 8-4-4-4-12, lower case), ``DE89 3704 0044 0532 0130 00`` / ``de89370400440532013000`` -> one IBAN layout, a MAC
address from any notation: the output's ASCII letters and digits are the input's, in order (one case change at most:
upper, lower or none, the same in every example), and every output has the same groups (widths and separators).
The input's layout may differ from example to example (that is what the search cannot read with one program).

The program: ``replace`` ``[^A-Za-z0-9]+`` by nothing, ``case``, a full match of exactly as many characters as the
groups hold, each group of digits only where every output writes digits there (another count, or a letter in a
digit group, is null: refused, never cut or padded), one ``regex_extract`` per group, a ``template``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

_ALNUM = re.compile("[A-Za-z0-9]+")
_NOT_ALNUM = re.compile("[^A-Za-z0-9]+")
CASES: dict[str, Callable[[str], str]] = {"none": lambda s: s, "lower": str.lower, "upper": str.upper}


def _layout(o: str) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    """(group widths, separators) of an output made of ASCII letter-digit groups and the marks between them."""
    groups = _ALNUM.findall(o)
    seps = _NOT_ALNUM.findall(o)
    if not groups or len(seps) != len(groups) - 1 or not _ALNUM.match(o) or not o[-1].isalnum():
        return None
    return tuple(len(g) for g in groups), tuple(seps)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """The regrouping program of one input, engine-confirmed, when it reproduces every example."""
    if len(rows) < 2 or any(not o for o in outs):
        return []
    layouts = {_layout(o or "") for o in outs}
    if len(layouts) != 1 or None in layouts:
        return []
    layout = layouts.pop()
    assert layout is not None
    widths, seps = layout
    if len(widths) < 2:
        return []
    found: list[Candidate] = []
    for idx, name in enumerate(names):
        vals = [r[idx] or "" for r in rows]
        if types.get(name) != "string" or len({tuple(_NOT_ALNUM.findall(v)) for v in vals}) < 2:
            continue  # one input layout: the search reshapes it (this is for layouts that differ)
        compact = ["".join(_ALNUM.findall(v)) for v in vals]
        for case, f in CASES.items():
            if [f(c) for c in compact] != ["".join(_ALNUM.findall(o or "")) for o in outs]:
                continue
            found += _program(rows, outs, names, types, name, case, widths, seps, _classes(outs, widths))
            break
    return found


def _classes(outs: list[str | None], widths: tuple[int, ...]) -> list[str]:
    """Per group, ``0-9`` when every output writes only digits there (``756.ABCD.5678.97`` is refused), else any
    ASCII letter or digit."""
    groups = [_ALNUM.findall(o or "") for o in outs]
    return ["0-9" if all(g[i].isdigit() for g in groups) else "A-Za-z0-9" for i in range(len(widths))]


def _program(rows: list[list[str | None]], outs: list[str | None], names: list[str], types: dict[str, str],
             name: str, case: str, widths: tuple[int, ...], seps: tuple[str, ...],
             classes: list[str]) -> list[Candidate]:
    t = f"_rg_{name}"
    steps: list[dict[str, Any]] = [
        {"op": "replace", "input": name, "output": t, "pattern": "[^A-Za-z0-9]+", "replacement": ""}]
    if case != "none":
        steps.append({"op": "case", "input": t, "output": t, "mode": case})
    full = "".join(f"[{c}]{{{w}}}" for c, w in zip(classes, widths, strict=True))
    steps.append({"op": "regex_extract", "input": t, "output": t, "pattern": f"^{full}$", "group": 0})
    cols, offset = [], 0
    for i, w in enumerate(widths):
        head = f"^[A-Za-z0-9]{{{offset}}}" if offset else "^"
        steps.append({"op": "regex_extract", "input": t, "output": f"{t}{i}", "pattern": f"{head}([A-Za-z0-9]{{{w}}})",
                      "group": 1})
        cols.append(f"{t}{i}")
        offset += w
    tpl = "".join(f"{{{i}}}" + (seps[i].replace("{", "{{").replace("}", "}}") if i < len(seps) else "")
                  for i in range(len(widths)))
    steps.append({"op": "template", "inputs": cols, "template": tpl, "output": OUT})
    pipe = confirmed(steps, rows, outs, names, types, version(steps))
    return [] if pipe is None else [candidate(pipe, 3.0 + 0.2 * len(widths), len(rows), "regroup")]
