"""A store made before the hash chain: opening it is a clear error; ``mapwright ledger upgrade`` chains it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, MetaData, Table, create_engine, text

from adapters.metadata_store import open_store
from adapters.metadata_store.base import Base
from adapters.metadata_store.convert import event_to_row
from adapters.metadata_store.session import import_table_modules
from core.ledger import Decision, LedgerEvent, LedgerSchemaOutdated, Stage, summarize
from orchestration.cli import cli

from .conftest import RUN_A, RUN_B

_NEW = {"supervisor_ledger": {"position", "prev_hash", "event_hash"},
        "ledger_decision_summary": {"head_position", "seal"}}
_OLD_SQLITE_TRIGGER = ("CREATE TRIGGER supervisor_ledger_no_update BEFORE UPDATE ON supervisor_ledger "
                       "BEGIN SELECT RAISE(ABORT, 'supervisor_ledger is append-only: UPDATE refused'); END")


def _old_store(engine: Engine) -> list[LedgerEvent]:
    """The tables as the code before the chain made them (no chain columns, head or checkpoints), with events."""
    import_table_modules()
    md = MetaData()
    for table in Base.metadata.sorted_tables:
        if table.name in ("ledger_head", "ledger_checkpoints"):
            continue
        drop = _NEW.get(table.name, set())
        Table(table.name, md, *[c._copy() for c in table.columns if c.name not in drop])
    events = [LedgerEvent(run_id=run, stage=Stage.INGEST, decision=Decision.ACCEPT, action=f"old{i}", token_actual=i)
              for i, run in enumerate([RUN_A, RUN_B, RUN_A, RUN_A])]
    with engine.begin() as conn:
        md.create_all(conn)
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(_OLD_SQLITE_TRIGGER)
        for ev in events:
            conn.execute(md.tables["supervisor_ledger"].insert().values(**event_to_row(ev)))
        conn.execute(md.tables["ledger_decision_summary"].insert().values(  # an unguarded, wrong old summary
            run_id=RUN_A, summary=summarize(RUN_A, events[:1]).model_dump(mode="json"), events=999, last_seq=1))
    return events


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old_url(request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str,
            unique_name: Callable[[str], str]) -> Iterator[tuple[str, list[LedgerEvent]]]:
    """URL of a store in the old layout, and its events."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
        engine = create_engine(url)
        yield url, _old_store(engine)
        engine.dispose()
        return
    schema = unique_name("mw_old")
    admin = create_engine(postgres_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = create_engine(postgres_url, connect_args={"options": f"-c search_path={schema}"})
    try:
        yield f"{postgres_url}?schema={schema}", _old_store(engine)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def test_old_store_is_refused_then_upgraded(old_url: tuple[str, list[LedgerEvent]],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    url, events = old_url
    with pytest.raises(LedgerSchemaOutdated, match="mapwright ledger upgrade") as err:
        open_store(url)
    assert err.value.details["missing_columns"] == ["position", "prev_hash", "event_hash"]

    monkeypatch.setenv("MAPWRIGHT_DB_URL", url)
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "upgrade"], catch_exceptions=False)
    assert res.exit_code == 0 and "4 events chained" in res.stdout, res.output
    assert "nothing to do" in runner.invoke(cli, ["ledger", "upgrade"], catch_exceptions=False).stdout

    store = open_store(url)
    try:
        assert [e.event_id for e in store.events(RUN_A)] == [events[i].event_id for i in (0, 2, 3)]
        assert store.decision_summary(RUN_A) == summarize(RUN_A, [events[i] for i in (0, 2, 3)])  # rebuilt
        report = store.verify_ledger()
        assert (report.head_position, report.runs) == (4, 2)
        store.append(LedgerEvent(run_id=RUN_B, stage=Stage.DOMAINS, decision=Decision.HOLD, action="new"))
        assert store.verify_ledger().head_position == 5
        with store.engine.connect() as conn, pytest.raises(Exception, match="append-only"):
            conn.execute(text("UPDATE supervisor_ledger SET decision = 'reject'"))
    finally:
        store.close()
