"""The clock views read a clock time with neither a digit nor ``:`` on either side: ``17:30:00`` is no ``30:00``,
``10:300`` no ``10:30``; a program learned from ``HH:MM`` ranges gives null on values with seconds (never a wrong
number), and one learned from ranges with seconds reads those. The DSL steps of each view give its Python mirror."""

from __future__ import annotations

import polars as pl
import pytest

from core.mapping.synth import synthesize
from core.mapping.synth.synthesize import engine_outputs
from core.mapping.synth.views import PART_VIEWS, view_steps, view_value
from dsl.compile_polars import apply_pipeline
from dsl.models import Pipeline

B = 5000  # generous budget: results must not depend on the machine's load
VALUES = ["09:00-17:30:00", "10:30:15-12:00:30", "10:300", "9:05", "10:30-12:00", " 7:05 ", "07:05:09", "noon",
          "x 1:02 y 3:04:05", "123:45", "8:15 - 9:00", "12:00\n", "", "1:2", "-3:45", "17:30:00-18:00"]


@pytest.mark.parametrize(("kind", "value", "want"), [
    ("clock_last", "09:00-17:30:00", None), ("clock_last", "10:30:15-12:00:30", None),
    ("clock_last", "10:30-12:00", "720"), ("clock_last", "9:05", "545"), ("clock_last", "123:45", None),
    ("clock_last_s", "09:00-17:30:00", "1050"), ("clock_last_s", "10:30:15-12:00:30", "720"),
    ("clock", "10:300", None), ("clock", "10:30:15", None), ("clock", "9:05", "545"), ("clock", "9:05pm", "545"),
    ("clock_s", "10:30:15", "630"), ("clock_s", "10:30", None), ("clock_s", "10:30:150", None),
])
def test_a_clock_time_has_a_boundary_on_each_side(kind: str, value: str, want: str | None) -> None:
    assert view_value(kind, value) == want


@pytest.mark.parametrize("kind", PART_VIEWS)
def test_the_dsl_steps_of_a_clock_view_give_its_python_mirror(kind: str) -> None:
    steps = view_steps(kind, "a", "v")
    pipe = Pipeline.model_validate({"dsl_version": "1.6.0", "inputs": ["a"], "outputs": ["v"],
                                    "input_types": {"a": "string"}, "steps": steps})
    frame = pl.DataFrame({"a": VALUES}, schema={"a": pl.String})
    got = apply_pipeline(frame, pipe, {"a": "string"}).collect()["v"].to_list()
    assert got == [view_value(kind, v) for v in VALUES]


def _held(train: list[tuple[str, str]], held: list[str]) -> list[object]:
    examples: list[tuple[list[str | None], str | None]] = [([i], o) for i, o in train]
    res = synthesize(examples, ["c0"], {"c0": "string"}, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, [[h] for h in held], ["c0"], {"c0": "string"})


def test_a_duration_learned_without_seconds_is_null_on_values_with_seconds() -> None:
    got = _held([("08:15-09:00", "45"), ("13:00-17:30", "270"), ("10:10-10:55", "45")],
                ["07:00-07:20", "09:00-17:30:00", "10:30:15-12:00:30", "10:00-12:300"])
    assert got[0] == "20"
    assert all(g in (None, "") for g in got[1:]), got


def test_a_duration_learned_with_seconds_reads_them() -> None:
    got = _held([("08:15:00-09:00:00", "45"), ("13:00:00-17:30:00", "270"), ("10:10:00-10:55:00", "45")],
                ["07:00:00-07:20:00", "09:30:05-12:00:00"])
    assert got == ["20", "150"]
