"""Rollback in promotion order, from the target's own bookkeeping (not the metadata store's).

Every promotion of a final table writes its record in ``_mw_promotions`` inside the transaction that first bumps
the table's row of ``_mw_final_versions`` (:mod:`adapters.targets.final_lock`), and stores the version it bumped
to as the record's ``final_version``: promotions and rollbacks of one table are serialized by that row, so the
versions order the table's promotions. A rollback removes its run's record, so the records still there are the
promotions that stand. Rolling back a run while another run's record of the same table has a higher version would
put this run's kept version (or nothing, when its promotion created the table) over the later run's rows: the
adapter's ``rollback`` refuses it (:class:`~core.migration.errors.LaterPromotionStands`) before touching a table,
whichever metadata store the later run was made from, and when its metadata is lost.

Records written before ``final_version`` existed order as older than every record with one (all of them were
written before the first such record); between two records without it the order is unknown, and the check leaves
it to the metadata store's ledger (``orchestration/migration/rollback_order.py``).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from core.migration.errors import LaterPromotionStands

#: the key of a promotion record holding the table's version its promotion bumped to
SEQ_KEY = "final_version"


def current_version(conn: Connection, versions: sa.Table, table: str) -> str:
    """The table's version row now (read after the transaction's own bump: this promotion's place in order)."""
    value = conn.execute(sa.select(versions.c.version).where(versions.c.table_name == table)).scalar_one()
    return str(int(value))


def _seq(record: dict[str, Any]) -> int | None:
    value = record.get(SEQ_KEY)
    return int(value) if isinstance(value, (int, str)) and str(value).isdigit() else None


def later_runs(conn: Connection, promotions: sa.Table, table: str, run_id: str, mine: dict[str, Any]) -> list[str]:
    """Other runs whose promotion of ``table`` stands in the target and came after ``run_id``'s (``mine``: its
    record), oldest first."""
    own = _seq(mine)
    q = sa.select(promotions.c.run_id, promotions.c.payload).where(
        promotions.c.table_name == table, promotions.c.run_id != run_id)
    later: list[tuple[int, str]] = []
    for other, payload in conn.execute(q):
        seq = _seq(json.loads(payload))
        if seq is None:  # written before versions were recorded: older than ours, or of unknown order
            continue
        if own is None or seq > own:
            later.append((seq, str(other)))
    return [r for _, r in sorted(later)]


def require_latest(conn: Connection, promotions: sa.Table, table: str, run_id: str, mine: dict[str, Any]) -> None:
    """Raise :class:`LaterPromotionStands` (nothing touched) when a later run's promotion of ``table`` stands."""
    later = later_runs(conn, promotions, table, run_id, mine)
    if later:
        raise LaterPromotionStands(run_id, table, later, source="target")
