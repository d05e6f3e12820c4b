"""The production topology as real processes (docker-compose.yml without Docker, via scripts/topology.sh).

Dagster on dagster-postgres (a database created for this test), a gRPC code server, the daemon and
the webserver as separate processes; mapwright's metadata store in PostgreSQL, the vector index in
pgvector (an embedded PostgreSQL 16 with the extension), the cache in Redis. A file dropped in the
landing folder, with both sensors switched on through the webserver's GraphQL API, becomes a mapping
run that the daemon drives through every stage of the supervisor's plan; each hold is released
with ``mapwright run confirm`` from the CLI, as an operator would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest
import redis
import sqlalchemy as sa
import yaml

from adapters.metadata_store import MetadataStore, open_store
from core.artifacts import ArtifactKind
from core.ledger import Decision, LedgerEvent, Stage
from core.supervisor import COMPLETE_ACTION, CONFIRM_ACTION, HOLD_ACTION, REQUEST_ACTION, STAGE_PLAN
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET
from tests.e2e.procs import (
    BIN,
    PROJECT,
    base_env,
    free_port,
    graphql,
    http_ok,
    pg_database,
    pgvector_server,
    start_group,
    stop_group,
    wait_for,
)

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

LOCATION = "mapwright"
SENSORS = ("landing_zone", "supervisor")
SENSOR_INTERVAL_S = 3
RUN_TIMEOUT_S = 150
REDIS_DB = 11
START_SENSOR = """
mutation($sel: SensorSelector!) {
  startSensor(sensorSelector: $sel) {
    __typename
    ... on Sensor { sensorState { status } }
    ... on PythonError { message }
  }
}"""
SENSOR_STATUS = """
query($sel: SensorSelector!) {
  sensorOrError(sensorSelector: $sel) { ... on Sensor { sensorState { status } } }
}"""


@dataclass
class Topology:
    """The running processes and where they keep their state."""

    ui_url: str
    env: dict[str, str]
    store_url: str
    target_url: str
    vector_url: str
    dagster_home: Path
    landing: Path
    log: Path
    proc: subprocess.Popen[bytes]

    def alive(self) -> None:
        """Fail with the log's tail when the topology script exited."""
        if self.proc.poll() is not None:
            raise AssertionError(f"topology exited ({self.proc.returncode}):\n{self.log.read_text()[-4000:]}")

    def cli(self, *args: str) -> str:
        """Run the ``mapwright`` CLI against the same metadata store; returns its output."""
        res = subprocess.run([str(BIN / "mapwright"), *args], env=self.env, cwd=PROJECT, capture_output=True,
                             text=True, timeout=60)
        assert res.returncode == 0, res.stdout + res.stderr
        return res.stdout


@pytest.fixture
def topology(tmp_path: Path) -> Iterator[Topology]:
    """Start scripts/topology.sh with every backend configured; stop its process group afterwards."""
    if shutil.which("bash") is None:
        pytest.skip("bash is needed to run scripts/topology.sh")
    with pg_database("dagster_topo") as dagster_db, pg_database("mw_topo") as store_db, \
            pg_database("mw_topo_tgt") as target_db, pgvector_server() as vector_url:
        home, landing = tmp_path / "dagster_home", tmp_path / "landing"
        home.mkdir()
        landing.mkdir()
        ui_port = free_port()
        store_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{store_db}"
        target_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{target_db}"
        env = base_env(
            DAGSTER_HOME=str(home), DAGSTER_PG_HOST="127.0.0.1", DAGSTER_PG_PORT="5432", DAGSTER_PG_USER="postgres",
            DAGSTER_PG_PASSWORD="", DAGSTER_PG_DB=dagster_db,
            MAPWRIGHT_HOME=str(tmp_path / "var"), MAPWRIGHT_DB_URL=store_url, MAPWRIGHT_TARGET_URL=target_url,
            MAPWRIGHT_VECTOR_BACKEND="pgvector", MAPWRIGHT_VECTOR_URL=vector_url,
            MAPWRIGHT_CACHE_URL=f"redis://127.0.0.1:6379/{REDIS_DB}", MAPWRIGHT_LANDING_DIR=str(landing),
            MAPWRIGHT_SENSOR_INTERVAL_SECONDS=str(SENSOR_INTERVAL_S),
            HOST="127.0.0.1", CODE_PORT=str(free_port()), UI_PORT=str(ui_port),
        )
        log = tmp_path / "topology.log"
        proc = start_group(["bash", str(PROJECT / "scripts" / "topology.sh")], env, log)
        topo = Topology(f"http://127.0.0.1:{ui_port}", env, store_url, target_url, vector_url, home, landing, log,
                        proc)
        try:
            wait_for("the webserver", lambda: http_ok(f"{topo.ui_url}/server_info"), 90, alive=topo.alive)
            yield topo
        finally:
            stop_group(proc)
            print(f"topology log: {log}")


def _switch_on_sensors(topo: Topology) -> None:
    for name in SENSORS:
        sel = {"repositoryLocationName": LOCATION, "repositoryName": "__repository__", "sensorName": name}
        status = graphql(topo.ui_url, SENSOR_STATUS, {"sel": sel})["sensorOrError"]["sensorState"]["status"]
        if status != "RUNNING":
            started = graphql(topo.ui_url, START_SENSOR, {"sel": sel})["startSensor"]
            assert started["__typename"] == "Sensor", started
        status = graphql(topo.ui_url, SENSOR_STATUS, {"sel": sel})["sensorOrError"]["sensorState"]["status"]
        assert status == "RUNNING", (name, status)


def _drop_file(landing: Path) -> Path:
    (landing / "_mapwright.yaml").write_text(yaml.safe_dump(
        {"rhs_location": str(EXAMPLE_TARGET), "user_id": "landing-ops", "role": "Operator", "lane_hint": "batch"}))
    part = landing / "customers.csv.part"  # written under a temp name, then renamed: never half-read
    shutil.copy(EXAMPLE_SOURCE, part)
    dropped = landing / "customers.csv"
    part.rename(dropped)
    old = time.time() - 60  # already settled: the sensor needs only its two sightings
    os.utime(dropped, (old, old))
    return dropped


def _artifact_kind(asset: str) -> ArtifactKind:
    return ArtifactKind(asset) if asset in ArtifactKind._value2member_map_ else ArtifactKind.MIGRATION_RUN


def _drive(topo: Topology, store: MetadataStore) -> tuple[str, list[str]]:
    """Wait for the landed file's run, confirm each hold from the CLI, until the run leaves the open
    states. Returns the run_id and the stages confirmed."""
    run_id: str = wait_for("the landing sensor's mapping run", lambda: next(
        (r.run_id for r in store.list_runs()), None), 60, alive=topo.alive)
    confirmed: list[str] = []
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        topo.alive()
        record = store.require_run(run_id)
        if str(record.status) in ("completed", "failed"):
            return run_id, confirmed
        events = store.events(run_id)
        holds = [e for e in events if e.action == HOLD_ACTION]
        if str(record.status) == "held" and holds:
            stage = str(holds[-1].detail["stage"])
            assert len(confirmed) < len(STAGE_PLAN), f"more holds than stages: {confirmed + [stage]}"
            out = topo.cli("run", "confirm", run_id, "--stage", stage, "--user", "olga", "--role", "Operator",
                           "--note", "reviewed in the topology test")
            assert f"confirmed {stage}" in out
            confirmed.append(stage)
            wait_for("the supervisor to act on the confirmation",
                     lambda: str(store.require_run(run_id).status) != "held", 60, alive=topo.alive)
        time.sleep(1.0)
    raise AssertionError(f"run {run_id} still open after {RUN_TIMEOUT_S}s: "
                         f"{[(e.stage.value, e.action, e.decision.value) for e in store.events(run_id)]}\n"
                         f"{topo.log.read_text()[-3000:]}")


def _gate(events: list[LedgerEvent], gate: str) -> LedgerEvent | None:
    found = [e for e in events if e.stage is Stage.SUPERVISOR and e.action == f"gate.{gate}"]
    return found[-1] if found else None


def test_landed_file_runs_every_stage_through_the_daemon(topology: Topology) -> None:
    started = time.monotonic()
    store = open_store(topology.store_url)
    cache = redis.Redis(db=REDIS_DB)
    keys_before = set(cache.scan_iter("mapwright:*"))
    _switch_on_sensors(topology)
    dropped = _drop_file(topology.landing)
    run_id, confirmed = _drive(topology, store)

    record = store.require_run(run_id)
    assert record.contract.lhs.location == str(dropped.resolve())
    assert record.status.value == "completed", [(e.stage.value, e.action, e.decision.value)
                                                for e in store.events(run_id)]
    events = store.events(run_id)
    actions = [e.action for e in events]
    assert actions[0] == "landing.submit" and actions[-1] == COMPLETE_ACTION
    # Every ledger event of the run carries its contract hash once the run exists (landing onward).
    assert {e.contract_hash for e in events if e.contract_hash} == {record.contract_hash}

    # Every stage of the supervisor's plan ran, in order, and each hold was released by the CLI's
    # human confirmation (the actor recorded) before the supervisor requested more work.
    gate_pos = []
    for step in STAGE_PLAN:
        for gate in step.gates:
            ev = _gate(events, gate)
            assert ev is not None, f"{step.stage.value}: gate {gate} never evaluated"
            assert ev.decision in (Decision.ACCEPT, Decision.HOLD), (gate, ev.decision)
            gate_pos.append(events.index(ev))
    assert gate_pos == sorted(gate_pos), "the stages' gates were not evaluated in stage order"
    assert confirmed, "the example's run holds at least once (borderline domains) and was confirmed"
    held_stages = [str(e.detail["stage"]) for e in events if e.action == HOLD_ACTION]
    assert held_stages == confirmed
    for stage in confirmed:
        hold = next(i for i, e in enumerate(events) if e.action == HOLD_ACTION and e.detail["stage"] == stage)
        conf = next(i for i, e in enumerate(events) if e.action == CONFIRM_ACTION and e.detail["stage"] == stage)
        assert hold < conf
        assert events[conf].decision is Decision.ACCEPT and events[conf].human_confirmation is not None
        assert events[conf].human_confirmation.actor == "olga"
        later = [e for e in events[conf:] if e.action == REQUEST_ACTION]
        last_stage = STAGE_PLAN[-1].stage.value
        assert later or stage == last_stage, f"nothing requested after confirming {stage}"

    # Stage artifacts are in the PostgreSQL store and hash-linked to the Dagster materializations
    # recorded in the dagster-postgres instance.
    with _instance(topology) as instance:
        for step in STAGE_PLAN:
            for asset in step.assets:
                art = store.latest(run_id, _artifact_kind(asset))
                assert art is not None, f"no {asset} artifact in the store"
                mat = instance.get_latest_materialization_event(dg.AssetKey(asset))
                assert mat is not None and mat.asset_materialization is not None, asset
                partition = str(mat.asset_materialization.partition)
                assert partition == run_id or partition.startswith(f"{run_id}~"), (asset, partition)
                md = mat.asset_materialization.metadata
                if "artifact_hash" in md:  # the materialization names an artifact of this run and kind
                    linked = store.get(md["artifact_hash"].value)
                    assert linked is not None and linked.run_id == run_id and linked.kind == art.kind, asset
        runs = wait_for("the last Dagster run to finish", lambda: [
            r for r in instance.get_runs(filters=dg.RunsFilter(tags={"mapwright/run_id": run_id}))
        ] if not instance.get_runs(filters=dg.RunsFilter(tags={"mapwright/run_id": run_id}, statuses=[
            dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED,
            dg.DagsterRunStatus.NOT_STARTED])) else None, 60, alive=topology.alive)
        statuses = [r.status for r in runs]
        # A run whose blocking gate held ends FAILURE (Dagster skips what the gate blocks); every
        # other run succeeds, and none is left queued or running.
        assert set(statuses) <= {dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE}, statuses
        assert 0 < statuses.count(dg.DagsterRunStatus.FAILURE) <= len(confirmed), statuses
        assert any(r.tags.get("dagster/sensor_name") == "landing_zone" for r in runs)
        assert any(r.tags.get("dagster/sensor_name") == "supervisor" for r in runs)

    if any(s.stage is Stage.MIGRATION for s in STAGE_PLAN) and record.contract.mode.value == "data_mode":
        with _instance(topology) as instance:
            promo = instance.get_latest_materialization_event(dg.AssetKey("promotion"))
        assert promo is not None and promo.asset_materialization is not None
        md = promo.asset_materialization.metadata
        table, loaded = str(md["table"].value), int(str(md["rows_loaded"].value))
        with sa.create_engine(topology.target_url).connect() as conn:
            assert table in sa.inspect(conn).get_table_names(), "the promoted table is not in the PostgreSQL target"
            rows = conn.execute(sa.select(sa.func.count()).select_from(sa.table(table))).scalar_one()
        assert rows == loaded > 0, (table, rows, loaded)
    # The vector index lives in pgvector and the provider cache in Redis.
    with sa.create_engine(topology.vector_url).connect() as conn:
        vector_columns = conn.execute(sa.text(
            "SELECT count(*) FROM information_schema.columns WHERE udt_name = 'vector'")).scalar_one()
    assert vector_columns > 0, "no pgvector table was written"
    new_keys = set(cache.scan_iter("mapwright:*")) - keys_before
    try:
        assert any(b":prov:" in k for k in new_keys), "the provider router cached nothing in Redis"
    finally:
        if new_keys:
            cache.delete(*new_keys)
    print(f"topology run {run_id}: {len(events)} ledger events, holds {confirmed}, "
          f"{time.monotonic() - started:.1f}s from drop to completion")


@contextmanager
def _instance(topo: Topology) -> Iterator[dg.DagsterInstance]:
    """The topology's dagster-postgres instance, opened from its DAGSTER_HOME in this process."""
    keys = ("DAGSTER_HOME", "DAGSTER_PG_HOST", "DAGSTER_PG_PORT", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD",
            "DAGSTER_PG_DB")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ.update({k: topo.env[k] for k in keys})
    try:
        with dg.DagsterInstance.from_config(str(topo.dagster_home)) as inst:
            yield inst
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

def test_compose_runs_the_same_processes_and_settings_as_the_topology_script() -> None:
    """docker-compose.yml is reviewed, not run here: its Dagster commands and environment must be
    the ones scripts/topology.sh and the test above use."""
    compose = yaml.safe_load((PROJECT / "docker-compose.yml").read_text())
    script = (PROJECT / "scripts" / "topology.sh").read_text()
    services = compose["services"]
    expected = {
        "code": 'dagster api grpc -h "$HOST" -p "$CODE_PORT" -m orchestration.definitions -d "$PWD"',
        "daemon": 'dagster-daemon run -w "$WS"',
        "webserver": 'dagster-webserver -h "$HOST" -p "$UI_PORT" -w "$WS"',
    }
    values = {"0.0.0.0": '"$HOST"', "4000": '"$CODE_PORT"', "3000": '"$UI_PORT"', "/opt/mapwright": '"$PWD"',
              "/opt/mapwright/workspace.yaml": '"$WS"'}
    for name, line in expected.items():
        assert line in script, f"scripts/topology.sh no longer runs: {line}"
        argv = [values.get(a, a) for a in services[name]["command"]]
        assert " ".join(argv) == line, f"docker-compose service {name} runs {services[name]['command']}"
    # Every setting the compose services get is one the topology test sets.
    env = set(compose["x-mapwright-env"])
    tested = {"DAGSTER_PG_HOST", "DAGSTER_PG_PORT", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD", "DAGSTER_PG_DB",
              "MAPWRIGHT_DB_URL", "MAPWRIGHT_TARGET_URL", "MAPWRIGHT_VECTOR_BACKEND", "MAPWRIGHT_VECTOR_URL",
              "MAPWRIGHT_CACHE_URL", "MAPWRIGHT_LANDING_DIR", "MAPWRIGHT_SENSOR_INTERVAL_SECONDS"}
    assert env == tested, env ^ tested
    assert compose["x-mapwright-env"]["MAPWRIGHT_VECTOR_BACKEND"] == "pgvector"
    assert compose["x-mapwright-env"]["MAPWRIGHT_CACHE_URL"].startswith("redis://")
    # The instance is deploy/dagster.yaml (dagster-postgres, psycopg2 scheme) in both.
    dockerfile = (PROJECT / "deploy" / "Dockerfile").read_text()
    assert "COPY deploy/dagster.yaml /opt/dagster/home/dagster.yaml" in dockerfile
    assert "cp deploy/dagster.yaml" in script
    instance = yaml.safe_load((PROJECT / "deploy" / "dagster.yaml").read_text())
    assert instance["storage"]["postgres"]["postgres_db"]["scheme"] == "postgresql+psycopg2"
    workspace = yaml.safe_load((PROJECT / "workspace.yaml").read_text())
    assert workspace["load_from"][0]["grpc_server"] == {"host": "code", "port": 4000, "location_name": LOCATION}
