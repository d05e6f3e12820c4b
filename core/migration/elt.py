"""ELT strategy (§14): when the source table lives in the target database, the plan runs there.

The choice: ELT when the source is a table of the same database as the target and every op of
the plan (and every type conversion and constraint check) compiles exactly for the target's
dialect; ETL (Polars batches) otherwise. :func:`choose_strategy` returns the choice with its
reason, recorded in the pre-flight event and on the Migration Run artifact.

The ELT run keeps the ETL guarantees: one ``CREATE TABLE AS`` materializes the source through the
plan in the target (typed columns, constraint reason codes computed in SQL, chunk id by key
hash); then each chunk is one transaction holding ``INSERT ... SELECT`` of its valid rows into
staging, its quarantine records and its checkpoint (content hash over the chunk's rows, so a
re-run of a finished chunk is a no-op). Validations compare the staged rows' checksum with the
source-through-plan checksum computed in SQL, then the target promotes as for ETL.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

import polars as pl
from sqlglot import exp

from core.ledger import Decision, LedgerRecorder, Stage
from core.migration import faults
from core.migration.chunks import chunk_count
from core.migration.constraints import REASONS
from core.migration.elt_sql import (
    CHUNK_COL,
    ELT_DIALECTS,
    REASONS_COL,
    EltUnsupported,
    checksum_query,
    col,
    table_ref,
    work_query,
)
from core.migration.engine import _quarantine, fk_check, record_validations
from core.migration.models import (
    Checkpoint,
    ChunkResult,
    MigrationRun,
    MigrationSpec,
    QuarantineRecord,
    ValidationResult,
)
from core.migration.notices import record_notices, take_notices
from core.migration.ports import TargetPort
from core.migration.recheck import StaleChunk, discard_stale, stale_chunks
from core.migration.settle import ALREADY_PROMOTED, record_dropped, record_recovered_promotion, settle_promotion
from core.migration.source_change import discard_announced


@runtime_checkable
class EltPort(TargetPort, Protocol):
    """A target that can also run SQL over a source table inside it."""

    def same_database(self, source_url: str) -> bool:
        """True when ``source_url`` names the target's own database."""
        ...

    def source_kinds(self, table: str) -> dict[str, str]:
        """Logical type (string/int/float/decimal/date/datetime/bool) of each column of ``table``."""
        ...

    def stage_table(self, spec: MigrationSpec) -> str:
        """Name of the run's staging table."""
        ...

    def query(self, query: exp.Expr) -> pl.DataFrame:
        """Rows of a SELECT built for the target's dialect."""
        ...

    def execute(self, statements: list[exp.Expr]) -> None:
        """Run the statements in one transaction."""
        ...

    def write_elt_chunk(self, spec: MigrationSpec, chunk_id: int, rows: exp.Select, quarantine: list[QuarantineRecord],
                        checkpoint: Checkpoint) -> bool:
        """As ``write_chunk``, the staged rows coming from ``rows`` (target columns + chunk id) in SQL."""
        ...


def work_table(spec: MigrationSpec) -> str:
    """The run's ELT work table (source through the plan, with reasons and chunk ids)."""
    return f"{spec.table}__mw_elt_{spec.run_id[-10:].lower()}"


def choose_strategy(spec: MigrationSpec, target: TargetPort, source_url: str | None,
                    source_table: str | None) -> tuple[str, str, exp.Select | None]:
    """(``"ELT"`` or ``"ETL"``, the reason, the ELT work query when ELT)."""
    if source_url is None or source_table is None:
        return "ETL", "the source is a file, not a table inside the target database: Polars batches", None
    if not isinstance(target, EltPort) or not target.same_database(source_url):
        return "ETL", "the source table is in another database than the target: Polars batches", None
    if target.dialect not in ELT_DIALECTS:
        return "ETL", f"ELT is verified on {list(ELT_DIALECTS)}, not {target.dialect}: Polars batches", None
    try:
        kinds = target.source_kinds(source_table)
        rows = int(target.query(exp.select(exp.Count(this=exp.Star())).from_(table_ref(source_table))).item())
        query = work_query(spec, source_table, kinds, chunk_count(rows, spec.batch_size), target.dialect)
    except EltUnsupported as exc:
        return "ETL", f"source and target share the database, but {exc}: Polars batches", None
    return "ELT", (f"source table {source_table} is inside the target database and every op of the plan "
                   f"compiles for {target.dialect}: the compiled SQL runs in the target"), query


def _elt_chunk(spec: MigrationSpec, target: EltPort, work: str, cid: int, secret: bytes, owner: str) -> ChunkResult:
    started = datetime.now(UTC)
    cols = [c.name for c in spec.columns]
    in_chunk = exp.EQ(this=col(CHUNK_COL), expression=exp.Literal.number(cid))
    valid = exp.and_(in_chunk, exp.EQ(this=col(REASONS_COL), expression=exp.Literal.string("")))
    faults.point("transform")
    n_good, total = target.query(checksum_query(work, cols, target.dialect, where=valid)).row(0)
    srcs = [f"__src_{s}" for s in spec.source_columns]
    bad = target.query(exp.select(*[col(c) for c in [*cols, REASONS_COL, *srcs]]).from_(table_ref(work)).where(
        exp.and_(in_chunk.copy(), exp.NEQ(this=col(REASONS_COL), expression=exp.Literal.string(""))))).rename(
        {REASONS_COL: REASONS}).with_columns(pl.col(REASONS).cast(pl.String).str.split(","))
    quarantine = _quarantine(spec, cid, bad, secret)
    digest = hashlib.sha256(f"{spec.plan_hash}|{n_good}:{total}|{','.join(q.key_token for q in quarantine)}"
                            .encode()).hexdigest()
    ckpt = Checkpoint(run_id=spec.run_id, chunk_id=cid, content_hash=digest, started_at=started,
                      finished_at=datetime.now(UTC), row_count_in=int(n_good) + len(quarantine),
                      row_count_out=int(n_good), quarantined=len(quarantine), checksum=f"{n_good}:{total}",
                      validations={"constraint_failures": len(quarantine)}, owner=owner)
    rows = exp.select(*[col(c) for c in [*cols, CHUNK_COL]]).from_(table_ref(work)).where(valid.copy())
    faults.point("before_write")
    wrote = target.write_elt_chunk(spec, cid, rows, quarantine, ckpt)
    faults.point("after_write")
    return ChunkResult(chunk_id=cid, noop=not wrote, checkpoint=ckpt, notices=take_notices(target))


def settle_elt(spec: MigrationSpec, target: EltPort, work: str, ledger: LedgerRecorder | None) -> list[str]:
    """A promoted ELT run's re-run: drop the work table a kill after the promotion's commit left, and what the
    promotion itself left (:func:`core.migration.settle.settle_promotion`), each on the ledger; returns them."""
    dropped: list[str] = []
    if target.table_exists(work):
        target.execute([exp.Drop(tables=[table_ref(work)], kind="TABLE", exists=True)])
        record_dropped(ledger, "migration.work_table_dropped", work, strategy="ELT",
                       reason="the run was cut after its promotion committed and before it dropped its ELT work table")
        dropped.append(work)
    return dropped + settle_promotion(target, spec.run_id, ledger, strategy="ELT")


def recheck_elt(spec: MigrationSpec, target: EltPort, ledger: LedgerRecorder | None) -> list[StaleChunk]:
    """A resumed ELT run: every finished chunk's staged rows vs its checkpoint (count and checksum, one grouped
    query in SQL); a stale chunk is discarded and loads again (:mod:`core.migration.recheck`)."""
    ckpts = target.checkpoints(spec.run_id)
    if not ckpts:
        return []
    cols = [c.name for c in spec.columns]
    q = checksum_query(target.stage_table(spec), cols, target.dialect).select(col(CHUNK_COL)).group_by(col(CHUNK_COL))
    staged = {int(cid): f"{n}:{total}" for n, total, cid in target.query(q).iter_rows()}
    stale = stale_chunks(ckpts, staged, empty="0:0")  # ELT checkpoints carry ``count:sum`` computed in SQL
    return discard_stale(spec, target, len(ckpts), stale, ledger, strategy="ELT")


def other_snapshot(spec: MigrationSpec, target: EltPort, work: str, ledger: LedgerRecorder | None) -> list[int]:
    """A resumed ELT run re-creates its work table from the source table as it is now: a finished chunk whose valid
    rows there (count and checksum, one grouped query) are not what its checkpoint staged came from another version
    of the source table, and is discarded so it loads again from this one (never two versions promoted together);
    a ``migration.source_changed`` event names them before the first is discarded
    (:func:`core.migration.source_change.discard_announced`)."""
    ckpts = target.checkpoints(spec.run_id)
    if not ckpts:
        return []
    valid = exp.EQ(this=col(REASONS_COL), expression=exp.Literal.string(""))
    q = checksum_query(work, [c.name for c in spec.columns], target.dialect, where=valid)
    now = {int(cid): f"{n}:{total}" for n, total, cid in target.query(
        q.select(col(CHUNK_COL)).group_by(col(CHUNK_COL))).iter_rows()}
    other = [c for c in ckpts if now.get(c.chunk_id, "0:0") != c.checksum]
    if not other:
        return []
    return discard_announced(spec, target, other, ledger, {
        "chunks": [c.chunk_id for c in other],
        "next_action": "the discarded chunks load again from the source table as it is now",
        "reason": "the source table changed since these chunks were staged: promoting them with chunks of this "
                  "run could mix two versions of it"}, strategy="ELT")


def validate_elt(spec: MigrationSpec, target: EltPort, work: str, rows_in: int,
                 n_chunks: int) -> list[ValidationResult]:
    """row_count, checksum (staged vs source-through-plan, both in SQL) and fk_check."""
    ckpts = target.checkpoints(spec.run_id)
    cols = [c.name for c in spec.columns]
    loaded, quarantined = sum(c.row_count_out for c in ckpts), sum(c.quarantined for c in ckpts)
    n_staged, staged_sum = target.query(checksum_query(target.stage_table(spec), cols, target.dialect)).row(0)
    staged = f"{n_staged}:{staged_sum}"
    checks: list[ValidationResult] = []
    if "row_count" in spec.validation_checks:
        ok = len(ckpts) == n_chunks and rows_in == loaded + quarantined and int(n_staged) == loaded
        checks.append(ValidationResult(name="row_count", passed=ok, expected=f"in={rows_in} chunks={n_chunks}",
                                       actual=f"loaded={loaded} staged={n_staged} quarantined={quarantined} "
                                              f"chunks={len(ckpts)}"))
    if "checksum" in spec.validation_checks:
        valid = exp.EQ(this=col(REASONS_COL), expression=exp.Literal.string(""))
        n_exp, exp_sum = target.query(checksum_query(work, cols, target.dialect, where=valid)).row(0)
        expected = f"{n_exp}:{exp_sum}"
        checks.append(ValidationResult(name="checksum", passed=expected == staged, expected=expected, actual=staged,
                                       detail="order-independent sum of 64-bit row hashes computed in SQL: "
                                              "source-through-plan vs staged"))
    checks += fk_check(spec, target)
    return checks


def migrate_elt(spec: MigrationSpec, source_table: str, query: exp.Select, target: EltPort, *, secret: bytes,
                reason: str, ledger: LedgerRecorder | None = None, promote: bool = True) -> MigrationRun:
    """Run the migration inside the target (``query`` from :func:`choose_strategy`); resumable, idempotent."""
    prior = target.promotion(spec.run_id)
    work = work_table(spec)
    base = {"run_id": spec.run_id, "table": spec.table, "target": target.location, "disposition": spec.disposition,
            "strategy": "ELT", "strategy_reason": reason}
    rows_in = int(target.query(exp.select(exp.Count(this=exp.Star())).from_(table_ref(source_table))).item())
    n_chunks = chunk_count(rows_in, spec.batch_size)
    if prior is not None:  # a kill after the promotion's commit may have left the work and staging tables
        settle_elt(spec, target, work, ledger)
        record_recovered_promotion(ledger, spec.run_id, spec.table, prior, strategy="ELT")
        ck = target.checkpoints(spec.run_id)
        return MigrationRun(**{**base, "strategy_reason": ALREADY_PROMOTED}, chunks=n_chunks, rows_in=rows_in,
                            rows_loaded=sum(c.row_count_out for c in ck),
                            rows_quarantined=sum(c.quarantined for c in ck), checksum=prior.get("checksum", ""),
                            validations=[], promoted=True, previous_table=prior.get("previous_table") or None)
    target.prepare(spec)  # the stage's pre-flight did it (and recorded the choice); idempotent
    target.execute([exp.Drop(tables=[table_ref(work)], kind="TABLE", exists=True),
                    exp.Create(this=table_ref(work), kind="TABLE", expression=query)])
    recheck_elt(spec, target, ledger)
    other_snapshot(spec, target, work, ledger)
    done = {c.chunk_id for c in target.checkpoints(spec.run_id)}
    owner = f"{os.uname().nodename}:{os.getpid()}"
    for cid in (i for i in range(n_chunks) if i not in done):
        r = _elt_chunk(spec, target, work, cid, secret, owner)
        if ledger is not None:
            ledger.record(Stage.MIGRATION, Decision.ACCEPT, "migration.chunk", chunk_id=str(cid),
                          detail={"noop": r.noop, "rows_in": r.checkpoint.row_count_in, "strategy": "ELT",
                                  "rows_out": r.checkpoint.row_count_out, "quarantined": r.checkpoint.quarantined,
                                  "content_hash": r.checkpoint.content_hash})
        record_notices(ledger, r.notices, strategy="ELT")
    checks = validate_elt(spec, target, work, rows_in, n_chunks)
    record_validations(spec, checks, ledger)
    ck = target.checkpoints(spec.run_id)
    loaded, quarantined = sum(c.row_count_out for c in ck), sum(c.quarantined for c in ck)
    total = next((c.actual for c in checks if c.name == "checksum"), "")
    previous: str | None = None
    if promote:
        faults.point("before_promote")
        previous = target.promote(spec, {"checksum": total, "rows_loaded": str(loaded),
                                         "rows_quarantined": str(quarantined), "strategy": "ELT"})
        record_notices(ledger, take_notices(target), strategy="ELT")  # a promotion lock not released after it
        faults.point("after_promote")
        target.execute([exp.Drop(tables=[table_ref(work)], kind="TABLE", exists=True)])
        if ledger is not None:
            ledger.record(Stage.MIGRATION, Decision.ACCEPT, "migration.promoted",
                          detail={"table": spec.table, "previous_table": previous, "rows": loaded, "strategy": "ELT"})
    return MigrationRun(**base, chunks=n_chunks, rows_in=rows_in, rows_loaded=loaded, rows_quarantined=quarantined,
                        checksum=total, validations=checks, promoted=promote, previous_table=previous)
