"""A target that refuses writes, an unreachable target, a bad URL: typed errors, nothing partial."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.errors import ErrorCode
from core.migration.errors import TargetUnavailable, TargetWriteRefused
from core.migration.run import migrate
from tests.migration.conftest import POSTGRES, example_source, make_spec, new_run_id


@pytest.fixture
def readonly_pg() -> Iterator[tuple[str, str]]:
    """A schema owned by postgres and a login role that may use it but not create in it."""
    tag = uuid.uuid4().hex[:10]
    schema, role = f"mw_ro_{tag}", f"mw_reader_{tag}"
    eng = sa.create_engine(POSTGRES)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(schema))
        c.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')  # fixed test identifiers (hex), not user input
        c.exec_driver_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')
    yield f"postgresql+psycopg://{role}@127.0.0.1:5432/test?options=-csearch_path%3D{schema}", schema
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(schema, cascade=True))
        c.exec_driver_sql(f'DROP ROLE "{role}"')
    eng.dispose()


@pytest.mark.postgres
def test_a_target_that_refuses_writes_is_a_typed_error_and_leaves_nothing(readonly_pg: tuple[str, str]) -> None:
    url, schema = readonly_pg
    target = SqlTarget(url)
    spec = make_spec(new_run_id())
    with pytest.raises(TargetWriteRefused) as err:
        migrate(spec, example_source(), target, secret=b"k")
    target.dispose()
    assert err.value.code is ErrorCode.DETERMINISTIC_FAILURE
    assert "permission denied" in err.value.details["cause"]
    assert "grant" in err.value.message.lower()
    eng = sa.create_engine(POSTGRES)
    with eng.connect() as c:
        tables = c.execute(sa.text("SELECT count(*) FROM information_schema.tables WHERE table_schema = :s"),
                           {"s": schema}).scalar_one()
    eng.dispose()
    assert tables == 0, "nothing half-written"


def test_unreachable_target_is_transient_and_names_the_fix() -> None:
    target = SqlTarget("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(TargetUnavailable) as err:
        target.checkpoints("R")
    assert err.value.transient and "check the target URL" in err.value.message


def test_unsupported_backend_is_refused_up_front() -> None:
    with pytest.raises(TargetUnavailable, match="unsupported target backend"):
        SqlTarget("oracle://u@h/db")
