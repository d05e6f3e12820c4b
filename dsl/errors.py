"""The Transform DSL's own errors (the DSL is a bottom-layer library: it imports nothing of mapwright).

Like sqlglot's ``ParseError``, these carry structured fields (``op``, ``argument``, ``column``,
``dialect``, ... in ``details``) and a message that names the op and argument to fix. The
application's error taxonomy (``core.errors``, ROADMAP §31) registers :class:`DSLReject` under the
code ``DSL_REJECT`` (retry class ``no``, no fallback), so a DSL error is a taxonomy error wherever it
is caught (``core.errors.TAXONOMY_ERRORS``).
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["DSLError", "DSLReject", "DialectUnsupported"]


class DSLError(Exception):
    """Base of the DSL's errors: a message plus the taxonomy's structured fields."""

    #: taxonomy code (``core.errors.ErrorCode`` is a StrEnum, so the two compare equal)
    code: ClassVar[str] = "DSL_REJECT"

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
        """DSL errors are deterministic: never transient."""
        return False

    @property
    def retry(self) -> str:
        """Retry class ``no`` (``core.errors.RetryClass.NO``): the same program fails the same way again."""
        return "no"

    @property
    def fallback(self) -> bool | None:
        """No fallback path fixes an invalid program."""
        return False

    def to_dict(self) -> dict[str, Any]:
        """Structured form, for ledgers, logs and Dagster metadata (same keys as the taxonomy errors)."""
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
        """Pickle with the structured fields (errors cross process boundaries in Dagster)."""
        return (_rebuild, (type(self), self.message), self.__dict__.copy())


class DSLReject(DSLError):
    """A Transform DSL program is out of policy or invalid; names the op and argument."""


class DialectUnsupported(DSLReject):
    """The dialect cannot express an op exactly; the planner should fall back to Polars."""


def _rebuild(cls: type[DSLError], message: str) -> DSLError:
    return cls.__new__(cls, message)
