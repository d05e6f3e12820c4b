"""Synthesis benchmark: time per column of transformation by example and of value mapping.

Runs :func:`core.mapping.synth.synthesize` on every task of the synth dev set (3 train
examples each; falls back to ``tests/mapping/synth/tasks_own.jsonl`` when the dev set is
absent) and prints p50/p95/max synthesis time per column (target: p95 < 200 ms). The baseline
measured in the same run is one plain ``run_sample`` of the found pipeline on the same
examples (the cost of merely *checking* a program), so the ratio says how many checks one
search costs. Then a value map of 500 distinct source values onto ~100 allowed country codes
(target: well under a second), against the baseline of exact-match lookups of the same values.

    python benchmarks/bench_synth.py [--dir DIR] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from core.mapping.synth import synthesize
from core.mapping.synth.lexicon import load_lexicon
from core.mapping.synth_eval import DEFAULT_DIR, load_tasks, percentile
from core.mapping.value_map import propose_value_map
from dsl.execute import run_sample

OWN = Path(__file__).resolve().parent.parent / "tests" / "mapping" / "synth" / "tasks_own.jsonl"


def bench_synthesis(directory: Path, repeat: int) -> None:
    tasks = load_tasks(directory)
    synth_ms: list[float] = []
    check_ms: list[float] = []
    for task in tasks:
        names = list(task["inputs"])
        types = {n: "string" for n in names}
        train = [(list(r["in"]), r["out"]) for r in task["train"]]
        for _ in range(repeat):
            t0 = time.perf_counter()
            res = synthesize(train, names, types)
            synth_ms.append((time.perf_counter() - t0) * 1000)
            if res.pipeline is not None:
                rows = [dict(zip(names, r, strict=True)) for r, _ in train]
                t0 = time.perf_counter()
                run_sample(res.pipeline, rows, [{"out": o} for _, o in train], 0.0)
                check_ms.append((time.perf_counter() - t0) * 1000)
    p50, p95 = percentile(synth_ms, 50), percentile(synth_ms, 95)
    base = statistics.median(check_ms) if check_ms else float("nan")
    print(f"synthesis over {len(tasks)} tasks x {repeat} ({directory}):")
    print(f"  p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {max(synth_ms):7.1f} ms   (target p95 < 200 ms: "
          f"{'met' if p95 < 200 else 'MISSED'})")
    print(f"  baseline run_sample of the found pipeline: median {base:.2f} ms; "
          f"synthesis p50 = {p50 / base:.1f}x, p95 = {p95 / base:.1f}x the baseline")


def bench_value_map() -> None:
    cat = load_lexicon()["country"]
    rng = random.Random(0)
    spellings = sorted({sp for sps in cat.spellings.values() for sp in sps})
    values: list[str] = []
    variants = [str.upper, str.title, lambda s: s + ".", lambda s: " " + s, lambda s: s[:-1] + s[-1] * 2]
    while len(set(values)) < 500:
        sp = rng.choice(spellings)
        values.append(rng.choice(variants)(sp) if rng.random() < 0.6 else sp)
    distinct = list(dict.fromkeys(values))[:500]
    allowed = sorted(cat.forms["alpha2"].values())
    t0 = time.perf_counter()
    prop = propose_value_map(distinct, allowed)
    vm_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    exact = {v: v for v in distinct if v in set(allowed)}
    base_ms = max((time.perf_counter() - t0) * 1000, 1e-3)
    print(f"value map: {len(distinct)} distinct values -> {len(allowed)} allowed codes: {vm_ms:.1f} ms, "
          f"{len(prop.mapping)} mapped, {len(prop.unmatched)} unmatched "
          f"(exact-match baseline {base_ms:.3f} ms, {len(exact)} mapped; ratio {vm_ms / base_ms:.0f}x)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR if (DEFAULT_DIR / "tasks.jsonl").exists() else OWN)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    synthesize([(["warm up"], "WARM")], ["a"], {"a": "string"})  # lexicon load and imports
    bench_synthesis(args.dir, args.repeat)
    bench_value_map()


if __name__ == "__main__":
    main()
