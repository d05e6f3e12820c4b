"""The privacy scan's reading of SQLite files (review round 3, :mod:`tests.e2e.stored_text`): a value planted in the
schema (a column's or an index's name, a view's literal), an overwritten value whose old frame is still in the WAL,
and an old page a persisted rollback journal keeps are all found. All values are made up here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.e2e.stored_text import stored_texts


def _found(texts: dict[str, str], value: str) -> list[str]:
    return [where for where, text in texts.items() if value in text.splitlines()]


def test_values_in_the_schema_are_scanned(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "a.db") as c:
        c.execute('CREATE TABLE t ("Radegunde Okonkwo" TEXT)')
        c.execute('CREATE INDEX "ngozi.okafor@example.org" ON t("Radegunde Okonkwo")')
        c.execute("CREATE VIEW v AS SELECT 'QQ123456C' AS x")
    c.close()
    text = stored_texts(tmp_path)["file a.db"]
    for value in ("Radegunde Okonkwo", "ngozi.okafor@example.org", "QQ123456C"):
        assert value in text


def test_old_frames_of_the_wal_and_old_pages_of_a_journal_are_scanned(tmp_path: Path) -> None:
    wal = sqlite3.connect(tmp_path / "b.db")
    wal.execute("PRAGMA journal_mode=WAL")
    wal.execute("CREATE TABLE t (v TEXT)")
    wal.execute("INSERT INTO t VALUES ('DE89370400440532013000')")
    wal.commit()
    wal.execute("UPDATE t SET v = 'xxxxxxxxxxxxxxxxxxxxxx'")
    wal.commit()
    journal = sqlite3.connect(tmp_path / "c.db")
    journal.execute("PRAGMA journal_mode=PERSIST")
    journal.execute("CREATE TABLE t (v TEXT)")
    journal.execute("INSERT INTO t VALUES ('4929 1234 5678 9012')")
    journal.commit()
    journal.execute("UPDATE t SET v = 'yyyyyyyyyyyyyyyyyyy'")
    journal.commit()
    journal.close()
    try:
        texts = stored_texts(tmp_path)
    finally:
        wal.close()
    assert _found(texts, "DE89370400440532013000") == ["raw b.db-wal"]
    assert _found(texts, "4929 1234 5678 9012") == ["raw c.db-journal"]
    assert "xxxxxxxxxxxxxxxxxxxxxx" in texts["file b.db"]  # the current value, read from the database
