"""A merge promotion into a table whose own columns are named like the rollback delta's bookkeeping columns
(``_mw_op``, ``_mw_o<i>``): the bookkeeping columns take a suffix, the merge and its rollback work."""

from __future__ import annotations

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.promotion_sql import before_col, op_col
from adapters.targets.sql_target import SqlTarget
from core.migration.models import ColumnPipeline, Disposition, MigrationSpec, TargetColumn
from core.migration.run import migrate
from dsl.models import Pipeline
from tests.migration.conftest import new_run_id

NAMES = ["id", "_mw_op", "_mw_o1", "_MW_O2_1"]


def test_bookkeeping_names_never_equal_a_column() -> None:
    for cols in (NAMES, ["a", "b"], ["_mw_op", "_mw_op_1", "_mw_o0", "_mw_o0_1"]):
        used = [op_col(cols), *[before_col(i, cols) for i in range(len(cols))]]
        assert len({u.lower() for u in used} | {c.lower() for c in cols}) == len(used) + len(cols), (cols, used)
    assert op_col(["a"]) == "_mw_op" and before_col(0, ["a"]) == "_mw_o0", "unchanged names when nothing clashes"


def _spec(table: str, disposition: Disposition) -> MigrationSpec:
    pipe = Pipeline.model_validate({
        "dsl_version": "1.0.0", "inputs": NAMES, "outputs": NAMES, "input_types": dict.fromkeys(NAMES, "string"),
        "steps": [{"op": "type_cast", "input": "id", "output": "id", "to": "int"}]})
    return MigrationSpec(
        run_id=new_run_id(), table=table, key=["id"], input_types=dict(pipe.input_types or {}),
        pipelines=[ColumnPipeline(pipeline=pipe, outputs={n: n for n in NAMES})], disposition=disposition,
        columns=[TargetColumn(name="id", type="int", key=True, nullable=False, sources=["id"]),
                 *[TargetColumn(name=n, type="string", sources=[n]) for n in NAMES[1:]]])


@pytest.mark.postgres
def test_a_merge_into_columns_named_like_the_bookkeeping_and_its_rollback(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    table = f"mw_names_{new_run_id()[-8:].lower()}"
    try:
        first = pl.DataFrame({"id": ["1", "2"], "_mw_op": ["a", "b"], "_mw_o1": ["c", "d"], "_MW_O2_1": ["e", "f"]})
        assert migrate(_spec(table, Disposition.REPLACE), first, target, secret=b"k").promoted
        second = pl.DataFrame({"id": ["2", "3"], "_mw_op": ["B", "x"], "_mw_o1": ["D", "y"], "_MW_O2_1": ["F", "z"]})
        run = migrate(_spec(table, Disposition.MERGE), second, target, secret=b"k")
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        rows = {r[0]: r[1:] for r in target.final_frame(table).select(NAMES).iter_rows()}
        assert rows == {1: ("a", "c", "e"), 2: ("B", "D", "F"), 3: ("x", "y", "z")}
        target.rollback(run.run_id, table)
        rows = {r[0]: r[1:] for r in target.final_frame(table).select(NAMES).iter_rows()}
        assert rows == {1: ("a", "c", "e"), 2: ("b", "d", "f")}, "the rollback restored the before-images"
    finally:
        with target._engine.begin() as conn:
            for t in sa.inspect(conn).get_table_names():
                if t.startswith(table):
                    conn.execute(sa.schema.DropTable(sa.Table(t, sa.MetaData())))
        target.dispose()
