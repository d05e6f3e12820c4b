"""Golden eval of transformation by example: the share of tasks solved exactly on every held
(test) row from the train examples, overall and per category.

A task (one JSON object per line of ``tasks.jsonl``): ``{id, category, description, inputs:
[names], train: [{in: [...], out: ...}], test: [{in, out}, ...]}``. Synthesis sees only
``train``; the pipeline it returns is run through the DSL engine on the test inputs.

Quality is measured with a 1 s budget per task (``--budget-ms``) so that a loaded machine
does not change which tasks are solved; the search's speed (p95 under the 200 ms default) is
what ``benchmarks/bench_synth.py`` measures.

``python -m core.mapping.synth_eval [--dir DIR] [--json] [--errors]``, or ``mapwright eval --synth``
(the dev report, then one :func:`summary_line` per golden set with ``status=dev|blind``).
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from core.errors import MapwrightError
from core.mapping.synth import synthesize
from core.mapping.synth.synthesize import engine_outputs
from core.paths import ASSETS_CONFIG
from dsl.errors import DSLError

GOLDEN_ROOT = ASSETS_CONFIG / "golden_synth"
DEFAULT_DIR = GOLDEN_ROOT / "dev"


class TaskResult(BaseModel):
    """Outcome of one task (no values: only counts, so reports can be stored and shown)."""

    id: str
    category: str
    solved: bool
    train_fit: bool
    test_correct: int
    test_total: int
    elapsed_ms: float
    error: str | None = None
    #: held rows the program left null although a value was expected (a hold, not a wrong value)
    test_null: int = 0
    #: False when synthesis proposed no pipeline at all
    has_program: bool = True

    @property
    def outcome(self) -> str:
        """``solved``, ``no_program`` (nothing proposed: a hold), ``null_rows`` (every value it gave is
        right, some rows null) or ``wrong`` (a wrong value on some held row)."""
        if self.solved:
            return "solved"
        if not self.has_program:
            return "no_program"
        return "null_rows" if self.test_correct + self.test_null == self.test_total else "wrong"


class SynthEvalReport(BaseModel):
    """Solved share overall and per category, synthesis time percentiles, per-task results."""

    directory: str
    tasks: int
    solved: int
    solved_share: float
    per_category: dict[str, tuple[int, int]]
    p50_ms: float
    p95_ms: float
    results: list[TaskResult]


def load_tasks(directory: Path) -> list[dict[str, Any]]:
    """Tasks of ``directory/tasks.jsonl`` (or a .jsonl file given directly)."""
    path = directory if directory.suffix == ".jsonl" else directory / "tasks.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def eval_task(task: dict[str, Any], budget_ms: int = 1000) -> TaskResult:
    """Synthesize from the task's train rows and score the test rows."""
    names = list(task["inputs"])
    types = {n: "string" for n in names}
    train = [(list(r["in"]), r["out"]) for r in task["train"]]
    test = task["test"]
    base = {"id": str(task["id"]), "category": str(task.get("category", "?")), "test_total": len(test)}
    try:
        res = synthesize(train, names, types, budget_ms=budget_ms)
    except (MapwrightError, DSLError) as exc:
        return TaskResult(**base, solved=False, train_fit=False, test_correct=0, elapsed_ms=0.0,
                          error=str(exc.code), has_program=False)
    if res.pipeline is None:
        return TaskResult(**base, solved=False, train_fit=False, test_correct=0, elapsed_ms=res.elapsed_ms,
                          has_program=False)
    got = engine_outputs(res.pipeline, [list(r["in"]) for r in test], names, types)
    correct = sum(g == r["out"] for g, r in zip(got, test, strict=True))
    nulls = sum(g is None and r["out"] is not None for g, r in zip(got, test, strict=True))
    return TaskResult(**base, solved=correct == len(test), train_fit=res.solved_all, test_correct=correct,
                      elapsed_ms=res.elapsed_ms, test_null=nulls)


def run_synth_eval(directory: Path = DEFAULT_DIR, budget_ms: int = 1000) -> SynthEvalReport:
    """Evaluate every task of ``directory``."""
    results = [eval_task(t, budget_ms) for t in load_tasks(directory)]
    cats: dict[str, tuple[int, int]] = {}
    for r in results:
        s, n = cats.get(r.category, (0, 0))
        cats[r.category] = (s + r.solved, n + 1)
    solved = sum(r.solved for r in results)
    times = [r.elapsed_ms for r in results]
    return SynthEvalReport(directory=str(directory), tasks=len(results), solved=solved,
                           solved_share=round(solved / len(results), 4) if results else 0.0,
                           per_category=dict(sorted(cats.items())), p50_ms=round(percentile(times, 50), 1),
                           p95_ms=round(percentile(times, 95), 1), results=results)


def format_report(rep: SynthEvalReport, errors: bool = False) -> str:
    """Human-readable report (target: solved share >= 0.75)."""
    lines = [f"synth eval {rep.directory}: solved {rep.solved}/{rep.tasks} = {rep.solved_share:.1%} "
             f"(target >= 75%)  synthesis p50 {rep.p50_ms} ms, p95 {rep.p95_ms} ms"]
    kinds = {k: sum(r.outcome == k for r in rep.results) for k in ("no_program", "null_rows", "wrong")}
    lines.append(f"  unsolved: no program {kinds['no_program']}, only null rows {kinds['null_rows']}, "
                 f"wrong values {kinds['wrong']}")
    for cat, (s, n) in rep.per_category.items():
        lines.append(f"  {cat:<16} {s}/{n}")
    if errors:
        for r in rep.results:
            if not r.solved:
                why = r.error or ("no program fits the train rows" if not r.train_fit else
                                  f"{r.test_correct}/{r.test_total} test rows ({r.outcome})")
                lines.append(f"  UNSOLVED {r.id} [{r.category}]: {why}")
    return "\n".join(lines)


def golden_sets(root: Path = GOLDEN_ROOT) -> dict[str, Path]:
    """Set name -> folder of every task set under ``root`` (``dev`` first, then the others by name)."""
    dirs = sorted((d for d in root.iterdir() if (d / "tasks.jsonl").is_file()), key=lambda d: (d.name != "dev", d.name))
    return {d.name: d for d in dirs}


def set_status(name: str) -> str:
    """``blind`` for a folder named blind (never tuned on), else ``dev``."""
    return "blind" if name.startswith("blind") else "dev"


def summary_line(name: str, rep: SynthEvalReport) -> str:
    """One headline line of a set (no per-task result: safe to print for a blind set)."""
    return (f"{name:<8} tasks={rep.tasks:<4} solved={rep.solved:<4} share={rep.solved_share:.3f} "
            f"p95_ms={rep.p95_ms} status={set_status(name)}")


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(prog="python -m core.mapping.synth_eval")
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--budget-ms", type=int, default=1000)
    args = ap.parse_args(argv)
    rep = run_synth_eval(args.dir, args.budget_ms)
    print(rep.model_dump_json(indent=2) if args.json else format_report(rep, args.errors))


if __name__ == "__main__":
    main()
