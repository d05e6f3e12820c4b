"""The transformation for a value + unit column compose (:mod:`core.mapping.unit_groups`): each row's
number times the factor from its own unit to the target's unit.

The target's unit is the last word of its name that is a DSL unit of the target's dimension
(``gross_weight_kg`` -> kg, ``length_mm`` -> mm). The pipeline is DSL v1 only: the number cast to
float, the unit mapped to its factor (``map_dict`` over every unit of the dimension, in the spellings
exports use: ``G``, ``g``, ``KG``, ``CCM``), the factor cast, ``safe_math mul``, rounded (to an
integer and cast for an int target). A unit the table does not know gives null (validation counts the row as failed).
"""

from __future__ import annotations

from typing import Any

from core.mapping.side import MatchColumn
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from dsl.models import Pipeline
from dsl.units import UNITS, affine

#: export spellings -> DSL unit
ALIASES = {"ccm": "ml", "cm3": "ml", "dm3": "l", "cdm": "l", "ltr": "l", "liter": "l", "litre": "l",
           "lbs": "lb", "kgs": "kg", "kgm": "kg", "gr": "g", "inch": "in"}
#: decimals kept of a converted float (the target's own scale applies when it is written)
DIGITS = 6
_LINEAR = {"length", "mass", "volume", "duration"}


def target_unit(target: TargetColumn) -> str | None:
    """The DSL unit named by the target column's name (its last word that is one), linear dimensions only."""
    for word in reversed(target.name.lower().split("_")):
        if word in UNITS and UNITS[word][0] in _LINEAR:
            return word
    return None


def unit_compose(target: TargetColumn, value: MatchColumn, unit: MatchColumn) -> list[Proposal]:
    """The value x factor(unit) pipeline, or nothing when the target names no unit."""
    to = target_unit(target)
    if to is None:
        return []
    dim = UNITS[to][0]
    spellings = {u: u for u, (d, _, _) in UNITS.items() if d == dim} | {
        a: u for a, u in ALIASES.items() if UNITS[u][0] == dim}
    mapping: dict[str, str] = {}
    for spelled, u in spellings.items():
        scale, _ = affine(u, to)
        for v in {spelled, spelled.upper(), spelled.lower(), spelled.capitalize()}:
            mapping[v] = repr(scale)
    steps: list[dict[str, Any]] = [
        {"op": "type_cast", "input": value.name, "output": "_v", "to": "float"},
        {"op": "trim", "input": unit.name, "output": "_u"},
        {"op": "map_dict", "input": "_u", "output": "_fs", "mapping": mapping},
        {"op": "type_cast", "input": "_fs", "output": "_f", "to": "float"},
        {"op": "safe_math", "fn": "mul", "args": ["_v", "_f"], "output": "_r"},
    ]
    if target.logical_type == "int":
        steps += [{"op": "safe_math", "fn": "round", "args": ["_r"], "output": "_i", "digits": 0},
                  {"op": "type_cast", "input": "_i", "output": target.name, "to": "int"}]
    else:  # float and decimal targets take the float (binary64 noise rounded off)
        steps.append({"op": "safe_math", "fn": "round", "args": ["_r"], "output": target.name, "digits": DIGITS})
    pipe = Pipeline.model_validate({"inputs": [value.name, unit.name], "outputs": [target.name], "steps": steps,
                                    "input_types": {value.name: value.logical_type, unit.name: unit.logical_type}})
    return [Proposal(strategy="unit_normalization", pipeline=pipe,
                     rationale=f"{value.name} x factor of its unit in {unit.name} to {to}")]
