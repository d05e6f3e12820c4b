"""Target intake: schema files, live tables, data files, and a typed error for each bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.errors import ErrorCode, MapwrightError
from core.ledger import Decision, Stage
from core.mapping.errors import EmptyTarget, MalformedTargetSchema, TargetUnreachable, UnknownTargetType
from core.mapping.intake import load_target
from core.mapping.stage import run_mapping

SCHEMA = """
table: people
description: target of a test
columns:
  - {name: id, type: int, key: true}
  - {name: email, type: varchar(60), domain: contact.email, unique: true}
  - {name: status, type: string, allowed_values: [active, closed], nullable: false}
  - {name: code, type: string, regex: "^[A-Z]{3}$", description: a code}
foreign_keys:
  - {columns: [id], ref_table: accounts, ref_columns: [account_id]}
rules:
  - {name: closed_has_email, columns: [status, email], expression: "status <> 'closed' OR email IS NOT NULL"}
examples:
  - {id: 1, email: ana.lopez@example.com, status: active, code: ABC}
"""


def test_schema_file_constraints_and_masked_examples(tmp_path: Path, masker) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "t.yaml"
    p.write_text(SCHEMA)
    it = load_target(str(p), open_source, with_rows=False, masker=masker)
    t = it.catalog.table
    cols = {c.name: c for c in t.columns}
    assert cols["id"].constraints.key and not cols["id"].constraints.nullable and t.primary_key == ["id"]
    assert cols["email"].constraints.max_length == 60 and cols["email"].constraints.unique
    assert cols["status"].constraints.allowed_values == ["active", "closed"] and not cols["status"].nullable
    assert cols["code"].constraints.regex == "^[A-Z]{3}$" and cols["code"].description == "a code"
    assert t.foreign_keys[0].ref_table == "accounts" and t.cross_field_rules[0].columns == ["status", "email"]
    assert it.raw_examples[0]["email"] == "ana.lopez@example.com"
    assert "ana.lopez" not in str(it.catalog.model_dump())  # stored examples are masked
    assert it.catalog.kind == "schema_file" and it.catalog.schema_hash


def test_live_sqlite_table_and_data_file(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE crm (id INTEGER PRIMARY KEY, full_name VARCHAR(80) NOT NULL, born DATE)")
    con.execute("INSERT INTO crm VALUES (1, 'Ana Lopez', '1990-01-02')")
    con.commit()
    con.close()
    it = load_target(f"sqlite:///{db}#crm", open_source, with_rows=True, masker=None)
    cols = {c.name: c for c in it.catalog.table.columns}
    assert it.catalog.kind == "sql_table" and it.catalog.dialect == "sqlite"
    assert cols["full_name"].constraints.max_length == 80 and not cols["full_name"].constraints.nullable
    assert cols["id"].constraints.key and cols["born"].logical_type == "date"
    assert it.raw_examples and it.catalog.table.example_rows == []  # no masker: nothing stored
    csv = tmp_path / "rows.csv"
    csv.write_text("code,amount\nAB,1.5\nCD,2\n")
    it2 = load_target(str(csv), open_source, with_rows=True, masker=None)
    assert it2.catalog.kind == "data_file" and [c.name for c in it2.catalog.table.columns] == ["code", "amount"]
    assert len(it2.raw_examples) == 2


@pytest.mark.parametrize("fragment", ["people", "main.people"])
def test_live_duckdb_table(tmp_path: Path, fragment: str) -> None:
    import duckdb

    db = tmp_path / "t.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE countries (code VARCHAR PRIMARY KEY)")
    con.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR NOT NULL, "
                "country VARCHAR REFERENCES countries(code), born DATE, amount DECIMAL(10, 2))")
    con.execute("INSERT INTO countries VALUES ('US')")
    con.execute("INSERT INTO people VALUES (1, 'x@example.com', 'US', '1990-01-02', 2.5)")
    con.close()
    it = load_target(f"duckdb:///{db}#{fragment}", open_source, with_rows=True, masker=None)
    cols = {c.name: c for c in it.catalog.table.columns}
    assert it.catalog.kind == "sql_table" and it.catalog.dialect == "duckdb"
    assert list(cols) == ["id", "email", "country", "born", "amount"]
    assert cols["id"].constraints.key and not cols["email"].constraints.nullable and cols["country"].nullable
    assert cols["born"].logical_type == "date" and cols["amount"].logical_type in ("decimal", "float")
    fks = it.catalog.table.model_dump()["foreign_keys"]
    assert fks and fks[0]["columns"] == ["country"] and fks[0]["ref_table"] == "countries"
    assert it.raw_examples[0]["email"] == "x@example.com" and it.catalog.table.example_rows == []


@pytest.mark.parametrize(("text", "error"), [
    ("table: x\ncolumns: [ {name: a, type: int", MalformedTargetSchema),
    ("table: x\ncolumns:\n  - {name: a, type: hyperlogblob}", UnknownTargetType),
    ("table: x\ncolumns: []", EmptyTarget),
    ("- just a list", MalformedTargetSchema),
])
def test_bad_schema_files(tmp_path: Path, text: str, error: type) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text(text)
    with pytest.raises(error) as info:
        load_target(str(p), open_source, with_rows=False, masker=None)
    assert info.value.code is ErrorCode.DETERMINISTIC_FAILURE and "MAPPING" == info.value.stage


def test_unreachable_targets(tmp_path: Path) -> None:
    with pytest.raises(TargetUnreachable):
        load_target(str(tmp_path / "missing.yaml"), open_source, with_rows=False, masker=None)
    with pytest.raises(TargetUnreachable):
        load_target("postgresql+psycopg://postgres@127.0.0.1:1/test#t", open_source, with_rows=False, masker=None)


@pytest.mark.parametrize("text", ["table: x\ncolumns: []", "table: x\ncolumns:\n  - {name: a, type: blob9}"])
def test_bad_target_in_a_run_is_recorded_and_nothing_persisted(tmp_path: Path, make_run, ports, text: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "bad.yaml"
    p.write_text(text)
    c = make_run(target=p, mode="metadata_only")
    with pytest.raises(MapwrightError):
        run_mapping(c, ports)
    ev = [e for e in ports.ledger.events(c.run_id, Stage.MAPPING)]
    assert ev[-1].decision is Decision.REJECT and ev[-1].error_code == "DETERMINISTIC_FAILURE"
    assert ports.artifacts.latest(c.run_id, ArtifactKind.TARGET_CATALOG) is None
    assert ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN) is None


@pytest.mark.postgres
def test_live_postgres_table(tmp_path: Path) -> None:
    import uuid

    import psycopg

    name = f"tgt_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as con:
        con.execute(f"CREATE TABLE {name} (id int PRIMARY KEY, email varchar(50) NOT NULL, amount numeric(10,2))")
        con.execute(f"INSERT INTO {name} VALUES (1, 'x@example.com', 2.5)")
    try:
        it = load_target(f"postgresql+psycopg://postgres@127.0.0.1:5432/test#public.{name}", open_source,
                         with_rows=True, masker=None)
        cols = {c.name: c for c in it.catalog.table.columns}
        assert cols["email"].constraints.max_length == 50 and cols["id"].constraints.key
        assert cols["amount"].logical_type in ("decimal", "float") and it.catalog.dialect == "postgres"
        assert len(it.raw_examples) == 1
    finally:
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as con:
            con.execute(f"DROP TABLE IF EXISTS {name}")


@pytest.mark.mariadb
def test_live_mariadb_table() -> None:
    import uuid

    import pymysql

    name = f"tgt_{uuid.uuid4().hex[:10]}"
    con = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", database="test", autocommit=True)
    try:
        with con.cursor() as cur:
            cur.execute(f"CREATE TABLE {name} (id INT PRIMARY KEY, code VARCHAR(3) NOT NULL, born DATE)")
            cur.execute(f"INSERT INTO {name} VALUES (1, 'ABC', '1990-01-02')")
        it = load_target(f"mysql+pymysql://root@127.0.0.1:3306/test#{name}", open_source, with_rows=True,
                         masker=None)
        cols = {c.name: c for c in it.catalog.table.columns}
        assert cols["code"].constraints.max_length == 3 and not cols["code"].nullable
        assert cols["id"].constraints.key and cols["born"].logical_type == "date"
        assert it.catalog.dialect == "mysql" and it.raw_examples[0]["code"] == "ABC"
    finally:
        with con.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {name}")
        con.close()


def test_match_names_the_side_that_is_unreachable(tmp_path: Path) -> None:
    from core.mapping.match import rank_columns

    target = Path(__file__).resolve().parents[2] / "examples/target/customers_target.yaml"
    with pytest.raises(TargetUnreachable) as info:
        rank_columns(str(tmp_path / "nope.csv"), str(target), opener=open_source)
    assert info.value.message.startswith(f"source {tmp_path / 'nope.csv'} is unreachable")
    assert info.value.details["side"] == "source"
    with pytest.raises(TargetUnreachable) as info:
        rank_columns(str(target), str(tmp_path / "nope.yaml"), opener=open_source)
    assert info.value.message.startswith(f"target {tmp_path / 'nope.yaml'} is unreachable")
