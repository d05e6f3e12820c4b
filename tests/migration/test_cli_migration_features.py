"""CLI: `migration run --source-table` takes the ELT path; `quarantine release` after promotion merges."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from adapters.metadata_store import open_store
from adapters.pii import PresidioMasker
from adapters.sources import open_source
from core.contract import contract_template
from core.ingest.stage import build_catalog
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET
from tests.analysis.conftest import frame_of
from tests.migration.test_elt import load_source

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def test_cli_elt_run_and_release_after_promotion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", db_url)
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    store = open_store(db_url)
    c = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location=str(EXAMPLE_TARGET), mode="data_mode",
                          role="Operator", user_id="tester", request_key=f"cli-elt:{tmp_path}")
    store.save_run(c)
    pol = load_policy_engine()
    build_catalog(c, open_source(c.lhs), policy=pol, ledger=store, artifacts=store)
    run_mapping(c, MappingPorts(policy=pol, ledger=store, artifacts=store, profile=load_threshold_profile(
        c.threshold_profile_id), domain_catalog=load_domain_catalog(), open_source=open_source,
        masker=PresidioMasker()))
    store.close()
    target = f"duckdb:///{tmp_path / 't.duckdb'}"
    load_source(target, frame_of(EXAMPLE_SOURCE)(), "landing")
    runner = CliRunner()
    res = runner.invoke(cli, ["migration", "run", c.run_id, "--target", target, "--source-table", "landing"],
                        catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "strategy=ELT" in res.output and "rows_in=1000" in res.output
    rel = runner.invoke(cli, ["quarantine", "release", c.run_id, "--user", "ops", "--role", "Operator",
                              "--target", target], catch_exceptions=False)
    assert rel.exit_code == 0, rel.output
    assert "released after promotion: 0 row(s)" in rel.output
    eng = sa.create_engine(target)
    with eng.connect() as conn:
        n = conn.execute(sa.text('SELECT count(*) FROM "crm_customer"')).scalar_one()
    eng.dispose()
    assert "rows_loaded=" in res.output and f"rows_loaded={n}" in res.output
