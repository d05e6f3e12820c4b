"""Golden-set evaluation: an asset, its job and the nightly schedule (ROADMAP §21, §43)."""

import dagster as dg

from core.artifacts import ArtifactKind
from core.display import Table
from core.domains.eval import EvalReport, held_out_reports, run_golden_eval, set_statuses
from orchestration.domains.resources import DomainsResource
from orchestration.metadata import table_value
from orchestration.resources import MetadataStoreResource, PolicyResource

EVAL_MODES = ("metadata_only", "data_mode")
TARGETS_CHECK = dg.AssetCheckSpec(
    "golden_targets", asset="golden_eval",
    description="Phase 2 / §46 targets on the dev golden set, both modes: >= 90% High-and-correct, PII recall >= 0.98, "
                "precision >= 0.97.",
)


def held_out_table(held_out: dict[str, dict[str, EvalReport]]) -> Table:
    """One row per other golden set and mode, with its status (blind: tables the catalog was never tuned on)."""
    statuses = set_statuses()
    return Table.of(["golden set", "status", "mode", "tables", "labeled", "High & correct", "High precision",
                     "PII recall", "PII precision"],
                    [[name, statuses.get(name, ""), m, r.tables, r.labeled, r.high_correct_fraction, r.high_precision,
                      r.pii_recall, r.pii_precision] for name, reps in held_out.items() for m, r in reps.items()])


def report_tables(reports: dict[str, EvalReport]) -> dict[str, Table]:
    """Headline figures per mode, then the reliability curve of data_mode."""
    head = Table.of(["mode", "P", "R", "F1", "macro F1", "Brier", "High & correct", "PII recall", "PII precision"],
                    [[m, r.micro_precision, r.micro_recall, r.micro_f1, r.macro_f1, r.brier, r.high_correct_fraction,
                      r.pii_recall, r.pii_precision] for m, r in reports.items()])
    rel = reports["data_mode"].reliability
    curve = Table.of_records([b.model_dump() for b in rel])
    return {"report": head, **({"reliability (data_mode)": curve} if rel else {})}


@dg.asset(
    group_name="evals",
    check_specs=[TARGETS_CHECK],
    kinds={"python"},
    description="Domaining quality with the live domain catalog, both modes: the dev golden set (targets) and every "
                "held-out set (generalization).",
)
def golden_eval(store: MetadataStoreResource, policy: PolicyResource, domains: DomainsResource) -> dg.MaterializeResult:
    """Run the golden-set eval on the live catalog; store the report; check the targets."""
    meta = store.store()
    live = domains.domain_store(meta, policy.engine()).live_catalog()
    reports = {m: run_golden_eval(live, mode=m) for m in EVAL_MODES}
    held_out = held_out_reports(live, modes=EVAL_MODES)
    payload = {m: r.model_dump(mode="json") for m, r in reports.items()}
    brief = {"errors", "per_domain"}
    payload["held_out"] = {name: {m: r.model_dump(mode="json", exclude=brief) for m, r in reps.items()}
                           for name, reps in held_out.items()}
    artifact = meta.put(ArtifactKind.EVAL_REPORT, None, payload, policy_version=policy.engine().version)
    data = reports["data_mode"]
    unmet = sorted(f"{k} ({m})" for m, r in reports.items() for k, ok in r.targets_met.items() if not ok)
    return dg.MaterializeResult(
        metadata={
            "catalog_version": data.catalog_version,
            "artifact_hash": artifact.content_hash,
            "micro_f1_data_mode": data.micro_f1,
            "micro_f1_metadata_only": reports["metadata_only"].micro_f1,
            "high_correct_data_mode": data.high_correct_fraction,
            "pii_recall": data.pii_recall,
            "pii_precision": data.pii_precision,
            "brier_data_mode": data.brier,
            "high_correct_metadata_only": reports["metadata_only"].high_correct_fraction,
            "high_correct_held_out_min": min((r.high_correct_fraction for reps in held_out.values()
                                              for r in reps.values()), default=0.0),
            **{title: table_value(t) for title, t in report_tables(reports).items()},
            "held_out": table_value(held_out_table(held_out)),
        },
        check_results=[dg.AssetCheckResult(
            check_name="golden_targets", passed=not unmet, severity=dg.AssetCheckSeverity.WARN,
            metadata={"unmet": ", ".join(unmet) or "none",
                      **{f"{k} ({m})": str(v) for m, r in reports.items() for k, v in r.targets_met.items()}},
        )],
    )


golden_eval_job = dg.define_asset_job("golden_eval_job", selection=[golden_eval],
                                      tags={"mapwright/lane": "batch"},
                                      description="Golden-set evaluation of domaining (nightly).")

nightly_golden_eval = dg.ScheduleDefinition(
    name="nightly_golden_eval", job=golden_eval_job, cron_schedule="0 2 * * *", execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every night at 02:00 UTC: golden-set evals on the live domain catalog.",
)
