"""A source port that opens the run's source on first use, inside the ingest stage.

The ingest asset used to open the source (``adapters.sources.open_source``) while building the
ports, before :func:`core.ingest.run.iter_ingest` ran. A source that cannot be opened (a file that
does not exist, an unsupported URL) then failed the Dagster step without an INGEST ledger event,
so the supervisor saw only a missing gate, re-requested the stage three times and halted without
the reason. Opened here on first use, the error is raised inside the stage's recorded step: it is
recorded as an INGEST reject with its code and message, and the supervisor halts on it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import polars as pl

from core.catalog import TableSchema
from core.contract import SampleCaps
from core.ingest.ports import SamplePlan, SamplePrefetch, SourcePort


class LazySource:
    """A :class:`SourcePort` (and :class:`SamplePrefetch`) over ``opener()``, called once, on first use."""

    def __init__(self, opener: Callable[[], SourcePort]) -> None:
        self._opener = opener
        self._source: SourcePort | None = None

    def _open(self) -> SourcePort:
        if self._source is None:
            self._source = self._opener()
        return self._source

    @property
    def source_type(self) -> Literal["file", "sql"]:
        """The opened source's type."""
        return self._open().source_type

    @property
    def location(self) -> str:
        """The opened source's location (password removed)."""
        return self._open().location

    @property
    def dialect(self) -> str | None:
        """The opened source's SQL dialect (None for files)."""
        return self._open().dialect

    def expect_samples(self, caps: SampleCaps, seed: int) -> None:
        """Forwarded when the opened source can sample in its statistics scan; otherwise nothing."""
        source = self._open()
        if isinstance(source, SamplePrefetch):
            source.expect_samples(caps, seed)

    def introspect(self, *, with_stats: bool) -> list[TableSchema]:
        """The opened source's tables."""
        return self._open().introspect(with_stats=with_stats)

    def sample(self, table: str, plan: SamplePlan) -> pl.DataFrame:
        """A sample of the opened source's ``table``."""
        return self._open().sample(table, plan)

    def __getattr__(self, name: str) -> Any:
        """Anything else a concrete source offers, from the opened source."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._open(), name)
