"""The drift reference reads a bounded, deterministic key-hash sample of the live target, and names it.

Adapter level on SQLite, DuckDB, PostgreSQL and MariaDB (same rows whatever the insertion order,
at most the asked rows, the table's row count); stage level: the report names the live target,
the sample size and the row count, and the drift is measured on that sample.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from adapters.targets.factory import open_target
from adapters.targets.sql_target import SqlTarget
from core.analysis import stage as stage_mod
from core.analysis.drift import histogram
from core.analysis.stage import latest_report, run_analysis
from core.contract import RunContract
from tests.conftest import MARIADB_URL, POSTGRES_URL

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")
N = 400


def _fill(url: str, table: str, order_seed: int) -> None:
    md = sa.MetaData()
    t = sa.Table(table, md, sa.Column("customer_id", sa.BigInteger, primary_key=True, autoincrement=False),
                 sa.Column("lifetime_value", sa.Float), sa.Column("note", sa.Text))
    rows = [{"customer_id": i, "lifetime_value": float(i % 100), "note": f"n{i}"} for i in range(N)]
    random.Random(order_seed).shuffle(rows)
    eng = sa.create_engine(url)
    with eng.begin() as c:
        t.drop(c, checkfirst=True)
        md.create_all(c)
        c.execute(t.insert(), rows)
    eng.dispose()


def _drop(url: str, table: str) -> None:
    eng = sa.create_engine(url)
    with eng.begin() as c:
        sa.Table(table, sa.MetaData()).drop(c, checkfirst=True)
    eng.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'target.db'}"


def _bounded_deterministic(url: str, table: str) -> None:
    target = open_target(url)
    try:
        _fill(url, table, order_seed=1)
        first = target.reference_sample(table, ["lifetime_value", "missing"], ["customer_id"], 50)
        assert first.total_rows == N and first.frame.columns == ["lifetime_value"] and first.frame.height == 50
        _fill(url, table, order_seed=2)  # same content, another physical order
        again = target.reference_sample(table, ["lifetime_value", "customer_id"], ["customer_id"], 50)
        assert sorted(again.frame["lifetime_value"].to_list()) == sorted(first.frame["lifetime_value"].to_list())
        ids = again.frame["customer_id"].to_list()
        assert len(set(ids)) == 50 and sorted(ids) != list(range(50))  # not simply the first keys
        assert max(ids) - min(ids) > N // 2  # spread over the key space
        whole = target.reference_sample(table, ["customer_id"], ["customer_id"], 10 * N)
        assert whole.frame.height == N == whole.total_rows
    finally:
        target.dispose()
        _drop(url, table)


def test_reference_sample_sqlite(sqlite_url: str) -> None:
    _bounded_deterministic(sqlite_url, "crm_customer")


def test_reference_sample_duckdb(tmp_path: Path) -> None:
    _bounded_deterministic(f"duckdb:///{tmp_path / 't.duckdb'}", "crm_customer")


@pytest.mark.postgres
def test_reference_sample_postgres() -> None:
    _bounded_deterministic(POSTGRES_URL, f"mw_ref_{uuid.uuid4().hex[:10]}")


@pytest.mark.mariadb
def test_reference_sample_mariadb() -> None:
    _bounded_deterministic(MARIADB_URL, f"mw_ref_{uuid.uuid4().hex[:10]}")


@pytest.fixture
def live_target(sqlite_url: str) -> Iterator[SqlTarget]:
    _fill(sqlite_url, "crm_customer", order_seed=3)
    target = SqlTarget(sqlite_url)
    yield target
    target.dispose()


def test_the_report_names_the_live_reference_and_its_sample(planned: Callable[..., RunContract],
                                                            analysis_ports: Callable[..., stage_mod.AnalysisPorts],
                                                            live_target: SqlTarget,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage_mod, "REFERENCE_ROWS", 120)
    contract = planned()
    aports = analysis_ports()
    aports.target = live_target
    run_analysis(contract, aports)
    report = latest_report(aports, contract.run_id)
    ref = report.drift_reference
    assert ref is not None and ref.kind == "live_target"
    assert (ref.sample_rows, ref.total_rows) == (120, N)
    assert "crm_customer" in ref.name and "120 of 400 rows" in ref.name and "key hash" in ref.name
    drift = next(d for d in report.drift if d.column == "lifetime_value")
    assert drift.reference == ref.name
    # the reference histogram is the sample's (the same 120 rows read again)
    ref_frame = live_target.reference_sample("crm_customer", ["lifetime_value"], ["customer_id"], 120).frame
    hist = histogram(ref_frame["lifetime_value"])
    assert hist is not None and [round(e, 4) for e in hist["edges"]] == drift.edges
    assert [round(c / 120, 4) for c in hist["counts"]] == drift.reference_share
