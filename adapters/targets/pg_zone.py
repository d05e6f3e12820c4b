"""PostgreSQL: ``timestamptz`` values promoted before promotions ran in UTC, found by the first merge after.

Until session 11 a promotion wrote a staged datetime (a naive UTC instant, the DSL's convention) into a user's
``timestamptz`` column in the session's own zone: through a session in ``Asia/Kolkata`` a source's 00:00 UTC was
stored as 00:00 Kolkata (18:30 UTC the day before). Promotions and merges now run in UTC (``SqlTarget._utc_session``)
and a promotion record says so (:data:`UTC_MARK`), so the first merge after the upgrade reads those stored values as
the shifted instants they are: their rows look changed and are rewritten at the source's instants, each moved by the
zone's offset. That is the correct value, but a person must not find a whole table's instants moved by a merge of an
unchanged source without a word: :func:`legacy_zone_notice` tells the promotion when the table has such records
(none marked UTC yet), the session's zone is not UTC and a datetime column of the spec is ``timestamptz``, and the
promotion puts a ``migration.legacy_zone_rows`` notice on the ledger (the previous version is kept: a rollback
restores the stored values).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from core.migration.models import MigrationSpec, TargetNotice

#: key and value a promotion record carries since promotions run in UTC
UTC_MARK = ("time_zone", "UTC")


def _zone_of_session(conn: Connection) -> str:
    """The zone the connection's session started with (its URL's or the server's), not the transaction's UTC."""
    return str(conn.execute(sa.select(sa.column("reset_val")).select_from(sa.table("pg_settings"))
                            .where(sa.column("name") == "TimeZone")).scalar_one())


def _zoned_columns(conn: Connection, table: str, spec: MigrationSpec) -> list[str]:
    wanted = {c.name for c in spec.columns if c.type == "datetime"}
    cols = sa.inspect(conn).get_columns(table)
    return sorted(str(c["name"]) for c in cols if c["name"] in wanted and getattr(c["type"], "timezone", False))


def legacy_zone_notice(conn: Connection, records: sa.Table, spec: MigrationSpec) -> TargetNotice | None:
    """A ``legacy_zone_rows`` notice when ``spec.table`` (existing) was promoted only by promotions that ran in the
    session's zone (their records lack :data:`UTC_MARK`), the session's zone is not UTC and the spec writes a
    ``timestamptz`` column of it (module docstring); None otherwise. Call it inside the promotion transaction."""
    payloads = [json.loads(p) for (p,) in conn.execute(sa.select(records.c.payload)
                                                       .where(records.c.table_name == spec.table))]
    if not payloads or any(p.get(UTC_MARK[0]) == UTC_MARK[1] for p in payloads):
        return None
    zone = _zone_of_session(conn)
    if zone.upper() in ("UTC", "ETC/UTC", "GMT", "ETC/GMT", "UCT", "ZULU", "UNIVERSAL"):
        return None
    cols = _zoned_columns(conn, spec.table, spec)
    if not cols:
        return None
    return TargetNotice(kind="legacy_zone_rows", message=(
        f"{spec.table}'s timestamptz columns {cols} were promoted before promotions ran in UTC, through sessions in "
        f"{zone}: a value such a promotion wrote is the source's UTC time read as {zone} time. This merge compares "
        f"and writes UTC instants, so such rows were staged again and now hold the source's instants (moved by "
        f"{zone}'s offset); rows a person wrote are compared as the instants they are. The previous version is kept "
        f"(a rollback of this run restores the stored values)"))
