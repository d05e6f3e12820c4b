"""Catalog min/max of a date of care in a table of health data (issue 11, :mod:`core.pii.catalog_guard`): a typed SQL
source hands its dates over with their min and max; in a health table they are the patients' own dates (HIPAA) and
are not stored, while the record's creation stamp keeps them. All values are made up here."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from adapters.sources import SqlSource
from core.catalog import ColumnStats, TableSchema
from core.contract import contract_template
from core.ingest.stage import build_catalog
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.policy import load_policy_engine

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
RNG = random.Random(2026_12_07)


@pytest.fixture
def health_schema() -> Iterator[str]:
    schema = f"mw_care_{uuid.uuid4().hex[:10]}"
    md = sa.MetaData(schema=schema)
    for name in ("anc_enrollments", "course_signups"):
        sa.Table(name, md, sa.Column("trackedEntityInstance" if name.startswith("anc") else "signup_ref", sa.Text),
                 sa.Column("orgUnitName", sa.Text), sa.Column("enrollmentDate", sa.Date),
                 sa.Column("created", sa.DateTime))
    eng = sa.create_engine(PG)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(schema))
        md.create_all(c)
        for t in md.sorted_tables:
            first = t.columns.keys()[0]
            c.execute(t.insert(), [{first: f"Tei{i:08d}x", "orgUnitName": RNG.choice(["North", "South"]),
                                    "enrollmentDate": date(RNG.randint(2022, 2024), RNG.randint(1, 12),
                                                           RNG.randint(1, 28)),
                                    "created": datetime(2024, 1, RNG.randint(1, 9), 10)} for i in range(200)])
    yield schema
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(schema, cascade=True))
    eng.dispose()


@pytest.mark.postgres
def test_min_max_of_a_date_of_care_are_not_stored_from_a_typed_sql_source(health_schema: str, tmp_path: Path) -> None:
    c = contract_template(lhs_location=PG, rhs_location=str(tmp_path / "t.db"), mode="data_mode",
                          request_key=f"care|{health_schema}", sample_caps={"rows_max": 100, "bytes_max": 1_000_000})
    catalog, _ = build_catalog(c, SqlSource(PG, allowed_schemas=[health_schema]), policy=load_policy_engine(),
                               ledger=MemoryLedger(), artifacts=MemoryArtifacts())
    tables = {t.name.split(".")[-1]: t for t in catalog.tables}
    anc, course = tables["anc_enrollments"], tables["course_signups"]
    def stats(t: TableSchema, original: str) -> ColumnStats:
        return next(col.stats for col in t.columns if col.original_name == original)

    care = stats(anc, "enrollmentDate")
    assert care.min is None and care.max is None  # a tracker's tracked entities: the patients' own dates
    assert stats(anc, "created").min is not None  # the record's own stamp stays business data
    assert stats(course, "enrollmentDate").min is not None  # no health context: a record event
