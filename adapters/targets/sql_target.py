"""Writable SQL targets for the Migration stage: DuckDB (embedded default), PostgreSQL, SQLite.

Every statement is a SQLAlchemy Core or sqlglot expression with the dialect's quoting; rows go
in through the driver's bulk path (DuckDB: INSERT ... SELECT from a registered Arrow table;
PostgreSQL: Arrow through ADBC's binary COPY, see :mod:`adapters.targets.adbc_pg`; SQLite:
executemany). Each chunk is one transaction holding its staged rows, quarantine records and
checkpoint, serialized per chunk by an advisory transaction lock on PostgreSQL (DuckDB and
SQLite serialize writers themselves). Staged rows exist for a chunk exactly when its checkpoint
does (same transaction), so a first write deletes nothing; staging has no index but, on PostgreSQL,
a BRIN index on the chunk column (a chunk's rows are contiguous) for reading one chunk back, which a
stream drops at its first write (its chunks' rows are interleaved: the index would narrow nothing and slow the COPY).
PostgreSQL also streams rows into staging during the pass (:mod:`core.migration.stream`,
:mod:`adapters.targets.pg_stream`): there, rows of a chunk without a checkpoint may exist while a
stream of the run is in flight (its marker in ``_mw_streams``) and are removed before anyone trusts them.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import polars as pl
import sqlalchemy as sa
import sqlglot
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlglot import ErrorLevel, exp

from adapters.targets import pg_checksum, pg_snapshot, pg_zone
from adapters.targets import promotion_sql as psql
from adapters.targets.adbc_pg import AdbcSession, adbc_uri
from adapters.targets.driver_errors import first_line, read_error, transient
from adapters.targets.existing_columns import folds_column_names, required_unwritten, unwritten
from adapters.targets.final_lock import upsert_version, version_table
from adapters.targets.pg_stream import (
    PgStagingStream,
    adbc_error,
    chunk_index_name,
    run_lock_exclusive_xact,
    run_lock_shared,
    stale_rows,
)
from adapters.targets.promotion_order import SEQ_KEY, current_version, require_latest
from adapters.targets.promotion_sql import ident as _ident
from adapters.targets.promotion_sql import table as _tbl
from core.analysis.reference import ReferenceSample, count_query, reference_query
from core.errors import MapwrightError
from core.migration import faults
from core.migration.chunks import CHUNK_COL
from core.migration.constraints import cast_expr
from core.migration.errors import (
    FinalTableChanged,
    IncompatibleTarget,
    StreamedRowsMismatch,
    TargetBusy,
    TargetNameClash,
    TargetUnavailable,
    write_refused,
)
from core.migration.existing_table import SCD2_COLUMNS
from core.migration.models import (
    Checkpoint,
    Disposition,
    MigrationSpec,
    QuarantineRecord,
    TargetColumn,
    TargetNotice,
)

SA_TYPES: dict[str, Any] = {
    "string": sa.Text, "int": sa.BigInteger, "float": sa.Double, "decimal": lambda: sa.Numeric(38, 6),
    "date": sa.Date, "datetime": sa.DateTime, "bool": sa.Boolean,
}
DIALECTS = {"duckdb": "duckdb", "postgresql": "postgres", "sqlite": "sqlite"}


def stage_name(spec: MigrationSpec) -> str:
    """Staging table of the run: ``<table>__mw_stg_<run tag>``."""
    return f"{spec.table}__mw_stg_{spec.run_id[-10:].lower()}"


def prev_name(table: str, run_id: str) -> str:
    """Where a promotion keeps the previous version of ``table``."""
    return f"{table}__mw_prev_{run_id[-10:].lower()}"


def _transactional_ddl(engine: Engine) -> None:
    """SQLite: let SQLAlchemy emit BEGIN itself (SQLAlchemy's pysqlite recipe).

    The sqlite3 driver only opens a transaction before DML, so CREATE/ALTER/DROP in a promotion
    would commit on their own and a kill mid-promotion would leave half of it; with the driver's
    own transaction handling off and an explicit BEGIN, the whole promotion is one transaction.
    """

    @sa.event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")


class SqlTarget:
    """A target database reached through one SQLAlchemy URL."""

    #: backend name -> sqlglot dialect this class handles (subclasses add theirs)
    BACKENDS: dict[str, str] = DIALECTS

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise TargetUnavailable(url, f"not a SQLAlchemy URL ({exc})") from None
        backend = parsed.get_backend_name()
        if backend not in self.BACKENDS:
            raise TargetUnavailable(parsed.render_as_string(hide_password=True),
                                    f"unsupported target backend {backend!r} (duckdb, postgresql, sqlite)")
        self._url = parsed
        self._dialect = self.BACKENDS[backend]
        self._engine: Engine = sa.create_engine(parsed, pool_pre_ping=True)
        if backend == "sqlite":  # SQLite has no MD5 (the drift reference sample ranks rows by it)
            event.listen(self._engine, "connect", _sqlite_md5)
            _transactional_ddl(self._engine)
        if backend == "duckdb":  # staged datetimes are naive UTC instants: a timestamptz is written and read as UTC
            event.listen(self._engine, "connect", _duckdb_utc)
        self._configure_engine(self._engine)
        self._adbc: AdbcSession | None = None
        self._md = sa.MetaData()
        self._ckpt = sa.Table("_mw_checkpoints", self._md, sa.Column("run_id", sa.String(64), primary_key=True),
                              sa.Column("chunk_id", sa.Integer, primary_key=True),
                              sa.Column("content_hash", sa.String(64), nullable=False),
                              sa.Column("payload", sa.Text, nullable=False))
        self._quar = sa.Table("_mw_quarantine", self._md, sa.Column("run_id", sa.String(64), nullable=False),
                              sa.Column("chunk_id", sa.Integer, nullable=False),
                              sa.Column("key_token", sa.String(64), nullable=False),
                              sa.Column("reason_codes", sa.Text, nullable=False),
                              sa.Column("payload", sa.Text, nullable=False))
        #: runs with a stream in flight (core.migration.stream): their unfinished chunks' rows are not trusted
        self._streams = sa.Table("_mw_streams", self._md, sa.Column("run_id", sa.String(64), primary_key=True))
        self._stream_lease: PgStagingStream | None = None
        self._prom = sa.Table("_mw_promotions", self._md, sa.Column("run_id", sa.String(64), primary_key=True),
                              sa.Column("table_name", sa.Text, nullable=False),
                              sa.Column("previous_table", sa.Text),
                              sa.Column("payload", sa.Text, nullable=False))
        #: one row per final table, bumped first by every promotion and rollback of it (see :meth:`_lock_final`)
        self._versions = version_table(self._md)

    @property
    def dialect(self) -> str:
        """sqlglot dialect name."""
        return self._dialect

    @property
    def location(self) -> str:
        """The URL without its password."""
        return self._url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Close pooled connections (DuckDB releases its file lock)."""
        self._engine.dispose()
        if self._adbc is not None:
            self._adbc.close()
            self._adbc = None

    # -- helpers ------------------------------------------------------------------------------
    @contextmanager
    def _begin(self, reading: str | None = None) -> Iterator[Connection]:
        """A connection in a transaction (commit on success). A target that cannot be opened or reached, or a
        conflict with a concurrent transaction, is transient (:mod:`adapters.targets.driver_errors`); with
        ``reading`` (what is read) any other driver error is :class:`TargetReadFailed`, else the caller's."""
        try:
            conn = self._engine.connect()
        except DBAPIError as exc:
            raise transient(self.location, exc) or TargetUnavailable(self.location, first_line(exc)) from None
        try:
            with conn, conn.begin():
                yield conn
        except DBAPIError as exc:
            typed = read_error(self.location, reading, exc) if reading else transient(self.location, exc)
            if typed is None:
                raise
            raise typed from None

    def _file_missing(self) -> bool:
        """DuckDB/SQLite: the target file does not exist (a read must not create it empty)."""
        path = self._url.database
        return self._dialect in ("duckdb", "sqlite") and bool(path) and path != ":memory:" \
            and not os.path.exists(str(path))

    def _require_file(self, what: str) -> None:
        """A read of ``what`` from an embedded target whose file is missing: :class:`TargetUnavailable`."""
        if self._file_missing():
            raise TargetUnavailable(self.location, f"the target file {self._url.database} does not exist, so "
                                                   f"{what} cannot be read")

    def _run(self, conn: Connection, node: exp.Expression) -> Any:
        return conn.exec_driver_sql(node.sql(self._dialect))

    #: extra ``sa.Table`` keyword arguments of every table this target creates (subclasses: storage engine)
    TABLE_KW: dict[str, Any] = {}
    #: index the staging table's chunk column (targets whose chunk delete would otherwise scan it)
    INDEX_CHUNK = False

    def _configure_engine(self, engine: Engine) -> None:
        """Per-dialect session settings of every connection (subclasses; none here)."""

    def _column_type(self, column: TargetColumn, *, key: bool) -> Any:
        """SQLAlchemy type of ``column`` (``key``: it is in the final table's primary key)."""
        return SA_TYPES[column.type]()

    def _table(self, name: str, columns: list[TargetColumn], key: list[str] | None, *, chunk: bool) -> sa.Table:
        """A final table (``chunk`` False: the spec's nullability and primary key) or a staging table (``chunk``:
        no key, the chunk column; nullable columns but, on PostgreSQL, those the spec declares NOT NULL: staged rows
        passed the row checks, and a staging table adopted as the final one then needs no NOT NULL scan)."""
        keys = set() if chunk else set(key or [])
        strict = not chunk or self._dialect == "postgres"
        cols = [sa.Column(c.name, self._column_type(c, key=c.name in keys), nullable=c.nullable or not strict,
                          autoincrement=False) for c in columns]
        if chunk:
            cols.append(sa.Column(CHUNK_COL, sa.Integer, nullable=False, index=self.INDEX_CHUNK))
        args: list[Any] = [*cols]
        if key and not chunk:
            args.append(sa.PrimaryKeyConstraint(*key))
        return sa.Table(name, sa.MetaData(), *args, **self.TABLE_KW)

    def _exists(self, conn: Connection, name: str) -> bool:
        return sa.inspect(conn).has_table(name)

    def _refuse_case_clash(self, conn: Connection, table: str) -> None:
        """DuckDB's table names are case-insensitive, but ``has_table`` compares them exactly: a table whose name
        differs from ``table`` only in case is the same table to DuckDB, and writing ``table`` would fail late (at the
        promotion's rename) as a refused write. Refused up front, naming both."""
        if self._dialect != "duckdb" or self._exists(conn, table):
            return
        clash = [n for n in sa.inspect(conn).get_table_names() if n.casefold() == table.casefold() and n != table]
        if clash:
            raise TargetNameClash(self.location, table, clash[0])

    # -- port ---------------------------------------------------------------------------------
    def prepare(self, spec: MigrationSpec) -> None:
        """Bookkeeping + staging tables; an existing final table must be compatible (append/merge)."""
        try:
            with self._begin() as conn:
                self._md.create_all(conn, checkfirst=True)
                self._refuse_case_clash(conn, spec.table)
                if self._exists(conn, spec.table) and spec.disposition is not Disposition.REPLACE:
                    self._check_compatible(conn, spec)
                stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
                fresh = not self._exists(conn, stage.name)
                stage.create(conn, checkfirst=True)
                # a chunk's rows are contiguous: a BRIN index finds them (read-back); created with the table only, as
                # a stream drops it (pg_stream.PgStagingStream.write: a streamed chunk's rows are spread out)
                if self._dialect == "postgres" and fresh:
                    sa.Index(chunk_index_name(stage.name), stage.c[CHUNK_COL], postgresql_using="brin").create(
                        conn, checkfirst=True)
        except DBAPIError as exc:
            raise write_refused(self.location, first_line(exc)) from None

    def _check_compatible(self, conn: Connection, spec: MigrationSpec) -> None:
        """The existing final table must hold every column the run writes (names compared the dialect's way) and
        no NOT NULL column without a default that the run leaves out (every row would fail at the promotion)."""
        fold = folds_column_names(self._dialect)
        writes = [c.name for c in spec.columns]
        missing = unwritten(writes, self._columns(conn, spec.table), fold)
        if missing:
            raise IncompatibleTarget(spec.table, missing=missing, extra_required=[])
        scd2 = list(SCD2_COLUMNS) if spec.disposition is Disposition.SCD2 else []
        required = required_unwritten(conn, spec.table, [*writes, *scd2], fold)
        if required:
            raise IncompatibleTarget(spec.table, missing=[], extra_required=required, reason=(
                f"existing target table {spec.table!r} has NOT NULL column(s) without a default that this run does "
                f"not write: {', '.join(required)}; a {spec.disposition.value} would fail on every row, nothing was "
                "written: add them to the target schema (mapped from the source), give them a default or allow NULL "
                "in the target, or migrate with disposition=replace (the old table is kept for rollback)"))

    def _columns(self, conn: Connection, table: str) -> list[str]:
        q: Any = sa.select(sa.literal_column("*")).select_from(sa.table(table)).limit(0)
        return list(conn.execute(q).keys())

    def checkpoints(self, run_id: str) -> list[Checkpoint]:
        """Checkpoints of the run (empty before prepare)."""
        if self._file_missing():
            return []
        with self._begin("the checkpoints") as conn:
            if not self._exists(conn, "_mw_checkpoints"):
                return []
            rows = conn.execute(sa.select(self._ckpt.c.payload).where(self._ckpt.c.run_id == run_id)
                                .order_by(self._ckpt.c.chunk_id)).all()
        return [Checkpoint.model_validate_json(r[0]) for r in rows]

    def write_chunk(self, spec: MigrationSpec, chunk_id: int, rows: pl.DataFrame,
                    quarantine: list[QuarantineRecord], checkpoint: Checkpoint) -> bool:
        """One transaction: lock, compare checkpoint, replace staged rows + quarantine + checkpoint."""
        if self._dialect == "postgres":
            return self._write_chunk_adbc(spec, chunk_id, rows, quarantine, checkpoint)
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        chunk_rows = rows.with_columns(pl.lit(chunk_id, pl.Int32).alias(CHUNK_COL))
        return self._chunk_transaction(spec, chunk_id, stage, quarantine, checkpoint,
                                       lambda conn: self._bulk_insert(conn, stage, chunk_rows))

    def _chunk_transaction(self, spec: MigrationSpec, chunk_id: int, stage: sa.Table,
                           quarantine: list[QuarantineRecord], checkpoint: Checkpoint,
                           insert: Callable[[Connection], None], *, lock: bool = False) -> bool:
        """One chunk's write in one transaction: (``lock``: the chunk's advisory lock on PostgreSQL) compare
        the checkpoint (False: the same content is already there), clear what an earlier attempt staged,
        ``insert`` the rows, quarantine records and the checkpoint; a refusal is TargetWriteRefused."""
        try:
            with self._begin() as conn:
                if lock and self._dialect == "postgres":
                    conn.execute(self._chunk_lock(spec.run_id, chunk_id))
                found = conn.execute(self._ckpt_hash(spec.run_id, chunk_id)).first()
                if found is not None and found[0] == checkpoint.content_hash:
                    return False
                for stmt in self._clear_chunk(stage, spec.run_id, chunk_id, staged=found is not None):
                    conn.execute(stmt)
                insert(conn)
                faults.point("mid_write")
                if quarantine:
                    conn.execute(self._quar.insert(), self._quarantine_rows(quarantine))
                conn.execute(self._ckpt_insert(spec.run_id, chunk_id, checkpoint))
            return True
        except DBAPIError as exc:
            raise write_refused(self.location, first_line(exc), chunk_id=chunk_id) from None

    def _write_chunk_adbc(self, spec: MigrationSpec, chunk_id: int, rows: pl.DataFrame | None,
                          quarantine: list[QuarantineRecord], checkpoint: Checkpoint,
                          staged: int | None = None, drop: pl.DataFrame | None = None) -> bool:
        """PostgreSQL: the same transaction on an ADBC connection, rows in by binary COPY of Arrow.

        ``staged``: that many of the chunk's rows were streamed in already (this process holds the run
        lease); they are kept when they are exactly ``rows`` by count, else replaced. ``rows`` None (a thin
        spill): they are kept but for the keys in ``drop`` and must then be ``checkpoint.row_count_out``."""
        import adbc_driver_manager

        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        s = self._session()
        try:
            try:
                if self._stream_lease is None:  # a stream of the run (another worker) excludes this write
                    s.execute(run_lock_shared(spec.run_id))
                s.execute(self._chunk_lock(spec.run_id, chunk_id))
                found = s.execute(self._ckpt_hash(spec.run_id, chunk_id))
                if found and found[0][0] == checkpoint.content_hash:
                    s.rollback()
                    return False
                if rows is None:
                    _keep_streamed(s, stage, spec, chunk_id, found=bool(found), staged=staged, drop=drop,
                                   expected=checkpoint.row_count_out)
                keep = rows is None or (staged is not None and not found and staged == rows.height)
                clear = bool(found) or (staged is not None and staged > 0 and not keep)
                for stmt in self._clear_chunk(stage, spec.run_id, chunk_id, staged=clear):
                    s.execute(stmt)
                if rows is not None and not keep:
                    s.ingest(stage.name, rows.with_columns(pl.lit(chunk_id, pl.Int32).alias(CHUNK_COL)))
                faults.point("mid_write")
                if quarantine:  # one binary COPY, not a statement per record
                    s.ingest(self._quar.name, pl.DataFrame(self._quarantine_rows(quarantine), schema={
                        "run_id": pl.String, "chunk_id": pl.Int32, "key_token": pl.String,
                        "reason_codes": pl.String, "payload": pl.String}))
                s.execute(self._ckpt_insert(spec.run_id, chunk_id, checkpoint))
                s.commit()
            except BaseException:
                self._adbc, broken = None, s
                broken.close()
                raise
            return True
        except adbc_driver_manager.Error as exc:
            cause = first_line(exc)
            if str(getattr(exc, "sqlstate", "") or "").startswith(("08", "57P")):  # connection lost, shutdown
                raise TargetUnavailable(self.location, cause) from None
            raise write_refused(self.location, cause, chunk_id=chunk_id) from None

    def discard_chunk(self, spec: MigrationSpec, chunk_id: int, content_hash: str) -> bool:
        """One transaction under the chunk's lock (PostgreSQL: and the run lease shared, as a chunk write): when the
        checkpoint still has ``content_hash``, delete the chunk's staged rows, quarantine records and checkpoint."""
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        try:
            with self._begin() as conn:
                if self._dialect == "postgres":
                    if self._stream_lease is None:
                        conn.execute(run_lock_shared(spec.run_id))
                    conn.execute(self._chunk_lock(spec.run_id, chunk_id))
                found = conn.execute(self._ckpt_hash(spec.run_id, chunk_id)).first()
                if found is None or found[0] != content_hash:
                    return False
                for stmt in self._clear_chunk(stage, spec.run_id, chunk_id, staged=True):
                    conn.execute(stmt)
            return True
        except DBAPIError as exc:
            raise write_refused(self.location, first_line(exc), chunk_id=chunk_id) from None

    @property
    def can_stream(self) -> bool:
        """PostgreSQL stages rows during the pass (:mod:`core.migration.stream`); the others chunk by chunk."""
        return self._dialect == "postgres"

    def open_stream(self, spec: MigrationSpec) -> PgStagingStream | None:
        """Take the run lease and open a stream into staging (None: another worker holds the lease)."""
        import adbc_driver_manager

        if not self.can_stream:
            return None
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        try:
            stream = PgStagingStream(adbc_uri(self._url), self.location, spec.run_id, stage, self._ckpt,
                                     self._streams, on_close=self.release_stream)
        except adbc_driver_manager.Error as exc:
            raise TargetUnavailable(self.location, first_line(exc)) from None
        try:
            got = stream.acquire()
        except adbc_driver_manager.Error as exc:
            stream.close(set())
            raise adbc_error(self.location, exc) from None
        if not got:
            stream.close(set())
            return None
        self._stream_lease = stream
        return stream

    def release_stream(self) -> None:
        """Forget the lease (the stream was closed): chunk writes take the run lock shared again. A close that could
        not release the lease itself (its connection was cut: the lease ended with the session) is a notice."""
        stream, self._stream_lease = self._stream_lease, None
        if stream is not None and stream.close_failure is not None:
            self._notices().append(TargetNotice(
                kind="lease_release_failed", message="the run's stream could not finish closing: "
                f"{stream.close_failure}; its checkpointed chunks are not affected and its run lease ended with "
                "its session"))

    def _notices(self) -> list[TargetNotice]:
        if not hasattr(self, "_pending_notices"):
            self._pending_notices: list[TargetNotice] = []
        return self._pending_notices

    def take_notices(self) -> list[TargetNotice]:
        """The warnings collected since the last call (:mod:`core.migration.notices`), forgotten here."""
        out = self._notices()
        self._pending_notices = []  # a notice appended meanwhile is in ``out`` or in the new list, never lost
        return out

    def settle_stream(self, spec: MigrationSpec) -> None:
        """A stream of the run killed in flight left rows of chunks without a checkpoint: delete them."""
        import adbc_driver_manager

        if not self.can_stream or self._stream_lease is not None:
            return
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        marked = sa.select(self._streams.c.run_id).where(self._streams.c.run_id == spec.run_id)
        s = self._session()
        try:
            if not s.execute(marked):
                s.rollback()
                return
            s.execute(run_lock_exclusive_xact(spec.run_id))
            if s.execute(marked):
                s.execute(stale_rows(stage, self._ckpt, spec.run_id))
                s.execute(sa.delete(self._streams).where(self._streams.c.run_id == spec.run_id))
            s.commit()
        except adbc_driver_manager.Error as exc:
            self._adbc = None
            s.close()
            raise adbc_error(self.location, exc) from None

    def write_streamed_chunk(self, spec: MigrationSpec, chunk_id: int, rows: pl.DataFrame | None,
                             quarantine: list[QuarantineRecord], checkpoint: Checkpoint, staged: int, *,
                             drop: pl.DataFrame | None = None) -> bool:
        """The checkpoint transaction of a chunk whose rows were streamed (see :meth:`_write_chunk_adbc`)."""
        return self._write_chunk_adbc(spec, chunk_id, rows, quarantine, checkpoint, staged=staged, drop=drop)

    def _session(self) -> AdbcSession:
        """The cached ADBC session, pre-pinged (a restarted server means a new connection)."""
        import adbc_driver_manager

        if self._adbc is not None and not self._adbc.alive():
            self._adbc.close()
            self._adbc = None
        if self._adbc is None:
            try:
                self._adbc = AdbcSession(adbc_uri(self._url))
            except adbc_driver_manager.Error as exc:
                raise TargetUnavailable(self.location, first_line(exc)) from None
        return self._adbc

    @staticmethod
    def _chunk_lock(run_id: str, chunk_id: int) -> Any:
        """PostgreSQL: the advisory transaction lock serializing writers of one chunk."""
        lock = zlib.crc32(f"{run_id}:{chunk_id}".encode())
        return sa.select(sa.func.pg_advisory_xact_lock(sa.literal(lock, sa.BigInteger)))

    def _ckpt_hash(self, run_id: str, chunk_id: int) -> Any:
        return sa.select(self._ckpt.c.content_hash).where(self._ckpt.c.run_id == run_id,
                                                          self._ckpt.c.chunk_id == chunk_id)

    def _ckpt_insert(self, run_id: str, chunk_id: int, checkpoint: Checkpoint) -> Any:
        return self._ckpt.insert().values(run_id=run_id, chunk_id=chunk_id, content_hash=checkpoint.content_hash,
                                          payload=checkpoint.model_dump_json())

    def _clear_chunk(self, stage: sa.Table, run_id: str, chunk_id: int, *, staged: bool) -> list[Any]:
        """Statements removing a chunk's previous version (staged rows only when a checkpoint existed)."""
        out: list[Any] = [sa.delete(stage).where(stage.c[CHUNK_COL] == chunk_id)] if staged else []
        out.append(sa.delete(self._quar).where(self._quar.c.run_id == run_id, self._quar.c.chunk_id == chunk_id))
        out.append(sa.delete(self._ckpt).where(self._ckpt.c.run_id == run_id, self._ckpt.c.chunk_id == chunk_id))
        return out

    @staticmethod
    def _quarantine_rows(quarantine: list[QuarantineRecord]) -> list[dict[str, Any]]:
        return [{"run_id": q.run_id, "chunk_id": q.chunk_id, "key_token": q.key_token,
                 "reason_codes": ",".join(q.reason_codes), "payload": q.model_dump_json()} for q in quarantine]

    def _bulk_insert(self, conn: Connection, table: sa.Table, frame: pl.DataFrame) -> None:
        if frame.height == 0:
            return
        cols = [c.name for c in table.columns]
        frame = frame.select(cols)
        if self._dialect == "duckdb":
            raw: Any = conn.connection.driver_connection
            view = f"_mw_arrow_{id(frame)}"
            raw.register(view, frame.to_arrow())
            try:
                conn.execute(table.insert().from_select(cols, sa.select(*[sa.column(c) for c in cols])
                                                        .select_from(sa.table(view))))
            finally:
                raw.unregister(view)
        else:
            conn.execute(table.insert(), frame.to_dicts())

    @property
    def concurrent_readback(self) -> bool:
        """PostgreSQL: a chunk is read back for the checksum while the next one is written (a second server
        process; see :mod:`core.migration.readback`); the embedded targets read back after the load."""
        return self._dialect == "postgres"

    def staged_batches(self, spec: MigrationSpec, batch_rows: int = 200_000, *,
                       chunk_id: int | None = None, with_chunk: bool = False) -> Iterator[pl.DataFrame]:
        """Staged rows (target columns; of one chunk when given; ``with_chunk``: and ``_mw_chunk``), streamed
        back in Arrow batches."""
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        q = self._typed_select(stage, spec)
        if with_chunk:
            q = q.add_columns(stage.c[CHUNK_COL])
        if chunk_id is not None:
            q = q.where(stage.c[CHUNK_COL] == chunk_id)
        yield from self._typed_batches(q, spec, batch_rows)

    def final_batches(self, spec: MigrationSpec, batch_rows: int = 200_000) -> Iterator[pl.DataFrame]:
        """The final table's rows (the spec's target columns), typed like :meth:`staged_batches`; nothing when
        the table does not exist."""
        if not self.table_exists(spec.table):
            return
        final = self._table(spec.table, spec.columns, spec.key, chunk=False)
        yield from self._typed_batches(self._typed_select(final, spec, as_staged=True), spec, batch_rows, utc=True)

    def final_row_hashes(self, spec: MigrationSpec) -> Iterator[pl.DataFrame] | None:
        """PostgreSQL 14+ (UTF-8): the final table's rows as ``(key hash, row hash)`` pairs computed by the server
        (:func:`adapters.targets.pg_checksum.final_hashes_query`), two integers a row; None where it cannot."""
        if self._dialect != "postgres":
            return None
        with self._begin() as conn:
            if not conn.execute(pg_checksum.supported_query()).scalar_one():
                return None
            if not self._exists(conn, spec.table):
                return iter(())
            decimals = {c.name for c in spec.columns if c.type == "decimal"}
            six = frozenset(c["name"] for c in sa.inspect(conn).get_columns(spec.table)
                            if c["name"] in decimals and pg_checksum.six_places(c["type"]))
        final = self._table(spec.table, spec.columns, spec.key, chunk=False)
        return self._read_batches(pg_checksum.final_hashes_query(final, spec, six), 200_000, utc=True)

    def _typed_select(self, table: sa.Table, spec: MigrationSpec, *, as_staged: bool = False) -> Any:
        """The spec's columns of ``table`` (PostgreSQL: a decimal as float8). ``as_staged`` (a final table, which a
        person may have created with other types than the staging DDL: ``timestamptz``, ``varchar(n)``,
        ``numeric(12,2)``): PostgreSQL casts every other column to its staging type in the server, so a value reads
        back exactly as the staged one it was promoted from (a ``timestamptz`` as its UTC instant, read in a UTC
        session like the one that wrote it from the staged ``timestamp``: :meth:`_utc_session`) and an unchanged
        row is recognised (core.migration.unchanged)."""
        pg = self._dialect == "postgres"
        cols = [sa.cast(table.c[c.name], sa.Double) if c.type == "decimal" and pg
                else sa.cast(table.c[c.name], self._column_type(c, key=False)) if as_staged and pg
                else table.c[c.name] for c in spec.columns]
        return sa.select(*[col.label(c.name) for col, c in zip(cols, spec.columns, strict=True)])

    def _typed_batches(self, q: Any, spec: MigrationSpec, batch_rows: int, *, utc: bool = False
                       ) -> Iterator[pl.DataFrame]:
        types = {c.name: c.type for c in spec.columns}
        for frame in self._read_batches(q, batch_rows, utc=utc):
            yield frame.with_columns([cast_expr(pl.col(n), frame.schema[n], t).alias(n) for n, t in types.items()])

    def staged_counts(self, spec: MigrationSpec) -> dict[int, int]:
        """``{chunk id: staged rows}`` (one ``GROUP BY`` over the staging table's chunk column)."""
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        q = sa.select(stage.c[CHUNK_COL], sa.func.count()).group_by(stage.c[CHUNK_COL])
        with self._begin("the staged row counts") as conn:
            return {int(cid): int(n) for cid, n in conn.execute(q)}

    def staging_snapshot(self) -> str | None:
        """PostgreSQL 13+: the current snapshot, taken before an early read-back (:mod:`.pg_snapshot`)."""
        if self._dialect != "postgres":
            return None
        with self._begin("the current snapshot") as conn:
            return conn.execute(pg_snapshot.snapshot_query()).scalar()

    def staged_unchanged(self, spec: MigrationSpec, snapshots: dict[int, str]) -> dict[int, tuple[int, bool]]:
        """``{chunk id: (staged rows, no staged row written since the chunk's snapshot)}`` in one ``GROUP BY``."""
        if not snapshots or self._dialect != "postgres":
            return {cid: (n, False) for cid, n in self.staged_counts(spec).items()}
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        quoted = self._engine.dialect.identifier_preparer.format_table(stage)
        with self._begin("the staged row counts") as conn:
            rows = list(conn.execute(pg_snapshot.unchanged_query(stage, snapshots)))
            # staging's definition (columns, triggers, rules) changed since a snapshot: its chunks' sums are stale
            defined = {int(c): bool(ok) for c, ok in conn.execute(pg_snapshot.definition_query(stage, snapshots,
                                                                                                quoted))}
            return {int(c): (int(n), bool(ok) and defined.get(int(c), False)) for c, n, ok in rows}

    def server_checksums(self, spec: MigrationSpec) -> dict[int, str]:
        """PostgreSQL: ``{chunk id: checksum}`` of the staged rows, computed by the server in one aggregate
        (:mod:`adapters.targets.pg_checksum`, the client's side in :mod:`core.migration.pg_hash`)."""
        stage = self._table(stage_name(spec), spec.columns, None, chunk=True)
        with self._begin() as conn:
            return pg_checksum.chunk_checksums(list(conn.execute(pg_checksum.checksum_query(stage, spec))))

    def _read_batches(self, query: Any, batch_rows: int, *, utc: bool = False) -> Iterator[pl.DataFrame]:
        """Rows of a SELECT in batches: DuckDB and PostgreSQL (ADBC) through Arrow, SQLite by rows. ``utc``
        (PostgreSQL): the reading session's time zone is UTC, so a ``timestamptz`` read as ``timestamp`` is its UTC
        instant whatever the connection's zone (:meth:`_utc_session`)."""
        sql = str(query.compile(dialect=self._engine.dialect, compile_kwargs={"literal_binds": True}))
        if self._dialect == "postgres":  # a driver error (a restarted server) as the taxonomy's typed error
            import adbc_driver_manager

            try:
                reader = AdbcSession(adbc_uri(self._url))
            except adbc_driver_manager.Error as exc:
                raise TargetUnavailable(self.location, first_line(exc)) from None
            try:
                if utc:
                    reader.execute(self._utc_setting(local=False))
                yield from reader.batches(sql)
            except adbc_driver_manager.Error as exc:
                lost = adbc_error(self.location, exc)
                raise lost if isinstance(lost, TargetUnavailable) else read_error(self.location, "rows", exc) \
                    from None
            finally:
                reader.close()
            return
        with self._begin("rows") as conn:
            if self._dialect == "duckdb":  # DuckDB's own Arrow reader: its errors are not SQLAlchemy's
                raw: Any = conn.connection.driver_connection
                try:
                    for batch in raw.sql(sql).to_arrow_reader(batch_rows):
                        frame = pl.from_arrow(batch)
                        assert isinstance(frame, pl.DataFrame)
                        yield frame
                except self._engine.dialect.loaded_dbapi.Error as exc:
                    raise read_error(self.location, "rows", exc) from None
                return
            res = conn.exec_driver_sql(sql)
            names = list(res.keys())
            while rows := res.fetchmany(batch_rows):
                yield pl.DataFrame([tuple(r) for r in rows], schema=names, orient="row")

    def fk_violations(self, spec: MigrationSpec) -> dict[str, int]:
        """Anti-join count per foreign key (staged rows whose reference is absent)."""
        out: dict[str, int] = {}
        stage = sa.table(stage_name(spec), *[sa.column(c.name) for c in spec.columns])
        with self._begin("the foreign-key check") as conn:
            for fk in spec.foreign_keys:
                ref = sa.table(fk.ref_table, *[sa.column(c) for c in fk.ref_columns])
                cond = sa.and_(*[stage.c[a] == ref.c[b] for a, b in zip(fk.columns, fk.ref_columns, strict=True)])
                notnull = sa.and_(*[stage.c[a].is_not(None) for a in fk.columns])
                q: Any = sa.select(sa.func.count()).select_from(stage).where(
                    notnull, ~sa.exists(sa.select(sa.literal(1)).select_from(ref).where(cond)))
                out[f"{','.join(fk.columns)}->{fk.ref_table}"] = int(conn.execute(q).scalar_one())
        return out

    def final_marker(self, spec: MigrationSpec) -> str:
        """The final table's version marker: a digest of the runs promoted into it (a promotion adds one, a
        rollback removes one; see :meth:`core.migration.stream.StreamingTarget.final_marker`)."""
        if self._file_missing():
            return ""
        with self._begin("the promotion records") as conn:
            return self._marker(conn, spec.table)

    def _marker(self, conn: Connection, table: str) -> str:
        if not self._exists(conn, "_mw_promotions"):
            return ""
        mine = sa.select(self._prom.c.run_id).where(self._prom.c.table_name == table)
        runs = sorted(r[0] for r in conn.execute(mine))
        return hashlib.sha256("|".join(runs).encode()).hexdigest() if runs else ""

    def _lock_final(self, conn: Connection, table: str, expect_marker: str | None, run_id: str) -> None:
        """First statement of a promotion or rollback transaction: bump ``table``'s row of ``_mw_final_versions``.

        The row lock serializes promotions and rollbacks of one table (PostgreSQL, MariaDB: the second waits and
        then reads what the first committed; SQLite: the write lock of the file; DuckDB: a concurrent bump is a
        conflict, :class:`TargetBusy`). Under it, ``expect_marker`` (the marker a merge's pass read) is compared
        with the table's marker now: :class:`FinalTableChanged` when it moved, nothing written."""
        conn.execute(upsert_version(self._versions, conn.dialect.name, table))
        if expect_marker is not None and self._marker(conn, table) != expect_marker:
            raise FinalTableChanged(run_id, table)

    @staticmethod
    def _utc_setting(*, local: bool) -> Any:
        return sa.select(sa.func.set_config("TimeZone", "UTC", local))

    def _utc_session(self, conn: Connection) -> None:
        """PostgreSQL: this transaction's time zone is UTC. Staged datetimes are naive UTC instants (the DSL's
        convention, and what a zoned source value becomes), so a promotion writes them into a ``timestamptz``
        column as UTC and a merge reads such a column back as its UTC instant (:meth:`final_batches`,
        :meth:`final_row_hashes`): the session's own zone changes nothing, and no DST gap moves a value (UTC has
        none). A naive ``timestamp`` column is written and read as it is."""
        if self._dialect == "postgres":
            conn.execute(self._utc_setting(local=True))

    def _ensure_versions(self) -> None:
        """Create ``_mw_final_versions`` (and the promotion records) in their own transaction, before a promotion
        or rollback transaction: two first promotions creating them at once must not fail one of them, so a
        failed CREATE is fine when the tables exist afterwards (the other one created them)."""
        tables = [self._versions, self._prom]
        try:
            with self._begin() as conn:
                self._md.create_all(conn, tables=tables, checkfirst=True)
        except (DBAPIError, TargetBusy) as exc:
            with self._begin() as conn:
                if all(self._exists(conn, t.name) for t in tables):
                    return
            if isinstance(exc, TargetBusy):
                raise
            raise write_refused(self.location, first_line(exc)) from None

    def promotion(self, run_id: str) -> dict[str, str] | None:
        """The run's promotion record."""
        if self._file_missing():
            return None
        with self._begin("the promotion record") as conn:
            if not self._exists(conn, "_mw_promotions"):
                return None
            row = conn.execute(sa.select(self._prom.c.payload).where(self._prom.c.run_id == run_id)).first()
        return None if row is None else dict(json.loads(row[0]))

    def settle_promotion(self, run_id: str) -> list[str]:
        """A promoted run's staging table, should it exist again (the promotion drops it in its own transaction; a
        writer after it, e.g. a chunk step retried late, re-creates it): dropped in a transaction that first takes the
        final table's version row, so never under a running promotion or rollback of the table. Best effort (a
        failure leaves it for the next re-run); returns the tables dropped (core.migration.settle)."""
        rec = self.promotion(run_id)
        if rec is None or not rec.get("table"):
            return []
        leftover = f"{rec['table']}__mw_stg_{run_id[-10:].lower()}"  # stage_name
        try:
            with self._begin() as conn:
                if not self._exists(conn, leftover):
                    return []
                self._lock_final(conn, rec["table"], None, run_id)
                self._drop(conn, leftover)
        except (DBAPIError, MapwrightError):
            return []
        return [leftover]

    def promote(self, spec: MigrationSpec, summary: dict[str, str], *, expect_marker: str | None = None) -> str | None:
        """One transaction: lock the final table's version row (and with ``expect_marker`` check the table did not
        move since a merge's pass read it, see :meth:`_lock_final`), keep the previous version, move staging to
        final, record the promotion."""
        stage_n = stage_name(spec)
        cols = [c.name for c in spec.columns]
        self._ensure_versions()
        try:
            with self._begin() as conn:
                self._lock_final(conn, spec.table, expect_marker, spec.run_id)
                seq = current_version(conn, self._versions, spec.table)  # this promotion's place in the table's order
                self._utc_session(conn)
                if conn.execute(sa.select(self._prom.c.run_id).where(self._prom.c.run_id == spec.run_id)).first():
                    return summary.get("previous_table")
                self._refuse_case_clash(conn, spec.table)  # one created since prepare()
                exists = self._exists(conn, spec.table)
                prev = prev_name(spec.table, spec.run_id) if exists else None
                if prev and spec.disposition is Disposition.SCD2:
                    self._keep_copy(conn, prev, spec.table)
                elif prev:
                    self._drop(conn, prev)
                select_cols: Any = sa.select(*[sa.column(c) for c in cols]).select_from(sa.table(stage_n))
                delta = False
                if spec.disposition is Disposition.SCD2:  # history as row versions (adapters/targets/scd2.py)
                    from adapters.targets import scd2

                    summary = {**summary, **{k: str(v) for k, v in scd2.promote(
                        conn, spec, stage_n, exists=exists, types=SA_TYPES,
                        existing_columns=self._columns(conn, spec.table) if exists else []).items()}}
                elif (spec.disposition is Disposition.REPLACE or not exists) and self._dialect != "sqlite":
                    self._adopt_stage(conn, spec, stage_n)  # no copy: the staging table becomes the final one
                    if prev:
                        self._rename(conn, spec.table, prev)
                    self._rename(conn, stage_n, spec.table)
                elif spec.disposition is Disposition.REPLACE or not exists:
                    new = self._table(f"{spec.table}__mw_new", spec.columns, spec.key, chunk=False)
                    new.create(conn)
                    conn.execute(new.insert().from_select(cols, select_cols))
                    if prev:
                        self._rename(conn, spec.table, prev)
                    self._rename(conn, new.name, spec.table)
                else:  # append / merge: the previous version is the delta (before-images, inserted keys)
                    assert prev is not None
                    merge = spec.disposition is Disposition.MERGE
                    legacy = pg_zone.legacy_zone_notice(conn, self._prom, spec) if self._dialect == "postgres" \
                        else None
                    if legacy is not None:  # timestamptz values promoted in a local zone (adapters/targets/pg_zone)
                        self._notices().append(legacy)
                    if self._dialect == "postgres":  # hash joins of staging x final in memory, this transaction only
                        conn.execute(sa.select(sa.func.set_config("work_mem", "256MB", True)))
                        # fresh statistics: a streamed merge stages only new or changed rows, and the join then
                        # hashes that small side instead of the whole final table (planned blind: the reverse).
                        # The row count is what the plan needs (ANALYZE sets it whatever the columns): the key's
                        # statistics only, a fifth of the server's work of a full ANALYZE (0.10 -> 0.02 s, 30k rows)
                        self._run(conn, exp.Analyze(tables=[exp.Schema(this=_tbl(stage_n), expressions=[
                            _ident(k) for k in spec.key])]))
                    for node in psql.incremental_statements(spec.table, stage_n, prev, cols, spec.key, merge=merge):
                        self._run(conn, node)
                    delta = True
                faults.point("mid_promote")
                self._drop(conn, stage_n)
                record = {**summary, "table": spec.table, "previous_table": prev or "", SEQ_KEY: seq}
                if self._dialect == "postgres":  # written in a UTC transaction (_utc_session; adapters/targets/pg_zone)
                    record |= dict([pg_zone.UTC_MARK])
                if delta:
                    record |= {"previous_kind": "delta", "key": json.dumps(spec.key), "columns": json.dumps(cols)}
                conn.execute(self._prom.insert().values(run_id=spec.run_id, table_name=spec.table,
                                                        previous_table=prev, payload=json.dumps(record)))
            return prev
        except DBAPIError as exc:
            raise write_refused(self.location, first_line(exc)) from None

    def _adopt_stage(self, conn: Connection, spec: MigrationSpec, stage_n: str) -> None:
        """Turn the staging table into the final shape in place (transactional DDL, no copy of the rows).

        PostgreSQL takes every change in one ALTER (one scan: the primary key's; its staging columns are NOT NULL as
        the spec says from the start, so SET NOT NULL has nothing to check); DuckDB one ALTER per change.
        """
        alter: list[exp.Expression] = [exp.Drop(tables=[exp.column(_ident(CHUNK_COL))], kind="COLUMN")]
        alter += [exp.AlterColumn(this=_ident(c.name), allow_null=False) for c in spec.columns if not c.nullable]
        alter.append(exp.AddConstraint(expressions=[exp.PrimaryKey(expressions=[_ident(k) for k in spec.key])]))
        groups = [alter] if self._dialect == "postgres" else [[a] for a in alter]
        for actions in groups:  # sqlglot prints SET NOT NULL right but logs it as unsupported: not logged
            node = exp.Alter(this=_tbl(stage_n), kind="TABLE", actions=actions)
            conn.exec_driver_sql(node.sql(self._dialect, unsupported_level=ErrorLevel.IGNORE))

    def _drop(self, conn: Connection, name: str) -> None:
        self._run(conn, exp.Drop(tables=[_tbl(name)], kind="TABLE", exists=True))

    def _keep_copy(self, conn: Connection, prev: str, table: str) -> None:
        """The previous version kept as a full copy: the same definition (primary key, defaults, NOT NULL) and
        the same rows, so a rollback that renames it back restores a table a later merge can match keys in.

        MariaDB ``CREATE TABLE prev LIKE table``, PostgreSQL ``CREATE TABLE prev (LIKE table INCLUDING ALL)``;
        SQLite and DuckDB have no LIKE: the table's CREATE statement from the catalog, renamed.
        Then ``INSERT INTO prev SELECT * FROM table``."""
        self._drop(conn, prev)
        if self._dialect in ("mysql", "postgres"):
            like = exp.LikeProperty(this=_tbl(table))
            if self._dialect == "postgres":
                like.set("expressions", [exp.Property(this="INCLUDING", value=exp.var("ALL"))])
                node = exp.Create(this=exp.Schema(this=_tbl(prev), expressions=[like]), kind="TABLE")
            else:
                node = exp.Create(this=_tbl(prev), kind="TABLE", properties=exp.Properties(expressions=[like]))
            self._run(conn, node)
        else:  # the table's own CREATE statement (catalog), parsed and renamed by sqlglot
            catalog: Any = (
                sa.select(sa.column("sql")).select_from(sa.func.duckdb_tables()).where(
                    sa.column("table_name") == table, sa.column("schema_name") == sa.func.current_schema())
                if self._dialect == "duckdb" else
                sa.select(sa.column("sql")).select_from(sa.table("sqlite_master")).where(
                    sa.column("type") == "table", sa.column("name") == table))
            ddl = sqlglot.parse_one(conn.execute(catalog).scalar_one(), read=self._dialect)
            target = ddl.find(exp.Table)
            assert isinstance(ddl, exp.Create) and isinstance(target, exp.Table)
            target.replace(_tbl(prev))
            self._run(conn, ddl)
        self._run(conn, exp.insert(exp.select("*").from_(_tbl(table)), _tbl(prev)))

    def _rename(self, conn: Connection, old: str, new: str) -> None:
        self._run(conn, exp.Alter(this=_tbl(old), kind="TABLE", actions=[exp.AlterRename(this=_tbl(new))]))

    def rollback(self, run_id: str, table: str) -> str:
        """Restore the version before the run's promotion; what it replaced is kept beside it (``aside``).

        Only the table's latest standing promotion is rolled back: when another run promoted the table after this
        one and its record still stands in the target, :class:`~core.migration.errors.LaterPromotionStands` names
        it and nothing is touched (:mod:`adapters.targets.promotion_order`).

        A replace promotion swaps the kept previous table back; an append/merge promotion kept a delta
        and is undone row-wise (the touched rows as they were after the promotion go to ``aside``).
        """
        aside = f"{table}__mw_rolledback_{run_id[-10:].lower()}"
        self._ensure_versions()
        try:
            with self._begin() as conn:
                self._lock_final(conn, table, None, run_id)
                self._utc_session(conn)
                row = conn.execute(sa.select(self._prom.c.previous_table, self._prom.c.payload)
                                   .where(self._prom.c.run_id == run_id)).first()
                if row is None:
                    raise IncompatibleTarget(table, missing=[], extra_required=[],
                                             reason=f"run {run_id} has no promotion to roll back")
                prev, info = row[0], json.loads(row[1])
                # the target's own records: a later run's promotion of the table (from any metadata store) stands
                require_latest(conn, self._prom, table, run_id, info)
                self._drop(conn, aside)
                if info.get("previous_kind") == "delta":  # undo the rows the promotion touched, nothing else
                    for node in psql.rollback_statements(table, prev, aside, json.loads(info["columns"]),
                                                         json.loads(info["key"])):
                        self._run(conn, node)
                    self._drop(conn, prev)
                else:
                    self._rename(conn, table, aside)
                    if prev:
                        self._rename(conn, prev, table)
                conn.execute(sa.delete(self._prom).where(self._prom.c.run_id == run_id))
        except DBAPIError as exc:
            raise write_refused(self.location, first_line(exc)) from None
        return aside

    def quarantine(self, run_id: str) -> list[QuarantineRecord]:
        """Quarantine records of the run, by chunk."""
        with self._begin("the quarantine") as conn:
            if not self._exists(conn, "_mw_quarantine"):
                return []
            rows = conn.execute(sa.select(self._quar.c.payload).where(self._quar.c.run_id == run_id)
                                .order_by(self._quar.c.chunk_id, self._quar.c.key_token)).all()
        return [QuarantineRecord.model_validate_json(r[0]) for r in rows]

    def drop_quarantined(self, run_id: str, key_tokens: list[str]) -> int:
        """Remove the run's quarantine records of ``key_tokens`` in one transaction; returns how many went.

        The release that loaded those rows is on the ledger (tokens, counts, release run) and the
        rows carry the release run's checkpoint.
        """
        q = self._quar
        count = sa.select(sa.func.count()).select_from(q).where(q.c.run_id == run_id)
        try:
            with self._begin() as conn:
                before = int(conn.execute(count).scalar_one())
                for i in range(0, len(key_tokens), 500):
                    conn.execute(sa.delete(q).where(q.c.run_id == run_id, q.c.key_token.in_(key_tokens[i:i + 500])))
                return before - int(conn.execute(count).scalar_one())
        except DBAPIError as exc:
            raise write_refused(self.location, first_line(exc)) from None

    def table_exists(self, table: str) -> bool:
        """True when ``table`` exists in the target (False, and no file created, when an embedded target's file
        does not exist)."""
        if self._file_missing():
            return False
        with self._begin("the table list") as conn:
            return self._exists(conn, table)

    @property
    def folds_column_names(self) -> bool:
        """True when the target resolves column names case-insensitively (DuckDB, MariaDB, SQLite)."""
        return folds_column_names(self._dialect)

    def table_columns(self, table: str) -> list[str] | None:
        """The columns of ``table``, None when it does not exist (or an embedded target's file does not)."""
        if self._file_missing():
            return None
        with self._begin("the table's columns") as conn:
            return self._columns(conn, table) if self._exists(conn, table) else None

    def reference_sample(self, table: str, columns: list[str], key: list[str], rows: int) -> ReferenceSample:
        """At most ``rows`` rows of ``table`` (the ``columns`` it has), the smallest by key hash, and its row count.

        One scan with a top-``rows`` sort in the database (:func:`core.analysis.reference.reference_query`);
        without every key column the hash runs over the selected columns.
        """
        self._require_file(f"table {table!r}")
        with self._begin("the reference sample") as conn:
            have = self._columns(conn, table)
            cols = [c for c in columns if c in have]
            if not cols:
                return ReferenceSample(frame=pl.DataFrame(), total_rows=0)
            basis = key if key and all(k in have for k in key) else cols
            total = int(conn.exec_driver_sql(count_query(table, self._dialect)).scalar() or 0)
            res = conn.exec_driver_sql(reference_query(table, cols, basis, rows, self._dialect))
            data = [tuple(r) for r in res]
        return ReferenceSample(frame=pl.DataFrame(data, schema=cols, orient="row", infer_schema_length=None),
                               total_rows=total)

    def final_frame(self, table: str) -> pl.DataFrame:
        """The final table as a DataFrame."""
        t = sa.table(table)
        self._require_file(f"table {table!r}")
        with self._begin("the final table") as conn:
            cols = self._columns(conn, table)
            rows: Any = conn.execute(sa.select(*[sa.column(c) for c in cols]).select_from(t)).all()
        return pl.DataFrame([tuple(r) for r in rows], schema=cols, orient="row", infer_schema_length=None)


def _keep_streamed(s: AdbcSession, stage: sa.Table, spec: MigrationSpec, chunk_id: int, *, found: bool,
                   staged: int | None, drop: pl.DataFrame | None, expected: int) -> None:
    """Thin spill: delete the streamed rows of ``drop``'s keys; what stays must be ``expected`` rows."""
    if found or staged is None:
        raise StreamedRowsMismatch(spec.run_id, chunk_id, "its valid rows were streamed, but " + (
            "it already has a checkpoint of other content" if found else "not by this process"))
    dropped = 0
    if drop is not None and drop.height:
        keys = sa.tuple_(*[stage.c[k] for k in spec.key])
        for part in drop.iter_slices(500):
            gone = s.execute(sa.delete(stage).where(stage.c[CHUNK_COL] == chunk_id, keys.in_(list(part.iter_rows())))
                             .returning(stage.c[CHUNK_COL]))
            dropped += len(gone)
    if staged - dropped != expected:
        raise StreamedRowsMismatch(spec.run_id, chunk_id, f"{staged - dropped} streamed rows stay staged, its "
                                                          f"checkpoint counts {expected}")


def _md5_text(value: Any) -> str | None:
    return None if value is None else hashlib.md5(str(value).encode("utf-8")).hexdigest()  # noqa: S324


def _duckdb_utc(dbapi_conn: Any, _record: Any) -> None:
    """A new DuckDB connection's time zone is UTC (its default is the process's local zone, through ICU): a staged
    naive datetime (a UTC instant, the DSL's convention) promoted into a user's ``timestamptz`` column lands at its
    instant, and a merge reads such a column back as the same UTC instant, whatever the machine's zone (as
    :meth:`SqlTarget._utc_session` does for PostgreSQL); no DST gap moves a value (UTC has none)."""
    dbapi_conn.execute("SET TimeZone = 'UTC'")


def _sqlite_md5(dbapi_conn: Any, _record: Any) -> None:
    """Register a deterministic ``md5(text)`` on a new SQLite connection (PostgreSQL, MySQL, DuckDB have one)."""
    dbapi_conn.create_function("md5", 1, _md5_text, deterministic=True)
