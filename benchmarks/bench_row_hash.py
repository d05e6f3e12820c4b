"""The NumPy server row hash (``core.migration.pg_hash.row_hashes``) of this checkout vs another, A/B in one run.

Transforms and types ``--rows`` rows of the migration benchmark's file (``bench_migration.generate``; the columns and
types the staged rows have), then times ``row_hashes`` of this checkout's ``pg_hash`` and of the one under ``--ab``
(e.g. a checkout of main) alternately, ``--rounds`` times: best and median CPU (the process's, all threads) per call,
and the ratio. Both must give the same hashes (checked).

Usage: ``python benchmarks/bench_row_hash.py --ab PATH [--rows N] [--rounds K] [--csv PATH]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_migration as bm  # noqa: E402


def _load(root: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, root / "core" / "migration" / "pg_hash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    """Run the A/B and print the figures."""
    import polars as pl

    from core.migration.constraints import validate_rows
    from core.migration.models import MigrationSpec
    from core.migration.prepared import plan_transform

    ap = argparse.ArgumentParser()
    ap.add_argument("--ab", type=Path, required=True)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--csv", type=Path)
    args = ap.parse_args()
    csv = args.csv
    if csv is None:
        csv = Path(tempfile.mkdtemp()) / "bench.csv"
        bm.generate(csv, args.rows)
    spec = bm.spec("hashab", "hashab")
    assert isinstance(spec, MigrationSpec)
    src = pl.read_csv(csv, infer_schema=False, n_rows=args.rows).select(spec.source_columns)
    rows = validate_rows(plan_transform(src, spec), src, spec).select([c.name for c in spec.columns])
    mods = {"this": _load(bm.ROOT, "pg_hash_this"), "other": _load(args.ab.resolve(), "pg_hash_other")}
    assert mods["this"].row_hashes(rows, spec).equals(mods["other"].row_hashes(rows, spec)), "different hashes"
    cpu: dict[str, list[float]] = {k: [] for k in mods}
    for r in range(args.rounds):
        for name in (("this", "other") if r % 2 == 0 else ("other", "this")):
            c0 = time.process_time()
            mods[name].row_hashes(rows, spec)
            cpu[name].append(time.process_time() - c0)
    for name, v in cpu.items():
        print(f"{name:6s} row_hashes of {rows.height:,} rows: CPU best {min(v) * 1000:.1f} ms, "
              f"median {statistics.median(v) * 1000:.1f} ms")
    print(f"this / other by median CPU: {statistics.median(cpu['other']) / statistics.median(cpu['this']):.2f}x "
          f"the rate ({args.ab})")


if __name__ == "__main__":
    main()
