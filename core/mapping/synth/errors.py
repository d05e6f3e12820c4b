"""Typed failures of synthesis."""

from __future__ import annotations

from core.errors import DeterministicFailure


class ContradictoryExamples(DeterministicFailure):
    """Two or more examples have the same input(s) but different outputs.

    ``pairs`` lists the conflicting example indexes (0-based); values are not repeated in the
    message (they may be personal data).
    """

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        shown = ", ".join(f"#{a} and #{b}" for a, b in pairs[:10])
        super().__init__(f"contradictory examples: {shown} have the same input but different outputs; "
                         "remove or correct one of each pair", pairs=[list(p) for p in pairs])
        self.pairs = pairs


class BadExamples(DeterministicFailure):
    """Examples that cannot be used (no examples, wrong number of input values)."""
