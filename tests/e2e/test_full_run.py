"""The README's main job end to end through Dagster: every stage, held gates answered from
examples/answers.yaml, the ledger trail, hash-linked artifacts, and the migrated table row by row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import dagster as dg
import pytest
import sqlalchemy as sa

from adapters.metadata_store import MetadataStore
from core.artifacts import ArtifactKind
from core.ledger import Decision, Stage
from core.paths import EXAMPLES, var_dir
from core.supervisor import StepKind
from orchestration.answers import load_answers
from orchestration.example import EXAMPLE_ANSWERS, EXAMPLE_SOURCE, run_example
from orchestration.summary import summary_lines
from tests.e2e.expected_customers import expected_rows

COLUMNS = ["customer_id", "full_name", "email", "phone", "birth_date", "signup_date", "country_code",
           "lifetime_value"]


def _trail(store: MetadataStore, run_id: str) -> list[tuple[str, str]]:
    """(action, decision) of the supervisor's and the gates' events, in order."""
    return [(e.action, e.decision.value) for e in store.events(run_id)
            if e.action.startswith(("supervisor.", "gate.", "human.", "run."))]


def _target_rows(path: Path) -> list[dict[str, object]]:
    """The migrated table, read through SQLAlchemy like the product (DuckDB refuses a second
    in-process connection with another configuration)."""
    engine = sa.create_engine(f"duckdb:///{path}")
    try:
        with engine.connect() as conn:
            cur = conn.execute(sa.text(f"select {', '.join(COLUMNS)} from crm_customer order by customer_id"))
            return [dict(zip(COLUMNS, r, strict=True)) for r in cur.fetchall()]
    finally:
        engine.dispose()


def test_data_mode_runs_every_stage_to_the_migrated_table(run_instance: dg.DagsterInstance, run_db: str,
                                                         run_store: MetadataStore) -> None:
    answers = load_answers(EXAMPLE_ANSWERS)
    contract, step = run_example("data_mode", answers=answers, db_url=run_db, instance=run_instance)
    rid = contract.run_id
    assert step.kind is StepKind.COMPLETE, step
    assert run_store.require_run(rid).status.value == "completed"

    # The whole trail, in §5 order: each step requested once, the DOMAINS hold released by the
    # reviewer named in the answers file, then on to promotion.
    trail = _trail(run_store, rid)
    requests = [e.detail["step"] for e in run_store.events(rid) if e.action == "supervisor.request"]
    assert requests == ["INGEST", "DOMAINS", "MAPPING", "ANALYSIS", "migration_preflight", "migration_chunks",
                        "promotion"]
    assert trail.index(("gate.domain_assignments_gate", "hold")) < trail.index(("supervisor.hold", "hold")) \
        < trail.index(("human.confirm", "accept")) < trail.index(("gate.mapping_plan_gate", "accept"))
    gates = [a for a, _ in trail if a.startswith("gate.")]
    assert gates == ["gate.catalog_gate", "gate.sample_pack_gate", "gate.domain_assignments_gate",
                     "gate.mapping_plan_gate", "gate.analysis_report_gate", "gate.migration_preflight_gate",
                     "gate.promotion_gate"]
    assert trail[-1] == ("supervisor.complete", "accept")
    confirms = [e for e in run_store.events(rid) if e.action == "human.confirm"]
    assert [(c.detail["stage"], c.human_confirmation.actor, c.detail["role"], c.detail["source"]) for c in confirms] \
        == [("DOMAINS", answers.reviewer.user_id, "Operator", "answers file")]
    assert confirms[0].policy_version and confirms[0].human_confirmation.timestamp is not None

    # Lanes: recorded with each request, set as tags and priority on the Dagster runs.
    reqs = [e for e in run_store.events(rid) if e.action == "supervisor.request"]
    assert all(r.detail["lane"] in ("interactive", "flex", "batch") and r.detail["lane_reasons"] for r in reqs)
    assert {r.detail["lane"] for r in reqs if r.detail["step"] in ("migration_chunks", "promotion")} == {"batch"}
    runs = run_instance.get_runs(filters=dg.RunsFilter(tags={"mapwright/run_id": rid}))
    assert len(runs) == 7
    by_step = {r.tags["mapwright/step"]: r for r in runs}
    # Each step ran as its own named job, so the Runs page says which stage ran.
    assert {s: r.job_name for s, r in by_step.items()} == {s: f"{s.lower()}_job" for s in by_step}
    for r in reqs:
        tags = by_step[r.detail["step"]].tags
        assert tags["mapwright/lane"] == r.detail["lane"] and tags["dagster/priority"] == str(r.detail["priority"])
    chunk_run = by_step["migration_chunks"]
    assert chunk_run.tags["dagster/asset_partition_range_start"].startswith(f"{rid}~c")

    # Artifacts present and hash-linked: each names the hash of what it was built from.
    arts = {k: run_store.latest(rid, k) for k in (ArtifactKind.CATALOG, ArtifactKind.SAMPLE_PACK,
                                               ArtifactKind.DOMAIN_ASSIGNMENTS, ArtifactKind.MAPPING_PLAN,
                                               ArtifactKind.ANALYSIS_REPORT, ArtifactKind.MIGRATION_RUN)}
    assert all(a is not None for a in arts.values()), arts
    plan_event = next(e for e in reversed(run_store.events(rid)) if e.action == "mapping.plan")
    assert plan_event.inputs_hash == arts[ArtifactKind.CATALOG].content_hash  # type: ignore[union-attr]
    assert plan_event.outputs_hash == arts[ArtifactKind.MAPPING_PLAN].content_hash  # type: ignore[union-attr]
    plan = arts[ArtifactKind.MAPPING_PLAN].payload  # type: ignore[union-attr]
    assert plan["source_catalog_hash"] == arts[ArtifactKind.CATALOG].content_hash  # type: ignore[union-attr]
    target_cat = run_store.latest(rid, ArtifactKind.TARGET_CATALOG)
    assert target_cat is not None and plan["target_catalog_hash"] == target_cat.content_hash
    report = arts[ArtifactKind.ANALYSIS_REPORT].payload  # type: ignore[union-attr]
    assert report["plan_hash"] == arts[ArtifactKind.MAPPING_PLAN].content_hash  # type: ignore[union-attr]
    chash = contract.contract_hash()
    assert all(a.contract_hash == chash for a in arts.values())  # type: ignore[union-attr]
    assert arts[ArtifactKind.DOMAIN_ASSIGNMENTS].payload["refs"]["contract_hash"] == chash  # type: ignore[union-attr]
    gate_hashes = {e.action: e.outputs_hash for e in run_store.events(rid) if e.action.startswith("gate.")}
    assert gate_hashes["gate.promotion_gate"] == arts[ArtifactKind.MIGRATION_RUN].content_hash  # type: ignore[union-attr]
    assert gate_hashes["gate.analysis_report_gate"] == arts[ArtifactKind.ANALYSIS_REPORT].content_hash  # type: ignore[union-attr]
    mig = arts[ArtifactKind.MIGRATION_RUN].payload  # type: ignore[union-attr]
    assert mig["promoted"] and mig["rows_loaded"] == 1000 and mig["rows_quarantined"] == 0
    assert {v["name"]: v["passed"] for v in mig["validations"]} == {"row_count": True, "checksum": True}

    # The target, row by row, against rows derived by hand from the source.
    got = _target_rows(var_dir() / "target.duckdb")
    want = expected_rows(EXAMPLE_SOURCE)
    assert len(got) == len(want) == 1000
    for g, w in zip(got, want, strict=True):
        assert {k: (Decimal(str(v)) if isinstance(v, Decimal) else v) for k, v in g.items()} == w, w["customer_id"]

    lines = "\n".join(summary_lines(run_store, rid, step))
    assert "migrated: 1000 rows into table crm_customer, 0 quarantined" in lines
    assert f"mapwright quarantine list {rid}" in lines and "confirmed by dana.reviewer" in lines

    # Deterministic: a re-run is the same run, the same artifacts, and no new Dagster run.
    again, step2 = run_example("data_mode", answers=answers, db_url=run_db, instance=run_instance)
    assert again.run_id == rid and step2.kind is StepKind.COMPLETE
    assert {k: run_store.latest(rid, k).content_hash for k in arts} == {  # type: ignore[union-attr]
        k: a.content_hash for k, a in arts.items()}  # type: ignore[union-attr]
    assert len(run_instance.get_runs(filters=dg.RunsFilter(tags={"mapwright/run_id": rid}))) == 7


def test_metadata_only_ends_with_feasibility_and_dry_run_plan(run_instance: dg.DagsterInstance, run_db: str,
                                                              run_store: MetadataStore) -> None:
    contract, step = run_example("metadata_only", answers=load_answers(EXAMPLE_ANSWERS), db_url=run_db,
                                 instance=run_instance)
    rid = contract.run_id
    assert step.kind is StepKind.COMPLETE
    requests = [e.detail["step"] for e in run_store.events(rid) if e.action == "supervisor.request"]
    assert requests == ["INGEST", "DOMAINS", "MAPPING", "ANALYSIS", "migration_preflight"]
    # The trail: every gate up to the pre-flight, in stage order, then the run completes (nothing migrated).
    trail = _trail(run_store, rid)
    assert [a for a, _ in trail if a.startswith("gate.")] == [
        "gate.catalog_gate", "gate.sample_pack_gate", "gate.domain_assignments_gate", "gate.mapping_plan_gate",
        "gate.analysis_report_gate", "gate.migration_preflight_gate"]
    assert trail[-1] == ("supervisor.complete", "accept")
    holds = [e.detail["stage"] for e in run_store.events(rid) if e.action == "supervisor.hold"]
    confirms = [e.detail["stage"] for e in run_store.events(rid) if e.action == "human.confirm"]
    assert confirms == holds, "each hold released by the answers file, and nothing else confirmed"
    # Artifacts hash-linked as in data_mode: the plan names the catalog it was built from, the report the plan.
    cat, plan_art = run_store.latest(rid, ArtifactKind.CATALOG), run_store.latest(rid, ArtifactKind.MAPPING_PLAN)
    assert cat is not None and plan_art is not None and plan_art.payload["source_catalog_hash"] == cat.content_hash
    pre = next(e for e in run_store.events(rid) if e.action == "migration.preflight")
    assert pre.detail["dry_run"] is True and pre.detail["chunks"] >= 1
    assert not [e for e in run_store.events(rid) if e.action in ("migration.chunk", "migration.promoted")]
    report = run_store.latest(rid, ArtifactKind.ANALYSIS_REPORT)
    assert report is not None and report.payload["mode"] == "metadata_only"
    assert report.payload["plan_hash"] == plan_art.content_hash
    plan = run_store.latest(rid, ArtifactKind.MIGRATION_RUN)
    assert plan is not None and plan.payload["preflight"]["dry_run"] is True
    assert not (var_dir() / "target.duckdb").exists() or not _has_table(var_dir() / "target.duckdb")
    text = "\n".join(summary_lines(run_store, rid, step))
    assert "dry-run migration plan" in text and "feasibility of 8 target columns" in text
    assert "quarantine list" not in text


def _has_table(path: Path) -> bool:
    engine = sa.create_engine(f"duckdb:///{path}")
    try:
        return "crm_customer" in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_a_hold_without_an_answer_stays_held_as_a_sentence(run_instance: dg.DagsterInstance, run_db: str,
                                                           run_store: MetadataStore, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("reviewer: {user_id: viv, role: Viewer}\nstages:\n  DOMAINS: {confirm: true}\n")
    from core.errors import PolicyBlock

    with pytest.raises(PolicyBlock):
        run_example("data_mode", answers=load_answers(answers), db_url=run_db, instance=run_instance)
    rid = next(r.run_id for r in run_store.list_runs())
    refused = [e for e in run_store.events(rid) if e.action == "human.confirm"]
    assert [(e.decision, e.error_code) for e in refused] == [(Decision.REJECT, "POLICY_BLOCK")]
    answers.write_text("reviewer: {user_id: op, role: Operator}\nstages: {}\n")
    _, step = run_example("data_mode", answers=load_answers(answers), db_url=run_db, instance=run_instance)
    assert step.kind is StepKind.HOLD and step.stage is Stage.DOMAINS
    text = "\n".join(summary_lines(run_store, rid, step))
    assert ("HELD at DOMAINS: gate domain_assignments_gate held: 1 borderline column(s) need review: "
            "Amount (customers).") in text
    assert f"mapwright run confirm {rid} --stage DOMAINS" in text
    assert (EXAMPLES / "answers.yaml").exists()
