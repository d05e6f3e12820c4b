"""CLI commands of the Mapping stage: ``match``, ``review``, ``mapping forget`` and
``eval --mapping`` (added to the existing ``eval`` command)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from adapters.sources import open_source
from core.mapping.errors import TargetUnreachable
from core.mapping.eval import format_report, run_mapping_eval
from core.mapping.eval_loo import format_loo, leave_one_out, load_pairs, small_grid
from core.mapping.match import rank_columns
from core.mapping.ports import MappingPorts
from core.mapping.scoring import params_for
from core.paths import ASSETS_CONFIG
from core.vocab.catalog_loader import load_domain_catalog

MAPPING_GOLDEN_DIR = ASSETS_CONFIG / "golden_mapping" / "dev"


def _ports(state: Any, run_id: str) -> tuple[Any, MappingPorts]:
    import os

    from adapters.pii import PresidioMasker
    from core.thresholds import load_threshold_profile
    from orchestration.domains.resources import open_domain_store
    from orchestration.mapping.assets import stage_router

    store = state.store()
    contract = store.require_run(run_id).contract
    engine = state.policy()
    return contract, MappingPorts(policy=engine, ledger=store, artifacts=store,
                                  profile=load_threshold_profile(contract.threshold_profile_id),
                                  domain_catalog=open_domain_store(store, engine).live_catalog(),
                                  open_source=open_source, masker=PresidioMasker(),
                                  router=stage_router(contract, engine, store,
                                                      os.environ.get("MAPWRIGHT_CACHE_URL") or None))


def _stage(state: Any, outcome: Any) -> None:
    """Stage the alias deltas a re-plan proposes (as the asset does)."""
    from core.vocab.models import CatalogDelta
    from orchestration.domains.resources import open_domain_store

    deltas = [CatalogDelta.model_validate(d) for d in outcome.extra.get("staged_deltas", [])]
    if deltas:
        open_domain_store(state.store(), state.policy()).stage(deltas, actor=f"mapping:{outcome.run_id}")


def _print_match(report: Any, top: int) -> None:
    click.echo("target -> source candidates")
    for r in report.targets:
        a = report.assigned(r.target)
        cands = ", ".join(f"{'+'.join(c.sources)}{'' if c.kind == 'atomic' else f' [{c.kind}]'} {c.score:.2f}"
                          for c in r.candidates[:top])
        click.echo(f"  {r.target:<28} {'=> ' + '+'.join(a.sources) if a else '(unmatched)':<32} {cands}")
    click.echo("source -> target candidates")
    for s in report.sources:
        click.echo(f"  {s.source:<28} " + ", ".join(f"{c.target} {c.score:.2f}" for c in s.candidates[:top]))
    click.echo(f"unmatched targets: {report.unmatched_targets or '-'}; unused sources: {report.unused_sources or '-'}")


def _print_questions(qs: list[Any]) -> None:
    for i, q in enumerate(qs, 1):
        click.echo(f"  {i}. {q.target} [{q.decision}] rows {q.rows_affected} conf {q.confidence:.2f}: "
                   + "; ".join(q.reasons))


def register(cli: click.Group) -> None:
    """Attach the mapping commands to the root group."""

    @cli.command("match")
    @click.argument("source")
    @click.argument("target")
    @click.option("--top", default=10, show_default=True)
    @click.option("--mode", type=click.Choice(["metadata_only", "data_mode"]), default="metadata_only",
                  show_default=True, help="data_mode reads up to 1,000 rows per side into memory (never stored).")
    @click.option("--json", "as_json", is_flag=True)
    @click.option("--embedder", type=click.Choice(["hashed", "minilm"]), default="hashed", show_default=True,
                  help="Header embeddings: offline hashed n-grams, or all-MiniLM-L6-v2 when installed.")
    def match_cmd(source: str, target: str, top: int, mode: str, as_json: bool, embedder: str) -> None:
        """Rank the columns of SOURCE against TARGET (each: a data file, a schema file or URL#table)."""
        emb = None
        if embedder == "minilm":
            from adapters.llm.embeddings import MiniLMEmbedder

            emb = MiniLMEmbedder()
        try:
            report = rank_columns(source, target, top=top, mode=mode, opener=open_source, embedder=emb)
        except TargetUnreachable as exc:  # no contract here: name the argument the user gave
            side = str(exc.details.get("side", "target"))
            raise TargetUnreachable(
                str(exc.details.get("location", "")), str(exc.details.get("problem", "")), side=side,
                fix=f"check the {side.upper()} argument of `mapwright match` (a data file, a schema file or "
                    f"URL#table; a relative path resolves against {Path.cwd()})") from None
        if as_json:
            click.echo(report.model_dump_json(indent=2))
        else:
            _print_match(report, top)

    @cli.command("review")
    @click.argument("run_id")
    @click.option("--answer", "answers", multiple=True, help="TARGET=ANSWER (source:a,b | empty | accept | "
                  "map:x>Y,.. | examples:in|in>out;.. | pipeline:{json}); repeatable, applied in order.")
    @click.option("--user", default="local", show_default=True)
    @click.option("--role", default="Operator", show_default=True)
    @click.option("--list", "list_only", is_flag=True, help="Only list the open questions.")
    @click.pass_obj
    def review_cmd(state: Any, run_id: str, answers: tuple[str, ...], user: str, role: str, list_only: bool) -> None:
        """Guided review of a held mapping plan: open questions by impact, one at a time."""
        from core.mapping.review import answer, latest_plan, questions

        for item in answers:  # the syntax first, before the run is read
            target, eq, _ = item.partition("=")
            if not eq or not target.strip():
                raise click.BadParameter(f"{item!r} is not TARGET=ANSWER (e.g. birth_date=empty, "
                                         "full_name=source:first_name,last_name)", param_hint="--answer")
        contract, ports = _ports(state, run_id)
        qs = questions(latest_plan(ports, run_id))
        if list_only or (not answers and not qs):
            click.echo(f"{len(qs)} open question(s)")
            _print_questions(qs)
            return
        for item in answers:
            target, _, text = item.partition("=")
            _stage(state, answer(contract, ports, target.strip(), text, actor=user, role=role))
            click.echo(f"recorded {target.strip()}: {text}")
        while not answers:
            qs = questions(latest_plan(ports, run_id))
            if not qs:
                break
            q = qs[0]
            click.echo(f"\n{q.target} [{q.decision}] {'; '.join(q.reasons)}")
            click.echo(f"  current: {'+'.join(q.sources) or '-'}; alternatives: "
                       + ", ".join("+".join(c) for c in q.choices))
            text = click.prompt("answer (blank = stop)", default="", show_default=False)
            if not text.strip():
                click.echo("stopped; resume with the same command")
                return
            _stage(state, answer(contract, ports, q.target, text, actor=user, role=role))
        left = questions(latest_plan(ports, run_id))
        click.echo(f"{len(left)} open question(s) left")
        _print_questions(left)

    @cli.group("mapping")
    def mapping_group() -> None:
        """Remembered mappings."""

    @mapping_group.command("forget")
    @click.argument("run_id")
    @click.option("--target", default=None, help="One target column (default: all).")
    @click.pass_obj
    def forget_cmd(state: Any, run_id: str, target: str | None) -> None:
        """Forget the remembered decisions reused by runs shaped like RUN_ID."""
        from core.artifacts import ArtifactKind
        from core.mapping import memory

        store = state.store()
        art = store.latest(run_id, ArtifactKind.MAPPING_PLAN)
        key = (art.payload.get("versions", {}) if art else {}).get("memory_key")
        if not key:
            raise click.ClickException(f"run {run_id} has no mapping plan with a memory key")
        click.echo(f"{memory.forget(store, key, target)} remembered column(s) remain")

    _extend_eval(cli)


def _extend_eval(cli: click.Group) -> None:
    """``eval --mapping [--mapping-dir DIR] [--mapping-mode ...]`` on the existing eval command."""
    ev = cli.commands.get("eval")
    if ev is None or ev.callback is None:
        return
    ev.params += [
        click.Option(["--mapping"], is_flag=True, help="Matching eval (MRR, top-1) instead of domaining."),
        click.Option(["--mapping-dir"], type=click.Path(exists=True, file_okay=False, path_type=Path), default=None),
        click.Option(["--mapping-mode"], type=click.Choice(["data_mode", "metadata_only"]), default="data_mode"),
        click.Option(["--mapping-loo"], is_flag=True,
                     help="Leave-one-pair-out estimate of the matcher's weights and thresholds (with --mapping)."),
        click.Option(["--mapping-loo-grid"], type=click.Choice(["small", "default"]), default="default",
                     help="Parameter grid of --mapping-loo: small (21 points, minutes) or default (336)."),
    ]
    original = ev.callback

    def callback(*args: Any, mapping: bool = False, mapping_dir: Path | None = None, mapping_mode: str = "data_mode",
                 mapping_loo: bool = False, mapping_loo_grid: str = "default", **kw: Any) -> Any:
        if not mapping:
            return original(*args, **kw)
        if mapping_loo:
            dc = load_domain_catalog()
            folder = mapping_dir or MAPPING_GOLDEN_DIR
            pairs = load_pairs(folder, mode=mapping_mode, opener=open_source, domain_catalog=dc)
            grid = small_grid(params_for(mapping_mode)) if mapping_loo_grid == "small" else None
            loo = leave_one_out(pairs, mode=mapping_mode, domain_catalog=dc, directory=str(folder), grid=grid)
            click.echo(json.dumps(loo.model_dump(mode="json"), indent=2) if kw.get("as_json") else format_loo(loo))
            return None
        rep = run_mapping_eval(mapping_dir or MAPPING_GOLDEN_DIR, mode=mapping_mode, opener=open_source)
        if kw.get("as_json"):
            click.echo(json.dumps(rep.model_dump(mode="json"), indent=2))
        else:
            click.echo(format_report(rep, errors=bool(kw.get("errors"))))
        return None

    ev.callback = callback
