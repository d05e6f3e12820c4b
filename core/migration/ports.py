"""Port of the Migration stage: what a target database must offer the engine."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

import polars as pl

from core.migration.models import Checkpoint, MigrationSpec, QuarantineRecord


@runtime_checkable
class TargetPort(Protocol):
    """A writable target database (DuckDB, PostgreSQL, SQLite).

    The engine's exactly-once guarantee rests on :meth:`write_chunk`: a chunk's staged rows,
    its quarantine records and its checkpoint are written in ONE transaction, under a per-chunk
    lock, so a kill at any point leaves either all of them or none.
    """

    @property
    def dialect(self) -> str:
        """sqlglot dialect name of the target."""
        ...

    @property
    def location(self) -> str:
        """Where the target is (URL without password)."""
        ...

    def prepare(self, spec: MigrationSpec) -> None:
        """Create bookkeeping and staging tables if absent; check an existing final table (before any write)."""
        ...

    def checkpoints(self, run_id: str) -> list[Checkpoint]:
        """Checkpoints of the run, by chunk id."""
        ...

    def write_chunk(self, spec: MigrationSpec, chunk_id: int, rows: pl.DataFrame,
                    quarantine: list[QuarantineRecord], checkpoint: Checkpoint) -> bool:
        """Atomically replace the chunk's staged rows, quarantine records and checkpoint.

        Returns False (and writes nothing) when a checkpoint with the same content hash exists.
        """
        ...

    def discard_chunk(self, spec: MigrationSpec, chunk_id: int, content_hash: str) -> bool:
        """Remove a finished chunk (staged rows, quarantine records, checkpoint) in one transaction under the
        chunk's lock, only while its checkpoint still has ``content_hash``; False when it did not (nothing
        removed). A resumed run discards a chunk whose staged rows do not match it (:mod:`core.migration.recheck`)."""
        ...

    def staged_batches(self, spec: MigrationSpec, batch_rows: int = 200_000, *,
                       chunk_id: int | None = None, with_chunk: bool = False) -> Iterator[pl.DataFrame]:
        """The staged rows (target columns only; of one chunk when given) in batches, for the checksum;
        ``with_chunk`` adds the ``_mw_chunk`` column."""
        ...

    def staged_counts(self, spec: MigrationSpec) -> dict[int, int]:
        """``{chunk id: staged rows}`` of the run's staging table (chunks without rows absent)."""
        ...

    def fk_violations(self, spec: MigrationSpec) -> dict[str, int]:
        """Per foreign key, how many staged rows reference no row of the referenced table."""
        ...

    def promotion(self, run_id: str) -> dict[str, str] | None:
        """The promotion record of the run, if it was promoted."""
        ...

    def promote(self, spec: MigrationSpec, summary: dict[str, str], *, expect_marker: str | None = None) -> str | None:
        """Atomically move staging to final per the disposition; returns the kept previous version.

        The transaction first locks the final table's version (promotions and rollbacks of one table are
        serialized); with ``expect_marker`` it then raises
        :class:`~core.migration.errors.FinalTableChanged` (nothing written) when the table's marker
        (:meth:`core.migration.stream.StreamingTarget.final_marker`) is no longer that one."""
        ...

    def rollback(self, run_id: str, table: str) -> str:
        """Restore the version kept by the run's promotion; returns the table set aside."""
        ...

    def quarantine(self, run_id: str) -> list[QuarantineRecord]:
        """Quarantine records of the run."""
        ...

    def drop_quarantined(self, run_id: str, key_tokens: list[str]) -> int:
        """Remove the run's quarantine records of ``key_tokens`` (rows a release loaded); returns how many."""
        ...

    def table_exists(self, table: str) -> bool:
        """True when ``table`` exists in the target."""
        ...

    def final_frame(self, table: str) -> pl.DataFrame:
        """The whole final table (tests, small tables)."""
        ...


@runtime_checkable
class SettlingTarget(Protocol):
    """A target whose finished promotion can leave work to tidy (MariaDB: DDL commits on its own, so a promotion cut
    between its ``done`` record and the DROP of its staging table leaves that table)."""

    def settle_promotion(self, run_id: str) -> list[str]:
        """Under the final table's promotion lock, drop what the run's finished promotion left (best effort);
        returns the tables dropped."""
        ...


@runtime_checkable
class ColumnListingTarget(Protocol):
    """A target that lists a table's columns without reading its rows (the pre-flight's existing-table check)."""

    @property
    def folds_column_names(self) -> bool:
        """True when the target resolves column names case-insensitively (its names compare casefolded)."""
        ...

    def table_columns(self, table: str) -> list[str] | None:
        """The columns of ``table`` in the target, None when it does not exist."""
        ...
