"""``mapwright ledger verify RUN_ID|--all`` and the event listing next to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, select, update

from adapters.metadata_store import open_store
from adapters.metadata_store.convert import row_to_event
from adapters.metadata_store.ddl import SQLITE_TRIGGERS
from adapters.metadata_store.ledger_store import HEAD, LEDGER, SUMMARY
from core.ledger import GENESIS_HASH, Decision, event_digest, summarize, summary_seal
from orchestration.cli import cli

from .conftest import RUN_A, RUN_B, Seeded, raw, seed


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Seeded]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", url)
    store = open_store(url)
    data = seed(store)
    store.close()
    return url, data


def mw(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_verify_all_and_run(seeded: tuple[str, Seeded]) -> None:
    _, data = seeded
    res = mw("ledger", "verify", "--all")
    assert res.exit_code == 0 and "ledger OK: 6 events verified (2 runs), head 6:" in res.stdout
    assert "database refuses rewrites: no" in res.stdout
    out = json.loads(mw("ledger", "verify", RUN_B.lower(), "--json").stdout)
    assert out["run"] == {"run_id": RUN_B, "events": 2, "summary_events": 2} and out["mode"] == "full"
    assert mw("ledger", "verify").exit_code == 2 and mw("ledger", "verify", RUN_A, "--all").exit_code == 2
    unknown = mw("ledger", "verify", "01ARZ3NDEKTSV4RRFFQ69G5FAV")
    assert unknown.exit_code == 1 and "unknown run" in unknown.stderr
    # the listing is unchanged: `ledger RUN_ID` and its options
    listed = json.loads(mw("ledger", RUN_A, "--json").stdout)
    assert [e["event_id"] for e in listed] == [data.ids[p] for p in (1, 3, 5, 6)]
    assert len(json.loads(mw("ledger", "--stage", "domains", RUN_A, "--json").stdout)) == 1


def test_verify_names_the_first_bad_event_and_every_command_refuses(seeded: tuple[str, Seeded]) -> None:
    url, data = seeded
    engine = create_engine(url)
    raw(engine, ["DROP TRIGGER supervisor_ledger_no_update",
                 "UPDATE supervisor_ledger SET decision = 'reject' WHERE position = 4",
                 SQLITE_TRIGGERS["supervisor_ledger_no_update"][1]])
    engine.dispose()
    for args in (("ledger", "verify", "--all"), ("ledger", RUN_A), ("run", "list")):
        res = mw(*args)
        assert res.exit_code == 1, args
        assert res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] supervisor ledger integrity check failed at "
                                     f"position 4 (event {data.ids[4]})"), res.stderr


def _rewrite_consistently(url: str, position: int) -> None:
    """A scheme-aware attacker: edit one event, then recompute every later hash, the head and the summaries."""
    engine = create_engine(url)
    raw(engine, [f"DROP TRIGGER {n}" for n in SQLITE_TRIGGERS])
    with engine.begin() as conn:
        rows = conn.execute(select(LEDGER).order_by(LEDGER.c.position)).all()
        prev, tips, events = GENESIS_HASH, {}, {}
        for row in rows:
            ev = row_to_event(row)
            if row.position == position:
                ev = ev.model_copy(update={"decision": Decision.REJECT})
            digest = event_digest(ev, prev, row.position)
            conn.execute(update(LEDGER).where(LEDGER.c.seq == row.seq)
                         .values(decision=ev.decision.value, prev_hash=prev, event_hash=digest))
            events.setdefault(ev.run_id, []).append(ev)
            tips[ev.run_id] = (row.position, digest)
            prev = digest
        conn.execute(update(HEAD).values(event_hash=prev))
        for run_id, evs in events.items():
            data = summarize(run_id, evs).model_dump(mode="json")
            conn.execute(update(SUMMARY).where(SUMMARY.c.run_id == run_id)
                         .values(summary=data, seal=summary_seal(data, tips[run_id][1], tips[run_id][0])))
    raw(engine, [sql for _, sql in SQLITE_TRIGGERS.values()])
    engine.dispose()


def test_an_external_anchor_reveals_a_consistently_recomputed_chain(seeded: tuple[str, Seeded]) -> None:
    url, _ = seeded
    before = json.loads(mw("ledger", "verify", "--all", "--json").stdout)
    anchor = f"{before['head_position']}:{before['head_hash']}"
    early = open_store(url).event_hash_at(2)
    _rewrite_consistently(url, position=3)
    assert mw("ledger", "verify", "--all").exit_code == 0  # a full recomputation is consistent ...
    res = mw("ledger", "verify", "--all", "--expect-head", anchor)  # ... but not with the anchor kept outside
    assert res.exit_code == 1 and "does not match the anchor" in res.stderr and "position 6" in res.stderr
    assert mw("ledger", "verify", "--all", "--expect-head", f"2:{early}").exit_code == 0  # before the edit: intact
    assert mw("ledger", "verify", "--all", "--expect-head", "2:nothex").exit_code == 2
