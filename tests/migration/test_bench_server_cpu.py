"""The migration benchmark's server CPU sampler: a failed sampler reports "not measured" (never 0.0), and the
parallel workers of this process's backends count (benchmarks/bench_migration.py, ServerCpu)."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import psycopg
import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_migration.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_migration_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_failed_sampler_is_not_measured_not_zero() -> None:
    bench = _bench()
    sampler = bench.ServerCpu("postgresql://postgres@127.0.0.1:1/test")  # nothing listens there
    value = sampler.stop()
    assert math.isnan(value) and sampler.failure, "the failure is flagged, the figure NaN"
    assert bench.server_cpu_text({"server_cpu_s": value}) == "not measured"
    assert bench.server_cpu_text({}) == "not measured"
    assert bench.server_cpu_text({"server_cpu_s": 1.5}).strip() == "1.50 s"
    assert math.isnan(bench._total_cpu({"cpu_s": 2.0, "server_cpu_s": value}))


@pytest.mark.postgres
def test_the_parallel_workers_of_this_process_backends_are_sampled() -> None:
    bench = _bench()
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
        me = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
        version = int(conn.execute("SHOW server_version_num").fetchone()[0])  # type: ignore[index]
        # every parallel-safe query under a Gather run by a worker (the setting's name changed in 16)
        force = "debug_parallel_query" if version >= 160000 else "force_parallel_mode"
        conn.execute("SELECT set_config(%s, 'on', false)", (force,))
        sampler = bench.ServerCpu()
        workers = 0
        for _ in range(40):  # parallel scans of ~0.1-0.3 s each until the sampler has seen a worker
            plan = conn.execute("EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM generate_series(1, 3000000) g "
                                "WHERE g % 7 = 3").fetchone()[0]  # type: ignore[index]
            workers += int(plan[0]["Plan"].get("Workers Launched", 0) or 0)
            if len(sampler.pids() - {me}) > 0:
                break
        value = sampler.stop()
    if not workers:
        pytest.skip("the server launched no parallel worker (max_parallel_workers busy)")
    assert me in sampler.pids(), "this process's own backend is sampled"
    assert sampler.pids() - {me}, "its parallel workers are sampled too"
    assert value > 0 and sampler.failure is None


@pytest.mark.postgres
def test_a_connection_opened_after_the_sampler_started_is_sampled() -> None:
    bench = _bench()
    sampler = bench.ServerCpu()
    try:
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
            late = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
            for _ in range(40):  # a short busy query at a time until a sample has seen the new backend
                conn.execute("SELECT count(*) FROM generate_series(1, 200000)")
                if late in sampler.pids():
                    break
    finally:
        sampler.stop()
    assert late in sampler.pids(), "the ports are read again when this process's sockets change"


class _Me:
    """Stands for ``psutil.Process()``: counts the reads of the kernel's TCP table."""

    def __init__(self) -> None:
        self.reads = 0

    def net_connections(self, kind: str) -> list[object]:
        self.reads += 1
        return []


@pytest.mark.postgres
def test_the_tcp_table_is_read_only_when_the_sockets_change() -> None:
    bench = _bench()
    sampler = bench.ServerCpu("postgresql://postgres@127.0.0.1:1/test")  # its own loop fails at once
    sampler.stop()
    me = _Me()
    for _ in range(5):
        sampler._ports(me)
    assert me.reads == 1, "unchanged sockets: the ports of the last read"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test"):  # a new socket of this process
        sampler._ports(me)
        sampler._ports(me)
    assert me.reads == 2
