"""A PostgreSQL merge promotion ANALYZEs staging on its key columns only (the row count the join plan needs): a
composite key whose names need quoting (a space, capitals) merges, and the changed and new rows land."""

from __future__ import annotations

import polars as pl
import pytest

from adapters.targets.sql_target import SqlTarget
from core.migration.models import ColumnPipeline, Disposition, MigrationSpec, TargetColumn
from core.migration.run import migrate
from dsl.models import Pipeline
from tests.migration.conftest import new_run_id

NAMES = ["Order Id", "Line", "note"]
pytestmark = pytest.mark.postgres


def _spec(table: str, disposition: Disposition) -> MigrationSpec:
    pipe = Pipeline.model_validate({
        "dsl_version": "1.0.0", "inputs": NAMES, "outputs": NAMES, "input_types": dict.fromkeys(NAMES, "string"),
        "steps": [{"op": "type_cast", "input": "Order Id", "output": "Order Id", "to": "int"},
                  {"op": "type_cast", "input": "Line", "output": "Line", "to": "int"}]})
    return MigrationSpec(
        run_id=new_run_id(), table=table, key=["Order Id", "Line"], input_types=dict(pipe.input_types or {}),
        pipelines=[ColumnPipeline(pipeline=pipe, outputs={n: n for n in NAMES})], disposition=disposition,
        columns=[TargetColumn(name="Order Id", type="int", key=True, nullable=False, sources=["Order Id"]),
                 TargetColumn(name="Line", type="int", key=True, nullable=False, sources=["Line"]),
                 TargetColumn(name="note", type="string", sources=["note"])])


def test_a_merge_on_a_quoted_composite_key_updates_and_inserts(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    table = f"mw_ak_{new_run_id()[-8:].lower()}"
    try:
        first = pl.DataFrame({"Order Id": ["1", "1", "2"], "Line": ["1", "2", "1"], "note": ["a", "b", "c"]})
        assert migrate(_spec(table, Disposition.REPLACE), first, target, secret=b"k").promoted
        second = pl.DataFrame({"Order Id": ["1", "1", "2", "3"], "Line": ["1", "2", "1", "1"],
                               "note": ["a", "B", "c", "d"]})
        run = migrate(_spec(table, Disposition.MERGE), second, target, secret=b"k")
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        rows = {(r[0], r[1]): r[2] for r in target.final_frame(table).select(NAMES).iter_rows()}
        assert rows == {(1, 1): "a", (1, 2): "B", (2, 1): "c", (3, 1): "d"}
    finally:
        target.dispose()
