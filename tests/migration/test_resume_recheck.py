"""A resumed run re-checks its finished chunks' staged rows against their checkpoints (issue 14, gap 2).

Before, a resume skipped every checkpointed chunk, so staged rows changed after their checkpoint (a row lost, a
value altered) made the whole run fail its validations. Now such a chunk is discarded and loaded again, on the
ledger; the run promotes exactly the expected rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from adapters.targets.elt_target import EltSqlTarget
from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.sql_target import SqlTarget, stage_name
from core.inmemory import MemoryLedger
from core.ledger import Decision, LedgerRecorder
from core.migration.chunks import CHUNK_COL
from core.migration.elt import choose_strategy, migrate_elt
from core.migration.models import MigrationSpec
from core.migration.recheck import recheck_finished
from core.migration.run import embedded_contract, migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows
from tests.migration.test_elt import load_source

SECRET = b"resume-recheck"
COLS = ["customer_id", "full_name", "email", "country_code"]


def _tamper(url: str, spec: MigrationSpec, lose: int, alter: int) -> None:
    """Delete one staged row of chunk ``lose`` and change one staged value of chunk ``alter``."""
    eng = sa.create_engine(url)
    stage = sa.table(stage_name(spec), sa.column("customer_id"), sa.column("email"), sa.column(CHUNK_COL))
    with eng.begin() as conn:
        one = conn.execute(sa.select(sa.func.min(stage.c.customer_id)).where(stage.c[CHUNK_COL] == lose)).scalar()
        conn.execute(sa.delete(stage).where(stage.c[CHUNK_COL] == lose, stage.c.customer_id == one))
        other = conn.execute(sa.select(sa.func.min(stage.c.customer_id)).where(stage.c[CHUNK_COL] == alter)).scalar()
        conn.execute(sa.update(stage).where(stage.c[CHUNK_COL] == alter, stage.c.customer_id == other)
                     .values(email="tampered@example.org"))
    eng.dispose()


def _events(ledger: MemoryLedger, spec: MigrationSpec, action: str) -> list[dict[str, object]]:
    return [dict(e.detail) | {"decision": e.decision} for e in ledger.events(embedded_contract(spec).run_id)
            if e.action == action]


def test_a_resume_reloads_finished_chunks_whose_staged_rows_changed(target_url: str) -> None:
    _resume_reloads_stale_chunks(SqlTarget(target_url), target_url)


@pytest.mark.mariadb
def test_a_resume_reloads_stale_chunks_on_mariadb(maria_url: str) -> None:
    _resume_reloads_stale_chunks(MariaDbTarget(maria_url), maria_url)


def _resume_reloads_stale_chunks(target: SqlTarget, target_url: str) -> None:
    src = example_source()
    try:
        spec = make_spec(new_run_id(), batch_size=100)
        done: list[int] = []

        def progress(chunks: int, _total: int, _rows: int) -> None:
            done.append(chunks)

        stopped = migrate(spec, src, target, secret=SECRET, progress=progress, should_stop=lambda: len(done) >= 5)
        assert not stopped.promoted
        finished = sorted(c.chunk_id for c in target.checkpoints(spec.run_id))
        assert len(finished) >= 5
        _tamper(target_url, spec, lose=finished[0], alter=finished[2])
        ledger = MemoryLedger()
        run = migrate(spec, src, target, secret=SECRET, ledger=ledger)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        want, quarantined = expected_rows(src)
        got = [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]
        assert len(got) == len(set(got)) and set(got) == want, "exactly the expected rows, once"
        assert run.rows_quarantined == quarantined
        rechecked = {int(str(e["chunk_id"])): e for e in _events(ledger, spec, "migration.chunk_recheck")}
        assert sorted(rechecked) == [finished[0], finished[2]], "exactly the two changed chunks"
        lost, altered = rechecked[finished[0]], rechecked[finished[2]]
        assert lost["rows_staged"] == int(str(lost["rows_expected"])) - 1 and not lost["checksum_matches"]
        assert altered["rows_staged"] == altered["rows_expected"] and not altered["checksum_matches"]
        assert all(e["discarded"] and e["decision"] is Decision.RETRY for e in rechecked.values())
        check = _events(ledger, spec, "migration.resume_check")
        assert check and check[0]["chunks_checked"] == len(finished)
        assert check[0]["chunks_stale"] == [finished[0], finished[2]]
    finally:
        target.dispose()


def test_an_intact_resume_discards_nothing(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 't.duckdb'}"
    target = SqlTarget(url)
    try:
        spec = make_spec(new_run_id(), batch_size=100)
        migrate(spec, example_source(), target, secret=SECRET, promote=False)
        before = target.checkpoints(spec.run_id)
        ledger = MemoryLedger()
        rec = LedgerRecorder(ledger, run_id=embedded_contract(spec).run_id)
        assert recheck_finished(spec, target, rec) == []
        assert target.checkpoints(spec.run_id) == before, "nothing discarded"
        assert recheck_finished(spec, target, rec, [before[1].chunk_id]) == [], "one chunk, read alone"
    finally:
        target.dispose()


@pytest.mark.parametrize("backend", ["duckdb", "sqlite"])
def test_an_elt_resume_reloads_a_finished_chunk_whose_staged_rows_changed(backend: str, tmp_path: Path) -> None:
    url = f"{backend}:///{tmp_path / f'elt.{backend}'}"
    load_source(url, example_source())
    target = EltSqlTarget(url)
    try:
        spec = make_spec(new_run_id(), batch_size=150)
        strategy, reason, query = choose_strategy(spec, target, url, "src_customers")
        assert strategy == "ELT" and query is not None
        target.prepare(spec)
        migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason, promote=False)
        finished = sorted(c.chunk_id for c in target.checkpoints(spec.run_id))
        _tamper(url, spec, lose=finished[1], alter=finished[3])
        ledger = MemoryLedger()
        rec = LedgerRecorder(ledger, run_id=embedded_contract(spec).run_id)
        run = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason, ledger=rec)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        want, _ = expected_rows(example_source())
        got = [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]
        assert len(got) == len(set(got)) and set(got) == want
        stale = sorted(int(str(e["chunk_id"])) for e in _events(ledger, spec, "migration.chunk_recheck"))
        assert stale == [finished[1], finished[3]]
    finally:
        target.dispose()
