"""Typed failures of the Analysis stage (taxonomy: DETERMINISTIC_FAILURE, the fix named)."""

from __future__ import annotations

from core.errors import DeterministicFailure, TransientFailure


class SourceChanged(DeterministicFailure):
    """The source read for the analysis is not the one ingest catalogued (rows or columns changed)."""

    def __init__(self, run_id: str, what: str) -> None:
        super().__init__(f"the source of run {run_id} changed since ingest: {what}; re-run ingest and mapping "
                         "(a new run) so the plan matches the data", run_id=run_id, stage="ANALYSIS", change=what)


class ReferenceTargetUnavailable(TransientFailure):
    """The live target (the drift reference and the compile dialect) cannot be reached."""

    def __init__(self, run_id: str, location: str, cause: str) -> None:
        super().__init__(f"target {location} is unreachable for run {run_id}'s analysis (its existing rows are the "
                         f"drift reference): {cause}; check the target URL and that the database is up, then re-run "
                         "the analysis", run_id=run_id, stage="ANALYSIS", location=location, cause=cause)
