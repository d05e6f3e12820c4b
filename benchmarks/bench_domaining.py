"""Domaining benchmark: one 300-column table in metadata_only and in data_mode.

Columns are the golden-set columns (real-world headers in several languages) cycled with a
numeric suffix until the width is reached; data_mode uses their masked sample values. The stage
runs end to end (`assign_domains`: policy gate, evidence, candidates from the hnswlib index,
scoring, offline rules arbiter, artifact + ledger writes to a SQLite metadata store). Prints wall
time per mode with a breakdown by step, a cold run (index build) and warm runs, and the ratio
against the exact (brute-force) index measured in the same run. Target: metadata_only < 1 s.

    python benchmarks/bench_domaining.py            # 300 columns
    python benchmarks/bench_domaining.py --quick    # 60 columns
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from adapters.metadata_store.store import open_store
from adapters.vector import HnswVectorIndex
from core.catalog import Catalog, ColumnSchema, SamplePack, TableSchema
from core.contract import Mode, contract_template
from core.domains.arbiter import rules_arbiter_for
from core.domains.exact_index import ExactVectorIndex
from core.domains.golden import load_golden
from core.domains.stage import assign_domains
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog


def build_table(run_id: str, width: int) -> tuple[Catalog, SamplePack]:
    """A ``width``-column table from the golden columns, plus its masked sample pack."""
    cols = [c for t in load_golden() for c in t.columns]
    schema: list[ColumnSchema] = []
    values: dict[str, list[str]] = {}
    for i in range(width):
        src = cols[i % len(cols)]
        name = src.name if i < len(cols) else f"{src.name}_{i // len(cols) + 1}"
        schema.append(ColumnSchema(name=name, original_name=name, position=i, logical_type=src.type,
                                   physical_type=src.type))
        values[name] = src.values
    n = max(len(v) for v in values.values())
    rows = [{c: (v[j] if j < len(v) else None) for c, v in values.items()} for j in range(n)]
    cat = Catalog(run_id=run_id, source_type="file", location="bench.csv",
                  tables=[TableSchema(name="wide_export", source_location="bench.csv", columns=schema)])
    pack = SamplePack(run_id=run_id, table="wide_export", seed=0, strategy="bench", rows_max=n, bytes_max=10**7,
                      row_count=n, byte_size=0, columns=list(values), rows=rows, pii_mask_applied=True)
    return cat, pack


def run(mode: Mode, width: int, index_kind: str, repeats: int, workdir: Path) -> dict[str, float]:
    """Cold + warm runs of one mode; returns timings (seconds)."""
    domain_catalog = load_domain_catalog()
    policy = load_policy_engine()
    profile = load_threshold_profile("tp_default_v1")
    arbiter = rules_arbiter_for(domain_catalog)
    store = open_store(f"sqlite:///{workdir / f'meta_{mode.value}_{index_kind}.db'}")
    index = HnswVectorIndex(workdir / f"vec_{mode.value}") if index_kind == "hnsw" else ExactVectorIndex()
    walls: list[float] = []
    steps: dict[str, list[float]] = {}
    cold = 0.0
    for r in range(repeats + 1):
        contract = contract_template(lhs_location="bench.csv", rhs_location="t.csv", mode=mode,
                                     request_key=f"bench-{mode}-{index_kind}-{r}")
        cat, pack = build_table(contract.run_id, width)
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        res, _ = assign_domains(contract, cat, [pack] if mode is Mode.DATA_MODE else None, policy=policy,
                                ledger=store, artifacts=store, domain_catalog=domain_catalog, index=index,
                                arbiter=arbiter, profile=profile, timings=timings)
        wall = time.perf_counter() - t0
        assert len(res.assignments) == width
        if r == 0:
            cold = wall
            continue
        walls.append(wall)
        for k, v in timings.items():
            if k != "index_rebuilt":
                steps.setdefault(k, []).append(v)
    store.close()
    out = {"cold": cold, "wall": statistics.median(walls)}
    out |= {k: statistics.median(v) for k, v in steps.items()}
    out["summary_high"] = float(res.summary["high"])
    return out


def main() -> None:
    """Run the benchmark and print figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--columns", type=int, default=300)
    ap.add_argument("--quick", action="store_true", help="60 columns, 1 warm repeat")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    width, repeats = (60, 1) if args.quick else (args.columns, args.repeats)
    with tempfile.TemporaryDirectory(prefix="mw_bench_dom_") as tmp:
        work = Path(tmp)
        t_import = time.perf_counter()
        load_domain_catalog()
        print(f"domaining benchmark: {width} columns, {repeats} warm repeat(s), catalog load "
              f"{time.perf_counter() - t_import:.3f}s")
        results = {}
        for mode in (Mode.METADATA_ONLY, Mode.DATA_MODE):
            for kind in ("hnsw", "exact"):
                results[(mode, kind)] = r = run(mode, width, kind, repeats, work)
                steps = "  ".join(f"{k}={v * 1000:.1f}ms" for k, v in r.items()
                                  if k not in ("cold", "wall", "summary_high"))
                print(f"{mode.value:13s} index={kind:5s} cold={r['cold']:.3f}s warm={r['wall']:.3f}s "
                      f"high={int(r['summary_high'])}/{width}  [{steps}]")
        meta = results[(Mode.METADATA_ONLY, "hnsw")]["wall"]
        data = results[(Mode.DATA_MODE, "hnsw")]["wall"]
        print(f"metadata_only warm {meta:.3f}s -> target < 1 s: {'MET' if meta < 1.0 else 'MISSED'}")
        print(f"ratio data_mode / metadata_only = {data / meta:.2f}x; hnsw / exact (metadata_only) = "
              f"{meta / results[(Mode.METADATA_ONLY, 'exact')]['wall']:.2f}x")


if __name__ == "__main__":
    main()
