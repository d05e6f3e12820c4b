"""Typed errors of the Migration stage (§31), each naming the fix."""

from __future__ import annotations

from core.errors import DeterministicFailure, PolicyBlock, TransientFailure


class TargetUnavailable(TransientFailure):
    """The target database cannot be reached (retry; check the URL and that the server is up)."""

    def __init__(self, location: str, cause: str, **kw: object) -> None:
        super().__init__(f"target {location} is unreachable: {cause}; check the target URL and that the "
                         "database is up, then resume (finished chunks are not redone)",
                         stage="MIGRATION", location=location, cause=cause, **kw)  # type: ignore[arg-type]


class TargetBusy(TransientFailure):
    """Another transaction holds or changed what this one needed (a concurrent promotion, a write-write conflict, a
    deadlock): nothing of this transaction was kept; resuming retries it."""

    def __init__(self, location: str, cause: str, **kw: object) -> None:
        super().__init__(f"target {location} was busy: {cause}; another process was writing the same table at the "
                         "same time. Resume once it is done (this transaction was rolled back, nothing partial was "
                         "kept)", stage="MIGRATION", location=location, cause=cause, **kw)  # type: ignore[arg-type]


class TargetReadFailed(DeterministicFailure):
    """The target answered, but refused or failed a read (a missing table, a privilege): nothing was written."""

    def __init__(self, location: str, what: str, cause: str, **kw: object) -> None:
        super().__init__(f"reading {what} from target {location} failed: {cause}; check that the table exists (a "
                         "final table exists once a run of it was promoted) and that the role may SELECT it",
                         stage="MIGRATION", location=location, what=what, cause=cause, **kw)  # type: ignore[arg-type]


class TargetWriteRefused(DeterministicFailure):
    """The target refused a write (permissions, space, constraint): nothing of the chunk was kept."""

    def __init__(self, location: str, cause: str, chunk_id: int | None = None, **kw: object) -> None:
        where = f" chunk {chunk_id}" if chunk_id is not None else ""
        super().__init__(f"target {location} refused the write of{where or ' the promotion'}: {cause}; "
                         "grant the loading role CREATE/INSERT on the target schema (or free space), then "
                         "resume; the transaction was rolled back, so no partial data was kept",
                         stage="MIGRATION", chunk_id=None if chunk_id is None else str(chunk_id),
                         location=location, cause=cause, **kw)  # type: ignore[arg-type]


#: how a full disk, tablespace or quota reads in the drivers' messages: ENOSPC ("No space left on device";
#: PostgreSQL SQLSTATE 53100 "could not extend file"), EFBIG / RLIMIT_FSIZE ("File too large"), SQLite
#: "database or disk is full", MariaDB "The table ... is full" / errno 28
OUT_OF_SPACE = ("no space left", "could not extend file", "file too large", "disk is full", "disk full",
                "errno: 28", "errno 28", "is full")


class TargetOutOfSpace(TargetWriteRefused):
    """The target ran out of space (disk, tablespace, quota) mid-write: the transaction was rolled back."""

    def __init__(self, location: str, cause: str, chunk_id: int | None = None, **kw: object) -> None:
        where = f" chunk {chunk_id}" if chunk_id is not None else " the promotion"
        DeterministicFailure.__init__(
            self, f"target {location} ran out of space while writing{where}: {cause}; free space where the "
                  "target stores its tables (disk, tablespace or quota; staging needs about the size of the "
                  "loaded rows again), then resume: the transaction was rolled back, so nothing partial was "
                  "kept and finished chunks are not redone",
            stage="MIGRATION", chunk_id=None if chunk_id is None else str(chunk_id), location=location,
            cause=cause, **kw)  # type: ignore[arg-type]


def write_refused(location: str, cause: str, chunk_id: int | None = None) -> TargetWriteRefused:
    """The typed error of a refused write: :class:`TargetOutOfSpace` when ``cause`` is a full disk."""
    if any(mark in cause.lower() for mark in OUT_OF_SPACE):
        return TargetOutOfSpace(location, cause, chunk_id=chunk_id)
    return TargetWriteRefused(location, cause, chunk_id=chunk_id)


class TargetNameClash(DeterministicFailure):
    """The target already holds a table whose name differs from the target table's only in case, and the target's
    table names are case-insensitive (DuckDB): the two are one table to it. The names are the target's schema
    metadata (not personal values), so the message gives them as they are."""

    def __init__(self, location: str, table: str, existing: str) -> None:
        super().__init__(
            f"target {location} already has a table {existing!r}, whose name differs from {table!r} only in case; "
            f"its table names are case-insensitive, so they are the same table: name the target table {existing!r} "
            f"in the target schema to write into it, or a name that differs in more than case; nothing was written",
            stage="MIGRATION", location=location, table=table, existing=existing)


class IncompatibleTarget(DeterministicFailure):
    """An existing target table does not match the Target Catalog (checked before any write)."""

    def __init__(self, table: str, *, missing: list[str], extra_required: list[str], reason: str = "") -> None:
        msg = reason or (f"existing target table {table!r} is incompatible with the target schema: "
                         f"missing columns {missing}; migrate it "
                         "with disposition=replace (the old table is kept for rollback) or fix the schema")
        super().__init__(msg, stage="MIGRATION", table=table, missing=missing, extra_required=extra_required)


class ValidationFailed(DeterministicFailure):
    """Pre-promotion validations failed: nothing was promoted."""

    def __init__(self, run_id: str, failed: list[str]) -> None:
        super().__init__(f"migration of run {run_id} failed validations {failed}; nothing was promoted. "
                         "Inspect `mapwright migration status` and the quarantine, fix, and resume",
                         run_id=run_id, stage="MIGRATION", failed=failed)


class ResumeMismatch(DeterministicFailure):
    """The chunk plan of a resumed run differs from the one that started it."""

    def __init__(self, run_id: str, reason: str) -> None:
        super().__init__(f"cannot resume migration of run {run_id}: {reason}; start a new run",
                         run_id=run_id, stage="MIGRATION", reason=reason)


class StreamedRowsMismatch(DeterministicFailure):
    """A chunk's streamed rows are not what its checkpoint would record (:mod:`core.migration.thin`): nothing of
    the chunk is written, and the stream's uncheckpointed rows are removed when it closes."""

    def __init__(self, run_id: str, chunk_id: int, reason: str) -> None:
        super().__init__(f"chunk {chunk_id} of run {run_id}: {reason}; re-run the migration (its pass streams the "
                         "chunk's rows again)", run_id=run_id, stage="MIGRATION", chunk_id=str(chunk_id), reason=reason)


class MigrationNotAllowed(PolicyBlock):
    """The policy engine refused the migration (mode or role)."""


class UnchangedRowsNotStreamed(DeterministicFailure):
    """A merge's checkpoints count rows as unchanged (held by the final table, never staged:
    :mod:`core.migration.unchanged`), but this promotion's preparation did not stream the run's pass, so its
    expected checksum would cover those rows too: refused before any validation or write."""

    def __init__(self, run_id: str, unchanged: int) -> None:
        super().__init__(f"run {run_id}: {unchanged} rows were counted unchanged by a streamed merge pass and not "
                         "staged, and only that pass can validate them; promote the run with `mapwright migration "
                         "run` (run_migration, which streams the pass again) once no other worker holds the run's "
                         "stream, not through the promote step alone; nothing was promoted",
                         run_id=run_id, stage="MIGRATION", unchanged=unchanged)


class FinalTableChanged(DeterministicFailure):
    """The final table was promoted into (or rolled back) after a merge's pass read its rows' hashes: rows
    counted unchanged then may differ now, so promoting would lose their values. Nothing was written."""

    def __init__(self, run_id: str, table: str) -> None:
        super().__init__(f"run {run_id}: table {table!r} was promoted into or rolled back since this merge read it; "
                         "the rows it counted unchanged may have changed since. Start a new run of the merge (its "
                         "pass reads the table again); nothing was promoted",
                         run_id=run_id, stage="MIGRATION", table=table)


class StrategyChanged(DeterministicFailure):
    """The pre-flight chose ELT, but by the time the run started the plan could no longer run inside the target
    (the source table changed or moved): nothing was written."""

    def __init__(self, run_id: str, table: str, reason: str) -> None:
        super().__init__(f"run {run_id}: the pre-flight chose ELT for source table {table!r}, but now {reason}; "
                         "re-run the migration (its pre-flight chooses the strategy again); nothing was written",
                         run_id=run_id, stage="MIGRATION", table=table, reason=reason)


class SourceChangedDuringRead(TransientFailure):
    """The source's fingerprint changed while the pass read it (a file rewritten mid-read): its rows may mix two
    versions, so nothing of this pass is checkpointed; resuming reads it again."""

    def __init__(self, run_id: str, before: str, after: str) -> None:
        super().__init__(f"run {run_id}: the source changed while it was being read (its fingerprint went from "
                         f"{before or 'unknown'} to {after or 'unknown'}); nothing of this read was checkpointed. "
                         "Wait until whatever writes the source is done, then resume the migration",
                         run_id=run_id, stage="MIGRATION", before=before, after=after)


class SpillDamaged(DeterministicFailure):
    """A kept spill lost, gained or changed a file since it was completed (its manifest lists every file with its
    rows, size and SHA-256): none of it is loaded, and the damaged folder is set aside so the next step rebuilds it."""

    def __init__(self, folder: str, problem: str, chunk_id: int | None = None, *, replaced: bool = False) -> None:
        where = f" (reading chunk {chunk_id})" if chunk_id is not None else ""
        fix = ("another worker rebuilt the spill since this step opened it and the fresh one was left in place: the "
               "re-run reads the fresh spill") if replaced else (
            "the damaged spill was set aside and the step prepares it again from the source, then stages every "
            "finished chunk again against it before promotion (a chunk whose content did not change is not "
            "written again)")
        super().__init__(f"the spill {folder} is damaged{where}: {problem}; nothing of it was loaded. Re-run the "
                         f"migration step: {fix}",
                         stage="MIGRATION", chunk_id=None if chunk_id is None else str(chunk_id), folder=folder,
                         problem=problem, replaced=replaced)
        self.folder, self.problem, self.chunk = folder, problem, chunk_id


class LaterPromotionStands(DeterministicFailure):
    """The run's table was promoted again by a later run whose promotion still stands: rolling the run back would
    put its kept version (or nothing, when its promotion created the table) over the later run's rows."""

    def __init__(self, run_id: str, table: str, later: list[str], **kw: object) -> None:
        first = later[-1]
        super().__init__(
            f"run {run_id} is not the latest promotion of {table}: run(s) {', '.join(later)} promoted it since, "
            f"and rolling back {run_id} now would replace their rows. Roll back the latest first "
            f"(`mapwright migration rollback {first} --user ... --role ...`), then this run",
            run_id=run_id, stage="MIGRATION", table=table, later_runs=later, **kw)  # type: ignore[arg-type]
