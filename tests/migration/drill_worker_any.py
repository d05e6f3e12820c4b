"""Worker process of the drills: ``<kind> <url> <run_id> <batch> [<ledger url>]``.

With a ledger URL (a metadata store, e.g. SQLite) the attempts record into one persistent ledger, so a drill can
check what the killed attempts and the re-run left on it.

kind: ``sql`` / ``mariadb`` (ETL from the example file), ``eltsrc`` / ``mariadbelt`` (the table
``src_customers`` inside the target, migrated through the stage, i.e. ELT).
"""

from __future__ import annotations

import sys

from adapters.metadata_store import open_store
from adapters.targets.elt_target import EltSqlTarget
from adapters.targets.mariadb_elt import MariaDbEltTarget
from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.sql_target import SqlTarget
from core.migration.run import migrate
from core.migration.sql_source import SqlSourceRef
from tests.migration.conftest import example_source, make_spec

if __name__ == "__main__":
    kind, url, run_id, batch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    target = {"sql": SqlTarget, "eltsrc": EltSqlTarget, "mariadb": MariaDbTarget,
              "mariadbelt": MariaDbEltTarget}[kind](url)
    spec = make_spec(run_id, batch_size=batch)
    ledger = open_store(sys.argv[5]) if len(sys.argv) > 5 else None
    if kind in ("eltsrc", "mariadbelt"):
        run = migrate(spec, None, target, secret=b"drill", sql_source=SqlSourceRef(url=url, table="src_customers"),
                      ledger=ledger)
        assert run.strategy == "ELT", run.strategy_reason
    else:
        run = migrate(spec, example_source(), target, secret=b"drill", ledger=ledger)
    target.dispose()
    if ledger is not None:
        ledger.close()
    print("PROMOTED" if run.promoted else "PARTIAL", run.rows_loaded, run.rows_quarantined)
