"""File-source migration benchmark (issue 11, at rest): the wiring's file source read straight from the file vs
the former clear Parquet copy, on the migration benchmark's generated 12-column file (11 transforms) into DuckDB.

Each step runs in its own process (its peak RSS is its own), as the Dagster wiring reads a run's file source:

* ``parquet_csv``  the former path (baseline, measured in the same run): the file written whole to a temporary
                   Parquet file in clear by Polars' streaming sink, then migrated from that file
* ``direct_csv``   the path now: :class:`core.migration.table_source.FileTableSource` (CSV blocks parsed straight
                   from the file; nothing but the sealed spill on disk)
* ``parquet_gz`` / ``direct_gz``  the same for the gzip'd file (now through its UTF-8 working copy in memory)

Prints rows/s, peak RSS and the direct / Parquet-copy rate ratio per form.
Usage: ``python benchmarks/bench_file_source.py [--rows N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_migration import _peak_rss_mb, generate, spec  # noqa: E402


def _child(step: str, path: Path, run_id: str) -> dict[str, float]:
    from adapters.sources.files import FileSource
    from adapters.targets.sql_target import SqlTarget
    from core.ingest.files import with_fallback
    from core.migration.run import migrate
    from core.migration.table_source import FileTableSource

    t0 = time.perf_counter()
    fs = FileSource(path)
    table = fs.table(next(iter(fs.introspect(with_stats=False))).name)
    work = Path(tempfile.mkdtemp(prefix="bench_fs_"))
    try:
        source: object
        if step.startswith("parquet"):  # the former wiring: a clear Parquet copy of the whole file
            with_fallback(table, lambda lf: lf.sink_parquet(work / "source.parquet", row_group_size=200_000))
            source = work / "source.parquet"
        else:
            source = FileTableSource(table)
        target = SqlTarget(f"duckdb:///{work / 't.duckdb'}")
        run = migrate(spec(run_id, "bench_fs"), source, target, secret=b"bench")  # type: ignore[arg-type]
        target.dispose()
        assert run.promoted, run
    finally:
        fs.close()
        shutil.rmtree(work, ignore_errors=True)
    return {"wall_s": time.perf_counter() - t0, "peak_rss_mb": _peak_rss_mb(), "rows": run.rows_in}


def _run(step: str, path: Path) -> dict[str, float] | None:
    rid = ("01BENCHFS" + uuid.uuid4().hex.upper())[:26]
    res = subprocess.run([sys.executable, __file__, "--child", step, str(path), rid], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    if res.returncode != 0:
        print(f"  {step}: FAILED\n{res.stderr[-1500:]}")
        return None
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Generate the file (and its gzip'd form), run every step, print figures and ratios."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--child", nargs=3)
    args = ap.parse_args()
    if args.child:
        step, path, rid = args.child
        print(json.dumps(_child(step, Path(path), rid)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "bench.csv"
        generate(csv, args.rows)
        gz = Path(tmp) / "bench_gz.csv.gz"
        with csv.open("rb") as src, gzip.open(gz, "wb", compresslevel=1) as out:
            shutil.copyfileobj(src, out, 1 << 20)
        figures = {step: _run(step, csv if step.endswith("csv") else gz)
                   for step in ("parquet_csv", "direct_csv", "parquet_gz", "direct_gz")}
    print(f"rows: {args.rows:,} x 12 columns, 11 transforms, into DuckDB")
    for step, f in figures.items():
        if f:
            print(f"  {step:12s} {f['wall_s']:7.2f} s  {args.rows / f['wall_s']:>10,.0f} rows/s  "
                  f"peak RSS {f['peak_rss_mb']:,.0f} MB")
    for form in ("csv", "gz"):
        old, new = figures.get(f"parquet_{form}"), figures.get(f"direct_{form}")
        if old and new:
            print(f"  {form}: direct / Parquet-copy rate {old['wall_s'] / new['wall_s']:.2f}x, peak RSS "
                  f"{new['peak_rss_mb']:,.0f} vs {old['peak_rss_mb']:,.0f} MB")


if __name__ == "__main__":
    main()
