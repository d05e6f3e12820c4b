"""SCD-2 promotion (§34): history kept as row versions with ``valid_from`` / ``valid_to``.

The final table holds the target columns plus ``valid_from`` (when the version became current)
and ``valid_to`` (NULL while current), keyed by (key, valid_from). Promotion, in ONE transaction
with the kept previous version and the promotion record: close the current version of every key
whose staged row differs in any column (``IS DISTINCT FROM``), then open a version for every
staged key without a current one (new keys and the ones just closed). A key absent from the
source keeps its current version; re-running an unchanged source changes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from core.migration.errors import IncompatibleTarget
from core.migration.models import MigrationSpec

VALID_FROM = "valid_from"
VALID_TO = "valid_to"


def final_table(spec: MigrationSpec, types: dict[str, Any], ts_type: Any = sa.DateTime) -> sa.Table:
    """The SCD-2 final table: target columns + valid_from/valid_to (``ts_type``), key (key..., valid_from)."""
    cols = [sa.Column(c.name, types[c.type](), nullable=c.nullable, autoincrement=False) for c in spec.columns]
    cols += [sa.Column(VALID_FROM, ts_type, nullable=False), sa.Column(VALID_TO, ts_type, nullable=True)]
    return sa.Table(spec.table, sa.MetaData(), *cols, sa.PrimaryKeyConstraint(*spec.key, VALID_FROM))


def promote(conn: Connection, spec: MigrationSpec, stage_n: str, *, exists: bool, existing_columns: list[str],
            types: dict[str, Any], now: datetime | None = None, ts_type: Any = sa.DateTime) -> dict[str, int]:
    """Apply the staged rows to the SCD-2 final table (inside the caller's transaction); counts of versions.

    ``ts_type`` must keep microseconds (MariaDB: ``DATETIME(6)``): two promotions within one second
    would otherwise give a closed and a new version the same (key, valid_from).
    """
    now = (now or datetime.now(UTC)).replace(tzinfo=None)
    final = final_table(spec, types, ts_type)
    cols = [c.name for c in spec.columns]
    if not exists:
        final.create(conn)
    else:
        missing = [c for c in [*cols, VALID_FROM, VALID_TO] if c not in existing_columns]
        if missing:
            raise IncompatibleTarget(spec.table, missing=missing, extra_required=[],
                                     reason=f"table {spec.table!r} is not an SCD-2 table (missing {missing}); "
                                            "migrate it once with disposition=scd2 into a new table")
    stage = sa.table(stage_n, *[sa.column(c) for c in cols]).alias("s")
    f = final
    same_key = sa.and_(*[stage.c[k] == f.c[k] for k in spec.key])
    values = [c for c in cols if c not in spec.key]
    changed = sa.or_(*[f.c[c].is_distinct_from(stage.c[c]) for c in values]) if values else sa.false()
    closed = 0
    if exists:
        close = sa.update(f).where(f.c[VALID_TO].is_(None), sa.exists(
            sa.select(sa.literal(1)).select_from(stage).where(same_key, changed))).values({VALID_TO: now})
        closed = conn.execute(close).rowcount or 0
    fi = final.alias("fi")
    current = sa.exists(sa.select(sa.literal(1)).select_from(fi).where(
        sa.and_(*[fi.c[k] == stage.c[k] for k in spec.key]), fi.c[VALID_TO].is_(None)))
    rows: Any = sa.select(*[stage.c[c] for c in cols], sa.literal(now, ts_type).label(VALID_FROM),
                          sa.null().label(VALID_TO)).where(~current)
    count: Any = sa.select(sa.func.count()).select_from(final)
    before = int(conn.execute(count).scalar_one())
    conn.execute(final.insert().from_select([*cols, VALID_FROM, VALID_TO], rows))
    opened = int(conn.execute(count).scalar_one()) - before
    return {"closed": int(closed), "opened": int(opened)}
