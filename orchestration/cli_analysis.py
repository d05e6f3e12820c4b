"""CLI of the Analysis stage: ``analysis run|show|fix``."""

from __future__ import annotations

import json
from typing import Any

import click

from core.analysis.present import report_notes, report_tables
from core.analysis.stage import latest_report, run_analysis, stage_fix
from core.mapping.stage import run_mapping
from orchestration.analysis.wiring import analysis_ports


def register(cli: click.Group) -> None:
    """Attach the ``analysis`` group."""

    @cli.group()
    def analysis() -> None:
        """Quality report of the mapped data, and staging its proposed fixes."""

    @analysis.command("run")
    @click.argument("run_id")
    @click.pass_obj
    def analysis_run(state: Any, run_id: str) -> None:
        """Analyse the run's accepted plan (data_mode: over the whole source, streamed in batches)."""
        store = state.store()
        contract = store.require_run(run_id).contract
        out = run_analysis(contract, analysis_ports(contract, store, state.policy())).output("analysis_report")
        click.echo(", ".join(f"{k}={v}" for k, v in out.figures.items()))
        click.echo(f"gate: {'accept' if out.passed else 'HOLD'}")
        for title in ("findings", "fixes"):
            if title in out.tables:
                click.echo(f"\n{title}\n{out.tables[title].markdown()}")

    @analysis.command("show")
    @click.argument("run_id")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def analysis_show(state: Any, run_id: str, as_json: bool) -> None:
        """The latest Analysis Report of the run (tables, or JSON)."""
        store = state.store()
        contract = store.require_run(run_id).contract
        report = latest_report(analysis_ports(contract, store, state.policy()), run_id)
        if as_json:
            click.echo(json.dumps(report.model_dump(mode="json"), indent=2, sort_keys=True))
            return
        for title, table in report_tables(report).items():
            click.echo(f"\n{title}\n{table.markdown()}")
        for title, note in report_notes(report).items():
            click.echo(f"\n{title}: {note}")

    @analysis.command("fix")
    @click.argument("run_id")
    @click.argument("fix_id")
    @click.option("--user", "user", required=True)
    @click.option("--role", "role", required=True)
    @click.pass_obj
    def analysis_fix(state: Any, run_id: str, fix_id: str, user: str, role: str) -> None:
        """Stage a proposed fix (a Mapping override), re-plan the mapping and re-run the analysis."""
        from orchestration.cli_mapping import _ports as mapping_cli_ports

        store = state.store()
        contract = store.require_run(run_id).contract
        aports = analysis_ports(contract, store, state.policy())
        fix = stage_fix(contract, aports, fix_id, actor=user, role=role)
        _, mports = mapping_cli_ports(state, run_id)
        plan = run_mapping(contract, mports).output("mapping_plan")
        out = run_analysis(contract, aports).output("analysis_report")
        click.echo(f"staged {fix.fix_id} ({fix.kind} on {fix.target}); mapping re-planned "
                   f"(v{plan.artifact.version if plan.artifact else '?'}); analysis: "
                   f"{out.figures.get('errors')} error(s), gate {'accept' if out.passed else 'HOLD'}")
