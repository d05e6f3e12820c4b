"""The Migration stage with a SQL source inside the target: pre-flight records ELT and why, run_migration runs it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.targets.elt_target import EltSqlTarget
from core.artifacts import ArtifactKind
from core.contract import RunContract
from core.ledger import Stage
from core.mapping.ports import MappingPorts
from core.migration.models import Disposition
from core.migration.sql_source import SqlSourceRef
from core.migration.stage import MigrationPorts, run_migration
from orchestration.example import EXAMPLE_SOURCE
from tests.analysis.conftest import frame_of, planned  # noqa: F401 - fixtures
from tests.mapping.conftest import domain_catalog, make_run, masker, ports  # noqa: F401 - fixtures
from tests.migration.test_elt import load_source

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _ports(ports: MappingPorts, url: str, source: SqlSourceRef | None) -> MigrationPorts:  # noqa: F811
    return MigrationPorts(artifacts=ports.artifacts, ledger=ports.ledger, policy=ports.policy,
                          target=EltSqlTarget(url), source_frame=frame_of(EXAMPLE_SOURCE), secret=b"k",
                          batch_size=300, validation_checks=["row_count", "checksum", "fk_check"],
                          disposition=Disposition.REPLACE, sql_source=source)


def test_example_runs_elt_when_its_table_is_in_the_target(planned: Callable[..., RunContract],  # noqa: F811
                                                          ports: MappingPorts, tmp_path: Path) -> None:  # noqa: F811
    url = f"duckdb:///{tmp_path / 't.duckdb'}"
    frame = frame_of(EXAMPLE_SOURCE)()
    load_source(url, frame, "landing_customers")
    contract = planned()
    elt = _ports(ports, url, SqlSourceRef(url=url, table="landing_customers"))
    outcome = run_migration(contract, elt)
    pre = ports.artifacts.latest(contract.run_id, ArtifactKind.MIGRATION_RUN)
    assert pre is not None and pre.payload["strategy"] == "ELT"
    figs = outcome.output("promotion").figures
    assert figs["strategy"] == "ELT" and figs["rows_in"] == 1000
    elt_rows = elt.target.final_frame("crm_customer").sort("customer_id")
    events = ports.ledger.events(contract.run_id, Stage.MIGRATION)
    pf = next(e for e in events if e.action == "migration.preflight" and "checks" in e.detail)
    assert pf.detail["strategy"] == "ELT" and "compiles for duckdb" in pf.detail["strategy_reason"]
    # the same run through ETL (a file source) into another target loads the same rows
    etl = _ports(ports, f"duckdb:///{tmp_path / 'etl.duckdb'}", None)
    contract2 = planned()
    run_migration(contract2, etl)
    etl_rows = etl.target.final_frame("crm_customer").sort("customer_id")
    assert figs["rows_loaded"] == etl_rows.height
    assert elt_rows.rows() == etl_rows.select(elt_rows.columns).rows()
