"""CLI errors and outputs as a new user meets them: the fix named, refusals on the ledger, records as text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from adapters.metadata_store import open_store
from core.ledger import Decision, Stage
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET
from orchestration.migration.messages import promotion_line, release_message, rollback_message, show_mismatch

Mw = Callable[..., Result]
FLAGS = ("--lhs", str(EXAMPLE_SOURCE), "--rhs", str(EXAMPLE_TARGET), "--mode", "data_mode", "--user", "u")


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", url)
    return url


@pytest.fixture
def mw(db_url: str) -> Mw:
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("args", [("run", "show", "NOPE"), ("ledger", "NOPE"), ("migration", "status", "NOPE"),
                                  ("quarantine", "list", "NOPE"), ("cost", "estimate", "NOPE")])
def test_an_unknown_run_names_where_to_look(mw: Mw, args: tuple[str, ...]) -> None:
    res = mw(*args)
    assert res.exit_code == 1 and res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] unknown run NOPE")
    assert "`mapwright run list` lists the runs of this store" in res.stderr and "Traceback" not in res.stderr


def test_a_review_answer_without_equals_is_a_usage_error(mw: Mw) -> None:
    run_id = mw("run", "create", *FLAGS).stdout.strip()
    res = mw("review", run_id, "--answer", "garbage")
    assert res.exit_code == 2 and "'garbage' is not TARGET=ANSWER" in res.stderr
    assert "unknown answer ''" not in res.stderr


def test_a_refused_rollback_is_on_the_ledger(mw: Mw, db_url: str) -> None:
    run_id = mw("run", "create", *FLAGS).stdout.strip()
    res = mw("migration", "rollback", run_id, "--user", "vic", "--role", "Viewer")
    assert res.exit_code == 2 and "ERROR [POLICY_BLOCK] approve_destructive refused" in res.stderr
    store = open_store(db_url)
    try:
        last = list(store.events(run_id))[-1]
    finally:
        store.close()
    assert (last.stage, last.decision, last.action, last.error_code) == \
        (Stage.SUPERVISOR, Decision.REJECT, "migration.rollback", "POLICY_BLOCK")
    assert last.detail["role"] == "Viewer"


def test_rollback_says_whether_an_earlier_version_came_back() -> None:
    first = {"table": "crm_customer", "previous_table": ""}
    assert "the promotion created it (no earlier version), so crm_customer no longer exists" in \
        rollback_message(first, "crm_customer__mw_rolledback_x")
    replaced = {"table": "crm_customer", "previous_table": "crm_customer__mw_prev_x"}
    assert "the version before the promotion is restored" in rollback_message(replaced, "aside")
    delta = {"table": "t", "previous_table": "t__mw_prev_x", "previous_kind": "delta"}
    assert "the rows the promotion inserted or changed are as they were before it" in rollback_message(delta, "a")


def test_the_promotion_record_reads_as_one_line() -> None:
    line = promotion_line({"checksum": "1000:1:2", "rows_loaded": "1000", "rows_quarantined": "0",
                           "table": "crm_customer", "previous_table": ""})
    assert line == ("table crm_customer, 1000 row(s) loaded, 0 quarantined, checksum 1000:1:2; "
                    "previous version kept: none (the promotion created the table)")
    assert promotion_line(None) == "not promoted" and "{" not in line


def test_a_refused_release_is_on_the_ledger(mw: Mw, db_url: str) -> None:
    run_id = mw("run", "create", *FLAGS).stdout.strip()
    res = mw("quarantine", "release", run_id, "--user", "vic", "--role", "Viewer")
    assert res.exit_code == 2 and "ERROR [POLICY_BLOCK] release_quarantine refused" in res.stderr
    store = open_store(db_url)
    try:
        last = list(store.events(run_id))[-1]
    finally:
        store.close()
    assert (last.decision, last.action, last.error_code, last.detail["role"]) == \
        (Decision.REJECT, "quarantine.release", "POLICY_BLOCK", "Viewer")


def test_release_and_show_messages_name_what_to_do() -> None:
    nothing = release_message(0, "crm_customer", None, 4)
    assert "by run None" not in nothing and "0 row(s) pass the current plan; 4 remain quarantined" in nothing
    assert release_message(2, "t", "RUNR1", 1) == "released after promotion: 2 row(s) merged into t by run RUNR1; " \
                                                  "1 remain quarantined"
    assert "`mapwright quarantine list R` lists them" in show_mismatch("R", "00", [])
    two = show_mismatch("R", "ab", ["ab" + "1" * 62, "ab" + "2" * 62])
    assert two.startswith("2 different key tokens start with 'ab'") and "give more of the token" in two


def test_quarantine_show_picks_every_row_of_one_key() -> None:
    """Two rows with a null key share one token: both are shown (the full token could never tell them apart)."""
    from dataclasses import dataclass

    from core.errors import DeterministicFailure
    from orchestration.migration.messages import rows_of_key

    @dataclass
    class Row:
        key_token: str
        n: int

    null_key, other = "2b76" + "0" * 60, "ddb4" + "1" * 60
    rows = [Row(null_key, 1), Row(other, 2), Row(null_key, 3)]
    assert [r.n for r in rows_of_key(rows, "R", "2b76")] == [1, 3]
    assert [r.n for r in rows_of_key(rows, "R", other)] == [2]
    with pytest.raises(DeterministicFailure, match="2 different key tokens start with ''"):
        rows_of_key(rows, "R", "")
    with pytest.raises(DeterministicFailure, match="no quarantined row of run R"):
        rows_of_key(rows, "R", "ffff")
