"""The mapwright CLI end to end on a temp SQLite store (real policy engine, real store)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import yaml
from click.testing import Result

from adapters.metadata_store import open_store
from core.artifacts import ArtifactKind
from core.contract import absolute_file_location, contract_template

Mw = Callable[..., Result]
FLAGS = ["--lhs", "landing/customers.csv", "--rhs", "schemas/crm.json", "--user", "ana"]


def _run_id(mode: str) -> str:  # run create stores (and keys the run on) absolute file locations
    return contract_template(lhs_location=absolute_file_location("landing/customers.csv"),
                             rhs_location=absolute_file_location("schemas/crm.json"), mode=mode).run_id


def test_run_create_from_flags_is_idempotent_and_ledgered(mw: Mw, db_url: str) -> None:
    res = mw("run", "create", *FLAGS, "--mode", "data_mode")
    assert res.exit_code == 0, res.output
    run_id = res.stdout.strip()
    assert run_id == _run_id("data_mode")
    again = mw("run", "create", *FLAGS, "--mode", "data_mode", "--json")
    body = json.loads(again.stdout)
    assert again.exit_code == 0 and body["run_id"] == run_id and body["created"] is False
    assert body["status"] == "created" and len(body["contract_hash"]) == 64

    events = json.loads(mw("ledger", run_id, "--json").stdout)
    assert [(e["stage"], e["decision"], e["action"]) for e in events] == [("SUPERVISOR", "accept", "run.create")]
    assert events[0]["contract_hash"] == body["contract_hash"] and events[0]["policy_version"] == "1.0.0"
    assert events[0]["detail"]["actor"] == {"user_id": "ana", "role": "Analyst"}
    store = open_store(db_url)
    try:
        assert store.get_threshold_profile("tp_default_v1") is not None
        assert store.decision_summary(run_id).stages["SUPERVISOR"].last_action == "run.create"
    finally:
        store.close()


def test_run_create_refused_by_rbac_exits_2_and_records_policy_block(mw: Mw, db_url: str) -> None:
    res = mw("run", "create", *FLAGS, "--mode", "metadata_only", "--role", "viewer")
    assert res.exit_code == 2
    assert res.stderr.startswith("ERROR [POLICY_BLOCK] create_run refused: role Viewer may not create_run")
    run_id = _run_id("metadata_only")
    assert mw("run", "show", run_id).exit_code == 1  # nothing saved
    events = json.loads(mw("ledger", run_id, "--json").stdout)
    assert len(events) == 1
    assert (events[0]["decision"], events[0]["error_code"]) == ("reject", "POLICY_BLOCK")
    assert events[0]["detail"]["rules"] == ["rbac.create_run"]


def _write_contract(path: Path, **changes: object) -> Path:
    contract = contract_template(lhs_location="in/a.csv", rhs_location="out.json", request_key="file")
    data = contract.model_dump(mode="json")
    data.update(changes)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_run_create_from_contract_file_and_mode_is_immutable(mw: Mw, tmp_path: Path) -> None:
    f = _write_contract(tmp_path / "c.yaml")
    res = mw("run", "create", "--contract", str(f), "--json")
    assert res.exit_code == 0, res.output
    run_id = json.loads(res.stdout)["run_id"]
    g = _write_contract(tmp_path / "d.yaml", mode="metadata_only", sample_caps=None)
    refused = mw("run", "create", "--contract", str(g))
    assert refused.exit_code == 2 and "ERROR [POLICY_BLOCK] mode is immutable" in refused.stderr
    h = _write_contract(tmp_path / "e.yaml", audit_tags=["x"])
    changed = mw("run", "create", "--contract", str(h))
    assert changed.exit_code == 1 and "ERROR [DETERMINISTIC_FAILURE]" in changed.stderr
    assert "changed: audit_tags" in changed.stderr
    events = json.loads(mw("ledger", run_id, "--json").stdout)
    assert [(e["decision"], e["error_code"]) for e in events] == [
        ("accept", None), ("reject", "POLICY_BLOCK"), ("reject", "DETERMINISTIC_FAILURE")
    ]
    shown = json.loads(mw("run", "show", run_id, "--json").stdout)
    assert shown["run"]["mode"] == "data_mode" and shown["decision_summary"]["stages"]["SUPERVISOR"]["rejects"] == 2


def test_bad_contract_and_usage_errors(mw: Mw, tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    data = yaml.safe_load(_write_contract(tmp_path / "ok.yaml").read_text())
    del data["rbac_actor"]
    f.write_text(yaml.safe_dump(data))
    res = mw("run", "create", "--contract", str(f))
    assert res.exit_code == 1
    assert res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] invalid run contract: rbac_actor")
    refused_run = res.stderr.split("mapwright ledger ")[1].split(")")[0]
    assert refused_run == data["run_id"]  # the contract named a valid run_id: the refusal is filed under it
    events = json.loads(mw("ledger", refused_run, "--json").stdout)
    assert [(e["decision"], e["error_code"], e["action"]) for e in events] == [
        ("reject", "DETERMINISTIC_FAILURE", "run.create")]
    assert "rbac_actor" in events[0]["detail"]["missing_keys"]
    both = mw("run", "create", "--contract", str(f), "--lhs", "x")
    assert both.exit_code == 2 and "cannot be combined" in both.output
    missing = mw("run", "create", "--lhs", "x")
    assert missing.exit_code == 2 and "--mode" in missing.output
    assert mw("run", "list", "--json").stdout.strip() == "[]"


def test_sql_source_detected_and_run_list(mw: Mw) -> None:
    a = mw("run", "create", "--lhs", "postgresql+psycopg://ro@db/crm", "--rhs", "out.json", "--mode", "metadata_only")
    b = mw("run", "create", *FLAGS, "--mode", "data_mode")
    assert a.exit_code == b.exit_code == 0
    shown = json.loads(mw("run", "show", a.stdout.strip(), "--json").stdout)
    assert shown["run"]["contract"]["lhs"]["source"]["type"] == "sql"
    listed = json.loads(mw("run", "list", "--json").stdout)
    assert {r["run_id"] for r in listed} == {a.stdout.strip(), b.stdout.strip()}
    c = mw("run", "create", *FLAGS, "--mode", "data_mode", "--request-key", "customers-2026-11")
    assert c.exit_code == 0 and c.stdout.strip() not in {a.stdout.strip(), b.stdout.strip()}
    text = mw("run", "list").stdout
    assert len(text.splitlines()) == 2 + 3
    assert "landing/customers.csv" in text and "postgresql+psycopg://ro@db/crm" in text


def test_run_show_lists_artifacts_and_summary(mw: Mw, db_url: str) -> None:
    run_id = mw("run", "create", *FLAGS, "--mode", "data_mode").stdout.strip()
    store = open_store(db_url)
    try:
        art = store.put(ArtifactKind.CATALOG, run_id, {"tables": []})
        art2 = store.put(ArtifactKind.CATALOG, run_id, {"tables": [1]})
    finally:
        store.close()
    text = mw("run", "show", run_id).stdout
    assert "status             created" in text and art.content_hash in text and art2.content_hash in text
    assert "open holds: none" in text and "run.create" in text
    body = json.loads(mw("run", "show", run_id, "--json").stdout)
    assert [(a["kind"], a["version"]) for a in body["artifacts"]] == [("catalog", 1), ("catalog", 2)]
    assert body["decision_summary"]["events"] == 1


def test_unknown_run_errors(mw: Mw) -> None:
    for args in (("run", "show", "01ARZ3NDEKTSV4RRFFQ69G5FAV"), ("ledger", "01ARZ3NDEKTSV4RRFFQ69G5FAV")):
        res = mw(*args)
        assert res.exit_code == 1 and res.stderr.startswith("ERROR [DETERMINISTIC_FAILURE] unknown run")
        assert res.stderr.count("`mapwright run list`") == 1 and "$MAPWRIGHT_DB_URL" in res.stderr


def test_ledger_stage_filter_and_table(mw: Mw) -> None:
    run_id = mw("run", "create", *FLAGS, "--mode", "data_mode").stdout.strip()
    assert json.loads(mw("ledger", run_id, "--stage", "ingest", "--json").stdout) == []
    table = mw("ledger", run_id, "--stage", "SUPERVISOR").stdout.splitlines()
    assert table[0].split()[:4] == ["timestamp_utc", "stage", "decision", "action"]
    assert table[2].split()[1:4] == ["SUPERVISOR", "accept", "run.create"]


def test_policy_check_dry_run(mw: Mw) -> None:
    ok = mw("policy", "check", "--action", "catalog_inference", "--mode", "metadata_only")
    assert ok.exit_code == 0 and json.loads(ok.stdout)["allowed"] is True
    no = mw("policy", "check", "--action", "row_samples", "--mode", "metadata_only")
    body = json.loads(no.stdout)
    assert no.exit_code == 3 and body["allowed"] is False and body["rules"] == ["capability.metadata_only.row_samples"]
    pii = mw("policy", "check", "--action", "external_call", "--provider", "offline", "--pii-detected")
    assert pii.exit_code == 3 and "pii.mask_before_send" in json.loads(pii.stdout)["rules"]
    masked = mw("policy", "check", "--action", "external_call", "--provider", "offline", "--pii-detected",
                "--pii-masked")
    assert masked.exit_code == 0 and json.loads(masked.stdout)["pii_mask_applied"] is True
    bad_role = mw("policy", "check", "--action", "create_run", "--role", "nobody")
    assert bad_role.exit_code == 1 and "ERROR [DETERMINISTIC_FAILURE] unknown role" in bad_role.stderr
