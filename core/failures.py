"""Typed failures: :class:`core.errors.DeterministicFailure` subclasses with structured constructor
arguments (dlt's style). The class builds the message (naming the fix) and keeps the structured
fields in ``details`` (``details["reason"]`` is the stable machine-readable kind), so callers and
tests read fields instead of parsing text. Codes and retry classes are the taxonomy's (§31).
"""

from __future__ import annotations

from typing import Any

from core.errors import DeterministicFailure


class MissingArtifact(DeterministicFailure):
    """A stage needs an upstream artifact the run does not have yet."""

    def __init__(self, run_id: str, kind: str, produced_by: str, **kw: Any) -> None:
        super().__init__(f"run {run_id} has no {kind} artifact; materialize `{produced_by}` first",
                         run_id=run_id, reason="missing_artifact", kind=kind, produced_by=produced_by, **kw)
        self.kind = kind
        self.produced_by = produced_by
