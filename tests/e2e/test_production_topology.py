"""The production topology as real processes (docker-compose.yml without Docker, via scripts/topology.sh).

Dagster on dagster-postgres (a database created for this module), a gRPC code server, the daemon
and the webserver as separate processes; mapwright's metadata store in PostgreSQL, the vector index
in pgvector (an embedded PostgreSQL 16 with the extension), the cache in Redis. A file dropped in
the landing folder, with both sensors switched on through the webserver's GraphQL API, becomes a
mapping run that the daemon drives stage by stage (one named job per stage); each hold is released
with ``mapwright run confirm`` from the CLI, as an operator would.

The processes start once per module. The default test follows the landed file to its first hold
(the example's borderline column holds Domains) and checks that the CLI confirmation releases it
(the supervisor requests Mapping); the ``slow`` test drives the same run on to the promoted table
in the PostgreSQL target.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
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
from orchestration.supervisor.jobs import step_job_name
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
#: the daemon evaluates sensors at most every 5 s whatever the interval; 1 s keeps that the only wait
SENSOR_INTERVAL_S = 1
POLL_S = 0.25
RUN_TIMEOUT_S = 240
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
OPEN_DAGSTER = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED,
                dg.DagsterRunStatus.NOT_STARTED]


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


@dataclass
class LandedRun:
    """The mapping run the dropped file became, and what the test did to it."""

    run_id: str
    dropped: Path
    store: MetadataStore
    started: float
    confirmed: list[str] = field(default_factory=list)
    cache_keys_before: set[bytes] = field(default_factory=set)


@pytest.fixture(scope="module")
def topology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Topology]:
    """Start scripts/topology.sh with every backend configured; stop its process group afterwards."""
    if shutil.which("bash") is None:
        pytest.skip("bash is needed to run scripts/topology.sh")
    tmp_path = tmp_path_factory.mktemp("topology")
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
            t0 = time.monotonic()
            wait_for("the webserver", lambda: http_ok(f"{topo.ui_url}/server_info"), 120, every_s=POLL_S,
                     alive=topo.alive)
            print(f"topology: webserver up after {time.monotonic() - t0:.1f}s")
            yield topo
        finally:
            stop_group(proc)
            print(f"topology log: {log}")


@pytest.fixture(scope="module")
def landed(topology: Topology) -> Iterator[LandedRun]:
    """Switch the sensors on, drop the example file, follow its run to the first hold, confirm it from
    the CLI and wait until the supervisor requests the next stage."""
    store = open_store(topology.store_url)
    cache = redis.Redis(db=REDIS_DB)
    keys_before = set(cache.scan_iter("mapwright:*"))
    _switch_on_sensors(topology)
    started = time.monotonic()
    dropped = _drop_file(topology.landing)
    run_id: str = wait_for("the landing sensor's mapping run", lambda: next(
        (r.run_id for r in store.list_runs()), None), 90, every_s=POLL_S, alive=topology.alive)
    run = LandedRun(run_id, dropped, store, started, cache_keys_before=keys_before)
    print(f"topology: run {run_id} created {time.monotonic() - started:.1f}s after the drop")

    def released(events: list[LedgerEvent]) -> bool:
        confirms = [i for i, e in enumerate(events) if e.action == CONFIRM_ACTION]
        return bool(confirms) and any(e.action == REQUEST_ACTION for e in events[confirms[0]:])

    _drive(topology, run, released)
    try:
        yield run
    finally:
        new_keys = set(cache.scan_iter("mapwright:*")) - keys_before
        if new_keys:
            cache.delete(*new_keys)


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


def _drive(topo: Topology, run: LandedRun, done: Callable[[list[LedgerEvent]], bool]) -> None:
    """Confirm each hold of the run from the CLI (as user olga) until ``done(events)`` or the run leaves
    the open states."""
    store, run_id = run.store, run.run_id
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        topo.alive()
        record = store.require_run(run_id)
        events = store.events(run_id)
        if done(events) or str(record.status) in ("completed", "failed"):
            return
        holds = [e for e in events if e.action == HOLD_ACTION]
        if str(record.status) == "held" and holds and len(holds) > len(run.confirmed):
            stage = str(holds[-1].detail["stage"])
            assert len(run.confirmed) < len(STAGE_PLAN), f"more holds than stages: {run.confirmed + [stage]}"
            out = topo.cli("run", "confirm", run_id, "--stage", stage, "--user", "olga", "--role", "Operator",
                           "--note", "reviewed in the topology test")
            assert f"confirmed {stage}" in out
            run.confirmed.append(stage)
            print(f"topology: {stage} confirmed {time.monotonic() - run.started:.1f}s after the drop")
        time.sleep(POLL_S)
    raise AssertionError(f"run {run_id}: not there after {RUN_TIMEOUT_S}s: "
                         f"{[(e.stage.value, e.action, e.decision.value) for e in store.events(run_id)]}\n"
                         f"{topo.log.read_text()[-3000:]}")


def _gate(events: list[LedgerEvent], gate: str) -> LedgerEvent | None:
    found = [e for e in events if e.stage is Stage.SUPERVISOR and e.action == f"gate.{gate}"]
    return found[-1] if found else None


def _check_hash_links(topo: Topology, run: LandedRun, assets: list[str]) -> None:
    """Each stage artifact is in the PostgreSQL store and hash-linked to the Dagster materialization
    recorded in the dagster-postgres instance."""
    with _instance(topo) as instance:
        for asset in assets:
            art = run.store.latest(run.run_id, _artifact_kind(asset))
            assert art is not None, f"no {asset} artifact in the store"
            mat = instance.get_latest_materialization_event(dg.AssetKey(asset))
            assert mat is not None and mat.asset_materialization is not None, asset
            partition = str(mat.asset_materialization.partition)
            assert partition == run.run_id or partition.startswith(f"{run.run_id}~"), (asset, partition)
            md = mat.asset_materialization.metadata
            if "artifact_hash" in md:  # the materialization names an artifact of this run and kind
                linked = run.store.get(str(md["artifact_hash"].value))
                assert linked is not None and linked.run_id == run.run_id and linked.kind == art.kind, asset


def _finished_dagster_runs(topo: Topology, run_id: str) -> list[dg.DagsterRun]:
    with _instance(topo) as instance:
        def finished() -> list[dg.DagsterRun] | None:
            tags = {"mapwright/run_id": run_id}
            if instance.get_runs(filters=dg.RunsFilter(tags=tags, statuses=OPEN_DAGSTER)):
                return None
            return list(instance.get_runs(filters=dg.RunsFilter(tags=tags)))

        return wait_for("the run's Dagster runs to finish", finished, 90, every_s=POLL_S, alive=topo.alive)


def test_landed_file_runs_to_its_first_hold_and_a_cli_confirmation_releases_it(topology: Topology,
                                                                               landed: LandedRun) -> None:
    store, run_id = landed.store, landed.run_id
    record = store.require_run(run_id)
    assert record.contract.lhs.location == str(landed.dropped.resolve())
    events = store.events(run_id)
    actions = [e.action for e in events]
    assert actions[0] == "landing.submit"
    # Every ledger event of the run carries its contract hash once the run exists (landing onward).
    assert {e.contract_hash for e in events if e.contract_hash} == {record.contract_hash}

    # Ingest, then Domains, whose gate held on the example's borderline column: the hold names it,
    # the CLI confirmation (actor recorded) released exactly that hold, and the supervisor then
    # requested Mapping.
    assert landed.confirmed == ["DOMAINS"], landed.confirmed
    # (the landing sensor requests Ingest with the run; the supervisor requests every later stage)
    assert [str(e.detail["stage"]) for e in events if e.action == REQUEST_ACTION][:2] == ["DOMAINS", "MAPPING"]
    ingest_gates = [events.index(e) for g in STAGE_PLAN[0].gates if (e := _gate(events, g)) is not None]
    held = _gate(events, "domain_assignments_gate")
    assert len(ingest_gates) == 2 and held is not None and max(ingest_gates) < events.index(held)
    assert held.decision is Decision.HOLD and "Amount" in " ".join(held.detail["reasons"])
    hold = next(i for i, e in enumerate(events) if e.action == HOLD_ACTION)
    conf = next(i for i, e in enumerate(events) if e.action == CONFIRM_ACTION)
    assert events.index(held) < hold < conf
    assert events[conf].decision is Decision.ACCEPT and events[conf].human_confirmation is not None
    assert events[conf].human_confirmation.actor == "olga" and events[conf].detail["stage"] == "DOMAINS"
    mapping = next(e for e in events[conf:] if e.action == REQUEST_ACTION)
    assert mapping.detail["stage"] == "MAPPING" and mapping.detail["lane"] in ("interactive", "flex", "batch")

    _check_hash_links(topology, landed, ["catalog", "sample_pack", "domain_assignments"])
    with _instance(topology) as instance:
        runs = {r.job_name: r for r in instance.get_runs(filters=dg.RunsFilter(tags={"mapwright/run_id": run_id}))}
        # One named job per stage; the landing sensor started Ingest, the supervisor the rest.
        assert {"ingest_job", "domains_job", "mapping_job"} <= set(runs), sorted(runs)
        assert runs["ingest_job"].tags.get("dagster/sensor_name") == "landing_zone"
        assert runs["domains_job"].tags.get("dagster/sensor_name") == "supervisor"
        assert runs["mapping_job"].tags["mapwright/lane"] == mapping.detail["lane"]
        def domains_finished() -> dg.DagsterRun | None:
            r = instance.get_run_by_id(runs["domains_job"].run_id)
            return r if r is not None and r.is_finished else None

        domains_run = wait_for("the Domains run to end", domains_finished, 60, every_s=POLL_S)
        # A held gate is a failed blocking check, and its reason names the column.
        assert domains_run.status is dg.DagsterRunStatus.FAILURE
        checks = [e.dagster_event.asset_check_evaluation_data for e in instance.all_logs(
            domains_run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION) if e.dagster_event]
        gate = next(c for c in checks if c.check_name == "domain_assignments_gate")
        assert not gate.passed and "Amount" in str(gate.metadata["reasons"].value)

    # The vector index lives in pgvector and the provider cache in Redis.
    with sa.create_engine(topology.vector_url).connect() as conn:
        vector_columns = conn.execute(sa.text(
            "SELECT count(*) FROM information_schema.columns WHERE udt_name = 'vector'")).scalar_one()
    assert vector_columns > 0, "no pgvector table was written"
    new_keys = set(redis.Redis(db=REDIS_DB).scan_iter("mapwright:*")) - landed.cache_keys_before
    assert any(b":prov:" in k for k in new_keys), "the provider router cached nothing in Redis"
    print(f"topology run {run_id}: first hold confirmed, Mapping requested "
          f"{time.monotonic() - landed.started:.1f}s after the drop")


@pytest.mark.slow
def test_landed_run_reaches_the_promoted_target_through_the_daemon(topology: Topology, landed: LandedRun) -> None:
    store, run_id = landed.store, landed.run_id
    _drive(topology, landed, lambda events: any(e.action == COMPLETE_ACTION for e in events))
    record = store.require_run(run_id)
    events = store.events(run_id)
    assert record.status.value == "completed", [(e.stage.value, e.action, e.decision.value) for e in events]
    assert events[-1].action == COMPLETE_ACTION

    # Every stage of the supervisor's plan ran, in order, and each hold was released by the CLI's
    # human confirmation before the supervisor requested more work.
    gate_pos = []
    for step in STAGE_PLAN:
        for gate in step.gates:
            ev = _gate(events, gate)
            assert ev is not None, f"{step.stage.value}: gate {gate} never evaluated"
            assert ev.decision in (Decision.ACCEPT, Decision.HOLD), (gate, ev.decision)
            gate_pos.append(events.index(ev))
    assert gate_pos == sorted(gate_pos), "the stages' gates were not evaluated in stage order"
    held_stages = [str(e.detail["stage"]) for e in events if e.action == HOLD_ACTION]
    assert held_stages == landed.confirmed
    for stage in landed.confirmed:
        conf = next(i for i, e in enumerate(events) if e.action == CONFIRM_ACTION and e.detail["stage"] == stage)
        assert events[conf].human_confirmation is not None and events[conf].human_confirmation.actor == "olga"
        later = [e for e in events[conf:] if e.action == REQUEST_ACTION]
        assert later or stage == STAGE_PLAN[-1].stage.value, f"nothing requested after confirming {stage}"

    _check_hash_links(topology, landed, [a for step in STAGE_PLAN for a in step.assets])
    runs = _finished_dagster_runs(topology, run_id)
    statuses = [r.status for r in runs]
    # A run whose blocking gate held ends FAILURE (Dagster skips what the gate blocks); every
    # other run succeeds, and none is left queued or running. Each step ran as its own job.
    assert set(statuses) <= {dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE}, statuses
    assert 0 < statuses.count(dg.DagsterRunStatus.FAILURE) <= len(landed.confirmed), statuses
    assert {r.job_name for r in runs} == {step_job_name(s) for s in STAGE_PLAN}, sorted(r.job_name for r in runs)

    if record.contract.mode.value == "data_mode":
        with _instance(topology) as instance:
            promo = instance.get_latest_materialization_event(dg.AssetKey("promotion"))
        assert promo is not None and promo.asset_materialization is not None
        md = promo.asset_materialization.metadata
        table, loaded = str(md["table"].value), int(str(md["rows_loaded"].value))
        with sa.create_engine(topology.target_url).connect() as conn:
            assert table in sa.inspect(conn).get_table_names(), "the promoted table is not in the PostgreSQL target"
            rows = conn.execute(sa.select(sa.func.count()).select_from(sa.table(table))).scalar_one()
        assert rows == loaded > 0, (table, rows, loaded)
    print(f"topology run {run_id}: {len(events)} ledger events, holds {landed.confirmed}, "
          f"{time.monotonic() - landed.started:.1f}s from drop to completion")


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
