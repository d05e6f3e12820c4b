"""Decompose strategies the word-position split (:func:`core.mapping.strategies.decompose`) cannot give.

* **Names without a space** (Korean ``김민준``, Chinese ``王伟``, Japanese ``佐藤花子`` written solid): the
  family name is the first syllable and the given name the rest; where the value has a space
  (``남궁 서준``, ``王 伟``) the first word is the family name; a name in Latin letters keeps the
  word-position reading (:func:`cjk_name_split`).
* **Locators of short parts** (``Block B / Row 12 / Seat 7``, ``B-12-7``, ``Sektion B, Reihe 12, Platz
  7``): label words (two letters or more) are dropped, the remaining letters and numbers are the
  parts, and part ``p`` feeds the ``p``-th target (:func:`locator_parts`); a value of words only
  (``GA``, ``Stehplatz``) has no parts, so every target is null. One proposal per part position is
  made; validation against the example pairs and the target's constraints picks the position.

DSL v1.5 ops (``replace``, ``regex_extract_all``, ``list_get``, ``coalesce``); nothing in Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from core.mapping.side import MatchColumn
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from dsl.models import Pipeline

DSL_NEEDED = "1.5.0"
#: Hangul syllables, CJK unified ideographs, kana
CJK = "가-힣一-鿿ぁ-ゖァ-ヺ"
_CJK_SOLID = re.compile(f"^[{CJK}]{{2,4}}$")
#: share of the values that must be solid CJK names for the split to be proposed
CJK_SHARE = 0.2
#: a locator's parts: at most this many characters each, 2-4 of them per value
PART_MAX = 4
LOCATOR_SHARE = 0.6
LABEL = re.compile(r"[^\W\d_]{2,}")
PART = re.compile(r"[^\W_]+")


def _pipe(src: MatchColumn, target: TargetColumn, steps: list[dict[str, Any]], why: str) -> Proposal:
    pipe = Pipeline.model_validate({"dsl_version": DSL_NEEDED, "inputs": [src.name], "outputs": [target.name],
                                    "steps": steps, "input_types": {src.name: src.logical_type}})
    return Proposal(strategy="decompose", pipeline=pipe, rationale=why)


def cjk_name_split(target: TargetColumn, src: MatchColumn, family: bool) -> list[Proposal]:
    """Family (``family``) or given name out of names some of which are solid CJK (module docstring)."""
    vals = [v.strip() for v in src.values or [] if v.strip()]
    solid_share = sum(bool(_CJK_SOLID.match(v)) for v in vals) / len(vals) if vals else 0.0
    if target.logical_type != "string" or solid_share < CJK_SHARE:
        return []
    solid = f"^([{CJK}])([{CJK}]{{1,3}})$"
    spaced = f"^([{CJK}]+) +([^ ].*)$"
    latin = r"^(.+) +([^ ]+)$"  # a Latin-script name: given name(s) first, family name last
    steps: list[dict[str, Any]] = [
        {"op": "trim", "input": src.name, "output": "_n"},
        {"op": "collapse_whitespace", "input": "_n", "output": "_n"},
        {"op": "regex_extract", "input": "_n", "output": "_n0", "pattern": solid, "group": 1 if family else 2},
        {"op": "regex_extract", "input": "_n", "output": "_n1", "pattern": spaced, "group": 1 if family else 2},
        {"op": "regex_extract", "input": "_n", "output": "_n2", "pattern": latin, "group": 2 if family else 1},
        {"op": "coalesce", "inputs": ["_n0", "_n1", "_n2"], "output": target.name},
    ]
    part = "family" if family else "given"
    return [_pipe(src, target, steps, f"{part} name of {src.name}: first syllable of a solid CJK name, first word "
                                      "of a spaced one, last word of a Latin-script name")]


def locator_arity(values: Sequence[str] | None) -> int:
    """How many short parts most values of a locator column hold (0 when it is no locator)."""
    vals = [v for v in (values or [])[:200] if v.strip()]
    counts: dict[int, int] = {}
    for v in vals:
        parts = PART.findall(LABEL.sub(" ", v))
        if 2 <= len(parts) <= 4 and all(len(p) <= PART_MAX for p in parts):
            counts[len(parts)] = counts.get(len(parts), 0) + 1
    if not counts:
        return 0
    k, n = max(counts.items(), key=lambda kv: kv[1])
    return k if n >= LOCATOR_SHARE * len(vals) else 0


def locator_parts(target: TargetColumn, src: MatchColumn) -> list[Proposal]:
    """One proposal per part position of a locator column (module docstring)."""
    k = locator_arity(src.values)
    if not k or src.logical_type != "string":
        return []
    cast = target.logical_type in ("int", "float", "decimal")
    out = []
    for p in range(k):
        steps: list[dict[str, Any]] = [
            {"op": "replace", "input": src.name, "output": "_l", "pattern": r"[A-Za-zÀ-ÿ]{2,}", "replacement": " "},
            {"op": "regex_extract_all", "input": "_l", "output": "_l", "pattern": "[A-Za-z0-9]+", "separator": " "},
            {"op": "list_get", "input": "_l", "output": "_lp" if cast else target.name, "separator": " ", "index": p},
        ]
        if cast:
            steps.append({"op": "type_cast", "input": "_lp", "output": target.name,
                          "to": "int" if target.logical_type == "int" else "float"})
        out.append(_pipe(src, target, steps, f"part {p + 1} of {k} of {src.name} (label words dropped)"))
    return out


def separator_parts(target: TargetColumn, src: MatchColumn) -> list[Proposal]:
    """One proposal per part position of a column whose values split on one separator
    (:func:`core.mapping.part_shapes.split_column`: ``NEL^LWAZI``, ``0457821^BOTHA^JOHAN``): the part, trimmed
    (cast for a numeric target); validation against the example pairs picks the position."""
    from core.mapping.part_shapes import split_column

    found = split_column(src.values or []) if src.logical_type == "string" else None
    if found is None:
        return []
    sep, parts = found
    cast = target.logical_type in ("int", "float", "decimal")
    out = []
    for p in range(len(parts)):
        steps: list[dict[str, Any]] = [
            {"op": "list_get", "input": src.name, "output": "_sp", "separator": sep, "index": p},
            {"op": "trim", "input": "_sp", "output": "_sp" if cast else target.name},
        ]
        if cast:
            steps.append({"op": "type_cast", "input": "_sp", "output": target.name,
                          "to": "int" if target.logical_type == "int" else "float"})
        out.append(_pipe(src, target, steps, f"part {p + 1} of {len(parts)} of {src.name} split on {sep!r}"))
    return out
