"""Worker of the source-change drill: one migration attempt of a CSV file (killed by a fault point or not).

``<url> <run_id> <batch> <csv> [<ledger url>]``: with a ledger URL (a metadata store) the attempts record into one
persistent ledger."""

from __future__ import annotations

import sys
from pathlib import Path

from adapters.metadata_store import open_store
from adapters.targets.sql_target import SqlTarget
from core.migration.run import migrate
from tests.migration.conftest import make_spec

if __name__ == "__main__":
    url, run_id, batch, csv = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    ledger = open_store(sys.argv[5]) if len(sys.argv) > 5 else None
    target = SqlTarget(url)
    try:
        run = migrate(make_spec(run_id, batch_size=batch), csv, target, secret=b"drill", ledger=ledger)
    finally:
        target.dispose()
        if ledger is not None:
            ledger.close()
    print("PROMOTED" if run.promoted else "PARTIAL", run.rows_loaded, run.rows_quarantined)
