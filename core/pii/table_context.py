"""Masking a few columns out of their table with the table's context (review round 3, issue 11).

The mapping stage masks examples of one or two source columns (a transform's inputs, a model's request) out of
their table. Alone, a date under ``enrollmentDate`` is a record event; in its table, next to
``trackedEntityInstance``, it is a patient's date of care (:mod:`core.pii.health`), masked at ingest. So
:func:`mask_in_context` decides the source columns again **in their table**: the table's other columns (their sample
values, their headers and the table's name) join the examples, and a column the table's decision masks is masked in
the examples too. It only masks more: the examples are first masked on their own, as before, and a cell keeps that
masking unless the table's decision masks its column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from core.pii.masker import mask_value
from core.pii.ports import PiiMasker

#: Sample rows of the table that join the examples as context (bounded: the examples are a handful of rows).
CONTEXT_ROWS = 200


class TableColumn(Protocol):
    """What :func:`mask_in_context` reads of a source column (``core.mapping.side.MatchColumn`` fits)."""

    table: str
    name: str
    original_name: str
    values: list[str] | None


def mask_in_context(masker: PiiMasker, columns: list[str], rows: Sequence[dict[str, Any]],
                    context: Mapping[str, TableColumn] | None, *, alias: Mapping[str, str] | None = None,
                    derived: Sequence[str] = (), run_id: str | None = None) -> list[dict[str, Any]]:
    """``rows`` (keyed by ``columns``) masked by ``masker``, each column that ``alias`` (row column -> source column
    name of ``context``; default: the same name) ties to a source column also decided in that column's table (module
    docstring). ``derived``: row columns computed from the tied ones (a transform's output), masked whenever a tied
    column is. Without ``context`` this is ``masker.mask_rows`` alone."""
    alone = [dict(r) for r in masker.mask_rows(columns, list(rows), run_id=run_id).rows]
    if not context or not rows:
        return alone
    ties = {c: s for c in columns if (s := (alias or {}).get(c, c)) in context and c not in derived}
    hit = False
    for table in {context[s].table for s in ties.values()}:
        mine = [n for n, col in context.items() if col.table == table]
        n = min(CONTEXT_ROWS, max((len(context[c].values or []) for c in mine), default=0))
        base = [{c: _at(context[c].values, i) for c in mine} for i in range(n)]
        tail = [{**dict.fromkeys(mine), **{s: r.get(c) for c, s in ties.items() if context[s].table == table}}
                for r in rows]
        res = masker.mask_rows(mine, base + tail, run_id=run_id,
                               headers={c: context[c].original_name for c in mine}, table=table)
        masked = {m.column for m in res.masking} | {d.column for d in res.decisions if not getattr(d, "clear", True)}
        for c, s in ties.items():
            if context[s].table == table and s in masked:
                hit = True
                for i, r in enumerate(alone):
                    if rows[i].get(c) is not None:
                        r[c] = res.rows[n + i][s]
    if hit:
        for r, raw in zip(alone, rows, strict=True):
            r.update({c: mask_value(raw.get(c)) for c in derived if c in r})
    return alone


def _at(values: list[str] | None, i: int) -> str | None:
    return values[i] if values is not None and i < len(values) else None
