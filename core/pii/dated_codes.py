"""Record codes stamped with the day they were made (issue 11, precision of deny by default): payment and message
references, shipment keys, ticket numbers (``RIKO240530418667``, ``SHIP#20240721#F82176D1``, ``MP240320.6676.J84160``).

**The proof.** Nineteen values in twenty carry letters and a date where a digit group starts (``yyyymmdd``, else
``yymmdd``), half the values or more are distinct, all the dates fall within :data:`SPAN_DAYS_MAX` of each other,
and the latest is recent: no more than :data:`PAST_YEARS_MAX` years before today and not past next year. A system
that numbers its records by their day stamps them so; the dates are those of the records.

**Why it cannot clear a personal column.** Identifiers people carry that embed a date embed the birth date (CURP,
RFC, personal numbers of many countries), and the birth dates of a table's people span decades (a population of
all ages) and are at least six years old for anyone who is at school or has a document: both the span and the
recency test fail. Phone numbers, card numbers and national ids without letters fail the letter test; names and
free text carry no date. A people table of newborns' ids embedding their birth date within the last six years is
the look-alike left: it passes only when all were born within one year (:data:`SPAN_DAYS_MAX`), which a register
of several years' births does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

#: All the stamped dates of a column lie within this many days of each other.
SPAN_DAYS_MAX = 366
#: The latest stamped date is at most this many years before today.
PAST_YEARS_MAX = 6
SHARE_MIN = 0.95
DISTINCT_MIN = 0.5
_DIGITS = re.compile(r"(?<!\d)\d{6,}")


def stamp_of(text: str, today: date) -> date | None:
    """The first date that starts a digit group of ``text`` (``yyyymmdd`` with a 19xx/20xx year, else
    ``yymmdd`` in this century up to next year, else the last), or None."""
    for m in _DIGITS.finditer(text):
        run = m.group()
        if len(run) >= 8 and run[:2] in ("19", "20"):
            try:
                return date(int(run[:4]), int(run[4:6]), int(run[6:8]))
            except ValueError:
                pass
        yy = int(run[:2])
        year = 2000 + yy if 2000 + yy <= today.year + 1 else 1900 + yy
        try:
            return date(year, int(run[2:4]), int(run[4:6]))
        except ValueError:
            continue
    return None


def dated_codes(texts: Sequence[str], *, today: date | None = None) -> bool:
    """Whether ``texts`` (non-empty cells) are record codes stamped with a recent day (module docstring)."""
    now = today or date.today()
    values = [t.strip() for t in texts if t.strip()]
    if len(values) < 20 or len(set(values)) < DISTINCT_MIN * len(values):
        return False
    stamps = [stamp_of(v, now) if any(c.isalpha() for c in v) else None for v in values]
    found = [s for s in stamps if s is not None]
    if len(found) < SHARE_MIN * len(values):
        return False
    latest, earliest = max(found), min(found)
    return ((latest - earliest).days <= SPAN_DAYS_MAX and latest.year <= now.year + 1
            and latest >= date(now.year - PAST_YEARS_MAX, now.month, min(now.day, 28)))
