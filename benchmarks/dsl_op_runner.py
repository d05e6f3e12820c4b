"""Shared runner of the per-op DSL benchmarks (``bench_dsl_v14.py``, ``bench_dsl_v15.py``): each op's pipeline on
Polars and DuckDB (one thread), best of ``repeat``, CPU time as a ratio to ``trim`` on the same backend in the same
run."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import duckdb
import polars as pl

from dsl.compile_polars import apply_pipeline
from dsl.compile_sql import to_sql
from dsl.models import Pipeline

Op = tuple[str, str, dict[str, Any]]


def pipe_of(version: str, types: dict[str, str], col: str, step: dict[str, Any]) -> Pipeline:
    """A one-step pipeline ``col -> o`` (``trim`` at DSL 1.0.0, every other op at ``version``)."""
    v = "1.0.0" if step["op"] == "trim" else version
    return Pipeline.from_json({"dsl_version": v, "inputs": [col], "outputs": ["o"],
                               "input_types": {col: types[col]}, "steps": [{**step, "input": col, "output": "o"}]})


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Lowest wall and CPU seconds of ``repeat`` calls."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return wall, cpu


def run(doc: str | None, title: str, generate: Callable[[int], pl.DataFrame], ops: list[Op], version: str,
        types: dict[str, str], base_col: str, skip: Callable[[str, dict[str, Any]], bool] = lambda b, s: False,
        width: int = 20) -> None:
    """Parse ``--rows``/``--repeat``, generate the frame and print one line per backend x op."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    df = generate(args.rows)
    con = duckdb.connect()
    con.execute("SET threads = 1")
    con.register("src_df", df.to_arrow())
    con.execute("CREATE TABLE src AS SELECT * FROM src_df")
    base = pipe_of(version, types, base_col, {"op": "trim"})
    runs = {
        "polars": lambda p: apply_pipeline(df, p).collect(),
        "duckdb": lambda p: con.execute(f"CREATE OR REPLACE TEMP TABLE o AS {to_sql(p, 'duckdb', 'src')}"),
    }
    print(f"{title}, {args.rows:,} rows, best of {args.repeat}; ratio = op / trim (same backend, same run)")
    for backend, go in runs.items():
        bw, bc = best(lambda go=go: go(base), args.repeat)
        print(f"{backend:<7} {'trim (baseline)':<{width}} {args.rows / bw:>12,.0f} rows/s  cpu {bc:.3f} s")
        for label, col, step in ops:
            if skip(backend, step):
                continue
            pipe = pipe_of(version, types, col, step)
            w, c = best(lambda go=go, pipe=pipe: go(pipe), args.repeat)
            print(f"{backend:<7} {label:<{width}} {args.rows / w:>12,.0f} rows/s  cpu {c:.3f} s  "
                  f"ratio {c / bc if bc else float('nan'):.1f}x")
