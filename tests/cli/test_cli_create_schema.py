"""`mapwright run create` refuses a target schema file MAPPING could not read (bad YAML, a misspelt key, an unknown
type), naming the place and the fix, on the ledger, with nothing saved. Before, the run was created and went through
Ingest and Domains (which hold for a person) before MAPPING failed on the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

Mw = Callable[..., Result]
GOOD = EXAMPLE_TARGET.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "text", "says"), [
    ("broken.yaml", GOOD.replace("key: true, nullable: false}", "key: true, nullable: false"),
     "is malformed: not valid YAML at line "),
    ("typo.yaml", GOOD.replace("table:", "tabel:"), "unknown key `tabel` at the top level (did you mean `table`?)"),
    ("badtype.yaml", GOOD.replace("type: int,", "type: integerz,"), "unknown type 'integerz'; use one of"),
    ("broken.json", '{"table": "t", "columns": [', "is malformed: not valid JSON at line 1, column "),
])
def test_a_bad_schema_file_is_refused_at_create(mw: Mw, tmp_path: Path, name: str, text: str, says: str) -> None:
    schema = tmp_path / name
    schema.write_text(text, encoding="utf-8")
    res = mw("run", "create", "--lhs", str(EXAMPLE_SOURCE), "--rhs", str(schema), "--mode", "data_mode",
             "--role", "Operator", "--json")
    assert res.exit_code == 1, res.output
    assert res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] ") and says in res.stderr
    fixed = json.dumps(yaml.safe_load(GOOD)) if name.endswith(".json") else GOOD
    schema.write_text(fixed, encoding="utf-8")  # fixed: the same flags now create the run (nothing was saved before)
    ok = mw("run", "create", "--lhs", str(EXAMPLE_SOURCE), "--rhs", str(schema), "--mode", "data_mode",
            "--role", "Operator", "--json")
    assert ok.exit_code == 0 and json.loads(ok.stdout)["created"] is True


def test_the_refusal_is_ledgered_and_nothing_is_saved(mw: Mw, tmp_path: Path) -> None:
    schema = tmp_path / "typo.yaml"
    schema.write_text(GOOD.replace("table:", "tabel:"), encoding="utf-8")
    flags = ["--lhs", str(EXAMPLE_SOURCE), "--rhs", str(schema), "--mode", "data_mode", "--role", "Operator"]
    assert mw("run", "create", *flags).exit_code == 1
    schema.write_text(GOOD, encoding="utf-8")  # the same flags give the same run id once the file is fixed
    run_id = mw("run", "create", *flags).stdout.strip()
    events = json.loads(mw("ledger", run_id, "--json").stdout)
    assert [(e["decision"], e["action"], e["error_code"]) for e in events] == [
        ("reject", "run.create", "DETERMINISTIC_FAILURE"), ("accept", "run.create", None)]
