"""DSL 1.4 ops benchmark: rows/s of each new op in Polars and in DuckDB (compiled SQL), against the
baseline of ``trim`` on the same column measured in the same run (ratio = op time / trim time).

The data is generated (lists, hashtags, hex, Roman numerals, epochs, full-width text); each
measurement is the best of ``--repeat`` runs, with CPU time of this process (stable on a shared
machine) next to wall time. Usage: ``python benchmarks/bench_dsl_v14.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import polars as pl

from dsl.roman import to_roman

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.dsl_op_runner import run  # noqa: E402

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


def _no_nfkc_in_duckdb(backend: str, step: dict[str, Any]) -> bool:
    return backend == "duckdb" and step.get("op") == "normalize" and step.get("form", "NFKC") == "NFKC"  # unsupported

def main() -> None:
    run(__doc__, "DSL 1.4 ops", generate, OPS, "1.4.0", TYPES, "txt", skip=_no_nfkc_in_duckdb, width=30)


if __name__ == "__main__":
    main()
