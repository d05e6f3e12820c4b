"""Schema evolution (§42): a new version of a source diffed against the previous one.

Each change is classified **additive** (a new column: flows through) or **breaking** (a removed,
renamed or retyped column: the mapping must be re-validated and a person asked). A rename is a
removed and an added column that agree by name (similar tokens) or by value evidence (same
logical type and near-identical aggregate statistics); only aggregates are compared, never values.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.catalog import Catalog, ColumnSchema

ChangeKind = Literal["added", "removed", "retyped", "renamed"]
#: type changes that lose nothing (widening): not breaking
WIDENING = {("int", "float"), ("int", "decimal"), ("float", "decimal"), ("date", "datetime"), ("int", "string"),
            ("float", "string"), ("decimal", "string"), ("date", "string"), ("datetime", "string"),
            ("bool", "string")}
NAME_MIN = 0.72
STATS_TOLERANCE = 0.05


class ColumnChange(BaseModel):
    """One difference between the previous and the new source schema."""

    model_config = ConfigDict(frozen=True)

    kind: ChangeKind
    column: str
    new_name: str | None = None
    old_type: str | None = None
    new_type: str | None = None
    breaking: bool
    evidence: str = ""


class SchemaDiff(BaseModel):
    """All changes of one table, and whether any is breaking."""

    model_config = ConfigDict(frozen=True)

    table: str
    previous: str
    changes: list[ColumnChange] = Field(default_factory=list)

    @property
    def breaking(self) -> list[ColumnChange]:
        """The breaking changes."""
        return [c for c in self.changes if c.breaking]

    def question(self) -> str:
        """The question a person answers before a breaking change goes through."""
        parts = [f"{c.column} {c.kind}" + (f" to {c.new_name}" if c.new_name else "")
                 + (f" ({c.old_type} -> {c.new_type})" if c.kind == "retyped" else "") for c in self.breaking]
        return (f"the source changed since {self.previous}: {', '.join(parts)}. The mapping was re-validated on the "
                "new schema; confirm the MIGRATION stage to load with it")


def _ratio(a: int | None, b: int | None) -> float | None:
    if a is None or b is None:
        return None
    return 0.0 if a == b else abs(a - b) / max(a, b, 1)


def _same_values(a: ColumnSchema, b: ColumnSchema) -> str | None:
    if a.logical_type != b.logical_type:
        return None
    checks = [_ratio(a.stats.null_count, b.stats.null_count), _ratio(a.stats.distinct_count, b.stats.distinct_count)]
    known = [c for c in checks if c is not None]
    if len(known) < 2 or any(c > STATS_TOLERANCE for c in known):
        return None
    if a.stats.min is not None and (a.stats.min, a.stats.max) != (b.stats.min, b.stats.max):
        return None
    return "same type, null and distinct counts" + (", min and max" if a.stats.min is not None else "")


def diff_tables(old: list[ColumnSchema], new: list[ColumnSchema], *, table: str, previous: str) -> SchemaDiff:
    """Changes from ``old`` to ``new`` columns of one table."""
    before = {c.name: c for c in old}
    after = {c.name: c for c in new}
    changes: list[ColumnChange] = []
    for name in before.keys() & after.keys():
        a, b = before[name], after[name]
        if a.logical_type != b.logical_type:
            widening = (a.logical_type, b.logical_type) in WIDENING
            changes.append(ColumnChange(kind="retyped", column=name, old_type=a.logical_type, new_type=b.logical_type,
                                        breaking=not widening, evidence="widening" if widening else "narrowing"))
    removed = sorted(before.keys() - after.keys())
    added = sorted(after.keys() - before.keys())
    for r in removed:
        best, why = None, ""
        for a_name in added:
            name_sim = SequenceMatcher(None, r, a_name).ratio()
            values = _same_values(before[r], after[a_name])
            if values or name_sim >= NAME_MIN:
                best, why = a_name, values or f"name similarity {name_sim:.2f}"
                break
        if best is not None:
            added.remove(best)
            changes.append(ColumnChange(kind="renamed", column=r, new_name=best, breaking=True, evidence=why))
        else:
            changes.append(ColumnChange(kind="removed", column=r, old_type=before[r].logical_type, breaking=True))
    changes.extend(ColumnChange(kind="added", column=a, new_type=after[a].logical_type, breaking=False)
                   for a in added)
    return SchemaDiff(table=table, previous=previous, changes=sorted(changes, key=lambda c: (c.kind, c.column)))


def diff_catalogs(old: Catalog, new: Catalog, *, previous: str) -> list[SchemaDiff]:
    """One diff per table present in both catalogs (tables are matched by name, or the only one)."""
    pairs = [(o, n) for o in old.tables for n in new.tables if o.name == n.name]
    if not pairs and len(old.tables) == 1 and len(new.tables) == 1:
        pairs = [(old.tables[0], new.tables[0])]
    return [diff_tables(o.columns, n.columns, table=n.name, previous=previous) for o, n in pairs]
