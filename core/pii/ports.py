"""PII masking port: what the ingest stage needs from a masker."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from core.catalog import MaskedCell


class MaskResult(BaseModel):
    """Masked rows plus, per column, what was masked."""

    rows: list[dict[str, Any]]
    masking: list[MaskedCell] = Field(default_factory=list)
    engine: str = ""

    @property
    def cells_masked(self) -> int:
        """Total masked cells."""
        return sum(m.cells_masked for m in self.masking)


@runtime_checkable
class PiiMasker(Protocol):
    """Replaces PII in sample rows with ``<ENTITY_TYPE>`` placeholders, deterministically."""

    @property
    def name(self) -> str:
        """Engine name and version, recorded in the Sample Pack."""
        ...

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]]) -> MaskResult:
        """Mask ``rows`` (JSON-safe dicts keyed by ``columns``); column names are detection context."""
        ...
