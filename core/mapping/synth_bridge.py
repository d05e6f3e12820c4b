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


#: Wall-clock safety net of one synthesis in the mapping stage, the same as the golden eval's. The search is
#: bounded by work (``synth.search.MAX_POPS``), which decides on a normal machine, so the same examples give
#: the same plan; 200 ms cut searches short on a loaded machine and made plans depend on the load.
SAFETY_BUDGET_MS = 1000


def synthesize_ranked(examples: list[tuple[list[str | None], str | None]], input_names: list[str],
                      input_types: dict[str, str], *, budget_ms: int = SAFETY_BUDGET_MS,
                      seed: int = 0) -> list[Pipeline]:
    """The pipelines reproducing every example pair, best first: the synthesized best, then its ranked
    fitting alternatives (``SynthResult.alternatives``, a few); empty when nothing fits."""
    if not examples:
        return []
    from core.mapping.synth import synthesize as search

    try:
        result = search(examples, input_names, input_types, budget_ms=budget_ms, seed=seed)
    except (MapwrightError, ValueError, TypeError):
        return []  # no program for these examples: the rule-based proposals still compete
    pipeline = getattr(result, "pipeline", None)
    if not isinstance(pipeline, Pipeline) or not getattr(result, "solved_all", False):
        return []
    alternatives = getattr(result, "alternatives", None) or []  # older results have none
    return [pipeline, *(p for p in alternatives if isinstance(p, Pipeline))]


def synthesize(examples: list[tuple[list[str | None], str | None]], input_names: list[str],
               input_types: dict[str, str], *, budget_ms: int = SAFETY_BUDGET_MS, seed: int = 0) -> Pipeline | None:
    """A pipeline reproducing every example pair, or None (no examples, or none found)."""
    ranked = synthesize_ranked(examples, input_names, input_types, budget_ms=budget_ms, seed=seed)
    return ranked[0] if ranked else None


def propose_value_map(source_values: list[str], allowed: list[str]) -> ValueMap:
    """Map distinct source values onto ``allowed`` (:func:`core.mapping.value_map.propose_value_map`)."""
    prop = value_map.propose_value_map(source_values, allowed)
    return ValueMap(mapping=dict(prop.mapping), unmatched=list(prop.unmatched), provenance="value_map")
