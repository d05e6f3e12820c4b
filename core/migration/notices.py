"""Warnings of a target that do not fail the work: collected by the target, put on the ledger by the stage.

A target's write can succeed and still meet something a person should know of. The case this exists for: a
chunk's lease on MariaDB is a session lock (``GET_LOCK``) released after the chunk's transaction committed; when
that release fails (the lock's connection was cut, the server killed the session) the chunk is written and
checkpointed all the same, and the lease is gone with its session (the connection is discarded, never pooled
again). Failing the chunk then would make a finished chunk look failed (and a retry a no-op). So the target
records a :class:`~core.migration.models.TargetNotice` instead, the engine attaches what the target collected to
the chunk's result (:func:`take_notices`), and the stage records each as a ``migration.<kind>`` ledger event and
logs a warning (:func:`record_notices`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.models import TargetNotice

__all__ = ["NoticeSource", "record_notices", "take_notices"]

log = logging.getLogger("mapwright.migration")


@runtime_checkable
class NoticeSource(Protocol):
    """A target that collects :class:`TargetNotice` s while it works."""

    def take_notices(self) -> list[TargetNotice]:
        """The notices collected since the last call (and forget them)."""
        ...


def take_notices(target: object) -> list[TargetNotice]:
    """What ``target`` collected since the last call (nothing for a target that collects none)."""
    return target.take_notices() if isinstance(target, NoticeSource) else []


def record_notices(rec: LedgerRecorder | None, notices: Iterable[TargetNotice], *, strategy: str) -> None:
    """Each notice as a warning in the log and an accept event ``migration.<kind>`` on the ledger (the work it
    concerns succeeded)."""
    for n in notices:
        log.warning("migration: %s (chunk %s)", n.message, n.chunk_id)
        if rec is not None:
            rec.record(Stage.MIGRATION, Decision.ACCEPT, f"migration.{n.kind}",
                       chunk_id=None if n.chunk_id is None else str(n.chunk_id),
                       detail={"warning": n.message, "chunk_id": n.chunk_id, "strategy": strategy})
