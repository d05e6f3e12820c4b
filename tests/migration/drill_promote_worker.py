"""Worker process of the MariaDB promotion drill: ``<url> <run_id> <disposition> promote|rollback``.

``promote``: the run's migration of the changed example (its chunks are checkpointed already: only the promotion
works); ``rollback``: the run's rollback. ``MAPWRIGHT_FAULT_KILL`` kills it at a point of either.
"""

from __future__ import annotations

import sys

import polars as pl

from adapters.targets.mariadb_target import MariaDbTarget
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec

TABLE = "crm_customer"


def changed_source() -> pl.DataFrame:
    """The example with every third row's email changed (a second version of the table)."""
    src = example_source()
    return src.with_columns(pl.when(pl.int_range(pl.len()) % 3 == 0)
                            .then(pl.format("v2.{}@example.org", pl.col("customer_id")))
                            .otherwise(pl.col("email")).alias("email"))


if __name__ == "__main__":
    url, run_id, disposition, action = sys.argv[1], sys.argv[2], Disposition(sys.argv[3]), sys.argv[4]
    target = MariaDbTarget(url)
    if action == "promote":
        run = migrate(make_spec(run_id, batch_size=250, disposition=disposition), changed_source(), target,
                      secret=b"drill")
        print("PROMOTED" if run.promoted else "PARTIAL")
    else:
        print("ASIDE", target.rollback(run_id, TABLE))
    target.dispose()
