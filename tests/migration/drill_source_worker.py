"""Worker of the source-change drill: one migration attempt of a CSV file (killed by a fault point or not)."""

from __future__ import annotations

import sys
from pathlib import Path

from adapters.targets.sql_target import SqlTarget
from core.migration.run import migrate
from tests.migration.conftest import make_spec

if __name__ == "__main__":
    url, run_id, batch, csv = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    target = SqlTarget(url)
    run = migrate(make_spec(run_id, batch_size=batch), csv, target, secret=b"drill")
    target.dispose()
    print("PROMOTED" if run.promoted else "PARTIAL", run.rows_loaded, run.rows_quarantined)
