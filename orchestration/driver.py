"""Drive a mapping run through the supervisor in this process (the example, ``run advance``, tests).

The supervisor sensor does the same in a deployment: it asks :func:`orchestration.supervisor.
evaluate_run` for the next step and hands the run request to the daemon's run queue. Here each
request is executed in-process in the persistent Dagster instance, with exactly the job, partition
(or chunk partition range), asset selection and tags the sensor would have requested, so the runs
show up in the UI like any other. Dagster's own log lines go to ``log_path`` when one is given.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import dagster as dg

from adapters.metadata_store import MetadataStore
from core.errors import DeterministicFailure
from core.supervisor import NextStep, StepKind
from orchestration.orphans import in_process_run
from orchestration.partitions import MAPPING_RUNS
from orchestration.supervisor.jobs import RUN_JOBS, mapping_run_job
from orchestration.supervisor.sensor import RANGE_END, RANGE_START, active_dagster_run, evaluate_run

#: more steps than the stage plan has, counting one re-request per step
MAX_STEPS = 20
#: the error Dagster records for a step or run stopped by SIGINT/SIGTERM
INTERRUPTED = "DagsterExecutionInterruptedError"


@contextlib.contextmanager
def output_to(log_path: Path | None) -> Iterator[None]:
    """Send everything written to stdout/stderr (file descriptors included) to ``log_path``."""
    if log_path is None:
        yield
        return
    log_path.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(log_path, "a", encoding="utf-8") as fh:
        os.dup2(fh.fileno(), 1)
        os.dup2(fh.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def run_definitions(db_url: str | None = None) -> dg.Definitions:
    """The stage assets and the supervisor's jobs (one per step, and the whole run) with resources on ``db_url``."""
    from orchestration.definitions import RUN_ASSETS, resources_for

    return dg.Definitions(assets=RUN_ASSETS, jobs=RUN_JOBS,
                          resources=resources_for(db_url))


def execute_request(request: dg.RunRequest, *, instance: dg.DagsterInstance, db_url: str | None = None,
                    log_path: Path | None = None) -> dg.ExecuteInProcessResult:
    """Execute one supervisor run request in-process (a failed run is returned, not raised)."""
    job = run_definitions(db_url).resolve_job_def(request.job_name or mapping_run_job.name)
    key = request.partition_key
    if key is not None and not instance.has_dynamic_partition(MAPPING_RUNS, key):
        instance.add_dynamic_partitions(MAPPING_RUNS, [key])
    tags = dict(request.tags)
    if RANGE_START in tags:  # a chunk range: one Dagster run over the run's chunk partitions
        key = None
    # a run a killed earlier process left STARTED is failed first; this process is registered for the new one
    with in_process_run(instance) as run_id, output_to(log_path):
        result = job.execute_in_process(instance=instance, partition_key=key, tags=tags, raise_on_error=False,
                                        asset_selection=list(request.asset_selection or []) or None, run_id=run_id)
    if was_interrupted(result):
        raise RunInterrupted(result.run_id, job.name)
    return result


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT, or SIGTERM) stopped an in-process Dagster run. Dagster turns the signal into a failed run
    and returns normally; this raises it again, so the driver stops instead of requesting the next step."""

    def __init__(self, dagster_run_id: str, job_name: str) -> None:
        super().__init__(dagster_run_id, job_name)
        self.dagster_run_id, self.job_name = dagster_run_id, job_name


def was_interrupted(result: dg.ExecuteInProcessResult) -> bool:
    """True when a step or the run failed because the process was interrupted (Ctrl-C)."""
    for event in result.all_events:
        error = getattr(event.event_specific_data, "error", None)
        if error is not None and getattr(error, "cls_name", None) == INTERRUPTED:
            return True
    return False


def interrupted_message(exc: KeyboardInterrupt, run_id: str, again: str) -> str:
    """The one line printed when a person interrupts a driven run: what stopped (the Dagster run, or that none was
    running: Ctrl-C at an ``--interactive`` question), and the command that continues."""
    what = (f"Dagster run {exc.dagster_run_id} ({exc.job_name}) was stopped and is recorded as failed"
            if isinstance(exc, RunInterrupted)
            else "stopped outside any Dagster step (at a question, or between two Dagster runs), so no Dagster run "
                 "was stopped")
    return (f"interrupted: mapping run {run_id}: {what}; finished stages and checkpointed chunks are kept. "
            f"To continue: {again}")


def advance(store: MetadataStore, run_id: str, *, instance: dg.DagsterInstance, db_url: str | None = None,
            log_path: Path | None = None, max_steps: int = MAX_STEPS) -> tuple[NextStep, list[str]]:
    """Apply the supervisor's decisions to the run until it holds, halts, stops or completes.

    Returns the last decision and the Dagster run ids executed on the way.
    """
    executed: list[str] = []
    for _ in range(max_steps):
        record = store.require_run(run_id)
        step, request = evaluate_run(store, record, active=active_dagster_run(instance, run_id))
        if request is None:
            if step.kind is StepKind.WAIT:
                raise DeterministicFailure(f"run {run_id}: a Dagster run of it is still queued or in progress; wait "
                                           "for it (or `mapwright run stop`) and advance again", run_id=run_id,
                                           stage="SUPERVISOR")
            return step, executed
        executed.append(execute_request(request, instance=instance, db_url=db_url, log_path=log_path).run_id)
    return evaluate_run(store, store.require_run(run_id))[0], executed


__all__ = ["RANGE_END", "RunInterrupted", "advance", "execute_request", "interrupted_message", "output_to",
           "run_definitions", "was_interrupted"]
