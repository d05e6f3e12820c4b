"""The whole Dagster code location against a committed snapshot, so any change to the graph (an asset,
a dependency, a check and whether it blocks, partitions, jobs, sensors, schedules) shows in review.

When the change is intended, regenerate the snapshot and commit it with the change:

    MAPWRIGHT_UPDATE_SNAPSHOT=1 pytest tests/orchestration/test_code_location_snapshot.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import dagster as dg

from orchestration.definitions import defs

SNAPSHOT = Path(__file__).with_name("code_location.snapshot.json")
UPDATE_ENV = "MAPWRIGHT_UPDATE_SNAPSHOT"


def _partitions(p: dg.PartitionsDefinition | None) -> str | None:
    if p is None:
        return None
    name = getattr(p, "name", None)
    return f"{type(p).__name__}({name})" if name else type(p).__name__


def code_location_shape(d: dg.Definitions) -> dict[str, Any]:
    """The reviewable shape of a code location, as sorted, JSON-ready data."""
    graph = d.resolve_asset_graph()
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        assets[key.to_user_string()] = {
            "group": node.group_name,
            "deps": sorted(p.to_user_string() for p in node.parent_keys),
            "partitions": _partitions(node.partitions_def),
            "kinds": sorted(node.kinds),
        }
    checks = {f"{c.asset_key.to_user_string()}:{c.name}": {"blocking": graph.get(c).blocking}
              for c in sorted(graph.asset_check_keys, key=lambda c: (c.asset_key.to_user_string(), c.name))}
    jobs = {}
    for job in sorted(d.resolve_all_job_defs(), key=lambda j: j.name):
        if job.name.startswith("__"):
            continue
        layer = job.asset_layer
        jobs[job.name] = {
            "assets": sorted(k.to_user_string() for k in layer.selected_asset_keys) if layer else [],
            "ops": sorted(n.name for n in job.nodes),
            "partitions": _partitions(job.partitions_def),
            "tags": dict(sorted(job.tags.items())),
        }
    sensors = {s.name: {"jobs": sorted(t.job_name for t in s.targets) if s.has_jobs else [],
                        "default_status": s.default_status.value}
               for s in sorted(d.sensors or [], key=lambda s: s.name)}
    schedules = {s.name: {"cron": s.cron_schedule, "job": s.job_name, "timezone": s.execution_timezone,
                          "default_status": s.default_status.value}
                 for s in sorted(d.schedules or [], key=lambda s: s.name)}  # type: ignore[union-attr]
    return {"assets": assets, "checks": checks, "jobs": jobs, "sensors": sensors, "schedules": schedules,
            "resources": sorted((d.resources or {}).keys())}


def test_code_location_matches_the_committed_snapshot() -> None:
    shape = code_location_shape(defs)
    text = json.dumps(shape, indent=2, sort_keys=True) + "\n"
    if os.environ.get(UPDATE_ENV) == "1":
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert SNAPSHOT.exists(), f"no snapshot yet: run with {UPDATE_ENV}=1 and commit {SNAPSHOT.name}"
    committed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert shape == committed, (
        "the Dagster code location changed (assets, checks, jobs, sensors or schedules). If intended, run\n"
        f"  {UPDATE_ENV}=1 pytest tests/orchestration/test_code_location_snapshot.py\n"
        "and commit the updated code_location.snapshot.json with the change.")


def test_stage_gates_block() -> None:
    checks = code_location_shape(defs)["checks"]
    assert {k for k, v in checks.items() if v["blocking"]} == {
        "catalog:catalog_gate", "sample_pack:sample_pack_gate", "domain_assignments:domain_assignments_gate",
        "mapping_plan:mapping_plan_gate", "analysis_report:analysis_report_gate",
        "migration_preflight:migration_preflight_gate", "promotion:promotion_gate"}
