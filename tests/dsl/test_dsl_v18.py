"""DSL 1.8 ``title_case``: the version rule, validation, the letter table (pinned), the reference semantics
(:func:`dsl.unicase.title_case`) and the differential cross-check (Polars execution and preview paths, DuckDB,
PostgreSQL, MariaDB; SQLite refuses) on random texts drawn from every word character, separators, marks and
characters outside the table."""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from typing import Any

import pytest

from core.errors import DSLReject
from dsl import unicase
from dsl.compile_sql import to_sql
from dsl.models import DSL_LATEST, Pipeline
from dsl.sql_ops import DialectUnsupported
from dsl.v18_models import V1_8_OPS
from dsl.validate import validate_pipeline
from tests.dsl.dsl_harness import assert_local_backends_agree, run_polars, run_postgres
from tests.dsl.mysql_harness import connect, run_mysql

TYPES = {"a": "string"}
PIPE = Pipeline.from_json({"dsl_version": "1.8.0", "inputs": ["a"], "outputs": ["o"], "input_types": TYPES,
                           "steps": [{"op": "title_case", "input": "a", "output": "o"}]})
FIXED = ["HANS-JOACHIM SCHRÖDER", "SAOIRSE O'SULLIVAN", "anna weber", "yusuf yılmaz", "BOŻENA WOŹNIAK",
         "ÅSA LINDSTRÖM", "k1NG's", "ΟΔΟΣ ΑΘΗΝΑΣ", "МОСКВА-СИТИ", "straße", "İSTANBUL", "GARCI\u0301A", "ǆUNGLA",
         "", " ", "  lead  trail  ", "a\nb\tc", "1st 2ND", "東京 TOKYO", "x—y·z", "ÿ", "ſ", "ς", None]


def _rows(n: int, seed: int) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    # three pools drawn evenly, so separators (every ASCII punctuation mark, ``|`` included) are not drowned out
    pools = [list(unicase.WORD_CHARS), list(string.punctuation + " \t\n·—"),
             ["東", "µ", "ß", "\u2019", "Ω", "ﬁ", "😀", "ǅ"]]
    texts = ["".join(rnd.choice(rnd.choice(pools)) for _ in range(rnd.randint(0, 12))) for _ in range(n)]
    return [{"a": t} for t in FIXED + texts]


def test_v18_is_the_latest_and_needs_its_version() -> None:
    assert V1_8_OPS == ("title_case",) and DSL_LATEST == "1.8.0"
    old = {"dsl_version": "1.7.0", "inputs": ["a"], "outputs": ["o"],
           "steps": [{"op": "title_case", "input": "a", "output": "o"}]}
    with pytest.raises(DSLReject, match="1.8") as info:
        validate_pipeline(Pipeline.from_json(old), TYPES)
    assert info.value.details["argument"] == "dsl_version"
    assert validate_pipeline(PIPE, TYPES) == {"o": "string"}
    with pytest.raises(DSLReject):
        validate_pipeline(PIPE, {"a": "int"})


def test_the_letter_table_is_pinned() -> None:
    assert (len(unicase.WORD_CHARS), len(unicase.UPPERS), unicase.TABLE_HASH) == (997, 402, "cdfb3b52155676fa")
    assert all(unicase.TO_UPPER[lo] == up and unicase.TO_LOWER[up] == lo
               for up, lo in zip(unicase.UPPERS, unicase.LOWERS, strict=True))
    assert not {"ß", "ı", "İ", "ς", "ſ", "µ"} & (set(unicase.TO_UPPER) | set(unicase.TO_LOWER))


@pytest.mark.parametrize(("text", "want"), [
    ("HANS-JOACHIM SCHRÖDER", "Hans-Joachim Schröder"), ("SAOIRSE O'SULLIVAN", "Saoirse O'Sullivan"),
    ("yusuf yılmaz", "Yusuf Yılmaz"), ("k1NG's", "K1ng'S"), ("ΟΔΟΣ", "Οδοσ"), ("GARCI\u0301A", "Garci\u0301a"),
    ("1st 2ND", "1st 2nd"), ("straße", "Straße"), ("İSTANBUL", "İstanbul"), ("", ""),
])
def test_reference_semantics(text: str, want: str) -> None:
    assert unicase.title_case(text) == want


def test_polars_and_duckdb_are_the_reference_and_sqlite_refuses() -> None:
    rows = _rows(400, 11)
    assert run_polars(PIPE, rows, TYPES) == [(None if r["a"] is None else unicase.title_case(r["a"]),) for r in rows]
    assert_local_backends_agree("title_case", PIPE, rows, TYPES, {"sqlite": {"title_case"}})


@pytest.mark.postgres
def test_postgres_agrees(pg: Any) -> None:
    rows = _rows(300, 5)
    assert run_postgres(pg, PIPE, rows, TYPES) == run_polars(PIPE, rows, TYPES)


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    yield from connect()


@pytest.mark.mariadb
def test_mariadb_agrees(maria: Any) -> None:
    rows = _rows(300, 7)
    assert run_mysql(maria, PIPE, rows, TYPES) == run_polars(PIPE, rows, TYPES)


def test_sqlite_refuses_with_a_typed_error() -> None:
    with pytest.raises(DialectUnsupported) as info:
        to_sql(PIPE, "sqlite", "t")
    assert info.value.details["op"] == "title_case"


@pytest.mark.mariadb
def test_mariadb_reads_a_latin1_column(maria: Any) -> None:
    """A ``latin1`` column is read as ``utf8mb4`` text (else error 1267, illegal mix of collations)."""
    table = "dsl_v18_latin1"
    sql = to_sql(PIPE, "mysql", table, TYPES)
    with maria.cursor() as cur:
        cur.execute(f"CREATE TEMPORARY TABLE {table} (a VARCHAR(100) CHARACTER SET latin1)")
        try:
            cur.executemany(f"INSERT INTO {table} VALUES (%s)", [("GARCÍA LÓPEZ",), ("école|ÑANDÚ",), (None,)])
            cur.execute(sql)
            got = [r[0] for r in cur.fetchall()]
        finally:
            cur.execute(f"DROP TEMPORARY TABLE {table}")
    assert got == ["García López", "École|Ñandú", None]
