"""Ingest benchmark: catalog + masked sample pack for a generated 12-column messy CSV.

Usage: ``python benchmarks/bench_ingest.py [--rows 2000000] [--rows-max 1000] [--cache DIR]``

Prints wall time, rows/s and peak RSS of the ingest (catalog + sample pack, measured in a fresh
subprocess so the peak is the ingest's own), and the ratio to a bare ``polars.read_csv`` of the
same file in the same run (also in its own subprocess). Targets: ratio <= 3x, peak RSS < 1.5 GB.
The generated file is cached by row count (default cache: the system temp folder). Sizes above
``BASE_ROWS`` (e.g. ``--rows 10000000`` to show that peak RSS stays bounded) are built only when asked,
by repeating the generated 2,000,000-row file with shifted customer ids (so the key stays unique),
streamed through Polars; the larger file needs ~150 MB of disk per million rows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import resource, sys, time
import polars as pl
t = time.perf_counter()
df = pl.read_csv(sys.argv[1], infer_schema_length=10000)
wall = time.perf_counter() - t
print({"wall": wall, "rows": df.height, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
"""

INGEST = """
import os, resource, sys, time
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
sys.path.insert(0, sys.argv[3])
from adapters.pii import PresidioMasker
from adapters.sources import FileSource
from core.contract import contract_template
from core.ingest import build_catalog, build_sample_pack
from core.policy import load_policy_engine
from tests.ingest.conftest import MemoryArtifacts, MemoryLedger
masker = PresidioMasker()   # built once per process, like the Dagster resource; not timed
policy = load_policy_engine()
c = contract_template(lhs_location=sys.argv[1], rhs_location="bench.db",
                      sample_caps={"rows_max": int(sys.argv[2]), "bytes_max": 5_000_000})
ledger, store = MemoryLedger(), MemoryArtifacts()
t = time.perf_counter()
with FileSource(sys.argv[1]) as src:
    catalog, _ = build_catalog(c, src, policy=policy, ledger=ledger, artifacts=store)
    t_cat = time.perf_counter() - t
    packs, _ = build_sample_pack(c, catalog, src, policy=policy, ledger=ledger, artifacts=store, masker=masker)
wall = time.perf_counter() - t
print({"wall": wall, "catalog": t_cat, "sample_pack": wall - t_cat, "rows": catalog.tables[0].row_estimate,
       "sample_rows": packs[0].row_count, "strategy": packs[0].strategy,
       "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
"""


def _run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONWARNINGS": "ignore"})
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1]
    return json.loads(line.replace("'", '"'))


BASE_ROWS = 2_000_000


def _replicate(base: Path, dest: Path, rows: int) -> None:
    """Write ``rows`` rows by repeating ``base`` (BASE_ROWS rows) with shifted customer ids."""
    import polars as pl

    part = dest.with_suffix(".chunk")
    with dest.open("wb") as out:
        for i in range(-(-rows // BASE_ROWS)):
            lf = pl.scan_csv(base, infer_schema=False).head(min(BASE_ROWS, rows - i * BASE_ROWS))
            lf.with_columns((pl.col("Customer ID").cast(pl.Int64) + i * BASE_ROWS).cast(pl.String)).sink_csv(
                part, include_header=i == 0)
            with part.open("rb") as src:
                while chunk := src.read(1 << 24):
                    out.write(chunk)
        part.unlink()


def main() -> None:
    """Generate (or reuse) the file, measure both paths, print the figures."""
    ap = argparse.ArgumentParser(description="ingest benchmark")
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--rows-max", type=int, default=1000, help="sample rows_max (the contract default)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "mapwright-bench")
    args = ap.parse_args()
    from tests.fixtures.ingest_data import write_customers

    args.cache.mkdir(parents=True, exist_ok=True)
    path = args.cache / f"customers_{args.rows}.csv"
    if not path.exists():
        t = time.perf_counter()
        if args.rows > BASE_ROWS:
            base = args.cache / f"customers_{BASE_ROWS}.csv"
            if not base.exists():
                write_customers(base.with_suffix(".part"), BASE_ROWS, seed=11)
                base.with_suffix(".part").replace(base)
            _replicate(base, path.with_suffix(".part"), args.rows)
        else:
            write_customers(path.with_suffix(".part"), args.rows, seed=11)
        path.with_suffix(".part").replace(path)
        print(f"generated {path} in {time.perf_counter() - t:.1f}s")
    size_mb = path.stat().st_size / 1e6
    bare = _run(BARE, str(path))
    ingest = _run(INGEST, str(path), str(args.rows_max), str(ROOT))
    ratio = ingest["wall"] / bare["wall"]
    print(f"file: {path} ({args.rows:,} rows, 12 columns, {size_mb:.0f} MB)")
    print(f"bare polars.read_csv : {bare['wall']:.2f}s  {bare['rows'] / bare['wall']:,.0f} rows/s  "
          f"peak RSS {bare['rss_mb']:.0f} MB")
    print(f"ingest catalog+pack  : {ingest['wall']:.2f}s  {ingest['rows'] / ingest['wall']:,.0f} rows/s  "
          f"peak RSS {ingest['rss_mb']:.0f} MB  (catalog {ingest['catalog']:.2f}s, "
          f"sample pack {ingest['sample_pack']:.2f}s, {ingest['sample_rows']} rows, {ingest['strategy']})")
    print(f"ratio to bare read   : {ratio:.2f}x  (target <= 3x: {'OK' if ratio <= 3 else 'MISSED'})")
    print(f"peak RSS target      : < 1536 MB: {'OK' if ingest['rss_mb'] < 1536 else 'MISSED'}")


if __name__ == "__main__":
    main()
