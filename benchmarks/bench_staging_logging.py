"""Logged vs UNLOGGED staging in PostgreSQL, server side only (issue 14's speed work).

A migration's staging table is WAL-logged; an UNLOGGED one skips the WAL of the staged rows, but crash recovery
empties it and a final table must be logged, so the promotion would have to write every row again: ``SET LOGGED``
(a rewrite of the table) or ``INSERT ... SELECT`` into a logged table. This measures, on the same typed rows
(the 11 target columns of ``bench_migration``, binary COPY, one transaction per chunk as the stream commits):

* ``first load``: staging + promotion of a first load (logged: the staging table adopted, primary key added;
  unlogged: the same ``ALTER`` with ``SET LOGGED``, or a new logged table filled by ``INSERT ... SELECT``);
* ``merge``: 10% of the rows staged, then upserted into a logged final table (no rewrite needed either way).

Variants alternate within each round; every figure is wall time with the backend's own CPU (``/proc``), and the
ratio to the logged baseline of the same run. Usage: ``python benchmarks/bench_staging_logging.py [--rows N]
[--rounds K]``.
"""

from __future__ import annotations

import argparse
import os
import time
import uuid
from collections.abc import Callable

import psycopg
from psycopg import sql

URL = "postgresql://postgres@127.0.0.1:5432/test"
CHUNKS = 4
COLS = ("id bigint NOT NULL, first text NOT NULL, last text, domain text NOT NULL, phone text NOT NULL, "
        "status text NOT NULL, height_cm float8 NOT NULL, birth_date date NOT NULL, amount numeric(38,6) NOT NULL, "
        "country text NOT NULL, qty bigint NOT NULL")
NAMES = "id, first, last, domain, phone, status, height_cm, birth_date, amount, country, qty"
FILL = """SELECT g::bigint AS id, 'John' || g AS first, 'Smith' AS last, 'example.com' AS domain,
 '555-123-' || (g % 10000) AS phone, 'active' AS status, (g % 100)::float8 * 2.54 AS height_cm,
 date '1990-01-01' + (g % 9000) AS birth_date, ((g % 500000) / 100.0)::numeric(38,6) AS amount, 'US' AS country,
 (g % 500)::bigint AS qty, ((g - 1) * {chunks} / {rows})::int AS _mw_chunk FROM generate_series(1, {rows}) g"""


def backend_cpu(conn: psycopg.Connection) -> float:
    """CPU seconds (user + system) of this connection's server process so far."""
    row = conn.execute("SELECT pg_backend_pid()").fetchone()
    assert row is not None
    fields = open(f"/proc/{row[0]}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def chunk_blobs(conn: psycopg.Connection, src: str, changed: bool) -> list[bytes]:
    """Each chunk's rows (with ``_mw_chunk``) as binary COPY data; ``changed``: every 10th row only, altered."""
    out = []
    for c in range(CHUNKS):
        where = sql.SQL("_mw_chunk = {}").format(c) + (sql.SQL(" AND id % 10 = 0") if changed else sql.SQL(""))
        cols = sql.SQL(NAMES.replace("phone", "'999' AS phone") if changed else NAMES)
        q = sql.SQL("COPY (SELECT {}, _mw_chunk FROM {} WHERE {}) TO STDOUT (FORMAT binary)").format(
            cols, sql.Identifier(src), where)
        buf = bytearray()
        with conn.cursor() as cur, cur.copy(q) as copy:
            for block in copy:
                buf += block
        out.append(bytes(buf))
    return out


def stage(conn: psycopg.Connection, table: str, unlogged: bool, blobs: list[bytes]) -> None:
    """Create staging and COPY each chunk in its own committed transaction."""
    kind = sql.SQL("UNLOGGED TABLE" if unlogged else "TABLE")
    conn.execute(sql.SQL("CREATE {} {} ({}, _mw_chunk int NOT NULL)").format(kind, sql.Identifier(table),
                                                                             sql.SQL(COLS)))
    conn.commit()
    for blob in blobs:
        with conn.cursor() as cur, cur.copy(sql.SQL("COPY {} FROM STDIN (FORMAT binary)").format(
                sql.Identifier(table))) as copy:
            copy.write(blob)
        conn.commit()


def promote_first(conn: psycopg.Connection, table: str, how: str) -> None:
    """Staging becomes the final table: ``adopt`` (logged), ``set_logged`` or ``insert`` (unlogged staging)."""
    t = sql.Identifier(table)
    if how == "insert":
        final = sql.Identifier(table + "_f")
        conn.execute(sql.SQL("CREATE TABLE {} ({})").format(final, sql.SQL(COLS)))
        conn.execute(sql.SQL("INSERT INTO {} SELECT {} FROM {}").format(final, sql.SQL(NAMES), t))
        conn.execute(sql.SQL("ALTER TABLE {} ADD PRIMARY KEY (id)").format(final))
        conn.execute(sql.SQL("DROP TABLE {}").format(t))
    else:
        extra = sql.SQL(", SET LOGGED" if how == "set_logged" else "")
        conn.execute(sql.SQL("ALTER TABLE {} DROP COLUMN _mw_chunk, ADD PRIMARY KEY (id){}").format(t, extra))
    conn.commit()


def promote_merge(conn: psycopg.Connection, table: str, final: str) -> None:
    """Upsert the staged rows into the logged final table."""
    sets = sql.SQL(", ").join(sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c.strip()))
                              for c in NAMES.split(",")[1:])
    conn.execute(sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT (id) DO UPDATE SET {}").format(
        sql.Identifier(final), sql.SQL(NAMES), sql.SQL(NAMES), sql.Identifier(table), sets))
    conn.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(table)))
    conn.commit()


def timed(conn: psycopg.Connection, fn: Callable[[], None]) -> tuple[float, float]:
    """Wall and backend CPU seconds of ``fn``."""
    conn.execute("CHECKPOINT")  # every variant starts without dirty WAL of the one before
    conn.commit()
    t0, c0 = time.perf_counter(), backend_cpu(conn)
    fn()
    return time.perf_counter() - t0, backend_cpu(conn) - c0


def main() -> None:
    """Alternate the variants for ``--rounds`` rounds; print each figure and the best-of ratios to logged."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    tag = "mwbench_" + uuid.uuid4().hex[:8]
    src, final = f"{tag}_src", f"{tag}_final"
    best: dict[str, float] = {}
    with psycopg.connect(URL) as conn:
        try:
            conn.execute(sql.SQL("CREATE UNLOGGED TABLE {} AS " + FILL.format(chunks=CHUNKS, rows=args.rows)).format(
                sql.Identifier(src)))
            conn.commit()
            full, changed = chunk_blobs(conn, src, False), chunk_blobs(conn, src, True)
            conn.execute(sql.SQL("CREATE TABLE {} ({}, PRIMARY KEY (id))").format(sql.Identifier(final),
                                                                                  sql.SQL(COLS)))
            conn.execute(sql.SQL("INSERT INTO {} SELECT {} FROM {}").format(sql.Identifier(final), sql.SQL(NAMES),
                                                                            sql.Identifier(src)))
            conn.commit()
            # name, unlogged staging, staged rows, promotion (None: a merge's upsert)
            variants: list[tuple[str, bool, list[bytes], str | None]] = [
                ("first load, logged (adopt)", False, full, "adopt"),
                ("first load, unlogged + SET LOGGED", True, full, "set_logged"),
                ("first load, unlogged + INSERT..SELECT", True, full, "insert"),
                ("merge 10%, logged", False, changed, None),
                ("merge 10%, unlogged", True, changed, None),
            ]

            def run(table: str, unlogged: bool, blobs: list[bytes], how: str | None) -> None:
                stage(conn, table, unlogged, blobs)
                if how is None:
                    promote_merge(conn, table, final)
                else:
                    promote_first(conn, table, how)

            for r in range(args.rounds):
                order = variants if r % 2 == 0 else variants[::-1]
                for name, unlogged, blobs, how in order:
                    table = f"{tag}_s{uuid.uuid4().hex[:6]}"
                    try:
                        wall, cpu = timed(conn, lambda: run(table, unlogged, blobs, how))  # noqa: B023
                    finally:
                        conn.rollback()
                        for t in (table, table + "_f"):
                            conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(t)))
                        conn.commit()
                    best[name] = min(best.get(name, wall), wall)
                    print(f"  round {r} {name:40s} {wall:6.2f} s wall  {cpu:6.2f} s backend CPU  "
                          f"load {os.getloadavg()[0]:.1f}", flush=True)
        finally:
            conn.rollback()
            for t in (src, final):
                conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(t)))
            conn.commit()
    print(f"rows: {args.rows:,} in {CHUNKS} chunks; best wall of {args.rounds} rounds, rate vs logged staging:")
    for kind in ("first load", "merge 10%"):
        base = next(v for k, v in best.items() if k.startswith(kind) and "unlogged" not in k)
        for name, wall in best.items():
            if name.startswith(kind):
                print(f"  {name:40s} {wall:6.2f} s  {base / wall:.2f}x")


if __name__ == "__main__":
    main()
