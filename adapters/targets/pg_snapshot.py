"""PostgreSQL: did anything in staging change since a snapshot? (the guard on reusing early read-backs).

A chunk's staged rows read back (or summed by the server) before validation stand at validation only if no
staged row of the chunk was written since. :func:`snapshot_query` records ``pg_current_snapshot()`` before the
read starts; :func:`unchanged_query` counts each chunk's staged rows and tests, in the same ``GROUP BY`` (per chunk
and ``xmin`` first, so the test runs once per writing transaction), that every row's inserting transaction
(``xmin``) is visible in that snapshot (``pg_visible_in_snapshot``, 13+). An in-place ``UPDATE``, a delete
plus an insert, or a row written by a transaction still open at the snapshot all leave a row whose ``xmin`` the
snapshot does not see; a deleted row lowers the count. ``xmin`` is a 32-bit id:
it is widened to the snapshot's epoch (the ``xid8`` just at or below the snapshot's ``xmax``), so the test holds
after the counter wraps. Values can also change without any staged row being written: a column dropped and added
again, two columns swapped by renames, a trigger or rule created. :func:`definition_query` tests the same way that
the catalog rows defining staging (``pg_class``, ``pg_attribute``, ``pg_trigger``, ``pg_rewrite``) were all
visible in the snapshot; if not, every chunk is summed again.
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


def _snaps(snapshots: dict[int, str]) -> Any:
    """Per chunk's snapshot, once: ``c`` (chunk), ``snap``, ``top`` (its xmax) and ``base`` (the xid8 its epoch
    starts at)."""
    given = sa.values(sa.column("c", sa.Integer), sa.column("s", sa.Text), name="given").data(
        sorted(snapshots.items()))
    snap = sa.cast(given.c.s, _Snapshot())
    top = sa.cast(sa.cast(sa.func.pg_snapshot_xmax(snap), sa.Text), sa.BigInteger)
    epoch = sa.literal(_EPOCH, sa.BigInteger)
    return sa.select(given.c.c, snap.label("snap"), top.label("top"), (top - top.op("%")(epoch)).label("base")
                     ).subquery("snaps")


def _seen(xmin: Any, snaps: Any) -> Any:
    """Whether the 32-bit ``xmin`` (a column) was visible in ``snaps``' snapshot, widened to its epoch."""
    epoch = sa.literal(_EPOCH, sa.BigInteger)
    full = snaps.c.base + sa.cast(sa.cast(xmin, sa.Text), sa.BigInteger)
    xid = sa.cast(sa.cast(sa.case((full > snaps.c.top, full - epoch), else_=full), sa.Text), _Xid8())
    return sa.func.pg_visible_in_snapshot(xid, snaps.c.snap)


def unchanged_query(stage: sa.Table, snapshots: dict[int, str]) -> Any:
    """``chunk, staged rows, unchanged`` per chunk of ``stage``; ``unchanged`` is true when every staged row of the
    chunk was visible in the chunk's snapshot (``snapshots``, not empty: chunk id -> :func:`snapshot_query` text),
    NULL for a chunk without one."""
    snaps = _snaps(snapshots)
    # per chunk and writer first (a handful of groups: the visibility test runs once per writer, not per row); the
    # system column is read where staging is the only table in FROM (so unqualified ``xmin`` is its own)
    xmin: Any = sa.literal_column("xmin")
    rows = sa.select(stage.c[CHUNK_COL].label("c"), xmin.label("x"), sa.func.count().label("n")).group_by(
        stage.c[CHUNK_COL], xmin).subquery("rows")
    joined = rows.outerjoin(snaps, snaps.c.c == rows.c.c)
    return sa.select(rows.c.c, sa.cast(sa.func.sum(rows.c.n), sa.BigInteger),
                     sa.func.bool_and(_seen(rows.c.x, snaps))).select_from(joined).group_by(rows.c.c)


#: the catalogs holding what a table's stored values are read or written through, and their column naming it:
#: the table itself, its columns (a column dropped, added or renamed), its triggers and its rules
_DEFINITION = (("pg_class", "oid"), ("pg_attribute", "attrelid"), ("pg_trigger", "tgrelid"),
               ("pg_rewrite", "ev_class"))


def definition_query(stage: sa.Table, snapshots: dict[int, str], quoted: str) -> Any:
    """``chunk, definition unchanged`` per chunk snapshot: true when every catalog row defining ``stage`` (its
    ``pg_class`` row, columns, triggers and rules; ``quoted``: its name as the dialect quotes it) was visible in
    the chunk's snapshot. A column dropped and added again, two columns swapped by renames or a trigger created
    since changes what staging holds without writing any staged row (no staged ``xmin`` moves)."""
    rel = sa.func.to_regclass(sa.literal(quoted, sa.Text))
    xmin: Any = sa.literal_column("xmin")
    parts = [sa.select(xmin.label("x")).select_from(sa.table(name)).where(sa.literal_column(col) == rel)
             for name, col in _DEFINITION]
    cat = sa.union_all(*parts).subquery("cat")
    snaps = _snaps(snapshots)
    return sa.select(snaps.c.c, sa.func.bool_and(_seen(cat.c.x, snaps))).select_from(
        snaps.join(cat, sa.true())).group_by(snaps.c.c)
