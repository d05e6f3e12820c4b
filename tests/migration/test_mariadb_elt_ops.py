"""MariaDB ELT with the ops it gained (dates, floats from text, padding, coalesce, guarded arithmetic).

The plan runs inside MariaDB (ELT) and, for comparison, through Polars (ETL) into the same server:
both must load the same rows. The example's signup dates come in two formats and its amounts as
``$1,952.43`` (not a float, so NULL both ways), which exercises the NULL paths as well.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.targets.mariadb_elt import MariaDbEltTarget
from core.migration.elt import choose_strategy, migrate_elt
from core.migration.models import ColumnPipeline, MigrationSpec, TargetColumn
from core.migration.run import migrate
from core.migration.sql_source import SqlSourceRef
from dsl.models import Pipeline
from tests.migration.conftest import example_source, new_run_id
from tests.migration.test_elt import load_source

pytestmark = pytest.mark.mariadb
SECRET = b"maria-elt-ops"
INPUTS = ["customer_id", "first_name", "signup_date", "amount"]
OUTPUTS = ["customer_id", "signup", "name_pad", "amount", "amount_x", "id_half"]


@pytest.fixture
def src_url(maria_url: str) -> Iterator[str]:  # noqa: F811
    """A fresh MariaDB database holding the example as the text table ``src_customers``."""
    load_source(maria_url, example_source())
    yield maria_url


def _parse_steps(signup: str) -> list[dict[str, str | list[str]]]:
    """``d1``/``d2``: the signup date in either format, as a date or (at 10:00) as a datetime."""
    if signup == "date":
        return [{"op": "date_parse", "input": "signup_date", "output": "d1", "format": "%Y-%m-%d"},
                {"op": "date_parse", "input": "signup_date", "output": "d2", "format": "%m/%d/%Y"}]
    return [{"op": "template", "inputs": ["signup_date"], "output": "at", "template": "{0} 10:00:00"},
            {"op": "date_parse", "input": "at", "output": "d1", "format": "%Y-%m-%d %H:%M:%S"},
            {"op": "date_parse", "input": "at", "output": "d2", "format": "%m/%d/%Y %H:%M:%S"}]


def _spec(table: str, signup: str = "date") -> MigrationSpec:
    pipe = Pipeline.model_validate({
        "dsl_version": "1.3.0", "inputs": INPUTS, "outputs": OUTPUTS, "input_types": dict.fromkeys(INPUTS, "string"),
        "steps": [{"op": "type_cast", "input": "customer_id", "output": "customer_id", "to": "int"},
                  *_parse_steps(signup),
                  {"op": "coalesce", "inputs": ["d1", "d2"], "output": "signup"},
                  {"op": "pad", "input": "first_name", "output": "name_pad", "width": 8, "fill": "*",
                   "side": "right"},
                  {"op": "type_cast", "input": "amount", "output": "amount", "to": "float"},
                  {"op": "type_cast", "input": "customer_id", "output": "idf", "to": "float"},
                  {"op": "unit_convert", "input": "idf", "output": "amount_x", "from_unit": "in", "to_unit": "cm"},
                  {"op": "safe_math", "fn": "div", "args": ["idf", 7.0], "output": "q"},
                  {"op": "floor", "input": "q", "output": "id_half"}]})
    types = {"customer_id": "int", "signup": signup, "amount": "float", "amount_x": "float", "id_half": "float"}
    return MigrationSpec(
        run_id=new_run_id(), table=table, key=["customer_id"], input_types=dict(pipe.input_types or {}),
        pipelines=[ColumnPipeline(pipeline=pipe, outputs={o: o for o in OUTPUTS})], batch_size=300,
        columns=[TargetColumn(name=o, type=types.get(o, "string"), key=o == "customer_id",  # type: ignore[arg-type]
                              nullable=o != "customer_id") for o in OUTPUTS])


def test_mariadb_elt_with_dates_floats_padding_equals_etl(src_url: str) -> None:
    target = MariaDbEltTarget(src_url)
    try:
        spec = _spec("crm_ops_elt")
        strategy, reason, query = choose_strategy(spec, target, src_url, "src_customers")
        assert strategy == "ELT" and query is not None, reason
        elt = migrate(spec, None, target, secret=SECRET, sql_source=SqlSourceRef(url=src_url, table="src_customers"))
        assert elt.strategy == "ELT" and elt.promoted and all(v.passed for v in elt.validations), elt
        etl_spec = _spec("crm_ops_etl")
        etl = migrate(etl_spec, example_source(), target, secret=SECRET)
        assert etl.strategy == "ETL" and etl.promoted
        got = sorted(target.final_frame("crm_ops_elt").select(OUTPUTS).iter_rows(), key=str)
        want = sorted(target.final_frame("crm_ops_etl").select(OUTPUTS).iter_rows(), key=str)
        assert got == want
        dated = [r for r in got if r[1] is not None]
        # the data exercises both formats, NULLs, padding and parsed amounts
        assert len(dated) > 300 and len(dated) < len(got) and any(r[2].endswith("*") for r in got)
        assert 0 < sum(r[3] is not None for r in got) < len(got)
        assert elt.rows_loaded + elt.rows_quarantined == etl.rows_loaded + etl.rows_quarantined
    finally:
        target.dispose()


def test_a_datetime_target_column_validates_and_resumes_on_mariadb(src_url: str) -> None:
    """The final table keeps microseconds (DATETIME(6)); the work table's datetime must hash the same way, or the
    checksum fails and a resume takes every chunk for stale (review of session 9, finding 2)."""
    target = MariaDbEltTarget(src_url)
    try:
        spec = _spec("crm_ops_dt", signup="datetime")
        strategy, reason, query = choose_strategy(spec, target, src_url, "src_customers")
        assert strategy == "ELT" and query is not None, reason
        staged = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason, promote=False)
        before = [c.content_hash for c in target.checkpoints(spec.run_id)]
        assert staged.chunks == len(before) > 1
        done = migrate_elt(spec, "src_customers", query, target, secret=SECRET, reason=reason)
        assert done.promoted and all(v.passed for v in done.validations), done.validations
        assert [c.content_hash for c in target.checkpoints(spec.run_id)] == before, "no chunk taken for stale"
        dated = [r for r in target.final_frame("crm_ops_dt")["signup"] if r is not None]
        assert len(dated) > 300
    finally:
        target.dispose()
