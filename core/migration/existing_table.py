"""Pre-flight: a final table that already exists in the target with columns this run does not write.

The target schema names a table; when the target database already holds a table of that name (made by hand, by
another tool, or by a run with another target schema) whose columns include ones the run's plan does not write, the
promotion would replace it by a table without them (replace: the old table is kept as ``<table>__mw_prev_<run>`` and
``mapwright migration rollback`` restores it) or write rows that leave them empty (append, merge). Before, such a
table was replaced without a word. Now the pre-flight **holds** (check ``existing_table``) naming the columns, until a
person confirms the MIGRATION stage, like a breaking schema change (:mod:`core.migration.schema_diff`). A table whose
columns are the plan's, or a subset of them (the plan adds columns), passes. Names compare the way the target
resolves them (casefolded on DuckDB, MariaDB, SQLite). An append/merge/scd2 into a table with a NOT NULL column
without a default that the run does not write never reaches this hold: the target's ``prepare`` refuses it
(``IncompatibleTarget`` with ``extra_required``), as every row would fail at the promotion.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.ledger import Decision, LedgerEvent, Stage
from core.migration.models import Disposition, MigrationSpec
from core.migration.ports import ColumnListingTarget

#: the columns an SCD-2 final table holds besides the target's (adapters/targets/scd2.py)
SCD2_COLUMNS = frozenset({"valid_from", "valid_to"})
SHOWN = 8


def existing_table_check(spec: MigrationSpec, target: object, events: Iterable[LedgerEvent],
                         ) -> tuple[bool, str] | None:
    """(passed, detail) of the ``existing_table`` check, or None when there is nothing to check (no such table, or a
    target that cannot list columns)."""
    if not isinstance(target, ColumnListingTarget):
        return None
    have = target.table_columns(spec.table)
    if have is None:
        return None
    writes = {c.name for c in spec.columns} | (SCD2_COLUMNS if spec.disposition is Disposition.SCD2 else set())
    fold = target.folds_column_names
    wrote = {w.casefold() if fold else w for w in writes}
    extra = [c for c in have if (c.casefold() if fold else c) not in wrote]
    if not extra:
        return True, f"table {spec.table} exists with the plan's columns ({len(have)}); {spec.disposition.value}"
    confirmed = any(e.action == "human.confirm" and e.detail.get("stage") == Stage.MIGRATION.value
                    and e.decision is Decision.ACCEPT for e in events)
    shown = ", ".join(extra[:SHOWN]) + (f" (+{len(extra) - SHOWN} more)" if len(extra) > SHOWN else "")
    effect = (f"the promotion replaces it by the plan's columns (the old table is kept as {spec.table}__mw_prev_<run> "
              "for `mapwright migration rollback`)" if spec.disposition is Disposition.REPLACE
              else f"the {spec.disposition.value} leaves them NULL (or their default) in the rows it writes "
                   "(a NOT NULL column without a default is refused before this check)")
    detail = (f"table {spec.table} already exists in the target with column(s) this run does not write: {shown}; "
              f"{effect}")
    if confirmed:
        return True, "confirmed: " + detail
    return False, (detail + "; confirm the MIGRATION stage to go on, or name another table in the target schema")
