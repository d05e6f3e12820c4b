"""The Analysis stage's source: the run's file (or SQL table) read one bounded batch at a time.

CSV files are read block by block (:mod:`core.ingest.table_batches`: pull-based, so a slow
consumer never makes the reader buffer the file ahead; a gzip'd or non-UTF-8 file decoded block by
block as it is read, never copied); Parquet files by row slices; SQL tables
in key order (:mod:`orchestration.analysis.sql_source`). Names and types are the ingest scan's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from adapters.sources import expand_env
from core.analysis.stage import SourceBatches
from core.artifacts import ArtifactKind, ArtifactStorePort
from core.catalog import TableSchema
from core.contract import RunContract
from core.errors import DeterministicFailure
from core.ingest.files import FileTable, discover, open_table, table_name
from core.ingest.header_row import HeaderSetting
from core.ingest.table_batches import table_batches
from orchestration.analysis.sql_source import sql_batches


def file_batches(location: Path, table: str | None = None, header: HeaderSetting = "auto") -> SourceBatches:
    """Stream ``table`` (default: the only table) of the file or folder at ``location`` (``header``: the
    contract's header-row setting, so the first record is read as the catalog read it)."""

    def stream(rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
        _stream(_table(location, table, header), rows, consume)

    return stream


def _table(location: Path, table: str | None, header: HeaderSetting = "auto") -> FileTable:
    taken: set[str] = set()
    paths = {table_name(p, taken): p for p in discover(location)}
    if table is None and len(paths) != 1:
        raise DeterministicFailure(f"{location} has {len(paths)} tables; the analysis reads exactly one",
                                   stage="ANALYSIS", tables=sorted(paths))
    name = table if table is not None else next(iter(paths))
    if name not in paths:
        raise DeterministicFailure(f"no table {name!r} in {location} (tables: {sorted(paths)})", stage="ANALYSIS",
                                   table=name)
    return open_table(paths[name], name, validate=False, header=header)


def _stream(t: FileTable, rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
    for batch in table_batches(t, rows, stage="ANALYSIS"):  # CSV blocks, Parquet row slices
        consume(batch)


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
        file_batches(Path(contract.lhs.location.removeprefix("file://")).expanduser(), tables[0].name,
                     contract.lhs.header)(rows, consume)

    return stream
