"""`mapwright quarantine export RUN --out FILE` into a folder that does not exist (or cannot be written) is one
`ERROR [DETERMINISTIC_FAILURE]` line naming the path and the fix, with no file left behind; it was a Python traceback
(FileNotFoundError). A good path gets the whole CSV, written beside it and renamed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from adapters.targets.factory import open_target
from orchestration.cli import cli

from .test_ux_quarantine_show import FLAGS, _record


def test_export_to_a_missing_folder_is_a_typed_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPWRIGHT_DB_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    url = f"duckdb:///{tmp_path / 'target.duckdb'}"
    monkeypatch.setenv("MAPWRIGHT_TARGET_URL", url)
    runner = CliRunner()
    run_id = runner.invoke(cli, ["run", "create", *FLAGS], catch_exceptions=False).stdout.strip()
    target = open_target(url)
    quar = target._quar  # type: ignore[attr-defined]  # the adapter's own table definition
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        quar.create(conn, checkfirst=True)
        conn.execute(quar.insert(), target._quarantine_rows(  # type: ignore[attr-defined]
            [_record(run_id, 0, "ab" + "1" * 62, "bad_date"), _record(run_id, 1, "cd" + "2" * 62, "null_key")]))
    engine.dispose()

    bad = tmp_path / "no" / "such" / "q.csv"
    res = runner.invoke(cli, ["quarantine", "export", run_id, "--out", str(bad)])
    assert res.exit_code == 1, res.output
    assert res.stderr.startswith(f"ERROR [DETERMINISTIC_FAILURE] cannot write {bad}: ")
    assert "give --out a file in an existing folder" in res.stderr and "Traceback" not in res.output
    assert not bad.parent.exists()

    good = tmp_path / "q.csv"
    ok = runner.invoke(cli, ["quarantine", "export", run_id, "--out", str(good)], catch_exceptions=False)
    assert ok.exit_code == 0 and ok.stdout.strip() == f"wrote 2 row(s) to {good}"
    with good.open(encoding="utf-8") as fh:
        assert [r["reason_codes"] for r in csv.DictReader(fh)] == ["bad_date", "null_key"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
