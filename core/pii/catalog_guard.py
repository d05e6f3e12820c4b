"""Value statistics of the catalog under deny by default (issue 11).

The catalog stores ``min``/``max`` of non-string columns in data_mode. A birth date, a card number or
a phone number a reader typed as a number would sit there in clear, so :func:`guard_stats` keeps them
only for columns whose header names a non-personal kind (``order_date``, ``amount``, ``qty``) and
whose min and max do not look like identifiers (:func:`identifier_like`: integers of seven digits or more
and one width, numbers in exponent notation: a phone number that lost its leading zero under ``amount``),
and drops them for every other column.

The header alone is no proof (round 2: a card PIN under a header read as a VAT number kept its min and max):
integers and dates also need value evidence the statistics carry — their values repeat (at most one distinct
value in :data:`core.pii.proof.K_MIN` non-null rows, quantities and a few dates, not one per person) or, for
dates, a header that names an event of the record's life (``created``, ``paid``). Fractional numbers and
booleans keep them under a non-personal header.

In a table of health data (:func:`core.pii.health.health_context` over the other headers and the table's name) a
date of a person's care (:func:`core.pii.health.care_date_column`) keeps no min and max, whatever its header: the
earliest and latest admission of a clinic's patients are their own dates (HIPAA), as in the sample pack.
"""

from __future__ import annotations

import re

from core.catalog import ColumnStats, TableSchema
from core.pii.headers import header_signal
from core.pii.health import care_date_column, health_context
from core.pii.proof import K_MIN

_EXPONENT = re.compile(r"[+-]?\d(?:\.\d+)?[eE][+-]?\d+")
IDENTIFIER_DIGITS = 7


def _digits(text: str) -> str | None:
    body = text.strip().lstrip("+-")
    body = body[:-2] if body.endswith(".0") else body
    return body if body.isdecimal() else None


def identifier_like(lo: str | None, hi: str | None) -> bool:
    """Whether a column's min and max look like identifiers, not quantities: a number in exponent notation, or
    integers of :data:`IDENTIFIER_DIGITS` digits or more that share one width (ids and phone numbers are fixed
    width; amounts of that size span widths)."""
    texts = [t for t in (lo, hi) if t is not None]
    if any(_EXPONENT.fullmatch(t.strip()) for t in texts):
        return True
    digits = [d for t in texts if (d := _digits(t)) is not None]
    return len(digits) == len(texts) > 0 and len({len(d) for d in digits}) == 1 and \
        len(digits[0]) >= IDENTIFIER_DIGITS


def _evidence(logical_type: str, s: ColumnStats, event: bool) -> bool:
    """Value evidence for keeping min/max (module docstring)."""
    if logical_type in ("float", "decimal", "bool"):
        return True
    values = (s.row_count or 0) - (s.null_count or 0)
    repeats = values > 0 and (s.distinct_count or 0) * K_MIN <= values
    return repeats or (logical_type in ("date", "datetime") and event)


def guard_stats(tables: list[TableSchema]) -> list[TableSchema]:
    """``tables`` without ``min``/``max`` where the header does not clear them (in place; returned)."""
    for t in tables:
        names = {c.name: c.original_name or c.name for c in t.columns}
        context = health_context(list(names), names, {}, t.name)
        for c in t.columns:
            s = c.stats
            if s.min is None and s.max is None:
                continue
            h = header_signal(c.original_name or c.name)
            care = c.logical_type in ("date", "datetime") and bool(context - {c.name}) and \
                care_date_column(names[c.name])
            if not care and h.safe and not identifier_like(s.min, s.max) and _evidence(c.logical_type, s, h.event):
                continue
            s.min = s.max = None
    return tables
