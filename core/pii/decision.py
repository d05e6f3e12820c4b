"""The per-column privacy decision (its own module so the table-level rules and :mod:`core.pii.decide` share it
without importing each other)."""

from __future__ import annotations

from pydantic import BaseModel


class ColumnDecision(BaseModel):
    """Whether one column is stored in clear, and why; the entity of a masked column (or None)."""

    column: str
    clear: bool
    entity: str | None = None
    reason: str
