"""The ``supervisor`` sensor and the human-confirmation job.

The sensor reads each open run's ledger, asks :func:`core.supervisor.next_step` what to do, and
requests the next stage's assets for that run's partition, or records a hold (once) and waits
for a ``human.confirm`` event. The confirmation comes from ``mapwright run confirm`` or from the
``confirm_stage_job`` launched in the UI with config; both call the same core function, which
checks RBAC with the policy engine.

Each request carries the lane the supervisor chose (:mod:`core.lanes`) as the ``mapwright/lane``
tag and ``dagster/priority``, so the run queue's per-lane limits (dagster.yaml) apply. Each step
runs as its own job (``domains_job``, ...: :mod:`orchestration.supervisor.jobs`); the chunk step is
one Dagster run of ``migration_chunks_job`` over the run's chunk partitions (range tags).
"""


from enum import StrEnum

import dagster as dg
from pydantic import Field

from adapters.metadata_store import MetadataStore, RunRecord
from core.artifacts import ArtifactKind
from core.contract import Role
from core.lanes import LaneChoice, LaneInputs, choose_lane
from core.ledger import Decision, HumanConfirmation, LedgerEvent, Stage
from core.supervisor import (
    COMPLETE_ACTION,
    HOLD_ACTION,
    PROVIDER_ACTION_PREFIX,
    REQUEST_ACTION,
    NextStep,
    StepKind,
    confirm_stage,
    next_step,
)
from orchestration.migration.assets import chunk_key
from orchestration.orphans import fail_orphaned_runs
from orchestration.partitions import LANE_TAG, MAPPING_RUNS, mapping_runs
from orchestration.resources import MetadataStoreResource, PolicyResource
from orchestration.settings import sensor_interval_seconds
from orchestration.supervisor.jobs import RUN_JOBS, job_for_step

OPEN_STATUSES = {"created", "running", "held"}
RUN_TAG = "mapwright/run_id"
IN_PROGRESS = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING,
               dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


def active_dagster_run(instance: dg.DagsterInstance, run_id: str) -> bool:
    """True when a Dagster run of this mapping run (tag ``mapwright/run_id``) is queued or in progress."""
    runs = instance.get_runs(filters=dg.RunsFilter(tags={RUN_TAG: run_id}, statuses=IN_PROGRESS), limit=1)
    return bool(runs)


def providers_healthy(events: list[LedgerEvent], window: int = 3) -> bool:
    """Provider health as this run saw it: unhealthy when its last ``window`` provider calls all failed."""
    calls = [e for e in events if e.action.startswith(PROVIDER_ACTION_PREFIX)][-window:]
    return len(calls) < window or any(e.decision is not Decision.REJECT for e in calls)


def lane_for(meta: MetadataStore, record: RunRecord, step: NextStep, events: list[LedgerEvent]) -> LaneChoice:
    """The supervisor's lane for ``step`` of the run (§4): size, sensitivity, role, budget, health."""
    contract = record.contract
    cat = meta.latest(record.run_id, ArtifactKind.CATALOG)
    rows = sum(int(t.get("row_estimate") or 0) for t in cat.payload.get("tables", [])) if cat else None
    dom = meta.latest(record.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS)
    budget = contract.budget(step.stage.value) if step.stage else None
    return choose_lane(LaneInputs(
        step=step.step, mode=contract.mode, rows=rows,
        pii_columns=int(dom.payload.get("summary", {}).get("pii", 0)) if dom else 0,
        role=contract.rbac_actor.role, budget_usd=budget.usd if budget else None,
        providers_healthy=providers_healthy(events), hint=contract.lane_hint))


def run_request(record: RunRecord, step: NextStep, lane: LaneChoice) -> dg.RunRequest:
    """The Dagster run request of a stage step: the run's partition, or its chunk partitions as one range."""
    run_id = record.run_id
    assert step.stage is not None
    tags = {LANE_TAG: lane.lane.value, "dagster/priority": str(lane.priority), RUN_TAG: run_id,
            "mapwright/stage": step.stage.value, "mapwright/step": step.step}
    run_key = f"{run_id}:{step.step}:{step.attempt}"
    if step.chunks:
        keys = [chunk_key(run_id, c) for c in step.chunks]
        return dg.RunRequest(run_key=run_key, job_name=job_for_step(step.step).name,
                             asset_selection=[dg.AssetKey(a) for a in step.assets],
                             tags={**tags, RANGE_START: keys[0], RANGE_END: keys[-1]})
    return dg.RunRequest(run_key=run_key, job_name=job_for_step(step.step).name, partition_key=run_id,
                         asset_selection=[dg.AssetKey(a) for a in step.assets], tags=tags)


def evaluate_run(meta: MetadataStore, record: RunRecord, *, active: bool = False
                 ) -> tuple[NextStep, dg.RunRequest | None]:
    """Apply the supervisor's decision for one run to the ledger and run status.

    Returns the decision and, when the next stage must run, the run request for it (the caller
    registers the partition if needed). Re-evaluating is safe: every record is written once.
    """
    run_id = record.run_id
    events = list(meta.events(run_id))
    step = next_step(events, active=active)
    if step.kind is StepKind.REQUEST and step.stage is not None:
        lane = lane_for(meta, record, step, events)
        meta.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                action=REQUEST_ACTION, contract_hash=record.contract_hash,
                                detail={"stage": step.stage.value, "step": step.step, "assets": list(step.assets),
                                        "attempt": step.attempt, "chunks": len(step.chunks), **lane.detail(),
                                        **({"reasons": list(step.reasons)} if step.reasons else {})}))
        meta.set_status(run_id, "running")
        return step, run_request(record, step, lane)
    if step.kind is StepKind.HOLD and not step.already_recorded and step.stage is not None:
        meta.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.HOLD,
                                action=HOLD_ACTION, human_confirmation=HumanConfirmation(required=True),
                                detail={"stage": step.stage.value, "step": step.step, "reasons": list(step.reasons)}))
        meta.set_status(run_id, "held")
    elif step.kind is StepKind.HALTED and str(record.status) != "failed":
        meta.set_status(run_id, "failed")
    elif step.kind is StepKind.STOPPED and str(record.status) != "cancelled":
        meta.set_status(run_id, "cancelled")
    elif step.kind is StepKind.COMPLETE and not step.already_recorded:
        meta.append(LedgerEvent(run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                action=COMPLETE_ACTION, detail={}))
        meta.set_status(run_id, "completed")
    return step, None


@dg.sensor(
    jobs=RUN_JOBS,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Advances each open mapping run to its next stage, or holds it for a human confirmation.",
)
def supervisor(context: dg.SensorEvaluationContext, store: MetadataStoreResource) -> dg.SensorResult:
    """One pass over the open runs (runs left in progress by a dead process are failed first)."""
    fail_orphaned_runs(context.instance)
    meta = store.store()
    requests: list[dg.RunRequest] = []
    new_partitions: list[str] = []
    for record in meta.list_runs():
        if str(record.status) not in OPEN_STATUSES:
            continue
        _, request = evaluate_run(meta, record, active=active_dagster_run(context.instance, record.run_id))
        if request is None:
            continue
        if request.partition_key is not None and not context.instance.has_dynamic_partition(MAPPING_RUNS,
                                                                                          record.run_id):
            new_partitions.append(record.run_id)
        requests.append(request)
    return dg.SensorResult(
        run_requests=requests,
        dynamic_partitions_requests=[mapping_runs.build_add_request(new_partitions)] if new_partitions else [],
        skip_reason=None if requests else "no run needs a new stage",
    )


class HeldStage(StrEnum):
    """A stage whose gate can hold a run (the launchpad offers these values)."""

    INGEST = "INGEST"
    DOMAINS = "DOMAINS"
    MAPPING = "MAPPING"
    ANALYSIS = "ANALYSIS"
    MIGRATION = "MIGRATION"


class ConfirmRole(StrEnum):
    """The confirmer's RBAC role (the policy engine decides whether it may confirm)."""

    Viewer = Role.VIEWER.value
    Analyst = Role.ANALYST.value
    Operator = Role.OPERATOR.value
    Maintainer = Role.MAINTAINER.value
    Admin = Role.ADMIN.value


class ConfirmStageConfig(dg.Config):
    """Who confirms which held stage of which run. Every field has a default, so the launchpad opens
    with all of them listed; an empty ``run_id`` or ``user_id`` fails the run before anything is recorded."""

    run_id: str = Field(default="", description="The mapping run to release: its run_id (the partition key of "
                                                "every stage asset; `mapwright run list`). Required.")
    stage: HeldStage = Field(default=HeldStage.DOMAINS,
                             description="The held stage to release: the stage named in the hold (the held "
                                         "gate's asset). Domains holds most often (borderline columns).")
    user_id: str = Field(default="", description="Who confirms; recorded on the ledger as the human "
                                                 "confirmation's actor. Required.")
    role: ConfirmRole = Field(default=ConfirmRole.Operator,
                              description="The confirmer's RBAC role; a role the policy refuses fails the run "
                                          "with POLICY_BLOCK (recorded on the ledger).")
    note: str = Field(default="", description="Why it may go on (kept with the confirmation on the ledger).")
    gate: str = Field(default="", description="The one held gate this releases, e.g. domain_assignments_gate "
                                              "(empty: any hold of the stage).")


@dg.op(description="Record a human confirmation for a held stage (RBAC checked by the policy engine).")
def confirm_stage_op(
    context: dg.OpExecutionContext, config: ConfirmStageConfig, store: MetadataStoreResource, policy: PolicyResource
) -> None:
    """Release a hold; a refused role fails the op with POLICY_BLOCK and a ledger event."""
    missing = [name for name in ("run_id", "user_id") if not getattr(config, name).strip()]
    if missing:
        raise dg.Failure(f"set {' and '.join(missing)} in the launchpad config: which run to release and who "
                         "confirms it (nothing was recorded)", allow_retries=False)
    event = confirm_stage(store.store(), policy.engine(), run_id=config.run_id.strip().upper(),
                          stage=Stage(config.stage.value), user_id=config.user_id, role=config.role.value,
                          note=config.note, gate=config.gate or None, source="ui")
    context.log.info(f"confirmation {event.event_id} recorded for run {config.run_id} stage {config.stage}")


@dg.job(description="Confirm a held stage of a mapping run (launch from the UI with config).",
        tags={"mapwright/lane": "interactive"})
def confirm_stage_job() -> None:
    """A one-op job wrapping :func:`core.supervisor.confirm_stage`."""
    confirm_stage_op()
