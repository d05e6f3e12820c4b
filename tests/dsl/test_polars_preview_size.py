"""The one-expression Polars preview (``dsl.compile_polars.compile_pipeline``) is linear in the program's size: a
program whose temporaries are each read twice by the next step used to double at every step (``2**n`` nodes)."""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from dsl.compile_polars import apply_pipeline, compile_pipeline
from dsl.models import Pipeline


def _chain(n: int) -> Pipeline:
    """``n`` rounds of: a temp read twice (concat of itself), then cut back to 3 characters."""
    steps: list[dict[str, Any]] = []
    prev = "a"
    for k in range(n):
        steps += [{"op": "concat", "inputs": [prev, prev], "output": f"t{k}", "separator": "-"},
                  {"op": "regex_extract", "input": f"t{k}", "output": f"u{k}", "pattern": "^(.{0,3})", "group": 1}]
        prev = f"u{k}"
    return Pipeline.model_validate({"dsl_version": "1.5.0", "inputs": ["a"], "outputs": [prev, "t0"],
                                    "input_types": {"a": "string"}, "steps": steps})


def _nodes(expr: pl.Expr) -> int:
    """Nodes of the expression's serialized tree (every dict and list of its JSON form)."""
    def count(v: Any) -> int:
        if isinstance(v, dict):
            return 1 + sum(count(x) for x in v.values())
        if isinstance(v, list):
            return 1 + sum(count(x) for x in v)
        return 0
    return count(json.loads(expr.meta.serialize(format="json")))


def test_a_40_step_chain_of_reuses_compiles_to_a_linear_expression() -> None:
    n4, n8 = _nodes(compile_pipeline(_chain(4))["u3"]), _nodes(compile_pipeline(_chain(8))["u7"])
    assert n8 < 3 * n4, f"{n4} nodes for 4 rounds, {n8} for 8: not linear"  # substituted: 16 times more
    n40 = _nodes(compile_pipeline(_chain(40))["u39"])
    assert n40 < 12 * n4, f"{n4} nodes for 4 rounds, {n40} for 40: not linear"  # substituted: ~2**36 times more


def test_the_linear_preview_gives_the_rows_of_the_layered_execution() -> None:
    pipe = _chain(40)
    frame = pl.DataFrame({"a": ["xy", None, "abcdef", "", "ü"]})
    exprs = compile_pipeline(pipe)
    assert list(exprs) == ["u39", "t0"]
    want = apply_pipeline(frame, pipe).collect()
    got = frame.select(list(exprs.values()))
    assert got.equals(want) and got["t0"].to_list() == ["xy-xy", None, "abcdef-abcdef", "-", "ü-ü"]
