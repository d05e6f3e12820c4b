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


def _create(mw: Mw, schema: Path) -> Result:
    return mw("run", "create", "--lhs", str(EXAMPLE_SOURCE), "--rhs", str(schema), "--mode", "data_mode",
              "--role", "Operator", "--json")


def test_a_non_utf8_file_is_refused_at_create(mw: Mw, tmp_path: Path) -> None:
    """Review F2: a Latin-1 file gave a raw UnicodeDecodeError traceback."""
    schema = tmp_path / "latin1.yaml"
    schema.write_bytes(b"table: caf\xe9\ncolumns:\n  - {name: a, type: string}\n")
    res = _create(mw, schema)
    assert res.exit_code == 1, res.output
    assert res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] target schema ")
    assert "is malformed: not UTF-8 text (byte 11 cannot be decoded); save the file as UTF-8" in res.stderr
    assert "Traceback" not in res.output


def test_a_constraint_of_the_wrong_type_is_refused_without_its_value(mw: Mw, tmp_path: Path) -> None:
    """Review F2: ``max_length: lots`` gave a raw pydantic ValidationError traceback; now named, value not quoted."""
    schema = tmp_path / "lots.yaml"
    schema.write_text("table: t\ncolumns:\n  - {name: id, type: int, key: true}\n"
                      "  - {name: email, type: string, max_length: jose.secret@example.org}\n", encoding="utf-8")
    res = _create(mw, schema)
    assert res.exit_code == 1, res.output
    assert res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] ")
    assert "is malformed: column 2 `email`: max_length: Input should be a valid integer" in res.stderr
    assert "jose.secret" not in res.stderr and "Traceback" not in res.output


def test_an_existing_run_is_returned_though_its_schema_file_became_malformed(mw: Mw, tmp_path: Path) -> None:
    """Review F7: the README says the same flags return the existing run; the schema is checked for a new run only."""
    schema = tmp_path / "good.yaml"
    schema.write_text(GOOD, encoding="utf-8")
    first = _create(mw, schema)
    assert first.exit_code == 0 and json.loads(first.stdout)["created"] is True
    run_id = json.loads(first.stdout)["run_id"]
    schema.write_text(GOOD + "tabel: x\n", encoding="utf-8")
    again = _create(mw, schema)
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["run_id"] == run_id and json.loads(again.stdout)["created"] is False
    events = json.loads(mw("ledger", run_id, "--json").stdout)
    assert [(e["decision"], e["action"]) for e in events] == [("accept", "run.create")]
