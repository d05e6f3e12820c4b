"""DSL 1.5 ops benchmark: rows/s of each new op in Polars and in DuckDB (compiled SQL), against the
baseline of ``trim`` on the same column measured in the same run (ratio = op CPU time / trim CPU time).

The data is generated (lists, integers, ordinals, 24-hour and 12-hour clock times, degrees-minutes-
seconds); each measurement is the best of ``--repeat`` runs, with CPU time of this process (stable on
a shared machine) next to wall time. Usage: ``python benchmarks/bench_dsl_v15.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import random
import time
from typing import Any

import duckdb
import polars as pl

from dsl.compile_polars import apply_pipeline
from dsl.compile_sql import to_sql
from dsl.models import Pipeline

OPS: list[tuple[str, str, dict[str, Any]]] = [
    ("list_count", "lst", {"op": "list_count", "separator": ";"}),
    ("list_get -1", "lst", {"op": "list_get", "separator": ";", "index": -1}),
    ("list_get 1", "lst", {"op": "list_get", "separator": ";", "index": 1}),
    ("int_to_ordinal", "num", {"op": "int_to_ordinal"}),
    ("ordinal_to_int", "ord", {"op": "ordinal_to_int"}),
    ("time_24_to_12", "t24", {"op": "time_24_to_12"}),
    ("time_12_to_24", "t12", {"op": "time_12_to_24"}),
    ("dms_to_decimal", "dms", {"op": "dms_to_decimal"}),
]
TYPES = {"lst": "string", "num": "int", "ord": "string", "t24": "string", "t12": "string", "dms": "string"}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def generate(n: int) -> pl.DataFrame:
    """``n`` rows of every input column, from a fixed seed."""
    rnd = random.Random(7)
    words = ["pear", "apple", "fig", "kiwi", "plum", "lime", "date"]
    hours = [rnd.randint(0, 23) for _ in range(n)]
    return pl.DataFrame({
        "lst": [";".join(rnd.choices(words, k=rnd.randint(0, 6))) for _ in range(n)],
        "num": [rnd.randint(0, 100_000) for _ in range(n)],
        "ord": [_ordinal(rnd.randint(0, 100_000)) for _ in range(n)],
        "t24": [f"{h:02d}:{rnd.randint(0, 59):02d}" for h in hours],
        "t12": [f"{(h + 11) % 12 + 1}:{rnd.randint(0, 59):02d} {'AM' if h < 12 else 'PM'}" for h in hours],
        "dms": [f"{rnd.randint(0, 89)}°{rnd.randint(0, 59)}'{rnd.randint(0, 59)}\"{rnd.choice('NS')}"
                for _ in range(n)],
    })


def _pipe(col: str, step: dict[str, Any]) -> Pipeline:
    version = "1.0.0" if step["op"] == "trim" else "1.5.0"
    return Pipeline.from_json({"dsl_version": version, "inputs": [col], "outputs": ["o"],
                               "input_types": {col: TYPES[col]}, "steps": [{**step, "input": col, "output": "o"}]})


def _best(fn: Any, repeat: int) -> tuple[float, float]:
    wall = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    df = generate(args.rows)
    con = duckdb.connect()
    con.execute("SET threads = 1")
    con.register("src_df", df.to_arrow())
    con.execute("CREATE TABLE src AS SELECT * FROM src_df")
    base = _pipe("lst", {"op": "trim"})
    runs = {
        "polars": lambda p: apply_pipeline(df, p).collect(),
        "duckdb": lambda p: con.execute(f"CREATE OR REPLACE TEMP TABLE o AS {to_sql(p, 'duckdb', 'src')}"),
    }
    print(f"DSL 1.5 ops, {args.rows:,} rows, best of {args.repeat}; ratio = op / trim (same backend, same run)")
    for backend, run in runs.items():
        bw, bc = _best(lambda run=run: run(base), args.repeat)
        print(f"{backend:<7} {'trim (baseline)':<20} {args.rows / bw:>12,.0f} rows/s  cpu {bc:.3f} s")
        for label, col, step in OPS:
            pipe = _pipe(col, step)
            w, c = _best(lambda run=run, pipe=pipe: run(pipe), args.repeat)
            print(f"{backend:<7} {label:<20} {args.rows / w:>12,.0f} rows/s  cpu {c:.3f} s  "
                  f"ratio {c / bc if bc else float('nan'):.1f}x")


if __name__ == "__main__":
    main()
