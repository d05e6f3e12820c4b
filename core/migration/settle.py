"""What a promotion cut by a kill after its commit left behind, tidied by the promoted run's re-run (ETL and ELT).

A promotion's own work is settled by the target: on PostgreSQL, DuckDB and SQLite it is one transaction (all of
it or none), and a MariaDB promotion cut between its steps is finished by the next :meth:`promote` of the run
(:mod:`adapters.targets.mariadb_target`). What can stay after the promotion committed is tidied here, each on the
ledger: the run's staging table (MariaDB drops it after its ``done`` record, DDL committing on its own; elsewhere
only a writer after the promotion re-creates it), dropped by the target under the final table's promotion lock
(:meth:`~core.migration.ports.SettlingTarget.settle_promotion`), and the ELT work table (dropped after the
promotion's commit, :mod:`core.migration.elt`). A kill between the promotion's commit and its
``migration.promoted`` event would lose that event for ever: the re-run records it from the promotion record
(:func:`record_recovered_promotion`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.ports import SettlingTarget

__all__ = ["ALREADY_PROMOTED", "record_dropped", "record_recovered_promotion", "settle_promotion"]

#: the strategy reason of a promoted run's re-run (ETL and ELT): nothing is loaded or promoted again
ALREADY_PROMOTED = "already promoted: re-run is a no-op"


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


def record_recovered_promotion(rec: LedgerRecorder | None, run_id: str, table: str, prior: Mapping[str, str], *,
                               strategy: str, **fields: Any) -> bool:
    """A promoted run's re-run: when the ledger has no ``migration.promoted`` event of ``table`` (the process was
    killed after the promotion committed and before it recorded it), record it from the promotion record
    ``prior``; True when it did. ``fields``: more event fields (e.g. ``outputs_hash``)."""
    if rec is None or any(e.action == "migration.promoted" and e.detail.get("table") == table
                          for e in rec.ledger.events(rec.run_id, Stage.MIGRATION)):
        return False
    rec.record(Stage.MIGRATION, Decision.ACCEPT, "migration.promoted", detail={
        "table": table, "previous_table": prior.get("previous_table") or None,
        "rows": int(prior.get("rows_loaded") or 0), "quarantined": int(prior.get("rows_quarantined") or 0),
        "run_id": run_id, "strategy": strategy, "recorded_from": "promotion record",
        "reason": "the promotion committed but its process ended before recording it on the ledger"}, **fields)
    return True
