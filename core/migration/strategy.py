"""ELT or ETL (§14): pick the strategy for a source, record the choice and its reason, run it."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.elt import EltPort, choose_strategy, migrate_elt
from core.migration.models import MigrationRun, MigrationSpec
from core.migration.ports import TargetPort
from core.migration.run import migrate
from core.migration.sql_source import SqlSourceRef, SqlTableReader, read_table


def migrate_source(spec: MigrationSpec, target: TargetPort, *, secret: bytes, source: SqlSourceRef | None = None,
                   reader: Callable[[], SqlTableReader] | None = None,
                   frame: Callable[[], pl.DataFrame] | None = None, ledger: LedgerRecorder | None = None,
                   promote: bool = True) -> MigrationRun:
    """Migrate a SQL source table (``source``) or an in-memory frame (``frame``) into ``target``.

    ELT when ``source`` is inside the target database and the plan compiles for its dialect;
    otherwise ETL over ``frame()`` or, for a SQL source, over the table read in key-ordered
    chunks through ``reader()``. The choice and its reason go on the ledger
    (``migration.strategy``) and on the returned Migration Run.
    """
    strategy, reason, query = choose_strategy(spec, target, source.url if source else None,
                                              source.table if source else None)
    if ledger is not None:
        ledger.record(Stage.MIGRATION, Decision.ACCEPT, "migration.strategy",
                      detail={"strategy": strategy, "reason": reason, "table": spec.table,
                              "source": source.table if source else "file"})
    if strategy == "ELT":
        assert source is not None and query is not None and isinstance(target, EltPort)
        return migrate_elt(spec, source.table, query, target, secret=secret, reason=reason, ledger=ledger,
                           promote=promote)
    if source is not None:
        if reader is None:
            raise ValueError("a SQL source outside the target needs a reader")
        data = read_table(reader(), source.table, spec)
    elif frame is not None:
        data = frame()
    else:
        raise ValueError("nothing to migrate: give a SQL source or a frame")
    run = migrate(spec, data, target, secret=secret, ledger=ledger, promote=promote)
    if "no-op" in run.strategy_reason or "stopped" in run.strategy_reason:
        return run.model_copy(update={"strategy": "ETL"})
    return run.model_copy(update={"strategy": "ETL", "strategy_reason": reason})
