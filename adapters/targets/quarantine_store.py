"""Quarantine bookkeeping a release needs from a SQL target (records of released rows leave the run)."""

from __future__ import annotations

import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget


def mark_released(target: SqlTarget, run_id: str, tokens: list[str], release_run_id: str) -> int:
    """Remove the quarantine records of ``tokens`` from ``run_id`` (they were loaded by ``release_run_id``).

    The release itself is on the ledger (tokens, counts, release run) and the released rows carry the
    release run's checkpoint; returns how many records were removed.
    """
    q = target._quar  # noqa: SLF001 - the target's own quarantine table
    count = sa.select(sa.func.count()).select_from(q).where(q.c.run_id == run_id)
    with target._begin() as conn:  # noqa: SLF001
        before = int(conn.execute(count).scalar_one())
        for i in range(0, len(tokens), 500):
            conn.execute(sa.delete(q).where(q.c.run_id == run_id, q.c.key_token.in_(tokens[i:i + 500])))
        return before - int(conn.execute(count).scalar_one())
