"""The SQL a person reads in the UI: laid out, control characters as escapes, and the same query."""

from __future__ import annotations

import re

import duckdb
import pytest

from core.mapping.assemble import readable_sql

SQL = ("SELECT TRIM(x, ' \t\n\r') AS trimmed, REGEXP_REPLACE(x, '[\t-\r ]+', ' ', 'g') AS spaced, "
       "x = 'a\tb' AS tabbed, 'it''s\\\x0b' AS quoted FROM source")
VALUES = [" \tleft\n", "a\tb", "one \t\n two", "\r\nplain"]


@pytest.mark.postgres
def test_postgresql_reads_the_listing_as_the_same_query(postgres_url: str) -> None:
    import sqlalchemy as sa

    rows = ", ".join("(" + " || ".join(f"CHR({ord(c)})" for c in v) + ")" for v in VALUES)
    sql = SQL.replace(" FROM source", f" FROM (VALUES {rows}) AS source(x)")
    shown = readable_sql(sql, "postgres")
    assert "E' \\t\\n\\r'" in shown
    with sa.create_engine(postgres_url).connect() as conn:
        assert conn.execute(sa.text(shown)).fetchall() == conn.execute(sa.text(sql)).fetchall()


def _run(sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect()
    try:
        con.execute("CREATE TABLE source (x VARCHAR)")
        con.executemany("INSERT INTO source VALUES (?)", [[v] for v in VALUES])
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_listing_spells_out_control_characters_and_computes_the_same() -> None:
    shown = readable_sql(SQL, "duckdb")
    assert "E' \\t\\n\\r'" in shown and "E'[\\t-\\r ]+'" in shown and "E'it''s\\\\\\x0b'" in shown
    literals = re.findall(r"'[^']*'", shown)
    assert literals and not any(re.search(r"[\x00-\x1f]", lit) for lit in literals), literals
    assert len(shown.splitlines()) > 3  # laid out, one clause a line
    assert _run(shown) == _run(SQL)


def test_mysql_writes_its_own_escapes_and_unparsable_text_is_shown_as_is() -> None:
    assert "' \\t'" in readable_sql("SELECT TRIM(x, ' \t') FROM source", "mysql")  # backslash escapes, no CHR
    assert readable_sql("SELECT (", "duckdb") == "SELECT ("
