"""CLI commands that talk to Dagster: ``run launch``, ``run confirm``, ``example``.

Kept apart from :mod:`orchestration.cli` so the plain commands start without importing Dagster.
"""

from __future__ import annotations

import click

from core.ledger import Decision, LedgerEvent, Stage
from core.supervisor import REQUEST_ACTION, STAGE_PLAN, confirm_stage


def register(cli: click.Group, run: click.Group) -> None:
    """Attach the Dagster-backed commands to the CLI groups."""

    @run.command("launch")
    @click.argument("run_id")
    @click.option("--stage", "stages", multiple=True, help="Only these stage assets (default: all stages).")
    @click.pass_obj
    def run_launch(state: object, run_id: str, stages: tuple[str, ...]) -> None:
        """Materialize a run's stages in the Dagster instance under $DAGSTER_HOME (visible in the UI)."""
        from orchestration.example import execute_run

        db_url = getattr(state, "db_url", None)
        store = state.store()  # type: ignore[attr-defined]
        record = store.require_run(run_id.upper())
        # A person (re-)launches: record it so earlier rejects of these stages no longer halt the run.
        for step in STAGE_PLAN:
            if not stages or set(stages) & set(step.assets):
                store.append(LedgerEvent(run_id=record.run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                                         action=REQUEST_ACTION, contract_hash=record.contract_hash,
                                         detail={"stage": step.stage.value, "by": "cli run launch"}))
        store.set_status(record.run_id, "running")
        result = execute_run(run_id.upper(), db_url=db_url, selection=list(stages) or None)
        click.echo(f"dagster run {result.run_id}: {'succeeded' if result.success else 'FAILED'}")
        if not result.success:
            click.get_current_context().exit(1)

    @run.command("advance")
    @click.argument("run_id")
    @click.pass_obj
    def run_advance(state: object, run_id: str) -> None:
        """Apply the supervisor's next step to one run now (what the supervisor sensor does each tick)."""
        from orchestration.example import execute_run
        from orchestration.supervisor.sensor import evaluate_run

        store = state.store()  # type: ignore[attr-defined]
        step, request = evaluate_run(store, store.require_run(run_id.upper()))
        click.echo(f"supervisor: {step.kind.value} {step.stage.value if step.stage else ''} "
                   + "; ".join(step.reasons))
        if request is not None:
            result = execute_run(run_id.upper(), db_url=getattr(state, "db_url", None), selection=list(step.assets))
            click.echo(f"dagster run {result.run_id}: {'succeeded' if result.success else 'FAILED'}")
            step, _ = evaluate_run(store, store.require_run(run_id.upper()))
            click.echo(f"supervisor: {step.kind.value} {step.stage.value if step.stage else ''}")

    @run.command("confirm")
    @click.argument("run_id")
    @click.option("--stage", required=True, type=click.Choice([s.value for s in Stage], case_sensitive=False))
    @click.option("--user", required=True, help="Who confirms.")
    @click.option("--role", required=True, help="Their RBAC role (Operator, Maintainer or Admin may confirm).")
    @click.option("--note", default="", help="Why.")
    @click.pass_obj
    def run_confirm(state: object, run_id: str, stage: str, user: str, role: str, note: str) -> None:
        """Release a held stage (human confirmation, RBAC checked and recorded on the ledger)."""
        store = state.store()  # type: ignore[attr-defined]
        store.require_run(run_id.upper())
        event = confirm_stage(store, state.policy(), run_id=run_id.upper(),  # type: ignore[attr-defined]
                              stage=Stage(stage.upper()), user_id=user, role=role, note=note)
        click.echo(f"confirmed {stage.upper()} of {run_id.upper()} (event {event.event_id})")

    @cli.command("example")
    @click.option("--mode", type=click.Choice(["data_mode", "metadata_only"]), default="data_mode")
    def example(mode: str) -> None:
        """Run the bundled example end to end through Dagster (the README's main job)."""
        from orchestration.example import main as example_main

        raise SystemExit(example_main(["--mode", mode]))
