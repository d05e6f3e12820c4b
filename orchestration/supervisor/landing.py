"""Sensors: ``landing_zone`` turns each new or changed landed file into a mapping run."""


from pathlib import Path

import dagster as dg

from core.contract import run_id_for
from core.errors import MapwrightError
from core.landing import LandingCursor, contract_for, plan_tick
from core.ledger import Decision, LedgerEvent, Stage
from core.settings import get_settings
from core.supervisor import STAGE_PLAN
from orchestration.partitions import LANE_TAG, MAPPING_RUNS, mapping_runs
from orchestration.resources import MetadataStoreResource, PolicyResource
from orchestration.settings import sensor_interval_seconds
from orchestration.supervisor.jobs import ingest_job
from orchestration.supervisor.sensor import RUN_TAG


class LandingZoneResource(dg.ConfigurableResource):
    """Where files land and how long a file must be unchanged before it counts as complete.

    ``folder`` empty = ``$MAPWRIGHT_LANDING_DIR``, else ``$MAPWRIGHT_HOME/landing``."""

    folder: str = ""
    settle_seconds: float = 5.0

    def path(self) -> Path:
        """The landing folder."""
        return Path(self.folder) if self.folder else get_settings().landing_dir


@dg.sensor(
    job=ingest_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="New or changed CSV/TSV/Parquet files in the landing folder become mapping runs.",
)
def landing_zone(
    context: dg.SensorEvaluationContext, store: MetadataStoreResource, landing: LandingZoneResource,
    policy: PolicyResource,
) -> dg.SensorResult:
    """Scan the landing folder; each complete new file version -> run contract + partition + run request."""
    folder = landing.path()
    engine = policy.engine()
    cursor = LandingCursor.model_validate_json(context.cursor) if context.cursor else LandingCursor()
    ready, next_cursor = plan_tick(cursor, folder, settle_s=landing.settle_seconds)
    meta = store.store()
    requests: list[dg.RunRequest] = []
    new_partitions: list[str] = []
    for f in ready:
        # The refusal is filed under the run id this file version would get, so it is findable.
        fallback_id = run_id_for(f"landing:{f.path}:{f.signature.key()}", f.signature.mtime_ns // 1_000_000)
        try:
            contract = contract_for(f, folder)
            engine.require_contract(contract, stage=Stage.SUPERVISOR.value)
            _, created = meta.save_run(contract)
        except MapwrightError as exc:
            context.log.error(f"landing file {f.path} refused: {exc}")
            meta.append(LedgerEvent(run_id=exc.run_id or fallback_id, stage=Stage.SUPERVISOR,
                                    decision=Decision.REJECT, action="landing.submit", error_code=str(exc.code),
                                    detail={"path": f.path, **exc.to_dict()}))
            continue
        if created:
            meta.append(LedgerEvent(run_id=contract.run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                    action="landing.submit", contract_hash=contract.contract_hash(),
                                    detail={"path": f.path, "size": f.signature.size}))
        if not context.instance.has_dynamic_partition(MAPPING_RUNS, contract.run_id):
            new_partitions.append(contract.run_id)
        requests.append(dg.RunRequest(
            run_key=contract.run_id,
            partition_key=contract.run_id,
            # the first stage only: the supervisor requests each later stage once the gates before it pass
            asset_selection=[dg.AssetKey(a) for a in STAGE_PLAN[0].assets],
            tags={LANE_TAG: contract.lane_hint.value if contract.lane_hint else "batch",
                  RUN_TAG: contract.run_id},
        ))
    return dg.SensorResult(
        run_requests=requests,
        dynamic_partitions_requests=[mapping_runs.build_add_request(new_partitions)] if new_partitions else [],
        cursor=next_cursor.model_dump_json(),
        skip_reason=None if requests else f"no complete new files in {folder}",
    )
