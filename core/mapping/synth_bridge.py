"""The seam between the mapping strategies and transform synthesis by example / value mapping.

``core.mapping.synth.synthesize`` is looked up at call time (importing the search costs nothing
until examples are given); :func:`propose_value_map` adapts ``core.mapping.value_map``'s proposal
to what the strategies read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import MapwrightError
from core.mapping import value_map
from dsl.models import Pipeline


@dataclass
class ValueMap:
    """A proposed value mapping (source value -> allowed value) and the values left unmatched."""

    mapping: dict[str, str]
    unmatched: list[str] = field(default_factory=list)
    provenance: str = "rules"


def synthesize(examples: list[tuple[list[str | None], str | None]], input_names: list[str],
               input_types: dict[str, str], *, budget_ms: int = 200, seed: int = 0) -> Pipeline | None:
    """A pipeline reproducing every example pair, or None (no examples, or none found)."""
    if not examples:
        return None
    from core.mapping.synth import synthesize as search

    try:
        result = search(examples, input_names, input_types, budget_ms=budget_ms, seed=seed)
    except (MapwrightError, ValueError, TypeError):
        return None  # no program for these examples: the rule-based proposals still compete
    pipeline = getattr(result, "pipeline", None)
    return pipeline if isinstance(pipeline, Pipeline) and getattr(result, "solved_all", False) else None


def propose_value_map(source_values: list[str], allowed: list[str]) -> ValueMap:
    """Map distinct source values onto ``allowed`` (:func:`core.mapping.value_map.propose_value_map`)."""
    prop = value_map.propose_value_map(source_values, allowed)
    return ValueMap(mapping=dict(prop.mapping), unmatched=list(prop.unmatched), provenance="value_map")
