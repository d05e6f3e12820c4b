"""The ``mapwright`` command line (entry point ``orchestration.cli:main``).

Commands: ``run create``, ``run show``, ``run list``, ``policy check``, ``ledger``. They call the
same core functions, policy engine and metadata store as the Dagster assets; no Dagster code here.
More subcommands register on the exported click groups, e.g. ``@run.command("launch")`` or
``cli.add_command(cmd)``.

Exit codes: 0 ok; 1 a taxonomy error other than POLICY_BLOCK; 2 POLICY_BLOCK (and click usage
errors); 3 ``policy check`` answered "refused". Taxonomy errors print ``ERROR [CODE] message``
on stderr. The store is ``--db-url`` / ``$MAPWRIGHT_DB_URL`` / the embedded SQLite default.
"""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from adapters.metadata_store import MetadataStore, RunRecord, open_store
from core.artifacts import ArtifactKind
from core.contract import Mode, RunContract, absolute_file_location, contract_template, load_contract, run_id_for
from core.errors import DeterministicFailure, DSLError, ErrorCode, MapwrightError
from core.hashing import sha256_hex
from core.ids import is_ulid
from core.ingest.fingerprint import source_fingerprint
from core.ledger import Decision, LedgerEvent, LedgerRecorder, Stage
from core.policy import Action, PolicyEngine, PolicyRequest, load_policy_engine
from core.policy.engine import role_of
from core.thresholds import load_threshold_profile

EXIT_ERROR, EXIT_POLICY_BLOCK, EXIT_REFUSED = 1, 2, 3


class State:
    """Per-invocation state: the store is opened lazily, once."""

    def __init__(self, db_url: str | None) -> None:
        self.db_url = db_url
        self._store: MetadataStore | None = None

    def store(self) -> MetadataStore:
        """The metadata store (opened on first use)."""
        if self._store is None:
            self._store = open_store(self.db_url)
        return self._store

    def policy(self) -> PolicyEngine:
        """The policy engine of the shipped manifest."""
        return load_policy_engine()

    def close(self) -> None:
        """Release the store's connections."""
        if self._store is not None:
            self._store.close()


class TaxonomyGroup(click.Group):
    """A click group that turns taxonomy errors into ``ERROR [CODE] message`` and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; map a taxonomy error (:class:`MapwrightError`, DSL errors) to stderr + exit code."""
        try:
            return super().invoke(ctx)
        except (MapwrightError, DSLError) as exc:
            click.echo(f"ERROR [{exc.code}] {exc.message}{_hint(exc)}", err=True)
            ctx.exit(EXIT_POLICY_BLOCK if exc.code is ErrorCode.POLICY_BLOCK else EXIT_ERROR)


def _hint(exc: MapwrightError | DSLError) -> str:
    """The fix for an error whose message does not name one: an unknown run id is mistyped or in another store."""
    run_id = exc.run_id if isinstance(exc, DeterministicFailure) else None
    if run_id and exc.message.startswith(f"unknown run {run_id}"):
        where = " (--db-url, $MAPWRIGHT_DB_URL, else the SQLite file under $MAPWRIGHT_HOME)"
        named = "`mapwright run list`" in exc.message
        return where if named else f"; `mapwright run list` lists the runs of this store{where}"
    return ""


def _out(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, sort_keys=True, default=str))


def _table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    for line in [headers, ["-" * w for w in widths], *cells]:
        click.echo("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())


@click.group(cls=TaxonomyGroup)
@click.option("--db-url", envvar="MAPWRIGHT_DB_URL", default=None, help="Metadata store URL (SQLite default).")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """mapwright: audited, checkpointed data migrations."""
    state = State(db_url)
    ctx.obj = state
    ctx.call_on_close(state.close)


@cli.group()
def run() -> None:
    """Create and inspect mapping runs."""


def _endpoint_type(location: str) -> str:
    return "sql" if "://" in location else "file"


def _build_contract(contract_file: str | None, lhs: str | None, rhs: str | None, mode: str | None,
                    user: str | None, role: str, request_key: str | None, header: str = "auto") -> RunContract:
    if contract_file:
        if lhs or rhs or mode or user or request_key or header != "auto":
            raise click.UsageError("--contract cannot be combined with --lhs/--rhs/--mode/--user/--request-key/"
                                   "--header")
        return load_contract(contract_file)
    if not (lhs and rhs and mode):
        raise click.UsageError("give --contract FILE, or --lhs, --rhs and --mode")
    # stored absolute: a relative path would resolve against whichever process later runs the stage
    lhs, rhs = absolute_file_location(lhs), absolute_file_location(rhs)
    extra: dict[str, Any] = {"lhs": {"source": {"type": _endpoint_type(lhs)}, "location": lhs, "header": header}} \
        if header != "auto" else {}
    return contract_template(
        lhs_location=lhs, rhs_location=rhs, mode=mode, lhs_type=_endpoint_type(lhs), rhs_type=_endpoint_type(rhs),
        user_id=user or getpass.getuser(), role=role_of(role), request_key=request_key, **extra,
    )


@run.command("create")
@click.option("--contract", "contract_file", type=click.Path(exists=True, dir_okay=False), help="YAML/JSON contract.")
@click.option("--lhs", help="Source: file path or SQLAlchemy URL.")
@click.option("--rhs", help="Target schema: file path or SQLAlchemy URL.")
@click.option("--mode", type=click.Choice([m.value for m in Mode]), help="Run mode (immutable).")
@click.option("--user", help="Actor user id (default: OS user).")
@click.option("--role", default="Analyst", show_default=True, help="Actor RBAC role.")
@click.option("--request-key", help="Seed of the run_id (default lhs|rhs|mode): a new key starts a new run.")
@click.option("--header", type=click.Choice(["auto", "present", "absent"]), default="auto", show_default=True,
              help="Is the source file's first record its header? auto: decided from the values.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def run_create(state: State, contract_file: str | None, lhs: str | None, rhs: str | None, mode: str | None,
               user: str | None, role: str, request_key: str | None, header: str, as_json: bool) -> None:
    """Create a mapping run (idempotent for the same contract); prints its run_id."""
    try:
        contract = _build_contract(contract_file, lhs, rhs, mode, user, role, request_key, header)
    except DeterministicFailure as exc:
        _record_invalid_contract(state, exc, contract_file)
        raise
    engine = state.policy()
    store = state.store()
    digest = contract.contract_hash()
    recorder = LedgerRecorder(store, contract.run_id, contract_hash=digest, policy_version=engine.version,
                              threshold_profile_id=contract.threshold_profile_id, dsl_version=contract.dsl_version)
    actor = {"user_id": contract.rbac_actor.user_id, "role": contract.rbac_actor.role.value}
    try:
        engine.require_contract(contract, stage=Stage.SUPERVISOR.value)
        # a schema file MAPPING could not read: refused now, not at MAPPING (an existing run is returned as it is)
        if contract.rhs.source.type == "file" and store.get_run(contract.run_id) is None:
            from core.mapping.intake import check_schema_file

            check_schema_file(contract.rhs.location)
        profile = load_threshold_profile(contract.threshold_profile_id)
        store.save_threshold_profile(profile)
        event = LedgerEvent(
            run_id=contract.run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action="run.create",
            **recorder.fixed,
            detail={"mode": contract.mode.value, "lhs": contract.lhs.location, "rhs": contract.rhs.location,
                    "actor": actor, "threshold_profile_hash": profile.content_hash()},
        )
        _, created = store.save_run(contract, event=event)
    except MapwrightError as exc:  # every refusal/failure of a parsed contract is on the ledger
        try:
            recorder.record_error(Stage.SUPERVISOR, "run.create", exc, detail={"actor": actor})
        except MapwrightError as ledger_exc:
            exc.details["ledger_error"] = ledger_exc.message
        raise
    record = store.require_run(contract.run_id)
    stale = None if created else source_changed_since_ingest(store, record)
    if as_json:
        _out({"run_id": record.run_id, "contract_hash": record.contract_hash, "mode": record.mode,
              "status": record.status.value, "created": created, "source_changed_since_ingest": stale is not None})
    else:
        click.echo(record.run_id)
    if stale is not None:
        click.echo(stale, err=True)


def source_changed_since_ingest(store: MetadataStore, record: RunRecord) -> str | None:
    """The note for ``run create`` of an existing run whose local source file (or folder) changed after the run read
    it (the same lhs, rhs, mode and request key give the same run, which will not read the file again), else None.

    Changed means other content: the catalog's fingerprint of the source (:mod:`core.ingest.fingerprint`) against the
    source's now, so a touch is no change and new bytes under an old mtime are. A catalog from before fingerprints
    falls back to the file's mtime."""
    lhs = record.contract.lhs
    if lhs.source.type != "file":
        return None
    path = Path(lhs.location.removeprefix("file://")).expanduser()
    catalog = store.latest(record.run_id, ArtifactKind.CATALOG)
    if catalog is None:
        return None
    kept = catalog.payload.get("source_fingerprint")
    if kept is not None:
        if not path.exists() or source_fingerprint(path) == kept:
            return None
    else:
        try:
            if datetime.fromtimestamp(path.stat().st_mtime, UTC) <= catalog.created_at:
                return None
        except OSError:
            return None
    return (f"note: run {record.run_id} already exists ({record.status.value}) and read {lhs.location} at "
            f"{catalog.created_at:%Y-%m-%d %H:%M:%S} UTC; the file changed after that, and this run will not read it "
            "again (the same --lhs, --rhs, --mode and --request-key give the same run). To map the file as it is "
            "now, start a new run: add --request-key with a new value")


def _record_invalid_contract(state: State, exc: DeterministicFailure, contract_file: str | None) -> None:
    """An invalid contract is refused on the ledger too: under its run_id when it names a valid one,
    else under a run id derived from the file's bytes (stable, so the same bad file maps to the same
    id). Nothing else is stored. The id is added to the error so ``mapwright ledger`` finds it."""
    raw = Path(contract_file).read_bytes() if contract_file else b""
    named = exc.run_id if exc.run_id and is_ulid(str(exc.run_id)) else None
    run_id = (named or run_id_for("rejected-contract:" + sha256_hex(raw))).upper()
    state.store().append(LedgerEvent(
        run_id=run_id, stage=Stage.SUPERVISOR, decision=Decision.REJECT, action="run.create",
        error_code=str(exc.code), detail={"message": exc.message, "file": contract_file, **exc.details},
    ))
    exc.message += f" (refusal recorded: mapwright ledger {run_id})"
    exc.run_id = run_id


def _show_text(record: RunRecord, store: MetadataStore) -> None:
    c = record.contract
    for label, value in [
        ("run_id", record.run_id), ("status", record.status.value), ("mode", record.mode),
        ("contract_hash", record.contract_hash), ("lhs", f"{c.lhs.source.type}:{c.lhs.location}"),
        ("rhs", f"{c.rhs.source.type}:{c.rhs.location}"), ("actor", f"{c.rbac_actor.user_id} ({c.rbac_actor.role})"),
        ("threshold_profile", c.threshold_profile_id), ("created_at", record.created_at.isoformat()),
    ]:
        click.echo(f"{label:<18} {value}")
    click.echo("\nartifacts")
    _table(["kind", "version", "content_hash", "created_at"],
           [[a.kind.value, a.version, a.content_hash, a.created_at.isoformat()] for a in store.list(record.run_id)])
    summary = store.decision_summary(record.run_id)
    click.echo(f"\ndecision summary: {summary.events} events, open holds: {', '.join(summary.open_holds) or 'none'}")
    _table(["stage", "last_decision", "last_action", "events", "holds", "rejects", "last_error"],
           [[s.stage.value, s.last_decision.value, s.last_action, s.events, s.holds, s.rejects, s.last_error_code]
            for s in summary.stages.values()])


@run.command("show")
@click.argument("run_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def run_show(state: State, run_id: str, as_json: bool) -> None:
    """Contract summary, status, artifacts (hash + version) and decision summary of a run."""
    store = state.store()
    record = store.require_run(run_id.upper())
    if not as_json:
        _show_text(record, store)
        return
    _out({
        "run": record.model_dump(mode="json"),
        "artifacts": [{"kind": a.kind.value, "version": a.version, "content_hash": a.content_hash,
                       "created_at": a.created_at.isoformat()} for a in store.list(record.run_id)],
        "decision_summary": store.decision_summary(record.run_id).model_dump(mode="json"),
    })


@run.command("list")
@click.option("--limit", type=int, default=None, help="At most this many runs (newest first).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def run_list(state: State, limit: int | None, as_json: bool) -> None:
    """List runs, newest first."""
    records = state.store().list_runs(limit=limit)
    if as_json:
        _out([{"run_id": r.run_id, "status": r.status.value, "mode": r.mode, "contract_hash": r.contract_hash,
               "created_at": r.created_at.isoformat()} for r in records])
        return
    _table(["run_id", "status", "mode", "lhs", "created_at"],
           [[r.run_id, r.status.value, r.mode, r.contract.lhs.location, r.created_at.isoformat(timespec="seconds")]
            for r in records])


@cli.group()
def policy() -> None:
    """Ask the policy engine."""


@policy.command("check")
@click.option("--action", required=True, type=click.Choice([a.value for a in Action]))
@click.option("--mode", type=click.Choice([m.value for m in Mode]))
@click.option("--role")
@click.option("--run-id")
@click.option("--provider")
@click.option("--model")
@click.option("--host", "endpoint_host")
@click.option("--pii-detected", is_flag=True)
@click.option("--pii-masked", is_flag=True)
@click.option("--local-only-override", is_flag=True)
@click.option("--usd-estimate", type=float, default=0.0)
@click.pass_obj
def policy_check(state: State, action: str, mode: str | None, role: str | None, **fields: Any) -> None:
    """Dry run of a proposed action: prints the decision JSON; exit 0 allowed, 3 refused."""
    request = PolicyRequest(action=Action(action), mode=Mode(mode) if mode else None,
                            role=role_of(role) if role else None, **fields)
    decision = state.policy().evaluate(request)
    _out(decision.model_dump(mode="json"))
    if not decision.allowed:
        click.get_current_context().exit(EXIT_REFUSED)


@cli.command("ledger")
@click.argument("run_id")
@click.option("--stage", type=click.Choice([s.value for s in Stage], case_sensitive=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def ledger(state: State, run_id: str, stage: str | None, as_json: bool) -> None:
    """The Supervisor Ledger events of a run, in append order."""
    store = state.store()
    run_id = run_id.upper()
    events = store.events(run_id, Stage(stage.upper()) if stage else None)
    if not events and store.get_run(run_id) is None:
        raise DeterministicFailure(f"unknown run {run_id}: no run and no ledger events", run_id=run_id)
    if as_json:
        _out([e.model_dump(mode="json") for e in events])
        return
    _table(["timestamp_utc", "stage", "decision", "action", "error_code", "provider", "tokens", "usd", "event_id"],
           [[e.timestamp_utc.isoformat(timespec="seconds"), e.stage.value, e.decision.value, e.action, e.error_code,
             f"{e.provider}:{e.model}" if e.provider else None, e.token_actual, e.usd_actual, e.event_id]
            for e in events])


def _register_extensions() -> None:
    from orchestration.cli_analysis import register as register_analysis
    from orchestration.cli_dagster import register
    from orchestration.cli_domains import register as register_domains
    from orchestration.cli_ledger import register as register_ledger
    from orchestration.cli_mapping import register as register_mapping
    from orchestration.cli_migration import register as register_migration
    from orchestration.cli_ops import register as register_ops
    from orchestration.cli_synth import register as register_synth

    register(cli, run)
    register_domains(cli)
    register_synth(cli)
    register_ledger(cli)
    register_mapping(cli)
    register_migration(cli)


    register_analysis(cli)
    register_synth(cli)
    register_ops(cli)


_register_extensions()


def main() -> None:
    """Console entry point."""
    cli(prog_name="mapwright")


if __name__ == "__main__":  # `python -m orchestration.cli ...` runs the same CLI as `mapwright ...`
    main()
