"""What a promotion cut by a kill after its commit left behind, tidied by the promoted run's re-run (ETL and ELT).

A promotion's own work is settled by the target: on PostgreSQL, DuckDB and SQLite it is one transaction (all of
it or none), and a MariaDB promotion cut between its steps is finished by the next :meth:`promote` of the run
(:mod:`adapters.targets.mariadb_target`). What can stay after the promotion committed is tidied here, each on the
ledger: the run's staging table (MariaDB drops it after its ``done`` record, DDL committing on its own; elsewhere
only a writer after the promotion re-creates it), dropped by the target under the final table's promotion lock
(:meth:`~core.migration.ports.SettlingTarget.settle_promotion`), and the ELT work table (dropped after the
promotion's commit, :mod:`core.migration.elt`).
"""

from __future__ import annotations

from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.ports import SettlingTarget

__all__ = ["record_dropped", "settle_promotion"]


def settle_promotion(target: object, run_id: str, rec: LedgerRecorder | None, *, strategy: str = "ETL") -> list[str]:
    """A promoted run's re-run: drop what its promotion left (the staging table), each a ledger event."""
    if not isinstance(target, SettlingTarget):
        return []
    dropped = target.settle_promotion(run_id)
    for table in dropped:
        record_dropped(rec, "migration.staging_dropped", table, strategy=strategy,
                       reason="the promotion was cut after its record and before it dropped its staging table; "
                              "dropped under the promotion lock")
    return dropped


def record_dropped(rec: LedgerRecorder | None, action: str, table: str, *, strategy: str, reason: str) -> None:
    """One leftover table dropped (``action``), on the ledger."""
    if rec is not None:
        rec.record(Stage.MIGRATION, Decision.FIX, action, detail={"table": table, "strategy": strategy,
                                                                   "reason": reason})
