"""DSL-on-Polars benchmark: the migration benchmark's pipeline compiled by the DSL vs hand-written Polars.

The pipeline and the generated frame come from ``bench_migration.py`` (13 steps over 12 string
columns). The same frame is transformed twice, in the same process:

* ``compiled``  ``dsl.compile_polars.apply_pipeline`` (what the migration's transform runs)
* ``hand``      the same transformations written by hand as idiomatic Polars expressions
                (one ``select``, the obvious casts, ``str.extract``, ``strptime(strict=False)``)

Both outputs are compared (they must be equal on this data) and wall and CPU time (best of
``--repeat`` runs, taken in turns) are printed with the ratio; target: compiled >= 0.9x the hand-written speed.
``--steps`` also prints the CPU time of each compiled step (its expression alone on the frame).
Usage: ``python benchmarks/bench_dsl_polars.py [--rows N] [--repeat K] [--steps]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_migration import generate, spec  # noqa: E402

from dsl.compile_polars import apply_pipeline  # noqa: E402
from dsl.models import Pipeline  # noqa: E402


def pipeline() -> Pipeline:
    """The migration benchmark's DSL pipeline."""
    return spec("01BENCHDSLPOLARS0000000000", "bench").pipelines[0].pipeline  # type: ignore[attr-defined,no-any-return]


def hand(frame: pl.DataFrame) -> pl.DataFrame:
    """The same 13 steps as hand-written Polars expressions."""
    parts = pl.col("name").str.replace_all(r"\s+", " ").str.split(" ")
    return frame.select(
        pl.col("id").cast(pl.Int64, strict=False).alias("id"),
        parts.list.get(0, null_on_oob=True).alias("first"),
        parts.list.get(1, null_on_oob=True).alias("last"),
        pl.col("email").str.extract(r"@([A-Za-z0-9.-]+)$", 1).alias("domain"),
        pl.col("phone").str.extract(r"[0-9-]+", 0).alias("phone"),
        pl.col("status").replace_strict({"A": "active", "I": "inactive", "P": "pending"}, default=None,
                                        return_dtype=pl.String).alias("status"),
        (pl.col("height").cast(pl.Float64, strict=False) * 2.54).alias("height_cm"),
        pl.col("birth").str.strptime(pl.Date, "%d/%m/%Y", strict=False).alias("birth_date"),
        pl.col("amount").cast(pl.Float64, strict=False).alias("amount"),
        pl.col("country").str.strip_chars().str.to_uppercase().alias("country"),
        pl.col("qty").cast(pl.Int64, strict=False).alias("qty"),
    )


def compiled(frame: pl.DataFrame) -> pl.DataFrame:
    """The DSL pipeline compiled for Polars and collected."""
    pipe = pipeline()
    types: dict[str, str] = dict(pipe.input_types or {})
    return apply_pipeline(frame, pipe, types).collect()


def timed(fns: list[Callable[[pl.DataFrame], pl.DataFrame]], frame: pl.DataFrame,
          repeat: int) -> list[tuple[float, float]]:
    """Best wall and CPU seconds of ``repeat`` runs of each function (after one warm-up each).

    The functions run in turn within each round, so a change of machine load hits them alike.
    """
    for fn in fns:
        fn(frame)
    walls: list[list[float]] = [[] for _ in fns]
    cpus: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            w, c = time.perf_counter(), time.process_time()
            fn(frame)
            walls[i].append(time.perf_counter() - w)
            cpus[i].append(time.process_time() - c)
    return [(min(w), min(c)) for w, c in zip(walls, cpus, strict=True)]


def step_times(frame: pl.DataFrame) -> list[tuple[str, float]]:
    """CPU seconds (best of 3) of each step's own expressions, evaluated over its materialised input columns."""
    from dsl.compile_polars import _step
    from dsl.validate import step_types

    pipe = pipeline()
    given: dict[str, str] = dict(pipe.input_types or {})
    types = step_types(pipe, given)
    out = []
    for i, step in enumerate(pipe.steps):
        before = Pipeline.model_validate({**pipe.model_dump(), "steps": [s.model_dump() for s in pipe.steps[:i]],
                                          "outputs": step.reads()})
        cols = apply_pipeline(frame, before, given).collect()
        exprs = _step(step, {c: pl.col(c) for c in step.reads()}, types[i])
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            cols.lazy().select([e.alias(n) for n, e in exprs.items()]).collect()
            best = min(best, time.process_time() - t)
        out.append((f"{i:2d} {step.op}", best))
    return out


def main() -> None:
    """Generate, check equality, time both, print the ratio."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--steps", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "bench.csv"
        generate(csv, args.rows)
        frame = pl.read_csv(csv, infer_schema=False)
    got, want = compiled(frame), hand(frame)
    same = got.select(want.columns).equals(want)
    (c_wall, c_cpu), (h_wall, h_cpu) = timed([compiled, hand], frame, args.repeat)
    print(f"rows: {args.rows:,} x {frame.width} columns, {len(pipeline().steps)} DSL steps; outputs equal: {same}")
    print(f"  compiled DSL   wall {c_wall:6.3f} s  cpu {c_cpu:6.3f} s")
    print(f"  hand-written   wall {h_wall:6.3f} s  cpu {h_cpu:6.3f} s")
    print(f"  compiled speed / hand-written: wall {h_wall / c_wall:.2f}x  cpu {h_cpu / c_cpu:.2f}x (target >= 0.9x)")
    if args.steps:
        for name, secs in step_times(frame):
            print(f"  step {name:24s} cpu {secs:6.3f} s")


if __name__ == "__main__":
    main()
