"""The value map learned from joined rows (:func:`core.mapping.value_pairs.learned_map`) as a strategy.

Where target rows joined to the source's sample rows on the key (``PlanInputs.examples``: the source value and the
target value of each joined row), each source value seen in two rows or more with one target value is a
``map_dict`` entry, whatever the language of either side; the spelling rules (:mod:`core.mapping.value_map`) add
the values the rows did not settle, onto the target's allowed values; what neither settles is listed in
``value_map_unmatched`` and maps to null (``on_missing=default``), so validation counts those rows.

Privacy: the map is written into the stored plan. The joined rows teach only values that repeat; the spelling rules
map every distinct sample value onto an allowed value, values seen once included. A source of a personal domain gets
no learned map here, and the planner's one gate (:mod:`core.mapping.value_privacy`) stores any map only where the
PII policy's masking decision clears both the source column and the target column.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.mapping.side import MatchColumn, spec_of
from core.mapping.strategies import Proposal, _p, _text, allowed_values
from core.mapping.synth_bridge import propose_value_map
from core.mapping.target import TargetColumn
from core.mapping.value_pairs import learned_map
from core.vocab.models import DomainCatalog


def _collapse(v: str) -> str:
    return " ".join(v.split())


def learned_value_map(target: TargetColumn, src: MatchColumn, pairs: Sequence[tuple[list[str | None], str | None]],
                      catalog: DomainCatalog | None) -> list[Proposal]:
    """A ``map_dict`` proposal from joined example pairs of one source (module docstring); [] when the rows teach
    nothing, the source is personal, or the target is not text."""
    if target.logical_type != "string" or not pairs or any(len(ins) != 1 for ins, _ in pairs):
        return []
    spec = spec_of(catalog, src.domain)
    if spec is not None and spec.pii:
        return []
    mapping, _ = learned_map([(None if ins[0] is None else _collapse(ins[0]), out) for ins, out in pairs])
    if not mapping:
        return []
    seen = sorted({_collapse(v) for v in src.values or [] if v.strip()} - set(mapping))
    allowed = allowed_values(target, catalog, src.values)
    ruled: dict[str, str] = {}
    unmatched = seen
    if allowed and seen:
        vm = propose_value_map(seen, allowed)
        ruled, unmatched = vm.mapping, vm.unmatched
    steps = [*_text(src.name, "_v"), {"op": "map_dict", "input": "_v", "output": target.name,
                                      "mapping": {**ruled, **mapping}, "on_missing": "default"}]
    return [Proposal(strategy="value_map", pipeline=_p([src.name], {src.name: src.logical_type}, target.name, steps),
                     provenance="rules", value_map_unmatched=unmatched,
                     rationale=f"{len(mapping)} source value(s) mapped as the joined target rows show, {len(ruled)} "
                               f"onto allowed values by spelling; {len(unmatched)} unmatched")]
