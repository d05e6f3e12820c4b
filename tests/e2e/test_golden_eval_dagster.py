"""Golden-set eval through Dagster: the asset stores a report artifact; the nightly schedule fires."""

from __future__ import annotations

import datetime as dt

import dagster as dg

from core.artifacts import ArtifactKind
from core.domains.golden import held_out_dirs
from orchestration.domains.evals import golden_eval, golden_eval_job, nightly_golden_eval


def test_golden_eval_asset_reports_and_checks_targets(instance, resources, store) -> None:
    result = dg.materialize([golden_eval], instance=instance, resources=resources)
    assert result.success  # a missed target is a WARN check, not a failed run
    md = result.asset_materializations_for_node("golden_eval")[0].metadata
    art = store.latest(None, ArtifactKind.EVAL_REPORT)
    assert art is not None and md["artifact_hash"].value == art.content_hash
    data = art.payload["data_mode"]
    assert 0 < data["micro_f1"] <= 1 and data["labeled"] >= 250
    assert md["micro_f1_data_mode"].value == data["micro_f1"]
    assert isinstance(md["report"], dg.TableMetadataValue) and len(md["report"].records) == 2
    assert len(md["reliability (data_mode)"].records) == len(data["reliability"]) > 0
    check = next(e.asset_check_evaluation_data for e in result.all_events
                 if e.event_type_value == "ASSET_CHECK_EVALUATION")
    both = [ok for m in ("data_mode", "metadata_only") for ok in art.payload[m]["targets_met"].values()]
    assert check.passed is all(both)
    # every held-out folder is evaluated in both modes and shown next to the dev figures
    sets = sorted(p.name for p in held_out_dirs())
    assert sorted(art.payload["held_out"]) == sets and len(sets) >= 5
    assert all(set(reps) == {"data_mode", "metadata_only"} for reps in art.payload["held_out"].values())
    assert sorted({r.data["golden set"] for r in md["held_out"].records}) == sets
    lows = [r["high_correct_fraction"] for reps in art.payload["held_out"].values() for r in reps.values()]
    assert md["high_correct_held_out_min"].value == min(lows)


def test_nightly_schedule_requests_the_eval_job(instance) -> None:
    ctx = dg.build_schedule_context(instance=instance,
                                    scheduled_execution_time=dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC))
    requests = list(nightly_golden_eval.evaluate_tick(ctx).run_requests or [])
    assert len(requests) == 1
    assert nightly_golden_eval.job_name == golden_eval_job.name
    assert nightly_golden_eval.cron_schedule == "0 2 * * *"
