"""``mapwright ledger`` subcommands: ``verify`` and ``upgrade`` next to the event listing.

``mapwright ledger RUN_ID`` (the listing defined in ``cli.py``) keeps working: the ``ledger`` group
runs its ``show`` command when the first argument is not a subcommand.

* ``mapwright ledger verify RUN_ID | --all`` verifies the whole hash chain from the first event,
  the chain head, the checkpoints and every decision summary re-folded from the chain (for RUN_ID
  it also reports that run). ``--expect-head POSITION:HASH`` checks an anchor kept outside the
  database (a head printed by an earlier verify): a chain rewritten from before that position
  fails it even when its hashes were recomputed. Exit 1 with ``ERROR [DETERMINISTIC_FAILURE]``
  naming the first bad event on a break.
* ``mapwright ledger upgrade`` chains the ledger of a store made before the hash chain (run it as
  the database owner, once, after a backup).
* ``mapwright ledger grant-app-role ROLE`` (PostgreSQL, as the owner) grants the app role its rights.
"""

from __future__ import annotations

import json
from typing import Any

import click

from adapters.metadata_store import open_store
from adapters.metadata_store.roles import grant_app_role
from adapters.metadata_store.upgrade import upgrade_ledger
from core.errors import DeterministicFailure
from core.ledger import LedgerTampered


class LedgerGroup(click.Group):
    """A group whose unknown first argument is a RUN_ID for the ``show`` command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Route ``ledger RUN_ID ...`` to ``ledger show RUN_ID ...``."""
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


def _anchor(value: str) -> tuple[int, str]:
    position, _, digest = value.partition(":")
    if not position.isdecimal() or len(digest) != 64:
        raise click.BadParameter("use POSITION:HASH as printed by `mapwright ledger verify` (head_position:head_hash)")
    return int(position), digest.lower()


@click.command("verify")
@click.argument("run_id", required=False)
@click.option("--all", "verify_all", is_flag=True, help="Verify the whole store (no run report).")
@click.option("--expect-head", help="POSITION:HASH anchor recorded outside the database.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def verify(state: Any, run_id: str | None, verify_all: bool, expect_head: str | None, as_json: bool) -> None:
    """Verify the Supervisor Ledger's hash chain and decision summaries (exit 1 on a break)."""
    if bool(run_id) == verify_all:
        raise click.UsageError("give RUN_ID or --all")
    anchor = _anchor(expect_head) if expect_head else None
    store = open_store(state.db_url, verify=False)
    try:
        report = store.verify_ledger()
        out: dict[str, Any] = report.model_dump(mode="json")
        if anchor is not None:
            stored = store.event_hash_at(anchor[0])
            if stored != anchor[1]:
                raise LedgerTampered(f"the chain does not match the anchor {anchor[0]}:{anchor[1][:12]}… "
                                     "(the ledger was rewritten from before that position)", position=anchor[0])
            out["anchor"] = "matches"
        if run_id:
            run_id = run_id.upper()
            events = store.events(run_id)
            if not events and store.get_run(run_id) is None:
                raise DeterministicFailure(f"unknown run {run_id}: no run and no ledger events", run_id=run_id)
            out["run"] = {"run_id": run_id, "events": len(events),
                          "summary_events": store.decision_summary(run_id).events}
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(out, indent=2, sort_keys=True))
        return
    click.echo(f"ledger OK: {out['verified_events']} events verified ({out['runs']} runs), head "
               f"{out['head_position']}:{out['head_hash']} in {out['seconds']} s")
    click.echo("database refuses rewrites: " + ("yes (app role)" if out["database_refuses_rewrites"] else
                                                "no (tamper-evident only: run as the app role on PostgreSQL)"))
    if "run" in out:
        click.echo(f"run {out['run']['run_id']}: {out['run']['events']} events, decision summary matches the chain")


@click.command("upgrade")
@click.pass_obj
def upgrade(state: Any) -> None:
    """Chain the ledger of a store made before the hash chain (as the database owner; back it up first)."""
    store = open_store(state.db_url, create=False, verify=False)
    try:
        chained = upgrade_ledger(store)
        report = store.verify_ledger()
    finally:
        store.close()
    click.echo(f"ledger upgraded: {chained} events chained; head {report.head_position}:{report.head_hash}"
               if chained else "ledger already chained; nothing to do")


@click.command("grant-app-role")
@click.argument("role")
@click.pass_obj
def grant_app_role_cmd(state: Any, role: str) -> None:
    """PostgreSQL: let ROLE run mapwright on this store without rewrite rights (run as the store's owner)."""
    store = open_store(state.db_url)
    try:
        grant_app_role(store, role)
    finally:
        store.close()
    click.echo(f"granted {role}: SELECT and INSERT on the ledger, its checkpoints and the artifacts; no UPDATE, "
               "DELETE or TRUNCATE there. Run mapwright as this role; keep the owner for upgrades.")


def register(cli: click.Group) -> None:
    """Turn ``cli``'s ``ledger`` command into a group: ``show`` (default), ``verify``, ``upgrade``."""
    show = cli.commands.pop("ledger")
    group = LedgerGroup("ledger", help="Supervisor Ledger: `ledger RUN_ID` lists a run's events; "
                                       "`ledger verify RUN_ID|--all` checks the hash chain.")
    show.name = "show"
    for cmd in (show, verify, upgrade, grant_app_role_cmd):
        group.add_command(cmd)
    cli.add_command(group)
