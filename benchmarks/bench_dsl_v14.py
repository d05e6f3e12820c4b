"""DSL 1.4 ops benchmark: rows/s of each new op in Polars and in DuckDB (compiled SQL), against the
baseline of ``trim`` on the same column measured in the same run (ratio = op time / trim time).

The data is generated (lists, hashtags, hex, Roman numerals, epochs, full-width text); each
measurement is the best of ``--repeat`` runs, with CPU time of this process (stable on a shared
machine) next to wall time. Usage: ``python benchmarks/bench_dsl_v14.py [--rows N] [--repeat N]``.
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
from dsl.roman import to_roman

OPS: list[tuple[str, str, dict[str, Any]]] = [
    ("list_sort", "lst", {"op": "list_sort", "separator": ";"}),
    ("list_unique", "lst", {"op": "list_unique", "separator": ";"}),
    ("regex_extract_all", "txt", {"op": "regex_extract_all", "pattern": "#[A-Za-z0-9_]+", "separator": " "}),
    ("hex_to_int", "hex", {"op": "hex_to_int"}),
    ("int_to_hex", "num", {"op": "int_to_hex"}),
    ("epoch_to_datetime", "num", {"op": "epoch_to_datetime"}),
    ("roman_to_int", "rom", {"op": "roman_to_int"}),
    ("int_to_roman", "num", {"op": "int_to_roman"}),
    ("normalize NFC", "txt", {"op": "normalize", "form": "NFC"}),
    ("normalize NFKC (Polars only)", "wide", {"op": "normalize"}),
]
TYPES = {"lst": "string", "txt": "string", "hex": "string", "rom": "string", "wide": "string", "num": "int"}


def generate(n: int) -> pl.DataFrame:
    """``n`` rows of every input column, from a fixed seed."""
    rnd = random.Random(7)
    words = ["pear", "apple", "fig", "kiwi", "plum", "lime", "date"]
    return pl.DataFrame({
        "lst": [";".join(rnd.choices(words, k=rnd.randint(1, 6))) for _ in range(n)],
        "txt": [f"day {i} #tag{i % 97} at #place{i % 13}!" for i in range(n)],
        "hex": [format(rnd.randrange(1 << 40), "X") for _ in range(n)],
        "rom": [to_roman(rnd.randint(1, 3999)) or "" for _ in range(n)],
        "wide": ["ＡＢＣ１２３－" + str(i) for i in range(n)],
        "num": [rnd.randint(1, 3999) if i % 2 else rnd.randint(0, 2_000_000_000) for i in range(n)],
    })


def _pipe(col: str, step: dict[str, Any]) -> Pipeline:
    version = "1.0.0" if step["op"] == "trim" else "1.4.0"
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
    base = _pipe("txt", {"op": "trim"})
    runs = {
        "polars": lambda p: apply_pipeline(df, p).collect(),
        "duckdb": lambda p: con.execute(f"CREATE OR REPLACE TEMP TABLE o AS {to_sql(p, 'duckdb', 'src')}"),
    }
    print(f"DSL 1.4 ops, {args.rows:,} rows, best of {args.repeat}; ratio = op / trim (same backend, same run)")
    for backend, run in runs.items():
        bw, bc = _best(lambda run=run: run(base), args.repeat)
        print(f"{backend:<7} {'trim (baseline)':<30} {args.rows / bw:>12,.0f} rows/s  cpu {bc:.3f} s")
        for label, col, step in OPS:
            pipe = _pipe(col, step)
            if backend == "duckdb" and step.get("op") == "normalize" and step.get("form", "NFKC") == "NFKC":
                continue  # DialectUnsupported in DuckDB
            w, c = _best(lambda run=run, pipe=pipe: run(pipe), args.repeat)
            print(f"{backend:<7} {label:<30} {args.rows / w:>12,.0f} rows/s  cpu {c:.3f} s  "
                  f"ratio {c / bc if bc else float('nan'):.1f}x")


if __name__ == "__main__":
    main()
