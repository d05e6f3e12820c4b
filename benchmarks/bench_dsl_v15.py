"""DSL 1.5 ops benchmark: rows/s of each new op in Polars and in DuckDB (compiled SQL), against the
baseline of ``trim`` on the same column measured in the same run (ratio = op CPU time / trim CPU time).

The data is generated (lists, integers, ordinals, 24-hour and 12-hour clock times, degrees-minutes-
seconds); each measurement is the best of ``--repeat`` runs, with CPU time of this process (stable on
a shared machine) next to wall time. Usage: ``python benchmarks/bench_dsl_v15.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.dsl_op_runner import run  # noqa: E402

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


def main() -> None:
    run(__doc__, "DSL 1.5 ops", generate, OPS, "1.5.0", TYPES, "lst", width=20)


if __name__ == "__main__":
    main()
