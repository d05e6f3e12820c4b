"""Event attributes in tables of people (issue 11): a small vocabulary that changes between the rows of ONE
person describes the rows (an order's status, a trip's purpose, a ticket's channel), not the person.

An attribute of a person (city, postal code, employer, physician of record) is the same on every row of that
person; so when a table repeats people (order lines, visits, trips) and a column's value differs between the
rows of most of them, the column is no personal attribute. People are told apart by an identifier the first
pass masked (e-mail, phone, national id, IBAN, card, or a full name of two or more words), never by a first
name or a city, which many people share. Only small repeated vocabularies are judged this way, and only the
ones the name lexicons do not recognise (:mod:`core.pii.decide` keeps those masked).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from core.pii.shape import cell_text

#: Entities whose value tells one person from another.
KEY_ENTITIES = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD",
                          "BANK_ACCOUNT", "PERSON", "USERNAME"})
GROUPS_MIN = 5
VARYING_MIN = 0.5
#: The person key must name the person of nearly every row: a person named on a few rows (a technician on call,
#: an approver) is not whom the rows are about, so what varies among their rows (the operator on shift) may still
#: be another person's data.
KEY_COVERAGE_MIN = 0.8


def _text(v: object) -> str | None:
    t = cell_text(v)
    return t.strip() if t is not None and t.strip() else None


def person_key(rows: Sequence[dict[str, object]], candidates: dict[str, str],
               others: Sequence[str] = ()) -> list[str | None] | None:
    """The values of the column that best tells people apart among ``candidates`` (column -> entity), for the
    columns present on :data:`KEY_COVERAGE_MIN` of the rows whose people repeat (at least :data:`GROUPS_MIN` values
    seen twice or more), or None. ``others``: more columns that may show the repeated key values are the same people
    (:func:`_same_person`: the columns of the table cleared already, e.g. a customer's bank or insurer)."""
    best: tuple[int, list[str | None]] | None = None
    columns = {c: [_text(r.get(c)) for r in rows] for c in [*candidates, *others]}
    for col, entity in candidates.items():
        if entity not in KEY_ENTITIES:
            continue
        vals = columns[col]
        present = [v for v in vals if v is not None]
        full = sum(len(v.split()) >= 2 for v in present) / len(present) if present else 0.0
        if not present or len(present) < KEY_COVERAGE_MIN * len(vals) or (
                entity in ("PERSON", "USERNAME") and full < 0.8):
            continue
        counts: dict[str, int] = defaultdict(int)
        for v in present:
            counts[v] += 1
        repeated = sum(1 for n in counts.values() if n >= 2)
        if repeated >= GROUPS_MIN and (best is None or repeated > best[0]) and any(
                _same_person(vals, columns[o]) for o in columns if o != col and not _derived(vals, columns[o])):
            best = (repeated, vals)
    return best[1] if best else None


def _derived(key: Sequence[str | None], other: Sequence[str | None]) -> bool:
    """Whether ``other`` is spelled from the key (a surname search term, a first name, initials of the name):
    on half the rows one holds the other (case and accents aside). Such a column is the same for namesakes, so
    it proves nothing about who they are."""
    from core.pii.names import fold_name

    pairs = [(fold_name(k), fold_name(o)) for k, o in zip(key, other, strict=False) if k and o]
    return bool(pairs) and sum(o in k or k in o for k, o in pairs) >= 0.5 * len(pairs)


def _same_person(key: Sequence[str | None], other: Sequence[str | None]) -> bool:
    """Whether the repeated key values are the same people: another personal column holds one value, present,
    among the rows of nine in ten of them, and those values differ between them (two customers who share a
    name, or a mother's name, differ in e-mail and phone; an empty or shared column, e.g. a company name left
    blank, proves nothing)."""
    groups: dict[str, set[str | None]] = defaultdict(set)
    sizes: dict[str, int] = defaultdict(int)
    for k, o in zip(key, other, strict=False):
        if k is not None:
            groups[k].add(o)
            sizes[k] += 1
    judged = [g for g, n in sizes.items() if n >= 2]
    same = [next(iter(groups[g])) for g in judged if len(groups[g]) == 1 and None not in groups[g]]
    return len(judged) >= GROUPS_MIN and len(same) / len(judged) >= 0.9 and len(set(same)) >= 0.9 * len(same)


def varies_within_people(key: Sequence[str | None], values: Sequence[object]) -> bool:
    """Whether the column takes two or more values among the rows of most people (module docstring)."""
    groups: dict[str, set[str]] = defaultdict(set)
    sizes: dict[str, int] = defaultdict(int)
    for k, v in zip(key, values, strict=False):
        t = _text(v)
        if k is None or t is None:
            continue
        groups[k].add(t.casefold())
        sizes[k] += 1
    judged = [g for g, n in sizes.items() if n >= 2]
    if len(judged) < GROUPS_MIN:
        return False
    return sum(1 for g in judged if len(groups[g]) >= 2) / len(judged) >= VARYING_MIN
