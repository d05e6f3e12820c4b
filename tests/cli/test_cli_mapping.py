"""CLI: mapwright match, review (--list, --answer, interactive stop), mapping forget, eval --mapping."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from adapters.metadata_store import open_store
from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.ingest.stage import build_catalog
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.paths import ASSETS_CONFIG
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET, example_contract


def test_match_json_both_directions(mw: Callable[..., Result]) -> None:
    res = mw("match", str(EXAMPLE_SOURCE), str(EXAMPLE_TARGET), "--top", "3", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assigned = {a["target"]: a["sources"] for a in data["assignment"]}
    assert assigned["full_name"] == ["first_name", "last_name"] and assigned["email"] == ["e_mail"]
    assert all(len(t["candidates"]) <= 4 for t in data["targets"])
    assert {s["source"] for s in data["sources"]} >= {"e_mail", "country"}
    text = mw("match", str(EXAMPLE_SOURCE), str(EXAMPLE_TARGET), "--top", "2")
    assert "=> first_name+last_name" in text.output and "unused sources" in text.output


def _planned_run(db_url: str) -> str:
    store = open_store(db_url)
    c = example_contract("metadata_only")
    store.save_run(c)
    pol = load_policy_engine()
    build_catalog(c, open_source(c.lhs), policy=pol, ledger=store, artifacts=store)
    run_mapping(c, MappingPorts(policy=pol, ledger=store, artifacts=store, profile=load_threshold_profile(
        c.threshold_profile_id), domain_catalog=load_domain_catalog(), open_source=open_source))
    return c.run_id


def test_review_answers_and_interactive_stop(mw: Callable[..., Result], db_url: str) -> None:
    run_id = _planned_run(db_url)
    listed = mw("review", run_id, "--list")
    assert listed.exit_code == 0 and "0 open question(s)" in listed.output
    res = mw("review", run_id, "--answer", "phone=empty", "--user", "ana")
    assert res.exit_code == 0 and "recorded phone: empty" in res.output
    plan = open_store(db_url).latest(run_id, ArtifactKind.MAPPING_PLAN)
    assert plan is not None
    phone = next(c for c in plan.payload["columns"] if c["target"] == "phone")
    assert phone["reasons"] == ["left empty by a person"]
    bad = mw("review", run_id, "--answer", "phone=source:nope")
    assert bad.exit_code == 1 and "does not exist" in bad.output
    viewer = CliRunner().invoke(cli, ["review", run_id, "--answer", "phone=accept", "--role", "Viewer"])
    assert viewer.exit_code == 2 and "POLICY_BLOCK" in viewer.output
    forget = mw("mapping", "forget", run_id)
    assert forget.exit_code == 0 and "0 remembered column(s) remain" in forget.output


def test_eval_mapping_on_a_golden_pair(mw: Callable[..., Result], tmp_path: Path) -> None:
    shutil.copytree(ASSETS_CONFIG / "golden_mapping" / "dev" / "kunden_to_crm_customer", tmp_path / "kunden")
    res = mw("eval", "--mapping", "--mapping-dir", str(tmp_path))
    assert res.exit_code == 0, res.output
    assert "1 pairs, 9 labels" in res.output and "top-1" in res.output and "kunden" in res.output
    data = json.loads(mw("eval", "--mapping", "--mapping-dir", str(tmp_path), "--json").output)
    assert data["labels"] == 9 and 0 <= data["mrr"] <= 1 and data["top1"] <= data["mrr"] + 1e-9


def test_interactive_review_stops_and_resumes(mw: Callable[..., Result], db_url: str) -> None:
    run_id = _planned_run(db_url)
    gated = json.dumps({"inputs": ["phone"], "outputs": ["phone"], "input_types": {"phone": "string"}, "steps": [
        {"op": "select_when", "input": "phone", "pattern": "^1", "then": "phone", "output": "phone"}]})
    assert mw("review", run_id, "--answer", f"phone=pipeline:{gated}").exit_code == 0
    runner = CliRunner()
    stop = runner.invoke(cli, ["review", run_id], input="\n")
    assert "phone [hold]" in stop.output and "stopped; resume" in stop.output
    done = runner.invoke(cli, ["review", run_id], input="source:phone\n")
    assert done.exit_code == 0, done.output
    assert "0 open question(s) left" in done.output
