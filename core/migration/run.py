"""Embedded callers of the Migration stage that hold a compiled spec (benchmarks, tests, examples).

:func:`migrate` builds in-memory ports (ledger, artifacts, the shipped policy) around a spec and
calls THE stage entry point :func:`core.migration.stage.run_migration`: the same pre-flight,
strategy choice, chunks, validations and promotion as the CLI and the Dagster assets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.contract import RunContract, contract_template
from core.errors import DeterministicFailure
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.ledger import LedgerPort
from core.migration.models import MigrationRun, MigrationSpec
from core.migration.ports import TargetPort
from core.migration.source_batches import SourceData
from core.migration.sql_source import SqlSourceRef
from core.migration.stage import MigrationPorts, load_chunks, preflight, prepared, run_migration
from core.policy import load_policy_engine

Source = SourceData | Callable[[], SourceData]
Progress = Callable[[int, int, int], None]


def embedded_contract(spec: MigrationSpec) -> RunContract:
    """A data_mode contract run by an Operator for ``spec`` (its run id when that is a ULID)."""
    args: dict[str, Any] = {"lhs_location": f"memory://{spec.table}", "rhs_location": f"memory://{spec.table}",
            "mode": "data_mode", "role": "Operator", "user_id": "embedded", "request_key": spec.run_id}
    try:
        return contract_template(**args, run_id=spec.run_id)
    except DeterministicFailure:  # not a ULID (a release run id): a contract of its own
        return contract_template(**args)


def embedded_ports(spec: MigrationSpec, source: Source | None, target: TargetPort, *, secret: bytes,
                   ledger: LedgerPort | None = None, sql_source: SqlSourceRef | None = None,
                   spill_dir: Path | None = None) -> MigrationPorts:
    """In-memory ports around a compiled spec (``source`` may be omitted for an ELT source table)."""

    def frame() -> SourceData:
        if source is None:
            raise DeterministicFailure("nothing to migrate: give a source frame or a SQL source inside the target",
                                       stage="MIGRATION", run_id=spec.run_id)
        return source() if callable(source) else source

    return MigrationPorts(artifacts=MemoryArtifacts(), ledger=ledger or MemoryLedger(), policy=load_policy_engine(),
                          target=target, source_frame=frame, secret=secret, batch_size=spec.batch_size,
                          validation_checks=list(spec.validation_checks), disposition=spec.disposition,
                          sql_source=sql_source, spec=spec, spill_dir=spill_dir)


def migrate(spec: MigrationSpec, source: Source | None, target: TargetPort, *, secret: bytes,
            sql_source: SqlSourceRef | None = None, ledger: LedgerPort | None = None, promote: bool = True,
            progress: Progress | None = None, should_stop: Callable[[], bool] | None = None,
            spill_dir: Path | None = None) -> MigrationRun:
    """Migrate ``source`` (or ``sql_source``) through ``spec`` into ``target`` with :func:`run_migration`.

    Resumable and idempotent: a re-run after a kill redoes only chunks without a checkpoint and
    promotes at most once; a promoted run is a no-op. The target is prepared up front so that a
    refusal raises its typed error (the stage records it as a failed pre-flight check). With
    ``promote=False`` only the pre-flight and the chunks run. Failed validations raise
    :class:`~core.migration.errors.ValidationFailed` (nothing promoted).
    """
    ports = embedded_ports(spec, source, target, secret=secret, ledger=ledger, sql_source=sql_source,
                           spill_dir=spill_dir)
    contract = embedded_contract(spec)
    if target.promotion(spec.run_id) is None:
        target.prepare(spec)
    if not promote:
        _, ready, _ = preflight(contract, ports)
        assert ready is not None
        with prepared(contract, ports, ready) as prep:
            load_chunks(contract, ports, prep=prep, progress=progress, should_stop=should_stop)
            ckpts = target.checkpoints(spec.run_id)
            return MigrationRun(run_id=spec.run_id, table=spec.table, target=target.location,
                                disposition=spec.disposition, chunks=prep.n_chunks, rows_in=prep.rows_in,
                                rows_loaded=sum(c.row_count_out for c in ckpts),
                                rows_quarantined=sum(c.quarantined for c in ckpts), checksum="", validations=[],
                                promoted=False, strategy_reason="loaded, not promoted (promote=False)")
    outcome = run_migration(contract, ports, progress=progress, should_stop=should_stop)
    if "migration_run" not in outcome.extra:  # held at the pre-flight gate
        gate = outcome.outputs[0].gate
        raise DeterministicFailure("the migration pre-flight held: " + "; ".join(gate.reasons if gate else []),
                                   stage="MIGRATION", run_id=spec.run_id)
    return MigrationRun.model_validate(outcome.extra["migration_run"])
