"""Compile an accepted Mapping Plan and its Target Catalog into a :class:`MigrationSpec` (pre-flight).

Only accepted column mappings migrate (§14 pre-flight): a held or to-fix column is a
:class:`MigrationNotReady` naming each one. A column accepted as "leave empty" is loaded as null
(and must then be nullable). The key strategy is natural/composite: the target's declared key;
a target without a key is refused (mapwright does not invent surrogate keys the target did not ask
for).
"""

from __future__ import annotations

from typing import Any

from core.errors import DeterministicFailure
from core.mapping.plan import MappingPlan
from core.mapping.target import TargetCatalog
from core.migration.models import ColumnPipeline, Disposition, ForeignKey, MigrationSpec, TargetColumn
from dsl.models import Pipeline

TYPE_MAP = {"string": "string", "int": "int", "integer": "int", "float": "float", "decimal": "decimal",
            "date": "date", "datetime": "datetime", "timestamp": "datetime", "bool": "bool", "boolean": "bool"}


class MigrationNotReady(DeterministicFailure):
    """The plan still has columns that are not accepted: the migration waits for a decision."""

    def __init__(self, run_id: str, columns: dict[str, str]) -> None:
        listed = ", ".join(f"{c} ({d})" for c, d in columns.items())
        super().__init__(f"run {run_id}: the mapping of {listed} is not accepted; answer the review "
                         f"(`mapwright review {run_id}`) before migrating", run_id=run_id, stage="MIGRATION",
                         columns=columns)


class TargetHasNoKey(DeterministicFailure):
    """The target declares no key, so chunking and merge have nothing stable to use."""

    def __init__(self, run_id: str, table: str) -> None:
        super().__init__(f"target table {table!r} declares no key; mark its natural key (key: true in the "
                         "schema file, or a primary key on the live table) so rows can be chunked and merged "
                         "exactly once", run_id=run_id, stage="MIGRATION", table=table)


def _pipeline(raw: dict[str, Any] | None) -> Pipeline | None:
    return None if raw is None else Pipeline.model_validate(raw)


def spec_from_plan(plan: MappingPlan, target: TargetCatalog, *, batch_size: int, validation_checks: list[str],
                   disposition: Disposition = Disposition.REPLACE, accepted_only: bool = True) -> MigrationSpec:
    """The migration spec of an accepted plan (raises MigrationNotReady / TargetHasNoKey).

    ``accepted_only=False`` (Analysis) also runs the pipelines of columns that are not accepted yet (held or
    to fix), so their problems are found before anyone accepts them.
    """
    open_cols = {c.target: str(c.decision) for c in plan.columns if c.decision != "accept"}
    if open_cols and accepted_only:
        raise MigrationNotReady(plan.run_id, open_cols)
    table = target.table
    by_name = {c.target: c for c in plan.columns}
    columns: list[TargetColumn] = []
    pipelines: list[ColumnPipeline] = []
    input_types: dict[str, str] = {}
    for col in table.columns:
        cons = col.constraints
        cp = by_name.get(col.name)
        pipe = _pipeline(cp.pipeline) if cp is not None else None
        columns.append(TargetColumn(
            name=col.name, type=TYPE_MAP.get(str(col.logical_type), "string"),  # type: ignore[arg-type]
            nullable=cons.nullable and not cons.key, key=cons.key or col.is_key, max_length=cons.max_length,
            allowed_values=cons.allowed_values, regex=cons.regex, sources=list(pipe.inputs) if pipe else []))
        if pipe is None:
            continue
        out = col.name if col.name in pipe.outputs else pipe.outputs[0]
        pipelines.append(ColumnPipeline(pipeline=pipe, outputs={out: col.name}))
        for name, kind in (pipe.input_types or {}).items():
            input_types.setdefault(name, kind)
    key = [c.name for c in columns if c.key] or list(table.primary_key)
    if not key:
        raise TargetHasNoKey(plan.run_id, table.name)
    fks = [ForeignKey(columns=fk.columns, ref_table=fk.ref_table, ref_columns=fk.ref_columns)
           for fk in table.foreign_keys]
    return MigrationSpec(run_id=plan.run_id, table=table.name, columns=columns, key=key, pipelines=pipelines,
                         input_types=input_types, disposition=disposition, batch_size=batch_size,
                         foreign_keys=fks, validation_checks=validation_checks)
