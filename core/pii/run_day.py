"""The day a run counts ages from when it masks (the birth-date window of :func:`core.pii.detect.profile_values`).

:func:`run_as_of` reads it from the run's own record, the UTC date of its first ledger event (the run's creation), so
the window moves with the run's time and a replay of the run, on any later day, decides the same. Stage entry points
pass it to :meth:`core.pii.ports.PiiMasker.mask_rows`; :class:`DatedMasker` binds it for code that masks without
knowing the run (the mapping stage's example rows). An eval passes its own fixed day
(:data:`core.ingest.pii_eval.EVAL_AS_OF`). Where no day is given (library calls) the masker's fixed default applies
(:func:`core.pii.detect.reference_day`) and, since that day may be years before the call, no date column is cleared
for holding no birth dates unless its header names a non-personal kind (a pupil born in 2013 is 13 on the fixed day
and 16 in 2029; an event header such as ``registered`` is no exception since round 3, as a later run masks it): no-run
calls mask more, never less."""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

from core.ledger.models import LedgerPort
from core.pii.ports import MaskResult, PiiMasker


def run_as_of(ledger: LedgerPort, run_id: str) -> date | None:
    """The run's recorded day: the UTC date of its first ledger event (the ledger is append-only, so it never
    changes); None before the run has any event."""
    first = next(iter(ledger.events(run_id)), None)
    if first is None:
        return None
    when = first.timestamp_utc
    return (when.astimezone(UTC) if when.tzinfo is not None else when).date()


class DatedMasker:
    """A :class:`core.pii.ports.PiiMasker` that masks with ``inner``, counting ages from ``as_of`` (a run's day)
    unless the caller gives its own."""

    def __init__(self, inner: PiiMasker, as_of: date | None) -> None:
        self.inner = inner
        self.as_of = as_of

    @property
    def name(self) -> str:
        """The inner masker's name (recorded in artifacts as before)."""
        return self.inner.name

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]], *, run_id: str | None = None,
                  headers: dict[str, str] | None = None, table: str | None = None,
                  as_of: date | None = None) -> MaskResult:
        """:meth:`core.pii.ports.PiiMasker.mask_rows` of ``inner`` with the bound day."""
        return self.inner.mask_rows(columns, rows, run_id=run_id, headers=headers, table=table,
                                    as_of=as_of or self.as_of)


def dated(masker: PiiMasker | None, as_of: date | None) -> PiiMasker | None:
    """``masker`` counting ages from ``as_of`` (None stays None; no day: ``masker`` itself)."""
    return masker if masker is None or as_of is None else DatedMasker(masker, as_of)


__all__ = ["DatedMasker", "dated", "run_as_of"]
