"""The Analysis of a run whose source is a SQL table keyed on two columns: the table is read in
composite-keyset pages and the report has the same figures as the same rows read from the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.sources import open_source
from core.analysis import stage as stage_mod
from core.analysis.stage import AnalysisPorts, latest_report, run_analysis
from core.artifacts import ArtifactKind
from core.contract import RunContract, contract_template
from core.ingest.stage import build_catalog
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from orchestration.analysis.source import run_source_batches
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _sqlite_source(tmp_path: Path) -> str:
    raw = pl.read_csv(EXAMPLE_SOURCE, infer_schema=False)
    rows = raw.with_columns(pl.format("p{}", pl.int_range(pl.len()) % 3).alias("part"),
                            pl.int_range(pl.len()).alias("line")).sample(fraction=1.0, shuffle=True, seed=5)
    db = tmp_path / "crm.sqlite"
    eng = sa.create_engine(f"sqlite:///{db}")
    with eng.begin() as conn:
        t = sa.Table("customers", sa.MetaData(), *[sa.Column(c, sa.Text) for c in raw.columns],
                     sa.Column("part", sa.Text, nullable=False, primary_key=True),
                     sa.Column("line", sa.Integer, primary_key=True, autoincrement=False))
        t.create(conn)
        conn.execute(t.insert(), rows.to_dicts())
    eng.dispose()
    return f"sqlite:///{db}"


def test_a_composite_keyed_sql_source_is_analysed_like_the_file(
        ports: MappingPorts, planned: Callable[..., RunContract], analysis_ports: Callable[..., AnalysisPorts],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = _sqlite_source(tmp_path)
    c = contract_template(lhs_location=url, lhs_type="sql", rhs_location=str(EXAMPLE_TARGET), mode="data_mode",
                          role="Operator", user_id="tester", request_key=f"sql:{url}")
    build_catalog(c, open_source(c.lhs), policy=ports.policy, ledger=ports.ledger, artifacts=ports.artifacts)
    run_mapping(c, ports)
    cat = ports.artifacts.latest(c.run_id, ArtifactKind.CATALOG)
    assert cat is not None and cat.payload["tables"][0]["primary_key"] == ["part", "line"]
    monkeypatch.setattr(stage_mod, "BATCH_ROWS", 97)
    sql_ports = analysis_ports()
    pages: list[int] = []
    read = run_source_batches(c, ports.artifacts)

    def counted(rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
        read(rows, lambda b: (pages.append(b.height), consume(b))[-1])

    sql_ports.source_batches = counted
    run_analysis(c, sql_ports)
    from_sql = latest_report(sql_ports, c.run_id)

    file_run = planned()
    file_ports = analysis_ports()
    run_analysis(file_run, file_ports)
    from_file = latest_report(file_ports, file_run.run_id)
    assert len(pages) == 11 and sum(pages) == 1000  # composite-keyset pages of 97 rows
    assert from_sql.rows == from_file.rows == 1000
    assert from_sql.profiles == from_file.profiles
    assert sorted((f.finding_id, f.count) for f in from_sql.findings) == sorted(
        (f.finding_id, f.count) for f in from_file.findings)
