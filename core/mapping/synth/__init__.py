"""Transformation by example: ``synthesize(examples, input_names, input_types)`` -> DSL pipeline.

    from core.mapping.synth import synthesize
    res = synthesize([(["5551234567"], "(555) 123-4567"), (["212.555.0199"], "(212) 555-0199")],
                     ["phone"], {"phone": "string"})
    res.pipeline        # dsl.models.Pipeline, inputs ["phone"], output "out" (None when nothing fits)
    res.solved_all      # the engine reproduces every example
    res.candidates      # ranked alternatives (score, examples_passed, cost)

How it works (modules): ``atoms`` (views, token-class selectors), ``transforms`` (case, padding,
months, lexicons, numbers, text pipelines), ``search`` (joint best-first search over the
examples' outputs, atom pool), ``switch`` (shape switch and ordered coalesce cover),
``plans``/``emit`` (Python evaluation and DSL emission), ``synthesize`` (orchestration).

Conventions: an expected output ``None`` means null; ``""`` means an empty string, produced
by a final fallback branch for rows no program covers (so "empty when absent" tasks work).
Pipelines use DSL 1.2 ops (``dsl_version`` 1.2.0) only when needed, else 1.0.0. Contradictory
examples raise :class:`ContradictoryExamples` (indexes of the pairs; values never echoed).
The search is deterministic; ``budget_ms`` bounds its time (a safety net: work is bounded too).
"""

from core.mapping.synth.errors import BadExamples, ContradictoryExamples
from core.mapping.synth.models import Candidate, SynthResult
from core.mapping.synth.synthesize import synthesize

__all__ = ["BadExamples", "Candidate", "ContradictoryExamples", "SynthResult", "synthesize"]
