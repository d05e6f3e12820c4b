"""`mapwright run create` stores absolute file locations (a relative `--lhs`/`--rhs` is resolved against the directory
it was typed in; a contract file's relative locations against the contract file's folder), so whichever process runs
a stage later reads the same file. A SQL `--lhs` naming a table after `#` is refused, naming `schema_ref` and
`--contract` (it silently became part of the database name)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from core.contract import contract_template
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

Mw = Callable[..., Result]


def _show(mw: Mw, run_id: str) -> dict[str, str]:
    res = mw("run", "show", run_id, "--json")
    assert res.exit_code == 0, res.output
    contract = json.loads(res.stdout)["run"]["contract"]
    return {"lhs": contract["lhs"]["location"], "rhs": contract["rhs"]["location"]}


def test_relative_flags_are_stored_absolute(mw: Mw, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "customers.csv").write_bytes(EXAMPLE_SOURCE.read_bytes())
    (tmp_path / "target.yaml").write_bytes(EXAMPLE_TARGET.read_bytes())
    monkeypatch.chdir(tmp_path / "in")
    res = mw("run", "create", "--lhs", "customers.csv", "--rhs", "../target.yaml", "--mode", "metadata_only",
             "--role", "Operator", "--json")
    assert res.exit_code == 0, res.output
    stored = _show(mw, json.loads(res.stdout)["run_id"])
    assert stored == {"lhs": str((tmp_path / "in" / "customers.csv").resolve()),
                      "rhs": str((tmp_path / "target.yaml").resolve())}


def test_a_contract_files_relative_locations_are_relative_to_its_folder(
        mw: Mw, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "customers.csv").write_bytes(EXAMPLE_SOURCE.read_bytes())
    data = contract_template(lhs_location="customers.csv", rhs_location=str(EXAMPLE_TARGET), mode="metadata_only",
                             lhs_type="file", rhs_type="file", user_id="u", role="Operator").model_dump(mode="json")
    (folder / "run.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # elsewhere: the location must not resolve against the working directory
    res = mw("run", "create", "--contract", "contracts/run.yaml", "--json")
    assert res.exit_code == 0, res.output
    stored = _show(mw, json.loads(res.stdout)["run_id"])
    assert stored == {"lhs": str((folder / "customers.csv").resolve()), "rhs": str(EXAMPLE_TARGET.resolve())}


def test_a_sql_lhs_with_a_table_fragment_is_refused_naming_schema_ref(mw: Mw) -> None:
    res = mw("run", "create", "--lhs", "postgresql+psycopg://postgres@127.0.0.1:5432/test#customers",
             "--rhs", str(EXAMPLE_TARGET), "--mode", "metadata_only", "--role", "Operator")
    assert res.exit_code == 1
    assert res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] ")
    assert "lhs.schema_ref" in res.stderr and "--contract" in res.stderr and "'#'" in res.stderr
    listed = mw("run", "list", "--json")
    assert json.loads(listed.stdout or "[]") == []  # nothing saved
