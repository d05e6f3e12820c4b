"""The clean seam to transform synthesis by example and value mapping (branch ``synth``).

``core.mapping.synth.synthesize`` and ``core.mapping.value_map.propose_value_map`` are built
separately; until they exist this module answers with simple rules, so the stage runs either
way. Lookup happens at call time through importlib (no import error, no type dependency).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from core.errors import MapwrightError
from dsl.models import Pipeline


@dataclass
class ValueMap:
    """A proposed value mapping (source value -> allowed value) and the values left unmatched."""

    mapping: dict[str, str]
    unmatched: list[str] = field(default_factory=list)
    provenance: str = "rules"


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def synthesize(examples: list[tuple[list[str | None], str | None]], input_names: list[str],
               input_types: dict[str, str], *, budget_ms: int = 200, seed: int = 0) -> Pipeline | None:
    """A pipeline reproducing every example pair, or None (no synthesizer, or none found)."""
    mod = _module("core.mapping.synth")
    if mod is None or not hasattr(mod, "synthesize") or not examples:
        return None
    try:
        result = mod.synthesize(examples, input_names, input_types, budget_ms=budget_ms, seed=seed)
    except (MapwrightError, ValueError, TypeError):
        return None  # no program for these examples: the rule-based proposals still compete
    pipeline = getattr(result, "pipeline", None)
    return pipeline if isinstance(pipeline, Pipeline) and getattr(result, "solved_all", False) else None


def _initials(v: str) -> str:
    return "".join(w[0] for w in v.replace(".", " ").split() if w).upper()


def propose_value_map(source_values: list[str], allowed: list[str]) -> ValueMap:
    """Map distinct source values onto ``allowed`` (synth helper's API when present, else rules:
    exact, case/whitespace/punctuation-insensitive, initials ``United States`` -> ``US``, unique
    prefix ``USA`` -> ``US``)."""
    mod = _module("core.mapping.value_map")
    if mod is not None and hasattr(mod, "propose_value_map"):
        prop = mod.propose_value_map(source_values, allowed)
        return ValueMap(mapping=dict(prop.mapping), unmatched=list(prop.unmatched), provenance="value_map")
    folded = {a.casefold(): a for a in allowed}
    bare = {a.replace(".", "").replace(" ", "").casefold(): a for a in allowed}
    mapping: dict[str, str] = {}
    unmatched: list[str] = []
    for v in sorted(set(source_values)):
        key = v.strip()
        hit = folded.get(key.casefold()) or bare.get(key.replace(".", "").replace(" ", "").casefold())
        if hit is None and len(key.split()) > 1:
            hit = folded.get(_initials(key).casefold())
        if hit is None:
            pre = [a for a in allowed if len(a) >= 2 and key.upper().replace(".", "").startswith(a.upper())]
            hit = pre[0] if len(pre) == 1 else None
        if hit is None:
            unmatched.append(v)
        elif hit != v:
            mapping[v] = hit
    return ValueMap(mapping=mapping, unmatched=unmatched)
