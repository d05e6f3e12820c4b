"""The Analysis stage's source: the run's file streamed in batches (Polars streaming engine).

The scan is the ingest scan (:class:`core.ingest.files.FileTable`: standardized names, the same
type inference and blank-record rule), collected with ``LazyFrame.collect_batches`` so only one
batch is in memory. When a value after the inference window does not parse, the column is re-read
as text from the first row not yet consumed (:func:`core.ingest.files.with_fallback`), so no row
is seen twice.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import polars as pl

from adapters.sources import expand_env
from core.analysis.stage import SourceBatches
from core.artifacts import ArtifactKind, ArtifactStorePort
from core.catalog import TableSchema
from core.contract import RunContract
from core.errors import DeterministicFailure
from core.ingest.files import FileTable, discover, open_table, table_name, with_fallback
from orchestration.analysis.sql_source import sql_batches


class _ConsumerFailed(Exception):
    """A Polars error raised by the consumer, carried past the file-error fallback unchanged."""

    def __init__(self, inner: pl.exceptions.PolarsError) -> None:
        super().__init__(str(inner))
        self.inner = inner


def file_batches(location: Path, table: str | None = None) -> SourceBatches:
    """Stream ``table`` (default: the only table) of the file or folder at ``location``."""

    def stream(rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
        work: list[Path] = []

        def workdir() -> Path:
            if not work:
                work.append(Path(tempfile.mkdtemp(prefix="mapwright-analysis-")))
            return work[0]

        try:
            _stream(_table(location, table, workdir), rows, consume)
        finally:
            for w in work:
                shutil.rmtree(w, ignore_errors=True)

    return stream


def _table(location: Path, table: str | None, workdir: Callable[[], Path]) -> FileTable:
    taken: set[str] = set()
    paths = {table_name(p, taken): p for p in discover(location)}
    if table is None and len(paths) != 1:
        raise DeterministicFailure(f"{location} has {len(paths)} tables; the analysis reads exactly one",
                                   stage="ANALYSIS", tables=sorted(paths))
    name = table if table is not None else next(iter(paths))
    if name not in paths:
        raise DeterministicFailure(f"no table {name!r} in {location} (tables: {sorted(paths)})", stage="ANALYSIS",
                                   table=name)
    return open_table(paths[name], name, workdir, validate=False)


def _stream(t: FileTable, rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
    done = 0

    def run(lf: pl.LazyFrame) -> None:
        nonlocal done
        for batch in lf.slice(done).collect_batches(chunk_size=rows, engine="streaming"):
            try:
                consume(batch)
            except pl.exceptions.PolarsError as exc:
                raise _ConsumerFailed(exc) from exc
            done += batch.height

    try:
        with_fallback(t, run)
    except _ConsumerFailed as exc:
        raise exc.inner from None


def run_source_batches(contract: RunContract, store: ArtifactStorePort) -> SourceBatches:
    """The run's source table as the catalog recorded it: a file streamed, a SQL table in key order."""

    def stream(rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
        cat = store.latest(contract.run_id, ArtifactKind.CATALOG)
        tables = [TableSchema.model_validate(t) for t in (cat.payload.get("tables", []) if cat else [])]
        if len(tables) != 1:
            raise DeterministicFailure(f"the run's source has {len(tables)} tables; the analysis reads exactly one",
                                       run_id=contract.run_id, stage="ANALYSIS", tables=[t.name for t in tables])
        if contract.lhs.source.type == "sql":
            sql_batches(expand_env(contract.lhs.location), tables[0], run_id=contract.run_id)(rows, consume)
            return
        file_batches(Path(contract.lhs.location.removeprefix("file://")).expanduser(), tables[0].name)(rows, consume)

    return stream
