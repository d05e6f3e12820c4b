"""The staging COPY's record-batch size (``adapters.targets.adbc_pg.COPY_BATCH_ROWS``), A/B in one run.

Transforms and types 200,000 rows of the migration benchmark's file (``bench_migration.generate``), then appends them
to a logged table through ``AdbcSession.ingest`` -- as one Arrow record batch (the code before session 13) and as
batches of ``COPY_BATCH_ROWS`` rows -- alternately, ``--rounds`` times, each append rolled back. Prints per variant the
client thread's CPU, the server backend's CPU (``/proc``) and the wall time (medians), and the ratios to one batch.

Usage: ``python benchmarks/bench_copy_batches.py [--rows N] [--rounds K] [--csv PATH]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_migration as bm  # noqa: E402


def _backend_cpu(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        parts = f.read().rsplit(")", 1)[1].split()
    return (int(parts[11]) + int(parts[12])) / 100


def main() -> None:
    """Run the A/B and print the figures."""
    import polars as pl
    import sqlalchemy as sa

    from adapters.targets import adbc_pg
    from adapters.targets.adbc_pg import AdbcSession
    from core.migration.constraints import validate_rows
    from core.migration.models import MigrationSpec
    from core.migration.prepared import plan_transform

    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--csv", type=Path)
    args = ap.parse_args()
    csv = args.csv
    if csv is None:
        csv = Path(tempfile.mkdtemp()) / "bench.csv"
        bm.generate(csv, args.rows)
    spec = bm.spec("copyab", "copyab")
    assert isinstance(spec, MigrationSpec)
    src = pl.read_csv(csv, infer_schema=False, n_rows=args.rows).select(spec.source_columns)
    rows = validate_rows(plan_transform(src, spec), src, spec).select([c.name for c in spec.columns])
    table = f"bench_copyab_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(bm.PG)
    session = AdbcSession("postgresql://postgres@127.0.0.1:5432/test")
    batch = adbc_pg.COPY_BATCH_ROWS
    figures: dict[str, list[tuple[float, float, float]]] = {"one batch": [], f"{batch}-row batches": []}
    try:
        with engine.begin() as conn:
            types = {"Int64": "bigint", "String": "text", "Float64": "float8", "Date": "date"}
            cols = ", ".join(f'"{n}" {types.get(str(t), "numeric(38, 6)")}' for n, t in rows.schema.items())
            conn.execute(sa.text(f"CREATE TABLE {table} ({cols})"))
        pid = int(session.execute(sa.select(sa.func.pg_backend_pid()))[0][0])
        session.rollback()
        for _ in range(args.rounds):
            for label, size in (("one batch", rows.height + 1), (f"{batch}-row batches", batch)):
                adbc_pg.COPY_BATCH_ROWS = size
                c0, s0, w0 = time.thread_time(), _backend_cpu(pid), time.perf_counter()
                session.ingest(table, rows)
                session.rollback()
                figures[label].append((time.thread_time() - c0, _backend_cpu(pid) - s0, time.perf_counter() - w0))
    finally:
        adbc_pg.COPY_BATCH_ROWS = batch
        session.close()
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP TABLE IF EXISTS {table}"))
        engine.dispose()
    med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in figures.items()}
    base = med["one batch"]
    for label, (client, server, wall) in med.items():
        print(f"{label:20s} client {client:.3f} s  server {server:.3f} s  wall {wall:.3f} s  "
              f"CPU ratio {(base[0] + base[1]) / (client + server):.2f}x  wall ratio {base[2] / wall:.2f}x")


if __name__ == "__main__":
    main()
