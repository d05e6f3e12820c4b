"""What the Migration stage needs from the outside world, and the run's spec compiled from its plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.artifacts import ArtifactKind, ArtifactStorePort
from core.catalog import Catalog
from core.contract import RunContract
from core.errors import DeterministicFailure
from core.ledger import LedgerPort, LedgerRecorder
from core.mapping.plan import MappingPlan
from core.mapping.target import TargetCatalog
from core.migration.models import Disposition, MigrationSpec
from core.migration.plan_spec import spec_from_plan
from core.migration.ports import TargetPort
from core.migration.source_batches import SourceData
from core.migration.spill_retention import SpillRetention
from core.migration.sql_source import SqlSourceRef
from core.policy import PolicyEngine

#: why ETL when no SQL source is given (or the run is a dry run)
ETL_REASON = "the source is not inside the target database: Polars batches (ETL)"


@dataclass
class MigrationPorts:
    """What the Migration stage needs from the outside world."""

    artifacts: ArtifactStorePort
    ledger: LedgerPort
    policy: PolicyEngine
    target: TargetPort
    #: the source table (standardized column names); a LazyFrame, a CSV / Parquet file or a BatchReader
    #: (a file source read straight from the file, core.migration.table_source) is read in batches
    source_frame: Callable[[], SourceData]
    secret: bytes
    batch_size: int
    validation_checks: list[str]
    disposition: Disposition = Disposition.REPLACE
    #: (run_id, source catalog) of the previous run over the same source, for schema evolution
    previous_catalog: Callable[[], tuple[str, Catalog] | None] | None = None
    #: the source as a SQL table (ELT when it is inside the target database; see core.migration.elt)
    sql_source: SqlSourceRef | None = None
    #: a spec compiled by the caller instead of the run's accepted plan (a quarantine release run,
    #: embedded callers); its run id keys the target's checkpoints, the contract's the ledger
    spec: MigrationSpec | None = None
    #: where the prepared source is kept between steps (chunks, promotion, resume); None: a temporary spill
    spill_dir: Path | None = None
    #: when kept spills of other runs expire (core.migration.spill_retention); None: never swept here
    spill_retention: SpillRetention | None = None


def recorder(contract: RunContract, ports: MigrationPorts) -> LedgerRecorder:
    """The stage's ledger recorder for ``contract``."""
    return LedgerRecorder(ports.ledger, contract.run_id, contract_hash=contract.contract_hash(),
                          policy_version=ports.policy.version)


def _rows_estimate(contract: RunContract, ports: MigrationPorts) -> int | None:
    cat_art = ports.artifacts.latest(contract.run_id, ArtifactKind.CATALOG)
    if cat_art is None:
        return None
    return sum(int(t.get("row_estimate") or 0) for t in cat_art.payload.get("tables", [])) or None


def compile_spec(contract: RunContract, ports: MigrationPorts) -> tuple[MigrationSpec, int | None]:
    """The run's migration spec from its accepted plan (raises MigrationNotReady while columns are open)."""
    if ports.spec is not None:
        return ports.spec, _rows_estimate(contract, ports)
    plan_art = ports.artifacts.latest(contract.run_id, ArtifactKind.MAPPING_PLAN)
    target_art = ports.artifacts.latest(contract.run_id, ArtifactKind.TARGET_CATALOG)
    if plan_art is None or target_art is None:
        raise DeterministicFailure(f"run {contract.run_id} has no accepted Mapping Plan; run the mapping stage "
                                   "first", run_id=contract.run_id, stage="MIGRATION")
    plan = MappingPlan.model_validate(plan_art.payload)
    target = TargetCatalog.model_validate(target_art.payload)
    spec = spec_from_plan(plan, target, batch_size=ports.batch_size, validation_checks=ports.validation_checks,
                          disposition=ports.disposition)
    return spec, _rows_estimate(contract, ports)
