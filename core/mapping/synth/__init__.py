"""Transformation by example: ``synthesize(examples, input_names, input_types)`` -> DSL pipeline."""

from core.mapping.synth.errors import BadExamples, ContradictoryExamples
from core.mapping.synth.models import Candidate, SynthResult
from core.mapping.synth.synthesize import synthesize

__all__ = ["BadExamples", "Candidate", "ContradictoryExamples", "SynthResult", "synthesize"]
