"""ELT vs ETL benchmark: the migration benchmark's 12-column table and 11-transform plan, with the
source as a table inside the target database, migrated by ETL (read into Polars, transformed,
COPY/Arrow into staging) and by ELT (the compiled plan runs in the target: one CREATE TABLE AS,
then INSERT ... SELECT per chunk); same chunks, checkpoints, quarantine, validations, promotion.

Prints rows/s of each, measured in the same run, and ELT/ETL. Both must load the same rows.
Usage: ``python benchmarks/bench_elt.py [--rows N] [--no-postgres]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

import polars as pl
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_migration import COLS, PG, generate, spec  # noqa: E402

from adapters.targets.elt_target import EltSqlTarget  # noqa: E402
from core.migration.models import MigrationSpec  # noqa: E402
from core.migration.run import migrate  # noqa: E402
from core.migration.sql_source import SqlSourceRef  # noqa: E402


def load_table(url: str, csv: Path, table: str) -> None:
    """The CSV as a text table ``table`` in the database at ``url`` (the in-database source)."""
    frame = pl.read_csv(csv, infer_schema=False)
    eng = sa.create_engine(url)
    with eng.begin() as conn:
        sa.Table(table, sa.MetaData(), *[sa.Column(c, sa.Text) for c in COLS]).create(conn)
        raw = conn.connection.driver_connection
        if eng.dialect.name == "duckdb":
            raw.register("_bench_src", frame.to_arrow())  # type: ignore[union-attr]
            conn.exec_driver_sql(f'INSERT INTO "{table}" SELECT * FROM _bench_src')
        else:
            with raw.cursor() as cur, cur.copy(f'COPY "{table}" FROM STDIN (FORMAT csv)') as cp:  # type: ignore[union-attr]
                cp.write(frame.write_csv(include_header=False).encode())
    eng.dispose()


def bench(label: str, url: str, csv: Path, src_table: str) -> None:
    load_table(url, csv, src_table)
    target = EltSqlTarget(url)
    rows = 0
    try:
        etl_spec: MigrationSpec = spec(f"01BENCHETL{uuid.uuid4().hex[:16].upper()}", f"etl_{src_table}")  # type: ignore[assignment]
        t0 = time.perf_counter()
        frame = target.query(sa_select_all(src_table))
        etl = migrate(etl_spec, frame, target, secret=b"bench")
        t_etl = time.perf_counter() - t0
        elt_spec: MigrationSpec = spec(f"01BENCHELT{uuid.uuid4().hex[:16].upper()}", f"elt_{src_table}")  # type: ignore[assignment]
        t0 = time.perf_counter()
        elt = migrate(elt_spec, None, target, secret=b"bench", sql_source=SqlSourceRef(url=url, table=src_table))
        t_elt = time.perf_counter() - t0
        assert elt.strategy == "ELT", elt.strategy_reason
        assert (elt.rows_loaded, elt.rows_quarantined) == (etl.rows_loaded, etl.rows_quarantined)
        rows = etl.rows_in
    finally:
        target.dispose()
    print(f"{label:<9} ETL {rows / t_etl:>10,.0f} rows/s ({t_etl:.1f} s)   ELT {rows / t_elt:>10,.0f} rows/s "
          f"({t_elt:.1f} s)   ELT/ETL {t_etl / t_elt:.2f}x")


def sa_select_all(table: str) -> object:
    """SELECT every source column of ``table`` (sqlglot tree)."""
    from sqlglot import exp

    return exp.select(*[exp.column(exp.to_identifier(c, quoted=True)) for c in COLS]).from_(
        exp.Table(this=exp.to_identifier(table, quoted=True)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "src.csv"
        generate(csv, args.rows)
        print(f"ELT vs ETL, 12 columns, 11 transforms, {args.rows:,} rows")
        bench("duckdb", f"duckdb:///{Path(tmp) / 'bench.duckdb'}", csv, "src_bench")
        if not args.no_postgres:
            schema = f"bench_{uuid.uuid4().hex[:8]}"
            eng = sa.create_engine(PG)
            with eng.begin() as c:
                c.execute(sa.schema.CreateSchema(schema))
            try:
                bench("postgres", f"{PG}?options=-csearch_path%3D{schema}", csv, "src_bench")
            finally:
                with eng.begin() as c:
                    c.execute(sa.schema.DropSchema(schema, cascade=True))
                eng.dispose()


if __name__ == "__main__":
    main()
