"""The Migration stage entry points over a planned example run: DuckDB load, dry run in metadata_only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.targets.sql_target import SqlTarget
from core.contract import RunContract
from core.ledger import Stage
from core.mapping.ports import MappingPorts
from core.migration.models import Disposition
from core.migration.stage import MigrationPorts, run_migration
from orchestration.example import EXAMPLE_SOURCE
from tests.analysis.conftest import frame_of

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _ports(ports: MappingPorts, url: str) -> MigrationPorts:
    return MigrationPorts(artifacts=ports.artifacts, ledger=ports.ledger, policy=ports.policy,
                          target=SqlTarget(url), source_frame=frame_of(EXAMPLE_SOURCE), secret=b"k",
                          batch_size=300, validation_checks=["row_count", "checksum", "fk_check"],
                          disposition=Disposition.REPLACE)


def test_the_example_migrates_into_duckdb_with_its_trail(planned: Callable[..., RunContract], ports: MappingPorts,
                                                          tmp_path: Path) -> None:
    contract = planned()
    mports = _ports(ports, f"duckdb:///{tmp_path / 't.duckdb'}")
    outcome = run_migration(contract, mports)
    figs = outcome.output("promotion").figures
    loaded, quarantined = int(figs["rows_loaded"]), int(figs["rows_quarantined"])
    assert figs["rows_in"] == 1000 and loaded + quarantined == 1000
    final = mports.target.final_frame("crm_customer")
    assert final.height == loaded and final["customer_id"].n_unique() == final.height
    actions = [e.action for e in ports.ledger.events(contract.run_id, Stage.MIGRATION)]
    assert actions[0] == "migration.preflight" and actions.count("migration.chunk") == 4
    assert actions[-1] == "migration.promoted"
    again = run_migration(contract, mports).output("promotion")
    assert int(again.figures["rows_loaded"]) == loaded
    assert final.sort("customer_id").equals(mports.target.final_frame("crm_customer").sort("customer_id"))


def test_metadata_only_stops_at_a_dry_run_plan(planned: Callable[..., RunContract], ports: MappingPorts,
                                               tmp_path: Path) -> None:
    contract = planned(mode="metadata_only")
    mports = _ports(ports, f"duckdb:///{tmp_path / 't.duckdb'}")
    outcome = run_migration(contract, mports)
    pre = outcome.output("migration_preflight")
    assert pre.figures["dry_run"] is True and pre.figures["chunks"] == 4
    assert [o.name for o in outcome.outputs] == ["migration_preflight"]
    assert not mports.target.table_exists("crm_customer")
    assert mports.target.checkpoints(contract.run_id) == []
