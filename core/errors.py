"""The one error taxonomy of mapwright (ROADMAP §31).

Every failure that crosses a module boundary is a :class:`MapwrightError` subclass carrying a
taxonomy ``code``, a retry/fallback class and structured fields (``run_id``, ``stage``,
``chunk_id`` and free-form ``details``). Following dlt, the classes are split into
:class:`TerminalError` (deterministic: do not retry) and :class:`TransientError` (retry with the
policy of its code, then fall back).

The Transform DSL is a bottom-layer library with its own errors (:mod:`dsl.errors`); this module
registers them: ``DSLReject`` / ``DialectUnsupported`` are re-exported from ``dsl.errors`` (so
``except DSLReject`` catches what the DSL raises), ``error_for("DSL_REJECT")`` builds
:class:`TaxonomyDSLReject` (a :class:`TerminalError` that is also a ``DSLReject``), and
:data:`TAXONOMY_ERRORS` is the tuple a boundary catches to handle every taxonomy error.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar

from dsl.errors import DialectUnsupported, DSLError, DSLReject  # noqa: F401 - DialectUnsupported re-exported


class ErrorCode(StrEnum):
    """Codes of the error taxonomy (§31)."""

    POLICY_BLOCK = "POLICY_BLOCK"
    DSL_REJECT = "DSL_REJECT"
    PROVIDER_UNHEALTHY = "PROVIDER_UNHEALTHY"
    RATE_LIMIT = "RATE_LIMIT"
    TIMEOUT = "TIMEOUT"
    QUOTA_EXHAUSTED = "QUOTA_EXHAUSTED"
    TRANSIENT_ERROR = "TRANSIENT_ERROR"
    DETERMINISTIC_FAILURE = "DETERMINISTIC_FAILURE"
    QUARANTINE_REQUIRED = "QUARANTINE_REQUIRED"


class RetryClass(StrEnum):
    """How a caller may retry an error (§31 'Retry' column)."""

    NO = "no"
    YES = "yes"
    BACKOFF = "backoff"
    DELAY = "delay"


#: code -> (transient?, retry class, fallback allowed?)  — the §31 table, verbatim.
TAXONOMY: dict[ErrorCode, tuple[bool, RetryClass, bool | None]] = {
    ErrorCode.POLICY_BLOCK: (False, RetryClass.NO, False),
    ErrorCode.DSL_REJECT: (False, RetryClass.NO, False),
    ErrorCode.PROVIDER_UNHEALTHY: (True, RetryClass.YES, True),
    ErrorCode.RATE_LIMIT: (True, RetryClass.BACKOFF, True),
    ErrorCode.TIMEOUT: (True, RetryClass.YES, True),
    ErrorCode.QUOTA_EXHAUSTED: (True, RetryClass.DELAY, True),
    ErrorCode.TRANSIENT_ERROR: (True, RetryClass.YES, True),
    ErrorCode.DETERMINISTIC_FAILURE: (False, RetryClass.NO, False),
    ErrorCode.QUARANTINE_REQUIRED: (False, RetryClass.NO, None),
}


class MapwrightError(Exception):
    """Base of every taxonomy error. Carries structured fields for the ledger and logs."""

    code: ClassVar[ErrorCode] = ErrorCode.DETERMINISTIC_FAILURE

    def __init__(
        self,
        message: str,
        *,
        run_id: str | None = None,
        stage: str | None = None,
        chunk_id: str | None = None,
        **details: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.run_id = run_id
        self.stage = stage
        self.chunk_id = chunk_id
        self.details: dict[str, Any] = details

    @property
    def transient(self) -> bool:
        """True when the error may go away on retry."""
        return TAXONOMY[self.code][0]

    @property
    def retry(self) -> RetryClass:
        """Retry class of this error's code."""
        return TAXONOMY[self.code][1]

    @property
    def fallback(self) -> bool | None:
        """Whether a fallback (another provider/path) is allowed; None = not applicable."""
        return TAXONOMY[self.code][2]

    def to_dict(self) -> dict[str, Any]:
        """Structured form, for ledgers, logs and Dagster metadata."""
        return {
            "code": str(self.code),
            "message": self.message,
            "run_id": self.run_id,
            "stage": self.stage,
            "chunk_id": self.chunk_id,
            "transient": self.transient,
            "retry": str(self.retry),
            "details": self.details,
        }

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the structured fields (errors cross process boundaries in Dagster). The instance
        is rebuilt without calling ``__init__``, so typed subclasses with their own constructor
        arguments (:mod:`core.failures`) round-trip too."""
        return (_rebuild, (type(self), self.message), self.__dict__.copy())


class TerminalError(MapwrightError):
    """Deterministic failure: retrying with the same input gives the same result."""


class TransientError(MapwrightError):
    """May succeed on retry (after backoff/delay) or on a fallback path."""

    def __init__(self, message: str, *, retry_after_s: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after_s = retry_after_s


class PolicyBlock(TerminalError):
    """The policy engine refused the action (mode, PII, RBAC, egress, cost cap)."""

    code = ErrorCode.POLICY_BLOCK


class TaxonomyDSLReject(TerminalError, DSLReject):
    """``DSL_REJECT`` raised outside the DSL (``error_for``): a terminal taxonomy error and a ``DSLReject``."""

    code = ErrorCode.DSL_REJECT


class DeterministicFailure(TerminalError):
    """Bad input or contract: malformed files, wrong credentials, missing keys."""

    code = ErrorCode.DETERMINISTIC_FAILURE


class QuarantineRequired(TerminalError):
    """Migration validation failed for some rows; they go to quarantine."""

    code = ErrorCode.QUARANTINE_REQUIRED


class ProviderUnhealthy(TransientError):
    """A provider's health probe failed or it is down."""

    code = ErrorCode.PROVIDER_UNHEALTHY


class RateLimited(TransientError):
    """HTTP 429 or equivalent; ``retry_after_s`` honours Retry-After."""

    code = ErrorCode.RATE_LIMIT


class Timeout(TransientError):
    """Lane deadline or transport timeout exceeded."""

    code = ErrorCode.TIMEOUT


class QuotaExhausted(TransientError):
    """Provider quota or a budget is exhausted; may switch lane or provider."""

    code = ErrorCode.QUOTA_EXHAUSTED


class TransientFailure(TransientError):
    """Generic 5xx / connection reset."""

    code = ErrorCode.TRANSIENT_ERROR


ERROR_CLASSES: dict[ErrorCode, type[MapwrightError]] = {
    cls.code: cls
    for cls in (
        PolicyBlock,
        TaxonomyDSLReject,
        DeterministicFailure,
        QuarantineRequired,
        ProviderUnhealthy,
        RateLimited,
        Timeout,
        QuotaExhausted,
        TransientFailure,
    )
}


#: every exception class of the taxonomy: what a boundary (CLI, sensor) catches to report a failure by code
TAXONOMY_ERRORS: tuple[type[Exception], ...] = (MapwrightError, DSLError)


def _rebuild(cls: type[MapwrightError], message: str) -> MapwrightError:
    return cls.__new__(cls, message)


def error_for(code: ErrorCode | str, message: str, **kw: Any) -> MapwrightError:
    """Build the exception class registered for ``code``."""
    return ERROR_CLASSES[ErrorCode(code)](message, **kw)
