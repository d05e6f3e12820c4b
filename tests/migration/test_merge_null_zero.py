"""A PostgreSQL merge sees a float changed between NULL and 0.0 (core.migration.pg_hash's null masks): before,
the server hashed the final row's NULL like the source's 0.0, so the row was counted unchanged and the update lost."""

from __future__ import annotations

import polars as pl
import pytest

from adapters.targets.sql_target import SqlTarget
from core.migration.models import ColumnPipeline, Disposition, MigrationSpec, TargetColumn
from core.migration.run import migrate
from dsl.models import Pipeline
from tests.migration.conftest import new_run_id

pytestmark = pytest.mark.postgres


def _spec(disposition: Disposition) -> MigrationSpec:
    pipe = Pipeline.model_validate({
        "dsl_version": "1.0.0", "inputs": ["id", "x"], "outputs": ["id", "x"],
        "input_types": {"id": "string", "x": "string"},
        "steps": [{"op": "type_cast", "input": "id", "output": "id", "to": "int"},
                  {"op": "type_cast", "input": "x", "output": "x", "to": "float"}]})
    return MigrationSpec(
        run_id=new_run_id(), table="mw_null_zero", key=["id"], input_types=dict(pipe.input_types or {}),
        pipelines=[ColumnPipeline(pipeline=pipe, outputs={"id": "id", "x": "x"})], disposition=disposition,
        columns=[TargetColumn(name="id", type="int", key=True, nullable=False, sources=["id"]),
                 TargetColumn(name="x", type="float", sources=["x"])])


def test_a_merge_writes_a_float_changed_from_zero_to_null_and_back(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    try:
        first = pl.DataFrame({"id": ["1", "2", "3"], "x": ["0.0", None, "-0.0"]})
        assert migrate(_spec(Disposition.REPLACE), first, target, secret=b"k").promoted
        second = pl.DataFrame({"id": ["1", "2", "3"], "x": [None, "0.0", "0.0"]})
        run = migrate(_spec(Disposition.MERGE), second, target, secret=b"k")
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        rows = dict(target.final_frame("mw_null_zero").select("id", "x").iter_rows())
        assert rows == {1: None, 2: 0.0, 3: 0.0}, "both changed rows merged"
        assert (run.rows_loaded, run.rows_unchanged) == (2, 1), "-0.0 -> 0.0 is no change (as the checksum says)"
    finally:
        target.dispose()
