"""Build the Migration stage's ports from settings: target URL, token key, source frame.

Shared by the Dagster assets and the CLI so both migrate exactly the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from adapters.metadata_store import MetadataStore, RunStatus
from adapters.sources import expand_env
from adapters.sources.files import FileSource
from adapters.sources.sql_table_reader import SqlTableReader
from adapters.targets.factory import open_target
from core.artifacts import ArtifactKind
from core.catalog import Catalog, TableSchema
from core.contract import RunContract
from core.errors import DeterministicFailure
from core.migration.models import Disposition
from core.migration.source_batches import SourceData
from core.migration.spill_retention import SpillRetention
from core.migration.stage import MigrationPorts
from core.migration.table_source import FileTableSource
from core.paths import var_dir
from core.pii.keys import key_file
from core.policy import PolicyEngine
from core.settings import get_settings
from core.thresholds import load_threshold_profile


def target_url(override: str | None = None) -> str:
    """The migration target: ``override``, else ``MAPWRIGHT_TARGET_URL``, else DuckDB under the state folder.

    A password may appear only as a ``${ENV}`` reference, expanded here at connect time.
    """
    url = override or get_settings().target_url or f"duckdb:///{var_dir() / 'target.duckdb'}"
    return expand_env(url)


def token_key() -> bytes:
    """The installation's secret for keyed tokens of quarantined keys (created once, mode 0600)."""
    return key_file("quarantine_token.key")


def source_frame(contract: RunContract, store: MetadataStore) -> Callable[[], SourceData]:
    """The run's source table when called: a file source read block by block straight from the file (its
    batches bounded in memory, no copy of it on disk: :class:`core.migration.table_source.FileTableSource`);
    a SQL source read in key-ordered batches."""

    def read() -> SourceData:
        cat = store.latest(contract.run_id, ArtifactKind.CATALOG)
        tables = [t["name"] for t in (cat.payload.get("tables", []) if cat else [])]
        if len(tables) != 1:
            raise DeterministicFailure(f"the run's source has {len(tables)} tables; a migration reads exactly one",
                                       run_id=contract.run_id, stage="MIGRATION", tables=tables)
        assert cat is not None
        schema = Catalog.model_validate(cat.payload).tables[0]
        if contract.lhs.source.type == "sql":  # read-only, key-ordered batches (core.migration.sql_source)
            return sql_table_frame(expand_env(contract.lhs.location), schema)
        # a gzip'd or non-UTF-8 file is decoded block by block as it is read (no copy of it anywhere)
        # (header: the contract's setting, so the header-row decision is the catalog's)
        source = FileSource(Path(contract.lhs.location.removeprefix("file://")).expanduser(),
                            header=contract.lhs.header)
        return FileTableSource(source.table(tables[0]), schema)

    return read


def sql_table_frame(url: str, table: TableSchema, batch_rows: int = 100_000) -> pl.DataFrame:
    """A SQL source table read in key-ordered batches, columns renamed to the catalog's standardized names."""
    reader = SqlTableReader(url)
    try:
        cols = [c.original_name for c in table.columns]
        keys = [c.original_name for c in table.columns if c.is_key] or cols[:1]
        parts = list(reader.read_ordered(table.name, cols, keys, batch_rows))
    finally:
        reader.dispose()
    names = {c.original_name: c.name for c in table.columns}
    if not parts:
        return pl.DataFrame({n: pl.Series(n, [], pl.String) for n in names.values()})
    return pl.concat(parts, how="vertical_relaxed").rename(names)


def previous_catalog(contract: RunContract, store: MetadataStore) -> Callable[[], tuple[str, Catalog] | None]:
    """The catalog of the latest earlier run over the same source location (schema evolution, §42)."""

    def find() -> tuple[str, Catalog] | None:
        me = store.get_run(contract.run_id)
        for rec in store.list_runs():
            if rec.run_id == contract.run_id or rec.contract.lhs.location != contract.lhs.location:
                continue
            if me is not None and rec.created_at > me.created_at:
                continue
            art = store.latest(rec.run_id, ArtifactKind.CATALOG)
            if art is not None:
                return rec.run_id, Catalog.model_validate(art.payload)
        return None

    return find


def batch_size(default: int) -> int:
    """Rows per chunk: ``MAPWRIGHT_MIGRATION_BATCH_SIZE`` when set (operators, drills), else the profile's."""
    value = (get_settings().migration_batch_size or "").strip()
    if not value:
        return default
    if not value.isdecimal() or int(value) <= 0:
        raise DeterministicFailure(f"MAPWRIGHT_MIGRATION_BATCH_SIZE={value!r} is not a positive integer",
                                   stage="MIGRATION")
    return int(value)


def spill_dir() -> Path:
    """Where runs keep their sealed spills between Dagster steps (``<state folder>/migration_spill``)."""
    return var_dir() / "migration_spill"


def spill_retention(store: MetadataStore, hours: float) -> SpillRetention:
    """The retention rule of kept spills: ``hours``, and a run whose status is ``running`` is live (kept)."""

    def is_live(run_id: str) -> bool:
        rec = store.get_run(run_id)
        return rec is not None and rec.status == RunStatus.RUNNING

    return SpillRetention(hours=hours, is_live=is_live)


def migration_ports(contract: RunContract, store: MetadataStore, policy: PolicyEngine, *,
                    url: str | None = None, disposition: Disposition = Disposition.REPLACE) -> MigrationPorts:
    """Every port of the Migration stage for ``contract``."""
    profile = load_threshold_profile(contract.threshold_profile_id)
    return MigrationPorts(
        artifacts=store, ledger=store, policy=policy, target=open_target(target_url(url)),
        source_frame=source_frame(contract, store), secret=token_key(),
        batch_size=batch_size(profile.migration.batch_size),
        validation_checks=list(profile.migration.validation_checks),
        disposition=disposition, previous_catalog=previous_catalog(contract, store),
        spill_dir=spill_dir(), spill_retention=spill_retention(store, profile.migration.spill_retention_hours))
