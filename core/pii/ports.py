"""PII masking port: what the ingest stage needs from a masker."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from core.catalog import MaskedCell


class MaskResult(BaseModel):
    """Masked rows plus, per column, what was masked."""

    rows: list[dict[str, Any]]
    masking: list[MaskedCell] = Field(default_factory=list)
    engine: str = ""
    #: Per column: stored in clear or masked, and why (kept out of the Sample Pack's rows).
    decisions: list[Any] = Field(default_factory=list)

    @property
    def cells_masked(self) -> int:
        """Total masked cells."""
        return sum(m.cells_masked for m in self.masking)


@runtime_checkable
class PiiMasker(Protocol):
    """Masks sample rows: deny by default (see :mod:`core.pii.masker`), deterministic within a run."""

    @property
    def name(self) -> str:
        """Engine name and version, recorded in the Sample Pack."""
        ...

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]], *, run_id: str | None = None,
                  headers: dict[str, str] | None = None, table: str | None = None,
                  as_of: date | None = None) -> MaskResult:
        """Mask ``rows`` (JSON-safe dicts keyed by ``columns``); column names (or the source's own
        ``headers`` per column, when given) and the ``table`` name are detection context; ``run_id`` keys
        the equality tokens; ``as_of`` is the run's day ages are counted from (None, a call without a run: a fixed
        default, :func:`core.pii.detect.reference_day`, under which no date column is cleared for holding no birth
        dates; callers that know a day pass it)."""
        ...
