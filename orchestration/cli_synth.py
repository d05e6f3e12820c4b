"""``mapwright synth``: transformation by example from the command line.

    mapwright synth --example '5551234567=>(555) 123-4567' --example '2125550199=>(212) 555-0199' \\
        --apply 4155552671 [--json]

Several inputs: name them with ``--inputs first,last`` and separate the values of one example
with ``||`` (``--example 'John||Smith=>Smith, John'``). ``--input-json FILE`` reads
``{"inputs": [...], "input_types": {...}, "examples": [{"in": [...], "out": "..."}], "apply": [[...]]}``.
An empty output (``'x=>'``) means the input maps to null. Prints the pipeline (DSL JSON) and
the outputs of the examples and of every ``--apply`` value, computed by the DSL engine.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from core.errors import DeterministicFailure

SEP = "=>"


def _parse_example(text: str, n_inputs: int, input_sep: str) -> tuple[list[str | None], str | None]:
    if SEP not in text:
        raise DeterministicFailure(f"--example {text!r} has no '{SEP}': write INPUT{SEP}OUTPUT", argument="example")
    left, right = text.rsplit(SEP, 1)
    values: list[str | None] = list(left.split(input_sep)) if n_inputs > 1 else [left]
    if len(values) != n_inputs:
        raise DeterministicFailure(f"--example {text!r} has {len(values)} input values, expected {n_inputs} "
                                   f"(separate them with {input_sep!r})", argument="example")
    return values, (right or None)


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DeterministicFailure(f"--input-json {path}: cannot read JSON ({exc}); see `mapwright synth --help` "
                                   "for the expected shape", path=str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("examples"), list):
        raise DeterministicFailure(f"--input-json {path}: expected an object with an 'examples' list",
                                   path=str(path))
    return data


def register(cli: click.Group) -> None:
    """Attach the ``synth`` command."""

    @cli.command("synth")
    @click.option("--example", "examples", multiple=True, help="INPUT=>OUTPUT (repeatable).")
    @click.option("--inputs", "inputs_opt", default=None, help="Comma-separated input names (default: value).")
    @click.option("--input-sep", default="||", show_default=True, help="Separator of several input values.")
    @click.option("--input-json", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
    @click.option("--apply", "apply_values", multiple=True, help="Run the pipeline on this input (repeatable).")
    @click.option("--budget-ms", type=int, default=200, show_default=True)
    @click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
    def synth(examples: tuple[str, ...], inputs_opt: str | None, input_sep: str, input_json: Path | None,
              apply_values: tuple[str, ...], budget_ms: int, as_json: bool) -> None:
        """Synthesize a DSL pipeline from input=>output examples and apply it."""
        from core.mapping.synth import synthesize
        from core.mapping.synth.synthesize import engine_outputs

        data = _load_json(input_json) if input_json else {}
        names = list(data.get("inputs") or (inputs_opt.split(",") if inputs_opt else ["value"]))
        types = {n: "string" for n in names} | dict(data.get("input_types") or {})
        pairs = [(list(e["in"]), e.get("out")) for e in data.get("examples", [])]
        pairs += [_parse_example(e, len(names), input_sep) for e in examples]
        applies: list[list[str | None]] = [list(a) for a in data.get("apply", [])]
        applies += [list(a.split(input_sep)) if len(names) > 1 else [a] for a in apply_values]
        if not pairs:
            raise DeterministicFailure("no examples: pass --example 'INPUT=>OUTPUT' or --input-json FILE")
        res = synthesize(pairs, names, types, budget_ms=budget_ms)
        rows = [p[0] for p in pairs] + applies
        outs = engine_outputs(res.pipeline, rows, names, types) if res.pipeline else [None] * len(rows)
        shown = [{"in": r, "out": o, **({"expected": pairs[i][1]} if i < len(pairs) else {})}
                 for i, (r, o) in enumerate(zip(rows, outs, strict=True))]
        if as_json:
            click.echo(json.dumps({"pipeline": res.pipeline.model_dump(mode="json") if res.pipeline else None,
                                   "solved_all": res.solved_all, "elapsed_ms": res.elapsed_ms,
                                   "alternatives": len(res.candidates) - 1 if res.candidates else 0,
                                   "outputs": shown}, indent=2, ensure_ascii=False, default=str))
            return
        if res.pipeline is None:
            click.echo("no pipeline fits the examples")
        else:
            click.echo(json.dumps(res.pipeline.model_dump(mode="json"), indent=2, ensure_ascii=False))
            click.echo(f"# {'fits every example' if res.solved_all else 'does NOT fit every example'}; "
                       f"{res.elapsed_ms:.1f} ms")
        for row in shown:
            mark = "" if "expected" not in row else ("  ok" if row["out"] == row["expected"] else
                                                     f"  (expected {row['expected']!r})")
            click.echo(f"{' || '.join('' if v is None else v for v in row['in'])} => {row['out']}{mark}")

    extend_eval(cli)


def extend_eval(cli: click.Group) -> None:
    """``eval --synth [--synth-dir DIR] [--synth-budget-ms N]`` on the existing eval command: the dev
    report (``--errors`` lists its unsolved tasks), then one summary line per golden set with its
    status (dev|blind). With ``--synth-dir`` only that folder's report. Idempotent."""
    ev = cli.commands.get("eval")
    if ev is None or ev.callback is None or any(p.name == "synth" for p in ev.params):
        return
    ev.params += [
        click.Option(["--synth"], is_flag=True, help="Transformation-by-example eval instead of domaining."),
        click.Option(["--synth-dir"], type=click.Path(exists=True, path_type=Path), default=None,
                     help="One task folder (or tasks.jsonl) instead of every golden_synth set."),
        click.Option(["--synth-budget-ms"], type=int, default=1000, show_default=True),
    ]
    original = ev.callback

    def callback(*args: Any, synth: bool = False, synth_dir: Path | None = None, synth_budget_ms: int = 1000,
                 **kw: Any) -> Any:
        if not synth:
            return original(*args, **kw)
        from core.mapping.synth_eval import format_report as synth_report
        from core.mapping.synth_eval import golden_sets, run_synth_eval, summary_line

        errors, as_json = bool(kw.get("errors")), bool(kw.get("as_json"))
        if synth_dir is not None:
            rep = run_synth_eval(synth_dir, synth_budget_ms)
            click.echo(rep.model_dump_json(indent=2) if as_json else synth_report(rep, errors))
            return None
        lines, payload = [], {}
        for name, folder in golden_sets().items():
            rep = run_synth_eval(folder, synth_budget_ms)
            if name == "dev":
                click.echo(synth_report(rep, errors) if not as_json else "", nl=not as_json)
            payload[name] = rep.model_dump(exclude={"results", "per_category"} if name != "dev" else set(), mode="json")
            lines.append(summary_line(name, rep))
        if as_json:
            click.echo(json.dumps(payload, indent=2))
        else:
            click.echo("\n".join(lines))
        return None

    ev.callback = callback
