"""CLI of the Migration stage: ``migration run|status|rollback|sweep-spill``, ``quarantine list|show|export|release``.

Every command calls the core stage functions through the same ports as the Dagster assets
(:mod:`orchestration.migration.wiring`); RBAC goes through the policy engine and every decision
is on the ledger. Nothing printed holds a raw value: quarantine shows masked shapes and keyed tokens.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from core.errors import DeterministicFailure, PolicyBlock
from core.ledger import Decision, LedgerRecorder, Stage
from core.migration.models import Disposition
from core.migration.notices import record_notices, take_notices
from core.migration.release import release_quarantine
from core.migration.spill_retention import sweep_spills
from core.migration.sql_source import SqlSourceRef
from core.migration.stage import compile_spec, load_chunks, prepared, run_migration
from core.policy import Action, PolicyRequest
from core.policy.engine import role_of
from core.thresholds import load_threshold_profile
from orchestration.migration.messages import promotion_line, release_message, rollback_message, rows_of_key
from orchestration.migration.rollback_order import LaterPromotionStands, require_latest_promotion
from orchestration.migration.wiring import migration_ports, spill_dir, spill_retention, target_url


def _require(store: Any, engine: Any, contract: Any, action: Action, ledger_action: str, user: str,
             role: str) -> LedgerRecorder:
    """The policy engine's RBAC check of a destructive command; a refusal is recorded on the ledger under who
    asked (decision reject, POLICY_BLOCK) and raised. Returns the run's recorder.

    The refusal is filed under ``Stage.SUPERVISOR`` (the command's stage in ``detail``), as a refused ``run
    confirm`` is: the supervisor halts a step on a reject of the step's own stage, and someone refused a
    command must not change the state of the run it was refused on."""
    rec = LedgerRecorder(store, contract.run_id, contract_hash=contract.contract_hash(), policy_version=engine.version)
    try:
        engine.require(PolicyRequest(action=action, role=role_of(role), actor=user, run_id=contract.run_id),
                       stage=Stage.MIGRATION.value)
    except PolicyBlock as exc:
        rec.record_error(Stage.SUPERVISOR, ledger_action, exc, actor=user,
                         detail={"role": role, "stage": Stage.MIGRATION.value})
        raise
    return rec


def _progress(started: float) -> Any:
    def show(done: int, total: int, rows: int) -> None:
        elapsed = max(time.perf_counter() - started, 1e-6)
        rate = rows / elapsed
        eta = (total - done) * (elapsed / max(done, 1))
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] chunks {done}/{total}  rows {rows:,}  "
                         f"{rate:,.0f} rows/s  ETA {eta:,.0f}s")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def register(cli: click.Group) -> None:
    """Attach the ``migration`` and ``quarantine`` groups."""

    @cli.group()
    def migration() -> None:
        """Load the target from an accepted Mapping Plan: pre-flight, chunks, validations, promotion."""

    @migration.command("run")
    @click.argument("run_id")
    @click.option("--target", "target", default=None, help="SQLAlchemy URL of the target (default: "
                  "$MAPWRIGHT_TARGET_URL, else DuckDB under the state folder); passwords only as ${ENV}.")
    @click.option("--disposition", type=click.Choice([d.value for d in Disposition]), default="replace")
    @click.option("--source-table", "source_table", default=None,
                  help="The run's source as a table inside the target database ([schema.]table): the plan then "
                       "runs there as SQL (ELT) when every op compiles for the target; otherwise ETL over the "
                       "run's registered source. The pre-flight records the choice and why.")
    @click.pass_obj
    def migration_run(state: Any, run_id: str, target: str | None, disposition: str,
                      source_table: str | None) -> None:
        """Migrate (resumes where a killed run stopped; a promoted run is a no-op)."""
        store = state.store()
        contract = store.require_run(run_id).contract
        ports = migration_ports(contract, store, state.policy(), url=target, disposition=Disposition(disposition))
        if source_table:
            ports = replace(ports, sql_source=SqlSourceRef(url=target_url(target), table=source_table))
        outcome = run_migration(contract, ports, progress=_progress(time.perf_counter()))
        for out in outcome.outputs:
            click.echo(f"{out.name}: " + ", ".join(f"{k}={v}" for k, v in out.figures.items()))
            for title, table in out.tables.items():
                click.echo(f"\n{title}\n{table.markdown()}\n")
        if outcome.extra.get("stopped"):
            click.echo("stopped at a chunk boundary; run the same command to resume")

    @migration.command("status")
    @click.argument("run_id")
    @click.option("--target", "target", default=None)
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def migration_status(state: Any, run_id: str, target: str | None, as_json: bool) -> None:
        """Checkpoints per chunk and the promotion record."""
        store = state.store()
        contract = store.require_run(run_id).contract
        t = migration_ports(contract, store, state.policy(), url=target).target
        ckpts = t.checkpoints(run_id)
        promo = t.promotion(run_id)
        data = {"target": t.location, "promotion": promo, "chunks": [c.model_dump(mode="json") for c in ckpts]}
        if as_json:
            click.echo(json.dumps(data, indent=2, sort_keys=True))
            return
        click.echo(f"target {t.location}")
        click.echo(f"promotion: {promotion_line(promo)}")
        for c in ckpts:
            click.echo(f"  chunk {c.chunk_id:>5}  in {c.row_count_in:>8}  out {c.row_count_out:>8}  "
                       f"quarantined {c.quarantined:>6}  {c.content_hash[:12]}  {c.status}")

    @migration.command("rollback")
    @click.argument("run_id")
    @click.option("--user", "user", required=True)
    @click.option("--role", "role", required=True)
    @click.option("--target", "target", default=None)
    @click.pass_obj
    def migration_rollback(state: Any, run_id: str, user: str, role: str, target: str | None) -> None:
        """Restore the version the run's promotion kept (RBAC: approve_destructive)."""
        store, engine = state.store(), state.policy()
        contract = store.require_run(run_id).contract
        rec = _require(store, engine, contract, Action.APPROVE_DESTRUCTIVE, "migration.rollback", user, role)
        ports = migration_ports(contract, store, engine, url=target)
        promo = ports.target.promotion(run_id)
        if promo is None:
            raise DeterministicFailure(f"run {run_id} has no promotion to roll back (`mapwright migration status "
                                       f"{run_id}` shows its promotion record)", run_id=run_id, stage="MIGRATION")
        try:  # only the table's latest promotion: an older one would put its kept version over a newer run's rows
            require_latest_promotion(store, run_id, promo["table"], ports.target.promotion)
            # the target checks again from its own records: later promotions of other metadata stores, or lost ones
            aside = ports.target.rollback(run_id, promo["table"])
        except LaterPromotionStands as exc:
            rec.record_error(Stage.SUPERVISOR, "migration.rollback", exc, actor=user,
                             detail={"role": role, "stage": Stage.MIGRATION.value})
            raise
        rec.record(Stage.MIGRATION, Decision.ACCEPT, "migration.rollback", actor=user,
                   detail={"table": promo["table"], "restored": promo.get("previous_table"), "set_aside": aside})
        record_notices(rec, take_notices(ports.target), strategy="ETL")  # a promotion lock not released after it
        click.echo(rollback_message(promo, aside))

    @migration.command("sweep-spill")
    @click.option("--profile", "profile_id", default="tp_default_v1", show_default=True,
                  help="Threshold profile whose migration.spill_retention_hours applies.")
    @click.option("--hours", type=float, default=None, help="Retention in hours instead of the profile's.")
    @click.pass_obj
    def migration_sweep_spill(state: Any, profile_id: str, hours: float | None) -> None:
        """Remove the sealed spills of runs never promoted whose retention expired (running runs keep theirs)."""
        store = state.store()
        keep = hours if hours is not None else load_threshold_profile(profile_id).migration.spill_retention_hours
        if keep <= 0:
            raise click.BadParameter("give a positive number of hours", param_hint="--hours")
        swept = sweep_spills(spill_dir(), spill_retention(store, keep), store, policy_version=state.policy().version)
        for s in swept:
            click.echo(f"removed the spill of run {s.run_id} ({s.folder}, {s.age_hours:.1f} h old, {s.bytes:,} bytes)")
        click.echo(f"{len(swept)} expired spill(s) removed (retention {keep:g} h)")

    @cli.group()
    def quarantine() -> None:
        """Rows the migration refused: masked previews, reasons, release (Operator and up)."""

    def _records(state: Any, run_id: str, target: str | None) -> list[Any]:
        store = state.store()
        contract = store.require_run(run_id).contract
        return migration_ports(contract, store, state.policy(), url=target).target.quarantine(run_id)

    @quarantine.command("list")
    @click.argument("run_id")
    @click.option("--target", "target", default=None)
    @click.pass_obj
    def quarantine_list(state: Any, run_id: str, target: str | None) -> None:
        """One line per quarantined row: chunk, key token, reason codes."""
        recs = _records(state, run_id, target)
        for r in recs:
            click.echo(f"{r.chunk_id:>5}  {r.key_token[:16]}  {','.join(r.reason_codes)}")
        click.echo(f"{len(recs)} quarantined row(s)")

    @quarantine.command("show")
    @click.argument("run_id")
    @click.argument("key_token")
    @click.option("--target", "target", default=None)
    @click.pass_obj
    def quarantine_show(state: Any, run_id: str, key_token: str, target: str | None) -> None:
        """The masked before/after preview and diff of the rows quarantined under one key token (a prefix is
        enough), as a JSON array always: one object per row, several when the key is null or duplicated."""
        rows = [r.model_dump(mode="json") for r in rows_of_key(_records(state, run_id, target), run_id, key_token)]
        click.echo(json.dumps(rows, indent=2, sort_keys=True))

    @quarantine.command("export")
    @click.argument("run_id")
    @click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True)
    @click.option("--target", "target", default=None)
    @click.pass_obj
    def quarantine_export(state: Any, run_id: str, out: Path, target: str | None) -> None:
        """Write the quarantine (masked) as CSV (whole or not at all: written beside ``--out``, then renamed)."""
        recs = _records(state, run_id, target)
        part = out.with_name(f".{out.name}.part")
        try:
            with part.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(["chunk_id", "key_token", "reason_codes", "masked_before", "masked_after", "diff"])
                for r in recs:
                    w.writerow([r.chunk_id, r.key_token, ";".join(r.reason_codes),
                                json.dumps(r.masked_preview_before, sort_keys=True),
                                json.dumps(r.masked_preview_after, sort_keys=True), " | ".join(r.diff)])
            part.replace(out)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise DeterministicFailure(f"cannot write {out}: {exc.strerror or type(exc).__name__}; give --out a "
                                       "file in an existing folder you may write", stage="MIGRATION") from None
        click.echo(f"wrote {len(recs)} row(s) to {out}")

    @quarantine.command("release")
    @click.argument("run_id")
    @click.option("--user", "user", required=True)
    @click.option("--role", "role", required=True)
    @click.option("--target", "target", default=None)
    @click.pass_obj
    def quarantine_release(state: Any, run_id: str, user: str, role: str, target: str | None) -> None:
        """Re-validate the quarantined rows with the current plan and load those that now pass.

        Before promotion the chunks holding quarantined rows run again through the same path (a fixed
        plan changes their content hash). After promotion the rows that now pass are merged into the
        promoted table by a release run (checkpoint, validations, previous version kept) and leave the
        quarantine. Rows that still fail stay quarantined.
        """
        store, engine = state.store(), state.policy()
        contract = store.require_run(run_id).contract
        _require(store, engine, contract, Action.RELEASE_QUARANTINE, "quarantine.release", user, role)
        ports = migration_ports(contract, store, engine, url=target)
        if ports.target.promotion(run_id) is not None:  # after promotion: re-validate, merge, record
            spec, _ = compile_spec(contract, ports)
            res = release_quarantine(contract, ports, actor=user)
            click.echo(release_message(res.released, spec.table, res.release_run_id, res.still_quarantined))
            return
        before = ports.target.quarantine(run_id)
        chunks = sorted({r.chunk_id for r in before})
        results = load_chunks(contract, ports, chunks, prep=prepared(contract, ports))
        after = ports.target.quarantine(run_id)
        LedgerRecorder(store, run_id, contract_hash=contract.contract_hash()).record(
            Stage.MIGRATION, Decision.ACCEPT, "quarantine.release", actor=user,
            detail={"chunks": chunks, "before": len(before), "after": len(after),
                    "rewritten": sum(not r.noop for r in results)})
        click.echo(f"released: {len(before) - len(after)} row(s) now pass; {len(after)} remain quarantined")


