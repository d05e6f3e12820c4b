"""The text inside the first pair of brackets, in either width: ``山田 太郎（ヤマダ タロウ）`` and
``佐藤花子 (サトウハナコ)`` -> the reading.

East Asian text writes brackets full width (``（）``, ``［］``) or ASCII, often mixed in one column, and a search over
the characters the examples show does not read the width no example writes. Every output (but empty ones) is the
whole content of a bracket pair of one kind in its input; the program accepts each width of that kind (round ``( （``,
square ``[ ［ 【``, corner ``「 『``), whichever the examples show. An empty output is the examples' rule for a value
without an opening bracket of any kind (``鈴木 一郎`` -> ``""``), given only when some example shows it; a value with an
opening bracket but no content read (another kind of bracket included) is null (refused).
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth.atoms import class_esc
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

#: bracket kinds: (openings, closings), every width
KINDS = (("(（", ")）"), ("[［【", "]］】"), ("「『", "」』"), ("<〈《", ">〉》"))
#: every opening bracket: a value with one of another kind (``田中 【タナカ】``) is refused, never ``""``
OPENINGS = "".join(o for o, _ in KINDS)


def _pattern(kind: tuple[str, str]) -> str:
    o, c = kind
    oc = "".join(class_esc(ch) for ch in o)
    cc = "".join(class_esc(ch) for ch in c)
    return f"[{oc}]([^{oc}{cc}]+)[{cc}]"


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """The bracket-content program of one input, engine-confirmed, when it reproduces every example."""
    if len(rows) < 2 or not any(outs) or any(o is None for o in outs):
        return []
    empty = any(o == "" for o in outs)
    found: list[Candidate] = []
    for idx, name in enumerate(names):
        vals = [r[idx] or "" for r in rows]
        if types.get(name) != "string":
            continue
        for kind in KINDS:
            rx = re.compile(_pattern(kind))
            got = []
            for v in vals:
                m = rx.search(v)
                got.append(m.group(1) if m else ("" if empty and not any(ch in v for ch in OPENINGS) else None))
            if got != outs or not any(ch in v for v in vals for ch in kind[0][1:]):
                continue  # ASCII brackets only: the search reads them
            steps: list[dict[str, Any]] = [
                {"op": "regex_extract", "input": name, "output": OUT, "pattern": _pattern(kind), "group": 1}]
            if empty:  # no opening bracket of any kind: "" as the examples show
                oc = "".join(class_esc(ch) for ch in OPENINGS)
                steps += [
                    {"op": "regex_extract", "input": name, "output": "_br_open", "pattern": f"[{oc}]", "group": 0},
                    {"op": "map_dict", "input": name, "output": "_br_e", "mapping": {"": ""}, "default": ""},
                    {"op": "coalesce", "inputs": ["_br_open", "_br_e"], "output": "_br_open"},
                    {"op": "map_dict", "input": "_br_open", "output": "_br_none", "mapping": {"": ""}},
                    {"op": "coalesce", "inputs": [OUT, "_br_none"], "output": OUT}]
            pipe = confirmed(steps, rows, outs, names, types, version(steps))
            if pipe is not None:
                found.append(candidate(pipe, 2.0, len(rows), "bracket_content"))
            break
    return found
