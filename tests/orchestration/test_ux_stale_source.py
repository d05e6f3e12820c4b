"""`run create` again after the source file changed: the same flags give the same run, which will not read the file
again; the command used to print the old run id and nothing else (and `run advance` then showed the old, completed
summary). It now says so on stderr and names --request-key; stdout stays the run id."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.metadata_store import open_store
from adapters.sources import open_source
from core.ingest.stage import build_catalog
from core.policy import load_policy_engine
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET


def test_run_create_says_when_the_source_changed_after_the_run_read_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", db_url)
    src = tmp_path / "customers.csv"
    shutil.copy(EXAMPLE_SOURCE, src)
    flags = ["run", "create", "--lhs", str(src), "--rhs", str(EXAMPLE_TARGET), "--mode", "data_mode", "--user", "u"]
    runner = CliRunner()
    run_id = runner.invoke(cli, flags, catch_exceptions=False).stdout.strip()
    again = runner.invoke(cli, flags, catch_exceptions=False)  # not read yet: nothing to say
    assert (again.exit_code, again.stdout.strip(), again.stderr) == (0, run_id, "")
    store = open_store(db_url)
    try:
        build_catalog(store.require_run(run_id).contract, open_source(store.require_run(run_id).contract.lhs),
                      policy=load_policy_engine(), ledger=store, artifacts=store)
    finally:
        store.close()
    unchanged = runner.invoke(cli, flags, catch_exceptions=False)
    assert (unchanged.stdout.strip(), unchanged.stderr) == (run_id, "")

    src.write_text(src.read_text(encoding="utf-8").replace("E-mail", "Email Address", 1), encoding="utf-8")
    later = src.stat().st_mtime + 5
    os.utime(src, (later, later))
    res = runner.invoke(cli, flags, catch_exceptions=False)
    assert res.exit_code == 0 and res.stdout.strip() == run_id
    assert res.stderr.startswith(f"note: run {run_id} already exists (created) and read {src} at ")
    assert "the file changed after that, and this run will not read it again" in res.stderr
    assert "add --request-key with a new value" in res.stderr
    as_json = json.loads(runner.invoke(cli, [*flags, "--json"], catch_exceptions=False).stdout)
    assert as_json["created"] is False and as_json["source_changed_since_ingest"] is True
    fresh = runner.invoke(cli, [*flags, "--request-key", "customers-v2"], catch_exceptions=False)
    assert fresh.stdout.strip() != run_id and fresh.stderr == ""
