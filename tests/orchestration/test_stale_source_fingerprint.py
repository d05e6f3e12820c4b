"""The changed-source note of `run create` compares the source's content, not its mtime: it used to fire when the file
was only touched (a `touch`, `git checkout`, a sync), to miss new bytes copied with an old mtime (`cp -p`, untar), and
to miss a file rewritten in place inside a folder source (a folder's own mtime changes only with its entries)."""

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


def _created_and_read(lhs: Path, db_url: str) -> list[str]:
    """`run create` flags for ``lhs``, after the run was created and its source read (the catalog built)."""
    flags = ["run", "create", "--lhs", str(lhs), "--rhs", str(EXAMPLE_TARGET), "--mode", "data_mode", "--user", "u"]
    run_id = CliRunner().invoke(cli, flags, catch_exceptions=False).stdout.strip()
    store = open_store(db_url)
    try:
        contract = store.require_run(run_id).contract
        build_catalog(contract, open_source(contract.lhs), policy=load_policy_engine(), ledger=store, artifacts=store)
    finally:
        store.close()
    return flags


def _note(flags: list[str]) -> tuple[str, bool]:
    runner = CliRunner()
    stderr = runner.invoke(cli, flags, catch_exceptions=False).stderr
    as_json = json.loads(runner.invoke(cli, [*flags, "--json"], catch_exceptions=False).stdout)
    return stderr, as_json["source_changed_since_ingest"]


def test_a_touch_is_no_change_and_new_bytes_under_an_old_mtime_are(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", db_url)
    src = tmp_path / "customers.csv"
    shutil.copy(EXAMPLE_SOURCE, src)
    old = src.stat().st_mtime
    flags = _created_and_read(src, db_url)
    later = old + 3600
    os.utime(src, (later, later))  # touched: the same bytes
    assert _note(flags) == ("", False)
    src.write_text(src.read_text(encoding="utf-8").replace("E-mail", "Email Address", 1), encoding="utf-8")
    os.utime(src, (old - 3600, old - 3600))  # new bytes, an mtime older than the read (cp -p, untar)
    stderr, changed = _note(flags)
    assert changed and "the file changed after that, and this run will not read it again" in stderr


def test_a_file_rewritten_in_place_inside_a_folder_source_is_a_change(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", db_url)
    folder = tmp_path / "export"
    folder.mkdir()
    inner = folder / "customers.csv"
    shutil.copy(EXAMPLE_SOURCE, inner)
    flags = _created_and_read(folder, db_url)
    assert _note(flags) == ("", False)
    dir_mtime = folder.stat().st_mtime
    inner.write_text(inner.read_text(encoding="utf-8").replace("E-mail", "Email Address", 1), encoding="utf-8")
    assert folder.stat().st_mtime == dir_mtime, "an in-place rewrite leaves the folder's own mtime alone"
    stderr, changed = _note(flags)
    assert changed and stderr.startswith("note: run ")
