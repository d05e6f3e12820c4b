"""`mapwright quarantine show RUN TOKEN` prints one JSON shape always: an array of the key's rows (it printed an
object for a key with one row and an array for a null or duplicated key, so a script broke exactly on those)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from adapters.targets.factory import open_target
from core.migration.models import QuarantineRecord
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

FLAGS = ("--lhs", str(EXAMPLE_SOURCE), "--rhs", str(EXAMPLE_TARGET), "--mode", "data_mode", "--user", "u")


def _record(run_id: str, chunk: int, token: str, reason: str) -> QuarantineRecord:
    return QuarantineRecord(run_id=run_id, chunk_id=chunk, key_token=token, reason_codes=[reason],
                            masked_preview_before={"email": "***@***"}, masked_preview_after={"email": "***@***"},
                            diff=[f"email: {reason}"])


def test_show_prints_an_array_for_one_row_and_for_several(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPWRIGHT_DB_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    url = f"duckdb:///{tmp_path / 'target.duckdb'}"
    monkeypatch.setenv("MAPWRIGHT_TARGET_URL", url)
    runner = CliRunner()
    run_id = runner.invoke(cli, ["run", "create", *FLAGS], catch_exceptions=False).stdout.strip()
    single, shared = "ddba" + "1" * 60, "464d" + "2" * 60
    records = [_record(run_id, 0, single, "bad_date"), _record(run_id, 0, shared, "null_key"),
               _record(run_id, 1, shared, "null_key")]
    target = open_target(url)
    quar = target._quar  # type: ignore[attr-defined]  # the adapter's own table definition
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        quar.create(conn, checkfirst=True)
        conn.execute(quar.insert(), target._quarantine_rows(records))  # type: ignore[attr-defined]
    engine.dispose()
    shown = {}
    for token in ("ddba", "464d"):
        res = runner.invoke(cli, ["quarantine", "show", run_id, token], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        shown[token] = json.loads(res.stdout)
    assert all(isinstance(rows, list) for rows in shown.values()), shown
    assert [r["key_token"] for r in shown["ddba"]] == [single]
    assert [(r["chunk_id"], r["reason_codes"]) for r in shown["464d"]] == [(0, ["null_key"]), (1, ["null_key"])]
