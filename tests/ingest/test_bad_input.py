"""Bad input: each case gives a clear taxonomy error, a reject ledger event, and stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.sources import SqlSource, open_source
from core.catalog import TableSchema
from core.contract import RunContract
from core.errors import DeterministicFailure, ErrorCode, MapwrightError
from core.ingest import build_catalog
from core.ingest.ports import SourcePort
from core.ledger import Decision, Stage
from core.policy import PolicyEngine

from .conftest import MemoryArtifacts, MemoryLedger

MakeContract = Callable[..., RunContract]


def _reject(contract: RunContract, source: SourcePort, policy: PolicyEngine, ledger: MemoryLedger,
            artifacts: MemoryArtifacts, code: ErrorCode, match: str) -> MapwrightError:
    with pytest.raises(MapwrightError, match=match) as info:
        build_catalog(contract, source, policy=policy, ledger=ledger, artifacts=artifacts)
    err = info.value
    assert err.code is code and err.run_id == contract.run_id and err.stage == "INGEST"
    (event,) = ledger.events(contract.run_id, Stage.INGEST)
    assert event.decision is Decision.REJECT and event.error_code == code.value
    assert event.action == "catalog.build" and event.outputs_hash is None
    assert event.contract_hash == contract.contract_hash() and event.detail["message"] == err.message
    assert artifacts.items == []
    return err


@pytest.fixture
def run_file(make_contract: MakeContract, policy: PolicyEngine, ledger: MemoryLedger,
             artifacts: MemoryArtifacts) -> Callable[[Path, str], MapwrightError]:
    def run(path: Path, match: str) -> MapwrightError:
        c = make_contract(path)
        return _reject(c, open_source(c.lhs), policy, ledger, artifacts, ErrorCode.DETERMINISTIC_FAILURE, match)
    return run


def test_empty_file(tmp_path: Path, run_file: Callable[[Path, str], MapwrightError]) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    assert run_file(tmp_path / "empty.csv", "empty.csv is empty").details["reason"] == "empty"


def test_header_only_file(tmp_path: Path, run_file: Callable[[Path, str], MapwrightError]) -> None:
    (tmp_path / "h.csv").write_text("id,name,email\n", encoding="utf-8")
    assert run_file(tmp_path / "h.csv", "header but no data rows").details["reason"] == "no_data_rows"


@pytest.mark.parametrize("body", ["1,2,3\n4,5\n6,7,8\n", "1,2,3\n4,5,6,7\n"])
def test_ragged_rows(tmp_path: Path, run_file: Callable[[Path, str], MapwrightError], body: str) -> None:
    (tmp_path / "r.csv").write_text("a,b,c\n" + body, encoding="utf-8")
    err = run_file(tmp_path / "r.csv", r"ragged rows: 1 line\(s\) do not have 3 fields \(first: line 3")
    assert err.details["first_bad_line"] == 3


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path, run_file: Callable[[Path, str], MapwrightError]) -> None:
    head = "name,city\nRenée,Zürich\n".encode()
    (tmp_path / "bad.csv").write_bytes(head + b"Jos\xe9,Paris\n")
    offset = len(head) + 3
    err = run_file(tmp_path / "bad.csv", f"not valid UTF-8: invalid byte at offset {offset}")
    assert err.details["byte_offset"] == offset


def test_zero_byte_parquet(tmp_path: Path, run_file: Callable[[Path, str], MapwrightError]) -> None:
    (tmp_path / "zero.parquet").write_bytes(b"")
    run_file(tmp_path / "zero.parquet", "empty \\(0-byte\\) Parquet")


def test_corrupt_parquet(tmp_path: Path, run_file: Callable[[Path, str], MapwrightError]) -> None:
    (tmp_path / "junk.parquet").write_bytes(b"PAR1 this is not parquet at all")
    run_file(tmp_path / "junk.parquet", "not a readable Parquet file")


def test_binary_file_named_csv(tmp_path: Path, run_file: Callable[[Path, str], MapwrightError]) -> None:
    (tmp_path / "image.csv").write_bytes(bytes(range(256)) * 64)
    assert run_file(tmp_path / "image.csv", "not a text file").details["reason"] == "binary"


def test_missing_source(tmp_path: Path, make_contract: MakeContract) -> None:
    c = make_contract(tmp_path / "nope.csv")
    with pytest.raises(MapwrightError, match="does not exist") as info:
        open_source(c.lhs)
    assert info.value.code is ErrorCode.DETERMINISTIC_FAILURE
    assert "contract's `lhs`" in info.value.message and "working directory" in info.value.message


def test_missing_relative_source_names_the_working_directory(make_contract: MakeContract) -> None:
    c = make_contract(Path("no_such_dir_x/nope.csv"))
    with pytest.raises(MapwrightError) as info:
        open_source(c.lhs)
    assert str(Path.cwd()) in info.value.message and "`lhs`" in info.value.message


@pytest.mark.postgres
def test_postgres_nonexistent_role(make_contract: MakeContract, policy: PolicyEngine, ledger: MemoryLedger,
                                   artifacts: MemoryArtifacts) -> None:
    c = make_contract("postgresql+psycopg://no_such_role_mw@127.0.0.1:5432/test", lhs_type="sql")
    err = _reject(c, open_source(c.lhs), policy, ledger, artifacts, ErrorCode.DETERMINISTIC_FAILURE,
                  "wrong credentials or database")
    assert "no_such_role_mw" in err.message and err.details["reason"] == "credentials"


@pytest.mark.mariadb
def test_mariadb_wrong_password(make_contract: MakeContract, policy: PolicyEngine, ledger: MemoryLedger,
                                artifacts: MemoryArtifacts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MW_TEST_DB_PASSWORD", "wrong-password")
    c = make_contract("mysql+pymysql://root:${MW_TEST_DB_PASSWORD}@127.0.0.1:3306/test", lhs_type="sql")
    assert "wrong-password" not in c.canonical()  # the secret is never in the contract
    source = open_source(c.lhs)
    assert "wrong-password" not in source.location
    err = _reject(c, source, policy, ledger, artifacts, ErrorCode.DETERMINISTIC_FAILURE, "Access denied")
    assert "wrong-password" not in err.message
    assert all("wrong-password" not in e.model_dump_json() for e in ledger.items)


def test_literal_password_in_contract_is_refused_and_missing_env_is_named(make_contract: MakeContract) -> None:
    with pytest.raises(DeterministicFailure, match="literal password"):
        make_contract("postgresql+psycopg://app:S3cretPw@127.0.0.1:5432/test", lhs_type="sql")
    c = make_contract("postgresql+psycopg://app:${MW_UNSET_PASSWORD_VAR}@127.0.0.1:5432/test", lhs_type="sql")
    with pytest.raises(DeterministicFailure, match="MW_UNSET_PASSWORD_VAR"):
        open_source(c.lhs)


class _WritingSource:
    """A source whose introspection tries to run a non-SELECT through the guarded query path."""

    def __init__(self, inner: SqlSource, statement: str) -> None:
        self.inner, self.statement = inner, statement
        self.source_type, self.location, self.dialect = inner.source_type, inner.location, inner.dialect

    def introspect(self, *, with_stats: bool) -> list[TableSchema]:
        self.inner.query(self.statement)
        return self.inner.introspect(with_stats=with_stats)

    def sample(self, table: str, plan: object) -> object:
        raise AssertionError("not reached")


@pytest.mark.parametrize("statement", [
    "DELETE FROM t", "UPDATE t SET a = 1", "SELECT * INTO t2 FROM t", "SELECT 1; DROP TABLE t",
    "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "SELECT * FROM t FOR UPDATE", "PRAGMA query_only=OFF",
])
def test_statement_that_is_not_a_select(tmp_path: Path, make_contract: MakeContract, policy: PolicyEngine,
                                        ledger: MemoryLedger, artifacts: MemoryArtifacts, statement: str) -> None:
    import sqlite3

    db = tmp_path / "s.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (a INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO t VALUES (1)")
    c = make_contract(f"sqlite:///{db}", lhs_type="sql")
    src = _WritingSource(SqlSource(c.lhs.location), statement)
    err = _reject(c, src, policy, ledger, artifacts, ErrorCode.POLICY_BLOCK, "read-only SQL guard refused")  # type: ignore[arg-type]
    assert err.details["rule"] == "sql.select_only"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM t").fetchone() == (1,)
