"""CLI commands that talk to Dagster: ``run launch|advance|confirm|stop|resume``, ``example``.

Kept apart from :mod:`orchestration.cli`; Dagster is imported only by the commands that use it, so
``mapwright run confirm`` and the plain commands start without importing it.
"""

from __future__ import annotations

import getpass

import click

from core.ledger import Decision, LedgerEvent, Stage
from core.paths import var_dir
from core.supervisor import REQUEST_ACTION, STAGE_PLAN, StageStep, confirm_stage

#: the assets ``run launch --stage`` takes: every step's but the chunk load (its partitions are the chunks')
LAUNCHABLE = [a for step in STAGE_PLAN if not step.chunked for a in step.assets]
#: what ``run launch`` without ``--stage`` materializes: Ingest through the pre-flight (promotion goes on its own)
DEFAULT_LAUNCH = [a for step in STAGE_PLAN if not step.chunked and "promotion" not in step.assets
                  for a in step.assets]


def steps_started(result: object) -> list[StageStep]:
    """The non-chunked steps of the stage plan whose assets a finished Dagster run started (from its step
    events): a step skipped because an upstream step failed is not among them."""
    from orchestration.definitions import RUN_ASSETS

    assets_of = {a.node_def.name: {k.to_user_string() for k in a.keys} for a in RUN_ASSETS}
    started: set[str] = set()
    for ev in getattr(result, "all_events", []):
        if ev.is_step_start and ev.step_key is not None:
            started |= assets_of.get(ev.step_key.split("[")[0], set())
    return [step for step in STAGE_PLAN if not step.chunked and started & set(step.assets)]


def register(cli: click.Group, run: click.Group) -> None:
    """Attach the Dagster-backed commands to the CLI groups."""

    @run.command("launch")
    @click.argument("run_id")
    @click.option("--stage", "stages", multiple=True, type=click.Choice(LAUNCHABLE),
                  help="Only these stage assets (default: Ingest to the pre-flight, migration_preflight included; "
                       "promotion on its own).")
    @click.pass_obj
    def run_launch(state: object, run_id: str, stages: tuple[str, ...]) -> None:
        """Materialize a run's stages in the Dagster instance under $DAGSTER_HOME (visible in the UI)."""
        from orchestration.example import execute_run

        if "promotion" in stages and len(set(stages)) > 1:
            raise click.BadParameter("launch promotion on its own: it validates and promotes the loaded chunks",
                                     param_hint="--stage")
        db_url = getattr(state, "db_url", None)
        store = state.store()  # type: ignore[attr-defined]
        record = store.require_run(run_id.upper())
        store.set_status(record.run_id, "running")
        from orchestration.driver import output_to

        seen = len(list(store.events(record.run_id)))
        log_path = var_dir() / "logs" / "dagster-launch.log"  # Dagster's own log, as `run advance` keeps it
        with output_to(log_path):
            result = execute_run(run_id.upper(), db_url=db_url, selection=list(stages) or DEFAULT_LAUNCH)
        # A person (re-)launched: record an attempt of each step the run really started (so earlier rejects of
        # it no longer halt the run); a step skipped after an upstream failure spends none of its attempts.
        for step in steps_started(result):
            store.append(LedgerEvent(run_id=record.run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                     action=REQUEST_ACTION, contract_hash=record.contract_hash,
                                     detail={"stage": step.stage.value, "step": step.key, "by": "cli run launch",
                                             "dagster_run_id": result.run_id}))
        click.echo(f"dagster run {result.run_id}: {'succeeded' if result.success else 'FAILED'} (Dagster log: "
                   f"{log_path})")
        if not result.success:
            for ev in list(store.events(record.run_id))[seen:]:  # why, as recorded (gates held, errors)
                if ev.decision in (Decision.REJECT, Decision.HOLD) and (ev.error_code or ev.action.startswith("gate.")):
                    why = ev.detail.get("message") or "; ".join(ev.detail.get("reasons", []))
                    click.echo(f"  {ev.stage.value} {ev.action} {ev.decision.value}"
                               + (f" [{ev.error_code}]" if ev.error_code else "") + (f": {why}" if why else ""))
            click.get_current_context().exit(1)

    @run.command("advance")
    @click.argument("run_id")
    @click.pass_obj
    def run_advance(state: object, run_id: str) -> None:
        """Apply the supervisor's decisions to one run now, stage after stage, until it holds, halts,
        stops or completes (what the supervisor sensor and the daemon do in a deployment). Exit 1 when the run
        halted (a stage recorded an error), 0 otherwise."""
        from orchestration.driver import advance
        from orchestration.example import ensure_dagster_home
        from orchestration.summary import print_summary

        store = state.store()  # type: ignore[attr-defined]
        rid = store.require_run(run_id.upper()).run_id
        ensure_dagster_home()
        log_path = var_dir() / "logs" / "dagster-advance.log"
        import dagster as dg

        with dg.DagsterInstance.get() as instance:
            try:
                step, ran = advance(store, rid, instance=instance, db_url=getattr(state, "db_url", None),
                                    log_path=log_path)
            except KeyboardInterrupt as exc:  # Ctrl-C: Dagster fails the run quietly; stop and say how to go on
                from orchestration.driver import interrupted_message

                click.echo(interrupted_message(exc, rid, f"mapwright run advance {rid}"), err=True)
                click.get_current_context().exit(130)
        click.echo(f"{len(ran)} Dagster run(s): {', '.join(ran) or '-'}")
        print_summary(store, rid, step, log_path=log_path)
        from core.supervisor import StepKind

        if step.kind is StepKind.HALTED:  # a stage recorded an error: exit 1, like `run launch` and the example
            click.get_current_context().exit(1)

    @run.command("stop")
    @click.argument("run_id")
    @click.option("--user", default=None, help="Who stops (default: the OS user).")
    @click.option("--role", default="Operator", show_default=True, help="Their RBAC role (Operator or above).")
    @click.option("--note", default="", help="Why.")
    @click.pass_obj
    def run_stop(state: object, run_id: str, user: str | None, role: str, note: str) -> None:
        """Stop a mapping run: cancel its queued Dagster runs, terminate started ones, and record the stop.

        A running migration stops on a chunk boundary (every finished chunk is checkpointed);
        ``mapwright run resume`` continues where it stopped.
        """
        from orchestration.example import ensure_dagster_home
        from orchestration.stop import cancel_dagster_runs

        store = state.store()  # type: ignore[attr-defined]
        rid = store.require_run(run_id.upper()).run_id
        ensure_dagster_home()
        who = user or getpass.getuser()
        import dagster as dg

        with dg.DagsterInstance.get() as instance:
            event, cancelled = cancel_dagster_runs(store, state.policy(), instance, rid,  # type: ignore[attr-defined]
                                                   user_id=who, role=role, note=note)
        store.set_status(rid, "cancelled")
        click.echo(f"stopped {rid} (event {event.event_id}); Dagster runs cancelled: {', '.join(cancelled) or 'none'}")

    @run.command("resume")
    @click.argument("run_id")
    @click.option("--user", default=None, help="Who resumes (default: the OS user).")
    @click.option("--role", default="Operator", show_default=True)
    @click.option("--note", default="")
    @click.pass_obj
    def run_resume(state: object, run_id: str, user: str | None, role: str, note: str) -> None:
        """Resume a stopped run (the supervisor then requests what is missing; done chunks are no-ops)."""
        from core.run_control import resume_run

        store = state.store()  # type: ignore[attr-defined]
        rid = store.require_run(run_id.upper()).run_id
        event = resume_run(store, state.policy(), run_id=rid, user_id=user or getpass.getuser(),  # type: ignore[attr-defined]
                           role=role, note=note)
        store.set_status(rid, "running")
        click.echo(f"resumed {rid} (event {event.event_id}); next: mapwright run advance {rid} "
                   "(or let the supervisor sensor pick it up)")

    @run.command("confirm")
    @click.argument("run_id")
    @click.option("--stage", required=True, type=click.Choice([s.value for s in Stage], case_sensitive=False))
    @click.option("--user", required=True, help="Who confirms.")
    @click.option("--role", required=True, help="Their RBAC role (Operator, Maintainer or Admin may confirm).")
    @click.option("--note", default="", help="Why.")
    @click.option("--gate", default=None, help="Release only this held gate (default: any hold of the stage).")
    @click.pass_obj
    def run_confirm(state: object, run_id: str, stage: str, user: str, role: str, note: str,
                    gate: str | None) -> None:
        """Release a held stage (human confirmation, RBAC checked and recorded on the ledger)."""
        store = state.store()  # type: ignore[attr-defined]
        store.require_run(run_id.upper())
        event = confirm_stage(store, state.policy(), run_id=run_id.upper(),  # type: ignore[attr-defined]
                              stage=Stage(stage.upper()), user_id=user, role=role, note=note, gate=gate)
        click.echo(f"confirmed {stage.upper()} of {run_id.upper()} (event {event.event_id})")

    @cli.command("example")
    @click.option("--mode", type=click.Choice(["data_mode", "metadata_only"]), default="data_mode")
    @click.option("--answers", default=None, help="Reviewed answers for the held gates (default: "
                                                   "examples/answers.yaml).")
    @click.option("--interactive", is_flag=True, help="Answer held gates at the terminal.")
    def example(mode: str, answers: str | None, interactive: bool) -> None:
        """Run the bundled example end to end through Dagster (the README's main job; scripts/example.sh)."""
        from orchestration.example import main as example_main

        raise SystemExit(example_main(["--mode", mode, *(["--answers", answers] if answers else []),
                                       *(["--interactive"] if interactive else [])]))
