"""`migration rollback` of a run whose table a later run promoted again is refused (it would replace the later
run's rows with the older run's kept version, or drop the table), names the run to roll back first, and is on the
ledger; in promotion order (latest first) both rollbacks go through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from adapters.metadata_store import open_store
from adapters.pii import PresidioMasker
from adapters.sources import open_source
from core.contract import RunContract, contract_template
from core.ingest.stage import build_catalog
from core.ledger import Decision, Stage
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _mapped_run(db_url: str, source: Path, key: str) -> RunContract:
    store = open_store(db_url)
    try:
        c = contract_template(lhs_location=str(source), rhs_location=str(EXAMPLE_TARGET), mode="data_mode",
                              role="Operator", user_id="tester", request_key=key)
        store.save_run(c)
        pol = load_policy_engine()
        build_catalog(c, open_source(c.lhs), policy=pol, ledger=store, artifacts=store)
        run_mapping(c, MappingPorts(policy=pol, ledger=store, artifacts=store, profile=load_threshold_profile(
            c.threshold_profile_id), domain_catalog=load_domain_catalog(), open_source=open_source,
            masker=PresidioMasker()))
    finally:
        store.close()
    return c


def _rows(target: str) -> int:
    eng = sa.create_engine(target)
    try:
        with eng.connect() as conn:
            return int(conn.execute(sa.text('SELECT count(*) FROM "crm_customer"')).scalar_one())
    finally:
        eng.dispose()


def _assert_refused(runner: CliRunner, first: RunContract, second: RunContract, target: str, db_url: str) -> Any:
    """Rolling back ``first`` is refused, names ``second``, leaves the later rows and is on ``first``'s ledger
    (returns that ledger event)."""
    refused = runner.invoke(cli, ["migration", "rollback", first.run_id, "--user", "ops", "--role", "Operator",
                                  "--target", target], catch_exceptions=False)
    assert refused.exit_code == 1
    assert f"run {first.run_id} is not the latest promotion of crm_customer" in refused.stderr
    assert f"mapwright migration rollback {second.run_id}" in refused.stderr
    assert _rows(target) == 120  # the later run's rows are still there
    store = open_store(db_url)
    try:
        last = store.events(first.run_id)[-1]
    finally:
        store.close()
    assert (last.stage, last.decision, last.action, last.error_code) == \
        (Stage.SUPERVISOR, Decision.REJECT, "migration.rollback", "DETERMINISTIC_FAILURE")
    return last


def test_rollback_of_an_older_promotion_is_refused_until_the_later_one_is_rolled_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", db_url)
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    small = tmp_path / "customers_small.csv"
    small.write_text("".join(EXAMPLE_SOURCE.read_text(encoding="utf-8").splitlines(True)[:121]), encoding="utf-8")
    first = _mapped_run(db_url, EXAMPLE_SOURCE, f"rollback-order-1:{tmp_path}")
    second = _mapped_run(db_url, small, f"rollback-order-2:{tmp_path}")
    target = f"duckdb:///{tmp_path / 't.duckdb'}"
    runner = CliRunner()
    for c in (first, second):
        res = runner.invoke(cli, ["migration", "run", c.run_id, "--target", target], catch_exceptions=False)
        assert res.exit_code == 0, res.output
    assert _rows(target) == 120

    _assert_refused(runner, first, second, target, db_url)

    for c, rows in ((second, 1000), (first, None)):
        res = runner.invoke(cli, ["migration", "rollback", c.run_id, "--user", "ops", "--role", "Operator",
                                  "--target", target], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        if rows is not None:
            assert _rows(target) == rows  # the first run's version is back


def test_a_later_promotion_made_from_another_metadata_store_is_seen_by_the_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two metadata stores promote into one target table: the older run's store knows nothing of the newer run, so
    only the target's own promotion records can refuse the rollback (and the refusal is on the older run's ledger)."""
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    small = tmp_path / "customers_small.csv"
    small.write_text("".join(EXAMPLE_SOURCE.read_text(encoding="utf-8").splitlines(True)[:121]), encoding="utf-8")
    db_old, db_new = f"sqlite:///{tmp_path / 'old.db'}", f"sqlite:///{tmp_path / 'new.db'}"
    first = _mapped_run(db_old, EXAMPLE_SOURCE, f"rollback-stores-1:{tmp_path}")
    second = _mapped_run(db_new, small, f"rollback-stores-2:{tmp_path}")
    target = f"duckdb:///{tmp_path / 't.duckdb'}"
    runner = CliRunner()
    for c, db in ((first, db_old), (second, db_new)):
        monkeypatch.setenv("MAPWRIGHT_DB_URL", db)
        res = runner.invoke(cli, ["migration", "run", c.run_id, "--target", target], catch_exceptions=False)
        assert res.exit_code == 0, res.output
    assert _rows(target) == 120

    monkeypatch.setenv("MAPWRIGHT_DB_URL", db_old)
    last = _assert_refused(runner, first, second, target, db_old)
    assert last.detail["later_runs"] == [second.run_id]

    for c, db, rows in ((second, db_new, 1000), (first, db_old, None)):
        monkeypatch.setenv("MAPWRIGHT_DB_URL", db)
        res = runner.invoke(cli, ["migration", "rollback", c.run_id, "--user", "ops", "--role", "Operator",
                                  "--target", target], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        if rows is not None:
            assert _rows(target) == rows
