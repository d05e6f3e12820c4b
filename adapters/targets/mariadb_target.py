"""MariaDB/MySQL as a migration target (``mysql+pymysql://...``), on top of :class:`SqlTarget`.

What differs from PostgreSQL/DuckDB/SQLite:

* Chunk leases: ``GET_LOCK('mw:<run>:<chunk>')`` (a session lock; a killed worker's session ends and
  the lock with it) around the chunk transaction, so two workers never write one chunk.
* Keys: a string key column is ``VARCHAR(255)`` in the final table (TEXT cannot be a key).
* DDL is not transactional (every DDL statement commits, releasing the version row of
  ``_mw_final_versions``), so a promotion or rollback holds the table's own ``GET_LOCK`` session lock
  from start to end, and is atomic through the one statement that is:
  ``RENAME TABLE final TO prev, new TO final``. The promotion record is written
  ``pending`` before the rename and ``done`` after it; a resumed promotion finds out from which
  tables exist whether the rename happened, so a kill at any point neither loses the previous
  version nor promotes twice.
* Merge: ``INSERT ... SELECT ... ON DUPLICATE KEY UPDATE`` (MariaDB leaves unchanged rows as they
  are), in one transaction with the promotion record; append likewise.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql
from sqlalchemy.dialects.mysql import insert as mysql_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlglot import exp

from adapters.targets import scd2
from adapters.targets.driver_errors import first_line, transient
from adapters.targets.mariadb_locks import HeldLock, session_lock
from adapters.targets.promotion_order import SEQ_KEY, current_version, require_latest
from adapters.targets.promotion_sql import table as _tbl
from adapters.targets.sql_target import SA_TYPES, SqlTarget, prev_name, stage_name
from core.errors import MapwrightError
from core.migration import faults
from core.migration.errors import (
    FinalTableChanged,
    IncompatibleTarget,
    TargetBusy,
    TargetWriteRefused,
    write_refused,
)
from core.migration.models import (
    Checkpoint,
    Disposition,
    MigrationSpec,
    QuarantineRecord,
    TargetColumn,
    TargetNotice,
)

LOCK_WAIT_S = 60
#: how long a promotion or rollback waits for another one of the same table (then TargetBusy: retry later)
PROMOTION_WAIT_S = 600
#: ``wait_timeout`` of the promotion lock's session, idle while the promotion works on other connections: above
#: the wait plus the longest promotion (a day), so the server never ends it (and frees the lock) mid-way
LOCK_SESSION_TIMEOUT_S = PROMOTION_WAIT_S + 86400
#: record states of a promotion or rollback cut before its RENAME finished (what each is called in a message)
UNFINISHED = {"pending": "promotion", "rolling_back": "rollback"}


class MariaDbTarget(SqlTarget):
    """A MariaDB (or MySQL) target reached through one SQLAlchemy URL."""

    BACKENDS = {"mysql": "mysql", "mariadb": "mysql"}

    TABLE_KW = {"mysql_engine": "InnoDB"}
    INDEX_CHUNK = True

    #: Session settings of every connection: strict mode whatever the server's default (a truncated value, a
    #: regex stopped at its backtracking limit or a ``GROUP_CONCAT`` cut at its length limit is then an error, never
    #: a stored wrong row: dsl/README.md), ``GROUP_CONCAT`` results up to 1 GiB (the list ops of the DSL), and the
    #: time zone UTC whatever the server's or user's default: a ``TIMESTAMP`` column is written and read in the
    #: session's zone, and a staged datetime is a naive UTC instant (the DSL's convention), so a user's ``TIMESTAMP``
    #: final column holds the source's instants and a merge compares them as UTC (``DATETIME`` is not zoned).
    SESSION_SETTINGS = (
        "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES')",
        "SET SESSION group_concat_max_len = 1073741824",
        "SET SESSION time_zone = '+00:00'",
    )

    def _configure_engine(self, engine: Engine) -> None:
        """Every connection runs :data:`SESSION_SETTINGS` (constant statements, no value in them)."""

        @sa.event.listens_for(engine, "connect")
        def _session(dbapi_conn: Any, _record: Any) -> None:
            with dbapi_conn.cursor() as cur:
                for stmt in self.SESSION_SETTINGS:
                    cur.execute(stmt)

    def _column_type(self, column: TargetColumn, *, key: bool) -> Any:
        """A string key column is ``VARCHAR(255)`` (TEXT cannot be a key); a datetime keeps microseconds
        (``DATETIME(6)``: MariaDB's plain ``DATETIME`` drops the fraction)."""
        if column.type == "datetime":
            return mysql.DATETIME(fsp=6)
        return sa.String(255) if key and column.type == "string" else super()._column_type(column, key=key)

    @contextmanager
    def _lease(self, run_id: str, chunk_id: int) -> Iterator[None]:
        """The chunk's GET_LOCK lease (a session lock: a killed worker's session ends and the lock with it).

        Released after the chunk's transaction committed: a release that fails then (the lock's connection was
        cut) does not fail the chunk, which is written and checkpointed; its connection is discarded, so the
        session and the lock end, and a :class:`TargetNotice` (``lease_release_failed``) reports it
        (:meth:`take_notices`, put on the ledger by the stage)."""
        name = f"mw:{run_id}:{chunk_id}"[:64]

        def released_badly(cause: str) -> None:
            self._notices().append(TargetNotice(
                kind="lease_release_failed", chunk_id=chunk_id,
                message=f"the lease {name} of chunk {chunk_id} could not be released after the chunk was written "
                        f"({cause}); the chunk is written and checkpointed, and the lease ended with its session "
                        "(the connection was discarded)"))

        with session_lock(self._engine, self.location, name, LOCK_WAIT_S, on_release_failure=released_badly) as got:
            if not got:
                raise TargetWriteRefused(self.location, f"lease {name} not acquired in {LOCK_WAIT_S} s",
                                         chunk_id=chunk_id)
            yield

    @contextmanager
    def _final_lock(self, table: str) -> Iterator[HeldLock]:
        """The final table's session lock, held across a whole promotion or rollback.

        MariaDB commits before every DDL statement (RENAME, CREATE TABLE, the kept copy), which releases the
        version row of ``_mw_final_versions`` mid-way; this GET_LOCK (on its own connection, named for the
        database and table) is not released by a commit, so promotions and rollbacks of one table never interleave.
        A killed holder's session ends and the lock with it (what it left unfinished is in its record). The lock
        session's idle timeout outlasts the promotion; the caller :meth:`HeldLock.verify` s it before its RENAME and
        its record, and a release failing after that (the work is committed) is not an error: a
        ``lease_release_failed`` :class:`TargetNotice` (:meth:`take_notices`, put on the ledger by the caller)."""
        digest = hashlib.sha256(f"{self._url.database}.{table}".encode()).hexdigest()[:40]

        def released_badly(cause: str) -> None:  # the promotion or rollback committed: a warning, not a failure
            self._notices().append(TargetNotice(
                kind="lease_release_failed",
                message=f"the promotion lock of {table} could not be released after the promotion or rollback "
                        f"committed ({cause}); the work is done, and the lock ended with its session (the "
                        "connection was discarded)"))

        with session_lock(self._engine, self.location, f"mw:final:{digest}", PROMOTION_WAIT_S,
                          session_timeout_s=LOCK_SESSION_TIMEOUT_S, on_release_failure=released_badly) as lock:
            if lock is None:
                raise TargetBusy(self.location, f"another promotion or rollback of {table} held it for "
                                                f"{PROMOTION_WAIT_S} s")
            yield lock

    def write_chunk(self, spec: MigrationSpec, chunk_id: int, rows: Any, quarantine: list[QuarantineRecord],
                    checkpoint: Checkpoint) -> bool:
        """The base chunk transaction, under the chunk's GET_LOCK lease."""
        with self._lease(spec.run_id, chunk_id):
            return super().write_chunk(spec, chunk_id, rows, quarantine, checkpoint)

    def discard_chunk(self, spec: MigrationSpec, chunk_id: int, content_hash: str) -> bool:
        """The base discard, under the chunk's GET_LOCK lease."""
        with self._lease(spec.run_id, chunk_id):
            return super().discard_chunk(spec, chunk_id, content_hash)

    def _record(self, conn: Connection, run_id: str) -> dict[str, Any] | None:
        row = conn.execute(sa.select(self._prom.c.payload).where(self._prom.c.run_id == run_id)).first()
        return None if row is None else dict(json.loads(row[0]))

    def promotion(self, run_id: str) -> dict[str, str] | None:
        """The run's finished promotion (a pending one is resumed by :meth:`promote`). Read only: what a promotion
        cut after its ``done`` record left is dropped by :meth:`settle_promotion`."""
        with self._begin("the promotion record") as conn:
            if not self._exists(conn, "_mw_promotions"):
                return None
            rec = self._record(conn, run_id)
        if rec is None or rec.get("state") == "pending":
            return None
        return rec

    def settle_promotion(self, run_id: str) -> list[str]:
        """A promotion cut between its ``done`` record and the DROP of its staging table (DDL commits on its own)
        left that table: dropped here under the final table's promotion lock (the re-run of a promoted run calls
        it). Best effort: a failure leaves the table for the next re-run; returns the tables dropped."""
        rec = self.promotion(run_id)
        if rec is None or rec.get("state") != "done" or not rec.get("table"):
            return []
        leftover = f"{rec['table']}__mw_stg_{run_id[-10:].lower()}"  # sql_target.stage_name
        try:
            with self._final_lock(rec["table"]), self._begin("the promotion record") as conn:
                if not self._exists(conn, leftover):
                    return []
                self._drop(conn, leftover)
        except (DBAPIError, MapwrightError):
            return []
        return [leftover]

    def _rename_pairs(self, conn: Connection, pairs: list[tuple[str, str]]) -> None:
        """One atomic ``RENAME TABLE a TO b, c TO d``: sqlglot has no node for MariaDB's multi-pair rename,
        so the statement is a Command over identifiers quoted by sqlglot's MySQL dialect."""
        body = ", ".join(f"{_tbl(a).sql(self._dialect)} TO {_tbl(b).sql(self._dialect)}" for a, b in pairs)
        self._run(conn, exp.Command(this="RENAME", expression=exp.Literal.string(f"TABLE {body}")))

    def promote(self, spec: MigrationSpec, summary: dict[str, str], *, expect_marker: str | None = None) -> str | None:
        """Keep the previous version, move staging to final (atomic RENAME or one DML transaction), record it.

        All of it holds the table's session lock (:meth:`_final_lock`: the DDL on the way commits, which releases
        row locks). The transaction that writes the promotion record (``pending`` before a RENAME, or with the DML)
        first takes the table's version row and checks ``expect_marker`` there (:meth:`SqlTarget._lock_final`)."""
        self._ensure_versions()
        with self._final_lock(spec.table) as lock:
            try:
                return self._promote(spec, summary, expect_marker, lock)
            except DBAPIError as exc:
                raise write_refused(self.location, first_line(exc)) from None

    def _unfinished_other(self, conn: Connection, table: str, run_id: str) -> None:
        """Refuse while another run's promotion (``pending``) or rollback (``rolling_back``) of ``table`` was cut
        before its RENAME finished: writing now would land rows in a table that resuming it moves aside."""
        q = sa.select(self._prom.c.run_id, self._prom.c.payload).where(
            self._prom.c.table_name == table, self._prom.c.run_id != run_id)
        for other, payload in conn.execute(q):
            state = json.loads(payload).get("state")
            if state in UNFINISHED:
                fix = f"roll back run {other} again to finish it" if state == "rolling_back" else \
                    f"resume run {other} first"
                raise TargetWriteRefused(self.location, f"run {other}'s {UNFINISHED[state]} of {table} was "
                                                        f"interrupted: {fix}")

    def _drop_unrecorded(self, run_id: str, name: str) -> None:
        """Drop a table this promotion created before it failed, unless its record exists after all (a commit cut
        after it happened): best effort, the error raised is the one that stopped the promotion."""
        try:
            with self._begin() as conn:
                if self._record(conn, run_id) is None:
                    self._drop(conn, name)
        except (DBAPIError, MapwrightError):
            pass

    def _promote(self, spec: MigrationSpec, summary: dict[str, str], expect: str | None,
                 lock: HeldLock) -> str | None:
        stage_n, prev = stage_name(spec), prev_name(spec.table, spec.run_id)
        new_n = f"{spec.table}__mw_new_{spec.run_id[-10:].lower()}"
        cols = [c.name for c in spec.columns]
        with self._begin() as conn:
            rec = self._record(conn, spec.run_id)
            exists = self._exists(conn, spec.table)
            if rec is None:
                self._unfinished_other(conn, spec.table, spec.run_id)
                # the GET_LOCK serializes promotions and rollbacks (the only writers of the marker): checked here,
                # before any DDL commits a copy of the table that a refusal would leave behind
                if expect is not None and self._marker(conn, spec.table) != expect:
                    raise FinalTableChanged(spec.run_id, spec.table)
        if rec is not None and rec.get("state") != "pending":
            return rec.get("previous_table") or None
        final = self._table(spec.table, spec.columns, spec.key, chunk=False)
        select: Any = sa.select(*[sa.column(c) for c in cols]).select_from(sa.table(stage_n))
        if spec.disposition is Disposition.SCD2:
            return self._promote_scd2(spec, summary, stage_n, prev if exists else None, exists, expect, lock)
        if rec is None and (spec.disposition is Disposition.REPLACE or not exists):
            with self._begin() as conn:
                self._drop(conn, new_n)
                new = self._table(new_n, spec.columns, spec.key, chunk=False)
                new.create(conn)
            faults.point("promote_created")
            try:
                with self._begin() as conn:
                    self._lock_final(conn, spec.table, expect, spec.run_id)
                    conn.execute(new.insert().from_select(cols, select))
                    rec = {**summary, "table": spec.table, "previous_table": prev if exists else "",
                           "state": "pending", SEQ_KEY: current_version(conn, self._versions, spec.table)}
                    lock.verify()
                    conn.execute(self._prom.insert().values(run_id=spec.run_id, table_name=spec.table,
                                                            previous_table=rec["previous_table"] or None,
                                                            payload=json.dumps(rec)))
            except BaseException:
                self._drop_unrecorded(spec.run_id, new_n)  # no record points at it
                raise
            faults.point("promote_pending")
        if rec is not None:  # pending replace: rename if not yet done, then finish
            with self._begin() as conn:
                if self._exists(conn, new_n):
                    lock.verify()
                    if rec["previous_table"]:
                        self._drop(conn, prev)
                        faults.point("promote_renaming")
                        self._rename_pairs(conn, [(spec.table, prev), (new_n, spec.table)])
                    else:
                        self._rename_pairs(conn, [(new_n, spec.table)])
            faults.point("mid_promote")
            return self._finish(spec, stage_n, {**rec, "state": "done"})
        try:
            with self._begin() as conn:  # append / merge into an existing table: keep a copy, then one DML txn
                self._keep_copy(conn, prev, spec.table)
            faults.point("promote_kept")
            with self._begin() as conn:
                self._lock_final(conn, spec.table, expect, spec.run_id)
                if spec.disposition is Disposition.APPEND:
                    conn.execute(final.insert().from_select(cols, select))
                else:
                    ins = mysql_insert(final).from_select(cols, select)
                    values = [c for c in cols if c not in spec.key] or cols[:1]
                    conn.execute(ins.on_duplicate_key_update({c: ins.inserted[c] for c in values}))
                faults.point("mid_promote")
                done = {**summary, "table": spec.table, "previous_table": prev, "state": "done",
                        SEQ_KEY: current_version(conn, self._versions, spec.table)}
                lock.verify()
                conn.execute(self._prom.insert().values(run_id=spec.run_id, table_name=spec.table,
                                                        previous_table=prev, payload=json.dumps(done)))
        except BaseException:
            self._drop_unrecorded(spec.run_id, prev)  # the kept copy (personal data) with no record pointing at it
            raise
        return self._finish(spec, stage_n, done)

    def _promote_scd2(self, spec: MigrationSpec, summary: dict[str, str], stage_n: str, prev: str | None,
                      exists: bool, expect: str | None, lock: HeldLock) -> str | None:
        """SCD-2 (adapters/targets/scd2.py): copy kept, then the version changes and the record in one txn.

        A kill after the first-load CREATE TABLE (DDL commits) leaves an empty table and no record:
        the resumed promotion finds the table, closes nothing and opens every version.
        """
        try:
            if prev:
                with self._begin() as conn:
                    self._keep_copy(conn, prev, spec.table)
                faults.point("promote_kept")
            with self._begin() as conn:
                self._lock_final(conn, spec.table, expect, spec.run_id)
                counts = scd2.promote(conn, spec, stage_n, exists=exists, types=SA_TYPES,
                                      existing_columns=self._columns(conn, spec.table) if exists else [],
                                      ts_type=mysql.DATETIME(fsp=6))
                faults.point("mid_promote")
                done = {**summary, **{k: str(v) for k, v in counts.items()}, "table": spec.table,
                        "previous_table": prev or "", "state": "done",
                        SEQ_KEY: current_version(conn, self._versions, spec.table)}
                lock.verify()
                conn.execute(self._prom.insert().values(run_id=spec.run_id, table_name=spec.table,
                                                        previous_table=prev, payload=json.dumps(done)))
        except BaseException:
            if prev:
                self._drop_unrecorded(spec.run_id, prev)  # the kept copy with no record pointing at it
            raise
        return self._finish(spec, stage_n, done)

    def _finish(self, spec: MigrationSpec, stage_n: str, rec: dict[str, Any]) -> str | None:
        with self._begin() as conn:
            conn.execute(sa.update(self._prom).where(self._prom.c.run_id == spec.run_id).values(
                payload=json.dumps(rec)))
        faults.point("promote_recorded")
        with self._begin() as conn:
            self._drop(conn, stage_n)
        return rec.get("previous_table") or None

    def _set_state(self, run_id: str, rec: dict[str, Any]) -> None:
        with self._begin() as conn:
            conn.execute(sa.update(self._prom).where(self._prom.c.run_id == run_id).values(payload=json.dumps(rec)))

    def _restore_unless_renamed(self, run_id: str, rec: dict[str, Any], table: str, aside: str) -> None:
        """After a rollback's RENAME was cut: give the record back its state when the tables show the RENAME did
        not happen (the table in place, no set-aside table), so other runs' promotions are not refused for it.
        Best effort: when the target cannot tell, the record stays ``rolling_back`` (rolling back again ends it)."""
        try:
            with self._begin() as conn:
                if self._exists(conn, table) and not self._exists(conn, aside):
                    conn.execute(sa.update(self._prom).where(self._prom.c.run_id == run_id).values(
                        payload=json.dumps(rec)))
        except (DBAPIError, MapwrightError):
            pass

    def rollback(self, run_id: str, table: str) -> str:
        """Swap the kept previous version back in with one atomic RENAME; the rolled-back table is kept. Only the
        table's latest standing promotion is rolled back (else :class:`LaterPromotionStands`, nothing touched).

        All of it under the table's session lock (:meth:`_final_lock`). The record is marked ``rolling_back``
        (under the version row) before the RENAME, which commits on its own, and removed after it: a rollback cut
        between the two finds that state, sees from the tables that the rename was done and only removes the
        record; a fresh rollback never takes an old set-aside table for its own rename."""
        aside = f"{table}__mw_rolledback_{run_id[-10:].lower()}"
        self._ensure_versions()
        with self._final_lock(table) as lock:
            try:
                with self._begin() as conn:
                    self._lock_final(conn, table, None, run_id)
                    rec = self._record(conn, run_id)
                    if rec is None:
                        raise IncompatibleTarget(table, missing=[], extra_required=[],
                                                 reason=f"run {run_id} has no promotion to roll back")
                    if rec.get("state") == "pending":
                        raise IncompatibleTarget(table, missing=[], extra_required=[], reason=(
                            f"run {run_id}'s promotion of {table} was interrupted before it finished; resume the "
                            "run (it finishes the promotion, which keeps the previous version), then roll it back"))
                    if rec.get("state") != "rolling_back":  # (a later promotion waits for a cut rollback)
                        # the target's own records: a later run's promotion of the table (from any metadata
                        # store) stands -> refused, nothing touched (adapters/targets/promotion_order.py)
                        require_latest(conn, self._prom, table, run_id, rec)
                        self._unfinished_other(conn, table, run_id)
                        conn.execute(sa.update(self._prom).where(self._prom.c.run_id == run_id).values(
                            payload=json.dumps({**rec, "state": "rolling_back"})))
                faults.point("rollback_marked")
                prev = rec.get("previous_table")
                with self._begin() as conn:
                    renamed = rec.get("state") == "rolling_back" and self._exists(conn, aside) \
                        and not self._exists(conn, prev or table)
                    if not renamed:
                        try:
                            lock.verify()
                            self._drop(conn, aside)
                            self._rename_pairs(conn, [(table, aside), (prev, table)] if prev else [(table, aside)])
                        except DBAPIError as exc:  # refused (one atomic statement: nothing renamed) -> as before
                            if transient(self.location, exc) is None:
                                self._set_state(run_id, rec)
                            else:  # cut: the tables tell whether the RENAME happened
                                self._restore_unless_renamed(run_id, rec, table, aside)
                            raise
                        except TargetBusy:  # the lock was lost before the RENAME
                            self._restore_unless_renamed(run_id, rec, table, aside)
                            raise
                faults.point("mid_rollback")
                with self._begin() as conn:  # the marker moves under the version row
                    self._lock_final(conn, table, None, run_id)
                    conn.execute(sa.delete(self._prom).where(self._prom.c.run_id == run_id))
            except DBAPIError as exc:
                raise write_refused(self.location, first_line(exc)) from None
        return aside
