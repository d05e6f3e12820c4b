"""A streamed merge's unchanged rows (core.migration.unchanged) outside its own pass: refused with typed errors,
nothing written (review findings of issue 14)."""

from __future__ import annotations

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets import sql_target
from adapters.targets.adbc_pg import AdbcSession
from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration import stage
from core.migration.errors import FinalTableChanged, TargetUnavailable, UnchangedRowsNotStreamed
from core.migration.models import Disposition, MigrationRun
from core.migration.run import embedded_contract, embedded_ports, migrate
from tests.migration.conftest import POSTGRES, example_source, make_spec, new_run_id

pytestmark = pytest.mark.postgres
SECRET = b"merge-unchanged-guards"


class _Held(Exception):
    """Raised instead of promoting: the run stays loaded, not promoted."""


def _changed(src: pl.DataFrame) -> pl.DataFrame:
    return src.with_columns(pl.when(pl.int_range(pl.len()) % 10 == 0).then(pl.lit("new@example.org"))
                            .otherwise(pl.col("email")).alias("email"))


def test_promoting_a_streamed_merge_without_its_pass_is_refused_up_front(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    src = example_source()
    target = SqlTarget(pg_target_url)
    try:
        migrate(make_spec(new_run_id()), src, target, secret=SECRET)
        before = target.final_frame("crm_customer").sort("customer_id")
        spec = make_spec(new_run_id(), disposition=Disposition.MERGE)

        def held(*_a: object, **_k: object) -> None:
            raise _Held

        with monkeypatch.context() as m:  # the streamed run loads every chunk, then stops before promoting
            m.setattr(stage, "promote", held)
            with pytest.raises(_Held):
                migrate(spec, _changed(src), target, secret=SECRET)
        ckpts = target.checkpoints(spec.run_id)
        assert ckpts and sum(c.unchanged for c in ckpts) > 0, "the pass counted unchanged rows"
        # the promote step alone (Dagster's promotion asset, the CLI): a non-streamed preparation
        ledger = MemoryLedger()
        ports = embedded_ports(spec, _changed(src), target, secret=SECRET, ledger=ledger)
        with pytest.raises(UnchangedRowsNotStreamed) as err:
            stage.promote(embedded_contract(spec), ports)
        assert "mapwright migration run" in str(err.value)
        assert target.promotion(spec.run_id) is None
        assert target.final_frame("crm_customer").sort("customer_id").equals(before), "nothing was written"
        contract = embedded_contract(spec)
        assert any(e.action == "migration.promote" for e in ledger.events(contract.run_id)), "on the ledger"
        # the run's own entry point (it streams the pass again) still promotes it
        run = migrate(spec, _changed(src), target, secret=SECRET)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        assert run.rows_unchanged > 0
    finally:
        target.dispose()


def test_a_final_table_read_cut_by_a_server_restart_raises_the_typed_error(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's own server process is terminated (as a restart does) before its SELECT: TargetUnavailable."""
    target = SqlTarget(pg_target_url)
    try:
        spec = make_spec(new_run_id())
        migrate(spec, example_source(), target, secret=SECRET)
        assert sum(b.height for b in target.final_batches(spec)) > 0
        born = sql_target.AdbcSession

        def killed(uri: str) -> AdbcSession:
            session = born(uri)
            pid = session.execute(sa.select(sa.func.pg_backend_pid()))[0][0]
            session.rollback()
            eng = sa.create_engine(POSTGRES)
            with eng.begin() as c:
                c.execute(sa.select(sa.func.pg_terminate_backend(pid)))
            eng.dispose()
            return session

        monkeypatch.setattr(sql_target, "AdbcSession", killed)
        with pytest.raises(TargetUnavailable) as err:
            list(target.final_batches(spec))
        assert target.location in str(err.value)
    finally:
        target.dispose()


def test_a_merge_is_not_promoted_when_another_run_promoted_into_its_table_since_its_pass(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    src = example_source()
    target, other = SqlTarget(pg_target_url), SqlTarget(pg_target_url)
    try:
        migrate(make_spec(new_run_id()), src, target, secret=SECRET)
        spec = make_spec(new_run_id(), disposition=Disposition.MERGE)
        # meanwhile another run merges new emails into rows the first merge counts unchanged
        meanwhile = src.with_columns(pl.lit("other@example.org").alias("email"))
        validate, between = stage.validate, list[MigrationRun | None]()

        def validate_then_other_promotes(*a: object, **k: object) -> object:
            checks = validate(*a, **k)  # type: ignore[arg-type]
            if not between:  # once (the other run's own validations come through here too)
                between.append(None)
                between[0] = migrate(make_spec(new_run_id(), disposition=Disposition.MERGE), meanwhile, other,
                                     secret=SECRET)
            return checks

        monkeypatch.setattr(stage, "validate", validate_then_other_promotes)
        with pytest.raises(FinalTableChanged):
            migrate(spec, _changed(src), target, secret=SECRET)
        assert between[0] is not None and between[0].promoted
        assert target.promotion(spec.run_id) is None, "nothing promoted"
        emails = set(target.final_frame("crm_customer")["email"].drop_nulls())
        assert emails == {"other@example.org"}, "the other run's values are not overwritten nor lost"
        # without a promotion in between the same merge promotes (a new run: its pass reads the table again)
        monkeypatch.setattr(stage, "validate", validate)
        run = migrate(make_spec(new_run_id(), disposition=Disposition.MERGE), _changed(src), target, secret=SECRET)
        assert run.promoted and run.rows_unchanged == 0 and run.rows_loaded > 0
    finally:
        target.dispose()
        other.dispose()
