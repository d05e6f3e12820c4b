"""MariaDB: the compiled DSL's ``GROUP_CONCAT`` (list ops, ``regex_extract_all``, ``title_case``) cuts its result at
the session's ``group_concat_max_len`` (1 MiB by default) -- silently in a SELECT, as error 1260 in a strict write.
The target sets it on every session it opens (``MariaDbTarget.SESSION_SETTINGS``, a connect event), so an ELT
migration whose intermediate list is longer than the server's default runs exactly, as Polars does."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_elt import MariaDbEltTarget
from core.migration.elt import choose_strategy
from core.migration.models import ColumnPipeline, MigrationSpec, TargetColumn
from core.migration.run import migrate
from core.migration.sql_source import SqlSourceRef
from dsl.compile_polars import apply_pipeline
from dsl.models import Pipeline
from tests.migration.conftest import maria_url, new_run_id  # noqa: F401

pytestmark = pytest.mark.mariadb
#: two long items sorting first, then a short one: the sorted list is longer than MariaDB's default
#: group_concat_max_len (1 MiB), and a cut at 1 MiB loses the last item (few items: MariaDB's list ops cost about
#: items x text length)
LONG = 600_000


def _pipeline() -> Pipeline:
    """The list sorted (GROUP_CONCAT in MariaDB), then its last item: a short output of a long intermediate list."""
    return Pipeline.model_validate({
        "dsl_version": "1.6.0", "inputs": ["id", "tags"], "outputs": ["id", "last_tag"],
        "input_types": {"id": "string", "tags": "string"},
        "steps": [{"op": "type_cast", "input": "id", "output": "id", "to": "int"},
                  {"op": "list_sort", "input": "tags", "output": "sorted", "separator": ","},
                  {"op": "list_get", "input": "sorted", "output": "last_tag", "separator": ",", "index": -1}]})


def _source() -> pl.DataFrame:
    return pl.DataFrame([{"id": "0", "tags": ",".join(["zeta", "b" * LONG, "a" * LONG])},
                         {"id": "1", "tags": "b,a,c"}])


@pytest.fixture
def src_url(maria_url: str) -> Iterator[str]:  # noqa: F811
    """The source table inside the target's database, its list column a LONGTEXT of over 1 MiB a row."""
    eng = sa.create_engine(maria_url)
    t = sa.Table("src_tags", sa.MetaData(), sa.Column("id", sa.Text),
                 sa.Column("tags", sa.Text().with_variant(sa.dialects.mysql.LONGTEXT(), "mysql")))
    with eng.begin() as c:
        t.create(c)
        c.execute(t.insert(), _source().to_dicts())
        assert c.execute(sa.select(sa.func.max(sa.func.length(t.c.tags)))).scalar_one() > 1 << 20
    eng.dispose()
    yield maria_url


def test_an_elt_list_longer_than_the_servers_group_concat_default_is_exact(src_url: str) -> None:
    pipe = _pipeline()
    spec = MigrationSpec(run_id=new_run_id(), table="tagged", key=["id"], input_types=dict(pipe.input_types or {}),
                         pipelines=[ColumnPipeline(pipeline=pipe, outputs={o: o for o in pipe.outputs})],
                         batch_size=2, columns=[TargetColumn(name="id", type="int", key=True, nullable=False),
                                                TargetColumn(name="last_tag", type="string")])
    target = MariaDbEltTarget(src_url)
    try:
        strategy, reason, query = choose_strategy(spec, target, src_url, "src_tags")
        assert strategy == "ELT" and query is not None, reason
        eng = sa.create_engine(src_url)  # a session with the server's defaults cuts the list (warning 1260)
        try:
            with eng.connect() as c:
                assert int(c.execute(sa.text("SELECT @@SESSION.group_concat_max_len")).scalar_one()) == 1 << 20
                cut = {r["id"]: r["last_tag"] for r in c.execute(sa.text(query.sql("mysql"))).mappings()}
            assert cut[0] != "zeta" and cut[1] == "c", "the server default no longer cuts the list: retest"
        finally:
            eng.dispose()
        run = migrate(spec, None, target, secret=b"gc", sql_source=SqlSourceRef(url=src_url, table="src_tags"))
        assert run.promoted and run.strategy == "ELT" and run.rows_quarantined == 0
        want = apply_pipeline(_source(), pipe, dict(pipe.input_types or {})).collect().select("id", "last_tag")
        got = target.final_frame("tagged").select("id", "last_tag").sort("id")
        assert got.to_dicts() == want.sort("id").to_dicts() == [{"id": 0, "last_tag": "zeta"},
                                                                {"id": 1, "last_tag": "c"}]
    finally:
        target.dispose()
