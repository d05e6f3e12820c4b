"""File-source benchmark (issue 11, at rest): reading a gzip'd file source by decoding it block by block (now) vs
through a whole decoded working copy held in memory (``memfd``, the former path) vs the plain file, on the migration
benchmark's generated 12-column file, at two sizes (``--rows`` and 4x that).

Each step runs in its own process (its peak RSS is its own). Forms:

* ``plain``   the uncompressed UTF-8 file, which Polars reads straight from the file (the rate baseline)
* ``memfd``   the gzip'd file through a UTF-8 working copy in an anonymous memory file (the former path: the
              file decoded whole into ``memfd_create`` memory, then read as a plain file); its size is printed
* ``stream``  the gzip'd file decoded block by block by every read (:mod:`core.ingest.streamscan`, now)
* ``parquet`` (``--parquet``, migrate only) the older path: the file first written whole to a clear Parquet copy

Tasks: ``ingest`` (the catalog's statistics pass with the sample drawn in it, as the ingest stage runs it: the
full-file line check, column statistics, the presample, the sample), ``read`` (one pass over every row in
200,000-row batches, the Analysis / Migration reading side) and, with ``--migrate``, ``migrate`` (the migration
benchmark's 11 transforms into DuckDB, at the first size only).

Prints per step rows/s, peak RSS (VmHWM; memfd pages the process maps count in it) and, per task and size, the
stream / memfd and stream / plain rate ratios and the peak RSS growth from the first size to the second.
Usage: ``python benchmarks/bench_file_source.py [--rows N] [--migrate] [--parquet]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_migration import _peak_rss_mb, generate, spec  # noqa: E402

FORMS = ("plain", "memfd", "stream")


def _to_memfd(table: Any) -> int:
    """The former path: decode the table's file whole into an anonymous memory file and read that instead."""
    fd = os.memfd_create("mapwright-bench", os.MFD_CLOEXEC)
    with table.text.open() as src, open(fd, "wb", closefd=False) as out:
        shutil.copyfileobj(src, out, 4 << 20)
    table.read_path, table.text = Path(f"/proc/self/fd/{fd}"), None
    return os.fstat(fd).st_size


def _source(form: str, path: Path) -> tuple[Any, list[int]]:
    """A FileSource over ``path``; the ``memfd`` form opens its tables through a working copy in memory."""
    import adapters.sources.files as adapter
    from core.ingest.files import check_lines, open_table

    copies: list[int] = []
    if form == "memfd":
        def opened(p: Path, name: str, *, encoding: str | None = None, validate: bool = True) -> Any:
            t = open_table(p, name, encoding=encoding, validate=False)
            if t.text is not None:
                copies.append(_to_memfd(t))
            if validate:
                check_lines(t)
            return t

        adapter.open_table = opened  # type: ignore[assignment]
    return adapter.FileSource(path), copies


def _child(form: str, task: str, path: Path, run_id: str) -> dict[str, float]:
    from core.contract import SampleCaps
    from core.ingest.files import with_fallback
    from core.ingest.sampling import choose_plan
    from core.migration.table_source import FileTableSource

    t0 = time.perf_counter()
    fs, copies = _source(form, path)
    rows = 0
    work = Path(tempfile.mkdtemp(prefix="bench_fs_"))
    try:
        if task == "ingest":
            caps = SampleCaps(rows_max=10_000, bytes_max=1 << 24)
            fs.expect_samples(caps, 7)
            (schema,) = fs.introspect(with_stats=True)
            fs.sample(schema.name, choose_plan(schema, caps, 7))
            rows = int(schema.row_estimate or 0)
        else:
            table = fs.table(next(iter(fs._open(validate=False))))
            if task == "read":
                for batch in FileTableSource(table).batches(table.columns, 200_000):
                    rows += batch.height
            else:
                from adapters.targets.sql_target import SqlTarget
                from core.migration.run import migrate

                source: object = FileTableSource(table)
                if form == "parquet":  # the older wiring: a clear Parquet copy of the whole file
                    with_fallback(table, lambda lf: lf.sink_parquet(work / "source.parquet", row_group_size=200_000))
                    source = work / "source.parquet"
                target = SqlTarget(f"duckdb:///{work / 't.duckdb'}")
                run = migrate(spec(run_id, "bench_fs"), source, target, secret=b"bench")  # type: ignore[arg-type]
                target.dispose()
                assert run.promoted, run
                rows = run.rows_in
        shmem = _status_mb("RssShmem")
    finally:
        fs.close()
        shutil.rmtree(work, ignore_errors=True)
    return {"wall_s": time.perf_counter() - t0, "peak_rss_mb": _peak_rss_mb(), "rows": rows,
            "copy_mb": sum(copies) / 2**20, "shmem_mb": shmem}


def _status_mb(field: str) -> float:
    """A size field of /proc/self/status now (``RssShmem``: shared-memory pages mapped, e.g. a memfd copy's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _run(form: str, task: str, path: Path) -> dict[str, float] | None:
    rid = ("01BENCHFS" + uuid.uuid4().hex.upper())[:26]
    res = subprocess.run([sys.executable, __file__, "--child", form, task, str(path), rid], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    if res.returncode != 0:
        print(f"  {form}:{task}: FAILED\n{res.stderr[-1500:]}", flush=True)
        return None
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def _files(tmp: Path, rows: int) -> dict[str, Path]:
    csv = tmp / f"bench_{rows}.csv"
    generate(csv, rows)
    gz = tmp / f"bench_{rows}.csv.gz"
    with csv.open("rb") as src, gzip.open(gz, "wb", compresslevel=1) as out:
        shutil.copyfileobj(src, out, 1 << 20)
    return {"plain": csv, "parquet": csv, "memfd": gz, "stream": gz}


def _print(label: str, f: dict[str, float]) -> None:
    copy = f"  working copy {f['copy_mb']:,.0f} MB" if f.get("copy_mb") else ""
    print(f"  {label:22s} {f['wall_s']:7.2f} s  {f['rows'] / f['wall_s']:>10,.0f} rows/s  "
          f"peak RSS {f['peak_rss_mb']:,.0f} MB{copy}", flush=True)


def main() -> None:
    """Generate the files, run every step, print figures and ratios."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--migrate", action="store_true", help="also migrate into DuckDB (first size only)")
    ap.add_argument("--parquet", action="store_true", help="also the older Parquet-copy path (with --migrate)")
    ap.add_argument("--child", nargs=4)
    args = ap.parse_args()
    if args.child:
        form, task, path, rid = args.child
        print(json.dumps(_child(form, task, Path(path), rid)))
        return
    sizes = [args.rows, 4 * args.rows]
    figures: dict[tuple[str, str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            files = _files(Path(tmp), n)
            print(f"{n:,} rows x 12 columns: plain {files['plain'].stat().st_size / 2**20:,.0f} MB, gzip'd "
                  f"{files['stream'].stat().st_size / 2**20:,.0f} MB", flush=True)
            steps = [(form, task) for task in ("ingest", "read") for form in FORMS]
            if args.migrate and n == sizes[0]:
                steps += [(form, "migrate") for form in (*FORMS, *(("parquet",) if args.parquet else ()))]
            for form, task in steps:
                f = _run(form, task, files[form])
                if f:
                    figures[form, task, n] = f
                    _print(f"{form}:{task}", f)
            files["plain"].unlink()
            files["stream"].unlink()
    print("ratios (same run):")
    for task in ("ingest", "read", "migrate"):
        for n in sizes:
            got = {form: figures.get((form, task, n)) for form in (*FORMS, "parquet")}
            s, m, p = got["stream"], got["memfd"], got["plain"]
            if s and m and p:
                print(f"  {task:7s} {n:>11,} rows: stream / memfd rate {m['wall_s'] / s['wall_s']:.2f}x, "
                      f"stream / plain {p['wall_s'] / s['wall_s']:.2f}x; peak RSS stream {s['peak_rss_mb']:,.0f} MB, "
                      f"memfd {m['peak_rss_mb']:,.0f} MB + copy {m['copy_mb']:,.0f} MB (mapped at the end "
                      f"{m['shmem_mb']:,.0f} MB), plain {p['peak_rss_mb']:,.0f} MB")
        first, second = (figures.get(("stream", task, n)) for n in sizes)
        firstm, secondm = (figures.get(("memfd", task, n)) for n in sizes)
        if first and second and firstm and secondm:
            print(f"  {task:7s} peak RSS x4 rows: stream {first['peak_rss_mb']:,.0f} -> "
                  f"{second['peak_rss_mb']:,.0f} MB, memfd {firstm['peak_rss_mb']:,.0f} -> "
                  f"{secondm['peak_rss_mb']:,.0f} MB (+ its copy {firstm['copy_mb']:,.0f} -> "
                  f"{secondm['copy_mb']:,.0f} MB)")


if __name__ == "__main__":
    main()
