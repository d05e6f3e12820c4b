"""DuckDB compiled-DSL benchmark: the migration benchmark's 13-step plan, compiled vs hand-written SQL.

Both run as ``CREATE OR REPLACE TEMP TABLE ... AS <query>`` over the same generated 12-column
table in one embedded DuckDB, measured interleaved (compiled, hand, compiled, ...; best of N),
and the script prints rows/s of each and the ratio (target: compiled >= 0.9x hand-written), by wall
clock and by this process's CPU time (the CPU ratio is the stable one on a shared, loaded machine;
``--threads 1`` makes it comparable).
The hand-written SQL is what an engineer would write for this data (TRY_CAST, split_part,
upper/trim); it is checked to give the same rows as the compiled SQL on this data.
Usage: ``python benchmarks/bench_dsl_duckdb.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_migration import generate, spec  # noqa: E402

from dsl.compile_sql import to_sql  # noqa: E402

HAND = """SELECT TRY_CAST(id AS BIGINT) AS id, split_part(n, ' ', 1) AS first,
  nullif(split_part(n, ' ', 2), '') AS last,
  nullif(regexp_extract(email, '@([A-Za-z0-9.-]+)$', 1), '') AS domain,
  nullif(regexp_extract(phone, '[0-9-]+', 0), '') AS phone,
  CASE status WHEN 'A' THEN 'active' WHEN 'I' THEN 'inactive' WHEN 'P' THEN 'pending' END AS status,
  TRY_CAST(height AS DOUBLE) * 2.54 AS height_cm, try_strptime(birth, '%d/%m/%Y')::DATE AS birth_date,
  TRY_CAST(amount AS DOUBLE) AS amount, upper(trim(country)) AS country, TRY_CAST(qty AS BIGINT) AS qty
FROM (SELECT *, regexp_replace(name, '\\s+', ' ', 'g') AS n FROM src) s"""


def best(con: duckdb.DuckDBPyConnection, query: str, out: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one CTAS of ``query``."""
    t0, c0 = time.perf_counter(), time.process_time()
    con.execute(f"CREATE OR REPLACE TEMP TABLE {out} AS {query}")
    return time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1, help="DuckDB threads (0: DuckDB's default)")
    args = ap.parse_args()
    con = duckdb.connect()
    if args.threads:
        con.execute(f"SET threads = {args.threads}")
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "src.csv"
        generate(csv, args.rows)
        con.execute("CREATE TABLE src AS SELECT * FROM read_csv(?, all_varchar = true)", [str(csv)])
    pipe = spec("bench", "t").pipelines[0].pipeline  # type: ignore[attr-defined]
    compiled = to_sql(pipe, "duckdb", "src")
    best(con, compiled, "o_c")
    best(con, HAND, "o_h")
    cols = ", ".join(pipe.outputs)
    diff = con.execute(f"SELECT count(*) FROM (SELECT {cols} FROM o_c EXCEPT ALL SELECT {cols} FROM o_h)").fetchone()
    assert diff is not None and diff[0] == 0, f"compiled and hand-written SQL differ on {diff} rows"
    tc = th = cc = ch = float("inf")
    for _ in range(args.repeat):
        w, c = best(con, compiled, "o_c")
        tc, cc = min(tc, w), min(cc, c)
        w, c = best(con, HAND, "o_h")
        th, ch = min(th, w), min(ch, c)
    print(f"DuckDB, 13-step migration plan, {args.rows:,} rows, threads={args.threads or 'default'}")
    for label, a, b in (("wall", tc, th), ("cpu", cc, ch)):
        ratio = b / a
        print(f"{label:<5} compiled {args.rows / a:>12,.0f} rows/s ({a:.3f} s)   hand-written {args.rows / b:>12,.0f} "
              f"rows/s ({b:.3f} s)   ratio {ratio:.2f}x  (target >= 0.9x) {'OK' if ratio >= 0.9 else 'BELOW TARGET'}")


if __name__ == "__main__":
    main()
