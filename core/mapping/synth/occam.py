"""Occam guards: a program that restates its examples instead of explaining them is refused (no
program: a hold for a person beats a silent wrong value).

- :func:`memorises`: minimum description length, a conditional plan costing more than the
  characters of the outputs it explains;
- :func:`copies_output`: a one-example branch that copies text of its own input found in no other
  output, or that fits ``x + c`` (any ``c`` fits one example);
- :func:`categorical`: the inputs a table of examples may generalise over (labels).
"""

from __future__ import annotations

import re

from core.mapping.synth.atoms import LETTER
from core.mapping.synth.known_units import ALL_FACTORS
from core.mapping.synth.numterms import NumExpr
from core.mapping.synth.plans import Plan, guard_ok
from core.mapping.synth.search import Row, run
from core.mapping.synth.text import trim

_WORD = re.compile(f"[{LETTER}]+")
#: offsets a one-example branch may add: clock and calendar periods (``3 PM`` -> ``15``, ``24`` -> ``1924``)
CALENDAR = frozenset({12.0, 24.0, 60.0, 100.0, 1900.0, 2000.0})
MDL_RATIO = 1.1  # a plan may cost at most this many units per output character (see memorises)


def categorical(value: str) -> bool:
    """A value a table of examples can generalise to: one word of letters (``High``, ``ja``), a
    label that recurs. Numbers, codes, lists and phrases are computed or free
    text: a table of them only memorises the examples and is null on every other value."""
    return _WORD.fullmatch(trim(value)) is not None


def memorises(plan: Plan, outs: list[str | None]) -> bool:
    """Minimum description length: a conditional plan (switch or cover: one program per group of
    examples; a table is guarded by :func:`categorical`) whose cost exceeds the characters of the
    outputs it explains restates the examples rather than explaining them (one fitted branch per
    example, digits glued by coincidence): no program, a hold for a person, beats a silent wrong
    transform."""
    return plan.kind in ("switch", "cover") and plan.cost > MDL_RATIO * sum(len(o or "") for o in outs) and \
        not known_conversions(plan)


def known_conversions(plan: Plan) -> bool:
    """True when every branch is a number times a known unit factor (:mod:`.known_units`), at least one
    of them not the identity: the constants come from a table, not from the examples, so the plan
    describes the unit words it switches on rather than the outputs (``PS`` / ``hp`` / ``kW`` -> kW)."""
    converted = False
    for _, parts in plan.branches:
        nums = [p for p in parts if not isinstance(p, str)]
        if len(nums) == 1 and not isinstance(nums[0], NumExpr) and not nums[0].transforms:
            continue  # the number as written (the target unit already)
        if len(nums) != 1 or not isinstance(nums[0], NumExpr) or nums[0].kind != "lin" or nums[0].offset or \
                len(nums[0].terms) != 1 or nums[0].terms[0][1] != "mul":
            return False
        factor = nums[0].terms[0][2]
        if factor != 1.0 and factor not in ALL_FACTORS:
            return False
        converted = converted or factor != 1.0
    return converted


def copies_output(plan: Plan, rows: list[Row], outs: list[str | None]) -> bool:
    """A branch of a conditional plan that answers one example alone with a constant copied from
    that example's input (or holding digits no input shows) and found in no other output
    (``{0},y,z`` for ``@x @y @z``; ``49`` + the number for ``DE``) restates the output rather than
    computing it: the plan memorises. Constants the input does not hold
    (``up to {0}``) are the branch's wording."""
    if plan.kind not in ("switch", "cover"):
        return False
    owner: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        for b, (shapes, parts) in enumerate(plan.branches):
            if guard_ok(shapes, r) and run(parts, r) is not None:
                owner.setdefault(b, []).append(i)
                break
    for b, members in owner.items():
        if len(members) != 1 or all(v is None or categorical(v) for v in rows[members[0]]):
            continue  # a label's branch is a table row (``S`` -> ``single``): that is its meaning
        others = " ".join(o or "" for j, o in enumerate(outs) if j != members[0])
        mine = " ".join(v or "" for v in rows[members[0]]).lower()
        words = [w for p in plan.branches[b][1] if isinstance(p, str) for w in re.findall(r"[^\W_]+", p)]
        if any(w not in others and (w.lower() in mine or any(ch.isdecimal() for ch in w)) for w in words):
            return True  # its own input's text, or digits from nowhere (``49`` + the number for ``DE``)
        if any(isinstance(p, NumExpr) and p.kind == "lin" and p.offset and abs(p.offset) not in CALENDAR
               for p in plan.branches[b][1]):
            return True  # x + c fitted to one example: any c fits, nothing is learned (but a clock's +12)
    return False
