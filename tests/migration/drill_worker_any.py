"""Worker process of the drills for any target kind: ``<kind> <url> <run_id> <batch>`` (kind: sql, elt, mariadb)."""

from __future__ import annotations

import sys

from adapters.targets.elt_target import EltSqlTarget
from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.sql_target import SqlTarget
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec

if __name__ == "__main__":
    kind, url, run_id, batch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    target = {"sql": SqlTarget, "elt": EltSqlTarget, "mariadb": MariaDbTarget}[kind](url)
    run = migrate(make_spec(run_id, batch_size=batch), example_source(), target, secret=b"drill")
    target.dispose()
    print("PROMOTED" if run.promoted else "PARTIAL", run.rows_loaded, run.rows_quarantined)
