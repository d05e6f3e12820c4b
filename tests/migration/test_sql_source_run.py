"""A run whose source is a SQL table: ingest, mapping, then the Migration stage reads the table
(read-only, key-ordered batches, catalog names) and loads the same rows as from the file."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.sources import open_source
from adapters.targets.factory import open_target
from core.contract import contract_template
from core.ingest.stage import build_catalog
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.migration.models import Disposition
from core.migration.stage import MigrationPorts, run_migration
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET
from orchestration.migration.wiring import source_frame
from tests.analysis.conftest import frame_of
from tests.mapping.conftest import domain_catalog, masker, ports  # noqa: F401 - fixtures

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def test_sql_source_run_migrates_like_the_file(ports: MappingPorts, tmp_path: Path) -> None:  # noqa: F811
    raw = pl.read_csv(EXAMPLE_SOURCE, infer_schema=False)
    db = tmp_path / "crm.sqlite"
    eng = sa.create_engine(f"sqlite:///{db}")
    with eng.begin() as conn:
        t = sa.Table("customers", sa.MetaData(), *[sa.Column(c, sa.Text) for c in raw.columns])
        t.create(conn)
        conn.execute(t.insert(), raw.sample(fraction=1.0, shuffle=True, seed=5).to_dicts())
    eng.dispose()
    c = contract_template(lhs_location=f"sqlite:///{db}", lhs_type="sql", rhs_location=str(EXAMPLE_TARGET),
                          mode="data_mode", role="Operator", user_id="tester", request_key=f"sql:{db}")
    build_catalog(c, open_source(c.lhs), policy=ports.policy, ledger=ports.ledger, artifacts=ports.artifacts)
    frame = source_frame(c, ports.artifacts)()  # type: ignore[arg-type]
    from_file = frame_of(EXAMPLE_SOURCE)()
    assert sorted(frame.columns) == sorted(from_file.columns) and frame.height == from_file.height
    text = [pl.col(c).cast(pl.String) for c in sorted(frame.columns)]
    assert sorted(frame.select(text).rows(), key=str) == sorted(from_file.select(text).rows(), key=str)
    run_mapping(c, ports)
    target = open_target(f"duckdb:///{tmp_path / 't.duckdb'}")
    mports = MigrationPorts(artifacts=ports.artifacts, ledger=ports.ledger, policy=ports.policy, target=target,
                            source_frame=source_frame(c, ports.artifacts), secret=b"k",  # type: ignore[arg-type]
                            batch_size=300, validation_checks=["row_count", "checksum", "fk_check"],
                            disposition=Disposition.REPLACE)
    figs = run_migration(c, mports).output("promotion").figures
    assert figs["rows_in"] == raw.height
    assert target.final_frame("crm_customer").height == figs["rows_loaded"]
