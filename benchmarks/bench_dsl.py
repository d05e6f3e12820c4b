"""DSL benchmark: a 10-op pipeline over generated rows, compiled vs hand-written.

Prints rows/s of the compiled Polars pipeline vs the same transforms hand-written in Polars
(target >= 0.9x), and of the compiled SQL vs hand-written SQL in DuckDB and in PostgreSQL
(target >= 0.9x). The hand-written versions are what an engineer would write for this data;
the Polars one is asserted to produce identical output. Usage:
``python benchmarks/bench_dsl.py [--rows N] [--no-postgres]``.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import duckdb
import polars as pl
import sqlglot
from sqlglot import exp

from dsl.compile_polars import apply_pipeline
from dsl.compile_sql import to_sql
from dsl.models import Pipeline

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
STATUS = {"A": "active", "I": "inactive", "P": "pending"}
TYPES = {"name": "string", "email": "string", "status": "string", "height": "float", "birth": "string"}
PIPELINE = Pipeline.from_json({
    "inputs": list(TYPES), "input_types": TYPES,
    "outputs": ["first", "last", "full", "domain", "status_label", "height_cm", "birth_date"],
    "steps": [
        {"op": "trim", "input": "name", "output": "n"},
        {"op": "collapse_whitespace", "input": "n", "output": "n"},
        {"op": "regex_split", "input": "n", "outputs": ["first", "last"], "pattern": " "},
        {"op": "concat", "inputs": ["last", "first"], "output": "full", "separator": ", "},
        {"op": "case", "input": "full", "output": "full", "mode": "upper"},
        {"op": "regex_extract", "input": "email", "output": "domain", "pattern": "@([A-Za-z0-9.-]+)$", "group": 1},
        {"op": "map_dict", "input": "status", "output": "status_label", "mapping": STATUS},
        {"op": "unit_convert", "input": "height", "output": "height_cm", "from_unit": "in", "to_unit": "cm"},
        {"op": "safe_math", "fn": "round", "args": ["height_cm"], "digits": 1, "output": "height_cm"},
        {"op": "date_parse", "input": "birth", "output": "birth_date", "format": "%d/%m/%Y"},
    ]})


def generate(n: int, seed: int = 7) -> pl.DataFrame:
    """Messy but valid rows (extra whitespace, mixed case, some nulls)."""
    rnd = random.Random(seed)
    firsts = ["john", "Ann", "MARIA", "li", "Jean-Luc", "o'neil", "zoe"]
    lasts = ["smith", "Doe", "garcia", "WANG", "picard", "mc donald"]
    names = [f"  {rnd.choice(firsts)}  {rnd.choice(lasts).replace(' ', '')}\t" if i % 50 else None for i in range(n)]
    emails = [f"user{i}@{rnd.choice(['example.com', 'mail.org', 'x.io'])}" for i in range(n)]
    status = [rnd.choice("AIPX") for _ in range(n)]
    heights = [round(rnd.uniform(50, 80), 2) for _ in range(n)]
    births = [f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1940, 2010)}" for _ in range(n)]
    return pl.DataFrame({"name": names, "email": emails, "status": status, "height": heights, "birth": births})


def hand_polars(df: pl.DataFrame) -> pl.LazyFrame:
    """The same transforms written by hand, idiomatically."""
    n = pl.col("name").str.strip_chars(" \t\n\r\x0b\x0c").str.replace_all("[ \t\n\r\x0b\x0c]+", " ")
    parts = n.str.split(" ")
    first, last = parts.list.get(0, null_on_oob=True), parts.list.get(1, null_on_oob=True)
    cm = pl.col("height") * 2.54
    rounded = (cm * 10.0 + 0.5).floor() / (cm * 0.0 + 10.0)  # true division, half-up for positives
    return df.lazy().select(
        first.alias("first"), last.alias("last"),
        pl.concat_str([last, first], separator=", ").str.to_uppercase().alias("full"),
        pl.col("email").str.extract("@([A-Za-z0-9.-]+)$", 1).alias("domain"),
        pl.col("status").replace_strict(STATUS, default=None, return_dtype=pl.String).alias("status_label"),
        rounded.alias("height_cm"),
        pl.col("birth").str.strptime(pl.Date, "%d/%m/%Y", strict=False).alias("birth_date"))


HAND_SQL = {
    "duckdb": """SELECT split_part(n, ' ', 1) AS first, nullif(split_part(n, ' ', 2), '') AS last,
  upper(nullif(split_part(n, ' ', 2), '') || ', ' || split_part(n, ' ', 1)) AS full,
  nullif(regexp_extract(email, '@([A-Za-z0-9.-]+)$', 1), '') AS domain,
  CASE status WHEN 'A' THEN 'active' WHEN 'I' THEN 'inactive' WHEN 'P' THEN 'pending' END AS status_label,
  floor(height * 2.54 * 10 + 0.5) / 10 AS height_cm, try_strptime(birth, '%d/%m/%Y')::date AS birth_date
FROM (SELECT *, regexp_replace(trim(name), '\\s+', ' ', 'g') AS n FROM t) s""",
    "postgres": """SELECT split_part(n, ' ', 1) AS first, nullif(split_part(n, ' ', 2), '') AS last,
  upper(nullif(split_part(n, ' ', 2), '') || ', ' || split_part(n, ' ', 1)) AS full,
  substring(email from '@([A-Za-z0-9.-]+)$') AS domain,
  CASE status WHEN 'A' THEN 'active' WHEN 'I' THEN 'inactive' WHEN 'P' THEN 'pending' END AS status_label,
  floor(height * 2.54 * 10 + 0.5) / 10 AS height_cm, to_date(birth, 'DD/MM/YYYY') AS birth_date
FROM (SELECT *, regexp_replace(btrim(name), '\\s+', ' ', 'g') AS n FROM bench_src) s""",
}


def ctas(table: str, query: str, dialect: str, *, replace: bool = False) -> str:
    """``CREATE [OR REPLACE] TEMP TABLE <table> AS <query>`` built as a sqlglot tree (quoted name)."""
    return exp.Create(this=exp.to_table(exp.to_identifier(table, quoted=True).sql(dialect), dialect=dialect),
                      kind="TABLE", replace=replace, expression=sqlglot.parse_one(query, read=dialect),
                      properties=exp.Properties(expressions=[exp.TemporaryProperty()])).sql(dialect=dialect)


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def paired(compiled: Callable[[], object], hand: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """Best time of each, measured interleaved (compiled, hand, compiled, ...) so a load change on
    the machine hits both sides alike and the ratio stays meaningful."""
    best_c = best_h = float("inf")
    for _ in range(repeat):
        best_c = min(best_c, timed(compiled, 1))
        best_h = min(best_h, timed(hand, 1))
    return best_c, best_h


def report(label: str, rows: int, compiled: float, hand: float) -> None:
    ratio = hand / compiled
    ok = "OK" if ratio >= 0.9 else "BELOW TARGET"
    print(f"{label:<10} compiled {rows / compiled:>12,.0f} rows/s   hand-written {rows / hand:>12,.0f} rows/s"
          f"   ratio {ratio:.2f}x  (target >= 0.9x) {ok}")


def bench_polars(df: pl.DataFrame) -> None:
    compiled = apply_pipeline(df, PIPELINE)
    a, b = compiled.collect(), hand_polars(df).collect()
    assert a.equals(b), "hand-written Polars differs from compiled output"
    report("polars", df.height, *paired(lambda: compiled.collect(), lambda: hand_polars(df).collect()))


def bench_duckdb(df: pl.DataFrame) -> None:
    con = duckdb.connect()
    con.register("src", df.to_arrow())
    con.execute("CREATE TABLE t AS SELECT * FROM src")
    sql, hand = to_sql(PIPELINE, "duckdb", "t"), HAND_SQL["duckdb"]
    run = lambda q: con.execute(ctas("o", q, "duckdb", replace=True))  # noqa: E731
    report("duckdb", df.height, *paired(lambda: run(sql), lambda: run(hand)))


def bench_postgres(df: pl.DataFrame) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE bench_src (name text, email text, status text, height double precision, "
                     "birth text)")
        with conn.cursor() as cur, cur.copy("COPY bench_src FROM STDIN") as cp:
            for r in df.iter_rows():
                cp.write_row(r)
        conn.execute("ANALYZE bench_src")
        sql, hand = to_sql(PIPELINE, "postgres", "bench_src"), HAND_SQL["postgres"]

        def run(q: str) -> None:
            conn.execute("DROP TABLE IF EXISTS bench_out")
            conn.execute(ctas("bench_out", q, "postgres").encode())

        report("postgres", df.height, *paired(lambda: run(sql), lambda: run(hand), 3))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    df = generate(args.rows)
    print(f"10-op DSL pipeline, {args.rows:,} rows")
    bench_polars(df)
    bench_duckdb(df)
    if not args.no_postgres:
        bench_postgres(df)


if __name__ == "__main__":
    main()
