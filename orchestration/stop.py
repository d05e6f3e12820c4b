"""``mapwright run stop``: cancel a mapping run's Dagster runs through the instance API and record it."""

from __future__ import annotations

import dagster as dg

from core.ledger import LedgerEvent, LedgerPort
from core.policy import PolicyEngine
from core.run_control import stop_run
from orchestration.supervisor.sensor import IN_PROGRESS, RUN_TAG


def cancel_dagster_runs(ledger: LedgerPort, policy: PolicyEngine, instance: dg.DagsterInstance, run_id: str, *,
                        user_id: str, role: str, note: str = "") -> tuple[LedgerEvent, list[str]]:
    """Record the stop first (RBAC checked; the chunk loop sees it at its next boundary), then cancel
    the run's queued Dagster runs and ask the run launcher to terminate started ones.

    Returns the stop event and the Dagster run ids asked to stop.
    """
    runs = instance.get_runs(filters=dg.RunsFilter(tags={RUN_TAG: run_id}, statuses=IN_PROGRESS))
    ids = [r.run_id for r in runs]
    event = stop_run(ledger, policy, run_id=run_id, user_id=user_id, role=role, note=note, dagster_runs=ids)
    for r in runs:
        if r.status in (dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED):
            instance.report_run_canceled(r, message=f"mapwright run stop by {user_id}")
        else:
            # Started runs: the launcher terminates its process; an in-process run (the example,
            # `run advance`) cannot be terminated from here and stops at its next chunk boundary.
            try:
                instance.run_launcher.terminate(r.run_id)
            except Exception:  # noqa: BLE001 - a launcher without termination: the ledger stop still applies
                instance.report_engine_event(f"mapwright run stop by {user_id}: terminate not supported; "
                                             "stopping at the next chunk boundary", r)
    return event, ids
