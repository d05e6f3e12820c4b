"""CLI: golden eval, domain feedback -> staged -> promote (F1 guard) -> rollback, run confirm."""

from __future__ import annotations

import json

from core.artifacts import ArtifactKind
from core.domains.assignments import DomainAssignments
from orchestration.example import EXAMPLE_SOURCE


def test_eval_prints_the_golden_report(mw) -> None:
    out = mw("eval", "--mode", "metadata_only")
    assert out.exit_code == 0
    assert "micro P/R/F1" in out.output and "PII recall" in out.output and "reliability" in out.output


def test_eval_held_out_adds_one_line_per_set(mw) -> None:
    from core.domains.golden import held_out_dirs

    out = mw("eval", "--mode", "metadata_only", "--held-out")
    assert out.exit_code == 0
    lines = [ln for ln in out.output.splitlines() if "High-and-correct=" in ln]
    assert sorted(ln.split()[0] for ln in lines) == sorted(p.name for p in held_out_dirs())


def test_feedback_stage_promote_and_rollback(mw, db_url, tmp_path) -> None:
    import dagster as dg

    from adapters.metadata_store import open_store
    from core.contract import contract_template
    from orchestration.example import execute_run

    store = open_store(db_url)
    contract = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location="t.yaml", request_key="cli-dom")
    store.save_run(contract)
    home = tmp_path / "dh"
    home.mkdir()
    with dg.instance_for_test(temp_dir=str(home)) as instance:
        execute_run(contract.run_id, db_url=db_url, instance=instance)
    art = store.latest(contract.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS)
    assert art is not None
    email = next(a for a in DomainAssignments.model_validate(art.payload).assignments if a.domain_id == "contact.email")

    assert mw("domains", "versions").output.count("LIVE") == 1
    fb = mw("domains", "feedback", contract.run_id, "--table", email.table, "--column", email.column,
            "--verdict", "override", "--domain", "contact.email", "--regex", r"^[^@\s]+@[^@\s]+$", "--user", "ana",
            "--role", "Analyst")
    assert fb.exit_code == 0, fb.output
    ids = [str(i) for i in json.loads(fb.output.split("staged deltas: ")[1])]
    viewer = mw("domains", "feedback", contract.run_id, "--table", email.table, "--column", email.column,
                "--verdict", "accept", "--user", "vic", "--role", "Viewer")
    assert viewer.exit_code == 2 and "POLICY_BLOCK" in viewer.output
    assert ids and "contact.email" in mw("domains", "staged").output
    id_args = [a for i in ids for a in ("--id", i)]

    refused = mw("domains", "promote", "--user", "vic", "--role", "Viewer", *id_args)
    assert refused.exit_code == 2 and "POLICY_BLOCK" in refused.output
    promoted = mw("domains", "promote", "--user", "ana", "--role", "Analyst", *id_args)
    assert promoted.exit_code in (0, 2), promoted.output  # 2 only when the golden F1 guard refuses
    versions = mw("domains", "versions").output
    if promoted.exit_code == 0:
        assert "promotion" in versions
        first = versions.split()[0]
        back = mw("domains", "rollback", first, "--user", "ana", "--role", "Maintainer")
        assert back.exit_code == 0 and "rollback" in mw("domains", "versions").output
    else:
        assert "F1" in promoted.output


def test_confirm_requires_role_and_is_on_the_ledger(mw, db_url) -> None:
    from adapters.metadata_store import open_store

    created = mw("run", "create", "--lhs", str(EXAMPLE_SOURCE), "--rhs", "t.yaml", "--mode", "metadata_only",
                 "--json")
    assert created.exit_code == 0
    run_id = open_store(db_url).list_runs()[0].run_id
    assert mw("run", "confirm", run_id, "--stage", "DOMAINS", "--user", "v", "--role", "Viewer").exit_code == 2
    ok = mw("run", "confirm", run_id, "--stage", "DOMAINS", "--user", "o", "--role", "Operator")
    assert ok.exit_code == 0
    actions = [(e.action, e.decision.value) for e in open_store(db_url).events(run_id)]
    assert ("human.confirm", "reject") in actions and ("human.confirm", "accept") in actions
