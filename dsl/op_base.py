"""The base of every DSL op model (shared by :mod:`dsl.models` and the per-version op modules)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class OpBase(BaseModel):
    """A frozen, strict op: reads named columns, writes named columns."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def reads(self) -> list[str]:
        """Column names this op reads."""
        return [self.input] if hasattr(self, "input") else []  # type: ignore[attr-defined]

    def writes(self) -> list[str]:
        """Column names this op writes."""
        return [self.output] if hasattr(self, "output") else []  # type: ignore[attr-defined]
