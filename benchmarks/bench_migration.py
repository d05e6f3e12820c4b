"""Migration benchmark (issue: Migration stage): a generated 12-column file, 11 transforms.

Each step runs in its own process (so its peak RSS is its own) and prints rows/s and peak RSS:

* ``copy``      raw COPY of the untransformed file into an UNLOGGED text table in PostgreSQL
                (the ceiling for loads; the baseline of the ratios)
* ``pg``        the full migration into PostgreSQL (first load, replace): transform, validate,
                chunk hashes, checkpoints, quarantine, validations, promotion
* ``duckdb``    the same into the embedded DuckDB target
* ``dlt``       dlt loading the same pre-transformed rows into PostgreSQL with its fastest
                loader (csv via COPY); needs ``pip install 'dlt[postgres]==1.31.0'`` (the bench extra), or
                dlt installed into a folder named by ``MW_BENCH_DLT_PATH`` (added to that step's import path only)
                (after a three-row warm-up run, so that its lazy imports are not timed, like the other steps')
* ``merge``     an incremental re-run with 10% of the rows changed (merge disposition)

Targets: full migration >= 0.5x COPY; >= 3x dlt; incremental >= 0.3x COPY over all rows;
peak RSS < 1.5 GB and flat (the DuckDB step also runs at a quarter of the rows).
Every figure carries the 1-minute load average read right after its step (the machine is shared).
Usage: ``python benchmarks/bench_migration.py [--rows N]``; ``--ab PATH [--rounds K]`` instead runs the
COPY, PostgreSQL and merge steps alternately with this checkout's code and the checkout at PATH (e.g. main)
on the same file, K rounds, and prints each pair's figures and the ratio of their rates.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
COLS = ["id", "name", "email", "phone", "status", "height", "birth", "amount", "country", "qty", "signup", "note"]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Messy but valid rows, generated vectorized (2M rows in a few seconds)."""
    rng = np.random.default_rng(seed)
    first = np.array(["john", "Ann", "MARIA", "li", "Jean-Luc", "zoe", "Kofi", "Ines"])
    last = np.array(["smith", "Doe", "garcia", "WANG", "picard", "Okafor", "Silva"])
    ids = np.arange(1, rows + 1)

    def ints(lo: int, hi: int, width: int = 0) -> pl.Series:
        return pl.Series(rng.integers(lo, hi, rows)).cast(pl.String).str.zfill(width)

    def pick(values: list[str]) -> pl.Series:
        return pl.Series(np.array(values)[rng.integers(0, len(values), rows)])

    frame = pl.DataFrame({
        "id": ids.astype(str),
        "name": pick(list(first)) + "  " + pick(list(last)),
        "email": "user" + pl.Series(ids.astype(str)) + "@example.com",
        "phone": ints(200, 999) + "-" + ints(100, 999) + "-" + ints(1000, 9999),
        "status": pick(["A", "I", "P"]),
        "height": pl.Series(np.round(rng.uniform(50, 80, rows), 2)).cast(pl.String),
        "birth": ints(1, 28, 2) + "/" + ints(1, 12, 2) + "/" + ints(1940, 2010),
        "amount": pl.Series(np.round(rng.uniform(1, 5000, rows), 2)).cast(pl.String),
        "country": pick([" us", "DE ", "fr", "Br"]),
        "qty": ints(0, 500),
        "signup": ints(2015, 2025) + "-" + ints(1, 12, 2) + "-15",
        "note": pick(["", "vip", "late payer", "n/a"]),
    })
    frame.write_csv(path)


def changed(csv: Path, out: Path) -> None:
    """``csv`` with 10% of the rows changed (the phone of every id divisible by 10), for the merge step."""
    pl.scan_csv(csv, infer_schema=False).with_columns(
        pl.when(pl.col("id").cast(pl.Int64) % 10 == 0).then(pl.lit("999-999-9999")).otherwise(pl.col("phone"))
        .alias("phone")).sink_csv(out)


def spec(run_id: str, table: str, disposition: str = "replace") -> object:
    """11 transforms from the 12 source columns into an 11-column target."""
    from core.migration.models import ColumnPipeline, Disposition, MigrationSpec, TargetColumn
    from dsl.models import Pipeline

    pipe = Pipeline.model_validate({
        "dsl_version": "1.0.0", "inputs": COLS, "input_types": dict.fromkeys(COLS, "string"),
        "outputs": ["id", "first", "last", "domain", "phone", "status", "height_cm", "birth_date", "amount", "country",
                    "qty"],
        "steps": [
            {"op": "type_cast", "input": "id", "output": "id", "to": "int"},
            {"op": "collapse_whitespace", "input": "name", "output": "n"},
            {"op": "regex_split", "input": "n", "outputs": ["first", "last"], "pattern": " "},
            {"op": "regex_extract", "input": "email", "output": "domain", "pattern": "@([A-Za-z0-9.-]+)$", "group": 1},
            {"op": "regex_extract", "input": "phone", "output": "phone", "pattern": "[0-9-]+"},
            {"op": "map_dict", "input": "status", "output": "status", "mapping": {"A": "active", "I": "inactive",
                                                                                 "P": "pending"}},
            {"op": "type_cast", "input": "height", "output": "h", "to": "float"},
            {"op": "unit_convert", "input": "h", "output": "height_cm", "from_unit": "in", "to_unit": "cm"},
            {"op": "date_parse", "input": "birth", "output": "birth_date", "format": "%d/%m/%Y"},
            {"op": "type_cast", "input": "amount", "output": "amount", "to": "float"},
            {"op": "trim", "input": "country", "output": "c"},
            {"op": "case", "input": "c", "output": "country", "mode": "upper"},
            {"op": "type_cast", "input": "qty", "output": "qty", "to": "int"},
        ]})
    types = {"id": "int", "height_cm": "float", "birth_date": "date", "amount": "decimal", "qty": "int"}
    cols = [TargetColumn(name=o, type=types.get(o, "string"), key=o == "id", nullable=o != "last")  # type: ignore[arg-type]
            for o in pipe.outputs]
    return MigrationSpec(run_id=run_id, table=table, columns=cols, key=["id"],
                         pipelines=[ColumnPipeline(pipeline=pipe, outputs={o: o for o in pipe.outputs})],
                         input_types=dict(pipe.input_types or {}), disposition=Disposition(disposition),
                         batch_size=250_000)


def _imports(step: str) -> None:
    """Import what the step uses before its clock starts (with :func:`_warm_up_dlt` for the dlt step, which imports
    most of its modules lazily, inside its first run: every step is timed without interpreter imports)."""
    if step == "copy":
        import psycopg  # noqa: F401
    elif step == "dlt":
        import dlt  # noqa: F401
    else:
        import adapters.targets.sql_target  # noqa: F401
        import core.migration.run  # noqa: F401
    if step in ("pg", "merge"):  # imported lazily by the run (ADBC at its first connection, psycopg by the engine):
        # about a second of CPU, once per process, that the timed step would otherwise count as migration work
        import adbc_driver_postgresql.dbapi  # noqa: F401
        import psycopg  # noqa: F401


class ServerCpu:
    """CPU seconds the PostgreSQL backends serving this process used (sampled from ``/proc`` every 50 ms in a thread):
    the server's side of a step, which the client's CPU does not hold. Backends are this process's connections
    (matched on their client port in ``pg_stat_activity``) and the parallel workers they lead (``leader_pid``); the
    sampler's own is left out, and so are the server's shared processes (WAL writer, checkpointer, autovacuum).

    Limits: a backend's CPU is its last sample, so what a process spends after it (at most 50 ms) is missed when
    it exits before the next one -- a connection closed during the step, and every parallel worker, which exits
    when its query ends; a process living less than 50 ms may be missed entirely. :meth:`stop` takes a final sample
    of the backends still alive. If sampling fails (no ``psutil``, the server unreachable), the figure is NaN and
    printed as "not measured", never 0."""

    def __init__(self, url: str = "postgresql://postgres@127.0.0.1:5432/test") -> None:
        import threading

        self._url, self._seen, self._stop = url, {}, threading.Event()  # type: ignore[var-annotated]
        self.failure: str | None = None
        self._sockets: frozenset[str] | None = None
        self._port_list: list[int] = []
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        try:
            import psutil
            import psycopg

            me = psutil.Process()
            with psycopg.connect(self._url, autocommit=True, connect_timeout=5) as conn:
                mine = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
                while True:
                    self._sample(psutil, conn, me, mine)
                    if self._stop.wait(0.05):
                        self._sample(psutil, conn, me, mine)  # the final sample, backends still open
                        return
        except Exception as exc:  # noqa: BLE001 -- any failure: the figure is not measured (NaN), not 0
            self.failure = f"{type(exc).__name__}: {exc}"

    def _ports(self, me: Any) -> list[int]:
        """This process's client ports to the server. ``net_connections`` reads the kernel's whole TCP table (every
        socket of the machine, in Python): at 20 samples a second it cost the measured step up to a tenth of its
        own CPU (more on a machine with many connections), so it runs only when this process's set of socket
        descriptors changed since the last sample (a connection opened or closed)."""
        try:
            fds = os.listdir("/proc/self/fd")
            sockets = frozenset(link for fd in fds if (link := _readlink(f"/proc/self/fd/{fd}")).startswith("socket:"))
        except OSError:  # no /proc: every sample asks
            sockets = None
        if sockets is None or sockets != self._sockets:
            self._sockets = sockets
            self._port_list = [c.laddr.port for c in me.net_connections(kind="tcp")
                               if c.raddr and c.raddr.port == 5432]
        return self._port_list

    def _sample(self, psutil: Any, conn: Any, me: Any, mine: int) -> None:
        ports = self._ports(me)
        pids = [r[0] for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE pid <> %(me)s AND (client_port = ANY(%(ports)s) OR leader_pid IN "
            "(SELECT pid FROM pg_stat_activity WHERE client_port = ANY(%(ports)s)))", {"me": mine, "ports": ports})]
        for pid in pids:
            try:
                t = psutil.Process(pid).cpu_times()
            except psutil.Error:
                continue
            self._seen[pid] = t.user + t.system

    def pids(self) -> set[int]:
        """The server processes sampled so far."""
        return set(self._seen)

    def stop(self) -> float:
        """Stop sampling (after a final sample); the backends' CPU seconds, NaN when sampling failed."""
        self._stop.set()
        self._thread.join()
        return float("nan") if self.failure is not None else float(sum(self._seen.values()))


def _readlink(path: str) -> str:
    """The target of a ``/proc/self/fd`` link ("" when the descriptor closed meanwhile)."""
    try:
        return os.readlink(path)
    except OSError:
        return ""


def server_cpu_text(f: dict[str, float]) -> str:
    """A step's server CPU for the report: seconds, or "not measured" (no sampler, or it failed)."""
    value = f.get("server_cpu_s", float("nan"))
    return f"{value:6.2f} s" if value == value else "not measured"


def _warm_up_dlt(csv: Path, table: str, run_id: str) -> None:
    """Three rows of the dlt step, loaded into their own dataset (``<table>_warm``, dropped by :func:`_cleanup`) by a
    pipeline in a throw-away folder, before the step's clock and its server-CPU sampler start: ``pipe.run`` imports
    dlt's destination, its driver (psycopg2) and its loaders lazily (~350 modules, ~0.8 s of CPU once per process),
    which the timed load would otherwise count, as the pg and merge steps no longer count their ADBC and psycopg."""
    import dlt

    from core.migration.engine import transform

    rows = transform(pl.read_csv(csv, infer_schema=False, n_rows=3), spec(run_id, table))  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        pipe = dlt.pipeline(pipeline_name=f"bench_warm_{run_id.lower()}", pipelines_dir=folder,
                            destination=dlt.destinations.postgres("postgresql://postgres:trust@127.0.0.1:5432/test"),
                            dataset_name=f"{table}_warm")
        pipe.run(rows.to_arrow(), table_name=table, loader_file_format="csv", write_disposition="replace")


def _child(step: str, csv: Path, table: str, run_id: str) -> dict[str, float]:
    _imports(step)
    if step == "dlt":
        _warm_up_dlt(csv, table, run_id)
    server = ServerCpu() if step in ("copy", "pg", "merge", "dlt") else None
    t0, cpu0 = time.perf_counter(), _cpu_s()
    if step == "copy":
        import psycopg
        from psycopg import sql

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test") as conn:
            conn.execute(sql.SQL("CREATE UNLOGGED TABLE {} ({})").format(
                sql.Identifier(table), sql.SQL(", ").join(sql.SQL("{} text").format(sql.Identifier(c)) for c in COLS)))
            with conn.cursor() as cur, cur.copy(sql.SQL("COPY {} FROM STDIN (FORMAT csv, HEADER true)").format(
                    sql.Identifier(table))) as copy, csv.open("rb") as fh:
                while block := fh.read(1 << 20):
                    copy.write(block)
            conn.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(table)))
    elif step in ("pg", "duckdb", "merge"):
        from adapters.targets.sql_target import SqlTarget
        from core.migration.run import migrate

        url = PG if step != "duckdb" else f"duckdb:///{csv.parent / f'bench_{run_id}.duckdb'}"
        # the file itself: read by the stage's bounded reader, memory bounded whatever the file size;
        # merge: the copy with 10% of the rows changed, written by the parent before the step
        src = csv.with_name("bench_changed.csv") if step == "merge" else csv
        target = SqlTarget(url)
        profiler = _profiler()
        run = migrate(spec(run_id, table, "merge" if step == "merge" else "replace"), src, target,  # type: ignore[arg-type]
                      secret=b"bench")
        if profiler is not None:
            profiler.stop()
            sys.stderr.write(profiler.output_text(unicode=False, color=False))
        assert run.promoted, run
    elif step == "dlt":
        import dlt

        from core.migration.engine import transform

        s = spec(run_id, table)
        out = transform(pl.read_csv(csv, infer_schema=False), s)  # type: ignore[arg-type]
        t0, cpu0 = time.perf_counter(), _cpu_s()  # dlt is timed on the load of pre-transformed rows only
        dest = dlt.destinations.postgres("postgresql://postgres:trust@127.0.0.1:5432/test")
        pipe = dlt.pipeline(pipeline_name=f"bench_{run_id.lower()}", destination=dest, dataset_name=table,
                            pipelines_dir=str(csv.parent / "dlt"))
        pipe.run(out.to_arrow(), table_name=table, loader_file_format="csv",
                 write_disposition="replace")
    wall = time.perf_counter() - t0
    cpu = _cpu_s() - cpu0
    time.sleep(0.1)  # one more sample of backends still alive
    return {"wall_s": wall, "peak_rss_mb": _peak_rss_mb(), "cpu_s": cpu,
            "server_cpu_s": server.stop() if server is not None else float("nan")}


def _cpu_s() -> float:
    """CPU seconds (user + system, every thread) of this process so far: the client's own work, which a loaded
    machine stretches less than the wall time (the database server's work is not in it)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _profiler() -> Any:
    """A started pyinstrument profiler when ``MW_BENCH_PROFILE`` is set (``--profile``), else None."""
    if not os.environ.get("MW_BENCH_PROFILE"):
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.005)
    profiler.start()
    return profiler


def _peak_rss_mb() -> float:
    """This process's peak RSS: VmHWM (Linux's ru_maxrss keeps the forking parent's peak across exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(step: str, csv: Path, table: str, run_id: str, code: Path = ROOT) -> dict[str, float] | None:
    # MW_BENCH_DLT_PATH: a folder holding dlt (``pip install --target``) for the dlt step only, so the shared
    # environment need not carry dlt and its dependencies
    extra = os.environ.get("MW_BENCH_DLT_PATH") if step == "dlt" else None
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(code), *([extra] if extra else [])])}
    # this script's child (one harness for both sides of an A/B), importing the code under test from ``code``
    res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_migration.py"), "--child", step, str(csv),
                          table, run_id], cwd=code, env=env, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        print(f"  {step}: FAILED\n{res.stderr[-1500:]}")
        return None
    if os.environ.get("MW_BENCH_PROFILE") and res.stderr.strip():
        print(f"--- profile of {step} ---\n{res.stderr}")
    return {**json.loads(res.stdout.strip().splitlines()[-1]), "load": os.getloadavg()[0]}


def _ab(rows: int, other: Path, rounds: int) -> None:
    """COPY, PostgreSQL and merge steps, alternating this code and ``other``'s, on one generated file."""
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "bench.csv"
        generate(csv, rows)
        changed(csv, csv.with_name("bench_changed.csv"))
        walls: dict[tuple[str, str], list[float]] = {}
        for r in range(rounds):
            for name, code in ((("this", ROOT), ("other", other)) if r % 2 == 0 else
                               (("other", other), ("this", ROOT))):
                tag = uuid.uuid4().hex[:8]
                rid, mid = (("01BENCH" + p + uuid.uuid4().hex.upper())[:26] for p in ("", "M"))
                try:
                    for step in ("copy", "pg", "merge"):
                        f = _run(step, csv, f"bench_{tag}", mid if step == "merge" else rid, code)
                        if f:
                            walls.setdefault((name, step), []).append(f["wall_s"])
                            print(f"  round {r} {name:5s} {step:5s} {f['wall_s']:7.2f} s  client CPU "
                                  f"{f.get('cpu_s', 0):6.2f} s  server CPU {server_cpu_text(f)}  "
                                  f"peak RSS {f['peak_rss_mb']:,.0f} MB  load {f['load']:.1f}", flush=True)
                finally:
                    _cleanup(tag, [rid, mid])
        for step in ("pg", "merge"):
            mine, theirs = walls.get(("this", step)), walls.get(("other", step))
            if mine and theirs:
                print(f"  {step}: best {min(mine):.2f} s (this) vs {min(theirs):.2f} s ({other}): "
                      f"{min(theirs) / min(mine):.2f}x the rate")


def _cleanup(tag: str, run_ids: list[str]) -> None:
    """Drop what the run left in PostgreSQL (final, kept-previous and dlt tables, dlt's warm-up too)."""
    import psycopg
    from psycopg import sql

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
        tables = [f"bench_{tag}", *[f"bench_{tag}__mw_prev_{r[-10:].lower()}" for r in run_ids]]
        for t in tables:
            conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(t)))
        for schema in (f"bench_dlt_{tag}{s}" for s in ("", "_staging", "_warm", "_warm_staging")):
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def main() -> None:
    """Generate, run every step, print figures and ratios."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--child", nargs=4)
    ap.add_argument("--profile", action="store_true", help="print a pyinstrument profile of each migration step")
    ap.add_argument("--ab", type=Path, help="another checkout (e.g. /work/main): A/B of the COPY, pg, merge steps")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if args.profile:
        os.environ["MW_BENCH_PROFILE"] = "1"
    if args.child:
        step, csv, table, run_id = args.child
        print(json.dumps(_child(step, Path(csv), table, run_id)))
        return
    if args.ab:
        _ab(args.rows, args.ab.resolve(), args.rounds)
        return
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "bench.csv"
        generate(csv, args.rows)
        changed(csv, csv.with_name("bench_changed.csv"))
        tag = uuid.uuid4().hex[:8]
        run_id = ("01BENCH" + uuid.uuid4().hex.upper())[:26]
        figures: dict[str, dict[str, float] | None] = {}
        merge_id = ("01BENCHM" + uuid.uuid4().hex.upper())[:26]
        try:
            for step in ("copy", "pg", "duckdb", "dlt", "merge"):
                rid = run_id if step != "merge" else merge_id
                figures[step] = _run(step, csv, f"bench_{tag}" if step != "dlt" else f"bench_dlt_{tag}", rid)
        finally:
            _cleanup(tag, [run_id, merge_id])
        small = Path(tmp) / "bench_small.csv"
        generate(small, args.rows // 4)
        q_run = ("01BENCHQ" + uuid.uuid4().hex.upper())[:26]
        figures["duckdb_quarter"] = _run("duckdb", small, f"bench_q_{tag}", q_run)
        print(f"rows: {args.rows:,} x {len(COLS)} columns, 13 transform steps")
        for step, f in figures.items():
            if f:
                n = args.rows // 4 if step == "duckdb_quarter" else args.rows
                print(f"  {step:14s} {f['wall_s']:7.2f} s  {n / f['wall_s']:>12,.0f} rows/s  "
                      f"client CPU {f.get('cpu_s', 0):6.2f} s  server CPU {server_cpu_text(f)}  "
                      f"peak RSS {f['peak_rss_mb']:,.0f} MB  load {f['load']:.1f}")
        copy = figures.get("copy")
        if copy:
            for step, goal in (("pg", 0.5), ("duckdb", None), ("merge", 0.3)):
                f = figures.get(step)
                if f:
                    ratio = copy["wall_s"] / f["wall_s"]
                    print(f"  {step} / COPY rate: {ratio:.2f}x" + (f" (target >= {goal}x)" if goal else ""))
            # on a shared machine the wall clock mostly measures the share of CPU a step got: the same ratio by
            # the CPU each step used (client + its server backends) is the load-independent figure beside it
            for step in ("pg", "merge"):
                f = figures.get(step)
                if f and _total_cpu(f) == _total_cpu(f) and _total_cpu(copy) == _total_cpu(copy):  # both measured
                    ratio = _total_cpu(copy) / _total_cpu(f)
                    print(f"  {step} / COPY by CPU used (client + server backends): {ratio:.2f}x")
        q, d = figures.get("duckdb_quarter"), figures.get("duckdb")
        if q and d:
            print(f"  peak RSS at {args.rows // 4:,} vs {args.rows:,} rows (DuckDB): {q['peak_rss_mb']:,.0f} MB vs "
                  f"{d['peak_rss_mb']:,.0f} MB (target < 1,500 MB, flat)")
        dl, pg = figures.get("dlt"), figures.get("pg")
        if dl and pg:
            by_cpu = _total_cpu(dl) / _total_cpu(pg)
            print(f"  pg / dlt rate: {dl['wall_s'] / pg['wall_s']:.2f}x (target >= 3x); by CPU used: "
                  + (f"{by_cpu:.2f}x" if by_cpu == by_cpu else "not measured"))


def _total_cpu(f: dict[str, float]) -> float:
    """Client CPU plus its server backends' CPU of one step (NaN when the server's was not measured)."""
    return f.get("cpu_s", 0.0) + f.get("server_cpu_s", float("nan"))


if __name__ == "__main__":
    main()
