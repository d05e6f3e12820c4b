"""Secrets test (issue 10): a real in-process Dagster materialization of ingest over a PostgreSQL
source whose contract names its password and an SSL key password as ``${VAR}`` references; then
no environment value and no literal credential appears in any ledger event, artifact, stored
contract, log line or Dagster event. The metadata store and the Dagster instance are scanned as
raw bytes (every table, every file under DAGSTER_HOME), so nothing can hide in a field the test
did not think of. The refusal paths (a literal password, a reference in the host) are scanned too.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine

from adapters.metadata_store import MetadataStore
from core.artifacts import ArtifactKind
from core.contract import contract_template
from core.ledger import Decision, Stage
from orchestration.cli import cli
from orchestration.ingest.assets import ingest
from orchestration.partitions import MAPPING_RUNS

PG = "127.0.0.1:5432/test"


def _scan_files(root: Path, secrets: list[str]) -> list[str]:
    """Files under ``root`` whose bytes hold a secret (plain, or URL-encoded)."""
    needles = [s.encode() for s in secrets]
    return [str(p) for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


@pytest.fixture
def pg_source() -> Iterator[str]:
    schema = f"mw_secret_{uuid.uuid4().hex[:10]}"
    eng = create_engine(f"postgresql+psycopg://postgres@{PG}")
    with eng.begin() as c:
        c.exec_driver_sql(f'CREATE SCHEMA "{schema}"')  # set-up with a fixed-form name of ours
        c.exec_driver_sql(f'CREATE TABLE "{schema}".accounts (id integer PRIMARY KEY, name text, city text)')
        c.exec_driver_sql(f"INSERT INTO \"{schema}\".accounts SELECT g, 'name ' || g, 'city ' || mod(g, 3) "
                          "FROM generate_series(1, 30) g")
    yield schema
    with eng.begin() as c:
        c.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    eng.dispose()


def _materialize(instance: dg.DagsterInstance, resources: dict, run_id: str) -> dg.ExecuteInProcessResult:
    instance.add_dynamic_partitions(MAPPING_RUNS, [run_id])
    return dg.materialize([ingest], partition_key=run_id, instance=instance, resources=resources,
                          raise_on_error=False)


@pytest.mark.postgres
def test_no_secret_reaches_ledger_artifacts_logs_or_dagster(
    pg_source: str, instance: dg.DagsterInstance, resources: dict, store: MetadataStore, db_url: str,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    password = f"pw-{uuid.uuid4().hex}"  # PostgreSQL trusts loopback here, so any password connects
    key_password = f"kp-{uuid.uuid4().hex}"
    literal = f"lit-{uuid.uuid4().hex}"
    host_value = f"host-{uuid.uuid4().hex}"
    monkeypatch.setenv("MW_SECRET_PW", password)
    monkeypatch.setenv("MW_SECRET_KEY_PW", key_password)
    monkeypatch.setenv("MW_SECRET_HOST", host_value)
    secrets = [password, key_password, literal, host_value]
    caplog.set_level(logging.DEBUG)

    location = f"postgresql+psycopg://postgres:${{MW_SECRET_PW}}@{PG}?sslpassword=${{MW_SECRET_KEY_PW}}"
    good = contract_template(lhs_location=location, rhs_location=str(tmp_path / "t.yaml"), lhs_type="sql",
                             request_key=f"secrets-ok-{pg_source}",
                             lhs={"source": {"type": "sql"}, "location": location, "schema_ref": pg_source})
    store.save_run(good)
    ok = _materialize(instance, resources, good.run_id)
    assert ok.success
    # a source that fails to connect: its error goes to the ledger and the Dagster event log
    bad_location = f"postgresql+psycopg://postgres:${{MW_SECRET_PW}}@127.0.0.1:5432/mw_no_such_db_{uuid.uuid4().hex[:6]}"
    bad = contract_template(lhs_location=bad_location, rhs_location=str(tmp_path / "t.yaml"), lhs_type="sql",
                            request_key=f"secrets-bad-{pg_source}")
    store.save_run(bad)
    failed = _materialize(instance, resources, bad.run_id)
    assert not failed.success
    # refusals at run creation: a literal password and a reference in the host, through the CLI
    runner = CliRunner()
    for lhs in (f"postgresql+psycopg://postgres@{PG}?host=127.0.0.1&password={literal}",
                f"postgresql+psycopg://postgres:{literal}@{PG}",
                "postgresql+psycopg://postgres@${MW_SECRET_HOST}:5432/test"):
        res = runner.invoke(cli, ["--db-url", db_url, "run", "create", "--lhs", lhs,
                                  "--rhs", str(tmp_path / "t.yaml"), "--mode", "data_mode"])
        assert res.exit_code != 0
        assert not any(s in res.output for s in secrets)

    events = store.events(good.run_id) + store.events(bad.run_id)
    assert (Stage.INGEST, Decision.ACCEPT, "catalog.build") in [(e.stage, e.decision, e.action) for e in events]
    assert any(e.error_code == "DETERMINISTIC_FAILURE" for e in store.events(bad.run_id))
    catalog = store.latest(good.run_id, ArtifactKind.CATALOG)
    assert catalog is not None and "sslpassword=***" in str(catalog.payload)
    # every byte the metadata store and the Dagster instance hold
    store_file = Path(db_url.removeprefix("sqlite:///"))
    assert store_file.is_file() and store_file.parent == tmp_path
    assert _scan_files(tmp_path, secrets) == []
    assert _scan_files(Path(instance.root_directory), secrets) == []
    # every Dagster event of both runs, serialized
    for result in (ok, failed):
        for entry in instance.all_logs(result.run_id):
            text = dg.serialize_value(entry)
            assert not any(s in text for s in secrets), entry.dagster_event_type
    # every log line and everything printed
    out, err = capfd.readouterr()
    logged = "\n".join(r.getMessage() for r in caplog.records) + out + err
    assert not any(s in logged for s in secrets)
