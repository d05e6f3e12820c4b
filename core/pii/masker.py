"""The deny-by-default masker (issue 11): :class:`core.pii.ports.PiiMasker` without any engine.

Per table, :func:`core.pii.decide.decide_table` decides which columns may stay in clear; every other
column is masked whole: each non-null cell becomes its format-preserving shape (:func:`core.pii.shape.shape`,
numbers first written as their digits, so a card number a reader typed as a float is masked like any
other) and its keyed token (:mod:`core.pii.keys`) goes to ``MaskedCell.tokens``. Booleans and nulls of a
masked column stay as they are (they carry no value). The real values are only read in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from core.catalog import MaskedCell
from core.pii.decide import ColumnDecision, decide_table
from core.pii.keys import run_key, token
from core.pii.ports import MaskResult
from core.pii.shape import cell_text, shape

ENGINE = "mapwright-deny-by-default 1 (shapes + keyed tokens)"
#: An optional hint: for a masked column the decision left without an entity, the entity another
#: detector (Presidio's recognizers) finds in its values, or None.
EntityHint = Callable[[str, list[str]], str | None]


def mask_value(value: Any) -> Any:
    """The stored form of one cell of a masked column: its shape (nulls and booleans unchanged)."""
    if value is None or isinstance(value, bool):
        return value
    text = cell_text(value)
    return shape(text) if text is not None else None


def mask_table(columns: list[str], rows: list[dict[str, Any]], *, run_id: str | None = None,
               hint: EntityHint | None = None, engine: str = ENGINE, headers: dict[str, str] | None = None,
               table: str | None = None, as_of: date | None = None) -> MaskResult:
    """Mask ``rows`` (see module docstring); ``rows`` is not modified. ``headers``: the source's own header
    of each column (the catalog's ``original_name``), read instead of the standardized name; ``as_of``: the day
    ages are counted from, the run's day (:func:`core.pii.decide.decide_table`; default
    :func:`core.pii.detect.reference_day`, never the clock)."""
    key = run_key(run_id)
    out = [dict(r) for r in rows]
    masking: list[MaskedCell] = []
    decisions = decide_table(columns, rows, headers=headers, table=table, as_of=as_of)
    for d in decisions:
        if d.clear:
            continue
        col = d.column
        entity = d.entity
        texts = [t for r in rows if (t := cell_text(r.get(col))) is not None and t.strip()]
        if entity is None and hint is not None and texts:
            entity = hint(col, texts)
        tokens: list[str | None] = []
        masked = 0
        for r in out:
            v = r.get(col)
            text = None if v is None or isinstance(v, bool) else cell_text(v)
            tokens.append(token(key, text) if text is not None else None)
            if text is not None:
                r[col] = shape(text)
                masked += 1
        masking.append(MaskedCell(column=col, entity_types=[entity] if entity else [], cells_masked=masked,
                                  scheme="shape", reason=d.reason, tokens=tokens))
    return MaskResult(rows=out, masking=masking, engine=engine, decisions=decisions)


class DenyByDefaultMasker:
    """:class:`core.pii.ports.PiiMasker` of :func:`mask_table` (no external engine)."""

    def __init__(self, hint: EntityHint | None = None) -> None:
        self.hint = hint

    @property
    def name(self) -> str:
        """Engine name and version."""
        return ENGINE

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]], *, run_id: str | None = None,
                  headers: dict[str, str] | None = None, table: str | None = None,
                  as_of: date | None = None) -> MaskResult:
        """Mask ``rows`` of one table (``run_id`` keys the tokens; ``as_of``: the run's day, see :func:`mask_table`)."""
        return mask_table(columns, rows, run_id=run_id, hint=self.hint, engine=self.name, headers=headers,
                          table=table, as_of=as_of)


__all__ = ["ColumnDecision", "DenyByDefaultMasker", "mask_table", "mask_value"]
