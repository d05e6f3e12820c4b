"""Shared by the per-session synthesis tests: synthesize from train rows, run the program on held rows."""

from __future__ import annotations

from core.mapping.synth import synthesize
from core.mapping.synth.synthesize import engine_outputs

B = 5000  # generous budget: results must not depend on the machine's load


def held(train: list[tuple[list[str], str]], held_rows: list[list[str]]) -> list[object]:
    """The program found from ``train`` (which must fit every train row) run by the DSL engine on ``held_rows``."""
    names = [f"c{i}" for i in range(len(train[0][0]))]
    types = {n: "string" for n in names}
    examples: list[tuple[list[str | None], str | None]] = [(list[str | None](i), o) for i, o in train]
    res = synthesize(examples, names, types, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, [list[str | None](h) for h in held_rows], names, types)
