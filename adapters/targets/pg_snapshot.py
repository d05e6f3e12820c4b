"""PostgreSQL: did anything in staging change since a snapshot? (the guard on reusing early read-backs).

A chunk's staged rows read back (or summed by the server) before validation stand at validation only if no
staged row of the chunk was written since. :func:`snapshot_query` records ``pg_current_snapshot()`` before the
read starts; :func:`unchanged_query` counts each chunk's staged rows and tests, in the same ``GROUP BY`` (per chunk
and ``xmin`` first, so the test runs once per writing transaction), that every row's inserting transaction
(``xmin``) is visible in that snapshot (``pg_visible_in_snapshot``, 13+). An in-place ``UPDATE``, a delete
plus an insert, or a row written by a transaction still open at the snapshot all leave a row whose ``xmin`` the
snapshot does not see; a deleted row lowers the count. ``xmin`` is a 32-bit id:
it is widened to the snapshot's epoch (the ``xid8`` just at or below the snapshot's ``xmax``), so the test holds
after the counter wraps.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import UserDefinedType

from core.migration.chunks import CHUNK_COL

_EPOCH = 1 << 32


class _Xid8(UserDefinedType[Any]):
    cache_ok = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "xid8"


class _Snapshot(UserDefinedType[Any]):
    cache_ok = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "pg_snapshot"


def snapshot_query() -> Any:
    """``pg_current_snapshot()`` as text, or NULL on a server before 13 (no ``pg_visible_in_snapshot``)."""
    version = sa.cast(sa.func.current_setting("server_version_num"), sa.Integer)
    return sa.select(sa.case((version >= 130000, sa.cast(sa.func.pg_current_snapshot(), sa.Text)), else_=None))


def unchanged_query(stage: sa.Table, snapshots: dict[int, str]) -> Any:
    """``chunk, staged rows, unchanged`` per chunk of ``stage``; ``unchanged`` is true when every staged row of the
    chunk was visible in the chunk's snapshot (``snapshots``, not empty: chunk id -> :func:`snapshot_query` text),
    NULL for a chunk without one."""
    given = sa.values(sa.column("c", sa.Integer), sa.column("s", sa.Text), name="given").data(
        sorted(snapshots.items()))
    snap = sa.cast(given.c.s, _Snapshot())
    top = sa.cast(sa.cast(sa.func.pg_snapshot_xmax(snap), sa.Text), sa.BigInteger)
    epoch = sa.literal(_EPOCH, sa.BigInteger)
    # per snapshot, once: the xid8 its xmax's epoch starts at
    snaps = sa.select(given.c.c, snap.label("snap"), top.label("top"), (top - top.op("%")(epoch)).label("base")
                      ).subquery("snaps")
    # per chunk and writer first (a handful of groups: the visibility test runs once per writer, not per row); the
    # system column is read where staging is the only table in FROM (so unqualified ``xmin`` is its own)
    xmin: Any = sa.literal_column("xmin")
    rows = sa.select(stage.c[CHUNK_COL].label("c"), xmin.label("x"), sa.func.count().label("n")).group_by(
        stage.c[CHUNK_COL], xmin).subquery("rows")
    full = snaps.c.base + sa.cast(sa.cast(rows.c.x, sa.Text), sa.BigInteger)
    xid = sa.cast(sa.cast(sa.case((full > snaps.c.top, full - epoch), else_=full), sa.Text), _Xid8())
    seen = sa.func.pg_visible_in_snapshot(xid, snaps.c.snap)
    joined = rows.outerjoin(snaps, snaps.c.c == rows.c.c)
    return sa.select(rows.c.c, sa.cast(sa.func.sum(rows.c.n), sa.BigInteger), sa.func.bool_and(seen)).select_from(
        joined).group_by(rows.c.c)


def writers_query(stage: sa.Table) -> Any:
    """``chunk, xmin (as text), staged rows`` per chunk of ``stage`` and inserting transaction: which transactions
    wrote the rows each chunk holds (:mod:`core.migration.proof` tests them against a stream's own)."""
    xmin: Any = sa.literal_column("xmin")
    return sa.select(stage.c[CHUNK_COL], sa.cast(xmin, sa.Text), sa.func.count()).group_by(stage.c[CHUNK_COL], xmin)
