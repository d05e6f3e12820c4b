"""The Migration stage entry points (§14): pre-flight, chunks, promotion — every decision here.

:func:`run_migration` is THE entry point: pre-flight, every chunk, validations and promotion in
one process (the CLI, the embedded example, quarantine releases, benchmarks). Dagster calls its
three steps as assets: :func:`preflight` (``migration_preflight``), :func:`load_chunks`
(``migration_chunks``, one partition per chunk: each materialization is its checkpoint) and
:func:`promote` (``promotion``). The source is read, transformed and spilled once per run
(:class:`~core.migration.prepared.Prepared` under ``ports.spill_dir``): the chunk steps and the
promotion reuse the spill and it is removed once the run is promoted. In metadata_only the
policy engine refuses ``migration_execute``: pre-flight stores a dry-run plan and the stage stops.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import polars as pl

from core.artifacts import ArtifactKind
from core.contract import RunContract
from core.errors import MapwrightError
from core.gates import GateResult, record_gate
from core.ledger import Decision, LedgerRecorder, Stage
from core.migration import faults
from core.migration.elt import EltPort
from core.migration.elt_stage import run_elt
from core.migration.engine import Prepared, record_validations, run_chunks, validate
from core.migration.models import (
    ChunkResult,
    Disposition,
    MigrationRun,
    MigrationSpec,
    ValidationResult,
    validations_table,
)
from core.migration.notices import record_notices, take_notices
from core.migration.preflight import ESTIMATE_ROWS_PER_S, Preflight, PreflightCheck, choose
from core.migration.preflight import preflight as _preflight
from core.migration.recheck import recheck_finished
from core.migration.sealed import spill_key
from core.migration.settle import ALREADY_PROMOTED, record_recovered_promotion, settle_promotion
from core.migration.source_change import SourceSnapshot, discard_beyond_plan, source_snapshot
from core.migration.spill_retention import SpillRetention, SweptSpill, sweep_spills
from core.migration.stage_ports import ETL_REASON, MigrationPorts, compile_spec, recorder
from core.migration.stream import StreamingTarget, StreamSink, streaming
from core.migration.unchanged import read_known
from core.stage import OutputOutcome, StageOutcome
from dsl.errors import DSLError

__all__ = ["ESTIMATE_ROWS_PER_S", "ETL_REASON", "MigrationPorts", "Preflight", "PreflightCheck", "choose",
           "compile_spec", "load_chunks", "preflight", "prepared", "promote", "run_migration",
           "sweep_expired_spills"]


def sweep_expired_spills(contract: RunContract, ports: MigrationPorts) -> list[SweptSpill]:
    """Remove the kept spills of other runs whose retention expired (never this run's; see
    :mod:`core.migration.spill_retention`); each removal is on that run's ledger."""
    rule = ports.spill_retention
    if ports.spill_dir is None or rule is None:
        return []
    mine = ports.spec.run_id if ports.spec is not None else contract.run_id
    return sweep_spills(ports.spill_dir, SpillRetention(
        rule.hours, lambda rid: rid in (mine, contract.run_id) or rule.is_live(rid)), ports.ledger,
        policy_version=ports.policy.version)


def preflight(contract: RunContract, ports: MigrationPorts) -> tuple[StageOutcome, MigrationSpec | None, int]:
    """Pre-flight checklist artifact + gate (:func:`core.migration.preflight.preflight`); returns (outcome, spec
    when executable, chunk count). The stage starts by sweeping expired spills of other runs."""
    sweep_expired_spills(contract, ports)
    return _preflight(contract, ports)


def prepared(contract: RunContract, ports: MigrationPorts, spec: MigrationSpec | None = None, *,
             sink: StreamSink | None = None, known: Callable[[], pl.DataFrame] | None = None,
             snapshot: SourceSnapshot | None = None, whole: frozenset[int] = frozenset()) -> Prepared:
    """The run's source transformed, validated and chunked: spilled per chunk to disk, or the spill an
    earlier step of the same run and spec left under ``ports.spill_dir`` (the source is not read again).
    Expired spills of other runs are swept first (a new spill takes their room). With ``sink`` the pass
    also streams the valid rows into staging (:mod:`core.migration.stream`); ``known``: the final table's row
    hashes (a merge: rows it holds as they are are not streamed, :mod:`core.migration.unchanged`). A temporary
    spill's source is first checked against the snapshot the run's finished chunks came from (``snapshot``: done
    by the caller before a stream opened; :mod:`core.migration.source_change`); ``whole``: finished chunks that
    staged every valid row (none of their rows counts as unchanged)."""
    spec = spec or compile_spec(contract, ports)[0]
    sweep_expired_spills(contract, ports)
    key = spill_key(ports.secret, spec.run_id) if ports.spill_dir is not None else None
    if ports.spill_dir is None and snapshot is None:
        snapshot = _snapshot(contract, ports, spec, streamed=False)
    prep = Prepared(spec, ports.source_frame if snapshot is None else snapshot.data, spill_dir=ports.spill_dir,
                    key=key, sink=sink, known=known, resumed=lambda: bool(ports.target.checkpoints(spec.run_id)),
                    source_id=None if snapshot is None else snapshot.source_id, whole=whole)
    if snapshot is not None and snapshot.reload_finished:  # finished chunks of another snapshot: all staged again
        prep.reload_finished = True
    if prep.reload_finished and sink is None:  # a shorter source: its plan has no chunk for the last finished ones
        discard_beyond_plan(spec, ports.target, recorder(contract, ports), prep.n_chunks)
    if prep.rebuilt is not None:  # a damaged kept spill (core.migration.spill_manifest) was set aside and rebuilt
        recorder(contract, ports).record(Stage.MIGRATION, Decision.FIX, "migration.spill_rebuilt", detail={
            "problem": prep.rebuilt, "rows_in": prep.rows_in, "chunks": prep.n_chunks,
            "reason": "the kept spill lost or changed files since it was completed; it was set aside and prepared "
                      "again from the source, so no chunk is loaded from a partial spill"})
    return prep


def load_chunks(contract: RunContract, ports: MigrationPorts, chunk_ids: list[int] | None = None, *,
                prep: Prepared | None = None, should_stop: Callable[[], bool] | None = None,
                progress: Callable[[int, int, int], None] | None = None,
                sink: StreamSink | None = None, recheck: bool = True) -> list[ChunkResult]:
    """Load the given chunks (default: every chunk without a checkpoint), each recorded on the ledger (a failed
    chunk too: its typed error, e.g. TargetOutOfSpace, as a reject or retry event). ``sink``: the stream
    ``prep``'s pass loaded the rows through (:mod:`core.migration.stream`). ``recheck``: first re-check the
    finished ones among them against their staged rows and reload the stale ones (:mod:`core.migration.recheck`)."""
    rec = recorder(contract, ports)
    own = prep is None
    try:
        prep = prep or prepared(contract, ports)  # a damaged spill found on opening: on the ledger too
        if recheck:
            recheck_finished(prep.spec, ports.target, rec, chunk_ids)
        return run_chunks(prep, ports.target, secret=ports.secret, chunks=chunk_ids, progress=progress,
                          should_stop=should_stop, sink=sink, on_result=_chunk_recorder(rec))
    except (MapwrightError, DSLError) as exc:  # a refused write (space, permissions): rolled back, on the ledger
        record_notices(rec, take_notices(ports.target), strategy="ETL")  # what the failed chunk's target noticed
        rec.record_error(Stage.MIGRATION, "migration.chunk", exc)
        raise
    finally:
        if own and prep is not None:
            prep.close()


def _snapshot(contract: RunContract, ports: MigrationPorts, spec: MigrationSpec, *, streamed: bool) -> SourceSnapshot:
    """:func:`core.migration.source_change.source_snapshot` for a temporary spill, a refusal on the ledger."""
    rec = recorder(contract, ports)
    try:
        return source_snapshot(spec, ports.target, ports.source_frame, rec, streamed=streamed)
    except MapwrightError as exc:
        rec.record_error(Stage.MIGRATION, "migration.chunk", exc)
        raise


def _chunk_recorder(rec: LedgerRecorder) -> Callable[[ChunkResult], None]:
    """Records each committed chunk (an accept event, with its target notices) as soon as it is written."""
    def record(r: ChunkResult) -> None:
        rec.record(Stage.MIGRATION, Decision.ACCEPT, "migration.chunk", outputs_hash=r.checkpoint.content_hash,
                   chunk_id=str(r.chunk_id),
                   detail={"chunk_id": r.chunk_id, "noop": r.noop, "rows_in": r.checkpoint.row_count_in,
                           "rows_out": r.checkpoint.row_count_out, "strategy": "ETL",
                           "quarantined": r.checkpoint.quarantined, "content_hash": r.checkpoint.content_hash})
        record_notices(rec, r.notices, strategy="ETL")
    return record


def promote(contract: RunContract, ports: MigrationPorts, *, prep: Prepared | None = None,
            strategy_reason: str = ETL_REASON) -> StageOutcome:
    """Validate every chunk's checkpoint against the source-through-plan, then promote atomically.

    A run already promoted is a no-op (its record is returned). Otherwise the prepared source is
    the spill the chunk steps left (read again only when there is none); it is removed once promoted.
    """
    rec = recorder(contract, ports)
    try:
        return _promote(contract, ports, rec, prep, strategy_reason)
    except (MapwrightError, DSLError) as exc:
        rec.record_error(Stage.MIGRATION, "migration.promote", exc)
        raise


def _promote(contract: RunContract, ports: MigrationPorts, rec: LedgerRecorder, prep: Prepared | None,
             strategy_reason: str) -> StageOutcome:
    spec, _ = compile_spec(contract, ports) if prep is None else (prep.spec, None)
    target = ports.target
    t0 = time.perf_counter()
    prior = target.promotion(spec.run_id)
    ckpts = target.checkpoints(spec.run_id)
    loaded, quarantined = sum(c.row_count_out for c in ckpts), sum(c.quarantined for c in ckpts)
    checks: list[ValidationResult] = []
    previous: str | None = None
    if prior is None:
        prep = prep or prepared(contract, ports, spec)
        if prep.reload_finished and not prep.reloaded:  # rebuilt after chunks were finished: no mixed snapshot
            run_chunks(prep, target, secret=ports.secret, on_result=_chunk_recorder(rec))
            ckpts = target.checkpoints(spec.run_id)
            loaded, quarantined = sum(c.row_count_out for c in ckpts), sum(c.quarantined for c in ckpts)
        checks = validate(prep, target)
        record_validations(spec, checks, rec)
        checksum = next((c.actual for c in checks if c.name == "checksum"), "")
        faults.point("before_promote")
        previous = target.promote(spec, {"checksum": checksum, "rows_loaded": str(loaded),
                                         "rows_quarantined": str(quarantined)},
                                  expect_marker=_expected_marker(prep, sum(c.unchanged for c in ckpts)))
        record_notices(rec, take_notices(target), strategy="ETL")  # a promotion lock not released after the commit
        faults.point("after_promote")
        prep.discard()
        chunks, rows_in = prep.n_chunks, prep.rows_in
    else:
        settle_promotion(target, spec.run_id, rec)
        checksum, previous = prior.get("checksum", ""), prior.get("previous_table") or None
        chunks, rows_in = len(ckpts), sum(c.row_count_in for c in ckpts)
        strategy_reason = ALREADY_PROMOTED
    run = MigrationRun(run_id=spec.run_id, table=spec.table, target=target.location, disposition=spec.disposition,
                       chunks=chunks, rows_in=rows_in, rows_loaded=loaded, rows_quarantined=quarantined,
                       rows_unchanged=sum(c.unchanged for c in ckpts),
                       checksum=checksum, validations=checks, promoted=True, previous_table=previous or None,
                       strategy="ETL", strategy_reason=strategy_reason)
    art = ports.artifacts.put(ArtifactKind.MIGRATION_RUN, contract.run_id, run, contract_hash=contract.contract_hash(),
                              policy_version=ports.policy.version)
    if not prior:
        rec.record(Stage.MIGRATION, Decision.ACCEPT, "migration.promoted", outputs_hash=art.content_hash,
                   detail={"table": spec.table, "previous_table": previous, "rows": loaded,
                           "quarantined": quarantined, "run_id": spec.run_id})
    else:
        record_recovered_promotion(rec, spec.run_id, spec.table, prior, strategy="ETL", outputs_hash=art.content_hash)
    gate = GateResult(gate="promotion_gate", passed=True, decision=Decision.ACCEPT,
                      reasons=["validations pass; promoted atomically" if not prior else "already promoted"],
                      figures={"rows_loaded": loaded, "rows_quarantined": quarantined, "chunks": chunks,
                               "rows_unchanged": sum(c.unchanged for c in ckpts)})
    record_gate(rec, gate, outputs_hash=art.content_hash)
    vt = validations_table(checks)
    out = OutputOutcome(name="promotion", artifact=art.ref, gate=gate, tables={"validations": vt},
                        figures={"rows_in": rows_in, "rows_loaded": loaded, "rows_quarantined": quarantined,
                                 "chunks": chunks, "table": spec.table, "target": target.location,
                                 "previous_table": previous or "", "seconds": round(time.perf_counter() - t0, 3)})
    return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[out],
                        extra={"migration_run": run.model_dump(mode="json")})


@contextmanager
def _streamed(contract: RunContract, ports: MigrationPorts, spec: MigrationSpec) -> Iterator[
        tuple[Prepared, StreamSink | None]]:
    """The prepared source; on a target that can, its pass streams the valid rows into staging (the run
    lease is held until the chunks are checkpointed, see :mod:`core.migration.stream`)."""
    target = streaming(ports.target)
    rec = recorder(contract, ports)
    # a temporary spill: finished chunks of another source snapshot are settled before the stream takes the lease
    snapshot = _snapshot(contract, ports, spec, streamed=target is not None) if ports.spill_dir is None else None
    try:
        stream = target.open_stream(spec) if target is not None else None
    except MapwrightError as exc:
        rec.record_error(Stage.MIGRATION, "migration.chunk", exc)
        raise
    sink = StreamSink(stream, spec) if stream is not None else None
    finished: set[int] = set()
    marker: list[str] = []
    try:
        try:
            known = _known(spec, target, marker) if sink else None
            # a chunk finished earlier whose checkpoint counts no unchanged rows staged all its valid rows (e.g. by a
            # pass that did not stream): the expected checksum must count them all, not only new or changed ones
            whole = frozenset(c.chunk_id for c in ports.target.checkpoints(spec.run_id) if not c.unchanged) \
                if known is not None else frozenset()
            prep = prepared(contract, ports, spec, sink=sink, known=known, snapshot=snapshot, whole=whole)
            prep.final_marker = marker[0] if marker else None
        except (MapwrightError, DSLError) as exc:  # a refused streamed write: rolled back, on the ledger
            rec.record_error(Stage.MIGRATION, "migration.chunk", exc)
            raise
        with prep:
            yield prep, sink
            finished = {c.chunk_id for c in ports.target.checkpoints(spec.run_id)}
    finally:
        if stream is not None:
            stream.close(finished)
            record_notices(rec, take_notices(ports.target), strategy="ETL")  # a lease the close could not release


def _recheck(contract: RunContract, ports: MigrationPorts, spec: MigrationSpec) -> None:
    """A resumed run: finished chunks whose staged rows no longer match their checkpoints load again."""
    rec = recorder(contract, ports)
    try:
        recheck_finished(spec, ports.target, rec)
    except MapwrightError as exc:
        rec.record_error(Stage.MIGRATION, "migration.chunk", exc)
        raise


def _known(spec: MigrationSpec, target: StreamingTarget | None, marker: list[str]) -> Callable[[], pl.DataFrame] | None:
    """A merge into an existing final table: its rows' hashes, read when the pass starts (module unchanged);
    the table's version marker read just before them goes into ``marker`` (checked again before promoting)."""
    if spec.disposition is not Disposition.MERGE or target is None:
        return None

    def read() -> pl.DataFrame:
        marker.append(target.final_marker(spec))
        return read_known(spec, target)

    return read


def _expected_marker(prep: Prepared, unchanged: int) -> str | None:
    """Rows counted unchanged are not staged: the final table must still be the version the pass read (its
    marker), checked by the target inside the promotion transaction (FinalTableChanged, nothing written)."""
    return prep.final_marker if unchanged else None


def run_migration(contract: RunContract, ports: MigrationPorts, *,
                  progress: Callable[[int, int, int], None] | None = None,
                  should_stop: Callable[[], bool] | None = None) -> StageOutcome:
    """Pre-flight, every chunk, validations and promotion in one process (CLI, embedded example, releases).

    metadata_only (or a role without ``migration_execute``) ends after the dry-run pre-flight; a
    stop request lands on a chunk boundary and the outcome says how far it got (``extra["stopped"]``).
    A killed run resumes where it stopped; a promoted run is a no-op. ``extra["migration_run"]``
    holds the Migration Run (also stored as an artifact).
    """
    outcome, spec, _ = preflight(contract, ports)
    if spec is None:
        return outcome
    strategy = outcome.outputs[0].figures.get("strategy")
    if strategy == "ELT" and ports.sql_source is not None:
        assert isinstance(ports.target, EltPort)
        done = run_elt(contract, spec, ports.sql_source, ports.target, secret=ports.secret,
                       artifacts=ports.artifacts, rec=recorder(contract, ports), policy_version=ports.policy.version)
        return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[*outcome.outputs, *done.outputs],
                            extra=done.extra)
    reason = choose(spec, ports, False)[1]
    if ports.target.promotion(spec.run_id) is not None:  # a re-run of a promoted run: nothing to read
        done = promote(contract, ports, strategy_reason=reason)
        return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[*outcome.outputs, *done.outputs],
                            extra=done.extra)
    _recheck(contract, ports, spec)  # before a stream opens: a discarded chunk is streamed by its pass again
    with _streamed(contract, ports, spec) as (prep, sink):  # the spec pre-flight compiled: no second plan read
        load_chunks(contract, ports, prep=prep, should_stop=should_stop, progress=progress, sink=sink, recheck=False)
        ckpts = ports.target.checkpoints(spec.run_id)
        if len(ckpts) < prep.n_chunks or (prep.reload_finished and not prep.reloaded):  # stopped: resume later
            run = MigrationRun(run_id=spec.run_id, table=spec.table, target=ports.target.location,
                               disposition=spec.disposition, chunks=prep.n_chunks, rows_in=prep.rows_in,
                               rows_loaded=sum(c.row_count_out for c in ckpts),
                               rows_quarantined=sum(c.quarantined for c in ckpts), checksum="", validations=[],
                               promoted=False, strategy="ETL",
                               strategy_reason=f"stopped at a chunk boundary: {len(ckpts)}/{prep.n_chunks} chunks")
            return outcome.model_copy(update={"extra": {"stopped": True,
                                                        "migration_run": run.model_dump(mode="json")}})
        done = promote(contract, ports, prep=prep, strategy_reason=reason)
    return StageOutcome(stage=Stage.MIGRATION, run_id=contract.run_id, outputs=[*outcome.outputs, *done.outputs],
                        extra=done.extra)
