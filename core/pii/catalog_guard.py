"""Value statistics of the catalog under deny by default (issue 11).

The catalog stores ``min``/``max`` of non-string columns in data_mode. A birth date, a card number or
a phone number a reader typed as a number would sit there in clear, so :func:`guard_stats` keeps them
only for columns whose header names a non-personal kind (``order_date``, ``amount``, ``qty``) and
drops them for every other column.
"""

from __future__ import annotations

from core.catalog import TableSchema
from core.pii.headers import header_signal


def guard_stats(tables: list[TableSchema]) -> list[TableSchema]:
    """``tables`` without ``min``/``max`` where the header does not clear them (in place; returned)."""
    for t in tables:
        for c in t.columns:
            s = c.stats
            if s.min is None and s.max is None:
                continue
            if header_signal(c.original_name or c.name).safe:
                continue
            s.min = s.max = None
    return tables
