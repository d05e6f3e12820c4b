"""Worker process of the kill drill: one migration attempt (killed by a fault point or not):
``<url> <run_id> <batch> [<ledger url>]``, the ledger a persistent metadata store shared by the attempts."""

from __future__ import annotations

import sys

from adapters.metadata_store import open_store
from adapters.targets.sql_target import SqlTarget
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec

if __name__ == "__main__":
    url, run_id, batch = sys.argv[1], sys.argv[2], int(sys.argv[3])
    target = SqlTarget(url)
    ledger = open_store(sys.argv[4]) if len(sys.argv) > 4 else None
    run = migrate(make_spec(run_id, batch_size=batch), example_source(), target, secret=b"drill", ledger=ledger)
    target.dispose()
    if ledger is not None:
        ledger.close()
    print("PROMOTED" if run.promoted else "PARTIAL", run.rows_loaded, run.rows_quarantined)
