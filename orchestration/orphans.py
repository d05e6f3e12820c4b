"""Orphaned Dagster runs: runs left in STARTED (or STARTING/NOT_STARTED/CANCELING) by a dead process.

A process killed during an in-process run (the embedded path: ``orchestration.example.execute_run``,
no daemon) never writes the run's end event, so the run stays STARTED for good and the supervisor
(:func:`orchestration.supervisor.active_dagster_run`) would wait for it forever.

Runs we launch in-process register the identity of their process (host, pid and the process's start
time, so a reused pid is not mistaken for the original process) under their Dagster run id in the
instance's key-value storage (:func:`in_process_run`), not as run tags: nothing a person reads on the
Runs page, and the run's own log already names its pid ("Executing steps in process (pid: ...)").
:func:`fail_orphaned_runs` — called at the next start of an in-process run and on every pass of the
``supervisor`` sensor — finds such runs on this host whose process is gone and reports them failed
through ``DagsterInstance.report_run_failed`` (the run becomes FAILURE; its end is recorded in the
run's event log with the reason) and gives back the concurrency-pool slots its steps held (a killed
step never frees its own; :mod:`orchestration.migration.pools`). Runs launched elsewhere (another host
or container) are left to Dagster's run monitoring (``run_monitoring`` in dagster.yaml), which the daemon applies.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import uuid
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import dagster as dg

#: key-value storage key of an in-process run's process identity (cleared when the run returns)
PROCESS_KEY = "mapwright/process/{run_id}"
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


def process_identity() -> dict[str, str]:
    """The current process: host, pid and start time."""
    return {"host": socket.gethostname(), "pid": str(os.getpid()), "start": process_start(os.getpid()) or ""}


@contextlib.contextmanager
def in_process_run(instance: dg.DagsterInstance) -> Iterator[str]:
    """A new Dagster run id whose process identity is registered while the block runs it (the run is
    executed in this process with ``run_id=``); orphaned runs found first are failed."""
    fail_orphaned_runs(instance)
    run_id = str(uuid.uuid4())
    key = PROCESS_KEY.format(run_id=run_id)
    instance.daemon_cursor_storage.set_cursor_values({key: json.dumps(process_identity())})
    try:
        yield run_id
    finally:
        instance.daemon_cursor_storage.set_cursor_values({key: ""})


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


def _identities(instance: dg.DagsterInstance, runs: Sequence[dg.DagsterRun]) -> dict[str, dict[str, str]]:
    keys = {PROCESS_KEY.format(run_id=r.run_id): r.run_id for r in runs}
    values = instance.daemon_cursor_storage.get_cursor_values(set(keys)) if keys else {}
    return {keys[k]: json.loads(v) for k, v in values.items() if v}


def orphaned_runs(instance: dg.DagsterInstance) -> list[dg.DagsterRun]:
    """Runs of this host still marked in progress whose process is gone (see module docstring)."""
    runs = instance.get_runs(filters=dg.RunsFilter(statuses=ORPHAN_STATUSES))
    ids = _identities(instance, runs)
    host = socket.gethostname()
    return [run for run in runs if (ident := ids.get(run.run_id)) and ident.get("host") == host
            and ident.get("pid", "").isdecimal() and not process_alive(int(ident["pid"]), ident.get("start") or None)]


def fail_orphaned_runs(instance: dg.DagsterInstance) -> list[str]:
    """Report every orphaned run as failed; returns their Dagster run ids."""
    failed = []
    for run in orphaned_runs(instance):
        ident = _identities(instance, [run]).get(run.run_id, {})
        instance.report_run_failed(
            run, message=f"mapwright: the process running this run (pid {ident.get('pid')} on "
                         f"{ident.get('host')}) is gone (killed?); marked failed. Re-run the mapping run's "
                         "stage; the supervisor re-requests missing stages on its own.")
        instance.daemon_cursor_storage.set_cursor_values({PROCESS_KEY.format(run_id=run.run_id): ""})
        if instance.event_log_storage.supports_global_concurrency_limits:  # its pool slots (target pools)
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        failed.append(run.run_id)
    return failed


def materialize_in_process(assets: Sequence[Any], *, instance: dg.DagsterInstance, tags: Mapping[str, str],
                           **kwargs: Any) -> dg.ExecuteInProcessResult:
    """Materialize ``assets`` in this process (as ``dg.materialize`` does), after failing orphaned runs,
    with this process registered for the run (:func:`in_process_run`).

    The embedded (no-daemon) entry points launch through here, so a run killed with its process is
    found and failed at the next start.
    """
    job = dg.Definitions(assets=list(assets)).resolve_implicit_global_asset_job_def()
    with in_process_run(instance) as run_id:
        return job.execute_in_process(instance=instance, tags=dict(tags), run_id=run_id, **kwargs)
