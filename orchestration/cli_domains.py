"""CLI commands for the domain catalog and golden evals: ``eval``, ``domains ...``.

``domains feedback`` turns a reviewer's verdict on one assignment into staged deltas;
``domains promote`` runs the golden set and refuses a promotion that lowers F1; ``rollback``
restores an earlier version as a new one. RBAC goes through the policy engine.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from core.artifacts import ArtifactKind
from core.domains.assignments import DomainAssignments
from core.domains.eval import (
    format_report,
    held_out_reports,
    run_golden_eval,
    set_statuses,
    summary_line,
)
from core.errors import DeterministicFailure
from core.policy import Action, PolicyRequest
from core.policy.engine import role_of


def _dstore(state: object):  # type: ignore[no-untyped-def]
    from orchestration.domains.resources import open_domain_store

    return open_domain_store(state.store(), state.policy())  # type: ignore[attr-defined]


def register(cli: click.Group) -> None:
    """Attach ``eval`` and the ``domains`` group."""

    @cli.command("eval")
    @click.option("--mode", type=click.Choice(["data_mode", "metadata_only", "both"]), default="both")
    @click.option("--golden-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
                  help="Folder of golden tables (default: assets_config/golden/dev/base).")
    @click.option("--errors", is_flag=True, help="List misassigned columns.")
    @click.option("--json", "as_json", is_flag=True)
    @click.option("--held-out", is_flag=True,
                  help="Also one summary line per other golden set (dev/*, blind/*) and mode, with its status.")
    @click.option("--pii", is_flag=True, help="PII masking eval instead (see --pii-dir).")
    @click.option("--pii-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
                  help="Labeled PII tables (default: assets_config/golden_pii/dev).")
    @click.option("--pii-blank-headers", is_flag=True,
                  help="PII eval with every header replaced by f1..fN (headers that say nothing).")
    @click.pass_obj
    def eval_cmd(state: object, mode: str, golden_dir: Path | None, errors: bool, as_json: bool,
                 held_out: bool, pii: bool, pii_dir: Path | None, pii_blank_headers: bool) -> None:
        """Golden-set eval of the LIVE domain catalog: P/R/F1 per domain, Brier, reliability, targets.
        With ``--pii``: column recall/precision, PII cells in clear and over-masking of the masker."""
        if pii or pii_dir is not None or pii_blank_headers:
            from orchestration.cli_pii import pii_eval

            pii_eval(mode, pii_dir, as_json=as_json, details=errors, blank_headers=pii_blank_headers)
            return
        live = _dstore(state).live_catalog()
        modes = ("metadata_only", "data_mode") if mode == "both" else (mode,)
        for m in modes:
            rep = run_golden_eval(live, mode=m, golden_dir=golden_dir)
            click.echo(rep.model_dump_json(indent=2) if as_json else format_report(rep, errors))
        if held_out:
            statuses = set_statuses()
            for name, reps in held_out_reports(live, modes=modes).items():
                for rep in reps.values():
                    click.echo(summary_line(name, rep, statuses.get(name)))

    @cli.group()
    def domains() -> None:
        """Domain catalog: versions, staged deltas, feedback, promotion, rollback."""

    @domains.command("versions")
    @click.pass_obj
    def versions(state: object) -> None:
        """Catalog versions with provenance (who, when, kind, F1 before/after)."""
        for v in _dstore(state).versions():
            click.echo(f"{v.version:<10} {'LIVE' if v.is_live else '    '} {v.kind:<9} {v.actor:<16} "
                       f"{v.created_at.isoformat(timespec='seconds')} deltas={len(v.deltas)} "
                       f"f1 {json.dumps(v.f1_before)} -> {json.dumps(getattr(v, 'f1_after', {}))}")

    @domains.command("staged")
    @click.pass_obj
    def staged(state: object) -> None:
        """Deltas waiting for promotion."""
        for s in _dstore(state).staged():
            d = s.delta
            click.echo(f"#{s.id:<5} {d.domain_id:<28} {d.kind:<6} {d.value!r:<30} from {d.source} "
                       f"({d.table}.{d.column}, run {d.run_id})")

    @domains.command("feedback")
    @click.argument("run_id")
    @click.option("--table", required=True)
    @click.option("--column", required=True)
    @click.option("--verdict", type=click.Choice(["accept", "override"]), required=True)
    @click.option("--domain", "domain_id", help="The right domain (override).")
    @click.option("--regex", help="A regex to stage for the domain.")
    @click.option("--user", required=True)
    @click.option("--role", required=True, help="Reviewer's RBAC role (Analyst or above).")
    @click.pass_obj
    def feedback(state: object, run_id: str, table: str, column: str, verdict: str, domain_id: str | None,
                 regex: str | None, user: str, role: str) -> None:
        """Accept or override one assignment of a run; proposes aliases/regexes to domains_staged."""
        state.policy().require(PolicyRequest(action=Action.DOMAIN_FEEDBACK, role=role_of(role), actor=user,  # type: ignore[attr-defined]
                                             run_id=run_id.upper()), stage="DOMAINS")
        art = state.store().latest(run_id.upper(), ArtifactKind.DOMAIN_ASSIGNMENTS)  # type: ignore[attr-defined]
        if art is None:
            raise DeterministicFailure(f"run {run_id} has no domain assignments", run_id=run_id)
        assignment = DomainAssignments.model_validate(art.payload).get(table, column)
        ids = _dstore(state).post_feedback(assignment, verdict=verdict, actor=user,  # type: ignore[arg-type]
                                           domain_id=domain_id, regex=regex)
        click.echo(f"staged deltas: {ids}")

    @domains.command("promote")
    @click.option("--user", required=True)
    @click.option("--role", required=True)
    @click.option("--id", "ids", type=int, multiple=True, help="Only these staged rows (default: all).")
    @click.pass_obj
    def promote(state: object, user: str, role: str, ids: tuple[int, ...]) -> None:
        """Promote staged deltas to a new live catalog version (golden F1 must not drop)."""
        v = _dstore(state).promote(user, role_of(role), ids=list(ids) or None)
        click.echo(f"live catalog is now {v.version} (F1 {v.f1_before} -> {getattr(v, 'f1_after', {})})")

    @domains.command("reject")
    @click.argument("ids", type=int, nargs=-1, required=True)
    @click.pass_obj
    def reject(state: object, ids: tuple[int, ...]) -> None:
        """Reject staged deltas (they stay in domains_staged with status rejected)."""
        _dstore(state).reject(list(ids))
        click.echo(f"rejected: {list(ids)}")

    @domains.command("rollback")
    @click.argument("version")
    @click.option("--user", required=True)
    @click.option("--role", required=True)
    @click.pass_obj
    def rollback(state: object, version: str, user: str, role: str) -> None:
        """Restore an earlier catalog version's content as the new live version."""
        v = _dstore(state).rollback(version, user, role_of(role))
        click.echo(f"live catalog is now {v.version} (content of {version})")
