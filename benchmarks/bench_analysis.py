"""Analysis benchmark: the example's Mapping Plan over a generated 2,000,000-row, 12-column file.

Prints, measured in the same run:

* ``baseline``: bare ``polars.read_csv`` of the file plus the compiled plan applied to it
  (the migration engine's transform) — what any profile of the mapped data must at least do;
* ``analysis``: ``run_analysis`` in data_mode over the whole file, streamed in batches (transform,
  row checks, profile, findings, fixes, drift, report artifact), wall time, rows/s, CPU time and
  the ratios to the baseline (target: within 1.5x);
* ``interactive``: the report over a 1,000-row file (target: under 2 s);
* peak RSS of each step, each in its own process (target: under 1.5 GB whatever the file size).

Usage: ``python benchmarks/bench_analysis.py [--rows N] [--repeat R]`` (the plan is made on the
bundled example's target, in memory; baseline and analysis alternate R times, the best run of
each is kept because the machine is shared).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _setup(csv: Path) -> tuple[object, object]:
    """(contract, analysis ports) for ``csv`` -> the example target, with its Mapping Plan, in memory."""
    from adapters.pii import PresidioMasker
    from adapters.sources import open_source
    from core.analysis.stage import AnalysisPorts
    from core.contract import contract_template
    from core.ingest.stage import build_catalog
    from core.inmemory import MemoryArtifacts, MemoryLedger
    from core.mapping.ports import MappingPorts
    from core.mapping.stage import run_mapping
    from core.policy import load_policy_engine
    from core.thresholds import load_threshold_profile
    from core.vocab.catalog_loader import load_domain_catalog
    from orchestration.analysis.source import file_batches
    from orchestration.example import EXAMPLE_TARGET

    policy, ledger, artifacts = load_policy_engine(), MemoryLedger(), MemoryArtifacts()
    profile = load_threshold_profile("tp_default_v1")
    contract = contract_template(lhs_location=str(csv), rhs_location=str(EXAMPLE_TARGET), mode="data_mode",
                                 role="Operator", user_id="bench", request_key=f"bench:{csv}")
    build_catalog(contract, open_source(contract.lhs), policy=policy, ledger=ledger, artifacts=artifacts)
    run_mapping(contract, MappingPorts(policy=policy, ledger=ledger, artifacts=artifacts, profile=profile,
                                       domain_catalog=load_domain_catalog(), open_source=open_source,
                                       masker=PresidioMasker()))

    return contract, AnalysisPorts(artifacts=artifacts, ledger=ledger, policy=policy, profile=profile,
                                   source_batches=file_batches(csv), secret=b"bench")


def _child(step: str, csv: Path) -> dict[str, float]:
    contract, ports = _setup(csv)
    t0, c0, rss0 = time.perf_counter(), _cpu(), _rss_mb()
    if step == "baseline":
        import polars as pl

        from core.analysis.stage import _load
        from core.migration.engine import transform
        from core.migration.plan_spec import spec_from_plan

        plan, target, catalog = _load(contract, ports)  # type: ignore[arg-type]
        spec = spec_from_plan(plan, target, batch_size=50_000, validation_checks=[], accepted_only=False)
        names = {c.original_name: c.name for c in catalog.tables[0].columns}
        t0, c0 = time.perf_counter(), _cpu()
        src = pl.read_csv(csv, infer_schema_length=10_000).rename(names)
        src = src.with_columns([pl.col(c).cast(pl.String) for c in src.columns])
        rows = transform(src.select(spec.source_columns), spec).height
    else:
        from core.analysis.stage import run_analysis

        out = run_analysis(contract, ports).output("analysis_report")  # type: ignore[arg-type]
        rows = int(out.figures["rows"])
    return {"wall_s": time.perf_counter() - t0, "cpu_s": _cpu() - c0, "rows": rows, "rss_before_mb": rss0,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _rss_mb() -> float:
    """Resident set size of this process now (MB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu() -> float:
    """User + system CPU seconds of this process (all threads)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _run(step: str, csv: Path) -> dict[str, float]:
    res = subprocess.run([sys.executable, __file__, "--child", step, str(csv)], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"{step} failed:\n{res.stderr[-3000:]}")
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    """The fastest of repeated runs (the machine is shared: the minimum is the least disturbed)."""
    best = min(runs, key=lambda r: r["wall_s"])
    return best | {"peak_rss_mb": max(r["peak_rss_mb"] for r in runs), "cpu_s": min(r["cpu_s"] for r in runs),
                   "rss_before_mb": max(r["rss_before_mb"] for r in runs)}


def main() -> None:
    """Generate the files, measure each step in its own process, print figures and ratios."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--repeat", type=int, default=2, help="baseline and analysis runs, alternating (best kept)")
    ap.add_argument("--child", nargs=2)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], Path(args.child[1]))))
        return
    from tests.fixtures.ingest_data import write_customers

    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "customers_big.csv", Path(tmp) / "customers_small.csv"
        write_customers(big, args.rows, seed=11)
        write_customers(small, 1000, seed=11)
        bases, fulls, loads = [], [], []
        for _ in range(max(args.repeat, 1)):
            loads.append(os.getloadavg()[0])
            bases.append(_run("baseline", big))
            fulls.append(_run("analysis", big))
        loads.append(os.getloadavg()[0])
        inter = _run("analysis", small)
    base, full = _best(bases), _best(fulls)
    n = args.rows
    print(f"rows: {n:,} x 12 columns, the example's Mapping Plan (best of {len(bases)} alternating runs; "
          f"1-min load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores)")
    for name, r in (("baseline (read_csv + compiled plan)", base), ("analysis (whole source, streamed)  ", full)):
        print(f"  {name} {r['wall_s']:7.2f} s {n / r['wall_s']:>12,.0f} rows/s  CPU {r['cpu_s']:6.2f} s "
              f"(CPU/wall {r['cpu_s'] / r['wall_s']:.2f})  RSS {r['rss_before_mb']:,.0f} MB before the step, "
              f"peak {r['peak_rss_mb']:,.0f} MB")
    print("  every run (wall s / CPU s): baseline " + ", ".join(f"{r['wall_s']:.2f}/{r['cpu_s']:.2f}" for r in bases)
          + "; analysis " + ", ".join(f"{r['wall_s']:.2f}/{r['cpu_s']:.2f}" for r in fulls))
    print(f"  analysis / baseline time: {full['wall_s'] / base['wall_s']:.2f}x wall, "
          f"{full['cpu_s'] / base['cpu_s']:.2f}x CPU (target <= 1.5x)")
    print(f"  interactive report, 1,000 rows: {inter['wall_s']:.2f} s (target < 2 s)")
    print("  (peak RSS includes building the plan in the same process: catalog, mapping, the PII masker)")


if __name__ == "__main__":
    main()
