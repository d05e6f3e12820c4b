"""The migration benchmark's compiled plan (``bench_migration.spec``: 13 DSL steps) on one batch, A/B between checkouts.

Each side runs in its own process with its checkout first on the import path, on the same generated rows, in
alternating rounds; the figure is the CPU time (every Polars thread: ``process_time``) of ``apply_pipeline`` over
one batch of the pass (200,000 rows), best of 7 per round. Outputs are checked equal between the two sides.
Usage: ``python benchmarks/bench_plan_ab.py --ab /work/main [--rows N] [--rounds K]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(csv: Path) -> dict[str, float | str]:
    """Time the plan in this process (the checkout on ``PYTHONPATH``); a digest of its output."""
    import polars as pl

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_migration as bm

    from dsl.compile_polars import apply_pipeline

    frame = pl.read_csv(csv, infer_schema=False)
    pipe = bm.spec("01BENCHPLANAAAAAAAAAAAAAAA", "t").pipelines[0].pipeline  # type: ignore[attr-defined]
    best, out = 1e9, None
    for _ in range(7):
        t0 = time.process_time()
        out = apply_pipeline(frame, pipe, dict(pipe.input_types or {})).collect()
        best = min(best, time.process_time() - t0)
    assert out is not None
    digest = hashlib.sha256(out.hash_rows().to_numpy().tobytes()).hexdigest()
    return {"cpu_s": best, "digest": digest}


def main() -> None:
    """Generate the rows once, then alternate the two checkouts."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--ab", type=Path, required=False)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", type=Path)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_migration as bm

    other = (args.ab or ROOT).resolve()
    best: dict[str, float] = {}
    digests: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "plan.csv"
        bm.generate(csv, args.rows)
        for r in range(args.rounds):
            sides = [("this", ROOT), ("other", other)]
            for name, code in sides if r % 2 == 0 else sides[::-1]:
                res = subprocess.run([sys.executable, __file__, "--child", str(csv)], cwd=code, check=True,
                                     env={**os.environ, "PYTHONPATH": str(code)}, capture_output=True, text=True)
                f = json.loads(res.stdout.strip().splitlines()[-1])
                best[name] = min(best.get(name, f["cpu_s"]), f["cpu_s"])
                digests[name] = f["digest"]
                print(f"  round {r} {name:5s} {f['cpu_s'] * 1000:7.1f} ms CPU  load {os.getloadavg()[0]:.1f}",
                      flush=True)
    print(f"compiled plan on {args.rows:,} rows: best {best['this'] * 1000:.1f} ms (this) vs "
          f"{best['other'] * 1000:.1f} ms ({other}): {best['other'] / best['this']:.2f}x the rate; outputs "
          + ("equal" if digests["this"] == digests["other"] else "DIFFER"))


if __name__ == "__main__":
    main()
