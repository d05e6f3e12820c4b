"""Orphaned Dagster runs: runs left in STARTED (or STARTING/NOT_STARTED/CANCELING) by a dead process.

A process killed during an in-process run (the embedded path: ``orchestration.example.execute_run``,
no daemon) never writes the run's end event, so the run stays STARTED for good and the supervisor
(:func:`orchestration.supervisor.active_dagster_run`) would wait for it forever.

Runs we launch in-process carry the identity of their process as tags (:func:`process_tags`: host,
pid and the process's start time, so a reused pid is not mistaken for the original process).
:func:`fail_orphaned_runs` — called at the next start of an in-process run and on every pass of the
``supervisor`` sensor — finds such runs on this host whose process is gone and reports them failed
through ``DagsterInstance.report_run_failed`` (the run becomes FAILURE; its end is recorded in the
run's event log with the reason). Runs launched elsewhere (another host or container) are left to
Dagster's run monitoring (``run_monitoring`` in dagster.yaml), which the daemon applies.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import dagster as dg

HOST_TAG = "mapwright/host"
PID_TAG = "mapwright/pid"
PROC_START_TAG = "mapwright/proc_start"
ORPHAN_STATUSES = [dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED,
                   dg.DagsterRunStatus.CANCELING]


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/<pid>/stat after the command name (None when unavailable)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return raw[raw.rfind(")") + 2:].split()


def process_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), or None."""
    fields = _stat(pid)
    return fields[19] if fields is not None and len(fields) > 19 else None


def process_tags() -> dict[str, str]:
    """Run tags naming the current process (host, pid, start time)."""
    tags = {HOST_TAG: socket.gethostname(), PID_TAG: str(os.getpid())}
    start = process_start(os.getpid())
    if start is not None:
        tags[PROC_START_TAG] = start
    return tags


def process_alive(pid: int, start: str | None = None) -> bool:
    """Whether ``pid`` is a live (not zombie) process, and the same one when ``start`` is given."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    fields = _stat(pid)
    if fields is not None and fields[0] in ("Z", "X"):
        return False
    return not (start and fields is not None and len(fields) > 19 and fields[19] != start)


def orphaned_runs(instance: dg.DagsterInstance) -> list[dg.DagsterRun]:
    """Runs of this host still marked in progress whose process is gone (see module docstring)."""
    runs = instance.get_runs(filters=dg.RunsFilter(statuses=ORPHAN_STATUSES,
                                                   tags={HOST_TAG: socket.gethostname()}))
    out = []
    for run in runs:
        pid = run.tags.get(PID_TAG, "")
        if pid.isdigit() and not process_alive(int(pid), run.tags.get(PROC_START_TAG)):
            out.append(run)
    return out


def fail_orphaned_runs(instance: dg.DagsterInstance) -> list[str]:
    """Report every orphaned run as failed; returns their Dagster run ids."""
    failed = []
    for run in orphaned_runs(instance):
        instance.report_run_failed(
            run, message=f"mapwright: the process running this run (pid {run.tags.get(PID_TAG)} on "
                         f"{run.tags.get(HOST_TAG)}) is gone (killed?); marked failed. Re-run the mapping run's "
                         "stage; the supervisor re-requests missing stages on its own.")
        failed.append(run.run_id)
    return failed


def materialize_in_process(assets: Sequence[Any], *, instance: dg.DagsterInstance, tags: Mapping[str, str],
                           **kwargs: Any) -> dg.ExecuteInProcessResult:
    """``dg.materialize`` in this process, after failing orphaned runs, with this process's tags.

    The embedded (no-daemon) entry points launch through here, so a run killed with its process is
    found and failed at the next start, and the new run can be recognised the same way.
    """
    fail_orphaned_runs(instance)
    return dg.materialize(assets, instance=instance, tags={**tags, **process_tags()}, **kwargs)
