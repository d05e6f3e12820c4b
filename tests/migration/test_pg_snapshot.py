"""adapters.targets.pg_snapshot: a chunk is unchanged since a snapshot only if every staged row's writer is visible
in it; the 32-bit ``xmin`` is widened to the snapshot's epoch (tested with snapshots of a later epoch)."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from adapters.targets import pg_snapshot
from core.migration.chunks import CHUNK_COL

pytestmark = pytest.mark.postgres

EPOCH = 1 << 32


def test_rows_written_after_the_snapshot_and_epoch_widening(pg_target_url: str) -> None:
    engine = sa.create_engine(pg_target_url)
    stage = sa.Table(f"mw_snap_{uuid.uuid4().hex[:10]}", sa.MetaData(), sa.Column(CHUNK_COL, sa.Integer),
                     sa.Column("v", sa.Text))
    try:
        with engine.begin() as conn:
            stage.create(conn)
            conn.execute(stage.insert(), [{CHUNK_COL: 0, "v": "a"}, {CHUNK_COL: 1, "v": "b"}])
        with engine.begin() as conn:
            snap = conn.execute(pg_snapshot.snapshot_query()).scalar_one()
            first = sa.select(sa.cast(sa.literal_column("xmin"), sa.Text)).select_from(stage).limit(1)
            xmin = int(conn.execute(first).scalar_one())
        with engine.begin() as conn:
            def unchanged(snaps: dict[int, str]) -> dict[int, tuple[int, bool | None]]:
                return {c: (n, ok) for c, n, ok in conn.execute(pg_snapshot.unchanged_query(stage, snaps))}

            assert unchanged({0: snap, 1: snap}) == {0: (1, True), 1: (1, True)}
            assert unchanged({0: snap}) == {0: (1, True), 1: (1, None)}, "a chunk without a snapshot is not unchanged"
            # the row's writer in progress (in xip) / before the snapshot, in a snapshot of epoch 1
            running = f"{EPOCH + xmin}:{EPOCH + xmin + 10}:{EPOCH + xmin}"
            done = f"{EPOCH + xmin + 1}:{EPOCH + xmin + 10}:"
            assert unchanged({0: running})[0] == (1, False), "xmin widened to epoch 1: the snapshot saw it running"
            assert unchanged({0: done})[0] == (1, True)
        with engine.begin() as conn:
            conn.execute(sa.update(stage).where(stage.c[CHUNK_COL] == 1).values(v="B"))
        with engine.begin() as conn:
            rows = {c: (n, ok) for c, n, ok in conn.execute(pg_snapshot.unchanged_query(stage, {0: snap, 1: snap}))}
            assert rows == {0: (1, True), 1: (1, False)}, "the row updated in place after the snapshot"
    finally:
        with engine.begin() as conn:
            stage.drop(conn, checkfirst=True)
        engine.dispose()
