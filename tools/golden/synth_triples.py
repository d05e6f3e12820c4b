"""Transfer check of transformation by example: every golden synthesis split solved from other train triples.

The golden tasks show 3 train rows; a mechanism built from the misses of one triple may only fit those rows. This
script re-runs each split with rows ``s..s+2`` of ``train + test`` as the examples (``s`` = 0, 3, 5; every other row
held) and writes the solved task ids per split and triple as JSON, so two codes (an export of the base commit and the
branch, measured one after the other on the same machine) can be compared task by task. A task needs at least
``s + 4`` rows for the triple starting at ``s`` (one held row after it), as in session 13's measurement.

``PYTHONPATH=<code> python tools/golden/synth_triples.py --out FILE [--sets dev_b9,dev_b8] [--starts 0,3,5]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from core.mapping.synth_eval import eval_task, golden_sets, load_tasks


def shifted(task: dict[str, Any], start: int) -> dict[str, Any] | None:
    """The task with rows ``start..start+2`` of train + test as its train rows, or None if too short."""
    rows = list(task["train"]) + list(task["test"])
    if start and len(rows) < start + 4:
        return None
    return {**task, "train": rows[start:start + 3], "test": rows[:start] + rows[start + 3:]}


def main(argv: list[str] | None = None) -> None:
    """Command line entry point: solved ids per split and triple, as JSON."""
    ap = argparse.ArgumentParser(prog="synth_triples")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default="")
    ap.add_argument("--starts", default="0,3,5")
    ap.add_argument("--budget-ms", type=int, default=1000)
    args = ap.parse_args(argv)
    sets = golden_sets()
    names = [s for s in args.sets.split(",") if s] or list(sets)
    result: dict[str, Any] = json.loads(args.out.read_text()) if args.out.exists() else {}
    for name in names:
        for start in (int(s) for s in args.starts.split(",")):
            tasks = [t for t in (shifted(t, start) for t in load_tasks(sets[name])) if t is not None]
            solved = [r.id for r in (eval_task(t, args.budget_ms) for t in tasks) if r.solved]
            result[f"{name}:{start}"] = {"tasks": len(tasks), "solved": sorted(solved)}
            print(f"{name} rows {start}-{start + 2}: {len(solved)}/{len(tasks)}", file=sys.stderr, flush=True)
            args.out.write_text(json.dumps(result, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
