"""Typed failures: :class:`core.errors.DeterministicFailure` subclasses with structured constructor
arguments (dlt's style). The class builds the message (naming the fix) and keeps the structured
fields in ``details`` (``details["reason"]`` is the stable machine-readable kind), so callers and
tests read fields instead of parsing text. Codes and retry classes are the taxonomy's (§31).
"""

from __future__ import annotations

from typing import Any

from core.errors import DeterministicFailure, TransientFailure


class MissingArtifact(DeterministicFailure):
    """A stage needs an upstream artifact the run does not have yet."""

    def __init__(self, run_id: str, kind: str, produced_by: str, **kw: Any) -> None:
        super().__init__(f"run {run_id} has no {kind} artifact; materialize `{produced_by}` first",
                         run_id=run_id, reason="missing_artifact", kind=kind, produced_by=produced_by, **kw)
        self.kind = kind
        self.produced_by = produced_by


class ContextLengthExceeded(DeterministicFailure):
    """A prompt does not fit the model's context window (``reason=context_length_exceeded``).

    ``pre_send``: found before any request left (our token estimate); otherwise the provider said so.
    ``truncated``: truncation was allowed and still could not make it fit.
    """

    def __init__(self, target: str, *, prompt_tokens: int | None = None, context_length: int | None = None,
                 truncated: bool = False, pre_send: bool = False, **kw: Any) -> None:
        if truncated:
            msg = f"prompt cannot be truncated to fit {target}"
        elif prompt_tokens is not None:
            msg = f"prompt of ~{prompt_tokens} tokens does not fit {target} (context {context_length})"
        else:
            msg = f"context length exceeded at {target}"
        fields: dict[str, Any] = {"reason": "context_length_exceeded"}
        if pre_send:
            fields["pre_send"] = True
        super().__init__(msg + "; shorten the prompt or pick a model with a larger context", **fields, **kw)
        self.target = target
        self.prompt_tokens = prompt_tokens
        self.context_length = context_length


class EmbeddingDimensionMismatch(DeterministicFailure):
    """An embedding model returned vectors of more than one dimension, or not the registered one."""

    def __init__(self, target: str, dims: list[int], expected: int | None, **kw: Any) -> None:
        super().__init__(f"{target} returned vectors of dimension {dims}; fix `dims` of the model in the registry",
                         reason="embedding_dimension_mismatch", expected=expected, **kw)
        self.target = target
        self.dims = dims
        self.expected = expected


class MalformedResponse(TransientFailure):
    """A provider's response could not be read (``reason=malformed_body``); retried, then the fallback."""

    def __init__(self, target: str, what: str | None = None, **kw: Any) -> None:
        super().__init__(f"{target} {what}" if what else f"malformed response from {target}",
                         reason="malformed_body", **kw)
        self.target = target


class SourceCredentials(DeterministicFailure):
    """A SQL source refused the login or the database does not exist (retrying will not help)."""

    def __init__(self, location: str, action: str, server_message: str, **kw: Any) -> None:
        super().__init__(f"cannot {action} {location}: wrong credentials or database ({server_message}); "
                         "fix the connection URL or the role's grants", reason="credentials", location=location, **kw)
        self.location = location
        self.action = action


class RunAlreadyCompleted(DeterministicFailure):
    """``run stop`` of a mapping run the supervisor completed: there is nothing to stop, and a stop would mark a run
    whose data was promoted as cancelled (``reason=run_completed``)."""

    def __init__(self, run_id: str, *, promotion_left: bool = True, **kw: Any) -> None:
        undo = (f"to undo its promotion, use `mapwright migration rollback {run_id} --user <you> --role Operator`"
                if promotion_left else "it has no promotion to undo (nothing was promoted, or it was rolled back)")
        super().__init__(f"run {run_id} is completed: there is nothing to stop; {undo}",
                         run_id=run_id, reason="run_completed", promotion_left=promotion_left, **kw)
