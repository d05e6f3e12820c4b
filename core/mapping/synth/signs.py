"""Numbers written with an explicit sign: ``+12.5%`` beside ``-5.0%`` (a change, a delta, a time-zone offset).

``format_number`` writes a minus and no plus. When every output starts with a sign, ``+`` and ``-`` both shown and
the sign followed by a digit, the search runs again on the outputs without their ``+`` and the program found gets one
step more: a ``+`` before an output that starts with a digit (``replace`` of ``^([0-9])``; a zero is written
``+0.0``). It wins only when it reproduces more examples than the search on the outputs as written, or as many with
one program where that search needs one per input shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from core.mapping.synth.emit import OUT
from core.mapping.synth.errors import BadExamples, ContradictoryExamples
from core.mapping.synth.models import Candidate, SynthResult
from dsl.models import Pipeline

Example = tuple[list[str | None], str | None]
_SIGNED = re.compile(r"^[+-][0-9]")
STEP: dict[str, Any] = {"op": "replace", "input": OUT, "output": OUT, "pattern": "^([0-9])", "replacement": "+$1",
                        "groups": True}


def plus_signed(outs: list[str | None]) -> bool:
    """True when every output starts with a sign and a digit, and both signs occur."""
    if any(o is None or _SIGNED.match(o) is None for o in outs):
        return False
    return {o[0] for o in outs if o} == {"+", "-"}


def postfixed(pipe: Pipeline) -> Pipeline:
    """``pipe`` with a ``+`` written before an output that starts with a digit."""
    data: dict[str, Any] = pipe.model_dump(mode="json", exclude_none=True)
    data["steps"] = [*data["steps"], dict(STEP)]
    return Pipeline.from_json(data)


def signed(res: SynthResult, examples: list[Example], budget_ms: int,
           search: Callable[[list[Example], int], SynthResult],
           better: Callable[[Candidate, list[Candidate]], bool], piecewise: tuple[str, ...]) -> SynthResult:
    """``res``, or the program found on the outputs without their ``+`` with the sign step after it, when that one
    is ``better`` (reproduces more examples, or as many with one program where ``res`` needs one per shape)."""
    outs = [o for _, o in examples]
    best = res.candidates[0] if res.candidates else None
    if (res.solved_all and best is not None and best.description not in piecewise) or not plus_signed(outs) or \
            budget_ms < 50:
        return res
    try:
        alt = search([(inp, o[1:] if o and o[0] == "+" else o) for inp, o in examples], budget_ms)
    except (BadExamples, ContradictoryExamples):
        return res
    top = alt.candidates[0] if alt.candidates else None
    if alt.pipeline is None or top is None or not better(top, res.candidates):
        return res
    pipe = postfixed(alt.pipeline)
    return alt.model_copy(update={
        "pipeline": pipe,
        "candidates": [c.model_copy(update={"pipeline": postfixed(c.pipeline)}) for c in alt.candidates],
        "alternatives": [postfixed(p) for p in alt.alternatives],
        "elapsed_ms": round(res.elapsed_ms + alt.elapsed_ms, 3), "timed_out": res.timed_out or alt.timed_out})
