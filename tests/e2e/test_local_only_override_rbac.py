"""RBAC on ``pii_policy.local_only_override`` (issue 10 defect 4, ROADMAP §32): only a Maintainer
or an Admin may create a run whose contract turns it on. Checked by the policy engine at every
entry point that creates a run — the CLI (flags or contract file), the landing-zone sensor
(``_mapwright.yaml``) and the bundled example — and every refusal is on the ledger."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import dagster as dg
import pytest
import sqlalchemy as sa
import yaml
from click.testing import CliRunner

from adapters.metadata_store import open_store
from core.contract import Role, RunContract, contract_template
from core.errors import PolicyBlock
from core.ledger import Decision
from core.policy import load_policy_engine
from orchestration.cli import cli
from orchestration.example import EXAMPLE_SOURCE, create_example_run
from orchestration.resources import MetadataStoreResource, PolicyResource
from orchestration.supervisor.landing import LandingZoneResource, landing_zone

REFUSED = [Role.VIEWER, Role.ANALYST, Role.OPERATOR]
ALLOWED = [Role.MAINTAINER, Role.ADMIN]


def _contract(role: Role, override: bool, key: str = "rbac") -> RunContract:
    return contract_template(lhs_location="in/a.csv", rhs_location="out.json", role=role,
                             request_key=f"{key}-{role}-{override}",
                             pii_policy={"mask_before_send": True, "local_only_override": override})


@pytest.mark.parametrize("role", REFUSED + ALLOWED)
def test_policy_engine_checks_the_override_of_a_contract(role: Role) -> None:
    engine = load_policy_engine()
    if role in ALLOWED:
        decisions = engine.require_contract(_contract(role, True))
        assert [d.action.value for d in decisions] == ["create_run", "toggle_local_only_override"]
        return
    with pytest.raises(PolicyBlock) as info:
        engine.require_contract(_contract(role, True))
    rule = "rbac.create_run" if role is Role.VIEWER else "rbac.toggle_local_only_override"
    assert info.value.details["rules"] == [rule]
    if role is not Role.VIEWER:
        assert len(engine.require_contract(_contract(role, False))) == 1  # without the override: fine


def _cli(db_url: str, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--db-url", db_url, *args], catch_exceptions=False)


@pytest.mark.parametrize("role", [Role.ANALYST, Role.OPERATOR, Role.MAINTAINER])
def test_cli_run_create_from_a_contract_file(role: Role, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    contract = _contract(role, True, key="cli")
    f = tmp_path / "c.yaml"
    f.write_text(yaml.safe_dump(contract.model_dump(mode="json")), encoding="utf-8")
    res = _cli(db_url, "run", "create", "--contract", str(f))
    events = json.loads(_cli(db_url, "ledger", contract.run_id, "--json").stdout)
    if role is Role.MAINTAINER:
        assert res.exit_code == 0 and res.stdout.strip() == contract.run_id
        assert [(e["decision"], e["action"]) for e in events] == [("accept", "run.create")]
        return
    assert res.exit_code == 2
    assert "local_only_override" in res.stderr and "Maintainer" in res.stderr
    assert _cli(db_url, "run", "show", contract.run_id).exit_code == 1  # nothing saved
    assert [(e["decision"], e["error_code"]) for e in events] == [("reject", "POLICY_BLOCK")]
    assert events[0]["detail"]["rules"] == ["rbac.toggle_local_only_override"]


def _tick(instance: dg.DagsterInstance, db_url: str, folder: Path, cursor: str | None) -> dg.SensorResult:
    ctx = dg.build_sensor_context(
        instance=instance, cursor=cursor,
        resources={"store": MetadataStoreResource(db_url=db_url), "policy": PolicyResource(),
                   "landing": LandingZoneResource(folder=str(folder), settle_seconds=1)})
    result = landing_zone(ctx)
    assert isinstance(result, dg.SensorResult)
    return result


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.ANALYST, Role.ADMIN])
def test_landing_sensor_defaults_turning_the_override_on(role: Role, tmp_path: Path,
                                                         instance: dg.DagsterInstance) -> None:
    db_url = f"sqlite:///{tmp_path / 'store.db'}"
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "_mapwright.yaml").write_text(f"role: {role.value}\nuser_id: lou\nlocal_only_override: true\n")
    target = landing / "customers.csv"
    shutil.copy(EXAMPLE_SOURCE, target)
    old = time.time() - 30
    os.utime(target, (old, old))
    first = _tick(instance, db_url, landing, None)
    second = _tick(instance, db_url, landing, first.cursor)
    store = open_store(db_url)
    try:
        if role is Role.ADMIN:
            (req,) = second.run_requests
            rec = store.require_run(req.partition_key)
            assert rec.contract.pii_policy.local_only_override and rec.contract.rbac_actor.role is Role.ADMIN
            return
        assert not second.run_requests and store.list_runs() == []
        with sa.create_engine(db_url).connect() as conn:
            runs = [r[0] for r in conn.execute(sa.text("SELECT DISTINCT run_id FROM supervisor_ledger"))]
        events = [e for r in runs for e in store.events(r)]
        assert [(e.action, e.decision, e.error_code) for e in events] == [
            ("landing.submit", Decision.REJECT, "POLICY_BLOCK")]
        assert events[0].detail["details"]["rules"] == ["rbac.toggle_local_only_override"]
    finally:
        store.close()


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.MAINTAINER])
def test_example_run_creation_checks_the_override(role: Role, tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    contract = _contract(role, True, key="example")
    try:
        if role is Role.MAINTAINER:
            assert create_example_run(contract, store) is True
            assert [e.decision for e in store.events(contract.run_id)] == [Decision.ACCEPT]
            return
        with pytest.raises(PolicyBlock, match="local_only_override"):
            create_example_run(contract, store)
        assert store.get_run(contract.run_id) is None
        assert [(e.decision, e.error_code) for e in store.events(contract.run_id)] == [
            (Decision.REJECT, "POLICY_BLOCK")]
    finally:
        store.close()
